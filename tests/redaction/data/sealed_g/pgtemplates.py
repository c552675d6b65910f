"""Genre templates for the pii_g evaluation set.  Each template fills a pgcore.Doc."""
from collections import Counter

from pgcore import (V, N, person, foreigner, rrn, frn, brn, crn, card, account, passport, driver_license,
                    health_ins, phone, gov_line, email, ip, plate, dob, address, postal, INST_ADDR, SWITCH, SHORT,
                    noisy, n_dictated, n_spaced_name, CO_DOMAINS, kname)

COUNTS = Counter()  # accepted spans by type (updated by make_set), used to balance identifier choice
TARGET = {"KR_RRN": 100, "KR_FRN": 95, "KR_PASSPORT": 95, "KR_DRIVER_LICENSE": 95, "CREDIT_CARD": 95,
          "KR_BANK_ACCOUNT": 100, "PHONE_NUMBER": 200, "EMAIL_ADDRESS": 100, "PERSON": 400, "KR_ADDRESS": 60,
          "DATE_OF_BIRTH": 60, "IP_ADDRESS": 45, "KR_BRN": 45, "KR_CRN": 45, "KR_VEHICLE_PLATE": 45,
          "KR_HEALTH_INSURANCE": 45}


def pick(r, types):
    w = [1.0 + 6.0 * max(0.0, TARGET[t] - COUNTS[t]) / TARGET[t] for t in types]
    return r.choices(types, weights=w)[0]


LABELS = {
    "KR_RRN": ["주민등록번호", "주민번호", "주민등록번호", "주 민 등 록 번 호", "주민등록 번호", "생년월일-성별(주민번호)"],
    "KR_FRN": ["외국인등록번호", "외국인등록증 번호", "외국인 등록번호", "등록번호(외국인)", "ARC No."],
    "KR_PASSPORT": ["여권번호", "여권 번호", "Passport No.", "여권No.", "여권(번호)"],
    "KR_DRIVER_LICENSE": ["운전면허번호", "면허번호", "운전면허증 번호", "자동차운전면허 번호", "면허증 No."],
    "CREDIT_CARD": ["카드번호", "신용카드 번호", "결제카드 번호", "카드 No.", "승인카드"],
    "KR_HEALTH_INSURANCE": ["건강보험증 번호", "건강보험증번호", "보험증번호", "건보증 번호", "피보험자 증번호"],
}


def ident(r, types):
    """an identifier for an adult, of a type chosen among `types` (balanced by COUNTS)."""
    t = pick(r, types)
    gen = {"KR_RRN": lambda r: rrn(r, who="adult"), "KR_FRN": lambda r: frn(r, who="adult"), "KR_PASSPORT": passport,
           "KR_DRIVER_LICENSE": driver_license, "CREDIT_CARD": card, "KR_HEALTH_INSURANCE": health_ins}[t]
    return r.choice(LABELS[t]), gen(r)


def sep(r):
    return r.choice([": ", ": ", ":", " : ", "： ", " ", "\t", " - "])


def kv(r):
    return r.choice([": ", ": ", ":", " : ", "： "])


# ---------------------------------------------------------------------- negatives

def neg_date(r, y0=2022, y1=2025):
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    f = r.choice(["%d. %d. %d.", "%d년 %d월 %d일", "%d-%02d-%02d", "%d.%02d.%02d."])
    return N("date_not_dob", f % (y, m, d))


DEPTS = ["민원여권과", "복지정책과", "운영지원과", "기초생활보장과", "외국인력정책과", "체류관리과", "학생지원과", "자동차정책과",
         "교통행정과", "보험급여과", "감사담당관", "인사과", "교육지원과", "건강증진과", "다문화가족과", "세무과", "재무과",
         "정보화담당관", "홍보담당관", "주민자치과", "사회복지과", "청소년정책과", "노인복지과", "여성가족과"]
INSTS = ["행정안전부", "보건복지부", "고용노동부", "법무부", "교육부", "국토교통부", "서울특별시 마포구", "경기도 수원시",
         "부산광역시 해운대구", "대전광역시 유성구", "충청남도 아산시", "전라남도 나주시", "국민건강보험공단", "인천광역시 교육청",
         "경상남도 김해시", "강원특별자치도 원주시", "광주광역시 북구", "세종특별자치시", "제주특별자치도 서귀포시"]
HEADS = {"행정안전부": "행정안전부장관", "보건복지부": "보건복지부장관", "고용노동부": "고용노동부장관", "법무부": "법무부장관",
         "교육부": "교육부장관", "국토교통부": "국토교통부장관", "서울특별시 마포구": "마포구청장", "경기도 수원시": "수원시장",
         "부산광역시 해운대구": "해운대구청장", "대전광역시 유성구": "유성구청장", "충청남도 아산시": "아산시장",
         "전라남도 나주시": "나주시장", "국민건강보험공단": "국민건강보험공단 이사장", "인천광역시 교육청": "인천광역시교육감",
         "경상남도 김해시": "김해시장", "강원특별자치도 원주시": "원주시장", "광주광역시 북구": "북구청장",
         "세종특별자치시": "세종특별자치시장", "제주특별자치도 서귀포시": "서귀포시장"}
STATUTES = ["「개인정보 보호법」 제17조 제1항", "「국민기초생활 보장법」 제21조 제1항", "「출입국관리법」 제31조",
            "「도로교통법」 제32조 제1호", "「민원 처리에 관한 법률」 제27조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호",
            "같은 법 시행령 제9조 제1항", "「긴급복지지원법」 제7조", "「국민건강보험법」 제48조", "「초·중등교육법」 제25조",
            "「재한외국인 처우 기본법」 제12조", "「지방공무원법」 제36조", "「주민등록법」 제29조 제2항", "「여신전문금융업법」 제16조",
            "「근로기준법」 제43조", "「다문화가족지원법」 제5조", "「자동차관리법」 제84조", "「부가가치세법」 제8조 제1항"]


def neg_docno(r, dept=None):
    dept = dept or r.choice(DEPTS)
    f = r.random()
    if f < 0.6:
        return N("doc_number", "%s-%d" % (dept, r.randint(100, 19999)))
    if f < 0.8:
        return N("doc_number", "%s 제%d-%d호" % (r.choice(["고시", "공고", "훈령", "예규"]), r.randint(2022, 2025), r.randint(1, 999)))
    return N("doc_number", "%s-%d-%05d" % (r.choice(["민원", "감사", "복지"]), r.randint(2022, 2025), r.randint(1, 99999)))


def neg_range(r):
    y, m, d = r.randint(2022, 2025), r.randint(1, 11), r.randint(1, 28)
    m2, d2 = r.randint(m + 1, 12), r.randint(1, 28)
    f = r.choice(["%d. %d. %d.", "%d-%02d-%02d", "%d.%02d.%02d."])
    return N("date_not_dob", f % (y, m, d)), N("date_not_dob", f % (y, m2, d2))


def neg_amount(r):
    a = r.randint(3, 90000) * 1000
    f = r.random()
    if f < 0.5:
        return N("amount", "{:,}원".format(a))
    if f < 0.7:
        return N("amount", "₩{:,}".format(a))
    if f < 0.85:
        return N("amount", "금 {:,}원".format(a))
    return N("amount", "{:,}천원".format(a // 1000))


def neg_case(r):
    y = r.randint(2018, 2025)
    k = r.choice(["가단", "가합", "고단", "고합", "구합", "나", "노", "두", "도", "누", "고정", "드단", "느단"])
    return N("case_number", "%d%s%d" % (y, k, r.randint(100, 99999)))


def neg_receipt(r):
    f = r.random()
    if f < 0.4:
        return N("receipt_number", "%dA%s-%02d%02d-%07d" % (r.randint(1, 9), r.choice("ABCDE"), r.randint(22, 25),
                                                             r.randint(1, 12), r.randint(0, 9999999)))
    if f < 0.7:
        return N("receipt_number", "%d-%04d-%06d" % (r.randint(1101, 4999), r.randint(2021, 2025), r.randint(0, 999999)))
    return N("receipt_number", "%d%05d-%02d" % (r.randint(2023, 2025), r.randint(0, 99999) * 10 + 1, r.randint(0, 99)))


def neg_stat(r):
    f = r.random()
    if f < 0.3:
        return N("statistic", "{:,}명".format(r.randint(120, 980000)))
    if f < 0.55:
        return N("statistic", "%d.%d%%" % (r.randint(0, 99), r.randint(0, 9)))
    if f < 0.8:
        return N("statistic", "{:,}건".format(r.randint(30, 250000)))
    return N("statistic", "%d.%d배" % (r.randint(1, 9), r.randint(0, 9)))


def neg_product(r):
    f = r.random()
    if f < 0.35:
        return N("product_code", "%s-%s%d%s" % (r.choice(["SM", "LM", "KX", "HP", "NT"]), r.choice("AFGNT"),
                                                 r.randint(100, 999), r.choice(["N", "K", "S", ""])))
    if f < 0.7:
        return N("product_code", "%s%d-%04d-%s" % (r.choice("ABCKP"), r.randint(10, 99), r.randint(0, 9999),
                                                   r.choice(["BL", "WH", "GR", "K2"])))
    return N("product_code", "S/N %s%d%s" % (r.choice(["4CE", "KR7", "SN2"]), r.randint(100000, 999999),
                                              r.choice(["AX", "ZQ", "PT"])))


def neg_postal(r, inline=False):
    p = postal(r)
    return N("postal_code", p if inline else "(%s)" % p)


def neg_switch(r):
    f = r.random()
    if f < 0.65:
        return N("switchboard", r.choice(SWITCH))
    if f < 0.85:
        return N("switchboard", r.choice(SHORT))
    return N("switchboard", "%s-%d-%s" % (r.choice(["02", "044", "031"]), r.choice([2100, 2110, 215, 202, 120]),
                                          r.choice(["2114", "0114", "1114"])))


def neg_version(r):
    return N("version_number", r.choice(["10.0.19045.%d" % r.randint(1000, 4999), "v%d.%d.%d" % (r.randint(1, 9),
             r.randint(0, 20), r.randint(0, 40)), "%d.%d.%d.%d" % (r.randint(100, 130), 0, r.randint(5000, 6999),
                                                                      r.randint(10, 250))]))


def neg_inst_email(r):
    return N("institution_email", "%s@%s" % (r.choice(["minwon", "webmaster", "help", "privacy", "info", "jeongbo"]),
                                            r.choice(["mapo.go.kr", "mohw.go.kr", "moel.go.kr", "suwon.go.kr",
                                                      "nhis.or.kr", "ice.go.kr", "asan.go.kr", "korea.kr"])))


def neg_placeholder(r):
    return N("placeholder_person", r.choice(["김○○", "박**", "이△△", "정 모 씨", "갑", "을", "A씨", "B씨", "홍길동",
                                             "최○○", "이 모(45)씨", "A법인", "B사"]))


def neg_company(r):
    return N("company_name", r.choice(["(주)한빛엔지니어링", "주식회사 새롬아이티", "(유)대양물산", "가온디자인(주)",
                                       "㈜미래솔루션", "푸른숲건설 주식회사", "(주)다산랩", "서린상사"]))


def neg_userid(r):
    return N("system_user_id", r.choice(["u%05d" % r.randint(0, 99999), "emp%04d" % r.randint(0, 9999),
                                         "svc_batch%02d" % r.randint(1, 30), "adm%03d" % r.randint(1, 500)]))


def neg_mgmt(r):
    return N("management_number", "%03d-%04d-%04d" % (r.randint(10, 99), r.randint(2019, 2025), r.randint(0, 9999)))


# ---------------------------------------------------------------------- small prose helpers

GOV_TITLES = ["주무관", "주무관", "사무관", "서기관", "팀장", "과장", "행정관", "연구관", "실무관", "담당"]
NEWS_ROLES = ["씨", "씨", "님", "씨"]


def age(r):
    return r.randint(19, 88)


def inst(r):
    return r.choice(INSTS)


def head(i):
    return HEADS[i]


def sign_block(r, d, inst_name, dept):
    """결재란 / sign-off block.  Names labelled; office titles are not."""
    a, b, c = person(r), person(r), person(r)
    style = r.randint(0, 3)
    if style == 0:
        d.f("\n\n{hd}\n\n기안자 {t1} {a}   검토자 {t2} {b}   결재권자 {t3} {c}\n협조자\n",
            hd=N("office_title", head(inst_name)), t1=r.choice(["주무관", "행정주사보", "실무관"]), a=a,
            t2=r.choice(["팀장", "사무관"]), b=b, t3="전결 " + r.choice(["과장", "국장"]), c=c)
    elif style == 1:
        d.f("\n\n{hd}\n\n주무관 {a}  팀장 {b}  {t3} {c}\n", hd=N("office_title", head(inst_name)), a=a, b=b,
            t3=r.choice(["과장", "과장(전결)", "국장 전결"]), c=c)
    elif style == 2:
        d.f("\n\n기안 {a} ({t1})\n검토 {b} ({t2})\n결재 {c} ({t3})\n", a=a, t1=r.choice(["주무관", "행정7급"]),
            b=b, t2="팀장", c=c, t3=r.choice(["과장", "과장 전결"]))
    else:
        d.f("\n\n| 담당 | 팀장 | 과장 |\n| {a} | {b} | {c} |\n", a=a, b=b, c=c)
    return a


def footer(r, d, dept):
    """공문 footer: 시행 문서번호 (neg), 접수, 우편번호 (neg), institution address (neg), direct line/fax (PHONE), email."""
    d.f("\n시행 {no} ({dt})  접수\n", no=neg_docno(r, dept), dt=neg_date(r))
    d.f("우 {pc} {ad} / {url}\n", pc=neg_postal(r, True), ad=N("institution_address", r.choice(INST_ADDR)),
        url=r.choice(["www.korea.kr", "www.mapo.go.kr", "www.gov.kr", "www.suwon.go.kr"]))
    order = r.random()
    if order < 0.6:
        d.f("전화번호 {p}  팩스번호 {fx}  /  {em}  /  {op}\n", p=gov_line(r), fx=gov_line(r), em=email(r, "korea.kr"),
            op=r.choice(["공개", "부분공개(6)", "비공개(5)"]))
    else:
        d.f("전화 {p} 전송 {fx} {em} / 대국민 공개\n", p=gov_line(r), fx=gov_line(r), em=email(r, "korea.kr"))


# ---------------------------------------------------------------------- table rendering

def table(r, d, header, rows, style=None):
    """header: list of str ('' allowed = headerless column); rows: list of lists of cells (str | V | N)."""
    style = style or r.choice(["pipe", "pipe_tight", "tab", "space", "runon", "md"])

    def ct(c):
        return c.text if isinstance(c, (V, N)) else str(c)

    if style == "runon":
        if header and r.random() < 0.5:
            d.t(" ".join(h for h in header if h) + " ")
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                d.add(c)
                d.t(" ")
            if i < len(rows) - 1 and r.random() < 0.3:
                d.t("/ ")
        d.t("\n")
        return style
    widths = [max([len(header[j]) if header else 0] + [len(ct(row[j])) for row in rows]) for j in range(len(rows[0]))]
    lines = [header] if header is not None else []
    for li, row in enumerate(lines + rows):
        is_head = header is not None and li == 0
        cells = row
        if style in ("pipe", "md"):
            d.t("| ")
            for j, c in enumerate(cells):
                d.add(c)
                if j < len(cells) - 1:
                    d.t(" | ")
            d.t(" |\n")
            if is_head and style == "md":
                d.t("|" + "|".join("---" for _ in cells) + "|\n")
        elif style == "pipe_tight":
            for j, c in enumerate(cells):
                d.add(c)
                if j < len(cells) - 1:
                    d.t("|")
            d.t("\n")
        elif style == "tab":
            for j, c in enumerate(cells):
                d.add(c)
                if j < len(cells) - 1:
                    d.t("\t")
            d.t("\n")
        else:  # space aligned
            for j, c in enumerate(cells):
                d.add(c)
                if j < len(cells) - 1:
                    d.t(" " * (widths[j] - len(ct(c)) + 2))
            d.t("\n")
    return style


# ====================================================================== GENRES

def t_gongmun(r, d):
    i = inst(r)
    dept = r.choice(DEPTS)
    d.f("{i}\n\n", i=i)
    kind = r.randint(0, 2)
    nm = person(r)
    if kind == 0:
        d.f("수신  {nm} 귀하 ({pc} {ad})\n", nm=nm, pc=neg_postal(r, True), ad=address(r))
    elif kind == 1:
        d.f("수신자 {c} 대표이사 {nm}\n(경유)\n", c=neg_company(r), nm=nm)
        if r.random() < 0.7:
            d.f("(사업자등록번호 {b}, 법인등록번호 {c})\n", b=V("KR_BRN", brn(r), kind="brn"), c=V("KR_CRN", crn(r), kind="crn"))
    else:
        d.f("수신 {h}({dept}장)\n참조 {nm} {t}\n", h=N("office_title", r.choice(list(HEADS.values()))),
            dept=dept, nm=nm, t=r.choice(GOV_TITLES))
        nm = person(r)
    subj = r.choice(["민원 처리 결과 알림", "자료 제출 요청에 대한 회신", "보조금 교부 결정 통지", "과태료 부과 사전통지",
                     "행정처분 사전 통지", "개인정보 정정 요구에 대한 결과 통지"])
    d.f("제목 {s}\n\n1. 귀 {x}의 무궁한 발전을 기원합니다.\n", s=subj, x=r.choice(["기관", "댁", "사"]))
    d.f("2. 관련: {doc}({dt})\n", doc=neg_docno(r), dt=neg_date(r))
    d.f("3. {st}에 따라 아래와 같이 통지합니다.\n\n", st=N("statute", r.choice(STATUTES)))
    lines = []
    ty = pick(r, ["KR_RRN", "KR_FRN", "KR_BANK_ACCOUNT", "KR_DRIVER_LICENSE", "KR_PASSPORT", "CREDIT_CARD", "KR_BRN"])
    d.t("  가. 대상자" + kv(r))
    d.add(nm)
    if ty in ("KR_RRN", "KR_FRN", "KR_DRIVER_LICENSE", "KR_PASSPORT"):
        lab, v = {"KR_RRN": (r.choice(LABELS["KR_RRN"]), rrn(r, who="adult")), "KR_FRN": (r.choice(LABELS["KR_FRN"]), frn(r)),
                  "KR_DRIVER_LICENSE": (r.choice(LABELS["KR_DRIVER_LICENSE"]), driver_license(r)),
                  "KR_PASSPORT": (r.choice(LABELS["KR_PASSPORT"]), passport(r))}[ty]
        d.f(" ({lab} {v})\n", lab=lab, v=v)
    elif ty == "KR_BRN":
        d.f(" (사업자등록번호 {v})\n", v=V("KR_BRN", brn(r), kind="brn"))
    else:
        d.t("\n")
    d.f("  나. 금액" + kv(r) + "{a}\n", a=neg_amount(r))
    if ty == "KR_BANK_ACCOUNT" or r.random() < 0.4:
        bk, ac = account(r)
        d.f("  다. 입금계좌: {bk} {ac} (예금주 {nm})\n", bk=bk, ac=ac, nm=nm)
    if ty == "CREDIT_CARD":
        d.f("  다. 환불 승인 카드: {c} (승인일 {dt})\n", c=card(r), dt=neg_date(r))
    if r.random() < 0.5:
        d.f("  라. 연락처: {p}\n", p=phone(r, "mobile"))
    d.f("\n4. 기타 궁금하신 사항은 {dept} {o} {t}({p})에게 문의하여 주시기 바랍니다.  끝.\n",
        dept=dept, o=person(r), t=r.choice(GOV_TITLES), p=gov_line(r))
    sign_block(r, d, i, dept)
    footer(r, d, dept)


def t_gongmun_nopii(r, d):
    i = inst(r)
    dept = r.choice(DEPTS)
    d.f("{i}\n\n수신  수신자 참조\n(경유)\n제목  {s}\n\n", i=i, s=r.choice(
        ["2025년 상반기 개인정보 보호 교육 실시 안내", "정보공개 처리 지침 개정 알림", "민원 서식 일제 정비 계획 통보",
         "청사 출입 보안 강화 협조 요청", "예산 집행 지침 변경 안내"]))
    d.f("1. 관련: {a}, {b}\n", a=neg_docno(r), b=N("statute", r.choice(STATUTES)))
    d.f("2. 위 호와 관련하여 {dt}부터 {st}에 따른 개정 사항을 시행하오니 각 기관에서는 업무에 참고하시기 바랍니다.\n",
        dt=neg_date(r), st=N("statute", r.choice(STATUTES)))
    d.f("  가. 적용 대상: 전 부서 ({n})\n  나. 소요 예산: {a}\n  다. 문의: 콜센터 {sw}, 또는 {em}\n",
        n=neg_stat(r), a=neg_amount(r), sw=neg_switch(r), em=neg_inst_email(r))
    d.f("  라. 작성 예시: 성명란에 {ph}, 주민등록번호란에 {z} 형식으로 기재\n", ph=N("placeholder_person", "홍길동"),
        z=N("placeholder_id", "000000-0000000"))
    d.f("\n붙임  1. 개정 지침 1부.\n      2. 시스템 변경 내역(버전 {v}) 1부.  끝.\n\n{h}\n", v=neg_version(r),
        h=N("office_title", head(i)))
    d.f("\n시행 {no} ({dt})\n우 {pc} {ad}  대표전화 {sw}  /  공개\n", no=neg_docno(r, dept), dt=neg_date(r),
        pc=neg_postal(r, True), ad=N("institution_address", r.choice(INST_ADDR)), sw=neg_switch(r))


def t_minwon(r, d):
    nm = person(r)
    rcpt = neg_receipt(r)
    chan = r.choice(["국민신문고", "전자민원창구", "방문 민원", "새올 전자민원", "우편"])
    if r.random() < 0.5:
        d.f("민원 처리 결과 통지\n\n민원인{s}{nm} 귀하\n접수번호{s2}{rc}\n", nm=nm, s=kv(r), s2=kv(r), rc=rcpt)
    else:
        d.f("{nm} 님께서 {chan}(으)로 신청하신 민원(신청번호 {rc})에 대한 답변입니다.\n", nm=nm, chan=chan, rc=rcpt)
    if r.random() < 0.7:
        d.f("주소{s}{pc} {ad}\n", s=kv(r), pc=neg_postal(r), ad=address(r))
    if r.random() < 0.8:
        d.f("연락처{s}{p}\n", s=kv(r), p=phone(r, r.choice(["mobile", "mobile", "mobile_masked", "landline"])))
    d.f("\n1. 평소 {x} 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n", x=r.choice(["우리 구", "우리 시", "우리 부", "공단"]))
    topic = r.randint(0, 4)
    if topic == 0:
        b, ac = account(r)
        d.f("2. 귀하께서 요청하신 과오납 환급금 {a}은 {dt}에 귀하 명의의 {b} 계좌({ac})로 지급될 예정입니다.\n",
            a=neg_amount(r), dt=neg_date(r), b=b, ac=ac)
    elif topic == 1:
        d.f("2. 귀하의 차량({pl})에 대한 주정차 위반 과태료는 {st}에 따라 부과된 것으로, 의견 제출 기한은 {dt}까지입니다.\n",
            pl=plate(r), st=N("statute", "「도로교통법」 제32조"), dt=neg_date(r))
    elif topic == 2:
        c = card(r)
        d.f("2. 문의하신 수수료 이중 결제 건은 확인 결과 카드({c})로 {a}이 두 번 승인된 것으로 확인되어 {dt}자로 1건을 취소하였습니다.\n",
            c=c, a=neg_amount(r), dt=neg_date(r))
    elif topic == 3:
        lab, v = ident(r, ["KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE"])
        d.f("2. 신분 확인을 위해 제출하신 {lab}({v})가 전산 자료와 일치하지 않아 보완을 요청드립니다.\n", lab=lab, v=v)
    else:
        d.f("2. 민원 내용은 {st} 및 {st2}에 따라 검토하였으며, 관련 통계({n})를 함께 안내드립니다.\n",
            st=N("statute", r.choice(STATUTES)), st2=N("statute", "같은 법 시행령 제9조 제1항"), n=neg_stat(r))
    if r.random() < 0.5:
        d.f("   이메일({em})로도 결과를 발송하였습니다.\n", em=email(r))
    o = person(r)
    f = r.randint(0, 2)
    if f == 0:
        d.f("3. 추가 문의는 {dept} {o} {t}(☎ {p})에게 연락 주시면 친절히 안내해 드리겠습니다.\n",
            dept=r.choice(DEPTS), o=o, t=r.choice(GOV_TITLES), p=gov_line(r))
    elif f == 1:
        d.f("3. 담당자: {dept} {t} {o} / 전화 {p} / 대표전화 {sw}\n", dept=r.choice(DEPTS), t=r.choice(GOV_TITLES), o=o,
            p=gov_line(r), sw=neg_switch(r))
    else:
        d.f("3. 기타 문의: 정부민원안내콜센터 {sw} 또는 담당 {o}({em})\n", sw=N("switchboard", "110"), o=o,
            em=email(r, "korea.kr"))
    d.f("\n{dt}\n{h}\n", dt=neg_date(r), h=N("office_title", r.choice(list(HEADS.values()))))


def t_press(r, d):
    i = inst(r)
    d.f("보 도 자 료\n{i}  |  보도시점: {dt} 12:00\n\n", i=i, dt=neg_date(r))
    topic = r.choice(["전세사기 피해 지원", "외국인 근로자 안전 교육", "폭염 대비 취약계층 돌봄", "청년 일자리 박람회",
                      "다문화 가정 한국어 교육", "무인 민원발급기 확대"])
    d.f("{i}, {tp} 성과 발표\n- 올해 상반기 {n} 지원, 전년 대비 {p} 증가\n\n", i=i.split()[-1], tp=topic, n=neg_stat(r),
        p=N("statistic", "%d.%d%%" % (r.randint(1, 60), r.randint(0, 9))))
    a = person(r)
    agev = age(r)
    f = r.randint(0, 3)
    if f == 0:
        d.f("□ 이번 사업으로 도움을 받은 {a}({ag})씨는 \"{q}\"라고 말했다.\n", a=a, ag=agev, q=r.choice(
            ["막막했는데 큰 힘이 됐다", "절차가 생각보다 간단했다", "이웃에게도 꼭 알려주고 싶다"]))
    elif f == 1:
        d.f("□ 현장을 찾은 주민 {a} 씨({ag})에 따르면 {x}.\n", a=a, ag=agev, x=r.choice(
            ["대기 시간이 절반 이하로 줄었다", "교육 내용이 실제 업무에 바로 쓰였다"]))
    elif f == 2:
        fh, fl, nat, _ = foreigner(r)
        d.f("□ {nat} 출신 결혼이민자 {fh}({ag}) 씨는 \"한국어 수업 덕분에 아이 학교 상담도 혼자 할 수 있게 됐다\"고 전했다.\n",
            nat=nat, fh=fh, ag=agev)
    else:
        d.f("□ 수상자인 {a} {g}({ag}세)과 어머니 {b} 님이 함께 무대에 올랐다.\n", a=a, g=r.choice(["군", "양"]),
            ag=r.randint(9, 18), b=person(r))
    d.f("□ 한편 익명을 요청한 {ph}는 \"…\"라고 밝혔다.\n", ph=N("placeholder_person", r.choice(["김OO(54)씨", "김○○(47)씨",
                                                                                   "이 모(62)씨", "A(38)씨", "박△△ 씨"])))
    boss = person(r)
    d.f("□ {boss} {t}은 \"{q}\"고 강조했다.\n\n", boss=boss, t=r.choice(["장관", "차관", "구청장", "시장", "이사장", "국장"]),
        q="앞으로도 현장의 목소리를 정책에 반영하겠다")
    d.t(r.choice(["담당 부서", "문의", "담당"]) + "\n")
    rows = [[r.choice(DEPTS), "책임자 과장", person(r), gov_line(r)], ["", "담당자 " + r.choice(["사무관", "주무관"]),
                                                                    person(r), gov_line(r)]]
    if r.random() < 0.5:
        rows[1].append(email(r, "korea.kr"))
        rows[0].append("")
    table(r, d, None, rows, r.choice(["space", "tab", "pipe", "pipe_tight"]))


def t_press_nopii(r, d):
    i = inst(r)
    d.f("보도참고자료  {i}  ({dt} 배포)\n\n", i=i, dt=neg_date(r))
    d.f("{i}는 {dt}부터 {st}에 따른 개정 제도를 시행한다고 밝혔다. 지난해 접수 건수는 {n}로 전년({n2})보다 {p} 늘었다.\n",
        i=i.split()[-1], dt=neg_date(r), st=N("statute", r.choice(STATUTES)), n=neg_stat(r), n2=neg_stat(r),
        p=N("statistic", "%d.%d%%" % (r.randint(1, 40), r.randint(0, 9))))
    d.f("총사업비는 {a}이며, 사업 공고({no})는 누리집에 게시된다. 문의는 콜센터({sw}) 또는 {em}로 하면 된다.\n",
        a=neg_amount(r), no=neg_docno(r), sw=neg_switch(r), em=neg_inst_email(r))
    d.f("※ 붙임: 지역별 현황 1부 (관리번호 {m})\n", m=neg_mgmt(r))


def t_minutes(r, d):
    d.f("{x} 회의록\n\n일시: {dt} 14:00~16:10\n장소: {pl}\n", x=r.choice(
        ["제3차 민원조정위원회", "개인정보 보호 심의위원회", "학교운영위원회 정기회의", "다문화가족 지원 협의회",
         "지역사회보장협의체 실무회의", "교통안전 대책 회의"]), dt=neg_date(r), pl=r.choice(["본관 3층 소회의실", "영상회의(온라인)", "별관 2층 회의실"]))
    names = [person(r) for _ in range(r.randint(3, 6))]
    s = r.randint(0, 2)
    if s == 0:
        d.t("참석자: 위원장 ")
        d.add(names[0])
        d.t(", 위원 ")
        for j, n in enumerate(names[1:]):
            d.add(n)
            d.t(", " if j < len(names) - 2 else "")
        d.t(" (이상 %d명)\n" % len(names))
    elif s == 1:
        d.t("참석자(%d명)\n" % len(names))
        for n in names:
            d.t("  - ")
            d.add(n)
            d.t(" " + r.choice(["위원", "위원", "팀장", "간사", "교사", "학부모위원", "주무관"]) + "\n")
    else:
        d.t("참석: ")
        for j, n in enumerate(names):
            d.add(n)
            d.t("(" + r.choice(["위원장", "위원", "간사", "외부위원"]) + ")" + (" · " if j < len(names) - 1 else "\n"))
    if r.random() < 0.4:
        d.f("배석: {a} {t}(간사, 내선 없음, 휴대전화 {p})\n", a=names[-1], t="주무관", p=phone(r, "mobile"))
    d.t("\n")
    for k in range(r.randint(3, 5)):
        sp = r.choice(names)
        f = r.randint(0, 3)
        txt = r.choice(["지난 회의 결과를 보고드리겠습니다.", "해당 안건은 추가 검토가 필요하다고 봅니다.",
                        "예산 규모({a})가 적정한지 확인해야 합니다.", "동의합니다. 원안대로 의결하시지요.",
                        "민원인 측 자료는 개인정보가 많아 마스킹 후 배포하겠습니다."])
        if f == 0:
            d.f("○ {sp} 위원: ", sp=sp)
        elif f == 1:
            d.f("({sp} 위원) ", sp=sp)
        elif f == 2:
            d.f("{sp}: ", sp=sp)
        else:
            d.f("- 위원장({sp}): ", sp=sp)
        if "{a}" in txt:
            d.f(txt + "\n", a=neg_amount(r))
        else:
            d.t(txt + "\n")
    if r.random() < 0.5:
        c = person(r)
        d.f("\n※ 안건 2 관련 민원인 {c}({dob}생, 연락처 {p})의 이의신청서는 비공개로 배포함.\n", c=c, dob=dob(r), p=phone(r, "mobile"))
    d.f("\n의결: {x}\n작성자 {w} / 확인 {y}\n", x=r.choice(["원안 가결", "수정 가결", "보류"]), w=r.choice(names), y=names[0])


def t_judgment(r, d):
    court = r.choice(["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원 동부지원", "서울행정법원", "인천지방법원"])
    d.f("{c}\n판    결\n\n사    건  {cs} {t}\n", c=court, cs=neg_case(r), t=r.choice(
        ["손해배상(자)", "부당이득금 반환", "도로교통법위반(음주운전)", "사기", "운전면허취소처분취소", "임금"]))
    p1, p2 = person(r), person(r)
    ad1 = address(r)
    f = r.randint(0, 1)
    lab = "원    고" if f == 0 else "피 고 인"
    d.f("{lab}  {p}", lab=lab, p=p1)
    lt = pick(r, ["KR_RRN", "KR_DRIVER_LICENSE", "DATE_OF_BIRTH"])
    if lt == "KR_RRN":
        d.f(" ({v})\n", v=rrn(r, r.choice(["rrn_masked", "rrn_valid"]), "adult"))
    elif lt == "DATE_OF_BIRTH":
        d.f(" ({v}생)\n", v=dob(r, 1950, 2004))
    else:
        d.t("\n")
    d.f("          주소 {ad}\n", ad=ad1)
    if f == 0:
        d.f("          소송대리인 변호사 {l}\n피    고  {p2}\n          주소 {ad2}\n", l=person(r), p2=p2, ad2=address(r))
    else:
        d.f("변 호 인  변호사 {l}(국선)\n검    사  {pr}\n", l=person(r), pr=person(r))
    d.f("판결선고  {dt}\n\n주    문\n", dt=neg_date(r))
    if f == 0:
        d.f("1. 피고는 원고에게 {a} 및 이에 대하여 {dt}부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n",
            a=neg_amount(r), dt=neg_date(r, 2020, 2023))
    else:
        d.f("피고인을 벌금 {a}에 처한다.\n", a=neg_amount(r))
    d.t("\n이    유\n")
    if f == 0:
        d.f("원고는 {dt} 피고 소유의 {pl} 차량이 중앙선을 침범하여 발생한 사고로 상해를 입었다. 피고의 운전면허번호는 {dl}이고, "
            "사고 당시 원고는 {pl2} 차량을 운전 중이었다.\n", dt=neg_date(r, 2019, 2023), pl=plate(r), dl=driver_license(r),
            pl2=plate(r))
    else:
        d.f("피고인은 {dt} 혈중알코올농도 0.0{n}%의 술에 취한 상태로 {pl} 승용차를 운전하였다. 피고인은 {st}을 위반하였다. "
            "증인 {w}의 진술(휴대전화 {p} 통화내역 포함)도 이에 부합한다.\n", dt=neg_date(r, 2019, 2023), n=r.randint(30, 99),
            pl=plate(r), st=N("statute", "「도로교통법」 제44조 제1항"), w=person(r), p=phone(r, "mobile"))
    d.f("그 밖에 {ph}의 진술은 믿기 어렵다.\n\n판사  {j}\n", ph=neg_placeholder(r), j=person(r))


def t_accident(r, d):
    d.f("{x}\n\n1. 사고 개요\n - 일시: {dt} {h}시경\n - 장소: {loc}\n", x=r.choice(
        ["교통사고 발생 보고", "관용차량 사고 경위서", "현장 안전사고 보고서", "공사장 추락사고 보고"]),
        dt=neg_date(r), h=r.randint(6, 22), loc=r.choice(["청사 앞 삼거리 횡단보도", "○○사거리 좌회전 차로", "신축 공사현장 B동 3층",
                                                        "고속도로 하행선 휴게소 진입로", "지하주차장 2층 출구"]))
    d.t("\n2. 관련자\n")
    for k in range(r.randint(1, 3)):
        nm = person(r)
        items = r.sample(["dl", "pl", "ph", "rrn", "dob", "hi"], r.randint(2, 4))
        if "rrn" in items and "dob" in items:
            items.remove("dob")
        vals = []
        by = None
        for it in items:
            if it == "dl":
                vals.append((", 면허" + r.choice([" ", ": ", "번호 "]), driver_license(r)))
            elif it == "pl":
                vals.append((", 차량 ", plate(r)))
            elif it == "ph":
                vals.append((", 연락처 ", phone(r)))
            elif it == "rrn":
                v = rrn(r, who="adult")
                by = int(v.fmt[:4])
                vals.append((", 주민번호 ", v))
            elif it == "dob":
                v = dob(r, 1940, 2004)
                by = int(v.clean[:4])
                vals.append((", 생년월일 ", v))
            else:
                vals.append((", 건강보험 ", health_ins(r)))
        ag = (2024 - by) if by else age(r)
        d.f(" {k}) {nm}({ag}세, {role})", k=k + 1, nm=nm, ag=ag, role=r.choice(["운전자", "보행자", "동승자", "작업자", "피해자"]))
        for lab, v in vals:
            d.t(lab)
            d.add(v)
        d.t("\n")
    d.f("\n3. 피해 상황: 차량 파손(수리비 약 {a}), 경상 {n}\n", a=neg_amount(r), n=N("statistic", "%d명" % r.randint(1, 4)))
    d.f("4. 조치 사항: 보험사 접수(사고접수번호 {rc}), 경찰 신고({sw})\n", rc=neg_receipt(r), sw=N("switchboard", "112"))
    d.f("\n보고자: {dept} {t} {nm}  ({p})\n", dept=r.choice(DEPTS), t=r.choice(GOV_TITLES), nm=person(r), p=gov_line(r))


def t_audit(r, d):
    dr = neg_range(r)
    d.f("{x}\n\n가. 감사 개요\n  - 감사 기간: {d1} ~ {d2}\n  - 대상: {n} 중 표본 추출\n", x=r.choice(
        ["○○사업 보조금 집행실태 특정감사 결과", "기초생활급여 부정수급 점검 결과 보고", "법인카드 사용 실태 감사 결과",
         "출장비 정산 적정성 감사 보고서"]), d1=dr[0], d2=dr[1], n=neg_stat(r))
    d.t("\n나. 지적 사항\n  부당 지급 사례(표본)\n")
    style = r.choice(["pipe", "tab", "space", "runon", "md", "pipe_tight"])
    mode = r.randint(0, 2)
    rows = []
    if mode == 0:
        header = ["연번", "", "주민등록번호", "지급계좌", "부당지급액"]
        for k in range(r.randint(2, 4)):
            bk, ac = account(r)
            rows.append([str(k + 1), person(r), rrn(r, who="adult"), ac, neg_amount(r)])
    elif mode == 1:
        header = ["No", "사용자", "카드번호", "사용일", "금액", "비고"]
        for k in range(r.randint(2, 4)):
            rows.append([str(k + 1), person(r), card(r), neg_date(r), neg_amount(r), r.choice(["심야 사용", "주말 사용", "분할 결제"])])
    else:
        header = ["", "소속", "출장지", "여권번호", "정산액"]
        for k in range(r.randint(2, 4)):
            rows.append([person(r), r.choice(DEPTS), r.choice(["하노이", "울란바토르", "프랑크푸르트", "시드니", "도쿄"]),
                         passport(r, r.choice(["kr_new", "kr_old"])), neg_amount(r)])
    table(r, d, header, rows, style)
    d.f("\n다. 조치: {st}에 따라 환수 및 관련자 {t} 요구 (총 {n})\n", st=N("statute", r.choice(STATUTES)),
        t=r.choice(["주의", "경고", "징계"]), n=neg_stat(r))
    d.f("\n감사반장 {a}  감사관 {b}, {c}\n", a=person(r), b=person(r), c=person(r))


def t_foreign(r, d):
    fh, fl, nat, pp = foreigner(r)
    s = r.randint(0, 3)
    title = r.choice(["체류기간 연장허가 신청서", "외국인등록 사실증명 발급 신청", "결혼이민자 정착 지원 신청서",
                      "외국인 근로자 고용변동 신고서", "통합신청서 (Application Form)"])
    d.f("{t}\n\n", t=title)
    if s == 0:
        d.f("성명(Name){s}{fl}\n한글 성명{s2}{fh}\n국적(Nationality): {nat}\n", s=kv(r), fl=fl, s2=kv(r), fh=fh, nat=nat)
    elif s == 1:
        d.f("Surname/Given names | {fl} ({fh})\n국적 | {nat}\n", fl=fl, fh=fh, nat=nat)
    else:
        d.f("신청인 {fh}({nat}, 영문 {fl})\n", fh=fh, nat=nat, fl=fl)
    order = ["frn", "pp", "dob", "addr", "ph", "em"]
    r.shuffle(order)
    for it in order:
        if it == "frn" and r.random() < 0.9:
            d.f("{lab}{s}{v}\n", lab=r.choice(LABELS["KR_FRN"]), s=kv(r), v=frn(r, who="adult"))
        elif it == "pp" and r.random() < 0.9:
            d.f("{lab}{s}{v}\n", lab=r.choice(LABELS["KR_PASSPORT"]), s=kv(r), v=passport(r, pp))
        elif it == "dob" and r.random() < 0.6:
            d.f("생년월일(Date of Birth){s}{v}\n", s=kv(r), v=dob(r, 1960, 2004, r.choice(["iso", "dot_pad", "slash", "kor"])))
        elif it == "addr" and r.random() < 0.7:
            d.f("대한민국 내 주소{s}{v}\n", s=kv(r), v=address(r))
        elif it == "ph" and r.random() < 0.8:
            d.f("전화번호(Tel.){s}{v}\n", s=kv(r), v=phone(r, r.choice(["mobile", "mobile", "landline"])))
        elif it == "em" and r.random() < 0.5:
            d.f("E-mail{s}{v}\n", s=kv(r), v=email(r))
    if r.random() < 0.6:
        sp = person(r)
        d.f("\n배우자(Spouse){s}{sp}  주민등록번호 {rr}\n", s=kv(r), sp=sp, rr=rrn(r, who="adult"))
    if r.random() < 0.5:
        emp = neg_company(r)
        d.f("근무처{s}{c}  사업자등록번호 {b}  대표 {rep}\n", s=kv(r), c=emp, b=V("KR_BRN", brn(r), kind="brn"), rep=person(r))
    if r.random() < 0.4:
        bk, ac = account(r)
        d.f("지원금 입금 계좌: {bk} {ac}\n", bk=bk, ac=ac)
    d.f("\n신청일 {dt}    신청인 {fh} (서명)\n{o} 귀하\n", dt=neg_date(r), fh=fh if r.random() < 0.5 else fl,
        o=N("office_title", r.choice(["○○출입국·외국인사무소장", "서울남부출입국·외국인사무소장", "마포구청장", "수원시장"])))


def t_foreign_table(r, d):
    d.f("{x}\n\n", x=r.choice(["외국인 근로자 명단 (고용허가제)", "다문화가족 방문교육 대상자 현황", "외국인 주민 한국어 교실 수강생 명부",
                            "계절근로자 입국 예정자 명단"]))
    header_kind = r.randint(0, 2)
    rows = []
    n = r.randint(3, 5)
    for k in range(n):
        fh, fl, nat, pp = foreigner(r)
        nmv = fl if r.random() < 0.5 else fh
        row = [str(k + 1), nmv, nat]
        c = pick(r, ["KR_FRN", "KR_PASSPORT"])
        row.append(frn(r) if c == "KR_FRN" else passport(r, pp))
        row.append(phone(r, r.choice(["mobile", "mobile", "mobile_masked"])))
        rows.append(row)
    if header_kind == 0:
        header = ["번호", "", "국적", "등록번호/여권", "연락처"]
    elif header_kind == 1:
        header = ["No.", "Name", "Nationality", "ID No.", "Tel"]
    else:
        header = None
    table(r, d, header, rows)
    d.f("\n※ 총 {n}. 사업장 문의: 고용센터 {sw}\n", n=N("statistic", "%d명" % n), sw=N("switchboard", "1350"))


def t_welfare(r, d):
    d.f("{x}\n\n[신청인]\n", x=r.choice(["사회보장급여 신청(변경)서", "긴급복지지원 신청서", "기초연금 신청서", "에너지바우처 신청서",
                                    "아동수당 신청서"]))
    nm = person(r)
    s = r.randint(0, 1)
    if s == 0:
        d.f("성명{s}{nm}   주민등록번호{s2}{rr}\n", s=kv(r), nm=nm, s2=kv(r), rr=rrn(r, who="adult"))
    else:
        d.f("성 명 | {nm} | 주민등록번호 | {rr}\n", nm=(n_spaced_name(nm, r) if r.random() < 0.4 else nm), rr=rrn(r, who="adult"))
    d.f("주소{s}{pc} {ad}\n", s=kv(r), pc=neg_postal(r), ad=address(r))
    d.f("전화번호{s}{p} (휴대전화 {m})\n", s=kv(r), p=phone(r, "landline"), m=phone(r, "mobile"))
    d.t("\n[가구원 현황]\n")
    rows = []
    for k in range(r.randint(1, 3)):
        rel = r.choice(["배우자", "자녀", "자녀", "모", "부"])
        c = pick(r, ["KR_RRN", "KR_FRN", "DATE_OF_BIRTH"])
        who = "child" if rel == "자녀" else "adult"
        idv = rrn(r, who=who) if c == "KR_RRN" else (frn(r, who=who) if c == "KR_FRN" else
                                                    (dob(r, 2006, 2023) if who == "child" else dob(r, 1935, 1995)))
        rows.append([rel, person(r), idv, r.choice(["동거", "별거", "동거"])])
    table(r, d, ["관계", "성명", "주민(외국인)등록번호/생년월일", "비고"], rows)
    bk, ac = account(r)
    d.f("\n[급여 수령 계좌]  은행명: {bk}  계좌번호: {ac}  예금주: {nm}\n", bk=bk, ac=ac, nm=nm)
    if r.random() < 0.5:
        d.f("건강보험증 번호: {h}\n", h=health_ins(r))
    d.f("\n위 내용이 사실과 다름없음을 확인합니다. {dt}\n신청인 {nm} (서명 또는 인)\n{h} 귀하\n\n", dt=neg_date(r), nm=nm,
        h=N("office_title", r.choice(["마포구청장", "수원시장", "아산시장", "해운대구청장"])))
    d.f("접수 담당 {o} (☎ {p})  /  문의 {sw}\n", o=person(r), p=gov_line(r), sw=N("switchboard", r.choice(["129", "1566-3232"])))


def t_hr(r, d):
    s = r.randint(0, 2)
    if s == 0:
        d.f("{y}년 {x} 응시원서\n\n", y=r.randint(2023, 2025), x=r.choice(["지방공무원(운전직) 경력경쟁임용시험", "공무직(환경미화) 채용",
                                                                 "기간제 근로자(통역) 채용", "청원경찰 채용"]))
        nm = person(r)
        d.f("응시번호{s}{no}\n성명(한글){s2}{nm}   (한자) 金{x}\n", s=kv(r), no=N("receipt_number", "%d-%04d" % (r.randint(10, 99), r.randint(1, 9999))),
            s2=kv(r), nm=nm, x="○○")
        lab, v = ident(r, ["KR_RRN", "KR_DRIVER_LICENSE"])
        d.f("생년월일{s}{dob}\n{lab}{s2}{v}\n", s=kv(r), dob=dob(r, 1965, 2003), lab=lab, s2=kv(r), v=v)
        if r.random() < 0.8:
            d.f("자동차운전면허: 1종 {k} ({dl})\n", k=r.choice(["대형", "보통", "특수"]), dl=driver_license(r))
        d.f("주소{s}{ad}\n휴대전화{s2}{m}   전자우편{s3}{em}\n", s=kv(r), ad=address(r), s2=kv(r), m=phone(r, "mobile"),
            s3=kv(r), em=email(r))
        d.f("\n※ 기재 예시: 성명 {ph}\n", ph=N("placeholder_person", "홍길동"))
    elif s == 1:
        d.f("{x}\n\n", x=r.choice(["국외출장 명단 및 여권 정보", "공무국외출장 계획(안) 붙임 명단", "해외 연수 참가자 명단"]))
        rows = []
        for k in range(r.randint(2, 5)):
            rows.append([str(k + 1), r.choice(DEPTS), r.choice(["서기관", "사무관", "주무관", "연구관"]), person(r),
                         passport(r, r.choice(["kr_new", "kr_new", "kr_old"])), dob(r, 1965, 1999, r.choice(["iso", "dot_pad", "yymmdd"]))])
        table(r, d, r.choice([["연번", "소속", "직급", "성명", "여권번호", "생년월일"], ["", "부서", "직위", "", "Passport", "DOB"], None]), rows)
        d.f("\n※ 항공권 결제: 법인카드가 아닌 개인카드({c}) 사용분은 사후 정산\n", c=card(r))
    else:
        d.f("인 사 발 령\n\n{dt}자\n\n", dt=neg_date(r))
        for k in range(r.randint(2, 4)):
            nm = person(r)
            f = r.randint(0, 2)
            if f == 0:
                d.f("{g} {nm}\t{a}\t→\t{b}\n", g=r.choice(["행정5급", "행정6급", "행정7급", "시설6급"]), nm=nm,
                    a=r.choice(DEPTS), b=r.choice(DEPTS))
            elif f == 1:
                d.f("○ {b} {t} {nm} (前 {a})\n", b=r.choice(DEPTS), t=r.choice(["과장", "팀장", "주무관"]), nm=nm, a=r.choice(DEPTS))
            else:
                d.f("신규임용  {nm}  {g}  {b} 근무를 명함\n", nm=nm, g=r.choice(["행정9급", "전산8급"]), b=r.choice(DEPTS))
        if r.random() < 0.6:
            nm = person(r)
            bk, ac = account(r)
            d.f("\n[신규임용자 급여 계좌 등록] {nm} / {bk} {ac} / 비상연락처 {p} / {em}\n", nm=nm, bk=bk, ac=ac, p=phone(r, "mobile"), em=email(r))
        d.f("\n{h}\n", h=N("office_title", r.choice(list(HEADS.values()))))


def t_edu(r, d):
    s = r.randint(0, 2)
    school = r.choice(["한빛초등학교", "새솔중학교", "가람고등학교", "늘푸른초등학교", "다온중학교"])
    if s == 0:
        d.f("{sc} {x}\n\n", sc=school, x=r.choice(["방과후학교 수강료 환불 신청서", "현장체험학습 신청서", "교육급여 신청서", "전학 신청서"]))
        st, pa = person(r), person(r)
        if r.random() < 0.5:
            d.f("학생 성명{s}{st} ({g}학년 {c}반)   생년월일{s2}{dob}\n", s=kv(r), st=st, g=r.randint(1, 6), c=r.randint(1, 9),
                s2=kv(r), dob=dob(r, 2008, 2018))
        else:
            d.f("학생{s}{st} / {g}학년 / 주민등록번호{s2}{rr}\n", s=kv(r), st=st, g=r.randint(1, 6), s2=kv(r),
                rr=rrn(r, who="child"))
        d.f("보호자 성명{s}{pa}  (관계: {rel})   보호자 연락처{s2}{p}\n", s=kv(r), pa=pa, rel=r.choice(["부", "모", "조모"]),
            s2=kv(r), p=phone(r, r.choice(["mobile", "mobile", "mobile_masked"])))
        c = pick(r, ["KR_BANK_ACCOUNT", "CREDIT_CARD"])
        if c == "KR_BANK_ACCOUNT":
            bk, ac = account(r)
            d.f("환불 계좌: {bk} {ac} (예금주: {pa})\n", bk=bk, ac=ac, pa=pa)
        else:
            d.f("결제 취소 카드: {c}\n", c=card(r))
        if r.random() < 0.4:
            d.f("학부모 이메일: {em}\n", em=email(r))
        d.f("\n담임교사 {t} (인)   교무행정 {o}\n학교 대표번호 {sw}\n", t=person(r), o=person(r),
            sw=N("switchboard", "0%d-%03d-%04d" % (r.choice([2, 31, 51]), r.randint(200, 999), r.choice([2114, 1004, 5200]))))
    elif s == 1:
        d.f("{sc} {g}학년 {c}반 비상연락망\n\n", sc=school, g=r.randint(1, 3), c=r.randint(1, 8))
        rows = []
        for k in range(r.randint(3, 6)):
            st = person(r)
            rows.append([str(k + 1), st, person(r), phone(r, "mobile")])
        table(r, d, r.choice([["번호", "", "보호자", "연락처"], ["번호", "학생", "학부모", "휴대폰"], None]), rows)
        d.t("※ 외부 유출 금지\n")
    else:
        st = person(r)
        fh, fl, nat, pp = foreigner(r)
        d.f("{sc} 다문화 학생 상담 기록\n\n학생: {st} ({g}학년)  어머니: {fh} ({nat})\n", sc=school, st=st, g=r.randint(1, 6),
            fh=fh, nat=nat)
        d.f("어머니 외국인등록번호 {f}, 연락처 {p}\n", f=frn(r, who="adult"), p=phone(r, "mobile"))
        d.f("상담일 {dt} / 상담교사 {t} 선생님\n내용: 한국어 수업 연계, 통역 지원 요청({sw}).\n", dt=neg_date(r), t=person(r),
            sw=N("switchboard", "1577-1366"))


def t_medical(r, d):
    s = r.randint(0, 2)
    nm = person(r)
    if s == 0:
        d.f("{x}\n\n피보험자{s}{nm}\n", x=r.choice(["요양비 지급 청구서", "본인부담금 환급금 지급 신청서", "건강보험 피부양자 자격취득 신고서"]),
            s=kv(r), nm=nm)
        d.f("건강보험증 번호{s}{h}   주민등록번호{s2}{rr}\n", s=kv(r), h=health_ins(r), s2=kv(r), rr=rrn(r, who="adult"))
        for k in range(r.randint(0, 2)):
            rel = r.choice(["배우자", "자녀", "자녀", "부모"])
            who = "child" if rel == "자녀" else "adult"
            d.f("피부양자 {k}: {p} ({rel}) {rr}\n", k=k + 1, p=person(r), rel=rel,
                rr=rrn(r, who=who) if r.random() < 0.7 else frn(r, who=who))
        bk, ac = account(r)
        d.f("지급받을 계좌: {bk} / {ac} / 예금주 {nm}\n연락처: {p}\n", bk=bk, ac=ac, nm=nm, p=phone(r))
        d.f("\n요양기관: {h} (요양기관기호 {k})\n", h=r.choice(["서울○○의원", "새봄내과의원", "가람정형외과"]),
            k=N("management_number", "%08d" % r.randint(10000000, 49999999)))
    elif s == 1:
        d.f("진료비 세부내역 확인 민원 답변\n\n{nm} 님이 {dt} 진료받으신 내역(건강보험 {h})을 확인한 결과, "
            "카드({c})로 결제된 본인부담금 {a} 중 일부가 과다 청구되어 환불 조치하였습니다.\n", nm=nm, dt=neg_date(r),
            h=health_ins(r), c=card(r), a=neg_amount(r))
        d.f("환불 문의: 원무과 {p} / 공단 고객센터 {sw}\n", p=phone(r, "landline"), sw=N("switchboard", "1577-1000"))
    else:
        fh, fl, nat, pp = foreigner(r)
        bk, ac = account(r)
        d.f("외국인 건강보험 지역가입 확인서\n\n성명: {fl}\n외국인등록번호: {f}\n여권번호: {pp}\n건강보험증번호: {h}\n"
            "체류지: {ad}\n보험료 자동이체: {bk} {ac}\n", fl=fl, f=frn(r, who="adult"), pp=passport(r, pp), h=health_ins(r),
            ad=address(r), bk=bk, ac=ac)


def t_delegation(r, d):
    d.t(r.choice(["위 임 장", "위임장", "委任狀 (위임장)"]) + "\n\n")
    a, b = person(r), person(r)
    for role, p in (("위임인", a), ("수임인(대리인)", b)):
        d.f("[{role}]\n성명{s}{p}\n", role=role, s=kv(r), p=p)
        lab, v = ident(r, ["KR_RRN", "KR_DRIVER_LICENSE", "KR_PASSPORT", "KR_FRN"])
        d.f("{lab}{s}{v}\n", lab=lab, s=kv(r), v=v)
        if r.random() < 0.7:
            d.f("주소{s}{ad}\n", s=kv(r), ad=address(r))
        d.f("연락처{s}{p}\n", s=kv(r), p=phone(r))
        if role == "위임인":
            d.t("\n")
    d.f("\n위임 사항: {x}\n위 사람에게 위 사항을 위임합니다.\n\n{dt}\n위임인 {a} (인)\n", x=r.choice(
        ["주민등록표 등본 발급", "자동차 이전등록 신청", "여권 수령", "건강보험 자격득실 확인서 발급", "운전면허증 재발급"]),
        dt=neg_date(r), a=a)
    d.f("\n※ 위임인 및 수임인 신분증 사본 각 1부 첨부\n")


def t_consent(r, d):
    filled = r.random() < 0.8
    d.f("개인정보 수집·이용 {x}\n\n1. 수집 항목: 성명, 생년월일, 연락처, 주소, 계좌번호\n2. 수집 근거: {st}\n3. 보유 기간: 5년\n",
        x=r.choice(["동의서", "및 제3자 제공 동의서", "동의서(필수)"]), st=N("statute", "「개인정보 보호법」 제15조 제1항"))
    if not filled:
        d.f("\n성명: ________  (예: {ph})\n생년월일: ____. __. __.\n연락처: ___-____-____\n\n문의: {em} / {sw}\n",
            ph=N("placeholder_person", "홍길동"), em=neg_inst_email(r), sw=neg_switch(r))
        return
    nm = person(r)
    d.f("\n위 내용에 동의합니다. (☑ 동의 □ 미동의)\n\n{dt}\n", dt=neg_date(r))
    s = r.randint(0, 2)
    if s == 0:
        d.f("성명: {nm} (서명)  생년월일: {db}  연락처: {p}\n", nm=nm, db=dob(r), p=phone(r))
    elif s == 1:
        d.f("동의자 {nm} / {db} / {p} / {em}\n", nm=nm, db=dob(r), p=phone(r, "mobile"), em=email(r))
    else:
        d.f("성 명 {nm}\n주 소 {ad}\n이메일 {em}\n", nm=(n_spaced_name(nm, r) if r.random() < 0.4 else nm), ad=address(r), em=email(r))
    if r.random() < 0.5:
        d.f("법정대리인(만 14세 미만): {g} ({rel}, {p})\n", g=person(r), rel=r.choice(["부", "모"]), p=phone(r, "mobile"))


def t_application(r, d):
    d.f("{x}\n\n", x=r.choice(["수수료 환불 신청서", "온라인 결제 취소 요청서", "자동납부 신청서", "카드 자동이체 변경 신청서"]))
    nm = person(r)
    d.f("신청인{s}{nm}\n", s=kv(r), nm=nm)
    if r.random() < 0.6:
        d.f("생년월일{s}{db}\n", s=kv(r), db=dob(r))
    items = ["card", "acct", "ph", "em"]
    r.shuffle(items)
    for it in items:
        if it == "card":
            if r.random() < 0.4:
                d.f("변경 전 카드{s}{c}\n변경 후 카드{s}{c2}\n", s=kv(r), c=card(r, "card_masked"), c2=card(r))
            else:
                d.f("{lab}{s}{c}  (유효기간 {m:02d}/{y})\n".replace("{m:02d}", "%02d" % r.randint(1, 12)),
                    lab=r.choice(LABELS["CREDIT_CARD"]), s=kv(r), c=card(r), y=r.randint(26, 31))
        elif it == "acct":
            bk, ac = account(r)
            d.f("환불계좌{s}{bk} {ac}\n", s=kv(r), bk=bk, ac=ac)
        elif it == "ph":
            d.f("휴대전화{s}{p}\n", s=kv(r), p=phone(r, "mobile"))
        else:
            d.f("이메일{s}{em}\n", s=kv(r), em=email(r))
    d.f("결제금액{s}{a}  결제일 {dt}  승인번호 {ap}\n", s=kv(r), a=neg_amount(r), dt=neg_date(r),
        ap=N("approval_number", "%08d" % r.randint(0, 99999999)))
    d.f("\n상품/서비스: {p}\n", p=neg_product(r))


def t_log(r, d):
    n = r.randint(4, 8)
    sys = r.choice(["민원포털", "복지시스템", "e-인사", "학사관리", "출입관리", "차량관제"])
    d.f("[{s}] access log export ({dt})\n", s=sys, dt=neg_date(r))
    for k in range(n):
        ts = "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        d.f("{ts} ", ts=N("timestamp", ts))
        f = r.randint(0, 5)
        if f == 0:
            d.f("INFO login ok user={em} ip={ip}\n", em=email(r), ip=ip(r))
        elif f == 1:
            d.f("WARN login fail id:{u} src={ip} reason=bad_password\n", u=neg_userid(r), ip=ip(r))
        elif f == 2:
            d.f("INFO view record name={nm} rrn={rr} by {u} from {ip}\n", nm=person(r), rr=rrn(r, r.choice(["rrn_masked", "rrn_valid", "rrn_post2020"])),
                u=neg_userid(r), ip=ip(r))
        elif f == 3:
            d.f("DEBUG payment approved card={c} amt={a} client={ip}\n", c=card(r), a=N("amount", str(r.randint(1000, 990000))), ip=ip(r))
        elif f == 4:
            d.f("INFO sms sent to={p} template=NOTICE_{k:02d} agent={v}\n".replace("{k:02d}", "%02d" % r.randint(1, 40)), p=phone(r, "mobile"), v=neg_version(r))
        else:
            d.f("AUDIT export user=\"{nm}\" dept={dept} rows={n} ip={ip}\n", nm=person(r), dept=r.choice(DEPTS), n=r.randint(1, 500), ip=ip(r))
    if r.random() < 0.5:
        d.f("-- 처리자: {nm} {t}\n", nm=person(r), t=r.choice(GOV_TITLES))


def t_table(r, d):
    d.f("{x}\n", x=r.choice(["[붙임] 지원 대상자 명단", "수혜자 지급 내역", "참가자 명부", "자원봉사자 등록 현황", "주차장 정기권 신청자",
                            "장학금 지급 대상자", "보상금 지급 명세"]))
    cols = r.sample(["RRN", "PH", "ACCT", "ADDR", "EM", "DOB", "PL", "CARD", "DL", "HI", "FRN", "PP"], r.randint(2, 3))
    names = {"RRN": ["주민등록번호", "주민번호"], "PH": ["연락처", "전화", "휴대폰"], "ACCT": ["계좌번호", "입금계좌"],
             "ADDR": ["주소", "거주지"], "EM": ["이메일", "E-mail"], "DOB": ["생년월일", "생일"], "PL": ["차량번호", "차번"],
             "CARD": ["카드번호"], "DL": ["면허번호"], "HI": ["건강보험증번호"], "FRN": ["외국인등록번호"], "PP": ["여권번호"]}
    hk = r.randint(0, 2)
    header = ["연번", ""] if hk == 0 else (["번호", "성명"] if hk == 1 else None)
    if header is not None:
        header += [r.choice(names[c]) for c in cols]
    rows = []
    for k in range(r.randint(2, 5)):
        row = [str(k + 1), person(r) if r.random() < 0.9 else foreigner(r)[r.randint(0, 1)]]
        for c in cols:
            if c == "RRN":
                row.append(rrn(r))
            elif c == "PH":
                row.append(phone(r))
            elif c == "ACCT":
                bk, ac = account(r)
                row.append(ac)
            elif c == "ADDR":
                row.append(address(r))
            elif c == "EM":
                row.append(email(r))
            elif c == "DOB":
                row.append(dob(r))
            elif c == "PL":
                row.append(plate(r))
            elif c == "CARD":
                row.append(card(r))
            elif c == "DL":
                row.append(driver_license(r))
            elif c == "HI":
                row.append(health_ins(r))
            elif c == "FRN":
                row.append(frn(r))
            else:
                row.append(passport(r))
        rows.append(row)
    st = table(r, d, header, rows)
    d.f("계 {n}  (작성: {o})\n", n=N("statistic", "%d명" % len(rows)), o=person(r))
    return st


def t_contract(r, d):
    d.f("{x}\n\n", x=r.choice(["물품 구매 계약서", "용역 계약서", "공사 도급 계약서", "임대차 계약서"]))
    d.f("발주기관(갑): {i} (계약담당 {o} {t})\n", i=inst(r), o=person(r), t=r.choice(["주무관", "사무관"]))
    co = neg_company(r)
    rep = person(r)
    d.f("계약상대자(을): {co}\n  대표자{s}{rep}\n", co=co, s=kv(r), rep=rep)
    items = ["brn", "crn", "addr", "ph", "acct", "em"]
    r.shuffle(items)
    for it in items:
        if it == "brn":
            d.f("  사업자등록번호{s}{b}\n", s=kv(r), b=V("KR_BRN", brn(r) if r.random() < 0.85 else brn(r).replace("-", ""), kind="brn"))
        elif it == "crn":
            if r.random() < 0.85:
                c = crn(r)
                d.f("  법인등록번호{s}{c}\n", s=kv(r), c=V("KR_CRN", c if r.random() < 0.85 else c.replace("-", ""), c, kind="crn"))
        elif it == "addr":
            d.f("  주소{s}{ad}\n", s=kv(r), ad=address(r))
        elif it == "ph":
            d.f("  전화{s}{p}  휴대전화 {m}\n", s=kv(r), p=phone(r, "landline"), m=phone(r, "mobile"))
        elif it == "acct":
            bk, ac = account(r)
            d.f("  대금 지급 계좌: {bk} {ac} (예금주: {co})\n", bk=bk, ac=ac, co=co)
        else:
            d.f("  담당자 이메일: {em}\n", em=email(r, r.choice(CO_DOMAINS)))
    d1, d2 = neg_range(r)
    d.f("\n계약금액: {a} (부가가치세 포함)\n계약기간: {d1} ~ {d2}\n", a=neg_amount(r), d1=d1, d2=d2)
    d.f("근거: {st}, 입찰공고 {no}\n\n", st=N("statute", r.choice(STATUTES)),
        no=N("tender_number", "%d%07d-00" % (r.randint(2023, 2025), r.randint(0, 9999999))))
    d.f("갑 {h} (인)        을 {co} 대표 {rep} (인)\n", h=N("office_title", r.choice(list(HEADS.values()))), co=co, rep=rep)


def t_vehicle(r, d):
    nm = person(r)
    pl = plate(r)
    s = r.randint(0, 1)
    if s == 0:
        d.f("과태료 부과 사전통지서\n\n차량번호{s}{pl}\n소유자{s2}{nm}\n", s=kv(r), pl=pl, s2=kv(r), nm=nm)
        if r.random() < 0.6:
            d.f("생년월일{s}{db}\n", s=kv(r), db=dob(r, 1950, 2003, r.choice(["yymmdd", "dot_pad", "iso"])))
        d.f("주소{s}{ad}\n", s=kv(r), ad=address(r))
        d.f("\n위반일시: {dt} {h}:{m:02d}\n위반장소: {loc} 앞 (단속 카메라 {pc})\n위반내용: {st} 위반(주정차 금지구역)\n과태료: {a}\n"
            .replace("{m:02d}", "%02d" % r.randint(0, 59)), dt=neg_date(r), h=r.randint(0, 23),
            loc=r.choice(["○○초등학교 정문", "버스정류장", "소방시설 5m 이내"]), pc=neg_product(r),
            st=N("statute", "「도로교통법」 제32조"), a=neg_amount(r))
        d.f("\n의견 진술 시 운전자 {dn}의 운전면허번호({dl})를 기재하여 주십시오.\n", dn=nm if r.random() < 0.5 else person(r),
            dl=driver_license(r))
        d.f("문의: {dept} {p} / 납부 안내 {sw}\n", dept=r.choice(["교통행정과", "주차관리팀"]), p=gov_line(r), sw=neg_switch(r))
    else:
        d.f("렌터카 임대차 계약 사본(경찰 제출용)\n\n임차인 {nm}  면허번호 {dl}  면허종류 2종보통\n연락처 {p}\n대여 차량 {pl} (K5, 흰색)\n",
            nm=nm, dl=driver_license(r), p=phone(r, "mobile"), pl=plate(r, "plate_rental"))
        if r.random() < 0.6:
            d.f("제2운전자 {n2}  면허 {dl2}\n", n2=person(r), dl2=driver_license(r))
        d1, d2 = neg_range(r)
        d.f("결제 카드 {c}  보증금 {a}\n대여 {d1} ~ 반납 {d2}\n", c=card(r), a=neg_amount(r), d1=d1, d2=d2)


DICT_INTRO = ["상담 녹취 요약", "콜센터 통화 기록", "전화 민원 접수 메모", "복지 상담 통화 녹취록(발췌)", "환급 문의 전화 상담 기록"]


def t_transcript(r, d):
    d.f("{x}\n일시: {dt}\n\n", x=r.choice(DICT_INTRO), dt=neg_date(r))
    nm = person(r)
    d.f("상담원: 성함 말씀해 주시겠어요?\n민원인: {nm}입니다. {sp}.\n", nm=nm, sp=r.choice(["김치 할 때 김", "네", "성은 그대로요"]))
    items = ["ph", "id", "acct"]
    r.shuffle(items)
    for it in items:
        if it == "ph":
            v = phone(r, "mobile")
            v2 = n_dictated(v, r) or v
            d.f("상담원: 연락 가능한 번호는요?\n민원인: {v}요.\n", v=v2)
        elif it == "id":
            t = pick(r, ["KR_RRN", "CREDIT_CARD", "KR_FRN"])
            if t == "KR_RRN":
                v = rrn(r, r.choice(["rrn_valid", "rrn_post2020"]))
                q = "본인 확인을 위해 주민번호 불러 주세요."
            elif t == "KR_FRN":
                v = frn(r, "frn_valid")
                q = "외국인등록번호 말씀해 주세요."
            else:
                v = card(r, "card_visa", "dash")
                while v.kind == "card_masked":
                    v = card(r, None, "dash")
                q = "결제하신 카드 번호가 어떻게 되세요?"
            v2 = (n_dictated(v, r) or v) if r.random() < 0.75 else v
            d.f("상담원: {q}\n민원인: {v}이요.\n", q=q, v=v2)
        else:
            bk, ac = account(r, "dash")
            v2 = (n_dictated(ac, r) or ac) if r.random() < 0.6 else ac
            d.f("상담원: 환급받으실 계좌는요?\n민원인: {bk}, {v}입니다. 예금주는 {nm}이고요.\n", bk=bk, v=v2, nm=nm)
    d.f("\n처리: {dept} 이관 (상담원 {o}, 사번 {u})\n", dept=r.choice(DEPTS), o=person(r), u=neg_userid(r))


def t_card_incident(r, d):
    d.f("{x}\n\n", x=r.choice(["법인카드 분실 신고 및 재발급 요청", "카드 부정사용 의심 거래 조사 결과", "공공요금 카드 자동납부 오류 보고"]))
    rows = []
    for k in range(r.randint(2, 4)):
        rows.append([neg_date(r), person(r), card(r), neg_amount(r), r.choice(["승인", "취소", "부정사용 의심"])])
    table(r, d, r.choice([["일자", "사용자", "카드번호", "금액", "상태"], ["일자", "", "카드", "금액", "구분"], None]), rows)
    d.f("\n조치: 카드사 신고센터({sw}) 정지 요청 완료. 담당 {o} {t} {p}\n", sw=neg_switch(r), o=person(r), t=r.choice(GOV_TITLES),
        p=phone(r, r.choice(["mobile", "landline"])))
    if r.random() < 0.5:
        d.f("접속 기록상 결제 IP: {ip}, {ip2}\n", ip=ip(r), ip2=ip(r))


def t_nopii_stats(r, d):
    d.f("{x}\n\n", x=r.choice(["2024년 민원 처리 현황 통계", "외국인 주민 현황(시·군·구별)", "교통사고 발생 추이", "복지급여 지급 실적"]))
    for k in range(r.randint(3, 5)):
        d.f("- {a}: {n} (전년 대비 {p})\n", a=r.choice(["1분기", "2분기", "3분기", "4분기", "본청", "읍·면·동", "온라인"]),
            n=neg_stat(r), p=N("statistic", "%s%d.%d%%" % (r.choice(["+", "-", "▲", "▼"]), r.randint(0, 30), r.randint(0, 9))))
    d.f("\n예산 {a}, 근거 {st}, 관리번호 {m}, 대표번호 {sw}\n", a=neg_amount(r), st=N("statute", r.choice(STATUTES)), m=neg_mgmt(r), sw=neg_switch(r))
    d.f("사건 참고: {c}, 우편번호 {pc}, 장비 {pr}\n", c=neg_case(r), pc=neg_postal(r, True), pr=neg_product(r))


def t_sysnotice_nopii(r, d):
    d.f("시스템 점검 안내\n\n점검 일시: {dt} 22:00 ~ 익일 06:00\n대상: 민원 포털(버전 {v} → {v2})\n", dt=neg_date(r), v=neg_version(r), v2=neg_version(r))
    d.f("관리자 계정 {u}, {u2}은 점검 중 사용이 제한됩니다.\n문의: {em}, 헬프데스크 {sw}\n", u=neg_userid(r), u2=neg_userid(r), em=neg_inst_email(r), sw=neg_switch(r))
    d.f("※ 주민등록번호는 {z} 형식으로 마스킹되어 표시됩니다.\n", z=N("placeholder_id", r.choice(["000000-0000000", "******-*******"])))


def t_driver_roster(r, d):
    d.f("{x}\n\n", x=r.choice(["관용차량 운전자 등록 현황", "통학차량 운전자 자격 확인 명단", "공용차량 배차 일지"]))
    rows = []
    for k in range(r.randint(2, 4)):
        rows.append([person(r), driver_license(r), plate(r), phone(r, "mobile")])
    table(r, d, r.choice([["", "면허번호", "차량", "연락처"], ["운전자", "운전면허", "차량번호", "휴대전화"], None]), rows)
    d.f("\n확인자 {o} / 확인일 {dt}\n", o=person(r), dt=neg_date(r))


def t_passport_office(r, d):
    d.f("{x}\n\n", x=r.choice(["여권 발급 접수 대장(발췌)", "여권 분실 신고서", "여권 재발급 신청 처리 내역"]))
    s = r.randint(0, 1)
    if s == 0:
        nm = person(r)
        d.f("신고인{s}{nm}\n주민등록번호{s2}{rr}\n분실 여권번호{s3}{pp}\n분실 일시·장소: {dt}, {pl}\n연락처{s4}{p}\n",
            s=kv(r), nm=nm, s2=kv(r), rr=rrn(r, who="adult"), s3=kv(r), pp=passport(r), dt=neg_date(r),
            pl=r.choice(["인천국제공항 제1여객터미널", "하노이 시내 호텔", "김포공항 국내선"]), s4=kv(r), p=phone(r, "mobile"))
        d.f("영문성명: {en}\n", en=V("PERSON", r.choice(["KIM MINJUN", "LEE SEOYEON", "PARK JIHOON", "CHOI YUNA",
                                                        "JUNG HAEUN", "KANG DOHYUN", "YOON SUJIN", "HAN JIWON"]), kind="name_ko_latin"))
    else:
        rows = []
        for k in range(r.randint(2, 4)):
            rows.append([neg_receipt(r), person(r), passport(r), r.choice(["접수", "발급", "교부 완료"])])
        table(r, d, r.choice([["접수번호", "신청인", "여권번호", "상태"], None]), rows)
    d.f("\n담당 {o} {t}  |  여권 민원 {sw}\n", o=person(r), t="주무관", sw=neg_switch(r))


def t_vendor_table(r, d):
    d.f("{x}\n\n", x=r.choice(["협력업체 등록 현황", "입찰 참가 업체 목록", "보조사업자 선정 결과(붙임)", "물품 납품업체 정보"]))
    rows = []
    for k in range(r.randint(2, 4)):
        corp = r.random() < 0.8
        c = crn(r)
        rows.append([neg_company(r), person(r), V("KR_BRN", brn(r), kind="brn"),
                     V("KR_CRN", c if r.random() < 0.9 else c.replace("-", ""), c, kind="crn") if corp else "해당없음(개인)",
                     phone(r, r.choice(["landline", "landline", "mobile", "internet070"]))])
    table(r, d, r.choice([["상호", "대표자", "사업자등록번호", "법인등록번호", "전화"], ["업체명", "", "사업자번호", "법인번호", "연락처"], None]),
          rows)
    d.f("\n※ 선정 근거: {st} ({no})\n담당 {o} {t}\n", st=N("statute", r.choice(STATUTES)), no=neg_docno(r),
        o=person(r), t=r.choice(GOV_TITLES))


def t_birth(r, d):
    d.f("{x}\n\n", x=r.choice(["아동수당 지급 신청서", "첫만남이용권 신청서", "부모급여 신청서", "영아 예방접종 등록 확인서"]))
    child, parent = person(r), person(r)
    s = r.randint(0, 2)
    if s == 0:
        d.f("[아동]\n성명{s}{c}   주민등록번호{s2}{rr}\n", s=kv(r), c=child, s2=kv(r), rr=rrn(r, r.choice(["rrn_post2020", "rrn_post2020", None]), "child"))
    elif s == 1:
        d.f("아동 성명 | {c} | 주민등록번호 | {rr} | 성별 | {g}\n", c=child, rr=rrn(r, "rrn_post2020", "child"), g=r.choice(["남", "여"]))
    else:
        d.f("대상 아동: {c} ({rr})\n", c=child, rr=rrn(r, None, "child"))
    lab, v = ident(r, ["KR_RRN", "KR_FRN"])
    d.f("[신청인(보호자)]\n성명{s}{p}  관계: {rel}\n", s=kv(r), p=parent, rel="부" if v.clean[7] in "1357" else "모")
    d.f("{lab}{s}{v}\n휴대전화{s2}{m}\n", lab=lab, s=kv(r), v=v, s2=kv(r), m=phone(r, "mobile"))
    if r.random() < 0.6:
        d.f("주소{s}{ad}\n", s=kv(r), ad=address(r))
    bk, ac = account(r)
    d.f("지급 계좌: {bk} {ac} (예금주 {p})\n", bk=bk, ac=ac, p=parent if r.random() < 0.7 else child)
    d.f("\n{dt}  신청인 {p} (서명)\n{h} 귀하\n※ 문의 {sw}\n", dt=neg_date(r), p=parent, h=N("office_title", r.choice(["마포구청장", "수원시장", "김해시장"])),
        sw=N("switchboard", "129"))


def _josa(name, with_batchim, without):
    """pick the particle form by the final syllable of the (Hangul) name."""
    last = name.text.replace(" ", "")[-1]
    code = ord(last) - 0xAC00
    has = 0 <= code < 11172 and code % 28 != 0
    return with_batchim if has else without


def t_narrative(r, d):
    d.f("{x}\n\n", x=r.choice(["민원 처리 지연 경위 조사 결과", "보조금 부정수급 조사 경위서", "개인정보 유출 사고 경위 보고",
                              "직원 비위 관련 사실 확인 결과", "아동학대 의심 신고 처리 경위"]))
    a, b, c, w = person(r), person(r), person(r), person(r)
    sents = []

    def s1():
        d.f("□ {dt} {dept} 소속 {a} {t}{j} 민원인 {b} 씨의 신청서를 접수하였으나 처리 기한을 넘겼다.\n",
            dt=neg_date(r), dept=r.choice(DEPTS), a=a, t=r.choice(["주무관", "실무관", "사무관"]), j="은", b=b)

    def s2():
        d.f("□ {b}{j} \"{q}\"고 주장하였고, 담당 {a}{j2} 이를 부인하였다.\n", b=b, j=_josa(b, "은", "는"),
            q=r.choice(["두 차례나 전화로 독촉했다", "서류를 분명히 제출했다", "안내를 전혀 받지 못했다"]), a=a,
            j2=_josa(a, "은", "는"))

    def s3():
        d.f("□ 팀장 {c}에 따르면 당시 시스템 장애(장애 접수번호 {n})로 처리가 중단되었다고 한다.\n", c=c, n=neg_receipt(r))

    def s4():
        bk, ac = account(r)
        d.f("□ 조사 과정에서 {b}{j} 본인 명의 계좌({bk} {ac})로 지원금 {amt}이 이중 지급된 사실이 확인되었다.\n",
            b=b, j="의", bk=bk, ac=ac, amt=neg_amount(r))

    def s5():
        d.f("□ {a}{j} {dt} 오후 민원인의 휴대전화({p})로 처리 결과를 안내했다고 진술하였으나, 통화 기록은 확인되지 않았다.\n",
            a=a, j=_josa(a, "은", "는"), dt=neg_date(r), p=phone(r, "mobile"))

    def s6():
        d.f("□ 유출된 파일에는 {b} 등 {n}의 성명과 주민등록번호(예: {rr})가 포함되어 있었다.\n", b=b,
            n=N("statistic", "%d명" % r.randint(3, 400)), rr=rrn(r, r.choice(["rrn_masked", "rrn_valid"]), "adult"))

    def s7():
        d.f("□ 참고인 {w} 씨({ag}세)는 \"{q}\"라고 진술하였다.\n", w=w, ag=age(r),
            q=r.choice(["그날 사무실에 아무도 없었다", "메일은 다른 주소로 갔다", "차량은 평소 주차장에 있었다"]))

    def s8():
        d.f("□ 문제의 메일은 {a}의 업무용 주소({e1})가 아닌 개인 주소({e2})에서 발송되었다.\n", a=a,
            e1=email(r, "korea.kr"), e2=email(r))

    def s9():
        lab, v = ident(r, ["KR_DRIVER_LICENSE", "KR_PASSPORT", "KR_FRN"])
        kind = {"KR_DRIVER_LICENSE": "운전면허증", "KR_PASSPORT": "여권", "KR_FRN": "외국인등록증"}[v.type]
        d.f("□ {b} 씨가 제출한 신분증은 {k}({v})이었으며, 대리인 {c}에게는 별도의 위임장이 없었다.\n", b=b, k=kind, v=v, c=c)

    fs = [s1, s2, s3, s4, s5, s6, s7, s8, s9]
    r.shuffle(fs)
    for f in fs[:r.randint(4, 6)]:
        f()
    d.f("\n□ 조치 의견: {st}에 따라 {x}\n\n조사자 {o1} / 입회 {o2}\n", st=N("statute", r.choice(STATUTES)),
        x=r.choice(["관련자 주의 처분", "환수 및 경고", "징계위원회 회부"]), o1=person(r), o2=person(r))
