# -*- coding: utf-8 -*-
"""Non-public templates: stated 비공개 fields, security markings, informal markings, content-only."""
from common import *


def s_np_field(rng, i):
    old = i % 4 == 3
    y = rng.randint(1999, 2003) if old else rng.randint(2004, 2026)
    d = Doc("s_np_field_old" if old else "s_np_field", "공문", y)
    o = org(rng)
    date = ymd(rng, y)
    kind = rng.choice(["deliberation", "investigation", "inspection", "audit_plan"])
    if kind == "deliberation":
        dep = dept(rng, "general")
        g = [5]
        d.title = rng.choice(["%d년 조직개편(안) 검토 의견 제출" % (y + 1), "청사 이전 부지 비교 검토(안) 보고", "공공요금 조정(안) 부서 의견 조회"])
        body = ["1. 위 안건은 확정되지 않은 검토안으로서 부서별 의견을 %s까지 제출하여 주시기 바랍니다." % fdate(ymd(rng, y)),
                "2. 검토 쟁점: 가. 대안별 재정 소요 나. 이해관계자 반발 가능성 다. 시행 시기 조정 여부"]
    elif kind == "investigation":
        dep = rng.choice(["특별사법경찰과", "위생과", "환경관리과"])
        g = [4]
        d.title = "%s 위반 혐의 사건 수사 협조 의뢰" % rng.choice(["원산지 표시", "대기환경보전법", "식품위생법"])
        body = ["1. 우리 과에서 수사 중인 사건과 관련하여 해당 업체의 거래 자료 제출에 협조를 요청합니다.",
                "2. 수사 진행 중이므로 피의사실이 외부에 알려지지 않도록 보안에 유의하여 주시기 바랍니다."]
    elif kind == "inspection":
        dep = rng.choice(["위생과", "건축과", "환경관리과"])
        g = [5]
        d.title = "%d년 하반기 불시 지도·점검 계획" % y
        body = ["1. 점검 대상 업소를 사전 통보 없이 점검할 예정이오니 점검 일정이 외부에 유출되지 않도록 하여 주시기 바랍니다.",
                "2. 점검 일정: %s ~ %s, 대상 %d개소 (세부 목록 별첨)" % (fdate(ymd(rng, y, 7, 9)), fdate(ymd(rng, y, 10, 12)), rng.randint(20, 90))]
    else:
        dep = "감사실"
        g = [5]
        d.title = "%d년 자체감사 계획 및 중점 감사 대상" % y
        body = ["1. 감사 대상 부서와 중점 점검 사항을 붙임과 같이 정하였으니 감사 개시 전까지 관계자 외 열람을 제한하여 주시기 바랍니다.",
                "2. 중점 사항: 보조금 집행, 수의계약, 초과근무 관리"]
    if rng.random() < 0.25 and not old:
        g = g + [6] if 6 not in g else g
        body.append("3. 관련자: %s 주무관 %s 등 (경위서 제출 예정)" % (rng.choice(DEPTS["general"]), name(rng)))
    head_block(d, o, "수신자 참조", d.title)
    for b in body:
        d.p(b)
    d.p("끝.")
    disc = disc_field(rng, "non_public", g, old=old)
    closing(d, rng, o, dep, date, disc=disc, old=old)
    d.cue(disc, "closing_disclosure_line")
    d.label("non_public", ["OIDA-9-1-%d" % x for x in g], "closing_disclosure_line", "결문 비공개 표시와 내용(%s) 일치" % kind)
    return d


def _np_body_daeoebi(rng, d, o, y, kind):
    if kind == 5:
        d.title = rng.choice(["%d년 주요 정책 추진 방향(검토안)" % (y + 1), "공공기관 통폐합 대응 방안", "임금·단체협약 교섭 대응 전략"])
        d.c(d.title)
        d.p("□ 검토 배경: 중앙정부 방침 변경에 따라 기관 대응 논리 마련 필요")
        d.p("□ 대안 비교\n  - 1안: 전면 수용(재정 부담 %s억원)\n  - 2안: 단계적 수용(반발 최소)\n  - 3안: 유보(관계기관 협의 필요)" % rng.randint(10, 900))
        d.p("□ 건의: 2안을 기본으로 하되, 협상 과정에서 3안을 카드로 활용")
        return ["OIDA-9-1-5"], "내부 정책 검토"
    if kind == 3:
        d.title = rng.choice(["청사 방호 및 대테러 대응 계획", "국가 중요행사 경호 안전 지원 계획", "정수장 시설 보호 계획"])
        d.c(d.title)
        d.p("□ 경비 배치: 정문 %d명, 후문 %d명, 지하 주차장 CCTV %d대(사각지대 2곳 보완 예정)" % (rng.randint(2, 6), rng.randint(1, 3), rng.randint(10, 60)))
        d.p("□ 비상 시 차단 절차: 출입 통제 → 방호벽 작동 → 경찰 연락(상황실 직통)")
        d.p("□ 취약 요소: 야간 교대 시간(%02d:00) 인력 공백" % rng.choice([6, 18, 22]))
        return ["OIDA-9-1-3"], "시설 방호"
    if kind == 4:
        d.title = rng.choice(["불법 사행행위 합동 단속 계획", "%d년 추석 대비 원산지 특별 단속 계획" % y, "불법 폐기물 투기 기획 수사 계획"])
        d.c(d.title)
        d.p("□ 단속 일시: %s %02d:00 (사전 공개 금지)" % (fdate(ymd(rng, y)), rng.randint(0, 23)))
        d.p("□ 대상: 첩보 입수 업소 %d개소, 잠복·채증 인력 %d명" % (rng.randint(3, 20), rng.randint(5, 30)))
        d.p("□ 협조: 관할 경찰서 형사과, 검찰 송치 예정")
        return ["OIDA-9-1-4"], "단속·수사 계획"
    if kind == 8:
        d.title = rng.choice(["%s 일원 산업단지 후보지 검토" % rng.choice(PLACES_GUN), "광역교통망 신설역 입지(안)", "공공주택지구 지정 후보지 비교"])
        d.c(d.title)
        rows = [["후보지", "면적(㎡)", "지가 수준", "평가"]]
        for k in range(3):
            rows.append(["%s %s리 일원" % (rng.choice(PLACES_GUN), rng.choice(["가람", "솔", "새", "누리", "한"])), "{:,}".format(rng.randint(100000, 3000000)),
                         rng.choice(["저", "중", "고"]), rng.choice(["우선", "차순위", "제외"])])
        d.t(rows)
        d.p("□ 발표 전 유출 시 투기 우려가 크므로 관계자 외 열람 금지")
        return ["OIDA-9-1-8"], "개발 후보지(투기 우려)"
    if kind == 6:
        d.title = rng.choice(["승진 후보자 인사 검증 결과", "고위직 임용 예정자 평판 조회 결과"])
        d.c(d.title)
        rows = [["성명", "현 직위", "검증 결과"]]
        for k in range(3):
            rows.append([name(rng), rng.choice(["서기관", "기술서기관", "행정사무관"]), rng.choice(["특이사항 없음", "배우자 부동산 다수 보유", "과거 경고 1회", "근무지 이탈 경고(%d년)" % (y - rng.randint(2, 9))])])
        d.t(rows)
        return ["OIDA-9-1-5", "OIDA-9-1-6"], "인사 검증(개인)"
    d.title = "직원 심리상담(EAP) 고위험군 관리 현황"
    d.c(d.title)
    rows = [["성명", "부서", "상담 내용", "조치"]]
    for k in range(3):
        rows.append([name(rng), rng.choice(DEPTS["general"]), rng.choice(["우울증 치료 중", "공황장애 진단", "알코올 의존 상담"]), "전문기관 연계"])
    d.t(rows)
    return ["OIDA-9-1-6", "PIPA-23"], "직원 건강(정신건강) 정보"


def m_daeoebi(rng, i):
    y = rng.randint(1997, 2026)
    d = Doc("m_daeoebi", "보고서", y)
    o = org(rng)
    kind = [5, 3, 4, 8, 6, 23][i % 6]
    rs, what = _np_body_daeoebi(rng, d, o, y, kind)
    d.p("작성: %s %s / %s" % (o["name"], rng.choice(DEPTS["general"] + DEPTS["security"]), fdate(ymd(rng, y))))
    mode = apply_marking(d, rng, "대외비", y)
    d.label("non_public", rs, "marking_대외비", "대외비 표시 문서(%s); 제1호는 부여하지 않고 내용 사유만" % what, marking="대외비")
    return d


def _secret_body(rng, d, o, y, topic):
    if topic == "defense":
        d.title = rng.choice(["%d년 충무계획 %s 시행계획" % (y, o["name"].split()[0]), "전시 행정기관 이전 계획", "비상대비 자원 동원 계획"])
        d.c(d.title)
        d.p("□ 전시 소산 위치: %s 일원 지하 시설(수용 %d명)" % (rng.choice(PLACES_GUN), rng.randint(100, 800)))
        d.p("□ 동원 대상 자원: 차량 %d대, 중장비 %d대, 비축 유류 %s리터" % (rng.randint(20, 300), rng.randint(5, 60), "{:,}".format(rng.randint(10000, 900000))))
        d.p("□ 지휘 체계: 통합방위협의회 → 지역 군부대 연락 체계, 암호 교신 절차 별첨")
        return ["OIDA-9-1-1", "OIDA-9-1-2"]
    if topic == "diplomacy":
        d.title = rng.choice(["국제 협력 협정 협상 대응 방향", "해외 공관 협조 요청 사항 및 협상 전략"])
        d.c(d.title)
        d.p("□ 상대국 입장 분석: 관세 인하 범위 %d%% 이상 요구 예상" % rng.randint(3, 20))
        d.p("□ 우리 측 양보 가능선 및 협상 마지노선: 별도 수치 제시")
        d.p("□ 대외 발표 문안: 협상 타결 전 일체 언급 금지")
        return ["OIDA-9-1-1", "OIDA-9-1-2"]
    d.title = rng.choice(["국가중요시설 방호 계획(%s)" % rng.choice(["정수장", "변전소", "통신국사"]), "대테러 취약시설 보강 계획"])
    d.c(d.title)
    d.p("□ 시설 등급: 국가중요시설 %s급, 경비 인력 %d명" % (rng.choice(["가", "나", "다"]), rng.randint(10, 80)))
    d.p("□ 침투 취약 지점: 외곽 펜스 %d구간, 배수로 %d곳" % (rng.randint(1, 6), rng.randint(1, 4)))
    d.p("□ 비상 연락망 및 군·경 합동 대응 절차 별첨")
    return ["OIDA-9-1-1", "OIDA-9-1-3"]


def _secret(rng, i, level, tname):
    y = rng.randint(1995, 2026)
    d = Doc(tname, "비밀문서", y)
    o = org(rng, ["central", "local"])
    topic = ["defense", "diplomacy", "facility"][i % 3] if level != "I급" else rng.choice(["defense", "diplomacy"])
    rs = _secret_body(rng, d, o, y, topic)
    d.p("생산: %s %s (%s)" % (o["name"], rng.choice(DEPTS["security"]), fdate(ymd(rng, y))))
    apply_marking(d, rng, level, y)
    d.label("non_public", rs, "marking_%s" % level, "%s 비밀 표시 — 제1호(보안업무규정) + 내용 사유" % level, marking=level)
    return d


def m_III(rng, i):
    return _secret(rng, i, "III급", "m_III")


def m_II(rng, i):
    return _secret(rng, i, "II급", "m_II")


def m_I(rng, i):
    return _secret(rng, i, "I급", "m_I")


def m_secret_gongmun(rng, i):
    """A 공문 that itself is 3급 비밀 and states 비공개(1,2) in the 결문."""
    y = rng.randint(2004, 2026)
    d = Doc("m_secret_gongmun", "공문", y)
    o = org(rng, ["central", "local"])
    dep = dept(rng, "security")
    date = ymd(rng, y)
    d.title = "%d년 비상대비 업무 시행계획 하달" % y
    head_block(d, o, "수신자 참조", d.title)
    d.p("1. 전시 대비 행정기관 소산 위치와 동원 자원 배정 결과를 붙임과 같이 하달합니다.")
    d.p("2. 본 문서는 비밀 취급 인가자만 열람하고 열람 기록을 유지하여 주시기 바랍니다.")
    d.p("붙임  시행계획 1부.  끝.")
    disc = disc_field(rng, "non_public", [1, 2], style=rng.choice(["short", "colon", "yn"]))
    closing(d, rng, o, dep, date, disc=disc)
    d.cue(disc, "closing_disclosure_line")
    apply_marking(d, rng, "III급", y, mode="stamps")
    d.label("non_public", ["OIDA-9-1-1", "OIDA-9-1-2"], "marking_III급+closing_disclosure_line", "Ⅲ급 표시와 결문 비공개(1,2) 일치", marking="III급")
    return d


def m_informal(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("m_informal", "내부보고", y)
    o = org(rng)
    tag = ["[내부용]", "대내용", "내부 검토용", "취급주의", "외부 배포 금지"][i % 5]
    d.title = rng.choice(["%d년 예산 편성 쟁점 검토" % (y + 1), "민선 %d기 공약 이행 조정(안)" % rng.randint(5, 9), "노조 요구안 수용 가능성 검토",
                          "인사 운영 개선(안) — 미확정"])
    where = rng.choice(["top_stamp", "header", "title"])
    if where == "header":
        d.run_head = [tag, o["name"]]
        d.head_is_cue = True
    elif where == "title":
        d.title = "%s %s" % (tag, d.title)
    else:
        d.top.append(tag)
    d.c(d.title)
    d.p("□ 현황: 요구 사항 %d건 중 %d건은 재원 확보 곤란" % (rng.randint(8, 30), rng.randint(2, 7)))
    d.p("□ 부서 의견: 기획예산과는 단계적 반영, 인사과는 %d년 이후 검토 의견" % (y + 1))
    d.p("□ 향후: 간부회의 논의 후 최종 확정 (확정 전 외부 언급 자제)")
    d.cue(tag, where)
    d.cue("미확정 검토 내용", "body")
    d.label("non_public", ["OIDA-9-1-5"], "informal_marking+deliberation", "비공식 표시(%s)는 marking이 아님; 미확정 내부 검토라 제5호 비공개" % tag)
    return d


# ---------------------------------------------------------------- content-only non-public
def _co(d, r, why, deciding="content_only"):
    d.content_only = True
    d.label("non_public", r, deciding, why)
    return d


def c_discipline(rng, i):
    y = rng.randint(1996, 2026)
    d = Doc("c_discipline", "징계의결서", y)
    o = org(rng)
    n = name(rng)
    dui = i % 2 == 0
    d.title = "징계 의결서"
    d.c("%s 징계위원회 의결서" % (o["name"].split()[0] + ("인사위원회" if o["kind"] == "local" else "보통징계위원회")) if rng.random() < 0.5 else "징 계 의 결 서")
    d.t([["소속", rng.choice(DEPTS["general"] + DEPTS["infra"])], ["직위(직급)", rng.choice(["행정주사", "지방시설주사보", "주무관(7급)"])], ["성명", n]])
    if dui:
        d.p("징계 이유: 위 사람은 %s 혈중알코올농도 %.3f%% 상태로 약 %.1f㎞를 운전하다 적발되어 %s 법원으로부터 벌금 %s만원의 약식명령을 받은 사실이 있어 「지방공무원법」 제55조(품위유지의 의무)를 위반함" %
            (fdate(ymd(rng, y)), rng.uniform(0.03, 0.2), rng.uniform(0.3, 9), rng.choice(PLACES_SI[:4]).replace("시", "지방"), rng.choice([300, 500, 700, 1000])))
        r = ["OIDA-9-1-6", "PIPA-23"]
    else:
        d.p("징계 이유: 위 사람은 %d년 %d월부터 부하 직원에게 반복적으로 폭언하고 사적 심부름을 지시하여 %s" % (y, rng.randint(1, 9), "직장 내 괴롭힘으로 확인됨" if y >= 2019 else "품위유지의 의무를 위반함"))
        r = ["OIDA-9-1-6"]
    d.p("의결 주문: %s" % rng.choice(["정직 1월", "감봉 3월", "견책", "강등"]))
    d.p("%s  위원장 %s (인)" % (fdate(ymd(rng, y)), name(rng)))
    d.cue("징계 대상자 성명·비위 사실%s" % (" (음주운전 형사처벌)" if dui else ""), "body")
    return _co(d, r, "특정 공무원의 징계 기록(비공무 영역)" + (" + 범죄경력(벌금형)" if dui else ""))


def c_evaluation(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("c_evaluation", "평정", y)
    o = org(rng)
    d.title = "%d년 하반기 근무성적평정 결과(개인별)" % y
    d.c(d.title)
    rows = [["성명", "직급", "근무실적", "직무수행능력", "총점", "서열"]]
    for k in range(rng.randint(4, 7)):
        rows.append([name(rng), rng.choice(["6급", "7급", "8급"]), "%.1f" % rng.uniform(40, 60), "%.1f" % rng.uniform(20, 40), "%.2f" % rng.uniform(60, 100), str(k + 1)])
    d.t(rows)
    d.p("평정자: %s 과장 %s / 확인자: 국장 %s" % (rng.choice(DEPTS["general"]), name(rng), name(rng)))
    d.cue("개인별 평정 점수·서열", "table_cell")
    return _co(d, ["OIDA-9-1-5", "OIDA-9-1-6"], "개인별 근무평정(인사관리 + 개인정보)")


def c_sick_leave(rng, i):
    y = rng.randint(1998, 2026)
    d = Doc("c_sick_leave", "휴직", y)
    o = org(rng)
    n = name(rng)
    d.title = "질병휴직 승인 %s" % rng.choice(["요청", "결과", "검토"])
    d.c(d.title)
    diag = rng.choice(["요추 추간판 탈출증(수술 후 재활)", "유방암 2기 항암치료", "중증 우울장애", "뇌경색 후유증", "결핵"])
    d.p("1. 대상: %s %s %s (%s)" % (rng.choice(DEPTS["welfare"] + DEPTS["general"]), rng.choice(["주무관", "행정주사보", "간호주사"]), n, fdate(dob(rng, 1965, 1995))))
    d.p("2. 진단명: %s (%s 발행 진단서, 요양 필요기간 %d개월)" % (diag, rng.choice(["한내대학교병원", "가온의료원", "미르정신건강의학과의원"]), rng.randint(3, 12)))
    d.p("3. 휴직기간: %s ~ %s / 근거: 「지방공무원법」 제63조 제1항 제1호" % (fdate(ymd(rng, y, 1, 6)), fdate(ymd(rng, y, 7, 12))))
    d.cue("특정 공무원의 진단명", "body")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "식별 가능한 개인의 건강정보")


def c_health_checkup(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("c_health_checkup", "명단", y)
    d.title = "%d년 특수건강진단 유소견자 사후관리 명단" % y
    d.c(d.title)
    rows = [["성명", "부서", "판정", "소견", "사후관리"]]
    for k in range(rng.randint(3, 6)):
        rows.append([name(rng), rng.choice(["청소행정과", "상하수도사업소", "차량정비소"]), rng.choice(["D1", "C1", "C2"]),
                     rng.choice(["소음성 난청", "고혈압", "간기능 이상", "진폐 의증"]), rng.choice(["작업 전환", "추적검사", "치료 권고"])])
    d.t(rows)
    d.cue("직원별 건강진단 판정", "table_cell")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "개인별 건강진단 결과만으로 구성된 명단")


def c_crime_record(rng, i):
    y = rng.randint(1996, 2026)
    d = Doc("c_crime_record", "수사자료", y)
    o = org(rng, ["local"])
    n = name(rng)
    d.title = rng.choice(["범죄경력 조회 회보", "수사개시 통보에 따른 조치 검토", "피의자 신분 공무원 사건 처리 현황"])
    d.c(d.title)
    d.p("대상자: %s (%s생), %s 소속" % (n, fdate(dob(rng, 1960, 1995)), o["name"]))
    d.p("사건번호: %d형제%d호 / 죄명: %s" % (y, rng.randint(1000, 99999), rng.choice(["업무상횡령", "뇌물수수", "도로교통법위반(음주운전)", "사기"])))
    d.p("처분 결과: %s (%s)" % (rng.choice(["구약식 벌금 500만원", "불구속 기소", "수사 중", "기소유예"]), fdate(ymd(rng, y))))
    d.p("담당 수사기관: %s경찰서 수사과" % rng.choice(PLACES_SI).replace("시", ""))
    d.cue("특정인 범죄경력·수사 진행", "body")
    return _co(d, ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "개인의 수사·범죄경력 정보")


def c_welfare_case(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("c_welfare_case", "사례관리", y)
    n = name(rng)
    d.title = "통합사례관리 상담일지"
    d.c(d.title)
    d.p("대상자: %s (%d세, %s)  상담일: %s  상담자: 사례관리사 %s" % (n, rng.randint(30, 88), address(rng), fdate(ymd(rng, y)), name(rng)))
    d.p("가구 현황: 배우자 사망 후 단독 가구, 자녀와 연락 두절. 월세 %d개월 체납. 기초생활수급 신청 중." % rng.randint(2, 9))
    d.p("건강: %s 진단, 복약 중단 상태. 알코올 의존 의심." % rng.choice(["당뇨·고혈압", "조현병", "만성 신부전(투석)"]))
    d.p("계획: 긴급복지 생계지원 연계, 정신건강복지센터 의뢰, 주 1회 방문")
    d.cue("복지 대상자 가정사·건강상태", "body")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "복지 대상자 사례 기록(건강 포함)")


def c_lawsuit(rng, i):
    y = rng.randint(2002, 2026)
    d = Doc("c_lawsuit", "소송", y)
    o = org(rng)
    d.title = "%s 소송 대응 방안" % rng.choice(["손해배상(기)", "부당이득금 반환", "영업정지처분 취소", "토지수용재결 취소"])
    d.c(d.title)
    d.p("□ 사건: %s지방법원 %d%s%d호 (원고 %s, 피고 %s)" % (rng.choice(["한내", "가온", "미르"]), y, rng.choice(["가합", "구합", "가단"]), rng.randint(1000, 99999),
                                                    rng.choice(COMPANIES), o["head"]))
    d.p("□ 쟁점 분석: 처분 사전통지 누락 주장은 일부 인정될 소지가 있어 패소 가능성 %d%% 내외" % rng.randint(20, 70))
    d.p("□ 대응 전략: 절차 하자 치유 논리 보강, 조정 제안 시 수용 한도 %s원" % money(rng, 10000000, 900000000))
    d.p("□ 소송수행자: %s 주무관 %s / 소송대리인 법무법인 %s" % (rng.choice(DEPTS["general"]), name(rng), rng.choice(["누리", "한빛", "가온"])))
    d.cue("진행 중 소송의 대응 전략", "body")
    return _co(d, ["OIDA-9-1-4"], "진행 중인 재판 관련 정보(대응 전략)")


def c_legal_advice(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("c_legal_advice", "법률자문", y)
    d.title = "법률 자문 의견서"
    d.c(d.title)
    d.p("질의 요지: %s" % rng.choice(["민간위탁 협약 중도 해지 시 손해배상 책임 여부", "보조금 환수 처분의 적법성", "공유재산 무단점용 변상금 부과 범위"]))
    d.p("검토 의견: 해지 사유가 협약서상 명시되지 않은 경우 기관의 배상 책임이 인정될 가능성이 높으므로, 해지보다는 협약 변경 협의를 우선 권고함. 본 의견은 내부 의사결정 참고용임.")
    d.p("자문위원 변호사 %s / 회신일 %s" % (name(rng), fdate(ymd(rng, y))))
    d.cue("내부 법률 검토 의견", "body")
    return _co(d, ["OIDA-9-1-5"], "의사결정 과정의 법률 자문")


def c_policy_draft(rng, i):
    y = rng.randint(1997, 2026)
    d = Doc("c_policy_draft", "검토안", y)
    d.title = rng.choice(["주차요금 인상(안) 검토", "공공병원 설립 타당성 내부 검토", "%d년 버스 준공영제 재정지원 방식 개편(안)" % (y + 1)])
    d.c(d.title)
    d.p("1. 검토 배경: 재정 적자 누적으로 조정 불가피")
    d.p("2. 대안: 가안(%d%% 인상) / 나안(%d%% 인상 + 감면 축소) / 다안(동결)" % (rng.randint(5, 15), rng.randint(15, 30)))
    d.p("3. 검토 의견: 나안이 재정 효과는 크나 여론 악화 우려, 선거 이후 시행 검토 필요")
    d.p("4. 향후 일정: 부시장 보고 → 의회 사전 설명 → 확정 발표")
    d.cue("미확정 대안 비교·내부 의견", "body")
    return _co(d, ["OIDA-9-1-5"], "의사결정 과정 중 내부 검토안")


def c_bid_price(rng, i):
    y = rng.randint(2003, 2026)
    d = Doc("c_bid_price", "계약", y)
    d.title = "예정가격 결정 조서"
    d.c(d.title)
    d.p("건명: %s / 입찰일시: %s 10:00(개찰 전)" % (rng.choice(["하수관로 정비공사", "복지관 신축공사", "전산장비 구매"]), fdate(ymd(rng, y))))
    d.t([["기초금액", "예비가격 추첨 번호", "예정가격", "낙찰하한율"],
         [money(rng, 100000000, 3000000000), ", ".join(str(x) for x in sorted(rng.sample(range(1, 16), 4))), money(rng, 100000000, 3000000000), "%.3f%%" % rng.uniform(80, 90)]])
    d.p("결정자: 재무관 %s (인)" % name(rng))
    d.cue("개찰 전 예정가격", "table_cell")
    return _co(d, ["OIDA-9-1-5"], "개찰 전 예정가격(입찰·계약의 공정한 수행)")


def c_trade_secret(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("c_trade_secret", "원가자료", y)
    co = rng.choice(COMPANIES)
    d.title = "%s 원가계산 내역서(제출본)" % co
    d.c(d.title)
    d.t([["공정", "투입 인원", "노무비", "재료비", "이윤율"],
         ["설계", str(rng.randint(2, 8)), money(rng, 1000000, 90000000), money(rng, 100000, 9000000), "%.1f%%" % rng.uniform(3, 15)],
         ["제작", str(rng.randint(5, 30)), money(rng, 1000000, 90000000), money(rng, 1000000, 90000000), "%.1f%%" % rng.uniform(3, 15)]])
    d.p("※ 협력사 공급 단가 및 자체 공법 노하우(특허 출원 %d-%07d) 포함" % (y, rng.randint(0, 9999999)))
    d.cue("업체 원가·공법 노하우", "table_cell")
    return _co(d, ["OIDA-9-1-7"], "법인 영업상 비밀로만 구성")


def c_audit_interview(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("c_audit_interview", "문답서", y)
    n = name(rng)
    d.title = "문 답 서"
    d.c(d.title)
    d.p("피문답인: %s %s %s  /  일시: %s  /  감사관 %s" % (rng.choice(DEPTS["infra"]), rng.choice(["시설주사", "행정주사보"]), n, fdate(ymd(rng, y)), name(rng)))
    d.p("문: %s 공사 준공검사 시 현장에 가지 않고 검사조서를 작성한 사실이 있습니까?" % rng.choice(["○○천 정비", "마을회관 보수"]))
    d.p("답: 예, 당시 업무가 많아 업체 대표가 보내준 사진으로 확인했습니다. 잘못을 인정합니다.")
    d.p("문: 업체 대표와 사적인 관계가 있습니까?\n답: 고등학교 동창입니다.")
    d.p("위 진술 내용이 사실과 같음을 확인합니다.  진술인 %s (인)" % n)
    d.cue("감사 문답(진술인 식별)", "body")
    return _co(d, ["OIDA-9-1-5", "OIDA-9-1-6"], "감사 진행 중 문답 기록(감사 + 개인)")


def c_whistleblower(rng, i):
    y = rng.randint(2011, 2026)
    d = Doc("c_whistleblower", "신고처리", y)
    r = name(rng)
    d.title = rng.choice(["공익신고 접수 및 처리 계획", "부패행위 신고 사실 확인 보고", "성희롱 피해 신고 조사 결과"])
    d.c(d.title)
    d.p("신고인: %s (%s, 연락처 %s) — 신분 비밀 보장 대상" % (r, rng.choice(["내부 직원", "민간 업체 직원", "피해자"]), mobile(rng)))
    d.p("피신고인: %s %s" % (rng.choice(DEPTS["general"]), name(rng)))
    d.p("신고 내용: %s" % rng.choice(["보조금 허위 정산 지시", "회식 자리에서의 신체 접촉", "채용 과정 점수 조작 의혹"]))
    d.p("조치: 신고인 보호조치, 사실관계 조사 후 감사실 이첩")
    d.cue("신고인·피해자 신원", "body")
    return _co(d, ["OIDA-9-1-6"], "신고인·피해자 식별 정보")


def c_school_violence(rng, i):
    y = rng.randint(2020, 2026)
    d = Doc("c_school_violence", "학교폭력", y)
    d.title = "학교폭력 사안 조사 보고서"
    d.c(d.title)
    v, o_ = names(rng, 2)
    d.p("학교: %s%s학교 / 접수일: %s" % (rng.choice(["가온", "누리", "한빛", "솔빛"]), rng.choice(["초등", "중", "고등"]), fdate(ymd(rng, y))))
    d.p("피해학생: %d학년 %d반 %s / 가해학생: %d학년 %d반 %s" % (rng.randint(1, 3), rng.randint(1, 9), v, rng.randint(1, 3), rng.randint(1, 9), o_))
    d.p("사안 개요: 단체 대화방에서 지속적인 따돌림 및 외모 비하. 피해학생 불안 증세로 상담 치료 중.")
    d.p("조치 의견: 학교폭력대책심의위원회 회부, 가해학생 서면사과 및 접촉 금지 요청")
    d.cue("피해·가해 학생(미성년자) 실명", "body")
    return _co(d, ["OIDA-9-1-6"], "미성년자 학교폭력 사안(식별 가능)")


def c_union_list(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("c_union_list", "명단", y)
    d.title = "%d년 %d월 노동조합 조합비 급여공제 명단" % (y, rng.randint(1, 12))
    d.c(d.title)
    rows = [["연번", "성명", "소속", "공제액(원)"]]
    for k in range(rng.randint(4, 8)):
        rows.append([str(k + 1), name(rng), rng.choice(DEPTS["general"] + DEPTS["welfare"]), money(rng, 10000, 30000, 100)])
    d.t(rows)
    d.cue("조합원 명단(노조 가입 사실)", "table_cell")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "노동조합 가입 사실 = 민감정보")


def c_tax_individual(rng, i):
    y = rng.randint(1998, 2026)
    d = Doc("c_tax_individual", "세무", y)
    n = name(rng)
    d.title = rng.choice(["체납자 재산 조회 결과", "양도소득세 세무조사 결과 보고", "개인별 지방세 감면 검토"])
    d.c(d.title)
    d.p("납세자: %s (%s)  주소: %s" % (n, fdate(dob(rng, 1950, 1985)), address(rng)))
    d.t([["세목", "과세연도", "고지세액", "체납액", "조회 재산"],
         [rng.choice(["종합소득세", "재산세", "양도소득세"]), str(y - 1), money(rng, 1000000, 90000000), money(rng, 0, 50000000),
          "%s 예금 %s원, 토지 %d필지" % (rng.choice(BANKS), money(rng, 1000000, 90000000), rng.randint(1, 5))]])
    d.cue("개인 납세·재산 정보", "table_cell")
    return _co(d, ["OIDA-9-1-6"], "개인 과세정보(명단공개 대상 아님)")


def c_accident_investigation(rng, i):
    y = rng.randint(1995, 2026)
    d = Doc("c_accident_investigation", "재해조사", y)
    n = name(rng)
    d.title = "중대재해 발생 조사 기록(재해자 진술 포함)"
    d.c(d.title)
    d.p("재해자: %s (%d세, %s 소속 기간제근로자)" % (n, rng.randint(25, 65), rng.choice(["상하수도사업소", "도로관리사업소"])))
    d.p("재해 내용: %s — %s" % (fdate(ymd(rng, y)), rng.choice(["맨홀 작업 중 질식, 의식 저하로 응급 이송", "사다리 추락으로 요추 골절", "절단기에 의한 손가락 절단"])))
    d.p("진술: 작업 전 가스 측정을 하지 않았고, 감독자 %s 주무관은 현장에 없었음" % name(rng))
    d.p("치료 경과: %s병원 입원, 전치 %d주" % (rng.choice(["한내", "가온"]), rng.randint(4, 16)))
    d.cue("재해자 신원·부상", "body")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "사고 조사 기록 — 재해자 식별·건강정보")


def c_disability(rng, i):
    y = rng.randint(2019, 2026)
    d = Doc("c_disability", "심사결과", y)
    d.title = "장애정도 심사 결과 통보"
    d.c(d.title)
    n = name(rng)
    d.p("신청인: %s (%s)  주소: %s" % (n, rrn_masked(rng, dob(rng, 1940, 2015)), address(rng)))
    d.p("심사 결과: %s — %s" % (rng.choice(["지체장애", "뇌병변장애", "시각장애", "정신장애"]), rng.choice(["장애의 정도가 심한 장애인", "장애의 정도가 심하지 않은 장애인"])))
    d.p("근거: 「장애인복지법」 제32조, 국민연금공단 장애심사 의견 / 재판정 시기: %d년" % (y + 2))
    d.cue("개인 장애정도 판정", "body")
    return _co(d, ["OIDA-9-1-6", "PIPA-23"], "장애(건강) 정보; 마스킹 주민번호라 PIPA-24 없음")


def c_child_protection(rng, i):
    y = rng.randint(2004, 2026)
    d = Doc("c_child_protection", "아동보호", y)
    d.title = "아동학대 의심 사례 현장조사 기록"
    d.c(d.title)
    d.p("아동: %s (만 %d세)  보호자: %s(부), %s(모)  주소: %s" % (name(rng), rng.randint(2, 14), name(rng), name(rng), address(rng)))
    d.p("조사 내용: 아동 팔·등 부위 멍 관찰, 담임교사 신고. 보호자는 훈육 과정이라고 진술.")
    d.p("조치: 응급조치(분리) 후 일시보호, 경찰 동행 / 조사자 아동학대전담공무원 %s" % name(rng))
    d.cue("아동·보호자 신원", "body")
    return _co(d, ["OIDA-9-1-6"], "미성년 아동 학대 조사 기록")


def c_exam_questions(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("c_exam_questions", "시험", y)
    d.title = "%d년 %s 필기시험 문제(출제본)" % (y, rng.choice(["지방공무원 9급", "공무직 승진", "자격시험"]))
    d.c(d.title)
    for k in range(1, 4):
        d.p("%d. 다음 중 「지방자치법」상 %s에 관한 설명으로 옳은 것은?  ① ...  ② ...  ③ ...  ④ ...  (정답 %d)" % (k, rng.choice(["조례", "주민투표", "감사청구"]), rng.randint(1, 4)))
    d.p("출제위원 %s / 시험 시행일 %s" % (name(rng), fdate(ymd(rng, y))))
    d.cue("시행 전 시험문제·정답", "body")
    return _co(d, ["OIDA-9-1-5"], "시행 전 시험문제(시험의 공정한 수행)")


def c_security_vuln(rng, i):
    y = rng.randint(2010, 2026)
    d = Doc("c_security_vuln", "점검결과", y)
    d.title = rng.choice(["정보시스템 취약점 진단 결과(상세)", "청사 CCTV 사각지대 및 출입통제 취약점 점검"])
    d.c(d.title)
    d.t([["대상", "취약점", "위험도", "조치 예정"],
         ["민원포털 웹서버", "관리자 페이지 외부 노출(기본 계정 사용)", "상", fdate(ymd(rng, y))],
         ["출입통제 시스템", "비상구 %d곳 카드 인식 미작동" % rng.randint(1, 4), "상", fdate(ymd(rng, y))],
         ["내부망", "패치 미적용 서버 %d대" % rng.randint(2, 30), "중", fdate(ymd(rng, y))]])
    d.cue("미조치 취약점 상세", "table_cell")
    return _co(d, ["OIDA-9-1-3"], "미조치 보안 취약점 — 공개 시 시설·재산 위험")


def c_hiring_interview(rng, i):
    y = rng.randint(2003, 2026)
    d = Doc("c_hiring_interview", "채용", y)
    d.title = "면접시험 평정표(위원별)"
    d.c(d.title)
    rows = [["응시자", "위원1", "위원2", "위원3", "평균", "결과"]]
    for k in range(rng.randint(3, 5)):
        s = [rng.randint(10, 25) for _ in range(3)]
        rows.append([name(rng)] + [str(x) for x in s] + ["%.1f" % (sum(s) / 3.0), rng.choice(["합격", "불합격"])])
    d.t(rows)
    d.p("면접위원: %s, %s, %s" % tuple(names(rng, 3)))
    d.cue("응시자 실명·위원별 점수", "table_cell")
    return _co(d, ["OIDA-9-1-5", "OIDA-9-1-6"], "채용 면접 세부 평가(인사관리 + 개인)")


def c_victim_support(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("c_victim_support", "지원결정", y)
    d.title = "범죄피해자 긴급 생계비 지원 결정"
    d.c(d.title)
    d.p("피해자: %s (%d세)  피해 유형: %s  사건 관할: %s경찰서" % (name(rng), rng.randint(18, 80), rng.choice(["가정폭력", "성폭력", "강도 상해"]), rng.choice(PLACES_SI).replace("시", "")))
    d.p("지원 내용: 생계비 %s원, 임시 거처(보호시설) 연계, 심리치료 %d회" % (money(rng, 500000, 3000000), rng.randint(3, 12)))
    d.cue("범죄피해자 신원", "body")
    return _co(d, ["OIDA-9-1-6"], "피해자 식별 정보")


NONPUBLIC = [(s_np_field, 8), (m_daeoebi, 12), (m_III, 9), (m_II, 4), (m_I, 2), (m_secret_gongmun, 2), (m_informal, 5),
             (c_discipline, 4), (c_evaluation, 2), (c_sick_leave, 3), (c_health_checkup, 2), (c_crime_record, 3), (c_welfare_case, 3),
             (c_lawsuit, 3), (c_legal_advice, 2), (c_policy_draft, 3), (c_bid_price, 2), (c_trade_secret, 2), (c_audit_interview, 2),
             (c_whistleblower, 2), (c_school_violence, 2), (c_union_list, 2), (c_tax_individual, 2), (c_accident_investigation, 2),
             (c_disability, 2), (c_child_protection, 1), (c_exam_questions, 1), (c_security_vuln, 2), (c_hiring_interview, 1),
             (c_victim_support, 1)]
