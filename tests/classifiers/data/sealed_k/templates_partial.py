# -*- coding: utf-8 -*-
"""PARTIAL templates: disclosable after removing personal or business data."""
import common as C
from forms import P, T, gongmun, report, new_doc
from templates_public import R

REG = {}


def reg(n, lo=2004, hi=2026):
    def d(fn):
        REG[fn.__name__] = (fn, n, lo, hi)
        return fn
    return d


@reg(6, 2015, 2026)
def pt_complaint_result(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    nm, ad, ph = C.name(r), C.address(r), C.mobile(r)
    ctx.cue("민원인 %s / %s / %s" % (nm, ad, ph), "body")
    body = ["1. 귀하께서 %s 국민신문고를 통해 제출하신 민원(%s)에 대한 처리 결과를 알려드립니다." % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), r.choice(["불법 주정차 단속 요청", "가로등 고장 신고", "소음 민원", "도로 파손 보수 요청"])),
            "2. 민원인: %s (주소: %s, 연락처: %s)" % (nm, ad, ph),
            "3. 처리 결과: 현장 확인 결과 %s 조치를 완료하였습니다." % r.choice(["보수", "계도", "과태료 부과 예고", "시설 교체"]),
            "4. 처리 결과에 이의가 있는 경우 「민원 처리에 관한 법률」 제35조에 따라 이의신청할 수 있습니다."]
    doc = gongmun(ctx, ag, r.choice(C.DEPTS), "민원 처리 결과 통지", body, recv="%s 귀하" % nm)
    return R(ctx, doc, "통지서", "named complainant with address/phone", "민원인 인적사항만 가리면 공개 가능", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4)
def pt_award_rrn(ctx):
    r = ctx.rng
    ag = C.agency(r)
    nm = C.name(r)
    rr = C.rrn(r, 1950, 1990)
    ctx.cue("주민등록번호 %s (unmasked)" % rr, "table_cell")
    rows = [["성명", nm, "주민등록번호", rr], ["소속", r.choice(["자율방범대", "새마을부녀회", "의용소방대", "○○복지관 자원봉사단"]), "주소", C.address(r)]]
    body = ["1. %d년 %s 유공자 포상 추천 대상자를 붙임과 같이 추천합니다." % (ctx.y, r.choice(["지역사회 봉사", "재난 극복", "생활안전"])),
            "2. 추천 사유: 장기간 지역 봉사활동을 통해 주민 복리 증진에 기여",
            "3. 공적 요지", "- %d년부터 독거노인 도시락 배달 봉사 %d회" % (ctx.y - r.randrange(5, 20), r.randrange(100, 900)),
            "- 수해 복구 현장 봉사 및 이웃돕기 성금 기탁", "공적조서", T(rows)]
    doc = gongmun(ctx, ag, "자치행정과", "%d년 유공 주민 포상 추천" % ctx.y, body, attach=["공적조서 1부."])
    return R(ctx, doc, "공문", "unmasked RRN of a private nominee", "추천 공문은 공개 가능, 공적조서 인적사항 제외", disc="partial", reasons=["OIDA-9-1-6", "PIPA-24"], content_only=True)


@reg(4)
def pt_committee_allowance(ctx):
    r = ctx.rng
    ag = C.agency(r)
    com = r.choice(["지방보조금심의위원회", "도시경관위원회", "인권위원회", "정보공개심의회"])
    rows = [["성명", "소속", "주소", "은행", "계좌번호", "수당"]]
    for _ in range(r.randrange(2, 5)):
        b, a = C.account(r)
        rows.append([C.name(r), r.choice(["○○대학교 교수", "변호사", "시민단체 활동가", "세무사"]), C.address(r), b, a, C.money(r, 150000, 300000, 10000)])
    ctx.cue("외부위원 주소·계좌 table", "table_cell")
    secs = ["1. 회의 개요: %s %s 14:00, 안건 %d건" % (com, C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), r.randrange(2, 7)),
            "2. 심의 결과: 제1호 안건 원안 가결, 제2호 안건 보완 후 재심의, 제3호 안건 부결",
            "3. 주요 논의: 사업 효과성 지표 보완, 보조금 정산 시기 준수 필요, 유사 중복 사업 통폐합 권고",
            "4. 향후 계획: 심의 결과를 각 부서에 통보하고 교부 결정 절차 진행",
            "5. 외부위원 참석수당 지급 명세", T(rows)]
    doc = report(ctx, "%s 개최 결과 보고" % com, secs, ag=ag)
    return R(ctx, doc, "보고서", "allowance table with private addresses and accounts", "긴 공개 본문 + 외부위원 계좌·주소", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4)
def pt_event_volunteers(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    ev = r.choice(["해맞이 행사", "마라톤대회", "김장 나눔 행사", "지역 축제"])
    rows = [["성명", "생년월일", "휴대전화", "배치"]]
    for _ in range(r.randrange(2, 4)):
        y, m, d = C.birth(r, 1960, 2005)
        rows.append([C.name(r), C.kdate(y, m, d), C.mobile(r), r.choice(["주차 안내", "급수대", "안내 부스"])])
    ctx.cue("자원봉사자 생년월일·휴대전화", "table_cell")
    secs = ["Ⅰ. 추진 배경: 지역 주민 화합과 관광 활성화", "Ⅱ. 행사 개요: 일시 %s, 장소 %s 일원, 예상 인원 %d명" % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), ag, r.randrange(1000, 30000)),
            "Ⅲ. 세부 프로그램: 개회식, 공연, 체험 행사, 먹거리 장터", "Ⅳ. 교통 대책: 임시 주차장 %d개소, 셔틀버스 운행" % r.randrange(2, 9),
            "Ⅴ. 안전 대책: 인파 관리 요원 배치, 의료 부스 운영, 기상 악화 시 축소 운영",
            "Ⅵ. 홍보 계획: 보도자료 배포, SNS, 현수막", "Ⅶ. 소요 예산: %s" % C.money(r, 10000000, 300000000, 100000),
            "[붙임] 자원봉사자 배치 명단(일부)", T(rows)]
    doc = report(ctx, "%d년 %s 추진 계획" % (ctx.y, ev), secs, ag=ag)
    return R(ctx, doc, "계획서", "small volunteer list with DOB/mobile", "본문 공개, 자원봉사자 연락처 부분만 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4)
def pt_survey_report(ctx):
    r = ctx.rng
    t = r.choice(["전통시장 활성화 방안 연구용역 최종보고서", "청년 주거실태 조사 결과보고서", "농촌 고령자 이동권 실태조사"])
    rows = [["연번", "면담자", "직업", "연락처", "면담일"]]
    for i in range(r.randrange(2, 4)):
        rows.append([str(i + 1), C.name(r), r.choice(["상인회장", "자영업", "농업", "대학생"]), C.mobile(r), C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))])
    ctx.cue("부록 심층면담자 명단·연락처", "table_cell")
    secs = ["요약", "본 연구는 %s의 현황을 분석하고 정책 대안을 제시하는 데 목적이 있다." % t.split()[0],
            "제1장 서론 - 연구 배경 및 방법(설문 %d부, 심층면담)" % r.randrange(300, 2000),
            "제2장 현황 분석 - 응답자의 %d%%가 개선이 필요하다고 응답" % r.randrange(40, 90),
            "제3장 정책 과제 - 단기 과제 5개, 중장기 과제 3개 제시",
            "제4장 결론 및 제언", "부록 2. 심층면담 참여자 명단", T(rows)]
    doc = report(ctx, t, secs, ag=C.agency(r))
    return R(ctx, doc, "보고서", "appendix with interviewees", "연구보고서 본문 공개, 면담자 명단 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4)
def pt_subsidy(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    rows = [["연번", "성명", "주소", "지원 내용", "지원액"]]
    for i in range(r.randrange(2, 5)):
        rows.append([str(i + 1), C.name(r), C.lot(r, C.city(r)), r.choice(["노후 슬레이트 철거", "주택 에너지 효율 개선", "농기계 구입"]), C.money(r, 1000000, 8000000, 10000)])
    ctx.cue("개인 수혜자 성명·주소", "table_cell")
    body = ["1. %d년 %s 지원사업 보조금 교부를 다음과 같이 결정합니다." % (ctx.y, r.choice(["주거환경 개선", "농업인 지원"])),
            "2. 총 교부액: %s (국비 50%%, 도비 20%%, 군비 30%%)" % C.money(r, 50000000, 900000000, 100000),
            "3. 교부 조건: 사업 완료 후 30일 이내 정산보고서 제출, 목적 외 사용 시 환수",
            "4. 교부 대상자", T(rows)]
    doc = gongmun(ctx, ag, r.choice(["건축과", "농업정책과", "환경보호과"]), "%d년 보조금 교부 결정 통지" % ctx.y, body)
    return R(ctx, doc, "공문", "individual beneficiaries", "교부 결정은 공개, 개인 수혜자 정보 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(5)
def pt_inspection_business(ctx):
    r = ctx.rng
    co = "(주)%s%s" % (r.choice(["새한", "동진", "다온", "성우"]), r.choice(["화학", "정밀", "식품", "제약"]))
    ctx.cue("업체 원가·배합비·공정조건", "body")
    secs = ["1. 점검 개요: %s 등 관내 %d개 사업장, 「%s」 준수 여부" % (co, r.randrange(5, 30), r.choice(["화학물질관리법", "식품위생법", "대기환경보전법"])),
            "2. 점검 결과: 적합 %d개소, 경미 위반 %d개소(현지 시정)" % (r.randrange(3, 20), r.randrange(1, 4)),
            "3. %s 제출 자료 요약: 주력제품 원료 배합비 %s, 단위당 제조원가 %s, 반응온도 %d℃·압력 %d bar 조건 (업체 영업비밀 표시 자료)" % (co, "A:B:C=%d:%d:%d" % (r.randrange(10, 60), r.randrange(10, 40), r.randrange(1, 20)), C.money(r, 1000, 90000, 10), r.randrange(80, 300), r.randrange(2, 40)),
            "4. 향후 조치: 위반 사업장 %d개월 후 재점검" % r.randrange(1, 6)]
    doc = report(ctx, "%d년 사업장 정기 점검 결과" % ctx.y, secs, ag=C.agency(r))
    return R(ctx, doc, "보고서", "company trade-secret figures in a public report", "점검 결과 공개, 업체 원가·공정 정보 제외", disc="partial", reasons=["OIDA-9-1-7"], content_only=True)


@reg(6)
def pt_stated_partial(ctx):
    r = ctx.rng
    ag = C.agency(r)
    nm = C.name(r)
    body = ["1. %s 도로점용 허가 신청 건에 대하여 다음과 같이 허가하고자 합니다." % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)),
            "2. 신청인: %s (%s)" % (nm, C.address(r)),
            "3. 점용 장소 및 면적: %s 도로 %d㎡, 점용기간 %d년" % (C.lot(r, C.city(r)), r.randrange(3, 60), r.randrange(1, 5)),
            "4. 점용료: 「도로법 시행령」 별표 3에 따라 산정(연 %s)" % C.money(r, 100000, 3000000, 10)]
    doc = gongmun(ctx, ag, r.choice(["건설과", "도로관리과"]), "도로점용 허가", body, recv="내부결재", field=("partial", ("6",)),
                  field_where=r.choice(["결문", "결문", "doc_info_table"]))
    return R(ctx, doc, "공문", "stated 부분공개(6)", "공개구분 부분공개(6)와 신청인 인적사항 일치", disc="partial", reasons=["OIDA-9-1-6"])


@reg(4)
def pt_mislabeled(ctx):
    r = ctx.rng
    ag = C.agency(r)
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
    for _ in range(r.randrange(2, 4)):
        b, a = C.account(r)
        rows.append([C.name(r), C.rrn(r, 1950, 2000), b, a, C.money(r, 100000, 900000, 1000)])
    ctx.cue("공개구분 공개 (stated) vs full RRN table", "결문+table")
    body = ["1. %s 관련 강사료 및 원고료를 다음과 같이 지급하고자 합니다." % r.choice(["공무원 청렴교육", "주민자치 아카데미", "안전교육"]),
            "2. 근거: %s 예산 집행 기준, 지출 과목 %s" % (ag, r.choice(["일반수용비", "강사료"])),
            "3. 지급 명세", T(rows)]
    doc = gongmun(ctx, ag, r.choice(C.DEPTS), "강사료 지급", body, recv="내부결재", field=("public", ()))
    return R(ctx, doc, "공문", "content (full RRN + account) overrides stated 공개", "t_mislabeled: 공개 표시이나 주민번호·계좌 포함 → 부분공개", disc="partial", reasons=["OIDA-9-1-6", "PIPA-24"])


@reg(3)
def pt_contract_individual(ctx):
    r = ctx.rng
    ag = C.agency(r)
    nm = C.name(r)
    rr = C.rrn(r, 1960, 1995)
    b, a = C.account(r)
    ctx.cue("을 개인사업자 주민등록번호 %s" % rr, "body")
    body = ["%s 용역 계약서" % r.choice(["홈페이지 콘텐츠 제작", "행사 사진 촬영", "번역", "교육 강의"]),
            "발주기관(갑): %s" % ag, "계약상대자(을): %s (개인, 주민등록번호 %s)" % (nm, rr),
            "제1조(목적) 이 계약은 갑이 을에게 위탁하는 용역의 수행에 필요한 사항을 정한다.",
            "제2조(계약금액) 금 %s (부가가치세 포함)" % C.money(r, 1000000, 20000000, 10000),
            "제3조(기간) %s부터 %s까지" % (C.kdate(ctx.y, 3, 1), C.kdate(ctx.y, 11, 30)),
            "제4조(대금 지급) 을의 계좌(%s %s, 예금주 %s)로 지급한다." % (b, a, nm),
            "제5조(비밀유지) 을은 용역 수행 중 알게 된 정보를 누설하여서는 아니 된다.",
            "제6조(지체상금) 계약금액의 1천분의 1.25를 일수에 곱하여 산정한다."]
    doc = new_doc(body[0])
    doc["blocks"] = [P(b) for b in body]
    return R(ctx, doc, "계약서", "individual contractor's RRN and account", "계약 조건은 공개, 을의 고유식별정보 제외", disc="partial", reasons=["OIDA-9-1-6", "PIPA-24"], content_only=True)


@reg(3)
def pt_resident_meeting(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    ppl = [(C.name(r), C.address(r)) for _ in range(2)]
    ctx.cue("주민 발언자 실명·주소", "body")
    secs = ["1. 일시·장소: %s 19:00, %s 주민센터" % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), r.choice(["가온동", "새터읍", "한내동"])),
            "2. 안건: %s" % r.choice(["하수처리장 증설", "공영주차장 조성", "광역버스 노선 조정"]),
            "3. 사업 설명: %s 담당 과장이 사업 개요 및 일정 설명" % ag,
            "4. 질의응답",
            "- 주민 %s(%s 거주): 공사 소음 대책을 마련해 달라." % ppl[0],
            "- 주민 %s(%s 거주): 보상 기준을 사전에 공개해 달라." % ppl[1],
            "- 답변: 방음벽 설치 및 야간 공사 금지, 보상 기준은 감정평가 후 공고",
            "5. 향후 계획: 설명회 의견을 반영하여 실시설계 보완"]
    doc = report(ctx, "주민설명회 개최 결과", secs, ag=ag)
    return R(ctx, doc, "회의록", "resident speakers named with addresses", "설명회 결과는 공개, 주민 인적사항 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4, 1998, 2003)
def pt_old_partial(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.2)
    nm = C.name(r)
    body = ["1. 관내 %s 영업허가 신청에 대하여 현지 조사한 결과를 다음과 같이 보고합니다." % r.choice(["유흥주점", "숙박업", "석유판매업"]),
            "가. 신청인: %s (%s)" % (nm, C.address(r)), "나. 영업소 소재지: %s" % C.lot(r, C.city(r)),
            "다. 조사 결과: 시설기준 적합"]
    doc = gongmun(ctx, ag, r.choice(C.DEPTS), "영업허가 신청 현지조사 보고", body, old=True, field=("partial", ("6",)))
    return R(ctx, doc, "공문", "pre-2004 공개여부 부분공개(제7조제1항제6호)", "구법 제7조 제1항 제6호 = 현행 제9조 제1항 제6호", disc="partial", reasons=["OIDA-9-1-6"])


@reg(3)
def pt_foreign_worker(ctx):
    r = ctx.rng
    fn, pp = C.foreign_name(r), C.passport_foreign(r)
    ctx.cue("외국인 성명·여권번호 %s" % pp, "body")
    secs = ["1. 사업 개요: 외국인 근로자 한국어·생활 적응 교육 %d회, 참여 %d명" % (r.randrange(5, 40), r.randrange(50, 600)),
            "2. 성과: 수료율 %d%%, 만족도 %.1f점" % (r.randrange(70, 99), 3 + r.random() * 2),
            "3. 애로사항: 주말 교육 수요 증가, 통역 인력 부족",
            "4. 우수 수료자 시상: %s (%s, 여권번호 %s)" % (fn, r.choice(C.NATIONS), pp),
            "5. 내년도 계획: 찾아가는 교육 확대"]
    doc = report(ctx, "%d년 외국인 근로자 지원사업 결과" % ctx.y, secs, ag=C.agency(r))
    return R(ctx, doc, "보고서", "foreign passport number of a named participant", "결과보고 공개, 수료자 여권번호·성명 제외", disc="partial", reasons=["OIDA-9-1-6", "PIPA-24"], content_only=True)


@reg(3)
def pt_masked_rrn(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    nm = C.name(r)
    mr = C.rrn(r, 1950, 1995, masked=True)
    ctx.cue("masked RRN %s" % mr, "body")
    body = ["1. %s 주민등록 사실조사 결과 거주 불명 등록 대상자를 다음과 같이 통보합니다." % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)),
            "2. 대상자: %s (%s), 최종 주소 %s" % (nm, mr, C.address(r)),
            "3. 조치: 「주민등록법」 제20조에 따라 거주불명 등록 예정, 이의가 있는 경우 14일 이내 신고"]
    doc = gongmun(ctx, ag, "민원봉사과", "주민등록 사실조사 결과 통보", body, recv="%s 동장" % r.choice(["가온동", "새터동"]))
    return R(ctx, doc, "공문", "named resident, RRN masked", "성명·주소 제외 후 공개; 마스킹 주민번호는 PIPA-24 아님", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(4)
def pt_damage_support(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    rows = [["성명", "피해 주소", "피해 유형", "지원금"]]
    for _ in range(r.randrange(2, 4)):
        rows.append([C.name(r), C.lot(r, C.city(r)), r.choice(["주택 침수", "농작물 피해", "주택 반파"]), C.money(r, 2000000, 16000000, 10000)])
    ctx.cue("피해 주민 명단(부록)", "table_cell")
    secs = ["Ⅰ. 피해 개요: %d년 %d월 집중호우(누적 강수량 %dmm)" % (ctx.y, r.choice([7, 8]), r.randrange(200, 600)),
            "Ⅱ. 피해 현황: 공공시설 %d건, 사유시설 %d건, 총 피해액 %s" % (r.randrange(10, 200), r.randrange(20, 500), C.money(r, 1000000000, 90000000000, 1000000)),
            "Ⅲ. 복구 계획: 국비 지원 요청, 하천 제방 보강, 배수펌프장 증설",
            "Ⅳ. 재난지원금 지급 실적: 총 %d세대 %s" % (r.randrange(20, 400), C.money(r, 100000000, 3000000000, 100000)),
            "Ⅴ. 교훈 및 개선 과제: 취약지역 사전 대피 체계 보완",
            "[부록] 재난지원금 지급 대상(예시 일부)", T(rows)]
    doc = report(ctx, "%d년 호우 피해 복구 결과 보고" % ctx.y, secs, ag=ag)
    return R(ctx, doc, "보고서", "long public body, small personal appendix", "본문 공개, 부록 인적사항 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(3)
def pt_checkbox_partial(ctx):
    r = ctx.rng
    ag = C.agency(r)
    co = "(주)%s%s" % (r.choice(["한빛", "새솔"]), r.choice(["테크", "건설"]))
    body = ["1. %s가 제출한 기술제안서를 평가한 결과를 다음과 같이 보고합니다." % co,
            "2. 평가 결과: 기술점수 %.2f점(적격)" % (70 + r.random() * 25),
            "3. 제안서 중 공정 단가 및 독자 기술 사항은 업체 요청에 따라 비공개 처리"]
    doc = gongmun(ctx, ag, "회계과", "기술제안서 평가 결과", body, recv="내부결재", field=("partial", ("7",)))
    return R(ctx, doc, "공문", "stated 부분공개(7)", "공개구분 부분공개(7): 업체 경영·영업상 비밀", disc="partial", reasons=["OIDA-9-1-7"])


@reg(3)
def pt_hire_contact(ctx):
    r = ctx.rng
    ag = C.agency(r)
    rows = [["응시번호", "성명", "생년월일", "연락처"]]
    for _ in range(r.randrange(2, 5)):
        y, m, d = C.birth(r, 1985, 2003)
        rows.append(["%d%04d" % (ctx.y % 100, r.randrange(1, 9999)), C.name(r), C.kdate(y, m, d), C.mobile(r)])
    body = ["1. %d년 %s 채용 최종합격자에 대한 임용 등록 절차를 다음과 같이 안내하고자 합니다." % (ctx.y, r.choice(["공무직", "기간제"])),
            "2. 임용 예정일: %s, 제출 서류: 신체검사서, 통장 사본, 결격사유 조회 동의서" % C.kdate(ctx.y, r.randrange(1, 12), 1),
            "3. 최종합격자 명단(내부 연락용)", T(rows)]
    ctx.cue("합격자 생년월일·휴대전화", "table_cell")
    doc = gongmun(ctx, ag, "총무과", "최종합격자 임용 등록 안내", body, recv="내부결재")
    return R(ctx, doc, "공문", "hire list with DOB/mobile", "절차 공개, 합격자 인적사항 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(3)
def pt_audit_result(ctx):
    r = ctx.rng
    ag = C.agency(r)
    tgt = C.names(r, 2)
    ctx.cue("처분 대상자 실명(징계 요구)", "body")
    secs = ["Ⅰ. 감사 개요: %s 종합감사, 감사 기간 %s ~ %s, 감사 인원 %d명" % (ag, C.kdate(ctx.y, 4, 1), C.kdate(ctx.y, 4, 12), r.randrange(5, 15)),
            "Ⅱ. 감사 결과 총괄: 지적 %d건(시정 %d, 주의 %d, 징계 %d), 재정상 조치 %s" % (r.randrange(10, 40), r.randrange(2, 10), r.randrange(5, 20), r.randrange(1, 3), C.money(r, 1000000, 300000000, 10000)),
            "Ⅲ. 주요 지적 사항",
            "1. 공사 설계변경 부적정: 물량 산출 오류로 %s 과다 지급 → 회수 및 주의" % C.money(r, 1000000, 90000000, 10000),
            "2. 보조금 정산 소홀: 정산 검사 미실시 %d건 → 시정" % r.randrange(2, 12),
            "3. 계약 분할 발주: 수의계약 한도 회피 목적 분할 %d건 → 징계 요구(관련자: 시설주사 %s, 시설주사보 %s)" % (r.randrange(2, 9), tgt[0], tgt[1]),
            "4. 개인정보 처리 소홀: 민원 서류 방치 → 주의",
            "Ⅳ. 모범 사례: 민원 처리 기간 단축 우수",
            "Ⅴ. 조치 계획: 처분 요구 사항 이행 결과 60일 이내 제출"]
    doc = report(ctx, "%d년 종합감사 결과" % ctx.y, secs, ag=ag, dept="감사실")
    return R(ctx, doc, "보고서", "audit results naming officials subject to discipline", "감사 결과는 공개, 징계 대상자 실명(비직무 사항)은 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(3)
def pt_safety_accident(ctx):
    r = ctx.rng
    nm = C.name(r)
    dz = r.choice(["우측 대퇴골 골절(수술)", "경추 염좌 및 뇌진탕", "2도 화상(양손)"])
    ctx.cue("부상자 실명 + 진단명", "body")
    secs = ["1. 사고 개요: %s %s 공공체육시설 %s 중 낙상 사고" % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), C.city(r)[1], r.choice(["보수 공사", "프로그램 운영", "시설 점검"])),
            "2. 원인 분석: 안전난간 고정 볼트 부식, 점검 일지상 이상 없음으로 기록(형식적 점검)",
            "3. 재발 방지 대책: 전 시설 난간 전수 점검(%d개소), 외부 전문기관 정밀점검, 점검 체크리스트 개선" % r.randrange(10, 90),
            "4. 보험 처리: 영조물배상공제 청구",
            "5. 피해자: %s(만 %d세), %s 진단, %s병원 입원 치료 중" % (nm, r.randrange(10, 80), dz, C.city(r)[1])]
    doc = report(ctx, "공공시설 안전사고 조사 결과", secs, ag=C.agency(r, central_p=0), dept="안전총괄과")
    return R(ctx, doc, "보고서", "accident report with injured person's diagnosis", "조사 결과 공개, 피해자 성명·진단 제외", disc="partial", reasons=["OIDA-9-1-6", "PIPA-23"], content_only=True)


@reg(3)
def pt_petition_reply(ctx):
    r = ctx.rng
    rep = C.name(r)
    ctx.cue("청원인 대표 실명·주소·연락처", "body")
    body = ["1. %s 주민 %d명이 연명으로 제출한 청원(%s)에 대한 처리 결과를 알려드립니다." % (r.choice(["새터리", "도림리", "가온동"]), r.randrange(20, 400), r.choice(["축사 악취 개선", "통학로 안전시설 설치", "버스 정류장 신설"])),
            "2. 청원인 대표: %s (%s, %s)" % (rep, C.address(r), C.mobile(r)),
            "3. 검토 결과: 관계 부서 합동 현장 조사 결과 청원 취지를 수용하여 %d년 예산에 반영하기로 하였습니다." % (ctx.y + 1),
            "4. 추진 일정: 실시설계(상반기) → 공사(하반기)",
            "5. 「청원법」 제21조에 따라 처리 결과를 통지합니다."]
    doc = gongmun(ctx, C.agency(r, central_p=0), r.choice(C.DEPTS), "청원 처리 결과 통지", body, recv="청원인 대표 %s 귀하" % rep)
    return R(ctx, doc, "통지서", "petition representative named", "처리 결과 공개, 대표자 인적사항 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)


@reg(3)
def pt_scholarship(ctx):
    r = ctx.rng
    rows = [["성명", "학교", "가구 소득분위", "장학금"]]
    for _ in range(r.randrange(2, 4)):
        rows.append([C.name(r), "%s %s" % (C.city(r)[1], r.choice(["고등학교", "대학교"])), "%d분위" % r.randrange(1, 4), C.money(r, 500000, 3000000, 100000)])
    ctx.cue("장학생 명단·소득분위", "table_cell")
    secs = ["1. 선발 개요: %s 장학재단 %d년 장학생 %d명 선발" % (C.city(r)[1], ctx.y, r.randrange(20, 200)),
            "2. 선발 기준: 성적 40%, 가계 곤란 40%, 봉사 20%",
            "3. 심사 결과: 지원 %d명 중 %d명 선발, 총 %s 지급" % (r.randrange(200, 900), r.randrange(20, 200), C.money(r, 50000000, 500000000, 1000000)),
            "4. 개선 사항: 읍·면 지역 학생 배정 비율 확대",
            "[붙임] 저소득층 특별 장학생 명단(일부)", T(rows)]
    doc = report(ctx, "%d년 장학생 선발 결과 보고" % ctx.y, secs, ag=C.agency(r, central_p=0))
    return R(ctx, doc, "보고서", "scholarship list with income bracket", "선발 결과 공개, 개인 소득분위 명단 제외", disc="partial", reasons=["OIDA-9-1-6"], content_only=True)
