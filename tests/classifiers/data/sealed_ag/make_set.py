#!/usr/bin/env python3
"""sens_ag: independent evaluation set for Korean public-sector document sensitivity.

Deterministic generator (standard library + reportlab only).  Every random choice
comes from random.Random("sens_ag-2026|<template>|<variant>") string seeds, zip
entries carry a fixed timestamp and reportlab runs with invariant=1, so re-running
reproduces byte-identical output regardless of PYTHONHASHSEED.

Usage:  python make_set.py          (writes everything, validates, writes MD5SUMS last)
"""
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
import xml.etree.ElementTree as ET

from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(OUT, "files")
SETNAME = "sens_ag"
ZIP_DT = (2026, 1, 1, 0, 0, 0)

R = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]
R1, R2, R3, R4, R5, R6, R7, R8, P23, P24 = R
MARKS = ["none", "대외비", "III급", "II급", "I급"]


def rng(template, variant):
    return random.Random("%s-2026|%s|%s" % (SETNAME, template, variant))


def order(reasons):
    s = set(reasons)
    return [r for r in R if r in s]


# ---------------------------------------------------------------- pools
SUR = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 "
       "주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 "
       "육 인 맹 탁 국 어 은 편 용").split() + ["남궁", "황보", "선우", "제갈", "독고"]
GIV = ("민 서 지 현 수 준 우 영 은 진 하 윤 도 재 승 태 경 나 다 주 연 아 유 채 혜 정 호 성 동 훈 석 규 빈 원 "
       "희 미 소 예 상 인 찬 한 결 솔 람 온 율 별 새 봄 길 강 철 국 환 용 범 종 옥 순 숙 덕 필 겸 늘").split()

ORGS = {
    "미르시": dict(head="미르시장", addr="충청남도 미르시 시청로 12", zip="31990", tel="041-620", home="www.mir.go.kr", mail="mir.go.kr", kind="지자체"),
    "가온군": dict(head="가온군수", addr="전북특별자치도 가온군 가온읍 군청길 7", zip="55610", tel="063-580", home="www.gaon.go.kr", mail="gaon.go.kr", kind="지자체"),
    "누리시 새솔구": dict(head="누리시 새솔구청장", addr="경기도 누리시 새솔구 새솔대로 300", zip="16890", tel="031-8075", home="www.saesol.go.kr", mail="saesol.go.kr", kind="지자체"),
    "한빛광역시": dict(head="한빛광역시장", addr="한빛광역시 중앙구 한빛로 1", zip="61940", tel="062-613", home="www.hanbit.go.kr", mail="hanbit.go.kr", kind="지자체"),
    "솔내군": dict(head="솔내군수", addr="강원특별자치도 솔내군 솔내읍 중앙로 45", zip="25320", tel="033-340", home="www.solnae.go.kr", mail="solnae.go.kr", kind="지자체"),
    "환경부": dict(head="환경부장관", addr="세종특별자치시 도움6로 11 정부세종청사 6동", zip="30103", tel="044-201", home="www.me.go.kr", mail="korea.kr", kind="중앙부처"),
    "보건복지부": dict(head="보건복지부장관", addr="세종특별자치시 도움4로 13 정부세종청사 10동", zip="30113", tel="044-202", home="www.mohw.go.kr", mail="korea.kr", kind="중앙부처"),
    "국토교통부": dict(head="국토교통부장관", addr="세종특별자치시 도움6로 11 정부세종청사 6동", zip="30103", tel="044-201", home="www.molit.go.kr", mail="korea.kr", kind="중앙부처"),
    "행정안전부": dict(head="행정안전부장관", addr="세종특별자치시 정부2청사로 13 정부세종2청사", zip="30128", tel="044-205", home="www.mois.go.kr", mail="korea.kr", kind="중앙부처"),
    "산업통상자원부": dict(head="산업통상자원부장관", addr="세종특별자치시 한누리대로 402 정부세종청사 13동", zip="30118", tel="044-203", home="www.motie.go.kr", mail="korea.kr", kind="중앙부처"),
    "미르경찰서": dict(head="미르경찰서장", addr="충청남도 미르시 경찰서길 20", zip="31991", tel="041-621", home="www.cnpolice.go.kr", mail="police.go.kr", kind="경찰"),
    "미르소방서": dict(head="미르소방서장", addr="충청남도 미르시 소방로 88", zip="31992", tel="041-622", home="www.mir119.go.kr", mail="korea.kr", kind="소방"),
    "한빛광역시 소방본부": dict(head="한빛광역시 소방본부장", addr="한빛광역시 서부구 소방안전로 9", zip="61950", tel="062-609", home="fire.hanbit.go.kr", mail="hanbit.go.kr", kind="소방"),
}
LOCAL = ["미르시", "가온군", "누리시 새솔구", "한빛광역시", "솔내군"]
CENTRAL = ["환경부", "보건복지부", "국토교통부", "행정안전부", "산업통상자원부"]
ROADS = ["느티나무로", "은행골길", "버들내로", "새말길", "장승배기로", "솔바람길", "달빛로", "물푸레길", "가람로", "모래내길"]
COMPANIES = ["(주)한결건설", "(주)푸른물환경", "다온산업(주)", "(주)새솔엔지니어링", "누리정보통신(주)", "(주)가람테크", "솔빛토건(주)", "(주)바른설계", "미래그린(주)", "(주)온누리식품"]
SOLE = ["한울상사", "새벽인쇄", "가온목공", "늘봄식당", "바른정비", "푸른조경", "다솜돌봄센터", "희망설비"]

MONTHS = list(range(1, 13))


class C:
    """Per-document random helper."""

    def __init__(self, template, variant):
        self.t, self.v = template, variant
        self.r = rng(template, variant)
        self._names = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def name(self):
        while True:
            n = self.ch(SUR) + self.ch(GIV) + self.ch(GIV)
            if n not in self._names:
                self._names.add(n)
                return n

    def masked(self, n=None):
        n = n or self.name()
        return n[0] + self.ch(["○○", "**", "OO", "○○"])

    def date(self, y=2026, m=None):
        m = m or self.r.randint(1, 11)
        return "%d. %d. %d." % (y, m, self.r.randint(1, 28))

    def mobile(self):
        return "010-%d%03d-%04d" % (self.r.randint(2, 9), self.r.randint(0, 999), self.r.randint(0, 9999))

    def tel(self, org):
        return "%s-%04d" % (ORGS[org]["tel"], self.r.randint(1000, 9899))

    def email(self, org):
        return "%s%d@%s" % (self.ch(["kim", "lee", "park", "choi", "jung", "kang", "yoon", "han", "seo", "oh", "jang", "song"]),
                            self.r.randint(10, 999), ORGS[org]["mail"])

    def addr(self):
        city = self.ch(["충청남도 미르시", "경기도 누리시 새솔구", "한빛광역시 동산구", "전북특별자치도 가온군 가온읍", "강원특별자치도 솔내군"])
        unit = self.ch(["", ", %d동 %d호" % (self.r.randint(101, 115), self.r.randint(101, 1904)), ", %d층" % self.r.randint(2, 5)])
        return "%s %s %d%s" % (city, self.ch(ROADS), self.r.randint(3, 299), unit)

    def rrn(self, masked=False):
        y = self.r.randint(1950, 2004)
        mo, d = self.r.randint(1, 12), self.r.randint(1, 28)
        g = self.r.choice([1, 2]) if y < 2000 else self.r.choice([3, 4])
        body = "%02d%02d%02d%d" % (y % 100, mo, d, g) + "".join(str(self.r.randint(0, 9)) for _ in range(5))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(a) * b for a, b in zip(body, w))
        chk = (11 - s % 11) % 10
        full = body + str(chk)
        if masked:
            return full[:6] + "-" + full[6] + self.ch(["******", "●●●●●●", "XXXXXX"])
        return full[:6] + "-" + full[6:]

    def frn(self):
        y = self.r.randint(1970, 1999)
        body = "%02d%02d%02d%d" % (y % 100, self.r.randint(1, 12), self.r.randint(1, 28), self.ch([5, 6])) + "".join(str(self.r.randint(0, 9)) for _ in range(5))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(a) * b for a, b in zip(body, w))
        chk = (13 - s % 11) % 10
        full = body + str(chk)
        return full[:6] + "-" + full[6:]

    def passport(self):
        if self.r.random() < 0.5:
            return "M%08d" % self.r.randint(10000000, 99999999)
        return "M%03d%s%04d" % (self.r.randint(100, 999), self.ch("ABCDE"), self.r.randint(1000, 9999))

    def dl(self):
        return "%d-%02d-%06d-%02d" % (self.ch([11, 12, 13, 28]), self.r.randint(90, 99) if self.r.random() < .5 else self.r.randint(10, 24), self.r.randint(0, 999999), self.r.randint(10, 99))

    def account(self):
        k = self.r.randint(0, 3)
        if k == 0:
            return "농협 %03d-%04d-%04d-%02d" % (self.r.randint(301, 356), self.r.randint(0, 9999), self.r.randint(0, 9999), self.r.randint(10, 99))
        if k == 1:
            return "국민 %06d-%02d-%06d" % (self.r.randint(0, 999999), self.r.randint(1, 99), self.r.randint(0, 999999))
        if k == 2:
            return "신한 110-%03d-%06d" % (self.r.randint(0, 999), self.r.randint(0, 999999))
        return "우리 1002-%03d-%06d" % (self.r.randint(0, 999), self.r.randint(0, 999999))

    def docno(self, dept):
        return "%s-%d" % (dept.replace(" ", ""), self.r.randint(120, 9800))

    def won(self, lo, hi):
        return "{:,}원".format(self.r.randint(lo, hi) * 1000)


# ----------------------------------------------------------------- stated 공개구분 text
def stated_field(c, disc, reasons):
    if disc == "public":
        return c.ch(["공개", "공개", "공개", "대시민공개"])
    nums = [r.split("-")[-1] for r in reasons if r.startswith("OIDA")]
    if not nums:
        nums = ["6"]
    k = c.r.randint(0, 7)
    word = "부분공개" if disc == "partial" else "비공개"
    if k == 0:
        return "%s(%s)" % (word, ",".join(nums))
    if k == 1:
        return "%s(%s)" % (word, "·".join(nums))
    if k == 2:
        return "%s(%s)" % (word, ", ".join("제%s호" % n for n in nums))
    if k == 3:
        return "%s(제9조제1항제%s호)" % (word, "호·제".join(nums))
    if k == 4:
        return "%s(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%s호)" % (word, "호 및 제".join(nums))
    if k == 5:
        return "%s - 정보공개법 제9조 제1항 %s호" % (word, ",".join(nums))
    if k == 6:
        return "%s(법 §9①%s)" % (word, "·".join(nums))
    return "%s ( %s )" % (word, " ".join(nums))


# ----------------------------------------------------------------- marking cue texts
def mark_text(c, marking, date=None):
    date = date or "%d. 12. 31." % c.ch([2026, 2027, 2028])
    if marking == "대외비":
        return c.ch(["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % date, "대외비(보호기간: %s까지)" % date,
                     "보안등급: 대외비", "對外秘", "<대외비>", "■ 대외비 ■", "대외비"])
    if marking == "III급":
        return c.ch(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"])
    if marking == "II급":
        return c.ch(["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"])
    if marking == "I급":
        return c.ch(["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)"])
    raise ValueError(marking)


def yego_text(c, marking):
    d = "%d. %d. %d." % (c.ch([2027, 2028, 2029, 2030]), c.ch([6, 12]), c.ch([30, 31]) if True else 1)
    d = d.replace("6. 31.", "6. 30.")
    if marking == "III급":
        return c.ch(["예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류" % d, "예고문 : %s 일반문서로 재분류" % d,
                     "예고문: 생산 후 %s까지 Ⅲ급비밀, 보호기간 경과 후 파기" % d])
    if marking == "II급":
        return c.ch(["예고문: %s까지 Ⅱ급비밀, 이후 Ⅲ급비밀로 재분류" % d, "예고문 : %s 이후 Ⅲ급비밀로 강등" % d])
    if marking == "I급":
        return "예고문: %s까지 Ⅰ급비밀, 이후 Ⅱ급비밀로 재분류" % d
    return c.ch(["이 문서는 %s까지 대외비로 관리하고 이후 일반문서로 재분류함" % d, "예고문: %s까지 대외비, 이후 일반문서" % d,
                 "보호기간: %s까지(대외비)" % d])


INFORMAL = ["대외주의", "취급주의", "내부용", "내부 검토용", "관계자 외 열람 금지", "외부 유출 금지", "FOR INTERNAL USE ONLY",
            "검토 중 자료(확정 아님)", "회의 자료 - 배포 금지", "내부 참고용"]
REVIEW_NOTES = ["※ 이 문서는 내부 검토 중인 자료로 확정된 사항이 아님",
                "※ 본 자료는 의사결정 과정의 내부 검토 자료이므로 외부 제공을 금함",
                "※ 내부 검토용(정책 확정 전) - 무단 인용·배포 금지",
                "※ 본 보고서는 검토 단계 자료로 공개 시 업무의 공정한 수행에 지장이 있음",
                "※ 최종안 아님. 관계 부서 협의용 내부 자료"]

SINGLE_LOCS = ["header", "footer", "stamp_top", "stamp_bottom", "두문", "수신", "제목", "본문", "붙임",
               "결문_기안자", "결문_검토자", "결문_결재권자", "협조자", "시행", "접수", "주소", "전화전송", "전자우편",
               "공개구분", "textbox", "table", "footnote", "예고문", "wrapped"]


# ----------------------------------------------------------------- document model
def new_doc(c, org, dept, genre, kind="gongmun"):
    o = ORGS[org]
    d = dict(org=org, dept=dept, genre=genre, kind=kind, recv=None, via=None, title="", body=[], attach=[],
             attach_content=[], gongae=None, header=None, footer=None, top=None, bottom=None, yego=None,
             copyno=None, footnote=None, textbox=None, inj={}, ocr=False, sender=o["head"],
             people=[], gyeol_table=c.r.random() < 0.4, label=None, meta={}, fmt_pref=None)
    pos = ["주무관", "팀장", "과장"] if o["kind"] == "지자체" else ["주무관", "사무관", "과장"]
    if o["kind"] == "경찰":
        pos = ["경사", "경감", "과장"]
    if o["kind"] == "소방":
        pos = ["소방장", "소방경", "과장"]
    d["sign"] = [(pos[0], c.name()), (pos[1], c.name()), (pos[2], c.name())]
    d["coop"] = None
    d["docno"] = c.docno(dept)
    d["date"] = c.date()
    d["tel"] = c.tel(org)
    d["fax"] = c.tel(org)
    d["mail"] = c.email(org)
    return d


def label(d, disc, marking="none", reasons=(), cue_kind="content", loc="whole_content", cue_text="", flags=(), stated=None):
    d["label"] = (disc, marking, order(reasons))
    d["meta"] = dict(cue_kind=cue_kind, cue_location=loc, cue_text=cue_text, flags=list(flags), stated_field_text=stated)


def place(c, d, loc, text):
    """Put a single-line cue `text` at `loc`. Returns the text exactly as printed."""
    if loc == "header":
        d["header"] = (d["header"] + "    " if d["header"] else "") + text
    elif loc == "footer":
        d["footer"] = text + ("    " + d["footer"] if d["footer"] else "")
    elif loc == "stamp_top":
        d["top"] = text
    elif loc == "stamp_bottom":
        d["bottom"] = text
    elif loc == "예고문":
        d["yego"] = text
    elif loc == "textbox":
        d["textbox"] = text
    elif loc == "footnote":
        d["footnote"] = text
    elif loc == "wrapped":
        cut = max(1, len(text) // 2)
        text = text[:cut] + "\n" + text[cut:]
        d["body"].append(("p", "※ 참고: " + text))
    elif loc == "본문":
        d["body"].insert(max(1, len(d["body"]) - 1), ("p", text))
    elif loc == "table":
        d["body"].insert(0, ("table", [["문서 구분", "보고(검토)", "관리 등급", text], ["작성 부서", d["dept"], "작성일", d["date"]]]))
    elif loc == "제목":
        d["title"] = text + " " + d["title"] if c.r.random() < .7 else d["title"] + " (" + text + ")"
    else:
        d["inj"][loc] = text
    return text


# ----------------------------------------------------------------- assembly into elements
def assemble(c, d):
    """Return (elements, header, footer). element = (kind, payload, style)."""
    E = []
    inj = d["inj"]
    if d["top"]:
        E.append(("line", d["top"], "stamp"))
    if d["copyno"]:
        E.append(("line", d["copyno"], "right"))
    o = ORGS[d["org"]]
    if d["kind"] == "gongmun":
        orgline = d["org"] if c.r.random() < .5 or d["org"] in CENTRAL else d["org"]
        if "두문" in inj:
            orgline += "  " + inj["두문"]
        E.append(("line", orgline, "org"))
        rv = "수신  " + (d["recv"] or "내부결재")
        if "수신" in inj:
            rv += " " + inj["수신"]
        E.append(("line", rv, "normal"))
        E.append(("line", "(경유)" + ((" " + d["via"]) if d["via"] else ""), "normal"))
        E.append(("line", "제목  " + d["title"], "title_l"))
    else:
        if "두문" in inj:
            E.append(("line", d["org"] + " " + d["dept"] + "  " + inj["두문"], "right"))
        if "수신" in inj:
            E.append(("line", "배포: " + inj["수신"], "right"))
        E.append(("line", d["title"], "title"))
        E.append(("line", "%s %s  (%s)" % (d["org"], d["dept"], d["date"]), "right"))
    for b in d["body"]:
        E.append(("line", b[1], "normal") if b[0] == "p" else (b[0], b[1], b[2] if len(b) > 2 else "x"))
    if d["textbox"]:
        E.append(("box", d["textbox"], "box"))
    if d["attach"]:
        first = True
        for i, a in enumerate(d["attach"]):
            pre = "붙임  " if first else "      "
            num = ("%d. " % (i + 1)) if len(d["attach"]) > 1 else ""
            s = pre + num + a + ("  끝." if i == len(d["attach"]) - 1 else "")
            if "붙임" in inj and i == len(d["attach"]) - 1:
                s = s.replace("  끝.", " " + inj["붙임"] + "  끝.")
            E.append(("line", s, "normal"))
            first = False
    elif d["kind"] == "gongmun":
        if "붙임" in inj:
            E.append(("line", "붙임  " + inj["붙임"] + "  끝.", "normal"))
        else:
            E.append(("line", "끝.", "right"))
    elif "붙임" in inj:
        E.append(("line", "[참고] " + inj["붙임"], "normal"))
    if d["footnote"]:
        E.append(("fn", d["footnote"], "fn"))
    if d["kind"] == "gongmun":
        E.append(("line", d["sender"], "sender"))
        s = d["sign"]
        ki = "기안자 %s %s" % s[0] + ((" " + inj["결문_기안자"]) if "결문_기안자" in inj else "")
        ko = "검토자 %s %s" % s[1] + ((" " + inj["결문_검토자"]) if "결문_검토자" in inj else "")
        kj = "결재권자 전결 %s %s %s" % (s[2][0], s[2][1], d["date"]) + ((" " + inj["결문_결재권자"]) if "결문_결재권자" in inj else "")
        if d["gyeol_table"]:
            E.append(("table", [["기안자", "검토자", "결재권자"], [ki[4:], ko[4:], kj[5:]]], "gyeol"))
        else:
            E.append(("line", ki + "    " + ko, "small"))
            E.append(("line", kj, "small"))
        co = d["coop"] or ""
        if "협조자" in inj:
            co = (co + " " + inj["협조자"]).strip()
        E.append(("line", "협조자 " + co, "small"))
        si = "시행 %s (%s)" % (d["docno"], d["date"]) + ((" " + inj["시행"]) if "시행" in inj else "")
        je = "접수 " + (inj["접수"] if "접수" in inj else "")
        E.append(("line", si + "    " + je, "small"))
        ad = "우 %s %s / %s" % (o["zip"], o["addr"], o["home"]) + ((" " + inj["주소"]) if "주소" in inj else "")
        E.append(("line", ad, "small"))
        tl = "전화번호 %s  전송 %s" % (d["tel"], d["fax"]) + ((" " + inj["전화전송"]) if "전화전송" in inj else "")
        em = d["mail"] + ((" " + inj["전자우편"]) if "전자우편" in inj else "")
        gg = inj.get("공개구분", d["gongae"] or "")
        if c.r.random() < .5:
            E.append(("line", "%s / %s / %s" % (tl, em, gg) if gg else "%s / %s" % (tl, em), "small"))
        else:
            E.append(("line", tl + " / " + em, "small"))
            if gg:
                E.append(("line", "공개구분 " + gg, "small"))
    else:
        tail = []
        for k in ("결문_기안자", "결문_검토자", "결문_결재권자", "협조자", "시행", "접수", "주소", "전화전송", "전자우편"):
            if k in inj:
                tail.append(inj[k])
        s = d["sign"]
        E.append(("line", "작성: %s %s %s (☎ %s)%s" % (d["dept"], s[0][0], s[0][1], d["tel"], (" " + " ".join(tail)) if tail else ""), "small"))
        gg = inj.get("공개구분", d["gongae"])
        if gg:
            E.append(("line", "공개구분: " + gg, "small"))
    for b in d["attach_content"]:
        E.append(("line", b[1], "normal") if b[0] == "p" else (b[0], b[1], b[2] if len(b) > 2 else "x"))
    if d["yego"]:
        E.append(("line", d["yego"], "small"))
    if d["bottom"]:
        E.append(("line", d["bottom"], "stamp"))
    return E, d["header"], d["footer"]


# ----------------------------------------------------------------- OCR noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def ocr_line(c, s):
    out = []
    for ch in s:
        x = c.r.random()
        if ch.isdigit() and x < .12:
            out.append(FW[ch])
        elif ch == "-" and x < .2:
            out.append(c.ch(["‐", "－", " -"]))
        elif ch == "." and x < .08:
            out.append(",")
        elif "\uac00" <= ch <= "\ud7a3" and x < .03:
            out.append(ch + " ")
        elif ch == "·" and x < .5:
            out.append(c.ch(["ㆍ", ".", "-"]))
        else:
            out.append(ch)
    s = "".join(out)
    if len(s) > 38 and c.r.random() < .25:
        k = c.r.randint(15, len(s) - 10)
        s = s[:k] + "\n" + s[k:]
    return s


def ocr_cue(c, s):
    s2 = s.replace("Ⅲ", c.ch(["III", "lll", "Ⅲ"])).replace("Ⅱ", c.ch(["II", "ll"])).replace("Ⅰ", c.ch(["I", "l"]))
    if c.r.random() < .5:
        s2 = s2.replace("대외비", c.ch(["대 외 비", "대외 비", "대  외  비"]))
    s2 = s2.replace("(", c.ch(["(", "（"])).replace(")", c.ch([")", "）"]))
    return s2


def apply_ocr(c, E, cue):
    newcue = ocr_cue(c, cue) if cue else cue
    res = []
    for k, p, st in E:
        if k == "line" or k == "box" or k == "fn":
            if cue and cue in p:
                p = p.replace(cue, newcue)
            else:
                p = ocr_line(c, p)
        elif k == "table":
            p = [[(x.replace(cue, newcue) if cue and cue in x else ocr_line(c, x).replace("\n", " ")) for x in row] for row in p]
        res.append((k, p, st))
    return res, newcue


# ----------------------------------------------------------------- renderers
def render_text(E, hdr, ftr, rr):
    lines = []
    if hdr:
        lines.append(hdr)
    sep = rr.choice([" | ", "\t", " │ "])
    for k, p, st in E:
        if k == "line":
            lines.append(p)
        elif k == "table":
            for row in p:
                lines.append(sep.join(row))
        elif k == "box":
            lines.append("┌" + "─" * 20 + "┐")
            lines.append(p)
            lines.append("└" + "─" * 20 + "┘")
        elif k == "fn":
            lines.append("-" * 12)
            lines.append(p)
    if ftr:
        lines.append(ftr)
    return "\n".join(lines)


FONT_M, FONT_G = "HYSMyeongJo-Medium", "HYGothic-Medium"
_fonts_done = []


def fonts():
    if not _fonts_done:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT_M))
        pdfmetrics.registerFont(UnicodeCIDFont(FONT_G))
        _fonts_done.append(1)


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
                out.append(cur)
                cur = ch.lstrip() if ch == " " else ch
            else:
                cur += ch
        out.append(cur)
    return out


STY = {"normal": (FONT_M, 10.5, "L"), "small": (FONT_M, 8.5, "L"), "title": (FONT_G, 15, "C"), "title_l": (FONT_G, 11.5, "L"),
       "org": (FONT_G, 17, "C"), "sender": (FONT_G, 15, "C"), "stamp": (FONT_G, 13, "C"), "right": (FONT_M, 9.5, "R"),
       "fn": (FONT_M, 8, "L"), "box": (FONT_M, 10, "L")}


def render_pdf(path, E, hdr, ftr, title):
    fonts()
    W, H = A4
    LM, RM, TOP, BOT = 56, 56, 70, 64
    cw = W - LM - RM
    cv = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle(title)
    cv.setAuthor("sens_ag")
    state = {"y": H - TOP, "page": 1}

    def deco():
        if hdr:
            cv.setFont(FONT_G, 9)
            cv.drawCentredString(W / 2, H - 38, hdr.replace("\n", " "))
            cv.setLineWidth(.4)
            cv.line(LM, H - 44, W - RM, H - 44)
        cv.setFont(FONT_M, 8)
        if ftr:
            cv.drawCentredString(W / 2, 40, ftr.replace("\n", " "))
        cv.drawRightString(W - RM, 26, "- %d -" % state["page"])

    def need(h):
        if state["y"] - h < BOT:
            deco()
            cv.showPage()
            state["page"] += 1
            state["y"] = H - TOP

    for k, p, st in E:
        if k in ("line", "fn"):
            font, size, al = STY.get(st, STY["normal"])
            lead = size * 1.55
            ls = wrap(p, font, size, cw)
            if k == "fn":
                need(lead * len(ls) + 8)
                cv.setLineWidth(.5)
                cv.line(LM, state["y"] + 2, LM + 120, state["y"] + 2)
                state["y"] -= 4
            if st in ("org", "sender", "title"):
                need(lead * len(ls) + 10)
                state["y"] -= 6
            for ln in ls:
                need(lead)
                cv.setFont(font, size)
                yy = state["y"] - size
                if st == "stamp":
                    cv.setFillColorRGB(.75, 0, 0)
                if al == "C":
                    cv.drawCentredString(W / 2, yy, ln)
                elif al == "R":
                    cv.drawRightString(W - RM, yy, ln)
                else:
                    cv.drawString(LM, yy, ln)
                cv.setFillColorRGB(0, 0, 0)
                state["y"] -= lead
        elif k == "box":
            size = 10
            ls = wrap(p, FONT_M, size, cw - 20)
            h = len(ls) * size * 1.5 + 14
            need(h + 6)
            top = state["y"] - 3
            cv.setLineWidth(.8)
            cv.rect(LM, top - h, cw, h)
            yy = top - 7 - size
            cv.setFont(FONT_M, size)
            for ln in ls:
                cv.drawString(LM + 10, yy, ln)
                yy -= size * 1.5
            state["y"] = top - h - 8
        elif k == "table":
            size = 8.5 if st == "gyeol" else 9
            ncol = max(len(r) for r in p)
            lens = [max(max(4, len(r[i])) if i < len(r) else 4 for r in p) for i in range(ncol)]
            tot = float(sum(lens))
            widths = [max(40.0, cw * l / tot) for l in lens]
            sc = cw / sum(widths)
            widths = [w * sc for w in widths]
            state["y"] -= 4
            for ri, row in enumerate(p):
                cells = [wrap(row[i] if i < len(row) else "", FONT_M, size, widths[i] - 8) for i in range(ncol)]
                rh = max(len(x) for x in cells) * size * 1.4 + 8
                need(rh)
                top = state["y"]
                x = LM
                cv.setLineWidth(.6)
                for i in range(ncol):
                    if ri == 0:
                        cv.setFillColorRGB(.92, .92, .92)
                        cv.rect(x, top - rh, widths[i], rh, stroke=1, fill=1)
                        cv.setFillColorRGB(0, 0, 0)
                    else:
                        cv.rect(x, top - rh, widths[i], rh, stroke=1, fill=0)
                    cv.setFont(FONT_G if ri == 0 else FONT_M, size)
                    yy = top - 4 - size
                    for ln in cells[i]:
                        cv.drawString(x + 4, yy, ln)
                        yy -= size * 1.4
                    x += widths[i]
                state["y"] = top - rh
            state["y"] -= 8
    deco()
    cv.save()
    return state["page"]


# ----- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/"')
LANGS = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]


def hwpx_header():
    ff = "".join('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                 '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in LANGS)

    def cp(i, h, face, bold, color="#000000"):
        fr = '<hh:fontRef hangul="{0}" latin="{0}" hanja="{0}" japanese="{0}" other="{0}" symbol="{0}" user="{0}"/>'.format(face)
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                '%s<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % (i, h, color, fr, "<hh:bold/>" if bold else ""))
    cps = [cp(0, 1000, 0, False), cp(1, 1500, 1, True), cp(2, 850, 0, False), cp(3, 1300, 1, True, "#C00000"), cp(4, 1100, 1, True)]

    def pp(i, al):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>' % (i, al))
    pps = [pp(0, "JUSTIFY"), pp(1, "CENTER"), pp(2, "RIGHT")]

    def bf(i, t):
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, t, t, t, t))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="2">%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="%d">%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="3">%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption></hh:head>'
            % (NS, ff, bf(1, "NONE"), bf(2, "SOLID"), len(cps), "".join(cps), "".join(pps)))


SUBLIST = '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">'


class HX:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def t(self, text):
        parts = [xesc(x) for x in text.split("\n")]
        return "<hp:t>" + "<hp:lineBreak/>".join(parts) + "</hp:t>"

    def p(self, text, pp=0, cp=0, pre=""):
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="%d">%s%s</hp:run></hp:p>' % (self.pid, pp, cp, pre, self.t(text)))

    def hf(self, tag, text, idx):
        return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">' % (tag, idx) + SUBLIST % ("TOP" if tag == "header" else "BOTTOM", 48188, 4252)
                + self.p(text, 1, 2) + '</hp:subList></hp:%s></hp:ctrl>' % tag)

    def tbl(self, rows):
        self.oid += 1
        nc = max(len(r) for r in rows)
        cw = 48188 // nc
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(nc):
                txt = row[ci] if ci < len(row) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">' % (1 if ri == 0 else 0)
                           + SUBLIST % ("CENTER", cw - 1020, 1000) + self.p(txt, 0, 4 if ri == 0 else 0) + '</hp:subList>'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="1282"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (ci, ri, cw))
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
                '<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
                'pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
                '<hp:sz width="48188" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
                '%s</hp:tbl><hp:t/></hp:run></hp:p>' % (self.pid, self.oid, len(rows), nc, 1282 * len(rows), "".join(trs)))

    def box(self, text):
        self.oid += 1
        inner = SUBLIST % ("CENTER", 45000, 4000) + self.p(text) + "</hp:subList>"
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
                '<hp:rect id="%d" zOrder="1" numberingType="FIGURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="48000" height="5000"/><hp:curSz width="48000" height="5000"/><hp:flip horizontal="0" vertical="0"/>'
                '<hp:rotationInfo angle="0" centerX="24000" centerY="2500" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#000000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
                '<hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="48000" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="48000" y="0"/><hc:pt2 x="48000" y="5000"/><hc:pt3 x="0" y="5000"/>'
                '<hp:sz width="48000" widthRelTo="ABSOLUTE" height="5000" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect><hp:t/></hp:run></hp:p>' % (self.pid, self.oid, self.oid, inner))

    def fn(self, text):
        self.oid += 1
        return ('<hp:ctrl><hp:footNote number="1" suffixChar="41" instId="%d">' % self.oid + SUBLIST % ("TOP", 48188, 1000)
                + self.p(text, 0, 2) + '</hp:subList></hp:footNote></hp:ctrl>')


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" '
         'textVerticalWidthHead="0" masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
         '<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="5669" right="5669" top="5669" bottom="4252"/></hp:pagePr>'
         '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
         '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
         '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr></hp:secPr>'
         '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')

PP = {"org": (1, 1), "sender": (1, 1), "title": (1, 1), "title_l": (0, 4), "stamp": (1, 3), "right": (2, 0), "small": (0, 2), "normal": (0, 0)}


def render_hwpx(path, E, hdr, ftr, docid):
    h = HX()
    parts = []
    first_pre = SECPR + (h.hf("header", hdr, 1) if hdr else "") + (h.hf("footer", ftr, 2) if ftr else "")
    h.pid += 1
    parts.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (h.pid, first_pre))
    for k, p, st in E:
        if k == "line":
            pp, cp = PP.get(st, (0, 0))
            parts.append(h.p(p, pp, cp))
        elif k == "table":
            parts.append(h.tbl(p))
        elif k == "box":
            parts.append(h.box(p))
        elif k == "fn":
            parts.append(h.p("", 0, 0, pre=h.fn(p)))
    sec = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(parts))
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" '
               'application="sens_ag make_set.py" appVersion="1.0"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_ag</opf:meta><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>' % (NS, docid))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = "\r\n".join(p if k == "line" else (" ".join("<%s>" % x for x in p[0]) if k == "table" else p) for k, p, st in E)[:1024]
    entries = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
               ("version.xml", version.encode(), zipfile.ZIP_STORED),
               ("Contents/header.xml", hwpx_header().encode(), zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", sec.encode(), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode(), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)


# ================================================================= templates
TEMPLATES = []


def T(n, fmts=None):
    def deco(f):
        TEMPLATES.append((f.__name__, n, f, fmts))
        return f
    return deco


def recv_org(c, exclude=None):
    if exclude in CENTRAL:
        return c.ch(["수신자 참조", "각 시·도지사(담당 부서장)", "소속기관장", "각 실·국장"])
    return c.ch([x for x in ORGS if x != exclude] + ["수신자 참조", "각 읍·면·동장", "각 실·과·소장"])


# ---------------------------------------------------------------- PUBLIC
@T(9)
def pub_press(c, v):
    org = c.ch(LOCAL + CENTRAL)
    topic = c.ch([("2026년 상반기 지방보조금 집행 점검 결과 발표", "보조금 부정수급 예방을 위해 %d개 사업을 점검하고 환수 절차 개선안을 마련했다"),
                  ("노후 공동주택 화재안전 합동점검 실시", "소방·건축 합동으로 %d개 단지의 피난시설과 소화설비를 점검한다"),
                  ("하천 수질 1급수 회복 구간 확대", "주요 하천 %d개 지점의 수질이 Ⅰ급수 기준을 충족했다"),
                  ("공공기관 정보보안 점검 강화 계획", "%d개 기관을 대상으로 비밀번호 관리와 접근통제 실태를 점검한다"),
                  ("민원 처리기간 단축 성과 공개", "인허가 민원 %d종의 평균 처리기간을 4일 단축했다"),
                  ("여름철 풍수해 대비 재난대응 훈련", "읍·면·동 %d곳에서 위기경보 '심각' 단계를 가정한 훈련을 실시한다")])
    d = new_doc(c, org, c.ch(["대변인실", "홍보담당관", "소통협력과"]), "보도자료", kind="press")
    d["title"] = topic[0]
    emb = c.r.random() < .5
    if emb:
        d["top"] = "보도시점: %s 06:00 이후 (엠바고 - 배포 즉시 보도 금지)" % c.date()
    d["body"] = [("p", "□ %s은(는) %s고 밝혔다." % (org, topic[1] % c.r.randint(12, 240))),
                 ("p", "□ 이번 조치는 「%s」에 따른 것으로, 결과는 누리집에 공개된다." % c.ch(["지방자치단체 보조금 관리에 관한 법률", "소방시설 설치 및 관리에 관한 법률", "물환경보전법", "전자정부법", "민원 처리에 관한 법률", "재난 및 안전관리 기본법"])),
                 ("p", "□ %s %s은 \"현장 중심으로 꼼꼼히 점검하겠다\"고 말했다." % (ORGS[org]["head"], c.name()))]
    n1, n2 = c.name(), c.name()
    d["body"].append(("table", [["담당 부서", "책임자", "담당자"], [d["dept"], "과장 %s (%s)" % (n1, c.tel(org)), "주무관 %s (%s)" % (n2, c.tel(org))]], "x"))
    label(d, "public", cue_kind="mention" if emb else "none", loc="stamp_top" if emb else "none",
          cue_text=d["top"] or "", flags=["mention_only"] if emb else [])
    return d


@T(11)
def pub_coop(c, v):
    org = c.ch(LOCAL + CENTRAL)
    kind = v % 6
    dept = ["회계과", "운영지원과", "안전총괄과", "복지정책과", "건축과", "정보통신과"][kind]
    d = new_doc(c, org, dept, "공문")
    d["recv"] = recv_org(c, org)
    if kind == 0:
        d["title"] = "%d년 하반기 계약 집행 현황 제출 요청" % 2026
        d["body"] = [("p", "1. 관련: %s 회계과-%d(%s)" % (org, c.r.randint(100, 999), c.date())),
                     ("p", "2. 하반기 공사·용역·물품 계약의 집행 현황을 붙임 서식에 따라 %s까지 제출하여 주시기 바랍니다." % c.date()),
                     ("p", "  가. 대상: 추정가격 2천만 원 이상 계약\n  나. 제출 방법: 문서 유통(붙임 서식 한글 파일)")]
        d["attach"] = ["계약 집행 현황 서식 1부"]
    elif kind == 1:
        d["title"] = "공무원 복무 점검 계획 알림(명절 전후)"
        d["body"] = [("p", "1. 명절 전후 공직기강 확립을 위하여 복무 점검을 아래와 같이 실시합니다."),
                     ("table", [["구분", "기간", "점검 내용"], ["1차", c.date(), "출퇴근 기록, 근무지 이탈"], ["2차", c.date(), "당직 근무, 보안 관리(비밀번호 설정 등)"]], "x"),
                     ("p", "2. 각 부서에서는 소속 직원에게 안내하여 주시기 바랍니다.")]
    elif kind == 2:
        d["title"] = "재난대응 안전한국훈련 참여 협조"
        d["body"] = [("p", "1. 「재난 및 안전관리 기본법」 제35조에 따라 %s 재난대응 안전한국훈련을 실시합니다." % c.date()),
                     ("p", "2. 훈련 시나리오는 지진 발생에 따른 다중이용시설 대피이며, 위기경보 '경계' 단계를 가정합니다."),
                     ("p", "3. 관계 기관에서는 훈련 참관 인원을 %s까지 알려 주시기 바랍니다." % c.date())]
        d["attach"] = ["훈련 계획(공개용) 1부"]
    elif kind == 3:
        d["title"] = "긴급복지지원 제도 안내 홍보물 배부"
        d["body"] = [("p", "1. 위기가구 발굴을 위한 긴급복지지원 제도 홍보물을 붙임과 같이 배부합니다."),
                     ("p", "2. 읍·면·동 주민센터 민원실에 비치하고, 상담 시 129 보건복지상담센터를 안내하여 주시기 바랍니다.")]
        d["attach"] = ["홍보물 배부 수량 1부", "리플릿 시안 1부"]
    elif kind == 4:
        d["title"] = "건축 인허가 민원 처리기간 준수 협조"
        d["body"] = [("p", "1. 건축허가 및 신고 민원의 처리기간 준수율이 %d%%로 저조하여 협조를 요청합니다." % c.r.randint(70, 89)),
                     ("p", "2. 현장 조사가 필요한 경우 조사 일정을 민원인에게 사전 통지하고, 보완 요구는 1회로 한정하여 주시기 바랍니다.")]
    else:
        d["title"] = "정보보안 자체 점검 실시 알림"
        d["body"] = [("p", "1. 「국가 정보보안 기본지침」에 따라 상반기 정보보안 자체 점검을 실시합니다."),
                     ("p", "2. 점검 항목: 비밀번호 주기적 변경, 보조기억매체 관리, 개인정보 파일 암호화, 화면보호기 설정"),
                     ("p", "3. 점검 결과는 부서별 점수만 공개하며, 세부 취약점은 해당 부서에 개별 통보합니다.")]
    d["gongae"] = stated_field(c, "public", [])
    flags = []
    if v % 4 == 3:
        d["gongae"] = c.ch(["공개", "공개(제9조 해당 없음)"])
    label(d, "public", cue_kind="disclosure_field", loc="공개구분", cue_text=d["gongae"], flags=flags, stated=d["gongae"])
    return d


FOI_CITES = ["「공공기관의 정보공개에 관한 법률」 제9조제1항제5호", "정보공개법 제9조 제1항 제6호", "같은 법 제9조 제1항 제4호",
             "법 제9조①5", "제9조 1항 6호", "정보공개법 9조1항5호", "공공기관의정보공개에관한법률 제9조 제1항 제7호",
             "「정보공개법」 §9①Ⅵ", "제9조제1항 제3호", "비공개(5)", "부분공개(6)", "비공개(제9조 제1항 제5호)", "비공개(4·6)",
             "비공개 (제4호, 제6호)", "정보공개법 제9조 제1항 제6호 단서 라목", "제9조 제1항 제8호", "제9조제1항제2호"]


@T(9)
def pub_foi_guide(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["행정지원과", "정보공개담당", "기록관리팀", "민원봉사과"]), "안내문", kind=c.ch(["gongmun", "report"]))
    d["recv"] = "각 실·과·소장"
    d["title"] = c.ch(["정보공개 처리 실무 안내", "공개구분 표시 요령 알림", "비공개 대상 정보 세부기준 개정 안내", "정보공개 청구 처리 유의사항"])
    cs = c.r.sample(FOI_CITES, 5)
    d["body"] = [("p", "1. 공문서 결문의 공개구분은 '공개', '부분공개(  )', '비공개(  )' 중 하나로 표시하고 괄호 안에 해당 호를 적습니다."),
                 ("p", "2. 예시: 징계 관련 문서는 %s, 감사 진행 중 자료는 %s를 검토합니다." % (cs[0], cs[1])),
                 ("table", [["표시 예", "근거", "비고"], [cs[2], "내부 검토", "의사결정 후 공개 전환"], [cs[3], "개인정보", "성명·주민등록번호 삭제 후 공개"], [cs[4], "수사", "종결 후 재검토"]], "x"),
                 ("p", "3. 공무원의 성명·직위는 %s에 따라 공개 대상임을 유의하시기 바랍니다." % c.ch(["제9조 제1항 제6호 라목", "법 제9조①6 라목"])),
                 ("p", "4. 대외비·비밀로 분류된 문서는 보안업무규정에 따라 별도 관리하되, 분류 자체만으로 비공개하지 말고 내용을 검토하십시오.")]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text=cs[0], flags=["mention_only"], stated="공개")
    return d


@T(8)
def pub_sec_guide(c, v):
    org = c.ch(LOCAL + CENTRAL + ["미르경찰서"])
    d = new_doc(c, org, c.ch(["보안담당관", "비상안전기획관", "운영지원과", "정보통신과"]), "지침", kind=c.ch(["gongmun", "report"]))
    d["recv"] = "각 부서장"
    d["title"] = c.ch(["대외비 문서 취급 요령 안내", "비밀 관리 및 보안 교육 자료", "보안업무규정 시행세칙 개정 알림", "비밀·대외비 표시 방법 안내"])
    m3, m2, dv = mark_text(c, "III급"), mark_text(c, "II급"), mark_text(c, "대외비")
    yg = yego_text(c, "III급")
    d["body"] = [("p", "1. 비밀은 Ⅰ급·Ⅱ급·Ⅲ급으로 구분하며, 대외비는 비밀에 준하여 보호가 필요한 사항에 표시합니다."),
                 ("p", "2. 표시 예: 문서 상·하단 중앙에 \"%s\", \"%s\" 또는 \"%s\"로 표시하고, 예고문은 \"%s\"와 같이 적습니다." % (m3, m2, dv, yg)),
                 ("p", "3. 사본번호(예: 사본번호 1/3)와 보호기간을 함께 기재하고, 비밀번호가 설정된 저장매체에 보관합니다."),
                 ("p", "4. 이 안내문 자체는 일반문서이며 누리집에 게시합니다.")]
    if v % 2:
        d["body"].insert(2, ("box", "【예시】  %s  /  %s" % (m3, yg), "x"))
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text=m3, flags=["mention_only"], stated="공개")
    return d


@T(7)
def pub_password(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["정보통신과", "정보화담당관", "스마트정보과"]), "공문")
    d["recv"] = "내부 전 직원"
    d["title"] = c.ch(["업무용 PC 비밀번호 변경 안내", "행정포털 비밀번호 정기 변경 알림", "전자결재 시스템 비밀번호 초기화 안내"])
    d["body"] = [("p", "1. 정보보안 기본지침에 따라 %s까지 비밀번호를 변경하여 주시기 바랍니다." % c.date()),
                 ("p", "2. 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 하고, 분기 1회 이상 변경합니다."),
                 ("p", "3. 비밀번호 분실 시 정보통신과(☎ %s)로 문의하되, 전화로 비밀번호를 알려 드리지 않습니다." % c.tel(org)),
                 ("p", "4. '비밀 취급 인가자'는 별도 안내에 따라 보안 USB 비밀번호도 변경하시기 바랍니다.")]
    if v % 2 == 0:
        d["header"] = "보안 공지"
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="제목", cue_text="비밀번호", flags=["mention_only"], stated="공개")
    return d


@T(8)
def pub_grade(c, v):
    org = c.ch(CENTRAL + LOCAL)
    k = v % 4
    d = new_doc(c, org, c.ch(["운영지원과", "인사과", "환경정책과", "건축과"]), "공문")
    d["recv"] = "내부결재" if k == 0 else recv_org(c, org)
    if k == 0:
        d["title"] = "인사발령 알림(%s자)" % c.date()
        rows = [["직급", "성명", "발령 사항"]]
        for g in c.r.sample(["1급(관리관)", "2급(이사관)", "3급(부이사관)", "4급(서기관)", "5급(사무관)"], 3):
            rows.append([g, c.name(), c.ch(["기획조정실장", "정책국장 직무대리", "운영지원과장", "파견(국무조정실)"])])
        d["body"] = [("p", "1. 아래와 같이 인사발령합니다."), ("table", rows, "x")]
        cue = rows[1][0]
    elif k == 1:
        d["title"] = "수질 측정 결과 알림(하천 등급)"
        d["body"] = [("p", "1. 관내 하천의 수질 측정 결과 %s 지점은 Ⅰ급수, %s 지점은 Ⅲ급수로 판정되었습니다." % (c.ch(ROADS), c.ch(ROADS))),
                     ("p", "2. 생물학적 수질등급 Ⅱ급 이상 구간은 친수공간 조성 대상으로 검토합니다.")]
        cue = "Ⅲ급수"
    elif k == 2:
        d["title"] = "시설물 안전등급 지정 결과"
        d["body"] = [("p", "1. 정기안전점검 결과 관내 교량 %d개소의 안전등급을 아래와 같이 지정합니다." % c.r.randint(3, 9)),
                     ("table", [["시설명", "종별", "안전등급"], ["%s교" % c.ch(["버들", "새말", "가람"]), "제2종", "B등급"], ["%s육교" % c.ch(["달빛", "솔"]), "제3종", "C등급"]], "x"),
                     ("p", "2. 국가중요시설 '다'급으로 지정된 정수장은 별도 점검합니다(세부 내용 생략).")]
        cue = "국가중요시설 '다'급"
    else:
        d["title"] = "비상근무 체계 및 소방공무원 계급별 교육 안내"
        d["body"] = [("p", "1. 태풍 북상에 따라 비상 1단계(을호) 근무를 발령합니다."),
                     ("p", "2. 3급 상당 이상 간부는 상황실에 상주하고, 소방위 이상은 교대 근무합니다."),
                     ("p", "3. 1급 발암물질(석면) 해체 현장에 대한 안전조치를 병행합니다.")]
        cue = "3급 상당"
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text=cue, flags=["mention_only", "grade_not_secret"], stated="공개")
    return d


@T(6)
def pub_declass(c, v):
    org = c.ch(CENTRAL + ["미르시", "한빛광역시"])
    d = new_doc(c, org, c.ch(["보안담당관", "비상안전기획관", "기록관리과"]), "공문")
    d["recv"] = "수신자 참조"
    old = c.ch(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "III급 비밀"])
    d["title"] = c.ch(["비밀 재분류(일반문서 전환) 통보", "보호기간 만료 문서 일반문서 재분류 알림", "비밀 해제 결과 통보"])
    d["body"] = [("p", "1. 보안업무규정 시행규칙에 따라 아래 문서를 %s부로 일반문서로 재분류하였음을 통보합니다." % c.date()),
                 ("table", [["문서번호", "생산일", "종전 등급", "변경"], [c.docno("비상안전"), c.date(2021), old, "일반문서"],
                            [c.docno("보안"), c.date(2022), c.ch(["대외비", "Ⅲ급비밀"]), "일반문서(파기)"]], "x"),
                 ("p", "2. 각 기관은 보관 중인 사본의 표지 및 예고문 표시를 삭선 처리하여 주시기 바랍니다.")]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="table", cue_text=old, flags=["mention_only", "declassification"], stated="공개")
    return d


@T(7)
def pub_cover(c, v):
    org = c.ch(CENTRAL + LOCAL)
    d = new_doc(c, org, c.ch(["비상안전기획관", "안전총괄과", "통상정책과", "보안담당관"]), "공문")
    d["recv"] = recv_org(c, org)
    m = c.ch(["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비", "비밀(Ⅲ급)"])
    d["title"] = c.ch(["%d년 충무계획 보완 자료 송부" % 2026, "비상대비 자원관리 자료 송부", "협상 관련 참고자료 송부 알림"])
    d["body"] = [("p", "1. 귀 기관의 협조 요청(%s)과 관련입니다." % c.docno("비상대비")),
                 ("p", "2. 요청하신 자료는 %s로 분류되어 있어 본 공문에 첨부하지 않고 비밀 수발 절차(인편 또는 보안 전송)에 따라 별도 송부합니다." % m),
                 ("p", "3. 수령 후 비밀 관리 기록부에 등재하여 주시기 바랍니다.")]
    d["attach"] = ["송부 목록(문서 제목 제외) 1부"]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text=m, flags=["mention_only", "cover_letter"], stated="공개")
    return d


@T(7)
def pub_form(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["민원봉사과", "행정지원과", "복지정책과"]), "서식", kind="report")
    k = v % 3
    if k == 0:
        d["title"] = "[별지 서식] 개인정보 수집·이용 동의서(작성 예시)"
        d["body"] = [("table", [["항목", "기재 예시"], ["성명", "홍길동"], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"], ["연락처", "010-0000-0000"]], "x"),
                     ("p", "※ 위 예시는 작성 요령을 설명하기 위한 것으로 실제 정보가 아닙니다.")]
        cue = "000000-0000000"
    elif k == 1:
        d["title"] = "공문서 결문 작성 예시(교육 자료)"
        d["body"] = [("box", "공개구분  [ ]공개  [ ]부분공개(   )  [ ]비공개(   )", "x"),
                     ("p", "예) 비공개 문서는 \"비공개(5)\"처럼 해당 호를 적고, 대외비 문서는 상·하단에 \"대외비\"를 표시한다."),
                     ("p", "예) 기안자 주무관 홍길동  검토자 사무관 김○○  결재권자 과장 이○○")]
        cue = "비공개(5)"
    else:
        d["title"] = "비밀 표지 및 예고문 서식(견본)"
        d["body"] = [("box", "Ⅲ급비밀  (견본 - 실제 비밀 아님)", "x"),
                     ("p", "예고문: 0000. 00. 00.까지 Ⅲ급비밀, 이후 일반문서로 재분류   사본번호: 0 / 0"),
                     ("p", "※ 본 견본은 보안 교육용으로 배포하며, 실제 문서 분류와 무관합니다.")]
        cue = "Ⅲ급비밀  (견본 - 실제 비밀 아님)"
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc=["table", "본문", "textbox"][k], cue_text=cue, flags=["mention_only", "example_form"], stated="공개")
    return d


@T(8)
def pub_minutes(c, v):
    org = c.ch(LOCAL + CENTRAL)
    cm = c.ch(["지방보조금심의위원회", "건축위원회", "도시계획위원회", "정보공개심의회", "재난안전대책위원회", "예산자문위원회"])
    d = new_doc(c, org, c.ch(["기획예산과", "건축과", "도시계획과", "행정지원과"]), "회의록", kind="report")
    d["title"] = "제%d회 %s 회의록" % (c.r.randint(1, 12), cm)
    chair = c.name()
    d["body"] = [("table", [["일시", "%s 14:00" % c.date(), "장소", "%s 소회의실" % org], ["참석", "위원 %d명 중 %d명" % (11, c.r.randint(7, 10)), "공개 여부", "공개"]], "x"),
                 ("p", "○ 위원장(%s %s): 성원이 되었으므로 회의를 개의합니다." % (ORGS[org]["head"].replace("장관", "차관") if org in CENTRAL else "부" + ORGS[org]["head"], chair)),
                 ("p", "○ 안건 1: %s" % c.ch(["2027년 보조사업 신규 편성안", "공동주택 건축 심의(○○지구)", "정보공개 이의신청 처리 기준", "풍수해 대비 예산 배분"])),
                 ("p", "○ 위원 A: 사업 효과 분석 자료를 보완할 필요가 있습니다."),
                 ("p", "○ 위원 B: 비공개 회의로 전환할 사유는 없다고 봅니다. 원안 가결에 동의합니다."),
                 ("p", "○ 의결: 원안 가결(찬성 %d, 반대 0)" % c.r.randint(6, 9))]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="table", cue_text="공개", flags=["mention_only"] if v % 2 else [], stated="공개")
    return d


@T(6)
def pub_audit_result(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["감사관실", "감사담당관"]), "감사결과", kind=c.ch(["gongmun", "report"]))
    d["recv"] = "수신자 참조"
    d["title"] = "%s %s 감사 결과 공개" % (c.ch(["2026년", "상반기"]), c.ch(["보조금 집행 실태", "계약 업무", "복무 관리", "인허가 처리"]))
    rows = [["번호", "지적 사항", "처분", "관련자"]]
    for i in range(3):
        rows.append([str(i + 1), c.ch(["수의계약 사유 부적정", "보조금 정산 검증 소홀", "초과근무 수당 부당 수령", "건축 민원 처리기간 초과", "물품 검수 소홀"]),
                     c.ch(["주의", "시정(회수 %s)" % c.won(300, 9000), "경고", "개선"]), c.masked()])
    d["body"] = [("p", "1. 「공공감사에 관한 법률」 제26조에 따라 감사 결과를 공개합니다."), ("table", rows, "x"),
                 ("p", "2. 관련자 성명은 정보공개법 제9조 제1항 제6호에 따라 가림 처리하였습니다.")]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="table", cue_text=rows[1][3], flags=["mention_only", "masked_names"], stated="공개")
    return d


@T(5)
def pub_contract_notice(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["회계과", "계약팀", "재무과"]), "공고", kind="report")
    d["title"] = "%s 계약 체결 현황 공개" % c.ch(["2026년 3분기", "2026년 상반기", "2026년 10월"])
    rows = [["계약명", "계약 상대자", "계약 방법", "계약 금액"]]
    for _ in range(4):
        rows.append([c.ch(["청사 방수 공사", "민원 시스템 유지보수", "하천 정비 실시설계", "CCTV 교체", "재난 문자 전광판 설치"]), c.ch(COMPANIES),
                     c.ch(["일반경쟁", "제한경쟁", "수의계약(소액)", "협상에 의한 계약"]), c.won(20000, 900000)])
    d["body"] = [("p", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조의2에 따라 계약 현황을 공개합니다."), ("table", rows, "x"),
                 ("p", "※ 입찰 예정가격 및 업체별 원가 내역은 공개 대상이 아닙니다.")]
    label(d, "public", cue_kind="mention", loc="본문", cue_text="입찰 예정가격", flags=["mention_only"])
    return d


@T(5)
def pub_disaster_public(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["안전총괄과", "재난대응과", "시민안전과"]), "계획", kind="report")
    d["title"] = "%d년 %s 대비 재난대응 계획(공개본)" % (2026, c.ch(["여름철 자연재난", "겨울철 대설·한파", "지진·산사태", "다중운집 인파사고"]))
    d["body"] = [("p", "Ⅰ. 추진 목표: 인명피해 제로, 재산피해 최소화"),
                 ("p", "Ⅱ. 단계별 대응: 위기경보 관심→주의→경계→심각 단계에 따라 재난안전대책본부를 1~3단계로 운영"),
                 ("table", [["단계", "발령 기준", "근무 인원"], ["1단계", "호우주의보", "4명"], ["2단계", "호우경보", "상황관리 총괄반 등 12명"], ["3단계", "심각", "전 부서"]], "x"),
                 ("p", "Ⅲ. 대피소 %d개소 지정·공개(누리집 지도 서비스)" % c.r.randint(20, 90)),
                 ("p", "※ 국가중요시설 방호계획 등 보안 사항은 본 공개본에서 제외함")]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text="국가중요시설 방호계획", flags=["mention_only"], stated="공개")
    return d


@T(4)
def pub_privacy_edu(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["정보통신과", "개인정보보호팀", "행정지원과"]), "공문")
    d["recv"] = "각 실·과·소장"
    d["title"] = "개인정보 보호 교육 실시 및 유의사항 안내"
    d["body"] = [("p", "1. 주민등록번호, 여권번호, 운전면허번호 등 고유식별정보는 법령 근거 없이 처리할 수 없습니다."),
                 ("p", "2. 공문서에 주민등록번호를 기재해야 하는 경우 뒷자리를 가림 처리(예: 000000-0******)합니다."),
                 ("p", "3. 건강, 범죄경력, 노동조합 가입 여부는 민감정보이므로 별도 동의를 받아야 합니다."),
                 ("p", "4. 교육 일시: %s 10:00, 대회의실" % c.date())]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text="주민등록번호", flags=["mention_only"], stated="공개")
    return d


@T(4)
def pub_police_notice(c, v):
    org = c.ch(["미르경찰서", "미르소방서", "한빛광역시 소방본부"])
    d = new_doc(c, org, c.ch(["생활안전과", "예방안전과", "수사과"]), "공문")
    d["recv"] = c.ch(["미르시장", "각 읍·면·동장", "관내 공동주택 관리사무소장"])
    d["title"] = c.ch(["보이스피싱 범죄 예방 홍보 협조", "겨울철 화재 예방 홍보 협조", "수사 협조 요청 절차 안내(일반)"])
    d["body"] = [("p", "1. 최근 %s 관련 피해가 증가함에 따라 주민 홍보를 요청합니다." % c.ch(["기관 사칭 전화", "전기난로 화재", "전세 사기"])),
                 ("p", "2. 피의자 검거 현황 등 수사 관련 세부 사항은 포함하지 않으며, 통계만 활용하여 주시기 바랍니다."),
                 ("p", "3. 홍보 문안: \"수사기관은 전화로 계좌 이체나 비밀번호를 요구하지 않습니다.\"")]
    d["gongae"] = "공개"
    label(d, "public", cue_kind="mention", loc="본문", cue_text="피의자", flags=["mention_only"], stated="공개")
    return d


@T(4)
def pub_stats(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["건축과", "허가민원과", "환경정책과"]), "통계", kind="report")
    d["title"] = "%s 인허가 민원 처리 현황" % c.ch(["2026년 1분기", "2026년 상반기", "2026년 9월"])
    rows = [["민원 종류", "접수", "처리", "보완", "반려"]]
    for k in ["건축허가", "건축신고", "개발행위허가", "대기배출시설 설치신고", "폐기물처리 신고"]:
        a = c.r.randint(20, 300)
        rows.append([k, str(a), str(a - c.r.randint(0, 15)), str(c.r.randint(0, 20)), str(c.r.randint(0, 6))])
    d["body"] = [("table", rows, "x"), ("p", "※ 고발 %d건, 현장 조사 %d건 포함(개별 사업장 정보는 제외)" % (c.r.randint(1, 9), c.r.randint(10, 80)))]
    label(d, "public", cue_kind="mention", loc="본문", cue_text="고발", flags=["mention_only"])
    return d


# ---------------------------------------------------------------- PARTIAL
@T(10)
def par_minwon(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["환경지도과", "건축과", "허가민원과", "도로관리과", "청소행정과"]), "민원회신")
    n = c.name()
    ad = c.addr()
    ph = c.mobile()
    loc = ["수신", "본문", "table", "textbox"][v % 4]
    d["title"] = c.ch(["소음 민원(공사장) 처리 결과 알림", "불법 건축물 신고 처리 결과 통지", "악취 민원 현장 조사 결과 회신", "무단 투기 신고 처리 결과"])
    d["body"] = [("p", "1. 귀하께서 %s 제기하신 민원(접수번호 1AA-2%03d-%07d)에 대한 회신입니다." % (c.date(), c.r.randint(100, 999), c.r.randint(0, 9999999))),
                 ("p", "2. %s 현장 조사 결과 %s을(를) 확인하였으며, 해당 사업장에 %s 조치하였습니다." % (c.date(), c.ch(["소음 기준 초과(주간 68dB)", "무허가 증축 부분 약 24㎡", "악취 배출 허용기준 초과", "생활폐기물 무단 투기"]), c.ch(["개선명령", "시정명령 및 과태료 부과 예고", "행정지도"]))),
                 ("p", "3. 추가 문의는 담당자에게 연락하여 주시기 바랍니다.")]
    if loc == "수신":
        d["recv"] = "%s 귀하 (우 %05d %s)" % (n, c.r.randint(10000, 63999), ad)
        cue = n + " 귀하"
    elif loc == "본문":
        d["recv"] = "민원인 귀하"
        d["body"].insert(1, ("p", "  ※ 민원인: %s(%s), 주소: %s" % (n, ph, ad)))
        cue = n
    elif loc == "table":
        d["recv"] = "민원인 귀하"
        d["body"].insert(0, ("table", [["민원인", "연락처", "주소"], [n, ph, ad]], "x"))
        cue = n
    else:
        d["recv"] = "민원인 귀하"
        d["textbox"] = "처리 결과 수신인: %s / %s" % (n, ph)
        cue = d["textbox"]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6], cue_kind="personal_data", loc=loc, cue_text=cue, stated=d["gongae"])
    return d


@T(7)
def par_subsidy(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["일자리경제과", "농업정책과", "복지정책과", "문화관광과"]), "보조금 정산")
    d["recv"] = "내부결재"
    d["title"] = "%d년 %s 보조금 정산 결과 보고" % (2026, c.ch(["소상공인 시설개선", "농기계 구입", "경로당 운영", "지역축제"]))
    rows = [["보조사업자", "대표자", "교부액", "집행액", "반환액", "입금 계좌"]]
    for _ in range(3):
        a = c.r.randint(3000, 20000)
        u = a - c.r.randint(0, 900)
        rows.append([c.ch(SOLE), c.name(), "{:,}".format(a * 1000), "{:,}".format(u * 1000), "{:,}".format((a - u) * 1000), c.account()])
    d["body"] = [("p", "1. %s 보조사업 정산 검사 결과를 아래와 같이 보고합니다." % d["title"][6:-8]), ("table", rows, "x"),
                 ("p", "2. 반환액은 %s까지 세입 조치하고, 미반환 시 「지방자치단체 보조금 관리에 관한 법률」에 따라 환수합니다." % c.date())]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6], cue_kind="personal_data", loc="table", cue_text=rows[1][1], stated=d["gongae"])
    return d


@T(5)
def par_contract_cost(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["회계과", "계약팀", "정보화담당관"]), "계약 보고")
    d["recv"] = "내부결재"
    comp = c.ch(COMPANIES)
    d["title"] = "%s 계약 체결 결과 보고" % c.ch(["행정정보시스템 고도화 용역", "청사 냉난방 설비 교체 공사", "재난 감시 CCTV 통합관제 구축"])
    d["body"] = [("p", "1. 협상에 의한 계약 결과 %s과(와) 계약을 체결하고자 합니다." % comp),
                 ("p", "2. 계약 금액: %s(부가가치세 포함)" % c.won(100000, 900000)),
                 ("table", [["원가 항목", "업체 제출 단가", "산출 근거"], ["직접인건비", c.won(100, 900) + "/M·M", "%s 내부 임금대장" % comp],
                            ["제경비", "%d%%" % c.r.randint(110, 120), "업체 재무제표"], ["기술료", "%d%%" % c.r.randint(20, 40), "업체 영업 기밀 자료"]], "x"),
                 ("p", "3. 원가 산출 내역은 업체의 영업상 비밀에 해당하므로 공개 시 제외합니다.")]
    d["gongae"] = stated_field(c, "partial", [R7])
    label(d, "partial", reasons=[R7], cue_kind="business_secret", loc="table", cue_text="업체 제출 단가", stated=d["gongae"])
    return d


@T(5)
def par_audit_named(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["감사관실", "감사담당관"]), "감사결과 통보")
    d["recv"] = c.ch(["건축과장", "복지정책과장", "회계과장"])
    n = c.name()
    d["title"] = "감사 결과 처분 요구 통보(%s)" % c.ch(["보조금", "계약", "민원"])
    d["body"] = [("p", "1. %s 실시한 종합감사 결과 아래 사항에 대하여 처분을 요구합니다." % c.date()),
                 ("p", "2. 지적 사항: 보조사업자 %s(개인사업자 '%s' 대표, 연락처 %s)에게 정산 검증 없이 잔액 %s을 지급함" % (n, c.ch(SOLE), c.mobile(), c.won(500, 5000))),
                 ("p", "3. 처분: 시정(회수) 및 관련 공무원 주의")]
    d["gongae"] = stated_field(c, "partial", [R6])
    label(d, "partial", reasons=[R6], cue_kind="personal_data", loc="본문", cue_text=n, stated=d["gongae"])
    return d


@T(6)
def par_minutes_partial(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["도시계획과", "인사과", "기획예산과"]), "회의록", kind="report")
    cm = c.ch(["도시계획위원회", "지방보조금심의위원회", "정보공개심의회", "공유재산심의회"])
    d["title"] = "제%d회 %s 회의록(일부 비공개)" % (c.r.randint(1, 20), cm)
    k = v % 2
    d["body"] = [("table", [["일시", c.date(), "공개 여부", "안건 1 공개 / 안건 2 비공개"]], "x"),
                 ("p", "○ 안건 1(공개): %s - 원안 가결" % c.ch(["도로 선형 변경", "보조사업 평가 기준", "행정정보 공개 목록 정비"]))]
    if k == 0:
        d["body"].append(("p", "○ 안건 2(비공개, 정보공개법 제9조 제1항 제5호): 매입 대상 토지 감정평가 협상 방안 - 가격 협상 전략 논의, 결정 보류"))
        reasons, cue = [R5], "안건 2(비공개, 정보공개법 제9조 제1항 제5호)"
    else:
        n = c.name()
        d["body"].append(("p", "○ 안건 2(비공개): 이의신청인 %s(%s)의 개인 사정 청취 - 신청인 진술 요지 별첨" % (n, c.addr())))
        reasons, cue = [R6], "안건 2(비공개)"
    d["gongae"] = stated_field(c, "partial", reasons)
    label(d, "partial", reasons=reasons, cue_kind="partial_minutes", loc="본문", cue_text=cue, stated=d["gongae"])
    return d


@T(8)
def par_mislabeled(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["복지정책과", "토지정보과", "운영지원과", "재난대응과"]), "공문")
    d["recv"] = recv_org(c, org)
    d["title"] = c.ch(["재난지원금 지급 대상자 통보", "손실보상금 지급 명단 송부", "출장 여비 지급 내역 통보", "긴급생계비 지원 대상 확정 알림"])
    rows = [["성명", "주민등록번호", "지급액", "계좌"]]
    for _ in range(c.r.randint(2, 4)):
        rows.append([c.name(), c.rrn(), c.won(300, 3000), c.account()])
    d["body"] = [("p", "1. 아래 대상자에게 지원금을 지급하였으므로 통보합니다."), ("table", rows, "x"), ("p", "2. 지급 내역은 회계 시스템에서 확인할 수 있습니다.")]
    d["gongae"] = c.ch(["공개", "공개", "대시민공개"])
    label(d, "partial", reasons=[R6, P24], cue_kind="field_contradiction", loc="table", cue_text=rows[1][1],
          flags=["field_contradicts_content"], stated=d["gongae"])
    return d


@T(8)
def par_permit(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["건축과", "허가민원과", "도시계획과", "환경정책과"]), "인허가")
    d["recv"] = "내부결재"
    n = c.name()
    masked = v % 2 == 1
    r = c.rrn(masked=masked)
    d["title"] = c.ch(["건축허가 처리(단독주택 신축)", "개발행위허가 처리 검토", "대기배출시설 설치 신고 수리", "가설건축물 축조 신고 처리"])
    d["body"] = [("p", "1. 아래 신청 건을 관계 법령 검토 및 현장 조사 결과에 따라 처리하고자 합니다."),
                 ("table", [["신청인", "생년월일·주민등록번호", "대지 위치", "면적"], [n, r, "%s %d-%d" % (c.ch(["가온읍 새말리", "새솔동", "미르동"]), c.r.randint(1, 900), c.r.randint(1, 20)), "%d㎡" % c.r.randint(90, 900)]], "x"),
                 ("p", "2. 현장 조사(%s): 진입도로 4m 확보, 배수 계획 적정" % c.date()),
                 ("p", "3. 처리 의견: %s" % c.ch(["허가(조건부)", "수리", "보완 요구 후 처리"]))]
    d["attach"] = ["현장 조사서 1부", "관계 부서 협의 의견 1부"]
    reasons = [R6] if masked else [R6, P24]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=reasons, cue_kind="personal_data", loc="table", cue_text=r, flags=["masked_rrn"] if masked else [], stated=d["gongae"])
    return d


@T(5)
def par_env_inspect(c, v):
    org = c.ch(LOCAL + ["환경부"])
    d = new_doc(c, org, c.ch(["환경지도과", "환경관리과", "화학안전과"]), "현장조사")
    d["recv"] = "내부결재"
    comp = c.ch(COMPANIES)
    d["title"] = "%s 배출시설 현장 조사 결과 보고" % comp
    d["body"] = [("p", "1. 조사 일시: %s / 조사반: 환경지도과 주무관 %s 외 1명" % (c.date(), c.name())),
                 ("table", [["항목", "측정값", "기준", "비고"], ["먼지", "%d㎎/S㎥" % c.r.randint(5, 40), "30", "적합"],
                            ["공정 배합비", "원료 A %d%% / B %d%%" % (c.r.randint(40, 70), c.r.randint(10, 30)), "-", "업체 영업비밀 자료"],
                            ["처리 용량", "%d톤/일" % c.r.randint(20, 300), "-", "신규 설비 도입 계획(미발표)"]], "x"),
                 ("p", "2. 조치: %s" % c.ch(["적합(행정지도)", "개선권고", "조치명령(기한 30일)"]))]
    d["gongae"] = c.ch([stated_field(c, "partial", [R7]), None])
    label(d, "partial", reasons=[R7], cue_kind="business_secret", loc="table", cue_text="공정 배합비", stated=d["gongae"])
    return d


@T(5)
def par_hire_result(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["총무과", "운영지원과", "인사과"]), "채용결과")
    d["recv"] = "내부결재"
    d["title"] = "%s 임기제 공무원 채용 최종 합격자 결정" % c.ch(["2026년 제2회", "2026년 하반기", "2026년 제1회"])
    rows = [["응시번호", "성명", "생년월일", "채용 분야"]]
    for i in range(c.r.randint(2, 4)):
        rows.append(["%d" % c.r.randint(10000, 99999), c.name(), "%d. %d. %d." % (c.r.randint(1975, 2000), c.r.randint(1, 12), c.r.randint(1, 28)),
                     c.ch(["정보보안", "건축 인허가", "사회복지", "회계"])])
    d["body"] = [("p", "1. 면접시험 결과에 따라 최종 합격자를 아래와 같이 결정하고자 합니다."), ("table", rows, "x"),
                 ("p", "2. 합격자 공고는 응시번호로만 게시합니다.")]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6], cue_kind="personal_data", loc="table", cue_text=rows[1][1], stated=d["gongae"])
    return d


@T(5)
def par_compensation(c, v):
    org = c.ch(LOCAL + ["국토교통부"])
    d = new_doc(c, org, c.ch(["토지정보과", "도로과", "재난대응과"]), "보상")
    d["recv"] = "내부결재"
    n = c.name()
    r = c.rrn()
    d["title"] = c.ch(["도로 확장 편입 토지 손실보상금 지급", "풍수해 재난지원금 지급 결정", "공익사업 지장물 보상금 지급"])
    d["body"] = [("p", "1. 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」에 따라 보상금을 지급하고자 합니다."),
                 ("p", "2. 지급 대상: %s(%s), 주소 %s" % (n, r, c.addr())),
                 ("p", "3. 지급액: %s / 계좌: %s(예금주 %s)" % (c.won(5000, 90000), c.account(), n))]
    if v % 2:
        d["attach"] = ["보상금 산정 조서 1부"]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6, P24], cue_kind="personal_data", loc="본문", cue_text=r, stated=d["gongae"])
    return d


@T(5)
def par_foreign(c, v):
    org = c.ch(LOCAL + ["미르경찰서"])
    d = new_doc(c, org, c.ch(["일자리경제과", "외국인지원팀", "민원봉사과"]), "공문")
    d["recv"] = c.ch(["법무부 출입국·외국인청장", "고용노동부 지청장", "미르시장"])
    fn = c.ch(["NGUYEN VAN AN", "TRAN THI LAN", "RAHMAN KARIM", "SOKHA CHEA", "BATBAYAR GANBOLD"])
    if v % 2:
        idv, kind = c.frn(), "외국인등록번호"
    else:
        idv, kind = c.ch(["C%07d" % c.r.randint(1000000, 9999999), "E%08d" % c.r.randint(10000000, 99999999), "P%07dA" % c.r.randint(1000000, 9999999)]), "여권번호"
    d["title"] = c.ch(["외국인 근로자 산업재해 처리 협조", "외국인 주민 긴급지원 협조 요청", "체류 외국인 사업장 변경 확인 요청"])
    d["body"] = [("p", "1. 관내 사업장에 근무하는 외국인 근로자에 대하여 아래와 같이 협조를 요청합니다."),
                 ("table", [["성명", kind, "국적", "사업장"], [fn, idv, c.ch(["베트남", "방글라데시", "캄보디아", "몽골"]), c.ch(SOLE)]], "x"),
                 ("p", "2. 회신은 %s까지 담당자 전자우편으로 보내 주시기 바랍니다." % c.date())]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6, P24], cue_kind="personal_data", loc="table", cue_text=idv, stated=d["gongae"])
    return d


@T(5)
def par_welfare_pay(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["복지정책과", "기초생활보장과", "노인장애인과"]), "공문")
    d["recv"] = "각 읍·면·동장"
    d["title"] = "%s 급여 지급 대상 변동 통보" % c.ch(["기초연금", "생계급여", "장애인 활동지원", "에너지바우처"])
    rows = [["읍·면·동", "성명", "주민등록번호", "변동 사유"]]
    for _ in range(3):
        rows.append([c.ch(["가온읍", "새솔동", "미르1동", "솔내읍"]), c.name(), c.rrn(masked=True), c.ch(["전입", "소득 변동", "신규 책정", "주소 정정"])])
    d["body"] = [("p", "1. 사회보장정보시스템 확인 결과 급여 대상자 변동 사항을 통보합니다."), ("table", rows, "x"),
                 ("p", "2. 각 읍·면·동에서는 변동 사항을 %s까지 반영하여 주시기 바랍니다." % c.date())]
    d["gongae"] = c.ch([stated_field(c, "partial", [R6]), None])
    label(d, "partial", reasons=[R6], cue_kind="personal_data", loc="table", cue_text=rows[1][2], flags=["masked_rrn"], stated=d["gongae"])
    return d


@T(6)
def par_stated(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["재무과", "건축과", "운영지원과", "119재난대응과"]), "공문")
    d["recv"] = recv_org(c, org)
    n = c.name()
    d["title"] = c.ch(["포상 대상자 추천 결과 알림", "현장 조사 참여 위원 위촉 알림", "민간 자원봉사자 활동비 지급", "시민 제보 우수 사례 포상"])
    d["body"] = [("p", "1. 관련: %s" % c.docno("총무")),
                 ("p", "2. 대상자: %s(%s, %s)" % (n, c.ch(["시민", "자원봉사자", "민간 위원"]), c.mobile())),
                 ("p", "3. 시상은 %s 월례조회 시 실시합니다." % c.date())]
    st = stated_field(c, "partial", [R6])
    loc = c.ch(["공개구분", "전자우편", "전화전송"])
    d["inj"][loc] = st if loc == "공개구분" else "/ " + st
    label(d, "partial", reasons=[R6], cue_kind="disclosure_field", loc=loc, cue_text=st, stated=st)
    return d


@T(5, fmts=["text", "pdf"])
def par_ocr(c, v):
    d = par_minwon(c, v) if v % 2 else par_compensation(c, v)
    d["ocr"] = True
    d["meta"]["flags"] = d["meta"]["flags"] + ["ocr"]
    return d


# ---------------------------------------------------------------- NON-PUBLIC
def single_cue(c, d, loc_pool, text):
    loc = c.ch(loc_pool)
    return loc, place(c, d, loc, text)


@T(8)
def np_discipline(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["인사과", "운영지원과", "감사관실"]), "징계의결서", kind=c.ch(["report", "gongmun"]))
    d["recv"] = "내부결재"
    n = c.name()
    k = v % 4
    what = [("음주운전(혈중알코올농도 0.%03d%%)으로 벌금 %s의 약식명령 확정" % (c.r.randint(80, 160), c.won(500, 1500)), [R6, P23]),
            ("성희롱 및 품위유지의무 위반", [R6]),
            ("업무 관련 금품 수수로 징역 1년, 집행유예 2년 선고", [R6, P23]),
            ("초과근무 수당 부당 수령(%s)" % c.won(300, 2000), [R6])][k]
    d["title"] = "징계의결서(%s %s %s)" % (c.ch(["행정6급", "시설7급", "행정주사"]), c.ch(["주무관", "팀장"]), n)
    d["body"] = [("table", [["소속", d["dept"]], ["성명", n], ["징계 사유", what[0]], ["의결 주문", c.ch(["정직 2월", "감봉 3월", "견책", "강등"])]], "x"),
                 ("p", "위 사람에 대한 징계 사건을 심의한 결과 「지방공무원 징계 및 소청 규정」에 따라 위와 같이 의결한다."),
                 ("p", "%s  %s 인사위원회 위원장 (서명)" % (c.date(), org))]
    marking = "none"
    loc, cue = "whole_content", what[0]
    if v % 4 == 1:
        marking = "대외비"
        loc, cue = single_cue(c, d, ["header", "stamp_top", "footer", "결문_검토자", "예고문"], mark_text(c, "대외비"))
    label(d, "non_public", marking, what[1], cue_kind="content" if marking == "none" else "marking", loc=loc, cue_text=cue,
          flags=["content_only"] if marking == "none" else [])
    return d


@T(5)
def np_sickleave(c, v):
    org = c.ch(LOCAL + CENTRAL + ["미르소방서"])
    d = new_doc(c, org, c.ch(["운영지원과", "총무과", "인사과"]), "복무")
    d["recv"] = "내부결재"
    n = c.name()
    dx = c.ch(["요추 추간판 탈출증", "우울증 에피소드(F32)", "갑상선암 수술 후 회복", "급성 심근경색", "알코올 사용 장애 치료"])
    d["title"] = c.ch(["병가 승인(연장)", "질병휴직 처분 검토", "공무상 요양 승인 신청 검토"])
    d["body"] = [("p", "1. %s %s의 병가(질병휴직) 신청을 아래와 같이 처리하고자 합니다." % (c.ch(["주무관", "소방장", "사무관"]), n)),
                 ("table", [["성명", "진단명", "기간", "첨부"], [n, dx, "%s ~ %s" % (c.date(2026, 3), c.date(2026, 6)), "진단서(%s)" % c.ch(["미르병원", "한빛대학교병원", "새솔정신건강의학과"])]], "x"),
                 ("p", "2. 업무 대행: %s %s" % (c.ch(["주무관", "팀장"]), c.name()))]
    d["gongae"] = c.ch([None, None, stated_field(c, "non_public", [R6])])
    label(d, "non_public", "none", [R6, P23], cue_kind="content", loc="table", cue_text=dx, flags=["content_only"], stated=d["gongae"])
    return d


@T(3)
def np_union(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["총무과", "운영지원과"]), "명단", kind="report")
    d["title"] = "%d년 %d월 노동조합 조합비 일괄 공제 명단" % (2026, c.r.randint(1, 12))
    rows = [["소속", "성명", "조합", "공제액"]]
    for _ in range(5):
        rows.append([c.ch(["건축과", "세무과", "민원봉사과", "가온읍"]), c.name(), c.ch(["%s공무원노동조합" % org, "전국공무원노조 %s지부" % org]), c.won(15, 35)])
    d["body"] = [("table", rows, "x"), ("p", "※ 급여 담당자 외 열람 금지")]
    label(d, "non_public", "none", [R6, P23], cue_kind="content", loc="table", cue_text=rows[1][2], flags=["content_only"])
    return d


@T(5)
def np_hiring_review(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["인사과", "운영지원과", "총무과"]), "채용 심사", kind="report")
    d["title"] = "%s 경력경쟁채용 면접 심사 결과표" % c.ch(["정보보안(7급)", "건축직(8급)", "사회복지직", "환경연구사"])
    rows = [["응시자", "전문성", "의사소통", "공직관", "합계", "심사위원 의견"]]
    for _ in range(3):
        a, b, e = c.r.randint(10, 30), c.r.randint(10, 30), c.r.randint(10, 30)
        rows.append([c.name(), str(a), str(b), str(e), str(a + b + e), c.ch(["경력 과장 의심", "우수", "태도 불량", "보통", "재검증 필요"])])
    d["body"] = [("p", "○ 심사위원: %s(위원장), 외부위원 2명" % c.name()), ("table", rows, "x"),
                 ("p", "○ 심사 결과는 최종 합격자 결정 전까지 외부에 제공하지 않음")]
    label(d, "non_public", "none", [R5, R6], cue_kind="content", loc="table", cue_text="심사위원 의견", flags=["content_only"])
    return d


@T(4)
def np_promotion(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["인사과", "운영지원과"]), "승진 심사")
    d["recv"] = "내부결재"
    d["title"] = "%s 승진 후보자 서열 및 심사 의견 검토" % c.ch(["5급", "6급", "행정사무관"])
    rows = [["순위", "성명", "근무성적", "비고"]]
    for i in range(4):
        rows.append([str(i + 1), c.name(), "%.2f" % c.r.uniform(85, 99), c.ch(["징계 말소 전", "육아휴직 복귀", "-", "감사 지적 1건"])])
    d["body"] = [("p", "1. 승진임용 예정 인원(%d명)의 %d배수 후보자에 대한 심사 의견입니다." % (c.r.randint(2, 5), 3)), ("table", rows, "x")]
    st = stated_field(c, "non_public", [R5, R6])
    d["gongae"] = st
    label(d, "non_public", "none", [R5, R6], cue_kind="content", loc="table", cue_text=rows[1][3], stated=st)
    return d


@T(24)
def np_internal_review(c, v):
    org = c.ch(LOCAL + CENTRAL)
    topic = c.ch([("%s 조직 개편(안) 검토" % org, "국 단위 통폐합 시 정원 %d명 감축 효과" % c.r.randint(5, 40)),
                  ("공공요금 인상 시기 검토", "하수도 요금 %d%% 인상안과 단계적 인상안 비교" % c.r.randint(5, 20)),
                  ("%s 민간위탁 재계약 여부 검토" % c.ch(["체육센터", "노인복지관", "공영주차장"]), "현 수탁자 평가 점수 및 직영 전환 시 비용"),
                  ("쓰레기 소각장 입지 후보지 비교 검토", "후보지 %d곳의 주민 수용성·비용 비교(확정 전)" % c.r.randint(2, 4)),
                  ("규제 완화 건의 과제 내부 검토", "부처 협의 전 쟁점별 수용 가능성"),
                  ("보조금 부정수급 대응 방안 검토", "환수 강화 시 예상 민원과 대응 논리")])
    d = new_doc(c, org, c.ch(["기획예산과", "정책기획관실", "규제개혁담당관", "자원순환과", "혁신행정과"]), "검토보고서", kind=c.ch(["report", "report", "gongmun"]))
    d["recv"] = "내부결재"
    d["title"] = topic[0]
    d["body"] = [("p", "1. 검토 배경: %s" % c.ch(["단체장 지시사항", "의회 요구", "감사 지적 후속 조치", "민원 증가"])),
                 ("p", "2. 주요 내용: %s" % topic[1]),
                 ("table", [["대안", "장점", "단점"], ["1안", "재정 절감", "반발 예상"], ["2안", "수용성 높음", "효과 지연"]], "x"),
                 ("p", "3. 향후 계획: 관계 부서 협의 후 최종안 보고")]
    k = v % 3
    loc = SINGLE_LOCS[(v * 7) % len(SINGLE_LOCS)]
    if k == 0:
        cue = place(c, d, loc, c.ch(REVIEW_NOTES))
        ck = "internal_note"
    elif k == 1:
        cue = place(c, d, loc, c.ch(INFORMAL))
        ck = "informal_marking"
    else:
        st = stated_field(c, "non_public", [R5])
        cue = place(c, d, loc, st if loc == "공개구분" else "공개구분: " + st)
        ck = "disclosure_field"
    label(d, "non_public", "none", [R5], cue_kind=ck, loc=loc, cue_text=cue, stated=cue if ck == "disclosure_field" else None)
    return d


@T(6)
def np_negotiation(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["기획예산과", "투자유치과", "총무과", "교통정책과"]), "협상전략", kind=c.ch(["report", "gongmun"]))
    d["recv"] = "내부결재"
    d["title"] = c.ch(["민간투자사업(%s) 재협상 대응 전략" % c.ch(["경전철", "터널", "하수처리장"]), "%d년 공무직 임금 협상 대응 방안" % 2027,
                       "기업 유치 인센티브 협상 전략(%s)" % c.ch(COMPANIES)])
    d["body"] = [("p", "1. 협상 목표: 최소 수용선 %s, 목표선 %s" % (c.won(1000000, 3000000), c.won(500000, 999999))),
                 ("p", "2. 상대방 예상 요구와 단계별 양보 카드"),
                 ("table", [["단계", "우리 측 제시안", "양보 한계"], ["1차", "현행 유지", "-"], ["2차", "사용료 %d%% 조정" % c.r.randint(2, 8), "내부 승인 필요"]], "x"),
                 ("p", "3. 보도 대응: 협상 종료 전 일체 언급하지 않음")]
    mt = mark_text(c, "대외비")
    loc, cue = single_cue(c, d, ["stamp_top", "header", "footer", "제목", "결문_결재권자", "접수", "textbox", "table", "stamp_bottom", "wrapped"], mt)
    if c.r.random() < .4:
        d["yego"] = yego_text(c, "대외비")
    label(d, "non_public", "대외비", [R5], cue_kind="marking", loc=loc, cue_text=cue)
    return d


SECRET_TOPICS = {
    R2: [("%d년 %s 통상협상 대응 전략", ["한·아세안 서비스", "디지털 통상", "핵심광물 공급망"]),
         ("비상대비 자원 동원 계획(%s)", ["전시 물자", "수송 수단", "의료 인력"]),
         ("%s 외교 협의 대응 방안", ["접경지역 협력", "국제기구 분담금", "어업 협정"])],
    R3: [("%s 방호 계획", ["정수장(국가중요시설 가급)", "변전소 통합관제실", "청사 지하 상황실"]),
         ("%s 테러 대응 세부 계획", ["다중이용시설", "도시철도 환승역", "공항 연계 시설"])],
}


def secret_doc(c, v, marking):
    reason = R2 if (v % 3) else R3
    ttl, opts = c.ch(SECRET_TOPICS[reason])
    org = c.ch(CENTRAL + ["한빛광역시", "미르시"])
    d = new_doc(c, org, c.ch(["비상안전기획관", "통상정책과", "비상대비팀", "안전정책과"]), "비밀문서", kind=c.ch(["report", "gongmun"]))
    d["recv"] = c.ch(["내부결재", "수신자 참조"])
    d["title"] = ttl % ((2027, c.ch(opts)) if ttl.count("%") == 2 else c.ch(opts))
    d["body"] = [("p", "1. 목적: %s" % ("국가 이익 보호를 위한 대응 기조 확정" if reason == R2 else "핵심 시설 취약 지점 보강 및 침투 대응")),
                 ("table", [["구분", "세부 내용", "담당"], ["1단계", c.ch(["양보 한도 설정", "출입 통제 구역 확대", "대응 인력 배치"]), d["dept"]],
                            ["2단계", c.ch(["상대국 요구 수용 범위", "CCTV 사각지대 %d곳 보강" % c.r.randint(3, 12), "비상 발전기 위치 이전"]), "관계 기관"]], "x"),
                 ("p", "2. 조치 사항: 관계 기관 간 보안 유지하에 협의")]
    mt = mark_text(c, marking)
    pat = v % 5
    if pat == 0:
        d["top"], d["bottom"] = mt, mt
        d["yego"] = yego_text(c, marking)
        d["copyno"] = "사본번호: %d / %d" % (c.r.randint(1, 5), 5)
        loc, cue = "stamp_top", mt
    elif pat == 1:
        d["header"] = mt
        d["footer"] = mt
        loc, cue = "header", mt
    elif pat == 2:
        d["yego"] = yego_text(c, marking)
        loc, cue = "예고문", d["yego"]
    elif pat == 3:
        loc, cue = single_cue(c, d, ["stamp_top", "stamp_bottom", "두문", "제목", "결문_검토자", "시행", "textbox", "table", "wrapped"], mt)
        d["copyno"] = c.ch([None, "사본 번호 제%d호" % c.r.randint(1, 4)])
    else:
        d["top"] = mt
        d["bottom"] = "%s  /  보호기간: %d. 12. 31.까지" % (mt, c.ch([2028, 2030]))
        loc, cue = "stamp_top", mt
    label(d, "non_public", marking, [R1, reason], cue_kind="marking", loc=loc, cue_text=cue)
    return d


@T(12)
def np_secret3(c, v):
    return secret_doc(c, v, "III급")


@T(7)
def np_secret2(c, v):
    return secret_doc(c, v, "II급")


@T(4)
def np_secret1(c, v):
    return secret_doc(c, v + 2, "I급")


@T(6)
def np_disaster(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["안전총괄과", "재난대응과", "비상대비팀"]), "재난대응계획", kind="report")
    d["title"] = "%s 재난 대응 세부 실행 계획" % c.ch(["정수장 단수", "대규모 정전", "화학물질 유출", "댐 방류"])
    d["body"] = [("p", "1. 취약 지점: 취수구 제어실 출입문(%s), 비상 발전기 위치(지하 %d층)" % (c.ch(["비밀번호식 단일 잠금", "CCTV 미설치"]), c.r.randint(1, 3))),
                 ("table", [["시설", "방호 인력", "취약 시간대"], ["%s 정수장" % org, "%d명" % c.r.randint(2, 6), "02:00~05:00"], ["배수지 %d곳" % c.r.randint(2, 9), "무인", "상시"]], "x"),
                 ("p", "2. 비상연락 및 출입 통제 절차는 붙임 참조")]
    if v % 2 == 0:
        loc, cue = single_cue(c, d, ["stamp_top", "header", "footer", "결문_검토자", "예고문", "textbox"], mark_text(c, "대외비"))
        label(d, "non_public", "대외비", [R3], cue_kind="marking", loc=loc, cue_text=cue)
    else:
        label(d, "non_public", "none", [R3], cue_kind="content", loc="본문", cue_text="취약 지점", flags=["content_only"])
    return d


@T(6)
def np_infosec(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["정보통신과", "정보보호담당관", "스마트정보과"]), "보안점검", kind=c.ch(["report", "gongmun"]))
    d["recv"] = "내부결재"
    d["title"] = "%s 정보보안 점검 결과(세부 취약점)" % c.ch(["2026년 상반기", "행정정보시스템", "홈페이지"])
    rows = [["서버", "IP", "취약점", "조치 기한"]]
    for _ in range(3):
        rows.append([c.ch(["WEB-01", "DB-02", "WAS-03", "MAIL-01"]), "10.%d.%d.%d" % (c.r.randint(1, 250), c.r.randint(1, 250), c.r.randint(1, 250)),
                     c.ch(["관리자 계정 기본 비밀번호 사용", "SQL 삽입 취약점", "미패치 원격코드 실행", "불필요 포트 개방"]), c.date()])
    d["body"] = [("p", "1. 점검 기간: %s ~ %s" % (c.date(2026, 4), c.date(2026, 5))), ("table", rows, "x"),
                 ("p", "2. 조치 완료 전까지 세부 내용 공유를 금지함")]
    if v % 2 == 0:
        loc, cue = single_cue(c, d, ["stamp_top", "header", "footer", "결문_결재권자", "제목", "table"], mark_text(c, "대외비"))
        label(d, "non_public", "대외비", [R3, R5], cue_kind="marking", loc=loc, cue_text=cue)
    else:
        label(d, "non_public", "none", [R3, R5], cue_kind="content", loc="table", cue_text=rows[1][2], flags=["content_only"])
    return d


@T(5)
def np_fire(c, v):
    org = c.ch(["미르소방서", "한빛광역시 소방본부"])
    d = new_doc(c, org, c.ch(["화재조사팀", "화재조사과"]), "화재조사보고서", kind="report")
    n, w = c.name(), c.name()
    d["title"] = "화재 조사 보고서(%s %s)" % (c.ch(["공장", "주택", "상가", "창고"]), c.date())
    d["body"] = [("table", [["발화 장소", c.addr()], ["관계인", "%s(%s)" % (n, c.mobile())], ["추정 원인", c.ch(["방화 의심(촉진제 검출)", "전기적 요인(미확정)", "담뱃불 추정"])], ["재산 피해", c.won(10000, 500000)]], "x"),
                 ("p", "○ 관계인 진술: %s은(는) \"%s\"라고 진술함" % (n, c.ch(["보험 가입 사실은 없다", "전날 밤 문을 잠그고 퇴근했다", "옆 점포 %s과 분쟁이 있었다" % w]))),
                 ("p", "○ 경찰 수사 의뢰 여부: %s" % c.ch(["의뢰(미르경찰서 형사과)", "검토 중"]))]
    label(d, "non_public", "none", [R4, R6], cue_kind="content", loc="본문", cue_text="관계인 진술", flags=["content_only"])
    return d


@T(6)
def np_police(c, v):
    org = c.ch(["미르경찰서"])
    d = new_doc(c, org, c.ch(["수사과", "형사과", "사이버수사팀"]), "공문")
    d["recv"] = c.ch(LOCAL) + "장 (" + c.ch(["복지정책과장", "건축과장", "회계과장"]) + ")"
    n = c.name()
    d["title"] = c.ch(["수사 협조 요청(자료 제공)", "사실 조회 요청", "피의자 인적사항 확인 요청"])
    d["body"] = [("p", "1. 당서에서 수사 중인 %s 사건(%s)과 관련입니다." % (c.ch(["보조금 편취", "사기", "업무상 횡령", "허위 공문서 작성"]), "2026-%05d" % c.r.randint(1, 99999))),
                 ("p", "2. 피의자 %s(%d년생)에 대한 아래 자료를 %s까지 제공하여 주시기 바랍니다." % (n, c.r.randint(1960, 1999), c.date())),
                 ("p", "  가. 보조금 신청서 및 증빙 일체\n  나. 담당 공무원 결재 기록"),
                 ("p", "3. 수사 보안을 위해 본 요청 사실을 당사자에게 알리지 마시기 바랍니다.")]
    st = stated_field(c, "non_public", [R4, R6])
    d["gongae"] = c.ch([st, None])
    label(d, "non_public", "none", [R4, R6], cue_kind="content", loc="본문", cue_text="피의자 " + n, flags=["content_only"] if not d["gongae"] else [], stated=d["gongae"])
    return d


@T(4)
def np_complaint(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["환경지도과", "건축과", "산림녹지과"]), "고발")
    d["recv"] = "미르경찰서장"
    comp, rep = c.ch(SOLE + COMPANIES), c.name()
    d["title"] = "%s 위반 사업장 고발" % c.ch(["「물환경보전법」", "「건축법」", "「산지관리법」", "「폐기물관리법」"])
    d["body"] = [("p", "1. 아래 위반자를 고발하오니 엄정히 처리하여 주시기 바랍니다."),
                 ("table", [["피고발인", "%s 대표 %s" % (comp, rep)], ["주소", c.addr()], ["연락처", c.mobile()], ["위반 내용", c.ch(["폐수 무단 방류", "무허가 건축물 사용", "산지 불법 전용", "폐기물 불법 매립"])]], "x"),
                 ("p", "2. 증거: 현장 사진 %d매, 시료 분석 결과서" % c.r.randint(4, 20))]
    d["attach"] = ["고발장 1부", "증거 자료 1부"]
    label(d, "non_public", "none", [R4, R6], cue_kind="content", loc="table", cue_text="피고발인", flags=["content_only"])
    return d


@T(5)
def np_audit_plan(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["감사관실", "감사담당관"]), "감사계획", kind=c.ch(["report", "gongmun"]))
    d["recv"] = "내부결재"
    d["title"] = "%s 특정감사 계획(착수 전)" % c.ch(["보조금 부정수급 의혹", "계약 비리 제보", "복무 위반 제보"])
    d["body"] = [("p", "1. 감사 대상: %s 및 관련 보조사업자 %d곳" % (c.ch(["일자리경제과", "건축과", "가온읍"]), c.r.randint(2, 6))),
                 ("p", "2. 중점 점검: 제보 내용(%s) 사실 확인, 관련 계좌 추적 필요성 검토" % c.ch(["쪼개기 수의계약", "허위 정산", "출장 허위 기재"])),
                 ("p", "3. 감사 착수일: %s (사전 통보 없이 실시)" % c.date())]
    if v % 2 == 0:
        loc, cue = single_cue(c, d, ["stamp_top", "header", "결문_검토자", "footer", "예고문"], mark_text(c, "대외비"))
        label(d, "non_public", "대외비", [R5], cue_kind="marking", loc=loc, cue_text=cue)
    else:
        label(d, "non_public", "none", [R5], cue_kind="content", loc="본문", cue_text="사전 통보 없이 실시", flags=["content_only"])
    return d


@T(4)
def np_minutes_closed(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["인사과", "기획예산과", "감사관실"]), "회의록", kind="report")
    d["title"] = "제%d회 %s 회의록" % (c.r.randint(1, 9), c.ch(["인사위원회", "계약심의위원회", "징계위원회", "공적심사위원회"]))
    d["body"] = [("table", [["일시", c.date(), "회의 공개", "비공개"]], "x"),
                 ("p", "○ 위원 甲: 후보자 간 평가 점수 차이가 근소하여 재심사를 제안합니다."),
                 ("p", "○ 위원 乙: 제보 내용의 사실 여부가 확인되기 전에는 의결을 보류해야 합니다."),
                 ("p", "○ 결정: %s" % c.ch(["의결 보류", "재심의", "원안 의결(표결 5:2)"]))]
    label(d, "non_public", "none", [R5], cue_kind="content", loc="table", cue_text="비공개")
    return d


@T(7)
def np_welfare_case(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["희망복지지원단", "기초생활보장과", "통합사례관리팀"]), "사례관리", kind=c.ch(["report", "gongmun"]))
    d["recv"] = "내부결재"
    n = c.name()
    health = v % 2 == 0
    d["title"] = c.ch(["기초생활수급자 생계급여 책정 결정", "통합사례관리 대상자 선정 회의 결과", "긴급복지 지원 결정(개별 가구)"])
    rows = [["대상자", n], ["주소", c.addr()], ["가구 현황", "%s, 월 소득 %s" % (c.ch(["1인 가구", "모자 가구", "노인 부부"]), c.won(200, 900))]]
    if health:
        rows.append(["건강 상태", c.ch(["조현병 치료 중단", "알코올 의존, 간경화", "치매 초기(진단 %s)" % c.date(2025), "중증 장애(뇌병변)"])])
    rows.append(["결정", c.ch(["생계급여 %s 책정" % c.won(400, 900), "사례관리 집중 대상", "긴급 생계비 1개월 지원"])])
    d["body"] = [("table", rows, "x"), ("p", "○ 사례관리사 의견: 가족 관계 단절, 주 1회 방문 상담 필요")]
    label(d, "non_public", "none", [R6, P23] if health else [R6], cue_kind="content", loc="table", cue_text=rows[3][1] if health else n, flags=["content_only"])
    return d


@T(3)
def np_roster(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["총무과", "운영지원과", "안전총괄과"]), "명단", kind="report")
    d["title"] = "%s 직원 비상연락망(자택)" % d["dept"]
    rows = [["성명", "휴대전화", "자택 주소"]]
    for _ in range(5):
        rows.append([c.name(), c.mobile(), c.addr()])
    d["body"] = [("table", rows, "x")]
    label(d, "non_public", "none", [R6], cue_kind="content", loc="table", cue_text=rows[1][1], flags=["content_only"])
    return d


@T(4)
def np_landdev(c, v):
    org = c.ch(LOCAL + ["국토교통부"])
    d = new_doc(c, org, c.ch(["도시계획과", "신도시개발과", "지역개발과"]), "개발계획", kind="report")
    d["title"] = "%s 개발 예정지 검토(발표 전)" % c.ch(["산업단지", "공공주택지구", "역세권", "물류단지"])
    d["body"] = [("p", "1. 후보지: %s 일원 약 %d만㎡" % (c.ch(["가온읍 새말리", "새솔동", "미르동 버들내"]), c.r.randint(10, 150))),
                 ("table", [["후보지", "현 지가(㎡당)", "예상 보상가", "발표 예정"], ["A", c.won(100, 900), c.won(200, 1500), c.date(2027)]], "x"),
                 ("p", "2. 투기 방지를 위해 발표 전 관계자 외 열람을 엄금함")]
    loc, cue = single_cue(c, d, ["stamp_top", "header", "footer", "제목", "textbox", "예고문", "stamp_bottom"], mark_text(c, "대외비"))
    label(d, "non_public", "대외비", [R5, R8], cue_kind="marking", loc=loc, cue_text=cue)
    return d


@T(3)
def np_bid_price(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["회계과", "계약팀"]), "예정가격", kind="gongmun")
    d["recv"] = "내부결재"
    d["title"] = "%s 예정가격 결정" % c.ch(["청사 리모델링 공사", "하수관로 정비 공사", "정보시스템 유지관리 용역"])
    d["body"] = [("p", "1. 기초금액 %s, 복수예비가격 15개 중 추첨 4개의 산술평균으로 결정" % c.won(100000, 900000)),
                 ("p", "2. 예정가격: %s (개찰 전 누설 금지)" % c.won(100000, 900000))]
    loc, cue = single_cue(c, d, ["stamp_top", "header", "결문_기안자", "시행", "footer", "textbox"], mark_text(c, "대외비"))
    label(d, "non_public", "대외비", [R5], cue_kind="marking", loc=loc, cue_text=cue)
    return d



SINGLE_MARK_CONTENT = [
    ("징계 처리 계획(%s 관련 비위 공무원)", "비위 공무원 %s(시설8급)의 징계 수위 검토: 중징계 요구 예정", [R6]),
    ("%s 특정감사 착수 계획", "제보 대상 부서 및 보조사업자 현장 확인 일정(사전 통보 없음)", [R5]),
    ("%s 예정가격 산정 결과", "복수예비가격 산정 기초금액 및 사정률(개찰 전 누설 금지)", [R5]),
    ("%s 비상 급수 취약 지점 점검", "배수지 무인 시설의 출입 통제 취약 시간대와 보강 우선순위", [R3]),
    ("%s 노사 임금 협상 대응 방안", "단계별 제시안과 최종 양보선(협상 종료 전 비공개)", [R5]),
]


@T(24)
def np_single_mark(c, v):
    org = c.ch(LOCAL + CENTRAL)
    ttl, body, reasons = SINGLE_MARK_CONTENT[v % len(SINGLE_MARK_CONTENT)]
    d = new_doc(c, org, c.ch(["감사관실", "회계과", "인사과", "안전총괄과", "총무과"]), "공문" if v % 2 else "보고서", kind="gongmun" if v % 2 else "report")
    d["recv"] = "내부결재"
    d["title"] = ttl % c.ch(["2026년", "상반기", "하반기", org])
    d["body"] = [("p", "1. 추진 배경: %s" % c.ch(["제보 접수", "정기 점검 결과", "단체장 지시", "관계 기관 요청"])),
                 ("p", "2. 주요 내용: " + (body % c.name() if "%s" in body else body)),
                 ("p", "3. 향후 조치: 결재 후 관계 부서에 개별 통보")]
    loc = SINGLE_LOCS[(v * 5 + 3) % len(SINGLE_LOCS)]
    mt = mark_text(c, "대외비")
    if loc == "공개구분":
        mt = stated_field(c, "non_public", reasons) + " " + mt
    cue = place(c, d, loc, mt)
    label(d, "non_public", "대외비", reasons, cue_kind="marking", loc=loc, cue_text=cue, flags=["single_line_cue"])
    return d


PII_LOCS = ["수신", "제목", "본문", "table", "textbox", "footnote", "붙임", "wrapped", "header", "footer"]


@T(20)
def par_pii_anywhere(c, v):
    org = c.ch(LOCAL)
    d = new_doc(c, org, c.ch(["건축과", "환경지도과", "복지정책과", "민원봉사과", "도로관리과"]), "공문")
    d["recv"] = c.ch(["내부결재", "%s 읍·면·동장" % org])
    d["title"] = c.ch(["불법 광고물 신고 처리 결과", "도로 점용 허가 민원 처리", "가로등 고장 민원 처리 결과", "경로당 보수 요청 처리", "생활 불편 신고 처리 결과"])
    d["body"] = [("p", "1. 관련: 민원 접수번호 1AA-2%03d-%07d" % (c.r.randint(100, 999), c.r.randint(0, 9999999))),
                 ("p", "2. 현장 확인 결과 %s하였으므로 처리 결과를 알려 드립니다." % c.ch(["보수 완료", "시정 조치", "허가 조건 부여", "이첩"])),
                 ("p", "3. 처리 결과에 이의가 있는 경우 90일 이내에 행정심판을 청구할 수 있습니다.")]
    loc = PII_LOCS[v % len(PII_LOCS)]
    n = c.name()
    full = v % 3 == 0
    idv = c.rrn() if full else c.mobile()
    txt = {"수신": "%s 귀하(%s)" % (n, c.addr()), "제목": "%s 민원인 %s 관련" % ("", n), "본문": "※ 신고인: %s(%s)" % (n, idv),
           "table": "신고인 %s / %s" % (n, idv), "textbox": "신고인 %s  연락처 %s" % (n, idv), "footnote": "1) 신고인 %s(%s)의 요청에 따라 회신함" % (n, idv),
           "붙임": "(신고인 %s 제출 사진 포함)" % n, "wrapped": "신고인 %s 연락처 %s" % (n, idv), "header": "민원인: %s" % n, "footer": "민원인 %s(%s)" % (n, idv)}[loc]
    if loc == "수신":
        d["recv"] = txt
        cue = n
    elif loc == "제목":
        d["title"] = d["title"] + "(민원인 %s)" % n
        cue = n
    elif loc == "table":
        d["body"].insert(1, ("table", [["구분", "내용"], ["신고인", n], ["연락처", idv]], "x"))
        cue = idv
    elif loc == "붙임":
        d["attach"] = ["현장 사진 1부"]
        cue = place(c, d, loc, txt)
    else:
        cue = place(c, d, loc, txt)
    reasons = [R6, P24] if full and loc in ("본문", "table", "textbox", "footnote", "wrapped", "footer") else [R6]
    label(d, "partial", reasons=reasons, cue_kind="personal_data", loc=loc, cue_text=cue, flags=["single_line_cue"])
    return d


TRAPS = ["※ 대외비·비밀 문서는 본 공문과 별도로 관리하시기 바랍니다", "비밀번호 변경 주기: 90일(3회 오류 시 잠금)",
         "개인정보(주민등록번호 등)는 회신 서식에 기재하지 마십시오", "비공개 대상 정보(제9조 제1항 제5호) 해당 없음",
         "3급 이상 간부 교육 일정 포함", "보안 서약서 제출 대상: 비밀취급인가 예정자", "「보안업무규정」 제4조에 따른 보안 교육 실시",
         "공개구분 표시 누락 시 '비공개'로 오인될 수 있으니 유의", "고발·수사 의뢰 건수는 통계로만 관리", "Ⅱ급 정비 대상 차량 목록 첨부"]


@T(20)
def pub_trap_anywhere(c, v):
    org = c.ch(LOCAL + CENTRAL)
    d = new_doc(c, org, c.ch(["총무과", "운영지원과", "정보통신과", "안전총괄과", "회계과", "복지정책과"]), "공문")
    d["recv"] = recv_org(c, org)
    d["title"] = c.ch(["하반기 보안 교육 일정 안내", "공용차량 정비 계획 알림", "부서별 업무 협조 사항 알림", "문서 관리 실태 점검 결과 알림",
                       "청사 출입 관리 개선 안내", "%d년 예산 편성 지침 알림" % 2027])
    d["body"] = [("p", "1. 관련: %s" % c.docno("총무")),
                 ("p", "2. %s" % c.ch(["업무 추진에 참고하시기 바랍니다.", "각 부서에서는 소속 직원에게 전파하여 주시기 바랍니다.", "제출 기한을 준수하여 주시기 바랍니다."])),
                 ("table", [["구분", "일정", "비고"], ["1차", c.date(), "대회의실"], ["2차", c.date(), "온라인"]], "x")]
    loc = SINGLE_LOCS[(v * 11 + 1) % len(SINGLE_LOCS)]
    t = TRAPS[v % len(TRAPS)]
    if loc == "공개구분":
        t = "공개 (" + t + ")"
    else:
        d["gongae"] = "공개"
    cue = place(c, d, loc, t)
    label(d, "public", cue_kind="mention", loc=loc, cue_text=cue, flags=["mention_only", "single_line_cue"], stated="공개")
    return d

@T(6, fmts=["text", "pdf"])
def np_ocr(c, v):
    f = [np_secret3, np_negotiation, np_discipline, np_sickleave, np_secret2, np_internal_review][v % 6]
    d = f(c, v + 20)
    d["ocr"] = True
    d["meta"]["flags"] = d["meta"]["flags"] + ["ocr"]
    return d


@T(4, fmts=["text", "pdf"])
def pub_ocr(c, v):
    f = [pub_cover, pub_sec_guide, pub_grade, pub_password][v % 4]
    d = f(c, v + 20)
    d["ocr"] = True
    d["meta"]["flags"] = d["meta"]["flags"] + ["ocr"]
    return d


PDF_MAP = {"·": "ㆍ", "‐": "-", "…": "..."}


def pdf_safe(s):
    """The Adobe-Korea1 CID fonts have no glyph for these three; print the usual Korean substitutes."""
    if s is None:
        return s
    return "".join(PDF_MAP.get(ch, ch) for ch in s)


def pdf_safe_all(E, hdr, ftr):
    out = []
    for k, p, st in E:
        if k == "table":
            p = [[pdf_safe(x) for x in row] for row in p]
        else:
            p = pdf_safe(p)
        out.append((k, p, st))
    return out, pdf_safe(hdr), pdf_safe(ftr)


def add_filler(fr, d, long):
    """Neutral continuation pages (schedule, legal basis) that do not change the label."""
    tasks = ["관계 부서 협의", "현장 확인", "예산 반영 검토", "결과 보고", "추진 상황 점검", "교육·홍보", "시스템 반영", "자료 정리",
             "중간 점검", "만족도 조사", "규정 정비", "후속 조치 확인"]
    rows = [["연번", "추진 일정", "세부 과제", "주관"]]
    for i in range(fr.randint(24, 40) if long else fr.randint(5, 9)):
        rows.append([str(i + 1), "2026. %d. %d." % (fr.randint(1, 12), fr.randint(1, 28)), fr.choice(tasks), d["dept"]])
    paras = ["가. 추진 근거: 관계 법령 및 %s 업무 처리 지침" % d["org"],
             "나. 소요 예산: 기정 예산 범위 내 집행(추가 편성 없음)",
             "다. 기대 효과: 업무 처리 기간 단축 및 행정 신뢰도 제고",
             "라. 협조 사항: 각 부서는 추진 일정에 맞추어 자료를 제출하고, 변경 사항은 담당 부서와 사전 협의"]
    d["attach_content"] = [("p", "[붙임] 세부 추진 일정"), ("table", rows, "x")] + [("p", p) for p in paras]


# ================================================================= build
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype", names
        zi = z.getinfo("mimetype")
        assert zi.compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                    "META-INF/container.xml", "META-INF/manifest.xml"):
            assert req in names, req
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
    out = []
    for p in root.iter(HP + "p"):
        for run in p.findall(HP + "run"):
            for t in run.findall(HP + "t"):
                out.append("".join(t.itertext()))
    feats = {k: any(True for _ in root.iter(HP + k)) for k in ("tbl", "header", "footer", "rect", "footNote")}
    return "\n".join(out), feats


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    recs, metas = [], []
    i = 0
    for ti, (tname, n, f, fmts) in enumerate(TEMPLATES):
        for v in range(n):
            i += 1
            did = "%s-%04d" % (SETNAME, i)
            c = C(tname, v)
            d = f(c, v)
            fr = rng(tname, "fmt%d" % v)
            if fmts:
                fmt = fmts[(ti + v) % len(fmts)]
            else:
                fmt = ["text", "hwpx", "pdf"][(ti + v) % 3]
            if fr.random() < .45:
                slogan = fr.choice(["함께 만드는 안전한 %s", "%s - 국민과 함께하는 정부혁신", "%s 적극행정 실천", "청렴 %s, 신뢰받는 공직사회"]) % d["org"]
                d["footer"] = (d["footer"] + "    " + slogan) if d["footer"] else slogan
            if fr.random() < .3 and not d["header"]:
                d["header"] = "%s %s" % (d["org"], d["dept"])
            if fr.random() < .2 and not d["footnote"]:
                d["footnote"] = fr.choice(["1) 관련 근거: 「행정업무의 운영 및 혁신에 관한 규정」 및 같은 규정 시행규칙",
                                           "1) 금액은 부가가치세 포함, 천 원 단위 절사", "1) 일정은 기관 사정에 따라 변경될 수 있음"])
            if fr.random() < .15 and not d["textbox"]:
                d["textbox"] = fr.choice(["【요약】 %s 관련 사항을 보고(알림)함" % d["dept"], "【문의】 %s 담당자(☎ %s)" % (d["dept"], d["tel"])])
            if fmt in ("pdf", "hwpx") and v % 2 == 0:
                add_filler(rng(tname, "fill%d" % v), d, long=(fmt == "pdf"))
            E, hdr, ftr = assemble(c, d)
            cue = d["meta"]["cue_text"]
            if d["ocr"]:
                E, cue = apply_ocr(c, E, cue)
                d["meta"]["cue_text"] = cue
                if hdr and d["meta"]["cue_location"] not in ("header",):
                    hdr = ocr_line(c, hdr).replace("\n", " ")
            if fmt == "pdf":
                E, hdr, ftr = pdf_safe_all(E, hdr, ftr)
                d["meta"]["cue_text"] = pdf_safe(d["meta"]["cue_text"])
            disc, marking, reasons = d["label"]
            rec = dict(id=did)
            if fmt == "text":
                rec["text"] = render_text(E, hdr, ftr, fr)
            elif fmt == "hwpx":
                rel = "files/%s.hwpx" % did
                render_hwpx(os.path.join(OUT, rel), E, hdr, ftr, did)
                rec["file"] = rel
            else:
                rel = "files/%s.pdf" % did
                render_pdf(os.path.join(OUT, rel), E, hdr, ftr, did)
                rec["file"] = rel
            rec.update(disclosure=disc, marking=marking, reasons=reasons, genre=d["genre"])
            recs.append(rec)
            m = dict(id=did, template=tname, variant=v, format=fmt, org=d["org"], org_kind=ORGS[d["org"]]["kind"],
                     layout=dict(gongmun=d["kind"] == "gongmun", header=bool(hdr), footer=bool(ftr), textbox=any(e[0] == "box" for e in E),
                                 footnote=bool(d["footnote"]), tables=sum(1 for e in E if e[0] == "table")), header_text=hdr or None)
            mm = d["meta"]
            m.update(cue_kind=mm["cue_kind"], cue_location=mm["cue_location"], cue_text=mm["cue_text"], flags=mm["flags"],
                     stated_field_text=mm["stated_field_text"])
            metas.append(m)
    with open(os.path.join(OUT, "sens_ag.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "sens_ag.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    report = validate()
    write_readme(report)
    write_md5()
    print("ok", report["n"], report["fmt"])


# ----------------------------------------------------------------- validation
RRN_RE = re.compile(r"(?<!\d)(\d{6})\s*[-‐－]\s*(\d{7})(?!\d)")
PASS_RE = re.compile(r"(?<![A-Z0-9])(M\d{8}|M\d{3}[A-E]\d{4}|C\d{7}|E\d{8}|P\d{7}A)(?![A-Z0-9])")


def doc_text(r):
    if "text" in r:
        return r["text"]
    p = os.path.join(OUT, r["file"])
    if p.endswith(".hwpx"):
        return hwpx_text(p)[0]
    return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, check=True).stdout.decode("utf-8")


def validate():
    recs = [json.loads(l) for l in open(os.path.join(OUT, "sens_ag.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(OUT, "sens_ag.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    have_pdftotext = shutil.which("pdftotext") is not None
    pdf_pages = {}
    hw_feats = {"tbl": 0, "header": 0, "footer": 0, "rect": 0, "footNote": 0}
    for r, m in zip(recs, metas):
        assert r["id"] == m["id"]
        keys = set(r)
        assert keys in ({"id", "text", "disclosure", "marking", "reasons", "genre"}, {"id", "file", "disclosure", "marking", "reasons", "genre"}), keys
        disc, mk, rs = r["disclosure"], r["marking"], r["reasons"]
        assert disc in ("public", "partial", "non_public") and mk in MARKS
        assert rs == order(rs) and len(set(rs)) == len(rs) and all(x in R for x in rs)
        if disc == "public":
            assert rs == [] and mk == "none", r["id"]
        else:
            assert rs, r["id"]
        if mk in ("III급", "II급", "I급"):
            assert disc == "non_public" and R1 in rs and (R2 in rs or R3 in rs), r["id"]
        if mk == "대외비":
            assert disc == "non_public" and R1 not in rs and rs, r["id"]
        if R1 in rs:
            assert mk in ("III급", "II급", "I급")
        if "mention_only" in m["flags"]:
            assert mk == "none"
        if "field_contradicts_content" in m["flags"]:
            assert m["stated_field_text"] and "공개" in m["stated_field_text"] and disc != "public"
        # text checks
        if "file" in r:
            p = os.path.join(OUT, r["file"])
            assert os.path.exists(p)
            if p.endswith(".hwpx"):
                txt, feats = hwpx_text(p)
                for k in hw_feats:
                    hw_feats[k] += feats[k]
                if m["layout"]["header"]:
                    assert feats["header"], r["id"]
                if m["layout"]["tables"]:
                    assert feats["tbl"], r["id"]
                if m["layout"]["textbox"]:
                    assert feats["rect"], r["id"]
            else:
                with open(p, "rb") as fh:
                    assert fh.read(5) == b"%PDF-"
                if not have_pdftotext:
                    continue
                raw = subprocess.run(["pdftotext", p, "-"], capture_output=True, check=True).stdout.decode("utf-8")
                pages = [x for x in raw.split("\f") if x.strip()]
                pdf_pages[r["id"]] = len(pages)
                for pi, pg in enumerate(pages):
                    assert ("-%d-" % (pi + 1)) in norm(pg), (r["id"], pi)
                    if m["layout"]["header"] and "ocr" not in m["flags"]:
                        assert norm(m["header_text"])[:8] in norm(pg), (r["id"], pi)
                txt = raw
        else:
            txt = r["text"]
        nt = norm(txt)
        ct = m["cue_text"]
        if ct and m["cue_location"] != "none":
            assert norm(ct) in nt, (r["id"], ct)
        assert len(re.findall(r"[가-힣]", txt)) >= 40, r["id"]
        # PIPA-24 consistency (unmasked national IDs)
        variants = [unicodedata.normalize("NFKC", txt).replace("\n", " ")]
        if "ocr" in m["flags"]:
            variants.append(unicodedata.normalize("NFKC", txt).replace("\n", ""))
        ids = []
        for t2 in variants:
            ids += [a + b for a, b in RRN_RE.findall(t2) if a + b != "0" * 13]
            ids += PASS_RE.findall(t2)
        if P24 in rs:
            assert ids, r["id"]
        else:
            assert not ids, (r["id"], ids)
    from collections import Counter
    rep = dict(n=len(recs), disc=Counter(r["disclosure"] for r in recs), mark=Counter(r["marking"] for r in recs),
               reasons=Counter(x for r in recs for x in r["reasons"]), fmt=Counter(m["format"] for m in metas),
               loc=Counter(m["cue_location"] for m in metas), kind=Counter(m["cue_kind"] for m in metas),
               flags=Counter(f for m in metas for f in m["flags"]), genre=Counter(r["genre"] for r in recs),
               orgkind=Counter(m["org_kind"] for m in metas), tmpl=Counter(m["template"] for m in metas),
               pdf_multi=sum(1 for v in pdf_pages.values() if v > 1), pdf_checked=len(pdf_pages), hw=hw_feats,
               exact=Counter("%s|%s|%s" % (r["disclosure"], r["marking"], ",".join(r["reasons"])) for r in recs))
    n = rep["n"]
    assert n >= 260 and rep["fmt"]["hwpx"] >= 65 and rep["fmt"]["pdf"] >= 65
    for k in ("public", "partial", "non_public"):
        assert rep["disc"][k] >= 0.25 * n, (k, rep["disc"])
    assert rep["mark"]["대외비"] >= 14 and rep["mark"]["III급"] >= 10 and rep["mark"]["II급"] >= 6 and rep["mark"]["I급"] >= 3, rep["mark"]
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == n
    return rep


# ----------------------------------------------------------------- README / MD5
def table(counter, head, keys=None):
    keys = keys or sorted(counter, key=lambda k: (-counter[k], str(k)))
    out = ["| %s | n |" % head, "|---|---|"]
    out += ["| %s | %d |" % (k, counter[k]) for k in keys]
    return "\n".join(out)


def write_readme(rep):
    n = rep["n"]
    txt = """# sens_ag — independent sensitivity evaluation set (synthetic)

An evaluation set for a Korean public-sector document **sensitivity** classifier
(정보공개 `disclosure`, 보안 `marking`, `reasons`). It contains {n} synthetic documents:
inline text, real `.hwpx` (OWPML) packages and real multi-page `.pdf` files. The weight is on
everyday 중앙부처/지자체 administration: 예산·회계 (계약, 보조금 정산, 감사 지적), 인사 (채용 심사, 승진,
징계, 복무·병가), 복지 (수급자 결정, 사례관리), 환경·건축 인허가 (민원, 현장 조사, 고발), 경찰·소방 (수사 협조,
화재 조사), 재난 대응 계획, 정보보안 점검, 정책 검토·협상 전략, and 위원회 회의록. Many non-public documents
have **one** cue only, either the content itself or a single line somewhere in the document. Many public
documents are full of words such as 비밀, 대외비, Ⅲ급, 비공개(5), 주민등록번호, 피의자 and 고발 that are
only mentions.

Every name, number, address and sentence was invented by `make_set.py`. Institution names are used
only as issuing bodies. Check-digit-valid RRNs/FRNs are random and may match real numbers by chance,
so treat the files as sensitive-looking test data.

## Files

| file | content |
|---|---|
| `make_set.py` | Deterministic generator (standard library + reportlab). Seeds are strings: `random.Random("sens_ag-2026|<template>|<variant>")`. Zip entries use a fixed timestamp. reportlab runs with `invariant=1`. Running it rewrites everything, validates it, writes this README and then `MD5SUMS`. |
| `sens_ag.jsonl` | {n} records. `{{"id","text",...}}` for inline text, or `{{"id","file",...}}` with `file` relative to this folder (`files/sens_ag-0001.hwpx`), plus `disclosure`, `marking`, `reasons` and `genre`. |
| `sens_ag.meta.jsonl` | Per id: `template`, `variant`, `format`, `org`, `org_kind`, `layout` (gongmun / header / footer / textbox / footnote / tables), `cue_kind`, `cue_location`, `cue_text` (as printed, OCR noise included; `\\n` marks a wrapped line), `flags`, `stated_field_text` (the 공개구분 text printed in the document, or null). |
| `files/` | {hw} `.hwpx` and {pdf} `.pdf`. |
| `MD5SUMS` | md5sum of every other file, written last. |

Regenerate with `python make_set.py`. The venv used was `/work/evalsets/venv_sens_ag` with reportlab 5.1.0. Validation needs `pdftotext` (poppler-utils).

## Composition

{disc}

{mark}

{reasons}

{fmt}

{loc}

{kind}

{flags}

{orgk}

{genre}

{tmpl}

Exact (disclosure | marking | reasons) combinations:

{exact}

## Label rules applied (from the dev README's "Sensitivity set" section)

- Reason codes are written in canonical order: OIDA-9-1-1 … OIDA-9-1-8, PIPA-23, PIPA-24.
- **public** has no reasons and marking `none`. Officials' names, positions, direct lines and 전자우편 in a 결문 or
  보도자료 are disclosable (제9조 제1항 제6호 라목), and so are masked names (`김○○`), the example person `홍길동`,
  `000000-0000000`, company names and contract amounts.
- **partial**: the document can be disclosed once personal or business data is removed. Private persons
  identifiable → `OIDA-9-1-6`. An unmasked RRN/FRN/passport number → add `PIPA-24`. A masked RRN
  (`850312-1******`) gives `-6` only. Business cost sheets, process recipes and unannounced plans → `OIDA-9-1-7`.
  Minutes that withhold one agenda item → `-5` (negotiation or price under discussion) or `-6` (a private applicant).
- **non_public**: the sensitive part is the document itself.
  - 비밀 (Ⅰ/Ⅱ/Ⅲ급): `OIDA-9-1-1` plus `-2` (통상·외교·비상대비) or `-3` (facility protection, terror response).
  - 대외비: content reasons only, never `-1`. Negotiation strategy, audit plans and 예정가격 → `-5`.
    Disaster plans with weak points → `-3`. Detailed security-audit findings → `-3, -5`. Pre-announcement
    development sites → `-5, -8`. Discipline → `-6` (+`PIPA-23` for a criminal conviction).
  - Content-only: discipline with a conviction → `-6, PIPA-23`. Discipline without one → `-6`.
    Sick leave with a diagnosis → `-6, PIPA-23`. Union dues list → `-6, PIPA-23`. Interview score sheets
    and promotion reviews → `-5, -6`. Internal policy reviews → `-5`. Fire investigations, police
    requests for information and 고발 → `-4, -6`. Closed minutes → `-5`. Individual welfare decisions →
    `-6` (+`PIPA-23` with health data). Staff home-address rosters → `-6`.
- `marking` is what the document itself carries. Stamps vary (`대 외 비`, `[대외비]`, `《대외비》`, `對外秘`,
  `…까지 대외비`, `대외비(보호기간: …까지)`, `보안등급: 대외비`, `Ⅲ급비밀`, `III급 비밀`, `3급 비밀`,
  `비밀(Ⅲ급)`, `Ⅲ 급 비 밀`, `비밀(Ⅱ급)`, `Ⅰ급비밀`, …). They sit at the top and/or bottom, in page headers and
  footers, in the 두문, 제목, 결문 fields, 시행/접수, text boxes, tables, wrapped across two lines, or **only** in
  a 예고문 line. A document whose only security cue is a 예고문 still carries that marking.
- Informal internal markings (`대외주의`, `취급주의`, `내부용`, `FOR INTERNAL USE ONLY`, `관계자 외 열람 금지`, …)
  are **not** markings (`marking = none`). On an internal review they support `non_public [-5]`.
- Mention-only documents stay `public` / `none`: guides quoting markings and 제9조 citations in every spelling,
  password notices, civil-service grades (`3급(부이사관)`, `1급(관리관)`), water-quality grades (`Ⅲ급수`), facility
  grades (`국가중요시설 '다'급`), 비상 1단계, declassification notices, cover letters saying an attachment is a
  비밀 and is sent separately, example forms and specimen stamps, and embargo lines on 보도자료.
- **Field contradicting content** (flag `field_contradicts_content`): `공개구분 공개` printed on a table of full RRNs
  and accounts → gold follows the content: `partial`, `[OIDA-9-1-6, PIPA-24]`. When the printed field and the
  content agree, the gold label equals the field.
- 공개구분 spellings used: `비공개(5)`, `비공개(4·6)`, `비공개(제4호, 제6호)`, `비공개(제9조제1항제5호)`,
  `비공개(「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호)`, `비공개 - 정보공개법 제9조 제1항 5호`,
  `비공개(법 §9①5)`, `비공개 ( 5 )`, and the same for 부분공개. Sometimes the field is on its own line, sometimes at
  the end of the 전화·전송·전자우편 line (the real 결문 layout).
- OCR documents (flag `ocr`, text or PDF only) contain full-width digits, odd hyphens, broken spacing,
  line breaks inside lines, `III`/`lll` for `Ⅲ` and spaced-out 대 외 비. Labels are those of the clean document.

## 공문 parts covered (행정업무의 운영 및 혁신에 관한 규정·시행규칙)

두문 (행정기관명, 수신, 경유), 본문 (제목, 내용, 붙임 with 끝.), 결문 (발신명의; 기안자·검토자·결재권자 with 전결
and date; 협조자; 시행 처리과-번호(일자); 접수; 우편번호·도로명주소 / 홈페이지; 전화번호·전송; 전자우편; 공개구분).
The 결재 block is sometimes a table (`hp:tbl` / PDF grid). Reports, minutes, forms and 보도자료 use report layouts
with a 작성 line and an optional 공개구분 line.

## Validation performed by `make_set.py`

- Schema: exact key sets, allowed values, canonical reason order, unique ids.
- Label consistency: public ⇒ no reasons and no marking; partial/non_public ⇒ at least one reason; Ⅰ/Ⅱ/Ⅲ급 ⇒
  non_public with `-1` and `-2` or `-3`; 대외비 ⇒ non_public without `-1`; `-1` only with a 비밀 grade;
  mention-only ⇒ marking none.
- `PIPA-24` ⇔ an unmasked RRN/FRN-shaped number (other than `000000-0000000`) or a passport number appears in the
  extracted text, checked in both directions on all {n} documents.
- The `cue_text` of every document is found (NFKC, whitespace removed) in the text as extracted: inline text,
  `hp:t` text of the HWPX, or `pdftotext` output of the PDF.
- HWPX: `mimetype` is the first entry, stored, `application/hwp+zip`; `version.xml`, `Contents/header.xml`,
  `Contents/section0.xml`, `Contents/content.hpf`, `META-INF/container.xml`, `META-INF/manifest.xml` are present,
  and every XML part parses. Where the meta says the document has a page header, table or text box, the section
  contains `hp:header`, `hp:tbl` or `hp:rect`/`hp:drawText`. Totals over the HWPX files: {hwf}.
- PDF: starts with `%PDF-`. Korean text is extracted by `pdftotext` (Adobe-Korea1 CID fonts HYSMyeongJo-Medium and
  HYGothic-Medium). Every page carries its page-number footer (and the running header where there is one).
  {pdfc} PDFs were checked with pdftotext; {pdfm} have more than one page.
- Size and balance: ≥ 260 documents, ≥ 65 HWPX, ≥ 65 PDF, every disclosure label ≥ 25 %, 대외비 ≥ 14,
  III급 ≥ 10, II급 ≥ 6, I급 ≥ 3.
- Determinism: two full runs under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=987` produced identical `MD5SUMS`.

## Caveats

- Generated from templates, so the wording repeats. Use the set to measure conventions and failure modes
  (single-line cues, mention-only traps, field/content contradictions, layouts), not real-world accuracy.
- Labels encode one reading of 정보공개법, 보안업무규정 and 개인정보 보호법 as set out in the dev README's
  conventions. They are not legal advice. Some reason choices are judgement calls and are fixed per template
  (e.g. security-audit findings `-3, -5`; development sites `-5, -8`).

## Independence

- Read: only `/work/shared/pii-dev/README.md` (the label rules, mainly its "Sensitivity set" section and the reason
  codes), and `docs/hwpx/08-packaging.md` of the public repository `openhwp/openhwp` (HWPX packaging). The rest of
  the OWPML element layout (`hp:p/hp:run/hp:t`, `hp:tbl`, header/footer controls, `hp:rect`/`hp:drawText`,
  `hp:footNote`) was written from general knowledge of the format. Knowledge of the 공문 structure comes from
  general knowledge of 「행정업무의 운영 및 혁신에 관한 규정」 and its 시행규칙; no page was copied.
- Not read: no classifier code, no other evaluation set (nothing else under `/work/evalsets`, nothing under
  `/work/main`, nothing else under `/work/shared`), and no existing test data. The one contact with other
  sets was a single `ls /work/evalsets` at the start, which showed only folder names; none was opened. No classifier was run. The
  generator's `pdftotext` check is the only external tool used on the output.
- All texts, names, numbers and addresses were invented for this set.
""".format(n=n, hw=rep["fmt"]["hwpx"], pdf=rep["fmt"]["pdf"],
           disc=table(rep["disc"], "disclosure", ["public", "partial", "non_public"]),
           mark=table(rep["mark"], "marking", MARKS),
           reasons=table(rep["reasons"], "reason (documents)", [r for r in R if rep["reasons"][r]]),
           fmt=table(rep["fmt"], "format", ["text", "hwpx", "pdf"]),
           loc=table(rep["loc"], "cue_location"), kind=table(rep["kind"], "cue_kind"),
           flags=table(rep["flags"], "flag"), orgk=table(rep["orgkind"], "issuing body kind"),
           genre=table(rep["genre"], "genre"), tmpl=table(rep["tmpl"], "template"),
           exact=table(rep["exact"], "disclosure / marking / reasons"),
           hwf=", ".join("%s in %d files" % (k, v) for k, v in rep["hw"].items()),
           pdfc=rep["pdf_checked"], pdfm=rep["pdf_multi"])
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


def write_md5():
    paths = []
    for root, dirs, files in os.walk(OUT):
        dirs.sort()
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(root, f), OUT)
            if rel == "MD5SUMS" or rel.startswith("__pycache__"):
                continue
            paths.append(rel)
    paths.sort()
    with open(os.path.join(OUT, "MD5SUMS"), "w") as fh:
        for rel in paths:
            h = hashlib.md5(open(os.path.join(OUT, rel), "rb").read()).hexdigest()
            fh.write("%s  %s\n" % (h, rel))


if __name__ == "__main__":
    main()
