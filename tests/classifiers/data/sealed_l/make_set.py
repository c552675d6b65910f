#!/usr/bin/env python3
"""Generator for the sens_l independent sensitivity evaluation set.
Deterministic: seeded random.Random, fixed zip timestamps, reportlab invariant mode.
Run:  /work/evalsets/venv_sens_l/bin/python make_set.py
"""
import json, os, random, zipfile, hashlib, sys
from xml.sax.saxutils import escape

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
R = random.Random(SEED)

# ---------------------------------------------------------------- synthetic vocab
SUR = ["김","이","박","최","정","강","조","윤","장","임","한","오","서","신","권","황","안","송","류","홍","전","고","문","양","손"]
GIV = ["민","서","지","현","우","준","영","수","은","하","도","윤","재","경","태","성","연","희","진","호","미","석","혜","동","규","나","림","솔","찬","슬"]
CITIES = ["한들시","청무군","솔내시","여울시","덕은군","새터시","물안군","가온시","도담군","미리내시","너울시","은골군"]
ROADS = ["은행나무로","솔바람길","청무대로","여울1로","한들중앙로","물안천변길","새터로","가온북로","도담서길","너울공원로","미리내3길","은골장터길"]
DEPTS = ["총무과","기획예산과","안전총괄과","도시계획과","건축과","복지정책과","세무과","감사실","교육지원과","경제일자리과","재난안전과","민원봉사과","회계과","환경위생과","교통행정과"]
POS_LOW = ["주무관","주무관","주무관","실무관"]
COMPANIES = ["(주)가람테크","(주)누리정보통신","다솜건설(주)","(주)한결엔지니어링","새빛산업(주)","(주)도란시스템","(주)여울환경","온새미건설(주)","(주)벼리소프트","(주)아름드리조경"]

def name():
    return R.choice(SUR) + R.choice(GIV) + R.choice(GIV)

def city():
    return R.choice(CITIES)

def date(y=None):
    y = y or R.choice([2024, 2025])
    return "%d. %d. %d." % (y, R.randint(1, 12), R.randint(1, 28))

def period():
    y = R.choice([2024, 2025]); m1 = R.randint(1, 10); m2 = R.randint(m1 + 1, 12)
    return ("%d. %d. %d." % (y, m1, R.randint(1, 28)), "%d. %d. %d." % (y, m2, R.randint(1, 28)))

def head_title(c):
    return c + ("수" if c.endswith("군") else "장")

def zipc():
    return "%05d" % R.randint(10000, 63999)

def addr(c=None):
    c = c or city()
    return "%s %s %d" % (c, R.choice(ROADS), R.randint(1, 299))

def home_addr():
    return "%s %s %d, %d동 %d호" % (city(), R.choice(ROADS), R.randint(1, 299), R.randint(101, 112), R.randint(101, 1504))

def tel():
    return "0%d-%d-%04d" % (R.choice([31, 33, 41, 43, 54, 55, 61, 63]), R.randint(200, 999), R.randint(0, 9999))

def mobile():
    return "010-%04d-%04d" % (R.randint(2000, 9999), R.randint(0, 9999))

def rrn(female=None, foreign=False):
    y = R.randint(50, 99); m = R.randint(1, 12); d = R.randint(1, 28)
    g = R.choice([1, 2]) if not foreign else R.choice([5, 6])
    body = "%02d%02d%02d%d%05d" % (y, m, d, g, R.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    chk = (11 - s % 11) % 10
    full = body + str(chk)
    return full[:6] + "-" + full[6:]

def mask(r):
    return r[:8] + "******"

def birth():
    return "%d. %d. %d." % (R.randint(1955, 2004), R.randint(1, 12), R.randint(1, 28))

def acct():
    return "%s %03d-%06d-%02d-%03d" % (R.choice(["농협","국민","신한","우리","기업"]), R.randint(100, 999), R.randint(0, 999999), R.randint(10, 99), R.randint(100, 999))

def passport():
    return R.choice("MS") + "%08d" % R.randint(10000000, 99999999)

def docno(dept):
    return "%s-%d" % (dept, R.randint(1000, 29999))

def money(lo, hi):
    return "{:,}".format(R.randint(lo, hi) * 1000)

# ---------------------------------------------------------------- cue spellings
def field_public():
    return R.choice(["공개", "공개", "공개구분: 공개", "공개 구분: 공개"])

def cite(n, style=None):
    styles = [
        "제9조제1항제%s호" % n,
        "제9조 제1항 제%s호" % n,
        "법 제9조①항%s호" % n,
        "§9①%s" % n,
        "9-1-%s" % n,
        "정보공개법 제9조제1항제%s호" % n,
        "「공공기관의 정보공개에 관한 법률」 제9조제1항제%s호" % n,
    ]
    return styles[style] if style is not None else R.choice(styles)

def field_partial(nums):
    ns = ",".join(str(n) for n in nums)
    return R.choice([
        "부분공개(%s)" % ns,
        "부분공개(%s)" % ns,
        "부분공개(제%s호)" % ns.replace(",", "·"),
        "부분공개(정보공개법 제9조제1항제%s호)" % ns.replace(",", "·"),
        "공개구분: 부분공개(%s)" % ns,
        "부분공개 (9-1-%s)" % ns,
    ])

def field_nonpub(nums):
    ns = ",".join(str(n) for n in nums)
    return R.choice([
        "비공개(%s)" % ns,
        "비공개(%s)" % ns,
        "비공개(제%s호)" % ns.replace(",", "·"),
        "비공개(제9조제1항제%s호)" % ns.replace(",", "·"),
        "비공개(정보공개법 §9①%s)" % ns.replace(",", "·"),
        "공개구분: 비공개(%s)" % ns,
        "비공개 (공공기관의 정보공개에 관한 법률 제9조 제1항 제%s호)" % ns.replace(",", "·"),
    ])

def stamp_daeoebi():
    y = R.choice([2025, 2026, 2027])
    return R.choice(["대 외 비", "[대외비]", "《대외비》", "대외비", "%d. 12. 31.까지 대외비" % y,
                     "대외비(보호기간: %d. 12. 31.까지)" % y, "보안등급: 대외비"])

def stamp_secret(g):
    if g == "III급":
        return R.choice(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"])
    if g == "II급":
        return R.choice(["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"])
    return R.choice(["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"])

def yegomun(g):
    y = R.choice([2026, 2027, 2028, 2030])
    gs = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[g]
    return R.choice([
        "예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (y, gs),
        "예고문 : %d. 6. 30.까지 %s, 이후 %s" % (y, gs, "Ⅲ급비밀로 재분류" if g != "III급" else "파기"),
        "[예고문] 보호기간 %d. 12. 31.까지 / 이후 일반문서로 재분류" % y,
    ])

# ---------------------------------------------------------------- document model
# blocks: ("p", text) | ("table", header, rows, cell_stamp_or_None) | ("stamp", text) | ("sp",)
class Doc:
    def __init__(self, template, genre, disclosure, marking, reasons, content_only=False, mention_only=False):
        self.template = template; self.genre = genre
        self.disclosure = disclosure; self.marking = marking; self.reasons = list(reasons)
        self.content_only = content_only; self.mention_only = mention_only
        self.blocks = []; self.header = None; self.footer = None; self.cover = None
        self.cues = []; self.deciding = ""; self.noise = []
    def p(self, *lines):
        for l in lines:
            self.blocks.append(("p", l))
    def table(self, header, rows, cell_stamp=None):
        self.blocks.append(("table", header, rows, cell_stamp))
    def stamp(self, s):
        self.blocks.append(("stamp", s))
    def cue(self, c, where):
        self.cues.append({"cue": c, "where": where})

REASON_ORDER = ["OIDA-9-1-1","OIDA-9-1-2","OIDA-9-1-3","OIDA-9-1-4","OIDA-9-1-5","OIDA-9-1-6","OIDA-9-1-7","OIDA-9-1-8","PIPA-23","PIPA-24"]
def O(*ns):
    return ["OIDA-9-1-%d" % n for n in ns]

def gongmun(d, org, recipient, title, paras, attach=None, field=None, dept=None, staff=None, sender=None, via=False):
    """Standard 기안문/시행문 layout (행정업무규정 시행규칙 별지 서식)."""
    dept = dept or R.choice(DEPTS)
    c = org.split()[0]
    d.p(org)
    d.p("수신  %s" % recipient)
    d.p("(경유)" + (" %s" % via if via else ""))
    d.p("제목  %s" % title)
    d.p("")
    for x in paras:
        d.p(x)
    if attach:
        for i, a in enumerate(attach):
            pre = "붙임  " if i == 0 else "      "
            num = "%d. " % (i + 1) if len(attach) > 1 else ""
            end = "  끝." if i == len(attach) - 1 else ""
            d.p(pre + num + a + end)
    else:
        d.p("  끝.")
    d.p("")
    d.p(sender or head_title(org.split()[0]))
    staff = staff or [(R.choice(POS_LOW), name()), ("팀장", name()), ("과장", name())]
    d.p("  ".join("%s %s" % s for s in staff[:-1]) + "  %s 전결 %s %s" % (staff[-1][0], date(), staff[-1][1]))
    d.p("협조자")
    d.p("시행  %s (%s)    접수  " % (docno(dept), date()))
    tail = "우 %s  %s  / www.%s.go.kr" % (zipc(), addr(c if c in CITIES else None), R.choice(["handeul","cheongmu","solnae","yeoul","deogeun","saeteo"]))
    d.p(tail)
    line = "전화번호 %s  전송 %s  / %s@%s.go.kr" % (tel(), tel(), R.choice(["kim","lee","park","choi","admin","hong"]) + str(R.randint(1, 99)), R.choice(["korea","handeul","cheongmu"]))
    if field is not None:
        line += "  / " + field
    d.p(line)
    return dept

# ================================================================ PUBLIC templates
def t_press(fmt):
    d = Doc("t_press", "보도자료", "public", "none", [])
    c = city(); n1, n2 = name(), name()
    topic = R.choice([
        ("청년 창업 공간 '%s 스타트업 둥지' 개소" % c, "창업 공간은 %s 일대 옛 농협 창고를 고쳐 조성했으며, 입주 기업 12곳을 모집한다." % R.choice(ROADS)),
        ("%s, 여름철 폭염 대비 무더위쉼터 %d곳 운영" % (c, R.randint(80, 260)), "경로당과 행정복지센터 등을 쉼터로 지정하고 냉방비를 지원한다."),
        ("%s 공공도서관 야간 개방 시범 운영" % c, "평일 오후 10시까지 열람실을 개방하고 무인 반납기를 설치한다."),
        ("%s 전통시장 주차장 증설 완료" % c, "총사업비 %s원을 들여 주차면 %d면을 새로 만들었다." % (money(900000, 4000000), R.randint(40, 160))),
    ])
    d.p("보 도 자 료", "보도 시점: %s" % R.choice(["즉시", "배포 즉시", date() + " 조간"]),
        "배포 일시: %s  %d:00" % (date(), R.randint(9, 17)), "")
    d.table(["담당 부서", "책임자", "담당자"], [[R.choice(DEPTS), "과장 %s (%s)" % (n1, tel()), "주무관 %s (%s)" % (n2, tel())]])
    d.p("", "%s" % topic[0], "", "- %s -" % R.choice(["시민 누구나 이용 가능", "총 예산 전액 시비로 충당", "연말까지 단계적 확대"]), "")
    d.p("□ %s(시장 %s)는 %s 밝혔다." % (c, name(), "지난 %s " % date() + topic[0].split(" ", 1)[1] + "을(를)"),
        "□ " + topic[1],
        "□ %s %s 과장은 \"시민들이 불편 없이 이용할 수 있도록 꼼꼼히 관리하겠다\"고 말했다." % (c, n1),
        "□ 자세한 사항은 %s 누리집 또는 %s(☎%s)로 문의하면 된다." % (c, R.choice(DEPTS), tel()))
    d.cue("officials' names & office phones", "table_cell/body")
    d.deciding = "published press release; only officials acting in office named (9-1-6 라목)"
    return d

def t_gosi(fmt):
    d = Doc("t_gosi", "고시", "public", "none", [])
    c = city(); no = "%s 고시 제%d-%d호" % (c, R.choice([2024, 2025]), R.randint(10, 300))
    kind = R.choice(["도시관리계획(도로) 결정(변경) 및 지형도면", "지구단위계획 변경 결정", "공유재산 용도 폐지", "옥외광고물 특정구역 지정"])
    d.p(no, "", "%s 고시" % kind, "",
        "「국토의 계획 및 이용에 관한 법률」 제30조 및 같은 법 시행령 제25조에 따라 %s을(를) 다음과 같이 고시합니다." % kind, "",
        "%s" % date(), "", head_title(c), "",
        "1. 위치: %s 일원" % addr(c), "2. 면적: %s㎡" % "{:,}".format(R.randint(1000, 90000)),
        "3. 변경 사유: 교통 체계 개선 및 보행 안전 확보", "4. 관계 도서: %s %s(☎ %s, 담당 %s)에 비치하여 일반인에게 보입니다." % (c, R.choice(["도시계획과", "건축과", "교통행정과"]), tel(), name()))
    d.table(["구분", "노선명", "폭(m)", "연장(m)"], [["변경", "중로%d-%d" % (R.randint(1, 3), R.randint(1, 40)), str(R.choice([12, 15, 20])), str(R.randint(80, 900))] for _ in range(R.randint(2, 4))])
    d.deciding = "official public notice"
    return d

def t_bid_result(fmt):
    d = Doc("t_bid_result", "입찰공고", "public", "none", [])
    c = city(); item = R.choice(["%s 노후 하수관로 정비공사" % c, "%s 청사 승강기 교체 공사" % c, "%s 통합관제센터 CCTV 유지관리 용역" % c, "%s 공영주차장 포장 공사" % c])
    d.p("%s 공고 제%d-%d호" % (c, R.choice([2024, 2025]), R.randint(100, 2000)), "", "입찰 결과 공고", "",
        "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제9조에 따라 실시한 입찰 결과를 다음과 같이 공고합니다.", "",
        "1. 건명: %s" % item, "2. 개찰 일시: %s 11:00" % date(), "3. 예정가격: %s원  /  기초금액: %s원" % (money(200000, 900000), money(200000, 900000)),
        "4. 개찰 결과")
    rows = []
    for i, co in enumerate(R.sample(COMPANIES, 4)):
        rows.append([str(i + 1), co, name(), money(180000, 880000), "%.3f%%" % R.uniform(86.5, 89.9), "낙찰" if i == 0 else "-"])
    d.table(["순위", "업체명", "대표자", "투찰금액(원)", "투찰률", "비고"], rows)
    d.p("5. 문의: %s 회계과 계약팀 %s 주무관(☎ %s)" % (c, name(), tel()), "", "%s" % date(), head_title(c))
    d.cue("예정가격 (opened, post-award)", "body")
    d.deciding = "post-award result notice; 예정가격 published after 개찰; company reps are public registry info"
    return d

def t_budget(fmt):
    d = Doc("t_budget", "예산공개", "public", "none", [])
    c = city(); y = R.choice([2025, 2026])
    d.p("%d년도 %s 세출예산 사업별 설명서(요약)" % (y, c), "", "(단위: 천원)")
    rows = []
    for prog in R.sample(["경로당 운영 지원", "저소득층 에너지 바우처", "도시가스 공급 확대", "생활체육 지도자 배치", "하천 정비", "농기계 임대사업소 운영", "공공와이파이 구축", "산불 감시 인력 운영", "어린이 통학로 정비", "지역화폐 발행 지원"], 6):
        a = R.randint(50000, 9000000); b = a + R.randint(-40000, 600000)
        rows.append([prog, "{:,}".format(a), "{:,}".format(b), "{:,}".format(b - a)])
    d.table(["세부사업", "%d 예산" % (y - 1), "%d 예산" % y, "증감"], rows)
    d.p("", "※ 본 자료는 「지방재정법」 제60조에 따라 주민에게 공개하는 자료입니다.",
        "문의: %s 기획예산과 예산팀장 %s (%s)" % (c, name(), tel()))
    d.deciding = "budget disclosure under 지방재정법"
    return d

def t_stats(fmt):
    d = Doc("t_stats", "통계", "public", "none", [])
    c = city(); y = R.choice([2024, 2025])
    topic = R.choice(["주민등록 인구 현황", "사업체 조사 결과", "교통사고 발생 현황", "기초생활보장 수급자 현황(읍면동별 집계)"])
    d.p("%d년 %s %s" % (y, c, topic), "", "작성기관: %s 정보통계담당관  /  공표일: %s" % (c, date()), "")
    rows = [[R.choice(["중앙동", "북부동", "남산동", "강변동", "%s읍" % c[:2], "동림면", "서촌면"]) + ("" if k else ""), "{:,}".format(R.randint(800, 40000)), "{:,}".format(R.randint(800, 40000)), "%.1f" % R.uniform(-3, 4)] for k in range(6)]
    d.table(["구분", "%d" % (y - 1), "%d" % y, "증감률(%)"], rows)
    d.p("", "※ 집계 수치이며 개인을 식별할 수 있는 정보는 포함되어 있지 않습니다.", "※ 비밀번호나 개인정보 없이 누구나 내려받을 수 있습니다." if R.random() < 0.3 else "")
    d.deciding = "aggregate statistics"
    return d

def t_meeting(fmt):
    d = Doc("t_meeting", "공문", "public", "none", [])
    c = city(); f = field_public()
    ev = R.choice(["2025년 상반기 지역안전관리위원회 개최", "하천 정비 사업 관계기관 협의회 개최", "적극행정 우수사례 경진대회 참가 안내", "기록관리 담당자 교육 실시"])
    gongmun(d, "%s" % c, R.choice(["수신자 참조", "각 읍·면·동장", "%s 각 실·과·소장" % c]), ev,
            ["1. 관련: %s-%d(%s)" % (R.choice(DEPTS), R.randint(100, 9999), date()),
             "2. 위 호와 관련하여 %s을(를) 다음과 같이 알려 드리니 참석하여 주시기 바랍니다." % ev,
             "  가. 일시: %s 14:00" % date(), "  나. 장소: %s 청사 %d층 %s" % (c, R.randint(2, 6), R.choice(["대회의실", "소회의실", "상황실"])),
             "  다. 참석 대상: 관계 부서 담당 팀장 및 주무관",
             "3. 문의: %s 주무관(☎ %s)" % (name(), tel())],
            attach=["참석자 명단(직위·성명) 1부."], field=f)
    d.cue(f, "closing_field")
    d.deciding = "stated 공개 agrees with content (officials in office)"
    return d

def t_guide_daeoebi(fmt):
    d = Doc("t_guide_daeoebi", "교육자료", "public", "none", [], mention_only=True)
    c = city()
    d.p("%d년 보안업무 실무 교육자료" % R.choice([2024, 2025]), "- 대외비·비밀 문서 취급 요령 -", "", "%s 총무과 보안담당" % c, "")
    d.p("1. 대외비란?",
        "  ○ 「보안업무규정 시행규칙」 제16조에 따라 비밀에 준하여 보호가 필요한 사항을 대외비로 지정한다.",
        "  ○ 표시 예시: 문서 상단과 하단 중앙에 '대 외 비' 또는 '%s'로 표시한다." % R.choice(["대외비(보호기간: 2026. 12. 31.까지)", "2026. 12. 31.까지 대외비"]),
        "2. 비밀의 구분",
        "  ○ Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분하며(보안업무규정 제4조), 예고문 예시는 다음과 같다.",
        "    - 예고문: 2027. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류",
        "  ○ 사본번호는 '사본번호 제1호'와 같이 표지 우측 상단에 적는다.",
        "3. 정보공개 시 유의사항",
        "  ○ 대외비는 공개 여부를 별도로 검토하여야 하며, 비공개 시 결문에 '비공개(%s)'처럼 적는다." % R.choice(["3", "5", "제9조 제1항 제5호", "2"]),
        "4. 자주 하는 실수",
        "  ○ 업무용 PC 비밀번호를 모니터에 붙여 두는 행위",
        "  ○ 비밀 문서를 일반 문서함에 보관하는 행위")
    d.table(["구분", "표시 방법", "보관"], [["Ⅲ급비밀", "적색 표시, 상·하단", "이중 잠금장치 보관함"], ["대외비", "상·하단 중앙", "잠금장치 캐비닛"]], None)
    d.p("", "※ 이 교육자료는 누구나 열람할 수 있는 공개 자료입니다.")
    d.cue("대외비/Ⅲ급비밀/예고문 quoted as examples", "body/table_cell")
    d.deciding = "mention-only: training material quoting markings"
    return d

def t_guide_oida(fmt):
    d = Doc("t_guide_oida", "안내서", "public", "none", [], mention_only=True)
    d.p("정보공개 업무 처리 안내(담당자용)", "", "1. 공개구분 표시 방법",
        "  ○ 기안문 결문의 공개구분란에 '공개', '부분공개(6)', '비공개(제9조 제1항 제5호)' 등으로 적는다.",
        "  ○ 예) 우 12345 한들시 은행나무로 1 / 전화번호 031-000-0000 / 부분공개(6)",
        "2. 비공개 대상 정보(법 제9조제1항)",
        "  ○ 제1호: 다른 법률 또는 법률이 위임한 명령에 따라 비밀이나 비공개 사항으로 규정된 정보",
        "  ○ 제5호: 감사·감독·검사·시험·규제·입찰계약·기술개발·인사관리·의사결정 과정 또는 내부검토 과정에 있는 사항",
        "  ○ 제6호: 성명·주민등록번호 등 개인에 관한 사항으로서 공개될 경우 사생활의 비밀 또는 자유를 침해할 우려가 있는 정보",
        "     다만, 공개하는 것이 공익을 위하여 필요한 경우 공무원의 성명·직위는 공개한다(라목).",
        "  ○ 제7호: 법인 등의 경영상·영업상 비밀",
        "3. 부분공개",
        "  ○ 비공개 부분과 공개 부분을 분리할 수 있는 경우 비공개 부분을 제외하고 공개한다(법 제14조).",
        "4. 문의: %s 민원봉사과 정보공개 담당 %s(☎ %s)" % (city(), name(), tel()))
    d.cue("부분공개(6), 비공개(제9조 제1항 제5호) quoted", "body")
    d.deciding = "mention-only guide"
    return d

def t_password(fmt):
    d = Doc("t_password", "공지", "public", "none", [], mention_only=True)
    c = city()
    d.p("[알림] 행정포털 비밀번호 정기 변경 안내", "", "게시자: %s 정보통신과 %s 주무관(☎ %s)" % (c, name(), tel()), "",
        "1. 보안 규정에 따라 %s까지 행정포털 및 업무용 PC의 비밀번호를 변경하여 주시기 바랍니다." % date(),
        "2. 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 하며, 직전 비밀번호와 같게 할 수 없습니다.",
        "3. 비밀번호를 3회 이상 틀리면 계정이 잠기며, 정보통신과로 잠금 해제를 요청하시기 바랍니다.",
        "4. 화면보호기 비밀번호(10분)와 CMOS 비밀번호도 함께 설정하시기 바랍니다.",
        "※ 비밀번호는 타인에게 알려 주지 마시고, 메모지에 적어 두지 마십시오.")
    d.cue("비밀번호 (not 비밀)", "body")
    d.deciding = "mention-only: 비밀번호 notice"
    return d

def t_insa(fmt):
    d = Doc("t_insa", "인사발령", "public", "none", [], mention_only=True)
    d.p("인 사 발 령", "", "%s 기준" % date(), "")
    rows = []
    for _ in range(R.randint(3, 6)):
        g = R.choice(["3급(부이사관)", "4급(서기관)", "1급(관리관)", "2급(이사관)", "5급(사무관)"])
        rows.append([g, name(), R.choice(["기획조정실장", "안전정책국장", "%s장" % R.choice(DEPTS), "감사관", "대변인"]), R.choice(["승진 임용", "전보", "직무대리 해제"])])
    d.table(["직급", "성명", "발령 사항", "비고"], rows)
    d.p("", "%s 인사담당관(☎ %s)" % (R.choice(["미래행정부", "지역균형발전처"]), tel()))
    d.cue("3급(부이사관)/1급(관리관) = civil-service grade", "table_cell")
    d.deciding = "mention-only: grade names, officials in office"
    return d

def t_declass(fmt):
    d = Doc("t_declass", "공문", "public", "none", [], mention_only=True)
    c = city(); f = field_public()
    gongmun(d, c, "각 실·과·소장", "비밀 재분류(일반문서 전환) 알림",
            ["1. 보안업무규정 제14조에 따라 우리 시 보유 비밀의 보호기간 만료에 따른 재분류 결과를 알려 드립니다.",
             "2. 재분류 내역",
             "  가. %d년 충무계획 부록(Ⅲ급비밀, 관리번호 제%d호): %s 보호기간 만료로 일반문서로 재분류" % (R.choice([2018, 2019, 2020]), R.randint(1, 40), date()),
             "  나. 비상대비 업무 지침(대외비): 보호기간 만료로 일반문서로 재분류",
             "3. 각 부서는 비밀관리기록부에 재분류 사실을 기록하고 해당 문서의 표지 표시를 삭선 처리하시기 바랍니다."],
            field=f)
    d.cue("Ⅲ급비밀/대외비 as past designation of other documents", "body")
    d.cue(f, "closing_field")
    d.deciding = "mention-only declassification notice"
    return d

def t_cover_secret(fmt):
    d = Doc("t_cover_secret", "공문", "public", "none", [], mention_only=True)
    c = city(); g = R.choice(["3급 비밀", "Ⅲ급비밀", "대외비"])
    gongmun(d, c, "%s 비상대비담당관" % R.choice(["서운도", "한빛도"]), "%d년 비상대비 자원 조사 결과 제출" % R.choice([2024, 2025]),
            ["1. 관련: 비상대비담당관-%d(%s)" % (R.randint(100, 999), date()),
             "2. 위 호와 관련하여 우리 %s의 자원 조사 결과를 제출합니다." % c[-1],
             "3. 붙임 문서는 %s(으)로 분류되어 있으므로 비밀 취급 인가자를 통하여 별도 송부(인편)합니다." % g],
            attach=["자원 조사 결과 1부(%s, 별도 송부)." % g], field=field_public())
    d.cue(g + " refers to separately-sent attachment", "attach")
    d.deciding = "mention-only cover letter; attachment not included"
    return d

def t_sec_audit(fmt):
    d = Doc("t_sec_audit", "보고서", "public", "none", [], mention_only=True)
    c = city()
    d.p("%d년 %s 보안감사 결과(공개용 요약)" % (R.choice([2024, 2025]), c), "", "1. 감사 기간: %s ~ %s" % period(),
        "2. 주요 지적 사항")
    d.table(["분야", "지적 내용", "건수", "조치"], [
        ["문서 보안", "대외비 관리대장 기록 누락", str(R.randint(1, 4)), "시정"],
        ["정보 보안", "비밀번호 주기적 변경 미이행 PC", str(R.randint(3, 30)), "시정"],
        ["비밀 관리", "Ⅲ급비밀 열람 기록 미작성", str(R.randint(1, 3)), "주의"],
        ["시설 보안", "보호구역 출입 통제 미흡", str(R.randint(1, 2)), "개선"]])
    d.p("3. 개선 계획: 보안 담당자 교육 강화 및 분기별 자체 점검", "※ 이 요약본은 정보공개 대상입니다. 문의: 총무과 %s(☎ %s)" % (name(), tel()))
    d.cue("대외비/Ⅲ급비밀 in audit findings", "table_cell")
    d.deciding = "mention-only public audit summary"
    return d

def t_generic_pub(fmt):
    d = Doc("t_generic_pub", "공문", "public", "none", [])
    c = city(); f = field_public()
    subj = R.choice(["겨울철 수도 계량기 동파 예방 홍보 협조", "공공근로사업 참여자 모집 홍보 협조", "주민참여예산 제안 공모 안내", "%d년 지방세 체납액 일제 정리 기간 운영" % R.choice([2024, 2025]), "청사 에너지 절약 추진 협조"])
    gongmun(d, c, "수신자 참조", subj,
            ["1. %s에 관한 사항입니다." % subj,
             "2. 각 기관에서는 관련 내용을 누리집 및 게시판에 게시하는 등 적극 홍보하여 주시기 바랍니다.",
             "3. 담당: %s %s 주무관(☎ %s, 전송 %s)" % (R.choice(DEPTS), name(), tel(), tel())],
            attach=[R.choice(["홍보 포스터 1부.", "추진 계획 1부.", "안내문 1부."])], field=f)
    d.cue(f, "closing_field")
    d.deciding = "stated 공개, routine"
    return d

def t_recruit(fmt):
    d = Doc("t_recruit", "공고", "public", "none", [])
    c = city()
    d.p("%s 공고 제%d-%d호" % (c, R.choice([2024, 2025]), R.randint(100, 1999)), "", "%s 기간제근로자 채용 공고" % c, "",
        "1. 채용 분야 및 인원: %s %d명" % (R.choice(["산불감시원", "공원 관리", "행정 보조", "방역 요원"]), R.randint(2, 20)),
        "2. 응시 자격: 공고일 현재 %s에 주민등록이 되어 있는 사람" % c,
        "3. 제출 서류: 응시원서, 자기소개서, 개인정보 수집·이용 동의서(주민등록번호 뒷자리는 가린 후 제출)",
        "4. 접수 기간: %s ~ %s" % (date(), date()), "5. 문의: %s %s 주무관(☎ %s)" % (R.choice(DEPTS), name(), tel()), "", head_title(c))
    d.cue("주민등록번호 mention (instruction only)", "body")
    d.deciding = "recruitment notice, no personal data"
    return d

def t_records(fmt):
    d = Doc("t_records", "공문", "public", "none", [], mention_only=True)
    c = city()
    gongmun(d, c, "각 실·과·소장", "%d년 기록물 정리 및 기록관 이관 안내" % R.choice([2024, 2025]),
            ["1. 「공공기록물 관리에 관한 법률」 제19조 및 같은 법 시행령 제32조에 따라 처리과 보존기간이 지난 기록물을 기록관으로 이관합니다.",
             "2. 이관 대상: 생산 후 2년이 지난 보존기간 3년 이상 기록물(전자·비전자)",
             "3. 유의 사항",
             "  가. 비공개 기록물은 이관 시 공개 여부를 재분류하며, 비공개 사유(법 제9조제1항 각 호)를 기재합니다.",
             "  나. 비밀기록물(Ⅱ급·Ⅲ급)과 대외비는 별도 목록으로 작성하여 보안담당관을 거쳐 이관합니다.",
             "4. 문의: 기록관 %s 기록연구사(☎ %s)" % (name(), tel())],
            attach=["이관 목록 서식 1부."], field=field_public())
    d.cue("비밀기록물/대외비/비공개 as procedure", "body")
    d.deciding = "mention-only records-transfer notice"
    return d

def t_contract_pub(fmt):
    d = Doc("t_contract_pub", "계약공개", "public", "none", [])
    c = city()
    d.p("%s 수의계약 체결 현황 공개(%d년 %d분기)" % (c, R.choice([2024, 2025]), R.randint(1, 4)), "", "「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제30조에 따라 공개합니다.", "")
    d.table(["계약명", "계약상대자", "계약금액(원)", "계약일", "수의계약 사유"],
            [[R.choice(["청사 청소 용역", "방역 소독 용역", "홍보물 제작", "가로등 보수", "전산장비 유지보수"]), R.choice(COMPANIES), money(5000, 49000), date(), R.choice(["2천만원 이하", "장애인기업", "여성기업"])] for _ in range(R.randint(4, 7))])
    d.p("", "담당: 회계과 계약팀 %s (☎ %s)" % (name(), tel()))
    d.deciding = "statutory contract disclosure"
    return d

# ================================================================ PARTIAL templates
def stated_or_content(d, kind, nums):
    """Returns field string or None (content-only)."""
    if R.random() < 0.5:
        d.content_only = True
        return None
    f = field_partial(nums) if kind == "partial" else field_nonpub(nums)
    return f

def t_minwon(fmt):
    d = Doc("t_minwon", "민원회신", "partial", "none", O(6))
    c = city(); pn = name(); f = stated_or_content(d, "partial", [6])
    issue = R.choice(["주택가 불법 주정차 단속 요청", "소음 민원(야간 공사)", "가로수 전지 요청", "상수도 요금 이의"])
    gongmun(d, c, "%s 귀하 (%s)" % (pn, home_addr()), "민원(%s) 처리 결과 알림" % issue,
            ["1. 귀하께서 %s 국민신문고로 제출하신 민원(신청번호 %d-%07d)에 대한 검토 결과입니다." % (date(), R.choice([2024, 2025]), R.randint(0, 9999999)),
             "2. 민원인: %s (연락처 %s)" % (pn, mobile()),
             "3. 처리 결과: 현장 확인 결과 민원 내용이 사실로 확인되어 %s 조치하였습니다." % R.choice(["계도 및 과태료 부과", "공사 시간 조정 명령", "정비 완료"]),
             "4. 처리 결과에 이의가 있는 경우 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다."],
            field=f)
    d.cue("민원인 name/home address/mobile", "body")
    if f: d.cue(f, "closing_field")
    d.deciding = "private complainant identifiable -> remove -> partial"
    return d

def t_subsidy(fmt):
    full = R.random() < 0.5
    d = Doc("t_subsidy", "보조금", "partial", "none", O(6) + (["PIPA-24"] if full else []))
    c = city(); f = stated_or_content(d, "partial", [6])
    prog = R.choice(["농업인 영농 정착 지원금", "소상공인 경영안정 자금", "출산 장려금", "청년 월세 지원금"])
    gongmun(d, c, "내부결재", "%s 지급 결정" % prog,
            ["1. %s 지원 조례 제%d조에 따라 %s 지급 대상자를 다음과 같이 결정하고자 합니다." % (c, R.randint(3, 12), prog),
             "2. 지급 대상자 및 금액"], attach=["지급 대상자 명단 1부."], field=f)
    rows = []
    for _ in range(R.randint(3, 6)):
        r = rrn()
        rows.append([name(), r if full else birth(), home_addr(), acct(), money(300, 3000)])
    d.table(["성명", "주민등록번호" if full else "생년월일", "주소", "입금 계좌", "지급액(원)"], rows)
    d.cue("recipient names, %s, bank accounts" % ("full RRN" if full else "birth dates"), "table_cell")
    if f: d.cue(f, "closing_field")
    d.deciding = "individual recipients + accounts removable; rest public"
    return d

def t_contract_ind(fmt):
    d = Doc("t_contract_ind", "계약서", "partial", "none", O(6) + ["PIPA-24"])
    c = city(); pn = name(); f = stated_or_content(d, "partial", [6])
    d.p("%s 용역 계약서" % R.choice(["홈페이지 콘텐츠 번역", "역사 자료 조사", "축제 사회자 섭외", "조경 자문", "교육 강사"]), "",
        "발주기관: %s %s (담당 %s 주무관, ☎ %s)" % (c, R.choice(DEPTS), name(), tel()),
        "계약상대자: %s (개인사업자, 주민등록번호 %s)" % (pn, rrn()),
        "주소: %s  /  연락처 %s" % (home_addr(), mobile()),
        "계약금액: 금 %s원(부가가치세 포함)" % money(1000, 19000),
        "계약기간: %s ~ %s" % period(),
        "대금 지급 계좌: %s (예금주 %s)" % (acct(), pn),
        "", "제1조(목적) 이 계약은 발주기관이 의뢰한 용역의 수행에 관한 사항을 정한다.",
        "제2조(비밀유지) 계약상대자는 용역 수행 중 알게 된 정보를 외부에 누설하여서는 아니 된다.", "",
        "%s" % date(), "발주기관 %s장 (인)    계약상대자 %s (인)" % (c, pn))
    if f: d.p("", f)
    d.cue("unmasked RRN of individual contractor", "body")
    d.cue("비밀유지 clause (not a marking)", "body")
    if f: d.cue(f, "bottom")
    d.deciding = "unmasked RRN -> PIPA-24; contract otherwise disclosable"
    return d

def t_building_obj(fmt):
    d = Doc("t_building_obj", "민원회신", "partial", "none", O(6), content_only=True)
    c = city(); pn = name()
    d.p("건축허가 반려처분 이의신청 검토 결과 통지", "", "1. 신청인: %s (%s, 생년월일 %s)" % (pn, home_addr(), birth()),
        "2. 대상지: %s 일원 %d-%d번지 (지목: 전, 면적 %d㎡)" % (c, R.randint(100, 999), R.randint(1, 30), R.randint(300, 2000)),
        "3. 신청 내용: %s 단독주택 신축 허가 반려처분(%s)에 대한 이의" % (date(), R.choice(["진입도로 미확보", "배수로 미확보", "경관 심의 부적합"])),
        "4. 검토 의견: 신청인이 제출한 도로 사용 승낙서(토지 소유자 %s)를 검토한 결과, 진입도로 요건을 충족하므로 이의신청을 인용함." % name(),
        "5. 연락처: 신청인 %s / 담당 %s 건축과 %s 주무관(☎ %s)" % (mobile(), c, name(), tel()))
    d.cue("applicant and land-owner names/addresses", "body")
    d.deciding = "content-only; private applicant identifiable, decision otherwise disclosable"
    return d

def t_audit_disp(fmt):
    d = Doc("t_audit_disp", "감사결과", "partial", "none", O(6))
    c = city(); f = stated_or_content(d, "partial", [6])
    d.p("처 분 요 구 서", "", "감사 대상: %s %s" % (c, R.choice(DEPTS)), "감사 기간: %s ~ %s" % period(), "",
        "제목: %s 부적정" % R.choice(["보조금 정산 검사 업무 처리", "수의계약 분할 발주", "초과근무수당 부당 수령", "공유재산 대부료 부과 누락"]), "",
        "1. 현황 및 문제점",
        "  %s에 근무하는 %s %s(%s)은(는) %s 관련 업무를 처리하면서 관련 규정을 위반하여 %s원의 예산 손실을 초래하였다." % (R.choice(DEPTS), R.choice(["행정6급", "시설7급", "행정7급"]), name(), R.choice(["현 %s 근무" % R.choice(DEPTS), "전보"]), R.choice(["보조금", "계약", "대부료"]), money(1000, 90000)),
        "2. 관계 공무원 의견: 업무 과다로 인한 착오였다고 진술",
        "3. 조치할 사항",
        "  %s장은 위 관련자 %s을(를) 「지방공무원법」 제72조에 따라 %s 처분하시기 바랍니다." % (c, name(), R.choice(["경징계 이상", "훈계", "견책"])))
    if f: d.p("", f)
    d.cue("named officials subject to disciplinary request (non-official capacity)", "body")
    if f: d.cue(f, "bottom")
    d.deciding = "audit result is disclosable once finalized; names of officials facing discipline removed (9-1-6)"
    return d

def t_oida_notice(fmt):
    d = Doc("t_oida_notice", "정보공개결정", "partial", "none", O(6), content_only=True, mention_only=True)
    c = city(); pn = name()
    d.p("정보 (부분)공개 결정 통지서", "", "청구인: %s  주소 %s  전화 %s" % (pn, home_addr(), mobile()), "접수일: %s  접수번호: %d" % (date(), R.randint(1000000, 9999999)), "",
        "청구 내용: %s 관련 회의록 및 검토 보고서" % R.choice(["도시재생 사업", "공영주차장 위탁", "체육관 신축"]), "",
        "공개 내용: 회의록(발언자 성명 제외)", "비공개 내용 및 사유: 검토 보고서 - 비공개(%s) 의사결정 과정에 있는 사항" % cite(5),
        "부분공개 사유: 회의록 중 민간위원 성명 - %s" % cite(6), "",
        "공개 일시: %s  공개 방법: 전자파일(정보공개포털)" % date(), head_title(c))
    d.cue("비공개(9-1-5)/제6호 citations refer to requested records", "body")
    d.cue("청구인 name/address/mobile", "body")
    d.deciding = "cited reasons are about other records (mention-only); the notice itself names a private requester -> partial 6"
    return d

def t_bid_eval(fmt):
    d = Doc("t_bid_eval", "평가결과", "partial", "none", O(7))
    c = city(); f = stated_or_content(d, "partial", [7])
    d.p("%s 협상에 의한 계약 제안서 평가 결과" % R.choice(["스마트 버스정류장 구축", "통합 민원 시스템 고도화", "관광 안내 앱 개발"]), "")
    rows = []
    for co in R.sample(COMPANIES, 3):
        rows.append([co, "%.2f" % R.uniform(60, 90), "%.2f" % R.uniform(10, 20), "인건비 단가 %s원/MM, 자체 개발 엔진 '%s' 원가 %s원" % (money(5000, 9000), R.choice(["NOVA", "HANA-X", "ORBIT"]), money(20000, 80000))])
    d.table(["업체", "기술평가", "가격평가", "제안 원가 내역(영업비밀)"], rows)
    d.p("", "※ 업체 순위와 총점은 공개하고, 원가·단가 내역은 업체의 영업상 비밀이므로 제외합니다.")
    if f: d.p(f)
    d.cue("company cost breakdown", "table_cell")
    if f: d.cue(f, "bottom")
    d.deciding = "business secrets removable -> partial 7"
    return d

def t_mislabeled(fmt):
    d = Doc("t_mislabeled", "공문", "partial", "none", O(6) + ["PIPA-24"])
    c = city(); f = R.choice(["공개", "공개구분: 공개", "/ 공개"])
    gongmun(d, c, "%s 읍·면장" % c, "%s 지급 대상자 통보" % R.choice(["긴급 생계비", "재난지원금", "장애인 보장구 구입비"]),
            ["1. 지급 대상자를 다음과 같이 통보하니 지급에 철저를 기하여 주시기 바랍니다.",
             "  " + " / ".join("%s %s %s" % (name(), rrn(), acct()) for _ in range(R.randint(2, 4)))],
            field=f)
    d.cue(f + " (stated) contradicted by full RRN + accounts", "closing_field")
    d.deciding = "mislabelled: stated 공개 but unmasked RRNs -> gold follows content"
    return d

def t_minutes(fmt):
    d = Doc("t_minutes", "회의록", "partial", "none", O(6))
    c = city(); f = stated_or_content(d, "partial", [6])
    d.p("%s %s 회의록" % (c, R.choice(["도시계획위원회", "지방보조금심의위원회", "건축위원회", "교통안전위원회"])), "",
        "일시: %s 15:00  장소: %s 청사 소회의실" % (date(), c), "참석: 위원장 %s(부시장), 민간위원 %s(%s 교수), %s(변호사), %s(주민대표)" % (name(), name(), R.choice(["한들대", "여울대"]), name(), name()), "",
        "안건: %s 심의" % R.choice(["%s 일원 용도지역 변경" % c, "민간단체 보조금 지원", "공동주택 건축 심의"]), "",
        "○ %s 위원: 민원인 %s 씨(%s 거주)가 제기한 일조권 문제를 충분히 검토해야 한다." % (name(), name(), R.choice(ROADS)),
        "○ 위원장: 조건부 가결로 정리하겠다.", "의결: 조건부 가결")
    if f: d.p("", f)
    d.cue("private members/residents named with statements", "body")
    d.deciding = "finalized minutes disclosable; private speaker/resident names removed"
    return d

def t_award(fmt):
    d = Doc("t_award", "포상", "partial", "none", O(6), content_only=True)
    c = city()
    d.p("%d년 %s 모범시민 표창 수여 결과" % (R.choice([2024, 2025]), c), "")
    d.table(["성명", "생년월일", "주소", "공적 요지"], [[name(), birth(), home_addr(), R.choice(["20년간 무료 급식 봉사", "독거노인 안부 확인", "하천 정화 활동", "화재 현장 인명 구조"])] for _ in range(R.randint(3, 5))])
    d.p("", "시상: %s 시민의 날 기념식 / 담당 자치행정과 %s(☎ %s)" % (date(), name(), tel()))
    d.cue("private recipients' birthdates/home addresses", "table_cell")
    d.deciding = "content-only; award result public, private identifiers removable"
    return d

def t_foreign(fmt):
    d = Doc("t_foreign", "공문", "partial", "none", O(6) + ["PIPA-24"])
    c = city(); f = stated_or_content(d, "partial", [6])
    gongmun(d, c, "%s 고용센터" % c, "외국인 계절근로자 입국 및 배정 현황 통보",
            ["1. %s 농가 외국인 계절근로자 배정 현황을 다음과 같이 통보합니다." % c,
             "2. 배정 현황"], field=f)
    d.table(["성명(영문)", "국적", "외국인등록번호", "여권번호", "배정 농가"],
            [[R.choice(["NGUYEN VAN AN", "TRAN THI HOA", "BATBAYAR GANBOLD", "SOMCHAI K.", "RAHMAN MD"]), R.choice(["베트남", "몽골", "라오스", "필리핀"]), rrn(foreign=True), passport(), "%s(%s)" % (name(), R.choice(ROADS))] for _ in range(R.randint(2, 4))])
    d.cue("unmasked 외국인등록번호/passport", "table_cell")
    d.deciding = "unmasked FRN/passport -> PIPA-24; document otherwise disclosable"
    return d

def t_hire(fmt):
    d = Doc("t_hire", "공고", "partial", "none", O(6), content_only=True)
    c = city()
    d.p("%s 공무직 근로자 최종 합격자 통보(내부)" % c, "")
    d.table(["수험번호", "성명", "생년월일", "휴대전화", "배치 부서"], [["%d" % R.randint(10001, 10999), name(), birth(), mobile(), R.choice(DEPTS)] for _ in range(R.randint(3, 5))])
    d.p("", "※ 최종 합격자는 %s까지 신체검사서와 범죄경력 회보서 제출에 동의하여야 합니다." % date())
    d.cue("applicants' birthdates/mobiles", "table_cell")
    d.deciding = "content-only; hiring result disclosable without personal identifiers"
    return d

def t_resident(fmt):
    d = Doc("t_resident", "결과보고", "partial", "none", O(6), content_only=True)
    c = city()
    d.p("%s 주민설명회 개최 결과 보고" % R.choice(["폐기물 처리시설 입지", "공원 조성", "도로 확장"]), "",
        "1. 일시/장소: %s 19:00, %s 행정복지센터 2층" % (date(), c), "2. 참석: 주민 %d명, %s 과장 등 공무원 %d명" % (R.randint(20, 90), name(), R.randint(3, 8)),
        "3. 주요 질의")
    d.table(["질의자", "연락처", "내용", "답변"], [["%s(%s)" % (name(), R.choice(ROADS)), mobile(), R.choice(["악취 대책은?", "보상 기준은?", "공사 기간은?"]), "추후 검토"] for _ in range(R.randint(2, 4))])
    d.cue("resident names + mobiles", "table_cell")
    d.deciding = "content-only; residents removable"
    return d

# ================================================================ NON-PUBLIC templates
SECRET_TOPICS_2 = ["통합방위 %s 지역 작전 지원 계획", "을지연습 %s 전시 행정 전환 계획", "%s 비상대비 중점관리업체 동원 계획", "접경 %s 주민 대피 및 통제 계획"]
SECRET_TOPICS_3 = ["%s 국가중요시설(정수장) 방호 계획", "%s 통합관제센터 방호 및 대체 운영 계획"]

def place_marking(d, stamp, fmt, where_opts=("top", "bottom", "both", "header", "footer", "cover", "cell")):
    w = R.choice(where_opts)
    if fmt == "text" and w in ("header", "footer", "cover"):
        w = R.choice(["top", "both", "header", "cover"])
    if w in ("top", "both"):
        d.blocks.insert(0, ("stamp", stamp)); d.cue(stamp, "top_stamp")
    if w in ("bottom", "both"):
        d.blocks.append(("stamp", stamp)); d.cue(stamp, "bottom_stamp")
    if w == "header":
        d.header = stamp; d.cue(stamp, "header")
    if w == "footer":
        d.footer = stamp; d.cue(stamp, "footer")
    if w == "cover":
        d.cover = [stamp]; d.cue(stamp, "cover")
    if w == "cell":
        d.blocks.insert(0, ("table", ["문서번호", "보안등급", "보존기간", "작성"], [[docno(R.choice(DEPTS)), stamp, R.choice(["3년", "5년", "10년"]), name()]], stamp))
        d.cue(stamp, "table_cell")
    return w

def t_secret(fmt, grade=None):
    grade = grade or "III급"
    facility = R.random() < 0.35
    d = Doc("t_secret_" + {"III급": "3", "II급": "2", "I급": "1"}[grade], "비밀문서", "non_public", grade, O(1, 3) if facility else O(1, 2))
    c = city(); stamp = stamp_secret(grade)
    title = (R.choice(SECRET_TOPICS_3) if facility else R.choice(SECRET_TOPICS_2)) % c
    d.p("사본번호 제%d호 (총 %d부 중)" % (R.randint(1, 3), R.randint(3, 5)), "", title, "", "%s 비상대비담당관" % c, date(), "")
    if facility:
        d.p("1. 방호 대상: %s 정수장(일일 처리 %s㎥), 취수탑 및 배수지 %d개소" % (c, "{:,}".format(R.randint(30000, 200000)), R.randint(2, 6)),
            "2. 취약 지점: 북측 울타리 %dm 구간 CCTV 사각지대, 약품 투입실 출입 통제 미흡" % R.randint(30, 200),
            "3. 방호 인력: 청원경찰 %d명, 예비군 %d개 소대 증원(비상시 %d분 이내 배치)" % (R.randint(4, 12), R.randint(1, 3), R.randint(20, 60)),
            "4. 대체 시설: 적 위협 시 %s 배수지로 급수 전환(전환 소요 %d시간)" % (R.choice(ROADS), R.randint(2, 9)))
    else:
        d.p("1. 상황: 적 특수작전부대 침투 징후 시 %s 일대 통합방위 %s 사태 선포 대비" % (c, R.choice(["갑종", "을종", "병종"])),
            "2. 지원본부 위치: 주 %s 지하 상황실, 예비 %s 일원 %s" % (c + "청", R.choice(ROADS), R.choice(["농협 창고", "폐교 강당", "터널형 대피소"])),
            "3. 동원 자원: 중점관리업체 %d개, 차량 %d대, 유류 %s ℓ" % (R.randint(5, 30), R.randint(20, 200), "{:,}".format(R.randint(10000, 90000))),
            "4. 군 협조: 제%d사단 %d연대와 작전 통제선(%s ~ %s) 공동 운용" % (R.randint(10, 99), R.randint(10, 99), R.choice(ROADS), R.choice(ROADS)),
            "5. 통신: 대체 주파수 %d.%03d MHz, 호출부호 '%s'" % (R.randint(140, 170), R.randint(0, 999), R.choice(["솔개", "백두", "참매", "은하"])))
    ye = yegomun(grade)
    d.p("", ye)
    d.cue(ye, "yegomun")
    w = place_marking(d, stamp, fmt)
    if w not in ("both",) and R.random() < 0.5:
        d.blocks.append(("stamp", stamp)); d.cue(stamp, "bottom_stamp")
    d.deciding = "%s marking (보안업무규정) + 예고문 -> 9-1-1 plus content %s" % (grade, "-3 facility protection" if facility else "-2 national security")
    return d

def t_secret2(fmt): return t_secret(fmt, "II급")
def t_secret1(fmt): return t_secret(fmt, "I급")

def t_daeoebi(fmt):
    kind = R.choice(["sec", "sec", "review", "audit", "realestate", "health"])
    reasons = {"sec": O(3), "review": O(5), "audit": O(5), "realestate": O(5, 8), "health": O(6) + ["PIPA-23"]}[kind]
    d = Doc("t_daeoebi_" + kind, "대외비문서", "non_public", "대외비", reasons)
    c = city(); stamp = stamp_daeoebi()
    if kind == "sec":
        d.p("%s 을지연습 %s 운영 계획" % (c, R.choice(["전시 종합상황실", "주요 시설 방호", "대피시설"])), "",
            "1. 주요 방호 시설: %s 변전소, %s 정수장, 시청 전산실(%d층)" % (c, c, R.randint(1, 5)),
            "2. 출입 통제: 비상 출입 카드 코드 체계 %s-계열, 통제 초소 %d개소" % (R.choice("ABCDE"), R.randint(2, 7)),
            "3. 비상 연락망: 상황실 직통 %s, 비상 무전 채널 %d번" % (tel(), R.randint(1, 16)))
    elif kind == "review":
        d.p("%s 통합 청사 이전 부지 검토(내부 검토안)" % c, "",
            "1. 검토 배경: 청사 노후화에 따른 이전 부지 비교 검토",
            "2. 후보지 비교: A안(%s) 점수 %d, B안(%s) 점수 %d" % (R.choice(ROADS), R.randint(60, 90), R.choice(ROADS), R.randint(60, 90)),
            "3. 검토 의견: 시장 보고 후 확정 예정이며, 확정 전 외부 공개 시 지가 상승 및 민원 우려")
    elif kind == "audit":
        d.p("%d년 %s 특정감사 착수 계획" % (R.choice([2024, 2025]), R.choice(DEPTS)), "",
            "1. 감사 대상: 보조사업자 %d곳의 정산 자료" % R.randint(3, 12),
            "2. 중점 점검: 허위 세금계산서 제출 의심 업체 현장 확인(사전 통보 없음)",
            "3. 감사반 편성: 감사팀장 외 %d명" % R.randint(2, 6))
    elif kind == "realestate":
        d.p("%s 산업단지 후보지 선정 검토(미공표)" % c, "",
            "1. 후보지: %s 일원 %s㎡ (지번 %d-%d 외 %d필지)" % (R.choice(ROADS), "{:,}".format(R.randint(100000, 900000)), R.randint(1, 900), R.randint(1, 30), R.randint(10, 80)),
            "2. 예상 보상가: 공시지가 대비 %d%% 수준" % R.randint(120, 190),
            "3. 발표 전 정보 유출 시 투기 우려가 크므로 관계자 외 열람을 제한함")
    else:
        d.p("직원 건강검진 결과 사후관리 대상자 현황", "")
        d.table(["소속", "성명", "소견", "조치"], [[R.choice(DEPTS), name(), R.choice(["고혈압 2기", "당뇨 의심", "간기능 이상", "우울 척도 고위험"]), "정밀검사 권고"] for _ in range(R.randint(3, 5))])
    w = place_marking(d, stamp, fmt)
    if R.random() < 0.3:
        d.p("", "※ 이 문서는 %s까지 대외비로 관리하며, 이후 일반문서로 재분류한다." % date(2026)); d.cue("대외비 보호기간 note", "body")
    d.deciding = "대외비 marking (시행규칙, no 9-1-1) + content reasons %s" % ",".join(reasons)
    return d

def t_discipline(fmt):
    dui = R.random() < 0.5
    d = Doc("t_discipline", "징계", "non_public", "none", O(6) + (["PIPA-23"] if dui else []), content_only=True)
    c = city(); pn = name()
    d.p("징 계 의 결 서", "", "%s 인사위원회" % c, "")
    d.table(["소속", "직위(직급)", "성명"], [[R.choice(DEPTS), R.choice(["행정6급", "시설7급", "세무8급", "사회복지7급"]), pn]])
    if dui:
        d.p("의결 주문: 정직 %d월" % R.randint(1, 3), "",
            "이유: 위 사람은 %s 23:40경 %s 일대에서 혈중알코올농도 %.3f%% 상태로 자가용 승용차를 운전하다 적발되어 %s %s지방법원에서 벌금 %s만원의 약식명령을 받은 사실이 인정된다." % (date(), R.choice(ROADS), R.uniform(0.08, 0.2), date(), c[:2], R.choice(["700", "1,000", "1,200"])))
    else:
        d.p("의결 주문: %s" % R.choice(["견책", "감봉 1월", "감봉 2월"]), "",
            "이유: 위 사람은 %s부터 %s까지 정당한 사유 없이 %d회에 걸쳐 무단 조퇴하고, 출장 복명서를 사실과 다르게 작성하는 등 성실의무(지방공무원법 제48조)를 위반하였다." % (period() + (R.randint(3, 12),)))
    d.p("", "%s" % date(), "위원장 %s  위원 %s  위원 %s" % (name(), name(), name()))
    d.cue("named official's disciplinary decision" + (" with DUI conviction" if dui else ""), "body")
    d.deciding = "content-only disciplinary record" + (" + criminal conviction (PIPA-23)" if dui else "")
    return d

def t_sickleave(fmt):
    d = Doc("t_sickleave", "인사", "non_public", "none", O(6) + ["PIPA-23"], content_only=True)
    c = city(); pn = name()
    gongmun(d, c, "내부결재", "질병휴직 승인(%s)" % pn,
            ["1. 「지방공무원법」 제63조제1항제1호에 따라 다음 직원의 질병휴직을 승인하고자 합니다.",
             "  가. 대상: %s %s %s" % (R.choice(DEPTS), R.choice(["행정7급", "간호6급", "보건8급"]), pn),
             "  나. 진단명: %s (%s 발행 진단서)" % (R.choice(["요추 추간판 탈출증", "주요 우울장애", "갑상선 암", "뇌경색 후 재활"]), R.choice(["여울대학교병원", "한들의료원", "새터정형외과"])),
             "  다. 휴직 기간: %s ~ %s" % (date(), date())],
            attach=["진단서 사본 1부."], field=None)
    d.cue("diagnosis of named official", "body")
    d.deciding = "content-only health data"
    return d

def t_union(fmt):
    d = Doc("t_union", "명단", "non_public", "none", O(6) + ["PIPA-23"], content_only=True)
    c = city()
    d.p("%d년 %d월 %s 공무원노동조합 조합비 급여 공제 명단" % (R.choice([2024, 2025]), R.randint(1, 12), c), "")
    d.table(["소속", "성명", "직급", "공제액(원)"], [[R.choice(DEPTS), name(), R.choice(["7급", "8급", "6급", "9급"]), "{:,}".format(R.choice([12000, 15000, 18000]))] for _ in range(R.randint(5, 8))])
    d.cue("union membership roster", "table_cell")
    d.deciding = "content-only trade-union membership list"
    return d

def t_price(fmt):
    d = Doc("t_price", "계약", "non_public", "none", O(5))
    c = city(); f = stated_or_content(d, "non_public", [5])
    item = R.choice(["%s 체육센터 냉난방 설비 교체 공사" % c, "%s 농어촌도로 확포장 공사" % c, "%s 통합 보안관제 용역" % c])
    d.p("예정가격 결정 조서", "", "건명: %s" % item, "입찰 공고일: %s   개찰 예정일: %s" % period(), "")
    d.table(["구분", "금액(원)"], [["기초금액", money(300000, 900000)], ["복수예비가격 범위", "±2%"], ["추첨 예비가격 산술평균", money(300000, 900000)], ["결정 예정가격", money(300000, 900000)]])
    d.p("", "산정 근거: 조달청 단가 및 업체 견적 3곳 평균(%s)" % ", ".join(R.sample(COMPANIES, 3)), "결정자: 계약관 %s" % name())
    if f: d.p("", f); d.cue(f, "bottom")
    d.cue("pre-opening 예정가격", "table_cell")
    d.deciding = "입찰계약 in progress -> 9-1-5"
    return d

def t_police(fmt):
    full = R.random() < 0.4
    d = Doc("t_police", "수사", "non_public", "none", O(4, 6) + (["PIPA-24"] if full else []))
    c = city(); pn = name(); f = stated_or_content(d, "non_public", [4, 6])
    r = rrn()
    gongmun(d, "%s경찰서" % c, "%s장(%s)" % (c, R.choice(["세무과", "복지정책과", "건축과"])), "수사 협조 의뢰(자료 제출)",
            ["1. 우리 서에서 수사 중인 %s 사건(접수번호 %d-%06d)과 관련하여 다음 자료의 제출을 의뢰합니다." % (R.choice(["보조금 편취", "사기", "건축법 위반"]), R.choice([2024, 2025]), R.randint(0, 999999)),
             "2. 대상자: %s (%s, %s)" % (pn, r if full else mask(r), home_addr()),
             "3. 요청 자료: %s 이후 보조금 신청 서류 및 지급 내역 일체" % date(),
             "4. 본 의뢰는 수사 진행 중인 사안이므로 대상자에게 알리지 마시기 바랍니다.",
             "5. 담당: 수사과 경제팀 경위 %s(☎ %s)" % (name(), tel())],
            field=f, sender="%s경찰서장" % c)
    d.cue("suspect identity%s" % (" + unmasked RRN" if full else " (masked RRN)"), "body")
    if f: d.cue(f, "closing_field")
    d.deciding = "ongoing investigation (9-1-4) + suspect (9-1-6)"
    return d

def t_immig(fmt):
    d = Doc("t_immig", "사실조회", "non_public", "none", O(4, 6) + ["PIPA-24"], content_only=True)
    c = city(); pn = name()
    gongmun(d, c + "경찰서", "%s출입국·외국인사무소장" % c, "출입국 사실 조회 요청",
            ["1. 수사 중인 사건과 관련하여 다음 사람의 출입국 사실을 조회하여 주시기 바랍니다.",
             "  가. 성명: %s (%s)" % (pn, R.choice(["KIM", "LEE", "PARK"]) + " " + R.choice(["MINJUN", "SEOYEON", "JIHO"])),
             "  나. 주민등록번호: %s  /  여권번호: %s" % (rrn(), passport()),
             "  다. 조회 기간: %s ~ %s" % period(),
             "2. 회신 시 비밀 유지에 유의하여 주시기 바랍니다."],
            sender="%s경찰서장" % c, field=None)
    d.cue("unmasked RRN + passport of investigated person", "body")
    d.deciding = "content-only; investigation + identifiers"
    return d

def t_merit(fmt):
    d = Doc("t_merit", "포상", "non_public", "none", O(5, 6), content_only=True)
    c = city(); pn = name()
    d.p("공 적 조 서", "(%d년 %s 정부포상 후보자 — 심사 전)" % (R.choice([2024, 2025]), R.choice(["하반기", "상반기"])), "")
    d.table(["성명", "생년월일", "소속/직급", "주소", "추천 훈격"], [[pn, birth(), "%s %s" % (R.choice(DEPTS), R.choice(["행정6급", "토목6급"])), home_addr(), R.choice(["근정포장", "대통령표창", "국무총리표창"])]])
    d.p("", "주요 공적", "  1. %s 재해 복구 사업을 조기 완료하여 예산 %s원 절감" % (date(), money(10000, 900000)),
        "  2. 민원 처리 기간 단축 시스템 도입", "", "형사처벌 및 징계 사실: %s" % R.choice(["없음", "없음", "%s 견책(말소)" % date(2019)]),
        "공적심사위원회 심사 예정일: %s" % date())
    d.cue("candidate personal data + pending screening", "table_cell/body")
    d.deciding = "content-only; 심사 진행 중 (9-1-5) + personal (9-1-6)"
    return d

def t_scholar(fmt):
    d = Doc("t_scholar", "심사표", "non_public", "none", O(5, 6), content_only=True)
    c = city()
    d.p("%d년 %s 인재육성장학생 선발 심사표(위원별)" % (R.choice([2025, 2026]), c), "심사위원: %s (서명)" % name(), "")
    d.table(["지원자", "학교/학년", "가구 소득분위", "성적", "면접", "합계"], [[name(), "%s고 %d" % (R.choice(["한들", "여울", "솔내"]), R.randint(1, 3)), "%d분위" % R.randint(1, 10), str(R.randint(20, 40)), str(R.randint(20, 30)), ""] for _ in range(R.randint(4, 6))])
    d.p("", "※ 심사 결과 확정 전 자료로서 외부 제공을 금함")
    d.cue("applicants' income decile & scores; pre-decision", "table_cell")
    d.deciding = "content-only; selection in progress + personal"
    return d

def t_medaid(fmt):
    full = R.random() < 0.4
    d = Doc("t_medaid", "조사표", "non_public", "none", O(6) + ["PIPA-23"] + (["PIPA-24"] if full else []), content_only=True)
    c = city()
    d.p("의료급여 수급권자 사례관리 조사표", "%s %s 의료급여관리사 %s" % (c, R.choice(["중앙동", "북부동"]), name()), "")
    rows = []
    for _ in range(R.randint(3, 5)):
        r = rrn()
        rows.append([name(), r if full else mask(r), R.choice(["1종", "2종"]), R.choice(["만성신부전(투석)", "조현병", "당뇨 합병증", "알코올 사용장애"]), "연 %d일 외래" % R.randint(100, 400)])
    d.table(["성명", "주민등록번호", "종별", "주 상병", "이용 현황"], rows)
    d.cue("recipients' diagnoses%s" % (" + unmasked RRN" if full else ""), "table_cell")
    d.deciding = "content-only health roster"
    return d

def t_network(fmt):
    d = Doc("t_network", "구성도", "non_public", "none", O(3), content_only=True)
    c = city()
    d.p("%s 재난안전통신망(PS-LTE) 및 비상 통신 구성도" % c, "")
    d.table(["구간", "장비", "IP/주파수", "백업 경로"], [
        ["상황실-기지국", "코어 라우터 %s" % R.choice(["R-01", "CORE-A"]), "10.%d.%d.1/24" % (R.randint(0, 255), R.randint(0, 255)), "위성 단말(%s)" % R.choice(["옥상", "지하 2층"])],
        ["시청-읍면", "VPN 게이트웨이", "172.%d.%d.254" % (R.randint(16, 31), R.randint(0, 255)), "무선 %d.%03d MHz" % (R.randint(140, 170), R.randint(0, 999))],
        ["소방-경찰 연동", "인터워킹 서버", "10.%d.0.%d" % (R.randint(0, 255), R.randint(2, 250)), "없음(단일 장애점)"]])
    d.p("", "취약점: 정전 시 무정전전원장치 %d분 유지, 발전기 자동 절체 미작동 사례 있음" % R.randint(10, 40),
        "관리자 계정: admin / 초기 비밀번호 미변경 장비 %d대" % R.randint(1, 6))
    d.cue("network topology, IPs, single points of failure", "table_cell/body")
    d.deciding = "content-only; disclosure endangers lives/property (9-1-3)"
    return d

def t_guard(fmt):
    d = Doc("t_guard", "배치표", "non_public", "none", O(3), content_only=True)
    c = city()
    d.p("%s 청사 경비 배치표(%s)" % (c, date()), "")
    d.table(["초소", "위치", "근무 시간", "순찰 경로", "비고"], [["제%d초소" % i, R.choice(["정문", "후문", "지하 주차장", "전산실 앞", "옥상 출입구"]), R.choice(["00-08", "08-16", "16-24"]), "%s→%s" % (R.choice(["A동", "B동"]), R.choice(["C동", "별관"])), R.choice(["CCTV 사각", "무인", "2인"])] for i in range(1, R.randint(4, 7))])
    d.p("", "야간 취약 시간: 02:00~04:00 순찰 공백 %d분" % R.randint(10, 40))
    d.cue("guard posts, patrol gaps", "table_cell")
    d.deciding = "content-only facility security (9-1-3)"
    return d

def t_cheongwon(fmt):
    d = Doc("t_cheongwon", "근무표", "non_public", "none", O(3, 6), content_only=True)
    c = city()
    d.p("%s 정수사업소 청원경찰 %d월 근무표" % (c, R.randint(1, 12)), "")
    d.table(["성명", "휴대전화", "근무조", "주간", "야간", "비상소집 거주지"], [[name(), mobile(), R.choice("ABC"), "08-18", "18-08", home_addr()] for _ in range(R.randint(3, 6))])
    d.p("", "취수장 출입문 비상 개방 코드: 교대 시 구두 전달")
    d.cue("guard roster with mobiles/homes", "table_cell")
    d.deciding = "content-only; facility security + personal data"
    return d

def t_nego(fmt):
    kind = R.choice(["trade", "labor", "land"])
    reasons = O(2, 5) if kind == "trade" else O(5)
    d = Doc("t_nego_" + kind, "메모", "non_public", "none", reasons, content_only=True)
    c = city()
    if kind == "trade":
        d.p("%s-%s 자매도시 경제협력 협정 협상 대응 메모" % (c, R.choice(["하노이 인근 성", "몽골 ○○아이막", "자매도시 측"])), "",
            "○ 우리 측 최종 양보선: 물류센터 부지 임대료 %d%% 감면까지" % R.randint(20, 50),
            "○ 상대측 약점: 차기 선거 전 성과 필요 — 협상 시한 압박 활용",
            "○ 외교부 협의 결과 민감 조항(영사 협력)은 제외하기로 함")
    elif kind == "labor":
        d.p("%d년 단체교섭 사측 대응 전략(안)" % R.choice([2025, 2026]), "",
            "○ 임금 인상 최종 수용 한도: %.1f%%" % R.uniform(2, 4.5), "○ 1차 제시안 %.1f%%, 3차 교섭에서 복지포인트 %d점 추가 카드 활용" % (R.uniform(0.5, 1.5), R.randint(50, 200)),
            "○ 노조 집행부 내 이견 동향 파악 필요")
    else:
        d.p("%s 도로 개설 편입 토지 보상 협의 전략" % c, "",
            "○ 감정평가액 대비 최대 %d%%까지 협의 가능(내부 한도)" % R.randint(103, 115), "○ 미협의 시 수용재결 신청 예정일: %s" % date(),
            "○ 주요 소유자 %d명 중 %d명 반대 — 개별 접촉 우선" % (R.randint(8, 20), R.randint(2, 6)))
    d.cue("negotiation bottom line", "body")
    d.deciding = "content-only; negotiation in progress (9-1-5%s)" % (", foreign relations 9-1-2" if kind == "trade" else "")
    return d

def t_techdata(fmt):
    d = Doc("t_techdata", "기술자료", "non_public", "none", O(7), content_only=True)
    co = R.choice(COMPANIES)
    d.p("%s 지역 R&D 과제 제출 기술자료" % co, "", "과제명: %s" % R.choice(["폐배터리 열폭주 조기 감지 센서", "저전력 스마트 가로등 제어 모듈", "하수 슬러지 건조 공정"]), "",
        "1. 핵심 공정: 전해질 %s 비율 %d:%d 혼합 후 %d℃에서 %d시간 소성" % (R.choice(["LiPF6", "NaCl", "폴리머"]), R.randint(1, 9), R.randint(1, 9), R.randint(200, 900), R.randint(2, 20)),
        "2. 제조 원가: 개당 %s원 (재료비 %d%%)" % (money(1, 90), R.randint(30, 70)), "3. 주요 거래처 및 납품 단가: %s 외 2곳, 단가 %s원" % (R.choice(COMPANIES), money(5, 400)),
        "4. 특허 출원 전 미공개 사항 포함")
    d.cue("company process/cost/customers", "body")
    d.deciding = "content-only; corporate trade secrets (9-1-7)"
    return d

def t_schoolviol(fmt):
    d = Doc("t_schoolviol", "심의결과", "non_public", "none", O(6), content_only=True)
    c = city()
    d.p("%s교육지원청 학교폭력대책심의위원회 심의 결과" % c, "", "사안번호: %d-%03d" % (R.choice([2024, 2025]), R.randint(1, 300)),
        "관련 학교: %s중학교" % R.choice(["한들", "여울", "솔내", "새터"]), "")
    d.table(["구분", "성명", "학년/반", "조치"], [["피해학생", name(), "%d-%d" % (R.randint(1, 3), R.randint(1, 9)), "심리상담(제16조제1항제1호)"], ["가해학생", name(), "%d-%d" % (R.randint(1, 3), R.randint(1, 9)), R.choice(["서면사과(제1호)", "학교봉사(제3호)", "출석정지 5일(제6호)"])]])
    d.p("", "사안 개요: %s 방과 후 %s 공원에서 신체 폭력 및 SNS 단체방 따돌림" % (date(), R.choice(ROADS)))
    d.cue("students named with measures", "table_cell")
    d.deciding = "content-only; minors identifiable in disciplinary-type decision (rule: -6 only)"
    return d

def t_legal(fmt):
    d = Doc("t_legal", "법률자문", "non_public", "none", O(4, 5), content_only=True)
    c = city()
    d.p("법률 자문 의견서", "", "의뢰 기관: %s %s" % (c, R.choice(DEPTS)), "자문 변호사: 법무법인 %s 변호사 %s" % (R.choice(["바른길", "한결", "새온"]), name()), "",
        "질의: %s 행정소송(%s구합%d) 1심 패소 시 항소 여부" % (R.choice(["건축허가 취소", "영업정지 처분", "손실보상금 증액"]), R.choice([2024, 2025]), R.randint(100, 9999)), "",
        "의견: 원고 측 주장 중 절차 하자 부분은 우리 측에 불리하며, 승소 가능성은 %d%% 내외로 판단됨. 화해 권고 시 %s원 이내 합의를 권함." % (R.randint(20, 60), money(10000, 900000)))
    d.cue("pending litigation strategy", "body")
    d.deciding = "content-only; ongoing trial (9-1-4) + internal decision (9-1-5)"
    return d

def t_tax(fmt):
    d = Doc("t_tax", "과세정보", "non_public", "none", O(1, 6), content_only=True)
    c = city(); pn = name()
    d.p("%s 고액 체납자 재산 조사 결과" % c, "")
    d.table(["성명", "체납 세목", "체납액(원)", "조사 재산"], [[name(), R.choice(["재산세", "지방소득세", "취득세"]), money(5000, 900000), R.choice(["%s 토지 2필지" % city(), "예금 압류 %s" % R.choice(["농협", "신한"]), "차량 1대"])] for _ in range(R.randint(3, 5))])
    d.p("", "※ 과세정보는 「국세기본법」 제81조의13 및 「지방세기본법」 제86조에 따라 목적 외 제공이 금지됨")
    d.cue("taxpayer-specific tax information", "table_cell")
    d.cue("국세기본법 제81조의13 citation", "body")
    d.deciding = "content-only; rule: statutory tax secrecy -> 9-1-1, plus 9-1-6"
    return d

def t_review_stated(fmt):
    d = Doc("t_review_stated", "내부검토", "non_public", "none", O(5))
    c = city(); f = field_nonpub([5])
    gongmun(d, c, "내부결재", "%s 추진 방향 검토 보고" % R.choice(["시내버스 준공영제 도입", "공공 산후조리원 설치", "쓰레기 봉투 가격 인상"]),
            ["1. 검토 배경: 재정 부담 증가 및 주민 요구",
             "2. 대안 비교: 1안(%s원), 2안(%s원) — 2안 잠정 채택, 의회 협의 전" % (money(100000, 900000), money(100000, 900000)),
             "3. 향후 일정: %s 시장 보고 후 확정" % date()],
            field=f)
    d.cue(f, "closing_field")
    d.deciding = "stated 비공개(5) agrees with internal decision-making content"
    return d

def t_exam(fmt):
    d = Doc("t_exam", "시험", "non_public", "none", O(5), content_only=True)
    c = city()
    d.p("%d년 %s 지방공무원 %s 면접 질문 및 채점 기준(시행 전)" % (R.choice([2025, 2026]), c, R.choice(["9급", "7급"])), "",
        "1. 질문 1: 적극행정과 법령 준수가 충돌하는 사례를 들어 설명하시오. (배점 %d)" % R.randint(5, 20),
        "2. 질문 2: 악성 민원인 대응 경험을 말하시오. (배점 %d)" % R.randint(5, 20), "3. 채점: 상/중/하 3단계, 하 2개 이상 시 불합격")
    d.cue("unused exam questions", "body")
    d.deciding = "content-only; examination (9-1-5)"
    return d

def t_informal(fmt):
    d = Doc("t_informal", "내부검토", "non_public", "none", O(5), content_only=True)
    c = city(); mk = R.choice(["[내부용]", "취급주의", "※ 외부 유출 금지", "내부 검토용 — 배포 금지", "관계자 외 열람 금지"])
    d.p(mk, "", "%s 조직 개편(안) 초안" % c, "",
        "1. %s 과 폐지, %s 과로 통합(정원 %d명 감축)" % (R.choice(DEPTS), R.choice(DEPTS), R.randint(2, 9)),
        "2. 노조 및 의회 협의 전으로 확정되지 않았음", "3. 결정 후 %s 입법예고 예정" % date())
    d.cue(mk + " (informal, not a classification)", "top_stamp")
    d.deciding = "informal mark ignored for marking; content = pending decision (9-1-5)"
    return d

# ================================================================ renderers
def render_text(d, noise=None):
    out = []
    if d.header: out.append(d.header)
    if d.cover:
        out += d.cover + [""]
    for b in d.blocks:
        if b[0] == "p": out.append(b[1])
        elif b[0] == "stamp": out.append(b[1])
        elif b[0] == "table":
            hdr, rows, cs = b[1], b[2], b[3]
            if noise == "tabs":
                out.append("\t".join(hdr)); out += ["\t".join(r) for r in rows]
            else:
                out.append("| " + " | ".join(hdr) + " |"); out += ["| " + " | ".join(r) + " |" for r in rows]
    if d.footer: out.append(d.footer)
    txt = "\n".join(out)
    return txt

OCR_MAP = [("0", "O"), ("1", "l"), ("이", "0|"), ("ㆍ", "."), ("다.", "다 ."), ("에", "예"), ("의", "외"), ("는", "늠"), ("합니다", "합 니다"), ("과", "괴")]
def ocrify(txt):
    chars = list(txt)
    out = []
    for i, ch in enumerate(chars):
        r = R.random()
        if ch == " " and r < 0.08: continue
        if ch != "\n" and r < 0.03: out.append(ch + " "); continue
        out.append(ch)
    txt = "".join(out)
    for a, b in OCR_MAP:
        if R.random() < 0.5:
            idx = txt.find(a, R.randint(0, max(0, len(txt) // 2)))
            if idx >= 0: txt = txt[:idx] + b + txt[idx + len(a):]
    return txt

def runon(txt):
    lines = txt.split("\n")
    return " ".join(l for l in lines if l.strip())

def old_gian(d):
    """Wrap in old 기안용지 layout."""
    c = city()
    top = ["┌──────────────── 기 안 용 지 ────────────────┐",
           "│ 분류기호 문서번호 │ %s-%d  │ 결 │ 담당  계장  과장 │" % (R.choice(DEPTS)[:2], R.randint(100, 9999)),
           "│ 보존기간          │ %s      │ 재 │  %s   %s   %s │" % (R.choice(["영구", "준영구", "10년", "5년", "3년"]), name()[:1] + "○○", name()[:1] + "○○", name()[:1] + "○○"),
           "│ 시행일자          │ %s │ 협조 │              │" % date(),
           "│ 기안책임자        │ %s │ 선람 │              │" % name(),
           "└────────────────────────────────────────────┘"]
    return top

def apply_noise(d, txt, kind):
    if kind == "ocr": return ocrify(txt)
    if kind == "runon": return runon(txt)
    if kind == "gian": return "\n".join(old_gian(d)) + "\n" + txt
    return txt

# ---------------------------------------------------------------- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')

class Pid:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1; return self.n

def hp_para(text, pid, char=0, para=0):
    return '<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>' % (pid(), para, char, escape(text))

def hp_sublist(paras_xml):
    return '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>' % paras_xml

def hp_table(hdr, rows, pid, cell_stamp):
    allrows = [hdr] + rows
    ncol = len(hdr); nrow = len(allrows)
    tr = []
    for ri, r in enumerate(allrows):
        tcs = []
        for ci, cell in enumerate(r):
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                       '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1000"/>'
                       '<hp:cellMargin left="141" right="141" top="141" bottom="141"/></hp:tc>' % (1 if ri == 0 else 0, hp_sublist(hp_para(cell, pid, 1 if ri == 0 else 0)), ci, ri, 42000 // ncol))
        tr.append('<hp:tr>%s</hp:tr>' % "".join(tcs))
    tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
           '<hp:sz width="42000" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="141" right="141" top="141" bottom="141"/>%s</hp:tbl>') % (pid() + 1000000, nrow, ncol, nrow * 1000, "".join(tr))
    return '<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (pid(), tbl)

SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '</hp:secPr><hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')

def hwpx_bytes(d, title):
    pid = Pid()
    body = []
    first_ctrl = SECPR
    if d.header:
        first_ctrl += '<hp:ctrl><hp:header id="1" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % hp_sublist(hp_para(d.header, pid, 2, 1))
    if d.footer:
        first_ctrl += '<hp:ctrl><hp:footer id="2" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % hp_sublist(hp_para(d.footer, pid, 2, 1))
    body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s</hp:run><hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>' % (pid(), first_ctrl))
    if d.cover:
        for l in d.cover:
            body.append(hp_para(l, pid, 2, 1))
        body.append(hp_para(title, pid, 1, 1))
        body.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="1" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>' % pid())
    for b in d.blocks:
        if b[0] == "p": body.append(hp_para(b[1], pid))
        elif b[0] == "stamp": body.append(hp_para(b[1], pid, 2, 1))
        elif b[0] == "table": body.append(hp_table(b[1], b[2], pid, b[3]))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(body))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/><hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="3"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr>'
              '<hh:charPr id="1" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr>'
              '<hh:charPr id="2" height="1400" textColor="#FF0000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="1" latin="1" hanja="1" japanese="1" other="1" symbol="1" user="1"/><hh:bold/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="2"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr>'
              '<hh:paraPr id="1" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0"><hh:align horizontal="CENTER" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>') % NS
    version = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 0"/>'
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf">'
                 '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_l</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="prvtext" href="Preview/PrvText.txt" media-type="text/plain"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (NS, escape(title))
    settings = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'
    prv = render_text(d)[:1024]
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        def add(nm, data, comp=zipfile.ZIP_DEFLATED):
            zi = zipfile.ZipInfo(nm, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = comp; zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/hwp+zip", zipfile.ZIP_STORED)
        add("version.xml", version)
        add("Contents/header.xml", header)
        add("Contents/section0.xml", section)
        add("Preview/PrvText.txt", prv)
        add("settings.xml", settings)
        add("META-INF/container.xml", container)
        add("Contents/content.hpf", hpf)
    return bio.getvalue()

# ---------------------------------------------------------------- PDF
_PDF_READY = False
def pdf_setup():
    global _PDF_READY
    if _PDF_READY: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    base = "/usr/share/fonts/truetype/nanum/"
    pdfmetrics.registerFont(TTFont("NG", base + "NanumGothic.ttf"))
    pdfmetrics.registerFont(TTFont("NGB", base + "NanumGothicBold.ttf"))
    pdfmetrics.registerFont(TTFont("NM", base + "NanumMyeongjo.ttf"))
    _PDF_READY = True

def pdf_bytes(d, title):
    pdf_setup()
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    bio = io.BytesIO()
    cv = canvas.Canvas(bio, pagesize=A4, invariant=1)
    cv.setTitle(title); cv.setAuthor("sens_l"); cv.setCreator("sens_l make_set.py")
    W, H = A4; L = 56; RM = W - 56
    font = R.choice(["NG", "NM"])
    state = {"y": H - 70}
    def deco():
        if d.header:
            cv.setFont("NGB", 11); cv.setFillColorRGB(0.8, 0, 0)
            cv.drawCentredString(W / 2, H - 36, d.header); cv.setFillColorRGB(0, 0, 0)
        if d.footer:
            cv.setFont("NGB", 11); cv.setFillColorRGB(0.8, 0, 0)
            cv.drawCentredString(W / 2, 30, d.footer); cv.setFillColorRGB(0, 0, 0)
    def newpage():
        cv.showPage(); deco(); state["y"] = H - 70
    def wrap(text, f, size, width):
        lines, cur = [], ""
        for ch in text:
            if stringWidth(cur + ch, f, size) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        lines.append(cur); return lines
    def line(text, f=None, size=10.5, center=False, red=False):
        f = f or font
        for ln in wrap(text, f, size, RM - L):
            if state["y"] < 60: newpage()
            cv.setFont(f, size)
            if red: cv.setFillColorRGB(0.8, 0, 0)
            if center: cv.drawCentredString(W / 2, state["y"], ln)
            else: cv.drawString(L, state["y"], ln)
            cv.setFillColorRGB(0, 0, 0)
            state["y"] -= size * 1.55
    deco()
    if d.cover:
        cv.setFont("NGB", 22); cv.setFillColorRGB(0.8, 0, 0)
        for i, l in enumerate(d.cover):
            cv.drawCentredString(W / 2, H - 120 - i * 30, l)
            cv.rect(W / 2 - stringWidth(l, "NGB", 22) / 2 - 8, H - 128 - i * 30, stringWidth(l, "NGB", 22) + 16, 32)
        cv.setFillColorRGB(0, 0, 0); cv.setFont("NGB", 18)
        for j, tl in enumerate(wrap(title, "NGB", 18, RM - L)):
            cv.drawCentredString(W / 2, H / 2 - j * 26, tl)
        newpage()
    for b in d.blocks:
        if b[0] == "p":
            if b[1] == "": state["y"] -= 8
            else: line(b[1])
        elif b[0] == "stamp":
            line(b[1], "NGB", 13, center=True, red=True)
        elif b[0] == "table":
            hdr, rows, cs = b[1], b[2], b[3]
            ncol = len(hdr); cw = (RM - L) / ncol
            for ri, r in enumerate([hdr] + rows):
                cells = [wrap(c, "NG", 8.5, cw - 6) for c in r]
                h = max(len(c) for c in cells) * 11 + 6
                if state["y"] - h < 60: newpage()
                top = state["y"] + 10
                for ci, c in enumerate(cells):
                    cv.rect(L + ci * cw, top - h, cw, h)
                    cv.setFont("NGB" if ri == 0 else "NG", 8.5)
                    for k, ln in enumerate(c):
                        cv.drawString(L + ci * cw + 3, top - 11 - k * 11, ln)
                state["y"] -= h
            state["y"] -= 10
    cv.showPage(); cv.save()
    return bio.getvalue()

# ================================================================ plan
# (template, n_text, n_hwpx, n_pdf)
PLAN = [
    (t_press, 10, 2, 4), (t_gosi, 6, 2, 1), (t_bid_result, 4, 1, 3), (t_budget, 3, 2, 3), (t_stats, 4, 1, 2),
    (t_meeting, 5, 3, 0), (t_guide_daeoebi, 4, 2, 2), (t_guide_oida, 3, 1, 2), (t_password, 3, 1, 0), (t_insa, 3, 0, 1),
    (t_declass, 2, 1, 0), (t_cover_secret, 3, 1, 0), (t_sec_audit, 2, 0, 1), (t_generic_pub, 8, 3, 2), (t_recruit, 3, 0, 1),
    (t_records, 2, 1, 0), (t_contract_pub, 2, 0, 2),
    # partial
    (t_minwon, 7, 2, 1), (t_subsidy, 5, 1, 2), (t_contract_ind, 3, 2, 0), (t_building_obj, 4, 0, 2), (t_audit_disp, 4, 1, 2),
    (t_oida_notice, 3, 1, 0), (t_bid_eval, 3, 0, 2), (t_mislabeled, 3, 1, 0), (t_minutes, 4, 0, 1), (t_award, 2, 1, 1),
    (t_foreign, 2, 1, 1), (t_hire, 3, 1, 0), (t_resident, 3, 0, 1),
    # non-public
    (t_secret, 4, 3, 3), (t_secret2, 2, 2, 2), (t_secret1, 0, 1, 1), (t_daeoebi, 9, 5, 5),
    (t_discipline, 4, 2, 2), (t_sickleave, 2, 1, 0), (t_union, 2, 0, 1), (t_price, 2, 2, 1), (t_police, 3, 0, 1),
    (t_immig, 2, 1, 0), (t_merit, 2, 1, 0), (t_scholar, 1, 0, 1), (t_medaid, 2, 1, 1), (t_network, 1, 1, 1),
    (t_guard, 2, 1, 0), (t_cheongwon, 1, 0, 1), (t_nego, 3, 1, 0), (t_techdata, 1, 0, 1), (t_schoolviol, 2, 1, 0),
    (t_legal, 1, 0, 1), (t_tax, 2, 1, 0), (t_review_stated, 2, 1, 1), (t_exam, 1, 0, 1), (t_informal, 2, 1, 0),
]

def title_of(d):
    for b in d.blocks:
        if b[0] == "p" and b[1].startswith("제목  "): return b[1][4:]
    for b in d.blocks:
        if b[0] == "p" and len(b[1]) > 8 and not b[1].startswith("사본번호"): return b[1]
    return d.genre

def main():
    os.makedirs(FILES, exist_ok=True)
    for fn in os.listdir(FILES):
        os.remove(os.path.join(FILES, fn))
    items = []
    for fnc, nt, nh, np_ in PLAN:
        for fmt, n in (("text", nt), ("hwpx", nh), ("pdf", np_)):
            for _ in range(n):
                d = fnc(fmt)
                items.append((fmt, d))
    R.shuffle(items)
    # noise on ~15%
    recs, metas = [], []
    for i, (fmt, d) in enumerate(items):
        rid = "sl-%04d" % (i + 1)
        noise = None
        if R.random() < 0.17:
            noise = R.choice(["ocr", "runon", "tabs", "gian"]) if fmt == "text" else "gian"
        if noise == "gian" and fmt != "text":
            for k, l in enumerate(old_gian(d)):
                d.blocks.insert(k, ("p", l))
        rec = {"id": rid}
        title = title_of(d)
        if fmt == "text":
            txt = render_text(d, noise)
            txt = apply_noise(d, txt, noise)
            rec["text"] = txt
        else:
            path = "files/%s.%s" % (rid, fmt)
            data = hwpx_bytes(d, title) if fmt == "hwpx" else pdf_bytes(d, title)
            with open(os.path.join(HERE, path), "wb") as fh:
                fh.write(data)
            rec["file"] = path
        reasons = [r for r in REASON_ORDER if r in d.reasons]
        rec.update({"disclosure": d.disclosure, "marking": d.marking, "reasons": reasons, "genre": d.genre})
        recs.append(rec)
        metas.append({"id": rid, "template": d.template, "format": fmt, "cues": d.cues, "deciding_cue": d.deciding,
                      "content_only": d.content_only, "mention_only": d.mention_only, "noise": noise})
    with open(os.path.join(HERE, "sens_l.jsonl"), "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_l.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas: f.write(json.dumps(m, ensure_ascii=False) + "\n")
    # validation
    allowed_d = {"public", "partial", "non_public"}; allowed_m = {"none", "대외비", "III급", "II급", "I급"}
    for r, m in zip(recs, metas):
        assert r["disclosure"] in allowed_d and r["marking"] in allowed_m
        assert set(r["reasons"]) <= set(REASON_ORDER)
        assert (r["disclosure"] == "public") == (not r["reasons"]), r
        if r["marking"] in ("III급", "II급", "I급"): assert "OIDA-9-1-1" in r["reasons"] and r["disclosure"] == "non_public"
        if r["marking"] == "대외비": assert r["disclosure"] == "non_public"
        if m["mention_only"]: assert r["marking"] == "none"
        if "file" in r:
            p = os.path.join(HERE, r["file"])
            if p.endswith(".hwpx"):
                with zipfile.ZipFile(p) as z:
                    assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
                    assert z.read("mimetype") == b"application/hwp+zip"
            else:
                assert open(p, "rb").read(5) == b"%PDF-"
    # MD5SUMS
    names = ["sens_l.jsonl", "sens_l.meta.jsonl", "make_set.py"] + sorted("files/" + x for x in os.listdir(FILES))
    with open(os.path.join(HERE, "MD5SUMS"), "w") as f:
        for nm in names:
            f.write("%s  %s\n" % (hashlib.md5(open(os.path.join(HERE, nm), "rb").read()).hexdigest(), nm))
    print("records", len(recs))

if __name__ == "__main__":
    main()
