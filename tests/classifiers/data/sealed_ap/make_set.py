#!/usr/bin/env python3
"""make_set.py - deterministic generator for the sens_ap evaluation set.

Writes sens_ap.jsonl, sens_ap.meta.jsonl, files/*.hwpx|*.pdf, stats.json into the
folder that holds this script.  All organisations, people, places and numbers are
invented.  Reference date ("now") for expiry of 예고문/보호기간: 2026-03-01.
Run:  .venv/bin/python make_set.py   (needs reportlab, pillow, pypdf)
"""
import io, json, os, re, random, zipfile, shutil, collections
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
REF = (2026, 3, 1)
REF_STR = "2026-03-01"
FONTDIR = "/usr/share/fonts/truetype/nanum/"
REASON_ORDER = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5",
                "OIDA-9-1-6", "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
CLASSIFIED = ("III급", "II급", "I급")


def R(tpl, i):
    return random.Random(f"sens_ap-2026|{tpl}|{i}")


# ---------------------------------------------------------------- invented pools
SURN = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민진엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제탁국어은")
G1 = list("민서지현수영준우도하예주은유채시윤재승태성동혜경소나다아진연상효정희")
G2 = list("훈연호빈원아윤진우희민석영수환준서경혁린철율솔람결규찬")
ROOTS = ["가람", "누리", "해솔", "청람", "다온", "새벼리", "라온", "아라", "윤슬", "미리내", "한울",
         "솔빛", "보람", "여울", "가온", "도담", "이든", "초롱", "단비", "너울", "별바라", "모래내"]
PROV = ["한빛도", "누리도", "가온도", "새벼리도", "미르도", "아라도"]
CENTRAL = ["국가기반보호청", "미래국토처", "해양안전관리원", "공공데이터행정처", "재난대응연구청",
           "대외정책조정처", "국방자원관리단", "국가통계정보원", "조달품질관리원", "산업기술보호청",
           "보건복지지원처", "교통안전감독원", "기후환경관리청", "문화유산진흥처"]
BANKS = ["누리은행", "한빛저축은행", "가온은행", "새벼리신협", "아라농협"]
COMP_SFX = ["엔지니어링", "건설", "정보기술", "시스템즈", "환경", "테크", "산업", "이앤씨"]


class G:
    """Invented-value factory bound to one rng."""

    def __init__(self, rng):
        self.r = rng

    def name(self):
        r = self.r
        return r.choice(SURN) + r.choice(G1) + r.choice(G2)

    def masked(self, n=None):
        n = n or self.name()
        return self.r.choice([n[0] + "○○", n[0] + "**", n[0] + "○" + n[2], n[0] + " 모 씨"])

    def local(self):
        r = self.r
        return r.choice(PROV) + " " + r.choice(ROOTS) + r.choice(["시", "군"])

    def org(self, central=None):
        r = self.r
        if central is None:
            central = r.random() < 0.5
        if central:
            return r.choice(CENTRAL)
        return r.choice(ROOTS) + r.choice(["시", "군", "구"])

    def company(self):
        r = self.r
        return r.choice(["(주)", "", "주식회사 "]) + r.choice(ROOTS) + r.choice(COMP_SFX)

    def road(self):
        r = self.r
        return f"{r.choice(ROOTS)}{r.choice(['로', '대로', '길'])} {r.randint(3, 480)}"

    def inst_addr(self):
        r = self.r
        return f"{r.choice(PROV)} {r.choice(ROOTS)}시 {self.road()} {r.choice(['청사', '정부합동청사 ' + str(r.randint(1, 9)) + '동', '행정타운'])}"

    def home(self):
        r = self.r
        tail = r.choice([f", {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호",
                         f", {r.randint(2, 9)}층 {r.randint(2, 9)}0{r.randint(1, 6)}호", f" {r.randint(2, 7)}층", ""])
        return f"{r.choice(PROV)} {r.choice(ROOTS)}시 {r.choice(ROOTS)}구 {self.road()}{tail}"

    def zipc(self):
        return f"{self.r.randint(10000, 63999)}"

    def tel(self):
        r = self.r
        return f"0{r.choice(['44', '42', '31', '62', '53', '63'])}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"

    def mobile(self):
        r = self.r
        return f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"

    def _ymd(self):
        r = self.r
        y = r.randint(1958, 2004)
        return y, f"{y % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"

    def rrn(self):
        y, s = self._ymd()
        g = self.r.choice("12") if y < 2000 else self.r.choice("34")
        return f"{s}-{g}{self.r.randint(0, 999999):06d}"

    def rrn_masked(self):
        y, s = self._ymd()
        g = self.r.choice("12") if y < 2000 else self.r.choice("34")
        return f"{s}-{g}" + self.r.choice(["******", "●●●●●●", "xxxxxx"])

    def frn(self):
        y, s = self._ymd()
        g = self.r.choice("56") if y < 2000 else self.r.choice("78")
        return f"{s}-{g}{self.r.randint(0, 999999):06d}"

    def passport(self):
        return self.r.choice("MSR") + f"{self.r.randint(0, 99999999):08d}"

    def dl(self):
        r = self.r
        return f"{r.randint(11, 28)}-{r.randint(10, 25)}-{r.randint(0, 999999):06d}-{r.randint(10, 99)}"

    def account(self):
        r = self.r
        return f"{r.choice(BANKS)} {r.randint(100, 999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}-{r.randint(100, 999)}"

    def date(self, y=None, lo=1, hi=12):
        r = self.r
        y = y or r.choice([2025, 2025, 2026])
        m = r.randint(lo, hi)
        if y == 2026 and m > 2:
            m = r.randint(1, 2)
        return f"{y}. {m}. {r.randint(1, 28)}."

    def docno(self, dept):
        return f"{dept}-{self.r.randint(120, 9800)}"


DEPTS = ["운영지원과", "감사담당관", "정책기획과", "비상안전담당관", "계약관리과", "민원봉사과", "도시계획과",
         "인사혁신팀", "보안담당관", "통계조사과", "주택정책과", "법무지원팀", "복지정책과", "기획예산과"]
LIVE = ["2026. 12. 31.", "2027. 6. 30.", "2027. 12. 31.", "2028. 12. 31.", "2026. 9. 30.", "2029. 12. 31."]
EXPIRED = ["2025. 6. 30.", "2025. 12. 31.", "2026. 1. 31.", "2024. 12. 31.", "2025. 9. 30."]

STAMP = {
    "대외비": ["대외비", "대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비", "〈대 외 비〉", "- 대외비 -", "대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "III급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "Ⅱ급 비밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"],
}
GRADE_WORD = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def sorted_reasons(rs):
    return [x for x in REASON_ORDER if x in set(rs)]


def doc(title, body, header=None, footer=None):
    return {"title": title, "header": list(header or []), "body": list(body), "footer": list(footer or [])}


def rec(tpl, variant, genre, d, disclosure, marking, reasons, cue_kind, cue_location, cues, flags, note, **kw):
    if not any(d["title"] in ln for ln in flat_lines(d)):
        d["body"].insert(0, d["title"])
    r = {"template": tpl, "variant": variant, "genre": genre, "doc": d, "disclosure": disclosure,
         "marking": marking, "reasons": sorted_reasons(reasons), "cue_kind": cue_kind,
         "cue_location": cue_location, "cue_text": list(cues), "flags": list(flags), "note": note}
    r.update(kw)
    return r


# ---------------------------------------------------------------- 공문 builder
def gongmun(g, org, dept, recipient, title, paras, disc, attach=None, style=None):
    """Returns (body_lines, printed disclosure cue)."""
    r = g.r
    style = style if style is not None else r.randint(0, 3)
    head = [org, f"수신  {recipient}", "(경유)", f"제목  {title}", ""]
    body = []
    k = 0
    for p in paras:
        if isinstance(p, tuple):
            body.append(p)
        else:
            k += 1
            body.append(f"{k}. {p}")
    if attach:
        body.append(f"붙임  {attach}  1부.  끝.")
    else:
        if isinstance(body[-1], str):
            body[-1] = body[-1] + "  끝."
        else:
            body.append("끝.")
    a, b, c = g.name(), g.name(), g.name()
    staffs = [f"주무관 {a}    사무관 {b}    {dept[-2:] if dept.endswith('과') else '팀장'}장 전결 {c}".replace("과장장", "과장").replace("팀장장", "팀장"),
              f"기안자 주무관 {a}   검토자 팀장 {b}   결재권자 국장 {c}(전결)",
              f"담당 {a}  ->  팀장 {b}  ->  {dept} {c}",
              f"행정주사 {a}   행정사무관 {b}   과장 {c}"]
    num = g.docno(dept)
    when = g.date(2026)
    tail = [f"{org}장" if not org.endswith("장") else org, "",
            staffs[style % 4], "협조자",
            f"시행  {num} ({when})    접수",
            f"우 {g.zipc()}  {g.inst_addr()}  / www.{r.choice(['gov-demo', 'kr-sample', 'local-demo'])}.example",
            ]
    contact = f"전화번호 {g.tel()}  팩스번호 {g.tel()}  / {r.choice(['info', 'ops', 'desk'])}{r.randint(1, 99)}@{r.choice(['gov-demo', 'local-demo'])}.example"
    if style == 0:
        cue = f"/ {disc}"
        tail.append(f"{contact}  {cue}")
    elif style == 1:
        cue = f"/{disc}"
        tail.append(f"{contact} {cue}")
    elif style == 2:
        cue = f"공개구분: {disc}"
        tail += [contact, cue]
    else:
        cue = f"공개구분 : {disc}"
        tail += [contact, cue]
    return head + body + [""] + tail, cue


def disc_str(g, kind, nums):
    if kind == "public":
        return "공개"
    if kind == "partial":
        return f"부분공개({','.join(str(n) for n in nums)})"
    return f"비공개({','.join(str(n) for n in nums)})"


# ---------------------------------------------------------------- stamp placement
def place_stamp(d, g, loc, stamp, extra=(), sentence=None, cover_date=None):
    """Place a classification stamp; returns cue_location label."""
    extra = list(extra)
    if loc == "header_footer":
        d["header"] = [stamp] + d["header"]
        d["footer"] = extra + [stamp] + d["footer"]
    elif loc == "header":
        d["header"] = [stamp] + extra + d["header"]
    elif loc == "footer":
        d["footer"] = extra + [stamp] + d["footer"]
    elif loc == "cover":
        d["body"] = [stamp] + extra + ["", d["title"], cover_date or g.date(2026), ("pagebreak",)] + d["body"]
    elif loc == "table_cell":
        rows = [["문서번호", g.docno(g.r.choice(DEPTS))], [g.r.choice(["보안등급", "비밀등급", "분류"]), stamp]]
        d["body"] = [("tbl", rows)] + extra + d["body"]
    elif loc == "body":
        s = sentence or f"이 문서는 {stamp}(으)로 분류되어 있으므로 지정된 취급자 외에는 열람할 수 없다."
        d["body"] = d["body"][:2] + [s] + extra + d["body"][2:]
    return loc


def pick_loc(r, allow=("header_footer", "header", "footer", "cover", "table_cell", "body")):
    return r.choice(list(allow))


# ================================================================ templates
def t_gongmun_public(i):
    r = R("gongmun_public", i); g = G(r)
    org = g.org(); dept = r.choice(DEPTS)
    topics = [
        ("2026년 상반기 청렴교육 참석 협조 요청", ["관련: {org} 청렴시민감사관 운영계획", "상반기 청렴교육을 아래와 같이 실시하오니 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다.", ("tbl", [["구분", "내용"], ["일시", "2026. 3. 18.(수) 14:00"], ["장소", "본관 대회의실"], ["대상", "5급 이하 직원"]])], "교육 일정표"),
        ("지역 축제 안전관리 계획 의견 조회", ["{org}에서 추진하는 봄꽃 축제 안전관리 계획에 대하여 의견을 조회합니다.", "의견은 3. 20.까지 담당자 전자우편으로 제출하여 주시기 바랍니다."], "안전관리 계획(안)"),
        ("공공데이터 개방 목록 정비 자료 제출", ["공공데이터 개방 목록 정비를 위하여 기관별 보유 데이터 현황을 붙임 서식에 따라 제출하여 주시기 바랍니다.", "제출 기한: 2026. 3. 27.(금)까지"], "보유 데이터 현황 서식"),
        ("민원 응대 매뉴얼 개정 알림", ["민원 응대 매뉴얼이 개정되어 알려드립니다.", "주요 개정 사항은 전화 응대 예절과 장애인 민원인 편의 제공 절차입니다."], "개정 매뉴얼"),
        ("도서관 야간 개방 시범운영 안내", ["{org} 중앙도서관 야간 개방을 시범운영합니다.", "운영 기간은 2026. 4. 1.부터 6. 30.까지이며 평일 22시까지 개방합니다."], None),
        ("재난안전 합동훈련 참가 요청", ["관련: 재난대응 안전한국훈련 기본계획", "합동훈련을 다음과 같이 실시하오니 기관별 참가 인원을 통보하여 주시기 바랍니다.", ("tbl", [["훈련명", "지진 대응 합동훈련"], ["일시", "2026. 4. 9. 10:00~12:00"], ["통보 기한", "2026. 3. 25."]])], "훈련 시나리오 개요"),
        ("기록물 정리 기간 운영 알림", ["「공공기록물 관리에 관한 법률」에 따른 기록물 정리 기간을 운영합니다.", "처리과에서는 생산현황을 통보하고 보존기간이 경과한 기록물의 평가 대상을 확인하시기 바랍니다."], "정리 기간 운영 계획"),
        ("청사 에너지 절약 실천 협조", ["동절기 청사 에너지 절약을 위하여 실내 온도를 18도 이하로 유지하여 주시기 바랍니다.", "점심시간 소등과 개인 난방기 사용 금지에 협조 바랍니다."], None),
    ]
    title, paras, att = topics[i % len(topics)]
    paras = [p.replace("{org}", org) if isinstance(p, str) else p for p in paras]
    body, cue = gongmun(g, org, dept, r.choice(["수신자 참조", "각 실·국장", f"{g.org(False)}장(총무과장)"]), title, paras, "공개", att, style=i % 4)
    d = doc(title, body)
    flags = ["stated_field", "official_names"]
    return rec("gongmun_public", f"topic{i % len(topics)}", "공문", d, "public", "none", [], "disclosure_field", "closing_block", [cue], flags,
               "공문 결문 공개구분이 공개이고 본문에는 직무상 공무원 성명·직위와 기관 연락처만 있다(제9조 제1항 제6호 라목).", stated="public")


def t_gongmun_partial(i):
    r = R("gongmun_partial", i); g = G(r)
    org = g.org(); dept = r.choice(DEPTS)
    kind = i % 5
    unmasked = kind in (1, 3)
    rows = []
    if kind in (0, 1):
        title = r.choice(["모범시민 표창 대상자 추천", "자원봉사 유공자 포상 추천 결과 제출"])
        hdr = ["연번", "성명", "생년월일" if not unmasked else "주민등록번호", "주소", "공적 요지"]
        for k in range(r.randint(2, 4)):
            rows.append([str(k + 1), g.name(), g.rrn() if unmasked else g.date(r.randint(1960, 1999)), g.home(), r.choice(["독거노인 급식 봉사 12년", "하천 정화 활동", "야간 방범 순찰", "다문화가정 통역 지원"])])
        paras = [f"{org} 포상 운영 지침에 따라 추천 대상자를 붙임과 같이 제출합니다.", ("tbl", [hdr] + rows)]
    elif kind == 2:
        title = "긴급복지 생계지원금 지급 결과 통보"
        hdr = ["연번", "수급자", "지급액", "입금 계좌"]
        for k in range(r.randint(2, 4)):
            rows.append([str(k + 1), g.name(), f"{r.choice([730, 1183, 1620, 2034]) * 1000:,}원", g.account()])
        paras = ["긴급복지 생계지원금 지급 결과를 다음과 같이 통보합니다.", ("tbl", [hdr] + rows), "지급 대상자 개인정보는 업무 목적 외로 사용할 수 없습니다."]
    elif kind == 3:
        title = "외국인 계절근로자 입국 명단 송부"
        hdr = ["번호", "성명", "국적", "외국인등록번호", "여권번호"]
        for k in range(r.randint(2, 4)):
            nm = r.choice(["NGUYEN VAN AN", "TRAN THI HOA", "BAYAR TSOGT", "SITI RAHAYU", "LE MINH KHOA", "GANBOLD ENKH"])
            rows.append([str(k + 1), nm, r.choice(["베트남", "몽골", "인도네시아"]), g.frn(), g.passport()])
        paras = [f"{org} 농가 배정 계절근로자 입국 명단을 붙임과 같이 송부하오니 숙소 점검에 활용하시기 바랍니다.", ("tbl", [hdr] + rows)]
    else:
        title = "불법 주정차 과태료 이의신청 처리 결과"
        hdr = ["접수번호", "신청인", "연락처", "처리 결과"]
        for k in range(r.randint(2, 4)):
            rows.append([f"1AA-2602-{r.randint(1000000, 9999999)}", g.name(), g.mobile(), r.choice(["인용", "기각", "일부 인용"])])
        paras = ["과태료 이의신청 건에 대한 처리 결과를 다음과 같이 알려드립니다.", ("tbl", [hdr] + rows)]
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if unmasked else [])
    ds = "부분공개(6)"
    body, cue = gongmun(g, org, dept, r.choice(["수신자 참조", f"{g.org(False)}장"]), title, paras, ds, r.choice([None, "명단 파일"]), style=(i + 1) % 4)
    flags = ["stated_field"] + (["unmasked_id"] if unmasked else [])
    note = "결문 공개구분이 부분공개(6)이고, 붙임 명단의 사인(私人) 정보만 가리면 공개할 수 있다." + (" 주민등록번호/외국인등록번호/여권번호가 가려지지 않아 PIPA-24." if unmasked else " 고유식별번호는 없으므로 PIPA-24 아님.")
    return rec("gongmun_partial", f"kind{kind}", "공문", doc(title, body), "partial", "none", reasons, "disclosure_field+personal_table",
               "closing_block+table_cell", [cue] + ([rows[0][3 if kind == 1 else 3]] if unmasked else []), flags, note, stated="partial")


def t_press(i):
    r = R("press", i); g = G(r)
    org = g.org(True) if i % 2 else g.org(False) + "청"
    variants = [
        ("{org}, 노후 교량 47곳 정밀안전진단 착수", ["{org}는 준공 30년이 지난 교량 47곳에 대한 정밀안전진단을 3월부터 실시한다고 밝혔다.", "진단 결과 보수가 필요한 시설은 하반기 예산에 반영할 계획이다."]),
        ("공공기관 보안점검 결과, 문서 관리 미흡 사례 감소", ["{org}는 지난해 소관 기관 62곳을 대상으로 실시한 보안점검 결과를 발표했다.", "대외비 문서를 일반 문서함에 보관하거나 비밀 관리기록부를 누락한 사례가 전년보다 38% 줄었다.", "{org}는 적발 기관에 보안교육 이수를 권고하였다."]),
        ("{org}, 청년 창업 공간 2곳 추가 개소", ["청년 창업자를 위한 공유 사무공간 2곳이 새로 문을 연다.", "입주 신청은 3월 16일부터 온라인으로 받는다."]),
        ("2025년 민원 만족도 조사 결과 발표", ["{org}의 2025년 민원 만족도는 100점 만점에 86.4점으로 전년 대비 2.1점 올랐다.", "응답자 1,200명 가운데 71%가 처리 기간 단축을 가장 큰 개선점으로 꼽았다."]),
        ("개인정보 유출 예방 위해 비밀번호 주기 변경 의무화", ["{org}는 내부 업무시스템 비밀번호를 90일마다 변경하도록 지침을 개정했다.", "개정 지침은 4월 1일부터 적용된다."]),
        ("{org}, 침수 취약 지하차도 통제 기준 강화", ["집중호우 시 지하차도 진입을 자동으로 통제하는 기준이 강화된다.", "수위 15cm에서 통제하던 기준을 10cm로 낮춘다."]),
        ("정보공개 청구 처리 현황 공개", ["{org}가 지난해 처리한 정보공개 청구는 3,412건으로, 이 중 전부공개 2,510건, 부분공개 644건, 비공개 258건이었다.", "비공개 사유는 개인정보(제9조 제1항 제6호)가 가장 많았다."]),
    ]
    k = i % len(variants)
    title, paras = variants[k]
    title = title.replace("{org}", org)
    paras = [p.replace("{org}", org) for p in paras]
    a, b = g.name(), g.name()
    hdr = [r.choice(["보 도 자 료", "보도자료", "[보도자료]"])]
    emb = r.choice(["보도시점: 2026. 2. " + str(r.randint(2, 27)) + ".(배포 즉시)", "2026. 2. " + str(r.randint(2, 27)) + ".(화) 조간부터 보도하여 주시기 바랍니다.", "배포 즉시 보도"])
    body = [emb, title, ""] + paras + ["", ("tbl", [["담당 부서", r.choice(DEPTS), "책임자", f"과장 {a}", g.tel()], ["", "", "담당자", f"사무관 {b}", g.tel()]])]
    ftr = [r.choice(["", "이 자료에 대하여 더 자세한 내용을 원하시면 담당자에게 연락하여 주시기 바랍니다."])]
    flags = ["official_names"] + (["mention_only"] if k in (1, 4, 6) else [])
    cue = {1: ["대외비"], 4: ["비밀번호"], 6: ["부분공개", "제9조 제1항 제6호"]}.get(k, [hdr[0]])
    return rec("press", f"v{k}", "보도자료", doc(title, body, hdr, [f for f in ftr if f]), "public", "none", [],
               "mention" if k in (1, 4, 6) else "genre_header", "body" if k in (1, 4, 6) else "header", cue, flags,
               "배포용 보도자료. 담당 공무원 성명·직통전화는 직무상 정보. " + ("'대외비'·'비밀번호'·공개구분 용어는 언급일 뿐 문서 자체의 표시가 아님." if k in (1, 4, 6) else ""))


def t_minutes(i):
    r = R("minutes", i); g = G(r)
    org = g.org()
    kind = i % 4
    date = g.date(2026)
    if kind == 0:  # public committee minutes, members masked
        title = f"제{r.randint(3, 40)}회 {org} 도시경관위원회 회의록"
        mems = [g.masked() for _ in range(4)]
        body = [("tbl", [["일시", date + " 15:00"], ["장소", "별관 3층 소회의실"], ["참석", ", ".join(m + " 위원" for m in mems)]]),
                "1. 안건: 중앙로 가로경관 개선 기본설계 심의",
                f"{mems[0]} 위원: 보행로 폭을 최소 3m 이상 확보할 필요가 있음.",
                f"{mems[1]} 위원: 야간 조명은 색온도 3000K 이하를 권고함.",
                "2. 심의 결과: 조건부 의결(보행로 폭 재검토)"]
        return rec("minutes", "committee_masked", "회의록", doc(title, body, [f"{org} 공개 회의록"]), "public", "none", [], "masked_names", "body",
                   [mems[0] + " 위원"], ["masked_id"], "위원 성명이 가려진 공개용 위원회 회의록. 남은 개인정보가 없다.")
    if kind == 1:  # residents' meeting, residents named with phones -> partial
        title = f"{r.choice(ROOTS)}동 주민설명회 회의 결과"
        ppl = [(g.name(), g.mobile()) for _ in range(3)]
        body = ["가. 일시·장소: " + date + " 19:00, 주민센터 2층",
                f"나. 설명: 도시계획과 사무관 {g.name()}이 공영주차장 조성 계획을 설명함.",
                "다. 주민 의견",
                ("tbl", [["발언자", "연락처", "요지"]] + [[p[0], p[1], r.choice(["소음 대책 요구", "진입로 확장 건의", "공사 기간 단축 요청"])] for p in ppl]),
                "라. 조치 계획: 주민 의견을 반영하여 설계를 보완함."]
        return rec("minutes", "residents_named", "회의록", doc(title, body), "partial", "none", ["OIDA-9-1-6"], "personal_table", "table_cell",
                   [ppl[0][1]], [], "주민 발언자 성명·휴대전화만 가리면 나머지는 공개 가능 → partial, -6.")
    if kind == 2:  # internal policy coordination, sometimes 대외비
        title = r.choice(["내년도 조직개편(안) 실무협의 결과", "공공요금 인상 시기 검토회의 결과", "청사 이전 후보지 검토 협의록"])
        daeoe = (i // 4) % 2 == 0
        body = ["1. 참석: 기획조정실장, 정책기획과장, 관계 부서 팀장",
                "2. 논의 내용",
                r.choice(["- 인상 폭은 물가 동향을 보아 3% 내외로 하되 발표 시기는 추후 결정", "- 2개 국을 통합하고 정원 12명을 감축하는 방안을 우선 검토", "- 후보지 3곳 중 접근성 점수가 가장 높은 B부지를 1순위로 잠정 선정"]),
                "3. 향후 계획: 확정 전까지 외부 공개 금지, 차기 회의에서 최종안 마련"]
        d = doc(title, body)
        flags, cues, marking, loc = [], [], "none", "body"
        if daeoe:
            st = r.choice(STAMP["대외비"])
            loc = place_stamp(d, g, pick_loc(r, ("header_footer", "header", "cover")), st)
            cues, marking = [st], "대외비"
        else:
            cues = ["확정 전까지 외부 공개 금지"]
        return rec("minutes", "internal_daeoe" if daeoe else "internal", "회의록", d, "non_public", marking, ["OIDA-9-1-5"],
                   "stamp" if daeoe else "content", loc, cues, flags, "의사결정 과정의 내부 검토 회의록 → -5." + (" 대외비 표시가 있으나 대외비는 -1을 주지 않는다." if daeoe else ""))
    title = f"{org} 인사위원회 회의록(징계 심의)"
    who = g.name()
    body = [f"1. 심의 대상: {r.choice(['행정6급', '시설7급', '행정7급'])} {who}",
            "2. 혐의 요지: 출장비 부당 수령(3회, 합계 412,000원)",
            f"3. 위원 의견: {g.name()} 위원 - 감경 사유 없음 / {g.name()} 위원 - 초과근무 실적 고려 필요",
            "4. 의결: 견책"]
    return rec("minutes", "discipline_committee", "회의록", doc(title, body, [r.choice(["", "비공개 회의"])]), "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"],
               "content", "body", ["징계 심의"], [], "인사위원회 징계 심의 회의록: 공무원이 비직무 자격(징계)으로 식별되고, 인사관리 의사결정 과정 → -5, -6.")


def t_audit(i):
    r = R("audit", i); g = G(r)
    org = g.org()
    kind = i % 4
    if kind == 0:
        title = f"{org} 2025년 종합감사 결과 공개문"
        p = g.masked()
        body = ["1. 감사 개요: 감사기간 2025. 10. 13.~10. 24.(10일간), 감사인원 7명",
                "2. 감사 결과 총괄: 시정 4건, 주의 6건, 개선 2건",
                ("tbl", [["번호", "제목", "관련자", "조치"], ["1", "수의계약 분할 발주 부적정", f"{p}(행정7급)", "주의"], ["2", "보조금 정산 검증 소홀", "○○과 담당자", "시정"]]),
                "3. 처분요구서는 감사 종료 후 관계 기관에 통보하였습니다."]
        return rec("audit", "public_release", "감사 결과", doc(title, body, ["공개"]), "public", "none", [], "masked_names", "table_cell", [p + "(행정7급)"],
                   ["masked_id", "stated_field"], "공개용 감사결과: 관련자 이름이 가려져 있음.", stated="public")
    if kind == 1:
        title = "처분요구서(보조금 부당 집행)"
        co = g.company(); ceo = g.name()
        body = [f"1. 관련 기관: {org}", f"2. 관련 업체: {co}(대표 {ceo}, 연락처 {g.mobile()})",
                "3. 내용: 업체가 제출한 인건비 증빙 중 4명분 1,840만원이 허위로 확인됨",
                "4. 처분 요구: 부당 지급액 회수 및 관련 공무원 주의 요구"]
        return rec("audit", "disposition", "감사 결과", doc(title, body), "partial", "none", ["OIDA-9-1-6"], "personal_inline", "body", [ceo],
                   [], "감사 결과 자체는 공개 대상이나 개인사업 대표자 성명·휴대전화는 가려야 함 → partial -6.")
    if kind == 2:
        title = "문답서"
        who = g.name()
        body = [("tbl", [["피감사인", who], ["소속·직급", f"{r.choice(DEPTS)} 행정{r.choice(['6', '7'])}급"], ["생년월일", g.date(r.randint(1970, 1995))]]),
                "문: 2025. 8. 12. 계약 건을 3건으로 나누어 발주한 이유는 무엇입니까?",
                "답: 예산 배정 시기가 달라 부득이하게 나누었습니다.",
                "문: 과장의 지시가 있었습니까?", "답: 구두로 검토 지시를 받았습니다.",
                f"위 진술 내용이 사실과 같음을 확인합니다.  진술인 {who} (서명)"]
        return rec("audit", "interrogation", "감사 결과", doc(title, body, [f"{org} 감사담당관"]), "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"],
                   "content", "table_cell", ["문답서"], [], "진행 중 감사의 문답서: 감사 업무 수행 지장(-5) + 피감사인 식별(-6).")
    title = r.choice(["특정감사 실시 계획", "공사 현장 불시 점검 계획", "기관 운영 감사 사전 조사 계획"])
    st = r.choice(STAMP["대외비"])
    dl = r.choice(LIVE)
    if r.random() < 0.5:
        st = r.choice([f"{dl}까지 대외비", f"대외비(보호기간: {dl}까지)"])
    body = [f"1. 목적: {org} {r.choice(['하수처리장 위탁 운영', '체육시설 사용료 징수', '공유재산 대부'])} 실태 점검",
            "2. 점검 대상 및 일정: 대상 기관에는 점검 전날 17시에 통보",
            "3. 점검반 편성: 감사관 4명, 기술직 2명", "4. 유의사항: 사전 누설 시 감사 실효성이 떨어지므로 보안 유지"]
    d = doc(title, body)
    loc = place_stamp(d, g, pick_loc(r), st)
    return rec("audit", "plan_daeoe", "감사 결과", d, "non_public", "대외비", ["OIDA-9-1-5"], "stamp", loc, [st], ["live_period"] if "까지" in st else [],
               "사전 통보하지 않는 감사 계획(-5). 대외비는 -1 없이 내용 사유만.")


def t_discipline(i):
    r = R("discipline", i); g = G(r)
    org = g.org()
    kind = i % 4
    who = g.name()
    rrn_u = g.rrn()
    crimes = {0: ("음주운전(혈중알코올농도 0.0" + str(r.randint(81, 99)) + "%)으로 벌금 " + str(r.choice([700, 800, 1000])) + "만원 약식명령 확정", True),
              1: ("근무지 무단 이탈 11회 및 초과근무수당 부정 수령", False),
              2: ("직무 관련자로부터 향응 수수(뇌물공여 사건으로 징역 6월, 집행유예 1년 확정)", True),
              3: ("성실의무 위반(민원 처리 지연 27건)", False)}
    desc, crim = crimes[kind]
    show_rrn = (i % 3 == 0)
    tb = [["소속", f"{org} {r.choice(DEPTS)}"], ["직급", r.choice(["행정6급", "지방시설7급", "행정주사보"])], ["성명", who]]
    if show_rrn:
        tb.append(["주민등록번호", rrn_u])
    body = [("tbl", tb), "의결주문: " + r.choice(["정직 1월에 처한다.", "감봉 3월에 처한다.", "견책에 처한다.", "강등에 처한다."]),
            "이유", f"징계혐의자는 {desc}하였다.", "이는 지방공무원법 제48조 및 제55조를 위반한 것으로 인정된다.",
            f"{g.date(2026)}", f"{org} 인사위원회 위원장 {g.name()}"]
    title = "징 계 의 결 서" if i % 2 else "징계의결서"
    d = doc(title, [title] + body)
    reasons = ["OIDA-9-1-6"] + (["PIPA-23"] if crim else []) + (["PIPA-24"] if show_rrn else [])
    marking, cues, loc = "none", [title], "body"
    if i % 5 == 4:
        st = r.choice(STAMP["대외비"])
        loc = place_stamp(d, g, r.choice(["header", "header_footer"]), st)
        marking, cues = "대외비", [st, title]
    if show_rrn:
        cues.append(rrn_u)
    return rec("discipline", f"k{kind}", "징계의결서", d, "non_public", marking, reasons, "content" if marking == "none" else "stamp+content", loc, cues,
               (["unmasked_id"] if show_rrn else []) + (["criminal_record"] if crim else []),
               "징계의결서: 공무원이 징계 대상으로 식별(-6)" + (", 형사처벌 확정 사실(PIPA-23)" if crim else "") + (", 전체 주민등록번호(PIPA-24)" if show_rrn else "") + ".")


def t_personnel_notice(i):
    r = R("personnel_notice", i); g = G(r)
    org = g.org(True)
    grades = [("3급(부이사관)", "4급(서기관)"), ("1급(관리관)", "2급(이사관)"), ("고위공무원 나급", "3급(부이사관)"), ("4급(서기관)", "5급(행정사무관)")]
    ga, gb = grades[i % 4]
    rows = [["성명", "현 직위", "발령 사항"],
            [g.name(), f"{r.choice(DEPTS)}장 {gb}", f"{ga} 승진, {r.choice(['정책기획관', '감사관', '비상안전기획관'])} 보"],
            [g.name(), f"{r.choice(DEPTS)} {gb}", f"{r.choice(DEPTS)}장 보"]]
    title = r.choice(["인사 발령", "인 사 발 령 (통지)", f"{org} 인사발령 사항"])
    body = [f"{org} 공고 제2026-{r.randint(11, 300)}호" if i % 2 else f"발령일자: {g.date(2026)}", ("tbl", rows),
            r.choice(["위와 같이 발령합니다.", "상기 인원에 대하여 위와 같이 인사 발령하였음을 알립니다."]), f"{org}장"]
    return rec("personnel_notice", f"g{i % 4}", "인사 발령", doc(title, [title] + body), "public", "none", [], "grade_mention", "table_cell", [ga],
               ["mention_only", "official_names"], "공무원 직급(3급·1급 등)은 비밀등급이 아님. 인사발령 사항은 직무상 공개 정보.")


def t_promotion(i):
    r = R("promotion", i); g = G(r)
    org = g.org()
    rows = [["순위", "성명", "근무성적평정", "경력평정", "가점", "비고"]]
    for k in range(4):
        rows.append([str(k + 1), g.name(), f"{r.uniform(60, 70):.2f}", f"{r.uniform(25, 30):.2f}", f"{r.choice([0, 0.5, 1.0])}", r.choice(["", "육아휴직 경력 포함", "징계 감점 1.0"])])
    title = r.choice(["6급 승진후보자 명부 및 심사 자료", "2026년 상반기 승진 심사 참고자료", "근무성적평정 결과 조정표"])
    body = [f"{org} 인사혁신팀", ("tbl", rows), "※ 본 자료는 승진 심사 참고용으로 심사위원 외 열람을 제한함"]
    return rec("promotion", f"v{i % 3}", "인사 발령", doc(title, body, [r.choice(["내부 참고", ""])]), "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"],
               "content", "table_cell", ["근무성적평정"], [], "승진 심사(인사관리) 자료 전체가 개인 평정 → -5, -6.")


def t_bid(i):
    r = R("bid", i); g = G(r)
    org = g.org()
    kind = i % 3
    if kind == 0:
        title = f"{org} 공고 제2026-{r.randint(100, 999)}호 입찰공고"
        body = [f"1. 입찰에 부치는 사항: {r.choice(['청사 방수 보수공사', '노후 가로등 LED 교체', '민원 안내 키오스크 구매'])}",
                ("tbl", [["나라장터 공고번호", f"2026{r.randint(1000000, 9999999)}-00"], ["기초금액", f"{r.randint(80, 950)},{r.randint(100, 999)},000원"], ["입찰 마감", g.date(2026) + " 10:00"]]),
                "2. 입찰참가자격: 전문건설업 등록 업체", f"3. 문의: {org} 계약관리과 주무관 {g.name()} ({g.tel()})"]
        return rec("bid", "notice", "입찰·계약", doc(title, body), "public", "none", [], "genre", "body", ["입찰공고"], ["official_names"],
                   "입찰공고는 공개. 기초금액도 공고 사항.")
    if kind == 1:
        title = r.choice(["예정가격 조서", "예정가격 결정 조서", "복수예비가격 산정 내역"])
        st = r.choice(STAMP["대외비"] + ["대외비(보호기간: 개찰 시까지)"])
        body = [f"건명: {r.choice(['체육관 냉난방 설비 교체', '하천 정비 실시설계 용역', '상수도관 교체 공사'])}",
                ("tbl", [["기초금액", f"{r.randint(200, 900)},000,000원"], ["예비가격 범위", "±2%"], ["예정가격", f"{r.randint(200, 900)},{r.randint(100, 999)},{r.randint(100, 999)}원"]]),
                "위 금액을 예정가격으로 결정함.", f"계약담당 {g.name()} (인)"]
        d = doc(title, body)
        loc = place_stamp(d, g, r.choice(["header", "header_footer", "cover", "table_cell"]), st)
        return rec("bid", "reserve_price", "입찰·계약", d, "non_public", "대외비", ["OIDA-9-1-5"], "stamp", loc, [st], [],
                   "개찰 전 예정가격: 입찰·계약 공정 수행 지장(-5). 대외비 → -1 없음.")
    title = "기술제안서 평가 결과"
    cos = [g.company() for _ in range(3)]
    body = [f"사업명: {org} {r.choice(['통합관제센터 고도화', '지능형 교통신호 구축', '전자문서 유통시스템 재구축'])}",
            ("tbl", [["업체", "기술점수", "가격점수", "제안 단가(핵심 모듈)", "비고"]] + [[c, f"{r.uniform(70, 90):.1f}", f"{r.uniform(15, 20):.2f}", f"{r.randint(12, 90)},{r.randint(100, 999)},000원", r.choice(["자체 특허 알고리즘 적용", "원가 절감 공정 제안", ""])] for c in cos]),
            f"우선협상대상자: {cos[0]}"]
    ev = (i % 2 == 0)
    if ev:
        body.append("평가위원: " + ", ".join(f"{g.name()}({r.choice(['대학교수', '기술사', '연구원'])})" for _ in range(3)))
    return rec("bid", "tech_eval", "입찰·계약", doc(title, body), "partial", "none", ["OIDA-9-1-7"] + (["OIDA-9-1-6"] if ev else []), "content", "table_cell", ["제안 단가(핵심 모듈)"], [],
               "평가 결과는 공개하되 업체 단가·기술 내용은 영업비밀(-7)" + (", 외부 평가위원 성명(-6)" if ev else "") + ".")


def t_contract(i):
    r = R("contract", i); g = G(r)
    org = g.org()
    who = g.name()
    unm = i % 2 == 0
    idv = g.rrn() if unm else g.rrn_masked()
    title = r.choice(["물품구매 계약서(개인사업자)", "용역 계약서", "단기 근로계약서(공공근로)"])
    body = [f"발주기관: {org} (주소 {g.inst_addr()})",
            ("tbl", [["계약상대자", who], ["주민등록번호", idv], ["주소", g.home()], ["대금 지급 계좌", g.account()]]),
            f"계약금액: {r.randint(3, 48)},{r.randint(100, 999)},000원", f"계약기간: {g.date(2026)} ~ 2026. 12. 31.",
            "위 계약을 증명하기 위하여 계약서 2부를 작성하여 각 1부씩 보관한다."]
    return rec("contract", "unmasked" if unm else "masked", "입찰·계약", doc(title, body), "partial", "none", ["OIDA-9-1-6"] + (["PIPA-24"] if unm else []),
               "personal_table", "table_cell", [idv], ["unmasked_id" if unm else "masked_id"],
               "계약 내용은 공개 대상, 개인 계약상대자 정보는 가림 → partial." + (" 주민등록번호 전체 노출 → PIPA-24." if unm else " 주민등록번호 뒷자리 가림 → PIPA-24 아님."))


def t_civil(i):
    r = R("civil", i); g = G(r)
    org = g.org(False)
    kind = i % 5
    who = g.name()
    addr = g.home()
    titles = ["민원 회신(도로 파손 보수 요청)", "질의 민원에 대한 답변", "고충민원 처리 결과 알림", "민원 처리 결과 통지", "건축 민원 회신"]
    title = titles[i % 5]
    answer = r.choice(["요청하신 구간은 3월 중 긴급 보수할 예정입니다.", "문의하신 사항은 관계 법령상 허가 대상이 아님을 알려드립니다.",
                       "현장 확인 결과 위반 사항이 없어 행정처분 대상이 아닙니다.", "해당 가로수는 4월 전정 계획에 포함하였습니다."])
    flags = []
    if kind == 4:  # masked -> public
        m = g.masked(who)
        body = [f"{m} 님 귀하", f"귀하께서 {g.date(2026)} 국민신문고로 신청하신 민원에 대하여 다음과 같이 답변드립니다.", answer,
                f"기타 문의는 {org} {r.choice(DEPTS)} 주무관 {g.name()}({g.tel()})에게 연락 주시기 바랍니다."]
        return rec("civil", "masked_public", "민원 회신", doc(title, body, [f"{org}"]), "public", "none", [], "masked_names", "body", [m],
                   ["masked_id", "official_names"], "민원인 성명이 가려진 회신 공개본. 담당 공무원만 식별 → public.")
    idline, reasons, cues = None, ["OIDA-9-1-6"], [who]
    if kind == 1:
        v = g.rrn(); idline = f"주민등록번호: {v}"; reasons.append("PIPA-24"); flags.append("unmasked_id"); cues = [v]
    elif kind == 2:
        v = g.dl(); idline = f"운전면허번호 {v}"; reasons.append("PIPA-24"); flags.append("unmasked_id"); cues = [v]
    elif kind == 3:
        v = g.rrn_masked(); idline = f"생년월일/주민번호: {v}"; flags.append("masked_id"); cues = [v]
    body = [f"수신: {who} 귀하 ({addr})"] + ([idline] if idline else []) + [
        r.choice([f"{g.date(2026)} 접수된 귀하의 민원(접수번호 1AA-2602-{r.randint(1000000, 9999999)})에 대한 처리 결과를 알려드립니다.",
                  "귀하의 가정에 건강과 행복이 가득하시기를 바랍니다. 신청하신 민원을 검토한 결과는 다음과 같습니다."]),
        answer, f"담당: {r.choice(DEPTS)} 주무관 {g.name()} / {g.tel()}"]
    return rec("civil", f"k{kind}", "민원 회신", doc(title, body, [org]), "partial", "none", reasons, "personal_inline", "body", cues, flags,
               "민원인 성명·주소는 가리고 회신 내용은 공개 가능 → partial -6." + (" 가려지지 않은 고유식별번호 → PIPA-24." if "PIPA-24" in reasons else "") + (" 마스킹된 주민번호만 있어 PIPA-24 아님." if kind == 3 else ""))


def t_investigation(i):
    r = R("investigation", i); g = G(r)
    org = g.org()
    kind = i % 5
    who = g.name()
    flags, reasons, cues = [], ["OIDA-9-1-4", "OIDA-9-1-6"], []
    if kind == 0:
        title = "수사협조 의뢰"
        body = [f"1. {org} 보조금 편취 고발 사건과 관련하여 아래 자료 제출을 요청합니다.",
                ("tbl", [["피의자", who], ["생년월일", g.date(r.randint(1965, 1990))], ["요청 자료", "2024~2025년 보조금 교부 및 정산 서류 일체"]]),
                "2. 수사 진행 중인 사안이므로 관련 사실이 외부에 알려지지 않도록 유의하여 주시기 바랍니다."]
        cues = ["수사 진행 중"]
    elif kind == 1:
        title = "범죄경력 조회 회보서"
        body = [("tbl", [["성명", who], ["주민등록번호", (v := g.rrn())], ["조회 결과", "도로교통법위반(음주운전) 벌금 500만원 (2021. 5.)"]]),
                "위 사람의 범죄경력을 조회한 결과를 회보합니다.", "※ 회보서는 채용 결격사유 확인 목적 외 사용 금지"]
        reasons += ["PIPA-23", "PIPA-24"]; flags += ["unmasked_id", "criminal_record"]; cues = [v]
    elif kind == 2:
        title = "고발 여부 검토 보고"
        body = [f"1. 개요: {g.company()} 대표 {who}이 위조 서류로 인허가를 받은 의혹",
                f"2. 확인 사항: 운전면허번호 {(v := g.dl())} 명의 차량의 현장 출입 기록 대조",
                "3. 검토 의견: 형법 제231조 위반 혐의로 수사기관 고발 필요", "4. 향후 조치: 고발장 접수 후 수사 결과 통보 시까지 자료 보존"]
        reasons += ["PIPA-24", "OIDA-9-1-5"]; flags.append("unmasked_id"); cues = [v]
    elif kind == 3:
        title = "압수수색 영장 집행 관련 자료 제공 내역"
        body = [f"제공 일시: {g.date(2026)}", f"대상 계정: 업무포털 사용자 {who}(사번 {r.randint(200000, 299999)})",
                "제공 자료: 2025. 7.~12. 전자결재 로그 및 메일 송수신 내역", "근거: 형사소송법 제215조에 따른 영장"]
        cues = ["압수수색"]
    else:
        title = "출국 정지 대상자 통보"
        body = [("tbl", [["성명", who], ["여권번호", (v := g.passport())], ["사유", "체납액 고액(지방세 3,120만원) 및 수사 중"]]),
                "위 사람에 대하여 출국 정지를 요청하오니 조치하여 주시기 바랍니다."]
        reasons += ["PIPA-24"]; flags.append("unmasked_id"); cues = [v]
    d = doc(title, [title] + body, [org])
    marking, loc = "none", "body"
    if i % 4 == 3:
        st = r.choice(STAMP["대외비"])
        loc = place_stamp(d, g, r.choice(["header", "footer", "header_footer", "table_cell"]), st)
        marking = "대외비"; cues = [st] + cues
    return rec("investigation", f"k{kind}", "수사·재판", d, "non_public", marking, reasons, "content" if marking == "none" else "stamp+content", loc, cues, flags,
               "수사 관련 자료(-4) + 피의자 등 식별(-6)" + (" + 범죄경력(PIPA-23)" if "PIPA-23" in reasons else "") + (" + 전체 고유식별번호(PIPA-24)" if "PIPA-24" in reasons else "") + (" / 대외비 표시 → -1 없음" if marking == "대외비" else "") + ".")


def t_trial(i):
    r = R("trial", i); g = G(r)
    org = g.org()
    kind = i % 3
    if kind == 0:
        title = "판결문(공개본)"
        p = g.masked()
        body = [f"사건 2025구합{r.randint(10000, 99999)} 영업정지처분취소", f"원고 {p}", f"피고 {org}장", "주문: 원고의 청구를 기각한다.",
                "이유: 피고의 처분은 재량권의 범위 안에 있다."]
        return rec("trial", "judgment_masked", "수사·재판", doc(title, body), "public", "none", [], "masked_names", "body", [f"원고 {p}"], ["masked_id"],
                   "확정 판결의 비실명 공개본. 사건번호·기관장 명칭은 개인정보 아님.")
    if kind == 1:
        title = r.choice(["국가소송 수행 계획", "항소 여부 검토 보고", "소송 대응 전략 회의 결과"])
        body = [f"1. 사건: 2025가합{r.randint(10000, 99999)} 손해배상(기) - 원고 {g.company()}, 피고 {org}",
                "2. 쟁점: 설계 변경 지시의 적법성 및 지체상금 산정",
                "3. 대응 방향: 감정 신청으로 손해액 다툼, 화해 권고 시 최대 수용 가능액 4억원",
                "4. 변론기일: 2026. 4. 2. 10:30"]
        d = doc(title, body, [f"{org} 법무지원팀"])
        daeoe = i % 2 == 1
        cues, marking, loc = ["최대 수용 가능액"], "none", "body"
        if daeoe:
            st = r.choice(STAMP["대외비"]); loc = place_stamp(d, g, "header", st); cues = [st]; marking = "대외비"
        return rec("trial", "litigation_plan", "수사·재판", d, "non_public", marking, ["OIDA-9-1-4"], "content" if not daeoe else "stamp", loc, cues, [],
                   "진행 중인 재판 관련 정보(-4)." + (" 대외비 → -1 없음." if daeoe else ""))
    title = "형 집행 관련 수형자 이송 계획"
    who = g.name()
    body = [f"대상: 수형자 {who}(수용번호 {r.randint(1000, 9999)}), 질환: {r.choice(['당뇨 합병증', '만성 신부전'])}", "이송 일시·경로: 별도 통보", "호송 인원: 교도관 4명"]
    return rec("trial", "inmate_transfer", "수사·재판", doc(title, body), "non_public", "none", ["OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"],
               "content", "body", ["수형자"], ["criminal_record", "health"], "형 집행(-4), 호송 안전(-3), 수형자 식별(-6), 건강·범죄 정보(PIPA-23).")


def classified_block(r, g, grade, live=True, downgrade=False):
    """Return (stamp, extra lines, cue list, expiry info)."""
    st = r.choice(STAMP[grade])
    dl = r.choice(LIVE) if live else r.choice(EXPIRED)
    w = GRADE_WORD[grade]
    if downgrade:
        lower = {"II급": "Ⅲ급비밀", "I급": "Ⅱ급비밀"}[grade]
        notice = f"예고문: {dl}까지 {w}, 이후 {lower}로 재분류"
    else:
        notice = r.choice([f"예고문: {dl}까지 {w}, 이후 일반문서로 재분류", f"예고문 : {dl} 일반문서로 재분류", f"예고문: {dl}까지 {w}, 이후 파기"])
    copy = r.choice([f"사본번호: {r.randint(1, 5)}/{r.randint(5, 9)}", f"사본 제{r.randint(1, 4)}호", f"사본번호 {r.randint(1, 3)}"])
    return st, [notice, copy], notice


def t_facility(i):
    r = R("facility", i); g = G(r)
    org = g.org()
    grade = ["II급", "III급", "대외비", "III급", "대외비", "II급", "III급", "대외비", "II급", "대외비"][i % 10]
    fac = r.choice(["정수장", "변전소", "통합관제센터", "청사 전산실", "댐 관리동", "가스 정압기지"])
    title = f"{org} {fac} 방호 계획" if i % 2 else f"국가중요시설 ({fac}) 보호 및 경비 대책"
    body = [f"1. 시설 개요: {fac}, 방호 등급 {r.choice(['가', '나', '다'])}급",
            ("tbl", [["구역", "출입 통제", "경비 인원"], ["제한구역", "출입증+생체인식", f"{r.randint(2, 6)}명"], ["통제구역", "2인 동행", f"{r.randint(1, 3)}명"]]),
            f"2. 취약 지점: 북측 {r.choice(['배수로', '울타리 구간', '비상 출입문'])} (CCTV 사각지대 {r.randint(2, 5)}곳)",
            "3. 비상 연락망 및 증원 병력 투입 경로는 별지 참조"]
    d = doc(title, body)
    if grade == "대외비":
        st = r.choice(STAMP["대외비"] + [f"{r.choice(LIVE)}까지 대외비"])
        loc = place_stamp(d, g, pick_loc(r), st)
        return rec("facility", "daeoe", "시설 보호 계획", d, "non_public", "대외비", ["OIDA-9-1-3"], "stamp", loc, [st], [],
                   "시설 방호 취약점(-3). 대외비 → -1 없음.")
    st, extra, notice = classified_block(r, g, grade)
    loc = place_stamp(d, g, pick_loc(r, ("header_footer", "cover", "table_cell", "header")), st, extra)
    reasons = ["OIDA-9-1-1", "OIDA-9-1-3"] + (["OIDA-9-1-2"] if grade == "II급" else [])
    return rec("facility", f"classified_{grade}", "시설 보호 계획", d, "non_public", grade, reasons, "stamp+notice", loc, [st, notice], ["live_notice"],
               f"{grade} 비밀(보안업무규정) → -1, 시설 보호 -3" + (", 국가안보 -2" if grade == "II급" else "") + f". 예고문 기한이 기준일({REF_STR}) 이후라 유효.")


def t_classified(i):
    r = R("classified", i); g = G(r)
    org = r.choice(["대외정책조정처", "국방자원관리단", "국가기반보호청", "재난대응연구청"])
    grade = ["I급", "II급", "III급", "III급", "I급", "II급", "III급", "I급", "III급", "II급", "III급", "I급"][i % 12]
    topics = {"I급": ["전시 전환 대비 국가기반 통제 계획", "비상 지휘소 전개 및 통신망 운용 계획", "전략물자 비축 분산 배치 현황"],
              "II급": ["접경지역 방공 감시망 보강 계획", "○○국과의 안보협력 협의 결과 보고", "사이버 위기 대응 합동 훈련 결과"],
              "III급": ["재외국민 철수 지원 계획(○○지역)", "해양 경비 구역 조정 협의 결과", "비상대비 자원 조사 결과", "외교 협상 대응 방안"]}
    title = r.choice(topics[grade])
    body = [f"{org}", "1. 배경", r.choice(["인접국 군사 동향 변화에 따라 현행 계획의 보완이 요구됨.", "상대국과의 2차 협의에서 우리 측 입장을 제시함.", "유관기관 합동으로 현장 점검을 실시함."]),
            "2. 주요 내용", r.choice(["- 대체 지휘 시설 3곳의 전개 순서 및 소요 시간", "- 상대국이 제시한 수정안과 우리 측 양보 한계선", "- 경비 구역 조정 좌표 및 교대 주기"]),
            "3. 조치 계획: 관계 기관 통보 및 후속 협의"]
    d = doc(title, body)
    st, extra, notice = classified_block(r, g, grade)
    loc = place_stamp(d, g, pick_loc(r, ("header_footer", "header", "cover", "table_cell", "footer")), st, extra)
    return rec("classified", f"{grade}", "외교·안보 보고", d, "non_public", grade, ["OIDA-9-1-1", "OIDA-9-1-2"], "stamp+notice", loc, [st, notice], ["live_notice"],
               f"유효한 {grade} 비밀 표시(예고문 기한 > {REF_STR}) → -1 + 국가안보·외교 -2.")


def t_expired(i):
    r = R("expired", i); g = G(r)
    kind = i % 4
    if kind == 3:  # expired 대외비
        dl = r.choice(EXPIRED)
        st = r.choice([f"대외비(보호기간: {dl}까지)", f"{dl}까지 대외비"])
        title = r.choice(["2025년 을지연습 상황 조치 결과", "청사 출입 보안 강화 계획", "정책 발표 대응 계획(내부)"])
        body = ["1. 개요", r.choice(["연습 기간 중 접수된 상황 메시지 42건의 조치 결과를 정리함.", "출입 게이트 3곳의 통제 방식을 변경함.", "발표 전 부처 간 역할 분담과 질의응답 요지를 정리함."]),
                "2. 세부 내용: 별첨", "3. 향후 조치: 미비점 보완"]
        d = doc(title, body)
        loc = place_stamp(d, g, r.choice(["header", "header_footer", "footer"]), st)
        cr = ["OIDA-9-1-3"] if "출입" in title or "을지" in title else ["OIDA-9-1-5"]
        return rec("expired", "daeoe_expired", "보호기간 경과 문서", d, "non_public", "none", cr, "expired_stamp", loc, [st], ["expired"],
                   f"대외비 보호기간({dl})이 기준일 {REF_STR} 전에 끝나 현재 표시 없음(marking none). 내용 사유는 그대로 판단.")
    grade = ["III급", "II급", "II급"][kind]
    downgrade = kind == 2
    st, extra, notice = classified_block(r, g, grade, live=False, downgrade=downgrade)
    if kind == 0 and "파기" in notice:
        notice = notice.replace("이후 파기", "이후 일반문서로 재분류")
        extra[0] = notice
    title = r.choice(["2024년 비상대비 훈련 결과 보고", "접경 해역 공동순찰 협의 결과", "재외공관 비상연락망 점검 결과", "방공 감시 자산 재배치 검토"])
    body = ["1. 개요: 지난해 실시한 점검·협의 결과를 정리함.", "2. 주요 결과",
            r.choice(["- 대체 통신 수단 전환에 평균 14분 소요", "- 순찰 구역 경계 조정안에 양측 합의", "- 감시 공백 시간대 2곳 확인"]), "3. 후속 조치: 관계 기관 공유"]
    d = doc(title, body)
    loc = place_stamp(d, g, r.choice(["header_footer", "cover", "table_cell", "header"]), st, extra, cover_date=g.date(2024, 1, 10))
    if downgrade:
        return rec("expired", "downgraded", "보호기간 경과 문서", d, "non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "expired_notice_downgrade", loc, [st, notice],
                   ["expired", "downgraded"], f"예고문 기한이 {REF_STR} 전에 지나 Ⅱ급에서 Ⅲ급으로 재분류된 상태 → 현재 marking III급.")
    return rec("expired", "reclassified_general", "보호기간 경과 문서", d, "non_public", "none", ["OIDA-9-1-2"], "expired_notice", loc, [st, notice], ["expired"],
               f"예고문 기한이 {REF_STR} 전에 지나 일반문서로 재분류 → marking none, -1 없음. 국가안보 내용(-2)은 내용으로 판단해 유지.")


def t_security_guide(i):
    r = R("security_guide", i); g = G(r)
    org = g.org()
    k = i % 4
    frames = [
        ("대외비 문서 취급 요령", ["대외비는 「보안업무규정 시행규칙」에 따라 비밀에 준하여 관리하는 문서이다.", "표시는 문서 상단과 하단 중앙에 '대외비'로 하고, 보호기간을 함께 적는다.", "Ⅲ급비밀과 달리 비밀관리기록부가 아닌 대외비 관리대장에 기록한다."], "대외비"),
        ("비밀 관리 실무 교육 자료", ["비밀은 Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀로 구분한다.", "예고문에는 재분류 일자와 재분류 후 등급을 적는다. 예) 2027. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류", "사본번호는 사본마다 부여한다."], "Ⅲ급비밀"),
        ("2025년 보안감사 결과 요약(공개)", ["소관 기관 보안감사 결과 비밀 분류 과다 사례 9건, 보호기간 미기재 대외비 14건을 확인하였다.", "각 기관은 비밀 재분류와 대외비 보호기간 기재를 완료하여야 한다."], "대외비"),
        ("정보공개 업무 안내서(발췌)", ["공개구분은 '공개', '부분공개(6)', '비공개(제9조 제1항 제5호)' 등과 같이 표시한다.", "비공개 사유 번호는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호를 적는다.", "개인정보가 포함된 경우 해당 부분만 가리고 공개하는 부분공개를 우선 검토한다."], "비공개(제9조 제1항 제5호)"),
    ]
    title, paras, cue = frames[k]
    body = [f"{org} {r.choice(['보안담당관', '정보공개팀', '운영지원과'])}", ""] + [f"{n}. {p}" for n, p in enumerate(paras, 1)]
    return rec("security_guide", f"f{k}", "지침·교육자료", doc(title, [title] + body), "public", "none", [], "mention", "body", [cue], ["mention_only"],
               "비밀·대외비·공개구분을 설명하거나 인용할 뿐 문서 자체에는 표시가 없음 → marking none, public.")


def t_disclosure_decision(i):
    r = R("disclosure_decision", i); g = G(r)
    org = g.org()
    who = g.name()
    masked = i % 2 == 0
    sh = g.masked(who) if masked else who
    decision = r.choice(["부분공개(6)", "비공개(제9조 제1항 제5호)", "부분공개(제9조 제1항 제6호)", "비공개(4)"])
    rows = [["접수번호", f"{r.randint(1000000, 9999999)}"], ["청구인", sh + ("" if masked else f" / {g.home()}")],
            ["청구 내용", r.choice(["2025년 관용차량 운행일지", "○○공원 조성사업 설계변경 검토서", "민원 처리 대장 중 본인 관련 부분"])],
            ["결정 내용", decision], ["비공개(부분공개) 내용 및 사유", r.choice(["운전원 성명 및 연락처(개인정보)", "의사결정 과정 중인 검토 자료", "수사 진행 중인 사안 관련 자료"])]]
    title = r.choice(["정보 (부분)공개 결정 통지서", "정보공개 결정 통지서", "비공개 결정 통지서"])
    body = [("tbl", rows), "「공공기관의 정보공개에 관한 법률」 제13조에 따라 위와 같이 통지합니다.",
            r.choice(["결정에 이의가 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.", "이 결정에 불복하는 경우 행정심판 또는 행정소송을 제기할 수 있습니다."]), f"{org}장"]
    if masked:
        return rec("disclosure_decision", "masked", "정보공개 결정 통지서", doc(title, [title] + body), "public", "none", [], "mention", "table_cell", [decision],
                   ["mention_only", "masked_id"], "결정 통지서가 공개구분 문구를 인용할 뿐이며 청구인 성명이 가려져 있음 → public, none.")
    return rec("disclosure_decision", "named", "정보공개 결정 통지서", doc(title, [title] + body), "partial", "none", ["OIDA-9-1-6"], "mention+personal", "table_cell", [decision, who],
               ["mention_only"], "통지서의 '비공개/부분공개'는 청구 대상 문서에 대한 결정의 인용. 통지서 자체는 청구인 성명·주소만 가리면 공개 → partial -6.")


def t_declass(i):
    r = R("declass", i); g = G(r)
    org = g.org(True)
    rows = [["관리번호", "문서명", "원 등급", "조치"]]
    for k in range(3):
        rows.append([f"{r.randint(10, 99)}-{r.randint(100, 999)}", r.choice(["비상대비 자원관리 계획", "2019년 훈련 결과", "구 청사 경비 계획", "통신망 예비 경로"]),
                     r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비"]), r.choice(["해제(일반문서)", "파기", "Ⅲ급으로 하향"])])
    title = r.choice(["비밀 해제 및 재분류 결과 통보", "보호기간 만료 문서 일괄 해제 알림", "비밀 재분류 심의 결과"])
    body = [f"1. {org} 보안심사위원회 심의 결과 다음 문서를 해제·재분류하였음을 통보합니다.", ("tbl", rows),
            "2. 해제된 문서의 비밀 표시는 두 줄로 긋고 해제 일자를 적어 주시기 바랍니다."]
    return rec("declass", f"v{i % 3}", "해제 통보", doc(title, [title] + body, [f"{org} 보안담당관"]), "public", "none", [], "mention", "table_cell", [rows[1][2]],
               ["mention_only"], "해제·재분류 통보문은 등급명을 목록으로 인용할 뿐 자신은 비밀이 아님 → none, public.")


def t_password(i):
    r = R("password", i); g = G(r)
    org = g.org()
    title = r.choice(["업무포털 비밀번호 변경 안내", "비밀번호 정기 변경 및 2단계 인증 시행 알림", "전자결재 비밀번호 초기화 절차 안내"])
    body = [title, f"{org} 정보화담당관", r.choice(["비밀번호는 영문·숫자·특수문자를 조합하여 10자리 이상으로 설정하십시오.", "최근 3회 사용한 비밀번호는 다시 사용할 수 없습니다."]),
            r.choice(["비밀번호 변경 기한: 2026. 3. 31.까지", "초기화는 본인 인증 후 셀프 서비스에서 가능합니다."]),
            f"문의: 정보화담당관실 주무관 {g.name()} ({g.tel()})"]
    return rec("password", f"v{i % 3}", "안내문", doc(title, body), "public", "none", [], "mention", "body", ["비밀번호"], ["mention_only", "official_names"],
               "'비밀번호'는 비밀 표시가 아님 → none, public.")


def t_cover_letter(i):
    r = R("cover_letter", i); g = G(r)
    org = g.org(True)
    grade_txt = r.choice(["3급 비밀", "Ⅲ급비밀", "대외비", "Ⅱ급비밀"])
    title = r.choice(["비상대비 계획 송부", "협의 결과 보고서 송부", "훈련 결과 자료 제출"])
    paras = [f"관련: {g.docno(r.choice(DEPTS))}({g.date(2026)})",
             f"위 호와 관련하여 요청하신 자료를 제출합니다. 다만, 붙임 자료는 {grade_txt}로 분류되어 있어 비밀 취급 절차에 따라 인편으로 별도 송부합니다."]
    body, cue = gongmun(g, org, r.choice(DEPTS), f"{g.org(True)}장(비상안전담당관)", title, paras, "공개", "해당 자료(별도 송부)", style=i % 4)
    return rec("cover_letter", f"v{i % 4}", "공문", doc(title, body), "public", "none", [], "mention", "body", [grade_txt, cue],
               ["mention_only", "stated_field"], "붙임이 비밀임을 알리는 송부 공문. 공문 자체는 비밀이 아니며 공개구분도 공개.", stated="public")


def t_health(i):
    r = R("health", i); g = G(r)
    org = g.org()
    who = g.name()
    unm = i % 3 == 0
    v = g.rrn() if unm else g.rrn_masked()
    title = r.choice(["질병휴직 승인 결정", "병가 승인 및 복무 조치", "공무상 요양 승인 통보", "건강검진 결과 사후관리 대상자 통보"])
    diag = r.choice(["요추 추간판 탈출증", "주요우울장애", "갑상선암(수술 후 항암치료)", "고혈압 2기 및 당뇨"])
    body = [("tbl", [["성명", who], ["주민등록번호", v], ["소속", f"{org} {r.choice(DEPTS)}"], ["진단명", diag], ["기간", f"{g.date(2026)}부터 90일"]]),
            r.choice(["위 사람의 질병휴직을 승인합니다.", "진단서를 검토한 결과 병가를 승인합니다.", "사후관리 대상으로 분류하여 보건관리자가 상담을 진행합니다."])]
    reasons = ["OIDA-9-1-6", "PIPA-23"] + (["PIPA-24"] if unm else [])
    return rec("health", "unmasked" if unm else "masked", "복무·건강", doc(title, [title] + body), "non_public", "none", reasons, "content", "table_cell", [diag, v],
               ["health", "unmasked_id" if unm else "masked_id"], "공무원 건강 정보(비직무) → -6, PIPA-23." + (" 전체 주민번호 → PIPA-24." if unm else " 주민번호 마스킹 → PIPA-24 아님."))


def t_union(i):
    r = R("union", i); g = G(r)
    org = g.org()
    rows = [["번호", "성명", "소속", "조합비 공제액"]] + [[str(k + 1), g.name(), r.choice(DEPTS), f"{r.choice([18, 21, 24])},{r.randint(0, 9)}00원"] for k in range(r.randint(3, 5))]
    title = r.choice([f"{org} 공무원노동조합 조합비 공제 명단", "2026년 2월 노조 조합비 일괄 공제 내역", "조합원 가입·탈퇴 현황"])
    return rec("union", f"v{i % 3}", "노조 명단", doc(title, [title, ("tbl", rows), "급여 담당 외 열람 금지"]), "non_public", "none", ["OIDA-9-1-6", "PIPA-23"],
               "content", "table_cell", [rows[1][1]], ["union"], "노동조합 가입 정보로만 이루어진 명단 → -6, PIPA-23.")


def t_roster(i):
    r = R("roster", i); g = G(r)
    kind = i % 3
    if kind == 0:
        hdr, fn = ["성명", "외국인등록번호", "체류자격"], lambda: [r.choice(["DAO VAN MINH", "AIGUL NURLAN", "RAHMAN KARIM", "WANG LI"]), g.frn(), r.choice(["E-9", "H-2", "F-4"])]
        title, unm = "외국인 주민 지원 대상자 명단", True
    elif kind == 1:
        hdr, fn = ["성명", "여권번호", "연락처"], lambda: [g.name(), g.passport(), g.mobile()]
        title, unm = "해외 연수 참가자 명단", True
    else:
        hdr, fn = ["성명", "생년월일", "주소", "연락처"], lambda: [g.name(), g.date(r.randint(1950, 1990)), g.home(), g.mobile()]
        title, unm = "취약계층 안부 확인 대상자 명부", False
    rows = [hdr] + [fn() for _ in range(r.randint(3, 5))]
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if unm else [])
    return rec("roster", f"k{kind}", "명단", doc(title, [title, ("tbl", rows)]), "non_public", "none", reasons, "content", "table_cell", [rows[1][1]],
               ["unmasked_id"] if unm else [], "개인정보만으로 이루어진 명단 → non_public -6" + (", 전체 고유식별번호 → PIPA-24." if unm else "."))


def t_mislabeled(i):
    r = R("mislabeled", i); g = G(r)
    org = g.org(False)
    rows = [["성명", "주민등록번호", "지급 계좌", "지원금"]] + [[g.name(), g.rrn(), g.account(), f"{r.randint(30, 300)},000원"] for _ in range(3)]
    title = r.choice(["재난지원금 지급 대상자 확정 통보", "학자금 지원 대상자 명단 통보", "에너지 바우처 지급 내역"])
    body, cue = gongmun(g, org, r.choice(DEPTS), "수신자 참조", title, ["지원 대상자를 다음과 같이 확정하여 통보합니다.", ("tbl", rows)], "공개", style=2 + i % 2)
    return rec("mislabeled", f"v{i}", "공문", doc(title, body), "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "disclosure_field_conflict", "closing_block+table_cell",
               [cue, rows[1][1]], ["t_mislabeled", "unmasked_id"], "공개구분은 '공개'로 잘못 적혔으나 전체 주민번호·계좌가 있음 → 내용에 따라 partial, -6, PIPA-24.", stated="public")


def t_realestate(i):
    r = R("realestate", i); g = G(r)
    org = g.org(False)
    title = r.choice(["개발제한구역 해제 후보지 검토(안)", "역세권 복합개발 대상지 선정 검토", "산업단지 지정 예정지 사전 검토", "도시계획시설 변경(안) 사전 협의"])
    body = [f"1. 검토 대상: {org} {r.choice(ROOTS)}동 일원 {r.randint(12, 95)}만㎡", ("tbl", [["후보지", "면적", "지가 상승 예상"], ["A", f"{r.randint(10, 40)}만㎡", "높음"], ["B", f"{r.randint(10, 40)}만㎡", "보통"]]),
            "2. 향후 일정: 주민공람 전까지 대상지 비공개", "3. 검토 의견: A지구 우선 추진"]
    d = doc(title, body)
    reasons = ["OIDA-9-1-8"] + (["OIDA-9-1-5"] if i % 2 else [])
    if i % 2 == 0:
        st = r.choice(STAMP["대외비"] + [f"대외비(보호기간: {r.choice(LIVE)}까지)"])
        loc = place_stamp(d, g, pick_loc(r), st)
        return rec("realestate", "daeoe", "도시계획", d, "non_public", "대외비", reasons, "stamp", loc, [st], [], "공표 전 개발 대상지: 부동산 투기 우려(-8). 대외비 → -1 없음.")
    return rec("realestate", "plain", "도시계획", d, "non_public", "none", reasons, "content", "body", ["주민공람 전까지 대상지 비공개"], [],
               "공표 전 개발 대상지(-8) + 내부 검토(-5).")


def t_stats(i):
    r = R("stats", i); g = G(r)
    org = r.choice(["국가통계정보원", g.org(False)])
    k = i % 4
    if k == 3:
        title = r.choice(["주택가격 동향 조사 결과(공표 전)", "지역별 지가 변동률 잠정치"])
        body = [("tbl", [["지역", "전월 대비", "전년 동월 대비"]] + [[r.choice(ROOTS) + "구", f"{r.uniform(-0.5, 1.5):+.2f}%", f"{r.uniform(-2, 6):+.2f}%"] for _ in range(3)]),
                "공표 예정일: 2026. 3. 16. 12:00 (공표 전 외부 제공 금지)"]
        d = doc(title, body)
        st = r.choice(STAMP["대외비"])
        loc = place_stamp(d, g, r.choice(["header", "header_footer", "table_cell"]), st)
        return rec("stats", "pre_release", "통계 공표", d, "non_public", "대외비", ["OIDA-9-1-8"], "stamp", loc, [st], [],
                   "공표 전 지가·주택가격 통계: 특정인 이익(-8). 대외비 → -1 없음.")
    title = r.choice(["2025년 사업체 조사 잠정 결과", "2025년 4분기 고용 동향", "지역 인구 이동 통계", "2025년 사회조사 결과", "관광객 실태조사 결과"])
    body = [f"{org} 통계조사과", title, ("tbl", [["구분", "2024", "2025", "증감"]] + [[r.choice(["사업체 수", "종사자 수", "전입", "전출", "응답률"]), f"{r.randint(1000, 90000):,}", f"{r.randint(1000, 90000):,}", f"{r.uniform(-5, 5):+.1f}%"] for _ in range(3)]),
            "이 통계는 국가승인통계이며 누리집에서 원자료를 내려받을 수 있습니다.", f"담당: 사무관 {g.name()} ({g.tel()})"]
    return rec("stats", "release", "통계 공표", doc(title, body, [r.choice(["통계 공표", "보도참고자료"])]), "public", "none", [], "genre", "body", ["국가승인통계"], ["official_names"],
               "공표된 통계 자료 → public.")


def t_trade_secret(i):
    r = R("trade_secret", i); g = G(r)
    co = g.company()
    title = r.choice(["원가계산서(업체 제출)", "신기술 지정 신청 기술자료", "공정 설계 및 배합비 자료"])
    body = [f"제출 업체: {co}", ("tbl", [["항목", "내역"], ["재료비 단가", f"{r.randint(1000, 9000)}원/kg"], ["핵심 공정", r.choice(["저온 경화 3단계 공정", "독자 배합비(비율 별첨)", "자체 개발 필터 모듈"])], ["이윤율", f"{r.uniform(5, 12):.1f}%"]]),
            "※ 업체의 영업상 비밀로 제출된 자료이므로 외부 제공을 금함"]
    return rec("trade_secret", f"v{i % 3}", "입찰·계약", doc(title, body), "non_public", "none", ["OIDA-9-1-7"], "content", "body", ["영업상 비밀"], [],
               "문서 전체가 업체의 경영·영업상 비밀 → non_public -7.")


def t_safety(i):
    r = R("safety", i); g = G(r)
    org = g.org()
    k = i % 3
    if k == 0:
        title = "공익신고 처리 결과 통지"
        who = g.name()
        body = [f"신고자: {who} ({g.mobile()})", "신고 내용: 폐기물 무단 매립", "처리 결과: 현장 조사 후 과태료 부과 및 원상복구 명령",
                "※ 신고자의 인적사항은 공익신고자 보호법에 따라 보호됨"]
        return rec("safety", "whistleblower", "민원 회신", doc(title, body, [org]), "partial", "none", ["OIDA-9-1-3", "OIDA-9-1-6"], "content", "body", [who], [],
                   "처리 결과는 공개 가능, 신고자 신원은 신변 보호(-3)·개인정보(-6)로 가림 → partial.")
    if k == 1:
        title = r.choice(["귀빈 방문 경호 동선 계획", "행사장 테러 대비 경비 배치도"])
        body = ["1. 이동 경로: 정문 → 동측 지하주차장 → 3층 접견실", "2. 경호 인력 배치: 출입구 4곳 각 2명", "3. 비상 대피로: 서측 계단"]
        return rec("safety", "escort", "시설 보호 계획", doc(title, body, [org]), "non_public", "none", ["OIDA-9-1-3"], "content", "body", ["경호 인력 배치"], [],
                   "경호 동선 공개 시 생명·신체 위해 우려(-3).")
    title = "CCTV 설치 위치 및 사각지대 현황"
    body = [("tbl", [["번호", "위치", "사각지대"]] + [[str(n), f"{r.choice(ROOTS)}공원 {r.choice(['북문', '놀이터', '산책로 3구간'])}", r.choice(["있음", "없음"])] for n in range(1, 4)]),
            "현황은 방범 순찰 계획 수립에만 사용"]
    return rec("safety", "cctv", "시설 보호 계획", doc(title, body, [org]), "non_public", "none", ["OIDA-9-1-3"], "content", "table_cell", ["사각지대"], [],
               "방범 CCTV 사각지대(-3).")


def t_records(i):
    r = R("records", i); g = G(r)
    org = g.org()
    title = r.choice(["비공개 기록물 공개 재분류 결과 공고", "기록물 이관 및 공개 여부 재분류 알림"])
    body = [f"{org}은(는) 「공공기록물 관리에 관한 법률」 제35조에 따라 생산 후 30년이 지난 비공개 기록물의 공개 여부를 재분류하였습니다.",
            ("tbl", [["구분", "건수"], ["공개로 변경", f"{r.randint(100, 900)}"], ["부분공개로 변경", f"{r.randint(10, 90)}"], ["비공개 유지", f"{r.randint(5, 60)}"]]),
            "목록은 누리집 기록물 열람 코너에서 확인할 수 있습니다."]
    return rec("records", f"v{i % 2}", "기록물 공고", doc(title, body), "public", "none", [], "mention", "table_cell", ["비공개 유지"], ["mention_only"],
               "공개구분 용어를 통계로 언급하는 공고문 → public, none.")


def t_accident(i):
    r = R("accident", i); g = G(r)
    org = g.org()
    who = g.name()
    hurt = i % 3 == 0
    title = r.choice(["공사장 안전사고 조사 결과", "어린이공원 놀이기구 사고 경위 보고", "도로 포트홀 차량 파손 사고 처리 결과", "체육시설 이용자 낙상 사고 조사"])
    body = [f"1. 사고 일시·장소: {g.date(2026)} {r.randint(9, 18)}:{r.randint(10, 59)}, {org} {r.choice(ROOTS)}동 일원",
            f"2. 피해자: {who}({r.randint(8, 78)}세, {g.home()})" + (f", 부상 내용: {r.choice(['좌측 손목 골절(전치 6주)', '뇌진탕 및 안면 열상', '요추 염좌'])}" if hurt else ""),
            "3. 원인: " + r.choice(["안전펜스 고정 볼트 이탈", "우천으로 인한 노면 파손 방치", "매트 접합부 들뜸"]),
            "4. 조치: " + r.choice(["시설 긴급 보수 및 영조물 배상 보험 접수", "시공사에 시정명령, 재발 방지 교육", "유사 시설 전수 점검"]),
            f"5. 담당: {r.choice(DEPTS)} 주무관 {g.name()}"]
    return rec("accident", "injury" if hurt else "property", "사고 조사", doc(title, body), "partial", "none", ["OIDA-9-1-6"] + (["PIPA-23"] if hurt else []),
               "personal_inline", "body", [who], ["health"] if hurt else [],
               "사고 경위·원인·조치는 공개 가능, 피해자 인적사항" + ("과 부상(건강) 정보" if hurt else "") + "만 가림 → partial.")


TEMPLATES = [  # (function, count)
    (t_gongmun_public, 14), (t_gongmun_partial, 26), (t_press, 12), (t_minutes, 16), (t_audit, 16),
    (t_discipline, 10), (t_personnel_notice, 10), (t_promotion, 5), (t_bid, 18), (t_contract, 14),
    (t_civil, 28), (t_investigation, 9), (t_trial, 9), (t_facility, 11), (t_classified, 12),
    (t_expired, 12), (t_security_guide, 8), (t_disclosure_decision, 12), (t_declass, 5), (t_password, 6),
    (t_cover_letter, 5), (t_health, 6), (t_union, 4), (t_roster, 6), (t_mislabeled, 4), (t_realestate, 6),
    (t_stats, 10), (t_trade_secret, 4), (t_safety, 9), (t_records, 4), (t_accident, 8),
]
FMT_CYCLE = ["txt", "hwpx", "pdf", "txt", "scan", "hwpx", "pdf", "txt", "hwpx", "pdf", "txt", "hwpx", "scan", "txt"]


# ================================================================ rendering
def flat_lines(d, for_scan=False):
    out = []
    out += d["header"]
    for it in d["body"]:
        if isinstance(it, tuple):
            if it[0] == "tbl":
                for row in it[1]:
                    out.append(" | ".join(row))
            # pagebreak contributes nothing
        else:
            out.append(it)
    out += d["footer"]
    return out


def rendered_text(d):
    return "\n".join(flat_lines(d)) + "\n"


# ---- HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head"')
ZDT = (2026, 2, 27, 9, 0, 0)


class PCount:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def hp_p(pid, text, cpr=0, pagebreak=False):
    t = f"<hp:t>{escape(text)}</hp:t>" if text else ""
    return (f'<hp:p id="{pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="{1 if pagebreak else 0}" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="{cpr}">{t}</hp:run></hp:p>')


def hp_sub(pc, lines, cpr=0):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
            + "".join(hp_p(pc(), l, cpr) for l in lines) + "</hp:subList>")


def hp_tbl(pc, tid, rows):
    nc = max(len(x) for x in rows)
    w = 42520 // nc
    xs = [f'<hp:tbl id="{tid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
          f'<hp:sz width="{w * nc}" widthRelTo="ABSOLUTE" height="{1300 * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/>'
          '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
          '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>']
    for ri, row in enumerate(rows):
        xs.append("<hp:tr>")
        for ci in range(nc):
            cell = row[ci] if ci < len(row) else ""
            xs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                      + hp_sub(pc, [cell]) + f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                      f'<hp:cellSz width="{w}" height="1300"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        xs.append("</hp:tr>")
    xs.append("</hp:tbl>")
    return "".join(xs)


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')


def section_xml(d):
    pc = PCount()
    parts = []
    ctrl = SECPR
    if d["header"]:
        ctrl += f'<hp:ctrl><hp:header id="{pc()}" applyPageType="BOTH">' + hp_sub(pc, d["header"], 1) + "</hp:header></hp:ctrl>"
    if d["footer"]:
        ctrl += f'<hp:ctrl><hp:footer id="{pc()}" applyPageType="BOTH">' + hp_sub(pc, d["footer"], 1) + "</hp:footer></hp:ctrl>"
    parts.append(f'<hp:p id="{pc()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{ctrl}</hp:run></hp:p>')
    pb = False
    tid = 1000
    for it in d["body"]:
        if isinstance(it, tuple):
            if it[0] == "pagebreak":
                pb = True
                continue
            tid += 1
            parts.append(f'<hp:p id="{pc()}" paraPrIDRef="0" styleIDRef="0" pageBreak="{1 if pb else 0}" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{hp_tbl(pc, tid, it[1])}<hp:t/></hp:run></hp:p>')
        else:
            parts.append(hp_p(pc(), it, 0, pb))
        pb = False
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec {NS}>' + "".join(parts) + "</hs:sec>"


HEADER_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head {NS} version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              '<hh:fontfaces itemCnt="2"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/>'
              '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="2"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"/>'
              '<hh:charPr id="1" height="1200" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:bold/></hh:charPr></hh:charProperties>'
              '<hh:tabProperties itemCnt="0"/><hh:numberings itemCnt="0"/>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"/></hh:head>')


def write_hwpx(path, d, title, author):
    def zi(name, stored=False):
        z = zipfile.ZipInfo(name, date_time=ZDT)
        z.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        z.external_attr = 0o644 << 16
        z.create_system = 0
        return z
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" version="" unique-identifier="" id=""><opf:metadata>'
           f'<opf:title>{escape(title)}</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">{escape(author)}</opf:meta>'
           '<opf:meta name="CreatedDate" content="text">2026-02-27T09:00:00Z</opf:meta><opf:meta name="ModifiedDate" content="text">2026-02-27T09:00:00Z</opf:meta>'
           '</opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
           '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_ap generator" appVersion="1.0"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app">'
                '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zi("mimetype", True), "application/hwp+zip")
        z.writestr(zi("version.xml"), version)
        z.writestr(zi("META-INF/container.xml"), container)
        z.writestr(zi("Contents/content.hpf"), hpf)
        z.writestr(zi("Contents/header.xml"), HEADER_XML)
        z.writestr(zi("Contents/section0.xml"), section_xml(d))
        z.writestr(zi("settings.xml"), settings)
        z.writestr(zi("Preview/PrvText.txt"), "\r\n".join(flat_lines(d))[:1000])


def hwpx_text(path):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for n in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml"):
            ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"
    lines = []
    for p in root.iter(HP + "p"):
        s = "".join((t.text or "") for r_ in p.findall(HP + "run") for t in r_.findall(HP + "t"))
        if s:
            lines.append(s)
    return "\n".join(lines)


# ---- PDF (text layer)
_FONTS_OK = False


def fonts():
    global _FONTS_OK
    if not _FONTS_OK:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NG", FONTDIR + "NanumGothic.ttf"))
        pdfmetrics.registerFont(TTFont("NGB", FONTDIR + "NanumGothicBold.ttf"))
        pdfmetrics.registerFont(TTFont("NM", FONTDIR + "NanumMyeongjo.ttf"))
        _FONTS_OK = True


def wrap(text, width_fn, maxw, cues):
    """Greedy char wrap that never splits inside a cue occurrence."""
    protected = []
    for c in cues:
        start = 0
        while c and (k := text.find(c, start)) >= 0:
            protected.append((k, k + len(c)))
            start = k + 1
    out, s = [], 0
    while s < len(text):
        e = s
        while e < len(text) and width_fn(text[s:e + 1]) <= maxw:
            e += 1
        if e >= len(text):
            out.append(text[s:]); break
        # prefer break at space
        sp = text.rfind(" ", s, e)
        b = sp + 1 if sp > s else e
        for a, z in protected:
            if a < b < z:
                b = a if a > s else z
        out.append(text[s:b].rstrip())
        s = b
        while s < len(text) and text[s] == " ":
            s += 1
    return out


def colwidths(rows, fn, maxw, pad):
    nc = max(len(x) for x in rows)
    nat = [max(fn(row[k]) if k < len(row) else 0 for row in rows) + pad for k in range(nc)]
    if sum(nat) <= maxw:
        extra = (maxw - sum(nat)) / nc
        return [w + extra for w in nat]
    floor = maxw / nc * 0.45
    w = [max(floor, x) for x in nat]
    sc = maxw / sum(w)
    return [x * sc for x in w]


def layout(d, width_fn, maxw, cues, cell_fn=None, pad=8):
    """Produce list of ('line', text, style) | ('row', cells) | ('pb',) for the body."""
    items = []
    for it in d["body"]:
        if isinstance(it, tuple):
            if it[0] == "pagebreak":
                items.append(("pb",))
            else:
                ws = colwidths(it[1], cell_fn or width_fn, maxw, pad)
                for ri, row in enumerate(it[1]):
                    items.append(("row", row + [""] * (len(ws) - len(row)), ri == 0, ws))
                items.append(("gap",))
        else:
            if not it:
                items.append(("gap",)); continue
            for ln in wrap(it, width_fn, maxw, cues):
                items.append(("line", ln))
    return items


def write_pdf(path, d, title, cues, font="NG"):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab import rl_config
    rl_config.invariant = 1
    fonts()
    W, H = 595.27, 841.89
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(title); c.setAuthor("sens_ap"); c.setCreator("sens_ap make_set.py"); c.setProducer("sens_ap")
    fs, lh, left, right = 10, 15, 56, W - 56
    maxw = right - left
    wf = lambda s: pdfmetrics.stringWidth(s, font, fs)
    items = layout(d, wf, maxw, cues, lambda s: pdfmetrics.stringWidth(s, font, 8.5), 8)

    def deco(pno):
        y = H - 40
        for h in d["header"]:
            c.setFont("NGB", 11); c.drawCentredString(W / 2, y, h); y -= 14
        y = 40 + 14 * (len(d["footer"]) - 1)
        for f in d["footer"]:
            c.setFont("NGB" if len(f) < 20 else font, 9 if len(f) >= 20 else 11); c.drawCentredString(W / 2, y, f); y -= 14
        c.setFont(font, 8); c.drawRightString(right, 22, f"- {pno} -")
    pno = 1
    deco(pno)
    y = H - 60 - 14 * len(d["header"])
    bottom = 60 + 14 * len(d["footer"])
    for it in items:
        if it[0] == "pb" or y < bottom:
            c.showPage(); pno += 1; deco(pno); y = H - 60 - 14 * len(d["header"])
            if it[0] == "pb":
                continue
        if it[0] == "gap":
            y -= lh * 0.6; continue
        if it[0] == "line":
            c.setFont(font, fs); c.drawString(left, y, it[1]); y -= lh
        elif it[0] == "row":
            cells = it[1]; ws = it[3]
            c.setFont("NGB" if it[2] else font, 8.5)
            sub = [wrap(cell, lambda s: pdfmetrics.stringWidth(s, font, 8.5), ws[k] - 6, cues) or [""] for k, cell in enumerate(cells)]
            hgt = max(len(s) for s in sub) * 12 + 6
            if y - hgt < bottom:
                c.showPage(); pno += 1; deco(pno); y = H - 60 - 14 * len(d["header"])
                c.setFont("NGB" if it[2] else font, 8.5)
            for k, s in enumerate(sub):
                x0 = left + sum(ws[:k])
                c.rect(x0, y - hgt + 10, ws[k], hgt, stroke=1, fill=0)
                for j, ln in enumerate(s):
                    c.drawString(x0 + 3, y - j * 12, ln)
            y -= hgt
    c.showPage()
    c.save()


def pdf_text(path):
    from pypdf import PdfReader
    rd = PdfReader(path)
    return "\n".join((p.extract_text() or "") for p in rd.pages), len(rd.pages)


# ---- scanned PDF (image only)
def write_scan(path, d, title, cues, rng):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from reportlab import rl_config
    rl_config.invariant = 1
    W, H = 1000, 1414
    fname = rng.choice(["NanumGothic.ttf", "NanumMyeongjo.ttf", "NanumBarunGothic.ttf"])
    F = ImageFont.truetype(FONTDIR + fname, 19)
    FS = ImageFont.truetype(FONTDIR + "NanumGothicBold.ttf", 26)
    FT = ImageFont.truetype(FONTDIR + fname, 15)
    left, maxw = 80, W - 160
    wf = lambda s: F.getlength(s)
    items = layout(d, wf, maxw, cues, lambda s: FT.getlength(s), 12)
    pages = []

    def new_page():
        im = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(im)
        y = 50
        for h in d["header"]:
            tw = FS.getlength(h)
            dr.text(((W - tw) / 2, y), h, font=FS, fill=30)
            if len(h) <= 16:
                dr.rectangle(((W - tw) / 2 - 12, y - 8, (W + tw) / 2 + 12, y + 36), outline=40, width=3)
            y += 46
        fy = H - 60 - 40 * len(d["footer"])
        for f in d["footer"]:
            fnt = FS if len(f) < 20 else FT
            tw = fnt.getlength(f)
            dr.text(((W - tw) / 2, fy), f, font=fnt, fill=30)
            if len(f) <= 16:
                dr.rectangle(((W - tw) / 2 - 12, fy - 8, (W + tw) / 2 + 12, fy + 36), outline=40, width=3)
            fy += 40
        return im, dr, y + 20
    im, dr, y = new_page()
    bottom = H - 80 - 40 * len(d["footer"])
    for it in items:
        if it[0] == "pb" or y > bottom:
            pages.append(im); im, dr, y = new_page()
            if it[0] == "pb":
                continue
        if it[0] == "gap":
            y += 14; continue
        if it[0] == "line":
            dr.text((left, y), it[1], font=F, fill=20); y += 30
        else:
            cells = it[1]; ws = it[3]
            sub = [wrap(cell, lambda s: FT.getlength(s), ws[k] - 10, cues) or [""] for k, cell in enumerate(cells)]
            hgt = max(len(s) for s in sub) * 21 + 10
            for k, s in enumerate(sub):
                x0 = left + sum(ws[:k])
                dr.rectangle((x0, y, x0 + ws[k], y + hgt), outline=60, width=1)
                for j, ln in enumerate(s):
                    dr.text((x0 + 5, y + 5 + j * 21), ln, font=FT, fill=20)
            y += hgt
    pages.append(im)
    c = canvas.Canvas(path, pagesize=(595.27, 841.89), invariant=1)
    c.setTitle("scan"); c.setAuthor(""); c.setCreator("scanner"); c.setProducer("sens_ap")
    for im in pages:
        im = im.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, fillcolor=255)
        noise = Image.frombytes("L", (W, H), rng.randbytes(W * H))
        speck = noise.point(lambda v: 0 if v < 3 else 255)
        im = ImageChops.darker(im, speck)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        grain = noise.point(lambda v: 232 + (v % 24))
        im = ImageChops.multiply(im, grain.convert("L")) if False else ImageChops.darker(im, grain)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=62, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=595.27, height=841.89)
        c.showPage()
    c.save()


# ================================================================ build + validate
def check_labels(x):
    errs = []
    dsc, mk, rs = x["disclosure"], x["marking"], set(x["reasons"])
    content = rs - {"OIDA-9-1-1"}
    if dsc not in ("public", "partial", "non_public"):
        errs.append("bad disclosure")
    if mk not in ("none", "대외비", "III급", "II급", "I급"):
        errs.append("bad marking")
    if (dsc == "public") != (not rs):
        errs.append("public<->no reasons")
    if "OIDA-9-1-1" in rs and mk not in CLASSIFIED:
        errs.append("-1 without 비밀 marking")
    if mk in CLASSIFIED and "OIDA-9-1-1" not in rs:
        errs.append("비밀 marking without -1")
    if "OIDA-9-1-1" in rs and not content:
        errs.append("-1 without content reason")
    if mk in CLASSIFIED and dsc != "non_public":
        errs.append("classified but not non_public")
    if "PIPA-24" in rs:
        txt = x["_rt"]
        if not re.search(r"\d{6}-[1-8]\d{6}|\b[MSR]\d{8}\b|\d{2}-\d{2}-\d{6}-\d{2}", txt):
            errs.append("PIPA-24 without unmasked id")
        if "unmasked_id" not in x["flags"]:
            errs.append("PIPA-24 without unmasked flag")
    else:
        if re.search(r"\d{6}-[1-8]\d{6}", x["_rt"]):
            errs.append("unmasked RRN but no PIPA-24")
    if "PIPA-24" in rs and "OIDA-9-1-6" not in rs:
        errs.append("PIPA-24 without -6")
    if "mention_only" in x["flags"] and mk != "none":
        errs.append("mention-only must be none")
    st = x.get("stated")
    if st and "t_mislabeled" not in x["flags"] and st != dsc:
        errs.append("stated field disagrees with gold")
    if "t_mislabeled" in x["flags"] and not (st == "public" and dsc == "partial"):
        errs.append("mislabeled shape")
    return errs


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    raw = []
    for fn, n in TEMPLATES:
        for i in range(n):
            raw.append(fn(i))
    recs, metas = [], []
    problems = []
    for idx, x in enumerate(raw):
        rid = f"sens_ap-{idx + 1:04d}"
        fmt = FMT_CYCLE[idx % len(FMT_CYCLE)]
        d = x["doc"]
        rt = rendered_text(d)
        x["_rt"] = rt
        for c in x["cue_text"]:
            if c not in rt:
                problems.append(f"{rid}: cue {c!r} not in rendered_text")
        problems += [f"{rid}: {e}" for e in check_labels(x)]
        out = {"id": rid}
        loc = x["cue_location"]
        if fmt == "txt":
            out["text"] = rt
            ext = rt
        elif fmt == "hwpx":
            rel = f"files/{rid}.hwpx"
            write_hwpx(os.path.join(HERE, rel), d, d["title"], "sens_ap")
            out["file"] = rel
            ext = hwpx_text(os.path.join(HERE, rel))
        elif fmt == "pdf":
            rel = f"files/{rid}.pdf"
            write_pdf(os.path.join(HERE, rel), d, d["title"], x["cue_text"], font=R("pdffont", idx).choice(["NG", "NG", "NM"]))
            out["file"] = rel
            ext, _ = pdf_text(os.path.join(HERE, rel))
        else:
            rel = f"files/{rid}.pdf"
            write_scan(os.path.join(HERE, rel), d, d["title"], x["cue_text"], R("scan", idx))
            out["file"] = rel
            t, np_ = pdf_text(os.path.join(HERE, rel))
            if t.strip():
                problems.append(f"{rid}: scan has a text layer")
            ext = rt
            loc = "scan:" + loc
        for c in x["cue_text"]:
            if c not in ext:
                problems.append(f"{rid}: cue {c!r} missing from extracted {fmt} text")
        out.update({"disclosure": x["disclosure"], "marking": x["marking"], "reasons": x["reasons"], "genre": x["genre"]})
        recs.append(out)
        metas.append({"id": rid, "template": x["template"], "variant": x["variant"], "format": "pdf_scan" if fmt == "scan" else fmt,
                      "cue_kind": x["cue_kind"], "cue_location": loc, "cue_text": x["cue_text"], "flags": x["flags"],
                      "stated_disclosure_field": x.get("stated"), "note": x["note"], "rendered_text": rt})
    with open(os.path.join(HERE, "sens_ap.jsonl"), "w", encoding="utf-8") as f:
        for o in recs:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_ap.meta.jsonl"), "w", encoding="utf-8") as f:
        for o in metas:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    C = collections.Counter
    stats = {
        "n": len(recs), "reference_date": REF_STR,
        "format": dict(sorted(C(m["format"] for m in metas).items())),
        "disclosure": dict(sorted(C(o["disclosure"] for o in recs).items())),
        "marking": dict(sorted(C(o["marking"] for o in recs).items())),
        "reasons": {k: sum(k in o["reasons"] for o in recs) for k in REASON_ORDER},
        "genre": dict(sorted(C(o["genre"] for o in recs).items())),
        "template": dict(C(m["template"] for m in metas)),
        "cue_location": dict(sorted(C(m["cue_location"] for m in metas).items())),
        "flags": dict(sorted(C(fl for m in metas for fl in m["flags"]).items())),
        "disclosure_x_marking": {f"{a}|{b}": n for (a, b), n in sorted(C((o["disclosure"], o["marking"]) for o in recs).items())},
        "validation_problems": len(problems),
    }
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for p in problems:
        print("PROBLEM", p)
    print(json.dumps({k: stats[k] for k in ("n", "format", "disclosure", "marking", "reasons")}, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
