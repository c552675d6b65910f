# -*- coding: utf-8 -*-
"""Helpers for sens_q: value generators, document model and renderers (text / HWPX / PDF).
Independent evaluation set; written from the README label rules and public legal sources only."""
import io
import random
import zipfile
from xml.sax.saxutils import escape

SEED_NS = "sens_q-2026"


def R(*parts):
    """Seeded RNG from a string seed in this set's namespace (no hash() used)."""
    return random.Random("|".join([SEED_NS] + [str(p) for p in parts]))


# ------------------------------------------------------------------ value pools
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
            "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심",
            "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "남궁", "황보", "선우", "제갈"]
GIVEN = ["민", "서", "지", "현", "준", "우", "수", "연", "영", "호", "진", "은", "하", "성", "경", "태",
         "희", "재", "동", "혜", "미", "정", "석", "철", "상", "훈", "윤", "아", "원", "빈", "율", "도",
         "규", "환", "주", "나", "예", "솔", "찬", "건", "유", "채", "다", "승", "인", "기", "광", "명"]


def name(r):
    return r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(GIVEN)


def masked_name(r):
    s = r.choice(SURNAMES[:40])
    return r.choice([s + "○○", s + "**", s + "○" + r.choice(GIVEN), s + " 모 씨"])


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def landline(r, area=None):
    a = area or r.choice(AREA)
    return "%s-%d-%04d" % (a, r.randint(200, 989), r.randint(0, 9999))


def rrn(r, masked=False):
    y = r.randint(1950, 2003)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    g = (1 if r.random() < 0.5 else 2) if y < 2000 else (3 if r.random() < 0.5 else 4)
    body = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    full = body + str(c)
    if masked:
        mc = r.choice(["*", "●", "X"])
        return full[:6] + "-" + full[6] + mc * 6
    return full[:6] + "-" + full[6:]


def frn(r):
    y = r.randint(1965, 2001)
    g = r.choice([5, 6]) if y < 2000 else r.choice([7, 8])
    body = "%02d%02d%02d%d%02d%02d%d" % (y % 100, r.randint(1, 12), r.randint(1, 28), g,
                                        r.randint(10, 99), r.randint(0, 99), r.choice([6, 7, 8, 9]))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = ((13 - sum(int(a) * b for a, b in zip(body, w)) % 11)) % 10
    full = body + str(c)
    return full[:6] + "-" + full[6:]


def passport(r):
    p = r.choice("MMMSR")
    if r.random() < 0.5:
        return p + "%08d" % r.randint(10000000, 99999999)
    return p + "%03d" % r.randint(100, 999) + r.choice("ABCDEFGHJK") + "%04d" % r.randint(0, 9999)


def dl(r):
    reg = r.choice(["11", "12", "13", "14", "15", "16", "28"])
    return "%s-%02d-%06d-%02d" % (reg, r.randint(90, 99) if r.random() < 0.5 else r.randint(0, 23), r.randint(0, 999999), r.randint(10, 99))


BANKS = [("국민은행", "%06d-%02d-%06d"), ("신한은행", "110-%03d-%06d"), ("농협은행", "%03d-%04d-%04d-%02d"),
         ("우리은행", "1002-%03d-%06d"), ("하나은행", "%03d-%06d-%05d"), ("기업은행", "%03d-%06d-%02d-%03d")]


def account(r):
    b, f = r.choice(BANKS)
    n = f.count("%")
    vals = []
    import re as _re
    for m in _re.finditer(r"%0(\d)d", f):
        k = int(m.group(1))
        vals.append(r.randint(0, 10 ** k - 1))
    return b, f % tuple(vals)


ROADS = ["중앙로", "문화로", "청석로", "솔빛길", "한누리대로", "새말로", "가람로", "덕산로", "은행나무길", "남부순환로",
         "시민로", "장터길", "소나무길", "동산로", "학당로", "버들로", "신촌로", "봉화로"]
PLACES = [("서울특별시", ["마포구", "노원구", "강서구", "성북구", "관악구"]), ("부산광역시", ["해운대구", "사하구", "동래구"]),
          ("대구광역시", ["수성구", "달서구"]), ("인천광역시", ["부평구", "연수구"]), ("광주광역시", ["북구", "서구"]),
          ("대전광역시", ["유성구", "서구"]), ("경기도", ["수원시 팔달구", "고양시 일산동구", "성남시 분당구", "평택시", "파주시"]),
          ("강원특별자치도", ["춘천시", "원주시"]), ("충청북도", ["청주시 흥덕구", "충주시"]), ("충청남도", ["천안시 동남구", "공주시"]),
          ("전북특별자치도", ["전주시 완산구", "익산시"]), ("전라남도", ["순천시", "여수시", "해남군"]),
          ("경상북도", ["포항시 북구", "안동시"]), ("경상남도", ["창원시 성산구", "진주시"]), ("제주특별자치도", ["제주시"])]


def address(r, unit=True):
    sido, gus = r.choice(PLACES)
    s = "%s %s %s %d" % (sido, r.choice(gus), r.choice(ROADS), r.randint(3, 480))
    if unit and r.random() < 0.7:
        s += ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 6))
    return s


def kdate(y, m, d, style=0):
    if style == 0:
        return "%d. %d. %d." % (y, m, d)
    if style == 1:
        return "%d년 %d월 %d일" % (y, m, d)
    return "%d.%02d.%02d." % (y, m, d)


def rdate(r, y0=2024, y1=2026):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def brn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        d[0] = r.randint(1, 8)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        n = "".join(map(str, d)) + str(c)
        return n[:3] + "-" + n[3:5] + "-" + n[5:]


COMPANY_STEMS = ["한빛", "새솔", "다온", "푸른숲", "미래로", "동해", "금강", "누리", "온새미로", "가온", "세움", "하람", "청람", "우림"]
COMPANY_KIND = ["엔지니어링", "정보기술", "건설", "환경", "조경", "시스템즈", "산업", "디자인", "컨설팅", "전기", "안전"]


def company(r):
    c = r.choice(COMPANY_STEMS) + r.choice(COMPANY_KIND)
    return r.choice(["(주)" + c, "주식회사 " + c, c + "(주)", c])


# ------------------------------------------------------------------ agencies
AGENCIES = [
    # name, sender(발신명의), short code for doc no, zip, address, homepage, area, kind
    ("행정안전부", "행정안전부장관", "30112", "세종특별자치시 도움6로 42 정부세종청사", "www.mois.go.kr", "044", "ministry"),
    ("국토교통부", "국토교통부장관", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "www.molit.go.kr", "044", "ministry"),
    ("보건복지부", "보건복지부장관", "30113", "세종특별자치시 도움4로 13 정부세종청사 10동", "www.mohw.go.kr", "044", "ministry"),
    ("산업통상자원부", "산업통상자원부장관", "30118", "세종특별자치시 한누리대로 402 정부세종청사 13동", "www.motie.go.kr", "044", "ministry"),
    ("외교부", "외교부장관", "03172", "서울특별시 종로구 사직로8길 60", "www.mofa.go.kr", "02", "ministry"),
    ("통일부", "통일부장관", "03171", "서울특별시 종로구 세종대로 209 정부서울청사", "www.unikorea.go.kr", "02", "ministry"),
    ("국방부", "국방부장관", "04383", "서울특별시 용산구 이태원로 22", "www.mnd.go.kr", "02", "ministry"),
    ("조달청", "조달청장", "35208", "대전광역시 서구 청사로 189 정부대전청사", "www.pps.go.kr", "042", "agency"),
    ("관세청", "관세청장", "35208", "대전광역시 서구 청사로 189 정부대전청사 1동", "www.customs.go.kr", "042", "agency"),
    ("인사혁신처", "인사혁신처장", "30102", "세종특별자치시 도움5로 19", "www.mpm.go.kr", "044", "agency"),
    ("경기도", "경기도지사", "16508", "경기도 수원시 영통구 도청로 30", "www.gg.go.kr", "031", "local"),
    ("서울특별시 노원구", "노원구청장", "01689", "서울특별시 노원구 노해로 437", "www.nowon.kr", "02", "local"),
    ("부산광역시 해운대구", "해운대구청장", "48095", "부산광역시 해운대구 중동2로 11", "www.haeundae.go.kr", "051", "local"),
    ("전라남도 해남군", "해남군수", "59027", "전라남도 해남군 해남읍 군청길 4", "www.haenam.go.kr", "061", "local"),
    ("충청북도 충주시", "충주시장", "27337", "충청북도 충주시 으뜸로 21", "www.chungju.go.kr", "043", "local"),
    ("경상남도 진주시", "진주시장", "52681", "경상남도 진주시 동진로 155", "www.jinju.go.kr", "055", "local"),
    ("대구광역시 수성구", "수성구청장", "42109", "대구광역시 수성구 달구벌대로 2423", "www.suseong.kr", "053", "local"),
    ("강원특별자치도 원주시", "원주시장", "26411", "강원특별자치도 원주시 시청로 1", "www.wonju.go.kr", "033", "local"),
    ("수원남부소방서", "수원남부소방서장", "16491", "경기도 수원시 팔달구 경수대로 396", "www.gg.go.kr/swnfire", "031", "fire"),
    ("해운대소방서", "해운대소방서장", "48094", "부산광역시 해운대구 좌동순환로 468", "fire.busan.go.kr/haeundae", "051", "fire"),
    ("청주동부소방서", "청주동부소방서장", "28531", "충청북도 청주시 상당구 상당로 314", "www.cbfire.go.kr", "043", "fire"),
    ("경기도교육청", "경기도교육감", "16490", "경기도 수원시 팔달구 효원로 1", "www.goe.go.kr", "031", "edu"),
    ("전라남도교육청", "전라남도교육감", "58564", "전라남도 무안군 삼향읍 어진누리길 10", "www.jne.go.kr", "061", "edu"),
    ("대전광역시서부교육지원청", "대전광역시서부교육지원청교육장", "35236", "대전광역시 서구 도솔로 233", "dsbe.go.kr", "042", "edu"),
    ("한국수자원공사", "한국수자원공사 사장", "34350", "대전광역시 대덕구 신탄진로 200", "www.kwater.or.kr", "042", "public_corp"),
    ("한국도로공사", "한국도로공사 사장", "39660", "경상북도 김천시 혁신8로 77", "www.ex.co.kr", "054", "public_corp"),
    ("한국전력공사", "한국전력공사 사장", "58322", "전라남도 나주시 전력로 55", "home.kepco.co.kr", "061", "public_corp"),
    ("한국토지주택공사", "한국토지주택공사 사장", "52852", "경상남도 진주시 충의로 19", "www.lh.or.kr", "055", "public_corp"),
    ("경기남부경찰청", "경기남부경찰청장", "16489", "경기도 수원시 팔달구 효원로 1", "www.ggpolice.go.kr", "031", "police"),
    ("서울마포경찰서", "서울마포경찰서장", "04157", "서울특별시 마포구 마포대로 183", "www.smpa.go.kr/mapo", "02", "police"),
    ("부산해운대경찰서", "부산해운대경찰서장", "48093", "부산광역시 해운대구 해운대로 1", "www.bspolice.go.kr", "051", "police"),
    ("수원지방법원", "수원지방법원장", "16512", "경기도 수원시 영통구 월드컵로 120", "suwon.scourt.go.kr", "031", "court"),
    ("대전지방법원", "대전지방법원장", "35237", "대전광역시 서구 둔산중로 78번길 45", "djdc.scourt.go.kr", "042", "court"),
    ("광주지방법원", "광주지방법원장", "61441", "광주광역시 동구 준법로 7-12", "gwangju.scourt.go.kr", "062", "court"),
]
AG = {a[0]: a for a in AGENCIES}

DEPTS = {
    "ministry": ["운영지원과", "기획재정담당관", "비상안전기획관실", "감사담당관", "정책기획관실", "정보화담당관", "대변인실", "혁신행정담당관"],
    "agency": ["운영지원과", "기획조정관실", "감사담당관", "정보관리과", "계약정책과", "품질관리과"],
    "local": ["총무과", "기획예산과", "감사실", "민원여권과", "안전총괄과", "도시계획과", "사회복지과", "자치행정과", "회계과"],
    "fire": ["소방행정과", "예방안전과", "현장대응단", "구조구급과"],
    "edu": ["총무과", "교육과정과", "중등교육과", "감사관실", "행정지원과", "학생생활교육과"],
    "public_corp": ["경영지원처", "감사실", "안전관리처", "계약부", "보안팀", "인사처"],
    "police": ["경무과", "수사과", "형사과", "정보보안과", "생활안전과", "경비교통과"],
    "court": ["총무과", "민사과", "형사과", "집행관실", "종합민원실"],
}
RANKS = {
    "ministry": ["주무관", "사무관", "서기관"], "agency": ["주무관", "사무관"], "local": ["주무관", "팀장"],
    "fire": ["소방장", "소방위", "소방경"], "edu": ["주무관", "장학사", "사무관"], "public_corp": ["대리", "과장", "차장"],
    "police": ["경사", "경위", "경감"], "court": ["법원주사", "법원사무관", "실무관"],
}
HEAD = {"ministry": "과장", "agency": "과장", "local": "과장", "fire": "과장", "edu": "과장", "public_corp": "부장",
        "police": "과장", "court": "과장"}


def pick_agency(r, kinds=None):
    c = [a for a in AGENCIES if kinds is None or a[6] in kinds]
    return r.choice(c)


# ------------------------------------------------------------------ document model
class Doc:
    """blocks: ('p', text) | ('table', rows, role) | ('box', text) | ('blank',)"""

    def __init__(self, title=""):
        self.title = title
        self.blocks = []
        self.header = None
        self.footer = None

    def p(self, *lines):
        for l in lines:
            self.blocks.append(("p", l))
        return self

    def blank(self):
        self.blocks.append(("blank",))
        return self

    def table(self, rows, role="table"):
        self.blocks.append(("table", rows, role))
        return self

    def box(self, text):
        self.blocks.append(("box", text))
        return self


def render_text(doc, r):
    sep = r.choice([" | ", "\t", " | ", "  "])
    out = []
    if doc.header:
        out.append(doc.header)
        out.append("")
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "blank":
            out.append("")
        elif b[0] == "box":
            out.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                out.append(sep.join(c.replace("\n", " ") for c in row))
    if doc.footer:
        out.append("")
        out.append(doc.footer)
    txt = "\n".join(out)
    while "\n\n\n" in txt:
        txt = txt.replace("\n\n\n", "\n\n")
    return txt.strip("\n") + "\n"


# ------------------------------------------------------------------ HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"')


class _Ids:
    def __init__(self):
        self.n = 1000

    def __call__(self):
        self.n += 1
        return self.n


def _hp_p(text, ids, extra_run=""):
    """One hp:p per line; extra_run (secPr/header/footer controls) goes into the first one."""
    out = ""
    for i, l in enumerate(text.split("\n")):
        out += ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '%s<hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>' % (ids(), extra_run if i == 0 else "", escape(l)))
    return out


def _sublist(paras_xml, ids, vert="TOP"):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (vert, paras_xml))


def _tbl(rows, ids):
    nrow = len(rows)
    ncol = max(len(x) for x in rows)
    cw = 42520 // ncol
    trs = ""
    for ri, row in enumerate(rows):
        tcs = ""
        for ci in range(ncol):
            cell = row[ci] if ci < len(row) else ""
            tcs += ('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                    '%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                    '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                    % (1 if ri == 0 else 0, _sublist(_hp_p(cell, ids), ids, "CENTER"), ci, ri, cw))
        trs += "<hp:tr>%s</hp:tr>" % tcs
    tid = ids()
    return ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
            'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
            '<hp:sz width="42520" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
            'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
            '%s</hp:tbl>' % (tid, nrow, ncol, 1800 * nrow, trs))


def _rect(text, ids):
    rid = ids()
    return ('<hp:rect id="%d" zOrder="5" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
            'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
            '<hp:offset x="0" y="0"/><hp:orgSz width="9000" height="3000"/><hp:curSz width="9000" height="3000"/>'
            '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="4500" centerY="1500" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#FF0000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" '
            'headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
            '<hp:drawText lastWidth="9000" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            '<hc:pt0 x="0" y="0"/><hc:pt1 x="9000" y="0"/><hc:pt2 x="9000" y="3000"/><hc:pt3 x="0" y="3000"/>'
            '<hp:sz width="9000" widthRelTo="ABSOLUTE" height="3000" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" '
            'horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="2000" horzOffset="2000"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:shapeComment>도장</hp:shapeComment></hp:rect>'
            % (rid, rid, _sublist(_hp_p(text, ids), ids, "CENTER")))


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
         'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
         'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '</hp:secPr>')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>' % NS)


def render_hwpx(doc, title):
    ids = _Ids()
    parts = []
    first_extra = '<hp:run charPrIDRef="0">%s' % SECPR
    if doc.header:
        first_extra += ('<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                        % (ids(), _sublist(_hp_p(doc.header, ids), ids)))
    if doc.footer:
        first_extra += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                        % (ids(), _sublist(_hp_p(doc.footer, ids), ids, "BOTTOM")))
    first_extra += "</hp:run>"
    first = True
    for b in doc.blocks:
        extra = first_extra if first else ""
        first = False
        if b[0] == "p":
            parts.append(_hp_p(b[1], ids, extra))
        elif b[0] == "blank":
            parts.append(_hp_p("", ids, extra))
        elif b[0] == "table":
            parts.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s<hp:run charPrIDRef="0">%s</hp:run></hp:p>'
                         % (ids(), extra, _tbl(b[1], ids)))
        elif b[0] == "box":
            parts.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">%s<hp:run charPrIDRef="0">%s</hp:run></hp:p>'
                         % (ids(), extra, _rect(b[1], ids)))
    sec = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(parts))
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="sens_q generator" appVersion="1.0"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
           % escape(title))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def add(nm, data, comp=zipfile.ZIP_DEFLATED):
            zi = zipfile.ZipInfo(nm, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
        add("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)
        add("version.xml", version)
        add("META-INF/container.xml", container)
        add("Contents/content.hpf", hpf)
        add("Contents/header.xml", HEADER_XML)
        add("Contents/section0.xml", sec)
    return buf.getvalue()


# ------------------------------------------------------------------ PDF
_FONT_DONE = [False]
FONT_PATH = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"


def render_pdf(doc, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    if not _FONT_DONE[0]:
        pdfmetrics.registerFont(TTFont("NG", FONT_PATH))
        pdfmetrics.registerFont(TTFont("NGB", FONT_BOLD))
        _FONT_DONE[0] = True
    st = ParagraphStyle("k", fontName="NG", fontSize=10, leading=15, wordWrap="CJK")
    stc = ParagraphStyle("kc", fontName="NG", fontSize=8.5, leading=11, wordWrap="CJK")
    buf = io.BytesIO()
    W, H = A4
    boxes = [b[1] for b in doc.blocks if b[0] == "box"]

    def deco(c, d):
        c.saveState()
        if doc.header:
            c.setFont("NGB", 10)
            for i, l in enumerate(doc.header.split("\n")):
                c.drawCentredString(W / 2, H - 36 - 12 * i, l)
        if doc.footer:
            c.setFont("NG", 9)
            fl = doc.footer.split("\n")
            for i, l in enumerate(fl):
                c.drawCentredString(W / 2, 30 + 11 * (len(fl) - 1 - i), l)
        if d.page == 1 and boxes:
            for k, t in enumerate(boxes):
                tl = t.split("\n")
                bw = max(len(x) for x in tl) * 11 + 16
                bh = 14 * len(tl) + 8
                x0 = W - 60 - bw
                y0 = H - 90 - k * (bh + 8)
                c.setStrokeColor(colors.red)
                c.setFillColor(colors.red)
                c.setLineWidth(1.5)
                c.rect(x0, y0 - bh, bw, bh)
                c.setFont("NGB", 10)
                for i, l in enumerate(tl):
                    c.drawString(x0 + 8, y0 - 15 - 14 * i, l)
        c.restoreState()

    story = []
    for b in doc.blocks:
        if b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>") or "&nbsp;", st))
        elif b[0] == "blank":
            story.append(Spacer(1, 8))
        elif b[0] == "table":
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), stc) for c in row] for row in b[1]]
            ncol = max(len(x) for x in b[1])
            data = [row + [Paragraph("", stc)] * (ncol - len(row)) for row in data]
            t = Table(data, colWidths=[(W - 120) / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 4))
        elif b[0] == "box":
            pass
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=70, bottomMargin=60,
                           title=title, author="sens_q", invariant=1)
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


# ------------------------------------------------------------------ OCR-like noise
CONF = {"0": "O", "1": "l", "O": "0", "l": "1", "·": ".", "ㆍ": ".", "-": "–"}


def ocr_noise(text, r, protect=()):
    """Spaced syllables, confusable characters and hard line breaks. Lines containing any
    protected substring are left untouched (so RRNs/markings keep their identity)."""
    ops = set()
    out_lines = []
    for line in text.split("\n"):
        if (protect(line) if callable(protect) else any(p in line for p in protect)) or not line.strip():
            out_lines.append(line)
            continue
        x = r.random()
        if x < 0.12 and 4 <= len(line) <= 40:
            line = " ".join(line.replace(" ", ""))  # spaced letters
            ops.add("spaced_letters")
        elif x < 0.35:
            chars = list(line)
            for i, ch in enumerate(chars):
                if ch in CONF and r.random() < 0.35:
                    chars[i] = CONF[ch]
                    ops.add("confusables")
            line = "".join(chars)
        if len(line) > 38 and r.random() < 0.45:
            cut = r.randint(18, min(34, len(line) - 3))
            line = line[:cut] + "\n" + line[cut:]
            ops.add("broken_lines")
        out_lines.append(line)
    return "\n".join(out_lines), sorted(ops)
