#!/usr/bin/env python3
"""Generator for the sens_am independent evaluation set (Korean public-sector document
sensitivity).  Deterministic: every random choice comes from random.Random(<string seed>),
no set/dict iteration order depends on hashing, zip members carry fixed timestamps and
reportlab runs with invariant=1.

Usage:  python make_set.py            (needs reportlab; pypdf only for --check)
        python make_set.py --check    (generate, then re-open every file and validate)
All names, numbers, organisations and addresses are invented.
"""
import json, os, re, sys, random, zipfile, hashlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
REF_DATE = "2026. 12. 1."          # "now" for 예고문 / 보호기간 / ongoing-ness
FONT_G = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_M = "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"


def R(template, variant, extra=""):
    return random.Random("sens_am-2026|%s|%s%s" % (template, variant, ("|" + extra) if extra else ""))

# ----------------------------------------------------------------------------- pools
SURN = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반") + ["황보", "남궁", "선우", "제갈"]
GSYL = list("민서지현준우영수진혜은정하윤재성태경미희동상주연호석훈철아유나소다예시도승원규범찬혁빈린솔별한결율온담슬채종덕숙순옥봉길환")


def person(r):
    s = r.choice(SURN)
    return s + r.choice(GSYL) + r.choice(GSYL)

# invented jurisdictions and agencies
REGIONS = [  # (광역, 기초, domain, phone prefix)
    ("해솔특별시", "중앙구", "haesol", "02"), ("가람도", "청람시", "garam", "031"),
    ("누리광역시", "새벽구", "nuri", "051"), ("한울도", "솔내시", "hanul", "063"),
    ("가온특별자치도", "다온군", "gaon", "064"), ("별빛광역시", "하늬구", "byeolbit", "062"),
    ("미르도", "여울시", "mireu", "033"), ("온새미도", "마루군", "onsaemi", "043"),
]
MINISTRIES = [  # (기관, 장 직함, 도메인)
    ("공공행정혁신처", "공공행정혁신처장", "pai"), ("지역균형개발부", "지역균형개발부장관", "rbd"),
    ("통상협력부", "통상협력부장관", "tcm"), ("국민안전교육원", "국민안전교육원장", "nsei"),
    ("해양자원관리청", "해양자원관리청장", "mram"), ("평화통일협력처", "평화통일협력처장", "pucm"),
    ("국토기반시설청", "국토기반시설청장", "nia"), ("국가자격시험원", "국가자격시험원장", "nqea"),
]
ROADS = ["은행나무로", "새뜰로", "한가람길", "푸른숲대로", "별무리로", "나래길", "다솜로", "가온대로", "물빛로", "새싹길", "해오름로", "보람로"]
DEPTS = ["기획예산과", "총무과", "행정지원과", "정보공개팀", "감사담당관", "보안담당관", "인사과", "계약팀", "민원봉사과",
         "도시계획과", "복지정책과", "교육훈련과", "통계분석과", "재난안전과", "세정과", "환경정책과", "문화관광과", "산업진흥과"]
COMPANIES = ["(주)한빛엔지니어링", "(주)누리소프트", "가온건설(주)", "(주)다솜정보기술", "(주)새벽환경", "별빛디자인(주)", "(주)솔내산업",
             "미르테크(주)", "(주)하늬컨설팅", "(주)온새미데이터", "여울종합건설(주)", "(주)마루시스템"]


def org(r):
    """Return an issuing organisation dict."""
    if r.random() < 0.55:
        g, k, dom, tel = r.choice(REGIONS)
        addr = "%s %s %s %d" % (g, k, r.choice(ROADS), r.randint(10, 300))
        if r.random() < 0.6:
            oname = k
            head = k + ("청장" if k.endswith("구") else "수" if k.endswith("군") else "장")
        else:
            oname = g
            head = g + ("지사" if g.endswith("도") else "장")
        return dict(name=oname, head=head, addr=addr, site="www.%s.go.kr" % dom, tel=tel, dom=dom, region=g)
    m, head, dom = r.choice(MINISTRIES)
    addr = "가온특별자치도 다온군 정부청사로 %d 정부다온청사 %d동" % (r.randint(100, 600), r.randint(1, 9))
    return dict(name=m, head=head, addr=addr, site="www.%s.go.kr" % dom, tel="044", dom=dom, region="")


def d8(r, y0=2021, y1=2026, m1=12):
    y = r.randint(y0, y1)
    m = r.randint(1, 11 if y == 2026 else 12) if m1 == 12 else r.randint(1, m1)
    return y, m, r.randint(1, 28)


def fdate(y, m, d):
    return "%d. %d. %d." % (y, m, d)


def tel(r, pre):
    return "%s-%d-%04d" % (pre, r.randint(200, 999), r.randint(0, 9999))


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def rrn(r, masked=False):
    y = r.randint(55, 99); m = r.randint(1, 12); d = r.randint(1, 28)
    g = r.choice("12")
    body = "%02d%02d%02d%s%05d" % (y, m, d, g, r.randint(0, 99999))
    digs = [int(c) for c in body]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    full = body + str(chk)
    if masked:
        return full[:6] + "-" + full[6] + r.choice(["******", "●●●●●●", "XXXXXX"])
    return full[:6] + "-" + full[6:]


def account(r):
    return "%03d-%06d-%02d-%03d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(0, 99), r.randint(0, 999))


def addr_private(r):
    g, k, _, _ = r.choice(REGIONS)
    return "%s %s %s%d길 %d, %d동 %d호" % (g, k, r.choice(ROADS)[:-1], r.randint(1, 40), r.randint(1, 99),
                                       r.randint(101, 115), r.randint(101, 1504))


def docno(r, dept):
    return "%s-%d" % (dept, r.randint(120, 9999))


def postal(r):
    return "%05d" % r.randint(10000, 63999)


# ----------------------------------------------------------------------------- doc model
CUE_RE = re.compile("\x01(.*?)\x02", re.S)


def C(s):
    """Mark a printed cue inside a string."""
    return "\x01" + s + "\x02"


class Doc:
    def __init__(self):
        self.blocks = []
        self.header = None
        self.footer = None

    def p(self, s="", style="normal"):
        self.blocks.append(["p", s, style]); return self

    def title(self, s):
        return self.p(s, "title")

    def table(self, rows, widths=None):
        self.blocks.append(["table", rows, widths]); return self

    def box(self, s, align="right"):
        self.blocks.append(["box", s, align]); return self

    def pb(self):
        self.blocks.append(["pb"]); return self


def map_strings(doc, fn):
    """Apply fn to every printed string (header, footer, blocks, cells) in order."""
    if doc.header is not None:
        doc.header = fn(doc.header)
    for b in doc.blocks:
        if b[0] in ("p", "box"):
            b[1] = fn(b[1])
        elif b[0] == "table":
            b[1] = [[fn(c) for c in row] for row in b[1]]
    if doc.footer is not None:
        doc.footer = fn(doc.footer)


# ----------------------------------------------------------------------------- OCR noise
CONF = {"0": "O", "1": "l", "5": "S", "8": "B", "이": "01", "을": "울", "는": "눈", "의": "익", "다": "디", "공": "곰",
        "개": "게", "부": "무", "분": "븐", "외": "와", "급": "굽", "·": ".", "-": "—", "(": "[", ")": "]", "과": "괴",
        "로": "르", "보": "므", "회": "희", "시": "사", "I": "l", "Ⅲ": "III", "Ⅱ": "II", "비": "버"}
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def ocr_noise(s, r, rate):
    out = []
    for ch in s:
        x = r.random()
        if ch in CONF and x < rate:
            out.append(CONF[ch])
        elif ch.isdigit() and x < rate * 1.5:
            out.append(FW[ch])
        elif ch == " " and x < rate * 2:
            continue
        elif "가" <= ch <= "힣" and x < rate * 0.6:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def finalize(doc, noise=None):
    """Strip cue sentinels, optionally add OCR noise segment by segment, return printed cue texts."""
    cues = []

    def fn(s):
        parts = re.split("(\x01.*?\x02)", s, flags=re.S)
        res = []
        for part in parts:
            if part.startswith("\x01"):
                t = part[1:-1]
                if noise:
                    t = noise(t, True)
                cues.append(t)
                res.append(t)
            elif part:
                res.append(noise(part, False) if noise else part)
        return "".join(res)
    map_strings(doc, fn)
    return cues


def flatten(doc, sep=" | "):
    lines = []
    if doc.header:
        lines += [doc.header, ""]
    for b in doc.blocks:
        if b[0] == "p":
            lines.append(b[1])
        elif b[0] == "box":
            lines.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                lines.append(sep.join(c.replace("\n", " ") for c in row))
        elif b[0] == "pb":
            lines.append("")
    if doc.footer:
        lines += ["", doc.footer]
    return "\n".join(lines).strip("\n") + "\n"


# ----------------------------------------------------------------------------- 결문 / 두문
def dumun(d, o, recip, via=None):
    d.p(o["name"], "title")
    d.p("")
    d.p("수신  " + recip)
    d.p("(경유)" + (" " + via if via else ""))


def gyeolmun(d, r, o, dept, gongae, date, drafter=None, signer_title="과장", jeongyeol=True, extra_coop=False):
    """Full 결문 after 행정업무규정 시행규칙 서식: 발신명의, 결재란, 시행/접수, 주소, 연락처, 공개구분."""
    d.p("")
    d.p(o["head"], "title")
    d.p("")
    dr = drafter or person(r)
    mid = person(r)
    top = person(r)
    y, m, dd = date
    row = ["★주무관 " + dr, "팀장 " + mid, "%s %s" % (signer_title, top) + (" %02d/%02d" % (m, dd) if jeongyeol else "")]
    if jeongyeol:
        row[2] = "전결 " + row[2]
    d.p("    ".join(row))
    if extra_coop:
        d.p("협조자  %s %s" % (r.choice(["주무관", "사무관", "행정주사"]), person(r)))
    no = docno(r, dept)
    d.p("시행  %s (%s)    접수  (    )" % (no, fdate(y, m, dd)))
    d.p("우 %s  %s  / %s" % (postal(r), o["addr"], o["site"]))
    line = "전화번호 %s  팩스번호 %s  / %s@%s.go.kr" % (tel(r, o["tel"]), tel(r, o["tel"]), "user%02d" % r.randint(1, 99), o["dom"])
    if gongae is None:
        d.p(line)
    elif r.random() < 0.7:
        d.p(line + " / " + gongae)
    else:
        d.p(line)
        d.p(gongae)
    return dr, mid, top, no


GONGAE_FORMS = {
    "public": ["공개"],
    "partial": ["부분공개({n})", "부분공개(제9조 제1항 제{n}호)", "부분공개 ({n})"],
    "non_public": ["비공개({n})", "비공개(제9조 제1항 제{n}호)", "비공개 ({n})"],
}


def gform(r, disc, nums):
    f = r.choice(GONGAE_FORMS[disc])
    if "제9조" in f:
        return f.replace("{n}", nums[0]) if len(nums) == 1 else "%s(제9조 제1항 %s)" % (f.split("(")[0], ", ".join("제%s호" % n for n in nums))
    return f.replace("{n}", ", ".join(nums))


def oida(*ns):
    return ["OIDA-9-1-%s" % n for n in ns]

# ----------------------------------------------------------------------------- marking stamps
STAMP = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "對外秘(대외비)", "對 外 秘  대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀"],
    "II급": ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"],
}


def stamp(r, marking, hanja_ok=True):
    opts = STAMP[marking]
    if not hanja_ok:
        opts = [x for x in opts if "對" not in x]
    return r.choice(opts)


# =============================================================================== templates
# Every template returns dict(doc, disclosure, marking, reasons, genre, cue_kind, cue_location, flags, note,
#                               formats_allowed)
REC = []


def base_body_items(r, topic_items):
    out = []
    for i, t in enumerate(topic_items, 1):
        out.append("%d. %s" % (i, t))
    return out


ROUTINE_TOPICS = [
    ("2026년 상반기 기록물 정리 기간 운영 알림", ["각 부서는 생산 완료된 기록물을 %s까지 기록관으로 이관하여 주시기 바랍니다.",
                                         "이관 대상: 보존기간 3년 이상 종이기록물 및 전자기록물 목록",
                                         "이관 목록은 기록관리시스템에서 출력하여 부서장 확인 후 제출"]),
    ("공공청사 에너지 절약 추진 협조 요청", ["동절기 실내 적정온도(18℃) 유지에 협조하여 주시기 바랍니다.",
                                    "점심시간 및 퇴근 후 사무기기 전원 차단을 생활화하여 주십시오.",
                                    "부서별 에너지 지킴이를 지정하여 %s까지 회신"]),
    ("지역 축제 안전관리 계획 검토 회의 개최 알림", ["일시: %s 14:00, 장소: 본관 3층 소회의실",
                                           "참석 대상: 관련 부서 담당 팀장 및 주무관",
                                           "회의 자료는 당일 배포하오니 참고하시기 바랍니다."]),
    ("민원 처리 기간 준수 실태 점검 결과 통보", ["점검 기간 동안 처리 기간 경과 민원은 총 12건으로 전년 대비 감소하였습니다.",
                                         "부서별 처리 현황은 붙임과 같으니 %s까지 개선 계획을 제출하여 주시기 바랍니다.",
                                         "우수 부서에 대하여는 연말 업무 평가 시 반영할 예정입니다."]),
    ("청사 승강기 정기 점검에 따른 운행 중지 안내", ["점검 일시: %s 09:00~12:00",
                                           "점검 중에는 2호기 운행이 중지되오니 1호기 또는 계단을 이용하여 주십시오.",
                                           "불편을 드려 죄송합니다."]),
    ("공무원 청렴 교육 실시 계획 알림", ["교육 일시: %s 10:00, 본관 대강당",
                                 "교육 내용: 공무원 행동강령 주요 개정 사항 및 부정청탁 사례",
                                 "부서별 참석 인원을 사전에 정보화 시스템에 등록하여 주시기 바랍니다."]),
    ("2027년도 예산안 편성 자료 제출 요청", ["각 부서는 신규 사업 설명서를 %s까지 제출하여 주시기 바랍니다.",
                                     "계속 사업은 전년도 집행 실적과 성과지표 달성 여부를 함께 작성",
                                     "제출 서식은 붙임 서식을 활용하여 주십시오."]),
    ("도로명주소 안내시설 일제 정비 협조", ["훼손·망실된 도로명판 현황을 조사하여 %s까지 회신하여 주십시오.",
                                    "정비 비용은 읍·면·동 운영비에서 집행",
                                    "정비 완료 후 사진대장을 작성하여 보관"]),
    ("재난 대비 비상연락망 점검 훈련 실시", ["훈련 일시: %s 07:00 (불시 발령)",
                                     "응소 대상: 재난안전대책본부 실무반 편성 인원",
                                     "훈련 결과는 부서별 응소율로 평가하여 공지할 예정입니다."]),
    ("공공데이터 개방 확대 추진 계획 알림", ["부서별 보유 데이터 목록을 재정비하여 개방 가능 데이터를 발굴",
                                      "개방 데이터는 공공데이터포털에 %s까지 등록",
                                      "개인정보가 포함된 항목은 개방 전에 비식별 조치를 거칠 것"]),
]


def t_gongmun(tname, v, disc, formats, loc="gyeolmun", pii=None):
    """Routine 공문 with full 결문; 공개구분 printed in one of the allowed forms at loc."""
    r = R(tname, v)
    o = org(r)
    dept = r.choice(DEPTS)
    y, m, dd = d8(r, 2022, 2026)
    if disc == "non_public":   # decision still pending at the reference date
        y, m = 2026, r.randint(9, 11)
    title, items = r.choice(ROUTINE_TOPICS)
    pkind = None
    if disc == "partial":
        pkind = pii or r.choice(["winners", "survey", "volunteers"])
        title, items = {
            "winners": ("모범 시민 표창 대상자 추천 결과 통보", ["각 읍·면·동에서 추천한 표창 대상자를 심사한 결과를 알려드립니다.",
                                                     "시상식은 %s 시민의 날 기념식에서 거행할 예정입니다.", "대상자에게 개별 연락하여 참석 여부를 확인하여 주시기 바랍니다."]),
            "survey": ("하천 정비 사업 현장 조사 주민 참여 결과 알림", ["현장 조사에 참여한 주민 의견을 사업 설계에 반영할 계획입니다.",
                                                         "2차 주민 설명회는 %s 개최 예정입니다.", "참여 주민에게는 소정의 사례를 지급합니다."]),
            "volunteers": ("지역 축제 자원봉사자 배치 계획 알림", ["축제 기간 안전 관리와 안내를 위해 자원봉사자를 배치합니다.",
                                                    "봉사자 사전 교육: %s 10:00, 시민회관 소강당", "배치 장소별 책임 공무원은 봉사자 출결을 관리하여 주십시오."]),
        }[pkind]
    elif disc == "non_public":
        title, items = r.choice([
            ("광역 교통망 사업 재원 분담 방안 협의(내부 검토)", ["관계 부서 간 재원 분담 비율 협의 결과를 다음과 같이 보고합니다.",
                                                       "분담안 A(도 60 : 시 40)와 B(도 50 : 시 50)를 비교 검토", "최종 분담안은 %s 간부회의에서 결정 예정"]),
            ("조직 개편(안)에 대한 부서 의견 제출 요청", ["조직 진단 결과에 따른 개편(안) 초안을 송부하니 부서 의견을 제출하여 주시기 바랍니다.",
                                              "초안의 폐지·통합 대상 부서는 확정된 사항이 아니므로 외부 유출에 유의", "의견 제출 기한: %s"]),
            ("공공요금 조정 검토를 위한 원가 분석 자료 제출 요청", ["요금 조정 여부를 검토 중이므로 부서별 원가 분석 자료를 제출하여 주십시오.",
                                                          "조정 폭은 물가 당국 협의 후 결정할 예정임", "제출 기한: %s"]),
        ])
    d = Doc()
    recip = r.choice(["수신자 참조", "내부결재", "각 실·과·소장", "각 읍·면·동장", "%s장" % r.choice(DEPTS)])
    dumun(d, o, recip)
    d.p("제목  " + title, "normal")
    d.p("")
    d.p("1. 관련: %s-%d(%s)호" % (r.choice(DEPTS), r.randint(100, 9999), fdate(y, max(1, m - 1), dd)))
    ds = fdate(y, m, min(28, dd + r.randint(3, 20) if dd < 20 else 28))
    for i, it in enumerate(items, 2):
        d.p("%d. %s" % (i, it % ds if "%s" in it else it))
    reasons, nums = [], []
    flags = []
    attach = ["붙임  1. 세부 추진 계획 1부."]
    if disc == "partial":
        kind = pkind
        rows = [["연번", "성명", "생년월일", "연락처", "주소"]]
        n = r.randint(3, 6)
        for i in range(1, n + 1):
            rows.append([str(i), person(r), "%d. %d. %d." % (r.randint(1955, 2001), r.randint(1, 12), r.randint(1, 28)),
                         mobile(r), addr_private(r)])
        label = {"winners": "모범 시민 표창 대상자 명단", "survey": "현장 조사 참여 주민 명단", "volunteers": "자원봉사자 배치 명단"}[kind]
        d.p("%d. %s은 아래와 같습니다." % (len(items) + 2, label))
        d.table(rows)
        reasons = oida(6); nums = ["6"]
        attach.append("2. %s 1부." % label)
        flags.append("private_persons_table")
    elif disc == "non_public":
        # internal review memo sent as 내부결재
        d.p("%d. 본 건은 의사결정 과정에 있는 사항으로 관계 부서 협의 결과에 따라 변경될 수 있습니다." % (len(items) + 2))
        reasons = oida(5); nums = ["5"]
        flags.append("decision_in_progress")
    d.p("")
    d.p("  ".join(attach) + "  끝.")
    g = gform(r, disc, nums) if disc != "public" else r.choice(["공개", "공개"])
    cue_kind = "gongae_field"
    if loc == "gyeolmun":
        gyeolmun(d, r, o, dept, C(g), (y, m, dd))
    else:
        gyeolmun(d, r, o, dept, None, (y, m, dd))
        if loc == "header":
            d.header = "%s  %s" % (o["name"], C("공개구분: " + g) if r.random() < .6 else C(g))
        elif loc == "footer":
            d.footer = "%s  |  %s" % (C(g), "- 1 -")
        elif loc == "table_cell":
            d.blocks.insert(4, ["table", [["문서번호", docno(r, dept)], ["공개여부", C(g)], ["보존기간", r.choice(["5년", "10년", "준영구"])]], None])
        elif loc == "textbox":
            d.blocks.insert(0, ["box", C(g), "right"])
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, genre="공문", cue_kind=cue_kind,
                cue_location=loc, flags=flags, note="공개구분 printed (%s); content agrees" % g, formats=formats,
                topic=title)


def t_press(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.header = "%s 보도자료  |  보도시점: %s %s 이후" % (o["name"], fdate(y, m, dd), r.choice(["06:00", "12:00", "배포 즉시"]))
    subj = r.choice(["청년 창업 지원금 신청 2주 만에 1,200건 돌파", "노후 상수관로 교체 사업 조기 완료", "지역 관광객 전년 대비 18% 증가",
                     "공공 와이파이 설치 구역 두 배로 확대", "어린이 보호구역 교통사고 3년 연속 감소", "비밀번호 없는 간편 인증 민원 서비스 개시",
                     "정보공개 청구 처리 기간 평균 6.2일로 단축", "개인정보 유출 예방 위한 공무원 보안 점검 실시"])
    d.title(subj)
    d.p("- %s, %s 발표 -" % (o["name"], fdate(y, m, dd)))
    d.p("")
    d.p("□ %s는 %s 밝혔다." % (o["name"], r.choice(["관련 사업의 추진 성과를 점검한 결과를", "올해 주요 정책의 중간 성과를"])))
    d.p("  ○ 이번 성과는 관계 부서와 주민이 함께 노력한 결과로, 내년에도 예산을 확대하여 지속 추진할 계획이다.")
    if "비밀번호" in subj:
        d.p("  ○ 이용자는 기존 비밀번호 대신 휴대전화 간편 인증으로 로그인할 수 있으며, 비밀번호 분실에 따른 재설정 절차가 필요 없다.")
    if "개인정보" in subj:
        d.p("  ○ 점검 결과 개인정보 파일 접근 권한이 과다하게 부여된 사례 14건을 바로잡았으며, 유출 사고는 확인되지 않았다.")
    if "정보공개" in subj:
        d.p("  ○ 비공개 결정 비율은 4.1%로 전년 대비 1.3%p 낮아졌으며, 부분공개 결정 시 사유를 구체적으로 안내하도록 개선하였다.")
    d.p("□ %s 관계자는 \"앞으로도 주민 체감형 정책을 발굴하겠다\"고 말했다." % o["head"])
    d.p("")
    dept = r.choice(DEPTS)
    d.table([["담당 부서", dept, "책임자", "과장 %s (%s)" % (person(r), tel(r, o["tel"]))],
             ["", "", "담당자", "주무관 %s (%s)" % (person(r), tel(r, o["tel"]))]])
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="보도자료", cue_kind="none",
                cue_location="none", flags=["officials_named"] + (["mentions_secret_or_pii"] if any(k in subj for k in ["비밀번호", "개인정보", "정보공개"]) else []),
                note="press release; officials' names and positions are disclosable (제9조 제1항 제6호 라목)", formats=None)


def t_notice(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    kind = r.choice(["bid", "hire", "land", "hearing"])
    d = Doc()
    no = "%s 공고 제%d-%d호" % (o["name"], y, r.randint(10, 999))
    d.p(no)
    if kind == "bid":
        d.title("%s 정보시스템 유지관리 용역 입찰 공고" % o["name"])
        d.p("1. 입찰에 부치는 사항")
        d.table([["용역명", "%s 통합정보시스템 유지관리 용역" % o["name"]], ["기초금액", "%s원(부가가치세 포함)" % format(r.randint(80, 900) * 1000000, ",")],
                 ["용역기간", "계약일부터 12개월"], ["입찰방법", "제한경쟁, 협상에 의한 계약"]])
        d.p("2. 입찰 참가 자격: 소프트웨어사업자로 신고한 업체")
        d.p("3. 예정가격은 기초금액의 ±2% 범위 내 복수예비가격 15개 중 추첨된 4개의 산술평균으로 결정합니다.")
        g = "계약·입찰"
    elif kind == "hire":
        d.title("%d년 %s 임기제공무원 채용 공고" % (y, o["name"]))
        d.table([["채용 분야", "인원", "직급", "근무 부서"], ["정보보안", "1", "임기제 6급 상당", r.choice(DEPTS)], ["통계", "1", "임기제 7급 상당", "통계분석과"]])
        d.p("○ 시험 방법: 서류전형 → 면접시험")
        d.p("○ 제출 서류의 주민등록번호 뒷자리는 반드시 가리고 제출하십시오. 개인정보는 채용 목적 외에 이용하지 않습니다.")
        g = "인사"
    elif kind == "land":
        d.title("도시계획시설(도로) 결정 열람 공고")
        d.p("「국토의 계획 및 이용에 관한 법률」에 따라 아래와 같이 공고하고 일반인에게 열람합니다.")
        d.table([["구분", "노선명", "폭원", "연장"], ["신설", "중로2-%d호" % r.randint(1, 40), "15m", "%dm" % r.randint(200, 1500)]])
        d.p("열람 장소: %s 도시계획과" % o["name"])
        g = "공고문"
    else:
        d.title("주민 공청회 개최 공고")
        d.p("○ 일시: %s 14:00  ○ 장소: %s 대회의실" % (fdate(y, m, dd), o["name"]))
        d.p("○ 안건: 생활폐기물 처리시설 입지 선정 기본계획(안)")
        d.p("○ 공청회 자료는 누리집에서 내려받을 수 있습니다.")
        g = "공고문"
    d.p("")
    d.p(fdate(y, m, dd), "center")
    d.p(o["head"], "title")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre=g, cue_kind="none", cue_location="none",
                flags=["published_notice"] + (["mentions_secret_or_pii"] if kind == "hire" else []), note="공고문 published to everyone", formats=None)


def t_stats(tname, v):
    r = R(tname, v)
    o = org(r)
    y = r.randint(2021, 2025)
    topic = r.choice(["연령대별 주민등록 인구 현황", "읍·면·동별 기초생활수급자 수", "개인정보 침해 신고 접수 현황", "정보공개 청구 처리 현황", "사업체 조사 결과(산업별)"])
    d = Doc()
    d.title("%d년 %s" % (y, topic))
    d.p("작성기관: %s 통계분석과 / 공표일: %d. %d. %d. / 승인통계 제%d호" % (o["name"], y + 1, r.randint(1, 6), r.randint(1, 28), r.randint(100000, 999999)))
    if "정보공개" in topic:
        rows = [["구분", "청구", "공개", "부분공개", "비공개"]]
        for q in ["1분기", "2분기", "3분기", "4분기"]:
            a = r.randint(300, 900); b = int(a * .8); c = int(a * .13)
            rows.append([q, str(a), str(b), str(c), str(a - b - c)])
    elif "개인정보" in topic:
        rows = [["유형", "건수", "비율(%)"]]
        for t in ["주민등록번호 노출", "동의 없는 수집", "목적 외 이용", "안전조치 미흡", "기타"]:
            rows.append([t, str(r.randint(5, 200)), "%.1f" % (r.random() * 30)])
    else:
        rows = [["구분", "합계", "남", "여"]]
        for t in ["0~19세", "20~39세", "40~59세", "60세 이상"] if "연령" in topic else ["중앙동", "새벽동", "솔내동", "하늬동"]:
            a = r.randint(1000, 90000); b = r.randint(int(a * .4), int(a * .6))
            rows.append([t, format(a, ","), format(b, ","), format(a - b, ",")])
    d.table(rows)
    d.p("주: 3 미만의 값은 개인 식별 방지를 위해 '-'로 표시함(통계 비밀 보호).")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="통계", cue_kind="none", cue_location="none",
                flags=["public_statistics", "mentions_secret_or_pii"], note="aggregate public statistics", formats=None)


def t_guide_secret(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2021, 2026)
    d = Doc()
    d.title("비밀 및 대외비 관리 업무 지침")
    d.p("%s 보안담당관 / 개정 %s" % (o["name"], fdate(y, m, dd)))
    d.p("1. 목적: 이 지침은 보안업무규정 및 같은 규정 시행규칙에 따라 비밀과 대외비의 생산·보관·파기 절차를 정함을 목적으로 한다.")
    d.p("2. 표시 방법")
    ex3 = stamp(r, "III급", False); exd = stamp(r, "대외비", False)
    d.table([["구분", "표시 예시", "표시 위치"], ["Ⅲ급비밀", ex3, "문서 상·하단 중앙"], ["대외비", exd, "문서 상단 중앙"],
             ["예고문", "예고문: %d. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류" % (y + 3), "문서 끝 부분"]])
    d.p("3. 비밀은 비밀관리기록부에 등재하고, 사본번호를 부여하여 배부한다.")
    d.p("4. 대외비는 보호기간이 지나면 일반문서로 재분류하며, 그 전에는 공개하지 아니한다.")
    d.p("5. 이 지침 자체는 일반문서이며 누리집에 게시한다.")
    d.p("")
    d.p("※ 위 표의 표시 예시는 설명을 위한 견본이며 이 문서의 보안등급이 아님")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="교육 자료", cue_kind="mention_only",
                cue_location="none", flags=["mentions_marking", "hard_negative"], note="guideline quoting stamps as examples", formats=None)


def t_password(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    dumun(d, o, "각 실·과·소장")
    d.p("제목  업무 포털 비밀번호 정기 변경 안내")
    d.p("1. 정보보안 기본지침에 따라 업무 포털 비밀번호를 분기마다 변경하여야 합니다.")
    d.p("2. 변경 기한: %s까지 (기한 경과 시 계정이 잠깁니다)" % fdate(y, m, dd))
    d.p("3. 비밀번호 규칙: 영문·숫자·특수문자 조합 9자리 이상, 직전 비밀번호 재사용 금지")
    d.p("4. 비밀번호를 메모지에 적어 모니터에 붙이는 행위는 보안감사 지적 사항입니다.")
    d.p("5. 문의: 정보통신과 헬프데스크(내선 %d)  끝." % r.randint(1000, 9999))
    gyeolmun(d, r, o, "정보통신과", C("공개"), (y, m, dd))
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="공문", cue_kind="gongae_field",
                cue_location="gyeolmun", flags=["mentions_secret_or_pii", "hard_negative"], note="비밀번호 notice, not a 비밀", formats=None)


def t_oida_training(tname, v):
    r = R(tname, v)
    d = Doc()
    d.title("정보공개 업무 실무 교육 자료")
    d.p("Ⅰ. 공개구분 표시 방법")
    d.p("  ○ 결문의 공개구분란에는 '공개', '부분공개(  )', '비공개(  )'로 표시하고 괄호 안에 제9조 제1항 각 호의 번호를 적는다.")
    d.p("    예) 부분공개(6), 비공개(제9조 제1항 제5호)")
    d.p("Ⅱ. 주요 비공개 사유")
    d.table([["호", "내용"], ["1호", "다른 법률 또는 법률이 위임한 명령에 따라 비밀로 유지되는 정보"], ["4호", "진행 중인 재판·수사 관련 정보"],
             ["5호", "감사·감독·검사·시험·규제·입찰계약·의사결정 과정 또는 내부검토 과정에 있는 사항"], ["6호", "성명·주민등록번호 등 개인에 관한 사항"],
             ["7호", "법인 등의 경영상·영업상 비밀"], ["8호", "공개될 경우 부동산 투기 등으로 특정인에게 이익 또는 불이익을 줄 우려가 있는 정보"]])
    d.p("Ⅲ. 사례: 공무원의 성명·직위는 공개 대상이며, 주민등록번호는 항상 가린다(예: 000000-0000000).")
    d.p("Ⅳ. 대외비·비밀 표시 문서라도 보호기간이 지났거나 재분류된 경우 공개 여부를 다시 판단한다.")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="교육 자료", cue_kind="mention_only",
                cue_location="none", flags=["mentions_gongae_forms", "mentions_marking", "hard_negative"], note="training material quoting 공개구분 forms", formats=None)


def t_disc_notice(tname, v, disc):
    """정보공개 결정 통지서. public: 청구인 masked, decision 공개. partial: 청구인 named with address."""
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.title("정보 (공개 / 부분공개 / 비공개) 결정 통지서")
    name = person(r)
    if disc == "public":
        d.table([["접수번호", "%d-%07d" % (y, r.randint(1, 9999999)), "접수일", fdate(y, m, dd)],
                 ["청구인", name[0] + "○○", "주소", "(생략)"],
                 ["청구 내용", "%d년 %s 업무추진비 집행 내역" % (y - 1, r.choice(DEPTS)), "", ""],
                 ["결정 내용", "공개", "공개 일시", fdate(y, m, min(28, dd + 7))]])
        d.p("귀하의 정보공개 청구에 대하여 「공공기관의 정보공개에 관한 법률」 제13조에 따라 위와 같이 공개하기로 결정하였음을 통지합니다.")
        d.p("※ 이 결정에 대하여 비공개 사유는 없습니다. 이의가 있는 경우 30일 이내에 이의신청을 할 수 있습니다.")
        flags = ["hard_negative", "mentions_gongae_forms", "requester_masked"]
        reasons = []
        note = "공개 decision notice; requester masked"
    else:
        d.table([["접수번호", "%d-%07d" % (y, r.randint(1, 9999999)), "접수일", fdate(y, m, dd)],
                 ["청구인", name, "주소", addr_private(r)],
                 ["전화번호", mobile(r), "전자우편", "%s%d@mail.example.kr" % (r.choice(["hope", "sky", "river", "moon"]), r.randint(10, 999))],
                 ["결정 내용", "부분공개", "비공개 사유", "제9조 제1항 제6호(개인 성명·연락처)"]])
        d.p("귀하께서 청구하신 정보는 개인에 관한 사항을 제외하고 부분공개합니다.")
        flags = ["requester_identified", "mentions_gongae_forms"]
        reasons = oida(6)
        note = "notice itself identifies the private requester (name, address, mobile)"
    d.p("")
    d.p(o["head"], "title")
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, genre="정보공개 결정 통지서", cue_kind="content_only" if disc == "partial" else "mention_only",
                cue_location="content" if disc == "partial" else "none", flags=flags, note=note, formats=None)


def t_cover_letter(tname, v):
    r = R(tname, v)
    o = org(r)
    dept = "보안담당관"
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    dumun(d, o, r.choice(["평화통일협력처장(협력정책과장)", "통상협력부장관(보안담당관)", "국방전략본부장"]))
    d.p("제목  %d년 을지연습 관련 자료 송부" % y)
    d.p("1. 관련: 귀 기관 %s-%d(%s)호" % (r.choice(DEPTS), r.randint(100, 999), fdate(y, m, dd)))
    d.p("2. 요청하신 자료 중 %s 1부는 Ⅲ급 비밀로 분류되어 있어 비밀 취급 인가자를 통하여 별도 송부함을 알려드립니다." % r.choice(["전시 직제 편성표", "비상대비 자원관리 계획"]))
    d.p("3. 이 공문에는 비밀 내용이 포함되어 있지 않습니다.")
    d.p("붙임  자료 송부 대장 사본 1부.  끝.")
    gyeolmun(d, r, o, dept, C("공개"), (y, m, dd))
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="외교·국방·통일", cue_kind="gongae_field",
                cue_location="gyeolmun", flags=["mentions_marking", "hard_negative", "attachment_sent_separately"],
                note="cover letter says the attachment is 3급 비밀 and is sent separately; the letter itself carries no marking", formats=None)


def t_personnel_grade(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.title("인 사 발 령")
    d.p("%s 발령 제%d-%d호" % (o["name"], y, r.randint(10, 300)))
    rows = [["성명", "현 직위", "발령 사항"]]
    for g, p in [("3급(부이사관)", "국장"), ("4급(서기관)", "과장"), ("1급(관리관)", "실장"), ("5급(행정사무관)", "팀장")]:
        if r.random() < .8:
            rows.append([person(r), "%s %s" % (r.choice(DEPTS), p), "%s 승진 임용, %s %s에 보함" % (g, r.choice(DEPTS), p)])
    d.table(rows)
    d.p("%s" % fdate(y, m, dd), "center")
    d.p(o["head"], "title")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="인사", cue_kind="mention_only", cue_location="none",
                flags=["civil_service_grade_not_marking", "officials_named", "hard_negative"], note="3급/1급 are civil-service grades, not secret classes", formats=None)


def t_declass_notice(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2023, 2026)
    d = Doc()
    dumun(d, o, "수신자 참조")
    d.p("제목  비밀 재분류(해제) 결과 통보")
    d.p("1. %d년도 비밀 재분류 심의 결과 아래 문서를 일반문서로 재분류하였음을 통보합니다." % y)
    d.table([["관리번호", "문서 제목", "원 등급", "조치"],
             ["%d-%03d" % (y - 5, r.randint(1, 200)), "%d년 비상대비 훈련 결과 분석" % (y - 6), "Ⅲ급비밀", "일반문서로 재분류"],
             ["%d-%03d" % (y - 4, r.randint(1, 200)), "청사 방호 인력 운용 계획", "대외비", "보호기간 만료로 일반문서"]])
    d.p("2. 각 부서는 보유 사본의 표시를 정정하고 비밀관리기록부를 정리하여 주시기 바랍니다.  끝.")
    gyeolmun(d, r, o, "보안담당관", C("공개"), (y, m, dd))
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="공문", cue_kind="gongae_field", cue_location="gyeolmun",
                flags=["mentions_marking", "declassification_notice", "hard_negative"], note="notice about declassification; itself unclassified", formats=None)


def t_security_audit_summary(tname, v):
    r = R(tname, v)
    o = org(r)
    y = r.randint(2022, 2025)
    d = Doc()
    d.title("%d년 보안감사 결과 (요약 공개본)" % y)
    d.p("%s 감사담당관" % o["name"])
    d.table([["분야", "지적 건수", "주요 내용"], ["문서 보안", str(r.randint(1, 9)), "대외비 문서 보관함 잠금 미흡"],
             ["정보 보안", str(r.randint(1, 9)), "비밀번호 주기적 변경 미이행"], ["개인정보", str(r.randint(1, 9)), "개인정보 파일 대장 현행화 미흡"]])
    d.p("※ 개별 지적 부서와 담당자는 감사 규정에 따라 공개본에서 제외함.")
    d.p("조치 결과: 모든 지적 사항은 %d. 3. 31.까지 시정 완료" % (y + 1))
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="감사 결과", cue_kind="mention_only", cue_location="none",
                flags=["mentions_marking", "mentions_secret_or_pii", "hard_negative"], note="public summary of security audit", formats=None)


def t_privacy_edu(tname, v):
    r = R(tname, v)
    d = Doc()
    d.title("개인정보 보호 실무 교육 (민원 담당자용)")
    d.p("1. 고유식별정보(주민등록번호·여권번호·운전면허번호·외국인등록번호)는 법령 근거 없이 처리할 수 없습니다.")
    d.p("2. 민감정보(건강, 범죄경력, 노동조합 가입 등)는 별도 동의를 받아야 합니다.")
    d.p("3. 서식 작성 예시")
    d.table([["항목", "예시"], ["성명", "홍길동"], ["주민등록번호", "000000-0000000"], ["주소", "○○시 ○○구 ○○로 00"]])
    d.p("4. 개인정보가 포함된 문서를 외부에 보낼 때에는 반드시 암호를 설정하고 비밀번호는 별도 경로로 전달합니다.")
    d.p("5. 유출 사고 발생 시 72시간 이내에 정보주체에게 통지합니다.")
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="교육 자료", cue_kind="mention_only", cue_location="none",
                flags=["mentions_secret_or_pii", "placeholder_pii", "hard_negative"], note="training with placeholder data only", formats=None)


def t_plan_public(tname, v):
    r = R(tname, v)
    o = org(r)
    y = r.randint(2022, 2026)
    topic = r.choice(["생활체육 활성화", "탄소중립 실천", "스마트 도서관 구축", "노인 일자리 확대", "소상공인 디지털 전환", "공공기록물 관리 개선"])
    d = Doc()
    d.header = "%s  %d년 %s 추진계획" % (o["name"], y, topic)
    d.title("%d년 %s 추진계획" % (y, topic))
    d.p("Ⅰ. 추진 배경")
    d.p("  ○ 주민 수요 증가와 관련 법령 개정에 따라 체계적인 추진 기반 마련 필요")
    d.p("Ⅱ. 추진 목표 및 과제")
    rows = [["과제", "예산(백만원)", "추진 시기", "담당"]]
    for i in range(r.randint(3, 6)):
        rows.append(["과제 %d: %s" % (i + 1, r.choice(["기반 조성", "시범 운영", "홍보 강화", "성과 평가", "제도 개선", "협력체계 구축"])),
                     format(r.randint(20, 3000), ","), "%d. %d분기" % (y, r.randint(1, 4)), r.choice(DEPTS)])
    d.table(rows)
    d.p("Ⅲ. 행정사항")
    d.p("  ○ 분기별 추진 실적을 점검하여 누리집에 공개")
    if r.random() < .5:
        d.pb()
        d.p("Ⅳ. 세부 추진 일정")
        for q in range(1, 5):
            d.p("  ○ %d분기: %s" % (q, r.choice(["수요 조사 및 계획 수립", "사업자 선정", "시범 운영", "운영 결과 평가", "확대 시행"])))
    d.footer = "- 1 -"
    return dict(doc=d, disclosure="public", marking="none", reasons=[], genre="계획서", cue_kind="none", cue_location="none",
                flags=[], note="routine public plan", formats=None)


def t_minutes(tname, v, disc):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    comm = r.choice(["도시계획위원회", "지방보조금심의위원회", "정보공개심의회", "인사위원회", "공유재산심의회"])
    d = Doc()
    d.title("제%d회 %s 회의록" % (r.randint(1, 30), comm))
    d.p("일시: %s 14:00~16:30  장소: %s 소회의실" % (fdate(y, m, dd), o["name"]))
    members = [person(r) for _ in range(r.randint(4, 7))]
    officials = [person(r) for _ in range(2)]
    if disc == "public":
        d.p("참석: 위원 %d명(재적 %d명), 간사 %s 주무관" % (len(members), len(members) + 2, officials[0]))
        d.p("안건: %s" % r.choice(["위원회 운영 세칙 개정안", "상반기 사업 추진 실적 보고", "공유재산 관리계획 변경안"]))
        d.p("○ 위원장: 원안대로 의결하겠습니다.")
        d.p("○ 간사(%s 주무관): 안건은 재적 위원 과반수 찬성으로 원안 가결되었습니다." % officials[0])
        d.p("의결 결과: 원안 가결")
        reasons = []; flags = ["officials_named"]; note = "minutes without attributable statements of private members"
        cue_kind, loc = "none", "none"
    else:
        d.p("참석 위원: " + ", ".join(members))
        d.p("안건: %s" % r.choice(["○○지구 용도지역 변경안(보류 안건 재심의)", "보조사업자 선정(안)", "이의신청 건 재심의"]))
        for i in range(r.randint(3, 5)):
            d.p("○ %s 위원: %s" % (r.choice(members), r.choice(["사업자의 재무 건전성이 우려되어 조건부 의결을 제안합니다.", "주민 반대가 예상되므로 재검토가 필요합니다.",
                                                             "특정 업체에 유리한 기준으로 보일 수 있습니다.", "원안에 찬성하나 보완 의견을 붙이겠습니다."])))
        d.p("의결 결과: 보류(다음 회의 재상정)" if r.random() < .5 else "의결 결과: 수정 가결")
        reasons = oida(5, 6); flags = ["member_statements_attributed"]
        note = "attributable statements of named (private) committee members; names withheld, rest disclosed"
        cue_kind, loc = "gongae_field", "footer"
        d.footer = "%s  %s" % (comm, C(gform(r, "partial", ["5", "6"])))
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, genre="회의록", cue_kind=cue_kind, cue_location=loc,
                flags=flags, note=note, formats=None)


def t_budget(tname, v, disc):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    if disc == "public":
        d.title("%d년 %d월 세출예산 집행 현황" % (y, m))
        rows = [["부서", "예산액(천원)", "집행액(천원)", "집행률"]]
        for dp in r.sample(DEPTS, 5):
            a = r.randint(10000, 900000); b = r.randint(int(a * .2), a)
            rows.append([dp, format(a, ","), format(b, ","), "%.1f%%" % (100 * b / a)])
        d.table(rows)
        d.p("작성: %s 기획예산과 주무관 %s" % (o["name"], person(r)))
        reasons = []; flags = ["officials_named"]; note = "aggregate budget execution"
        cue = dict(cue_kind="none", cue_location="none")
    else:
        d.title("%d년 %d월 업무추진비 집행 내역" % (y, m))
        rows = [["일자", "집행 목적", "장소", "대상(인원)", "금액(원)"]]
        for i in range(r.randint(4, 7)):
            who = r.choice(["직원 %d명" % r.randint(3, 12), "%s 외 %d명(지역 주민)" % (person(r), r.randint(1, 5)),
                            "자원봉사자 %s, %s" % (person(r), person(r))])
            rows.append(["%d. %d." % (m, r.randint(1, 28)), r.choice(["현안 업무 협의", "민원 현장 간담회", "유관기관 협력 간담회"]),
                         r.choice(["한식당", "구내식당", "카페"]), who, format(r.randint(40, 600) * 1000, ",")])
        rows[1][3] = "%s, %s(지역 주민)" % (person(r), person(r))
        d.table(rows)
        d.p("※ 정보공개 시 민간인 성명은 비공개 처리(제9조 제1항 제6호)")
        reasons = oida(6); flags = ["private_persons_table"]
        note = "business expense list naming private participants"
        cue = dict(cue_kind="content_only", cue_location="content")
    return dict(doc=d, disclosure=disc, marking="none", reasons=reasons, genre="예산", flags=flags, note=note, formats=None, **cue)


def t_expired_marking(tname, v, kind):
    """Marking printed but expired/downgraded/declassified -> what applies now."""
    r = R(tname, v)
    o = org(r)
    d = Doc()
    y = r.randint(2016, 2020)
    if kind == "expired_III":
        st = stamp(r, "III급", False)
        d.header = C(st)
        d.title("%d년 비상대비 을지연습 결과 보고" % y)
        d.p("1. 연습 기간: %d. 8. %d.~%d. 8. %d." % (y, 19, y, 22))
        d.p("2. 참가 인원: %d명, 주요 훈련: 전시 직제 편성, 청사 방호 및 대피" % r.randint(200, 900))
        d.p("3. 개선 사항: 비상연락망 현행화, 대피 안내 표지 보강")
        d.p("")
        exp = "%d. 12. 31." % r.randint(y + 2, 2024)
        d.p(C("예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류" % exp))
        d.footer = C(st)
        out = dict(disclosure="public", marking="none", reasons=[], flags=["marking_expired", "cue_conflict"],
                   note="Ⅲ급 stamp but 예고문 date %s has passed (기준일 %s): now 일반문서; content is a completed exercise summary" % (exp, REF_DATE),
                   cue_kind="yegomun_expired", cue_location="body_end")
        g = "외교·국방·통일"
    elif kind == "downgraded_II":
        d.header = C(stamp(r, "II급", False))
        d.title("접경지역 경계 작전 지원 계획")
        d.p("1. 지원 부대 배치 및 통신 운용: 별표 1 참조")
        d.p("2. 지자체 협조 사항: 비상 급수, 주민 대피 시설 %d개소 개방" % r.randint(5, 30))
        d.table([["구분", "장소(좌표 약기)", "수용 인원"], ["대피시설 A", "37°%02d′N 126°%02d′E" % (r.randint(40, 59), r.randint(40, 59)), str(r.randint(200, 900))],
                 ["대피시설 B", "37°%02d′N 126°%02d′E" % (r.randint(40, 59), r.randint(40, 59)), str(r.randint(200, 900))]])
        exp = "%d. 12. 31." % r.randint(2021, 2024)
        exp2 = "%d. 12. 31." % r.randint(2029, 2032)
        d.p(C("예고문: %s까지 Ⅱ급비밀, 이후 Ⅲ급비밀로 재분류(%s까지), 이후 일반문서로 재분류" % (exp, exp2)))
        d.p("사본번호 %d / %d" % (r.randint(1, 5), 6))
        d.footer = C(stamp(r, "II급", False))
        out = dict(disclosure="non_public", marking="III급", reasons=oida(1, 2), flags=["marking_downgraded", "cue_conflict"],
                   note="printed Ⅱ급 but 예고문 downgrades to Ⅲ급 after %s; Ⅲ급 protection runs to %s (기준일 %s)" % (exp, exp2, REF_DATE),
                   cue_kind="yegomun_downgrade", cue_location="body_end")
        g = "외교·국방·통일"
    elif kind == "dae_expired":
        pd = "%d. %d. %d." % (r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
        d.header = C("대외비(보호기간: %s까지)" % pd)
        d.title("청사 출입 통제 시스템 교체 추진 계획(%d)" % y)
        d.p("1. 추진 배경: 노후 출입 통제 장비(%d년 설치) 고장 빈발" % (y - 9))
        d.p("2. 교체 범위: 본관·별관 출입구 %d개소, 방문자 안내 키오스크 2대" % r.randint(4, 12))
        d.p("3. 소요 예산: %s천원 (%d년 본예산 반영 완료)" % (format(r.randint(100000, 900000), ","), y))
        d.p("4. 추진 결과: %d년 교체 완료, 현재 정상 운영 중" % (y + 1))
        out = dict(disclosure="public", marking="none", reasons=[], flags=["marking_expired", "cue_conflict"],
                   note="대외비 protection period %s has passed (기준일 %s); completed replacement plan with no sensitive detail" % (pd, REF_DATE),
                   cue_kind="protection_period_expired", cue_location="header")
        g = "계획서"
    else:  # declassified by stamp/notice
        d.header = C(stamp(r, "III급", False))
        d.title("%d년 국지 도발 대비 지자체 지원 훈련 평가" % y)
        d.p("1. 훈련 개요: 주민 대피 및 비상 급식 지원 절차 숙달")
        d.p("2. 평가: 주민 대피 소요 시간 목표 대비 %d분 단축" % r.randint(3, 15))
        d.p("3. 보완: 대피 안내 방송 음향 장비 추가 확보")
        dd = "%d. %d. %d." % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))
        d.box(C("재분류  %s  일반문서로 재분류  (비밀관리기록부 제%d-%03d호)" % (dd, y, r.randint(1, 200))), "right")
        out = dict(disclosure="public", marking="none", reasons=[], flags=["marking_declassified", "cue_conflict"],
                   note="Ⅲ급 stamp overruled by a 재분류 stamp dated %s: now 일반문서" % dd, cue_kind="declassified_stamp", cue_location="textbox")
        g = "외교·국방·통일"
    out.update(doc=d, genre=g, formats=None)
    return out


# ----------------------------------------------------------------------------- partial
def t_minwon(tname, v, pii_level):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    name = person(r)
    d = Doc()
    dumun(d, o, "%s 귀하 (%s)" % (name, addr_private(r)))
    subj = r.choice(["주택가 불법 주정차 단속 요청", "공원 내 소음 민원", "도로 파손 보수 요청", "기초연금 수급 자격 문의", "건축물 용도 변경 가능 여부 질의", "어린이집 보육료 환급 요청"])
    d.p("제목  민원(%s) 처리 결과 회신" % subj)
    d.p("1. 평소 %s 행정에 관심을 가져 주신 데 감사드립니다." % o["name"])
    d.p("2. 귀하께서 %s 국민신문고(접수번호 %d-%07d)를 통해 제출하신 민원에 대한 검토 결과를 다음과 같이 알려드립니다." %
        (fdate(y, m, dd), y, r.randint(1, 9999999)))
    d.p("  가. 민원 요지: %s" % subj)
    d.p("  나. 검토 결과: 현장 확인 결과 %s" % r.choice(["요청하신 사항을 반영하여 %s까지 조치할 예정입니다." % fdate(y, m, 28), "관계 법령상 수용이 어려움을 양해하여 주시기 바랍니다."]))
    reasons = oida(6)
    flags = ["private_person_named", "private_address"]
    if pii_level == "rrn":
        d.p("  다. 확인 사항: 신청인 %s (주민등록번호 %s), 연락처 %s" % (name, rrn(r), mobile(r)))
        reasons = oida(6) + ["PIPA-24"]; flags.append("unmasked_rrn")
    elif pii_level == "masked":
        d.p("  다. 확인 사항: 신청인 %s (주민등록번호 %s), 연락처 %s" % (name, rrn(r, True), mobile(r)))
        flags.append("masked_rrn_only")
    elif pii_level == "health":
        d.p("  다. 신청인은 %s 진단(%s 발급 진단서)에 따라 장애인 주차구역 이용 대상에 해당합니다." % (r.choice(["척수 손상", "만성 신부전", "파킨슨병"]), r.choice(["해솔대학교병원", "가람의료원"])))
        reasons = oida(6) + ["PIPA-23"]; flags.append("health_data")
    d.p("3. 기타 궁금하신 사항은 %s %s 주무관(%s)에게 문의하여 주시기 바랍니다.  끝." % (r.choice(DEPTS), person(r), tel(r, o["tel"])))
    printed = r.random() < .7
    if printed:
        nums = ["6"]
        gyeolmun(d, r, o, "민원봉사과", C(gform(r, "partial", nums)), (y, m, dd))
        ck, cl = "gongae_field", "gyeolmun"
    else:
        gyeolmun(d, r, o, "민원봉사과", None, (y, m, dd))
        ck, cl = "content_only", "content"
    return dict(doc=d, disclosure="partial", marking="none", reasons=reasons, genre="민원 회신", cue_kind=ck, cue_location=cl,
                flags=flags + ([] if printed else ["no_printed_cue"]), note="reply to a named private petitioner; disclosable after removing personal data", formats=None)


def t_contract(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    comp = r.choice(COMPANIES)
    ceo = person(r)
    d = Doc()
    d.title("용 역 계 약 서")
    d.table([["계약명", "%s 홍보 영상 제작 용역" % o["name"]], ["계약금액", "금 %s원정(부가세 포함)" % format(r.randint(20, 300) * 1000000, ",")],
             ["계약기간", "%s ~ %d. 12. 31." % (fdate(y, m, dd), y)], ["계약 방법", r.choice(["수의계약(1인 견적)", "제한경쟁 입찰"])]])
    d.p("발주기관(갑): %s  %s  (대표: %s)" % (o["name"], o["addr"], o["head"]))
    d.p("계약상대자(을): %s  대표이사 %s" % (comp, ceo))
    d.p("  주소: %s" % addr_private(r).rsplit(",", 1)[0])
    d.p("  대표자 연락처: %s" % mobile(r))
    use_rrn = r.random() < .35
    reasons = oida(6)
    flags = ["company_rep_named"]
    if use_rrn:
        d.p("  대표자 주민등록번호: %s" % rrn(r)); reasons += ["PIPA-24"]; flags.append("unmasked_rrn")
    if r.random() < .5:
        d.p("대금 지급 계좌: %s %s (예금주 %s)" % (r.choice(["가람은행", "해솔은행", "누리은행"]), account(r), comp))
    cost = r.random() < .5
    if cost:
        d.p("붙임: 산출내역서(원가 계산서: 인건비 단가, 일반관리비율, 이윤율)")
        d.table([["항목", "단가(원)", "수량", "금액(원)"], ["PD 인건비", format(r.randint(300, 500) * 1000, ","), "20", ""],
                 ["촬영 장비 임차", format(r.randint(800, 2000) * 1000, ","), "5", ""], ["일반관리비(%d%%)" % r.randint(5, 8), "", "", ""]])
        reasons = oida(6, 7) + (["PIPA-24"] if use_rrn else []); flags.append("unit_cost_breakdown")
    d.p("위 계약을 증명하기 위하여 계약서 2통을 작성하여 각 1통씩 보관한다.")
    d.p(fdate(y, m, dd), "center")
    return dict(doc=d, disclosure="partial", marking="none", reasons=sorted(reasons, key=rkey), genre="계약·입찰", cue_kind="content_only",
                cue_location="content", flags=flags, note="contract: remove representative's personal data%s" % (" and the cost breakdown (trade secret)" if cost else ""), formats=None)


def t_bid_result(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.title("제안서 기술평가 및 협상 결과 보고")
    rows = [["업체명", "기술점수", "가격점수", "합계", "순위"]]
    comps = r.sample(COMPANIES, 4)
    for i, c in enumerate(comps):
        t = r.randint(700, 880) / 10; p = r.randint(150, 200) / 10
        rows.append([c, "%.1f" % t, "%.1f" % p, "%.1f" % (t + p), str(i + 1)])
    d.table(rows)
    d.p("협상 대상자: %s" % comps[0])
    d.p("협상 결과: 제안 단가 중 서버 유지보수 인건비를 %d%% 조정, 업체가 제출한 원가 구성(노임 단가, 자체 개발 모듈 라이선스 단가)을 반영" % r.randint(3, 9))
    d.table([["원가 항목(업체 제출)", "금액(원)"], ["자체 솔루션 라이선스", format(r.randint(10, 90) * 1000000, ",")], ["노임 단가(특급)", format(r.randint(400, 600) * 1000, ",")]])
    d.p("평가위원: 내부 2명, 외부 3명 (명단은 별도 관리)")
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(7), genre="계약·입찰", cue_kind="content_only", cue_location="content",
                flags=["trade_secret_cost"], note="evaluation scores disclosable after the award; company cost data withheld (7호)", formats=None)


def t_mislabeled(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    dumun(d, o, "내부결재")
    d.p("제목  %d년 %s 지급 대상자 확정" % (y, r.choice(["재난지원금 이의신청 인용자 지원금", "출산 장려금", "청년 월세 지원금"])))
    d.p("1. 심사 결과 아래 대상자에게 지원금을 지급하고자 합니다.")
    rows = [["연번", "성명", "주민등록번호", "계좌", "금액(원)"]]
    for i in range(1, r.randint(3, 6)):
        rows.append([str(i), person(r), rrn(r), "%s %s" % (r.choice(["가람은행", "해솔은행"]), account(r)), format(r.randint(30, 300) * 10000, ",")])
    d.table(rows)
    d.p("붙임  지급 대상자 명단 1부.  끝.")
    gyeolmun(d, r, o, "복지정책과", C(r.choice(["공개", "공개"])), (y, m, dd))
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(6) + ["PIPA-24"], genre="공문", cue_kind="gongae_field_wrong",
                cue_location="gyeolmun", flags=["t_mislabeled", "unmasked_rrn", "cue_conflict"],
                note="결문 says 공개 but lists full RRNs and accounts; gold follows content", formats=None)


def t_audit_closed(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2025)
    d = Doc()
    d.header = "%s 감사 결과 처분 요구서" % o["name"]
    d.title("%d년 %s 종합감사 결과" % (y, r.choice(["새벽동 행정복지센터", "문화관광과", "세정과", "환경사업소"])))
    d.p("Ⅰ. 감사 개요: 감사 기간 %s ~ %d. %d. %d., 감사 인원 %d명" % (fdate(y, m, dd), y, m, min(28, dd + 5), r.randint(4, 9)))
    d.p("Ⅱ. 지적 사항")
    rows = [["번호", "제목", "처분", "관련자"]]
    for i in range(1, r.randint(3, 5)):
        rows.append([str(i), r.choice(["보조금 정산 부적정", "계약 분할 수의계약", "초과근무수당 부당 수령", "민원 처리 지연"]), r.choice(["주의", "시정", "경고", "징계(경징계)"]),
                     "%s %s" % (r.choice(["행정주사", "주무관", "사무관"]), person(r))])
    d.table(rows)
    d.p("Ⅲ. 조치 결과: 처분 요구 사항은 감사 종결 후 이행 완료")
    g = gform(r, "partial", ["6"])
    loc = r.choice(["footer", "table_cell", "gyeolmun_like"])
    if loc == "footer":
        d.footer = "%s  - %d -" % (C(g), 1)
    elif loc == "table_cell":
        d.blocks.insert(1, ["table", [["감사 종류", "종합감사"], ["공개 여부", C(g)]], None])
    else:
        d.p("")
        d.p("공개구분: " + C(g)); loc = "body_end"
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(6), genre="감사 결과", cue_kind="gongae_field", cue_location=loc,
                flags=["official_in_discipline_context"], note="closed audit; names of officials subject to discipline withheld (non-official capacity)", formats=None)


def t_award(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.title("%d년 %s 표창 대상자 공적 조서" % (y, r.choice(["모범 납세자", "우수 자원봉사자", "모범 운전자", "효행자"])))
    rows = [["성명", "생년월일", "주소", "공적 요지"]]
    for i in range(r.randint(2, 4)):
        rows.append([person(r), "%d. %d. %d." % (r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)), addr_private(r), r.choice(["10년간 무료 급식 봉사", "지역 하천 정화 활동 주도", "독거노인 돌봄 봉사"])])
    d.table(rows)
    d.p("※ 수상 사실과 공적 요지는 시상식 보도자료로 공개 예정")
    loc = r.choice(["attachment_list", "header"])
    g = gform(r, "partial", ["6"])
    if loc == "attachment_list":
        d.p("붙임  1. 공적 조서 1부(%s).  2. 추천서 사본 1부.  끝." % C(g))
    else:
        d.header = "%s  %s" % (o["name"], C(g))
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(6), genre="인사", cue_kind="gongae_field", cue_location=loc,
                flags=["private_persons_table"], note="award list of private citizens with birth dates and addresses", formats=None)


def t_scan_partial(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2021, 2026)
    name = person(r)
    d = Doc()
    d.title("%s 신청서 (접수 사본)" % r.choice(["주민등록표 열람·교부", "긴급복지 지원", "농지 취득 자격 증명", "전입 신고"]))
    d.table([["성명", name, "주민등록번호", rrn(r)], ["주소", addr_private(r), "", ""], ["전화번호", mobile(r), "신청일", fdate(y, m, dd)]])
    d.p("위와 같이 신청합니다.   신청인 %s (서명)" % name)
    d.p("처리 부서: %s %s   담당: 주무관 %s" % (o["name"], r.choice(DEPTS), person(r)))
    d.p("처리 결과: %s" % r.choice(["교부 완료", "지원 결정(생계지원 1개월)", "발급 완료"]))
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(6) + ["PIPA-24"], genre="민원 회신", cue_kind="content_only", cue_location="content",
                flags=["unmasked_rrn", "scanned"], note="scanned application form with full RRN", formats=["pdf_scan"])


def t_health_in_report(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    d.title("%d년 %d분기 복무 관리 점검 결과" % (y, r.randint(1, 4)))
    d.p("1. 점검 대상: 본청 %d개 부서, %d명" % (r.randint(10, 30), r.randint(200, 600)))
    d.p("2. 총평: 출퇴근 기록 관리 및 초과근무 사전 승인 절차는 대체로 양호")
    d.p("3. 장기 병가자 현황")
    rows = [["소속", "성명", "기간", "사유"]]
    for i in range(r.randint(2, 3)):
        rows.append([r.choice(DEPTS), person(r), "%d일" % r.randint(30, 90), r.choice(["허리디스크 수술", "우울증 치료", "암 수술 후 요양", "교통사고 골절"])])
    d.table(rows)
    d.p("4. 개선 과제: 유연근무 신청 절차 간소화")
    return dict(doc=d, disclosure="partial", marking="none", reasons=oida(6) + ["PIPA-23"], genre="내부 검토 보고서", cue_kind="content_only",
                cue_location="content", flags=["health_data"], note="general report disclosable; the sick-leave table (health data) removed", formats=None)


# ----------------------------------------------------------------------------- non_public
CLASSIFIED_TOPICS = {
    "2": [("한·%s 통상 협상 대응 방안" % x, "외교·국방·통일") for x in ["가람국", "누리연방", "미르공화국"]] +
         [("%s 정상회담 의제별 입장" % x, "외교·국방·통일") for x in ["한·하늬국", "한·솔내연방"]] +
         [("남북 %s 실무 접촉 대응 방향" % x, "외교·국방·통일") for x in ["보건협력", "하천 공동 관리", "이산가족 화상 상봉"]] +
         [("전시 %s 동원 계획" % x, "외교·국방·통일") for x in ["물자", "인력", "수송 장비"]],
    "3": [("국가중요시설(%s) 방호 계획" % x, "계획서") for x in ["정수장", "변전소", "통신 국사"]],
}


def t_classified(tname, v, marking, loc):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2024, 2026)
    num = r.choice(["2", "2", "2", "3"])
    title, genre = r.choice(CLASSIFIED_TOPICS[num])
    st = stamp(r, marking)
    d = Doc()
    cues_at = []
    if loc in ("header_footer",):
        d.header = C(st); d.footer = C(st); cues_at = ["header", "footer"]
    elif loc == "body_top":
        d.p(C(st), "center"); cues_at = ["body_top"]
    elif loc == "textbox":
        d.box(C(st), "center"); cues_at = ["textbox"]
    elif loc == "hanja":
        st = r.choice(["秘 Ⅲ급비밀(三級秘密)", "三級秘密 / Ⅲ급비밀"]) if marking == "III급" else ("二級秘密 / Ⅱ급비밀" if marking == "II급" else "一級秘密 / Ⅰ급비밀")
        d.header = C(st); cues_at = ["header"]
    d.title(title)
    d.p("%s %s / %s" % (o["name"], r.choice(["기획조정실", "안보정책과", "비상안전기획관", "국제협력관"]), fdate(y, m, dd)))
    if num == "2":
        d.p("1. 상황 평가: 상대측은 %s 문제에서 강경 입장을 유지할 것으로 예상" % r.choice(["관세 인하 범위", "검증 절차", "재원 분담", "일정"]))
        d.p("2. 우리 측 협상 한계선: %s" % r.choice(["관세율 %d%% 이하 양보 불가" % r.randint(3, 9), "공동 조사단 구성 시 우리 측 단장 확보", "분담금 %d%% 상한" % r.randint(30, 60)]))
        d.p("3. 대응 시나리오")
        d.table([["시나리오", "상대측 제안", "우리 측 대응"], ["A", "전면 수용 요구", "단계적 이행으로 역제안"], ["B", "협상 연기", "실무 접촉 유지, 언론 대응 자제"],
                 ["C", "제3국 중재 제안", "수용 불가 입장 견지"]])
        reasons = oida(1, 2)
    else:
        d.p("1. 방호 인력: 평시 %d명, 위기 시 %d명 증원" % (r.randint(4, 12), r.randint(10, 40)))
        d.p("2. 취약 지점 및 보강 대책")
        d.table([["구역", "취약 요인", "대책"], ["외곽 울타리 북측", "감시 사각지대", "열상 감시 장비 추가"], ["제어실", "출입 통제 단일화 미흡", "이중 인증 도입"]])
        reasons = oida(1, 3)
    if marking == "I급" or r.random() < .6:
        d.p("")
        d.p("사본번호 %d / %d" % (r.randint(1, 3), r.randint(3, 8)))
    exp = "%d. 12. 31." % r.randint(2029, 2036)
    nm = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[marking]
    d.p("예고문: %s까지 %s, 이후 %s" % (exp, nm, r.choice(["일반문서로 재분류", "파기"])))
    if loc == "body_top" and r.random() < .5:
        d.p(C(st), "center"); cues_at.append("body_end")
    return dict(doc=d, disclosure="non_public", marking=marking, reasons=reasons, genre=genre, cue_kind="marking_stamp" if loc != "hanja" else "hanja_stamp",
                cue_location="+".join(cues_at), flags=["classified"], note="%s with 예고문 valid until %s (기준일 %s)" % (marking, exp, REF_DATE), formats=None)


DAEOEBI_TOPICS = [
    ("%s 특정감사 계획", ["5"], "감사 결과", "감사 대상 부서와 중점 점검 항목(보조금 정산 서류, 계약 분할 여부)이 포함됨"),
    ("%s 공무원 비위 제보 처리 방안", ["5", "6"], "감사 결과", "제보자와 피제보자 인적 사항 포함"),
    ("%s 청사 방호 인력 운용 계획", ["3"], "계획서", "출입 통제 취약 시간대와 순찰 경로 포함"),
    ("%s 역세권 개발 후보지 검토", ["8"], "내부 검토 보고서", "발표 전 후보지 지번 포함"),
    ("%s 불법 다단계 업체 단속 정보 공유", ["4"], "수사·재판 관련", "수사기관 공조 대상 업체와 단속 예정일 포함"),
    ("%s 간부 공무원 인사 검증 결과", ["5", "6"], "인사", "승진 후보자 평판 조회 결과 포함"),
    ("%s 노사 단체교섭 대응 전략", ["5"], "내부 검토 보고서", "사측 양보 한계선 포함"),
    ("%s 감염병 집단 발생 역학조사 중간 결과", ["6"], "내부 검토 보고서", "확진자 동선 및 기저질환 포함"),
]


def t_daeoebi(tname, v, loc, conflict=False):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2025, 2026)
    tpl, nums, genre, detail = r.choice(DAEOEBI_TOPICS) if not conflict else r.choice(DAEOEBI_TOPICS[:4] + DAEOEBI_TOPICS[6:7])
    title = tpl % ("%d년" % y)
    st = stamp(r, "대외비", hanja_ok=(loc == "hanja"))
    if loc == "hanja":
        st = r.choice(["對外秘(대외비)", "對 外 秘  대외비", "對外秘 / 대외비"])
    d = Doc()
    pd = "%d. 12. 31." % r.randint(2027, 2030)
    if loc == "header":
        d.header = C(st if r.random() < .6 else "%s까지 대외비" % pd)
    elif loc == "footer":
        d.footer = "%s   - 1 -" % C(st)
    elif loc == "textbox":
        d.box(C(st), "right")
    elif loc == "hanja":
        d.box(C(st), "right") if r.random() < .5 else setattr(d, "header", C(st))
    elif loc == "body_top":
        d.p(C(st), "center")
    elif loc == "table_cell":
        pass
    elif loc == "attachment_list":
        pass
    d.title(title)
    d.p("%s %s / %s" % (o["name"], r.choice(["감사담당관", "기획조정실", "총무과", "도시계획과", "보건정책과", "인사과"]), fdate(y, m, dd)))
    if loc == "table_cell":
        d.table([["문서 구분", "보고서"], ["보안등급", C(st)], ["보호기간", "%s까지" % pd]])
    body = {
        "5": ["1. 추진 배경: 제보 및 언론 보도에 따라 사실 확인 필요", "2. 점검 항목: %s" % detail, "3. 향후 일정: 사전 통보 없이 현장 착수 예정"],
        "3": ["1. 현황: 야간 근무 인원 %d명" % r.randint(2, 6), "2. 세부 사항: %s" % detail, "3. 보강 대책: 감시 장비 증설"],
        "8": ["1. 후보지: %s 일원 %d필지" % (addr_private(r).split(" ")[1], r.randint(20, 200)), "2. 세부 사항: %s" % detail, "3. 발표 예정: 미정(관계기관 협의 후)"],
        "4": ["1. 단속 대상: %s 외 %d개 업체" % (r.choice(COMPANIES), r.randint(2, 6)), "2. 세부 사항: %s" % detail, "3. 공조 기관: %s경찰청 수사과" % r.choice(REGIONS)[0]],
        "6": ["1. 현황: 확진자 %d명" % r.randint(5, 40), "2. 세부 사항: %s" % detail, "3. 조치: 접촉자 격리 및 검사"],
    }[nums[0]]
    for b in body:
        d.p(b)
    reasons = oida(*nums)
    flags = ["daeoebi"]
    if nums == ["6"]:
        d.table([["연번", "성명", "연령", "기저질환", "동선"], ["1", person(r), "%d세" % r.randint(20, 80), r.choice(["당뇨", "고혈압", "천식"]), "%s → 직장" % r.choice(["자택", "병원"])]])
        reasons = oida(6) + ["PIPA-23"]; flags.append("health_data")
    if "6" in nums and nums != ["6"]:
        d.p("4. 관련자: %s(%s), 제보자 %s" % (person(r), r.choice(DEPTS), person(r)))
    if loc == "attachment_list":
        d.p("붙임  1. 세부 점검표 1부.  2. 관련 자료 목록(%s) 1부.  끝." % C(st))
    if conflict:
        d.p("")
        d.p("공개구분: " + C("공개"))
        flags.append("cue_conflict")
    return dict(doc=d, disclosure="non_public", marking="대외비", reasons=reasons, genre=genre,
                cue_kind=("conflict_gongae_vs_daeoebi" if conflict else ("hanja_stamp" if loc == "hanja" else "marking_stamp")),
                cue_location=loc, flags=flags, note="대외비 (시행규칙-based, so no 9-1-1); content reason(s) %s%s" % (",".join(nums), "; printed 공개 contradicted by 대외비 stamp and content" if conflict else ""), formats=None)


def t_audit_ongoing(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(9, 11), r.randint(1, 28)
    d = Doc()
    d.title("문 답 서")
    d.p("감사 사항: %s 관련 특정감사(진행 중)" % r.choice(["보조금 부당 집행 의혹", "수의계약 특혜 의혹", "초과근무수당 부정 수령 의혹"]))
    who = person(r)
    d.p("문답 일시: %s 10:00, 장소: %s 감사담당관실" % (fdate(y, m, dd), o["name"]))
    d.p("답변인: %s %s %s" % (r.choice(DEPTS), r.choice(["주무관", "행정주사", "사무관"]), who))
    for q, a in [("문: 해당 보조금 정산 서류를 직접 검토하였는가요?", "답: 팀장님 지시로 서류 형식만 확인하였습니다."),
                 ("문: 업체 대표와 사적으로 연락한 사실이 있나요?", "답: %s 두 차례 통화한 사실은 있습니다." % fdate(y, m - 1, r.randint(1, 28)))]:
        d.p(q); d.p(a)
    d.p("위 진술 내용이 사실과 다름없음을 확인합니다.   답변인 %s (인)" % who)
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(5, 6), genre="감사 결과", cue_kind="content_only", cue_location="content",
                flags=["ongoing_audit", "official_in_discipline_context"], note="question record from an audit still in progress (기준일 %s)" % REF_DATE, formats=None)


def t_investigation(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(8, 11), r.randint(1, 28)
    d = Doc()
    dumun(d, o, "%s경찰청장(수사과장)" % r.choice(REGIONS)[0])
    d.p("제목  고발 사건 관련 자료 제출(수사 협조)")
    sus = person(r)
    d.p("1. 귀 청 수사과-%d(%s)호 관련입니다." % (r.randint(1000, 9999), fdate(y, m, dd)))
    d.p("2. 피고발인 %s(%s 대표)의 %s 사건과 관련하여 요청하신 자료를 송부합니다." % (sus, r.choice(COMPANIES), r.choice(["보조금 편취", "허위 세금계산서 발행", "폐기물 불법 투기"])))
    d.p("  가. 보조금 교부 결정서 및 정산 보고서 사본")
    d.p("  나. 담당 공무원 진술 요지(%s 주무관)" % person(r))
    d.p("3. 수사가 진행 중인 사항이므로 자료 취급에 유의하여 주시기 바랍니다.  끝.")
    printed = r.random() < .5
    g = gform(r, "non_public", ["4", "6"])
    if printed:
        gyeolmun(d, r, o, "감사담당관", C(g), (y, m, dd)); ck, cl = "gongae_field", "gyeolmun"
    else:
        gyeolmun(d, r, o, "감사담당관", None, (y, m, dd)); ck, cl = "content_only", "content"
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(4, 6), genre="수사·재판 관련", cue_kind=ck, cue_location=cl,
                flags=["ongoing_investigation"], note="material for an investigation in progress naming the suspect", formats=None)


def t_trial(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(6, 11), r.randint(1, 28)
    d = Doc()
    d.title("행정소송(%d구합%d) 대응 방안 검토" % (y, r.randint(1000, 99999)))
    d.p("1. 사건 개요: 원고 %s가 %s 처분 취소를 구하는 사건, 다음 변론기일 %s" % (r.choice(COMPANIES), r.choice(["영업정지", "과징금 부과", "입찰참가자격 제한"]), fdate(2027, r.randint(1, 3), r.randint(1, 28))))
    d.p("2. 쟁점별 승소 가능성")
    d.table([["쟁점", "원고 주장", "우리 측 평가", "승소 가능성"], ["처분 사유 존재", "사실 오인", "증거 충분", "높음"], ["재량권 일탈", "과도한 처분", "감경 사유 일부 인정 소지", "중간"]])
    d.p("3. 소송 수행 전략: 조정 권고 시 처분 기간 감경(%d일 → %d일) 수용 검토" % (r.randint(30, 60), r.randint(10, 29)))
    d.p("4. 소송 수행자: %s 소송담당 %s 주무관" % (o["name"], person(r)))
    ck, cl = "content_only", "content"
    if r.random() < .4:
        d.footer = C(gform(r, "non_public", ["4", "5"])); ck, cl = "gongae_field", "footer"
        reasons = oida(4, 5)
    else:
        reasons = oida(4, 5)
    return dict(doc=d, disclosure="non_public", marking="none", reasons=reasons, genre="수사·재판 관련", cue_kind=ck, cue_location=cl,
                flags=["ongoing_trial"], note="litigation strategy for a pending case", formats=None)


def t_roster(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    kind = r.choice(["기초생활수급자 신규 책정 명단", "긴급복지 지원 대상자 명단", "체납자 압류 예정 명단", "외국인 계절근로자 배정 명단"])
    d.title("%s (%d. %d.)" % (kind, y, m))
    rows = [["연번", "성명", "주민등록번호" if "외국인" not in kind else "여권번호", "주소", "연락처"]]
    for i in range(1, r.randint(5, 9)):
        idv = rrn(r) if "외국인" not in kind else "%s%08d" % (r.choice("MSEP"), r.randint(0, 99999999))
        rows.append([str(i), person(r) if "외국인" not in kind else r.choice(["NGUYEN VAN AN", "TRAN THI BINH", "BATBAYAR GANBOLD", "SOK DARA", "RAHMAN KARIM"]), idv, addr_private(r), mobile(r)])
    d.table(rows)
    d.p("작성: %s %s" % (o["name"], r.choice(DEPTS)))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(6) + ["PIPA-24"], genre="내부 검토 보고서" if "체납" in kind else "예산",
                cue_kind="content_only", cue_location="content", flags=["roster_only_personal_data", "unmasked_id"], note="roster consisting only of personal data", formats=None)


def t_discipline(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    who = person(r)
    d = Doc()
    d.title("징 계 의 결 서")
    d.table([["소속", r.choice(DEPTS)], ["직위(급)", r.choice(["행정주사(6급)", "행정주사보(7급)", "시설사무관(5급)"])], ["성명", who]])
    kind = r.choice(["dui", "dui", "assault"])
    if kind == "dui":
        d.p("징계 사유: %s 혈중알코올농도 %.3f%% 상태로 승용차를 운전하다 적발되어 %s지방법원에서 벌금 %d만원의 약식명령을 받음" %
            (fdate(y, m, dd), r.randint(80, 150) / 1000, r.choice(["해솔", "가람", "누리"]), r.randint(5, 15) * 100))
    else:
        d.p("징계 사유: 회식 자리에서 동료를 폭행하여 상해죄로 벌금 %d만원의 형이 확정됨" % (r.randint(3, 10) * 100))
    d.p("의결 주문: %s" % r.choice(["정직 1개월", "감봉 3개월", "견책"]))
    d.p("%s %s 인사위원회" % (fdate(y, m, min(28, dd + 20)), o["name"]))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(6) + ["PIPA-23"], genre="인사", cue_kind="content_only", cue_location="content",
                flags=["criminal_record", "official_in_discipline_context"], note="disciplinary decision with criminal conviction", formats=None)


def t_sick(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = d8(r, 2022, 2026)
    d = Doc()
    kind = r.choice(["sick", "union"])
    if kind == "sick":
        d.title("질병휴직 승인 결과")
        d.table([["소속", r.choice(DEPTS)], ["성명", person(r)], ["진단명", r.choice(["주요 우울장애", "요추 추간판 탈출증", "갑상선암", "공황장애"])], ["휴직 기간", "%s부터 6개월" % fdate(y, m, dd)]])
        d.p("근거: 지방공무원법 제63조, 진단서(%s 발급)" % r.choice(["해솔대학교병원", "누리의료원", "가람정신건강의학과의원"]))
        note = "sick-leave decision with diagnosis"
    else:
        d.title("%d년 %d월 공무원노동조합 조합비 공제 명단" % (y, m))
        rows = [["소속", "성명", "조합비(원)"]]
        for i in range(r.randint(4, 7)):
            rows.append([r.choice(DEPTS), person(r), format(r.randint(15, 40) * 1000, ",")])
        d.table(rows)
        note = "union dues list (trade-union membership)"
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(6) + ["PIPA-23"], genre="인사", cue_kind="content_only", cue_location="content",
                flags=["health_data" if kind == "sick" else "union_membership"], note=note, formats=None)


def t_price(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(9, 11), r.randint(1, 28)
    d = Doc()
    d.title("예정가격 결정 조서")
    base = r.randint(100, 900) * 1000000
    d.table([["공사명", "%s 청사 리모델링 공사" % o["name"]], ["기초금액", format(base, ",") + "원"], ["결정 예정가격", format(int(base * (0.98 + r.random() * .04)), ",") + "원"],
             ["개찰 예정일", fdate(2026, 12, r.randint(10, 28))]])
    d.p("복수예비가격 중 추첨 번호: %s" % ", ".join(str(x) for x in sorted(r.sample(range(1, 16), 4))))
    d.p("결정자: 계약관 %s (서명)" % person(r))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(5), genre="계약·입찰", cue_kind="content_only", cue_location="content",
                flags=["undisclosed_price", "before_bid_opening"], note="예정가격 before bid opening (기준일 %s)" % REF_DATE, formats=None)


def t_exam(tname, v):
    r = R(tname, v)
    o = r.choice(["국가자격시험원", "공공행정혁신처 인재채용과", "가람도 인사과"])
    d = Doc()
    d.header = "%s  |  시험 시행일: %s" % (o, fdate(2027, r.randint(2, 6), r.randint(1, 28)))
    d.title("%d년도 %s 필기시험 문제(%s형)" % (2027, r.choice(["지방공무원 9급 공개경쟁임용", "행정사 1차", "기록물관리전문요원"]), r.choice("가나")))
    qs = [("「공공기관의 정보공개에 관한 법률」상 비공개 대상 정보에 해당하지 않는 것은?", ["① 진행 중인 재판 관련 정보", "② 공무원의 성명·직위", "③ 법인의 영업상 비밀", "④ 감사 과정의 정보"]),
          ("보안업무규정상 비밀의 구분으로 옳은 것은?", ["① Ⅰ·Ⅱ·Ⅲ급", "② 특급·1급·2급", "③ 대외비·비밀", "④ 기밀·극비"]),
          ("다음 중 민감정보에 해당하는 것은?", ["① 성명", "② 건강 정보", "③ 전화번호", "④ 직위"]),
          ("기록물의 보존기간 구분이 아닌 것은?", ["① 영구", "② 준영구", "③ 30년", "④ 50년"])]
    r.shuffle(qs)
    for i, (q, a) in enumerate(qs[:r.randint(2, 4)], 1):
        d.p("%d. %s" % (i, q)); d.p("   " + "  ".join(a))
    d.p("정답: %s" % " ".join("%d-%s" % (i, r.choice("①②③④")) for i in range(1, 4)))
    d.footer = "출제위원 보안 서약 대상 문서"
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(5), genre="시험 문항", cue_kind="content_only", cue_location="content",
                flags=["exam_before_date", "mentions_marking"], note="exam questions and answers before the 2027 exam date (기준일 %s)" % REF_DATE, formats=None)


def t_defence_content(tname, v):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(6, 11), r.randint(1, 28)
    d = Doc()
    t = r.choice(["제%d차 %s 공동위원회 대응 방향" % (r.randint(3, 12), r.choice(["한·가람", "한·미르", "한·하늬"])),
                  "%s 어업 협정 개정 협상 입장(안)" % r.choice(["한·누리", "한·솔내"]), "접경지역 남북 공동 방역 제안 검토"])
    d.title(t)
    d.p("%s %s / %s (내부 보고)" % (o["name"], r.choice(["국제협력관", "통상정책과", "협력정책과"]), fdate(y, m, dd)))
    d.p("1. 상대측 예상 요구: %s" % r.choice(["조업 쿼터 %d%% 확대" % r.randint(5, 20), "공동 조사 구역 확대", "검역 절차 간소화"]))
    d.p("2. 우리 측 입장: 수용 가능 범위는 %s까지, 그 이상은 %s 연계 시에만 검토" % (r.choice(["현행 유지", "%d%%" % r.randint(2, 8)]), r.choice(["기술 협력", "비관세 장벽 해소", "인도적 지원"])))
    d.p("3. 대외 발언 시 유의: 양보 한계선 언급 금지")
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(2), genre="외교·국방·통일", cue_kind="content_only", cue_location="content",
                flags=["negotiation_position", "no_marking"], note="diplomatic negotiating position, unmarked", formats=None)


def t_internal_review(tname, v, loc):
    r = R(tname, v)
    o = org(r)
    y, m, dd = 2026, r.randint(5, 11), r.randint(1, 28)
    d = Doc()
    t = r.choice(["버스 요금 인상(안) 내부 검토", "공공시설 통폐합 대안 검토", "청사 이전 후보지 비교 검토", "조직 개편(안) 검토", "출연기관 경영 평가 결과 조치 방안"])
    nums = ["8"] if "후보지" in t else ["5"]
    d.header = "%s  %s" % (o["name"], "내부 검토 자료")
    d.title(t)
    d.p("Ⅰ. 검토 배경: 재정 여건 악화 및 %d년 예산 편성 일정" % (y + 1))
    d.p("Ⅱ. 대안 비교")
    rows = [["대안", "내용", "장점", "단점"]]
    for a in "ABC":
        rows.append(["대안 " + a, r.choice(["전면 시행", "단계적 시행", "시범 후 확대", "보류"]), r.choice(["재정 절감", "민원 최소화", "신속 추진"]), r.choice(["반발 예상", "효과 제한", "추가 예산 소요"])])
    d.table(rows)
    d.p("Ⅲ. 검토 의견: 대안 %s을 중심으로 관계 부서 협의 후 %s 간부회의 보고 예정" % (r.choice("ABC"), fdate(2026, 12, r.randint(8, 28))))
    if "후보지" in t:
        d.p("  ※ 후보지: %s 일원, %s 일원" % (addr_private(r).split(",")[0].rsplit(" ", 1)[0], addr_private(r).split(",")[0].rsplit(" ", 1)[0]))
    g = gform(r, "non_public", nums)
    if loc == "gyeolmun":
        gyeolmun(d, r, o, r.choice(DEPTS), C(g), (y, m, dd))
    elif loc == "textbox":
        d.blocks.insert(0, ["box", C(g), "right"])
    elif loc == "footer":
        d.footer = "%s  |  %s" % (C(g), "- 1 -")
    elif loc == "attachment_list":
        d.p("붙임  1. 대안별 재정 분석표 1부.  2. 관계 부서 의견 1부.  끝.")
        d.p("  (본 보고서 및 붙임: %s)" % C(g))
    return dict(doc=d, disclosure="non_public", marking="none", reasons=oida(*nums), genre="내부 검토 보고서", cue_kind="gongae_field", cue_location=loc,
                flags=["decision_in_progress"], note="internal review before decision; printed %s" % g, formats=None)


def rkey(x):
    order = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]
    return order.index(x)


# ----------------------------------------------------------------------------- plan
def plan():
    P = []  # (template name, variant, callable, forced format or None, scan?)

    def add(name, n, fn, fmt=None):
        for v in range(n):
            P.append((name, v, fn, fmt))
    # ---- public
    add("gongmun_public", 42, lambda t, v: t_gongmun(t, v, "public", None, loc=R(t, v, "loc").choice(["gyeolmun"] * 9 + ["header", "footer", "table_cell", "textbox"])))
    add("press", 9, t_press)
    add("notice", 7, t_notice)
    add("stats", 6, t_stats)
    add("guide_secret", 5, t_guide_secret)
    add("password", 4, t_password)
    add("oida_training", 4, t_oida_training)
    add("disc_notice_public", 4, lambda t, v: t_disc_notice(t, v, "public"))
    add("cover_letter", 3, t_cover_letter)
    add("personnel_grade", 3, t_personnel_grade)
    add("declass_notice", 3, t_declass_notice)
    add("security_audit_summary", 2, t_security_audit_summary)
    add("privacy_edu", 3, t_privacy_edu)
    add("plan_public", 6, t_plan_public)
    add("minutes_public", 4, lambda t, v: t_minutes(t, v, "public"))
    add("budget_public", 4, lambda t, v: t_budget(t, v, "public"))
    add("expired_III", 2, lambda t, v: t_expired_marking(t, v, "expired_III"))
    add("dae_expired", 2, lambda t, v: t_expired_marking(t, v, "dae_expired"))
    add("declassified_stamp", 2, lambda t, v: t_expired_marking(t, v, "declassified"))
    # ---- partial
    add("gongmun_partial", 30, lambda t, v: t_gongmun(t, v, "partial", None, loc=R(t, v, "loc").choice(["gyeolmun"] * 9 + ["header", "footer", "table_cell", "textbox"])))
    add("minwon", 16, lambda t, v: t_minwon(t, v, R(t, v, "pii").choice(["plain", "plain", "rrn", "masked", "health"])))
    add("contract", 8, t_contract)
    add("bid_result", 5, t_bid_result)
    add("mislabeled", 4, t_mislabeled)
    add("minutes_partial", 6, lambda t, v: t_minutes(t, v, "partial"))
    add("audit_closed", 6, t_audit_closed)
    add("award", 5, t_award)
    add("scan_partial", 6, t_scan_partial, "pdf_scan")
    add("budget_partial", 5, lambda t, v: t_budget(t, v, "partial"))
    add("disc_notice_partial", 3, lambda t, v: t_disc_notice(t, v, "partial"))
    add("health_in_report", 3, t_health_in_report)
    # ---- non_public
    locs = ["header_footer", "body_top", "textbox", "hanja"]
    add("classified_III", 10, lambda t, v: t_classified(t, v, "III급", locs[v % 4]))
    add("classified_II", 7, lambda t, v: t_classified(t, v, "II급", locs[v % 4]))
    add("classified_I", 4, lambda t, v: t_classified(t, v, "I급", ["header_footer", "body_top", "hanja", "textbox"][v]))
    add("downgraded_II", 2, lambda t, v: t_expired_marking(t, v, "downgraded_II"))
    dlocs = ["header", "footer", "textbox", "hanja", "body_top", "table_cell", "attachment_list"]
    add("daeoebi", 16, lambda t, v: t_daeoebi(t, v, dlocs[v % len(dlocs)]))
    add("daeoebi_conflict", 4, lambda t, v: t_daeoebi(t, v, ["header", "textbox", "hanja", "footer"][v], conflict=True))
    add("gongmun_nonpublic", 10, lambda t, v: t_gongmun(t, v, "non_public", None, loc="gyeolmun"))
    add("internal_review", 8, lambda t, v: t_internal_review(t, v, ["gyeolmun", "textbox", "footer", "attachment_list", "gyeolmun", "footer", "gyeolmun", "gyeolmun"][v]))
    add("audit_ongoing", 5, t_audit_ongoing)
    add("investigation", 5, t_investigation)
    add("trial", 3, t_trial)
    add("roster", 5, t_roster)
    add("discipline", 4, t_discipline)
    add("sick_union", 4, t_sick)
    add("price", 4, t_price)
    add("exam", 4, t_exam)
    add("defence_content", 4, t_defence_content)
    add("scan_daeoebi", 3, lambda t, v: t_daeoebi(t, v, ["header", "body_top", "hanja"][v]), "pdf_scan")
    add("scan_classified", 2, lambda t, v: t_classified(t, v, "III급", ["header_footer", "body_top"][v]), "pdf_scan")
    add("scan_gongmun", 4, lambda t, v: t_gongmun(t, v, ["public", "partial", "non_public", "public"][v], None, loc="gyeolmun"), "pdf_scan")
    return P


STRUCTURAL = ("header", "footer", "textbox", "hanja", "header_footer", "table_cell")


def choose_format(name, v, rec, forced):
    if forced:
        return forced
    r = R(name, v, "format")
    x = r.random()
    loc = rec["cue_location"]
    if any(s in loc for s in STRUCTURAL) or rec["doc"].header or rec["doc"].footer or any(b[0] == "box" for b in rec["doc"].blocks):
        # documents with page furniture mostly live as files
        return "hwpx" if x < .45 else "pdf" if x < .85 else "text"
    if x < .18:
        return "pdf_scan" if r.random() < .35 else "pdf"
    if x < .42:
        return "hwpx"
    if x < .55:
        return "pdf"
    return "text"


# ============================================================================= HWPX writer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
      'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" xmlns:epub="http://www.idpf.org/2007/ops" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')
ZDT = (2026, 1, 1, 0, 0, 0)


def hwpx_header():
    fonts = ""
    for lang in ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]:
        fonts += ('<hh:fontface lang="%s" fontCnt="2"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/>'
                  '<hh:font id="1" face="함초롬돋움" type="TTF" isEmbedded="0"/></hh:fontface>' % lang)
    bf = ('<hh:borderFills itemCnt="2">'
          '<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '<hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '<hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
          '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
          '</hh:borderFills>')
    chars = '<hh:charProperties itemCnt="3">'
    for i, (h, bold) in enumerate([(1000, 0), (1600, 1), (900, 0)]):
        chars += ('<hh:charPr id="%d" height="%d" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                  '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                  '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                  '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                  '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                  '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
                  '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                  '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>') % (i, h, "<hh:bold/>" if bold else "")
    chars += '</hh:charProperties>'
    paras = '<hh:paraProperties itemCnt="3">'
    for i, al in enumerate(["JUSTIFY", "CENTER", "RIGHT"]):
        paras += ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                  '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                  '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                  '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
                  '<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                  '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/><hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/>'
                  '</hh:paraPr>') % (i, al)
    paras += '</hh:paraProperties>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces>%s%s'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:numberings itemCnt="0"/>%s'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption><hh:trackchageConfig flags="56"/></hh:head>') % (
        NS, fonts, bf, chars, paras)


class IdGen:
    def __init__(self, seed):
        self.n = 1000000 + (int(hashlib.md5(seed.encode()).hexdigest()[:6], 16) % 1000000)

    def __call__(self):
        self.n += 1
        return str(self.n)


def hp_para(text, ids, char=0, para=0, page_break=False, inner=""):
    t = "<hp:t>%s</hp:t>" % escape(text) if text else "<hp:t/>"
    return ('<hp:p id="%s" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">'
            '<hp:run charPrIDRef="%d">%s%s</hp:run></hp:p>') % (ids(), para, 1 if page_break else 0, char, inner, t if not inner or text else "")


def sublist(paras_xml, vert="TOP", w=0, h=0):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" linkListNextIDRef="0" '
            'textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>') % (vert, w, h, paras_xml)


def hp_table(rows, ids):
    nr = len(rows); nc = max(len(x) for x in rows)
    W = 42520
    cw = W // nc
    rh = 1800
    x = ('<hp:tbl id="%s" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
         'pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
         '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
         '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" '
         'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/><hp:outMargin left="283" right="283" top="283" bottom="283"/>'
         '<hp:inMargin left="510" right="510" top="141" bottom="141"/>') % (ids(), nr, nc, cw * nc, rh * nr)
    for ri, row in enumerate(rows):
        x += "<hp:tr>"
        for ci in range(nc):
            cell = row[ci] if ci < len(row) else ""
            x += ('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                  '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="%d"/>'
                  '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>') % (
                1 if ri == 0 else 0, sublist(hp_para(cell, ids), "CENTER", cw - 1020, rh), ci, ri, cw, rh)
        x += "</hp:tr>"
    return x + "</hp:tbl>"


def hp_textbox(text, ids, align):
    w, h = 14000, 2600
    horz = {"right": "RIGHT", "center": "CENTER", "left": "LEFT"}[align]
    return ('<hp:rect id="%s" zOrder="1" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" '
            'href="" groupLevel="0" instid="%s" ratio="0"><hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/>'
            '<hp:curSz width="%d" height="%d"/><hp:flip horizontal="0" vertical="0"/>'
            '<hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/><hp:renderingInfo>'
            '<hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '<hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#C00000" width="56" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" headfill="1" tailfill="1" '
            'headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
            '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
            '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
            '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" '
            'vertAlign="TOP" horzAlign="%s" vertOffset="0" horzOffset="0"/><hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>') % (
        ids(), ids(), w, h, w, h, w // 2, h // 2, w, sublist(hp_para(text, ids, 1, 1), "CENTER", w - 566, h - 566), w, w, h, h, w, h, horz)


def write_hwpx(doc, path, title, seed):
    ids = IdGen(seed)
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
             'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
             '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
             '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
             '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
             '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
             '<hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/>'
             '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>'
             '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
             '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill></hp:secPr>'
             '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')
    ctrls = ""
    if doc.header:
        ctrls += '<hp:ctrl><hp:header id="%s" applyPageType="BOTH">%s</hp:header></hp:ctrl>' % (ids(), sublist(hp_para(doc.header, ids, 0, 1), "TOP", 42520, 4252))
    if doc.footer:
        ctrls += '<hp:ctrl><hp:footer id="%s" applyPageType="BOTH">%s</hp:footer></hp:ctrl>' % (ids(), sublist(hp_para(doc.footer, ids, 0, 1), "BOTTOM", 42520, 4252))
    body = hp_para("", ids, inner=secpr + ctrls)
    prv = []
    pb = False
    for b in doc.blocks:
        if b[0] == "pb":
            pb = True; continue
        if b[0] == "p":
            st = b[2]
            body += hp_para(b[1], ids, 1 if st == "title" else 0, 1 if st in ("title", "center") else 2 if st == "right" else 0, pb)
            prv.append(b[1])
        elif b[0] == "table":
            body += hp_para("", ids, inner=hp_table(b[1], ids), page_break=pb)
            prv.extend("<%s>" % "><".join(row) for row in b[1])
        elif b[0] == "box":
            body += hp_para("", ids, inner=hp_textbox(b[1], ids, b[2]), page_break=pb)
            prv.append(b[1])
        pb = False
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, body)
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_am</opf:meta><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta>'
           '</opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % (NS, escape(title))
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" '
               'application="Hancom Office Hangul" appVersion="11, 0, 0, 2129 WIN32LEWindows_10"/>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    members = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED), ("version.xml", version.encode(), zipfile.ZIP_STORED),
               ("Contents/header.xml", hwpx_header().encode(), zipfile.ZIP_DEFLATED), ("Contents/section0.xml", section.encode(), zipfile.ZIP_DEFLATED),
               ("Preview/PrvText.txt", "\r\n".join(prv)[:1024].encode(), zipfile.ZIP_DEFLATED),
               ("settings.xml", settings.encode(), zipfile.ZIP_DEFLATED),
               ("META-INF/container.xml", container.encode(), zipfile.ZIP_DEFLATED), ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
               ("Contents/content.hpf", hpf.encode(), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in members:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = ct
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)


# ============================================================================= PDF writer
_FONTS = {}


def fonts():
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NanumGothic", FONT_G))
        pdfmetrics.registerFont(TTFont("NanumMyeongjo", FONT_M))
        _FONTS["ok"] = True


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width and cur:
            # break at last space if reasonable
            k = cur.rfind(" ")
            if k > len(cur) * .6:
                lines.append(cur[:k]); cur = cur[k + 1:] + ch
            else:
                lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def write_pdf(doc, path, title, scan, seed):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts()
    r = random.Random("sens_am-2026|pdf|" + seed)
    W, H = A4
    L, Rm, T, B = 62, 62, 70, 70
    font = "NanumMyeongjo" if scan or r.random() < .4 else "NanumGothic"
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor("sens_am"); c.setCreator("sens_am make_set.py")
    state = {"y": H - T, "page": 1}
    tilt = (r.random() - .5) * 1.4 if scan else 0

    def furniture():
        if scan:
            c.setFillGray(0.965); c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillGray(0.55)
            for _ in range(r.randint(60, 160)):
                c.circle(r.random() * W, r.random() * H, r.random() * 0.9, stroke=0, fill=1)
            c.setFillGray(0.0)
            c.translate(W / 2, H / 2); c.rotate(tilt); c.translate(-W / 2, -H / 2)
        c.setFillGray(0)
        if doc.header:
            c.setFont(F(doc.header), 9.5)
            c.drawCentredString(W / 2, H - 40, doc.header)
            c.setLineWidth(.4); c.line(L, H - 46, W - Rm, H - 46)
        if doc.footer:
            c.setFont(F(doc.footer), 9.5)
            c.drawCentredString(W / 2, 36, doc.footer)
        else:
            c.setFont(font, 8.5)
            c.drawCentredString(W / 2, 36, "- %d -" % state["page"])

    def newpage():
        c.showPage(); state["page"] += 1; state["y"] = H - T; furniture()

    def need(h):
        if state["y"] - h < B:
            newpage()
    def F(s):
        return "NanumGothic" if any("\u4e00" <= ch <= "\u9fff" for ch in s) else font
    furniture()
    for b in doc.blocks:
        if b[0] == "pb":
            newpage(); continue
        if b[0] == "p":
            st = b[2]
            size = 15 if st == "title" else 10.5
            lines = wrap(b[1], F(b[1]), size, W - L - Rm) if b[1] else [""]
            for ln in lines:
                need(size * 1.7)
                c.setFont(F(b[1]), size)
                if st in ("title", "center"):
                    c.drawCentredString(W / 2, state["y"], ln)
                elif st == "right":
                    c.drawRightString(W - Rm, state["y"], ln)
                else:
                    c.drawString(L, state["y"], ln)
                state["y"] -= size * 1.7
            if st == "title":
                state["y"] -= 4
        elif b[0] == "box":
            size = 11
            tw = stringWidth(b[1], F(b[1]), size) + 16
            need(30)
            x = {"right": W - Rm - tw, "center": (W - tw) / 2, "left": L}[b[2]]
            c.setStrokeColorRGB(.75, 0, 0); c.setLineWidth(1.4)
            c.rect(x, state["y"] - 8, tw, 22, stroke=1, fill=0)
            c.setFillColorRGB(.75, 0, 0); c.setFont(F(b[1]), size)
            c.drawString(x + 8, state["y"] - 1, b[1])
            c.setFillGray(0); c.setStrokeGray(0)
            state["y"] -= 32
        elif b[0] == "table":
            rows = b[1]
            nc = max(len(x) for x in rows)
            tw = W - L - Rm
            # width proportional to max content length (bounded)
            lens = [max(6, min(40, max(len(row[i]) if i < len(row) else 0 for row in rows))) for i in range(nc)]
            cw = [tw * l / sum(lens) for l in lens]
            size = 9
            for ri, row in enumerate(rows):
                cells = [wrap(row[i] if i < len(row) else "", F(row[i] if i < len(row) else ""), size, cw[i] - 6) for i in range(nc)]
                h = max(len(x) for x in cells) * size * 1.45 + 6
                need(h)
                x = L
                y0 = state["y"] + size
                c.setLineWidth(.5)
                for i in range(nc):
                    if ri == 0:
                        c.setFillGray(.9); c.rect(x, y0 - h, cw[i], h, stroke=1, fill=1); c.setFillGray(0)
                    else:
                        c.rect(x, y0 - h, cw[i], h, stroke=1, fill=0)
                    c.setFont(F(row[i] if i < len(row) else ""), size)
                    for k, ln in enumerate(cells[i]):
                        c.drawString(x + 3, y0 - 3 - size - k * size * 1.45, ln)
                    x += cw[i]
                state["y"] -= h
            state["y"] -= 10
    c.showPage()
    c.save()


# ============================================================================= main
def scan_noise_fn(seed):
    r = random.Random("sens_am-2026|ocr|" + seed)

    def f(s, is_cue):
        return ocr_noise(s, r, 0.05 if is_cue else 0.07)
    return f


def build():
    os.makedirs(FILES, exist_ok=True)
    for fn in os.listdir(FILES):
        os.remove(os.path.join(FILES, fn))
    recs, metas = [], []
    for name, v, fn, forced in plan():
        rec = fn(name, v)
        fmt = choose_format(name, v, rec, forced)
        seed = "%s|%d" % (name, v)
        rid = "sens_am-%s-%02d" % (name.replace("_", "-"), v)
        doc = rec["doc"]
        noise = scan_noise_fn(seed) if fmt == "pdf_scan" else None
        cues = finalize(doc, noise)
        txt = flatten(doc)
        out = {"id": rid}
        if fmt == "text":
            out["text"] = txt
        elif fmt == "hwpx":
            out["file"] = "files/%s.hwpx" % rid
            write_hwpx(doc, os.path.join(HERE, out["file"]), rid, seed)
        else:
            out["file"] = "files/%s.pdf" % rid
            write_pdf(doc, os.path.join(HERE, out["file"]), rid, fmt == "pdf_scan", seed)
        out.update(disclosure=rec["disclosure"], marking=rec["marking"], reasons=sorted(rec["reasons"], key=rkey), genre=rec["genre"])
        loc = rec["cue_location"]
        if fmt == "pdf_scan" and loc not in ("none",):
            loc = loc + "+scan_ocr" if "scan_ocr" not in loc else loc
        meta = {"id": rid, "template": name, "variant": v, "format": fmt, "cue_kind": rec["cue_kind"], "cue_location": loc,
                "cue_text": cues[0] if len(cues) == 1 else cues if cues else None, "flags": sorted(set(rec["flags"] + (["scanned", "ocr_noise"] if fmt == "pdf_scan" else []))),
                "note": rec["note"], "rendered_text": txt}
        recs.append(out); metas.append(meta)
    with open(os.path.join(HERE, "sens_am.jsonl"), "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_am.meta.jsonl"), "w", encoding="utf-8") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    return recs, metas


# ============================================================================= checks
def check(recs, metas):
    from collections import Counter
    import xml.dom.minidom
    ok = True
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    REASONS = ["OIDA-9-1-%d" % i for i in range(1, 9)] + ["PIPA-23", "PIPA-24"]
    for rec, meta in zip(recs, metas):
        assert rec["disclosure"] in ("public", "partial", "non_public")
        assert rec["marking"] in ("none", "대외비", "III급", "II급", "I급")
        assert all(x in REASONS for x in rec["reasons"])
        if rec["disclosure"] == "public":
            assert rec["reasons"] == [], rec["id"]
        else:
            assert rec["reasons"], rec["id"]
        if rec["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in rec["reasons"] and len(rec["reasons"]) >= 2 and rec["disclosure"] == "non_public", rec["id"]
        else:
            assert "OIDA-9-1-1" not in rec["reasons"], rec["id"]
        if rec["marking"] == "대외비":
            assert rec["disclosure"] == "non_public"
        # extracted text
        if "text" in rec:
            ext = rec["text"]
        elif rec["file"].endswith(".hwpx"):
            with zipfile.ZipFile(os.path.join(HERE, rec["file"])) as z:
                names = z.namelist()
                assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
                assert z.read("mimetype") == b"application/hwp+zip"
                for n in ["version.xml", "Contents/header.xml", "Contents/section0.xml", "Contents/content.hpf", "META-INF/container.xml", "META-INF/manifest.xml"]:
                    assert n in names, (rec["id"], n)
                for n in names:
                    if n.endswith(".xml") or n.endswith(".hpf"):
                        xml.dom.minidom.parseString(z.read(n))
                sec = z.read("Contents/section0.xml").decode()
                ext = "\n".join(re.sub("&lt;", "<", re.sub("&gt;", ">", re.sub("&amp;", "&", t))) for t in re.findall("<hp:t>(.*?)</hp:t>", sec))
        else:
            from pypdf import PdfReader
            rd = PdfReader(os.path.join(HERE, rec["file"]))
            ext = "\n".join(p.extract_text() for p in rd.pages)
            assert len(rd.pages) >= 1
        cues = meta["cue_text"]
        if cues is None:
            cues = []
        elif isinstance(cues, str):
            cues = [cues]
        squash = lambda s: re.sub(r"\s+", "", s)
        for ct in cues:
            if squash(ct) not in squash(ext):
                print("CUE NOT FOUND", rec["id"], repr(ct)); ok = False
        if meta["cue_kind"] in ("content_only", "none", "mention_only") and meta["cue_location"] in ("content", "none") and cues:
            print("unexpected cue", rec["id"]); ok = False
    C1 = Counter(r["disclosure"] for r in recs); C2 = Counter(r["marking"] for r in recs)
    F = Counter(m["format"] for m in metas)
    print("records", len(recs), dict(C1), dict(C2), dict(F))
    assert len(recs) >= 260
    assert F["hwpx"] >= 65 and F["pdf"] + F["pdf_scan"] >= 65
    assert C2["대외비"] >= 14 and C2["III급"] >= 10 and C2["II급"] >= 6 and C2["I급"] >= 3
    assert ok
    print("CHECK OK")


if __name__ == "__main__":
    recs, metas = build()
    if "--check" in sys.argv:
        check(recs, metas)
