#!/usr/bin/env python3
"""sens_aj: independent evaluation set for Korean public-sector document sensitivity.

Deterministic: every random choice comes from random.Random("sens_aj-2026|<template>|<variant>...")
string seeds, so output does not depend on PYTHONHASHSEED. Zip members use fixed timestamps and
reportlab runs with invariant=1.

usage: python make_set.py [OUTDIR]              write the set (default: folder of this script)
       python make_set.py --validate [OUTDIR]   re-open and check every output (needs pypdf)
"""
import io, json, os, random, sys, zipfile
from xml.sax.saxutils import escape

_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
OUT = os.path.abspath(_ARGS[0]) if _ARGS else os.path.dirname(os.path.abspath(__file__))
FONT_PATH = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
ZIP_TIME = (2026, 1, 5, 9, 0, 0)


def R(*parts):
    return random.Random("sens_aj-2026|" + "|".join(str(p) for p in parts))

# ---------------------------------------------------------------- invented pools
SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
        "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남궁", "황보", "선우", "제갈"]
GIVEN = ["민", "서", "준", "지", "현", "우", "윤", "하", "도", "예", "수", "가", "은", "채", "태", "승", "유",
         "온", "솔", "결", "담", "린", "혁", "빈", "율", "경", "나", "설", "찬", "호", "규", "별"]
SIDO = ["가온특별시", "한누리도", "미르광역시", "청람도", "새솔특별자치도", "다래광역시"]
SIGUNGU = ["누리구", "별빛구", "솔내시", "다온군", "하람시", "여울구", "가람군", "모래내시"]
ROADS = ["한별로", "누리대로", "솔빛길", "가람로", "물안개로", "은행나무길", "새벽별로", "단풍로"]
MINISTRIES = ["대외협력부", "국가방위부", "통일협력부", "통상교섭처", "행정혁신부", "보건안전부", "교육혁신부", "국토미래부"]
BANKS = ["누리은행", "한결은행", "가온저축은행", "미르농협", "청람신협"]
COMPANIES = ["(주)한빛엔지니어링", "(주)솔내정보기술", "누리건설(주)", "(주)다온시스템", "가람산업(주)",
             "(주)여울테크", "(주)별빛소방", "청람환경(주)", "(주)모래내디자인", "(주)하람보안"]


def name(r):
    return r.choice(SURN) + r.choice(GIVEN) + r.choice(GIVEN)


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def office_tel(r):
    return "0%d-%03d-%04d" % (r.choice([31, 32, 33, 41, 42, 43, 51, 52, 53, 61, 62, 63, 64]), r.randint(200, 999), r.randint(0, 9999))


def addr(r):
    return "%s %s %s %d" % (r.choice(SIDO), r.choice(SIGUNGU), r.choice(ROADS), r.randint(3, 480))


def home_addr(r):
    return addr(r) + ", %d동 %d호" % (r.randint(101, 115), r.randint(101, 1804))


def rrn(r, masked=False):
    y = r.randint(1958, 2003); m = r.randint(1, 12); d = r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    front = "%02d%02d%02d" % (y % 100, m, d)
    if masked:
        return "%s-%d******" % (front, g)
    body = front + str(g) + "".join(str(r.randint(0, 9)) for _ in range(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(int(c) * k for c, k in zip(body, w)) % 11) % 10
    return "%s-%s%d" % (front, body[6:], chk)


def acct(r):
    return "%03d-%06d-%02d-%03d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(10, 99), r.randint(0, 999))


def ymd(r, y0=2024, y1=2026):
    return "%d. %d. %d." % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def won(r, lo, hi, step=10000):
    return "{:,}원".format(r.randrange(lo, hi, step))


def docno(r, dept):
    return "%s-%d" % (dept, r.randint(100, 9999))

# ---------------------------------------------------------------- document model
# doc = {"title", "header", "footer", "boxes": [str], "blocks": [("p", str, opts) | ("table", rows, opts)]}
# opts: {"cue": True} protects a block from OCR noise; {"bold": True}; {"center": True}


def P(s, **o):
    return ("p", s, o)


def T(rows, **o):
    return ("table", rows, o)


def gongmun(r, org, recv, title, body, attach=(), sender=None, dept="총무과", disclosure_field=None,
            staff=None, extra_tail=(), lead=None):
    """공문 (두문/본문/결문) following the 행정업무 운영 규정 시행규칙 layout."""
    blocks = []
    if lead:
        blocks.append(P(lead, cue=True))
    blocks.append(P(org, center=True, bold=True))
    blocks.append(P("수신  " + recv))
    blocks.append(P("(경유)"))
    blocks.append(P("제목  " + title, bold=True))
    for b in body:
        blocks.append(b if isinstance(b, tuple) else P(b))
    if attach:
        for i, a in enumerate(attach):
            pre = "붙임  " if i == 0 else "      "
            tail = "  끝." if i == len(attach) - 1 else ""
            blocks.append(P("%s%d. %s 1부.%s" % (pre, i + 1, a, tail)))
    else:
        blocks.append(P("끝."))
    blocks.append(P((sender or (org + "장")) + "  (직인생략)", center=True, bold=True))
    staff = staff or [("주무관", name(r)), ("팀장", name(r)), ("과장", name(r))]
    blocks.append(P("기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (staff[0][0], staff[0][1], staff[1][0], staff[1][1], staff[2][0], staff[2][1])))
    blocks.append(P("협조자"))
    blocks.append(P("시행 %s (%s)   접수" % (docno(r, dept), ymd(r, 2025, 2026))))
    blocks.append(P("우 %05d %s / www.%s.go.kr" % (r.randint(10000, 63999), addr(r), r.choice(["gaon", "nuri", "mir", "cheongram", "saesol"]))))
    tail = "전화 %s  전송 %s / %s@%s.go.kr" % (office_tel(r), office_tel(r), r.choice(["kim", "lee", "park", "jung", "han", "seo"]) + str(r.randint(10, 99)), r.choice(["gaon", "nuri", "mir"]))
    if disclosure_field:
        tail += " / " + disclosure_field
    blocks.append(P(tail, cue=bool(disclosure_field)))
    for e in extra_tail:
        blocks.append(e if isinstance(e, tuple) else P(e))
    return blocks


def to_text(doc):
    out = []
    if doc.get("header"):
        out.append(doc["header"])
    for b in doc.get("boxes", []):
        out.append(b)
    for kind, v, o in doc["blocks"]:
        if kind == "p":
            out.append(v)
        else:
            for row in v:
                out.append(" | ".join(c.replace("\n", " ") for c in row))
    if doc.get("footer"):
        out.append(doc["footer"])
    return "\n".join(out)

# ---------------------------------------------------------------- OCR noise
OCR_SUBS = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "·": [".", ","], "ㆍ": [".", "·"],
            "-": ["~", "ㅡ"], "과": ["괴"], "는": ["늗"], "의": ["익"], "을": ["울"], "한": ["헌"], "다": ["디"], "(": ["C"], ")": [")"]}


def ocr_line(s, r, rate=0.04):
    out = []
    for ch in s:
        x = r.random()
        if ch in OCR_SUBS and x < rate:
            out.append(r.choice(OCR_SUBS[ch]))
        elif "가" <= ch <= "힣" and x < rate * 0.6:
            out.append(ch + " ")
        elif ch == " " and x < rate * 0.5:
            continue
        else:
            out.append(ch)
    return "".join(out)


def apply_ocr(doc, r):
    d = dict(doc)
    nb = []
    for kind, v, o in doc["blocks"]:
        if o.get("cue"):
            nb.append((kind, v, o))
        elif kind == "p":
            nb.append(("p", ocr_line(v, r), o))
        else:
            nb.append(("table", [[ocr_line(c, r) for c in row] for row in v], o))
    d["blocks"] = nb
    return d

# ---------------------------------------------------------------- HWPX writer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
      'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')


def _border(i, solid):
    t = "SOLID" if solid else "NONE"
    return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
            '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
            '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
            '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
            '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>') % (i, t, t, t, t)


def _charpr(i, height, color, bold):
    return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
            '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
            '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
            '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
            '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
            '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
            '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
            '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>') % (
        i, height, color, "<hh:bold/>" if bold else "")


def _parapr(i, align):
    return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
            '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
            '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
            '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
            '<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
            '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
            '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>') % (i, align)


def header_xml():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    faces = "".join('<hh:fontface lang="%s" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0">'
                    '<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="4" contrast="0" strokeVariation="1" armStyle="1" letterform="1" midline="1" xHeight="1"/>'
                    '</hh:font></hh:fontface>' % l for l in langs)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            '<hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="3">%s%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="4">%s%s%s%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="3">%s%s%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="56"/></hh:head>') % (
        NS, faces, _border(1, False), _border(2, True), _border(3, True),
        _charpr(0, 1000, "#000000", False), _charpr(1, 1000, "#000000", True), _charpr(2, 1400, "#C00000", True),
        _charpr(3, 900, "#000000", False),
        _parapr(0, "JUSTIFY"), _parapr(1, "CENTER"), _parapr(2, "RIGHT"))


class HwpxSec:
    def __init__(self):
        self.pid = 1000
        self.oid = 5000

    def nid(self):
        self.oid += 1
        return self.oid

    def t(self, s):
        # line breaks inside one paragraph become <hp:lineBreak/> as Hancom writes them
        parts = [escape(x) for x in s.split("\n")]
        return "<hp:t>" + "<hp:lineBreak/>".join(parts) + "</hp:t>"

    def p(self, s, para=0, char=0, inner_before=""):
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="%d">%s%s</hp:run><hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" baseline="850" spacing="600" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray></hp:p>') % (
            self.pid, para, char, inner_before, self.t(s) if s is not None else "<hp:t/>")

    def sublist(self, lines, valign="TOP", width=42520, height=0, para=0, char=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>') % (
            valign, width, height, "".join(self.p(l, para, char) for l in lines))

    def headfoot(self, tag, text, para):
        return '<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>' % (
            tag, self.nid(), self.sublist(text.split("\n"), "TOP" if tag == "header" else "BOTTOM", 42520, 4252, para, 3 if tag == "footer" else 1), tag)

    def table(self, rows):
        nr, nc = len(rows), max(len(x) for x in rows)
        cw = 42520 // nc
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(nc):
                txt = row[ci] if ci < len(row) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1282"/>'
                           '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (
                               1 if ri == 0 else 0, self.sublist(txt.split("\n"), "CENTER", 0, 0, 0, 1 if ri == 0 else 0), ci, ri, cw))
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
               '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>') % (
            self.nid(), nr, nc, 1282 * nr, "".join(trs))
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>') % (self.pid, tbl)

    def textbox(self, text, idx):
        w, h = max(9000, 1100 * max(len(x) for x in text.split("\n")) + 2000), 3200
        return ('<hp:rect id="%d" zOrder="%d" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
                '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/><hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="%d" horzOffset="2000"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>') % (
            self.nid(), idx + 1, self.nid(), w, h, w // 2, h // 2, w, self.sublist(text.split("\n"), "CENTER", w, h, 1, 2),
            w, w, h, h, w, h, 1500 + 3600 * idx)


def section_xml(doc):
    s = HwpxSec()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
             '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>'
             '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER"><hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>'
             '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    ctrls = ""
    if doc.get("header"):
        ctrls += s.headfoot("header", doc["header"], 2 if doc.get("header_align") == "right" else 1)
    if doc.get("footer"):
        ctrls += s.headfoot("footer", doc["footer"], 1)
    boxes = "".join(s.textbox(b, i) for i, b in enumerate(doc.get("boxes", [])))
    body = [s.p(None, 0, 0, secpr + ctrls + boxes)]
    for kind, v, o in doc["blocks"]:
        if kind == "p":
            body.append(s.p(v, 1 if o.get("center") else (2 if o.get("right") else 0), 1 if o.get("bold") else 0))
        else:
            body.append(s.table(v))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(body))


def write_hwpx(path, doc):
    title = escape(doc["title"])
    files = [
        ("mimetype", "application/hwp+zip", zipfile.ZIP_STORED),
        ("version.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 3030 WIN32LEWindows_10"/>', zipfile.ZIP_STORED),
        ("Contents/header.xml", header_xml(), zipfile.ZIP_DEFLATED),
        ("Contents/section0.xml", section_xml(doc), zipfile.ZIP_DEFLATED),
        ("Preview/PrvText.txt", to_text(doc)[:1000], zipfile.ZIP_DEFLATED),
        ("settings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>', zipfile.ZIP_DEFLATED),
        ("META-INF/container.rdf", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/header.xml"/></rdf:Description><rdf:Description rdf:about="Contents/header.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#HeaderFile"/></rdf:Description><rdf:Description rdf:about=""><ns0:hasPart xmlns:ns0="http://www.hancom.co.kr/hwpml/2016/meta/pkg#" rdf:resource="Contents/section0.xml"/></rdf:Description><rdf:Description rdf:about="Contents/section0.xml"><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#SectionFile"/></rdf:Description><rdf:Description rdf:about=""><rdf:type rdf:resource="http://www.hancom.co.kr/hwpml/2016/meta/pkg#Document"/></rdf:Description></rdf:RDF>', zipfile.ZIP_DEFLATED),
        ("Contents/content.hpf", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_aj</opf:meta><opf:meta name="CreatedDate" content="text">2026-01-05T09:00:00Z</opf:meta></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>' % (NS, title), zipfile.ZIP_DEFLATED),
        ("META-INF/container.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/><ocf:rootfile full-path="META-INF/container.rdf" media-type="application/rdf+xml"/></ocf:rootfiles></ocf:container>', zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>', zipfile.ZIP_DEFLATED),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for n, data, comp in files:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(bio.getvalue())

# ---------------------------------------------------------------- PDF writer
_PDF_READY = []


def pdf_init():
    if _PDF_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NG", FONT_PATH))
    pdfmetrics.registerFont(TTFont("NGB", FONT_BOLD))
    _PDF_READY.append(1)


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if stringWidth(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def write_pdf(path, doc, scan=False, seed=""):
    pdf_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    r = R("pdfnoise", seed)
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc["title"])
    c.setAuthor("sens_aj")
    left, right, top, bottom = 60, W - 60, H - 70, 70
    state = {"y": top, "page": 1}

    def decorate():
        if scan:
            c.saveState()
            c.setFillGray(0.93)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillGray(0.55)
            for _ in range(160):
                c.circle(r.uniform(0, W), r.uniform(0, H), r.uniform(0.2, 1.1), stroke=0, fill=1)
            c.restoreState()
            c.translate(r.uniform(-4, 4), r.uniform(-4, 4))
            c.rotate(r.uniform(-0.8, 0.8))
        c.setFillGray(0)
        if doc.get("header"):
            c.setFont("NGB", 10)
            for i, ln in enumerate(doc["header"].split("\n")):
                if doc.get("header_align") == "right":
                    c.drawRightString(right, H - 40 - 12 * i, ln)
                else:
                    c.drawCentredString(W / 2, H - 40 - 12 * i, ln)
        if doc.get("footer"):
            c.setFont("NG", 8.5)
            for i, ln in enumerate(doc["footer"].split("\n")):
                c.drawCentredString(W / 2, 40 - 11 * i, ln)
        if state["page"] == 1:
            for bi, b in enumerate(doc.get("boxes", [])):
                lines = b.split("\n")
                from reportlab.pdfbase.pdfmetrics import stringWidth
                bw, bh = max(110, max(stringWidth(x, "NGB", 11) for x in lines) + 24), 16 * len(lines) + 10
                x0, y0 = right - bw, H - 110 - bi * (bh + 8) - bh
                c.saveState()
                c.setStrokeColorRGB(0.75, 0, 0)
                c.setFillColorRGB(0.75, 0, 0)
                c.setLineWidth(1.5)
                c.rect(x0, y0, bw, bh, stroke=1, fill=0)
                c.setFont("NGB", 11)
                for i, ln in enumerate(lines):
                    c.drawCentredString(x0 + bw / 2, y0 + bh - 18 - 16 * i, ln)
                c.restoreState()

    def newline(h):
        if state["y"] - h < bottom:
            c.showPage()
            state["page"] += 1
            state["y"] = top
            decorate()
        state["y"] -= h

    decorate()
    box_h = sum(16 * len(b.split("\n")) + 18 for b in doc.get("boxes", []))
    width = right - left - (215 if box_h else 0)
    for kind, v, o in doc["blocks"]:
        if kind == "p":
            font = "NGB" if o.get("bold") else "NG"
            size = 12 if o.get("center") and o.get("bold") else 10
            w_eff = width if (top - state["y"] < box_h + 40 and state["page"] == 1) else right - left
            for ln in wrap(v, font, size, w_eff):
                newline(size + 5)
                c.setFont(font, size)
                c.setFillGray(0.12 if scan else 0)
                if o.get("center"):
                    c.drawCentredString((left + right) / 2, state["y"], ln)
                elif o.get("right"):
                    c.drawRightString(right, state["y"], ln)
                else:
                    c.drawString(left, state["y"], ln)
        else:
            nc = max(len(x) for x in v)
            cw = (right - left) / nc
            for ri, row in enumerate(v):
                cells = [wrap(row[ci] if ci < len(row) else "", "NGB" if ri == 0 else "NG", 8.5, cw - 6) for ci in range(nc)]
                rh = 11 * max(len(x) for x in cells) + 6
                newline(rh)
                y0 = state["y"]
                for ci in range(nc):
                    c.rect(left + ci * cw, y0, cw, rh, stroke=1, fill=0)
                    c.setFont("NGB" if ri == 0 else "NG", 8.5)
                    for li, ln in enumerate(cells[ci]):
                        c.drawString(left + ci * cw + 3, y0 + rh - 11 - 11 * li, ln)
            newline(6)
    c.showPage()
    c.save()

# ---------------------------------------------------------------- stamps and cues
def daeoebi_form(r):
    d = "%d. 12. 31." % r.randint(2026, 2029)
    return r.choice(["대외비", "대 외 비", "[대외비]", "《대외비》", d + "까지 대외비", "대외비(보호기간: " + d + "까지)", "보안등급: 대외비"])


SECRET_FORMS = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀"],
                "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
                "I급": ["Ⅰ급비밀", "비밀(Ⅰ급)", "I급 비밀", "1급 비밀"]}
OCR_STAMP = {"대외비": ["대 외 ㅂl", "대외 비", "[대외비", "대오l비", "《대외비"],
             "III급": ["IlI급 비밀", "lll급비밀", "Ⅲ급 비 믿", "비밀(III 급"],
             "II급": ["II급 비 밀", "Il급비밀", "비밀(Ⅱ 급", "ll급 비밀"],
             "I급": ["I 급 비 밀", "l급비밀", "비밀(Ⅰ 급"]}


def dstamp(d, r, fmt):
    """Place a 대외비 stamp; on PDFs sometimes as an OCR-broken scan stamp."""
    s = daeoebi_form(r)
    slot = slot_for(r, fmt)
    kind = "stamp"
    if fmt == "pdf" and r.random() < 0.4:
        s = r.choice(OCR_STAMP["대외비"]); d["force_scan"] = True; kind = "stamp_ocr_broken"
    place(d, s, slot)
    d.update(cue_kind=kind, cue_slot=slot, cue_text=s)
    return d


def secret_form(r, level):
    return r.choice(SECRET_FORMS[level])


def yegomun(r, level):
    y = r.randint(2027, 2031)
    lv = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[level]
    return r.choice(["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (y, lv),
                     "예고문 : %d. 6. 30. 이후 %s에서 대외비로 재분류" % (y, lv),
                     "예고문: %d. 12. 31. 파기" % y])


def place(doc, text, slot):
    """Put a stamp into a slot of the document model."""
    if slot == "header":
        doc["header"] = text if not doc.get("header") else text + "\n" + doc["header"]
    elif slot == "footer":
        doc["footer"] = text if not doc.get("footer") else doc["footer"] + "\n" + text
    elif slot == "header+footer":
        place(doc, text, "header"); place(doc, text, "footer")
    elif slot == "textbox":
        doc.setdefault("boxes", []).append(text)
    elif slot == "first_line":
        doc["blocks"].insert(0, P(text, center=True, bold=True, cue=True))
    elif slot == "last_line":
        doc["blocks"].append(P(text, center=True, bold=True, cue=True))
    elif slot == "first+last_line":
        place(doc, text, "first_line"); place(doc, text, "last_line")
    return doc


def slot_for(r, fmt, allow_box=True):
    opts = ["header", "footer", "header+footer", "first_line", "last_line", "first+last_line"]
    if fmt != "text" and allow_box:
        opts += ["textbox", "textbox"]
    return r.choice(opts)


def pubfield(r, kind, nums=()):
    """공개구분 field as printed (행정업무규정 시행규칙 서식: 공개/부분공개(호)/비공개(호))."""
    n = ",".join(str(x) for x in nums)
    if kind == "public":
        return r.choice(["공개", "공개구분: 공개", "공개 구분 : 공개"])
    if kind == "partial":
        return r.choice(["부분공개(%s)" % n, "공개구분: 부분공개(%s)" % n, "부분공개( %s )" % n,
                         "부분공개(제9조제1항제%s호)" % n.replace(",", "·")])
    return r.choice(["비공개(%s)" % n, "공개구분: 비공개(%s)" % n, "비공개(제9조 제1항 제%s호)" % n.replace(",", "·"), "비공개( %s )" % n])


def base(title, genre, org_type, blocks, **kw):
    d = {"title": title, "genre": genre, "org_type": org_type, "blocks": blocks, "header": None, "footer": None,
         "boxes": [], "flags": [], "cue_kind": "content_only", "cue_slot": "none", "cue_text": "", "why": ""}
    d.update(kw)
    return d


def label(d, disclosure, marking, reasons, why):
    order = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
    d["disclosure"], d["marking"] = disclosure, marking
    d["reasons"] = [x for x in order if x in reasons]
    d["why"] = why
    return d


def edu_office(r):
    return r.choice(SIDO) + "교육청"


def school(r):
    return r.choice(["가온", "누리", "솔빛", "하람", "여울", "다온", "별내", "새솔"]) + r.choice(["초등학교", "중학교", "고등학교"])


def police(r):
    return r.choice(["가온", "미르", "청람", "솔내", "하람", "여울"]) + r.choice(["동부", "서부", "남부", "북부", "중부"]) + "경찰서"


def fire(r):
    return r.choice(["가온", "미르", "청람", "솔내", "하람", "여울"]) + r.choice(["", "동부", "서부"]) + "소방서"


def health_center(r):
    return r.choice(SIGUNGU) + " 보건소"


def hospital(r):
    return r.choice(["가온", "미르", "청람", "한누리"]) + r.choice(["의료원", "시립병원", "공공의료원"])


def council(r):
    return r.choice(SIDO + [x[:-1] + "의회" for x in SIGUNGU])[:20] + ("의회" if not r.random() < 0.0 else "")


def council_name(r):
    return r.choice([s + "의회" for s in SIDO] + [s + "의회" for s in SIGUNGU])


def corp(r):
    return r.choice(["한국누리공사", "가온도시공사", "미르환경공단", "청람시설관리공단", "국가기록보존공단", "한결에너지공사", "새솔교통공사"])


def research(r):
    return r.choice(["국가정책미래연구원", "한누리행정연구원", "가온교육정책연구소", "미래안보전략연구원", "지역발전연구원"])


def ministry(r):
    return r.choice(MINISTRIES)

# ================================================================ PUBLIC templates
def t_library_museum(i, r, fmt):
    if i % 2 == 0:
        org = r.choice(["가온시립", "누리구립", "청람도립", "미르시립"]) + r.choice(["중앙도서관", "별빛도서관", "어린이도서관"])
        title = "%s %d년 %s 운영 안내" % (org, r.randint(2025, 2026), r.choice(["여름방학 독서교실", "야간 개관", "북스타트", "작은도서관 순회문고"]))
        bl = [P(title, center=True, bold=True), P("□ 운영 기간: %s ~ %s" % (ymd(r), ymd(r))),
              P("□ 장소: %s 2층 %s" % (org, r.choice(["세미나실", "어린이자료실", "다목적강당"]))),
              P("□ 대상: 관내 초등학생 및 보호자 %d명(선착순)" % r.choice([20, 30, 40])),
              T([["구분", "일시", "내용", "강사"], ["1회", ymd(r), "그림책 함께 읽기", "%s 작가" % name(r)],
                 ["2회", ymd(r), "나만의 책 만들기", "%s 사서" % name(r)]]),
              P("□ 신청 방법: 도서관 누리집 → 참여마당 → 프로그램 신청"),
              P("□ 문의: %s 열람봉사팀 (대표전화 1588-%04d)" % (org, r.randint(0, 9999))),
              P("※ 개인정보는 프로그램 운영 목적으로만 이용하며 종료 후 즉시 파기합니다.")]
        g = "안내문(도서관)"
    else:
        org = r.choice(["가온시립박물관", "청람도립민속박물관", "미르역사관", "한누리근대사박물관"])
        title = "%s 특별전 「%s」 개최 안내" % (org, r.choice(["바다를 건넌 도자기", "옛 지도 속 우리 고장", "근대 학교의 풍경", "기록으로 본 마을 100년"]))
        bl = [P(title, center=True, bold=True), P("1. 전시 기간: %s ~ %s (매주 월요일 휴관)" % (ymd(r), ymd(r))),
              P("2. 전시 장소: 기획전시실 1·2"), P("3. 관람료: 무료"),
              P("4. 주요 전시품: 유물 %d점(도 지정 문화유산 %d점 포함)" % (r.randint(80, 240), r.randint(1, 6))),
              P("5. 연계 행사: 큐레이터와의 대화(매주 토 14:00), 어린이 체험 교실"),
              P("6. 문의: 학예연구실 학예연구사 %s (%s)" % (name(r), office_tel(r))),
              P("관람객 안전을 위해 전시실 내 CCTV가 운영되고 있습니다.")]
        g = "안내문(박물관)"
    d = base(title, g, "공공도서관·박물관", bl)
    if i % 3 == 0:
        f = pubfield(r, "public"); d["footer"] = f; d.update(cue_kind="stated_field", cue_slot="footer", cue_text=f)
    d["flags"].append("hard_negative" if "CCTV" in to_text(d) else "plain_public")
    return label(d, "public", "none", [], "Public notice; only officials in role and institution contacts (9-1-6 라목).")


def t_press_release(i, r, fmt):
    kinds = [
        (police(r), "보이스피싱 피해 예방 집중 홍보 기간 운영", "경찰서 보도자료"),
        (fire(r), "겨울철 화재 예방 안전대책 추진", "소방서 보도자료"),
        (health_center(r), "어르신 대상 독감 무료 예방접종 실시", "보건소 보도자료"),
        (edu_office(r), "%d학년도 중등교사 임용시험 최종 합격자 발표" % r.randint(2026, 2027), "교육청 보도자료"),
        (ministry(r), "%s 결과 발표" % r.choice(["정책 연구용역 평가", "규제 개선 과제 선정", "공공기관 보안 실태 점검"]), "중앙부처 보도자료"),
        (corp(r), "이사회 의결에 따른 %d년도 경영목표 공개" % r.randint(2025, 2026), "공기업 보도자료"),
    ]
    org, head, g = kinds[i % len(kinds)]
    chief, staff, who = name(r), name(r), name(r)
    bl = [P("보 도 자 료", center=True, bold=True), P("보도 일시: %s 배포 즉시" % ymd(r)), P(head, center=True, bold=True),
          P("- %s(%s %s)은 %s 밝혔다." % (org, r.choice(["서장", "원장", "교육감", "장관", "사장", "소장"]), name(r),
                                        r.choice(["관련 기관과 함께 대책을 추진한다고", "결과를 누리집에 공개한다고", "주민 참여를 당부한다고"]))),
          P("- 이번 조치는 지난해 관련 %s 건수가 %d건으로 전년 대비 %d%% 증가한 데 따른 것이다." % (r.choice(["피해", "신고", "민원"]), r.randint(40, 900), r.randint(3, 40))),
          P("- %s 담당 %s 과장은 \"%s\"라고 말했다." % (org, name(r), r.choice(["시민의 관심과 협조가 가장 중요하다", "투명하게 결과를 공개하겠다", "현장 점검을 계속하겠다"])))]
    if "합격자" in head:
        bl.append(P("- 최종 합격자는 수험번호로만 누리집에 게시하며, 개인별 성적은 본인 확인 후 조회할 수 있다."))
    if "보안 실태" in head:
        bl.append(P("- 점검 결과 대외비 문서 관리 미흡 %d건, 비밀 관리기록부 기재 누락 %d건 등이 확인되어 시정 조치하였다." % (r.randint(2, 20), r.randint(1, 9))))
    bl.append(T([["담당 부서", "책임자", "담당자"], ["%s %s" % (org, r.choice(["홍보팀", "기획팀", "대변인실"])), "팀장 %s (%s)" % (chief, office_tel(r)), "주무관 %s (%s)" % (staff, office_tel(r))]]))
    d = base(head, g, "보도자료", bl)
    if i % 4 == 1:
        f = pubfield(r, "public"); place(d, f, "last_line"); d.update(cue_kind="stated_field", cue_slot="last_line", cue_text=f)
    d["flags"].append("officials_in_role")
    if "보안 실태" in head:
        d["flags"].append("mention_only_marking")
    return label(d, "public", "none", [], "보도자료 naming officials acting in office (9-1-6 라목); mentions of 대외비/비밀 are not markings.")


def t_statistics(i, r, fmt):
    org = r.choice([ministry(r), edu_office(r), r.choice(SIDO), corp(r)])
    y = r.randint(2024, 2025)
    kind = i % 4
    if kind == 0:
        title = "%d년 %s 징계 처분 현황(통계)" % (y, org)
        rows = [["구분", "파면·해임", "강등·정직", "감봉·견책", "계"], ["음주운전", str(r.randint(0, 5)), str(r.randint(1, 9)), str(r.randint(2, 20)), "-"],
                ["금품·향응", str(r.randint(0, 3)), str(r.randint(0, 4)), str(r.randint(0, 6)), "-"], ["복무 위반", "0", str(r.randint(0, 3)), str(r.randint(3, 30)), "-"]]
        note = "※ 개인 식별 방지를 위해 3명 미만 항목은 합산하여 공표함."
    elif kind == 1:
        title = "%d년 %s 정보공개 청구 처리 현황" % (y, org)
        rows = [["구분", "공개", "부분공개", "비공개", "비공개 주요 사유"], ["청구 건수", str(r.randint(300, 3000)), str(r.randint(30, 400)), str(r.randint(5, 90)), "제9조 제1항 제5호·제6호"]]
        note = "※ 비공개(제9조 제1항 제5호) 결정은 의사결정 과정 중인 사항에 한함."
    elif kind == 2:
        title = "%d년 %s 감염병 신고 현황" % (y, r.choice(SIGUNGU) + " 보건소")
        rows = [["질병", "1분기", "2분기", "3분기", "4분기"], ["결핵", str(r.randint(2, 30)), str(r.randint(2, 30)), str(r.randint(2, 30)), str(r.randint(2, 30))],
                ["수두", str(r.randint(10, 90)), str(r.randint(10, 90)), str(r.randint(10, 90)), str(r.randint(10, 90))]]
        note = "※ 읍·면·동 단위 5건 미만은 '<5'로 표기함."
    else:
        title = "%d년 %s 보안 점검 결과 요약" % (y, org)
        rows = [["점검 항목", "대상 부서", "지적 건수", "조치 완료"], ["비밀 관리기록부 정리", str(r.randint(5, 40)), str(r.randint(0, 9)), "완료"],
                ["대외비 보관 상태", str(r.randint(5, 40)), str(r.randint(0, 9)), "완료"], ["전산 비밀번호 변경 주기", str(r.randint(5, 40)), str(r.randint(0, 20)), "진행"]]
        note = "※ 점검 결과는 부서별 개선 권고 후 누리집에 공개함."
    bl = [P(title, center=True, bold=True), P("□ 작성 기준일: %d. 12. 31." % y), T(rows), P(note), P("작성: %s 통계담당 주무관 %s" % (org, name(r)))]
    d = base(title, "통계", "통계 공표", bl)
    d["flags"].append("hard_negative")
    if kind == 3:
        d["flags"].append("mention_only_marking")
    return label(d, "public", "none", [], "Aggregate statistics; no individual identifiable, no marking carried.")


def t_law_explainer(i, r, fmt):
    org = r.choice([ministry(r), edu_office(r), corp(r), research(r)])
    topics = [
        ("보안업무규정 주요 내용 해설(직원 교육 자료)",
         ["1. 비밀의 구분: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분하며 누설 시 국가안전보장에 미치는 영향에 따라 분류한다.",
          "2. 대외비: 비밀 외에 직무수행상 특별히 보호가 필요한 사항은 보안업무규정 시행규칙에 따라 '대외비'로 표시한다.",
          "3. 예고문: 비밀에는 보호기간과 재분류 시기를 적은 예고문을 기재한다(예: '2027. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류').",
          "4. 사본번호: 비밀을 복제·복사한 경우 사본번호를 부여하고 비밀 관리기록부에 기록한다.",
          "5. 파기: 보호기간이 지난 비밀은 파기하고 파기 확인서를 작성한다."]),
        ("정보공개 업무 처리 안내(담당자 교육)",
         ["1. 공개구분은 공문 결문에 '공개', '부분공개(6)', '비공개(5)'와 같이 표시한다.",
          "2. 비공개(제9조 제1항 제5호)는 의사결정 과정 또는 내부검토 과정에 있는 사항에 적용한다.",
          "3. 부분공개 시에는 비공개 부분을 지우고 나머지를 공개한다(법 제14조).",
          "4. 공무원의 성명·직위는 직무수행과 관련된 경우 공개 대상이다(제9조 제1항 제6호 라목)."]),
        ("개인정보 보호법상 민감정보·고유식별정보 처리 기준 해설",
         ["1. 민감정보(제23조): 사상·신념, 노동조합·정당 가입·탈퇴, 건강, 성생활 등에 관한 정보, 범죄경력자료 등.",
          "2. 고유식별정보(제24조): 주민등록번호, 여권번호, 운전면허번호, 외국인등록번호.",
          "3. 예시 표기: 주민등록번호는 '000000-0000000' 형식으로만 예시하며 실제 번호를 기재하지 않는다.",
          "4. 노동조합 가입 여부, 질병명 등은 별도 동의 또는 법령 근거가 있어야 처리할 수 있다."]),
        ("행정업무의 운영 및 혁신에 관한 규정에 따른 공문서 작성 요령",
         ["1. 공문서는 두문·본문·결문으로 구성한다.", "2. 두문에는 행정기관명과 수신자를 적는다.",
          "3. 결문에는 발신명의, 기안자·검토자·결재권자의 직위와 서명, 시행 처리과명-일련번호, 접수, 우편번호·주소, 전화, 공개구분을 적는다.",
          "4. 붙임이 있는 경우 본문 끝에 '붙임'을 표시하고 첨부물 명칭과 수량을 적은 후 '끝.'을 표시한다."]),
        ("공공기관 시설 보안 관리 일반 지침(교육용)",
         ["1. 통제구역·제한구역·제한지역은 보호구역으로 지정하여 출입을 통제한다.", "2. CCTV 설치 시 안내판을 설치하고 개인영상정보 보관기간을 정한다.",
          "3. 구체적인 CCTV 배치도와 방호 인력 배치 계획은 대외비로 관리한다.", "4. 본 자료는 일반 교육용으로 특정 시설의 정보를 포함하지 않는다."]),
    ]
    title, lines = topics[i % len(topics)]
    bl = [P(title, center=True, bold=True), P("%s %s" % (org, r.choice(["감사실", "운영지원과", "정보공개팀", "보안담당관실"])))] + [P(x) for x in lines] + [
        P("※ 본 자료는 누리집 '교육자료실'에 게시된 공개 자료입니다.")]
    d = base(title, "법령 해설·교육 자료", "교육 자료", bl)
    d["flags"] += ["hard_negative", "mention_only_marking"]
    return label(d, "public", "none", [], "Explains marking/secret rules; mentions 대외비·Ⅲ급 but carries no marking.")


def t_recruit_notice(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), research(r), hospital(r)])
    y = r.randint(2025, 2026)
    title = "%s %d년 %s 채용 공고" % (org, y, r.choice(["일반직 신입", "경력직(3급 책임)", "공무직(교육공무직원)", "간호직", "연구직"]))
    bl = [P("%s 공고 제%d-%d호" % (org, y, r.randint(10, 250))), P(title, center=True, bold=True),
          P("1. 채용 분야 및 인원"), T([["직급", "분야", "인원", "근무지"], ["3급(책임)", "정보보안", "%d명" % r.randint(1, 3), "본사"], ["5급(주임)", "일반행정", "%d명" % r.randint(2, 9), "지역본부"]]),
          P("2. 응시 자격: 국가공무원법 제33조의 결격사유가 없는 자, 보안업무규정에 따른 신원조사 결과 결격 사유가 없는 자"),
          P("3. 전형 절차: 서류 → 필기 → 면접 → 신원조사 → 최종 합격"),
          P("4. 제출 서류 중 주민등록번호는 뒷자리를 가리고 제출(예: 000000-0******)"),
          P("5. 블라인드 채용: 사진, 학교명, 가족관계 기재 금지"),
          P("6. 문의: %s 인사팀 (대표 1600-%04d)" % (org, r.randint(0, 9999)))]
    d = base(title, "채용 공고", "공기업·공단", bl)
    if i % 2 == 0:
        f = pubfield(r, "public"); d["header"] = f; d.update(cue_kind="stated_field", cue_slot="header", cue_text=f)
    d["flags"] += ["hard_negative", "grade_not_marking"]
    return label(d, "public", "none", [], "채용 공고; '3급' is a job grade and 000000 is a placeholder.")


def t_bid_result(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), r.choice(SIDO), police(r), hospital(r)])
    title = "%s %s 개찰 결과 공개" % (org, r.choice(["청사 방호 용역", "CCTV 통합관제 유지보수", "학교 급식실 환기설비 공사", "전자기록물 이관 용역", "의료장비 구매"]))
    base_amt = r.randrange(80_000_000, 900_000_000, 10000)
    est = int(base_amt * r.uniform(0.97, 1.03)) // 10 * 10
    rows = [["순위", "업체명", "투찰금액(원)", "투찰률(%)", "비고"]]
    comps = r.sample(COMPANIES, 4)
    for k, cpy in enumerate(comps):
        amt = int(est * r.uniform(0.86, 0.92)) // 10 * 10
        rows.append([str(k + 1), cpy, "{:,}".format(amt), "%.3f" % (amt / est * 100), "낙찰예정" if k == 0 else ""])
    bl = [P(title, center=True, bold=True), P("1. 공고번호: %d%07d-00" % (r.randint(2025, 2026), r.randint(0, 9999999))),
          P("2. 개찰 일시: %s 11:00 (전자조달시스템)" % ymd(r)), P("3. 기초금액: {:,}원 / 예정가격: {:,}원".format(base_amt, est)),
          P("4. 개찰 결과"), T(rows), P("5. 제안서 평가위원(외부 %d명, 위원 A~%s)의 평가 점수 합계는 별도 게시함." % (5, "E")),
          P("※ 예정가격은 개찰 후 공개 대상임.")]
    d = base(title, "입찰·계약(개찰 후)", "입찰·계약", bl)
    d["flags"] += ["hard_negative", "after_opening"]
    return label(d, "public", "none", [], "After 개찰 the 예정가격 and bidders' prices are published; companies are not persons.")


def t_council_minutes_public(i, r, fmt):
    cn = council_name(r)
    ses = r.randint(280, 420)
    title = "제%d회 %s 임시회 %s 회의록" % (ses, cn, r.choice(["행정자치위원회", "교육위원회", "보건복지위원회", "본회의"]))
    m1, m2, off1, off2 = name(r), name(r), name(r), name(r)
    topic = r.choice(["관내 초등학교 통학로 CCTV 확충", "소방서 신축 부지 선정 지연", "공공도서관 야간 운영 확대", "보건소 방문간호 인력 충원"])
    bl = [P(title, center=True, bold=True), P("일시: %s 10시 02분   장소: 본회의장" % ymd(r)),
          P("출석 의원(%d인): %s, %s 외" % (r.randint(9, 30), m1, m2)), P("출석 공무원: %s %s, %s %s" % (r.choice(["안전총괄과장", "교육지원국장", "보건소장"]), off1, r.choice(["재난관리팀장", "시설과장"]), off2)),
          P("○위원장 %s  의석을 정돈해 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다." % m2),
          P("○%s 위원  %s 관련하여 질의하겠습니다. 올해 예산 %s 가운데 집행률이 %d%%에 그친 이유가 무엇입니까?" % (m1, topic, won(r, 300_000_000, 5_000_000_000, 1_000_000), r.randint(10, 70))),
          P("○%s  답변드리겠습니다. 설계 변경으로 착공이 늦어졌으며 하반기 중 완료할 계획입니다." % off1),
          P("○%s 위원  주민 설명회 결과도 공개해 주시기 바랍니다." % m1),
          P("○위원장 %s  더 질의하실 위원이 없으므로 질의를 종결하겠습니다. (11시 40분 산회)" % m2)]
    d = base(title, "지방의회 회의록(공개)", "지방의회", bl)
    d["flags"] += ["officials_in_role", "council_public_session"]
    return label(d, "public", "none", [], "Open session minutes; members and officials speak in office.")


def t_audit_result_public(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), r.choice(SIDO), hospital(r), research(r)])
    auditor = r.choice(["감사원", org + " 감사실", r.choice(SIDO) + " 감사위원회"])
    title = "%s %s 감사 결과 공개문" % (org, r.choice(["기관운영", "계약 업무 특정", "복무 관리 실태", "연구비 집행"]))
    bl = [P(title, center=True, bold=True), P("감사 기관: %s   감사 기간: %s ~ %s" % (auditor, ymd(r), ymd(r))),
          P("1. 감사 결과 요약: 지적 %d건(시정 %d, 주의 %d, 통보 %d)" % (r.randint(3, 12), r.randint(1, 3), r.randint(1, 5), r.randint(0, 4))),
          P("2. 주요 지적 사항"),
          P("가. 수의계약 부적정: 담당자 김○○은 동일 업체와 %d건을 분할 계약함 → 주의 요구" % r.randint(2, 6)),
          P("나. 초과근무수당 부당 수령: 직원 박○○ 등 %d명 → 회수 및 징계 요구(경징계)" % r.randint(2, 5)),
          P("다. 보안 관리: 대외비 문서를 일반 문서함에 보관 → 시정"),
          P("3. 처분 요구에 대한 이행 결과는 %s까지 제출" % ymd(r)),
          P("※ 관련자 성명은 개인정보 보호를 위해 익명 처리함.")]
    d = base(title, "감사 결과 공개문", "감사원·감사실", bl)
    d["flags"] += ["hard_negative", "anonymised_persons", "mention_only_marking"]
    return label(d, "public", "none", [], "Published audit result; persons anonymised (김○○), audit concluded.")


def t_declass_notice(i, r, fmt):
    org = r.choice([ministry(r), r.choice(SIDO), corp(r)])
    lvl = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "3급 비밀"])
    title = "보호기간 경과 비밀의 재분류(일반문서 전환) 알림"
    bl = gongmun(r, org, "수신자 참조", title,
                 ["1. 관련: 보안업무규정 시행규칙 비밀 재분류 조항", "2. 아래 문서는 예고문에 따라 보호기간이 만료되어 %s에서 일반문서로 재분류되었음을 알려드립니다." % lvl,
                  T([["관리번호", "문서 제목(요지)", "원 등급", "재분류일"], ["%d-%03d" % (r.randint(2015, 2020), r.randint(1, 300)), "%d년 비상대비 훈련 결과" % r.randint(2012, 2018), lvl, ymd(r)],
                     ["%d-%03d" % (r.randint(2015, 2020), r.randint(1, 300)), "청사 이전 관련 업무 협의", lvl, ymd(r)]]),
                  "3. 각 부서는 비밀 관리기록부에 재분류 사실을 기재하고 표지의 등급 표시를 삭선 처리하기 바랍니다."], dept="보안담당관")
    d = base(title, "공문(재분류 통지)", "중앙부처·지자체", bl)
    d["flags"] += ["mention_only_marking", "declassified"]
    return label(d, "public", "none", [], "Declassification notice; quotes former grade but the document itself is unclassified.")


def t_cover_letter_separate(i, r, fmt):
    org = r.choice([ministry(r), r.choice(SIDO), police(r)])
    lvl = r.choice(["3급 비밀", "Ⅲ급비밀", "Ⅱ급비밀", "대외비"])
    title = "%s 관련 자료 송부" % r.choice(["을지연습 계획", "비상대비 자원관리", "국가중요시설 점검", "통합방위 협의회"])
    bl = gongmun(r, org, "%s장(비상대비담당관)" % r.choice(SIDO), title,
                 ["1. 귀 기관의 업무에 참고하시도록 관련 자료를 송부합니다.",
                  "2. 붙임 자료 중 '%s' 문서는 %s로서 보안업무규정에 따라 비밀 전용 경로(인편)로 별도 송부하오니 수령 후 인수증을 회신하여 주시기 바랍니다." % (r.choice(["세부 시행계획", "자원 동원 명세", "점검 결과 상세"]), lvl),
                  "3. 본 공문에는 비밀 내용이 포함되어 있지 않습니다."],
                 attach=["일반 협조 사항 안내", "인수증 양식"], dept="비상대비과", disclosure_field=r.choice(["공개", None]))
    d = base(title, "공문(송부 공문)", "중앙부처·지자체", bl)
    if "공개" in to_text(d).split("/")[-1]:
        d.update(cue_kind="stated_field", cue_slot="결문", cue_text="공개")
    d["flags"] += ["mention_only_marking", "secret_sent_separately"]
    return label(d, "public", "none", [], "Cover letter says the attachment is classified and sent separately; the letter itself carries no marking.")


def t_secform_blank(i, r, fmt):
    org = r.choice([ministry(r), r.choice(SIDO), corp(r), edu_office(r)])
    forms = [("비밀 관리기록부", ["관리번호", "접수/생산일", "문서 제목", "등급", "사본번호", "예고문", "처리 결과"]),
             ("비밀 파기 확인서", ["연번", "관리번호", "등급", "매수", "파기 일시", "파기자", "입회자"]),
             ("비밀 열람기록전", ["열람 일시", "소속", "직위", "성명", "열람 사유", "서명"]),
             ("보안서약서(비밀취급인가용)", ["성명", "소속", "직위", "서약일", "서명"])]
    fname, cols = forms[i % len(forms)]
    bl = [P("[보안업무규정 시행규칙 별지 서식 참고용]"), P(fname, center=True, bold=True), P("기관명: %s" % org),
          T([cols] + [[""] * len(cols) for _ in range(3)]),
          P("작성 요령: 등급란에는 Ⅰ급·Ⅱ급·Ⅲ급 또는 대외비를 적고, 예고문에는 보호기간 만료 후 처리 방법을 적는다."),
          P("※ 본 서식은 빈 서식으로 내부 게시판 자료실에 게시됨.")]
    d = base(fname + "(빈 서식)", "보안 서식(빈 서식)", "보안 서식", bl)
    d["flags"] += ["mention_only_marking", "blank_form"]
    return label(d, "public", "none", [], "Blank 보안업무규정 form; field labels are not a marking.")


def t_long_gongmun_public(i, r, fmt):
    org = r.choice([edu_office(r), r.choice(SIDO), corp(r), ministry(r), police(r), fire(r)])
    title = r.choice(["안전 문화 확산 주간 행사 협조 요청", "공공기록물 정리 주간 운영 안내", "청렴 교육 실시 및 참석 협조", "개인정보 보호 교육 이수 안내"])
    att = ["행사 기본계획", "세부 일정표", "홍보물 시안", "참가 신청서 양식", "교육 자료(PDF)"][: r.randint(3, 5)]
    bl = gongmun(r, org, "수신자 참조", title,
                 ["1. 관련: %s-%d(%s)호" % (r.choice(["기획조정실", "운영지원과", "총무과"]), r.randint(100, 9999), ymd(r)),
                  "2. 우리 기관에서는 %s을(를) 다음과 같이 추진하오니 소속 직원이 참여할 수 있도록 협조하여 주시기 바랍니다." % title.split(" ")[0],
                  "  가. 일시: %s 14:00 ~ 17:00" % ymd(r), "  나. 장소: %s 대회의실" % org, "  다. 대상: 각 기관 담당자 %d명 내외" % r.randint(20, 120),
                  "  라. 내용: 기관별 우수 사례 발표, 전문가 강연(%s 교수)" % name(r),
                  "3. 참가 신청서는 %s까지 공문으로 제출하여 주시기 바랍니다." % ymd(r)],
                 attach=att, disclosure_field=pubfield(r, "public"))
    d = base(title, "공문(붙임 다수)", "교육청·지자체·공공기관", bl)
    d.update(cue_kind="stated_field", cue_slot="결문", cue_text=bl[-1][1].split(" / ")[-1])
    d["flags"].append("long_gongmun")
    return label(d, "public", "none", [], "Routine 공문 with attachments; all public.")


def t_personnel_notice_public(i, r, fmt):
    org = r.choice([ministry(r), edu_office(r), r.choice(SIDO), corp(r)])
    title = "%s 인사 발령(%s자)" % (org, ymd(r))
    rows = [["발령 사항", "소속", "직위", "성명"]]
    for k in range(r.randint(3, 6)):
        rows.append([r.choice(["승진", "전보", "직무대리", "신규임용"]), r.choice(["기획조정실", "감사관실", "교육지원국", "안전총괄과", "운영지원과"]),
                     r.choice(["3급(부이사관)", "4급(서기관)", "5급(사무관)", "과장", "팀장"]), name(r)])
    bl = [P(title, center=True, bold=True), T(rows), P("※ 인사 발령 사항은 관보 및 누리집에 게재됨."), P("%s 운영지원과" % org)]
    d = base(title, "인사 발령(공개)", "인사", bl)
    d["flags"] += ["officials_in_role", "grade_not_marking"]
    return label(d, "public", "none", [], "Personnel appointments are published; '3급(부이사관)' is a civil-service grade.")

# ================================================================ PARTIAL templates
def t_gongmun_one_attach_withheld(i, r, fmt):
    org = r.choice([edu_office(r), r.choice(SIDO), corp(r), ministry(r), police(r), fire(r), hospital(r), health_center(r)])
    kind = i % 4
    if kind == 0:   # attachment = participant roster with personal mobiles / birth dates
        title = "%s 위원회 위촉 및 회의 개최 알림" % r.choice(["학교급식 자문", "지역 안전 협의", "시민 감사관", "의료 질 향상"])
        rows = [["연번", "성명", "소속", "생년월일", "휴대전화"]] + [[str(k + 1), name(r), r.choice(["시민", "대학교수", "변호사", "학부모 대표"]), ymd(r, 1960, 1990), mobile(r)] for k in range(4)]
        reasons, nums, why = ["OIDA-9-1-6"], [6], "붙임 위원 명단 contains private members' birth dates and mobiles; rest of 공문 is public."
        wname = "위촉 위원 명단(연락처 포함)"
    elif kind == 1:  # attachment = company cost breakdown (영업상 비밀)
        title = "%s 계약 체결 결과 보고 및 대금 지급 요청" % r.choice(["청사 청소 용역", "전산 장비 유지보수", "학교 방송설비 교체", "구급차 정비"])
        rows = [["품목", "규격", "단가(원)", "수량", "원가 산출 근거"]] + [[r.choice(["인건비", "장비 임차", "소모품", "일반관리비"]), "-", "{:,}".format(r.randrange(50000, 9000000, 1000)), str(r.randint(1, 40)), "업체 내부 원가 자료"] for _ in range(4)]
        reasons, nums, why = ["OIDA-9-1-7"], [7], "붙임 산출내역서 is the contractor's internal cost data (영업상 비밀); rest public."
        wname = "업체 원가 산출내역서"
    elif kind == 2:  # attachment = accident victims list with RRN
        title = "%s 관련 재해 보상금 지급 협조" % r.choice(["집중호우 피해", "화재 피해", "학교 안전사고"])
        rows = [["성명", "주민등록번호", "주소", "지급액"]] + [[name(r), rrn(r), home_addr(r), won(r, 500000, 9000000)] for _ in range(3)]
        reasons, nums, why = ["OIDA-9-1-6", "PIPA-24"], [6], "붙임 지급 대상자 명단 has full RRNs and home addresses; remove it and the 공문 is public."
        wname = "지급 대상자 명단"
    else:   # attachment = complainant's petition
        title = "민원 이송 및 처리 협조 요청(%s)" % r.choice(["소음", "불법 주정차", "학교 주변 유해업소", "공원 시설물 파손"])
        rows = [["민원인", "주소", "연락처", "민원 요지"], [name(r), home_addr(r), mobile(r), "반복 민원(%d회)" % r.randint(2, 9)]]
        reasons, nums, why = ["OIDA-9-1-6"], [6], "붙임 민원서 identifies the complainant; rest public."
        wname = "민원 신청서 사본"
    att = ["추진 계획", wname, "관련 법령 발췌", "회신 서식"]
    r.shuffle(att)
    field = pubfield(r, "partial", nums) if r.random() < 0.75 else None
    bl = gongmun(r, org, "수신자 참조", title,
                 ["1. 관련: %s" % docno(r, "운영지원과"), "2. 위 호와 관련하여 붙임과 같이 통보하오니 업무에 참고하시기 바랍니다.",
                  "3. 붙임 '%s'은(는) 개인정보 또는 영업상 정보가 포함되어 있으므로 업무 목적 외 사용을 금지합니다." % wname],
                 attach=att, disclosure_field=field)
    bl.append(P("[붙임 %d] %s" % (att.index(wname) + 1, wname), bold=True))
    bl.append(T(rows))
    d = base(title, "공문(붙임 중 하나 비공개)", "다양한 기관", bl)
    if field:
        d.update(cue_kind="stated_field", cue_slot="결문", cue_text=field)
    d["flags"] += ["long_gongmun", "one_attachment_withheld"]
    return label(d, "partial", "none", reasons, why)


def t_civil_result(i, r, fmt):
    org = r.choice([r.choice(SIDO), police(r), fire(r), edu_office(r), health_center(r)])
    who, a, ph = name(r), home_addr(r), mobile(r)
    title = "민원 처리 결과 통지(%s)" % r.choice(["도로 파손", "CCTV 설치 요청", "학교 통학버스", "소방 시설 점검 요청", "방역 요청"])
    field = pubfield(r, "partial", [6]) if i % 2 == 0 else None
    bl = gongmun(r, org, "%s 귀하 (%s)" % (who, a), title,
                 ["1. 귀하께서 %s 국민신문고를 통해 신청하신 민원(신청번호 %d%s-%07d)에 대한 처리 결과를 알려드립니다." % (ymd(r), r.randint(1, 9), r.choice("ABCD") + r.choice("ABCD"), r.randint(0, 9999999)),
                  "2. 처리 결과: %s" % r.choice(["현장 확인 후 보수 완료하였습니다.", "설치 우선순위를 검토하여 내년도 예산에 반영하겠습니다.", "관계 기관에 이송하였습니다."]),
                  "3. 민원인 연락처(%s)로 담당자가 추가 안내할 예정입니다." % ph,
                  "4. 처리 결과에 이의가 있는 경우 행정심판을 청구할 수 있습니다."], disclosure_field=field)
    d = base(title, "민원 처리 결과 통지", "지자체·경찰·소방", bl)
    if field:
        d.update(cue_kind="stated_field", cue_slot="결문", cue_text=field)
    return label(d, "partial", "none", ["OIDA-9-1-6"], "Complainant's name, home address and mobile must be removed; the decision itself is disclosable.")


def t_council_question_petitioner(i, r, fmt):
    cn = council_name(r)
    mem = name(r)
    title = "%s 의원(%s) 서면 질문에 대한 답변서" % (cn, mem)
    cit, a = name(r), home_addr(r)
    bl = [P(title, center=True, bold=True), P("질문 요지: %s" % r.choice(["특정 학교 교원 채용 과정의 공정성", "보건소 진료 대기 민원 처리", "소방 출동 지연 사고 경위", "공공도서관 시설 사고 보상"])),
          P("답변 기관: %s" % r.choice([edu_office(r), health_center(r), fire(r), r.choice(SIDO)])),
          P("1. 사실관계: %s 민원인 %s(%s 거주)이 제기한 민원으로, %s." % (ymd(r), cit, a, r.choice(["현장 조사 결과 일부 사실이 확인되었습니다", "절차상 하자는 확인되지 않았습니다"]))),
          P("2. 민원인 진술에 따르면 당시 %s 진단을 받아 %d일간 치료를 받았다고 합니다." % (r.choice(["발목 골절", "경추 염좌", "열상"]), r.randint(5, 60)) if i % 2 else "2. 민원인은 같은 내용으로 %d회 민원을 제기하였습니다." % r.randint(2, 8)),
          P("3. 향후 조치: 재발 방지 대책을 수립하고 결과를 의회에 보고하겠습니다."),
          P("답변 책임자: %s %s" % (r.choice(["교육국장", "보건소장", "소방서장", "안전총괄과장"]), name(r)))]
    d = base(title, "의원 질의 답변", "지방의회", bl)
    rs = ["OIDA-9-1-6"] + (["PIPA-23"] if i % 2 else [])
    return label(d, "partial", "none", rs, "Answer is disclosable once the citizen's identity (and injury details) are removed.")


def t_contract_cost(i, r, fmt):
    org = r.choice([corp(r), r.choice(SIDO), edu_office(r), hospital(r)])
    cpy = r.choice(COMPANIES)
    rep = name(r)
    title = "%s 용역 계약서" % r.choice(["시설 경비", "전산 유지관리", "청사 청소", "의료폐기물 처리", "기록물 전산화"])
    bl = [P(title, center=True, bold=True), P("발주기관(갑): %s   계약상대자(을): %s (대표이사 %s)" % (org, cpy, rep)),
          P("계약 금액: %s (부가가치세 포함)" % won(r, 30_000_000, 900_000_000, 1000)), P("계약 기간: %s ~ %s" % (ymd(r), ymd(r))),
          P("제1조(목적) 이 계약은 갑이 발주한 용역을 을이 수행하는 데 필요한 사항을 정한다."),
          P("제7조(대금 지급) 갑은 을의 %s 계좌(%s, 예금주 %s)로 대금을 지급한다." % (r.choice(BANKS), acct(r), cpy)),
          P("[별첨] 산출내역서(을 제출)"),
          T([["항목", "단가", "수량", "비고"], ["직접인건비", "{:,}".format(r.randrange(2_000_000, 6_000_000, 1000)), str(r.randint(2, 20)), "을의 임금 테이블"],
             ["기술료", "{:,}".format(r.randrange(1_000_000, 40_000_000, 1000)), "1", "을의 내부 요율"], ["이윤", "%d%%" % r.randint(5, 12), "-", "-"]])]
    rs = ["OIDA-9-1-7"]
    why = "Contract is public but the contractor's cost breakdown and wage table are trade secrets (9-1-7)."
    if i % 2 == 1:
        bl.append(P("현장 대리인: %s (생년월일 %s, 휴대전화 %s)" % (name(r), ymd(r, 1965, 1995), mobile(r))))
        rs.append("OIDA-9-1-6"); why += " Site agent's birth date and mobile are personal data."
    d = base(title, "입찰·계약(계약서)", "입찰·계약", bl)
    return label(d, "partial", "none", rs, why)


def t_hospital_board(i, r, fmt):
    h = hospital(r)
    title = "%s 제%d차 이사회 회의록" % (h, r.randint(40, 160))
    pt = name(r)
    bl = [P(title, center=True, bold=True), P("일시: %s 15:00  장소: 본관 회의실" % ymd(r)),
          P("참석: 이사장 %s, 원장 %s, 이사 %s·%s, 감사 %s" % (name(r), name(r), name(r), name(r), name(r))),
          P("제1호 의안: %d년도 예산 변경(안) — 원안 의결" % r.randint(2025, 2026)),
          P("제2호 의안: 음압병상 확충 계획 — 수정 의결"),
          P("보고 사항: 의료사고 분쟁 조정 경과 — 환자 %s(%d세, %s)의 %s 관련 조정이 진행 중이며 합의금 %s을 제시함." % (pt, r.randint(30, 85), r.choice(["남", "여"]), r.choice(["수술 후 감염", "낙상 골절", "투약 오류"]), won(r, 5_000_000, 90_000_000, 100000))),
          P("기타: 다음 회의는 %s 개최" % ymd(r))]
    d = base(title, "회의록(공공병원 이사회)", "보건소·공공병원", bl)
    return label(d, "partial", "none", ["OIDA-9-1-6", "PIPA-23"], "Board minutes are disclosable; the named patient's medical incident must be removed.")


def t_school_award_list(i, r, fmt):
    sc = school(r)
    title = "%s %d학년도 %s 결과 보고" % (sc, r.randint(2025, 2026), r.choice(["교내 과학탐구대회", "독서 골든벨", "모범 학생 표창", "학교폭력 예방 캠페인 공모전"]))
    rows = [["학년-반", "성명", "생년월일", "보호자 연락처", "상격"]] + [["%d-%d" % (r.randint(1, 6), r.randint(1, 8)), name(r), ymd(r, 2008, 2018), mobile(r), r.choice(["대상", "금상", "은상", "동상"])] for _ in range(4)]
    bl = gongmun(r, sc, "%s장(교육지원과장)" % edu_office(r), title,
                 ["1. 위 대회를 다음과 같이 실시하였기에 그 결과를 보고합니다.", "  가. 참가 학생: %d명" % r.randint(40, 400), "  나. 심사위원: 교사 %d명" % r.randint(3, 7),
                  T(rows)], attach=["대회 운영 결과", "수상자 명단"], sender=sc + "장", dept="교무기획부",
                 disclosure_field=pubfield(r, "partial", [6]) if i % 2 else None)
    d = base(title, "학교 공문(결과 보고)", "교육청·학교", bl)
    if i % 2:
        d.update(cue_kind="stated_field", cue_slot="결문", cue_text=bl[-1][1].split(" / ")[-1])
    return label(d, "partial", "none", ["OIDA-9-1-6"], "Result report is public; students' birth dates and parents' phones must be removed.")


def t_fire_inspection(i, r, fmt):
    fs = fire(r)
    cpy = r.choice(COMPANIES)
    title = "소방시설 %s 결과 통보(%s)" % (r.choice(["종합정밀점검", "화재안전조사"]), cpy)
    rel = name(r)
    bl = gongmun(r, fs, "%s 대표(관계인 %s)" % (cpy, rel), title,
                 ["1. 「화재의 예방 및 안전관리에 관한 법률」에 따른 화재안전조사 결과를 다음과 같이 통보합니다.",
                  "  가. 대상물: %s (%s)" % (cpy, addr(r)), "  나. 조사 일시: %s" % ymd(r),
                  T([["지적 사항", "조치 기한"], ["스프링클러 헤드 %d개 살수 장애" % r.randint(1, 20), ymd(r)], ["피난구 유도등 점등 불량", ymd(r)]]),
                  "2. 관계인 %s(휴대전화 %s)은 조치 기한까지 개선 결과를 제출하기 바랍니다." % (rel, mobile(r))],
                 attach=["조사 결과서", "조치 계획서 양식"], dept="예방안전과",
                 disclosure_field=pubfield(r, "partial", [6]) if i % 3 == 0 else None)
    d = base(title, "소방 공문(조사 결과)", "경찰서·소방서", bl)
    if i % 3 == 0:
        d.update(cue_kind="stated_field", cue_slot="결문", cue_text=bl[-1][1].split(" / ")[-1])
    return label(d, "partial", "none", ["OIDA-9-1-6"], "Inspection results are disclosable; the 관계인's name and mobile are personal data.")


def t_eval_result_phones(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), r.choice(SIDO), research(r)])
    title = "%s 제안서 기술평가 결과(낙찰자 결정 후)" % r.choice(["통합관제센터 구축", "학사행정 시스템 고도화", "공공데이터 개방 플랫폼", "청사 방호 용역"])
    rows = [["위원", "성명", "소속", "휴대전화", "평가 점수(%s)" % r.choice(COMPANIES)]]
    for k in range(5):
        rows.append(["위원 %s" % "ABCDE"[k], name(r), r.choice(["○○대학교", "△△연구소", "기술사사무소", "공공기관"]), mobile(r), "%.1f" % r.uniform(70, 95)])
    bl = [P(title, center=True, bold=True), P("1. 평가 일시: %s (개찰 및 낙찰자 결정 완료)" % ymd(r)),
          P("2. 평가 결과: 기술 %.2f점 + 가격 %.2f점" % (r.uniform(70, 80), r.uniform(15, 20))), T(rows),
          P("3. 평가위원의 성명·소속은 관련 규정에 따라 공개하되, 연락처는 공개하지 않음.")]
    d = base(title, "입찰·계약(평가 결과)", "입찰·계약", bl)
    d["flags"].append("after_opening")
    return label(d, "partial", "none", ["OIDA-9-1-6"], "After award the evaluation is disclosable; external evaluators' private mobiles are not.")


def t_mislabeled(i, r, fmt):
    org = r.choice([r.choice(SIDO), corp(r), edu_office(r)])
    title = "%s 수당 지급 대상자 확정 통보" % r.choice(["자원봉사자 실비", "명예 감시원", "학교 보안관", "재난 대응 인력"])
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액"]] + [[name(r), rrn(r), r.choice(BANKS), acct(r), won(r, 100000, 900000)] for _ in range(3)]
    f = pubfield(r, "public")
    bl = gongmun(r, org, "수신자 참조", title, ["1. 위 대상자에 대한 수당을 다음과 같이 지급하오니 업무에 참고하시기 바랍니다.", T(rows)],
                 attach=["지급 명세"], disclosure_field=f)
    d = base(title, "공문(공개구분 오기재)", "지자체·공공기관", bl)
    d.update(cue_kind="stated_field_contradicted", cue_slot="결문", cue_text=f)
    d["flags"].append("t_mislabeled")
    return label(d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "Field says 공개 but full RRNs and accounts appear; gold follows content.")


def t_board_minutes_corp(i, r, fmt):
    c = corp(r)
    title = "%s 제%d차 이사회 의사록" % (c, r.randint(100, 400))
    bl = [P(title, center=True, bold=True), P("일시: %s   장소: 본사 대회의실" % ymd(r)),
          P("출석 이사: 사장 %s, 상임이사 %s, 비상임이사 %s·%s" % (name(r), name(r), name(r), name(r))),
          P("의결 안건 제1호: %d년도 사업계획 변경 — 원안 가결" % r.randint(2025, 2026))]
    if i % 2 == 0:
        bl += [P("의결 안건 제2호: 협력사 %s와의 기술 이전 계약 체결 — 가결" % r.choice(COMPANIES)),
               P("  - 기술료 산정 근거: 상대 기업이 제출한 공정 수율 %d.%d%% 및 원가 절감 자료(영업비밀 표시)" % (r.randint(80, 99), r.randint(0, 9))),
               P("보고 안건: 경영 공시 일정")]
        rs, why = ["OIDA-9-1-7"], "Board minutes are disclosable except the partner's yield/cost data (9-1-7)."
    else:
        emp = name(r)
        bl += [P("의결 안건 제2호: 직원 %s(%s)에 대한 정직 %d개월 징계 재심 — 기각" % (emp, r.choice(["3급", "4급", "5급"]), r.randint(1, 3))),
               P("보고 안건: 신규 노선 입찰 일정 안내(공고 완료)")]
        rs, why = ["OIDA-9-1-6"], "Minutes are disclosable except the identified employee's disciplinary item."
    d = base(title, "회의록(공기업 이사회)", "공기업·공단", bl)
    return label(d, "partial", "none", rs, why)


def t_ocr_complaint(i, r, fmt):
    org = r.choice([police(r), r.choice(SIDO), edu_office(r), health_center(r)])
    title = "진정서 접수 및 처리 결과 회신"
    who = name(r)
    field = pubfield(r, "partial", [6])
    bl = [P(org, center=True, bold=True), P("수신  %s 귀하" % who), P("제목  " + title),
          P("1. 귀하가 %s 제출한 진정(접수번호 %d-%05d)은 관계 부서 조사 결과 다음과 같이 처리되었습니다." % (ymd(r), r.randint(2025, 2026), r.randint(0, 99999))),
          P("2. 진정인 주소: %s / 연락처: %s" % (home_addr(r), mobile(r))),
          P("3. 처리 결과: %s" % r.choice(["관련 공무원에게 주의 조치하였습니다.", "위법 사항이 확인되지 않아 종결합니다.", "시설 개선 계획에 반영하였습니다."])),
          P("%s장" % org, center=True, bold=True)]
    d = base(title, "민원 회신(스캔)", "경찰서·지자체", bl)
    slot = r.choice(["footer", "last_line", "header"])
    broken = field.replace("공개", r.choice(["공 개", "공개", "공게"]))
    place(d, broken, slot)
    d.update(cue_kind="stated_field_ocr", cue_slot=slot, cue_text=broken)
    d["force_scan"] = True
    return label(d, "partial", "none", ["OIDA-9-1-6"], "Scanned reply; petitioner's address/phone removable, result disclosable.")

# ================================================================ NON-PUBLIC templates
def t_review_report(i, r, fmt):
    org = r.choice([ministry(r), edu_office(r), r.choice(SIDO), corp(r), police(r), hospital(r), research(r)])
    subj = r.choice([("%s 조직 개편(안) 검토 보고" % org, "검토 보고", ["1안(2국 7과) vs 2안(3국 9과) 비교", "노조 협의 전 내부 검토 단계"]),
                     ("%s 관계 부처 협의 결과(1차)" % r.choice(["지역 의대 정원 배분", "공공기관 2차 이전", "통학구역 조정", "광역 소방 통합"]), "협의 결과", ["부처 간 이견 미해소 — 차기 회의에서 재논의", "언론 대응 금지, 최종 결정 전까지 대외 공개 불가"]),
                     ("%s 추진 상황 점검(내부)" % r.choice(["청사 신축 부지 선정", "공공요금 인상", "학교 통폐합", "감염병 전담병원 지정 해제"]), "추진 상황", ["후보지 3곳 중 우선순위 미확정", "재정 당국 협의 진행 중"]),
                     ("%s 대응 방안 검토" % r.choice(["국정감사 예상 질의", "국회 서면질의(답변 초안)", "통상 분쟁 2차 협상", "노사 임금 교섭"]), "검토 보고(국회·대외)", ["답변 방향(안) — 장관 보고 전", "협상 하한선(내부) 설정 검토"])])
    title, g, pts = subj
    bl = [P(title, center=True, bold=True), P("%s  %s %s" % (ymd(r), r.choice(["기획조정실", "정책기획과", "교육정책과", "경영기획처"]), r.choice(["", "(초안)", "(내부 검토용)"]))),
          P("1. 검토 배경"), P("  - %s" % r.choice(["상급기관 지시 사항 이행", "관계 기관 요청에 따른 검토", "예산 편성 일정 고려"])),
          P("2. 주요 검토 내용")] + [P("  - " + x) for x in pts] + [
          T([["대안", "장점", "단점", "소요 예산"], ["1안", "조기 시행 가능", "반발 예상", won(r, 1_000_000_000, 90_000_000_000, 1_000_000)], ["2안", "이해관계자 수용성", "일정 지연", won(r, 1_000_000_000, 90_000_000_000, 1_000_000)]]),
          P("3. 향후 계획: %s 최종 결정 후 발표(그 전 대외 공개 자제)" % ymd(r))]
    d = base(title, g, "중앙부처·지자체·공공기관", bl)
    rs = ["OIDA-9-1-5"]
    if "통상" in title:
        rs.append("OIDA-9-1-2")
    k = i % 4
    marking = "none"
    if k == 0:
        dstamp(d, r, fmt); marking = "대외비"
    elif k == 1:
        s = pubfield(r, "non_public", [5]); slot = r.choice(["header", "first_line", "last_line", "footer"]); place(d, s, slot)
        d.update(cue_kind="stated_field", cue_slot=slot, cue_text=s)
    d["flags"].append("undecided_internal_review")
    return label(d, "non_public", marking, rs, "Internal review before a decision (9-1-5)%s." % ("; 대외비 adds no 9-1-1" if marking != "none" else ""))


def t_personnel_deliberation(i, r, fmt):
    org = r.choice([ministry(r), edu_office(r), r.choice(SIDO), corp(r), police(r), fire(r), school(r)])
    k = i % 5
    if k == 0:
        title = "%s %d년 %s 승진 심사 결과(안)" % (org, r.randint(2025, 2026), r.choice(["5급", "6급", "소방경", "경감", "교감"]))
        rows = [["순위", "성명", "현 직위", "근무성적 평정", "경력 평정", "심사 의견"]] + [[str(k2 + 1), name(r), r.choice(["주무관", "팀장", "계장"]), "%.2f" % r.uniform(60, 70), "%.2f" % r.uniform(25, 30), r.choice(["적격", "보류", "보류(평정 재확인)"])] for k2 in range(4)]
        bl = [P(title, center=True, bold=True), P("보통승진심사위원회 심의 자료(의결 전)"), T(rows), P("※ 최종 의결 후 임용권자 결재 예정")]
        rs, why, g = ["OIDA-9-1-5", "OIDA-9-1-6"], "Undecided promotion deliberation naming candidates (인사관리, 9-1-5) and their ratings (9-1-6).", "인사(승진 심사)"
    elif k == 1:
        emp = name(r)
        title = "징계 의결서"
        bl = [P(title, center=True, bold=True), T([["소속", "직위(직급)", "성명"], [org, r.choice(["주무관(7급)", "소방장", "경사", "교사"]), emp]]),
              P("의결 주문: %s" % r.choice(["정직 2월", "강등", "감봉 3월", "해임"])),
              P("이유: 위 사람은 %s 혈중알코올농도 0.%03d%% 상태로 차량을 운전하다 적발되어 %s 법원에서 벌금 %s의 약식명령을 받았다." % (ymd(r), r.randint(80, 190), r.choice(["가온지방법원", "미르지방법원"]), won(r, 5_000_000, 15_000_000, 500000))),
              P("%s %s징계위원회 위원장 %s" % (ymd(r), org, name(r)), right=True)]
        rs, why, g = ["OIDA-9-1-6", "PIPA-23"], "Disciplinary decision naming an official with a DUI conviction.", "인사(징계 의결)"
    elif k == 2:
        title = "%s 복무 점검 결과 및 조치 계획" % org
        rows = [["부서", "직위", "성명", "위반 내용", "조치(안)"]] + [[r.choice(["민원과", "시설팀", "행정실", "구조대"]), r.choice(["주무관", "소방교", "행정실장"]), name(r), r.choice(["무단 조퇴 %d회" % r.randint(2, 6), "초과근무 허위 입력", "근무지 이탈"]), r.choice(["경고", "훈계", "징계 요구"])] for _ in range(4)]
        bl = [P(title, center=True, bold=True), P("점검 기간: %s ~ %s (감사실)" % (ymd(r), ymd(r))), T(rows), P("조치 계획은 기관장 보고 후 확정")]
        rs, why, g = ["OIDA-9-1-5", "OIDA-9-1-6"], "Attendance inspection naming staff with violations; measures not yet decided.", "인사(복무 점검)"
    elif k == 3:
        title = "%d년 %s 성과 평가 결과(개인별)" % (r.randint(2025, 2026), org)
        rows = [["성명", "직급", "성과 점수", "등급", "성과급 지급률"]] + [[name(r), r.choice(["4급", "5급", "6급"]), "%.1f" % r.uniform(60, 99), r.choice(["S", "A", "B", "C"]), "%d%%" % r.choice([172, 125, 85, 0])] for _ in range(5)]
        bl = [P(title, center=True, bold=True), T(rows), P("※ 이의 신청 기간 중 — 확정 전 자료")]
        rs, why, g = ["OIDA-9-1-5", "OIDA-9-1-6"], "Individual performance ratings (인사관리, personal).", "인사(성과 평가)"
    else:
        emp = name(r)
        title = "병가 승인 및 질병휴직 심의 결과"
        bl = [P(title, center=True, bold=True), P("대상자: %s %s %s (주민등록번호 %s)" % (org, r.choice(["주무관", "교사", "소방위"]), emp, rrn(r))),
              P("진단명: %s (%s 발급 진단서)" % (r.choice(["주요우울장애", "추간판탈출증", "갑상선암", "공황장애"]), hospital(r))),
              P("심의 결과: 질병휴직 %d개월 승인" % r.randint(3, 12))]
        rs, why, g = ["OIDA-9-1-6", "PIPA-23", "PIPA-24"], "Health data and full RRN of a named employee.", "인사(질병휴직)"
    d = base(title, g, "인사", bl)
    if i % 3 == 2:
        f = pubfield(r, "non_public", [6] if k in (1, 4) else [5, 6]); slot = r.choice(["header", "footer", "first_line"])
        place(d, f, slot); d.update(cue_kind="stated_field", cue_slot=slot, cue_text=f)
    d["flags"].append("personnel_named_staff")
    return label(d, "non_public", "none", rs, why)


def t_bid_before_opening(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), r.choice(SIDO), police(r), hospital(r)])
    k = i % 3
    proj = r.choice(["청사 방호 용역", "CCTV 통합관제 유지보수", "급식실 환기설비 공사", "전자기록물 이관 용역", "구급차 구매"])
    if k == 0:
        title = "예정가격 조서(%s)" % proj
        b = r.randrange(80_000_000, 900_000_000, 10000)
        rows = [["복수예비가격 번호", "금액(원)", "추첨 여부"]] + [[str(n), "{:,}".format(int(b * r.uniform(0.98, 1.02)) // 10 * 10), r.choice(["", "○"])] for n in range(1, 7)]
        bl = [P(title, center=True, bold=True), P("기초금액: {:,}원".format(b)), T(rows), P("개찰 예정일: %s 11:00 — 개찰 전 누설 금지" % ymd(r)), P("작성자: 계약담당 %s (인)" % name(r))]
        rs, why = ["OIDA-9-1-5"], "예정가격/기초금액 before opening (입찰계약, 9-1-5)."
    elif k == 1:
        title = "%s 제안서 평가위원 후보자 명단(추첨 전)" % proj
        rows = [["연번", "성명", "소속", "전문 분야", "연락처"]] + [[str(n), name(r), r.choice(["○○대 교수", "기술사", "연구원"]), r.choice(["정보보안", "건축설비", "전산"]), mobile(r)] for n in range(1, 7)]
        bl = [P(title, center=True, bold=True), T(rows), P("평가 일시: %s — 평가 전 명단 공개 시 로비 우려" % ymd(r))]
        rs, why = ["OIDA-9-1-5", "OIDA-9-1-6"], "Evaluator pool before evaluation (9-1-5) with private contact data (9-1-6)."
    else:
        title = "%s 기초금액 산정 검토(내부)" % proj
        bl = [P(title, center=True, bold=True), P("1. 원가계산 용역 결과: %s" % won(r, 90_000_000, 900_000_000)), P("2. 유사 사업 낙찰률 평균 %.2f%%" % r.uniform(86, 89)),
              P("3. 검토 의견: 기초금액을 %s로 확정하여 공고할 것을 제안(입찰 공고 전)" % won(r, 90_000_000, 900_000_000))]
        rs, why = ["OIDA-9-1-5"], "Base-price calculation before the tender is announced (9-1-5)."
    d = base(title, "입찰·계약(개찰 전)", "입찰·계약", bl)
    marking = "none"
    if i % 3 == 0 or i == 1:
        dstamp(d, r, fmt); marking = "대외비"
    d["flags"].append("before_opening")
    return label(d, "non_public", marking, rs, why)


def t_investigation(i, r, fmt):
    k = i % 4
    sus = name(r)
    if k == 0:
        org = r.choice([police(r)])
        title = "수사 협조 의뢰(자료 제공 요청)"
        recv = r.choice([health_center(r), edu_office(r), corp(r), hospital(r)]) + "장"
        body = ["1. 우리 서에서 수사 중인 %s 사건(사건번호 %d-%06d)과 관련하여 형사소송법 제199조에 따라 자료 제공을 요청합니다." % (r.choice(["사기", "업무상횡령", "개인정보 유출"]), r.randint(2025, 2026), r.randint(0, 999999)),
                "2. 피의자: %s (주민등록번호 %s)" % (sus, rrn(r)), "3. 요청 자료: %s ~ %s 출입 기록 및 CCTV 영상" % (ymd(r), ymd(r)),
                "4. 수사 중인 사안이므로 피의자에게 요청 사실을 알리지 마시기 바랍니다.", "담당: 수사과 경위 %s" % name(r)]
        rs = ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-24"]
    elif k == 1:
        org = r.choice(["가온지방검찰청", "미르지방검찰청 서부지청", "청람지방검찰청"])
        title = "사실 조회 요청(형사 사건)"
        recv = r.choice([r.choice(SIDO), corp(r)]) + "장"
        body = ["1. 피의자 %s(생년월일 %s)에 대한 %s 피의사건 수사와 관련하여 다음 사항을 조회하오니 회신하여 주시기 바랍니다." % (sus, ymd(r, 1960, 1995), r.choice(["뇌물수수", "입찰방해", "공문서위조"])),
                "2. 조회 사항: 재직 기간, 담당 업무, %s 입찰 관련 결재 문서 일체" % ymd(r), "3. 본 조회는 수사 중인 사안으로 외부에 알려지지 않도록 하여 주시기 바랍니다.", "검사 %s" % name(r)]
        rs = ["OIDA-9-1-4", "OIDA-9-1-6"]
    elif k == 2:
        org = r.choice(["가온지방법원", "미르가정법원", "청람지방법원 하람지원"])
        title = "사실조회 촉탁서(%d가합%05d 손해배상)" % (r.randint(2025, 2026), r.randint(0, 99999))
        recv = r.choice([edu_office(r), school(r), hospital(r)]) + "장"
        body = ["1. 원고 %s, 피고 %s 사이의 위 사건에 관하여 다음 사항을 조회합니다." % (name(r), sus), "2. 조회 사항: 원고의 %s 진료 기록 사본 및 상해 진단 내역" % ymd(r),
                "3. 회신 기한: %s" % ymd(r), "재판장 판사 %s" % name(r)]
        rs = ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"]
    else:
        org = r.choice([edu_office(r), hospital(r), r.choice(SIDO)])
        title = "%s 수사기관 자료 제공 회신" % r.choice(["경찰", "검찰"])
        recv = police(r) + "장(수사과)"
        body = ["1. 귀 서 %s(%s) 관련입니다." % (docno(r, "수사과"), ymd(r)), "2. 요청하신 대상자 %s의 자료를 다음과 같이 제공합니다." % sus,
                T([["항목", "내용"], ["주소", home_addr(r)], ["연락처", mobile(r)], ["여권번호", "M%08d" % r.randint(0, 99999999)], ["출입 기록", "%s 08:12 출입, 22:47 퇴실" % ymd(r)]]),
                "3. 본 자료는 수사 목적 외에 사용할 수 없습니다."]
        rs = ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-24"]
    bl = gongmun(r, org, recv, title, body, dept=r.choice(["수사과", "형사과", "민사과", "행정지원과"]))
    d = base(title, "수사·재판 협조", "경찰서·검찰·법원", bl)
    if i % 3 == 1:
        f = pubfield(r, "non_public", [4, 6]); d["header"] = f; d.update(cue_kind="stated_field", cue_slot="header", cue_text=f)
    d["flags"].append("investigation_or_court")
    return label(d, "non_public", "none", rs, "Ongoing investigation/court matter naming a suspect or party (9-1-4, 9-1-6).")


def t_facility_security(i, r, fmt):
    org = r.choice([ministry(r) + " 세종청사 관리소", r.choice(SIDO) + "청", edu_office(r), police(r), hospital(r), corp(r) + " 발전본부", "국가기록보존원 서고동"])
    k = i % 3
    if k == 0:
        title = "%s CCTV 배치 현황 및 사각지대 보완 계획" % org
        rows = [["번호", "설치 위치", "방향", "녹화 서버", "비고"]] + [["C-%02d" % n, r.choice(["정문 게이트", "지하 2층 전산실 앞", "서고 출입문", "옥상 통신실", "민원실 후문"]), r.choice(["북", "남", "동", "서"]), "NVR-%d" % r.randint(1, 4), r.choice(["", "사각지대", "야간 식별 불가"])] for n in range(1, 7)]
        bl = [P(title, center=True, bold=True), T(rows), P("사각지대: 지하 주차장 B구역 %d m 구간, 야간 순찰 공백 02:00~04:00" % r.randint(10, 40))]
    elif k == 1:
        title = "%s 통제구역 지정 및 출입 통제 계획" % org
        bl = [P(title, center=True, bold=True), P("1. 통제구역: 전산실(본관 B1), 비밀 보관실(별관 3층), 발전기실"),
              P("2. 출입 인가자: 보안담당관 %s 외 %d명 — 출입카드 2중 인증, 비밀번호는 분기별 변경" % (name(r), r.randint(3, 9))),
              P("3. 비상 시 차단 절차: 방화셔터 %d개소 수동 폐쇄 순서 및 예비 열쇠 보관 위치(당직실 금고)" % r.randint(2, 8))]
    else:
        title = "%s 방호 계획(%d년)" % (org, r.randint(2025, 2026))
        bl = [P(title, center=True, bold=True), P("1. 방호 인력: 청원경찰 %d명, 3교대, 취약 시간 %02d:00~%02d:00" % (r.randint(6, 30), r.randint(0, 3), r.randint(4, 6))),
              P("2. 외곽 울타리 감지기 %d개, 미작동 구간 %d m" % (r.randint(20, 90), r.randint(5, 60))), P("3. 테러 대응 시 차량 차단봉 운용 및 집결지 좌표")]
    d = base(title, "시설 보안", "시설 방호", bl)
    lvl = ["대외비", "대외비", "III급", "none"][i % 4]
    if lvl == "대외비":
        dstamp(d, r, fmt)
        return label(d, "non_public", "대외비", ["OIDA-9-1-3"], "Facility protection detail (9-1-3); 대외비 gives no 9-1-1.")
    if lvl == "III급":
        s = secret_form(r, "III급"); slot = slot_for(r, fmt); place(d, s, slot)
        y = yegomun(r, "III급"); d["blocks"].append(P(y, cue=True)); d["blocks"].append(P("사본번호: %d/%d" % (r.randint(1, 3), r.randint(3, 5)), cue=True))
        d.update(cue_kind="stamp+예고문", cue_slot=slot, cue_text=s, yegomun=y)
        return label(d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3"], "Ⅲ급 secret (9-1-1) on facility protection (9-1-3).")
    d["flags"].append("content_only")
    return label(d, "non_public", "none", ["OIDA-9-1-3"], "No stamp, but CCTV blind spots/access codes endanger the facility (9-1-3).")


def t_national_secret(i, r, fmt):
    levels = ["I급", "II급", "III급", "II급", "III급", "I급", "II급", "III급", "II급", "III급", "I급", "II급", "III급", "I급", "II급", "II급", "III급"]
    lvl = levels[i % len(levels)]
    m = r.choice(["대외협력부", "국가방위부", "통일협력부", "통상교섭처"])
    topics = {"대외협력부": ["%s 정상회담 의제 조율 결과" % r.choice(["A국", "B국", "C국"]), "재외국민 철수 계획(%s 지역)" % r.choice(["동부", "남부"])],
              "국가방위부": ["%s 방공 작전 보완 계획" % r.choice(["서부", "중부"]), "예비전력 동원 자원 명세", "전시 물자 비축 현황"],
              "통일협력부": ["남북 %s 회담 대응 전략" % r.choice(["고위급", "실무", "체육"]), "접경지역 비상 연락 체계"],
              "통상교섭처": ["%s 통상 협정 양허안(최종 협상 카드)" % r.choice(["D국", "E국"]), "수출 통제 품목 조정 협의"]}
    title = r.choice(topics[m])
    bl = [P(title, center=True, bold=True), P("%s %s  %s" % (m, r.choice(["정책실", "전략기획관실", "협상총괄과"]), ymd(r))),
          P("1. 상황: %s" % r.choice(["상대국의 입장 변화에 따른 대응 필요", "정보 판단 결과 위기 징후 증가", "협상 시한 임박"])),
          P("2. 우리 측 입장(안): 하한선 %d%%, 대안 %s" % (r.randint(3, 30), r.choice(["단계적 양보", "연계 전략", "유보"]))),
          P("3. 조치 계획: 관계 기관 %d곳 합동 TF 가동, 위기 단계 격상 기준 설정" % r.randint(3, 9))]
    d = base(title, "중앙부처(외교·통상·국방·통일)", "중앙부처", bl)
    s = secret_form(r, lvl)
    ocr = fmt == "pdf" and i % 2 == 0
    if ocr:
        s = r.choice(OCR_STAMP[lvl]); d["force_scan"] = True
    slot = slot_for(r, fmt)
    if lvl == "I급" or r.random() < 0.4:
        slot = "header+footer" if slot not in ("header+footer", "first+last_line") else slot
    place(d, s, slot)
    y = yegomun(r, lvl)
    d["blocks"].append(P(y, cue=True))
    d["blocks"].append(P("사본번호: %d/%d   분류 근거: 보안업무규정" % (r.randint(1, 4), r.randint(4, 8)), cue=True))
    d.update(cue_kind="stamp_ocr_broken" if ocr else "stamp+예고문", cue_slot=slot, cue_text=s, yegomun=y)
    return label(d, "non_public", lvl, ["OIDA-9-1-1", "OIDA-9-1-2"], "Classified (%s) national-security/diplomatic content." % lvl)


def t_secform_filled(i, r, fmt):
    org = r.choice([ministry(r), r.choice(SIDO), police(r), corp(r)])
    k = i % 4
    if k == 0:
        title = "비밀 관리기록부(%d년)" % r.randint(2025, 2026)
        rows = [["관리번호", "생산일", "문서 제목", "등급", "사본번호", "예고문", "취급자"]] + [["%d-%03d" % (r.randint(2025, 2026), r.randint(1, 300)), ymd(r), r.choice(["예비전력 동원 자원 명세", "방공 작전 보완 계획", "비상 연락 체계"]), r.choice(["Ⅱ급", "Ⅲ급"]), "%d/%d" % (r.randint(1, 3), 3), "%d. 12. 31. 재분류" % r.randint(2027, 2030), name(r)] for _ in range(4)]
        bl = [P(title, center=True, bold=True), P("기관: %s 보안담당관" % org), T(rows)]
        bl_doc = dstamp(base(title, "보안 서식(작성)", "보안 서식", bl), r, fmt); bl_doc["flags"].append("filled_form")
        return label(bl_doc, "non_public", "대외비", ["OIDA-9-1-2"], "Filled register listing titles of defence secrets; marked 대외비 (no 9-1-1).")
    if k == 1:
        title = "%s 사업 세부 계획" % r.choice(["비상대비 자원", "국가중요시설 경계", "통합방위 작전"])
        lvl = r.choice(["III급", "II급"])
        bl = [P(title, center=True, bold=True), P("1. 동원 대상 업체 %d곳 및 비축 물자 수량" % r.randint(5, 40)), P("2. 소산 위치: 좌표 %d.%04d, %d.%04d" % (r.randint(33, 38), r.randint(0, 9999), r.randint(125, 129), r.randint(0, 9999)))]
        d = base(title, "보안 서식(예고문 포함 비밀)", "보안 서식", bl)
        s = secret_form(r, lvl); slot = slot_for(r, fmt); place(d, s, slot)
        y = yegomun(r, lvl); d["blocks"].insert(1, T([["예고문", y.split(":", 1)[1].strip()], ["사본번호", "제 %d 호 (총 %d부)" % (r.randint(1, 3), r.randint(3, 5))], ["보호기간", "%d. 12. 31.까지" % r.randint(2027, 2031)]]))
        d.update(cue_kind="stamp+예고문_table", cue_slot=slot, cue_text=s, yegomun=y); d["flags"].append("filled_form")
        return label(d, "non_public", lvl, ["OIDA-9-1-1", "OIDA-9-1-2"], "Actual %s secret with 예고문/사본번호 table." % lvl)
    if k == 2:
        title = "비밀 파기 확인서"
        rows = [["연번", "관리번호", "등급", "매수", "파기 일시", "파기자", "입회자"]] + [[str(n), "%d-%03d" % (r.randint(2018, 2022), r.randint(1, 300)), r.choice(["Ⅱ급", "Ⅲ급"]), str(r.randint(2, 40)), ymd(r), "주무관 %s" % name(r), "보안담당관 %s" % name(r)] for n in range(1, 4)]
        bl = [P(title, center=True, bold=True), P("기관: %s" % org), T(rows), P("위 비밀은 예고문에 따라 보호기간이 만료되어 세단 파기하였음을 확인합니다.")]
        d = base(title, "보안 서식(파기 확인, 제목 없음)", "보안 서식", bl)
        d["flags"] += ["filled_form", "mention_only_marking"]
        return label(d, "public", "none", [], "Destruction record with only 관리번호·등급 and officials in role; no secret content, no marking carried.")
    title = "비밀 열람기록전(%s)" % r.choice(["방공 작전 보완 계획", "재외국민 철수 계획"])
    rows = [["열람 일시", "소속", "직위", "성명", "열람 사유"]] + [[ymd(r), r.choice(["정책실", "작전과", "기획관실"]), r.choice(["사무관", "서기관", "주무관"]), name(r), "업무 검토"] for _ in range(3)]
    bl = [P(title, center=True, bold=True), T(rows)]
    d = base(title, "보안 서식(열람기록전)", "보안 서식", bl)
    s = secret_form(r, "III급"); slot = slot_for(r, fmt); place(d, s, slot)
    d.update(cue_kind="stamp", cue_slot=slot, cue_text=s); d["flags"].append("filled_form")
    return label(d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "열람기록전 attached to a Ⅲ급 secret carries its marking.")


def t_health_record(i, r, fmt):
    hc = r.choice([health_center(r), hospital(r)])
    k = i % 3
    if k == 0:
        title = "결핵 환자 관리 대장(%s)" % hc
        rows = [["성명", "주민등록번호" if i % 2 == 0 else "생년월일", "주소", "진단일", "치료 상태"]] + [[name(r), rrn(r) if i % 2 == 0 else ymd(r, 1940, 2000), home_addr(r), ymd(r), r.choice(["치료 중", "완치", "중단"])] for _ in range(4)]
        rs = ["OIDA-9-1-6", "PIPA-23"] + (["PIPA-24"] if i % 2 == 0 else [])
    elif k == 1:
        title = "감염병 역학조사 결과 보고(%s)" % r.choice(["집단 식중독", "홍역", "레지오넬라"])
        p1 = name(r)
        rows = [["사례", "성명", "나이", "직장/학교", "증상 발생일", "검사 결과"]] + [["#%d" % n, name(r), str(r.randint(5, 80)), r.choice([school(r), corp(r), "무직"]), ymd(r), r.choice(["양성", "음성"])] for n in range(1, 5)]
        rs = ["OIDA-9-1-6", "PIPA-23"]
    else:
        title = "%s 정신건강 사례관리 회의 자료" % hc
        rows = [["대상자", "연령", "진단", "위기 수준", "담당"]] + [[name(r), str(r.randint(18, 80)), r.choice(["조현병", "알코올 사용장애", "우울증"]), r.choice(["고", "중", "저"]), "정신건강전문요원 %s" % name(r)] for _ in range(3)]
        rs = ["OIDA-9-1-6", "PIPA-23"]
    bl = [P(title, center=True, bold=True), P("작성: %s %s" % (hc, ymd(r))), T(rows)]
    if i % 4 == 3:
        bl.insert(0, P("취급 주의 — 개인정보(민감정보) 포함", cue=True))
    d = base(title, "보건·의료 기록", "보건소·공공병원", bl)
    return label(d, "non_public", "none", rs, "Roster of identifiable patients with diagnoses; the record itself is the sensitive part.")


def t_union_dues(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), hospital(r)])
    title = "%d년 %d월 노동조합 조합비 급여 공제 명단" % (r.randint(2025, 2026), r.randint(1, 12))
    rows = [["사번", "성명", "부서", "조합", "공제액"]] + [["%06d" % r.randint(0, 999999), name(r), r.choice(["운영팀", "간호부", "시설팀"]), r.choice(["공공노조 %s지부" % org[:2], "직원노동조합"]), won(r, 10000, 60000, 100)] for _ in range(5)]
    bl = [P(title, center=True, bold=True), T(rows), P("작성: 급여 담당 %s" % name(r))]
    d = base(title, "인사·급여(노조 공제)", "공기업·공단", bl)
    return label(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "Union membership of named employees (민감정보).")


def t_audit_ongoing(i, r, fmt):
    org = r.choice([corp(r), edu_office(r), r.choice(SIDO), hospital(r), research(r), school(r)])
    auditor = r.choice(["감사원 %s감사국" % r.choice(["제1", "제2", "공공기관"]), org + " 감사실", r.choice(SIDO) + " 감사위원회"])
    who = name(r)
    k = i % 2
    if k == 0:
        title = "문답서"
        bl = [P(title, center=True, bold=True), P("감사 기관: %s   감사 사항: %s" % (auditor, r.choice(["연구비 부당 집행", "수의계약 특혜", "채용 비리 의혹"]))),
              P("피감사인: %s %s %s" % (org, r.choice(["팀장", "연구원", "행정실장"]), who)),
              P("문: %s 업체와의 계약 당시 견적을 1곳에서만 받은 이유는 무엇입니까?" % r.choice(COMPANIES)),
              P("답: 당시 급하게 집행해야 해서 그렇게 했습니다. 업체 대표와는 %s 사이입니다." % r.choice(["대학 동기", "친척", "전 직장 동료"])),
              P("위 진술 내용이 사실과 다름없음을 확인합니다.  진술인 %s (서명)" % who)]
        rs = ["OIDA-9-1-5", "OIDA-9-1-6"]
    else:
        title = "%s 특정 감사 중간 보고(내부)" % org
        bl = [P(title, center=True, bold=True), P("1. 감사 진행 상황: 자료 징구 완료, 관련자 %d명 문답 예정" % r.randint(3, 9)),
              P("2. 주요 혐의: %s 팀장 %s의 초과근무수당 부당 수령 추정액 %s" % (r.choice(["시설", "총무", "전산"]), who, won(r, 1_000_000, 20_000_000))),
              P("3. 처분 수위(안): 미정 — 추가 확인 후 감사위원회 심의")]
        rs = ["OIDA-9-1-5", "OIDA-9-1-6"]
    d = base(title, "감사(진행 중)", "감사원·감사실", bl)
    if i % 3 == 0:
        f = pubfield(r, "non_public", [5, 6]); place(d, f, "footer"); d.update(cue_kind="stated_field", cue_slot="footer", cue_text=f)
    return label(d, "non_public", "none", rs, "Ongoing audit naming the audited official (9-1-5 감사, 9-1-6).")


def t_real_estate(i, r, fmt):
    org = r.choice([r.choice(SIDO), corp(r), ministry(r)])
    title = "%s 개발 사업 후보지 검토(미발표)" % r.choice(["공공주택 지구", "산업단지", "역세권 복합개발", "교육청 신청사"])
    bl = [P(title, center=True, bold=True), P("1. 후보지: %s %s 일원 %d만㎡ (1순위), %s 일원 (2순위)" % (r.choice(SIDO), r.choice(SIGUNGU), r.randint(10, 300), r.choice(SIGUNGU))),
          P("2. 편입 필지 %d필지, 현 공시지가 평균 ㎡당 %s" % (r.randint(50, 900), won(r, 100000, 3000000, 1000))),
          P("3. 발표 예정: %s (발표 전까지 외부 유출 시 투기 우려)" % ymd(r)), P("4. 관계 기관 협의 진행 중")]
    d = base(title, "검토 보고(개발계획)", "중앙부처·지자체·공기업", bl)
    if i % 2 == 0:
        dstamp(d, r, fmt)
        return label(d, "non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-8"], "Unannounced development site (9-1-8) under review (9-1-5); 대외비.")
    return label(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"], "Unannounced development site (9-1-8) under review (9-1-5).")


def t_council_closed(i, r, fmt):
    cn = council_name(r)
    title = "제%d회 %s %s 회의록(비공개 회의)" % (r.randint(280, 420), cn, r.choice(["윤리특별위원회", "운영위원회", "인사청문특별위원회"]))
    tgt = name(r)
    bl = [P(title, center=True, bold=True), P("※ 지방자치법에 따라 의결로 비공개한 회의임", cue=True),
          P("안건: %s 의원 %s에 대한 징계의 건" % (cn, tgt) if i % 2 == 0 else "안건: %s 후보자 %s 인사청문(개인 신상 검증)" % (r.choice(["시설관리공단 이사장", "교육연구원장"]), tgt)),
          P("○위원 %s  %s 관련 사실관계를 확인하겠습니다. %s" % (name(r), tgt, r.choice(["가족 명의 부동산 %d건의 취득 경위는?" % r.randint(2, 5), "음주운전 벌금 전력에 대해 설명해 주십시오."]))),
          P("○%s  개인 사정으로 답변이 곤란합니다." % tgt), P("○위원장 %s  표결 결과 %s (의결 전 협의 단계)" % (name(r), r.choice(["보류", "계속 심사"])))]
    d = base(title, "지방의회 회의록(비공개)", "지방의회", bl)
    d.update(cue_kind="statement_closed_session", cue_slot="first_line", cue_text="※ 지방자치법에 따라 의결로 비공개한 회의임")
    rs = ["OIDA-9-1-5", "OIDA-9-1-6"] + (["PIPA-23"] if "음주운전" in to_text(d) else [])
    return label(d, "non_public", "none", rs, "Closed session on an individual's discipline/vetting, undecided.")


def t_research_draft(i, r, fmt):
    ri = research(r)
    title = "%s (중간보고서·내부 검토용)" % r.choice(["국방 인력 구조 개편 방향", "공공기관 지방 이전 2단계 대상 선정 기준", "대학 구조조정 시나리오", "통상 협상 영향 분석"])
    bl = [P(title, center=True, bold=True), P("%s  연구책임자 %s 선임연구위원" % (ri, name(r))),
          P("요약: 본 보고서는 발주 부처의 정책 결정 전 검토를 위한 중간 결과로서 확정된 정부 입장이 아님."),
          P("1. 대안별 시뮬레이션 결과: A안 비용 %s, B안 비용 %s" % (won(r, 1_000_000_000, 90_000_000_000, 1_000_000), won(r, 1_000_000_000, 90_000_000_000, 1_000_000))),
          P("2. 대상 기관 순위(잠정): %s" % ", ".join(r.sample([corp(r), "국가기록보존공단", "한결에너지공사", "새솔교통공사", "미르환경공단"], 3))),
          P("3. 정책 제언(안)")]
    d = base(title, "연구보고서(중간)", "연구기관", bl)
    dstamp(d, r, fmt)
    return label(d, "non_public", "대외비", ["OIDA-9-1-5"], "Interim research report feeding an undecided policy (9-1-5), 대외비.")


def t_research_final_public(i, r, fmt):
    ri = research(r)
    title = "%s 최종 보고서(공개본)" % r.choice(["공공도서관 이용 실태 조사", "학교 안전사고 통계 분석", "지방의회 회의 공개 제도 비교", "보건소 방문건강관리 효과 평가"])
    bl = [P(title, center=True, bold=True), P("%s  연구책임자 %s 연구위원, 공동연구원 %s" % (ri, name(r), name(r))),
          P("요약: 전국 %d개 기관 설문(응답률 %d%%) 결과를 분석하였다." % (r.randint(50, 400), r.randint(40, 90))),
          T([["구분", "%d년" % r.randint(2022, 2023), "%d년" % r.randint(2024, 2025)], ["이용자 수(천 명)", str(r.randint(100, 900)), str(r.randint(100, 900))], ["만족도(점)", "%.1f" % r.uniform(60, 90), "%.1f" % r.uniform(60, 90)]]),
          P("※ 본 보고서의 내용은 연구진의 의견으로 정부의 공식 입장과 다를 수 있습니다."),
          P("발간등록번호 %d-%07d-%06d-%02d" % (r.randint(11, 99), r.randint(0, 9999999), r.randint(0, 999999), r.randint(10, 99)))]
    d = base(title, "연구보고서(최종 공개)", "연구기관", bl)
    if i % 2 == 0:
        f = pubfield(r, "public"); d["footer"] = f; d.update(cue_kind="stated_field", cue_slot="footer", cue_text=f)
    d["flags"].append("hard_negative")
    return label(d, "public", "none", [], "Published final research report; researchers named in role.")

# ================================================================ plan and main
PLAN = [  # (template function, variants)
    (t_library_museum, 8), (t_press_release, 12), (t_statistics, 8), (t_law_explainer, 10), (t_recruit_notice, 7),
    (t_bid_result, 8), (t_council_minutes_public, 8), (t_audit_result_public, 6), (t_declass_notice, 5),
    (t_cover_letter_separate, 5), (t_secform_blank, 4), (t_long_gongmun_public, 6), (t_personnel_notice_public, 5),
    (t_research_final_public, 5),
    (t_gongmun_one_attach_withheld, 18), (t_civil_result, 12), (t_council_question_petitioner, 6), (t_contract_cost, 8),
    (t_hospital_board, 6), (t_school_award_list, 6), (t_fire_inspection, 6), (t_eval_result_phones, 6), (t_mislabeled, 4),
    (t_board_minutes_corp, 6), (t_ocr_complaint, 6),
    (t_review_report, 14), (t_personnel_deliberation, 12), (t_bid_before_opening, 9), (t_investigation, 10),
    (t_facility_security, 12), (t_national_secret, 17), (t_secform_filled, 8), (t_health_record, 8), (t_union_dues, 3),
    (t_audit_ongoing, 6), (t_real_estate, 4), (t_council_closed, 4), (t_research_draft, 6),
]
FMTS = ["text", "hwpx", "pdf"]
FORCE_FMT = {"t_ocr_complaint": "pdf"}
LOC = {"text": {"header": "first_line", "footer": "last_line", "header+footer": "first_and_last_line", "textbox": "first_line"},
       "hwpx": {"header": "page_header(머리말 컨트롤)", "footer": "page_footer(꼬리말 컨트롤)", "header+footer": "page_header+page_footer", "textbox": "text_box(글상자)"},
       "pdf": {"header": "page_header", "footer": "page_footer", "header+footer": "page_header+page_footer", "textbox": "stamp_box"}}


def build():
    items = []
    for ti, (fn, n) in enumerate(PLAN):
        tname = fn.__name__
        for i in range(n):
            fmt = FORCE_FMT.get(tname, FMTS[(i + ti) % 3])
            r = R(tname, i)
            d = fn(i, r, fmt)
            scan = fmt == "pdf" and (d.get("force_scan") or R(tname, i, "scan").random() < 0.3)
            if scan:
                d = apply_ocr(d, R(tname, i, "ocr"))
            items.append((tname, i, fmt, scan, d))
    order = list(range(len(items)))
    R("order").shuffle(order)
    return [items[k] for k in order]


def main():
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    recs, metas = [], []
    for n, (tname, i, fmt, scan, d) in enumerate(build()):
        did = "sens_aj-%04d" % (n + 1)
        rec = {"id": did}
        if fmt == "text":
            rec["text"] = to_text(d)
        elif fmt == "hwpx":
            rel = "files/%s.hwpx" % did
            write_hwpx(os.path.join(OUT, rel), d)
            rec["file"] = rel
        else:
            rel = "files/%s.pdf" % did
            write_pdf(os.path.join(OUT, rel), d, scan=scan, seed="%s|%d" % (tname, i))
            rec["file"] = rel
        rec.update(disclosure=d["disclosure"], marking=d["marking"], reasons=d["reasons"], genre=d["genre"])
        slot = d["cue_slot"]
        meta = {"id": did, "template": tname, "variant": i, "format": fmt, "scan_ocr": bool(scan),
                "cue_kind": d["cue_kind"], "cue_location": LOC[fmt].get(slot, slot), "cue_slot": slot, "cue_text": d["cue_text"],
                "flags": d["flags"], "issuer_type": d["org_type"], "title": d["title"], "why": d["why"]}
        if d.get("yegomun"):
            meta["yegomun"] = d["yegomun"]
        recs.append(rec); metas.append(meta)
    with open(os.path.join(OUT, "sens_aj.jsonl"), "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "sens_aj.meta.jsonl"), "w", encoding="utf-8") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))


def validate():
    """Re-open every output: JSON parses, HWPX is a valid OWPML zip, PDF opens (pypdf), cue_text is printed."""
    import re
    import xml.dom.minidom
    from pypdf import PdfReader
    recs = [json.loads(l) for l in open(os.path.join(OUT, "sens_aj.jsonl"), encoding="utf-8")]
    metas = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(OUT, "sens_aj.meta.jsonl"), encoding="utf-8"))}
    allowed = {"OIDA-9-1-%d" % k for k in range(1, 9)} | {"PIPA-23", "PIPA-24"}
    squash = lambda t: re.sub(r"\s+", "", t)
    for rec in recs:
        m = metas[rec["id"]]
        assert rec["disclosure"] in ("public", "partial", "non_public")
        assert rec["marking"] in ("none", "대외비", "III급", "II급", "I급")
        assert set(rec["reasons"]) <= allowed
        assert (rec["disclosure"] == "public") == (not rec["reasons"]), rec["id"]
        assert ("OIDA-9-1-1" in rec["reasons"]) == (rec["marking"] in ("III급", "II급", "I급")), rec["id"]
        if "text" in rec:
            txt = rec["text"]
        elif rec["file"].endswith(".hwpx"):
            with zipfile.ZipFile(os.path.join(OUT, rec["file"])) as z:
                infos = z.infolist()
                assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
                assert z.read("mimetype") == b"application/hwp+zip"
                names = z.namelist()
                for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml", "META-INF/manifest.xml"):
                    assert req in names, req
                for nm in names:
                    if nm.endswith((".xml", ".hpf", ".rdf")):
                        xml.dom.minidom.parseString(z.read(nm))
                sec = z.read("Contents/section0.xml").decode("utf-8")
            txt = "".join(re.findall(r"<hp:t>(.*?)</hp:t>", sec.replace("<hp:lineBreak/>", "\n")))
            txt = txt.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        else:
            rd = PdfReader(os.path.join(OUT, rec["file"]))
            txt = "".join(p.extract_text() or "" for p in rd.pages)
            assert len(rd.pages) >= 1
        if m["cue_text"]:
            assert squash(m["cue_text"]) in squash(txt), (rec["id"], m["cue_text"])
        assert len(squash(txt)) > 80, rec["id"]
    print("validated %d records" % len(recs))


if __name__ == "__main__":
    if "--validate" in sys.argv:
        validate()
    else:
        main()
