# -*- coding: utf-8 -*-
"""Document templates for sens_r.  Each template takes (rng, k) and returns a dict:
doc, disclosure, marking, reasons, genre, cue, cue_loc, flags, title."""
from lib_sr import (Doc, person, masked_person, rrn, rrn_masked, dob, mobile, account, address, company,
                    ymd, dstr, won, agency, office_tel, staff, docno)

# ---------------------------------------------------------------- building blocks
EMAIL_IDS = ["kjh", "lsy", "pms", "cyj", "jdh", "kes", "yhj", "shm", "hjw", "ojs", "bkr", "nhy", "kmc", "ldw"]

def email(rng, ag):
    dom = "korea.kr" if ag["kind"] in ("ministry", "metro", "local", "fire", "police", "edu") else ag["site"].replace("www.", "")
    return "%s%d@%s" % (rng.choice(EMAIL_IDS), rng.randint(1, 999), dom)

def head(d, ag, rng, title, recv=None, internal=False):
    d.title(ag["name"])
    if internal:
        d.p("수신  내부결재")
    else:
        d.p("수신  " + (recv or rng.choice(["수신자 참조", "각 실·국·과장", "각 부서장", "각 소속기관장", "관계기관장"])))
    d.p("(경유)")
    d.p("제목  " + title)
    d.p("")

def close(d, ag, rng, dept, disc=None, approval="text", internal=False, extra_rows=None, recvlist=None, date=None):
    """결문.  disc = string printed at the end of the last line (e.g. '부분공개(6)'); None = no field."""
    st = staff(rng, ag)
    date = date or ymd(rng)
    d.p("")
    if not internal:
        d.p(ag["head"] + rng.choice(["", "", " [직인생략]"]), "c")
        if recvlist:
            d.p("수신자  " + recvlist)
    if approval == "text":
        d.p("  ".join(("★" if i == 0 else "") + "%s %s" % (r, n) for i, (r, n) in enumerate(st[:2])) +
            "    %s %s" % (st[2][0], rng.choice(["", "전결 "]) + dstr(date, 1)[5:]) + " " + st[2][1])
        d.p("협조자" + rng.choice(["", "  " + rng.choice(["예산팀장", "감사팀장", "주무관"]) + " " + person(rng)]))
    else:
        rows = [["구분"] + [r for r, _ in st], ["결재"] + [n for _, n in st]]
        if extra_rows:
            rows += extra_rows
        d.table(rows)
    dept_no = docno(rng, dept)
    d.p("시행  %s (%s)    접수  " % (dept_no, dstr(date, 1)))
    d.p("우 %s  %s  / %s" % (ag["zip"], ag["addr"], ag["site"]))
    tail = "전화번호 %s  팩스번호 %s  / %s" % (office_tel(rng, ag), office_tel(rng, ag), email(rng, ag))
    if disc:
        tail += "  / " + disc
    d.p(tail)
    return st

FILL = [
    "○ {t} 관련 현장 점검을 {n}회 실시하여 지적사항 {m}건을 시정 완료함",
    "○ 관계기관 실무협의({n}회)를 통해 {t} 추진 일정과 역할 분담을 확정함",
    "○ {t} 예산 {a}백만원 중 {p}%를 집행하였으며, 잔액은 하반기에 집행할 예정임",
    "  - 읍·면·동별 추진 실적을 분기마다 취합하여 성과관리시스템에 등록",
    "○ 이용자 만족도 조사 결과 '만족' 이상 응답 비율이 {p}%로 전년 대비 상승",
    "○ 추진 과정에서 제기된 애로사항은 소관 부서별로 검토하여 개선 과제로 관리",
    "  - 담당자 교육({n}회, 연인원 {m}명)을 실시하여 업무 처리 기준을 통일",
    "○ {t}의 법적 근거와 세부 기준을 정비하기 위해 관련 규정 개정을 검토 중",
    "○ 유관기관 간 정보 공유 체계를 구축하고 월 1회 점검 회의를 정례화함",
    "  - 향후 {t} 성과 지표를 재설정하고 외부 전문가 자문을 거쳐 보완 예정",
    "○ 전년도 지적사항 {m}건에 대한 이행 여부를 확인한 결과 모두 조치 완료",
    "○ 시범 운영 결과를 분석하여 내년도 본사업 확대 여부를 결정할 계획임",
    "  - 민원 처리 기간은 평균 {n}.{m}일로 법정 처리기한 이내 처리",
    "○ {t} 추진상황 보고회를 개최({n}회)하여 부서 간 협업 과제를 점검",
    "  - 홍보물 {a}부를 제작·배부하고 누리집과 SNS를 통해 안내",
    "○ 안전사고 예방을 위해 사전 위험성 평가를 실시하고 결과를 반영함",
    "○ 재정 여건을 고려하여 단계별 추진 방안을 마련하고 국비 확보를 추진",
    "  - 관련 통계는 매월 말 기준으로 갱신하여 관리",
    "○ {t} 관련 조례·규칙 등 자치법규 {m}건을 일괄 정비하여 상위 법령과의 불일치를 해소",
    "  - 부서별 이행 실적을 반기별로 평가하여 우수 부서에 포상금 지급",
    "○ {t} 전담 TF를 구성({n}개 부서, {m}명)하여 주 1회 추진상황을 점검",
    "○ 취약계층 접근성 제고를 위해 찾아가는 설명회를 {n}회 개최하고 안내문 {a}부를 배부",
    "  - 외국인 주민을 위한 다국어(영어·중국어·베트남어) 안내 자료 제작",
    "○ {t} 운영 매뉴얼을 개정하여 단계별 처리 절차와 책임 부서를 명확히 함",
    "○ 국비 {a}백만원, 시·도비 {m}백만원을 확보하여 총사업비의 {p}%를 충당",
    "  - 사업 지연 구간은 공정 관리를 강화하고 주간 공정회의를 개최",
    "○ 모니터링 결과 일부 시설의 노후화가 확인되어 연차별 교체 계획을 수립",
    "○ 관련 민원 {m}건을 분석한 결과 안내 부족에 따른 민원이 {p}%를 차지",
    "  - 누리집 자주 묻는 질문(FAQ)을 보완하고 콜센터 상담 매뉴얼에 반영",
    "○ {t} 성과를 외부 평가기관에 의뢰하여 객관적인 효과성 분석을 실시",
    "○ 유사 사업과의 중복을 방지하기 위해 관계 부서 간 대상자 정보를 연계",
    "  - 사업 종료 후 사후관리 기간을 {n}개월로 설정하여 이행 여부 확인",
    "○ 중앙부처 공모사업에 선정되어 특별교부세 {a}백만원을 추가 확보",
    "○ 현장 의견 수렴을 위해 간담회를 {n}회 개최하고 건의사항 {m}건을 검토",
    "  - 수용 곤란 건의사항은 사유를 명시하여 회신",
    "○ 기상 악화 등 돌발 상황에 대비한 비상 대응 절차를 마련하고 모의훈련 실시",
    "○ {t} 관련 계약 {n}건을 점검한 결과 설계변경 사유가 적정한 것으로 확인",
    "  - 정산 과정에서 발생한 집행 잔액 {a}만원은 반납 조치",
]

def filler(rng, topic, n):
    out = []
    pool = list(FILL)
    rng.shuffle(pool)
    for s in pool[:n]:
        out.append(s.format(t=topic, n=rng.randint(2, 9), m=rng.randint(3, 48), a=rng.randint(12, 980), p=rng.randint(61, 97)))
    return out

def long_sections(d, rng, topic, nsec=4, per=5):
    heads = ["Ⅰ. 추진 배경", "Ⅱ. 추진 경과", "Ⅲ. 주요 추진 내용", "Ⅳ. 문제점 및 개선 방향", "Ⅴ. 향후 계획"]
    allf = filler(rng, topic, len(FILL))
    per = min(per, len(allf) // nsec)
    for si, h in enumerate(heads[:nsec]):
        d.p(h)
        for ln in allf[si * per:(si + 1) * per]:
            d.p(ln)
        if per >= 6 and si == 2:
            rows = [["구분", "%d년" % (y := rng.choice([2023, 2024])), "%d년" % (y + 1), "증감", "비고"]]
            for it in rng.sample(["교육", "홍보", "점검", "시설 개선", "상담", "행사", "장비 확충", "민원 처리"], 5):
                a, b = rng.randint(10, 900), rng.randint(10, 900)
                rows.append([it, "{:,}".format(a), "{:,}".format(b), "%+d" % (b - a), rng.choice(["", "", "목표 초과", "일정 지연"])])
            d.table(rows)
        d.p("")

DISTRICTS = ["중앙동", "동부동", "서부동", "남산동", "북문동", "신흥동", "효자동", "연화동", "송정동", "매화동", "청룡동", "백운동",
             "금곡동", "대명동", "장안동", "성내동", "월산동", "용두동"]

def appendix(d, rng, topic):
    d.p("[참고] %s 동별 세부 추진 실적" % topic)
    rows = [["동", "계획(건)", "실적(건)", "집행액(천원)", "주요 내용", "비고"]]
    for dong in rng.sample(DISTRICTS, rng.randint(12, 16)):
        a = rng.randint(5, 90)
        b = a + rng.randint(-5, 12)
        rows.append([dong, str(a), str(max(0, b)), "{:,}".format(rng.randint(1000, 90000)),
                     rng.choice(["현장 점검 및 시정", "주민 홍보·교육", "시설물 보수", "취약가구 방문", "캠페인 실시", "합동 단속"]),
                     rng.choice(["", "", "", "우수", "부진(사유 보고)"])])
    d.table(rows)
    for ln in filler(rng, topic, 4):
        d.p(ln)
    d.p("")

def josa(word, pair):
    """pair like '은는', '이가', '을를', '과와' -> word + correct particle."""
    ch = word[-1]
    if "가" <= ch <= "힣":
        has = (ord(ch) - 0xAC00) % 28 != 0
    else:
        has = ch in "0136789LMNRlmnr"
    return word + (pair[0] if has else pair[1])

def dept_head(dept):
    if dept.endswith(("관", "위원회", "관실")):
        return dept + (" 국장" if dept.endswith("위원회") else "")
    return dept + "장"

def R(*codes):
    return sorted(set(codes))

def out(doc, disc, marking, reasons, genre, cue, cue_loc, flags, title, cue_text=None):
    return dict(doc=doc, disclosure=disc, marking=marking, reasons=sorted(reasons), genre=genre, cue=cue, cue_loc=cue_loc,
                flags=sorted(set(flags)), title=title, cue_text=cue_text)

PUB_FIELD = ["공개", "공개", "공개구분: 공개", "공개"]

# ====================================================================== PUBLIC: mention-only
def m_sec_guide(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    y = rng.choice([2025, 2026])
    title = rng.choice(["%d년 보안업무 교육 실시 및 비밀·대외비 관리 철저 요청" % y,
                        "비밀 및 대외비 문서 생산·관리 요령 안내",
                        "%d년 하반기 보안업무 자체 점검 계획 알림" % y,
                        "대외비 표시 누락 방지 등 문서 보안관리 강화 알림"])
    head(d, ag, rng, title)
    d.p("1. 관련: 「보안업무규정」, 같은 규정 시행규칙 및 %s 보안업무 시행세칙" % ag["name"])
    d.p("2. 최근 %s 사례가 확인되어, 아래와 같이 관리 기준을 안내하오니 소속 직원이 숙지할 수 있도록 협조하여 주시기 바랍니다." %
        rng.choice(["대외비 문서를 일반문서로 생산·배포하거나 보호기간을 기재하지 않은",
                    "비밀 사본에 사본번호를 부여하지 않고 복제한",
                    "Ⅲ급 비밀의 예고문을 누락하거나 보관 용기 잠금장치를 관리하지 않은",
                    "퇴근 시 대외비 문서를 책상 위에 방치한"]))
    d.p("  가. 교육 개요")
    t = ymd(rng)
    d.p("    - 일시: %s 14:00~16:00 / 장소: 본관 %d층 대회의실" % (dstr(t), rng.randint(2, 9)))
    d.p("    - 대상: 비밀취급 인가자 및 부서 보안담당자 (약 %d명)" % rng.randint(30, 160))
    d.p("  나. 주요 관리 기준")
    items = [
        "1) 대외비는 문서 상·하단 중앙에 '대외비'를 표시하고 '%d. 12. 31.까지 대외비'와 같이 보호기간을 명시" % (y + 1),
        "2) Ⅲ급비밀 등 비밀을 생산할 때에는 예고문(예: '%d. 6. 30.까지 Ⅲ급비밀, 이후 일반문서로 재분류')을 기재" % (y + 2),
        "3) 비밀 사본을 제작할 때에는 사본번호를 부여하고 비밀관리기록부에 기록",
        "4) 비밀·대외비는 인터넷 PC, 개인 전자우편, 메신저로 송수신하지 않음",
        "5) 업무용 PC 및 문서보관함 비밀번호는 분기 1회 이상 변경",
    ]
    if rng.random() < 0.5:
        items[0], items[1] = items[1].replace("2)", "1)"), items[0].replace("1)", "2)")
    for it in items:
        d.p("    " + it)
    if k % 2 == 0:
        d.p("  다. 등급별 표시 방법")
        d.table([["구분", "표시 위치", "보호기간 표시", "비고"],
                 ["Ⅰ급비밀", "상·하단 중앙", "예고문", "취급 인가자 한정"],
                 ["Ⅱ급비밀", "상·하단 중앙", "예고문", "사본번호 부여"],
                 ["Ⅲ급비밀", "상·하단 중앙", "예고문", "사본번호 부여"],
                 ["대외비", "상·하단 중앙", "'○○까지 대외비'", "비밀에 준하여 관리"]])
    d.p("붙임  보안업무 교육 자료 1부.  끝.")
    close(d, ag, rng, dept, rng.choice(PUB_FIELD), recvlist="각 실·국·과" if k % 3 == 0 else None)
    return out(d, "public", "none", [], "지침안내", "mention-only: guide on handling 대외비/비밀; 결문 공개", "closing_field",
               ["mention_only", "stated"], title)

def m_foi_guide(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["정보공개 업무 처리 요령 안내", "공개구분 표시 및 정보공개 청구 처리 기준 알림",
                        "정보공개 청구 처리 시 유의사항 안내", "원문정보 공개 확대를 위한 공개구분 재검토 요청"])
    head(d, ag, rng, title)
    d.p("1. 관련: 「공공기관의 정보공개에 관한 법률」 제9조, 같은 법 시행령 및 「행정업무의 운영 및 혁신에 관한 규정」")
    d.p("2. 문서 생산 시 공개구분을 과도하게 '비공개'로 지정하는 사례가 많아, 다음 사항을 안내하니 업무에 참고하시기 바랍니다.")
    d.p("  가. 결문의 공개구분은 '공개', '부분공개', '비공개'로 구분하고, 부분공개·비공개의 경우 해당 호를 괄호 안에 표시")
    d.p("     (예시) 공개  /  부분공개(6)  /  비공개(제9조 제1항 제5호)  /  비공개(4)")
    d.p("  나. 의사결정 과정 또는 내부검토 과정에 있는 정보(제5호)라도 의사결정이 끝나면 원칙적으로 공개 대상으로 재분류")
    d.p("  다. 개인 이름·주민등록번호 등 개인에 관한 사항(제6호)이 일부 포함된 경우에는 전부 비공개하지 말고 해당 부분만 가리고 부분공개")
    d.p("  라. 공무원의 성명·직위는 공개 대상이므로 결재란·담당자 표시를 이유로 비공개하지 않음")
    if k % 2 == 1:
        d.table([["비공개 사유", "해당 호", "예시"],
                 ["법령상 비밀", "제1호", "보안업무규정에 따른 비밀"],
                 ["국가안전보장 등", "제2호", "비상대비 계획"],
                 ["생명·신체 보호", "제3호", "시설 경비 배치 현황"],
                 ["수사·재판", "제4호", "수사 중인 사건 기록"],
                 ["감사·의사결정 과정", "제5호", "내부 검토 보고서"],
                 ["개인정보", "제6호", "수급자 명단"],
                 ["법인 영업상 비밀", "제7호", "업체 원가 자료"],
                 ["특정인 이익·불이익", "제8호", "개발 예정지 정보"]])
    d.p("3. 공개구분 재분류 결과는 %s까지 %s로 제출하여 주시기 바랍니다." % (dstr(ymd(rng)), dept))
    d.p("붙임  1. 비공개 대상 정보 세부 기준 1부.")
    d.p("      2. 공개구분 재분류 대장(서식) 1부.  끝.")
    close(d, ag, rng, dept, rng.choice(PUB_FIELD))
    return out(d, "public", "none", [], "지침안내", "mention-only: FOI guide quoting 부분공개(6)/비공개(제5호); 결문 공개", "closing_field",
               ["mention_only", "stated"], title)

def m_password(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["업무용 PC 비밀번호 일제 변경 안내", "정보보안 점검 결과 및 비밀번호 관리 강화 알림",
                        "행정포털 계정 비밀번호 변경 주기 단축 안내", "사이버보안 진단의 날 운영 안내"])
    head(d, ag, rng, title)
    n = rng.randint(9, 12)
    d.p("1. 최근 공공기관을 대상으로 한 계정 탈취 시도가 증가함에 따라 업무용 계정의 비밀번호를 아래와 같이 일제히 변경하고자 합니다.")
    d.p("2. 변경 기준")
    d.p("  가. 영문 대·소문자, 숫자, 특수문자를 조합하여 %d자리 이상으로 설정" % n)
    d.p("  나. 생년월일, 전화번호, 연속된 숫자(1234 등)는 비밀번호로 사용 금지")
    d.p("  다. 비밀번호는 메모지·모니터 부착 등으로 노출하지 말고, 타인과 공유하지 않음")
    d.p("  라. 비밀번호 %d회 이상 오류 시 계정이 잠기며, 해제는 %s로 요청" % (rng.randint(3, 5), dept))
    d.p("3. 변경 기한: %s까지 (기한 내 미변경 계정은 자동 잠금)" % dstr(ymd(rng)))
    if k % 2 == 0:
        d.p("4. 아울러 대외비 이상 문서는 개인 PC에 저장하지 말고 문서관리시스템의 보안폴더를 이용하시기 바랍니다.")
    d.p("붙임  안전한 비밀번호 설정 가이드 1부.  끝.")
    close(d, ag, rng, dept, rng.choice(PUB_FIELD + [None]))
    return out(d, "public", "none", [], "공문", "mention-only: 비밀번호 notice", "content", ["mention_only"], title)

def m_grades(rng, k):
    ag = agency(rng, ["ministry", "metro"])
    d = Doc()
    t = ymd(rng)
    title = rng.choice(["인사발령", "인 사 발 령", "고위공무원 및 과장급 인사발령"])
    d.title(ag["name"] + " " + title)
    d.p("%s 자" % dstr(t))
    rows = [["성명", "발령사항", "현 직위"]]
    grade_rows = [("관리관(1급)", "기획조정실장에 임함"), ("이사관(2급)", "정책기획관에 보함"), ("부이사관(3급)", "%s에 보함" % dept_head(rng.choice(ag["depts"]))),
                  ("3급 승진", "부이사관 승진 임용"), ("서기관(4급)", "%s 직무대리를 명함" % dept_head(rng.choice(ag["depts"]))),
                  ("고위공무원 나등급", "%s 국장에 보함" % rng.choice(["정책", "안전", "복지", "도시"]))]
    rng.shuffle(grade_rows)
    for g, a in grade_rows[:rng.randint(4, 6)]:
        rows.append([person(rng), "%s / %s" % (g, a), rng.choice([dept_head(rng.choice(ag["depts"])), rng.choice(ag["depts"]) + " 서기관", "교육 파견(국립외교원)"])])
    d.table(rows)
    d.p("")
    d.p(ag["head"])
    if k % 2 == 0:
        d.p("※ 3급 이상 승진자는 %s 임용장 수여식에 참석" % dstr(ymd(rng)))
    return out(d, "public", "none", [], "인사", "mention-only: civil-service grades (3급/1급) not classification", "content",
               ["mention_only"], title)

def m_audit_sum(rng, k):
    ag = agency(rng)
    d = Doc()
    y = rng.choice([2025, 2026])
    title = "%d년 %s 보안감사 결과 (공개용 요약)" % (y, ag["name"])
    d.title(title)
    d.p("1. 감사 개요")
    d.p("  ○ 감사기간: %s ~ %s (%d일간)" % (dstr(ymd(rng, y, y)), dstr(ymd(rng, y, y)), rng.randint(3, 5)))
    d.p("  ○ 감사분야: 비밀 관리, 보호구역 관리, 정보통신보안, 보안교육")
    d.p("2. 감사 결과")
    d.table([["분야", "점검 항목", "결과", "조치"],
             ["비밀 관리", "Ⅱ급·Ⅲ급 비밀 보유 및 예고문 기재", "적정", "-"],
             ["대외비 관리", "대외비 보호기간 표시", "미흡(%d건)" % rng.randint(2, 7), "시정"],
             ["정보통신보안", "PC 비밀번호 변경 주기", "미흡(%d대)" % rng.randint(3, 20), "주의"],
             ["보호구역", "통제구역 출입자 기록", "적정", "-"]])
    d.p("3. 조치 사항: 지적사항은 %s까지 시정 완료하고 결과를 제출하도록 통보함" % dstr(ymd(rng)))
    d.p("※ 세부 취약점 및 보호구역 위치는 공개 시 시설 보안에 지장이 있어 이 요약본에서 제외하였으며, 이 요약본은 공개합니다.")
    return out(d, "public", "none", [], "감사결과", "mention-only: public security-audit summary", "content", ["mention_only"], title)

def m_declass(rng, k):
    ag = agency(rng, ["ministry", "metro", "soe"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["비밀 재분류(일반문서 전환) 결과 통보", "보호기간 만료 대외비 문서 일반문서 재분류 알림", "비밀 예고문에 따른 재분류 처리 결과 알림"])
    head(d, ag, rng, title)
    y = rng.choice([2024, 2025])
    d.p("1. 관련: %s 보안업무 시행세칙" % ag["name"])
    d.p("2. 예고문에 따라 보호기간이 만료된 아래 문서를 %d. 12. 31.부로 일반문서로 재분류하였음을 알려드립니다." % y)
    rows = [["연번", "문서번호", "당초 등급", "재분류"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), docno(rng, dept), rng.choice(["Ⅲ급비밀", "대외비", "Ⅲ급비밀", "Ⅱ급비밀"]), "일반문서"])
    d.table(rows)
    d.p("3. 각 부서는 보유 중인 사본의 비밀 표시를 삭선 처리하고 비밀관리기록부를 정리하여 주시기 바랍니다.  끝.")
    close(d, ag, rng, dept, rng.choice(PUB_FIELD))
    return out(d, "public", "none", [], "공문", "mention-only: declassification notice", "closing_field", ["mention_only", "stated"], title)

def m_cover(rng, k):
    ag = agency(rng, ["ministry", "metro", "police", "soe"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["%d년 비상대비계획 보완 자료 송부" % rng.choice([2025, 2026]), "통합방위 관련 자료 송부", "관계기관 합동 점검 결과 송부"])
    head(d, ag, rng, title)
    g = rng.choice(["Ⅲ급 비밀", "3급 비밀", "Ⅱ급비밀", "대외비"])
    d.p("1. 귀 기관의 무궁한 발전을 기원합니다.")
    d.p("2. %s 요청에 따라 관련 자료를 송부하오니 업무에 참고하시기 바랍니다." % docno(rng, rng.choice(["비상대비과", "안전정책과", "경비과"])))
    d.p("3. 붙임 자료는 %s로 분류되어 있으므로 전자문서로 발송하지 않고 비밀 수발 절차에 따라 별도 인편 송부합니다." % g)
    d.p("붙임  %s 1부(%s, 별도 송부).  끝." % (title.replace(" 송부", ""), g))
    close(d, ag, rng, dept, rng.choice(PUB_FIELD))
    return out(d, "public", "none", [], "공문", "mention-only: cover letter; attachment classified and sent separately", "attachment_line",
               ["mention_only", "stated"], title)

def m_foi_notice(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = "정보 %s 결정 통지서" % rng.choice(["비공개", "(비공개)", "부분공개"])
    d.title(title)
    d.table([["접수번호", "%d-%02d-%07d" % (rng.randint(1, 9), rng.randint(20, 26), rng.randint(0, 9999999)), "접수일자", dstr(ymd(rng), 1)],
             ["청구인", masked_person(rng), "청구 내용", rng.choice(["○○사업 감사 결과 보고서 일체", "○○동 재개발 관련 내부 검토자료", "○○사건 수사기록", "직원 징계 관련 회의록"])]])
    reason = rng.choice([("제5호", "감사 결과 최종 확정 전의 내부검토 과정에 있는 정보로서, 공개될 경우 업무의 공정한 수행에 현저한 지장을 초래"),
                         ("제4호", "진행 중인 수사에 관한 사항으로서 공개될 경우 직무수행을 현저히 곤란하게 함"),
                         ("제6호", "징계 대상자 등 개인에 관한 사항이 포함되어 사생활의 비밀을 침해할 우려"),
                         ("제1호", "「보안업무규정」에 따라 Ⅲ급 비밀로 분류된 문서")])
    d.p("비공개 내용 및 사유: 「공공기관의 정보공개에 관한 법률」 제9조 제1항 %s — %s" % reason)
    d.p("불복 구제 방법: 이 결정에 불복하는 경우 결정 통지를 받은 날부터 30일 이내에 이의신청, 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.")
    d.p("")
    d.p(ag["head"] + " (직인생략)")
    return out(d, "public", "none", [], "정보공개결정", "mention-only: 비공개 결정 통지 (requester masked)", "content", ["mention_only"], title)

def m_pipa_edu(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["개인정보 보호 교육 실시 및 주민등록번호 처리 제한 안내", "민원서식 주민등록번호 수집 항목 정비 요청", "개인정보 노출 방지를 위한 게시물 점검 안내"])
    head(d, ag, rng, title)
    d.p("1. 관련: 「개인정보 보호법」 제23조(민감정보의 처리 제한), 제24조(고유식별정보의 처리 제한), 제24조의2(주민등록번호 처리의 제한)")
    d.p("2. 누리집 게시물과 민원서식에서 주민등록번호가 노출되는 사례가 반복되어, 다음과 같이 점검하여 주시기 바랍니다.")
    d.p("  가. 서식의 주민등록번호 기재란은 법령 근거가 없으면 생년월일로 대체")
    d.p("     (작성 예시) 성명: 홍길동 / 주민등록번호: 000000-0000000 → 생년월일: 0000. 00. 00.")
    d.p("  나. 부득이 게시하는 경우 뒷자리를 가려 표시 (예: 900101-1******)")
    d.p("  다. 건강·질병 정보, 노동조합 가입 여부 등 민감정보는 별도 동의 없이 수집 금지")
    d.p("  라. 정보공개 청구 시에는 개인정보 부분을 가린 뒤 부분공개하고, 전부 비공개 처리하지 않도록 유의")
    d.p("붙임  개인정보 노출 점검표 1부.  끝.")
    close(d, ag, rng, dept, rng.choice(PUB_FIELD))
    return out(d, "public", "none", [], "지침안내", "mention-only: PIPA training; only placeholder/masked examples", "closing_field",
               ["mention_only", "stated"], title)

def m_press_foi(rng, k):
    ag = agency(rng, ["metro", "local", "ministry"])
    d = Doc()
    n = rng.randint(800, 9000)
    title = rng.choice(["%s, 보호기간 지난 비공개 기록물 %s건 공개 전환" % (ag["name"], "{:,}".format(n)),
                        "%s, 대외비 문서 관리 실태 일제 점검" % ag["name"],
                        "\"정보공개 더 넓게\" %s, 결재문서 원문공개율 %d%% 달성" % (ag["name"], rng.randint(70, 95))])
    d.p("보 도 자 료", "t")
    t = ymd(rng)
    d.p("보도 일시: %s %s" % (dstr(t), rng.choice(["(배포 즉시 보도)", "조간", "11:00 이후"])))
    d.title(title)
    d.p("- 비공개 사유가 해소된 기록물을 재분류하고, 원문정보 공개를 확대")
    d.p("")
    d.p("□ %s %s 기록물 공개 재분류 결과, 30년이 지난 비공개 기록물 등 %s건을 공개로 전환했다고 밝혔다." % (josa(ag["name"], "은는"), dstr(t, 2), "{:,}".format(n)))
    d.p("□ 이번 재분류는 「공공기록물 관리에 관한 법률」에 따라 비공개 기록물의 공개 여부를 주기적으로 다시 검토하는 절차로, "
        "개인정보가 포함된 기록물은 해당 부분을 가린 뒤 부분공개하였다.")
    d.p("□ 또한 보호기간이 만료된 대외비 문서와 예고문에 따라 재분류된 Ⅲ급 비밀 %d건도 일반문서로 전환해 목록을 공개했다." % rng.randint(3, 40))
    d.p("□ %s 관계자는 \"국민의 알 권리를 보장하기 위해 비공개 지정을 최소화하겠다\"고 말했다." % ag["name"])
    st = staff(rng, ag)
    dept = rng.choice(ag["depts"])
    d.table([["담당 부서", dept, "책임자", "과장 %s (%s)" % (person(rng), office_tel(rng, ag))],
             ["", "", "담당자", "%s %s (%s)" % (st[0][0], st[0][1], office_tel(rng, ag))]])
    return out(d, "public", "none", [], "보도자료", "mention-only: press release about declassification/비공개 records", "content",
               ["mention_only"], title)

# ====================================================================== PUBLIC: regular
PRESS_TOPICS = [
    ("어르신 무더위쉼터 %d곳 확대 운영", "폭염 대비"), ("전통시장 화재안전 합동점검 실시", "화재 예방"),
    ("청년 월세 지원 신청 접수 시작", "청년 주거"), ("초등학교 통학로 안전시설 정비 완료", "통학로 안전"),
    ("겨울철 한파 대비 종합대책 추진", "한파 대비"), ("공공자전거 이용 %d만 건 돌파", "공공자전거"),
    ("생활폐기물 감량 우수 동 시상", "폐기물 감량"), ("지역화폐 할인율 상향 운영", "지역화폐"),
    ("산불 조심 기간 운영 및 불법 소각 단속", "산불 예방"), ("고속도로 졸음쉼터 %d곳 추가 설치", "졸음쉼터"),
    ("학교 급식실 환기설비 개선 추진", "급식실 환경"), ("전세사기 예방 상담센터 확대 운영", "전세사기 예방"),
]

def p_press(rng, k):
    ag = agency(rng)
    d = Doc()
    tt, topic = PRESS_TOPICS[k % len(PRESS_TOPICS)]
    title = "%s, %s" % (ag["name"], tt % rng.randint(10, 90) if "%d" in tt else tt)
    t = ymd(rng)
    d.table([["보도자료", "", "배포일시", dstr(t)], ["", "", "보도일시", rng.choice(["배포 즉시", dstr(t) + " 조간", dstr(t) + " 12:00"])]])
    d.title(title)
    d.p("- %s 관련 %s" % (topic, rng.choice(["현장 중심 대응체계 가동", "주민 불편 최소화 위해 단계적 시행", "관계기관 협업으로 사각지대 해소"])))
    d.p("")
    d.p("□ %s %s %s 대책을 마련하여 본격 추진한다고 밝혔다." % (josa(ag["name"], "은는"), dstr(t, 2), topic))
    for ln in filler(rng, topic, rng.randint(3, 6)):
        d.p("□ " + ln.strip("○ -"))
    d.p("□ %s 관계자는 \"%s\"고 당부했다." % (ag["name"], rng.choice(["시민 여러분의 적극적인 관심과 참여를 부탁드린다", "현장의 목소리를 반영해 빈틈없이 추진하겠다"])))
    st = staff(rng, ag)
    dept = rng.choice(ag["depts"])
    if k % 2 == 0:
        d.table([["담당 부서", dept, "책임자", "%s %s (%s)" % (st[2][0], st[2][1], office_tel(rng, ag))],
                 ["", "", "담당자", "%s %s (%s)" % (st[0][0], st[0][1], office_tel(rng, ag))]])
    else:
        d.p("※ 문의: %s %s %s %s(%s)" % (ag["name"], dept, st[0][0], st[0][1], office_tel(rng, ag)))
    return out(d, "public", "none", [], "보도자료", "content: press release; only officials named", "content", [], title)

GM_TOPICS = [
    ("%d년 안전한국훈련 참여 협조 요청", "안전한국훈련"), ("지방세 체납액 일제 정리기간 운영 알림", "체납액 정리"),
    ("봄철 산불 예방 홍보 협조 요청", "산불 예방"), ("%d년 민원서비스 종합평가 자료 제출 요청", "민원서비스 평가"),
    ("공공청사 에너지 절약 실천 협조", "에너지 절약"), ("지역 축제 안전관리계획 제출 안내", "축제 안전관리"),
    ("적극행정 우수사례 경진대회 개최 알림", "적극행정"), ("도서관 독서문화 프로그램 운영 안내", "독서문화 프로그램"),
    ("학교 통학차량 안전 점검 실시 알림", "통학차량 점검"), ("청렴 교육 이수 협조 요청", "청렴 교육"),
]

def p_gongmun(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    tt, topic = GM_TOPICS[k % len(GM_TOPICS)]
    title = tt % rng.choice([2025, 2026]) if "%d" in tt else tt
    head(d, ag, rng, title)
    d.p("1. 관련: %s" % rng.choice(["%s-%d(%s)호" % (dept, rng.randint(100, 9000), dstr(ymd(rng), 1)), "「재난 및 안전관리 기본법」 제34조의9", "%s 업무계획" % ag["name"]]))
    d.p("2. %s 관련하여 아래와 같이 %s 협조하여 주시기 바랍니다." % (josa(topic, "과와"), rng.choice(["알려드리니", "안내하오니"])))
    t = ymd(rng)
    d.p("  가. 기간: %s ~ %s" % (dstr(t), dstr(ymd(rng))))
    d.p("  나. 대상: %s" % rng.choice(["소속 전 직원", "관내 읍·면·동", "각급 학교", "소관 공공시설"]))
    d.p("  다. 주요 내용")
    for ln in filler(rng, topic, 3):
        d.p("    " + ln.replace("○ ", "- "))
    d.p("  라. 제출 기한: %s까지 업무관리시스템으로 제출" % dstr(ymd(rng)))
    d.p("붙임  %s 계획 1부.  끝." % topic)
    appr = "table" if k % 3 == 0 else "text"
    field = rng.choice(["공개", "공개", "공개구분 : 공개", "/ 공개"]).lstrip("/ ")
    if appr == "table":
        close(d, ag, rng, dept, None, approval="table", extra_rows=[["공개여부", field, "", ""]])
        loc = "approval_table"
    else:
        close(d, ag, rng, dept, field)
        loc = "closing_field"
    return out(d, "public", "none", [], "공문", "stated 공개 in 결문; routine content", loc, ["stated"], title)

def p_result(rng, k):
    ag = agency(rng)
    d = Doc()
    topic = rng.choice(["지역 문화축제", "어린이 안전체험교실", "공공와이파이 확충 사업", "소상공인 디지털 전환 교육",
                        "하천 수질 개선 사업", "청렴 시책", "민원 처리 만족도 조사", "재난안전 합동훈련"])
    title = "%d년 %s 추진 결과 보고" % (rng.choice([2025, 2026]), topic)
    d.title(title)
    if k % 3 == 0:
        d.p("공개여부: ■공개 □부분공개 □비공개")
        loc, flags = "checkbox", ["stated"]
    else:
        loc, flags = "content", []
    long = k % 2 == 1
    if long:
        long_sections(d, rng, topic, 5, 8)
        appendix(d, rng, topic)
        flags.append("long")
    else:
        long_sections(d, rng, topic, 3, 3)
    d.p("붙임  세부 실적 1부.")
    d.table([["구분", "계획", "실적", "달성률"]] + [[rng.choice(["교육", "홍보", "점검", "행사", "설비"]) + str(i + 1),
             str(a := rng.randint(10, 200)), str(b := rng.randint(5, 220)), "%d%%" % (100 * b // a)] for i in range(4)])
    return out(d, "public", "none", [], "결과보고서", "aggregated results; no personal data" + ("; checkbox ■공개" if loc == "checkbox" else ""),
               loc, flags, title)

def p_minutes(rng, k):
    ag = agency(rng)
    d = Doc()
    topic = rng.choice(["지역안전관리위원회", "정보공개심의회 운영 개선 협의회", "도시재생 실무협의회", "교통안전 정책협의회", "재난관리 실무위원회"])
    title = "%s 회의록" % topic
    d.title(title)
    t = ymd(rng)
    d.p("○ 일시: %s 10:00~11:30" % dstr(t))
    d.p("○ 장소: %s %d층 회의실" % (ag["name"], rng.randint(2, 8)))
    st = staff(rng, ag)
    att = ["%s %s %s" % (rng.choice(ag["depts"]), rng.choice(["과장", "팀장"]), person(rng)) for _ in range(rng.randint(3, 6))]
    d.p("○ 참석: " + ", ".join(att) + " (이상 소속 공무원)")
    d.p("○ 회의 공개 여부: 공개")
    d.p("○ 안건: %s 추진 현황 및 하반기 계획" % topic)
    d.p("")
    d.p("【논의 내용】")
    for a in att[:3]:
        d.p("- %s: %s" % (a.split()[-1] + " " + a.split()[1], filler(rng, topic, 1)[0].strip("○ -")))
    d.p("【결정 사항】")
    d.p("- 부서별 조치 계획을 %s까지 제출하고, 다음 회의에서 이행 상황 점검" % dstr(ymd(rng)))
    return out(d, "public", "none", [], "회의록", "officials only; 회의 공개 여부: 공개", "first_lines", ["stated"], title)

def p_stats(rng, k):
    ag = agency(rng)
    d = Doc()
    topic = rng.choice(["구급 출동", "민원 처리", "공공도서관 이용", "기초생활보장 수급 가구", "교통사고 발생", "화재 발생"])
    y = rng.choice([2024, 2025])
    title = "%d년 %s 현황 (%s)" % (y, topic, rng.choice(["잠정", "확정", "연보"]))
    d.title(title)
    d.p("작성기관: %s %s / 공표일: %s" % (ag["name"], rng.choice(ag["depts"]), dstr(ymd(rng))))
    rows = [["구분", "1분기", "2분기", "3분기", "4분기", "계"]]
    for reg in rng.sample(["동부권", "서부권", "남부권", "북부권", "중부권", "도심권"], 4):
        v = [rng.randint(120, 4000) for _ in range(4)]
        rows.append([reg] + ["{:,}".format(x) for x in v] + ["{:,}".format(sum(v))])
    d.table(rows)
    d.p("※ 개인을 식별할 수 없도록 집계된 자료이며, 5건 미만 셀은 '-'로 표시")
    d.p("※ 출처: %s 행정자료" % ag["name"])
    return out(d, "public", "none", [], "통계", "aggregated statistics", "content", [], title)

def p_bid(rng, k):
    ag = agency(rng)
    d = Doc()
    proj = rng.choice(["청사 냉난방설비 교체공사", "공공도서관 리모델링 설계용역", "스마트 버스정류장 구축", "하수관로 정비공사", "민원 안내 챗봇 구축 용역", "소방차고 증축공사"])
    if k % 2 == 0:
        title = "%s 계약 체결 결과 공개" % proj
        d.title(title)
        d.table([["계약명", proj], ["계약방법", rng.choice(["일반경쟁(적격심사)", "제한경쟁(협상에 의한 계약)", "수의계약(소액)"])],
                 ["계약상대자", company(rng)], ["계약금액", won(rng.randint(30, 3000) * 1000000)],
                 ["계약기간", "%s ~ %s" % (dstr(ymd(rng), 1), dstr(ymd(rng), 1))], ["낙찰률", "%.3f%%" % rng.uniform(86, 89.9)]])
        d.p("※ 「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조의2에 따라 계약 정보를 공개합니다.")
    else:
        title = "%s 입찰 공고" % proj
        d.title(ag["name"] + " 공고 제%d-%d호" % (rng.choice([2025, 2026]), rng.randint(100, 2000)))
        d.title(title)
        d.p("1. 입찰에 부치는 사항")
        d.p("  가. 공사(용역)명: %s" % proj)
        d.p("  나. 추정가격: %s (부가가치세 별도)" % won(rng.randint(50, 2000) * 1000000))
        d.p("2. 입찰참가자격: 해당 업종 등록 업체로서 입찰공고일 전일 기준 %s 소재 업체" % rng.choice(["관내", "도내", "전국"]))
        d.p("3. 입찰 일정: 전자입찰서 제출 %s ~ %s / 개찰 %s 11:00" % (dstr(ymd(rng)), dstr(ymd(rng)), dstr(ymd(rng))))
        d.p("4. 예정가격은 복수예비가격 15개 중 추첨된 4개의 산술평균으로 결정하며, 예정가격 산정 관련 세부 자료는 공개하지 않습니다.")
        d.p("5. 기타 사항은 국가종합전자조달시스템(나라장터)의 공고문을 참고하시기 바랍니다.")
        d.p(ag["head"])
    return out(d, "public", "none", [], "입찰계약", "public contract/bid information (company names are not PII)", "content",
               ["mention_only"] if k % 2 == 1 else [], title)

CIVIL_Q = [("주차장 야간 개방 시간", "공영주차장 야간 개방 시간은 22:00까지이며, 주민 의견을 반영하여 연장을 검토하겠습니다"),
           ("어린이공원 놀이기구 교체", "노후 놀이기구는 하반기 정비계획에 반영하여 교체할 예정입니다"),
           ("가로등 고장 신고", "현장 확인 결과 안정기 고장으로 확인되어 교체를 완료하였습니다"),
           ("버스 배차 간격 조정", "해당 노선의 배차 간격은 운수업체와 협의하여 출퇴근 시간대 2대를 증차하기로 하였습니다"),
           ("무단 투기 단속 요청", "해당 지점에 이동식 CCTV를 설치하고 야간 단속을 강화하겠습니다"),
           ("도서관 휴관일 변경", "도서관 휴관일은 조례 개정 절차를 거쳐 변경 여부를 결정할 예정입니다")]

def p_civil(rng, k):
    ag = agency(rng, ["local", "metro", "edu", "soe"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    q, a = CIVIL_Q[k % len(CIVIL_Q)]
    title = "민원(%s) 처리 결과 알림" % q
    head(d, ag, rng, title, recv="%s 님 (민원인)" % masked_person(rng))
    d.p("1. 평소 %s 행정에 관심을 가져주신 데 감사드립니다." % ag["name"])
    d.p("2. 국민신문고를 통해 신청하신 민원(신청번호 %d-%s-%07d)에 대하여 다음과 같이 회신합니다." % (rng.choice([2025, 2026]), rng.choice(["AA", "AB", "AC"]), rng.randint(0, 9999999)))
    d.p("  가. 민원 요지: %s 관련 요청" % q)
    d.p("  나. 처리 결과: %s." % a)
    d.p("3. 기타 궁금하신 사항은 %s %s(☎ %s)에게 문의하여 주시면 친절히 안내해 드리겠습니다.  끝." % (dept, person(rng) + " 주무관", office_tel(rng, ag)))
    close(d, ag, rng, dept, rng.choice(PUB_FIELD + [None]))
    return out(d, "public", "none", [], "민원회신", "civil reply; requester masked; only officials named", "content", [], title)

def p_audit(rng, k):
    ag = agency(rng)
    d = Doc()
    tgt = rng.choice(["○○동 행정복지센터", "시설관리공단", "보건소", "도로관리사업소", "청소년수련관", "○○중학교"])
    title = "%s 종합감사 결과" % tgt
    d.title(title)
    d.p("감사기관: %s %s" % (ag["name"], rng.choice(["감사관", "감사실", "감사위원회"])))
    d.p("1. 감사 개요: %s ~ %s, 감사반 %d명" % (dstr(ymd(rng)), dstr(ymd(rng)), rng.randint(4, 9)))
    d.p("2. 감사 결과 처분 요구")
    rows = [["연번", "지적 사항", "처분", "관련자"]]
    for i in range(rng.randint(3, 5)):
        rows.append([str(i + 1), rng.choice(["보조금 정산 부적정", "수의계약 분할 발주", "초과근무수당 관리 소홀", "물품 관리 부적정", "건축허가 처리 지연", "위탁계약 관리 감독 소홀"]),
                     rng.choice(["시정", "주의", "개선", "통보"]), rng.choice(["담당자", "○○팀장", "관련 부서"])])
    d.table(rows)
    d.p("3. 조치 요구: 감사 결과를 통보받은 날부터 60일 이내에 조치 결과를 제출")
    d.p("※ 이 감사 결과는 「공공감사에 관한 법률」 제26조에 따라 공개합니다.")
    return out(d, "public", "none", [], "감사결과", "audit result; 관련자 not identified", "content", [], title)

# ====================================================================== PARTIAL
PART6 = ["부분공개(6)", "부분공개(제6호)", "부분공개 (6호)", "부분공개(제9조제1항제6호)", "부분공개(6)"]

def q_roster_attach(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    topic = rng.choice(["주민자치 아카데미 수료자", "모범시민 표창 대상자", "자원봉사자 활동 인정", "재난안전 시민모니터단 위촉", "명예소방관 위촉", "학부모 모니터단 위촉"])
    title = "%s 결정 알림" % topic
    head(d, ag, rng, title)
    d.p("1. %s 추진계획과 관련하여 %s 아래와 같이 결정하였음을 알려드립니다." % (topic.split()[0], josa(topic, "을를")))
    d.p("2. 대상 인원: %d명 (세부 명단 붙임)" % (n := rng.randint(4, 8)))
    d.p("3. 각 부서에서는 대상자에게 개별 안내하여 주시기 바랍니다.")
    cue_loc = ["closing_field", "attachment_line", "part_sentence", "header", "checkbox", "approval_table", "closing_field", "citation"][k % 8]
    if cue_loc == "attachment_line":
        d.p("붙임  %s 명단 1부(개인정보 포함, 비공개).  끝." % topic)
    else:
        d.p("붙임  %s 명단 1부.  끝." % topic)
    if cue_loc == "part_sentence":
        d.p("※ 붙임 명단의 연락처·주소는 개인정보이므로 정보공개 시 가림 처리하고 나머지는 공개함")
    if cue_loc == "citation":
        d.p("※ 붙임 명단은 정보공개법 제9조제1항제6호에 해당하여 해당 부분 비공개")
    disc = rng.choice(PART6) if cue_loc == "closing_field" else None
    if cue_loc == "approval_table":
        close(d, ag, rng, dept, None, approval="table", extra_rows=[["공개구분", "부분공개", "제6호", ""]])
    else:
        close(d, ag, rng, dept, disc)
    if cue_loc == "header":
        d.header = "%s  |  부분공개(6)" % ag["name"]
    if cue_loc == "checkbox":
        d.blocks.insert(1, ("p", "공개여부  □공개  ■부분공개(6)  □비공개", "n"))
    d.p("")
    d.p("붙임  %s 명단" % topic)
    rows = [["연번", "성명", "생년월일", "주소", "연락처"]]
    for i in range(n):
        rows.append([str(i + 1), person(rng), dob(rng), address(rng), mobile(rng)])
    d.table(rows)
    return out(d, "partial", "none", R("OIDA-9-1-6"), "명단" if k % 2 else "공문",
               "roster of private persons attached to otherwise disclosable 공문", cue_loc, ["stated"] if cue_loc != "content" else [], title)

def q_civil_named(rng, k):
    ag = agency(rng, ["local", "metro", "fire", "edu", "police"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    q = rng.choice(["층간소음 분쟁 조정", "불법 주정차 단속 이의", "건축물 누수 피해 조사", "도로 파손으로 인한 차량 피해 보상", "학교폭력 사안 처리 절차", "소음 측정 요청"])
    nm = person(rng)
    title = "민원(%s) 회신" % q
    head(d, ag, rng, title, recv="%s 귀하 (%s)" % (nm, address(rng)))
    d.p("1. 귀하께서 %s 제출하신 민원에 대한 회신입니다." % dstr(ymd(rng)))
    d.p("2. 민원인 %s(연락처 %s)께서 요청하신 %s 건은 현장 확인 결과 다음과 같이 처리하였습니다." % (nm, mobile(rng), q))
    for ln in filler(rng, q, 2):
        d.p("  " + ln.replace("○", "-"))
    d.p("3. 처리 결과에 이의가 있는 경우 「행정심판법」에 따라 행정심판을 청구할 수 있습니다.  끝.")
    stated = k % 2 == 0
    close(d, ag, rng, dept, rng.choice(PART6) if stated else None)
    return out(d, "partial", "none", R("OIDA-9-1-6"), "민원회신", "citizen named with address/phone; reply itself disclosable",
               "closing_field" if stated else "content", ["stated"] if stated else [], title)

def q_contract(rng, k):
    ag = agency(rng)
    d = Doc()
    proj = rng.choice(["청사 조경 관리 용역", "홍보영상 제작 용역", "행사 음향 장비 임차", "통역 용역", "공원 화장실 청소 위탁", "웹 접근성 진단 용역"])
    title = "%s 계약서" % proj
    d.title(title)
    rep = person(rng)
    full = k % 2 == 0
    bank, acc = account(rng)
    d.p("발주기관(갑): %s" % ag["head"])
    d.p("계약상대자(을): %s (개인사업자) 대표 %s" % (company(rng).replace("(주)", "").replace("주식회사 ", ""), rep))
    d.table([["계약명", proj], ["계약금액", won(rng.randint(5, 80) * 1000000)], ["계약기간", "%s ~ %s" % (dstr(ymd(rng), 1), dstr(ymd(rng), 1))],
             ["대표자 주민등록번호", rrn(rng) if full else rrn_masked(rng)], ["대표자 주소", address(rng)],
             ["대금 지급 계좌", "%s %s (예금주 %s)" % (bank, acc, rep)]])
    d.p("제1조(목적) 이 계약은 갑이 발주한 %s의 수행에 필요한 사항을 정함을 목적으로 한다." % proj)
    d.p("제2조(계약의 이행) 을은 과업지시서에 따라 성실히 과업을 수행하여야 한다.")
    d.p("제3조(대가의 지급) 갑은 검사 완료 후 을의 청구를 받은 날부터 5일 이내에 대가를 지급한다.")
    d.p("%s" % dstr(ymd(rng), 2))
    d.p("갑  %s (인)        을  %s (인)" % (ag["head"], rep))
    reasons = R("OIDA-9-1-6", "PIPA-24") if full else R("OIDA-9-1-6")
    return out(d, "partial", "none", reasons, "계약서",
               "sole-proprietor contract: %s RRN, personal account" % ("unmasked" if full else "masked"), "content", [], title)

def q_bid_eval(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    proj = rng.choice(["통합관제센터 고도화 사업", "지능형 교통체계 구축", "차세대 민원시스템 구축", "스마트 상수도 관리 시스템", "공공시설 태양광 설치"])
    title = "%s 제안서 기술평가 결과 보고" % proj
    head(d, ag, rng, title, internal=True)
    d.p("1. 평가 개요: 제안서 평가위원회(%d명) 정량·정성 평가, %s" % (rng.randint(5, 9), dstr(ymd(rng))))
    d.p("2. 평가 결과(종합)")
    rows = [["업체", "기술점수", "가격점수", "종합", "순위"]]
    cs = [company(rng) for _ in range(3)]
    for i, c in enumerate(cs):
        rows.append([c, "%.2f" % rng.uniform(70, 88), "%.2f" % rng.uniform(9, 20), "%.2f" % rng.uniform(80, 98), str(i + 1)])
    d.table(rows)
    d.p("3. 업체별 제안 세부 내용")
    tech = {"통합관제센터 고도화 사업": ["지능형 영상 분석", "이상행동 탐지"], "지능형 교통체계 구축": ["교통량 예측", "신호 최적화"],
            "차세대 민원시스템 구축": ["민원 자동 분류", "문서 인식(OCR)"], "스마트 상수도 관리 시스템": ["누수 탐지", "수요 예측"],
            "공공시설 태양광 설치": ["발전량 예측", "모듈 열화 진단"]}[proj]
    for c in cs[:2]:
        d.p("  - %s: 자체 개발 %s 알고리즘(특허 출원 중) 적용, 원가 구성 — 인건비 %s, 장비 단가 %s, 이윤율 %.1f%%" %
            (c, rng.choice(tech), won(rng.randint(200, 900) * 1000000), won(rng.randint(3, 90) * 100000), rng.uniform(4, 9)))
    cue_loc = "part_sentence" if k % 2 == 0 else "closing_field"
    if cue_loc == "part_sentence":
        d.p("※ 3항의 업체별 원가 구성 및 기술 세부 내용은 법인의 경영·영업상 비밀에 해당하여 공개 시 제외(제9조제1항제7호)")
        close(d, ag, rng, dept, None, internal=True)
    else:
        close(d, ag, rng, dept, rng.choice(["부분공개(7)", "부분공개(제7호)"]), internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-7"), "입찰계약", "company trade secrets (원가·기술) within disclosable evaluation result",
               cue_loc, ["stated"], title)

def q_resident_minutes(rng, k):
    ag = agency(rng, ["local", "metro", "soe"])
    d = Doc()
    topic = rng.choice(["○○지구 도시개발사업 주민설명회", "폐기물처리시설 입지 주민간담회", "재개발 정비구역 지정 주민설명회", "송전선로 경과지 주민 의견청취회", "하천 정비사업 주민협의체"])
    title = "%s 회의록" % topic
    d.title(title)
    d.p("일시: %s 19:00 / 장소: %s" % (dstr(ymd(rng)), rng.choice(["○○동 주민센터 2층", "마을회관", "구민회관 소강당"])))
    d.p("참석: 주민 %d명, %s %s 과장 %s 외 %d명" % (rng.randint(15, 80), ag["name"], rng.choice(ag["depts"]), person(rng), rng.randint(2, 5)))
    if k % 3 == 0:
        long_sections(d, rng, topic, 5, 8)
        appendix(d, rng, topic.split()[-1])
    d.p("【주민 발언】")
    for _ in range(rng.randint(3, 5)):
        nm = person(rng)
        d.p("- %s(%s, %s): %s" % (nm, rng.choice(["○○리 이장", "주민", "상가 운영", "비상대책위원장"]), address(rng, unit=False),
                                 rng.choice(["보상 기준이 불명확하다. 감정평가 시기를 알려달라.", "소음과 분진 대책을 먼저 세워야 한다.",
                                             "우리 집이 경계선에 걸려 있는데 편입 여부를 알려달라.", "주민 동의 없이 추진하는 것에 반대한다.",
                                             "지병이 있어 이주가 어렵다. 개별 상담을 요청한다."])))
    d.p("【답변】 %s 과장: 제기된 의견은 검토하여 다음 설명회에서 답변드리겠습니다." % ag["name"])
    stated = k % 2 == 1
    if stated:
        d.footer = "공개구분: 부분공개(6)  -  %d/%d" % (1, 2)
    return out(d, "partial", "none", R("OIDA-9-1-6"), "회의록", "named residents with addresses in disclosable minutes",
               "footer" if stated else "content", ["stated"] if stated else ["long"] if k % 3 == 0 else [], title)

def q_hire_result(rng, k):
    ag = agency(rng, ["soe", "public", "local", "edu"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    y = rng.choice([2025, 2026])
    title = "%d년 %s 채용 최종 합격자 결정 보고" % (y, rng.choice(["상반기 신입사원", "공무직 근로자", "기간제 교사", "청원경찰", "임기제 공무원"]))
    head(d, ag, rng, title, internal=True)
    d.p("1. 채용 개요: 모집 %d명 / 응시 %d명 / 경쟁률 %.1f:1" % (n := rng.randint(3, 7), m := rng.randint(40, 400), m / n))
    d.p("2. 전형별 결과: 서류 → 필기 → 면접 (면접위원 외부위원 과반 구성)")
    d.p("3. 최종 합격자")
    rows = [["응시번호", "성명", "생년월일", "성별", "비고"]]
    for i in range(n):
        rows.append(["%d%04d" % (y % 100, rng.randint(1, 9999)), person(rng), dob(rng, 1985, 2003), rng.choice(["남", "여"]), rng.choice(["", "", "취업지원대상자"])])
    d.table(rows)
    d.p("4. 향후 조치: 합격자 등록 서류 접수(%s까지) 및 신규 임용 교육" % dstr(ymd(rng)))
    st = k % 2 == 0
    close(d, ag, rng, dept, "부분공개(6)" if st else None, internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6"), "인사", "합격자 names+DOB in disclosable hiring report",
               "closing_field" if st else "content", ["stated"] if st else [], title)

def q_mislabeled(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    if k < 5:
        topic = rng.choice(["재난지원금 지급", "출산장려금 지급", "장학금 지급", "의용소방대원 활동비 지급", "통장 활동수당 지급"])
        title = "%s 결과 보고" % topic
        head(d, ag, rng, title, internal=True)
        d.p("1. %s 대상자에 대한 지급을 아래와 같이 완료하였음을 보고합니다." % topic)
        if k in (1, 3):
            long_sections(d, rng, topic, 5, 8)
            appendix(d, rng, topic)
        d.p("2. 지급 총액: %s (%d명)" % (won(rng.randint(3, 60) * 100000), n := rng.randint(4, 7)))
        rows = [["연번", "성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
        for i in range(n):
            b, a = account(rng)
            rows.append([str(i + 1), person(rng), rrn(rng), b, a, won(rng.choice([300000, 500000, 1000000]))])
        d.table(rows)
        d.p("붙임  지급 증빙 1부.  끝.")
        close(d, ag, rng, dept, "공개", internal=True)
        return out(d, "partial", "none", R("OIDA-9-1-6", "PIPA-24"), rng.choice(["결과보고서", "명단"]),
                   "stated 공개 but full RRNs + accounts; gold follows content", "closing_field", ["stated", "mislabeled"], title, "공개")
    topic = rng.choice(["수영장 안전사고", "체육행사 중 부상 사고"])
    title = "%s 발생 및 조치 결과 보고" % topic
    head(d, ag, rng, title, internal=True)
    nm = person(rng)
    d.p("1. 사고 개요: %s 14:20경 %s에서 %s 발생" % (dstr(ymd(rng)), rng.choice(["시립 실내수영장", "구민체육센터"]), topic))
    d.p("2. 부상자: %s(%s생, %s) — %s 진단, %s 병원 이송" % (nm, dob(rng, 1950, 2010), address(rng, False),
                                                rng.choice(["좌측 경골 골절", "뇌진탕 및 두피 열상", "익수 후 저산소성 뇌손상 의심"]), rng.choice(["○○대학교", "○○의료원"])))
    d.p("3. 조치: 안전요원 배치 기준 재점검, 시설 배상책임보험 접수")
    close(d, ag, rng, dept, "공개", internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6", "PIPA-23"), "결과보고서",
               "stated 공개 but named injured person with diagnosis; gold follows content", "closing_field", ["stated", "mislabeled"], title, "공개")

def q_audit_named(rng, k):
    ag = agency(rng)
    d = Doc()
    tgt = rng.choice(["○○사업소", "○○행정복지센터", "시설관리공단", "○○고등학교"])
    title = "%s 특정감사 결과 처분요구서" % tgt
    d.title(title)
    d.p("1. 감사 결과 요지: %s" % rng.choice(["수의계약 부당 분할", "초과근무수당 부당 수령", "보조금 부당 집행", "근무지 무단 이탈"]))
    nm1, nm2 = person(rng), person(rng)
    d.p("2. 관련자: %s %s(당시 %s), %s %s" % (rng.choice(["지방행정주사", "주무관", "행정6급"]), nm1, rng.choice(["회계 담당", "시설 담당"]), rng.choice(["주무관", "팀장"]), nm2))
    d.p("3. 처분 요구: %s — %s 「지방공무원법」 제72조에 따라 %s 요구, %s 훈계" % (ag["head"], nm1, rng.choice(["경징계", "중징계"]), nm2))
    d.p("4. 그 밖의 개선 사항: 계약 사무 처리 절차 개선, 회계 담당자 교육")
    for ln in filler(rng, "계약 사무", 2):
        d.p("  " + ln)
    if k % 2 == 0:
        d.p("※ 관련자 성명 등 개인에 관한 사항은 공개 시 비공개 처리(정보공개법 9조 1항 6호)")
        loc = "part_sentence"
    else:
        loc = "content"
    return out(d, "partial", "none", R("OIDA-9-1-6"), "감사결과", "named officials subject to discipline inside audit result",
               loc, ["stated"] if loc != "content" else [], title)

def q_subsidy(rng, k):
    ag = agency(rng, ["local", "metro"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    topic = rng.choice(["노후 슬레이트 지붕 철거 지원", "소규모 주택 에너지 효율 개선 지원", "장애인 가구 편의시설 설치 지원", "귀농인 정착 지원"])
    title = "%d년 %s 사업 보조금 교부 결정" % (rng.choice([2025, 2026]), topic)
    head(d, ag, rng, title, internal=True)
    d.p("1. 근거: %s 보조금 관리 조례 제%d조" % (ag["name"], rng.randint(5, 20)))
    d.p("2. %s 사업 신청자 중 심사를 거쳐 아래와 같이 보조금 교부를 결정하고자 합니다." % topic)
    long = k % 2 == 1
    if long:
        long_sections(d, rng, topic, 5, 7)
        appendix(d, rng, topic)
    rows = [["연번", "성명", "주소", "지원 내용", "교부액"]]
    for i in range(rng.randint(4, 7)):
        rows.append([str(i + 1), person(rng), address(rng), rng.choice(["지붕 철거", "창호 교체", "경사로 설치", "주택 수리"]), won(rng.randint(2, 30) * 100000)])
    d.p("3. 교부 대상자")
    d.table(rows)
    d.p("붙임  심사 결과표 1부.  끝.")
    close(d, ag, rng, dept, rng.choice(PART6), internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6"), "결과보고서", "individual beneficiaries in subsidy decision",
               "closing_field", ["stated"] + (["long"] if long else []), title)

def q_fire_accident(rng, k):
    ag = agency(rng, ["fire"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = rng.choice(["화재 조사 결과 보고", "구조·구급 활동 결과 보고", "다수사상자 발생 화재 상황 보고"])
    head(d, ag, rng, title, internal=True)
    t = ymd(rng)
    d.p("1. 개요: %s %02d:%02d경 %s %s에서 화재 발생" % (dstr(t), rng.randint(0, 23), rng.randint(0, 59), address(rng, False), rng.choice(["다세대주택", "음식점", "공장 창고"])))
    d.p("2. 피해 현황: 재산피해 %s(추정), 인명피해 %d명" % (won(rng.randint(5, 300) * 100000), n := rng.randint(1, 3)))
    for _ in range(n):
        d.p("  - %s(%d세, %s): %s, %s 이송" % (person(rng), rng.randint(8, 88), rng.choice(["거주자", "종업원", "행인"]),
                                          rng.choice(["2도 화상(양팔)", "연기 흡입으로 인한 호흡곤란", "대퇴부 골절", "일산화탄소 중독"]), rng.choice(["○○병원", "○○대학교병원 화상센터"])))
    d.p("3. 발화 원인: %s (감식 결과)" % rng.choice(["전기적 요인(멀티탭 과부하)", "부주의(음식물 조리 중 방치)", "기계적 요인"]))
    d.p("4. 조치: 관할 경찰서 통보, 피해 주민 임시 거처 안내")
    stated = k % 2 == 0
    close(d, ag, rng, dept, "부분공개(6)" if stated else None, internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6", "PIPA-23"), "결과보고서", "named casualties with injuries in incident report",
               "closing_field" if stated else "content", ["stated"] if stated else [], title)

def q_internal_part(rng, k):
    ag = agency(rng, ["ministry", "metro", "local", "soe"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    topic = rng.choice(["시내버스 준공영제 개편", "공공기관 청사 이전", "출산지원금 확대", "공영주차장 요금 조정", "구립도서관 민간위탁"])
    title = "%s 추진 결과 보고" % topic
    head(d, ag, rng, title, internal=True)
    long = k % 2 == 0
    long_sections(d, rng, topic, 5 if long else 2, 8 if long else 3)
    if long:
        appendix(d, rng, topic)
    d.p("붙임  1. 추진 실적 1부.")
    d.p("      2. 쟁점별 내부 검토의견 1부.  끝.")
    cue = ["part_sentence", "citation", "attachment_line", "part_sentence", "closing_field"][k % 5]
    if cue == "part_sentence":
        d.p("※ 붙임 2는 의사결정 과정에 있는 사항으로 정보공개 시 제외함")
    elif cue == "citation":
        d.p("※ 붙임 2 내부 검토의견: 공공기관의 정보공개에 관한 법률 제9조 제1항 제5호에 따라 비공개")
    d.p("")
    d.p("붙임 2  쟁점별 내부 검토의견" + (" (비공개)" if cue == "attachment_line" else ""))
    d.p("  ○ 쟁점 1: %s 시 재정 부담 연 %d억원 증가 예상 — 의회 설명 시 단계적 시행안 우선 제시 필요" % (topic, rng.randint(5, 90)))
    d.p("  ○ 쟁점 2: 이해관계자 반발 가능성 높음 — 최종안 확정 전까지 대외 언급 자제")
    close(d, ag, rng, dept, "부분공개(5)" if cue == "closing_field" else None, internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-5"), "결과보고서" if k % 2 else "내부검토",
               "disclosable report with internal-review attachment", cue, ["stated"] + (["long"] if long else []), title)

def q_police_part(rng, k):
    ag = agency(rng, ["police"])
    dept = "교통과" if "교통과" in ag["depts"] else ag["depts"][0]
    d = Doc()
    title = rng.choice(["상반기 음주운전 특별단속 결과 및 하반기 계획", "이륜차 교통법규 위반 단속 결과 보고", "어린이보호구역 교통안전 대책 추진 결과"])
    head(d, ag, rng, title, internal=True)
    d.p("1. 단속 결과: 총 %d건 (면허취소 %d, 정지 %d)" % (rng.randint(200, 900), rng.randint(50, 200), rng.randint(50, 300)))
    d.p("2. 사고 감소 효과: 전년 동기 대비 사망사고 %d%% 감소" % rng.randint(5, 30))
    d.p("3. 하반기 계획")
    d.p("  가. 단속 예정 지점: %s, %s 일대 (주 %d회, 22:00~02:00 불시 단속)" % (rng.choice(ROADS_P), rng.choice(ROADS_P), rng.randint(2, 4)))
    d.p("  나. 단속 인력 배치: 교통경찰 %d명, 기동대 %d명" % (rng.randint(10, 40), rng.randint(10, 40)))
    d.p("※ 3항 가·나목의 단속 지점·시간·인력 배치는 범죄 예방 및 단속 업무 수행에 지장을 줄 수 있어 비공개(4)")
    close(d, ag, rng, dept, "부분공개(4)" if k % 2 else None, internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-4"), "수사협조" if k == 2 else "결과보고서",
               "enforcement plan details withheld (제4호) within disclosable result", "part_sentence", ["stated"], title)

ROADS_P = ["○○사거리", "○○IC 진출로", "○○대교 북단", "○○역 교차로", "○○로 먹자골목"]

def q_admin_disp(rng, k):
    ag = agency(rng, ["local"])
    d = Doc()
    kind = rng.choice(["식품위생법 위반 영업정지", "공중위생관리법 위반 과태료", "옥외광고물 불법 설치 이행강제금"])
    title = "행정처분(%s) 공시송달 공고" % kind.split()[-1]
    d.title(ag["name"] + " 공고 제%d-%d호" % (rng.choice([2025, 2026]), rng.randint(100, 3000)))
    d.title(title)
    d.p("「행정절차법」 제14조제4항에 따라 처분 통지서가 반송되어 아래와 같이 공시송달합니다.")
    rows = [["업소명", "대표자", "대표자 주소", "위반 내용", "처분"]]
    for _ in range(rng.randint(2, 4)):
        rows.append([rng.choice(["○○식당", "○○미용실", "○○치킨", "○○호프"]), person(rng), address(rng), rng.choice(["유통기한 경과 제품 보관", "위생교육 미이수", "무신고 광고물 설치"]),
                     rng.choice(["영업정지 7일", "과태료 300,000원", "이행강제금 500,000원"])])
    d.table(rows)
    d.p("공고일로부터 14일이 경과한 때에 송달의 효력이 발생합니다.")
    d.p(ag["head"])
    return out(d, "partial", "none", R("OIDA-9-1-6"), "공문", "sole-proprietor names+home addresses in otherwise public notice", "content", [], title)

def q_rrn_stated(rng, k):
    ag = agency(rng, ["local", "metro", "public"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    topic = rng.choice(["긴급복지 생계지원 신청", "에너지바우처 신청", "장애인 보조기기 교부 신청"])
    title = "%s 접수 현황 및 처리 계획" % topic
    head(d, ag, rng, title, internal=True)
    d.p("1. 접수 현황: %d건 (적합 %d건, 보완 %d건)" % (rng.randint(20, 90), rng.randint(10, 60), rng.randint(1, 9)))
    d.p("2. 처리 계획: 소득·재산 조사 후 %s까지 결정 통지" % dstr(ymd(rng)))
    d.p("3. 보완 요청 대상자")
    rows = [["성명", "주민등록번호", "연락처", "보완 서류"]]
    for _ in range(rng.randint(3, 5)):
        rows.append([person(rng), rrn(rng), mobile(rng), rng.choice(["임대차계약서", "소득 증빙", "진단서"])])
    d.table(rows)
    close(d, ag, rng, dept, rng.choice(PART6), internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6", "PIPA-24"), "명단", "stated 부분공개(6); unmasked RRNs add PIPA-24",
               "closing_field", ["stated"], title)

def q_biz_person(rng, k):
    ag = agency(rng, ["soe", "ministry"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    title = "중소기업 기술지원 사업 현장 점검 결과"
    head(d, ag, rng, title, internal=True)
    for _ in range(2):
        c = company(rng)
        d.p("○ %s(대표 %s, 휴대전화 %s): 시제품 수율 %d%%, 핵심 공정 레시피(%s) 및 납품 단가 %s 확인" %
            (c, person(rng), mobile(rng), rng.randint(60, 95), rng.choice(["소결 온도 프로파일", "도금액 배합비"]), won(rng.randint(10, 900) * 1000)))
    d.p("○ 지원 성과: 매출 증가 및 고용 %d명 창출" % rng.randint(2, 20))
    close(d, ag, rng, dept, "부분공개(6, 7)", internal=True)
    return out(d, "partial", "none", R("OIDA-9-1-6", "OIDA-9-1-7"), "결과보고서", "company process secrets + 대표 mobile",
               "closing_field", ["stated"], title)

# ====================================================================== NON_PUBLIC: marked
GRADE_STAMPS = {
    "대외비": ["대외비", "대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
    "II급": ["Ⅱ급비밀", "II급 비밀", "비밀(Ⅱ급)", "2급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"],
}

def apply_marking(d, rng, grade, k, informal=False):
    """Place the classification mark like real documents do. Returns cue location."""
    y = rng.choice([2026, 2027, 2028, 2030])
    stamp = rng.choice(GRADE_STAMPS[grade])
    if grade == "대외비":
        v = k % 5
        if informal:
            # informal: only in title parenthesis / sentence
            return "title_informal", "(대외비)"
        if v == 0:
            d.header = stamp
            d.footer = stamp
            d.p("%d. 12. 31.까지 대외비" % y)
            return "header+footer", stamp
        if v == 1:
            d.blocks.insert(0, ("box", "%d. 6. 30.까지 대외비" % y))
            return "textbox", "%d. 6. 30.까지 대외비" % y
        if v == 2:
            d.blocks.insert(0, ("p", "대외비(보호기간: %d. 12. 31.까지)" % y, "c"))
            d.p("대외비(보호기간: %d. 12. 31.까지)" % y, "c")
            return "first_line+last_line", "대외비(보호기간"
        if v == 3:
            d.footer = "%s  |  %d. 12. 31.까지 대외비" % (stamp, y)
            return "footer", stamp
        d.header = stamp
        d.p("보호기간: %d. 12. 31.까지" % y)
        return "header", stamp
    # 비밀: top and bottom + 예고문 + 사본번호
    v = k % 4
    gname = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[grade]
    yego = rng.choice(["예고문: %d. 12. 31.까지 %s, 이후 일반문서로 재분류" % (y, gname),
                       "예고문 : %d.12.31.까지 %s / 이후 %s" % (y, gname, rng.choice(["일반문서로 재분류", "파기"])),
                       "(예고문) %d. 6. 30.까지 %s, 이후 %s로 재분류" % (y, gname, "Ⅲ급비밀" if grade != "III급" else "대외비")])
    copyno = "사본번호: %d / %d" % (c := rng.randint(1, 5), c + rng.randint(0, 6))
    if v == 0:
        d.header = stamp
        d.footer = stamp
        d.p(yego)
        d.p(copyno)
        return "header+footer", stamp
    if v == 1:
        d.blocks.insert(0, ("p", stamp, "c"))
        d.blocks.insert(1, ("p", copyno, "n"))
        d.p(yego)
        d.p(stamp, "c")
        return "first_line+last_line", stamp
    if v == 2:
        d.blocks.insert(0, ("box", stamp))
        d.p(yego)
        d.footer = stamp
        return "textbox+footer", stamp
    d.header = "%s    %s" % (stamp, copyno)
    d.p(yego)
    return "header", stamp

def _np_gongmun(d, ag, rng, title, body, disc):
    dept = rng.choice(ag["depts"])
    head(d, ag, rng, title, internal=rng.random() < 0.5)
    for b in body:
        d.p(b)
    close(d, ag, rng, dept, disc, internal=True)

def k_nego(rng, k):
    ag = agency(rng, ["soe", "local", "metro", "public"])
    d = Doc()
    informal = k == 2
    title = ("(대외비) " if informal else "") + "%d년 임금·단체협약 교섭 대응 전략" % rng.choice([2025, 2026])
    lo, hi = rng.uniform(1.5, 2.5), rng.uniform(2.6, 3.8)
    body = ["1. 교섭 현황: 노조 요구안 기본급 %.1f%% 인상, 정원 %d명 증원, 성과급 폐지" % (rng.uniform(5, 9), rng.randint(20, 120)),
            "2. 사측 대응 기조",
            "  가. 임금 인상률 최종 수용 한도: %.1f%% (1차 제시 %.1f%%)" % (hi, lo),
            "  나. 증원 요구는 '%d명 단계적 증원' 카드로 교섭 막판에 제시" % rng.randint(5, 20),
            "  다. 쟁의 돌입 시 대체인력 %d명 사전 확보, 필수유지업무 인원 명단 관리" % rng.randint(20, 90),
            "3. 향후 일정: 실무교섭 %d회 후 본교섭, 조정신청 대비 법률 자문" % rng.randint(2, 5)]
    if informal:
        body.append("※ 이 문서는 대외비로 관리하며 교섭위원 외 열람 금지")
    _np_gongmun(d, ag, rng, title, body, rng.choice([None, "비공개(5)"]))
    loc, cue = apply_marking(d, rng, "대외비", k, informal)
    return out(d, "non_public", "대외비", R("OIDA-9-1-5"), "협상전략", "대외비 negotiation strategy (rests on 시행규칙 → no -1)", loc,
               ["informal_marking"] if informal else [], title, cue)

def k_facility(rng, k):
    ag = agency(rng, ["soe", "metro", "fire", "court"])
    d = Doc()
    fac = rng.choice(["정수장", "본사 전산센터", "댐 관리동", "청사 통합관제실", "법원 증거물 보관실"])
    title = "%s 보안 취약점 점검 결과" % fac
    body = ["1. 점검 기간: %s ~ %s" % (dstr(ymd(rng)), dstr(ymd(rng))),
            "2. 주요 취약점",
            "  가. %s 북측 울타리 CCTV 사각지대 %d개소 (야간 적외선 미작동)" % (fac, rng.randint(2, 6)),
            "  나. 출입통제시스템 관리자 계정 초기 비밀번호 미변경",
            "  다. 약품 투입실 출입문 잠금장치 고장, 야간 순찰 간격 %d시간" % rng.randint(2, 4),
            "3. 보완 계획: %s까지 CCTV 증설 및 경비 인력 재배치" % dstr(ymd(rng))]
    _np_gongmun(d, ag, rng, title, body, rng.choice([None, "비공개(3)"]))
    loc, cue = apply_marking(d, rng, "대외비", k + 1)
    return out(d, "non_public", "대외비", R("OIDA-9-1-3"), "시설보안", "대외비 facility vulnerabilities", loc, [], title, cue)

def k_enforce(rng, k):
    ag = agency(rng, ["police"])
    d = Doc()
    title = rng.choice(["불법 사행성 게임장 집중 단속 계획", "보이스피싱 인출책 검거 합동 작전 계획", "마약류 유통 사범 기획수사 계획"])
    body = ["1. 단속 기간: %s ~ %s" % (dstr(ymd(rng)), dstr(ymd(rng))),
            "2. 첩보 현황: 관내 의심 업소 %d개소, 연계 계좌 %d개 확인" % (rng.randint(4, 20), rng.randint(5, 30)),
            "3. 작전 계획: D-day 06:00 %d개 조 동시 진입, 압수수색영장 신청 예정" % rng.randint(3, 8),
            "4. 보안 유지: 단속 일시·대상은 작전 전 외부 유출 금지"]
    _np_gongmun(d, ag, rng, title, body, rng.choice([None, "비공개(4)"]))
    loc, cue = apply_marking(d, rng, "대외비", k + 2)
    return out(d, "non_public", "대외비", R("OIDA-9-1-4"), "수사협조", "대외비 enforcement operation plan", loc, [], title, cue)

def k_bidprice(rng, k):
    ag = agency(rng, ["soe", "local"])
    d = Doc()
    if k == 0:
        title = "%s 예정가격 결정 조서" % rng.choice(["하수처리장 증설공사", "청사 신축공사"])
        body = ["1. 기초금액: %s" % won(rng.randint(30, 300) * 10000000),
                "2. 복수예비가격 산정 범위: 기초금액의 ±2%, 15개 작성",
                "3. 사정률 검토: 최근 유사 공사 평균 사정률 %.3f%% 반영" % rng.uniform(99, 101),
                "4. 개찰 전까지 예정가격 및 산정 근거 일체 봉인 보관"]
        genre = "입찰계약"
    else:
        title = "%d년 하반기 특정감사 계획(안)" % rng.choice([2025, 2026])
        body = ["1. 감사 대상: %s, %s (사전 통보 없이 실시)" % (rng.choice(["○○사업소", "○○공사"]), rng.choice(["계약 부서", "보조금 부서"])),
                "2. 중점 사항: 제보된 수의계약 특혜 의혹 %d건, 금품 수수 의혹 1건" % rng.randint(2, 5),
                "3. 감사 착수일: %s (감사반 %d명)" % (dstr(ymd(rng)), rng.randint(4, 8))]
        genre = "감사결과"
    _np_gongmun(d, ag, rng, title, body, rng.choice([None, "비공개(5)"]))
    loc, cue = apply_marking(d, rng, "대외비", k + 3)
    return out(d, "non_public", "대외비", R("OIDA-9-1-5"), genre, "대외비 bid price / unannounced audit plan", loc, [], title, cue)

def k_devplan(rng, k):
    ag = agency(rng, ["metro", "soe"])
    d = Doc()
    title = "%s 신규 공공주택지구 후보지 검토" % rng.choice(["○○시 동부권", "○○군 ○○읍 일원"])
    body = ["1. 후보지: %s 일원 약 %d만㎡ (지번 %d-%d 일대)" % (rng.choice(["○○동", "○○리"]), rng.randint(30, 300), rng.randint(100, 900), rng.randint(1, 30)),
            "2. 검토 의견: 광역교통 개선 시 %d천 호 공급 가능, 토지 보상비 추정 %d억원" % (rng.randint(5, 30), rng.randint(500, 9000)),
            "3. 보안 유의: 지구 지정 발표 전 후보지 정보 유출 시 투기 우려 — 관계자 외 열람 금지",
            "4. 향후: 관계부처 협의 후 발표 시기 결정"]
    _np_gongmun(d, ag, rng, title, body, None)
    loc, cue = apply_marking(d, rng, "대외비", k + 4, informal=(k == 1))
    if k == 1:
        d.blocks.insert(0, ("p", "※ 본 자료는 대외비로 취급하여 주시기 바랍니다.", "n"))
        loc, cue = "first_line_informal", "본 자료는 대외비로 취급"
    return out(d, "non_public", "대외비", R("OIDA-9-1-5", "OIDA-9-1-8"), "내부검토", "대외비 pre-announcement development site (speculation)",
               loc, ["informal_marking"] if k == 1 else [], title, cue)

def k_vetting(rng, k):
    ag = agency(rng, ["ministry", "metro"])
    d = Doc()
    title = "개방형 직위 임용 후보자 인사 검증 결과"
    nm = person(rng)
    body = ["1. 후보자: %s (%s)" % (nm, rng.choice(["前 ○○연구원 선임연구위원", "現 ○○대학교 교수"])),
            "2. 검증 결과: 음주운전 처벌 이력 1건(%d년), 배우자 명의 부동산 다수 보유" % rng.randint(2008, 2018),
            "3. 종합 의견: 임용 시 논란 소지 있어 차순위 후보자 검토 권고"]
    _np_gongmun(d, ag, rng, title, body, "비공개(5, 6)")
    loc, cue = apply_marking(d, rng, "대외비", k)
    return out(d, "non_public", "대외비", R("OIDA-9-1-5", "OIDA-9-1-6", "PIPA-23"), "인사",
               "대외비 personnel vetting naming candidate with DUI record", loc, [], title, cue)

def k_exam(rng, k):
    ag = agency(rng, ["public", "edu"])
    d = Doc()
    title = rng.choice(["%d년도 제%d회 %s 필기시험 문제(확정본)" % (rng.choice([2025, 2026]), rng.randint(1, 4), rng.choice(["정보처리기사", "전기기능사", "지방공무원 8급 승진"])),
                        "%d학년도 %d학기 기말고사 %s 문항 및 정답" % (rng.choice([2025, 2026]), rng.randint(1, 2), rng.choice(["수학Ⅱ", "통합과학", "한국사"]))])
    d.title(title)
    qs = [("전압 220V, 전류 5A인 부하의 소비전력은?", ["440W", "1,100W", "2,200W", "44W"]),
          ("다음 중 「지방공무원법」상 징계의 종류가 아닌 것은?", ["파면", "강등", "견책", "직위해제"]),
          ("관계형 데이터베이스에서 기본키의 특성으로 옳은 것은?", ["NULL 허용", "중복 허용", "유일성과 최소성", "외래키와 동일"]),
          ("다음 중 옳지 않은 것은?", ["ㄱ", "ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ"]),
          ("함수 f(x)=x³-3x의 극솟값은?", ["-2", "-1", "0", "2"]),
          ("조선 후기 대동법 시행의 결과로 옳은 것은?", ["공인의 등장", "과전법 실시", "호패법 폐지", "균역법 폐지"]),
          ("빈칸에 들어갈 말로 가장 적절한 것은?", ["보존", "보전", "보상", "보정"])]
    rng.shuffle(qs)
    nq = rng.randint(4, 6)
    for i, (q, opts) in enumerate(qs[:nq], 1):
        d.p("%d. %s" % (i, q))
        d.p("   ① %s  ② %s  ③ %s  ④ %s" % tuple(opts))
    d.p("정답: " + ", ".join("%d-%s" % (i, rng.choice("①②③④")) for i in range(1, nq + 1)))
    d.p("※ 시험 시행 전 문제 유출 시 「국가기술자격법」 등에 따라 처벌")
    loc, cue = apply_marking(d, rng, "대외비", k)
    return out(d, "non_public", "대외비", R("OIDA-9-1-5"), "시험", "대외비 unreleased exam questions", loc, [], title, cue)

CLS_FILL = {
    "trade": ["○ 상대국 수석대표는 국내 농업계 반발을 의식하여 조기 타결에 소극적인 것으로 파악",
              "○ 제%d차 공식협상에서 상품·서비스 분야 양허안을 교환하였으나 민감품목 이견 지속",
              "  - 상대국은 원산지 기준 완화를 요구하며 자동차 부품 관세 철폐 시기를 연계",
              "○ 관계부처 협의 결과 농축산물 %d개 품목은 현행 관세 유지 입장을 견지하기로 함",
              "○ 상대국 정부조달 시장 개방 시 우리 기업 수주 예상액 연 %d억 달러 추정",
              "  - 업계 간담회에서 제기된 비관세장벽 해소 요구를 협상 의제에 반영",
              "○ 국회 보고 및 공청회는 협상 타결 직후 개최하는 방안 검토",
              "○ 상대국 내부 정치 일정상 %d월 이전 타결 가능성이 높다는 정보 입수",
              "  - 최종 양보안은 장관 승인 후 수석대표에게만 위임"],
    "crisis": ["○ 위기경보 단계별 관계기관 임무와 보고 체계를 재정비",
               "○ 대피 유도 요원 %d명을 지정하고 분기별 합동 훈련 실시",
               "  - 전시 지휘소 전력 및 통신 예비 설비 가동 점검(월 1회)",
               "○ 주요 기반시설 %d개소에 대한 방호 우선순위를 재설정",
               "○ 비상 식량·식수 비축 현황: %d일분 확보, 교체 주기 관리",
               "  - 통제선 설정 지점 및 차량 우회로는 관할 부대와 협의하여 확정",
               "○ 민방위 경보 전파 체계 점검 결과 경보 단말 %d대 교체 필요",
               "○ 을지연습 시 도출된 보완과제 %d건 중 대부분 조치 완료",
               "  - 비상연락망은 분기 1회 갱신하여 비밀관리기록부와 함께 보관"],
}

def cls_fill(rng, kind, n):
    pool = list(CLS_FILL["trade" if kind == "trade" else "crisis"])
    rng.shuffle(pool)
    return [x % rng.randint(2, 40) if "%d" in x else x for x in pool[:n]]

def _classified(rng, k, grade, kind):
    kinds = {"trade": ["ministry"], "kfac": ["soe", "metro"], "chungmu": ["ministry", "metro", "local"], "crisis": ["metro", "ministry", "police"]}[kind]
    ag = agency(rng, kinds)
    if kind == "trade":
        ag = agency(rng, ["ministry"])
        while ag["name"] not in ("산업통상자원부", "고용노동부", "환경부"):
            ag = agency(rng, ["ministry"])
    d = Doc()
    if kind == "chungmu":
        title = "%d년 %s 비상대비계획(충무계획) 보완" % (rng.choice([2025, 2026]), ag["name"])
        body = ["1. 전시 전환 절차: 을지태세 발령 시 %d시간 내 전시 조직 편성" % rng.randint(2, 12),
                "2. 중점 관리 대상 업체 %d개소 자원 동원 계획" % rng.randint(5, 40),
                "3. 비상 대피 시설: 제%d 대피시설 수용 인원 %d명, 전시 지휘소 위치 별도" % (rng.randint(1, 3), rng.randint(100, 900)),
                "4. 전시 인력 동원: 동원 대상 인원 %d명, 필수 요원 지정" % rng.randint(200, 3000)]
        reasons, genre = ["OIDA-9-1-1", "OIDA-9-1-2"], "비상대비"
    elif kind == "kfac":
        title = "국가중요시설(%s급) %s 방호 계획" % (rng.choice(["가", "나", "다"]), rng.choice(["변전소", "정수장", "댐", "통신 중계소"]))
        body = ["1. 방호 인력: 청원경찰 %d명, 예비군 %d개 소대 증원" % (rng.randint(6, 30), rng.randint(1, 4)),
                "2. 주요 방호 구역: 통제실·약품동·전력 인입부 (도면 별첨)",
                "3. 테러 위협 시 대응: 5분 대기조 운용, 관할 부대 연락 체계",
                "4. 출입 통제: 비인가자 출입 시 즉시 차단, 순찰 경로 %d개" % rng.randint(2, 6)]
        reasons, genre = ["OIDA-9-1-1", "OIDA-9-1-3"], "시설보안"
    elif kind == "trade":
        title = "한-%s %s 협상 대응 방안" % (rng.choice(["○○", "△△", "□□"]), rng.choice(["FTA 개선", "경제동반자협정", "투자보장협정"]))
        body = ["1. 상대국 요구: 농산물 관세 %d%% 즉시 철폐, 정부조달 개방 확대" % rng.randint(10, 50),
                "2. 우리 측 양보 가능선: 민감품목 %d개 중 %d개는 10년 철폐로 수용 가능" % (n := rng.randint(10, 30), rng.randint(2, 8)),
                "3. 협상 전술: 서비스 분야 요구를 지렛대로 활용, 최종 라운드까지 양보안 비공개",
                "4. 국내 대책: 피해 보전 예산 %d억원 사전 확보" % rng.randint(100, 2000)]
        reasons, genre = ["OIDA-9-1-1", "OIDA-9-1-2"], "협상전략"
    else:
        title = rng.choice(["통합방위 작전 협조 계획", "국가위기 대응 비상연락 및 지휘체계", "접경지역 비상 대피 및 주민 소개 계획"])
        body = ["1. 위기 단계별 조치: 경계 단계 발령 시 %d개 기관 합동 지휘소 설치" % rng.randint(3, 9),
                "2. 지휘 통신망: 전용 회선 %d개, 예비 위성 통신 운용" % rng.randint(2, 6),
                "3. 주민 소개: 대피 경로 %d개, 집결지 및 수송 차량 %d대" % (rng.randint(2, 5), rng.randint(20, 200))]
        reasons, genre = ["OIDA-9-1-1", "OIDA-9-1-2"], "비상대비"
        if k % 3 == 2:
            reasons = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3"]
    if grade == "II급" and k % 2 == 1:
        body = (body[:1] + ["Ⅰ. 현황"] + cls_fill(rng, kind, 8) + ["Ⅱ. 세부 계획"] + body[1:]
                + ["Ⅲ. 기관별 임무"] + [ln.replace("○", "  ·") for ln in cls_fill(rng, kind, 8)])
    disc = rng.choice([None, "비공개(1, 2)", "비공개(제1호)", None])
    if kind == "kfac" and disc:
        disc = "비공개(1, 3)"
    _np_gongmun(d, ag, rng, title, body, disc)
    loc, cue = apply_marking(d, rng, grade, k)
    return out(d, "non_public", grade, R(*reasons), genre, "%s classified (보안업무규정) + content reason" % grade, loc,
               ["stated"] if disc else [], title, cue)

def k_chungmu(rng, k):
    return _classified(rng, k, "III급", "chungmu")

def k_kfacility(rng, k):
    return _classified(rng, k, "III급", "kfac")

def k_trade(rng, k):
    return _classified(rng, k, "III급", "trade")

def k_two(rng, k):
    return _classified(rng, k, "II급", ["trade", "crisis", "chungmu"][k % 3])

def k_one(rng, k):
    return _classified(rng, k, "I급", "crisis" if k == 0 else "chungmu")

# ====================================================================== NON_PUBLIC: content
def n_discipline(rng, k):
    ag = agency(rng, ["local", "metro", "edu", "fire", "ministry"])
    d = Doc()
    nm = person(rng)
    title = "징계의결서" if k % 2 == 0 else "징계의결 요구서"
    d.title(title)
    d.table([["소속", rng.choice(ag["depts"]), "직위(직급)", rng.choice(["주무관(지방행정주사보)", "소방장", "교사", "행정6급"])],
             ["성명", nm, "생년월일", dob(rng, 1970, 1995)]])
    bac = rng.uniform(0.08, 0.19)
    d.p("징계 사유: 위 사람은 %s 23:40경 혈중알코올농도 %.3f%% 상태로 승용차를 운전하다 적발되어, %s 법원에서 「도로교통법」 위반(음주운전)으로 벌금 %s의 약식명령을 받았다." %
        (dstr(ymd(rng, 2025, 2025)[:1] + (rng.randint(1, 4), rng.randint(1, 28))), bac, dstr((2025, rng.randint(6, 9), rng.randint(1, 28))), won(rng.choice([5000000, 7000000, 10000000]))))
    d.p("이는 「%s」 제55조(성실의 의무) 및 제63조(품위 유지의 의무)를 위반한 것이다." % rng.choice(["지방공무원법", "국가공무원법"]))
    d.p("의결 주문: %s" % rng.choice(["정직 1월", "감봉 3월", "강등", "정직 2월"]))
    d.p("%s  %s 인사위원회 위원장 (인)" % (dstr((2025, rng.randint(10, 12), rng.randint(1, 28)) if rng.random() < 0.5 else (2026, rng.randint(1, 5), rng.randint(1, 28)), 2), ag["name"]))
    return out(d, "non_public", "none", R("OIDA-9-1-6", "PIPA-23"), "징계", "disciplinary decision naming official with DUI conviction", "content", [], title)

def n_sickleave(rng, k):
    ag = agency(rng)
    dept = rng.choice(ag["depts"])
    d = Doc()
    nm = person(rng)
    title = rng.choice(["질병휴직 처리 결과", "질병휴직 명령(안)", "병가 연장 승인 검토"])
    head(d, ag, rng, title, internal=True)
    d.p("1. 대상자: %s %s (%s)" % (dept, nm, rng.choice(["주무관", "대리", "소방교", "교사"])))
    d.p("2. 사유: %s 진단(%s, 진단서 첨부)으로 %d개월 이상 요양이 필요" % (rng.choice(["주요우울장애", "유방암 2기", "요추 추간판탈출증", "공황장애", "뇌경색"]),
                                                          rng.choice(["○○대학교병원", "○○정신건강의학과의원"]), rng.randint(3, 12)))
    d.p("3. 휴직 기간: %s ~ %s" % (dstr(ymd(rng)), dstr(ymd(rng))))
    d.p("4. 근거: 「%s」 제%d조 제1항 제1호" % (rng.choice(["국가공무원법", "지방공무원법"]), rng.choice([71, 63])))
    d.p("붙임  진단서 1부.  끝.")
    close(d, ag, rng, dept, rng.choice([None, None, "비공개(6)"]), internal=True)
    return out(d, "non_public", "none", R("OIDA-9-1-6", "PIPA-23"), "인사", "sick leave with diagnosis", "content", [], title)

def n_union(rng, k):
    ag = agency(rng, ["soe", "local", "public"])
    d = Doc()
    y, m = rng.choice([2025, 2026]), rng.randint(1, 12)
    title = "%d년 %d월 노동조합 조합비 급여 공제 명세" % (y, m)
    d.title(title)
    d.p("노동조합: %s %s" % (ag["name"], rng.choice(["노동조합", "공무원노동조합 지부", "통합노조"])))
    rows = [["사번", "성명", "소속", "조합비", "비고"]]
    for _ in range(rng.randint(6, 10)):
        rows.append(["%06d" % rng.randint(0, 999999), person(rng), rng.choice(ag["depts"]), won(rng.choice([15000, 20000, 25000, 30000])), rng.choice(["", "", "신규 가입", "탈퇴 예정"])])
    d.table(rows)
    d.p("작성: %s 급여담당" % ag["name"])
    return out(d, "non_public", "none", R("OIDA-9-1-6", "PIPA-23"), "명단", "union dues list (trade-union membership)", "content", [], title)

def n_welfare(rng, k):
    ag = agency(rng, ["local", "metro"])
    d = Doc()
    full = k >= 4
    prog = rng.choice(["국민기초생활보장 생계급여 수급자", "차상위계층 본인부담 경감 대상자", "독거노인 응급안전 돌봄 대상자", "긴급복지 지원 대상자"])
    title = "%s 명단 (%s)" % (prog, rng.choice(["○○동", "%d년 %d월 기준" % (rng.choice([2025, 2026]), rng.randint(1, 12))]))
    d.title(title)
    cols = ["연번", "성명", "주민등록번호" if full else "생년월일", "주소", "연락처", "급여 구분"]
    rows = [cols]
    for i in range(rng.randint(5, 9)):
        rows.append([str(i + 1), person(rng), rrn(rng) if full else (rrn_masked(rng) if i % 3 == 0 else dob(rng, 1930, 1990)), address(rng), mobile(rng),
                     rng.choice(["생계", "의료", "주거", "생계·의료"])])
    d.table(rows)
    if k % 2 == 0:
        d.p("※ 담당 사회복지공무원 외 열람 금지")
    return out(d, "non_public", "none", R("OIDA-9-1-6", "PIPA-24") if full else R("OIDA-9-1-6"), "명단",
               "welfare recipient roster%s" % (" with unmasked RRN" if full else ""), "content", [], title)

def n_victims(rng, k):
    ag = agency(rng, ["police", "metro", "local"])
    d = Doc()
    title = rng.choice(["범죄피해자 긴급 생계비 지원 대상자 현황", "가정폭력 피해자 보호시설 입소자 현황", "○○ 사고 피해자 치료비 지원 명단"])
    d.title(title)
    d.p("작성: %s %s / 기준일: %s" % (ag["name"], rng.choice(ag["depts"]), dstr(ymd(rng))))
    d.p("○ 지원 근거: 「범죄피해자 보호법」 및 %s 피해자 지원 지침" % ag["name"])
    d.p("○ 지원 내용: 긴급 생계비(1인 최대 %s), 치료비, 임시 숙소 연계" % won(rng.choice([500000, 1000000, 1500000])))
    rows = [["성명", "연령", "피해 내용", "치료 현황", "연락처"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([person(rng), "%d세" % rng.randint(9, 80), rng.choice(["폭행", "상해", "교통사고", "가정폭력"]),
                     rng.choice(["안면부 골절 수술", "외상후 스트레스장애 치료 중", "통원 치료", "입원(정형외과)"]), mobile(rng)])
    d.table(rows)
    return out(d, "non_public", "none", R("OIDA-9-1-6", "PIPA-23"), "명단", "victims roster with injuries/health", "content", [], title)

def n_investig(rng, k):
    ag = agency(rng, ["police"])
    tgt = agency(rng, ["local", "soe", "public", "edu"])
    d = Doc()
    title = "수사 협조 요청(자료 제출)"
    head(d, ag, rng, title, recv="%s(%s)" % (tgt["head"], rng.choice(tgt["depts"])))
    sus = person(rng)
    d.p("1. 우리 서에서 수사 중인 %s 사건(사건번호 %d-%06d)과 관련하여 아래 자료 제출을 요청합니다." %
        (rng.choice(["업무상 배임", "공문서 위조", "사기", "뇌물수수"]), rng.choice([2025, 2026]), rng.randint(0, 999999)))
    d.p("2. 피의자: %s (%s, %s)" % (sus, rng.choice(["귀 기관 전 직원", "○○업체 대표", "귀 기관 계약직"]), dob(rng, 1960, 1995)))
    d.p("3. 요청 자료: 피의자의 %s 출입 기록, %s~%s 계약 관련 결재 문서 일체" % (rng.choice(["청사", "전산실"]), dstr(ymd(rng)), dstr(ymd(rng))))
    d.p("4. 수사 진행 중인 사항이므로 피의자 등 외부에 요청 사실이 알려지지 않도록 협조 바랍니다.  끝.")
    dept = ag["depts"][0]
    close(d, ag, rng, dept, rng.choice(["비공개(4, 6)", None, "비공개(제4호)"]))
    return out(d, "non_public", "none", R("OIDA-9-1-4", "OIDA-9-1-6"), "수사협조", "ongoing investigation naming suspect", "content", [], title)

def n_internal(rng, k):
    ag = agency(rng, ["ministry", "metro", "local", "soe"])
    dept = rng.choice(ag["depts"])
    d = Doc()
    topic = rng.choice(["상수도 요금 인상", "공공기관 통폐합", "시립 병원 민간위탁", "도시철도 노선 변경", "교육지원청 조직 개편"])
    title = "%s 관련 %s" % (topic, rng.choice(["내부 검토 보고", "대안별 검토(안)", "의사결정 방향 보고", "쟁점 검토"]))
    head(d, ag, rng, title, internal=True)
    cue = ["closing_field", "checkbox", "footer", "textbox", "first_line"][k % 5]
    long = k % 2 == 0
    d.p("1. 검토 배경: %s에 대한 찬반 여론이 엇갈려 최종 결정 전 대안별 파급효과를 검토함" % topic)
    if long:
        long_sections(d, rng, topic, 5, 8)
        appendix(d, rng, topic)
    d.p("2. 대안 비교")
    d.table([["대안", "재정 효과", "예상 반발", "검토 의견"],
             ["1안(즉시 시행)", "연 %d억원" % rng.randint(10, 200), "높음", "선거 전 시행 부담"],
             ["2안(단계 시행)", "연 %d억원" % rng.randint(5, 100), "보통", "우선 검토"],
             ["3안(유보)", "-", "낮음", "재정 악화 지속"]])
    d.p("3. 건의: 2안을 기본으로 하되 %s 이후 발표, 대외 보도 대응 논리 사전 마련" % dstr(ymd(rng)))
    close(d, ag, rng, dept, rng.choice(["비공개(5)", "비공개(제5호)", "비공개 (9조1항5호)"]) if cue == "closing_field" else None, internal=True)
    if cue == "first_line":
        d.blocks.insert(0, ("p", rng.choice(["비공개(5)", "[비공개]", "공개구분: 비공개(제5호)"]), "n"))
    elif cue == "checkbox":
        d.blocks.insert(1, ("p", "공개여부  □공개  □부분공개  ■비공개 (사유: 제9조 제1항 제5호)", "n"))
    elif cue == "textbox":
        d.blocks.insert(0, ("box", "비 공 개"))
    elif cue == "footer":
        d.footer = "이 문서는 의사결정 과정에 있는 내부 검토 자료로 정보공개법 §9①5에 따라 비공개"
    return out(d, "non_public", "none", R("OIDA-9-1-5"), "내부검토" if k % 2 else "의사결정", "internal review before decision", cue,
               (["stated"] if cue != "content" else []) + (["long"] if long else []), title)

def n_exam(rng, k):
    ag = agency(rng, ["public", "edu", "court"])
    d = Doc()
    title = rng.choice(["%s 면접시험 질문지 및 채점 기준" % rng.choice(["법원사무직", "공무직", "교육행정직"]), "승진시험 출제 문항(검토본)", "실기시험 과제 및 채점표"])
    d.title(title)
    for i in range(1, 4):
        d.p("문항 %d. %s" % (i, rng.choice(["민원인이 폭언을 하는 상황에서 어떻게 대응하겠습니까?", "소속 기관의 주요 현안 한 가지와 해결 방안을 제시하시오.",
                                          "다음 사례에서 적용 법조와 처리 절차를 서술하시오.", "예산 집행 잔액이 발생한 경우의 처리 방안은?"])))
        d.p("   채점 기준: 상(%d점) 구체적 사례 제시 / 중(%d점) / 하(%d점)" % (rng.randint(8, 10), rng.randint(5, 7), rng.randint(1, 4)))
    d.p("※ 시험 시행일: %s — 시행 전 출제위원 외 열람 금지" % dstr(ymd(rng)))
    return out(d, "non_public", "none", R("OIDA-9-1-5"), "시험", "unreleased exam questions and marking scheme", "content", [], title)

def n_rawstats(rng, k):
    ag = agency(rng, ["public", "ministry", "metro"])
    d = Doc()
    title = rng.choice(["%d년 %s 조사 원자료(마이크로데이터) 추출본" % (rng.choice([2024, 2025]), rng.choice(["가구 소득·복지 실태", "구급 이송 환자", "건강검진 수검"]))])
    d.title(title)
    rows = [["ID", "성명", "생년월일", "주소", "소득(만원)", "질환 코드"]]
    for i in range(rng.randint(6, 10)):
        rows.append(["%05d" % rng.randint(0, 99999), person(rng), dob(rng, 1940, 2000), address(rng, False), str(rng.randint(0, 900)), rng.choice(["-", "-", "E11", "I10", "F32", "J45"])])
    d.table(rows)
    d.p("※ 통계 작성 목적 외 사용 금지 (「통계법」 제33조)")
    reasons = R("OIDA-9-1-6", "PIPA-23")
    return out(d, "non_public", "none", reasons, "통계", "raw statistical microdata with identifiable persons and disease codes", "content", [], title)

def n_security(rng, k):
    ag = agency(rng, ["soe", "court", "metro", "edu"])
    d = Doc()
    title = rng.choice(["청사 출입통제 및 CCTV 운영 현황", "전산실 출입 보안 설정 현황", "야간 경비 순찰 계획"])
    d.title(title)
    d.header = rng.choice(["취급주의", "내부용", "관계자 외 열람 금지"])
    rows = [["구역", "출입 방식", "출입문 비밀번호", "CCTV"]]
    for z in rng.sample(["전산실", "문서고", "통제실", "금고실", "서버룸", "증거물 보관실"], 4):
        rows.append([z, rng.choice(["지문+카드", "카드", "번호키"]), "%04d*" % rng.randint(0, 9999), "%d대(사각지대 %d곳)" % (rng.randint(1, 6), rng.randint(0, 3))])
    d.table(rows)
    d.p("야간 순찰: %02d:00, %02d:00, %02d:00 (%d인 1조)" % (rng.randint(20, 23), rng.randint(0, 3), rng.randint(4, 6), rng.randint(1, 2)))
    return out(d, "non_public", "none", R("OIDA-9-1-3"), "시설보안", "access codes / patrol times; '취급주의' is not a 보안업무규정 grade",
               "content", ["nonstandard_stamp"], title)

def n_tradesecret(rng, k):
    ag = agency(rng, ["ministry", "soe"])
    d = Doc()
    c = company(rng)
    title = "%s 제출 기술자료(영업비밀) — %s" % (c, rng.choice(["공정 설계서", "원가 산출 내역서"]))
    d.title(title)
    d.p("1. 제출 근거: 「%s」에 따른 기술자료 제출" % rng.choice(["산업기술보호법", "하도급법", "국가연구개발혁신법"]))
    d.p("2. 주요 내용: 반응기 온도 %d℃, 촉매 배합비 %d:%d, 수율 %d%%, 원재료 단가 %s/kg" % (rng.randint(120, 600), rng.randint(1, 9), rng.randint(1, 9), rng.randint(70, 99), won(rng.randint(500, 90000))))
    d.p("3. 제출 업체는 이 자료가 영업비밀임을 명시하고 비공개를 요청함")
    return out(d, "non_public", "none", R("OIDA-9-1-7"), "입찰계약", "company trade-secret technical data", "content", [], title)

def n_interview(rng, k):
    ag = agency(rng, ["soe", "public", "local"])
    d = Doc()
    title = "면접시험 평가표(개인별)"
    d.title(title)
    d.p("채용 분야: %s / 면접일: %s / 면접위원: %s" % (rng.choice(["사무직", "기술직", "전문임기제"]), dstr(ymd(rng)), rng.choice(["외부위원 3, 내부위원 2", "외부위원 2, 내부위원 1"])))
    rows = [["응시번호", "성명", "전문성", "의사소통", "태도", "합계", "위원 의견"]]
    for _ in range(rng.randint(4, 7)):
        a, b, c = rng.randint(10, 30), rng.randint(10, 30), rng.randint(10, 30)
        rows.append(["%05d" % rng.randint(0, 99999), person(rng), str(a), str(b), str(c), str(a + b + c), rng.choice(["답변 논리적", "긴장 심함", "직무 이해도 낮음", "우수"])])
    d.table(rows)
    return out(d, "non_public", "none", R("OIDA-9-1-5", "OIDA-9-1-6"), "인사", "individual interview scores", "content", [], title)


# ---------------------------------------------------------------- plan
PLAN = [
    # public, mention-only (36)
    (m_sec_guide, 5), (m_foi_guide, 5), (m_password, 4), (m_grades, 4), (m_audit_sum, 3), (m_declass, 3),
    (m_cover, 3), (m_foi_notice, 3), (m_pipa_edu, 3), (m_press_foi, 3),
    # public regular (54)
    (p_press, 10), (p_gongmun, 10), (p_result, 7), (p_minutes, 5), (p_stats, 5), (p_bid, 6), (p_civil, 6), (p_audit, 5),
    # partial (72)
    (q_roster_attach, 8), (q_civil_named, 7), (q_contract, 5), (q_bid_eval, 5), (q_resident_minutes, 6), (q_hire_result, 5),
    (q_mislabeled, 7), (q_audit_named, 4), (q_subsidy, 4), (q_fire_accident, 5), (q_internal_part, 5), (q_police_part, 3),
    (q_admin_disp, 3), (q_rrn_stated, 3), (q_biz_person, 2),
    # non_public marked (34)
    (k_nego, 3), (k_facility, 3), (k_enforce, 3), (k_bidprice, 2), (k_devplan, 2), (k_vetting, 1), (k_exam, 2),
    (k_chungmu, 4), (k_kfacility, 3), (k_trade, 3), (k_two, 6), (k_one, 2),
    # non_public content (44)
    (n_discipline, 4), (n_sickleave, 4), (n_union, 3), (n_welfare, 7), (n_victims, 3), (n_investig, 4), (n_internal, 5),
    (n_exam, 3), (n_rawstats, 3), (n_security, 3), (n_tradesecret, 2), (n_interview, 3),
]
