# -*- coding: utf-8 -*-
"""Document templates for sens_q. Each template returns (Doc, label, meta)."""
from sq_lib import (Doc, name, masked_name, mobile, landline, rrn, frn, passport, dl, account, address,
                    kdate, rdate, brn, company, pick_agency, DEPTS, RANKS, HEAD, AG)

OK = lambda r: r  # noqa


def lab(disc, mark="none", reasons=()):
    return {"disclosure": disc, "marking": mark, "reasons": sorted(set(reasons))}


def email(r):
    return "%s%d@%s" % (r.choice(["jhpark", "minsu", "hykim", "sjlee", "dwchoi", "yrjung", "tkkang", "sbyoon", "ejhan", "kmoh"]),
                        r.randint(1, 99), r.choice(["korea.kr", "korea.kr", "korea.kr", "go.kr"]))


def dept_of(r, ag):
    return r.choice(DEPTS[ag[6]])


def official(r, ag):
    return name(r), r.choice(RANKS[ag[6]])


def docno(r, dept):
    return "%s-%d" % (dept.replace("실", "").replace(" ", ""), r.randint(120, 9999))


# ---------------------------------------------------------------- 공문 frame
def gongmun(r, ag, dept, title, body, attach=None, receiver=None, disc=None, appr_table=None, via=False,
            head_extra=None, tail_extra=None, date=None):
    """Builds a 공문 with 두문 / 본문 / 결문. disc is the 공개구분 string or None (omitted)."""
    d = Doc(title)
    y, m, dd = date or rdate(r)
    if head_extra:
        d.p(*head_extra)
    d.p(ag[0])
    if r.random() < 0.3:
        d.p(r.choice(["국민과 함께하는 " + ag[0], "더 안전한 내일, " + ag[0], "청렴으로 신뢰받는 " + ag[0]]))
    d.blank()
    d.p("수신  " + (receiver or r.choice(["수신자 참조", "내부결재", "%s(%s)" % (r.choice(["각 시·도지사", "각 부서장", "각 소속기관장", "각급학교장"]), r.choice(["총무과장", "행정지원과장", "운영지원과장"]))])))
    d.p("(경유)" + ("  " + r.choice(["총무과장", "기획예산과장"]) if via else ""))
    d.p("제목  " + title)
    d.blank()
    for b in body:
        if isinstance(b, tuple) and b[0] == "table":
            d.table(b[1], b[2] if len(b) > 2 else "table")
        else:
            d.p(b)
    d.blank()
    if attach:
        lines = []
        for i, a in enumerate(attach):
            lead = "붙임  " if i == 0 else "      "
            num = ("%d. " % (i + 1)) if len(attach) > 1 else ""
            lines.append(lead + num + a + ("  끝." if i == len(attach) - 1 else ""))
        d.p(*lines)
    else:
        d.p("  끝.")
    d.blank()
    d.p("%s%s" % (ag[1], r.choice(["", "", " (직인생략)"])))
    d.blank()
    drafter, rank = official(r, ag)
    rev, rrank = name(r), r.choice(RANKS[ag[6]])
    head = HEAD[ag[6]]
    if appr_table is None:
        appr_table = r.random() < 0.4
    if appr_table:
        d.table([["기안자", "검토자", "결재권자"], ["%s %s" % (rank, drafter), "%s %s" % (rrank, rev), "%s %s %d. %d." % (head, "전결", m, dd)]], "결재란")
    else:
        d.p("%s %s   %s %s   %s %s %d. %d." % (rank, drafter, rrank, rev, head, r.choice(["전결", "전결", "대결"]), m, dd))
    d.p("협조자")
    dn = docno(r, dept)
    d.p("시행  %s (%s)          접수" % (dn, kdate(y, m, dd)))
    d.p("우 %s  %s  / %s" % (ag[2], ag[3], ag[4]))
    tel = landline(r, ag[5])
    fax = landline(r, ag[5])
    tail = "전화번호 %s  팩스번호 %s / %s" % (tel, fax, email(r))
    d.disc_loc = None
    if disc is not None:
        x = r.random()
        if x < 0.5:
            d.p(tail + " / " + disc)
            d.disc_loc = "결문"
        elif x < 0.8:
            d.p(tail)
            d.p("공개구분  " + disc)
            d.disc_loc = "결문 (separate line)"
        else:
            d.p(tail)
            d.footer = r.choice(["공개구분: %s", "%s", "- 1 - %s"]) % disc
            d.disc_loc = "page footer"
    else:
        d.p(tail)
    if tail_extra:
        d.blank()
        d.p(*tail_extra)
    return d


AREA = {_a[0]: _a[5] for _a in AG.values()}


def pub_word(r):
    return r.choice(["공개", "공개", "공개", "대국민공개"])


def part_word(r, n="6"):
    return r.choice(["부분공개(%s)" % n, "부분공개(%s)" % n, "부분공개(제%s호)" % n, "부분공개(제9조제1항제%s호)" % n])


def np_word(r, n):
    return r.choice(["비공개(%s)" % n, "비공개(%s)" % n, "비공개(제%s호)" % n, "비공개(제9조 제1항 제%s호)" % n, "비공개 (정보공개법 제9조①%s)" % n,
                     "비공개(「공공기관의 정보공개에 관한 법률」 제9조제1항제%s호)" % n, "비공개(법 제9조1항 %s호)" % n])


# ---------------------------------------------------------------- filler for long docs
FILL = ["%s 관련 현장 의견을 수렴한 결과, 절차 간소화와 담당 인력 보강에 대한 요구가 가장 많았다.",
        "최근 3년간 %s 실적은 꾸준히 증가하였으나 지역별 편차가 여전히 큰 것으로 나타났다.",
        "%s 추진 과정에서 관계 부서 간 역할 분담이 명확하지 않아 처리 기간이 지연되는 사례가 있었다.",
        "이에 따라 %s의 운영 기준을 정비하고, 분기별 점검 결과를 누리집에 게시할 계획이다.",
        "%s 예산은 전년 대비 소폭 증액되었으며, 집행률은 3분기 기준 72%% 수준이다.",
        "관계기관 협의 결과 %s 세부 지침은 하반기 중 마련하기로 하였다.",
        "%s에 대한 만족도 조사에서는 응답자의 다수가 안내 자료의 가독성 개선을 요청하였다.",
        "향후 %s 성과 지표를 재설계하여 정량·정성 평가를 병행할 예정이다.",
        "다만 %s 관련 시스템 노후화로 인한 장애가 간헐적으로 발생하고 있어 교체 검토가 필요하다.",
        "각 부서는 %s 추진 상황을 매월 말일까지 총괄 부서에 제출하여 주시기 바랍니다."]


def filler(r, topic, n):
    out = []
    heads = ["가. 추진 배경", "나. 현황", "다. 문제점", "라. 개선 방안", "마. 향후 계획", "바. 행정사항"]
    k = 0
    pool = []
    while len(pool) < n:
        chunk = list(FILL)
        r.shuffle(chunk)
        pool += chunk
    for i in range(n):
        if i % 3 == 0 and k < len(heads):
            out.append(heads[k])
            k += 1
        out.append("  ○ " + pool[i] % topic)
    return out


TOPICS = ["생활민원 처리", "공공데이터 개방", "청사 에너지 절감", "주민참여예산", "재난안전 교육", "민원 응대 품질",
          "공공시설 개방", "전자문서 유통", "청렴도 향상", "지역축제 운영", "하천 정비", "도서관 운영", "학교 급식 위생",
          "노후 소방장비 교체", "공영주차장 운영", "전통시장 활성화", "어린이 통학로 안전", "기록물 정리"]

# ---------------------------------------------------------------- PUBLIC templates


def t_pub_gongmun(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "edu", "public_corp", "fire"])
    dept = dept_of(r, ag)
    topic = r.choice(TOPICS)
    kind = r.choice(["행사", "교육", "자료", "회의", "점검"])
    y, m, dd = rdate(r)
    if kind == "행사":
        title = "%s 설명회 개최 안내" % topic
        body = ["1. 관련: %s-%d(%s)" % (dept, r.randint(100, 999), kdate(y, max(1, m - 1), dd)),
                "2. %s 정책의 추진 방향을 공유하고 현장 의견을 듣기 위하여 아래와 같이 설명회를 개최하오니 관련 부서 담당자가 참석할 수 있도록 협조하여 주시기 바랍니다." % topic,
                "  가. 일시: %s %d:00" % (kdate(y, m, dd), r.choice([10, 14, 15])),
                "  나. 장소: %s 대회의실" % ag[0],
                "  다. 참석대상: 각 기관 업무 담당자(기관별 1명)",
                "  라. 문의: %s %s" % (dept, landline(r, AREA[ag[0]]))]
    elif kind == "교육":
        title = "%s %d년 %s 직무교육 참석 요청" % (ag[0], y, topic)
        body = ["1. 귀 기관의 무궁한 발전을 기원합니다.",
                "2. %s 업무 담당자의 역량 강화를 위하여 직무교육을 다음과 같이 실시하오니 대상자가 참석하도록 조치하여 주시기 바랍니다." % topic,
                ("table", [["구분", "일시", "장소", "대상"], ["1기", kdate(y, m, dd), "본관 3층 교육장", "신규 담당자"], ["2기", kdate(y, m, min(28, dd + 7)), "온라인(영상)", "기존 담당자"]]),
                "3. 교육 이수 결과는 상시학습 시간으로 인정됩니다."]
    elif kind == "자료":
        title = "%s 추진 실적 제출 요청" % topic
        body = ["1. 관련: 「%s 운영 지침」" % topic,
                "2. %d년 상반기 %s 추진 실적을 붙임 서식에 따라 작성하여 %s까지 제출하여 주시기 바랍니다." % (y, topic, kdate(y, m, dd)),
                "3. 제출된 자료는 실적 분석 후 기관별 결과를 공유할 예정입니다."]
    elif kind == "회의":
        title = "제%d차 %s 실무협의회 개최 결과 통보" % (r.randint(2, 9), topic)
        body = ["1. %s에 개최한 %s 실무협의회 결과를 붙임과 같이 알려 드립니다." % (kdate(y, m, dd), topic),
                "2. 협의 결과에 따른 후속 조치 사항은 부서별로 이행하여 주시기 바랍니다.",
                "  가. 운영 매뉴얼 개정안 검토 의견 제출",
                "  나. 차기 회의 안건 발굴"]
    else:
        title = "%s 관련 합동 점검 계획 알림" % topic
        body = ["1. %s 분야의 안전 관리 실태를 확인하기 위하여 합동 점검을 실시하고자 합니다." % topic,
                "2. 점검 기간: %s ~ %s" % (kdate(y, m, dd), kdate(y, m, min(28, dd + 5))),
                "3. 점검 결과 경미한 사항은 현지 시정하고, 중대한 사항은 별도 통보할 예정입니다."]
    attach = r.choice([None, ["%s 세부 계획 1부." % topic], ["참석자 회신서 1부.", "오시는 길 1부."]])
    disc = pub_word(r)
    d = gongmun(r, ag, dept, title, body, attach, disc=disc)
    return d, lab("public"), {"cue": "공개구분 " + disc, "cue_location": "결문", "flags": ["stated"], "agency": ag[0], "genre": "공문"}


def t_pub_press(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "fire", "edu", "public_corp", "police"])
    topic = r.choice(TOPICS)
    y, m, dd = rdate(r)
    d = Doc("보도자료")
    d.p(ag[0], "보 도 자 료", "")
    d.table([["보도 일시", "%s(%s) %s부터" % (kdate(y, m, dd), r.choice("월화수목금"), r.choice(["배포 즉시", "12:00", "06:00"]))],
             ["배포 일시", kdate(y, m, dd)]])
    headline = r.choice(["%s, 올해 %d곳으로 확대", "%s 개선으로 처리기간 %d일 단축", "%s 우수기관 %d곳 선정"]) % (topic, r.randint(3, 40))
    d.p("", headline, "- " + r.choice(["현장 중심 지원 강화", "주민 체감형 서비스 제공", "관계기관 협업 체계 구축"]) + " -", "")
    d.p("□ %s(%s)는 %s %s 추진 결과를 발표하였다." % (ag[0], ag[1], kdate(y, m, dd, 1), topic))
    d.p("□ 이번 조치로 %s 대상은 전년보다 %d%% 늘어나며, 신청은 누리집(%s)에서 할 수 있다." % (topic, r.randint(5, 40), ag[4]))
    d.p("□ %s은 \"앞으로도 현장의 목소리를 정책에 반영하겠다\"고 밝혔다." % ag[1])
    if r.random() < 0.5:
        d.p("", "붙임  %s 주요 내용 1부." % topic)
    dept = dept_of(r, ag)
    d.blank()
    d.table([["담당 부서", dept, "책임자", "%s %s" % (HEAD[ag[6]], name(r)), landline(r, AREA[ag[0]])],
             ["", "", "담당자", "%s %s" % (r.choice(RANKS[ag[6]]), name(r)), landline(r, AREA[ag[0]])]], "담당")
    return d, lab("public"), {"cue": "보도자료, 공무원 성명·직위만 포함", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "보도자료"}


def t_pub_bid(r, i):
    ag = pick_agency(r, ["agency", "local", "public_corp", "edu"])
    y, m, dd = rdate(r)
    item = r.choice(["청사 냉난방기 교체공사", "%s 정보시스템 유지관리 용역" % ag[0], "공용차량 임차", "하천 준설공사", "급식실 환기설비 개선공사"])
    no = "%d%02d%05d-00" % (y, m, r.randint(10000, 99999))
    d = Doc("입찰공고")
    d.p("%s 공고 제%d-%d호" % (ag[0], y, r.randint(100, 999)), "", "%s 입찰공고" % item, "")
    d.p("1. 입찰에 부치는 사항",
        "  가. 공고번호: %s" % no,
        "  나. 건명: %s" % item,
        "  다. 기초금액: %s원(부가가치세 포함)" % format(r.randint(80, 900) * 1000000, ","),
        "2. 입찰 참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률」 및 같은 법 시행령에 따른 자격을 갖춘 자",
        "3. 낙찰자 결정 방법: 적격심사")
    d.p(r.choice(["4. 예정가격은 복수예비가격 15개 중 4개를 추첨하여 산술평균한 금액으로 하며, 개찰 전까지 비공개로 관리합니다.",
                  "4. 예비가격 기초금액은 공개하되, 예정가격 및 복수예비가격은 개찰 전에는 공개하지 않습니다(비공개).",
                  "4. 입찰자의 제안서 중 영업비밀에 해당하는 부분은 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 비공개할 수 있습니다."]))
    d.p("5. 입찰서 제출: 국가종합전자조달시스템(나라장터) 전자입찰",
        "6. 기타 사항은 입찰설명서를 참조하시기 바랍니다.", "", kdate(y, m, dd), "", ag[1])
    dept = dept_of(r, ag)
    d.p("(문의: %s %s)" % (dept, landline(r, AREA[ag[0]])))
    return d, lab("public"), {"cue": "입찰공고에 예정가격 '비공개'/제9조 언급", "cue_location": "body sentence", "flags": ["mention_only"], "agency": ag[0], "genre": "입찰"}


def t_pub_minutes(r, i):
    ag = pick_agency(r, ["ministry", "local", "edu", "public_corp"])
    topic = r.choice(TOPICS)
    y, m, dd = rdate(r)
    d = Doc("회의록")
    d.p("%s 제%d차 실무회의 회의록" % (topic, r.randint(1, 12)), "")
    d.table([["일시", "%s %d:00~%d:30" % (kdate(y, m, dd), 14, 15)], ["장소", "%s 소회의실" % ag[0]],
             ["참석", ", ".join("%s %s" % (dept_of(r, ag), r.choice(RANKS[ag[6]]) + " " + name(r)) for _ in range(3))]])
    d.p("", "1. 안건: %s 운영 개선안 검토" % topic, "2. 주요 논의 내용")
    for s_ in r.sample(FILL[:9], r.randint(3, 5)):
        d.p("  - " + s_ % topic)
    d.p("3. 결정 사항", "  - 개선안은 부서 의견을 반영하여 차기 회의에서 확정", "  - 회의 결과는 기관 누리집에 게시")
    d.p("", "작성: %s %s %s" % (dept_of(r, ag), r.choice(RANKS[ag[6]]), name(r)))
    return d, lab("public"), {"cue": "공무원만 참석한 회의록, 공개 예정 명시", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "회의록"}


MINWON_TOPICS = {"local": ["가로등 고장", "불법 주정차 단속", "보도블록 파손", "공사장 소음", "버스정류장 이전", "쓰레기 무단투기"],
                 "edu": ["방과후학교 운영", "통학로 안전", "학교 급식 식단"], "fire": ["소화전 주변 주차", "비상구 물건 적치", "소방차 전용구역 주차"],
                 "public_corp": ["수도 요금 고지", "고속도로 포트홀", "정전 안내 지연"], "court": ["민원서류 발급 절차", "법원 주차장 이용", "등기 열람 수수료"],
                 "agency": ["민원 처리 지연", "누리집 오류"], "police": ["교통 신호 주기", "방범용 CCTV 설치"], "ministry": ["누리집 오류"]}


def t_pub_minwon_masked(r, i):
    ag = pick_agency(r, ["local", "edu", "fire", "public_corp", "court"])
    dept = dept_of(r, ag)
    topic = r.choice(MINWON_TOPICS[ag[6]])
    nm = masked_name(r)
    body = ["1. 평소 %s 행정에 관심을 가져 주신 데 대하여 감사드립니다." % ag[0],
            "2. %s 님께서 국민신문고를 통하여 신청하신 '%s 관련 민원'(신청번호 1AA-%02d%02d-%07d)에 대한 검토 결과를 다음과 같이 알려 드립니다." % (nm, topic, r.randint(21, 25), r.randint(1, 12), r.randint(0, 9999999)),
            "  가. 민원 요지: %s에 대한 조치 요청" % topic,
            "  나. 처리 결과: 현장 확인 후 %s" % r.choice(["보수를 완료하였습니다.", "관련 부서에 이송하였습니다.", "다음 분기 정비 계획에 반영하였습니다."]),
            "3. 추가 문의 사항은 %s(%s)로 연락하여 주시면 친절히 안내해 드리겠습니다." % (dept, landline(r, AREA[ag[0]]))]
    d = gongmun(r, ag, dept, "%s 민원 처리 결과 알림" % topic, body, receiver="%s 님" % nm, disc=pub_word(r) if r.random() < 0.6 else None)
    return d, lab("public"), {"cue": "민원인 성명 비식별(%s), 개인 식별 불가" % nm, "cue_location": "수신/본문", "flags": ["content_only"], "agency": ag[0], "genre": "민원회신"}


def t_pub_audit_summary(r, i):
    ag = pick_agency(r, ["local", "edu", "public_corp", "agency"])
    y = r.randint(2024, 2025)
    d = Doc("감사 결과 공개")
    d.p("%d년 %s 종합감사 결과 공개" % (y, r.choice(["○○읍", "○○동 행정복지센터", "○○중학교", "○○사업소", "○○지사"])), "")
    d.p("1. 감사 개요", "  - 감사 기간: %s ~ %s" % (kdate(y, 5, 12), kdate(y, 5, 23)), "  - 감사 인원: 감사관 외 %d명" % r.randint(3, 8))
    d.p("2. 감사 결과 지적 사항")
    rows = [["번호", "지적 사항", "처분", "관련자"]]
    for k in range(r.randint(3, 5)):
        rows.append([str(k + 1), r.choice(["계약 관련 서류 미비", "보조금 정산 지연", "물품 관리 소홀", "초과근무수당 지급 부적정", "공유재산 대부료 미부과", "기록물 등록 누락"]),
                     r.choice(["주의", "시정", "통보", "개선"]), r.choice(["담당 주무관 A", "○○팀", "관련자 2명", "-"])])
    d.table(rows)
    d.p("3. 본 감사 결과는 「공공감사에 관한 법률」에 따라 공개하며, 관련자의 개인정보는 공개 대상에서 제외하였습니다.")
    return d, lab("public"), {"cue": "감사 결과 공개문, 관련자 비식별", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "감사결과"}


def t_pub_contract_notice(r, i):
    ag = pick_agency(r, ["agency", "local", "public_corp"])
    y, m, dd = rdate(r)
    d = Doc("계약 현황 공개")
    d.p("%s %d년 %d월 계약 체결 현황" % (ag[0], y, m), "")
    rows = [["번호", "계약명", "계약방법", "계약금액(원)", "계약상대자", "계약일"]]
    for k in range(r.randint(4, 7)):
        rows.append([str(k + 1), r.choice(["청사 청소용역", "전산장비 구매", "홍보물 제작", "조경 유지관리", "차량 정비", "시설물 안전점검 용역"]),
                     r.choice(["일반경쟁", "제한경쟁", "수의계약"]), format(r.randint(5, 900) * 100000, ","), company(r), kdate(y, m, r.randint(1, 28))])
    d.table(rows)
    d.p("※ %s에 따라 계약 정보를 공개합니다." % {"local": "「지방자치단체를 당사자로 하는 계약에 관한 법률」", "agency": "「국가를 당사자로 하는 계약에 관한 법률」",
                                             "public_corp": "「공공기관의 운영에 관한 법률」 및 계약사무 규칙"}[ag[6]])
    return d, lab("public"), {"cue": "법인 계약상대자만 기재된 계약 현황", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "계약"}


def t_pub_report_long(r, i):
    ag = pick_agency(r)
    topic = r.choice(TOPICS)
    d = Doc("결과보고")
    d.p("%s 추진 결과 보고" % topic, "", "%s %s" % (ag[0], dept_of(r, ag)), "")
    d.p(*filler(r, topic, r.randint(16, 24)))
    d.p("", "붙임  세부 추진 실적 1부.  끝.")
    return d, lab("public"), {"cue": "일반 정책 보고, 민감 내용 없음", "cue_location": "content", "flags": ["content_only", "long"], "agency": ag[0], "genre": "보고서"}


def t_pub_informal(r, i):
    ag = pick_agency(r)
    mark = r.choice(["직원 참고용", "내부 공유용", "사내 게시용"])
    y, m, dd = rdate(r)
    d = Doc("안내")
    d.p("[%s]" % mark, "")
    d.p(r.choice(["구내식당 운영 시간 변경 안내", "청사 주차장 도색 공사에 따른 이용 안내", "하계 휴가 운영 기준 안내", "청사 승강기 정기 점검 안내"]), "")
    d.p("1. 기간: %s ~ %s" % (kdate(y, m, dd), kdate(y, m, min(28, dd + 3))),
        "2. 내용: " + r.choice(["점심 운영 시간을 11:30~13:00으로 조정합니다.", "지상 주차장 B구역 이용이 제한됩니다.", "부서별 휴가 계획을 자율적으로 수립합니다.", "1호기 운행이 중지됩니다."]),
        "3. 문의: %s %s" % (dept_of(r, ag), landline(r, AREA[ag[0]])))
    return d, lab("public"), {"cue": "비공식 표시 '%s', 내용은 일반 안내" % mark, "cue_location": "first line", "flags": ["informal_marking"], "agency": ag[0], "genre": "안내"}


def t_pub_school(r, i):
    ag = pick_agency(r, ["edu"])
    y, m, dd = rdate(r)
    dept = dept_of(r, ag)
    body = ["1. 관련: %s 학사운영 지침" % ag[0],
            "2. %d학년도 %s 운영 계획을 다음과 같이 안내하오니 각급학교에서는 학교 교육계획에 반영하여 주시기 바랍니다." % (y, r.choice(["방과후학교", "진로체험 주간", "학교도서관 독서 행사", "교육과정 설명회", "학교 안전교육"])),
            ("table", [["구분", "기간", "비고"], ["1학기", "%d. 3. ~ %d. 7." % (y, y), "학교 자율"], ["2학기", "%d. 9. ~ %d. 12." % (y, y), "학교 자율"]]),
            "3. 학교별 운영 결과는 %s까지 업무관리시스템으로 제출하여 주시기 바랍니다." % kdate(y, 12, 20)]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, "%d학년도 학교 교육활동 운영 안내" % y, body, receiver="각급학교장", disc=disc)
    return d, lab("public"), {"cue": "공개구분 " + disc, "cue_location": "결문", "flags": ["stated"], "agency": ag[0], "genre": "공문"}


def t_pub_fire(r, i):
    ag = pick_agency(r, ["fire"])
    y, m, dd = rdate(r)
    d = Doc("소방안전점검 결과")
    d.p("%d년 %s 화재안전 특별점검 결과" % (y, r.choice(["전통시장", "요양시설", "물류창고", "숙박시설", "대형판매시설"])), "", ag[0] + " 예방안전과", "")
    d.table([["구분", "대상", "점검", "불량", "조치"], ["계", str(r.randint(40, 90)), "", "", ""],
             ["소방시설", str(r.randint(20, 50)), "완료", str(r.randint(1, 9)), "조치명령"], ["피난시설", str(r.randint(10, 30)), "완료", str(r.randint(0, 5)), "현지시정"]])
    d.p("", "□ 주요 불량 사항: 소화기 압력 미달, 유도등 점등 불량, 방화문 개방 고정 등",
        "□ 향후 계획: 불량 대상 이행 여부 확인 점검(%d월 중)" % ((m % 12) + 1),
        "□ 결과 공개: 관서 누리집 '정보공개 > 사전정보공표'에 게시")
    return d, lab("public"), {"cue": "집계 결과만, 대상 업소 비식별", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "보고서"}


# ------------------------------ mention-only public
def t_m_guideline(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "public_corp", "edu"])
    y, m, dd = rdate(r)
    dept = dept_of(r, ag)
    body = ["1. 관련: 「보안업무규정」 및 같은 규정 시행규칙, %s 보안업무 시행세칙" % ag[0],
            "2. 최근 타 기관에서 대외비 문서가 외부 메일로 전송되는 사례가 발생함에 따라, 비밀 및 대외비 문서 관리 요령을 다음과 같이 안내합니다.",
            "  가. 대외비는 문서 상단과 하단 중앙에 \"대외비\"를 표시하고, 보호기간을 명시할 것",
            "  나. Ⅲ급비밀 이상은 비밀취급 인가자만 취급하며, 예고문과 사본번호를 기재할 것",
            "  다. 비밀은 인터넷 PC에 저장하지 말고, 전자우편으로 발송하지 말 것",
            "  라. 보호기간이 지난 대외비는 일반문서로 재분류하여 관리할 것",
            "3. 각 부서는 %s까지 자체 점검을 실시하고 결과를 %s로 제출하여 주시기 바랍니다." % (kdate(y, m, dd), dept)]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, r.choice(["비밀 및 대외비 문서 관리 철저 안내", "보안문서 취급 요령 알림", "대외비 문서 관리 실태 자체점검 요청"]), body,
                attach=["비밀·대외비 표시 예시 1부."], disc=disc)
    return d, lab("public"), {"cue": "대외비/Ⅲ급비밀 취급 요령 안내(언급만), 공개구분 " + disc, "cue_location": "본문/결문", "flags": ["mention_only", "stated"], "agency": ag[0], "genre": "안내"}


def t_m_foi_guide(r, i):
    ag = pick_agency(r)
    d = Doc("정보공개 안내")
    d.p("%s 정보공개 청구 안내" % ag[0], "")
    d.p("1. 정보공개 청구 방법: 정보공개포털(www.open.go.kr), 방문, 우편, 팩스",
        "2. 공개 여부 결정: 청구를 받은 날부터 10일 이내(부득이한 경우 10일 연장)",
        "3. 결정 유형")
    d.table([["결정", "표시 예", "의미"], ["공개", "공개", "전부 공개"], ["부분공개", "부분공개(6)", "개인정보 등 일부를 가리고 공개"],
             ["비공개", "비공개(제9조 제1항 제5호)", "의사결정 과정 등 비공개 사유 해당"]])
    d.p("4. 비공개 대상 정보(「공공기관의 정보공개에 관한 법률」 제9조 제1항)",
        "  - 제1호 법령상 비밀·비공개 정보, 제2호 국가안전보장 등, 제3호 국민의 생명·신체 보호",
        "  - 제4호 재판·수사 관련 정보, 제5호 감사·시험·입찰계약·의사결정 과정, 제6호 개인정보",
        "  - 제7호 법인 등의 경영·영업상 비밀, 제8호 부동산 투기 등 우려 정보",
        "5. 불복 절차: 이의신청(30일 이내), 행정심판, 행정소송",
        "6. 문의: %s %s" % (dept_of(r, ag), landline(r, AREA[ag[0]])))
    return d, lab("public"), {"cue": "'부분공개(6)', '비공개(제9조 제1항 제5호)'를 설명으로 인용", "cue_location": "table/body", "flags": ["mention_only"], "agency": ag[0], "genre": "정보공개"}


def t_m_security_audit(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "public_corp"])
    y = r.randint(2024, 2025)
    d = Doc("보안감사 결과")
    d.p("%d년도 %s 정기 보안감사 결과(요약)" % (y, ag[0]), "")
    d.p("1. 감사 대상: 본부 %d개 부서, 소속기관 %d곳" % (r.randint(8, 20), r.randint(2, 9)),
        "2. 주요 지적 사항",
        "  - 대외비 문서에 보호기간을 표기하지 않은 사례 %d건" % r.randint(2, 9),
        "  - 비밀관리기록부와 Ⅲ급비밀 보관 현황 불일치 %d건" % r.randint(1, 4),
        "  - 업무용 PC 비밀번호를 90일 이상 변경하지 않은 사례 %d건" % r.randint(5, 30),
        "  - 보호구역(제한구역) 출입 대장 기재 누락 %d건" % r.randint(1, 6),
        "3. 조치 결과: 지적 사항 전건 시정 완료, 관련 직원 보안교육 실시",
        "4. 본 요약본은 일반에 공개하며, 세부 취약점 내역은 별도 관리합니다.")
    return d, lab("public"), {"cue": "보안감사 결과 요약(대외비·Ⅲ급비밀 언급)", "cue_location": "body", "flags": ["mention_only"], "agency": ag[0], "genre": "감사결과"}


def t_m_declass(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "police"])
    y, m, dd = rdate(r, 2025, 2026)
    dept = dept_of(r, ag)
    rows = [["번호", "문서번호", "종전 등급", "변경", "사유"]]
    for k in range(r.randint(3, 6)):
        rows.append([str(k + 1), "%s-%d" % (dept, r.randint(10, 999)), r.choice(["Ⅲ급비밀", "대외비", "Ⅱ급비밀", "대외비"]), "일반문서", r.choice(["보호기간 만료", "예고문에 따른 재분류", "비밀 해제 심의"])])
    body = ["1. 관련: 「보안업무규정」 제14조(예고문), 같은 규정 시행규칙",
            "2. 보호기간이 경과하였거나 예고문에 따라 재분류 시기가 도래한 문서를 다음과 같이 일반문서로 재분류하였음을 알려 드립니다.",
            ("table", rows),
            "3. 재분류된 문서는 기록물관리시스템의 공개 구분을 재검토하여 주시기 바랍니다."]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, "비밀 및 대외비 재분류(일반문서 전환) 결과 알림", body, disc=disc)
    return d, lab("public"), {"cue": "재분류 알림; 종전 등급 열거만", "cue_location": "table", "flags": ["mention_only", "stated"], "agency": ag[0], "genre": "공문"}


def t_m_cover_letter(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "police", "public_corp"])
    dept = dept_of(r, ag)
    grade = r.choice(["Ⅲ급비밀", "3급 비밀", "III급 비밀", "대외비"])
    body = ["1. 관련: %s-%d" % (dept, r.randint(100, 999)),
            "2. 요청하신 '%s' 관련 자료는 %s로 분류되어 있어 이 공문에 첨부하지 않고 비밀 수발 절차에 따라 별도 송부합니다." % (r.choice(["비상대비 자원관리", "국가중요시설 방호", "통합방위 협의회 운영", "재난 대응 비상연락"]), grade),
            "3. 수령 후 비밀관리기록부에 등재하고, 취급 인가자 외의 열람을 제한하여 주시기 바랍니다.",
            "4. 이 공문 자체는 일반문서입니다."]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, "요청 자료 별도 송부 알림", body, attach=["인수증 1부(비밀 자료는 별도 송부)."], disc=disc)
    return d, lab("public"), {"cue": "첨부 자료가 %s라는 언급, 본 공문은 일반문서" % grade, "cue_location": "본문", "flags": ["mention_only", "stated"], "agency": ag[0], "genre": "공문"}


def t_m_password(r, i):
    ag = pick_agency(r)
    y, m, dd = rdate(r)
    d = Doc("비밀번호 변경 안내")
    d.p(r.choice(["[알림] 업무포털 비밀번호 정기 변경 안내", "행정전자서명(GPKI) 인증서 비밀번호 관리 안내", "내부망 PC 비밀번호 변경 및 화면보호기 설정 안내"]), "")
    d.p("1. 정보보안 기본지침에 따라 모든 직원은 %s까지 비밀번호를 변경하여 주시기 바랍니다." % kdate(y, m, dd),
        "2. 비밀번호 작성 규칙",
        "  - 영문 대·소문자, 숫자, 특수문자 중 3종류 이상 조합 9자리 이상",
        "  - 생일, 전화번호 등 추측하기 쉬운 비밀번호 사용 금지",
        "  - 직전에 사용한 비밀번호 재사용 금지",
        "3. 비밀번호를 분실한 경우 %s 정보화 담당(%s)으로 문의하시기 바랍니다." % (ag[0], landline(r, AREA[ag[0]])),
        "4. 비밀번호는 타인에게 알려주거나 모니터에 부착하지 마십시오.")
    return d, lab("public"), {"cue": "'비밀번호' 단어만(비밀 표시 아님)", "cue_location": "body", "flags": ["mention_only"], "agency": ag[0], "genre": "안내"}


def t_m_grade(r, i):
    ag = pick_agency(r, ["ministry", "agency"])
    y, m, dd = rdate(r)
    rows = [["소속", "직급", "성명", "발령 사항"]]
    for k in range(r.randint(3, 6)):
        g = r.choice(["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)", "3급(부이사관)"])
        rows.append([r.choice(DEPTS[ag[6]]), g, name(r), r.choice(["승진 임용", "전보", "직무대리 지정", "파견 복귀"])])
    d = Doc("인사발령")
    d.p("%s 인사발령" % ag[0], "", "%s자" % kdate(y, m, dd), "")
    d.table(rows)
    d.p("", "※ 고위공무원단 및 3급 이상 직위 인사는 %s 누리집 '인사 소식'에 게시합니다." % ag[0], "", ag[1])
    return d, lab("public"), {"cue": "'3급/1급'은 공무원 직급(비밀 등급 아님); 재직 공무원 인사", "cue_location": "table", "flags": ["mention_only"], "agency": ag[0], "genre": "인사"}


def t_m_foi_decision(r, i):
    ag = pick_agency(r)
    dept = dept_of(r, ag)
    nm = masked_name(r)
    y, m, dd = rdate(r)
    rsn = r.choice([("5", "의사결정 과정 또는 내부검토 과정에 있는 사항"), ("6", "개인에 관한 사항"), ("4", "수사에 관한 사항"), ("7", "법인의 영업상 비밀")])
    body = ["1. %s 님께서 %s 청구하신 정보(접수번호 %d%07d)에 대한 결정 내용을 다음과 같이 알려 드립니다." % (nm, kdate(y, m, dd), y, r.randint(0, 9999999)),
            ("table", [["청구 내용", "공개 여부", "사유"], ["%s 관련 문서 일체" % r.choice(TOPICS), r.choice(["부분공개", "비공개"]), "정보공개법 제9조 제1항 제%s호(%s)" % rsn]]),
            "2. 이 결정에 불복하는 경우 결정 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.",
            "3. 공개 대상 정보는 정보공개포털에서 열람하실 수 있습니다."]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, "정보공개 결정 통지", body, receiver="%s 님" % nm, disc=disc)
    return d, lab("public"), {"cue": "다른 청구에 대한 비공개 사유 인용(제%s호), 청구인 비식별" % rsn[0], "cue_location": "본문 table", "flags": ["mention_only", "stated"], "agency": ag[0], "genre": "정보공개"}


def t_m_training(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "public_corp", "police", "fire"])
    y, m, dd = rdate(r)
    dept = dept_of(r, ag)
    body = ["1. %d년 상반기 보안교육을 다음과 같이 실시하오니 대상자가 빠짐없이 참석하도록 협조하여 주시기 바랍니다." % y,
            "  가. 일시: %s 14:00~16:00" % kdate(y, m, dd),
            "  나. 대상: 비밀취급 인가자(Ⅱ급·Ⅲ급) 및 대외비 취급 부서 직원",
            "  다. 내용: 비밀 분류 기준, 예고문 작성, 사본번호 관리, 보호기간 경과 대외비 재분류",
            "2. 교육 자료는 일반문서로 작성되었으며 교육 후 누리집에 게시합니다."]
    disc = pub_word(r)
    d = gongmun(r, ag, dept, "%d년 상반기 비밀취급 인가자 보안교육 실시" % y, body, disc=disc)
    return d, lab("public"), {"cue": "보안교육 안내(비밀 등급 언급만)", "cue_location": "본문", "flags": ["mention_only", "stated"], "agency": ag[0], "genre": "공문"}


def t_m_committee_rules(r, i):
    ag = pick_agency(r, ["local", "edu", "public_corp"])
    d = Doc("위원회 운영규정 개정")
    d.p("%s %s 운영규정 일부개정 알림" % (ag[0], r.choice(["도시계획위원회", "인사위원회", "공유재산심의회", "정보공개심의회"])), "")
    d.p("1. 개정 이유: 회의 공개 원칙을 명확히 하고 비공개 사유를 구체화함",
        "2. 주요 개정 내용",
        "  가. 회의록은 원칙적으로 공개하되, 「공공기관의 정보공개에 관한 법률」 제9조제1항제5호·제6호에 해당하는 부분은 비공개로 할 수 있음(안 제12조)",
        "  나. 비공개 결정 시 그 사유를 회의록에 기재함(안 제12조의2)",
        "  다. 위원의 개인 연락처와 주소는 공개 대상에서 제외함(안 제13조)",
        "3. 시행일: 공포한 날", "", "붙임  운영규정 신·구조문 대비표 1부.  끝.")
    return d, lab("public"), {"cue": "비공개 사유 조항 개정 안내(언급만)", "cue_location": "body", "flags": ["mention_only"], "agency": ag[0], "genre": "안내"}


# ---------------------------------------------------------------- PARTIAL templates

def t_par_gongmun6(r, i):
    ag = pick_agency(r, ["local", "local", "fire"])
    dept = dept_of(r, ag)
    nm, ph, ad = name(r), mobile(r), address(r)
    topic = "소방시설 완공검사" if ag[6] == "fire" else r.choice(["도로 점용허가", "건축물 사용승인", "농지 전용 협의", "옥외광고물 허가", "개발행위 허가"])
    body = ["1. 관련: %s 신청(%s)" % (topic, kdate(*rdate(r))),
            "2. %s 신청 건에 대하여 관계 부서 협의 결과를 다음과 같이 알려 드리니 보완 서류를 제출하여 주시기 바랍니다." % topic,
            "  가. 신청인: %s (연락처 %s)" % (nm, ph),
            "  나. 대상지: %s" % ad,
            "  다. 보완 사항: %s" % r.choice(["배치도 축척 오류 수정", "토지 사용 승낙서 제출", "구조 안전 확인서 첨부", "위치도 재작성"]),
            "3. 보완 기한까지 제출하지 않는 경우 「민원 처리에 관한 법률」에 따라 반려될 수 있습니다."]
    disc = part_word(r)
    d = gongmun(r, ag, dept, "%s 신청 보완 요구" % topic, body, receiver="%s 귀하" % nm, disc=disc)
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "공개구분 %s; 신청인 성명·주소·휴대전화" % disc, "cue_location": "결문", "flags": ["stated"], "agency": ag[0], "genre": "민원회신"}


def t_par_minwon(r, i):
    ag = pick_agency(r, ["local", "police", "edu", "public_corp", "fire"])
    dept = dept_of(r, ag)
    nm, ad = name(r), address(r)
    topic = r.choice(MINWON_TOPICS[ag[6]])
    d = Doc("민원 회신")
    d.p("%s 님 귀하" % nm, "(주소: %s)" % ad, "")
    d.p("제목: %s 관련 민원 회신" % topic, "",
        "1. 귀하께서 %s 제출하신 민원에 대하여 답변드립니다." % kdate(*rdate(r)),
        "2. %s 님이 지적하신 %s 문제는 현장 확인 결과 사실로 확인되어 관련 업체에 시정을 요구하였습니다." % (nm, topic),
        "3. 향후 같은 문제가 반복될 경우 %s(%s)로 연락하여 주시기 바랍니다." % (dept, landline(r, AREA[ag[0]])), "",
        "%s %s" % (ag[0], dept))
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "민원인 실명·주소 (공개구분 없음)", "cue_location": "first lines", "flags": ["content_only"], "agency": ag[0], "genre": "민원회신"}


def t_par_contract(r, i):
    ag = pick_agency(r, ["agency", "local", "public_corp", "edu"])
    y, m, dd = rdate(r)
    rep = name(r)
    bank, acct = account(r)
    sole = r.random() < 0.45
    item = r.choice(["청사 방역 용역", "홍보 영상 제작", "행사 음향 장비 임차", "조경 관리 용역", "간판 정비 용역"])
    d = Doc("용역 계약서")
    d.p("%s 계약서" % item, "")
    d.p("발주기관(갑): %s" % ag[0], "계약상대자(을): %s" % (("%s(대표 %s)" % (r.choice(["새봄", "한결", "바른", "두레"]) + r.choice(["기획", "환경", "음향", "조경"]), rep)) if sole else company(r)))
    rows = [["구분", "내용"], ["계약금액", "금 %s원정" % format(r.randint(3, 90) * 1000000, ",")], ["계약기간", "%s ~ %s" % (kdate(y, m, dd), kdate(y, 12, 31))],
            ["대표자", rep], ["사업자등록번호", brn(r)], ["주소", address(r, unit=r.random() < 0.5)], ["대금 지급 계좌", "%s %s (예금주 %s)" % (bank, acct, rep if sole else "법인 명의")]]
    reasons = ["OIDA-9-1-6"]
    cue = "대표자 성명·계좌"
    if sole:
        rows.insert(5, ["주민등록번호", rrn(r)])
        reasons.append("PIPA-24")
        cue = "개인사업자 대표 주민등록번호(비마스킹)·계좌"
    d.table(rows)
    d.p("", "제1조(목적) 이 계약은 갑이 발주하는 %s의 수행에 필요한 사항을 정함을 목적으로 한다." % item,
        "제2조(계약 이행) 을은 과업지시서에 따라 성실히 용역을 수행하여야 한다.",
        "제3조(대금 지급) 갑은 검사 완료 후 14일 이내에 대금을 지급한다.", "",
        kdate(y, m, dd), "갑: %s (인)   을: %s (인)" % (ag[1], rep))
    return d, lab("partial", reasons=reasons), {"cue": cue, "cue_location": "table", "flags": ["content_only"], "agency": ag[0], "genre": "계약"}


def t_par_contract_trade(r, i):
    ag = pick_agency(r, ["agency", "public_corp", "local"])
    y, m, dd = rdate(r)
    co = company(r)
    with_person = r.random() < 0.5
    d = Doc("계약 검토")
    d.p("%s 구매계약 체결 결과 보고" % r.choice(["수질 계측기", "배전 자동화 단말", "터널 환기 제어장치", "정수 약품 투입기"]), "")
    d.p("1. 계약상대자: %s" % co, "2. 계약금액: %s원" % format(r.randint(100, 3000) * 1000000, ","), "3. 원가 산출 내역(업체 제출)")
    rows = [["항목", "단가(원)", "수량", "비고"]]
    for k in range(4):
        rows.append([r.choice(["핵심 모듈", "제어 소프트웨어 라이선스", "설치 인건비", "자체 개발 센서", "유지보수"]), format(r.randint(1, 900) * 10000, ","), str(r.randint(1, 40)), "업체 영업비밀"])
    d.table(rows)
    d.p("※ 원가 산출 내역은 업체의 경영·영업상 비밀로서 정보공개법 제9조제1항제7호에 해당하여 공개 시 제외함")
    reasons = ["OIDA-9-1-7"]
    if with_person:
        d.p("4. 업체 실무 담당: %s 과장(%s)" % (name(r), mobile(r)))
        reasons.append("OIDA-9-1-6")
    disc = part_word(r, "6,7" if with_person else "7")
    d.p("", "공개구분: " + disc)
    return d, lab("partial", reasons=reasons), {"cue": "업체 원가 산출 내역(영업비밀) 부분 제외; " + disc, "cue_location": "body sentence + last line", "flags": ["stated"], "agency": ag[0], "genre": "계약"}


def t_par_minutes_private(r, i):
    ag = pick_agency(r, ["local", "edu"])
    y, m, dd = rdate(r)
    comm = r.choice(["주민참여예산위원회", "지역사회보장협의체", "학교운영위원회", "도시재생 주민협의체"])
    d = Doc("회의록")
    d.p("%s %d년 제%d차 회의록" % (comm, y, r.randint(1, 6)), "")
    members = [(name(r), r.choice(["주민위원", "학부모위원", "지역위원", "전문가위원"]), mobile(r)) for _ in range(r.randint(3, 5))]
    d.table([["성명", "구분", "연락처"]] + [[a, b, c] for a, b, c in members])
    d.p("", "1. 안건: %s" % r.choice(["마을 공동체 사업 선정", "학교 급식 업체 선정 기준", "경로당 보수 우선순위"]), "2. 발언 요지")
    for a, b, _ in members[:3]:
        d.p("  - %s 위원: %s" % (a, r.choice(["우리 동네 골목길 조명이 부족하니 우선 반영해 주었으면 한다.", "예산 배분 기준을 주민에게 먼저 공개해야 한다.", "지난 회의 결정 사항의 이행 현황을 보고해 달라."])))
    d.p("3. 의결: 원안 가결")
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "민간 위원 성명·휴대전화", "cue_location": "table", "flags": ["content_only"], "agency": ag[0], "genre": "회의록"}


def t_par_subsidy(r, i):
    ag = pick_agency(r, ["local"])
    y, m, dd = rdate(r)
    prog = r.choice(["청년 월세 지원", "출산 축하금", "에너지 바우처", "농가 재해 지원금"])
    rows = [["연번", "성명", "생년월일/주민번호", "주소(읍면동)", "지원액(원)"]]
    for k in range(r.randint(4, 8)):
        rows.append([str(k + 1), name(r), rrn(r, masked=True), r.choice(["중앙동", "신흥동", "해남읍", "옥천면", "상당동"]), format(r.randint(10, 60) * 10000, ",")])
    body = ["1. %d년 %s 사업 %d차 지급 대상자를 다음과 같이 결정하였습니다." % (y, prog, r.randint(1, 4)), ("table", rows),
            "2. 지급은 %s 신청 계좌로 일괄 입금합니다." % kdate(y, m, dd)]
    disc = r.choice([part_word(r), None])
    d = gongmun(r, ag, dept_of(r, ag), "%s 지급 대상자 결정" % prog, body, receiver="내부결재", disc=disc)
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "수혜자 성명+마스킹 주민번호(PIPA-24 아님)", "cue_location": "본문 table", "flags": (["stated"] if disc else ["content_only"]), "agency": ag[0], "genre": "명단"}


def t_par_mislabeled(r, i, long=False):
    ag = pick_agency(r, ["local", "agency", "edu", "public_corp"])
    dept = dept_of(r, ag)
    y, m, dd = rdate(r)
    kind = r.choice(["rrn", "rrn", "frn", "passport", "dl"])
    prog = r.choice(["지역 행사 자원봉사자 활동비", "강사 수당", "재해 위로금", "심사위원 수당", "현장 체험 안전요원 수당"])
    rows = [["연번", "성명", {"rrn": "주민등록번호", "frn": "외국인등록번호", "passport": "여권번호", "dl": "운전면허번호"}[kind], "은행", "계좌번호", "금액(원)"]]
    for k in range(r.randint(3, 6)):
        b, a = account(r)
        idv = {"rrn": rrn, "frn": frn, "passport": passport, "dl": dl}[kind](r)
        rows.append([str(k + 1), name(r), idv, b, a, format(r.randint(5, 50) * 10000, ",")])
    body = ["1. %s %s 지급 계획을 다음과 같이 보고합니다." % (y, prog)]
    if long:
        body += filler(r, prog, r.randint(12, 18))
    body += ["2. 지급 내역", ("table", rows), "3. 원천징수 후 지급하며, 지급 결과는 회계 부서에 통보합니다."]
    disc = r.choice(["공개", "공개", "대국민공개"])
    d = gongmun(r, ag, dept, "%s 지급 계획" % prog, body, receiver="내부결재", disc=disc)
    return d, lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"]), {
        "cue": "공개구분 '%s'이나 비마스킹 %s·계좌 포함 → 내용 우선" % (disc, kind), "cue_location": "결문(stated) vs 본문 table",
        "flags": ["stated", "mislabeled"] + (["long"] if long else []), "agency": ag[0], "genre": "공문", "stated_disclosure": "public"}


def t_par_event_roster(r, i):
    ag = pick_agency(r, ["local", "edu", "public_corp", "fire"])
    y, m, dd = rdate(r)
    ev = r.choice(["청소년 진로캠프", "어르신 디지털 교실", "시민 심폐소생술 교육", "하천 정화 봉사활동", "주민 안전체험 교실"])
    d = Doc("결과보고")
    d.p("%s 운영 결과 보고" % ev, "", "1. 개요: %s, 참가 인원 %d명" % (kdate(y, m, dd), r.randint(20, 80)),
        "2. 운영 결과: 프로그램 만족도 %d점(5점 척도 환산 100점 기준)" % r.randint(78, 96),
        "3. 개선 사항: 사전 안내 문자 발송 시기를 앞당길 필요", "", "붙임  참가자 명단 1부.", "")
    d.p("[붙임] 참가자 명단")
    rows = [["번호", "성명", "연락처", "비고"]]
    for k in range(r.randint(4, 8)):
        rows.append([str(k + 1), name(r), mobile(r), r.choice(["", "보호자 동반", "재참가", ""])])
    d.table(rows)
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "붙임 참가자 명단(성명·휴대전화)", "cue_location": "붙임 at end", "flags": ["content_only"], "agency": ag[0], "genre": "보고서"}


def t_par_fire_incident(r, i):
    ag = pick_agency(r, ["fire"])
    y, m, dd = rdate(r)
    d = Doc("화재 출동 결과")
    d.p("%s 화재 출동 및 조치 결과 보고" % ag[0], "")
    d.table([["발생 일시", "%s %02d:%02d" % (kdate(y, m, dd), r.randint(0, 23), r.randint(0, 59))], ["장소", address(r)], ["대상", r.choice(["공동주택", "단독주택", "근린생활시설"])],
             ["인명 피해", "부상 %d명" % r.randint(1, 2)], ["재산 피해", "%s천원(추정)" % format(r.randint(500, 90000), ",")]])
    v = name(r)
    d.p("", "□ 부상자: %s(%d세, 거주자) — 연기 흡입, %s 병원 이송" % (v, r.randint(20, 88), r.choice(["○○대학교", "○○의료원", "시립"])),
        "□ 발화 원인: %s(조사 중)" % r.choice(["전기적 요인 추정", "부주의(음식물 조리)", "미상"]),
        "□ 출동 인원: 소방공무원 %d명, 장비 %d대" % (r.randint(15, 45), r.randint(5, 15)),
        "□ 보고자: 현장대응단 %s %s" % (r.choice(RANKS["fire"]), name(r)))
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "피해 거주자 성명·나이·주소", "cue_location": "body/table", "flags": ["content_only"], "agency": ag[0], "genre": "보고서"}


def t_par_trip_passport(r, i):
    ag = pick_agency(r, ["ministry", "agency", "local", "public_corp"])
    y, m, dd = rdate(r)
    rows = [["소속", "직급", "성명", "여권번호", "여권 만료일"]]
    for k in range(r.randint(2, 4)):
        rows.append([dept_of(r, ag), r.choice(RANKS[ag[6]]), name(r), passport(r), kdate(y + r.randint(2, 8), r.randint(1, 12), r.randint(1, 28))])
    body = ["1. %s 관련 국외 출장을 다음과 같이 추진하고자 합니다." % r.choice(["스마트시티 협력", "재난관리 제도 벤치마킹", "수자원 국제회의 참석", "교육 교류 협약"]),
            "  가. 기간: %s ~ %s" % (kdate(y, m, dd), kdate(y, m, min(28, dd + 6))),
            "  나. 방문국: %s" % r.choice(["일본", "독일·네덜란드", "싱가포르", "베트남", "캐나다"]),
            "2. 출장자 및 항공권 발권 정보", ("table", rows),
            "3. 소요 예산: %s원(국외여비)" % format(r.randint(5, 40) * 1000000, ",")]
    d = gongmun(r, ag, dept_of(r, ag), "공무 국외출장 계획", body, receiver="내부결재", disc=r.choice([None, part_word(r)]))
    return d, lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"]), {"cue": "출장자 여권번호(비마스킹)", "cue_location": "본문 table", "flags": [], "agency": ag[0], "genre": "인사"}


def t_par_vehicle_dl(r, i):
    ag = pick_agency(r, ["local", "police", "public_corp"])
    y, m, dd = rdate(r)
    nm = name(r)
    d = Doc("사고 처리")
    d.p("관용차량 교통사고 처리 결과 보고", "")
    d.p("1. 사고 개요: %s %s 교차로에서 관용차량과 민간 차량 간 접촉 사고 발생" % (kdate(y, m, dd), r.choice(["시청 앞", "○○사거리", "○○IC 진입로"])),
        "2. 상대 차량 운전자: %s (운전면허번호 %s, 연락처 %s)" % (nm, dl(r), mobile(r)),
        "3. 피해: 양 차량 범퍼 파손, 인명 피해 없음",
        "4. 처리: 공제조합 대물 처리 접수(접수번호 %d-%06d)" % (y, r.randint(0, 999999)),
        "5. 관용차 운전자: %s %s (안전운전 교육 이수 예정)" % (r.choice(RANKS[ag[6]]), name(r)))
    return d, lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"]), {"cue": "상대 운전자 운전면허번호(비마스킹)", "cue_location": "body", "flags": ["content_only"], "agency": ag[0], "genre": "보고서"}


def t_par_frn(r, i):
    ag = pick_agency(r, ["local", "agency"])
    y, m, dd = rdate(r)
    rows = [["연번", "성명", "국적", "외국인등록번호", "사업장"]]
    for k in range(r.randint(3, 6)):
        rows.append([str(k + 1), r.choice(["NGUYEN VAN AN", "TRAN THI MAI", "Bui Duc Long", "Sok Dara", "Aziz Karimov", "Maria Santos", "응우옌 반 남", "누르 하산"]),
                     r.choice(["베트남", "캄보디아", "우즈베키스탄", "필리핀", "네팔"]), frn(r), company(r)])
    body = ["1. %d년 외국인 근로자 %s 지원 대상자를 통보합니다." % (y, r.choice(["건강검진", "한국어 교육", "정착 지원금"])), ("table", rows),
            "2. 대상자에게 개별 안내하여 주시기 바랍니다."]
    d = gongmun(r, ag, dept_of(r, ag), "외국인 근로자 지원 대상자 통보", body, disc=r.choice([None, part_word(r)]))
    return d, lab("partial", reasons=["OIDA-9-1-6", "PIPA-24"]), {"cue": "외국인등록번호(비마스킹)", "cue_location": "본문 table", "flags": [], "agency": ag[0], "genre": "명단"}


def t_par_edu_instructor(r, i):
    ag = pick_agency(r, ["edu"])
    y, m, dd = rdate(r)
    rows = [["과목", "강사명", "연락처", "위촉 기간"]]
    for k in range(r.randint(3, 6)):
        rows.append([r.choice(["코딩", "바이올린", "로봇과학", "생활체육", "미술", "중국어"]), name(r), mobile(r), "%d. 3. 1. ~ %d. 12. 31." % (y, y)])
    body = ["1. %d학년도 방과후학교 외부 강사 위촉 결과를 다음과 같이 보고합니다." % y, ("table", rows), "2. 강사료는 시간당 %s원 기준으로 지급합니다." % format(r.choice([30000, 35000, 40000]), ",")]
    disc = part_word(r)
    d = gongmun(r, ag, dept_of(r, ag), "방과후학교 외부 강사 위촉 결과", body, receiver="내부결재", disc=disc)
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "민간 강사 성명·휴대전화; " + disc, "cue_location": "결문", "flags": ["stated"], "agency": ag[0], "genre": "인사"}


def t_par_court(r, i):
    ag = pick_agency(r, ["court"])
    y, m, dd = rdate(r)
    nm = name(r)
    case = "%d%s%d" % (y, r.choice(["가단", "가소", "타경"]), r.randint(1000, 99999))
    d = Doc("민원 회신")
    d.p(ag[0] + " " + r.choice(["종합민원실", "민사과"]), "", "수신: %s 귀하 (%s)" % (nm, address(r)), "제목: 사건 진행 관련 질의에 대한 회신", "")
    d.p("1. %s 사건(원고 %s)에 관한 질의에 답변드립니다." % (case, nm),
        "2. 해당 사건은 %s 변론기일이 지정되어 있으며, 기일 변경 신청은 서면으로 제출하여야 합니다." % kdate(y, m, dd),
        "3. 사건 기록 열람·복사는 당사자 본인 또는 대리인이 신분증을 지참하여 신청할 수 있습니다.",
        "4. 이 회신은 법률 자문이 아닌 절차 안내입니다.", "", "%s %s %s" % (r.choice(RANKS["court"]), name(r), landline(r, AREA[ag[0]])))
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "사건 당사자 실명·주소", "cue_location": "수신/본문", "flags": ["content_only"], "agency": ag[0], "genre": "민원회신"}


def t_par_part_sentence(r, i):
    ag = pick_agency(r, ["local", "agency", "public_corp", "edu"])
    y, m, dd = rdate(r)
    topic = r.choice(TOPICS)
    body = ["1. %s 우수사례 공모 심사 결과를 다음과 같이 보고합니다." % topic,
            "2. 선정 결과: 최우수 1건, 우수 2건, 장려 3건",
            "3. 시상: %s 월례조회 시 시상" % kdate(y, m, dd),
            "4. " + r.choice(["붙임 2의 수상자 명단(성명·연락처)은 개인정보가 포함되어 공개 시 제외합니다.",
                             "붙임 2 명단은 정보공개법 제9조 제1항 제6호에 따라 비공개하고, 나머지는 공개합니다.",
                             "붙임 2는 개인정보(성명, 주소, 연락처)를 포함하므로 열람 시 가림 처리 후 공개함."])]
    rows = [["순위", "성명", "연락처", "주소"]] + [[r.choice(["최우수", "우수", "장려"]), name(r), mobile(r), address(r)] for _ in range(3)]
    disc = part_word(r)
    d = gongmun(r, ag, dept_of(r, ag), "%s 우수사례 공모 심사 결과" % topic, body + ["[붙임 2] 수상자 명단", ("table", rows)],
                attach=["심사 결과표 1부.", "수상자 명단 1부."], receiver="내부결재", disc=disc)
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "부분 비공개 문장(붙임 2) + %s" % disc, "cue_location": "본문 sentence + 결문", "flags": ["stated"], "agency": ag[0], "genre": "공문"}


def t_par_checkbox(r, i):
    ag = pick_agency(r, ["local", "agency", "fire", "edu", "public_corp"])
    y, m, dd = rdate(r)
    d = Doc("내부결재")
    d.table([["담당", "팀장", "과장"], ["%s" % name(r), "%s" % name(r), "전결"]], "결재란")
    d.table([["공개여부", "□ 공개   ■ 부분공개(6)   □ 비공개"]], "공개여부 checkbox") if r.random() < 0.5 else \
        d.table([["공개 구분", "[ ] 공개  [V] 부분공개 (제6호)  [ ] 비공개"]], "공개여부 checkbox")
    topic = r.choice(["경로당 운영비 지원", "장학생 선발", "공공근로 참여자 선발", "청년 인턴 채용"])
    d.p("", "%s 결과 보고" % topic, "", "1. 선발 인원: %d명" % r.randint(3, 12), "2. 선발자")
    rows = [["번호", "성명", "생년월일", "비고"]] + [[str(k + 1), name(r), kdate(r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)), ""] for k in range(r.randint(3, 6))]
    d.table(rows)
    d.p("3. 향후 일정: 개별 통보 및 오리엔테이션(%s)" % kdate(y, m, dd))
    return d, lab("partial", reasons=["OIDA-9-1-6"]), {"cue": "결재란 체크박스 부분공개(6); 선발자 성명·생년월일", "cue_location": "table checkbox (top)", "flags": ["stated"], "agency": ag[0], "genre": "명단"}


# ---------------------------------------------------------------- NON-PUBLIC templates
DAE = ["대외비", "대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비", "{d}까지 대외비", "대외비(보호기간: {d}까지)"]
SEC = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"],
       "II급": ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "2급 비밀"],
       "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)", "Ⅰ 급 비 밀"]}
SEC_DEPT = {"ministry": ["비상안전기획관실", "비상계획담당관실", "운영지원과"], "agency": ["비상계획담당관실", "운영지원과"],
            "local": ["안전총괄과", "비상대비팀", "민방위과"], "public_corp": ["보안팀", "안전관리처", "비상계획부"],
            "police": ["경비교통과", "정보보안과", "경비과"], "edu": ["행정지원과"], "fire": ["소방행정과"], "court": ["총무과"]}
SEC_CANON = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


def place_marking(r, d, stamp, fmt, extra_bottom=None):
    """Put a marking on the doc the way real documents carry it. Returns a location label."""
    where = r.choice(["top_bottom", "top_bottom", "header_footer", "top_only", "box", "bottom_only"])
    if fmt == "text" and where in ("header_footer",):
        where = "top_bottom"
    if where == "header_footer":
        d.header = stamp
        d.footer = stamp + (("\n" + extra_bottom) if extra_bottom else "")
    elif where == "top_bottom":
        d.blocks.insert(0, ("p", stamp))
        d.blocks.append(("blank",))
        if extra_bottom:
            d.blocks.append(("p", extra_bottom))
        d.blocks.append(("p", stamp))
    elif where == "top_only":
        d.blocks.insert(0, ("p", stamp))
        if extra_bottom:
            d.blocks.append(("blank",))
            d.blocks.append(("p", extra_bottom))
    elif where == "box":
        d.blocks.insert(0, ("box", stamp))
        if extra_bottom:
            d.blocks.append(("blank",))
            d.blocks.append(("p", extra_bottom))
        if fmt != "text":
            d.footer = stamp
    else:  # bottom_only (cue far from the start)
        d.blocks.append(("blank",))
        if extra_bottom:
            d.blocks.append(("p", extra_bottom))
        d.blocks.append(("p", stamp))
    return where


SECRET_TOPICS = {
    "2": [("통합방위 %s 작전지역 협조 계획", ["local", "ministry"], ["작전지역 경계 구분과 예비 전력 투입 시점", "관계기관 협조 통신망 주·예비 주파수 운용", "상황 발령 시 %d분 이내 초동 조치 인원 %d명 배치"]),
          ("%s 비상대비 자원 동원 계획", ["local", "ministry", "public_corp"], ["전시 동원 대상 업체 %d곳과 지정 물자 현황", "수송 우선순위와 집결지 %d개소", "동원 소집 통지 절차와 대체 인력 확보"]),
          ("대북 협의 대응 방안(%s)", ["통일부"], ["차기 회담 의제별 우리 측 입장과 양보 가능 범위", "상대 측 예상 요구 %d개 항목에 대한 단계별 대응 논리", "합의문 문안 최종 수용선"]),
          ("%s 통상 협상 대응 전략", ["외교부", "산업통상자원부"], ["상대국 요구 사항별 수용 한도와 대안 제시 순서", "양허 제외 품목 %d개와 협상 카드 활용 시점", "최종 타결을 위한 내부 마지노선"]),
          ("을지연습 %s 전시 직제 편성안", ["local", "ministry", "public_corp"], ["전시 직제 편성과 비상 소집 인원 %d명", "대체 지휘소 위치와 이동 경로", "주요 시설 방호 인력 %d명 배치 계획"])],
    "3": [("국가중요시설 %s 방호 계획", ["public_corp", "local", "police"], ["경비 인력 배치 시간표와 출입 통제 구역", "취약 지점 %d개소 보강과 순찰 주기 %d시간", "비상 시 차단 설비 운용 절차"]),
          ("%s 정수장 테러 대응 계획", ["한국수자원공사", "local"], ["약품 저장고 위치와 비상 차단 밸브 운용 절차", "경비 교대 시간과 대응 인력 %d명", "외부 침입 시 %d분 내 상황 전파 체계"]),
          ("%s 변전소 방호 보강 계획", ["한국전력공사"], ["외곽 펜스 감시 사각지대 %d개소와 순찰 주기", "비상 전원 절체 절차", "경찰·군 협조 출동 시간 %d분"])],
}
TOP_SECRET_TOPICS = [("%s 전시 대비 핵심 기반시설 복구 계획", ["ministry"], ["핵심 기반시설 %d개소의 복구 우선순위", "전시 예비 지휘 체계와 소산 위치", "관계 부처 비상 통신 운용 절차"]),
                     ("%s 국가 위기 관리 비상 계획", ["ministry"], ["위기 단계별 정부 기능 유지 방안", "대체 청사 %d개소 운용", "비상 인력 %d명 소집 체계"])]


def _pick_for(r, spec):
    kinds = [x for x in spec if x in DEPTS]
    names = [x for x in spec if x in AG]
    cands = [a for a in AG.values() if a[6] in kinds or a[0] in names]
    if "ministry" in kinds:
        cands = [a for a in cands if a[6] != "ministry" or a[0] in ("행정안전부", "국방부", "국토교통부", "보건복지부", "산업통상자원부")]
    return r.choice(cands)


def _fill_nums(r, s):
    while "%d" in s:
        s = s.replace("%d", str(r.randint(3, 40)), 1)
    return s


def t_np_secret(r, i, grade="III급", basis="2", fmt="text"):
    pool = SECRET_TOPICS[basis] if grade != "I급" else TOP_SECRET_TOPICS
    if grade == "II급":
        pool = [t for t in pool if "통합방위" not in t[0]]
    tpl, who, details = r.choice(pool)
    ag = _pick_for(r, who)
    y, m, dd = rdate(r, 2025, 2026)
    place = r.choice(["북부", "남부", "동부", "서부", "중부권", "제1권역", "제2권역", "광역"])
    title = tpl % place
    stamp = r.choice(SEC[grade])
    d = Doc(title)
    d.p(title, "", "%s %s" % (ag[0], r.choice(SEC_DEPT[ag[6]])), "")
    d.p("1. 목적: 「%s」 시행에 필요한 세부 사항을 정하여 관계기관 간 임무를 명확히 함" % title,
        "2. 세부 내용")
    det = list(details)
    r.shuffle(det)
    for k, line in enumerate(det):
        d.p("  %s. %s" % ("가나다라마"[k], _fill_nums(r, line)))
    d.p("3. 행정사항: 본 문서는 비밀취급 인가자 중 관계관 외 열람을 금지함")
    yy = y + r.randint(1, 4)
    canon = SEC_CANON[grade]
    pre = r.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (kdate(yy, 12, 31), canon),
                    "예고문 : %s 파기" % kdate(yy, 6, 30),
                    "예고문: %s 이후 대외비로 재분류" % kdate(yy, 12, 31)])
    copyno = r.choice(["사본번호 %d / %d" % (r.randint(1, 4), r.randint(4, 8)), "사본 제%d호" % r.randint(1, 6), "사본번호: %d번" % r.randint(1, 9)])
    where = place_marking(r, d, stamp, fmt, extra_bottom=pre + "   " + copyno)
    reasons = ["OIDA-9-1-1", "OIDA-9-1-" + basis]
    genre = "시설보안" if basis == "3" else ("협상전략" if ("협상" in title or "대북" in title) else "보고서")
    return d, lab("non_public", grade, reasons), {"cue": "%s 표시(%s) + 예고문/사본번호" % (stamp, where), "cue_location": where, "flags": ["marked"], "agency": ag[0], "genre": genre}


DAE_TOPICS = {
    "3": [("청사 통합 관제 CCTV 배치 및 사각지대 보완 계획", "시설보안"), ("%s 정수장 출입 통제 강화 방안", "시설보안"), ("%s 지하 공동구 순찰 체계 개선안", "시설보안")],
    "4": [("%s 일대 불법 사행성 게임장 단속 계획", "수사협조"), ("보이스피싱 인출책 검거를 위한 합동 수사 계획(%s)", "수사협조")],
    "5": [("%s 노사 임금협상 대응 방안", "협상전략"), ("%s 조직 개편안(검토안)", "내부검토"), ("%s 기관 통폐합 검토 보고", "내부검토"), ("%s 청렴도 취약 분야 특정감사 계획", "감사결과")],
    "56": [("%s 승진 후보자 평정 결과", "인사")],
    "58": [("%s 역세권 개발 후보지 검토", "내부검토")],
}


def t_np_daeoebi(r, i, basis="5", fmt="text"):
    ag = pick_agency(r, {"3": ["local", "public_corp"], "4": ["police"], "5": ["local", "public_corp", "agency", "edu"],
                         "56": ["local", "agency", "public_corp"], "58": ["local", "public_corp"]}[basis])
    y, m, dd = rdate(r, 2025, 2026)
    tpl, genre = r.choice(DAE_TOPICS[basis])
    place = r.choice(["본부", "동부권", "북부", "제2청사", ag[0]])
    title = tpl % place if "%s" in tpl else tpl
    ddept = {"3": SEC_DEPT[ag[6]], "4": ["수사과", "형사과", "사이버수사과"], "5": ["기획예산과", "총무과", "경영지원처", "기획조정관실", "인사처"],
             "56": ["총무과", "운영지원과", "인사처", "자치행정과"], "58": ["도시계획과", "기획예산과", "경영지원처"]}[basis]
    stamp = r.choice(DAE).replace("{d}", kdate(y + 1, 12, 31))
    d = Doc(title)
    d.p(title, "", "%s %s" % (ag[0], r.choice(ddept)), kdate(y, m, dd), "")
    reasons = []
    if basis == "3":
        d.p("1. 현황: CCTV %d대 중 %d대 노후, 야간 사각지대 %d개소" % (r.randint(80, 300), r.randint(10, 40), r.randint(3, 12)),
            "2. 취약 지점: 후문 차량 출입구, 기계실 외벽, 지하 %d층 물품 반입구" % r.randint(1, 3),
            "3. 보완: 열상 카메라 추가, 출입 통제 시스템 이중 인증, 순찰 시간 불규칙화",
            "4. 경비 근무: 주간 %d명, 야간 %d명(교대 %s)" % (r.randint(3, 8), r.randint(2, 5), r.choice(["22:00", "23:00", "00:00"])))
        reasons = ["OIDA-9-1-3"]
    elif basis == "4":
        d.p("1. 단속 대상: %s 일대 업소 %d개소(첩보 입수)" % (place, r.randint(3, 12)),
            "2. 단속 일시: %s %02d:00 (동시 착수)" % (kdate(y, m, dd), r.randint(19, 23)),
            "3. 투입 인원: 형사 %d명, 기동대 %d개 제대" % (r.randint(10, 40), r.randint(1, 3)),
            "4. 증거 확보 방안: 서버 압수, 환전소 계좌 추적 영장 신청 예정",
            "5. 보안 유지: 단속 전 정보 유출 시 증거 인멸 우려")
        reasons = ["OIDA-9-1-4"]
    elif basis == "5":
        d.p("1. 검토 배경: " + r.choice(["재정 여건 악화로 %s 사업 구조 조정이 불가피함", "감사 지적에 따라 %s 운영 방식 개선 필요", "노사 협의 과정에서 %s 관련 쟁점 발생"]) % r.choice(TOPICS),
            "2. 검토안", "  - 1안: 현행 유지(부담 최소)", "  - 2안: 단계적 조정(%d%% 범위)" % r.randint(2, 7), "  - 3안: 전면 개편",
            "3. 협상·결정 전략: 최종 수용선은 2안 상한, 대외 발표 전까지 안별 비교 자료 외부 유출 금지",
            "4. 향후 일정: 간부회의 보고 후 확정(미정)")
        reasons = ["OIDA-9-1-5"]
    elif basis == "56":
        rows = [["순위", "성명", "직급", "근무성적", "경력평정", "합계"]]
        for k in range(r.randint(4, 7)):
            rows.append([str(k + 1), name(r), r.choice(["6급", "7급", "5급"]), "%.2f" % r.uniform(60, 70), "%.2f" % r.uniform(20, 30), ""])
        d.p("1. 승진 심사 대상자 평정 결과")
        d.table(rows)
        d.p("2. 인사위원회 심의 전까지 대외 공개 금지")
        reasons = ["OIDA-9-1-5", "OIDA-9-1-6"]
    elif basis == "58":
        d.p("1. 후보지: %s 일원 %s㎡ (A안), %s 일원 (B안)" % (r.choice(["○○동 산12", "신흥리", "덕산동"]), format(r.randint(50, 900) * 1000, ","), r.choice(["남산리", "월곡동"])),
            "2. 토지 이용 현황: 자연녹지, 계획관리지역",
            "3. 개발 방식: 공영 개발(수용), 지구 지정 예정 시기 %d년 상반기" % (y + 1),
            "4. 유의 사항: 발표 전 후보지 유출 시 투기 우려, 토지거래허가구역 지정 선행 검토")
        reasons = ["OIDA-9-1-5", "OIDA-9-1-8"]
    where = place_marking(r, d, stamp, fmt, extra_bottom=r.choice([None, "보호기간: %s까지" % kdate(y + 1, 12, 31)]))
    return d, lab("non_public", "대외비", reasons), {"cue": "%s 표시(%s); 내용 사유 %s" % (stamp, where, ",".join(reasons)), "cue_location": where, "flags": ["marked"], "agency": ag[0], "genre": genre}


def t_np_discipline(r, i):
    ag = pick_agency(r, ["local", "agency", "edu", "public_corp", "fire"])
    y, m, dd = rdate(r)
    nm = name(r)
    d = Doc("징계의결서")
    d.p("징 계 의 결 서", "")
    rank = {"local": "지방행정주사", "agency": "행정주사보", "fire": "소방장", "edu": "교육행정주사", "public_corp": "차장"}[ag[6]]
    law = {"local": "지방공무원법", "edu": "지방공무원법", "agency": "국가공무원법", "fire": "국가공무원법", "public_corp": "%s 취업규칙" % ag[0]}[ag[6]]
    d.table([["소속", dept_of(r, ag)], ["직위(직급)", rank], ["성명", nm],
             ["의결 주문", r.choice(["정직 1월", "감봉 3월", "강등", "견책"])]])
    d.p("", "이유",
        "위 사람은 %s 혈중알코올농도 %.3f%% 상태로 약 %dkm 구간을 운전하다 적발되어 %s 법원으로부터 벌금 %s만원의 약식명령을 받았다." % (
            kdate(y, m, dd), r.uniform(0.03, 0.15), r.randint(1, 9), kdate(y, min(12, m + 2), dd), r.choice(["400", "600", "800", "1,000"])),
        "이는 「%s」상 품위 유지의 의무를 위반한 것으로 징계 사유에 해당한다." % law, "",
        "%s" % kdate(y, min(12, m + 3), dd), "%s 인사위원회 위원장" % ag[0])
    return d, lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"]), {"cue": "징계 대상 공무원 실명+음주운전 형사처벌(범죄경력)", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "징계"}


def t_np_sickleave(r, i):
    ag = pick_agency(r)
    y, m, dd = rdate(r)
    nm = name(r)
    d = Doc("병가")
    d.p("질병휴직 승인 검토", "")
    d.p("1. 대상: %s %s %s" % (dept_of(r, ag), r.choice(RANKS[ag[6]]), nm),
        "2. 사유: %s(진단서상 %s, 향후 %d개월 치료 필요)" % (r.choice(["요추 추간판 탈출증 수술", "우울 에피소드", "갑상선암 수술 후 방사선 치료", "뇌경색 재활"]), r.choice(["○○대학교병원", "○○정신건강의학과의원", "○○재활병원"]), r.randint(2, 12)),
        "3. 휴직 기간: %s ~ %s" % (kdate(y, m, dd), kdate(y + 1, m, dd)),
        "4. 결원 보충: 대체인력 채용 요청", "", "붙임  진단서 사본 1부.  끝.")
    return d, lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"]), {"cue": "공무원 실명+진단명(건강정보)", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "인사"}


def t_np_union(r, i):
    ag = pick_agency(r, ["local", "public_corp", "edu"])
    y, m, dd = rdate(r)
    rows = [["번호", "소속", "성명", "조합비(원)"]] + [[str(k + 1), dept_of(r, ag), name(r), format(r.choice([15000, 18000, 20000, 25000]), ",")] for k in range(r.randint(5, 9))]
    d = Doc("조합비")
    d.p("%d년 %d월 %s 노동조합 조합비 급여 공제 명단" % (y, m, r.choice(["공무원", "○○지부", "전국○○"])), "")
    d.table(rows)
    d.p("", "※ 위 명단은 조합원의 공제 동의서에 따라 급여에서 일괄 공제함", "%s 급여 담당" % ag[0])
    return d, lab("non_public", reasons=["OIDA-9-1-6", "PIPA-23"]), {"cue": "노동조합 가입 정보(조합비 공제 명단)", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "명단"}


def t_np_internal_review(r, i, long=False):
    ag = pick_agency(r, ["ministry", "agency", "local", "public_corp", "edu"])
    dept = dept_of(r, ag)
    topic = r.choice(["수수료 인상", "청사 이전", "조직 통폐합", "보조사업 구조조정", "요금 체계 개편", "학교 재배치"])
    body = ["1. %s에 대한 내부 검토 결과를 다음과 같이 보고합니다(간부회의 보고 전 실무안)." % topic,
            "2. 검토안별 장단점", ("table", [["구분", "장점", "단점", "검토 의견"], ["1안", "재정 효과 큼", "반발 예상", "보류"], ["2안", "단계적 추진", "효과 지연", "우선 검토"]])]
    if long:
        body += filler(r, topic, r.randint(14, 20))
    body += ["3. 결정 전 외부 공개 시 이해관계자 간 혼선과 협상력 저하가 우려되므로 최종 결정 시까지 관리에 유의"]
    disc = np_word(r, "5")
    d = gongmun(r, ag, dept, "%s 관련 내부 검토 보고" % topic, body, receiver="내부결재", disc=disc)
    if r.random() < 0.3:
        d.blocks.insert(0, ("box", r.choice(["비 공 개", "비공개", "[비공개]"])))
        d.disc_loc = (d.disc_loc or "") + " + textbox stamp"
    return d, lab("non_public", reasons=["OIDA-9-1-5"]), {"cue": "공개구분 %s; 의사결정 과정" % disc, "cue_location": "결문" + (" (far from start)" if long else ""), "flags": ["stated"] + (["long"] if long else []), "agency": ag[0], "genre": "내부검토"}


def t_np_investigation(r, i):
    ag = pick_agency(r, ["police"])
    target = pick_agency(r, ["local", "public_corp", "agency"])
    y, m, dd = rdate(r)
    named = r.random() < 0.6
    with_rrn = named and r.random() < 0.5
    suspect = name(r)
    body = ["1. 우리 서에서 수사 중인 %s 사건(사건번호 %d-%06d)과 관련하여 다음 자료의 제출을 요청합니다." % (r.choice(["업무상 횡령", "사기", "공문서 위조", "입찰 방해", "보조금 부정수급"]), y, r.randint(0, 999999)),
            "  가. 요청 자료: %s" % r.choice(["%d. 1. 1. 이후 보조금 지급 내역 일체" % y, "해당 기간 출입 기록 및 CCTV 영상", "계약 관련 결재 문서 사본"])]
    reasons = ["OIDA-9-1-4"]
    if named:
        body.append("  나. 피의자: %s%s" % (suspect, " (%s)" % rrn(r) if with_rrn else ", %s 거주" % r.choice(["수원시", "마포구", "해운대구"])))
        reasons.append("OIDA-9-1-6")
        if with_rrn:
            reasons.append("PIPA-24")
    body += ["2. 본 요청은 수사 목적으로만 사용하며, 수사 진행 사실이 외부에 알려지지 않도록 협조하여 주시기 바랍니다.",
             "3. 근거: 「형사소송법」 제199조 제2항"]
    disc = r.choice([np_word(r, "4"), np_word(r, "4"), None])
    d = gongmun(r, ag, r.choice(["수사과", "형사과", "지능범죄수사팀"]), "수사 협조 의뢰(자료 제출 요청)", body, receiver="%s(%s)" % (target[1], r.choice(DEPTS[target[6]])), disc=disc)
    return d, lab("non_public", reasons=reasons), {"cue": ("공개구분 %s; " % disc if disc else "") + "진행 중 수사 자료" + ("; 피의자 실명" if named else "") + ("+주민번호" if with_rrn else ""),
                                                   "cue_location": "결문" if disc else "content", "flags": (["stated"] if disc else ["content_only"]), "agency": ag[0], "genre": "수사협조"}


def t_np_exam(r, i):
    ag = pick_agency(r, ["edu", "agency", "local"])
    y, m, dd = rdate(r)
    d = Doc("시험 문제")
    subj = r.choice(["국어", "행정법", "수학Ⅰ", "한국사", "영어"])
    d.p("%d년 %s %s 출제 원안" % (y, r.choice(["제1회 지방공무원 임용 필기시험", "1학기 기말고사", "승진시험", "학업성취도 평가"]), subj),
        "(시험 시행일: %s / 출제위원 외 열람 금지)" % kdate(y, m, dd), "")
    for k in range(r.randint(4, 6)):
        d.p("%d. %s" % (k + 1, r.choice(["다음 중 행정행위의 효력에 관한 설명으로 옳은 것은?", "밑줄 친 부분의 문맥적 의미로 가장 적절한 것은?", "다음 함수의 최솟값을 구하시오.", "다음 사건을 시대순으로 바르게 나열한 것은?", "빈칸에 들어갈 말로 가장 적절한 것은?"])),
            "  ① ...  ② ...  ③ ...  ④ ...")
    d.p("", "[정답] " + " ".join("%d-%s" % (k + 1, r.choice("①②③④")) for k in range(5)))
    return d, lab("non_public", reasons=["OIDA-9-1-5"]), {"cue": "시행 전 시험 문제·정답", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "시험"}


def t_np_bid_price(r, i):
    ag = pick_agency(r, ["agency", "local", "public_corp"])
    y, m, dd = rdate(r)
    base = r.randint(100, 900) * 1000000
    d = Doc("예정가격 조서")
    d.p("예 정 가 격 조 서", "", "건명: %s" % r.choice(["○○천 제방 보강공사", "청사 옥상 방수공사", "도서관 서가 구매"]), "개찰 예정일: %s" % kdate(y, m, dd), "")
    rows = [["예비가격 번호", "금액(원)"]] + [[str(k + 1), format(int(base * r.uniform(0.98, 1.02)), ",")] for k in range(6)]
    d.table(rows)
    d.p("", "예정가격(추첨 4개 산술평균): %s원" % format(base, ","), "※ 개찰 전 누설 금지(「국가계약법 시행령」 제7조의2)", "", "계약담당 %s (인)" % name(r))
    return d, lab("non_public", reasons=["OIDA-9-1-5"]), {"cue": "개찰 전 예정가격", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "입찰"}


def t_np_roster(r, i, health=False):
    ag = pick_agency(r, ["local"])
    y, m, dd = rdate(r)
    d = Doc("명단")
    if health:
        d.p("%d년 %s 고위험 독거 어르신 관리 명단" % (y, r.choice(["○○동", "신흥동", "옥천면"])), "")
        rows = [["번호", "성명", "나이", "주소", "주요 질환", "복용 약"]]
        for k in range(r.randint(4, 7)):
            rows.append([str(k + 1), name(r), str(r.randint(72, 95)), address(r), r.choice(["치매 초기", "당뇨·고혈압", "만성 신부전(투석)", "파킨슨병", "우울증"]), r.choice(["인슐린", "혈압약", "항우울제", "-"])])
        d.table(rows)
        reasons = ["OIDA-9-1-6", "PIPA-23"]
        cue = "개인 건강정보로만 구성된 명단"
    else:
        d.p("%d년 %d월 기초생활수급자 %s 대상자 명단" % (y, m, r.choice(["생계급여 변경", "주거급여 신규", "의료급여 자격 변동"])), "")
        rows = [["번호", "성명", "주민등록번호", "주소", "급여액(원)"]]
        for k in range(r.randint(4, 7)):
            rows.append([str(k + 1), name(r), rrn(r), address(r), format(r.randint(20, 120) * 10000, ",")])
        d.table(rows)
        reasons = ["OIDA-9-1-6", "PIPA-24"]
        cue = "개인정보로만 구성된 수급자 명단(주민번호 비마스킹)"
    d.p("", "※ 담당 공무원 외 열람 금지")
    return d, lab("non_public", reasons=reasons), {"cue": cue, "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "명단"}


def t_np_facility(r, i):
    ag = pick_agency(r, ["public_corp", "local", "court", "edu"])
    d = Doc("시설 보안")
    d.p("%s 청사 출입통제 및 방호 운영 현황" % ag[0], "")
    d.table([["구역", "통제 방식", "비상 출입 코드", "근무 인원"], ["정문", "출입증+안면인식", "#%04d" % r.randint(0, 9999), "%d명" % r.randint(2, 4)],
             ["전산실", "지정자 지문", "#%04d" % r.randint(0, 9999), "-"], ["기계실", "열쇠 관리대장", "-", "순찰 %d회/일" % r.randint(3, 8)]])
    d.p("", "□ 야간 순찰 경로 및 CCTV 사각지대: 후면 주차장 %d번 기둥 뒤, 옥상 출입문" % r.randint(3, 20),
        "□ 비상 시 전원 차단 스위치 위치: 지하 %d층 전기실 좌측" % r.randint(1, 3))
    return d, lab("non_public", reasons=["OIDA-9-1-3"]), {"cue": "출입 코드·사각지대 등 시설 방호 세부(표시 없음)", "cue_location": "content", "flags": ["content_only"], "agency": ag[0], "genre": "시설보안"}


def t_np_land(r, i):
    ag = pick_agency(r, ["local", "public_corp"])
    y, m, dd = rdate(r)
    dept = dept_of(r, ag)
    body = ["1. %s 도시개발사업 후보지에 대한 사전 검토 결과를 보고합니다." % ag[0],
            ("table", [["후보지", "면적(㎡)", "현 용도", "검토 의견"], ["%s 일원" % r.choice(["○○리 산45", "덕산동 271", "월곡리"]), format(r.randint(100, 900) * 1000, ","), "자연녹지", "우선 추진"],
                       ["%s 일원" % r.choice(["남산동", "상리"]), format(r.randint(100, 900) * 1000, ","), "계획관리", "예비"]]),
            "2. 후보지 정보가 사전에 알려질 경우 투기 수요 유입이 우려되므로 지구 지정 고시 전까지 관리에 유의",
            "3. 향후 토지거래허가구역 지정 여부를 함께 검토"]
    disc = r.choice([np_word(r, "5,8"), np_word(r, "8"), None])
    d = gongmun(r, ag, dept, "도시개발사업 후보지 사전 검토", body, receiver="내부결재", disc=disc)
    return d, lab("non_public", reasons=["OIDA-9-1-5", "OIDA-9-1-8"]), {"cue": "미공표 개발 후보지(투기 우려)" + ("; " + disc if disc else ""), "cue_location": "결문" if disc else "content", "flags": ["stated"] if disc else ["content_only"], "agency": ag[0], "genre": "내부검토"}


def t_np_tradesecret(r, i):
    ag = pick_agency(r, ["agency", "ministry", "public_corp"])
    co = company(r)
    d = Doc("기술자료")
    d.p("%s 제출 기술자료 검토서" % co, "")
    d.p("1. 제출 목적: %s 인증 심사" % r.choice(["우수조달물품", "혁신제품", "신기술(NET)"]),
        "2. 주요 기술 내용: 촉매 조성비(%s), 소성 온도 곡선, 불량률 관리 공정 파라미터" % r.choice(["Ni 12%, Co 3%", "Ti 8%, Fe 2%"]),
        "3. 원가 구조: 재료비 %d%%, 가공비 %d%%, 영업이익률 %d%%" % (r.randint(40, 60), r.randint(15, 30), r.randint(5, 18)),
        "4. 업체 요청: 기술자료 전부를 영업비밀로 관리 요청(부정경쟁방지법상 영업비밀)",
        "5. 심사 의견: 기술성 우수")
    disc = r.choice([np_word(r, "7"), None])
    if disc:
        d.p("", "공개구분: " + disc)
    return d, lab("non_public", reasons=["OIDA-9-1-7"]), {"cue": "업체 기술·원가 영업비밀 자체" + ("; " + disc if disc else ""), "cue_location": "last line" if disc else "content", "flags": ["stated"] if disc else ["content_only"], "agency": ag[0], "genre": "내부검토"}


def t_np_informal(r, i):
    ag = pick_agency(r, ["local", "police", "public_corp", "agency"])
    mark = r.choice(["취급주의", "내부 검토용 — 외부 유출 금지", "열람 제한(관계자 외)", "대외 배포 금지"])
    topic = r.choice(["정원 감축", "민간위탁 재계약", "요금 인상", "사업 중단"])
    d = Doc("내부 검토")
    d.p("[%s]" % mark, "", "%s 추진 방향 검토(안)" % topic, "")
    d.p("1. 검토 배경: 재정 여건 악화 및 감사 지적 사항 반영",
        "2. 대안 비교: 1안 즉시 시행 / 2안 유예 후 단계 시행 / 3안 보류",
        "3. 실무 의견: 2안이 타당하나, 노조·이해관계자 협의 결과에 따라 최종 결정",
        "4. 결정 전 외부 공개 시 협상 여지 축소 및 불필요한 오해 우려")
    return d, lab("non_public", reasons=["OIDA-9-1-5"]), {"cue": "비공식 표시 '%s'(보안업무규정 표시 아님) + 의사결정 과정 내용" % mark, "cue_location": "first line + content", "flags": ["informal_marking"], "agency": ag[0], "genre": "내부검토"}
