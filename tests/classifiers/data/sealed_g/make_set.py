#!/usr/bin/env python3
"""Generator for the sens_g independent sensitivity evaluation set.

Run:  /work/evalsets/venv_sens_g/bin/python make_set.py
Writes sens_g.jsonl, sens_g.meta.jsonl and files/ (HWPX + text-layer PDF).
Deterministic: fixed SEED, no dict/set iteration order dependence, fixed zip
timestamps, reportlab invariant mode.
"""
import json, os, random, zipfile, unicodedata
from xml.sax.saxutils import escape as xesc

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
R = random.Random(SEED)

# ---------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
       "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽",
       "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변",
       "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라",
       "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉",
       "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "호", "제갈", "남궁", "황보", "선우", "독고"]
GIV = ["민", "서", "준", "지", "현", "수", "영", "우", "진", "은", "하", "윤", "재", "성", "호", "정", "경", "혜",
       "상", "동", "태", "희", "연", "주", "원", "석", "훈", "숙", "미", "철", "기", "용", "승", "규", "선", "아",
       "예", "도", "한", "종", "효", "인", "덕", "순", "옥", "광", "병", "창", "명", "나", "래", "솔", "빈", "혁"]

def name():
    return R.choice(SUR) + R.choice(GIV) + R.choice(GIV)

def masked_name():
    n = name()
    return n[0] + R.choice(["○○", "**", "OO", "◯◯"]) if len(n) == 3 else n[:2] + "○○"

ROADS = ["누리로", "가온길", "한빛대로", "솔내로", "은행나무길", "봉황로", "새터로", "미리내길", "청람로",
         "두레길", "하늬로", "다솜로", "물빛로", "별마루길", "여울로", "모란길"]

def addr(city=None):
    city = city or R.choice(["가람시", "다온군", "서해시 한솔구", "청림군", "미르시 동구", "해오름시"])
    s = "%s %s %d" % (city, R.choice(ROADS), R.randint(3, 420))
    if R.random() < 0.35:
        s = "%s %s%d번길 %d" % (city, R.choice(ROADS), R.randint(2, 60), R.randint(1, 90))
    if R.random() < 0.6:
        s += ", %d동 %d호" % (R.randint(101, 115), R.randint(1, 25) * 100 + R.randint(1, 6))
    return s

def mobile():
    return "010-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999))

def tel(area="031"):
    return "%s-%d-%04d" % (area, R.randint(200, 990), R.randint(0, 9999))

def rrn(by=None, valid=True):
    by = by or R.randint(1948, 1999)
    m, d = R.randint(1, 12), R.randint(1, 28)
    g = (1 if R.random() < .5 else 2) if by < 2000 else (3 if R.random() < .5 else 4)
    body = "%02d%02d%02d%d%05d" % (by % 100, m, d, g, R.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    if not valid:
        c = (c + 3) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]

def mask_rrn(r):
    return r[:8] + R.choice(["******", "●●●●●●", "XXXXXX"])

def dob():
    y = R.randint(1950, 1998)
    return R.choice(["%d. %d. %d." % (y, R.randint(1, 12), R.randint(1, 28)),
                     "%d-%02d-%02d" % (y, R.randint(1, 12), R.randint(1, 28)),
                     "%d년 %d월 %d일" % (y, R.randint(1, 12), R.randint(1, 28))])

def account():
    b = R.choice([("농협", "%03d-%04d-%04d-%02d"), ("국민은행", "%06d-%02d-%06d"), ("신한은행", "%03d-%03d-%06d"),
                  ("우리은행", "%04d-%03d-%06d"), ("기업은행", "%03d-%06d-%02d-%03d")])
    parts = b[1].count("%")
    nums = tuple(R.randint(1, 10 ** int(x[1]) - 1) for x in b[1].split("%")[1:])
    return b[0], b[1] % nums

def passport():
    return R.choice("MS") + "%08d" % R.randint(10000000, 99999999) if R.random() < .6 else \
        R.choice("MS") + "%03d%s%04d" % (R.randint(100, 999), R.choice("ABCDEF"), R.randint(0, 9999))

def frn():
    return "%02d%02d%02d-%d%06d" % (R.randint(70, 99), R.randint(1, 12), R.randint(1, 28), R.choice([5, 6]), R.randint(0, 999999))

def brn():
    return "%03d-%02d-%05d" % (R.randint(101, 899), R.randint(10, 99), R.randint(0, 99999))

def won(lo, hi, step=1000):
    return "{:,}".format(R.randint(lo // step, hi // step) * step)

AG = [  # name, head, kind, address, phone area, departments
    ("가람시", "가람시장", "local", "가람시 시청로 10", "031", ["기획예산과", "총무과", "감사담당관", "도시계획과", "복지정책과", "회계과", "민원여권과", "세정과", "건축과", "환경위생과"]),
    ("다온군", "다온군수", "local", "다온군 다온읍 군청길 25", "043", ["행정과", "재무과", "주민복지과", "안전총괄과", "농업정책과", "민원과", "세무과", "건설교통과"]),
    ("서해시 한솔구", "한솔구청장", "local", "서해시 한솔구 구청로 77", "032", ["자치행정과", "사회복지과", "감사실", "보건행정과", "교통행정과", "민원봉사과"]),
    ("청림군", "청림군수", "local", "청림군 청림읍 중앙로 101", "054", ["기획감사실", "행정지원과", "주민생활지원과", "산림녹지과", "재난안전과"]),
    ("새벽도교육청", "새벽도교육감", "edu", "해오름시 교육청로 3", "061", ["총무과", "감사관실", "학교생활교육과", "초등교육과", "교원인사과", "재정과"]),
    ("가람경찰서", "가람경찰서장", "police", "가람시 경찰서로 5", "031", ["경무과", "수사과", "형사과", "생활안전과", "교통과", "정보안보과"]),
    ("다온소방서", "다온소방서장", "fire", "다온군 다온읍 소방로 9", "043", ["소방행정과", "예방안전과", "현장대응단", "화재조사팀"]),
    ("가람시 보건소", "가람시 보건소장", "health", "가람시 보건로 30", "031", ["건강증진과", "감염병관리과", "정신건강팀", "보건행정팀"]),
    ("행정안전부", "행정안전부장관", "central", "세종특별자치시 도움6로 42 정부세종청사", "044", ["정보공개정책과", "지방인사제도과", "비상대비정책국", "조직진단과", "기록정책과"]),
    ("보건복지부", "보건복지부장관", "central", "세종특별자치시 도움4로 13 정부세종청사", "044", ["기초생활보장과", "지역복지과", "노인정책과", "운영지원과"]),
    ("국토교통부", "국토교통부장관", "central", "세종특별자치시 도움6로 11 정부세종청사", "044", ["토지정책과", "도시정책과", "운영지원과", "감사담당관"]),
    ("조달청", "조달청장", "central", "대전광역시 서구 청사로 189 정부대전청사", "042", ["구매총괄과", "시설총괄과", "계약심사과"]),
    ("가람지방병무청", "가람지방병무청장", "central", "가람시 병무로 15", "031", ["운영지원과", "병역판정검사과", "사회복무과"]),
    ("미르시", "미르시장", "local", "미르시 동구 시청로 1", "051", ["국제협력과", "감사위원회", "도시재생과", "일자리경제과", "인사과", "정보통신과"]),
]

def agency(kinds=None):
    c = [a for a in AG if kinds is None or a[2] in kinds]
    return R.choice(c)

def dept(a):
    return R.choice(a[5])

def dstr(y, style=None):
    m, d = R.randint(1, 12), R.randint(1, 28)
    style = style if style is not None else R.randint(0, 3)
    if style == 0: return "%d. %d. %d." % (y, m, d)
    if style == 1: return "%d.%02d.%02d." % (y, m, d)
    if style == 2: return "%d-%02d-%02d" % (y, m, d)
    return "%d년 %d월 %d일" % (y, m, d)

def reg_name(y):
    if y < 2012: return "사무관리규정"
    if y < 2016: return "행정업무의 효율적 운영에 관한 규정"
    if y < 2024: return "행정 효율과 협업 촉진에 관한 규정"
    return "행정업무의 운영 및 혁신에 관한 규정"

def oida_cite(n, y, style=None):
    """One of many ways officials cite the exemption clause."""
    art = "7" if y < 2005 else "9"
    style = R.randint(0, 8) if style is None else style
    return [
        "「공공기관의 정보공개에 관한 법률」 제%s조 제1항 제%d호" % (art, n),
        "정보공개법 제%s조제1항제%d호" % (art, n),
        "공공기관의정보공개에관한법률 제%s조제1항제%d호" % (art, n),
        "같은 법 제%s조 제1항 %d호" % (art, n),
        "법 §%s①%d" % (art, n),
        "정보공개법 %s-1-%d" % (art, n),
        "제%s조 ①항 %d호" % (art, n),
        "「정보공개법」 제%s조 제1항 제%d호" % (art, n),
        "공개법 제%s조 제1항 제%d호" % (art, n),
    ][style]

def pub_field(kind, nums, y):
    """Stated 공개구분 field in its many spellings.  kind: public|partial|non_public"""
    if y < 1998:
        return None
    ns = ",".join(str(n) for n in nums)
    art = "7" if y < 2005 else "9"
    if kind == "public":
        return R.choice(["공개", "공개구분: 공개", "공개 구분 : 공개", "대국민공개", "공개여부: 공개", "[공개]", "공개(원문공개)", "공개 ( O )"])
    word = "부분공개" if kind == "partial" else "비공개"
    return R.choice(["%s(%s)" % (word, ns), "%s( %s )" % (word, ns), "공개구분: %s(%s)" % (word, ns),
                     "%s(제%s조제1항제%s호)" % (word, art, ns), "공개여부 : %s [%s호]" % (word, ns),
                     "%s (정보공개법 §%s①%s)" % (word, art, ns), "%s%s" % (word, ns), "공개구분 %s %s" % (word, ns)])

# ---------------------------------------------------------------- doc model
class Doc:
    def __init__(self, template, genre, year, ag):
        self.template, self.genre, self.year, self.ag = template, genre, year, ag
        self.blocks = []          # ("h"|"f"|"p"|"t", payload)
        self.cues = []            # [cue, where]
        self.deciding = None
        self.mention_only = False
        self.stated = None
        self.stated_disagrees = False
        self.reason = ""
        self.disclosure = "public"; self.marking = "none"; self.reasons = []
        self.tsep = R.choice([" | ", "\t", "  ", "|"])
        self.noise = False
        self.content_only = False   # non-public with no marking and no stated field
    def p(self, *lines):
        for l in lines:
            self.blocks.append(("p", l))
        return self
    def t(self, rows):
        self.blocks.append(("t", rows)); return self
    def h(self, s): self.blocks.append(("h", s)); return self
    def f(self, s): self.blocks.append(("f", s)); return self
    def cue(self, c, where): self.cues.append([c, where]); return self
    def label(self, disc, reasons=(), marking="none", deciding=None, reason=""):
        self.disclosure, self.reasons, self.marking = disc, sorted(set(reasons), key=rcode_key), marking
        self.deciding, self.reason = deciding, reason
        return self

def rcode_key(c):
    if c.startswith("OIDA"):
        return (0, int(c.split("-")[-1]))
    return (1, int(c.split("-")[-1]))

def O(*ns): return ["OIDA-9-1-%d" % n for n in ns]

def text_of(doc):
    heads = [b[1] for b in doc.blocks if b[0] == "h"]
    foots = [b[1] for b in doc.blocks if b[0] == "f"]
    out = list(heads)
    for k, v in doc.blocks:
        if k == "p":
            out.append(v)
        elif k == "t":
            for row in v:
                out.append(doc.tsep.join(row).rstrip())
    out += foots
    return "\n".join(out)

FW = str.maketrans("0123456789", "０１２３４５６７８９")

def ocr_noise(s):
    out = []
    for line in s.split("\n"):
        r = R.random()
        if r < 0.15 and len(line) > 12:
            i = R.randint(3, len(line) - 3)
            out.append(line[:i]); out.append(line[i:]); continue
        if r < 0.25:
            line = line.translate(FW)
        elif r < 0.35 and len(line) > 4:
            i = R.randint(1, len(line) - 2)
            line = line[:i] + " " + line[i:]
        elif r < 0.42:
            line = line.replace("1", "l", 1).replace("·", ".", 1)
        out.append(line)
    return "\n".join(out)

# ---------------------------------------------------------------- 기안문 / 시행문 skeleton
def gian(d, to, title, body, field=None, seal=True, drafter=None, old=None):
    a, y = d.ag, d.year
    old = (y < 2004) if old is None else old
    dp = dept(a)
    d.dept = dp
    if old:
        d.p(a[0], "", "%s %d-%d  (%s)" % (dp, y % 100 if y < 2000 else y, R.randint(10, 2999), R.choice(["02)", "031)", "043)"]) + " %d-%04d" % (R.randint(200, 990), R.randint(0, 9999))),
            "%s" % dstr(y, 0), "수신  %s" % to, "참조  %s" % R.choice(["", "총무과장", "관계과장"]), "제목  %s" % title, "")
    else:
        d.p(a[0], "", "수신  %s" % to, "(경유)", "제목  %s" % title, "")
    d.p(*body)
    if body and not body[-1].rstrip().endswith("끝."):
        d.p("  " + R.choice(["끝.", "  끝.", "끝."]))
    d.p("", a[1] if seal else a[1] + "(직인생략)")
    drafter = drafter or name()
    chk, boss = name(), name()
    if old:
        d.p("", "기안자 %s  검토자 %s  결재권자 %s %s" % (drafter, chk, R.choice(["과장", "국장", "전결"]), boss),
            "보존기간 %s" % R.choice(["영구", "준영구", "10년", "5년", "3년"]))
        if field:
            d.p(field)
    else:
        d.p("", "%s %s  %s %s  %s %s" % (R.choice(["주무관", "행정주사", "행정주사보", "주무관"]), drafter,
                                        R.choice(["팀장", "담당", "계장"]), chk, R.choice(["과장", "국장"]), boss + R.choice(["", " 전결"])))
        d.p("협조자", "시행  %s-%d (%s)   접수  " % (dp, R.randint(100, 39999), dstr(y, 1)),
            "우 %05d  %s  / %s" % (R.randint(10000, 63999), a[3], "www.%s.go.kr" % {"local":"lg","edu":"edu","police":"police","fire":"119","health":"health","central":"gov"}[a[2]] + ("" if R.random() < .5 else "/" + R.choice(["main", "open", "info"]))),
            "전화 %s-%d-%04d  전송 %s-%d-%04d  / %s@%s.go.kr  / %s" % (
                a[4], R.randint(200, 990), R.randint(0, 9999), a[4], R.randint(200, 990), R.randint(0, 9999),
                R.choice(["kim", "park", "lee", "hj", "sm"]) + str(R.randint(10, 99)), R.choice(["garam", "korea", "daon"]),
                field if field else ""))
    return d

def put_field(d, kind, nums, where="footer"):
    f = pub_field(kind, nums, d.year)
    d.stated = f
    return f

YRS_ALL = list(range(1995, 2027))
def yr(lo=1995, hi=2026):
    return R.randint(lo, hi)

# ================================================================ PUBLIC templates
def t_press():
    y = yr(2003, 2026); a = agency(); d = Doc("t_press", "보도자료", y, a)
    topic = R.choice([("전통시장 주차환경 개선사업 본격 추진", "전통시장 3곳에 공영주차장 %d면을 조성한다" % R.randint(40, 300)),
                      ("여름철 폭염 대비 무더위쉼터 운영", "경로당과 행정복지센터 등 %d곳을 무더위쉼터로 지정·운영한다" % R.randint(30, 200)),
                      ("청년 월세 지원 신청 접수", "만 19~34세 무주택 청년 %d명에게 월 최대 20만원을 지원한다" % R.randint(100, 900)),
                      ("정보공개 종합평가 우수기관 선정", "정보공개 종합평가에서 '우수' 등급을 받았다"),
                      ("겨울철 화재예방 특별대책 추진", "주택용 소방시설 %d세트를 취약계층에 보급한다" % R.randint(100, 2000)),
                      ("어린이보호구역 무인단속카메라 확대", "어린이보호구역 %d곳에 단속카메라를 추가 설치한다" % R.randint(5, 60))])
    dp = dept(a)
    d.p("보 도 자 료", R.choice(["", "보도시점: 배포 즉시", "보도일시: %s 06:00 (조간)" % dstr(y, 0), "엠바고 해제 후 보도"]),
        "", topic[0], "- %s, %s -" % (a[0], topic[1]), "",
        "□ %s는 %s부터 %s고 밝혔다." % (a[0], dstr(y, 3), topic[1]),
        "□ 이번 사업은 %s 예산 %s원을 투입하며, 세부 일정은 누리집 공지사항에서 확인할 수 있다." % (y, won(10**8, 5 * 10**9, 10**6)),
        "□ %s은 \"주민 불편을 줄이는 데 행정력을 집중하겠다\"고 말했다." % a[1], "")
    n1, n2 = name(), name()
    d.t([["담당 부서", dp, "책임자", "과장 " + n1, tel(a[4])], ["", R.choice(["정책팀", "운영팀", "지원팀"]), "담당자", R.choice(["주무관 ", "팀장 ", "사무관 "]) + n2, tel(a[4])]])
    if R.random() < 0.5:
        d.p("", R.choice(["이 자료는 공공누리 제1유형(출처표시)에 따라 자유롭게 이용할 수 있습니다.",
                          "※ 본 보도자료는 「저작권법」 제24조의2에 따라 출처를 밝히고 자유롭게 이용하실 수 있습니다."]))
        d.cue("공공누리/저작권법 제24조의2", "last line")
    d.cue("담당자 실명·직통전화(공무원 직무수행)", "table")
    return d.label("public", [], deciding="보도자료(공표 목적); 공무원 성명·직위는 제9조 제1항 제6호 라목으로 공개",
                   reason="보도자료: 공표용 문서, 직무상 공무원 정보만 포함")

def t_notice():
    y = yr(1996, 2026); a = agency(["local", "central"]); d = Doc("t_notice", "공고·고시", y, a)
    no = "%s 공고 제%d-%d호" % (a[0], y, R.randint(10, 2400))
    kind = R.randint(0, 3)
    if kind == 0:
        d.p(no.replace("공고", "고시"), "", "도시관리계획(도로) 결정 및 지형도면 고시", "",
            "「국토의 계획 및 이용에 관한 법률」 제30조 및 제32조에 따라 도시관리계획을 결정하고 지형도면을 다음과 같이 고시합니다.", "",
            "%s" % dstr(y, 3), a[1], "", "1. 도시관리계획 결정 조서")
        d.t([["구분", "등급", "류별", "번호", "폭원(m)", "기능", "연장(m)", "기점", "종점"],
             ["신설", "중로", "1류", str(R.randint(1, 30)), "20", "보조간선", str(R.randint(200, 2000)), "%s %d" % (R.choice(["가람동", "솔내동", "다온리"]), R.randint(1, 900)), "%s %d" % (R.choice(["한빛동", "새터리"]), R.randint(1, 900))]])
        d.p("2. 관계도서는 %s %s에 비치하여 일반인에게 보이고 있습니다." % (a[0], dept(a)))
    elif kind == 1:
        d.p(no, "", "%s 입찰 공고" % R.choice(["청사 냉난방기 교체공사", "스마트 버스정류장 구축 용역", "공공도서관 도서 구입", "재난 예·경보 시스템 유지관리"]), "",
            "1. 입찰에 부치는 사항", "  가. 추정가격: %s원(부가가치세 별도)" % won(5 * 10**7, 9 * 10**8, 10**5),
            "  나. 입찰방법: 전자입찰, 적격심사", "2. 입찰참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 따른 자격을 갖춘 자",
            "3. 입찰서 제출: 국가종합전자조달시스템(나라장터)", "4. 기타 문의: %s %s (%s)" % (a[0], dept(a), tel(a[4])))
    elif kind == 2:
        d.p(no, "", "%s 조례 일부개정조례안 입법예고" % a[0], "",
            "%s 조례를 개정함에 있어 그 취지와 주요 내용을 주민에게 미리 알려 의견을 듣고자 「%s 자치법규 입법예고 조례」에 따라 다음과 같이 공고합니다." % (R.choice(["공영주차장 설치 및 관리", "청년 기본", "경로당 운영 지원", "정보공개 운영"]), a[0]),
            "", "1. 개정이유: 상위법령 개정사항 반영 및 운영상 미비점 보완", "2. 주요내용: 가. 감면 대상 확대(안 제12조), 나. 위원회 위원 임기 조정(안 제20조)",
            "3. 의견제출: %s까지 %s(%s)로 제출" % (dstr(y, 3), dept(a), R.choice(["우편", "팩스", "누리집"])))
    else:
        d.p(no, "", "%d년도 %s 채용시험 최종합격자 공고" % (y, R.choice(["지방공무원 경력경쟁임용", "공무직 근로자", "기간제 근로자"])), "",
            "%d년도 채용시험 최종합격자를 다음과 같이 공고합니다." % y, "1. 최종합격자(응시번호)")
        d.t([["모집단위", "응시번호"]] + [[R.choice(["행정 9급", "시설 8급", "사서 9급"]), "%d%04d" % (y % 100, R.randint(1, 9999))] for _ in range(R.randint(3, 7))])
        d.p("2. 합격자는 임용 전 신체검사서 및 신원조사 회보서를 제출하여야 합니다.", "※ 개인정보 보호를 위하여 성명은 게재하지 않습니다.")
        d.cue("응시번호만 게재, 신원조사/신체검사는 언급만", "body")
    d.p("", "%s" % dstr(y, 0), a[1])
    d.cue("공고/고시 번호", "top")
    return d.label("public", [], deciding="법령상 공고·고시 문서", reason="공고·고시는 공중에 알리는 문서")

def t_guide():
    y = yr(2006, 2026); a = agency(["central", "local"]); d = Doc("t_guide", "업무 안내서", y, a)
    d.mention_only = True
    d.p("%d 정보공개 업무 실무 안내" % y, a[0] + " " + R.choice(["정보공개정책과", "기록관", "총무과"]), "",
        "Ⅰ. 비공개 대상 정보의 판단", "",
        "○ 공공기관이 보유·관리하는 정보는 공개가 원칙이며, %s 각 호에 해당하는 경우에만 비공개할 수 있다." % oida_cite(1, y, 0).replace(" 제1호", ""),
        "○ 예를 들어 다른 법령에서 비밀로 정한 정보(%s), 감사·감독·의사결정 과정의 정보(%s), 개인에 관한 정보(%s)가 이에 해당한다." % (
            oida_cite(1, y), oida_cite(5, y), oida_cite(6, y)),
        "○ 문서를 기안할 때에는 공개구분란에 '공개', '부분공개(6)', '비공개(5)'와 같이 해당 호를 함께 적는다.",
        "  - 잘못된 예: '비공개' (호 번호 누락) / 바른 예: '비공개(%s)'" % R.choice(["2", "4", "5", "6"]), "",
        "Ⅱ. 보안 표시 문서의 처리", "",
        "○ 대외비 또는 Ⅲ급비밀로 분류된 문서가 정보공개 청구 대상이 된 경우, 생산부서의 보안담당관과 협의하여 재분류 여부를 먼저 검토한다.",
        "○ 개인정보가 포함된 부분은 「개인정보 보호법」 제24조에 따른 고유식별정보(주민등록번호 등)를 가린 후 부분공개한다.", "")
    d.t([["청구 건수", "공개", "부분공개", "비공개"], [str(R.randint(900, 5000)), str(R.randint(500, 3000)), str(R.randint(100, 900)), str(R.randint(20, 300))]])
    d.p("", "문의: %s %s (%s)" % (a[0], dept(a), tel(a[4])))
    d.cue("대외비/Ⅲ급비밀/비공개(5) 언급", "body").cue("공개 업무 안내서", "title")
    return d.label("public", [], deciding="안내서: 표시·비공개 사유를 설명할 뿐 자체 표시 없음", reason="mention-only 안내서")

def t_sec_training():
    y = yr(2001, 2026); a = agency(); d = Doc("t_sec_training", "교육자료", y, a)
    d.mention_only = True
    d.p("%d년 %s 보안교육 자료" % (y, R.choice(["상반기", "하반기", "신규 임용자", "전 직원"])), "",
        "1. 비밀의 구분",
        "  - Ⅰ급비밀: 누설될 경우 대한민국과 외교관계가 단절되고 전쟁을 일으키며, 국가의 방위계획 등이 위험에 처할 우려가 있는 비밀",
        "  - Ⅱ급비밀: 누설될 경우 국가안전보장에 막대한 지장을 끼칠 우려가 있는 비밀",
        "  - Ⅲ급비밀: 누설될 경우 국가안전보장에 해를 끼칠 우려가 있는 비밀",
        "  - 대외비: 비밀 외에 직무 수행상 특별히 보호할 필요가 있는 사항 (%s 시행규칙)" % R.choice(["보안업무규정", "「보안업무규정」"]), "",
        "2. 표시 방법 (예시)",
        "  비밀 표시는 문서 위·아래 가운데에 한다. 예) [ Ⅲ급비밀 ]  /  대 외 비",
        "  예고문 예: '%d. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류'" % (y + 3),
        "", "3. 자주 발생하는 위반 사례",
        "  - 대외비 문서를 개인 메일로 발송 / 비밀을 일반 복사기로 복제 / 퇴근 시 책상 위 방치",
        "", "※ 이 교육자료는 직원 교육용으로 자유롭게 배포할 수 있습니다.")
    d.cue("비밀 등급 정의와 표시 예시", "body")
    return d.label("public", [], deciding="교육자료에서 표시를 예시로만 인용", reason="mention-only 보안교육 자료")

def t_declass():
    y = yr(2000, 2026); a = agency(["central", "local"]); d = Doc("t_declass", "비밀 재분류 통보", y, a)
    d.mention_only = True
    f = put_field(d, "public", [], "footer")
    y0 = y - R.randint(3, 25)
    gian(d, R.choice(["수신자 참조", "각 실·과장", a[0] + " 기록관장"]), "비밀 재분류(해제) 결과 통보",
         ["1. 관련: %s 보안심사위원회 심의 결과(%s)" % (a[0], dstr(y, 0)),
          "2. %d년 생산된 아래 문서의 보호기간이 경과하여 Ⅲ급비밀에서 일반문서로 재분류하였음을 알려드립니다." % y0,
          "3. 재분류된 문서는 「공공기록물 관리에 관한 법률」에 따라 공개 여부를 다시 구분하여 관리하시기 바랍니다."], field=f)
    d.t([["연번", "문서번호", "제목", "원 등급", "재분류"]] + [[str(i + 1), "%s-%d" % (dept(a), R.randint(10, 999)), R.choice(["비상대비 자원관리 현황", "통합방위 협의회 자료", "청사 방호 계획", "전시 행정 지원 계획"]), R.choice(["Ⅲ급비밀", "대외비", "Ⅱ급비밀"]), "일반문서(공개)"] for i in range(R.randint(2, 5))])
    d.cue("Ⅲ급비밀→일반문서 재분류", "body+table").cue(f or "", "footer")
    return d.label("public", [], deciding="재분류 통보: 비밀 등급은 대상 문서의 과거 등급일 뿐", reason="declassification notice, mention-only")

def t_cover_separate():
    y = yr(1998, 2026); a = agency(["central", "local"]); d = Doc("t_cover_separate", "송부 공문", y, a)
    d.mention_only = True
    lv = R.choice(["Ⅲ급비밀", "3급 비밀", "비밀(Ⅱ급)", "대외비"])
    f = put_field(d, "public", [])
    gian(d, R.choice(["%s 비상대비담당관" % R.choice(["가람시", "다온군", "청림군"]), "수신자 참조"]), R.choice(["%d년 비상대비계획 보완 자료 송부" % (y + 1), "통합방위 협의회 회의 결과 송부", "을지연습 준비 자료 송부"]),
         ["1. 관련: %s-%d(%s)" % (dept(a), R.randint(10, 999), dstr(y, 0)),
          "2. 위 호와 관련하여 붙임 자료는 %s로 분류되어 있어 본 공문에 첨부하지 않고 비밀 취급 인가자를 통하여 별도 전달(인편)합니다." % lv,
          "3. 수령 후 비밀관리기록부에 등재하고 수령증을 회신하여 주시기 바랍니다.",
          "붙임  수령증 양식 1부.  끝."], field=f)
    d.cue(lv + " (첨부물 등급 언급)", "body")
    return d.label("public", [], deciding="본문은 송부 사실만 기재, 비밀 내용 없음", reason="cover letter; attachment sent separately")

def t_password():
    y = yr(2008, 2026); a = agency(); d = Doc("t_password", "알림 공문", y, a)
    d.mention_only = True
    f = put_field(d, "public", [])
    gian(d, "내부결재" if R.random() < .5 else "각 부서장", "업무용 PC 및 행정포털 비밀번호 정기 변경 안내",
         ["1. 개인정보 및 정보시스템 보호를 위하여 비밀번호를 분기마다 변경하여야 합니다.",
          "2. 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 하고, 생년월일·전화번호 등 추측하기 쉬운 값은 사용하지 않습니다.",
          "3. 변경 기한: %s까지 / 미변경 시 계정 잠금" % dstr(y, 0),
          "4. '비밀번호'는 보안업무규정상 비밀과 무관하므로 문서 분류 시 혼동하지 않도록 합니다."], field=f)
    d.cue("비밀번호(≠비밀)", "title+body")
    return d.label("public", [], deciding="비밀번호 변경 안내", reason="mention-only: '비밀번호'")

def t_personnel_grade():
    y = yr(1996, 2026); a = agency(["central"]); d = Doc("t_personnel_grade", "인사발령", y, a)
    d.mention_only = True
    d.p("%s 인사발령" % a[0], "", "%s 자" % dstr(y, 3), "")
    rows = [["성명", "현 직위", "발령 사항"]]
    for _ in range(R.randint(3, 7)):
        rows.append([name(), R.choice(["부이사관(3급)", "서기관(4급)", "관리관(1급)", "이사관(2급)", "고위공무원(나등급)"]) + " " + dept(a) + "장",
                     R.choice(["%s장에 보함" % dept(a), "3급으로 승진임용", "%s 파견을 명함" % R.choice(["국무조정실", "행정안전부", "국립외교원"]), "2급 상당 직위에 보함"])])
    d.t(rows)
    d.p("", a[1])
    d.cue("1급·2급·3급 = 공무원 계급", "table")
    return d.label("public", [], deciding="공무원 인사발령(직무 정보); '3급'은 비밀 등급 아님", reason="personnel order naming officials; grade mention-only")

def t_stats():
    y = yr(1999, 2026); a = agency(); d = Doc("t_stats", "통계", y, a)
    k = R.randint(0, 3)
    if k == 0:
        d.mention_only = True
        d.p("%d년 정보공개 청구 처리 현황" % (y - 1), "(단위: 건, %)", "")
        rows = [["구분", "청구", "공개", "부분공개", "비공개", "비율"]]
        for q in ["1분기", "2분기", "3분기", "4분기"]:
            rows.append([q, str(R.randint(200, 900)), str(R.randint(100, 600)), str(R.randint(20, 200)), str(R.randint(5, 80)), "%.1f" % R.uniform(80, 97)])
        d.t(rows)
        d.p("", "비공개 사유별: 제1호 %d건, 제4호 %d건, 제5호 %d건, 제6호 %d건, 제7호 %d건" % tuple(R.randint(1, 90) for _ in range(5)),
            "※ 비공개 결정 %d건 중 대외비 문서 관련 %d건 포함" % (R.randint(10, 80), R.randint(1, 9)))
        d.cue("비공개 사유별 건수, 대외비 언급", "body")
    elif k == 1:
        d.p("%s 화재 발생 현황(%d년)" % (a[0], y - 1), "")
        rows = [["월", "건수", "인명피해(사망)", "인명피해(부상)", "재산피해(천원)"]]
        for m in range(1, 13):
            rows.append(["%d월" % m, str(R.randint(3, 40)), str(R.randint(0, 2)), str(R.randint(0, 9)), won(10**4, 9 * 10**5, 1)])
        d.t(rows)
        d.p("자료: %s 화재조사 통계(확정치)" % R.choice(["다온소방서", "소방청 국가화재정보시스템", a[0]]))
    elif k == 2:
        d.p("%d년 %s 민원 처리 통계" % (y, a[0]), "")
        d.t([["민원 유형", "접수", "처리", "평균처리일수"]] + [[t, str(R.randint(100, 8000)), str(R.randint(100, 8000)), "%.1f" % R.uniform(1, 14)] for t in ["여권", "건축 인허가", "가족관계", "지방세", "복지 신청"]])
    else:
        d.p("[통계표] %s 주민등록인구 및 세대 현황 (%d. 12. 31. 기준)" % (a[0], y - 1), "")
        d.t([["읍면동", "세대", "인구(계)", "남", "여", "65세 이상"]] + [[dn, str(R.randint(900, 20000)), str(R.randint(2000, 50000)), str(R.randint(1000, 25000)), str(R.randint(1000, 25000)), str(R.randint(200, 9000))] for dn in ["중앙동", "솔내동", "한빛동", "다온읍", "새터면"]])
        d.p("※ 통계법 제33조에 따라 개별 응답 자료는 제공하지 않습니다.")
        d.cue("통계법 제33조(개별자료 비공개) 언급", "footer")
    d.cue("집계 통계", "table")
    return d.label("public", [], deciding="집계 통계, 개인 식별 불가", reason="aggregate statistics")

def t_interp():
    y = yr(2005, 2026); a = agency(["central"]); d = Doc("t_interp", "법령해석·질의회신", y, a)
    q = R.choice([
        ("갑 주식회사가 제출한 입찰 제안서 중 원가 산출 내역을 정보공개 청구인에게 공개하여야 하는지",
         "법인의 경영상·영업상 비밀에 해당하여 공개될 경우 정당한 이익을 현저히 해칠 우려가 있다면 %s에 따라 비공개할 수 있으나, 낙찰자 명칭과 계약 금액은 공개 대상임" % oida_cite(7, y)),
        ("공무원 A의 징계 처분 결과를 같은 부서 직원 B가 청구한 경우 공개 범위",
         "징계 대상자의 성명 등 개인을 식별할 수 있는 부분은 %s에 해당하므로 이를 제외하고 징계 사유의 유형과 처분 수준만 공개할 수 있음" % oida_cite(6, y)),
        ("지방자치단체가 주민등록번호를 수집하여 민원서류에 기재할 수 있는지",
         "「개인정보 보호법」 제24조의2에 따라 법령에서 구체적으로 허용한 경우에만 처리할 수 있으므로, 근거 법령이 없는 서식에서는 생년월일로 대체하여야 함"),
        ("을이 작성한 민원 서류에 포함된 제3자 병(丙)의 질병 정보를 을에게 다시 제공할 수 있는지",
         "건강에 관한 정보는 「개인정보 보호법」 제23조의 민감정보이므로 병의 별도 동의 또는 법령상 근거가 없으면 제공할 수 없음"),
        ("대외비로 관리하던 회의 자료를 보호기간 경과 후 공개 청구 받은 경우",
         "보호기간이 지나면 일반문서로 재분류되므로 %s 등 개별 비공개 사유가 있는지만 다시 판단하여야 함" % oida_cite(5, y))])
    d.mention_only = "대외비" in q[0]
    d.p("%s 질의회신" % a[0], "", "【질의요지】", q[0], "", "【회신내용】", q[1], "", "【관련법령】",
        "  - 「공공기관의 정보공개에 관한 법률」 제9조", "  - 「개인정보 보호법」 제23조, 제24조", "",
        "회신일자: %s  /  회신부서: %s" % (dstr(y, 0), dept(a)))
    d.cue("익명화된 갑/을/A/B", "body")
    return d.label("public", [], deciding="익명화된 법령 해석", reason="anonymised legal interpretation; exemption codes only cited")

def t_plain_gongmun():
    y = yr(1995, 2026); a = agency(); d = Doc("t_plain_gongmun", "일반 공문", y, a)
    f = put_field(d, "public", [])
    subj = R.choice([("%d년 %s 회의 개최 알림" % (y, R.choice(["지역안전관리위원회", "주민자치 실무", "정보공개심의회", "기록관리 담당자"])),
                      ["1. %s 회의를 아래와 같이 개최하오니 관계 공무원께서는 참석하여 주시기 바랍니다." % R.choice(["상반기", "정기", "제2차"]),
                       "  가. 일시: %s 14:00" % dstr(y, 0), "  나. 장소: %s 3층 소회의실" % a[0], "  다. 안건: 추진 실적 점검 및 하반기 계획 협의"]),
                     ("청사 %s 공사에 따른 주차장 일부 통제 안내" % R.choice(["외벽 도장", "승강기 교체", "옥상 방수"]),
                      ["1. 공사 기간 중 청사 주차장 일부 구역(A·B동 앞)을 통제하오니 양해 바랍니다.", "2. 기간: %s ~ 3주간" % dstr(y, 0)]),
                     ("%s 교육 참석 협조 요청" % R.choice(["청렴", "적극행정", "개인정보 보호", "성희롱 예방"]),
                      ["1. 관련: %s-%d" % (dept(a), R.randint(100, 9999)), "2. 위 교육을 아래와 같이 실시하니 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다.", "  - 대상: 6급 이하 공무원 / 시간: 2시간"]),
                     ("%d년도 예산 편성 지침 통보" % (y + 1), ["1. %d년도 예산안 편성을 위한 지침을 붙임과 같이 통보합니다." % (y + 1), "2. 부서별 요구서는 기한 내 제출하시기 바랍니다.", "붙임  예산 편성 지침 1부."])])
    gian(d, R.choice(["수신자 참조", "각 읍·면·동장", "각 실·과·소장", a[0] + "장(%s과장)" % R.choice(["총무", "행정"])]), subj[0], subj[1], field=f)
    d.cue(f or "(1998년 이전: 필드 없음)", "footer")
    return d.label("public", [], deciding="일상 행정 공문, 개인정보 없음", reason="routine official letter")

def t_expense():
    y = yr(2011, 2026); a = agency(["local", "edu"]); d = Doc("t_expense", "업무추진비 공개", y, a)
    d.p("%s %d년 %d월 %s 업무추진비 집행내역" % (a[0], y, R.randint(1, 12), R.choice(["시장", "부시장", "기관장", "국장단"])), "")
    rows = [["집행일시", "집행장소", "집행목적", "대상인원", "금액(원)", "결제방법"]]
    for _ in range(R.randint(4, 9)):
        rows.append([dstr(y, 1) + " %02d:%02d" % (R.randint(11, 20), R.randint(0, 59)), R.choice(["○○식당", "한빛한정식", "청사 구내식당", "다온국밥", "솔내카페"]),
                     R.choice(["시정 현안 협의 간담회", "유관기관 업무협의", "재난 대응 직원 격려", "언론 관계자 간담회"]), "%d명" % R.randint(3, 20), won(30000, 600000, 100), "카드"])
    d.t(rows)
    d.p("※ 「%s 업무추진비 집행기준」에 따라 매월 공개합니다." % R.choice(["지방자치단체 회계관리에 관한 훈령", "지방자치단체"]))
    d.cue("법정 공개 목록", "table")
    return d.label("public", [], deciding="법령·지침상 공개 의무 목록", reason="mandated disclosure list")

def t_contract_list():
    y = yr(2009, 2026); a = agency(["local", "central", "edu"]); d = Doc("t_contract_list", "수의계약 내역 공개", y, a)
    d.p("%d년 %d월 수의계약 체결 현황" % (y, R.randint(1, 12)), a[0] + " " + dept(a), "")
    rows = [["계약명", "계약상대자", "대표자", "계약금액", "수의계약 사유"]]
    for _ in range(R.randint(3, 6)):
        rows.append([R.choice(["청사 방역 소독", "차량 정비", "현수막 제작", "전산장비 유지보수", "행사 음향 임차"]), "(주)" + R.choice(["한빛", "누리", "가온", "솔내", "다온"]) + R.choice(["기술", "산업", "엔지니어링", "기획"]),
                     name(), won(3 * 10**6, 2 * 10**7, 10**4), R.choice(["2천만원 이하", "1인 견적", "재난 복구"])])
    d.t(rows)
    d.p("(「지방자치단체를 당사자로 하는 계약에 관한 법률」 등에 따른 공개)")
    d.cue("계약상대자 대표자 성명 (법정 공개 항목)", "table")
    return d.label("public", [], deciding="법정 공개 계약정보; 대표자 성명은 공개 대상으로 판단", reason="mandated procurement disclosure")

def t_audit_public():
    y = yr(2006, 2026); a = agency(["local", "edu", "central"]); d = Doc("t_audit_public", "감사결과 공개", y, a)
    d.p("%d년 %s 종합감사 결과" % (y, R.choice(["다온군", "한솔구", "새벽초등학교", "가람시 시설관리공단"])), "%s 감사담당관" % a[0], "",
        "1. 감사 개요: %s ~ 5일간, 감사반 %d명" % (dstr(y, 0), R.randint(4, 12)), "2. 감사 결과 요약: 시정 %d건, 주의 %d건, 개선 %d건, 징계 요구 %d명" % (R.randint(1, 9), R.randint(1, 15), R.randint(0, 4), R.randint(0, 3)), "")
    d.t([["번호", "제목", "조치", "관련자"]] + [[str(i + 1), R.choice(["계약 업무 부적정", "보조금 정산 소홀", "초과근무수당 부당 수령", "공유재산 무단 사용 방치"]), R.choice(["주의", "시정", "훈계", "경징계"]), R.choice(["주무관 A", "팀장 B", "○○팀 담당자", "관계공무원"])] for i in range(R.randint(2, 5))])
    d.p("", "※ 관련자 인적사항은 %s에 따라 비공개 처리함" % oida_cite(6, y))
    d.cue("관련자 익명(A/B), 비공개 조항 언급", "table+footer")
    return d.label("public", [], deciding="이미 익명화된 공개본 감사결과", reason="published audit result with anonymised persons")

def t_kogl():
    y = yr(2013, 2026); a = agency(); d = Doc("t_kogl", "간행물", y, a)
    d.p("%s %s" % (a[0], R.choice(["생활안전 가이드북", "주민 행정서비스 안내", "기록관 소장자료 해제집", "적극행정 우수사례집"])), "발간등록번호 %d-%07d-%06d-%02d" % (R.randint(11, 79), R.randint(1000000, 9999999), R.randint(0, 999999), R.randint(1, 14)), "",
        "목차", "Ⅰ. 발간 배경 ……… 3", "Ⅱ. 주요 내용 ……… 7", "Ⅲ. 참고 자료 ……… 41", "",
        "이 책에 실린 사례는 주민이 이해하기 쉽도록 각색하였으며 실제 인물과 관계가 없습니다.", "",
        R.choice(["[공공누리 제1유형] 출처표시", "공공누리 제3유형(출처표시+변경금지)", "본 저작물은 '공공누리' 제4유형으로 개방한 저작물을 이용하였으며 %s에서 무료로 내려받을 수 있습니다." % a[0]]),
        "※ 「저작권법」 제24조의2(공공저작물의 자유이용)에 따라 이용 가능")
    d.cue("공공누리 유형 표시", "last lines")
    return d.label("public", [], deciding="발간 간행물", reason="published guide with KOGL licence")

def t_records_reclass():
    y = yr(2005, 2026); a = agency(["central", "local"]); d = Doc("t_records_reclass", "기록물 공개 재분류", y, a)
    d.mention_only = True
    d.p("%d년 비공개 기록물 공개 재분류 결과 공개" % y, a[0] + " 기록관", "",
        "「공공기록물 관리에 관한 법률」 제35조에 따라 생산 후 30년이 지난 비공개 기록물 등을 재분류한 결과를 다음과 같이 알립니다.", "")
    rows = [["생산연도", "기록물철 제목", "종전 구분", "재분류 결과"]]
    for _ in range(R.randint(3, 7)):
        rows.append([str(R.randint(1962, y - 30)), R.choice(["민방위 대피시설 현황", "새마을사업 추진 실적", "향토예비군 육성 지원", "도시계획 입안 검토", "공무원 징계 관계철"]),
                     R.choice(["비공개(1)", "비공개(5)", "비공개(2)", "대외비"]), R.choice(["공개", "부분공개(6)", "비공개 유지(6)"])])
    d.t(rows)
    d.cue("종전 구분 비공개/대외비 언급", "table")
    return d.label("public", [], deciding="재분류 결과 목록 자체는 공개", reason="list of reclassified records, mention-only")

def t_committee_minutes():
    y = yr(2004, 2026); a = agency(["local"]); d = Doc("t_committee_minutes", "위원회 회의록", y, a)
    cm = R.choice(["도시계획위원회", "지방재정계획심의위원회", "정보공개심의회", "경관위원회"])
    f = put_field(d, "public", [])
    d.p("%d년 제%d회 %s %s 회의록" % (y, R.randint(1, 12), a[0], cm), "", "일시: %s 15:00 / 장소: %s 대회의실" % (dstr(y, 0), a[0]),
        "참석: 위원장 %s(부시장), 위원 %s, %s, %s 등 %d명" % (name(), name(), name(), name(), R.randint(9, 18)), "",
        "안건 1. %s" % R.choice(["○○지구 지구단위계획 변경(안)", "%d년 중기지방재정계획(안)" % (y + 1), "이의신청 3건 심의"]),
        "  - 간사(%s 과장) 제안 설명" % dept(a), "  - 위원 질의: 교통 영향에 대한 보완 필요 여부", "  - 의결: 조건부 가결", "",
        "※ 이 회의록은 공개 원칙에 따라 누리집에 게시함. %s" % (f or ""))
    d.cue("공개 회의록, 위원 성명(공적 지위)", "body")
    return d.label("public", [], deciding="공개 위원회 회의록; 위원은 공적 역할", reason="published committee minutes")

def t_overclassified():
    y = yr(2005, 2026); a = agency(); d = Doc("t_overclassified", "일반 공문", y, a)
    n = R.choice([5, 6, 2])
    f = put_field(d, "non_public", [n])
    d.stated_disagrees = True
    gian(d, R.choice(["각 부서장", "수신자 참조"]), R.choice(["%d년 직원 체육행사 개최 안내" % y, "청사 구내식당 운영시간 변경 알림", "민원실 번호표 발급기 교체 안내", "하계휴가 분산 실시 안내"]),
         ["1. %s를 아래와 같이 알려드리니 업무에 참고하시기 바랍니다." % R.choice(["일정", "변경 사항", "운영 계획"]), "  가. 일시: %s" % dstr(y, 0), "  나. 대상: 전 직원", "  다. 기타: 세부사항은 총무과로 문의"], field=f)
    d.cue(f, "footer (stated 비공개)")
    return d.label("public", [], deciding="내용상 비공개 사유 없음; 기재된 공개구분은 과잉", reason="stated non-public but content is routine → public")

def t_training():
    y = yr(1997, 2026); a = agency(["fire", "local", "health", "edu"]); d = Doc("t_training", "교육·훈련 자료", y, a)
    t = R.choice(["소화기·옥내소화전 사용법 실습", "민원 응대 매뉴얼(폭언·폭행 대응)", "심폐소생술 교육", "감염병 대응 모의훈련 시나리오(도상)", "지진 대피 요령"])
    d.p("%s" % t, "%s %s  |  %d" % (a[0], dept(a), y), "", "1. 교육 목표", "  - 현장에서 즉시 활용할 수 있는 기본 절차 숙지", "2. 진행 순서")
    d.t([["시간", "내용", "강사"], ["10:00~10:20", "이론(영상)", "%s 교관" % R.choice(["소방위", "주무관", "간호사"])], ["10:20~11:00", "실습", "현장대응단"], ["11:00~11:10", "평가 및 설문", "-"]])
    d.p("3. 유의사항: 실습 중 부상에 유의하고, 교육 결과는 개인별로 기록하지 않습니다.")
    return d.label("public", [], deciding="교육자료", reason="training material")

def t_disposition_pub():
    y = yr(2010, 2026); a = agency(["local"]); d = Doc("t_disposition_pub", "위반업소 공표", y, a)
    d.p("식품위생법 위반업소 행정처분 공표", "%s %s" % (a[0], R.choice(["환경위생과", "식품안전과"])), "", "「식품위생법」 제84조에 따라 행정처분이 확정된 영업소를 다음과 같이 공표합니다.")
    d.t([["업소명", "소재지", "업종", "위반내용", "처분내용"]] + [[R.choice(["가온분식", "솔내치킨", "다온반점", "한빛마트", "새터횟집"]), "%s %s %d" % (a[0], R.choice(ROADS), R.randint(1, 300)), R.choice(["일반음식점", "휴게음식점", "즉석판매제조가공업"]), R.choice(["유통기한 경과 제품 보관", "건강진단 미실시", "영업자 준수사항 위반"]), R.choice(["영업정지 7일", "과태료 30만원", "시정명령"])] for _ in range(R.randint(3, 6))])
    d.cue("업소명·소재지(법정 공표)", "table")
    return d.label("public", [], deciding="법정 공표 목록, 개인 대표자 정보 없음", reason="mandated public list of businesses")

def t_secaudit_summary():
    y = yr(2010, 2026); a = agency(["central", "local"]); d = Doc("t_secaudit_summary", "보안감사 결과 요약", y, a)
    d.mention_only = True
    d.p("%d년 %s 보안감사 결과 요약(공개용)" % (y, a[0]), "",
        "○ 점검 분야: 문서보안(대외비·비밀 관리), 정보통신보안, 시설보안",
        "○ 주요 지적: 비밀관리기록부 기재 누락 %d건, 대외비 문서 보호기간 미표시 %d건, PC 보안 미흡 %d건" % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 30)),
        "○ 조치: 관련 부서 주의 및 보안교육 실시(세부 내용과 취약 지점은 공개하지 않음)", "", "%s 보안담당관" % a[0])
    d.cue("대외비·비밀 관리 지적 건수", "body")
    return d.label("public", [], deciding="공개용 요약, 세부 취약점 없음", reason="public summary mentioning markings")

def t_recruit():
    y = yr(2002, 2026); a = agency(); d = Doc("t_recruit", "채용 공고", y, a)
    d.p("%s %s 채용 공고" % (a[0], R.choice(["기간제근로자", "시간선택제 임기제공무원", "공무직(환경미화)", "보건소 방문간호사"])), "",
        "1. 채용분야 및 인원: %d명" % R.randint(1, 8), "2. 응시자격: 공고일 현재 %s에 주민등록이 되어 있는 사람 등" % a[0],
        "3. 제출서류: 응시원서(소정 양식), 개인정보 수집·이용 동의서, 자격증 사본",
        "   ※ 응시원서에는 주민등록번호 대신 생년월일만 적습니다.",
        "4. 접수: %s ~ 7일간 / 문의: %s %s" % (dstr(y, 0), dept(a), tel(a[4])))
    return d.label("public", [], deciding="채용 공고", reason="job announcement")

# ================================================================ PARTIAL templates
def t_civil_reply():
    y = yr(1996, 2026); a = agency(["local", "edu", "police", "fire"]); d = Doc("t_civil_reply", "민원 처리 결과 통지", y, a)
    nm, ad, ph = name(), addr(), mobile()
    f = put_field(d, "partial", [6]) if R.random() < .5 else None
    gian(d, "%s 귀하 (%s)" % (nm, ad), "민원(%s) 처리 결과 알림" % R.choice(["도로 파손 보수 요청", "불법 주정차 단속 요청", "가로등 고장 신고", "통학로 안전시설 설치", "소음 피해"]),
         ["1. 귀하께서 %s %s(연락처 %s)로 제출하신 민원에 대한 검토 결과를 알려드립니다." % (dstr(y, 3), R.choice(["국민신문고", "방문", "전화"]), ph),
          "2. 현장 확인 결과 해당 구간은 %s 예정이며, 완료 시 별도로 알려드리겠습니다." % R.choice(["다음 달 보수", "연내 정비", "예산 확보 후 설치"]),
          "3. 처리 결과에 이의가 있으면 「민원 처리에 관한 법률」에 따라 이의신청을 할 수 있습니다."], field=f)
    d.cue("민원인 성명·주소·휴대전화", "수신/body")
    if f: d.cue(f, "footer")
    return d.label("partial", O(6), deciding="민원인 개인정보만 가리면 공개 가능", reason="reply to a citizen: remove personal data")

def t_partial_field():
    y = yr(2005, 2026); a = agency(); d = Doc("t_partial_field", "협조 공문", y, a)
    f = put_field(d, "partial", [6])
    rows = [["성명", "소속/주소", "연락처", "비고"]] + [[name(), addr(), mobile(), R.choice(["강사", "자원봉사", "참가", "통역"])] for _ in range(R.randint(2, 6))]
    gian(d, "수신자 참조", R.choice(["%s 행사 자원봉사자 활동 실적 통보" % R.choice(["가을 축제", "마라톤 대회", "청소년 박람회"]), "주민 강사 위촉 명단 통보", "재난 대비 훈련 참가자 명단 제출"]),
         ["1. %s와 관련하여 명단을 아래와 같이 통보합니다." % R.choice(["행사 운영", "활동 실적 인정", "보험 가입"]), "2. 명단은 해당 업무 외의 목적으로 사용할 수 없습니다."], field=f)
    d.t(rows)
    d.cue(f, "footer").cue("명단(성명·주소·휴대전화)", "table")
    return d.label("partial", O(6), deciding="공문 본문은 공개, 명단만 가림", reason="stated 부분공개(6) agrees with content")

def t_subsidy():
    y = yr(2008, 2026); a = agency(["local"]); d = Doc("t_subsidy", "보조금 교부 결정", y, a)
    d.p("%d년 %s 보조금 교부 결정" % (y, R.choice(["농기계 구입 지원", "소규모 주택 집수리", "경로당 난방비", "귀농인 정착 지원"])), "%s %s" % (a[0], dept(a)), "",
        "1. 「%s 보조금 관리 조례」에 따라 아래와 같이 보조금 교부를 결정합니다." % a[0], "2. 교부 대상 및 금액")
    rows = [["연번", "성명", "주소", "금액(원)", "입금 은행", "계좌번호"]]
    for i in range(R.randint(3, 7)):
        bk, ac = account()
        rows.append([str(i + 1), name(), addr(a[0] if a[0] != "서해시 한솔구" else None), won(300000, 9000000, 10000), bk, ac])
    d.t(rows)
    d.p("3. 보조사업자는 사업 완료 후 30일 이내에 정산 보고서를 제출하여야 합니다.")
    d.cue("개인 수령자 성명·주소·계좌", "table")
    return d.label("partial", O(6), deciding="결정 자체는 공개, 수령자 개인정보 가림", reason="grant decision listing private recipients")

def t_contract_rrn():
    y = yr(1996, 2016); a = agency(["local", "central", "edu"]); d = Doc("t_contract_rrn", "계약서", y, a)
    nm, r = name(), rrn()
    bk, ac = account()
    d.p("%s 용역 계약서" % R.choice(["학술연구", "홍보영상 제작", "청사 청소", "설계"]), "", "발주기관(갑): %s" % a[0],
        "계약상대자(을): %s %s (대표 %s)" % (R.choice(["한빛", "솔내", "가온"]), R.choice(["기획", "디자인", "환경"]), nm))
    d.t([["구분", "내용"], ["계약금액", "금 %s원정" % won(10**7, 3 * 10**8, 10**5)], ["계약기간", "%s ~ %s" % (dstr(y, 0), dstr(y, 0))],
         ["대표자 주민등록번호", r], ["사업장 소재지", addr()], ["대금 지급 계좌", "%s %s (예금주 %s)" % (bk, ac, nm)]])
    d.p("", "위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.", dstr(y, 3), "갑 %s (인)   을 %s (인)" % (a[1], nm))
    d.cue("대표자 주민등록번호(비마스킹)", "table")
    return d.label("partial", O(6) + ["PIPA-24"], deciding="계약서는 공개 대상, 개인 대표자 RRN·계좌는 가림", reason="contract with sole-proprietor RRN")

def t_mislabeled():
    y = yr(2005, 2026); a = agency(["local", "edu"]); d = Doc("t_mislabeled", "자료 송부 공문", y, a)
    f = put_field(d, "public", [])
    d.stated_disagrees = True
    gian(d, R.choice(["%s 국민연금공단 지사장" % a[0], "%s 건강보험 담당" % a[0], "수신자 참조"]), R.choice(["일용근로자 소득 신고 자료 송부", "명예 감시원 수당 지급 대상자 통보", "공공근로 참여자 보험 가입 요청"]),
         ["1. 아래 대상자의 자료를 송부하니 업무 처리에 활용하시기 바랍니다.", "붙임 대상자 명단 1부.  끝."], field=f)
    rows = [["성명", "주민등록번호", "은행", "계좌"]]
    for _ in range(R.randint(2, 6)):
        bk, ac = account(); rows.append([name(), rrn(valid=R.random() < .7), bk, ac])
    d.t(rows)
    d.cue(f, "footer (stated 공개)").cue("주민등록번호 전체·계좌", "table")
    return d.label("partial", O(6) + ["PIPA-24"], deciding="내용(전체 주민번호)이 기재된 공개구분보다 우선", reason="stated 공개 but full RRNs → partial")

def t_resident_meeting():
    y = yr(2003, 2026); a = agency(["local"]); d = Doc("t_resident_meeting", "주민설명회 회의록", y, a)
    d.p("%s 주민설명회 결과 보고" % R.choice(["○○근린공원 조성사업", "하수처리장 증설", "공영차고지 이전", "도시재생 뉴딜사업"]), "일시 %s / 장소 %s 주민센터" % (dstr(y, 0), R.choice(["솔내동", "한빛동", "다온읍"])), "", "■ 주요 질의 및 답변")
    for _ in range(R.randint(2, 4)):
        nm = name()
        d.p("○ 주민 %s(%s, %s): %s" % (nm, R.choice(["%s %d" % (R.choice(ROADS), R.randint(1, 300)), "%s아파트 %d동" % (R.choice(["한빛", "새터", "가온"]), R.randint(101, 112))]), mobile(),
                                       R.choice(["공사 기간 중 소음 대책이 있습니까?", "보상 기준이 언제 확정됩니까?", "통학로 안전은 어떻게 확보합니까?"])),
            "  → 답변(%s 팀장): %s" % (dept(a), R.choice(["저소음 공법을 적용하겠습니다.", "감정평가 후 개별 통지합니다.", "안전요원을 배치하겠습니다."])))
    d.p("", "■ 향후 조치: 제기 의견 검토 후 실시설계에 반영")
    d.cue("발언 주민 성명·주소·휴대전화", "body")
    return d.label("partial", O(6), deciding="회의 내용은 공개, 주민 인적사항 가림", reason="public-hearing minutes with resident PII")

def t_compensation():
    y = yr(1995, 2026); a = agency(["local", "central"]); d = Doc("t_compensation", "손실보상 협의", y, a)
    d.p("%s 편입토지 손실보상 협의 결과" % R.choice(["국도 %d호선 확장" % R.randint(1, 80), "○○천 정비사업", "산업단지 진입도로"]), "", "1. 협의 현황")
    rows = [["소재지(지번)", "지목", "면적(㎡)", "소유자", "주소", "보상금(원)", "협의"]]
    for _ in range(R.randint(3, 7)):
        rows.append(["%s %s리 %d-%d" % (R.choice(["다온읍", "새터면", "솔내면"]), R.choice(["가", "하", "송", "대"]) + "곡", R.randint(1, 900), R.randint(1, 20)), R.choice(["답", "전", "대", "임야"]),
                     str(R.randint(30, 3000)), name(), addr(), won(2 * 10**6, 9 * 10**8, 1000), R.choice(["완료", "미협의", "수용재결 신청"])])
    d.t(rows)
    d.p("2. 미협의 토지는 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」에 따라 수용재결을 신청할 예정임.")
    d.cue("소유자 성명·주소·보상금", "table")
    return d.label("partial", O(6), deciding="사업 정보 공개, 소유자 인적사항 가림", reason="land compensation with owner PII")

def t_appoint_member():
    y = yr(2004, 2026); a = agency(); d = Doc("t_appoint_member", "위원 위촉", y, a)
    f = put_field(d, "partial", [6]) if R.random() < .4 else None
    gian(d, "내부결재", "%s 위원 위촉(안)" % R.choice(["정보공개심의회", "인사위원회 외부", "지방보조금심의위원회", "청렴 시민감사관"]),
         ["1. 관련 조례에 따라 아래 사람을 위원으로 위촉하고자 합니다.", "2. 임기: 위촉일부터 2년"], field=f)
    rows = [["성명", "생년월일", "주소", "직업", "수당 지급 계좌"]]
    for _ in range(R.randint(2, 5)):
        bk, ac = account(); rows.append([name(), dob(), addr(), R.choice(["변호사", "대학교수", "세무사", "주민대표"]), bk + " " + ac])
    d.t(rows)
    d.cue("외부 위원 생년월일·주소·계좌", "table")
    return d.label("partial", O(6), deciding="위촉 결정은 공개, 개인 식별정보 가림", reason="committee appointment with personal data")

def t_old_personnel():
    y = yr(1995, 2003); a = agency(["local", "central"]); d = Doc("t_old_personnel", "인사발령(구서식)", y, a)
    d.p("인 사 발 령", "%s 제%d-%d호" % (a[0], y, R.randint(1, 300)), "")
    rows = [["소속", "직급", "성명", "주민등록번호", "발령사항"]]
    for _ in range(R.randint(2, 6)):
        rows.append([dept(a), R.choice(["지방행정서기", "행정주사보", "지방행정주사", "기능8급"]), name(), rrn(R.randint(1950, 1975)), R.choice(["전보", "승진임용", "신규임용", "휴직"])])
    d.t(rows)
    d.p("", "%s" % dstr(y, 0), a[1])
    d.cue("구서식: 주민등록번호 기재", "table")
    return d.label("partial", O(6) + ["PIPA-24"], deciding="발령사항 공개, 주민번호만 가림", reason="old-style personnel order with RRNs")

def t_disposition_notice():
    y = yr(2002, 2026); a = agency(["local"]); d = Doc("t_disposition_notice", "행정처분 통지", y, a)
    nm = name()
    gian(d, "%s 귀하 (%s, %s)" % (nm, R.choice(["가온분식", "솔내약국", "다온카센터", "한빛노래연습장"]), addr()), "행정처분(%s) 사전통지" % R.choice(["영업정지", "과징금 부과", "경고"]),
         ["1. 귀 업소는 %s 점검에서 %s 사실이 확인되었습니다." % (dstr(y, 0), R.choice(["청소년 출입시간 위반", "유통기한 경과 제품 진열", "미신고 영업"])),
          "2. 「행정절차법」 제21조에 따라 처분 전에 의견을 제출할 수 있으며, 기한 내 제출이 없으면 의견이 없는 것으로 봅니다.",
          "3. 영업자 연락처: %s" % mobile()])
    d.cue("개인 영업자 성명·주소·휴대전화", "수신/body")
    return d.label("partial", O(6), deciding="처분 내용 공개, 개인 영업자 정보 가림", reason="disposition notice to an individual trader")

def t_audit_named():
    y = yr(2004, 2026); a = agency(["local", "edu"]); d = Doc("t_audit_named", "감사 처분요구서", y, a)
    d.p("처 분 요 구 서", "", "제목: %s" % R.choice(["공사 감독 소홀", "물품 구매 절차 위반", "출장비 과다 지급"]), "대상기관: %s" % R.choice(["다온군 새터면", "새벽중학교", "한솔구 시설관리과"]), "",
        "1. 내용: %s 관계 서류를 확인한 결과 검수 절차를 거치지 않고 대금을 지급하였다." % dstr(y, 0), "2. 처분 요구: 주의(기관), 관련자 훈계")
    d.t([["직급", "성명", "비위 정도", "처분"], [R.choice(["행정6급", "시설7급", "주무관"]), name(), "경과실", "훈계"], ["행정5급", name(), "감독 소홀", "주의"]])
    d.cue("관련 공무원 실명(징계성 처분)", "table")
    return d.label("partial", O(6), deciding="감사 결과는 공개, 관련자 실명은 비직무 개인정보로 가림", reason="final audit demand naming officials")

def t_overclassified_partial():
    y = yr(2006, 2026); a = agency(); d = Doc("t_overclassified_partial", "심사 결과 통보", y, a)
    f = put_field(d, "non_public", [6]); d.stated_disagrees = True
    nm = name()
    gian(d, "수신자 참조", R.choice(["주민 제안 심사 결과 통보", "모범 공무원·시민 표창 대상자 추천", "자원봉사 우수자 시상 계획"]),
         ["1. %s 심사 결과를 아래와 같이 통보합니다." % R.choice(["%d년 상반기" % y, "제%d회" % R.randint(2, 30)]),
          "2. 선정: %s(%s, %s) - %s" % (nm, addr(), mobile(), R.choice(["최우수", "우수", "장려"])), "3. 시상은 월례조회 시 실시합니다."], field=f)
    d.cue(f, "footer (stated 비공개)").cue("선정자 1명의 주소·휴대전화", "body")
    return d.label("partial", O(6), deciding="개인정보만 가리면 나머지 공개 가능 → 부분공개", reason="stated 비공개(6) overclaims; partial suffices")

def t_bid_eval():
    y = yr(2008, 2026); a = agency(["central", "local"]); d = Doc("t_bid_eval", "제안서 평가 결과", y, a)
    d.p("%s 제안서 기술평가 결과" % R.choice(["통합관제센터 고도화", "민원 챗봇 구축", "공공와이파이 확대"]), "", "1. 평가 결과(종합)")
    cos = ["(주)" + c for c in R.sample(["한빛정보", "누리시스템", "가온데이터", "솔내ICT", "다온텍"], 3)]
    d.t([["업체", "기술점수", "가격점수", "합계", "순위"]] + [[c, "%.2f" % R.uniform(60, 88), "%.2f" % R.uniform(8, 10), "", str(i + 1)] for i, c in enumerate(cos)])
    d.p("2. 업체별 원가 산출 내역(제출 자료)",
        "  - %s: 인건비 단가(특급) %s원/월, 장비 공급 단가 %s원, 마진율 %d%%" % (cos[0], won(6 * 10**6, 12 * 10**6, 1000), won(10**6, 9 * 10**7, 1000), R.randint(5, 18)),
        "  - %s: 하도급 비율 %d%%, 핵심 솔루션 라이선스 원가 %s원" % (cos[1], R.randint(10, 50), won(10**6, 5 * 10**7, 1000)),
        "3. 우선협상대상자: %s" % cos[0])
    d.cue("업체별 원가·단가·마진율", "body")
    return d.label("partial", O(7), deciding="평가 결과 공개, 업체 원가 정보는 영업상 비밀로 가림", reason="bid evaluation with trade secrets")

def t_petition_masked():
    y = yr(2012, 2026); a = agency(["local", "central", "police"]); d = Doc("t_petition_masked", "진정 처리 결과", y, a)
    nm = name(); r = mask_rrn(rrn())
    d.p("진정사건 처리 결과 보고", "", "1. 진정인: %s (%s)" % (nm, r), "2. 진정 요지: %s" % R.choice(["공사장 비산먼지", "악취 민원 장기 미해결", "불친절 응대"]),
        "3. 조사 결과: 관계 부서 현장 확인, 개선 명령 1건", "4. 조치: 진정인에게 결과 통지(%s)" % dstr(y, 0))
    d.cue("마스킹 주민번호 + 성명", "body")
    return d.label("partial", O(6), deciding="마스킹 RRN은 PIPA-24 아님, 성명 등만 가림", reason="masked RRN → -6 only")

def t_foreign_coop():
    y = yr(2010, 2026); a = agency(["local"]); d = Doc("t_foreign_coop", "국제교류 협조 공문", y, a)
    f = put_field(d, "partial", [6]) if R.random() < .5 else None
    gian(d, "%s 출입국·외국인사무소장" % R.choice(["가람", "미르"]), "자매도시 %s 방문단 입국 협조 요청" % R.choice(["중국 ○○시", "베트남 ○○성", "일본 ○○시", "몽골 ○○아이막"]),
         ["1. 우리 시와 자매결연 %d주년 기념 교류 행사와 관련하여 방문단의 입국 편의를 요청합니다." % R.randint(5, 30), "2. 방문단 명단"], field=f)
    rows = [["성명(영문)", "직위", "여권번호", "생년월일"]] + [[R.choice(["WANG LEI", "NGUYEN VAN AN", "TANAKA HIROSHI", "BATBAYAR G."]), R.choice(["부시장", "국장", "통역", "수행원"]), R.choice("EGP") + "%07d" % R.randint(0, 9999999), dob()] for _ in range(R.randint(2, 5))]
    d.t(rows)
    d.cue("여권번호(비마스킹)", "table")
    return d.label("partial", O(6) + ["PIPA-24"], deciding="교류 사실 공개, 여권번호 등 가림", reason="delegation list with passport numbers")

def t_fire_cert():
    y = yr(2005, 2026); a = agency(["fire"]); d = Doc("t_fire_cert", "화재증명원 발급", y, a)
    nm = name()
    d.p("화재증명원", "", "신청인: %s  (연락처 %s)" % (nm, mobile()), "화재 장소: %s" % addr(), "화재 일시: %s %02d:%02d" % (dstr(y, 0), R.randint(0, 23), R.randint(0, 59)),
        "피해 내역: %s, 재산피해 추정 %s천원" % (R.choice(["주택 일부 소실", "차량 1대 전소", "창고 반소"]), won(1000, 90000, 1)), "화재 원인: %s" % R.choice(["전기적 요인(조사 완료)", "부주의(담배꽁초)", "기계적 요인"]),
        "", "위와 같이 화재 사실을 증명합니다.", dstr(y, 3), a[1])
    d.cue("신청인 성명·연락처·주소", "body")
    return d.label("partial", O(6), deciding="증명 내용은 공개 가능, 신청인 정보 가림", reason="fire certificate with applicant PII")

def t_attendees():
    y = yr(2007, 2026); a = agency(); d = Doc("t_attendees", "교육 참가자 명단", y, a)
    d.p("%s 결과 보고" % R.choice(["주민 안전교육", "마을 활동가 양성과정", "어르신 디지털 교육"]), "", "1. 개요: %s, 참석 %d명" % (dstr(y, 0), R.randint(10, 60)), "2. 만족도: %.1f점" % R.uniform(3.5, 4.9), "3. 참가자(일부)")
    d.t([["성명", "생년월일", "휴대전화", "주소"]] + [[name(), dob(), mobile(), addr()] for _ in range(R.randint(3, 6))])
    d.cue("참가자 생년월일·휴대전화", "table")
    return d.label("partial", O(6), deciding="결과 보고 공개, 명단 가림", reason="event report with attendee list")

# ================================================================ NON-PUBLIC: marked
STAMP = {"대외비": ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "< 대 외 비 >"],
         "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "[ Ⅲ급비밀 ]"],
         "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀"],
         "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"]}

def stamp_top(d, s, place):
    """place: top|bottom|both|header|footer|hf|cell"""
    if place in ("header", "hf"):
        d.h(s)
    return place

def marked(d, lvl, body_fn, place=None):
    place = place or R.choice(["top", "both", "both", "header", "hf", "bottom", "cell"])
    s = R.choice(STAMP[lvl])
    if lvl == "대외비" and R.random() < .4:
        s = R.choice(["%d. 12. 31.까지 대외비" % (d.year + R.randint(1, 5)), "대외비(보호기간: %d. 12. 31.까지)" % (d.year + R.randint(1, 5))])
    if place in ("header", "hf"):
        d.h(s)
    if place in ("top", "both"):
        d.p(("          " if R.random() < .5 else "") + s)
    if lvl != "대외비" and R.random() < .8:
        d.p("사본번호: %d / %d" % (R.randint(1, 5), R.randint(5, 9)) if R.random() < .5 else "사본 제 %d 호" % R.randint(1, 9))
    body_fn(d, s, place)
    if lvl != "대외비":
        fate = R.choice(["일반문서로 재분류", "파기", "Ⅲ급비밀로 재분류"]) if lvl != "III급" else R.choice(["일반문서로 재분류", "파기"])
        d.p("", "예고문: %d. %d. %d.까지 %s, 이후 %s" % (d.year + R.randint(1, 10), R.randint(1, 12), R.randint(1, 28), s.strip("[]<> "), fate))
    if place in ("bottom", "both"):
        d.p("", s)
    if place in ("footer", "hf"):
        d.f(s)
    d.cue(s, place)
    d.marking = lvl
    return s

def _cell_stamp(d, s, place):
    if place == "cell":
        d.t([["보안등급", s, "보존기간", R.choice(["10년", "30년", "준영구"])], ["생산부서", d.dept if hasattr(d, "dept") else dept(d.ag), "관리번호", "%d-%03d" % (d.year, R.randint(1, 400))]])

def t_daeoebi_policy():
    y = yr(2000, 2026); a = agency(["central", "local"]); d = Doc("t_daeoebi_policy", "내부 검토 보고", y, a)
    def body(d, s, place):
        _cell_stamp(d, s, place)
        topic = R.choice(["%s 청사 이전 후보지 비교 검토" % a[0], "%d년 조직개편(안) 검토" % (y + 1), "공공요금 인상 시기 검토", "노사 단체교섭 대응 방안", "○○ 광역철도 분담금 협상 대응"])
        d.p(topic, "", "%s  %s" % (dstr(y, 0), dept(a)), "", "1. 검토 배경", "  - %s 관련 %s" % (R.choice(["지역 여론", "상급기관 지시", "의회 질의"]), R.choice(["대응 논리 마련 필요", "사전 입장 정리 필요"])),
            "2. 대안별 검토")
        d.t([["구분", "1안", "2안", "3안"], ["비용", won(10**8, 10**10, 10**6), won(10**8, 10**10, 10**6), won(10**8, 10**10, 10**6)], ["장점", "조기 추진", "민원 최소", "재정 부담 적음"], ["단점", "반발 예상", "지연", "효과 미흡"]])
        d.p("3. 건의: %d안 추진하되 발표 시기는 %s 이후로 조정" % (R.randint(1, 3), R.choice(["선거", "예산 확정", "협상 완료"])), "※ 확정 전 검토 자료로 외부 유출 금지")
    marked(d, "대외비", body)
    reasons = O(5)
    if "청사 이전" in text_of(d):
        reasons = O(5, 8)
    return d.label("non_public", reasons, marking="대외비", deciding="대외비 표시 + 의사결정 과정", reason="대외비 internal review; -5 (no -1 for 대외비)")

def t_daeoebi_inv():
    y = yr(2003, 2026); a = agency(["police", "local", "central"]); d = Doc("t_daeoebi_inv", "수사·감사 자료", y, a)
    def body(d, s, place):
        _cell_stamp(d, s, place)
        k = R.random() < .5
        if k:
            d.p("%s 관련 첩보 처리 보고" % R.choice(["보조금 부정수급", "공사 입찰 담합", "공무원 금품 수수"]), "", "1. 첩보 요지: %s 소재 업체 대표 %s(%s)이 %s" % (a[0], name(), mobile(), R.choice(["허위 정산서 제출", "타 업체 명의 투찰", "담당자 접대"])),
                "2. 조치 계획: 관련 자료 확보 후 %s에 수사 의뢰" % R.choice(["경찰", "검찰"]), "3. 보안 유지: 대상자 인지 시 증거 인멸 우려")
            d._r = O(4, 6)
        else:
            d.p("%d년 %s 특정감사 계획" % (y, R.choice(["계약 분야", "인사 분야", "보조금"])), "", "○ 감사 대상: %s" % R.choice(["다온군 새터면", "가람시 시설관리공단", "한솔구 건축과"]),
                "○ 중점 점검: 특정 업체 반복 수의계약, 승진 심사 점수 조작 의혹", "○ 감사 일정은 대상기관에 사전 통보하지 않음")
            d._r = O(5)
    marked(d, "대외비", body)
    return d.label("non_public", d._r, marking="대외비", deciding="대외비 + 수사/감사 진행", reason="대외비 investigation/audit plan")

def t_daeoebi_mismatch():
    y = yr(2008, 2026); a = agency(["local"]); d = Doc("t_daeoebi_mismatch", "협상 대응 검토", y, a)
    f = put_field(d, "public", []); d.stated_disagrees = True
    def body(d, s, place):
        gian(d, "내부결재", "%s 협상 대응 방안" % R.choice(["시내버스 준공영제 재정지원금", "폐기물 처리 위탁 단가", "노조 임금"]),
             ["1. 상대측 요구: 단가 %d%% 인상" % R.randint(5, 25), "2. 우리 측 최종 수용 한도: %d%% (대외 공개 금지)" % R.randint(2, 10), "3. 협상 결렬 시 대안: 직영 전환 검토"], field=f)
    marked(d, "대외비", body, place=R.choice(["top", "both", "hf"]))
    d.cue(f, "footer (stated 공개)")
    return d.label("non_public", O(5), marking="대외비", deciding="대외비 표시·협상 한도 내용이 공개구분 기재보다 우선", reason="대외비 with stated 공개 (clerical); content decides")

def t_daeoebi_facility():
    y = yr(2005, 2026); a = agency(["local", "central", "police"]); d = Doc("t_daeoebi_facility", "청사 방호 계획", y, a)
    def body(d, s, place):
        _cell_stamp(d, s, place)
        d.p("%s 청사 방호 및 출입통제 운영 계획" % a[0], "", "1. 취약 지점: 후문 주차장 진입로(CCTV 사각), 지하 기계실 외부 출입문",
            "2. 당직 근무: 야간 %d명, 순찰 %d회" % (R.randint(2, 4), R.randint(2, 6)), "3. 비상 출입 비밀번호 변경 주기: 월 1회(번호는 별도 관리)")
        d.t([["구역", "카메라 수", "녹화 보관", "사각지대"], ["본관", str(R.randint(10, 40)), "30일", "2곳"], ["별관", str(R.randint(4, 20)), "30일", "1곳"]])
    marked(d, "대외비", body, place=R.choice(["header", "hf", "cell"]))
    return d.label("non_public", O(3), marking="대외비", deciding="대외비(머리말/셀) + 시설 방호 정보", reason="대외비 facility protection; -3")

def t_secret_emergency():
    y = yr(1995, 2026); a = agency(["local", "central"]); d = Doc("t_secret_emergency", "비상대비계획", y, a)
    lvl = R.choice(["III급", "III급", "II급"])
    def body(d, s, place):
        _cell_stamp(d, s, place)
        d.p("%d년 %s" % (y, R.choice(["충무계획 보완 지침", "전시 자원 동원 계획", "을지연습 전시 임무 수행 계획", "통합방위 작전 지원 계획"])), "", "1. 전시 대피·행정 이전 장소: %s 일원 (좌표 별도)" % R.choice(["○○산 지하시설", "○○댐 관리동"]),
            "2. 동원 대상 자원: 차량 %d대, 중장비 %d대, 의료인력 %d명" % (R.randint(50, 600), R.randint(10, 90), R.randint(20, 300)),
            "3. 군·경 협조 통신망 및 주파수: 별지", "4. 기관장 유고 시 직무 승계 순위: 부기관장 → 기획관 → 총무과장")
    s = marked(d, lvl, body)
    return d.label("non_public", O(1, 2), marking=lvl, deciding="비밀 표시(보안업무규정) + 국가안보", reason="classified emergency plan")

def t_secret_facility():
    y = yr(1997, 2026); a = agency(["local", "central", "fire"]); d = Doc("t_secret_facility", "시설 방호 계획", y, a)
    def body(d, s, place):
        _cell_stamp(d, s, place)
        d.p("국가중요시설(%s) 방호 계획" % R.choice(["정수장", "변전소", "통신 중계소", "댐"]), "", "○ 시설 등급: %s급" % R.choice(["가", "나", "다"]),
            "○ 경계 병력·청원경찰 배치: 주간 %d명, 야간 %d명" % (R.randint(2, 9), R.randint(2, 9)), "○ 취약 요소: 외곽 울타리 %dm 구간 감시장비 미설치" % R.randint(50, 800),
            "○ 유사시 차단 밸브 위치 및 조작 절차: 별첨 도면")
    marked(d, "III급", body)
    return d.label("non_public", O(1, 3), marking="III급", deciding="Ⅲ급비밀 + 시설 보호", reason="classified facility protection")

def t_secret_high():
    y = yr(1995, 2026); a = agency(["central"]); d = Doc("t_secret_high", "비상 작전 지원 계획", y, a)
    lvl = "I급" if R.random() < .25 else "II급"
    def body(d, s, place):
        d.p("%s" % R.choice(["접경지역 주민 대피 및 통제 계획", "대량살상무기 대응 민방위 지원 세부계획", "전시 정부 기능 유지 계획(요약)"]), "",
            "1. 작전 단계별 기관 임무", "2. 대피 경로·집결지 좌표(별지 1)", "3. 군 협조 통신 음어표(별지 2)", "※ 본 문서는 비밀취급인가자 외 열람 금지")
    marked(d, lvl, body, place=R.choice(["both", "hf", "top"]))
    return d.label("non_public", O(1, 2), marking=lvl, deciding="Ⅱ/Ⅰ급 비밀 표시 + 안보", reason="higher-level classified document")

def t_daeoebi_roster():
    y = yr(2006, 2026); a = agency(["police", "local", "health"]); d = Doc("t_daeoebi_roster", "관리 대상자 명단", y, a)
    def body(d, s, place):
        d.p("%s 관리 대상자 명단" % R.choice(["위기가구 집중", "재난 취약 독거노인", "치안 요보호"]), "")
        d.t([["성명", "주소", "연락처", "특이사항"]] + [[name(), addr(), mobile(), R.choice(["치매 의심", "알코올 의존 치료 중", "기초수급", "가정폭력 피해"])] for _ in range(R.randint(3, 6))])
    marked(d, "대외비", body, place=R.choice(["top", "both", "header"]))
    return d.label("non_public", O(6) + ["PIPA-23"], marking="대외비", deciding="대외비 + 건강 등 민감정보 명단", reason="대외비 roster of sensitive personal data")

def t_daeoebi_dev():
    y = yr(2002, 2026); a = agency(["local", "central"]); d = Doc("t_daeoebi_dev", "개발계획 사전 검토", y, a)
    def body(d, s, place):
        _cell_stamp(d, s, place)
        d.p("%s 일원 %s 예정지 사전 검토" % (R.choice(["다온읍 가곡리", "솔내면 대곡리", "한빛동"]), R.choice(["산업단지", "공공주택지구", "역세권 개발"])), "",
            "1. 후보지 지번: %s리 %d번지 일대 약 %d만㎡" % (R.choice(["가곡", "대곡", "송곡"]), R.randint(1, 900), R.randint(10, 300)),
            "2. 발표 예정: %d년 %s (발표 전 토지거래허가구역 지정 검토)" % (y + 1, R.choice(["상반기", "하반기"])), "3. 예상 지가 상승률: %d%%" % R.randint(20, 150))
    marked(d, "대외비", body)
    return d.label("non_public", O(5, 8), marking="대외비", deciding="대외비 + 미공개 개발정보(투기 우려)", reason="대외비 unannounced development plan")

# ================================================================ NON-PUBLIC: content decides (no marking, no field)
def _co(d):
    d.content_only = True
    return d

def t_discipline():
    y = yr(1997, 2026); a = agency(["local", "central", "edu", "police"]); d = _co(Doc("t_discipline", "징계의결서", y, a))
    nm = name(); dui = R.random() < .7
    d.p("징 계 의 결 서", "", "1. 징계혐의자 인적사항")
    d.t([["소속", dept(a)], ["직위(급)", R.choice(["행정7급", "시설6급", "경사", "교사"])], ["성명", nm]])
    if dui:
        d.p("2. 의결주문: %s" % R.choice(["정직 1월", "감봉 3월", "강등"]), "3. 이유: 혐의자는 %s 혈중알코올농도 %.3f%% 상태로 자가용 승용차를 운전하다 적발되어 %s 벌금 %s원의 약식명령을 받았다." % (dstr(y, 0), R.uniform(0.03, 0.2), R.choice(["가람지방법원에서", "법원으로부터"]), won(3 * 10**6, 15 * 10**6, 10**5)),
            "   이는 「지방공무원법」 제55조(품위 유지의 의무)를 위반한 것이다.")
        d._r = O(6) + ["PIPA-23"]; d.cue("음주운전 형사처벌 경력", "body")
    else:
        d.p("2. 의결주문: %s" % R.choice(["견책", "감봉 1월"]), "3. 이유: 혐의자는 %s 동료 직원에게 모욕적 언행을 반복하여 복무규정을 위반하였다." % R.choice(["2개월간", "수차례"]))
        d._r = O(6); d.cue("징계 대상자 실명", "table")
    d.p("", "%s" % dstr(y, 3), "%s 인사위원회 위원장" % a[0])
    return d.label("non_public", d._r, deciding="특정 공무원의 징계(비직무 개인정보)", reason="discipline decision naming an official")

def t_sickleave():
    y = yr(2001, 2026); a = agency(); d = _co(Doc("t_sickleave", "질병휴직·병가", y, a))
    nm = name()
    if R.random() < .5:
        d.p("질병휴직 신청에 대한 검토", "", "신청인: %s %s %s" % (dept(a), R.choice(["주무관", "행정6급"]), nm),
            "진단명: %s (%s 발급 진단서)" % (R.choice(["주요우울장애", "요추 추간판 탈출증", "유방암(2기)", "공황장애"]), R.choice(["가람대학교병원", "○○정신건강의학과의원"])),
            "요양 기간: %s부터 6개월" % dstr(y, 0), "검토 의견: 공무원연금공단 공무상 요양 해당 여부 별도 확인 필요, 일반 질병휴직으로 처리")
    else:
        d.p("병가 승인 및 대직자 지정", "")
        d.t([["성명", "기간", "사유", "증빙"], [nm, "%s~ %d일" % (dstr(y, 1), R.randint(5, 60)), R.choice(["골절 수술", "결핵 치료", "항암 치료", "알코올 사용장애 입원"]), "진단서"]])
        d.p("대직자: %s 주무관 %s" % (dept(a), name()))
    d.cue("진단명/질병 사유 + 실명", "body/table")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="건강정보가 문서의 핵심", reason="sick-leave with diagnosis")

def t_union():
    y = yr(2006, 2026); a = agency(["local", "edu"]); d = _co(Doc("t_union", "조합비 공제 명단", y, a))
    d.p("%d년 %d월 %s 조합비 급여 공제 대상자" % (y, R.randint(1, 12), R.choice(["공무원노동조합", "교원노동조합", "공무직노조"])), "")
    d.t([["소속", "성명", "직급", "공제액(원)"]] + [[dept(a), name(), R.choice(["7급", "8급", "6급", "교사"]), won(10000, 40000, 100)] for _ in range(R.randint(4, 9))])
    d.cue("노동조합 가입 사실(민감정보)", "title+table")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="노조 가입 명단", reason="union membership list")

def t_audit_qna():
    y = yr(2000, 2026); a = agency(["local", "edu", "central"]); d = _co(Doc("t_audit_qna", "감사 문답서", y, a))
    nm = name()
    d.p("문 답 서", "", "피문답인: %s %s (%s)" % (dept(a), R.choice(["지방시설주사", "행정주사보", "주무관"]), nm), "문답일시: %s 10:30, 장소: 감사실", "",
        "문: 진술인은 %s 업무를 언제부터 담당하였나요?" % R.choice(["계약", "보조금 정산", "초과근무 확인"]), "답: %d년 %d월부터 담당하였습니다." % (y - 1, R.randint(1, 12)),
        "문: 검수조서에 서명하기 전에 현장을 확인하였나요?", "답: %s" % R.choice(["바빠서 사진만 보고 서명하였습니다.", "팀장님 지시로 확인 없이 처리했습니다."]),
        "문: 더 할 말이 있나요?", "답: 없습니다.", "", "위 진술 내용을 읽어주니 틀림없다고 하므로 서명 날인하게 하다.", "진술인 %s (인)   문답자 감사관 %s" % (nm, name()))
    d.cue("진행 중 감사의 진술", "body")
    return d.label("non_public", O(5, 6), deciding="감사 진행 중 문답 + 진술인 개인정보", reason="audit interview record")

def t_investigation():
    y = yr(1998, 2026); a = agency(["police"]); d = _co(Doc("t_investigation", "수사 관련 통보", y, a))
    nm = name()
    if R.random() < .5:
        d.p("수사개시 통보", "", "수신: %s장" % R.choice(["가람시", "다온군", "새벽도교육청"]), "", "1. 「국가공무원법」 제83조 제3항에 따라 귀 기관 소속 공무원에 대하여 수사를 개시하였음을 통보합니다.",
            "2. 피의자: %s %s %s (%s)" % (dept(a), R.choice(["주무관", "팀장"]), nm, mask_rrn(rrn())), "3. 죄명: %s" % R.choice(["업무상 횡령", "뇌물수수", "공무상 비밀누설", "직권남용"]), "4. 사건번호: %d-%06d" % (y, R.randint(1, 999999)))
    else:
        d.p("수사 협조 의뢰", "", "1. 당서에서 수사 중인 %s 사건과 관련하여 아래 자료를 요청합니다." % R.choice(["보이스피싱", "사기", "상해", "공문서 위조"]),
            "2. 대상자: %s (%s생, 주소 %s)" % (nm, dob(), addr()), "3. 요청 자료: 민원 접수 내역, 출입 기록, CCTV 영상(%s ~ %s)" % (dstr(y, 0), dstr(y, 0)),
            "4. 수사 보안상 대상자에게 요청 사실을 알리지 말아 주시기 바랍니다.")
    d.p("", a[1])
    d.cue("피의자/대상자 인적사항, 수사 진행", "body")
    return d.label("non_public", O(4, 6), deciding="진행 중 수사 + 개인정보", reason="investigation notice")

def t_crime_record():
    y = yr(2003, 2026); a = agency(["police", "local", "edu"]); d = _co(Doc("t_crime_record", "범죄경력 조회 회보", y, a))
    nm = name(); r = rrn()
    d.p("범죄경력 조회 회보서", "", "조회 대상: %s (%s)" % (nm, r if R.random() < .5 else mask_rrn(r)), "조회 목적: %s" % R.choice(["공무원 임용 결격사유 확인", "아동·청소년 관련기관 취업제한 확인", "성범죄 경력 조회"]), "")
    d.t([["처분일", "죄명", "처분결과"], [dstr(y - R.randint(2, 15), 1), R.choice(["도로교통법위반(음주운전)", "폭행", "사기"]), R.choice(["벌금 300만원", "징역 6월 집행유예 1년", "기소유예"])]])
    full = r in text_of(d)
    d.cue("범죄경력(민감정보)", "table")
    return d.label("non_public", O(6) + ["PIPA-23"] + (["PIPA-24"] if full else []), deciding="범죄경력 회보", reason="criminal-record check result")

def t_litigation():
    y = yr(2004, 2026); a = agency(["local", "central", "edu"]); d = _co(Doc("t_litigation", "소송 대응 검토", y, a))
    d.p("%s 소송 대응 방안 검토" % R.choice(["손해배상(국가배상)", "건축허가 취소처분 취소", "부당해고 구제", "보상금 증액"]), "", "1. 사건: %s%s%d (%s법원)" % (y, R.choice(["구합", "가합", "누", "나"]), R.randint(100, 99999), R.choice(["가람지방", "서울행정", "대전고등"])),
        "2. 쟁점별 승소 가능성: 처분사유 ①은 %s, ②는 %s" % (R.choice(["다툼 여지 큼", "불리"]), R.choice(["유리", "보통"])), "3. 대응: 소송수행자 교체 검토, 조정 제안 시 수용 한도 %s원" % won(10**7, 5 * 10**8, 10**6),
        "4. 변호사 의견: 증인 신문 전 담당 공무원 진술을 정리할 필요")
    d.cue("진행 중 재판 대응 전략", "body")
    return d.label("non_public", O(4, 5), deciding="진행 중 재판 관련 내부 검토", reason="litigation strategy memo")

def t_reserve_price():
    y = yr(1996, 2026); a = agency(["local", "central", "edu"]); d = _co(Doc("t_reserve_price", "예정가격 조서", y, a))
    base = R.randint(10**8, 5 * 10**9)
    d.p("예정가격 결정 조서", "", "건명: %s" % R.choice(["청사 리모델링 공사", "하천 정비공사", "급식실 현대화 공사"]), "기초금액: {:,}원".format(base))
    d.t([["복수예비가격 번호", "금액"]] + [[str(i + 1), "{:,}".format(int(base * R.uniform(0.97, 1.03)))] for i in range(R.randint(4, 8))])
    d.p("예정가격(추첨 4개 산술평균): {:,}원".format(int(base * R.uniform(0.99, 1.01))), "개찰 전 봉함 보관")
    d.cue("개찰 전 예정가격", "body")
    return d.label("non_public", O(5), deciding="입찰 진행 중 예정가격", reason="reserve-price record before bid opening")

def t_exam():
    y = yr(1999, 2026); a = agency(["local", "edu", "central"]); d = _co(Doc("t_exam", "시험 출제 자료", y, a))
    d.p("%d년 %s 필기시험 문제 및 정답(출제본)" % (y, R.choice(["지방공무원 9급 공개경쟁", "교육행정직", "승진 시험"])), "과목: %s" % R.choice(["행정법총론", "지방자치론", "한국사"]), "",
        "1. 다음 중 행정행위의 공정력에 관한 설명으로 옳지 않은 것은?", "  ① … ② … ③ … ④ …", "2. …", "",
        "정답표: 1-③ 2-① 3-④ 4-② 5-②", "채점 기준: 서술형 부분점수 세부 배점표 별첨", "시험 시행 전 출제위원 외 열람 금지")
    d.cue("시행 전 시험 문제·정답", "body")
    return d.label("non_public", O(5), deciding="시행 전 시험 자료", reason="exam paper before the test")

def t_promo_scores():
    y = yr(2002, 2026); a = agency(); d = _co(Doc("t_promo_scores", "승진·면접 심사표", y, a))
    d.p("%s 심사 결과" % R.choice(["5급 승진 역량평가", "신규 임용 면접", "근무성적평정 조정"]), "")
    d.t([["성명", "평정점", "면접", "총점", "순위"]] + [[name(), "%.2f" % R.uniform(70, 99), R.choice(["우수", "보통", "미흡"]), "%.2f" % R.uniform(60, 99), str(i + 1)] for i in range(R.randint(3, 8))])
    d.p("심사위원 의견: %s" % R.choice(["2순위자는 리더십 부족 지적", "3순위자 태도 불량 감점"]))
    d.cue("개인별 평정 점수·심사 의견", "table")
    return d.label("non_public", O(5, 6), deciding="인사관리 심사 + 개인별 점수", reason="personnel evaluation scores")

def t_welfare_case():
    y = yr(2004, 2026); a = agency(["local"]); d = _co(Doc("t_welfare_case", "사례관리 상담기록", y, a))
    nm = name()
    d.p("통합사례관리 상담일지", "", "대상자: %s (%s, %s)" % (nm, dob(), addr()), "가구 구성: 본인, %s" % R.choice(["배우자(장애 1급)", "자녀 2(미성년)", "모(치매)"]),
        "상담 내용: %s" % R.choice(["월세 6개월 체납으로 퇴거 위기. 본인 우울증 약 복용 중.", "채무 독촉 및 알코올 문제로 가족 갈등 호소.", "기초생활수급 탈락 후 의료비 부담, 당뇨 합병증 진행."]),
        "조치: 긴급복지 생계지원 연계, 정신건강복지센터 의뢰", "상담자: %s 사회복지주무관" % dept(a))
    d.cue("개인 상담 내용·건강·경제 상황", "body")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="복지 사례관리 기록(건강정보)", reason="welfare case notes")

def t_patient_register():
    y = yr(1997, 2026); a = agency(["health"]); d = _co(Doc("t_patient_register", "환자 관리대장", y, a))
    dz = R.choice(["결핵", "정신질환자 사례관리", "치매 조기검진 양성자", "HIV 감염인"])
    d.p("%s 등록 관리대장" % dz, a[0], "")
    d.t([["등록번호", "성명", "생년월일", "주소", "진단일", "비고"]] + [["%d-%04d" % (y, R.randint(1, 9999)), name(), dob(), addr(), dstr(y, 1), R.choice(["투약 중", "치료 중단", "격리"])] for _ in range(R.randint(3, 7))])
    d.cue("질병 진단 명부", "table")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="건강정보 명부", reason="patient register")

def t_school_violence():
    y = yr(2012, 2026); a = agency(["edu"]); d = _co(Doc("t_school_violence", "학교폭력 심의 회의록", y, a))
    d.p("%s학교폭력대책심의위원회 회의록" % R.choice(["", "○○교육지원청 "]), "", "사안번호 %d-%03d" % (y, R.randint(1, 300)),
        "가해학생: %s(%s 2학년)  피해학생: %s" % (name(), R.choice(["새벽중", "솔내고"]), name()), "사안 개요: SNS 단체방에서 지속적 모욕, 피해학생 불안장애 진단",
        "위원 의견: 위원 1 - 출석정지 필요 / 위원 2 - 학급교체", "의결: 제%d호 조치" % R.randint(1, 9))
    d.cue("학생 실명 + 심의 발언", "body")
    return d.label("non_public", O(5, 6), deciding="심의 과정 + 학생 개인정보", reason="school-violence committee minutes")

def t_whistle():
    y = yr(2012, 2026); a = agency(); d = _co(Doc("t_whistle", "공익·부패 신고 처리", y, a))
    d.p("%s 신고 사건 이첩" % R.choice(["공익신고", "부패행위 신고", "갑질 신고"]), "", "1. 신고자: %s (%s)  ※ 신분 비밀보장 대상" % (name(), mobile()),
        "2. 피신고자: %s %s" % (dept(a), name()), "3. 신고 내용: %s" % R.choice(["폐기물 무단 매립 묵인", "허위 출장", "부하 직원에게 사적 심부름 강요"]),
        "4. 「%s」에 따라 신고자의 인적사항이 드러나지 않도록 조사하여 주시기 바랍니다." % R.choice(["공익신고자 보호법", "부패방지 및 국민권익위원회의 설치와 운영에 관한 법률"]))
    d.cue("신고자 인적사항(법률상 비밀보장)", "body")
    return d.label("non_public", O(1, 6), deciding="법률상 비밀보장 + 신고자 신원", reason="whistle-blower case; -1 via other statute")

def t_internal_review():
    y = yr(1999, 2026); a = agency(["central", "local"]); d = _co(Doc("t_internal_review", "내부 검토 메모", y, a))
    d.p("(검토) %s" % R.choice(["공무원 정원 감축 대상 부서 선정", "%s 통폐합 대안" % R.choice(["읍면사무소", "주민센터", "보건지소"]), "%d년 예산 삭감 우선순위" % (y + 1)]), "", "□ 현황 및 문제점",
        "  ○ 부서별 업무량 편차 과다, %s는 %d명 과원" % (dept(a), R.randint(2, 9)), "□ 대안", "  ○ (1안) 일괄 감축  ○ (2안) 단계 감축  ○ (3안) 재배치",
        "□ 향후 계획: 노조 협의 전까지 자료 배포 자제, 장관(시장) 보고 후 확정", "담당: %s" % dept(a))
    d.cue("미확정 내부 검토", "body")
    return d.label("non_public", O(5), deciding="의사결정 과정 내부 검토", reason="internal deliberative memo")

def t_garnish():
    y = yr(2000, 2026); a = agency(); d = _co(Doc("t_garnish", "급여 압류 처리", y, a))
    nm = name(); bk, ac = account()
    d.p("채권압류 및 추심명령에 따른 급여 공제", "", "채무자(직원): %s %s" % (dept(a), nm), "사건: %s타채%d" % (y, R.randint(100, 99999)), "청구금액: %s원" % won(10**6, 10**8, 1000),
        "월 공제액: %s원 (급여의 1/2 범위)" % won(10**5, 2 * 10**6, 1000), "채권자 입금계좌: %s %s" % (bk, ac))
    d.cue("직원 채무·압류 정보", "body")
    return d.label("non_public", O(6), deciding="직원 사적 채무 정보", reason="wage garnishment record")

def t_fire_arson():
    y = yr(2001, 2026); a = agency(["fire", "police"]); d = _co(Doc("t_fire_arson", "화재조사 중간보고", y, a))
    d.p("화재 원인 조사 중간보고", "", "1. 발생: %s %02d:%02d, %s" % (dstr(y, 0), R.randint(0, 23), R.randint(0, 59), addr()), "2. 관계인: 소유자 %s(%s), 거주자 %s" % (name(), mobile(), name()),
        "3. 소견: 발화부 2곳 독립 연소 흔적, 인화성 액체 반응 → 방화 가능성", "4. 경찰 합동감식 예정, 결과 확정 전 언론 대응 금지")
    d.cue("방화 의심 조사 중 + 관계인 정보", "body")
    return d.label("non_public", O(4, 6), deciding="범죄 수사 연계 조사 중", reason="arson investigation in progress")

def t_traffic():
    y = yr(1996, 2026); a = agency(["police"]); d = _co(Doc("t_traffic", "교통사고 조사", y, a))
    d.p("교통사고 실황조사서", "", "사고일시: %s %02d:%02d" % (dstr(y, 0), R.randint(0, 23), R.randint(0, 59)), "장소: %s 교차로" % R.choice(ROADS))
    d.t([["구분", "성명", "면허번호", "차량", "부상"], ["1당", name(), "%02d-%02d-%06d-%02d" % (R.randint(11, 28), y % 100, R.randint(0, 999999), R.randint(10, 99)), "%d%s %04d" % (R.randint(10, 99), R.choice("가나다라마"), R.randint(1000, 9999)), "없음"],
         ["2당", name(), "-", "보행자", R.choice(["전치 8주 골절", "뇌진탕"])]])
    d.cue("사고 당사자·면허번호·부상", "table")
    return d.label("non_public", O(4, 6) + ["PIPA-23", "PIPA-24"], deciding="수사 자료 + 운전면허번호 + 건강", reason="traffic accident investigation record")

def t_tradesecret():
    y = yr(2005, 2026); a = agency(["local", "central"]); d = _co(Doc("t_tradesecret", "기업 제출 기술자료", y, a))
    co = "(주)" + R.choice(["한빛케미칼", "누리정밀", "가온바이오", "솔내금속"])
    d.p("%s 제출 자료 검토 (%s)" % (co, R.choice(["대기배출시설 허가", "공장 설립 승인", "기술개발 지원사업 협약"])), "", "1. 공정도: 원료 투입 → %s → 정제(특허 출원 중 촉매 %s 사용)" % (R.choice(["고온 소성", "2단 반응"]), R.choice(["Pd-계", "Ni-Co 합금"])),
        "2. 원료 배합비: A %d%%, B %d%%, 첨가제 비공개 배합" % (R.randint(30, 60), R.randint(10, 40)), "3. 연간 생산원가 및 주요 거래처별 납품단가 별첨", "※ 업체 요청: 영업비밀로 관리 요망")
    d.cue("공정·배합비·단가", "body")
    return d.label("non_public", O(7), deciding="법인 영업비밀이 문서의 본체", reason="company trade-secret submission")

def t_vuln():
    y = yr(2008, 2026); a = agency(); d = _co(Doc("t_vuln", "정보보안 취약점 점검", y, a))
    d.p("%s 정보시스템 취약점 점검 결과" % a[0], "")
    d.t([["시스템", "IP", "취약점", "위험도", "조치"]] + [[R.choice(["민원 포털", "행정 DB", "홈페이지 WAS", "VPN"]), "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), R.choice(["SQL 인젝션", "관리자 페이지 노출", "기본 계정 미변경(admin/admin)", "패치 미적용(CVE)"]), R.choice(["상", "중"]), "미조치"] for _ in range(R.randint(3, 6))])
    d.cue("미조치 취약점·내부 IP", "table")
    return d.label("non_public", O(3), deciding="공개 시 침해 위험", reason="unpatched vulnerability report")

def t_cctv():
    y = yr(2006, 2026); a = agency(["local", "police"]); d = _co(Doc("t_cctv", "방범 CCTV 운영 현황", y, a))
    d.p("%s 통합관제센터 %s" % (a[0], R.choice(["근무 교대 및 비상연락 체계", "카메라 위치·사각지대 현황"])), "")
    d.t([["번호", "설치 위치", "방향", "사각지대", "녹화"]] + [[str(i + 1), "%s %d 전신주" % (R.choice(ROADS), R.randint(1, 300)), R.choice(["북", "남동", "서"]), R.choice(["있음(수목)", "없음", "야간 식별 불가"]), "30일"] for i in range(R.randint(4, 8))])
    d.p("관제센터 출입 비상 코드 및 서버실 위치: 별지")
    d.cue("사각지대·보안 구역 정보", "table")
    return d.label("non_public", O(3), deciding="공개 시 범죄 악용 우려", reason="CCTV blind-spot list")

def t_complainant_watch():
    y = yr(2014, 2026); a = agency(["local", "central"]); d = _co(Doc("t_complainant_watch", "특이민원 관리 카드", y, a))
    d.p("특이민원인 대응 관리 카드", "", "성명: %s / 연락처: %s / 주소: %s" % (name(), mobile(), addr()), "민원 이력: %d년부터 유사 민원 %d건, 폭언 %d회" % (y - R.randint(1, 6), R.randint(20, 400), R.randint(1, 30)),
        "특이사항: %s" % R.choice(["조현병 치료 이력 있다고 본인 진술", "방문 시 흉기 소지 전력", "직원 개인 번호로 반복 연락"]), "대응: 2인 1조 응대, 녹음 고지")
    d.cue("개인에 대한 평가·민감 기록", "body")
    return d.label("non_public", O(6) + (["PIPA-23"] if "조현병" in text_of(d) else []), deciding="특정 개인 관리 기록", reason="difficult-complainant file")

def t_foreign_workers():
    y = yr(2009, 2026); a = agency(["local", "central"]); d = _co(Doc("t_foreign_workers", "외국인 근로자 명단", y, a))
    d.p("%s 농업 계절근로자 입국자 명단" % a[0], "")
    d.t([["성명", "국적", "여권번호", "외국인등록번호", "배정 농가"]] + [[R.choice(["TRAN THI MAI", "SOK DARA", "AHMAD RIZKY", "BAT-ERDENE T."]), R.choice(["베트남", "캄보디아", "인도네시아", "몽골"]), R.choice("ABCNP") + "%07d" % R.randint(0, 9999999), frn(), name()] for _ in range(R.randint(3, 7))])
    d.cue("여권·외국인등록번호 명단", "table")
    return d.label("non_public", O(6) + ["PIPA-24"], deciding="개인정보만으로 구성된 명부", reason="roster of foreign workers with IDs")

def t_health_check():
    y = yr(2005, 2026); a = agency(); d = _co(Doc("t_health_check", "건강검진 결과 통보", y, a))
    d.p("%d년 직원 건강검진 사후관리 대상자" % y, "")
    d.t([["부서", "성명", "판정", "소견"]] + [[dept(a), name(), R.choice(["D2(일반질병 유소견)", "C1(직업병 요관찰)", "R(재검)"]), R.choice(["고혈압", "간기능 이상", "당뇨 의심", "소음성 난청"])] for _ in range(R.randint(3, 7))])
    d.cue("개인별 건강 판정", "table")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="건강 정보 명단", reason="health screening follow-up list")

def t_harassment():
    y = yr(2010, 2026); a = agency(); d = _co(Doc("t_harassment", "고충 조사 보고", y, a))
    d.p("%s 고충사건 조사 결과 보고" % R.choice(["성희롱", "직장 내 괴롭힘"]), "", "신고인: %s %s / 행위자: %s %s" % (dept(a), name(), dept(a), name()),
        "조사 경과: 참고인 %d명 면담, 메신저 대화 확보" % R.randint(2, 6), "판단: 행위 %s" % R.choice(["인정", "일부 인정"]), "조치 의견: 행위자 징계 요구, 신고인 심리상담 지원(%s)" % R.choice(["불면 호소", "적응장애 진단"]))
    d.cue("고충 당사자·조사 진행", "body")
    return d.label("non_public", O(5, 6) + (["PIPA-23"] if "진단" in text_of(d) else []), deciding="조사 과정 + 당사자 정보", reason="harassment investigation report")

def t_tax_info():
    y = yr(2005, 2026); a = agency(["local"]); d = _co(Doc("t_tax_info", "지방세 과세자료", y, a))
    d.p("%d년 %s 고액 체납자 징수 대책 (개인별)" % (y, a[0]), "")
    d.t([["성명", "주소", "체납액(원)", "재산 현황", "조치"]] + [[name(), addr(), won(5 * 10**6, 9 * 10**8, 1000), R.choice(["부동산 2건", "예금 압류 가능", "차량 1대"]), R.choice(["압류", "출국금지 요청", "관허사업 제한"])] for _ in range(R.randint(3, 6))])
    d.p("※ 과세정보는 「지방세기본법」 제86조에 따라 비밀을 유지하여야 함")
    d.cue("개인 과세정보(법률상 비밀유지)", "table")
    return d.label("non_public", O(1, 6), deciding="과세정보 비밀유지 규정 + 개인정보", reason="taxpayer-level tax info; -1 via statute")

def t_mismatch_np():
    y = yr(2006, 2026); a = agency(); d = Doc("t_mismatch_np", "복무 관리 보고", y, a)
    kind = R.choice(["public", "partial"])
    f = put_field(d, kind, [6]); d.stated_disagrees = True
    gian(d, "내부결재", R.choice(["장기 병가자 복무 관리 현황", "직원 정신건강 상담 신청자 명단"]), ["1. 대상자 현황을 아래와 같이 보고합니다."], field=f)
    d.t([["성명", "부서", "질환/상담 사유"]] + [[name(), dept(a), R.choice(["우울증", "암 투병", "알코올 의존", "불안장애"])] for _ in range(R.randint(2, 5))])
    d.cue(f, "footer (stated %s)" % kind).cue("질환 명단", "table")
    return d.label("non_public", O(6) + ["PIPA-23"], deciding="건강정보 명단: 기재된 공개구분보다 내용 우선", reason="stated field understates; health roster")

# ================================================================ plan
PLAN = [  # (template, count)
    (t_press, 8), (t_notice, 7), (t_guide, 4), (t_sec_training, 4), (t_declass, 3), (t_cover_separate, 3), (t_password, 2),
    (t_personnel_grade, 4), (t_stats, 8), (t_interp, 5), (t_plain_gongmun, 10), (t_expense, 3), (t_contract_list, 3),
    (t_audit_public, 4), (t_kogl, 3), (t_records_reclass, 3), (t_committee_minutes, 3), (t_overclassified, 4), (t_training, 4),
    (t_disposition_pub, 3), (t_secaudit_summary, 2), (t_recruit, 3),
    (t_civil_reply, 6), (t_partial_field, 5), (t_subsidy, 4), (t_contract_rrn, 3), (t_mislabeled, 3), (t_resident_meeting, 4),
    (t_compensation, 4), (t_appoint_member, 3), (t_old_personnel, 3), (t_disposition_notice, 3), (t_audit_named, 3),
    (t_overclassified_partial, 4), (t_bid_eval, 3), (t_petition_masked, 3), (t_foreign_coop, 2), (t_fire_cert, 2), (t_attendees, 3),
    (t_daeoebi_policy, 5), (t_daeoebi_inv, 4), (t_daeoebi_dev, 2), (t_daeoebi_mismatch, 1), (t_daeoebi_facility, 2), (t_daeoebi_roster, 2),
    (t_secret_emergency, 6), (t_secret_facility, 3), (t_secret_high, 4),
    (t_discipline, 3), (t_sickleave, 3), (t_union, 2), (t_audit_qna, 3), (t_investigation, 3), (t_crime_record, 2), (t_litigation, 2),
    (t_reserve_price, 2), (t_exam, 2), (t_promo_scores, 2), (t_welfare_case, 3), (t_patient_register, 3), (t_school_violence, 2),
    (t_whistle, 2), (t_internal_review, 3), (t_garnish, 2), (t_fire_arson, 2), (t_traffic, 2), (t_tradesecret, 2), (t_vuln, 2),
    (t_cctv, 2), (t_complainant_watch, 2), (t_foreign_workers, 2), (t_health_check, 2), (t_harassment, 2), (t_tax_info, 2),
    (t_mismatch_np, 2),
]
N_HWPX, N_PDF = 36, 56

# ================================================================ renderers
def render_pdf(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "NG" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("NG", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
        pdfmetrics.registerFont(TTFont("NM", "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"))
    font = "NM" if doc.year < 2005 else "NG"
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(doc.genre); c.setAuthor(doc.ag[0]); c.setCreator("sens_g make_set.py")
    heads = [b[1] for b in doc.blocks if b[0] == "h"]
    foots = [b[1] for b in doc.blocks if b[0] == "f"]
    fs, lh, L, Rm, top, bot = 10, 15, 60, W - 60, H - 70, 70
    state = {"y": top, "page": 1}
    def deco():
        c.setFont(font, 9)
        for i, h in enumerate(heads):
            c.drawCentredString(W / 2, H - 40 - 11 * i, h)
        for i, f in enumerate(foots):
            c.drawCentredString(W / 2, 40 + 11 * i, f)
        c.drawRightString(Rm, 25, "- %d -" % state["page"])
        c.setFont(font, fs)
    def newpage():
        c.showPage(); state["page"] += 1; state["y"] = top; deco()
    def wrap(s, width, size):
        out, cur = [], ""
        for ch in s:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                out.append(cur); cur = ch
            else:
                cur += ch
        out.append(cur)
        return out
    deco()
    for k, v in doc.blocks:
        if k == "p":
            for ln in wrap(v, Rm - L, fs) if v else [""]:
                if state["y"] < bot: newpage()
                c.drawString(L, state["y"], ln); state["y"] -= lh
        elif k == "t":
            ncol = max(len(r) for r in v); cw = (Rm - L) / ncol
            for row in v:
                cells = [wrap(x, cw - 6, 8.5) for x in row] + [[""]] * (ncol - len(row))
                nl = max(len(x) for x in cells); rh = nl * 11 + 6
                if state["y"] - rh < bot: newpage()
                yt = state["y"] + 10
                c.setFont(font, 8.5)
                for j, cl in enumerate(cells):
                    c.rect(L + j * cw, yt - rh, cw, rh)
                    for i, ln in enumerate(cl):
                        c.drawString(L + j * cw + 3, yt - 11 - 11 * i, ln)
                c.setFont(font, fs)
                state["y"] -= rh
            state["y"] -= 6
    c.showPage(); c.save()

NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:opf="http://www.idpf.org/2007/opf/"')

def render_hwpx(doc, path):
    pid = [0]
    def para(s):
        pid[0] += 1
        return '<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>' % (pid[0], xesc(s))
    def sub(s):
        return '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % para(s)
    parts = []
    ctrls = ""
    for i, (k, v) in enumerate(doc.blocks):
        if k == "h":
            ctrls += '<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % (i + 1, sub(v))
        elif k == "f":
            ctrls += '<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % (i + 1, sub(v))
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    parts.append('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s%s</hp:run></hp:p>' % (secpr, ctrls))
    tid = 1000
    for k, v in doc.blocks:
        if k == "p":
            parts.append(para(v))
        elif k == "t":
            tid += 1
            ncol = max(len(r) for r in v)
            rows = []
            for ri, row in enumerate(v):
                cells = "".join('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">%s<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1200"/></hp:tc>'
                                % (1 if ri == 0 else 0, sub(x), ci, ri, 42520 // ncol) for ci, x in enumerate(list(row) + [""] * (ncol - len(row))))
                rows.append("<hp:tr>%s</hp:tr>" % cells)
            pid[0] += 1
            parts.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="1" noAdjust="0">%s</hp:tbl></hp:run></hp:p>'
                         % (pid[0], tid, len(v), ncol, "".join(rows)))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(parts))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="%s" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList></hh:head>'
              % (NS, "휴먼명조" if doc.year < 2010 else "맑은 고딕"))
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">%s</opf:meta></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (NS, xesc(doc.genre), xesc(doc.ag[0]))
    files = [
        ("mimetype", "application/hwp+zip", zipfile.ZIP_STORED),
        ("version.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HCFVersion xmlns:ha="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>', zipfile.ZIP_DEFLATED),
        ("Contents/header.xml", header, zipfile.ZIP_DEFLATED),
        ("Contents/section0.xml", section, zipfile.ZIP_DEFLATED),
        ("settings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>', zipfile.ZIP_DEFLATED),
        ("META-INF/container.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>', zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>', zipfile.ZIP_DEFLATED),
        ("Contents/content.hpf", hpf, zipfile.ZIP_DEFLATED),
        ("Preview/PrvText.txt", text_of(doc)[:1000], zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for n, data, comp in files:
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = comp; zi.external_attr = 0o644 << 16; zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))

# ================================================================ main
def main():
    docs = []
    for fn, n in PLAN:
        for _ in range(n):
            docs.append(fn())
    R.shuffle(docs)
    # formats: spread file formats over templates deterministically
    idx = list(range(len(docs)))
    R.shuffle(idx)
    fmt = {}
    for j, i in enumerate(idx):
        fmt[i] = "hwpx" if j < N_HWPX else ("pdf" if j < N_HWPX + N_PDF else "text")
    os.makedirs(FILES, exist_ok=True)
    for fnm in sorted(os.listdir(FILES)):
        os.remove(os.path.join(FILES, fnm))
    recs, metas = [], []
    for i, d in enumerate(docs):
        sid = "sg-%04d" % (i + 1)
        f = fmt[i]
        rec = {"id": sid}
        if f == "text" and R.random() < 0.14:
            d.noise = True
        if f == "pdf" and R.random() < 0.08:
            d.noise = True
            d.blocks = [(k, ocr_noise(v)) if k == "p" else (k, v) for k, v in d.blocks]
        if f == "text":
            txt = text_of(d)
            if d.noise:
                txt = ocr_noise(txt)
            rec["text"] = unicodedata.normalize("NFC", txt)
        else:
            rel = "files/%s.%s" % (sid, f)
            (render_hwpx if f == "hwpx" else render_pdf)(d, os.path.join(HERE, rel))
            rec["file"] = rel
        rec.update({"disclosure": d.disclosure, "marking": d.marking, "reasons": d.reasons, "genre": d.genre})
        recs.append(rec)
        metas.append({"id": sid, "template": d.template, "format": f, "year": d.year, "agency": d.ag[0],
                      "stated_field": d.stated, "stated_disagrees": d.stated_disagrees, "content_only": d.content_only,
                      "cues": [c for c in d.cues if c[0]], "deciding_cue": d.deciding, "mention_only": bool(d.mention_only),
                      "ocr_noise": d.noise, "label_reason": d.reason})
    with open(os.path.join(HERE, "sens_g.jsonl"), "w", encoding="utf-8") as fo:
        for r in recs: fo.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_g.meta.jsonl"), "w", encoding="utf-8") as fo:
        for r in metas: fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validation
    assert len(recs) >= 220
    for r, m in zip(recs, metas):
        assert r["disclosure"] in ("public", "partial", "non_public")
        assert r["marking"] in ("none", "대외비", "III급", "II급", "I급")
        assert (r["disclosure"] == "public") == (r["reasons"] == []), r
        if r["marking"] in ("III급", "II급", "I급"): assert "OIDA-9-1-1" in r["reasons"]
        if m["content_only"]: assert m["stated_field"] is None and r["marking"] == "none"
        if m["mention_only"]: assert r["marking"] == "none"
    from collections import Counter
    print("format", sorted(Counter(m["format"] for m in metas).items()))
    print("disclosure", sorted(Counter(r["disclosure"] for r in recs).items()))
    print("marking", sorted(Counter(r["marking"] for r in recs).items()))
    co = [m for m, r in zip(metas, recs) if m["content_only"] and r["disclosure"] == "non_public"]
    print("content-only non_public", len(co), "kinds", len(set(m["template"] for m in co)))
    print("reasons", sorted(Counter(x for r in recs for x in r["reasons"]).items()))

if __name__ == "__main__":
    main()
