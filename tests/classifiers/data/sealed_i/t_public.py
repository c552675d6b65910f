# -*- coding: utf-8 -*-
"""Public templates: many look risky (mention-only markings, law-mandated lists, officials' names)."""
from common import *


def _pub_close(d, rng, o, dep, date, old=False, field=True):
    disc = disc_field(rng, "public", old=old) if field else None
    closing(d, rng, o, dep, date, disc=disc, old=old)
    if disc:
        d.cue(disc, "closing_disclosure_line")
    return disc


def p_security_guide(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("p_security_guide", "지침·교육자료", y)
    o = org(rng)
    dep = dept(rng, "security")
    date = ymd(rng, y)
    t = rng.choice(["%d년 상반기 보안업무 교육 자료" % y, "비밀 및 대외비 취급 요령 안내", "보안업무규정 개정에 따른 비밀관리 지침 안내",
                    "문서 보안관리 실무 가이드(%d)" % y, "신규 임용자 보안교육 계획"])
    d.title = t
    if rng.random() < 0.5:
        head_block(d, o, "수신자 참조", t)
        d.p("1. 관련: 「보안업무규정」 및 같은 규정 시행규칙")
        d.p("2. 각 부서에서는 아래 취급 요령을 숙지하여 비밀 및 대외비 문서 관리에 철저를 기하여 주시기 바랍니다.")
    else:
        d.c(t)
        d.p("□ 목적: 소속 직원의 보안의식 제고 및 비밀 취급 절차 숙지")
    items = [
        "가. 비밀은 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 비밀로 분류된 문서는 매면 상단과 하단 중앙에 붉은색으로 'Ⅲ급비밀' 등 등급을 표시한다.",
        "나. 대외비는 비밀에 준하여 보호하되, 문서 상단과 하단에 '대외비'를 표시하고 예고문에 보호기간을 기재한다. (예시: 「%d. 12. 31.까지 대외비」)" % (y + 1),
        "다. 예고문 기재 예: '예고문: ○○○○. ○○. ○○.까지 Ⅲ급비밀, 이후 일반문서로 재분류'",
        "라. 비밀을 복제·복사한 경우 사본번호를 부여하고 비밀관리기록부에 기록한다.",
        "마. 비밀은 보안용기에 보관하고, 퇴근 시 보안담당관이 잠금 상태를 확인한다.",
        "바. 정보공개 청구 대상 문서가 비밀 또는 대외비인 경우 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호의 해당 여부를 별도로 검토한다.",
    ]
    rng.shuffle(items)
    for it in items[:rng.randint(3, 6)]:
        d.p(it)
    if rng.random() < 0.5:
        d.t([["구분", "표시 방법", "보관"], ["Ⅱ급비밀", "상·하단 중앙 적색 표시", "이중 잠금 용기"],
             ["Ⅲ급비밀", "상·하단 중앙 적색 표시", "보안용기"], ["대외비", "상·하단 표시, 예고문", "잠금장치 있는 용기"]])
        d.cue("Ⅲ급비밀 (표시 방법 표)", "table_cell")
    d.cue("대외비 / Ⅲ급비밀 (설명 문맥)", "body")
    d.p("붙임  보안업무 교육 자료 1부.  끝.")
    _pub_close(d, rng, o, dep, date, field=rng.random() < 0.7)
    d.mention_only = True
    d.label("public", [], "mention_only_marking_words", "비밀·대외비 취급 방법을 설명하는 지침일 뿐 문서 자체에 표시가 없음")
    return d


def p_password_notice(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("p_password_notice", "공문", y)
    o = org(rng)
    dep = dept(rng, "general")
    date = ymd(rng, y)
    t = rng.choice(["업무용 PC 비밀번호 정기 변경 안내", "행정포털 비밀번호 변경 및 보안 강화 알림", "전자결재시스템 비밀번호 재설정 안내",
                    "비밀번호 변경 주기 준수 협조 요청"])
    d.title = t
    head_block(d, o, "각 실·과·소장", t)
    d.p("1. 개인정보 보호 및 정보보안 강화를 위하여 업무용 시스템 비밀번호를 %d일 주기로 변경하여 주시기 바랍니다." % rng.choice([60, 90]))
    d.p("2. 비밀번호는 영문 대·소문자, 숫자, 특수문자를 조합하여 %d자리 이상으로 설정하고, 생년월일·전화번호 등 추측 가능한 정보 사용을 금지합니다." % rng.choice([9, 10, 12]))
    d.p("3. 변경 기한: %s까지 / 미변경 시 계정이 잠기며 정보통신과(내선 %d)로 재설정을 요청하시기 바랍니다." % (fdate(ymd(rng, y)), rng.randint(2000, 2999)))
    if rng.random() < 0.5:
        d.p("4. 참고: 비밀번호는 「보안업무규정」상의 '비밀'과 무관하며, 타인에게 알려주거나 모니터에 부착하는 행위는 보안감사 지적 대상입니다.")
    d.p("끝.")
    d.cue("비밀번호", "title")
    _pub_close(d, rng, o, dep, date)
    d.mention_only = True
    d.label("public", [], "mention_only_password", "'비밀번호'는 보안등급이 아님; 일반 안내 공문")
    return d


def p_personnel_grades(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("p_personnel_grades", "인사명령", y)
    o = org(rng, ["central", "local"])
    date = ymd(rng, y)
    d.title = "인사발령(%s자)" % fdate(date)
    d.c("인 사 발 령")
    d.p("%s 제%d-%d호" % (o["name"], y, rng.randint(10, 400)))
    rows = [["소속", "직급", "성명", "발령사항"]]
    grades = [("3급(부이사관)", "국장 직무대리"), ("4급(서기관)", "과장에 보함"), ("3급", "기획조정실장에 보함"),
              ("4급(서기관)", "승진 임용"), ("5급(행정사무관)", "팀장에 보함"), ("2급(이사관)", "실장에 보함"),
              ("1급(관리관)", "차장에 임함"), ("6급(행정주사)", "전보")]
    for n in names(rng, rng.randint(3, 6)):
        g = rng.choice(grades)
        rows.append([rng.choice(["기획조정실", "행정국", "안전정책실", "복지국", "감사관실"]), g[0], n, g[1]])
    d.t(rows)
    d.p("%s" % fdate(date))
    d.c(o["head"])
    d.cue("3급(부이사관)/4급(서기관) 직급 표기", "table_cell")
    d.mention_only = True
    d.label("public", [], "civil_service_grade_not_marking", "직급 '3급·4급'은 공무원 계급이지 비밀등급이 아님; 공무원 인사발령은 공개(제9조 제1항 제6호 라목)")
    return d


def p_declass_notice(rng, i):
    y = rng.randint(2003, 2026)
    d = Doc("p_declass_notice", "공문", y)
    o = org(rng, ["central", "local"])
    dep = dept(rng, "security")
    date = ymd(rng, y)
    t = rng.choice(["비밀 재분류(일반문서) 결과 통보", "보호기간 만료 비밀의 일반문서 재분류 알림", "대외비 해제 및 일반문서 재분류 통보"])
    d.title = t
    head_block(d, o, "수신자 참조", t)
    d.p("1. 「보안업무규정」 제14조 및 같은 규정 시행규칙에 따라 예고문에 의한 보호기간이 만료된 아래 문서를 일반문서로 재분류하였음을 알려드립니다.")
    rows = [["연번", "문서명", "당초 등급", "재분류 일자", "재분류 후"]]
    for k in range(rng.randint(2, 4)):
        rows.append([str(k + 1), rng.choice(["%d년 비상대비 훈련 계획" % (y - rng.randint(5, 20)), "통합방위 협조체계 개선안",
                                          "청사 방호 인력 운영안", "국외 협력사업 추진 현황"]),
                     rng.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "III급 비밀"]), fdate(ymd(rng, y)), "일반문서"])
    d.t(rows)
    d.p("2. 재분류된 문서는 기록물관리 기준에 따라 관리하고, 비밀관리기록부에서 해당 건을 정리하여 주시기 바랍니다.  끝.")
    d.cue("당초 등급 Ⅲ급비밀 → 일반문서", "table_cell")
    _pub_close(d, rng, o, dep, date)
    d.mention_only = True
    d.label("public", [], "declassification_notice", "재분류(해제) 통보 자체는 비밀이 아니며 목록만 담음")
    return d


def p_disclosure_decision(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("p_disclosure_decision", "정보공개 결정통지", y)
    o = org(rng)
    dep = dept(rng, "general")
    date = ymd(rng, y)
    d.title = "정보공개 결정 통지서"
    d.c("정보 ( [ ] 공개  [√] 부분공개  [ ] 비공개 ) 결정 통지서" if rng.random() < 0.5 else "정보공개 결정 통지서")
    req = name(rng)
    d.t([["접수번호", "%d-%07d" % (y, rng.randint(1, 9999999)), "접수일자", fdate(ymd(rng, y))],
         ["청구인", "%s 귀하" % masked(req), "청구 내용", rng.choice(["%d년 보안감사 결과 보고서" % (y - 1), "○○지구 개발사업 내부 검토 자료",
                                                              "민원 처리 관련 현장조사 기록", "업무추진비 집행 내역"])]])
    g = rng.choice([[5], [6], [4], [5, 6], [1, 2], [7]])
    d.p("귀하께서 청구하신 정보에 대하여 다음과 같이 결정하였음을 알려드립니다.")
    d.p("○ 공개 내용: 사업 개요, 추진 일정, 예산 총액")
    d.p("○ 비공개(또는 부분공개) 내용 및 사유: 세부 검토 의견 등은 「공공기관의 정보공개에 관한 법률」 %s에 해당하여 비공개(제9조 제1항 제%s호)"
        % (" 및 ".join("제9조 제1항 제%d호" % x for x in g), ",".join(map(str, g))))
    if rng.random() < 0.5:
        d.p("○ 참고: 같은 문서 결문의 공개구분은 '부분공개(%s)'로 표시되어 있습니다." % ",".join(map(str, g)))
    d.p("○ 불복 구제 절차: 이 결정에 불복하는 경우 결정 통지를 받은 날부터 30일 이내에 이의신청, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.")
    d.c(o["head"])
    d.p("담당부서 %s  담당자 주무관 %s  전화 %s" % (dep, name(rng), tel(rng, o["area"])))
    d.cue("비공개(제9조 제1항 제%s호) — 다른 문서에 대한 인용" % ",".join(map(str, g)), "body")
    d.mention_only = True
    d.label("public", [], "quoted_grounds_for_other_document", "제9조 인용은 청구대상 문서에 관한 것; 통지서 자체는 청구인 익명(○○) 처리되어 공개")
    return d


def p_delinquent_list(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("p_delinquent_list", "법정공개명단", y)
    o = org(rng, ["local"])
    date = (y, 11, rng.randint(15, 25))
    nat = rng.random() < 0.3
    if nat:
        law = "「국세징수법」 제114조" if y >= 2021 else "「국세기본법」 제85조의5"
        board = "국세정보공개심의위원회"
    else:
        law = "「지방세징수법」 제11조" if y >= 2017 else ("「지방세기본법」 제140조" if y >= 2011 else "「지방세법」 제69조의2")
        board = "지방세심의위원회"
    d.title = "%d년 고액·상습체납자 명단 공개" % y
    d.c("%s 공고 제%d-%d호" % (o["name"], y, rng.randint(100, 2000)))
    d.c(d.title)
    d.p("%s에 따라 %s의 심의를 거쳐 고액·상습체납자의 인적사항 및 체납액 등을 다음과 같이 공개합니다." % (law, board))
    rows = [["연번", "성명(상호)", "나이", "주소", "체납액(원)", "세목", "체납요지"]]
    for k in range(rng.randint(4, 7)):
        if rng.random() < 0.3:
            who = rng.choice(COMPANIES) + " (대표자 %s)" % name(rng)
            age = "-"
        else:
            who = name(rng)
            age = str(rng.randint(35, 78))
        rows.append([str(k + 1), who, age, address(rng, unit=False), money(rng, 10000000, 900000000),
                     rng.choice(["지방소득세", "취득세", "재산세", "양도소득세", "종합소득세"]), "%d년 외 %d건" % (y - rng.randint(2, 6), rng.randint(1, 30))])
    d.t(rows)
    d.p("공개기간: %s부터 체납액 완납 시까지 / 문의: %s %s" % (fdate(date), rng.choice(DEPTS["tax"]), tel(rng, o["area"])))
    d.cue("체납자 성명·나이·주소 (법정 공개)", "table_cell")
    d.label("public", [], "law_mandated_publication", "법률이 공개를 규정한 명단(제9조 제1항 제6호 가목) — 개인정보가 있어도 공개")
    return d


def p_asset_disclosure(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("p_asset_disclosure", "관보·재산공개", y)
    o = org(rng)
    d.title = "%d년 정기 재산변동사항 공개" % y
    d.c("%s 공직자윤리위원회 공고 제%d-%d호" % (o["name"], y, rng.randint(1, 40)))
    d.c(d.title)
    d.p("「공직자윤리법」 제10조 제1항에 따라 재산공개 대상자의 %d. 12. 31. 기준 재산변동사항을 다음과 같이 공개합니다." % (y - 1))
    for n in names(rng, rng.randint(2, 3)):
        d.p("소속 %s  직위 %s  성명 %s" % (o["name"], rng.choice(["부시장", "기획조정실장", "시의원", "교육감", "부교육감"]), n))
        d.t([["본인과의 관계", "재산의 종류", "소재지 면적 등 권리의 명세", "종전가액", "증가액", "현재가액(천원)"],
             ["본인", "건물", "%s %s 아파트 %.2f㎡" % (rng.choice(PLACES_SI), rng.choice(APTS), rng.uniform(59, 135)),
              money(rng, 200000, 900000, 1), money(rng, 1000, 90000, 1), money(rng, 200000, 990000, 1)],
             [rng.choice(["배우자", "장남", "장녀"]), "예금", "누리은행 외 %d건" % rng.randint(1, 5), money(rng, 10000, 200000, 1),
              money(rng, 100, 9000, 1), money(rng, 10000, 200000, 1)]])
    d.cue("재산공개 대상자 성명·재산 (법정 공개)", "table_cell")
    d.label("public", [], "law_mandated_publication", "공직자윤리법에 따른 재산공개 — 법률상 공개")
    return d


def p_violation_publication(rng, i):
    y = rng.randint(2010, 2026)
    d = Doc("p_violation_publication", "공표", y)
    o = org(rng, ["local"])
    d.title = "식품위생법 위반업소 행정처분 공표"
    d.c(d.title)
    d.p("「식품위생법」 제84조 및 같은 법 시행령 제59조에 따라 %d년 %d분기 행정처분이 확정된 위반업소를 다음과 같이 공표합니다." % (y, rng.randint(1, 4)))
    rows = [["업소명", "업종", "소재지", "대표자", "위반내용", "처분내용", "처분일자"]]
    for k in range(rng.randint(3, 6)):
        rows.append([rng.choice(SHOPS), rng.choice(["일반음식점", "휴게음식점", "제과점영업", "식품제조가공업"]),
                     "%s %s %d" % (rng.choice(PLACES_SI), rng.choice(ROADS), rng.randint(1, 300)), name(rng),
                     rng.choice(["유통기한 경과 제품 보관", "영업자 준수사항 위반(청소년 주류 제공)", "건강진단 미필 종업원 고용", "위생모 미착용"]),
                     rng.choice(["영업정지 7일", "과태료 50만원", "시정명령", "영업정지 1개월"]), fdate(ymd(rng, y))])
    d.t(rows)
    d.p("공표기간: 처분 확정일부터 6개월 / 담당: %s 식품위생팀 %s" % (rng.choice(DEPTS["welfare"]), tel(rng, o["area"])))
    d.cue("업소명·대표자 (법정 공표)", "table_cell")
    d.label("public", [], "law_mandated_publication", "식품위생법 제84조 공표 — 법령상 공개")
    return d


def p_contract_info(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("p_contract_info", "계약정보공개", y)
    o = org(rng)
    d.title = "%d년 %d월 수의계약 체결 현황 공개" % (y, rng.randint(1, 12))
    d.c(d.title)
    d.p("「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조에 따라 수의계약 내역을 공개합니다." if o["kind"] == "local"
        else "「국가를 당사자로 하는 계약에 관한 법률 시행령」 제92조의2에 따라 계약 정보를 공개합니다.")
    rows = [["계약명", "계약상대자", "대표자", "사업자등록번호", "계약금액(원)", "계약기간", "수의계약 사유"]]
    for k in range(rng.randint(3, 6)):
        rows.append([rng.choice(["청사 냉난방기 유지보수", "홍보물 제작", "공공시설 청소용역", "CCTV 설치공사", "도서 구입", "전산장비 임차"]),
                     rng.choice(COMPANIES), name(rng), brn(rng), money(rng, 3000000, 49000000),
                     "%s~%s" % (fdate(ymd(rng, y, 1, 6)), fdate(ymd(rng, y, 7, 12))),
                     rng.choice(["2천만원 이하 소액", "여성기업", "장애인기업", "긴급복구"])])
    d.t(rows)
    d.cue("계약상대자·대표자·금액 (법정 공개)", "table_cell")
    d.label("public", [], "law_mandated_publication", "계약정보 공개는 법령상 의무 — 업체·대표자명 공개")
    return d


def p_press_release(rng, i):
    y = rng.randint(2010, 2026)
    d = Doc("p_press_release", "보도자료", y)
    o = org(rng)
    date = ymd(rng, y)
    topic = rng.choice([("개인정보 유출 방지 위한 공공기관 합동 점검 실시", "개인정보 처리시스템 접속기록 점검"),
                        ("%s, 비상대비 태세 점검 훈련 성료" % o["name"], "을지연습"),
                        ("청렴도 향상 위한 공직자 행동강령 교육 실시", "음주운전·갑질 징계 강화"),
                        ("노사 단체협약 체결", "노동조합"),
                        ("학교폭력 예방 주간 운영", "학교폭력"),
                        ("%d년 정보공개 종합평가 '우수' 기관 선정" % y, "정보공개")])
    d.title = topic[0]
    d.run_head = ["보도자료", o["name"]]
    d.p("보도일시: %s %02d:00 이후 / 배포일시: %s" % (fdate(date), rng.choice([6, 9, 11, 12, 14]), fdate(date)))
    d.c(topic[0])
    d.p("- %s 중심으로 관계 부서 합동으로 추진 -" % topic[1])
    off = names(rng, 3)
    d.p("□ %s(%s)는 %d일 %s 관련 세부 계획을 발표했다. 이번 조치는 %s 담당 %s 국장 주관으로 진행된다." % (
        o["name"], o["head"], date[2], topic[1], o["name"], off[0]))
    d.p("□ %s 과장은 \"현장 중심으로 점검하고, 결과는 홈페이지에 공개하겠다\"고 밝혔다." % off[1])
    if rng.random() < 0.4:
        d.p("□ 한편 관련 문서 중 보안상 대외비로 분류된 세부 훈련 시나리오는 이번 자료에 포함되지 않는다.")
        d.mention_only = True
        d.cue("대외비 (미포함 자료 언급)", "body")
    d.t([["담당 부서", rng.choice(DEPTS["general"] + DEPTS["security"]), "책임자", "과장 %s (%s)" % (off[1], tel(rng, o["area"]))],
         ["", "", "담당자", "%s %s (%s)" % (rng.choice(["사무관", "주무관"]), off[2], tel(rng, o["area"]))]])
    d.run_foot = ["%s 대변인실  %s" % (o["name"], o["www"])]
    d.cue("담당 공무원 성명·직통번호", "table_cell")
    d.label("public", [], "officials_in_office", "보도자료; 공무원 성명·직위는 공개(제9조 제1항 제6호 라목)")
    return d


def p_meeting_result(rng, i):
    y = rng.randint(1999, 2026)
    d = Doc("p_meeting_result", "회의결과", y)
    o = org(rng)
    date = ymd(rng, y)
    t = rng.choice(["%d년 제%d차 정책조정회의 결과" % (y, rng.randint(1, 12)), "재난안전대책 관계부서 회의 결과", "정보공개심의회 운영 결과 보고",
                    "개인정보 보호 실무협의회 결과"])
    d.title = t
    d.c(t)
    offs = names(rng, 5)
    d.p("□ 일시/장소: %s %d:00, %s 소회의실" % (fdate(date), rng.randint(9, 16), o["name"]))
    d.p("□ 참석: %s 국장 %s, %s 과장 %s, %s 과장 %s, 팀장 %s 등 %d명" % (
        rng.choice(["기획조정실", "행정국"]), offs[0], rng.choice(DEPTS["general"]), offs[1], rng.choice(DEPTS["welfare"]), offs[2], offs[3], rng.randint(8, 20)))
    d.p("□ 주요 논의 결과")
    for s in rng.sample(["○ 정보공개 청구 처리기한 준수율 제고 방안 논의 — 부서별 담당자 지정(완료)",
                         "○ 개인정보 파일 보유 현황 정비: 부서별 %d월 말까지 제출" % rng.randint(3, 11),
                         "○ 비상연락망 최신화 및 당직 근무 개선 — 총무과 주관",
                         "○ 민원 처리 지연 사례 공유 및 재발 방지 대책 마련",
                         "○ 청사 보안점검 결과 지적사항(출입통제 미흡 2건) 시정 완료 보고"], 3):
        d.p(s)
    d.p("□ 향후 계획: 차기 회의 %s 개최 예정 (간사 %s 주무관)" % (fdate(ymd(rng, y)), offs[4]))
    if rng.random() < 0.5:
        disc = disc_field(rng, "public", old=(y < 2004))
        d.p(disc)
        d.cue(disc, "closing_disclosure_line")
    d.cue("참석 공무원 성명", "body")
    d.label("public", [], "officials_in_office", "공무원 참석자 성명·직위와 결정사항만 포함 — 공개")
    return d


def p_statistics(rng, i):
    y = rng.randint(2012, 2026)
    d = Doc("p_statistics", "통계", y)
    o = org(rng)
    kind = rng.choice(["privacy", "discipline", "health", "disclosure"])
    if kind == "privacy":
        d.title = "%d년 개인정보 침해 신고·상담 현황" % y
        rows = [["구분", "1분기", "2분기", "3분기", "4분기", "계"]]
        for r in ["주민등록번호 등 고유식별정보 유출", "건강정보 무단 이용", "CCTV 과다 촬영", "목적 외 이용·제공"]:
            v = [rng.randint(0, 80) for _ in range(4)]
            rows.append([r] + [str(x) for x in v] + [str(sum(v))])
        d.cue("주민등록번호·건강정보 (통계 항목명)", "table_cell")
    elif kind == "discipline":
        d.title = "%d년 소속 공무원 징계 처분 현황(통계)" % y
        rows = [["비위 유형", "파면·해임", "강등·정직", "감봉·견책", "계"]]
        for r in ["음주운전", "금품·향응 수수", "성비위", "직장 내 괴롭힘", "복무규정 위반"]:
            v = [rng.randint(0, 6) for _ in range(3)]
            rows.append([r] + [str(x) for x in v] + [str(sum(v))])
        d.cue("징계·음주운전 (집계 통계)", "table_cell")
    elif kind == "health":
        d.title = "%d년 공무원 건강검진 수검률 및 유소견 비율" % y
        rows = [["연령대", "대상자", "수검자", "수검률(%)", "유소견 비율(%)"]]
        for r in ["20대", "30대", "40대", "50대 이상"]:
            a = rng.randint(100, 900)
            b = rng.randint(a // 2, a)
            rows.append([r, str(a), str(b), "%.1f" % (100.0 * b / a), "%.1f" % rng.uniform(5, 40)])
        d.cue("건강검진·유소견 (집계)", "table_cell")
    else:
        d.title = "%d년 정보공개 청구 처리 현황" % y
        rows = [["구분", "청구", "공개", "부분공개", "비공개", "비공개 주요 사유"]]
        for r in ["본청", "사업소", "읍·면·동"]:
            a = rng.randint(50, 900)
            b = rng.randint(0, a // 3)
            c = rng.randint(0, a // 5)
            rows.append([r, str(a), str(a - b - c), str(b), str(c), rng.choice(["제9조 제1항 제6호", "제9조 제1항 제5호", "제9조 제1항 제4호"])])
        d.cue("비공개 사유 제9조 (통계)", "table_cell")
    d.c(d.title)
    d.p("※ 개인을 식별할 수 없도록 집계한 수치이며, 세부 사례는 포함하지 않음. (작성: %s, %s)" % (o["name"], fdate(ymd(rng, y))))
    d.t(rows)
    d.label("public", [], "aggregate_statistics", "개인정보·징계·건강 관련 용어가 있으나 식별 불가능한 집계 통계")
    return d


def p_privacy_policy(rng, i):
    y = rng.randint(2012, 2026)
    d = Doc("p_privacy_policy", "개인정보 처리방침", y)
    o = org(rng)
    d.title = "%s 개인정보 처리방침 개정 안내" % o["name"]
    d.c(d.title)
    d.p("%s은(는) 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 관련 고충을 원활하게 처리하기 위하여 다음과 같이 개인정보 처리방침을 수립·공개합니다." % o["name"])
    d.p("제1조(개인정보의 처리 목적) 민원사무 처리, 각종 증명서 발급, 행사 참가자 관리 등")
    d.p("제3조(민감정보 및 고유식별정보의 처리) 기관은 「개인정보 보호법」 제23조에 따른 건강 정보 등 민감정보와 제24조에 따른 주민등록번호 등 고유식별정보를 법령에서 허용하는 경우에 한하여 처리합니다.")
    d.p("제5조(개인정보의 파기) 보유기간이 경과한 개인정보는 지체 없이 파기합니다.")
    d.t([["개인정보파일명", "처리 근거", "보유기간"], ["민원처리 대장", "민원처리에 관한 법률", "10년"],
         ["장애인복지 대상자 명부", "장애인복지법", "준영구"], ["홈페이지 회원정보", "정보주체 동의", "2년"]])
    d.p("제10조(개인정보 보호책임자) 개인정보 보호책임자: %s %s, 담당부서 %s (%s)" % (rng.choice(["기획조정실장", "행정국장"]), name(rng),
                                                                   rng.choice(DEPTS["general"]), tel(rng, o["area"])))
    d.p("부칙: 이 방침은 %s부터 시행합니다." % fdate(ymd(rng, y)))
    d.cue("제23조 민감정보·제24조 고유식별정보 (설명)", "body")
    d.mention_only = True
    d.label("public", [], "privacy_policy", "개인정보 처리방침은 법정 공개 문서; 실제 개인정보 없음")
    return d


def p_recruitment(rng, i):
    y = rng.randint(2012, 2026)
    d = Doc("p_recruitment", "채용공고", y)
    o = org(rng)
    d.title = "%d년 %s 채용 공고" % (y, rng.choice(["기간제근로자", "공무직", "임기제공무원(시간선택제)", "청년인턴", "경력경쟁 임용시험"]))
    d.c("%s 공고 제%d-%d호" % (o["name"], y, rng.randint(10, 999)))
    d.c(d.title)
    d.p("1. 채용분야 및 인원: %s %d명, %s %d명" % (rng.choice(["행정보조", "시설관리", "정보보안"]), rng.randint(1, 5),
                                           rng.choice(["복지상담", "통계조사", "보건"]), rng.randint(1, 5)))
    d.p("2. 응시자격: 공고일 현재 %s 주민등록자, 「지방공무원법」 제31조의 결격사유에 해당하지 않는 자" % o["name"].split()[0])
    d.p("3. 제출서류: 응시원서 1부, 주민등록초본 1부(주민등록번호 뒷자리 삭제 후 제출), 자격증 사본, 신체검사서(최종합격자)")
    d.p("4. 전형방법: 서류전형 → 면접시험 / 합격자 발표: 홈페이지 게시(응시번호로 공고)")
    d.p("5. 개인정보 수집·이용: 응시자의 개인정보는 채용 목적 외에 이용하지 않으며, 불합격자 서류는 「채용절차의 공정화에 관한 법률」에 따라 파기합니다.")
    d.p("6. 문의: %s 주무관 %s (%s)" % (rng.choice(DEPTS["hr"]), name(rng), tel(rng, o["area"])))
    d.p("%s" % fdate(ymd(rng, y)))
    d.c(o["head"])
    d.cue("주민등록초본·신체검사서 (제출서류 안내)", "body")
    d.label("public", [], "recruitment_notice", "채용 공고; 개인정보 관련 단어만 있고 실제 개인 자료 없음")
    return d


def p_gongmun(rng, i):
    old = i % 4 == 0
    y = rng.randint(1999, 2003) if old else rng.randint(2004, 2026)
    d = Doc("p_gongmun_old" if old else "p_gongmun", "공문", y)
    o = org(rng)
    dep = dept(rng, rng.choice(["general", "welfare", "infra"]))
    date = ymd(rng, y)
    subj = rng.choice([("%d년 민원서비스 종합평가 자료 제출 요청" % y, "기관별 민원 처리 실적과 개선 사례를 붙임 서식에 따라 제출하여 주시기 바랍니다."),
                       ("하계 재난안전 대비 시설물 점검 협조", "관내 공공시설물에 대한 자체 점검을 실시하고 결과를 제출하여 주시기 바랍니다."),
                       ("%d년 개인정보 보호 교육 실시 안내" % y, "전 직원을 대상으로 개인정보 보호 교육을 실시하오니 참석하여 주시기 바랍니다."),
                       ("지역축제 행사 지원 협조 요청", "행사장 안전관리 및 교통 통제를 위한 인력 지원을 요청합니다."),
                       ("공공데이터 개방 확대 계획 알림", "기관 보유 데이터의 개방 목록을 붙임과 같이 알려드립니다."),
                       ("기록물 정리 및 이관 계획 통보", "「공공기록물 관리에 관한 법률」 제19조에 따라 보존기간 경과 기록물 이관을 추진합니다.")])
    d.title = subj[0]
    head_block(d, o, rng.choice(["수신자 참조", "각 읍·면·동장", "%s장(%s)" % (org(rng)["name"], rng.choice(DEPTS["general"]))]), subj[0])
    d.p("1. 관련: %s-%d(%s)" % (dep, rng.randint(100, 9999), fdate(ymd(rng, y))))
    d.p("2. " + subj[1])
    d.p("  가. 기간: %s ~ %s\n  나. 대상: 소속 전 부서\n  다. 제출처: %s" % (fdate(ymd(rng, y, 1, 6)), fdate(ymd(rng, y, 7, 12)), dep))
    d.p("붙임  1. 추진 계획 1부.\n      2. 제출 서식 1부.  끝.")
    _pub_close(d, rng, o, dep, date, old=old)
    d.label("public", [], "stated_field_public", "결문 공개구분 '공개'와 일반 행정 내용이 일치")
    return d


def p_bid_notice(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("p_bid_notice", "입찰공고", y)
    o = org(rng)
    d.title = "%s 입찰 공고" % rng.choice(["청사 방수공사", "정보시스템 유지관리 용역", "공용차량 구매", "하천 정비공사"])
    d.c("%s 공고 제%d-%d호" % (o["name"], y, rng.randint(100, 3000)))
    d.c(d.title)
    d.p("1. 입찰에 부치는 사항: 기초금액 %s원(부가가치세 포함), 추정가격 %s원" % (money(rng, 50000000, 900000000), money(rng, 40000000, 800000000)))
    d.p("2. 입찰방법: 전자입찰, 적격심사 낙찰제 / 복수예비가격 15개 중 추첨 4개의 산술평균으로 예정가격 결정")
    d.p("3. 입찰서 제출: %s 10:00 ~ %s 10:00 (국가종합전자조달시스템)" % (fdate(ymd(rng, y)), fdate(ymd(rng, y))))
    d.p("4. 개찰: 입찰 마감 후 1시간 이내 / 문의: 계약담당 %s (%s)" % (name(rng), tel(rng, o["area"])))
    d.cue("예정가격 결정 방법 (공고)", "body")
    d.label("public", [], "bid_notice", "입찰공고·기초금액은 공개 대상; 예정가격 자체는 포함되지 않음")
    return d


def p_audit_public(rng, i):
    y = rng.randint(2011, 2026)
    d = Doc("p_audit_public", "감사결과 공개", y)
    o = org(rng)
    d.title = "%d년 %s 종합감사 결과 공개" % (y, org(rng)["name"])
    d.c(d.title)
    d.p("□ 감사 개요: 감사기간 %s ~ %s, 감사인원 %d명" % (fdate(ymd(rng, y, 1, 6)), fdate(ymd(rng, y, 7, 12)), rng.randint(5, 12)))
    rows = [["연번", "지적사항", "관련자", "처분"]]
    for k in range(rng.randint(3, 5)):
        rows.append([str(k + 1), rng.choice(["수의계약 분할 발주 부적정", "보조금 정산 검사 소홀", "개인정보 처리시스템 접속기록 점검 미실시",
                                          "초과근무수당 부당 수령", "비밀관리기록부 정리 미흡"]),
                     rng.choice(["6급 A", "7급 B 외 1명", "5급 C", "관련 부서"]), rng.choice(["주의", "시정", "훈계", "경징계 요구", "회수 %s원" % money(rng, 100000, 9000000)])])
    d.t(rows)
    d.p("※ 「공공감사에 관한 법률」 제26조에 따라 감사결과를 공개하며, 관련자 인적사항은 비실명 처리하였습니다.")
    d.cue("비실명 관련자(6급 A) / 징계 요구", "table_cell")
    d.label("public", [], "anonymised_audit_result", "감사결과 공개본; 관련자 비실명 처리되어 식별 불가")
    return d


def p_discipline_policy(rng, i):
    y = rng.randint(2010, 2026)
    d = Doc("p_discipline_policy", "지침", y)
    o = org(rng)
    dep = dept(rng, "hr")
    date = ymd(rng, y)
    d.title = "공무원 징계양정 기준 개정 사항 안내"
    head_block(d, o, "수신자 참조", d.title)
    d.p("1. 「%s」 개정(%s 시행)에 따라 음주운전, 성비위, 갑질 등 주요 비위에 대한 징계 기준이 강화되었음을 알려드립니다." %
        (rng.choice(["공무원 징계령 시행규칙", "지방공무원 징계규칙"]), fdate(ymd(rng, y))))
    d.t([["비위 유형", "종전", "개정"], ["최초 음주운전(혈중알코올농도 0.08% 이상)", "정직~감봉", "강등~정직"],
         ["음주운전 2회", "해임~정직", "파면~해임"], ["직장 내 괴롭힘(고의)", "정직~감봉", "파면~강등"]])
    d.p("2. 각 부서에서는 소속 직원에게 교육하여 주시기 바랍니다.  끝.")
    _pub_close(d, rng, o, dep, date)
    d.cue("음주운전·징계 (일반 기준)", "table_cell")
    d.label("public", [], "general_policy", "징계 기준 안내 — 특정인 없음")
    return d


def p_cover_separate(rng, i):
    y = rng.randint(2001, 2026)
    d = Doc("p_cover_separate", "공문", y)
    o = org(rng, ["central", "local"])
    dep = dept(rng, "security")
    date = ymd(rng, y)
    lv = rng.choice(["3급 비밀", "Ⅲ급비밀", "대외비", "Ⅱ급비밀"])
    d.title = rng.choice(["%d년 비상대비계획 송부" % y, "통합방위 훈련 결과 송부", "국가중요시설 방호계획 보완 자료 송부"])
    head_block(d, o, "수신자 참조", d.title)
    d.p("1. 관련: %s-%d(%s)" % (dep, rng.randint(100, 999), fdate(ymd(rng, y))))
    if rng.random() < 0.5:
        d.p("2. 위 호와 관련하여 붙임 자료를 송부하오니 업무에 참고하시기 바랍니다. 다만, 붙임 2는 %s로서 비밀 취급 인가자를 통하여 별도 전달(보안 문서수발 절차)하오니 본 공문에는 첨부되지 않습니다." % lv)
        d.p("붙임  1. 훈련 일정표 1부.\n      2. 세부 계획(%s) 1부.(별도 송부)  끝." % lv)
        d.cue("붙임 2 %s, 별도 송부" % lv, "attachment_line")
    else:
        d.p("2. 붙임 계획은 %s로 분류되어 있으므로 비밀 전달 절차에 따라 담당자가 직접 수령하시기 바랍니다(수령 일시: %s)." % (lv, fdate(ymd(rng, y))))
        d.p("붙임  수령증 서식 1부.  끝.")
        d.cue("%s (별도 전달 안내)" % lv, "body")
    _pub_close(d, rng, o, dep, date, old=(y < 2004))
    d.mention_only = True
    d.label("public", [], "cover_letter_attachment_separate", "비밀 자료는 첨부되지 않고 별도 전달; 송부 공문 자체는 공개")
    return d


def p_exam_pass(rng, i):
    y = rng.randint(1996, 2026)
    d = Doc("p_exam_pass", "합격자 공고", y)
    o = org(rng)
    d.title = "%d년 %s 최종합격자 공고" % (y, rng.choice(["지방공무원 임용시험", "공무직 채용", "경력경쟁임용시험"]))
    d.c(d.title)
    d.p("%s 시행 시험의 최종합격자를 다음과 같이 공고합니다." % o["name"])
    rows = [["직렬", "합격자 응시번호"]]
    for r in ["행정 9급", "전산 9급", "사회복지 9급"]:
        rows.append([r, ", ".join(str(rng.randint(10000000, 99999999)) for _ in range(rng.randint(3, 7)))])
    d.t(rows)
    d.p("※ 합격자는 %s까지 주민등록초본, 신체검사서(일반채용 신체검사서), 개인정보 제공 동의서를 제출하여야 합니다." % fdate(ymd(rng, y)))
    d.cue("응시번호만 공개", "table_cell")
    d.label("public", [], "exam_results_by_number", "응시번호로만 공고; 개인 식별 정보 없음")
    return d


def p_old_nofield(rng, i):
    y = 1995 if i == 0 else rng.randint(1995, 1998)
    d = Doc("p_old_nofield", "공문", y)
    o = org(rng, ["local", "central"])
    dep = dept(rng, "general")
    date = ymd(rng, y)
    d.title = rng.choice(["민방위 교육 실시 통보", "새마을 대청소 실시 협조", "국경일 국기 게양 안내", "행정전산망 운영 교육 안내"])
    d.c(o["name"])
    d.p("%s %d-%d\t(%s)" % (dep, 1000 + rng.randint(0, 899), rng.randint(1, 999), fdate(date)))
    d.p("수신 %s\n참조 %s\n제목 %s" % (rng.choice(["각 읍·면장", "수신처 참조", "각 실·과장"]), rng.choice(DEPTS["general"]), d.title))
    d.p("1. %s을(를) 아래와 같이 실시하오니 소속 직원에게 알려 주시기 바랍니다." % d.title.split()[0])
    d.p("  가. 일시: %s\n  나. 장소: %s 대회의실\n  다. 대상: 전 직원" % (fdate(ymd(rng, y)), o["name"]))
    d.p("끝.")
    closing(d, rng, o, dep, date, disc=None, old=True)
    d.label("public", [], "old_no_field_benign", "정보공개법 시행(1998) 전후 공개구분란 없는 일반 공문; 민감 내용 없음")
    return d


def p_union_press(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("p_union_press", "보도자료", y)
    o = org(rng)
    d.title = "%s-공무원노동조합, %d년 단체협약 체결" % (o["name"], y)
    d.run_head = ["보도자료", o["name"]]
    d.c(d.title)
    offs = names(rng, 2)
    d.p("□ %s(기관장 %s)와 %s공무원노동조합(위원장 %s)은 %s 단체협약을 체결했다고 밝혔다." % (
        o["name"], o["head"], o["name"].split()[0], offs[0], fdate(ymd(rng, y))))
    d.p("□ 협약에는 조합원 %d명의 근무여건 개선, 육아시간 확대, 악성민원 대응 보호조치 등 %d개 조항이 담겼다." % (rng.randint(300, 3000), rng.randint(40, 90)))
    d.p("□ 담당: %s 노사협력팀장 %s (%s)" % (rng.choice(DEPTS["hr"]), offs[1], tel(rng, o["area"])))
    d.run_foot = [o["www"]]
    d.cue("노동조합·조합원 (집계 언급)", "body")
    d.label("public", [], "officials_in_office", "노조위원장은 공적 활동으로 보도; 조합원 개인 식별 없음")
    return d


PUBLIC = [(p_security_guide, 6), (p_password_notice, 5), (p_personnel_grades, 6), (p_declass_notice, 5),
          (p_disclosure_decision, 6), (p_delinquent_list, 4), (p_asset_disclosure, 3), (p_violation_publication, 4),
          (p_contract_info, 4), (p_press_release, 8), (p_meeting_result, 6), (p_statistics, 5), (p_privacy_policy, 4),
          (p_recruitment, 5), (p_gongmun, 10), (p_bid_notice, 3), (p_audit_public, 3), (p_discipline_policy, 3),
          (p_cover_separate, 4), (p_exam_pass, 3), (p_old_nofield, 3), (p_union_press, 2)]
