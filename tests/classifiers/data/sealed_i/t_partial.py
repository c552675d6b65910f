# -*- coding: utf-8 -*-
"""Partial templates: stated 부분공개 fields, attachment statements, mislabelled 공개, and content-only cases."""
from common import *


def s_partial_field(rng, i):
    old = i % 5 == 0
    y = rng.randint(1999, 2003) if old else rng.randint(2004, 2026)
    d = Doc("s_partial_field_old" if old else "s_partial_field", "공문", y)
    o = org(rng)
    dep = dept(rng, rng.choice(["welfare", "general", "infra"]))
    date = ymd(rng, y)
    kind = rng.choice(["subsidy", "complaint", "compensation", "volunteer"])
    if kind == "subsidy":
        d.title = "%d년 긴급생계비 지원 대상자 결정 통보" % y
    elif kind == "complaint":
        d.title = "고충민원 현장조사 결과 통보"
    elif kind == "compensation":
        d.title = "도로 편입토지 보상금 지급 계획 알림"
    else:
        d.title = "우수 자원봉사자 표창 대상자 추천"
    head_block(d, o, "수신자 참조", d.title)
    d.p("1. 관련: %s-%d(%s)" % (dep, rng.randint(100, 9999), fdate(ymd(rng, y))))
    noun = {"subsidy": "지원 대상자 결정", "complaint": "현장조사", "compensation": "보상금 지급 계획", "volunteer": "표창 대상자 추천"}[kind]
    d.p("2. 위 호와 관련하여 %s 결과를 아래와 같이 알려드립니다." % noun)
    rows = [["연번", "성명", "생년월일", "주소", "연락처", "비고"]]
    for k in range(rng.randint(2, 4)):
        rows.append([str(k + 1), name(rng), fdate(dob(rng)), address(rng), mobile(rng),
                     rng.choice(["지원 결정", "보상액 %s원" % money(rng, 1000000, 90000000), "추천", "현장 확인"])])
    d.t(rows)
    d.p("3. 개인정보가 포함되어 있으므로 업무 목적 외 사용을 금지합니다.  끝.")
    g = [6] if rng.random() < 0.8 else [5, 6]
    disc = disc_field(rng, "partial", g, old=old)
    closing(d, rng, o, dep, date, disc=disc, old=old)
    d.cue(disc, "closing_disclosure_line")
    d.cue("개인 성명·생년월일·주소·휴대전화", "table_cell")
    d.label("partial", ["OIDA-9-1-%d" % x for x in g], "closing_disclosure_line", "결문 부분공개 표시와 내용(개인 명단)이 일치")
    return d


def s_partial_field_7(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("s_partial_field_7", "공문", y)
    o = org(rng)
    dep = rng.choice(["회계과", "계약심사과", "재무과"])
    date = ymd(rng, y)
    d.title = "%s 계약심사 결과 통보" % rng.choice(["하수처리장 설비 개량", "통합관제센터 시스템 구축", "청사 증축"])
    head_block(d, o, "%s장" % org(rng)["name"], d.title)
    co = rng.choice(COMPANIES)
    d.p("1. 귀 기관에서 요청한 계약심사 결과를 알려드립니다.")
    d.p("2. 심사 결과: 요청금액 %s원 → 조정금액 %s원" % (money(rng, 500000000, 5000000000), money(rng, 400000000, 4500000000)))
    d.t([["항목", "업체 제출 단가", "조정 단가", "조정 사유"],
         ["%s 자체 개발 제어모듈" % co, money(rng, 1000000, 90000000), money(rng, 1000000, 80000000), "업체 원가자료(공정별 투입인력) 검토"],
         ["특허 공법 자재비", money(rng, 1000000, 90000000), money(rng, 1000000, 80000000), "공급사 견적 비교"]])
    d.p("3. 업체 제출 원가계산 자료는 영업상 비밀이 포함되어 있으므로 취급에 유의하시기 바랍니다.  끝.")
    disc = disc_field(rng, "partial", [7])
    closing(d, rng, o, dep, date, disc=disc)
    d.cue(disc, "closing_disclosure_line")
    d.cue("업체 원가·단가", "table_cell")
    d.label("partial", ["OIDA-9-1-7"], "closing_disclosure_line", "업체 원가 자료만 비공개, 나머지 공개")
    return d


def s_attach_nonpublic(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("s_attach_nonpublic", "공문+붙임", y)
    o = org(rng)
    dep = dept(rng, rng.choice(["general", "infra"]))
    date = ymd(rng, y)
    d.title = rng.choice(["도시재생 뉴딜사업 추진계획 보고", "%d년 조직진단 결과 보고" % y, "시내버스 노선 개편안 보고"])
    head_block(d, o, "내부결재", d.title, via=False)
    d.p("1. %s을(를) 붙임과 같이 보고합니다." % d.title.replace(" 보고", ""))
    line = rng.choice(["붙임 2는 비공개(제9조 제1항 제5호)", "※ 붙임 2는 비공개", "붙임 2(내부 검토의견)는 의사결정 과정 중인 사항으로 비공개"])
    d.p("붙임  1. 추진계획 1부.\n      2. 부서 검토의견 1부.  끝.\n" + line)
    d.cue(line, "attachment_line")
    closing(d, rng, o, dep, date, disc=None)
    d.p("[붙임 1] 추진계획 요약: 사업기간 %d~%d, 총사업비 %s백만원, 주민설명회 %d회" % (y, y + 3, money(rng, 1000, 90000, 1), rng.randint(1, 4)))
    d.p("[붙임 2] 부서 검토의견(안): 대안 A는 예산 부담이 크고 대안 B는 주민 반발이 예상됨. 시장 보고 후 최종 결정 필요. 미확정 사항으로 외부 공개 시 혼란 우려.")
    d.label("partial", ["OIDA-9-1-5"], "attachment_line", "붙임 2(내부 검토의견)만 비공개, 본문·붙임 1은 공개")
    return d


def s_attach_daeoebi(rng, i):
    y = rng.randint(2005, 2026)
    d = Doc("s_attach_daeoebi", "공문+붙임", y)
    o = org(rng, ["central", "local"])
    dep = dept(rng, "security")
    date = ymd(rng, y)
    d.title = rng.choice(["청사 방호 강화 계획 시행", "%d년 을지연습 준비 계획 통보" % y, "집단민원 대비 청사 출입통제 계획"])
    head_block(d, o, "수신자 참조", d.title)
    d.p("1. %s을(를) 붙임과 같이 시행하오니 소관 업무에 반영하여 주시기 바랍니다." % d.title.replace(" 시행", "").replace(" 통보", ""))
    line = rng.choice(["2. 붙임 자료는 대외비로 관리하여 주시기 바랍니다.", "2. 붙임 2는 대외비이므로 열람 범위를 최소화하고 복사를 금합니다."])
    d.p(line)
    d.cue(line, "attachment_line")
    d.p("붙임  1. 추진 일정 1부.\n      2. 세부 운영계획(대외비) 1부.  끝.")
    closing(d, rng, o, dep, date, disc=None)
    st = rng.choice(["대 외 비", "[대외비]", "대외비"])
    d.p("[붙임 1] 추진 일정: 준비(%d월) → 점검(%d월) → 결과 보고" % (rng.randint(1, 6), rng.randint(7, 12)))
    d.p(st)
    d.p("[붙임 2] 세부 운영계획: 청원경찰 %d명 출입구별 배치, 비상 차단문 작동 절차, 비상연락 체계 및 취약 시간대(야간 %d시~%d시) 순찰 동선" %
        (rng.randint(4, 20), rng.randint(22, 23), rng.randint(4, 6)))
    d.p(st)
    d.cue(st, "body")
    d.label("partial", ["OIDA-9-1-3"], "attachment_line", "대외비 붙임(방호계획)만 비공개; 송부 공문은 공개 — 문서에 대외비 부분이 포함되어 marking=대외비",
            marking="대외비")
    return d


def s_mislabeled(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("s_mislabeled", "공문", y)
    o = org(rng)
    dep = dept(rng, "welfare")
    date = ymd(rng, y)
    d.title = rng.choice(["장학금 지급 대상자 명단 송부", "출산장려금 지급 내역 통보", "재난지원금 계좌 입금 요청"])
    head_block(d, o, "%s장(%s)" % (org(rng)["name"], rng.choice(DEPTS["general"])), d.title)
    d.p("1. 지급 대상자 명단을 아래와 같이 송부하오니 계좌로 입금하여 주시기 바랍니다.")
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액(원)"]]
    for k in range(rng.randint(2, 4)):
        n = name(rng)
        rows.append([n, rrn(rng, dob(rng, 1960, 2004)), rng.choice(BANKS), account(rng), money(rng, 300000, 3000000)])
    d.t(rows)
    d.p("끝.")
    disc = disc_field(rng, "public", style=rng.choice(["colon", "short"]))
    closing(d, rng, o, dep, date, disc=disc)
    d.cue(disc, "closing_disclosure_line")
    d.cue("주민등록번호(비마스킹)·계좌번호", "table_cell")
    d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "content_overrides_field",
            "결문은 '공개'이나 실제 주민등록번호·계좌 포함 — 내용 우선(오표기)")
    return d


# ---------------------------------------------------------------- content-only partial
def c_complaint_reply(rng, i):
    y = rng.randint(1999, 2026)
    d = Doc("c_complaint_reply", "민원회신", y)
    o = org(rng, ["local"])
    date = ymd(rng, y)
    c1, c2 = names(rng, 2)
    subj = rng.choice(["층간소음", "불법 주정차", "무단 증축", "반려견 소음", "쓰레기 무단투기", "건축공사장 분진"])
    d.title = "민원(%s) 처리 결과 알림" % subj
    d.c(o["name"])
    d.p("수신  %s 귀하 (%s)" % (c1, address(rng)))
    d.p("제목  %s" % d.title)
    d.p("1. 귀하께서 %s 접수하신 민원(접수번호 %s)에 대한 검토 결과를 알려드립니다." % (fdate(ymd(rng, y)), "1AA-%02d%02d-%07d" % (y % 100, rng.randint(1, 12), rng.randint(0, 9999999))))
    d.p("2. 담당 공무원이 현장을 확인한 결과, 인근 주민 %s 씨(%s 거주)가 %s 행위를 한 사실이 확인되어 계도 조치하였으며, 재발 시 과태료를 부과할 예정입니다." %
        (c2, rng.choice(APTS) + " %d동" % rng.randint(101, 115), subj))
    d.p("3. 기타 문의사항은 %s 주무관 %s(%s)에게 연락하여 주시기 바랍니다." % (rng.choice(DEPTS["general"]), name(rng), tel(rng, o["area"])))
    d.c(o["head"])
    d.cue("민원인 성명·주소, 피민원인 성명", "body")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "민원 처리 결과는 공개 가능하나 민원인·제3자 인적사항은 제외")
    return d


def c_event_participants(rng, i):
    y = rng.randint(2003, 2026)
    d = Doc("c_event_participants", "결과보고", y)
    o = org(rng)
    d.title = "%s 결과 보고" % rng.choice(["주민참여예산 시민위원 워크숍", "청년 정책 간담회", "어르신 일자리 박람회", "마을공동체 활동가 간담회"])
    d.c(d.title)
    d.p("□ 개요: %s, %s 대회의실, 참석 %d명" % (fdate(ymd(rng, y)), o["name"], rng.randint(20, 120)))
    d.p("□ 주요 건의사항: 버스 배차 간격 조정, 공공 와이파이 확대, 경로당 냉방비 지원")
    rows = [["연번", "성명", "소속/구분", "연락처", "비고"]]
    for k in range(rng.randint(3, 6)):
        rows.append([str(k + 1), name(rng), rng.choice(["시민위원", "주민", "청년단체 대표", "자원봉사자"]), mobile(rng),
                     rng.choice(["발언", "", "건의서 제출"])])
    d.t(rows)
    d.p("□ 향후 조치: 건의사항 소관 부서 통보(%s)" % fdate(ymd(rng, y)))
    d.cue("민간 참석자 성명·휴대전화", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "행사 결과는 공개, 민간 참석자 명단·연락처만 비공개")
    return d


def c_subsidy_payment(rng, i):
    y = rng.randint(2009, 2026)
    d = Doc("c_subsidy_payment", "지출결의", y)
    o = org(rng)
    with_rrn = i % 2 == 1
    d.title = "%s 지급 결의" % rng.choice(["농가 재해복구비", "저소득층 에너지바우처", "장애인 보조기기 지원금", "영농 정착 지원금"])
    d.c(d.title)
    d.p("1. 근거: %s 지원 조례 제%d조 및 %d년 지원계획" % (o["name"].split()[0], rng.randint(3, 15), y))
    d.p("2. 지급총액: %s원 (세부 내역 아래)" % money(rng, 3000000, 90000000))
    rows = [["성명", "주민등록번호" if with_rrn else "생년월일", "금융기관", "계좌번호", "지급액"]]
    for k in range(rng.randint(3, 5)):
        b = dob(rng, 1945, 1995)
        rows.append([name(rng), rrn(rng, b) if with_rrn else fdate(b), rng.choice(BANKS), account(rng), money(rng, 200000, 5000000)])
    d.t(rows)
    d.p("3. 예산과목: %s / 지출원 %s" % (rng.choice(["사회복지-기초생활보장-민간이전", "농림-농업재해-보조금"]), name(rng)))
    d.cue("수급자 성명·%s·계좌" % ("주민등록번호(비마스킹)" if with_rrn else "생년월일"), "table_cell")
    d.content_only = True
    r = ["OIDA-9-1-6"] + (["PIPA-24"] if with_rrn else [])
    d.label("partial", r, "content_private_persons", "지급 근거·총액은 공개, 수급자 개인정보 비공개" + (" (비마스킹 주민번호)" if with_rrn else ""))
    return d


def c_lecturer_contract(rng, i):
    y = rng.randint(2006, 2026)
    d = Doc("c_lecturer_contract", "계약서", y)
    o = org(rng)
    d.title = "외부강사 위촉 및 강의료 지급 계약서"
    d.c(d.title)
    n = name(rng)
    b = dob(rng, 1955, 1990)
    d.p("%s(이하 \"갑\")과 강사 %s(이하 \"을\")은 다음과 같이 강의 위촉 계약을 체결한다." % (o["head"], n))
    d.p("제1조(강의) 과목: %s / 일시: %s / 시간: %d시간" % (rng.choice(["청렴교육", "개인정보 보호 실무", "민원응대 기법", "안전교육"]), fdate(ymd(rng, y)), rng.randint(1, 4)))
    d.p("제2조(강의료) 시간당 %s원, 원천징수 후 을의 계좌로 지급" % money(rng, 100000, 400000))
    d.t([["구분", "내용"], ["성명", n], ["주민등록번호", rrn(rng, b)], ["주소", address(rng)], ["연락처", mobile(rng)],
         ["계좌", "%s %s" % (rng.choice(BANKS), account(rng))]])
    d.p("%s\n갑: %s (인)\n을: %s (인)" % (fdate(ymd(rng, y)), o["head"], n))
    d.cue("강사 주민등록번호(비마스킹)·주소·계좌", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "content_private_persons", "계약 조건은 공개, 강사 개인정보(주민번호 등) 비공개")
    return d


def c_tech_eval(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("c_tech_eval", "평가결과", y)
    o = org(rng)
    d.title = "%s 제안서 기술평가 결과" % rng.choice(["차세대 민원시스템 구축", "스마트 가로등 설치", "폐기물 처리시설 운영"])
    d.c(d.title)
    d.p("□ 평가일시: %s / 평가위원 %d명(외부 위원 포함)" % (fdate(ymd(rng, y)), rng.randint(5, 9)))
    cos = rng.sample(COMPANIES, 3)
    rows = [["업체명", "기술점수", "가격점수", "합계", "순위"]]
    for k, c in enumerate(cos):
        rows.append([c, "%.2f" % rng.uniform(60, 90), "%.2f" % rng.uniform(8, 10), "%.2f" % rng.uniform(70, 99), str(k + 1)])
    d.t(rows)
    d.p("□ 업체별 핵심 기술 요약: %s — 자체 개발 영상분석 알고리즘(특허 출원 중) 적용, 공정별 투입 인원 및 원가 구조 상세 제시; %s — 협력사 단가 계약서 첨부" % (cos[0], cos[1]))
    d.p("□ 우선협상대상자: %s" % cos[0])
    d.cue("업체 기술·원가 구조 (영업비밀)", "body")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-7"], "content_trade_secret", "평가 결과·순위는 공개, 업체 기술·원가 정보는 비공개")
    return d


def c_committee_minutes(rng, i):
    y = rng.randint(2004, 2026)
    d = Doc("c_committee_minutes", "회의록", y)
    o = org(rng)
    d.title = "%s 회의록" % rng.choice(["도시계획위원회", "지방보조금심의위원회", "공유재산심의회", "건축위원회"])
    d.c(d.title)
    d.p("일시: %s / 장소: %s 회의실" % (fdate(ymd(rng, y)), o["name"]))
    rows = [["구분", "성명", "소속", "생년월일", "연락처"]]
    for k in range(rng.randint(3, 5)):
        rows.append([rng.choice(["위원장", "위원", "위원"]), name(rng), rng.choice(["○○대학교 교수", "건축사", "변호사", "시민단체"]),
                     fdate(dob(rng, 1955, 1985)), mobile(rng)])
    d.t(rows)
    d.p("안건 1. %s — 원안 가결 / 안건 2. %s — 조건부 가결" % (rng.choice(["○○지구 지구단위계획 변경", "보조사업 선정"]), rng.choice(["주차장 조성", "공원 조성"])))
    d.p("※ 위원 수당 지급 계좌는 별도 관리")
    d.cue("민간위원 생년월일·휴대전화", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "회의 결과는 공개, 민간위원 생년월일·연락처 비공개")
    return d


def c_expense(rng, i):
    y = rng.randint(2010, 2026)
    d = Doc("c_expense", "업무추진비", y)
    o = org(rng)
    d.title = "%d년 %d월 기관장 업무추진비 집행 내역" % (y, rng.randint(1, 12))
    d.c(d.title)
    rows = [["일자", "집행 목적", "장소", "대상(인원)", "금액(원)"]]
    for k in range(rng.randint(3, 5)):
        rows.append([fdate(ymd(rng, y)), rng.choice(["현안 업무 협의", "유관기관 간담회", "민원인 면담 후 오찬", "유공자 격려"]),
                     rng.choice(SHOPS), "%s 외 %d명 (%s)" % (name(rng), rng.randint(1, 6), rng.choice(["민원인", "주민대표", "자원봉사자", "피해 가족"])),
                     money(rng, 50000, 500000)])
    d.t(rows)
    d.p("※ 결제: 법인카드 / 작성: %s 주무관 %s" % (rng.choice(DEPTS["general"]), name(rng)))
    d.cue("민간인 대상자 실명", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "집행 내역 공개, 민간인 대상자 실명 비공개")
    return d


def c_inspection_private(rng, i):
    y = rng.randint(1997, 2026)
    d = Doc("c_inspection_private", "점검결과", y)
    o = org(rng, ["local"])
    d.title = "%s 현장 점검 결과" % rng.choice(["무허가 건축물", "노후 주택 안전", "불법 현수막", "급경사지 주거지"])
    d.c(d.title)
    d.p("□ 점검기간: %s ~ %s / 점검반: %s 주무관 %s 외 %d명" % (fdate(ymd(rng, y, 1, 6)), fdate(ymd(rng, y, 7, 12)), rng.choice(DEPTS["infra"]), name(rng), rng.randint(1, 3)))
    rows = [["소재지", "소유자", "위반 내용", "조치"]]
    for k in range(rng.randint(2, 4)):
        rows.append([address(rng, unit=False), name(rng), rng.choice(["옥상 무단 증축", "담장 균열", "무단 용도변경", "축대 붕괴 우려"]),
                     rng.choice(["시정명령", "이행강제금 예고", "안전조치 권고"])])
    d.t(rows)
    d.p("□ 총평: 위반 %d건 중 %d건 시정 완료" % (rng.randint(3, 9), rng.randint(1, 3)))
    d.cue("소유자 성명·주소", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "점검 결과 공개, 개인 소유자 인적사항 비공개")
    return d


def c_foreign_worker(rng, i):
    y = rng.randint(2008, 2026)
    d = Doc("c_foreign_worker", "허가서", y)
    o = org(rng)
    d.title = "외국인근로자 고용허가 %s" % rng.choice(["처리 결과", "변경 신고 수리"])
    d.c(d.title)
    d.p("사업장: %s (사업자등록번호 %s)" % (rng.choice(COMPANIES), brn(rng)))
    rows = [["성명(영문)", "국적", "외국인등록번호", "여권번호", "체류자격"]]
    for k in range(rng.randint(2, 3)):
        rows.append([rng.choice(["NGUYEN VAN AN", "TRAN THI HOA", "BATBAYAR GANZORIG", "SOK DARA", "RAHMAN ABDUL"]),
                     rng.choice(["베트남", "몽골", "캄보디아", "방글라데시"]), frn(rng, dob(rng, 1980, 2002)), passport(rng), "E-9"])
    d.t(rows)
    d.p("처리일: %s / 담당: %s" % (fdate(ymd(rng, y)), tel(rng, o["area"])))
    d.cue("외국인등록번호·여권번호(비마스킹)", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6", "PIPA-24"], "content_private_persons", "처리 결과 공개, 외국인 근로자 고유식별정보 비공개")
    return d


def c_masked_rrn(rng, i):
    y = rng.randint(2014, 2026)
    d = Doc("c_masked_rrn", "공문", y)
    o = org(rng)
    dep = dept(rng, "welfare")
    date = ymd(rng, y)
    d.title = "기초연금 수급자 사망 확인 및 지급 정지 요청"
    head_block(d, o, "%s장" % org(rng)["name"], d.title)
    d.p("1. 아래 수급자의 사망이 확인되어 기초연금 지급 정지를 요청합니다.")
    rows = [["성명", "주민등록번호", "사망일", "주소"]]
    for k in range(rng.randint(1, 3)):
        b = dob(rng, 1930, 1955)
        rows.append([name(rng), rrn_masked(rng, b), fdate(ymd(rng, y)), address(rng)])
    d.t(rows)
    d.p("끝.")
    closing(d, rng, o, dep, date, disc=None)
    d.cue("주민등록번호(마스킹)·성명·주소", "table_cell")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "마스킹된 주민번호(PIPA-24 아님), 성명·주소로 식별 가능 → 개인정보만 가림")
    return d


def c_accident_summary(rng, i):
    y = rng.randint(2000, 2026)
    d = Doc("c_accident_summary", "상황보고", y)
    o = org(rng, ["local", "central"])
    d.title = "%s 발생 상황 보고(%s차)" % (rng.choice(["도로 침하 사고", "공공시설 화재", "어린이 놀이시설 안전사고"]), rng.randint(1, 3))
    d.c(d.title)
    d.p("□ 일시/장소: %s %d:%02d, %s" % (fdate(ymd(rng, y)), rng.randint(0, 23), rng.randint(0, 59), address(rng, unit=False)))
    d.p("□ 피해: 인명 %d명(부상), 재산피해 추정 %s천원" % (rng.randint(1, 4), money(rng, 1000, 90000, 1)))
    d.p("□ 부상자: %s(%d세, 경상), %s(%d세, 귀가)" % (name(rng), rng.randint(7, 80), name(rng), rng.randint(7, 80)))
    d.p("□ 조치: 현장 통제, 긴급 복구, 원인 조사 착수 / 보고자 %s %s" % (rng.choice(DEPTS["infra"]), name(rng)))
    d.cue("부상자 성명·나이", "body")
    d.content_only = True
    d.label("partial", ["OIDA-9-1-6"], "content_private_persons", "사고 개요 공개, 부상자 인적사항 비공개")
    return d


PARTIAL = [(s_partial_field, 10), (s_partial_field_7, 3), (s_attach_nonpublic, 4), (s_attach_daeoebi, 3), (s_mislabeled, 3),
           (c_complaint_reply, 7), (c_event_participants, 4), (c_subsidy_payment, 5), (c_lecturer_contract, 3), (c_tech_eval, 3),
           (c_committee_minutes, 4), (c_expense, 3), (c_inspection_private, 3), (c_foreign_worker, 2), (c_masked_rrn, 2),
           (c_accident_summary, 3)]
