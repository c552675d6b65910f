#!/usr/bin/env python3
"""Build the independent Korean document-sensitivity evaluation set `sens_n`.

Deterministic: every random choice comes from random.Random(<fixed string>), no set
iteration, fixed zip timestamps, reportlab invariant mode.  Run:

    /work/evalsets/venv_sens_n/bin/python make_set.py

Outputs (next to this file): sens_n.jsonl, sens_n.meta.jsonl, files/, MD5SUMS.
"""
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FONT_DIR = "/usr/share/fonts/truetype/nanum"

DISCLOSURE = ("public", "partial", "non_public")
MARKINGS = ("none", "대외비", "III급", "II급", "I급")
REASONS = tuple(["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"])


def R(key):
    return random.Random("sens_n|v1|" + key)


# ----------------------------------------------------------------------------------
# vocabulary (all persons, numbers and local places are invented)
# ----------------------------------------------------------------------------------
SURN = list("김이박최정강조윤장임한오서신권황안송류홍") + list("전고문양손배백허남심노하곽성차주우구민진")
GIVEN = list("민서준지현우예은도윤하유진수영재성혜경태희상동정미소연승주원아나라보채시호건")
PROV = ["청람도", "해솔도", "가온도", "누리특별자치도"]
CITY = ["한빛시", "새솔군", "가람시", "누리시", "다온군", "별뫼시", "솔내시", "하람군", "은결시", "마루군"]
ROMA = {"한빛시": "hanbit", "새솔군": "saesol", "가람시": "garam", "누리시": "nuri", "다온군": "daon",
        "별뫼시": "byeolmoe", "솔내시": "solnae", "하람군": "haram", "은결시": "eungyeol", "마루군": "maru"}
ROAD = ["솔빛로", "은행나무길", "한내로", "큰들로", "별마루길", "새터로", "물안개길", "장터로", "느티로", "강변북길"]
DONG = ["가온동", "새뜰동", "솔밭동", "한내동", "다래동", "누리동", "별빛동", "초록동"]
MIN = [("행정안전부", "mois"), ("국토교통부", "molit"), ("보건복지부", "mohw"), ("환경부", "me"),
       ("문화체육관광부", "mcst"), ("농림축산식품부", "mafra"), ("해양수산부", "mof"), ("교육부", "moe"),
       ("고용노동부", "moel"), ("산업통상자원부", "motie"), ("여성가족부", "mogef"), ("중소벤처기업부", "mss")]
DEPT = ["총무과", "기획예산과", "민원봉사과", "도시계획과", "환경정책과", "보건행정과", "문화관광과", "농업정책과",
        "해양수산과", "안전총괄과", "감사담당관", "세무과", "복지정책과", "교통행정과", "자치행정과", "인사팀"]
COMP = ["(주)한결테크", "누리건설(주)", "(주)새빛엔지니어링", "다온환경(주)", "(주)솔메이트시스템", "가람산업(주)",
        "(주)별하정보통신", "마루기술(주)", "(주)청솔조경", "은결E&C(주)"]
DIAG = ["요추 추간판 탈출증", "우울에피소드", "급성 심근경색", "갑상선암", "공황장애", "전방십자인대 파열",
        "제2형 당뇨병", "알코올 사용장애", "폐결핵", "위암(초기)"]


def nm(r):
    s = r.choice(SURN[:20]) if r.random() < 0.8 else r.choice(SURN)
    return s + r.choice(GIVEN) + r.choice(GIVEN)


def phone(r):
    return "010-%04d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999))


def otel(r, area=None):
    area = area or r.choice(["031", "033", "041", "043", "055", "061", "063", "064"])
    return "%s-%03d-%04d" % (area, r.randint(200, 989), r.randint(1000, 9999))


def dt(r, y=None, m=None, style=0):
    y = y or r.choice([2025, 2026, 2026])
    m = m or r.randint(1, 11 if y == 2026 else 12)
    d = r.randint(1, 28)
    if style == 1:
        return "%d.%02d.%02d." % (y, m, d)
    if style == 2:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d. %d. %d." % (y, m, d)


def rrn(r, masked=False, foreign=False):
    y = r.randint(55, 99) if r.random() < 0.8 else r.randint(0, 5)
    g = (r.choice([5, 6]) if y >= 55 else r.choice([7, 8])) if foreign else \
        (r.choice([1, 2]) if y >= 55 else r.choice([3, 4]))
    head = "%02d%02d%02d-%d" % (y, r.randint(1, 12), r.randint(1, 28), g)
    return head + ("******" if masked else "%06d" % r.randint(0, 999999))


def acct(r):
    b = r.choice(["농협", "국민", "신한", "우리", "하나", "기업", "우체국"])
    return b, "%03d-%04d-%04d-%02d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999), r.randint(10, 99))


def passport(r):
    return r.choice("MS") + "%08d" % r.randint(0, 99999999)


def dlic(r):
    return "%02d-%02d-%06d-%02d" % (r.randint(11, 28), r.randint(10, 26), r.randint(0, 999999), r.randint(10, 99))


def addr(r, city=None):
    city = city or r.choice(CITY)
    return "%s %s %s %d" % (r.choice(PROV), city, r.choice(ROAD), r.randint(3, 480))


def home_addr(r):
    return "%s %s %s %d, %d동 %d호" % (r.choice(PROV), r.choice(CITY), r.choice(ROAD), r.randint(3, 480),
                                     r.randint(101, 112), r.randint(101, 1804))


def zipc(r):
    return "%05d" % r.randint(10000, 63999)


def docno(r, dept):
    return "%s-%d" % (dept, r.randint(120, 9800))


def money(r, lo, hi, step=1000):
    return "{:,}".format(r.randrange(lo, hi, step))


class Org:
    def __init__(self, name, head, host, kind, city=None):
        self.name, self.head, self.host, self.kind, self.city = name, head, host, kind, city


def org(r, kind):
    c = r.choice(CITY)
    ro = ROMA[c]
    if kind == "ministry":
        n, h = r.choice(MIN)
        return Org(n, n + "장관", h + ".go.kr", kind)
    if kind == "local":
        return Org(c, c + ("수" if c.endswith("군") else "장"), ro + ".go.kr", kind, c)
    if kind == "province":
        p = r.choice(PROV)
        return Org(p, p + "지사", "province%d.go.kr" % PROV.index(p), kind)
    if kind == "edu":
        p = r.choice(PROV)
        return Org(p + "교육청", p + "교육감", "edu%d.go.kr" % PROV.index(p), kind)
    if kind == "school":
        lv = r.choice(["초등학교", "중학교", "고등학교"])
        n = c[:-1] + lv
        return Org(n, n + "장", ro + ".es.kr", kind, c)
    if kind == "police":
        return Org(c[:-1] + "경찰서", c[:-1] + "경찰서장", "police.go.kr", kind, c)
    if kind == "fire":
        return Org(c[:-1] + "소방서", c[:-1] + "소방서장", "119.go.kr", kind, c)
    if kind == "pubent":
        n = r.choice(["한국누리공사", "한빛도시공사", "청람개발공사", "한국물길공단", "해솔에너지공사", "가온교통공사"])
        return Org(n, n + " 사장", "nuri-corp.or.kr", kind)
    if kind == "military":
        n = r.choice(["제91보병사단", "제58보병여단", "제17전투비행단", "해군 제6해역방어사령부", "제203특공여단"])
        return Org(n, n[:] + "장", "mil.kr", kind)
    if kind == "health":
        return Org(c + " 보건소", c + " 보건소장", ro + ".go.kr", kind, c)
    if kind == "court":
        n = c[:-1] + "지방법원"
        return Org(n, n + "장", "scourt.go.kr", kind, c)
    if kind == "maritime":
        n = r.choice(["해솔지방해양수산청", "누리지방해양수산청", "가온해양경찰서"])
        return Org(n, n + "장", "mof.go.kr", kind)
    if kind == "agri":
        return Org(c + "농업기술센터", c + "농업기술센터소장", ro + ".go.kr", kind, c)
    if kind == "culture":
        n = c[:-1] + "문화재단"
        return Org(n, n + " 대표이사", ro + "cf.or.kr", kind, c)
    if kind == "env":
        n = r.choice(["누리지방환경청", "가온유역환경청", "해솔보건환경연구원"])
        return Org(n, n + "장", "me.go.kr", kind)
    if kind == "corrections":
        n = c[:-1] + "교도소"
        return Org(n, n + "장", "corrections.go.kr", kind, c)
    if kind == "tax":
        n = c[:-1] + "세무서"
        return Org(n, n + "장", "nts.go.kr", kind, c)
    raise ValueError(kind)


def spaced(s):
    return " ".join(s)


# ----------------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------------
class Doc:
    def __init__(self, title):
        self.title = title
        self.blocks = []
        self.header = None      # page header text (HWPX header control, PDF top of every page)
        self.footer = None
        self.header_red = False
        self.footer_red = False

    def p(self, *lines):
        for s in lines:
            self.blocks.append(("p", s))
        return self

    def t(self, s):
        self.blocks.append(("title", s))
        return self

    def c(self, s):
        self.blocks.append(("center", s))
        return self

    def rt(self, s):
        self.blocks.append(("right", s))
        return self

    def stamp(self, s):
        self.blocks.append(("stamp", s))
        return self

    def tbl(self, rows):
        self.blocks.append(("table", [[str(x) for x in row] for row in rows]))
        return self

    def page(self):
        self.blocks.append(("page",))
        return self


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dwidth(s))


def table_text(rows, style):
    if style == "box":
        ncol = max(len(x) for x in rows)
        rows = [x + [""] * (ncol - len(x)) for x in rows]
        ws = [max(dwidth(rw[i]) for rw in rows) + 2 for i in range(ncol)]
        top = "┌" + "┬".join("─" * (w // 1) for w in ws) + "┐"
        mid = "├" + "┼".join("─" * w for w in ws) + "┤"
        bot = "└" + "┴".join("─" * w for w in ws) + "┘"
        out = [top]
        for i, rw in enumerate(rows):
            out.append("│" + "│".join(pad(" " + c, w) for c, w in zip(rw, ws)) + "│")
            out.append(mid if i < len(rows) - 1 else bot)
        return "\n".join(out)
    if style == "pipe":
        return "\n".join("| " + " | ".join(rw) + " |" for rw in rows)
    if style == "space":
        return "\n".join("  ".join(rw) for rw in rows)
    return "\n".join("\t".join(rw) for rw in rows)


def render_text(doc, style="tab"):
    out = []
    if doc.header:
        out.append(doc.header)
        out.append("")
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out.append(b[1])
        elif k == "center":
            out.append("          " + b[1])
        elif k == "right":
            out.append("                              " + b[1])
        elif k == "p" or k == "stamp":
            out.append(b[1])
        elif k == "table":
            out.append(table_text(b[1], style))
        elif k == "page":
            out.append("")
            out.append("-" * 20)
            out.append("")
    if doc.footer:
        out.append("")
        out.append(doc.footer)
    return "\n".join(out).rstrip() + "\n"


def body_text(doc):
    """Preview text for HWPX (body only, no header/footer, tables cell-per-line)."""
    out = []
    for b in doc.blocks:
        if b[0] == "table":
            for rw in b[1]:
                out.append("<" + "><".join(rw) + ">")
        elif b[0] == "page":
            out.append("")
        else:
            out.append(b[1])
    return "\r\n".join(out) + "\r\n"


OCR_MAP = [("·", "."), ("ㆍ", "."), ("○", "O"), ("□", "ㅁ"), ("1", "l"), ("0", "O"), ("」", "J"), ("「", "r"),
           ("은", "온"), ("를", "틀"), ("의", "익"), ("에", "애")]


def ocr_noise(text, r, protect):
    lines = text.split("\n")
    out = []
    for ln in lines:
        if any(p and p in ln for p in protect) or not ln.strip():
            out.append(ln)
            continue
        if r.random() < 0.45:
            a, b = r.choice(OCR_MAP)
            idx = [i for i in range(len(ln)) if ln.startswith(a, i)]
            if idx:
                i = r.choice(idx)
                ln = ln[:i] + b + ln[i + len(a):]
        if r.random() < 0.35 and len(ln) > 6:
            i = r.randint(1, len(ln) - 2)
            if "\uac00" <= ln[i] <= "\ud7a3" and "\uac00" <= ln[i - 1] <= "\ud7a3":
                ln = ln[:i] + " " + ln[i:]
        if r.random() < 0.2:
            ln = ln.replace("  ", " ")
        out.append(ln)
    return "\n".join(out)


def runon(text, r):
    parts = [x.strip() for x in text.split("\n") if x.strip()]
    out, cur = [], []
    for p_ in parts:
        cur.append(p_)
        if r.random() < 0.15:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------
# HWPX writer
# ----------------------------------------------------------------------------------
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

VERSION_XML = (XMLDECL + '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" '
               'xmlVersion="1.5" application="Hancom Office Hangul" appVersion="12, 0, 0, 2535 WIN32LEWindows_10"/>')
CONTAINER_XML = (XMLDECL + '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                 '</ocf:rootfiles></ocf:container>')
MANIFEST_XML = (XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
SETTINGS_XML = (XMLDECL + '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')

LANGS = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]


def header_xml():
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in LANGS)
    bf = ('<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '</hh:borderFill>'
          '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '</hh:borderFill>')
    fr = '<hh:fontRef hangul="%d" latin="%d" hanja="%d" japanese="%d" other="%d" symbol="%d" user="%d"/>'
    cp = ""
    for i, (h, col, bold, f) in enumerate([(1000, "#000000", 0, 0), (1000, "#FF0000", 1, 1), (1600, "#000000", 1, 1)]):
        cp += ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" '
               'symMark="NONE" borderFillIDRef="1">%s%s</hh:charPr>' % (i, h, col, fr % ((f,) * 7), "<hh:bold/>" if bold else ""))
    pp = ""
    for i, al in enumerate(["JUSTIFY", "CENTER", "RIGHT"]):
        pp += ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" '
               'checked="0"><hh:align horizontal="%s" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" '
               'unit="HWPUNIT"/></hh:paraPr>' % (i, al))
    return (XMLDECL + '<hh:head %s version="1.5" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" '
            'tbl="1" equation="1"/><hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="2">%s'
            '</hh:borderFills><hh:charProperties itemCnt="3">%s</hh:charProperties><hh:tabProperties itemCnt="1">'
            '<hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties><hh:paraProperties itemCnt="3">%s'
            '</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" '
            'paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"/></hh:head>' % (NS, ff, bf, cp, pp))


class PidGen:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def hp_p(pid, text, char=0, para=0, page_break=False):
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>' % (pid(), para, 1 if page_break else 0, char, xesc(text)))


def sublist(pid, text, char=0, para=0, width=42520, height=4252):
    ps = "".join(hp_p(pid, ln, char, para) for ln in text.split("\n"))
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
            % (width, height, ps))


def hp_tbl(pid, rows, tid):
    ncol = max(len(x) for x in rows)
    rows = [x + [""] * (ncol - len(x)) for x in rows]
    cw = 42520 // ncol
    trs = ""
    for ri, rw in enumerate(rows):
        tcs = ""
        for ci, cell in enumerate(rw):
            tcs += ('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                    '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                    '<hp:cellSz width="%d" height="1282"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/>'
                    '</hp:tc>' % (1 if ri == 0 else 0, sublist(pid, cell, width=cw - 1020, height=1000), ci, ri, cw))
        trs += "<hp:tr>%s</hp:tr>" % tcs
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
            '<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
            'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" '
            'borderFillIDRef="2" noAdjust="0"><hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" '
            'protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
            'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" '
            'bottom="141"/>%s</hp:tbl><hp:t/></hp:run></hp:p>'
            % (pid(), tid, len(rows), ncol, cw * ncol, 1282 * len(rows), trs))


def section_xml(doc):
    pid = PidGen()
    ctrls = ""
    if doc.header:
        ctrls += ('<hp:ctrl><hp:header id="1" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                  % sublist(pid, doc.header, char=1 if doc.header_red else 0, para=1))
    if doc.footer:
        ctrls += ('<hp:ctrl><hp:footer id="2" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                  % sublist(pid, doc.footer, char=1 if doc.footer_red else 0, para=1))
    first = ('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
             '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="0" '
             'memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" '
             'wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" '
             'fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" '
             'footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>'
             '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>'
             '%s<hp:t/></hp:run></hp:p>' % ctrls)
    body = []
    tid = 1000
    brk = False
    for b in doc.blocks:
        k = b[0]
        if k == "page":
            brk = True
            continue
        if k == "table":
            tid += 1
            body.append(hp_tbl(pid, b[1], tid))
        else:
            char = {"title": 2, "stamp": 1}.get(k, 0)
            para = {"title": 1, "center": 1, "stamp": 1, "right": 2}.get(k, 0)
            lines = b[1].split("\n")
            for j, ln in enumerate(lines):
                body.append(hp_p(pid, ln, char, para, page_break=(brk and j == 0)))
            brk = False
    return XMLDECL + "<hs:sec %s>%s%s</hs:sec>" % (NS, first, "".join(body))


def content_hpf(doc):
    return (XMLDECL + '<opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title>'
            '<opf:language>ko</opf:language><opf:meta name="creator" content="text"></opf:meta>'
            '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata><opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine>'
            '<opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
            '</opf:package>' % (NS, xesc(doc.title)))


def write_hwpx(doc, path):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        def add(name, data, stored=False):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", stored=True)
        add("version.xml", VERSION_XML)
        add("Contents/header.xml", header_xml())
        add("Contents/section0.xml", section_xml(doc))
        add("Preview/PrvText.txt", body_text(doc))
        add("settings.xml", SETTINGS_XML)
        add("META-INF/container.xml", CONTAINER_XML)
        add("META-INF/manifest.xml", MANIFEST_XML)
        add("Contents/content.hpf", content_hpf(doc))
    with open(path, "wb") as f:
        f.write(bio.getvalue())


# ----------------------------------------------------------------------------------
# PDF writer (reportlab, invariant, embedded Nanum fonts)
# ----------------------------------------------------------------------------------
_PDF_READY = []


def pdf_setup():
    if _PDF_READY:
        return
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NanumGothic", os.path.join(FONT_DIR, "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont("NanumGothicBold", os.path.join(FONT_DIR, "NanumGothicBold.ttf")))
    pdfmetrics.registerFont(TTFont("NanumMyeongjo", os.path.join(FONT_DIR, "NanumMyeongjo.ttf")))
    _PDF_READY.append(1)


def write_pdf(doc, path, serif=False):
    pdf_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    LM, RM, TOP, BOT = 56, 56, 70, 60
    body_font = "NanumMyeongjo" if serif else "NanumGothic"
    cv = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    cv.setTitle(doc.title)
    cv.setAuthor("")
    cv.setCreator("sens_n make_set.py")
    state = {"y": H - TOP}

    def deco():
        for txt, red, y in ((doc.header, doc.header_red, H - 38), (doc.footer, doc.footer_red, 30)):
            if not txt:
                continue
            for k, ln in enumerate(txt.split("\n")):
                cv.setFont("NanumGothicBold" if red else "NanumGothic", 10 if red else 8)
                cv.setFillColorRGB(0.8, 0, 0) if red else cv.setFillColorRGB(0.3, 0.3, 0.3)
                cv.drawCentredString(W / 2, y - 11 * k, ln)
        cv.setFillColorRGB(0, 0, 0)

    def newpage():
        cv.showPage()
        deco()
        state["y"] = H - TOP

    def need(h):
        if state["y"] - h < BOT:
            newpage()

    def wrap(text, font, size, width):
        out = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if stringWidth(cur + ch, font, size) > width:
                    out.append(cur)
                    cur = ch
                else:
                    cur += ch
            out.append(cur)
        return out

    deco()
    for b in doc.blocks:
        k = b[0]
        if k == "page":
            newpage()
            continue
        if k == "table":
            rows = b[1]
            ncol = max(len(x) for x in rows)
            rows = [x + [""] * (ncol - len(x)) for x in rows]
            tw = W - LM - RM
            lens = [max(4, max(dwidth(rw[i]) for rw in rows)) for i in range(ncol)]
            tot = float(sum(lens))
            cws = [tw * l_ / tot for l_ in lens]
            for ri, rw in enumerate(rows):
                font = "NanumGothicBold" if ri == 0 else "NanumGothic"
                cells = [wrap(c, font, 8.5, cw - 6) for c, cw in zip(rw, cws)]
                h = max(len(c) for c in cells) * 11 + 6
                need(h)
                x = LM
                for c, cw in zip(cells, cws):
                    cv.rect(x, state["y"] - h, cw, h, stroke=1, fill=0)
                    cv.setFont(font, 8.5)
                    for li, ln in enumerate(c):
                        cv.drawString(x + 3, state["y"] - 11 - li * 11, ln)
                    x += cw
                state["y"] -= h
            state["y"] -= 8
            continue
        text = b[1]
        if k == "title":
            font, size, lh = "NanumGothicBold", 15, 22
        elif k == "stamp":
            font, size, lh = "NanumGothicBold", 12, 18
        else:
            font, size, lh = body_font, 10, 15
        lines = wrap(text, font, size, W - LM - RM - 10)
        for ln in lines:
            need(lh)
            cv.setFont(font, size)
            if k == "stamp":
                sw = stringWidth(ln, font, size)
                cv.setFillColorRGB(0.8, 0, 0)
                cv.setStrokeColorRGB(0.8, 0, 0)
                cv.rect(W / 2 - sw / 2 - 6, state["y"] - 5, sw + 12, lh, stroke=1, fill=0)
                cv.drawCentredString(W / 2, state["y"], ln)
                cv.setFillColorRGB(0, 0, 0)
                cv.setStrokeColorRGB(0, 0, 0)
            elif k in ("title", "center"):
                cv.drawCentredString(W / 2, state["y"], ln)
            elif k == "right":
                cv.drawRightString(W - RM, state["y"], ln)
            else:
                cv.drawString(LM, state["y"], ln)
            state["y"] -= lh
        if k == "title":
            state["y"] -= 6
    cv.showPage()
    cv.save()


# ----------------------------------------------------------------------------------
# 기안문/시행문 builder (행정업무의 운영 및 혁신에 관한 규정 시행규칙 별지 제1호서식 layout)
# ----------------------------------------------------------------------------------
def g_pub(r):
    return r.choice(["공개", "대국민 공개", "공개구분: 공개", "공개여부 : 공개", "■공개 □부분공개 □비공개",
                     "[V]공개 [ ]부분공개 [ ]비공개", "공개(O)", "정보공개: 공개"])


def nums_s(nums, r):
    return r.choice([",".join(map(str, nums)), ", ".join(map(str, nums))])


def g_part(r, nums):
    n = nums_s(nums, r)
    f = nums[0]
    return r.choice(["부분공개(%s)" % n, "공개구분: 부분공개(%s)" % n, "부분공개(제%d호)" % f,
                     "□공개 ■부분공개(%s) □비공개" % n, "부분공개(정보공개법 제9조제1항제%d호)" % f,
                     "공개여부: 부분공개 - 제9조 제1항 제%d호" % f, "부분 공개(%s)" % n, "부분공개 (%d호)" % f,
                     "☐ 공개  ☑ 부분공개(%s)  ☐ 비공개" % n])


def g_non(r, nums):
    n = nums_s(nums, r)
    f = nums[0]
    return r.choice(["비공개(%s)" % n, "공개구분: 비공개(제9조제1항제%d호)" % f, "□공개 □부분공개 ■비공개(%s)" % n,
                     "비공개 (%d호)" % f, "공개여부: 비공개 [「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호]" % f,
                     "비공개(정보공개법 §9①%d)" % f, "[ ]공개 [ ]부분공개 [V]비공개(%s)" % n])


POS2 = ["팀장", "행정팀장", "주무관", "사무관", "계장", "담당"]
POS3 = ["과장", "국장", "실장", "본부장"]


def letter(r, o, title, body, attach=None, gongae=None, gpos="gyeol", recv="수신자 참조", dept=None, date=None,
           receivers=None, seal=None, via=False):
    d = Doc(title)
    dept = dept or r.choice(DEPT)
    date = date or dt(r)
    info = {"dept": dept, "date": date, "drafter": nm(r), "rev": nm(r), "appr": nm(r), "tel": otel(r)}
    d.c(spaced(o.name) if len(o.name) <= 4 else o.name)
    if gpos == "oldbox" and gongae:
        d.tbl([["분류기호\n문서번호", docno(r, dept), "결재", "담당 " + info["drafter"]],
               ["시행일자", date, "", "과장 " + info["appr"]],
               ["보존기간", r.choice(["3년", "5년", "10년", "준영구"]), "협조", ""],
               ["공개구분", gongae, "", ""],
               ["기안책임자", info["drafter"], "수신", recv]])
    d.p("수신  " + recv, "(경유)" + (" " + r.choice(CITY) + "장" if via else ""), "제목  " + title, "")
    if gpos == "top" and gongae:
        d.p(lab("공개구분  ", gongae), "")
    for i, x in enumerate(body):
        if isinstance(x, list):
            d.tbl(x)
        else:
            if attach is None and i == len(body) - 1:
                x = x + "  끝."
            d.p(x)
    if attach:
        items = attach if isinstance(attach, list) else [attach]
        if len(items) == 1:
            d.p("", "붙임  %s  끝." % items[0])
        else:
            lines = ["붙임  1. %s" % items[0]] + ["      %d. %s" % (k + 2, a) for k, a in enumerate(items[1:])]
            lines[-1] += "  끝."
            d.p("", *lines)
    d.p("")
    seal = seal or r.choice(["[직인생략]", "(직인)", "", "[서명]"])
    d.c((spaced(o.head) if len(o.head) <= 6 else o.head) + ("  " + seal if seal else ""))
    d.p("")
    mmdd = date.replace(" ", "").split(".")
    d.p("★%s %s  %s %s  %s %s/%s %s" % (r.choice(["주무관", "행정주사", "주사보", "담당"]), info["drafter"],
                                     r.choice(POS2), info["rev"], "교감" if o.kind == "school" else r.choice(POS3), mmdd[1], mmdd[2], info["appr"]))
    d.p("협조자")
    d.p("시행  %s (%s)    접수" % (docno(r, dept), date))
    d.p("우 %s  %s / www.%s" % (zipc(r), addr(r, o.city), o.host))
    last = "전화번호 %s  팩스번호 %s / %s@%s / " % (info["tel"], otel(r), "user%03d" % r.randint(1, 999), o.host)
    if gongae and gpos == "gyeol":
        last += gongae
    else:
        last += r.choice(["", ""])
    d.p(last.rstrip(" /") if not (gongae and gpos == "gyeol") else last)
    if gongae and gpos == "check":
        d.p("", lab("공개 여부  ", gongae))
    if gongae and gpos == "footer":
        d.footer = gongae
    if receivers:
        d.p("", "수신자  " + receivers)
    d.gongae, d.gwhere = gongae, GPOS_WHERE.get(gpos, "결문")
    return d, info


def lab(prefix, g):
    if g.startswith(("공개구분", "공개여부", "정보공개", "□", "■", "☐", "[")):
        return g
    return prefix + g


GPOS_WHERE = {"gyeol": "결문", "top": "본문상단", "oldbox": "기안용지_표", "check": "결문_체크박스", "footer": "꼬리말"}


def out(doc, d, m, rs, genre, cues, decide, co=False, mo=False, noise=(), flags=(), formats=None):
    return {"doc": doc, "disclosure": d, "marking": m, "reasons": list(rs), "genre": genre,
            "cues": [{"cue": c, "where": w} for c, w in cues], "deciding_cue": decide, "content_only": co,
            "mention_only": mo, "noise": list(noise), "flags": list(flags), "formats": formats}


def press(r, o, title, paras, contact=True):
    d = Doc(title)
    d.p(r.choice(["보도자료", "보 도 자 료", "보도참고자료"]))
    d.tbl([["보도시점", "%s %02d:00 이후" % (dt(r), r.choice([6, 9, 12, 14])), "배포", dt(r)]])
    d.t(title)
    d.p(*paras)
    if contact:
        dept = r.choice(DEPT)
        d.tbl([["담당 부서", o.name + " " + dept, "책임자", "과장 %s (%s)" % (nm(r), otel(r, "044"))],
               ["", "", "담당자", "사무관 %s (%s)" % (nm(r), otel(r, "044"))]])
    return d


# ==================================================================================
# PUBLIC templates
# ==================================================================================
def P_press_ministry(r):
    o = org(r, "ministry")
    topic = r.choice([("청년 주거지원 확대", "청년 월세 한시 특별지원 신청 기간을 연장한다"),
                      ("하천 수질 개선 사업 착수", "도심 하천 12곳의 수질 개선 사업에 착수한다"),
                      ("농촌 일손 돕기 추진", "봄철 농번기 농촌 일손 돕기를 집중 추진한다"),
                      ("어린이 통학로 안전 점검", "전국 초등학교 통학로 1,200곳을 일제 점검한다")])
    doc = press(r, o, "%s, %s" % (o.name, topic[0]),
                ["- %s %s %s" % (dt(r), o.name + "는", topic[1] + "고 밝혔다."),
                 "□ %s는 이번 조치로 지원 대상이 약 %d만 명으로 늘어날 것으로 예상된다고 설명했다." % (o.name, r.randint(2, 40)),
                 "□ %s %s은 \"현장의 목소리를 반영하여 제도를 계속 보완하겠다\"고 말했다." % (o.name, r.choice(["차관", "실장", "국장"])),
                 "※ 자세한 내용은 %s 누리집(www.%s) 공지사항 참조" % (o.name, o.host)])
    return out(doc, "public", "none", [], "press_release", [("담당자 실명·직위(공무 수행)", "표")], "none")


def P_meeting_notice(r):
    o = org(r, r.choice(["local", "province", "pubent"]))
    g = g_pub(r)
    gpos = r.choice(["gyeol", "gyeol", "check", "oldbox"])
    t = r.choice(["%d년 상반기 지역안전관리위원회 개최 알림", "%d년 재난대응 유관기관 실무회의 개최", "%d년 주민참여예산 분과회의 개최 안내",
                  "%d년 공공데이터 개방 실무협의회 개최"]) % r.choice([2025, 2026])
    doc, info = letter(r, o, t, ["1. 귀 기관의 무궁한 발전을 기원합니다.",
                                 "2. %s을(를) 아래와 같이 개최하오니 소속 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다." % t.split(" ", 1)[1],
                                 "  가. 일시: %s 14:00~16:00" % dt(r),
                                 "  나. 장소: %s 본관 3층 소회의실" % o.name,
                                 "  다. 참석대상: 유관기관 담당 과장 또는 팀장 각 1명",
                                 "  라. 안건: 추진 실적 점검 및 향후 계획 논의"],
                       attach=["회의 자료 1부.", "참석 회신서 1부."], gongae=g, gpos=gpos,
                       receivers="%s장, %s장, %s장" % tuple(r.sample(CITY, 3)))
    return out(doc, "public", "none", [], "official_letter", [(g, GPOS_WHERE[gpos])], g)


def P_edu_training(r):
    o = org(r, "edu")
    g = g_pub(r)
    doc, info = letter(r, o, "%d학년도 교원 디지털 역량 강화 연수 참가 협조" % r.choice([2025, 2026]),
                       ["1. 관련: %s 교원인사과-%d(%s)" % (o.name, r.randint(1000, 9999), dt(r)),
                        "2. 교원의 디지털 수업 역량 강화를 위하여 다음과 같이 연수를 운영하오니, 각급 학교에서는 희망 교원이 참가할 수 있도록 안내하여 주시기 바랍니다.",
                        "  가. 연수 기간: %s ~ %s (15시간)" % (dt(r), dt(r)),
                        "  나. 연수 방법: 원격 10시간 + 집합 5시간",
                        "  다. 신청 방법: 교육연수원 누리집에서 개인별 신청",
                        "  라. 문의: 교육연수원 연수운영부 (%s)" % otel(r)],
                       attach="연수 운영 계획 1부.", gongae=g, gpos="gyeol",
                       recv="각급 학교장(초·중·고·특수)")
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_school_letter(r):
    o = org(r, "school")
    d = Doc("가정통신문")
    d.t(r.choice(["가정통신문", "가 정 통 신 문"]))
    d.rt("%s 제%d-%d호" % (o.name, r.choice([2025, 2026]), r.randint(10, 300)))
    topic = r.choice(["현장체험학습 실시 안내", "학부모 상담주간 운영 안내", "겨울방학 생활 안전 안내", "학교 급식 식단 변경 안내"])
    d.p("제목: " + topic, "",
        "학부모님 가정에 건강과 행복이 가득하시기를 기원합니다.",
        "본교에서는 %s 다음과 같이 %s을(를) 실시하고자 하오니 가정에서도 많은 관심과 지도를 부탁드립니다." % (dt(r), topic.replace(" 안내", "")),
        "1. 일시: %s" % dt(r), "2. 대상: 전교생", "3. 준비물: 개인 물병, 필기구",
        "4. 문의: 교무실 (%s)" % otel(r), "")
    d.tbl([["학년-반", "번호", "학생 이름", "참가 여부", "보호자 서명"], ["   -   ", "", "", "□참가 □불참", ""]])
    d.rt(dt(r))
    d.c(o.head + " [직인생략]")
    return out(d, "public", "none", [], "school_letter", [("빈 회신란(개인정보 미기재)", "표")], "none")


def P_recruit(r):
    o = org(r, "pubent")
    d = Doc("%d년 %s 신입직원 채용 공고" % (r.choice([2025, 2026]), o.name))
    d.t(d.title)
    d.p("%s에서는 열정과 역량을 갖춘 인재를 다음과 같이 공개 채용합니다." % o.name, "",
        "1. 채용 분야 및 인원")
    d.tbl([["직무", "직급", "인원", "근무지"], ["사무(일반)", "5급(신입)", "%d명" % r.randint(3, 20), "본사"],
           ["기술(토목)", "5급(신입)", "%d명" % r.randint(2, 9), "지역본부"], ["기술(전기)", "5급(신입)", "%d명" % r.randint(1, 5), "지역본부"]])
    d.p("2. 응시 자격: 학력·연령 제한 없음(블라인드 채용), 입사일 즉시 근무 가능한 자",
        "3. 전형 절차: 서류전형 → 필기전형(NCS) → 면접전형 → 신원조사 및 채용 신체검사",
        "4. 제출 서류: 입사지원서(온라인), 자기소개서 ※ 주민등록번호 등 개인식별정보 기재 금지",
        "5. 접수 기간: %s ~ %s 18:00까지" % (dt(r), dt(r)),
        "6. 문의: 인사부 채용담당 (%s)" % otel(r), "", dt(r), o.head)
    return out(d, "public", "none", [], "notice", [("주민등록번호 기재 금지(언급)", "본문")], "none")


def P_gosi(r):
    o = org(r, "local")
    n = r.randint(10, 250)
    d = Doc("%s 고시 제%d-%d호" % (o.name, r.choice([2025, 2026]), n))
    d.t(r.choice(["%s 고시 제%d-%d호" % (o.name, r.choice([2025, 2026]), n)]))
    d.p("도시관리계획(도로) 결정(변경) 및 지형도면 고시", "",
        "「국토의 계획 및 이용에 관한 법률」 제30조 및 제32조에 따라 %s 도시관리계획(도로)을 결정(변경)하고 지형도면을 다음과 같이 고시합니다." % o.name,
        "", dt(r), "", o.head, "", "1. 도시관리계획(도로) 결정(변경) 조서")
    d.tbl([["구분", "등급", "류별", "번호", "폭원(m)", "기능", "연장(m)", "기점", "종점"],
           ["변경", "소로", "1류", "%d" % r.randint(1, 300), "10", "국지도로", "%d" % r.randint(80, 900),
            r.choice(DONG) + " %d" % r.randint(1, 900), r.choice(DONG) + " %d-%d" % (r.randint(1, 900), r.randint(1, 9))]])
    d.p("2. 관계 도서: %s 도시계획과에 비치하여 일반인에게 보입니다." % o.name)
    return out(d, "public", "none", [], "notice", [], "none")


def P_ipbeop(r):
    o = org(r, "ministry")
    n = r.randint(100, 999)
    d = Doc("%s 공고 제%d-%d호" % (o.name, r.choice([2025, 2026]), n))
    d.t(d.title)
    law = r.choice(["공공기관의 정보공개에 관한 법률 시행령", "개인정보 보호법 시행령", "민원 처리에 관한 법률 시행령", "공공데이터 제공 규정"])
    d.p("「%s」 일부개정령(안) 입법예고" % law, "",
        "「%s」을 개정하면서 그 개정이유와 주요내용을 국민에게 미리 알려 의견을 듣고자 「행정절차법」 제41조에 따라 다음과 같이 공고합니다." % law,
        "", dt(r), "", o.head, "", "1. 개정이유",
        "  행정 환경 변화를 반영하여 절차를 간소화하고 국민 편의를 높이려는 것임.",
        "2. 주요내용", "  가. 처리기간을 10일에서 7일로 단축함(안 제%d조)." % r.randint(2, 20),
        "  나. 전자적 방법에 의한 통지 근거를 마련함(안 제%d조)." % r.randint(2, 20),
        "3. 의견제출: %s까지 통합입법예고센터 또는 우편·팩스로 제출" % dt(r))
    cues = []
    if "정보공개" in law:
        d.p("  ※ 참고: 비공개 대상 정보의 범위(법 제9조)는 이번 개정 대상이 아님")
        cues.append(("법 제9조 언급", "본문"))
    return out(d, "public", "none", [], "notice", cues, "none", mo=bool(cues))


def P_foi_guide(r):
    o = org(r, r.choice(["ministry", "local", "pubent"]))
    d = Doc("정보공개 청구 업무 처리 안내")
    d.t(r.choice(["정보공개 업무 안내서", "정보공개 청구 업무 처리 안내", "알기 쉬운 정보공개 처리 요령"]))
    d.p("%s 정보공개 담당자용" % o.name, "",
        "1. 공개 여부 결정 기간: 청구를 받은 날부터 10일 이내(부득이한 경우 10일 연장)",
        "2. 결정 유형",
        "  ○ 공개: 청구 정보 전부를 공개",
        "  ○ 부분공개: 비공개 대상 부분을 제외하고 공개. 결문에는 '부분공개(6)'처럼 해당 호를 적는다.",
        "  ○ 비공개: 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호에 해당하는 경우. 예) 비공개(제9조 제1항 제5호)",
        "3. 비공개 사유 예시")
    d.tbl([["호", "내용", "예시"], ["제1호", "다른 법률에 따른 비밀", "Ⅲ급비밀 등 비밀문서, 과세정보"],
           ["제5호", "의사결정 과정·내부검토", "검토 중인 정책안"], ["제6호", "개인에 관한 정보", "주민등록번호, 개인 연락처"],
           ["제7호", "법인 등의 영업상 비밀", "원가 산출 내역"]])
    d.p("4. 유의사항: 대외비 문서라도 청구가 있으면 제9조 각 호 해당 여부를 따로 판단하여야 한다.",
        "5. 문의: %s 정보공개 담당 (%s)" % (o.name, otel(r)))
    return out(d, "public", "none", [], "guide", [("부분공개(6) 인용", "본문"), ("비공개(제9조 제1항 제5호) 인용", "본문"),
                                                   ("Ⅲ급비밀·대외비 언급", "표/본문")], "none", mo=True)


def P_security_guide(r):
    o = org(r, r.choice(["ministry", "local", "edu", "pubent"]))
    g = g_pub(r)
    doc, info = letter(r, o, "%d년 보안업무 추진 지침 알림" % r.choice([2025, 2026]),
                       ["1. 관련: %s 비상안전담당관-%d(%s)" % (o.name, r.randint(100, 999), dt(r)),
                        "2. 각 부서에서는 다음 사항을 준수하여 문서 보안 관리에 철저를 기하여 주시기 바랍니다.",
                        "  가. 대외비 문서는 '대외비' 표시를 하고 예고문에 보호기간을 적을 것",
                        "  나. Ⅲ급비밀 이상 비밀은 비밀관리기록부에 등재하고 사본번호를 부여할 것",
                        "  다. 비밀 취급 인가를 받지 않은 직원은 Ⅱ급 비밀을 열람할 수 없음",
                        "  라. 보호기간이 지난 대외비는 일반문서로 재분류할 것",
                        "3. 이 지침 자체는 일반 공개 문서임을 알려드립니다."],
                       attach="보안업무 추진 지침 1부.", gongae=g, gpos=r.choice(["gyeol", "check"]),
                       receivers="각 실·국·과장")
    return out(doc, "public", "none", [], "guide", [("대외비/Ⅲ급비밀/Ⅱ급 비밀 언급", "본문"), (g, "결문")], g, mo=True)


def P_password(r):
    o = org(r, r.choice(["local", "edu", "pubent", "health"]))
    g = g_pub(r)
    doc, info = letter(r, o, "업무 시스템 비밀번호 정기 변경 안내",
                       ["1. 정보보안 강화를 위하여 업무용 PC 및 행정 시스템 비밀번호를 다음과 같이 변경하여 주시기 바랍니다.",
                        "  가. 기간: %s ~ %s" % (dt(r), dt(r)),
                        "  나. 대상: 전 직원 (업무포털, 전자결재, 메일)",
                        "  다. 기준: 9자리 이상, 영문·숫자·특수문자 조합, 최근 3회 사용 비밀번호 재사용 금지",
                        "2. 비밀번호를 타인과 공유하거나 메모지에 적어 두지 않도록 유의하시기 바랍니다.",
                        "3. 문의: 정보통신팀 (%s)" % otel(r)],
                       gongae=g, gpos="gyeol", recv="내부결재" if r.random() < 0.4 else "각 부서장")
    return out(doc, "public", "none", [], "official_letter", [("비밀번호(언급)", "본문"), (g, "결문")], g, mo=True)


def P_personnel(r):
    o = org(r, r.choice(["ministry", "province"]))
    d = Doc("인사발령")
    d.t(r.choice(["인 사 발 령", "인사 발령 사항"]))
    d.p("%s 발령" % dt(r), "")
    rows = [["성명", "발령 사항", "현 소속"]]
    for grade in r.sample(["1급(관리관)", "2급(이사관)", "3급(부이사관)", "4급(서기관)", "3급 상당"], 3):
        rows.append([nm(r), "%s %s에 임함" % (grade, r.choice(["기획조정실장", "정책관", "감사관", "총무과장"])),
                     o.name + " " + r.choice(DEPT)])
    d.tbl(rows)
    d.p("", o.head)
    return out(d, "public", "none", [], "notice", [("3급(부이사관)/1급(관리관) 직급 표기", "표")], "none", mo=True)


def P_declass(r):
    o = org(r, r.choice(["ministry", "military", "province"]))
    g = g_pub(r)
    n1, n2 = r.randint(10, 99), r.randint(100, 999)
    doc, info = letter(r, o, "보호기간 경과 비밀 및 대외비 재분류 결과 통보",
                       ["1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 지난 비밀과 대외비를 재분류하였기에 그 결과를 통보합니다.",
                        "2. 재분류 결과",
                        [["구분", "건수", "조치"], ["Ⅲ급비밀", "%d건" % n1, "일반문서로 재분류"], ["대외비", "%d건" % n2, "일반문서로 재분류"],
                         ["Ⅱ급비밀", "%d건" % r.randint(1, 9), "보호기간 연장(예고문 변경)"]],
                        "3. 재분류된 문서는 표지의 비밀 표시를 삭선 처리하고 '일반문서로 재분류(%s)'라고 적어 관리하시기 바랍니다." % dt(r)],
                       gongae=g, gpos="gyeol")
    return out(doc, "public", "none", [], "official_letter", [("Ⅲ급비밀/대외비 재분류 통보", "표")], g, mo=True)


def P_cover_letter_secret(r):
    o = org(r, r.choice(["ministry", "military", "province"]))
    g = g_pub(r)
    lvl = r.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비"])
    doc, info = letter(r, o, "%d년 을지연습 관련 자료 송부" % r.choice([2025, 2026]),
                       ["1. 관련: %s 비상대비과-%d(%s)" % (o.name, r.randint(100, 999), dt(r)),
                        "2. 위 호와 관련하여 요청하신 연습 세부계획은 %s로 분류되어 있어 이 공문에 첨부하지 않고 비밀 문서 수발 절차에 따라 별도 송부합니다." % lvl,
                        "3. 수령 후 비밀관리기록부에 등재하여 주시기 바랍니다."],
                       attach="연습 일정(일반) 1부.", gongae=g, gpos="gyeol")
    return out(doc, "public", "none", [], "official_letter", [(lvl + " 별도 송부(언급)", "본문"), (g, "결문")], g, mo=True)


def P_audit_summary(r):
    o = org(r, r.choice(["local", "edu", "pubent"]))
    d = Doc("보안감사 결과 요약")
    d.t("%d년 %s 보안감사 결과(요약)" % (r.choice([2025, 2026]), o.name))
    d.p("1. 감사 기간: %s ~ %s" % (dt(r), dt(r)), "2. 감사 대상: 본청 %d개 부서, 사업소 %d곳" % (r.randint(5, 30), r.randint(1, 9)),
        "3. 주요 지적 사항")
    d.tbl([["분야", "지적 내용", "건수", "조치"], ["문서보안", "대외비 문서 예고문 누락", str(r.randint(1, 9)), "시정"],
           ["비밀관리", "비밀관리기록부 정리 미흡(Ⅲ급비밀)", str(r.randint(1, 5)), "주의"],
           ["정보보안", "비밀번호 미변경 PC", str(r.randint(3, 40)), "시정"]])
    d.p("4. 총평: 전반적으로 보안업무가 양호하게 운영되고 있으나 비밀 및 대외비 표시 관리에 대한 교육이 필요함.",
        "※ 이 요약본은 누리집에 공개합니다.")
    return out(d, "public", "none", [], "report", [("대외비/Ⅲ급비밀 지적 사항(언급)", "표")], "none", mo=True)


def P_expense(r):
    o = org(r, r.choice(["local", "province", "pubent", "edu"]))
    d = Doc("업무추진비 집행내역")
    d.t("%s %d년 %d월 업무추진비 집행내역" % (o.name, r.choice([2025, 2026]), r.randint(1, 11)))
    rows = [["집행일시", "집행장소", "집행목적", "대상인원", "금액(원)", "결제방법"]]
    for _ in range(r.randint(4, 7)):
        rows.append([dt(r, style=1) + " %02d:%02d" % (r.randint(11, 20), r.choice([0, 10, 30, 40])),
                     r.choice(["한결식당", "솔밭한정식", "은행나무카페", "다래국수", "구내식당"]) + "(" + r.choice(DONG) + ")",
                     r.choice(["현안 업무 협의 간담회", "유관기관 업무 협의", "직원 격려 오찬", "민원 현장 점검 후 간담회"]),
                     "%s 외 %d명" % (r.choice(["부시장", "기획조정실장", "사장", "교육장"]), r.randint(2, 12)),
                     money(r, 60000, 600000), "카드"])
    d.tbl(rows)
    d.p("※ 「%s 업무추진비 집행 공개 규정」에 따라 공개합니다." % o.name)
    return out(d, "public", "none", [], "disclosure_list", [], "none")


def P_contract(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    d = Doc("계약 체결 현황 공개")
    d.t("%d년 %d분기 계약 체결 현황" % (r.choice([2025, 2026]), r.randint(1, 4)))
    rows = [["계약명", "계약방법", "계약일", "계약금액(원)", "계약상대자"]]
    for _ in range(r.randint(3, 6)):
        rows.append([r.choice(["청사 냉난방기 교체공사", "CCTV 통합관제 유지보수", "도로 포장 보수공사", "홍보물 제작", "전산장비 구매"]),
                     r.choice(["제한경쟁", "일반경쟁", "수의계약(2인 견적)", "협상에 의한 계약"]), dt(r, style=1),
                     money(r, 5000000, 900000000, 10000), r.choice(COMP)])
    d.tbl(rows)
    d.p("※ 「지방자치단체를 당사자로 하는 계약에 관한 법률」에 따라 계약 정보를 공개합니다.")
    return out(d, "public", "none", [], "disclosure_list", [], "none")


def P_audit_result_public(r):
    o = org(r, r.choice(["province", "edu", "local"]))
    d = Doc("감사 결과 공개")
    t = o.name + " 종합감사 결과"
    d.t(t)
    d.p("1. 감사 대상: %s %s" % (r.choice(CITY), r.choice(["본청 및 직속기관", "관내 학교 %d개교" % r.randint(3, 12)])),
        "2. 감사 결과: 시정 %d건, 주의 %d건, 개선 %d건, 징계 요구 %d명" % (r.randint(1, 9), r.randint(2, 20), r.randint(0, 5), r.randint(0, 3)),
        "3. 주요 지적 사항")
    d.tbl([["번호", "제목", "처분"], ["1", "물품 구매 계약 업무 부적정", "주의"], ["2", "초과근무수당 지급 부적정", "회수 및 주의"],
           ["3", "공유재산 대부료 부과 누락", "시정"]])
    d.p("※ 관련자 성명 등 개인정보는 이 공개문에 적지 않았음(관련 공무원 A, B로 표시).")
    return out(d, "public", "none", [], "report", [("익명화(A, B)", "본문")], "none")


def P_festival(r):
    o = org(r, r.choice(["local", "culture"]))
    g = g_pub(r)
    fest = r.choice(["봄꽃축제", "전통시장 야시장", "강변 불꽃축제", "국화 전시회", "청소년 거리공연제"])
    doc, info = letter(r, o, "제%d회 %s %s 개최 계획" % (r.randint(2, 30), o.city or "", fest),
                       ["1. 목적: 지역 문화 활성화 및 관광객 유치",
                        "2. 개요",
                        "  가. 기간: %s ~ %s (%d일간)" % (dt(r), dt(r), r.randint(2, 10)),
                        "  나. 장소: %s 일원" % (r.choice(DONG) + " " + r.choice(["체육공원", "강변둔치", "문화광장"])),
                        "  다. 주요 프로그램: 개막 공연, 체험 부스 %d개, 먹거리 장터" % r.randint(10, 60),
                        "  라. 소요 예산: %s천원(시비 %d%%)" % (money(r, 50000, 900000), r.choice([50, 70, 100])),
                        "3. 안전관리: 안전요원 %d명 배치, 구급차 상시 대기" % r.randint(10, 80)],
                       gongae=g, gpos=r.choice(["gyeol", "top", "footer"]), recv="내부결재")
    return out(doc, "public", "none", [], "plan", [(g, "결문")], g)


def P_agri(r):
    o = org(r, "agri")
    g = g_pub(r)
    crop = r.choice(["벼 병해충", "과수 화상병", "고추 탄저병", "마늘 잎마름병"])
    doc, info = letter(r, o, "%s 예찰 및 방제 기술 지원 안내" % crop,
                       ["1. 최근 기온 상승과 잦은 강우로 %s 발생 위험이 높아지고 있습니다." % crop,
                        "2. 읍·면에서는 다음 사항을 농업인에게 적극 안내하여 주시기 바랍니다.",
                        "  가. 방제 적기: %s ~ %s" % (dt(r), dt(r)),
                        "  나. 권장 약제: 등록 약제 중 작용 기작이 다른 약제 교호 살포",
                        "  다. 의심 증상 발견 시 농업기술센터(%s)로 즉시 신고" % otel(r),
                        "3. 마을 단위 현장 교육 일정은 붙임을 참고하시기 바랍니다."],
                       attach="읍·면별 현장 교육 일정 1부.", gongae=g, gpos="gyeol", recv="읍·면장")
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_maritime(r):
    o = org(r, "maritime")
    g = g_pub(r)
    doc, info = letter(r, o, r.choice(["동절기 연안여객선 안전관리 강화 알림", "태풍 내습 대비 선박 입출항 통제 안내", "어선 출입항 신고 절차 변경 안내"]),
                       ["1. 해상 기상 악화가 예상됨에 따라 선박 안전관리를 다음과 같이 강화합니다.",
                        "  가. 풍랑주의보 발효 시 여객선 운항 통제(%s 이후)" % dt(r),
                        "  나. 항내 정박 선박 계류줄 보강 및 당직자 배치",
                        "  다. 구명조끼 착용 의무 준수 여부 현장 점검",
                        "2. 관련 문의: %s 선박안전과 (%s)" % (o.name, otel(r))],
                       gongae=g, gpos="gyeol", recv="수신자 참조",
                       receivers="%s수산업협동조합장, 해운조합 지부장, 연안여객선사 대표" % r.choice(CITY)[:-1])
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_air_quality(r):
    o = org(r, "env")
    d = Doc("대기질 측정 결과")
    d.t("%d년 %d월 대기질 측정 결과 공개" % (r.choice([2025, 2026]), r.randint(1, 11)))
    rows = [["측정소", "PM10(㎍/㎥)", "PM2.5(㎍/㎥)", "O3(ppm)", "NO2(ppm)", "비고"]]
    for c in r.sample(CITY, 5):
        rows.append([c + " " + r.choice(DONG), str(r.randint(18, 90)), str(r.randint(8, 50)), "0.0%02d" % r.randint(15, 60),
                     "0.0%02d" % r.randint(5, 40), r.choice(["", "", "황사 영향"])])
    d.tbl(rows)
    d.p("○ 미세먼지 '나쁨' 일수: %d일 (전년 동월 대비 %d일 감소)" % (r.randint(0, 9), r.randint(0, 5)),
        "○ 자료 출처: %s 대기측정망 (확정 자료)" % o.name, "문의: 대기환경과 %s" % otel(r))
    return out(d, "public", "none", [], "report", [], "none")


def P_vaccination(r):
    o = org(r, "health")
    d = Doc("예방접종 안내")
    d.t(r.choice(["2025-2026절기 인플루엔자 국가예방접종 안내", "어르신 폐렴구균 예방접종 안내"]))
    d.p("□ 대상: 생후 6개월~13세 어린이, 임신부, 65세 이상 어르신",
        "□ 기간: %s ~ %s" % (dt(r), dt(r)), "□ 장소: %s 및 지정 의료기관 %d곳" % (o.name, r.randint(20, 140)),
        "□ 준비물: 신분증(어린이는 보호자 신분증 및 아기수첩)",
        "□ 접종 후 20~30분간 접종기관에 머물며 이상반응 여부를 관찰하십시오.",
        "□ 문의: %s 감염병관리팀 %s" % (o.name, otel(r)))
    return out(d, "public", "none", [], "notice", [], "none")


def P_police_campaign(r):
    o = org(r, "police")
    doc = press(r, o, "%s, 어린이 보호구역 교통안전 캠페인 실시" % o.name,
                ["□ %s(서장 %s)는 %s 관내 초등학교 %d곳에서 어린이 보호구역 교통안전 캠페인을 실시했다고 밝혔다." % (o.name, nm(r), dt(r), r.randint(3, 12)),
                 "□ 이번 캠페인에는 녹색어머니회와 모범운전자회 등 %d여 명이 참여했다." % r.randint(30, 120),
                 "□ 경찰은 등하교 시간대 과속·불법주정차 단속을 병행할 계획이다."])
    return out(doc, "public", "none", [], "press_release", [("서장 실명(공무 수행)", "본문")], "none")


def P_court_coop(r):
    o = org(r, "court")
    g = g_pub(r)
    doc, info = letter(r, o, r.choice(["조정위원 연수 개최에 따른 협조 요청", "청사 보수공사에 따른 민원실 임시 이전 안내",
                                      "전자소송 이용 활성화 홍보 협조"]),
                       ["1. 귀 기관의 협조에 감사드립니다.",
                        "2. %s에서는 다음과 같이 업무를 추진하고자 하오니 협조하여 주시기 바랍니다." % o.name,
                        "  가. 기간: %s ~ %s" % (dt(r), dt(r)),
                        "  나. 내용: 민원인 안내문 게시 및 누리집 공지",
                        "3. 개별 사건에 관한 문의는 해당 재판부로 하여 주시기 바랍니다."],
                       gongae=g, gpos="gyeol", recv="수신자 참조",
                       receivers="%s장, %s 변호사회장, %s 법무사회장" % (r.choice(CITY), r.choice(PROV), r.choice(PROV)))
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_military_open(r):
    o = org(r, "military")
    d = Doc("병영 개방 행사 안내")
    d.t("%s 「%d 가족과 함께하는 병영 개방의 날」 안내" % (o.name, r.choice([2025, 2026])))
    d.p("1. 일시: %s 10:00 ~ 15:00" % dt(r), "2. 장소: 부대 연병장 및 생활관(일부)",
        "3. 대상: 장병 가족 및 지역 주민(사전 신청자)", "4. 주요 행사: 장비 전시, 군악대 공연, 병영식 체험",
        "5. 유의사항: 지정 구역 외 사진 촬영 금지, 신분증 지참", "6. 문의: 정훈공보참모실 %s" % otel(r))
    return out(d, "public", "none", [], "notice", [], "none")


def P_tariff(r):
    o = org(r, "pubent")
    d = Doc("요금 조정 안내")
    d.t("%s %s 요금 조정 안내" % (o.name, r.choice(["상수도", "도시가스 공급", "주차장 이용", "대중교통"])))
    d.p("%s부터 요금이 다음과 같이 조정됨을 알려드립니다." % dt(r))
    d.tbl([["구분", "현행", "조정", "인상률"], ["가정용", "%d원" % r.randint(400, 900), "%d원" % r.randint(500, 990), "%.1f%%" % (r.random() * 8)],
           ["일반용", "%d원" % r.randint(900, 1500), "%d원" % r.randint(1000, 1700), "%.1f%%" % (r.random() * 8)]])
    d.p("○ 조정 사유: 원가 상승 및 노후 시설 개량 재원 확보", "○ 취약계층 감면 제도는 종전과 같이 유지됩니다.",
        "○ 고객센터: 1588-%04d" % r.randint(0, 9999))
    return out(d, "public", "none", [], "notice", [], "none")


def P_budget(r):
    o = org(r, r.choice(["local", "province", "edu"]))
    d = Doc("예산 집행 현황")
    d.t("%s %d년 세출예산 집행 현황(%d월 말 기준)" % (o.name, r.choice([2025, 2026]), r.randint(3, 11)))
    rows = [["분야", "예산액(백만원)", "집행액(백만원)", "집행률(%)"]]
    for f_ in ["일반공공행정", "공공질서및안전", "교육", "문화및관광", "환경", "사회복지", "보건", "농림해양수산"]:
        a = r.randint(2000, 90000)
        b = r.randint(a // 5, a)
        rows.append([f_, "{:,}".format(a), "{:,}".format(b), "%.1f" % (100.0 * b / a)])
    d.tbl(rows)
    d.p("※ 출처: 지방재정 관리시스템, 담당 %s 예산팀 %s" % (o.name, otel(r)))
    return out(d, "public", "none", [], "report", [], "none")


def P_informal_benign(r):
    o = org(r, r.choice(["local", "pubent", "culture"]))
    lab_ = r.choice(["[내부 참고용]", "※ 내부 공유용 자료", "업무 참고용", "직원 공유용(내부)"])
    d = Doc("주간 행사 일정")
    d.p(lab_)
    d.t("%s 주간 주요 행사 일정(%s ~ %s)" % (o.name, dt(r), dt(r)))
    rows = [["일자", "시간", "행사명", "장소", "참석"]]
    for _ in range(r.randint(4, 6)):
        rows.append([dt(r, style=1), "%02d:00" % r.randint(9, 18), r.choice(["시민 강좌", "경로당 방문", "준공식", "체육대회 개회식", "간담회(시민단체)"]),
                     r.choice(DONG) + " " + r.choice(["주민센터", "문화회관", "체육관"]), r.choice(["기관장", "부기관장", "국장"])])
    d.tbl(rows)
    d.p("※ 위 일정은 누리집 '기관장 일정'에 게시된 내용과 같음")
    return out(d, "public", "none", [], "schedule", [(lab_, "상단(비공식 표기)")], "none", flags=["informal_marking"])


def P_not_secret_note(r):
    o = org(r, r.choice(["ministry", "province", "pubent"]))
    g = g_pub(r)
    doc, info = letter(r, o, "%d년 공공기관 업무 협약 체결 결과 공유" % r.choice([2025, 2026]),
                       ["1. %s와 %s는 %s 지역 인재 양성에 관한 업무 협약을 체결하였습니다." % (o.name, r.choice(COMP), dt(r)),
                        "2. 협약서 사본을 붙임과 같이 공유하오니 업무에 참고하시기 바랍니다.",
                        "3. 본 자료는 대외비가 아니며, 비밀로 분류되지 않았으므로 누리집 게시가 가능합니다."],
                       attach="업무 협약서 사본 1부.", gongae=g, gpos="gyeol")
    return out(doc, "public", "none", [], "official_letter", [("대외비가 아니며(부정 언급)", "본문"), (g, "결문")], g, mo=True)


def P_foi_stats(r):
    o = org(r, r.choice(["ministry", "province", "local"]))
    d = Doc("정보공개 청구 처리 현황")
    d.t("%d년 정보공개 청구 처리 현황" % r.choice([2024, 2025]))
    rows = [["구분", "청구", "공개", "부분공개", "비공개", "취하 등"]]
    rows.append(["건수", str(r.randint(300, 2000)), str(r.randint(200, 1500)), str(r.randint(20, 200)), str(r.randint(5, 80)), str(r.randint(10, 90))])
    d.tbl(rows)
    d.p("○ 비공개 사유별 현황")
    d.tbl([["사유", "건수"], ["제9조제1항제5호(의사결정 과정·내부검토)", str(r.randint(2, 40))],
           ["제9조제1항제6호(개인정보)", str(r.randint(2, 40))], ["제9조제1항제7호(법인 영업비밀)", str(r.randint(0, 9))],
           ["제9조제1항제1호(비밀 등)", str(r.randint(0, 5))]])
    d.p("○ 부분공개 결정의 대부분은 민원인 성명·연락처 등 개인정보(6호)를 가린 것임")
    return out(d, "public", "none", [], "report", [("제9조 각 호 통계(언급)", "표")], "none", mo=True)


def P_disaster_sitrep(r):
    o = org(r, r.choice(["local", "province"]))
    d = Doc("호우 대처 상황 보고")
    d.t("%s 호우 대처 상황 보고(제%d보)" % (o.name, r.randint(1, 12)))
    d.p("□ 기상 현황: %s 05:00 호우경보 발효, 누적 강수량 %dmm" % (dt(r), r.randint(80, 400)),
        "□ 피해 현황: 도로 침수 %d개소, 하천 제방 유실 %d개소, 인명 피해 없음" % (r.randint(1, 20), r.randint(0, 4)),
        "□ 조치 사항", "  ○ 재난안전대책본부 비상 %d단계 가동(%d명 근무)" % (r.randint(1, 3), r.randint(20, 200)),
        "  ○ 하천변 산책로·둔치 주차장 %d개소 출입 통제" % r.randint(2, 30),
        "  ○ 대피 권고 %d세대(임시 주거시설: %s 체육관)" % (r.randint(0, 40), r.choice(DONG)),
        "□ 향후 계획: 강우 종료 후 피해 조사 실시")
    return out(d, "public", "none", [], "report", [], "none")


def P_civil_defense(r):
    o = org(r, "local")
    g = g_pub(r)
    doc, info = letter(r, o, "%d년 민방위의 날 훈련 실시 알림" % r.choice([2025, 2026]),
                       ["1. 「민방위기본법」에 따라 민방위의 날 훈련을 다음과 같이 실시합니다.",
                        "  가. 일시: %s 14:00~14:20" % dt(r), "  나. 훈련 내용: 공습 대비 대피 훈련, 경보 전달",
                        "  다. 대피 장소: 가까운 민방위 대피소(안전디딤돌 앱에서 확인)",
                        "2. 읍·면·동에서는 주민 홍보와 대피소 점검을 하여 주시기 바랍니다."],
                       gongae=g, gpos=r.choice(["gyeol", "check"]), recv="읍·면·동장")
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_heritage(r):
    o = org(r, r.choice(["local", "culture"]))
    g = g_pub(r)
    doc, info = letter(r, o, "지정문화유산 보수정비 공사 착수 알림",
                       ["1. %s %s 보수정비 공사를 다음과 같이 착수합니다." % (r.choice(DONG), r.choice(["석탑", "향교 대성전", "옛 관아 동헌"])),
                        "  가. 공사 기간: %s ~ %s" % (dt(r), dt(r)), "  나. 공사 내용: 기와 교체, 목부재 보강",
                        "  다. 관람 제한: 공사 기간 중 내부 관람 중지",
                        "2. 관람객 안내에 협조하여 주시기 바랍니다."],
                       gongae=g, gpos="gyeol")
    return out(doc, "public", "none", [], "official_letter", [(g, "결문")], g)


def P_police_press_anon(r):
    o = org(r, "police")
    doc = press(r, o, "%s, 노인 대상 보이스피싱 현금 수거책 검거" % o.name,
                ["□ %s는 %s 노인들을 상대로 기관을 사칭해 현금을 가로챈 혐의(사기)로 A씨(%d대) 등 %d명을 검거했다고 밝혔다." % (o.name, dt(r), r.choice([20, 30, 40]), r.randint(2, 6)),
                 "□ 경찰에 따르면 이들은 피해자 %d명으로부터 약 %d억 원을 받아 조직에 전달한 혐의를 받고 있다." % (r.randint(5, 30), r.randint(1, 9)),
                 "□ 경찰은 \"검찰·금융기관은 절대 현금을 직접 받지 않는다\"며 주의를 당부했다."])
    return out(doc, "public", "none", [], "press_release", [("피의자 익명(A씨)", "본문")], "none")


def P_public_minutes(r):
    o = org(r, r.choice(["local", "province"]))
    d = Doc("위원회 회의 결과")
    d.t("%d년 제%d차 %s 도시계획위원회 회의 결과" % (r.choice([2025, 2026]), r.randint(1, 12), o.name))
    d.p("○ 일시: %s 14:00" % dt(r), "○ 장소: %s 대회의실" % o.name, "○ 참석: 위원 %d명 중 %d명 출석" % (18, r.randint(10, 18)), "")
    d.tbl([["안건", "심의 결과"], ["%s 지구단위계획 변경(안)" % r.choice(DONG), "조건부 가결"], ["공원 조성계획 결정(안)", "원안 가결"],
           ["도시계획시설(주차장) 변경(안)", "재심의"]])
    d.p("※ 조건부 가결 사항: 보행로 폭 확보 및 경관 계획 보완")
    return out(d, "public", "none", [], "minutes", [], "none")


# ==================================================================================
# PARTIAL templates
# ==================================================================================
def Q_minwon_result(r):
    o = org(r, "local")
    who = nm(r)
    g = g_part(r, [6])
    gpos = r.choice(["gyeol", "gyeol", "top", "oldbox", "footer"])
    doc, info = letter(r, o, "민원 처리 결과 통보(%s 도로 파손 보수 요청)" % r.choice(DONG),
                       ["1. 귀하의 민원(접수번호 %d-%06d, %s)에 대한 처리 결과를 다음과 같이 알려드립니다." % (r.choice([2025, 2026]), r.randint(0, 999999), dt(r)),
                        "  가. 민원인: %s (%s, 연락처 %s)" % (who, home_addr(r), phone(r)),
                        "  나. 처리 결과: 현장 확인 결과 포장 파손이 확인되어 %s까지 보수할 예정입니다." % dt(r),
                        "2. 처리 결과에 이의가 있으면 「민원 처리에 관한 법률」에 따라 이의신청을 할 수 있습니다."],
                       gongae=g, gpos=gpos, recv="%s 귀하" % who)
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", [(g, GPOS_WHERE[gpos]), ("민원인 성명·주소·휴대전화", "본문")], g)


def Q_award(r):
    o = org(r, r.choice(["local", "province", "fire"]))
    n = nm(r)
    d = Doc("공적조서")
    d.t(r.choice(["공 적 조 서", "정부포상 공적조서"]))
    d.tbl([["성명", n, "주민등록번호", rrn(r, masked=True)], ["소속", r.choice(["%s 자율방범대" % r.choice(DONG), "의용소방대", "새마을부녀회"]), "직위", "대원"],
           ["주소", home_addr(r), "연락처", phone(r)], ["추천 훈격", r.choice(["국무총리 표창", "장관 표창", "도지사 표창"]), "추천기관", o.name]])
    d.p("공적 요지", "  위 사람은 %d년간 지역 야간 순찰과 독거노인 안부 확인 활동을 하며 지역 안전에 기여하였음." % r.randint(5, 25))
    d.p("", "위 공적 내용이 사실과 다름없음을 확인함.", dt(r), o.head)
    return out(d, "partial", "none", ["OIDA-9-1-6"], "form", [("민간인 성명·마스킹된 주민번호·주소·연락처", "표")],
               "민간인 신상(내용)", co=True)


def Q_committee_minutes(r):
    o = org(r, r.choice(["local", "province"]))
    g = g_part(r, [6])
    a, b = nm(r), nm(r)
    d = Doc("위원회 회의록")
    d.t("%s %s 회의록" % (o.name, r.choice(["주민참여예산위원회", "지역사회보장협의체", "경관위원회"])))
    d.p("공개구분: " + g if not g.startswith(("공개", "□", "☐", "부분공개(정보")) else g)
    d.p("○ 일시: %s 15:00" % dt(r), "○ 참석: 위원장 %s(민간), 위원 %s(%s 주민, %s) 등 %d명" % (a, b, r.choice(DONG), phone(r), r.randint(8, 15)), "")
    d.p("위원장 %s: 올해 제안 사업 중 %d건을 우선순위로 올리겠습니다." % (a, r.randint(3, 12)),
        "위원 %s: 우리 동네 어린이 공원 그늘막 사업을 꼭 반영해 주십시오. 제가 %s에 사는데 민원이 많습니다." % (b, r.choice(DONG)),
        "담당 과장: 예산 범위에서 검토하겠습니다.", "", "○ 결정 사항: 제안 사업 %d건 예산 반영 건의" % r.randint(3, 12))
    return out(d, "partial", "none", ["OIDA-9-1-6"], "minutes", [(g, "본문상단"), ("민간위원 성명·거주지·휴대전화", "본문")], g)


def Q_unit_price(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    c = r.choice(COMP)
    d = Doc("계약 결과 보고")
    d.t("%s 계약 결과 보고" % r.choice(["정보시스템 고도화 용역", "하수관로 정비공사", "공공청사 LED 교체 사업"]))
    d.p("1. 계약 개요: 계약상대자 %s, 계약금액 %s원, 계약기간 %s ~ %s" % (c, money(r, 100000000, 2000000000, 100000), dt(r), dt(r)),
        "2. 업체 제출 단가 산출 내역(업체 제출 원가자료)")
    d.tbl([["항목", "규격", "수량", "업체 산출 단가(원)", "원가율·이윤율"],
           ["인건비(특급기술자)", "M/M", str(r.randint(3, 20)), money(r, 7000000, 12000000), "간접노무비 %d%%" % r.randint(5, 15)],
           ["자재비", "식", "1", money(r, 10000000, 90000000), "이윤 %d%%" % r.randint(5, 15)],
           ["경비(자체 개발 모듈 사용료)", "식", "1", money(r, 5000000, 40000000), "업체 노하우 반영"]])
    d.p("3. 향후 계획: 착수계 접수 및 착수 보고회 개최(%s)" % dt(r))
    return out(d, "partial", "none", ["OIDA-9-1-7"], "report", [("업체 단가·원가율·이윤율", "표")], "법인 원가자료(내용)", co=True)


def Q_subsidy(r):
    o = org(r, r.choice(["local", "agri"]))
    g = g_part(r, [6])
    rows = [["연번", "성명", "주소(마을)", "지원 내역", "보조금(원)"]]
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), nm(r), r.choice(DONG) + " " + r.choice(["1리", "2리", "3반"]), r.choice(["비닐하우스 보수", "농기계 구입", "스마트 관수시설"]), money(r, 500000, 9000000)])
    doc, info = letter(r, o, "%d년 소규모 농가 지원사업 보조금 교부 결정" % r.choice([2025, 2026]),
                       ["1. 「%s 지방보조금 관리 조례」에 따라 다음과 같이 보조금 교부를 결정합니다." % o.name.split(" ")[0],
                        "2. 교부 대상자 및 금액", rows,
                        "3. 보조사업자는 사업 완료 후 30일 이내에 정산 보고서를 제출하여야 합니다."],
                       gongae=g, gpos=r.choice(["gyeol", "check"]), recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "decision", [(g, "결문"), ("개인 수혜자 성명·마을", "표")], g)


def Q_foi_notice(r):
    o = org(r, r.choice(["local", "ministry", "edu", "pubent"]))
    who = nm(r)
    d = Doc("정보공개 결정 통지서")
    d.t(r.choice(["정보 [ ]공개 [V]부분공개 [ ]비공개 결정 통지서", "정보 (부분)공개 결정 통지서"]))
    d.tbl([["청구인", "성명 %s" % who, "생년월일 %s" % rrn(r)[:6]], ["", "주소 %s" % home_addr(r), "전화번호 %s" % phone(r)],
           ["접수번호", "%d" % r.randint(1000000, 9999999), "접수일 %s" % dt(r)]])
    d.p("청구 내용: %s 관련 %s 일체" % (r.choice(["하천 정비사업", "공영주차장 조성", "학교 시설 개선"]), r.choice(["회의록", "검토 보고서", "계약 서류"])),
        "공개 내용: 사업 계획서, 계약서(업체 날인부 제외)",
        "비공개(전부 또는 일부) 내용 및 사유: 내부 검토 보고서 - 비공개(제9조 제1항 제5호, 의사결정 과정에 있는 사항)",
        "                                     참석자 개인 연락처 - 부분공개(6)",
        "공개 일시: %s  공개 방법: 전자파일(정보공개포털)" % dt(r),
        "", "귀하의 정보공개 청구에 대한 결정 내용을 「공공기관의 정보공개에 관한 법률」 제13조에 따라 위와 같이 통지합니다.",
        "", dt(r), o.head + "  [직인]")
    return out(d, "partial", "none", ["OIDA-9-1-6"], "form", [("청구인 성명·주소·전화번호", "표"),
                                                            ("비공개(제9조 제1항 제5호) 인용(청구 대상에 대한 것)", "본문")],
               "청구인 신상(내용)", co=True, flags=["quoted_reason_not_about_this_doc"])


def Q_attendees(r):
    o = org(r, r.choice(["ministry", "province", "pubent", "env"]))
    g = g_part(r, [6])
    rows = [["구분", "성명", "소속", "휴대전화", "이메일"]]
    for _ in range(r.randint(3, 6)):
        n = nm(r)
        rows.append([r.choice(["주민대표", "전문가", "시민단체"]), n, r.choice(["%s 주민" % r.choice(DONG), "○○대학교", "환경연합"]), phone(r),
                     "u%05d@mail.example" % r.randint(0, 99999)])
    doc, info = letter(r, o, "%s 주민설명회 결과 보고" % r.choice(["하수처리장 증설", "송전선로 경과지", "폐기물 처리시설 입지"]),
                       ["1. 주민설명회를 다음과 같이 개최하였기에 결과를 보고합니다.", "  가. 일시: %s 19:00" % dt(r),
                        "  나. 주요 의견: 악취 저감 대책 요구, 사업 일정 공개 요청", "2. 참석자 명단(민간인)", rows],
                       gongae=g, gpos=r.choice(["gyeol", "oldbox"]), recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "report", [(g, "결문"), ("민간 참석자 휴대전화·이메일", "표")], g)


def Q_mislabel_rrn(r):
    o = org(r, r.choice(["local", "edu", "pubent", "health"]))
    g = g_pub(r)
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "지급액(원)"]]
    for _ in range(r.randint(2, 5)):
        b, a = acct(r)
        rows.append([nm(r), rrn(r), b, a, money(r, 100000, 900000)])
    doc, info = letter(r, o, r.choice(["자원봉사자 실비 지급", "설문조사 참여자 사례비 지급", "시민 모니터단 활동비 지급"]),
                       ["1. %s 활동에 참여한 시민에게 실비를 다음과 같이 지급하고자 합니다." % r.choice(["하천 정화", "정책 모니터링", "축제 운영"]),
                        "2. 지급 내역", rows, "3. 지급 예정일: %s" % dt(r)],
                       gongae=g, gpos="gyeol", recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter",
               [(g, "결문"), ("주민등록번호 전체·계좌번호", "표")], "주민등록번호 전체(내용 우선)", flags=["mislabeled"])


def Q_compensation_rrn(r):
    o = org(r, r.choice(["local", "pubent"]))
    g = g_part(r, [6])
    n = nm(r)
    b, a = acct(r)
    doc, info = letter(r, o, "공공사업 편입 토지 손실보상금 지급 통지",
                       ["1. %s 도로 확장 사업에 편입된 토지의 손실보상금을 다음과 같이 지급합니다." % r.choice(DONG),
                        [["소유자", n], ["주민등록번호", rrn(r)], ["주소", home_addr(r)], ["편입 토지", "%s %d-%d 답 %d㎡" % (r.choice(DONG), r.randint(1, 900), r.randint(1, 20), r.randint(50, 900))],
                         ["보상금", money(r, 5000000, 300000000) + "원"], ["입금 계좌", "%s %s" % (b, a)]],
                        "2. 보상금은 %s까지 위 계좌로 입금됩니다." % dt(r)],
                       gongae=g, gpos="gyeol", recv="%s 귀하" % n)
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", [(g, "결문"), ("주민등록번호 전체", "표")], g)


def Q_foreign_worker(r):
    o = org(r, r.choice(["local", "agri"]))
    g = r.choice([g_part(r, [6]), None])
    rows = [["성명(영문)", "국적", "외국인등록번호", "고용 농가", "체류 기간"]]
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(["NGUYEN VAN AN", "TRAN THI MAI", "BOLD BAATAR", "SOK CHANNA", "RAHMAN ABDUL"]), r.choice(["베트남", "몽골", "캄보디아", "방글라데시"]),
                     rrn(r, foreign=True), nm(r) + " 농가", "%s까지" % dt(r, 2027)])
    doc, info = letter(r, o, "계절근로자 입국 및 배치 현황 보고",
                       ["1. %d년 하반기 계절근로자 입국 및 농가 배치 현황을 보고합니다." % r.choice([2025, 2026]), rows,
                        "2. 근로자 인권 보호를 위해 농가별 숙소 점검을 실시할 예정입니다."],
                       gongae=g, gpos="gyeol")
    cues = [("외국인등록번호 전체", "표")] + ([(g, "결문")] if g else [])
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "report", cues, g or "외국인등록번호(내용)", co=not g)


def Q_passport(r):
    o = org(r, r.choice(["ministry", "province", "pubent"]))
    rows = [["성명", "소속·직위", "여권번호", "여권 만료일"]]
    for _ in range(r.randint(2, 4)):
        rows.append([nm(r), r.choice(DEPT) + " " + r.choice(["사무관", "주무관", "과장"]), passport(r), dt(r, 2030)])
    doc, info = letter(r, o, "공무 국외출장 항공권 발권 요청",
                       ["1. %s 국제회의 참석을 위한 국외출장 항공권 발권을 요청합니다." % r.choice(["싱가포르", "제네바", "하노이", "시드니"]),
                        "  가. 출장 기간: %s ~ %s" % (dt(r), dt(r)), "  나. 출장자 여권 정보", rows],
                       gongae=None, recv="%s여행사 대표" % r.choice(["누리", "한빛", "솔"]))
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", [("여권번호 전체", "표")], "여권번호(내용)", co=True)


def Q_driver_lic(r):
    o = org(r, r.choice(["local", "edu", "health"]))
    g = g_part(r, [6])
    rows = [["성명", "부서", "면허 종류", "운전면허번호", "적성검사 기간"]]
    for _ in range(r.randint(2, 5)):
        rows.append([nm(r), r.choice(DEPT), r.choice(["1종 보통", "1종 대형", "2종 보통"]), dlic(r), "~" + dt(r, 2028)])
    doc, info = letter(r, o, "관용차량 운전자 등록 및 보험 가입 요청",
                       ["1. 관용차량 운행을 위하여 운전자를 다음과 같이 등록하고자 합니다.", rows,
                        "2. 보험사에 운전자 한정 특약 변경을 요청하여 주시기 바랍니다."],
                       gongae=g, gpos="gyeol", recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", [(g, "결문"), ("운전면허번호 전체", "표")], g)


def Q_damages(r):
    o = org(r, r.choice(["local", "pubent"]))
    g = g_part(r, [6])
    n = nm(r)
    doc, info = letter(r, o, "국가배상 심의 결과 알림",
                       ["1. %s이(가) %s 신청한 배상 신청에 대하여 %s 지구배상심의회 심의 결과를 알려드립니다." % (n, dt(r), o.name),
                        "  가. 신청인: %s (%s)" % (n, home_addr(r)),
                        "  나. 사고 내용: %s 도로 포트홀로 인한 차량 타이어 파손" % r.choice(DONG),
                        "  다. 결정: 배상금 %s원 지급(과실 상계 %d%%)" % (money(r, 100000, 3000000), r.choice([10, 20, 30])),
                        "2. 결정에 동의하는 경우 배상금 지급 청구서를 제출하여 주시기 바랍니다."],
                       gongae=g, gpos="gyeol", recv="%s 귀하" % n)
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", [(g, "결문"), ("신청인 성명·주소", "본문")], g)


def Q_admin_disposition(r):
    o = org(r, r.choice(["local", "health"]))
    n = nm(r)
    shop = r.choice(["한솔분식", "별빛노래연습장", "가온정육점", "다래식당"])
    g = r.choice([g_part(r, [6]), None])
    doc, info = letter(r, o, "행정처분 사전 통지(영업정지)",
                       ["1. 「행정절차법」 제21조에 따라 귀하에 대한 행정처분을 하기 전에 다음과 같이 사전 통지합니다.",
                        [["업소명", shop], ["영업자", n], ["소재지", addr(r, o.city)], ["영업자 주소", home_addr(r)],
                         ["위반 내용", "%s 유통기한 경과 제품 보관" % dt(r)], ["처분 내용", "영업정지 %d일" % r.choice([7, 15])]],
                        "2. 의견이 있으면 %s까지 의견제출서를 제출하여 주시기 바랍니다." % dt(r)],
                       gongae=g, gpos="gyeol", recv="%s 영업자 %s 귀하" % (shop, n))
    cues = [("개인 영업자 성명·주소", "표")] + ([(g, "결문")] if g else [])
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", cues, g or "개인 영업자 신상(내용)", co=not g)


def Q_tech_eval(r):
    o = org(r, r.choice(["pubent", "ministry"]))
    rows = [["업체", "기술평가(80)", "가격평가(20)", "합계", "주요 제안 기술(업체 제출)"]]
    for c in r.sample(COMP, 3):
        rows.append([c, "%.2f" % (60 + r.random() * 20), "%.2f" % (15 + r.random() * 5), "", r.choice(["자체 특허 알고리즘 적용", "독자 시공 공법(영업비밀)", "원가 절감형 공정 설계"])])
    d = Doc("제안서 기술평가 결과")
    d.t("%s 제안서 평가 결과 보고" % r.choice(["스마트 검침 시스템 구축", "노후 관로 진단 용역"]))
    d.p("1. 평가 일시: %s" % dt(r), "2. 평가위원: 외부위원 %d명(명단 별도 보관)" % r.randint(5, 9), "3. 평가 결과")
    d.tbl(rows)
    d.p("4. 협상 적격자: 1순위 업체와 기술 협상 진행")
    return out(d, "partial", "none", ["OIDA-9-1-7"], "report", [("업체별 제안 기술·영업비밀", "표")], "법인 기술자료(내용)", co=True)


def Q_case_health(r):
    o = org(r, r.choice(["local", "province", "pubent"]))
    g = g_part(r, [6])
    n = nm(r)
    doc, info = letter(r, o, "%d년 제%d차 긴급복지지원 심의회 결과" % (r.choice([2025, 2026]), r.randint(1, 12)),
                       ["1. 긴급복지지원 심의회를 개최하고 결과를 다음과 같이 보고합니다.",
                        "  가. 심의 건수: %d건(지원 %d건, 부결 %d건)" % (r.randint(5, 15), r.randint(3, 9), r.randint(0, 3)),
                        "  나. 제도 개선 건의: 위기가구 발굴 체계 정비",
                        "2. 개별 심의 사례(붙임 중 1건 요약)",
                        "  - 대상자 %s(%s 거주, %d세): %s 진단 후 실직, 의료비 지원 %s원 결정" % (n, r.choice(DONG), r.randint(35, 70), r.choice(DIAG), money(r, 500000, 3000000)),
                        "3. 나머지 안건은 일반 현황으로 공개 가능"],
                       gongae=g, gpos="gyeol", recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-23"], "report", [(g, "결문"), ("개인 진단명", "본문")], g)


def Q_redevelop(r):
    o = org(r, "local")
    g = g_part(r, [6])
    rows = [["연번", "성명", "소유 토지", "주소", "동의 여부"]]
    for i in range(r.randint(4, 6)):
        rows.append([str(i + 1), nm(r), "%s %d-%d" % (r.choice(DONG), r.randint(1, 900), r.randint(1, 30)), home_addr(r), r.choice(["동의", "미동의"])])
    doc, info = letter(r, o, "%s 재개발 정비구역 지정 요청서 검토 의견 회신" % r.choice(DONG),
                       ["1. 정비구역 지정 요청서에 대한 검토 의견을 다음과 같이 회신합니다.",
                        "  가. 토지등소유자 동의율: %d%% (법정 요건 충족)" % r.randint(67, 90),
                        "  나. 보완 사항: 기반시설 계획 보완", "2. 토지등소유자 동의서 제출 현황(일부)", rows],
                       gongae=g, gpos=r.choice(["gyeol", "top"]), recv="%s 재개발추진준비위원회 위원장" % r.choice(DONG))
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", [(g, "결문"), ("토지등소유자 성명·주소", "표")], g)


def Q_fishery(r):
    o = org(r, r.choice(["local", "maritime"]))
    rows = [["어가", "대표자", "양식 품종", "피해 면적(ha)", "피해액(천원)"]]
    for i in range(r.randint(3, 6)):
        rows.append(["%d호" % (i + 1), nm(r), r.choice(["전복", "우럭", "김", "굴"]), "%.1f" % (r.random() * 5), money(r, 5000, 300000)])
    g = r.choice([g_part(r, [6]), None])
    doc, info = letter(r, o, "고수온 양식어업 피해 조사 결과 보고",
                       ["1. %s 고수온으로 인한 양식어업 피해 조사 결과를 보고합니다." % dt(r),
                        "  가. 피해 어가: %d어가, 총 피해액 %s천원" % (len(rows) - 1, money(r, 100000, 900000)),
                        "  나. 어가별 피해 현황", rows, "2. 재난지원금 지급을 위한 확인 절차를 진행하겠습니다."],
                       gongae=g, gpos="gyeol")
    cues = [("어업인 성명·피해액", "표")] + ([(g, "결문")] if g else [])
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "report", cues, g or "어업인 성명(내용)", co=not g)


def Q_trip_report(r):
    o = org(r, r.choice(["ministry", "province", "env"]))
    n = nm(r)
    d = Doc("출장 결과 보고")
    d.t("출장 결과 보고(%s 현장 민원 면담)" % r.choice(["축사 악취", "폐기물 야적", "소음 진동"]))
    d.p("1. 출장자: %s %s, %s %s" % (r.choice(DEPT), nm(r), "주무관", nm(r)), "2. 일시·장소: %s, %s" % (dt(r), addr(r)),
        "3. 면담 내용", "  ○ 민원인 %s(%s, %s)은 인근 사업장 악취로 %d년째 피해를 호소함" % (n, home_addr(r), phone(r), r.randint(1, 6)),
        "  ○ 사업장 측은 저감 시설 설치를 약속함", "4. 조치 계획: 악취 측정 실시 후 결과 통보")
    return out(d, "partial", "none", ["OIDA-9-1-6"], "report", [("민원인 성명·주소·전화", "본문")], "민원인 신상(내용)", co=True)


def Q_commission(r):
    o = org(r, r.choice(["local", "edu", "province"]))
    g = g_part(r, [6])
    rows = [["성명", "생년월일", "소속·직업", "주소", "연락처"]]
    for _ in range(r.randint(3, 5)):
        rows.append([nm(r), rrn(r)[:6], r.choice(["변호사", "대학교수", "주민자치위원", "사회복지사"]), home_addr(r), phone(r)])
    doc, info = letter(r, o, "%s 위원 위촉 계획" % r.choice(["청렴시민감사관", "정보공개심의회", "인권위원회"]),
                       ["1. 임기 만료에 따라 위원을 다음과 같이 위촉하고자 합니다.", "  가. 임기: %s ~ %s(2년)" % (dt(r), dt(r, 2028)),
                        "  나. 위촉 대상 민간위원", rows], gongae=g, gpos=r.choice(["gyeol", "oldbox"]), recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "plan", [(g, "결문"), ("민간위원 생년월일·주소·연락처", "표")], g)


def Q_lecture_fee(r):
    o = org(r, r.choice(["edu", "local", "health"]))
    g = r.choice([g_part(r, [6]), None])
    n = nm(r)
    b, a = acct(r)
    doc, info = letter(r, o, "외부 강사 강사료 지급",
                       ["1. %s 직원 교육 외부 강사 강사료를 다음과 같이 지급하고자 합니다." % dt(r),
                        [["강사", n], ["주민등록번호", rrn(r)], ["주소", home_addr(r)], ["강의 시간", "2시간"],
                         ["강사료", money(r, 200000, 600000, 10000) + "원(소득세 등 공제 전)"], ["계좌", "%s %s (예금주 %s)" % (b, a, n)]],
                        "2. 예산 과목: 일반운영비-일반수용비"],
                       gongae=g, gpos="gyeol", recv="내부결재")
    cues = [("강사 주민등록번호 전체·계좌", "표")] + ([(g, "결문")] if g else [])
    return out(doc, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "official_letter", cues, g or "주민등록번호(내용)", co=not g)


def Q_part5(r):
    o = org(r, r.choice(["ministry", "province", "pubent"]))
    g = g_part(r, [5])
    doc, info = letter(r, o, "%s 추진 현황 및 향후 계획 보고" % r.choice(["공공기관 청사 이전", "지역 공공병원 설립", "광역 교통망 확충"]),
                       ["1. 추진 현황: 기본계획 수립 완료(%s), 타당성 조사 진행 중" % dt(r),
                        "2. 향후 일정: 설계 공모(%s), 착공(%s)" % (dt(r, 2027), dt(r, 2028)),
                        "3. 쟁점 검토(내부 검토 중, 미확정)",
                        "  가. 부지 대안 A/B 비교: 재원 분담 비율 협의 중이며 확정 전 공개 시 협상에 지장 우려",
                        "  나. 관계 부처 협의 결과에 따라 변경 가능"],
                       gongae=g, gpos="gyeol", recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-5"], "report", [(g, "결문"), ("내부 검토 중 쟁점", "본문")], g)


def Q_part7(r):
    o = org(r, r.choice(["ministry", "pubent"]))
    g = g_part(r, [7])
    c = r.choice(COMP)
    doc, info = letter(r, o, "연구개발 과제 최종 결과 보고서 제출",
                       ["1. %s이(가) 수행한 '%s' 과제의 최종 결과 보고서를 제출합니다." % (c, r.choice(["저전력 수질 센서 개발", "폐배터리 재활용 공정 개발"])),
                        "2. 보고서 중 공정 조건, 시작품 설계도 및 원가 분석(제4장)은 참여기업의 영업상 비밀에 해당하여 분리 관리합니다.",
                        "3. 요약본은 국가 R&D 정보시스템에 등록할 예정입니다."],
                       attach="최종 결과 보고서(요약본) 1부.", gongae=g, gpos="gyeol")
    return out(doc, "partial", "none", ["OIDA-9-1-7"], "official_letter", [(g, "결문"), ("영업상 비밀 분리(붙임 관련)", "본문")], g)


def Q_scanned_petition(r):
    o = org(r, r.choice(["local", "police", "health"]))
    n = nm(r)
    d = Doc("민원 신청서")
    d.t("민 원 신 청 서")
    d.tbl([["신청인", "성명  %s" % n, "주민등록번호  %s" % rrn(r, masked=True)], ["", "주소  %s" % home_addr(r), "전화  %s" % phone(r)]])
    d.p("신청 내용: %s 앞 가로등이 %d주째 고장이 나서 밤길이 위험합니다. 빠른 수리를 부탁드립니다." % (r.choice(DONG) + " " + r.choice(["버스정류장", "놀이터", "경로당"]), r.randint(1, 5)),
        "", "위와 같이 민원을 신청합니다.", dt(r), "신청인 %s (서명)" % n, "", o.head + " 귀하",
        "", "[접수] %s 민원봉사과 %s 접수번호 %d" % (o.name, dt(r), r.randint(1000, 9999)))
    return out(d, "partial", "none", ["OIDA-9-1-6"], "form", [("신청인 성명·주소·마스킹된 주민번호", "표")], "민원인 신상(내용)",
               co=True, noise=["ocr"])


def Q_scholarship(r):
    o = org(r, "school")
    rows = [["학년", "성명", "장학금", "입금 계좌"]]
    for _ in range(r.randint(3, 5)):
        b, a = acct(r)
        rows.append(["%d학년" % r.randint(1, 3), nm(r), money(r, 300000, 1000000, 10000), "%s %s" % (b, a)])
    g = g_part(r, [6])
    doc, info = letter(r, o, "%d학년도 %s 장학금 지급" % (r.choice([2025, 2026]), r.choice(["지역인재", "동문회", "새솔"])),
                       ["1. %s 장학금 수혜 학생을 다음과 같이 확정하고 장학금을 지급하고자 합니다." % r.choice(["동문회", "지역 기업"]), rows,
                        "2. 장학금 전달식: %s 교장실" % dt(r)], gongae=g, gpos="gyeol", recv="내부결재")
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", [(g, "결문"), ("학생 성명·계좌", "표")], g)


def Q_audit_disposition(r):
    o = org(r, r.choice(["province", "edu"]))
    g = g_part(r, [6])
    n = nm(r)
    doc, info = letter(r, o, "감사 결과 처분 요구 및 조치 요청",
                       ["1. %s 실시한 정기 감사 결과를 붙임과 같이 통보하오니 처분 요구 사항을 이행하고 결과를 제출하시기 바랍니다." % dt(r),
                        "2. 주요 내용: 공사 감독 소홀(시정), 하도급 대금 지급 확인 미흡(주의)",
                        "3. 관련 업체 현장대리인 %s(%s, %s)에 대한 건설기술인 벌점 부과 요청" % (n, r.choice(COMP), phone(r))],
                       attach="감사 결과 처분요구서 1부.", gongae=g, gpos="gyeol")
    return out(doc, "partial", "none", ["OIDA-9-1-6"], "official_letter", [(g, "결문"), ("민간인 현장대리인 성명·전화", "본문")], g)


# ==================================================================================
# NON_PUBLIC templates — marked
# ==================================================================================
def dvb_text(r):
    dd = dt(r, r.choice([2027, 2028, 2029]))
    return r.choice(["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % dd, "대외비(보호기간: %s까지)" % dd, "보안등급: 대외비",
                     "대외비", "<대외비>", "【대외비】"])


SECRET_TXT = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "3급비밀"],
              "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
              "I급": ["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"]}
ROMAN = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def apply_mark(r, d, txt, where, fmt_hint=None):
    cues = []
    for w in where:
        if w == "top":
            d.blocks.insert(0, ("stamp", txt))
            cues.append((txt, "상단 도장"))
        elif w == "bottom":
            d.blocks.append(("stamp", txt))
            cues.append((txt, "하단 도장"))
        elif w == "header":
            d.header, d.header_red = txt, True
            cues.append((txt, "머리말"))
        elif w == "footer":
            d.footer, d.footer_red = txt, True
            cues.append((txt, "꼬리말"))
        elif w == "cell":
            d.blocks.insert(0, ("table", [["문서번호", "%s-%d" % (r.choice(DEPT), r.randint(10, 999)), "보안등급", txt],
                                          ["작성일", dt(r), "작성부서", r.choice(DEPT)]]))
            cues.append((txt, "표 셀(문서정보)"))
        elif w == "cover":
            d.blocks[0:0] = [("stamp", txt), ("title", d.title), ("center", dt(r)), ("stamp", txt), ("page",)]
            cues.append((txt, "표지"))
    return cues


def secret_tail(r, level):
    dd = dt(r, r.choice([2028, 2029, 2030, 2031]))
    lines = []
    if r.random() < 0.75:
        lines.append(r.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (dd, ROMAN[level]),
                               "예고문 : %s 이후 일반문서로 재분류" % dd, "예고문: %s까지 보호, 이후 파기" % dd]))
    if r.random() < 0.7:
        lines.append(r.choice(["사본번호: %d / %d" % (r.randint(1, 3), r.randint(3, 6)), "사본 제%d호 (총 %d부)" % (r.randint(1, 3), r.randint(3, 6)),
                               "사본번호 %d" % r.randint(1, 9)]))
    return lines


def NM_dvb_review(r):
    o = org(r, r.choice(["ministry", "province", "pubent", "local"]))
    txt = dvb_text(r)
    d = Doc("정책 검토 보고")
    d.t("%s 검토 보고" % r.choice(["공공요금 인상 대안", "산하기관 통폐합 방안", "지방세 감면 축소(안)", "청사 매각 대안"]))
    d.p("1. 검토 배경: 재정 여건 악화에 따라 대안별 영향을 내부적으로 검토함",
        "2. 대안 비교", )
    d.tbl([["대안", "내용", "장점", "단점"], ["1안", "단계적 조정", "반발 최소", "효과 지연"], ["2안", "일괄 조정", "재원 즉시 확보", "여론 악화 우려"]])
    d.p("3. 검토 의견: 2안을 기본으로 하되 관계 기관 협의 후 최종 결정(미확정)", "4. 향후 조치: 의사결정 전까지 외부 유출 금지")
    where = r.choice([["top"], ["top", "bottom"], ["header"], ["header", "footer"], ["cell"], ["cover"]])
    cues = apply_mark(r, d, txt, where)
    return out(d, "non_public", "대외비", ["OIDA-9-1-5"], "internal_review", cues, txt)


def NM_dvb_facility(r):
    o = org(r, r.choice(["pubent", "local", "env"]))
    txt = dvb_text(r)
    d = Doc("시설 경비 및 방호 계획")
    d.t("%s %s 경비·방호 계획" % (o.name, r.choice(["정수장", "변전소", "청사", "가스 정압기지"])))
    d.p("1. 경비 인력 배치: 주간 %d명, 야간 %d명(3교대)" % (r.randint(3, 10), r.randint(2, 6)),
        "2. 출입 통제: 정문 출입 카드 + 생체 인증, 후문 상시 폐쇄",
        "3. 취약 지점: 북측 울타리 %dm 구간 CCTV 사각지대 보강 예정" % r.randint(20, 120),
        "4. 비상 시 연락 체계: 상황실 → 관할 경찰서 → 군부대 5분 대기조")
    where = r.choice([["top", "bottom"], ["header"], ["cover"], ["top"]])
    cues = apply_mark(r, d, txt, where)
    return out(d, "non_public", "대외비", ["OIDA-9-1-3"], "plan", cues, txt)


def NM_dvb_enforce(r):
    o = org(r, r.choice(["police", "maritime", "local"]))
    txt = dvb_text(r)
    d = Doc("단속 계획")
    d.t("%s 집중 단속 계획" % r.choice(["불법 조업 어선", "음주운전", "불법 사행성 게임장", "원산지 거짓표시"]))
    d.p("1. 기간: %s ~ %s (불시 단속)" % (dt(r), dt(r)), "2. 단속 지점: %s 등 %d개소(사전 공개 금지)" % (r.choice(DONG), r.randint(3, 12)),
        "3. 투입 인원: %d명, 암행 차량 %d대" % (r.randint(10, 60), r.randint(1, 6)),
        "4. 첩보 대상 업소: %s 외 %d곳(수사 진행 중)" % (r.choice(["한결오락실", "별빛게임랜드", "솔수산"]), r.randint(1, 6)))
    cues = apply_mark(r, d, txt, r.choice([["top"], ["top", "bottom"], ["header", "footer"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-4"], "plan", cues, txt)


def NM_dvb_personnel(r):
    o = org(r, r.choice(["ministry", "province", "pubent"]))
    txt = dvb_text(r)
    d = Doc("인사 검증 결과")
    d.t("%s 후보자 인사 검증 결과" % r.choice(["산하기관장", "개방형 직위", "국장급 승진"]))
    rows = [["후보자", "현 직위", "검증 결과", "특이사항"]]
    for _ in range(3):
        rows.append([nm(r), r.choice(["국장", "본부장", "교수"]), r.choice(["적격", "보류", "부적격"]),
                     r.choice(["부동산 다수 보유 소명 필요", "특이사항 없음", "과거 징계(견책) 이력", "배우자 겸직 확인 필요"])])
    d.tbl(rows)
    d.p("※ 최종 임명 여부는 인사위원회에서 결정(미확정)")
    cues = apply_mark(r, d, txt, r.choice([["top", "bottom"], ["cell"], ["header"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-6"], "internal_review", cues, txt)


def NM_dvb_devplan(r):
    o = org(r, r.choice(["local", "province", "pubent"]))
    txt = dvb_text(r)
    d = Doc("개발 예정지 검토")
    d.t("%s 일원 산업단지 후보지 검토(미발표)" % r.choice(DONG))
    d.p("1. 후보지: %s 산 %d-%d 일원 %d만㎡" % (r.choice(DONG), r.randint(1, 90), r.randint(1, 20), r.randint(20, 150)),
        "2. 지가 동향: 최근 거래 없음, 발표 시 투기 수요 유입 우려",
        "3. 토지거래허가구역 지정 검토 후 발표 예정(%s)" % dt(r, 2027))
    cues = apply_mark(r, d, txt, r.choice([["top"], ["top", "bottom"], ["header"], ["cover"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-8"], "internal_review", cues, txt)


def NM_dvb_health(r):
    o = org(r, r.choice(["health", "province"]))
    txt = dvb_text(r)
    rows = [["연번", "성명", "나이", "주소", "진단", "격리 장소"]]
    for i in range(r.randint(3, 5)):
        rows.append([str(i + 1), nm(r), str(r.randint(5, 85)), r.choice(DONG), r.choice(["홍역 확진", "결핵 확진", "A형간염 확진"]), r.choice(["자택", "도립병원 음압병실"])])
    d = Doc("감염병 환자 관리 현황")
    d.t("감염병 확진자 관리 현황(역학조사 진행 중)")
    d.tbl(rows)
    cues = apply_mark(r, d, txt, r.choice([["top"], ["header"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-6", "PIPA-23"], "roster", cues, txt)


def NM_dvb_diplo(r):
    o = org(r, "ministry")
    txt = dvb_text(r)
    d = Doc("양자 협의 대응 방향")
    d.t("제%d차 %s 양자 경제협의 대응 방향" % (r.randint(2, 15), r.choice(["한-가온국", "한-누리국"])))
    d.p("1. 상대국 예상 요구: 농산물 검역 완화, 투자 보장 조항 강화",
        "2. 우리 측 대응: 검역 완화는 불수용, 투자 조항은 조건부 수용 검토", "3. 협상 마지노선: 별도 보고")
    cues = apply_mark(r, d, txt, r.choice([["top", "bottom"], ["header"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-2"], "internal_review", cues, txt, flags=["dvb_with_oida2"])


def NM_dvb_budget(r):
    o = org(r, r.choice(["province", "pubent", "local"]))
    dd = dt(r, r.choice([2027, 2028]))
    txt = r.choice(["대외비(보호기간: %s까지)" % dd, "%s까지 대외비" % dd])
    d = Doc("노사 임금 협상 전략")
    d.t("%d년 임금 협상 대응 전략" % r.choice([2026, 2027]))
    d.p("1. 노조 요구안: 기본급 %d%% 인상" % r.randint(4, 9), "2. 사측 제시 가능 범위: 1차 %.1f%%, 최종 %.1f%%(내부 한도, 대외 공개 금지)" % (r.random() * 2 + 1, r.random() * 2 + 2),
        "3. 쟁점별 대응: 성과급 배분 기준 유지, 복지포인트 조정 검토")
    cues = apply_mark(r, d, txt, r.choice([["top"], ["top", "bottom"], ["footer"]]))
    return out(d, "non_public", "대외비", ["OIDA-9-1-5"], "internal_review", cues, txt)


def NM_secret_ops(r, level, reason2="OIDA-9-1-2"):
    o = org(r, r.choice(["military", "ministry"]))
    txt = r.choice(SECRET_TXT[level])
    d = Doc("작전 계획")
    d.t(r.choice(["%s 해안 경계작전 보강 계획", "%s 동계 합동훈련 세부 시행계획", "%s 예비전력 동원 계획", "%s 방공 배치 조정 계획"]) % o.name)
    d.p("1. 목적: 적 침투 대비 태세 강화",
        "2. 부대 배치: %s 지역 %d개 소초, 좌표 %dS %s %06d %06d" % (r.choice(CITY), r.randint(3, 12), r.randint(51, 52), r.choice(["CF", "DG", "BH"]), r.randint(0, 999999), r.randint(0, 999999)),
        "3. 투입 전력: 대대급 %d개, 감시장비 %d대" % (r.randint(1, 4), r.randint(5, 30)),
        "4. 통신 운용: 주파수 및 호출부호 별지 참조", "5. 시행: %s 00:00부" % dt(r))
    where = r.choice([["top", "bottom"], ["header", "footer"], ["cover"], ["top"], ["cell", "bottom"]])
    cues = apply_mark(r, d, txt, where)
    tail = secret_tail(r, level)
    for ln in tail:
        d.p(ln)
        cues.append((ln, "하단 예고문/사본번호"))
    return out(d, "non_public", level, ["OIDA-9-1-1", reason2], "plan", cues, txt)


def NM_III_ops(r):
    return NM_secret_ops(r, "III급")


def NM_III_facility(r):
    o = org(r, r.choice(["pubent", "env", "local"]))
    txt = r.choice(SECRET_TXT["III급"])
    d = Doc("국가중요시설 방호 계획")
    d.t("국가중요시설(%s급) %s 방호 계획" % (r.choice(["가", "나", "다"]), r.choice(["정수장", "발전소", "통신 중계소", "댐"])))
    d.p("1. 시설 취약 요소: 취수구 및 제어동 출입문", "2. 방호 인력: 청원경찰 %d명, 군 %d개 분대 지원" % (r.randint(4, 20), r.randint(1, 3)),
        "3. 비상 발전기 위치 및 연료 비축량: 별지 도면", "4. 테러 대응 훈련: 분기 1회")
    cues = apply_mark(r, d, txt, r.choice([["top", "bottom"], ["header"], ["cover"]]))
    for ln in secret_tail(r, "III급"):
        d.p(ln)
        cues.append((ln, "하단 예고문/사본번호"))
    return out(d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3"], "plan", cues, txt)


def NM_III_ocr(r):
    rec = NM_secret_ops(r, "III급")
    d = rec["doc"]
    noisy = r.choice(["Ill급 비밀", "lll급비밀", "III 급 비 밀"])
    for i, b in enumerate(d.blocks):
        if b[0] == "stamp":
            d.blocks[i] = ("stamp", noisy)
    if d.header:
        d.header = noisy
    if d.footer:
        d.footer = noisy
    for i, b in enumerate(d.blocks):
        if b[0] == "table":
            d.blocks[i] = ("table", [[noisy if c in SECRET_TXT["III급"] else c for c in row] for row in b[1]])
    rec["cues"] = [{"cue": noisy, "where": c["where"]} if c["cue"] in SECRET_TXT["III급"] else c for c in rec["cues"]]
    rec["deciding_cue"] = noisy
    rec["noise"] = ["ocr", "ocr_in_marking"]
    return rec


def NM_II(r):
    return NM_secret_ops(r, "II급")


def NM_II_diplo(r):
    o = org(r, "ministry")
    txt = r.choice(SECRET_TXT["II급"])
    d = Doc("정상회담 의제 검토")
    d.t("%s 정상회담 의제 및 대응 기조" % r.choice(["한-가온국", "한-누리국", "한-해솔연방"]))
    d.p("1. 핵심 의제: 안보 협력 강화, 방산 협력, 공급망", "2. 상대국 입장 분석(정보 보고 종합)", "3. 우리 측 양보 가능 범위 및 협상 카드")
    cues = apply_mark(r, d, txt, r.choice([["top", "bottom"], ["cover"], ["header", "footer"]]))
    for ln in secret_tail(r, "II급"):
        d.p(ln)
        cues.append((ln, "하단 예고문/사본번호"))
    return out(d, "non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2"], "internal_review", cues, txt)


def NM_I(r):
    rec = NM_secret_ops(r, "I급")
    rec["doc"].title = "전시 작전 계획"
    return rec


# ==================================================================================
# NON_PUBLIC — stated 공개구분, no marking
# ==================================================================================
def NS_review5(r):
    o = org(r, r.choice(["ministry", "local", "edu", "pubent"]))
    g = g_non(r, [5])
    gpos = r.choice(["gyeol", "top", "oldbox", "check"])
    doc, info = letter(r, o, "%s 개편(안) 내부 검토" % r.choice(["조직", "수당 체계", "학교 통폐합 기준", "요금 체계"]),
                       ["1. 개편 방향에 대한 부서 의견을 종합하여 검토 보고합니다.", "2. 검토 결과: 안별 장단점 및 예상 반발 정도(별첨)",
                        "3. 최종안은 관계기관 협의 후 확정 예정이며 현재는 검토 단계임"],
                       gongae=g, gpos=gpos, recv="내부결재")
    return out(doc, "non_public", "none", ["OIDA-9-1-5"], "internal_review", [(g, GPOS_WHERE[gpos])], g)


def NS_invest4(r):
    o = org(r, "police")
    g = g_non(r, [4, 6])
    n = nm(r)
    doc, info = letter(r, o, "수사 협조 의뢰(금융거래 정보 제공)",
                       ["1. 당서에서 수사 중인 사기 사건(사건번호 %d-%05d)과 관련하여 다음 자료 제공을 요청합니다." % (r.choice([2025, 2026]), r.randint(0, 99999)),
                        "  가. 피의자: %s(%s)" % (n, rrn(r, masked=True)), "  나. 요청 자료: %s 이후 입출금 내역" % dt(r),
                        "2. 수사 보안을 위해 당사자에게 제공 사실 통보를 유예하여 주시기 바랍니다."],
                       gongae=g, gpos="gyeol", recv="%s은행 준법감시인" % r.choice(["누리", "한빛"]))
    return out(doc, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "official_letter", [(g, "결문"), ("진행 중 수사·피의자", "본문")], g)


def NS_roster6(r):
    o = org(r, r.choice(["local", "edu", "health"]))
    g = g_non(r, [6])
    rows = [["성명", "생년월일", "주소", "연락처", "비고"]]
    for _ in range(r.randint(5, 8)):
        rows.append([nm(r), rrn(r)[:6], home_addr(r), phone(r), r.choice(["독거", "한부모", "조손가정", ""])])
    doc, info = letter(r, o, "%s 대상자 명단 송부" % r.choice(["방문 건강관리", "위기가구 집중 모니터링", "취약계층 난방비 지원"]),
                       ["1. 읍면동 방문 업무를 위하여 대상자 명단을 송부합니다.", rows, "2. 명단은 업무 목적 외 사용을 금지합니다."],
                       gongae=g, gpos=r.choice(["gyeol", "top"]))
    return out(doc, "non_public", "none", ["OIDA-9-1-6"], "roster", [(g, "결문"), ("개인정보 명단", "표")], g)


def NS_facility3(r):
    o = org(r, r.choice(["pubent", "local"]))
    g = g_non(r, [3])
    doc, info = letter(r, o, "%s 보안 시스템 개선 공사 설계 도서 송부" % r.choice(["정수장", "청사 전산실", "지하 공동구"]),
                       ["1. 보안 시스템 개선 공사의 상세 설계 도서(출입통제 배선도, 감시카메라 배치도)를 송부합니다.",
                        "2. 도면이 유출될 경우 시설 침입 경로가 노출될 우려가 있으므로 관리에 유의하시기 바랍니다."],
                       attach="설계 도서 1부.", gongae=g, gpos="gyeol")
    return out(doc, "non_public", "none", ["OIDA-9-1-3"], "official_letter", [(g, "결문")], g)


# ==================================================================================
# NON_PUBLIC — content only (no marking, no 공개구분)
# ==================================================================================
def C_discipline(r):
    o = org(r, r.choice(["local", "province", "edu", "police"]))
    n = nm(r)
    d = Doc("징계의결서")
    d.t(r.choice(["징 계 의 결 서", "징계 의결서"]))
    d.tbl([["소속", o.name + " " + r.choice(DEPT)], ["직위(직급)", r.choice(["행정6급", "지방행정주사", "경사", "교사"])], ["성명", n],
           ["의결 주문", r.choice(["정직 2월", "감봉 3월", "강등"])]])
    d.p("이유", "  위 사람은 %s 23:40경 혈중알코올농도 %.3f%% 상태로 승용차를 운전하다 적발되어 %s 법원에서 벌금 %s만원의 약식명령이 확정되었다." % (dt(r), 0.03 + r.random() * 0.12, dt(r), r.choice(["800", "1,000", "1,200"])),
        "  이는 「지방공무원법」 제55조(품위 유지의 의무)를 위반한 것으로 징계 사유에 해당한다.",
        "", dt(r), "%s 인사위원회" % o.name, "위원장 (서명)  위원 (서명)")
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "decision", [("징계·음주운전 벌금형 확정", "본문")], "징계+범죄경력(내용)", co=True)


def C_sick_leave(r):
    o = org(r, r.choice(["local", "edu", "pubent", "fire"]))
    n = nm(r)
    d = Doc("병가 승인")
    d.t("질병휴직(병가) 승인 검토")
    d.p("1. 신청인: %s %s %s" % (o.name, r.choice(DEPT), n), "2. 신청 기간: %s ~ %s(%d일)" % (dt(r), dt(r), r.randint(14, 90)),
        "3. 사유: %s(진단서 첨부, %s 발행)" % (r.choice(DIAG), r.choice(["누리대학교병원", "한빛의료원", "가람정신건강의학과의원"])),
        "4. 검토 의견: 「공무원 복무규정」에 따른 병가 요건 충족, 승인함이 타당")
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "decision", [("진단명", "본문")], "건강정보(내용)", co=True)


def C_union_dues(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    rows = [["사번", "성명", "부서", "노동조합", "공제액(원)"]]
    un = r.choice(["%s공무원노동조합" % o.name, "전국누리공공노조 %s지부" % o.name, "교사노동조합"])
    for _ in range(r.randint(5, 9)):
        rows.append(["%06d" % r.randint(0, 999999), nm(r), r.choice(DEPT), un, money(r, 10000, 40000, 500)])
    d = Doc("조합비 공제 명단")
    d.t("%d년 %d월 노동조합 조합비 급여 공제 명단" % (r.choice([2025, 2026]), r.randint(1, 11)))
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "roster", [("조합원 명단", "표")], "노조 가입(내용)", co=True)


def C_emergency_contacts(r):
    o = org(r, r.choice(["local", "edu", "health", "fire"]))
    rows = [["직위", "성명", "자택 주소", "휴대전화", "비상 소집 시간"]]
    for _ in range(r.randint(5, 8)):
        rows.append([r.choice(["과장", "팀장", "주무관"]), nm(r), home_addr(r), phone(r), "%d분" % r.randint(10, 60)])
    d = Doc("비상연락망")
    d.t("%s %s 비상연락망" % (o.name, r.choice(DEPT)))
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-6"], "roster", [("직원 자택 주소·개인 휴대전화", "표")], "개인정보 명단(내용)", co=True)


def C_health_check(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    rows = [["성명", "부서", "판정", "소견"]]
    for _ in range(r.randint(4, 7)):
        rows.append([nm(r), r.choice(DEPT), r.choice(["정상B", "질환의심(R)", "유질환(D2)"]), r.choice(["고혈압 의심", "간기능 이상", "당뇨 치료 중", "이상 없음"])])
    d = Doc("건강검진 결과")
    d.t("%d년 직원 일반건강검진 결과 사후관리 대상자" % r.choice([2025, 2026]))
    d.tbl(rows)
    d.p("※ 유질환자는 보건관리자가 개별 상담 실시")
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "roster", [("검진 판정·소견", "표")], "건강정보(내용)", co=True)


def C_investigation(r):
    o = org(r, "police")
    n = nm(r)
    d = Doc("수사 보고")
    d.t(r.choice(["수 사 보 고", "내사 결과 보고"]))
    d.p("제목: 피혐의자 %s(%s, %d세) 소재 확인 및 계좌 추적 결과" % (n, r.choice(["무직", "자영업", "회사원"]), r.randint(25, 60)),
        "1. 피혐의자 주거지(%s)에 잠복하였으나 부재 확인" % home_addr(r),
        "2. 대포통장 %d개 계좌로 피해금 %s원 이체 확인" % (r.randint(2, 6), money(r, 1000000, 90000000)),
        "3. 향후: 통신사실확인자료 요청 및 체포영장 신청 예정", "", "%s %s과 경위 %s" % (o.name, r.choice(["수사", "형사", "사이버수사"]), nm(r)))
    return out(d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "investigation", [("진행 중 수사·피혐의자", "본문")], "수사자료(내용)", co=True)


def C_audit_qa(r):
    o = org(r, r.choice(["province", "edu", "pubent"]))
    n = nm(r)
    d = Doc("문답서")
    d.t("문 답 서")
    d.p("피감사인: %s %s %s" % (o.name, r.choice(DEPT), n), "일시·장소: %s %s 감사실" % (dt(r), o.name), "",
        "문: 진술인은 %s 계약 당시 업체로부터 견적서를 받은 사실이 있나요?" % r.choice(["관급자재 구매", "행사 대행"]),
        "답: 예, 한 곳에서만 받았습니다.", "문: 분할 발주한 이유는 무엇인가요?", "답: 시간이 촉박해서 그랬습니다. 다른 의도는 없었습니다.",
        "", "(감사 진행 중, 처분 미확정)", "진술인 %s (무인)" % n)
    return out(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "investigation", [("감사 진행 중 문답", "본문")], "감사자료(내용)", co=True)


def C_policy_review(r):
    o = org(r, r.choice(["ministry", "province", "local", "edu"]))
    informal = r.choice([None, "내부 검토용 - 외부 유출 금지", "[실무 검토안] 보고 후 폐기", "Confidential (draft)", "취급주의"])
    d = Doc("실무 검토안")
    if informal:
        d.p(informal)
    d.t("%s 도입 검토(실무안)" % r.choice(["공무원 주 4.5일 근무제", "교육청 기간제 교원 인건비 조정", "버스 준공영제", "쓰레기 봉투 가격 조정"]))
    d.p("1. 검토 배경: 상부 지시(%s)에 따른 실무 검토" % dt(r), "2. 쟁점",
        "  - 재원 소요: 연간 %s억 원 추정(부서 간 이견)" % r.randint(5, 300), "  - 노조·관계 기관 반응 예상",
        "3. 실무 의견: 단계적 시범 실시 후 확대(결재 전, 미확정)", "4. 향후: 간부회의 보고 후 방향 결정")
    cues = [("결재 전 실무 검토", "본문")] + ([(informal, "상단(비공식 표기)")] if informal else [])
    return out(d, "non_public", "none", ["OIDA-9-1-5"], "internal_review", cues, "내부검토(내용)", co=True,
               flags=["informal_marking"] if informal else [])


def C_promotion_minutes(r):
    o = org(r, r.choice(["local", "province", "edu"]))
    a, b, c = nm(r), nm(r), nm(r)
    d = Doc("인사위원회 회의록")
    d.t("%d년 하반기 승진 심사 인사위원회 회의록" % r.choice([2025, 2026]))
    d.p("위원장: 5급 승진 후보자 3명에 대해 의견 주십시오.",
        "위원 갑: %s 후보는 근무성적은 높으나 작년 민원 처리 지연 건이 있습니다." % a,
        "위원 을: %s 후보는 서열은 낮지만 현안 해결 실적이 뛰어납니다." % b,
        "위원 병: %s 후보는 육아휴직 복귀 직후라 다음 기회가 적절해 보입니다." % c,
        "의결: %s 승진 의결(찬성 %d, 반대 %d)" % (b, r.randint(4, 6), r.randint(0, 2)))
    return out(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "minutes", [("승진 심사 발언·후보자 평가", "본문")], "인사관리(내용)", co=True)


def C_estimated_price(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    base = r.randint(300, 5000) * 1000000
    d = Doc("예정가격 결정 조서")
    d.t("예정가격 결정 조서")
    d.p("건명: %s" % r.choice(["하수관로 정비공사", "청사 리모델링", "스마트 가로등 설치"]), "기초금액: {:,}원".format(base))
    d.tbl([["복수예비가격 번호", "금액(원)"]] + [[str(i + 1), "{:,}".format(int(base * (0.98 + r.random() * 0.04)))] for i in range(4)])
    d.p("예정가격(추첨 결과): {:,}원".format(int(base * (0.99 + r.random() * 0.02))), "개찰 일시: %s 11:00 (개찰 전)" % dt(r, 2026, 12))
    return out(d, "non_public", "none", ["OIDA-9-1-5"], "form", [("개찰 전 예정가격", "본문")], "입찰계약(내용)", co=True)


def C_exam(r):
    o = org(r, r.choice(["edu", "school", "local"]))
    d = Doc("출제 원안")
    d.t("%d학년도 %s 출제 원안 및 채점 기준" % (r.choice([2026, 2027]), r.choice(["2학기 기말고사 국어", "지방공무원 임용 면접", "학력평가 수학"])))
    d.p("1. 다음 글을 읽고 물음에 답하시오. (4점)", "  정답: ③  /  채점 기준: 근거 2개 이상 제시 시 만점",
        "2. 서술형: 주어진 자료의 경향을 설명하시오. (6점)", "  모범 답안: ...", "※ 시험 시행 전 보안 유지, 출제위원 외 열람 금지")
    return out(d, "non_public", "none", ["OIDA-9-1-5"], "exam", [("시행 전 시험 문제·정답", "본문")], "시험(내용)", co=True)


def C_prisoner_transfer(r):
    o = org(r, "corrections")
    rows = [["수용번호", "성명", "죄명", "형기", "이송처"]]
    for _ in range(r.randint(3, 5)):
        rows.append([str(r.randint(100, 9999)), nm(r), r.choice(["사기", "특수절도", "마약류관리법위반", "상해"]), "징역 %d년" % r.randint(1, 8), r.choice(CITY)[:-1] + "교도소"])
    d = Doc("수용자 이송 계획")
    d.t("수용자 이송 계획(%s 시행)" % dt(r))
    d.p("1. 이송 경로 및 호송 차량: %d대, 호송 인원 %d명" % (r.randint(1, 3), r.randint(4, 12)))
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "plan",
               [("수용자 명단·죄명·형기(범죄경력)", "표"), ("이송 경로(교정)", "본문")], "교정(내용)", co=True)


def C_company_cost(r):
    o = org(r, r.choice(["pubent", "ministry"]))
    c = r.choice(COMP)
    informal = r.choice([None, "Confidential", "영업비밀 포함 – 외부 제공 금지"])
    d = Doc("원가 자료")
    if informal:
        d.p(informal)
    d.t("%s 제출 제조원가 명세 및 공정 자료" % c)
    d.tbl([["항목", "금액(천원)", "비율"], ["재료비", money(r, 100000, 900000), "%d%%" % r.randint(40, 60)],
           ["노무비", money(r, 50000, 400000), "%d%%" % r.randint(15, 30)], ["경비(특허 공정 로열티 포함)", money(r, 20000, 200000), "%d%%" % r.randint(5, 20)]])
    d.p("※ 핵심 공정 온도·압력 조건: 별지(업체 영업비밀)")
    cues = [("업체 원가·공정 자료", "표")] + ([(informal, "상단(비공식 표기)")] if informal else [])
    return out(d, "non_public", "none", ["OIDA-9-1-7"], "business_data", cues, "영업비밀(내용)", co=True, flags=["informal_marking"] if informal else [])


def C_dev_site(r):
    o = org(r, r.choice(["local", "province"]))
    d = Doc("도시개발 후보지")
    d.t("%s 신규 택지 후보지 검토(발표 전)" % o.name)
    rows = [["후보지", "면적(㎡)", "현 지목", "평균 공시지가(원/㎡)"]]
    for _ in range(3):
        rows.append([r.choice(DONG) + " 일원", "{:,}".format(r.randint(100000, 900000)), r.choice(["전", "답", "임야"]), "{:,}".format(r.randint(30000, 300000))])
    d.tbl(rows)
    d.p("※ 후보지 정보가 사전에 알려질 경우 투기 및 지가 급등 우려. 발표 시까지 관계자 외 열람 제한.")
    return out(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"], "internal_review", [("발표 전 개발 후보지", "본문/표")], "투기 우려(내용)", co=True)


def C_payroll(r):
    o = org(r, r.choice(["local", "pubent", "school"]))
    rows = [["성명", "주민등록번호", "기본급", "수당", "공제", "실지급액", "계좌"]]
    for _ in range(r.randint(3, 6)):
        b, a = acct(r)
        rows.append([nm(r), rrn(r), money(r, 2000000, 4500000), money(r, 100000, 900000), money(r, 200000, 900000), money(r, 1800000, 4000000), "%s %s" % (b, a)])
    d = Doc("급여 지급 명세")
    d.t("%d년 %d월 %s 급여 지급 명세서" % (r.choice([2025, 2026]), r.randint(1, 11), r.choice(["기간제 근로자", "공무직", "시간선택제"])))
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-24"], "roster", [("주민등록번호 전체·계좌·급여", "표")], "개인정보 명단(내용)", co=True)


def C_welfare_roster(r):
    o = org(r, "local")
    dis = r.random() < 0.5
    rows = [["성명", "생년월일", "주소", "급여 종류"] + (["장애 정도"] if dis else [])]
    for _ in range(r.randint(4, 7)):
        rows.append([nm(r), rrn(r)[:6], home_addr(r), r.choice(["생계", "의료", "주거"])] + ([r.choice(["심한 장애(지체)", "심하지 않은 장애(청각)", "심한 장애(정신)"])] if dis else []))
    d = Doc("수급자 명단")
    d.t("%s 기초생활보장 수급자 현황(%s 기준)" % (r.choice(DONG), dt(r)))
    d.tbl(rows)
    rs = ["OIDA-9-1-6", "PIPA-23"] if dis else ["OIDA-9-1-6"]
    return out(d, "non_public", "none", rs, "roster", [("수급자 명단" + ("·장애 정도" if dis else ""), "표")], "개인정보 명단(내용)", co=True)


def C_ems_log(r):
    o = org(r, "fire")
    n = nm(r)
    d = Doc("구급활동일지")
    d.t("구급활동일지")
    d.tbl([["출동일시", dt(r) + " %02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "구급대", o.name + " %s 119안전센터" % r.choice(DONG)],
           ["환자 성명", n, "성별/나이", "%s/%d" % (r.choice(["남", "여"]), r.randint(3, 90))], ["주소", home_addr(r), "보호자 연락처", phone(r)],
           ["주 증상", r.choice(["흉통", "의식저하", "호흡곤란", "낙상 후 통증"]), "병력", r.choice(["고혈압, 당뇨", "뇌졸중 과거력", "없음"])],
           ["처치", "산소 투여, 심전도 모니터링", "이송 병원", r.choice(["누리대학교병원", "한빛의료원"])]])
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "form", [("환자 성명·증상·병력", "표")], "건강정보(내용)", co=True)


def C_harassment(r):
    o = org(r, r.choice(["local", "pubent", "edu"]))
    a, b = nm(r), nm(r)
    d = Doc("고충 조사 결과")
    d.t("성희롱 고충 사건 조사 결과 보고")
    d.p("1. 신고인: %s(%s)  / 피신고인: %s(%s)" % (a, r.choice(DEPT), b, r.choice(DEPT)), "2. 조사 경과: 신고인·피신고인·참고인 %d명 면담" % r.randint(1, 4),
        "3. 사실관계: %s 회식 자리에서 부적절한 신체 접촉이 있었던 것으로 판단됨" % dt(r), "4. 조치 의견: 고충심의위원회 상정, 분리 조치 유지")
    return out(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "investigation", [("신고인·피신고인 실명·조사 내용", "본문")], "개인·조사(내용)", co=True)


def C_shelter(r):
    o = org(r, r.choice(["local", "ministry"]))
    d = Doc("보호시설 현황")
    d.t("가정폭력 피해자 보호시설 운영 현황")
    d.tbl([["시설명", "소재지", "입소 정원", "현 입소자"], ["%s 쉼터" % r.choice(["해솔", "누리", "가온"]), addr(r), str(r.randint(6, 20)),
                                                       "%s 외 %d명(자녀 동반)" % (nm(r), r.randint(1, 8))]])
    d.p("※ 시설 위치가 가해자에게 알려지면 피해자 안전이 위협받음")
    return out(d, "non_public", "none", ["OIDA-9-1-3", "OIDA-9-1-6"], "report", [("보호시설 소재지·입소자", "표")], "생명·신체(내용)", co=True)


def C_interview_scores(r):
    o = org(r, r.choice(["pubent", "local", "edu"]))
    rows = [["응시번호", "성명", "위원A", "위원B", "위원C", "평균", "결과"]]
    for _ in range(r.randint(4, 6)):
        s = [r.randint(60, 95) for _ in range(3)]
        rows.append([str(r.randint(10000, 99999)), nm(r)] + [str(x) for x in s] + ["%.1f" % (sum(s) / 3.0), r.choice(["합격", "불합격"])])
    d = Doc("면접 평가 집계표")
    d.t("%d년 %s 면접시험 평가 집계표" % (r.choice([2025, 2026]), r.choice(["공무직", "경력경쟁", "신입사원"])))
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "roster", [("응시자 성명·면접 점수", "표")], "시험·인사(내용)", co=True)


def C_diplo_unmarked(r):
    o = org(r, "ministry")
    d = Doc("협상 전략")
    d.t("%s 어업협정 개정 협상 전략(안)" % r.choice(["한-가온국", "한-누리국"]))
    d.p("1. 상대국 의도: 공동수역 확대, 입어 척수 증대", "2. 우리 입장: 입어 척수 동결, 불법 조업 단속 공조 강화 조건 연계",
        "3. 양보 가능선: 입어료 %d%% 인하까지(대외 언급 금지)" % r.randint(5, 20))
    return out(d, "non_public", "none", ["OIDA-9-1-2"], "internal_review", [("외교 협상 전략", "본문")], "외교(내용)", co=True)


def C_unit_deploy(r):
    o = org(r, "military")
    d = Doc("부대 배치 현황")
    d.t("%s 예하 부대 배치 및 경계 근무 편성" % o.name)
    d.tbl([["부대", "위치(좌표)", "병력", "주요 장비"]] + [["제%d대대" % r.randint(1, 9), "%s %06d %06d" % (r.choice(["CF", "DG"]), r.randint(0, 999999), r.randint(0, 999999)),
                                                     "%d명" % r.randint(200, 600), r.choice(["열상감시장비", "대공포", "K-9"])] for _ in range(3)])
    return out(d, "non_public", "none", ["OIDA-9-1-2"], "plan", [("부대 위치 좌표·병력", "표")], "국방(내용)", co=True)


def C_tax_info(r):
    o = org(r, "tax")
    n = nm(r)
    d = Doc("과세 자료")
    d.t("개별 납세자 과세 자료")
    d.tbl([["납세자", n], ["사업자등록번호", "%03d-%02d-%05d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 99999))],
           ["%d년 귀속 종합소득금액" % r.choice([2024, 2025]), money(r, 30000000, 900000000) + "원"], ["체납액", money(r, 0, 90000000) + "원"]])
    d.p("※ 「국세기본법」 제81조의13에 따른 과세정보로서 목적 외 제공 금지")
    return out(d, "non_public", "none", ["OIDA-9-1-1", "OIDA-9-1-6"], "roster", [("과세정보(국세기본법 제81조의13)", "본문")],
               "다른 법률상 비밀(내용)", co=True, flags=["other_law_secrecy"])


def C_school_violence(r):
    o = org(r, "edu")
    a, b = nm(r), nm(r)
    d = Doc("학교폭력대책심의위원회 회의록")
    d.t("학교폭력대책심의위원회 회의록(%s)" % dt(r))
    d.p("사안: %s %d학년 %s(가해 관련 학생)의 %s(피해 관련 학생)에 대한 언어폭력" % (r.choice(CITY)[:-1] + "중학교", r.randint(1, 3), a, b),
        "위원 의견: 사안의 지속성·고의성 보통, 반성 정도 높음", "의결: 제1호(서면사과), 제2호(접촉·협박 금지)",
        "※ 「학교폭력예방 및 대책에 관한 법률」 제21조에 따라 회의는 공개하지 아니함")
    return out(d, "non_public", "none", ["OIDA-9-1-1", "OIDA-9-1-6"], "minutes", [("학교폭력예방법 제21조 비공개 회의", "본문")],
               "다른 법률상 비밀(내용)", co=True, flags=["other_law_secrecy"])


def C_stats_raw(r):
    o = org(r, r.choice(["province", "local"]))
    rows = [["조사구", "가구주", "가구원수", "월평균 소득(만원)", "부채(만원)"]]
    for _ in range(r.randint(4, 6)):
        rows.append([str(r.randint(1000, 9999)), nm(r), str(r.randint(1, 6)), str(r.randint(100, 900)), str(r.randint(0, 30000))])
    d = Doc("조사표 원자료")
    d.t("%s 가구 실태조사 개별 조사표 입력 자료" % o.name)
    d.tbl(rows)
    d.p("※ 「통계법」 제33조에 따라 개별 응답 자료는 비밀로 보호됨")
    return out(d, "non_public", "none", ["OIDA-9-1-1", "OIDA-9-1-6"], "roster", [("통계법 제33조 개별 응답", "본문/표")],
               "다른 법률상 비밀(내용)", co=True, flags=["other_law_secrecy"])


def C_tb_register(r):
    o = org(r, "health")
    rows = [["등록번호", "성명", "나이", "주소", "진단일", "치료 상태"]]
    for _ in range(r.randint(3, 6)):
        rows.append([str(r.randint(100, 999)), nm(r), str(r.randint(20, 88)), home_addr(r), dt(r, style=1), r.choice(["치료 중", "완치", "중단(추적 필요)"])])
    d = Doc("결핵환자 관리대장")
    d.t("%s 결핵환자 등록 관리대장" % o.name)
    d.tbl(rows)
    return out(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "roster", [("결핵 환자 명단", "표")], "건강정보(내용)", co=True)


def C_case_record(r):
    o = org(r, "police")
    n = nm(r)
    d = Doc("사건 기록")
    d.t("범죄 인지 보고")
    d.p("피의자 %s(%d세, %s)" % (n, r.randint(20, 60), home_addr(r)),
        "범죄경력: %s 특수절도 징역 1년 6월(집행유예 2년), %s 폭행 벌금 300만원" % (dt(r, 2019), dt(r, 2022)),
        "범죄 사실: %s %s 소재 편의점에서 현금 %s원 절취" % (dt(r), r.choice(DONG), money(r, 100000, 2000000)),
        "처리 의견: 재범 우려로 구속영장 신청 검토")
    return out(d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "investigation",
               [("피의자·범죄경력", "본문")], "수사+범죄경력(내용)", co=True)


def C_whistleblower(r):
    o = org(r, r.choice(["province", "pubent", "local"]))
    n = nm(r)
    d = Doc("공익신고 접수")
    d.t("공익신고 접수 및 처리 현황(개별)")
    d.tbl([["신고인", n], ["연락처", phone(r)], ["신고 내용", "%s 폐수 무단 방류" % r.choice(COMP)], ["처리", "관계 부서 이첩(%s)" % dt(r)]])
    d.p("※ 신고자의 인적 사항이 노출되지 않도록 관리")
    return out(d, "non_public", "none", ["OIDA-9-1-6"], "form", [("신고인 성명·연락처", "표")], "신고자 신원(내용)", co=True)


# ==================================================================================
# registry, rendering, validation
# ==================================================================================
T3 = ("text", "hwpx", "text", "pdf")
REG = [
    # public
    (P_press_ministry, 5), (P_meeting_notice, 5), (P_edu_training, 3), (P_school_letter, 3), (P_recruit, 3), (P_gosi, 2),
    (P_ipbeop, 2), (P_foi_guide, 4), (P_security_guide, 4), (P_password, 3), (P_personnel, 3), (P_declass, 2),
    (P_cover_letter_secret, 3), (P_audit_summary, 2), (P_expense, 4), (P_contract, 2), (P_audit_result_public, 2),
    (P_festival, 3), (P_agri, 3), (P_maritime, 2), (P_air_quality, 3), (P_vaccination, 3), (P_police_campaign, 2),
    (P_court_coop, 2), (P_military_open, 2), (P_tariff, 3), (P_budget, 3), (P_informal_benign, 2), (P_not_secret_note, 2),
    (P_foi_stats, 2), (P_disaster_sitrep, 3), (P_civil_defense, 3), (P_heritage, 1), (P_police_press_anon, 3),
    (P_public_minutes, 2),
    # partial
    (Q_minwon_result, 4), (Q_award, 3), (Q_committee_minutes, 2), (Q_unit_price, 3), (Q_subsidy, 3), (Q_foi_notice, 3),
    (Q_attendees, 3), (Q_mislabel_rrn, 4), (Q_compensation_rrn, 3), (Q_foreign_worker, 2), (Q_passport, 2),
    (Q_driver_lic, 2), (Q_damages, 2), (Q_admin_disposition, 3), (Q_tech_eval, 2), (Q_case_health, 2), (Q_redevelop, 2),
    (Q_fishery, 2), (Q_trip_report, 2), (Q_commission, 2), (Q_lecture_fee, 2), (Q_part5, 2), (Q_part7, 2),
    (Q_scanned_petition, 2, ("text",)), (Q_scholarship, 2), (Q_audit_disposition, 2),
    # non_public, marked
    (NM_dvb_review, 4), (NM_dvb_facility, 2), (NM_dvb_enforce, 2), (NM_dvb_personnel, 2), (NM_dvb_devplan, 2),
    (NM_dvb_health, 1), (NM_dvb_diplo, 1), (NM_dvb_budget, 2), (NM_III_ops, 3), (NM_III_facility, 2),
    (NM_III_ocr, 2, ("text",)), (NM_II, 3), (NM_II_diplo, 2), (NM_I, 4),
    # non_public, stated field
    (NS_review5, 3), (NS_invest4, 2), (NS_roster6, 2), (NS_facility3, 1),
    # non_public, content only
    (C_discipline, 3), (C_sick_leave, 2), (C_union_dues, 2), (C_emergency_contacts, 2), (C_health_check, 2),
    (C_investigation, 3), (C_audit_qa, 2), (C_policy_review, 3), (C_promotion_minutes, 2), (C_estimated_price, 2),
    (C_exam, 2), (C_prisoner_transfer, 2), (C_company_cost, 2), (C_dev_site, 2), (C_payroll, 2), (C_welfare_roster, 2),
    (C_ems_log, 2), (C_harassment, 1), (C_shelter, 1), (C_interview_scores, 2), (C_diplo_unmarked, 1), (C_unit_deploy, 1),
    (C_tax_info, 1), (C_school_violence, 1), (C_stats_raw, 1), (C_tb_register, 1), (C_case_record, 1), (C_whistleblower, 1),
]

ID_RE = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)|(?<![A-Z0-9])[MS]\d{8}(?!\d)|(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")
PROTECT_RE = re.compile(r"\d{6}-[\d*]{7}|공개|비밀|대외비|여권|면허|외국인등록|예고문|사본")


def all_text(doc):
    return render_text(doc, "tab")


def validate(recs, metas):
    errs = []
    ids = set()
    for rec, meta in zip(recs, metas):
        i = rec["id"]
        if i in ids:
            errs.append("dup id " + i)
        ids.add(i)
        d, m, rs = rec["disclosure"], rec["marking"], rec["reasons"]
        if d not in DISCLOSURE:
            errs.append(i + " disclosure")
        if m not in MARKINGS:
            errs.append(i + " marking")
        if any(x not in REASONS for x in rs) or rs != sorted(set(rs), key=REASONS.index):
            errs.append(i + " reasons not canonical")
        if (d == "public") != (len(rs) == 0):
            errs.append(i + " public<=>no reasons")
        if m in ("III급", "II급", "I급") and (d != "non_public" or "OIDA-9-1-1" not in rs or len(rs) < 2):
            errs.append(i + " secret => non_public + OIDA-9-1-1 + content reason")
        if m == "대외비" and (d != "non_public" or "OIDA-9-1-1" in rs):
            errs.append(i + " 대외비 => non_public without OIDA-9-1-1")
        if meta["mention_only"] and (m != "none" or d != "public"):
            errs.append(i + " mention-only must be public/none")
        txt = meta["_plain"]
        has_id = bool(ID_RE.search(txt))
        if ("PIPA-24" in rs) != has_id:
            errs.append(i + " PIPA-24 vs unmasked id in text (%s)" % has_id)
        if m != "none" and meta["format"] != "text" or (m != "none" and "ocr_in_marking" not in meta["noise"]):
            pass
        if "file" in rec:
            p = os.path.join(HERE, rec["file"])
            with open(p, "rb") as f:
                head = f.read(80)
            if rec["file"].endswith(".hwpx"):
                with zipfile.ZipFile(p) as z:
                    infos = z.infolist()
                    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or \
                            z.read("mimetype") != b"application/hwp+zip":
                        errs.append(i + " hwpx mimetype")
                    names = [x.filename for x in infos]
                    for need in ("version.xml", "META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml",
                                 "Contents/section0.xml", "Preview/PrvText.txt"):
                        if need not in names:
                            errs.append(i + " hwpx missing " + need)
                if head[30:38] != b"mimetype" or head[38:57] != b"application/hwp+zip":
                    errs.append(i + " hwpx raw header")
            elif not head.startswith(b"%PDF-"):
                errs.append(i + " pdf header")
    n = len(recs)
    cnt = lambda k, v: sum(1 for x in recs if x[k] == v)
    nfile = sum(1 for x in recs if "file" in x)
    if n < 220:
        errs.append("too few records")
    if nfile < 80:
        errs.append("too few files")
    if cnt("marking", "대외비") < 12 or any(cnt("marking", g) < 3 for g in ("III급", "II급", "I급")):
        errs.append("marking minimums")
    npub = [m for r_, m in zip(recs, metas) if r_["disclosure"] == "non_public"]
    co = sum(1 for m in npub if m["content_only"])
    if co * 2 < len(npub):
        errs.append("content-only < half of non_public")
    if len(set(m["template"] for m in metas)) < 70:
        errs.append("fewer than 70 templates")
    return errs


def main():
    os.makedirs(FILES, exist_ok=True)
    for fn in sorted(os.listdir(FILES)):
        os.remove(os.path.join(FILES, fn))
    jobs = []
    for ti, ent in enumerate(REG):
        fn, count = ent[0], ent[1]
        fmts = ent[2] if len(ent) > 2 else T3
        for k in range(count):
            jobs.append((fn, k, fmts[(k + ti) % len(fmts)]))
    order = R("order")
    order.shuffle(jobs)
    recs, metas = [], []
    for n, (fn, k, fmt) in enumerate(jobs, 1):
        rid = "sn-%04d" % n
        tname = fn.__name__
        r = R("%s#%d" % (tname, k))
        res = fn(r)
        doc = res["doc"]
        g = getattr(doc, "gongae", None)
        if g:
            for c in res["cues"]:
                if c["cue"] == g:
                    c["where"] = doc.gwhere
        noise = list(res["noise"])
        rn = R(rid + "|noise")
        rec = {"id": rid}
        plain = all_text(doc)
        if fmt == "text":
            style = rn.choice(["tab", "tab", "box", "pipe", "space"])
            if any(b[0] == "table" and b[1] and b[1][0] and b[1][0][0].startswith("분류기호") for b in doc.blocks):
                style = "box"
            txt = render_text(doc, style)
            if style != "tab" and any(b[0] == "table" for b in doc.blocks):
                noise.append(style + "_table")
            protect = [c["cue"] for c in res["cues"]]
            if "ocr" in noise or rn.random() < 0.18:
                txt = ocr_noise(txt, rn, protect + [m.group(0) for m in PROTECT_RE.finditer(txt)])
                if "ocr" not in noise:
                    noise.append("ocr")
            if rn.random() < 0.1:
                txt = runon(txt, rn)
                noise.append("runon")
            rec["text"] = txt
            plain = txt
        elif fmt == "hwpx":
            rel = "files/%s.hwpx" % rid
            write_hwpx(doc, os.path.join(HERE, rel))
            rec["file"] = rel
        else:
            rel = "files/%s.pdf" % rid
            write_pdf(doc, os.path.join(HERE, rel), serif=rn.random() < 0.3)
            rec["file"] = rel
        rec.update({"disclosure": res["disclosure"], "marking": res["marking"],
                    "reasons": sorted(res["reasons"], key=REASONS.index), "genre": res["genre"]})
        meta = {"id": rid, "template": tname, "format": fmt, "cues": res["cues"], "deciding_cue": res["deciding_cue"],
                "content_only": res["content_only"], "mention_only": res["mention_only"], "noise": noise,
                "flags": res["flags"], "_plain": plain}
        recs.append(rec)
        metas.append(meta)
    errs = validate(recs, metas)
    if errs:
        print("\n".join(errs[:50]))
        sys.exit(1)
    with open(os.path.join(HERE, "sens_n.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_n.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            m = dict(m)
            del m["_plain"]
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    paths = ["sens_n.jsonl", "sens_n.meta.jsonl"] + ["files/" + x for x in sorted(os.listdir(FILES))]
    with open(os.path.join(HERE, "MD5SUMS"), "w") as f:
        for p in paths:
            with open(os.path.join(HERE, p), "rb") as g:
                f.write("%s  %s\n" % (hashlib.md5(g.read()).hexdigest(), p))
    # summary
    from collections import Counter
    print("records", len(recs), "files", sum(1 for x in recs if "file" in x))
    print("disclosure", sorted(Counter(x["disclosure"] for x in recs).items()))
    print("marking", sorted(Counter(x["marking"] for x in recs).items()))
    print("format", sorted(Counter(m["format"] for m in metas).items()))
    print("reasons", sorted(Counter(y for x in recs for y in x["reasons"]).items(), key=lambda t: REASONS.index(t[0])))
    print("templates", len(set(m["template"] for m in metas)))
    npub = [m for x, m in zip(recs, metas) if x["disclosure"] == "non_public"]
    print("non_public content_only", sum(m["content_only"] for m in npub), "/", len(npub))
    print("mention_only", sum(m["mention_only"] for m in metas))


if __name__ == "__main__":
    main()
