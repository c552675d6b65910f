#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""sens_e -- independent evaluation set for Korean public-sector document sensitivity.

Writes sens_e.jsonl, sens_e.meta.jsonl and files/ (HWPX and text-layer PDF) next to
this script.  Deterministic: SEED is fixed, every random draw comes from a
random.Random seeded from (SEED, document id) through SHA-256, no set/dict hash order
is relied on, ZIP entries carry fixed timestamps and reportlab runs in invariant mode.

Run with the venv next to this folder:
    /work/evalsets/venv_sens_e/bin/python make_set.py
Needs: reportlab (PDF), python-hwpx==6.9.0 (only its Skeleton.hwpx header.xml is read,
as the style sheet of the HWPX files), NanumGothic/NanumMyeongjo TTF (fonts-nanum).
All document text is written by this script; nothing is copied from real documents.
"""
import datetime
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape as xesc

SEED = 20261107
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")

# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------


def rng_for(key):
    h = hashlib.sha256(("%d|%s" % (SEED, key)).encode("utf-8")).hexdigest()
    return random.Random(int(h[:16], 16))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


SURN = ("김김김김김이이이이이박박박최최정정강강조조윤윤장장임한오서신권황안송류전홍고문양손배백허"
        "유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
SURN2 = ["황보", "남궁", "제갈", "선우", "독고", "사공"]
GIVEN = ("민준 서연 지훈 영수 정희 미경 상철 은지 도윤 하은 성호 경자 순자 영호 재현 수빈 지영 현우 동현 혜진 "
         "명숙 광수 태식 옥순 기철 정란 승민 유진 다은 준혁 보람 슬기 한결 태희 용준 창호 말순 복희 종국 인숙 "
         "진우 예린 소희 건우 시우 채원 지아 윤서 민재 상훈 영미 숙자 현정 동욱 수정 경민 정훈 은영 병철 "
         "재석 문식 길남 덕희 봉수 춘자 희정 주원 서준 나연 가람 누리 세영 규리 태양 성민 혜원 준서 아름 "
         "찬호 병만 금순 재웅 선영 용석 미란 경호 진희 상우 우진 다현 형준 은서 민호 지혜 한나 기범 영훈").split()


def nm(r):
    s = pick(r, SURN2) if chance(r, 0.025) else pick(r, SURN)
    return s + pick(r, GIVEN)


def surname_of(n):
    return n[:2] if n[:2] in SURN2 else n[0]


def mask_name(r, n, style=None):
    s = surname_of(n)
    rest = n[len(s):]
    style = style or pick(r, ["o", "O", "star", "mo", "mid"])
    if style == "o":
        return s + "○" * len(rest)
    if style == "O":
        return s + "OO"
    if style == "star":
        return s + "*" * len(rest)
    if style == "mo":
        return s + " 모"
    return s + "○" + rest[-1:]


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def birth(r, y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def rrn(r, y0=1950, y1=1999, female=None):
    y, m, d = birth(r, y0, y1)
    if female is None:
        female = chance(r, 0.5)
    g = (3 if y >= 2000 else 1) + (1 if female else 0)
    body = "%02d%02d%02d%d" % (y % 100, m, d, g) + digits(r, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (11 - s % 11) % 10
    full = body + str(c)
    return full[:6] + "-" + full[6:]


def frn(r):
    y, m, d = birth(r, 1965, 1999)
    g = 5 + (1 if chance(r, 0.5) else 0)
    body = "%02d%02d%02d%d" % (y % 100, m, d, g) + digits(r, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (13 - s % 11) % 10
    full = body + str(c)
    return full[:6] + "-" + full[6:]


def rrn_mask(r, full, style=None):
    style = style or pick(r, ["star", "dot", "x", "half"])
    if style == "star":
        return full[:8] + "******"
    if style == "dot":
        return full[:8] + "●●●●●●"
    if style == "x":
        return full[:8] + "XXXXXX"
    return full[:6] + "-*******"


def passport(r, year):
    if year >= 2021 and chance(r, 0.7):
        return "M" + digits(r, 3) + pick(r, "ABCDEFGHJK") + digits(r, 4)
    return pick(r, ["M", "M", "M", "S"]) + digits(r, 8)


def dl(r):
    return "%d-%02d-%s-%s" % (r.randint(11, 28), r.randint(90, 99) if chance(r, 0.4) else r.randint(0, 23), digits(r, 6), digits(r, 2))


def mobile(r, year):
    if year < 2004 or (year < 2012 and chance(r, 0.4)):
        pre = pick(r, ["011", "016", "017", "018", "019"])
        return "%s-%s-%s" % (pre, digits(r, pick(r, [3, 4])), digits(r, 4))
    return "010-%s-%s" % (digits(r, 4), digits(r, 4))


BANKS = [("국민은행", (6, 2, 6)), ("농협", (3, 4, 4, 2)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)),
         ("하나은행", (3, 6, 5)), ("기업은행", (3, 6, 2, 3)), ("우체국", (6, 2, 6)), ("새마을금고", (4, 2, 6, 1)),
         ("대구은행", (3, 2, 6, 1)), ("부산은행", (3, 4, 4, 2))]


def account(r):
    b, shape = pick(r, BANKS)
    return b, "-".join(digits(r, k) for k in shape)


def money(n):
    return "{:,}".format(n)


def has_batchim(w):
    w = w.rstrip(" )」』\"'")
    if not w:
        return False
    ch = w[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return False


JOSA = {"을": ("을", "를"), "를": ("을", "를"), "은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"),
        "과": ("과", "와"), "와": ("과", "와")}


def J(w, p):
    a, b = JOSA[p]
    return w + (a if has_batchim(w) else b)


KNUM = "영일이삼사오육칠팔구"


def won_hangul(n):
    # 금113,560원(금일십일만삼천오백육십원)
    units = ["", "십", "백", "천"]
    big = ["", "만", "억", "조"]
    out = []
    g = 0
    while n > 0:
        part = n % 10000
        if part:
            s = ""
            for i in range(3, -1, -1):
                dgt = (part // (10 ** i)) % 10
                if dgt:
                    s += KNUM[dgt] + units[i]
            out.append(s + big[g])
        n //= 10000
        g += 1
    return "".join(reversed(out)) or "영"


DOW = "월화수목금토일"


def dt(y, m, d, style="dot"):
    wd = DOW[datetime.date(y, m, d).weekday()]
    if style == "dot":
        return "%d. %d. %d." % (y, m, d)
    if style == "dot0":
        return "%d.%02d.%02d." % (y, m, d)
    if style == "dotw":
        return "%d. %d. %d.(%s)" % (y, m, d, wd)
    if style == "kor":
        return "%d년 %d월 %d일" % (y, m, d)
    if style == "korw":
        return "%d년 %d월 %d일(%s)" % (y, m, d, wd)
    if style == "dash":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "short":
        return "'%02d. %d. %d." % (y % 100, m, d)
    if style == "md":
        return "%d. %d.(%s)" % (m, d, wd)
    return "%d. %d. %d." % (y, m, d)


def rdate(r, year, m0=1, m1=12):
    m = r.randint(m0, m1)
    d = r.randint(1, 28)
    while datetime.date(year, m, d).weekday() >= 5:
        d = d - 1 if d > 1 else d + 2
    return year, m, d


def add_days(ymd, n):
    x = datetime.date(*ymd) + datetime.timedelta(days=n)
    return x.year, x.month, x.day


# ---------------------------------------------------------------------------
# agencies
# ---------------------------------------------------------------------------


class Ag:
    def __init__(self, key, kind, names, loc, web, head, depts, mail=None, region=None):
        self.key, self.kind, self.names, self.loc, self.web, self.head = key, kind, names, loc, web, head
        self.depts, self.mail, self.region = depts, mail, region

    def name(self, y):
        for a, b, n in self.names:
            if a <= y < b:
                return n
        return self.names[-1][2]

    def years(self):
        return self.names[0][0], self.names[-1][1] - 1

    def where(self, y):
        for a, b, p6, p5, addr, tel in self.loc:
            if a <= y < b:
                return (p5 if y >= 2016 else p6), addr, tel
        a, b, p6, p5, addr, tel = self.loc[-1]
        return p5, addr, tel

    def email_dom(self, y):
        if self.mail:
            return self.mail
        if self.kind in ("central", "local", "police", "fire", "edu") and y >= 2007:
            return "korea.kr"
        return self.web.replace("www.", "")

    def headname(self, y):
        n = self.name(y)
        if self.head.startswith("="):
            h = self.head[1:]
            return n + h if self.kind == "corp" else h
        if self.kind in ("central", "fire", "police"):
            return n + ("장관" if n.endswith("부") else "장")
        return n + self.head


AGS = [
    Ag("mois", "central", [(1994, 1998, "내무부"), (1998, 2008, "행정자치부"), (2008, 2013, "행정안전부"), (2013, 2015, "안전행정부"),
                           (2015, 2017, "행정자치부"), (2017, 2027, "행정안전부")],
       [(1994, 2019, "110-760", "03171", "서울특별시 종로구 세종대로 209 정부서울청사", "02-2100-"),
        (2019, 2027, "339-012", "30128", "세종특별자치시 정부2청사로 13 정부세종2청사", "044-205-")],
       "www.mois.go.kr", "장관", ["정보공개정책과", "기록정책과", "지방재정정책과", "윤리복무관", "재난안전정책과", "비상대비정책과", "운영지원과", "감사관실"]),
    Ag("molit", "central", [(1994, 2008, "건설교통부"), (2008, 2013, "국토해양부"), (2013, 2027, "국토교통부")],
       [(1994, 2013, "427-712", "13809", "경기도 과천시 관문로 47 정부과천청사", "02-504-"),
        (2013, 2027, "339-012", "30103", "세종특별자치시 도움6로 11 정부세종청사 6동", "044-201-")],
       "www.molit.go.kr", "장관", ["토지정책과", "주택정책과", "도로정책과", "공공주택총괄과", "건축정책과", "운영지원과", "감사담당관"]),
    Ag("mohw", "central", [(1994, 2008, "보건복지부"), (2008, 2010, "보건복지가족부"), (2010, 2027, "보건복지부")],
       [(1994, 2013, "110-793", "03163", "서울특별시 종로구 율곡로 75", "02-2023-"),
        (2013, 2027, "339-012", "30113", "세종특별자치시 도움4로 13 정부세종청사 10동", "044-202-")],
       "www.mohw.go.kr", "장관", ["기초생활보장과", "노인정책과", "장애인정책과", "건강정책과", "공공의료과", "운영지원과", "감사담당관"]),
    Ag("moel", "central", [(1994, 2010, "노동부"), (2010, 2027, "고용노동부")],
       [(1994, 2013, "427-718", "13809", "경기도 과천시 관문로 47 정부과천청사 1동", "02-500-"),
        (2013, 2027, "339-012", "30117", "세종특별자치시 한누리대로 422 정부세종청사 11동", "044-202-")],
       "www.moel.go.kr", "장관", ["노사관계법제과", "근로기준정책과", "산업안전보건정책과", "고용정책총괄과", "운영지원과"]),
    Ag("mafra", "central", [(1994, 2008, "농림부"), (2008, 2013, "농림수산식품부"), (2013, 2027, "농림축산식품부")],
       [(1994, 2013, "427-719", "13809", "경기도 과천시 관문로 47 정부과천청사", "02-500-"),
        (2013, 2027, "339-012", "30110", "세종특별자치시 다솜2로 94 정부세종청사 5동", "044-201-")],
       "www.mafra.go.kr", "장관", ["농촌정책과", "식량정책과", "방역정책과", "농업정책과", "운영지원과"]),
    Ag("mcst", "central", [(1994, 1998, "문화체육부"), (1998, 2008, "문화관광부"), (2008, 2027, "문화체육관광부")],
       [(1994, 2012, "110-703", "03171", "서울특별시 종로구 세종대로 209", "02-3704-"),
        (2012, 2027, "339-012", "30119", "세종특별자치시 갈매로 388 정부세종청사 15동", "044-203-")],
       "www.mcst.go.kr", "장관", ["저작권정책과", "문화정책과", "지역문화정책과", "관광정책과", "운영지원과"]),
    Ag("moe", "central", [(1994, 2001, "교육부"), (2001, 2008, "교육인적자원부"), (2008, 2013, "교육과학기술부"), (2013, 2027, "교육부")],
       [(1994, 2013, "110-760", "03171", "서울특별시 종로구 세종대로 209 정부서울청사", "02-2100-"),
        (2013, 2027, "339-012", "30119", "세종특별자치시 갈매로 408 정부세종청사 14동", "044-203-")],
       "www.moe.go.kr", "장관", ["학교정책과", "교원정책과", "교육안전정보국", "학생건강정책과", "운영지원과", "감사총괄담당관"]),
    Ag("pps", "central", [(1994, 2027, "조달청")],
       [(1994, 2027, "302-701", "35208", "대전광역시 서구 청사로 189 정부대전청사 1동", "070-4056-")],
       "www.pps.go.kr", "청장", ["시설사업국", "구매사업국", "계약심사과", "국제물자국", "운영지원과"]),
    Ag("kostat", "central", [(1994, 2025, "통계청")],
       [(1994, 2025, "302-701", "35208", "대전광역시 서구 청사로 189 정부대전청사 3동", "042-481-")],
       "kostat.go.kr", "청장", ["통계정책과", "인구동향과", "고용통계과", "사회통계기획과", "통계데이터허브과"]),
    Ag("nfa", "fire", [(2017, 2027, "소방청")],
       [(2017, 2027, "339-012", "30128", "세종특별자치시 정부2청사로 13 정부세종2청사", "044-205-")],
       "www.nfa.go.kr", "청장", ["119구조과", "화재예방과", "소방정책과", "119생활안전과", "대응총괄과"]),
    Ag("police", "police", [(1994, 2027, "경찰청")],
       [(1994, 2027, "120-708", "03739", "서울특별시 서대문구 통일로 97", "02-3150-")],
       "www.police.go.kr", "청장", ["수사기획담당관", "생활안전과", "경비과", "정보화장비정책관", "감사담당관"]),
    Ag("mpva", "central", [(1994, 2023, "국가보훈처"), (2023, 2027, "국가보훈부")],
       [(1994, 2018, "339-012", "30112", "세종특별자치시 도움4로 9", "044-202-"),
        (2018, 2027, "339-012", "30112", "세종특별자치시 도움4로 9 정부세종청사 7동", "044-202-")],
       "www.mpva.go.kr", "장관", ["보상정책과", "제대군인정책과", "보훈의료정책과", "운영지원과"]),
    Ag("mpm", "central", [(2014, 2027, "인사혁신처")],
       [(2014, 2027, "339-012", "30102", "세종특별자치시 도움5로 19 정부세종청사 17동", "044-201-")],
       "www.mpm.go.kr", "처장", ["인사혁신기획과", "윤리정책과", "재해보상정책과", "채용정책과", "운영지원과"]),
    # local (upper)
    Ag("seoul", "local", [(1994, 2027, "서울특별시")],
       [(1994, 2012, "100-744", "04524", "서울특별시 중구 태평로1가 31", "02-3707-"),
        (2012, 2027, "100-744", "04524", "서울특별시 중구 세종대로 110", "02-2133-")],
       "www.seoul.go.kr", "장", ["총무과", "재난안전정책과", "도시계획과", "복지정책과", "감사담당관", "정보공개정책과", "노동정책담당관"],
       region="서울"),
    Ag("gg", "local", [(1994, 2027, "경기도")],
       [(1994, 2021, "442-781", "16466", "경기도 수원시 팔달구 효원로 1", "031-8008-"),
        (2021, 2027, "443-000", "16508", "경기도 수원시 영통구 도청로 30", "031-8008-")],
       "www.gg.go.kr", "지사", ["총무과", "자치행정과", "토지정책과", "복지정책과", "감사총괄과", "안전관리실"], region="경기"),
    Ag("busan", "local", [(1994, 2027, "부산광역시")],
       [(1994, 1998, "600-700", "47545", "부산광역시 중구 중앙동 7가 20", "051-888-"),
        (1998, 2027, "611-735", "47545", "부산광역시 연제구 중앙대로 1001", "051-888-")],
       "www.busan.go.kr", "장", ["총무과", "도시계획과", "시민안전정책과", "복지정책과", "감사위원회"], region="부산"),
    Ag("chungnam", "local", [(1994, 2027, "충청남도")],
       [(1994, 2013, "301-702", "32255", "대전광역시 중구 중앙로 101", "042-251-"),
        (2013, 2027, "350-800", "32255", "충청남도 홍성군 홍북읍 충남대로 21", "041-635-")],
       "www.chungnam.go.kr", "지사", ["자치행정과", "농업정책과", "재난안전실", "복지정책과", "감사위원회"], region="충남"),
    Ag("jeonnam", "local", [(1994, 2027, "전라남도")],
       [(1994, 2005, "501-702", "58564", "광주광역시 동구 광산동 13", "062-220-"),
        (2005, 2027, "534-700", "58564", "전라남도 무안군 삼향읍 오룡길 1", "061-286-")],
       "www.jeonnam.go.kr", "지사", ["자치행정과", "농업정책과", "사회재난과", "노인복지과", "감사관"], region="전남"),
    Ag("gangwon", "local", [(1994, 2023, "강원도"), (2023, 2027, "강원특별자치도")],
       [(1994, 2027, "200-700", "24266", "강원특별자치도 춘천시 중앙로 1", "033-249-")],
       "www.gangwon.go.kr", "지사", ["총무행정관", "재난안전실", "복지정책과", "토지과"], region="강원"),
    Ag("jeju", "local", [(2006, 2027, "제주특별자치도")],
       [(2006, 2027, "690-700", "63122", "제주특별자치도 제주시 문연로 6", "064-710-")],
       "www.jeju.go.kr", "지사", ["총무과", "도시계획재생과", "안전정책과", "복지정책과", "감사위원회"], region="제주"),
    Ag("sejong", "local", [(2012, 2027, "세종특별자치시")],
       [(2012, 2027, "339-701", "30151", "세종특별자치시 한누리대로 2130", "044-300-")],
       "www.sejong.go.kr", "장", ["자치행정과", "토지정보과", "복지정책과", "안전총괄과", "감사위원회"], region="세종"),
    # local (lower)
    Ag("suwon", "local", [(1994, 2027, "수원시")],
       [(1994, 2027, "442-702", "16490", "경기도 수원시 팔달구 효원로 241", "031-228-")],
       "www.suwon.go.kr", "장", ["총무과", "자치행정과", "사회복지과", "도시정책과", "감사관", "보건소 건강증진과"], region="경기"),
    Ag("gongju", "local", [(1995, 2027, "공주시")],
       [(1995, 2027, "314-701", "32545", "충청남도 공주시 봉황로 1", "041-840-")],
       "www.gongju.go.kr", "장", ["자치행정과", "주민복지과", "건설과", "토지정보과", "안전총괄과"], region="충남"),
    Ag("suncheon", "local", [(1995, 2027, "순천시")],
       [(1995, 2027, "540-701", "57922", "전라남도 순천시 장명로 30", "061-749-")],
       "www.suncheon.go.kr", "장", ["총무과", "사회복지과", "도시과", "농업정책과", "시민소통과"], region="전남"),
    Ag("andong", "local", [(1995, 2027, "안동시")],
       [(1995, 2027, "760-703", "36705", "경상북도 안동시 퇴계로 115", "054-840-")],
       "www.andong.go.kr", "장", ["자치행정과", "노인장애인복지과", "건축과", "재난안전과", "감사실"], region="경북"),
    Ag("mapo", "local", [(1994, 2027, "마포구")],
       [(1994, 2027, "121-700", "03937", "서울특별시 마포구 월드컵로 212", "02-3153-")],
       "www.mapo.go.kr", "청장", ["총무과", "복지정책과", "도시계획과", "주택과", "안전재난과", "감사담당관"], region="서울"),
    Ag("haeundae", "local", [(1994, 2027, "해운대구")],
       [(1994, 2027, "612-020", "48094", "부산광역시 해운대구 중동2로 11", "051-749-")],
       "www.haeundae.go.kr", "청장", ["총무과", "관광문화과", "복지정책과", "안전도시과", "감사실"], region="부산"),
    Ag("suseong", "local", [(1994, 2027, "수성구")],
       [(1994, 2027, "706-704", "42069", "대구광역시 수성구 달구벌대로 2423", "053-666-")],
       "www.suseong.kr", "청장", ["총무과", "희망복지과", "도시디자인과", "안전총괄과", "감사실"], region="대구"),
    Ag("yuseong", "local", [(1994, 2027, "유성구")],
       [(1994, 2027, "305-702", "34140", "대전광역시 유성구 대학로 211", "042-611-")],
       "www.yuseong.go.kr", "청장", ["행정지원과", "복지정책과", "건축과", "재난안전과", "감사실"], region="대전"),
    Ag("cheongju", "local", [(1994, 2027, "청주시")],
       [(1994, 2027, "360-703", "28501", "충청북도 청주시 상당구 상당로 155", "043-201-")],
       "www.cheongju.go.kr", "장", ["총무과", "복지정책과", "도시계획과", "재난안전과", "감사관"], region="충북"),
    Ag("changwon", "local", [(2010, 2027, "창원시")],
       [(2010, 2027, "641-703", "51495", "경상남도 창원시 의창구 중앙대로 151", "055-225-")],
       "www.changwon.go.kr", "장", ["총무과", "복지여성과", "도시계획과", "안전정책과", "감사관"], region="경남"),
    Ag("hwaseong", "local", [(2001, 2027, "화성시")],
       [(2001, 2027, "445-702", "18338", "경기도 화성시 남양읍 시청로 159", "031-369-")],
       "www.hscity.go.kr", "장", ["총무과", "복지정책과", "도시정책과", "토지정보과", "감사관"], region="경기"),
    Ag("hoengseong", "local", [(1994, 2027, "횡성군")],
       [(1994, 2027, "225-701", "25233", "강원특별자치도 횡성군 횡성읍 횡성로 379", "033-340-")],
       "www.hsg.go.kr", "수", ["행정과", "주민복지과", "안전건설과", "농업정책과"], region="강원"),
    # education
    Ag("sen", "edu", [(1994, 2027, "서울특별시교육청")],
       [(1994, 2027, "110-781", "03175", "서울특별시 종로구 송월길 48", "02-3999-")],
       "www.sen.go.kr", "=서울특별시교육감", ["교육정책국 초등교육과", "학생생활교육과", "체육건강문화예술과", "교원인사과", "감사관 감사총괄팀"]),
    Ag("goe", "edu", [(1994, 2027, "경기도교육청")],
       [(1994, 2027, "440-702", "16223", "경기도 수원시 팔달구 효원로 1", "031-249-")],
       "www.goe.go.kr", "=경기도교육감", ["학교정책과", "교원인사과", "학생건강과", "재정과", "감사관"]),
    Ag("jne", "edu", [(1994, 2027, "전라남도교육청")],
       [(1994, 2005, "501-702", "58564", "광주광역시 서구 화정동 32", "062-380-"),
        (2005, 2027, "534-880", "58564", "전라남도 무안군 삼향읍 어진누리길 10", "061-260-")],
       "www.jne.go.kr", "=전라남도교육감", ["초등교육과", "중등교육과", "학생생활과", "행정과", "감사관"]),
    Ag("cbe", "edu", [(1994, 2027, "충청북도교육청")],
       [(1994, 2027, "361-715", "28637", "충청북도 청주시 서원구 무심서로 87", "043-290-")],
       "www.cbe.go.kr", "=충청북도교육감", ["교육과정과", "행정과", "체육건강안전과", "감사관"]),
    # public institutions
    Ag("lh", "corp", [(2009, 2027, "한국토지주택공사")],
       [(2009, 2015, "463-755", "52852", "경기도 성남시 분당구 성남대로 54번길 3", "031-738-"),
        (2015, 2027, "660-300", "52852", "경상남도 진주시 충의로 19", "055-922-")],
       "www.lh.or.kr", "=사장", ["보상계획처", "공공주택사업처", "계약관리처", "감사실", "인사처"], mail="lh.or.kr"),
    Ag("nhis", "corp", [(2000, 2027, "국민건강보험공단")],
       [(2000, 2016, "121-749", "26464", "서울특별시 마포구 독막로 311", "02-3270-"),
        (2016, 2027, "220-050", "26464", "강원특별자치도 원주시 건강로 32", "033-736-")],
       "www.nhis.or.kr", "=이사장", ["건강관리실", "급여관리실", "인재경영실", "감사실"], mail="nhis.or.kr"),
    Ag("ex", "corp", [(1994, 2027, "한국도로공사")],
       [(1994, 2014, "463-870", "39660", "경기도 성남시 수정구 금토동 293-1", "031-710-"),
        (2014, 2027, "740-250", "39660", "경상북도 김천시 혁신8로 77", "054-811-")],
       "www.ex.co.kr", "=사장", ["재난안전처", "도로교통연구원", "계약처", "인재개발원", "노사협력팀"], mail="ex.co.kr"),
    Ag("kwater", "corp", [(1994, 2027, "한국수자원공사")],
       [(1994, 2027, "306-711", "34350", "대전광역시 대덕구 신탄진로 200", "042-629-")],
       "www.kwater.or.kr", "=사장", ["안전관리처", "수도관리처", "계약관리팀", "감사실"], mail="kwater.or.kr"),
    Ag("comwel", "corp", [(1995, 2027, "근로복지공단")],
       [(1995, 2014, "150-740", "44429", "서울특별시 영등포구 국제금융로 24", "02-6250-"),
        (2014, 2027, "681-300", "44429", "울산광역시 중구 종가로 340", "052-704-")],
       "www.comwel.or.kr", "=이사장", ["재활보상부", "산재보험운영부", "인사부", "감사실"], mail="comwel.or.kr"),
    Ag("ekr", "corp", [(2016, 2027, "서울주택도시공사")],
       [(2016, 2027, "135-876", "06336", "서울특별시 강남구 개포로 621", "02-3410-")],
       "www.i-sh.co.kr", "=사장", ["보상부", "주거복지처", "계약부", "감사실"], mail="i-sh.co.kr"),
    # police / fire local
    Ag("suwonpol", "police", [(1994, 2027, "수원중부경찰서")],
       [(1994, 2027, "440-300", "16305", "경기도 수원시 장안구 수성로 211", "031-8012-")],
       "www.ggpolice.go.kr", "=수원중부경찰서장", ["수사과", "형사과", "여성청소년과", "생활안전과", "경비작전계"]),
    Ag("mapopol", "police", [(1994, 2027, "마포경찰서")],
       [(1994, 2027, "121-814", "04099", "서울특별시 마포구 마포대로 183", "02-3149-")],
       "www.smpa.go.kr", "=마포경찰서장", ["수사과", "형사과", "정보과", "경비교통과", "청문감사인권관"]),
    Ag("haeundaepol", "police", [(1994, 2027, "해운대경찰서")],
       [(1994, 2027, "612-020", "48095", "부산광역시 해운대구 해운대로 405", "051-660-")],
       "www.bspolice.go.kr", "=해운대경찰서장", ["수사과", "형사과", "여성청소년과", "생활안전과"]),
    Ag("yuseongpol", "police", [(1994, 2027, "대전유성경찰서")],
       [(1994, 2027, "305-330", "34146", "대전광역시 유성구 유성대로 670", "042-609-")],
       "www.djpolice.go.kr", "=대전유성경찰서장", ["수사과", "형사과", "경비교통과", "생활안전과"]),
    Ag("suncheonpol", "police", [(1994, 2027, "순천경찰서")],
       [(1994, 2027, "540-020", "57953", "전라남도 순천시 기적의도서관1길 8", "061-750-")],
       "www.jnpolice.go.kr", "=순천경찰서장", ["수사과", "형사과", "여성청소년과", "정보과"]),
    Ag("ggfire", "fire", [(1994, 2027, "경기도소방재난본부")],
       [(1994, 2021, "442-781", "16466", "경기도 수원시 팔달구 효원로 1", "031-230-"),
        (2021, 2027, "443-000", "16508", "경기도 수원시 영통구 도청로 30", "031-8008-")],
       "www.gg.go.kr/119", "=경기도소방재난본부장", ["방호조사과", "119재난대응과", "소방행정과", "구조구급과"]),
    Ag("haeundaefire", "fire", [(1994, 2027, "해운대소방서")],
       [(1994, 2027, "612-811", "48060", "부산광역시 해운대구 해운대로 401", "051-760-")],
       "119.busan.go.kr/haeundae", "=해운대소방서장", ["예방안전과", "현장대응단", "행정과"]),
]
AG = {a.key: a for a in AGS}


def ags(kinds, year):
    out = []
    for a in AGS:
        lo, hi = a.years()
        if a.kind in kinds and lo <= year <= hi:
            out.append(a)
    return out


def pick_ag(r, kinds, year):
    c = ags(kinds, year)
    return pick(r, c)


def local_place(a):
    # a readable region prefix for citizen addresses near the agency
    _, addr, _ = a.where(2020)
    parts = addr.split()
    return parts[0], parts[1] if len(parts) > 1 else ""


ROADS = ["중앙로", "시장길", "문화로", "번영로", "은행나무길", "산업로", "동문로", "새터길", "호수로", "용머리길", "매화로", "학당길",
         "청석로", "샘골길", "대동로", "남부순환로", "강변북로", "솔숲길", "장터길", "역전로"]
DONGS = ["중앙동", "신흥동", "교동", "원동", "송정동", "대명동", "화정동", "연산동", "우정동", "장안동", "봉명동", "금곡동", "용당동", "산정동"]
APTS = ["한빛아파트", "푸른마을", "현대아파트", "주공2단지", "행복마을", "삼익빌라", "대림아파트", "동원로얄듀크", "청솔마을", "우성아파트"]
GU = {"서울": ["마포구", "노원구", "은평구", "강서구", "관악구", "성북구"], "부산": ["해운대구", "사하구", "동래구", "북구"],
      "대구": ["수성구", "달서구", "북구"], "대전": ["유성구", "서구", "대덕구"], "경기": ["수원시 장안구", "화성시", "고양시 덕양구", "안산시 단원구", "평택시"],
      "충남": ["공주시", "천안시 동남구", "논산시", "홍성군 홍성읍"], "충북": ["청주시 상당구", "충주시", "제천시"],
      "전남": ["순천시", "여수시", "무안군 삼향읍", "나주시"], "경북": ["안동시", "구미시", "의성군 의성읍"],
      "경남": ["창원시 의창구", "김해시", "진주시"], "강원": ["춘천시", "횡성군 횡성읍", "원주시"], "제주": ["제주시", "서귀포시"],
      "세종": ["조치원읍", "한솔동", "도담동"]}
SIDO = {"서울": "서울특별시", "부산": "부산광역시", "대구": "대구광역시", "대전": "대전광역시", "경기": "경기도", "충남": "충청남도",
        "충북": "충청북도", "전남": "전라남도", "경북": "경상북도", "경남": "경상남도", "강원": "강원도", "제주": "제주특별자치도", "세종": "세종특별자치시"}


def person_addr(r, year, region=None, short=False):
    region = region or pick(r, sorted(GU))
    sido = SIDO[region]
    if region == "강원" and year >= 2023:
        sido = "강원특별자치도"
    if short:
        sido = region
    gu = pick(r, GU[region])
    if year >= 2014 and chance(r, 0.85):
        s = "%s %s %s %d" % (sido, gu, pick(r, ROADS), r.randint(1, 480))
        if chance(r, 0.6):
            s += ", %d동 %d호" % (r.randint(101, 115), r.randint(1, 22) * 100 + r.randint(1, 6))
        return s
    s = "%s %s %s %d-%d" % (sido, gu, pick(r, DONGS), r.randint(1, 900), r.randint(1, 40))
    if chance(r, 0.5):
        s += " %s %d동 %d호" % (pick(r, APTS), r.randint(101, 115), r.randint(1, 22) * 100 + r.randint(1, 6))
    return s


def office_tel(r, a, y):
    _, _, tel = a.where(y)
    return tel + digits(r, 4)


def official_email(r, a, y, n=None):
    ids = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon"]
    return "%s%s@%s" % (pick(r, ids), digits(r, pick(r, [2, 3, 4])), a.email_dom(y))


COMPANIES = ["(주)한길엔지니어링", "(주)대성건설", "누리정보기술(주)", "(주)새빛이엔씨", "주식회사 동해기술", "(주)온누리시스템", "(유)청호산업",
             "(주)미래안전", "(주)가온종합건설", "바른측량(주)", "(주)세움건축사사무소", "(주)다온테크", "한결환경(주)", "(주)우리조경",
             "(주)태영전기", "(주)나래소프트", "(주)해오름식품", "대한설비(주)", "(주)동명엔텍", "(합)서진토건"]


def brn(r):
    while True:
        d = [r.randrange(10) for _ in range(9)]
        if d[0] == 0:
            continue
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        c = (10 - s % 10) % 10
        x = "".join(map(str, d)) + str(c)
        return x[:3] + "-" + x[3:5] + "-" + x[5:]


# ---------------------------------------------------------------------------
# document model
# ---------------------------------------------------------------------------


class Doc:
    """A document as blocks.  Block kinds:
    ('title', s) ('p', s) ('c', s) centred ('r', s) right ('table', rows, widths) ('blank',) ('pb',)
    head / foot: lines repeated on every page (running header / footer)."""

    def __init__(self, r, year, ag, genre):
        self.r, self.year, self.ag, self.genre = r, year, ag, genre
        self.blocks, self.head, self.foot = [], [], []
        self.cues = []
        self.disclosure, self.marking, self.reasons = None, "none", []
        self.decide = ""
        self.why = ""
        self.stated = None          # stated disclosure field as written, or None
        self.stated_agrees = None
        self.title = ""
        self.tstyle = pick(r, ["pipe", "tab", "space", "bar", "pipe", "space"])
        self.noise = None
        self.pagenum = pick(r, ["- %d -", "%d", "- %d -", "%d / %d", None])
        self.font = pick(r, ["NG", "NM", "NB", "NM"])
        self.traits = []
        self.agname = ag.name(year) if ag else ""
        self.repeat_head_text = chance(r, 0.5)
        self.markcolor = chance(r, 0.6)
        self.head_center = chance(r, 0.5)
        self.foot_mark_last = True
        self.pdfcreator = pick(r, ["Hancom PDF 1.3.0.542", "Hancom PDF 1.3.0.505", "Microsoft Word", "PDF Printer", "ezPDF Builder",
                                    "Hwp 2018 10.0.0.5651", "Adobe PDF Library 15.0"])
        self.ymd = None

    # builders
    def T(self, s):
        self.blocks.append(("title", s))
        if not self.title:
            self.title = s

    def P(self, *lines):
        for s in lines:
            self.blocks.append(("p", s))

    def C(self, s):
        self.blocks.append(("c", s))

    def R(self, s):
        self.blocks.append(("r", s))

    def B(self):
        self.blocks.append(("blank",))

    def PB(self):
        self.blocks.append(("pb",))

    def TB(self, rows, widths=None):
        self.blocks.append(("table", [[str(c) for c in row] for row in rows], widths))

    def cue(self, s, where):
        self.cues.append([s, where])

    def label(self, disclosure, reasons=(), decide="", why="", marking="none"):
        assert disclosure in ("public", "partial", "non_public")
        assert marking in ("none", "대외비", "III급", "II급", "I급")
        self.disclosure = disclosure
        self.reasons = sorted(set(reasons))
        self.marking = marking
        self.decide = decide
        self.why = why


def dispw(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def pad(s, w):
    return s + " " * max(0, w - dispw(s))


def col_weights(rows, ncol):
    """Column weights: at least the longest unbreakable token, otherwise the (capped) longest cell."""
    out = []
    for i in range(ncol):
        cells = [x[i] for x in rows]
        tok = max([dispw(t) for c in cells for t in re.split(r"[\s\n]+", c) if t] or [2])
        full = max(dispw(c.replace("\n", " ")) for c in cells)
        out.append(max(tok + 1, min(34, full), 3))
    s = float(sum(out))
    return [v / s for v in out]


def table_text(rows, style):
    if not rows:
        return []
    ncol = max(len(x) for x in rows)
    rows = [x + [""] * (ncol - len(x)) for x in rows]
    if style == "tab":
        return ["\t".join(c.replace("\n", " ") for c in x) for x in rows]
    if style == "bar":
        return [" | ".join(c.replace("\n", " ") for c in x) for x in rows]
    if style == "pipe":
        out = []
        for i, x in enumerate(rows):
            out.append("| " + " | ".join(c.replace("\n", " ") for c in x) + " |")
            if i == 0 and len(rows) > 1:
                out.append("|" + "|".join("---" for _ in x) + "|")
        return out
    # space-aligned
    w = [max(dispw(x[i].replace("\n", " ")) for x in rows) for i in range(ncol)]
    return ["  ".join(pad(x[i].replace("\n", " "), w[i]) for i in range(ncol)).rstrip() for x in rows]


def render_text(d):
    pages = [[]]
    for b in d.blocks:
        if b[0] == "pb":
            pages.append([])
        else:
            pages[-1].append(b)
    npg = len(pages)
    out = []
    for pi, blocks in enumerate(pages):
        if d.head and (pi == 0 or d.repeat_head_text):
            out.extend(d.head)
            out.append("")
        for b in blocks:
            k = b[0]
            if k == "blank":
                out.append("")
            elif k == "table":
                out.extend(table_text(b[1], d.tstyle))
            elif k == "c":
                out.append(b[1])
            elif k == "r":
                out.append(b[1])
            else:
                out.extend(b[1].split("\n"))
        last = pi == npg - 1
        if npg > 1 and d.pagenum:
            out.append("")
            pn = d.pagenum % ((pi + 1, npg) if d.pagenum.count("%d") == 2 else (pi + 1,))
            out.append(pn)
        if d.foot and (last or d.repeat_head_text):
            out.append("")
            out.extend(d.foot)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    return text


# ---------------------------------------------------------------------------
# OCR-like noise for some plain-text records
# ---------------------------------------------------------------------------

OCR_SUB = [("ㆍ", "."), ("·", "."), ("「", "['"), ("」", "']"), ("○", "0"), ("□", "ㅁ"), ("1", "l"), ("0", "O"), ("이", "0|"),
           ("제", "제 "), ("으", "ㅇ"), ("를", "틀"), ("과", "괴"), ("※", "*"), ("-", "一")]


def ocr_noise(r, text, level):
    lines = text.split("\n")
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(ln)
            continue
        s = list(ln)
        for i in range(len(s)):
            if chance(r, 0.012 * level):
                for a, b in OCR_SUB:
                    if s[i] == a[0] and len(a) == 1:
                        s[i] = b
                        break
        ln = "".join(s)
        if chance(r, 0.05 * level) and len(ln) > 30:
            k = r.randint(10, len(ln) - 10)
            out.append(ln[:k])
            out.append(ln[k:])
            continue
        if chance(r, 0.04 * level):
            ln = ln.replace(" ", "", 1)
        if chance(r, 0.03 * level):
            ln = ln + pick(r, [" .", " ,", "'", " |"])
        out.append(ln)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HWPX writer
# ---------------------------------------------------------------------------

HWPX_SKEL_MD5 = "b51039b24164f1a1a839655c65eb81a5"
_SKEL = {}


def skel():
    if not _SKEL:
        import hwpx as _h
        p = os.path.join(os.path.dirname(_h.__file__), "data", "Skeleton.hwpx")
        raw = open(p, "rb").read()
        if hashlib.md5(raw).hexdigest() != HWPX_SKEL_MD5:
            sys.exit("python-hwpx Skeleton.hwpx differs from the pinned 6.9.0 copy; install python-hwpx==6.9.0")
        z = zipfile.ZipFile(io.BytesIO(raw))
        for n in z.namelist():
            _SKEL[n] = z.read(n)
    return _SKEL


NS_ATTR = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
           'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
           'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
           'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
           'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
           'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')


class HW:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def p(self, text, pagebreak=False, para=0):
        self.pid += 1
        t = "<hp:t>%s</hp:t>" % xesc(text) if text else "<hp:t/>"
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
                '<hp:run charPrIDRef="0">%s</hp:run></hp:p>') % (self.pid, para, 1 if pagebreak else 0, t)

    def sublist(self, lines, valign="CENTER", width=0):
        inner = "".join(self.p(x) for x in (lines or [""]))
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
                'linkListNextIDRef="0" textWidth="%d" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>') % (valign, width, inner)

    def table(self, rows, widths, pagebreak=False):
        ncol = max(len(x) for x in rows)
        rows = [x + [""] * (ncol - len(x)) for x in rows]
        total = 42520
        if not widths:
            widths = col_weights(rows, ncol)
        ws = [int(total * w) for w in widths]
        ws[-1] = total - sum(ws[:-1])
        self.oid += 1
        trs = []
        for ri, x in enumerate(rows):
            tcs = []
            for ci, c in enumerate(x):
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           '<hp:cellSz width="%d" height="1500"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist(c.split("\n"), width=ws[ci] - 1020), ci, ri, ws[ci]))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
               'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
               '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
               '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
               'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
               '%s</hp:tbl>') % (self.oid, len(rows), ncol, total, 1500 * len(rows), "".join(trs))
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s'
                '<hp:t/></hp:run></hp:p>') % (self.pid, 1 if pagebreak else 0, tbl)


def hwpx_bytes(d, ymd):
    sk = skel()
    sec0 = sk["Contents/section0.xml"].decode("utf-8")
    m = re.search(r"(<hp:secPr.*?</hp:secPr><hp:ctrl><hp:colPr[^>]*/></hp:ctrl>)", sec0)
    secpr = m.group(1)
    hw = HW()
    ctrls = ""
    if d.head:
        ctrls += ('<hp:ctrl><hp:header id="1" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                  % hw.sublist(d.head, valign="TOP", width=42520))
    if d.foot:
        ctrls += ('<hp:ctrl><hp:footer id="2" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                  % hw.sublist(d.foot, valign="BOTTOM", width=42520))
    first = ('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s%s'
             '</hp:run><hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>') % (secpr, ctrls)
    body = [first]
    pb = False
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            pb = True
            continue
        if k == "table":
            body.append(hw.table(b[1], b[2], pagebreak=pb))
        elif k == "blank":
            body.append(hw.p("", pagebreak=pb))
        else:
            for j, ln in enumerate(b[1].split("\n")):
                body.append(hw.p(ln, pagebreak=(pb and j == 0)))
        pb = False
    section = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS_ATTR, "".join(body)))
    hpf = sk["Contents/content.hpf"].decode("utf-8")
    stamp = "%04d-%02d-%02dT09:%02d:00Z" % (ymd[0], ymd[1], ymd[2], (ymd[2] * 7) % 60)
    hpf = hpf.replace("<opf:title/>", "<opf:title>%s</opf:title>" % xesc(d.title[:120]))
    hpf = re.sub(r"synthetic-fixture-author", xesc(d.agname or "user"), hpf)
    hpf = re.sub(r'(<opf:meta name="CreatedDate" content="text">)[^<]*', r"\g<1>" + stamp, hpf)
    hpf = re.sub(r'(<opf:meta name="ModifiedDate" content="text">)[^<]*', r"\g<1>" + stamp, hpf)
    hpf = re.sub(r'(<opf:meta name="date" content="text">)[^<]*', r"\g<1>" + "%d년 %d월 %d일" % ymd, hpf)
    prv = render_text(d)
    prv = prv.replace("\n", "\r\n")[:1024]
    entries = [("mimetype", sk["mimetype"], zipfile.ZIP_STORED),
               ("version.xml", sk["version.xml"], zipfile.ZIP_DEFLATED),
               ("Contents/header.xml", sk["Contents/header.xml"], zipfile.ZIP_DEFLATED),
               ("Contents/section0.xml", section.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("settings.xml", sk["settings.xml"], zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", prv.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", sk["META-INF/container.xml"], zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", sk["META-INF/manifest.xml"], zipfile.ZIP_DEFLATED),
               ("META-INF/container.rdf", sk["META-INF/container.rdf"], zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    buf = io.BytesIO()
    zdate = (max(1980, ymd[0]), ymd[1], ymd[2], 9, 0, 0)
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=zdate)
            zi.compress_type = comp
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# PDF writer (reportlab, invariant mode => reproducible bytes)
# ---------------------------------------------------------------------------

_PDF = {}


def pdf_init():
    if _PDF:
        return _PDF
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/nanum/"
    for k, f in (("NG", "NanumGothic"), ("NGB", "NanumGothicBold"), ("NM", "NanumMyeongjo"), ("NMB", "NanumMyeongjoBold"),
                 ("NB", "NanumBarunGothic"), ("NBB", "NanumBarunGothicBold")):
        pdfmetrics.registerFont(TTFont(k, base + f + ".ttf"))
    _PDF["ok"] = True
    return _PDF


HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")


def fontfor(s, base):
    # NanumMyeongjo has no Hanja; fall back to NanumGothic for strings such as 對外秘
    if base.startswith("NM") and HANJA.search(s):
        return "NG" + base[2:]
    return base


def pdf_widths(rows, ncol, W, unit=5.0, pad=14.0):
    need, want = [], []
    for i in range(ncol):
        cells = [x[i] for x in rows]
        tok = max([dispw(t) for c in cells for t in re.split(r"[\s\n]+", c) if t] or [2])
        full = max(dispw(ln) for c in cells for ln in c.split("\n"))
        need.append(tok * unit + pad)
        want.append(max(0.0, min(60, full) - tok) * unit)
    tot = sum(need)
    if tot >= W:
        return [W * n / tot for n in need]
    extra = W - tot
    sw = sum(want)
    return [n + (extra * w / sw if sw else extra / ncol) for n, w in zip(need, want)]


def pdf_bytes(d, ymd):
    pdf_init()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    f = d.font
    fb = f + "B"
    body = ParagraphStyle("b", fontName=f, fontSize=10.2, leading=15.5)
    tit = ParagraphStyle("t", fontName=fb, fontSize=15, leading=21, alignment=TA_CENTER, spaceAfter=6, spaceBefore=4)
    cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    rig = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    cell = ParagraphStyle("cell", fontName=f, fontSize=8.6, leading=11)
    story = []

    def para(s, st):
        lead = len(s) - len(s.lstrip(" "))
        st2 = st
        if lead and st is body:
            st2 = ParagraphStyle("bi%d" % lead, parent=body, leftIndent=lead * 5.5)
        if HANJA.search(s) and f.startswith("NM"):
            st2 = ParagraphStyle("hj", parent=st2, fontName="NG")
        return Paragraph(xesc(s.strip(" ")) or "&nbsp;", st2)

    for b in d.blocks:
        k = b[0]
        if k == "pb":
            story.append(PageBreak())
        elif k == "blank":
            story.append(Spacer(1, 7))
        elif k == "title":
            story.append(Paragraph(xesc(b[1]).replace("\n", "<br/>"), tit))
        elif k == "table":
            rows = b[1]
            ncol = max(len(x) for x in rows)
            rows = [x + [""] * (ncol - len(x)) for x in rows]
            W = A4[0] - 2 * 52
            ws = [W * w for w in b[2]] if b[2] else pdf_widths(rows, ncol, W)
            data = [[Paragraph(xesc(c).replace("\n", "<br/>") or "&nbsp;", cell) for c in x] for x in rows]
            t = Table(data, colWidths=ws, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 5))
        else:
            st = {"c": cen, "r": rig}.get(k, body)
            for ln in b[1].split("\n"):
                story.append(para(ln, st))
    red = colors.Color(0.8, 0.05, 0.05) if d.markcolor else colors.black
    state = {"n": 0}

    def onpage(c, doc):
        state["n"] += 1
        c.saveState()
        y = A4[1] - 26
        for i, ln in enumerate(d.head):
            ismark = i == 0 and d.marking != "none"
            c.setFillColor(red if ismark else colors.black)
            c.setFont(fontfor(ln, fb if ismark else f), 12 if ismark else 8.5)
            if ismark or d.head_center:
                c.drawCentredString(A4[0] / 2, y, ln)
            else:
                c.drawString(52, y, ln)
            y -= 14
        y = 22 + 13 * (len(d.foot) - 1)
        for i, ln in enumerate(d.foot):
            ismark = d.marking != "none" and i == len(d.foot) - 1 and d.foot_mark_last
            c.setFillColor(red if ismark else colors.black)
            c.setFont(fontfor(ln, fb if ismark else f), 12 if ismark else 8)
            if ismark or d.head_center:
                c.drawCentredString(A4[0] / 2, y, ln)
            else:
                c.drawString(52, y, ln)
            y -= 13
        if d.pagenum and d.pagenum.count("%d") == 1:
            c.setFillColor(colors.black)
            c.setFont(f, 8.5)
            c.drawRightString(A4[0] - 52, 22 + 13 * len(d.foot), d.pagenum % state["n"])
        c.restoreState()

    buf = io.BytesIO()
    top = 40 + 14 * len(d.head)
    bot = 40 + 13 * len(d.foot)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=52, rightMargin=52, topMargin=top, bottomMargin=bot,
                            title=d.title[:120], author=d.agname, subject=d.genre, creator=d.pdfcreator)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# writing helpers: staff, 공문 (기안문/시행문) frames, report frames, markings
# ---------------------------------------------------------------------------


def yr(r, lo=1995, hi=2026, recent=0.6):
    if chance(r, recent):
        return r.randint(max(lo, 2013), hi) if hi >= 2013 and lo <= hi else r.randint(lo, hi)
    return r.randint(lo, hi)


KIND_W = {"local": 3, "central": 2, "edu": 1, "corp": 1, "police": 1, "fire": 1}


def new_doc(r, kinds, lo, hi, genre, recent=0.6, year=None, ag=None):
    for _ in range(200):
        y = year or yr(r, lo, hi, recent)
        c = [a for a in AGS if a.kind in kinds and a.years()[0] <= y <= a.years()[1]] if not ag else [AG[ag]]
        if c and not ag:
            ks = sorted(set(a.kind for a in c), key=lambda k: list(KIND_W).index(k))
            tot = sum(KIND_W[k] for k in ks)
            x = r.random() * tot
            for k in ks:
                x -= KIND_W[k]
                if x < 0:
                    break
            c = [a for a in c if a.kind == k]
        if c:
            a = pick(r, c)
            if a.years()[0] <= y <= a.years()[1]:
                return Doc(r, y, a, genre)
    raise RuntimeError("no agency for %s %s-%s" % (kinds, lo, hi))


DEPT_GROUPS = {
    "admin": (["총무", "운영지원", "행정지원", "인사", "자치행정", "인재"], {"central": "운영지원과", "local": "총무과", "edu": "총무과", "corp": "인사처",
                                                                "police": "경무과", "fire": "소방행정과"}),
    "contract": (["계약", "재무", "회계", "재정"], {"central": "운영지원과", "local": "회계과", "edu": "재무과", "corp": "계약관리처", "police": "경무과",
                                             "fire": "소방행정과"}),
    "security": (["비상", "안전", "재난", "보안"], {"central": "비상안전담당관", "local": "안전총괄과", "edu": "비상기획팀", "corp": "안전관리처",
                                             "police": "경비과", "fire": "대응총괄과"}),
    "records": (["기록", "정보공개"], {"central": "기록관리팀", "local": "총무과 기록관리팀", "edu": "총무과 기록관", "corp": "기록관", "police": "경무과",
                                   "fire": "소방행정과"}),
    "land": (["토지", "도시", "보상", "주택", "건축"], {"central": "토지정책과", "local": "도시계획과", "edu": "시설과", "corp": "보상계획처",
                                                "police": "경무과", "fire": "소방행정과"}),
    "law": (["법무", "감사", "송무"], {"central": "법무감사담당관", "local": "법무담당관", "edu": "법무팀", "corp": "법무팀", "police": "청문감사인권관",
                                   "fire": "소방행정과"}),
    "welfare": (["복지", "농업", "환경", "경제", "주민"], {"central": "복지정책과", "local": "사회복지과", "edu": "학생지원과", "corp": "주거복지처",
                                                   "police": "생활안전과", "fire": "119생활안전과"}),
    "edu": (["교육", "학생", "초등", "중등", "학교"], {"central": "학교정책과", "local": "교육지원과", "edu": "교육과정과", "corp": "인재개발원",
                                               "police": "경무과", "fire": "소방행정과"}),
}


def dept_like(r, a, group):
    if not group:
        return pick(r, a.depts)
    kws, fb = DEPT_GROUPS[group]
    c = [x for x in a.depts if any(k in x for k in kws)]
    return pick(r, c) if c else fb[a.kind]


def recv_for(r, a):
    return pick(r, {"central": ["수신자 참조", "소속기관장", "각 시·도지사(기획조정실장)", "내부결재"],
                    "local": ["각 읍·면·동장", "각 실·과·소장", "수신자 참조", "내부결재"],
                    "edu": ["각급 학교장", "각 교육지원청 교육장", "수신자 참조"],
                    "corp": ["각 본부장", "각 지사장", "수신자 참조"],
                    "police": ["각 과장", "각 지구대장·파출소장", "수신자 참조"],
                    "fire": ["각 과장", "각 119안전센터장", "수신자 참조"]}[a.kind])


def head_of(dept):
    last = dept.split()[-1]
    if last.endswith(("관", "실", "단", "처", "원")) and not last.endswith("과"):
        return "%s 근무를 명함" % dept
    return "%s장에 보함" % dept


def staff(r, a, y, n=3):
    k = a.kind
    if k == "central":
        lo = pick(r, ["주무관", "행정주무관", "주무관", "사무관"]) if y >= 2008 else pick(r, ["행정주사", "행정주사보", "사무관"])
        mid = pick(r, ["사무관", "서기관", "팀장"]) if lo != "사무관" else pick(r, ["서기관", "팀장"])
        top = pick(r, ["과장", "과장", "정책관", "국장", "팀장"])
    elif k == "local":
        lo = pick(r, ["주무관", "주무관", "행정7급", "지방행정주사"]) if y >= 2008 else pick(r, ["행정주사보", "지방행정서기", "담당"])
        mid = pick(r, ["팀장", "팀장", "담당", "계장"]) if y >= 2006 else pick(r, ["계장", "담당"])
        top = pick(r, ["과장", "과장", "국장", "부시장", "실장"])
    elif k == "edu":
        lo = pick(r, ["주무관", "장학사", "교육연구사", "주무관"])
        mid = pick(r, ["장학관", "사무관", "팀장"])
        top = pick(r, ["과장", "국장", "교육장"])
    elif k == "corp":
        lo = pick(r, ["대리", "과장", "사원", "주임"])
        mid = pick(r, ["차장", "부장", "팀장"])
        top = pick(r, ["처장", "실장", "본부장", "단장"])
    elif k == "police":
        lo = pick(r, ["경사", "경위", "경장", "주무관"])
        mid = pick(r, ["경감 계장", "팀장", "경위 계장"])
        top = pick(r, ["과장", "서장", "경정 과장"])
    else:
        lo = pick(r, ["소방장", "소방위", "소방교", "주무관"])
        mid = pick(r, ["소방경 팀장", "팀장", "담당"])
        top = pick(r, ["과장", "서장", "본부장"])
    out = [(lo, nm(r)), (mid, nm(r)), (top, nm(r))]
    return out[:n] if n < 3 else out


def sign_line(r, st, ymd, y):
    (t1, n1), (t2, n2), (t3, n3) = st
    how = pick(r, ["전결", "전결", "대결", "", "전결"])
    dd = "%02d/%02d" % (ymd[1], ymd[2]) if chance(r, 0.6) else "%d. %d. %d." % ymd
    if how == "대결":
        return "%s  %s    %s  %s    %s  대결 %s  %s" % (t1, n1, t2, n2, t3, dd, n3), how
    if how == "전결":
        return "%s  %s    %s  %s    %s  전결 %s  %s" % (t1, n1, t2, n2, t3, dd, n3), how
    return "%s  %s    %s  %s    %s  %s" % (t1, n1, t2, n2, t3, n3), how


def pub_field(r, kind, nums=(), y=2020):
    """Stated 공개 구분 string as officials write it."""
    nums = list(nums)
    if kind == "공개":
        return pick(r, ["공개", "공개", "대국민 공개", "공개"])
    js = ",".join(str(x) for x in nums)
    if y < 2004:
        js = ",".join("7-1-%d" % x for x in nums) if chance(r, 0.5) else js
    if kind == "부분공개":
        return pick(r, ["부분공개(%s)" % js, "부분공개(%s)" % js, "부분공개 (%s)" % js])
    return pick(r, ["비공개(%s)" % js, "비공개(%s)" % js, "비공개 (%s)" % js])


def law_cite(r, n, y=2020, short=False):
    """Cite 정보공개법 제9조 제1항 제n호 in one of the ways officials write it (제7조 before 2004)."""
    art = 9 if y >= 2004 else 7
    forms = ["「공공기관의 정보공개에 관한 법률」 제%d조제1항제%d호" % (art, n),
             "「공공기관의 정보공개에 관한 법률」 제%d조 제1항 제%d호" % (art, n),
             "정보공개법 제%d조제1항제%d호" % (art, n),
             "정보공개법 제%d조 제1항 제%d호" % (art, n),
             "공공기관의정보공개에관한법률 제%d조제1항제%d호" % (art, n),
             "같은 법 제%d조 제1항 제%d호" % (art, n),
             "정보공개법 %d조 1항 %d호" % (art, n),
             "법 제%d조①항%d호" % (art, n),
             "정보공개법 제%d조①%d" % (art, n)]
    if short:
        return pick(r, forms[2:5] + forms[6:])
    return pick(r, forms)


def docno(r, dept):
    return "%s-%d" % (dept.split()[-1], r.randint(120, 9800))


def gian(d, dept, ymd, recv, title, body, attach=None, via=None, ref=None, pub=None, coop=None, style=None,
         seal=None, recv_list=None, stt=None):
    r, a, y = d.r, d.ag, d.year
    d.ymd = ymd
    style = style or ("old" if y < 2004 else ("e2004" if y < 2011 else "modern"))
    pc, addr, _ = a.where(y)
    tel = office_tel(r, a, y)
    fax = office_tel(r, a, y)
    email = official_email(r, a, y)
    st = stt or staff(r, a, y)
    no = docno(r, dept)
    d.traits.append("gian-" + style)
    if style == "old":
        code = pick(r, ["총무", "행정", "기획", "민원", "관리", "예산", "지도"])
        no = "%s %05d-%d" % (code, r.randint(1000, 99999), r.randint(10, 3000))
        d.C(d.agname)
        d.P("우 %s %s / 전화 (%s)%s / 전송 %s" % (pc if "-" in pc else "%s-%s" % (pc[:3], pc[3:6] if len(pc) > 5 else "700"),
                                             addr, tel.split("-")[0], "-".join(tel.split("-")[1:]), fax))
        d.P("문서번호 %s" % no, "시행일자 %s (%s)" % (dt(*ymd, style="dot"), pick(r, ["", "  ", "5년", "영구", "3년"])))
        d.P("(경유) %s" % (via or ""), "수    신 %s" % recv, "참    조 %s" % (ref or ""))
        if chance(r, 0.6):
            d.TB([["선 결", "", "지 시", ""], ["접 수", "일자\n시간\n번호", "결 재\n공 람", ""], ["처리과", "", "", ""], ["담당자", "", "", ""]])
        d.B()
        d.P("제    목 %s" % title)
        d.B()
        d.P(*body)
        if attach:
            d.B()
            d.P("첨부 : " + attach[0])
            for x in attach[1:]:
                d.P("       " + x)
            d.P("        끝.")
        else:
            d.blocks[-1] = ("p", d.blocks[-1][1] + "  끝.")
        d.B()
        d.C(a.headname(y) + ("  [직인]" if chance(r, 0.5) else ""))
        if pub:
            d.P("공개여부 : %s" % pub)
            d.cue(pub, "stated_field(old 공개여부)")
        return no
    # electronic forms
    d.C(d.agname)
    d.B()
    d.P(("수신  " if style == "modern" else "수신자  ") + recv)
    if ref:
        d.P("참조  %s" % ref)
    d.P("(경유)  %s" % (via or ""))
    d.P(("제목  " if style == "modern" else "제  목  ") + title)
    d.B()
    d.P(*body)
    if attach:
        d.B()
        if len(attach) == 1:
            d.P("붙임  %s  끝." % attach[0])
        else:
            for i, x in enumerate(attach):
                pre = "붙임  " if i == 0 else "      "
                d.P(pre + "%d. %s%s" % (i + 1, x, "  끝." if i == len(attach) - 1 else ""))
    else:
        d.blocks[-1] = ("p", d.blocks[-1][1] + "  끝.")
    d.B()
    seal = pick(r, ["", "  [직인생략]", "", "  (직인생략)"]) if seal is None else seal
    d.C(a.headname(y) + seal)
    if recv_list:
        d.P("수신자  " + recv_list)
    d.B()
    line, how = sign_line(r, st, ymd, y)
    d.P(line)
    if coop:
        d.P("협조자  %s" % coop)
    if style == "modern":
        d.P("시행  %s  (%s)        접수" % (no, dt(*ymd, style="dot")))
        d.P("우 %s  %s  / %s" % (pc, addr, pick(r, [a.web, "http://" + a.web, "https://" + a.web])))
        tail = "전화번호 %s  팩스번호 %s  / %s" % (tel, fax, email)
    else:
        d.P("시행 %s (%s)  접수" % (no, dt(*ymd, style="dot0")))
        d.P("우 %s %s / http://%s" % (pc, addr, a.web))
        tail = "전화 %s  전송 %s  / %s" % (tel, fax, email)
    if pub:
        tail += "  / " + pub
        d.cue(pub, "stated_field(공개 구분, 결문)")
    d.P(tail)
    return no


def report_head(d, title, ymd, dept, sub=None, boxed=None):
    r = d.r
    d.ymd = ymd
    style = pick(r, ["plain", "box", "kv"]) if boxed is None else boxed
    if style == "kv":
        d.TB([["문서명", title], ["작성일", dt(*ymd, style=pick(r, ["dot", "dot0", "kor"]))], ["작성부서", "%s %s" % (d.agname, dept)]],
             widths=[0.2, 0.8])
        d.B()
        d.T(title)
    elif style == "box":
        d.T(title)
        if sub:
            d.C(sub)
        d.R("%s  %s" % (dt(*ymd, style=pick(r, ["dot", "dot0"])), dept))
    else:
        d.T(title)
        if sub:
            d.C(sub)
        d.C("%s. %d.  %s" % (ymd[0], ymd[1], dept))
    d.B()


MARKS = {
    "대외비": ["대외비", "대외비", "대 외 비", "[대외비]", "《대외비》", "<대외비>", "보안등급: 대외비", "■ 대외비 ■"],
    "III급": ["Ⅲ급비밀", "Ⅲ급 비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"],
    "II급": ["Ⅱ급비밀", "Ⅱ급 비밀", "II급 비밀", "2급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "Ⅰ급 비밀", "I급 비밀", "Ⅰ 급 비 밀"],
}


def apply_mark(d, level, ymd, top=True, bottom=True, yego=True, copyno=None, style=None):
    """Put the document's own classification stamp in the running header/footer."""
    r = d.r
    y = d.year
    stamp = style or pick(r, MARKS[level])
    if level == "대외비" and y < 2004 and chance(r, 0.5) and style is None:
        stamp = "對外秘"
    prot = (ymd[0] + r.randint(1, 5), 12, 31)
    if level == "대외비" and chance(r, 0.3) and style is None:
        stamp = pick(r, ["%s까지 대외비" % dt(*prot), "대외비(보호기간: %s까지)" % dt(*prot), "대외비 (%s 일반문서로 재분류)" % dt(*prot)])
    head, foot = [], []
    if top:
        head.append(stamp)
        d.cue(stamp, "header(top stamp)")
    if copyno:
        cn = pick(r, ["사본번호: 제%d호" % copyno, "사본번호 %d번 (총 %d부)" % (copyno, copyno + r.randint(1, 6)), "사본 제 %d 호" % copyno])
        head.append(cn)
        d.cue(cn, "header(사본번호)")
    yg = None
    if yego and level != "대외비":
        yg = pick(r, ["예고문: %s까지 %s, 이후 일반문서로 재분류" % (dt(*prot), MARKS[level][0]),
                      "예고문 : %s 일반문서로 재분류" % dt(*prot, style="dot0"),
                      "(예고문) %s까지 %s / 이후 파기" % (dt(*prot), MARKS[level][0]),
                      "예고 : %s까지 보호, 이후 일반문서" % dt(*prot)])
    elif yego and level == "대외비" and chance(r, 0.5):
        yg = pick(r, ["예고문: %s 이후 일반문서로 재분류" % dt(*prot), "보호기간: %s까지" % dt(*prot, style="dot0")])
    if yg:
        foot.append(yg)
        d.cue(yg, "footer(예고문)")
    if bottom:
        foot.append(stamp)
        d.cue(stamp, "footer(bottom stamp)")
    d.head = head + d.head
    d.foot = d.foot + foot
    d.foot_mark_last = bottom
    return stamp


def people(r, n, y, region=None, with_rrn=False, masked=False, mobile_=True, addr=False, y0=1940, y1=2000):
    out = []
    for _ in range(n):
        p = {"name": nm(r)}
        full = rrn(r, y0, min(y1, y - 1))
        p["rrn_full"] = full
        p["rrn"] = rrn_mask(r, full, "star") if masked else full
        p["birth"] = "%s.%s.%s." % ("19" + full[:2] if full[7] in "12" else "20" + full[:2], full[2:4], full[4:6])
        p["tel"] = mobile(r, y)
        p["addr"] = person_addr(r, y, region)
        out.append(p)
    return out


# ---------------------------------------------------------------------------
# templates.  Each takes (r, v) and returns a labelled Doc.
# ---------------------------------------------------------------------------

PRESS_TOPICS = [
    # (kinds, title, sub-bullets, paragraphs)
    (("central", "local"), "여름철 물놀이 안전관리 대책 본격 추진",
     ["6월부터 9월까지 물놀이 위험구역 {n}곳에 안전요원 집중 배치", "구명조끼 무료 대여소 확대, 수난구조 합동훈련 실시"],
     ["{ag}는 본격적인 물놀이철을 앞두고 {m}월 {d}일부터 \"여름철 물놀이 안전관리 대책\"을 추진한다고 밝혔다.",
      "최근 5년간 물놀이 사고 사망자의 절반 이상이 수영 미숙과 음주 후 입수로 발생한 만큼, 위험구역 출입 통제와 현장 계도를 강화한다.",
      "특히 하천·계곡 등 관리 사각지대에는 민간 수상구조대와 의용소방대를 추가 배치하고, 인명구조함 점검을 월 2회 실시한다."]),
    (("central",), "공공데이터 {n}종 추가 개방…민간 활용 확대",
     ["개방 수요가 높은 교통·환경·안전 분야 데이터 우선 개방", "파일 데이터는 오픈API 형태로 전환하여 실시간 제공"],
     ["{ag}는 국민과 기업의 개방 요구가 많았던 데이터 {n}종을 공공데이터포털을 통해 추가 개방한다고 밝혔다.",
      "이번에 개방되는 데이터에는 개인을 식별할 수 있는 정보가 포함되지 않도록 사전에 비식별 조치와 적정성 검토를 거쳤다.",
      "{ag} 관계자는 \"데이터 품질 관리를 강화하여 창업과 연구에 바로 쓰일 수 있도록 하겠다\"고 말했다."]),
    (("local",), "{y}년 상반기 지방세 체납액 일제정리 기간 운영",
     ["{m}월 한 달간 체납액 일제정리 기간 운영, 고액·상습 체납자 집중 관리", "생계형 체납자는 분납 유도 및 복지 연계"],
     ["{ag}는 {m}월 한 달을 '상반기 체납액 일제정리 기간'으로 정하고 지방세 체납액 {n}억 원 정리에 나선다.",
      "고액·상습 체납자에 대해서는 부동산·차량 압류와 공매, 관허사업 제한, 출국금지 요청 등 행정제재를 병행한다.",
      "다만 경기 침체로 일시적 어려움을 겪는 생계형 체납자에게는 분할 납부를 안내하고 필요한 경우 복지부서와 연계해 지원할 계획이다."]),
    (("central", "local"), "봄철 산불조심기간 운영…입산 통제구역 지정",
     ["2월 1일부터 5월 15일까지 산불조심기간 운영", "산림 인접지 소각행위 집중 단속, 위반 시 과태료 부과"],
     ["{ag}는 건조한 날씨로 산불 위험이 높아짐에 따라 산불조심기간 동안 산불방지대책본부를 운영한다.",
      "입산 통제구역과 등산로 폐쇄 구간은 누리집에 공고하며, 산림 인접 100미터 이내에서의 불 피우기는 금지된다.",
      "산불 발견 시에는 119 또는 가까운 산림관서로 즉시 신고해 줄 것을 당부했다."]),
    (("central",), "공직자 보안의식 점검 결과 발표",
     ["중앙부처 및 소속기관 {n}곳 대상 문서·정보시스템 보안 실태 점검", "미흡 사례는 기관별 개선 권고 및 교육 실시"],
     ["{ag}는 지난 {m}월 실시한 공직자 보안의식 점검 결과를 공개했다.",
      "점검 결과 일부 기관에서 대외비 문서를 일반 문서함에 보관하거나 비밀 관리기록부를 제때 정리하지 않은 사례가 확인되었다.",
      "또한 업무용 PC의 비밀번호를 장기간 바꾸지 않거나 화면보호기를 설정하지 않은 경우도 적발되어 해당 기관에 시정을 요구하였다.",
      "{ag}는 하반기에 보안업무규정 개정 사항을 반영한 교육을 실시하고 재점검을 할 예정이다."]),
    (("local",), "청년 월세 지원 사업 참여자 {n}명 모집",
     ["만 19~34세 무주택 청년 대상, 월 최대 20만 원 최장 12개월 지원", "{m}월 {d}일부터 복지로 누리집 또는 주민센터에서 신청"],
     ["{ag}는 주거비 부담이 큰 청년층을 위해 '청년 월세 지원 사업' 참여자 {n}명을 모집한다고 밝혔다.",
      "지원 대상은 부모와 따로 거주하는 무주택 청년으로, 소득과 재산 기준을 충족해야 한다.",
      "신청 시 제출한 개인정보는 사업 목적 외에는 사용하지 않으며, 선정 결과는 개별 문자로 안내할 예정이다."]),
    (("edu",), "{y}학년도 고등학교 신입생 배정 결과 발표",
     ["일반고 신입생 {n}명 배정, 1지망 배정률 {p}%", "배정 결과는 출신 중학교 및 교육청 누리집에서 확인"],
     ["{ag}은 {y}학년도 후기 일반고 신입생 배정 결과를 발표했다.",
      "올해는 학생 선택권을 넓히기 위해 단일학교군 지원 범위를 확대했으며, 1지망 배정률은 지난해보다 소폭 상승했다.",
      "배정 결과에 대한 문의는 교육청 학교정책과 또는 출신 중학교로 하면 된다."]),
    (("corp", "@ex"), "설 연휴 고속도로 특별교통대책 시행",
     ["연휴 기간 하루 평균 {n}만 대 이동 예상", "갓길차로 운영, 임시 화장실·졸음쉼터 확충"],
     ["{ag}는 설 연휴 기간 동안 특별교통대책을 시행한다고 밝혔다.",
      "귀성·귀경 차량이 몰리는 구간에는 갓길차로를 탄력적으로 운영하고, 드론을 활용한 갓길 통행 단속도 병행한다.",
      "교통 정보는 고속도로 교통정보 앱과 콜센터를 통해 실시간으로 안내한다."]),
    (("corp",), "{y}년 임대주택 입주자 모집 결과 발표",
     ["국민임대·행복주택 {n}호 입주자 모집, 평균 경쟁률 {p}.3 대 1", "당첨자는 공사 누리집 청약센터에서 개별 확인"],
     ["{ag}는 {y}년 상반기 임대주택 입주자 모집 결과를 발표했다.",
      "청년과 신혼부부 유형의 경쟁률이 가장 높았으며, 고령자 유형은 일부 단지에서 미달이 발생해 추가 모집을 진행한다.",
      "당첨자 명단은 개인정보 보호를 위해 공개하지 않으며, 신청자 본인만 누리집에서 조회할 수 있다."]),
    (("corp",), "협력사 안전관리 수준 평가 결과 공개",
     ["협력사 {n}곳 대상 안전관리 수준 평가 실시", "우수 협력사 입찰 가점, 미흡 협력사 컨설팅 지원"],
     ["{ag}는 공사 현장에 참여하는 협력사를 대상으로 안전관리 수준을 평가한 결과를 공개했다.",
      "평가는 안전보건 경영체계, 위험성 평가 이행, 근로자 참여 등 5개 분야로 나누어 실시했다.",
      "개별 협력사의 세부 점수는 영업상 비밀 보호를 위해 해당 업체에만 통보한다."]),
    (("central", "local"), "집중호우 대비 반지하 주택 침수방지시설 설치 지원",
     ["침수 우려 반지하 주택 {n}가구에 물막이판·역류방지기 설치", "설치비 전액 지원, 주민센터 방문 또는 온라인 신청"],
     ["{ag}는 여름철 집중호우에 대비해 침수 우려가 있는 반지하 주택에 침수방지시설 설치를 지원한다.",
      "지원 대상은 과거 침수 이력이 있거나 저지대에 위치한 주택으로, 현장 확인을 거쳐 우선순위를 정한다.",
      "설치 가구 명단 등 개인정보는 공개하지 않으며, 신청 결과는 개별 통지한다."]),
    (("police",), "전화금융사기 예방 집중 홍보 기간 운영",
     ["기관 사칭·대출 빙자형 수법 주의 당부", "의심 문자 링크 클릭 금지, 112 신고"],
     ["{ag}은 최근 검찰·금융감독원을 사칭한 전화금융사기가 잇따름에 따라 집중 홍보 기간을 운영한다.",
      "수사기관은 전화로 계좌 이체나 현금 전달을 요구하지 않으며, 이러한 요구를 받으면 즉시 전화를 끊고 112에 신고해야 한다.",
      "{ag}은 은행 창구와 협력해 고액 현금 인출 고객에 대한 확인 절차도 강화하기로 했다."]),
    (("fire",), "겨울철 화재 예방 안전수칙 당부",
     ["전열기구 사용 증가로 주택 화재 위험", "주택용 소방시설(소화기·단독경보형감지기) 설치 의무"],
     ["{ag}은 난방기구 사용이 늘어나는 겨울철을 맞아 주택 화재 예방을 당부했다.",
      "최근 3년간 겨울철 주택 화재의 상당수가 전기장판과 전열기 과열에서 비롯된 것으로 나타났다.",
      "주택용 소방시설은 인터넷 쇼핑몰이나 대형마트에서 쉽게 구입할 수 있으며, 설치 방법은 관할 소방서에 문의하면 안내받을 수 있다."]),
]


def t_press(r, v):
    kinds = v.get("kinds") or pick(r, [("central",), ("local",), ("central", "local"), ("edu",), ("corp",), ("police",), ("fire",)])
    topics = [t for t in PRESS_TOPICS if set(t[0]) & set(kinds)]
    if v.get("mention"):
        topics = [PRESS_TOPICS[4]]
    tk, title, subs, paras = pick(r, topics)
    only = [x[1:] for x in tk if x.startswith("@")]
    if only:
        d = new_doc(r, ("corp",), 2003, 2026, "보도자료", ag=only[0])
    else:
        d = new_doc(r, tk, 2003 if not v.get("mention") else 2009, 2026, "보도자료")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    fill = dict(ag=d.agname, n=r.randint(12, 480), m=ymd[1], d=ymd[2], y=y, p=r.randint(80, 97))
    fill["agn"] = J(d.agname, "는")
    f = lambda s: s.replace("{ag}는", "{agn}").replace("{ag}은", "{agn}").format(**fill)
    if chance(r, 0.5):
        d.TB([["보도자료", ""], ["보도시점", pick(r, ["배포 즉시", "%s 조간" % dt(*ymd, style="dotw"),
                                                 "%s %02d:00 이후" % (dt(*ymd, style="dotw"), pick(r, [6, 10, 12, 14]))])],
              ["배포", dt(*add_days(ymd, -1), style="dotw")]], widths=[0.25, 0.75])
    else:
        d.C(pick(r, ["보 도 자 료", "보도자료", "보도참고자료"]))
        d.P("%s    보도 일시: %s" % (d.agname, pick(r, ["즉시 보도 가능", dt(*ymd, style="dotw") + " 석간"])))
    d.B()
    d.T(f(title))
    for s in subs:
        d.P(pick(r, ["- ", "◇ ", "□ ", "  - "]) + f(s))
    d.B()
    for s in paras:
        d.P(pick(r, ["□ ", "", "○ "]) + f(s))
    boss = nm(r)
    quote = pick(r, ["현장 중심으로 빈틈없이 점검해 국민 불편이 없도록 하겠다", "관계기관과 긴밀히 협력해 성과를 내겠다",
                     "주민 여러분의 적극적인 참여를 부탁드린다"])
    who = (d.agname + " 사장" if d.ag.kind == "corp" else d.ag.headname(y)) + (" " + boss if chance(r, 0.4) else "")
    d.P("%s \"%s\"고 말했다." % (J(who, "은"), quote))
    d.B()
    dept = pick(r, d.ag.depts)
    c1, c2 = nm(r), nm(r)
    t1, t2 = {"corp": (["처장", "부장"], ["차장", "대리"]), "police": (["과장"], ["경감", "경위"]), "fire": (["과장"], ["소방경", "소방위"]),
              "edu": (["과장"], ["장학관", "사무관", "주무관"])}.get(d.ag.kind, (["과장"], ["사무관", "주무관", "팀장"]))
    rows = [["담당 부서", dept, "책임자", "%s  %s" % (pick(r, t1), c1), office_tel(r, d.ag, y)],
            ["", "", "담당자", "%s  %s" % (pick(r, t2), c2), office_tel(r, d.ag, y)]]
    d.TB(rows)
    if y >= 2014 and chance(r, 0.7):
        d.B()
        lic = pick(r, ["공공누리 제1유형: 출처표시", "이 보도자료는 공공누리 제1유형(출처표시) 조건에 따라 자유롭게 이용할 수 있습니다.",
                       "[공공누리] 본 저작물은 \"공공누리\" 제1유형: 출처표시 조건에 따라 이용할 수 있습니다.",
                       "이 자료는 「저작권법」 제24조의2에 따라 출처를 밝히고 자유롭게 이용할 수 있습니다."])
        d.P(lic)
        d.cue(lic[:12], "footer line (공공누리/저작권법 제24조의2)")
    d.cue(pick(r, ["보도"]) , "title block (보도자료/보도참고자료)")
    if v.get("mention"):
        d.cue("대외비 문서를", "body (reported finding)")
        d.cue("비밀번호", "body")
        d.label("public", [], "genre: 보도자료; 대외비/비밀 are only reported findings",
                "Press release for publication; names are officials in office; marking words only mentioned.")
    else:
        d.label("public", [], "genre: 보도자료 (공표 목적)", "Press release written for publication; only officials' names and office numbers.")
    return d


GIAN_TOPICS = [
    ("{y}년 정보공개 담당자 직무교육 참석 안내",
     ["1. 관련: {rel}", "2. 정보공개 업무의 전문성을 높이기 위하여 다음과 같이 직무교육을 실시하오니, 각 기관의 정보공개 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다.",
      "  가. 일시: {date} 14:00~17:00", "  나. 장소: {place}", "  다. 대상: 기관별 정보공개 담당자 1명",
      "  라. 내용: 비공개 대상 정보 판단 기준, 부분공개 처리 요령, 이의신청 사례",
      "3. 참석자 명단은 {date2}까지 붙임 서식에 따라 전자문서로 제출하여 주시기 바랍니다."], ["참석자 명단 서식 1부."]),
    ("{y}년 상반기 자체 보안점검 실시 안내",
     ["1. {rel}와 관련입니다.", "2. 「보안업무규정」에 따라 {y}년 상반기 자체 보안점검을 다음과 같이 실시하고자 하니, 각 부서에서는 자체 점검 후 결과를 제출하여 주시기 바랍니다.",
      "  가. 점검 기간: {date} ~ {date2}", "  나. 점검 항목: 비밀 및 대외비 관리 실태, 보조기억매체 관리, 업무용 PC 비밀번호 설정, 출입 통제",
      "  다. 제출 방법: 부서별 점검표 작성 후 온나라 문서로 제출",
      "3. 점검 결과 미흡한 사항은 부서에서 즉시 개선하고, 개선이 어려운 사항은 별도 보고하여 주시기 바랍니다."], ["자체 보안점검표 1부."]),
    ("공공시설 이용 안내문 게시 협조 요청",
     ["1. 주민 편의 증진을 위한 공공시설 이용 안내문을 붙임과 같이 제작하였습니다.", "2. 각 읍·면·동에서는 민원실 및 게시판에 게시하여 주시고, 마을 방송 등을 통하여 널리 알려 주시기 바랍니다.",
      "3. 게시 기간: {date} ~ {date2}"], ["공공시설 이용 안내문 1부."]),
    ("업무용 메신저 및 전자우편 비밀번호 일괄 변경 안내",
     ["1. 정보보안 강화를 위하여 업무용 메신저와 전자우편 계정의 비밀번호를 다음과 같이 일괄 변경하도록 안내합니다.",
      "  가. 변경 기한: {date2}까지", "  나. 변경 방법: 업무포털 로그인 → 개인정보 → 비밀번호 변경",
      "  다. 설정 기준: 영문·숫자·특수문자 조합 9자리 이상, 직전에 사용한 비밀번호 재사용 금지",
      "2. 기한 내 변경하지 않은 계정은 보안 정책에 따라 로그인이 제한될 수 있으니 유의하여 주시기 바랍니다."], None),
    ("{y}년 민원서비스 종합평가 자료 제출 요청",
     ["1. 관련: {rel}", "2. {y}년 민원서비스 종합평가를 위하여 평가 지표별 실적 자료를 다음과 같이 제출하여 주시기 바랍니다.",
      "  가. 제출 기한: {date2}", "  나. 제출 자료: 평가 지표별 실적 및 증빙자료",
      "  다. 유의 사항: 증빙자료에 민원인의 개인정보가 포함된 경우 반드시 가림 처리 후 제출",
      "3. 기한 내 미제출 시 해당 지표는 0점 처리됨을 알려드립니다."], ["평가 지표 및 작성 요령 1부.", "실적 제출 서식 1부."]),
    ("하절기 공공청사 에너지 절약 추진",
     ["1. 하절기 전력 수급 안정을 위하여 공공청사 에너지 절약 대책을 다음과 같이 추진하오니 적극 협조하여 주시기 바랍니다.",
      "  가. 냉방 설비 가동 시 실내 평균온도 28℃ 이상 유지", "  나. 점심시간 사무실 조명 일괄 소등 및 미사용 전열기 전원 차단",
      "  다. 3층 이하 이동 시 계단 이용 생활화", "2. 부서별 절약 실적은 {date2}까지 취합하여 제출하여 주시기 바랍니다."], None),
    ("비밀문서 이관 일정 안내(붙임 별도 송부)",
     ["1. {rel}와 관련입니다.", "2. 기록관 이관 대상 중 비밀기록물은 전자문서로 송부하지 아니하고 담당자가 직접 인계·인수할 예정이오니 일정을 확인하여 주시기 바랍니다.",
      "  가. 인계 일시: {date} 10:00", "  나. 장소: 기록관 서고",
      "3. 인계 대상 목록(Ⅲ급비밀 2건, 대외비 5건)은 보안 규정에 따라 별도로 인편 송부합니다."], None),
    ("{y}년 상반기 승진 및 전보 인사 예고",
     ["1. {y}년 상반기 정기인사를 다음과 같이 예고합니다.", "  가. 승진: {grades}",
      "  나. 전보: 동일 직위 장기 근무자(3년 이상) 중심", "  다. 인사 발령 예정일: {date2}",
      "2. 인사 관련 고충이 있는 직원은 {date}까지 인사 담당 부서에 상담을 신청하여 주시기 바랍니다."], None),
]


def t_gian_public(r, v):
    topics = GIAN_TOPICS
    if v.get("which") is not None:
        topics = [GIAN_TOPICS[v["which"]]]
    title, body, att = pick(r, topics)
    kinds = ("central", "local", "edu", "corp", "fire", "police")
    lo = 1996 if "비밀번호" not in title else 2005
    d = new_doc(r, kinds, lo, 2026, "공문(협조·안내)")
    y = d.year
    ymd = rdate(r, y)
    dept = dept_like(r, d.ag, "security" if ("보안" in title or "비밀" in title) else ("admin" if "인사" in title else None))
    fill = dict(y=y, date=dt(*add_days(ymd, r.randint(7, 20)), style="dotw"), date2=dt(*add_days(ymd, r.randint(10, 25)), style="dotw"),
                place=pick(r, ["본관 3층 대회의실", "청사 별관 교육장", "지방행정연수원 202호", "온라인(영상회의)"]),
                rel="%s-%d(%s.)호" % (pick(r, d.ag.depts).split()[-1], r.randint(100, 5000), dt(*add_days(ymd, -r.randint(5, 40)), style="dot")[:-1]))
    if d.ag.kind == "central" or d.ag.key in ("seoul", "gg", "busan", "chungnam", "jeonnam", "gangwon", "jeju"):
        fill["grades"] = "3급(부이사관) 1명, 4급(서기관) %d명, 5급(사무관) %d명" % (r.randint(2, 4), r.randint(4, 9))
    elif d.ag.kind == "corp":
        fill["grades"] = "1급(처장) 1명, 2급(부장) %d명, 3급(차장) %d명" % (r.randint(2, 4), r.randint(4, 9))
    else:
        fill["grades"] = "4급(서기관) 1명, 5급(사무관) %d명, 6급 %d명" % (r.randint(2, 4), r.randint(4, 12))
    body = [s.format(**fill) for s in body]
    recv = recv_for(r, d.ag)
    stated = None
    if v.get("stated", chance(r, 0.6)):
        stated = pub_field(r, "공개", y=y)
    gian(d, dept, ymd, recv, title.format(y=y), body, attach=att, pub=stated)
    ment = [w for w in ("대외비", "비밀", "3급(부이사관)") if w in " ".join(body) + title]
    for w in ment:
        d.cue(w, "body (mention)")
    why = "Routine 공문 (guidance/request) with officials' names only"
    if ment:
        why += "; %s only mentioned, the letter itself carries no classification" % "/".join(ment)
    d.label("public", [], "content: routine guidance; " + ("stated 공개" if stated else "no stated field"), why + ".")
    return d


def t_security_guide(r, v):
    d = new_doc(r, ("central", "local", "edu", "corp"), 1998, 2026, "교육·지침(보안)")
    y = d.year
    ymd = rdate(r, y)
    prot = (y + 2, 12, 31)
    title = pick(r, ["%d년 보안업무 실무 교육자료" % y, "비밀·대외비 관리 요령", "신규 직원 보안교육 교재", "문서 보안 관리 지침(개정)"])
    report_head(d, title, ymd, pick(r, ["운영지원과 보안담당", "총무과", "비상안전담당관", "감사실 보안팀", "행정과"]))
    d.P("Ⅰ. 비밀의 구분", "  ○ 「보안업무규정」에 따라 비밀은 그 중요성과 가치의 정도에 따라 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분함",
        "    - Ⅰ급: 누설되는 경우 대한민국과 외교관계가 단절되고 전쟁을 일으키며, 국가의 방위계획 등이 위태롭게 되는 등의 우려가 있는 비밀",
        "    - Ⅱ급: 누설되는 경우 국가안전보장에 막대한 지장을 초래할 우려가 있는 비밀",
        "    - Ⅲ급: 누설되는 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀",
        "  ○ 대외비는 비밀 외에 직무 수행상 특별히 보호가 필요한 사항으로, 같은 규정 시행규칙에 따라 비밀에 준하여 관리함")
    d.B()
    d.P("Ⅱ. 표시 방법")
    d.P("  ○ 비밀 및 대외비는 문서 매 면의 위쪽과 아래쪽 가운데에 그 등급을 표시하고, 예고문은 첫 면 왼쪽 아래에 적음")
    d.TB([["구분", "표시 예시", "비고"], ["Ⅲ급비밀", "위·아래 가운데 \"Ⅲ급비밀\"", "예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류" % dt(*prot)],
          ["대외비", "위·아래 가운데 \"대외비\"", "보호기간: %s까지" % dt(*prot)], ["일반문서", "표시 없음", "공개 구분은 결문에 표시"]])
    d.P("  ※ 위 예시는 교육용으로 작성된 것이며, 이 자료 자체는 일반문서임")
    d.B()
    d.P("Ⅲ. 주요 위반 사례", "  ○ 대외비 문서를 책상 위에 방치하거나 일반 서류함에 보관", "  ○ 비밀을 개인 이메일·메신저로 전송",
        "  ○ 사본번호를 부여하지 않고 비밀을 복제", "  ○ 보호기간이 지난 대외비를 재분류하지 않고 계속 보관")
    d.B()
    d.P("Ⅳ. 정보공개와의 관계", "  ○ 비밀로 지정된 정보는 %s에 해당하여 비공개 대상이 될 수 있음" % law_cite(r, 1, y),
        "  ○ 대외비는 그 자체로 비공개 근거가 되지 않으므로, 내용에 따라 제9조 제1항 각 호 해당 여부를 판단하여야 함")
    d.cue("Ⅲ급비밀", "table cell (example)")
    d.cue("대외비", "body/table (example)")
    d.cue("예고문", "table cell (example)")
    d.label("public", [], "content: training material; every marking is an example",
            "Security training material; classification stamps and 예고문 appear only as examples (mention-only).")
    return d


def t_declass(r, v):
    d = new_doc(r, ("central", "local", "police"), 2000, 2026, "보안(재분류 통보)")
    y = d.year
    ymd = rdate(r, y)
    dept = dept_like(r, d.ag, "security")
    rows = [["연번", "관리번호", "문서 제목", "원 등급", "재분류"]]
    subj = ["%d년 을지연습 기관 임무 분담표" % (y - r.randint(6, 12)), "%d년 비상대비 자원관리 현황" % (y - r.randint(5, 10)),
            "청사 방호 계획(구)", "통신망 비상 운용 절차(%d년판)" % (y - r.randint(6, 9)), "%d년 충무계획 부록" % (y - r.randint(6, 14))]
    for i in range(r.randint(2, 4)):
        lv = pick(r, ["Ⅲ급비밀", "Ⅲ급비밀", "Ⅱ급비밀", "대외비"])
        rows.append([str(i + 1), "%s-%d-%03d" % ({"Ⅲ급비밀": "Ⅲ", "Ⅱ급비밀": "Ⅱ", "대외비": "대"}[lv], y - r.randint(5, 12), r.randint(1, 300)),
                     subj[i], lv, pick(r, ["일반문서", "일반문서", "파기"])])
    body = ["1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 만료된 비밀을 다음과 같이 재분류하였음을 알려드립니다.",
            "2. 재분류된 문서는 일반문서로 관리하되, 기록물 정리 시 비밀 관리기록부의 해당 란에 재분류 일자를 기재하여 주시기 바랍니다."]
    gian(d, dept, ymd, pick(r, ["수신자 참조", "각 실·국장"]), "보호기간 만료 비밀의 재분류 결과 통보", body,
         pub=pub_field(r, "공개", y=y) if chance(r, 0.6) else None)
    d.B()
    d.TB(rows)
    d.cue(rows[1][3], "table cell (former grade)")
    d.label("public", [], "content: declassification notice; grades are former grades of other documents",
            "Notice that other documents were downgraded to 일반문서; the notice carries no classification (mention-only).")
    return d


def t_oia_guide(r, v):
    d = new_doc(r, ("central", "local", "edu", "corp"), 2005, 2026, "정보공개(안내)")
    y = d.year
    ymd = rdate(r, y)
    title = pick(r, ["정보공개 처리 실무 안내", "비공개 대상 정보 세부 기준", "%d년 정보공개 업무 매뉴얼(요약)" % y])
    report_head(d, title, ymd, pick(r, ["정보공개정책과", "총무과 정보공개팀", "기록관리팀", "행정지원과"]))
    d.P("□ 처리 원칙", "  ○ 공공기관이 보유·관리하는 정보는 공개가 원칙이며, 비공개는 법에서 정한 사유에 한정함",
        "  ○ 청구 정보에 비공개 부분과 공개 가능한 부분이 섞여 있고 분리할 수 있으면 부분공개 결정")
    d.P("□ 기안문 공개 구분 표시 예", "  ○ 전부 공개: \"공개\"", "  ○ 개인정보가 포함된 경우: \"부분공개(6)\"",
        "  ○ 의사결정 과정에 있는 경우: \"비공개(%s)\"" % pick(r, ["5", "제9조 제1항 제5호", "9-1-5"]))
    rows = [["호", "비공개 대상(요지)", "우리 기관 예시"]]
    ex = {1: "비밀로 지정된 문서, 다른 법률에서 비공개로 정한 정보", 2: "통합방위·비상대비 관련 계획", 3: "청사 방호 및 시설 보안 자료",
          4: "수사 의뢰 및 진행 중인 소송 관련 자료", 5: "감사·인사·입찰 및 내부 검토 중인 자료", 6: "개인의 주민등록번호·연락처·건강정보",
          7: "법인의 영업상 비밀(원가 산출 내역 등)", 8: "개발 예정지 등 투기 우려 정보"}
    for k in range(1, 9):
        rows.append(["제%d호" % k, pick(r, ["", ""]) + {1: "법령상 비밀·비공개", 2: "국가안보·외교", 3: "생명·신체·재산 보호", 4: "재판·수사",
                                                      5: "감사·의사결정 과정", 6: "개인정보", 7: "법인 영업비밀", 8: "부동산 투기 우려"}[k], ex[k]])
    d.TB(rows)
    d.P("※ 비공개 결정 시에는 %s 등 구체적 근거와 이유를 통지서에 적어야 함" % law_cite(r, 5, y))
    d.cue("부분공개(6)", "body (example)")
    d.cue("비공개(", "body (example)")
    d.label("public", [], "content: guide that quotes 공개 구분 examples",
            "Public guidance on disclosure; the 비공개/부분공개 strings are examples, not this document's status.")
    return d


QA_TOPICS = [
    ("공무원의 겸직 허가 범위", "「국가공무원 복무규정」", "갑은 ○○부 소속 6급 공무원으로 주말에 온라인 강의 플랫폼에 교육 영상을 게시하고 수익을 얻고자 함. 이 경우 겸직 허가 대상인지 여부",
     "영리를 목적으로 계속적으로 수익을 얻는 활동은 겸직 허가의 대상이 되며, 소속 기관의 장은 직무 능률 저해 여부, 공무에 대한 부당한 영향 여부 등을 종합적으로 검토하여 허가 여부를 결정하여야 할 것입니다."),
    ("정보공개 청구 시 제3자 의견 청취 절차", "「공공기관의 정보공개에 관한 법률」 제11조 및 제21조",
     "A시가 보유한 용역 보고서에 B사의 원가 산출 자료가 포함되어 있을 때, 청구인에게 공개하기 전에 B사의 의견을 들어야 하는지 여부",
     "공개 청구된 정보가 제3자와 관련이 있다고 인정할 때에는 그 사실을 제3자에게 지체 없이 통지하여야 하고 필요한 경우 의견을 들을 수 있으며, 영업상 비밀에 해당하는지는 같은 법 제9조제1항제7호에 따라 판단하여야 할 것입니다."),
    ("개인정보의 목적 외 제3자 제공 가능 여부", "「개인정보 보호법」 제18조",
     "○○구가 복지 서비스 제공을 위해 수집한 주민의 연락처를 관내 경찰서의 범죄 예방 홍보에 제공할 수 있는지 여부",
     "정보주체의 별도 동의를 받거나 법률에 특별한 규정이 있는 경우 등 같은 법 제18조제2항 각 호에 해당하지 않는 한 목적 외 제공은 허용되지 않을 것으로 판단됩니다."),
    ("농지 전용 허가 후 목적 변경 시 절차", "「농지법」 제34조 및 제40조",
     "갑이 창고 부지로 농지 전용 허가를 받은 후 건축 전에 주차장으로 용도를 변경하려는 경우 새로 허가를 받아야 하는지 여부",
     "전용 목적을 변경하려는 경우에는 같은 법 제40조에 따라 용도변경 승인 또는 변경허가를 받아야 하며, 구체적인 사항은 관할 시장·군수·구청장이 판단할 사항입니다."),
    ("공동주택 관리비 공개 범위", "「공동주택관리법」 제23조",
     "입주자대표회의가 관리비 내역을 공개할 때 세대별 체납 현황을 동·호수와 함께 게시할 수 있는지 여부",
     "관리비 등의 내역 공개는 단지 전체의 부과·집행 현황을 대상으로 하는 것이며, 특정 세대를 알아볼 수 있는 체납 현황을 게시하는 것은 개인정보 침해 소지가 있어 바람직하지 않습니다."),
    ("공공기록물 이관 시기 연장 가능 여부", "「공공기록물 관리에 관한 법률」 제19조",
     "○○공단이 업무 참고를 위해 보존기간 10년 기록물의 기록관 이관을 연기할 수 있는지 여부",
     "처리과는 업무 수행에 참고하기 위하여 필요한 경우 기록관의 장의 승인을 받아 이관 시기를 연장할 수 있으나, 그 사유와 기간을 기록관리 기준에 맞게 관리하여야 합니다."),
]


def t_qa(r, v):
    topic, law, q, a_ = pick(r, QA_TOPICS)
    key = {"공무원의 겸직 허가 범위": pick(r, ["mpm", "mois"]), "농지 전용 허가 후 목적 변경 시 절차": "mafra",
           "공동주택 관리비 공개 범위": "molit"}.get(topic, "mois")
    d = new_doc(r, ("central",), 2015 if key == "mpm" else 2006, 2026, "법령해석·질의회신", ag=key)
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    if chance(r, 0.5):
        d.C("질 의 회 신")
        d.TB([["제목", topic], ["회신일", dt(*ymd)], ["회신기관", "%s %s" % (d.agname, pick(r, d.ag.depts))]], widths=[0.2, 0.8])
        d.P("【질의요지】", q, "", "【회신내용】", a_, "", "【관련 법령】", "  - " + law)
        if chance(r, 0.5):
            d.P("", "※ 이 회신은 질의하신 사실관계를 전제로 한 것으로, 구체적 사안에 따라 달리 판단될 수 있습니다.")
    else:
        body = ["1. 귀하께서 질의하신 \"%s\"에 대하여 다음과 같이 회신합니다." % topic, "2. 질의 요지", "  가. " + q,
                "3. 검토 의견", "  가. " + a_, "  나. 관련 법령: " + law]
        gian(d, pick(r, d.ag.depts), ymd, pick(r, ["○○시장", "질의인(갑)", "○○공단 이사장", "한○○ 귀하"]), "%s 관련 질의 회신" % topic, body,
             pub=pub_field(r, "공개", y=y) if chance(r, 0.6) else None)
    d.cue(q[:12], "body (anonymised parties: 갑/A시/○○)")
    d.label("public", [], "content: anonymised interpretive reply", "Interpretive reply with anonymised parties (갑, ○○시); no personal data.")
    return d


MINWON = [
    ("버스 정류장 이전 요청", "교통행정과", "요청하신 정류장은 보도 폭이 좁아 이전 필요성이 인정되어, 관할 운수업체와 협의를 거쳐 {m}월 중 약 30미터 떨어진 상가 앞으로 이전할 예정입니다."),
    ("공원 내 가로등 고장 신고", "공원녹지과", "현장 확인 결과 가로등 2기의 안정기 불량으로 확인되어 {m}월 {d}일 교체를 완료하였습니다."),
    ("불법 주정차 단속 요청", "교통지도과", "해당 구간은 어린이보호구역으로, 고정형 단속 카메라 설치를 검토하고 있으며 설치 전까지 출퇴근 시간대 현장 단속을 강화하겠습니다."),
    ("아파트 신축 공사장 소음 민원", "환경과", "공사장 소음을 측정한 결과 생활소음 규제기준을 초과하여 시공사에 공사중지 명령 전 단계인 개선명령을 하였으며, 방음벽 보강을 지시하였습니다."),
    ("도로 포트홀 보수 요청", "건설과", "신고하신 지점의 파손 부위는 긴급 보수를 마쳤으며, 해당 구간은 하반기 도로 재포장 대상에 포함하였습니다."),
    ("기초연금 수급 자격 문의", "노인복지과", "기초연금은 만 65세 이상으로 소득인정액이 선정기준액 이하인 경우 받을 수 있으며, 신청은 주소지 읍·면·동 행정복지센터에서 가능합니다."),
]


def t_minwon(r, v):
    """민원 회신.  v['pii']: 'masked' (public) | 'plain' (partial -6) | 'health' (partial -6 PIPA-23)."""
    mode = v.get("pii", "masked")
    subj, dept, ans = pick(r, MINWON)
    if mode == "health":
        subj, dept, ans = ("장애인 주차구역 이용 관련 민원", "장애인복지과",
                           "민원인께서 제출하신 진단서(상세불명의 척수손상, 하지마비)와 장애 정도 심사 결과를 확인하여 장애인자동차표지를 재발급하였으며, 보호자 운전 차량도 함께 등록하였습니다.")
    d = new_doc(r, ("local",), 1998, 2026, "민원회신")
    y = d.year
    ymd = rdate(r, y)
    who = nm(r)
    fill = dict(m=ymd[1], d=ymd[2])
    if mode == "masked":
        recv = "%s 님" % mask_name(r, who)
    else:
        recv = "%s 귀하 (%s)" % (who, person_addr(r, y, d.ag.region))
    body = ["1. 평소 %s 행정에 관심을 가져 주신 데 대하여 감사드립니다." % d.agname,
            "2. 귀하께서 %s%s 신청하신 '%s'에 대한 검토 결과를 다음과 같이 알려드립니다." % (
                pick(r, ["국민신문고를 통해 ", "새올전자민원창구로 ", "방문하여 ", ""]), ("(민원번호 %s) " % ("1AA-%02d%02d-%07d" % (y % 100, ymd[1], r.randint(1, 9999999))) if y >= 2010 else ""), subj),
            "  가. " + ans.format(**fill)]
    if mode != "masked":
        body.append("  나. 추가 문의 사항은 담당자에게 연락 주시면 안내해 드리겠습니다. (민원인 연락처: %s)" % mobile(r, y))
    body.append("3. 민원 처리 결과에 대하여 이의가 있는 경우 결과를 통지받은 날부터 60일 이내에 이의신청을 할 수 있습니다.")
    stated = None
    if chance(r, 0.6):
        stated = pub_field(r, "공개" if mode == "masked" else "부분공개", [6], y)
    gian(d, dept, ymd, recv, "%s 민원 처리 결과 회신" % subj, body, pub=stated)
    if mode == "masked":
        d.cue(recv, "수신 (masked name)")
        d.label("public", [], "masked 민원인 name", "Complaint reply; the complainant is masked, the rest is the agency's own answer.")
    elif mode == "plain":
        d.cue(who, "수신 (real name)")
        d.cue("민원인 연락처", "body")
        d.label("partial", ["OIDA-9-1-6"], "민원인 name, home address and mobile", "Reply is disclosable once the complainant's name, address and phone are removed.")
    else:
        d.cue(who, "수신 (real name)")
        d.cue("진단서(상세불명의 척수손상", "body (health data)")
        d.label("partial", ["OIDA-9-1-6", "PIPA-23"], "named complainant + diagnosis", "Reply disclosable after removing the named complainant's identity and diagnosis (health data).")
    return d


def t_minutes(r, v):
    """위원회 회의록.  v['kind']: 'public' (officials / masked members) | 'residents' (named residents -> partial)."""
    kind = v.get("kind", "public")
    d = new_doc(r, ("local", "central", "edu"), 1999, 2026, "회의록")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    if kind == "residents":
        comm = pick(r, ["○○지구 도시개발사업 주민설명회", "하수처리장 증설사업 주민설명회", "소각시설 입지 주민 간담회"])
    else:
        opts = {"local": ["지방재정투자심사위원회", "정보공개심의회", "도시계획위원회", "지역치안협의회", "재난안전대책본부 회의"],
                "central": ["정보공개심의회", "공공데이터 제공 운영위원회", "규제심사위원회", "중앙 재난안전대책본부 회의"],
                "edu": ["정보공개심의회", "학교급식위원회", "지방교육재정 투자심사위원회", "학교안전사고 예방위원회"]}[d.ag.kind]
        comm = "%s %s" % (d.agname, pick(r, opts))
    if kind == "residents":
        d.T(pick(r, ["%s 결과" % comm, "%s 회의록" % comm, "%s 개최 결과 보고" % comm]))
    else:
        d.T("%s 회의록" % comm if chance(r, 0.6) else "제%d회 %s 결과" % (r.randint(1, 40), comm))
    chair = nm(r)
    off = [(pick(r, ["기획조정실장", "행정국장", "안전총괄과장", "총무과장"]), nm(r)) for _ in range(2)]
    d.TB([["일시", "%s %02d:%02d~%02d:%02d" % (dt(*ymd, style="dotw"), 14, 0, 16, 30)],
          ["장소", pick(r, ["본관 4층 중회의실", "시청 별관 대회의실", "○○동 주민센터 2층" if y >= 2008 else "○○동사무소 2층", "영상회의"])],
          ["참석", "위원장 %s, 위원 %d명 (재적 %d명)" % (chair if kind != "public" or chance(r, 0.5) else mask_name(r, chair), r.randint(6, 11), r.randint(11, 15))
           if kind != "residents" else "주민 %d명, %s %s, %s %s" % (r.randint(20, 60), off[0][0], off[0][1], off[1][0], off[1][1])]],
         widths=[0.18, 0.82])
    d.B()
    d.P("1. 개회", "  ○ 성원 보고 후 위원장이 개회를 선언함" if kind != "residents" else "  ○ 사회자가 설명회 개최 취지를 설명함")
    d.P("2. 안건 심의" if kind != "residents" else "2. 사업 설명")
    if "정보공개심의회" in comm:
        d.P("  ○ 제1호 안건: 청구인이 요청한 '용역 결과보고서 및 원가 산출 내역' 공개 여부",
            "    - 간사: 보고서 본문은 공개하고, 업체의 원가 산출 내역은 %s에 해당하여 비공개하는 부분공개 안을 보고함" % law_cite(r, 7, y),
            "    - %s 위원: 원가 자료 중 총액은 이미 계약 공개 시스템에 게시되어 있으므로 총액은 공개하는 것이 타당하다는 의견" % pick(r, ["A", "B", "C"]),
            "    - 의결: 부분공개(총액 공개, 세부 단가 비공개)로 수정 의결",
            "  ○ 제2호 안건: 감사 진행 중인 사안의 문답서 공개 여부",
            "    - 의결: 감사 종료 시까지 비공개(제9조 제1항 제5호) 유지")
        d.cue("비공개(제9조 제1항 제5호)", "body (decision on another document)")
    elif kind == "residents":
        res = [nm(r) for _ in range(3)]
        d.P("  ○ %s 주무관이 사업 개요, 추진 일정 및 보상 절차를 설명함" % nm(r), "3. 질의 응답")
        d.P("  ○ 주민 %s(%s %s): 공사 기간 중 대형 차량 통행으로 인한 소음과 분진 대책을 요구함" % (res[0], pick(r, DONGS), "%d통장" % r.randint(1, 20)),
            "    → 답변: 세륜시설 설치와 살수차 운영, 야간 작업 금지를 시공 조건에 반영하겠음",
            "  ○ 주민 %s(연락처 %s): 보상 감정평가 시 주민 추천 감정평가사 참여를 요청함" % (res[1], mobile(r, y)),
            "    → 답변: 관련 법령에 따라 토지소유자 과반 동의 시 추천이 가능함을 안내",
            "  ○ 주민 %s: 사업 구역 경계에 있는 본인 소유 %s 토지가 편입되는지 질의" % (res[2], "%s %d-%d번지" % (pick(r, DONGS), r.randint(1, 900), r.randint(1, 30))),
            "    → 답변: 측량 결과 확정 후 개별 통지 예정")
        for x in res:
            d.cue(x, "body (resident speaker)")
    else:
        n = r.randint(2, 3)
        for i in range(n):
            agenda = {"local": ["○○체육관 건립사업 타당성", "%d년 안전관리계획(안)" % (y + 1), "도시관리계획 변경(안)", "주요 투자사업 재심사"],
                      "central": ["공공데이터 개방 목록 확정", "%d년 규제 정비 과제" % (y + 1), "위원회 운영 세칙 개정(안)"],
                      "edu": ["%d년 학교급식 기본계획(안)" % (y + 1), "○○학교 신설 투자심사", "학교 시설 안전점검 결과 보고"]}[d.ag.kind]
            d.P("  ○ 제%d호 안건: %s" % (i + 1, pick(r, agenda)),
                "    - 담당 과장이 안건을 설명하고 위원 질의 응답",
                "    - %s 위원: %s" % (pick(r, ["A", "B", "C", "D", mask_name(r, nm(r))]), pick(r, ["사업비 산정 근거를 보완할 필요", "주민 의견 수렴 절차를 명확히 할 것",
                                                                                          "유지관리비를 포함한 총사업비로 재산정할 것"])),
                "    - 의결: %s" % pick(r, ["원안 가결", "조건부 가결", "재검토"]))
    d.P("4. 폐회")
    if kind == "residents":
        d.label("partial", ["OIDA-9-1-6"], "residents named with phone/land", "Minutes of a residents' briefing; disclosable after removing residents' names, phone and land lot.")
    else:
        d.label("public", [], "members masked/officials; decisions already made", "Committee minutes after decision, members masked or acting as officials.")
    return d


def t_bid(r, v):
    """입찰 공고 / 개찰 결과 (public).  v['cost']=True adds a company's 원가 산출 detail -> partial -7."""
    d = new_doc(r, ("local", "central", "corp", "edu"), 2002, 2026, "계약·입찰")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    proj = pick(r, ["%s 청사 냉난방설비 교체공사" % d.agname, "%d년 도로 유지보수 단가계약" % y, "행정정보시스템 유지관리 용역",
                    "○○천 생태하천 복원사업 실시설계 용역", "공공도서관 장서 구입", "CCTV 통합관제센터 영상장비 구매"])
    base = r.randint(80, 2400) * 1000000 + r.randint(0, 999) * 1000
    no = "%d%02d%05d-00" % (y, ymd[1], r.randint(1, 99999)) if y >= 2009 else "제%d-%d호" % (y, r.randint(10, 400))
    if v.get("result"):
        d.T("개찰 결과 공개")
        d.TB([["공고번호", no], ["건명", proj], ["개찰일시", "%s 11:00" % dt(*ymd)], ["기초금액", "%s원" % money(base)],
              ["예정가격", "%s원" % money(int(base * (0.98 + r.random() * 0.04)) // 10 * 10)]], widths=[0.22, 0.78])
        d.B()
        rows = [["순위", "업체명", "사업자등록번호", "대표자", "투찰금액(원)", "투찰률(%)", "비고"]]
        comps = r.sample(COMPANIES, r.randint(4, 7))
        for i, c in enumerate(comps):
            amt = int(base * (0.86 + r.random() * 0.06))
            rows.append([str(i + 1), c, brn(r), nm(r), money(amt), "%.3f" % (amt * 100.0 / base), "낙찰예정" if i == 0 else ""])
        d.TB(rows)
        d.P("※ 낙찰자는 적격심사를 거쳐 최종 결정되며, 결과는 전자조달시스템에 게시합니다.")
        d.cue("예정가격", "table (disclosed after 개찰)")
        d.label("public", [], "post-opening results (개찰 후 공개)", "Bid-opening results are published after opening; company names, representatives and bid amounts are public.")
        return d
    d.T("%s 공고 제%d-%d호" % (pick(r, ["입찰", "긴급 입찰", "일반경쟁입찰"]), y, r.randint(10, 900)) if chance(r, 0.5) else "입 찰 공 고")
    d.P("%s 입찰에 부칠 사항을 다음과 같이 공고합니다." % proj, "", "%s" % dt(*ymd, style="kor"), "%s" % d.ag.headname(y), "")
    d.P("1. 입찰에 부치는 사항", "  가. 건명: " + proj, "  나. 기초금액: 금%s원(부가가치세 포함)" % money(base),
        "  다. 계약 방법: %s" % pick(r, ["제한경쟁입찰(총액)", "일반경쟁입찰(적격심사)", "협상에 의한 계약"]),
        "2. 입찰 참가 자격", "  가. 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 적합한 자" if d.ag.kind == "local" else
        "  가. 「국가를 당사자로 하는 계약에 관한 법률 시행령」 제12조에 따른 경쟁입찰 참가자격을 갖춘 자",
        "3. 예정가격 및 낙찰자 결정 방법", "  가. 예정가격은 기초금액의 ±3% 범위 내에서 작성된 복수예비가격 15개 중 입찰자가 추첨한 4개의 산술평균으로 결정",
        "  나. 예정가격 이하 최저가 입찰자 순으로 적격심사를 하여 낙찰자 결정",
        "4. 입찰 보증금: 입찰금액의 100분의 5 이상", "5. 기타 사항은 담당자(%s %s, %s)에게 문의하시기 바랍니다." % (
            pick(r, ["계약팀", "재무과", "회계과"]), nm(r), office_tel(r, d.ag, y)))
    cost = v.get("cost")
    if cost:
        d.blocks = []
        d.title = ""
        comp = pick(r, COMPANIES)
        report_head(d, "%s 협상에 의한 계약 체결 결과 보고" % proj, ymd, pick(r, ["계약팀", "재무과", "회계과", "계약관리처"]))
        d.P("□ 계약 개요", "  ○ 계약 방법: 협상에 의한 계약(「%s」)" % ("지방계약법 시행령 제43조" if d.ag.kind == "local" else "국가계약법 시행령 제43조"),
            "  ○ 계약 상대자: %s" % comp, "  ○ 계약 금액: 금%s원" % money(int(base * 0.91) // 1000 * 1000),
            "□ 협상 경과", "  ○ 기술평가 1순위 업체와 %d차례 가격·과업 범위 협상 후 합의" % r.randint(2, 4),
            "□ 붙임: 우선협상대상자 제안 가격 세부 내역")
        d.PB()
        d.T("[붙임] 우선협상대상자 제안 가격 세부 내역")
        d.P("업체명: %s   (영업비밀 보호 요청 자료)" % comp)
        rows = [["비목", "산출 근거", "금액(원)"], ["직접인건비", "특급기술자 %d인×%d개월×월 %s원" % (r.randint(1, 3), r.randint(3, 10), money(r.randint(700, 900) * 10000)), money(r.randint(50, 200) * 1000000)],
                ["제경비", "직접인건비의 %d%%" % r.randint(110, 120), money(r.randint(50, 200) * 1000000)],
                ["기술료", "(직접인건비+제경비)의 %d%%" % r.randint(20, 40), money(r.randint(10, 60) * 1000000)],
                ["자체 개발 솔루션 라이선스 단가", "%s 코어당 %s원 (타 기관 공급가 대비 %d%% 할인)" % (pick(r, ["서버", "CPU"]), money(r.randint(3, 9) * 1000000), r.randint(15, 40)), money(r.randint(20, 90) * 1000000)]]
        d.TB(rows)
        d.cue("영업비밀 보호 요청 자료", "attachment")
        d.label("partial", ["OIDA-9-1-7"], "company cost breakdown attached", "Contract result report is disclosable; the attached contractor cost breakdown is a trade secret and must be removed.")
    else:
        d.cue("예정가격", "body (method only)")
        d.label("public", [], "입찰 공고 (published notice)", "Published tender notice; 예정가격 is described only as a method.")
    return d


def t_recruit(r, v):
    """채용 공고(blank) / 합격자 공고.  v['names']: full names + birth dates -> partial -6."""
    d = new_doc(r, ("local", "corp", "edu", "central"), 2000, 2026, "인사(채용)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    job = pick(r, ["기간제근로자(행정보조)", "공무직(시설관리)", "임기제공무원(시간선택제 라급)", "청원경찰", "계약직 연구원", "사회복무 관리요원"])
    if v.get("notice", False):
        d.T("%s %d년 %s 채용 공고" % (d.agname, y, job))
        d.P("%s에서 근무할 %s 다음과 같이 채용하오니 많은 응시 바랍니다." % (d.agname, J(job, "를")), "",
            "1. 채용 분야 및 인원: %s %d명" % (job, r.randint(1, 6)), "2. 응시 자격: 공고일 현재 만 18세 이상인 자로서 결격사유가 없는 자",
            "3. 전형 방법: 서류전형 → 면접시험", "4. 제출 서류: 응시원서 1부, 자기소개서 1부, 개인정보 수집·이용 동의서 1부",
            "   ※ 응시원서에는 주민등록번호 뒷자리를 적지 마십시오." + (" (「개인정보 보호법」 제24조의2)" if y >= 2014 else ""),
            "5. 합격자 발표: 누리집 게시 및 개별 통지(응시번호로 공고)", "6. 문의: %s %s" % (pick(r, d.ag.depts), office_tel(r, d.ag, y)))
        d.label("public", [], "blank recruitment notice", "Recruitment notice to be published; contains no applicant data.")
        return d
    d.T("%s %s 최종 합격자 공고" % (d.agname, job))
    d.P("%s 채용시험 최종 합격자를 다음과 같이 공고합니다." % job, "")
    withnames = v.get("names")
    rows = [["연번", "응시번호"] + (["성명", "생년월일"] if withnames else []) + ["비고"]]
    for i in range(r.randint(3, 8)):
        row = [str(i + 1), "%d-%03d" % (y % 100, r.randint(1, 300))]
        if withnames:
            p = people(r, 1, y, y0=1965, y1=2003)[0]
            row += [p["name"], p["birth"]]
            if i == 0:
                d.cue(p["name"], "table (name; birth date in next cell)")
        row.append("")
        rows.append(row)
    d.TB(rows)
    d.P("", "※ 합격자는 %s까지 채용 서류(가족관계증명서, 신체검사서 등)를 제출하여야 합니다." % dt(*add_days(ymd, 10), style="dotw"), "", dt(*ymd, style="kor"), d.ag.headname(y))
    if withnames:
        d.label("partial", ["OIDA-9-1-6"], "successful applicants' names + birth dates", "Notice is public but lists private applicants' names and birth dates; remove them (응시번호 suffices).")
    else:
        d.label("public", [], "only 응시번호", "Results published by application number only.")
    return d


def t_budget(r, v):
    d = new_doc(r, ("local", "edu", "central"), 1997, 2026, "예산·결산")
    y = d.year
    ymd = rdate(r, y, 5, 9) if v.get("settle") else rdate(r, y, 11, 12)
    d.ymd = ymd
    settle = v.get("settle", chance(r, 0.5))
    ty = y - 1 if settle else y + 1
    d.T("%d회계연도 %s %s" % (ty, d.agname, "세입·세출 결산 개요" if settle else "예산안 개요"))
    d.C("(단위: 백만원)")
    rows = [["구분", "%d년" % (ty - 1), "%d년" % ty, "증감", "증감률(%)"]]
    items = ["일반공공행정", "공공질서 및 안전", "교육", "문화 및 관광", "환경", "사회복지", "보건", "농림해양수산", "국토 및 지역개발", "예비비"]
    tot0 = tot1 = 0
    for it in r.sample(items, r.randint(6, 10)):
        a = r.randint(2000, 380000)
        b = int(a * (0.9 + r.random() * 0.25))
        tot0 += a
        tot1 += b
        rows.append([it, money(a), money(b), money(b - a), "%.1f" % ((b - a) * 100.0 / a)])
    rows.append(["합계", money(tot0), money(tot1), money(tot1 - tot0), "%.1f" % ((tot1 - tot0) * 100.0 / tot0)])
    d.TB(rows)
    d.B()
    d.P("□ 주요 내용", "  ○ %s" % pick(r, ["사회복지 분야는 기초연금 및 아동수당 인상분 반영으로 증가", "국토 및 지역개발 분야는 대규모 SOC 사업 완료로 감소",
                                              "재난 대응 예비비를 전년 대비 확대 편성"]),
        "  ○ %s" % pick(r, ["이월액 및 불용액은 사업 지연 및 집행 잔액에 따른 것임", "지방채 발행 없이 균형재정 유지", "세입은 지방세 및 세외수입 증가로 전년 대비 증가"]))
    if y >= 2014 and chance(r, 0.4):
        d.P("", "※ 이 자료는 「지방재정법」에 따라 공시하는 자료입니다." if d.ag.kind == "local" else "※ 재정 공시 자료")
    d.label("public", [], "aggregate budget/settlement figures", "Aggregate budget/settlement tables published under fiscal disclosure rules.")
    return d


def t_stats(r, v):
    d = new_doc(r, ("central", "local"), 1998, 2024, "통계")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    topic = pick(r, [("주민등록 인구 및 세대 현황", ["구분", "세대수", "인구(계)", "남", "여"]), ("등록 장애인 현황(유형별)", ["유형", "계", "남", "여", "비율(%)"]),
                     ("화재 발생 현황", ["구분", "건수", "사망", "부상", "재산피해(천원)"]), ("사업체 조사 잠정 결과", ["산업", "사업체수", "종사자수", "증감", "비율(%)"])])
    d.T("%d년 %s" % (y - 1, topic[0]))
    d.R("%s  %s" % (dt(*ymd), d.agname))
    rows = [topic[1]]
    labels = {"주민등록 인구 및 세대 현황": ["%s" % x for x in ["계", "1동", "2동", "3동", "4동", "5동"]],
              "등록 장애인 현황(유형별)": ["계", "지체", "시각", "청각", "지적", "뇌병변", "정신"],
              "화재 발생 현황": ["계", "주거", "비주거", "차량", "임야", "기타"],
              "사업체 조사 잠정 결과": ["계", "제조업", "건설업", "도소매업", "숙박음식점업", "보건복지"]}[topic[0]]
    for lab in labels:
        rows.append([lab] + [money(r.randint(10, 90000)) for _ in range(len(topic[1]) - 2)] + ["%.1f" % (r.random() * 30)])
    d.TB(rows)
    d.P("", "※ 통계 작성 과정에서 수집된 개별 응답 자료는 「통계법」에 따라 보호되며, 이 자료는 집계 결과만 수록함.",
        "※ 잠정치로서 확정치 공표 시 변경될 수 있음")
    d.cue("「통계법」에 따라 보호", "footnote")
    d.label("public", [], "aggregate statistics only", "Published aggregate statistics; individual responses are not included.")
    return d


RESEARCH = [
    ("1인 가구 증가에 따른 지역 복지전달체계 개선 방안", ["1인 가구 현황", "복지전달체계 실태", "해외 사례", "개선 방안"]),
    ("공공기록물 전자 이관 체계 고도화 연구", ["전자기록 관리 현황", "이관 절차 분석", "장기보존 포맷", "제도 개선 과제"]),
    ("지방자치단체 재난 대응 역량 진단 모형 개발", ["재난 대응 체계", "진단 지표 설계", "시범 적용 결과", "정책 제언"]),
    ("공공데이터 개방에 따른 개인정보 재식별 위험 관리 방안", ["개방 현황", "재식별 위험 유형", "가명처리 기법 비교", "관리 체계"]),
    ("농촌 고령 농업인 안전재해 예방 대책 연구", ["재해 통계", "현장 조사", "예방 교육 모델", "지원 제도 개선"]),
]


def t_research(r, v):
    """연구용역 최종보고서 (public) or v['interim']: 중간보고 내부검토 자료 -> non_public -5."""
    title, chaps = pick(r, RESEARCH)
    d = new_doc(r, ("central", "local", "corp"), 2004, 2026, "연구용역")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    inst = pick(r, ["한국행정연구소", "○○대학교 산학협력단", "(재)지역정책연구원", "(사)공공데이터포럼", "미래안전연구소"])
    interim = v.get("interim")
    d.T(title)
    d.C("%s" % ("최종보고서" if not interim else "중간보고서 검토 의견(내부용)"))
    d.C("%s. %d." % (y, ymd[1]))
    d.C(d.agname)
    d.C("연구수행기관: %s" % inst)
    if not interim:
        if y >= 2014:
            d.P("", "이 보고서는 %s 발주한 연구용역의 결과물로서, 보고서의 내용은 연구진의 의견이며 %s의 공식 견해와 다를 수 있습니다." % (J(d.agname, "이"), d.agname))
            if chance(r, 0.7):
                d.P("본 저작물은 공공누리 제%d유형(%s) 조건에 따라 이용할 수 있습니다." % pick(r, [(1, "출처표시"), (1, "출처표시"), (3, "출처표시+변경금지")]))
                d.cue("공공누리", "front matter")
            else:
                d.P("%s이 저작재산권 전부를 보유한 이 보고서는 「저작권법」 제24조의2 제1항에 따라 허락 없이 이용할 수 있습니다." % d.agname)
                d.cue("제24조의2", "front matter")
        d.PB()
        d.T("요 약")
        d.P("본 연구는 %s에 관한 현황을 분석하고 제도 개선 과제를 도출하는 것을 목적으로 한다." % title.split(" 연구")[0])
        d.P("연구 결과, 관련 업무가 여러 기관에 분산되어 있고 표준화된 절차가 부족하여 현장의 판단에 크게 의존하는 것으로 나타났다. 이에 단기적으로는 업무 매뉴얼 정비와 담당자 교육, "
            "중장기적으로는 법령 정비와 정보시스템 연계가 필요하다.")
        for i, c in enumerate(chaps):
            d.PB()
            d.T("제%d장 %s" % (i + 1, c))
            for j in range(r.randint(2, 4)):
                d.P("%d.%d %s" % (i + 1, j + 1, pick(r, ["현황", "쟁점", "분석 결과", "시사점", "추진 과제", "사례 검토"])))
                d.P(pick(r, ["최근 5년간 관련 지표를 보면 증가 추세가 뚜렷하며, 특히 비수도권 지역에서의 증가폭이 크다.",
                             "설문조사 결과 담당 공무원의 다수가 업무 기준이 모호하다고 응답하였고, 교육 기회가 부족하다는 응답도 높게 나타났다.",
                             "해외 사례를 보면 중앙정부가 표준 지침을 제시하고 지방정부가 지역 여건에 맞게 세부 기준을 정하는 방식이 일반적이다.",
                             "이해관계자 심층면접에서는 예산과 인력의 제약이 가장 큰 장애 요인으로 꼽혔다.",
                             "따라서 관계 부처 협의체를 구성하여 역할을 분담하고 성과 지표를 공동으로 관리할 필요가 있다."]))
                if chance(r, 0.35):
                    d.TB([["구분", "%d" % (y - 3), "%d" % (y - 2), "%d" % (y - 1)]] + [[lab, str(r.randint(100, 900)), str(r.randint(100, 900)), str(r.randint(100, 900))]
                                                                                   for lab in r.sample(["전국", "수도권", "비수도권", "광역시", "도 지역"], 3)])
        d.label("public", [], "final research report for publication", "Final commissioned report, published (공공누리/연구 결과 공개).")
        return d
    d.PB()
    d.P("□ 검토 배경", "  ○ 연구진이 제출한 중간보고서에 대해 관계 부서 의견을 수렴하여 최종보고서 작성 방향을 정하기 위함")
    d.P("□ 주요 검토 의견",
        "  ○ 연구진이 제시한 '전담기관 신설' 대안은 조직·예산 협의가 끝나지 않은 사안으로 보고서에 확정된 정책처럼 기술하지 않도록 요청",
        "  ○ %s 부서 의견: 시범사업 대상 지역 %d곳의 명칭은 내부 협의 전이므로 보고서에서 삭제 요청" % (pick(r, d.ag.depts), r.randint(2, 5)),
        "  ○ 예산 소요는 재정 당국과 협의 중인 수치(%s억 원)이므로 최종보고서에는 범위로만 표기" % r.randint(30, 900),
        "□ 향후 계획", "  ○ %s 최종보고회 개최 후 결과 확정" % dt(*add_days(ymd, 40)))
    d.cue("중간보고서 검토 의견(내부용)", "title")
    d.label("non_public", ["OIDA-9-1-5"], "content: internal review of unfinished policy options", "Internal review of an interim report; policy options and budget figures still under deliberation.")
    return d


def t_event(r, v):
    """행사 계획.  v['vip']: VIP 동선·경호 배치 포함 -> non_public -3."""
    d = new_doc(r, ("local", "central", "edu"), 1998, 2026, "행사")
    y = d.year
    ymd = rdate(r, y, 3, 11)
    d.ymd = ymd
    ev = pick(r, {"local": ["제%d회 시민의 날 기념식" % r.randint(10, 40), "%d년 지역 일자리 박람회" % y, "%d년 안전문화 실천 결의대회" % y],
                  "central": ["%s 개청 %d주년 기념행사" % (d.agname, r.randint(10, 70)), "%d년 정부혁신 우수사례 경진대회" % y, "%d년 안전문화 실천 결의대회" % y],
                  "edu": ["%d 청소년 과학 축제" % y, "%d년 학생 진로 박람회" % y, "%s 교육가족 한마당" % d.agname]}[d.ag.kind])
    vip = v.get("vip")
    report_head(d, "%s %s" % (ev, "세부 운영 계획" if vip else "추진 계획"), add_days(ymd, -20), dept_like(r, d.ag, "admin"))
    d.P("□ 행사 개요", "  ○ 일시: %s 10:00~12:00" % dt(*ymd, style="dotw"), "  ○ 장소: %s" % pick(r, ["시청 광장", "문화예술회관 대공연장", "실내체육관", "본관 대강당"]),
        "  ○ 참석: 약 %d명 (기관장, 지방의회 의원, 시민 등)" % r.randint(200, 1500))
    d.P("□ 세부 진행", "  ○ 10:00 식전 공연 → 10:20 국민의례 → 10:30 기념사 → 10:45 시상 → 11:10 부대행사")
    if vip:
        d.P("□ 주요 인사 이동 동선 및 경호 배치",
            "  ○ 도착: 10:12 후문 지하주차장 B2 → 전용 엘리베이터(3호기) → 2층 대기실(201호)",
            "  ○ 근접 경호 %d명, 외곽 통제 %d명, 출입구 검색대 %d개소(정문·후문·서측)" % (r.randint(4, 8), r.randint(20, 40), r.randint(2, 4)),
            "  ○ 비상 대피 경로: 무대 좌측 비상구 → 하역장 → 대기 차량(2대, 번호판 별도 관리)",
            "  ○ 취약 지점: 동측 주차장 펜스 미설치 구간(약 40m), 2층 관람석 난간 측 시야 노출")
        d.cue("주요 인사 이동 동선 및 경호 배치", "body")
        d.label("non_public", ["OIDA-9-1-3"], "content: VIP route, guard posts, weak points", "Operational event plan exposing VIP movements, guard posts and weak points (생명·신체 보호).")
    else:
        d.P("□ 소요 예산: 금%s원(행사운영비)" % money(r.randint(5, 80) * 1000000), "□ 협조 사항", "  ○ 교통 통제 및 주차 안내: 교통행정과, 관할 경찰서",
            "  ○ 응급 의료 지원: 보건소(구급차 1대 대기)")
        d.label("public", [], "event plan of a public ceremony", "Plan for a public event; no personal or security-sensitive detail.")
    return d


def t_appoint(r, v):
    """인사발령 (public; grades like 3급 are civil-service grades).  v['discipline']: includes 징계 line -> partial -6."""
    d = new_doc(r, ("central", "local", "edu"), 1996, 2026, "인사(발령)")
    y = d.year
    ymd = rdate(r, y, 1, 12)
    d.ymd = ymd
    d.T(pick(r, ["인 사 발 령", "인사발령 통지", "%s 인사발령(%s자)" % (d.agname, dt(*ymd, style="dot"))]))
    d.R(dt(*ymd, style="kor"))
    rows = [["소속", "직급", "성명", "발령 사항"]]
    dp = lambda: pick(r, d.ag.depts)
    if d.ag.kind == "central":
        pool = [("3급(부이사관)", "%s 국장 직무대리를 명함" % d.agname), ("3급(부이사관)", "승진임용"), ("4급(서기관)", head_of(dp())),
                ("4급(서기관)", "%s 파견을 명함(%s까지)" % (pick(r, ["국무조정실", AG["mois"].name(y)]), dt(y + 1, 2, 28))),
                ("5급(행정사무관)", "%s 근무를 명함" % dp()), ("행정6급(행정주사)", "전보"), ("행정7급(행정주사보)", "승진임용"), ("행정9급(행정서기보)", "신규임용(시보)")]
    elif d.ag.kind == "local":
        pool = [("4급(지방서기관)", "%s 국장에 보함" % d.agname), ("5급(지방행정사무관)", head_of(dp())), ("5급(지방시설사무관)", "승진임용"),
                ("6급(지방행정주사)", "%s 근무를 명함" % dp()), ("7급(지방세무주사보)", "전보"), ("9급(지방행정서기보)", "신규임용(시보)"),
                ("6급(지방행정주사)", "%s 파견을 명함(%s까지)" % (AG["mois"].name(y), dt(y + 1, 2, 28)))]
        if d.ag.key in ("seoul", "gg", "busan", "chungnam", "jeonnam", "gangwon", "jeju", "sejong"):
            pool.append(("3급(지방부이사관)", "%s 기획조정실장 직무대리를 명함" % d.agname))
    else:
        pool = [("장학관", "%s 교육장에 보함" % pick(r, ["○○교육지원청"])), ("교육연구관", head_of(dp())), ("4급(지방교육서기관)", head_of(dp())),
                ("교육행정6급", "전보"), ("교육행정9급", "신규임용(시보)"), ("장학사", "%s 근무를 명함" % dp())]
    for _ in range(r.randint(4, 9)):
        g, act = pick(r, pool)
        rows.append([dp(), g, nm(r), act])
    if not any("3급" in x[1] for x in rows[1:]) and any("3급" in g for g, _ in pool):
        g, act = [x for x in pool if "3급" in x[0]][0]
        rows.insert(1, [dp(), g, nm(r), act])
    if v.get("discipline"):
        who = nm(r)
        law = "「지방공무원법」 제72조" if d.ag.kind == "local" else "「국가공무원법」 제80조"
        rows.append([dp(), "6급(%s)" % ("지방행정주사" if d.ag.kind == "local" else "행정주사"), who,
                     "정직 %d월에 처함(%s, 음주운전)" % (r.randint(1, 3), law)])
        d.cue(who, "table row (disciplinary sanction for this official)")
        d.cue("음주운전", "table row (reason of sanction)")
    d.TB(rows)
    d.P("", d.ag.headname(y))
    if any("3급" in x[1] for x in rows[1:]):
        d.cue("3급", "table (civil-service grade)")
    if v.get("discipline"):
        d.label("partial", ["OIDA-9-1-6", "PIPA-23"], "named official's disciplinary sanction for drunk driving",
                "Appointment list is public, but the named official's disciplinary sanction (음주운전) is personal/criminal information; remove that row.")
    else:
        d.label("public", [], "officials' appointments; '3급' is a grade", "Officials' appointments in office are disclosable; 3급/4급 are civil-service grades (mention-only).")
    return d


def t_duty(r, v):
    d = new_doc(r, ("central", "local", "edu", "corp"), 1999, 2026, "복무·출장")
    y = d.year
    ymd = rdate(r, y)
    title = pick(r, ["%d년 하계휴가 운영 및 복무 관리 지침" % y, "국내 출장 여비 지급 기준 안내", "유연근무제 운영 지침(개정)", "명절 전후 공직기강 확립 및 복무 점검 계획"])
    if chance(r, 0.5):
        body = ["1. %s호와 관련입니다." % ("%s-%d(%s)" % (pick(r, d.ag.depts).split()[-1], r.randint(100, 9000), dt(*add_days(ymd, -30)))),
                "2. %s 다음과 같이 알려드리니 소속 직원에게 안내하여 주시기 바랍니다." % J(title, "을"),
                "  가. 적용 기간: %s ~ %s" % (dt(*ymd), dt(*add_days(ymd, 90))),
                "  나. 주요 내용", "    1) 휴가·출장 시 사전에 전자인사관리시스템에 신청하고 결재를 받을 것",
                "    2) 출장 여비는 「공무원 여비 규정」 별표의 기준에 따라 정액 지급하되, 관용차량 이용 시 교통비는 지급하지 않음",
                "    3) 출퇴근 시간 기록은 본인이 직접 하며 대리 입력 적발 시 엄중 문책",
                "  다. 점검: 감사부서에서 불시 복무 점검 실시"]
        gian(d, dept_like(r, d.ag, "admin"), ymd, "각 부서장", title, body, pub=pub_field(r, "공개", y=y) if chance(r, 0.5) else None)
    else:
        report_head(d, title, ymd, dept_like(r, d.ag, "admin"))
        d.P("□ 목적", "  ○ 공무원의 복무 기강을 확립하고 업무 공백을 방지", "□ 세부 기준")
        d.TB([["구분", "기준", "비고"], ["연가", "부서별 업무 공백이 없도록 분산 사용", "최소 5일 이상 권장"], ["출장", "출장 목적과 결과를 기록",
                                                                                           "여비는 정액"], ["유연근무", "시차출퇴근·재택근무 신청", "주 1회 이상 대면 근무"]])
        d.P("□ 위반 시 조치", "  ○ 경고 이상 문책, 필요 시 징계 요구")
    d.label("public", [], "general duty guideline", "General internal guideline without personal data.")
    return d


def t_shelter(r, v):
    """대피소 지정 현황 (public) vs v['vuln']: 취약시설 세부/방호 공백 (non_public -3, optional 대외비)."""
    d = new_doc(r, ("local", "fire"), 2001, 2026, "재난·안전")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    vuln = v.get("vuln")
    mark = v.get("mark")
    if not vuln:
        d.T("%d년 %s 민방위 대피시설 및 지진 옥외대피장소 지정 현황" % (y, d.agname))
        rows = [["연번", "시설명", "소재지", "면적(㎡)", "수용인원(명)"]]
        for i in range(r.randint(5, 9)):
            rows.append([str(i + 1), pick(r, ["○○초등학교 운동장", "시민공원 잔디광장", "○○아파트 지하주차장", "구민체육센터 지하 1층", "○○역 지하 대합실"]),
                         "%s %d" % (pick(r, ROADS), r.randint(1, 300)), money(r.randint(900, 20000)), money(r.randint(300, 9000))])
        d.TB(rows)
        d.P("※ 대피시설 위치는 안전디딤돌 앱 및 누리집에서도 확인할 수 있습니다.")
        d.label("public", [], "published shelter list", "Shelter list published for residents.")
        return d
    title = pick(r, ["정수장·배수지 등 주요 기반시설 취약 요인 점검 결과", "%s 청사 방호 취약점 진단 결과" % d.agname, "다중이용시설 테러 취약 요소 점검 결과"])
    report_head(d, title, ymd, dept_like(r, d.ag, "security"))
    d.P("□ 점검 개요", "  ○ 기간: %s ~ %s, 대상: %d개소" % (dt(*add_days(ymd, -30)), dt(*add_days(ymd, -10)), r.randint(5, 20)))
    d.P("□ 시설별 취약 요인")
    rows = [["시설", "위치", "취약 요인", "보완 계획"]]
    for _ in range(r.randint(3, 5)):
        rows.append([pick(r, ["○○정수장", "제2배수지", "본관 전산실", "비상발전기실", "통합관제센터", "가스 정압실"]),
                     "%s %d 지하 %d층" % (pick(r, ROADS), r.randint(1, 300), r.randint(1, 3)),
                     pick(r, ["야간 경비 1명 단독 근무(22:00~06:00)", "CCTV 사각지대(북측 담장 약 35m)", "출입 카드 없이 하역장 경유 진입 가능",
                              "염소 저장 탱크 밸브 잠금장치 미설치", "비상발전기 연료 8시간분만 비축"]),
                     pick(r, ["하반기 예산 반영", "즉시 보완", "차년도 반영", "관계기관 협의"])])
    d.TB(rows)
    d.P("□ 조치 계획", "  ○ 취약 요인이 외부에 알려지지 않도록 자료 배부를 최소화하고 회수 관리")
    d.cue(rows[1][2], "table cell (vulnerability)")
    reasons = ["OIDA-9-1-3"]
    if mark:
        apply_mark(d, mark, ymd)
        if mark != "대외비":
            reasons.append("OIDA-9-1-1")
        d.label("non_public", reasons, "stamp %s + vulnerability details" % mark, "Vulnerability survey of critical facilities (생명·신체·재산 보호) carrying its own classification stamp.", marking=mark)
    else:
        d.label("non_public", reasons, "content: facility weak points, unguarded hours", "Unmarked vulnerability survey; disclosure would help attacks on facilities (제3호).")
    return d


def t_expense(r, v):
    """업무추진비 집행내역 공개 (public) / v['private']: lists private attendees by name -> partial -6."""
    d = new_doc(r, ("local", "central", "edu", "corp"), 2005, 2026, "예산·결산(업무추진비)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    d.T("%d년 %d월 %s 업무추진비 집행내역" % (y, ymd[1], pick(r, ["기관장", "부기관장", "%s" % pick(r, d.ag.depts)])))
    rows = [["집행일자", "집행목적", "집행장소", "대상인원", "금액(원)", "결제방법"]]
    priv = v.get("private")
    for _ in range(r.randint(5, 10)):
        tgt = pick(r, ["직원 %d명" % r.randint(3, 12), "유관기관 관계자 등 %d명" % r.randint(3, 9), "%s 직원 %d명" % (pick(r, d.ag.depts), r.randint(2, 8))])
        if priv and chance(r, 0.5):
            tgt = "%s(%s 대표) 외 %d명" % (nm(r), pick(r, COMPANIES + ["○○마을 부녀회", "○○동 주민자치회"]), r.randint(1, 4))
        rows.append(["%d.%02d.%02d." % (y, ymd[1], r.randint(1, 28)), pick(r, ["현안 업무 추진 간담회", "유관기관 협력 간담회", "격려 물품 구입", "직원 사기 진작 간담회",
                                                                               "민원 현장 방문 간담회"]),
                     pick(r, ["○○식당", "한식당 ○○", "청사 구내식당", "○○베이커리", "○○농협 하나로마트"]), tgt,
                     money(r.randint(30, 600) * 1000), pick(r, ["카드", "카드", "계좌이체"])])
    if priv:
        rows.append(["%d.%02d.%02d." % (y, ymd[1], r.randint(1, 28)), "경조사비(조의금)", "-", "%s (주민, %s 거주)" % (nm(r), pick(r, DONGS)), "50,000", "현금"])
    d.TB(rows)
    d.P("※ 「%s」에 따라 매월 공개합니다." % pick(r, ["지방자치단체 업무추진비 집행에 관한 규칙", "업무추진비 공개 지침", "정보공개 운영 지침"]))
    if priv:
        d.cue(rows[-1][3], "table cell (private person)")
        d.label("partial", ["OIDA-9-1-6"], "private attendees / condolence recipient named", "Expense list is published monthly, but private attendees and a condolence recipient are named; mask them.")
    else:
        d.label("public", [], "monthly expense disclosure", "Monthly expense disclosure; attendees given as counts/organisations only.")
    return d


def t_overstated(r, v):
    """Stated field more restrictive than the content: an already published notice or a routine circular."""
    d = new_doc(r, ("local", "central", "edu"), 2005, 2026, "공문(공고 게시 의뢰)")
    y = d.year
    ymd = rdate(r, y)
    k = pick(r, [("비공개", [5]), ("부분공개", [6]), ("비공개", [6]), ("비공개", [5, 6])])
    stated = pub_field(r, k[0], k[1], y)
    which = pick(r, ["notice", "training", "form"])
    if which == "notice":
        title = "%s 공고 게시 의뢰" % pick(r, ["도로구역 변경 결정", "도시계획시설(공원) 실시계획 인가", "행정예고"])
        body = ["1. 붙임의 %s 공고문을 누리집과 게시판에 %s부터 %d일간 게시하여 주시기 바랍니다." % (title.split(" 공고")[0], dt(*add_days(ymd, 2)), pick(r, [7, 14, 20])),
                "2. 게시 후 게시 기간이 끝나면 게시 결과를 통보하여 주시기 바랍니다."]
        att = ["공고문 1부."]
        why = "A notice sent for posting is public by purpose"
    elif which == "training":
        title = "%d년 청렴 교육 계획 알림" % y
        body = ["1. %d년 청렴 교육을 다음과 같이 실시하오니 직원들이 빠짐없이 참석하도록 하여 주시기 바랍니다." % y,
                "  가. 일시: %s 15:00" % dt(*add_days(ymd, 14), style="dotw"), "  나. 장소: 본관 대강당", "  다. 강사: %s(%s 청렴교육 전문강사)" % (pick(r, ["국민권익위원회", "인사혁신처"]), "위촉")]
        att = None
        why = "Routine training notice"
    else:
        title = "민원 서식 개정 안내"
        body = ["1. 「민원 처리에 관한 법률」 개정에 따라 민원 서식 %d종을 붙임과 같이 개정하였습니다." % r.randint(2, 9),
                "2. 개정 서식은 %s부터 사용하여 주시기 바랍니다." % dt(*add_days(ymd, 10))]
        att = ["개정 서식 %d종 1부." % r.randint(2, 9)]
        why = "Blank forms and a routine circular"
    gian(d, pick(r, d.ag.depts), ymd, recv_for(r, d.ag), title, body, attach=att, pub=stated)
    d.stated_agrees = False
    d.label("public", [], "content overrides stated field '%s'" % stated,
            "%s; the stated '%s' is over-restrictive (no personal data, no deliberation), gold follows content." % (why, stated))
    return d


def t_consent(r, v):
    """개인정보 수집·이용 동의서: blank (public) or filled (partial -6 [+PIPA-24])."""
    d = new_doc(r, ("local", "central", "corp", "edu"), 2012, 2026, "개인정보 동의서")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    filled = v.get("filled")
    prog = pick(r, ["%d년 주민 정보화 교육" % y, "자원봉사자 등록", "%d년 청년 인턴십" % y, "재난 안전 문자 수신 신청", "공공 체육시설 회원 등록"])
    d.T("개인정보 수집·이용 동의서")
    d.P("%s(이하 '기관')은 「개인정보 보호법」 제15조에 따라 %s 업무를 위하여 아래와 같이 개인정보를 수집·이용하고자 합니다." % (d.agname, prog))
    d.TB([["수집 항목", "성명, 생년월일, 휴대전화번호, 주소" + (", 주민등록번호(상해보험 가입 시에 한함, 「개인정보 보호법」 제24조의2 및 「%s」)" % pick(r, ["보험업법 시행령 제102조", "소득세법 시행령 제216조의3"]) if chance(r, 0.4) else "")],
          ["수집·이용 목적", "%s 대상자 관리 및 연락" % prog], ["보유 기간", "사업 종료 후 %d년" % pick(r, [1, 3, 5])],
          ["동의 거부 권리", "동의를 거부할 수 있으며, 거부 시 %s 참여가 제한될 수 있습니다." % prog]], widths=[0.25, 0.75])
    d.P("", "위와 같이 개인정보를 수집·이용하는 데 동의합니까?   □ 동의함   □ 동의하지 않음", "")
    if filled:
        p = people(r, 1, y, d.ag.region, y0=1950, y1=2004)[0]
        withrrn = v.get("rrn")
        d.P("                     %s" % dt(*ymd, style="kor"))
        d.TB([["성명", p["name"] + "  (서명)"], ["생년월일", p["birth"]] if not withrrn else ["주민등록번호", p["rrn_full"]], ["연락처", p["tel"]], ["주소", p["addr"]]], widths=[0.25, 0.75])
        d.P("※ 동의함 ■")
        d.cue(p["name"], "signature table")
        if withrrn:
            d.cue(p["rrn_full"], "signature table (unmasked RRN)")
            d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "filled form with unmasked RRN", "Form text is public; the signatory's name, RRN, phone and address must be removed.")
        else:
            d.label("partial", ["OIDA-9-1-6"], "filled form with signatory's data", "Form text is public; the signatory's name, birth date, phone and address must be removed.")
    else:
        d.P("                     년      월      일", "                     성명:              (서명 또는 인)")
        d.label("public", [], "blank form", "Blank consent form; lists data items but contains no one's data.")
    return d


def t_audit(r, v):
    """감사.  v['stage']: 'result' (published, masked; public) | 'ongoing' (문답서/조사 중; non_public) + optional mark/stated."""
    stage = v.get("stage", "result")
    d = new_doc(r, ("local", "central", "edu", "corp"), 2000, 2026, "감사")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    tgt = pick(r, ["○○사업소", "%s" % pick(r, d.ag.depts), "○○복지관(위탁)", "○○중학교", "시설관리공단"])
    if stage == "result":
        d.T("%s 종합감사 결과" % tgt)
        d.TB([["감사 기간", "%s ~ %s (%d일간)" % (dt(*add_days(ymd, -60)), dt(*add_days(ymd, -50)), 8)], ["감사 인원", "%d명" % r.randint(4, 9)],
              ["처분 요구", "시정 %d건, 주의 %d건, 징계 %d명, 훈계 %d명" % (r.randint(1, 6), r.randint(2, 9), r.randint(0, 2), r.randint(1, 5))]], widths=[0.22, 0.78])
        d.B()
        d.P("1. 보조금 정산 검사 소홀 [주의]", "  ○ 관련자: %s %s, %s %s" % (pick(r, ["지방행정주사", "주무관"]), mask_name(r, nm(r), "o"), pick(r, ["팀장", "사무관"]), mask_name(r, nm(r), "o")),
            "  ○ 내용: 민간 보조사업자의 정산 보고서 검토 시 증빙 누락을 확인하지 않고 정산을 완료함 (과다 지급액 %s원)" % money(r.randint(100, 9000) * 1000))
        d.P("2. 계약 업무 부적정 [시정]", "  ○ 수의계약 한도를 초과하는 물품을 분할하여 계약한 사례 %d건" % r.randint(2, 6),
            "3. 공용차량 운행일지 관리 소홀 [주의]")
        d.P("", "※ 이 감사 결과는 「공공감사에 관한 법률」 제26조에 따라 공개하며, 관련자 성명은 가림 처리함.")
        d.cue("관련자:", "body (persons concerned, masked names follow)")
        d.label("public", [], "final audit result, names masked", "Published audit result; persons concerned are masked.")
        return d
    # ongoing audit materials
    who = nm(r)
    title = pick(r, ["%s 특정감사 문답서" % tgt, "%s 비위 제보 사실 확인 조사 결과(중간)" % tgt, "감사 진행 상황 보고(%s)" % tgt])
    report_head(d, title, ymd, pick(r, ["감사관실", "감사담당관", "감사실 조사팀", "감사위원회 조사과"]))
    d.TB([["피조사자", "%s %s (%s)" % (pick(r, ["지방시설주사", "주무관", "차장", "행정실장"]), who, tgt)], ["조사 일시", "%s 14:00~16:40" % dt(*ymd)],
          ["조사자", "감사관 %s, 주무관 %s" % (nm(r), nm(r))]], widths=[0.2, 0.8])
    d.B()
    d.P("문: 진술인은 %d년 %d월 ○○ 물품 구매 계약을 담당한 사실이 있는가요." % (y, max(1, ymd[1] - 2)),
        "답: 네, 제가 구매 요구부터 검수까지 담당하였습니다.",
        "문: 같은 업체와 한 달 사이에 %d차례 수의계약을 체결한 이유는 무엇인가요." % r.randint(3, 5),
        "답: 예산 배정이 나누어 내려와서 그렇게 처리하였습니다. 분할하려는 의도는 없었습니다.",
        "문: 해당 업체 대표 %s 개인적 친분이 있나요." % J(nm(r), "과"),
        "답: 고등학교 동문이지만 업무와는 관계가 없습니다.",
        "※ 추가 확인 사항: 업체 계좌 거래 내역 및 견적서 작성 일시 확인 필요(%s까지)" % dt(*add_days(ymd, 14)))
    d.cue(who, "피조사자 (named official under investigation)")
    d.cue(title, "title (ongoing audit)")
    reasons = ["OIDA-9-1-5", "OIDA-9-1-6"]
    mark = v.get("mark")
    if mark:
        apply_mark(d, mark, ymd)
        d.label("non_public", reasons, "stamp 대외비 + ongoing audit interview", "Ongoing audit interview record of a named official, carrying a 대외비 stamp.", marking=mark)
    elif v.get("stated") == "공개":
        d.P("", "공개구분: 공개")
        d.cue("공개구분: 공개", "stated field (wrong)")
        d.stated_agrees = False
        d.label("non_public", reasons, "content overrides stated '공개': ongoing audit + named official", "Stated 공개 disagrees with content: an ongoing audit interview of a named official.")
    else:
        d.label("non_public", reasons, "content: ongoing audit Q&A of named official", "Unmarked, no stated field: the audit is still in progress and names the official questioned.")
    return d


def t_union(r, v):
    """노동조합.  v['members']: 조합비 공제 명단 (non_public -6 PIPA-23); else 단체협약 체결 안내 (public)."""
    d = new_doc(r, ("local", "corp", "central", "edu"), 2007, 2026, "노동조합")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    if d.ag.kind == "corp":
        un = pick(r, ["%s 노동조합" % d.agname, "전국공공운수노조 %s지부" % d.agname])
    else:
        un = pick(r, ["%s 공무원노동조합" % d.agname, "전국공무원노동조합 %s지부" % d.agname])
    if not v.get("members"):
        body = ["1. %s %s %s 단체협약을 체결하였음을 알려드립니다." % (J(d.agname, "과"), J(un, "은"), dt(*add_days(ymd, -5))),
                "2. 주요 내용은 다음과 같습니다.", "  가. 근무 환경 개선: 휴게 공간 확충, 민원 응대 직원 보호 조치",
                "  나. 복지: 맞춤형 복지 포인트 %d포인트 상향" % r.randint(50, 200), "  다. 협약 유효기간: %d년" % pick(r, [1, 2]),
                "3. 협약서 전문은 내부 게시판에서 확인할 수 있습니다."]
        gian(d, dept_like(r, d.ag, "admin"), ymd, "전 직원", "%d년 단체협약 체결 결과 알림" % y, body, pub=pub_field(r, "공개", y=y) if chance(r, 0.5) else None)
        d.cue(un, "body (union as an organisation)")
        d.label("public", [], "agreement announced; no member data", "Announcement of a collective agreement; the union appears only as an organisation.")
        return d
    d.T("%d년 %d월 조합비 급여 공제 명단" % (y, ymd[1]))
    d.P("%s → %s 급여담당" % (un, d.agname))
    rows = [["연번", "소속", "직급", "성명", "공제액(원)", "비고"]]
    for i in range(r.randint(8, 16)):
        rows.append([str(i + 1), pick(r, d.ag.depts), pick(r, ["7급", "8급", "6급", "기능8급", "공무직"]), nm(r), money(pick(r, [12000, 15000, 18000, 20000])),
                     pick(r, ["", "", "신규 가입", "탈퇴 예정"])])
    d.TB(rows)
    d.P("※ 위 조합원의 %d월분 조합비를 급여에서 공제하여 조합 계좌로 이체하여 주시기 바랍니다." % ymd[1])
    d.cue(rows[1][3], "table (member name)")
    d.label("non_public", ["OIDA-9-1-6", "PIPA-23"], "content: union membership roster", "Roster of named union members (trade-union membership is sensitive data); the roster is the whole document.")
    return d


def t_trip(r, v):
    """공무국외출장 계획.  v['pp']: 'full' -> partial -6 PIPA-24 ; 'masked' -> public."""
    d = new_doc(r, ("central", "local", "corp", "edu"), 2003, 2026, "복무·출장(국외)")
    y = d.year
    ymd = rdate(r, y)
    dest = pick(r, [("일본 도쿄", "재난 대응 체계 벤치마킹"), ("독일 베를린", "공공데이터 개방 정책 조사"), ("싱가포르", "스마트시티 운영 사례 조사"),
                    ("베트남 하노이", "자매도시 교류 협력 협의"), ("네덜란드 로테르담", "항만 안전관리 연수"), ("미국 워싱턴 D.C.", "국제 학술회의 참석")])
    if d.ag.kind != "local" and "자매도시" in dest[1]:
        dest = ("베트남 하노이", "개발협력 사업 현지 점검")
    full = v.get("pp", "full") == "full"
    body = ["1. %s 위한 공무국외출장을 다음과 같이 추진하고자 합니다." % J(dest[1], "을"),
            "  가. 출장지: %s" % dest[0], "  나. 기간: %s ~ %s (%d박 %d일)" % (dt(*add_days(ymd, 20)), dt(*add_days(ymd, 25)), 4, 6),
            "  다. 출장자: 붙임 명단 참조", "  라. 소요 예산: 금%s원(국외업무여비)" % money(r.randint(8, 60) * 1000000),
            "2. 출장 결과는 귀국 후 30일 이내에 결과보고서를 작성하여 %s에 게시할 예정입니다." % ("국외출장 정보공개 시스템" if y >= 2019 else "누리집")]
    gian(d, pick(r, d.ag.depts), ymd, "내부결재", "%d년 %s 공무국외출장 계획" % (y, dest[0].split()[0]), body, attach=["출장자 명단 1부."],
         pub=pub_field(r, "부분공개", [6], y) if (full and chance(r, 0.5)) else (pub_field(r, "공개", y=y) if chance(r, 0.4) else None))
    d.B()
    d.P("[붙임] 출장자 명단")
    rows = [["연번", "소속", "직급", "성명", "여권번호", "비고"]]
    for i in range(r.randint(2, 5)):
        pp = passport(r, y)
        rows.append([str(i + 1), pick(r, d.ag.depts), pick(r, ["서기관", "사무관", "주무관", "팀장", "과장"]), nm(r),
                     pp if full else pp[:4] + "****", "단장" if i == 0 else ""])
    d.TB(rows)
    if full:
        d.cue(rows[1][4], "table (unmasked passport number)")
        d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "unmasked passport numbers of officials", "Official trip plan is disclosable; the travellers' passport numbers must be removed.")
    else:
        d.cue(rows[1][4], "table (masked passport number)")
        d.label("public", [], "officials on duty, passport numbers masked", "Trip plan naming officials on duty; passport numbers already masked.")
    return d


def t_mislabel(r, v):
    """Stated 공개 but lists full RRNs and bank accounts (content decides: partial -6 PIPA-24)."""
    d = new_doc(r, ("local", "central", "edu", "corp"), 2000, 2026, "공문(지급)")
    y = d.year
    ymd = rdate(r, y)
    opts = [("강사수당", "%s 외부강사 수당 지급 기준" % d.agname), ("자문위원 수당", "%s 위원회 수당 지급 기준" % d.agname)]
    if d.ag.kind in ("local", "corp"):
        opts.append(("손실보상금", "「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」 제%d조" % pick(r, [70, 77, 79])))
    if d.ag.kind == "local":
        opts += [("신고 포상금", "「%s 불법 광고물 신고 포상금 지급 조례」" % d.agname), ("재난지원금 이의신청 인용분", "%d년 재난지원금 지급 계획 및 이의신청 처리 기준" % y)]
    kind, basis = pick(r, opts)
    ps = people(r, r.randint(3, 6), y, d.ag.region, y0=1945, y1=1999)
    body = ["1. %s 지급 대상자가 다음과 같이 확정되어 지급을 요청합니다." % kind,
            "  가. 지급 근거: %s" % basis,
            "  나. 지급 방법: 본인 명의 계좌로 입금", "2. 지급 대상자"]
    stated = pick(r, ["공개", "공개", "대국민 공개"])
    gian(d, dept_like(r, d.ag, "contract"), ymd, pick(r, ["재무과장", "회계과장", "경리팀장", "내부결재"]), "%s 지급 요청" % kind, body, pub=stated, attach=["지급 명세 1부."])
    rows = [["연번", "성명", "주민등록번호", "주소", "금액(원)", "은행", "계좌번호"]]
    for i, p in enumerate(ps):
        b, acc = account(r)
        rows.append([str(i + 1), p["name"], p["rrn_full"], p["addr"], money(r.randint(5, 300) * 10000), b, acc])
    d.B()
    d.TB(rows)
    d.stated_agrees = False
    d.cue(rows[1][2], "table (unmasked RRN)")
    d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "content overrides stated '%s': full RRNs + accounts" % stated,
            "Stated 공개 but the payee table holds full RRNs, addresses and accounts; gold follows content (t_mislabeled analogue).")
    return d


def t_contract(r, v):
    """용역 계약서 (partial: 개인사업자 대표 주소·계좌 -6, or 단가 산출 -7)."""
    d = new_doc(r, ("local", "central", "corp", "edu"), 1998, 2026, "계약·입찰(계약서)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    sole = v.get("sole", chance(r, 0.5))
    comp = pick(r, COMPANIES) if not sole else pick(r, ["○○인쇄", "한솔조경", "대한전기상사", "푸른청소", "새한설비"])
    rep = nm(r)
    proj = pick(r, ["청사 청소 용역", "%d년 홍보물 제작" % y, "전산장비 유지보수"] + (["가로수 전정 작업", "공원 시설물 보수"] if d.ag.kind == "local" else []))
    amt = r.randint(8, 300) * 1000000
    d.T("%s 계약서" % proj)
    d.P("%s(이하 \"갑\"이라 한다)와 %s(이하 \"을\"이라 한다)는 다음과 같이 계약을 체결한다." % (d.agname, comp))
    d.TB([["계약명", proj], ["계약금액", "금%s원(금%s원, 부가가치세 포함)" % (money(amt), won_hangul(amt))], ["계약기간", "%s ~ %s" % (dt(*ymd), dt(y, 12, 31))],
          ["계약보증금", "계약금액의 100분의 %d" % pick(r, [5, 10])], ["지체상금률", "1일 %s" % pick(r, ["0.5/1,000", "1.25/1,000", "0.75/1,000"])]], widths=[0.22, 0.78])
    d.P("제1조(목적) 을은 붙임 과업지시서에 따라 성실히 과업을 수행한다.", "제2조(대금 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 대금을 지급한다.",
        "제3조(비밀 유지) 을은 계약 이행 중 알게 된 갑의 업무상 비밀과 개인정보를 누설하여서는 아니 된다.", "")
    reasons = []
    rows = [["구분", "갑", "을"], ["기관/상호", d.agname, comp], ["대표자", d.ag.headname(y), rep]]
    if sole:
        p = people(r, 1, y, d.ag.region, y0=1950, y1=1990)[0]
        b, acc = account(r)
        rows += [["사업자등록번호", "-", brn(r)], ["주소", d.ag.where(y)[1], p["addr"] + " (자택 겸 사업장)"], ["연락처", office_tel(r, d.ag, y), p["tel"]],
                 ["대금 입금 계좌", "-", "%s %s (예금주 %s)" % (b, acc, rep)]]
        d.cue(p["tel"], "party table (sole proprietor's mobile)")
        reasons.append("OIDA-9-1-6")
    if not sole or chance(r, 0.4):
        d.TB(rows)
        d.P("", "[붙임] 산출내역서(을 제출)")
        d.TB([["품명", "규격", "수량", "단가", "금액"]] + [[pick(r, ["인건비(보통인부)", "장비 사용료", "자재비", "일반관리비", "이윤"]), pick(r, ["인·일", "식", "대·일", "%"]),
                                                          str(r.randint(1, 120)), money(r.randint(5, 400) * 1000), money(r.randint(1, 90) * 100000)] for _ in range(5)])
        d.cue("산출내역서(을 제출)", "attachment (unit prices)")
        reasons.append("OIDA-9-1-7")
    else:
        d.TB(rows)
    d.P("", "%s" % dt(*ymd, style="kor"), "갑: %s        (인)" % d.ag.headname(y), "을: %s 대표 %s  (인)" % (comp, rep))
    d.label("partial", reasons, "party table / 산출내역", "Contract terms are disclosable; %s must be removed." %
            " and ".join(x for x, c in (("the sole proprietor's home address, mobile and account", "OIDA-9-1-6" in reasons),
                                         ("the contractor's unit-price breakdown", "OIDA-9-1-7" in reasons)) if c))
    return d


def t_award(r, v):
    d = new_doc(r, ("local", "central", "fire", "police"), 1996, 2026, "포상")
    y = d.year
    ymd = rdate(r, y)
    p = people(r, 1, y, d.ag.region, y0=1940, y1=1995)[0]
    kind = pick(r, ["의인상", "모범시민 표창", "자원봉사 유공 표창", "선행 시민 포상"])
    body = ["1. %s 대상자를 다음과 같이 추천합니다." % kind, "  가. 추천 대상: 붙임 공적조서 참조", "  나. 공적 요지: %s" % pick(r, [
        "화재 현장에서 거동이 불편한 이웃 2명을 구조함", "20년간 독거노인 도시락 배달 봉사", "하천에 빠진 초등학생을 구조함", "보이스피싱 피해를 막아 노인의 재산을 지킴"])]
    gian(d, dept_like(r, d.ag, "admin"), ymd, pick(r, ["행정안전부장관(의정관)", "%s(총무과장)" % pick(r, ["경기도지사", "서울특별시장", "부산광역시장"]), "내부결재"]),
         "%d년 %s 추천" % (y, kind), body, attach=["공적조서 1부."], pub=pub_field(r, "부분공개", [6], y) if chance(r, 0.5) else None)
    d.B()
    d.C("공 적 조 서")
    d.TB([["성명", p["name"], "생년월일", p["birth"]], ["주소", p["addr"], "연락처", p["tel"]], ["직업", pick(r, ["자영업", "주부", "회사원", "무직", "농업"]), "추천 기관", d.agname]])
    d.P("공적 내용: %s년 %d월 %d일 %s 인근에서 발생한 사고 현장에서 신속한 신고와 응급조치로 인명 피해를 줄였음." % (y, max(1, ymd[1] - 1), r.randint(1, 28), pick(r, DONGS)))
    d.cue(p["name"], "공적조서 (private citizen)")
    d.label("partial", ["OIDA-9-1-6"], "private citizen's personal details in 공적조서", "Recommendation is disclosable; the citizen's birth date, address and phone must be removed.")
    return d


def t_subsidy(r, v):
    d = new_doc(r, ("local",), 1998, 2026, "보조금")
    y = d.year
    ymd = rdate(r, y)
    prog = pick(r, ["친환경농업 직불금", "노후 슬레이트 지붕 철거 지원", "귀농 정착 지원금", "소상공인 간판 개선 지원", "농기계 구입 보조"])
    body = ["1. %d년 %s 지원 대상자를 다음과 같이 확정하여 통보합니다." % (y, prog), "  가. 선정 기준: 사업 지침에 따른 서류 심사 및 현장 확인",
            "  나. 지원 규모: %d명, 총 %s원" % (r.randint(5, 40), money(r.randint(20, 800) * 1000000)), "2. 대상자별 지원액은 붙임과 같으며, 사업 완료 후 정산 서류를 제출받아 지급하시기 바랍니다."]
    gian(d, dept_like(r, d.ag, "welfare"), ymd, pick(r, ["각 읍·면장", "○○면장", "농업기술센터소장"]), "%s 대상자 선정 결과 통보" % prog, body, attach=["대상자 명단 1부."],
         pub=pub_field(r, "부분공개", [6], y) if chance(r, 0.4) else None)
    d.B()
    rows = [["연번", "성명", "주소", "지원 내용", "보조금(원)"]]
    for i in range(r.randint(4, 8)):
        rows.append([str(i + 1), nm(r), person_addr(r, y, d.ag.region), pick(r, ["지붕 1동", "농기계 1대", "%d㎡" % r.randint(300, 9000), "간판 1개"]), money(r.randint(50, 3000) * 1000)])
    d.TB(rows)
    d.cue(rows[1][1], "table (beneficiary)")
    d.label("partial", ["OIDA-9-1-6"], "beneficiaries' names and addresses", "Selection notice is disclosable; beneficiaries' names and addresses must be removed.")
    return d


def t_oia_notice(r, v):
    """정보공개 결정 통지서.  v['masked']: applicant masked -> public; else partial -6."""
    d = new_doc(r, ("local", "central", "edu", "corp", "police"), 2005, 2026, "정보공개(결정통지)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    masked = v.get("masked")
    app = nm(r)
    d.T("정보 %s 결정 통지서" % pick(r, ["(부분)공개", "공개", "비공개"]) if chance(r, 0.5) else "정보공개 결정 통지서")
    d.TB([["접수번호", "%d-%07d" % (y, r.randint(1, 9999999))], ["청구인", (mask_name(r, app) if masked else app) + ("" if masked else "  (%s)" % person_addr(r, y))],
          ["청구 내용", pick(r, ["○○공원 조성사업 설계용역 결과보고서 및 업체 원가 산출서", "%d년 기관장 업무추진비 집행 내역" % (y - 1), "○○동 불법건축물 단속 현황 및 민원 처리 내역",
                                 "○○초등학교 급식 납품업체 선정 심사 자료"])]], widths=[0.2, 0.8])
    d.B()
    d.P("귀하의 정보공개 청구에 대한 결정 내용을 다음과 같이 알려드립니다.")
    d.TB([["공개 내용", "결과보고서 본문, 총 사업비, 심사 결과 총점"], ["비공개(부분공개) 내용 및 사유",
                                                      "업체 원가 산출 세부 내역: %s(법인 등의 경영·영업상 비밀)\n민원인 및 심사위원 성명: %s(개인정보)" % (law_cite(r, 7, y, True), law_cite(r, 6, y, True))],
          ["공개 일시", "%s 10:00" % dt(*add_days(ymd, 5))], ["공개 방법", pick(r, ["정보통신망(파일)", "사본 교부", "열람"])], ["수수료", "0원"]], widths=[0.25, 0.75])
    d.P("※ 비공개 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청을, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.")
    d.R(dt(*ymd, style="kor"))
    d.R(d.ag.headname(y))
    d.cue("비공개(부분공개) 내용 및 사유", "table (decision about the requested records)")
    if masked:
        d.label("public", [], "applicant masked; non-disclosure grounds concern other records", "Decision notice with masked applicant; 비공개 citations refer to the requested records, not to this notice.")
    else:
        d.cue(app, "청구인 (real name + address)")
        d.label("partial", ["OIDA-9-1-6"], "applicant's name and home address", "Decision notice is disclosable after removing the applicant's name and address; its 비공개 citations are about other records.")
    return d


def t_accident(r, v):
    d = new_doc(r, ("local", "fire", "edu", "corp"), 1996, 2026, "재난·안전(사고보고)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    vic = people(r, 1, y, d.ag.region, y0=1940, y1=2010)[0]
    where = pick(r, ["○○체육공원 산책로", "○○초등학교 운동장", "○○천 징검다리", "청사 주차장 진입로", "○○시장 공영주차장"])
    d.T(pick(r, ["안전사고 발생 보고", "%s 사고 경위 보고" % where, "시설물 이용자 부상 사고 보고"]))
    d.TB([["일시", "%s %02d:%02d경" % (dt(*ymd, style="dotw"), r.randint(7, 21), r.randint(0, 59))], ["장소", where],
          ["피해자", "%s(%s, %s)" % (vic["name"], "남" if vic["rrn_full"][7] in "13" else "여", vic["birth"])],
          ["피해 상황", pick(r, ["우측 대퇴골 골절, ○○병원 입원 치료 중(전치 8주)", "두부 열상 5cm 봉합, 뇌진탕 의증으로 경과 관찰", "좌측 손목 골절 및 안면 찰과상"])]], widths=[0.2, 0.8])
    d.B()
    d.P("□ 사고 경위", "  ○ 피해자가 %s 지나던 중 %s" % (J(where, "을"), pick(r, ["파손된 보도블록에 걸려 넘어짐", "결빙된 경사로에서 미끄러짐", "고정되지 않은 안전펜스가 넘어지며 부딪힘"])),
        "□ 조치 사항", "  ○ 119 구급대 이송, 현장 통제선 설치 및 긴급 보수 완료", "  ○ 영조물배상공제 사고 접수(%s)" % dt(*add_days(ymd, 1)),
        "□ 향후 계획", "  ○ 유사 시설 일제 점검 및 보수 예산 반영")
    d.cue(vic["name"], "table (victim)")
    d.cue("피해 상황", "table (injury details)")
    d.label("partial", ["OIDA-9-1-6", "PIPA-23"], "victim's identity and injury details", "Accident report is disclosable without the victim's identity and medical details.")
    return d


def t_lecturer(r, v):
    """외부강사 위촉 및 수당 지급: masked RRN (partial -6) or full RRN (partial -6 PIPA-24)."""
    d = new_doc(r, ("local", "central", "edu", "corp", "fire"), 2004, 2026, "복무·수당(강사)")
    y = d.year
    ymd = rdate(r, y)
    full = v.get("full")
    course = pick(r, ["%d년 개인정보보호 교육" % y, "청렴 특강", "민원 응대 역량 강화 교육", "심폐소생술 실습 교육", "기록관리 실무 교육"])
    body = ["1. %s 외부강사를 다음과 같이 위촉하고 강사수당을 지급하고자 합니다." % course,
            "  가. 교육 일시: %s 14:00~16:00(2시간)" % dt(*add_days(ymd, 7), style="dotw"), "  나. 강사수당: 기준에 따라 시간당 %s원" % money(pick(r, [150000, 200000, 250000, 300000]))]
    gian(d, pick(r, d.ag.depts), ymd, "내부결재", "%s 강사 위촉 및 수당 지급" % course, body, attach=["강사 인적사항 1부."],
         pub=pub_field(r, "부분공개", [6], y) if chance(r, 0.5) else None)
    d.B()
    p = people(r, 1, y, None, y0=1955, y1=1990)[0]
    b, acc = account(r)
    d.C("강사 인적사항")
    d.TB([["성명", p["name"], "소속", pick(r, ["○○대학교 교수", "(사)한국강사협회", "프리랜서", "○○병원 응급의학과"])],
          ["주민등록번호", p["rrn_full"] if full else rrn_mask(r, p["rrn_full"]), "연락처", p["tel"]],
          ["주소", p["addr"], "지급계좌", "%s %s" % (b, acc)]])
    d.cue(p["name"], "table (private lecturer)")
    if full:
        d.cue(p["rrn_full"], "table (unmasked RRN)")
        d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "lecturer's full RRN, account, address", "Appointment is disclosable; the private lecturer's full RRN, account, phone and address must be removed.")
    else:
        d.cue("주민등록번호", "table (RRN cell is masked)")
        d.label("partial", ["OIDA-9-1-6"], "lecturer's masked RRN, account, address", "Appointment is disclosable; remove the lecturer's personal details (RRN already masked -> no PIPA-24).")
    return d


def t_sanction(r, v):
    d = new_doc(r, ("local",), 1998, 2026, "행정처분")
    y = d.year
    ymd = rdate(r, y)
    owner = nm(r)
    shop = pick(r, ["○○식당", "○○노래연습장", "○○마트", "○○정육점", "○○PC방"])
    viol = pick(r, [("「식품위생법」 제44조", "청소년에게 주류 제공", "영업정지 2개월"), ("「음악산업진흥에 관한 법률」 제22조", "영업시간 외 영업", "영업정지 10일"),
                    ("「축산물 위생관리법」 제33조", "표시기준 위반", "영업정지 7일"), ("「게임산업진흥에 관한 법률」 제28조", "청소년 출입시간 위반", "영업정지 1개월")])
    body = ["1. 귀 업소에 대하여 다음과 같이 행정처분을 하고자 「행정절차법」 제21조에 따라 사전 통지합니다.",
            "  가. 업소명: %s (대표 %s)" % (shop, owner), "  나. 소재지: %s" % person_addr(r, y, d.ag.region),
            "  다. 위반 내용: %s (%s 위반)" % (viol[1], viol[0]), "  라. 처분 내용: %s" % viol[2],
            "2. 이 처분에 대하여 의견이 있는 경우 %s까지 의견서를 제출하여 주시기 바랍니다. 기한 내 의견 제출이 없으면 의견이 없는 것으로 봅니다." % dt(*add_days(ymd, 10))]
    gian(d, pick(r, ["위생과", "식품위생팀", "문화관광과", "민원봉사과"]), ymd, "%s 대표 %s 귀하" % (shop, owner), "행정처분 사전 통지", body,
         pub=pub_field(r, "부분공개", [6], y) if chance(r, 0.5) else None)
    d.cue(owner, "수신/body (sole proprietor)")
    d.label("partial", ["OIDA-9-1-6"], "owner's name and business address (individual)", "Pre-sanction notice to an individual owner; disclosable after removing the owner's identity.")
    return d


def t_building(r, v):
    d = new_doc(r, ("local",), 1999, 2026, "건축·인허가")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    d.T("%d년 %d월 건축허가(신고) 처리 현황" % (y, ymd[1]))
    rows = [["연번", "허가번호", "건축주", "대지위치", "용도", "연면적(㎡)", "처리일"]]
    for i in range(r.randint(5, 10)):
        owner = nm(r) if chance(r, 0.6) else pick(r, COMPANIES)
        rows.append([str(i + 1), "%d-건축과-신축허가-%d" % (y, r.randint(1, 400)), owner, "%s %d-%d" % (pick(r, DONGS), r.randint(1, 900), r.randint(1, 30)),
                     pick(r, ["단독주택", "제2종근린생활시설", "창고시설", "다가구주택", "공장"]), "%.2f" % (r.random() * 900 + 50), "%d.%d." % (ymd[1], r.randint(1, 28))])
    d.TB(rows)
    d.P("※ 세움터 자료 기준")
    d.cue("건축주", "table column (individual owners named)")
    d.label("partial", ["OIDA-9-1-6"], "individual building owners named", "Permit list is disclosable; individual owners' names (with lot numbers) should be removed.")
    return d


def t_students(r, v):
    d = new_doc(r, ("edu",), 2003, 2026, "교육(학생)")
    y = d.year
    ymd = rdate(r, y)
    comp = pick(r, ["과학탐구대회", "독서토론대회", "학생 발명품 경진대회", "영어 말하기 대회"])
    body = ["1. %d년 %s 결과를 다음과 같이 알리오니 수상 학생에게 시상하여 주시기 바랍니다." % (y, comp), "2. 상장은 %s까지 각 학교로 송부할 예정입니다." % dt(*add_days(ymd, 7))]
    gian(d, dept_like(r, d.ag, "edu"), ymd, "수신자 참조(각 수상 학교장)", "%d년 %s 결과 알림" % (y, comp), body, attach=["수상자 명단 1부."],
         pub=pub_field(r, "공개", y=y) if chance(r, 0.3) else None)
    d.B()
    rows = [["상격", "학교", "학년", "성명", "지도교사"]]
    for s in ["금상", "은상", "은상", "동상", "동상", "장려상"][:r.randint(3, 6)]:
        rows.append([s, "○○%s학교" % pick(r, ["초등", "중", "초등"]), str(r.randint(3, 6)), nm(r), nm(r)])
    d.TB(rows)
    d.cue(rows[1][3], "table (student name)")
    d.label("partial", ["OIDA-9-1-6"], "students (minors) named with school and grade", "Result notice is disclosable; students' names with school/grade should be removed (teachers act in office).")
    return d


# ---------------------------------------------------------------------------
# non-public content templates (marking optional)
# ---------------------------------------------------------------------------


def finish_np(d, v, reasons, decide, why, ymd, copy=False):
    """Apply optional marking / stated field, then label non_public."""
    mark = v.get("mark")
    stated = v.get("stated")
    reasons = list(reasons)
    if mark and v.get("incell"):
        stamp = pick(d.r, MARKS[mark])
        prot = (ymd[0] + d.r.randint(1, 4), 12, 31)
        d.blocks.insert(0, ("table", [["문서관리번호", "%s-%d" % (pick(d.r, d.ag.depts).split()[-1], d.r.randint(100, 9999))], ["보안등급", stamp],
                                      ["보호기간", "%s까지" % dt(*prot)], ["배부처", "%d부 (사본 %d번)" % (d.r.randint(2, 8), d.r.randint(1, 2))]], [0.25, 0.75]))
        d.blocks.insert(1, ("blank",))
        d.cue(stamp, "table cell (보안등급) at top of body; no running header")
        if mark != "대외비":
            reasons.append("OIDA-9-1-1")
    elif mark:
        apply_mark(d, mark, ymd, copyno=(d.r.randint(1, 9) if copy or (mark != "대외비" and chance(d.r, 0.5)) else None),
                   top=v.get("top", True), bottom=v.get("bottom", True))
        if mark != "대외비":
            reasons.append("OIDA-9-1-1")
    if stated:
        nums = sorted(int(x.split("-")[-1]) for x in reasons if x.startswith("OIDA"))
        if stated == "공개":
            s = pick(d.r, ["공개", "공개여부: 공개", "공개구분 : 공개"])
            d.stated_agrees = False
        elif stated == "부분공개":
            s = pub_field(d.r, "부분공개", [6], d.year)
            d.stated_agrees = False
        else:
            s = pub_field(d.r, "비공개", nums, d.year)
            if chance(d.r, 0.5):
                s = pick(d.r, ["공개여부: " + s, "공개구분: " + s, "【%s】" % s, "※ " + law_cite(d.r, nums[-1], d.year) + "에 따라 비공개"])
            d.stated_agrees = True
        d.P("", s)
        d.cue(s, "stated field (end of document)")
    if stated in ("공개", "부분공개"):
        why += " Stated '%s' disagrees with the content; gold follows content." % stated
    d.label("non_public", reasons, decide + ((" + stamp " + mark) if mark else ""), why, marking=mark or "none")
    return d


def t_negotiation(r, v):
    d = new_doc(r, ("local", "corp", "central"), 1998, 2026, "내부검토(협상)")
    y = d.year
    ymd = rdate(r, y)
    lo = r.randint(2, 5)
    topics = [
        ("%d년 임금협상 대응 방안" % y, "노동조합", "기본급 %d.%d%% 인상과 직무수당 신설" % (lo + 2, r.randint(0, 9)), "%d.%d%% 인상" % (lo - 1, r.randint(0, 9)),
         "총액 기준 %d.%d%% 인상" % (lo, r.randint(0, 9)), "복지포인트 상향 및 휴가 1일 추가", "노동위원회 조정 신청"),
        ("○○물류단지 부지 매입 협상 전략", "토지 소유자 측", "감정가 대비 %d%% 상향 매입" % r.randint(20, 45), "감정가 기준 매입",
         "감정가 대비 %d%% 이내" % r.randint(8, 15), "잔여지 추가 매입 및 이주 지원", "수용재결 신청"),
        ("민간투자사업 재구조화 협상 방안", "사업시행자", "최소운영수입보장 기간 %d년 연장" % r.randint(5, 10), "현행 유지",
         "운영 기간 %d년 연장까지" % r.randint(2, 4), "통행료 인상 1년 유예", "실시협약 해지 및 매수 검토"),
        ("○○광역 폐기물처리시설 분담금 협상 입장", "인접 시·군", "분담 비율을 인구수 기준으로 산정", "반입량 기준 산정",
         "반입량 70%·인구수 30% 혼합 기준", "처리 수수료 2년간 감면", "광역 행정협의회 조정 요청"),
    ]
    title, who, demand, first, limit, card, fallback = pick(r, topics)
    report_head(d, title, ymd, dept_like(r, d.ag, "admin" if "임금" in title else ("land" if "부지" in title else None)), sub=pick(r, ["(내부 검토용)", "(실무 검토안)", None]))
    d.P("□ 현황", "  ○ %s %s 요구하고 있음" % (J(who, "은"), J(demand, "을")),
        "  ○ %s 차 교섭(%s)까지 입장 차이가 좁혀지지 않음" % (r.randint(2, 6), dt(*add_days(ymd, -7))),
        "□ 우리 측 입장(안)", "  ○ 1차 제시안: %s" % first,
        "  ○ 최종 수용 한계선: %s (대외 언급 금지)" % limit,
        "  ○ 양보 카드: %s" % card,
        "□ 예상 쟁점 및 대응", "  ○ 상대측이 언론에 공개할 경우를 대비한 보도 대응 논리 준비", "  ○ 협상 결렬 시 %s 절차 검토" % fallback)
    d.cue("최종 수용 한계선", "body (negotiating position)")
    return finish_np(d, v, ["OIDA-9-1-5"], "content: negotiating position/limits under deliberation",
                     "Internal review of a negotiating position still in progress; disclosure would undermine the negotiation.", ymd)


def t_devplan(r, v):
    d = new_doc(r, ("local", "corp", "central"), 1996, 2026, "토지·개발(발표 전)")
    y = d.year
    ymd = rdate(r, y)
    plan = pick(r, ["○○ 신규 공공주택지구 후보지 검토", "○○역세권 도시개발구역 지정 검토", "제2산업단지 입지 선정(안)", "○○IC 인근 물류단지 조성 구상"])
    report_head(d, plan, ymd, dept_like(r, d.ag, "land"), sub=pick(r, ["(발표 전 보안 유지)", "(관계기관 협의용)", None]))
    d.P("□ 후보지 개요")
    rows = [["후보지", "위치(지번)", "면적(㎡)", "현 용도", "비고"]]
    for k in "ABC"[:r.randint(2, 3)]:
        loc = pick(r, ["○○읍 %s리" % pick(r, ["신", "송", "대", "상", "하"]) , "○○면 %s리" % pick(r, ["금", "도", "마", "월"]), pick(r, DONGS)])
        rows.append(["%s지구" % k, "%s 산%d-%d 일원" % (loc, r.randint(1, 200), r.randint(1, 30)),
                     money(r.randint(100, 3000) * 1000), pick(r, ["농지·임야", "자연녹지", "개발제한구역"]), pick(r, ["우선 검토", "보류", "차순위"])])
    d.TB(rows)
    d.P("□ 추진 일정(안)", "  ○ %s 관계기관 협의 → %s 주민 공람 및 지정 발표 예정" % (dt(*add_days(ymd, 30)), dt(*add_days(ymd, 120))),
        "  ○ 발표 전 토지거래허가구역 지정 및 투기 동향 모니터링", "□ 유의 사항", "  ○ 후보지 위치가 사전에 알려질 경우 투기 및 보상 비용 상승 우려가 있으므로 자료 관리 철저")
    d.cue(rows[1][1], "table (candidate site lot)")
    return finish_np(d, v, ["OIDA-9-1-5", "OIDA-9-1-8"], "content: unannounced candidate sites with lot numbers",
                     "Pre-announcement development candidates with lot numbers: speculation risk (제8호) and decision in progress (제5호).", ymd)


def t_crackdown(r, v):
    d = new_doc(r, ("police", "local"), 1996, 2026, "수사·단속(계획)")
    y = d.year
    ymd = rdate(r, y)
    if d.ag.kind == "police":
        what = pick(r, ["불법 사행성 게임장 집중 단속 계획", "%d년 선거사범 단속 및 치안 대책" % y, "상습 음주운전 일제 단속 계획", "불법 유흥업소 합동 점검 계획"])
        unit = pick(r, ["수사과", "생활안전과", "형사과", "경비과"])
    else:
        what = pick(r, ["불법 유흥업소 합동 점검 계획", "원산지 표시 위반 특별사법경찰 단속 계획", "무등록 대부업 합동 단속 계획"])
        unit = pick(r, ["민생사법경찰팀", "특별사법경찰과", "위생과 단속팀"])
    report_head(d, what, ymd, unit)
    d.P("□ 단속 개요", "  ○ 기간: %s ~ %s (사전 비공개)" % (dt(*add_days(ymd, 5)), dt(*add_days(ymd, 35))),
        "  ○ 동원 인력: %d개 팀 %d명" % (r.randint(3, 8), r.randint(15, 60)), "□ 단속 대상 및 시간",
        "  ○ 첩보 입수 업소 %d개소(별지 목록), 심야 시간대(23:00~03:00) 불시 진입" % r.randint(4, 15),
        "  ○ 단속 지점: %s, %s 등 %d곳" % (pick(r, ROADS), pick(r, ROADS), r.randint(3, 9)), "□ 유의 사항", "  ○ 단속 일정 사전 유출 시 증거 인멸 우려, 보안 유지 철저")
    d.cue("첩보 입수 업소", "body")
    return finish_np(d, v, ["OIDA-9-1-4"], "content: enforcement timing/targets before operation",
                     "Enforcement plan with timings and targets before execution (범죄 예방·수사 직무 곤란).", ymd)


def t_investigation(r, v):
    d = new_doc(r, ("police",), 1996, 2026, "수사(진행)", ag=pick(r, ["suwonpol", "mapopol", "haeundaepol", "yuseongpol", "suncheonpol"]))
    y = d.year
    ymd = rdate(r, y)
    sus = people(r, 1, y, None, y0=1955, y1=2000)[0]
    crime = pick(r, ["사기", "업무상 횡령", "보조금 부정수급(「보조금 관리에 관한 법률」 위반)", "전자금융거래법 위반"])
    report_head(d, pick(r, ["수사 진행 상황 보고", "내사 결과 보고", "피의자 %s 수사 보고" % sus["name"]]), ymd, pick(r, ["수사과 지능범죄수사팀", "형사과 강력팀", "수사과 경제팀"]), boxed="plain")
    d.TB([["사건번호", "%d-%06d" % (y, r.randint(1, 999999))], ["죄명", crime], ["피의자", "%s(%s, %s)" % (sus["name"], sus["rrn_full"] if v.get("rrn") else sus["birth"], pick(r, ["무직", "자영업", "회사원"]))],
          ["주거", sus["addr"]]], widths=[0.18, 0.82])
    d.P("□ 수사 경과", "  ○ %s 고소장 접수, 고소인 진술 청취" % dt(*add_days(ymd, -40)), "  ○ 금융계좌 압수수색영장 신청 예정(%s)" % dt(*add_days(ymd, 3)),
        "  ○ 공범으로 추정되는 %s에 대한 통신 사실 확인 자료 분석 중" % mask_name(r, nm(r)), "□ 향후 계획", "  ○ 피의자 소환 조사 후 신병 처리 방향 결정")
    d.cue(sus["name"], "table (suspect)")
    reasons = ["OIDA-9-1-4", "OIDA-9-1-6"]
    if v.get("rrn"):
        reasons.append("PIPA-24")
        d.cue(sus["rrn_full"], "table (unmasked RRN)")
    return finish_np(d, v, reasons, "content: ongoing investigation naming suspect", "Report on an ongoing criminal investigation naming the suspect.", ymd)


def t_litigation(r, v):
    d = new_doc(r, ("local", "central", "corp", "edu"), 1998, 2026, "소송(진행)")
    y = d.year
    ymd = rdate(r, y)
    case = "%d%s%d" % (y - r.randint(0, 1), pick(r, ["구합", "가합", "누", "두", "나"]), r.randint(1000, 99999))
    report_head(d, pick(r, ["행정소송 수행 방안 검토", "손해배상 청구소송 대응 보고", "항소 여부 검토 보고"]), ymd, dept_like(r, d.ag, "law"))
    d.TB([["사건", "%s %s" % (pick(r, ["서울행정법원", "수원지방법원", "대전지방법원", "부산고등법원"]), case)],
          ["원고", pick(r, ["(주)한길엔지니어링", "주식회사 ○○", "○○ 외 %d명" % r.randint(2, 40)])], ["피고", d.ag.headname(y)],
          ["소송대리인", "법무법인 %s(담당 변호사 %s)" % (pick(r, ["정연", "한결", "율촌", "새솔"]), nm(r))]], widths=[0.2, 0.8])
    d.P("□ 쟁점별 검토", "  ○ 처분 사유의 추가·변경 가능 여부: 기본적 사실관계의 동일성이 인정되기 어려워 불리할 가능성",
        "  ○ 재량권 일탈·남용 주장: 유사 사례와 비교 시 처분 수위가 과중하다는 지적에 대한 보완 자료 필요",
        "□ 승소 가능성 및 대응 방향", "  ○ 소송대리인 의견: 승소 가능성 %d%% 내외" % r.randint(30, 70),
        "  ○ 조정 권고 시 수용 가능 범위: 청구액의 %d%% 이내" % r.randint(20, 60), "  ○ 다음 변론기일(%s) 전까지 준비서면 제출" % dt(*add_days(ymd, 21)))
    d.cue("승소 가능성", "body (litigation strategy)")
    return finish_np(d, v, ["OIDA-9-1-4", "OIDA-9-1-5"], "content: strategy in pending lawsuit",
                     "Litigation strategy and settlement range in a pending case.", ymd)


def t_price(r, v):
    d = new_doc(r, ("local", "central", "corp", "edu"), 1996, 2026, "계약·입찰(예정가격)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    proj = pick(r, ["○○복합커뮤니티센터 신축공사", "%d년 하수관로 정비공사" % y, "통합관제센터 영상장비 구매", "○○도서관 리모델링 공사"])
    base = r.randint(300, 9000) * 1000000
    d.T(pick(r, ["예정가격 조서", "예정가격 결정 조서", "기초금액 및 예정가격 산정 검토"]))
    d.TB([["건명", proj], ["개찰 예정일", dt(*add_days(ymd, 6))], ["설계금액", "%s원" % money(base)], ["기초금액", "%s원" % money(int(base * 0.97) // 1000 * 1000)],
          ["복수예비가격 범위", "기초금액의 ±2%"], ["사정률 검토", "최근 유사 공사 평균 낙찰률 %.3f%% 반영" % (86 + r.random() * 2)]], widths=[0.28, 0.72])
    d.P("", "※ 이 조서는 개찰 전까지 봉인 보관하며 계약 담당자 외 열람을 금함.", "", "예정가격 결정권자: %s  (서명)" % pick(r, ["재무과장", "회계과장", "계약부장"]))
    d.cue("개찰 전까지 봉인", "body")
    return finish_np(d, v, ["OIDA-9-1-5"], "content: pre-opening price basis", "Price basis before bid opening; disclosure would compromise the tender (입찰계약).", ymd)


def t_quotes(r, v):
    d = new_doc(r, ("local", "corp", "edu"), 2000, 2026, "계약·입찰(견적 비교)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    item = pick(r, ["업무용 노트북 40대", "청사 보안 출입통제 시스템", "급식실 조리기구 일체", "방역 소독 약품 연간 단가"])
    d.T("%s 견적 비교표(업체 제출 원가 자료 포함)" % item)
    rows = [["항목", "업체 A 원가", "업체 B 원가", "업체 C 원가"]]
    for it in ["제조원가(부품)", "조립·인건비", "물류비", "마진율", "유지보수 원가", "최종 견적"]:
        rows.append([it] + [(("%d%%" % r.randint(5, 28)) if it == "마진율" else money(r.randint(1, 90) * 100000)) for _ in range(3)])
    d.TB(rows)
    d.P("※ 업체 A: %s, 업체 B: %s, 업체 C: %s" % tuple(r.sample(COMPANIES, 3)), "※ 각 업체가 영업비밀로 보호를 요청하며 제출한 원가 자료로, 평가 목적 외 사용 금지")
    d.cue("영업비밀로 보호를 요청", "footnote")
    return finish_np(d, v, ["OIDA-9-1-7"], "content: named companies' cost structures", "The document is itself the companies' confidential cost breakdown (제7호).", ymd)


def t_discipline(r, v):
    d = new_doc(r, ("local", "central", "edu", "police", "fire"), 1996, 2026, "인사(징계)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    who = nm(r)
    crime = v.get("crime", chance(r, 0.6))
    d.T(pick(r, ["징 계 의 결 서", "징계 의결서", "%s 인사위원회 징계 의결서" % d.agname]))
    d.TB([["소속", pick(r, d.ag.depts)], ["직위(직급)", pick(r, {"local": ["지방행정주사", "지방행정주사보", "지방시설주사"], "central": ["행정주사", "행정주사보", "공업주사"],
                                                        "police": ["경사", "경위"], "fire": ["소방장", "소방교"], "edu": ["교육행정7급", "교육행정주사"]}[d.ag.kind])], ["성명", who],
          ["의결 주문", pick(r, ["정직 3월", "감봉 2월", "견책", "강등", "해임"])]], widths=[0.2, 0.8])
    if crime:
        facts = "혐의자는 %s 23:40경 혈중알코올농도 %.3f%% 상태로 약 %.1fkm를 운전하다 적발되어 %s 벌금 %s만 원의 약식명령을 받은 사실이 있음" % (
            dt(*add_days(ymd, -90)), 0.08 + r.random() * 0.1, 1 + r.random() * 6, pick(r, ["○○지방법원", "○○지방법원 ○○지원"]), pick(r, ["300", "500", "700", "1,000", "1,200"]))
    else:
        facts = "혐의자는 %d년 %d월부터 %d개월간 초과근무 시간을 실제보다 부풀려 입력하여 초과근무수당 %s원을 부당 수령하였고, 근무시간 중 무단 이석이 잦았음" % (
            y - 1, r.randint(1, 12), r.randint(3, 9), money(r.randint(40, 300) * 10000))
    d.P("", "이유", "1. 인정되는 사실", "  " + facts, "2. 적용 법조", ("  「지방공무원법」 제%d조 위반, 같은 법 제69조 제1항 제1호·제3호" % pick(r, [48, 55, 63]) if d.ag.kind == "local"
                       else "  「국가공무원법」 제%d조 위반, 같은 법 제78조 제1항 제1호·제3호" % pick(r, [56, 63])),
        "3. 양정", "  혐의자가 잘못을 인정하고 반성하는 점, %d년간 성실히 근무한 점을 고려하더라도 위와 같이 의결함." % r.randint(5, 25), "",
        dt(*ymd, style="kor"), "%s %s 위원장 %s (인)" % (d.agname, "인사위원회" if d.ag.kind == "local" else "징계위원회", nm(r)))
    d.cue(who, "table (disciplined official)")
    reasons = ["OIDA-9-1-6"] + (["PIPA-23"] if crime else [])
    return finish_np(d, v, reasons, "content: disciplinary decision naming official" + (" + criminal penalty" if crime else ""),
                     "Disciplinary decision about a named official acting in a private capacity" + (" including a criminal (DUI) penalty." if crime else "."), ymd)


def t_interview(r, v):
    d = new_doc(r, ("local", "corp", "edu", "central"), 2000, 2026, "인사(채용 면접)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    job = pick(r, ["일반임기제(정보보호)", "기간제 연구원", "공무직 조리원", "청원경찰", "신입 사원(사무)"])
    d.T("%s 면접시험 평가 집계표" % job)
    d.P("시험일: %s    면접위원: %s, %s, %s" % (dt(*ymd), nm(r), nm(r), nm(r)))
    rows = [["응시번호", "성명", "생년월일", "위원1", "위원2", "위원3", "평균", "결과"]]
    for i in range(r.randint(4, 8)):
        p = people(r, 1, y, y0=1970, y1=2002)[0]
        sc = [r.randint(55, 95) for _ in range(3)]
        rows.append(["%03d" % (i + 1), p["name"], p["birth"]] + [str(x) for x in sc] + ["%.1f" % (sum(sc) / 3.0), pick(r, ["합격", "불합격", "예비"])])
    d.TB(rows)
    d.P("※ 평정 요소: 공무원으로서의 정신자세, 전문지식과 응용능력, 의사표현의 정확성과 논리성, 예의·품행 및 성실성, 창의력·의지력 및 발전 가능성")
    d.cue(rows[1][1], "table (candidate name + scores)")
    return finish_np(d, v, ["OIDA-9-1-5", "OIDA-9-1-6"], "content: candidates' names and interview scores",
                     "Interview scoring sheet naming candidates and examiners' scores (인사관리 + personal data).", ymd)


def t_promotion(r, v):
    d = new_doc(r, ("local", "central", "corp", "police"), 1998, 2026, "인사(승진심사)")
    y = d.year
    ymd = rdate(r, y)
    report_head(d, pick(r, ["%d년 하반기 승진심사 대상자 검증 결과" % y, "5급 승진 후보자 역량 평가 결과(내부)", "승진 후보자 평판 조회 결과"]), ymd, dept_like(r, d.ag, "admin"))
    rows = [["순위", "성명", "현 직급", "근무성적", "경력평정", "가점", "평판·검증 의견"]]
    for i in range(r.randint(4, 7)):
        rank = {"police": ["경감", "경정"], "corp": ["과장(3직급)", "차장(2직급)"], "central": ["행정6급", "행정주사"]}.get(d.ag.kind, ["6급", "지방행정주사"])
        rows.append([str(i + 1), nm(r), pick(r, rank), "%.2f" % (60 + r.random() * 10), "%.2f" % (25 + r.random() * 5),
                     "%.1f" % r.random(), pick(r, ["특이사항 없음", "부하 직원 갑질 민원 1건(조사 중)", "2년 전 경고 처분", "업무 추진력 우수, 소통 보완 필요", "음주 관련 풍문 확인 필요"])])
    d.TB(rows)
    d.P("□ 심사위원회 개최: %s, 승진 예정 인원 %d명" % (dt(*add_days(ymd, 7)), r.randint(1, 3)))
    d.cue("평판·검증 의견", "table column")
    return finish_np(d, v, ["OIDA-9-1-5", "OIDA-9-1-6"], "content: promotion vetting with reputational notes",
                     "Promotion vetting with ranked candidates and reputational remarks; personnel decision pending.", ymd)


def t_checkup(r, v):
    d = new_doc(r, ("local", "corp", "central", "edu", "fire"), 2000, 2026, "보건(건강검진)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    withrrn = v.get("rrn")
    d.T(pick(r, ["%d년 직원 건강검진 결과 유소견자 명단" % y, "특수건강진단 결과 요관리자 현황"] +
             (["%d년 소방공무원 건강검진 2차 대상자" % y] if d.ag.kind == "fire" else ["%d년 일반건강검진 2차 대상자" % y])))
    rows = [["연번", "소속", "성명", "주민등록번호" if withrrn else "생년", "판정", "소견"]]
    for i in range(r.randint(5, 10)):
        p = people(r, 1, y, y0=max(1940, y - 60), y1=y - 21)[0]
        rows.append([str(i + 1), pick(r, d.ag.depts), p["name"], p["rrn_full"] if withrrn else p["rrn_full"][:2], pick(r, ["D2", "C1", "C2", "R"]),
                     pick(r, ["고혈압 의심", "당뇨병 유질환", "이상지질혈증", "간기능 이상(ALT 상승)", "소음성 난청 요관찰", "우울 척도 고위험"])])
    d.TB(rows)
    d.P("※ 2차 검진 및 사후관리 대상자에게 개별 통보하고, 명단은 보건관리자 외 열람 금지" +
        (" (건강에 관한 정보는 「개인정보 보호법」 제23조의 민감정보임)" if y >= 2012 and chance(r, 0.6) else ""))
    d.cue(rows[1][2], "table (employee name)")
    d.cue(rows[1][5], "table (health finding)")
    reasons = ["OIDA-9-1-6", "PIPA-23"] + (["PIPA-24"] if withrrn else [])
    return finish_np(d, v, reasons, "content: named employees' health findings", "List of named employees with medical findings (health data).", ymd)


def t_clinic(r, v):
    d = new_doc(r, ("local",), 1996, 2026, "보건(진료기록)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    d.T(pick(r, ["진료부(보건지소)", "방문건강관리 대상자 기록지", "결핵 환자 관리 대장"]))
    d.P("%s 보건소 %s" % (d.agname, pick(r, ["○○보건지소", "건강증진과", "방문보건팀"])))
    rows = [["일자", "성명", "주민등록번호", "주소", "상병/진단", "처치·처방"]]
    for i in range(r.randint(4, 8)):
        p = people(r, 1, y, d.ag.region, y0=1925, y1=1990)[0]
        rows.append(["%d.%d." % (ymd[1], r.randint(1, 28)), p["name"], p["rrn_full"], p["addr"],
                     pick(r, ["본태성 고혈압(I10)", "2형 당뇨병(E11)", "폐결핵(A15)", "요추 염좌(S33)", "치매 의심(인지검사 MMSE 18점)"]), pick(r, ["투약 30일", "혈당 측정", "객담 검사 의뢰", "물리치료", "치매안심센터 연계"])])
    d.TB(rows)
    d.cue(rows[1][2], "table (unmasked RRN)")
    return finish_np(d, v, ["OIDA-9-1-6", "PIPA-23", "PIPA-24"], "content: patient records with RRNs and diagnoses",
                     "Clinic register: patients' RRNs, addresses and diagnoses; nothing remains once removed.", ymd)


def t_welfare(r, v):
    d = new_doc(r, ("local",), 1996, 2018 if v.get("old") else 2026, "복지(대상자 명단)")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    kind = v.get("kind", pick(r, ["basic", "disab", "elder"]))
    withrrn = v.get("rrn")
    title = {"basic": "기초생활수급자 명절 위문품 전달 대상자 명단", "disab": "장애인 활동지원 대상자 현황", "elder": "독거노인 응급안전 돌봄 대상자 명단"}[kind]
    d.T("%d년 %s" % (y, title))
    rows = [["연번", "성명", "주민등록번호" if withrrn else "생년월일", "주소", "연락처", "비고"]]
    for i in range(r.randint(6, 12)):
        p = people(r, 1, y, d.ag.region, y0=1925, y1=(y - 66) if kind == "elder" else 2005)[0]
        note = {"basic": pick(r, ["생계·의료", "주거", "생계", "의료·주거"]),
                "disab": ("%s 장애 %s급" % (pick(r, ["지체", "뇌병변", "시각", "지적"]), "3" if i == 0 else pick(r, ["1", "2", "3"])) if y < 2019 else
                          "장애의 정도가 %s 장애인(%s)" % (pick(r, ["심한", "심하지 않은"]), pick(r, ["지체", "뇌병변", "시각", "지적"]))),
                "elder": pick(r, ["치매 초기", "거동 불편", "기초연금 수급", "청각 장애"])}[kind]
        rows.append([str(i + 1), p["name"], p["rrn_full"] if withrrn else p["birth"], p["addr"], p["tel"], note])
    d.TB(rows)
    reasons = ["OIDA-9-1-6"]
    if kind in ("disab", "elder"):
        reasons.append("PIPA-23")
    if withrrn:
        reasons.append("PIPA-24")
    if kind == "disab" and y < 2019:
        d.cue(rows[1][5], "table (disability grade '3급' style - not a marking)")
    d.cue(rows[1][1], "table (beneficiary)")
    return finish_np(d, v, reasons, "content: roster of named beneficiaries" + (" with disability/health" if "PIPA-23" in reasons else ""),
                     "The document is a roster of named welfare recipients; nothing meaningful remains after removing personal data.", ymd)


def t_sickleave(r, v):
    d = new_doc(r, ("local", "central", "edu", "fire", "police", "corp"), 1998, 2026, "복무(질병휴직)")
    y = d.year
    ymd = rdate(r, y)
    who = nm(r)
    diag = pick(r, ["주요 우울장애(F32.2)", "요추 추간판탈출증(M51.1)", "유방암(C50) 수술 후 항암 치료", "급성 심근경색(I21) 스텐트 시술 후 회복", "알코올 사용 장애(F10.2)"])
    body = ["1. 아래 직원이 신청한 질병휴직에 대하여 %s 의결에 따라 다음과 같이 결정하고자 합니다." % pick(r, ["보통인사위원회", "공무원 질병휴직 심사", "인사위원회"]),
            "  가. 대상자: %s %s %s" % (pick(r, d.ag.depts), pick(r, {"police": ["경위", "경사"], "fire": ["소방교", "소방장"], "corp": ["대리", "차장"],
                                                                     "edu": ["교사", "주무관"]}.get(d.ag.kind, ["주무관", "행정주사보"])), who),
            "  나. 휴직 기간: %s ~ %s (1년)" % (dt(*add_days(ymd, 3)), dt(*add_days(ymd, 367))),
            "  다. 사유: %s 진단에 따른 장기 요양 필요(진단서 첨부)" % diag, "2. 휴직 기간 중 보수는 관련 규정에 따라 %d%% 지급합니다." % pick(r, [70, 50])]
    gian(d, dept_like(r, d.ag, "admin"), ymd, "내부결재", "질병휴직 결정(%s)" % who, body, attach=["휴직원 1부.", "진단서 1부."], pub=None)
    d.cue(diag, "body (diagnosis)")
    return finish_np(d, v, ["OIDA-9-1-6", "PIPA-23"], "content: named official's diagnosis",
                     "Sick-leave decision naming the official and the diagnosis; the subject is the personal health matter itself.", ymd)


def t_exam(r, v):
    d = new_doc(r, ("local", "central", "edu", "corp"), 1998, 2026, "시험(출제)")
    y = d.year
    ymd = rdate(r, y)
    report_head(d, pick(r, ["%d년 %s 필기시험 출제 및 인쇄 계획" % (y, pick(r, ["지방공무원 임용", "공무직 채용", "승진 시험"])), "문제은행 출제위원 위촉 및 합숙 운영 계획"]), ymd, dept_like(r, d.ag, "admin"))
    d.P("□ 출제 개요", "  ○ 출제 기간: %s ~ %s (합숙, 외부 연락 차단)" % (dt(*add_days(ymd, 10)), dt(*add_days(ymd, 16))),
        "  ○ 합숙 장소: %s (객실 %d실 일괄 임차)" % (pick(r, ["○○연수원", "○○리조트 별관", "교육원 생활관"]), r.randint(8, 20)))
    rows = [["과목", "출제위원", "소속", "검토위원"]]
    for s in r.sample(["국어", "영어", "한국사", "행정법총론", "행정학개론", "지방세법", "회계학"], 4):
        rows.append([s, nm(r), pick(r, ["○○대학교", "○○고등학교", "○○연구원"]), nm(r)])
    d.TB(rows)
    d.P("□ 문제지 인쇄 및 보관", "  ○ 인쇄소: %s, 인쇄 후 봉인하여 시험 전일까지 금고 보관" % pick(r, COMPANIES))
    d.cue("출제위원", "table")
    return finish_np(d, v, ["OIDA-9-1-5", "OIDA-9-1-6"], "content: exam setters and logistics before the exam",
                     "Exam-setting plan naming setters and venues before the exam (시험 공정성) with private setters' identities.", ymd)


def t_crimrec(r, v):
    d = new_doc(r, ("police",), 1998, 2026, "수사(범죄경력 회보)")
    y = d.year
    ymd = rdate(r, y)
    p = people(r, 1, y, None, y0=1960, y1=2000)[0]
    body = ["1. 귀 기관에서 %s 결격사유 확인을 위하여 요청한 범죄경력 조회 결과를 다음과 같이 회보합니다." % pick(r, ["공무원 임용", "아동 관련 기관 취업", "청원경찰 임용"]),
            "  가. 대상자: %s (%s)" % (p["name"], p["rrn_full"]),
            "  나. 조회 결과: %s" % pick(r, ["%d. %d. %s 벌금 300만원(도로교통법 위반-음주운전)" % (y - r.randint(2, 8), r.randint(1, 12), pick(r, ["○○지방법원"])),
                                         "%d. %d. 징역 8월 집행유예 2년(사기)" % (y - r.randint(3, 9), r.randint(1, 12)), "해당 없음"]),
            "2. 이 회보서는 「형의 실효 등에 관한 법률」에 따라 목적 외 사용을 금지합니다."]
    gian(d, pick(r, d.ag.depts), ymd, pick(r, ["○○시장(총무과장)", "○○교육지원청교육장", "○○공사 사장"]), "범죄경력 조회 회보", body, pub=None)
    d.cue(p["rrn_full"], "body (unmasked RRN)")
    return finish_np(d, v, ["OIDA-9-1-6", "PIPA-23", "PIPA-24"], "content: criminal-record reply with RRN",
                     "Criminal-record reply about an identified person with full RRN (criminal data).", ymd)


def t_evaluation(r, v):
    d = new_doc(r, ("local", "central", "edu"), 1998, 2026, "인사(근무성적평정)")
    y = d.year
    ymd = rdate(r, y, 6, 12)
    d.ymd = ymd
    d.T("%d년 %s 근무성적평정 결과(%s)" % (y, "하반기" if ymd[1] > 6 else "상반기", pick(r, d.ag.depts)))
    rows = [["서열", "성명", "직급", "평정점(70)", "직무수행태도", "평정자 의견"]]
    for i in range(r.randint(5, 9)):
        rows.append([str(i + 1), nm(r), pick(r, ["6급", "7급", "8급"]), "%.2f" % (50 + r.random() * 20), pick(r, ["수", "우", "양", "가"]),
                     pick(r, ["기획력 우수", "민원 처리 지연 잦음", "협업 태도 개선 필요", "성실함", "잦은 병가로 업무 공백"])])
    d.TB(rows)
    d.P("평정자: %s %s    확인자: %s %s" % (pick(r, ["팀장", "과장"]), nm(r), pick(r, ["과장", "국장"]), nm(r)))
    return finish_np(d, v, ["OIDA-9-1-5", "OIDA-9-1-6"], "content: ranked performance ratings of named staff",
                     "Performance ratings and evaluator remarks on named staff (인사관리 + personal data).", ymd)


def t_childcase(r, v):
    d = new_doc(r, ("local",), 2010, 2026, "복지(사례회의)")
    y = d.year
    ymd = rdate(r, y)
    child = nm(r)
    report_head(d, pick(r, ["통합사례회의 결과", "아동학대 의심 사례 판단 회의록", "위기가구 사례 관리 회의 결과"]), ymd, pick(r, ["아동보호팀", "희망복지지원단", "드림스타트"]))
    age = r.randint(3, 13)
    d.P("□ 대상: 아동 %s(만 %d세) 및 보호자 %s" % (child, age, nm(r)),
        "□ 사례 개요", "  ○ %s 신고(%s): 반복적인 멍과 결석, 끼니를 거르는 일이 잦음" % ("어린이집 담임교사" if age < 7 else "학교 담임교사", dt(*add_days(ymd, -20))),
        "  ○ 보호자는 %s 치료 중단 상태이며 알코올 의존이 의심됨" % pick(r, ["조현병", "양극성 장애", "우울증"]),
        "□ 회의 결과", "  ○ 아동보호전문기관 현장 조사 결과를 토대로 학대 판단, 관할 경찰서 수사 의뢰",
        "  ○ 아동 일시 보호 조치 및 보호자 정신건강복지센터 연계")
    d.cue(child, "body (child)")
    return finish_np(d, v, ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "content: child-abuse case with named child and parent's mental health",
                     "Case conference about a named child and parent with mental-health data; referred for investigation.", ymd)


def t_budget_internal(r, v):
    d = new_doc(r, ("local", "central", "edu"), 1998, 2026, "예산(편성 내부검토)")
    y = d.year
    ymd = rdate(r, y, 8, 11)
    report_head(d, "%d년도 예산 편성 조정(안) 검토" % (y + 1), ymd, pick(r, ["예산담당관", "기획예산과", "재정과"]), sub="(부서 협의 전 내부 검토)")
    rows = [["사업명", "부서 요구", "조정(안)", "조정 사유"]]
    for _ in range(r.randint(4, 7)):
        a = r.randint(3, 200) * 100
        rows.append([pick(r, ["○○축제 지원", "경로당 냉난방비", "도로 확장 보상비", "청년 창업 지원", "민간 위탁 운영비", "체육대회 개최"]),
                     money(a), money(int(a * (0.3 + r.random() * 0.6))), pick(r, ["성과 미흡", "시급성 낮음", "국비 확보 불확실", "단체장 공약 사업 — 유지 검토", "의회 지적"])])
    d.TB(rows)
    d.P("□ 향후 일정: 부서 협의(%s) → 조정안 확정 → 의회 제출" % dt(*add_days(ymd, 10)))
    return finish_np(d, v, ["OIDA-9-1-5"], "content: budget cuts under internal deliberation",
                     "Internal budget adjustment draft before departmental consultation (의사결정 과정).", ymd)


def t_emergency(r, v):
    d = new_doc(r, ("local", "central", "corp"), 1996, 2026, "비상대비(을지·충무)")
    y = d.year
    ymd = rdate(r, y, 3, 8)
    plan = pick(r, ["%d년 을지연습 기관 실제훈련 계획" % y if y < 2019 else "%d년 을지태극연습 기관 계획" % y if y >= 2023 else "%d년 을지연습 세부 시행 계획" % y,
                    "%d년 충무계획 기관 임무 분담표" % y, "전시 행정기관 소산·이전 계획", "비상대비 자원관리 지정 현황"])
    report_head(d, plan, ymd, pick(r, ["비상대비담당관", "비상안전팀", "비상대비정책과", "안전총괄과 비상대비팀"]), boxed="plain")
    d.P("□ 전시 전환 절차", "  ○ 데프콘 격상 시 %d시간 이내 전시 직제로 전환, 상황실은 %s로 이전" % (pick(r, [2, 4, 6]), pick(r, ["지하 2층 비상대비 상황실", "○○산 대체 지휘소", "제2청사 지하 벙커"])),
        "  ○ 소산 위치: %s (좌표 및 진입로는 별지)" % pick(r, ["○○군 ○○면 폐교 부지", "○○연수원", "○○산 터널 시설"]),
        "□ 주요 자원 지정", "  ○ 동원 지정 차량 %d대, 중장비 %d대, 의료기관 %d개소" % (r.randint(30, 300), r.randint(5, 60), r.randint(2, 12)),
        "□ 임무 분담")
    rows = [["부서", "전시 임무", "책임자(직위)", "비상연락 방법"]]
    for _ in range(r.randint(3, 5)):
        rows.append([pick(r, d.ag.depts), pick(r, ["피해 복구 지원", "주민 소산 통제", "전시 물자 배급", "통신망 유지", "인력 동원"]), pick(r, ["국장", "과장", "팀장"]),
                     pick(r, ["비화기 %d번" % r.randint(1, 30), "전용 무전망 채널 %d" % r.randint(1, 16), "위성전화"])])
    d.TB(rows)
    mark = v.get("mark", "III급")
    return finish_np(d, dict(v, mark=mark), ["OIDA-9-1-2"], "content: wartime plan + stamp", "Wartime/emergency plan (국가안전보장) designated as %s." % mark, ymd)


def t_protect(r, v):
    d = new_doc(r, ("corp", "local", "police"), 1996, 2026, "보안(중요시설 방호)")
    y = d.year
    ymd = rdate(r, y)
    fac = pick(r, ["○○정수장", "○○댐 관리단", "○○변전소", "○○터널 관리소", "○○통합관제센터"])
    report_head(d, "%s 방호 계획" % fac, ymd, pick(r, ["안전관리처", "방호팀", "경비과", "재난안전실"]), boxed="plain")
    d.P("□ 시설 등급 및 방호 개념", "  ○ 국가중요시설 %s급, 3지대 방호 개념 적용" % pick(r, ["가", "나", "다"]),
        "□ 경계 병력 및 배치", "  ○ 평시: 청원경찰 %d명 3교대, 주간 초소 %d개소 / 야간 순찰 %d회" % (r.randint(6, 30), r.randint(2, 6), r.randint(2, 6)),
        "  ○ 위기 시: 관할 군부대 %d명 증원, 예비군 %d개 소대 투입" % (r.randint(10, 60), r.randint(1, 4)),
        "□ 핵심 설비 위치", "  ○ 제어실: 본관 지하 %d층, 비상발전기: 동측 별동, 염소 투입실: 북측 (도면 별첨)" % r.randint(1, 3),
        "□ 취약 요소", "  ○ 남측 외곽 울타리 구간 CCTV 미설치, 야간 조도 부족")
    mark = v.get("mark", pick(r, ["III급", "III급", "II급"]))
    reasons = ["OIDA-9-1-3"] + (["OIDA-9-1-2"] if v.get("nat") else [])
    return finish_np(d, dict(v, mark=mark), reasons, "content: protection plan of critical facility + stamp",
                     "Protection plan for a national critical facility (guard posture, key equipment locations) designated as %s." % mark, ymd)


def t_terror(r, v):
    d = new_doc(r, ("central", "police", "corp"), 2000, 2026, "보안(대테러·통신)", ag=pick(r, ["mois", "police", "kwater", "ex", "nfa" if chance(r, 0.3) else "mois"]))
    y = d.year
    ymd = rdate(r, y)
    title = pick(r, ["국가 행정망 비상 운용 및 우회 경로 계획", "대테러 초기대응 매뉴얼(기관별 세부)", "주요 통신 거점 이중화 현황"])
    report_head(d, title, ymd, pick(r, ["정보통신과", "대테러센터 협력팀", "사이버안전과", "정보보호담당관"]), boxed="plain")
    d.P("□ 개요", "  ○ 주 회선 장애·테러 상황에서 핵심 업무망을 유지하기 위한 우회 경로와 복구 순서를 정함",
        "□ 거점별 구성", "  ○ 주 센터: %s, 백업 센터: %s (RTO %d시간)" % (pick(r, ["○○ 데이터센터 3층", "본청 전산실"]), pick(r, ["○○시 분원 지하", "원격지 재해복구센터"]), pick(r, [2, 4, 8])),
        "  ○ 비상 우회 회선: 위성 %d회선, 전용선 %d회선, 장비 관리자 접속 주소 별지" % (r.randint(1, 4), r.randint(2, 8)),
        "□ 초기 대응", "  ○ 상황 전파 → 대응팀 소집(30분 이내) → 격리 및 우회 전환 → 관계기관 통보")
    mark = v.get("mark", "II급")
    return finish_np(d, dict(v, mark=mark), ["OIDA-9-1-2"], "content: national network/terror response details + stamp",
                     "National-security continuity/terror-response details designated as %s." % mark, ymd)


def t_diplo(r, v):
    d = new_doc(r, ("central",), 1996, 2026, "외교·안보")
    y = d.year
    ymd = rdate(r, y)
    report_head(d, pick(r, ["○○국과의 %s 협상 대응 전략" % pick(r, ["어업", "통상", "방위비 분담"]), "한반도 정세 관련 정부 대응 시나리오"]), ymd,
                pick(r, ["통상교섭실", "국제협력관실", "정책기획관실"]), boxed="plain")
    d.P("□ 상황 평가", "  ○ 상대국은 %s 문제를 연계하여 양보를 요구할 가능성이 높음" % pick(r, ["수산물 수입 규제", "관세 조정", "안보 협력"]),
        "□ 대응 시나리오", "  ○ 1안: 단계적 합의(최종 양보선: %s)" % pick(r, ["쿼터 %d%% 감축" % r.randint(5, 20), "관세율 %d%%p 인하" % r.randint(1, 5)]),
        "  ○ 2안: 협상 결렬 시 국제기구 제소 및 대응 조치", "□ 대외 설명 기조", "  ○ 협상 진행 중이므로 구체적 수치는 언급하지 않음")
    mark = v.get("mark", "II급")
    return finish_np(d, dict(v, mark=mark), ["OIDA-9-1-2", "OIDA-9-1-5"], "content: negotiating bottom line with foreign state + stamp",
                     "Diplomatic/trade negotiating scenarios with bottom lines designated as %s." % mark, ymd)


def t_cover_secret(r, v):
    """Cover letter: the classified attachment is sent separately.  Public, mention-only."""
    d = new_doc(r, ("local", "central", "corp"), 1998, 2026, "공문(비밀 별도 송부)")
    y = d.year
    ymd = rdate(r, y)
    lv = pick(r, ["Ⅲ급비밀", "3급 비밀", "대외비", "Ⅱ급비밀"])
    body = ["1. %s호와 관련입니다." % ("%s-%d(%s)" % (pick(r, d.ag.depts).split()[-1], r.randint(100, 9000), dt(*add_days(ymd, -15)))),
            "2. 요청하신 %s 자료는 %s로 분류되어 있어 전자문서시스템으로 송부할 수 없으므로, 「보안업무규정 시행규칙」에 따라 %s 직접 전달할 예정입니다." % (
                pick(r, ["비상대비 자원 현황", "시설 방호 계획 변경분", "통신망 구성도"]), lv, pick(r, ["취급인가를 받은 담당자가", "보안 봉투에 넣어 인편으로"])),
            "  가. 전달 일시: %s 14:00" % dt(*add_days(ymd, 3), style="dotw"), "  나. 인수자: 귀 기관 비밀취급인가자(사전 명단 통보 요망)",
            "3. 이 공문 자체에는 비밀 내용이 포함되어 있지 않습니다."]
    gian(d, dept_like(r, d.ag, "security"), ymd, pick(r, ["○○시장(안전총괄과장)", "○○공사 사장(안전처장)", "수신자 참조"]), "요청 자료 송부 방법 안내", body,
         pub=pub_field(r, "공개", y=y) if chance(r, 0.5) else None)
    d.cue(lv, "body (refers to a separate document)")
    d.label("public", [], "cover letter; classification belongs to the separately sent attachment",
            "Transmittal letter that only mentions the attachment's classification (%s); the letter itself is unclassified." % lv)
    return d


def t_legis(r, v):
    d = new_doc(r, ("central", "local"), 1999, 2026, "입법·행정예고")
    y = d.year
    ymd = rdate(r, y)
    d.ymd = ymd
    if d.ag.kind == "central":
        name = pick(r, ["「공공기록물 관리에 관한 법률 시행령」", "「개인정보 보호법 시행령」", "「민원 처리에 관한 법률 시행규칙」", "「농지법 시행규칙」"])
        head = "%s 공고 제%d-%d호" % (d.agname, y, r.randint(10, 900))
    else:
        name = pick(r, ["「%s 공유재산 관리 조례」" % d.agname, "「%s 주차장 설치 및 관리 조례」" % d.agname, "「%s 개인정보 보호 조례」" % d.agname])
        head = "%s 공고 제%d-%d호" % (d.agname, y, r.randint(10, 1900))
    d.T(head)
    d.C("%s 일부개정%s 입법예고" % (name, "령안" if "시행령" in name else ("규칙안" if "규칙" in name else "조례안")))
    d.P("%s 개정하면서 그 개정 이유와 주요 내용을 국민에게 미리 알려 의견을 듣기 위하여 「행정절차법」 제41조에 따라 다음과 같이 공고합니다." % J(name, "을"), "",
        dt(*ymd, style="kor"), d.ag.headname(y), "", "1. 개정 이유",
        "  현행 제도의 운영상 나타난 일부 미비점을 개선·보완하려는 것임.", "2. 주요 내용",
        "  가. 전자적 처리 근거 마련(안 제%d조)" % r.randint(2, 30), "  나. 서식 간소화 및 개인정보 수집 항목 최소화(안 별지 제%d호서식)" % r.randint(1, 12),
        "3. 의견 제출", "  이 개정안에 대하여 의견이 있는 단체 또는 개인은 %s까지 통합입법예고시스템 또는 우편으로 의견을 제출하여 주시기 바랍니다." % dt(*add_days(ymd, 40)),
        "  가. 예고 사항에 대한 항목별 의견(찬반 여부와 그 사유)", "  나. 성명(단체는 단체명과 대표자 성명), 주소 및 전화번호")
    d.label("public", [], "입법예고 (published notice)", "Legislative pre-announcement; published by law.")
    return d


def t_records(r, v):
    d = new_doc(r, ("local", "central", "edu", "corp"), 2007, 2026, "기록관리")
    y = d.year
    ymd = rdate(r, y)
    body = ["1. 「공공기록물 관리에 관한 법률」 제27조 및 같은 법 시행령 제43조에 따라 보존기간이 지난 기록물에 대한 평가를 실시하고 기록물평가심의회 심의 결과를 다음과 같이 알려드립니다.",
            "  가. 심의 대상: %d건(%d권)" % (r.randint(200, 5000), r.randint(20, 600)), "  나. 심의 결과: 폐기 %d건, 보류(재평가) %d건, 보존기간 재책정 %d건" % (r.randint(100, 3000), r.randint(5, 80), r.randint(1, 40)),
            "2. 폐기 대상 기록물 중 개인정보가 포함된 기록물은 파쇄 방식으로 폐기하고, 비밀기록물은 별도 절차에 따라 처리하여 주시기 바랍니다.",
            "3. 폐기 목록은 기록물관리시스템에서 확인할 수 있습니다."]
    gian(d, dept_like(r, d.ag, "records"), ymd, "처리과장", "보존기간 경과 기록물 평가 및 폐기 심의 결과 알림", body, pub=pub_field(r, "공개", y=y) if chance(r, 0.6) else None)
    d.cue("비밀기록물", "body (mention)")
    d.label("public", [], "records disposal result; mentions only", "Administrative notice on record disposal; 비밀/개인정보 only mentioned as categories.")
    return d


# ---------------------------------------------------------------------------
# plan
# ---------------------------------------------------------------------------

PLAN = [
    # template, variant, count, format pattern (t=text, h=hwpx, p=pdf)
    # ---------------- public ----------------
    (t_press, {}, 8, "ttpthtpt"),
    (t_press, {"mention": True}, 2, "tp"),
    (t_gian_public, {"which": 0}, 1, "h"),
    (t_gian_public, {"which": 1}, 2, "th"),
    (t_gian_public, {"which": 2}, 1, "t"),
    (t_gian_public, {"which": 3}, 2, "tt"),
    (t_gian_public, {"which": 4}, 1, "t"),
    (t_gian_public, {"which": 5}, 1, "t"),
    (t_gian_public, {"which": 6}, 2, "tp"),
    (t_gian_public, {"which": 7}, 2, "tt"),
    (t_security_guide, {}, 4, "ptht"),
    (t_declass, {}, 2, "th"),
    (t_oia_guide, {}, 3, "tpt"),
    (t_qa, {}, 6, "ttpttt"),
    (t_minwon, {"pii": "masked"}, 6, "tttttt"),
    (t_minutes, {"kind": "public"}, 5, "tptpt"),
    (t_bid, {}, 3, "tpt"),
    (t_bid, {"result": True}, 2, "pt"),
    (t_recruit, {"notice": True}, 2, "th"),
    (t_recruit, {}, 2, "tp"),
    (t_budget, {}, 5, "ptptt"),
    (t_stats, {}, 4, "pttt"),
    (t_research, {}, 4, "pptt"),
    (t_event, {}, 3, "tht"),
    (t_appoint, {}, 5, "tttpt"),
    (t_duty, {}, 3, "ttt"),
    (t_shelter, {}, 2, "pt"),
    (t_expense, {}, 3, "tpt"),
    (t_overstated, {}, 4, "thtt"),
    (t_consent, {}, 2, "tp"),
    (t_audit, {"stage": "result"}, 4, "tptp"),
    (t_union, {}, 2, "th"),
    (t_cover_secret, {}, 3, "tht"),
    (t_trip, {"pp": "masked"}, 2, "tp"),
    (t_oia_notice, {"masked": True}, 2, "tp"),
    (t_legis, {}, 3, "tpt"),
    (t_records, {}, 2, "tt"),
    # ---------------- partial ----------------
    (t_minwon, {"pii": "plain"}, 5, "tthtt"),
    (t_minwon, {"pii": "health"}, 2, "tp"),
    (t_minutes, {"kind": "residents"}, 4, "tpth"),
    (t_bid, {"cost": True}, 3, "ptp"),
    (t_recruit, {"names": True}, 3, "tpt"),
    (t_appoint, {"discipline": True}, 2, "th"),
    (t_expense, {"private": True}, 3, "tpt"),
    (t_consent, {"filled": True}, 2, "tp"),
    (t_consent, {"filled": True, "rrn": True}, 1, "h"),
    (t_trip, {"pp": "full"}, 4, "thtp"),
    (t_mislabel, {}, 5, "thttt"),
    (t_contract, {}, 6, "tthtpt"),
    (t_award, {}, 4, "thtp"),
    (t_subsidy, {}, 4, "thtp"),
    (t_oia_notice, {}, 4, "tpht"),
    (t_accident, {}, 4, "tpth"),
    (t_lecturer, {}, 2, "th"),
    (t_lecturer, {"full": True}, 2, "tp"),
    (t_sanction, {}, 3, "tht"),
    (t_building, {}, 2, "tp"),
    (t_students, {}, 3, "ttt"),
    # ---------------- non_public, marked ----------------
    (t_negotiation, {"mark": "대외비"}, 1, "p"),
    (t_negotiation, {"mark": "대외비", "stated": "비공개"}, 1, "h"),
    (t_negotiation, {"mark": "대외비", "stated": "공개"}, 1, "t"),
    (t_shelter, {"vuln": True, "mark": "대외비"}, 2, "pt"),
    (t_shelter, {"vuln": True, "mark": "III급"}, 1, "p"),
    (t_devplan, {"mark": "대외비"}, 3, "tph"),
    (t_crackdown, {"mark": "대외비"}, 2, "tp"),
    (t_promotion, {"mark": "대외비"}, 2, "ht"),
    (t_audit, {"stage": "ongoing", "mark": "대외비"}, 2, "tp"),
    (t_price, {"mark": "대외비"}, 1, "p"),
    (t_budget_internal, {"mark": "대외비"}, 2, "th"),
    (t_checkup, {"mark": "대외비", "incell": True}, 1, "p"),
    (t_emergency, {"mark": "III급"}, 4, "ptht"),
    (t_emergency, {"mark": "II급"}, 1, "p"),
    (t_protect, {"mark": "III급"}, 2, "tp"),
    (t_protect, {"mark": "II급", "nat": True}, 1, "h"),
    (t_terror, {"mark": "II급"}, 2, "pt"),
    (t_terror, {"mark": "III급", "incell": True}, 1, "h"),
    (t_diplo, {"mark": "I급"}, 1, "p"),
    (t_diplo, {"mark": "II급"}, 1, "t"),
    # ---------------- non_public, no marking, no stated field ----------------
    (t_negotiation, {}, 3, "tpt"),
    (t_devplan, {}, 2, "th"),
    (t_crackdown, {}, 2, "tt"),
    (t_investigation, {}, 3, "tpt"),
    (t_investigation, {"rrn": True}, 1, "h"),
    (t_litigation, {}, 3, "tpt"),
    (t_price, {}, 2, "tp"),
    (t_quotes, {}, 2, "pt"),
    (t_discipline, {"crime": True}, 2, "tp"),
    (t_discipline, {"crime": False}, 2, "th"),
    (t_interview, {}, 3, "tpt"),
    (t_promotion, {}, 1, "t"),
    (t_checkup, {}, 2, "tp"),
    (t_checkup, {"rrn": True}, 1, "t"),
    (t_clinic, {}, 2, "tp"),
    (t_welfare, {"kind": "basic"}, 2, "tp"),
    (t_welfare, {"kind": "disab", "old": True}, 1, "t"),
    (t_welfare, {"kind": "disab"}, 1, "h"),
    (t_welfare, {"kind": "elder", "rrn": True}, 1, "t"),
    (t_sickleave, {}, 3, "tht"),
    (t_exam, {}, 2, "tp"),
    (t_crimrec, {}, 1, "t"),
    (t_evaluation, {}, 2, "tp"),
    (t_childcase, {}, 2, "th"),
    (t_budget_internal, {}, 1, "t"),
    (t_research, {"interim": True}, 2, "tp"),
    (t_event, {"vip": True}, 2, "th"),
    (t_shelter, {"vuln": True}, 2, "tp"),
    (t_audit, {"stage": "ongoing"}, 3, "tht"),
    (t_union, {"members": True}, 2, "tp"),
    # ---------------- non_public, no marking, with a stated field ----------------
    (t_negotiation, {"stated": "비공개"}, 1, "t"),
    (t_price, {"stated": "비공개"}, 1, "h"),
    (t_litigation, {"stated": "비공개"}, 1, "t"),
    (t_audit, {"stage": "ongoing", "stated": "공개"}, 2, "tp"),
    (t_welfare, {"kind": "basic", "stated": "부분공개"}, 1, "t"),
    (t_checkup, {"stated": "공개"}, 1, "h"),
    (t_devplan, {"stated": "비공개"}, 1, "t"),
    (t_interview, {"stated": "비공개"}, 1, "p"),
]


# ---------------------------------------------------------------------------
# generation, writing and validation
# ---------------------------------------------------------------------------

MARK_WORD = re.compile(r"대\s*외\s*비|對外秘|비\s*밀|[ⅠⅡⅢ]\s*급|(?<![A-Za-z])I{1,3}\s*급|(?<![0-9])[123]\s*급")
RRN_FULL = re.compile(r"(?<![0-9])\d{6}-[1-8]\d{6}(?![0-9])")
PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?:[MS]\d{8}|M\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")
REASONS = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]


def runon(text):
    # text pasted from a viewer that lost paragraph breaks
    lines = [x for x in text.split("\n")]
    out, cur = [], []
    for x in lines:
        if not x.strip():
            if cur:
                out.append(" ".join(cur))
                cur = []
            continue
        cur.append(x.strip())
    if cur:
        out.append(" ".join(cur))
    return "\n".join(out) + "\n"


def build():
    items = []
    for tmpl, var, count, fmts in PLAN:
        assert len(fmts) == count, (tmpl.__name__, fmts, count)
        for k in range(count):
            key = "%s|%s|%d" % (tmpl.__name__, json.dumps(var, sort_keys=True, ensure_ascii=False), k)
            items.append((tmpl, var, fmts[k], key))
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    recs, metas = [], []
    os.makedirs(FILES, exist_ok=True)
    for old in sorted(os.listdir(FILES)):
        os.remove(os.path.join(FILES, old))
    for idx, oi in enumerate(order):
        tmpl, var, fmt, key = items[oi]
        sid = "se-%04d" % (idx + 1)
        r = rng_for(key)
        d = tmpl(r, dict(var))
        ymd = d.ymd or (d.year, 6, 15)
        text = render_text(d)
        nr = rng_for(key + "|noise")
        noise = None
        if fmt == "t":
            x = nr.random()
            if x < 0.11:
                noise = "ocr%d" % nr.randint(1, 2)
                text = ocr_noise(nr, text, int(noise[-1]))
            elif x < 0.16:
                noise = "runon"
                text = runon(text)
        rec = {"id": sid}
        if fmt == "t":
            rec["text"] = text
        else:
            ext = "hwpx" if fmt == "h" else "pdf"
            rel = "files/%s.%s" % (sid, ext)
            data = hwpx_bytes(d, ymd) if ext == "hwpx" else pdf_bytes(d, ymd)
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(data)
            rec["file"] = rel
        rec.update({"disclosure": d.disclosure, "marking": d.marking, "reasons": d.reasons, "genre": d.genre})
        canon = text if fmt == "t" else render_text(d)
        cues = []
        for s, where in d.cues:
            cues.append({"cue": s, "where": where, "offset": canon.find(s)})
        words = sorted(set(re.sub(r"\s+", "", m.group(0)) for m in MARK_WORD.finditer(canon)))
        stated = [c["cue"] for c in cues if c["where"].startswith("stated")]
        meta = {"id": sid, "template": tmpl.__name__, "variant": var, "format": {"t": "text", "h": "hwpx", "p": "pdf"}[fmt],
                "year": d.year, "agency": d.agname, "agency_kind": d.ag.kind, "genre": d.genre, "title": d.title,
                "cues": cues, "deciding_cue": d.decide,
                "marking_words_in_text": words,
                "marking_only_mentioned": bool(words) and d.marking == "none",
                "stated_field": stated[0] if stated else None,
                "stated_agrees_with_gold": (None if not stated else (d.stated_agrees if d.stated_agrees is not None else True)),
                "noise": noise, "layout": sorted(set(d.traits)) + ["table_text_style=" + d.tstyle] if fmt == "t" else sorted(set(d.traits)),
                "label_reason": d.why}
        validate(sid, rec, meta, canon, d)
        recs.append(rec)
        metas.append(meta)
    with open(os.path.join(HERE, "sens_e.jsonl"), "w", encoding="utf-8") as fh:
        for x in recs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_e.meta.jsonl"), "w", encoding="utf-8") as fh:
        for x in metas:
            fh.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    return recs, metas


def validate(sid, rec, meta, canon, d):
    assert rec["disclosure"] in ("public", "partial", "non_public"), sid
    assert rec["marking"] in ("none", "대외비", "III급", "II급", "I급"), sid
    assert all(x in REASONS for x in rec["reasons"]), (sid, rec["reasons"])
    assert rec["reasons"] == sorted(set(rec["reasons"])), sid
    if rec["disclosure"] == "public":
        assert not rec["reasons"], sid
    else:
        assert rec["reasons"], sid
    if rec["marking"] in ("III급", "II급", "I급"):
        assert "OIDA-9-1-1" in rec["reasons"] and len([x for x in rec["reasons"] if x.startswith("OIDA")]) >= 2, sid
        assert rec["disclosure"] == "non_public", sid
    else:
        assert "OIDA-9-1-1" not in rec["reasons"], sid
    if rec["marking"] != "none":
        assert any(c["where"].startswith(("header", "footer", "table cell (보안")) for c in meta["cues"]), sid
    if rec["disclosure"] == "public":
        assert not re.search(r"(?<![0-9])01[016789]-\d{3,4}-\d{4}(?![0-9])", canon), (sid, "mobile number in a public document")
    full_ids = RRN_FULL.findall(canon) + PASSPORT.findall(canon)
    if "PIPA-24" in rec["reasons"]:
        assert full_ids, (sid, "PIPA-24 without an unmasked identifier")
    else:
        assert not full_ids, (sid, "unmasked identifier without PIPA-24", full_ids[:2])


def main():
    recs, metas = build()
    from collections import Counter
    c = Counter()
    for x, m in zip(recs, metas):
        c["fmt:" + m["format"]] += 1
        c["disc:" + x["disclosure"]] += 1
        c["mark:" + x["marking"]] += 1
        if x["disclosure"] == "non_public" and x["marking"] == "none" and not m["stated_field"]:
            c["np_unmarked_unstated"] += 1
        if m["marking_only_mentioned"]:
            c["mention_only"] += 1
        if m["stated_agrees_with_gold"] is False:
            c["stated_disagrees"] += 1
        for rr in x["reasons"]:
            c["reason:" + rr] += 1
    print("records", len(recs))
    for k in sorted(c):
        print("  %-28s %d" % (k, c[k]))


if __name__ == "__main__":
    main()
