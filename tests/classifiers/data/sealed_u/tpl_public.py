"""Public templates, many of which look sensitive (mention-only, statistics, guides)."""
from gen_common import Doc, R, person, masked, ymd, old_date, won, docno, mobile, ocr_noise
from gen_parts import org, gyeolmun_lines, field_value, field_label, gianyongji_table, gyeoljae_table


def t_pub_stats_release(r, v):
    kind = v % 4
    o = org(r, [["소방서"], ["경찰청"], ["병원"], ["공단", "공사"]][kind])
    head = r.choice(["보도자료", "보 도 자 료", "[보도자료]"])
    when = ymd(r, 2025, 2026)
    d = Doc(f"{head}  {o[0]}", footer=r.choice([f"{o[0]} 대변인실", None]))
    chief, staff = person(r), person(r)
    if kind == 0:
        title = f"지난해 관내 화재 {r.randint(300, 900)}건, 주택 화재가 {r.randint(28, 45)}% 차지"
        d.p(title, f"- 부주의에 의한 화재가 가장 많아… 겨울철 전기난로 사용 주의 당부 -", "")
        d.p(f"{o[0]}(서장 {chief})은 {when} 관내 화재 발생 현황을 분석한 결과를 발표했다. 인명피해는 사망 {r.randint(0, 6)}명, 부상 {r.randint(10, 40)}명으로 전년보다 줄었다.")
        d.table([["구분", "건수", "재산피해(천원)"], ["주거", str(r.randint(90, 300)), f"{r.randint(100000, 900000):,}"],
                 ["비주거", str(r.randint(60, 200)), f"{r.randint(100000, 900000):,}"], ["차량", str(r.randint(20, 90)), f"{r.randint(10000, 90000):,}"]])
        d.p(f"{chief} 서장은 \"개별 화재의 조사 내용은 관계인의 개인정보가 포함돼 공개하지 않지만, 통계는 매 분기 공개하겠다\"고 말했다.")
    elif kind == 1:
        d.p(f"교통사망사고 전년 대비 {r.randint(5, 19)}% 감소", "")
        d.p(f"{o[0]}은 올해 상반기 교통사망사고가 {r.randint(40, 90)}건으로 집계됐다고 밝혔다. 보행자 사고 비중은 여전히 높아, 어린이보호구역 단속을 강화한다.")
        d.p(f"수사과장 {chief} 총경은 \"수사 중인 개별 사건은 말씀드릴 수 없으나 구간단속 효과는 분명하다\"고 설명했다.")
        d.table([["월", "사고", "사망", "부상"]] + [[f"{m}월", str(r.randint(200, 400)), str(r.randint(3, 15)), str(r.randint(300, 600))] for m in range(1, 7)], style="tab")
    elif kind == 2:
        d.p(f"{o[0]}, 지역 암 환자 진료 {r.randint(8000, 16000):,}건 돌파", "")
        d.p(f"{o[0]}(병원장 {chief})은 개원 이래 처음으로 연간 외래 진료가 {r.randint(60, 90)}만 건을 넘었다고 밝혔다. 병상 가동률은 {r.randint(78, 95)}.{r.randint(0, 9)}%였다.")
        d.p("환자 개인의 진료기록은 「의료법」에 따라 엄격히 관리되며, 이번 자료에는 집계 수치만 포함되었다.")
    else:
        d.p(f"{o[0]}, 경영평가 '{r.choice(['A', 'B', '양호'])}' 등급…부채비율 {r.randint(80, 160)}%로 개선", "")
        d.p(f"{o[0]}은 {when} 공공기관 경영실적 평가 결과를 공개했다. 이사회 의결 사항과 감사 결과 요약은 기관 누리집 경영공시 메뉴에서 볼 수 있다.")
        d.p(f"{chief} 사장은 \"내부 감사 결과도 요약본은 모두 공개하고 있다\"고 강조했다.")
    d.p("", f"담당 부서  {o[1]}   책임자 {r.choice(['과장', '팀장', '부장'])} {person(r)} ({o[3]})   담당자 {r.choice(['주무관', '대리', '계장'])} {staff}")
    return R(d, "public", "none", [], "보도자료", "none", "none", "", ["looks_sensitive", "officials_named"])


def t_pub_audit_summary(r, v):
    o = org(r, ["공단", "공사", "재단", "관리원"])
    d = Doc(r.choice(["감사결과 공개문", "자체감사 결과 공개", f"{ymd(r, 2025, 2025)} 정기감사 결과 (공개용)"]),
            header=f"{o[0]} {r.choice(['감사실', '내부감사팀', '상임감사'])}")
    d.p(f"1. 감사 개요", f"  ○ 감사기간: {ymd(r, 2025, 2025)} ~ {r.randint(5, 20)}일간", f"  ○ 감사대상: {r.choice(['경영지원처', '사업본부', '정보보안팀', '시설관리단'])} 등 {r.randint(3, 8)}개 부서")
    d.p("2. 주요 지적사항")
    mention = r.choice([
        "대외비 문서를 일반 문서와 함께 공용 캐비닛에 보관함",
        "Ⅲ급 비밀 보관용 이중 잠금장치가 설치되지 않았음",
        "비밀 관리기록부의 사본번호 기재가 누락된 사례 확인",
        "대외비로 지정된 보고서의 보호기간이 경과하였음에도 재분류하지 않음",
        "3급비밀 열람기록전을 비치하지 않음"])
    rows = [["번호", "지적사항", "처분", "관련자"],
            ["1", mention, r.choice(["주의", "시정", "개선"]), masked(r)],
            ["2", f"계약 {r.randint(2, 9)}건의 검사조서 작성 지연", "주의", masked(r)],
            ["3", "법인카드 사용 증빙 일부 미첨부", "회수 " + won(r, 50000, 900000), masked(r)]]
    d.table(rows)
    d.p(f"3. 조치결과: 관련 부서는 {r.randint(30, 60)}일 이내에 조치 결과를 제출하였음.")
    loc = "table_cell"
    if v % 2:
        d.p(f"※ 본 공개문은 관련자의 성명 등 개인정보를 제외하고 작성하였습니다.")
    d.footer = f"{field_label(r)}: 공개"
    return R(d, "public", "none", [], "감사결과", "mention_only", loc, mention, ["mention_only", "published_audit"])


def t_pub_security_guide(r, v):
    o = org(r)
    y = r.randint(2026, 2029)
    d = Doc(r.choice(["보안업무 실무 안내서", "비밀ㆍ대외비 관리 요령", "문서 보안관리 교육자료"]),
            header=r.choice([f"{o[0]} 보안담당관", "교육자료 (전 직원 배포)", "보안교육 2026"]),
            footer=f"{o[0]}  -  공개")
    d.p("Ⅰ. 대외비 취급", "  1. 대외비는 비밀에 준하여 보호가 필요한 사항으로, 문서 상단과 하단 가운데에 '대외비'라고 표시한다.",
        f"  2. 보호기간은 문서에 함께 적는다. 예) '대외비({y}. 12. 31.까지)'", "  3. 보호기간이 지나면 일반문서로 재분류한다.")
    d.page()
    d.p("Ⅱ. 비밀의 구분", "  ○ Ⅰ급비밀: 누설되면 대한민국과 외교관계가 단절되고 전쟁을 일으키는 등 국가안전보장에 치명적 위험을 가져올 정보",
        "  ○ Ⅱ급비밀: 누설되면 국가안전보장에 막대한 지장을 끼칠 우려가 있는 정보",
        "  ○ Ⅲ급비밀: 누설되면 국가안전보장에 손해를 끼칠 우려가 있는 정보")
    ex = r.choice([f"예고문: {y}. 6. 30.까지 Ⅲ급비밀, 이후 일반문서로 재분류", f"예고문 : {y}. 12. 31. 파기", f"사본번호: 2/5"])
    d.box(f"표시 예시  {ex}")
    d.p("  ○ 비밀을 복제하면 사본번호를 붙이고 원본과 같은 등급으로 관리한다.")
    if v % 2 == 0:
        d.fn("보안업무규정 및 같은 규정 시행규칙 참조. 이 안내서는 누구나 열람할 수 있다.")
    return R(d, "public", "none", [], "지침", "mention_only", "text_box", ex, ["mention_only", "multi_page", "guidance_on_classified"])


def t_pub_disclosure_guide(r, v):
    o = org(r)
    d = Doc(r.choice(["정보공개 업무 처리 안내", "정보공개 청구 처리 요령", "공개구분 지정 가이드"]),
            header=f"{o[0]} {r.choice(['기록관', '정보공개 담당'])}")
    q1 = r.choice(["부분공개(6)", "부분공개(제9조 제1항 제6호)", "부분 공개(5,6)"])
    q2 = r.choice(["비공개(제9조 제1항 제5호)", "비공개(4)", "비공개(제9조제1항제7호)"])
    d.p("1. 공개구분 표시 방법", f"  - 문서 결문의 공개구분란에 '공개', '{q1}', '{q2}' 등과 같이 표시한다.",
        "  - 부분공개나 비공개로 정할 때는 해당 호를 괄호 안에 적는다.")
    d.p("2. 비공개 대상 정보 예시")
    d.table([["호", "예시"], ["제4호", "수사 중인 사건 기록"], ["제5호", "내부검토 중인 의사결정 과정 자료"],
             ["제6호", "성명, 주민등록번호 등 개인에 관한 정보"], ["제7호", "법인의 영업상 비밀"]])
    if v % 3 == 0:
        d.p("3. 서식 예시", "  공개여부:  □ 공개   □ 부분공개   □ 비공개  (해당 칸에 표시)")
    d.p(f"문의: {o[1]} {person(r)} 주무관 ({o[3]})")
    return R(d, "public", "none", [], "지침", "mention_only", "body", q2, ["mention_only", "quotes_field_values"])


def t_pub_declass(r, v):
    o = org(r)
    g = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "3급 비밀", "대외비"])
    d = Doc(r.choice(["비밀 재분류 결과 통보", "보호기간 경과 문서 일반문서 재분류 알림", "비밀 해제 통지"]))
    d.p(f"수신  {r.choice(['각 부서장', '수신자 참조', '기록관리 담당'])}", "")
    d.p(f"1. 관련: {docno(r, '보안')}({ymd(r)})", f"2. 예고문에 따라 {ymd(r, 2015, 2019)} 생산된 {g} {r.randint(2, 9)}건을 일반문서로 재분류하였음을 알려드립니다.",
        "3. 재분류된 문서는 기록관으로 이관하여 일반 기록물과 같이 관리하여 주시기 바랍니다.")
    d.table([["연번", "생산부서", "당초 등급", "조치"]] + [[str(i), r.choice(["비상계획관실", "총무과", "정보보안팀"]), g, "일반문서 재분류"] for i in range(1, 4)])
    fv = "공개"
    for ln in gyeolmun_lines(r, o, field=f"{field_label(r)} {fv}"):
        d.p(ln)
    return R(d, "public", "none", [], "공문", "mention_only", "table_cell", g, ["mention_only", "declassification"])


def t_pub_cover_letter(r, v):
    o = org(r)
    g = r.choice(["Ⅲ급비밀", "3급 비밀", "Ⅱ급 비밀", "대외비"])
    d = Doc(r.choice(["비상대비 계획 송부", "보안측정 결과 송부", "협조 요청에 따른 자료 제출"]))
    d.p(f"수신  {r.choice(['행정안전부장관(비상대비정책과장)', '○○도지사(비상기획관)', '수신자 참조'])}")
    mention = f"붙임 자료는 {g}이므로 비밀취급인가자를 통하여 별도 송부합니다"
    d.p(f"1. 귀 기관의 요청과 관련입니다.", f"2. {mention}.", "3. 접수 후 수령증을 회신하여 주시기 바랍니다.",
        f"붙임  {r.choice(['비상대비 계획 1부', '점검 결과 1부', '관련 자료 1부'])}(별도 송부).  끝.")
    for ln in gyeolmun_lines(r, o, field=(f"{field_label(r)} 공개" if v % 2 == 0 else None)):
        d.p(ln)
    return R(d, "public", "none", [], "공문", "mention_only", "body", mention, ["mention_only", "cover_letter"])


def t_pub_password(r, v):
    o = org(r, ["병원", "학교", "공단", "법원"])
    d = Doc(r.choice(["업무용 PC 비밀번호 변경 안내", "전산시스템 비밀번호 정기 변경", "비밀번호 관리 강화 안내"]),
            header=r.choice(["정보보안 알림", None, f"{o[0]} 전산팀"]))
    d.p(f"{o[0]} 전 직원께서는 {ymd(r)}까지 업무 시스템의 비밀번호를 변경하여 주시기 바랍니다.",
        "  - 비밀번호는 영문ㆍ숫자ㆍ특수문자를 섞어 9자 이상으로 설정",
        "  - 같은 비밀번호를 3회 이상 재사용 금지", "  - 비밀번호를 메모지 등에 적어 모니터에 붙이지 말 것")
    d.p(f"문의: 전산실 내선 {r.randint(2000, 7999)}")
    return R(d, "public", "none", [], "안내문", "mention_only", "title", "비밀번호", ["mention_only", "password_notice"])


def t_pub_personnel(r, v):
    o = org(r)
    d = Doc(r.choice(["인사발령", "인 사 발 령", "인사 발령 통지"]), footer=f"{o[0]}장")
    rows = [["발령사항", "소속", "직급", "성명"]]
    grades = ["3급(부이사관)", "1급(관리관)", "2급(이사관)", "4급(서기관)", "3급 승진", "1급 상당"]
    g0 = r.choice(grades)
    rows.append(["승진임용", o[1], g0, person(r)])
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(["전보", "직무대리", "파견"]), r.choice(["기획조정실", "감사실", "시설본부"]), r.choice(grades), person(r)])
    d.p(f"{ymd(r)}자로 다음과 같이 발령합니다.")
    d.table(rows, style=r.choice(["bar", "tab"]))
    return R(d, "public", "none", [], "인사명령", "mention_only", "table_cell", g0, ["mention_only", "civil_service_grade"])


def t_pub_council_minutes(r, v):
    o = org(r, ["의회"])
    sess = r.randint(250, 340)
    d = Doc(f"제{sess}회 {o[0]} ({r.choice(['임시회', '정례회'])}) {r.choice(['본회의', '행정사무감사 특별위원회', '예산결산특별위원회'])} 회의록",
            header=f"{o[0]} 회의록 제{r.randint(1, 6)}호", footer=o[0])
    m1, m2, off = person(r), person(r), person(r)
    d.p(f"일시: {ymd(r)} 10시 {r.randint(0, 5)}0분", "장소: 본회의장", "")
    d.p(f"○위원장 {m1}  다음은 {r.choice(['도시개발국', '안전총괄과', '교육지원청 소관'])} 질의를 하겠습니다.")
    mention = r.choice(["집행부는 이 용역 보고서가 대외비라서 제출할 수 없다고 하는데", "비공개(제9조 제1항 제5호)라고 적어서 보냈던데",
                        "자료에 Ⅲ급 비밀이라고 찍혀 있다며 열람만 허용했는데"])
    d.p(f"○{m2} 위원  국장님, {mention}, 의회에 제출하지 못할 이유가 무엇입니까?")
    d.p(f"○{r.choice(['도시개발국장', '안전총괄과장', '행정국장'])} {off}  보안 검토를 거쳐 요약본은 다음 주까지 제출하겠습니다.")
    d.page()
    d.p(f"○위원장 {m1}  추가 질의하실 위원 계십니까? (「없습니다」 하는 위원 있음)", "○위원장  그러면 산회를 선포합니다.", f"(11시 {r.randint(10, 59)}분 산회)")
    d.table([["출석위원", f"{m1}  {m2}  {person(r)}  {person(r)}"], ["출석공무원", f"{off}  {person(r)}"]])
    return R(d, "public", "none", [], "지방의회 회의록", "mention_only", "body", mention, ["mention_only", "local_council", "multi_page"])


def t_pub_board_minutes(r, v):
    o = org(r, ["공단", "공사", "재단", "관리원"])
    rows, code, date = gianyongji_table(r, o, "공개", f"제{r.randint(2, 12)}차 이사회 회의록", old=False)
    d = Doc(f"{o[0]} 이사회 회의록")
    d.table(rows[:4])
    d.p(f"1. 일시: {date} 14:00", f"2. 참석: 이사장 {person(r)}, 상임이사 {person(r)}, 비상임이사 {r.randint(4, 8)}명, 감사 {person(r)}")
    d.p("3. 의안", f"  제1호 {r.choice(['2026년도 예산(안)', '정관 일부개정(안)', '보수규정 개정(안)'])} - 원안 의결",
        f"  제2호 {r.choice(['안전경영 책임계획', '장기 재무관리계획', '사회공헌 추진계획'])} - 보고 접수")
    d.p("4. 주요 발언", f"  비상임이사 {person(r)}: 부채 감축 목표가 다소 낮으므로 하반기 재검토가 필요하다.")
    return R(d, "public", "none", [], "이사회 회의록", "field", "header_table", "공개", ["public_enterprise", "field_in_header_table"])


def t_pub_old_gongmun(r, v):
    o = org(r)
    title = r.choice(["청사 환경정비 실시", "하계 휴가 실시 계획", "민원실 운영시간 조정", "직원 체육대회 개최", "전산장비 불용 처리"])
    fv = r.choice(["공개", "공 개", "공개(전부)"])
    rows, code, date = gianyongji_table(r, o, fv, title, old=True)
    d = Doc(r.choice(["기 안 용 지", "기안용지", "시 행 문"]))
    d.table(rows)
    body = [f"1. {title}에 관하여 다음과 같이 시행하고자 합니다.", f"   가. 기간: {old_date(r)} ~", f"   나. 대상: 본청 및 사업소 전 직원", "2. 협조하여 주시기 바랍니다.  끝."]
    flags = ["old_style", "field_in_header_table"]
    if v % 2:
        body = [ocr_noise(r, b, 0.07) for b in body]
        flags.append("ocr_noise")
    d.p(*body)
    return R(d, "public", "none", [], "기안용지", "field", "header_table", fv, flags)


def t_pub_procurement_result(r, v):
    o = org(r, ["공사", "공단", "병원"])
    d = Doc(r.choice(["낙찰자 결정 공고", "협상에 의한 계약 우선협상대상자 선정 결과", "입찰 결과 공개"]), footer=f"{o[0]} {o[1]}")
    cos = ["(주)한빛엔지니어링", "미래정보기술(주)", "(주)동방시스템", "세광건설(주)", "(주)누리소프트"]
    r.shuffle(cos)
    d.p(f"공고번호 {r.randint(2025, 2026)}{r.randint(10000000, 99999999)}-00", f"건명: {r.choice(['통합관제시스템 고도화', '본사 사옥 방수공사', '의료장비 유지보수 용역'])}")
    rows = [["순위", "업체명", "기술점수", "가격점수", "합계"]]
    for i, c in enumerate(cos[:4], 1):
        t, p = r.randint(60, 79) + r.randint(0, 9) / 10, r.randint(14, 19) + r.randint(0, 9) / 10
        rows.append([str(i), c, f"{t:.1f}", f"{p:.1f}", f"{t + p:.1f}"])
    d.table(rows)
    d.p(f"낙찰금액: {won(r, 80000000, 900000000, 10000)}(부가세 포함)", "평가위원별 점수와 업체 제안서는 공개하지 않습니다." if v % 2 else "")
    return R(d, "public", "none", [], "계약", "none", "none", "", ["procurement", "looks_sensitive"])


def t_pub_school(r, v):
    o = org(r, ["학교"])
    if v % 2 == 0:
        d = Doc(f"{o[0]} 학교운영위원회 회의록(요약)")
        d.p(f"일시 {ymd(r)} 16:00  장소 본관 회의실", f"출석위원 {r.randint(7, 12)}명(학부모위원 {r.randint(3, 5)}명, 교원위원 {r.randint(2, 4)}명, 지역위원 {r.randint(1, 2)}명)")
        d.p("안건 1. 2026학년도 학교회계 세입ㆍ세출 예산(안) 심의 - 원안 가결", "안건 2. 수학여행 실시 계획 - 수정 가결",
            f"위원장: 학부모위원 A, 간사: 행정실장 {person(r)}")
        d.p("※ 학부모위원 등 위원 개인의 실명은 표기하지 않습니다.")
    else:
        d = Doc(r.choice(["가정통신문", "학부모 안내"]), header=f"{o[0]}  제{r.randint(2026001, 2026120)}호")
        d.p("학부모님 안녕하십니까.", f"{ymd(r)}부터 학교 급식실 공사로 {r.randint(3, 10)}일간 간편식을 제공합니다.",
            "학생 개인의 알레르기 정보는 담임교사에게 따로 알려 주시면 비밀로 관리하겠습니다.", f"{o[0]}장")
    return R(d, "public", "none", [], "학교 행정", "none", "none", "", ["school"])


def t_pub_court_notice(r, v):
    o = org(r, ["법원"])
    d = Doc(r.choice(["공 고", "법원 민원실 운영시간 변경 공고", "집행관 사무소 이전 안내"]), header=f"{o[0]} 공고 제{r.randint(2026, 2026)}-{r.randint(10, 99)}호")
    d.p(f"{ymd(r)}부터 {r.choice(['민원실 운영시간', '종합민원실 위치', '경매법정 출입 절차'])}이 다음과 같이 변경됩니다.",
        f"  ○ 변경 내용: 평일 09:00~18:00 (점심시간 12:00~13:00 포함 운영)",
        f"  ○ 사건기록 열람ㆍ복사는 당사자 본인 확인 후 가능합니다(사건번호 예: 2025가단{r.randint(10000, 99999)}).")
    d.p(f"{ymd(r)}", f"{o[0]} 사무국장")
    return R(d, "public", "none", [], "법원 행정", "none", "none", "", ["court_admin"])


def t_pub_checkbox(r, v):
    o = org(r)
    title = r.choice(["회의실 예약 시스템 개선 계획", "청사 주차장 운영 개선", "연간 교육훈련 계획", "민원 안내 책자 발간"])
    d = Doc(title)
    box = r.choice(["■공개 □부분공개 □비공개", "[V] 공개  [ ] 부분공개  [ ] 비공개", "공개(■) 부분공개(□) 비공개(□)"])
    d.table([["생산부서", o[1], "보존기간", r.choice(["3년", "5년"])], ["공개여부", box, "", ""]])
    d.p(f"1. 추진 배경: {r.choice(['이용자 불편 해소', '업무 효율화', '직원 역량 강화'])}", "2. 추진 내용", f"  - {ymd(r)}까지 시범 운영 후 확대", f"3. 소요 예산: {won(r, 1000000, 30000000, 10000)}")
    return R(d, "public", "none", [], "계획", "field", "checkbox", box, ["checkbox_form"])


def t_pub_incident_brief(r, v):
    o = org(r, ["소방서", "경찰청"])
    fire = "소방" in o[0]
    d = Doc(r.choice(["주간 사건ㆍ사고 브리핑", "언론 브리핑 자료", "주요 출동 현황 (공개용)"]), header=f"{o[0]} {r.choice(['홍보계', '공보담당'])}")
    if fire:
        d.p(f"○ {ymd(r)} 새벽 {r.choice(['공장', '다세대주택', '창고'])} 화재: 50대 남성 A씨가 연기를 마셔 병원으로 옮겨졌으며 생명에는 지장 없음",
            f"○ 화재원인은 {r.choice(['전기적 요인', '미상', '부주의'])}으로 추정, 정확한 원인은 조사 중")
    else:
        d.p(f"○ {ymd(r)} 발생한 {r.choice(['편의점 강도', '전세사기', '뺑소니'])} 사건 피의자 B씨(40대)를 검거하여 구속영장을 신청함",
            "○ 피해자 신원과 구체적 수사 내용은 공개하지 않음")
    d.p(f"브리핑: {r.choice(['대응과장', '형사과장', '홍보팀장'])} {person(r)}  (문의 {o[3]})")
    return R(d, "public", "none", [], "브리핑", "none", "none", "", ["looks_sensitive", "anonymised_persons", "police" if not fire else "fire"])


PUBLIC = [("t_pub_stats_release", t_pub_stats_release, 8), ("t_pub_audit_summary", t_pub_audit_summary, 6),
          ("t_pub_security_guide", t_pub_security_guide, 5), ("t_pub_disclosure_guide", t_pub_disclosure_guide, 5),
          ("t_pub_declass", t_pub_declass, 4), ("t_pub_cover_letter", t_pub_cover_letter, 5),
          ("t_pub_password", t_pub_password, 3), ("t_pub_personnel", t_pub_personnel, 4),
          ("t_pub_council_minutes", t_pub_council_minutes, 6), ("t_pub_board_minutes", t_pub_board_minutes, 6),
          ("t_pub_old_gongmun", t_pub_old_gongmun, 7), ("t_pub_procurement_result", t_pub_procurement_result, 6),
          ("t_pub_school", t_pub_school, 6), ("t_pub_court_notice", t_pub_court_notice, 4),
          ("t_pub_checkbox", t_pub_checkbox, 5),
          ("t_pub_incident_brief", t_pub_incident_brief, 5)]
