#!/usr/bin/env python3
"""sens_ad: independent evaluation set for Korean document-sensitivity classification.

Deterministic: every random.Random is seeded with a string "sens_ad-2026|<template>|<variant>".
Writes sens_ad.jsonl, sens_ad.meta.jsonl, files/*.hwpx, files/*.pdf, then validates.
"""
import json, os, re, sys, random, zipfile, subprocess, unicodedata, io
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
SET = "sens_ad"

REASONS = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
           "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
MARKINGS = ["none", "대외비", "III급", "II급", "I급"]
DISC = ["public", "partial", "non_public"]

def R(template, variant):
    return random.Random("%s-2026|%s|%s" % (SET, template, variant))

def rs(*codes):
    out = []
    for c in codes:
        c = ("OIDA-9-1-%d" % c) if isinstance(c, int) else c
        if c not in out:
            out.append(c)
    return sorted(out, key=REASONS.index)

# ---------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
       "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노",
       "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방",
       "남궁", "황보", "선우", "제갈"]
GIV = ["민", "서", "준", "현", "지", "영", "수", "진", "호", "우", "성", "재", "정", "은", "혜", "경",
       "태", "석", "희", "연", "동", "상", "철", "미", "숙", "자", "순", "옥", "기", "용", "훈", "규",
       "광", "명", "종", "춘", "복", "덕", "선", "남", "해", "윤", "창", "범", "나", "아", "도", "하"]

def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)

def masked(r):
    s = r.choice(SUR[:40])
    return r.choice([s + "○○", s + "**", s + "모 씨", s + "○○"])

def rrn(r, y0=1940, y1=1999):
    while True:
        y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28)
        g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
        s = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
        return s[:6] + "-" + s[6:] + str(c)

def rrn_masked(r):
    v = rrn(r)
    return v[:8] + r.choice(["******", "●●●●●●", "XXXXXX"])

def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))

def mobile_masked(r):
    return "010-****-%04d" % r.randint(0, 9999)

BANKS = ["농협", "국민", "신한", "우리", "하나", "기업", "우체국", "새마을금고"]
def account(r):
    return "%s %03d-%04d-%04d-%02d" % (r.choice(BANKS), r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99))

ADDR = ["충청북도 청주시 상당구 용담로 %d", "전라남도 순천시 연향로 %d", "경기도 안산시 단원구 고잔로 %d",
        "대구광역시 북구 침산남로 %d", "강원도 원주시 단구로 %d", "경상남도 진주시 남강로 %d",
        "부산광역시 사하구 낙동대로 %d", "서울특별시 은평구 통일로 %d", "인천광역시 부평구 부평대로 %d",
        "전라북도 익산시 무왕로 %d", "경상북도 안동시 경동로 %d", "광주광역시 서구 상무대로 %d"]
def addr(r):
    return r.choice(ADDR) % r.randint(3, 990) + r.choice(["", ", %d동 %d호" % (r.randint(101, 115), r.randint(101, 1504)), " %d층" % r.randint(2, 5)])

# (기관, 부서 list, 장, 주소, era-ok)
AG = {
 "central": [("행정안전부", ["조직진단과", "지방재정정책과", "정보공개정책과", "비상안전기획관실"], "행정안전부장관", "세종특별자치시 정부2청사로 13"),
             ("국토교통부", ["도로정책과", "철도안전정책과", "주택정책과"], "국토교통부장관", "세종특별자치시 도움6로 11"),
             ("보건복지부", ["기초생활보장과", "노인정책과", "응급의료과"], "보건복지부장관", "세종특별자치시 도움4로 13"),
             ("환경부", ["수질수생태과", "대기관리과", "자원순환정책과"], "환경부장관", "세종특별자치시 도움6로 11"),
             ("산업통상자원부", ["원전산업정책과", "무역안보과", "에너지안전과"], "산업통상자원부장관", "세종특별자치시 한누리대로 402"),
             ("농림축산식품부", ["구제역방역과", "식량정책과", "농촌복지여성과"], "농림축산식품부장관", "세종특별자치시 다솜2로 94"),
             ("해양수산부", ["항만운영과", "어업정책과", "해사안전정책과"], "해양수산부장관", "세종특별자치시 다솜2로 94"),
             ("법무부", ["교정정책과", "보안과", "출입국정책과"], "법무부장관", "경기도 과천시 관문로 47"),
             ("국방부", ["군사시설기획과", "보안정책과"], "국방부장관", "서울특별시 용산구 이태원로 22")],
 "metro": [("서울특별시", ["도시계획과", "총무과", "감사담당관", "복지정책과"], "서울특별시장", "서울특별시 중구 세종대로 110"),
           ("부산광역시", ["해양정책과", "총무과", "감사관실"], "부산광역시장", "부산광역시 연제구 중앙대로 1001"),
           ("경기도", ["총무과", "자치행정과", "감사총괄담당관"], "경기도지사", "경기도 수원시 영통구 도청로 30"),
           ("전라남도", ["안전정책과", "총무과", "농업정책과"], "전라남도지사", "전라남도 무안군 삼향읍 오룡길 1"),
           ("경상북도", ["총무과", "일자리경제산업과", "감사관실"], "경상북도지사", "경상북도 안동시 풍천면 도청대로 455"),
           ("강원도", ["총무과", "재난안전과", "인사과"], "강원도지사", "강원도 춘천시 중앙로 1")],
 "basic": [("충청북도 괴산군", ["민원과", "총무과", "주민복지과"], "괴산군수", "충청북도 괴산군 괴산읍 임꺽정로 90"),
           ("전라북도 완주군", ["행정지원과", "사회복지과", "감사실"], "완주군수", "전라북도 완주군 용진읍 지암로 61"),
           ("경기도 안양시", ["총무과", "복지정책과", "감사관"], "안양시장", "경기도 안양시 동안구 시민대로 235"),
           ("대구광역시 수성구", ["총무과", "생활보장과", "감사실"], "수성구청장", "대구광역시 수성구 달구벌대로 2423"),
           ("경상남도 거창군", ["행정과", "주민복지과", "건설과"], "거창군수", "경상남도 거창군 거창읍 군청로 103"),
           ("강원도 정선군", ["총무과", "복지과", "재난안전과"], "정선군수", "강원도 정선군 정선읍 봉양7길 28")],
 "edu": [("서울특별시교육청", ["교원인사과", "감사관", "학교생활교육과"], "서울특별시교육감", "서울특별시 종로구 송월길 48"),
         ("경기도교육청", ["감사관", "교원정책과", "학생생활인권과"], "경기도교육감", "경기도 수원시 팔달구 효원로 1"),
         ("충청남도교육청", ["중등교육과", "총무과", "감사관"], "충청남도교육감", "충청남도 홍성군 홍북읍 선화로 22"),
         ("부산광역시교육청", ["교육혁신과", "총무과", "감사관"], "부산광역시교육감", "부산광역시 부산진구 화지로 12")],
 "police": [("경기남부경찰청", ["수사과", "청문감사인권담당관", "경무과"], "경기남부경찰청장", "경기도 수원시 팔달구 중부대로 223"),
            ("서울마포경찰서", ["형사과", "여성청소년과", "청문감사관"], "서울마포경찰서장", "서울특별시 마포구 마포대로 183"),
            ("전북경찰청", ["정보과", "경무과", "안보수사과"], "전북경찰청장", "전라북도 전주시 완산구 유연로 180"),
            ("천안동남경찰서", ["수사과", "생활안전과"], "천안동남경찰서장", "충청남도 천안시 동남구 중앙로 100")],
 "fire": [("소방청", ["119구조과", "화재조사분석팀", "운영지원과"], "소방청장", "세종특별자치시 정부2청사로 13"),
          ("경기도소방재난본부", ["119재난대응과", "소방행정과"], "경기도소방재난본부장", "경기도 수원시 장안구 수성로 245"),
          ("부산해운대소방서", ["현장대응단", "예방안전과"], "해운대소방서장", "부산광역시 해운대구 해운대로 1")],
 "pe": [("한국도로공사", ["인사처", "감사실", "안전혁신처"], "한국도로공사 사장", "경상북도 김천시 혁신8로 77"),
        ("한국수자원공사", ["수도사업처", "감사실", "인재개발처"], "한국수자원공사 사장", "대전광역시 대덕구 신탄진로 200"),
        ("한국토지주택공사", ["보상처", "감사실", "총무처"], "한국토지주택공사 사장", "경상남도 진주시 충의로 19"),
        ("국민건강보험공단", ["급여관리실", "인사부", "감사실"], "국민건강보험공단 이사장", "강원도 원주시 건강로 32")],
 "court": [("대전지방법원", ["총무과", "민사과", "형사과"], "대전지방법원장", "대전광역시 서구 둔산중로 78번길 45"),
           ("법원행정처", ["인사총괄심의관실", "윤리감사기획심의관실"], "법원행정처장", "서울특별시 서초구 서초대로 219"),
           ("수원가정법원", ["총무과", "가사과"], "수원가정법원장", "경기도 수원시 영통구 월드컵로 120")],
 "inst": [("한국소비자원", ["분쟁조정국", "시험검사국"], "한국소비자원장", "충청북도 음성군 맹동면 용두로 54"),
          ("국립중앙도서관", ["도서관정책과", "자료보존관리과"], "국립중앙도서관장", "서울특별시 서초구 반포대로 201"),
          ("한국환경공단", ["기후대기본부", "감사실"], "한국환경공단 이사장", "인천광역시 서구 환경로 42"),
          ("도로교통공단", ["교통안전본부", "운전면허본부"], "도로교통공단 이사장", "강원도 원주시 혁신로 2")],
}
KINDS = list(AG.keys())

def agency(r, kinds=None):
    k = r.choice(kinds or KINDS)
    a = r.choice(AG[k])
    return {"kind": k, "org": a[0], "dept": r.choice(a[1]), "head": a[2], "addr": a[3]}

def datestr(r, era):
    if era == "old":
        y = r.randint(1991, 2003)
    elif era == "mid":
        y = r.randint(2004, 2014)
    else:
        y = r.randint(2015, 2025)
    m = r.randint(1, 12); d = r.randint(1, 28)
    return y, r.choice(["%d. %d. %d." % (y, m, d), "%d.%02d.%02d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d)])

def docno(r, ag, y=None):
    d = ag["dept"].replace("실", "").replace(" ", "")
    if y and y < 2000:
        return r.choice(["%s %d-%d" % (d[:2], r.randint(10000, 19999) // 10, r.randint(10, 999)), "%s-%d" % (d, r.randint(100, 9999))])
    return "%s-%d" % (d, r.randint(100, 19999))

def phone_inst(r):
    return "0%d-%d-%04d" % (r.choice([2, 31, 32, 33, 41, 42, 43, 44, 51, 53, 61, 62, 63]), r.randint(200, 999), r.randint(0, 9999))

OFFICIAL_RANKS = ["주무관", "행정주사", "행정사무관", "서기관", "팀장", "과장"]

# ---------------------------------------------------------------- doc model
class Doc:
    def __init__(self, title=None):
        self.title = title
        self.blocks = []       # ("p", text) ("tbl", rows) ("box", text) ("br",)
        self.header = None
        self.footer = None
        self.font = "HYSMyeongJo-Medium"
    def p(self, *lines):
        for l in lines:
            self.blocks.append(("p", l))
        return self
    def tbl(self, rows):
        self.blocks.append(("tbl", [[str(c) for c in row] for row in rows])); return self
    def box(self, text):
        self.blocks.append(("box", text)); return self
    def br(self):
        self.blocks.append(("br",)); return self

def gyeolmun(r, ag, y, date, field, names=None, old=False, recv=None, sign=True):
    """결문 lines per 별지 제1호서식; returns list of lines, the last containing the 공개구분 field."""
    n1, n2, n3 = names or (name(r), name(r), name(r))
    rk = r.sample(OFFICIAL_RANKS, 3)
    lines = []
    lines.append(ag["head"] if not old else "  " + " ".join(ag["head"]))
    if recv:
        lines.append("수신자  " + recv)
    lines.append("")
    if sign:
        lines.append("%s %s %s  %s %s  %s %s" % (r.choice(["기안자", "담당"]), rk[0], n1, rk[1], n2,
                                                  r.choice(["전결", "결재권자", "대결"]), "%s %s" % (rk[2], n3)))
    lines.append("협조자" + r.choice(["", "  " + r.choice(OFFICIAL_RANKS) + " " + name(r)]))
    no = docno(r, ag, y)
    lines.append("시행  %s  (%s)   접수  %s" % (no, date, r.choice(["", "(          )", "-"])))
    pc = "%05d" % r.randint(10000, 63999) if y >= 2015 else "%03d-%03d" % (r.randint(100, 799), r.randint(100, 999))
    lines.append("우 %s  %s  / %s" % (pc, ag["addr"], r.choice(["www.korea.kr", "http://www.%s.go.kr" % r.choice(["gov", "local", "office"]), ""])))
    tel = phone_inst(r)
    em = "%s%d@korea.kr" % (r.choice(["kim", "lee", "park", "jh", "sm", "hy"]), r.randint(1, 99))
    lines.append("전화 %s  전송 %s  / %s  / %s" % (tel, phone_inst(r), em, field))
    return lines

def field_reasons(field):
    """parse the 공개구분 field text into (disclosure, reasons)."""
    f = unicodedata.normalize("NFKC", field).replace(" ", "")
    if "부분공개" in f:
        d = "partial"
    elif "비공개" in f:
        d = "non_public"
    else:
        return "public", []
    m = re.search(r"9조(?:제?1항제?|1)(\d)", f)
    if m:
        nums = [int(m.group(1))]
    else:
        inner = re.findall(r"\(([^)]*)\)", f)
        nums = [int(x) for x in re.findall(r"\d", inner[-1])] if inner else []
    return d, rs(*nums)

# ---------------------------------------------------------------- spellings
def f_public(r):
    return r.choice(["공개", "공개", "공개", "대국민공개", "공개구분: 공개", "공개 "]).strip()

def f_partial(r, nums):
    s = ",".join(str(n) for n in nums)
    s2 = ", ".join(str(n) for n in nums)
    opts = ["부분공개(%s)" % s, "부분공개 (%s)" % s, "부분공개(%s)" % s2]
    if len(nums) == 1:
        opts += ["부분공개(제%d호)" % nums[0], "부분공개(법 제9조①%d)" % nums[0],
                 "부분공개(제9조 제1항 제%d호)" % nums[0]]
    return r.choice(opts)

def f_nonpub(r, nums):
    s = ",".join(str(n) for n in nums)
    if len(nums) == 1:
        n = nums[0]
        return r.choice(["비공개(%d)" % n, "비공개(제9조 제1항 제%d호)" % n, "비공개 (9조1항%d호)" % n,
                         "비공개(법 제9조①%d)" % n, "비공개 ( %d )" % n, "비공개(%d)" % n])
    return r.choice(["비공개(%s)" % s, "비공개 (%s)" % s])

CITE = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%d호", "정보공개법 제9조 제1항 제%d호",
        "법 제9조①%d", "9조 1항 %d호", "같은 법 제9조제1항제%d호", "「공공기관의 정보공개에 관한 법률」 제9조제1항 제%d호"]

def hanja(old, plain, hj):
    return hj if old else plain

def intro_old(r):
    return r.choice(["1. 貴 機關의 無窮한 發展을 祈願합니다.", "1. 평소 도정 발전에 協調하여 주신데 대하여 감사드립니다.",
                     "1. 귀 기관의 무궁한 발전을 기원합니다.", "1. 관련 : 內部 方針(%d. %d.)" % (r.randint(1992, 2002), r.randint(1, 12))])

def intro_new(r, y):
    return r.choice(["1. 관련: %s-%d(%d. %d. %d.)호" % (r.choice(["총무과", "기획예산과", "운영지원과", "정책기획관"]), r.randint(100, 9999), y, r.randint(1, 12), r.randint(1, 28)),
                     "1. 귀 기관의 무궁한 발전을 기원합니다.",
                     "1. 관련 근거: %s" % r.choice(["「지방자치법」 제184조", "「민원 처리에 관한 법률」 제6조", "「재난 및 안전관리 기본법」 제34조의5", "「공공기록물 관리에 관한 법률」 제19조", "「행정업무의 운영 및 혁신에 관한 규정」 제7조"])])

# ---------------------------------------------------------------- templates
T = {}
def template(name_, count, fmts, genre):
    def deco(fn):
        T[name_] = (fn, count, fmts, genre)
        return fn
    return deco

PUB_TOPICS = [
    ("%d년 상반기 민원행정 서비스 개선 교육 참석 안내", ["교육 일시: %s 14:00~17:00", "장소: 청사 별관 2층 대회의실", "대상: 민원 담당 공무원 (기관별 2명 이내)", "교육 내용: 친절 응대, 고충민원 처리 절차"]),
    ("하천 정비사업 관련 협조 요청", ["사업명: 소하천 정비사업(%d차)", "요청 사항: 사업 구간 내 하천점용허가 현황 자료", "제출 기한: %s까지", "제출 방법: 전자문서"]),
    ("%d년 을지연습 참가 계획 알림", ["연습 기간: %s부터 4일간", "참가 대상: 소속 전 직원", "세부 일정은 붙임 계획 참조", "관련 문의는 비상대비 담당에게"]),
    ("도서관 소장자료 일제 점검 실시 알림", ["점검 기간: %s~", "점검 기간 중 자료 대출 일시 중지", "점검 결과 분실 자료는 목록 정비", "이용자 안내문 게시 협조"]),
    ("청사 에너지 절약 실천 협조", ["적정 실내온도 유지(냉방 26℃ 이상)", "점심시간 일괄 소등", "%s부터 시행", "부서별 에너지 지킴이 지정"]),
    ("%d년 지역 축제 안전관리 계획 제출 요청", ["대상: 순간 최대 관람객 1천명 이상 축제", "제출 기한: %s", "작성 서식: 붙임 참조", "미제출 시 개최 일정 협의 지연 우려"]),
    ("학교 급식 위생 점검 결과 통보", ["점검 기간: %s", "점검 대상: 관내 초·중학교 급식소", "지적 사항: 보존식 보관 미흡 등 3건", "조치 결과 제출: 공문 수신 후 2주 이내"]),
    ("소방시설 자체점검 결과 보고 안내", ["대상: 연면적 1천㎡ 이상 특정소방대상물", "보고 기한: %s", "보고 방법: 소방시설관리시스템 입력", "미보고 시 과태료 부과 대상"]),
]

@template("t_gm_public", 17, ["text", "hwpx", "pdf", "text"], "공문")
def t_gm_public(r, i):
    era = ["new", "mid", "new", "mid", "new", "old"][i % 6]
    ag = agency(r)
    y, date = datestr(r, era if era != "old" else "mid")
    topic, items = r.choice(PUB_TOPICS)
    title = topic % y if "%d" in topic else topic
    d = Doc()
    d.p(ag["org"] if r.random() < 0.5 else ag["org"] + " " + ag["dept"].split()[0])
    d.p("수신  %s" % r.choice(["수신자 참조", "각 실·국장", "관내 각 기관장", "%s장" % r.choice(["각 읍·면", "각 학교", "각 소방서"])]),
        "(경유)", "제목  %s" % title, "")
    d.p(intro_new(r, y))
    d.p(("2. %s 다음과 같이 %s %s." % (r.choice(["위와 관련하여", "", "우리 기관에서는"]), r.choice(["안내하오니", "요청하오니", "알려드리오니", "통보하오니"]), r.choice(["협조하여 주시기 바랍니다", "업무에 참고하시기 바랍니다", "기한 내 제출하여 주시기 바랍니다"]))).replace("  ", " "))
    for k, it in enumerate(items):
        d.p("  %s. %s" % ("가나다라마"[k], it % (date,) if "%s" in it else (it % y if "%d" in it else it)))
    d.p("", "붙임  %s 1부.  끝." % r.choice(["세부 계획", "제출 서식", "교육 안내문", "점검표"]), "")
    field = f_public(r)
    gl = gyeolmun(r, ag, y, date, field, recv=r.choice([None, "%s, %s" % (r.choice(["총무과장", "기획감사실장"]), r.choice(["재무과장", "민원과장"]))]))
    d.p(*gl)
    return dict(doc=d, disclosure="public", marking="none", reasons=[], cue="gyeolmun_field",
                cue_location="gyeolmun", cue_text=field, flags=["era_" + era, "officials_named"], stated="public")

PARTIAL_SUBJ = [
    ("모범 시민 표창 대상자 추천", ["성명", "생년월일", "주소", "공적 요지"], "추천"),
    ("재난지원금 이의신청 처리 결과 보고", ["신청인", "연락처", "주소", "처리 결과"], "처리"),
    ("%d년 공공근로사업 참여자 선발 결과", ["성명", "생년월일", "연락처", "배치 부서"], "선발"),
    ("무단투기 과태료 부과 대상자 통보", ["위반자", "주소", "위반 일시", "부과액"], "부과"),
    ("장학금 지급 대상 학생 확정 알림", ["학생명", "학교", "보호자 연락처", "지급액"], "지급"),
    ("어린이집 보육교사 보수교육 이수자 통보", ["성명", "생년월일", "근무 어린이집", "이수 여부"], "이수"),
]

def person_row(r, cols, unmasked_rrn=False):
    row = []
    for c in cols:
        if c in ("성명", "신청인", "위반자", "학생명"):
            row.append(name(r))
        elif c == "생년월일":
            row.append(rrn(r) if unmasked_rrn else "%d. %d. %d." % (r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)))
        elif c in ("연락처", "보호자 연락처"):
            row.append(mobile(r))
        elif c == "주소":
            row.append(addr(r))
        elif c == "공적 요지":
            row.append(r.choice(["20년간 마을 환경정화 봉사", "독거노인 도시락 배달", "화재 현장 인명 구조", "청소년 멘토링"]))
        elif c == "처리 결과":
            row.append(r.choice(["인용", "기각", "일부 인용"]))
        elif c == "배치 부서":
            row.append(r.choice(["환경과", "도서관", "주민센터"]))
        elif c == "위반 일시":
            row.append("%d. %d. %d." % (r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28)))
        elif c == "부과액":
            row.append("%s원" % r.choice(["200,000", "500,000", "1,000,000"]))
        elif c == "학교":
            row.append(r.choice(["새솔초", "한빛중", "늘푸른고", "동산초"]) + "등학교".replace("등학교", "") + "학교")
        elif c == "지급액":
            row.append(r.choice(["500,000원", "1,000,000원", "300,000원"]))
        elif c == "근무 어린이집":
            row.append(r.choice(["해바라기", "무지개", "꿈나무", "솔빛"]) + "어린이집")
        elif c == "이수 여부":
            row.append(r.choice(["이수", "미이수"]))
        else:
            row.append("-")
    if unmasked_rrn and "생년월일" in cols:
        pass
    return row

@template("t_gm_partial", 18, ["hwpx", "text", "pdf"], "공문")
def t_gm_partial(r, i):
    ag = agency(r, ["metro", "basic", "edu", "inst", "central"])
    era = r.choice(["mid", "new", "new"])
    y, date = datestr(r, era)
    subj, cols, verb = PARTIAL_SUBJ[i % len(PARTIAL_SUBJ)]
    title = subj % y if "%d" in subj else subj
    unm = (i % 5 == 3)
    if unm:
        cols = [c if c != "생년월일" else "생년월일" for c in cols]
        if "생년월일" not in cols:
            cols = cols[:1] + ["주민등록번호"] + cols[1:]
    d = Doc()
    d.p(ag["org"], "수신  %s" % r.choice(["내부결재", "수신자 참조", ag["head"] + "(" + ag["dept"] + "장)"]), "제목  " + title, "")
    d.p(intro_new(r, y))
    d.p(r.choice(["2. %s 대상자를 아래와 같이 %s합니다." % (title.split()[0], verb),
                  "2. 위 호와 관련하여 %s 결과를 다음과 같이 보고합니다." % verb,
                  "2. 심사위원회 심의를 거쳐 대상자를 %s하였기에 알려드립니다." % verb]))
    rows = [["연번"] + cols]
    for k in range(r.randint(3, 6)):
        pr = person_row(r, cols, unmasked_rrn=unm)
        if unm and "주민등록번호" in cols:
            pr[cols.index("주민등록번호")] = rrn(r)
        rows.append([str(k + 1)] + pr)
    d.tbl(rows)
    d.p("", "붙임  %s 1부.  끝." % r.choice(["심사 결과표", "세부 명단", "추천서 사본"]))
    field = f_partial(r, [6])
    d.p("", *gyeolmun(r, ag, y, date, field))
    reasons = rs(6, "PIPA-24") if unm else rs(6)
    return dict(doc=d, disclosure="partial", marking="none", reasons=reasons, cue="gyeolmun_field",
                cue_location="gyeolmun", cue_text=field, flags=["citizen_table"] + (["unmasked_rrn"] if unm else []), stated="partial")

NONPUB_SUBJ = [
    (4, "불법 도박장 단속 관련 첩보 처리 보고", ["첩보 입수 경위: 주민 제보(%s)", "대상 장소: ○○동 소재 상가 지하", "향후 조치: 잠복 후 현장 단속 예정", "보안 유지 철저"]),
    (4, "체납자 은닉재산 추적 조사 계획", ["조사 대상: 고액 체납자 12명", "조사 방법: 금융거래 조회 및 현장 확인", "착수 예정일: %s", "조사 종료 시까지 대외 공표 금지"]),
    (5, "조직개편(안) 내부 검토 결과", ["검토 배경: 기능 중복 부서 통폐합 필요", "검토안: 2개 과 → 1개 과 통합(%s 시행 목표)", "쟁점: 정원 감축에 따른 직원 반발 예상", "향후 노조 협의 후 확정"]),
    (5, "청사 이전 후보지 비교 검토", ["후보지: A부지, B부지, C부지", "평가 항목: 접근성, 부지 매입비, 확장성", "1차 평가 결과 B부지 우위(%s 기준)", "최종 결정 전 외부 공개 시 지가 상승 우려"]),
    (5, "%d년 하반기 승진시험 출제 계획", ["출제 위원 위촉: 외부 전문가 4명", "출제 장소: 합숙 출제(외부 차단)", "시험일: %s", "문제 유출 방지 대책 포함"]),
    (3, "정수장 시설 배치도 및 경비 계획", ["대상 시설: 국가중요시설 나급 정수장", "경비 인력 배치 현황(%s 기준)", "취약 지점 보강 계획", "출입 통제 구역 변경"]),
    (2, "접경지역 주민 대피시설 보강 계획", ["대상: 민방위 대피시설 14개소", "보강 내용: 방폭문 교체, 비상 발전기", "완료 목표: %s", "시설 위치 정보 취급 유의"]),
    (8, "재개발구역 지정(안) 사전 검토", ["대상 구역 경계(안) 및 지번 목록", "지정 예정 시기: %s", "사전 공개 시 투기 우려", "관계 부서 의견 수렴 중"]),
]

@template("t_gm_nonpub", 7, ["text", "pdf", "hwpx"], "공문")
def t_gm_nonpub(r, i):
    n, subj, items = NONPUB_SUBJ[i % len(NONPUB_SUBJ)]
    kinds = {4: ["police", "metro", "basic"], 5: ["central", "metro", "pe", "edu"], 3: ["pe", "metro"], 2: ["basic", "metro"], 8: ["basic", "metro"]}[n]
    ag = agency(r, kinds)
    y, date = datestr(r, r.choice(["mid", "new"]))
    title = subj % y if "%d" in subj else subj
    d = Doc()
    d.p(ag["org"], "수신  내부결재", "제목  " + title, "")
    d.p(r.choice(["1. %s에 대하여 아래와 같이 보고합니다." % title, "1. 위 건에 관하여 다음과 같이 검토하였습니다.", "1. 관련 업무 추진을 위하여 아래와 같이 계획을 수립하고자 합니다."]))
    for k, it in enumerate(items):
        d.p("  %s. %s" % ("가나다라"[k], it % date if "%s" in it else it))
    d.p("", "붙임  %s 1부.  끝." % r.choice(["세부 검토안", "현황표", "관련 자료"]))
    field = f_nonpub(r, [n])
    d.p("", *gyeolmun(r, ag, y, date, field))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=rs(n), cue="gyeolmun_field",
                cue_location="gyeolmun", cue_text=field, flags=["ground_%d" % n], stated="non_public")

MULTI = [("partial", [5, 6], "공무원 성과평가 결과 조정 회의 결과", "평가 조정 사유와 위원 발언 요지, 대상자 명단은 삭제 후 공개"),
         ("partial", [6, 7], "민간위탁 운영 실태 점검 결과", "수탁 법인의 원가 자료와 종사자 인적사항을 제외하고 공개"),
         ("partial", [4, 6], "교통사고 다발지점 단속 결과", "단속 대상자 인적사항 및 진행 중인 수사 관련 부분은 제외"),
         ("partial", [5, 6], "공유재산 매각 심의 결과", "심의위원 발언 내용 및 매수 희망자 인적사항은 비공개"),
         ("non_public", [5, 6], "직원 고충상담 처리 결과 보고", "상담 내용과 신청인 정보 전체가 비공개 대상"),
         ("partial", [3, 6], "다중이용시설 안전점검 결과", "보안 시설 배치 및 점검자 외 관계인 정보는 가림 처리"),
         ("non_public", [4, 6], "아동학대 의심 신고 처리 현황", "신고인 및 피해아동 정보, 조사 중인 사항으로 전부 비공개"),
         ("partial", [6, 7], "보조금 정산 검사 결과", "사업자 거래처 단가 및 개인 수령자 정보 제외")]

@template("t_gm_multi", 8, ["pdf", "hwpx", "text"], "공문")
def t_gm_multi(r, i):
    disc, nums, title, note = MULTI[i % len(MULTI)]
    ag = agency(r, ["metro", "basic", "central", "pe", "police"])
    y, date = datestr(r, "new")
    d = Doc()
    d.p(ag["org"], "수신  %s" % r.choice(["내부결재", "수신자 참조"]), "제목  " + title, "")
    d.p("1. %s %s." % (r.choice(["%d년도" % y, "금년도", "지난 분기"]), r.choice(["업무 추진 결과를 아래와 같이 보고합니다", "점검을 실시한 결과를 알려드립니다"])))
    d.p("2. 주요 내용", "  가. 대상: %d건" % r.randint(4, 40), "  나. 결과: 개선 필요 %d건, 양호 %d건" % (r.randint(1, 9), r.randint(3, 30)))
    if "인적사항" in note or "정보" in note or "명단" in note:
        d.p("  다. 관계인: %s(%s), %s(%s)" % (name(r), mobile(r), name(r), addr(r)))
    d.p("3. 공개 범위: %s" % note if r.random() < 0.5 else "3. 향후 후속조치 이행 여부를 확인할 예정입니다.")
    d.p("", "붙임  결과표 1부.  끝.", "")
    field = f_partial(r, nums) if disc == "partial" else f_nonpub(r, nums)
    d.p(*gyeolmun(r, ag, y, date, field))
    return dict(doc=d, disclosure=disc, marking="none", reasons=rs(*nums), cue="gyeolmun_field_multi",
                cue_location="gyeolmun", cue_text=field, flags=["multi_ground"], stated=disc)

# ---------------------------------------------------------------- classified markings
def stamp_daeoebi(r, y):
    yy = y + r.randint(1, 3)
    return r.choice(["대 외 비", "[대외비]", "《대외비》", "%d. 12. 31.까지 대외비" % yy, "대외비(보호기간: %d. 12. 31.까지)" % yy,
                     "보안등급: 대외비", "對外秘", "대외비", "<대외비>", "대  외  비"])

def stamp_secret(r, lvl):
    roman = {3: ("Ⅲ", "III", "3"), 2: ("Ⅱ", "II", "2"), 1: ("Ⅰ", "I", "1")}[lvl]
    return r.choice(["%s급비밀" % roman[0], "%s급 비밀" % roman[1], "%s급 비밀" % roman[2], "비밀(%s급)" % roman[0],
                     "%s 급 비 밀" % roman[0], "%s급 秘密" % roman[0], "%s급비밀" % roman[1]])

def ocr_break_stamp(r, s):
    """OCR-like corruption of a stamp; keeps it humanly readable."""
    ops = [lambda x: x.replace("III", "lll").replace("II", "Il"),
           lambda x: x.replace("비밀", "비 밀").replace("대외비", "대외 비"),
           lambda x: "ㆍ" + x + " ㆍ",
           lambda x: x.replace("대 외 비", "대 외  비").replace("[", "[ ").replace("]", " ]"),
           lambda x: x.replace("급", "급 ").replace("대외", "대 외")]
    return r.choice(ops)(s)

SECRET_TOPICS = {
    2: [("을지 충무계획 %d년 시행계획(안)", ["전시 행정기관 소산 위치", "비상 연락망 및 대체 지휘소 운용", "동원 대상 자원 현황", "전시 물자 비축 기준"], ["central", "metro"]),
        ("접경지역 대침투 작전 협조 계획", ["작전 지역 구분 및 책임 부대", "민관군 통합방위 협의회 운영", "주민 통제선 조정 방안", "상황별 경보 전파 체계"], ["police", "metro"]),
        ("국가 방첩 활동 실적 및 향후 계획", ["외국 정보기관 접촉 시도 사례", "기술 유출 의심 사례 분석", "방첩 교육 대상 확대", "유관기관 정보 공유 절차"], ["central", "police"]),
        ("해상 경계 강화 대책", ["취약 해역 감시 장비 배치", "불법 조업 선박 대응 절차", "유관기관 합동 훈련 일정", "예비 전력 운용 방안"], ["central"])],
    3: [("국가중요시설(가급) 방호 계획", ["외곽 울타리 보강 구간", "CCTV 사각지대 해소 대책", "경비 인력 교대 시간표", "비상시 출입 통제 절차"], ["pe", "police"]),
        ("대테러 대응 매뉴얼 개정(안)", ["다중이용시설 위협 등급별 조치", "초동 대응팀 편성", "폭발물 의심 신고 처리", "언론 대응 창구 일원화"], ["police", "fire", "central"]),
        ("교정시설 보안 취약점 점검 결과", ["외곽 경비 초소 사각", "출입 차량 검색 절차 미흡", "보안 장비 노후 현황", "개선 예산 소요"], ["central"]),
        ("광역상수도 관로 비상 급수 계획", ["주요 관로 위치 및 밸브실 좌표", "비상 급수 차량 배치", "단수 시 우선 공급 기관", "시설 파괴 시 복구 절차"], ["pe", "metro"])],
}

@template("t_secret", 22, ["pdf", "hwpx", "text", "pdf", "hwpx"], "보고서")
def t_secret(r, i):
    lvl = [3, 3, 3, 2, 3, 2, 3, 1, 3, 2, 3, 3, 2, 1, 3, 2, 3, 1, 3, 2, 3, 3, 2, 1][i]
    basis = 2 if lvl < 3 or r.random() < 0.45 else 3
    title_t, items, kinds = r.choice(SECRET_TOPICS[basis])
    ag = agency(r, kinds)
    era = r.choice(["old", "mid", "mid", "new"])
    y, date = datestr(r, era)
    title = title_t % y if "%d" in title_t else title_t
    stamp = stamp_secret(r, lvl)
    flags = ["era_" + era, "secret_%d" % lvl]
    if r.random() < 0.25:
        stamp = ocr_break_stamp(r, stamp); flags.append("ocr_stamp")
    copies = r.randint(3, 12)
    d = Doc()
    loc = r.choice(["header", "first_line", "stamp_box", "header_footer", "first_last"])
    if loc in ("header", "header_footer"):
        d.header = stamp if r.random() < 0.6 else "%s    %s" % (stamp, "사본번호 %d / %d" % (r.randint(1, copies), copies))
        if loc == "header_footer":
            d.footer = stamp
    elif loc == "stamp_box":
        d.box(stamp)
    else:
        d.p(stamp)
    if era == "old":
        d.p(" ".join(title.replace(" ", "")[:6]) + title.replace(" ", "")[6:] if len(title) < 14 else title)
        d.p("%s  %s" % (ag["org"], ag["dept"]), "%s" % date, "")
        d.p("Ⅰ. 槪 要", "  ○ 本 計劃은 非常時 業務 遂行에 萬全을 期하고자 樹立함.")
    else:
        d.p(title, "%s %s  (%s)" % (ag["org"], ag["dept"], date), "")
        d.p("Ⅰ. 개 요", "  ○ %s" % r.choice(["유사시 신속한 대응 태세를 확립하기 위하여 본 계획을 수립함", "최근 위협 동향을 반영하여 기존 계획을 보완함", "관계기관 합동점검 결과에 따른 후속 조치 사항을 정리함"]))
    d.p("Ⅱ. 주요 내용")
    for k, it in enumerate(items):
        d.p("  %d. %s" % (k + 1, it))
        d.p("    - %s" % r.choice(["세부 사항은 별표 참조", "담당관 외 열람 제한", "분기별 점검 후 보완", "관계기관과 협의 완료", "현행 유지"]))
    if r.random() < 0.5:
        d.tbl([["구분", "책임기관", "조치 시한"], ["1단계", ag["dept"], "즉시"], ["2단계", r.choice(["관할 경찰서", "지역 군부대", "소방서"]), "6시간 이내"], ["3단계", "상급기관", "24시간 이내"]])
    d.p("Ⅲ. 행정사항", "  ○ 본 문서는 보안업무규정에 따라 관리하며 무단 복제를 금함")
    yy = y + r.randint(2, 5)
    yegomun = r.choice(["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (yy, stamp_secret(r, lvl)),
                        "예고문 : %d.12.31. 까지 보호, 이후 파기" % yy,
                        "(예고문) %d년 12월 31일 일반문서로 재분류" % yy])
    d.p("", yegomun, "사본번호: %d/%d" % (r.randint(1, copies), copies))
    if loc == "first_last":
        d.p(stamp)
    return dict(doc=d, disclosure="non_public", marking={3: "III급", 2: "II급", 1: "I급"}[lvl], reasons=rs(1, basis),
                cue="marking_stamp", cue_location=loc, cue_text=stamp, flags=flags)

DAEOEBI_TOPICS = [
    (5, "%d년 임금협상 대응 전략(안)", ["노조 요구안 분석: 기본급 6.8% 인상", "사측 수용 가능 범위: 2.5~3.0%", "협상 결렬 시 대응 시나리오", "언론 대응 방향"], ["pe"]),
    (5, "지방교부세 배분 기준 개선 검토", ["현행 산정 방식의 문제점", "개선안 3개 비교", "시·도별 증감 시뮬레이션 결과", "관계부처 협의 전 외부 유출 금지"], ["central"]),
    (5, "학교 통폐합 추진 대상 검토 결과", ["적정규모 미달 학교 현황", "통폐합 우선 대상(안)", "지역 반발 예상 및 대응", "학부모 설명회 일정(안)"], ["edu"]),
    (3, "청사 방호 및 출입통제 강화 계획", ["출입 게이트 추가 설치 위치", "방호 인력 근무 편성", "비상 대피 경로 변경", "보안 장비 구매 계획"], ["central", "court", "metro"]),
    (4, "불법 다단계 업체 합동 단속 계획", ["단속 대상 업체 소재지", "투입 인력 및 차량", "압수수색 영장 집행 일정", "단속 정보 사전 유출 방지"], ["police"]),
    (8, "역세권 개발사업 후보지 검토", ["후보지별 토지 소유 현황", "사업성 분석 결과", "발표 전 보안 유지 필요성", "투기 방지 대책"], ["metro", "pe"]),
    (6, "직원 비위 제보 사실 확인 결과", ["제보 요지: 출장비 부당 수령 의혹", "관련자: %s 주무관", "확인 결과: 일부 사실", "징계 요구 여부 검토"], ["basic", "edu", "pe"]),
    (5, "공공요금 인상 검토(내부 시안)", ["원가 상승 요인 분석", "인상률 대안별 세수 영향", "물가 당국 협의 계획", "발표 시기(안)"], ["metro", "pe"]),
]

@template("t_daeoebi", 15, ["hwpx", "pdf", "text", "pdf"], "보고서")
def t_daeoebi(r, i):
    n, title_t, items, kinds = DAEOEBI_TOPICS[i % len(DAEOEBI_TOPICS)]
    ag = agency(r, kinds)
    era = r.choice(["old", "mid", "new", "new"]) if n != 6 else "new"
    y, date = datestr(r, era)
    title = title_t % y if "%d" in title_t else title_t
    stamp = stamp_daeoebi(r, y)
    flags = ["era_" + era]
    if r.random() < 0.25:
        stamp = ocr_break_stamp(r, stamp); flags.append("ocr_stamp")
    d = Doc()
    loc = r.choice(["header", "stamp_box", "first_line", "footer", "last_line", "header_footer"])
    if loc == "header":
        d.header = stamp
    elif loc == "footer":
        d.footer = stamp
    elif loc == "header_footer":
        d.header = stamp; d.footer = stamp
    elif loc == "stamp_box":
        d.box(stamp)
    elif loc == "first_line":
        d.p(stamp)
    d.p(title, r.choice(["", "(%s)" % r.choice(["내부 검토용", "간부회의 보고", "실무 검토안"])]), "%s  %s" % (date, ag["dept"]), "")
    who = name(r)
    d.p("□ " + r.choice(["추진 배경", "검토 배경", "현 황"]),
        "  ○ %s" % r.choice(["최근 여건 변화에 따라 기존 방침의 재검토가 필요함", "상급기관 지시(%s)에 따른 검토 사항임" % date, "관계 부서 의견을 종합하여 대응 방향을 마련함"]))
    d.p("□ 주요 내용")
    for it in items:
        d.p("  ○ " + (it % who if "%s" in it else it))
    d.p("□ 향후 계획", "  ○ %s" % r.choice(["차관 보고 후 확정", "관계기관 협의(%d월 중)" % r.randint(1, 12), "결과에 따라 추가 보고 예정"]))
    if loc == "last_line":
        d.p("", stamp)
    reasons = rs(n) if n != 6 else rs(5, 6)
    return dict(doc=d, disclosure="non_public", marking="대외비", reasons=reasons, cue="marking_stamp", cue_location=loc,
                cue_text=stamp, flags=flags)

# ---------------------------------------------------------------- 결재란 cell
APPROVAL = [("public", [], "공개"), ("partial", [6], "부분공개(6)"), ("non_public", [5], "비공개(5)"),
            ("partial", [6], "부분공개 - 개인정보"), ("non_public", [4], "비공개(수사)"), ("public", [], "공개"),
            ("non_public", [5], "비공개 사유: 의사결정 과정"), ("partial", [7], "부분공개(7)"), ("non_public", [6], "비공개(6)"),
            ("public", [], "대국민 공개"), ("partial", [6], "부분공개(6)")]
APPROVAL_BODY = {
    "public": [("%d년 봄철 산불 예방 캠페인 실시 결과", "관내 등산로 입구 12개소에서 캠페인을 실시하였으며 홍보물 3,000부를 배부함."),
               ("민원실 환경 개선 공사 준공 보고", "민원 대기 공간 확장 및 무인 발급기 2대 추가 설치를 완료함."),
               ("직원 청렴 교육 실시 결과", "전 직원 대상 청렴 교육을 실시하였고 참석률은 94%임.")],
    "partial": [("경로당 운영비 지원 대상 확정", "지원 대상 경로당 회장 성명과 연락처를 붙임과 같이 정리함."),
                ("긴급복지 지원 결정 보고", "지원 대상 가구의 세대주와 지원 내역은 아래 표와 같음."),
                ("관급자재 구매 단가 비교", "참여 업체별 제출 단가와 원가 내역을 비교한 결과 최저가 업체를 선정함.")],
    "non_public": [("공무원 직장협의회 요구사항 대응 방안", "협의회가 제출한 요구사항 7건에 대한 수용 가능 여부를 부서별로 검토함."),
                   ("불법 주정차 단속 CCTV 위치 변경 검토", "단속 회피 사례가 잦은 지점의 카메라 위치 변경안을 마련함."),
                   ("보조금 부정수급 의심 사례 조사", "수사기관 의뢰 여부를 판단하기 위해 의심 사례를 정리함.")],
}

@template("t_approval_cell", 11, ["hwpx", "pdf", "hwpx", "pdf", "text"], "기안문")
def t_approval_cell(r, i):
    disc, nums, cell = APPROVAL[i % len(APPROVAL)]
    ag = agency(r, ["basic", "metro", "edu", "pe", "fire"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    if "7" in cell:
        title_t, body = APPROVAL_BODY["partial"][2]
    elif "수사" in cell:
        title_t, body = APPROVAL_BODY["non_public"][2]
    elif disc == "non_public" and nums == [6]:
        title_t, body = ("직원 건강검진 결과 사후관리 대상자 통보", "사후관리 대상 직원 명단과 소견을 정리함.")
    else:
        opts = [x for x in APPROVAL_BODY[disc] if "단가" not in x[0] and "부정수급" not in x[0]]
        title_t, body = r.choice(opts)
    title = title_t % y if "%d" in title_t else title_t
    d = Doc()
    d.p(r.choice(["기 안 용 지", "기안문", "내 부 결 재"]) if era == "old" else ag["org"])
    names = [name(r) for _ in range(4)]
    rows = [["담당", "계장" if era == "old" else "팀장", "과장", "국장", "공개여부"],
            [names[0], names[1], names[2], "전결" if r.random() < 0.5 else names[3], cell]]
    if r.random() < 0.4:
        rows = [["문서번호", docno(r, ag, y), "보존기간", r.choice(["3년", "5년", "10년", "영구"])],
                ["시행일자", date, "공개구분", cell],
                ["기안자", names[0], "결재", "%s / %s" % (names[1], names[2])]]
    d.tbl(rows)
    d.p("", "제목  " + title, "")
    d.p("1. " + body)
    rows2 = None
    reasons = rs(*nums)
    flags = ["era_" + era]
    if disc == "partial" and 6 in nums:
        rows2 = [["연번", "성명", "연락처", "비고"]] + [[str(k + 1), name(r), mobile(r), r.choice(["신규", "계속", ""])] for k in range(r.randint(2, 5))]
    elif disc == "non_public" and nums == [6]:
        rows2 = [["성명", "소속", "소견"]] + [[name(r), r.choice(["총무과", "건설과", "민원과"]), r.choice(["고혈압 재검", "간기능 이상", "당뇨 의심"])] for _ in range(3)]
        reasons = rs(6, "PIPA-23"); flags.append("health_data")
    elif 7 in nums:
        rows2 = [["업체", "제출 단가", "원가율"]] + [["(주)" + r.choice(["한길산업", "대성건자재", "미래테크", "동방기업"]), "%s원" % format(r.randint(10000, 900000), ","), "%d%%" % r.randint(60, 90)] for _ in range(3)]
    if rows2:
        d.tbl(rows2)
    d.p("2. %s" % r.choice(["위와 같이 보고하오니 결재하여 주시기 바랍니다.", "상기 내용을 재가받고자 합니다.", "검토 후 처리 방향을 지시하여 주시기 바랍니다."]), "", "끝.")
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, cue="approval_table_cell", cue_location="approval_table",
                cue_text=cell, flags=flags, stated=disc)

# ---------------------------------------------------------------- informal internal markings in header/footer
INFORMAL = ["[내부용]", "[대내용]", "내부 검토용", "취급주의", "외부 배포 금지", "※ 외부 배포 금지", "대내한", "[내부 검토용 - 외부유출 금지]", "취 급 주 의", "내부자료(열람 제한)"]
INF_TOPICS = [
    (5, "민선 %d기 공약사업 추진 우선순위 조정(안)", ["공약 38건 중 재원 미확보 11건 보류 검토", "시장 보고 후 확정 예정", "조정 사유 대외 설명 논리 마련 필요"]),
    (5, "%d년 정기 인사 운영 방향(초안)", ["승진 소요 인원 추정", "전보 제한 기간 예외 적용 검토", "노조 의견 반영 여부 미정"]),
    (5, "감사 지적사항 이의신청 대응 논리", ["지적 사항 3건에 대한 반박 근거", "법률 자문 결과 요약", "재심의 신청 여부 결정 필요"]),
    (5, "청사 신축 부지 매입가 협상 방안", ["감정평가 결과 대비 협상 상한선", "토지주 요구 조건", "결렬 시 수용 절차 검토"]),
    (4, "학교폭력 사안 처리 경과 보고", ["사안 접수 및 조사 진행 중", "가해·피해 학생 분리 조치 완료", "심의위원회 개최 예정"]),
]
INF_BENIGN = [("구내식당 운영 시간 변경 안내", ["점심 배식 시간 11:30~13:00으로 조정", "석식은 사전 신청자에 한함", "%s부터 적용"]),
              ("직원 동호회 활동 지원 계획", ["동호회별 연 50만원 한도 지원", "활동 결과 보고서 제출", "%s까지 신청"]),
              ("사무실 복합기 교체 일정 알림", ["층별 교체 일정은 아래와 같음", "교체 당일 출력 불가 시간 발생", "%s 작업 예정"])]

@template("t_informal", 9, ["pdf", "hwpx", "text"], "내부보고")
def t_informal(r, i):
    benign = i in (2, 5, 8)
    ag = agency(r, ["metro", "basic", "edu", "central", "pe"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    mark = r.choice(INFORMAL)
    d = Doc()
    loc = r.choice(["header", "footer", "first_line", "last_line"])
    if benign:
        title, items = INF_BENIGN[i % 3]
        n = None
    else:
        n, title, items = INF_TOPICS[i % len(INF_TOPICS)]
        title = title % r.randint(5, 8) if "민선" in title else (title % y if "%d" in title else title)
    if loc == "header":
        d.header = mark + "    " + ag["org"]
    elif loc == "footer":
        d.footer = mark
    elif loc == "first_line":
        d.p(mark)
    d.p(title, "%s  %s" % (ag["dept"], date), "")
    for it in items:
        d.p(r.choice(["○ ", "- ", "□ "]) + (it % date if "%s" in it else it))
    if n == 4:
        d.p("○ 관련 학생: %s(%d학년), %s(%d학년)" % (masked(r), r.randint(1, 3), masked(r), r.randint(1, 3)))
    if loc == "last_line":
        d.p("", mark)
    if benign:
        return dict(doc=d, disclosure="public", marking="none", reasons=[], cue="informal_marking_benign", cue_location=loc,
                    cue_text=mark, flags=["informal_marking", "label_by_content"])
    return dict(doc=d, disclosure="non_public", marking="none", reasons=rs(n), cue="informal_marking", cue_location=loc,
                cue_text=mark, flags=["informal_marking"])

# ---------------------------------------------------------------- checkbox forms
CHK = [("public", [], ["■공개", "□부분공개", "□비공개"]), ("partial", [6], ["□공개", "■부분공개", "□비공개"]),
       ("non_public", [5], ["□공개", "□부분공개", "■비공개"]), ("partial", [6], ["☐ 공개", "☑ 부분공개", "☐ 비공개"]),
       ("non_public", [4], ["□ 공개", "□ 부분공개", "■ 비공개"]), ("public", [], ["[V] 공개", "[ ] 부분공개", "[ ] 비공개"]),
       ("partial", [7], ["□공개", "■부분공개", "□비공개"]), ("non_public", [6], ["□공개", "□부분공개", "■비공개"]),
       ("public", [], ["☑공개", "☐부분공개", "☐비공개"]), ("partial", [6], ["(  )공개 ( ○ )부분공개 (  )비공개"])]

@template("t_checkbox", 10, ["hwpx", "pdf", "text"], "서식")
def t_checkbox(r, i):
    disc, nums, boxes = CHK[i]
    ag = agency(r)
    y, date = datestr(r, "new")
    d = Doc()
    d.p(r.choice(["업무보고서", "기안문(내부결재)", "문서 공개 여부 검토서", "회의 결과 보고"]))
    line = "  ".join(boxes)
    if nums and r.random() < 0.6:
        line += "  (사유: %s)" % (r.choice(CITE) % nums[0])
    rows = [["제목", {(): "관내 체육시설 이용 요금 조정 결과", (6,): "주민 건의사항 처리 결과" if disc == "partial" else "감찰 대상 직원 진술 요지 정리", (5,): "광역 교통망 분담금 협의안 검토", (4,): "내부 감찰 착수 보고", (7,): "위탁업체 운영비 정산 결과"}[tuple(nums)]],
            ["작성", "%s %s %s" % (ag["dept"], r.choice(OFFICIAL_RANKS), name(r))], ["일자", date], ["공개 구분", line]]
    d.tbl(rows)
    d.p("")
    reasons = rs(*nums)
    flags = ["checkbox"]
    if disc == "public":
        d.p("1. %s 이용 요금을 %s부터 조정하였음을 보고합니다." % (r.choice(["수영장", "체육관", "테니스장"]), date), "2. 조정 내역은 홈페이지에 게시 예정입니다.")
    elif disc == "partial" and nums == [6]:
        d.p("1. 주민 건의사항 %d건 처리 결과" % r.randint(3, 9))
        d.tbl([["건의인", "연락처", "내용", "처리"]] + [[name(r), mobile(r), r.choice(["가로등 설치", "과속방지턱", "쓰레기 무단투기"]), r.choice(["완료", "검토중"])] for _ in range(3)])
    elif nums == [7]:
        d.p("1. 위탁업체 제출 자료 중 원가 명세 및 거래처 정보는 영업상 비밀에 해당함.", "2. 정산 결과: 과다 청구 %s원 환수" % format(r.randint(100, 9000) * 1000, ","))
    elif nums == [5]:
        d.p("1. 내부 검토 중인 사항으로 결정 전까지 공개를 유보함.", "2. 검토 쟁점: 재원 분담 비율, 시행 시기")
    elif nums == [4]:
        d.p("1. 제보 접수된 금품수수 의혹에 대하여 감찰에 착수함.", "2. 대상자: %s %s" % (r.choice(OFFICIAL_RANKS), name(r)), "3. 조사 완료 후 수사기관 통보 여부 결정")
        reasons = rs(4, 6)
    else:
        d.p("1. 감찰 대상 직원의 진술 요지", "  - %s: 출장 중 사적 용무 인정" % name(r))
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, cue="checkbox_field", cue_location="form_table",
                cue_text=[b for b in boxes if b.startswith(("■", "☑", "[V]")) or "○" in b or "■ " in b][0] if len(boxes) > 1 else boxes[0],
                flags=flags, stated=disc)

# ---------------------------------------------------------------- OCR noise
FW = str.maketrans("0123456789()-", "０１２３４５６７８９（）－")
def ocr_noise(r, s, strength=0.5, pdf_safe=True):
    out = s
    if r.random() < strength:
        out = "".join(ch.translate(FW) if ch.isdigit() and r.random() < 0.6 else ch for ch in out)
    if r.random() < strength:
        out = out.replace("-", r.choice(["－", "―", "~"] if pdf_safe else ["‐", "－", "―"]))
    words = out.split(" ")
    res = []
    for w in words:
        if len(w) >= 3 and r.random() < strength * 0.25:
            k = r.randint(1, len(w) - 1)
            w = w[:k] + " " + w[k:]
        res.append(w)
    out = ""
    for k, w in enumerate(res):
        out += w
        if k < len(res) - 1:
            out += "" if r.random() < strength * 0.15 else " "
    if r.random() < strength * 0.3:
        out = out + r.choice([" ㆍ", " |", " '", "ㆍ", " ,"])
    if r.random() < strength * 0.2:
        out = r.choice(["ㅣ", "·", "'", "`"]) + out
    return out

OCR_CASES = [("public", []), ("partial", [6]), ("non_public", [5]), ("public", []), ("partial", [6]), ("partial", [6]),
             ("partial", [5, 6]), ("public", []), ("non_public", [6]), ("partial", [6]), ("public", []), ("non_public", [5]),
             ("partial", [6]), ("public", [])]

@template("t_ocr", 14, ["text", "pdf", "text", "hwpx"], "OCR")
def t_ocr(r, i):
    disc, nums = OCR_CASES[i]
    ag = agency(r)
    y, date = datestr(r, r.choice(["old", "mid"]))
    d = Doc()
    titles = {"public": ["주민 숙원사업 추진 현황 통보", "농한기 주민 교양강좌 개설 알림", "관광 안내 책자 배부", "방역 소독 일정 안내"],
              "partial": ["기초생활보장 수급자 변동 통보", "의용소방대원 신규 임명 보고", "장애인 보장구 지원 결정 통보"],
              "non_public": ["행정소송 대응 방향 검토", "공무원 비위 관련 내사 결과", "예산 편성 내부 조정안", "직원 질병휴직 심사 결과"]}
    title = r.choice(titles[disc])
    if disc == "non_public" and nums == [6]:
        title = "직원 질병휴직 심사 결과"
    lines = [ag["org"], "수신  %s" % r.choice(["수신자 참조", "내부결재"]), "제목  " + title, "", intro_old(r)]
    reasons = rs(*nums)
    if disc == "partial":
        lines.append("2. 아래 대상자에 대하여 다음과 같이 통보합니다.")
        for k in range(3):
            lines.append("  %d) %s  %s  %s" % (k + 1, name(r), "%d. %d. %d." % (r.randint(1940, 1990), r.randint(1, 12), r.randint(1, 28)), addr(r)))
    elif disc == "public":
        lines.append("2. %s 일정을 아래와 같이 알려드리니 주민 홍보에 협조하여 주시기 바랍니다." % title.split()[0])
        lines.append("  가. 기간: %s부터 한 달간" % date)
        lines.append("  나. 장소: 각 읍·면 회의실")
    elif nums == [6]:
        lines.append("2. %s(%s) %s는 %s 진단으로 %d개월간 질병휴직을 신청하였음." % (ag["dept"], r.choice(["지방행정주사", "지방사무관"]), name(r), r.choice(["요추 추간판 탈출증", "우울증", "위암"]), r.randint(3, 12)))
        reasons = rs(6, "PIPA-23")
    elif nums == [4]:
        lines.append("2. 제보된 %s 관련 내사 결과 혐의점이 있어 수사 의뢰 예정임." % r.choice(["입찰 담합", "보조금 횡령", "뇌물 수수"]))
    else:
        lines.append("2. 관계 부서 협의 결과를 바탕으로 아래 안을 검토 중이며 최종 결정 전임.")
        lines.append("  가. 1안: 현행 유지   나. 2안: 단계적 조정")
    lines += ["", "끝.", ""]
    field = f_public(r) if disc == "public" else (f_partial(r, nums) if disc == "partial" else f_nonpub(r, nums))
    lines += gyeolmun(r, ag, y, date, field, old=True)
    noisy = [ocr_noise(r, l, 0.6) for l in lines]
    cue_noisy = noisy[-1].split("/")[-1].strip()
    d.p(*noisy)
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, cue="gyeolmun_field_ocr", cue_location="gyeolmun",
                cue_text=cue_noisy, flags=["ocr_noise"], stated=disc)

# ---------------------------------------------------------------- long documents, cue at the end
LONG_TOPICS = [
    ("농촌 빈집 정비 실태조사 연구용역 최종보고서", ["빈집", "정비", "철거", "리모델링", "귀농인"],
     ["관내 빈집은 %d동으로 집계되었으며 이 가운데 철거가 필요한 노후 주택은 %d동이었다.", "빈집 소유자의 상당수는 외지에 거주하여 연락이 어려웠다.",
      "정비 사업의 우선순위는 안전 위험도와 활용 가능성을 함께 고려하여 정하였다.", "리모델링 후 임대 방식은 귀농인 주거 문제 해소에 효과가 있을 것으로 보인다.",
      "주민 설문에서 응답자의 %d%%가 빈집 방치로 인한 경관 훼손을 지적하였다.", "철거 보조금 단가는 인근 시·군 수준과 비교하여 현실화할 필요가 있다."]),
    ("지방공기업 경영개선 방안 연구", ["부채", "원가", "요금", "경영평가", "인력"],
     ["최근 5년간 부채비율은 %d%%에서 %d%%로 상승하였다.", "요금 현실화율은 원가 대비 낮은 수준에 머물러 있다.", "인력 운영의 경직성이 원가 절감을 가로막는 요인으로 지적되었다.",
      "경영평가 지표 중 고객만족도는 양호하나 재무 지표가 취약하다.", "유사 기관 벤치마킹 결과 외주화 범위 조정이 유효한 대안으로 검토되었다."]),
    ("하천 수질 개선 중장기 계획", ["수질", "오염원", "하수처리", "녹조", "총인"],
     ["본류 구간의 총인 농도는 최근 %d년간 개선 추세를 보였다.", "비점오염원 관리가 여전히 미흡하다.", "하수처리장 %d개소의 고도처리 시설 확충이 필요하다.",
      "녹조 발생 일수는 여름철 기온 상승과 밀접한 관계가 있었다.", "유역 주민 참여형 관리 체계를 도입하는 방안을 제안한다."]),
    ("%d년도 공무원 교육훈련 운영 결과 분석", ["교육", "이수율", "만족도", "과정", "강사"],
     ["전체 교육과정 %d개 중 집합교육 비중은 %d%%였다.", "원격교육 이수율은 전년 대비 소폭 상승하였다.", "강사 만족도는 실무형 과정에서 높게 나타났다.",
      "신규 공무원 과정은 현장 실습 시간을 늘려 달라는 의견이 많았다.", "교육 수요조사 결과 데이터 분석 과정에 대한 요구가 가장 컸다."]),
    ("재난안전 통신망 구축 사업 추진 점검", ["통신망", "기지국", "단말기", "음영지역", "훈련"],
     ["기지국 %d개소 구축이 완료되어 계획 대비 %d%%의 공정률을 보였다.", "산간 지역 음영 구간 해소가 과제로 남아 있다.", "단말기 보급 이후 기관 간 합동 훈련 횟수가 늘었다.",
      "유지관리 비용 분담 기준에 대해 관계기관 간 이견이 있다.", "장애 발생 시 복구 시간은 목표치 이내로 관리되었다."]),
]

def long_body(r, d, topic):
    title, kw, sents = topic
    heads = ["Ⅰ. 서 론", "Ⅱ. 현황 분석", "Ⅲ. 문제점", "Ⅳ. 개선 방안", "Ⅴ. 결 론"]
    npages = r.randint(2, 4)
    per = {2: 5, 3: 8, 4: 11}[npages]
    for h in heads:
        d.p("", h)
        for k in range(per):
            ss = r.sample(sents, min(3, len(sents)))
            txt = " ".join(s % tuple(r.randint(3, 95) for _ in range(s.count("%d"))) if "%d" in s else s for s in ss)
            d.p("  %d. %s" % (k + 1, txt))
        if h.startswith("Ⅱ"):
            d.tbl([["구분", "%d년" % 2019, "%d년" % 2020, "%d년" % 2021, "증감"]] +
                  [[kw[j], str(r.randint(10, 900)), str(r.randint(10, 900)), str(r.randint(10, 900)), "%+d" % r.randint(-50, 50)] for j in range(4)])
    return npages

LONG_CASES = [("public", [], "field"), ("partial", [6], "appendix"), ("non_public", [5], "field"), ("public", [], "field"),
              ("partial", [7], "prose"), ("non_public", [5], "daeoebi"), ("public", [], "none"), ("partial", [6], "field"),
              ("non_public", [5], "prose"), ("partial", [6], "appendix"), ("public", [], "field"), ("non_public", [5], "daeoebi"),
              ("non_public", [4], "field")]

@template("t_long", 13, ["pdf", "hwpx"], "보고서")
def t_long(r, i):
    disc, nums, how = LONG_CASES[i]
    topic = LONG_TOPICS[i % len(LONG_TOPICS)]
    ag = agency(r, ["metro", "basic", "pe", "central", "inst"])
    y, date = datestr(r, r.choice(["mid", "new", "old"]))
    title = topic[0] % y if "%d" in topic[0] else topic[0]
    d = Doc()
    d.header = "%s  |  %s" % (title[:22], ag["org"])
    d.p(title, "", "%s  %s" % (ag["org"], ag["dept"]), date)
    npages = long_body(r, d, topic)
    marking = "none"; reasons = rs(*nums); cue_text = None; loc = "last_line"; flags = ["long_%dp" % npages, "roman_numbering"]
    d.p("")
    if how == "field":
        field = f_public(r) if disc == "public" else (f_partial(r, nums) if disc == "partial" else f_nonpub(r, nums))
        d.p("작성: %s %s %s" % (ag["dept"], r.choice(OFFICIAL_RANKS), name(r)), "문서번호 %s   공개구분 %s" % (docno(r, ag, y), field))
        if disc == "partial":
            d.p("※ 붙임 조사 대상자 명단(%s 외 %d명)은 개인정보로 제외" % (name(r), r.randint(10, 80)))
        cue_text = field; loc = "end_field"
    elif how == "appendix":
        d.p("[부록] 설문 응답자 명단", "  " + ", ".join("%s(%s)" % (name(r), mobile(r)) for _ in range(4)))
        cue_text = r.choice(["부록의 응답자 명단은 개인정보로서 공개 시 삭제함", "※ 부록 명단은 「개인정보 보호법」에 따라 공개 대상에서 제외"])
        d.p(cue_text); loc = "last_line"
    elif how == "prose":
        if nums == [7]:
            cue_text = "제3장에 인용된 참여기업의 원가 자료는 %s에 해당하여 공개하지 아니한다." % (r.choice(CITE) % 7)
        else:
            cue_text = "본 보고서는 최종 정책 결정 이전의 검토 자료로서 %s에 따라 공개하지 아니함." % (r.choice(CITE) % 5)
        d.p(cue_text); loc = "last_paragraph"
    elif how == "daeoebi":
        cue_text = stamp_daeoebi(r, y); marking = "대외비"
        d.p(cue_text)
        d.footer = r.choice([None, cue_text])
    else:
        cue_text = None; loc = "none"
    return dict(doc=d, disclosure=disc, marking=marking, reasons=reasons, cue="long_doc_end" if cue_text else "none",
                cue_location=loc, cue_text=cue_text, flags=flags, stated=disc if how == "field" else None)

# ---------------------------------------------------------------- content-only non-public
def ret(d, disc, reasons, genre_cue, flags, marking="none", cue_text=None, loc="content"):
    return dict(doc=d, disclosure=disc, marking=marking, reasons=reasons, cue=genre_cue, cue_location=loc, cue_text=cue_text, flags=flags)

@template("t_personnel_delib", 4, ["hwpx", "pdf", "text"], "회의록")
def t_personnel_delib(r, i):
    ag = agency(r, ["metro", "basic", "edu", "pe", "court"])
    era = ["old", "mid", "new"][i % 3]
    y, date = datestr(r, era)
    cands = [name(r) for _ in range(r.randint(3, 5))]
    members = [name(r) for _ in range(5)]
    d = Doc()
    if era == "old":
        d.p("%d年度 第%d回 人事委員會 會議錄" % (y, r.randint(1, 6)))
    else:
        d.p("%d년 %s 인사위원회 회의록" % (y, r.choice(["제2회", "제3회", "정기", "임시"])))
    d.p("일시: %s %d:00" % (date, r.randint(9, 16)), "장소: %s 소회의실" % ag["org"],
        "출석위원: " + ", ".join(members), "안건: %s" % r.choice(["5급 승진 임용 심의", "6급 승진 후보자 서열 심의", "전보 제한 예외 심의", "근무성적평정 이의 심사"]), "")
    d.p("[심의 내용]")
    lines = [
        "위원장 %s: 승진 후보자 %d명에 대해 순서대로 의견을 말씀해 주시기 바랍니다." % (members[0], len(cands)),
        "위원 %s: %s 후보자는 근무평정은 높지만 작년 민원 처리 지연으로 경고를 받은 사실이 있어 신중할 필요가 있습니다." % (members[1], cands[0]),
        "위원 %s: %s 후보자는 장기 병가(%d개월) 이력이 있으나 복귀 후 성과가 양호합니다." % (members[2], cands[1], r.randint(2, 8)),
        "위원 %s: %s 후보자의 경우 부서장 평가와 동료 평가 간 편차가 커서 추가 확인이 필요하다고 봅니다." % (members[3], cands[2]),
        "위원 %s: 서열 명부상 순위를 그대로 따르자는 의견에 동의합니다." % members[4],
    ]
    if era == "old":
        lines = [l.replace("후보자", "候補者").replace("필요", "必要") for l in lines]
    d.p(*lines)
    d.p("", "[의결] %s" % r.choice(["%s를 승진 임용 대상자로 의결함" % cands[1], "%s, %s 2명을 의결하고 %s는 보류함" % (cands[0], cands[1], cands[2]), "후보자 전원 재심의하기로 함"]))
    d.tbl([["순위", "성명", "직급", "평정점"]] + [[str(k + 1), c, r.choice(["지방행정주사", "지방시설주사", "교육행정주사"]), "%.2f" % r.uniform(80, 99)] for k, c in enumerate(cands)])
    return ret(d, "non_public", rs(5, 6), "content_only", ["era_" + era, "personnel_deliberation"])

DISC_ACTS = [("음주운전", "혈중알코올농도 %0.3f%%의 상태로 승용차를 운전하다 적발되어 %s 벌금 %d만원의 약식명령을 받았다", True),
             ("금품수수", "관련 업체 대표로부터 %d만원 상당의 상품권을 받은 사실이 확인되었다", False),
             ("근무지 이탈", "근무 시간 중 %d회에 걸쳐 무단으로 근무지를 이탈하였다", False),
             ("성희롱", "회식 자리에서 부하 직원에게 성적 굴욕감을 주는 발언을 하였다", False),
             ("폭행", "동료 직원과 다투던 중 폭행하여 %s 벌금 %d만원의 확정판결을 받았다", True),
             ("개인정보 무단 열람", "업무와 무관하게 지인의 주민등록 정보를 %d회 조회하였다", False)]

@template("t_discipline", 5, ["pdf", "hwpx", "text"], "징계의결서")
def t_discipline(r, i):
    ag = agency(r, ["metro", "basic", "edu", "police", "pe", "fire"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    act, desc, conviction = DISC_ACTS[i % len(DISC_ACTS)]
    if "%0.3f" in desc:
        desc = desc % (r.uniform(0.03, 0.2), r.choice(["서울중앙지방법원", "대전지방법원", "수원지방법원"]), r.randint(3, 15) * 100)
    elif "%s" in desc:
        desc = desc % (r.choice(["춘천지방법원", "광주지방법원"]), r.randint(2, 10) * 50)
    elif "%d" in desc:
        desc = desc % r.randint(3, 50)
    who = name(r)
    d = Doc()
    d.p(r.choice(["징 계 의 결 서", "징계의결서", "懲戒議決書"]) if era == "old" else "징계 등 의결서")
    d.tbl([["소속", ag["org"] + " " + ag["dept"]], ["직위(직급)", r.choice(["지방행정주사보", "소방장", "경사", "교육행정주사", "대리"])], ["성명", who],
           ["의결주문", r.choice(["정직 1월", "감봉 3월", "견책", "강등", "해임"])]])
    d.p("", "이 유", "",
        "혐의자 %s은(는) %s. 이는 %s 제%d조(%s)를 위반한 것이다." % (who, desc, r.choice(["「지방공무원법」", "「국가공무원법」", "「경찰공무원 복무규정」"]), r.choice([55, 56, 61, 63]), r.choice(["품위 유지의 의무", "청렴의 의무", "성실 의무"])),
        r.choice(["혐의자는 깊이 반성하고 있다고 진술하였으나 비위의 정도가 무겁고 고의가 인정되므로 주문과 같이 의결한다.",
                  "다만 그간의 공적과 초범인 점을 참작하였다.",
                  "혐의자가 제출한 소명서의 내용을 검토하였으나 받아들일 만한 사정이 없다."]),
        "", date, "%s 인사위원회 위원장" % ag["org"])
    reasons = rs(6, "PIPA-23") if conviction else rs(6)
    return ret(d, "non_public", reasons, "content_only", ["era_" + era, "discipline"] + (["criminal_conviction"] if conviction else []))

@template("t_complaint_official", 5, ["text", "hwpx", "pdf"], "진정서")
def t_complaint_official(r, i):
    ag = agency(r, ["basic", "metro", "police", "edu", "pe"])
    y, date = datestr(r, r.choice(["mid", "new", "old"]))
    off = name(r); comp = name(r)
    d = Doc()
    kind = i % 3
    if kind == 0:
        d.p("진 정 서", "", "진정인: %s (%s, %s)" % (comp, addr(r), mobile(r)), "피진정인: %s %s %s" % (ag["org"], ag["dept"], off), "")
        d.p("진정 취지", "  피진정인은 %s 민원 상담 과정에서 진정인에게 반말과 고성을 하였고, 서류를 던지듯 돌려주었습니다." % date,
            "  이에 대한 사실 확인과 징계를 요청합니다.", "", "%s  진정인 %s (인)" % (date, comp))
        reasons = rs(6)
    elif kind == 1:
        d.p("갑질 신고 사건 조사 결과 보고", "", "1. 신고 개요", "  - 신고인: %s (%s 소속 직원)" % (comp, ag["dept"]), "  - 피신고인: %s %s" % (r.choice(["과장", "팀장", "계장"]), off),
            "2. 조사 결과", "  - 피신고인이 회의 중 신고인에게 '%s'라고 폭언한 사실이 참고인 %d명의 진술로 확인됨" % (r.choice(["그것도 못하냐", "그만둬라", "머리가 있냐"]), r.randint(2, 4)),
            "  - 야간 및 휴일 업무 지시 %d건 확인" % r.randint(3, 12), "3. 조치 의견: 징계 의결 요구 및 분리 조치")
        reasons = rs(5, 6)
    else:
        d.p("수사 의뢰", "", "수신: %s" % r.choice(["○○경찰서장", "관할 지방검찰청 검사장"]),
            "1. 우리 %s 소속 %s(%s)이 %s 혐의가 있어 수사를 의뢰합니다." % (ag["org"], off, r.choice(["시설주사", "행정주사보"]), r.choice(["공사 대금 과다 지급 및 리베이트 수수", "공문서 위조", "보조금 편취 공모"])),
            "2. 감사 과정에서 확인된 자료(계좌 거래 내역 사본 등)를 첨부합니다.", "  - 관련 계좌: %s" % account(r), "붙임 감사 결과 자료 1부. 끝.")
        reasons = rs(4, 6)
    return ret(d, "non_public", reasons, "content_only", ["named_official_noncapacity"])

@template("t_accident_medical", 5, ["pdf", "text", "hwpx"], "재해·의료기록")
def t_accident_medical(r, i):
    ag = agency(r, ["fire", "pe", "basic", "police", "edu"])
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    who = name(r)
    d = Doc()
    kind = i % 4
    if kind == 0:
        d.p("공무상 재해 경위서", "")
        d.tbl([["성명", who], ["소속", ag["org"] + " " + ag["dept"]], ["재해 일시", date], ["상병명", r.choice(["좌측 경골 골절", "요추 염좌", "2도 화상(우측 전완부)", "외상성 경막하 출혈"])]])
        d.p("", "재해 경위: %s" % r.choice(["화재 진압 중 무너진 천장재에 맞아 쓰러짐", "제설 작업 중 빙판에 미끄러져 넘어짐", "공사 현장 점검 중 추락"]),
            "치료 기간: %d주 입원 후 통원 치료 예정 (%s 진단)" % (r.randint(2, 10), r.choice(["○○대학교병원", "국립중앙의료원", "○○정형외과"])))
    elif kind == 1:
        d.p("질병휴직 명령(안) 검토", "", "1. 대상: %s %s" % (ag["dept"], who),
            "2. 사유: %s으로 장기 요양이 필요하다는 주치의 소견(진단서 첨부)" % r.choice(["공황장애", "갑상선암", "뇌경색 후유증", "중증 우울 에피소드"]),
            "3. 휴직 기간: %s부터 1년" % date, "4. 결원 보충: 대체인력 채용 예정")
    elif kind == 2:
        d.p("구급활동일지", "")
        d.tbl([["출동일시", date], ["환자", "%s (%s세, %s)" % (who, r.randint(20, 85), r.choice(["남", "여"]))], ["주증상", r.choice(["흉통", "의식저하", "호흡곤란", "경련"])],
               ["처치", r.choice(["산소 투여, 심전도 측정", "경추 고정", "혈당 측정 후 포도당 투여"])], ["이송병원", r.choice(["○○의료원", "○○대학교병원 응급실"])]])
        d.p("특이사항: 보호자 %s(%s) 동승" % (name(r), mobile(r)))
    else:
        d.p("교통사고 처리 결과 (공용차량)", "", "운전자: %s (%s)" % (who, ag["dept"]), "사고 일시: %s" % date,
            "피해자: %s, 전치 %d주 (%s)" % (name(r), r.randint(2, 8), r.choice(["경추 염좌", "늑골 골절", "안면부 열상"])),
            "보험 처리: 공제회 접수 완료, 합의금 %s원" % format(r.randint(100, 3000) * 10000, ","))
    return ret(d, "non_public", rs(6, "PIPA-23"), "content_only", ["health_data"])

@template("t_audit_staff", 4, ["hwpx", "pdf", "text"], "감사결과")
def t_audit_staff(r, i):
    ag = agency(r, ["basic", "metro", "edu", "pe", "inst"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    d = Doc()
    d.p(r.choice(["%s 종합감사 지적사항 및 관련자 조치(안)" % ag["org"], "특정감사 결과 처분 요구(안)", "복무 감사 결과 관련자 명단"]), "")
    findings = [("초과근무수당 부당 수령", "%d시간" % r.randint(20, 200)), ("물품 구매 분할 수의계약", "%d건" % r.randint(3, 20)),
                ("여비 이중 지급", "%s원" % format(r.randint(50, 900) * 1000, ",")), ("인허가 처리 기한 경과", "%d건" % r.randint(2, 15))]
    d.tbl([["지적 사항", "규모", "관련자", "처분 요구"]] + [[f, s, "%s %s" % (r.choice(["주무관", "팀장", "계장"]), name(r)), r.choice(["경징계", "훈계", "주의", "중징계"])] for f, s in r.sample(findings, 3)])
    d.p("", "※ %s" % r.choice(["관련자 소명 절차 진행 중이며 처분 확정 전 자료임", "재심의 신청 기간 경과 후 확정 예정", "본 내용은 감사위원회 심의 전 초안임"]))
    return ret(d, "non_public", rs(5, 6), "content_only", ["era_" + era, "audit_naming_staff"])

@template("t_roster", 5, ["text", "pdf", "hwpx"], "명단")
def t_roster(r, i):
    ag = agency(r, ["basic", "metro", "edu", "inst"])
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    kind = i % 4
    titles = ["%d년 기초생활수급자 신규 책정 명단" % y, "긴급복지 생계지원 대상 가구 명부", "저소득층 자녀 교육비 지원 대상자", "독거노인 안부확인 대상자 명부"]
    d = Doc()
    d.p(titles[kind], "(%s 기준)" % date, "")
    unm = (i % 3 == 1)
    cols = ["번호", "성명", "주민등록번호" if unm else "생년월일", "주소", "연락처", "비고"]
    rows = [cols]
    for k in range(r.randint(4, 8)):
        rows.append([str(k + 1), name(r), rrn(r) if unm else "%d. %d. %d." % (r.randint(1930, 1990), r.randint(1, 12), r.randint(1, 28)), addr(r), mobile(r),
                     r.choice(["", "장애", "한부모", "고령", "차상위"])])
    d.tbl(rows)
    reasons = rs(6, "PIPA-24") if unm else rs(6)
    return ret(d, "non_public", reasons, "content_only", ["roster_only_personal"] + (["unmasked_rrn"] if unm else []))

@template("t_exam", 3, ["pdf", "hwpx", "text", "pdf"], "시험")
def t_exam(r, i):
    ag = agency(r, ["edu", "metro", "court", "pe"])
    y, _ = datestr(r, "new")
    d = Doc()
    d.header = r.choice(["%d년도 %s 출제 원안" % (y, r.choice(["지방공무원 7급 승진시험", "사내 승진 필기시험", "법원공무원 승진시험", "중학교 2학년 기말고사"])), "출제 원안 - 시험 종료 전 반출 금지"])
    d.p(r.choice(["[행정법] 문제지", "제1교시 국어", "직무 능력 평가 (A형)"]), "")
    qs = [("행정행위의 부관에 관한 설명으로 옳지 않은 것은?", ["부담은 독립하여 행정쟁송의 대상이 될 수 있다.", "조건은 행정행위의 효력 발생을 장래 불확실한 사실에 의존하게 한다.", "기한의 도래로 행정행위는 당연히 효력을 잃는다.", "철회권 유보는 법령에 근거가 있어야만 붙일 수 있다."], "④"),
          ("다음 중 맞춤법에 맞는 것은?", ["어따 대고", "며칠", "웬지", "설레임"], "②"),
          ("「공공기관의 정보공개에 관한 법률」상 비공개 대상 정보가 아닌 것은?", ["재판 중인 사건 정보", "영업상 비밀", "공무원의 직위와 성명", "감사 중인 사항"], "③"),
          ("예산의 이용과 전용에 관한 설명으로 옳은 것은?", ["전용은 국회 의결을 요한다.", "이용은 장·관·항 간 융통이다.", "전용은 세항·목 간 융통이다.", "이용은 기획재정부장관 승인만으로 가능하다."], "③")]
    for k, (q, opts, ans) in enumerate(r.sample(qs, 3)):
        d.p("%d. %s" % (k + 1, q), *["   %s %s" % ("①②③④"[j], o) for j, o in enumerate(opts)])
    d.p("", "[정답] " + " ".join("%d-%s" % (k + 1, r.choice("①②③④")) for k in range(3)))
    return ret(d, "non_public", rs(5), "content_only", ["exam_questions"], loc="header")

@template("t_trade_secret", 3, ["hwpx", "pdf", "text"], "제출자료")
def t_trade_secret(r, i):
    ag = agency(r, ["pe", "central", "inst"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    co = "(주)" + r.choice(["한결정밀", "새빛바이오", "대한케미칼", "동해에너지", "미래소재"])
    d = Doc()
    d.p(r.choice(["%s 원가계산서 (입찰 제출용)" % co, "%s 기술제안서 - 핵심 공정 설명" % co, "%s 납품 단가 산출 내역" % co]), "")
    d.tbl([["항목", "단가(원)", "수량", "금액(원)"]] + [[it, format(r.randint(1000, 90000), ","), str(r.randint(10, 500)), format(r.randint(100000, 9000000), ",")] for it in r.sample(["원재료A", "원재료B", "가공비", "열처리", "검사비", "일반관리비", "이윤"], 4)])
    d.p("", r.choice(["※ 핵심 배합비: 수지 %d%%, 경화제 %d%%, 첨가제 비공개 배합" % (r.randint(40, 70), r.randint(10, 30)),
                      "공정 조건: 반응 온도 %d℃, 압력 %d bar, 촉매 투입 시점 특허 출원 중" % (r.randint(120, 380), r.randint(2, 40)),
                      "주요 거래처: %s, %s (거래 조건 포함)" % ("(주)" + r.choice(["가온", "나래", "다솜"]), "(주)" + r.choice(["라온", "마루", "바름"]))]))
    return ret(d, "non_public", rs(7), "content_only", ["trade_secret"])

@template("t_union", 2, ["text", "pdf", "hwpx"], "명단")
def t_union(r, i):
    ag = agency(r, ["basic", "pe", "edu"])
    y, date = datestr(r, "new")
    d = Doc()
    d.p("%d년 %d월 조합비 급여 공제 명단" % (y, r.randint(1, 12)), "(%s 공무원노동조합 %s지부)" % (ag["org"].split()[-1], r.choice(["본청", "사업소", "읍면"])), "")
    d.tbl([["부서", "성명", "직급", "공제액"]] + [[r.choice(["총무과", "재무과", "환경과", "건설과"]), name(r), r.choice(["8급", "7급", "6급", "9급"]), "%s원" % format(r.choice([18000, 20000, 22000]), ",")] for _ in range(r.randint(5, 8))])
    return ret(d, "non_public", rs(6, "PIPA-23"), "content_only", ["union_membership"])

@template("t_police_inv", 4, ["pdf", "text", "hwpx"], "수사서류")
def t_police_inv(r, i):
    ag = agency(r, ["police"])
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    sus = name(r); vic = name(r)
    d = Doc()
    if i % 2 == 0:
        d.p("수 사 보 고", "", "%s  %s" % (date, ag["dept"]), "제목: %s 사건 피의자 소재 수사" % r.choice(["특수절도", "사기", "보이스피싱 인출책", "상해"]),
            "피의자 %s(%s)는 %s 이후 주거지를 이탈하여 %s 일대에 머무는 것으로 파악됨." % (sus, rrn_masked(r), date, r.choice(["부산 사상구", "인천 계양구", "경남 김해시"])),
            "통신 수사 결과 지인 명의 휴대전화(%s) 사용 정황 확인." % mobile(r), "향후 잠복 및 검거 예정임.")
    else:
        d.p("진 술 조 서", "", "성명: %s   직업: %s   주거: %s" % (vic, r.choice(["회사원", "자영업", "무직"]), addr(r)),
            "문: 피해 당시 상황을 진술하시오.", "답: %s 밤 11시경 귀가하던 중 뒤에서 누군가 가방을 낚아채 달아났습니다." % date,
            "문: 범인의 인상착의를 기억하는가요.", "답: 검은색 후드티를 입은 20대 남성으로 보였습니다.")
    return ret(d, "non_public", rs(4, 6), "content_only", ["investigation_record"])

@template("t_internal_review", 4, ["hwpx", "text", "pdf"], "검토보고")
def t_internal_review(r, i):
    ag = agency(r, ["central", "metro", "court", "pe"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    topics = [("「○○ 조례」 개정안에 대한 부서 의견", ["개정안 제5조의 보조금 상한 삭제는 재정 부담 우려", "법제 부서 의견과 상충되는 부분 있음", "의회 제출 전 시장 방침 확인 필요"]),
              ("민자도로 통행료 인하 협상 검토", ["사업시행자 요구 보전금 규모 추정", "재구조화 방식별 재정 부담 비교", "협상 마지노선(안) 설정"]),
              ("법령 해석 질의에 대한 내부 검토", ["질의 요지와 쟁점", "과거 유권해석과의 정합성", "회신 방향: 불가 의견(잠정)"]),
              ("정원 감축 대상 부서 선정 검토", ["기능 분석 결과 하위 20% 부서", "감축 규모 3안 비교", "노조 설명 시기"])]
    title, items = topics[i % len(topics)]
    d = Doc()
    d.p(title, "", "%s  %s" % (ag["dept"], date))
    for it in items:
        d.p(("○ " if era != "old" else "ㅇ ") + it)
    d.p("", r.choice(["※ 담당관 검토 의견으로 확정된 사항 아님", "※ 상기 내용은 실무 검토 단계의 자료임", "→ 추가 검토 후 재보고 예정"]))
    return ret(d, "non_public", rs(5), "content_only", ["era_" + era, "internal_review"])

# ---------------------------------------------------------------- mention-only public
def pub(d, cue, loc, cue_text, flags):
    return dict(doc=d, disclosure="public", marking="none", reasons=[], cue=cue, cue_location=loc, cue_text=cue_text, flags=["mention_only"] + flags)

@template("t_foi_stats", 8, ["pdf", "text", "hwpx"], "통계")
def t_foi_stats(r, i):
    ag = agency(r)
    y, date = datestr(r, r.choice(["mid", "new"]))
    tot = r.randint(300, 3000); full = int(tot * r.uniform(0.6, 0.8)); part = int(tot * r.uniform(0.08, 0.2)); non = tot - full - part
    d = Doc()
    d.p("%d년 %s 정보공개 운영 현황" % (y, ag["org"]), "")
    d.tbl([["구분", "청구", "공개", "부분공개", "비공개"], ["건수", str(tot), str(full), str(part), str(non)]])
    parts = sorted([r.randint(1, 50) for _ in range(4)])
    d.p("", "비공개 사유별 현황: 제9조 제1항 제5호 %d건, 제6호 %d건, 제4호 %d건, 기타 %d건" % tuple(parts),
        r.choice(["부분공개(6) 결정은 대부분 제3자 개인정보가 포함된 경우였다.", "대외비 지정 문서에 대한 청구는 %d건으로 모두 재분류 검토 후 처리하였다." % r.randint(1, 9),
                  "비공개 결정에 대한 이의신청 %d건 중 %d건이 인용되었다." % (r.randint(5, 20), r.randint(1, 4))]),
        "문의: %s %s (%s)" % (ag["dept"], name(r), phone_inst(r)))
    return pub(d, "mention_only", "body", "비공개", ["foi_statistics"])

@template("t_security_guide", 8, ["hwpx", "pdf", "text"], "교육자료")
def t_security_guide(r, i):
    ag = agency(r)
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    d = Doc()
    d.header = r.choice(["%d년 상반기 보안교육 자료" % y, "신규 직원 보안 교육 교안", "보안 업무 실무 안내서"])
    sents = ["대외비는 비밀에 준하여 보호가 필요한 사항으로, 보안업무규정 시행규칙에 따라 지정한다.",
             "Ⅲ급비밀은 누설될 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀을 말한다.",
             "비밀에는 예고문을 기재하여 보호기간이 지나면 재분류하거나 파기하도록 한다.",
             "사본을 만들 때에는 사본번호를 부여하고 관리대장에 기록한다.",
             "문서 상단과 하단 중앙에 '대외비' 표시를 하고 보호기간을 적는다.",
             "비밀번호는 분기마다 변경하고 타인과 공유하지 않는다.",
             "퇴근 시 책상 위에 '취급주의' 문서를 방치하지 않는다.",
             "Ⅱ급 이상 비밀은 지정된 보관용기에 넣어 이중 잠금 장치로 보관한다."]
    d.p("보안 업무 %s" % r.choice(["길라잡이", "교육 교안", "핵심 요약"]), "%s %s" % (ag["org"], ag["dept"]), "")
    heads = ["Ⅰ. 비밀의 구분", "Ⅱ. 표시 방법", "Ⅲ. 보관 및 파기"]
    ss = r.sample(sents, 6)
    for k, h in enumerate(heads):
        d.p(h, "  - " + ss[2 * k], "  - " + ss[2 * k + 1])
    if r.random() < 0.5:
        d.box("예시) 대 외 비  (보호기간: 20XX. 12. 31.까지)")
    d.footer = "교육용 자료 - 자유롭게 활용 가능"
    return pub(d, "mention_only", "body", "대외비", ["security_training"])

@template("t_withheld_list", 6, ["text", "pdf", "hwpx"], "목록")
def t_withheld_list(r, i):
    ag = agency(r)
    y, date = datestr(r, "new")
    d = Doc()
    d.p("%s 비공개 대상 정보 세부 기준" % ag["org"], "(%s 개정)" % date, "")
    rows = [["연번", "비공개 대상 정보", "근거", "비공개 기간"],
            ["1", "진행 중인 감사·조사 관련 자료", "법 제9조 제1항 제5호", "종료 시까지"],
            ["2", "개인의 주민등록번호, 연락처 등 인적사항", "법 제9조 제1항 제6호", "-"],
            ["3", "법인의 영업상 비밀(원가, 기술 자료)", "법 제9조 제1항 제7호", "-"],
            ["4", "청사 방호 계획, 대외비 문서", "법 제9조 제1항 제3호", "보호기간 만료 시까지"],
            ["5", "수사 중인 사건 기록", "법 제9조 제1항 제4호", "수사 종결 시까지"]]
    d.tbl(rows[:1] + r.sample(rows[1:], r.randint(3, 5)))
    d.p("", r.choice(["※ 위 기준은 홈페이지 정보공개 메뉴에 상시 게시합니다.", "※ 세부 기준은 매년 점검하여 불필요한 비공개를 줄이도록 합니다."]))
    return pub(d, "mention_only", "table", "비공개 대상 정보", ["withheld_category_list"])

@template("t_password", 5, ["text", "hwpx", "pdf"], "안내문")
def t_password(r, i):
    ag = agency(r)
    y, date = datestr(r, "new")
    d = Doc()
    d.p(r.choice(["업무포털 비밀번호 변경 안내", "내부망 PC 비밀번호 정기 변경 알림", "[안내] 전자결재 비밀번호 보안 강화"]), "",
        "%s부터 비밀번호는 영문·숫자·특수문자를 조합하여 %d자리 이상으로 설정해야 합니다." % (date, r.choice([9, 10, 12])),
        "최근 %d회 사용한 비밀번호는 다시 사용할 수 없습니다." % r.randint(3, 5),
        "비밀번호를 잊은 경우 %s(내선 %d)로 문의하시기 바랍니다." % (ag["dept"], r.randint(2000, 4999)))
    return pub(d, "mention_only", "body", "비밀번호", ["password_notice"])

@template("t_grade_notice", 6, ["hwpx", "text", "pdf"], "인사발령")
def t_grade_notice(r, i):
    ag = agency(r, ["central", "metro"])
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    d = Doc()
    d.p("인 사 발 령" if r.random() < 0.5 else "인사 발령 사항", "%s %s" % (ag["org"], date), "")
    rows = [["성명", "발령 사항", "현 소속"]]
    for _ in range(r.randint(3, 5)):
        rows.append([name(r), r.choice(["3급(부이사관) 승진", "1급(관리관) 임용", "Ⅲ급 상당 전문임기제 임용", "4급(서기관) 전보", "2급(이사관) 승진"]), r.choice(["기획조정실", "감사관실", "정책기획관실", ag["dept"]])])
    d.tbl(rows)
    d.p("", "Ⅲ. 발령일: %s" % date if r.random() < 0.5 else "※ 비밀취급인가는 보직 변경에 따라 재심사함")
    return pub(d, "mention_only", "table", rows[1][1], ["civil_service_grade", "officials_named"])

@template("t_placeholder", 6, ["pdf", "hwpx", "text"], "서식")
def t_placeholder(r, i):
    ag = agency(r)
    d = Doc()
    d.p(r.choice(["[별지 제1호서식] 정보공개 청구서 (작성 예시)", "개인정보 수집·이용 동의서 (작성례)", "민원신청서 기재 요령"]), "")
    d.tbl([["성명", "홍길동"], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"], ["전화번호", "010-0000-0000"],
           ["공개 방법", "□열람 □사본 ■전자파일"], ["공개 여부 결정", "□공개 □부분공개 □비공개 (청구인 기재란 아님)"]])
    d.p("", "※ 위 내용은 예시이며 실제 신청 시 본인의 정보를 기재합니다.", "%s" % ag["head"])
    return pub(d, "mention_only", "form_table", "홍길동", ["placeholder_form"])

@template("t_declass", 5, ["pdf", "text", "hwpx"], "통보")
def t_declass(r, i):
    ag = agency(r, ["central", "metro", "pe"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    d = Doc()
    d.p(ag["org"], "수신  수신자 참조", "제목  비밀 재분류(일반문서 전환) 통보", "",
        "1. 보호기간이 만료된 아래 문서를 %s부로 일반문서로 재분류하였음을 알려드립니다." % date)
    d.tbl([["문서명", "종전 등급", "생산연도", "조치"]] + [[r.choice(["비상대비 자원관리 계획", "국가중요시설 현황", "통합방위 훈련 결과"]), r.choice(["Ⅲ급비밀", "대외비", "Ⅱ급비밀"]), str(r.randint(1985, 2010)), "일반문서 전환"] for _ in range(3)])
    d.p("2. 각 기관은 보유 사본의 표지를 정정하여 주시기 바랍니다.  끝.", "")
    d.p(*gyeolmun(r, ag, y, date, f_public(r)))
    return pub(d, "mention_only", "table", "재분류", ["declassification_notice"])

@template("t_cover_secret", 5, ["hwpx", "text", "pdf"], "공문")
def t_cover_secret(r, i):
    ag = agency(r, ["central", "metro", "police"])
    y, date = datestr(r, r.choice(["old", "mid", "new"]))
    d = Doc()
    d.p(ag["org"], "수신  %s" % r.choice(["각 시·도 비상대비담당관", "수신자 참조"]), "제목  %s 송부" % r.choice(["충무계획 보완 지침", "통합방위 작전 협조 자료", "비상대비 업무 지침"]), "")
    d.p("1. 관련: %s" % r.choice(["비상대비 업무 협의회 결과", "상급기관 지시사항"]),
        "2. %s" % r.choice(["붙임 문서는 Ⅲ급비밀이므로 비밀 취급 인가자를 통하여 별도 송부하오니 수령 후 인수증을 회신하시기 바랍니다.",
                            "해당 자료는 3급 비밀로 분류되어 본 공문에는 첨부하지 않으며, 비밀 문서 수발 절차에 따라 따로 전달합니다.",
                            "세부 내용은 비밀(Ⅱ급)로 지정되어 있어 인편으로 보내 드립니다."]),
        "붙임  인수증 서식 1부.  끝.", "")
    d.p(*gyeolmun(r, ag, y, date, f_public(r)))
    return pub(d, "mention_only", "body", "별도 송부" if "별도" in str(d.blocks) else "따로" if "따로" in str(d.blocks) else "인편", ["cover_letter_secret_sent_separately"])

@template("t_press", 10, ["text", "pdf", "hwpx"], "보도자료")
def t_press(r, i):
    ag = agency(r, ["metro", "basic", "central"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    topics = [("청년 창업 공간 50곳 추가 조성", "청년 창업가를 위한 공유 사무공간을 %d곳 늘린다고 밝혔다."),
              ("여름철 물놀이 안전 대책 추진", "하천과 계곡 %d개소에 안전요원을 배치한다."),
              ("정보공개 우수기관 선정", "%d년 정보공개 종합평가에서 우수기관으로 선정되었다. 비공개 결정 비율을 전년보다 낮춘 점이 높게 평가되었다."),
              ("노후 상수관로 교체 사업 착수", "총연장 %dkm의 노후 관로를 교체한다."),
              ("대외비 관리 실태 점검 결과 발표", "소속 기관 %d곳의 대외비·비밀 관리 실태를 점검한 결과 대부분 양호한 것으로 나타났다.")]
    t, s = topics[i % len(topics)]
    d = Doc()
    d.header = "보 도 자 료" if r.random() < 0.5 else "보도자료  |  배포 즉시 보도 가능"
    d.p(t, "", "□ %s는 %s %s" % (ag["org"], date, s % r.randint(3, 60) if "%d" in s else s),
        "□ %s 관계자는 \"%s\"고 말했다." % (ag["org"], r.choice(["시민 불편이 없도록 하겠다", "현장 의견을 계속 반영하겠다", "투명한 행정을 이어가겠다"])), "")
    d.tbl([["담당 부서", ag["dept"]], ["책임자", "과장 %s (%s)" % (name(r), phone_inst(r))], ["담당자", "주무관 %s (%s)" % (name(r), phone_inst(r))]])
    return dict(doc=d, disclosure="public", marking="none", reasons=[], cue="none", cue_location="none", cue_text=None,
                flags=["officials_named"] + (["mention_only"] if "대외비" in t or "비공개" in s else []))

@template("t_old_public", 11, ["pdf", "text", "hwpx"], "공문")
def t_old_public(r, i):
    ag = agency(r, ["basic", "metro", "edu", "central"])
    y = r.randint(1991, 2001)
    date = "%d. %d. %d." % (y, r.randint(1, 12), r.randint(1, 28))
    d = Doc()
    d.font = "HYSMyeongJo-Medium"
    d.p("  ".join(ag["org"]) if len(ag["org"]) < 6 else ag["org"], "", "%s %d-%d" % (ag["dept"][:2], r.randint(1000, 1999), r.randint(10, 999)) + " " * 10 + "(%s)" % date,
        "수신  %s" % r.choice(["各 邑·面長", "管內 各 學校長", "수신처 참조", "各 市·道知事"]), "제목  %s" % r.choice(["國土 大淸掃 運動 協調", "農繁期 일손돕기 實施", "公務員 綱紀 確立", "冬季 防火 對策 推進", "地方自治 施行 弘報"]), "")
    body = [intro_old(r),
            r.choice(["2. 標題의 件과 關聯하여 別添 計劃에 依據 施行코자 하오니 管下 機關에 周知시켜 차질없도록 하시기 바랍니다.",
                      "2. 아래와 같이 實施하오니 積極 參與하여 주시기 바랍니다.",
                      "2. 이에 따른 推進 實績은 %d. %d.까지 報告하여 주시기 바랍니다." % (y, r.randint(1, 12))]),
            "    가. 期   間 : %s ～ 1個月" % date, "    나. 對   象 : 全 職員 및 住民", "    다. 其   他 : 細部事項은 別添 參照",
            "", "添附 : 推進計劃 1部.  끝.", "", " " * 20 + ag["head"] if r.random() < 0.6 else ag["head"] + " (職印省略)"]
    d.p(*body)
    return dict(doc=d, disclosure="public", marking="none", reasons=[], cue="none", cue_location="none", cue_text=None, flags=["era_old", "hanja", "typewriter_layout"])

# ---------------------------------------------------------------- 붙임 with one withheld attachment
ATT = [(6, "참석자 명단", ["참석자 명단 1부(개인정보 포함으로 비공개)", "붙임 3은 참석 주민의 성명·연락처가 있어 공개에서 제외합니다."]),
       (7, "업체별 견적 단가표", ["업체별 견적 단가표 1부. (영업상 비밀 - 비공개)", "붙임 2의 견적 단가는 해당 업체의 경영상 비밀에 해당하여 공개하지 아니함."]),
       (5, "평가위원 채점표", ["평가위원별 채점표 1부(비공개).", "위원별 채점 내역은 %s에 해당하여 공개하지 않습니다." % (CITE[1] % 5)]),
       (6, "피해 주민 보상 내역", ["피해 주민별 보상금 지급 내역 1부 [비공개]", "보상금 수령자 명단은 개인정보이므로 별도 관리합니다."]),
       (6, "민원인 제출 서류", ["민원인 제출 서류 사본 1부(제9조제1항제6호에 따라 비공개)", "민원인의 인적사항이 포함된 붙임 2는 열람 대상에서 제외됨."]),
       (4, "고발장 사본", ["고발장 사본 1부(수사 중 비공개)", "붙임 고발장은 수사기관 조사가 진행 중이어서 공개하지 아니합니다."])]

@template("t_attach_withheld", 18, ["text", "hwpx", "pdf"], "공문")
def t_attach_withheld(r, i):
    n, att, cues = ATT[i % len(ATT)]
    ag = agency(r)
    era = r.choice(["old", "mid", "new", "new"])
    y, date = datestr(r, era)
    d = Doc()
    subj = {6: r.choice(["주민설명회 개최 결과 보고", "태풍 피해 보상 심의 결과", "고충민원 현장 조사 결과"]), 7: r.choice(["청사 보수공사 업체 선정 결과", "관용차량 임차 계약 결과"]),
            5: r.choice(["공모사업 선정 결과 알림", "우수 제안 심사 결과"]), 4: r.choice(["폐기물 불법 매립 고발 결과", "불법 건축물 고발 조치 결과"])}[n]
    d.p(ag["org"], "수신  %s" % r.choice(["수신자 참조", "내부결재", ag["head"]]), "제목  " + subj, "")
    d.p(intro_old(r) if era == "old" else intro_new(r, y), "2. %s 결과를 아래와 같이 %s." % (subj.split()[0], r.choice(["보고합니다", "알려드립니다", "통보합니다"])))
    d.p("  가. 일시: %s" % date, "  나. 주요 내용: %s" % r.choice(["대상 %d건 검토 완료" % r.randint(3, 30), "원안 가결", "조건부 승인"]))
    if n == 6 and r.random() < 0.5:
        d.p("  다. 관계 주민: %s 외 %d명" % (name(r), r.randint(3, 30)))
    style = r.choice(["list", "sentence", "both"])
    atts = ["결과 보고서 1부.", "사진 대지 1부."]
    withheld_line, sentence = cues
    k = r.randint(1, len(atts))
    atts.insert(k, withheld_line)
    if style in ("list", "both"):
        d.p("")
        d.p("붙임  1. " + atts[0])
        for j, a in enumerate(atts[1:]):
            d.p("      %d. %s%s" % (j + 2, a, "  끝." if j == len(atts) - 2 else ""))
        cue_text = withheld_line; loc = "attachment_list"
    if style in ("sentence", "both"):
        s2 = sentence.replace("붙임 3", "붙임 %d" % (k + 1)).replace("붙임 2", "붙임 %d" % (k + 1))
        if style == "sentence":
            d.p("  라. " + s2, "", "붙임  관련 자료 %d부.  끝." % len(atts))
            cue_text = s2; loc = "attachment_sentence"
        else:
            d.p("※ " + s2)
    if era != "old" and r.random() < 0.5:
        d.p("", *gyeolmun(r, ag, y, date, f_partial(r, [n])))
    return dict(doc=d, disclosure="partial", marking="none", reasons=rs(n), cue="withheld_attachment", cue_location=loc,
                cue_text=cue_text, flags=["era_" + era, "attachment_style_" + style])

# ---------------------------------------------------------------- reason stated only in prose
PROSE = [("non_public", [4], "이 문서는 현재 수사 중인 사건과 관련되어 있어 공개될 경우 수사에 현저한 지장을 줄 우려가 있으므로 %s에 따라 공개하지 아니한다.", 4),
         ("non_public", [5], "본 자료는 의사결정 과정에 있는 사항으로서 %s에 해당하므로 결정이 확정될 때까지 공개를 유보함.", 5),
         ("partial", [6], "다만, 문서 중 민원인의 성명·주소·전화번호는 %s에 따라 가리고 나머지를 공개한다.", 6),
         ("non_public", [3], "시설의 배치와 경비 현황이 알려지면 사람의 생명·신체 및 재산 보호에 위험이 있으므로 %s를 근거로 비공개한다.", 3),
         ("partial", [7], "입찰 참가 업체의 기술 평가 세부 점수는 %s의 경영·영업상 비밀에 해당되어 제외하고 공개함.", 7),
         ("non_public", [8], "개발 예정지 정보가 사전에 알려질 경우 특정인에게 부당한 이익을 줄 수 있어 %s에 따라 공개하지 않기로 하였다.", 8),
         ("partial", [6], "첨부 명단의 개인정보(연락처, 생년월일)는 삭제 후 공개함이 타당함(%s).", 6),
         ("non_public", [5], "감사 진행 중인 사항으로서 공개 시 감사 업무의 공정한 수행에 지장이 있으므로 %s에 따라 비공개함.", 5),
         ("partial", [6], "청구인 외 제3자의 진술 부분은 사생활의 비밀을 침해할 우려가 있어 %s를 적용, 해당 부분만 비공개 처리함.", 6),
         ("partial", [7], "법인이 제출한 매출 세부 내역은 %s에 해당하므로 이를 제외한 나머지 부분은 공개하기로 한다.", 7),
         ("partial", [6], "심의 결과는 공개하되, 신청인의 성명과 주소는 %s의 개인에 관한 사항이므로 지움.", 6)]

@template("t_prose_reason", 11, ["pdf", "text", "hwpx"], "검토보고")
def t_prose_reason(r, i):
    disc, nums, sent, n = PROSE[i]
    ag = agency(r, {4: ["police"], 5: ["metro", "central", "edu"], 6: ["basic", "metro"], 3: ["pe"], 7: ["pe", "inst"], 8: ["basic", "metro"]}[n])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    cite = r.choice(CITE) % n
    cue_text = sent % cite
    d = Doc()
    titles = {4: "고소 사건 처리 경과", 5: r.choice(["복지 재정 분담 조정 검토", "%s 종합감사 진행 상황" % ag["org"]]), 6: "주민 건의 처리 결과 공개 검토",
              3: "취수장 경비 강화 계획", 7: "기술제안 평가 결과 공개 여부 검토", 8: "도시개발 예정지 검토"}
    d.p(titles[n], "%s %s  %s" % (ag["org"], ag["dept"], date), "")
    d.p("1. 개요", "  %s" % r.choice(["정보공개 청구(접수번호 %d-%05d)에 따라 대상 문서의 공개 여부를 검토함." % (y, r.randint(1, 99999)), "관련 문서의 관리 방침을 정하기 위하여 검토함."]))
    if n == 6:
        d.tbl([[r.choice(["건의인", "진술인", "신청인"]), "연락처", "요지"]] + [[name(r), mobile(r), r.choice(["버스 정류장 이전", "공원 조명 보강", "불법 주차 단속"])] for _ in range(3)])
    d.p("2. 검토 의견", "  " + cue_text)
    reasons = rs(*nums)
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, cue="prose_reason_citation", cue_location="body",
                cue_text=cite, flags=["era_" + era, "reason_in_prose"])

# ---------------------------------------------------------------- printed field disagrees with content
@template("t_mismatch", 8, ["hwpx", "text", "pdf"], "공문")
def t_mismatch(r, i):
    ag = agency(r, ["basic", "metro", "pe", "edu"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    d = Doc()
    field = f_public(r)
    if i != 2 and i != 6:
        d.p(ag["org"], "수신  %s" % r.choice(["내부결재", "수신자 참조"]), "제목  %s" % r.choice(["자원봉사자 활동비 지급", "강사 수당 지급 결의", "재해 위로금 지급 결정", "생활안정자금 지급 통보"]), "",
            "1. 아래와 같이 지급하고자 합니다.")
        d.tbl([["성명", "주민등록번호", "계좌", "금액"]] + [[name(r), rrn(r), account(r), "%s원" % format(r.randint(5, 90) * 10000, ",")] for _ in range(r.randint(3, 5))])
        d.p("끝.", "")
        d.p(*gyeolmun(r, ag, y, date, field))
        return dict(doc=d, disclosure="partial", marking="none", reasons=rs(6, "PIPA-24"), cue="gyeolmun_field_mismatch", cue_location="gyeolmun",
                    cue_text=field, flags=["t_mislabeled", "stated_public_content_partial"], stated="public")
    d.p(ag["org"], "수신  내부결재", "제목  직원 징계 처분 결과 통보", "",
        "1. %s 소속 %s %s에 대하여 %s(으)로 %s 처분하였음을 통보합니다." % (ag["dept"], r.choice(["주무관", "대리"]), name(r), r.choice(["음주운전(벌금 %d만원 확정)" % (r.randint(3, 15) * 100), "상해죄 유죄 판결"]), r.choice(["정직 2월", "감봉 1월"])),
        "2. 처분 사유서 붙임.  끝.", "")
    d.p(*gyeolmun(r, ag, y, date, field))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=rs(6, "PIPA-23"), cue="gyeolmun_field_mismatch", cue_location="gyeolmun",
                cue_text=field, flags=["t_mislabeled", "stated_public_content_nonpublic"], stated="public")

# ---------------------------------------------------------------- more partial genres
@template("t_minwon_result", 8, ["text", "hwpx", "pdf"], "민원회신")
def t_minwon_result(r, i):
    ag = agency(r, ["basic", "metro", "inst", "pe", "edu"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    who = name(r)
    d = Doc()
    subj = r.choice(["도로 파손 보수 요청", "소음 공해 단속 요청", "불법 현수막 철거 요구", "급식 위생 개선 건의", "정류장 위치 이전 요청", "상수도 요금 과다 부과 이의"])
    d.p(ag["org"], "수신  %s 귀하 (%s)" % (who, addr(r)), "제목  민원(%s) 처리 결과 알림" % subj, "")
    d.p(r.choice(["1. 귀하께서 %s 제출하신 민원에 대한 검토 결과를 알려드립니다." % date, "1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다." % ag["org"].split()[-1]]),
        "2. %s" % r.choice(["현장 확인 결과 해당 구간은 %d월 중 보수 공사를 시행할 예정입니다." % r.randint(1, 12),
                            "관계 법령을 검토한 결과 요청하신 사항은 현행 기준상 수용이 어려움을 양해하여 주시기 바랍니다.",
                            "관련 업체에 시정 명령을 하였으며 %d일 이내 이행 여부를 점검하겠습니다." % r.choice([7, 14, 30])]),
        "3. 추가 문의는 %s %s %s(%s)에게 연락 주시기 바랍니다.  끝." % (ag["dept"], r.choice(OFFICIAL_RANKS), name(r), phone_inst(r)), "")
    field = f_partial(r, [6]) if r.random() < 0.6 else None
    if field:
        d.p(*gyeolmun(r, ag, y, date, field))
    else:
        d.p(ag["head"])
    return dict(doc=d, disclosure="partial", marking="none", reasons=rs(6), cue="gyeolmun_field" if field else "content_only",
                cue_location="gyeolmun" if field else "recipient_line", cue_text=field or who, flags=["era_" + era, "citizen_named"], stated="partial" if field else None)

@template("t_contract", 6, ["pdf", "hwpx", "text"], "계약")
def t_contract(r, i):
    ag = agency(r, ["pe", "basic", "metro", "inst"])
    y, date = datestr(r, r.choice(["mid", "new"]))
    co = "(주)" + r.choice(["대한엔지니어링", "서해건설", "한빛정보통신", "청솔조경", "우진기술"])
    d = Doc()
    d.p(r.choice(["%s 용역 계약 체결 결과" % r.choice(["하천 기본계획 수립", "전산장비 유지보수", "가로수 정비"]), "수의계약 체결 내역 공개"]), "")
    d.tbl([["계약명", r.choice(["하천 기본계획 수립 용역", "통합전산망 유지보수", "가로수 전정 작업"])], ["계약 상대자", co], ["대표자", name(r)],
           ["계약 금액", "%s원" % format(r.randint(20, 900) * 100000, ",")], ["계약 기간", "%s ~ %d. 12. 31." % (date, y)]])
    d.p("", "[산출 내역서]")
    d.tbl([["항목", "단가", "수량"]] + [[it, format(r.randint(10, 900) * 1000, ","), str(r.randint(1, 40))] for it in r.sample(["기술자 노임(특급)", "기술자 노임(중급)", "장비 임차", "제경비", "기술료", "소모품"], 4)])
    note = r.choice(["※ 산출 내역서의 단가는 계약상대자의 영업상 비밀로서 공개 시 제외함", "※ 하도급 업체 노임 단가는 비공개 대상(법 제9조①7)", "※ 단가 부분은 업체 동의 없이 공개할 수 없음"])
    d.p(note)
    return dict(doc=d, disclosure="partial", marking="none", reasons=rs(7), cue="withheld_part_sentence", cue_location="body", cue_text=note[2:], flags=["business_data"])

@template("t_hearing_minutes", 7, ["hwpx", "pdf", "text"], "회의록")
def t_hearing_minutes(r, i):
    ag = agency(r, ["basic", "metro", "pe"])
    era = r.choice(["old", "mid", "new"])
    y, date = datestr(r, era)
    d = Doc()
    d.p(r.choice(["%s 주민설명회 회의록" % r.choice(["도시계획시설(도로) 결정", "폐기물처리시설 입지", "송전선로 경과지", "하수처리장 증설"]),
                  "공청회 발언 요지"]), "일시: %s 19:00  장소: %s 주민센터 2층" % (date, r.choice(["신흥동", "중앙동", "구암면", "봉덕동"])), "")
    for _ in range(r.randint(3, 5)):
        who = name(r)
        d.p("○ 주민 %s(%s): %s" % (who, r.choice(["%s 거주" % r.choice(["1통", "3통", "5리", "7반"]), mobile(r), "%d세" % r.randint(30, 80)]),
                                  r.choice(["공사 기간 중 소음 대책이 무엇인지 묻고 싶습니다.", "우리 집 앞 도로가 편입되는데 보상 기준을 알려 달라.", "악취 문제가 생기면 누가 책임집니까.", "설명회 공고가 너무 늦게 나왔다."])))
        d.p("  → %s %s: %s" % (ag["dept"], r.choice(["과장", "팀장"]), r.choice(["저감 시설을 설치하겠습니다.", "감정평가 후 개별 통지하겠습니다.", "검토하여 회신드리겠습니다."])))
    d.p("", r.choice(["※ 회의록 공개 시 발언 주민의 성명·연락처는 가림", "※ 개인 발언자 인적사항은 삭제 후 홈페이지 게시", "(발언자 실명은 공개본에서 ○○로 표기 예정)"]))
    return dict(doc=d, disclosure="partial", marking="none", reasons=rs(6), cue="withheld_part_sentence", cue_location="last_line",
                cue_text=None, flags=["era_" + era, "citizen_speakers"])


# ---------------------------------------------------------------- renderers
def render_text(doc, r):
    style = r.choice(["pipe", "tab", "space"])
    out = []
    if doc.header:
        out.append(doc.header)
        out.append("")
    page = 1
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "box":
            out.append(b[1])
        elif b[0] == "tbl":
            for row in b[1]:
                out.append({"pipe": " | ", "tab": "\t", "space": "   "}[style].join(row))
        elif b[0] == "br":
            page += 1
            out.append("- %d -" % page)
    if doc.footer:
        out.append("")
        out.append(doc.footer)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text

# ---- HWPX
NS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app", "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section", "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head", "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "opf": "http://www.idpf.org/2007/opf/", "dc": "http://purl.org/dc/elements/1.1/",
}
NSDECL = " ".join('xmlns:%s="%s"' % (k, v) for k, v in NS.items())

def hx_header(font):
    face = "함초롬바탕" if "Myeong" in font else "함초롬돋움"
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join('<hh:fontface lang="%s" fontCnt="1"><hh:font id="0" face="%s" type="TTF" isEmbedded="0"/></hh:fontface>' % (l, face) for l in langs)
    fref = '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
    six = lambda tag, v: '<hh:%s hangul="%s" latin="%s" hanja="%s" japanese="%s" other="%s" symbol="%s" user="%s"/>' % ((tag,) + (v,) * 7)
    def cp(i, h, bold=False):
        return ('<hh:charPr id="%d" height="%d" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">%s%s%s%s%s%s</hh:charPr>'
                % (i, h, fref, six("ratio", 100), six("spacing", 0), six("relSz", 100), six("offset", 0), "<hh:bold/>" if bold else ""))
    bf = ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
          '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
          '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces>'
            '<hh:borderFills itemCnt="2">%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="3">%s%s%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="2">'
            '<hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
            '<hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="CENTER" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr>'
            '</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"/></hh:head>'
            % (NSDECL, ff, bf % ((1,) + ("NONE",) * 4), bf % ((2,) + ("SOLID",) * 4), cp(0, 1000), cp(1, 1500, True), cp(2, 1200, True)))

class HX:
    def __init__(self):
        self.pid = 0; self.oid = 1000
    def p(self, text, char=0, para=0, extra="", pagebreak=False):
        self.pid += 1
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0"><hp:run charPrIDRef="%d">%s<hp:t>%s</hp:t></hp:run></hp:p>'
                % (self.pid, para, 1 if pagebreak else 0, char, extra, xesc(text)))
    def sublist(self, paras, va="TOP"):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
                % (va, "".join(paras)))
    def tbl(self, rows):
        self.oid += 1
        nc = max(len(rw) for rw in rows); W = 42520; cw = W // nc; ch = 1800
        trs = []
        for ri, rw in enumerate(rows):
            tcs = []
            for ci in range(nc):
                c = rw[ci] if ci < len(rw) else ""
                tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                           '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="%d"/>'
                           '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                           % (1 if ri == 0 else 0, self.sublist([self.p(c, 2 if ri == 0 else 0)], "CENTER"), ci, ri, cw, ch))
            trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
        t = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
             '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
             '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
             '<hp:outMargin left="141" right="141" top="141" bottom="141"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
             % (self.oid, len(rows), nc, cw * nc, ch * len(rows), "".join(trs)))
        self.pid += 1
        return '<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (self.pid, t)
    def box(self, text):
        self.oid += 1
        w, h = 14000, 3200
        inner = self.p(text, 1, 1)
        rect = ('<hp:rect id="%d" zOrder="1" numberingType="FIGURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="178"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PAGE" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="2000"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
                % (self.oid, self.oid, w, h, w, h, w // 2, h // 2, w, self.sublist([inner], "CENTER"), w, w, h, h, w, h))
        self.pid += 1
        return '<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (self.pid, rect)

def hx_section(doc):
    hx = HX()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    hf = ""
    if doc.header:
        hf += '<hp:ctrl><hp:header id="1" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % hx.sublist([hx.p(doc.header, 0, 1)])
    if doc.footer:
        hf += '<hp:ctrl><hp:footer id="2" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % hx.sublist([hx.p(doc.footer, 0, 1)])
    hx.pid += 1
    first = ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s%s<hp:t/></hp:run></hp:p>' % (hx.pid, secpr, hf))
    ps = [first]
    brk = False; ti = True
    for b in doc.blocks:
        if b[0] == "p":
            ps.append(hx.p(b[1], 1 if ti and b[1].strip() else 0, 1 if ti and b[1].strip() else 0, pagebreak=brk)); brk = False
            if b[1].strip():
                ti = False
        elif b[0] == "tbl":
            ps.append(hx.tbl(b[1]))
        elif b[0] == "box":
            ps.append(hx.box(b[1]))
        elif b[0] == "br":
            brk = True
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NSDECL, "".join(ps))

def zwrite(z, name_, data, stored=False):
    zi = zipfile.ZipInfo(name_, date_time=(2026, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)

def write_hwpx(path, doc, title, plain):
    with zipfile.ZipFile(path, "w") as z:
        zwrite(z, "mimetype", "application/hwp+zip", stored=True)
        zwrite(z, "version.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 0"/>', stored=True)
        zwrite(z, "META-INF/container.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
        zwrite(z, "META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
        zwrite(z, "Contents/content.hpf", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text"></opf:meta><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>' % (NSDECL, xesc(title)))
        zwrite(z, "Contents/header.xml", hx_header(doc.font))
        zwrite(z, "Contents/section0.xml", hx_section(doc))
        zwrite(z, "settings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
        zwrite(z, "Preview/PrvText.txt", plain[:1000])

# ---- PDF
def write_pdf(path, doc):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    for f in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        try:
            pdfmetrics.getFont(f)
        except KeyError:
            pdfmetrics.registerFont(UnicodeCIDFont(f))
    font = doc.font; size = 10.5; lead = 15.5
    W, H = A4; L, Rm, Top, Bot = 62, 62, 72, 70
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("sens_ad"); c.setAuthor("sens_ad generator")
    sw = lambda s, fs=size: pdfmetrics.stringWidth(s, font, fs)
    def wrap(s, width, fs=size):
        out = []; cur = ""
        for ch in s:
            if sw(cur + ch, fs) > width and cur:
                out.append(cur); cur = ch
            else:
                cur += ch
        out.append(cur)
        return out
    state = {"y": H - Top, "page": 1}
    def deco():
        c.setFont(font, 9)
        if doc.header:
            c.drawCentredString(W / 2, H - 40, doc.header); c.line(L, H - 46, W - Rm, H - 46)
        c.line(L, 52, W - Rm, 52)
        foot = "- %d -" % state["page"]
        if doc.footer:
            c.drawCentredString(W / 2, 38, doc.footer); c.drawRightString(W - Rm, 38, foot)
        else:
            c.drawCentredString(W / 2, 38, foot)
        c.setFont(font, size)
    def newpage():
        c.showPage(); state["page"] += 1; state["y"] = H - Top; deco()
    deco()
    first = True
    for b in doc.blocks:
        if b[0] == "br":
            newpage(); continue
        if b[0] == "p":
            txt = b[1].replace("·", "ㆍ")
            fs = 15 if first and txt.strip() else size
            lines = wrap(txt, W - L - Rm, fs) if txt else [""]
            for ln in lines:
                if state["y"] < Bot:
                    newpage()
                c.setFont(font, fs)
                if fs > size:
                    c.drawCentredString(W / 2, state["y"], ln); state["y"] -= lead + 8
                else:
                    c.drawString(L, state["y"], ln); state["y"] -= lead
            if txt.strip():
                first = False
        elif b[0] == "box":
            bw = max(sw(b[1], 12) + 24, 90); bh = 26
            if state["y"] < Bot + bh:
                newpage()
            x = W - Rm - bw; y = state["y"] - 8
            c.setStrokeColorRGB(0.75, 0, 0); c.setLineWidth(1.6); c.rect(x, y, bw, bh)
            c.setFillColorRGB(0.75, 0, 0); c.setFont(font, 12); c.drawCentredString(x + bw / 2, y + 8, b[1])
            c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(1); c.setFont(font, size)
            state["y"] -= bh + 12
        elif b[0] == "tbl":
            rows = b[1]; nc = max(len(rw) for rw in rows); tw = W - L - Rm
            rows = [[x.replace("·", "ㆍ") for x in rw] for rw in rows]
            fs = 9
            weights = [max(4, max(len(rw[j]) if j < len(rw) else 0 for rw in rows)) for j in range(nc)]
            minw = [max(sw(tok, fs) for rw in rows if j < len(rw) for tok in (rw[j].split(" ") + [""])) + 8 for j in range(nc)]
            extra = tw - sum(minw)
            if extra > 0:
                tot = sum(weights); cws = [minw[j] + extra * weights[j] / tot for j in range(nc)]
            else:
                cws = [tw * w_ / sum(minw) for w_ in minw]
            for ri, rw in enumerate(rows):
                cells = [wrap(rw[j] if j < len(rw) else "", cws[j] - 6, fs) for j in range(nc)]
                rh = max(len(x) for x in cells) * 12 + 6
                if state["y"] - rh < Bot:
                    newpage()
                y0 = state["y"] + 10; x = L
                for j in range(nc):
                    c.rect(x, y0 - rh, cws[j], rh)
                    c.setFont(font, fs)
                    for k, ln in enumerate(cells[j]):
                        c.drawString(x + 3, y0 - 12 - 12 * k, ln)
                    x += cws[j]
                state["y"] -= rh
            state["y"] -= 8
            c.setFont(font, size)
    c.showPage(); c.save()
    return state["page"]

def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")

def hwpx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("Contents/section0.xml"))
    return "\n".join("".join(t.itertext()) for t in root.iter("{%s}t" % NS["hp"]))

# ---------------------------------------------------------------- build
FORMAT_KEYS = ["id", "text", "file", "disclosure", "marking", "reasons", "genre"]

def build(out):
    files = os.path.join(out, "files")
    os.makedirs(files, exist_ok=True)
    for f in sorted(os.listdir(files)):
        os.remove(os.path.join(files, f))
    items = []
    for tname, (fn, count, fmts, genre) in T.items():
        for v in range(count):
            r = R(tname, v)
            res = fn(r, v)
            res["template"] = tname; res["genre"] = genre; res["format"] = fmts[v % len(fmts)]; res["variant"] = v
            items.append(res)
    order = R("order", "all")
    order.shuffle(items)
    recs, metas = [], []
    for k, it in enumerate(items):
        rid = "%s-%04d" % (SET, k + 1)
        r = R(it["template"], "render-%d" % it["variant"])
        doc = it["doc"]
        flags = list(it["flags"])
        if "era_old" in flags or "hanja" in flags:
            doc.font = "HYSMyeongJo-Medium"
        else:
            doc.font = r.choice(["HYSMyeongJo-Medium", "HYGothic-Medium"])
        plain = render_text(doc, r)
        rec = {"id": rid}
        if it["format"] == "text":
            rec["text"] = plain
        else:
            rel = "files/%s.%s" % (rid, it["format"])
            if it["format"] == "hwpx":
                write_hwpx(os.path.join(out, rel), doc, plain.split("\n")[0][:60], plain)
            else:
                pages = write_pdf(os.path.join(out, rel), doc)
                flags.append("pages_%d" % pages)
            rec["file"] = rel
        rec.update({"disclosure": it["disclosure"], "marking": it["marking"], "reasons": it["reasons"], "genre": it["genre"]})
        if it.get("stated"):
            flags.append("stated_" + it["stated"])
        if doc.header:
            flags.append("has_page_header")
        if doc.footer:
            flags.append("has_page_footer")
        metas.append({"id": rid, "template": it["template"], "format": it["format"], "cue": it["cue"], "cue_location": it["cue_location"],
                      "cue_text": it["cue_text"], "flags": flags})
        recs.append(rec)
    with open(os.path.join(out, SET + ".jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, SET + ".meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- validation
def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

RRN_RE = re.compile(r"(?<!\d)\d{6}[-－―~][1-8]\d{6}(?!\d)")
SECRET = {"III급", "II급", "I급"}

def validate(out):
    errs = []
    recs = [json.loads(l) for l in open(os.path.join(out, SET + ".jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out, SET + ".meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas)
    seen = set(); texts = set()
    for rec, m in zip(recs, metas):
        i = rec["id"]
        def E(msg):
            errs.append("%s: %s" % (i, msg))
        if rec["id"] != m["id"] or i in seen:
            E("id mismatch/dup")
        seen.add(i)
        if ("text" in rec) == ("file" in rec):
            E("need exactly one of text/file")
        keys = [k for k in FORMAT_KEYS if k in rec]
        if list(rec.keys()) != keys:
            E("key order/extra keys %s" % list(rec.keys()))
        d, mk, rsn = rec["disclosure"], rec["marking"], rec["reasons"]
        if d not in DISC: E("bad disclosure")
        if mk not in MARKINGS: E("bad marking")
        if any(x not in REASONS for x in rsn) or rsn != sorted(set(rsn), key=REASONS.index): E("bad reasons")
        # README rules
        if d == "public" and (rsn or mk != "none"): E("public must have no reasons / no marking")
        if d != "public" and not rsn: E("non-public needs reasons")
        if mk in SECRET:
            if "OIDA-9-1-1" not in rsn or not ({"OIDA-9-1-2", "OIDA-9-1-3"} & set(rsn)) or d != "non_public":
                E("secret needs -1 plus content reason, non_public")
        if "OIDA-9-1-1" in rsn and mk not in SECRET: E("-1 only for 비밀")
        if mk == "대외비" and (d != "non_public" or "OIDA-9-1-1" in rsn): E("대외비 rule")
        if "mention_only" in m["flags"] and (mk != "none" or d != "public"): E("mention-only must be public/none")
        # text
        if "text" in rec:
            txt = rec["text"]
        else:
            p = os.path.join(out, rec["file"])
            if rec["file"].endswith(".hwpx"):
                try:
                    with zipfile.ZipFile(p) as z:
                        infos = z.infolist()
                        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED or z.read("mimetype") != b"application/hwp+zip":
                            E("mimetype must be first and stored")
                        names = [x.filename for x in infos]
                        for req in ("version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml"):
                            if req not in names: E("missing " + req)
                        for n in names:
                            if n.endswith((".xml", ".hpf")):
                                ET.fromstring(z.read(n))
                        sec = z.read("Contents/section0.xml").decode("utf-8")
                    fl = m["flags"]
                    if "has_page_header" in fl and "<hp:header " not in sec: E("hwpx header ctrl missing")
                    if "has_page_footer" in fl and "<hp:footer " not in sec: E("hwpx footer ctrl missing")
                    txt = hwpx_text(p)
                except Exception as ex:
                    E("hwpx invalid: %r" % ex); txt = ""
            else:
                txt = pdf_text(p)
                pages = [pg for pg in txt.split("\f") if pg.strip()]
                npg = [int(f[6:]) for f in m["flags"] if f.startswith("pages_")][0]
                if len(pages) != npg: E("pdf page count %d != %d" % (len(pages), npg))
                for k, pg in enumerate(pages):
                    if ("-%d-" % (k + 1)) not in norm(pg): E("pdf page %d lacks footer page number" % (k + 1))
                with open(p, "rb") as f:
                    raw = f.read()
                if b"HYSMyeongJo-Medium" not in raw and b"HYGothic-Medium" not in raw: E("pdf font")
        if not txt.strip():
            E("empty text")
        nt = norm(txt)
        if nt in texts: E("duplicate text")
        texts.add(nt)
        if m["cue_text"] and norm(m["cue_text"]) not in nt:
            E("cue_text not found: %r" % m["cue_text"])
        if m["cue_location"] in ("header", "header_footer") and "has_page_header" not in m["flags"]: E("header cue without header")
        has_rrn = bool(RRN_RE.search(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", txt))))
        if ("PIPA-24" in rsn) != has_rrn: E("PIPA-24 vs unmasked RRN mismatch (%s)" % has_rrn)
        stated = [f[7:] for f in m["flags"] if f.startswith("stated_")]
        if stated:
            if "t_mislabeled" in m["flags"]:
                if stated[0] == d: E("mislabeled doc must disagree with stated field")
            elif stated[0] != d:
                E("stated field %s != gold %s" % (stated[0], d))
        if m["cue"].startswith("gyeolmun_field") and "t_mislabeled" not in m["flags"] and "ocr_noise" not in m["flags"]:
            sd, sr = field_reasons(m["cue_text"])
            if sd != d or not set(sr) <= set(rsn): E("field parse %s %s vs gold %s %s" % (sd, sr, d, rsn))
    # composition
    from collections import Counter
    n = len(recs)
    dc = Counter(r_["disclosure"] for r_ in recs); mc = Counter(r_["marking"] for r_ in recs)
    fc = Counter(m_["format"] for m_ in metas)
    if n < 260: errs.append("too few docs %d" % n)
    if fc["hwpx"] < 60 or fc["pdf"] < 60: errs.append("format counts %s" % fc)
    for k_, lim in (("대외비", 14), ("III급", 10), ("II급", 6), ("I급", 3)):
        if mc[k_] < lim: errs.append("marking %s %d < %d" % (k_, mc[k_], lim))
    for k_, (lo, hi) in (("public", (0.30, 0.40)), ("partial", (0.25, 0.35)), ("non_public", (0.30, 0.40))):
        if not lo <= dc[k_] / n <= hi: errs.append("disclosure share %s %.3f" % (k_, dc[k_] / n))
    return errs, n, dc, mc, fc, Counter(x for r_ in recs for x in r_["reasons"]), Counter(m_["cue_location"] for m_ in metas), Counter(r_["genre"] for r_ in recs)

if __name__ == "__main__":
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else HERE
    build(out)
    errs, n, dc, mc, fc, rc, lc, gc = validate(out)
    print("documents", n)
    print("disclosure", dict(sorted(dc.items())))
    print("marking", dict(sorted(mc.items())))
    print("format", dict(sorted(fc.items())))
    print("reasons", dict(sorted(rc.items(), key=lambda x: REASONS.index(x[0]))))
    print("cue_location", dict(sorted(lc.items())))
    print("genre", dict(sorted(gc.items())))
    if errs:
        print("VALIDATION FAILED (%d)" % len(errs))
        for e in errs[:60]:
            print("  " + e)
        sys.exit(1)
    print("validation OK")
