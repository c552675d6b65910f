"""Non-public templates: classified, 대외비, internal reviews, personal-data documents, investigations."""
from gen_common import (Doc, R, person, masked, ymd, old_date, won, docno, mobile, address, rrn, rrn_masked,
                        account, passport, dl, ocr_noise, stamp_for, yego, copyno)
from gen_parts import org, gyeolmun_lines, field_value, field_label, gianyongji_table, gyeoljae_table

# marking plan for classified documents: index -> grade
CLASSIFIED_PLAN = ["III급"] * 10 + ["II급"] * 6 + ["I급"] * 3


def t_np_classified(r, v):
    g = CLASSIFIED_PLAN[v]
    o = org(r, ["공단", "공사", "병원", "경찰청", "소방서", "법원"])
    mo = r.choice([6, 12])
    until = f"{r.randint(2027, 2032)}. {mo}. {30 if mo == 6 else 31}."
    st = stamp_for(r, g)
    kind = v % 4
    if kind == 0 or g == "I급":
        title = r.choice(["전시 주요 인력 동원 및 비상대비 자원 관리계획", "비상사태 대비 전시 업무 수행계획", "통합방위 작전 지원계획"])
        reasons = ["OIDA-9-1-1", "OIDA-9-1-2"]
    elif kind == 1:
        title = r.choice(["국가중요시설 방호계획", "취수장 테러 대비 경비 배치 계획", "변전소 방호 취약요소 보완 계획"])
        reasons = ["OIDA-9-1-1", "OIDA-9-1-3"]
    elif kind == 2:
        title = r.choice(["남북 협력사업 관련 협의 대응 방향", "국외 협력기관과의 기술협의 대응 자료", "재외 공관 연계 비상연락체계"])
        reasons = ["OIDA-9-1-1", "OIDA-9-1-2"]
    else:
        title = r.choice(["을지연습 상황 조치 계획", "충무계획 시행 세부지침", "전시 병원 운영 계획"])
        reasons = ["OIDA-9-1-1", "OIDA-9-1-2"]
    place = r.choice(["header_footer", "header_footer", "text_box", "ocr", "title_body"])
    if g == "I급":
        place = ["header_footer", "text_box", "title_body"][v % 3]
    d = Doc(title)
    flags = ["classified"]
    if place == "header_footer":
        d.header, d.footer = st, st
        loc = "page_header"
    elif place == "text_box":
        d.box(st)
        loc = "text_box"
    elif place == "ocr":
        st = {"III급": "Ⅲ 급 비 밀", "II급": "Ⅱ 급 비 밀", "I급": "Ⅰ 급 비 밀"}[g]
        d.header = st
        loc = "page_header"
        flags.append("ocr_noise")
    else:
        d.title = f"{st}  {title}"
        loc = "title"
    d.p(copyno(r), yego(r, g, until), "")
    body = [f"1. 목적: {r.choice(['비상사태 시', '위기 상황 발생 시', '전시 전환 시'])} 기관 기능을 유지하기 위한 조치 사항을 정한다.",
            f"2. 주요 거점: 제{r.randint(1, 5)}지휘소({r.choice(['지하 2층', '별관 B1', '외곽 예비시설'])}), 예비 통신망 {r.randint(2, 6)}개 회선",
            f"3. 동원 인원: 상황요원 {r.randint(12, 60)}명, 경계 인력 {r.randint(5, 30)}명 (교대 {r.randint(2, 4)}조)",
            "4. 취약 시간대와 출입 통제 지점은 별표와 같다."]
    if place == "ocr":
        body = [ocr_noise(r, b, 0.08) for b in body]
    d.p(*body)
    d.table([["구역", "통제 수준", "비고"]] + [[f"{c}구역", r.choice(["제한", "통제", "감시"]), r.choice(["CCTV 사각", "야간 2인", "출입 대장"])] for c in "가나다"])
    if v % 2 == 0:
        d.page()
        d.p("5. 비상연락 및 보고 체계", f"  - 상황실장 → {o[0]}장 → 상급기관 비상기획관", "6. 이 계획은 분기마다 점검한다.")
        flags.append("multi_page")
    if place != "header_footer" and v % 3 == 0:
        d.footer = st
    return R(d, "non_public", g, reasons, "비밀 문서", "stamp", loc, st, flags)


DAEOEBI_KINDS = [
    ("내부감사 결과 보고(처분 심의 전)", ["OIDA-9-1-5"]),
    ("임금ㆍ단체협약 교섭 대응 전략", ["OIDA-9-1-5"]),
    ("정보시스템 보안 취약점 점검 결과", ["OIDA-9-1-3"]),
    ("신규 사옥 부지 매입 후보지 검토", ["OIDA-9-1-5", "OIDA-9-1-8"]),
    ("불법 촬영 범죄 합동 단속 계획", ["OIDA-9-1-4"]),
    ("의료분쟁 조정 대응 및 환자 진료경과", ["OIDA-9-1-6", "PIPA-23"]),
    ("지방의회 의원 윤리특별위원회 징계 사전 검토", ["OIDA-9-1-5", "OIDA-9-1-6"]),
    ("법원 청사 보안검색 운영 개선안", ["OIDA-9-1-3"]),
]


def t_np_daeoebi(r, v):
    title, reasons = DAEOEBI_KINDS[v % len(DAEOEBI_KINDS)]
    o = org(r)
    until = f"{r.randint(2027, 2029)}. 12. 31."
    st = stamp_for(r, "대외비", until)
    d = Doc(title)
    place = ["page_header", "page_footer", "text_box", "title", "page_header", "table_cell"][v % 6]
    if place == "page_header":
        d.header = st
        d.footer = st if v % 4 == 0 else None
    elif place == "page_footer":
        d.footer = st
    elif place == "text_box":
        d.box(st)
    elif place == "title":
        d.title = f"{st}  {title}"
    else:
        d.table([["문서번호", docno(r, o[1].replace(' ', ''))], ["보안등급", st], ["보호기간", f"{until}까지"]])
    d.p(f"1. 배경", f"  ○ {r.choice(['상급기관 지적사항', '최근 유사 사례', '경영진 지시'])}에 따라 대응 방향을 검토함")
    if "감사" in title:
        d.p(f"2. 확인 사항: {r.choice(['시설처', '재무팀'])} 직원 {masked(r)}의 계약 분할 의혹, 징계 여부는 감사위원회 심의 예정", "3. 잠정 결론: 경징계 이상 요구 검토")
    elif "교섭" in title:
        d.p(f"2. 사측 제시안: 기본급 {r.randint(1, 3)}.{r.randint(0, 9)}% 인상, 최종 양보선 {r.randint(3, 4)}.{r.randint(0, 9)}%", "3. 쟁점별 대응: 임금피크제 유지, 성과급 배분 재조정은 보류")
    elif "취약점" in title:
        d.p(f"2. 점검 결과: 외부 노출 서버 {r.randint(2, 9)}대에서 관리자 페이지 접근 가능, 패치 미적용 {r.randint(10, 40)}건", "3. 조치 계획: 2주 내 차단")
    elif "부지" in title:
        d.p(f"2. 후보지: {r.choice(['A지구', 'B지구', 'C지구'])} 일원 약 {r.randint(10, 90)},000㎡, 예상 매입가 {won(r, 3000000000, 9000000000, 1000000)}", "3. 발표 전 지가 상승 우려가 있어 보안 유지 필요")
    elif "단속" in title:
        d.p(f"2. 단속 일시: {ymd(r)} 이후 불시, 투입 인원 {r.randint(20, 80)}명", "3. 잠복 장소 및 단속 대상 업소 목록은 별첨")
    elif "의료분쟁" in title:
        p = person(r)
        d.p(f"2. 환자: {p}(만 {r.randint(30, 80)}세), 진단 {r.choice(['뇌경색', '대장암 3기', '패혈증'])}, 수술 후 합병증 발생", "3. 병원 대응: 조정 절차 참여, 배상 한도 검토")
    elif "윤리" in title:
        p = person(r)
        d.p(f"2. 대상: {p} 의원, {r.choice(['겸직 신고 누락', '회의 중 폭언', '업무추진비 사적 사용'])} 관련", "3. 처리 방향: 징계 수준 위원 간 이견 조정 중")
    else:
        d.p(f"2. 현행 보안검색대 {r.randint(2, 6)}개소 중 야간 미운영 구간 존재", "3. 개선: 출입 동선 재배치와 금속탐지기 추가")
    nums = tuple(int(x.split("-")[-1]) for x in reasons if x.startswith("OIDA"))
    if v % 3 == 0:
        d.p("", f"{field_label(r)}: {field_value(r, 'non_public', nums)}")
    return R(d, "non_public", "대외비", reasons, "대외비 문서", "stamp", place, st, ["daeoebi"])


def t_np_discipline(r, v):
    o = org(r, ["법원", "학교", "공단", "공사", "병원"])
    who = person(r)
    dui = v % 2 == 0
    d = Doc(r.choice(["징계의결서", "징 계 의 결 서", "징계처분 사유 설명서"]))
    d.table([["소속", o[0] + " " + r.choice(["총무과", "행정실", "시설팀"])], ["직위(직급)", r.choice(["법원주사보", "행정주사", "과장", "대리"])], ["성명", who]])
    if dui:
        d.p(f"징계 사유: 위 사람은 {ymd(r)} 혈중알코올농도 {r.choice(['0.089', '0.124', '0.156'])}%의 술에 취한 상태로 자가용 승용차를 운전하다 적발되어 {r.choice(['벌금 700만원', '벌금 1,200만원'])}의 약식명령을 받았다.")
        reasons = ["OIDA-9-1-6", "PIPA-23"]
        ct = "약식명령"
    else:
        d.p(f"징계 사유: 위 사람은 {r.choice(['정당한 사유 없이 12일간 무단결근', '동료 직원에게 반복적으로 모욕적 발언', '관용차량 사적 사용'])}으로 성실ㆍ품위유지 의무를 위반하였다.")
        reasons = ["OIDA-9-1-6"]
        ct = who
    d.p(f"의결 주문: {r.choice(['정직 1월', '감봉 2월', '견책', '강등'])}에 처한다.", f"{ymd(r)}", f"{o[0]} 보통징계위원회")
    if v % 3 == 1:
        rows, _ = gyeoljae_table(r, ("담당", "과장", "국장"), extra=("공개구분", field_value(r, "non_public", (6,))))
        d.table(rows)
    return R(d, "non_public", "none", reasons, "징계", "content", "body", ct, ["discipline", "content_only"])


def t_np_sick_leave(r, v):
    o = org(r, ["병원", "학교", "법원", "소방서"])
    who = person(r)
    dx = r.choice(["주요우울장애", "갑상선암", "허리디스크 수술 후 재활", "유방암 항암치료", "공황장애"])
    d = Doc(r.choice(["질병휴직 승인", "병가 및 질병휴직 심의 결과", "휴직 명령"]))
    d.p(f"1. 대상: {r.choice(['간호사', '교사', '소방장', '실무관'])} {who}", f"2. 사유: {dx}(진단서 첨부)", f"3. 기간: {ymd(r)}부터 {r.randint(3, 12)}개월")
    d.p(f"4. 대체인력: 기간제 채용 예정")
    return R(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "인사(건강)", "content", "body", dx, ["health", "content_only"])


def t_np_union_dues(r, v):
    o = org(r, ["공단", "공사", "관리원", "병원"])
    d = Doc(r.choice(["조합비 일괄공제 명단", "노동조합 조합원 현황 통보", "조합비 공제 대상자 변동 내역"]))
    d.p(f"{o[0]} {r.choice(['노동조합', '지부', '공공노조 지회'])} 요청에 따라 {r.randint(2025, 2026)}년 {r.randint(1, 12)}월 급여에서 조합비를 공제합니다.")
    rows = [["사번", "성명", "소속", "공제액"]] + [[str(r.randint(100000, 999999)), person(r), r.choice(["운영팀", "고객센터", "간호부", "시설팀"]), won(r, 15000, 45000, 500)] for _ in range(r.randint(4, 7))]
    d.table(rows, style=r.choice(["bar", "tab"]))
    return R(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "노무", "content", "table_cell", rows[1][1], ["union_membership", "content_only", "public_enterprise"])


def t_np_investigation(r, v):
    o = org(r, ["경찰청", "소방서"])
    sus = person(r)
    d = Doc(r.choice(["수사 진행상황 보고", "방화 의심 화재 수사 의뢰", "내사 결과 보고", "피의자 신병 처리 보고"]), header=f"{o[0]}")
    d.p(f"1. 사건: {r.choice(['연쇄 차량 방화', '보이스피싱 현금 수거책', '공사 입찰 담합 의혹', '상가 절도'])}", f"2. 피의자(혐의자): {sus}({r.randint(19, 70)}세, {address(r)})",
        f"3. 진행: 통신자료 {r.randint(2, 9)}건 확보, 참고인 {person(r)} 진술 청취, 압수수색 영장 신청 예정", "4. 향후 계획: 공범 소재 추적")
    place = v % 3
    if place == 0:
        f = field_value(r, "non_public", (4, 6))
        d.p("", f"{field_label(r)}: {f}")
        cue, loc, ct = "field", "gyeolmun", f
    elif place == 1:
        rows, _ = gyeoljae_table(r, ("수사관", "팀장", "과장"), extra=("공개여부", field_value(r, "non_public", (4,))))
        d.table(rows)
        cue, loc, ct = "field", "gyeoljae_cell", rows[2][1]
    else:
        cue, loc, ct = "content", "body", "압수수색 영장 신청 예정"
    return R(d, "non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"], "수사", cue, loc, ct, ["police" if "경찰" in o[0] else "fire"])


def t_np_roster(r, v):
    o = org(r)
    pp = v % 2 == 1
    d = Doc(r.choice(["비상연락망", "재난 대비 비상소집 연락처", "외국인 근로자 고용 현황"]) if not pp else "외국인 근로자 출입 등록 명부")
    if pp:
        rows = [["성명", "국적", "여권번호", "숙소"]] + [[r.choice(["NGUYEN VAN AN", "응우옌 티 홍", "BATBAYAR GANBOLD", "SITI RAHMA"]), r.choice(["베트남", "몽골", "인도네시아"]), passport(r), address(r)] for _ in range(3)]
        reasons = ["OIDA-9-1-6", "PIPA-24"]
        ct = rows[1][2]
    else:
        rows = [["성명", "직위", "자택 주소", "휴대전화"]] + [[person(r), r.choice(["팀장", "주무관", "대리"]), address(r), mobile(r)] for _ in range(r.randint(4, 6))]
        reasons = ["OIDA-9-1-6"]
        ct = rows[1][3]
    d.table(rows)
    if v % 3 == 0:
        d.p(r.choice(["※ 외부 유출 금지", "※ 취급 주의 - 개인정보 포함"]))
    return R(d, "non_public", "none", reasons, "명부", "content", "table_cell", ct, ["roster"])


def t_np_informal(r, v):
    o = org(r)
    mark = r.choice(["내부검토용 - 외부 유출 금지", "열람 후 회수", "취급주의", "대외주의", "내부 회의용(배포 금지)", "CONFIDENTIAL - 내부용"])
    d = Doc(r.choice(["조직 개편 검토(안)", "기관장 지시사항 이행 점검", "인력 감축 시나리오 검토", "예산 삭감 대응 검토"]))
    place = v % 3
    if place == 0:
        d.header = mark
        loc = "page_header"
    elif place == 1:
        d.box(mark)
        loc = "text_box"
    else:
        d.footer = mark
        loc = "page_footer"
    d.p(f"1. 검토 배경: {r.choice(['경영평가 지적', '정원 감축 권고', '신규 사업 이관'])}", f"2. 대안 비교", f"  - 1안: {r.randint(2, 5)}개 부서 통폐합", f"  - 2안: 현행 유지하되 인력 {r.randint(5, 20)}명 재배치",
        "3. 잠정 의견: 1안이 유력하나 노조 협의 전으로 확정되지 않음")
    return R(d, "non_public", "none", ["OIDA-9-1-5"], "내부검토", "informal_marking", loc, mark, ["informal_marking_not_classification"])


def t_np_school_violence(r, v):
    o = org(r, ["학교"])
    a, b = person(r), person(r)
    d = Doc(r.choice(["학교폭력 사안 조사 보고서", "학교폭력 전담기구 심의 결과", "학생 생활지도 사안 보고"]))
    d.table([["관련학생(가해)", f"{r.randint(1, 3)}학년 {r.randint(1, 9)}반 {a}"], ["관련학생(피해)", f"{r.randint(1, 3)}학년 {r.randint(1, 9)}반 {b}"],
             ["사안 개요", r.choice(["SNS 단체방 따돌림", "하굣길 폭행", "금품 갈취"])]])
    reasons = ["OIDA-9-1-6"]
    if v % 2:
        d.p(f"피해학생 진단: {r.choice(['안면부 타박상 전치 2주', '불안장애 상담 권고'])}")
        reasons.append("PIPA-23")
    d.p("조치 의견: 서면사과 및 접촉 금지, 학급 교체 검토")
    return R(d, "non_public", "none", reasons, "학교 행정", "content", "table_cell", a, ["school", "minors"])


def t_np_hospital_patient(r, v):
    o = org(r, ["병원"])
    p = person(r)
    d = Doc(r.choice(["환자안전사고 보고", "진료비 감면 심의 대상자", "의료사고 경위서"]), header=f"{o[0]} {r.choice(['QI팀', '적정진료팀', '원무팀'])}")
    d.table([["환자명", p], ["등록번호", str(r.randint(10000000, 99999999))], ["진료과", r.choice(["신경외과", "정신건강의학과", "감염내과"])],
             ["진단명", r.choice(["HIV 감염", "조현병", "낙상 후 대퇴골 골절", "약물 과다 투여"])]])
    d.p("경위: 야간 병동에서 발생, 보호자에게 설명 완료", f"보고자: 간호사 {person(r)}")
    return R(d, "non_public", "none", ["OIDA-9-1-6", "PIPA-23"], "병원 행정", "content", "table_cell", p, ["hospital", "health"])


def t_np_procure_est(r, v):
    o = org(r, ["공사", "공단", "병원"])
    title = r.choice(["예정가격 결정 조서", "기초금액 산정 검토", "입찰 예정가격 작성"])
    f = field_value(r, "non_public", (5,))
    old = v % 2 == 0
    rows, code, date = gianyongji_table(r, o, f, title, old=old)
    d = Doc("기 안 용 지" if old else "기안문")
    d.table(rows)
    body = [f"1. 건명: {r.choice(['본관 냉난방기 교체', '도로 포장 보수', 'CT 장비 구매'])}", f"2. 기초금액: {won(r, 100000000, 900000000, 10000)}",
            f"3. 예정가격: 기초금액의 ±{r.choice([2, 3])}% 범위 복수예비가격 {r.randint(12, 15)}개 작성, 개찰 전 봉인"]
    flags = ["procurement", "field_in_header_table"] + (["old_style"] if old else [])
    if old and v % 4 == 0:
        body = [ocr_noise(r, b, 0.07) for b in body]
        flags.append("ocr_noise")
    d.p(*body)
    return R(d, "non_public", "none", ["OIDA-9-1-5"], "입찰ㆍ계약", "field", "header_table", f, flags)


def t_np_council_ethics(r, v):
    o = org(r, ["의회"])
    m = person(r)
    d = Doc(r.choice(["윤리특별위원회 비공개 회의록", "의원 징계요구 건 심사 회의 (비공개)", "윤리심사자문위원회 의견서"]), header=f"{o[0]}", footer=f"{o[0]} 윤리특별위원회")
    d.p(f"안건: {m} 의원 징계요구의 건", f"○위원장 {person(r)}  이 안건은 당사자의 사생활이 포함되어 비공개로 진행합니다.",
        f"○{person(r)} 위원  {m} 의원은 {r.choice(['음주운전으로 벌금형 확정', '겸직 영리행위', '공무원에 대한 폭언'])} 사실이 있습니다.",
        f"○위원장  징계 수위는 {r.choice(['공개회의 경고', '출석정지 30일', '공개사과'])}로 잠정 의견을 모읍니다.")
    reasons = ["OIDA-9-1-5", "OIDA-9-1-6"]
    if "음주" in d.blocks[2][1]:
        reasons.append("PIPA-23")
    return R(d, "non_public", "none", reasons, "지방의회", "content", "body", f"{m} 의원 징계요구의 건", ["local_council"])


def t_np_land(r, v):
    o = org(r, ["공사", "공단", "관리원"])
    d = Doc(r.choice(["공공주택지구 후보지 사전 검토", "산업단지 확장 예정지 조사", "역세권 개발 대상지 선정 검토"]))
    d.p(f"1. 후보지: {r.choice(['○○읍 일원', '△△동 개발제한구역 해제 예정지', '□□면 농지 일대'])} 약 {r.randint(20, 200)}만㎡",
        f"2. 토지 소유 현황: 국공유지 {r.randint(10, 40)}%, 사유지 {r.randint(60, 90)}%", "3. 발표 예정: 관계기관 협의 후")
    f = field_value(r, "non_public", (8,)) if v % 2 == 0 else field_value(r, "non_public", (5, 8))
    reasons = ["OIDA-9-1-8"] if v % 2 == 0 else ["OIDA-9-1-5", "OIDA-9-1-8"]
    d.fn(f"{field_label(r)}: {f}")
    return R(d, "non_public", "none", reasons, "개발계획", "field", "footnote", f, ["cue_in_footnote_only", "land_speculation"])


def t_np_audit_internal(r, v):
    o = org(r, ["공단", "공사", "관리원", "재단"])
    who = person(r)
    d = Doc(r.choice(["감사 문답서", "비위 제보 조사 결과 보고", "감사 진행 중간보고"]), header=f"{o[0]} {o[1]}", footer=r.choice(["(내부결재)", None]))
    d.p(f"1. 제보 내용: {r.choice(['채용 과정 점수 조작', '협력사 금품 수수', '출장비 허위 청구'])} 의혹", f"2. 조사 대상: {r.choice(['차장', '부장'])} {who}",
        f"3. 문답 요지: \"{r.choice(['기억나지 않는다', '관행이었다', '상급자 지시였다'])}\"고 진술", "4. 향후: 추가 자료 확보 후 징계 요구 여부 결정")
    f = field_value(r, "non_public", (5, 6))
    rows, _ = gyeoljae_table(r, ("감사원", "감사팀장", "상임감사"), extra=(field_label(r), f))
    d.table(rows)
    return R(d, "non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-6"], "감사", "field", "gyeoljae_cell", f, ["internal_audit", "field_in_gyeoljae", "public_enterprise"])


NONPUBLIC = [("t_np_classified", t_np_classified, 19), ("t_np_daeoebi", t_np_daeoebi, 16),
             ("t_np_discipline", t_np_discipline, 6), ("t_np_sick_leave", t_np_sick_leave, 4),
             ("t_np_union_dues", t_np_union_dues, 4), ("t_np_investigation", t_np_investigation, 6),
             ("t_np_roster", t_np_roster, 5), ("t_np_informal", t_np_informal, 6),
             ("t_np_school_violence", t_np_school_violence, 4), ("t_np_hospital_patient", t_np_hospital_patient, 4),
             ("t_np_procure_est", t_np_procure_est, 5), ("t_np_council_ethics", t_np_council_ethics, 3),
             ("t_np_land", t_np_land, 4), ("t_np_audit_internal", t_np_audit_internal, 4)]
