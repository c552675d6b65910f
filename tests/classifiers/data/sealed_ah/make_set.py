#!/usr/bin/env python3
"""sens_ah: independent evaluation set for Korean public-sector document sensitivity.

Deterministic generator (standard library + reportlab only). Every random choice comes
from random.Random("sens_ah-2026|<template>|<variant>")-style string seeds. Zip members
have fixed timestamps; reportlab runs with invariant=1. Re-running reproduces
byte-identical output. After writing, the script re-reads everything and validates it.

All names, numbers, organisations and texts are invented.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
import random
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SET = "sens_ah"

REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
                "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
CLASSIFIED = {"I급", "II급", "III급"}


def R(template, variant, extra=""):
    return random.Random("%s-2026|%s|%s%s" % (SET, template, variant, extra))


# ---------------------------------------------------------------- pools
SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
        "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하",
        "곽", "성", "차", "주", "우", "구", "민", "류", "남궁", "황보", "선우", "제갈", "독고", "편", "탁"]
GIV = ["민", "서", "지", "현", "수", "윤", "하", "준", "도", "예", "은", "채", "유", "승", "재", "태",
       "가", "연", "혜", "진", "우", "원", "희", "경", "석", "호", "빈", "율", "솔", "람", "결", "담",
       "온", "슬", "찬", "규", "훈", "영", "미", "란", "철", "용", "상", "기", "나", "보", "겸", "린"]
FOREIGN = ["응우옌 반 탄", "Maria Santos", "아지즈 라흐마노프", "Tran Thi Hoa", "오마르 하산",
           "Dilnoza Karimova", "쿠마르 라즈", "Samuel Okafor", "바트자르갈 엥흐", "Ayesha Rahman",
           "Nimal Perera", "소피아 이바노바", "Khalid Mansour", "Lin Mei", "사이드 아흐마디"]
ORGS = [
    ("한국해양안전기술원", "공공기관", "www.kmsti.or.kr", "kmsti.or.kr"),
    ("국립생활과학연구원", "출연연", "www.nlsri.re.kr", "nlsri.re.kr"),
    ("한국지역열공급공단", "공공기관", "www.kdhc-n.or.kr", "kdhcn.or.kr"),
    ("한빛도시개발공사", "지방공기업", "www.hbudc.or.kr", "hbudc.or.kr"),
    ("서해환경시설공단", "지방공기업", "www.sefc.or.kr", "sefc.or.kr"),
    ("한국첨단소재연구원", "출연연", "www.kamri.re.kr", "kamri.re.kr"),
    ("국립재활복지센터", "공공기관", "www.nrwc.go.kr", "korea.kr"),
    ("한국농생명기술진흥원", "공공기관", "www.kabtp.or.kr", "kabtp.or.kr"),
    ("가람시시설관리공단", "지방공기업", "www.garamfmc.or.kr", "garamfmc.or.kr"),
    ("한국우주전자통신연구원", "출연연", "www.ksetri.re.kr", "ksetri.re.kr"),
    ("국토안전점검원", "공공기관", "www.ksia-n.or.kr", "ksian.or.kr"),
    ("한국보건의료정보원", "공공기관", "www.khmi-n.or.kr", "khmin.or.kr"),
]
GOV = [("법무부", "korea.kr"), ("외교부", "korea.kr"), ("국방부", "korea.kr"), ("행정안전부", "korea.kr"),
       ("산업통상자원부", "korea.kr"), ("보건복지부", "korea.kr"), ("교육부", "korea.kr")]
CITIES = [("한빛시", "한빛특별자치시"), ("가람시", "경기도 가람시"), ("서해시", "충청남도 서해시"),
          ("누리군", "전라남도 누리군"), ("솔내시", "경상북도 솔내시"), ("다온시", "강원특별자치도 다온시")]
ROADS = ["한누리대로", "새뜸로", "가온길", "누리마루로", "솔빛로", "다솜로", "아라길", "온새미로", "미리내로",
         "햇살로", "하늬바람길", "은가람로", "푸른숲로", "별무리길", "도담로", "새빛로"]
DONG = ["새뜸동", "가온동", "누리동", "솔빛동", "다솜동", "아라동", "미리내동", "도담동"]
BANKS = [("국민은행", "{6}-{2}-{6}"), ("신한은행", "{3}-{3}-{6}"), ("우리은행", "{4}-{3}-{6}"),
         ("하나은행", "{3}-{6}-{5}"), ("농협은행", "{3}-{4}-{4}-{2}"), ("기업은행", "{3}-{6}-{2}-{3}")]


def name(r):
    s = r.choice(SURN)
    a, b = r.sample(GIV, 2)
    return s + a + b


def names(r, n):
    out = []
    while len(out) < n:
        x = name(r)
        if x not in out:
            out.append(x)
    return out


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def landline(r, area=None):
    area = area or r.choice(["044", "042", "031", "061", "054", "033", "052"])
    return "%s-%03d-%04d" % (area, r.randint(200, 999), r.randint(0, 9999))


def rrn(r, masked=False):
    y = r.randint(1950, 1999)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    g = r.choice([1, 2])
    head = "%02d%02d%02d" % (y % 100, m, d)
    if masked:
        return head + "-" + str(g) + r.choice(["******", "●●●●●●", "XXXXXX"])
    body = [g] + [r.randint(0, 9) for _ in range(5)]
    digs = [int(c) for c in head] + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    return head + "-" + "".join(map(str, body)) + str(chk)


def frn(r):
    y = r.randint(1965, 1999)
    head = "%02d%02d%02d" % (y % 100, r.randint(1, 12), r.randint(1, 28))
    body = [r.choice([5, 6])] + [r.randint(0, 9) for _ in range(5)]
    digs = [int(c) for c in head] + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (13 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    return head + "-" + "".join(map(str, body)) + str(chk)


def passport(r):
    if r.random() < 0.5:
        return r.choice("MSR") + "%08d" % r.randint(10000000, 99999999)
    return "M%03d%s%04d" % (r.randint(100, 999), r.choice("ABCDEFGHJK"), r.randint(0, 9999))


def account(r):
    b, f = r.choice(BANKS)
    return b, re.sub(r"\{(\d)\}", lambda m: "".join(str(r.randint(0, 9)) for _ in range(int(m.group(1)))), f)


def dob(r):
    y, m, d = r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)
    return r.choice(["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d년 %d월 %d일" % (y, m, d)])


def home_addr(r):
    c = r.choice(CITIES)[1]
    return "%s %s %d, %d동 %d호" % (c, r.choice(ROADS), r.randint(3, 299), r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 8))


def inst_addr(r):
    c = r.choice(CITIES)[1]
    return "(%05d) %s %s %d" % (r.randint(10000, 63999), c, r.choice(ROADS), r.randint(10, 480))


def date(r, y=None):
    y = y or r.choice([2025, 2026])
    return "%d. %d. %d." % (y, r.randint(1, 12), r.randint(1, 28))


def pick_org(r):
    return r.choice(ORGS)


# ---------------------------------------------------------------- citations
def cite(r, kind, nums):
    """Stated 공개구분 strings in varied spellings."""
    if kind == "public":
        return r.choice(["공개", "공개", "공개구분: 공개", "공개여부 : 공개", "[공개]"])
    head = "부분공개" if kind == "partial" else "비공개"
    n = ",".join(str(x) for x in nums)
    n0 = nums[0]
    forms = [
        "%s(%s)" % (head, n),
        "%s(제9조제1항제%d호)" % (head, n0),
        "%s(제9조 제1항 제%d호)" % (head, n0),
        "%s(정보공개법 제9조①항 %d호)" % (head, n0),
        "%s (법 제9조제1항 제%d호)" % (head, n0),
        "%s(9-1-%d)" % (head, n0),
        "%s(공공기관의 정보공개에 관한 법률 제9조 제1항 제%d호)" % (head, n0),
        "%s(%d호)" % (head, n0),
        "%s(「공공기관의 정보공개에 관한 법률」 제9조제1항제%d호)" % (head, n0),
        "%s (정보공개법 §9①%d)" % (head, n0),
        "%s(정보공개법 9조1항%d호)" % (head, n0),
    ]
    return r.choice(forms)


MENTION_CITES = [
    "「공공기관의 정보공개에 관한 법률」 제9조제1항제5호", "정보공개법 제9조 제1항 제6호",
    "같은 법 제9조제1항제4호", "법 제9조 ① 제2호", "정보공개법 §9①1", "제9조제1항 각 호",
    "비공개(제9조 제1항 제5호)", "부분공개(6)", "「개인정보 보호법」 제23조", "「개인정보 보호법」 제24조 제1항",
    "「보안업무규정」 제4조", "「보안업무규정 시행규칙」 제16조", "「공공기록물 관리에 관한 법률」 제35조",
    "「행정 효율과 협업 촉진에 관한 규정」 제7조", "「난민법」 제17조", "「출입국관리법」 제25조",
    "「공공기관의 운영에 관한 법률」 제11조", "「산업기술의 유출방지 및 보호에 관한 법률」 제9조",
    "「국가연구개발혁신법」 제21조", "「재난 및 안전관리 기본법」 제34조의5", "「지방공기업법」 제46조",
    "「형의 집행 및 수용자의 처우에 관한 법률」 제111조", "「장애인복지법」 제32조", "「국민기초생활 보장법」 제22조",
]

# ---------------------------------------------------------------- marking strings
MARK_STR = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "{d}까지 대외비", "대외비(보호기간: {d}까지)", "보안등급: 대외비", "대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "1급 비밀"],
}


def mark_str(r, m):
    s = r.choice(MARK_STR[m])
    return s.replace("{d}", "%d. 12. 31." % r.randint(2026, 2030))


# ---------------------------------------------------------------- Doc model
class Doc:
    def __init__(self):
        self.header = None      # page header text (every page)
        self.footer = None      # page footer text (every page)
        self.blocks = []        # (kind, payload)

    def title(self, s):
        self.blocks.append(("title", s))

    def p(self, s):
        self.blocks.append(("p", s))

    def right(self, s):
        self.blocks.append(("right", s))

    def center(self, s):
        self.blocks.append(("center", s))

    def box(self, s):
        self.blocks.append(("box", s))

    def table(self, rows):
        self.blocks.append(("table", [list(map(str, x)) for x in rows]))

    def map_text(self, f):
        self.header = f(self.header) if self.header else self.header
        self.footer = f(self.footer) if self.footer else self.footer
        nb = []
        for k, v in self.blocks:
            if k == "table":
                nb.append((k, [[f(c) for c in row] for row in v]))
            else:
                nb.append((k, f(v)))
        self.blocks = nb

    def to_text(self):
        out = []
        if self.header:
            out.append(self.header)
        for k, v in self.blocks:
            if k == "table":
                for row in v:
                    out.append(" | ".join(row))
            else:
                out.append(v)
        if self.footer:
            out.append(self.footer)
        return "\n".join(out)


def gongmun(d, r, org, recipient, title, body, attach=None, field=None, field_pos="own_line",
            sender=None, drafter=None, reviewer=None, approver=None, layout=None, via=None,
            dept="기획조정실", email_dom="korea.kr", homepage=None, extra_phone=None, receipt=None):
    """Append a 공문 (두문·본문·결문) to d. Returns dict of printed strings."""
    layout = layout or r.choice(["lines", "table", "compact"])
    printed = {}
    if field_pos == "top" and field:
        d.right(field)
    d.center(org)
    d.p("수신  " + recipient + ("" if via is None else "\n(경유)  " + via))
    if field_pos == "top_under_recipient" and field:
        d.p("공개구분  " + field)
    d.p("제목  " + (("[" + field + "] ") if field_pos == "title" and field else "") + title)
    for i, b in enumerate(body):
        d.p(b)
    if attach:
        for j, a in enumerate(attach):
            pre = "붙임" if j == 0 else "    "
            if len(attach) > 1:
                a = "%d. %s" % (j + 1, a)
            if field_pos == "attachment" and field and j == len(attach) - 1:
                a = a + " (" + field + ")"
            d.p("%s  %s%s" % (pre, a, "  끝." if j == len(attach) - 1 else ""))
    else:
        d.p("끝.")
    sender = sender or (org + "장")
    d.center(sender)
    dr = drafter or ("주무관", name(r))
    rv = reviewer or ("팀장", name(r))
    ap = approver or (r.choice(["실장", "부장", "본부장", "과장"]), name(r))
    num = "%s-%d" % (dept, r.randint(100, 9999))
    sdate = date(r)
    siheng = "시행  %s(%s)" % (num, sdate)
    jeopsu = "접수  " + (receipt or "")
    post = inst_addr(r)
    hp = homepage or "www.example.go.kr"
    addr_line = "우 %s  / %s" % (post, hp)
    phone = landline(r)
    fax = landline(r, phone[:3])
    em = "%s%d@%s" % (r.choice(["kim", "lee", "park", "choi", "jung", "han", "seo", "yoon"]), r.randint(1, 99), email_dom)
    phone_line = "전화번호 %s  전송 %s" % (phone, fax)
    if extra_phone:
        phone_line += "  " + extra_phone
    email_line = "전자우편 %s" % em
    if field:
        if field_pos == "email_line":
            email_line += "  / " + field
        elif field_pos == "phone_line":
            phone_line += "  / " + field
        elif field_pos == "address_line":
            addr_line += "   " + field
        elif field_pos == "siheng_line":
            siheng += "   " + field
    if layout == "table":
        row_h = ["기안자", "검토자", "결재권자"]
        row_v = ["%s %s" % dr, "%s %s" % rv, "%s %s" % ap + (" (전결 %s)" % sdate if r.random() < 0.5 else "")]
        if field and field_pos == "approval_table":
            row_h.append("공개구분")
            row_v.append(field)
        d.table([row_h, row_v])
    else:
        ln = "기안자 %s %s   검토자 %s %s   결재권자 %s %s" % (dr + rv + ap)
        if r.random() < 0.4:
            ln += "\n협조자 %s %s" % (r.choice(["감사실장", "법무팀장", "보안담당관"]), name(r))
        if field and field_pos == "approval_table":
            ln += "   공개구분 " + field
        d.p(ln)
    if layout == "compact":
        d.p(siheng + "   " + jeopsu)
        d.p(addr_line)
        d.p(phone_line + "   " + email_line + ("" if not (field and field_pos == "own_line") else "   " + field))
    else:
        d.p(siheng)
        d.p(jeopsu)
        d.p(addr_line)
        d.p(phone_line)
        d.p(email_line)
        if field and field_pos == "own_line":
            d.p(field)
    printed.update(drafter=dr, reviewer=rv, approver=ap, siheng=siheng, phone_line=phone_line, email_line=email_line)
    return printed


FIELD_POS_LOC = {
    "own_line": "gyeolmun_disclosure_line", "email_line": "gyeolmun_email_line",
    "phone_line": "gyeolmun_phone_fax_line", "address_line": "gyeolmun_address_line",
    "siheng_line": "gyeolmun_siheng_jeopsu", "approval_table": "gyeolmun_signers",
    "top": "dumun", "top_under_recipient": "dumun", "title": "body_title", "attachment": "body_attachment",
}
FIELD_POSITIONS = list(FIELD_POS_LOC)


# ---------------------------------------------------------------- record helper
def rec(d, genre, disclosure, marking, reasons, cue_kind, cue_loc, cue_text, flags=(), field=None, fmt_pref=None):
    return dict(doc=d, genre=genre, disclosure=disclosure, marking=marking,
                reasons=sorted(set(reasons), key=REASON_ORDER.index), cue_kind=cue_kind,
                cue_location=cue_loc, cue_text=cue_text, flags=list(flags), stated_field_text=field,
                fmt_pref=fmt_pref)


def apply_marking(d, r, m, where):
    """Put a classification/대외비 stamp. where: header_footer|header|box|top_line|both_lines"""
    s = mark_str(r, m)
    if where == "header_footer":
        d.header = s
        d.footer = s
        loc = "page_header_footer"
    elif where == "header":
        d.header = s
        loc = "page_header"
    elif where == "box":
        d.blocks.insert(0, ("box", s))
        loc = "dumun_text_box"
    elif where == "top_line":
        d.blocks.insert(0, ("center", s))
        loc = "dumun"
    else:
        d.blocks.insert(0, ("center", s))
        d.blocks.append(("center", s))
        loc = "dumun_and_end"
    return s, loc


# ================================================================ PUBLIC templates
def t_press(v):
    r = R("t_press", v)
    org, kind, hp, dom = pick_org(r)
    topic = r.choice([
        ("%s, 2025년도 공공기관 경영실적 평가 'A등급' 획득" % org,
         ["%s(이하 '원')은 기획재정부가 발표한 2025년도 공공기관 경영실적 평가에서 A등급을 받았다고 밝혔다." % org,
          "원은 안전관리 체계 고도화와 ESG 경영 분야에서 높은 점수를 받았으며, 평가 결과는 알리오(www.alio.go.kr)에 공시된다."]),
        ("%s, 개발 기술 3건 민간 기업에 이전" % org,
         ["%s은 자체 개발한 저온 열교환 소재 기술 등 3건을 중소기업에 이전하는 기술이전 협약을 체결했다." % org,
          "기술료 총액은 협약 기업의 요청에 따라 공개하지 않으며, 전체 성과는 연차보고서에 수록될 예정이다."]),
        ("2026년 상반기 %s 정규직 신규 채용 최종 결과 발표" % org,
         ["%s은 2026년 상반기 신규 채용 절차를 마치고 최종 합격자 42명에게 개별 통보했다고 밝혔다." % org,
          "합격자 중 지역인재는 15명(35.7%), 보훈 대상자는 3명이다. 개인별 점수는 본인에게만 안내된다."]),
        ("세렌디아와 디지털통상협정 제3차 공식협상 개최", [
          "산업통상자원부는 세렌디아와의 디지털통상협정 제3차 공식협상을 개최하여 전자적 전송 무관세, 소스코드 보호 등을 논의했다고 밝혔다.",
          "양측은 연내 실질 타결을 목표로 차기 협상을 라만공화국 수도에서 열기로 합의했다."]),
        ("%s, 집중호우 대비 취약시설 합동 점검 실시" % org,
         ["%s은 장마철을 앞두고 급경사지·지하차도 등 관리 시설 128개소에 대한 합동 점검을 실시한다." % org,
          "점검 결과 보수가 필요한 시설은 7월 말까지 정비를 마칠 계획이다."]),
    ])
    d = Doc()
    d.header = r.choice(["보 도 자 료", "보도자료", "%s 보도자료" % org])
    d.table([["보도 일시", "%s 12:00 (온라인 %s 11:00)" % (date(r), r.choice(["동일", "배포 즉시"]))],
             ["배포 일시", date(r)]])
    d.title(topic[0])
    for b in topic[1]:
        d.p("□ " + b)
    d.p("□ %s 관계자는 \"앞으로도 국민이 체감할 수 있는 성과를 내겠다\"고 말했다." % r.choice(["원", "공단", "기관"]))
    n1, n2 = names(r, 2)
    d.table([["담당 부서", "책임자", "팀장 %s" % n1, landline(r)],
             ["%s팀" % r.choice(["홍보", "기획", "성과관리", "기술사업화"]), "담당자", "%s %s" % (r.choice(["대리", "주무관", "선임연구원"]), n2), landline(r)]])
    d.footer = r.choice(["공공누리 제1유형", "- 1 -", "이 자료는 보도 시점 이후 자유롭게 이용할 수 있습니다."])
    return rec(d, "보도자료", "public", "none", [], "official_names_only", "table", "담당자", ["officials_in_office"])


def t_foi_guide(v):
    r = R("t_foi_guide", v)
    org = pick_org(r)[0]
    d = Doc()
    d.header = "%s 정보공개 업무 안내서" % org
    d.title(r.choice(["정보공개 청구 처리 실무 안내", "비공개 세부기준 운영 안내", "정보공개 결정 시 유의사항"]))
    cites = r.sample(MENTION_CITES[:8], 4)
    d.p("1. 공개 여부는 %s에 따른 비공개 대상 정보에 해당하는지를 기준으로 판단합니다." % cites[0])
    d.p("2. 문서의 공개구분은 ‘공개’, ‘부분공개(6)’, ‘비공개(제9조 제1항 제5호)’와 같이 표시합니다.")
    d.p("3. 개인정보가 포함된 경우 %s를 적용하여 해당 부분만 가리고 부분공개합니다." % cites[1])
    d.p("4. 감사·감독·의사결정 과정의 정보는 %s에 해당할 수 있으나, 의사결정이 끝나면 공개를 원칙으로 합니다." % cites[2])
    d.table([["구분", "표기 예시", "근거"],
             ["공개", "공개", "-"],
             ["부분공개", "부분공개(6)", "정보공개법 §9①6"],
             ["비공개", "비공개(4)", "제9조제1항제4호"],
             ["비공개", "비공개(9-1-5)", cites[3]]])
    if v % 2 == 0:
        for i in range(r.randint(16, 24)):
            d.p("Q%d. %s\nA. %s" % (i + 1, r.choice(["청구인이 제3자의 개인정보를 요구하는 경우 어떻게 처리합니까?", "의사결정 과정 중인 문서도 공개해야 합니까?",
                "법인의 영업상 비밀은 어떤 기준으로 판단합니까?", "비공개 결정 후 이의신청 기간은 얼마입니까?", "부분공개 시 가림 처리 방법은 무엇입니까?"]),
                r.choice(["정보공개법 제9조제1항제6호 단서에 해당하는지 먼저 검토하고, 해당하지 않으면 개인정보 부분만 가려 부분공개합니다.",
                          "의사결정이 끝나면 공개를 원칙으로 하며, 진행 중이라도 공개로 인한 업무 지장이 없으면 공개합니다.",
                          "정당한 이익을 현저히 해칠 우려가 있는지 구체적으로 판단합니다(제9조제1항제7호).",
                          "비공개 결정 통지를 받은 날부터 30일 이내입니다."])))
    d.p("※ 위 예시는 작성 요령이며 이 안내서 자체는 공개 문서입니다.")
    f = cite(r, "public", [])
    d.p("공개구분: " + f if not f.startswith(("공개구분", "공개여부")) else f)
    d.footer = "- %d -" % 1
    return rec(d, "지침", "public", "none", [], "mention_citation", "body_table", "부분공개(6)", ["mention_only"], field=f)


def t_sec_guide(v):
    r = R("t_sec_guide", v)
    org = pick_org(r)[0]
    d = Doc()
    d.header = "보안업무 교육자료 (교육용 예시)"
    d.title(r.choice(["비밀 및 대외비 문서 취급 요령", "2026년 보안업무 담당자 교육 자료", "문서 보안 표시 방법 안내"]))
    ex3 = r.choice(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)"])
    ex2 = r.choice(["Ⅱ급비밀", "비밀(Ⅱ급)"])
    d.p("1. 비밀은 「보안업무규정」 제4조에 따라 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 대외비는 「보안업무규정 시행규칙」 제16조에 따라 관리합니다.")
    d.p("2. 표시 예시: 문서 상단과 하단 중앙에 「%s」 또는 「%s」를 적색으로 표시합니다." % (ex3, ex2))
    d.box("(예시) 예고문: 2029. 12. 31.까지 %s, 이후 일반문서로 재분류 / 사본번호 1/3" % ex3)
    d.p("3. 대외비는 「대외비」 또는 「2026. 12. 31.까지 대외비」와 같이 보호기간을 함께 적습니다.")
    d.p("4. 교육 문의: %s 보안담당관실(%s)" % (org, landline(r)))
    d.p("※ 이 자료에 표시된 등급은 예시이며, 이 자료는 일반 문서입니다.")
    d.footer = "%s 보안담당관실" % org
    return rec(d, "교육자료", "public", "none", [], "mention_marking", "dumun_text_box", ex3, ["mention_only", "sample_marking"])


def t_declass(v):
    r = R("t_declass", v)
    org = r.choice(GOV)[0]
    d = Doc()
    m = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "3급 비밀"])
    titles = [r.choice(["2009년 통상협상 대응자료", "구 청사 경비계획", "1998년 재난대비 비상연락체계", "2012년 연구장비 도입 검토"]) for _ in range(3)]
    body = ["1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 지난 비밀을 다음과 같이 해제하였음을 알립니다.",
            "2. 해제 대상: 아래 표와 같이 %d건(당초 등급 %s)" % (len(titles), m),
            "3. 해제된 문서는 일반문서로 재분류하여 기록관으로 이관합니다."]
    f = cite(r, "public", [])
    gongmun(d, r, org, "수신자 참조", "보호기간 경과 비밀 해제 및 일반문서 재분류 통보", body,
            attach=["해제 문서 목록 1부"], field=f, field_pos=r.choice(["own_line", "email_line"]), dept="비상안전기획관실")
    d.table([["연번", "문서 제목", "당초 등급", "조치"]] + [[str(i + 1), t, m, "일반문서 재분류"] for i, t in enumerate(titles)])
    return rec(d, "공문", "public", "none", [], "mention_marking", "body_table", m, ["mention_only", "declassified"], field=f)


def t_cover(v):
    r = R("t_cover", v)
    org = r.choice(GOV)[0]
    d = Doc()
    m = r.choice(["3급 비밀", "Ⅱ급비밀", "Ⅲ급 비밀", "대외비", "비밀(Ⅲ급)"])
    body = ["1. 관련: %s 협조 요청(%s)" % (r.choice(["방위산업 협력", "통상 현안 점검", "국가중요시설 점검"]), date(r)),
            "2. 위 호와 관련하여 요청하신 자료를 송부합니다.",
            "3. 붙임 2는 %s로 분류된 문서이므로 본 공문에 첨부하지 않고 보안 규정에 따라 인편(비밀 취급인가자)으로 별도 송부합니다." % m]
    f = cite(r, "public", [])
    gongmun(d, r, org, "%s장" % pick_org(r)[0], "요청 자료 송부", body,
            attach=["일반 현황 자료 1부", "세부 계획(%s, 별도 송부) 1부" % m], field=f, field_pos="own_line")
    return rec(d, "공문", "public", "none", [], "mention_marking", "body_attachment", m, ["mention_only", "cover_letter"], field=f)


def t_password(v):
    r = R("t_password", v)
    org = pick_org(r)[0]
    d = Doc()
    body = ["1. 내부 업무시스템 계정의 비밀번호 변경 주기가 %s로 도래하였음을 알려드립니다." % date(r),
            "2. 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 설정하고, 이전 비밀번호를 재사용하지 마십시오.",
            "3. 비밀번호를 메모지나 공유 문서에 적어두지 마시기 바랍니다(비밀번호 관리 지침 제5조)."]
    f = cite(r, "public", [])
    gongmun(d, r, org, "내부결재" if r.random() < 0.5 else "전 직원", "업무시스템 비밀번호 정기 변경 안내", body, attach=["비밀번호 설정 요령 1부"], field=f,
            field_pos=r.choice(FIELD_POSITIONS[:5]), dept="정보보안팀")
    return rec(d, "공문", "public", "none", [], "mention_marking", "body_content", "비밀번호", ["mention_only"], field=f)


def t_grade(v):
    r = R("t_grade", v)
    org = r.choice(GOV)[0]
    d = Doc()
    d.title("인 사 발 령")
    rows = [["소속", "직급", "성명", "발령사항"]]
    for _ in range(r.randint(3, 6)):
        g = r.choice(["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)"])
        rows.append([r.choice(["기획조정실", "국제협력관실", "비상안전기획관실", "감사관실"]), g, name(r),
                     r.choice(["승진 임용", "전보", "직무대리 지정", "국장급 보직"])])
    d.table(rows)
    d.p("%s  %s장관" % (date(r), org))
    d.footer = "공개"
    return rec(d, "인사명령", "public", "none", [], "mention_marking", "table", "3급(부이사관)" if any("3급" in x[1] for x in rows) else rows[1][1],
               ["mention_only", "civil_service_grade", "officials_in_office"], field="공개")


def t_law(v):
    r = R("t_law", v)
    d = Doc()
    c = r.sample(MENTION_CITES, 7)
    city = r.choice(CITIES)[0]
    d.title(r.choice(["%s 개인정보 보호 조례 일부개정조례안 입법예고" % city, "%s 공공기관 정보공개 조례 전부개정안 입법예고" % city,
                      "%s 재난안전 비상연락체계 운영 규칙 제정안 입법예고" % city]))
    d.p("%s 공고 제2026-%d호" % (city, r.randint(100, 999)))
    d.p("1. 개정 이유: %s 및 %s의 개정 사항을 반영하고, %s에 따른 위임 사항을 정하려는 것임." % (c[0], c[1], c[2]))
    d.p("2. 주요 내용: 가. 비공개 대상 정보의 범위를 %s에 맞추어 정비함(안 제7조). 나. 민감정보 처리 제한(%s) 조항을 신설함(안 제9조)." % (c[3], c[4]))
    d.p("다. %s 및 %s에 따른 보호 조치를 명시함(안 제12조)." % (c[5], c[6]))
    d.p("3. 의견 제출: %s까지 %s 법무담당관(전화 %s, 전송 %s)에게 제출" % (date(r), city, landline(r), landline(r)))
    d.p("※ 제출 의견서 양식의 성명란 예시: 홍길동, 주민등록번호란 예시: 000000-0000000 (기재 불요)")
    d.footer = "공개 / %s" % city
    return rec(d, "공고", "public", "none", [], "mention_citation", "body_content", c[0], ["mention_only", "many_law_citations"])


def t_meeting(v):
    r = R("t_meeting", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    body = ["1. 관련: %s 업무계획(%s)" % (org, date(r)),
            "2. %s를 다음과 같이 개최하오니 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다." % r.choice(
                ["2026년 재난안전 협의회", "기술이전 성과 공유회", "공공기관 청렴 워크숍", "연구보안 담당자 간담회"]),
            "  가. 일시: %s 14:00~16:00\n  나. 장소: %s 대회의실\n  다. 참석 대상: 기관별 담당 부서장" % (date(r), org)]
    f = cite(r, "public", [])
    pos = r.choice(FIELD_POSITIONS)
    gongmun(d, r, org, "수신자 참조", "회의 개최 알림", body, attach=["회의 자료 1부"], field=f, field_pos=pos,
            email_dom=dom, homepage=hp)
    if r.random() < 0.5:
        d.header = org
    return rec(d, "공문", "public", "none", [], "disclosure_field", FIELD_POS_LOC[pos], f, ["field_agrees"], field=f)


def t_board_public(v):
    r = R("t_board_public", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.header = "%s 이사회 회의록" % org
    d.title("제%d차 %s 이사회 회의록" % (r.randint(100, 260), org))
    ns = names(r, 6)
    d.table([["일시", "%s 10:00~11:40" % date(r)], ["장소", "본사 12층 이사회실"],
             ["출석 이사", "%s(이사장), %s, %s, %s (비상임 %s, %s)" % tuple(ns)], ["감사", "%s(상임감사)" % name(r)]])
    d.p("제1호 의안: 2026년도 예산 및 사업계획(안) – 원안 의결")
    d.p("제2호 의안: %s 규정 일부개정(안) – 수정 의결" % r.choice(["인사", "보수", "회계", "연구보안"]))
    d.p("보고사항: 2025년도 %s 결과" % r.choice(["경영실적 평가", "내부감사", "고객만족도 조사"]))
    d.p("%s 이사: 예산 편성 시 안전 투자 비중을 확대할 필요가 있음." % ns[2])
    d.p("%s 이사장: 의견을 반영하여 하반기에 보완 계획을 보고하겠음." % ns[0])
    d.p("※ 이 회의록은 「공공기관의 운영에 관한 법률」 제11조에 따라 공시합니다. 공개구분: 공개")
    d.footer = "공개"
    return rec(d, "회의록", "public", "none", [], "disclosure_field", "body_content", "공개구분: 공개", ["field_agrees", "officials_in_office"], field="공개")


def t_disaster_public(v):
    r = R("t_disaster_public", v)
    city = r.choice(CITIES)
    d = Doc()
    d.header = "%s 재난안전대책본부" % city[0]
    d.title(r.choice(["2026년 여름철 자연재난 대비 임시주거시설 지정 현황", "지진 옥외 대피장소 안내", "한파 쉼터 운영 안내"]))
    rows = [["연번", "시설명", "주소", "수용인원", "관리기관 연락처"]]
    for i in range(r.randint(4, 7) if v % 2 else r.randint(35, 50)):
        rows.append([str(i + 1), "%s %s" % (r.choice(DONG), r.choice(["주민센터", "초등학교 강당", "체육관", "복지관"])),
                     "%s %s %d" % (city[1], r.choice(ROADS), r.randint(10, 300)), "%d명" % r.randint(50, 600), landline(r)])
    d.table(rows)
    d.p("※ 재난 발생 시 재난안전상황실(대표전화 %s-120) 또는 119로 연락하십시오." % city[0])
    d.footer = "공개"
    return rec(d, "공고", "public", "none", [], "routine", "table", "관리기관 연락처", ["institution_contacts_only"])


def t_refugee_guide(v):
    r = R("t_refugee_guide", v)
    d = Doc()
    d.title(r.choice(["난민인정 신청 절차 안내", "체류기간 연장허가 신청 안내", "외국인 보호 일시해제 제도 안내"]))
    d.p("1. 신청 장소: 관할 출입국·외국인관서 (외국인종합안내센터 1345)")
    d.p("2. 근거: 「난민법」 제5조, 「출입국관리법」 제25조, 같은 법 시행령 제31조")
    d.p("3. 제출 서류: 신청서, 여권, 외국인등록증, 체류지 입증서류 (여권번호란 예시: M○○○○○○○○, 본인 것 기재)")
    d.p("4. 면접 과정에서 알게 된 신청자의 신원 정보는 「난민법」 제17조에 따라 공개하지 않습니다.")
    d.p("5. 문의: 법무부 출입국·외국인정책본부 난민정책과")
    d.footer = "법무부 | 공개"
    return rec(d, "안내문", "public", "none", [], "mention_citation", "body_content", "「난민법」 제17조", ["mention_only"])


def t_informal_public(v):
    r = R("t_informal_public", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    mk = r.choice(["내부용", "취급주의", "대외 배포 자제", "[내부 공유용]"])
    d.header = mk
    body = ["1. 청사 %s 공사에 따라 %s부터 2주간 지하 주차장 일부 구역의 이용이 제한됩니다." % (r.choice(["방수", "도색", "전기설비"]), date(r)),
            "2. 방문객 주차는 지상 주차장을 이용하도록 안내하여 주시기 바랍니다.",
            "3. 문의: 총무팀(내선 %d)" % r.randint(2000, 2999)]
    gongmun(d, r, org, "내부결재", "청사 주차장 이용 제한 안내", body, field=None, email_dom=dom, homepage=hp)
    return rec(d, "공문", "public", "none", [], "informal_marking", "page_header", mk, ["informal_marking_only", "mention_only"])


def t_foi_decision(v):
    r = R("t_foi_decision", v)
    org = r.choice(GOV + [(o[0], o[3]) for o in ORGS])[0]
    d = Doc()
    d.title("정보(비)공개 결정 통지서")
    nm = r.choice(SURN) + r.choice(["○○", "**", " 모 씨"])
    c = cite(r, "non_public", [r.choice([4, 5])])
    d.table([["접수번호", "%d-%04d-%07d" % (r.randint(1, 9), r.randint(2301, 2612), r.randint(1, 9999999))],
             ["청구인", nm], ["청구 내용", "%s 관련 자료 일체" % r.choice(["2025년 감사 결과", "수사 협조 요청 공문", "입찰 평가"])],
             ["결정 내용", "가. 감사 결과 요약: 공개\n나. 세부 조사 자료: %s" % c]])
    d.p("※ 비공개 결정에 이의가 있으면 통지받은 날부터 30일 이내에 이의신청할 수 있습니다.")
    d.p("%s  %s" % (date(r), org + ("장관" if org.endswith("부") else "장")))
    d.footer = "공개"
    return rec(d, "통지서", "public", "none", [], "mention_citation", "table", c, ["mention_only", "masked_person"])


def t_secaudit_public(v):
    r = R("t_secaudit_public", v)
    org = pick_org(r)[0]
    d = Doc()
    d.header = "%s 보안감사 결과 공개" % org
    d.title("2025년도 정기 보안감사 결과 (요약)")
    d.p("1. 감사 기간: %s ~ %s" % (date(r, 2025), date(r, 2025)))
    d.p("2. 주요 지적 사항: 대외비 문서 보관 대장 미정비 2건, 비밀 취급인가 갱신 지연 1건, 비밀번호 관리 소홀 3건")
    d.p("3. 조치 결과: 관련 부서 주의 및 보안 교육 실시 완료")
    d.p("4. 이 요약본은 개인을 특정할 수 있는 정보를 제외하고 공개합니다.")
    d.footer = "공개"
    return rec(d, "보고서", "public", "none", [], "mention_marking", "body_content", "대외비 문서 보관 대장", ["mention_only"])


# ================================================================ PARTIAL templates
def t_civil_reply(v):
    r = R("t_civil_reply", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    nm = name(r)
    with_id = v % 3 == 0
    idv = rrn(r) if with_id else rrn(r, masked=True)
    addr = home_addr(r)
    mob = mobile(r)
    body = ["1. 귀하께서 %s 국민신문고를 통해 제출하신 민원(%s)에 대한 회신입니다." % (date(r), r.choice(["소음 피해 보상", "시설 이용료 환불", "채용 절차 이의", "연구장비 사용 요청"])),
            "2. 민원인: %s (주민등록번호 %s), 주소: %s, 연락처: %s" % (nm, idv, addr, mob),
            "3. 검토 결과 %s" % r.choice(["요청하신 환불은 규정에 따라 처리하였습니다.", "관련 규정상 보상 대상에 해당하지 않음을 알려드립니다.", "추가 자료를 제출하여 주시면 재검토하겠습니다."])]
    gongmun(d, r, org, "%s 귀하" % nm, "민원 처리 결과 회신", body, field=None, email_dom=dom, homepage=hp)
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if with_id else [])
    return rec(d, "공문", "partial", "none", reasons, "content_personal_id" if with_id else "content_personal", "body_content",
               idv, ["content_only"] + ([] if with_id else ["masked_id"]))


def t_hire_result(v):
    r = R("t_hire_result", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.header = org
    d.title("2026년 %s 채용 %s 결과 공고" % (r.choice(["상반기 정규직", "연구직", "무기계약직", "청년인턴"]), r.choice(["면접전형", "최종"])))
    d.p("1. %s 채용 면접전형 결과를 다음과 같이 공고합니다." % org)
    rows = [["연번", "수험번호", "성명", "생년월일", "결과"]]
    for i in range(r.randint(4, 8)):
        rows.append([str(i + 1), "2026-%03d" % r.randint(1, 500), name(r), dob(r), r.choice(["합격", "합격", "예비 1순위"])])
    d.table(rows)
    d.p("2. 합격자는 %s까지 임용 서류를 제출하시기 바랍니다. 문의: 인사팀(%s)" % (date(r), landline(r)))
    f = cite(r, "partial", [6]) if r.random() < 0.5 else None
    if f:
        d.footer = f
    return rec(d, "공고", "partial", "none", ["OIDA-9-1-6"], "disclosure_field" if f else "content_personal",
               "page_footer" if f else "table", f or rows[1][3], ["field_agrees"] if f else ["content_only"], field=f)


def t_tech_transfer(v):
    r = R("t_tech_transfer", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.header = "기술이전 계약서"
    co = "(주)%s" % r.choice(["한결소재", "누리바이오텍", "새빛하이텍", "다온에너지", "미르센서"])
    d.title("기술실시 계약서")
    d.p("%s(이하 ‘갑’)과 %s(이하 ‘을’)은 아래 기술의 통상실시권 허여에 관하여 다음과 같이 계약을 체결한다." % (org, co))
    d.table([["기술명", r.choice(["고내열 세라믹 코팅 조성물 및 제조방법", "저전력 위성 신호 복조 장치", "바이오 기반 생분해성 필름"])],
             ["특허번호", "제10-%07d호" % r.randint(1000000, 2999999)],
             ["정액기술료", "%s원 (부가가치세 별도)" % format(r.randint(30, 400) * 1000000, ",")],
             ["경상기술료", "순매출액의 %.1f%%, %d년간" % (r.choice([1.5, 2.0, 2.5, 3.0, 3.5]), r.randint(3, 10))],
             ["을 생산원가 자료", "별첨 3 (영업비밀)"]])
    inv = name(r)
    with_id = v % 2 == 1
    b, acc = account(r)
    d.p("제7조(발명자 보상) 갑은 기술료 수입의 50%%를 발명자 %s(연구책임자, 휴대전화 %s)에게 보상금으로 지급한다." % (inv, mobile(r)))
    if with_id:
        d.p("  보상금 지급 정보: 주민등록번호 %s, %s %s" % (rrn(r), b, acc))
    else:
        d.p("  보상금 지급 계좌: %s %s (예금주 %s)" % (b, acc, inv))
    d.p("%s   갑: %s장   을: %s 대표이사 %s" % (date(r), org, co, name(r)))
    d.footer = "기술이전 계약서 – %s" % co
    reasons = ["OIDA-9-1-6", "OIDA-9-1-7"] + (["PIPA-24"] if with_id else [])
    return rec(d, "계약서", "partial", "none", reasons, "content_business_secret", "table", "경상기술료", ["content_only"])


def t_board_personnel(v):
    r = R("t_board_personnel", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.header = "%s 이사회 회의록" % org
    d.title("제%d차 이사회 회의록" % r.randint(50, 200))
    emp = name(r)
    d.p("일시: %s   장소: 본사 대회의실   출석: 이사 %d명 중 %d명" % (date(r), r.randint(9, 13), r.randint(7, 9)))
    d.p("제1호 의안: 2026년 %s(안) – 원안 의결" % r.choice(["사업계획", "자금운용계획", "기술료 배분기준"]))
    d.p("제2호 의안: 직원 %s(%s, %s) 해임 요청 건 – 감사 결과 %s이 확인되어 원안 의결" % (
        emp, r.choice(["3급", "책임연구원", "차장"]), r.choice(["시설관리팀", "연구지원팀", "재무팀"]),
        r.choice(["법인카드 사적 사용", "외부강의 미신고 및 겸직", "출장비 부당 수령"])))
    d.p("  해당 직원 소명: %s은 %s에 개인 사정(휴대전화 %s)으로 출석하지 못하였다고 진술함." % (emp, date(r), mobile(r)))
    d.p("보고사항: 경영평가 지적사항 이행 현황")
    d.footer = r.choice(["부분공개", "공개 시 개인정보 비식별 처리"])
    return rec(d, "회의록", "partial", "none", ["OIDA-9-1-6"], "content_personal", "body_content", emp, ["content_only"],
               field=d.footer if d.footer == "부분공개" else None)


def t_mislabeled(v):
    r = R("t_mislabeled", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    purpose = r.choice(["위원회 참석 수당 지급", "재난지원금 지급 대상 확정", "외부 강사료 지급", "현장 평가위원 수당 지급"])
    body = ["1. %s을 위하여 대상자 정보를 다음과 같이 통보합니다." % purpose,
            "2. 대상자 명단(붙임 참조)의 금액은 원천징수 후 지급합니다."]
    f = r.choice(["공개", "공개구분: 공개", "공개여부 : 공개"])
    pos = r.choice(["own_line", "email_line", "phone_line", "address_line", "top"])
    gongmun(d, r, org, "재무팀장", purpose + " 통보", body, attach=["대상자 명단 1부"], field=f, field_pos=pos,
            email_dom=dom, homepage=hp)
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액"]]
    for _ in range(r.randint(3, 6)):
        b, a = account(r)
        rows.append([name(r), rrn(r), b, a, "%s원" % format(r.randint(10, 50) * 10000, ",")])
    d.table(rows)
    return rec(d, "공문", "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "disclosure_field_contradicted", FIELD_POS_LOC[pos], f,
               ["field_contradicts_content"], field=f)


def t_disaster_plan(v):
    r = R("t_disaster_plan", v)
    city = r.choice(CITIES)
    d = Doc()
    d.header = "%s 재난대응 실행계획" % city[0]
    d.title("2026년 %s 대비 재난대응 실행계획" % r.choice(["풍수해", "대설·한파", "지진", "폭염"]))
    d.p("1. 목적: 재난 발생 시 신속한 상황 전파와 주민 대피를 위한 실행 체계 확립")
    d.p("2. 단계별 조치: 관심–주의–경계–심각 단계별 비상근무 인원 및 임무 지정")
    d.p("3. 주민 대피 장소: 읍·면·동 임시주거시설 %d개소 (시 홈페이지 공개)" % r.randint(20, 80))
    d.p("붙임  비상연락망(담당자 개인 휴대전화 포함)")
    rows = [["임무", "성명", "휴대전화", "자택 주소"]]
    for t in ["상황총괄", "대피지원", "시설복구", "의료지원"]:
        rows.append([t, name(r), mobile(r), home_addr(r)])
    d.table(rows)
    d.footer = "- 2 -"
    return rec(d, "계획", "partial", "none", ["OIDA-9-1-6"], "content_personal", "body_attachment", "비상연락망(담당자 개인 휴대전화 포함)",
               ["content_only"])


def t_partial_field(v):
    r = R("t_partial_field", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    topic = r.choice(["경영평가 외부 자문위원 위촉", "연구윤리위원회 위원 위촉", "채용 면접위원 위촉", "재난안전 자문단 구성"])
    body = ["1. %s 계획에 따라 다음과 같이 위원을 위촉하고자 합니다." % topic]
    f = cite(r, "partial", [6])
    pos = FIELD_POSITIONS[v % len(FIELD_POSITIONS)]
    gongmun(d, r, org, "내부결재", topic + "(안)", body, attach=["위원 명단 1부"], field=f, field_pos=pos, email_dom=dom, homepage=hp)
    rows = [["성명", "소속", "주소", "연락처"]]
    for _ in range(r.randint(3, 5)):
        rows.append([name(r), r.choice(["가람대학교 교수", "변호사", "회계사", "민간 전문가"]), home_addr(r), mobile(r)])
    d.table(rows)
    return rec(d, "공문", "partial", "none", ["OIDA-9-1-6"], "disclosure_field", FIELD_POS_LOC[pos], f, ["field_agrees"], field=f)


def t_procure(v):
    r = R("t_procure", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.header = org
    d.title("%s 용역 입찰 결과 및 계약 내역" % r.choice(["정보시스템 유지관리", "청사 경비", "연구장비 구매", "하수처리시설 위탁운영"]))
    d.p("1. 낙찰자: (주)%s, 낙찰금액 %s원" % (r.choice(["가온테크", "한울시스템", "누리엔지니어링", "다솜환경"]), format(r.randint(200, 3000) * 1000000, ",")))
    d.table([["항목", "업체 제시 단가", "비고"],
             ["직접인건비", "%s원" % format(r.randint(10, 90) * 1000000, ","), "업체 임금 체계(영업비밀)"],
             ["재료비 원가", "%s원" % format(r.randint(5, 50) * 1000000, ","), "공급처별 매입가"],
             ["이윤율", "%.1f%%" % r.uniform(3, 9), "업체 내부 산정"]])
    d.p("2. 위 원가 산출 내역은 업체의 경영·영업상 비밀이므로 공개 시 제외합니다.")
    d.footer = r.choice(["부분공개(7)", "부분공개(제9조제1항제7호)", "부분공개"])
    return rec(d, "보고서", "partial", "none", ["OIDA-9-1-7"], "disclosure_field", "page_footer", d.footer, ["field_agrees"], field=d.footer)


def t_research_partial(v):
    r = R("t_research_partial", v)
    org = r.choice([o for o in ORGS if o[1] == "출연연"])
    d = Doc()
    body = ["1. 「국가연구개발혁신법」 제21조에 따른 2026년 연구보안 자체 점검 결과를 다음과 같이 통보합니다.",
            "2. 점검 결과: 보안서약서 미징구 2건, 외국인 연구원 출입 기록 누락 1건 – 시정 완료"]
    gongmun(d, r, org[0], "과학기술정보통신부장관(연구보안과장)", "연구보안 자체 점검 결과 통보", body, attach=["외국인 참여연구원 명단 1부"],
            email_dom=org[3], homepage=org[2])
    rows = [["성명", "국적", "여권번호", "외국인등록번호", "과제"]]
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(FOREIGN), r.choice(["베트남", "우즈베키스탄", "인도", "나이지리아", "스리랑카"]), passport(r), frn(r),
                     r.choice(["소재 A-12", "통신 B-03", "바이오 C-07"])])
    d.table(rows)
    return rec(d, "공문", "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "content_personal_id", "body_attachment", rows[1][2], ["content_only"])


def t_commission_pay(v):
    r = R("t_commission_pay", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    d.title("지출결의서 – %s" % r.choice(["경영평가 대비 자문회의 수당", "기술이전 심의위원회 수당", "장애판정 자문의 수당", "교정자문위원 수당"]))
    masked = v % 2 == 0
    rows = [["성명", "생년월일/주민번호", "주소", "은행", "계좌번호", "지급액"]]
    for _ in range(r.randint(3, 5)):
        b, a = account(r)
        rows.append([name(r), rrn(r, masked=True) if masked else rrn(r), home_addr(r), b, a, "%s원" % format(r.randint(15, 40) * 10000, ",")])
    d.table(rows)
    d.p("위 금액을 지출하고자 합니다.   %s   %s 재무팀" % (date(r), org))
    d.footer = org
    reasons = ["OIDA-9-1-6"] + ([] if masked else ["PIPA-24"])
    return rec(d, "지출결의서", "partial", "none", reasons, "content_personal_id" if not masked else "content_personal", "table",
               rows[1][1], ["content_only"] + (["masked_id"] if masked else []))


def t_trade_meeting(v):
    r = R("t_trade_meeting", v)
    d = Doc()
    d.header = "산업통상자원부"
    d.title("세렌디아 디지털통상협정 업계 간담회 결과")
    d.p("1. 일시·장소: %s, 정부세종청사 6동 회의실" % date(r))
    d.p("2. 주요 건의: 데이터 현지화 요구 완화, 전자인증 상호인정 확대, 원산지 기준 간소화")
    rows = [["참석자", "소속", "휴대전화", "전자우편"]]
    for _ in range(r.randint(3, 5)):
        rows.append([name(r), "(주)%s %s" % (r.choice(["가온전자", "미르소프트", "한결물산", "새빛상사"]), r.choice(["상무", "팀장", "대표"])), mobile(r),
                     "%s%d@%s" % (r.choice(["jhkim", "sylee", "mpark", "dw.choi"]), r.randint(1, 99), r.choice(["gmail.com", "naver.com", "daum.net"]))])
    d.table(rows)
    d.p("3. 향후 계획: 건의 사항을 차기 협상 입장 검토에 참고")
    d.footer = "간담회 결과 – 참석자 연락처는 공개 제외"
    return rec(d, "보고서", "partial", "none", ["OIDA-9-1-6"], "content_personal", "table", rows[1][2], ["content_only"])


# ================================================================ NON-PUBLIC: classified
def t_classified(v, domain):
    tname = "t_classified_" + domain
    r = R(tname, v)
    m = {0: "III급", 1: "III급", 2: "II급", 3: "III급", 4: "II급", 5: "I급"}[v % 6] if domain != "research" else ["II급", "III급", "III급", "I급"][v % 4]
    d = Doc()
    org = {"diplomatic": "외교부", "military": "국방부", "research": r.choice(["국방부", "방위사업청"]), "trade": "산업통상자원부"}[domain]
    content_reason = "OIDA-9-1-2"
    if domain == "diplomatic":
        title = r.choice(["라만공화국과의 고위급 회담 대응 방안", "한-세렌디아 정상회담 의제 및 협상 한계선", "제7차 해양경계 협상 대표단 훈령(안)"])
        body = ["1. 상대측 예상 요구: %s" % r.choice(["공동어로수역 확대", "방산 협력 조건 완화", "항만 지분 참여"]),
                "2. 우리측 최종 수용 한계: %s" % r.choice(["중간선 기준 유지, 공동수역 12해리 이내", "기술이전 비율 30% 이하", "협정 발효 후 5년 유예"]),
                "3. 협상 결렬 시 대안: 제3국 중재 요청 및 단계적 대응"]
    elif domain == "trade":
        title = r.choice(["세렌디아 경제동반자협정 최종 양허안 및 협상 전략", "희소광물 공급망 협정 협상 마지노선"])
        body = ["1. 민감 품목 양허 제외 목록(농산물 %d개 품목)" % r.randint(20, 90),
                "2. 최종 양보 가능선: 관세 철폐 기간 %d년 → %d년" % (r.randint(10, 15), r.randint(5, 9)),
                "3. 상대국 내부 동향 분석(정보 출처 보호 필요)"]
    elif domain == "military":
        title = r.choice(["제%d보병사단 방공진지 배치 및 경계 계획" % r.randint(50, 99), "○○항 국가중요시설(가급) 방호 계획",
                          "비상대비 탄약고 이전 및 경계병력 운용 계획"])
        body = ["1. 방호 대상: %s (좌표 %dS %s %05d %05d)" % (r.choice(["방공포대 3개소", "탄약고 2개소", "통신중계소"]), r.randint(51, 52), r.choice(["CG", "DH", "BF"]), r.randint(0, 99999), r.randint(0, 99999)),
                "2. 경계 병력: 평시 %d명, 경계 강화 시 %d명, 취약 시간대 02:00~05:00" % (r.randint(20, 60), r.randint(80, 200)),
                "3. 출입 통제 및 대드론 탐지 장비 운용 구역"]
        if "국가중요시설" in title or v % 2 == 0:
            content_reason = "OIDA-9-1-3"
    else:
        title = r.choice(["차기 전술통신 암호모듈 개발 시험평가 결과", "무인수상정 자율항법 핵심기술 시험 결과 보고"])
        body = ["1. 시험 성능: 탐지거리 %dkm, 오탐률 %.2f%%" % (r.randint(8, 40), r.uniform(0.1, 3)),
                "2. 취약점: 전파 교란 환경에서 항법 오차 증가(세부 수치 별첨)",
                "3. 전력화 일정: %d년 초도 배치" % r.randint(2028, 2032)]
    where = r.choice(["header_footer", "header_footer", "both_lines", "box", "header"])
    s, loc = apply_marking(d, r, m, where)
    copies = r.randint(3, 8)
    d.blocks.append(("right", "사본번호 %d/%d" % (r.randint(1, copies), copies) if r.random() < 0.6 else "사본 제 %d 호" % r.randint(1, copies)))
    yr = r.randint(2028, 2036)
    opts = ["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (yr, s), "예고문 : %d.12.31. 파기" % yr]
    if m != "III급":
        opts.append("예고문: %d. 6. 30.까지 %s, 이후 Ⅲ급비밀로 재분류" % (yr, s))
    pre = r.choice(opts)
    d.title(title)
    for b in body:
        d.p(b)
    if r.random() < 0.5:
        d.table([["구분", "현재", "조치"], ["상대측 입장" if domain in ("diplomatic", "trade") else "위험 요소", r.choice(["강경", "유보", "노출"]), r.choice(["보완", "유지", "재검토"])]])
    if v % 2 == 1:
        d.p("[별첨] 세부 검토 내용")
        ANNEX = ["상대측 대표단 구성 변화와 예상 발언 요지", "관계부처 이견 사항과 조정 방안", "언론 보도 대응 및 대외 설명 자료 준비",
                 "취약 시간대 순찰 경로와 교대 시각", "통신 두절 시 예비 보고 체계", "정보 출처 보호 조치", "협상 결렬 시 단계별 대응 시나리오",
                 "장비 고장 시 대체 운용 방안", "보안 측정 결과 미흡 구역 보강", "후속 회의 일정과 참석 범위", "비상 시 지휘 보고 경로",
                 "시험 데이터 보관 및 반출 통제", "상대국 국내 정치 일정에 따른 변수", "우리측 양보 카드의 사용 순서"]
        for i in range(r.randint(18, 30)):
            d.p("%d) %s – %s" % (i + 1, r.choice(ANNEX), r.choice(["세부 조치 완료", "보완 필요", "차기 보고 시 재검토", "관계기관 협조 요청", "담당관 지정 완료"])))
    d.p(pre)
    d.p("보호기간: %d. 12. 31.까지  |  생산부서: %s %s" % (yr, org, r.choice(["양자경제과", "작전기획과", "전력시험과", "정책총괄과"])))
    flags = ["yegomun", "copy_number", "protection_period"]
    return rec(d, "보고서", "non_public", m, ["OIDA-9-1-1", content_reason], "classification_marking", loc, s, flags)


def t_daeoebi(v, kind):
    tname = "t_daeoebi_" + kind
    r = R(tname, v)
    org, okind, hp, dom = pick_org(r)
    d = Doc()
    if kind == "eval":
        d.title("2025년도 경영실적 평가 대응 내부 검토(지표별 예상 득점 및 보완 전략)")
        d.p("1. 계량지표 예상 득점: %.2f점 / 비계량 %.2f점 – 전년 대비 하락 우려 지표 3개" % (r.uniform(40, 55), r.uniform(25, 40)))
        d.p("2. 실사 대응: 안전사고 2건 관련 질의 예상, 답변 논리 준비")
        d.p("3. 성과급 등급 시나리오(검토 중, 확정 아님)")
        reasons = ["OIDA-9-1-5"]
    elif kind == "trade":
        d.title("세렌디아 디지털통상협정 차기 협상 내부 검토 의견")
        d.p("1. 소스코드 공개 요구에 대한 관계부처 이견 정리(검토 중)")
        d.p("2. 업계 영향 분석 초안 – 확정 전 수치")
        reasons = ["OIDA-9-1-5"]
    elif kind == "facility":
        city = r.choice(CITIES)
        d.title("%s 재난 취약시설 및 국가기반시설 취약점 현황" % city[0])
        rows = [["시설", "위치", "취약 요인", "보강 예정"]]
        for _ in range(r.randint(3, 5)):
            rows.append([r.choice(["정수장 취수탑", "변전소", "지하 공동구", "배수펌프장", "LNG 배관 밸브실"]),
                         "%s %s %d" % (city[1], r.choice(ROADS), r.randint(1, 400)),
                         r.choice(["출입통제 CCTV 사각지대", "비상발전기 노후", "외곽 울타리 훼손", "침수 시 제어반 정지"]), date(r, 2026)])
        d.table(rows)
        reasons = ["OIDA-9-1-3"]
    elif kind == "investigation":
        d.title("2026년 상반기 불법체류·고용 사업장 합동단속 계획")
        d.p("1. 단속 일정: %s ~ %s (사전 유출 금지)" % (date(r, 2026), date(r, 2026)))
        d.p("2. 대상 사업장: %s 일대 제조업체 %d개소, 투입 인원 %d명" % (r.choice(CITIES)[0], r.randint(5, 30), r.randint(20, 90)))
        d.p("3. 첩보 출처 및 잠입 조사 방법(별첨)")
        reasons = ["OIDA-9-1-4"]
    elif kind == "contacts":
        d.title("%s 비상소집 연락망" % org)
        rows = [["직위", "성명", "휴대전화", "자택 주소"]]
        for _ in range(r.randint(5, 8)):
            rows.append([r.choice(["본부장", "팀장", "차장", "과장", "주임"]), name(r), mobile(r), home_addr(r)])
        d.table(rows)
        reasons = ["OIDA-9-1-6"]
    elif kind == "land":
        d.title("%s 공공주택지구 후보지 내부 검토" % r.choice(CITIES)[0])
        d.p("1. 후보지: %s 일원 %d만㎡ (지번 목록 별첨)" % (r.choice(DONG), r.randint(30, 300)))
        d.p("2. 지정 발표 전 보안 유지 – 토지 투기 우려")
        d.p("3. 보상가 산정 기준(안)")
        reasons = ["OIDA-9-1-5", "OIDA-9-1-8"]
    else:  # research
        d.title("국가핵심기술 보안과제 연구보안 점검 결과(내부)")
        d.p("1. 대상 과제: %s (보안등급: 보안과제)" % r.choice(["차세대 이차전지 음극재", "초저궤도 위성 탑재체", "고효율 수전해 촉매"]))
        d.p("2. 미흡 사항: 연구실 출입통제 예외 운영, 외부 반출 기록 누락 – 조치 검토 중")
        reasons = ["OIDA-9-1-5"]
    where = r.choice(["header_footer", "box", "top_line", "both_lines", "header"])
    s, loc = apply_marking(d, r, "대외비", where)
    if r.random() < 0.4:
        d.p("이 문서는 %s까지 대외비로 관리하며, 이후 일반문서로 재분류한다." % date(r, r.randint(2027, 2029)))
    return rec(d, "보고서", "non_public", "대외비", reasons, "classification_marking", loc, s, ["daeoebi"])


# ================================================================ NON-PUBLIC: content-only / stated
def t_medical(v):
    r = R("t_medical", v)
    city = r.choice(CITIES)
    d = Doc()
    d.header = "%s 보건소" % city[0]
    title = r.choice(["진료기록부", "정신건강 상담 기록지", "결핵 환자 관리 카드", "방문건강관리 기록"])
    d.title(title)
    nm = name(r)
    with_id = v % 3 == 0
    d.table([["성명", nm, "주민등록번호", rrn(r) if with_id else rrn(r, masked=True)],
             ["주소", home_addr(r), "연락처", mobile(r)],
             ["진단", r.choice(["주요우울장애(F32.1)", "폐결핵(A15.0)", "제2형 당뇨병(E11.9)", "알코올 사용장애(F10.2)", "공황장애(F41.0)"]), "담당의", name(r)]])
    d.p("경과: %s" % r.choice(["약물 복용 순응도 낮음, 2주 후 재방문 예정", "객담 검사 음전, 복약 지속", "자해 사고 표현 있어 위기개입 연계"]))
    reasons = ["OIDA-9-1-6", "PIPA-23"] + (["PIPA-24"] if with_id else [])
    return rec(d, "진료기록", "non_public", "none", reasons, "content_sensitive_health", "table", "진단", ["content_only"])


def t_counsel(v):
    r = R("t_counsel", v)
    d = Doc()
    school = "%s%s학교" % (r.choice(["가람", "누리", "솔빛", "한빛"]), r.choice(["초등", "중", "고등"]))
    d.header = "%s Wee클래스" % school
    d.title("학생 상담 일지")
    st = name(r)
    d.table([["학생", "%d학년 %d반 %s" % (r.randint(1, 6), r.randint(1, 9), st), "상담일", date(r)],
             ["보호자", "%s (%s)" % (name(r), mobile(r)), "상담교사", name(r)]])
    d.p("주호소: %s" % r.choice(["또래 관계 어려움과 불면, 자해 흔적 확인", "부모 이혼 후 우울감 호소, 등교 거부", "ADHD 진단 후 약물 복용 중 학업 부진"]))
    d.p("조치: 전문기관(정신건강복지센터) 연계, 보호자 통보 완료")
    return rec(d, "상담일지", "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "content_sensitive_health", "body_content", "주호소", ["content_only"])


def t_welfare(v):
    r = R("t_welfare", v)
    city = r.choice(CITIES)
    d = Doc()
    nm = name(r)
    with_id = v % 2 == 0
    idv = rrn(r) if with_id else rrn(r, masked=True)
    body = ["1. 귀하의 %s 신청에 대한 조사 결과를 다음과 같이 알려드립니다." % r.choice(["생계급여", "의료급여", "주거급여", "긴급복지 생계지원"]),
            "2. 수급자: %s (%s), 주소: %s" % (nm, idv, home_addr(r)),
            "3. 소득인정액 월 %s원, 부양의무자 %s – %s" % (format(r.randint(20, 120) * 10000, ","), name(r), r.choice(["수급 결정", "수급 부적합", "조건부 수급"])),
            "4. 급여 지급 계좌: %s %s" % account(r)]
    gongmun(d, r, "%s %s행정복지센터" % (city[0], r.choice(DONG)), "%s 귀하" % nm, "국민기초생활보장 급여 결정 통지", body, field=None,
            dept="맞춤형복지팀")
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if with_id else [])
    return rec(d, "통지서", "non_public", "none", reasons, "content_personal_id" if with_id else "content_personal", "body_content", idv,
               ["content_only"] + ([] if with_id else ["masked_id"]))


def t_disability(v):
    r = R("t_disability", v)
    d = Doc()
    d.header = "국민연금공단 장애심사센터" if r.random() < 0.5 else "장애 정도 심사 결과"
    d.title("장애 정도 심사 결과 통보서")
    nm = name(r)
    d.table([["성명", nm, "생년월일", dob(r)],
             ["장애 유형", r.choice(["지체장애", "뇌병변장애", "시각장애", "정신장애", "자폐성장애"]), "판정", r.choice(["심한 장애", "심하지 않은 장애"])],
             ["주요 소견", r.choice(["요추 척수손상 후 하지 근력 저하", "조현병 20년 경과, 일상생활 지속 지원 필요", "양안 교정시력 0.02"]), "재판정", "%d년" % r.randint(2027, 2030)]])
    d.p("이의가 있는 경우 통보를 받은 날부터 90일 이내에 이의신청할 수 있습니다.")
    return rec(d, "통지서", "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "content_sensitive_health", "table", "주요 소견", ["content_only"])


def t_inmate(v):
    r = R("t_inmate", v)
    d = Doc()
    inst = "%s교도소" % r.choice(["가람", "서해", "솔내", "다온"])
    d.header = inst
    d.title(r.choice(["징벌위원회 의결서", "수용자 분류처우 심사표", "수용자 접견 제한 결정서"]))
    nm = name(r)
    d.table([["수용번호", "%d" % r.randint(1000, 9999), "성명", nm],
             ["죄명/형기", "%s / 징역 %d년" % (r.choice(["특수절도", "사기", "마약류관리법위반", "상해"]), r.randint(1, 9)), "전과", "%d범" % r.randint(1, 5)],
             ["처분", r.choice(["금치 15일", "처우등급 S3 → S4 하향", "접견 제한 1개월"]), "사유", r.choice(["타 수용자 폭행", "부정물품 소지", "직원 지시 불이행"])]])
    d.p("위원장 %s, 위원 %s·%s (외부위원 포함)" % (name(r), name(r), name(r)))
    return rec(d, "의결서", "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "content_criminal", "table", "전과", ["content_only"])


def t_immigration(v):
    r = R("t_immigration", v)
    d = Doc()
    office = "%s출입국·외국인사무소" % r.choice(["가람", "서해", "한빛"])
    fn = r.choice(FOREIGN)
    masked = v % 4 == 3
    pp = passport(r)
    fr = frn(r)
    if masked:
        pp = pp[:3] + "*****" if len(pp) == 9 else pp
        fr = fr[:8] + "******"
    body = ["1. 귀하의 체류기간 연장허가 신청을 심사한 결과 다음과 같이 결정하였음을 통지합니다.",
            "2. 신청인: %s (국적 %s, 여권번호 %s, 외국인등록번호 %s)" % (fn, r.choice(["베트남", "필리핀", "우즈베키스탄", "네팔"]), pp, fr),
            "3. 결정: %s" % r.choice(["불허 – 체류 목적 외 활동 확인", "불허 – 고용 사업장 이탈", "조건부 허가(3개월)"]),
            "4. 출국기한: %s" % date(r, 2026)]
    gongmun(d, r, office, "%s 귀하" % fn, "체류기간 연장 불허 결정 통지", body, field=None, dept="체류관리과")
    reasons = ["OIDA-9-1-6"] + ([] if masked else ["PIPA-24"])
    return rec(d, "통지서", "non_public", "none", reasons, "content_personal" if masked else "content_personal_id", "body_content",
               pp, ["content_only"] + (["masked_id"] if masked else []))


def t_refugee(v):
    r = R("t_refugee", v)
    d = Doc()
    d.header = "난민면접 조서"
    fn = r.choice(FOREIGN)
    d.title("난민 면접 조서 (제%d회)" % r.randint(1, 3))
    d.table([["신청인", fn, "국적", r.choice(["라만공화국", "세렌디아", "아스타르"])],
             ["여권번호", passport(r), "면접관", name(r)], ["통역인", name(r), "면접일", date(r)]])
    d.p("문: 본국을 떠난 이유는 무엇입니까?")
    d.p("답: %s" % r.choice(["야당 집회에 참여한 뒤 군경에 체포되어 고문을 당했습니다.", "개종한 사실이 알려져 가족과 종교 지도자에게 살해 위협을 받았습니다.",
                             "소수민족 출신으로 마을이 공격받았고 저는 총상을 입었습니다."]))
    d.p("문: 귀국하면 어떤 일이 일어날 것이라고 생각합니까?")
    d.p("답: 체포되거나 살해될 것입니다.")
    return rec(d, "조서", "non_public", "none", ["OIDA-9-1-6", "PIPA-23", "PIPA-24"], "content_sensitive", "body_content", "본국을 떠난 이유",
               ["content_only", "refugee_identity"])


def t_discipline(v):
    r = R("t_discipline", v)
    org = r.choice([o[0] for o in ORGS] + ["%s청" % c[0] for c in CITIES])
    d = Doc()
    d.title("징 계 의 결 서")
    nm = name(r)
    d.table([["소속", r.choice(["시설관리팀", "연구지원실", "민원봉사과"]), "직위(급)", r.choice(["6급", "선임연구원", "차장"])], ["성명", nm, "", ""]])
    d.p("의결주문: %s" % r.choice(["정직 2개월", "감봉 3개월", "강등"]))
    d.p("이유: 위 사람은 %s 혈중알코올농도 %.3f%%의 주취 상태로 차량을 운전하여 %s 벌금 %d만원의 약식명령을 받았다." % (
        date(r, 2025), r.uniform(0.08, 0.2), r.choice(["가람지방법원에서", "서해지원에서"]), r.randint(500, 1500)))
    d.p("%s  %s 징계위원회 위원장 %s" % (date(r), org, name(r)))
    return rec(d, "의결서", "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "content_criminal", "body_content", "약식명령", ["content_only"])


def t_sickleave(v):
    r = R("t_sickleave", v)
    org = pick_org(r)
    d = Doc()
    nm = name(r)
    body = ["1. %s %s의 병가 신청을 다음과 같이 승인합니다." % (r.choice(["연구지원팀", "기획팀"]), nm),
            "2. 기간: %s부터 60일, 진단명: %s (%s 발행 진단서 첨부)" % (date(r), r.choice(["유방암 2기", "우울증 및 불안장애", "추간판탈출증 수술"]),
                                                           r.choice(["가람대학교병원", "한빛의료원"]))]
    gongmun(d, r, org[0], "내부결재", "직원 병가 승인", body, attach=["진단서 1부"], email_dom=org[3], homepage=org[2], dept="인사팀")
    return rec(d, "공문", "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "content_sensitive_health", "body_content", "진단명", ["content_only"])


def t_union(v):
    r = R("t_union", v)
    org = pick_org(r)
    d = Doc()
    d.header = org[0]
    d.title("%d년 %d월 노동조합 조합비 급여 공제 명단" % (r.choice([2025, 2026]), r.randint(1, 12)))
    rows = [["사번", "성명", "부서", "조합비"]]
    for _ in range(r.randint(5, 9) if v % 2 else r.randint(40, 60)):
        rows.append(["%06d" % r.randint(100000, 299999), name(r), r.choice(["운영팀", "시설팀", "연구1실", "고객지원팀"]), "%s원" % format(r.randint(15, 40) * 1000, ",")])
    d.table(rows)
    return rec(d, "명단", "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "content_sensitive", "dumun", "노동조합 조합비", ["content_only", "roster"])


def t_interview_scores(v):
    r = R("t_interview_scores", v)
    org = pick_org(r)
    d = Doc()
    d.header = "%s 채용 면접 평정표" % org[0]
    d.title("면접위원 평정 결과 집계표")
    rows = [["수험번호", "성명", "위원A", "위원B", "위원C", "평균", "종합 의견"]]
    for _ in range(r.randint(4, 7)):
        sc = [r.randint(60, 95) for _ in range(3)]
        rows.append(["2026-%03d" % r.randint(1, 400), name(r)] + [str(x) for x in sc] + ["%.1f" % (sum(sc) / 3),
                     r.choice(["논리력 우수", "직무 이해 부족", "태도 불량 지적", "전 직장 이직 사유 불명확"])])
    d.table(rows)
    d.p("면접위원: %s(위원장), %s, %s" % (name(r), name(r), name(r)))
    return rec(d, "평정표", "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "content_internal_review", "table", "종합 의견", ["content_only", "roster"])


def t_bonus(v):
    r = R("t_bonus", v)
    org = pick_org(r)
    d = Doc()
    d.header = org[0]
    d.title("2025년도 경영평가 성과급 개인별 지급 내역")
    rows = [["사번", "성명", "개인 평가등급", "지급률", "지급액"]]
    for _ in range(r.randint(5, 8) if v % 2 else r.randint(40, 55)):
        rows.append(["%06d" % r.randint(100000, 299999), name(r), r.choice(["S", "A", "B", "C"]), "%d%%" % r.choice([80, 100, 120, 150]),
                     "%s원" % format(r.randint(200, 1800) * 10000, ",")])
    d.table(rows)
    return rec(d, "명단", "non_public", "none", ["OIDA-9-1-6"], "content_personal", "table", "개인 평가등급", ["content_only", "roster"])


def t_internal(v):
    r = R("t_internal", v)
    org = pick_org(r)
    d = Doc()
    mk = r.choice(["내부 검토용", "검토용 – 외부 배포 금지", "Confidential", "취급주의", "[내부용]"])
    d.header = mk
    d.title(r.choice(["%s 특정감사 진행 상황 및 처분 수위 검토" % org[0], "기술이전 기업 선정 평가 중간 검토", "조직 개편(안) 내부 검토 – 미확정",
                      "경영평가 실사 대응 예상 질의 및 답변(초안)"]))
    d.p("1. 현재 검토 단계: %s" % r.choice(["사실관계 확인 중", "평가위원 의견 수렴 중", "노조 협의 전"]))
    d.p("2. 대안별 검토: 1안(%s), 2안(%s) – 결정 전" % (r.choice(["원안 유지", "부서 통합"]), r.choice(["단계 추진", "보류"])))
    d.p("3. 향후 일정: %s 경영회의 상정 예정" % date(r))
    return rec(d, "보고서", "non_public", "none", ["OIDA-9-1-5"], "informal_marking", "page_header", mk, ["informal_marking", "content_internal_review"])


def t_stated_nonpublic(v):
    r = R("t_stated_nonpublic", v)
    org = r.choice(GOV + [(o[0], o[3]) for o in ORGS])
    d = Doc()
    kind = v % 3
    if kind == 0:
        n = 4
        title = "수사 협조 요청(출입국사범 관련)"
        body = ["1. 관련: %s 수사 진행 중인 사건(사건번호 2026형제%d호)" % (r.choice(CITIES)[0] + "지방검찰청", r.randint(1000, 99999)),
                "2. 피의 업체의 외국인 고용 내역 및 출입 기록 일체를 제출하여 주시기 바랍니다.",
                "3. 수사 중인 사항이므로 관련 내용이 외부에 알려지지 않도록 유의하여 주시기 바랍니다."]
    elif kind == 1:
        n = 5
        title = "특정감사 착수 계획(감사 대상 부서 사전 통보 금지)"
        body = ["1. 감사 대상: %s 연구장비 구매 및 기술이전 계약 업무" % org[0],
                "2. 감사 기간: %s ~ %s, 중점: 수의계약 분할 여부" % (date(r), date(r)),
                "3. 제보 내용 검증 후 처분 수위 결정 예정(내부 검토 중)"]
    else:
        n = 3
        title = "정수장·배수지 취약시설 보강 공사 내역"
        body = ["1. 취수장 출입통제 설비 교체 구간과 공사 기간 중 경비 공백 시간대를 알려드립니다.",
                "2. CCTV 미설치 구간: 정수지 북측 울타리 %dm, 공사 기간 중 임시 경비 운영" % r.randint(20, 200)]
    f = cite(r, "non_public", [n])
    pos = FIELD_POSITIONS[(v * 3) % len(FIELD_POSITIONS)]
    att = [r.choice(["관련 자료 목록 1부", "세부 계획 1부", "협조 요청 사항 1부"])]
    gongmun(d, r, org[0], "수신자 참조", title, body, attach=att, field=f, field_pos=pos, email_dom=org[1])
    return rec(d, "공문", "non_public", "none", ["OIDA-9-1-%d" % n], "disclosure_field", FIELD_POS_LOC[pos], f, ["field_agrees"], field=f)


def t_partial_id_field(v):
    """Stated 부분공개 with unmasked RRN → partial [-6, PIPA-24] (field agrees)."""
    r = R("t_partial_id_field", v)
    org, kind, hp, dom = pick_org(r)
    d = Doc()
    topic = r.choice(["출연연 객원연구원 4대보험 취득 신고", "기술이전 발명자 보상금 지급", "수용자 가족 긴급 생계지원 통보"])
    body = ["1. %s 대상자를 다음과 같이 통보합니다." % topic,
            "2. 대상자: %s (주민등록번호 %s), 주소 %s" % (name(r), rrn(r), home_addr(r))]
    f = cite(r, "partial", [6])
    pos = r.choice(FIELD_POSITIONS)
    gongmun(d, r, org, "수신자 참조", topic, body, attach=["대상자 확인서 1부"], field=f, field_pos=pos, email_dom=dom, homepage=hp)
    return rec(d, "공문", "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "disclosure_field", FIELD_POS_LOC[pos], f, ["field_agrees"], field=f)


# ================================================================ plan
PLAN = [
    # public
    (t_press, 12), (t_foi_guide, 8), (t_sec_guide, 8), (t_declass, 5), (t_cover, 6), (t_password, 4), (t_grade, 5),
    (t_law, 8), (t_meeting, 9), (t_board_public, 6), (t_disaster_public, 5), (t_refugee_guide, 4), (t_informal_public, 3),
    (t_foi_decision, 4), (t_secaudit_public, 3),
    # partial
    (t_civil_reply, 10), (t_hire_result, 8), (t_tech_transfer, 8), (t_board_personnel, 5), (t_mislabeled, 6),
    (t_disaster_plan, 6), (t_partial_field, 10), (t_procure, 6), (t_research_partial, 5), (t_commission_pay, 7),
    (t_trade_meeting, 5), (t_partial_id_field, 4),
    # non-public classified
    (lambda v: t_classified(v, "diplomatic"), 7, "t_classified_diplomatic"),
    (lambda v: t_classified(v, "military"), 8, "t_classified_military"),
    (lambda v: t_classified(v, "trade"), 6, "t_classified_trade"),
    (lambda v: t_classified(v, "research"), 4, "t_classified_research"),
    # 대외비
    (lambda v: t_daeoebi(v, "eval"), 4, "t_daeoebi_eval"), (lambda v: t_daeoebi(v, "trade"), 3, "t_daeoebi_trade"),
    (lambda v: t_daeoebi(v, "facility"), 4, "t_daeoebi_facility"), (lambda v: t_daeoebi(v, "investigation"), 3, "t_daeoebi_investigation"),
    (lambda v: t_daeoebi(v, "contacts"), 3, "t_daeoebi_contacts"), (lambda v: t_daeoebi(v, "land"), 3, "t_daeoebi_land"),
    (lambda v: t_daeoebi(v, "research"), 2, "t_daeoebi_research"),
    # content / stated
    (t_medical, 6), (t_counsel, 5), (t_welfare, 6), (t_disability, 5), (t_inmate, 6), (t_immigration, 5), (t_refugee, 4),
    (t_discipline, 5), (t_sickleave, 3), (t_union, 3), (t_interview_scores, 5), (t_bonus, 3), (t_internal, 5),
    (t_stated_nonpublic, 9),
]


# ================================================================ long-document padding (label-neutral)
FILLER = [
    "추진 일정은 관계 부서 협의 결과에 따라 조정될 수 있으며, 변경 시 별도로 알린다.",
    "각 부서는 소관 업무의 이행 실적을 매 분기 말까지 총괄 부서에 제출한다.",
    "예산은 2026년도 본예산 범위에서 집행하며, 부족분은 하반기 추경 시 반영을 검토한다.",
    "관련 규정의 개정이 필요한 사항은 법무 검토를 거쳐 차기 회의에 상정한다.",
    "교육 및 홍보는 기관 누리집과 내부 게시판을 통해 실시한다.",
    "이행 상황 점검 결과 미흡 사항은 개선 계획을 수립하여 보완한다.",
    "협업 과제는 주관 부서와 협조 부서를 지정하여 책임성을 높인다.",
    "성과지표는 전년도 실적과 유사 기관 평균을 고려하여 설정한다.",
]


def pad_long(d, r):
    idx = None
    for i, (k, v) in enumerate(d.blocks):
        if k in ("p", "center") and (v.startswith("붙임") or v.strip() == "끝." or v.startswith("보호기간") or v.startswith("예고문")):
            idx = i
            break
    if idx is None:
        idx = max(1, len(d.blocks) - 1)
    add = [("p", "[세부 추진 사항]")]
    for j in range(r.randint(28, 45)):
        add.append(("p", "  %d) %s" % (j + 1, r.choice(FILLER))))
    d.blocks[idx:idx] = add


# ================================================================ OCR noise
def ocr_noise(text, r, protect):
    parts = [text]
    for p in protect:
        nparts = []
        for x in parts:
            if isinstance(x, tuple):
                nparts.append(x)
                continue
            segs = x.split(p)
            for i, s in enumerate(segs):
                if i:
                    nparts.append((p,))
                nparts.append(s)
        parts = nparts
    out = []
    for x in parts:
        if isinstance(x, tuple):
            out.append(x[0])
            continue
        buf = []
        for i, ch in enumerate(x):
            q = r.random()
            if ch.isdigit() and q < 0.06:
                buf.append(chr(ord(ch) - 48 + 0xFF10))
            elif "\uac00" <= ch <= "\ud7a3" and q < 0.05 and i + 1 < len(x) and "\uac00" <= x[i + 1] <= "\ud7a3":
                buf.append(ch + " ")
            elif ch == "·" and q < 0.3:
                buf.append(".")
            elif ch == " " and q < 0.03:
                buf.append("\n")
            else:
                buf.append(ch)
        out.append("".join(buf))
    return "".join(out)


def ocr_cue(cue, r):
    c = cue
    c = c.replace("제1항", r.choice(["제l항", "제1항", "제 1 항"]))
    if r.random() < 0.5:
        c = re.sub(r"\d", lambda m: chr(ord(m.group()) - 48 + 0xFF10) if r.random() < 0.5 else m.group(), c)
    if r.random() < 0.5 and len(c) <= 8 and re.search(r"[가-힣]", c):
        c = " ".join(c.replace(" ", ""))
    return c


# ================================================================ HWPX writer
NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app", "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section", "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head", "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "opf": "http://www.idpf.org/2007/opf/", "hv": "http://www.hancom.co.kr/hwpml/2011/version",
}
XMLNS = " ".join('xmlns:%s="%s"' % kv for kv in NS.items() if kv[0] not in ("hv",))
ZDATE = (2026, 1, 1, 0, 0, 0)


class HW:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def nid(self):
        self.oid += 1
        return self.oid

    def para(self, text, char=0, para=0, inner=""):
        self.pid += 1
        lines = text.split("\n") if text else []
        t = "".join("<hp:t>%s</hp:t>" % escape(x) for x in lines)
        return '<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="%d">%s%s</hp:run></hp:p>' % (
            self.pid, para, char, inner, t)

    def sublist(self, paras, vert="TOP"):
        return '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (vert, "".join(paras))

    def table(self, rows):
        nr, nc = len(rows), max(len(x) for x in rows)
        W = 42520
        cw = W // nc
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(nc):
                txt = row[ci] if ci < len(row) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1800"/>'
                           '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>' % (
                               1 if ri == 0 else 0, self.sublist([self.para(txt)], "CENTER"), ci, ri, cw))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
               'pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>') % (
            self.nid(), nr, nc, cw * nc, 1800 * nr, "".join(trs))
        return self.para("", inner=tbl)

    def textbox(self, text):
        rect = ('<hp:rect id="%d" zOrder="1" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="14000" height="3000"/><hp:curSz width="14000" height="3000"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="7000" centerY="1500" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#FF0000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
                '<hp:drawText lastWidth="14000" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="14000" y="0"/><hc:pt2 x="14000" y="3000"/><hc:pt3 x="0" y="3000"/>'
                '<hp:sz width="14000" widthRelTo="ABSOLUTE" height="3000" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" horzRelTo="PAPER" vertAlign="TOP" horzAlign="RIGHT" vertOffset="2000" horzOffset="2000"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>') % (self.nid(), self.nid(), self.sublist([self.para(text, char=2)], "CENTER"))
        return self.para("", inner=rect)


HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="2">'
              '<hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>'
              '</hh:fontfaces><hh:borderFills itemCnt="2">'
              '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
              '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
              '</hh:borderFills><hh:charProperties itemCnt="3">'
              '<hh:charPr id="0" height="1100" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '<hh:charPr id="2" height="1300" textColor="#FF0000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '</hh:charProperties><hh:paraProperties itemCnt="3">'
              '<hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="CENTER" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '<hh:paraPr id="2" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="RIGHT" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
              '</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument></hh:head>') % XMLNS


def hwpx_bytes(doc, title):
    hw = HW()
    ctrls = ""
    if doc.header:
        ctrls += '<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % (hw.nid(), hw.sublist([hw.para(doc.header, char=2, para=1)]))
    if doc.footer:
        ctrls += '<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % (hw.nid(), hw.sublist([hw.para(doc.footer, char=2, para=1)], "BOTTOM"))
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '</hp:secPr>')
    paras = [hw.para("", inner=secpr + ctrls)]
    for k, v in doc.blocks:
        if k == "title":
            paras.append(hw.para(v, char=1, para=1))
        elif k == "center":
            paras.append(hw.para(v, para=1))
        elif k == "right":
            paras.append(hw.para(v, para=2))
        elif k == "box":
            paras.append(hw.textbox(v))
        elif k == "table":
            paras.append(hw.table(v))
        else:
            paras.append(hw.para(v))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (XMLNS, "".join(paras))
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="%s" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 535 WIN32LEWindows_10"/>') % NS["hv"]
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<odf:file-entry odf:full-path="/" odf:media-type="application/hwp+zip"/>'
                '<odf:file-entry odf:full-path="Contents/content.hpf" odf:media-type="application/hwpml-package+xml"/></odf:manifest>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_ah</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (XMLNS, escape(title))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="%s" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>') % NS["ha"]
    prv = doc.to_text()[:1000]
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        def add(nm, data, stored=False):
            zi = zipfile.ZipInfo(nm, ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", stored=True)
        add("version.xml", version, stored=True)
        add("Contents/header.xml", HEADER_XML)
        add("Contents/section0.xml", section)
        add("Preview/PrvText.txt", prv)
        add("settings.xml", settings)
        add("META-INF/container.xml", container)
        add("META-INF/manifest.xml", manifest)
        add("Contents/content.hpf", hpf)
    return bio.getvalue()


def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names_ = z.namelist()
        assert names_[0] == "mimetype", path
        info = z.getinfo("mimetype")
        assert info.compress_type == zipfile.ZIP_STORED, path
        assert z.read("mimetype") == b"application/hwp+zip", path
        for req in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf",
                    "META-INF/container.xml", "META-INF/manifest.xml"]:
            assert req in names_, (path, req)
        for n in names_:
            if n.endswith((".xml", ".hpf")):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    hp = "{%s}" % NS["hp"]
    out = []

    def walk(el):
        for ch in el:
            if ch.tag == hp + "p":
                ts = []
                for t in ch.iter(hp + "t"):
                    ts.append(t.text or "")
                # only direct text of this paragraph's runs (nested paras walked separately)
                direct = []
                for run in ch.findall(hp + "run"):
                    for t in run.findall(hp + "t"):
                        direct.append(t.text or "")
                if direct:
                    out.append("".join(direct))
                walk(ch)
            else:
                walk(ch)
    walk(root)
    return "\n".join(out)


# ================================================================ PDF writer
_pdf_ready = False


def pdf_bytes(doc, title, path):
    global _pdf_ready
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    if not _pdf_ready:
        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
        _pdf_ready = True
    MJ, GT = "HYSMyeongJo-Medium", "HYGothic-Medium"
    W, H = A4
    L, Rm, T, B = 56, 56, 70, 70
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("sens_ah")
    c.setCreator("sens_ah make_set.py")
    state = {"page": 1, "y": H - T}

    def wrap(text, font, size, width):
        lines = []
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
        return lines

    def decorate():
        if doc.header:
            c.setFont(GT, 10)
            c.drawCentredString(W / 2, H - 38, doc.header)
            c.setLineWidth(0.4)
            c.line(L, H - 44, W - Rm, H - 44)
        c.setFont(MJ, 8)
        if doc.footer:
            c.setFont(GT, 10)
            c.drawCentredString(W / 2, 40, doc.footer)
        c.setFont(MJ, 8)
        c.drawRightString(W - Rm, 26, "- %d -" % state["page"])

    def newpage():
        c.showPage()
        state["page"] += 1
        state["y"] = H - T
        decorate()

    def need(h):
        if state["y"] - h < B:
            newpage()

    decorate()
    for k, v in doc.blocks:
        if k == "table":
            nc = max(len(x) for x in v)
            tw = W - L - Rm
            # column widths proportional to max content length (bounded)
            lens = [max(4, min(30, max(len(row[i]) if i < len(row) else 0 for row in v))) for i in range(nc)]
            cws = [tw * x / sum(lens) for x in lens]
            size = 8.5
            state["y"] -= 4
            for ri, row in enumerate(v):
                font = GT if ri == 0 else MJ
                cells = [wrap(row[i] if i < len(row) else "", font, size, cws[i] - 6) for i in range(nc)]
                rh = max(len(x) for x in cells) * (size + 3) + 6
                need(rh)
                y0 = state["y"]
                x = L
                for i in range(nc):
                    c.rect(x, y0 - rh, cws[i], rh, stroke=1, fill=0)
                    c.setFont(font, size)
                    for li, ln in enumerate(cells[i]):
                        c.drawString(x + 3, y0 - 3 - (li + 1) * (size + 3) + 2, ln)
                    x += cws[i]
                state["y"] = y0 - rh
            state["y"] -= 8
            continue
        if k == "title":
            font, size = GT, 15
        elif k == "box":
            font, size = GT, 12
        else:
            font, size = MJ, 10.5
        lines = wrap(v, font, size, W - L - Rm - (20 if k == "box" else 0))
        lh = size * 1.55
        if k == "box":
            h = len(lines) * lh + 10
            need(h)
            bw = min(W - L - Rm, max(pdfmetrics.stringWidth(x, font, size) for x in lines) + 20)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.rect(W - Rm - bw, state["y"] - h, bw, h)
            c.setStrokeColorRGB(0, 0, 0)
            c.setFont(font, size)
            for i, ln in enumerate(lines):
                c.drawString(W - Rm - bw + 10, state["y"] - 5 - (i + 1) * lh + 4, ln)
            state["y"] -= h + 8
            continue
        if k == "title":
            state["y"] -= 6
        for ln in lines:
            need(lh)
            c.setFont(font, size)
            y = state["y"] - size
            if k in ("title", "center"):
                c.drawCentredString(W / 2, y, ln)
            elif k == "right":
                c.drawRightString(W - Rm, y, ln)
            else:
                c.drawString(L, y, ln)
            state["y"] -= lh
        if k == "title":
            state["y"] -= 6
    c.showPage()
    c.save()
    return state["page"]


# ================================================================ main
def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


ID_RE = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)|(?<![A-Za-z0-9])[MSRGD]\d{8}(?!\d)|(?<![A-Za-z0-9])M\d{3}[A-Z]\d{4}(?!\d)")


def build():
    records = []
    n = 0
    for entry in PLAN:
        fn, cnt = entry[0], entry[1]
        tname = entry[2] if len(entry) > 2 else fn.__name__
        for v in range(cnt):
            rr = fn(v)
            rr["template"] = tname
            rr["variant"] = v
            records.append(rr)
    # deterministic shuffle and format assignment
    random.Random("sens_ah-2026|order|0").shuffle(records)
    for i, rr in enumerate(records):
        fr = R("format", "%s-%d" % (rr["template"], rr["variant"]))
        rr["format"] = ["text", "hwpx", "pdf"][i % 3]
        if rr["format"] == "pdf" and fr.random() < 0.45:
            pad_long(rr["doc"], fr)
            rr["flags"].append("long")
        # OCR applies to scanned-looking text/pdf only
        rr["ocr"] = rr["format"] != "hwpx" and fr.random() < 0.16
        if rr["ocr"]:
            nc = ocr_cue(rr["cue_text"], fr)
            old = rr["cue_text"]
            rr["doc"].map_text(lambda s, o=old, n_=nc: s.replace(o, n_))
            if rr["stated_field_text"]:
                rr["stated_field_text"] = rr["stated_field_text"].replace(old, nc)
            rr["cue_text"] = nc
            prot = [nc] + ([rr["stated_field_text"]] if rr["stated_field_text"] else [])
            rr["doc"].map_text(lambda s, p=prot, g=fr: ocr_noise(s, g, p))
            rr["flags"].append("ocr")
    return records


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    records = build()
    out, meta = [], []
    for i, rr in enumerate(records):
        rid = "sens_ah-%04d" % (i + 1)
        d = rr["doc"]
        text = d.to_text()
        base = {"id": rid}
        pages = None
        if rr["format"] == "text":
            base["text"] = text
        else:
            fpath = "files/%s.%s" % (rid, rr["format"])
            ttl = next((v for k, v in d.blocks if k == "title"), rr["genre"])
            if rr["format"] == "hwpx":
                with open(os.path.join(HERE, fpath), "wb") as fh:
                    fh.write(hwpx_bytes(d, ttl))
            else:
                pages = pdf_bytes(d, ttl, os.path.join(HERE, fpath))
            base["file"] = fpath
        base.update(disclosure=rr["disclosure"], marking=rr["marking"], reasons=rr["reasons"], genre=rr["genre"])
        out.append(base)
        m = {"id": rid, "template": rr["template"], "variant": rr["variant"], "format": rr["format"], "cue_kind": rr["cue_kind"],
             "cue_location": rr["cue_location"], "cue_text": rr["cue_text"], "flags": rr["flags"],
             "stated_field_text": rr["stated_field_text"], "has_page_header": bool(d.header), "has_page_footer": bool(d.footer),
             "has_table": any(k == "table" for k, _ in d.blocks), "has_text_box": any(k == "box" for k, _ in d.blocks)}
        if pages:
            m["pdf_pages"] = pages
        meta.append(m)
        rr["_text"] = text
    with open(os.path.join(HERE, "sens_ah.jsonl"), "w", encoding="utf-8") as fh:
        for x in out:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_ah.meta.jsonl"), "w", encoding="utf-8") as fh:
        for x in meta:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    validate()


def validate():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "sens_ah.jsonl"), encoding="utf-8")]
    metas = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(HERE, "sens_ah.meta.jsonl"), encoding="utf-8"))}
    ids = [r_["id"] for r_ in recs]
    assert len(ids) == len(set(ids)) == len(metas)
    have_pdftotext = shutil.which("pdftotext") is not None
    cnt = {"disclosure": {}, "marking": {}, "format": {}}
    errors = []
    multipage = 0
    for r_ in recs:
        m = metas[r_["id"]]
        fmt = m["format"]
        if "text" in r_:
            txt = r_["text"]
            assert fmt == "text"
        else:
            p = os.path.join(HERE, r_["file"])
            assert os.path.exists(p), p
            if fmt == "hwpx":
                txt = hwpx_text(p)
            else:
                with open(p, "rb") as fh:
                    head = fh.read(8)
                assert head.startswith(b"%PDF-"), p
                if have_pdftotext:
                    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True, check=True).stdout.decode("utf-8")
                    if m.get("pdf_pages", 1) > 1:
                        multipage += 1
                else:
                    txt = None
        for k in ("disclosure", "marking"):
            cnt[k][r_[k]] = cnt[k].get(r_[k], 0) + 1
        cnt["format"][fmt] = cnt["format"].get(fmt, 0) + 1
        dis, mk, rs = r_["disclosure"], r_["marking"], set(r_["reasons"])
        assert dis in ("public", "partial", "non_public")
        assert mk in ("none", "대외비", "III급", "II급", "I급")
        assert rs <= set(REASON_ORDER) and r_["reasons"] == sorted(rs, key=REASON_ORDER.index)
        if (dis == "public") != (not rs):
            errors.append((r_["id"], "public<->no reasons"))
        if mk in CLASSIFIED:
            if not (dis == "non_public" and "OIDA-9-1-1" in rs and rs & {"OIDA-9-1-2", "OIDA-9-1-3"}):
                errors.append((r_["id"], "classified label"))
        if "OIDA-9-1-1" in rs and mk not in CLASSIFIED:
            errors.append((r_["id"], "-1 without 비밀"))
        if mk == "대외비":
            if dis != "non_public" or not rs <= {"OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6", "OIDA-9-1-8", "PIPA-23"}:
                errors.append((r_["id"], "대외비 label"))
        if "mention_only" in m["flags"] and (mk != "none" or dis != "public"):
            errors.append((r_["id"], "mention-only must be public/none"))
        if txt is not None:
            nt = norm(txt)
            if norm(m["cue_text"]) not in nt:
                errors.append((r_["id"], "cue not in text: " + m["cue_text"]))
            if m["stated_field_text"] and norm(m["stated_field_text"]) not in nt:
                errors.append((r_["id"], "field not in text"))
            nfk = unicodedata.normalize("NFKC", txt)
            has_id = bool(ID_RE.search(re.sub(r"\s+", " ", nfk)) or ID_RE.search(re.sub(r"\s+", "", nfk)))
            if has_id != ("PIPA-24" in rs):
                errors.append((r_["id"], "PIPA-24 vs unmasked id: %s" % has_id))
            if fmt == "pdf" and not re.search(r"[가-힣]{4,}", txt):
                errors.append((r_["id"], "no Korean extracted from PDF"))
        sf = m["stated_field_text"]
        if sf and "field_contradicts_content" not in m["flags"]:
            s = norm(sf)
            stated = "partial" if "부분공개" in s else ("non_public" if "비공개" in s else "public")
            if stated != dis:
                errors.append((r_["id"], "stated field disagrees without flag"))
        if "field_contradicts_content" in m["flags"] and not (dis == "partial" and "비공개" not in sf and "부분" not in sf):
            errors.append((r_["id"], "contradiction record"))
    N = len(recs)
    assert not errors, errors[:20]
    assert N >= 260, N
    assert cnt["format"].get("hwpx", 0) >= 65 and cnt["format"].get("pdf", 0) >= 65, cnt
    for k in ("public", "partial", "non_public"):
        assert cnt["disclosure"].get(k, 0) >= 0.25 * N, cnt
    mk = cnt["marking"]
    assert mk.get("대외비", 0) >= 14 and mk.get("III급", 0) >= 10 and mk.get("II급", 0) >= 6 and mk.get("I급", 0) >= 3, mk
    print("validated %d records; %s; multipage pdf=%d; pdftotext=%s" % (N, json.dumps(cnt, ensure_ascii=False), multipage, have_pdftotext))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--validate":
        validate()
    else:
        main()
