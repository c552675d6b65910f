#!/usr/bin/env python3
"""sens_ab: independent evaluation set for Korean document-sensitivity classification.

Deterministic: every random draw comes from random.Random("sens_ab-2026|<template>|<variant>").
Writes sens_ab.jsonl, sens_ab.meta.jsonl, files/*.hwpx, files/*.pdf, then validates.
Run with the venv that has reportlab:  /work/evalsets/venv_sens_ab/bin/python make_set.py
"""
import json, os, re, sys, random, zipfile, subprocess, unicodedata, shutil
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "sens_ab"
FILES = os.path.join(HERE, "files")
REASONS = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]


def RNG(tpl, var):
    return random.Random("sens_ab-2026|%s|%s" % (tpl, var))


def R(*nums):
    out = []
    for n in nums:
        out.append(n if isinstance(n, str) else "OIDA-9-1-%d" % n)
    return sorted(set(out), key=REASONS.index)

# ----------------------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
       "송", "류", "전", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차",
       "주", "우", "구", "민", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여",
       "추", "도", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육",
       "인", "맹", "탁", "국", "어", "은", "편", "용", "예", "봉", "황보", "남궁", "선우", "제갈", "독고"]
GIV = list("민서준지현수영진우희정은혜성호동훈재경태윤아연하도유주승예나다빈채원시온규보람미숙순자철광석명옥춘환상기용찬세인덕")


def pname(rng):
    while True:
        n = rng.choice(SUR) + rng.choice(GIV) + rng.choice(GIV)
        if n != "홍길동" and n[-1] != n[-2]:
            return n


def masked(n):
    return n[0] + "○" * (len(n) - 1)


def rrn(rng, y0=1950, y1=1999):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28)
    g = rng.choice("12") if y < 2000 else rng.choice("34")
    body = "%02d%02d%02d%s%s" % (y % 100, m, d, g, "".join(str(rng.randint(0, 9)) for _ in range(5)))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def rrn_masked(rng):
    r = rrn(rng)
    return r[:8] + rng.choice(["******", "●●●●●●", "XXXXXX"])


def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))


def passport(rng):
    return rng.choice("MMS") + "%08d" % rng.randint(10000000, 99999999)


ROADS = ["은행나무로", "중앙로", "새말길", "봉화산로", "성안로", "문화로", "시청길", "대학로", "복개천로", "솔밭길", "한내로", "가람로", "매봉로", "동문길"]
CITIES = ["서울특별시 마포구", "서울특별시 노원구", "부산광역시 해운대구", "대구광역시 수성구", "인천광역시 연수구", "광주광역시 북구",
          "대전광역시 유성구", "경기도 수원시 팔달구", "경기도 고양시 일산동구", "강원특별자치도 춘천시", "충청북도 청주시 흥덕구",
          "전라남도 순천시", "경상북도 의성군", "경상남도 진주시", "제주특별자치도 제주시", "전북특별자치도 완주군"]


def addr(rng):
    a = "%s %s %d" % (rng.choice(CITIES), rng.choice(ROADS), rng.randint(3, 480))
    if rng.random() < 0.6:
        a += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 8))
    return a


def bank(rng):
    b = rng.choice(["농협은행", "국민은행", "신한은행", "우리은행", "하나은행", "기업은행", "새마을금고", "우체국"])
    return b, "%03d-%04d-%04d-%02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99))

# agencies: name, kind, head (발신명의), depts, address, tel prefix, mail domain
AG = [
    ("행정안전부", "central", "행정안전부장관", ["정보공개정책과", "비상안전기획관실", "지방재정정책과", "디지털안전정책과"], "세종특별자치시 도움6로 42 정부세종청사", "044-205", "korea.kr"),
    ("보건복지부", "central", "보건복지부장관", ["기초생활보장과", "장애인정책과", "공공보건정책과"], "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202", "korea.kr"),
    ("교육부", "central", "교육부장관", ["학교폭력대책과", "교원정책과", "대입정책과"], "세종특별자치시 갈매로 408 정부세종청사 14동", "044-203", "korea.kr"),
    ("국토교통부", "central", "국토교통부장관", ["도로정책과", "공공주택정책과", "철도안전정책과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201", "korea.kr"),
    ("산업통상자원부", "central", "산업통상자원부장관", ["에너지안전과", "무역안보과", "산업기술보호과"], "세종특별자치시 한누리대로 402 정부세종청사 13동", "044-203", "korea.kr"),
    ("고용노동부", "central", "고용노동부장관", ["노사관계법제과", "산업안전기준과"], "세종특별자치시 한누리대로 422 정부세종청사 11동", "044-202", "korea.kr"),
    ("여성가족부", "central", "여성가족부장관", ["권익침해방지과", "청소년보호환경과"], "서울특별시 중구 삼일대로 363", "02-2100", "korea.kr"),
    ("해양수산부", "central", "해양수산부장관", ["해사안전정책과", "항만물류기획과"], "세종특별자치시 다솜2로 94 정부세종청사 5동", "044-200", "korea.kr"),
    ("서울특별시", "metro", "서울특별시장", ["복지정책과", "총무과", "안전총괄과", "도시계획과"], "서울특별시 중구 세종대로 110", "02-2133", "seoul.go.kr"),
    ("부산광역시", "metro", "부산광역시장", ["감사위원회 조사담당관실", "사회복지과", "교통정책과"], "부산광역시 연제구 중앙대로 1001", "051-888", "korea.kr"),
    ("경기도", "metro", "경기도지사", ["비상기획담당관", "노동정책과", "보건건강국 감염병관리과"], "경기도 수원시 영통구 도청로 30", "031-8008", "gg.go.kr"),
    ("전라남도", "metro", "전라남도지사", ["자치행정과", "해양항만과", "농업정책과"], "전라남도 무안군 삼향읍 오룡길 1", "061-286", "korea.kr"),
    ("강원특별자치도", "metro", "강원특별자치도지사", ["재난안전실", "인구정책과"], "강원특별자치도 춘천시 중앙로 1", "033-249", "korea.kr"),
    ("대구광역시", "metro", "대구광역시장", ["총무과", "시민안전실"], "대구광역시 북구 연암로 40", "053-803", "korea.kr"),
    ("수원시", "local", "수원시장", ["민원여권과", "자치행정과", "노인복지과"], "경기도 수원시 팔달구 효원로 241", "031-228", "korea.kr"),
    ("서울특별시 마포구", "local", "서울특별시 마포구청장", ["복지정책과", "감사담당관", "주택과"], "서울특별시 마포구 월드컵로 212", "02-3153", "mapo.go.kr"),
    ("청주시", "local", "청주시장", ["청원구 민원지적과", "총무과", "보건정책과"], "충청북도 청주시 상당구 상당로 155", "043-201", "korea.kr"),
    ("순천시", "local", "순천시장", ["정원도시과", "사회복지과"], "전라남도 순천시 장명로 30", "061-749", "korea.kr"),
    ("의성군", "local", "의성군수", ["행정지원과", "주민복지과"], "경상북도 의성군 의성읍 군청길 31", "054-830", "korea.kr"),
    ("부산광역시 해운대구", "local", "부산광역시 해운대구청장", ["재난안전과", "관광문화과"], "부산광역시 해운대구 중동2로 11", "051-749", "korea.kr"),
    ("완주군", "local", "완주군수", ["기획감사실", "주민복지과"], "전북특별자치도 완주군 용진읍 지암로 61", "063-290", "korea.kr"),
    ("서울특별시교육청", "edu", "서울특별시교육감", ["민주시민생활교육과", "중등교육과", "감사관"], "서울특별시 종로구 송월길 48", "02-3999", "sen.go.kr"),
    ("경상남도교육청", "edu", "경상남도교육감", ["학생생활과", "교원인사과", "체육건강과"], "경상남도 창원시 의창구 중앙대로 241", "055-268", "gne.go.kr"),
    ("인천광역시교육청", "edu", "인천광역시교육감", ["학교생활교육과", "감사관"], "인천광역시 남동구 정각로 9", "032-420", "ice.go.kr"),
    ("전라북도교육청", "edu", "전북특별자치도교육감", ["교육협력과", "중등교육과"], "전북특별자치도 전주시 완산구 홍산로 111", "063-239", "korea.kr"),
    ("경기남부경찰청", "police", "경기남부경찰청장", ["수사과", "여성청소년과", "경비과", "정보과"], "경기도 수원시 팔달구 중부대로 223", "031-888", "police.go.kr"),
    ("서울마포경찰서", "police", "서울마포경찰서장", ["형사과", "여성청소년과", "경비작전계"], "서울특별시 마포구 마포대로 183", "02-3149", "police.go.kr"),
    ("부산해운대경찰서", "police", "부산해운대경찰서장", ["수사과", "교통과"], "부산광역시 해운대구 해운대로 395", "051-660", "police.go.kr"),
    ("소방청", "fire", "소방청장", ["119구급과", "화재조사분석팀", "119종합상황실"], "세종특별자치시 정부2청사로 13", "044-205", "korea.kr"),
    ("대전광역시소방본부", "fire", "대전광역시소방본부장", ["예방안전과", "119종합상황실"], "대전광역시 서구 둔산로 100", "042-270", "korea.kr"),
    ("강릉소방서", "fire", "강릉소방서장", ["현장대응단", "예방안전과"], "강원특별자치도 강릉시 강릉대로 340", "033-640", "korea.kr"),
    ("한국전력공사", "soe", "한국전력공사 사장", ["보안처", "계약처", "송변전운영처"], "전라남도 나주시 전력로 55", "061-345", "kepco.co.kr"),
    ("한국수자원공사", "soe", "한국수자원공사 사장", ["수도운영처", "재무처", "안전경영처"], "대전광역시 대덕구 신탄진로 200", "042-629", "kwater.or.kr"),
    ("한국토지주택공사", "soe", "한국토지주택공사 사장", ["보상기획처", "감사실", "주거복지처"], "경상남도 진주시 충의로 19", "055-922", "lh.or.kr"),
    ("한국철도공사", "soe", "한국철도공사 사장", ["안전계획처", "인사처"], "대전광역시 동구 중앙로 240", "042-615", "korail.com"),
    ("국민건강보험공단", "soe", "국민건강보험공단 이사장", ["급여관리실", "정보보호실"], "강원특별자치도 원주시 건강로 32", "033-736", "nhis.or.kr"),
    ("서울가정법원", "court", "서울가정법원장", ["가사조사과", "총무과"], "서울특별시 서초구 강남대로 193", "02-2055", "scourt.go.kr"),
    ("대전지방법원", "court", "대전지방법원장", ["집행관사무소", "총무과", "민사신청과"], "대전광역시 서구 둔산중로 78번길 45", "042-470", "scourt.go.kr"),
    ("수원지방법원 안양지원", "court", "수원지방법원 안양지원장", ["민원실", "총무과"], "경기도 안양시 동안구 관평로212번길 70", "031-8086", "scourt.go.kr"),
    ("한국교육과정평가원", "pub", "한국교육과정평가원장", ["수능출제관리부", "보안관리실", "교원임용시험부"], "충청북도 진천군 덕산읍 교학로 8", "043-931", "kice.re.kr"),
    ("한국소비자원", "pub", "한국소비자원장", ["위해정보국", "피해구제국"], "충청북도 음성군 맹동면 용두로 54", "043-880", "kca.go.kr"),
    ("국민연금공단", "pub", "국민연금공단 이사장", ["수급권관리실", "복지사업실"], "전북특별자치도 전주시 덕진구 기지로 180", "063-713", "nps.or.kr"),
    ("한국환경공단", "pub", "한국환경공단 이사장", ["대기환경처", "기술지원처"], "인천광역시 서구 환경로 42", "032-590", "keco.or.kr"),
    ("국립중앙도서관", "pub", "국립중앙도서관장", ["자료관리과", "디지털정보기획과"], "서울특별시 서초구 반포대로 201", "02-590", "korea.kr"),
]


def agency(rng, kinds=None):
    pool = [a for a in AG if kinds is None or a[1] in kinds]
    a = rng.choice(pool)
    return {"name": a[0], "kind": a[1], "head": a[2], "dept": rng.choice(a[3]), "addr": a[4], "tel": a[5], "dom": a[6]}


def ymd(rng, y0=2008, y1=2025, style=None):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28)
    style = style or rng.choice(["dot", "dot", "kor", "dash"])
    if style == "dot":
        return "%d. %d. %d." % (y, m, d)
    if style == "kor":
        return "%d년 %d월 %d일" % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


def period(rng):
    y = rng.randint(2008, 2025); m = rng.randint(1, 10); d = rng.randint(1, 28)
    return "%d. %d. %d. ~ %d. %d. %d." % (y, m, d, y, m + rng.randint(1, 2), rng.randint(1, 28))


def docno(rng, dept):
    return "%s-%d" % (dept.split()[-1], rng.randint(101, 19999))


def off_tel(rng, ag):
    return "%s-%04d" % (ag["tel"], rng.randint(1000, 9999))


def email(rng, ag):
    return "%s%d@%s" % (rng.choice(["hj", "mskim", "ysp", "jhlee", "sec", "dpark", "info", "bk"]), rng.randint(1, 99), ag["dom"])


def approval_line(rng, ag):
    roles = rng.choice({"police": [("경위", "계장", "과장"), ("경사", "팀장", "과장")], "fire": [("소방장", "팀장", "과장"), ("소방위", "담당", "서장")],
                        "soe": [("대리", "차장", "처장"), ("과장", "부장", "실장")], "pub": [("선임", "팀장", "실장"), ("대리", "부장", "본부장")],
                        "court": [("법원주사", "계장", "사무국장")], "edu": [("주무관", "장학사", "과장"), ("교사", "교감", "교장")]}.get(
        ag["kind"], [("주무관", "팀장", "과장"), ("행정주사", "담당", "과장"), ("주무관", "사무관", "국장"), ("행정주사보", "팀장", "과장")]))
    a, b, c = pname(rng), pname(rng), pname(rng)
    sep = rng.choice(["  ", "   ", " "])
    j = rng.choice(["", "전결 ", "대결 "])
    return "%s %s%s%s %s%s%s %s%s" % (roles[0], a, sep, roles[1], b, sep, roles[2], j, c)


def gyeolmun(rng, ag, field=None, how="slash", date=None):
    """결문 per 행정업무규정 시행규칙 별지 제1호서식: 발신명의, 결재, 시행/접수, 우 주소, 전화/팩스/메일/공개구분."""
    date = date or ymd(rng, style="dot")
    L = [ag["head"] + rng.choice(["", "  (직인생략)", " [인]"])]
    L.append(approval_line(rng, ag))
    L.append(rng.choice(["협조자", "협조자  ", "협조"]))
    sh = "시행 %s (%s)" % (docno(rng, ag["dept"]), date) + rng.choice(["  접수", " 접수 ", "   접수  "])
    if how == "tail" and field:
        sh += " / " + field
    L.append(sh)
    if how == "label" and field:
        L.append(rng.choice(["공개구분: ", "공개구분 ", "공개 구분 : ", "공개여부: "]) + field)
    L.append("우 %05d %s / %s" % (rng.randint(10000, 63999), ag["addr"], rng.choice(["www." + ag["dom"].replace("korea.kr", "mois.go.kr"), "홈페이지 참조"])))
    last = "전화 %s  전송 %s-%04d / %s" % (off_tel(rng, ag), ag["tel"], rng.randint(1000, 9999), email(rng, ag))
    if how == "slash" and field:
        last += rng.choice([" / ", " /", " / "]) + field
    L.append(last)
    return L


# ----------------------------------------------------------------------------- document model
def doc(tpl, genre, blocks, disclosure, marking, reasons, cue, cue_location, cue_text, flags=(), title="",
        header=None, footer=None, stamp=None, stamp_where="top", stated=None, tstyle=None):
    return {"tpl": tpl, "genre": genre, "blocks": blocks, "disclosure": disclosure, "marking": marking,
            "reasons": list(reasons), "cue": cue, "cue_location": cue_location, "cue_text": cue_text,
            "flags": list(flags), "title": title, "header": header, "footer": footer, "stamp": stamp,
            "stamp_where": stamp_where, "stated": stated, "tstyle": tstyle}


def P(t):
    return ("p", t)


def T(rows, kind="data"):
    return ("tbl", [list(map(str, r)) for r in rows], kind)


PB = ("pb",)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * max(0, w - dwidth(s))


def table_text(rows, style):
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    w = [max(dwidth(r[i]) for r in rows) for i in range(ncol)]
    if style == "bar":
        return ["| " + " | ".join(r) + " |" for r in rows]
    if style == "bar2":
        return ["|".join(r) for r in rows]
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "space":
        return ["  ".join(pad(c, w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    if style == "box":
        top = "┌" + "┬".join("─" * (w[i] // 2 + 1) for i in range(ncol)) + "┐"
        mid = "├" + "┼".join("─" * (w[i] // 2 + 1) for i in range(ncol)) + "┤"
        bot = "└" + "┴".join("─" * (w[i] // 2 + 1) for i in range(ncol)) + "┘"
        out = [top]
        for k, r in enumerate(rows):
            out.append("│" + "│".join(pad(c, (w[i] // 2 + 1) * 2) for i, c in enumerate(r)) + "│")
            out.append(mid if k < len(rows) - 1 else bot)
        return out
    if style == "plus":
        sep = "+" + "+".join("-" * (w[i] + 2) for i in range(ncol)) + "+"
        out = [sep]
        for r in rows:
            out.append("| " + " | ".join(pad(c, w[i]) for i, c in enumerate(r)) + " |")
            out.append(sep)
        return out
    raise ValueError(style)


def render_text(d):
    L = []
    pages = [[]]
    for b in d["blocks"]:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    npg = len(pages)
    for pi, pg in enumerate(pages):
        if d["header"]:
            L.append(d["header"])
        if pi == 0 and d["stamp"] and d["stamp_where"] == "top":
            L.append(d["stamp"])
        for b in pg:
            if b[0] == "p":
                L.append(b[1])
            else:
                L.extend(table_text(b[1], d["tstyle"] or "bar"))
        if pi == npg - 1 and d["stamp"] and d["stamp_where"] == "bottom":
            L.append(d["stamp"])
        if d["footer"]:
            L.append(d["footer"].replace("{p}", str(pi + 1)).replace("{n}", str(npg)))
    return "\n".join(L)


# ----------------------------------------------------------------------------- OCR noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def noisy(rng, s, strong=True, pdf=False):
    out = []
    for i, c in enumerate(s):
        r = rng.random()
        if c in FW and r < 0.35:
            out.append(FW[c]); continue
        if c == "-" and r < 0.5:
            out.append(rng.choice(["－", "ㅡ"] if pdf else ["‐", "－", "—", "ㅡ"])); continue
        if c == " " and r < 0.22:
            continue  # dropped space
        out.append(c)
        if "\uac00" <= c <= "\ud7a3" and r > 0.93:
            out.append(" ")  # space inside word
        if strong and r > 0.985:
            out.append(rng.choice(["·", "'", "`", ",", "ㆍ", "."] if not pdf else ["·", "'", ",", "."]))
    return "".join(out)


def noisy_cue(rng, s):
    out = []
    for c in s:
        if c in FW and rng.random() < 0.6:
            out.append(FW[c])
        else:
            out.append(c)
            if "\uac00" <= c <= "\ud7a3" and rng.random() < 0.25:
                out.append(" ")
    return "".join(out)


def apply_ocr(rng, d, pdf=False):
    cue = d["cue_text"]
    ncue = noisy_cue(rng, cue)
    nb = []
    for b in d["blocks"]:
        if b[0] == "p":
            t = b[1]
            if cue in t:
                a, _, c = t.partition(cue)
                t = noisy(rng, a, pdf=pdf) + ncue + noisy(rng, c, pdf=pdf)
            else:
                t = noisy(rng, t, pdf=pdf)
            nb.append(("p", t))
        elif b[0] == "tbl":
            nb.append(("tbl", [[(noisy(rng, c, strong=False, pdf=pdf) if cue not in c else c.replace(cue, ncue)) for c in r] for r in b[1]], b[2]))
        else:
            nb.append(b)
    d["blocks"] = nb
    for k in ("header", "footer", "stamp"):
        if d[k] and cue in d[k]:
            d[k] = d[k].replace(cue, ncue)
    d["cue_text"] = ncue
    d["flags"].append("ocr_noise")


# ============================================================================= templates
# field spellings  (text, disclosure, reasons)
F_PUB = ["공개", "공개", "공 개", "대국민공개", "공개(원문공개)"]
F_P6 = ["부분공개(6)", "부분공개 (6)", "부분공개(제9조 제1항 제6호)", "부분공개(법 제9조①6)", "부분 공개(6)", "부분공개(9조1항6호)"]
F_MULTI = [("부분공개(5,6)", R(5, 6)), ("부분공개(6,7)", R(6, 7)), ("부분공개(5·6)", R(5, 6)), ("부분공개(제9조 제1항 제5호, 제6호)", R(5, 6)), ("부분공개 (6, 7)", R(6, 7))]
F_NP = [("비공개(4)", R(4)), ("비공개(5)", R(5)), ("비공개(제9조 제1항 제5호)", R(5)), ("비공개 (9조1항5호)", R(5)), ("비공개(4,6)", R(4, 6)), ("비공개(법 제9조①4)", R(4)), ("비공개(6)", R(6)), ("비공개(제9조 제1항 제7호)", R(7))]


def t_gm_public(rng, v):
    ag = agency(rng)
    topic = rng.choice([
        ("%d년 하반기 청렴교육 일정 알림" % rng.randint(2012, 2025), ["기관별 청렴교육을 아래와 같이 실시하오니 소속 직원이 빠짐없이 참석할 수 있도록 협조하여 주시기 바랍니다.", "가. 일시: %s 14:00~16:00" % ymd(rng, style="dot"), "나. 장소: 본관 2층 대회의실", "다. 대상: 6급 이하 실무자"]),
        ("공공데이터 개방 실적 제출 요청", ["「공공데이터의 제공 및 이용 활성화에 관한 법률」에 따라 기관별 개방 실적을 취합하고자 합니다.", "각 기관에서는 붙임 서식에 따라 실적을 작성하여 기한 내 제출하여 주시기 바랍니다.", "붙임  개방 실적 서식 1부.  끝."]),
        ("여름철 자연재난 대비 비상근무 협조", ["태풍·호우 등 여름철 재난에 대비하여 비상근무 체계를 아래와 같이 운영합니다.", "○ 기간: 5. 15. ~ 10. 15.", "○ 근무 방법: 단계별 비상근무 편성표에 따름", "각 부서는 비상연락망을 최신화하여 주시기 바랍니다."]),
        ("도서관 이용 시간 변경 안내", ["시설 보수 공사로 인하여 자료실 이용 시간을 한시적으로 조정합니다.", "변경 기간 중에는 평일 09:00부터 18:00까지만 이용 가능합니다.", "이용에 참고하시기 바랍니다."]),
        ("민원서식 간소화 의견 조회", ["민원인이 작성하는 서식 중 불필요한 기재 항목을 정비하고자 의견을 조회합니다.", "의견이 없는 경우에도 '의견 없음'으로 회신하여 주시기 바랍니다."]),
    ])
    field = rng.choice(F_PUB)
    how = rng.choice(["slash", "slash", "label", "tail"])
    B = [P(ag["name"]), P(""), P("수신  %s" % rng.choice(["수신자 참조", "각 실·국장", "각 시·도 %s 부서장" % rng.choice(["총무", "안전", "복지"]), "내부결재"])), P("(경유)"), P("제목  " + topic[0]), P("")]
    B += [P("%d. %s" % (i + 1, s)) if i < 2 and not s.startswith(("가", "나", "다", "○", "붙임")) else P("  " + s) for i, s in enumerate(topic[1])]
    if not topic[1][-1].endswith("끝."):
        B.append(P("끝."))
    B.append(P(""))
    G = gyeolmun(rng, ag, field, how)
    B += [P(x) for x in G]
    return doc("gm_public", "공문", B, "public", "none", [], "field_gyeolmun", "결문/" + how, field, title=topic[0],
               stated=("public", []))


def t_press(rng, v):
    ag = agency(rng, ["central", "metro", "local", "fire", "police", "soe", "pub"])
    mgr, staff = pname(rng), pname(rng)
    subj = rng.choice([
        ("%s, 폭염 대비 무더위쉼터 %d곳 운영" % (ag["name"], rng.randint(40, 900)), "폭염특보가 잦아짐에 따라 경로당과 주민센터를 무더위쉼터로 지정하고 운영 시간을 밤 9시까지 늘린다고 밝혔다."),
        ("%s, 겨울철 화재 예방 집중 홍보" % ag["name"], "난방기구 사용이 많아지는 시기를 맞아 전통시장과 요양시설을 중심으로 소방 안전 점검과 홍보를 강화한다."),
        ("청년 일자리 박람회 개최", "지역 기업 %d개사가 참여하는 채용 박람회를 열고 현장 면접과 이력서 컨설팅을 함께 진행한다." % rng.randint(20, 80)),
        ("보이스피싱 피해 예방 캠페인 실시", "최근 기관을 사칭한 전화금융사기가 늘어남에 따라 은행 창구와 협력한 예방 캠페인을 벌인다."),
        ("%d년 정보공개 운영 실적 발표" % rng.randint(2015, 2024), "지난해 청구 건수는 전년보다 늘었으며, 처리 기간은 평균 %.1f일로 단축되었다." % (rng.randint(40, 90) / 10)),
    ])
    B = [P(rng.choice(["보 도 자 료", "보도자료", "[보도자료]"])), P("배포일시: %s  /  보도일시: 즉시 보도 가능" % ymd(rng, style="dot")),
         P(subj[0]), P("- " + rng.choice(["주민 불편 최소화에 중점", "관계기관 합동으로 추진", "현장 의견 반영하여 보완"]) + " -"), P(""),
         P("%s(%s)은 %s" % (ag["name"], ag["head"].replace(ag["name"], "").strip() or "기관장", subj[1])),
         P(rng.choice(["이번 조치는 현장 점검 결과를 토대로 마련되었다.", "관계자는 \"주민들이 체감할 수 있도록 세심하게 챙기겠다\"고 말했다.", "세부 내용은 기관 누리집 알림마당에서 확인할 수 있다."])), P("")]
    rows = [["담당 부서", ag["dept"], "책임자", "과장 " + mgr, off_tel(rng, ag)], ["", "", "담당자", rng.choice(["주무관 ", "사무관 ", "대리 ", "소방위 ", "경감 "]) + staff, off_tel(rng, ag)]]
    B.append(T(rows))
    return doc("press", "보도자료", B, "public", "none", [], "officials_only", "table", "담당자", title=subj[0],
               tstyle=rng.choice(["bar", "space", "tab", "box"]))


def t_gosi(rng, v):
    old = v % 3 == 0
    ag = agency(rng, ["metro", "local", "soe", "pub", "edu", "court"])
    no = "%s 공고 제%d-%d호" % (ag["name"], rng.randint(1994, 2025) if not old else rng.randint(1988, 1999), rng.randint(10, 999))
    kind = rng.choice(["입찰", "도로구역 결정", "공유재산 매각", "휴정기 안내"])
    if kind == "입찰":
        body = ["%s 청사 냉난방기 교체 공사에 대한 일반경쟁입찰을 다음과 같이 공고합니다." % ag["name"],
                "1. 입찰 방법: 전자입찰(총액, 적격심사)", "2. 추정가격: %s원(부가세 별도)" % format(rng.randint(100, 900) * 1000000, ","),
                "3. 참가 자격: 「건설산업기본법」에 따른 기계설비공사업 등록업체", "4. 입찰서 제출 마감: %s 10:00" % ymd(rng, style="dot")]
    elif kind == "도로구역 결정":
        body = ["도로법 제25조에 따라 도로구역을 결정하고 이를 고시합니다.", "1. 도로의 종류·노선명: 시도 제%d호선" % rng.randint(1, 40),
                "2. 구간: %s %s ~ 같은 동 일원" % (rng.choice(CITIES), rng.choice(ROADS)), "3. 관계도서는 건설과에 비치하여 일반인에게 보입니다."]
    elif kind == "공유재산 매각":
        body = ["공유재산 및 물품 관리법에 따라 아래 재산을 매각하고자 공고합니다.", "소재지: %s 일원 잡종지 %d㎡" % (rng.choice(CITIES), rng.randint(100, 3000)),
                "매각 방법: 일반경쟁입찰(온비드)", "예정가격: 감정평가액 이상"]
    else:
        body = ["하계 휴정기간을 다음과 같이 운영하오니 참고하시기 바랍니다.", "휴정기간: 7. 29.(월) ~ 8. 9.(금)", "휴정기간 중에도 구속사건, 가처분 등 긴급을 요하는 사건은 정상 처리합니다."]
    if old:
        body = [b.replace("합니다", "함").replace("바랍니다", "바람") for b in body]
    B = [P(no), P(rng.choice(["", "(공 고)", "공  고"]))] + [P(b) for b in body] + [P(""), P(ymd(rng, 1988 if old else 2005, 1999 if old else 2025, "kor" if old else "dot")), P(ag["head"])]
    return doc("gosi", "공고", B, "public", "none", [], "none", "none", no, title=no, flags=["older_style"] if old else [])


def t_guide_secret(rng, v):
    ag = agency(rng, ["central", "metro", "soe", "pub", "edu"])
    ex = rng.choice(["대외비", "Ⅲ급 비밀", "III급비밀", "비밀(Ⅱ급)", "대 외 비"])
    lines = [
        rng.choice(["보안업무 실무 안내", "비밀 및 대외비 관리 요령", "%d년 보안 교육 자료(직원 공지용)" % rng.randint(2016, 2025), "문서 보안 FAQ"]),
        "보안업무규정 및 같은 규정 시행규칙에 따른 문서 취급 방법을 안내합니다.",
        "1. 대외비는 비밀에 준하여 보호할 필요가 있는 사항으로, 문서의 위·아래 가운데에 \"대외비\"를 표시합니다.",
        "2. Ⅰ·Ⅱ·Ⅲ급 비밀에는 예고문(보호기간과 재분류 방법)을 적고, 사본을 만들 때는 사본번호를 매깁니다.",
        rng.choice(["3. 예시: 문서 상단에 '%s'라고 찍혀 있는 자료를 받은 경우 지정된 보관함에 보관합니다." % ex,
                    "3. 자주 하는 질문 — 문서에 '%s' 표시가 있는데 메일로 보내도 되나요? → 안 됩니다. 보안 업무 담당관과 협의하십시오." % ex]),
        "4. 이 안내문 자체는 누구나 열람할 수 있는 일반 문서입니다.",
        rng.choice(["문의: %s %s" % (ag["dept"], off_tel(rng, ag)), "작성: %s 보안담당관실" % ag["name"]])]
    return doc("mention_secret_guide", "보안 안내", [P(x) for x in lines], "public", "none", [], "mention_only", "body", ex,
               flags=["mention_only"], title=lines[0])


def t_guide_info(rng, v):
    ag = agency(rng)
    q1 = rng.choice(["부분공개(6)", "부분공개 (6)", "부분공개(5,6)"])
    q2 = rng.choice(["비공개(제9조 제1항 제5호)", "비공개 (9조1항5호)", "비공개(4)"])
    lines = [rng.choice(["정보공개 업무 담당자 안내서(발췌)", "공문서 공개구분 표시 요령", "알기 쉬운 정보공개 제도"]),
             "기안문의 결문에는 공개구분을 적어야 합니다. 공개할 수 없는 부분이 있으면 해당 호를 괄호 안에 씁니다.",
             "  예) %s — 개인 이름·연락처가 포함되어 그 부분만 가리고 공개하는 경우" % q1,
             "  예) %s — 의사결정 과정에 있어 공개하면 공정한 업무 수행에 지장이 있는 경우" % q2,
             rng.choice(["「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호의 비공개 사유는 제한적으로 해석해야 합니다.", "법 제9조①각 호에 해당하지 않으면 공개가 원칙입니다."]),
             "공개구분을 정할 때에는 문서 전체가 아니라 내용별로 판단하시기 바랍니다.",
             "%s %s" % (ag["name"], ag["dept"])]
    return doc("mention_info_guide", "업무 안내", [P(x) for x in lines], "public", "none", [], "mention_only", "body", q2,
               flags=["mention_only"], title=lines[0])


def t_password(rng, v):
    ag = agency(rng)
    lines = [rng.choice(["[공지] 업무포털 비밀번호 변경 안내", "전산망 비밀번호 정기 변경 알림", "내부망 계정 비밀번호 변경 요청"]),
             "정보보안 기본지침에 따라 업무용 PC와 업무포털의 비밀번호를 분기마다 변경하여야 합니다.",
             rng.choice(["비밀번호는 영문·숫자·특수문자를 섞어 9자리 이상으로 설정하십시오.", "새 비밀번호는 직전에 쓰던 비밀번호와 달라야 하며 생일, 전화번호는 피하십시오."]),
             "변경 기한: %s까지" % ymd(rng, style="dot"),
             rng.choice(["기한이 지나면 계정이 일시 잠기니 유의하시기 바랍니다.", "비밀번호를 메모지에 적어 모니터에 붙이는 일이 없도록 해 주십시오."]),
             "%s %s" % (ag["name"], rng.choice(["정보화담당관", "정보보호실", ag["dept"]]))]
    return doc("mention_password", "공지", [P(x) for x in lines], "public", "none", [], "mention_only", "body", "비밀번호",
               flags=["mention_only"], title=lines[0])


def t_grade(rng, v):
    ag = agency(rng, ["central", "metro"])
    g = rng.choice([("3급(부이사관)", "3급"), ("1급(관리관)", "1급"), ("2급(이사관)", "2급"), ("3급", "3급")])
    n1, n2, n3 = pname(rng), pname(rng), pname(rng)
    rows = [["직급", "성명", "발령 사항"], [g[0], n1, "%s장 임용" % rng.choice(["기획조정실", "정책기획관", "안전정책국"])],
            ["4급(서기관)", n2, "%s 과장 전보" % ag["dept"]], ["5급(사무관)", n3, "승진 임용"]]
    B = [P(rng.choice(["인 사 발 령", "인사발령 통지", "%s 인사" % ag["name"]])), P("%s자" % ymd(rng, style="dot")), T(rows),
         P(rng.choice(["위와 같이 발령함.", "이상.", "위 사람을 각각 발령합니다."])), P(ag["head"])]
    return doc("mention_grade", "인사발령", B, "public", "none", [], "mention_only", "table", g[0], flags=["mention_only", "civil_service_grade"],
               title="인사발령", tstyle=rng.choice(["bar", "space", "tab", "plus"]))


def t_sections(rng, v):
    ag = agency(rng)
    t = rng.choice(["%s 주민참여예산 운영 계획" % ag["name"], "공공시설 에너지 절감 추진계획", "%d년 도서관 발전 종합계획" % rng.randint(2014, 2026)])
    B = [P(t), P(""), P("Ⅰ. 추진 배경"), P(" ○ " + rng.choice(["주민 의견을 예산 편성에 반영할 필요", "에너지 사용량 증가에 따른 절감 필요", "이용자 요구 다변화"])),
         P("Ⅱ. 현황"), P(" ○ 지난해 실적: %d건, 집행률 %d%%" % (rng.randint(10, 300), rng.randint(60, 99))),
         P("Ⅲ. 추진 계획"), P(" ○ 1단계(상반기): 의견 수렴 및 기본계획 확정"), P(" ○ 2단계(하반기): 사업 시행 및 점검"),
         P("Ⅳ. 행정사항"), P(" ○ 부서별 담당자 지정, 분기별 실적 제출"), P("- 3 -" if rng.random() < 0.5 else "")]
    return doc("mention_sections", "보고서", B, "public", "none", [], "mention_only", "body", "Ⅲ. 추진 계획",
               flags=["mention_only", "roman_numeral_III"], title=t)


def t_placeholder(rng, v):
    ag = agency(rng, ["local", "metro", "pub", "soe"])
    form = rng.choice(["주민등록표 등본 교부 신청서", "개인정보 수집·이용 동의서", "여권 발급 신청서 작성 요령", "자원봉사자 등록 신청서(작성례)"])
    B = [P("[작성 예시] " + form), T([["성명", "홍길동"], ["생년월일", "1990. 1. 1."], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"], ["연락처", "010-0000-0000"]], "data"),
         P(rng.choice(["※ 위 내용은 작성 예시이며 실제 인물과 관계없습니다.", "※ 음영 부분은 신청인이 직접 적습니다.", "※ 예시를 참고하여 빠짐없이 기재하시기 바랍니다."])),
         P("%s %s" % (ag["name"], ag["dept"]))]
    return doc("mention_placeholder", "서식", B, "public", "none", [], "mention_only", "table", "홍길동", flags=["mention_only", "placeholder"],
               title=form, tstyle=rng.choice(["bar", "box", "tab", "space"]))


def t_declass(rng, v):
    ag = agency(rng, ["central", "police", "soe", "metro"])
    y = rng.randint(2005, 2019)
    B = [P(ag["name"]), P("수신  수신자 참조"), P("제목  비밀 재분류(일반문서 전환) 통보"),
         P("1. 관련: %s-%d(%d. %d. %d.)" % (ag["dept"], rng.randint(100, 999), y, rng.randint(1, 12), rng.randint(1, 28))),
         P("2. 위 문서는 예고문에 따라 보호기간이 만료되어 %s" % rng.choice(["일반문서로 재분류되었음을 알려드립니다.", "%s에서 일반문서로 재분류하였습니다." % rng.choice(["Ⅲ급비밀", "III급 비밀", "대외비"])])),
         P("3. 각 기관은 보관 중인 사본의 비밀 표시를 삭선 처리하고 관리대장을 정리하여 주시기 바랍니다.  끝.")]
    B += [P(x) for x in gyeolmun(rng, ag, "공개", "slash")]
    return doc("mention_declass", "공문", B, "public", "none", [], "mention_only", "body", "재분류", flags=["mention_only", "declassified"],
               title="비밀 재분류 통보", stated=("public", []))


def t_cover_sep(rng, v):
    ag = agency(rng, ["central", "police", "metro"])
    cl = rng.choice(["3급 비밀", "Ⅲ급비밀", "II급 비밀", "대외비"])
    B = [P(ag["name"]), P("수신  %s" % rng.choice(["각 시·도 비상기획관", "수신자 참조", "경찰청장(경비국장)"])), P("제목  %s 송부" % rng.choice(["을지연습 계획", "통합방위 지침", "중요시설 점검 결과"])),
         P("1. 귀 기관의 업무에 참고하시도록 관련 자료를 송부합니다."),
         P("2. 해당 자료는 %s로 분류되어 있어 이 공문에 첨부하지 않고 %s 별도 송부합니다." % (cl, rng.choice(["비밀 전용 행낭으로", "인편으로", "보안 전송망으로"]))),
         P("붙임  없음(별도 송부).  끝.")]
    B += [P(x) for x in gyeolmun(rng, ag, "공개", rng.choice(["slash", "label"]))]
    return doc("mention_cover_separate", "공문", B, "public", "none", [], "mention_only", "붙임", cl, flags=["mention_only", "attachment_sent_separately"],
               title="송부 공문", stated=("public", []))


def t_checkbox(rng, v, kind):
    ag = agency(rng)
    clm = pname(rng)
    boxes = {"public": "■공개 □부분공개 □비공개", "partial": rng.choice(["□공개 ■부분공개 □비공개", "□ 공개  ■ 부분공개  □ 비공개"]),}[kind]
    rows = [["접수번호", "%d-%07d" % (rng.randint(2019, 2025), rng.randint(1, 9999999)), "접수일", ymd(rng, style="dot")],
            ["청구인", masked(clm) if kind == "public" else clm, "청구 정보", rng.choice(["청사 신축 공사 설계변경 내역", "민원 처리 지연 관련 회의록", "위탁시설 지도점검 결과"])],
            ["결정 내용", boxes, "", ""]]
    B = [P("정보 [%s] 결정 통지서" % rng.choice(["공개", " 공개 ", "(부분)공개"])), T(rows, "form")]
    if kind == "public":
        B += [P("공개 일시: %s  공개 방법: 사본·출력물(전자우편)" % ymd(rng, style="dot"))]
        lab = ("public", [])
    else:
        B += [P("비공개(부분공개) 내용 및 사유: 참석자 성명·연락처 — %s" % rng.choice(["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "법 제9조①6", "정보공개법 제9조 제1항 제6호(개인정보)"]))]
        lab = ("partial", R(6))
    B += [P("※ 결정에 대하여 불복이 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다."), P(ag["head"])]
    return doc("checkbox_" + kind, "정보공개 결정통지서", B, lab[0], "none", lab[1], "checkbox", "table", boxes, title="결정통지서",
               stated=lab, tstyle=rng.choice(["bar", "box", "plus"]))


def t_old_public(rng, v):
    ag = agency(rng, ["central", "metro", "local", "edu"])
    y = rng.randint(1986, 1997)
    B = [P(ag["name"]), P("%s %d-%d" % (ag["dept"][:2], rng.randint(1000, 9999), rng.randint(100, 999)) + "   " + "%d. %d. %d." % (y, rng.randint(1, 12), rng.randint(1, 28))),
         P("수신  %s" % rng.choice(["수신처 참조", "각 시장·군수", "각급 학교장"])), P("제목  " + rng.choice(["하계 방역 활동 철저", "공무원 복무 기강 확립", "추석 연휴 비상 근무", "민원사무 처리기준표 정비"])),
         P("1. " + rng.choice(["하기와 같이 시행코저 하오니 관하 기관에 周知시키기 바람.", "표제의 건에 대하여 아래와 같이 조치하고 그 결과를 보고하시기 바람."])),
         P("2. " + rng.choice(["각 기관장은 소속 직원의 근무 상황을 수시로 점검하고 위반 사례는 엄중 조치할 것.", "방역 취약 지역은 주 2회 이상 소독을 실시할 것.", "처리 기한을 초과하는 사례가 없도록 할 것."])),
         P("  가. 실시 기간: %d. %d. ~ %d. %d." % (rng.randint(1, 6), rng.randint(1, 28), rng.randint(7, 12), rng.randint(1, 28))), P("  나. 보고: 매월 말일까지"), P("끝."), P(""), P(ag["head"]),
         P(rng.choice(["수신처: 서울, 부산, 대구, 인천, 광주, 대전", "수신처: 관내 각 읍·면장"]))]
    return doc("old_public", "공문(구서식)", B, "public", "none", [], "none", "none", "끝.", flags=["older_style", "pre_1998"], title="구서식 공문")


def t_stats(rng, v):
    ag = agency(rng)
    what = rng.choice([("연도별 민원 처리 현황", ["연도", "접수", "처리", "평균 처리일"]), ("읍·면별 인구 현황", ["구분", "세대수", "인구", "65세 이상"]),
                       ("화재 발생 현황", ["월", "건수", "인명피해", "재산피해(천원)"]), ("정보공개 청구 처리 현황", ["구분", "공개", "부분공개", "비공개"])])
    rows = [what[1]]
    for i in range(rng.randint(3, 6)):
        lab = ["%d년" % (2018 + i), "%s면" % rng.choice(["봉양", "단밀", "금성", "안평", "춘산", "다인"]), "%d월" % (i + 1), rng.choice(["청구", "이의신청", "행정심판"])][["연도", "구분", "월", "구분"].index(what[1][0]) if what[1][0] != "구분" else (1 if "읍" in what[0] else 3)]
        rows.append([lab] + [(str(rng.randint(1, 30)) if h in ("평균 처리일", "인명피해") else format(rng.randint(1, 9000), ",")) for h in what[1][1:]])
    style = ["bar", "box", "tab", "space", "plus", "bar2"][v % 6]
    B = [P("%s %s" % (ag["name"], what[0])), P("(기준일: %s, 단위: 건·명)" % ymd(rng, style="dot")), T(rows), P("자료: %s %s" % (ag["name"], ag["dept"]))]
    return doc("stats", "통계표", B, "public", "none", [], "none", "table", what[0], title=what[0], tstyle=style, flags=["table_style_" + style])


def t_school(rng, v):
    ag = agency(rng, ["edu"])
    sch = "%s%s" % (rng.choice(["한빛", "새솔", "가온", "푸른", "다솜", "느티"]), rng.choice(["초등학교", "중학교", "고등학교"]))
    B = [P("가정통신문 제%d-%d호" % (rng.randint(2015, 2025), rng.randint(1, 120))), P(sch),
         P("제목: " + rng.choice(["현장체험학습 실시 안내", "학교 급식 식단 변경 안내", "방과후학교 수강 신청 안내", "학교폭력 예방 교육 실시 안내"])),
         P("학부모님 가정에 평안을 기원합니다."), P(rng.choice(["아래와 같이 안내드리오니 자녀 지도에 참고하여 주시기 바랍니다.", "자세한 내용은 학교 누리집 공지사항을 참고하시기 바랍니다."])),
         P("1. 일시: %s" % ymd(rng, style="dot")), P("2. 문의: 교무실 %s" % off_tel(rng, ag)), P(""), P("%s장" % sch)]
    return doc("school_letter", "가정통신문", B, "public", "none", [], "none", "none", "가정통신문", title="가정통신문")


def t_misc_public(rng, v):
    ag = agency(rng, ["court", "fire"])
    if ag["kind"] == "court":
        B = [P(ag["name"] + " 알림"), P(rng.choice(["민원실 운영 시간 조정", "전자소송 이용 안내", "법정 출입 시 유의사항"])),
             P("법원을 찾는 분들의 편의를 위해 아래와 같이 안내합니다."), P("- 평일 09:00~18:00 운영, 점심시간에도 창구를 운영합니다."), P("- 주차 공간이 부족하니 대중교통을 이용해 주십시오."), P(ag["head"])]
    else:
        B = [P(ag["name"] + " " + rng.choice(["다중이용업소 안전점검 결과 공표", "소방시설 자체점검 안내"])),
             P("「다중이용업소의 안전관리에 관한 특별법」에 따라 점검 결과를 공표합니다."),
             T([["업소명", "소재지", "결과"], ["(주)푸른노래연습장", rng.choice(CITIES), "적합"], ["한솔고시원", rng.choice(CITIES), "시정(유도등 불량)"]]),
             P("공표 기간: 게시일로부터 30일"), P(ag["head"])]
    return doc("misc_public", "공지", B, "public", "none", [], "none", "none", ag["head"], title="알림", tstyle=rng.choice(["space", "tab", "bar"]))


def long_filler(rng, n, topic):
    pool = {
        "plan": ["사업 추진 경과를 점검한 결과 전반적으로 계획 대비 정상 추진 중이나 일부 세부 과제의 집행이 지연되고 있다.",
                 "관계 부서 간 협의를 통해 중복 사업을 정비하고 예산을 재배분하는 방안을 검토하였다.",
                 "현장 간담회에서 제기된 의견은 주로 절차 간소화와 안내 강화에 관한 것이었다.",
                 "향후 분기별로 성과지표를 관리하고, 미흡 과제는 원인 분석 후 보완 계획을 수립한다.",
                 "유사 사례를 보면 초기 단계의 주민 설명이 충분할수록 민원 발생이 줄어드는 경향이 있다.",
                 "예산 집행률은 %d%% 수준으로, 하반기 집중 집행이 필요하다." % rng.randint(40, 80),
                 "시설 노후도 조사 결과 정밀점검이 필요한 대상은 %d개소로 확인되었다." % rng.randint(3, 40),
                 "추진 과정에서 법령 해석이 필요한 사항은 법무 담당 부서의 의견을 받아 처리하였다.",
                 "전문가 자문 결과, 단계적 도입이 바람직하며 시범 운영 후 확대하자는 의견이 다수였다.",
                 "대외 여건 변화에 따라 일정 조정 가능성을 열어 두고 탄력적으로 관리할 필요가 있다."]}
    p = list(pool["plan"]); rng.shuffle(p)
    out = []
    for i in range(n):
        out.append(p[i % len(p)] if i < len(p) else rng.choice(p))
    return out


def t_long_public(rng, v):
    ag = agency(rng)
    t = rng.choice(["%s 업무 추진 실적 보고" % ag["dept"], "%d년 주요 업무 계획" % rng.randint(2010, 2025), "공공기관 경영평가 대응 결과"])
    B = [P(t), P("")]
    pages = rng.randint(2, 4)
    for pg in range(pages):
        B.append(P("%s. %s" % ("ⅠⅡⅢⅣ"[pg], rng.choice(["추진 개요", "세부 실적", "문제점 및 개선", "향후 계획"]))))
        for s in long_filler(rng, 14, "plan"):
            B.append(P("  ○ " + s))
        if pg < pages - 1:
            B.append(PB)
    field = rng.choice(F_PUB)
    B += [P(x) for x in gyeolmun(rng, ag, field, rng.choice(["slash", "label"]))]
    return doc("long_public", "보고서", B, "public", "none", [], "field_gyeolmun", "결문/end_of_long", field, flags=["long", "cue_at_end"],
               title=t, footer="- {p} -", stated=("public", []))


def t_gm_partial(rng, v):
    ag = agency(rng, ["central", "metro", "local", "edu", "soe", "pub"])
    field = rng.choice(F_P6)
    ppl = [(pname(rng), mobile(rng)) for _ in range(rng.randint(2, 4))]
    kind = rng.choice(["위원 위촉", "민원 현장 확인", "포상 추천", "명예감시원 운영"])
    B = [P(ag["name"]), P("수신  %s" % rng.choice(["내부결재", "수신자 참조", "%s장" % ag["dept"]])), P("제목  %s %s" % (kind, rng.choice(["결과 보고", "계획", "알림"])))]
    if kind == "위원 위촉":
        B += [P("1. %s 위원회 민간위원을 아래와 같이 위촉하고자 합니다." % rng.choice(["지역치안협의", "도시계획", "공공디자인", "정보공개심의"])),
              P("2. 위촉 대상")]
        B += [P("  - %s (%s, 연락처 %s)" % (n, rng.choice(["변호사", "대학교수", "주민대표", "시민단체 활동가"]), m)) for n, m in ppl]
    elif kind == "민원 현장 확인":
        n, m = ppl[0]
        B += [P("1. %s 거주 민원인 %s 씨가 제기한 %s 관련 현장을 확인하였습니다." % (addr(rng), n, rng.choice(["소음", "불법 주정차", "배수 불량", "악취"]))),
              P("2. 확인 결과 %s" % rng.choice(["관련 규정 위반 사항은 없었으며 민원인에게 결과를 안내하였음.", "시설 보수가 필요하여 담당 부서에 이관함."])),
              P("3. 민원인 연락처: %s" % m)]
    elif kind == "포상 추천":
        B += [P("1. 모범 시민 포상 대상자를 아래와 같이 추천합니다.")]
        B += [P("  ○ %s — %s" % (n, rng.choice(["하천 정화 봉사 10년", "독거노인 돌봄 봉사", "화재 현장 인명 구조"]))) for n, m in ppl]
    else:
        B += [P("1. 환경 명예감시원 활동 결과를 보고합니다."), P("2. 활동자: " + ", ".join(n for n, m in ppl)), P("3. 활동비는 개인 계좌로 지급 예정입니다.")]
    B.append(P("끝."))
    how = rng.choice(["slash", "slash", "label", "tail"])
    B += [P(x) for x in gyeolmun(rng, ag, field, how)]
    return doc("gm_partial", "공문", B, "partial", "none", R(6), "field_gyeolmun", "결문/" + how, field, title=kind, stated=("partial", R(6)))


def t_gm_multi(rng, v):
    ag = agency(rng, ["central", "metro", "soe", "pub", "local"])
    field, rs = rng.choice(F_MULTI)
    co = rng.choice(["(주)한결엔지니어링", "(주)새빛정보기술", "대성건설(주)", "(주)누리환경", "(주)바른시스템"])
    ev = [pname(rng) for _ in range(3)]
    B = [P(ag["name"]), P("수신  내부결재"), P("제목  %s 제안서 평가 결과 보고" % rng.choice(["통합관제센터 고도화", "상수도 관망 진단", "기록관리시스템 구축", "청사 경비 용역"])),
         P("1. 제안서 평가위원회를 개최하여 아래와 같이 평가하였습니다."),
         T([["업체", "기술점수", "가격점수", "합계"], [co, "%.2f" % (rng.randint(700, 800) / 10), "%.2f" % (rng.randint(150, 200) / 10), ""], ["(주)다온솔루션", "%.2f" % (rng.randint(650, 780) / 10), "%.2f" % (rng.randint(150, 200) / 10), ""]]),
         P("2. 평가위원(외부): %s" % ", ".join(ev))]
    if "7" in field:
        B.append(P("3. 업체별 원가 산출 내역 및 기술 제안 세부는 영업상 비밀에 해당하여 붙임에서 제외함."))
    else:
        B.append(P("3. 위원별 채점표는 향후 평가의 공정성을 위하여 별도 관리함."))
    B.append(P("붙임  평가 집계표 1부.  끝."))
    how = rng.choice(["slash", "label", "tail"])
    B += [P(x) for x in gyeolmun(rng, ag, field, how)]
    return doc("gm_multi", "공문", B, "partial", "none", rs, "field_gyeolmun", "결문/" + how, field, title="제안서 평가", stated=("partial", rs),
               tstyle=rng.choice(["bar", "space", "tab"]))


def t_minwon(rng, v):
    ag = agency(rng, ["local", "metro", "pub", "soe"])
    n = pname(rng); a = addr(rng); m = mobile(rng)
    subj = rng.choice(["공동주택 층간소음 중재 요청", "가로등 고장 신고", "체납 과태료 분할 납부 신청", "불법 광고물 철거 요청", "국민연금 반환일시금 문의"])
    B = [P(rng.choice(["민원 처리 결과 통지", "민원 회신", "고충민원 처리 결과 안내"])), P("%s 귀하" % n), P("주소: %s" % a),
         P("귀하께서 %s 접수하신 '%s' 민원에 대하여 다음과 같이 답변드립니다." % (ymd(rng, style="dot"), subj)),
         P(rng.choice(["현장을 확인한 결과 조치가 필요하여 보수를 완료하였습니다.", "관련 법령상 요청하신 사항은 수용하기 어려운 점 양해 부탁드립니다.", "담당 부서에서 검토하여 처리 계획을 수립하였습니다."])),
         P("추가 문의는 담당자(%s, %s)에게 연락하시기 바랍니다." % (ag["dept"], off_tel(rng, ag))), P("민원인 연락처: %s" % m), P(ag["head"])]
    return doc("minwon_result", "민원 회신", B, "partial", "none", R(6), "content_only", "body", n + " 귀하", flags=["no_field", "citizen_named"], title=subj)


def t_contract(rng, v):
    ag = agency(rng, ["soe", "pub", "local", "metro"])
    rep = pname(rng); b, acct = bank(rng)
    sole = rng.random() < 0.6
    co = rng.choice(["한빛조경", "새길인쇄", "태양전기", "우리청소용역", "가람설비"]) + ("" if sole else "(주)")
    B = [P(rng.choice(["용 역 계 약 서", "물품 구매 계약서", "위탁 운영 계약서"])), P("계약명: %s" % rng.choice(["청사 조경 관리", "홍보물 인쇄", "가로등 유지보수", "공중화장실 청소"])),
         T([["구분", "발주자(갑)", "계약상대자(을)"], ["명칭", ag["name"], co], ["대표자", ag["head"], rep], ["주소", ag["addr"], addr(rng)], ["연락처", off_tel(rng, ag), mobile(rng)]]),
         P("계약금액: 금 %s원정(부가가치세 포함)" % format(rng.randint(5, 300) * 1000000, ",")),
         P("대금 지급 계좌: %s %s (예금주 %s)" % (b, acct, rep if sole else co))]
    rs = R(6)
    if rng.random() < 0.5:
        B.append(P("붙임 산출내역서(단가·노무비 구성) — 계약상대자의 경영상 정보로 공개 제외"))
        rs = R(6, 7)
    B += [P("위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다."), P(ymd(rng, style="kor"))]
    return doc("contract", "계약서", B, "partial", "none", rs, "content_only", "table", rep, flags=["no_field", "private_business"], title="계약서",
               tstyle=rng.choice(["bar", "box", "tab", "space"]))


def t_mislabeled(rng, v):
    ag = agency(rng, ["local", "metro", "edu", "pub"])
    ppl = [(pname(rng), rrn(rng, 1955, 1999), *bank(rng)) for _ in range(rng.randint(3, 5))]
    B = [P(ag["name"]), P("수신  %s" % rng.choice(["농협은행 %s지점장" % rng.choice(["중앙", "읍내", "시청"]), "수신자 참조"])),
         P("제목  %s 지급 대상자 통보" % rng.choice(["재난지원금", "농업인 수당", "장학금", "자원봉사 실비"])),
         P("1. 아래 대상자에게 지원금을 지급하고자 하니 협조하여 주시기 바랍니다."),
         T([["성명", "주민등록번호", "은행", "계좌번호"]] + [[n, r, b, a] for n, r, b, a in ppl]), P("끝.")]
    field = rng.choice(["공개", "공개", "공 개"])
    B += [P(x) for x in gyeolmun(rng, ag, field, rng.choice(["slash", "label"]))]
    return doc("mislabeled_public_rrn", "공문", B, "partial", "none", R(6, "PIPA-24"), "disagree", "결문", field,
               flags=["disagree_field_content", "unmasked_rrn"], title="지급 대상자 통보", stated=("public", []), tstyle=rng.choice(["bar", "tab", "space"]))


def t_attach_withheld(rng, v):
    ag = agency(rng)
    sent = rng.choice([
        "붙임 2. 참석자 명단 1부(개인정보 포함으로 비공개).",
        "붙임  1. 행사 결과 1부.  2. 수상자 연락처 1부(비공개).  끝.",
        "※ 붙임 자료 중 신고인 인적사항은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호에 따라 가리고 공개합니다.",
        "다만, 민원인 성명과 주소가 적힌 별지는 공개 대상에서 제외합니다.",
        "붙임 3은 개인정보가 포함되어 있어 정보공개 시 삭제 후 제공함.",
        "붙임  현장 사진 4매, 피해 주민 연락처(공개 제외) 1부.",
    ])
    ppl = [pname(rng) for _ in range(3)]
    B = [P(ag["name"]), P("수신  %s" % rng.choice(["수신자 참조", "내부결재"])), P("제목  %s" % rng.choice(["주민 간담회 개최 결과", "모범 자원봉사자 시상 결과", "침수 피해 현장 조사 결과", "공익신고 처리 결과"])),
         P("1. %s" % rng.choice(["지난 간담회에서 나온 건의사항과 조치 계획을 알려드립니다.", "시상식을 마치고 그 결과를 보고합니다.", "피해 현장을 조사한 결과를 붙임과 같이 보고합니다."])),
         P("2. 주요 참석자: %s 등 %d명" % (", ".join(ppl), rng.randint(8, 40))), P(sent)]
    if "끝" not in sent:
        B.append(P("끝."))
    B += [P(x) for x in gyeolmun(rng, ag, None)]
    return doc("attachment_withheld", "공문", B, "partial", "none", R(6), "attachment_line", "붙임", sent.split("(")[0][:18] if False else sent,
               flags=["no_field"], title="결과 보고")


def t_award_masked(rng, v):
    ag = agency(rng, ["local", "metro", "fire", "police", "edu"])
    rows = [["연번", "성명", "생년월일/주민번호", "공적 요지"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), pname(rng), rrn_masked(rng), rng.choice(["수해 복구 봉사", "심폐소생술로 인명 구조", "학생 안전 지도", "독거노인 후원", "마을 방범 활동"])])
    B = [P(ag["name"]), P("제목  %s 표창 대상자 %s" % (rng.choice(["시민의 날", "소방의 날", "스승의 날", "경찰의 날"]), rng.choice(["선정 결과", "추천", "확정 알림"]))),
         P(rng.choice(["공적심사위원회 심의를 거쳐 아래와 같이 선정하였기에 알려드립니다.", "아래 사람을 표창 대상자로 추천합니다."])), T(rows), P("끝.")]
    B += [P(x) for x in gyeolmun(rng, ag, None)]
    return doc("award_masked", "공문", B, "partial", "none", R(6), "content_only", "table", rows[1][2], flags=["masked_rrn_only", "no_field"],
               title="표창 대상자", tstyle=rng.choice(["bar", "box", "space", "tab", "plus"]))


def t_ocr_partial(rng, v):
    d = t_gm_partial(rng, v)
    d["tpl"] = "ocr_partial"; d["genre"] = "공문(스캔 OCR)"
    return d


def t_passport_trip(rng, v):
    ag = agency(rng, ["central", "metro", "pub"])
    rows = [["성명", "소속", "여권번호", "비고"]]
    for i in range(rng.randint(2, 4)):
        rows.append([pname(rng), rng.choice(["민간 전문가", "기업 대표", "대학원생", "통역 지원"]), passport(rng), rng.choice(["항공권 지원", "숙박 지원", ""])])
    rows.append([pname(rng), ag["dept"] + " 사무관", "관용여권", "인솔"])
    B = [P("%s 국외 %s 참가자 명단 통보" % (ag["name"], rng.choice(["박람회", "연수", "협력 회의"]))), P("1. 국외 일정 참가자를 아래와 같이 알려드리니 항공권 발권에 활용하시기 바랍니다."),
         T(rows), P("2. 일정: %s" % period(rng)), P("끝.")]
    return doc("passport_trip", "공문", B, "partial", "none", R(6, "PIPA-24"), "content_only", "table", rows[1][2], flags=["unmasked_passport", "no_field"],
               title="국외 참가자", tstyle=rng.choice(["bar", "tab", "box"]))


def t_law_cite_partial(rng, v):
    ag = agency(rng)
    cite, rs = rng.choice([
        ("「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", R(6)), ("법 제9조①6", R(6)), ("정보공개법 9조 1항 6호", R(6)),
        ("같은 법 제9조 제1항 제5호 및 제6호", R(5, 6)), ("공공기관의 정보공개에 관한 법률 제9조제1항제7호", R(7)), ("9조 1항 5호", R(5))])
    what = {"OIDA-9-1-6": "피해자 성명과 연락처", "OIDA-9-1-5": "검토 의견란", "OIDA-9-1-7": "업체의 단가 정보"}
    hidden = " 및 ".join(what[r] for r in rs)
    B = [P(ag["name"]), P("수신  %s 귀하" % pname(rng)), P("제목  정보공개 청구에 대한 결정 통지"),
         P("1. 귀하께서 청구하신 '%s'에 대한 결정 내용을 알려드립니다." % rng.choice(["하천 정비사업 보상 협의 자료", "청사 보수공사 검수 조서", "도로 파손 사고 처리 내역", "위탁기관 지도점검 결과"])),
         P("2. 청구 정보 중 %s은(는) %s에 해당하여 해당 부분을 제외하고 공개합니다." % (hidden, cite)),
         P("3. 공개 방법: 사본(전자파일)  4. 수수료: 없음"), P("끝.")]
    B += [P(x) for x in gyeolmun(rng, ag, None)]
    return doc("law_cite_partial", "정보공개 결정통지", B, "partial", "none", rs, "law_citation", "body", cite, flags=["no_field"], title="결정 통지")


def t_minutes_partial(rng, v):
    ag = agency(rng, ["local", "metro", "edu", "pub"])
    mem = [pname(rng) for _ in range(4)]
    B = [P("%s %s 회의록" % (ag["name"], rng.choice(["지역사회보장협의체", "주민자치회 분과", "학교운영위원회", "소비자분쟁조정 실무"]))),
         P("일시: %s 15:00 / 장소: 소회의실" % ymd(rng, style="dot")),
         P("참석: 위원 %s, %s, %s / 간사 %s(%s 주무관)" % (mem[0], mem[1], mem[2], mem[3], ag["dept"])),
         P("%s 위원: %s" % (mem[0], rng.choice(["지난 회의 때 말씀드린 ○○동 가구는 아직 지원을 못 받았습니다.", "안건 2에 대해서는 추가 자료를 받고 결정하면 좋겠습니다."]))),
         P("%s 위원: %s" % (mem[1], rng.choice(["저도 동의합니다. 다만 예산 범위를 확인해야 합니다.", "주민 의견을 한 번 더 들어보는 게 좋겠습니다."]))),
         P("의결: 원안 가결"), P(rng.choice(["※ 정보공개 시 위원 성명은 가림 처리(제9조 제1항 제6호)", "※ 회의록은 발언자 성명을 비식별 처리하여 공개함", ""]))]
    return doc("minutes_partial", "회의록", B, "partial", "none", R(6), "content_only", "body", "%s 위원" % mem[0], flags=["private_members_named"],
               title="회의록")


def t_approval_partial(rng, v):
    ag = agency(rng)
    cell = rng.choice(["부분공개(6)", "부분공개 (6)", "부분공개(제6호)"])
    rows = [["담당", "팀장", "과장", "공개구분"], [pname(rng), pname(rng), "전결 " + pname(rng), cell]]
    vic = pname(rng)
    B = [T(rows, "approval"), P(rng.choice(["교통사고 피해 지원금 지급 계획", "긴급복지 지원 결정", "의료급여 현지조사 결과"])),
         P("1. 대상: %s(%s)" % (vic, addr(rng))), P("2. 지원 내용: 생계비 %s원" % format(rng.randint(50, 200) * 10000, ",")),
         P("3. 지급일: %s" % ymd(rng, style="dot")), P(ag["name"] + " " + ag["dept"])]
    return doc("approval_partial", "내부결재", B, "partial", "none", R(6), "approval_table", "table", cell, title="내부결재",
               stated=("partial", R(6)), tstyle=rng.choice(["box", "plus", "bar", "space"]))


def t_long_partial(rng, v):
    ag = agency(rng, ["metro", "local", "pub", "soe"])
    t = rng.choice(["재개발 구역 주민 설명회 결과 보고", "공공임대주택 입주자 선정 추진 결과", "하천 정비사업 보상 협의 경과"])
    B = [P(t)]
    pages = rng.randint(2, 4)
    for pg in range(pages):
        B.append(P("%d. %s" % (pg + 1, rng.choice(["개요", "추진 경과", "주요 의견", "조치 계획"]))))
        for s in long_filler(rng, 13, "plan"):
            B.append(P("  - " + s))
        if pg < pages - 1:
            B.append(PB)
    ppl = [pname(rng) for _ in range(3)]
    B.append(P("붙임  보상 협의 대상자 명단(%s 외 %d명) 1부." % (ppl[0], rng.randint(5, 40))))
    field = rng.choice(F_P6)
    B += [P(x) for x in gyeolmun(rng, ag, field, rng.choice(["slash", "label"]))]
    return doc("long_partial", "보고서", B, "partial", "none", R(6), "field_gyeolmun", "결문/end_of_long", field, flags=["long", "cue_at_end"],
               title=t, header="%s %s" % (ag["name"], ag["dept"]), footer="- {p} / {n} -", stated=("partial", R(6)))


DAE_STAMPS = ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "대외비(보호기간: {d}까지)", "{d}까지 대외비", "對外秘"]
SEC_STAMPS = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"],
              "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀"],
              "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"]}


def t_daeoebi(rng, v):
    ag = agency(rng, ["central", "metro", "police", "soe", "pub", "edu", "local"])
    d = ymd(rng, 2024, 2031, "dot")
    st = rng.choice(DAE_STAMPS).replace("{d}", d)
    kind = rng.choice(["negotiation", "audit", "facility", "health", "policy"])
    if kind == "negotiation":
        rs = R(5, 7); t = "%s 임금·단체협약 교섭 대응 방안" % ag["name"] if rng.random() < 0.5 else "민간투자사업 재협상 대응 전략"
        body = ["교섭 상대방이 제시한 요구안에 대한 수용 한도를 사전에 정리함.", "최종 양보선: 기본급 %d.%d%% 이내, 성과급 구조 유지" % (rng.randint(1, 4), rng.randint(0, 9)),
                "협상 결렬 시 조정 신청 시점과 여론 대응 방안을 병행 검토함.", "사업시행자 제출 원가 자료는 영업비밀로 외부 유출 금지."]
    elif kind == "audit":
        rs = R(5); t = "%s 특정감사 착수 계획" % rng.choice(["산하기관", "위탁시설", "보조사업"])
        body = ["제보 내용의 사실 여부를 확인하기 위해 불시 감사를 실시함.", "감사 일정과 대상은 착수 전까지 대외 공개 금지.", "감사반 편성: 총괄 1, 반원 %d명" % rng.randint(3, 7), "자료 확보 후 관련자 문답 순으로 진행."]
    elif kind == "facility":
        rs = R(3); t = rng.choice(["정수장 보안 취약점 점검 결과", "변전소 출입통제 개선 계획", "통합관제센터 CCTV 사각지대 현황"])
        body = ["외곽 울타리 %d개 지점에서 감지기 오작동이 확인됨." % rng.randint(2, 9), "야간 순찰 경로와 교대 시각을 조정할 필요가 있음.", "취약 지점 목록은 붙임과 같음(유출 시 시설 안전 위협).", "보완 완료 목표: %s" % ymd(rng, style="dot")]
    elif kind == "health":
        rs = R(6, "PIPA-23"); n = pname(rng)
        t = "직원 %s 관련 복무 조치 검토" % rng.choice(["장기 병가", "정신건강 상담", "알코올 치료"])
        body = ["대상: %s %s %s" % (ag["dept"], rng.choice(["주무관", "행정주사", "대리"]), n), "진단명: %s (%s 발급 진단서)" % (rng.choice(["주요우울장애", "알코올 사용장애", "공황장애", "요추 추간판 탈출증"]), rng.choice(["○○대학교병원", "시립병원", "정신건강의학과의원"])),
                "치료 기간 동안 업무 조정 및 휴직 가능 여부를 검토함.", "본인 동의 없는 외부 제공 금지."]
    else:
        t = rng.choice(["지방선거 전후 현안 대응 방향(내부 검토)", "청사 이전 부지 비교 검토", "요금 인상 시기 검토안", "산업단지 후보지 선정 검토"])
        rs = R(5, 8) if ("부지" in t or "후보지" in t) else R(5)
        body = ["후보지별 장단점을 비교하였으며 최종안은 확정되지 않았음.", "발표 전 정보 유출 시 투기 및 민원 확산 우려가 있음.", "관계 부처 협의 결과에 따라 방향이 바뀔 수 있음.", "검토안 1이 비용 면에서 유리하나 주민 반발이 예상됨."]
    where = rng.choice(["top", "bottom", "both", "header", "footer"])
    B = [P(t), P("%s %s" % (ymd(rng, style="dot"), ag["dept"]))] + [P("○ " + b) for b in body]
    header = footer = stamp = None; sw = "top"; loc = where
    if where == "header":
        header = st
    elif where == "footer":
        footer = st
    elif where == "both":
        header = st; footer = st; loc = "header+footer"
    else:
        stamp = st; sw = where; loc = "textbox/" + where
    return doc("daeoebi", "보고서", B, "non_public", "대외비", rs, "marking_stamp", loc, st, title=t, header=header, footer=footer, stamp=stamp, stamp_where=sw,
               flags=["marking_" + kind])


def t_secret(rng, v, grade):
    ag = agency(rng, ["central", "police", "metro", "soe", "fire"] if grade != "I급" else ["central", "police"])
    st = rng.choice(SEC_STAMPS[grade])
    y = rng.randint(2020, 2030)
    kind = rng.choice(["ops", "facility"]) if grade != "I급" else "ops"
    if kind == "ops":
        rs = R(1, 2)
        t = rng.choice(["을지연습 전시 %s 시행 계획" % rng.choice(["자원 동원", "행정 지속", "비상 급수"]), "국가중요행사 경호·경비 세부 계획", "대테러 합동 대응 절차", "전시 정부 소산 이동 계획"])
        body = ["상황 발령 시 %s 즉시 이동하여 지휘소를 개설함." % rng.choice(["제2 지휘소로", "대체 청사로", "지하 벙커로"]), "통신 두절 대비 예비 주파수와 암구호 운용 절차를 적용함.",
                "동원 대상 차량 %d대, 인원 %d명을 사전 지정함." % (rng.randint(10, 300), rng.randint(50, 2000)), "관계기관 연락 체계는 별표와 같음."]
    else:
        rs = R(1, 3)
        t = rng.choice(["국가보안시설 방호 계획", "발전소 경비 인력 배치 및 출입 통제 계획", "정부청사 방호 취약요소 개선 계획"])
        body = ["방호 구역을 제한구역과 통제구역으로 구분하여 운영함.", "경비 초소 %d개소 위치와 교대 시간은 붙임 도면과 같음." % rng.randint(4, 20), "유사시 외곽 차단선을 2단계로 확대함.", "출입 인원 신원 확인 절차를 강화함."]
    notice = rng.choice(["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (y, st), "예고문: %d. 6. 30. 이후 파기" % y, "예고문 : %d.12.31까지 %s 이후 대외비로 재분류" % (y, st)])
    copy = "사본번호 %d / %d" % (rng.randint(1, 9), rng.randint(9, 20)) if rng.random() < 0.6 else "사본 제%d호" % rng.randint(1, 12)
    B = [P(t), P(ag["name"] + " " + ag["dept"])] + [P("%d. %s" % (i + 1, b)) for i, b in enumerate(body)] + [P(""), P(notice), P(copy)]
    where = rng.choice(["both", "header", "top", "footer", "cell"])
    header = footer = stamp = None; sw = "top"; loc = where
    if where == "both":
        header = footer = st; loc = "header+footer"
    elif where == "header":
        header = st
    elif where == "footer":
        footer = st; stamp = st; sw = "top"; loc = "footer+textbox"
    elif where == "top":
        stamp = st; loc = "textbox/top"
    else:
        B.insert(0, T([["보안등급", st, "관리번호", "%d-%03d" % (y, rng.randint(1, 300))]], "approval")); loc = "header_cell"
    return doc("secret_" + {"III급": "III", "II급": "II", "I급": "I"}[grade], "비밀문서", B, "non_public", grade, rs, "marking_stamp", loc, st,
               title=t, header=header, footer=footer, stamp=stamp, stamp_where=sw, flags=["yegomun", "copy_number"], tstyle=rng.choice(["box", "bar", "plus"]))


def t_field_np(rng, v):
    ag = agency(rng, ["central", "metro", "local", "police", "court", "soe", "pub"])
    field, rs = F_NP[v % len(F_NP)]
    code = rs[0]
    topics = {"OIDA-9-1-4": ("%s 관련 수사 협조 요청" % rng.choice(["보조금 부정수급", "공사 입찰 담합", "허위 진단서"]), ["위 사건 수사를 위하여 관련 서류 사본 제출을 요청합니다.", "수사 중인 사안이므로 요청 사실이 외부에 알려지지 않도록 유의하여 주시기 바랍니다."]),
              "OIDA-9-1-5": ("%s 검토 의견" % rng.choice(["조직 개편(안)", "출연금 삭감 방안", "공무원 정원 조정(안)", "시험 출제위원 위촉"]), ["현재 내부 의사결정 과정에 있는 안으로, 확정 전 공개 시 혼란이 예상됩니다.", "부서 간 이견이 있어 추가 협의가 필요합니다."]),
              "OIDA-9-1-6": ("직원 %s 관련 조치 보고" % rng.choice(["고충 상담", "가족 돌봄 휴직", "복무 위반"]), ["대상자 %s(%s)의 개인 사정을 고려하여 조치하였습니다." % (pname(rng), ag["dept"]), "상담 내용은 당사자 외에 제공하지 않습니다."]),
              "OIDA-9-1-7": ("%s 제출 기술자료 검토" % rng.choice(["(주)미래소재", "(주)대한정밀", "한빛바이오(주)"]), ["업체가 제출한 공정 조건과 원가 구조를 검토하였습니다.", "해당 자료는 업체의 영업비밀로 보호 요청이 있었습니다."])}
    t, body = topics[code]
    B = [P(ag["name"]), P("수신  %s" % rng.choice(["내부결재", "수신자 참조", "%s장" % ag["dept"]])), P("제목  " + t)] + [P("%d. %s" % (i + 1, b)) for i, b in enumerate(body)] + [P("끝.")]
    how = rng.choice(["slash", "label", "tail", "slash"])
    B += [P(x) for x in gyeolmun(rng, ag, field, how)]
    return doc("field_nonpublic", "공문", B, "non_public", "none", rs, "field_gyeolmun", "결문/" + how, field, title=t, stated=("non_public", rs))


def t_internal(rng, v):
    ag = agency(rng)
    mk = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 — 외부 유출 금지", "(대내 한정)", "[외부배포금지]"][v % 8]
    t = rng.choice(["%s 조직 진단 결과(초안)" % ag["name"], "민선 %d기 공약 이행 점검 회의 자료" % rng.randint(5, 8), "기관장 업무보고 예상 질의·답변", "인사 운영 개선 방안(검토)", "시·군 평가 결과 환류 방안(검토안)", "예산 삭감 대응 논리"])
    body = [rng.choice(["현 인력 구조로는 신규 업무 대응이 어렵다는 의견이 많음.", "공약 %d건 중 %d건이 지연, 원인 분석 필요." % (rng.randint(40, 120), rng.randint(3, 20))]),
            rng.choice(["A안(통합)과 B안(분리)을 비교한 결과 A안이 우세하나 노조 협의 필요.", "언론 질의 시 '검토 중'으로 답변하고 수치는 언급하지 않음.", "재정 부담이 커 단계적 추진이 불가피하다는 의견."]),
            rng.choice(["최종 결정은 차기 간부회의에서 논의 예정.", "확정되지 않은 내용이므로 인용 금지.", "관련 부서 의견 수렴 후 수정 예정."])]
    where = rng.choice(["first", "last", "header", "footer"])
    B = [P(t)] + [P("□ " + b) for b in body]
    header = footer = None
    if where == "first":
        B.insert(0, P(mk))
    elif where == "last":
        B.append(P(mk))
    elif where == "header":
        header = mk
    else:
        footer = mk
    return doc("internal_marking", "내부 검토", B, "non_public", "none", R(5), "internal_marking", where + "_line" if where in ("first", "last") else where, mk,
               title=t, header=header, footer=footer, flags=["informal_marking"])


def t_roster(rng, v):
    ag = agency(rng, ["local", "metro", "pub", "soe"])
    kind = rng.choice(["수급자", "장애인", "체납자", "장학생"])
    hdr = {"수급자": ["성명", "주민등록번호", "주소", "급여 종류"], "장애인": ["성명", "생년월일", "장애 유형", "연락처"], "체납자": ["성명", "주민등록번호", "체납액", "주소"], "장학생": ["성명", "주민등록번호", "학교", "보호자 연락처"]}[kind]
    rows = [hdr]
    for i in range(rng.randint(4, 7)):
        if kind == "수급자":
            rows.append([pname(rng), rrn(rng), addr(rng), rng.choice(["생계·의료", "주거", "교육", "생계"])])
        elif kind == "장애인":
            rows.append([pname(rng), ymd(rng, 1940, 2010, "dot"), rng.choice(["지체(심한)", "시각", "뇌병변", "지적", "자폐성"]), mobile(rng)])
        elif kind == "체납자":
            rows.append([pname(rng), rrn(rng), format(rng.randint(10, 900) * 10000, ",") + "원", addr(rng)])
        else:
            rows.append([pname(rng), rrn(rng, 2003, 2009), rng.choice(["한빛고", "새솔중", "가온고"]), mobile(rng)])
    rs = {"수급자": R(6, "PIPA-24"), "장애인": R(6, "PIPA-23"), "체납자": R(6, "PIPA-24"), "장학생": R(6, "PIPA-24")}[kind]
    B = [P("%s %s 명단" % (ag["name"], {"수급자": "기초생활수급자", "장애인": "등록장애인 안부확인 대상자", "체납자": "지방세 고액 체납자(공개 전 내부)", "장학생": "장학생 선발"}[kind])), T(rows)]
    return doc("roster_" + kind, "명단", B, "non_public", "none", rs, "content_only", "table", rows[1][0], flags=["roster_only_personal"],
               title="명단", tstyle=rng.choice(["bar", "tab", "space", "box", "bar2"]))


def t_disc(rng, v):
    ag = agency(rng, ["central", "metro", "local", "edu", "police", "fire"])
    n = pname(rng)
    kind = rng.choice(["dui", "bribe", "absence"])
    fact = {"dui": ("혈중알코올농도 %0.3f%% 상태로 승용차를 운전하다 적발되어 %s에서 벌금 %d만원의 약식명령을 받았다." % (rng.randint(30, 180) / 1000, rng.choice(["수원지방법원", "대전지방법원", "부산지방법원"]), rng.randint(300, 1500)), R(6, "PIPA-23"), "혈중알코올농도"),
            "bribe": ("공사 업체 대표로부터 %d회에 걸쳐 향응을 제공받아 「뇌물수수」 혐의로 기소되어 징역형의 집행유예를 선고받았다." % rng.randint(2, 6), R(6, "PIPA-23"), "뇌물수수"),
            "absence": ("정당한 사유 없이 %d일간 무단결근하고 상급자의 업무 지시를 반복하여 따르지 않았다." % rng.randint(3, 15), R(6), "무단결근")}[kind]
    B = [P(rng.choice(["징 계 의 결 서", "징계의결서", "징계 의결 결과"])), T([["소속", ag["name"] + " " + ag["dept"]], ["직위(직급)", {"police": "경사", "fire": "소방교", "edu": "교사", "local": "지방행정주사보(7급)", "metro": "지방행정주사(6급)"}.get(ag["kind"], "행정주사(6급)")], ["성명", n]], "form"),
         P("의결 주문: %s" % rng.choice(["정직 2월", "강등", "감봉 3월", "견책"])), P("이유: 위 사람은 " + fact[0]),
         P("이는 「%s」 제56조(성실의 의무) 및 제63조(품위 유지의 의무)를 위반한 것이다." % rng.choice(["국가공무원법", "지방공무원법"]).replace("지방공무원법", "지방공무원법")),
         P("%s %s징계위원회" % (ymd(rng, style="dot"), rng.choice(["보통", "", "인사"]) or ""))]
    return doc("disciplinary", "징계의결서", B, "non_public", "none", fact[1], "content_only", "body", fact[2], flags=["official_non_official_capacity"],
               title="징계의결서", tstyle=rng.choice(["bar", "box", "space"]))


def t_health_leave(rng, v):
    ag = agency(rng)
    n = pname(rng)
    dx = rng.choice(["우울증", "유방암(2기)", "뇌경색 후유증", "불안장애", "척추 수술 후 재활", "갑상선암"])
    B = [P(rng.choice(["질병휴직 승인 알림", "휴직(질병) 결정", "병가 및 질병휴직 처리 결과"])), P("대상: %s %s" % (n, rng.choice(["주무관", "교사", "소방장", "경위", "대리"]))),
         P("사유: %s 진단(진단서 첨부), 요양 필요 기간 %d개월" % (dx, rng.randint(3, 12))), P("휴직 기간: %s" % period(rng)),
         P(rng.choice(["복직 시 의사 소견서를 제출하여야 함.", "휴직 기간 중 봉급의 70%를 지급함.", "공무상 질병 여부는 별도 심사함."])), P(ag["name"] + " " + rng.choice(["인사팀", "총무과", "교원인사과"]))]
    return doc("health_leave", "인사", B, "non_public", "none", R(6, "PIPA-23"), "content_only", "body", dx, title="질병휴직", flags=["health"])


def t_investig(rng, v):
    ag = agency(rng, ["police", "metro", "local", "central"])
    n = pname(rng)
    B = [P(rng.choice(["수사의뢰", "수사 의뢰서", "고발장 송부 및 수사 요청"])), P("수신: %s" % rng.choice(["서울마포경찰서장", "경기남부경찰청장", "○○지방검찰청 검사장"])),
         P("피의자(혐의자): %s (%s, %s)" % (n, rrn(rng) if rng.random() < 0.5 else rng.choice(["48세", "남, 52세", "여, 39세"]), addr(rng))),
         P("혐의 내용: %s" % rng.choice(["보조금 %s원을 허위 서류로 부정수급한 혐의" % format(rng.randint(5, 200) * 1000000, ","), "공문서를 위조하여 인허가를 받은 혐의", "민원인의 개인정보를 무단 조회하여 제3자에게 제공한 혐의"])),
         P("증거 자료: 통장 거래 내역 사본, 관련자 진술서 %d부" % rng.randint(1, 6)), P(ag["name"] + " " + ag["dept"])]
    rs = R(4, 6, "PIPA-24") if re.search(r"\d{6}-\d{7}", B[2][1]) else R(4, 6)
    return doc("investigation", "수사의뢰", B, "non_public", "none", rs, "content_only", "body", "피의자", title="수사의뢰", flags=["under_investigation"])


def t_victim(rng, v):
    ag = agency(rng, ["police", "local", "edu", "court"])
    vic = pname(rng)
    kind = rng.choice(["가정폭력", "아동학대", "스토킹", "성폭력"])
    B = [P("%s 피해자 %s" % (kind, rng.choice(["보호조치 결과 보고", "긴급지원 연계", "신변보호 결정 통보"]))),
         P("피해자: %s(%s세, %s)" % (vic, rng.randint(7, 70), rng.choice(["여", "남"]))), P("거주지: %s (임시 거처로 이동)" % addr(rng)),
         P("상황: %s" % rng.choice(["가해자의 반복적인 폭행으로 전치 3주의 상해를 입음.", "보호자의 방임으로 영양 결핍 상태에서 발견됨.", "수개월간 주거지 앞에서 기다리는 등 접근이 계속됨."])),
         P("조치: %s" % rng.choice(["보호시설 입소, 스마트워치 지급", "아동보호전문기관 인계 및 의료 지원", "접근금지 잠정조치 신청"])), P(ag["name"] + " " + ag["dept"])]
    rs = R(4, 6, "PIPA-23") if kind == "성폭력" else R(4, 6)
    return doc("victim", "피해자 보호", B, "non_public", "none", rs, "content_only", "body", "피해자: " + vic, title="피해자 보호", flags=["victim"])


def t_patient(rng, v):
    ag = agency(rng, ["fire", "local", "metro"])
    n = pname(rng)
    if ag["kind"] == "fire":
        B = [P("구급활동일지"), T([["환자 성명", n, "성별/나이", "%s/%d" % (rng.choice("남여"), rng.randint(3, 90))], ["주증상", rng.choice(["흉통", "의식저하", "호흡곤란", "약물 과다복용"]), "이송 병원", rng.choice(["○○대학교병원", "시립의료원"])]], "form"),
             P("현장 처치: %s" % rng.choice(["산소 투여, 심전도 모니터링", "기도 확보 후 이송", "정맥로 확보"])), P("보호자 연락처: %s" % mobile(rng)), P(ag["name"])]
        cue = "환자 성명"
    else:
        B = [P("%s 확진자 역학조사 결과" % rng.choice(["결핵", "제2급 감염병(홍역)", "레지오넬라증"])), P("확진자: %s(%d세), 직업 %s" % (n, rng.randint(5, 85), rng.choice(["학생", "요양보호사", "자영업"]))),
             P("동선: %s → %s → 귀가" % (rng.choice(["○○의원", "직장"]), rng.choice(["마트", "교회", "경로당"]))), P("접촉자 %d명 검사 안내 완료" % rng.randint(2, 40)), P(ag["name"] + " 보건소")]
        cue = "확진자: " + n
    return doc("patient", "보건·구급", B, "non_public", "none", R(6, "PIPA-23"), "content_only", "body", cue, title="환자 기록", flags=["health", "patient"],
               tstyle=rng.choice(["bar", "box", "plus"]))


def t_pupil(rng, v):
    ag = agency(rng, ["edu"])
    s1, s2 = pname(rng), pname(rng)
    B = [P(rng.choice(["학교폭력대책심의위원회 심의 결과", "학생 상담 기록부", "위기 학생 관리 카드"])), P("%s학년 %d반 %s(피해 학생), %s(관련 학생)" % (rng.randint(1, 6), rng.randint(1, 9), s1, s2)),
         P("사안 개요: %s" % rng.choice(["SNS 단체방에서 지속적인 언어폭력이 있었음.", "쉬는 시간에 신체 폭력이 발생하여 피해 학생이 병원 진료를 받음.", "금품 갈취가 수차례 있었다는 진술을 확보함."])),
         P("조치: 관련 학생 %s, 피해 학생 %s" % (rng.choice(["서면사과(1호)", "학급교체(7호)", "사회봉사(4호)"]), rng.choice(["심리상담 지원", "일시보호"]))), P(ag["name"] + " " + ag["dept"])]
    return doc("pupil", "학교폭력 심의", B, "non_public", "none", R(5, 6), "content_only", "body", "(피해 학생)", title="학폭 심의", flags=["pupil", "minor"])


def t_staff_inq(rng, v):
    ag = agency(rng, ["central", "metro", "local", "soe", "pub", "edu"])
    n = pname(rng)
    B = [P(rng.choice(["비위 조사 결과 보고", "감사 문답서", "공직감찰 조사 결과"])), P("조사 대상자: %s %s %s" % (ag["dept"], rng.choice(["6급", "차장", "주무관"]), n)),
         P("제보 요지: %s" % rng.choice(["출장비 허위 청구", "부하 직원에 대한 폭언 등 괴롭힘", "관용차량 사적 사용", "인사 청탁"])),
         P("문: 해당 일자에 실제로 출장을 가셨습니까?") if rng.random() < 0.5 else P("진술 요지: 대상자는 사실관계 일부를 인정하였음."),
         P("답: %s" % rng.choice(["기억이 정확하지 않습니다.", "일부는 맞지만 관행이었습니다.", "사실이 아닙니다."])), P("조사 의견: %s" % rng.choice(["징계 의결 요구(경징계)", "추가 조사 필요", "주의 처분"])), P(ag["name"] + " 감사실")]
    return doc("staff_inquiry", "감사", B, "non_public", "none", R(5, 6), "content_only", "body", "조사 대상자", title="비위 조사", flags=["staff_under_inquiry"])


def t_exam(rng, v):
    ag = agency(rng, ["pub", "edu", "metro"])
    B = [P("%d년도 %s 문제지(출제 원안)" % (rng.randint(2010, 2026), rng.choice(["지방공무원 9급 공개경쟁임용시험 행정법", "중등교사 임용후보자 선정경쟁시험 1차", "학업성취도 평가 국어", "소방공무원 채용 소방학개론"]))),
         P("1. 다음 중 행정행위의 부관에 관한 설명으로 옳지 않은 것은?") if rng.random() < 0.5 else P("1. 다음 글의 주제로 가장 적절한 것은?"),
         P("  ① 가  ② 나  ③ 다  ④ 라"), P("정답: %s" % rng.choice("①②③④")), P("2. (이하 생략)"), P("검토위원 확인: ________  (인쇄 전 반출 금지)")]
    return doc("exam_questions", "시험 문제", B, "non_public", "none", R(5), "content_only", "body", "출제 원안", title="시험 문제")


def t_trade(rng, v):
    ag = agency(rng, ["central", "pub", "soe"])
    co = rng.choice(["(주)미래소재", "(주)대한정밀", "한빛바이오(주)", "(주)세온배터리"])
    B = [P("%s 제출 자료 — %s" % (co, rng.choice(["핵심 공정 조건", "원가 명세", "배합비"]))), T([["항목", "값"], ["반응 온도", "%d℃" % rng.randint(120, 480)], ["촉매 배합비", "%d:%d" % (rng.randint(1, 9), rng.randint(1, 9))], ["단위 원가", "%s원/kg" % format(rng.randint(1000, 90000), ",")]]),
         P("상기 자료는 %s의 영업비밀로서 심사 목적 외 사용을 금함." % co), P(ag["name"] + " " + ag["dept"])]
    return doc("trade_secret", "제출 자료", B, "non_public", "none", R(7), "content_only", "table", "영업비밀", title="기술자료", tstyle=rng.choice(["tab", "space", "bar"]))


def t_union(rng, v):
    ag = agency(rng, ["soe", "local", "pub"])
    rows = [["사번", "성명", "소속", "조합비"]] + [["%06d" % rng.randint(100000, 999999), pname(rng), rng.choice(["영업소", "시설팀", "본부"]), format(rng.randint(2, 6) * 10000, ",")] for _ in range(rng.randint(4, 7))]
    B = [P("%s 노동조합 조합비 공제 명단(%d월)" % (ag["name"], rng.randint(1, 12))), T(rows)]
    return doc("union_dues", "명단", B, "non_public", "none", R(6, "PIPA-23"), "content_only", "table", "노동조합", title="조합비 명단", tstyle=rng.choice(["bar", "tab", "space"]))


def t_disagree_np(rng, v):
    d = t_health_leave(rng, v) if v % 2 == 0 else t_roster(rng, v)
    ag = agency(rng)
    field = rng.choice(["공개", "공개"])
    d["blocks"] += [P(x) for x in gyeolmun(rng, ag, field, "slash")]
    d["tpl"] = "disagree_nonpublic"; d["cue"] = "disagree"; d["flags"] = d["flags"] + ["disagree_field_content"]; d["stated"] = ("public", [])
    d["cue_location"] = "결문(field)+content"
    return d


def t_long_np(rng, v):
    ag = agency(rng, ["central", "metro", "soe", "police"])
    t = rng.choice(["%s 중장기 구조조정 검토 보고" % ag["name"], "현안 대응 종합 보고(검토)", "요금 체계 개편 시나리오 분석"])
    B = [P(t)]
    pages = rng.randint(2, 4)
    for pg in range(pages):
        B.append(P("%s. %s" % ("ⅠⅡⅢⅣ"[pg], rng.choice(["현황", "쟁점", "대안 비교", "건의"]))))
        for s in long_filler(rng, 14, "plan"):
            B.append(P("  · " + s))
        if pg < pages - 1:
            B.append(PB)
    if v % 2 == 0:
        st = rng.choice(DAE_STAMPS).replace("{d}", ymd(rng, 2025, 2030, "dot"))
        B.append(P(st))
        return doc("long_nonpublic", "보고서", B, "non_public", "대외비", R(5), "marking_stamp", "last_line/end_of_long", st, flags=["long", "cue_at_end"], title=t, footer="{p}")
    field, rs = rng.choice([f for f in F_NP if "5" in f[0]])
    B += [P(x) for x in gyeolmun(rng, ag, field, "slash")]
    return doc("long_nonpublic", "보고서", B, "non_public", "none", rs, "field_gyeolmun", "결문/end_of_long", field, flags=["long", "cue_at_end"], title=t,
               footer="- {p} -", stated=("non_public", rs))


# ============================================================================= HWPX writer (OWPML)
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf/"')
LANGS = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]


def hwpx_header():
    ff = "".join('<hh:fontface lang="%s" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in LANGS)
    def bf(i, t):
        s = "".join('<hh:%s type="%s" width="0.12 mm" color="#000000"/>' % (side, t) for side in ("leftBorder", "rightBorder", "topBorder", "bottomBorder"))
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
                '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/>%s<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, s))
    def cp(i, h, bold):
        return ('<hh:charPr id="%d" height="%d" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s</hh:charPr>' % (i, h, "<hh:bold/>" if bold else ""))
    pp = ('<hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
          '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
          '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
          '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
          '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
          '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            '<hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="2">%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="2">%s%s</hh:charProperties><hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="1">%s</hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" '
            'paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList>'
            '<hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument></hh:head>'
            % (NS, ff, bf(1, "NONE"), bf(2, "SOLID"), cp(0, 1000, False), cp(1, 1300, True), pp))


class HW:
    def __init__(self):
        self.pid = 0; self.oid = 1000

    def nid(self):
        self.oid += 1
        return self.oid

    def runs(self, text):
        parts = re.split(r"(\{p\}|\{n\})", text)
        out = []
        for p_ in parts:
            if p_ == "{p}" or p_ == "{n}":
                out.append('<hp:ctrl><hp:autoNum num="1" numType="%s"><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar="" supscript="0"/></hp:autoNum></hp:ctrl>'
                           % ("PAGE" if p_ == "{p}" else "TOTAL_PAGE"))
            elif p_:
                segs = p_.split("\t")
                out.append("<hp:tab/>".join("<hp:t>%s</hp:t>" % xesc(s) if s else "" for s in segs).replace("<hp:tab/>", '</hp:run><hp:run charPrIDRef="0"><hp:t><hp:tab width="4000" leader="NONE" type="LEFT"/></hp:t></hp:run><hp:run charPrIDRef="0">') if "\t" in p_ else "<hp:t>%s</hp:t>" % xesc(p_))
        return "".join(out) or "<hp:t/>"

    def para(self, inner, pb=False, char=0):
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="%d">%s</hp:run></hp:p>'
                % (self.pid, 1 if pb else 0, char, inner))

    def sublist(self, paras, valign="TOP", w=0, h=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" '
                'textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % (valign, w, h, paras))

    def hf(self, tag, text):
        return '<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>' % (tag, self.nid(), self.sublist(self.para(self.runs(text)), "TOP" if tag == "header" else "BOTTOM", 48190, 4252), tag)

    def table(self, rows):
        nc = max(len(r) for r in rows); W = 48000; cw = W // nc
        trs = []
        for ri, r in enumerate(rows):
            tcs = []
            for ci in range(nc):
                c = r[ci] if ci < len(r) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s<hp:cellAddr colAddr="%d" rowAddr="%d"/>'
                           '<hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1400"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(self.para(self.runs(c) if c else "<hp:t/>"), "CENTER"), ci, ri, cw))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        t = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" '
             'repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0"><hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
             '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
             '<hp:outMargin left="0" right="0" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
             % (self.nid(), len(rows), nc, cw * nc, 1400 * len(rows), "".join(trs)))
        return self.para(t)

    def textbox(self, text, where):
        w, h = 14000, 3200
        i = self.nid()
        return ('<hp:rect id="%d" zOrder="5" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
                '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/><hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="57" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hc:fillBrush><hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PAPER" horzRelTo="PAPER" vertAlign="%s" horzAlign="RIGHT" vertOffset="2800" horzOffset="4000"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
                % (i, i, w, h, w // 2, h // 2, w, self.sublist(self.para(self.runs(text), char=1), "CENTER"), w, w, h, h, w, h, "TOP" if where == "top" else "BOTTOM"))


def write_hwpx(d, path):
    hw = HW()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="5669" right="5669" top="5669" bottom="4252"/></hp:pagePr></hp:secPr>'
             '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    first = secpr
    if d["header"]:
        first += hw.hf("header", d["header"])
    if d["footer"]:
        first += hw.hf("footer", d["footer"])
    body = [hw.para(first + "<hp:t/>")]
    if d["stamp"] and d["stamp_where"] == "top":
        body.append(hw.para(hw.textbox(d["stamp"], "top") + "<hp:t/>"))
    pb = False
    for b in d["blocks"]:
        if b[0] == "pb":
            pb = True; continue
        if b[0] == "p":
            body.append(hw.para(hw.runs(b[1]) if b[1] else "<hp:t/>", pb=pb))
        else:
            body.append(hw.table(b[1]))
        pb = False
    if d["stamp"] and d["stamp_where"] == "bottom":
        body.append(hw.para(hw.textbox(d["stamp"], "bottom") + "<hp:t/>"))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<hs:sec %s>%s</hs:sec>' % (NS, "".join(body))
    title = xesc(d["title"] or d["tpl"])
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title>'
           '<opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_ab</opf:meta></opf:metadata><opf:manifest>'
           '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
           '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>' % (NS, title))
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 2129 WIN32LEWindows_10"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf">'
                 '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = render_text(d)[:1000]
    entries = [("mimetype", "application/hwp+zip", zipfile.ZIP_STORED), ("version.xml", version, zipfile.ZIP_STORED),
               ("Contents/header.xml", hwpx_header(), zipfile.ZIP_DEFLATED), ("Contents/section0.xml", section, zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf, zipfile.ZIP_DEFLATED), ("settings.xml", settings, zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv, zipfile.ZIP_DEFLATED), ("META-INF/container.xml", container, zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = ct; zi.external_attr = 0o644 << 16; zi.create_system = 3
            z.writestr(zi, data.encode("utf-8"))


# ============================================================================= PDF writer (reportlab, CID fonts)
def write_pdf(d, path, rng):
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer
    for f in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        pdfmetrics.registerFont(UnicodeCIDFont(f))
    font = rng.choice(["HYSMyeongJo-Medium", "HYGothic-Medium"])
    st = ParagraphStyle("k", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    sc = ParagraphStyle("c", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    grid = rng.choice(["grid", "box_inner", "lines"])

    def story():
        S = []
        if d["stamp"] and d["stamp_where"] == "top":
            S.append(stamp_tbl())
        for b in d["blocks"]:
            if b[0] == "pb":
                S.append(PageBreak())
            elif b[0] == "p":
                S.append(Paragraph(xesc(b[1]) if b[1] else "&nbsp;", st))
            else:
                rows = b[1]; nc = max(len(r) for r in rows)
                data = [[Paragraph(xesc(c), sc) for c in r] + [""] * (nc - len(r)) for r in rows]
                t = Table(data, colWidths=[(A4[0] - 120) / nc] * nc)
                sty = [("FONT", (0, 0), (-1, -1), font, 9.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                if grid == "grid" or b[2] in ("approval", "form"):
                    sty.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
                elif grid == "box_inner":
                    sty += [("BOX", (0, 0), (-1, -1), 1.0, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey)]
                else:
                    sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]
                t.setStyle(TableStyle(sty)); S.append(Spacer(1, 4)); S.append(t); S.append(Spacer(1, 4))
        if d["stamp"] and d["stamp_where"] == "bottom":
            S.append(Spacer(1, 8)); S.append(stamp_tbl())
        return S

    def stamp_tbl():
        t = Table([[Paragraph(xesc(d["stamp"]), ParagraphStyle("s", fontName=font, fontSize=12, leading=15, textColor=colors.HexColor("#B00000"), alignment=1))]], colWidths=[150], hAlign="RIGHT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#B00000"))]))
        return t

    total = [1]

    def on_page(c, doc_):
        c.saveState(); c.setFont(font, 9)
        pn = c.getPageNumber()
        if d["header"]:
            c.drawCentredString(A4[0] / 2, A4[1] - 36, d["header"].replace("{p}", str(pn)).replace("{n}", str(total[0])))
            c.line(60, A4[1] - 42, A4[0] - 60, A4[1] - 42)
        if d["footer"]:
            c.drawCentredString(A4[0] / 2, 30, d["footer"].replace("{p}", str(pn)).replace("{n}", str(total[0])))
        c.restoreState()
    kw = dict(pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=55, invariant=1, title=d["title"] or d["tpl"], author="sens_ab", subject="", creator="sens_ab", producer="ReportLab")
    buf = io.BytesIO()
    dt = SimpleDocTemplate(buf, **kw); dt.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    total[0] = dt.page
    dt = SimpleDocTemplate(path, **kw); dt.build(story(), onFirstPage=on_page, onLaterPages=on_page)
    return dt.page


# ============================================================================= plan
# (name, fn, n_text, n_hwpx, n_pdf, n_ocr_among_text, n_ocr_pdf)
PLAN = [
    ("gm_public", t_gm_public, 6, 3, 3, 1, 0), ("press", t_press, 5, 2, 2, 0, 0), ("gosi", t_gosi, 4, 1, 2, 1, 1),
    ("mention_secret_guide", t_guide_secret, 3, 1, 1, 0, 0), ("mention_info_guide", t_guide_info, 3, 1, 1, 0, 0),
    ("mention_password", t_password, 3, 1, 0, 0, 0), ("mention_grade", t_grade, 3, 1, 1, 0, 0), ("mention_sections", t_sections, 2, 1, 1, 0, 0),
    ("mention_placeholder", t_placeholder, 3, 1, 1, 0, 0), ("mention_declass", t_declass, 2, 1, 1, 0, 0), ("mention_cover_separate", t_cover_sep, 2, 1, 1, 0, 0),
    ("checkbox_public", lambda r, v: t_checkbox(r, v, "public"), 2, 1, 1, 0, 0), ("old_public", t_old_public, 3, 1, 1, 2, 1),
    ("stats", t_stats, 4, 1, 1, 0, 0), ("school_letter", t_school, 2, 1, 1, 0, 0), ("misc_public", t_misc_public, 2, 1, 1, 0, 0),
    ("long_public", t_long_public, 1, 2, 2, 0, 0),
    ("gm_partial", t_gm_partial, 6, 3, 3, 0, 0), ("gm_multi", t_gm_multi, 3, 2, 2, 0, 0), ("minwon_result", t_minwon, 4, 1, 1, 1, 0),
    ("contract", t_contract, 3, 1, 2, 0, 0), ("mislabeled_public_rrn", t_mislabeled, 2, 1, 1, 0, 0), ("attachment_withheld", t_attach_withheld, 4, 2, 1, 0, 0),
    ("award_masked", t_award_masked, 3, 1, 1, 0, 0), ("checkbox_partial", lambda r, v: t_checkbox(r, v, "partial"), 2, 2, 1, 0, 0),
    ("ocr_partial", t_ocr_partial, 5, 0, 1, 5, 1), ("passport_trip", t_passport_trip, 2, 1, 1, 0, 0), ("law_cite_partial", t_law_cite_partial, 4, 1, 2, 1, 0),
    ("minutes_partial", t_minutes_partial, 2, 1, 1, 0, 0), ("approval_partial", t_approval_partial, 1, 2, 1, 0, 0), ("long_partial", t_long_partial, 0, 1, 2, 0, 0),
    ("daeoebi", t_daeoebi, 5, 5, 5, 1, 0), ("secret_III", lambda r, v: t_secret(r, v, "III급"), 4, 4, 4, 1, 0),
    ("secret_II", lambda r, v: t_secret(r, v, "II급"), 2, 3, 2, 0, 0), ("secret_I", lambda r, v: t_secret(r, v, "I급"), 1, 2, 1, 0, 0),
    ("field_nonpublic", t_field_np, 4, 2, 2, 1, 0), ("internal_marking", t_internal, 4, 2, 2, 1, 0), ("roster", t_roster, 3, 1, 1, 0, 0),
    ("disciplinary", t_disc, 2, 1, 1, 0, 0), ("health_leave", t_health_leave, 2, 1, 1, 0, 0), ("investigation", t_investig, 2, 1, 1, 0, 0),
    ("victim", t_victim, 2, 1, 1, 0, 0), ("patient", t_patient, 2, 1, 1, 0, 0), ("pupil", t_pupil, 2, 1, 1, 0, 0), ("staff_inquiry", t_staff_inq, 2, 1, 1, 0, 0),
    ("exam_questions", t_exam, 2, 1, 1, 0, 0), ("trade_secret", t_trade, 2, 1, 1, 0, 0), ("union_dues", t_union, 1, 1, 0, 0, 0),
    ("disagree_nonpublic", t_disagree_np, 2, 1, 1, 0, 0), ("long_nonpublic", t_long_np, 0, 2, 2, 0, 0),
]


def build():
    recs, metas = [], []
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    k = 0
    for name, fn, nt, nh, npd, nocr, nocrp in PLAN:
        fmts = ["text"] * nt + ["hwpx"] * nh + ["pdf"] * npd
        for v, fmt in enumerate(fmts):
            rng = RNG(name, v)
            d = fn(rng, v)
            if fmt == "text" and v < nocr:
                apply_ocr(RNG(name, "ocr%d" % v), d)
            if fmt == "pdf" and v - nt - nh < nocrp:
                apply_ocr(RNG(name, "ocrpdf%d" % v), d, pdf=True)
            k += 1
            rid = "sens_ab-%04d" % k
            rec = {"id": rid}
            pages = 1
            if fmt == "text":
                d["tstyle"] = d["tstyle"] or RNG(name, "ts%d" % v).choice(["bar", "tab", "space", "box", "plus", "bar2"])
                rec["text"] = render_text(d)
            elif fmt == "hwpx":
                rel = "files/%s.hwpx" % rid
                write_hwpx(d, os.path.join(HERE, rel)); rec["file"] = rel
            else:
                rel = "files/%s.pdf" % rid
                pages = write_pdf(d, os.path.join(HERE, rel), RNG(name, "pdf%d" % v)); rec["file"] = rel
            rec.update({"disclosure": d["disclosure"], "marking": d["marking"], "reasons": d["reasons"], "genre": d["genre"]})
            flags = list(d["flags"])
            if any(b[0] == "tbl" for b in d["blocks"]):
                flags.append("has_table")
            if d["header"]: flags.append("page_header")
            if d["footer"]: flags.append("page_footer")
            if d["stamp"]: flags.append("stamp_textbox" if fmt != "text" else "stamp_line")
            m = {"id": rid, "template": name, "format": fmt, "cue": d["cue"], "cue_location": d["cue_location"], "cue_text": d["cue_text"],
                 "flags": flags, "stated_field": (None if d["stated"] is None else {"disclosure": d["stated"][0], "reasons": list(d["stated"][1])})}
            if fmt == "text":
                m["table_style"] = d["tstyle"]
            if fmt == "pdf":
                m["pages"] = pages
            hf = {k: d[k] for k in ("header", "footer") if d[k]}
            if hf:
                m["hf_text"] = hf
            recs.append(rec); metas.append(m)
    with open(os.path.join(HERE, SET + ".jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, SET + ".meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    return recs, metas


# ============================================================================= validation
def parse_field(s):
    s2 = unicodedata.normalize("NFKC", s.replace("①", "1항")).replace(" ", "")
    if "부분" in s2:
        disc = "partial"
    elif "비공개" in s2:
        disc = "non_public"
    else:
        return "public", []
    inner = s2[s2.find("(") + 1:s2.rfind(")")] if "(" in s2 else ""
    nums = re.findall(r"제?(\d)호", inner) or re.findall(r"①(\d)", inner) or [x for x in re.findall(r"\d", re.sub(r"9조|1항", "", inner))]
    return disc, R(*sorted(set(int(x) for x in nums)))


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED, path
        assert z.read("mimetype") == b"application/hwp+zip"
        for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml"):
            assert req in names, (path, req)
        for n in names:
            if n.endswith((".xml", ".hpf")):
                ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    hp = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
    info = {"header": len(root.findall(".//%sheader" % hp)), "footer": len(root.findall(".//%sfooter" % hp)),
            "tbl": len(root.findall(".//%stbl" % hp)), "rect": len(root.findall(".//%srect" % hp))}
    return "".join(t.text or "" for t in root.iter(hp + "t")), info


def validate(recs, metas):
    errs = []
    ids = set()
    for r, m in zip(recs, metas):
        rid = r["id"]
        if rid in ids: errs.append("dup id " + rid)
        ids.add(rid)
        keys = list(r.keys())
        if keys not in (["id", "text", "disclosure", "marking", "reasons", "genre"], ["id", "file", "disclosure", "marking", "reasons", "genre"]):
            errs.append("keys %s %s" % (rid, keys))
        D, M, RS = r["disclosure"], r["marking"], r["reasons"]
        if D not in ("public", "partial", "non_public"): errs.append("disc " + rid)
        if M not in MARKINGS: errs.append("mark " + rid)
        if any(x not in REASONS for x in RS) or RS != sorted(set(RS), key=REASONS.index): errs.append("reasons order " + rid)
        if (D == "public") != (RS == []): errs.append("public<->no reasons " + rid)
        if M in ("III급", "II급", "I급"):
            if not ("OIDA-9-1-1" in RS and D == "non_public" and ("OIDA-9-1-2" in RS or "OIDA-9-1-3" in RS)): errs.append("secret rule " + rid)
        elif "OIDA-9-1-1" in RS: errs.append("-1 without 비밀 " + rid)
        if M == "대외비" and (D != "non_public" or not RS): errs.append("대외비 rule " + rid)
        if "PIPA-24" in RS and "OIDA-9-1-6" not in RS: errs.append("PIPA-24 without -6 " + rid)
        if "mention_only" in m["flags"] and (M != "none" or D != "public"): errs.append("mention rule " + rid)
        sf = m["stated_field"]
        if sf:
            disagree = "disagree_field_content" in m["flags"]
            if not disagree and (sf["disclosure"] != D or sf["reasons"] != RS): errs.append("stated!=gold " + rid)
            if disagree and sf["disclosure"] == D: errs.append("disagree but equal " + rid)
            if m["cue"] == "field_gyeolmun" and parse_field(m["cue_text"]) != (sf["disclosure"], sf["reasons"]):
                errs.append("field parse %s %s %s" % (rid, m["cue_text"], parse_field(m["cue_text"])))
        # text content
        if "text" in r:
            txt = r["text"]
            if m["cue_text"] not in txt: errs.append("cue missing " + rid)
        elif r["file"].endswith(".hwpx"):
            try:
                txt, info = hwpx_text(os.path.join(HERE, r["file"]))
            except Exception as e:
                errs.append("hwpx %s %r" % (rid, e)); continue
            if norm(m["cue_text"]) not in norm(txt): errs.append("hwpx cue missing " + rid)
            if "page_header" in m["flags"] and info["header"] != 1: errs.append("hwpx header " + rid)
            if "page_footer" in m["flags"] and info["footer"] != 1: errs.append("hwpx footer " + rid)
            if "has_table" in m["flags"] and info["tbl"] < 1: errs.append("hwpx tbl " + rid)
            if "stamp_textbox" in m["flags"] and info["rect"] != 1: errs.append("hwpx rect " + rid)
        else:
            p = os.path.join(HERE, r["file"])
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True).stdout.decode("utf-8")
            txt = out
            if norm(m["cue_text"]) not in norm(out): errs.append("pdf cue missing %s %s" % (rid, m["cue_text"]))
            pages = out.split("\f")[:m["pages"]]
            if len(pages) != m["pages"]: errs.append("pdf pages " + rid)
            if "long" in m["flags"] and m["pages"] < 2: errs.append("long pdf single page " + rid)
            for k in ("page_header", "page_footer"):
                if k in m["flags"]:
                    # header/footer text without page-number placeholders must be on every page
                    pass
        if "unmasked_rrn" in m["flags"] or ("PIPA-24" in RS and "unmasked_passport" not in m["flags"]):
            if not re.search(r"\d{6}-[1-4]\d{6}", unicodedata.normalize("NFKC", txt)): errs.append("PIPA-24 but no RRN " + rid)
        if "masked_rrn_only" in m["flags"]:
            if re.search(r"\d{6}-[1-4]\d{6}", unicodedata.normalize("NFKC", txt)) or "PIPA-24" in RS: errs.append("masked rule " + rid)
        if "long" in m["flags"] and r.get("file", "").endswith(".pdf") is False and "text" in r and len(r["text"]) < 1500: errs.append("long too short " + rid)
    return errs


def main():
    recs, metas = build()
    errs = validate(recs, metas)
    # header/footer on every PDF page (page-number placeholders removed)
    for r, m in zip(recs, metas):
        if r.get("file", "").endswith(".pdf"):
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(HERE, r["file"]), "-"], capture_output=True).stdout.decode("utf-8")
            pages = out.split("\f")[:m["pages"]]
            d_hf = m.get("hf_text", {})
            for k, t in d_hf.items():
                if not all(norm(t.replace("{p}", str(i + 1)).replace("{n}", str(m["pages"]))) in norm(pg) for i, pg in enumerate(pages)):
                    errs.append("pdf %s not on every page %s" % (k, r["id"]))
    from collections import Counter
    c = Counter((r["disclosure"]) for r in recs); mk = Counter(r["marking"] for r in recs); fm = Counter(m["format"] for m in metas)
    rc = Counter(x for r in recs for x in r["reasons"])
    print("records", len(recs), dict(c), dict(mk), dict(fm))
    print("reasons", {k: rc[k] for k in REASONS})
    # reparse written files
    with open(os.path.join(HERE, SET + ".jsonl"), encoding="utf-8") as f:
        rr = [json.loads(l) for l in f]
    with open(os.path.join(HERE, SET + ".meta.jsonl"), encoding="utf-8") as f:
        mm = [json.loads(l) for l in f]
    assert rr == recs and [x["id"] for x in mm] == [x["id"] for x in rr]
    if errs:
        print("VALIDATION ERRORS (%d):" % len(errs)); print("\n".join(errs[:60])); sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
