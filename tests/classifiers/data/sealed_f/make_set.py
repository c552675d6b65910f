#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py -- generator for the independent evaluation set `sens_f`.

Korean public-sector documents labelled for disclosure (정보공개법), the
security marking the document itself carries, and the reason codes.
Every name, number, address and agency detail is invented here.

Run with the venv that has fpdf2:
    /work/evalsets/venv_sens_f/bin/python make_set.py
Output (next to this file): sens_f.jsonl, sens_f.meta.jsonl, files/, MD5SUMS.
The output is byte-identical across runs and PYTHONHASHSEED values.
"""
import datetime
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xesc

SEED = 20250917
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FONT_DIR = "/usr/share/fonts/truetype/nanum"

TARGET_FORMATS = {"hwpx": 44, "pdf": 74}   # the rest are plain text records

# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 +
            ["강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
             "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남",
             "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "나", "진",
             "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여",
             "추", "도", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기",
             "반", "라", "왕", "금", "옥", "육", "인", "맹", "제", "탁", "국", "어",
             "남궁", "황보", "선우", "제갈", "독고"])
GIVEN = ["민준", "서연", "지훈", "수빈", "영호", "정숙", "미경", "성민", "현우", "은정",
         "동욱", "상철", "혜진", "보람", "태식", "경희", "종훈", "윤아", "재석", "다은",
         "승현", "순자", "명수", "하늘", "지원", "유진", "기범", "창호", "숙희", "영미",
         "도윤", "서준", "예린", "주원", "채원", "광수", "말순", "옥자", "철민", "병훈",
         "세영", "진아", "형준", "나래", "태현", "정민", "수정", "용준", "미란", "경수",
         "소연", "한결", "우진", "가영", "재훈", "혜숙", "인호", "선희", "대성", "연주",
         "상우", "보영", "준영", "은비", "동현", "미숙", "정훈", "아름", "석진", "희정",
         "종민", "효진", "영길", "복순", "규리", "시우", "민서", "하준", "지안", "윤서",
         "덕배", "금순", "길동", "판석", "명자", "상민", "수현", "주희", "태준", "영수",
         "성희", "진호", "경아", "치수", "정란", "문수", "용호", "은숙", "승우", "다인"]
GIVEN = [g for g in GIVEN if g != "길동"]  # 홍길동 is reserved for blank-form examples

CITIES = [  # (광역, 기초, 영문 도메인 stem, 대표전화 지역번호)
    ("경기도", "청하시", "chungha", "031"), ("충청남도", "서림시", "seorim", "041"),
    ("경상북도", "동평시", "dongpyeong", "054"), ("전라남도", "금곡시", "geumgok", "061"),
    ("강원특별자치도", "백운시", "baegun", "033"), ("경상남도", "송림시", "songrim", "055"),
    ("충청북도", "대야시", "daeya", "043"), ("전북특별자치도", "해안시", "haean", "063"),
    ("경기도", "솔뫼군", "solmoe", "031"), ("충청남도", "다온군", "daon", "041"),
    ("경상북도", "청람군", "cheongram", "054"), ("전라남도", "운봉군", "unbong", "061"),
]
METROS = [("서울특별시", "한내구", "02"), ("부산광역시", "바다구", "051"),
          ("인천광역시", "갯벌구", "032"), ("대구광역시", "팔공구", "053"),
          ("대전광역시", "한밭구", "042"), ("광주광역시", "빛고을구", "062")]
DONG = ["중앙동", "신흥동", "하남동", "상리", "송정동", "교동", "대신동", "봉산동", "월곡동",
        "금성동", "평화동", "효자동", "남산동", "동문동", "서부리", "읍내리", "장터리"]
ROADS = ["시청로", "중앙로", "문화로", "새터길", "강변로", "학교길", "장터로", "은행나무길",
         "산업로", "한우물로", "청송로", "달빛로", "봉화산로", "물푸레길", "배다리로"]
APTS = ["한빛아파트", "푸른마을", "새솔아파트", "대림빌라", "현대맨션", "우성타운", "청솔아파트"]
BANKS = [("농협", "3{a}-{b}-{c}-{d}"), ("국민", "{e}-{f}-{g}"), ("신한", "110-{h}-{i}"),
         ("우리", "1002-{h}-{i}"), ("기업", "{j}-{f}-{k}"), ("우체국", "{e}-{f}-{g}")]
COMPANIES = ["(주)한누리엔지니어링", "대성건설(주)", "(주)새빛정보기술", "㈜청운환경", "미래설계 주식회사",
             "(주)하나식품", "동방전기(주)", "(유)다솜조경", "(주)에스티시스템즈", "금강토건(주)",
             "(주)온누리소프트", "한결측량(주)", "(주)바른급식", "해오름건축사사무소"]
SOLE_SHOPS = ["청솔상회", "대박식당", "새마을인쇄사", "우리문구", "하나카센터", "소망세탁",
              "현대철물", "늘푸른농원", "행복반찬", "동네슈퍼"]


CUR = {"y": 2020}


def prov_name(p, y=None):
    y = CUR["y"] if y is None else y
    if p == "강원특별자치도" and y < 2023:
        return "강원도"
    if p == "전북특별자치도" and y < 2024:
        return "전라북도"
    return p


def nm(r):
    return r.choice(SURNAMES) + r.choice(GIVEN)


def masked(name, style=0):
    s = name[:2] if name[:2] in ("남궁", "황보", "선우", "제갈", "독고") else name[0]
    return [s + "○○", s + "**", s + "OO", s + "모씨", s + "ㅇㅇ"][style % 5]


def rrn(r, year=None, female=None, masked_=False, mask_char="*"):
    y = year if year is not None else r.randint(1940, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if female is None:
        female = r.random() < 0.5
    g = (2 if female else 1) if y < 2000 else (4 if female else 3)
    front = "%02d%02d%02d" % (y % 100, m, d)
    if masked_:
        return "%s-%d%s" % (front, g, mask_char * 6)
    body = [g] + [r.randint(0, 9) for _ in range(5)]
    digs = [int(c) for c in front] + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    return "%s-%s%d" % (front, "".join(map(str, body)), chk)


def frn(r):
    y = r.randint(1965, 2001)
    front = "%02d%02d%02d" % (y % 100, r.randint(1, 12), r.randint(1, 28))
    g = r.choice([5, 6]) if y < 2000 else r.choice([7, 8])
    body = [g] + [r.randint(0, 9) for _ in range(5)]
    digs = [int(c) for c in front] + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (13 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    return "%s-%s%d" % (front, "".join(map(str, body)), chk)


def passport(r, korean=True):
    if korean:
        if r.random() < 0.5:
            return "M%08d" % r.randint(10000000, 99999999)
        return "M%03d%s%04d" % (r.randint(100, 999), r.choice("ABCDEFGHJK"), r.randint(1000, 9999))
    return r.choice(["C%07d" % r.randint(1000000, 9999999), "E%08d" % r.randint(10000000, 99999999),
                     "P%07dA" % r.randint(1000000, 9999999), "N%07d" % r.randint(1000000, 9999999)])


def mobile(r, year=2020):
    if year < 2004:
        return "%s-%d-%04d" % (r.choice(["011", "016", "017", "018", "019"]), r.randint(200, 999), r.randint(0, 9999))
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def landline(r, area):
    return "%s-%d-%04d" % (area, r.randint(200, 999), r.randint(0, 9999))


def account(r):
    bank, pat = r.choice(BANKS)
    s = pat.format(a="%02d" % r.randint(1, 99), b="%04d" % r.randint(0, 9999),
                   c="%04d" % r.randint(0, 9999), d="%02d" % r.randint(0, 99),
                   e="%06d" % r.randint(0, 999999), f="%02d" % r.randint(0, 99),
                   g="%06d" % r.randint(0, 999999), h="%03d" % r.randint(0, 999),
                   i="%06d" % r.randint(0, 999999), j="%03d" % r.randint(0, 999),
                   k="%06d" % r.randint(0, 999999))
    return bank, s


def addr(r, city, road=None):
    prov, c = prov_name(city[0]), city[1]
    if road is None:
        road = r.random() < 0.6 if CUR["y"] >= 2012 else False
    if road:
        a = "%s %s %s %d" % (prov, c, r.choice(ROADS), r.randint(3, 480))
        if r.random() < 0.5:
            a += ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 19) * 100 + r.randint(1, 4))
        return a
    a = "%s %s %s %d-%d" % (prov, c, r.choice(DONG), r.randint(1, 999), r.randint(1, 30))
    if r.random() < 0.4:
        a += " %s %d동 %d호" % (r.choice(APTS), r.randint(1, 9), r.randint(1, 15) * 100 + r.randint(1, 4))
    return a


def won(n):
    return "{:,}".format(n)


def dt(r, year, lo=1, hi=12):
    m = r.randint(lo, hi)
    return datetime.date(year, m, r.randint(1, 28))


def dfmt(d, style=0):
    if style == 0:
        return "%d. %d. %d." % (d.year, d.month, d.day)
    if style == 1:
        return "%d.%02d.%02d." % (d.year, d.month, d.day)
    if style == 2:
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == 3:
        return "'%02d. %d. %d." % (d.year % 100, d.month, d.day)
    if style == 4:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    return "%d. %02d. %02d." % (d.year, d.month, d.day)


# ---- names of institutions by era ----
def min_home(y):
    if y < 1998: return "내무부"
    if y < 2008: return "행정자치부"
    if y < 2013: return "행정안전부"
    if y < 2015: return "안전행정부"
    if y < 2017: return "행정자치부"
    return "행정안전부"


def min_edu(y):
    if y < 2001: return "교육부"
    if y < 2008: return "교육인적자원부"
    if y < 2013: return "교육과학기술부"
    return "교육부"


def min_land(y):
    if y < 2008: return "건설교통부"
    if y < 2013: return "국토해양부"
    return "국토교통부"


def min_health(y):
    if 2008 <= y < 2010: return "보건복지가족부"
    return "보건복지부"


def min_foreign(y):
    if y < 1998: return "외무부"
    if y < 2013: return "외교통상부"
    return "외교부"


def min_labor(y):
    return "노동부" if y < 2010 else "고용노동부"


def oida_article(y):
    """'제7조' before the 2004 full revision, '제9조' after."""
    return "제7조" if y < 2005 else "제9조"


def reg_name(y):
    if y < 2012: return "사무관리규정"
    if y < 2023: return "행정업무의 효율적 운영에 관한 규정"
    return "행정업무의 운영 및 혁신에 관한 규정"


def pipa_name(y):
    return "공공기관의 개인정보보호에 관한 법률" if y < 2011 else "개인정보 보호법"


def rec_law(y):
    return "공공기관의 기록물관리에 관한 법률" if y < 2007 else "공공기록물 관리에 관한 법률"


def city_office(c):
    return c[1] + ("청" if c[1].endswith("군") else "청")


def head_title(c):
    return c[1] + ("수" if c[1].endswith("군") else "장")


def domain(c, y):
    return "www.%s.go.kr" % c[2]


def gov_mail(r, y, stem="ghlee"):
    if y >= 2008:
        return "%s@korea.kr" % stem
    return "%s@%s" % (stem, r.choice(["mail.go.kr", "hanmail.net", "chollian.net"]))


def romanize_id(r):
    return r.choice(["jhkim", "sypark", "mhlee", "hjchoi", "kwjung", "dykang", "sbyoon", "jwlim",
                     "hsjang", "yjhan", "smoh", "dhseo", "jkkwon", "thlee72", "ysshin", "bjahn"]) + \
        ("%d" % r.randint(1, 99) if r.random() < 0.3 else "")


# ----------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------
class Doc:
    """A format-neutral document: page header/footer plus a list of blocks."""

    def __init__(self):
        self.blocks = []
        self.header = None        # page header (every page)
        self.header_align = "C"
        self.footer = None        # page footer (every page)
        self.cues = []            # [(string, where)]
        self.kv_table = True      # render kv blocks as 2-column tables in files
        self.title_meta = ""
        self.author_meta = ""
        self.font = "NanumGothic"

    # blocks
    def t(self, s):
        self.blocks.append(("title", s)); return self

    def p(self, s):
        self.blocks.append(("p", s)); return self

    def c(self, s):
        self.blocks.append(("center", s)); return self

    def rt(self, s):
        self.blocks.append(("right", s)); return self

    def kv(self, pairs):
        self.blocks.append(("kv", [(a, b) for a, b in pairs])); return self

    def tbl(self, head, rows):
        self.blocks.append(("table", list(head) if head else None, [list(x) for x in rows])); return self

    def b(self):
        self.blocks.append(("blank",)); return self

    def pb(self):
        self.blocks.append(("pagebreak",)); return self

    def cue(self, s, where):
        self.cues.append((s, where)); return self


# ----------------------------------------------------------------------------
# plain-text rendering
# ----------------------------------------------------------------------------
def _wrap(s, width):
    out = []
    for line in s.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return out


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


def ocr_noise(s, r, protect, rate=0.05):
    """OCR-like noise that never touches protected substrings or digit runs."""
    # split by protected strings
    parts = [s]
    for pstr in sorted(set(protect), key=lambda x: (-len(x), x)):
        if not pstr:
            continue
        new = []
        for part in parts:
            if isinstance(part, tuple):
                new.append(part); continue
            segs = part.split(pstr)
            for i, seg in enumerate(segs):
                if i:
                    new.append((pstr,))
                new.append(seg)
        parts = new
    out = []
    for part in parts:
        if isinstance(part, tuple):
            out.append(part[0]); continue
        buf = []
        i = 0
        while i < len(part):
            ch = part[i]
            x = r.random()
            if ch == " " and x < rate * 2:
                i += 1; continue                      # dropped space
            if "\uac00" <= ch <= "\ud7a3" and x < rate * 0.6:
                buf.append(ch + " "); i += 1; continue  # spurious space
            if ch in "ㆍ·" and x < 0.5:
                buf.append("." if ch == "ㆍ" else "ㆍ"); i += 1; continue
            if ch == "○" and x < 0.3:
                buf.append("o"); i += 1; continue
            if ch == "□" and x < 0.3:
                buf.append("ㅁ"); i += 1; continue
            if ch in "0123456789" and x < rate * 0.5:
                buf.append(ch.translate(FW)); i += 1; continue
            if ch == "(" and x < rate:
                buf.append("（"); i += 1; continue
            buf.append(ch)
            i += 1
        out.append("".join(buf))
    return "".join(out)


def render_text(doc, r, style):
    ts = style.get("table", "pipe")
    ks = style.get("kv", "colon")
    lines = []
    if doc.header:
        if style.get("header_pad"):
            lines.append(" " * 18 + doc.header)
        else:
            lines.append(doc.header)
        if style.get("header_gap", True):
            lines.append("")
    for blk in doc.blocks:
        k = blk[0]
        if k == "title":
            lines.append(blk[1])
            if style.get("title_rule"):
                lines.append("─" * min(30, max(8, len(blk[1]) + 4)))
        elif k in ("p", "center", "right"):
            lines.extend(blk[1].split("\n"))
        elif k == "blank":
            lines.append("")
        elif k == "pagebreak":
            if style.get("pagemarks"):
                lines.append("")
                lines.append("- %d -" % (sum(1 for x in lines if x.startswith("- ") and x.endswith(" -")) + 1))
                lines.append("")
                if doc.header and style.get("repeat_header"):
                    lines.append(doc.header)
            else:
                lines.append("")
        elif k == "kv":
            for a, b2 in blk[1]:
                if ks == "colon":
                    lines.append("%s: %s" % (a, b2))
                elif ks == "spaced":
                    aa = " ".join(a) if len(a) <= 3 else a
                    lines.append("%s  %s" % (aa, b2))
                elif ks == "bracket":
                    lines.append("[%s] %s" % (a, b2))
                elif ks == "tab":
                    lines.append("%s\t%s" % (a, b2))
                else:
                    lines.append("%s : %s" % (a, b2))
        elif k == "table":
            head, rows = blk[1], blk[2]
            allrows = ([head] if head else []) + rows
            if ts == "pipe":
                for row in allrows:
                    lines.append(" | ".join(row))
            elif ts == "bar":
                for row in allrows:
                    lines.append("|" + "|".join(row) + "|")
            elif ts == "tab":
                for row in allrows:
                    lines.append("\t".join(row))
            elif ts == "box":
                for row in allrows:
                    lines.append("│ " + " │ ".join(row) + " │")
            elif ts == "space":
                widths = [max(len(rw[i]) if i < len(rw) else 0 for rw in allrows) for i in range(max(len(x) for x in allrows))]
                for row in allrows:
                    lines.append("  ".join(c + " " * (widths[i] - len(c)) for i, c in enumerate(row)).rstrip())
            elif ts == "linear":
                if head:
                    for row in rows:
                        lines.append(", ".join("%s %s" % (h, c) for h, c in zip(head, row) if c))
                else:
                    for row in rows:
                        lines.append(" ".join(row))
            else:  # cells one per line (extraction-like)
                for row in allrows:
                    lines.extend(row)
    if doc.footer:
        if style.get("footer_gap", True):
            lines.append("")
        lines.append(doc.footer)
    text = "\n".join(lines)
    if style.get("runon"):
        # paragraphs glued together the way a careless export does it
        text = re.sub(r"(?<=[^\n.다])\n(?=[^\n□○\-ㅇ0-9가-힣])", " ", text)
        text = re.sub(r"(?<=다\.)\n(?=[가-힣])", " ", text)
    if style.get("wrap"):
        keep = [c[0] for c in doc.cues] + list(style.get("protect", []))
        text = "\n".join(x for line in text.split("\n")
                         for x in ([line] if any(k in line for k in keep) else _wrap(line, style["wrap"])))
    if style.get("ocr"):
        protect = [c[0] for c in doc.cues] + list(style.get("protect", []))
        text = ocr_noise(text, r, protect, style.get("ocr_rate", 0.05))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text


# ----------------------------------------------------------------------------
# HWPX (OWPML) rendering -- a zip package written by hand with fixed timestamps
# ----------------------------------------------------------------------------
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')
XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'

HWPX_HEADER = XMLDECL + (
    '<hh:head %s version="1.4" secCnt="1">'
    '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
    '<hh:refList>'
    '<hh:fontfaces itemCnt="2">'
    '<hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
    '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
    '<hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
    '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
    '</hh:fontfaces>'
    '<hh:borderFills itemCnt="2">'
    '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
    '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
    '</hh:borderFill>'
    '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
    '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
    '</hh:borderFill></hh:borderFills>'
    '<hh:charProperties itemCnt="3">'
    '<hh:charPr id="0" height="1100" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
    '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
    '<hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
    '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
    '<hh:charPr id="2" height="1000" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
    '<hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
    '</hh:charProperties>'
    '<hh:paraProperties itemCnt="3">'
    '<hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/>'
    '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
    '<hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/>'
    '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
    '<hh:paraPr id="2" tabPrIDRef="0" condense="0"><hh:align horizontal="RIGHT" vertical="BASELINE"/>'
    '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
    '</hh:paraProperties>'
    '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
    '</hh:refList>'
    '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
    '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
    '</hh:head>') % NS


class _Ids:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def _hp_para(text, ids, para=0, char=0, extra=""):
    runs = []
    lines = text.split("\n")
    out = []
    for ln in lines:
        out.append('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                   '%s<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>'
                   % (ids(), para, extra, char, xesc(ln)))
        extra = ""
    return "".join(out)


def _hp_table(head, rows, ids, width=42520):
    allrows = ([head] if head else []) + rows
    ncol = max(len(x) for x in allrows)
    cw = width // ncol
    xs = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
          '<hp:run charPrIDRef="0"><hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" '
          'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" '
          'colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
          '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
          '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
          'vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
          '<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
          '<hp:inMargin left="510" right="510" top="141" bottom="141"/>'
          % (ids(), ids(), len(allrows), ncol, cw * ncol, 1800 * len(allrows))]
    for ri, row in enumerate(allrows):
        xs.append("<hp:tr>")
        for ci in range(ncol):
            cell = row[ci] if ci < len(row) else ""
            span = 1
            if ci == len(row) - 1 and len(row) < ncol:
                span = ncol - len(row) + 1
            xs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                      '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" '
                      'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
                      % (1 if (head and ri == 0) else 0))
            xs.append(_hp_para(cell, ids, 1 if (head and ri == 0) else 0))
            xs.append('</hp:subList><hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="%d" rowSpan="1"/>'
                      '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                      % (ci, ri, span, cw * span))
            if span > 1:
                break
        xs.append("</hp:tr>")
    xs.append("</hp:tbl><hp:t/></hp:run></hp:p>")
    return "".join(xs)


def _hf_ctrl(kind, text, ids):
    return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" '
            'lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="42520" '
            'textHeight="4252" hasTextRef="0" hasNumRef="0">%s</hp:subList></hp:%s></hp:ctrl>'
            % (kind, ids(), "TOP" if kind == "header" else "BOTTOM", _hp_para(text, ids, 1, 2 if kind == "header" else 0), kind))


def hwpx_bytes(doc, year, month=3):
    ids = _Ids()
    body = []
    secpr = ('<hp:run charPrIDRef="0"><hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" '
             'tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" '
             'masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
             '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" '
             'fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/>'
             '</hp:pagePr></hp:secPr></hp:run>')
    hf = ""
    if doc.header:
        hf += _hf_ctrl("header", doc.header, ids)
    if doc.footer:
        hf += _hf_ctrl("footer", doc.footer, ids)
    body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (ids(), hf))
    prv = []
    for blk in doc.blocks:
        k = blk[0]
        if k == "title":
            body.append(_hp_para(blk[1], ids, 1, 1)); prv.append(blk[1])
        elif k == "p":
            body.append(_hp_para(blk[1], ids, 0, 0)); prv.append(blk[1])
        elif k == "center":
            body.append(_hp_para(blk[1], ids, 1, 0)); prv.append(blk[1])
        elif k == "right":
            body.append(_hp_para(blk[1], ids, 2, 0)); prv.append(blk[1])
        elif k == "blank":
            body.append(_hp_para("", ids)); prv.append("")
        elif k == "pagebreak":
            body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="1" columnBreak="0" merged="0">'
                        '<hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>' % ids())
        elif k == "kv":
            if doc.kv_table:
                body.append(_hp_table(None, [[a, b] for a, b in blk[1]], ids))
                prv.extend("<%s><%s>" % (a, b) for a, b in blk[1])
            else:
                for a, b in blk[1]:
                    body.append(_hp_para("%s  %s" % (a, b), ids)); prv.append("%s  %s" % (a, b))
        elif k == "table":
            body.append(_hp_table(blk[1], blk[2], ids))
            for row in ([blk[1]] if blk[1] else []) + blk[2]:
                prv.append("".join("<%s>" % c for c in row))
    # the section-definition run goes into the first paragraph
    body[0] = body[0].replace('merged="0">', 'merged="0">' + secpr, 1)
    section = XMLDECL + '<hs:sec %s>%s</hs:sec>' % (NS, "".join(body))
    created = "%04d-%02d-%02dT09:00:00Z" % (year, month, 10)
    hpf = XMLDECL + (
        '<opf:package %s version="" unique-identifier="" id=""><opf:metadata>'
        '<opf:title>%s</opf:title><opf:language>ko</opf:language>'
        '<opf:meta name="creator" content="text">%s</opf:meta>'
        '<opf:meta name="subject" content="text"/><opf:meta name="description" content="text"/>'
        '<opf:meta name="lastsaveby" content="text">%s</opf:meta>'
        '<opf:meta name="CreatedDate" content="text">%s</opf:meta>'
        '<opf:meta name="ModifiedDate" content="text">%s</opf:meta>'
        '<opf:meta name="keyword" content="text"/></opf:metadata>'
        '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
        '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
        '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
        '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
        '</opf:package>') % (NS, xesc(doc.title_meta), xesc(doc.author_meta), xesc(doc.author_meta), created, created)
    version = XMLDECL + ('<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
                         'major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" '
                         'application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>')
    container = XMLDECL + ('<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                           'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                           '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                           '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                           '</ocf:rootfiles></ocf:container>')
    manifest = XMLDECL + '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    settings = XMLDECL + ('<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                          'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                          '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prvtext = "\r\n".join(prv)[:1000]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/header.xml", HWPX_HEADER.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prvtext.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=(max(year, 1980), month, 10, 9, 0, 0))
            zi.compress_type = comp
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return bio.getvalue()


def hwpx_text(path):
    """All hp:t text of the section (header/footer included), for validation."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("Contents/section0.xml").decode("utf-8")
    from xml.etree import ElementTree as ET
    root = ET.fromstring(xml)
    out = []
    for el in root.iter("{http://www.hancom.co.kr/hwpml/2011/paragraph}t"):
        out.append(el.text or "")
    return "\n".join(out)


# ----------------------------------------------------------------------------
# PDF rendering (text layer, embedded Nanum subset) with fpdf2
# ----------------------------------------------------------------------------
PDF_FONTS = {
    "NanumGothic": ("NanumGothic.ttf", "NanumGothicBold.ttf"),
    "NanumBarunGothic": ("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
    "NanumSquare": ("NanumSquareR.ttf", "NanumSquareB.ttf"),
}
PDF_PRODUCERS = ["Hancom PDF 1.3.0.542", "Hancom PDF 1.3.0.505", "Microsoft: Print To PDF",
                 "ezPDF Builder Supreme", "Acrobat Distiller 9.0.0 (Windows)", "Hancom PDF 1.3.0.457"]


def pdf_bytes(doc, year, month, style):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    fam = doc.font if doc.font in PDF_FONTS else "NanumGothic"
    reg, bold = PDF_FONTS[fam]

    class P(FPDF):
        def header(self):
            if doc.header:
                self.set_font(fam, "B", 10)
                self.set_text_color(150, 0, 0) if style.get("red_header") else self.set_text_color(0)
                self.multi_cell(0, 6, doc.header, align=doc.header_align, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0)
                self.ln(3)

        def footer(self):
            n = doc.footer.count("\n") + 1 if doc.footer else 0
            self.set_y(-(12 + 4.5 * n))
            self.set_font(fam, "", 8)
            if doc.footer:
                self.multi_cell(0, 4.5, doc.footer, align="C", new_x="LMARGIN", new_y="NEXT")
            if style.get("pagenum", True):
                self.cell(0, 4, "- %d -" % self.page_no(), align="C")

    pdf = P(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 24)
    pdf.add_font(fam, "", os.path.join(FONT_DIR, reg))
    pdf.add_font(fam, "B", os.path.join(FONT_DIR, bold))
    pdf.set_creation_date(datetime.datetime(max(year, 1980), month, 10, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title(doc.title_meta)
    pdf.set_author(doc.author_meta)
    pdf.set_creator(style.get("producer", "Hancom PDF 1.3.0.542"))
    pdf.set_producer(style.get("producer", "Hancom PDF 1.3.0.542"))
    pdf.add_page()
    fs = style.get("fs", 10.5)

    def table(head, rows, widths=None):
        allrows = ([head] if head else []) + rows
        ncol = max(len(x) for x in allrows)
        allrows = [list(x) + [""] * (ncol - len(x)) for x in allrows]
        if widths is None:
            vw = lambda c: sum(2 if ord(ch) > 0x2000 else 1 for ch in c)
            lens = [max(7, min(44, max(vw(rw[i]) for rw in allrows))) for i in range(ncol)]
            widths = tuple(lens)
        pdf.set_font(fam, "", fs - 1.5)
        with pdf.table(col_widths=widths, line_height=5.2, text_align="LEFT",
                       first_row_as_headings=bool(head),
                       headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
            for row in allrows:
                rr = t.row()
                for c in row:
                    rr.cell(c)
        pdf.ln(3)

    for blk in doc.blocks:
        k = blk[0]
        if k == "title":
            pdf.set_font(fam, "B", 15)
            pdf.multi_cell(0, 9, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif k == "p":
            pdf.set_font(fam, "", fs)
            pdf.multi_cell(0, fs * 0.6, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "center":
            pdf.set_font(fam, "B", fs + 1)
            pdf.multi_cell(0, fs * 0.65, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "right":
            pdf.set_font(fam, "B", fs)
            pdf.multi_cell(0, fs * 0.6, blk[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "blank":
            pdf.ln(4)
        elif k == "pagebreak":
            pdf.add_page()
        elif k == "kv":
            if doc.kv_table:
                table(None, [[a, b] for a, b in blk[1]], widths=(28, 72))
            else:
                pdf.set_font(fam, "", fs)
                for a, b in blk[1]:
                    pdf.multi_cell(0, fs * 0.6, "%s  %s" % (a, b), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        elif k == "table":
            table(blk[1], blk[2])
    return bytes(pdf.output())


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


# ----------------------------------------------------------------------------
# agencies and the standard parts of 공문
# ----------------------------------------------------------------------------
def zipcode(r, y):
    if y >= 2015:
        return "%05d" % r.randint(10000, 63999)
    return "%03d-%03d" % (r.randint(100, 799), r.randint(700, 899))


MIN_WEB = {"내무부": "mogaha", "행정자치부": "mogaha", "행정안전부": "mois", "안전행정부": "mospa", "교육부": "moe", "교육인적자원부": "moe",
           "교육과학기술부": "mest", "건설교통부": "moct", "국토해양부": "mltm", "국토교통부": "molit", "보건복지부": "mohw", "보건복지가족부": "mw",
           "외무부": "mofat", "외교통상부": "mofat", "외교부": "mofa", "통일부": "unikorea", "통일원": "unikorea", "국방부": "mnd",
           "노동부": "molab", "고용노동부": "moel", "환경부": "me", "법제처": "moleg", "경찰청": "police", "소방청": "nfa", "소방방재청": "nema",
           "국무조정실": "opm", "국무총리실": "pmo"}


def upper_office(ag):
    prov = ag["city"][0]
    if ag["kind"] == "edu":
        return prov + "교육감"
    if ag["kind"] == "fire":
        return prov + "소방본부장"
    if ag["kind"] == "police":
        return prov[:2] + "지방경찰청장"
    return prov + "지사"


def agency(r, kind, y, city=None):
    CUR["y"] = y
    c0 = city or r.choice(CITIES)
    c = (prov_name(c0[0], y),) + tuple(c0[1:])
    area = c[3]
    short = c[1][:-1]
    base = {"city": c, "area": area, "zip": zipcode(r, y), "kind": kind}
    if kind == "city":
        base.update(name=c[1], head=head_title(c), addr="%s %s %s %d" % (c[0], c[1], r.choice(["시청로", "군청로", "중앙로", "행정로"]), r.randint(1, 200)),
                    web=domain(c, y))
    elif kind == "metro":
        m = r.choice(METROS)
        base.update(name="%s %s" % (m[0], m[1]), head=m[1] + "청장", addr="%s %s %s %d" % (m[0], m[1], r.choice(ROADS), r.randint(1, 300)),
                    web="www.%s.go.kr" % r.choice(["hannae", "bada", "gaetbeol", "palgong", "hanbat", "bitgoeul"]), area=m[2])
    elif kind == "edu":
        nm_ = short + ("교육지원청" if y >= 2010 else "교육청")
        base.update(name=nm_, head=nm_ + "교육장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)),
                    web="www.%se.go.kr" % c[2][:4])
    elif kind == "police":
        nm_ = short + "경찰서"
        base.update(name=nm_, head=nm_ + "장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)), web="www.police.go.kr")
    elif kind == "fire":
        nm_ = short + "소방서"
        base.update(name=nm_, head=nm_ + "장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)), web="")
    elif kind == "hospital":
        nm_ = short + "의료원"
        base.update(name=nm_, head=nm_ + "장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)),
                    web="www.%smc.or.kr" % c[2][:5])
    elif kind == "corp":
        nm_ = r.choice([short + "도시공사", short + "시설관리공단", short + "도시개발공사", "한국지역난방관리공단 " + short + "지사"])
        base.update(name=nm_, head=(nm_ + "사장") if "공사" in nm_ else (nm_ + "이사장") if "공단" in nm_ and "지사" not in nm_ else nm_ + "장",
                    addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)), web="www.%s.or.kr" % c[2])
    elif kind == "probation":
        nm_ = short + "보호관찰소"
        base.update(name=nm_, head=nm_ + "장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)), web="")
    elif kind == "prison":
        nm_ = short + r.choice(["교도소", "구치소"])
        base.update(name=nm_, head=nm_ + "장", addr="%s %s %s %d" % (c[0], c[1], r.choice(ROADS), r.randint(1, 300)), web="")
    elif kind == "province":
        base.update(name=c[0], head=c[0] + "지사",
                    addr="%s %s %s %d" % (c[0], c[1], "도청로", r.randint(1, 99)), web="www.%s.go.kr" % r.choice(["gg", "chungnam", "gb", "jeonnam", "gangwon", "gyeongnam", "chungbuk", "jeonbuk"]))
    else:  # ministry name given in kind
        base.update(name=kind, head=kind + ("장관" if kind.endswith("부") else "장"),
                    addr=(r.choice(["세종특별자치시 도움6로 11 정부세종청사", "세종특별자치시 갈매로 408 정부세종청사", "서울특별시 종로구 세종대로 209 정부서울청사",
                                    "세종특별자치시 다솜2로 94 정부세종청사", "대전광역시 서구 청사로 189 정부대전청사"]) if y >= 2013 else
                          r.choice(["서울특별시 종로구 세종로 77-6 정부중앙청사", "경기도 과천시 중앙동 1 정부과천청사", "대전광역시 서구 둔산동 920 정부대전청사"]))
                    + " %d동" % r.randint(1, 17),
                    web="www.%s.go.kr" % MIN_WEB.get(kind, "korea"),
                    area="044" if y >= 2013 else "02")
    if y < 2012 and kind in ("city", "edu", "police", "fire", "hospital", "corp", "probation", "prison", "province", "metro"):
        m_ = re.match(r"^(.*?) (\S+(?:로|길)) (\d+)$", base["addr"])
        if m_:
            base["addr"] = "%s %s %s번지" % (m_.group(1), r.choice(DONG), m_.group(3))
    return base


def spaced(s):
    return " ".join(s)


def sign_line(r, y, staff, dept):
    """결재란 line of an electronic 시행문. staff = [(title, name), ...] low -> high."""
    parts = []
    for i, (tt, n_) in enumerate(staff):
        if i == len(staff) - 1 and len(staff) > 2 and r.random() < 0.6:
            parts.append("%s 전결 %02d/%02d %s" % (tt, r.randint(1, 12), r.randint(1, 28), n_))
        else:
            parts.append("%s %s" % (tt, n_))
    if y < 2012 and r.random() < 0.5:
        lbl = ["기안자", "검토자", "결재권자"]
        parts = ["%s %s" % (lbl[min(i, 2)], p_) for i, p_ in enumerate(parts)]
    return "    ".join(parts)


def closing(r, y, ag, dept, staff, docno, date, stated=None, email=None, cooperate=None):
    """결문 of a 시행문 (2004-): returns list of lines; the stated 공개구분 closes the last line."""
    lines = [spaced(ag["head"]) if len(ag["head"]) <= 6 else ag["head"], ""]
    lines.append(sign_line(r, y, staff, dept))
    lines.append("협조자" + ((" " + cooperate) if cooperate else ""))
    lines.append("시행  %s-%d (%s)    접수" % (dept, docno, dfmt(date, 0 if y >= 2012 else r.choice([0, 1]))))
    web = (" / " + ag["web"]) if ag.get("web") else ""
    lines.append("우 %s  %s%s" % (ag["zip"], ag["addr"], web))
    tel = landline(r, ag["area"])
    fax = landline(r, ag["area"])
    last = "전화번호 %s  팩스번호 %s" % (tel, fax) if y >= 2012 else "전화 %s  전송 %s" % (tel, fax)
    if email:
        last += " / " + email
    if stated:
        last += " / " + stated
    lines.append(last)
    return lines


def old_head(r, y, ag, dept_code, recv, title, date, ref=None):
    """사무관리규정(1991-2003)-style 두문 as key-value pairs."""
    pairs = [("문서번호", "%s %d-%d" % (dept_code, r.choice([13400, 12010, 1254, 14710, 2430]), r.randint(100, 3999))),
             ("시행일자", dfmt(date, r.choice([0, 1]))),
             ("(경  유)", ""),
             ("수    신", recv)]
    if ref:
        pairs.append(("참    조", ref))
    pairs.append(("제    목", title))
    return pairs


def pick_style(r, allow_ocr=False, old=False):
    st = {"table": r.choice(["pipe", "tab", "space", "box", "linear", "cells", "bar", "pipe", "space"]),
          "kv": r.choice(["colon", "spaced", "bracket", "tab", "spcolon"]),
          "title_rule": r.random() < 0.2,
          "header_pad": r.random() < 0.3,
          "pagemarks": r.random() < 0.4,
          "repeat_header": r.random() < 0.5}
    if r.random() < 0.15:
        st["runon"] = True
    if r.random() < 0.12:
        st["wrap"] = r.choice([34, 38, 42, 46])
    if allow_ocr and (old or r.random() < 0.25):
        st["ocr"] = True
        st["ocr_rate"] = r.choice([0.03, 0.05, 0.08])
    return st


def staff_chain(r, kind="city", n=3):
    if kind in ("police",):
        titles = ["경장", "경사", "경위", "경감", "경정"]
    elif kind == "fire":
        titles = ["소방장", "소방위", "소방경", "소방령"]
    elif kind == "edu":
        titles = ["주무관", "장학사", "사무관", "과장"]
    elif kind in ("corp", "hospital"):
        titles = ["대리", "과장", "차장", "부장", "팀장"]
    else:
        titles = ["주무관", "팀장", "과장", "국장"]
    if kind in ("corp", "hospital"):
        chain = [titles[0], titles[r.choice([1, 2])], titles[r.choice([3, 4])]]
    elif kind == "police":
        chain = ["경사", "경위", "경감"]
    elif kind == "fire":
        chain = ["소방장", "소방위", "소방경"]
    elif kind == "edu":
        chain = ["주무관", "사무관", "과장"]
    else:
        chain = titles[:3]
    return [(t, nm(r)) for t in chain[:n]]


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
TEMPLATES = []


def tpl(name, n, formats, genre):
    def deco(fn):
        TEMPLATES.append({"name": name, "n": n, "formats": formats, "genre": genre, "fn": fn})
        return fn
    return deco


def res(doc, disc, mark, reasons, year, ag, deciding, why, stated=None, mention=False, style=None, genre=None,
        informal=None, fmt_hint=None):
    return {"doc": doc, "disclosure": disc, "marking": mark, "reasons": sorted(reasons), "year": year,
            "agency": ag if isinstance(ag, str) else ag["name"], "deciding": deciding, "why": why,
            "stated": stated, "mention": mention, "style": style, "genre": genre, "informal": informal}


R6 = "OIDA-9-1-6"
R5 = "OIDA-9-1-5"
R4 = "OIDA-9-1-4"
R3 = "OIDA-9-1-3"
R2 = "OIDA-9-1-2"
R1 = "OIDA-9-1-1"
R7 = "OIDA-9-1-7"
R8 = "OIDA-9-1-8"
P23 = "PIPA-23"
P24 = "PIPA-24"


# ============================ PUBLIC ========================================

@tpl("pub_press_release", 10, ["text", "text", "pdf", "hwpx", "text", "pdf"], "보도자료")
def t_press(r, k, fmt):
    y = r.randint(2006, 2026)
    kind = ["city", "fire", "edu", "hospital", "city", "police"][k % 6]
    ag = agency(r, kind, y)
    d = Doc()
    topics = [
        ("폭염 대비 무더위쉼터 %d곳 운영" % r.randint(120, 480),
         "- 경로당·행정복지센터 등 지정, 9월 말까지 평일 야간·주말 연장 운영",
         ["%s는 폭염특보가 잦아지는 여름철을 맞아 관내 경로당과 행정복지센터, 금융기관 등을 무더위쉼터로 지정해 운영한다고 밝혔다." % ag["name"],
          "쉼터에는 냉방기 점검을 마쳤으며, 폭염특보 발령 시에는 운영시간을 밤 9시까지 늘린다. 위치는 누리집과 '안전디딤돌' 앱에서 확인할 수 있다.",
          "아울러 홀로 사는 어르신 %d명에게는 생활지원사가 하루 한 번 이상 안부를 확인하고, 건강 이상이 의심되면 보건소와 연계한다." % r.randint(300, 2500)],
         "복지정책과"),
        ("겨울철 화재 예방 집중 홍보 기간 운영",
         "- 전통시장·주택 밀집지역 대상 소화기 사용법 교육, 주택용 소방시설 무상 보급",
         ["%s는 11월부터 이듬해 2월까지를 겨울철 화재 예방 집중 기간으로 정하고 전통시장과 노후 주택가를 중심으로 홍보 활동을 펼친다." % ag["name"],
          "지난해 관내 화재 %d건 가운데 주택 화재가 %d건으로 가장 많았으며, 전열기구 과열이 주요 원인으로 분석됐다." % (r.randint(150, 400), r.randint(40, 120)),
          "취약계층 %d가구에는 단독경보형 감지기와 소화기를 무상으로 설치해 줄 계획이다." % r.randint(200, 900)],
         "예방안전과"),
        ("2학기 늘봄학교 참여 학교 %d곳으로 확대" % r.randint(20, 60),
         "- 초1 희망 학생 전원 수용, 맞춤형 프로그램 %d종 운영" % r.randint(10, 40),
         ["%s은 2학기부터 관내 초등학교 늘봄학교 운영을 확대한다고 밝혔다." % ag["name"],
          "학교별 수요조사 결과를 반영해 체육·예술·코딩 등 프로그램을 편성했으며, 지역 대학과 협약을 맺어 강사를 지원받는다.",
          "교육장은 \"학부모 돌봄 부담을 덜고 아이들이 안전하게 머무를 수 있도록 하겠다\"고 말했다."],
         "초등교육과"),
        ("의료원, 야간·휴일 소아 진료 시작",
         "- 평일 밤 11시, 토·일·공휴일 오후 6시까지 소아청소년과 진료",
         ["%s은 다음 달 1일부터 달빛어린이병원 형태로 소아 야간·휴일 진료를 시작한다." % ag["name"],
          "전문의 %d명과 간호인력을 추가 채용했으며, 진료비는 일반 외래와 같다." % r.randint(2, 5),
          "원장은 \"응급실을 찾던 경증 소아 환자의 불편이 줄어들 것\"이라고 설명했다."],
         "기획홍보팀"),
        ("시민 참여 예산 제안 공모… %d억 원 규모" % r.randint(5, 40),
         "- 생활밀착형 사업 중심, 온라인·방문 접수",
         ["%s는 내년도 본예산에 반영할 주민참여예산 사업을 공모한다." % ag["name"],
          "관내에 주소를 두었거나 직장·학교를 다니는 사람이면 누구나 제안할 수 있으며, 접수된 제안은 분과위원회 심사와 주민 투표를 거쳐 선정한다.",
          "지난해에는 %d건이 제안돼 %d건이 예산에 반영됐다." % (r.randint(200, 800), r.randint(30, 90))],
         "기획예산과"),
        ("보이스피싱 피해 예방 홍보 강화",
         "- 고령층 대상 '전화 끊고 확인하기' 캠페인",
         ["%s는 최근 기관 사칭형 보이스피싱이 늘어남에 따라 금융기관과 함께 예방 홍보를 강화한다." % ag["name"],
          "올해 관내 피해 신고는 %d건, 피해액은 약 %d억 원으로 집계됐다." % (r.randint(40, 200), r.randint(3, 30)),
          "경찰은 검찰·금융감독원 직원이라며 현금 전달이나 앱 설치를 요구하면 즉시 전화를 끊고 112에 신고해 달라고 당부했다."],
         "수사과"),
    ]
    tt, sub, body, dept = topics[k % 6]
    rel = dt(r, y)
    wd = "월화수목금토일"[rel.weekday()]
    boss, staff = nm(r), nm(r)
    tel1, tel2 = landline(r, ag["area"]), landline(r, ag["area"])
    embargo = r.random() < 0.4
    if fmt != "text" and r.random() < 0.5:
        d.header = "%s 보도자료" % ag["name"]
    d.t("보 도 자 료" if r.random() < 0.5 else "보도자료")
    d.kv([("보도일시", ("%s(%s) 조간부터 보도하여 주시기 바랍니다" % (dfmt(rel), wd)) if embargo else ("%s(%s) 배포 즉시" % (dfmt(rel), wd))),
          ("담당부서", "%s %s" % (ag["name"], dept)),
          ("책임자", "과장 %s (%s)" % (boss, tel1)),
          ("담당자", "%s %s (%s)" % (r.choice(["주무관", "팀장", "담당"]), staff, tel2))])
    d.b().t(tt).p(sub).b()
    for i, para in enumerate(body):
        d.p(("□ " if i == 0 else "○ ") + para)
    if r.random() < 0.5:
        d.p("붙임  %s 1부." % r.choice(["관련 사진", "운영 현황", "시설 위치도", "홍보 포스터"]))
    if y >= 2015 and r.random() < 0.6:
        d.footer = "이 자료는 공공누리 제1유형에 따라 출처를 표시하면 자유롭게 이용할 수 있습니다. (%s)" % (ag.get("web") or "")
        d.cue("공공누리 제1유형", "footer")
    d.cue("보도자료" if "보도자료" in (d.header or "") or d.blocks[0][1] == "보도자료" else "보 도 자 료", "title")
    d.title_meta = tt
    d.author_meta = dept
    return res(d, "public", "none", [], y, ag, "보도자료", "issued press release; only officials acting in office are named",
               style=pick_style(r))


@tpl("pub_public_notice", 8, ["text", "pdf", "text", "hwpx"], "공고")
def t_notice(r, k, fmt):
    y = r.randint(1997, 2026)
    v = k % 5
    ag = agency(r, r.choice(["city", "city", "edu", "corp"]) if v in (0, 2) else "city", y)
    d = Doc()
    no = "%s 공고 제%d-%d호" % (ag["name"], y, r.randint(10, 1800))
    date = dt(r, y)
    if v == 0:
        proj = r.choice(["%s 노후 상수관로 정비공사" % ag["name"], "공공도서관 리모델링 설계용역", "청사 냉난방설비 교체공사", "행정정보시스템 유지관리 용역"])
        base = r.randint(80, 4000) * 1000000
        d.t("입 찰 공 고").c(no).b()
        d.p("%s을(를) 다음과 같이 일반경쟁입찰에 부칩니다." % proj)
        d.kv([("1. 사업명", proj), ("2. 기초금액", "%s원(부가가치세 포함)" % won(base)),
              ("3. 입찰방식", r.choice(["전자입찰, 적격심사", "총액 제한경쟁, 최저가", "협상에 의한 계약"])),
              ("4. 입찰참가자격", "「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제14조에 따른 자격을 갖춘 자"),
              ("5. 입찰서 제출", "%s 10:00 ~ %s 10:00 (국가종합전자조달시스템)" % (dfmt(date), dfmt(date + datetime.timedelta(days=7)))),
              ("6. 개찰", "%s 11:00, 전자입찰 집행관 PC" % dfmt(date + datetime.timedelta(days=7)))])
        d.p("기타 자세한 사항은 %s 누리집 또는 계약 담당(%s)으로 문의하시기 바랍니다." % (ag["name"], landline(r, ag["area"])))
    elif v == 1:
        area_ = r.choice(DONG)
        d.t("도시관리계획(변경) 결정(안) 주민 열람 공고").c(no).b()
        d.p("「국토의 계획 및 이용에 관한 법률」 제28조에 따라 %s 일원 도시관리계획 변경(안)에 대하여 주민 의견을 듣고자 다음과 같이 공고합니다." % area_)
        d.tbl(["구분", "내용"], [["열람기간", "%s ~ %s (14일간)" % (dfmt(date), dfmt(date + datetime.timedelta(days=13)))],
                                ["열람장소", "%s 도시계획과, %s 행정복지센터" % (ag["name"], area_)],
                                ["주요내용", "용도지역 변경(자연녹지→제1종일반주거) %s㎡, 도로(소로2류) 신설 1개소" % won(r.randint(3000, 90000))],
                                ["의견제출", "열람기간 내 서면 제출(우편·방문)"]])
        d.p("※ 제출된 의견은 도시계획위원회 자문 시 참고 자료로 활용하며, 결과는 개별 통보합니다.")
    elif v == 2:
        d.t("%d년 제%d회 임기제공무원 경력경쟁임용시험 최종합격자 공고" % (y, r.randint(1, 4))).c(no).b()
        d.p("%s 임기제공무원 경력경쟁임용시험 최종합격자를 다음과 같이 공고합니다." % ag["name"])
        rows = []
        for _ in range(r.randint(3, 6)):
            rows.append([r.choice(["시간선택제임기제 가급", "일반임기제 6호", "일반임기제 7호", "시간선택제임기제 나급"]),
                         r.choice(["정보보호", "홍보(영상)", "법무", "공공디자인", "투자유치"]), "%d%04d" % (y % 100, r.randint(1, 9999))])
        d.tbl(["채용 분야", "업무", "응시번호"], rows)
        d.p("1. 합격자는 임용 전 신체검사서, 「공무원임용령」에 따른 결격사유 조회 동의서 등을 제출하여야 합니다.\n2. 제출 서류가 허위로 판명될 경우 합격을 취소합니다.")
    elif v == 3:
        d.t("%d년 주민등록 사실조사 실시 공고" % y).c(no).b()
        d.p("「주민등록법」 제20조 및 같은 법 시행령 제23조에 따라 주민등록 사실조사를 실시하오니 주민 여러분의 협조를 바랍니다.")
        d.kv([("조사기간", "%s ~ %s" % (dfmt(date), dfmt(date + datetime.timedelta(days=60)))),
              ("조사대상", "관내 전 세대(비대면 조사 참여 세대 제외)"), ("조사방법", "이·통장 및 담당 공무원의 방문 확인"),
              ("자진신고 기간", "사실과 다르게 등록된 경우 기간 내 자진 신고 시 과태료 최대 3/4 경감")])
    else:
        ordname = r.choice(["%s 공유재산 관리 조례" % ag["name"], "%s 주차장 설치 및 관리 조례" % ag["name"], "%s 청년 기본 조례" % ag["name"]])
        d.t("%s 일부개정조례안 입법예고" % ordname).c(no).b()
        d.p("%s를 개정함에 있어 그 취지와 주요 내용을 미리 알려 주민의 의견을 듣고자 「행정절차법」 제41조에 따라 다음과 같이 공고합니다." % ordname)
        d.p("1. 개정이유\n  상위법령 개정 사항을 반영하고 운영상 나타난 미비점을 보완하려는 것임.\n2. 주요내용\n  가. 용어 정의 정비(안 제2조)\n  나. 사용료 감면 대상 확대(안 제15조)\n3. 의견제출: %s까지 %s %s로 제출" % (dfmt(date + datetime.timedelta(days=20)), ag["name"], r.choice(["법무담당관", "자치행정과", "재무과"])))
    d.b().c(dfmt(date, 2 if y < 2010 else 0)).c(ag["head"])
    d.cue(no, "title")
    d.title_meta = d.blocks[0][1]
    return res(d, "public", "none", [], y, ag, "공고", "public notice, published by its nature", style=pick_style(r, allow_ocr=y < 2003, old=y < 2003))


@tpl("pub_disclosure_guide", 3, ["pdf", "text", "hwpx"], "지침·안내")
def t_disc_guide(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp"]), y)
    d = Doc()
    d.t("%d년 정보공개 업무 처리 요령" % y)
    d.rt("%s %s" % (ag["name"], r.choice(["행정지원과", "총무과", "기획감사실", "경영지원부"])))
    d.p("1. 공개 구분 표시\n  ○ 기안 시 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호에 해당하는지 검토하여 공개, 부분공개, 비공개 중 하나를 고른다.\n"
        "  ○ 부분공개·비공개를 고른 경우 해당 호수를 괄호 안에 적는다. 예) 부분공개(6), 비공개(5)\n"
        "  ○ 비공개 사유를 적을 때에는 '비공개(제9조 제1항 제5호)'처럼 법 조항을 그대로 쓰거나 '§9①5'로 줄여 쓸 수 있다.")
    d.tbl(["호", "주요 대상(예시)", "유의사항"],
          [["제1호", "다른 법률·대통령령에서 비밀로 정한 정보", "보안업무규정에 따른 비밀 포함"],
           ["제5호", "감사·인사관리·의사결정 과정의 내부검토 자료", "의사결정 후에는 공개 전환 검토"],
           ["제6호", "성명·주민등록번호 등 개인에 관한 정보", "공무원의 성명·직위는 공개"],
           ["제7호", "법인 등의 경영·영업상 비밀", "제3자 의견 청취"],
           ["제8호", "부동산 투기 등 우려 정보", "개발 예정지 도면 등"]])
    d.p("2. 자주 틀리는 사례\n  ○ 보도자료·공고처럼 공표를 목적으로 만든 문서를 '비공개'로 지정하는 경우\n"
        "  ○ 개인정보가 일부만 들어 있는데도 문서 전체를 비공개로 지정하는 경우 → 해당 부분만 가리고 부분공개\n"
        "  ○ 대외비·비밀은 보안 담당 부서와 협의하여 지정하며, 정보공개 구분과 별개로 관리한다.")
    d.p("3. 문의: 정보공개 담당 %s (%s)" % (nm(r), landline(r, ag["area"])))
    d.cue("비공개(5)", "body").cue("부분공개(6)", "body").cue("대외비", "body")
    d.title_meta = "정보공개 업무 처리 요령"
    return res(d, "public", "none", [], y, ag, "정보공개 업무 처리 요령",
               "guidance that only quotes disclosure categories and the word 대외비; mention-only", mention=True, style=pick_style(r))


@tpl("pub_security_textbook", 4, ["pdf", "text", "pdf", "hwpx"], "교육자료")
def t_sec_textbook(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp", "fire", "police"]), y)
    d = Doc()
    if fmt != "text":
        d.header = "%d년 %s 보안교육 교재" % (y, ag["name"])
        d.header_align = "R"
    d.t(r.choice(["공직자 보안 업무 길잡이", "문서 보안 실무 교육", "신규 공무원 보안교육 자료"]))
    d.p("제1장  비밀의 구분과 표시")
    d.p("□ 비밀은 누설될 경우 국가안전보장에 미치는 영향에 따라 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 나눈다.\n"
        "□ 비밀로 분류할 정도는 아니지만 공개되면 업무에 지장이 있는 사항은 '대외비'로 지정하여 비밀에 준하여 관리한다.")
    d.p("□ 표시 위치 (예시)")
    d.tbl(["구분", "표시 방법", "비고"],
          [["Ⅲ급비밀", "문서 매 쪽 상단·하단 중앙에 붉은색으로 표시", "예고문 기재"],
           ["대외비", "매 쪽 상단·하단에 '대외비' 표시", "보호기간 기재"],
           ["사본번호", "표지 우측 상단", "배부처별 관리"]])
    ex = r.choice(["예고문: 20○○. ○○. ○○.까지 Ⅲ급비밀, 이후 일반문서로 재분류",
                   "예시) 이 문서는 20○○. ○○. ○○.까지 대외비로 관리함"])
    d.p("  ※ " + ex)
    d.p("제2장  사례로 보는 보안 위반\n"
        "  ○ 대외비 문서를 개인 이메일로 보내 집에서 작업한 사례\n"
        "  ○ 비밀번호를 모니터에 붙여 둔 사례 → 3개월마다 변경, 9자리 이상 조합\n"
        "  ○ 회의 후 남은 배부 자료를 이면지로 사용한 사례")
    d.p("제3장  점검 체크리스트\n  □ 퇴근 시 책상 위 문서 정리   □ 보조기억매체 등록 여부   □ 화면보호기 설정")
    d.cue("Ⅲ급비밀", "table_cell").cue("대외비", "body").cue(ex, "body")
    d.title_meta = "보안교육 교재"
    return res(d, "public", "none", [], y, ag, "표시 위치 (예시)",
               "training material that shows example stamps; it carries no classification", mention=True, style=pick_style(r))


@tpl("pub_declass_notice", 3, ["text", "hwpx", "text"], "공문")
def t_declass(r, k, fmt):
    y = r.randint(2009, 2025)
    ag = agency(r, r.choice(["city", "province", min_home(y)]), y)
    d = Doc()
    date = dt(r, y)
    dept = r.choice(["비상안전기획관", "안전총괄과", "비상대비팀", "운영지원과"])
    d.c(ag["name"]).kv([("수신", r.choice(["수신자 참조", "각 실·국·과장", "내부결재"])), ("(경유)", ""),
                       ("제목", r.choice(["보호기간 만료 비밀의 재분류 결과 통보", "비밀 재분류(일반문서) 결과 알림", "%d년 비밀 일제 정리 결과" % y]))])
    n1, n2 = r.randint(2, 30), r.randint(1, 9)
    d.p("1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 %d년 상반기 비밀 일제 정리를 실시하였습니다.\n"
        "2. 정리 결과 보호기간이 지난 Ⅲ급비밀 %d건을 일반문서로 재분류하고, Ⅱ급비밀 %d건은 예고문에 따라 파기하였음을 알려 드립니다.\n"
        "3. 재분류된 문서는 각 부서 기록물철에 편철하되, 종전 비밀 표시에는 재분류 일자와 근거를 적어 두시기 바랍니다." % (y, n1, n2))
    d.tbl(["연번", "문서 제목", "생산연도", "조치"],
          [["1", "%d년 %s 계획" % (y - r.randint(6, 12), r.choice(["을지연습", "비상대비 자원관리", "전시 행정 지원"])), str(y - r.randint(6, 12)), "일반문서 재분류"],
           ["2", "통신망 %s 운용 지침" % r.choice(["예비", "비상"]), str(y - r.randint(4, 9)), "파기"]])
    d.p("붙임  비밀 재분류 대장 사본 1부.  끝.")
    staff = staff_chain(r)
    for ln in closing(r, y, ag, dept, staff, r.randint(100, 3000), date, stated=r.choice(["공개", "공개", None])):
        d.p(ln)
    d.cue("Ⅲ급비밀", "body").cue("Ⅱ급비밀", "body")
    d.title_meta = "비밀 재분류 결과"
    return res(d, "public", "none", [], y, ag, "일반문서로 재분류",
               "declassification notice; secret grades are only mentioned", mention=True, stated="공개", style=pick_style(r))


@tpl("pub_declassified_doc", 2, ["pdf", "text"], "보고서(재분류)")
def t_declassified(r, k, fmt):
    y = r.randint(1996, 2008)
    ry = r.randint(2012, 2022)
    ag = agency(r, r.choice(["city", "province"]), y)
    d = Doc()
    stamp = "%s급비밀 → %d. %d. %d. 일반문서로 재분류" % (r.choice(["Ⅲ", "III"]), ry, r.randint(1, 12), r.randint(1, 28))
    if fmt == "pdf":
        d.header = "[재분류] " + stamp
    else:
        d.p("[재분류] " + stamp)
    d.t("%d년 %s 결과 보고" % (y, r.choice(["을지연습", "충무훈련 도상연습", "민방위 비상소집 훈련"])))
    d.rt("%s %s" % (ag["name"], r.choice(["민방위과", "비상대비계", "총무과"])))
    n = r.randint(300, 2500)
    d.p("1. 훈련 개요\n  가. 기간: %d. %d. %d. ~ %d. (4일간)\n  나. 참가: 공무원 및 유관기관 %s명\n"
        "2. 주요 성과\n  가. 상황 접수·전파 훈련을 통해 보고 체계를 점검함\n  나. 주민 대피 안내 방송을 시범 실시함\n"
        "3. 보완 사항\n  가. 야간 비상소집 시 연락 지연 사례가 있어 연락 수단을 이원화할 필요\n  나. 상황실 발전기 점검 주기 단축" % (y, r.randint(3, 9), r.randint(1, 20), r.randint(21, 25), won(n)))
    d.cue(stamp, "header" if fmt == "pdf" else "top_stamp")
    d.title_meta = "훈련 결과 보고(재분류)"
    return res(d, "public", "none", [], y, ag, "일반문서로 재분류",
               "former secret whose stamp is annotated as reclassified to 일반문서; content is a generic training summary",
               mention=True, style=pick_style(r, allow_ocr=True, old=y < 2003))


@tpl("pub_cover_letter", 3, ["text", "hwpx", "pdf"], "공문")
def t_cover(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "edu", "fire", "province"]), y)
    d = Doc()
    date = dt(r, y)
    grade = ["Ⅲ급비밀", "3급 비밀", "대외비"][k % 3]
    what = r.choice(["%d년도 비상대비업무 지침" % (y + 1), "통합방위 작전 협조 계획", "재난안전통신망 운용 세부지침"])
    d.c(ag["name"]).kv([("수신", r.choice(["각 읍·면·동장", "수신자 참조", "관내 각급학교장"])), ("(경유)", ""),
                       ("제목", "%s 송부 알림" % what)])
    d.p("1. 관련: %s-%d(%s)\n2. 위 호와 관련하여 %s 1부를 송부하오니 업무에 참고하시기 바랍니다.\n"
        "3. 해당 자료는 %s로 분류되어 있어 이 공문에 첨부하지 않고 보안담당관을 통해 인편으로 별도 전달할 예정입니다. 수령 시 관리대장에 기록하여 주시기 바랍니다.  끝."
        % (r.choice(["안전정책과", "비상대비과"]), r.randint(100, 9000), dfmt(date - datetime.timedelta(days=20)), what, grade))
    for ln in closing(r, y, ag, r.choice(["안전총괄과", "비상대비팀", "행정과"]), staff_chain(r), r.randint(100, 3000), date, stated="공개"):
        d.p(ln)
    d.cue(grade, "body").cue("공개", "closing_line")
    d.title_meta = what + " 송부"
    return res(d, "public", "none", [], y, ag, "별도 전달",
               "cover letter; the classified attachment is sent separately and is not part of this document", mention=True,
               stated="공개", style=pick_style(r))


@tpl("pub_password_notice", 2, ["text", "text"], "안내문")
def t_pw(r, k, fmt):
    y = r.randint(2010, 2026)
    ag = agency(r, r.choice(["city", "edu", "hospital", "corp"]), y)
    d = Doc()
    d.t(r.choice(["[알림] 업무포털 비밀번호 정기 변경 안내", "전 직원 PC 비밀번호 변경 협조"]))
    d.p("%s 정보보안 지침에 따라 업무용 PC 및 내부 업무시스템 비밀번호를 다음과 같이 변경해 주시기 바랍니다." % ag["name"])
    d.kv([("변경 기한", dfmt(dt(r, y))), ("대상", "전 직원(공무직·기간제 포함)"),
          ("규칙", "영문·숫자·특수문자 조합 9자리 이상, 직전 3회 사용 비밀번호 재사용 금지"),
          ("문의", "정보통신팀 내선 %d" % r.randint(2000, 7999))])
    d.p("※ 비밀번호를 메모지에 적어 모니터에 붙이거나 동료와 공유하는 행위는 보안 점검 시 지적 대상입니다.")
    d.cue("비밀번호", "title")
    d.title_meta = "비밀번호 변경 안내"
    return res(d, "public", "none", [], y, ag, "비밀번호",
               "notice about passwords; '비밀' appears only inside 비밀번호", mention=True, style=pick_style(r))


@tpl("pub_personnel_order", 3, ["text", "pdf", "hwpx"], "인사")
def t_personnel(r, k, fmt):
    y = r.randint(2005, 2026)
    mname = r.choice([min_home(y), min_land(y), min_health(y), min_labor(y), "환경부"])
    ag = agency(r, mname, y)
    d = Doc()
    date = dt(r, y)
    d.t("인 사 발 령").c("%s 발령 제%d-%d호" % (mname, y, r.randint(10, 400))).b()
    rows = [["승진", "부이사관(3급)", "%s %s" % (r.choice(["기획조정실", "정책기획관실", "운영지원과"]), r.choice(["과장", "팀장"])), nm(r)],
            ["승진", "이사관(2급)", r.choice(["정책국", "안전정책국", "복지정책관실"]) + " 국장", nm(r)],
            ["전보", "관리관(1급)", r.choice(["기획조정실장", "정책실장"]), nm(r)],
            ["전보", "서기관(4급)", r.choice(["감사관실 감사담당관", "국제협력과장", "대변인실 홍보담당관"]), nm(r)],
            ["파견", "행정사무관(5급)", "%s(%s까지)" % (r.choice(["국무조정실", "인사혁신처"] if y >= 2014 else ["국무총리실" if 2008 <= y < 2013 else "국무조정실", "중앙공무원교육원"]), dfmt(date + datetime.timedelta(days=365))), nm(r)]]
    r.shuffle(rows)
    rows = rows[:r.randint(3, 5)]
    if not any("3급" in x[1] or "1급" in x[1] for x in rows):
        rows[0] = ["승진", "부이사관(3급)", "대변인", nm(r)]
    d.tbl(["구분", "직급", "발령사항", "성명"], rows)
    d.p("%s\n%s" % (dfmt(date), ag["head"]))
    for g in ("1급", "2급", "3급"):
        if any(g in x[1] for x in rows):
            d.cue(g, "table_cell")
    d.title_meta = "인사발령"
    return res(d, "public", "none", [], y, ag, "인사발령",
               "personnel order naming officials; 1급/2급/3급 are civil-service grades, not secret grades", mention=True,
               style=pick_style(r))


@tpl("pub_statistics", 6, ["text", "pdf", "text", "hwpx", "pdf", "text"], "통계")
def t_stats(r, k, fmt):
    y = r.randint(1999, 2026)
    v = k % 6
    kind = ["fire", "city", "police", "city", "edu", "city"][v]
    ag = agency(r, kind, y)
    d = Doc()
    if v == 0:
        d.t("%d년 화재 발생 현황" % (y - 1))
        rows = [[c, str(r.randint(5, 200)), str(r.randint(0, 5)), str(r.randint(0, 30)), won(r.randint(10000, 900000))]
                for c in ["주거", "비주거", "차량", "임야", "기타"]]
        d.tbl(["장소", "건수", "사망", "부상", "재산피해(천원)"], rows)
        d.p("※ 원인별로는 부주의가 %d%%로 가장 많고, 전기적 요인 %d%%, 기계적 요인 %d%% 순" % (r.randint(40, 55), r.randint(18, 28), r.randint(6, 12)))
    elif v == 1:
        d.t("%d년 %d분기 민원 처리 현황" % (y, r.randint(1, 4)))
        rows = [[c, won(r.randint(100, 20000)), "%.1f" % r.uniform(85, 99.9), "%.1f" % r.uniform(0.5, 6)]
                for c in ["여권", "제증명", "인허가", "고충민원", "질의"]]
        d.tbl(["민원 종류", "접수(건)", "기한 내 처리율(%)", "평균 처리일"], rows)
    elif v == 2:
        d.t("%d년 교통사고 발생 통계(관내)" % (y - 1))
        rows = [[m, str(r.randint(30, 120)), str(r.randint(0, 4)), str(r.randint(40, 190))] for m in ["1분기", "2분기", "3분기", "4분기"]]
        d.tbl(["기간", "발생", "사망", "부상"], rows)
        d.p("○ 음주운전 사고 %d건(전년 대비 %d건 감소), 보행자 사고 %d건" % (r.randint(10, 60), r.randint(1, 15), r.randint(20, 90)))
    elif v == 3:
        d.t("법정감염병 신고 현황(%d년 누계)" % y)
        rows = [[c, str(r.randint(0, 300)), str(r.randint(0, 300))] for c in ["결핵", "수두", "A형간염", "쯔쯔가무시증", "유행성이하선염"]]
        d.tbl(["감염병", "%d년" % y, "%d년" % (y - 1)], rows)
        d.p("※ 개인을 식별할 수 있는 정보는 포함하지 않음. 읍·면·동 단위 수치는 5 미만일 경우 '*'로 표시함.")
    elif v == 4:
        d.t("%d년 학교폭력 실태조사 결과(관내 초·중·고)" % y)
        rows = [[g, "%.1f" % r.uniform(0.3, 4.0), "%.1f" % r.uniform(20, 45), "%.1f" % r.uniform(10, 30)] for g in ["초등학교", "중학교", "고등학교"]]
        d.tbl(["학교급", "피해응답률(%)", "언어폭력 비중(%)", "집단따돌림 비중(%)"], rows)
        d.p("○ 조사 참여율 %.1f%%. 결과는 학교별 예방교육 계획 수립에 활용함." % r.uniform(80, 97))
    else:
        d.t("%d년 지방세 체납액 정리 실적" % y)
        rows = [[c, won(r.randint(100, 9000)), won(r.randint(50, 5000)), "%.1f" % r.uniform(20, 70)] for c in ["취득세", "재산세", "자동차세", "지방소득세", "주민세"]]
        d.tbl(["세목", "이월 체납액(백만원)", "정리액(백만원)", "정리율(%)"], rows)
    d.p("자료: %s %s, %s 기준" % (ag["name"], r.choice(["통계담당", "기획팀", "행정지원과", "예방안전과", "생활안전계"]), dfmt(dt(r, y))))
    if y >= 2015 and r.random() < 0.5:
        d.footer = "공공누리 제1유형: 출처표시 후 자유 이용 가능"
    d.title_meta = d.blocks[0][1]
    return res(d, "public", "none", [], y, ag, d.blocks[0][1], "published aggregate statistics; no individual can be identified",
               style=pick_style(r))


@tpl("pub_open_minutes", 4, ["text", "pdf", "text", "hwpx"], "회의록")
def t_open_min(r, k, fmt):
    y = r.randint(2003, 2026)
    v = k % 4
    c = r.choice(CITIES)
    d = Doc()
    if v == 0:
        ag = {"name": c[1] + "의회"}
        d.t("제%d회 %s의회(임시회) 행정자치위원회 회의록" % (r.randint(150, 320), c[1]))
        d.p("일시: %s 10시 00분\n장소: 행정자치위원회 회의실" % dfmt(dt(r, y)))
        a, b_, cc, dd = nm(r), nm(r), nm(r), nm(r)
        d.p("○ 위원장 %s  의석을 정돈하여 주시기 바랍니다. 성원이 되었으므로 회의를 개의하겠습니다." % a)
        d.p("○ %s 위원  자치행정과장님, 주민자치회 시범 운영 확대 계획에 대해 설명해 주십시오." % b_)
        d.p("○ 자치행정과장 %s  네, 올해 %d개 동에서 시범 운영 중이며 내년에 전 동으로 확대할 계획입니다. 소요 예산은 약 %d억 원입니다." % (cc, r.randint(3, 9), r.randint(2, 9)))
        d.p("○ %s 위원  사무국 인력 확보 방안도 함께 검토해 주시기 바랍니다." % dd)
        d.p("○ 위원장 %s  더 질의하실 위원이 없으므로 질의를 종결하겠습니다. (의사봉 3타)" % a)
        why = "published council minutes; councillors and officials act in office"
    elif v == 1:
        ag = agency(r, "edu", y, c)
        d.t("%d년 제%d차 교육정책자문위원회 회의 결과" % (y, r.randint(1, 4)))
        d.kv([("일시", dfmt(dt(r, y))), ("참석", "위원 %d명(위원 명단은 별도 관리)" % r.randint(7, 14)), ("안건", "작은학교 통폐합 기준 개선안")])
        d.p("□ 주요 논의\n  ○ A위원: 통학 거리 기준만으로 판단하기보다 지역 공동체 영향을 함께 보아야 함\n"
            "  ○ B위원: 통폐합 대상 학교 학부모 설명회를 2회 이상 개최할 필요\n□ 결과: 원안 수정 의결(설명회 절차 추가)")
        why = "meeting summary with members anonymised (A위원, B위원)"
    elif v == 2:
        ag = agency(r, "corp", y, c)
        d.t("제%d차 이사회 회의록" % r.randint(100, 300))
        d.p("1. 일시: %s\n2. 출석: 이사 %d명 중 %d명, 감사 1명" % (dfmt(dt(r, y)), 9, r.randint(6, 9)))
        d.p("3. 부의안건\n  제1호 %d년도 예산(안) — 원안 의결\n  제2호 직제규정 일부개정(안) — 수정 의결(정원 %d명 증원)\n"
            "4. 보고사항: 상반기 경영실적, 안전보건 경영방침 이행 현황" % (y + 1, r.randint(2, 8)))
        d.p("의장 사장 %s" % nm(r))
        why = "board minutes of a public corporation published under 공공기관 경영공시"
    else:
        ag = {"name": c[1] + " " + r.choice(DONG) + " 주민자치회"}
        d.t("%d년 %d월 주민자치회 정기회의 결과" % (y, r.randint(1, 12)))
        d.p("○ 참석: 위원 %d명, 동장, 주무관\n○ 결정사항\n  - 마을축제 일정: %s\n  - 경로당 환경개선 사업 우선순위: 1순위 %s 경로당\n"
            "○ 기타: 불법 주정차 민원 관련 교통과에 단속 요청하기로 함" % (r.randint(12, 30), dfmt(dt(r, y)), r.choice(["상촌", "하촌", "새터"])))
        why = "local council summary without personal details"
    d.title_meta = d.blocks[0][1]
    return res(d, "public", "none", [], y, ag, d.blocks[0][1], why, style=pick_style(r))


@tpl("pub_hearing_material", 3, ["pdf", "text", "pdf"], "공청회")
def t_hearing(r, k, fmt):
    y = r.randint(2001, 2026)
    ag = agency(r, r.choice(["city", "corp", "province"]), y)
    d = Doc()
    subj = r.choice(["%s 광역 버스노선 개편(안)" % ag["name"], "%s 자원회수시설 입지 선정 기준(안)" % ag["name"], "하수처리구역 변경 및 요금 현실화(안)"])
    if fmt == "pdf":
        d.header = "공청회 자료"
    d.t(subj + " 공청회")
    d.p("일시: %s 14:00\n장소: %s 대회의실\n주최: %s" % (dfmt(dt(r, y)), ag["name"], ag["name"]))
    d.p("Ⅰ. 추진 배경\n  ○ 기존 계획 수립 후 여건 변화(인구 %s명 증가, 신규 택지 %d곳)에 따라 재검토 필요\n"
        "Ⅱ. 주요 내용\n  ○ 대안 1: 현행 유지 + 일부 보완\n  ○ 대안 2: 단계적 전환(%d~%d년)\n  ○ 대안 3: 전면 개편\n"
        "Ⅲ. 향후 일정\n  ○ 공청회 의견 반영 → 관계기관 협의 → 위원회 심의 → 확정 고시" % (won(r.randint(5000, 60000)), r.randint(2, 6), y + 1, y + 3))
    d.tbl(["구분", "대안1", "대안2", "대안3"], [["사업비(억원)", str(r.randint(10, 90)), str(r.randint(90, 300)), str(r.randint(300, 900))],
                                             ["주민 영향", "적음", "보통", "큼"]])
    d.p("※ 발표 자료는 누리집에 게시하며 서면 의견은 %s까지 받습니다." % dfmt(dt(r, y)))
    d.title_meta = subj
    return res(d, "public", "none", [], y, ag, "공청회", "material prepared for an open public hearing", style=pick_style(r))


@tpl("pub_kogl_leaflet", 4, ["pdf", "hwpx", "text", "pdf"], "홍보물")
def t_leaflet(r, k, fmt):
    y = r.randint(2014, 2026)
    ag = agency(r, r.choice(["city", "fire", "hospital", "edu", "police"]), y)
    d = Doc()
    topic = ["우리 동네 분리배출 이렇게 해요", "심정지 환자를 만나면: 가슴압박 4단계", "결핵, 2주 이상 기침하면 검사 받으세요", "스쿨존 안전수칙 5가지", "전세사기 예방 체크리스트"][k % 5]
    d.t(topic)
    d.p(["① 비우고 ② 헹구고 ③ 분리하고 ④ 섞지 않기\n투명 페트병은 라벨을 떼고 찌그러뜨려 뚜껑을 닫아 배출합니다.",
         "1. 반응 확인  2. 119 신고·AED 요청  3. 가슴 압박(분당 100~120회, 5cm 깊이)  4. 구급대 도착까지 계속",
         "보건소에서 흉부 X선 검사를 무료로 받을 수 있습니다. 검사 결과는 본인에게만 알려 드립니다.",
         "멈추고, 살피고, 건너요. 차량은 시속 30km 이하로 서행하고 어린이 보호구역 내 주정차는 금지됩니다.",
         "□ 등기부등본 확인 □ 선순위 채권 확인 □ 전입신고·확정일자 □ 전세보증보험 가입"][k % 5])
    d.p("문의: %s %s" % (ag["name"], landline(r, ag["area"]) if r.random() < 0.5 else "대표전화 120"))
    kogl = r.choice(["공공누리 제1유형(출처표시)", "OPEN 공공누리 제4유형: 출처표시+상업적 이용금지+변경금지",
                     "본 저작물은 「저작권법」 제24조의2에 따라 공공누리 제1유형으로 개방되었습니다"])
    d.footer = kogl
    d.cue(kogl, "footer")
    d.title_meta = topic
    return res(d, "public", "none", [], y, ag, "공공누리", "public leaflet released under 공공누리", style=pick_style(r))


@tpl("pub_council_answer", 4, ["text", "hwpx", "pdf", "text"], "의회답변")
def t_council(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, "city", y)
    d = Doc()
    q = r.choice(["노후 공동주택 안전점검 추진 실적", "공영주차장 확충 계획", "청년 일자리 사업 성과", "관내 공공시설 에너지 절감 대책"])
    memb = nm(r)
    d.t("%s의회 %s 의원 서면질문 답변서" % (ag["name"], memb))
    d.kv([("질문 요지", q + "에 대한 집행부 답변 요청"), ("답변 부서", r.choice(["건축과", "교통행정과", "일자리정책과", "기후환경과"])),
          ("답변일", dfmt(dt(r, y)))])
    d.p("□ 추진 현황\n  ○ %d년 이후 %d개소 완료, 사업비 %s백만원 집행\n□ 향후 계획\n  ○ 내년도 본예산에 %s백만원 반영 추진\n  ○ 민간 전문가 자문을 거쳐 우선순위 조정"
        % (y - 3, r.randint(5, 40), won(r.randint(500, 9000)), won(r.randint(300, 5000))))
    d.p("%s" % ag["head"])
    d.title_meta = "서면질문 답변서"
    return res(d, "public", "none", [], y, ag, "서면질문 답변서",
               "answer to a councillor's written question; councillor and officials act in office", style=pick_style(r))


@tpl("pub_travel_report", 4, ["text", "pdf", "hwpx", "text"], "출장복명")
def t_travel(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp", "fire"]), y)
    d = Doc()
    abroad = k % 2 == 0
    place = r.choice(["일본 요코하마시", "독일 프라이부르크시", "싱가포르 국가환경청", "네덜란드 로테르담항만공사"]) if abroad else r.choice(["세종 정부청사", "대전 조달청", "부산 해양수산청", "서울 국회 의원회관"])
    d.t("%s출장 복명서" % ("국외" if abroad else ""))
    a, b_ = nm(r), nm(r)
    d.kv([("출장자", "%s %s, %s %s" % (r.choice(["과장", "팀장"]), a, r.choice(["주무관", "주임"]), b_)),
          ("기간", "%s ~ %s" % (dfmt(dt(r, y, 3, 5)), dfmt(dt(r, y, 6, 7)))),
          ("출장지", place), ("목적", r.choice(["스마트시티 운영 사례 조사", "공모사업 관련 협의", "예산 설명 및 협조 요청", "재난 대응 체계 벤치마킹"]))])
    d.p("1. 주요 활동\n  ○ 담당 부서와 면담, 운영 현황 청취 및 현장 시찰\n  ○ 관련 자료 수집(운영 매뉴얼, 성과 보고서)\n"
        "2. 시사점\n  ○ 초기 단계부터 주민 참여 절차를 제도화한 점\n  ○ 부서 간 데이터 공유를 위한 전담 조직 운영\n"
        "3. 향후 조치\n  ○ 결과 공유 회의 개최 및 내년도 사업계획에 반영 검토")
    if abroad:
        d.p("4. 경비: 항공료 %s원, 체재비 %s원(「공무원 여비 규정」 적용)" % (won(r.randint(800, 3000) * 1000), won(r.randint(500, 2500) * 1000)))
    d.title_meta = "출장 복명서"
    return res(d, "public", "none", [], y, ag, "출장 복명서", "official travel report; only officials in office appear",
               style=pick_style(r, allow_ocr=y < 2004, old=y < 2004))


@tpl("pub_handover_routine", 2, ["hwpx", "text"], "인수인계")
def t_handover_pub(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, r.choice(["city", "edu"]), y)
    d = Doc()
    d.t("업무 인수인계서")
    a, b_ = nm(r), nm(r)
    d.kv([("부서", r.choice(["문화예술과 공연팀", "민원여권과 여권팀", "평생교육과"])), ("인계자", "주무관 " + a), ("인수자", "주무관 " + b_),
          ("인계일", dfmt(dt(r, y)))])
    d.tbl(["업무", "현황", "비고"], [["시립합창단 정기공연", "%d월 공연 대관 확정" % r.randint(3, 11), "계약서 철 보관"],
                                   ["문화누리카드 홍보", "리플릿 %s부 배부 완료" % won(r.randint(1000, 9000)), ""],
                                   ["예산", "집행률 %d%%" % r.randint(40, 95), "e호조 확인"]])
    d.p("○ 관련 기록물: 2단 캐비닛 3~5칸, 전자문서는 온나라 '공연 운영' 과제카드\n○ 협의 중인 사항 없음")
    d.p("인계자 %s (서명)    인수자 %s (서명)    입회자 팀장 %s (서명)" % (a, b_, nm(r)))
    d.title_meta = "업무 인수인계서"
    return res(d, "public", "none", [], y, ag, "인수인계서", "routine handover with no pending negotiations or personal data",
               style=pick_style(r))


@tpl("pub_law_interpretation", 4, ["text", "pdf", "text", "hwpx"], "법령해석")
def t_interp(r, k, fmt):
    y = r.randint(2005, 2026)
    mname = [min_land(y), min_home(y), min_health(y), "법제처"][k % 4]
    ag = agency(r, mname, y)
    d = Doc()
    qs = [("「건축법」 제19조에 따른 용도변경 시 주차장 확보 기준 적용 여부",
           "갑은 근린생활시설을 업무시설로 용도변경하려 하는데, 변경 전 건축 당시의 주차 기준을 적용할 수 있는지 질의함.",
           "용도변경 시점의 「주차장법」 및 조례 기준을 적용하는 것이 원칙이며, 다만 부설주차장 설치 제한 지역 등 예외에 해당하는지는 허가권자가 판단할 사항임."),
          ("지방공무원 겸직 허가 대상 범위",
           "A군 소속 공무원이 주말에 유튜브 채널을 운영하는 경우 겸직 허가를 받아야 하는지 질의함.",
           "계속성이 있고 수익 창출 요건을 충족하는 경우 겸직 허가 대상이며, 직무 관련성이 있으면 허가하지 아니할 수 있음."),
          ("의료기관 개설 신고 시 시설 기준 해석",
           "의원을 개설하려는 을이 같은 건물 다른 층의 약국과 출입구를 함께 쓰는 경우 시설 기준 위반인지 질의함.",
           "의료기관과 약국은 독립된 공간으로 구획되어야 하며, 출입구 공유만으로 곧바로 위반이라고 볼 수는 없으나 구체적 구조를 확인하여야 함."),
          ("조례로 과태료 감경 사유를 추가할 수 있는지",
           "B시에서 조례로 과태료 감경 사유를 추가할 수 있는지 질의함.",
           "「질서위반행위규제법」이 정한 범위를 넘어 조례로 감경 사유를 추가하는 것은 법률의 위임이 없어 허용되지 아니함.")]
    qq, fact, ans = qs[k % 4]
    d.t("질의 회신")
    d.kv([("안건번호", "%d-%04d" % (y % 100, r.randint(1, 2000))), ("질의기관/민원인", r.choice(["○○시", "민원인(비공개)", "A군", "개인"])), ("회신일", dfmt(dt(r, y)))])
    d.p("1. 질의요지\n  " + qq + "\n  " + fact)
    d.p("2. 회답\n  " + ans)
    d.p("3. 이유\n  관계 법령의 문언과 입법 취지, 유사 사례의 해석례를 종합하면 위와 같이 보는 것이 타당함. 이 회신은 질의 내용을 전제로 한 것으로 사실관계가 다르면 결론이 달라질 수 있음.")
    d.title_meta = "질의 회신"
    return res(d, "public", "none", [], y, ag, "질의 회신", "legal interpretation; parties anonymised (갑/을, A군)", style=pick_style(r))


@tpl("pub_guide_notice", 6, ["text", "pdf", "text", "hwpx", "text", "pdf"], "안내문")
def t_guide(r, k, fmt):
    y = r.randint(1999, 2026)
    v = k % 6
    kind = ["city", "city", "edu", "hospital", "fire", "probation"][v]
    ag = agency(r, kind, y)
    d = Doc()
    if v == 0:
        d.t("여권 발급 안내")
        d.p("○ 신청 장소: %s 민원여권과(본관 1층)\n○ 구비서류: 여권발급신청서, 여권용 사진 1매, 신분증\n○ 수수료: 10년 복수여권 58면 %s원\n"
            "○ 18세 미만은 법정대리인 동의서와 가족관계 확인 서류 필요\n○ 발급 기간: 접수 후 약 %d일(공휴일 제외)" % (ag["name"], won(r.choice([50000, 53000])), r.randint(4, 8)))
    elif v == 1:
        d.t("지진 발생 시 국민행동요령")
        d.p("1. 탁자 아래로 들어가 몸을 보호합니다.\n2. 흔들림이 멈추면 전기와 가스를 차단하고 문을 열어 출구를 확보합니다.\n"
            "3. 계단을 이용하여 밖으로 나갑니다(엘리베이터 이용 금지).\n4. 건물과 담장에서 떨어져 넓은 공간으로 대피합니다.\n5. 라디오나 재난문자로 정보를 확인합니다.")
    elif v == 2:
        school = "%s%s초등학교" % (ag["city"][1][:-1], r.choice(["", "중앙", "동부", "새솔"]))
        d.t("가정통신문: 여름방학 중 안전생활 안내")
        d.p("학부모님 안녕하십니까?\n %s에서는 여름방학을 맞아 학생들이 건강하고 안전하게 지낼 수 있도록 다음 사항을 안내드립니다.\n"
            "  1. 물놀이는 반드시 보호자와 함께, 안전요원이 있는 곳에서 하기\n  2. 모르는 사람이 보낸 링크나 메시지 열지 않기\n  3. 자전거를 탈 때는 안전모 쓰기\n"
            "  4. 방학 중 돌봄교실 운영: 평일 09:00~15:00\n\n%s\n%s장" % (school, dfmt(dt(r, y, 7, 7)), school))
    elif v == 3:
        d.t("입원 생활 안내")
        d.p("○ 면회 시간: 평일 18:00~20:00, 주말 10:00~12:00 / 18:00~20:00\n○ 감염 예방을 위해 보호자 1인 상주 원칙\n"
            "○ 귀중품은 원무과에 맡겨 주십시오.\n○ 진료기록 사본 발급은 본인 또는 「의료법」 제21조에 따른 대리인만 신청할 수 있습니다.\n○ 문의: 원무과 %s" % landline(r, ag["area"]))
    elif v == 4:
        d.t("겨울철 주택 화재 예방 안내")
        d.p("○ 전기장판·히터는 외출 시 플러그를 뽑아 주세요.\n○ 주택용 소방시설(소화기, 단독경보형 감지기)은 모든 주택에 설치해야 합니다.\n"
            "○ 화재 발생 시 '불이야' 외치고 119 신고, 젖은 수건으로 코와 입을 막고 낮은 자세로 대피\n○ 아파트 경량칸막이 위치를 미리 확인하세요.")
    else:
        d.t("사회봉사명령 대상자 준수사항 안내")
        d.p("이 안내문은 사회봉사명령을 받은 분께 드리는 일반 안내입니다.\n○ 지정된 집행 장소와 시간을 지켜야 합니다.\n"
            "○ 질병 등으로 출석할 수 없을 때에는 미리 담당 보호관찰관에게 알리고 증빙 서류를 제출합니다.\n○ 정당한 이유 없이 준수사항을 위반하면 「보호관찰 등에 관한 법률」에 따라 제재를 받을 수 있습니다.")
    if v != 2:
        d.p("%s" % ag["name"])
    d.title_meta = d.blocks[0][1]
    return res(d, "public", "none", [], y, ag, d.blocks[0][1], "general guidance for the public; no individual data",
               style=pick_style(r))


@tpl("pub_privacy_training", 4, ["pdf", "text", "hwpx", "text"], "교육자료")
def t_priv_train(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, r.choice(["city", "edu", "hospital", "corp"]), y)
    d = Doc()
    d.t(r.choice(["개인정보 보호 실무 교육", "민원 서식 개인정보 최소 수집 가이드", "청렴·개인정보 보호 교육 교재"]))
    d.p("Ⅰ. 주민등록번호 처리 제한\n  ○ 「개인정보 보호법」 제24조의2에 따라 법령에 근거가 있는 경우 등을 빼고는 주민등록번호를 처리할 수 없습니다.\n"
        "  ○ 서식 예시의 주민등록번호 칸은 '생년월일'로 바꾸고, 꼭 필요한 경우에도 뒷자리는 가려서 보관합니다.")
    d.tbl(["항목", "잘못된 예", "바른 예"], [["성명", "홍길동", "홍길동"], ["주민등록번호", "000000-0000000", "생년월일 0000. 00. 00."],
                                        ["연락처", "010-0000-0000 (필수)", "010-0000-0000 (선택)"]])
    d.p("Ⅱ. 민감정보(제23조)\n  ○ 건강, 성생활, 노동조합 가입, 범죄경력 등은 별도 동의나 법령 근거 없이 처리할 수 없습니다.\n"
        "Ⅲ. 정보공개와의 관계\n  ○ 정보공개 청구 대상 문서에 제3자의 성명·연락처가 있으면 「공공기관의 정보공개에 관한 법률」 제9조제1항제6호를 근거로 그 부분만 가리고 부분공개합니다.")
    d.p("Ⅳ. 퀴즈\n  Q. 민원인 명단을 엑셀로 정리해 개인 메일로 보내도 되나요?  A. 안 됩니다. 업무용 메일과 암호화를 사용합니다.")
    d.cue("000000-0000000", "table_cell").cue("홍길동", "table_cell").cue("제24조의2", "body")
    d.title_meta = "개인정보 보호 교육"
    return res(d, "public", "none", [], y, ag, "000000-0000000", "training material with placeholder identities only (홍길동, 000000-0000000)",
               mention=False, style=pick_style(r))


@tpl("pub_bid_result", 3, ["text", "pdf", "text"], "계약")
def t_bid_result(r, k, fmt):
    y = r.randint(2002, 2026)
    ag = agency(r, r.choice(["city", "corp", "edu"]), y)
    d = Doc()
    proj = r.choice(["하천 정비공사", "청사 방수공사", "CCTV 통합관제 장비 구매", "도로 재포장공사"])
    d.t("개찰 결과 공개")
    d.kv([("공고번호", "%d%08d-00" % (y, r.randint(1, 99999999))), ("건명", "%s %s" % (ag["name"], proj)), ("개찰일시", dfmt(dt(r, y)) + " 11:00"),
          ("예정가격", "%s원" % won(r.randint(100, 3000) * 100000))])
    rows = []
    cs = r.sample(COMPANIES, 5)
    for i, c_ in enumerate(cs):
        rows.append([str(i + 1), c_, won(r.randint(90, 3000) * 100000), "%.3f" % r.uniform(86, 89.9), "낙찰" if i == 0 else ""])
    d.tbl(["순위", "업체명", "투찰금액(원)", "투찰률(%)", "비고"], rows)
    d.p("※ 「지방자치단체를 당사자로 하는 계약에 관한 법률」에 따라 계약 체결 후 공개합니다.")
    d.title_meta = "개찰 결과"
    return res(d, "public", "none", [], y, ag, "개찰 결과", "bid results published after award; company names only", style=pick_style(r))


@tpl("pub_audit_disclosure", 3, ["pdf", "text", "hwpx"], "감사결과")
def t_audit_pub(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["province", "city", min_edu(y)]), y)
    tgt = r.choice(["%s 종합감사" % r.choice(CITIES)[1], "%s교육지원청 기관감사" % r.choice(CITIES)[1][:-1], "출자·출연기관 특정감사"])
    d = Doc()
    d.t("%d년 %s 결과 공개" % (y, tgt))
    d.kv([("감사기간", "%s ~ %s" % (dfmt(dt(r, y, 3, 4)), dfmt(dt(r, y, 5, 6)))), ("감사인원", "%d명" % r.randint(5, 14)), ("처분요구", "%d건" % r.randint(6, 30))])
    d.tbl(["번호", "제목", "처분", "관련자"], [["1", "보조금 정산 검사 소홀", "주의", "주무관 A 등 2명"],
                                          ["2", "수의계약 분할 발주", "시정·주의", "팀장 B"],
                                          ["3", "공유재산 무단점용 방치", "시정(변상금 %s원 부과)" % won(r.randint(1000, 9000) * 1000), "기관"]])
    d.p("※ 관련자 성명은 개인정보 보호를 위해 공개하지 않음(「공공감사에 관한 법률」 제26조).")
    d.title_meta = "감사 결과 공개"
    return res(d, "public", "none", [], y, ag, "결과 공개", "published audit result with staff anonymised", style=pick_style(r))


@tpl("pub_delinquent_disclosure", 2, ["text", "pdf"], "공고")
def t_delinquent_pub(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["province", "city"]), y)
    d = Doc()
    d.t("%d년 고액·상습 지방세 체납자 명단 공개" % y)
    d.p("「지방세징수법」 제11조(구 「지방세기본법」)에 따라 체납 발생일부터 1년이 지나고 체납액이 1천만원 이상인 자 중 지방세심의위원회 심의를 거쳐 확정된 명단을 공개합니다.")
    rows = []
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), nm(r), str(r.randint(35, 78)), r.choice(["도소매", "건설업", "부동산업", "무직", "서비스"]),
                     "%s %s %s" % (ag["city"][0], ag["city"][1], r.choice(DONG)), won(r.randint(10, 400) * 1000000)])
    d.tbl(["연번", "성명", "나이", "업종", "주소", "체납액(원)"], rows)
    d.p("공개기간: %s부터 명단에서 제외될 때까지\n%s" % (dfmt(dt(r, y, 11, 12)), ag["head"]))
    d.cue("「지방세징수법」 제11조", "body")
    d.title_meta = "체납자 명단 공개"
    return res(d, "public", "none", [], y, ag, "「지방세징수법」 제11조",
               "list published by statute (OIDA 9(1)6 가목: information open under another law); public although individuals are named",
               style=pick_style(r))


@tpl("pub_overclassified", 3, ["text", "hwpx", "text"], "공문")
def t_overclass(r, k, fmt):
    y = r.randint(2008, 2026)
    v = k % 3
    ag = agency(r, ["city", "edu", "fire"][v], y)
    d = Doc()
    date = dt(r, y)
    if v == 0:
        title = "%d년 %s 축제 개최 안내 및 주민 참여 요청" % (y, ag["name"])
        body = "1. %s 대표 축제인 '%s'를 다음과 같이 개최하오니 주민 여러분의 많은 참여를 바랍니다.\n  가. 일시: %s ~ 3일간\n  나. 장소: 시민공원 일원\n  다. 주요 행사: 개막 공연, 먹거리 장터, 전통놀이 체험\n2. 각 읍·면·동에서는 게시판과 마을방송으로 널리 알려 주시기 바랍니다.  끝." % (
            ag["name"], r.choice(["강변 빛축제", "산나물 축제", "전통시장 한마당"]), dfmt(date))
        stated = r.choice(["비공개(5)", "비공개(제9조제1항제5호)"])
    elif v == 1:
        title = "관내 초·중학교 %d학년도 학사일정 알림" % (y + 1)
        body = "1. %d학년도 관내 학교의 학사일정(입학식, 방학, 졸업식)을 붙임과 같이 알려 드립니다.\n2. 학교 누리집과 가정통신문을 통해 학부모에게 안내하여 주시기 바랍니다.\n붙임  학사일정표 1부.  끝." % (y + 1)
        stated = "부분공개(6)"
    else:
        title = "%d년 소방안전 체험 행사 개최 계획 알림" % y
        body = "1. 시민 대상 소방안전 체험 행사를 %s 소방서 앞마당에서 개최합니다.\n2. 심폐소생술, 소화기 사용, 연기 피난 체험 등을 운영하며 누구나 사전 신청 없이 참여할 수 있습니다.\n3. 홍보에 협조하여 주시기 바랍니다.  끝." % dfmt(date)
        stated = "비공개(3)"
    d.c(ag["name"]).kv([("수신", "수신자 참조"), ("(경유)", ""), ("제목", title)])
    d.p(body)
    for ln in closing(r, y, ag, r.choice(["문화관광과", "교육지원과", "예방안전과", "자치행정과"]), staff_chain(r, ag["kind"]), r.randint(100, 9000), date, stated=stated):
        d.p(ln)
    d.cue(stated, "closing_line")
    d.title_meta = title
    return res(d, "public", "none", [], y, ag, title.split()[-1] if False else "주민 여러분" if v == 0 else ("학부모" if v == 1 else "누구나"),
               "stated field over-classifies; the content is meant for the public and holds no protected data -> gold follows content",
               stated=stated, style=pick_style(r))


@tpl("pub_old_ocr_letter", 4, ["text", "text", "pdf", "text"], "공문(구형식)")
def t_old_ocr(r, k, fmt):
    y = r.randint(1995, 2003)
    ag = agency(r, r.choice(["city", "edu", "city"]), y)
    d = Doc()
    date = dt(r, y)
    title = r.choice(["민방위 교육 참석 협조", "%d년도 새마을 대청소 실시" % y, "공무원 친절교육 참석자 통보", "하계 휴가 기간 비상연락 체계 유지 지시",
                      "관내 경로당 동절기 난방비 지원 계획 통보"])
    d.c(spaced(ag["name"]))
    d.p("우 %s %s / 전화 (0%s) %d-%04d / 전송 %d-%04d" % (ag["zip"], ag["addr"], ag["area"][1:], r.randint(20, 99), r.randint(0, 9999), r.randint(20, 99), r.randint(0, 9999)))
    d.kv(old_head(r, y, ag, r.choice(["총무", "자치", "사회", "학무"]), r.choice(["각 읍면동장", "수신처참조", "관내 각급학교장"]), title, date,
                  ref=r.choice(["총무담당", "사회담당", None])))
    d.p("1. %s와 관련하여 다음과 같이 시행하니 차질 없도록 하시기 바랍니다.\n  가. 일시: %s\n  나. 장소: 본청 회의실\n  다. 대상: 각 동 담당 직원 1명씩\n"
        "2. 참석자 명단은 %s까지 총무과로 제출하여 주시기 바랍니다.  끝." % (title, dfmt(date + datetime.timedelta(days=14)), dfmt(date + datetime.timedelta(days=7))))
    d.c(spaced(ag["head"]) + "  (직인생략)" if r.random() < 0.5 else spaced(ag["head"]))
    stated = None
    if r.random() < 0.5:
        stated = "공개"
        d.p("공개여부 : 공개")
        d.cue("공개여부 : 공개", "body_end")
    d.title_meta = title
    st = pick_style(r, allow_ocr=True, old=True)
    return res(d, "public", "none", [], y, ag, title, "1990s routine circular, OCR-noisy", stated=stated, style=st)


@tpl("pub_budget_explainer", 3, ["pdf", "text", "hwpx"], "예산")
def t_budget(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "edu", "province"]), y)
    d = Doc()
    d.t("%d년도 세출예산 사업설명서" % (y + 1))
    rows = []
    for nm_ in r.sample(["경로당 운영 지원", "도로 유지보수", "작은도서관 조성", "청년 창업 공간 운영", "하천 환경 정비", "방범 CCTV 확충", "학교 급식 지원"], 4):
        a_ = r.randint(100, 9000)
        rows.append([nm_, won(a_), won(a_ + r.randint(-80, 900)), r.choice(["국비 50%", "시비 100%", "도비 30%·시비 70%", "특별교부세"])])
    d.tbl(["세부사업", "%d년(백만원)" % y, "%d년(백만원)" % (y + 1), "재원"], rows)
    d.p("○ 증감 사유: 물가 상승분 반영 및 신규 수요(%d개소) 추가\n○ 성과지표: 이용자 만족도 %d점 이상" % (r.randint(2, 12), r.randint(75, 90)))
    d.title_meta = "사업설명서"
    return res(d, "public", "none", [], y, ag, "세출예산", "budget explanation, published with the budget", style=pick_style(r))


@tpl("pub_fire_inspection_publish", 2, ["text", "pdf"], "점검결과")
def t_fire_pub(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, "fire", y)
    d = Doc()
    d.t("다중이용업소 안전관리 위반업소 공개")
    d.p("「다중이용업소의 안전관리에 관한 특별법」 제20조에 따라 안전시설 등의 관리 의무를 위반한 업소를 다음과 같이 공개합니다.")
    rows = [[r.choice(SOLE_SHOPS + ["노래연습장 " + r.choice(["별빛", "하모니"]), "PC방 " + r.choice(["게임존", "엔터"])]),
             "%s %s" % (ag["city"][1], r.choice(ROADS)), r.choice(["비상구 폐쇄", "피난유도등 미작동", "간이스프링클러 헤드 훼손"]),
             r.choice(["과태료 100만원", "시정명령", "과태료 200만원"])] for _ in range(r.randint(3, 6))]
    d.tbl(["업소명", "소재지", "위반 내용", "조치"], rows)
    d.p("공개기간: 게시일부터 %d개월" % r.choice([3, 6]))
    d.title_meta = "위반업소 공개"
    return res(d, "public", "none", [], y, ag, "위반업소 공개", "statutory publication of business violations; no natural persons",
               style=pick_style(r))


@tpl("pub_security_audit_summary", 2, ["text", "hwpx"], "보안")
def t_secaudit_pub(r, k, fmt):
    y = r.randint(2010, 2026)
    ag = agency(r, r.choice(["province", "city", "edu"]), y)
    d = Doc()
    d.t("%d년 정보보안 관리실태 평가 결과(요약)" % y)
    d.p("□ 평가 개요: 관리적·기술적·물리적 보안 %d개 지표, 서면 및 현장 점검\n□ 결과: %d점(전년 대비 %+d점), 등급 '%s'\n"
        "□ 주요 지적: 대외비 문서 관리대장 기재 누락 %d건, 보조기억매체 미등록 사용 %d건, 퇴근 시 PC 미종료\n"
        "□ 개선 계획: 부서별 보안담당관 지정, 분기별 자체 점검, 비밀 취급 인가자 교육 강화"
        % (r.randint(20, 60), r.randint(70, 98), r.randint(-5, 8), r.choice(["우수", "보통", "양호"]), r.randint(1, 9), r.randint(1, 15)))
    d.p("※ 세부 취약점 내역은 보안상 공개하지 않음.")
    d.cue("대외비", "body")
    d.title_meta = "정보보안 평가 결과 요약"
    return res(d, "public", "none", [], y, ag, "(요약)", "public summary of a security audit; detailed findings excluded; 대외비 only mentioned",
               mention=True, style=pick_style(r))


@tpl("pub_privacy_policy", 2, ["text", "pdf"], "방침")
def t_priv_policy(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, r.choice(["hospital", "city", "corp"]), y)
    d = Doc()
    d.t("%s 개인정보 처리방침" % ag["name"])
    d.p("제1조(개인정보의 처리 목적) %s은(는) 다음 목적을 위하여 개인정보를 처리합니다. 민원 처리, 진료 예약, 시설 이용 신청.\n"
        "제2조(민감정보의 처리) 진료 목적의 건강정보는 「의료법」 등 법령에 근거하여 처리하며, 「개인정보 보호법」 제23조에 따른 별도 동의를 받습니다.\n"
        "제3조(주민등록번호 처리의 제한) 법령에서 요구하는 경우를 제외하고 주민등록번호를 수집하지 않습니다.\n"
        "제4조(개인정보 보호책임자) 직책: %s, 연락처: 대표전화\n제5조(권익침해 구제방법) 개인정보침해 신고센터(국번없이 118)" % (ag["name"], r.choice(["기획조정실장", "행정부원장", "경영지원본부장"])))
    d.title_meta = "개인정보 처리방침"
    return res(d, "public", "none", [], y, ag, "개인정보 처리방침", "published privacy policy; refers to sensitive data only in general terms",
               style=pick_style(r))


@tpl("pub_discipline_standard", 2, ["hwpx", "text"], "지침·안내")
def t_disc_std(r, k, fmt):
    y = r.randint(2010, 2026)
    ag = agency(r, r.choice(["city", "edu", "province"]), y)
    d = Doc()
    d.t("공무원 비위 유형별 징계 양정 기준 안내")
    d.tbl(["비위 유형", "비위 정도 심하고 고의", "비위 정도 약하고 경과실"],
          [["음주운전(최초, 혈중알코올농도 0.08% 미만)", "정직~감봉", "감봉~견책"],
           ["음주운전(2회)", "해임~정직", "정직"],
           ["금품·향응 수수(100만원 미만, 수동)", "해임~강등", "정직~감봉"],
           ["성희롱", "파면~해임", "강등~감봉"]])
    d.p("○ 이 기준은 「지방공무원 징계규칙」 별표를 요약한 것으로, 개별 사건의 양정은 인사위원회가 결정합니다.\n○ 직원 교육 및 누리집 게시용")
    d.title_meta = "징계 양정 기준"
    return res(d, "public", "none", [], y, ag, "게시용", "general disciplinary standards; no individual case", style=pick_style(r))


@tpl("pub_coop_request", 4, ["text", "hwpx", "text", "pdf"], "공문")
def t_coop(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "edu", "fire", "police", "corp"]), y)
    d = Doc()
    date = dt(r, y)
    title = r.choice(["%d년 안전한국훈련 유관기관 참여 협조 요청" % y, "공공기관 에너지 절약 실천 협조", "관내 어린이보호구역 합동 점검 참여 요청",
                      "청렴 문화 확산 캠페인 협조", "%d년 재난관리평가 자료 제출 요청" % y])
    d.c(ag["name"]).kv([("수신", r.choice(["수신자 참조", "%s장" % r.choice(CITIES)[1], "각 기관장"])), ("(경유)", ""), ("제목", title)])
    d.p("1. 귀 기관의 무궁한 발전을 기원합니다.\n2. %s을 다음과 같이 알려 드리며 협조를 요청하오니 적극 참여하여 주시기 바랍니다.\n"
        "  가. 기간: %s ~ %s\n  나. 내용: 기관별 담당자 지정, 결과 제출\n  다. 제출처: %s %s\n붙임  계획 1부.  끝."
        % (title + "에 관한 사항", dfmt(date), dfmt(date + datetime.timedelta(days=30)), ag["name"], r.choice(["안전총괄과", "총무과", "기획예산과"])))
    stated = r.choice(["공개", "공개", "대국민공개", "공개(원문)"])
    lines = closing(r, y, ag, r.choice(["안전총괄과", "총무과", "교통과", "감사실"]), staff_chain(r, ag["kind"]), r.randint(100, 9000), date,
                    stated=stated, email=gov_mail(r, y, romanize_id(r)))
    for ln in lines:
        d.p(ln)
    d.cue(stated, "closing_line")
    d.title_meta = title
    return res(d, "public", "none", [], y, ag, stated, "routine inter-agency request; stated field 공개 agrees with content", stated=stated,
               style=pick_style(r))


@tpl("pub_archive_transfer_list", 2, ["pdf", "text"], "기록물")
def t_archive(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "province", "edu"]), y)
    d = Doc()
    d.t("%d년 기록물 이관 목록(%s)" % (y, r.choice(["안전총괄과", "총무과", "민방위과"])))
    d.p("「%s」 제19조에 따라 보존기간 %s 이상 기록물을 기록관으로 이관합니다." % (rec_law(y), r.choice(["10년", "30년"])))
    rows = []
    for i in range(6):
        yr = y - r.randint(3, 15)
        note = ["", "", "비밀 → 일반 재분류(%d)" % (yr + 5), "대외비 해제", "", "공개 재분류"][i]
        rows.append([str(i + 1), "%d %s" % (yr, r.choice(["민방위 교육 결과", "재난안전 상황보고", "을지연습 강평", "비상연락망 정비 계획", "청사 시설 점검"])), str(yr), r.choice(["30년", "10년", "준영구"]), note])
    d.tbl(["연번", "기록물철 제목", "생산연도", "보존기간", "비고"], rows)
    d.cue("대외비 해제", "table_cell")
    d.title_meta = "기록물 이관 목록"
    return res(d, "public", "none", [], y, ag, "이관 목록", "transfer list of record titles; 비밀/대외비 appear only as notes about past status",
               mention=True, style=pick_style(r))


@tpl("pub_blank_pledge_form", 2, ["hwpx", "pdf"], "서식")
def t_pledge(r, k, fmt):
    y = r.randint(2009, 2026)
    ag = agency(r, r.choice(["city", "corp", "edu"]), y)
    d = Doc()
    d.t(r.choice(["보안서약서(용역사업 참여자용)", "비밀유지 서약서"]))
    d.p("본인은 %s의 용역사업을 수행하면서 알게 된 대외비 및 비공개 자료를 사업 목적 외에 사용하지 않으며, 사업 종료 시 모든 자료를 반납·파기할 것을 서약합니다." % ag["name"])
    d.kv([("소속", ""), ("직위", ""), ("성명", "                (서명)"), ("생년월일", "     .    .    ."), ("작성 예시", "성명: 홍길동 / 생년월일: 1980. 1. 1.")])
    d.p("%s 귀하" % ag["head"])
    d.cue("대외비", "body").cue("홍길동", "kv_field")
    d.title_meta = "서약서"
    return res(d, "public", "none", [], y, ag, "서약", "blank pledge form; 대외비 is only mentioned and the example person is a placeholder",
               mention=True, style=pick_style(r))


@tpl("pub_assembly_aggregate", 2, ["text", "pdf"], "국정감사")
def t_assembly_agg(r, k, fmt):
    y = r.randint(2006, 2025)
    mname = r.choice([min_home(y), min_edu(y), "경찰청", "소방청" if y >= 2017 else "소방방재청"])
    ag = agency(r, mname, y)
    d = Doc()
    d.t("%d년도 국정감사 요구자료" % y)
    d.kv([("요구 위원", "%s 의원" % nm(r)), ("요구 번호", "%d" % r.randint(1, 300)), ("요구 내용", "최근 5년간 소속 공무원 징계 현황(유형별·연도별)")])
    rows = []
    for yy in range(y - 5, y):
        rows.append([str(yy), str(r.randint(0, 9)), str(r.randint(0, 15)), str(r.randint(0, 12)), str(r.randint(0, 20))])
    d.tbl(["연도", "음주운전", "품위손상", "금품수수", "직무태만"], rows)
    d.p("※ 개인별 명단은 「공공기관의 정보공개에 관한 법률」 제9조제1항제6호에 해당하여 제출 자료에서 제외함")
    d.title_meta = "국정감사 요구자료"
    return res(d, "public", "none", [], y, ag, "유형별·연도별", "aggregate numbers only; the named list is explicitly excluded", style=pick_style(r))


@tpl("pub_exec_meeting", 2, ["text", "hwpx"], "회의결과")
def t_exec_meet(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "edu"]), y)
    d = Doc()
    d.t("%d. %d. 간부회의 결과" % (y, r.randint(1, 12)))
    d.p("□ %s 지시사항\n  ○ 장마철 대비 배수펌프장 사전 점검 철저(안전총괄과)\n  ○ 민원 응대 시 전화 친절도 개선 방안 마련(민원여권과)\n"
        "  ○ 하반기 신속집행 목표(%d%%) 달성을 위한 부서별 집행 점검(기획예산과)\n□ 부서 건의사항\n  ○ 공무직 처우개선 관련 예산 반영 요청 → 검토 후 보고" % (ag["head"], r.randint(55, 70)))
    d.title_meta = "간부회의 결과"
    return res(d, "public", "none", [], y, ag, "지시사항", "record of decisions already announced; no pending deliberation",
               style=pick_style(r))


# ============================ PARTIAL =======================================

@tpl("part_civil_reply", 7, ["text", "pdf", "text", "hwpx", "text", "pdf", "text"], "민원회신")
def t_civil(r, k, fmt):
    y = r.randint(1999, 2026)
    ag = agency(r, r.choice(["city", "city", "metro", "edu", "police"]), y)
    d = Doc()
    date = dt(r, y)
    who = nm(r)
    a_ = addr(r, ag["city"])
    ph = mobile(r, y)
    topic = r.choice([("불법 주정차 단속 요청", "해당 구간을 %s부터 집중 단속 구역으로 지정하고 이동식 CCTV를 배치하였습니다." % dfmt(date)),
                      ("공사장 소음 민원", "시공사에 작업시간(08:00~18:00) 준수와 방음벽 보강을 명령하였으며 소음도 측정 결과 %ddB로 기준 이내였습니다." % r.randint(58, 64)),
                      ("보도블록 파손 보수 요청", "현장 확인 후 %s 보수를 완료하였습니다." % dfmt(date + datetime.timedelta(days=5))),
                      ("학교 앞 횡단보도 설치 요청", "경찰서 교통안전시설심의 결과 설치가 결정되어 %d월 중 설치할 예정입니다." % r.randint(1, 12)),
                      ("쓰레기 무단투기 단속 요청", "불법투기 감시카메라를 설치하고 계도 현수막을 게시하였습니다.")])
    stated = None
    if y >= 2004 and r.random() < 0.5:
        stated = r.choice(["부분공개(6)", "부분공개(제6호)", "부분공개 (정보공개법 제9조제1항제6호)"])
    d.c(ag["name"])
    d.kv([("수신", "%s 귀하" % who), ("(경유)", ""), ("제목", "민원(%s) 처리 결과 알림" % topic[0])])
    d.p("1. 귀하의 가정에 건강과 행복이 함께하시기를 바랍니다.\n2. 귀하께서 %s에 제출하신 민원(접수번호 %d-%07d)에 대한 처리 결과를 다음과 같이 알려 드립니다.\n"
        "  가. 민원인: %s (%s, 연락처 %s)\n  나. 민원 요지: %s\n  다. 처리 결과: %s\n"
        "3. 이 처분에 이의가 있는 경우 「행정심판법」에 따라 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.  끝."
        % (dfmt(date - datetime.timedelta(days=10)), y, r.randint(1, 9999999), who, a_, ph, topic[0], topic[1]))
    if y >= 2004:
        dpt = {"police": ["생활안전계", "교통관리계", "민원실"], "edu": ["교육지원과", "행정지원과", "시설과"]}.get(ag["kind"], ["교통행정과", "환경과", "건설과", "민원담당관"])
        for ln in closing(r, y, ag, r.choice(dpt), staff_chain(r, ag["kind"]), r.randint(100, 9999), date, stated=stated):
            d.p(ln)
    else:
        d.c(spaced(ag["head"]))
    d.cue(who, "kv_field").cue(a_, "body").cue(ph, "body")
    if stated:
        d.cue(stated, "closing_line")
    d.title_meta = "민원 처리 결과"
    return res(d, "partial", "none", [R6], y, ag, a_, "reply names a private complainant with address and phone; the rest is disclosable",
               stated=stated, style=pick_style(r, allow_ocr=y < 2004, old=y < 2004))


@tpl("part_grievance_result", 4, ["text", "hwpx", "pdf", "text"], "고충처리")
def t_griev(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "corp", "hospital", "edu"]), y)
    d = Doc()
    who = nm(r)
    ph = mobile(r, y)
    d.t("고충민원 처리 결과 보고")
    d.kv([("접수일", dfmt(dt(r, y))), ("신청인", "%s (%s)" % (who, ph)), ("처리부서", r.choice(["감사실", "고객지원팀", "민원조정팀"])),
          ("결과", r.choice(["수용", "일부 수용", "불수용(사유 안내)"]))])
    d.p("□ 신청 취지\n  ○ %s\n□ 조사 내용\n  ○ 관련 부서 의견 청취 및 현장 확인(%s)\n  ○ 관계 규정 검토 결과 처리 과정에서 안내가 미흡했던 점 확인\n"
        "□ 조치\n  ○ 신청인에게 결과 통보 및 사과, 담당 부서에 안내 절차 개선 요청" %
        (r.choice(["임대주택 하자 보수 지연에 대한 이의", "외래 진료 대기 중 직원 응대 불친절", "급식 알레르기 식단 표시 누락", "공영주차장 요금 과다 징수"]), dfmt(dt(r, y))))
    d.cue(who, "kv_field").cue(ph, "kv_field")
    d.title_meta = "고충민원 처리 결과"
    return res(d, "partial", "none", [R6], y, ag, ph, "completed grievance; the petitioner's name and mobile must be removed",
               style=pick_style(r))


@tpl("part_compensation_record", 4, ["pdf", "text", "hwpx", "pdf"], "보상")
def t_comp(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    proj = r.choice(["%s 도시계획도로(중로2-%d) 개설공사" % (ag["name"], r.randint(1, 40)), "%s 하천 재해예방사업" % r.choice(DONG), "산업단지 진입도로 확장"])
    d.t("토지 등 손실보상 협의 결과 보고")
    d.p("1. 사업명: %s\n2. 근거: 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」 제16조\n3. 협의 기간: %s ~ %s\n4. 협의 결과: 대상 %d필지 중 %d필지 협의 완료, 미협의분 수용재결 신청 예정"
        % (proj, dfmt(dt(r, y, 1, 4)), dfmt(dt(r, y, 5, 9)), r.randint(8, 40), r.randint(5, 8)))
    rows = []
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), nm(r), "%s %d-%d" % (r.choice(DONG), r.randint(1, 900), r.randint(1, 20)), r.choice(["답", "전", "대", "임야"]),
                     won(r.randint(30, 900)), won(r.randint(5, 900) * 100000), r.choice(["협의", "협의", "미협의"])])
    d.tbl(["연번", "소유자", "소재지", "지목", "편입면적(㎡)", "보상금(원)", "결과"], rows)
    d.cue(rows[0][1], "table_cell")
    d.title_meta = "손실보상 협의 결과"
    return res(d, "partial", "none", [R6], y, ag, "소유자", "project summary is disclosable; per-owner names and compensation amounts are personal",
               style=pick_style(r))


@tpl("part_contract_sole_trader", 4, ["hwpx", "pdf", "text", "pdf"], "계약")
def t_contract(r, k, fmt):
    y = r.randint(1996, 2026)
    ag = agency(r, r.choice(["city", "edu", "fire", "hospital"]), y)
    d = Doc()
    owner = nm(r)
    shop = r.choice(SOLE_SHOPS)
    with_rrn = (k % 2 == 0) or y < 2010
    idv = rrn(r, year=r.randint(1945, y - 22)) if with_rrn else dfmt(dt(r, r.randint(1945, y - 22)), 0)
    bank, acc = account(r)
    a_ = addr(r, ag["city"])
    item = r.choice(["관용차량 정비", "행사용 현수막 제작", "구내식당 부식 납품", "사무용품 단가계약", "소방서 청사 화단 관리"])
    d.t("물품(용역) 계약서")
    d.kv([("계약건명", item), ("계약금액", "금%s원(부가가치세 포함)" % won(r.randint(30, 900) * 10000)), ("계약기간", "%s ~ %s" % (dfmt(dt(r, y, 1, 3)), dfmt(dt(r, y, 10, 12))))])
    d.p("위 계약에 대하여 발주기관과 계약상대자는 상호 대등한 입장에서 붙임 계약 문서에 따라 계약을 체결하고 신의에 따라 성실히 이행할 것을 확약합니다.")
    d.tbl(["구분", "발주기관", "계약상대자"],
          [["상호/기관명", ag["name"], shop], ["대표자", ag["head"], owner],
           ["주민등록번호" if with_rrn else "생년월일", "-", idv], ["주소", ag["addr"], a_],
           ["대금 지급 계좌", "-", "%s %s (예금주 %s)" % (bank, acc, owner)]])
    d.p("%s\n발주기관 %s (인)    계약상대자 %s 대표 %s (인)" % (dfmt(dt(r, y, 1, 3)), ag["head"], shop, owner))
    d.cue(idv, "table_cell").cue(acc, "table_cell")
    reasons = [R6, P24] if with_rrn else [R6]
    d.title_meta = "계약서"
    return res(d, "partial", "none", reasons, y, ag, idv if with_rrn else acc,
               "contract with a sole trader: the owner's %s, address and account must be removed" % ("full RRN" if with_rrn else "birth date"),
               style=pick_style(r))


@tpl("part_mislabeled_open_rrn", 4, ["text", "hwpx", "text", "pdf"], "공문")
def t_mislab(r, k, fmt):
    y = r.randint(2004, 2026)
    v = k % 4
    ag = agency(r, ["city", "fire", "city", "edu"][v], y)
    d = Doc()
    date = dt(r, y)
    title = ["%d년 모범시민 표창 대상자 추천" % y, "의용소방대원 신규 임명자 보고", "%d년 하반기 자원봉사 우수자 인증서 발급 요청" % y,
             "방과후학교 외부강사 위촉 결과 보고"][v]
    d.c(ag["name"]).kv([("수신", r.choice([upper_office(ag), "수신자 참조", "내부결재"])), ("(경유)", ""), ("제목", title)])
    d.p("1. 관련: %s-%d(%s)\n2. 위 호와 관련하여 대상자를 다음과 같이 %s합니다." % (r.choice(["자치행정과", "예방안전과", "교육지원과"]), r.randint(100, 9000), dfmt(date - datetime.timedelta(days=15)),
                                                                         "추천" if v == 0 else "보고"))
    rows = []
    ids = []
    for i in range(r.randint(2, 5)):
        rr = rrn(r, year=r.randint(y - 75, y - 20))
        ids.append(rr)
        rows.append([str(i + 1), nm(r), rr, addr(r, ag["city"]), mobile(r, y)])
    d.tbl(["연번", "성명", "주민등록번호", "주소", "연락처"], rows)
    d.p("붙임  공적조서 각 1부.  끝.")
    stated = r.choice(["공개", "공개", "대국민공개"])
    for ln in closing(r, y, ag, r.choice(["자치행정과", "예방안전과", "교육지원과"]), staff_chain(r, ag["kind"]), r.randint(100, 9999), date, stated=stated):
        d.p(ln)
    d.cue(stated, "closing_line").cue(ids[0], "table_cell")
    d.title_meta = title
    return res(d, "partial", "none", [R6, P24], y, ag, ids[0],
               "stated 공개 but lists full RRNs, addresses and mobiles of private persons; gold follows content", stated=stated,
               style=pick_style(r))


@tpl("part_resident_briefing_minutes", 4, ["text", "pdf", "text", "hwpx"], "회의록")
def t_resident_min(r, k, fmt):
    y = r.randint(2001, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    proj = r.choice(["공원 일몰제 대상 부지 활용", "소각장 증설", "재개발 정비구역 해제", "버스 차고지 이전"])
    d.t("%s 주민설명회 회의록" % proj)
    d.p("일시: %s 19:00  장소: %s 행정복지센터 2층\n참석: 주민 %d명, %s %s과장 외 3명" % (dfmt(dt(r, y)), r.choice(DONG), r.randint(20, 90), ag["name"], r.choice(["도시계획", "자원순환", "교통"])))
    res_lines = []
    people = []
    for _ in range(r.randint(3, 4)):
        p_ = nm(r)
        people.append(p_)
        res_lines.append("○ 주민 %s(%s 거주, %s): %s" % (p_, r.choice(DONG), mobile(r, y) if r.random() < 0.5 else "%d세" % r.randint(30, 80),
                                                       r.choice(["악취 피해가 지금도 심한데 대책이 없다.", "보상 기준을 먼저 공개해 달라.", "아이들 통학로 안전이 걱정된다.",
                                                                 "설명회를 주말에 다시 열어 달라.", "우리 집은 편입되는지 개별로 알려 달라."])))
        res_lines.append("  → 답변(%s): %s" % (r.choice(["과장", "팀장"]), r.choice(["추가 검토 후 서면으로 회신하겠습니다.", "환경영향평가 결과를 공개하겠습니다.", "개별 안내문을 발송하겠습니다."])))
    d.p("\n".join(res_lines))
    d.p("○ 향후 계획: 제기된 의견을 정리하여 %d일 내 누리집에 답변 게시" % r.choice([14, 30]))
    d.cue(people[0], "body")
    d.title_meta = "주민설명회 회의록"
    return res(d, "partial", "none", [R6], y, ag, people[0], "minutes name private residents with place of residence/contacts; remove them and disclose",
               style=pick_style(r))


@tpl("part_admin_sanction_notice", 4, ["text", "hwpx", "pdf", "text"], "행정처분")
def t_sanction(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "metro"]), y)
    d = Doc()
    owner = nm(r)
    shop = r.choice(SOLE_SHOPS)
    a_ = addr(r, ag["city"], road=y >= 2014)
    bd = dfmt(dt(r, r.randint(1955, 1995)), r.choice([0, 1, 2]))
    d.t("행정처분 사전 통지서")
    d.kv([("당사자", "%s (대표자 %s, 생년월일 %s)" % (shop, owner, bd)), ("주소", a_),
          ("처분 제목", r.choice(["영업정지 %d일" % r.choice([7, 15, 30]), "과징금 부과", "시정명령"])),
          ("처분 원인", r.choice(["유통기한 경과 제품 보관(「식품위생법」 제44조)", "청소년 주류 제공", "옥외가격 미표시"])),
          ("의견 제출 기한", dfmt(dt(r, y)))])
    d.p("「행정절차법」 제21조에 따라 위와 같이 처분하고자 그 내용을 미리 알려 드리니 의견이 있으면 기한까지 제출하시기 바랍니다. 기한 내 의견이 없으면 의견이 없는 것으로 봅니다.")
    d.p(ag["head"])
    d.cue(owner, "kv_field").cue(bd, "kv_field")
    d.title_meta = "행정처분 사전 통지"
    return res(d, "partial", "none", [R6], y, ag, bd, "sanction notice: the business facts are disclosable, owner's name, birth date and address are not",
               style=pick_style(r, allow_ocr=y < 2004, old=y < 2004))


@tpl("part_proposal_eval_result", 3, ["pdf", "text", "hwpx"], "입찰평가")
def t_prop_eval(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "corp", "edu"]), y)
    d = Doc()
    proj = r.choice(["통합 민원 콜센터 위탁운영", "스마트 가로등 구축", "학교 무선망 고도화", "시립 박물관 전시 콘텐츠 제작"])
    d.t("%s 제안서 평가 결과" % proj)
    cs = r.sample(COMPANIES, 3)
    rows = [[c_, "%.2f" % r.uniform(60, 80), "%.2f" % r.uniform(10, 20), "%.2f" % r.uniform(75, 95)] for c_ in cs]
    d.tbl(["업체", "기술평가(80)", "가격평가(20)", "합계"], rows)
    d.p("□ 협상적격자: %s\n□ 업체별 제안 세부 내용(평가위원 검토용 요약)" % cs[0])
    d.tbl(["업체", "투입 인력 단가(월)", "핵심 기술·원가 구조"],
          [[cs[0], "%s원" % won(r.randint(400, 900) * 10000), "자체 개발 %s 엔진 사용, 라이선스 원가 %d%% 절감, 하도급 비율 %d%%" % (r.choice(["STT", "영상분석", "관제"]), r.randint(10, 40), r.randint(5, 30))],
           [cs[1], "%s원" % won(r.randint(400, 900) * 10000), "해외 장비 OEM 공급가 %s원 기준, 유지보수 마진 %d%%" % (won(r.randint(100, 900) * 10000), r.randint(8, 25))]])
    d.p("평가위원: 위원 1~7 (명단 별도 보관)")
    d.cue("핵심 기술·원가 구조", "table_cell")
    d.title_meta = "제안서 평가 결과"
    return res(d, "partial", "none", [R7], y, ag, "핵심 기술·원가 구조",
               "scores are disclosable after award; bidders' cost structure and technical know-how are trade secrets", style=pick_style(r))


@tpl("part_disclosure_decision_notice", 3, ["text", "pdf", "hwpx"], "정보공개")
def t_disc_decision(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "police", "edu", "corp"]), y)
    d = Doc()
    who = nm(r)
    a_ = addr(r, ag["city"])
    ph = mobile(r, y)
    art = "제9조제1항제6호"
    d.t("정보 (부분공개) 결정 통지서")
    d.kv([("접수번호", "%d%07d" % (y, r.randint(1, 9999999))), ("청구인 성명", who), ("주소", a_), ("전화번호", ph),
          *r.choice([[("청구 내용", "%d년 기관장 업무추진비 집행 내역" % (y - 1)), ("공개 내용", "집행일자, 금액, 사용 목적, 장소"),
                      ("비공개 내용 및 사유", "집행 상대방 개인의 성명(「공공기관의 정보공개에 관한 법률」 %s)" % art)],
                     [("청구 내용", "○○공원 조성사업 설계 용역 보고서"), ("공개 내용", "보고서 본문 및 도면"),
                      ("비공개 내용 및 사유", "토지 소유자 성명·주소(「공공기관의 정보공개에 관한 법률」 %s)" % art)],
                     [("청구 내용", "%d년 민원 처리 대장" % (y - 1)), ("공개 내용", "민원 종류, 접수·처리 일자, 처리 결과"),
                      ("비공개 내용 및 사유", "민원인 성명·연락처(정보공개법 %s)" % art)]]),
          ("공개 방법", "전자우편 송부")])
    d.p("귀하의 정보공개 청구에 대한 결정 내용을 위와 같이 통지합니다. 이 결정에 불복이 있으면 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
    d.p(ag["head"])
    d.cue(who, "kv_field").cue(a_, "kv_field").cue("부분공개", "title")
    d.title_meta = "정보공개 결정 통지서"
    return res(d, "partial", "none", [R6], y, ag, a_, "the notice itself is routine, but it carries the requester's name, address and phone; "
               "'부분공개' in the title describes the request, not this document", style=pick_style(r))


@tpl("part_subsidy_recipients", 4, ["pdf", "text", "hwpx", "text"], "보조금")
def t_subsidy(r, k, fmt):
    y = r.randint(1999, 2026)
    ag = agency(r, r.choice(["city", "city", "province"]), y)
    d = Doc()
    prog = r.choice(["친환경 농자재 지원", "소규모 주택 집수리 지원", "노후 경유차 조기폐차 보조", "어선 안전장비 지원", "빈집 정비 지원"])
    d.t("%d년 %s 사업 대상자 확정 및 보조금 교부 결정" % (y, prog))
    d.p("1. 사업 개요\n  가. 예산: %s천원(국비 %d%%, 도비 %d%%, 시비 나머지)\n  나. 선정 방법: 신청자 %d명 중 선정위원회 심사(%s)\n2. 교부 대상 및 금액"
        % (won(r.randint(50, 900) * 1000), r.choice([30, 40, 50]), r.choice([10, 15, 20]), r.randint(20, 120), dfmt(dt(r, y))))
    rows = []
    for i in range(r.randint(4, 7)):
        bank, acc = account(r)
        rows.append([str(i + 1), nm(r), addr(r, ag["city"], road=y >= 2014), won(r.randint(50, 2000) * 10000), "%s %s" % (bank, acc)])
    d.tbl(["연번", "성명", "주소", "보조금(원)", "입금 계좌"], rows)
    d.p("3. 교부 조건: 사업 완료 후 30일 이내 정산 보고, 목적 외 사용 시 반환")
    d.cue(rows[0][4], "table_cell")
    d.title_meta = "보조금 교부 결정"
    return res(d, "partial", "none", [R6], y, ag, "입금 계좌", "programme data are public; recipients' names, addresses and accounts are personal",
               style=pick_style(r))


@tpl("part_fire_investigation", 3, ["hwpx", "text", "pdf"], "조사보고")
def t_fire_inv(r, k, fmt):
    y = r.randint(2003, 2026)
    ag = agency(r, "fire", y)
    d = Doc()
    victim = nm(r)
    age = r.randint(20, 88)
    inj = r.choice(["연기 흡입, 경상", "양팔 2도 화상", "낙상에 의한 요추 골절"])
    hosp = r.choice(["%s의료원" % ag["city"][1][:-1], "○○대학교병원", "시내 화상전문병원"])
    d.t("화재조사 결과 보고(종결)")
    d.kv([("발생 일시", "%s %02d:%02d경" % (dfmt(dt(r, y)), r.randint(0, 23), r.randint(0, 59))), ("장소", "%s %s 소재 %s" % (ag["city"][1], r.choice(DONG), r.choice(["단독주택", "다세대주택 3층", "음식점"]))),
          ("발화 원인", r.choice(["전기적 요인(멀티탭 과부하)", "부주의(음식물 조리 중 자리 비움)", "기계적 요인(보일러 과열)"])),
          ("재산 피해", "%s천원" % won(r.randint(500, 90000)))])
    d.p("□ 인명 피해\n  ○ 거주자 %s(%d세): %s, %s으로 이송되어 치료 중\n□ 조사 내용\n  ○ 현장 감식 결과 발화 지점은 거실 %s 부근으로 판단됨\n  ○ 전기안전공사·가스안전공사 합동 감식 결과와 일치\n□ 조치: 조사 종결, 유사 화재 예방 홍보 자료로 활용" %
        (victim, age, inj, hosp, r.choice(["콘센트", "주방 가스레인지", "보일러실"])))
    d.cue(victim, "body").cue(inj, "body")
    d.title_meta = "화재조사 결과"
    return res(d, "partial", "none", [R6, P23], y, ag, inj, "closed fire investigation; the named occupant's injury and hospital are health data to remove",
               style=pick_style(r))


@tpl("part_training_participants", 4, ["text", "hwpx", "pdf", "text"], "공문")
def t_participants(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "edu", "hospital", "fire"]), y)
    d = Doc()
    date = dt(r, y)
    course = r.choice(["마을기업 창업 아카데미", "주민 심폐소생술 강사 양성과정", "학부모 진로코치 연수", "치매 파트너 교육"])
    d.c(ag["name"]).kv([("수신", "수신자 참조"), ("(경유)", ""), ("제목", "%s 수강생 확정 알림" % course)])
    d.p("1. %s 수강생을 다음과 같이 확정하였음을 알려 드립니다.\n2. 교육 일정: %s부터 매주 %s요일 14:00~17:00" % (course, dfmt(date), r.choice("월화수목금")))
    rows = [[str(i + 1), nm(r), r.choice(DONG), mobile(r, y), r.choice(["", "", "차량 이용", "도시락 신청"])] for i in range(r.randint(4, 8))]
    d.tbl(["번호", "성명", "거주 동", "휴대전화", "비고"], rows)
    stated = r.choice([None, "부분공개(6)", "공개"])
    for ln in closing(r, y, ag, r.choice(["일자리경제과", "119재난대응과", "평생교육과", "공공의료팀"]), staff_chain(r, ag["kind"]), r.randint(100, 9999), date, stated=stated):
        d.p(ln)
    d.cue(rows[0][3], "table_cell")
    if stated:
        d.cue(stated, "closing_line")
    d.title_meta = course
    why = "course notice with private trainees' names and mobiles; remove the list and disclose"
    if stated == "공개":
        why += " (stated 공개 disagrees with content)"
    return res(d, "partial", "none", [R6], y, ag, rows[0][3], why, stated=stated, style=pick_style(r))


@tpl("part_building_permit_list", 3, ["pdf", "text", "text"], "인허가")
def t_permit(r, k, fmt):
    y = r.randint(1997, 2026)
    ag = agency(r, r.choice(["city", "metro"]), y)
    d = Doc()
    d.t("%d년 %d월 건축허가(신고) 처리 현황" % (y, r.randint(1, 12)))
    rows = []
    for i in range(r.randint(4, 8)):
        owner = nm(r) if r.random() < 0.7 else r.choice(COMPANIES)
        rows.append([str(i + 1), owner, "%s %d-%d" % (r.choice(DONG), r.randint(1, 999), r.randint(1, 40)), r.choice(["단독주택", "제2종근린생활시설", "창고", "다가구주택"]),
                     won(r.randint(60, 900)), r.choice(["허가", "신고수리", "반려"])])
    d.tbl(["연번", "건축주", "대지위치", "용도", "연면적(㎡)", "처리"], rows)
    d.p("※ 건축주 성명은 내부 관리용 자료임.")
    who = next((x[1] for x in rows if x[1] not in COMPANIES), None)
    if who is None:
        rows[0][1] = who = nm(r)
    d.cue(who, "table_cell")
    d.title_meta = "건축허가 처리 현황"
    return res(d, "partial", "none", [R6], y, ag, "건축주", "permit statistics per lot are disclosable; individual owners' names are personal",
               style=pick_style(r, allow_ocr=y < 2004, old=y < 2004))


@tpl("part_volunteer_log", 3, ["text", "hwpx", "text"], "명단")
def t_volunteer(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "hospital", "edu"]), y)
    d = Doc()
    d.t("%d년 %s 자원봉사 활동 실적 및 감사장 수여 계획" % (y, ag["name"]))
    d.p("1. 활동 개요: %s, 연인원 %s명, 누적 %s시간\n2. 감사장 수여 대상(누적 100시간 이상)" % (r.choice(["급식 보조 및 환자 이동 도움", "하천 정화, 독거노인 말벗", "도서관 책 정리, 다문화 학습 지원"]),
                                                                         won(r.randint(300, 9000)), won(r.randint(1000, 40000))))
    rows = [[nm(r), dfmt(dt(r, r.randint(1950, y - 15)), 1), mobile(r, y), str(r.randint(100, 800))] for _ in range(r.randint(3, 6))]
    d.tbl(["성명", "생년월일", "연락처", "누적시간"], rows)
    d.p("3. 수여 일시: %s 시무식" % dfmt(dt(r, y, 12, 12)))
    d.cue(rows[0][1], "table_cell")
    d.title_meta = "자원봉사 실적"
    return res(d, "partial", "none", [R6], y, ag, rows[0][1], "plan is disclosable; volunteers' birth dates and mobiles are personal",
               style=pick_style(r))


@tpl("part_plan_with_candidate_sites", 2, ["hwpx", "pdf"], "사업계획")
def t_plan_sites(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    d.t("%s 공공 임대주택 공급 중장기 계획" % ag["name"])
    d.p("Ⅰ. 현황\n  ○ 공공임대 재고 %s호(전체 주택의 %d%%), 대기자 %s명\nⅡ. 목표\n  ○ %d년까지 %s호 추가 공급\nⅢ. 추진 방향\n  ○ 역세권·노후 청사 복합개발 우선, 매입임대 확대"
        % (won(r.randint(2000, 20000)), r.randint(3, 9), won(r.randint(500, 6000)), y + 5, won(r.randint(1000, 5000))))
    d.p("Ⅳ. (내부) 후보지 검토 현황 — 토지 매입 협의 전, 외부 유출 금지")
    rows = [["%s %s %d-%d 일원" % (ag["city"][1], r.choice(DONG), r.randint(1, 500), r.randint(1, 30)), won(r.randint(3000, 40000)), r.choice(["자연녹지", "제2종일반주거"]),
             "%s원/㎡" % won(r.randint(30, 400) * 10000)] for _ in range(3)]
    d.tbl(["후보지", "면적(㎡)", "용도지역", "매입 예정 단가"], rows)
    d.cue("후보지 검토 현황", "body").cue("매입 예정 단가", "table_cell")
    d.title_meta = "공공임대주택 공급 계획"
    return res(d, "partial", "none", [R8], y, ag, "매입 예정 단가", "general plan is disclosable; the unpublished candidate parcels and purchase prices could fuel speculation",
               style=pick_style(r))


@tpl("part_supplier_cost_sheet", 2, ["text", "pdf"], "계약")
def t_cost_sheet(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["edu", "hospital"]), y)
    d = Doc()
    c_ = r.choice(COMPANIES)
    d.t("%d년 %s 단가 계약 체결 결과" % (y, r.choice(["학교급식 공산품", "환자식 식재료", "의료 소모품"])))
    d.kv([("계약상대자", c_), ("계약방법", "제한경쟁(적격심사)"), ("계약금액", "%s원" % won(r.randint(100, 900) * 1000000))])
    d.p("□ 업체 제출 원가계산서 요약(영업비밀 포함)")
    d.tbl(["항목", "비율(%)", "비고"], [["재료비", str(r.randint(55, 70)), "주요 매입처 %s 외 2곳" % r.choice(["(주)대한유통", "한솔물산", "푸른농협"])],
                                     ["노무비", str(r.randint(8, 15)), ""], ["일반관리비·이윤", str(r.randint(5, 12)), "업체 내부 기준"]])
    d.p("□ 품목별 계약 단가는 나라장터에 게시됨.")
    d.cue("영업비밀 포함", "body")
    d.title_meta = "단가 계약 결과"
    return res(d, "partial", "none", [R7], y, ag, "영업비밀 포함", "contract result is public; the supplier's cost breakdown and sources are trade secrets",
               style=pick_style(r))


@tpl("part_mediation_meeting", 2, ["text", "hwpx"], "회의록")
def t_mediation(r, k, fmt):
    y = r.randint(2009, 2026)
    ag = agency(r, r.choice(["city", "metro"]), y)
    d = Doc()
    a_, b_ = nm(r), nm(r)
    d.t("민원조정위원회 회의 결과")
    d.kv([("안건", r.choice(["농지 전용 불허가 재심의", "옹벽 설치 관련 이웃 간 분쟁", "상가 간판 허가 반려 재검토"])), ("민원인", "%s (%s)" % (a_, addr(r, ag["city"]))),
          ("이해관계인", b_), ("일시", dfmt(dt(r, y)))])
    d.p("○ 민원인 진술: 배수 문제로 인해 재산 피해가 있다고 주장\n○ 이해관계인 진술: 측량 결과 경계 침범 없음\n○ 위원회 결론: 관계 부서 합동 현장 확인 후 조정안 제시(%d일 이내)" % r.choice([14, 20, 30]))
    d.cue(a_, "kv_field")
    d.title_meta = "민원조정위원회 결과"
    return res(d, "partial", "none", [R6], y, ag, a_, "committee outcome is disclosable; names and address of the parties are personal",
               style=pick_style(r))


@tpl("part_travel_with_citizen", 2, ["text", "pdf"], "출장복명")
def t_travel_cit(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "province"]), y)
    d = Doc()
    farmer = nm(r)
    ph = mobile(r, y)
    d.t("현장 출장 복명서")
    d.kv([("출장자", "%s %s" % (r.choice(["주무관", "농촌지도사"]), nm(r))), ("일시", dfmt(dt(r, y))),
          ("장소", "%s %s 일원" % (ag["city"][1], r.choice(DONG))), ("목적", r.choice(["우박 피해 현장 확인", "조류인플루엔자 방역 점검", "산사태 위험지역 점검"]))])
    d.p("1. 확인 결과\n  ○ 피해 농가: %s(%s), 사과 과원 %s㎡ 중 약 %d%% 낙과\n  ○ 농가 요청: 재해복구비 조기 지급, 약제 지원\n2. 조치 계획\n  ○ 피해 조사서 작성 후 도에 보고(%s까지)"
        % (farmer, ph, won(r.randint(3000, 20000)), r.randint(20, 70), dfmt(dt(r, y))))
    d.cue(farmer, "body").cue(ph, "body")
    d.title_meta = "현장 출장 복명서"
    return res(d, "partial", "none", [R6], y, ag, ph, "official trip report naming a private farmer with a mobile number",
               style=pick_style(r))


@tpl("part_old_ocr_civil_reply", 3, ["text", "text", "pdf"], "민원회신(구형식)")
def t_old_civil(r, k, fmt):
    y = r.randint(1995, 2003)
    ag = agency(r, r.choice(["city", "city", "edu"]), y)
    d = Doc()
    date = dt(r, y)
    who = nm(r)
    rr = rrn(r, year=r.randint(1935, 1980))
    a_ = addr(r, ag["city"], road=False)
    title = r.choice(["토지 지목변경 신청에 대한 회신", "영세민 생계보호 책정 결과 통보", "농지원부 정정 민원 회신"])
    d.c(spaced(ag["name"]))
    d.kv(old_head(r, y, ag, r.choice(["지적", "사회", "산업"]), "%s 귀하" % who, title, date))
    d.p("1. 귀하께서 제출하신 민원에 대하여 검토한 결과를 다음과 같이 회신합니다.\n  가. 신청인: %s (%s)\n  나. 주소: %s\n  다. 검토 결과: %s\n2. 기타 궁금한 사항은 담당자(%s)에게 문의하시기 바랍니다.  끝."
        % (who, rr, a_, r.choice(["관계 법령에 적합하여 처리하였음", "소득 기준 초과로 책정이 곤란함", "현지 확인 결과 정정 처리함"]), nm(r)))
    d.c(spaced(ag["head"]))
    d.cue(rr, "body").cue(who, "kv_field")
    st = pick_style(r, allow_ocr=True, old=True)
    st["protect"] = [rr, who]
    d.title_meta = title
    return res(d, "partial", "none", [R6, P24], y, ag, rr, "1990s reply carrying the applicant's full RRN and address (OCR-noisy)",
               style=st)


@tpl("part_foreign_worker_support", 2, ["hwpx", "text"], "명단")
def t_foreign(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", min_labor(y)]), y)
    d = Doc()
    d.t("외국인 근로자 %s 지원 결과 보고" % r.choice(["건강검진", "한국어 교육", "주거환경 개선"]))
    d.p("1. 사업 개요: 관내 제조업·농축산업 종사 외국인 근로자 대상, 예산 %s천원\n2. 지원 결과: %d명 지원(국적 %d개국)\n3. 지원 대상자" %
        (won(r.randint(10, 90) * 1000), r.randint(30, 200), r.randint(4, 12)))
    rows = []
    for _ in range(r.randint(3, 5)):
        fname, nat = r.choice([("NGUYEN VAN AN", "베트남"), ("TRAN THI HOA", "베트남"), ("SOKHA CHAN", "캄보디아"), ("AHMAD RIZKI", "인도네시아"),
                               ("BAT-ERDENE GANBOLD", "몽골"), ("JUAN DELA CRUZ", "필리핀"), ("응우옌 티 란", "베트남"), ("다와 체렝", "몽골")])
        rows.append([fname, nat, passport(r, korean=False), frn(r), r.choice(SOLE_SHOPS + COMPANIES[:3])])
    d.tbl(["성명", "국적", "여권번호", "외국인등록번호", "사업장"], rows)
    d.cue(rows[0][2], "table_cell").cue(rows[0][3], "table_cell")
    d.title_meta = "외국인 근로자 지원 결과"
    return res(d, "partial", "none", [R6, P24], y, ag, rows[0][3], "programme summary is disclosable; the list carries passport and foreigner registration numbers",
               style=pick_style(r))


@tpl("part_masked_rrn_letter", 3, ["text", "pdf", "text"], "공문")
def t_masked(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, r.choice(["city", "edu", "police"]), y)
    d = Doc()
    date = dt(r, y)
    who = nm(r)
    mrr = rrn(r, year=r.randint(1950, 2000), masked_=True, mask_char=r.choice(["*", "●", "X"]))
    title = r.choice(["과태료 부과 이의제기 처리 결과 통보", "주민등록 사실조사 결과 거주불명 등록 알림", "학적 정정 처리 결과 회신"])
    d.c(ag["name"]).kv([("수신", "%s 귀하" % who), ("(경유)", ""), ("제목", title)])
    d.p("1. 귀하(%s)의 신청에 대하여 다음과 같이 처리하였음을 알려 드립니다.\n2. 처리 내용: %s\n3. 처리일: %s  끝." %
        (mrr, r.choice(["이의제기를 받아들여 과태료 부과를 취소함", "거주 사실이 확인되어 거주불명 등록을 하지 않음", "가족관계 서류 확인 후 성명 정정"]), dfmt(date)))
    stated = r.choice([None, "부분공개(6)"])
    for ln in closing(r, y, ag, r.choice(["교통행정과", "민원여권과", "학생지원과"]), staff_chain(r, ag["kind"]), r.randint(100, 9999), date, stated=stated):
        d.p(ln)
    d.cue(mrr, "body").cue(who, "kv_field")
    if stated:
        d.cue(stated, "closing_line")
    d.title_meta = title
    return res(d, "partial", "none", [R6], y, ag, mrr, "names a private person with a masked RRN only: -6 applies, PIPA-24 does not",
               stated=stated, style=pick_style(r))


# ============================ NON-PUBLIC: marked ============================

def expiry(r, y):
    yy = max(y + r.randint(1, 4), 2027 + r.randint(0, 3))
    return datetime.date(yy, 12, 31) if r.random() < 0.7 else datetime.date(yy, 6, 30)


def mark_doc(d, r, fmt, grade, y, placement=None):
    """Put a classification marking on the document. Returns the list of marking strings used."""
    ex = expiry(r, y)
    used = []
    if grade == "대외비":
        forms = ["대 외 비", "[대외비]", "《대외비》", "대외비", "<대외비>", "%s까지 대외비" % dfmt(ex),
                 "대외비(보호기간: %s까지)" % dfmt(ex), "대외비 - 열람 후 회수"]
        top = r.choice(forms)
        bottom = r.choice([top, "대외비", "이 문서는 %s까지 대외비로 관리합니다" % dfmt(ex)])
    else:
        sym = {"III": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
               "II": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀"],
               "I": ["Ⅰ급비밀", "Ⅰ 급 비 밀", "I급 비밀"]}[grade]
        top = r.choice(sym)
        bottom = top
    placement = placement or r.choice(["hf", "hf", "blocks", "top", "bottom", "cell"])
    if grade != "대외비" and placement in ("bottom",):
        placement = "hf"
    if placement == "hf":
        if fmt == "text":
            d.blocks.insert(0, ("center", top))
            d.blocks.append(("center", bottom))
            used += [(top, "top_line"), (bottom, "bottom_line")]
        else:
            d.header = top
            d.footer = bottom if not d.footer else bottom + "\n" + d.footer
            used += [(top, "page_header"), (bottom, "page_footer")]
    elif placement == "blocks":
        d.blocks.insert(0, ("right", top))
        d.blocks.append(("center", bottom))
        used += [(top, "top_stamp"), (bottom, "bottom_stamp")]
    elif placement == "top":
        if fmt != "text" and r.random() < 0.5:
            d.header = top
            used.append((top, "page_header"))
        else:
            d.blocks.insert(0, ("right", top))
            used.append((top, "top_stamp"))
    elif placement == "bottom":
        if fmt != "text":
            d.footer = bottom
            used.append((bottom, "page_footer"))
        else:
            d.blocks.append(("center", bottom))
            used.append((bottom, "bottom_line"))
    else:  # cell
        lbl = r.choice(["보안등급", "비밀등급", "문서등급", "보안 구분"])
        val = top if grade == "대외비" else top.replace(" ", "")
        d.blocks.insert(0, ("kv", [(lbl, val), ("관리번호", "%d-%03d" % (y, r.randint(1, 400)))]))
        used.append((val, "table_cell"))
    if grade != "대외비":
        yg = "예고문: %s까지 %s, 이후 %s" % (dfmt(ex), top.replace(" ", ""), r.choice(["일반문서로 재분류", "파기", "Ⅲ급비밀로 재분류" if grade != "III" else "일반문서로 재분류"]))
        d.blocks.append(("p", yg))
        used.append((yg, "body_end"))
        if r.random() < 0.7:
            cp = "사본번호 %d/%d" % (r.randint(1, 5), r.randint(5, 9)) if r.random() < 0.5 else "사본 제%d호 (총 %d부)" % (r.randint(1, 4), r.randint(4, 8))
            d.blocks.insert(1 if d.blocks and d.blocks[0][0] in ("right", "center") else 0, ("right", cp))
            used.append((cp, "top_stamp"))
    for s_, w in used:
        d.cue(s_, w)
    return used


def mlabel(grade):
    return {"대외비": "대외비", "III": "III급", "II": "II급", "I": "I급"}[grade]


@tpl("np_confid_site_review", 3, ["pdf", "hwpx", "text"], "내부검토")
def t_site_review(r, k, fmt):
    y = r.randint(2003, 2026)
    ag = agency(r, r.choice(["city", "province", "corp"]), y)
    d = Doc()
    d.t(r.choice(["%s 일반산업단지 조성 후보지 사전 검토", "신청사 이전 부지 비교 검토", "%s 물류단지 입지 검토(안)"]).replace("%s", ag["name"]))
    d.rt("%s %s" % (ag["name"], r.choice(["투자유치과", "기획예산과", "개발사업처"])))
    d.p("1. 검토 배경\n  ○ %s 요청에 따라 후보지 3곳을 비교하여 내부 방침을 정하고자 함(대외 발표 전)\n2. 후보지 비교" % (ag["head"]))
    rows = []
    for nm_ in ["A안", "B안", "C안"]:
        rows.append([nm_, "%s %s 산%d 일원" % (ag["city"][1], r.choice(DONG), r.randint(1, 300)), won(r.randint(100, 900) * 1000),
                     "%s원/㎡" % won(r.randint(5, 60) * 10000), r.choice(["상", "중", "하"])])
    d.tbl(["구분", "위치", "면적(㎡)", "예상 보상단가", "접근성"], rows)
    d.p("3. 검토 의견\n  ○ A안이 사업비 면에서 유리하나 인근 지가 상승이 우려되므로 발표 시점까지 보안 유지 필요\n  ○ 토지거래허가구역 지정 여부를 관계 부서와 사전 협의")
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "후보지 검토"
    return res(d, "non_public", "대외비", [R5, R8], y, ag, mk[0][0], "대외비 internal site comparison with expected land prices before announcement",
               style=pick_style(r))


@tpl("np_confid_crackdown_plan", 2, ["hwpx", "text"], "수사·단속")
def t_crackdown(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, "police", y)
    d = Doc()
    tgt = r.choice(["불법 사행성 게임장", "무등록 대부업", "보이스피싱 인출책 거점", "불법 마사지업소"])
    d.t("%s 일제 단속 계획" % tgt)
    d.p("□ 단속 일시: %s %02d:00 (동시 착수)\n□ 투입 인력: 형사 %d명, 기동대 %d개 제대\n□ 대상" % (dfmt(dt(r, y)), r.randint(0, 23), r.randint(10, 40), r.randint(1, 3)))
    rows = [["%d" % (i + 1), "%s %s %d" % (ag["city"][1], r.choice(ROADS), r.randint(1, 400)), r.choice(["첩보", "신고", "내사"]), r.choice(["1팀", "2팀", "3팀"])] for i in range(r.randint(3, 6))]
    d.tbl(["연번", "위치", "입수 경위", "담당"], rows)
    d.p("□ 유의사항: 사전 누설 시 증거 인멸 우려 — 관계자 외 열람 금지, 단속 종료 후 결과만 보고")
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "단속 계획"
    return res(d, "non_public", "대외비", [R4], y, ag, mk[0][0], "대외비 enforcement plan; disclosure would defeat the crackdown", style=pick_style(r))


@tpl("np_confid_vuln_report", 3, ["pdf", "text", "hwpx"], "보안")
def t_vuln_conf(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "edu", "hospital", "corp"]), y)
    d = Doc()
    d.t("%d년 정보시스템 취약점 진단 결과" % y)
    rows = []
    for sysn in r.sample(["민원 게시판", "전자결재", "홈페이지 CMS", "인사급여", "환자 예약 앱", "원격 근무 VPN"], 3):
        rows.append([sysn, "10.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250)),
                     r.choice(["SQL 삽입", "관리자 페이지 외부 노출", "기본 계정 미변경", "파일 업로드 검증 미흡", "구버전 웹서버(패치 미적용)"]),
                     r.choice(["상", "상", "중"]), r.choice(["조치 중", "미조치", "%d월 조치 예정" % r.randint(1, 12)])])
    d.tbl(["시스템", "서버 IP", "취약점", "위험도", "조치"], rows)
    d.p("○ 총 %d건 중 상위험 %d건 미조치. 외부 공개 시 악용될 우려가 있으므로 조치 완료 전까지 배포 제한" % (r.randint(10, 60), r.randint(1, 6)))
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "취약점 진단 결과"
    return res(d, "non_public", "대외비", [R3], y, ag, mk[0][0], "대외비 vulnerability list with internal IPs and open issues", style=pick_style(r))


@tpl("np_confid_promotion_review", 2, ["hwpx", "pdf"], "인사")
def t_promo(r, k, fmt):
    y = r.randint(2002, 2026)
    ag = agency(r, r.choice(["city", "edu", "fire"]), y)
    d = Doc()
    d.t("%d년 하반기 %s 승진 후보자 사전 심사 자료" % (y, r.choice(["5급(사무관)", "6급", "소방경"])))
    rows = []
    for i in range(r.randint(4, 6)):
        rows.append([str(i + 1), nm(r), r.choice(["총무과", "세무과", "건설과", "복지정책과"]), "%.3f" % r.uniform(85, 99),
                     r.choice(["", "", "견책(%d)" % (y - 1), "경고", "감봉 1월(근무지 이탈)"])])
    d.tbl(["서열", "성명", "소속", "평정점", "징계·감점"], rows)
    d.p("○ 인사위원회 사전 심의용. 서열 및 감점 사유가 알려질 경우 인사 공정성 논란 우려")
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "승진 후보자 심사"
    return res(d, "non_public", "대외비", [R5, R6], y, ag, mk[0][0], "대외비 promotion ranking with individual scores and penalties",
               style=pick_style(r))


@tpl("np_confid_building_defense", 2, ["pdf", "text"], "방호")
def t_defense_conf(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "province", "hospital"]), y)
    d = Doc()
    d.t("청사 방호 및 테러 대응 계획")
    d.p("1. 방호 현황\n  ○ 출입구 %d개소 중 야간 개방 %d개소, CCTV %d대(사각지대: 지하주차장 B2 동측, 옥상 출입문)\n  ○ 경비 인력: 주간 %d명, 야간 %d명(2교대)\n"
        "2. 상황별 조치\n  ○ 폭발물 의심 신고 시: 대피 경로 2(후문) 사용, 집결지 %s\n  ○ 난입 시: 본관 3층 %s실 출입 통제, 경찰 연락 체계 가동" %
        (r.randint(3, 8), r.randint(1, 2), r.randint(40, 200), r.randint(2, 6), r.randint(1, 3), r.choice(["시민공원 주차장", "체육관 앞"]), r.choice(["시장", "원장", "상황"])))
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "청사 방호 계획"
    return res(d, "non_public", "대외비", [R3], y, ag, mk[0][0], "대외비 building defence plan with blind spots and guard strength", style=pick_style(r))


@tpl("np_confid_negotiation", 2, ["text", "hwpx"], "협상")
def t_nego_conf(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["corp", "city", "hospital"]), y)
    d = Doc()
    if k % 2 == 0:
        d.t("%d년 임금·단체협약 교섭 대응 방안" % y)
        d.p("□ 노조 요구: 기본급 %.1f%% 인상, 인력 %d명 충원\n□ 사측 대응 기준\n  ○ 1차 제시안: %.1f%%\n  ○ 최종 수용 한도: %.1f%% (이사회 보고 완료)\n  ○ 충원은 %d명까지 단계적으로 수용 가능\n□ 쟁의 대비: 필수유지업무 인력 명단 사전 확보"
              % (r.uniform(5, 9), r.randint(20, 80), r.uniform(1, 2), r.uniform(2.5, 4), r.randint(5, 15)))
        reasons = [R5]
        why = "대외비 bargaining positions (fall-back limits) during negotiation"
    else:
        c_ = r.choice(COMPANIES)
        d.t("민간투자사업 실시협약 변경 협상 대응 방안")
        d.p("□ 사업시행자(%s) 요구: 최소운영수입보장 기간 연장, 사용료 %d%% 인상\n□ 사업시행자 재무 현황(제출 자료): 부채비율 %d%%, 누적 결손 %s억원\n"
              "□ 협상 전략\n  ○ 재구조화 시 절감 목표 %s억원, 마지노선 %s억원\n  ○ 협상 결렬 시 매수청구 검토"
              % (c_, r.randint(5, 20), r.randint(150, 600), won(r.randint(50, 900)), won(r.randint(100, 900)), won(r.randint(50, 300))))
        reasons = [R5, R7]
        why = "대외비 negotiating limits plus the concessionaire's non-public financial data"
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "협상 대응 방안"
    return res(d, "non_public", "대외비", reasons, y, ag, mk[0][0], why, style=pick_style(r))


@tpl("np_confid_press_lines", 1, ["text"], "언론대응")
def t_press_lines_conf(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, r.choice(["city", "hospital", "edu"]), y)
    d = Doc()
    d.t("언론 보도 대응 방향(보도 전 내부 검토)")
    d.p("○ 예상 보도: %s\n○ 사실관계: 내부 조사 중이며 책임 소재 미확정\n○ 대응 기조: 사실관계 확인 전 단정적 답변 자제\n○ 예상 질의·답변(안)\n  Q. 은폐 의혹? → A. 조사 결과가 나오는 대로 투명하게 공개하겠음\n○ 보도 시점 전후 기관장 일정 조정 검토"
        % r.choice(["위탁 급식업체 식중독 발생 은폐 의혹", "요양병원 화재 당시 대응 부실 의혹", "보조금 부정수급 감사 결과"]))
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "언론 대응 방향"
    return res(d, "non_public", "대외비", [R5], y, ag, mk[0][0], "대외비 unreleased media-response lines on an open internal probe",
               style=pick_style(r))


@tpl("np_confid_contact_tracing", 1, ["pdf"], "감염병")
def t_contact_trace(r, k, fmt):
    y = r.choice([2015, 2020, 2021, 2022])
    ag = agency(r, "city", y)
    d = Doc()
    d.t("%s 확진자 역학조사 접촉자 관리 현황" % ("메르스" if y == 2015 else "코로나19"))
    rows = [[nm(r), str(r.randint(8, 90)), r.choice(["가족", "직장 동료", "같은 병실", "교회"]), mobile(r, y), r.choice(["자가격리", "능동감시", "음성 해제"])] for _ in range(r.randint(4, 7))]
    d.tbl(["성명", "나이", "접촉 유형", "연락처", "관리 상태"], rows)
    d.p("○ 지표 환자: %s(%d세), 기저질환(%s)" % (nm(r), r.randint(30, 85), r.choice(["당뇨", "고혈압", "만성신부전"])))
    mk = mark_doc(d, r, fmt, "대외비", y)
    d.title_meta = "접촉자 관리"
    return res(d, "non_public", "대외비", [R6, P23], y, ag, mk[0][0], "대외비 list of named contacts with health status", style=pick_style(r))


@tpl("np_secret3_emergency_plan", 4, ["pdf", "hwpx", "text", "pdf"], "비상대비")
def t_secret3(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "province", "city"]), y)
    d = Doc()
    v = k % 4
    if v == 0:
        d.t("%d년 %s 전시 행정기관 소산 계획" % (y, ag["name"]))
        d.p("1. 소산 기준: 데프콘 %s 발령 시 필수 인원 우선 이동\n2. 소산 장소: %s 소재 대체 시설(수용 %d명)\n3. 이동 경로: 1안 국도, 2안 지방도(교량 피해 시)\n4. 필수 인원: 실·국별 %d명, 명단 별도" %
            (r.choice(["Ⅱ", "Ⅲ"]), r.choice(["○○군 ○○면", "인근 군 지역"]), r.randint(80, 300), r.randint(2, 5)))
        reasons = [R1, R2]
    elif v == 1:
        d.t("비상대비 자원관리 중점 관리업체 지정 현황")
        rows = [[c_, r.choice(["유류 공급", "차량 동원", "의약품", "식량 비축"]), r.choice(["갑", "을"])] for c_ in r.sample(COMPANIES, 3)]
        d.tbl(["업체", "동원 자원", "관리 등급"], rows)
        d.p("○ 전시 동원 소요와 업체별 할당량은 붙임(별도 관리)")
        reasons = [R1, R2]
    elif v == 2:
        d.t("%d 을지연습 메시지 처리 계획(통제관용)" % y)
        d.p("□ 상황 메시지 %d건: 적 특수부대 침투, 주요 교량 파괴, 전력 차단 가정\n□ 통제관 임무: 메시지 부여 시각 통제, 조치 결과 평가\n□ 평가 기준: 상황 접수~전파 %d분 이내" %
            (r.randint(40, 120), r.randint(5, 15)))
        reasons = [R1, R2]
    else:
        d.t("비상 통신망 운용 세부 지침")
        d.p("○ 주 통신 두절 시 예비 주파수 전환 절차\n○ 호출부호 및 인증 방식은 붙임 암호자재 운용표에 따름(별도 보관)\n○ 교신 시간표: 매 정시 %02d분" % r.randint(0, 59))
        reasons = [R1, R2]
    mk = mark_doc(d, r, fmt, "III", y, placement=r.choice(["hf", "hf", "blocks", "cell", "top"]))
    d.title_meta = d.blocks[[b[0] for b in d.blocks].index("title")][1]
    return res(d, "non_public", "III급", reasons, y, ag, mk[0][0], "Ⅲ급 secret emergency/wartime planning (보안업무규정) with national-security content",
               style=pick_style(r))


@tpl("np_secret3_key_facility", 2, ["hwpx", "text"], "방호")
def t_secret3_fac(r, k, fmt):
    y = r.randint(2001, 2026)
    ag = agency(r, r.choice(["corp", "city"]), y)
    d = Doc()
    fac = r.choice(["정수장", "변전소", "광역 상수도 취수장", "통신 국사"])
    d.t("국가중요시설 %s 방호 계획" % fac)
    d.p("1. 시설 등급: %s급\n2. 경계 구역: 제1지대(외곽 울타리), 제2지대(출입 통제소), 제3지대(핵심 설비)\n3. 취약 요소: 북측 울타리 %dm 구간 감시 장비 미설치, 야간 순찰 간격 %d분\n4. 유사시 지원 부대 및 도착 예상 시간: 별지"
        % (r.choice(["가", "나", "다"]), r.randint(50, 400), r.randint(30, 120)))
    mk = mark_doc(d, r, fmt, "III", y)
    d.title_meta = "국가중요시설 방호 계획"
    return res(d, "non_public", "III급", [R1, R3], y, ag, mk[0][0], "Ⅲ급 secret protection plan of a key facility with weak points",
               style=pick_style(r))


@tpl("np_secret2_national", 4, ["pdf", "text", "hwpx", "pdf"], "외교·안보")
def t_secret2(r, k, fmt):
    y = r.randint(1996, 2026)
    v = k % 4
    mname = [min_foreign(y), "통일부" if y >= 1998 else "통일원", "국방부", min_foreign(y)][v]
    ag = agency(r, mname, y)
    d = Doc()
    if v in (0, 3):
        d.t(r.choice(["○○국과의 %s 협상 대표단 훈령" % r.choice(["어업", "항공", "투자보장"]), "%d년 고위급 전략대화 대응 자료" % y]))
        d.p("1. 기본 입장: 상호 이익 균형 원칙 견지\n2. 양보 가능 범위: 쿼터 %d%%까지 수용 가능, 다만 2차 회의 이후 제시\n3. 상대측 예상 요구와 대응 논리\n4. 결렬 시 대안: 기존 협정 %d년 연장" % (r.randint(5, 20), r.randint(1, 3)))
    elif v == 1:
        d.t("남북 %s 실무접촉 대응 방안" % r.choice(["이산가족", "경협", "군사"]))
        d.p("○ 우리 측 제의 순서와 수용 한계선\n○ 북측 예상 주장과 대응 발언(안)\n○ 합의문 초안 문구 A·B안 중 B안을 마지노선으로 함")
    else:
        d.t("%s 연합 방위 협력 현안 검토" % r.choice(["한·미", "한·호주", "다국적"]))
        d.p("○ 연합 연습 규모 조정안과 장비 배치 시기\n○ 비용 분담 협상 시 우리 측 수용 범위")
    mk = mark_doc(d, r, fmt, "II", y, placement=r.choice(["hf", "blocks", "cell", "top"]))
    d.title_meta = d.blocks[[b[0] for b in d.blocks].index("title")][1]
    return res(d, "non_public", "II급", [R1, R2], y, ag, mk[0][0], "Ⅱ급 secret on diplomacy/unification/defence negotiations",
               style=pick_style(r))


@tpl("np_secret1_wartime", 2, ["pdf", "text"], "비상대비")
def t_secret1(r, k, fmt):
    y = r.randint(1997, 2025)
    ag = agency(r, r.choice([min_home(y), "국무조정실" if y >= 2013 else "국무총리실"]), y)
    d = Doc()
    d.t(r.choice(["전시 정부 기능 유지 계획(총괄)", "국가 지도통신망 비상 운용 계획"]))
    d.p("1. 목적: 전시 국가 핵심 기능의 연속성 확보\n2. 대체 지휘소 위치 및 전환 기준: 별지 제1호\n3. 지휘부 이동 순서와 경호 지원: 별지 제2호\n4. 운용 요원 비상 소집 체계")
    mk = mark_doc(d, r, fmt, "I", y, placement=r.choice(["hf", "blocks"]))
    d.title_meta = "전시 계획"
    return res(d, "non_public", "I급", [R1, R2], y, ag, mk[0][0], "Ⅰ급 secret on wartime continuity of government", style=pick_style(r))


# ============================ NON-PUBLIC: stated field, no marking ==========

def stated_np(r, y, num):
    art = oida_article(y)
    forms = ["비공개(%d)" % num, "비공개(제%d호)" % num, "비공개 (%s제1항제%d호)" % (art, num), "비공개(법 %s 제1항 제%d호)" % (art, num),
             "비공개 §%s①%d" % (art[1:-1], num), "비공개 / %s 1항 %d호" % (art[1:], num), "비공개(%d호)" % num]
    return r.choice(forms)


@tpl("np_stated_feasibility_review", 3, ["hwpx", "text", "pdf"], "내부검토")
def t_feas(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "corp", "edu"]), y)
    d = Doc()
    proj = r.choice(["시립 수영장 민간위탁 전환", "노후 청사 리모델링 vs 신축", "공공 자전거 사업 폐지", "교육지원청 통합 이전" if y >= 2010 else "지역교육청 통합 이전"])
    st = stated_np(r, y, 5)
    d.t("%s 타당성 내부 검토" % proj)
    d.kv([("보고일", dfmt(dt(r, y))), ("보고자", "%s %s" % (r.choice(["정책기획팀장", "경영기획부장", "행정과장"]), nm(r))), ("공개구분", st)])
    d.p("1. 검토 배경\n  ○ 운영 적자 누적(연 %s백만원) 및 시설 노후화로 운영 방식 재검토 필요\n2. 대안별 검토\n  ○ 1안(현행 유지): 재정 부담 지속\n  ○ 2안(위탁·전환): 연 %s백만원 절감, 노조 반발 예상\n"
        "3. 검토 의견(안)\n  ○ 2안이 바람직하나 이해관계자 설득 논리 보강 후 방침 결정\n  ○ 결정 전 외부 유출 시 반대 여론 확산으로 의사결정에 지장 우려" % (won(r.randint(300, 3000)), won(r.randint(100, 900))))
    d.cue(st, "kv_field")
    d.title_meta = "타당성 내부 검토"
    return res(d, "non_public", "none", [R5], y, ag, st, "internal review before the decision; stated 비공개(5) agrees with content", stated=st,
               style=pick_style(r))


@tpl("np_stated_ongoing_audit", 2, ["text", "pdf"], "감사")
def t_ongoing_audit(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["province", "city", "edu"]), y)
    d = Doc()
    st = stated_np(r, y, 5)
    d.t("%s 특정감사 중간 보고" % r.choice(["보조금 집행", "계약 업무", "학교 회계"]))
    d.p("○ 감사 진행: %d일차, 확인 사항 %d건(사실관계 확인 중)\n○ 주요 쟁점: 특정 업체 수의계약 반복(%d회), 검수 조서 사후 작성 의심\n○ 향후: 관련자 문답 예정, 감사 결과 확정 전까지 대외 보안 유지" %
        (r.randint(3, 12), r.randint(5, 20), r.randint(3, 12)))
    date = dt(r, y)
    for ln in closing(r, y, ag, "감사실", staff_chain(r), r.randint(100, 999), date, stated=st):
        d.p(ln)
    d.cue(st, "closing_line")
    d.title_meta = "특정감사 중간 보고"
    return res(d, "non_public", "none", [R5], y, ag, st, "audit in progress; stated 비공개(5) agrees", stated=st, style=pick_style(r))


@tpl("np_stated_litigation_report", 2, ["hwpx", "text"], "소송")
def t_litig_stated(r, k, fmt):
    y = r.randint(2003, 2026)
    ag = agency(r, r.choice(["city", "corp", "hospital"]), y)
    d = Doc()
    st = stated_np(r, y, 4)
    case = "%d%s%d" % (y, r.choice(["구합", "가합", "누"]), r.randint(1000, 99999))
    d.t("소송 수행 상황 보고")
    d.kv([("사건", "%s %s" % (case, r.choice(["손해배상(기)", "부당이득금 반환", "건축허가취소처분 취소"]))), ("원고", r.choice(COMPANIES)), ("피고", ag["head"]),
          ("소송수행자", "%s %s" % (r.choice(["주무관", "변호사"]), nm(r))), ("정보공개", st)])
    d.p("1. 진행 경과: 변론기일 %d회 진행, 다음 기일 %s\n2. 쟁점별 대응 논리\n  ○ 원고 주장의 약점: 손해액 산정 근거 불명확\n  ○ 우리 측 불리한 사정: 담당자 검토 누락 사실 일부 인정 필요\n3. 조정 제안 시 수용 한도(안): 청구액의 %d%%" %
        (r.randint(1, 6), dfmt(dt(r, y)), r.randint(20, 60)))
    d.cue(st, "kv_field").cue(case, "kv_field")
    d.title_meta = "소송 수행 보고"
    return res(d, "non_public", "none", [R4], y, ag, st, "pending litigation strategy; stated 비공개(4) agrees", stated=st, style=pick_style(r))


@tpl("np_mislabeled_open_discipline", 2, ["text", "pdf"], "인사·징계")
def t_mislab_np(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "edu", "fire"]), y)
    d = Doc()
    date = dt(r, y)
    who = nm(r)
    if k % 2 == 0:
        title = "징계처분 결과 통보(%s)" % r.choice(["총무과", "세무과", "예방안전과"])
        body = "1. %s 인사위원회 의결에 따라 아래 공무원에 대한 징계처분 결과를 통보합니다.\n  가. 소속·직급·성명: %s %s %s\n  나. 처분: %s\n  다. 사유: %s 혈중알코올농도 %.3f%% 상태로 운전하다 적발되어 벌금 %d만원의 약식명령이 확정됨\n2. 인사기록카드에 기재 바랍니다.  끝." % (
            dfmt(date - datetime.timedelta(days=10)), r.choice(["세무과", "건설과", "교무행정지원팀"]), r.choice(["지방행정주사", "지방시설주사보", "교육행정주사"]), who,
            r.choice(["감봉 2월", "정직 1월", "견책"]), dfmt(date - datetime.timedelta(days=80)), r.uniform(0.03, 0.15), r.choice([300, 500, 700]))
        key = "혈중알코올농도"
    else:
        title = "장기 병가 승인 및 대체인력 배치 통보"
        body = "1. %s 소속 %s %s의 병가를 다음과 같이 승인합니다.\n  가. 기간: %s부터 60일\n  나. 사유: %s(진단서 첨부)\n2. 업무 공백 해소를 위해 대체인력을 배치합니다.  끝." % (
            *r.choice([("민원여권과", "주무관"), ("보건소", "간호주사"), ("시설관리팀", "주무관"), ("119구조대", "소방교") if ag["kind"] == "fire" else ("교무행정지원팀", "교육행정주사")]), who, dfmt(date),
            r.choice(["우울증 및 불안장애", "유방암 수술 후 항암치료", "요추 추간판 탈출증 수술"]))
        key = "사유:"
    d.c(ag["name"]).kv([("수신", "내부결재"), ("제목", title)])
    d.p(body)
    st = r.choice(["공개", "대국민공개"])
    for ln in closing(r, y, ag, r.choice(["총무과", "인사팀", "운영지원과"]), staff_chain(r, ag["kind"]), r.randint(100, 9999), date, stated=st):
        d.p(ln)
    d.cue(st, "closing_line").cue(who, "body")
    d.title_meta = title
    return res(d, "non_public", "none", [R6, P23], y, ag, key,
               "stated 공개 but the whole letter is one official's conviction/health record; gold follows content", stated=st, style=pick_style(r))


@tpl("np_stated_old_background_check", 2, ["text", "text"], "신원조사")
def t_bgcheck(r, k, fmt):
    y = r.randint(1999, 2003)
    ag = agency(r, "police", y)
    d = Doc()
    date = dt(r, y)
    who = nm(r)
    rr = rrn(r, year=r.randint(1965, 1980))
    crime = k % 2 == 0
    st = "비공개(%s제1항제6호)" % oida_article(y)
    d.c(spaced(ag["name"]))
    d.kv(old_head(r, y, ag, "정보", r.choice(["청하시장", "수신처참조"]), "신원조사 회보", date))
    d.p("1. 귀 기관에서 의뢰한 신규임용 예정자에 대한 신원조사 결과를 다음과 같이 회보합니다.\n  가. 성명: %s (%s)\n  나. 본적·주소: %s\n  다. 범죄경력: %s\n  라. 기타: 특이사항 없음\n2. 이 자료는 임용 심사 외의 목적으로 사용할 수 없습니다.  끝."
        % (who, rr, addr(r, ag["city"], road=False), ("%d년 %s 벌금 %d만원" % (r.randint(1988, 1998), r.choice(["폭력행위등처벌에관한법률위반", "도로교통법위반(음주운전)"]), r.choice([50, 100, 200]))) if crime else "해당 없음"))
    d.p("공개구분: " + st)
    d.c(spaced(ag["head"]))
    d.cue(st, "body_end").cue(rr, "body")
    reasons = [R6, P24] + ([P23] if crime else [])
    st_style = pick_style(r, allow_ocr=True, old=True)
    st_style["protect"] = [rr]
    d.title_meta = "신원조사 회보"
    return res(d, "non_public", "none", reasons, y, ag, st, "background-check reply on one person (old 제7조 citation); stated 비공개 agrees",
               stated=st, style=st_style)


@tpl("np_stated_estimated_price", 1, ["hwpx"], "계약")
def t_est_price(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    st = stated_np(r, y, 5)
    d.t("예정가격 결정 조서")
    base = r.randint(100, 5000) * 1000000
    d.kv([("건명", r.choice(["체육관 바닥 교체공사", "상수도 관망 GIS 구축", "청사 경비 용역"])), ("기초금액", "%s원" % won(base)),
          ("복수예비가격", "기초금액의 ±2%% 범위 15개"), ("추첨 결과", "%s원" % won(int(base * r.uniform(0.985, 1.015)))), ("공개 구분", st)])
    d.p("※ 개찰 전 예정가격 누설 시 「형법」 제127조(공무상 비밀의 누설)에 해당할 수 있음")
    d.cue(st, "kv_field")
    d.title_meta = "예정가격 조서"
    return res(d, "non_public", "none", [R5], y, ag, st, "estimated price before bid opening; stated 비공개 agrees", stated=st, style=pick_style(r))


# ============================ NON-PUBLIC: content only ======================

@tpl("np_discipline_resolution", 3, ["hwpx", "text", "pdf"], "인사·징계")
def t_disc_res(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "edu", "province", "fire"]), y)
    d = Doc()
    who = nm(r)
    v = k % 3
    d.t("징 계 의 결 서" if r.random() < 0.5 else "징계 등 의결서")
    pos = {"city": ["지방행정주사", "지방시설주사보", "지방세무주사보"], "province": ["지방행정주사", "지방공업주사"],
           "edu": ["교육행정주사", "교육행정서기", "교사"], "fire": ["소방장", "소방교", "소방위"]}[ag["kind"]]
    dep = {"city": ["건설과", "세무과", "민원여권과"], "province": ["기업지원과", "도로관리과"], "edu": ["행정지원과", "재무관리과", "○○초등학교"],
           "fire": ["구조구급과", "예방안전과", "○○119안전센터"]}[ag["kind"]]
    d.tbl(["구분", "내용"], [["소속", r.choice(dep)], ["직위(직급)", r.choice(pos)],
                           ["성명", who], ["의결 주문", r.choice(["정직 2월에 처한다.", "감봉 3월에 처한다.", "견책에 처한다.", "강등에 처한다."])]])
    if v == 0:
        why = ("위 사람은 %s 23:40경 혈중알코올농도 %.3f%%의 술에 취한 상태로 %s 일대 약 %dkm 구간을 운전하다 단속되었고, %s 법원에서 벌금 %d만원의 약식명령을 받아 확정되었다. "
               "이는 「지방공무원법」 제55조(품위 유지의 의무)를 위반한 것으로 징계 사유에 해당한다." %
               (dfmt(dt(r, y)), r.uniform(0.03, 0.16), r.choice(DONG), r.randint(1, 9), dfmt(dt(r, y)), r.choice([300, 500, 800, 1000])))
        reasons, key = [R6, P23], "약식명령"
    elif v == 1:
        why = ("위 사람은 관급공사 감독 업무를 하면서 시공업체 대표로부터 %s 현금 %s원을 받았고, 이로 인해 %s 「형법」 제129조 위반으로 징역 %d월에 집행유예 %d년을 선고받았다." %
               (dfmt(dt(r, y)), won(r.randint(1, 30) * 1000000), dfmt(dt(r, y)), r.randint(6, 12), r.randint(1, 2)))
        reasons, key = [R6, P23], "집행유예"
    else:
        why = ("위 사람은 %s부터 %s까지 %d회에 걸쳐 근무지를 무단으로 이탈하였고, 이를 지적하는 상급자에게 폭언을 하는 등 「지방공무원법」 제48조(성실 의무) 및 제50조(직장 이탈 금지)를 위반하였다. "
               "다만 %d년간 성실히 근무한 점과 반성하는 점을 참작한다." % (dfmt(dt(r, y, 1, 6)), dfmt(dt(r, y, 7, 12)), r.randint(4, 15), r.randint(5, 25)))
        reasons, key = [R6], "무단으로 이탈"
    d.p("이 유\n" + why)
    d.p("%s\n%s 인사위원회 위원장 (인)" % (dfmt(dt(r, y)), ag["name"]))
    d.cue(who, "table_cell").cue(key, "body")
    d.title_meta = "징계의결서"
    return res(d, "non_public", "none", reasons, y, ag, key, "disciplinary resolution on a named official (non-official capacity)%s" %
               (" with a criminal conviction" if P23 in reasons else ""), style=pick_style(r))


@tpl("np_performance_rating", 3, ["pdf", "hwpx", "text"], "인사·평정")
def t_perf(r, k, fmt):
    y = r.randint(1999, 2026)
    ag = agency(r, r.choice(["city", "edu", "police", "corp"]), y)
    d = Doc()
    d.t("%d년 %s 근무성적평정 결과(%s)" % (y, r.choice(["상반기", "하반기", "정기"]), r.choice(["6급 이하", "7급", "경위 이하", "직원"])))
    rows = []
    for i in range(r.randint(5, 9)):
        rows.append([str(i + 1), nm(r), r.choice(["기획", "재무", "민원", "시설", "생활안전"]), "%.2f" % r.uniform(55, 70), "%.2f" % r.uniform(20, 30), r.choice(["수", "우", "우", "양", "가"])])
    d.tbl(["순위", "성명", "담당", "근무실적(70)", "직무수행능력(30)", "평정"], rows)
    d.p("○ 평정자: %s, 확인자: %s\n○ 하위 등급자 %d명은 면담 후 역량개발 계획 수립" % (nm(r), nm(r), r.randint(1, 3)))
    d.cue(rows[0][1], "table_cell").cue("근무성적평정", "title")
    d.title_meta = "근무성적평정 결과"
    return res(d, "non_public", "none", [R5, R6], y, ag, "근무성적평정", "individual performance ratings of named staff", style=pick_style(r))


@tpl("np_recruit_screening", 3, ["text", "pdf", "hwpx"], "채용")
def t_recruit(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, r.choice(["corp", "hospital", "edu", "city"]), y)
    d = Doc()
    with_rrn = k % 3 == 0 and y < 2014
    pos = r.choice(["행정직 6급", "간호직", "공무직(시설관리)", "기간제 교사", "전산직"])
    d.t("%s 채용 서류전형 심사 결과" % pos)
    rows = []
    for i in range(r.randint(4, 7)):
        idv = rrn(r, year=r.randint(y - 45, y - 20)) if with_rrn else dfmt(dt(r, r.randint(y - 45, y - 20)), 4)
        rows.append([str(i + 1), nm(r), idv, r.choice(["○○대 간호학", "○○대 행정학", "고졸", "○○대 컴퓨터공학"]), str(r.randint(50, 98)), r.choice(["합격", "불합격", "합격"])])
    d.tbl(["번호", "성명", "주민등록번호" if with_rrn else "생년월일", "학력", "점수", "결과"], rows)
    d.p("○ 심사위원 %d명 평균 점수. 면접 대상자는 합격자 중 상위 %d배수\n○ 심사위원 의견: %s" % (r.randint(3, 5), r.choice([2, 3]), r.choice(["경력 기준 해석 이견 있음(2번)", "가점 서류 미제출자 1명"])))
    d.cue(rows[0][2], "table_cell")
    reasons = [R5, R6] + ([P24] if with_rrn else [])
    d.title_meta = "서류전형 심사 결과"
    return res(d, "non_public", "none", reasons, y, ag, rows[0][2], "applicant-by-applicant screening scores", style=pick_style(r))


@tpl("np_school_violence_minutes", 3, ["hwpx", "text", "pdf"], "학교폭력")
def t_sv(r, k, fmt):
    y = r.randint(2012, 2026)
    ag = agency(r, "edu", y)
    d = Doc()
    v_, o_ = nm(r), nm(r)
    school = "%s%s중학교" % (ag["city"][1][:-1], r.choice(["", "동", "서", "중앙"]))
    title = "학교폭력대책%s 회의록" % ("심의위원회" if y >= 2020 else "자치위원회")
    d.t(title)
    d.kv([("사안번호", "%d-%s-%03d" % (y, school[:2], r.randint(1, 200))), ("일시", dfmt(dt(r, y))), ("관련 학교", school),
          ("피해학생", "%s(%d학년)" % (v_, r.randint(1, 3))), ("가해학생", "%s(%d학년)" % (o_, r.randint(1, 3)))])
    health = k % 3 != 2
    txt = ("○ 사안 개요: 가해학생이 %s 체육관 뒤편에서 피해학생을 밀쳐 넘어뜨리고 휴대전화로 촬영하여 단체 채팅방에 게시함\n" % dfmt(dt(r, y)))
    if health:
        txt += "○ 피해 정도: %s, 불안 증세로 %s에서 심리상담 치료 중\n" % (r.choice(["전치 2주 좌측 손목 염좌 진단", "안면부 타박상(전치 3주)"]), r.choice(["Wee센터", "정신건강의학과 의원"]))
    txt += "○ 위원 질의: 가해학생 보호자 %s 진술 - 장난이었다고 주장\n○ 조치 결정: 가해학생 제%d호(%s), 피해학생 보호조치 제1호" % (nm(r), r.choice([3, 4, 5]), r.choice(["학교봉사", "사회봉사", "특별교육"]))
    d.p(txt)
    d.cue(v_, "kv_field")
    reasons = [R6] + ([P23] if health else [])
    d.title_meta = title
    return res(d, "non_public", "none", reasons, y, ag, v_, "school-violence deliberation naming minors%s" % (" with injury/therapy details" if health else ""),
               style=pick_style(r))


@tpl("np_child_protection_case", 3, ["text", "hwpx", "pdf"], "사례관리")
def t_child(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, "city", y)
    d = Doc()
    child = nm(r)
    mom = nm(r)
    d.t(r.choice(["아동보호 사례관리 기록지", "드림스타트 사례회의 결과", "아동학대 의심 사례 조사 기록"]))
    d.kv([("사례번호", "%d-%04d" % (y, r.randint(1, 3000))), ("아동", "%s (%s생, %s)" % (child, dfmt(dt(r, y - r.randint(3, 12)), 1), r.choice(["남", "여"]))),
          ("보호자", "%s (모, %s)" % (mom, mobile(r, y))), ("주소", addr(r, ag["city"]))])
    d.p("○ 의뢰 경위: 어린이집 교사 신고(멍 자국 반복 관찰)\n○ 가정 상황: 부 %s, 모 %s 치료 중, 기초생활수급\n○ 아동 상태: %s\n○ 개입 계획: 주 1회 가정방문, 아동 놀이치료 연계, 보호자 양육 코칭" %
        (r.choice(["별거", "알코올 의존으로 입원 치료", "행방불명"]), r.choice(["우울증", "공황장애"]), r.choice(["발달 지연 의심(언어)", "영양 상태 불량, 체중 3퍼센타일", "야뇨·불안 증상"])))
    d.cue(child, "kv_field").cue("우울증" if "우울증" in d.blocks[-1][1] else "공황장애", "body")
    d.title_meta = "사례관리 기록"
    return res(d, "non_public", "none", [R6, P23], y, ag, child, "case record on a named child and family with health data", style=pick_style(r))


@tpl("np_mental_health_roster", 3, ["pdf", "text", "hwpx"], "명단")
def t_mental(r, k, fmt):
    y = r.randint(2003, 2026)
    ag = agency(r, "city", y)
    d = Doc()
    with_rrn = k % 3 == 1
    d.t("%s 정신건강복지센터 %d년 %d분기 집중 사례관리 대상자 현황" % (ag["name"], y, r.randint(1, 4)) if y >= 2017 else "%s 정신보건센터 등록 회원 관리 현황(%d)" % (ag["name"], y))
    rows = []
    for i in range(r.randint(4, 7)):
        rows.append([str(i + 1), nm(r), rrn(r, year=r.randint(1940, y - 16)) if with_rrn else str(r.randint(19, 80)),
                     r.choice(["조현병", "양극성 장애", "알코올 사용장애", "주요우울장애", "자살시도 후 연계"]), r.choice(["월 2회 방문", "주 1회 전화", "입원 중", "투약 중단 우려"])])
    d.tbl(["번호", "성명", "주민등록번호" if with_rrn else "나이", "진단(추정)", "관리 내용"], rows)
    d.p("○ 고위험군 %d명은 경찰·119와 위기 대응 정보 공유" % r.randint(1, 5))
    d.cue(rows[0][3], "table_cell")
    reasons = [R6, P23] + ([P24] if with_rrn else [])
    d.title_meta = "사례관리 대상자 현황"
    return res(d, "non_public", "none", reasons, y, ag, rows[0][3], "roster of named persons with psychiatric diagnoses", style=pick_style(r))


@tpl("np_infectious_patients", 3, ["hwpx", "text", "pdf"], "감염병")
def t_infect(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, r.choice(["city", "hospital"]), y)
    d = Doc()
    dis = r.choice(["결핵", "C형간염", "HIV 감염", "쯔쯔가무시증", "세균성이질"])
    d.t("%s 환자 관리 대장" % dis)
    rows = [[dfmt(dt(r, y), 1), nm(r), r.choice(["남", "여"]), str(r.randint(15, 88)), "%s %s" % (ag["city"][1], r.choice(DONG)), r.choice(["치료 중", "완치", "전원", "복약 중단"])]
            for _ in range(r.randint(4, 8))]
    d.tbl(["신고일", "성명", "성별", "나이", "거주지", "상태"], rows)
    d.p("○ 복약 중단자는 방문 확인 후 %s에 보고" % r.choice(["질병관리청", "도 감염병관리지원단", "보건소장"]))
    d.cue(rows[0][1], "table_cell").cue(dis, "title")
    d.title_meta = "환자 관리 대장"
    return res(d, "non_public", "none", [R6, P23], y, ag, dis, "named patient register for a notifiable disease", style=pick_style(r))


@tpl("np_probation_interview", 3, ["text", "pdf", "hwpx"], "보호관찰")
def t_probation(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, "probation", y)
    d = Doc()
    who = nm(r)
    d.t("보호관찰 대상자 면담 기록")
    d.kv([("대상자", who), ("사건번호", "%d고단%d" % (y - 1, r.randint(100, 9999))), ("죄명", r.choice(["특수절도", "도로교통법위반(음주운전)", "상습폭행", "사기"])),
          ("처분", "징역 %d월 집행유예 %d년, 보호관찰 %d년" % (r.randint(6, 18), r.randint(1, 3), r.randint(1, 2))), ("담당", "보호관찰관 %s" % nm(r))])
    d.p("○ 면담일: %s\n○ 생활 상태: %s, 구직 중\n○ 특이사항: 야간 외출 제한 준수 여부 확인, 음주 징후 없음\n○ 재범 위험성 평가: %s\n○ 다음 면담: 2주 후 출석" %
        (dfmt(dt(r, y)), r.choice(["알코올 치료 프로그램 참여 중", "모친과 동거", "고시원 거주"]), r.choice(["중", "상", "중하"])))
    d.cue(who, "kv_field")
    d.title_meta = "면담 기록"
    return res(d, "non_public", "none", [R4, R6, P23], y, ag, "죄명", "supervision record of a named offender (criminal conviction; execution of sentence)",
               style=pick_style(r))


@tpl("np_tax_arrears_individual", 3, ["pdf", "text", "text"], "체납")
def t_arrears(r, k, fmt):
    y = r.randint(1997, 2026)
    ag = agency(r, r.choice(["city", "metro"]), y)
    d = Doc()
    who = nm(r)
    with_rrn = k % 3 == 0
    idv = rrn(r, year=r.randint(1945, 1990)) if with_rrn else rrn(r, year=r.randint(1945, 1990), masked_=True)
    d.t("체납자별 체납 내역 및 재산 조회 결과")
    d.kv([("체납자", who), ("주민등록번호", idv), ("주소", addr(r, ag["city"])), ("체납 총액", "%s원" % won(r.randint(50, 9000) * 10000))])
    rows = [[str(yy), r.choice(["재산세", "자동차세", "지방소득세", "취득세"]), won(r.randint(10, 900) * 1000), r.choice(["독촉", "압류", "체납처분 유예"])] for yy in range(y - 4, y)]
    d.tbl(["과세연도", "세목", "체납액(원)", "조치"], rows)
    bank, acc = account(r)
    d.p("○ 재산 조회: 부동산 %d건(근저당 설정), 차량 1대, 예금(%s %s) 압류 가능 잔액 약 %s원\n○ 향후: 급여 압류 검토" % (r.randint(0, 3), bank, acc, won(r.randint(10, 900) * 10000)))
    d.cue(idv, "kv_field")
    reasons = [R6] + ([P24] if with_rrn else [])
    d.title_meta = "체납 내역"
    return res(d, "non_public", "none", reasons, y, ag, "체납자별", "one taxpayer's arrears, assets and account; personal data throughout", style=pick_style(r))


@tpl("np_internal_inspection", 3, ["hwpx", "text", "pdf"], "감찰")
def t_inspect(r, k, fmt):
    y = r.randint(2001, 2026)
    ag = agency(r, r.choice(["police", "city", "fire", "edu"]), y)
    d = Doc()
    who = nm(r)
    d.t(r.choice(["복무 감찰 조사 결과 보고", "비위 제보 관련 사실 확인 결과", "직원 금품수수 의혹 조사 보고"]))
    d.kv([("조사 대상", "%s %s %s" % (r.choice(["생활안전과", "세무과", "예방안전과", "시설과"]), r.choice(["경위", "주무관", "소방위", "주사"]), who)),
          ("제보 경위", r.choice(["익명 신고(청렴포털)", "동료 직원 제보", "민원인 진정"])), ("조사 기간", "%s ~ %s" % (dfmt(dt(r, y, 1, 6)), dfmt(dt(r, y, 7, 12))))])
    d.p("1. 확인된 사실\n  ○ 대상자는 %s 업체 관계자와 %d회 식사를 하였고 비용은 업체가 부담한 것으로 확인\n  ○ 대상자 진술: \"친구 관계로 사적 만남\"이라고 주장\n"
        "2. 판단\n  ○ 직무 관련성 인정 여부에 대한 법률 자문 의뢰 중\n3. 조치 의견(안)\n  ○ 징계 의결 요구(경징계) 또는 훈계 — 자문 결과 보고 후 결정" % (r.choice(["관급 자재", "소방시설", "급식 납품", "견인"]), r.randint(2, 7)))
    d.cue(who, "kv_field")
    d.title_meta = "감찰 조사 보고"
    return res(d, "non_public", "none", [R5, R6], y, ag, "조사 대상", "internal investigation of a named official, decision pending", style=pick_style(r))


@tpl("np_litigation_pending", 2, ["text", "pdf"], "소송")
def t_litig(r, k, fmt):
    y = r.randint(2002, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp"]), y)
    d = Doc()
    case = "%d%s%d" % (y, r.choice(["가단", "가합", "구단"]), r.randint(1000, 99999))
    d.t("소송 진행 상황 및 대응 방향")
    d.p("□ 사건: %s %s (원고 %s)\n□ 진행: 1심 변론 중, 감정 신청 채택\n□ 대응\n  ○ 원고 측 감정인 의견에 대한 반박 자료 준비(외부 기술 자문)\n  ○ 패소 가능성: 중간 — 조정 권고 시 수용 여부 내부 협의 필요\n  ○ 소송대리인 의견: 하자 책임 일부 인정이 불가피함" %
        (case, r.choice(["공사대금", "손해배상(의료)", "부당해고 구제"]), r.choice(COMPANIES)))
    d.cue(case, "body")
    d.title_meta = "소송 대응"
    return res(d, "non_public", "none", [R4], y, ag, "패소 가능성", "strategy in a pending lawsuit", style=pick_style(r))


@tpl("np_negotiation_plan", 3, ["hwpx", "text", "pdf"], "협상")
def t_nego(r, k, fmt):
    y = r.randint(1999, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    v = k % 3
    if v == 0:
        d.t("%s 이전 보상 협상 대응 계획" % r.choice(["시장 상인회", "집단 축사", "레미콘 공장"]))
        d.p("○ 상대측 요구: 영업보상 %d개월분, 이주 대책 부지 제공\n○ 우리 측 한도: 감정평가액의 %d%%까지, 이주 부지는 임대 방식만 허용\n○ 협상 단계별 제시안 순서와 양보 카드\n○ 언론 노출 최소화" %
              (r.randint(12, 36), r.randint(100, 115)))
        reasons = [R5]
    elif v == 1:
        c_ = r.choice(COMPANIES)
        d.t("%s와의 위·수탁 계약 재협상 전략" % c_)
        d.p("○ %s 제출 원가 자료 분석: 인건비 비중 %d%%, 영업이익률 %.1f%%\n○ 목표: 위탁비 %d%% 감액\n○ 결렬 시: 직영 전환 비용 비교(별첨)" % (c_, r.randint(50, 75), r.uniform(2, 9), r.randint(5, 15)))
        reasons = [R5, R7]
    else:
        d.t("인접 %s와의 광역 쓰레기 처리 분담 협의 대응" % r.choice(CITIES)[1])
        d.p("○ 반입 단가 최초 제시 %s원/톤, 최종 수용 %s원/톤\n○ 상대 지자체 약점: 자체 매립장 포화 시점 %d년\n○ 의회 보고 전까지 내부 한정" % (won(r.randint(50, 90) * 1000), won(r.randint(90, 130) * 1000), y + r.randint(1, 3)))
        reasons = [R5]
    d.title_meta = "협상 대응"
    return res(d, "non_public", "none", reasons, y, ag, "한도" if v == 0 else ("원가 자료" if v == 1 else "최종 수용"), "negotiating limits during an open negotiation",
               style=pick_style(r))


@tpl("np_press_draft", 2, ["text", "hwpx"], "언론대응")
def t_press_draft(r, k, fmt):
    y = r.randint(2009, 2026)
    ag = agency(r, r.choice(["city", "police", "edu", "hospital"]), y)
    d = Doc()
    d.t("(초안) %s 관련 설명자료 및 예상 문답" % r.choice(["채용 비리 의혹 보도", "급식 납품 단가 담합 의혹", "응급실 환자 사망 사고"]))
    d.p("※ 결재 후 배포 여부 결정 — 문구 확정 전\n1. 설명 요지(안)\n  ○ 1안: 의혹 전면 부인 / 2안: 일부 절차상 미흡 인정 후 재발 방지 약속\n  ○ 홍보담당관 의견: 2안 권고\n"
        "2. 예상 질문\n  Q. 내부 감사에서 이미 문제를 알고 있었나? — 답변 문구 법무팀 검토 중\n3. 배포 시점: 보도 당일 오전 또는 보류")
    d.title_meta = "설명자료 초안"
    return res(d, "non_public", "none", [R5], y, ag, "(초안)", "draft media lines not yet decided", style=pick_style(r))


@tpl("np_dev_site_prices", 3, ["pdf", "text", "hwpx"], "개발계획")
def t_dev_site(r, k, fmt):
    y = r.randint(1998, 2026)
    ag = agency(r, r.choice(["city", "corp", min_land(y)]), y)
    d = Doc()
    d.t("%s %s 예정지구 경계(안) 및 보상비 추정" % (ag["city"][1], r.choice(["공공주택", "역세권 개발", "도시첨단산업단지", "체육공원"])))
    d.p("○ 지구 경계: 별첨 도면(1/5,000) 적색 실선, 면적 %s㎡\n○ 발표 예정: %d년 %s\n○ 보상비 추정(공시지가 × 보정률)" % (won(r.randint(100, 2000) * 1000), y + 1, r.choice(["상반기", "하반기"])))
    rows = [[r.choice(DONG), "%d-%d 외 %d필지" % (r.randint(1, 900), r.randint(1, 40), r.randint(5, 80)), won(r.randint(20, 500) * 1000), "%.1f" % r.uniform(1.5, 3.2)] for _ in range(4)]
    d.tbl(["법정동", "지번", "공시지가(원/㎡)", "보정률(배)"], rows)
    d.p("○ 토지거래허가구역 지정 전 정보가 유출되면 투기 우려")
    d.title_meta = "예정지구 경계(안)"
    return res(d, "non_public", "none", [R5, R8], y, ag, "보정률", "undisclosed development boundary with parcel-level price estimates", style=pick_style(r))


@tpl("np_emergency_contact_roster", 3, ["hwpx", "pdf", "text"], "비상연락망")
def t_roster(r, k, fmt):
    y = r.randint(1996, 2026)
    ag = agency(r, r.choice(["city", "fire", "edu", "hospital", "corp"]), y)
    d = Doc()
    d.t("%d년 %s 비상연락망" % (y, r.choice(["재난안전대책본부", "당직·비상소집", "재해대책"])))
    rows = []
    for i in range(r.randint(6, 10)):
        rows.append([r.choice(["본부장", "총괄반", "상황반", "복구반", "지원반"]), nm(r), mobile(r, y), addr(r, ag["city"]), r.choice(["차량", "도보 15분", "차량 30분"])])
    d.tbl(["임무", "성명", "휴대전화", "자택 주소", "소집 수단"], rows)
    d.p("※ 변경 시 즉시 상황실 통보")
    d.cue(rows[0][3], "table_cell")
    d.title_meta = "비상연락망"
    return res(d, "non_public", "none", [R6], y, ag, "자택 주소", "staff roster with personal mobiles and home addresses", style=pick_style(r))


@tpl("np_vuln_findings_unmarked", 2, ["text", "pdf"], "보안")
def t_vuln(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp"]), y)
    d = Doc()
    d.t("모의해킹 결과 조치 현황")
    rows = [[r.choice(["www", "minwon", "intra", "mail", "vpn"]) + "." + ag["city"][2] + ".go.kr", r.choice(["관리자 계정 admin/기본 비밀번호", "디렉터리 리스팅", "XSS(게시판 제목)", "업로드 확장자 우회"]),
             r.choice(["미조치", "조치 중"])] for _ in range(r.randint(3, 5))]
    d.tbl(["대상", "발견 취약점", "조치 상태"], rows)
    d.p("○ 외부 침투 경로: 인터넷망 → %s → 업무망 연계 서버(망연계 정책 예외 1건)" % rows[0][0])
    d.title_meta = "모의해킹 결과"
    return res(d, "non_public", "none", [R3], y, ag, "미조치" if any(x[2] == "미조치" for x in rows) else "조치 중", "unfixed vulnerabilities with hostnames and attack path",
               style=pick_style(r))


@tpl("np_eval_committee_pool", 2, ["text", "hwpx"], "입찰평가")
def t_pool(r, k, fmt):
    y = r.randint(2008, 2026)
    ag = agency(r, r.choice(["city", "corp", "edu"]), y)
    d = Doc()
    d.t("%s 제안서 평가위원 후보자 명단(추첨용)" % r.choice(["스마트 교통", "공공청사 설계공모", "통합관제센터"]))
    rows = [[str(i + 1), nm(r), r.choice(["○○대 교수", "기술사", "연구원 책임연구원", "공무원(타 기관)"]), mobile(r, y), gov_mail(r, y, romanize_id(r)) if r.random() < 0.3 else "%s@%s" % (romanize_id(r), r.choice(["gmail.com", "naver.com"]))] for i in range(r.randint(6, 10))]
    d.tbl(["번호", "성명", "소속", "휴대전화", "이메일"], rows)
    d.p("○ 평가일: %s, 추첨일: 평가 전일. 평가 전 명단 유출 시 로비 우려" % dfmt(dt(r, y)))
    d.cue(rows[0][3], "table_cell")
    d.title_meta = "평가위원 후보자"
    return res(d, "non_public", "none", [R5, R6], y, ag, "추첨용", "candidate evaluators before the evaluation, with private contacts", style=pick_style(r))


@tpl("np_elder_abuse_case", 2, ["pdf", "text"], "사례관리")
def t_elder(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "province"]), y)
    d = Doc()
    who = nm(r)
    d.t("노인학대 사례판정 회의 결과")
    d.kv([("피해 노인", "%s(%d세, %s)" % (who, r.randint(68, 95), r.choice(["남", "여"]))), ("행위자", "아들 %s" % nm(r)), ("신고일", dfmt(dt(r, y)))])
    d.p("○ 학대 유형: %s\n○ 건강 상태: %s\n○ 판정: 학대 사례(%s)\n○ 조치: 쉼터 일시 입소, 행위자 상담" % (r.choice(["신체적·경제적", "방임", "정서적"]), r.choice(["치매 중기, 욕창", "뇌경색 후유증 편마비", "당뇨 합병증"]), r.choice(["잠재", "응급", "비응급"])))
    d.cue(who, "kv_field")
    d.title_meta = "사례판정"
    return res(d, "non_public", "none", [R6, P23], y, ag, who, "named elder abuse case with health details", style=pick_style(r))


@tpl("np_ems_activity_log", 2, ["hwpx", "text"], "구급")
def t_ems(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, "fire", y)
    d = Doc()
    who = nm(r)
    d.t("구급활동일지")
    d.kv([("출동 일시", "%s %02d:%02d" % (dfmt(dt(r, y)), r.randint(0, 23), r.randint(0, 59))), ("환자", "%s (%s, %d세)" % (who, r.choice(["남", "여"]), r.randint(1, 95))),
          ("연락처", mobile(r, y)), ("주소", addr(r, ag["city"]))])
    d.p("○ 주 증상: %s\n○ 활력징후: 혈압 %d/%d, 맥박 %d, SpO2 %d%%\n○ 처치: 산소 투여, 정맥로 확보\n○ 이송 병원: %s" %
        (r.choice(["흉통", "의식 저하(음주 추정)", "자해 열상(좌측 손목)", "경련"]), r.randint(80, 180), r.randint(50, 110), r.randint(50, 140), r.randint(85, 99), r.choice(["○○대병원 권역응급센터", "%s의료원" % ag["city"][1][:-1]])))
    d.cue(who, "kv_field")
    d.title_meta = "구급활동일지"
    return res(d, "non_public", "none", [R6, P23], y, ag, "주 증상", "ambulance record of a named patient", style=pick_style(r))


@tpl("np_112_case_sheet", 2, ["text", "pdf"], "수사·단속")
def t_112(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, "police", y)
    d = Doc()
    caller = nm(r)
    susp = nm(r)
    d.t("112 신고사건 처리표")
    d.kv([("접수번호", "%d%02d%05d" % (y, r.randint(1, 12), r.randint(1, 99999))), ("신고자", "%s (%s)" % (caller, mobile(r, y))), ("코드", r.choice(["C0", "C1"])),
          ("사건 종별", r.choice(["가정폭력", "스토킹", "폭행"]))])
    d.p("○ 현장 조치: 피의자 %s(%d세) 현행범 체포, 피해자 분리\n○ 진술 요지: 피해자는 수개월간 반복 피해를 주장\n○ 후속: 형사과 인계, 접근금지 긴급임시조치 신청 검토" % (susp, r.randint(20, 70)))
    d.cue(caller, "kv_field")
    d.title_meta = "112 신고사건 처리표"
    return res(d, "non_public", "none", [R4, R6], y, ag, "현행범 체포", "police call sheet naming caller and suspect in an open case", style=pick_style(r))


@tpl("np_union_dues_list", 2, ["pdf", "text"], "명단")
def t_union(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, r.choice(["city", "hospital", "corp", "edu"]), y)
    d = Doc()
    un = r.choice(["공무원노동조합 %s지부" % ag["name"], "보건의료노조 %s지부" % ag["name"], "%s 직원노동조합" % ag["name"]])
    d.t("%d년 %d월 조합비 급여 공제 명단(%s)" % (y, r.randint(1, 12), un))
    rows = [[str(i + 1), nm(r), r.choice(["간호부", "행정과", "시설팀", "민원과"]), "%d%05d" % (y % 100, r.randint(1, 99999)), won(r.choice([15000, 18000, 20000, 24000]))] for i in range(r.randint(6, 10))]
    d.tbl(["연번", "성명", "부서", "사번", "공제액(원)"], rows)
    d.cue(un, "title")
    d.title_meta = "조합비 공제 명단"
    return res(d, "non_public", "none", [R6, P23], y, ag, "조합비", "named list of trade-union members", style=pick_style(r))


@tpl("np_exam_setting_plan", 2, ["hwpx", "text"], "시험")
def t_exam(r, k, fmt):
    y = r.randint(2003, 2026)
    ag = agency(r, r.choice(["edu", "city", "corp"]), y)
    d = Doc()
    d.t("%d년 %s 출제 계획" % (y, r.choice(["중등 교사 임용 2차 면접 문항", "신규 직원 필기시험", "기능직 승진 시험"])))
    d.p("○ 출제 기간: %s ~ (합숙, 외부 연락 차단)\n○ 출제위원 %d명, 검토위원 %d명\n○ 출제 영역과 배점: 문항 1(교육과정 재구성, 20점), 문항 2(학급 갈등 상황 대처, 20점)\n○ 예비 문항 보관: 본 문항의 50%%" %
        (dfmt(dt(r, y)), r.randint(4, 9), r.randint(2, 4)))
    d.title_meta = "출제 계획"
    return res(d, "non_public", "none", [R5], y, ag, "출제", "exam questions and setting plan before the exam", style=pick_style(r))


@tpl("np_sick_leave_decision", 2, ["text", "pdf"], "인사·복무")
def t_sick(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, r.choice(["city", "edu", "police"]), y)
    d = Doc()
    who = nm(r)
    diag = r.choice(["갑상선암(수술 후 방사성요오드 치료)", "중증 우울 에피소드", "슬관절 전방십자인대 파열", "임신 중 절박유산"])
    d.t("질병휴직 처리 검토")
    d.kv([("대상", "%s %s" % (r.choice(["주무관", "교사", "경사"]), who)), ("진단명", diag), ("기간", "%s부터 6개월" % dfmt(dt(r, y))), ("근거", "진단서(%s 발행)" % r.choice(["○○대병원", "○○정신건강의학과의원"]))])
    d.p("○ 휴직 요건 충족. 복직 시 완치 진단서 제출 조건으로 처리 의견")
    d.cue(diag, "kv_field")
    d.title_meta = "질병휴직 검토"
    return res(d, "non_public", "none", [R6, P23], y, ag, diag, "leave decision exposing a named official's diagnosis", style=pick_style(r))


@tpl("np_inmate_transfer_plan", 1, ["pdf"], "교정")
def t_inmate(r, k, fmt):
    y = r.randint(2000, 2026)
    ag = agency(r, "prison", y)
    d = Doc()
    d.t("수용자 이송 계획")
    rows = [[str(i + 1), nm(r), "%d" % r.randint(1000, 9999), r.choice(["강도상해", "마약류관리법위반", "특수폭행", "사기"]), r.choice(["S3", "S4", "S2"]), r.choice(["○○교도소", "○○구치소"])] for i in range(r.randint(4, 6))]
    d.tbl(["연번", "성명", "수용번호", "죄명", "처우급", "이송지"], rows)
    d.p("○ 이송일: %s %02d:00, 호송 차량 2대, 계호 인원 %d명\n○ 도주 우려자 1명 보호장비 착용" % (dfmt(dt(r, y)), r.randint(5, 9), r.randint(6, 12)))
    d.cue(rows[0][3], "table_cell")
    d.title_meta = "이송 계획"
    return res(d, "non_public", "none", [R4, R6, P23], y, ag, "계호 인원", "inmate transfer schedule with names and offences", style=pick_style(r))


@tpl("np_promotion_memo", 2, ["text", "hwpx"], "인사")
def t_promo_memo(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["city", "edu"]), y)
    d = Doc()
    a_, b_, c_ = nm(r), nm(r), nm(r)
    d.p("[메모] %s님께" % r.choice(["부시장", "부교육감", "국장"]))
    d.p("%d. %d. 승진 관련 실무 검토입니다.\n- %s(세무): 서열 1위이나 %d년 경고 이력, 부서장 추천 약함\n- %s(복지): 서열 3위, 현안 처리 실적 우수 — 발탁 검토 가능\n- %s(건설): 육아휴직 복귀 %d개월, 이번은 보류 의견\n위원회 전에 방향 말씀 주시면 맞추겠습니다. -인사팀장-" %
        (y, r.randint(1, 12), a_, y - 1, b_, c_, r.randint(1, 6)))
    d.cue(a_, "body")
    d.title_meta = "메모"
    return res(d, "non_public", "none", [R5, R6], y, ag, "승진 관련 실무 검토", "informal note steering a promotion decision with staff details", style=pick_style(r))


@tpl("np_complaint_investigation", 2, ["pdf", "text"], "진정조사")
def t_complaint_inv(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, r.choice(["city", "hospital", "edu", "corp"]), y)
    d = Doc()
    p_ = nm(r)
    q_ = nm(r)
    d.t("직장 내 괴롭힘 신고 사건 조사 중간 보고")
    d.kv([("신고인", "%s (%s)" % (p_, r.choice(["간호사", "공무직", "주무관"]))), ("피신고인", "%s (%s)" % (q_, r.choice(["수간호사", "팀장", "과장"]))), ("접수", dfmt(dt(r, y)))])
    d.p("○ 신고 내용: 공개 질책, 업무 배제, 사적 심부름 요구\n○ 참고인 %d명 면담: 2명은 신고 내용 일부 목격 진술\n○ 신고인은 불면·불안으로 정신건강의학과 진료 중(진단서 제출)\n○ 조사 종료 전 분리 조치 유지, 결과 미확정" % r.randint(3, 6))
    d.cue(p_, "kv_field")
    d.title_meta = "괴롭힘 조사 중간 보고"
    return res(d, "non_public", "none", [R5, R6, P23], y, ag, "조사 중간 보고", "open harassment investigation naming both parties, with the complainant's health data",
               style=pick_style(r))


@tpl("np_assembly_named_list", 2, ["text", "hwpx"], "국정감사")
def t_assembly_named(r, k, fmt):
    y = r.randint(2006, 2025)
    ag = agency(r, r.choice([min_edu(y), "경찰청", min_home(y)]), y)
    d = Doc()
    d.t("국정감사 요구자료 %d번 원자료(징계자 개인별 현황)" % r.randint(1, 200))
    rows = [[str(yy), nm(r), r.choice(["○○경찰서 경사", "○○교육청 교사", "○○시 주무관"]), r.choice(["음주운전(벌금 500만원)", "성매매(기소유예)", "폭행(벌금 300만원)", "음주운전(벌금 1천만원)"]), r.choice(["정직 1월", "감봉 3월", "해임"])]
            for yy in range(y - 4, y)]
    d.tbl(["연도", "성명", "소속·직급", "비위(형사처분)", "징계"], rows)
    d.p("※ 제출용 자료는 성명을 삭제하고 유형별 건수만 제출(내부 원자료)")
    d.cue(rows[0][1], "table_cell")
    d.title_meta = "국감 원자료"
    return res(d, "non_public", "none", [R6, P23], y, ag, "원자료", "raw named list of disciplined staff with criminal outcomes (the submitted version was aggregate)",
               style=pick_style(r))


@tpl("np_personnel_committee_transcript", 2, ["pdf", "text"], "회의록")
def t_transcript(r, k, fmt):
    y = r.randint(2002, 2026)
    ag = agency(r, r.choice(["city", "edu", "corp"]), y)
    d = Doc()
    who = nm(r)
    d.t("%d년 제%d회 인사위원회 속기록" % (y, r.randint(1, 12)))
    d.p("위원장: 다음은 %s 주사의 징계 건입니다. 간사 설명해 주십시오.\n간사: 혐의자는 출장비를 %d회에 걸쳐 허위로 청구하여 %s원을 받았습니다.\n"
        "위원 A: 본인은 착오라고 소명했는데, 반복성이 있어 보입니다. 감봉이 적정하다고 봅니다.\n위원 B: 근무 평가가 좋았고 전액 반납했으니 견책도 고려해야 합니다.\n위원장: 표결하겠습니다. (표결 결과: 감봉 %d표, 견책 %d표)" %
        (who, r.randint(3, 12), won(r.randint(20, 300) * 10000), r.randint(3, 5), r.randint(1, 3)))
    d.cue(who, "body")
    d.title_meta = "인사위원회 속기록"
    return res(d, "non_public", "none", [R5, R6], y, ag, "표결", "verbatim deliberation of a disciplinary committee on a named official", style=pick_style(r))


@tpl("np_handover_pending", 1, ["hwpx"], "인수인계")
def t_handover_np(r, k, fmt):
    y = r.randint(2006, 2026)
    ag = agency(r, r.choice(["city", "corp"]), y)
    d = Doc()
    d.t("업무 인수인계서(%s)" % r.choice(["도시재생팀장", "투자유치 담당"]))
    d.kv([("인계자", "팀장 %s" % nm(r)), ("인수자", "팀장 %s" % nm(r)), ("인계일", dfmt(dt(r, y)))])
    d.p("1. 진행 중 현안\n  ○ %s와 기부채납 비율 협상 중 — 상대측 %d%% 주장, 우리 측 최종 %d%%까지 양보 가능(시장 구두 승인, 외부 언급 금지)\n  ○ 감사원 지적 사항 소명 자료 작성 중(초안 파일 위치: 공유폴더 3번)\n"
        "2. 유의사항\n  ○ 인근 토지주 %s 씨가 개발 정보 요구 — 응대 시 정보 제공 불가" % (r.choice(COMPANIES), r.randint(5, 10), r.randint(12, 18), nm(r)))
    d.title_meta = "업무 인수인계서"
    return res(d, "non_public", "none", [R5, R6], y, ag, "양보 가능", "handover exposing an ongoing negotiation limit and a named landowner", style=pick_style(r))


# ============================ long documents ================================
TASKS = {
    "city": [("생활 안전망 강화", ["노후 보안등 LED 교체 %d개소", "어린이보호구역 무인단속카메라 %d대 추가", "침수 우려 지하차도 진입 차단시설 %d곳 설치"]),
             ("지역경제 활성화", ["지역화폐 발행 %d억 원", "전통시장 주차환경 개선 %d곳", "청년 창업 공간 입주기업 %d개 지원"]),
             ("탄소중립 실천", ["공공건물 태양광 %d곳 설치", "전기차 충전기 %d기 확충", "음식물류 폐기물 감량 기기 %d대 보급"]),
             ("복지 사각지대 해소", ["위기가구 발굴 조사 %d가구", "1인 가구 안부 확인 서비스 %d명", "긴급복지 지원 기준 완화"]),
             ("열린 행정 구현", ["주민참여예산 %d억 원 편성", "사전 정보공표 목록 %d종 확대", "민원 처리 기간 평균 %d일 단축"])],
    "edu": [("기초학력 보장", ["협력교사 %d명 배치", "학습종합클리닉센터 %d곳 운영", "진단검사 참여율 %d%% 목표"]),
            ("안전한 학교", ["석면 해체 %d개교", "내진 보강 %d개교", "통학로 안전 점검 %d회"]),
            ("교육 격차 해소", ["방과후 자유수강권 %d명", "원격수업 기기 %d대 대여", "다문화 학생 한국어 학급 %d개"]),
            ("교원 업무 경감", ["행정업무 이관 %d종", "공문 감축 %d%%", "업무지원팀 %d개교 시범"])],
    "fire": [("현장 대응 역량 강화", ["구조대원 특수훈련 %d회", "고성능 화학차 %d대 도입", "출동 시간 %d분 이내 도착률 향상"]),
             ("화재 예방", ["주택용 소방시설 %d가구 보급", "전통시장 합동 점검 %d회", "소방안전교육 %d회"]),
             ("구급 서비스 고도화", ["구급대원 전문자격 취득 %d명", "심정지 환자 소생률 %d%% 목표", "원격 의료지도 %d건"])],
    "corp": [("경영 효율화", ["부채비율 %d%% 이하 관리", "에너지 비용 %d%% 절감", "유휴 자산 %d건 매각"]),
             ("고객 서비스 개선", ["시설 이용 만족도 %d점 목표", "비대면 예약 시스템 %d종 확대", "민원 응답 시간 %d시간 이내"]),
             ("안전 경영", ["중대재해 예방 점검 %d회", "협력업체 안전 교육 %d회", "노후 설비 교체 %d건"])],
}


def fill(it, r):
    return it % r.randint(3, 90) if "%d" in it else it


@tpl("pub_annual_work_plan", 3, ["pdf", "hwpx", "text"], "업무계획")
def t_work_plan(r, k, fmt):
    y = r.randint(2006, 2026)
    kind = ["city", "edu", "fire", "corp"][(k + r.randint(0, 3)) % 4]
    ag = agency(r, kind, y)
    d = Doc()
    if fmt != "text":
        d.header = "%d년 주요업무 추진계획" % y
        d.header_align = "R"
    d.t("%d년 주요업무 추진계획" % y)
    d.c(ag["name"])
    d.p("Ⅰ. 비전 및 목표\n  ○ 비전: %s\n  ○ 목표: %s" % (r.choice(["시민이 행복한 안전도시", "모두가 성장하는 교육", "신뢰받는 공공서비스"]),
                                                 r.choice(["현장 중심 행정, 성과로 답하는 조직", "기본이 튼튼한 기관", "소통하고 협력하는 조직문화"])))
    d.p("Ⅱ. %d년 주요 성과" % (y - 1))
    d.tbl(["분야", "성과", "비고"], [[t0, fill(r.choice(items), r), r.choice(["목표 초과", "목표 달성", "일부 미달"])] for t0, items in TASKS[kind]])
    d.p("Ⅲ. 여건 분석\n  ○ (기회) 정부 정책 기조와 연계한 국비 확보 여건 양호\n  ○ (위협) 세입 여건 악화와 인건비·운영비 증가로 재정 부담 확대\n  ○ (과제) 사업 우선순위 재조정과 성과 중심 예산 편성 필요")
    d.p("Ⅳ. 분야별 추진 과제")
    for i, (t0, items) in enumerate(TASKS[kind]):
        d.p("%d. %s\n%s" % (i + 1, t0, "\n".join("  ○ " + fill(it, r) for it in items)))
        d.p("  - 추진 배경: %s\n  - 추진 방법: %s\n  - 기대 효과: %s" % (
            r.choice(["관련 민원이 최근 3년간 꾸준히 늘고 있어 선제적 대응이 필요함", "상위 계획과 정부 정책 방향에 맞춘 과제 재정비가 요구됨",
                      "현장 점검 결과 시설 노후화와 인력 부족이 주요 문제로 확인됨", "이용자 설문에서 개선 요구가 가장 높게 나타난 분야임"]),
            r.choice(["관계 기관 협업 체계를 구성하고 분기별로 추진 상황을 점검", "시범 운영 후 성과를 분석하여 단계적으로 확대",
                      "민간 전문가 자문과 주민 의견 수렴을 거쳐 세부 계획 확정", "국비 공모사업과 연계하여 재원을 확보"]),
            r.choice(["서비스 만족도 향상과 행정 신뢰도 제고", "예산 절감과 업무 효율화", "취약계층 보호 강화", "현장 대응 시간 단축"])))
        if r.random() < 0.5:
            d.tbl(["세부 과제", "%d년 목표" % y, "소요 예산(백만원)"], [[it.split(" %")[0], str(r.randint(3, 90)), won(r.randint(50, 9000))] for it in items])
    d.pb()
    d.p("Ⅴ. 예산 총괄")
    tot = 0
    rows = []
    for t0, _ in TASKS[kind]:
        a_ = r.randint(300, 30000)
        tot += a_
        rows.append([t0, won(a_)])
    rows.append(["합계", won(tot)])
    d.tbl(["분야", "예산(백만원)"], rows)
    d.p("Ⅵ. 추진 일정\n  ○ 1분기: 세부 계획 수립 및 예산 조기 집행\n  ○ 2~3분기: 사업 본격 추진, 중간 점검\n  ○ 4분기: 성과 평가 및 차년도 계획 반영")
    d.title_meta = "주요업무 추진계획"
    return res(d, "public", "none", [], y, ag, "주요업무 추진계획", "long annual work plan, published", style=pick_style(r))


@tpl("part_long_planning_committee", 2, ["pdf", "text"], "회의록")
def t_long_committee(r, k, fmt):
    y = r.randint(2004, 2026)
    ag = agency(r, "city", y)
    d = Doc()
    d.t("%d년 제%d차 %s 도시계획위원회 회의록" % (y, r.randint(1, 12), ag["name"]))
    d.kv([("일시", dfmt(dt(r, y)) + " 14:00"), ("장소", "%s 소회의실" % ag["name"]), ("참석", "위원 %d명(재적 %d명), 간사 도시계획과장" % (r.randint(12, 20), r.randint(20, 25)))])
    owner = nm(r)
    owner_addr = addr(r, ag["city"])
    agenda = [("%s 지구단위계획 변경(안)" % r.choice(DONG), "조건부 의결", "보행자 통로 폭을 4m 이상으로 확보할 것"),
              ("%s 일원 용도지역 변경(안)" % r.choice(DONG), "재심의", "교통영향 자료 보완 후 재상정"),
              ("도시계획시설(공원) 결정 변경(안)", "원안 의결", "")]
    for i, (ttl, concl, cond) in enumerate(agenda):
        d.p("제%d호 안건: %s" % (i + 1, ttl))
        d.p("○ 간사 설명: 사업 면적 %s㎡, 건폐율 %d%%, 용적률 %d%% 계획. 주민 열람 결과 의견 %d건 접수" % (won(r.randint(3000, 90000)), r.randint(20, 60), r.randint(150, 300), r.randint(0, 12)))
        d.p("○ 위원 A: 주변 경관과의 조화를 위해 층수 계획을 다시 검토할 필요가 있습니다.\n○ 위원 B: 주차 수요 산정 근거가 부족합니다. 인근 공영주차장 이용률 자료를 제시해 주십시오.\n"
            "○ 간사: 보완하여 다음 회의에 보고드리겠습니다.")
        if i == 0:
            d.p("○ 이해관계인 의견 진술: 토지소유자 %s(%s)은 \"편입 토지의 잔여지가 활용이 어려워 매수 청구를 원한다\"고 진술함." % (owner, owner_addr))
        d.p("○ 심의 결과: %s%s" % (concl, (" — 조건: " + cond) if cond else ""))
    d.p("※ 이 회의록은 「국토의 계획 및 이용에 관한 법률」 제113조의2에 따라 공개하며, 위원 성명은 표기하지 않음.")
    d.cue(owner, "body").cue(owner_addr, "body")
    d.title_meta = "도시계획위원회 회의록"
    return res(d, "partial", "none", [R6], y, ag, owner_addr, "long minutes disclosable by statute, but an objecting landowner is named with address",
               style=pick_style(r))


@tpl("np_long_audit_findings", 2, ["hwpx", "pdf"], "감사")
def t_long_audit(r, k, fmt):
    y = r.randint(2005, 2026)
    ag = agency(r, r.choice(["province", "city", "edu"]), y)
    d = Doc()
    tgt = r.choice(CITIES)[1]
    d.t("%s 종합감사 결과 처분요구(안) — 감사위원회 상정 전" % tgt)
    d.p("Ⅰ. 감사 개요\n  ○ 감사 기간: %s ~ %s(%d일간)\n  ○ 감사 범위: 최근 3년간 업무 전반\n  ○ 감사반: 반장 감사팀장 외 %d명" % (dfmt(dt(r, y, 3, 4)), dfmt(dt(r, y, 5, 6)), r.randint(8, 15), r.randint(5, 10)))
    d.p("Ⅱ. 지적 사항(안)")
    names = []
    for i in range(r.randint(4, 7)):
        who = nm(r)
        names.append(who)
        issue = r.choice([("보조금 정산 검사 소홀", "보조사업자가 제출한 영수증 %d건(%s원)이 실제 거래와 다름에도 정산을 승인함"),
                          ("수의계약 부당 체결", "동일 업체와 %d회에 걸쳐 분할 수의계약(%s원)을 체결함"),
                          ("초과근무수당 부당 수령", "실제 근무하지 않은 시간 %d시간을 입력하여 %s원을 부당 수령함"),
                          ("공유재산 관리 소홀", "무단 점용 %d건을 방치하여 변상금 %s원을 부과하지 않음")])
        d.p("%d. %s\n  ○ 내용: %s\n  ○ 관련자: %s %s (%s)\n  ○ 관련자 소명: \"%s\"\n  ○ 처분(안): %s" %
            (i + 1, issue[0], issue[1] % (r.randint(2, 30), won(r.randint(100, 9000) * 10000)), r.choice(["주무관", "팀장", "지방행정주사"]), who,
             r.choice(["당시 담당", "결재권자", "현 담당"]), r.choice(["업무 과중으로 확인하지 못했다", "관행에 따른 것이었다", "규정을 잘못 이해했다", "사실과 다르다"]),
             r.choice(["경징계 요구", "훈계", "중징계 요구 검토", "주의 및 회수"])))
    d.p("Ⅲ. 향후 처리\n  ○ 감사위원회 심의 후 처분 확정, 관련자 재심의 신청 기간 부여\n  ○ 확정 전 대외 공개 불가")
    d.cue(names[0], "body")
    d.title_meta = "처분요구(안)"
    return res(d, "non_public", "none", [R5, R6], y, ag, "상정 전", "long draft audit findings naming staff before the committee decides", style=pick_style(r))


# ----------------------------------------------------------------------------
# label-neutral length: extra sections a writer adds to plans, letters, releases
# ----------------------------------------------------------------------------
EXT = {
    "report": ["pub_hearing_material", "pub_budget_explainer", "pub_council_answer", "pub_travel_report", "pub_audit_disclosure",
               "pub_exec_meeting", "pub_disclosure_guide", "pub_security_textbook", "pub_statistics", "pub_declassified_doc",
               "part_compensation_record", "part_subsidy_recipients", "part_plan_with_candidate_sites", "part_fire_investigation",
               "part_proposal_eval_result", "part_travel_with_citizen",
               "np_confid_site_review", "np_confid_crackdown_plan", "np_confid_vuln_report", "np_confid_building_defense",
               "np_confid_negotiation", "np_secret3_emergency_plan", "np_secret3_key_facility", "np_secret2_national",
               "np_stated_feasibility_review", "np_stated_ongoing_audit", "np_dev_site_prices", "np_negotiation_plan",
               "np_internal_inspection", "np_litigation_pending", "np_exam_setting_plan", "np_vuln_findings_unmarked"],
    "letter": ["pub_coop_request", "pub_cover_letter", "pub_overclassified", "pub_declass_notice", "pub_old_ocr_letter",
               "part_mislabeled_open_rrn", "part_training_participants"],
    "press": ["pub_press_release"],
}
EXT_OF = {n: k for k, v in EXT.items() for n in v}

STEPS = ["관계 부서 실무 회의", "자문위원 의견 수렴", "현장 확인", "중간 보고(부서장)", "예산 부서 협의", "법률 검토 의뢰",
         "관계 기관 간담회", "기초 자료 조사", "추진계획 수립", "실무 작업반 구성"]
LAWS = ["「지방자치법」 제%d조", "「지방재정법」 제%d조", "「국가재정법」 제%d조", "「재난 및 안전관리 기본법」 제%d조",
        "「행정절차법」 제%d조", "「지방공무원법」 제%d조", "「공유재산 및 물품 관리법」 제%d조"]
DEPTS = ["기획예산과", "법무팀", "회계과", "정보통신과", "자치행정과", "안전총괄과", "홍보담당관", "총무과"]


def _ext_report(r, y):
    blocks = []
    chosen = set(r.sample(["history", "plan", "admin", "law", "risk"], r.randint(1, 4)))
    dstyle = r.choice([0, 1, 3, 5])
    last = datetime.date(y, 1, 1) + datetime.timedelta(days=r.randint(0, 150))
    for kd in ["history", "risk", "law", "plan", "admin"]:
        if kd not in chosen:
            continue
        if kd == "history":
            rows = []
            for st in r.sample(STEPS, r.randint(3, 6)):
                last += datetime.timedelta(days=r.randint(3, 30))
                rows.append([dfmt(last, dstyle), st])
            blocks.append(("p", "□ 추진 경과"))
            blocks.append(("table", ["일자", "내용"], rows))
        elif kd == "plan":
            m0 = min(last.month + 1, 10)
            blocks.append(("p", "□ 향후 계획\n  ○ %d월: 관계 기관 협의 및 보완\n  ○ %d월: 최종안 보고\n  ○ %d월 이후: 시행 및 결과 점검" % (m0, m0 + 1, m0 + 2)))
        elif kd == "admin":
            a, b = r.sample(DEPTS, 2)
            blocks.append(("p", "□ 행정사항\n  ○ 소요 예산: %d년 일반회계 %s 과목(%s천원)\n  ○ 협조 부서: %s, %s\n  ○ 추진 상황은 분기별로 점검하여 보고" %
                           (y, r.choice(["사무관리비", "시설비", "일반운영비", "연구용역비"]), won(r.randint(5, 900) * 100), a, b)))
        elif kd == "law":
            ls = r.sample(LAWS, 2)
            blocks.append(("p", "□ 관련 근거\n  ○ %s\n  ○ %s 및 같은 법 시행령" % (ls[0] % r.randint(2, 150), ls[1] % r.randint(2, 90))))
        else:
            blocks.append(("p", "□ 고려 사항\n  ○ 일정 지연 시 예산 이월 가능성 검토\n  ○ 관계 부서 간 역할 분담 명확화 필요\n  ○ 추진 과정에서 나온 의견은 정리하여 차기 보고에 반영"))
    return blocks


def _ext_letter(r, n):
    return ("%d. 행정사항\n  가. 기한 내 제출하여 주시고, 해당 사항이 없는 경우에도 '해당 없음'으로 회신 바랍니다.\n"
            "  나. 관련 서식은 업무관리시스템 문서함에서 내려받을 수 있습니다.\n  다. 추진 과정에서 불편 사항이 있으면 담당 부서로 알려 주시기 바랍니다." % n)


def _ext_press(r, y):
    return [("p", "○ 한편, 지난해에도 비슷한 사업을 추진해 이용자 만족도 %d점을 받았으며, 올해는 현장 의견을 반영해 운영 방식을 보완했다." % r.randint(78, 95)),
            ("p", "○ 관계자는 \"시민 누구나 쉽게 이용할 수 있도록 안내를 강화하겠다\"며 \"궁금한 점은 누리집이나 대표전화로 문의해 달라\"고 말했다.")]


def extend_doc(doc, r, y, flavor):
    if flavor == "letter":
        for i, b in enumerate(doc.blocks):
            if b[0] == "p" and "끝." in b[1]:
                nums = [int(x) for x in re.findall(r"(?m)^(\d+)\.", b[1])]
                n = (max(nums) + 1) if nums else 3
                txt = b[1]
                pos = txt.rfind("끝.")
                head = txt[:pos].rstrip()
                lines = head.split("\n")
                att = [j for j, ln in enumerate(lines) if ln.startswith("붙임")]
                if att:
                    j = att[-1]
                    newtxt = "\n".join(lines[:j] + [_ext_letter(r, n)] + lines[j:]) + "  끝." + txt[pos + 2:]
                    doc.blocks[i] = ("p", newtxt)
                elif head.endswith(".") or head.endswith("다"):
                    newtxt = head + "\n" + _ext_letter(r, n) + "  끝." + txt[pos + 2:]
                    doc.blocks[i] = ("p", newtxt)
                return
        return
    new = _ext_report(r, y) if flavor == "report" else _ext_press(r, y)
    # insert after the last body block (before signatures, bottom stamps and 예고문)
    idx = len(doc.blocks)
    while idx > 0:
        b = doc.blocks[idx - 1]
        if b[0] in ("center", "right", "blank") or (b[0] == "p" and (b[1].startswith(("예고문", "사본", "붙임", "문의", "※")) or len(b[1]) < 45)):
            idx -= 1
            continue
        break
    if idx == 0:
        idx = len(doc.blocks)
    doc.blocks[idx:idx] = new


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------
ID_RE = [re.compile(r"(?<![\d-])\d{6}-[1-8]\d{6}(?![\d])"),
         re.compile(r"(?<![A-Z0-9])[MSRGD]\d{8}(?![0-9])"),
         re.compile(r"(?<![A-Z0-9])[MSRGD]\d{3}[A-Z]\d{4}(?![0-9])"),
         re.compile(r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")]


def unmasked_ids(text):
    t = unicodedata.normalize("NFKC", text)
    hits = []
    for rx in ID_RE:
        for m in rx.finditer(t):
            if "법인등록번호" in t[max(0, m.start() - 12):m.start()]:
                continue
            hits.append(m.group(0))
    return hits


def implied(stated):
    if stated is None:
        return None
    if "부분공개" in stated:
        return "partial"
    if "비공개" in stated:
        return "non_public"
    return "public"


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def validate(sid, t, out, doc, fmt, check_text):
    sq = squash(check_text)
    for s_, w in doc.cues:
        if fmt == "text":
            assert s_ in check_text, (sid, t["name"], "cue missing", s_)
        else:
            assert squash(s_) in sq, (sid, t["name"], "cue missing in file", s_)
    assert squash(out["deciding"]) in sq, (sid, t["name"], "deciding cue missing", out["deciding"])
    ids = unmasked_ids(check_text)
    assert (len(ids) > 0) == ("PIPA-24" in out["reasons"]), (sid, t["name"], "PIPA-24 mismatch", ids)
    if out["disclosure"] == "public":
        assert out["reasons"] == [], (sid, t["name"])
    else:
        assert out["reasons"], (sid, t["name"])
    if out["marking"] in ("III급", "II급", "I급"):
        assert "OIDA-9-1-1" in out["reasons"] and ("OIDA-9-1-2" in out["reasons"] or "OIDA-9-1-3" in out["reasons"]), sid
    else:
        assert "OIDA-9-1-1" not in out["reasons"], sid
    if out["marking"] != "none":
        assert out["disclosure"] == "non_public", sid
    assert out["reasons"] == sorted(set(out["reasons"])), sid


def plan_formats():
    rr = random.Random("%d:formats" % SEED)
    plan = []
    for t in TEMPLATES:
        for k in range(t["n"]):
            plan.append([t, k, t["formats"][k % len(t["formats"])]])
    count = {"hwpx": 0, "pdf": 0}
    for p_ in plan:
        if p_[2] in count:
            count[p_[2]] += 1
    for fmt in ("hwpx", "pdf"):
        surplus = count[fmt] - TARGET_FORMATS[fmt]
        cands = [p_ for p_ in plan if p_[2] == fmt]
        rr.shuffle(cands)
        for p_ in cands:
            if surplus <= 0:
                break
            same_t = [q for q in plan if q[0] is p_[0] and q[2] != "text"]
            if len(same_t) <= 1:
                continue       # keep at least one file instance per template that has one
            if p_[0]["name"].startswith(("np_secret", "np_confid")):
                continue       # marked documents keep their file form (headers, footers, cells)
            p_[2] = "text"
            surplus -= 1
    return plan


def main():
    import logging
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    plan = plan_formats()
    order = random.Random("%d:order" % SEED)
    order.shuffle(plan)
    recs, metas = [], []
    for i, (t, k, fmt) in enumerate(plan):
        sid = "sf-%04d" % (i + 1)
        r = random.Random("%d:%s:%d" % (SEED, t["name"], k))
        out = t["fn"](r, k, fmt)
        doc = out["doc"]
        rx = random.Random("%d:ext:%s:%d" % (SEED, t["name"], k))
        if t["name"] in EXT_OF and rx.random() < 0.55:
            extend_doc(doc, rx, out["year"], EXT_OF[t["name"]])
        month = 1 + (k * 5 + len(t["name"])) % 12
        rec = {"id": sid}
        style = out["style"] or {}
        if fmt == "text":
            text = render_text(doc, random.Random("%d:text:%s:%d" % (SEED, t["name"], k)), style)
            rec["text"] = text
            check_text = text
        else:
            doc.font = ["NanumGothic", "NanumBarunGothic", "NanumSquare"][(k + len(t["name"])) % 3]
            path = os.path.join(FILES, sid + "." + fmt)
            if fmt == "hwpx":
                data = hwpx_bytes(doc, out["year"], month)
            else:
                pst = {"producer": PDF_PRODUCERS[(k + len(t["name"])) % len(PDF_PRODUCERS)],
                       "red_header": out["marking"] != "none", "pagenum": (k % 3 != 0), "fs": [10.5, 10, 11][k % 3]}
                data = pdf_bytes(doc, out["year"], month, pst)
            with open(path, "wb") as fh:
                fh.write(data)
            rec["file"] = "files/%s.%s" % (sid, fmt)
            check_text = hwpx_text(path) if fmt == "hwpx" else pdf_text(path)
        rec["disclosure"] = out["disclosure"]
        rec["marking"] = out["marking"]
        rec["reasons"] = out["reasons"]
        rec["genre"] = out["genre"] or t["genre"]
        # ---------------- validation of this record ----------------
        try:
            validate(sid, t, out, doc, fmt, check_text)
        except AssertionError as e:
            if os.environ.get("SF_COLLECT"):
                print("FAIL", e)
            else:
                raise
        ids = unmasked_ids(check_text)
        recs.append(rec)
        stated = out["stated"]
        metas.append({
            "id": sid, "template": t["name"], "format": fmt, "year": out["year"], "agency": out["agency"],
            "cues": [{"string": s_, "where": w} for s_, w in doc.cues],
            "deciding_cue": out["deciding"],
            "marking_mention_only": bool(out["mention"]),
            "stated_disclosure_field": stated,
            "stated_field_agrees": (None if stated is None else implied(stated) == out["disclosure"]),
            "has_marking_or_stated_field": bool(out["marking"] != "none" or stated is not None),
            "unmasked_id_numbers": len(ids),
            "text_layout": ({k2: v2 for k2, v2 in sorted(style.items()) if k2 != "protect"} if fmt == "text" else None),
            "label_reason": out["why"],
        })
    with open(os.path.join(HERE, "sens_f.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_f.meta.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m_ in metas:
            fh.write(json.dumps(m_, ensure_ascii=False) + "\n")
    summary(recs, metas)
    write_md5()


def summary(recs, metas):
    from collections import Counter
    fm = Counter(m_["format"] for m_ in metas)
    dc = Counter(r_["disclosure"] for r_ in recs)
    mk = Counter(r_["marking"] for r_ in recs)
    rs = Counter(x for r_ in recs for x in r_["reasons"])
    bare_np = [m_ for m_, r_ in zip(metas, recs) if r_["disclosure"] == "non_public" and not m_["has_marking_or_stated_field"]]
    kinds = sorted(set(m_["template"] for m_ in bare_np))
    n = len(recs)
    files = fm["pdf"] + fm["hwpx"]
    # global requirements
    assert n >= 260 and files >= 100 and fm["hwpx"] >= 30 and fm["pdf"] >= 50, fm
    assert sum(v for k_, v in mk.items() if k_ != "none") >= 25, mk
    assert len(bare_np) >= 50 and len(kinds) >= 15, (len(bare_np), len(kinds))
    print("records", n, dict(fm))
    print("disclosure", dict(dc), {k_: round(v / n, 3) for k_, v in dc.items()})
    print("marking", dict(mk))
    print("reasons", dict(sorted(rs.items())))
    print("non_public without marking or stated field:", len(bare_np), "in", len(kinds), "templates")
    print("mention-only:", sum(1 for m_ in metas if m_["marking_mention_only"]))
    print("stated field disagrees with gold:", sum(1 for m_ in metas if m_["stated_field_agrees"] is False))


def write_md5():
    names = ["sens_f.jsonl", "sens_f.meta.jsonl"] + ["files/" + f for f in sorted(os.listdir(FILES))]
    with open(os.path.join(HERE, "MD5SUMS"), "w", encoding="utf-8", newline="\n") as fh:
        for nm_ in names:
            with open(os.path.join(HERE, nm_), "rb") as f:
                fh.write("%s  %s\n" % (hashlib.md5(f.read()).hexdigest(), nm_))


if __name__ == "__main__":
    main()
