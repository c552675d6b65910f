"""Partial-disclosure templates (disclosable after personal / business data is removed)."""
from gen_common import (Doc, R, person, masked, ymd, old_date, won, docno, mobile, address, rrn, rrn_masked,
                        account, passport, dl, ocr_noise)
from gen_parts import org, gyeolmun_lines, field_value, field_label, gianyongji_table, gyeoljae_table


def _gm(d, r, o, field):
    for ln in gyeolmun_lines(r, o, field=field):
        d.p(ln)


def t_part_minwon(r, v):
    o = org(r, ["의회", "소방서", "공단", "공사", "법원"])
    who, addr, ph = person(r), address(r), mobile(r)
    d = Doc(r.choice(["민원 처리 결과 알림", "질의 민원 회신", "고충민원 처리결과 통지"]))
    d.p(f"수신  {who} 귀하 (우 {r.randint(10000, 63999)} {addr})", "")
    d.p(f"1. 귀하께서 {ymd(r)} 국민신문고를 통해 제출하신 민원(접수번호 1AA-{r.randint(2501, 2612)}-{r.randint(1000000, 9999999)})에 대한 회신입니다.",
        f"2. 민원 요지: {r.choice(['단지 앞 불법 주정차 단속 요청', '상수도 요금 과다 부과 이의', '의회 방청 절차 문의', '화재 안전점검 결과 열람 요청'])}",
        "3. 검토 결과 현장을 확인하고 관련 부서에 개선을 요청하였습니다.",
        f"4. 추가 문의는 {o[1]} (연락처 {o[3]})로 하여 주시기 바랍니다.  끝.")
    if v % 3 == 1:
        d.blocks = [(b[0], ocr_noise(r, b[1], 0.06)) if b[0] == "p" and b[1][:2] in ("1.", "2.", "3.") else b for b in d.blocks]
    f = field_value(r, "partial", (6,))
    loc = "gyeolmun"
    if v % 3 == 2:
        f = None
        loc = "none"
    _gm(d, r, o, f"{field_label(r)} {f}" if f else None)
    flags = ["private_person_named"] + (["ocr_noise"] if v % 3 == 1 else [])
    return R(d, "partial", "none", ["OIDA-9-1-6"], "민원 회신", "field" if f else "content", loc, f or who, flags)


def t_part_procure_eval(r, v):
    o = org(r, ["공사", "공단", "병원", "재단"])
    d = Doc(r.choice(["제안서 기술평가 결과 보고", "협상에 의한 계약 평가위원회 결과", "용역 제안서 평가 결과"]),
            header=f"{o[0]} {o[1]}", footer=r.choice([None, "- 평가 관련 자료 -"]))
    cos = ["(주)한빛엔지니어링", "미래정보기술(주)", "(주)동방시스템", "(주)누리소프트"]
    d.p(f"1. 사업명: {r.choice(['차세대 ERP 구축', '노후 배관 교체 설계', '병원정보시스템 유지관리'])}", f"2. 평가일시: {ymd(r)}")
    d.p("3. 평가위원(외부위원)")
    evs = [[person(r), r.choice(["○○대학교 교수", "기술사", "(前)연구원 책임연구원"]), mobile(r)] for _ in range(r.randint(3, 5))]
    d.table([["성명", "소속", "연락처"]] + evs)
    d.p("4. 업체별 평가")
    rows = [["업체", "기술점수", "제안가격", "원가 산출 내역"]]
    for c in cos[:3]:
        rows.append([c, f"{r.randint(70, 89)}.{r.randint(0, 9)}", won(r, 100000000, 500000000, 10000),
                     f"인건비 {r.randint(40, 70)}%, 재료비 {r.randint(10, 30)}%, 이윤 {r.randint(3, 9)}%"])
    d.table(rows)
    reasons = ["OIDA-9-1-6", "OIDA-9-1-7"]
    nums = (6, 7)
    if v % 2:
        d.p(f"5. 예정가격 산정 기초금액: {won(r, 200000000, 600000000, 10000)} (복수예비가격 {r.randint(12, 15)}개 중 추첨 예정)")
        reasons.append("OIDA-9-1-5")
        nums = (5, 6, 7)
    f = field_value(r, "partial", nums)
    loc = r.choice(["page_footer", "gyeolmun"])
    cue = f"{field_label(r)}: {f}"
    if loc == "page_footer":
        d.footer = cue
    else:
        d.p("", cue)
    return R(d, "partial", "none", reasons, "입찰ㆍ계약 평가", "field", loc, f, ["multi_withheld", "procurement_evaluation"])


def t_part_contract_payment(r, v):
    o = org(r, ["학교", "병원", "재단", "공단"])
    d = Doc(r.choice(["강사료 지급 결의", "자문위원 수당 지급", "외부 강사 원고료 지급 내역"]))
    d.p(f"1. {r.choice(['직원 역량강화 교육', '학부모 연수', '환자안전 세미나', '청렴 교육'])} 외부 강사에게 다음과 같이 수당을 지급하고자 합니다.")
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
    for _ in range(r.randint(2, 4)):
        b, a = account(r)
        rows.append([person(r), rrn(r), b, a, won(r, 150000, 600000, 10000)])
    d.table(rows, style=r.choice(["bar", "tab"]))
    d.p(f"2. 소득세 및 지방소득세는 원천징수 후 지급", f"3. 예산과목: {r.choice(['일반운영비', '교육훈련비', '업무추진비'])}")
    f = field_value(r, "partial", (6,))
    _gm(d, r, o, f"{field_label(r)} {f}")
    return R(d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "지출 결의", "field", "gyeolmun", f, ["unmasked_rrn", "account"])


def t_part_mislabeled(r, v):
    o = org(r, ["공단", "공사", "학교", "의회"])
    d = Doc(r.choice(["일용근로자 인건비 지급", "체험활동 보험 가입 명단 제출", "행사 참가자 여비 지급"]))
    d.p(f"1. {ymd(r)} 실시한 {r.choice(['하천 정화 활동', '지역 축제 안전요원', '방과후 체험학습'])} 관련입니다.", "2. 대상자 명단을 다음과 같이 제출합니다.")
    rows = [["연번", "성명", "주민등록번호", "계좌"]]
    for i in range(1, r.randint(3, 5)):
        b, a = account(r)
        rows.append([str(i), person(r), rrn(r), f"{b} {a}"])
    d.table(rows)
    f = r.choice(["공개", "공 개"])
    _gm(d, r, o, f"공개구분: {f}" if v % 2 == 0 else f"{field_label(r)} {f}")
    return R(d, "partial", "none", ["OIDA-9-1-6", "PIPA-24"], "공문", "content", "table_cell", rows[1][2],
             ["t_mislabeled", "stated_public_contradicted", "unmasked_rrn"])


def t_part_labour_minutes(r, v):
    o = org(r, ["공단", "공사", "관리원", "재단"])
    d = Doc(f"{r.randint(2025, 2026)}년 제{r.randint(1, 4)}분기 노사협의회 회의록", header=f"{o[0]} 노사협의회", footer=f"{o[0]} {o[1]}")
    d.p(f"일시: {ymd(r)} 15:00   장소: 본사 대회의실",
        f"사용자위원: {r.choice(['경영지원본부장', '인사처장', '안전처장'])} 등 {r.randint(3, 5)}명 / 근로자위원: {r.randint(3, 5)}명")
    d.p("1. 안건: 교대근무 개편, 복지포인트 조정, 안전보건 개선")
    w = person(r)
    health = v % 2 == 0
    if health:
        dx = r.choice(["요추 추간판 탈출증", "우측 손목 골절", "소음성 난청", "적응장애(우울)"])
        d.p(f"2. 근로자위원: 시설팀 {w} 대리가 {ymd(r)} 작업 중 {dx} 진단을 받아 요양 중이므로 산재 신청을 지원해 달라.",
            "   사용자위원: 공상 처리 절차를 안내하고 복귀 시 업무 조정을 검토하겠다.")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
        cue_text = dx
    else:
        d.p(f"2. 근로자위원: 영업소 {w} 주임의 {r.choice(['전보 취소', '야간근무 면제', '성과평가 이의'])} 고충 건을 재검토해 달라. 주소지({address(r)})와 근무지 거리가 멀다.",
            "   사용자위원: 인사위원회에 상정하여 결과를 회신하겠다.")
        reasons = ["OIDA-9-1-6"]
        cue_text = w
    d.page()
    d.p("3. 합의사항", "  가. 교대조 편성은 4조 2교대로 시범 운영", f"  나. 복지포인트 1인당 {r.randint(10, 30)}만 점 추가", "4. 다음 회의: 차기 분기 첫째 주")
    d.p(r.choice(["※ 개인 관련 발언 부분은 공개 시 가림 처리", "", ""]))
    return R(d, "partial", "none", reasons, "노사협의회 회의록", "content", "body", cue_text, ["labour_management", "multi_page", "public_enterprise"])


def t_part_council_petition(r, v):
    o = org(r, ["의회"])
    pe, ad, ph = person(r), address(r), mobile(r)
    d = Doc(r.choice(["청원 심사보고서", "진정서 처리 결과 보고", "청원 처리 결과 보고"]), header=f"{o[0]} {r.choice(['건설도시위원회', '행정자치위원회', '복지환경위원회'])}")
    d.table([["청원번호", f"제{r.randint(1, 30)}호"], ["청원인", f"{pe} ({ad}, {ph})"], ["소개의원", f"{person(r)} 의원"], ["회부일", ymd(r)]])
    d.p("1. 청원 요지", f"  - {r.choice(['마을 진입로 확장', '폐기물 처리시설 이전', '어린이공원 조성', '버스 노선 신설'])}을 요구함")
    d.p("2. 심사 결과: 집행부 검토 의견을 들은 후 원안 채택하기로 의결함")
    f = field_value(r, "partial", (6,))
    fnote = v % 2 == 1
    if fnote:
        d.fn(f"청원인 인적사항은 「공공기관의 정보공개에 관한 법률」 제9조제1항제6호에 해당하여 공개 시 제외함")
        cue, loc, ct = "withheld_statement", "footnote", "제9조제1항제6호에 해당하여 공개 시 제외"
    else:
        d.p("", f"{field_label(r)}: {f}")
        cue, loc, ct = "field", "gyeolmun", f
    return R(d, "partial", "none", ["OIDA-9-1-6"], "지방의회", cue, loc, ct, ["local_council", "private_person_named"])


def t_part_fire_report(r, v):
    o = org(r, ["소방서"])
    d = Doc(r.choice(["화재현장 조사서", "화재 발생 종합보고", "화재원인 조사 결과"]), header=f"{o[0]} {o[1]}", footer=f"작성 {ymd(r)}")
    rel, ph = person(r), mobile(r)
    d.table([["발생일시", f"{ymd(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"], ["장소", address(r)],
             ["관계인", f"{rel} (소유자, {ph})"], ["발화 요인", r.choice(["전기적 요인(멀티탭 과부하)", "부주의(담배꽁초)", "기계적 요인(보일러 과열)"])],
             ["재산피해", f"{r.randint(3, 90) * 100000:,}원"]])
    inj = v % 3 == 0
    reasons = ["OIDA-9-1-6"]
    if inj:
        d.p(f"인명피해: 거주자 {person(r)}(만 {r.randint(20, 85)}세) 2도 화상 및 연기흡입으로 ○○병원 이송")
        reasons.append("PIPA-23")
    d.p("조사 의견: 발화 지점은 거실 콘센트 부근으로 추정되며 방화 혐의점은 발견되지 않음.")
    f = field_value(r, "partial", (6,))
    d.p("", f"{field_label(r)} {f}")
    return R(d, "partial", "none", reasons, "화재조사", "field", "gyeolmun", f, ["fire_incident"])


def t_part_hospital_purchase(r, v):
    o = org(r, ["병원"])
    own, ph = person(r), mobile(r)
    b, a = account(r)
    d = Doc(r.choice(["소모품 수의계약 체결 보고", "의료기기 유지보수 계약 품의", "물품 구매 계약 결과"]))
    d.p(f"1. 계약명: {r.choice(['수술용 봉합사 단가계약', '환자 침대 매트리스 구매', '내시경 세척기 유지보수'])}")
    d.table([["계약상대자", f"{r.choice(['메디온상사', '한길의료기', '바른메디칼'])}(개인사업자)"], ["대표자", own], ["연락처", ph],
             ["대금 지급계좌", f"{b} {a} (예금주 {own})"], ["단가 산출 근거", f"수입원가 대비 마진 {r.randint(8, 25)}%"], ["계약금액", won(r, 5000000, 40000000, 10000)]])
    rows, names = gyeoljae_table(r, ("담당", "팀장", "실장"), extra=("공개구분", field_value(r, "partial", (6, 7))))
    d.table(rows)
    return R(d, "partial", "none", ["OIDA-9-1-6", "OIDA-9-1-7"], "병원 행정", "field", "gyeoljae_cell", rows[2][1], ["hospital", "multi_withheld", "field_in_gyeoljae"])


def t_part_school_admin(r, v):
    o = org(r, ["학교"])
    d = Doc(r.choice(["방과후학교 강사 위촉 결과", "스포츠강사 채용 결과 보고", "시간강사 위촉 계획"]))
    rows = [["성명", "생년월일", "연락처", "주요 경력"]]
    for _ in range(r.randint(2, 4)):
        y, m, dd = r.randint(1965, 1998), r.randint(1, 12), r.randint(1, 28)
        rows.append([person(r), f"{y}. {m}. {dd}.", mobile(r), r.choice(["○○체육관 코치", "미술학원 강사 5년", "코딩교육 강사"])])
    d.table(rows)
    reasons = ["OIDA-9-1-6"]
    if v % 2:
        d.p("※ 성범죄경력 조회 동의서: 위촉 대상자 전원 제출 완료")
    d.p(f"위촉기간: {ymd(r)} ~ 학년도 말")
    f = field_value(r, "partial", (6,))
    rws, _ = gyeoljae_table(r, ("담당", "행정실장", "교감", "교장"), extra=(field_label(r), f))
    d.table(rws)
    return R(d, "partial", "none", reasons, "학교 행정", "field", "gyeoljae_cell", f, ["school", "field_in_gyeoljae"])


def t_part_court_admin(r, v):
    o = org(r, ["법원"])
    d = Doc(r.choice(["민사조정위원 위촉 추천", "법원 자원봉사자 활동 결과", "가사조사 보조인력 채용 결과"]), header=f"{o[0]} {o[1]}")
    rows = [["성명", "직업", "주소", "전화"]]
    for _ in range(r.randint(2, 4)):
        rows.append([person(r), r.choice(["변호사", "세무사", "퇴직 공무원", "사회복지사"]), address(r), mobile(r)])
    d.table(rows)
    d.p(f"위촉 예정일: {ymd(r)}", f"위촉 기간: 2년")
    stmt = r.choice(["붙임 2. 후보자별 신원조회 결과는 정보공개법 제9조 제1항 제6호에 해당되어 제외함",
                     "※ 위 명단 중 주소ㆍ전화번호는 비공개(6), 나머지는 공개",
                     "붙임 이력서 사본은 개인정보이므로 공개대상에서 제외합니다"])
    d.p(stmt)
    return R(d, "partial", "none", ["OIDA-9-1-6"], "법원 행정", "withheld_statement", "attachment_note", stmt, ["court_admin"])


def t_part_board_minutes(r, v):
    o = org(r, ["공단", "공사", "재단", "관리원"])
    d = Doc(f"제{r.randint(2, 14)}차 이사회 회의록", header=f"{o[0]}", footer=f"{o[0]} 이사회 사무국")
    d.p(f"일시 {ymd(r)} 10:00 / 장소 본사 이사회실", f"출석 이사 {r.randint(7, 11)}명, 감사 1명")
    d.p("의결 안건", f"  제1호 {r.choice(['2025회계연도 결산 승인', '조직 개편(안)', '투자사업 타당성 검토'])} - 원안 가결")
    item = r.choice(["소송 대응 방안", "부지 매각 협상 방향", "임원 성과연봉 결정", "협력사 기술이전 협상안"])
    d.p(f"  제2호 {item} - 수정 가결")
    d.page()
    nums = {"소송 대응 방안": (4, 5), "부지 매각 협상 방향": (5, 7), "임원 성과연봉 결정": (5, 6), "협력사 기술이전 협상안": (5, 7)}[item]
    stmt = r.choice([f"제2호 안건의 심의 내용은 「공공기관의 정보공개에 관한 법률」 제9조제1항제{nums[0]}호ㆍ제{nums[1]}호에 따라 공개하지 않음",
                     f"(제2호 안건 토의 내용 비공개: 정보공개법 제9조 ① {nums[0]}, {nums[1]})",
                     f"제2호 안건은 부분공개({nums[0]},{nums[1]}) 대상으로 요지만 기재함"])
    d.box(stmt)
    d.p("보고 안건", "  - 상반기 안전경영 추진 실적", "  - 감사실 자체감사 결과")
    reasons = [f"OIDA-9-1-{n}" for n in nums]
    return R(d, "partial", "none", reasons, "이사회 회의록", "withheld_statement", "text_box", stmt, ["public_enterprise", "multi_page"])


def t_part_audit_report(r, v):
    o = org(r, ["공단", "공사", "관리원"])
    d = Doc(r.choice(["자체감사 결과 처분요구서", "특정감사 결과 보고(공개용)", "복무감사 결과"]), header=f"{o[0]} 감사실")
    a, b = person(r), person(r)
    d.p(f"1. 감사대상: {r.choice(['시설관리처', '고객지원센터', '재무팀'])}", "2. 지적사항 및 처분")
    d.table([["지적사항", "관련자", "처분"], [r.choice(["출장여비 부당 수령", "초과근무수당 부적정 지급", "계약 분할 수의계약"]), f"{r.choice(['차장', '과장'])} {a}", "경고"],
             ["물품 관리 소홀", f"대리 {b}", "주의"]])
    d.p("3. 회수 조치: " + won(r, 100000, 3000000))
    f = field_value(r, "partial", (6,))
    d.fn(f"이 문서의 {field_label(r)}: {f}")
    return R(d, "partial", "none", ["OIDA-9-1-6"], "감사결과", "field", "footnote", f, ["internal_audit", "cue_in_footnote_only"])


def t_part_checkbox(r, v):
    o = org(r)
    d = Doc(r.choice(["기록물 등록ㆍ관리 카드", "문서 관리 카드", "생산문서 등록부"]))
    n = r.choice([(6,), (5, 6), (6, 7)])
    ticks = "  ".join(("■" if i in n else "□") + f"{i}호" for i in range(1, 9))
    box = "□공개 ■부분공개 □비공개"
    d.table([["제목", r.choice(["주민참여예산 위원 선정 결과", "공모전 수상자 시상 계획", "협력업체 간담회 결과"])],
             ["공개여부", box], ["비공개 근거", ticks], ["보존기간", r.choice(["5년", "10년"])]])
    rows = [["성명", "주소", "연락처"]] + [[person(r), address(r), mobile(r)] for _ in range(2)]
    d.p("(본문)")
    d.table(rows)
    if 7 in n:
        d.p(f"업체 제출 원가 자료: 단가 {won(r, 1000, 90000, 10)} / 할인율 {r.randint(5, 20)}%")
    if 5 in n:
        d.p("선정 과정 심사위원 의견(내부 검토 중)")
    return R(d, "partial", "none", [f"OIDA-9-1-{i}" for i in n], "기록물 관리", "field", "checkbox", box, ["checkbox_form"])


def t_part_police_report(r, v):
    o = org(r, ["경찰청"])
    d = Doc(r.choice(["112 신고사건 처리 결과 보고", "생활안전 순찰 결과", "분실물 처리 현황"]), header=f"{o[0]} {r.choice(['생활안전과', '112치안종합상황실'])}")
    who = person(r)
    d.p(f"1. 신고 접수: {ymd(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} (코드 {r.choice(['2', '3', '0'])})",
        f"2. 신고자: {who} ({mobile(r)})", f"3. 내용: {r.choice(['아파트 층간 소음 시비', '상가 앞 적치물 통행 방해', '지갑 습득 신고'])}",
        "4. 조치: 현장 출동 후 계도, 형사 입건 사항 없음")
    note = r.choice(["신고자 인적사항 비공개", "※ 신고자 정보는 정보공개 시 삭제", "(신고자 인적사항은 제6호 해당)"])
    ocr = v % 2 == 1
    txt_lines = []
    d.p(note)
    if ocr:
        d.blocks = [(b[0], ocr_noise(r, b[1])) if b[0] == "p" and b[1] != note and who not in b[1] else b for b in d.blocks]
    return R(d, "partial", "none", ["OIDA-9-1-6"], "경찰 보고", "withheld_statement", "body", note, ["police"] + (["ocr_noise"] if ocr else []))


PARTIAL = [("t_part_minwon", t_part_minwon, 7), ("t_part_procure_eval", t_part_procure_eval, 7),
           ("t_part_contract_payment", t_part_contract_payment, 5), ("t_part_mislabeled", t_part_mislabeled, 4),
           ("t_part_labour_minutes", t_part_labour_minutes, 6), ("t_part_council_petition", t_part_council_petition, 6),
           ("t_part_fire_report", t_part_fire_report, 5), ("t_part_hospital_purchase", t_part_hospital_purchase, 5),
           ("t_part_school_admin", t_part_school_admin, 5), ("t_part_court_admin", t_part_court_admin, 5),
           ("t_part_board_minutes", t_part_board_minutes, 5), ("t_part_audit_report", t_part_audit_report, 4),
           ("t_part_checkbox", t_part_checkbox, 4), ("t_part_police_report", t_part_police_report, 4)]
