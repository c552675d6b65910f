# -*- coding: utf-8 -*-
"""Document templates. Each returns a doc dict (content + gold labels + cue metadata)."""
from sv_common import Gen, stamp_marking, yegomun, copyno, art9, gonggae_line, TITLES_OFF

O6, O5, O4, O3, O2, O1, O7, O8 = ("OIDA-9-1-6", "OIDA-9-1-5", "OIDA-9-1-4", "OIDA-9-1-3",
                                  "OIDA-9-1-2", "OIDA-9-1-1", "OIDA-9-1-7", "OIDA-9-1-8")
P23, P24 = "PIPA-23", "PIPA-24"


def josa(w, pair):
    """pair like '은/는', '이/가', '을/를', '과/와'."""
    a, b = pair.split("/")
    c = w[-1]
    if "가" <= c <= "힣":
        return w + (a if (ord(c) - 0xAC00) % 28 else b)
    return w + b


def head_of(ag):
    for suf, h in [("교육청", "교육감"), ("의회", "의회의장"), ("학교", "학교장"), ("경찰서", "경찰서장"), ("경찰청", "경찰청장"),
                   ("지원", "지원장"), ("법원", "법원장"), ("처", "처장"), ("공사", "공사 사장"), ("공단", "공단 이사장"),
                   ("부", "부장관"), ("구", "구청장"), ("시", "시장"), ("군", "군수")]:
        if ag.endswith(suf):
            return ag[: len(ag) - len(suf)] + h
    return ag + "장"


def D(title, blocks, disc, mark, reasons, genre, cue, loc, cue_text, header=None, footer=None, flags=(), pii=()):
    return dict(title=title, blocks=blocks, disclosure=disc, marking=mark, reasons=list(reasons), genre=genre,
                cue=cue, cue_location=loc, cue_text=cue_text, header=header, footer=footer, flags=list(flags),
                pii=list(pii))


def off(g):
    return g.name(), g.ch(TITLES_OFF)


def closing(g, ag, dept, addr, gline=None):
    """결문 (발신명의, 기안자·검토자·결재권자, 시행·접수, 주소, 전화, 공개구분)."""
    a, b, c = g.name(), g.name(), g.name()
    bl = [("p", head_of(ag)),
          ("p", f"기안자 주무관 {a}   검토자 {dept[:-1] if dept.endswith('과') else dept} 팀장 {b}   전결 과장 {c}"),
          ("p", f"시행 {g.docno(dept)} ({g.dstr(style='dot')})   접수"),
          ("p", f"우 {g.r.randint(10000, 63999)} {addr} / 전화 {g.office_phone()} / 전송 {g.office_phone()}")]
    if gline:
        bl.append(("p", gline))
    return bl


# ================================================================ PUBLIC
PR_KIND = [("지자체", None), ("중앙부처", None), ("공기업", "한국수자원공사"), ("경찰", None), ("소방", None), ("지자체", None),
           ("공기업", "한국전력공사"), ("국립병원", None), ("교정", None), ("법원", None), ("지방의회", None)]
PR_TOPICS = [
    ("여름철 물놀이 안전수칙 집중 홍보", ["피서객이 몰리는 7~8월 하천과 계곡에 안전요원을 배치한다고 밝혔다.",
                                "구명조끼 무료 대여소 12곳을 운영하고, 위험구역에는 출입통제선을 설치한다."]),
    ("청년 창업공간 2곳 추가 개소", ["지역 청년의 창업을 돕기 위한 공유 사무공간을 두 곳 더 연다.",
                            "입주 기업에는 최대 2년간 임대료를 면제하고 멘토링을 제공한다."]),
    ("노후 상수관로 정비사업 착수", ["누수율을 낮추기 위해 30년 이상 된 관로 14km를 교체한다.",
                             "공사 기간 중 단수가 예정된 지역은 사전에 문자로 안내할 계획이다."]),
    ("어린이 보호구역 교통안전 강화", ["등하교 시간대 보호구역 내 불법 주정차 단속을 강화한다.",
                              "무인 교통단속장비 25대를 새로 설치하고 노란 신호등을 확대한다."]),
    ("겨울철 화재 예방 캠페인 실시", ["전통시장과 쪽방촌을 중심으로 소화기와 단독경보형 감지기를 보급한다.",
                              "전기장판과 난로 사용이 늘어나는 만큼 멀티탭 과부하에 주의해 달라고 당부했다."]),
    ("공공도서관 야간 개방 시범 운영", ["직장인 이용 편의를 위해 평일 밤 10시까지 열람실을 개방한다.",
                               "시범 운영 결과를 바탕으로 내년부터 확대 여부를 결정한다."]),
    ("전기요금 복지할인 신청 안내", ["기초생활수급자와 장애인 가구는 가까운 지사나 누리집에서 할인을 신청할 수 있다.",
                             "신청 다음 달 요금부터 할인이 적용된다."]),
    ("국립병원 비대면 예약 서비스 개시", ["외래 진료 예약을 모바일로 변경·취소할 수 있게 된다.",
                                 "고령 환자를 위해 전화 예약 창구도 그대로 유지한다."]),
    ("교정시설 직업훈련 성과 발표", ["올해 직업훈련 과정을 수료한 인원이 전년보다 18% 늘었다.",
                             "제과·제빵, 용접 등 자격증 취득률도 꾸준히 오르고 있다."]),
    ("법원 조정센터 주말 운영", ["소액 사건 당사자가 주말에도 조정 절차에 참여할 수 있도록 토요 조정을 시행한다.",
                          "조정 신청은 민원실이나 전자소송 누리집에서 하면 된다."]),
    ("지방의회 청소년 의회교실 운영", ["관내 중학생을 대상으로 모의 본회의와 조례안 토론을 진행한다.",
                               "참가 학교는 교육청 추천을 받아 선정한다."]),
]


def t_press(g, v):
    kind, fixed = PR_KIND[v % len(PR_TOPICS)]
    _, ag, dept, addr = g.agency(kind)
    while fixed and ag != fixed:
        _, ag, dept, addr = g.agency(kind)
    title, sents = PR_TOPICS[v % len(PR_TOPICS)]
    boss, t1 = off(g)
    staff = g.name()
    lead = g.ch([f"{josa(ag, '은/는')} {g.dstr(style='kor')}", f"{ag}(이하 '기관')는 지난 {g.r.randint(1, 28)}일", f"{ag}에 따르면"])
    blocks = [("p", g.ch(["보 도 자 료", "보도자료", "[보도자료]"]) + "   " + g.ch(["배포 즉시 보도 가능", f"보도일시: {g.dstr(style='dot')} 06:00 이후", "즉시 보도"])),
              ("p", f"{lead} {sents[0]}"), ("p", sents[1]),
              ("p", g.ch(["관계자는 \"시민 불편이 없도록 꼼꼼히 챙기겠다\"고 말했다.",
                          "기관은 향후 추진 상황을 누리집에 지속적으로 공개할 예정이다.",
                          "자세한 내용은 기관 누리집 알림마당에서 확인할 수 있다."])),
              ("tbl", [["담당 부서", "책임자", "담당자"], [dept, f"과장 {boss} ({g.office_phone()})", f"{t1} {staff} ({g.office_phone()})"]])]
    gl = None
    cue, loc, ct = "none", "none", ""
    if v % 3 == 0:
        gl = gonggae_line(g, "공개")
        blocks.append(("p", gl))
        cue, loc, ct = "gonggae_field", "kyulmun", gl
    return D(title, blocks, "public", "none", [], "보도자료", cue, loc, ct)


def t_notice(g, v):
    kind = ["지자체", "공기업", "공공기관", "교육", "지방의회", "법원", "소방", "중앙부처"][v % 8]
    _, ag, dept, addr = g.agency(kind)
    subj = g.ch(["공유재산 대부 일반입찰 공고", "주민참여예산 제안사업 공모", "공공근로사업 참여자 모집 공고",
                 "도서관 리모델링 공사에 따른 임시 휴관 안내", "행정정보 공개 목록 게시 안내", "청사 주차장 유료화 시행 안내"])
    no = f"{ag} 공고 제{g.r.randint(2024, 2026)}-{g.r.randint(10, 999)}호"
    blocks = [("p", no),
              ("p", g.ch(["다음과 같이 공고하오니 관심 있는 분들의 많은 참여를 바랍니다.",
                          "아래와 같이 알려 드리니 이용에 참고하시기 바랍니다.",
                          "관련 내용을 다음과 같이 공고합니다."])),
              ("p", f"1. 기간: 2026. {g.r.randint(1, 6)}. {g.r.randint(1, 28)}. ~ 2026. {g.r.randint(7, 12)}. {g.r.randint(1, 28)}."),
              ("p", f"2. 장소: {addr} {g.ch(['본관 1층 민원실', '별관 회의실', '누리집 온라인 접수'])}"),
              ("p", "3. 문의: " + f"{dept} ({g.office_phone()})"),
              ("p", f"{g.dstr(style='dot')}"), ("p", head_of(ag))]
    cue, loc, ct = "none", "none", ""
    if v % 2 == 1:
        gl = gonggae_line(g, "공개")
        blocks.append(("p", gl))
        cue, loc, ct = "gonggae_field", "kyulmun", gl
    return D(subj, blocks, "public", "none", [], "공고", cue, loc, ct)


def t_mention_guide(g, v):
    kind = ["중앙부처", "지자체", "교육", "공공기관", "경찰", "공기업"][v % 6]
    _, ag, dept, addr = g.agency(kind)
    s1 = g.ch(["대 외 비", "대외비", "[대외비]"])
    s2 = g.ch(["Ⅲ급비밀", "III급 비밀", "3급 비밀"])
    blocks = [("p", f"이 안내서는 {ag} 소속 직원이 보안 문서를 다룰 때 지켜야 할 기본 사항을 정리한 것입니다."),
              ("p", f"1. 「보안업무규정 시행규칙」에 따라 {s1} 문서는 표지와 각 면의 위쪽·아래쪽 가운데에 표시하며, 보호기간이 지나면 일반문서로 재분류됩니다."),
              ("p", f"2. {s2} 이상 비밀은 비밀관리기록부에 등재하고, 예고문과 사본번호를 반드시 적어야 합니다."),
              ("p", "3. 비밀을 복제하거나 출력할 때에는 취급인가를 받은 사람만 할 수 있으며, 파기할 때에는 파기 확인서를 작성합니다."),
              ("p", g.ch(["이 안내서 자체는 일반문서이며 누리집에 게시합니다.", "본 자료는 교육용 일반문서입니다.", "부서 교육 시 자유롭게 활용하시기 바랍니다."])),
              ("tbl", [["구분", "표시 위치", "보관"], ["대외비", "각 면 상·하단", "잠금장치 있는 용기"], ["Ⅱ·Ⅲ급", "각 면 상·하단, 표지", "비밀보관용기"]])]
    return D(f"{g.ch(['보안문서 취급 요령', '비밀·대외비 관리 안내', '문서보안 실무 가이드'])} ({g.r.randint(2024, 2026)}년판)",
             blocks, "public", "none", [], "보안업무 안내", "mention_only", "body", s1)


def t_mention_foi(g, v):
    kind = ["지자체", "교육", "공공기관", "중앙부처", "경찰"][v % 5]
    _, ag, dept, addr = g.agency(kind)
    c = art9(g, 5)
    blocks = [("p", f"{ag} 정보공개 처리 절차를 안내해 드립니다."),
              ("p", "청구서가 접수되면 10일 이내에 공개 여부를 결정하며, 부득이한 경우 10일의 범위에서 연장할 수 있습니다."),
              ("p", f"결정 통지서의 공개구분 란에는 '공개', '부분공개(6)', '비공개({c})'와 같이 적힙니다. 괄호 안 숫자는 비공개 사유 호수를 뜻합니다."),
              ("p", g.ch(["예를 들어 제6호는 개인에 관한 사항, 제5호는 의사결정 과정에 있는 사항입니다.",
                          "비공개 결정에 불복하는 경우 30일 이내에 이의신청을 할 수 있습니다."])),
              ("p", f"문의: {dept} 정보공개 담당 ({g.office_phone()})")]
    return D(g.ch(["정보공개청구 이렇게 하세요", "정보공개 업무 안내", "정보공개 처리 흐름 안내"]), blocks, "public", "none", [],
             "정보공개 안내", "mention_only", "body", f"비공개({c})")


def t_mention_cover(g, v):
    _, ag, dept, addr = g.agency(["중앙부처", "지자체", "경찰", "공기업"][v % 4])
    s = g.ch(["3급 비밀", "Ⅲ급비밀", "Ⅱ급 비밀", "대외비"])
    blocks = [("p", f"수신 {g.ch(['수신자 참조', '각 시·군 비상대비 담당부서장', '각 경찰서장'])}"),
              ("p", f"1. 관련: {g.docno(dept)}({g.dstr(style='dot')})"),
              ("p", f"2. {g.ch(['을지연습 세부 시행계획', '비상대비 자원관리 지침', '중요시설 점검 결과'])}을 송부하오니 업무에 참고하시기 바랍니다."),
              ("p", f"3. 붙임 문서는 {s}로 분류되어 있으므로 이 공문과 분리하여 비밀 수발 절차에 따라 별도로 송부합니다."),
              ("p", "붙임 목록만 첨부.  끝.")]
    blocks += closing(g, ag, dept, addr, gonggae_line(g, "공개") if v % 2 == 0 else None)
    return D(g.ch(["비상대비 관련 자료 송부", "관련 문서 송부 알림"]), blocks, "public", "none", [], "공문(송부)",
             "mention_only", "attachment_line", s)


def t_mention_grade(g, v):
    _, ag, dept, addr = g.agency(["중앙부처", "공공기관", "지자체", "교육", "중앙부처", "공기업"][v % 6])
    if v % 2 == 0:
        a, b = g.name(), g.name()
        blocks = [("p", f"{ag} 인사발령 ({g.dstr(style='dot')}자)"),
                  ("tbl", [["성명", "현 직위", "발령 사항"], [a, "기획조정실 기획재정담당관", "3급(부이사관) 승진"],
                           [b, "정책기획관", g.ch(["1급(관리관) 임용", "2급(이사관) 승진"])]]),
                  ("p", "위와 같이 발령함.")]
        return D("인사 발령", blocks, "public", "none", [], "인사발령", "mention_only", "table_cell", "3급(부이사관)")
    blocks = [("p", f"{ag} 정보화 담당 부서에서 알려 드립니다."),
              ("p", "업무용 PC와 내부망 계정의 비밀번호를 90일마다 변경해야 합니다. 비밀번호는 영문·숫자·특수문자를 섞어 9자리 이상으로 정하십시오."),
              ("p", "기간 내에 바꾸지 않으면 로그인이 제한됩니다. 비밀번호 초기화는 정보화 담당 부서로 요청하시기 바랍니다."),
              ("p", f"문의 {dept} ({g.office_phone()})")]
    return D("비밀번호 정기 변경 안내", blocks, "public", "none", [], "내부 공지", "mention_only", "title", "비밀번호")


def t_mention_declass(g, v):
    _, ag, dept, addr = g.agency(["중앙부처", "지자체", "공기업", "경찰"][v % 4])
    if v % 2 == 0:
        blocks = [("p", f"{josa(ag, '은/는')} 보호기간이 만료된 비밀을 다음과 같이 재분류하였습니다."),
                  ("tbl", [["관리번호", "종전 등급", "조치"], [f"{g.r.randint(2015, 2019)}-{g.r.randint(10, 99)}", "Ⅲ급비밀", "일반문서로 재분류"],
                           [f"{g.r.randint(2015, 2019)}-{g.r.randint(10, 99)}", "대외비", "보호기간 경과로 해제"]]),
                  ("p", "재분류된 문서는 기록관으로 이관하며 공개 여부는 별도 심사를 거칩니다.")]
        return D("비밀 재분류 결과 알림", blocks, "public", "none", [], "비밀 재분류 공지", "mention_only", "table_cell", "Ⅲ급비밀")
    blocks = [("p", f"{g.r.randint(2024, 2025)}년도 {ag} 보안감사 결과를 요약하여 공개합니다."),
              ("p", "점검 결과 비밀관리기록부 기재 누락 2건, 대외비 문서 보관 부적정 1건이 확인되어 시정 조치하였습니다."),
              ("p", "개별 지적 사항의 세부 내용은 보안상 이유로 이 요약본에 포함하지 않았습니다.")]
    return D("보안감사 결과 요약", blocks, "public", "none", [], "감사결과 요약", "mention_only", "body", "대외비")


def t_council(g, v):
    _, ag, dept, addr = g.agency("지방의회")
    m1, m2, m3 = g.name(), g.name(), g.name()
    blocks = [("p", f"제{g.r.randint(280, 340)}회 {ag} 임시회 본회의 회의록 (제{g.r.randint(1, 5)}호)"),
              ("p", f"일시: {g.dstr(style='kor')} 오전 10시  장소: 본회의장"),
              ("p", f"의장 {m1}: 성원이 되었으므로 개의를 선포합니다. 오늘은 조례안 세 건을 심사하겠습니다."),
              ("p", f"{m2} 의원: {g.ch(['버스 노선 개편 과정에서 주민 의견 수렴이 부족했다는 지적이 많습니다.', '청년 월세 지원 예산이 조기에 소진된 이유를 설명해 주시기 바랍니다.', '공공시설 내진 보강이 늦어지고 있습니다.'])}"),
              ("p", f"{g.ch(['교통국장', '복지정책실장', '도시안전국장'])} {m3}: 지적하신 내용을 반영해 다음 회기까지 보완 계획을 보고드리겠습니다."),
              ("p", "(의사봉 3타) 산회를 선포합니다.")]
    cue, loc, ct = "none", "none", ""
    if v % 2 == 0:
        gl = gonggae_line(g, "공개")
        blocks.append(("p", gl))
        cue, loc, ct = "gonggae_field", "last_line", gl
    return D("본회의 회의록", blocks, "public", "none", [], "지방의회 회의록", cue, loc, ct)


def t_school(g, v):
    _, ag, dept, addr = g.agency("교육")
    blocks = [("p", g.ch(["학부모님, 안녕하십니까?", "가정에 건강과 행복이 가득하시길 바랍니다.", "학부모님께 알려 드립니다."])),
              ("p", g.ch(["다음 달 현장체험학습을 아래와 같이 실시합니다. 참가 동의서를 담임 선생님께 제출해 주십시오.",
                          "학교 급식실 개선 공사로 2주간 대체식을 제공합니다.",
                          "방과후학교 2학기 수강 신청을 받습니다. 자유수강권 대상 학생은 별도 안내합니다."])),
              ("tbl", [["구분", "내용"], ["일시", g.dstr(style="dot")], ["문의", f"{dept} ({g.office_phone()})"]]),
              ("p", head_of(ag))]
    cue, loc, ct = "none", "none", ""
    if v % 2 == 1:
        gl = gonggae_line(g, "공개")
        blocks.append(("p", gl)); cue, loc, ct = "gonggae_field", "kyulmun", gl
    return D("가정통신문", blocks, "public", "none", [], "가정통신문", cue, loc, ct)


def t_court_notice(g, v):
    _, ag, dept, addr = g.agency("법원")
    blocks = [("p", f"{josa(ag, '은/는')} 청사 전기설비 점검으로 {g.dstr(style='kor')} 하루 동안 민원실 업무 시간을 단축합니다."),
              ("p", "해당 일에 예정된 재판은 정상적으로 진행되며, 전자소송 서비스는 중단 없이 이용할 수 있습니다."),
              ("p", f"문의: {dept} {g.office_phone()}")]
    return D(g.ch(["민원실 운영시간 변경 안내", "청사 점검에 따른 업무 안내"]), blocks, "public", "none", [], "법원 공지", "none", "none", "")


def t_fire_public(g, v):
    _, ag, dept, addr = g.agency("소방")
    rows = [["업소명", "소재지", "점검 결과"]]
    for _ in range(3):
        rows.append([g.ch(["(주)한솔스포츠", "푸른노래연습장", "다온PC방", "해담찜질방", "별빛키즈카페"]),
                     g.ch(["청원구 율량동", "상당구 용암동", "흥덕구 복대동"]), g.ch(["양호", "경보설비 보수 명령", "피난통로 물건 적치 시정"])])
    blocks = [("p", f"{josa(ag, '은/는')} 다중이용업소 {g.r.randint(40, 200)}곳에 대한 화재안전 조사 결과를 「화재의 예방 및 안전관리에 관한 법률」에 따라 공개합니다."), ("tbl", rows),
              ("p", "조치 명령을 받은 업소는 기한 내 이행 여부를 다시 확인할 예정입니다.")]
    return D("화재안전조사 결과 공개", blocks, "public", "none", [], "점검결과 공개", "none", "none", "")


def t_overcautious(g, v):
    """Printed field says 부분공개/비공개 but content is plainly public (officials acting in office only)."""
    _, ag, dept, addr = g.agency(["지자체", "공공기관", "교육", "중앙부처"][v % 4])
    ho = g.ch([5, 6])
    gl = gonggae_line(g, g.ch(["부분공개", "비공개"]), ho)
    blocks = [("p", f"1. {g.ch(['하반기 청사 시설물 안전점검', '민원 서식 간소화 추진', '에너지 절약 실천'])} 계획을 알려 드리니 각 부서에서는 협조하여 주시기 바랍니다."),
              ("p", f"2. 세부 일정은 {g.dstr(style='dot')}까지 부서별로 게시판에 안내합니다."),
              ("p", "3. 이 계획은 이미 기관 누리집에 게시된 내용과 같습니다.  끝.")]
    blocks += closing(g, ag, dept, addr, gl)
    return D(g.ch(["청사 안전점검 계획 알림", "업무 협조 요청"]), blocks, "public", "none", [], "공문", "mislabeled_field", "kyulmun", gl,
             flags=["printed_field_disagrees", "overcautious_field"])


def t_approval_table(g, v):
    """결재란/header-table with 공개구분 cell. Class cycles."""
    kind = ["지자체", "공공기관", "교정", "공기업", "교육", "국립병원"][v % 6]
    _, ag, dept, addr = g.agency(kind)
    cls = ["public", "partial", "non_public"][v % 3]
    a, b, c = g.name(), g.name(), g.name()
    if cls == "public":
        cell = g.ch(["공개", "공 개"])
        body = [("p", f"{g.ch(['직원 친절교육', '청사 방역 소독', '기록물 정리 주간'])} 실시 계획을 다음과 같이 보고드립니다."),
                ("p", f"가. 일시: {g.dstr(style='dot')} 14:00"), ("p", "나. 대상: 전 직원"), ("p", f"다. 소요 예산: {g.money(1, 30)}")]
        reasons = []
    elif cls == "partial":
        cell = g.ch(["부분공개(6)", "부분공개 (6호)", "부분공개 6"])
        p1, p2 = g.name(), g.name()
        body = [("p", "우수 자원봉사자 표창 대상자를 다음과 같이 선정하고자 합니다."),
                ("tbl", [["성명", "연락처", "주소", "활동시간"], [p1, g.mobile(), g.address(), f"{g.r.randint(100, 900)}시간"],
                         [p2, g.mobile(), g.address(), f"{g.r.randint(100, 900)}시간"]]),
                ("p", "표창 일정과 예산은 기존 계획에 따릅니다.")]
        reasons = [O6]
    else:
        cell = g.ch(["비공개(5)", "비공개 (5호)", "비공개 5"])
        body = [("p", f"{g.ch(['조직 개편(안)', '정원 감축 방안', '하반기 정기감사 대상 선정(안)'])}에 대한 부서 검토 의견을 보고드립니다."),
                ("p", "가. 현재 검토 단계로 확정되지 않았으며, 노사 협의와 내부 의견 수렴을 거쳐 최종안을 마련할 예정입니다."),
                ("p", "나. 검토 과정에서 대안 세 가지를 비교하였으며 각 대안의 장단점은 붙임과 같습니다.")]
        reasons = [O5]
    head = [["기안", "검토", "결재", "공개구분"], [f"주무관 {a}", f"팀장 {b}", f"과장 {c}", cell]]
    blocks = [("tbl", head)] + body
    return D(g.ch(["업무 보고", "내부 결재 문서", "계획 보고"]), blocks, cls, "none", reasons, "결재문서",
             "gonggae_field", "approval_table", cell)


# ================================================================ PARTIAL
def t_minwon(g, v):
    kind = ["지자체", "공공기관", "경찰", "교육", "공기업", "소방", "중앙부처"][v % 7]
    _, ag, dept, addr = g.agency(kind)
    who = g.name()
    blocks = [("p", f"수신 {who} 귀하 ({g.address()})"),
              ("p", f"1. 귀하께서 {g.dstr(style='kor')} 제출하신 민원({g.ch(['시설 보수 요청', '소음 관련 중재 요청', '안내 표지 개선 요청', '서비스 이용 불편 신고', '주차 관련 개선 요청'])})에 대한 처리 결과를 알려 드립니다."),
              ("p", g.ch(["2. 현장을 확인한 결과 보수가 필요하여 이달 중 정비하겠습니다.", "2. 관계 부서와 협의하여 조치하였으며, 추가 불편이 있으면 연락 주십시오.",
                          "2. 검토 결과 현행 규정상 즉시 조치는 어려우나 내년 사업에 반영하겠습니다."])),
              ("p", f"3. 민원인 연락처 {g.mobile()}로 처리 결과를 문자로도 안내하였습니다.  끝.")]
    st = v % 3
    if st == 0:
        gl = gonggae_line(g, "부분공개", 6)
        blocks += closing(g, ag, dept, addr, gl)
        cue, loc, ct, footer = "gonggae_field", "kyulmun", gl, None
    elif st == 1:
        blocks += closing(g, ag, dept, addr)
        cue, loc, ct, footer = "content_only", "content", who, None
    else:
        blocks += closing(g, ag, dept, addr)
        footer = g.ch(["부분공개(6) - 민원인 개인정보 제외", "공개구분: 부분공개(6)", "※ 부분공개(제6호)"])
        cue, loc, ct = "gonggae_field", "page_footer", footer
    return D("민원 처리 결과 통지", blocks, "partial", "none", [O6], "민원회신", cue, loc, ct, footer=footer)


def t_contract(g, v):
    _, ag, dept, addr = g.agency(["공기업", "지자체", "공공기관", "국립병원"][v % 4])
    rep = g.name()
    bank, acct = g.account()
    comp = g.ch(["한결기술", "다솜정보", "온누리설비", "새빛디자인"])
    blocks = [("p", f"발주기관: {ag} ({dept})"),
              ("p", f"계약상대자: {comp} (개인사업자) 대표 {rep}, 휴대전화 {g.mobile()}"),
              ("p", f"계약금액: {g.money(100, 900)} (부가가치세 포함)   계약기간: 2026. {g.r.randint(1, 5)}. {g.r.randint(1, 28)}. ~ 2026. {g.r.randint(7, 12)}. {g.r.randint(1, 28)}."),
              ("p", f"대금 지급 계좌: {bank} {acct} (예금주 {rep})"),
              ("p", "붙임  1. 과업지시서 1부.  2. 산출내역서 1부.")]
    wl = g.ch(["※ 붙임 2 산출내역서는 계약상대자의 영업상 비밀(단가·원가 구성)에 해당하여 공개 대상에서 제외함.",
               f"※ 산출내역서는 {art9(g, 7)}에 따라 비공개, 대표자 개인정보는 가림 처리 후 공개.",
               "※ 단가 산출 근거는 업체 요청에 따라 열람에서 제외합니다."])
    blocks.append(("p", wl))
    return D(g.ch(["용역 계약서", "물품 구매 계약 내역", "시설 유지보수 용역 계약"]), blocks, "partial", "none", [O6, O7], "계약서",
             "withheld_part", "attachment_line", wl)


def t_minutes_partial(g, v):
    _, ag, dept, addr = g.agency(["지자체", "교육", "공공기관", "중앙부처", "지방의회"][v % 5])
    ws = [g.name() for _ in range(3)]
    gl = gonggae_line(g, "부분공개", 5)
    blocks = [("p", f"{g.ch(['도시계획위원회', '지방보조금심의위원회', '교권보호위원회', '정책자문위원회'])} 제{g.r.randint(1, 12)}차 회의 결과"),
              ("p", f"일시: {g.dstr(style='kor')}  장소: {ag} 소회의실"),
              ("p", f"참석: 위원장 {ws[0]}, 위원 {ws[1]}, {ws[2]} 등 {g.r.randint(7, 15)}명"),
              ("p", "안건 1은 원안 가결, 안건 2는 보완 후 재심의하기로 하였다."),
              ("p", g.ch(["위원별 발언 내용은 공정한 심의에 지장을 줄 우려가 있어 공개하지 않는다.",
                          "※ 발언자 실명과 개별 의견은 비공개로 처리함.", "개별 위원의 찬반 의견은 이 결과 공개본에서 제외하였다."])),
              ("p", gl)]
    return D("위원회 회의 결과", blocks, "partial", "none", [O5], "회의록", "gonggae_field", "kyulmun", gl)


def t_mislabeled_rrn(g, v):
    _, ag, dept, addr = g.agency(["지자체", "공공기관", "교육", "공기업"][v % 4])
    gl = gonggae_line(g, "공개")
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
    pii = []
    for _ in range(3):
        r = g.rrn(); b, a = g.account()
        rows.append([g.name(), r, b, a, g.money(1, 20)]); pii.append(r)
    blocks = [("p", f"{g.ch(['재난지원금', '장학금', '강사 수당', '자원봉사 실비'])} 지급 대상자를 다음과 같이 확정하여 알려 드립니다."),
              ("tbl", rows), ("p", "지급일은 이달 25일입니다.  끝.")]
    blocks += closing(g, ag, dept, addr, gl)
    return D("지급 대상자 확정 알림", blocks, "partial", "none", [O6, P24], "지급명단 공문", "mislabeled_field", "kyulmun", gl,
             flags=["printed_field_disagrees", "t_mislabeled"], pii=pii)


def t_subsidy_roster(g, v):
    _, ag, dept, addr = g.agency(["지자체", "공공기관", "중앙부처"][v % 3])
    rows = [["연번", "성명", "주민등록번호", "지원금"]]
    for i in range(4):
        rows.append([str(i + 1), g.name(), g.rrn_masked(), g.money(1, 10)])
    blocks = [("p", f"{g.ch(['에너지바우처', '긴급복지 생계지원', '청년 월세 특별지원'])} 지원 결과를 보고드립니다."),
              ("p", f"총 {g.r.randint(40, 300)}가구에 {g.money(100, 900)}을 지급하였으며, 대상자 명단 일부는 다음과 같습니다."),
              ("tbl", rows), ("p", "향후 부정수급 여부를 분기별로 점검하겠습니다.")]
    st = v % 2
    if st == 0:
        gl = gonggae_line(g, "부분공개", 6); blocks.append(("p", gl))
        cue, loc, ct = "gonggae_field", "kyulmun", gl
    else:
        cue, loc, ct = "content_only", "content", rows[1][2]
    return D("지원사업 추진 결과 보고", blocks, "partial", "none", [O6], "결과보고", cue, loc, ct, flags=["masked_rrn_only"])


def t_scholarship(g, v):
    _, ag, dept, addr = g.agency("교육")
    rows = [["학년", "성명", "보호자 연락처", "선정 사유"]]
    for _ in range(3):
        rows.append([f"{g.r.randint(1, 6)}학년", g.name(), g.mobile(), g.ch(["성적 우수", "봉사활동", "예체능 특기"])])
    blocks = [("p", f"{g.r.randint(2025, 2026)}학년도 장학생 선정 결과를 다음과 같이 보고합니다."), ("tbl", rows),
              ("p", f"장학금은 학교발전기금에서 지급하며 1인당 {g.money(3, 10)}입니다.")]
    fn = g.ch(["학생 성명과 보호자 연락처는 정보공개 시 가림 처리함(제9조 제1항 제6호).", "개인식별정보는 공개 대상에서 제외."])
    blocks.append(("fn", fn))
    return D("장학생 선정 결과 보고", blocks, "partial", "none", [O6], "학교 보고", "art9_citation", "footnote", fn)


def t_traffic(g, v):
    _, ag, dept, addr = g.agency("경찰")
    n = g.name(); dl = g.dl()
    blocks = [("p", f"수신 {n} 귀하"),
              ("p", f"{g.dstr(style='kor')} {g.ch(['흥덕구 사거리', '해운대로 교차로', '마포대교 북단'])}에서 발생한 교통사고 처리 결과를 알려 드립니다."),
              ("tbl", [["구분", "내용"], ["운전자", n], ["운전면허번호", dl], ["처리 결과", g.ch(["범칙금 부과", "공소권 없음(종합보험 가입)", "안전운전 의무 위반 통고처분"])]]),
              ("p", "이의가 있으면 통지를 받은 날부터 30일 이내에 신청할 수 있습니다.")]
    return D("교통사고 처리 결과 통지", blocks, "partial", "none", [O6, P24], "교통사고 통지", "content_only", "table_cell", dl, pii=[dl])


def t_withheld_sentence(g, v):
    _, ag, dept, addr = g.agency(["지자체", "중앙부처", "공공기관", "교육", "공기업", "국립병원"][v % 6])
    ho = [6, 6, 5][v % 3]
    sent = g.ch([f"붙임 3 개인별 평가표는 {art9(g, ho)}에 해당하여 공개본에서 제외하였습니다.",
                 f"※ 붙임 2의 {'개인정보' if ho == 6 else '검토 의견'} 부분은 가리고 나머지를 공개함({art9(g, ho)}).",
                 f"다만 {'응시자 개인별 점수' if ho == 6 else '내부 검토 의견'}은 이 공개본에 싣지 않았습니다.",
                 f"붙임 2. {'면접위원 명단 및 채점표' if ho == 6 else '부서 의견 조회 결과'} 1부. (비공개)"])
    blocks = [("p", f"{g.ch(['공무직 채용', '청년인턴 선발', '기간제 근로자 채용'])} 결과를 다음과 같이 알려 드립니다."),
              ("p", f"가. 최종 합격자 {g.r.randint(2, 15)}명 (경쟁률 {g.r.randint(3, 30)}:1)"),
              ("p", f"나. 임용 예정일: {g.dstr(style='dot')}"),
              ("p", "붙임  1. 채용 결과 총괄표 1부."), ("p", sent)]
    return D("채용 결과 알림", blocks, "partial", "none", [O6] if ho == 6 else [O5], "채용결과 공문", "withheld_part",
             "attachment_line", sent)


def t_checkbox(g, v):
    _, ag, dept, addr = g.agency(["지자체", "공공기관", "교정", "소방", "교육", "법원", "경찰"][v % 7])
    cls = ["partial", "public", "non_public", "partial"][v % 4]
    box = {"public": "■공개 □부분공개 □비공개", "partial": "□공개 ■부분공개(  6  ) □비공개",
           "non_public": "□공개 □부분공개 ☑비공개(  5  )"}[cls]
    if g.r.random() < 0.5:
        box = box.replace("■", "☑").replace("□", "☐")
    line = f"공개여부  {box}"
    blocks = [("tbl", [["문서번호", g.docno(dept)], ["처리기한", g.dstr(style="dot")], ["공개여부", box]])]
    if cls == "public":
        blocks += [("p", f"{g.ch(['청사 승강기 교체', '민원실 안내표지 정비', '공용차량 교체'])} 추진 계획을 보고합니다."), ("p", f"사업비 {g.money(10, 300)}, 일정 {g.dstr(style='dot')}부터.")]
        reasons = []
    elif cls == "partial":
        n = g.name()
        blocks += [("p", f"{g.ch(['포상', '민원 친절 직원 추천', '명예시민 선정'])} 대상자를 다음과 같이 보고합니다."),
                   ("p", f"대상 시민: {n} (연락처 {g.mobile()}, 주소 {g.address()})"), ("p", "추천 사유: 지역사회 봉사 공로")]
        reasons = [O6]
    else:
        blocks += [("p", f"{g.ch(['업무 재배치(안)', '예산 삭감 대응 방안', '위탁사업 재계약 여부 검토'])}에 관한 내부 검토 결과입니다."),
                   ("p", "확정 전 검토안이므로 관계 부서 협의 후 다시 보고하겠습니다.")]
        reasons = [O5]
    return D("기안문", blocks, cls, "none", reasons, "기안문(서식)", "checkbox", "approval_table", box)


def t_bid(g, v):
    _, ag, dept, addr = g.agency("공기업")
    rows = [["업체", "기술점수", "가격점수", "종합"]]
    for c in ["가 업체", "나 업체", "다 업체"]:
        rows.append([c, "비공개", f"{g.r.randint(10, 20)}.{g.r.randint(0, 9)}", "비공개"])
    blocks = [("p", f"{g.ch(['배전설비 진단', '수질 자동측정망 운영', '고속도로 교통정보 시스템 고도화'])} 용역 제안서 평가 결과를 공개합니다."),
              ("p", f"우선협상대상자: {g.ch(['(주)한빛엔지니어링', '(주)다올시스템', '(주)누리테크'])}"), ("tbl", rows),
              ("p", g.ch(["업체별 기술평가 세부 점수는 영업상 비밀에 해당하여 공개하지 않습니다.",
                          f"세부 평가 내용은 {art9(g, 7)}에 따라 비공개 처리하였습니다."]))]
    return D("제안서 평가 결과", blocks, "partial", "none", [O7], "평가결과 공개", "withheld_part", "body", rows[1][1])


def t_prison_reply(g, v):
    _, ag, dept, addr = g.agency("교정")
    n = g.name()
    blocks = [("p", f"{n} 님께서 문의하신 수용자 접견 예약 건에 대해 회신드립니다."),
              ("p", f"접견 희망일({g.dstr(style='dot')})은 시설 점검으로 운영하지 않으므로 다른 날짜로 다시 예약해 주시기 바랍니다."),
              ("p", f"회신 연락처: {g.mobile()}"),
              ("p", f"{ag} {dept}")]
    return D("민원 회신", blocks, "partial", "none", [O6], "교정 민원회신", "content_only", "content", n)


def t_fire_invest(g, v):
    _, ag, dept, addr = g.agency("소방")
    n = g.name()
    a = g.address()
    blocks = [("p", f"관계인 {n} (주소 {a})"),
              ("p", f"{g.dstr(style='kor')} 발생한 화재의 조사 결과를 통보합니다. 발화 원인은 {g.ch(['전기적 요인(멀티탭 과열)', '부주의(음식물 조리)', '기계적 요인(보일러 과열)'])}으로 추정됩니다."),
              ("p", f"재산 피해는 약 {g.money(10, 500)}으로 집계되었습니다.")]
    hdr = g.ch(["부분공개(6)", "정보공개: 부분공개(개인정보 제외)"]) if v % 2 == 0 else None
    cue, loc, ct = ("gonggae_field", "page_header", hdr) if hdr else ("content_only", "content", n)
    return D("화재조사 결과 통보", blocks, "partial", "none", [O6], "화재조사 통보", cue, loc, ct, header=hdr)


# ================================================================ NON_PUBLIC
CLS_TOPICS_2 = [("을지연습 전시 행정기관 이동 계획", "전시 소산 대상 기관과 이동 경로, 대체 지휘소 위치를 정한다."),
                ("비상대비 중점관리업체 동원 계획", "전시 동원 물자의 종류와 수량, 업체별 지정 현황을 담는다."),
                ("통합방위 작전 협조 계획", "관할 지역 군·경 합동 작전 구역과 초동 조치 절차를 규정한다."),
                ("재외국민 철수 지원 계획", "유사시 대피 집결지와 수송 수단, 연락 체계를 정리한다."),
                ("전시 정부 기능 유지 계획", "핵심 기능별 대체 근무지와 암호 통신 수단을 명시한다.")]
CLS_TOPICS_3 = [("국가중요시설 경비·방호 계획", "취수장·정수장 출입 통제 구역, 경비 인력 배치와 CCTV 사각지대 보완 대책을 정한다."),
                ("댐 비상방류 및 테러 대응 계획", "수문 조작실 접근 경로, 경계 초소 위치와 비상 연락 체계를 담는다."),
                ("변전소 방호 강화 계획", "핵심 변전 설비의 위치와 방호 취약 요소, 복구 우선순위를 정리한다.")]


def t_classified(g, v):
    marking = (["III급"] * 10 + ["II급"] * 5 + ["I급"] * 3)[v % 18]
    kind = ["중앙부처", "지자체", "경찰", "공기업", "소방", "교정"][v % 6]
    _, ag, dept, addr = g.agency(kind)
    fac = (kind == "공기업") or (v % 5 == 4)
    title, gist = g.ch(CLS_TOPICS_3 if fac else CLS_TOPICS_2)
    if kind == "공기업":
        want = "한국전력공사" if "변전소" in title else "한국수자원공사"
        while ag != want:
            _, ag, dept, addr = g.agency(kind)
    stamp, ct = stamp_marking(g, marking)
    reasons = [O1, O3 if fac else O2]
    loc_style = v % 5
    header = footer = None
    blocks = []
    if loc_style == 0:
        header = footer = stamp; loc = "page_header"
    elif loc_style == 1:
        blocks.append(("p", stamp)); loc = "first_line"
    elif loc_style == 2:
        blocks.append(("box", stamp)); loc = "textbox_stamp"
    elif loc_style == 3:
        header = stamp; loc = "page_header"
    else:
        loc = "last_line"
    blocks += [("p", copyno(g)),
               ("p", f"1. 목적: {ag}의 {title}을 수립하여 유사시 임무를 차질 없이 수행하고자 함."),
               ("p", f"2. 개요: 이 계획은 {gist}"),
               ("tbl", [["구분", "책임 부서", "조치 시한"], ["1단계", dept, "상황 접수 후 1시간"], ["2단계", "비상대책반", "3시간 이내"]]),
               ("p", "3. 이 계획의 세부 내용은 취급인가자 외에 열람을 금지함."),
               ("p", yegomun(g, marking))]
    if loc_style == 4:
        blocks.append(("p", stamp))
    return D(f"{title}", blocks, "non_public", marking, reasons, "비밀문서", "classified_stamp", loc, ct,
             header=header, footer=footer, flags=["yegomun", "copy_no"])


DAEOEBI = [
    ("{y}년 하반기 종합감사 실시 계획", [O5], "감사 대상 기관과 중점 점검 항목, 감사반 편성을 정한다. 대상 기관에는 감사 개시 3일 전에 통보한다."),
    ("관내 마약류 유통 첩보 수사 협조 요청", [O4], "첩보 입수 경위와 내사 대상 업소, 잠복 일정이 포함되어 있다."),
    ("청사 방호 취약점 점검 결과", [O3], "출입통제 시스템의 우회 가능 지점과 야간 경비 공백 시간대를 정리했다."),
    ("개방형 직위 후보자 인사 검증 결과", [O6], "후보자별 재산 형성 과정, 병역, 세금 체납 여부 등 검증 내용을 담았다."),
    ("역세권 개발 후보지 비교 검토", [O8], "후보지 세 곳의 지번과 지가 상승 전망을 비교했다. 공개될 경우 투기를 부를 수 있다."),
    ("노동조합 가입 현황 및 교섭 대응 방향", [O6, P23], "부서별 조합원 명단과 가입 일자, 교섭 시 쟁점별 대응 논리를 적었다."),
    ("학교 안전사고 관련 소송 대응 방안", [O4], "진행 중인 손해배상 소송의 쟁점과 예상 판결, 합의 가능 금액을 검토했다."),
    ("공무원 비위 첩보 처리 계획", [O4, O6], "제보된 직원의 실명과 비위 내용, 조사 착수 일정을 담았다."),
]


def t_daeoebi(g, v):
    kind = ["중앙부처", "지자체", "경찰", "교육", "공공기관", "소방", "법원", "공기업"][v % 8]
    _, ag, dept, addr = g.agency(kind)
    tt, reasons, gist = DAEOEBI[v % len(DAEOEBI)]
    title = tt.format(y=g.r.randint(2025, 2026))
    stamp, ct = stamp_marking(g, "대외비")
    st = v % 6
    header = footer = None
    blocks = []
    if st == 0:
        header = footer = stamp; loc = "page_header"
    elif st == 1:
        blocks.append(("box", stamp)); loc = "textbox_stamp"
    elif st == 2:
        title = f"{stamp} {title}"; loc = "title"
    elif st == 3:
        blocks.append(("p", stamp)); loc = "first_line"
    elif st == 4:
        footer = stamp; loc = "page_footer"
    else:
        loc = "last_line"
    pii = []
    blocks += [("p", f"{ag} {dept}에서 작성한 {title.replace(stamp, '').strip()} 자료입니다."),
               ("p", f"□ 주요 내용: {gist}")]
    if O6 in reasons:
        n = g.name()
        blocks.append(("tbl", [["성명", "소속", "비고"], [n, dept, g.ch(["검증 대상", "조합원", "조사 대상"])],
                               [g.name(), dept, g.ch(["검증 대상", "조합원", "조사 대상"])]]))
    blocks += [("p", "□ 향후 계획: 관계 기관과 협의하여 세부 일정을 확정하고 결과를 보고함."),
               ("p", g.ch(["※ 이 문서는 열람 후 반납하시기 바랍니다.", "※ 복사·전재 금지", "※ 관계자 외 열람 금지"]))]
    if st == 5:
        blocks.append(("p", stamp))
    return D(title, blocks, "non_public", "대외비", reasons, "대외비 문서", "daeoebi_stamp", loc, ct, header=header, footer=footer)


def t_discipline(g, v):
    _, ag, dept, addr = g.agency(["지자체", "교육", "경찰", "공공기관", "소방", "중앙부처", "교정"][v % 7])
    n = g.name()
    offense = g.ch([("음주운전(혈중알코올농도 0.0{0}%)으로 벌금 {1}만원의 약식명령을 받은 사실", "음주운전"),
                    ("성희롱 비위로 인한 품위유지의무 위반", "품위유지의무 위반"),
                    ("업무상 횡령으로 징역 1년, 집행유예 2년을 선고받은 사실", "횡령")])
    off_txt = offense[0].format(g.r.randint(80, 190), g.r.randint(300, 1500)) if "{0}" in offense[0] else offense[0]
    blocks = [("p", f"사건번호 {g.r.randint(2025, 2026)}-징계-{g.r.randint(1, 99)}"),
              ("p", f"징계혐의자: {dept} {g.ch(TITLES_OFF)} {n} (생년월일 {g.birth()[0]}. {g.birth()[1]}. {g.birth()[2]}.)"),
              ("p", f"의결 주문: {g.ch(['정직 2개월', '감봉 3개월', '강등', '해임'])}"),
              ("p", f"이유: 징계혐의자는 {off_txt}이 있어 「지방공무원법」 및 「국가공무원법」상 의무를 위반하였다."),
              ("p", f"{g.dstr(style='kor')}  {ag} 인사위원회")]
    return D("징계의결서", blocks, "non_public", "none", [O6, P23], "징계의결서", "content_only", "content", n)


def t_health(g, v):
    _, ag, dept, addr = g.agency(["국립병원", "지자체", "교육", "국립병원", "공공기관"][v % 5])
    n = g.name()
    dx = g.ch(["요추 추간판 탈출증(M51.2)", "주요우울장애(F32.1)", "갑상선암(C73)", "급성 심근경색(I21.9)", "알코올 사용장애(F10.2)"])
    if ag.startswith("국립"):
        blocks = [("p", f"환자명: {n}   등록번호 {g.r.randint(10000000, 99999999)}   나이 {g.r.randint(20, 80)}세"),
                  ("p", f"진단명: {dx}"), ("p", f"경과: 입원 후 {g.r.randint(2, 20)}일째, 약물 치료에 반응 양호함."),
                  ("p", f"담당의 {g.name()} / {dept}")]
        return D("입원 환자 경과 기록 요약", blocks, "non_public", "none", [O6, P23], "진료기록", "content_only", "content", dx)
    blocks = [("p", f"신청인: {dept} {g.ch(TITLES_OFF)} {n}"), ("p", f"휴가 구분: {g.ch(['질병휴가(병가)', '질병휴직'])} {g.r.randint(10, 60)}일"),
              ("p", f"사유: {dx} 진단에 따른 수술 및 요양 (진단서 첨부)"), ("p", "위와 같이 승인함.")]
    return D("병가 승인 결정", blocks, "non_public", "none", [O6, P23], "병가 결정", "content_only", "content", dx)


def t_union(g, v):
    _, ag, dept, addr = g.agency(["공기업", "지자체", "공공기관"][v % 3])
    rows = [["성명", "소속", "조합비(월)"]]
    for _ in range(4):
        rows.append([g.name(), g.ch(["운영지원과", "시설관리팀", "고객지원부", "현장사업소"]), f"{g.r.randint(15, 45) * 1000:,}원"])
    blocks = [("p", f"{g.ch(['공무원노동조합', '공공운수노조 지부', '직원노동조합'])} 조합비 급여 공제 명단({g.r.randint(1, 12)}월분)"),
              ("tbl", rows), ("p", "위 금액을 급여에서 공제하여 조합 계좌로 이체함.")]
    return D("조합비 공제 명단", blocks, "non_public", "none", [O6, P23], "조합비 명단", "content_only", "content", rows[1][0])


def t_investigation(g, v):
    kind = ["경찰", "경찰", "교정", "경찰"][v % 4]
    _, ag, dept, addr = g.agency(kind)
    st = v % 3
    masked = g.masked_name(); n = g.name()
    if kind == "교정":
        blocks = [("p", f"수용자 {n}(수용번호 {g.r.randint(100, 9999)})의 최근 동정을 보고합니다."),
                  ("p", "같은 거실 수용자와 잦은 마찰이 있으며, 외부 공범과 서신으로 진술을 맞추려 한 정황이 있음."),
                  ("p", "서신 검열을 강화하고 다른 거실로 이동시키는 방안을 검토 중임.")]
        reasons = [O4, O6]; title = "수용자 동정 보고"; ct = n
    else:
        sub = masked if st != 2 else n
        blocks = [("p", f"사건: {g.ch(['보이스피싱 조직 자금세탁', '전세사기', '불법 도박사이트 운영'])} 사건"),
                  ("p", f"피의자 {sub} 외 {g.r.randint(2, 9)}명에 대한 계좌 추적 결과를 보고합니다."),
                  ("p", f"추가 공범 확인을 위해 {g.dstr(style='dot')} 압수수색영장을 신청할 예정임."),
                  ("p", g.ch(["수사 진행 중이므로 외부 유출에 주의 바람.", "향후 수사 방향은 팀 회의에서 결정함."]))]
        reasons = [O4, O6] if st == 2 else [O4]
        title = "수사 진행 상황 보고"; ct = "압수수색영장"
    cue, loc = "content_only", "content"
    if st == 1:
        gl = gonggae_line(g, "비공개", 4); blocks.append(("p", gl)); cue, loc, ct = "gonggae_field", "kyulmun", gl
    return D(title, blocks, "non_public", "none", reasons, "수사·교정 보고", cue, loc, ct)


def t_informal(g, v):
    _, ag, dept, addr = g.agency(["중앙부처", "지자체", "공공기관", "공기업", "교육", "지방의회", "국립병원"][v % 7])
    mark = g.ch(["내부 검토용", "내부용 – 외부 유출 금지", "검토 중 자료(배포 금지)", "취급주의", "열람 후 회수",
                 "(내부 참고자료) 대외 배포 불가", "초안 - 확정 전 인용 금지"])
    pos = v % 3
    title = g.ch(["요금 조정 방안 검토", "기관 통폐합 대응 논리", "신규 사업 타당성 사전 검토", "정원 재배치 방향"])
    blocks = [("p", f"1. 검토 배경: {g.ch(['재정 여건 악화', '상위 기관 권고', '감사 지적 사항'])}에 따라 대안을 마련함."),
              ("p", "2. 대안 비교: 1안(단계적 조정)과 2안(일괄 조정)의 재정 효과와 민원 예상 규모를 비교함."),
              ("p", "3. 의견: 1안이 바람직하나 이해관계자 의견 수렴 결과를 보고 최종 결정할 필요가 있음.")]
    header = None
    if pos == 0:
        blocks.insert(0, ("p", mark)); loc = "first_line"
    elif pos == 1:
        header = mark; loc = "page_header"
    else:
        blocks.append(("p", mark)); loc = "last_line"
    return D(title, blocks, "non_public", "none", [O5], "내부 검토", "informal_marking", loc, mark, header=header)


def t_contact_roster(g, v):
    _, ag, dept, addr = g.agency(["지자체", "소방", "교육", "경찰", "국립병원"][v % 5])
    with_rrn = v % 3 == 2
    rows = [["성명", "휴대전화", "자택 주소"] + (["주민등록번호"] if with_rrn else [])]
    pii = []
    for _ in range(4):
        r = [g.name(), g.mobile(), g.address()]
        if with_rrn:
            x = g.rrn(); r.append(x); pii.append(x)
        rows.append(r)
    blocks = [("p", f"{dept} 비상연락망 ({g.dstr(style='dot')} 현행화)"), ("tbl", rows)]
    reasons = [O6, P24] if with_rrn else [O6]
    return D("비상연락망", blocks, "non_public", "none", reasons, "비상연락망", "content_only", "table_cell", rows[1][1], pii=pii)


def t_nonpublic_field(g, v):
    _, ag, dept, addr = g.agency(["지자체", "중앙부처", "공공기관", "교육", "공기업", "법원"][v % 6])
    gl = gonggae_line(g, "비공개", 5)
    blocks = [("p", f"1. {g.ch(['승진 후보자 명부 작성 기준(안)', '성과급 지급 기준 개선(안)', '기관 이전 부지 선정 기준(안)'])}을 다음과 같이 검토하였습니다."),
              ("p", "2. 현재 관계 부서 의견을 수렴 중이며, 확정되지 않은 내용이므로 외부에 인용하지 않도록 유의하여 주시기 바랍니다."),
              ("p", "3. 최종안은 위원회 심의를 거쳐 확정할 예정입니다.  끝.")]
    st = v % 3
    if st == 0:
        blocks += closing(g, ag, dept, addr, gl); loc = "kyulmun"; ct = gl
    elif st == 1:
        blocks += closing(g, ag, dept, addr)
        fn = f"의사결정 과정에 있는 사항으로 {art9(g, 5)}에 따라 비공개."
        blocks.insert(1, ("fn", fn)); loc = "footnote"; ct = fn
    else:
        blocks += closing(g, ag, dept, addr)
        ct = g.ch([f"[비공개 / {art9(g, 5)}]", f"비공개({art9(g, 5)})"])
        blocks.insert(0, ("p", ct)); loc = "first_line"
    return D("검토 보고", blocks, "non_public", "none", [O5], "검토 공문", "gonggae_field" if st != 1 else "art9_citation", loc, ct)


def t_mislabeled_np(g, v):
    _, ag, dept, addr = g.agency(["교육", "지자체", "공공기관"][v % 3])
    gl = gonggae_line(g, "공개")
    n = g.name()
    blocks = [("p", f"1. {dept} {g.ch(TITLES_OFF)} {n}에 대한 {g.ch(['질병휴직', '징계(감봉 1개월)'])} 처분 결과를 알려 드립니다."),
              ("p", f"2. 사유: {g.ch(['우울증 진단(F32.1)에 따른 요양 필요', '음주운전으로 벌금형 확정', '알코올 의존 치료를 위한 입원'])}"),
              ("p", "3. 복무 관리에 참고하시기 바랍니다.  끝.")]
    blocks += closing(g, ag, dept, addr, gl)
    return D("인사 처분 결과 알림", blocks, "non_public", "none", [O6, P23], "인사처분 공문", "mislabeled_field", "kyulmun", gl,
             flags=["printed_field_disagrees"])


def t_court_family(g, v):
    _, ag, dept, addr = g.agency("법원")
    a, b = g.name(), g.name()
    blocks = [("p", f"사건 {g.r.randint(2025, 2026)}드단{g.r.randint(10000, 99999)} 이혼 등"),
              ("p", f"원고 {a}, 피고 {b}"),
              ("p", f"조사 결과: 미성년 자녀(만 {g.r.randint(3, 15)}세)는 현재 원고와 거주하며, 피고는 월 1회 면접교섭을 희망함. 원고는 {g.ch(['우울증 치료 중', '알코올 문제로 상담 중', '경제적 어려움을 호소'])}임."),
              ("p", f"가사조사관 {g.name()}")]
    return D("가사조사보고서", blocks, "non_public", "none", [O4, O6], "가사조사보고서", "content_only", "content", a)


def t_school_violence(g, v):
    _, ag, dept, addr = g.agency("교육")
    a, b = g.name(), g.name()
    blocks = [("p", f"학교폭력대책심의위원회 회의록 (제{g.r.randint(1, 30)}차)"),
              ("p", f"가해 관련 학생: {a}({g.r.randint(1, 3)}학년)  피해 관련 학생: {b}"),
              ("p", "위원 의견: 지속성과 고의성이 인정되며, 피해 학생의 정신적 피해가 큼."),
              ("p", f"결정: {g.ch(['학급교체', '출석정지 5일', '사회봉사 10시간'])} 및 특별교육 이수")]
    return D("학교폭력 심의 회의록", blocks, "non_public", "none", [O5, O6], "학폭 심의", "content_only", "content", a)


def t_ems(g, v):
    _, ag, dept, addr = g.agency("소방")
    n = g.name()
    blocks = [("tbl", [["환자", "연령/성별", "주 증상", "이송 병원"],
                       [n, f"{g.r.randint(20, 90)}/{g.ch('남여')}", g.ch(["흉통, 호흡곤란", "의식 저하", "약물 과다복용 의심"]), g.ch(["충북대병원", "국립중앙의료원", "부산대병원"])]]),
              ("p", f"출동 {g.dstr(style='dot')} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}, 현장 도착 {g.r.randint(4, 15)}분"),
              ("p", f"기왕력: {g.ch(['고혈압, 당뇨', '뇌졸중 과거력', '없음'])}")]
    return D("구급활동일지", blocks, "non_public", "none", [O6, P23], "구급활동일지", "content_only", "table_cell", n)


def t_land(g, v):
    _, ag, dept, addr = g.agency(["지자체", "공기업"][v % 2])
    blocks = [("p", f"{g.ch(['산업단지', '공공주택지구', '물류단지'])} 후보지 비교 검토 결과"),
              ("tbl", [["후보지", "면적", "비고"], [f"{g.ch(['○○면', '△△동'])} 산{g.r.randint(1, 200)}번지 일원", f"{g.r.randint(10, 90)}만㎡", "접근성 양호"],
                       [f"{g.ch(['□□리', '◇◇동'])} {g.r.randint(1, 900)}번지 일원", f"{g.r.randint(10, 90)}만㎡", "보상비 과다"]]),
              ("p", "후보지가 사전에 알려지면 토지 투기와 지가 급등이 예상되므로 발표 전까지 관리에 유의함.")]
    return D("개발 후보지 검토", blocks, "non_public", "none", [O8], "개발 검토", "content_only", "content", "투기")


TEMPLATES = [
    # name, fn, count, allow_formats
    ("t_press", t_press, 14, "any"),
    ("t_notice", t_notice, 9, "any"),
    ("t_mention_guide", t_mention_guide, 6, "any"),
    ("t_mention_foi", t_mention_foi, 5, "any"),
    ("t_mention_cover", t_mention_cover, 5, "any"),
    ("t_mention_grade", t_mention_grade, 6, "any"),
    ("t_mention_declass", t_mention_declass, 4, "any"),
    ("t_council", t_council, 5, "any"),
    ("t_school", t_school, 5, "any"),
    ("t_court_notice", t_court_notice, 3, "any"),
    ("t_fire_public", t_fire_public, 3, "any"),
    ("t_overcautious", t_overcautious, 3, "any"),
    ("t_approval_table", t_approval_table, 12, "any"),
    ("t_minwon", t_minwon, 11, "any"),
    ("t_contract", t_contract, 6, "any"),
    ("t_minutes_partial", t_minutes_partial, 5, "any"),
    ("t_mislabeled_rrn", t_mislabeled_rrn, 4, "any"),
    ("t_subsidy_roster", t_subsidy_roster, 5, "any"),
    ("t_scholarship", t_scholarship, 4, "any"),
    ("t_traffic", t_traffic, 4, "any"),
    ("t_withheld_sentence", t_withheld_sentence, 7, "any"),
    ("t_checkbox", t_checkbox, 8, "any"),
    ("t_bid", t_bid, 4, "any"),
    ("t_prison_reply", t_prison_reply, 3, "any"),
    ("t_fire_invest", t_fire_invest, 4, "any"),
    ("t_classified", t_classified, 18, "any"),
    ("t_daeoebi", t_daeoebi, 12, "any"),
    ("t_discipline", t_discipline, 5, "any"),
    ("t_health", t_health, 5, "any"),
    ("t_union", t_union, 3, "any"),
    ("t_investigation", t_investigation, 6, "any"),
    ("t_informal", t_informal, 6, "any"),
    ("t_contact_roster", t_contact_roster, 5, "any"),
    ("t_nonpublic_field", t_nonpublic_field, 5, "any"),
    ("t_mislabeled_np", t_mislabeled_np, 2, "any"),
    ("t_court_family", t_court_family, 2, "any"),
    ("t_school_violence", t_school_violence, 2, "any"),
    ("t_ems", t_ems, 2, "any"),
    ("t_land", t_land, 2, "any"),
]
