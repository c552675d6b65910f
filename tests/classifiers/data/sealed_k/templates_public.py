# -*- coding: utf-8 -*-
"""PUBLIC templates: many look risky (mention markings, 비공개 호, 개인정보 words) but are public."""
import common as C
from forms import P, T, gongmun, report, new_doc, field_text

REG = {}


def reg(n, lo=2004, hi=2026):
    def d(fn):
        REG[fn.__name__] = (fn, n, lo, hi)
        return fn
    return d


def R(ctx, doc, genre, deciding, why, mention=False, disc="public", mark="none", reasons=(), content_only=False):
    return dict(doc=doc, disclosure=disc, marking=mark, reasons=list(reasons), genre=genre,
                deciding=deciding, why=why, mention_only=mention, content_only=content_only)


@reg(5)
def p_guide_daeoebi(ctx):
    r = ctx.rng
    ag = C.agency(r)
    t = r.choice(["%d년 보안업무 실무 안내서(비밀·대외비 관리)" % ctx.y, "대외비 및 비밀 취급 요령 교육자료", "문서 보안관리 길라잡이"])
    ex1 = ctx.cue(r.choice(["대 외 비", "《대외비》", "대외비(보호기간: 20○○. 12. 31.까지)"]), "body_example")
    ex2 = ctx.cue(r.choice(["Ⅲ급비밀", "3급 비밀", "비밀(Ⅲ급)"]), "body_example")
    body = [t, "%s %s" % (ag, r.choice(["보안담당관", "감사담당관실", "운영지원과"])),
            "Ⅰ. 목적",
            "「보안업무규정」 및 같은 규정 시행규칙에 따라 비밀과 대외비의 생산·관리 절차를 직원들이 쉽게 이해하도록 사례 중심으로 정리함",
            "Ⅱ. 표시 방법",
            "○ 대외비: 문서의 위(중앙)와 아래(중앙)에 '%s'와 같이 표시하고, 보호기간을 함께 적음" % ex1,
            "○ 비밀: 각 면의 위와 아래에 '%s' 등 등급을 표시하고 예고문(예: '예고문: 20○○. ○. ○.까지 %s, 이후 일반문서로 재분류')과 사본번호를 기재함" % (ex2, ex2),
            T([["구분", "근거", "표시 예시", "비고"],
               ["Ⅰ급비밀", "보안업무규정 제4조", "Ⅰ급비밀", "누설 시 국가안전보장에 치명적 위험"],
               ["Ⅱ급비밀", "보안업무규정 제4조", "Ⅱ급비밀", "막대한 지장"],
               ["Ⅲ급비밀", "보안업무규정 제4조", "Ⅲ급비밀", "해를 끼칠 우려"],
               ["대외비", "같은 규정 시행규칙", "대외비", "비밀 외 공개 시 업무 지장"]]),
            "Ⅲ. 자주 하는 실수",
            "- 일반 행정자료에 습관적으로 '대외비'를 표시하는 사례 → 과도한 보안분류로 정보공개 지연",
            "- 예고문 미기재로 보호기간 경과 후에도 재분류되지 않는 사례",
            "Ⅳ. 문의: %s 보안담당 %s 주무관(%s)" % (ag, C.name(r), C.landline(r)),
            "※ 이 자료는 교육용으로 누구나 열람할 수 있습니다."]
    doc = new_doc(t)
    doc["blocks"] = [P(b) if isinstance(b, str) else b for b in body]
    return R(ctx, doc, "지침·교육자료", "guide quoting marking examples", "교육자료로 표시 예시만 인용; 문서 자체는 공개", mention=True)


@reg(5, 2008, 2026)
def p_foi_guide(ctx):
    r = ctx.rng
    ag = C.agency(r)
    t = "정보공개 업무 처리 안내(%d년 개정판)" % ctx.y
    ctx.cue("부분공개(6)", "body_example")
    ctx.cue("비공개(제9조 제1항 제5호)", "body_example")
    rows = [["구분", "결문 표기 예", "근거"],
            ["공개", "대국민 공개", "-"],
            ["부분공개", "부분공개(6)", "제9조 제1항 제6호 (개인정보)"],
            ["비공개", "비공개(제9조 제1항 제5호)", "의사결정 과정·내부검토"]]
    body = [t, ag + " 정보공개 담당부서",
            "1. 정보공개 청구 접수: 정보공개시스템(www.open.go.kr), 우편, 팩스, 방문",
            "2. 공개 여부 결정: 청구를 받은 날부터 10일 이내(부득이한 경우 10일 연장)",
            "3. 결문의 공개구분 표시 방법", T(rows),
            "4. 청구서 작성 예시: 청구인 성명 홍길동, 주민등록번호 000000-0000000 (실제 기재 불필요), 주소 ○○시 ○○로 00",
            "5. 비공개 결정에 대한 불복: 이의신청(30일 이내), 행정심판, 행정소송",
            "※ 공개구분은 생산 시점에 정하되, 청구 시점에 다시 검토하여야 함(부분공개 가능 여부 우선 검토)."]
    doc = new_doc(t)
    doc["blocks"] = [P(b) if isinstance(b, str) else b for b in body]
    return R(ctx, doc, "지침·교육자료", "guide quoting 공개구분 examples", "공개구분 표기 예시를 인용하는 안내서; 자체는 공개", mention=True)


@reg(4, 2012, 2026)
def p_privacy_training(ctx):
    r = ctx.rng
    ag = C.agency(r)
    t = r.choice(["개인정보 보호 교육 자료", "개인정보 처리 실무 Q&A", "민감정보·고유식별정보 처리 안내"])
    body = [t, "%s 개인정보 보호책임관" % ag,
            "Q1. 민원서식에 주민등록번호를 받아도 되나요?",
            "A. 「개인정보 보호법」 제24조의2에 따라 법령에서 구체적으로 허용한 경우에만 처리할 수 있습니다. 예시: 홍길동, 900101-1******",
            "Q2. 건강 정보는 어떻게 다루나요?",
            "A. 같은 법 제23조의 민감정보(건강, 성생활, 노동조합 가입, 범죄경력 등)는 별도 동의 또는 법령 근거가 있어야 합니다.",
            T([["항목", "예시(가상)", "처리 근거"],
               ["성명", "홍길동", "제15조"],
               ["주민등록번호", "000000-0000000", "제24조의2"],
               ["여권번호", "M00000000", "제24조"],
               ["진단명", "(기재 예시 없음)", "제23조"]]),
            "Q3. 공문에 담당자 이름을 적으면 개인정보 유출인가요?",
            "A. 공무원의 성명·직위는 직무 수행과 관련하여 공개 대상입니다(정보공개법 제9조 제1항 제6호 라목).",
            "문의 %s %s" % (r.choice(C.DEPTS), C.landline(r))]
    ctx.cue("900101-1****** / 000000-0000000 (예시)", "body_example")
    doc = new_doc(t)
    doc["blocks"] = [P(b) if isinstance(b, str) else b for b in body]
    return R(ctx, doc, "지침·교육자료", "placeholder examples only", "예시 인물(홍길동)과 자리표시 번호만 있는 교육자료", mention=True)


@reg(5)
def p_declass_notice(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.6)
    dept = r.choice(["비상안전기획관실", "보안담당관실", "운영지원과"])
    rows = [["연번", "문서 제목", "생산연도", "종전 등급", "재분류"]]
    for i in range(r.randrange(3, 6)):
        lv = r.choice(["Ⅲ급비밀", "대외비", "Ⅱ급비밀", "3급 비밀"])
        rows.append([str(i + 1), r.choice(["충무계획 보완 검토", "비상대비 자원관리 현황", "국가중요시설 점검 결과", "전시 행정 지원 계획", "통합방위 훈련 결과"]),
                     str(ctx.y - r.randrange(5, 20)), lv, "일반문서"])
    ctx.cue("종전 등급 column: Ⅲ급비밀/대외비", "table_cell")
    body = ["「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 지난 비밀 및 대외비를 아래와 같이 일반문서로 재분류하였음을 알려드립니다.",
            T(rows),
            "재분류된 문서는 「공공기록물 관리에 관한 법률」에 따라 기록관으로 이관하며, 공개 여부는 별도로 재분류 심의합니다."]
    doc = gongmun(ctx, ag, dept, "비밀 및 대외비 재분류(일반문서) 결과 통보", body, field=("public", ()))
    return R(ctx, doc, "공문", "declassification notice; field 공개", "재분류 통보문; 종전 등급은 언급일 뿐", mention=True)


@reg(4)
def p_foi_decision_other(ctx):
    r = ctx.rng
    ag = C.agency(r)
    req = r.choice(["%s○○" % r.choice(C.SURNAMES), "청구인"])
    subj = r.choice(["%d년 ○○동 재개발 관련 내부 검토보고서" % (ctx.y - 1), "감사결과 처분요구서 원문", "입찰 예정가격 산정 내역", "직원 징계의결서"])
    ho = r.choice(["5", "6", "4", "5"])
    dec = ctx.cue(r.choice(["비공개", "부분공개"]), "body_decision_about_other_doc")
    rows = [["접수번호", "%d%07d" % (ctx.y, r.randrange(10 ** 6, 10 ** 7)), "접수일", C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))],
            ["청구 내용", subj, "결정", "%s(제9조 제1항 제%s호)" % (dec, ho)]]
    doc = new_doc("정보공개 결정 통지서")
    doc["blocks"] = [P("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제5호서식]"), P("정보 ([ ]공개 [ ]부분공개 [ ]비공개) 결정 통지서"),
                     P("수신자: %s 귀하" % req), T(rows),
                     P("비공개(부분공개) 내용 및 사유: 해당 정보는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제%s호에 해당하여 %s합니다." % (ho, dec)),
                     P("불복 구제 절차: 이 결정에 불복하는 경우 통지를 받은 날부터 30일 이내에 이의신청, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다."),
                     P(C.head_title(ag) + " [직인생략]")]
    return R(ctx, doc, "통지서", "notice about another document; 청구인 masked", "다른 문서에 대한 비공개 결정 통지; 청구인 비식별", mention=True)


@reg(4)
def p_cover_separate(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.5)
    lv = ctx.cue(r.choice(["Ⅲ급비밀", "3급 비밀", "대외비", "비밀(Ⅲ급)"]), "body_attachment_statement")
    body = ["1. 관련: %s-%d(%s)" % (r.choice(C.DEPTS), r.randrange(100, 999), C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))),
            "2. %d년도 %s 관련 자료(%s) 1부를 붙임과 같이 송부하오니 업무에 참고하시기 바랍니다." % (ctx.y, r.choice(["비상대비 업무", "을지연습", "통합방위"]), lv),
            "3. 해당 자료는 비밀 취급 절차에 따라 비밀문서 수발 담당자를 통해 별도 송부하며, 이 공문에는 첨부하지 않습니다."]
    doc = gongmun(ctx, ag, r.choice(["비상안전기획관실", "총무과"]), "%s 관련 자료 송부" % r.choice(["비상대비", "을지연습", "통합방위"]), body,
                  attach=["관련 자료 1부(별도 송부)."], field=r.choice([("public", ()), None]))
    return R(ctx, doc, "공문", "attachment sent separately", "첨부 비밀은 별도 송부, 본 공문은 일반문서", mention=True)


@reg(3)
def p_password_notice(ctx):
    r = ctx.rng
    ag = C.agency(r)
    body = ["1. %s 정보보안 기본지침에 따라 업무포털 및 행정정보시스템 비밀번호를 정기적으로 변경하여 주시기 바랍니다." % ag,
            "2. 변경 기간: %s ~ %s" % (C.kdate(ctx.y, 3, 2), C.kdate(ctx.y, 3, 20)),
            "3. " + ctx.cue("비밀번호", "body_word") + " 작성 규칙: 영문·숫자·특수문자 조합 9자리 이상, 직전 비밀번호 재사용 금지",
            "4. 비밀번호를 메모지에 적어 모니터에 붙이는 행위는 보안감사 지적 대상입니다."]
    doc = gongmun(ctx, ag, "정보통신과", "업무용 시스템 비밀번호 정기 변경 안내", body, recv="각 부서장", field=r.choice([("public", ()), None]))
    return R(ctx, doc, "공문", "'비밀번호' is not a marking", "비밀번호 변경 안내; '비밀' 단어만 포함", mention=True)


@reg(5)
def p_personnel_grades(ctx):
    r = ctx.rng
    ag = r.choice(C.MINISTRIES)
    rows = [["직급", "성명", "발령 사항", "현 소속"]]
    grades = ["1급(관리관)", "2급(이사관)", "3급(부이사관)", "고위공무원 나급", "4급(서기관)", "3급 상당"]
    for _ in range(r.randrange(4, 8)):
        g = r.choice(grades)
        rows.append([g, C.name(r), r.choice(["%s 국장에 보함" % ag, "기획조정실장에 보함", "%s장에 보함" % r.choice(C.DEPTS), "승진 임용"]), r.choice(C.DEPTS)])
    ctx.cue("3급(부이사관)/1급(관리관) grades", "table_cell")
    doc = new_doc("인사발령")
    doc["blocks"] = [P("%s 인사발령" % ag), P("%s자" % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))), T(rows),
                     P("%s" % C.head_title(ag))]
    return R(ctx, doc, "인사발령", "civil-service grades, officials named in office", "직급 표시일 뿐 비밀등급 아님; 공무원 직무상 성명은 공개", mention=True)


@reg(7)
def p_press_release(ctx):
    r = ctx.rng
    ag = C.agency(r)
    topic = r.choice(["청년 창업 공간 조성", "노후 상수관로 교체", "어린이 보호구역 안전 강화", "공공기관 정보공개 평가 결과", "개인정보 보호 수준 평가 '우수' 기관 선정",
                      "보안 취약점 신고 포상제 시행", "지방세 체납액 징수 실적"])
    emb = r.choice(["배포 즉시 보도", "%s(%s) 조간부터 보도하여 주시기 바랍니다." % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), r.choice("월화수목금")),
                    "이 보도자료는 %s 12:00 이후 보도 가능(엠바고)" % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))])
    ctx.cue(emb, "embargo_line")
    a, b = C.names(r, 2)
    rows = [["담당 부서", r.choice(C.DEPTS), "책임자", "과장 %s (%s)" % (a, C.landline(r))],
            ["", "", "담당자", "주무관 %s (%s)" % (b, C.landline(r))]]
    body = ["보도자료", emb, "%s, %s 본격 추진" % (ag, topic),
            "- %d년 총사업비 %s 투입, 연내 완료 목표" % (ctx.y, C.money(r, 300000000, 9000000000, 1000000)),
            "- %s는 %s 관련 계획을 발표하고 시민 의견을 수렴한다고 밝혔다." % (ag, topic),
            "%s 관계자는 \"시민이 체감할 수 있도록 차질 없이 추진하겠다\"고 말했다." % ag,
            T(rows)]
    doc = new_doc("보도자료 - " + topic)
    doc["blocks"] = [P(b) if isinstance(b, str) else b for b in body]
    return R(ctx, doc, "보도자료", "press release; officials named", "보도자료; 엠바고는 보도시점 제한일 뿐")


@reg(6)
def p_statistics(ctx):
    r = ctx.rng
    c = C.city(r)
    t = r.choice(["%d년 %s 인구동향" % (ctx.y - 1, c[1]), "%d년 %s 사업체 조사 결과" % (ctx.y - 1, c[1]), "%d년 %s 주민등록 인구 및 세대 현황" % (ctx.y, c[1])])
    rows = [["구분", "세대수", "인구(계)", "남", "여"]]
    for dong in ["가온동", "한내동", "새터동", "누리읍", "솔뫼면", "별내면"][:r.randrange(3, 6)]:
        m, f = r.randrange(3000, 30000), r.randrange(3000, 30000)
        rows.append([dong, "{:,}".format(r.randrange(2000, 25000)), "{:,}".format(m + f), "{:,}".format(m), "{:,}".format(f)])
    doc = report(ctx, t, ["○ 작성 기준일: %s" % C.kdate(ctx.y, r.randrange(1, 12), 1), T(rows),
                          "○ 자료: %s 종합민원과(주민등록 전산자료), 공표 승인 통계" % c[1],
                          "※ 개인을 식별할 수 없는 집계 자료임"], dept="%s 정보통계담당관" % c[1])
    return R(ctx, doc, "통계", "aggregate statistics", "집계 통계; 개인 식별 불가")


@reg(5, 2017, 2026)
def p_recruit(ctx):
    r = ctx.rng
    ag = C.agency(r)
    n = r.randrange(1, 12)
    t = "%d년 %s %s 채용 공고" % (ctx.y, ag, r.choice(["공무직 근로자", "기간제 근로자", "임기제공무원(시간선택제)", "청원경찰"]))
    body = ["%s 공고 제%d-%d호" % (ag, ctx.y, r.randrange(10, 900)), t,
            "1. 채용 인원: %d명" % n,
            "2. 응시 자격: 공고일 현재 %s에 주민등록상 주소를 둔 사람, 「지방공무원법」 제31조 결격사유에 해당하지 않는 사람" % ag,
            "3. 제출 서류: 응시원서(소정 서식), 자격증 사본, 개인정보 수집·이용 동의서",
            "※ 응시원서에는 주민등록번호 뒷자리를 기재하지 마십시오. 블라인드 채용으로 출신학교·가족관계 기재 금지",
            "4. 전형 방법: 서류전형 → 면접시험(평정요소 5개 항목 상·중·하)",
            "5. 합격자 발표: %s 홈페이지(응시번호로만 게시)" % ag,
            "6. 문의: %s %s (%s)" % (r.choice(C.DEPTS), C.name(r), C.landline(r)),
            C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), C.head_title(ag)]
    doc = new_doc(t)
    doc["blocks"] = [P(b) for b in body]
    return R(ctx, doc, "공고", "recruitment notice", "채용 공고")


@reg(5)
def p_bid_notice(ctx):
    r = ctx.rng
    ag = C.agency(r)
    nm = r.choice(["청사 냉난방설비 교체공사", "주민센터 리모델링 설계용역", "공용차량 구매", "정보시스템 유지관리 용역", "하천 정비공사"])
    body = ["%s 공고 제%d-%d호" % (ag, ctx.y, r.randrange(100, 2000)), "입찰 공고(%s)" % nm,
            T([["공고번호", "%d%07d-00" % (ctx.y, r.randrange(10 ** 6, 10 ** 7)), "계약방법", "제한경쟁(적격심사)"],
               ["기초금액", C.money(r, 50000000, 3000000000, 1000), "추정가격", C.money(r, 50000000, 3000000000, 1000)],
               ["개찰일시", "%s 11:00" % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), "개찰장소", "국가종합전자조달시스템"]]),
            "1. 예정가격은 기초금액의 ±3% 범위 내에서 작성된 15개의 복수예비가격 중 추첨된 4개의 산술평균으로 결정합니다.",
            "2. 입찰참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률」 시행령 제13조에 적합한 자",
            "3. 청렴계약 이행 서약서 제출",
            C.head_title(ag)]
    doc = new_doc("입찰 공고 - " + nm)
    doc["blocks"] = [P(b) if isinstance(b, str) else b for b in body]
    ctx.cue("예정가격 (procedure described, not the value)", "body")
    return R(ctx, doc, "공고", "bid notice; 기초금액 public", "입찰공고; 예정가격 결정 방식만 설명")


@reg(4)
def p_bid_result(ctx):
    r = ctx.rng
    ag = C.agency(r)
    rows = [["순위", "업체명", "대표자", "투찰금액", "투찰률", "비고"]]
    for i in range(r.randrange(4, 8)):
        rows.append([str(i + 1), "(주)%s%s" % (r.choice(["한빛", "누리", "가온", "새솔", "다온", "미르"]), r.choice(["건설", "엔지니어링", "테크", "산업"])),
                     C.name(r), C.money(r, 80000000, 900000000, 10), "%.3f%%" % (86 + r.random() * 3), "낙찰예정" if i == 0 else ""])
    doc = report(ctx, "개찰 결과 공개(%s)" % r.choice(["청사 보수공사", "도로 포장공사", "CCTV 설치공사"]),
                 ["○ 예정가격: %s (개찰 후 공개)" % C.money(r, 90000000, 900000000, 10), T(rows),
                  "○ 근거: 「지방자치단체 입찰 및 계약집행기준」 계약정보 공개"], ag=ag)
    ctx.cue("예정가격 after 개찰", "body")
    return R(ctx, doc, "표·명단", "bid result published after opening", "개찰 후 결과 공개; 예정가격도 개찰 후에는 공개")


@reg(5)
def p_event_plan(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    ev = r.choice(["제%d회 %s 벚꽃축제" % (r.randrange(2, 30), ag), "%d 시민 한마음 체육대회" % ctx.y, "어린이날 큰잔치", "정보공개의 날 기념 행사", "개인정보 보호 주간 캠페인"])
    a, b = C.names(r, 2)
    secs = ["Ⅰ. 개요", "○ 일시: %s 10:00~17:00" % C.kdate(ctx.y, r.randrange(3, 11), r.randrange(1, 28)),
            "○ 장소: %s 종합운동장 및 중앙광장" % ag, "○ 참석: 시민 약 %d명, 기관장 및 의원 등" % r.randrange(500, 20000),
            "Ⅱ. 세부 추진 계획",
            T([["시간", "내용", "담당"], ["10:00", "개막식", "%s 주무관 %s" % (r.choice(C.DEPTS), a)], ["13:00", "공연·체험부스", "문화관광과"], ["16:30", "시상 및 폐막", "총무과 %s" % b]]),
            "Ⅲ. 안전관리: 안전요원 %d명 배치, 구급차 2대 대기" % r.randrange(20, 80),
            "Ⅳ. 소요예산: %s (행사운영비)" % C.money(r, 10000000, 400000000, 100000)]
    doc = report(ctx, ev + " 추진계획", secs, ag=ag)
    return R(ctx, doc, "계획서", "event plan", "행사계획; 공무원 담당자만 기재")


@reg(4, 2017, 2026)
def p_tax_delinquent_list(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    rows = [["연번", "성명(상호)", "나이", "직업(업종)", "주소(영업소)", "체납액", "세목"]]
    for i in range(r.randrange(4, 9)):
        rows.append([str(i + 1), C.name(r) if r.random() < 0.6 else "(주)%s%s" % (r.choice(["대한", "미래", "동방", "서해"]), r.choice(["개발", "물산", "상사"])),
                     str(r.randrange(35, 80)), r.choice(["자영업", "부동산업", "건설업", "도소매"]), C.address(r),
                     C.money(r, 10000000, 900000000, 1000), r.choice(["지방소득세", "재산세", "취득세"])])
    ctx.cue("명단공개 근거: 지방세징수법 제11조", "body")
    doc = new_doc("%d년 지방세 고액·상습체납자 명단 공개" % ctx.y)
    doc["blocks"] = [P("%s 공고 제%d-%d호" % (ag, ctx.y, r.randrange(100, 3000))), P("%d년 지방세 고액·상습체납자 명단 공개" % ctx.y),
                     P("「지방세징수법」 제11조에 따라 체납 발생일부터 1년이 지나고 체납액이 1천만원 이상인 체납자의 인적사항 등을 다음과 같이 공개합니다."),
                     T(rows), P(C.head_title(ag))]
    return R(ctx, doc, "공고", "law-mandated public list (지방세징수법 제11조)", "법령에 따라 공개하는 명단(제9조 제1항 제6호 가목)")


@reg(3, 2013, 2026)
def p_wage_arrears_list(ctx):
    r = ctx.rng
    rows = [["사업장명", "대표자", "나이", "소재지", "체불액(3년간)"]]
    for _ in range(r.randrange(3, 7)):
        rows.append(["%s%s" % (r.choice(["한결", "누리", "바른", "새벽"]), r.choice(["건설", "산업", "식품", "물류"])), C.name(r), str(r.randrange(38, 72)), C.address(r), C.money(r, 30000000, 900000000, 10000)])
    ctx.cue("근로기준법 제43조의2 명단 공개", "body")
    doc = new_doc("체불사업주 명단 공개")
    doc["blocks"] = [P("고용노동부 공고 제%d-%d호" % (ctx.y, r.randrange(10, 900))), P("체불사업주 명단 공개"),
                     P("「근로기준법」 제43조의2 및 같은 법 시행령 제23조의2에 따라 임금 등 체불사업주의 명단을 다음과 같이 공개합니다(공개기간 3년)."),
                     T(rows), P("고용노동부장관")]
    return R(ctx, doc, "공고", "law-mandated public list", "근로기준법에 따른 법정 공개 명단")


@reg(3)
def p_asset_disclosure(ctx):
    r = ctx.rng
    nm = C.name(r)
    rows = [["본인과의 관계", "재산의 종류", "소재지 면적 등 권리의 명세", "종전가액", "현재가액", "변동사유"],
            ["본인", "건물(아파트)", "%s 전용 84.9㎡" % C.address(r), C.money(r, 200000000, 900000000, 1000), C.money(r, 200000000, 900000000, 1000), "가액변동"],
            ["배우자", "예금", "%s 등" % r.choice(["국민은행", "농협"]), C.money(r, 10000000, 90000000, 1000), C.money(r, 10000000, 90000000, 1000), "급여저축"],
            ["장남", "고지거부", "독립생계", "", "", "고지거부"]]
    ctx.cue("공직자윤리법 제10조 공개", "body")
    doc = new_doc("공직자 재산 변동사항 공개")
    doc["blocks"] = [P("공직자윤리위원회 공고 제%d-%d호" % (ctx.y, r.randrange(1, 40))), P("「공직자윤리법」 제10조에 따라 재산등록사항(변동사항)을 공개합니다."),
                     P("소속: %s  직위: %s  성명: %s" % (C.agency(r), r.choice(["부시장", "실장", "국장", "군수"]), nm)), T(rows)]
    return R(ctx, doc, "공고", "law-mandated asset disclosure", "공직자윤리법에 따른 공개(제9조 제1항 제6호 가목)")


@reg(5)
def p_committee_minutes(ctx):
    r = ctx.rng
    ag = C.agency(r)
    com = r.choice(["도시계획위원회", "지방보조금심의위원회", "정보공개심의회", "규제개혁위원회", "지역치안협의회"])
    mem = C.names(r, 6)
    body = ["%d년 제%d차 %s 회의록(공개)" % (ctx.y, r.randrange(1, 12), com),
            "1. 일시: %s 14:00  2. 장소: %s 소회의실" % (C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), ag),
            "3. 참석위원: 위원장 %s, 위원 %s" % (mem[0], ", ".join(mem[1:])),
            "4. 안건: %s" % r.choice(["○○지구 지구단위계획 변경(안)", "%d년 보조사업 적정성 심의" % (ctx.y + 1), "정보공개 청구 이의신청 2건 심의"]),
            "5. 주요 발언",
            "%s 위원: 주민 의견 수렴 결과를 계획에 반영할 필요가 있음." % mem[2],
            "%s 위원: 교통영향 분석을 보완한 뒤 재상정하기 바람." % mem[3],
            "6. 심의 결과: %s" % r.choice(["원안 가결", "조건부 가결", "재심의"]),
            "※ 이 회의록은 「%s 운영 조례」에 따라 홈페이지에 공개함" % com]
    doc = new_doc(body[0])
    doc["blocks"] = [P(b) for b in body]
    return R(ctx, doc, "회의록", "public committee minutes", "공개 회의록; 위원 성명은 직무 수행")


@reg(4)
def p_security_audit_summary(ctx):
    r = ctx.rng
    ag = C.agency(r)
    n1, n2 = r.randrange(1, 6), r.randrange(1, 6)
    ctx.cue("대외비 관리 미흡 %d건" % n1, "body_summary")
    secs = ["○ 감사 기간: %s ~ %s" % (C.kdate(ctx.y, 5, 10), C.kdate(ctx.y, 5, 20)),
            "○ 주요 지적 사항(요약)",
            T([["분야", "지적 건수", "조치"], ["대외비 관리 미흡", str(n1), "시정"], ["비밀번호 관리 소홀", str(n2), "주의"], ["비인가 저장매체 사용", str(r.randrange(0, 4)), "교육"]]),
            "○ 개선 계획: 부서별 보안담당관 교육 강화, 분기별 자체 점검",
            "※ 세부 취약점 내역은 제외하고 요약본만 공개함"]
    doc = report(ctx, "%d년 정기 보안감사 결과(요약)" % ctx.y, secs, ag=ag, field=r.choice([("public", ()), None]), field_where="cover")
    return R(ctx, doc, "보고서", "public summary of security audit", "보안감사 요약; 세부 취약점 제외", mention=True)


@reg(4)
def p_contract_list(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0)
    rows = [["계약명", "계약상대자", "대표자", "소재지", "계약금액", "계약일", "수의계약 사유"]]
    for _ in range(r.randrange(3, 7)):
        rows.append([r.choice(["청사 방역 소독", "홍보물 제작", "가로등 보수", "행사 음향 임차"]), "%s%s" % (r.choice(["한울", "솔빛", "바름"]), r.choice(["기획", "전기", "환경"])), C.name(r),
                     "%s %s" % C.city(r), C.money(r, 3000000, 20000000, 10), C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), "시행령 제25조 제1항 제5호"])
    doc = report(ctx, "%d년 %d분기 수의계약 체결 현황 공개" % (ctx.y, r.randrange(1, 5)), [T(rows), "○ 근거: 「지방계약법」 제9조의2 계약정보의 공개"], ag=ag)
    return R(ctx, doc, "표·명단", "law-mandated contract disclosure", "계약정보 공개")


@reg(4)
def p_trip_report(ctx):
    r = ctx.rng
    ag = C.agency(r)
    mem = C.names(r, 3)
    secs = ["○ 출장 목적: %s" % r.choice(["스마트시티 우수사례 벤치마킹", "국제 정보공개 포럼 참석", "재난관리 협력 협의"]),
            "○ 출장 기간: %s ~ %s" % (C.kdate(ctx.y, 9, 2), C.kdate(ctx.y, 9, 8)),
            "○ 출장자: %s 과장 %s, 사무관 %s, 주무관 %s" % (r.choice(C.DEPTS), mem[0], mem[1], mem[2]),
            "○ 주요 일정 및 시사점: 현지 기관 3곳 방문, 공공데이터 개방 방식 비교",
            "○ 소요 경비: %s (항공·체재비)" % C.money(r, 5000000, 30000000, 1000)]
    doc = report(ctx, "공무국외출장 결과보고서", secs, ag=ag)
    return R(ctx, doc, "보고서", "officials on official trip", "공무국외출장 결과(공개 대상)")


@reg(4)
def p_expense(ctx):
    r = ctx.rng
    ag = C.agency(r)
    rows = [["일자", "사용장소", "집행목적", "대상인원", "금액", "결제방법"]]
    for _ in range(r.randrange(4, 8)):
        rows.append([C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), r.choice(["○○식당", "한솔한정식", "가온카페", "누리분식"]),
                     r.choice(["현안 업무 협의 간담회", "유관기관 업무협의", "직원 격려 오찬"]), "%d명" % r.randrange(3, 15), C.money(r, 60000, 600000, 10), "법인카드"])
    doc = report(ctx, "%s 업무추진비 집행내역(%d년 %d월)" % (C.head_title(ag), ctx.y, r.randrange(1, 12)), [T(rows)], ag=ag)
    return R(ctx, doc, "표·명단", "expense disclosure", "업무추진비 공개")


@reg(8)
def p_plain_gongmun(ctx):
    r = ctx.rng
    ag = C.agency(r)
    dept = r.choice(C.DEPTS)
    t, body = r.choice([
        ("%d년 하반기 민원행정 서비스 개선 교육 실시" % ctx.y, ["1. %s에서는 민원 응대 역량 강화를 위해 교육을 실시합니다." % ag, "2. 일시: %s 14:00, 장소: 대회의실" % C.kdate(ctx.y, 10, r.randrange(1, 28)), "3. 대상: 민원 담당 직원 (부서별 1명 이상)"]),
        ("공공시설 동절기 안전점검 계획 알림", ["1. 동절기 시설물 안전사고 예방을 위해 점검을 실시하오니 협조 바랍니다.", "2. 점검 대상: 공공청사, 체육시설, 경로당 등 %d개소" % r.randrange(30, 300)]),
        ("정보공개 목록 정비 협조 요청", ["1. 「공공기관의 정보공개에 관한 법률」 제8조에 따라 정보목록을 정비하고자 합니다.", "2. 각 부서에서는 결재문서의 공개구분이 적정한지 점검하여 %s까지 회신하여 주시기 바랍니다." % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28))]),
        ("%d년 기록물 정리 일정 안내" % ctx.y, ["1. 「공공기록물 관리에 관한 법률」 시행령 제20조에 따라 생산현황을 보고합니다.", "2. 비공개 기록물은 생산 후 30년이 지나면 공개를 원칙으로 재분류함을 유념하시기 바랍니다."]),
    ])
    doc = gongmun(ctx, ag, dept, t, body, field=("public", ()))
    return R(ctx, doc, "공문", "stated 공개", "결문 공개구분 공개, 내용도 일반 행정")


@reg(5, 1995, 2003)
def p_old_gongmun(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.3)
    dept = r.choice(C.DEPTS)
    t, body = r.choice([
        ("%d년도 새마을 대청소 실시" % ctx.y, ["1. 봄맞이 환경정비를 위하여 다음과 같이 대청소를 실시하니 적극 참여 바랍니다.", "가. 일시: %d. 4. %d. 07:00" % (ctx.y, r.randrange(1, 28)), "나. 장소: 관내 주요 도로변 및 하천"]),
        ("민원사무 처리기준표 비치", ["1. 민원사무처리에관한법률 제%d조에 의거 민원사무 처리기준표를 민원실에 비치하시기 바랍니다." % r.randrange(3, 20)]),
        ("전산망 사용자 교육", ["1. 행정전산망 사용자 교육을 다음과 같이 실시합니다.", "가. 대상: 각 과 서무담당", "나. 일시: %d. %d. %d." % (ctx.y, r.randrange(1, 12), r.randrange(1, 28))]),
    ])
    fld = r.choice([("public", ()), None]) if ctx.y >= 1998 else None
    doc = gongmun(ctx, ag, dept, t, body, field=fld, old=True)
    return R(ctx, doc, "공문", "old layout, ordinary content", "구 서식 일반 공문")


@reg(4)
def p_faq_anon(ctx):
    r = ctx.rng
    secs = ["【질의】 갑은 %d년 A법인으로부터 토지를 취득하였는데, 취득세 감면 대상인지?" % (ctx.y - 1),
            "【회신】 「지방세특례제한법」 제%d조에 따른 요건을 충족하는 경우 감면 대상이나, 사실관계를 확인하여 과세관청이 판단할 사항임." % r.randrange(10, 90),
            "【관련 법령】 「지방세법」 제7조, 같은 법 시행령 제%d조" % r.randrange(10, 30),
            "※ 본 질의회신은 개인정보를 삭제(갑·을 등으로 표시)하여 게시함"]
    doc = report(ctx, "지방세 질의회신 사례(%s-%d)" % (r.choice(["부동산세제과", "지방세정책과"]), r.randrange(100, 3000)), secs)
    return R(ctx, doc, "질의회신", "anonymised 갑/을", "익명화된 질의회신")


@reg(3)
def p_info_list(ctx):
    r = ctx.rng
    ag = C.agency(r)
    rows = [["문서번호", "제목", "생산일자", "공개구분"]]
    for _ in range(r.randrange(6, 10)):
        k = r.choice(["공개", "공개", "부분공개(6)", "비공개(5)", "비공개(제9조제1항제4호)", "부분공개(6,7)"])
        rows.append(["%s-%d" % (r.choice(C.DEPTS), r.randrange(100, 9000)), r.choice(["도로 점용허가 처리", "감사 결과 처분요구", "직원 징계 관련", "보조금 정산 검토", "민원 회신", "입찰 예정가격 결정", "행사 결과 보고"]),
                     C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)), k])
    ctx.cue("공개구분 column with 비공개(5) values", "table_cell")
    doc = report(ctx, "%s 정보목록(결재문서 목록) %d년 %d월" % (ag, ctx.y, r.randrange(1, 12)), [T(rows), "※ 「공공기관의 정보공개에 관한 법률」 제8조에 따른 정보목록"], ag=ag)
    return R(ctx, doc, "표·명단", "정보목록 lists other documents' 공개구분", "정보목록 자체는 공개(제8조)", mention=True)


@reg(3)
def p_security_training_plan(ctx):
    r = ctx.rng
    ag = C.agency(r)
    secs = ["1. 목적: 전 직원 보안의식 제고 및 비밀·대외비 관리 역량 강화",
            "2. 교육 일정: %d년 %d월 중 (상·하반기 각 1회)" % (ctx.y, r.choice([4, 5, 10])),
            "3. 교육 내용: 보안업무규정 개정 사항, 비밀 분류·재분류 실습, 대외비 문서 파기 절차, 개인정보 유출 사례",
            "4. 강사: %s 보안담당관 및 외부 전문가" % ag,
            "5. 행정사항: 교육 이수 결과는 근무성적평정 가점에 반영하지 않음"]
    ctx.cue("비밀·대외비 (topic words)", "body")
    doc = report(ctx, "%d년 보안교육 추진계획" % ctx.y, secs, ag=ag)
    return R(ctx, doc, "계획서", "training plan mentioning 대외비", "보안교육 계획; 등급은 주제 언급", mention=True)


@reg(4)
def p_court_summary(ctx):
    r = ctx.rng
    cn = "%d%s%d" % (ctx.y - r.randrange(1, 3), r.choice(["두", "구합", "누"]), r.randrange(1000, 99999))
    secs = ["사건: %s 정보공개거부처분취소" % cn,
            "원고: 갑 / 피고: %s" % C.head_title(C.agency(r)),
            "판결 요지: 의사결정 과정에 있는 정보라도 의사결정이 종료된 후에는 공개로 인하여 업무의 공정한 수행에 현저한 지장을 초래한다고 인정할 만한 상당한 이유가 없는 한 공개하여야 한다(제9조 제1항 제5호).",
            "시사점: 비공개 사유를 구체적으로 적시하여야 하며, 막연히 '내부검토 중'이라는 사유만으로는 부족함."]
    doc = report(ctx, "정보공개 관련 주요 판례 요약", secs)
    return R(ctx, doc, "지침·교육자료", "anonymised case summary", "판례 요약(갑)", mention=True)


@reg(3)
def p_records_guideline(ctx):
    r = ctx.rng
    secs = ["1. 공개 재분류 원칙: 비공개로 분류된 기록물은 생산연도 종료 후 30년이 지나면 모두 공개(공공기록물법 제35조)",
            "2. 재분류 주기: 5년마다 공개 여부 재분류",
            "3. 비밀기록물: 비밀 보호기간 종료 시 일반문서로 재분류 후 공개 여부 검토",
            "4. 예시 표기: '비공개(6)' → 재분류 후 '부분공개(6)' 또는 '공개'",
            "5. 개인정보가 포함된 기록물은 비식별 조치 후 열람 제공"]
    ctx.cue("'비공개(6)' (example)", "body_example")
    doc = report(ctx, "기록물 공개 재분류 업무 지침", secs, ag=C.agency(r))
    return R(ctx, doc, "지침·교육자료", "guideline with example labels", "재분류 지침; 표기는 예시", mention=True)


@reg(4)
def p_redacted_release(ctx):
    r = ctx.rng
    sn = r.choice(C.SURNAMES)
    secs = ["※ 이 문서는 정보공개 청구에 따라 개인정보를 삭제한 공개본입니다(원본: 부분공개 결정).",
            "1. 민원 개요: 민원인 %s○○(○○동 거주)의 %s 관련 민원" % (sn, r.choice(["층간소음", "불법 건축물", "노상 적치물"])),
            "2. 연락처: 010-****-****, 주민등록번호: ******-*******",
            "3. 처리 내용: 현장 확인 후 시정 명령(%s), 이행 확인" % C.kdate(ctx.y, r.randrange(1, 12), r.randrange(1, 28)),
            "4. 담당: %s 주무관 %s" % (r.choice(C.DEPTS), C.name(r))]
    ctx.cue("already-masked 김○○ / ******-*******", "body")
    doc = report(ctx, "민원 처리 결과 보고(공개본)", secs, ag=C.agency(r, central_p=0))
    return R(ctx, doc, "보고서", "released redacted copy", "개인정보가 이미 삭제된 공개본", mention=True)
