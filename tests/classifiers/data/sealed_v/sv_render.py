# -*- coding: utf-8 -*-
"""Renderers: inline text, HWPX (OWPML zip) and PDF (reportlab, Korean CID font)."""
import io
import zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- text
def render_text(doc, tsep=" | "):
    out = []
    if doc.get("header"):
        out.append(doc["header"])
    if doc.get("title"):
        out.append(doc["title"])
    fn_n = 0
    fns = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "box":
            out.append(b[1])
        elif k == "tbl":
            for row in b[1]:
                out.append(tsep.join(row).strip())
        elif k == "fn":
            fn_n += 1
            out[-1] = out[-1] + f"{fn_n})"
            fns.append(f"{fn_n}) {b[1]}")
    if fns:
        out.append("")
        out.extend(fns)
    if doc.get("footer"):
        out.append(doc["footer"])
    return "\n".join(out)


def plain_lines(doc):
    """All strings a viewer/extractor should find in the rendered file."""
    s = []
    for k in ("header", "title", "footer"):
        if doc.get(k):
            s.append(doc[k])
    for b in doc["blocks"]:
        if b[0] == "tbl":
            for row in b[1]:
                s.extend(row)
        else:
            s.append(b[1])
    return s


# ---------------------------------------------------------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head ' + NS + ' version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList>'
              '<hh:fontfaces itemCnt="2">'
              '<hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '</hh:fontfaces>'
              '<hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
              '</hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '</hh:borderFill>'
              '</hh:borderFills>'
              '<hh:charProperties itemCnt="2">'
              '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1500" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
              '</hh:charProperties>'
              '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
              '<hh:paraProperties itemCnt="2">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/>'
              '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/>'
              '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '</hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList>'
              '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
              '</hh:head>')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_v make_set.py" appVersion="1.0"/>')

CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')

MANIFEST_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')


def content_hpf(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<opf:package ' + NS + ' version="" unique-identifier="" id="">'
            '<opf:metadata><opf:title>' + escape(title) + '</opf:title><opf:language>ko</opf:language></opf:metadata>'
            '<opf:manifest>'
            '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '</opf:manifest>'
            '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
            '</opf:package>')


class _Ids:
    def __init__(self):
        self.n = 1000

    def __call__(self):
        self.n += 1
        return self.n


def _para(ids, text, char=0, para=0, extra_runs=""):
    return (f'<hp:p id="{ids()}" paraPrIDRef="{para}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="{char}"><hp:t>{escape(text)}</hp:t></hp:run>{extra_runs}</hp:p>')


def _sublist(ids, texts, vert="TOP"):
    ps = "".join(_para(ids, t) for t in texts)
    return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{vert}" '
            f'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">{ps}</hp:subList>')


def _tbl(ids, rows):
    nr, nc = len(rows), max(len(r) for r in rows)
    W = 42520
    cw = W // nc
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci in range(nc):
            cell = row[ci] if ci < len(row) else ""
            tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       + _sublist(ids, [cell], "CENTER")
                       + f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       f'<hp:cellSz width="{cw}" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    return (f'<hp:tbl id="{ids()}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
            f'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
            f'<hp:sz width="{cw * nc}" widthRelTo="ABSOLUTE" height="{1800 * nr}" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
            + "".join(trs) + '</hp:tbl>')


def _rect(ids, text):
    return (f'<hp:rect id="{ids()}" zOrder="1" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="{ids()}" ratio="0">'
            '<hp:offset x="0" y="0"/><hp:orgSz width="12000" height="3200"/><hp:curSz width="12000" height="3200"/>'
            '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="6000" centerY="1600" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
            '<hc:fillBrush><hc:winBrush faceColor="none" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
            '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
            '<hp:drawText lastWidth="12000" name="" editable="0">' + _sublist(ids, [text], "CENTER")
            + '<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            '<hc:pt0 x="0" y="0"/><hc:pt1 x="12000" y="0"/><hc:pt2 x="12000" y="3200"/><hc:pt3 x="0" y="3200"/>'
            '<hp:sz width="12000" widthRelTo="ABSOLUTE" height="3200" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="2800" horzOffset="2800"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/>'
            '<hp:shapeComment>stamp</hp:shapeComment></hp:rect>')


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
         '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
         '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
         '</hp:secPr>')


def render_hwpx(doc):
    ids = _Ids()
    parts = []
    ctrl = ""
    if doc.get("header"):
        ctrl += (f'<hp:ctrl><hp:header id="{ids()}" applyPageType="BOTH">'
                 + _sublist(ids, [doc["header"]]) + '</hp:header></hp:ctrl>')
    if doc.get("footer"):
        ctrl += (f'<hp:ctrl><hp:footer id="{ids()}" applyPageType="BOTH">'
                 + _sublist(ids, [doc["footer"]], "BOTTOM") + '</hp:footer></hp:ctrl>')
    first = (f'<hp:p id="{ids()}" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
             f'<hp:run charPrIDRef="1">{SECPR}{ctrl}<hp:t>{escape(doc.get("title") or "")}</hp:t></hp:run></hp:p>')
    parts.append(first)
    fn_n = 0
    for b in doc["blocks"]:
        k = b[0]
        if k == "p":
            parts.append(_para(ids, b[1]))
        elif k == "tbl":
            parts.append(f'<hp:p id="{ids()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                         f'<hp:run charPrIDRef="0">{_tbl(ids, b[1])}<hp:t/></hp:run></hp:p>')
        elif k == "box":
            parts.append(f'<hp:p id="{ids()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                         f'<hp:run charPrIDRef="0">{_rect(ids, b[1])}<hp:t/></hp:run></hp:p>')
        elif k == "fn":
            fn_n += 1
            note = (f'<hp:run charPrIDRef="0"><hp:ctrl><hp:footNote number="{fn_n}" suffixChar="41" instId="{ids()}">'
                    + _sublist(ids, [b[1]]) + '</hp:footNote></hp:ctrl></hp:run>')
            # attach to previous paragraph
            last = parts[-1]
            parts[-1] = last[:-len("</hp:p>")] + note + "</hp:p>"
    sec = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec ' + NS + '>' + "".join(parts) + '</hs:sec>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def add(name, data, comp=zipfile.ZIP_DEFLATED):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)
        add("version.xml", VERSION_XML)
        add("Contents/header.xml", HEADER_XML)
        add("Contents/section0.xml", sec)
        add("Contents/content.hpf", content_hpf(doc.get("title") or ""))
        add("META-INF/container.xml", CONTAINER_XML)
        add("META-INF/manifest.xml", MANIFEST_XML)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF
_PDF_READY = False


def _pdf_init():
    global _PDF_READY
    if _PDF_READY:
        return
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
    _PDF_READY = True


PDF_SAFE = {"\u00b7": "\u318d", "\u2611": "\u25a0", "\u2610": "\u25a1", "\u2015": "-"}


def pdf_safe(s):
    for a, b in PDF_SAFE.items():
        s = s.replace(a, b)
    return s


def render_pdf(doc, font="HYSMyeongJo-Medium"):
    _pdf_init()
    doc = dict(doc)
    doc["title"] = pdf_safe(doc.get("title") or "")
    doc["header"] = pdf_safe(doc["header"]) if doc.get("header") else None
    doc["footer"] = pdf_safe(doc["footer"]) if doc.get("footer") else None
    doc["blocks"] = [(b[0], [[pdf_safe(c) for c in row] for row in b[1]]) if b[0] == "tbl" else (b[0], pdf_safe(b[1]))
                     for b in doc["blocks"]]
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    title = ParagraphStyle("t", parent=body, fontName="HYGothic-Medium", fontSize=15, leading=22, alignment=1, spaceAfter=8)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=12)
    cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=13)
    stamp = ParagraphStyle("st", parent=body, fontName="HYGothic-Medium", fontSize=12, leading=16, alignment=1, textColor=colors.HexColor("#B00000"))
    flow = []
    fns = []
    if doc.get("title"):
        flow.append(Paragraph(escape(doc["title"]), title))
    for b in doc["blocks"]:
        k = b[0]
        if k == "p":
            flow.append(Paragraph(escape(b[1]) if b[1] else "&nbsp;", body))
        elif k == "tbl":
            data = [[Paragraph(escape(c), cell) for c in row] for row in b[1]]
            nc = max(len(r) for r in b[1])
            data = [r + [""] * (nc - len(r)) for r in data]
            lens = [max(6, max(len(r[i]) if i < len(r) else 0 for r in b[1])) for i in range(nc)]
            tot = float(sum(lens))
            t = Table(data, colWidths=[170 * mm * x / tot for x in lens])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
            flow.append(Spacer(1, 4))
            flow.append(t)
            flow.append(Spacer(1, 4))
        elif k == "box":
            t = Table([[Paragraph(escape(b[1]), stamp)]], colWidths=[60 * mm], hAlign="RIGHT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.6, colors.HexColor("#B00000"))]))
            flow.append(t)
            flow.append(Spacer(1, 4))
        elif k == "fn":
            fns.append(b[1])
    if fns:
        flow.append(Spacer(1, 10))
        flow.append(Paragraph("-" * 30, small))
        for i, f in enumerate(fns, 1):
            flow.append(Paragraph(f"{i}) " + escape(f), small))
    hdr, ftr = doc.get("header"), doc.get("footer")

    def deco(canv, d):
        canv.saveState()
        if hdr:
            canv.setFont("HYGothic-Medium", 10)
            canv.drawCentredString(A4[0] / 2, A4[1] - 14 * mm, hdr)
            canv.setLineWidth(0.4)
            canv.line(20 * mm, A4[1] - 16 * mm, A4[0] - 20 * mm, A4[1] - 16 * mm)
        canv.setFont(font, 9)
        if ftr:
            canv.drawCentredString(A4[0] / 2, 12 * mm, ftr)
        canv.drawRightString(A4[0] - 20 * mm, 7 * mm, f"- {d.page} -")
        canv.restoreState()

    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                           bottomMargin=22 * mm, title=doc.get("title") or "", author="sens_v", creator="sens_v",
                           producer="sens_v", subject="", invariant=1)
    sd.build(flow, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()
