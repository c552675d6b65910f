#!/usr/bin/env python3
"""Generate the sens_al evaluation set (Korean public-document sensitivity).

Deterministic: every random choice comes from
random.Random("sens_al-2026|<template>|<i>") (string seeds, hash-seed independent).
Outputs (next to this script): sens_al.jsonl, sens_al.meta.jsonl, files/, stats.json.
Needs reportlab + Pillow for the PDF files and a Korean TTF (NanumGothic).
"""
import io, json, os, random, zipfile, collections
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
REASON_ORDER = ["OIDA-9-1-%d" % k for k in range(1, 9)] + ["PIPA-23", "PIPA-24"]

# ---------------------------------------------------------------- pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
       "권", "황", "안", "송", "류", "홍", "남궁", "황보", "선우", "전", "문", "양"]
SYL = ["민", "서", "지", "현", "우", "준", "영", "수", "진", "호", "은", "성", "하", "윤",
       "재", "태", "경", "혜", "동", "승", "아", "연", "규", "희", "석", "빈", "나", "건"]
AGENCIES = [
    ("행정안전부", "정보공개정책과", "행정안전부장관", "세종특별자치시 도움6로 42 정부세종청사", "30112"),
    ("국토교통부", "도로정책과", "국토교통부장관", "세종특별자치시 도움6로 11 정부세종청사 6동", "30103"),
    ("보건복지부", "건강정책과", "보건복지부장관", "세종특별자치시 도움4로 13 정부세종청사 10동", "30113"),
    ("해양수산부", "어촌양식정책과", "해양수산부장관", "세종특별자치시 다솜2로 94 정부세종청사 5동", "30110"),
    ("산업통상자원부", "에너지안전과", "산업통상자원부장관", "세종특별자치시 한누리대로 402 정부세종청사 13동", "30118"),
    ("세종특별자치시", "시민소통과", "세종특별자치시장", "세종특별자치시 한누리대로 2130 세종시청", "30151"),
    ("부산광역시 해운대구", "총무과", "부산광역시 해운대구청장", "부산광역시 해운대구 중동2로 11 해운대구청", "48095"),
    ("경기도 수원시", "정보통신과", "수원시장", "경기도 수원시 팔달구 효원로 241 수원시청", "16490"),
    ("강원특별자치도", "재난안전과", "강원특별자치도지사", "강원특별자치도 춘천시 중앙로 1 도청", "24266"),
    ("충청북도 청주시", "안전정책과", "청주시장", "충청북도 청주시 상당구 상당로 155 청주시청", "28735"),
    ("전라남도 여수시", "항만물류과", "여수시장", "전라남도 여수시 시청로 1 여수시청", "59721"),
    ("대구광역시 수성구", "기획예산과", "대구광역시 수성구청장", "대구광역시 수성구 달구벌대로 2423 수성구청", "42184"),
]
CITIES = [("서울특별시", ["마포구", "강서구", "노원구", "송파구"]), ("경기도", ["고양시 일산동구", "성남시 분당구", "안산시 단원구"]),
          ("부산광역시", ["사하구", "연제구", "북구"]), ("대전광역시", ["유성구", "서구"]), ("광주광역시", ["북구", "광산구"])]
ROADS = ["새말로", "한길로", "솔밭길", "은행나무로", "갈매기로", "누리로", "느티로", "별빛길", "가람로", "매봉로"]
COMPANIES = ["(주)한빛엔지니어링", "(주)동해정보기술", "누리건설(주)", "(주)서해해양", "(주)가온소프트", "미래안전(주)", "(주)푸른환경기술"]

OFF_TITLES = [("주무관", "사무관", "과장"), ("주무관", "팀장", "과장"), ("행정주사", "팀장", "국장")]


def nm(r):
    return r.choice(SUR) + r.choice(SYL) + r.choice(SYL)


def date(r, y=(2025, 2026)):
    return "%d. %d. %d." % (r.choice(y), r.randint(1, 12), r.randint(1, 28))


def mobile(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def addr(r):
    c, gus = r.choice(CITIES)
    return "%s %s %s %d, %d동 %d호" % (c, r.choice(gus), r.choice(ROADS), r.randint(3, 190), r.randint(101, 112), r.randint(101, 1504))


def rrn(r):
    while True:
        y, m, d = r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)
        g = r.choice([1, 2])
        body = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
        s = body + str(c)
        return s[:6] + "-" + s[6:]


def sorted_pair(r):
    a, b = sorted([(r.randint(1, 6), r.randint(1, 28)), (r.randint(7, 12), r.randint(1, 28))])
    return [a[0], a[1], b[0], b[1]]


def masked_rrn(r):
    s = rrn(r)
    return s[:8] + "******"


def docno(r, dept):
    return "%s-%d" % (dept, r.randint(120, 9800))


# ---------------------------------------------------------------- document model
# doc = {"pages":[{"header":str|None,"blocks":[("p",str)|("table",rows)],"footer":str|None}],
#        "run_footer": str|None}   run_footer = running footer printed on every page


def P(*lines):
    return [("p", l) for l in lines]


def page(blocks, header=None, footer=None):
    return {"header": header, "blocks": blocks, "footer": footer}


def render_text(doc):
    out = []
    for pg in doc["pages"]:
        ls = []
        if pg["header"]:
            ls.append(pg["header"])
        for b in pg["blocks"]:
            if b[0] == "p":
                ls.append(b[1])
            else:
                for row in b[1]:
                    ls.append(" | ".join(row))
        if pg["footer"]:
            ls.append(pg["footer"])
        if doc.get("run_footer"):
            ls.append(doc["run_footer"])
        out.append("\n".join(ls))
    return "\n\f\n".join(out)


def official_block(r, ag, n_off=3):
    t = r.choice(OFF_TITLES)
    names = [nm(r) for _ in t]
    return "  ".join("%s %s" % (a, b) for a, b in zip(t, names)), names


def gyeolmun(r, ag, open_line, extra_names=True):
    """발신명의 + 결재란 + 시행/접수 + 주소 + 결문 last line with 공개 구분."""
    name, dept, head, address, post = ag
    sign, _ = official_block(r, ag)
    no = docno(r, dept)
    d = date(r, (2026,))
    tel = "044-%03d-%04d" % (r.randint(200, 999), r.randint(1000, 9999))
    fax = "044-%03d-%04d" % (r.randint(200, 999), r.randint(1000, 9999))
    user = "%s%02d" % (r.choice(["kim", "lee", "park", "choi", "jung", "han"]), r.randint(1, 99))
    return [
        ("p", ""),
        ("p", head),
        ("p", sign),
        ("p", "협조자"),
        ("p", "시행 %s (%s)  접수" % (no, d)),
        ("p", "우 %s  %s  / 홈페이지 www.example.go.kr" % (post, address)),
        ("p", "전화 %s  전송 %s  / %s@korea.kr  / %s" % (tel, fax, user, open_line)),
    ]


def gongmun_head(ag, recipient, title):
    return P(ag[0], "수신  %s" % recipient, "(경유)", "제목  %s" % title, "")


def lab(disc, mark="none", reasons=()):
    rs = sorted(set(reasons), key=REASON_ORDER.index)
    return {"disclosure": disc, "marking": mark, "reasons": rs}


STAMP = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "2026. 12. 31.까지 대외비", "대외비(보호기간: 2027. 6. 30.까지)", "보안등급: 대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "비밀(Ⅰ급)", "I급 비밀"],
}
# reasons for a marked document: 비밀 -> OIDA-1 + content; 대외비 -> content only
CONTENT_FOR = {
    "대외비": [("OIDA-9-1-5", "정책 개편안 내부 검토"), ("OIDA-9-1-3", "주요 기반시설 보안 취약점 점검"),
              ("OIDA-9-1-4", "불법 조업 단속 계획"), ("OIDA-9-1-5", "입찰 예정가격 산정 검토"),
              ("OIDA-9-1-3", "비상 급수시설 방호 계획")],
    "III급": [("OIDA-9-1-2", "지역 통합방위 작전 협조 계획"), ("OIDA-9-1-3", "국가중요시설 방호 인력 배치"),
             ("OIDA-9-1-2", "비상대비 자원 동원 계획")],
    "II급": [("OIDA-9-1-2", "전시 정부 기능 유지 계획"), ("OIDA-9-1-2", "대테러 합동 대응 체계")],
    "I급": [("OIDA-9-1-2", "국가 위기관리 핵심 통신망 운용 계획")],
}


def marked_label(mark, reason):
    if mark == "대외비":
        return lab("non_public", "대외비", [reason])
    return lab("non_public", mark, ["OIDA-9-1-1", reason])


def sensitive_body(r, topic):
    return P("1. 관련: %s 추진 계획(%s)" % (topic, date(r, (2025,))),
             "2. %s 관련 사항을 다음과 같이 검토하였습니다." % topic,
             "  가. 대상 지점: %s 일원 %d개소" % (r.choice(CITIES)[0], r.randint(3, 19)),
             "  나. 투입 인원: %d명(교대 %d조)" % (r.randint(12, 160), r.randint(2, 4)),
             "  다. 세부 일정 및 연락 체계: 붙임 참조",
             "3. 본 자료는 관계기관 외 배포를 금지합니다.")


def plain_body(r, topic):
    return P("1. %s 관련 추진 현황을 다음과 같이 안내합니다." % topic,
             "  가. 추진 기간: 2026. %d. %d. ~ 2026. %d. %d." % tuple(sorted_pair(r)),
             "  나. 참여 기관: 관계 부처 및 지방자치단체 %d곳" % r.randint(4, 17),
             "  다. 문의: 담당 부서(대표전화 110)",
             "2. 각 기관에서는 소속 직원에게 안내하여 주시기 바랍니다.  끝.")


# ---------------------------------------------------------------- templates
def t_gyeolmun(r, i):
    """공개 구분 written only in the 결문's last line."""
    ag = r.choice(AGENCIES)
    v = ["public", "partial6", "np5", "public", "partial6", "np6_23", "partial7", "np4", "public", "partial6"][i % 10]
    if v == "public":
        title = r.choice(["2026년 기록물 정리 주간 운영 안내", "민원실 운영시간 변경 알림", "청사 주차장 보수공사 일정 안내", "정부혁신 우수사례 공모 안내"])
        body = plain_body(r, title)
        ol, L, cue = "공개", lab("public"), "/ 공개"
    elif v == "partial6":
        cit = nm(r)
        title = "민원(%s) 처리 결과 회신" % r.choice(["도로 파손 신고", "소음 피해", "가로등 고장", "불법 주정차"])
        body = P("1. 귀하께서 %s 제출하신 민원에 대한 처리 결과를 알려드립니다." % date(r, (2025,)),
                 "2. 민원인: %s (연락처 %s, 주소 %s)" % (cit, mobile(r), addr(r)),
                 "3. 현장 확인 결과 보수를 완료하였습니다.  끝.")
        ol, L, cue = "부분공개(6)", lab("partial", reasons=["OIDA-9-1-6"]), "/ 부분공개(6)"
    elif v == "np5":
        title = r.choice(["보조금 지원 기준 개편(안) 검토 의견 제출", "조직 개편(안) 부서 의견 회신", "수수료 체계 조정(안) 내부 검토"])
        body = P("1. 귀 부서에서 요청한 %s에 대하여 검토 의견을 제출합니다." % title,
                 "2. 검토 의견: 대안 2안(단계적 시행)이 바람직하며 최종안은 추후 확정 예정입니다.",
                 "3. 확정 전까지 외부 인용을 삼가 주시기 바랍니다.  끝.")
        ol, L, cue = "비공개(5)", lab("non_public", reasons=["OIDA-9-1-5"]), "/ 비공개(5)"
    elif v == "np6_23":
        who = nm(r)
        title = "징계 처분 결과 통보"
        body = P("1. 소속 직원 %s(행정주사보)에 대한 징계 처분 결과를 통보합니다." % who,
                 "2. 처분 사유: 음주운전(혈중알코올농도 0.%02d%%)으로 벌금형 확정" % r.randint(8, 19),
                 "3. 처분 내용: 정직 %d개월  끝." % r.randint(1, 3))
        ol, L, cue = "비공개(6)", lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"]), "/ 비공개(6)"
    elif v == "partial7":
        co = r.choice(COMPANIES)
        title = "기술용역 제안서 평가 결과 통보"
        body = P("1. %s 기술용역 제안서 평가 결과를 알려드립니다." % r.choice(["스마트 가로등", "하천 수위 감시", "민원 상담 챗봇"]),
                 "2. 우선협상대상자: %s (기술점수 %d.%d점)" % (co, r.randint(80, 95), r.randint(0, 9)),
                 "3. 업체 제출 원가 내역(인건비 단가, 이윤율 %d.%d%%)은 영업상 비밀로 제외합니다.  끝." % (r.randint(3, 9), r.randint(0, 9)))
        ol, L, cue = "부분공개(7)", lab("partial", reasons=["OIDA-9-1-7"]), "/ 부분공개(7)"
    else:  # np4
        title = "수사 협조 요청에 대한 회신"
        body = P("1. %s경찰서의 수사 협조 요청(사건 관련 자료)에 대하여 회신합니다." % r.choice(["세종남부", "해운대", "수원중부", "청주상당"]),
                 "2. 요청 자료 중 출입 기록 %d건을 별도 제공합니다." % r.randint(3, 40),
                 "3. 수사 진행 중인 사항이므로 관련 내용의 대외 공개를 금합니다.  끝.")
        ol, L, cue = "비공개(4)", lab("non_public", reasons=["OIDA-9-1-4"]), "/ 비공개(4)"
    doc = {"pages": [page(gongmun_head(ag, r.choice(["내부결재", "수신자 참조", "각 실·국장"]), title) + body + gyeolmun(r, ag, ol))]}
    if v == "partial6":
        doc["pages"][0]["blocks"][1] = ("p", "수신  민원인 귀하")
    return doc, L, "gyeolmun_last_line", cue, v, ""


def t_later_page(r, i):
    """Marking only on a later page, or only in the running footer."""
    ag = r.choice(AGENCIES)
    v = ["대외비", "III급", "대외비", "II급", "III급", "대외비", "I급", "III급"][i % 8]
    where = ["page2_top", "page3_top", "running_footer", "page2_bottom"][(i // 2) % 4]
    reason, topic = r.choice(CONTENT_FOR[v])
    st = r.choice(STAMP[v])
    p1 = gongmun_head(ag, "수신자 참조", "%s 송부" % topic) + P(
        "1. %s 관련 회의 결과를 붙임과 같이 송부합니다." % topic,
        "2. 세부 내용은 붙임 문서를 참고하시기 바랍니다.",
        "붙임  %s 1부.  끝." % topic) + gyeolmun(r, ag, "비공개(%s)" % reason[-1])[:6]
    p2 = P("붙임", "%s" % topic, "") + sensitive_body(r, topic)
    p3 = P("[별표] 연락 체계") + [("table", [["구분", "담당", "비상연락"], ["총괄", "상황실", "내선 %d" % r.randint(1000, 9999)],
                                             ["현장", "%d팀" % r.randint(1, 9), "무선 %d채널" % r.randint(1, 30)]])]
    pages = [page(p1), page(p2), page(p3)]
    doc = {"pages": pages}
    if where == "page2_top":
        pages[1]["header"] = st
    elif where == "page3_top":
        pages[2]["header"] = st
    elif where == "page2_bottom":
        pages[1]["footer"] = st
    else:
        doc["run_footer"] = "- %s -" % st
    # the 결문 on page 1 is truncated before the last line on purpose: no 공개 구분 on page 1
    return doc, marked_label(v, reason), where, st, v, "stamp absent from page 1"


def t_draft_table(r, i):
    """기안 form with 보안등급/공개여부 inside a table cell."""
    ag = r.choice(AGENCIES)
    v = ["대외비", "III급", "partial6", "public", "II급", "np5", "대외비", "public_none", "III급", "partial6", "대외비", "public"][i % 12]
    dept = ag[1]
    sign, names = official_block(r, ag)
    row_sec = "일반"
    row_open = "공개"
    extra = []
    if v in ("대외비", "III급", "II급"):
        reason, topic = r.choice(CONTENT_FOR[v])
        row_sec = r.choice({"대외비": ["대외비", "대외비(2026. 12. 31.)"], "III급": ["Ⅲ급", "Ⅲ급비밀", "3급 비밀"], "II급": ["Ⅱ급", "Ⅱ급비밀"]}[v])
        row_open = "비공개(%s)" % ("1" if v != "대외비" else reason[-1])
        title = "%s 보고" % topic
        extra = sensitive_body(r, topic)
        L = marked_label(v, reason)
        cue = "보안등급 | %s" % row_sec
    elif v == "partial6":
        title = "%s 위원 위촉 계획" % r.choice(["시민참여위원회", "정보공개심의회", "적극행정위원회"])
        rows = [["성명", "소속", "연락처"]] + [[nm(r), r.choice(["○○대학교", "시민단체", "변호사", "회계법인"]), mobile(r)] for _ in range(3)]
        extra = P("1. 위원회 운영을 위하여 외부 위원을 다음과 같이 위촉하고자 합니다.", "2. 위촉 대상") + [("table", rows)]
        row_open = "부분공개(6)"
        L = lab("partial", reasons=["OIDA-9-1-6"])
        cue = "공개여부 | 부분공개(6)"
    elif v == "np5":
        title = "%s 인사 운영 방안 검토" % r.choice(["하반기", "2026년"])
        extra = P("1. 승진 심사 기준 조정안(근무평정 비중 %d%% → %d%%)을 검토함." % (r.randint(50, 60), r.randint(61, 70)),
                  "2. 노동조합 협의 전 내부 검토 단계임.")
        row_open = "비공개(5)"
        L = lab("non_public", reasons=["OIDA-9-1-5"])
        cue = "공개여부 | 비공개(5)"
    else:
        title = r.choice(["청사 에너지 절약 실천 계획", "직원 소통 간담회 개최 계획", "업무용 차량 운행 기준 개정"])
        extra = plain_body(r, title)
        L = lab("public")
        cue = "보안등급 | 일반 ; 공개여부 | 공개"
        if v == "public_none":
            row_open = "공개"
    form = [("table", [["기안 문서", "", "", ""],
                       ["문서번호", docno(r, dept), "기안일자", date(r, (2026,))],
                       ["기안부서", dept, "기안자", names[0]],
                       ["보안등급", row_sec, "공개여부", row_open],
                       ["보존기간", r.choice(["3년", "5년", "10년", "30년"]), "결재", sign]]),
            ("p", ""), ("p", "제목  " + title), ("p", "")]
    doc = {"pages": [page(form + extra + P("", "끝."))]}
    return doc, L, "table_cell", cue, v, "only the form table carries the cue"


def t_attach(r, i):
    """Partial disclosure stated for an attachment only."""
    ag = r.choice(AGENCIES)
    v = ["att_names", "att_rrn", "att_sep", "att_names", "att_biz", "att_sep_secret", "att_names", "att_masked"][i % 8]
    ev = r.choice(["지역 안전 협의회", "청년 정책 간담회", "재난 대응 합동훈련", "공공데이터 활용 설명회"])
    if v in ("att_names", "att_masked", "att_rrn"):
        if v == "att_rrn":
            rows = [["성명", "주민등록번호", "계좌번호(수당 지급)"]] + [[nm(r), rrn(r), "%03d-%06d-%02d-%03d" % (r.randint(100, 999), r.randint(0, 999999), r.randint(10, 99), r.randint(100, 999))] for _ in range(3)]
            L = lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"])
            note = "attachment lists unmasked RRNs"
        elif v == "att_masked":
            rows = [["성명", "생년월일·성별", "소속"]] + [[nm(r), masked_rrn(r), r.choice(["주민대표", "자원봉사자", "상인회"])] for _ in range(3)]
            L = lab("partial", reasons=["OIDA-9-1-6"])
            note = "masked RRNs only: no PIPA-24"
        else:
            rows = [["성명", "소속", "휴대전화"]] + [[nm(r), r.choice(["주민대표", "자원봉사자", "상인회", "학부모회"]), mobile(r)] for _ in range(4)]
            L = lab("partial", reasons=["OIDA-9-1-6"])
            note = ""
        att_line = "붙임  참석자 명단 1부(개인정보 포함, 부분공개).  끝."
        pages = [page(gongmun_head(ag, "수신자 참조", "%s 개최 결과 알림" % ev) + plain_body(r, ev)[:3] + P(att_line) + gyeolmun(r, ag, "공개")),
                 page(P("붙임  참석자 명단") + [("table", rows)])]
        cue = att_line
        loc = "attachment_line"
    elif v == "att_biz":
        co = r.choice(COMPANIES)
        att_line = "붙임  업체별 산출내역서 1부(영업상 비밀 부분 비공개).  끝."
        rows = [["항목", "단가(원)", "비고"], ["직접인건비", "{:,}".format(r.randint(3, 9) * 1000000 + r.randint(0, 999) * 1000), co],
                ["제경비", "{:,}".format(r.randint(1, 4) * 1000000), "이윤율 %d%%" % r.randint(5, 10)]]
        pages = [page(gongmun_head(ag, "수신자 참조", "%s 계약 체결 결과 알림" % ev) + P("1. 계약 상대자: %s" % co, "2. 계약 금액: {:,}원".format(r.randint(50, 900) * 100000), att_line) + gyeolmun(r, ag, "공개")),
                 page(P("붙임  산출내역서") + [("table", rows)])]
        L = lab("partial", reasons=["OIDA-9-1-7"])
        cue, loc, note = att_line, "attachment_line", ""
    else:
        # attachment NOT included; cover letter only mentions it
        if v == "att_sep":
            att_line = "붙임  참석자 명단(부분공개 대상)은 개인정보 보호를 위해 별도 송부합니다.  끝."
        else:
            att_line = "붙임  %s 1부(Ⅲ급비밀, 별도 송부).  끝." % r.choice(["통합방위 협조 계획", "비상대비 훈련 계획"])
        pages = [page(gongmun_head(ag, "수신자 참조", "%s 관련 자료 송부" % ev) + plain_body(r, ev)[:3] + P(att_line) + gyeolmun(r, ag, "공개"))]
        L = lab("public")
        cue, loc, note = att_line, "attachment_line", "attachment not part of this document: cover letter stays public/none"
    return {"pages": pages}, L, loc, cue, v, note


def t_reclass(r, i):
    """재분류 / 해제 notices and documents carrying reclassification marks."""
    ag = r.choice(AGENCIES)
    v = ["declass_notice", "down_to_daeoebi", "declassified_doc", "yego_future", "reclass_notice", "down_to_daeoebi", "declassified_doc", "up_to_III"][i % 8]
    d = date(r, (2025,))
    if v in ("declass_notice", "reclass_notice"):
        rows = [["연번", "문서번호", "원 등급", "조치", "조치일"]]
        for k in range(1, r.randint(3, 5)):
            og = r.choice(["Ⅲ급", "Ⅱ급", "대외비"])
            act = "해제(일반문서)" if v == "declass_notice" else r.choice(["Ⅲ급으로 재분류", "대외비로 재분류", "파기"])
            rows.append([str(k), docno(r, ag[1]), og, act, date(r, (2026,))])
        title = "비밀 해제 결과 통보" if v == "declass_notice" else "비밀 재분류 결과 알림"
        blocks = gongmun_head(ag, "수신자 참조", title) + P("1. 「보안업무규정」에 따른 비밀 재분류 심의 결과를 다음과 같이 알립니다.") + [("table", rows)] + P("2. 각 기관은 보관 중인 사본의 표시를 정정하여 주시기 바랍니다.  끝.") + gyeolmun(r, ag, "공개")
        return {"pages": [page(blocks)]}, lab("public"), "table_cell", "원 등급 column lists 등급s of other documents", v, "notice about other documents: marking none"
    if v == "down_to_daeoebi":
        reason, topic = r.choice(CONTENT_FOR["대외비"])
        hdr = "Ⅲ급비밀 → %s 대외비로 재분류(재분류권자: %s)" % (d, ag[2])
        doc = {"pages": [page(P(topic, "") + sensitive_body(r, topic), header=hdr)]}
        return doc, lab("non_public", "대외비", [reason]), "header_top", hdr, v, "reclassified: the current marking (대외비) applies, old III급 is superseded"
    if v == "up_to_III":
        reason, topic = r.choice(CONTENT_FOR["III급"])
        hdr = "대외비 → %s Ⅲ급비밀로 재분류" % d
        doc = {"pages": [page(P(topic, "") + sensitive_body(r, topic), header=hdr, footer="사본번호 %d번" % r.randint(1, 9))]}
        return doc, marked_label("III급", reason), "header_top", hdr, v, "reclassified upward: current III급 applies"
    if v == "declassified_doc":
        topic = r.choice(["2023년 을지연습 결과 통계", "2022년 비상대비 훈련 실적", "2021년 청사 방호 훈련 결과"])
        hdr = "(구) Ⅲ급비밀 — %s 비밀 해제, 일반문서로 재분류" % d
        body = P(topic, "1. 훈련 참가 기관 %d곳, 참가 인원 %d명" % (r.randint(10, 60), r.randint(200, 4000)),
                 "2. 주요 개선 과제: 상황 전파 시간 단축, 대피 안내 강화",
                 "3. 담당: %s %s 주무관" % (ag[1], nm(r)))
        return {"pages": [page(body, header=hdr)]}, lab("public"), "header_top", hdr, v, "declassified: marking none; remaining content is statistics and an official's name"
    # yego_future
    reason, topic = r.choice(CONTENT_FOR["III급"])
    yg = "예고문: %d. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류" % r.choice([2027, 2028, 2029])
    doc = {"pages": [page(P(topic, "") + sensitive_body(r, topic)), page(P("[별지] 배부처", "국방부, 행정안전부, 관할 지방자치단체"), footer=yg)]}
    return doc, marked_label("III급", reason), "page2_bottom", yg, v, "예고문 date in the future: still III급; marking appears only in the 예고문 on the last page"


def t_mention(r, i):
    """Public documents that merely talk about security or personal data."""
    ag = r.choice(AGENCIES)
    v = ["guide_marking", "form_options", "training", "privacy_policy", "info_guide", "password", "grade_notice", "blank_consent", "audit_summary", "faq"][i % 10]
    if v == "guide_marking":
        b = P("대외비 및 비밀 문서 관리 요령(직원 안내용)", "1. 비밀은 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 대외비는 비밀에 준하여 관리합니다.",
              "2. 문서 상단과 하단 중앙에 '대외비' 또는 'Ⅲ급비밀' 등을 표시합니다.",
              "3. 예고문에는 '○○까지 Ⅲ급비밀, 이후 일반문서로 재분류'와 같이 적습니다.", "4. 문의: %s 보안담당관실" % ag[0])
    elif v == "form_options":
        b = P("[서식 %d] 문서 보안등급 지정 신청서" % r.randint(1, 12)) + [("table", [["문서 제목", ""], ["보안등급", "□ 일반  □ 대외비  □ Ⅲ급  □ Ⅱ급  □ Ⅰ급"],
                                                                                 ["공개 구분", "□ 공개  □ 부분공개(  )  □ 비공개(  )"], ["신청인", "(서명)"]])] + P("※ 해당 칸에 ✔ 표시")
    elif v == "training":
        b = P("%d년 보안 교육 자료" % r.choice([2025, 2026]), "○ 비밀 취급 인가자는 Ⅱ급 이상 비밀을 무단 복제할 수 없음",
              "○ 대외비 문서 분실 시 즉시 보안담당관에게 신고", "○ 주민등록번호는 법령 근거 없이 수집 금지(개인정보 보호법 제24조의2)",
              "○ 사례 퀴즈: 'Ⅲ급비밀' 표시가 있는 출력물을 이면지로 쓰면? → 금지")
    elif v == "privacy_policy":
        b = P("%s 개인정보 처리방침" % ag[0], "제1조(처리 목적) 민원 처리, 행정 서비스 제공",
              "제2조(처리 항목) 성명, 연락처, 주소. 주민등록번호는 법령에 근거가 있는 경우에만 처리합니다.",
              "제3조(민감정보) 건강 정보 등 민감정보는 별도 동의를 받아 처리합니다(개인정보 보호법 제23조).",
              "제4조(개인정보 보호책임자) 직책: 기획조정실장, 연락처: 대표전화 110")
    elif v == "info_guide":
        b = P("정보공개 청구 안내", "1. 공개 여부 결정: 공개, 부분공개, 비공개",
              "2. 예: '부분공개(6)'은 개인정보를 제외하고 공개함을 뜻합니다.",
              "3. 예: '비공개(제9조 제1항 제5호)'는 의사결정 과정 중인 정보입니다.", "4. 결정에 불복하면 이의신청을 할 수 있습니다.")
    elif v == "password":
        b = P("업무 시스템 비밀번호 변경 안내", "1. 대상: 전 직원", "2. 기한: %s까지" % date(r, (2026,)),
              "3. 비밀번호는 9자리 이상, 특수문자 포함", "4. 비밀번호를 타인과 공유하지 마십시오.")
    elif v == "grade_notice":
        b = P("인사 발령 알림", "○ 승진: 3급(부이사관) %s" % nm(r), "○ 전보: 1급(관리관) %s, %s 실장" % (nm(r), ag[0]),
              "○ 발령일: %s" % date(r, (2026,)))
    elif v == "blank_consent":
        b = P("개인정보 수집·이용 동의서(서식)") + [("table", [["성명", ""], ["생년월일", "      년    월    일"], ["연락처", ""],
                                                      ["주민등록번호", "000000-0000000 (작성 예시)"], ["동의 여부", "□ 동의함  □ 동의하지 않음"]])] + P("작성 예: 홍길동")
    elif v == "audit_summary":
        b = P("%d년 보안감사 결과 요약(공개본)" % r.choice([2024, 2025]), "1. 대외비 관리대장 누락 %d건, 비밀 보관함 잠금 미흡 %d건" % (r.randint(1, 9), r.randint(1, 5)),
              "2. 개선 조치: 전 부서 자체 점검 완료", "3. 총평: 전년 대비 지적 건수 %d%% 감소" % r.randint(10, 40))
    else:
        b = P("자주 묻는 질문(FAQ) — 개인정보와 보안", "Q. 민원 서류에 주민등록번호를 꼭 적어야 하나요?",
              "A. 법령에 근거가 없으면 적지 않아도 됩니다.", "Q. '대외비' 문서를 정보공개 청구할 수 있나요?",
              "A. 청구는 가능하며, 비공개 사유가 있는지 개별 심사합니다.")
    doc = {"pages": [page(b + gyeolmun(r, ag, "공개")[-3:])]}
    return doc, lab("public"), "body", b[0][1], v, "mention only; must stay public/none"


def t_conflict(r, i):
    """Two cues disagree: the stricter one decides."""
    ag = r.choice(AGENCIES)
    v = ["open_vs_footer_daeoebi", "daeoebi_vs_III", "open_vs_rrn", "partial_vs_np5", "form_normal_vs_stamp", "II_vs_footer_III", "open_vs_footer_daeoebi"][i % 7]
    if v == "open_vs_footer_daeoebi":
        reason, topic = r.choice(CONTENT_FOR["대외비"])
        st = r.choice(STAMP["대외비"])
        doc = {"pages": [page(gongmun_head(ag, "수신자 참조", topic) + sensitive_body(r, topic) + gyeolmun(r, ag, "공개"))], "run_footer": st}
        return doc, lab("non_public", "대외비", [reason]), "running_footer+gyeolmun_last_line", "%s vs '/ 공개'" % st, v, "결문 says 공개 but footer stamp says 대외비: stricter (대외비, non_public) applies"
    if v == "daeoebi_vs_III":
        reason, topic = r.choice(CONTENT_FOR["III급"])
        doc = {"pages": [page(P(topic) + sensitive_body(r, topic), header="대외비"), page(P("[붙임] 세부 배치표") + [("table", [["구역", "인원"], ["A", str(r.randint(3, 30))], ["B", str(r.randint(3, 30))]])], header="Ⅲ급비밀")]}
        return doc, marked_label("III급", reason), "page1_top+page2_top", "대외비 (p1) vs Ⅲ급비밀 (p2)", v, "the stricter marking (III급) applies"
    if v == "open_vs_rrn":
        cit = nm(r)
        body = P("1. %s 신청 결과를 통보합니다." % r.choice(["긴급복지 지원", "주거급여", "장학금"]), "2. 신청인: %s (주민등록번호 %s)" % (cit, rrn(r)),
                 "3. 지급 계좌: %s %03d-%04d-%04d" % (r.choice(["농협", "국민", "우리"]), r.randint(100, 999), r.randint(0, 9999), r.randint(0, 9999)), "끝.")
        doc = {"pages": [page(gongmun_head(ag, "신청인 귀하", "지원 결정 통지") + body + gyeolmun(r, ag, "공개"))]}
        return doc, lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"]), "gyeolmun_last_line+body", "'/ 공개' vs unmasked RRN in body", v, "stated 공개 contradicted by content: content (stricter) decides"
    if v == "partial_vs_np5":
        rows = [["성명", "평가 의견"]] + [[nm(r), r.choice(["보통", "우수", "미흡"])] for _ in range(3)]
        body = P("1. 하반기 승진 후보자 평가 검토(내부 검토 중)", "2. 후보자별 의견") + [("table", [["보안등급", "일반", "공개여부", "비공개(5)"]]), ("table", rows)]
        doc = {"pages": [page(gongmun_head(ag, "내부결재", "승진 후보자 평가 검토") + body + gyeolmun(r, ag, "부분공개(6)"))]}
        return doc, lab("non_public", reasons=["OIDA-9-1-5", "OIDA-9-1-6"]), "table_cell+gyeolmun_last_line", "공개여부 | 비공개(5) vs '/ 부분공개(6)'", v, "stricter (비공개) applies"
    if v == "form_normal_vs_stamp":
        reason, topic = r.choice(CONTENT_FOR["대외비"])
        st = r.choice(["대 외 비", "[대외비]", "《대외비》"])
        form = [("table", [["문서번호", docno(r, ag[1])], ["보안등급", "일반"], ["공개여부", "공개"]])]
        doc = {"pages": [page(form + P("제목  " + topic) + sensitive_body(r, topic), header=st, footer=st)]}
        return doc, lab("non_public", "대외비", [reason]), "header_top+table_cell", "%s vs 보안등급 | 일반" % st, v, "stamp (대외비) is stricter than the form field (일반)"
    reason, topic = r.choice(CONTENT_FOR["II급"])
    doc = {"pages": [page(P(topic) + sensitive_body(r, topic), header="Ⅲ급비밀"), page(P("[별첨] 운용 세부 절차", "○ 절차 %d단계" % r.randint(3, 7)))], "run_footer": "비밀(Ⅱ급) 사본번호 %d" % r.randint(1, 5)}
    return doc, marked_label("II급", reason), "page1_top+running_footer", "Ⅲ급비밀 (header) vs 비밀(Ⅱ급) (footer)", v, "stricter (II급) applies"


def t_content(r, i):
    """Content-only and plainly marked documents (the usual cases, for balance)."""
    ag = r.choice(AGENCIES)
    v = ["press", "sick_leave", "union", "complaint_rrn", "press", "passport", "masked", "top_daeoebi", "press_official", "minutes_biz", "top_III", "roster"][i % 12]
    if v in ("press", "press_official"):
        t = r.choice(["여름철 물놀이 안전수칙 홍보", "지역 축제 교통 통제 안내", "공공 와이파이 확대 구축", "노후 상수관 교체 사업 착수"])
        b = P("보도자료", "보도시점: %s 배포 즉시" % date(r, (2026,)), t, "%s는 %s을(를) 추진한다고 밝혔다." % (ag[0], t),
              "담당 부서: %s  책임자: 과장 %s  담당자: 주무관 %s (044-%03d-%04d)" % (ag[1], nm(r), nm(r), r.randint(200, 999), r.randint(1000, 9999)))
        L = lab("public")
        cue = "officials only (제9조 제1항 제6호 라목)"
    elif v == "sick_leave":
        who = nm(r)
        b = P("질병휴직 처분 결정", "대상: %s %s 행정주사" % (ag[1], who), "사유: %s 진단(입원 치료 %d주)" % (r.choice(["요추 추간판 탈출증", "우울증", "갑상선암"]), r.randint(2, 12)),
              "기간: 2026. %d. %d. ~ 2026. %d. %d." % tuple(sorted_pair(r)))
        L = lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"])
        cue = "diagnosis of a named official"
    elif v == "union":
        rows = [["성명", "소속", "조합비(원)"]] + [[nm(r), r.choice(["민원과", "세무과", "건설과"]), "{:,}".format(r.randint(15, 40) * 1000)] for _ in range(4)]
        b = P("%d월 노동조합 조합비 공제 명단" % r.randint(1, 12)) + [("table", rows)]
        L = lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"])
        cue = "trade-union membership list"
    elif v == "complaint_rrn":
        b = P("민원 접수증", "민원인: %s" % nm(r), "주민등록번호: %s" % rrn(r), "주소: %s" % addr(r), "민원 내용: %s" % r.choice(["건축물대장 정정", "주차구획 설치 요청", "보조금 지급 문의"]))
        L = lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"])
        cue = "unmasked RRN"
    elif v == "passport":
        b = P("국외 출장 신청서", "출장자: %s (여권번호 M%08d)" % (nm(r), r.randint(10000000, 99999999)), "출장지: %s" % r.choice(["베트남 하노이", "독일 베를린", "일본 오사카"]),
              "목적: 국제 협력 회의 참석", "여행자보험 가입자 연락처: %s" % mobile(r))
        L = lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"])
        cue = "unmasked passport number"
    elif v == "masked":
        b = P("과태료 부과 사전 통지", "당사자: %s" % nm(r), "주민등록번호: %s" % masked_rrn(r), "위반 내용: %s" % r.choice(["무단 투기", "불법 현수막 게시"]), "과태료: {:,}원".format(r.randint(2, 50) * 10000))
        L = lab("partial", reasons=["OIDA-9-1-6"])
        cue = "masked RRN only"
    elif v in ("top_daeoebi", "top_III"):
        mk = "대외비" if v == "top_daeoebi" else "III급"
        reason, topic = r.choice(CONTENT_FOR[mk])
        st = r.choice(STAMP[mk])
        b = P(topic) + sensitive_body(r, topic)
        doc = {"pages": [page(b, header=st, footer=st)]}
        return doc, marked_label(mk, reason), "header_top", st, v, "plain top/bottom stamp (control case)"
    elif v == "minutes_biz":
        co = r.choice(COMPANIES)
        b = P("계약심의위원회 회의록", "안건: %s 설계 변경" % r.choice(["하수처리장", "체육관", "청사 증축"]), "업체(%s) 제출 자료: 공법 특허 기술 상세 및 원가 구성" % co,
              "위원 의견: 원안 가결", "참석 위원: 위원장 %s 국장 외 %d명" % (nm(r), r.randint(4, 8)))
        L = lab("partial", reasons=["OIDA-9-1-7"])
        cue = "company trade secrets in minutes"
    else:  # roster
        rows = [["성명", "생년월일", "주소", "휴대전화"]] + [[nm(r), "%d. %d. %d." % (r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)), addr(r), mobile(r)] for _ in range(4)]
        b = P("기초생활수급자 방문 상담 대상자 명단") + [("table", rows)]
        L = lab("non_public", reasons=["OIDA-9-1-6"])
        cue = "roster consisting only of personal data"
    return {"pages": [page(b)]}, L, "body", cue, v, ""


TEMPLATES = [("t_gyeolmun", t_gyeolmun, 40), ("t_later_page", t_later_page, 32), ("t_draft_table", t_draft_table, 36),
             ("t_attach", t_attach, 26), ("t_reclass", t_reclass, 26), ("t_mention", t_mention, 40),
             ("t_conflict", t_conflict, 14), ("t_content", t_content, 60)]
FMT_CYCLE = ["hwpx", "pdf", "text", "hwpx", "pdf", "text", "text"]


# ---------------------------------------------------------------- HWPX
def _run(t):
    return '<hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run>' % escape(t)


def _para(t, pb=False, pid=[0]):
    return '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">%s</hp:p>' % (1 if pb else 0, _run(t))


def _table(rows):
    nc = max(len(x) for x in rows)
    out = ['<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
           '<hp:tbl id="0" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="1">' % (len(rows), nc)]
    for ri, row in enumerate(rows):
        out.append("<hp:tr>")
        for ci in range(nc):
            c = row[ci] if ci < len(row) else ""
            out.append('<hp:tc borderFillIDRef="1"><hp:subList>%s</hp:subList><hp:cellAddr colAddr="%d" rowAddr="%d"/>'
                       '<hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>' % (_para(c), ci, ri))
        out.append("</hp:tr>")
    out.append("</hp:tbl></hp:run></hp:p>")
    return "".join(out)


NS = ('xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core"')


def write_hwpx(path, doc, title):
    parts = []
    if doc.get("run_footer"):
        parts.append('<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
                     '<hp:ctrl><hp:footer id="1" applyPageType="BOTH"><hp:subList>%s</hp:subList></hp:footer></hp:ctrl></hp:run></hp:p>' % _para(doc["run_footer"]))
    for pi, pg in enumerate(doc["pages"]):
        first = True
        seq = []
        if pg["header"]:
            seq.append(("p", pg["header"]))
        seq += pg["blocks"]
        if pg["footer"]:
            seq.append(("p", pg["footer"]))
        for b in seq:
            if b[0] == "p":
                parts.append(_para(b[1], pb=(pi > 0 and first)))
            else:
                if pi > 0 and first:
                    parts.append(_para("", pb=True))
                parts.append(_table(b[1]))
            first = False
    sec = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><hs:sec %s>%s</hs:sec>' % (NS, "".join(parts))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
              '<hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"/></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"/></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0"/></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042"/></hh:styles>'
              '</hh:refList></hh:head>') % NS
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
           '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>') % escape(title)
    files = [
        ("mimetype", "application/hwp+zip"),
        ("version.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12.0.0.0"/>'),
        ("META-INF/container.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>'),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
        ("Contents/content.hpf", hpf),
        ("Contents/header.xml", header),
        ("Contents/section0.xml", sec),
        ("settings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


def hwpx_text(path):
    """Re-extract text (for checks): all <hp:t> in document order."""
    import re
    with zipfile.ZipFile(path) as z:
        x = z.read("Contents/section0.xml").decode("utf-8")
    from xml.sax.saxutils import unescape
    return [unescape(t) for t in re.findall(r"<hp:t>(.*?)</hp:t>", x)]


# ---------------------------------------------------------------- PDF
_PDF = {}


def _pdf_init():
    if not _PDF:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NanumGothic", FONT))
        _PDF["ok"] = True


def page_lines(doc, pg):
    """Lines of one page as (kind, content): kind in head/p/row/foot."""
    ls = []
    if pg["header"]:
        ls.append(("head", pg["header"]))
    for b in pg["blocks"]:
        if b[0] == "p":
            ls.append(("p", b[1]))
        else:
            for row in b[1]:
                ls.append(("row", row))
    foot = []
    if pg["footer"]:
        foot.append(pg["footer"])
    if doc.get("run_footer"):
        foot.append(doc["run_footer"])
    return ls, foot


def _wrap(text, width, size, measure):
    out, cur = [], ""
    for ch in text:
        if measure(cur + ch, size) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def write_pdf(path, doc, title):
    _pdf_init()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("sens_al synthetic")
    meas = lambda s, sz: stringWidth(s, "NanumGothic", sz)
    for pg in doc["pages"]:
        ls, foot = page_lines(doc, pg)
        y = H - 60
        for kind, content in ls:
            if y < 90:
                c.showPage(); y = H - 60
            if kind == "head":
                c.setFont("NanumGothic", 13); c.drawCentredString(W / 2, y, content); y -= 24
            elif kind == "p":
                c.setFont("NanumGothic", 10.5)
                for seg in _wrap(content, W - 130, 10.5, meas) or [""]:
                    c.drawString(65, y, seg); y -= 16
            else:
                n = len(content); cw = (W - 130) / n
                c.setFont("NanumGothic", 9)
                for k, cell in enumerate(content):
                    c.rect(65 + k * cw, y - 5, cw, 17, stroke=1, fill=0)
                    c.drawString(68 + k * cw, y, _wrap(cell, cw - 6, 9, meas)[0])
                y -= 17
        c.setFont("NanumGothic", 10)
        for k, f in enumerate(foot):
            c.drawCentredString(W / 2, 40 + 14 * k, f)
        c.showPage()
    c.save()


def write_scanned_pdf(path, doc, title, r):
    """Each page rasterised with Pillow, mild rotation/speckle/blur noise, embedded as JPEG."""
    _pdf_init()
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    W, H = A4
    PX, PY = 850, 1202
    sc = PX / W
    f_n = ImageFont.truetype(FONT, 15)
    f_h = ImageFont.truetype(FONT, 19)
    f_t = ImageFont.truetype(FONT, 13)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("sens_al synthetic scan")
    meas = lambda s, sz: f_n.getlength(s) * sz / 15
    for pg in doc["pages"]:
        ls, foot = page_lines(doc, pg)
        im = Image.new("L", (PX, PY), 255)
        d = ImageDraw.Draw(im)
        y = 70
        for kind, content in ls:
            if kind == "head":
                w = d.textlength(content, font=f_h); d.text(((PX - w) / 2, y), content, font=f_h, fill=20); y += 34
            elif kind == "p":
                for seg in _wrap(content, PX - 180, 15, meas) or [""]:
                    d.text((90, y), seg, font=f_n, fill=25); y += 23
            else:
                n = len(content); cw = (PX - 180) / n
                for k, cell in enumerate(content):
                    d.rectangle([90 + k * cw, y - 3, 90 + (k + 1) * cw, y + 21], outline=40)
                    d.text((95 + k * cw, y), cell, font=f_t, fill=25)
                y += 24
            if y > PY - 110:
                break
        for k, f in enumerate(foot):
            w = d.textlength(f, font=f_n); d.text(((PX - w) / 2, PY - 60 - 22 * k), f, font=f_n, fill=30)
        im = im.rotate(r.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        px = im.load()
        for _ in range(r.randint(900, 2200)):
            x, yy = r.randrange(PX), r.randrange(PY)
            px[x, yy] = r.choice([60, 110, 170, 200])
        im = im.filter(ImageFilter.GaussianBlur(r.choice([0.4, 0.6, 0.8])))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- main
def main():
    os.makedirs(FILES, exist_ok=True)
    recs, metas = [], []
    n = 0
    pdf_k = 0
    for tname, fn, count in TEMPLATES:
        for i in range(count):
            seed = "sens_al-2026|%s|%d" % (tname, i)
            r = random.Random(seed)
            doc, L, loc, cue, variant, note = fn(r, i)
            text = render_text(doc)
            fmt = FMT_CYCLE[n % len(FMT_CYCLE)]
            did = "sens_al-%04d" % n
            rec = {"id": did, "text": text, "disclosure": L["disclosure"], "marking": L["marking"], "reasons": L["reasons"]}
            scanned = False
            fpath = None
            first_line = text.split("\n", 1)[0][:60]
            if fmt == "hwpx":
                fpath = "files/%s.hwpx" % did
                write_hwpx(os.path.join(HERE, fpath), doc, first_line)
            elif fmt == "pdf":
                fpath = "files/%s.pdf" % did
                scanned = (pdf_k % 3 == 2)
                pdf_k += 1
                if scanned:
                    write_scanned_pdf(os.path.join(HERE, fpath), doc, first_line, r)
                else:
                    write_pdf(os.path.join(HERE, fpath), doc, first_line)
            if fpath:
                rec["file"] = fpath
            assert cue_present(text, cue, loc), (did, cue)
            recs.append(rec)
            metas.append({"id": did, "template": tname, "variant": variant, "seed": seed, "format": fmt, "file": fpath,
                          "scanned": scanned, "cue_location": loc, "cue_text": cue,
                          "conflict": tname == "t_conflict", "note": note})
            n += 1
    with open(os.path.join(HERE, "sens_al.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_al.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    validate(recs, metas)
    st = {"documents": len(recs),
          "format": dict(sorted(collections.Counter(m["format"] for m in metas).items())),
          "scanned_pdf": sum(m["scanned"] for m in metas),
          "disclosure": dict(sorted(collections.Counter(x["disclosure"] for x in recs).items())),
          "marking": dict(sorted(collections.Counter(x["marking"] for x in recs).items())),
          "reasons": dict(sorted(collections.Counter(rr for x in recs for rr in x["reasons"]).items())),
          "template": {t: c for t, _, c in TEMPLATES},
          "cue_location": dict(sorted(collections.Counter(m["cue_location"] for m in metas).items())),
          "conflict_docs": sum(m["conflict"] for m in metas),
          "template_x_disclosure": {t: dict(sorted(collections.Counter(x["disclosure"] for x, m in zip(recs, metas) if m["template"] == t).items())) for t, _, _ in TEMPLATES},
          "format_x_disclosure": {fm: dict(sorted(collections.Counter(x["disclosure"] for x, m in zip(recs, metas) if m["format"] == fm).items())) for fm in ("hwpx", "pdf", "text")},
          "format_x_marking": {fm: dict(sorted(collections.Counter(x["marking"] for x, m in zip(recs, metas) if m["format"] == fm).items())) for fm in ("hwpx", "pdf", "text")}}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(st, ensure_ascii=False))


def cue_present(text, cue, loc):
    # cue_text is either a literal substring or a description (containing ' vs ' or spaces-only descriptions)
    if cue in text:
        return True
    if " vs " in cue:
        return True
    return loc in ("body", "table_cell")


def validate(recs, metas):
    import re
    mk = collections.Counter(x["marking"] for x in recs)
    fm = collections.Counter(m["format"] for m in metas)
    assert len(recs) >= 260 and fm["hwpx"] >= 65 and fm["pdf"] >= 65, fm
    assert mk["대외비"] >= 14 and mk["III급"] >= 10 and mk["II급"] >= 6 and mk["I급"] >= 3, mk
    rrn_re = re.compile(r"\d{6}-[1-4]\d{6}")
    for x, m in zip(recs, metas):
        rs = x["reasons"]
        if x["disclosure"] == "public":
            assert not rs and x["marking"] == "none", x["id"]
        else:
            assert rs, x["id"]
        if x["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in rs and x["disclosure"] == "non_public", x["id"]
        else:
            assert "OIDA-9-1-1" not in rs, x["id"]
        has_full = bool(rrn_re.search(x["text"])) or bool(re.search(r"여권번호 M\d{8}", x["text"]))
        assert has_full == ("PIPA-24" in rs), x["id"]
        if m["file"]:
            p = os.path.join(HERE, m["file"])
            assert os.path.getsize(p) > 0
            if m["format"] == "hwpx":
                ts = hwpx_text(p)
                for line in x["text"].replace("\f", "").split("\n"):
                    for part in line.split(" | "):
                        assert part in ts or part == "" or any(part == t for t in ts), (x["id"], part)


if __name__ == "__main__":
    main()
