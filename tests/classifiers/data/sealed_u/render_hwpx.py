"""Minimal but valid OWPML (HWPX) writer: header/footer controls, hp:tbl tables, text boxes, footnotes."""
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

TEXT_W = 42520
FIXED_DATE = (2026, 1, 1, 0, 0, 0)


class _W:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def nid(self):
        self.oid += 1
        return self.oid

    def p(self, runs, para=0, page_break=False):
        self.pid += 1
        return (f'<hp:p id="{self.pid}" paraPrIDRef="{para}" styleIDRef="0" pageBreak="{1 if page_break else 0}" '
                f'columnBreak="0" merged="0">{"".join(runs)}</hp:p>')

    @staticmethod
    def run(text, cp=0):
        return f'<hp:run charPrIDRef="{cp}"><hp:t>{escape(text)}</hp:t></hp:run>'

    @staticmethod
    def sublist(paras, valign="TOP", w=0, h=0):
        return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{valign}" linkListIDRef="0" '
                f'linkListNextIDRef="0" textWidth="{w}" textHeight="{h}" hasTextRef="0" hasNumRef="0">{"".join(paras)}</hp:subList>')


def _sec_pr():
    return ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
            'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
            '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
            '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
            '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
            'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
            '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
            '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
            '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
            '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
            '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/>'
            '<hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
            '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
            '</hp:secPr>')


def _table(w, rows):
    nrow, ncol = len(rows), max(len(x) for x in rows)
    cw = TEXT_W // ncol
    rh = 1800
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci in range(ncol):
            cell = row[ci] if ci < len(row) else ""
            paras = [w.p([w.run(line)]) for line in cell.split("\n")]
            tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       f'{w.sublist(paras, "CENTER")}<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       f'<hp:cellSz width="{cw}" height="{rh}"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    return (f'<hp:run charPrIDRef="0"><hp:tbl id="{w.nid()}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" '
            f'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nrow}" colCnt="{ncol}" '
            f'cellSpacing="0" borderFillIDRef="2" noAdjust="0"><hp:sz width="{cw * ncol}" widthRelTo="ABSOLUTE" height="{rh * nrow}" '
            f'heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" '
            f'holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
            + "".join(trs) + '</hp:tbl><hp:t/></hp:run>')


def _box(w, text):
    iid = w.nid()
    inner = w.sublist([w.p([w.run(text, 1)], 1)], "CENTER")
    return (f'<hp:run charPrIDRef="0"><hp:rect id="{iid}" zOrder="1" numberingType="FIGURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
            f'lock="0" dropcapstyle="None" href="" groupLevel="0" instid="{iid}" ratio="0">'
            f'<hp:offset x="0" y="0"/><hp:orgSz width="30000" height="3600"/><hp:curSz width="30000" height="3600"/>'
            f'<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="15000" centerY="1800" rotateimage="1"/>'
            f'<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            f'<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            f'<hp:lineShape color="#000000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" '
            f'tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
            f'<hp:drawText lastWidth="30000" name="" editable="0">{inner}'
            f'<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            f'<hc:pt0 x="0" y="0"/><hc:pt1 x="30000" y="0"/><hc:pt2 x="30000" y="3600"/><hc:pt3 x="0" y="3600"/>'
            f'<hp:sz width="30000" widthRelTo="ABSOLUTE" height="3600" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
            f'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="CENTER" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect><hp:t/></hp:run>')


def _hf(w, tag, text):
    paras = [w.p([w.run(text, 1)], 1)]
    return (f'<hp:ctrl><hp:{tag} id="{w.nid()}" applyPageType="BOTH">{w.sublist(paras, "TOP" if tag == "header" else "BOTTOM", TEXT_W, 4252)}'
            f'</hp:{tag}></hp:ctrl>')


def section_xml(doc):
    w = _W()
    first = '<hp:run charPrIDRef="0">' + _sec_pr()
    if doc.header:
        first += _hf(w, "header", doc.header)
    if doc.footer:
        first += _hf(w, "footer", doc.footer)
    first += ('<hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl>'
              '</hp:run>')
    paras = [[first, w.run(doc.title, 1)]]
    para_attr = [(1, False)]
    nfn = 0
    brk = False
    for b in doc.blocks:
        k = b[0]
        if k == "page":
            brk = True
            continue
        if k == "p":
            paras.append([w.run(b[1])])
        elif k == "table":
            paras.append([_table(w, b[1])])
        elif k == "box":
            paras.append([_box(w, b[1])])
        elif k == "fn":
            nfn += 1
            note = w.p([f'<hp:run charPrIDRef="0"><hp:ctrl><hp:autoNum num="{nfn}" numType="FOOTNOTE">'
                        f'<hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/></hp:autoNum></hp:ctrl>'
                        f'<hp:t> {escape(b[1])}</hp:t></hp:run>'])
            paras[-1].append(f'<hp:run charPrIDRef="0"><hp:ctrl><hp:footNote number="{nfn}" suffixChar="41" instId="{w.nid()}">'
                             f'{w.sublist([note])}</hp:footNote></hp:ctrl></hp:run>')
            continue
        para_attr.append((0, brk))
        brk = False
    body = []
    for runs, (pp, pb) in zip(paras, para_attr):
        body.append(w.p(runs, pp, pb))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><hs:sec {NS}>' + "".join(body) + "</hs:sec>"


HEADER_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<hh:head {NS} version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
    '<hh:refList><hh:fontfaces itemCnt="2">'
    '<hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
    '<hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
    '</hh:fontfaces><hh:borderFills itemCnt="2">'
    '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
    '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '<hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '<hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
    '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
    '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '<hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '<hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
    '</hh:borderFills><hh:charProperties itemCnt="2">'
    '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
    '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
    '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
    '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
    '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
    '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
    '<hh:charPr id="1" height="1400" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
    '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/>'
    '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
    '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
    '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
    '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr>'
    '</hh:charProperties><hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
    '<hh:paraProperties itemCnt="2">'
    '<hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
    '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
    '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
    '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
    '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
    '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
    '<hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
    '<hh:align horizontal="CENTER" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
    '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
    '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
    '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
    '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>'
    '</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
    'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
    '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
    '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption></hh:head>')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_u generator" appVersion="1.0"/>')

CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                 '</ocf:rootfiles></ocf:container>')

MANIFEST_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')

SETTINGS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')


def content_hpf(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<opf:package {NS} version="" unique-identifier="" id=""><opf:metadata>'
            f'<opf:title>{escape(title)}</opf:title><opf:language>ko</opf:language>'
            '<opf:meta name="creator" content="text">sens_u</opf:meta>'
            '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
            '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
            '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
            '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
            '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
            '</opf:package>')


def _zi(name, compress):
    zi = zipfile.ZipInfo(name, FIXED_DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.external_attr = 0o644 << 16
    zi.create_system = 0
    return zi


def write_hwpx(doc, path, preview_text):
    files = [("mimetype", b"application/hwp+zip", False),
             ("version.xml", VERSION_XML.encode(), False),
             ("Contents/header.xml", HEADER_XML.encode(), True),
             ("Contents/section0.xml", section_xml(doc).encode(), True),
             ("Preview/PrvText.txt", preview_text[:1000].encode(), True),
             ("settings.xml", SETTINGS_XML.encode(), True),
             ("META-INF/container.xml", CONTAINER_XML.encode(), True),
             ("META-INF/manifest.xml", MANIFEST_XML.encode(), True),
             ("Contents/content.hpf", content_hpf(doc.title).encode(), True)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in files:
            z.writestr(_zi(name, comp), data, compresslevel=6 if comp else None)


HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def hwpx_text(path):
    """Validation helper: returns all hp:t text (body, cells, boxes, header/footer, footnotes)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for n in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml"):
            assert n in names, n
            ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
        parts = {"header": [], "footer": [], "tbl": 0, "rect": 0, "footNote": 0}
        for tag in ("header", "footer"):
            for el in root.iter(HP + tag):
                parts[tag].append("".join(t.text or "" for t in el.iter(HP + "t")))
        for tag in ("tbl", "rect", "footNote"):
            parts[tag] = sum(1 for _ in root.iter(HP + tag))
        text = "".join(t.text or "" for t in root.iter(HP + "t"))
    return text, parts
