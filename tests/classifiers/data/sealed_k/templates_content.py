# -*- coding: utf-8 -*-
"""CONTENT-ONLY non-public templates: no 공개구분 field, no marking, no informal marking."""
import common as C
from forms import P, T, gongmun, report, new_doc
from templates_public import R

REG = {}


def reg(n, lo=2004, hi=2026):
    def d(fn):
        REG[fn.__name__] = (fn, n, lo, hi)
        return fn
    return d


def NP(ctx, doc, genre, deciding, why, reasons):
    return R(ctx, doc, genre, deciding, why, disc="non_public", reasons=reasons, content_only=True)


def d(ctx):
    r = ctx.rng
    return C.kdate(ctx.y, r.randrange(1, 13), r.randrange(1, 29))


@reg(2, 1995, 2026)
def c_land_compensation(ctx):
    r = ctx.rng
    c = C.city(r)
    biz = r.choice(["○○ 도시계획도로(중로 2-%d) 개설" % r.randrange(1, 40), "%s 하천 정비" % c[1], "산업단지 진입도로 확장"])
    rows = [["소유자", "지번", "편입면적(㎡)", "감정평가액", "협의 상황", "비고"]]
    for _ in range(r.randrange(4, 8)):
        rows.append([C.name(r), C.lot(r, c), str(r.randrange(20, 3000)), C.money(r, 5000000, 900000000, 1000),
                     r.choice(["협의 완료", "금액 불만(재감정 요구)", "상속 미정리", "연락 두절", "수용재결 신청 예정"]), r.choice(["", "고령·독거", "근저당 설정", "채무 과다"])])
    ctx.cue("토지소유자별 보상액·협의 상황", "table_cell")
    doc = report(ctx, "%s 보상 협의 진행 상황" % biz, ["○ 보상 대상: 토지 %d필지, 지장물 %d건" % (r.randrange(10, 90), r.randrange(5, 60)), T(rows),
                                                "○ 향후 계획: 미협의 토지는 토지수용위원회 재결 신청"], ag=c[1])
    return NP(ctx, doc, "표·명단", "named landowners with amounts and negotiating positions", "소유자별 보상·협상 내역은 사생활 + 협의 진행 중", ["OIDA-9-1-5", "OIDA-9-1-6"])


@reg(2)
def c_merit_review(ctx):
    r = ctx.rng
    nm = C.name(r)
    dz = r.choice(["고엽제후유증(말초신경병)", "전투 중 총상에 의한 좌측 슬관절 장애", "복무 중 발병한 외상후스트레스장애", "공무 중 척추 압박골절"])
    secs = ["1. 신청인: %s (%s생), 군번 %d-%d" % (nm, C.kdate(*C.birth(r, 1940, 1975)), r.randrange(10, 99), r.randrange(100000, 999999)),
            "2. 신청 상이: " + ctx.cue(dz, "body"), "3. 복무 기록: %d년 입대, %s 근무" % (r.randrange(1960, 1995), r.choice(["○○사단", "해병 ○○여단", "전방 GOP"])),
            "4. 의학적 소견: 국군병원 진료기록상 상병과 공무 관련성 %s" % r.choice(["인정", "불인정", "추가 검토 필요"]),
            "5. 보훈심사위원회 심의 의견: 상이등급 %d급 %d항 해당 여부 신체검사 후 재심의" % (r.randrange(1, 7), r.randrange(1000, 9999))]
    doc = report(ctx, "국가유공자 등록 요건 심사 의견서", secs, ag="%s보훈지청" % C.city(r)[1])
    return NP(ctx, doc, "결정서·의결서", "named applicant, medical findings", "개인 건강·병력 심사", ["OIDA-9-1-6", "PIPA-23"])


@reg(2, 2018, 2026)
def c_immigration(ctx):
    r = ctx.rng
    fn, pp, fr = C.foreign_name(r), C.passport_foreign(r), C.frn(r)
    secs = ["1. 신청인: %s (%s), 여권번호 %s, 외국인등록번호 %s" % (fn, r.choice(C.NATIONS), pp, fr),
            "2. 신청 내용: 체류자격 변경(%s → %s)" % (r.choice(["D-2", "E-9", "H-2"]), r.choice(["F-2", "E-7", "F-6"])),
            "3. 심사 사항: 소득 요건 %s, 체류 중 %s, 배우자와의 동거 여부 실태조사 결과 %s" % (r.choice(["충족", "미충족"]), r.choice(["과태료 1회", "위반 없음", "체류기간 도과 12일"]), r.choice(["확인", "불분명"])),
            "4. 심사관 의견: %s" % r.choice(["허가", "불허(요건 미충족)", "보완 요구"])]
    ctx.cue("여권번호·외국인등록번호 unmasked", "body")
    doc = report(ctx, "체류자격 변경허가 심사 의견서", secs, ag="%s출입국·외국인사무소" % C.city(r)[1])
    return NP(ctx, doc, "상담·조사기록", "named foreigner's immigration review", "개인 체류 심사 기록", ["OIDA-9-1-6", "PIPA-24"])


@reg(2)
def c_child_abuse(ctx):
    r = ctx.rng
    ch, pa = C.name(r), C.name(r)
    secs = ["1. 신고 접수: %s %s, 신고자 %s(신고의무자)" % (d(ctx), r.choice(["14:20", "09:05"]), r.choice(["담임교사", "어린이집 원장", "이웃 주민"])),
            "2. 피해아동: %s (만 %d세), 행위자: %s (친부/모)" % (ch, r.randrange(2, 15), pa),
            "3. 현장조사 결과: %s" % r.choice(["장기 결석 및 식사 미제공 등 방임 정황", "반복적 폭언·위협", "체벌 도구 및 훈육 일지 확인"]),
            "4. 조치: %s, 경찰 수사 의뢰" % r.choice(["응급조치(격리) 후 쉼터 인계", "사례관리 개시", "피해아동보호명령 청구"]),
            "5. 사례판단: 아동학대 %s" % r.choice(["해당", "조사 중"])]
    ctx.cue("피해아동·행위자 실명", "body")
    doc = report(ctx, "아동학대 신고 사건 처리 결과", secs, ag=C.agency(r, central_p=0), dept="아동보호팀")
    return NP(ctx, doc, "상담·조사기록", "child abuse case record", "피해아동 사생활·수사 의뢰", ["OIDA-9-1-4", "OIDA-9-1-6"])


@reg(2)
def c_audit_tip(ctx):
    r = ctx.rng
    tipster, target = C.name(r), C.name(r)
    secs = ["1. 제보 접수: %s, 제보자 %s(연락처 %s, 신원 비밀보장 요청)" % (d(ctx), tipster, C.mobile(r)),
            "2. 제보 내용: %s 소속 %s가 %s" % (r.choice(C.DEPTS), target, r.choice(["특정 업체에 수의계약을 몰아줌", "출장비를 허위 청구", "근무시간 중 겸직 활동"])),
            "3. 사실 확인 결과: 관련 계약 %d건 중 %d건 분할 계약 정황" % (r.randrange(5, 20), r.randrange(1, 5)),
            "4. 처리 의견: 정식 감사 착수 및 관련자 문답서 징구"]
    doc = report(ctx, "공직비리 제보 처리 검토", secs, ag=C.agency(r), dept="감사실")
    ctx.cue("제보자 신원 + 피제보자", "body")
    return NP(ctx, doc, "상담·조사기록", "tip-off with whistleblower identity", "감사 진행 중 + 제보자 신원", ["OIDA-9-1-5", "OIDA-9-1-6"])


@reg(2)
def c_litigation_brief(ctx):
    r = ctx.rng
    cn = "%d구합%d" % (ctx.y, r.randrange(1000, 99999))
    secs = ["사건 %s %s" % (cn, r.choice(["영업정지처분취소", "손해배상(기)", "정보공개거부처분취소", "토지수용재결취소"])),
            "원고 %s / 피고 %s" % (C.name(r), C.head_title(C.agency(r))),
            "준비서면(초안 - 소송수행자 검토 의견 반영 전)",
            "1. 원고 주장의 약점: 처분 사전통지서 수령 사실을 원고가 자인한 부분을 적극 원용",
            "2. 우리 측 취약점: 청문 절차 일부 누락 → 재량권 일탈 주장에 대비하여 '경미한 하자' 논리 보강",
            "3. 증인 신청 여부: 담당 주무관 증언은 불리할 수 있어 신청하지 않는 방향",
            "4. 화해권고 시 수용 가능 범위: 과징금 %d%% 감액까지" % r.randrange(10, 50)]
    doc = report(ctx, "준비서면 초안 및 대응 전략", secs, ag=C.agency(r), dept="법무담당관")
    return NP(ctx, doc, "보고서", "draft brief with litigation strategy", "진행 중인 재판 관련 정보", ["OIDA-9-1-4"])


@reg(2)
def c_bid_price(ctx):
    r = ctx.rng
    base = r.randrange(100, 3000) * 1000000
    rows = [["예비가격 번호", "금액"]] + [[str(i + 1), "{:,}원".format(int(base * (0.97 + r.random() * 0.06)))] for i in range(r.randrange(4, 8))]
    secs = ["1. 공사명: %s" % r.choice(["체육관 신축공사", "하수관로 정비공사", "청사 증축공사"]),
            "2. 기초금액: {:,}원 (설계가 대비 {:.1f}% 조정)".format(base, 90 + r.random() * 8),
            "3. 복수예비가격 산정 내역", T(rows),
            "4. 예정가격 결정: 개찰 전 봉인, 추첨 후 산술평균"]
    ctx.cue("복수예비가격·예정가격 before opening", "table_cell")
    doc = report(ctx, "예정가격 조서(개찰 전)", secs, ag=C.agency(r), dept="계약담당")
    return NP(ctx, doc, "보고서", "pre-opening bid price", "입찰 공정성(제5호)", ["OIDA-9-1-5"])


@reg(2)
def c_dev_prereview(ctx):
    r = ctx.rng
    c = C.city(r)
    secs = ["1. 검토 대상: %s %s리 일원 %d㎡ (현 자연녹지·계획관리)" % (c[1], r.choice(["도림", "새말", "장터"]), r.randrange(100000, 2000000)),
            "2. 구상: 첨단산업단지 및 배후 주거단지 지정 추진, 예상 발표 시기 %d년 상반기" % (ctx.y + 1),
            "3. 후보지 비교: A지구(도로 접근성 우수), B지구(지가 저렴)",
            "4. 유의 사항: 후보지 정보가 사전 노출되면 토지 투기 및 보상비 급등 우려",
            "5. 향후 절차: 관계 부처 협의 → 토지거래허가구역 지정 → 발표"]
    doc = report(ctx, "개발사업 후보지 사전 검토", secs, ag=c[1])
    ctx.cue("후보지·발표 전 개발 구상", "body")
    return NP(ctx, doc, "보고서", "pre-announcement development sites", "의사결정 과정 + 부동산 투기 우려", ["OIDA-9-1-5", "OIDA-9-1-8"])


@reg(2)
def c_labor_strategy(ctx):
    r = ctx.rng
    secs = ["1. 노조 요구안: 기본급 %d%% 인상, 복지포인트 확대, 인력 충원 %d명" % (r.randrange(5, 15), r.randrange(10, 100)),
            "2. 사측 최종 수용 한도: 기본급 %.1f%%, 복지포인트 %d만원" % (1 + r.random() * 3, r.randrange(10, 50)),
            "3. 교섭 단계별 제시안: 1차 동결 → 2차 1.0%% → 최종 %.1f%%" % (1 + r.random() * 2),
            "4. 쟁의 돌입 시 대체인력 투입 및 언론 대응 방안"]
    doc = report(ctx, "%d년 단체교섭 대응 전략" % ctx.y, secs, ag=C.agency(r), dept="총무과 노사협력팀")
    ctx.cue("사측 수용 한도·교섭 전략", "body")
    return NP(ctx, doc, "보고서", "labor negotiation strategy", "교섭 진행 중 의사결정 과정", ["OIDA-9-1-5"])


@reg(2)
def c_exam_plan(ctx):
    r = ctx.rng
    rows = [["과목", "출제위원", "소속", "합숙 기간"]]
    for s in r.sample(["행정법", "행정학", "국어", "한국사", "영어", "지방세법"], 3):
        rows.append([s, C.name(r), r.choice(["○○대학교", "△△대학교", "연구원"]), "%s~" % d(ctx)])
    secs = ["1. 시험명: %d년 %s 공개경쟁임용시험" % (ctx.y, C.agency(r, central_p=0)), "2. 출제 방식: 합숙 출제, 문제은행 %d%% 활용" % r.randrange(10, 40),
            "3. 출제위원 위촉 현황", T(rows), "4. 문제지 인쇄·보관: 보안 인쇄소, 시험 전일 경찰 호송"]
    ctx.cue("출제위원 명단·합숙 일정", "table_cell")
    doc = report(ctx, "공개경쟁임용시험 출제 계획", secs, ag=C.agency(r))
    return NP(ctx, doc, "계획서", "exam setting plan with setters", "시험 공정성 + 출제위원 신상", ["OIDA-9-1-5", "OIDA-9-1-6"])


@reg(2)
def c_vuln_scan(ctx):
    r = ctx.rng
    rows = [["대상 서버", "IP", "취약점", "위험도", "조치"]]
    for _ in range(r.randrange(3, 6)):
        rows.append([r.choice(["홈페이지 WEB", "민원 DB", "메일 서버", "VPN 장비"]), "10.%d.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250)),
                     r.choice(["SQL 삽입 가능", "관리자 기본 계정 사용(admin/admin)", "미패치 원격코드실행", "디렉터리 리스팅"]), r.choice(["상", "중", "상"]), "조치 예정"])
    doc = report(ctx, "%d년 정보시스템 취약점 점검 결과" % ctx.y, ["○ 점검 기간: %s, 점검 기관: 자체 보안관제센터" % d(ctx), T(rows), "○ 미조치 취약점은 %d월까지 보완" % r.randrange(1, 12)], ag=C.agency(r), dept="정보통신과")
    ctx.cue("서버 IP + 미조치 취약점", "table_cell")
    return NP(ctx, doc, "보고서", "unpatched vulnerabilities with IPs", "공개 시 해킹 등 재산·안전 위해", ["OIDA-9-1-3"])


@reg(2, 1997, 2026)
def c_payroll(ctx):
    r = ctx.rng
    rows = [["성명", "직급", "본봉", "정근수당", "가족수당", "초과근무", "공제(건강보험)", "실수령액"]]
    for _ in range(r.randrange(4, 8)):
        rows.append([C.name(r), r.choice(["7급", "8급", "6급", "9급"]), C.money(r, 2000000, 4200000, 100), C.money(r, 0, 800000, 100), C.money(r, 0, 200000, 100),
                     C.money(r, 0, 900000, 100), C.money(r, 60000, 180000, 10), C.money(r, 2000000, 5000000, 10)])
    doc = report(ctx, "%d년 %d월 개인별 급여 지급 명세" % (ctx.y, r.randrange(1, 13)), [T(rows)], ag=C.agency(r), dept="회계과")
    ctx.cue("개인별 급여·공제 명세", "table_cell")
    return NP(ctx, doc, "표·명단", "per-person pay roster", "개인 급여 명세만으로 구성", ["OIDA-9-1-6"])


@reg(3, 1996, 2026)
def c_discipline(ctx):
    r = ctx.rng
    nm = C.name(r)
    crime = r.random() < 0.6
    fact = ("%s 혈중알코올농도 0.%03d%% 상태로 운전하다 적발되어 %s법원에서 벌금 %s의 약식명령을 받음" % (d(ctx), r.randrange(30, 200), C.city(r)[1], C.money(r, 3000000, 15000000, 1000000))
            if crime else "정당한 사유 없이 %d일간 무단결근하고 상급자의 업무 지시를 반복적으로 거부함" % r.randrange(3, 20))
    secs = ["징계의결서", "소속: %s  직급: %s  성명: %s" % (r.choice(C.DEPTS), r.choice(["지방행정주사", "지방행정주사보", "지방시설주사"]), nm),
            "의결 주문: %s" % r.choice(["감봉 1월", "정직 2월", "견책", "강등"]),
            "이유: 위 사람은 " + ctx.cue(fact, "body"),
            "이는 「지방공무원법」 제55조(품위 유지의 의무)를 위반한 것으로 같은 법 제69조 제1항에 따라 의결함.",
            "%s 인사위원회 위원장" % C.agency(r, central_p=0)]
    doc = new_doc("징계의결서")
    doc["blocks"] = [P(s) for s in secs]
    return NP(ctx, doc, "결정서·의결서", "discipline of a named official", "징계는 비직무 사생활; 음주운전 형사처벌은 민감정보",
              ["OIDA-9-1-6", "PIPA-23"] if crime else ["OIDA-9-1-6"])


@reg(2)
def c_counsel(ctx):
    r = ctx.rng
    nm = C.name(r)
    health = r.random() < 0.5
    issue = r.choice(["카드 대금 연체로 인한 채무 %s 상담" % C.money(r, 5000000, 90000000, 1000000), "임대차 보증금 반환 분쟁", "이혼 후 양육비 미지급"])
    if health:
        issue += ", 우울증 치료 중(약물 복용)이라고 진술"
    secs = ["상담일시: %s  상담자: 주무관 %s" % (d(ctx), C.name(r)), "내담자: %s (%s, %s)" % (nm, C.mobile(r), C.address(r)),
            "상담 내용: " + ctx.cue(issue, "body"), "조치: %s 연계" % r.choice(["신용회복위원회", "법률홈닥터", "정신건강복지센터", "긴급복지 지원"])]
    doc = report(ctx, "민원인 개인 상담 기록지", secs, ag=C.agency(r, central_p=0), dept="복지정책과")
    return NP(ctx, doc, "상담·조사기록", "individual counselling record", "개인 상담 기록", ["OIDA-9-1-6", "PIPA-23"] if health else ["OIDA-9-1-6"])


@reg(2)
def c_medical_aid(ctx):
    r = ctx.rng
    nm = C.name(r)
    secs = ["1. 수급권자: %s (의료급여 %d종), 주소 %s" % (nm, r.randrange(1, 3), C.address(r)),
            "2. 심사 사유: 연간 급여일수 %d일 초과(상한 365일)" % r.randrange(400, 900),
            "3. 진료 내역: " + ctx.cue(r.choice(["당뇨병성 신증으로 주 3회 혈액투석", "조현병 외래 진료 및 장기 입원", "알코올 의존 증후군 재입원 반복"]), "body"),
            "4. 심의 결과: 선택의료급여기관 적용 %s" % r.choice(["대상", "제외(희귀난치)"])]
    doc = report(ctx, "의료급여 연장승인 심사", secs, ag=C.agency(r, central_p=0), dept="복지정책과 의료급여팀")
    return NP(ctx, doc, "결정서·의결서", "medical-aid review with diagnosis", "개인 진료 정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_dv_victim(ctx):
    r = ctx.rng
    v = C.name(r)
    secs = ["1. 피해자: %s (만 %d세), 동반 아동 %d명" % (v, r.randrange(25, 60), r.randrange(0, 3)),
            "2. 행위자: 배우자 %s, 접근금지 임시조치 %s" % (C.name(r), r.choice(["결정", "신청 중"])),
            "3. 보호 조치: " + ctx.cue("%s 소재 보호시설(%s) 긴급 입소" % (C.city(r)[1], C.address(r)), "body"),
            "4. 주민등록 열람 제한 신청 접수, 자녀 전학 지원 요청"]
    doc = report(ctx, "가정폭력 피해자 보호 지원 결과", secs, ag=C.agency(r, central_p=0), dept="여성가족과")
    return NP(ctx, doc, "상담·조사기록", "victim + shelter location", "피해자 생명·신체 보호 + 사생활", ["OIDA-9-1-3", "OIDA-9-1-6"])


@reg(2)
def c_youth_counsel(ctx):
    r = ctx.rng
    secs = ["내담 청소년: %s (%s 중학교 %d학년)" % (C.name(r), C.city(r)[1], r.randrange(1, 4)),
            "주 호소: " + ctx.cue(r.choice(["자해 흔적 및 자살 사고 표현", "학교폭력 피해 후 불안·불면", "섭식장애 의심(체중 급감)"]), "body"),
            "부모 면담: %s" % r.choice(["부모 이혼 과정, 양육 공백", "보호자 연락 거부", "적극 협조"]),
            "개입 계획: 주 1회 개인 상담 %d회기, 정신건강의학과 진료 연계" % r.randrange(4, 12)]
    doc = report(ctx, "청소년 상담 사례 기록(사례회의용)", secs, ag="%s 청소년상담복지센터" % C.city(r)[1])
    return NP(ctx, doc, "상담·조사기록", "youth counselling with mental-health data", "청소년 정신건강 정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_illegal_stay_crackdown(ctx):
    r = ctx.rng
    secs = ["1. 단속 기간: %s부터 %d주간(사전 통보 금지)" % (d(ctx), r.randrange(1, 5)),
            "2. 단속 대상: %s 일대 %s %d개소" % (C.city(r)[1], r.choice(["농공단지 사업장", "건설 현장", "유흥업소"]), r.randrange(5, 40)),
            "3. 투입 인원: 단속반 %d개조 %d명, 경찰 협조 요청" % (r.randrange(2, 8), r.randrange(10, 60)),
            "4. 진입 시간: 새벽 %02d:00 일제 진입, 도주 경로 차단 위치 지정" % r.randrange(4, 7)]
    doc = report(ctx, "불법체류 외국인 합동단속 계획", secs, ag="%s출입국·외국인사무소" % C.city(r)[1])
    ctx.cue("단속 일정·진입 계획", "body")
    return NP(ctx, doc, "계획서", "enforcement plan before execution", "범죄 예방·단속 직무 곤란(제4호)", ["OIDA-9-1-4"])


@reg(2)
def c_taxpayer(ctx):
    r = ctx.rng
    nm = C.name(r)
    secs = ["납세자: %s (%s)" % (nm, C.address(r)), "사업자등록번호 %s, 업종: %s" % (C.brn(r), r.choice(["음식점업", "부동산임대업", "도매업"])),
            "신고 내역: %d년 귀속 종합소득 %s, 결정세액 %s" % (ctx.y - 1, C.money(r, 30000000, 900000000, 1000), C.money(r, 1000000, 90000000, 1000)),
            "세무조사 결과: 매출 누락 %s 적출, 가산세 부과 예정" % C.money(r, 5000000, 300000000, 1000)]
    ctx.cue("개인 납세자 과세정보", "body")
    doc = report(ctx, "개인 납세자 세무 검토서", secs, ag=C.agency(r, central_p=0), dept="세무과")
    return NP(ctx, doc, "상담·조사기록", "individual taxpayer information (과세정보)", "국세·지방세기본법상 과세정보 비밀유지(제1호) + 사생활", ["OIDA-9-1-1", "OIDA-9-1-6"])


@reg(2)
def c_union_dues(ctx):
    r = ctx.rng
    rows = [["성명", "소속", "조합 가입일", "월 조합비"]]
    for _ in range(r.randrange(5, 9)):
        rows.append([C.name(r), r.choice(C.DEPTS), d(ctx), C.money(r, 10000, 40000, 100)])
    ctx.cue("노동조합 조합원 명단", "table_cell")
    doc = report(ctx, "%d년 %d월 노동조합 조합비 급여 공제 명단" % (ctx.y, r.randrange(1, 13)), [T(rows)], ag=C.agency(r), dept="회계과")
    return NP(ctx, doc, "표·명단", "union membership roster", "노조 가입은 민감정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_sick_leave(ctx):
    r = ctx.rng
    nm = C.name(r)
    dz = r.choice(["요추 추간판 탈출증(수술)", "갑상선암 수술 및 방사선 치료", "공황장애"])
    body = ["1. %s 소속 %s %s의 병가 신청에 대하여 다음과 같이 승인하고자 합니다." % (r.choice(C.DEPTS), r.choice(["주무관", "사무관"]), nm),
            "2. 기간: %s부터 %d일간" % (d(ctx), r.randrange(14, 60)), "3. 진단명: " + ctx.cue(dz, "body") + " (진단서 첨부)",
            "4. 업무대행: 같은 팀 주무관 %s" % C.name(r)]
    doc = gongmun(ctx, C.agency(r), "총무과", "직원 병가 승인", body, recv="내부결재", attach=["진단서 1부."])
    return NP(ctx, doc, "공문", "sick leave with diagnosis", "직원 건강정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_interview_scores(ctx):
    r = ctx.rng
    rows = [["응시번호", "성명", "위원1", "위원2", "위원3", "평균", "결과"]]
    for _ in range(r.randrange(4, 7)):
        s = [r.randrange(50, 100) for _ in range(3)]
        rows.append(["%04d" % r.randrange(1, 9999), C.name(r)] + [str(x) for x in s] + ["%.1f" % (sum(s) / 3), r.choice(["합격", "불합격"])])
    doc = report(ctx, "%d년 경력경쟁 채용 면접시험 평정 결과" % ctx.y, [T(rows), "※ 위원별 채점표 원본 별도 보관"], ag=C.agency(r), dept="총무과")
    ctx.cue("응시자별 위원 점수", "table_cell")
    return NP(ctx, doc, "표·명단", "individual interview scores", "시험·인사관리(제5호) + 응시자 개인정보", ["OIDA-9-1-5", "OIDA-9-1-6"])


@reg(2)
def c_police_coop(ctx):
    r = ctx.rng
    s = C.name(r)
    body = ["1. 당서에서 수사 중인 %s 사건과 관련하여 다음 자료를 요청합니다." % r.choice(["사기", "업무상횡령", "보조금 편취"]),
            "2. 피의자: %s (%s생, %s)" % (s, C.kdate(*C.birth(r, 1955, 1995)), C.address(r)),
            "3. 요청 자료: 피의자의 %s 관련 보조금 신청서 및 지급 내역, 통장 사본" % d(ctx),
            "4. 수사 보안을 위하여 피의자 및 관계인에게 요청 사실을 알리지 말아 주시기 바랍니다."]
    doc = gongmun(ctx, "%s경찰서" % C.city(r)[1], "수사과", "수사 협조 의뢰(자료 제공 요청)", body, recv=C.head_title(C.agency(r, central_p=0)))
    ctx.cue("피의자 인적사항·수사 진행", "body")
    return NP(ctx, doc, "공문", "investigation request naming suspect", "수사 중 정보 + 피의자 사생활", ["OIDA-9-1-4", "OIDA-9-1-6"])


@reg(2)
def c_trade_secret(ctx):
    r = ctx.rng
    co = "(주)%s%s" % (r.choice(["한울", "미래", "동해"]), r.choice(["바이오", "소재", "전자"]))
    secs = ["제출 업체: %s" % co, "1. 제조 공정: %s 촉매 %d%% 투입, 소성 온도 %d℃, 수율 %d%%" % (r.choice(["니켈계", "백금계"]), r.randrange(1, 20), r.randrange(300, 1200), r.randrange(60, 99)),
            "2. 원가 구조: 원재료비 %d%%, 단가 %s/kg, 주요 거래처별 납품 단가표" % (r.randrange(30, 80), C.money(r, 1000, 90000, 10)),
            "3. 특허 출원 전 기술 사항(미공개)"]
    ctx.cue("업체 제출 공정·원가 자료", "body")
    doc = report(ctx, "기술개발 지원사업 신청 기술자료 요약", secs, ag=C.agency(r))
    return NP(ctx, doc, "보고서", "company trade secrets", "법인 영업비밀로만 구성", ["OIDA-9-1-7"])


@reg(2)
def c_negotiation(ctx):
    r = ctx.rng
    secs = ["1. 상대국 입장: %s 분야 관세 즉시 철폐 요구" % r.choice(["농산물", "자동차 부품", "수산물"]),
            "2. 우리 측 마지노선: 민감 품목 %d개 양허 제외, 나머지 10년 단계 철폐" % r.randrange(5, 40),
            "3. 협상 카드: 서비스 시장 일부 개방(비공식 타진 결과 긍정)",
            "4. 대외 발표: 협상 타결 전 어떠한 수치도 언급하지 않음"]
    doc = report(ctx, "통상 협상 대응 방안(실무)", secs, ag=r.choice(["산업통상자원부", "외교부"]))
    ctx.cue("협상 마지노선", "body")
    return NP(ctx, doc, "보고서", "negotiating positions", "외교 관계·국가 이익(제2호), 표시 없음", ["OIDA-9-1-2"])


@reg(2)
def c_survey_raw(ctx):
    r = ctx.rng
    rows = [["조사구", "가구주", "가구원수", "월소득", "부채", "장애 여부"]]
    for _ in range(r.randrange(4, 7)):
        rows.append(["%d-%03d" % (r.randrange(10, 99), r.randrange(1, 999)), C.name(r), str(r.randrange(1, 6)), C.money(r, 500000, 9000000, 10000), C.money(r, 0, 300000000, 100000), r.choice(["없음", "있음"])])
    doc = report(ctx, "%d년 %s 사회조사 개별 조사표 입력 자료" % (ctx.y, C.city(r)[1]), [T(rows), "※ 개별 조사표 입력 자료(원자료), 분석 전 검증용"], ag=C.agency(r, central_p=0), dept="정보통계담당관")
    ctx.cue("개별 응답 원자료", "table_cell")
    return NP(ctx, doc, "표·명단", "individual statistical responses", "통계법상 비밀(제1호) + 개인정보; 장애 여부는 건강정보", ["OIDA-9-1-1", "OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_disability(ctx):
    r = ctx.rng
    secs = ["신청인: %s (%s)" % (C.name(r), C.address(r)), "장애 유형: " + ctx.cue(r.choice(["지체장애(하지 절단)", "뇌병변장애", "정신장애(양극성 정동장애)", "시각장애"]), "body"),
            "자문의 소견: 장애 정도 %s" % r.choice(["심한 장애", "심하지 않은 장애", "재판정 필요"]),
            "결정: %s" % r.choice(["등록", "기각", "재판정 2년 후"])]
    doc = report(ctx, "장애 정도 심사 결과", secs, ag="국민연금공단 %s지사" % C.city(r)[1])
    return NP(ctx, doc, "결정서·의결서", "disability review", "건강정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_crime_victim(ctx):
    r = ctx.rng
    secs = ["신청인(피해자): %s" % C.name(r), "범죄 사실: %s %s에서 발생한 상해 사건(가해자 %s, 기소)" % (d(ctx), C.city(r)[1], C.name(r)),
            "피해 정도: " + ctx.cue(r.choice(["안와골절 및 영구 시력 저하", "전치 12주 다발성 골절", "외상후스트레스장애"]), "body"),
            "심의 결과: 장해구조금 %s 지급" % C.money(r, 5000000, 50000000, 100000)]
    doc = report(ctx, "범죄피해구조심의회 심의 결과", secs, ag="%s지방검찰청" % C.city(r)[1])
    return NP(ctx, doc, "결정서·의결서", "crime victim aid with injuries", "피해자 건강정보 + 사건 정보", ["OIDA-9-1-6", "PIPA-23"])


@reg(2)
def c_surprise_inspection(ctx):
    r = ctx.rng
    rows = [["점검 일자", "업소명", "소재지", "중점 사항"]]
    for _ in range(r.randrange(3, 6)):
        rows.append([d(ctx), "%s%s" % (r.choice(["맛나", "옛골", "바다"]), r.choice(["식당", "푸드", "횟집"])), "%s %s" % C.city(r), r.choice(["원산지 표시", "유통기한 경과 원료", "위생 상태"])])
    doc = report(ctx, "식품접객업소 불시 위생 점검 계획", [T(rows), "※ 점검 일정은 업소에 사전 통보하지 않음"], ag=C.agency(r, central_p=0), dept="위생과")
    ctx.cue("불시 점검 일정", "table_cell")
    return NP(ctx, doc, "계획서", "unannounced inspection schedule", "감독·검사 업무 지장(제5호)", ["OIDA-9-1-5"])


@reg(2)
def c_basic_livelihood(ctx):
    r = ctx.rng
    secs = ["대상자: %s (%s)" % (C.name(r), C.address(r)), "가구 구성: 본인, 자녀 %d명" % r.randrange(0, 4),
            "소득·재산 조사: 근로소득 %s, 금융재산 %s, 부양의무자(아들) 연락 두절" % (C.money(r, 0, 1500000, 10000), C.money(r, 0, 5000000, 10000)),
            "조사 의견: 생계급여 %s" % r.choice(["지급 유지", "중지", "감액"])]
    ctx.cue("개인 소득·재산 조사", "body")
    doc = report(ctx, "기초생활보장 수급자 확인조사 결과", secs, ag=C.agency(r, central_p=0), dept="복지정책과")
    return NP(ctx, doc, "상담·조사기록", "means-test record", "개인 소득·재산", ["OIDA-9-1-6"])


@reg(2)
def c_whistleblower(ctx):
    r = ctx.rng
    secs = ["신고자: %s (%s, %s)" % (C.name(r), C.mobile(r), r.choice(["전 직원", "협력업체 직원"])),
            "피신고 기관: (주)%s%s" % (r.choice(["대성", "한결"]), r.choice(["환경", "식품"])),
            "신고 내용: 폐수 무단 방류 및 측정기록 조작",
            "처리: 「공익신고자 보호법」에 따라 신고자 비밀보장, 수사기관 이첩"]
    ctx.cue("공익신고자 신원", "body")
    doc = report(ctx, "공익신고 접수 및 처리", secs, ag=C.agency(r), dept="감사실")
    return NP(ctx, doc, "상담·조사기록", "whistleblower identity + referral to investigators", "신고자 보호·수사 이첩", ["OIDA-9-1-4", "OIDA-9-1-6"])


@reg(2)
def c_cctv_layout(ctx):
    r = ctx.rng
    rows = [["위치", "카메라 수", "사각지대", "녹화 보관"]]
    for loc in r.sample(["정문", "후문", "지하주차장", "전산실 앞", "시장실 복도", "비상계단"], 4):
        rows.append([loc, str(r.randrange(1, 8)), r.choice(["없음", "기둥 뒤 2m", "야간 조도 부족"]), "%d일" % r.choice([30, 60, 90])])
    doc = report(ctx, "청사 방호 및 CCTV 운영 현황", [T(rows), "○ 야간 경비: 청원경찰 %d명 %d교대" % (r.randrange(2, 8), r.randrange(2, 4))], ag=C.agency(r))
    ctx.cue("CCTV 사각지대", "table_cell")
    return NP(ctx, doc, "보고서", "CCTV blind spots", "시설 보호(제3호)", ["OIDA-9-1-3"])


@reg(2)
def c_perf_rating(ctx):
    r = ctx.rng
    rows = [["성명", "직급", "근무실적", "직무수행능력", "총점", "등급"]]
    for _ in range(r.randrange(4, 7)):
        a, b = r.randrange(40, 70), r.randrange(20, 30)
        rows.append([C.name(r), r.choice(["6급", "7급"]), str(a), str(b), str(a + b), r.choice(["수", "우", "양", "가"])])
    doc = report(ctx, "%d년 하반기 근무성적평정 결과(서열 명부)" % ctx.y, [T(rows)], ag=C.agency(r), dept="총무과 인사팀")
    ctx.cue("개인별 평정 점수", "table_cell")
    return NP(ctx, doc, "표·명단", "performance ratings roster", "인사관리 + 개인정보", ["OIDA-9-1-5", "OIDA-9-1-6"])


@reg(2)
def c_school_violence(ctx):
    r = ctx.rng
    secs = ["사안: %s 중학교 %d학년 학생 간 %s" % (C.city(r)[1], r.randrange(1, 4), r.choice(["집단 따돌림", "사이버 폭력", "폭행"])),
            "가해 학생: %s 외 %d명 / 피해 학생: %s" % (C.name(r), r.randrange(0, 3), C.name(r)),
            "조치 결정: 가해 학생 %s, 피해 학생 심리 상담 지원" % r.choice(["서면사과", "학급교체", "출석정지 5일"])]
    doc = report(ctx, "학교폭력대책심의위원회 조치 결정", secs, ag="%s교육지원청" % C.city(r)[1])
    ctx.cue("학생 실명", "body")
    return NP(ctx, doc, "결정서·의결서", "school violence decision naming pupils", "학생 사생활", ["OIDA-9-1-6"])


@reg(2)
def c_candidate_vetting(ctx):
    r = ctx.rng
    nm = C.name(r)
    secs = ["후보자: %s (현 %s)" % (nm, r.choice(["○○대 교수", "전 국장", "회계법인 대표"])),
            "평판 조회: 조직 장악력 보통, 언론 노출 잦음",
            "검증 결과: " + ctx.cue(r.choice(["%d년 음주운전 벌금형 전력" % (ctx.y - r.randrange(5, 20)), "위장전입 의혹 1건, 해명 필요", "특이사항 없음"]), "body"),
            "종합: 내정 %s" % r.choice(["적격", "재검토"])]
    doc = report(ctx, "산하기관장 후보자 검증 결과", secs, ag=C.agency(r))
    reasons = ["OIDA-9-1-5", "OIDA-9-1-6"] + (["PIPA-23"] if "벌금형" in secs[2] else [])
    return NP(ctx, doc, "보고서", "candidate vetting", "인사관리 의사결정 + 개인정보", reasons)


@reg(2)
def c_drug_probe(ctx):
    r = ctx.rng
    secs = ["조사 대상: %s 의원 원장 %s" % (C.city(r)[1], C.name(r)), "위반 의심: 프로포폴 %dmL 재고 불일치, 동일인 반복 투약 %d회" % (r.randrange(50, 900), r.randrange(5, 40)),
            "조치 계획: %s 불시 현장 감시, 검찰 수사 의뢰 검토" % d(ctx)]
    doc = report(ctx, "마약류 취급 위반 의심 기관 조사 계획", secs, ag=C.agency(r, central_p=0), dept="보건소 의약관리팀")
    ctx.cue("조사 대상·수사 의뢰 계획", "body")
    return NP(ctx, doc, "상담·조사기록", "drug-handling investigation plan", "수사·단속 + 개인 식별", ["OIDA-9-1-4", "OIDA-9-1-6"])


@reg(2)
def c_budget_draft(ctx):
    r = ctx.rng
    rows = [["사업명", "부서 요구액", "1차 조정(안)", "삭감 사유"]]
    for _ in range(r.randrange(3, 6)):
        rows.append([r.choice(["청년 수당", "문화 축제", "도로 확포장", "경로당 운영비", "홍보비"]), C.money(r, 100000000, 9000000000, 1000000), C.money(r, 50000000, 5000000000, 1000000), r.choice(["중복", "집행 부진", "시장 공약 후순위"])])
    doc = report(ctx, "%d년 본예산 1차 조정(안)" % (ctx.y + 1), [T(rows), "○ 최종안은 시장 보고 후 확정"], ag=C.agency(r, central_p=0), dept="기획예산과")
    ctx.cue("미확정 예산 조정안", "table_cell")
    return NP(ctx, doc, "보고서", "draft budget cuts before decision", "의사결정 과정(제5호)", ["OIDA-9-1-5"])
