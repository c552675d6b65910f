#!/usr/bin/env python3
"""sens_an: independent evaluation set for disclosure status / security marking of
Korean public-sector documents.  Deterministic generator (string seeds only).

Usage: python make_set.py [--out DIR]      (needs pillow, reportlab, pypdf)
All organisations, persons, places and numbers are invented.
"""
import io, json, os, re, sys, random, zipfile, hashlib, argparse
from collections import Counter
from xml.sax.saxutils import escape

REF_DATE = (2026, 3, 1)          # the reference "now" used for 예고문 / 보호기간
REF_STR = "2026. 3. 1."
FONT_R = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_B = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
FONT_M = "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf"


def R(t, i):
    return random.Random(f"sens_an-2026|{t}|{i}")

# ------------------------------------------------------------------ invented vocab
SUR = list("김이박최정강조윤장임한오서신권황안송류고문양손배백허남심노하곽성차주우구민진나엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제탁국어은편용예경봉")
GIV = list("민서지현수준영호진우성경은혜윤아도하재승태희주연정동상미소나다라온솔결빛찬슬율규채환석")
CITIES = ["가온시", "별담시", "다온시", "여울시", "모래내시", "한솔마루시", "청다온시", "누리벌시"]
COUNTIES = ["해솔군", "윤슬군", "새결군", "미르내군", "솔바람군"]
PROVS = ["라온도", "새결도", "마루도"]
MINS = ["국토미래부", "안전기반부", "공공혁신처", "산업진흥청", "해양자원청", "보건돌봄부", "국가시설관리청", "재난대응청"]
AGENCIES = ["라온도시개발공사", "새결에너지공단", "마루수자원공사", "한솔마루교통공사", "누리벌환경공단"]
DEPTS = ["총무과", "기획예산과", "도시계획과", "안전총괄과", "민원봉사과", "운영지원과", "비상대비팀", "정보통신과", "인사혁신팀", "계약팀", "세무과", "복지정책과", "감사담당관", "홍보담당관"]
ROADS = ["별담로", "온누리길", "가람대로", "해오름로", "새빛길", "솔내로", "나래길", "윤슬대로"]
BANKS = ["가온은행", "한마루은행", "새봄저축은행", "누리농협", "별빛신협"]
COMPANIES = ["(주)나래엔지니어링", "(주)솔빛건설", "다온테크(주)", "(주)윤슬정보기술", "해람산업(주)", "(주)가람시스템", "새결토건(주)", "(주)마루전기"]
ILLS = ["요추 추간판 탈출증", "우울장애", "갑상선암", "뇌경색", "만성 신부전", "공황장애", "회전근개 파열"]


def pname(r):
    while True:
        n = r.choice(SUR) + r.choice(GIV) + r.choice(GIV)
        if n != "홍길동":
            return n


def mask_name(n, style):
    return n[0] + {"o": "○○", "s": "**", "m": " 모 씨"}[style]


def rrn(r, masked=None):
    y = r.randint(58, 99); m = r.randint(1, 12); d = r.randint(1, 28); g = r.choice([1, 2])
    front = f"{y:02d}{m:02d}{d:02d}"
    if masked:
        return f"{front}-{g}" + masked * 6
    body = [r.randint(0, 9) for _ in range(5)]
    digs = [int(c) for c in front] + [g] + body
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digs, w)) % 11) % 10
    return f"{front}-{g}{''.join(map(str, body))}{chk}"


def frn(r):
    s = rrn(r)
    return s[:7] + str(r.choice([5, 6])) + s[8:]


def passport(r):
    return r.choice("MS") + "".join(str(r.randint(0, 9)) for _ in range(8))


def dlic(r):
    return f"{r.randint(11, 28)}-{r.randint(10, 25)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"


def acct(r):
    return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}"


def mobile(r):
    return f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"


def office_tel(r):
    return f"0{r.choice([41, 43, 44, 55, 63, 64])}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def addr(r, unit=True):
    s = f"{r.choice(PROVS)} {r.choice(CITIES)} {r.choice(ROADS)} {r.randint(3, 480)}"
    if unit:
        s += f", {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
    return s


def dt(y, m, d):
    return f"{y}. {m}. {d}."


def rdate(r, y0=2025, y1=2026):
    y = r.randint(y0, y1)
    m = r.randint(1, 12) if y < 2026 else r.randint(1, 2)
    return y, m, r.randint(1, 28)


def org_pick(r):
    k = r.random()
    if k < 0.45:
        c = r.choice(CITIES); return c, c + "장"
    if k < 0.6:
        c = r.choice(COUNTIES); return c, c + "수"
    if k < 0.85:
        c = r.choice(MINS); return c, c + ("장" if c[-1] in "청처" else "장관")
    c = r.choice(AGENCIES); return c, c + " 사장"

# ------------------------------------------------------------------ document model


class Doc:
    def __init__(self, tpl, var, genre, i):
        self.tpl, self.var, self.genre, self.i = tpl, var, genre, i
        self.cover, self.header, self.body, self.footer = [], [], [], []
        self.cues, self.flags, self.note = [], [], ""
        self.disclosure = self.marking = None
        self.reasons = []
        self.prefer = None   # optional format preference

    def P(self, s):
        self.body.append(("p", s))

    def T(self, rows):
        self.body.append(("t", rows))

    def cue(self, kind, loc, text):
        self.cues.append({"kind": kind, "loc": loc, "text": text})

    def label(self, disc, mark, reasons, note):
        self.disclosure, self.marking, self.reasons, self.note = disc, mark, sorted(reasons, key=rkey), note

    def logical_lines(self):
        out = []
        if self.cover:
            out += self.cover + [""]
        out += self.header
        for k, v in self.body:
            if k == "p":
                out.append(v)
            else:
                for row in v:
                    out.append(" | ".join(row))
        out += self.footer
        return out

    def text(self):
        return "\n".join(self.logical_lines()) + "\n"


RORDER = ["OIDA-9-1-%d" % k for k in range(1, 9)] + ["PIPA-23", "PIPA-24"]


def rkey(x):
    return RORDER.index(x)

# ------------------------------------------------------------------ stamp vocab
DAEOEBI = ["대 외 비", "[대외비]", "《대외비》", "{d}까지 대외비", "대외비(보호기간: {d}까지)", "보안등급: 대외비", "대외비", "- 대외비 -"]
S3 = ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀", "Ⅲ급 비밀"]
S2 = ["비밀(Ⅱ급)", "Ⅱ급비밀", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"]
S1 = ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"]
GRADE_WORD = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def future_date(r):
    return dt(r.choice([2026, 2027, 2028, 2029]), r.choice([6, 9, 12]), r.choice([30, 30, 31]) if False else 30)


def past_date(r):
    return dt(r.choice([2024, 2025, 2025]), r.choice([3, 6, 8, 12]), r.choice([28, 30, 31]) if False else 30)


def daeoebi_stamp(r, k=None):
    k = r.randrange(len(DAEOEBI)) if k is None else k
    d = future_date(r)
    return DAEOEBI[k].format(d=d)


def org_block(d, r, org, recv, title, via=True):
    d.P(org)
    d.P(f"수신  {recv}")
    if via:
        d.P("(경유)")
    d.P(f"제목  {title}")


def gm_closing(d, r, sender, dept, disc, date=None, attach=None, cue_disc=True):
    y, m, dd = date or rdate(r)
    if attach:
        for k, a in enumerate(attach, 1):
            d.P(("붙임  " if k == 1 else "      ") + f"{k}. {a} 1부." + ("  끝." if k == len(attach) else ""))
    d.P(sender)
    d.P(f"주무관  {pname(r)}    {r.choice(['사무관', '팀장'])}  {pname(r)}    {dept + '장' if dept.endswith(('과', '팀')) else dept}  {pname(r)}")
    d.P(f"시행  {dept}-{r.randint(100, 9999)}  ({y}. {m}. {dd}.)    접수")
    d.P(f"우 {r.randint(10000, 63999)}  {r.choice(PROVS)} {r.choice(CITIES)} {r.choice(ROADS)} {r.randint(1, 300)} 청사  / www.example-{r.randint(10, 99)}.go.kr")
    line = f"전화 {office_tel(r)}  전송 {office_tel(r)}  / {pname(r) and 'admin'}{r.randint(1, 99)}@korea.kr  / {disc}"
    d.P(line)
    if cue_disc:
        d.cue("disclosure_field", "closing", disc)

# ------------------------------------------------------------------ templates
DOCS = []


def add(d):
    DOCS.append(d)


def t_gm_event(i):
    r = R("gm_event", i); d = Doc("gm_event", ["training", "event", "survey", "campaign"][i % 4], "공문", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    topics = [("2026년 상반기 청렴 교육 참석 협조 요청", "청렴 교육을 아래와 같이 실시하오니 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다."),
              ("지역 하천 정화 활동 참여 안내", "봄철 하천 정화 활동을 추진하오니 각 부서에서는 참여 인원을 회신하여 주시기 바랍니다."),
              ("공공데이터 개방 수요조사 실시", "공공데이터 추가 개방 수요를 파악하고자 하오니 붙임 양식에 따라 제출하여 주십시오."),
              ("에너지 절약 실천 캠페인 추진 알림", "겨울철 에너지 절약을 위한 실천 캠페인을 다음과 같이 추진함을 알려드립니다."),
              ("민원 서비스 만족도 조사 결과 공유", "지난해 민원 서비스 만족도 조사 결과를 붙임과 같이 공유합니다.")]
    t, s = topics[i % len(topics)]
    org_block(d, r, org, r.choice(["수신자 참조", "각 부서장", f"{r.choice(CITIES)}장({r.choice(DEPTS)}장)"]), t)
    d.P(f"1. 관련: {org} {r.choice(DEPTS)}-{r.randint(100, 9999)}({dt(*rdate(r))})")
    d.P("2. " + s)
    d.P(f"  가. 일시: {dt(2026, r.randint(3, 6), r.randint(1, 28))} {r.randint(9, 16)}:00")
    d.P(f"  나. 장소: {org} {r.choice(['대회의실', '별관 2층 교육장', '시민홀'])}")
    d.P(f"  다. 문의: {dept} 주무관 {pname(r)}({office_tel(r)})")
    disc = r.choice(["공개", "공개", "대시민공개"])
    gm_closing(d, r, sender, dept, disc, attach=["세부 계획"] if i % 2 else None)
    d.label("public", "none", [], "Routine 공문; only officials acting in office are named (9-1-6 라목 exception); 공개구분 agrees with content.")
    add(d)


def t_gm_attendees(i):
    r = R("gm_attendees", i); d = Doc("gm_attendees", ["attendee_list", "masked_rrn", "residents"][i % 3], "공문", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    org_block(d, r, org, "내부결재" if i % 4 == 0 else r.choice(["수신자 참조", "각 읍·면장"]),
              r.choice(["주민참여예산위원회 분과 회의 참석자 통보", "도시재생 주민협의체 간담회 결과 보고", "재해위험지구 주민설명회 개최 결과", "마을공동체 공모사업 심사 참석 명단 통보"]))
    d.P("1. " + r.choice(["위 회의를 개최하고 참석자를 붙임과 같이 통보합니다.", "간담회에 참석한 주민 명단과 연락처를 아래와 같이 정리하였습니다.", "설명회 참석 주민 현황을 다음과 같이 보고합니다."]))
    rows = [["연번", "성명", "주소", "연락처"] if d.var != "masked_rrn" else ["연번", "성명", "주민등록번호", "연락처"]]
    names = []
    for k in range(r.randint(3, 5)):
        n = pname(r); names.append(n)
        rows.append([str(k + 1), n, addr(r) if d.var != "masked_rrn" else rrn(r, masked=r.choice("*●")), mobile(r)])
    d.T(rows)
    d.cue("private_person", "table", names[0])
    if d.var == "masked_rrn":
        d.cue("masked_id", "table", rows[1][2])
    d.P("2. 참석자 의견은 차기 회의 안건에 반영할 예정입니다.")
    disc = r.choice(["부분공개(6)", "부분공개(제9조 제1항 제6호)", "부분공개(6)"])
    gm_closing(d, r, sender, dept, disc)
    why = "masked RRNs only -> -6 without PIPA-24" if d.var == "masked_rrn" else "private residents' names, addresses, mobiles"
    d.label("partial", "none", ["OIDA-9-1-6"], f"Disclosable after removing private persons' data ({why}); stated 부분공개 agrees.")
    add(d)


def t_gm_mislabel(i):
    r = R("gm_mislabel", i); d = Doc("gm_mislabel", ["allowance", "lecture_fee", "reward", "volunteer"][i % 4], "공문", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    title = ["자문위원 수당 지급 결과 보고", "외부 강사 강의료 지급", "신고포상금 지급 결정", "자원봉사자 실비 지급"][i % 4]
    org_block(d, r, org, "내부결재", title, via=False)
    d.P("1. " + r.choice(["아래와 같이 지급하고자 합니다.", "다음과 같이 지급하였음을 보고합니다.", "관련 규정에 따라 아래 대상자에게 지급합니다."]))
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액(원)"]]
    for k in range(r.randint(2, 4)):
        rows.append([pname(r), rrn(r), r.choice(BANKS), acct(r), f"{r.randint(10, 90) * 10000:,}"])
    d.T(rows)
    d.cue("unmasked_id", "table", rows[1][1]); d.cue("account", "table", rows[1][3])
    gm_closing(d, r, sender, dept, "공개")
    d.flags.append("t_mislabeled")
    d.label("partial", "none", ["OIDA-9-1-6", "PIPA-24"], "Deliberately mislabelled: 공개구분 says 공개 but table lists full RRNs and bank accounts of private payees; gold follows content.")
    add(d)


def t_gm_internal(i):
    r = R("gm_internal", i)
    v = ["policy_review", "budget_cut", "reorg", "land_candidate", "land_candidate", "merger", "tariff", "relocation"][i % 8]
    d = Doc("gm_internal", v, "내부 검토", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    stamp = daeoebi_stamp(r, i % len(DAEOEBI))
    d.header.append(stamp); d.cue("stamp", "header", stamp)
    if i % 3 == 0:
        d.footer.append(stamp); d.cue("stamp", "footer", stamp)
    titles = {"policy_review": "교통요금 체계 개편(안) 내부 검토", "budget_cut": "2027년 예산 감액 대상 사업 검토", "reorg": "조직 진단 결과에 따른 기구 통폐합 검토",
              "land_candidate": "공공주택지구 후보지 선정 검토(안)", "merger": "산하기관 통합 방안 검토", "tariff": "상수도 요금 인상률 시나리오 검토", "relocation": "청사 이전 후보지 비교 검토"}
    org_block(d, r, org, "내부결재", titles[v], via=False)
    if v == "land_candidate":
        lots = [f"{r.choice(COUNTIES)} {r.choice(['하늘', '송정', '갈매', '두리'])}리 {r.randint(100, 999)}-{r.randint(1, 30)} 일원" for _ in range(2)]
        d.P("1. 검토 배경: 주택 공급 확대를 위해 아래 후보지를 비교 검토함.")
        d.T([["후보지", "면적(㎡)", "예상 지정 시기"]] + [[l, f"{r.randint(200, 900) * 1000:,}", f"{2026 + k}년 하반기"] for k, l in enumerate(lots)])
        d.P("2. 후보지 명칭과 지번이 사전에 알려질 경우 토지 투기가 우려되므로 발표 전까지 외부 유출을 금함.")
        d.cue("realestate", "table", lots[0])
        d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-8"], "대외비 internal review of housing-district candidates: decision process (-5) and speculation risk (-8); 대외비 gives no -1.")
    else:
        d.P("1. " + r.choice(["현황: 재정 여건 악화로 사업 조정이 불가피함.", "검토 배경: 외부 용역 결과를 토대로 내부 의견을 정리함.", "추진 경위: 관계 부서 협의 결과를 반영하여 대안을 마련함."]))
        d.P("2. 대안별 장단점")
        d.T([["구분", "1안", "2안"], ["재정 효과", f"{r.randint(10, 90)}억 원 절감", f"{r.randint(10, 90)}억 원 절감"], ["예상 반발", "높음", "보통"]])
        sent = r.choice(["3. 본 검토안은 의사결정 전 단계의 내부 자료이므로 확정 전까지 외부에 공개하지 않음.",
                         "3. 최종안은 간부회의 보고 후 확정 예정이며, 현 단계 자료는 내부 검토용임.",
                         "3. 관계기관 협의가 끝나지 않아 수치가 변동될 수 있음(내부 검토 중)."])
        d.P(sent); d.cue("internal_review", "body", sent[3:])
        d.label("non_public", "대외비", ["OIDA-9-1-5"], "Live 대외비 stamp on an internal review still in decision process -> -5 only (no -1 for 대외비).")
    gm_closing(d, r, sender, dept, r.choice(["비공개(5)", "비공개(제9조 제1항 제5호)"]))
    add(d)


def t_cover_letter(i):
    r = R("cover_letter", i); d = Doc("cover_letter", ["sep_send", "handcarry", "secure_mail"][i % 3], "공문", i)
    org, sender = org_pick(r); dept = r.choice(["비상대비팀", "안전총괄과", "운영지원과"])
    org_block(d, r, org, f"{r.choice(MINS)}장관({r.choice(['비상안전기획관', '보안담당관'])})", r.choice(["비상대비 업무 자료 송부", "보안측정 결과 보고서 송부", "통합방위 협의회 자료 제출"]))
    ment = r.choice(["3급 비밀", "Ⅲ급비밀", "III급 비밀", "대외비", "Ⅱ급비밀"])
    sent = r.choice([f"1. 요청하신 자료 중 붙임 2는 {ment}에 해당하므로 비밀 취급 인가자를 통하여 별도 송부합니다.",
                     f"1. 해당 계획서는 {ment}로 분류되어 있어 본 공문에는 첨부하지 않으며, 보안 우편으로 따로 보냅니다.",
                     f"1. 회의 자료 원본은 {ment}이므로 담당자가 직접 전달할 예정입니다."])
    d.P(sent); d.cue("mention", "body", ment)
    d.P("2. 본 공문에는 목록과 접수 확인 요청만 포함되어 있으니, 수령 후 접수 사실을 회신하여 주시기 바랍니다.")
    gm_closing(d, r, sender, dept, "공개", attach=["송부 자료 목록"])
    d.flags.append("mention_only")
    d.label("public", "none", [], f"Cover letter only mentions that a separately sent attachment is {ment}; the letter itself carries no classification.")
    add(d)


def t_press(i):
    r = R("press", i); v = ["policy", "stats", "event", "award", "safety"][i % 5]
    d = Doc("press", v, "보도자료", i)
    org, _ = org_pick(r); dept = r.choice(DEPTS)
    y, m, dd = rdate(r)
    d.header.append(f"{org} 보도자료")
    d.header.append(r.choice([f"보도시점: {dt(y, m, dd)}(배포 즉시)", f"보도일시: {y}. {m}. {dd}.(조간)", f"배포일: {dt(y, m, dd)}"]))
    heads = {"policy": ["청년 월세 지원 대상 확대", "소상공인 특례보증 한도 상향"], "stats": ["지난해 관광객 수 역대 최고", "1인 가구 비중 처음 40% 넘어"],
             "event": ["가을 문화축제 개막", "어린이 과학 캠프 참가자 모집"], "award": ["정부혁신 평가 우수기관 선정", "적극행정 경진대회 대상 수상"],
             "safety": ["해빙기 위험시설 일제 점검", "폭염 대비 무더위쉼터 확대 운영"]}
    d.P("제목: " + r.choice(heads[v]))
    bodies = [f"{org}는 {m}월부터 관련 사업을 확대 시행한다고 밝혔다.", f"이번 조치로 약 {r.randint(2, 90)},{r.randint(100, 999)}명이 새로 혜택을 받을 것으로 예상된다.",
              f"{org} 관계자는 \"현장의 의견을 반영해 제도를 보완하겠다\"고 말했다.", f"자세한 내용은 {org} 누리집 공지사항에서 확인할 수 있다."]
    r.shuffle(bodies)
    for b in bodies[:3]:
        d.P("○ " + b)
    d.T([["담당 부서", "책임자", "담당자"], [dept, f"과장 {pname(r)} ({office_tel(r)})", f"주무관 {pname(r)} ({office_tel(r)})"]])
    d.label("public", "none", [], "보도자료; only officials' names/office lines appear (disclosable).")
    add(d)


def t_pw_notice(i):
    r = R("pw_notice", i); d = Doc("pw_notice", ["pw_change", "pw_policy", "account_lock"][i % 3], "공지", i)
    org, _ = org_pick(r)
    d.P(f"[공지] {org} 행정포털 비밀번호 " + r.choice(["정기 변경 안내", "보안 정책 변경 알림", "오류 잠금 해제 절차 안내"]))
    w = r.choice(["비밀번호", "비밀 번호"])
    d.P(f"모든 직원은 {dt(2026, r.randint(3, 5), r.randint(1, 28))}까지 행정포털 {w}를 변경하여야 합니다.")
    d.P(r.choice(["비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 설정하십시오.", "최근 사용한 비밀번호 3개는 다시 사용할 수 없습니다.", "5회 이상 틀리면 계정이 잠기며, 정보통신과에 해제를 요청하여야 합니다."]))
    d.P(f"문의: 정보통신과 주무관 {pname(r)} ({office_tel(r)})")
    d.cue("mention", "body", w); d.flags.append("mention_only")
    d.label("public", "none", [], "'비밀번호' is a password notice, not a 비밀 classification.")
    add(d)


def t_sec_guide(i):
    r = R("sec_guide", i); d = Doc("sec_guide", ["handling", "foi_guide", "audit_summary", "marking_examples"][i % 4], "지침·안내서", i)
    org, _ = org_pick(r)
    if d.var == "foi_guide":
        d.P(f"{org} 정보공개 업무 안내서")
        q1, q2 = "부분공개(6)", "비공개(제9조 제1항 제5호)"
        d.P(f"공문의 공개구분란에는 '공개', '{q1}', '{q2}'와 같이 해당 호를 함께 적는다.")
        d.P("개인정보가 포함된 부분만 가리고 나머지를 공개할 수 있으면 부분공개로 결정한다.")
        d.cue("mention", "body", q1); d.cue("mention", "body", q2)
    elif d.var == "audit_summary":
        d.P(f"{dt(2025, r.randint(3, 11), r.randint(1, 28))} 보안감사 결과 요약(공개용)")
        q = r.choice(["대외비", "Ⅲ급비밀"])
        d.P(f"점검 결과 {q} 문서의 관리대장 기재 누락 {r.randint(1, 5)}건, 보호구역 출입기록 미비 {r.randint(1, 4)}건이 확인되어 시정 조치하였다.")
        d.cue("mention", "body", q)
    else:
        d.P(f"{org} 비밀·대외비 문서 취급 요령")
        ex = r.sample(["대 외 비", "Ⅲ급비밀", "비밀(Ⅱ급)", "《대외비》", "III급 비밀"], 2)
        d.P(f"1. 대외비 문서는 첫 면과 끝 면의 위·아래 가운데에 '{ex[0]}'와 같이 표시한다.")
        d.P(f"2. 비밀은 등급에 따라 '{ex[1]}' 등으로 표시하고 예고문에 보호기간을 적는다.")
        d.P("3. 보호기간이 지난 문서는 예고문에 따라 재분류하거나 일반문서로 관리한다.")
        d.cue("mention", "body", ex[0]); d.cue("mention", "body", ex[1])
    d.flags.append("mention_only")
    d.label("public", "none", [], "Guide/summary that quotes stamps or disclosure codes; the document itself is unclassified and has no sensitive content.")
    add(d)


def t_declass(i):
    r = R("declass", i); d = Doc("declass", ["declass", "downgrade", "expiry_notice"][i % 3], "비밀 해제 통보", i)
    org, sender = org_pick(r); dept = "비상대비팀"
    org_block(d, r, org, "수신자 참조", r.choice(["비밀 해제 통보", "비밀 재분류(해제) 결과 알림", "보호기간 만료 비밀의 일반문서 재분류 통보"]))
    q = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "III급 비밀", "대외비"])
    d.P(f"1. 아래 문서는 {r.choice(['보호기간 만료', '비밀 재분류 심사 결과'])}에 따라 {q}에서 해제되어 일반문서로 재분류되었음을 알립니다.")
    d.T([["문서번호", "제목", "해제일"], [f"비상-{r.randint(10, 999)}", f"{2019 + r.randint(0, 4)}년 {r.choice(['충무계획 부록', '비상연락 체계도', '전시 행정 지침'])}", dt(2025, r.randint(1, 12), r.randint(1, 28))]])
    d.P("2. 각 기관은 보유 사본의 비밀 표시를 말소하고 관리대장을 정리하여 주시기 바랍니다.")
    d.cue("mention", "body", q); d.flags.append("mention_only")
    gm_closing(d, r, sender, dept, "공개")
    d.label("public", "none", [], "Declassification notice: names a grade only to say it was lifted.")
    add(d)


def t_personnel_order(i):
    r = R("personnel_order", i); d = Doc("personnel_order", ["promotion", "transfer", "retire"][i % 3], "인사 발령", i)
    org, _ = org_pick(r)
    y, m, dd = rdate(r)
    d.P(f"{org} 인사 발령 ({dt(y, m, dd)}자)")
    g = r.choice([("3급(부이사관)", "국장"), ("1급(관리관)", "실장"), ("2급(이사관)", "정책관"), ("4급(서기관)", "과장")])
    rows = [["발령사항", "소속", "직급", "성명"]]
    n = pname(r)
    rows.append([r.choice(["승진 임용", "전보", "직무대리 명"]), f"{r.choice(DEPTS)}", g[0], n])
    rows.append(["전보", r.choice(DEPTS), "5급(행정사무관)", pname(r)])
    d.T(rows); d.cue("mention", "table", g[0])
    if i % 2:
        d.P(f"{n} {g[1]}은 {r.choice(['예산', '도시계획', '재난안전', '감사'])} 분야에서 근무해 왔다.")
    d.flags.append("mention_only")
    d.label("public", "none", [], f"'{g[0]}' is a civil-service grade, not a secret grade; appointments of officials are public.")
    add(d)


def t_promo_review(i):
    r = R("promo_review", i); d = Doc("promo_review", ["evaluation", "ranking"][i % 2], "인사 심사", i)
    org, _ = org_pick(r)
    d.P(f"{org} {2026}년 상반기 승진 후보자 {r.choice(['근무성적 평정 결과', '역량평가 순위', '승진심사 사전 검토 자료'])}")
    rows = [["순위", "성명", "평정점", "비고"]]
    for k in range(4):
        rows.append([str(k + 1), pname(r), f"{r.randint(80, 99)}.{r.randint(0, 9)}", r.choice(["", "징계기록 말소 전", "휴직 경력", "가점 대상"])])
    d.T(rows); d.cue("private_person", "table", rows[1][1])
    s = r.choice(["심사위원회 개최 전 내부 검토용 자료임.", "본 자료는 승진심사 의결 전 참고용으로만 사용한다."])
    d.P(s); d.cue("internal_review", "body", s)
    d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "Personnel evaluation scores of named officials (non-official capacity) during 인사관리 decision process.")
    add(d)


def t_minutes(i):
    r = R("minutes", i); v = ["open", "named", "internal", "internal_daeoebi"][i % 4]
    d = Doc("minutes", v, "회의록", i)
    org, _ = org_pick(r)
    comm = r.choice(["도시계획위원회", "주민참여예산위원회", "지역치안협의회", "공공디자인위원회", "교통영향평가 심의회", "지역보건의료심의위원회"])
    y, m, dd = rdate(r)
    if v == "internal_daeoebi":
        st = daeoebi_stamp(r)
        d.header.append(st); d.cue("stamp", "header", st)
    d.P(f"{r.choice(['제', '2026년 제'])}{r.randint(1, 12)}차 {org} {comm} 회의록" if v in ("open", "named") else f"{org} {r.choice(['간부회의', '현안 점검 회의', '정책조정회의'])} 결과")
    d.P(f"일시: {dt(y, m, dd)} {r.randint(10, 16)}:00 / 장소: {org} {r.choice(['소회의실', '본관 3층 회의실'])}")
    if v == "open":
        d.P(f"참석: 위원 {r.randint(7, 15)}명(위원장 포함), 간사 1명")
        d.P("안건 1. " + r.choice(["지구단위계획 변경(안)", "보행환경 개선사업 설계", "가로등 디자인 기준"]) + " — 원안 가결")
        d.P("주요 의견: " + r.choice(["보행자 안전 확보 방안을 보완할 것.", "주민 의견 수렴 결과를 추가 제출할 것.", "경관 심의 결과를 반영할 것."]))
        d.P("발언자는 'A위원', 'B위원'으로 표기하였음.")
        d.label("public", "none", [], "Published minutes with speakers anonymised (A위원/B위원).")
    elif v == "named":
        d.P("참석 위원")
        rows = [["구분", "성명", "소속"]]
        for k in range(3):
            rows.append(["민간위원", pname(r), r.choice(["시민단체", "대학교", "주민대표", "건축사사무소"])])
        d.T(rows)
        d.P(f"{rows[1][1]} 위원: " + r.choice(["저희 동네 주민들은 공사 소음 때문에 반대가 많습니다.", "예산 배분 기준이 특정 지역에 치우쳐 있다고 봅니다.", "제 집 앞 도로 확장은 재검토가 필요합니다."]))
        d.cue("private_person", "body", rows[1][1] + " 위원")
        d.label("partial", "none", ["OIDA-9-1-6"], "Minutes disclosable after masking private committee members' names attached to their statements.")
    else:
        d.P("참석: " + ", ".join(r.choice(["부시장", "기획조정실장", "안전국장", "재정국장"]) for _ in range(3)))
        s = r.choice(["논의 결과: 요금 인상 폭은 관계기관 협의 후 재논의하기로 함(최종 결정 전).",
                      "논의 결과: 시설 매각 여부는 차기 회의에서 결정하되 검토안은 외부 공개하지 않기로 함.",
                      "논의 결과: 구조조정 대상 부서 명단은 확정 전까지 내부 검토 자료로 관리함."])
        d.P(s); d.cue("internal_review", "body", s[7:])
        d.label("non_public", "대외비" if v == "internal_daeoebi" else "none", ["OIDA-9-1-5"], "Internal decision-process meeting; " + ("live 대외비 stamp." if v == "internal_daeoebi" else "no stamp."))
    add(d)


def t_audit(i):
    r = R("audit", i); v = ["public_result", "disposition", "interview"][i % 3]
    d = Doc("audit", v, "감사 결과", i)
    org, _ = org_pick(r)
    if v == "public_result":
        d.P(f"{org} {r.choice(['종합감사', '특정감사', '복무감사'])} 결과 공개")
        d.T([["지적 사항", "조치", "관련자"], [r.choice(["보조금 정산 부적정", "계약 업무 처리 소홀", "초과근무 수당 부당 수령"]), r.choice(["주의", "시정", "회수"]), "A주무관 등 2명"]])
        d.P("관련자의 신원은 개인정보 보호를 위하여 익명 처리하였다.")
        d.label("public", "none", [], "Published audit result with persons anonymised.")
    elif v == "disposition":
        d.P(f"{org} 감사 처분요구서")
        n = pname(r)
        d.P(f"관련자: {r.choice(DEPTS)} 6급 {n}")
        d.P(f"위 사람은 {r.choice(['출장비를 이중으로 청구', '관용차량을 사적으로 사용', '근무지를 무단으로 이탈'])}하였으므로 경징계 의결을 요구함.")
        d.cue("private_person", "body", n)
        d.P("처분 요구 내용 및 근거 규정은 원문 그대로 공개할 수 있으나 관련자 인적사항은 제외한다.")
        d.label("partial", "none", ["OIDA-9-1-6"], "Audit disposition: content disclosable, identity of the official facing discipline (non-official capacity) removed.")
    else:
        d.header.append(r.choice(["감사 진행 중 — 외부 유출 금지", "※ 감사 문답서"]))
        n = pname(r)
        d.P(f"문답서 (피감사인: {n})")
        d.P(f"문: {dt(*rdate(r))} 계약 업무와 관련하여 업체 관계자를 만난 사실이 있습니까?")
        d.P(f"답: {r.choice(['네, 식사를 한 적은 있으나 금품은 받지 않았습니다.', '기억나지 않습니다.', '업무 협의 목적이었습니다.'])}")
        d.cue("private_person", "body", n)
        d.label("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "Audit interview record during an ongoing audit with the named respondent.")
    add(d)


def t_discipline(i):
    r = R("discipline", i); v = ["dui", "dui_rrn", "harassment", "absence", "dui"][i % 5]
    d = Doc("discipline", v, "징계의결서", i)
    org, _ = org_pick(r)
    n = pname(r)
    d.P(f"{org} {r.choice(['보통징계위원회', '인사위원회', '징계위원회'])} 징계의결서")
    rows = [["소속", r.choice(DEPTS)], ["직급", r.choice(["행정6급", "시설7급", "행정주사보", "세무8급"])], ["성명", n]]
    if v == "dui_rrn":
        rows.append(["주민등록번호", rrn(r)]); d.cue("unmasked_id", "table", rows[-1][1])
    d.T(rows); d.cue("private_person", "table", n)
    reasons = ["OIDA-9-1-6"]
    if v.startswith("dui"):
        s = f"혐의자는 {dt(2025, r.randint(1, 11), r.randint(1, 28))} 혈중알코올농도 {r.choice(['0.08', '0.112', '0.154'])}% 상태로 운전하다 적발되어 {r.choice(['벌금 700만 원', '벌금 1,000만 원', '징역 6월에 집행유예 1년'])}의 형이 확정되었다."
        d.P(s); d.cue("conviction", "body", "형이 확정되었다"); reasons.append("PIPA-23")
        if v == "dui_rrn":
            reasons.append("PIPA-24")
    elif v == "harassment":
        d.P("혐의자는 부하 직원에게 반복적으로 폭언을 하여 품위유지 의무를 위반하였다.")
    else:
        d.P(f"혐의자는 {r.randint(3, 9)}일간 무단결근하여 성실 의무를 위반하였다.")
    d.P(f"의결 주문: {r.choice(['정직 1월', '감봉 2월', '견책', '강등'])}")
    d.label("non_public", "none", reasons, "Disciplinary record of a named official" + (" with criminal conviction (PIPA-23)" if "PIPA-23" in reasons else "") + (" and full RRN (PIPA-24)" if "PIPA-24" in reasons else "") + ".")
    add(d)


def t_health_union(i):
    r = R("health_union", i); v = ["sick_leave", "sick_leave", "union_dues", "medical_exam"][i % 4]
    d = Doc("health_union", v, "복무·노무", i)
    org, _ = org_pick(r)
    if v == "union_dues":
        d.P(f"{org} 공무원노동조합 {r.choice(['조합비 급여 공제 명단', '조합원 가입 현황'])} ({2026}. {r.randint(1, 2)}.)")
        rows = [["소속", "성명", "조합비(원)"]] + [[r.choice(DEPTS), pname(r), f"{r.randint(15, 40) * 1000:,}"] for _ in range(4)]
        d.T(rows); d.cue("union", "title", "공무원노동조합")
        d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "Roster of named trade-union members = sensitive data (PIPA-23).")
    else:
        n = pname(r); ill = r.choice(ILLS)
        d.P(f"{org} {'질병휴직 승인' if v == 'sick_leave' else '건강검진 결과 사후관리 대상 통보'}")
        d.T([["성명", n], ["소속", r.choice(DEPTS)], ["진단명", ill], ["기간", f"{dt(2026, 1, r.randint(1, 28))} ~ {dt(2026, r.randint(4, 9), r.randint(1, 28))}"]])
        d.cue("health", "table", ill); d.cue("private_person", "table", n)
        d.label("non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "Health record of a named official (diagnosis).")
    add(d)


def t_roster(i):
    r = R("roster", i); v = ["emergency", "emergency", "emergency_rrn", "duty", "passport"][i % 5]
    d = Doc("roster", v, "명부", i)
    org, _ = org_pick(r)
    d.P(f"{org} " + {"emergency": "비상연락망", "emergency_rrn": "재난 대응 동원 인력 명부", "duty": "당직 근무자 연락처", "passport": "해외 연수 참가자 명단"}[v])
    if v == "passport":
        rows = [["성명", "여권번호", "휴대전화"]] + [[pname(r), passport(r), mobile(r)] for _ in range(3)]
    elif v == "emergency_rrn":
        rows = [["성명", "주민등록번호", "주소", "휴대전화"]] + [[pname(r), rrn(r), addr(r), mobile(r)] for _ in range(3)]
    else:
        rows = [["성명", "자택 주소", "휴대전화"]] + [[pname(r), addr(r), mobile(r)] for _ in range(4)]
    d.T(rows)
    reasons = ["OIDA-9-1-6"]
    if v in ("passport", "emergency_rrn"):
        d.cue("unmasked_id", "table", rows[1][1]); reasons.append("PIPA-24")
    else:
        d.cue("private_contact", "table", rows[1][2])
    d.label("non_public", "none", reasons, "Roster consisting only of personal data (home addresses/mobiles" + (", unmasked IDs" if len(reasons) > 1 else "") + ").")
    add(d)


def t_procure(i):
    r = R("procure", i); v = ["notice", "price_breakdown", "price_owner_acct", "eval_committee", "price_breakdown"][i % 5]
    d = Doc("procure", v, "입찰·계약", i)
    org, sender = org_pick(r)
    comp = r.choice(COMPANIES)
    no = f"R26BK{r.randint(10000000, 99999999)}-00"
    if v == "notice":
        d.P(f"{org} 공고 제2026-{r.randint(10, 999)}호")
        d.P(f"{r.choice(['청사 방수공사', '통합관제센터 유지보수 용역', '공용차량 구매', '하수관로 정비공사'])} 입찰 공고")
        d.T([["공고번호", no], ["추정가격", f"{r.randint(100, 900) * 1000000:,}원"], ["입찰서 제출 마감", dt(2026, r.randint(3, 5), r.randint(1, 28))]])
        d.P("입찰 참가 자격 및 세부 사항은 국가종합전자조달시스템을 참고하시기 바랍니다.")
        d.label("public", "none", [], "입찰 공고; no sensitive data (공고번호 is not PII).")
    elif v in ("price_breakdown", "price_owner_acct"):
        d.P(f"{org} 계약 체결 결과 및 원가계산서")
        d.T([["계약상대자", comp], ["계약금액", f"{r.randint(200, 900) * 1000000:,}원"]])
        d.P("세부 원가 내역(업체 제출)")
        rows = [["항목", "단가(원)", "이윤율"], ["노무비", f"{r.randint(3, 9) * 1000000 + r.randint(0, 999) * 100:,}", f"{r.randint(5, 15)}%"], ["자재비", f"{r.randint(1, 9) * 1000000:,}", f"{r.randint(5, 15)}%"]]
        d.T(rows); d.cue("business_secret", "table", "이윤율")
        reasons = ["OIDA-9-1-7"]
        if v == "price_owner_acct":
            own = pname(r)
            d.P(f"대금 지급 계좌: {r.choice(BANKS)} {acct(r)} (예금주 대표자 {own} 개인 명의)")
            d.cue("private_person", "body", own); reasons.append("OIDA-9-1-6")
        d.P("계약 체결 사실과 금액은 공개하되 업체의 원가 산출 내역은 영업상 비밀로 보호한다.")
        d.label("partial", "none", reasons, "Contract result disclosable; supplier's cost breakdown (-7)" + (" and owner's personal account (-6)" if v == "price_owner_acct" else "") + " removed.")
    else:
        d.header.append(r.choice(["평가 완료 전 대외 유출 금지", "※ 내부 평가 자료"]))
        d.P(f"{org} 제안서 기술평가 위원 선정 및 채점 현황 ({no})")
        d.T([["위원", "A사", "B사"], ["위원1", str(r.randint(70, 95)), str(r.randint(70, 95))], ["위원2", str(r.randint(70, 95)), str(r.randint(70, 95))]])
        s = "평가가 진행 중이므로 위원 명단과 채점표는 낙찰자 결정 전까지 공개하지 아니한다."
        d.P(s); d.cue("internal_review", "body", "평가가 진행 중")
        d.label("non_public", "none", ["OIDA-9-1-5"], "Ongoing bid evaluation scoring (입찰계약 -5).")
    add(d)


def t_civil_reply(i):
    r = R("civil_reply", i); v = ["anon", "named", "named_rrn", "health", "named", "anon"][i % 6]
    d = Doc("civil_reply", v, "민원 회신", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    n = pname(r)
    who = mask_name(n, r.choice("osm")) if v == "anon" else n
    d.P(f"{org} 민원 처리 결과 통지")
    d.P(f"민원인: {who} 귀하")
    if v != "anon":
        d.P(f"주소: {addr(r)}"); d.cue("private_person", "body", n)
    if v == "named_rrn":
        idv = rrn(r) if i % 2 else frn(r)
        d.P(f"{'주민등록번호' if i % 2 else '외국인등록번호'}: {idv}"); d.cue("unmasked_id", "body", idv)
    d.P(f"접수번호: 1AA-{r.randint(2401, 2602)}-{r.randint(1000000, 9999999)}")
    if v == "health":
        ill = r.choice(ILLS)
        d.P(f"귀하께서 {ill} 치료 중이라 하신 사정을 고려하여 {r.choice(['장애인 주차구역 이용', '방문 민원 처리', '분할 납부'])}을 허용하기로 하였습니다.")
        d.cue("health", "body", ill)
    d.P(r.choice(["귀하의 민원에 대한 검토 결과를 다음과 같이 알려드립니다.", "보내주신 의견을 관련 부서와 협의하였습니다.", "민원 내용에 대하여 현장 확인을 실시하였습니다."]))
    d.P(r.choice(["해당 구간에는 과속방지턱을 설치할 계획입니다.", "불법 주정차 단속을 강화하겠습니다.", "관련 법령상 허가가 어려움을 양해하여 주시기 바랍니다."]))
    d.P(f"담당: {dept} 주무관 {pname(r)} ({office_tel(r)})")
    lab = {"anon": ("public", [], "Reply with the complainant masked; only officials named."),
           "named": ("partial", ["OIDA-9-1-6"], "Complainant's name and address removable."),
           "named_rrn": ("partial", ["OIDA-9-1-6", "PIPA-24"], "Complainant's unmasked RRN/FRN."),
           "health": ("partial", ["OIDA-9-1-6", "PIPA-23"], "Complainant's health condition named; reply otherwise disclosable.")}[v]
    d.label(lab[0], "none", lab[1], lab[2])
    add(d)


def t_investigation(i):
    r = R("investigation", i)
    v = ["suspect", "suspect_rrn", "suspect_record", "litigation", "daeoebi_intel", "public_verdict"][i % 6]
    d = Doc("investigation", v, "수사·재판", i)
    org, sender = org_pick(r); dept = r.choice(["감사담당관", "법무팀", "세무과", "운영지원과"])
    n = pname(r)
    if v == "public_verdict":
        d.P(f"{org} 알림: {r.choice(['보조금 부정수급', '입찰 담합'])} 사건 판결 확정")
        d.P(f"{r.choice(['라온지방법원', '새결지방법원'])} {r.randint(2024, 2025)}고단{r.randint(1000, 9999)} 사건이 확정됨에 따라 부정수급액 환수 절차를 마쳤다.")
        d.P("피고인의 신원은 공개하지 않으며, 환수 금액은 총 " + f"{r.randint(1, 9)}억 {r.randint(100, 999)}만 원이다.")
        d.label("public", "none", [], "Notice of a concluded case; no identifiable person, case number is not PII.")
        add(d); return
    if v == "daeoebi_intel":
        st = daeoebi_stamp(r)
        d.header.append(st); d.cue("stamp", "header", st)
        if i % 2:
            d.footer.append(st); d.cue("stamp", "footer", st)
    org_block(d, r, org, r.choice(["라온지방경찰청장(수사과장)", "새결지방검찰청 검사장", f"{r.choice(CITIES)}경찰서장"]),
              {"suspect": "수사 협조 의뢰(피의자 자료 송부)", "suspect_rrn": "고발 대상자 인적사항 송부", "suspect_record": "범죄경력 조회 결과 회신",
               "litigation": "행정소송 대응 방안 보고", "daeoebi_intel": "불법 폐기물 투기 단속 기획 수사 협조"}[v], via=False)
    reasons = ["OIDA-9-1-4"]
    if v in ("suspect", "suspect_rrn", "suspect_record"):
        d.P(f"1. 귀 청에서 수사 중인 {r.choice(['보조금 편취', '공문서 위조', '허위 용역 계약'])} 사건과 관련하여 피의자 자료를 아래와 같이 송부합니다.")
        rows = [["성명", n], ["주소", addr(r)]]
        if v == "suspect_rrn":
            rows.append(["주민등록번호", rrn(r)]); d.cue("unmasked_id", "table", rows[-1][1])
        d.T(rows); d.cue("private_person", "table", n); reasons.append("OIDA-9-1-6")
        if v == "suspect_rrn":
            reasons.append("PIPA-24")
        if v == "suspect_record":
            d.P(f"2. 조회 결과 위 사람은 {r.choice(['2019년 사기죄로 징역 1년', '2021년 업무상횡령죄로 벌금 500만 원'])}의 전과가 있음.")
            d.cue("conviction", "body", "전과가 있음"); reasons.append("PIPA-23")
        d.P("3. 본 자료는 수사 목적 외로 사용할 수 없습니다.")
        gm_closing(d, r, sender, dept, "비공개(4)")
        d.label("non_public", "none", reasons, "Investigation material naming a suspect.")
    elif v == "litigation":
        d.P(f"1. {r.choice(['라온행정법원', '새결지방법원'])} {r.randint(2025, 2026)}구합{r.randint(10000, 99999)} 사건(원고 {r.choice(COMPANIES)})이 진행 중임.")
        s = "2. 대응 전략: 처분 사유 추가·변경 가능성과 패소 위험도를 검토한 결과 화해 권고 수용 여부를 내부적으로 결정할 필요가 있음."
        d.P(s); d.cue("litigation", "body", "화해 권고 수용 여부")
        gm_closing(d, r, sender, dept, "비공개(4)")
        d.label("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-5"], "Strategy paper on pending litigation (-4) still under internal decision (-5).")
    else:
        d.P(f"1. {r.choice(COUNTIES)} 일대 불법 투기 행위에 대하여 {dt(2026, r.randint(3, 6), r.randint(1, 28))}부터 잠복 단속을 실시할 예정입니다.")
        d.P("2. 단속 일정·장소가 사전에 알려지면 증거 인멸 우려가 있으므로 관계자 외 열람을 금합니다.")
        d.cue("investigation", "body", "잠복 단속")
        gm_closing(d, r, sender, dept, "비공개(4)")
        d.label("non_public", "대외비", ["OIDA-9-1-4"], "Live 대외비 planned enforcement operation (-4); no -1 for 대외비.")
    add(d)


def secret_stamp(r, grade):
    return r.choice({"III급": S3, "II급": S2, "I급": S1}[grade])


def t_facility(i):
    r = R("facility", i)
    v = ["III_live", "III_live", "III_expired", "daeoebi_live", "daeoebi_expired", "II_live", "I_live", "public_guide", "II_to_daeoebi", "II_live"][i % 10]
    d = Doc("facility", v, "시설 보호 계획", i)
    org, _ = org_pick(r)
    fac = r.choice(["정수장", "변전소", "통합관제센터", "항만 통제소", "데이터센터", "댐 관리동", "가스 정압기지"])
    copyno = f"사본번호: {r.randint(1, 5)}/{r.randint(5, 9)}"
    if v == "public_guide":
        d.P(f"{org} {fac} 견학 및 출입 안내")
        d.P("견학은 사전 예약제로 운영하며, 방문객은 신분증을 지참하여야 합니다.")
        d.P(r.choice(["보호구역 내 사진 촬영은 금지됩니다.", "견학 동선은 안내 직원의 지시에 따르십시오."]))
        d.label("public", "none", [], "Public visitor guide; no protected details.")
        add(d); return
    title = f"{org} {fac} {r.choice(['방호 계획', '테러 대비 경비 계획', '비상 시 통제 계획', '보호구역 운영 계획'])}"
    if v.startswith("III") or v.startswith("II") or v.startswith("I_"):
        grade = "III급" if v.startswith("III") else ("II급" if v.startswith("II") else "I급")
        st = secret_stamp(r, grade)
        if v in ("III_expired",):
            end = past_date(r); notice = f"예고문: {end}까지 {GRADE_WORD[grade]}, 이후 일반문서로 재분류"
        elif v == "II_to_daeoebi":
            end = past_date(r); notice = f"예고문: {end}까지 {GRADE_WORD[grade]}, 이후 대외비로 재분류"
        else:
            end = future_date(r); notice = r.choice([f"예고문: {end}까지 {GRADE_WORD[grade]}, 이후 일반문서로 재분류", f"예고문 : {end} 일반문서로 재분류", f"보호기간: {end}까지"])
        d.cover += [st, title, notice, copyno]
        d.cue("stamp", "cover", st); d.cue("notice", "cover", notice); d.cue("copy_number", "cover", copyno)
        d.header.append(st); d.footer.append(st)
        d.cue("stamp", "header", st); d.cue("stamp", "footer", st)
    else:
        st = daeoebi_stamp(r, r.choice([0, 1, 2, 5, 6, 7]))
        if v == "daeoebi_expired":
            end = past_date(r); notice = f"대외비(보호기간: {end}까지)"
        else:
            end = future_date(r); notice = f"대외비(보호기간: {end}까지)"
        d.header.append(st); d.cue("stamp", "header", st)
        d.footer.append(notice); d.cue("notice", "footer", notice)
    d.P(title)
    d.P("1. 목적: " + r.choice(["비상사태 발생 시 시설 기능을 유지하기 위함.", "외부 침입 및 테러 위협에 대비하기 위함.", "재난 시 핵심 설비를 보호하기 위함."]))
    d.T([["구역", "경계 인원", "출입 통제 방식"], ["제한구역", f"{r.randint(2, 6)}명", "지문 인식"], ["통제구역", f"{r.randint(2, 6)}명", "2중 잠금 및 CCTV"]])
    d.P(f"2. 취약 지점: {r.choice(['북측 울타리', '지하 배관 통로', '비상 발전기실'])} 주변 감시 사각지대 {r.randint(2, 5)}곳")
    d.cue("facility", "body", "취약 지점")
    if v in ("II_live", "I_live"):
        d.P("3. 국가 비상사태 시 군·경 합동 배치 및 대체 통신망 주파수 운용 계획은 별지와 같음.")
    if v in ("III_live",):
        d.label("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3"], "Live Ⅲ급 protection plan: -1 (secret under 보안업무규정) + content -3 (facility protection).")
    elif v == "II_live":
        d.label("non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3"], "Live Ⅱ급 plan involving national emergency deployment: -1 + -2 + -3.")
    elif v == "I_live":
        d.label("non_public", "I급", ["OIDA-9-1-1", "OIDA-9-1-2"], "Live Ⅰ급 wartime plan: -1 + -2.")
    elif v == "daeoebi_live":
        d.label("non_public", "대외비", ["OIDA-9-1-3"], "Live 대외비 facility protection plan: content reason -3 only.")
    elif v == "II_to_daeoebi":
        d.flags.append("expired_notice")
        d.label("non_public", "대외비", ["OIDA-9-1-3"], f"Ⅱ급 period ended {end} (before {REF_STR}); 예고문 reclassifies to 대외비, so it now carries 대외비: -3 only, no -1.")
    else:
        d.flags.append("expired_notice")
        d.label("partial", "none", ["OIDA-9-1-3"], f"Protection period ended {end} (before {REF_STR}) and the notice reclassifies it to 일반문서: marking none; vulnerable-point details still withheld (-3), rest disclosable.")
    add(d)


def t_classified_plan(i):
    r = R("classified_plan", i)
    v = ["III_comm", "III_comm", "II_mobil", "III_comm", "II_mobil", "I_war", "III_expired_pub"][i % 7]
    d = Doc("classified_plan", v, "비상대비 계획", i)
    org, _ = org_pick(r)
    grade = {"III_comm": "III급", "II_mobil": "II급", "I_war": "I급", "III_expired_pub": "III급"}[v]
    st = secret_stamp(r, grade)
    if v == "III_expired_pub":
        end = past_date(r); notice = f"예고문: {end}까지 {GRADE_WORD[grade]}, 이후 일반문서로 재분류"
    else:
        end = future_date(r); notice = r.choice([f"예고문: {end}까지 {GRADE_WORD[grade]}, 이후 일반문서로 재분류", f"예고문 {end}. 일반문서로 재분류" .replace("..", "."), f"보호기간: {end}까지"])
    where = i % 3
    d.header.append(st); d.cue("stamp", "header", st)
    if where != 1:
        d.footer.append(st); d.cue("stamp", "footer", st)
    if where == 2:
        d.T([["보안등급", st], ["예고문", notice]]); d.cue("notice", "table", notice)
    else:
        d.footer.append(notice); d.cue("notice", "footer", notice)
    if v == "III_expired_pub":
        d.P(f"{org} {2023}년 을지연습 행정기관 통신 운용 결과")
        d.P("연습 기간 중 행정전화 개통률은 98%였으며, 개선 과제로 위성전화 교육 확대를 제시하였다.")
        d.flags.append("expired_notice")
        d.label("public", "none", [], f"예고문 date {end} is before {REF_STR} and reclassifies to 일반문서; remaining content is a generic exercise summary -> public, no reasons.")
        add(d); return
    if v == "III_comm":
        d.P(f"{org} {r.choice(['전시 행정 통신망 구성도', '비상 지휘소 운영 계획', '충무계획 부록: 대체 통신 운용'])}")
        d.T([["회선", "경로", "예비"], [f"주회선 {r.randint(1, 9)}", r.choice(["지하 광케이블 A", "위성 회선"]), r.choice(["무선망", "마이크로웨이브"])]])
        d.P("비상 지휘소 위치 좌표와 암호 통신 운용 절차는 별첨과 같다.")
        d.label("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-2"], "Live Ⅲ급 emergency communications plan: -1 + national-security content -2.")
    elif v == "II_mobil":
        d.P(f"{org} 비상대비 자원 동원 계획")
        d.T([["자원", "수량", "동원 시기"], ["수송 차량", f"{r.randint(20, 200)}대", "D+1"], ["의료 인력", f"{r.randint(10, 90)}명", "D+2"]])
        d.P("동원 자원의 집결지와 경비 인력 배치도는 적에게 노출될 경우 작전에 막대한 지장을 준다.")
        d.label("non_public", "II급", ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3"], "Live Ⅱ급 mobilisation plan incl. assembly points/guard layout: -1 + -2 + -3.")
    else:
        d.P(f"{org} 전시 정부 기능 유지 계획(요약)")
        d.P("전시 대체 청사의 위치, 주요 인사 이동 경로 및 암호 체계를 규정한다.")
        d.label("non_public", "I급", ["OIDA-9-1-1", "OIDA-9-1-2"], "Live Ⅰ급 wartime continuity plan: -1 + -2.")
    add(d)


def t_stats(i):
    r = R("stats", i); v = ["release", "release", "release", "prerelease_daeoebi", "micro_cells"][i % 5]
    d = Doc("stats", v, "통계 공표", i)
    org, _ = org_pick(r)
    y = r.choice([2024, 2025])
    if v == "prerelease_daeoebi":
        st = daeoebi_stamp(r)
        d.header.append(st); d.cue("stamp", "header", st)
        d.P(f"{org} {y}년 4분기 주택 가격 동향 (공표 전 사전 보고)")
        d.T([["지역", "상승률"], [r.choice(COUNTIES), f"{r.randint(3, 12)}.{r.randint(0, 9)}%"], [r.choice(CITIES), f"{r.randint(1, 5)}.{r.randint(0, 9)}%"]])
        s = f"공표일({dt(2026, r.randint(3, 4), r.randint(1, 28))}) 이전 유출 시 특정 지역 매수 쏠림이 우려됨."
        d.P(s); d.cue("realestate", "body", "매수 쏠림")
        d.label("non_public", "대외비", ["OIDA-9-1-5", "OIDA-9-1-8"], "Pre-release housing price statistics under 대외비: -5 and speculation risk -8.")
    elif v == "micro_cells":
        d.P(f"{org} {y}년 읍·면별 기초생활수급자 현황(내부 원자료)")
        rows = [["읍·면", "가구주", "수급 유형"]] + [[f"{r.choice(['동', '서', '남', '북'])}{r.choice(['하', '상', '중'])}면", pname(r), r.choice(["생계", "의료", "주거"])] for _ in range(3)]
        d.T(rows); d.cue("private_person", "table", rows[1][1])
        d.P("집계표는 공표하되 가구주 성명이 포함된 원자료 부분은 제외한다.")
        d.label("partial", "none", ["OIDA-9-1-6"], "Aggregate table disclosable, named household heads removed.")
    else:
        d.P(f"{org} {y}년 {r.choice(['인구동태', '사업체 조사', '관광 실태', '쓰레기 발생량'])} 통계 공표")
        d.T([["구분", f"{y - 1}년", f"{y}년", "증감률"], ["합계", f"{r.randint(10, 99)},{r.randint(100, 999)}", f"{r.randint(10, 99)},{r.randint(100, 999)}", f"{r.choice(['+', '-'])}{r.randint(0, 9)}.{r.randint(0, 9)}%"]])
        d.P(r.choice(["본 통계는 국가승인통계로 누리집에 함께 게시한다.", "세부 통계표는 통계정보시스템에서 내려받을 수 있다."]))
        d.label("public", "none", [], "Published statistics, aggregate only.")
    add(d)


def t_land(i):
    r = R("land", i); v = ["station_area", "greenbelt", "industrial"][i % 3]
    d = Doc("land", v, "개발계획 검토", i)
    org, _ = org_pick(r)
    d.P(f"{org} " + {"station_area": "신규 역세권 개발 예정 구역 검토", "greenbelt": "개발제한구역 해제 후보지 사전 검토", "industrial": "산업단지 확장 부지 매입 계획(안)"}[v])
    lots = [f"{r.choice(COUNTIES)} {r.choice(['하늘', '송정', '갈매', '두리', '새말'])}리 {r.randint(100, 999)}-{r.randint(1, 30)}" for _ in range(3)]
    d.T([["지번", "용도", "예상 보상가(원/㎡)"]] + [[l, r.choice(["전", "답", "임야"]), f"{r.randint(30, 300) * 1000:,}"] for l in lots])
    s = r.choice(["예정 구역과 보상가가 발표 전에 알려지면 투기 수요가 몰릴 우려가 있음.", "후보지 지번이 외부에 알려질 경우 지가 상승과 매점 행위가 예상됨."])
    d.P(s); d.cue("realestate", "table", lots[0])
    reasons = ["OIDA-9-1-8"] if i % 2 == 0 else ["OIDA-9-1-5", "OIDA-9-1-8"]
    if "OIDA-9-1-5" in reasons:
        d.P("최종 구역은 관계기관 협의 후 확정할 예정임(검토 단계).")
    d.label("non_public", "none", reasons, "Unannounced development lots with compensation prices (-8)" + (" still under review (-5)" if len(reasons) > 1 else "") + "; no stamp.")
    add(d)


def t_foi_notice(i):
    r = R("foi_notice", i); v = ["partial_named", "public_masked", "nonpub_named", "partial_named"][i % 4]
    d = Doc("foi_notice", v, "정보공개 결정 통지서", i)
    org, _ = org_pick(r)
    n = pname(r)
    d.P(f"{org} 정보 {r.choice(['(공개, 부분공개, 비공개) 결정 통지서', '공개 결정 통지서'])}")
    who = mask_name(n, "o") if v == "public_masked" else n
    d.T([["청구인", who], ["접수번호", f"{r.randint(1000000, 9999999)}"], ["청구 내용", r.choice(["2025년 업무추진비 집행 내역", "청사 리모델링 설계 용역 결과", "하천 정비사업 주민 의견서"])]])
    q = r.choice(["부분공개(6)", "비공개(제9조 제1항 제5호)", "부분공개(제9조 제1항 제6호)"])
    d.P(f"결정 내용: {q}"); d.cue("mention", "body", q)
    d.P("불복 방법: 이 결정에 이의가 있으면 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
    if v == "public_masked":
        d.label("public", "none", [], "FOI decision notice; claimant masked (김○○); decision codes are mentions only.")
    else:
        d.P(f"청구인 주소: {addr(r)}"); d.cue("private_person", "table", n)
        d.label("partial", "none", ["OIDA-9-1-6"], "FOI decision notice quoting decision codes (mention only); claimant's name/address removable.")
    d.flags.append("mention_only")
    add(d)


def t_subsidy(i):
    r = R("subsidy", i); v = ["masked_acct", "recipients", "exam_pass"][i % 3]
    d = Doc("subsidy", v, "지급·선정 결과", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    if v == "exam_pass":
        d.P(f"{org} {2026}년 {r.choice(['임기제 공무원', '공무직 근로자', '청년 인턴'])} 최종 합격자 명단")
        rows = [["응시번호", "성명", "생년월일"]] + [[f"{r.randint(1000, 9999)}", pname(r), dt(r.randint(1975, 2003), r.randint(1, 12), r.randint(1, 28))] for _ in range(4)]
        d.T(rows); d.cue("private_person", "table", rows[1][1])
        d.P("합격자 발표는 응시번호로 하며, 성명과 생년월일은 공개 대상에서 제외한다.")
        d.label("partial", "none", ["OIDA-9-1-6"], "Result list; names and DOBs of applicants removable.")
    else:
        org_block(d, r, org, "내부결재", r.choice(["소상공인 재기 지원금 지급 결과", "출산 축하금 지급 내역 보고", "귀농 정착 지원금 지급"]), via=False)
        rows = [["성명", "생년월일", "지급 계좌", "금액"]]
        for _ in range(3):
            a = acct(r); am = a[:-4] + "****"
            rows.append([pname(r), dt(r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)), f"{r.choice(BANKS)} {am if v == 'masked_acct' else a}", f"{r.randint(50, 300) * 10000:,}원"])
        d.T(rows); d.cue("private_person", "table", rows[1][0])
        d.P(r.choice(["총 지급액은 예산 범위 내에서 집행하였다.", "지급 대상자 선정 기준은 공고문과 같다."]))
        gm_closing(d, r, sender, dept, "부분공개(6)")
        d.label("partial", "none", ["OIDA-9-1-6"], "Payment result; private recipients' identities/accounts removable; no national IDs -> no PIPA-24.")
    add(d)


def t_committee_appoint(i):
    r = R("committee_appoint", i); v = ["contact", "dl_copy", "contact"][i % 3]
    d = Doc("committee_appoint", v, "위원 위촉", i)
    org, sender = org_pick(r); dept = r.choice(DEPTS)
    org_block(d, r, org, "내부결재", r.choice(["분쟁조정위원회 민간위원 위촉", "공유재산 심의위원 위촉(안)", "청소년정책 자문단 구성"]), via=False)
    rows = [["성명", "직업", "연락처", "주소"]] + [[pname(r), r.choice(["변호사", "교수", "회계사", "자영업"]), mobile(r), addr(r)] for _ in range(3)]
    d.T(rows); d.cue("private_person", "table", rows[1][0])
    reasons = ["OIDA-9-1-6"]
    if v == "dl_copy":
        x = dlic(r)
        d.P(f"※ 위원 수당 지급용 신분증 사본: 운전면허번호 {x}"); d.cue("unmasked_id", "body", x); reasons.append("PIPA-24")
    d.P("위촉 기간: 위촉일부터 2년")
    gm_closing(d, r, sender, dept, "부분공개(6)")
    d.label("partial", "none", reasons, "Appointment decision disclosable; private members' mobiles/addresses" + (" and licence number" if len(reasons) > 1 else "") + " removed.")
    add(d)


PLAN = [(t_gm_event, 12), (t_gm_attendees, 12), (t_gm_mislabel, 4), (t_gm_internal, 10), (t_cover_letter, 6), (t_press, 14),
        (t_pw_notice, 6), (t_sec_guide, 8), (t_declass, 6), (t_personnel_order, 9), (t_promo_review, 6), (t_minutes, 16),
        (t_audit, 15), (t_discipline, 10), (t_health_union, 8), (t_roster, 8), (t_procure, 15), (t_civil_reply, 18),
        (t_investigation, 18), (t_facility, 20), (t_classified_plan, 18), (t_stats, 12), (t_land, 6), (t_foi_notice, 12),
        (t_subsidy, 15), (t_committee_appoint, 11)]

# ------------------------------------------------------------------ HWPX writer
NSDECL = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
          'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
          'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
          'xmlns:opf="http://www.idpf.org/2007/opf/"')
ZDATE = (2026, 1, 1, 0, 0, 0)


class PCount:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


def hp_par(pid, text, pagebreak=False):
    return (f'<hp:p id="{pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="{1 if pagebreak else 0}" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="0"><hp:t>{escape(text)}</hp:t></hp:run></hp:p>')


def sublist(inner, va="TOP"):
    return (f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{va}" linkListIDRef="0" '
            f'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">{inner}</hp:subList>')


def hp_table(pc, rows):
    nr, nc = len(rows), max(len(x) for x in rows)
    W = 42520; cw = W // nc
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci in range(nc):
            cell = row[ci] if ci < len(row) else ""
            tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">'
                       + sublist(hp_par(pc(), cell), "CENTER")
                       + f'<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       f'<hp:cellSz width="{cw}" height="1282"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    tid = pc()
    tbl = (f'<hp:tbl id="{1000 + tid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           f'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="1" noAdjust="0">'
           f'<hp:sz width="{W}" widthRelTo="ABSOLUTE" height="{1282 * nr}" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
           + "".join(trs) + "</hp:tbl>")
    return (f'<hp:p id="{pc()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run></hp:p>')


def hwpx_bytes(doc, title):
    pc = PCount()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    ctrls = ""
    if doc.header:
        ctrls += ('<hp:ctrl><hp:header id="1" applyPageType="BOTH">' + sublist("".join(hp_par(pc(), h) for h in doc.header)) + '</hp:header></hp:ctrl>')
    if doc.footer:
        ctrls += ('<hp:ctrl><hp:footer id="2" applyPageType="BOTH">' + sublist("".join(hp_par(pc(), f) for f in doc.footer), "BOTTOM") + '</hp:footer></hp:ctrl>')
    first_text = doc.cover[0] if doc.cover else (doc.body[0][1] if doc.body and doc.body[0][0] == "p" else "")
    paras = [f'<hp:p id="{pc()}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{secpr}{ctrls}<hp:t>{escape(first_text)}</hp:t></hp:run></hp:p>']
    rest_cover = doc.cover[1:] if doc.cover else []
    body = list(doc.body)
    if not doc.cover and body and body[0][0] == "p":
        body = body[1:]
    for c in rest_cover:
        paras.append(hp_par(pc(), c))
    brk = bool(doc.cover)
    for k, v in body:
        if k == "p":
            paras.append(hp_par(pc(), v, pagebreak=brk)); brk = False
        else:
            if brk:
                paras.append(hp_par(pc(), "", pagebreak=True)); brk = False
            paras.append(hp_table(pc, v))
    section = f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec {NSDECL}>' + "".join(paras) + "</hs:sec>"
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head {NSDECL} version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              '<hh:fontfaces itemCnt="2"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>'
              '<hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" '
           'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" version="" unique-identifier="" id="">'
           f'<opf:metadata><opf:title>{escape(title)}</opf:title><opf:language>ko</opf:language>'
           '<opf:meta name="creator" content="text">sens_an</opf:meta><opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta>'
           '<opf:meta name="ModifiedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>')
    container = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>')
    manifest = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    version = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
               'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12.0.0.1"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
                'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>')
    prv = "\n".join(doc.logical_lines())[:1000]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def put(name, data, stored=False):
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        put("mimetype", "application/hwp+zip", stored=True)
        put("version.xml", version)
        put("Contents/header.xml", header)
        put("Contents/section0.xml", section)
        put("settings.xml", settings)
        put("Preview/PrvText.txt", prv)
        put("META-INF/container.xml", container)
        put("META-INF/manifest.xml", manifest)
        put("Contents/content.hpf", hpf)
    return buf.getvalue()


def hwpx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        for n in ("META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"):
            assert n in names, n
        import xml.dom.minidom
        for n in names:
            if n.endswith((".xml", ".hpf")):
                xml.dom.minidom.parseString(z.read(n))
        sec = z.read("Contents/section0.xml").decode("utf-8")
    from xml.sax.saxutils import unescape
    return "\n".join(unescape(t) for t in re.findall(r"<hp:t>(.*?)</hp:t>", sec, flags=re.S))

# ------------------------------------------------------------------ PDF writers
_FONTS = {}


def rl_fonts():
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NanumGothic", FONT_R))
        pdfmetrics.registerFont(TTFont("NanumGothicBold", FONT_B))
        _FONTS["ok"] = 1


def protect(s, cues):
    for c in cues:
        if " " in c and c in s:
            s = s.replace(c, c.replace(" ", "\u00a0"))
    return s


def wrap(s, width, measure):
    words = s.split(" ")
    out, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if measure(cand) <= width or not cur:
            cur = cand
        else:
            out.append(cur); cur = w
    out.append(cur)
    return [x.replace("\u00a0", " ") for x in out]


def layout(doc, measure, width, cues):
    """returns list of pages; each page = list of (kind, text or row) items; header/footer separate"""
    pages = []
    if doc.cover:
        pages.append([("cover", c) for c in doc.cover])
    cur = []
    for k, v in doc.body:
        if k == "p":
            for ln in wrap(protect(v, cues), width, measure):
                cur.append(("p", ln))
        else:
            for ri, row in enumerate(v):
                cur.append(("row", row, ri == 0))
    per = 34
    for s in range(0, max(len(cur), 1), per):
        pages.append(cur[s:s + per])
    return pages


def pdf_text_bytes(doc, title):
    rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title); c.setAuthor("sens_an"); c.setCreator("sens_an generator")
    cues = [q["text"] for q in doc.cues]
    pages = layout(doc, lambda s: stringWidth(s, "NanumGothic", 10.5), W - 144, cues)
    for pi, page in enumerate(pages):
        y = H - 60
        c.setFont("NanumGothicBold", 12)
        for h in doc.header:
            c.drawCentredString(W / 2, y, h); y -= 18
        y -= 10
        if page and page[0][0] == "cover":
            y = H - 250
            for k, (kind, txt) in enumerate(page):
                c.setFont("NanumGothicBold", 20 if k == 1 else 13)
                c.drawCentredString(W / 2, y, txt); y -= 40
        else:
            for it in page:
                if it[0] == "p":
                    c.setFont("NanumGothic", 10.5); c.drawString(72, y, it[1]); y -= 16
                else:
                    row = it[1]; cw = (W - 144) / max(len(row), 1)
                    c.setFont("NanumGothicBold" if it[2] else "NanumGothic", 9.5)
                    for ci, cell in enumerate(row):
                        c.rect(72 + ci * cw, y - 5, cw, 17, stroke=1, fill=0)
                        c.drawString(75 + ci * cw, y, cell)
                    y -= 17
        c.setFont("NanumGothicBold", 11)
        fy = 50 + 16 * (len(doc.footer) - 1)
        for f in doc.footer:
            c.drawCentredString(W / 2, fy, f); fy -= 16
        c.setFont("NanumGothic", 8); c.drawRightString(W - 40, 30, f"- {pi + 1} -")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_scan_bytes(doc, title, rng):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    PW, PH = 1240, 1754
    fr = ImageFont.truetype(FONT_R, 22); fb = ImageFont.truetype(FONT_B, 26); fbig = ImageFont.truetype(FONT_B, 40)
    cues = [q["text"] for q in doc.cues]
    pages = layout(doc, lambda s: fr.getlength(s), PW - 300, cues)
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title); c.setCreator("sens_an scanner sim")
    for pi, page in enumerate(pages):
        im = Image.new("L", (PW, PH), 246)
        dr = ImageDraw.Draw(im)

        def stamp(txt, cx, cy, font):
            w = font.getlength(txt)
            dr.rectangle([cx - w / 2 - 14, cy - 8, cx + w / 2 + 14, cy + 44], outline=60, width=4)
            dr.text((cx - w / 2, cy), txt, font=font, fill=55)
        y = 90
        for h in doc.header:
            stamp(h, PW / 2, y, fb); y += 62
        y += 20
        if page and page[0][0] == "cover":
            y = 520
            for k, (kind, txt) in enumerate(page):
                f = fbig if k == 1 else fb
                if k == 0:
                    stamp(txt, PW / 2, y, fb)
                else:
                    dr.text((PW / 2 - f.getlength(txt) / 2, y), txt, font=f, fill=25)
                y += 90
        else:
            for it in page:
                if it[0] == "p":
                    dr.text((150, y), it[1], font=fr, fill=20); y += 36
                else:
                    row = it[1]; cw = (PW - 300) / max(len(row), 1)
                    for ci, cell in enumerate(row):
                        dr.rectangle([150 + ci * cw, y - 6, 150 + (ci + 1) * cw, y + 32], outline=40, width=2)
                        dr.text((158 + ci * cw, y), cell, font=fb if it[2] else fr, fill=20)
                    y += 38
        fy = PH - 110 - 58 * (len(doc.footer) - 1)
        for f in doc.footer:
            stamp(f, PW / 2, fy, fb); fy += 58
        for _ in range(2500):
            x, yy = rng.randrange(PW), rng.randrange(PH)
            dr.point((x, yy), fill=rng.choice([0, 90, 150]))
        for _ in range(6):
            x = rng.randrange(PW); dr.line([(x, 0), (x + rng.randint(-8, 8), PH)], fill=rng.randint(200, 235), width=1)
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BILINEAR, fillcolor=236)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        jb = io.BytesIO(); im.save(jb, "JPEG", quality=72)
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text_extract(data):
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(data))
    return "\n".join((p.extract_text() or "") for p in rd.pages), len(rd.pages)

# ------------------------------------------------------------------ validation


UNMASKED = re.compile(r"(?<!\d)\d{6}-[1-8]\d{6}(?!\d)|(?<![A-Z0-9])[MS]\d{8}(?![0-9])|(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)")
GRADES = {"I급", "II급", "III급"}
CONTENT = {"OIDA-9-1-%d" % k for k in range(2, 9)} | {"PIPA-23"}


def check_labels(d):
    errs = []
    rs = set(d.reasons)
    if d.disclosure not in ("public", "partial", "non_public"):
        errs.append("disclosure")
    if d.marking not in ("none", "대외비", "I급", "II급", "III급"):
        errs.append("marking")
    if d.disclosure == "public" and rs:
        errs.append("public with reasons")
    if d.disclosure != "public" and not rs:
        errs.append("non-public without reasons")
    if "OIDA-9-1-1" in rs and d.marking not in GRADES:
        errs.append("-1 without secret grade")
    if d.marking in GRADES and ("OIDA-9-1-1" not in rs or not (rs & CONTENT)):
        errs.append("secret grade needs -1 + content reason")
    if d.marking == "대외비" and "OIDA-9-1-1" in rs:
        errs.append("-1 with 대외비")
    if d.marking != "none" and d.disclosure != "non_public":
        errs.append("live marking but not non_public")
    if "mention_only" in d.flags and d.marking != "none":
        errs.append("mention_only with marking")
    txt = d.text()
    has_unmasked = bool(UNMASKED.search(txt))
    if ("PIPA-24" in rs) != has_unmasked:
        errs.append(f"PIPA-24 vs unmasked id mismatch ({has_unmasked})")
    if "PIPA-24" in rs and not any(c["kind"] == "unmasked_id" and UNMASKED.fullmatch(c["text"]) for c in d.cues):
        errs.append("PIPA-24 needs unmasked_id cue")
    if "t_mislabeled" in d.flags and not ("공개" in [c["text"] for c in d.cues if c["kind"] == "disclosure_field"] and d.disclosure == "partial"):
        errs.append("mislabel")
    if not d.cues and d.disclosure != "public":
        errs.append("no cue")
    return errs

# ------------------------------------------------------------------ main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    out = a.out
    import shutil
    if os.path.isdir(os.path.join(out, "files")):
        shutil.rmtree(os.path.join(out, "files"))
    os.makedirs(os.path.join(out, "files"), exist_ok=True)
    for fn, n in PLAN:
        for i in range(n):
            fn(i)
    docs = DOCS
    # deterministic, stratified format assignment: stamped documents (live or expired marks)
    # are spread over scans, HWPX and text PDFs so that every format carries stamps.
    stamped = [k for k, d in enumerate(docs) if any(c["kind"] == "stamp" for c in d.cues)]
    plain = [k for k in range(len(docs)) if k not in set(stamped)]
    random.Random("sens_an-2026|formats|stamped").shuffle(stamped)
    random.Random("sens_an-2026|formats|plain").shuffle(plain)
    fmt = {}
    quota = [("pdf_scan", 10, 14), ("hwpx", 20, 50), ("pdf_text", 15, 35)]
    for name, a_, b_ in quota:
        for _ in range(a_):
            fmt[stamped.pop()] = name
        for _ in range(b_):
            fmt[plain.pop()] = name
    for k in stamped + plain:
        fmt[k] = "txt"
    recs, metas, errors = [], [], []
    for k, d in enumerate(docs):
        did = f"sens_an-{k + 1:04d}"
        f = fmt[k]
        title = d.body[0][1] if d.body and d.body[0][0] == "p" else d.genre
        logical = d.text()
        rec = {"id": did}
        locmap = {}
        if f == "txt":
            rec["text"] = logical
            extracted = logical
        else:
            ext = {"hwpx": "hwpx", "pdf_scan": "pdf", "pdf_text": "pdf"}[f]
            rel = f"files/{did}.{ext}"
            if f == "hwpx":
                data = hwpx_bytes(d, title); extracted = hwpx_text(data)
            elif f == "pdf_text":
                data = pdf_text_bytes(d, title); extracted, npg = pdf_text_extract(data)
            else:
                data = pdf_scan_bytes(d, title, R(d.tpl, f"scan{d.i}"))
                tl, npg = pdf_text_extract(data)
                if tl.strip():
                    errors.append(f"{did}: scan has text layer")
                extracted = logical
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            rec["file"] = rel
        for c in d.cues:
            if c["text"] not in extracted:
                errors.append(f"{did} ({f}): cue not found: {c['text']!r}")
        errors += [f"{did}: {e}" for e in check_labels(d)]
        rec.update({"disclosure": d.disclosure, "marking": d.marking, "reasons": d.reasons, "genre": d.genre})
        recs.append(rec)
        cues = []
        for c in d.cues:
            loc = c["loc"]
            if f == "pdf_scan" and c["kind"] in ("stamp", "notice", "copy_number") and loc in ("header", "footer", "cover"):
                loc = f"scanned_stamp_{loc}"
            cues.append(dict(c, loc=loc))
        metas.append({"id": did, "template": d.tpl, "variant": d.var, "format": f,
                      "cue_kind": sorted({c["kind"] for c in cues}), "cue_location": sorted({c["loc"] for c in cues}),
                      "cue_text": [c["text"] for c in cues], "cues": cues, "flags": sorted(d.flags), "note": d.note,
                      "rendered_text": logical})
    with open(os.path.join(out, "sens_an.jsonl"), "w", encoding="utf-8") as fh:
        for r_ in recs:
            fh.write(json.dumps(r_, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(out, "sens_an.meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    fcount = Counter(m["format"] for m in metas)
    stats = {
        "n": len(recs), "reference_date": "2026-03-01",
        "format": dict(sorted(fcount.items())),
        "disclosure": dict(sorted(Counter(r_["disclosure"] for r_ in recs).items())),
        "marking": dict(sorted(Counter(r_["marking"] for r_ in recs).items())),
        "reasons": {k: sum(k in r_["reasons"] for r_ in recs) for k in RORDER},
        "genre": dict(sorted(Counter(r_["genre"] for r_ in recs).items())),
        "template": dict(sorted(Counter(m["template"] for m in metas).items())),
        "flags": dict(sorted(Counter(fl for m in metas for fl in m["flags"]).items())),
        "disclosure_by_format": {f: dict(sorted(Counter(recs[k]["disclosure"] for k, m in enumerate(metas) if m["format"] == f).items())) for f in sorted(fcount)},
        "marking_by_format": {f: dict(sorted(Counter(recs[k]["marking"] for k, m in enumerate(metas) if m["format"] == f).items())) for f in sorted(fcount)},
        "cue_locations": dict(sorted(Counter(c["loc"] for m in metas for c in m["cues"]).items())),
        "validation_errors": len(errors),
    }
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=1, sort_keys=False); fh.write("\n")
    # requirement checks
    req = []
    if fcount["hwpx"] < 65: req.append("hwpx<65")
    if fcount["pdf_scan"] + fcount["pdf_text"] < 65: req.append("pdf<65")
    if fcount["pdf_scan"] < 20: req.append("scan<20")
    if len(recs) < 260: req.append("n<260")
    mk = stats["marking"]
    for m, lo in (("대외비", 14), ("III급", 10), ("II급", 6), ("I급", 3)):
        if mk.get(m, 0) < lo: req.append(f"{m}<{lo}")
    for k, v in stats["reasons"].items():
        if v < 4: req.append(f"{k}<4")
    errors += req
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(json.dumps({k: stats[k] for k in ("n", "format", "disclosure", "marking", "reasons", "validation_errors")}, ensure_ascii=False))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
