# -*- coding: utf-8 -*-
"""Templates whose gold disclosure is `partial`."""
from tpl_public import *  # noqa


def part_place(r, fmt):
    if fmt == 'text':
        return r.choice(['closing', 'closing', 'closing_wrap', 'field_top', 'field_bottom', 'header_table', 'footer'])
    return r.choice(['closing', 'header_table', 'header_table', 'footer', 'footer', 'field_bottom'])


def t_part_letter(r, fmt):
    y = year_for(r, fmt, 2005, 2026)
    dt = rdate(r, y)
    v = pick(r, ['award', 'scholar', 'relief', 'volunteer_rrn', 'foreign_frn', 'masked_rrn', 'license'])
    kinds = {'award': ['metro', 'province', 'city', 'county', 'gu'], 'scholar': ['edu', 'edu_local', 'city', 'county', 'gu'],
             'relief': ['city', 'county', 'gu', 'metro'], 'volunteer_rrn': ['city', 'county', 'gu', 'fire_hq', 'metro'],
             'foreign_frn': ['central', 'city'], 'masked_rrn': ['city', 'county', 'gu'], 'license': ['police', 'police_hq']}[v]
    ag = agency(r, y, kinds, names=['고용노동부', '노동부', '법무부', '수원시', '성남시', '용인시', '창원시', '포항시'] if v == 'foreign_frn' else None)
    d = Doc('t_part_letter', '공문')
    reasons = [R[6]]
    n = r.randint(3, 7)
    rows = []
    content_cue = None
    if v == 'award':
        title = f'{y}년 모범시민 표창 대상자 추천'
        rows = [['연번', '성명', '생년월일', '주소', '공적 요지']]
        for i in range(n):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='private person name')
            rows.append([str(i + 1), nm, fdate(birthdate(r, y, 30, 75)), private_address(r, ag['region'], y),
                         r.choice(['지역 환경정화 활동 10년', '독거노인 반찬 나눔 봉사', '청소년 선도 활동', '교통 봉사 15년'])])
        body = [f'1. 관련: {dept(r, ag, "gen")}-{r.randint(100, 999)}({fdate(add_days(dt, -20))})',
                f'2. {y}년 「시민의 날」 기념 모범시민 표창 대상자를 붙임과 같이 추천하오니 심사하여 주시기 바랍니다.', ('table', rows)]
    elif v == 'scholar':
        title = f'{y}년 저소득층 장학금 지급 대상자 확정 통보'
        rows = [['연번', '학교명', '학년', '성명', '지급액(원)', '보호자 연락처']]
        for i in range(n):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='student name')
            rows.append([str(i + 1), f'{r.choice(DONG_STEMS)}{r.choice(["초등학교", "중학교", "고등학교"])}', str(r.randint(1, 6)), nm,
                         f'{r.choice([500000, 1000000, 1500000]):,}', mobile(r, y)])
        body = ['1. 장학금 지급 대상자 선정 심사 결과를 다음과 같이 통보합니다.', ('table', rows),
                f'2. 장학금은 {fdate(add_days(dt, 15))}까지 보호자 계좌로 지급할 예정입니다.']
    elif v == 'relief':
        title = '재난지원금 이의신청 처리 결과 통보'
        rows = [['연번', '신청인', '주소', '이의신청 사유', '처리 결과']]
        for i in range(n):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='applicant name')
            rows.append([str(i + 1), nm, private_address(r, ag['region'], y), r.choice(['가구원 수 산정 오류', '주소 이전 누락', '소득 기준 재산정 요청']),
                         r.choice(['인용', '기각', '일부 인용'])])
        body = [f'1. {y}년 재난지원금 지급 관련 이의신청 처리 결과를 붙임과 같이 알려드립니다.', ('table', rows),
                '2. 인용된 건은 추가 지급 절차를 진행하여 주시기 바랍니다.']
    elif v == 'volunteer_rrn':
        title = '자원봉사자 상해보험 가입 명단 송부'
        reasons.append(P24)
        rows = [['연번', '성명', '주민등록번호', '활동 분야']]
        for i in range(n):
            bd = birthdate(r, y, 19, 70)
            x = rrn(r, bd)
            if i == 0:
                x = d.cue('content', x, decides='disclosure', note='unmasked RRN -> PIPA-24')
            rows.append([str(i + 1), person(r), x, r.choice(['재난 복구', '급식 지원', '환경 정화', '행사 안내'])])
        body = [f'1. {y}년 자원봉사자 상해보험 단체 가입을 위하여 가입 대상자 명단을 붙임과 같이 송부합니다.', ('table', rows),
                '2. 보험 가입 후 증권 사본을 회신하여 주시기 바랍니다.']
    elif v == 'foreign_frn':
        title = '외국인 근로자 고용변동 신고 처리 결과 통보'
        reasons.append(P24)
        rows = [['연번', '성명(영문)', '국적', '외국인등록번호', '변동 사유']]
        for i in range(n):
            bd = birthdate(r, y, 20, 45)
            x = frn(r, bd)
            if i == 0:
                x = d.cue('content', x, decides='disclosure', note='unmasked FRN -> PIPA-24')
            rows.append([str(i + 1), r.choice(['NGUYEN VAN AN', 'TRAN THI HOA', 'SOK CHANNA', 'BATBAYAR GANBOLD', 'RAHMAN MD ABDUL', 'SITI NURHALIZA', 'PHAM MINH DUC', 'KHIN MAUNG']),
                         r.choice(['베트남', '캄보디아', '몽골', '방글라데시', '인도네시아', '미얀마']), x, r.choice(['사업장 변경', '근로계약 종료', '이탈 신고'])])
        body = ['1. 고용변동 신고 사항을 처리하였기에 그 결과를 통보합니다.', ('table', rows)]
    elif v == 'masked_rrn':
        title = '긴급복지 지원 결정 통지(읍·면·동 송부)'
        rows = [['연번', '성명', '주민등록번호', '지원 종류', '지원 금액(원)']]
        for i in range(n):
            bd = birthdate(r, y, 25, 85)
            x = masked_rrn(r, bd)
            if i == 0:
                x = d.cue('content', x, note='masked RRN: -6 only, no PIPA-24')
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='beneficiary name')
            rows.append([str(i + 1), nm, x, r.choice(['생계지원', '의료지원', '주거지원']), f'{r.randint(5, 20) * 100000:,}'])
        body = ['1. 긴급지원 심의 결과 지원 대상자를 다음과 같이 결정하였으니 지급 업무에 철저를 기하여 주시기 바랍니다.', ('table', rows)]
    else:  # license
        title = '운전면허 적성검사 기간 경과자 안내 협조'
        reasons.append(P24)
        rows = [['연번', '성명', '면허번호', '적성검사 만료일']]
        for i in range(n):
            x = driver_license(r)
            if i == 0:
                x = d.cue('content', x, decides='disclosure', note='unmasked driver licence -> PIPA-24')
            rows.append([str(i + 1), person(r), x, fdate(add_days(dt, -r.randint(10, 300)))])
        body = ['1. 관내 운전면허 적성검사 기간 경과자에 대한 안내문 발송에 협조하여 주시기 바랍니다.', ('table', rows)]
    st = stated(r, 'partial', [6])
    place = part_place(r, fmt)
    disc = d.cue('disclosure_field', st, decides='disclosure')
    letter(d, r, ag, dt, title, body, [], disc=disc, place=place)
    why = f'공문 본문은 공개 가능하나 명단의 사인(私人) 개인정보는 제6호로 분리' + (' ; 마스킹되지 않은 주민·외국인등록·면허번호 → PIPA-24' if P24 in reasons else '') + \
          (' ; 주민등록번호가 마스킹되어 PIPA-24 아님' if v == 'masked_rrn' else '')
    return lab(d, ag, dt, 'partial', 'none', reasons, why, stated=st)


def t_minwon_reply(r, fmt):
    y = year_for(r, fmt, 1997, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'city', 'county', 'gu', 'edu', 'edu_local', 'police', 'pe', 'fire', 'cheong'])
    d = Doc('t_minwon_reply', '민원 회신')
    nm = person(r)
    addr = private_address(r, ag['region'], y)
    v = pick(r, ['plain', 'rrn', 'masked', 'phone', 'plain'])
    reasons = [R[6]]
    c_nm = d.cue('content', nm, decides='disclosure', note='complainant name')
    recv = f'{c_nm} 귀하 (우 {postal(r, y)} {addr})'
    g = dept_group(ag['kind'])
    TOP = {
        'local': [('불법 주정차 단속 요청', '해당 구간에 대하여 주·야간 단속을 강화하고, 단속 카메라 추가 설치를 검토하겠습니다.', False),
                  ('공동주택 층간소음 중재 요청', '층간소음 이웃사이센터의 현장 진단과 중재 절차를 안내해 드리며, 관리주체에 협조를 요청하였습니다.', False),
                  ('도로 파손(포트홀) 보수 요청', '현장 확인 결과 긴급 보수가 필요하여 접수 당일 임시 복구를 완료하였고, 정비공사를 발주할 예정입니다.', False),
                  ('야간 공사 소음 민원', '공사 현장에 대하여 소음 측정을 실시하였으며, 기준 초과 시 공사 시간 조정 명령을 내리겠습니다.', False),
                  ('재산세 과세 내역 이의', '과세 자료를 재검토한 결과 주택 공시가격 적용에는 오류가 없음을 알려드립니다.', True),
                  ('지방세 감면 신청 결과 문의', '감면 요건(장애인 소유 차량)을 확인한 결과 감면 대상에 해당하여 환급 처리하였습니다.', True)],
        'edu': [('학교 앞 통학로 안전시설 설치 요청', '관할 자치구와 협의하여 보행 안전 펜스 설치를 추진하겠습니다.', False),
                ('교복 구입비 지원 신청 결과 문의', '지원 요건을 확인한 결과 지급 대상에 해당하여 다음 달 지급 예정입니다.', True),
                ('방과후학교 강사 채용 절차 문의', '채용 공고와 심사 기준은 학교 누리집에 게시되어 있음을 알려드립니다.', False)],
        'police': [('교차로 신호 주기 조정 요청', '교통안전시설심의위원회 심의를 거쳐 신호 주기를 조정할 예정입니다.', False),
                   ('112 신고 처리 결과 문의', '신고 당일 현장 출동하여 계도 조치하였음을 알려드립니다.', False)],
        'pe': [('전기요금 복지할인 적용 문의', '할인 요건을 확인하여 다음 청구분부터 복지할인을 적용하겠습니다.', True),
               ('건강보험료 부과 내역 이의', '소득 자료를 재확인한 결과 보험료를 조정하여 차액을 환급하겠습니다.', True),
               ('고속도로 방음벽 설치 요청', '소음 측정 결과를 토대로 방음벽 설치 타당성을 검토하겠습니다.', False)],
        'fire': [('소방시설 불량 신고 처리 결과', '현장 점검 결과 유도등 불량을 확인하여 관계인에게 조치 명령을 하였습니다.', False)],
        'central': [('산림 병해충 방제 요청', '해당 지역에 대한 항공 방제를 다음 달 실시할 예정입니다.', False),
                    ('공공조달 입찰 참가 자격 문의', '관련 규정에 따라 입찰 참가 자격 요건을 안내해 드립니다.', False)],
    }
    pool = TOP.get(g, TOP['local'])
    if v in ('rrn', 'masked'):
        pool = [x for x in pool if x[2]] or pool
        if not any(x[2] for x in pool):
            v = 'plain'
    topic = r.choice(pool)
    extra = ''
    mdpt = dept(r, ag, 'minwon')
    if v == 'rrn':
        reasons.append(P24)
        x = d.cue('content', rrn(r, birthdate(r, y, 25, 80)), note='unmasked RRN -> PIPA-24')
        extra = f'\n  ※ 조회 대상: {nm}({x})'
    elif v == 'masked':
        x = d.cue('content', masked_rrn(r, birthdate(r, y, 25, 80)), note='masked RRN, no PIPA-24')
        extra = f'\n  ※ 조회 대상: {nm}({x})'
    elif v == 'phone':
        extra = f'\n  ※ 민원인 연락처: {mobile(r, y)}'
    body = [f'1. 평소 {ag["name"]} 행정에 관심을 가져 주신 데 대하여 감사드립니다.',
            f'2. 귀하께서 {fdate(add_days(dt, -r.randint(3, 14)))} 제출하신 "{topic[0]}" 민원에 대한 검토 결과를 다음과 같이 알려드립니다.' + extra,
            f'  가. 민원 요지: {topic[0]}\n  나. 검토 결과: {topic[1]}',
            f'3. 기타 궁금하신 사항은 {mdpt} {person(r)} {r.choice(ranks_for(ag))}(☎ {agency_phone(r, ag)})에게 연락 주시면 친절히 안내해 드리겠습니다.']
    st = None
    place = 'none'
    disc = None
    if y >= 2004 and r.random() < 0.35:
        st = stated(r, 'partial', [6])
        place = part_place(r, fmt)
        disc = d.cue('disclosure_field', st, decides='disclosure')
    letter(d, r, ag, dt, f'민원 회신({topic[0]})' if r.random() < 0.5 else '귀하의 민원에 대한 답변', body, [], recv=recv, disc=disc, place=place,
           dpt=mdpt)
    why = '민원 회신: 답변 내용은 공개 가능하나 민원인(사인)의 성명·주소는 제6호로 가려야 함' + ('; 주민등록번호 노출 → PIPA-24' if P24 in reasons else '') + \
          ('; 주민등록번호 마스킹 → PIPA-24 아님' if v == 'masked' else '')
    return lab(d, ag, dt, 'partial', 'none', reasons, why, stated=st)


def t_contract(r, fmt):
    y = year_for(r, fmt, 1996, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu', 'edu', 'pe', 'cheong', 'central'])
    d = Doc('t_contract', '계약서')
    v = pick(r, ['corp_cost', 'sole_rrn', 'sole_cost', 'sole_bd', 'corp_cost'])
    reasons = []
    proj = r.choice(['청사 시설물 유지관리 용역', '행정정보시스템 유지보수 용역', '홍보 영상 제작 용역', '공원 조경 관리 용역', '노후 급수관 교체 공사', '통계 조사 대행 용역'])
    amt = r.randint(20, 900) * 1000000
    d.p(f'{proj} 계약서', align='center', title=True)
    d.p(f'계약번호: 제{y}-{r.randint(10, 999)}호')
    d.p(f'1. 계약명: {proj}\n2. 계약금액: 금 {amt:,}원(부가가치세 포함)\n3. 계약기간: {fdate(dt)} ~ {fdate(add_days(dt, r.randint(60, 365)))}\n4. 계약보증금: 계약금액의 100분의 10')
    d.p(f'발주기관(갑): {ag["name"]}  {ag["head"]}\n  주소: {ag["addr"]}')
    if v.startswith('corp'):
        co = r.choice(COMPANIES)
        rep = person(r)
        bank, acc = account(r)
        d.p(f'계약상대자(을): 상호 {co}  대표이사 {rep}\n  주소: {private_address(r, r.choice(list(REGION)), y, unit=False)}\n  사업자등록번호: {brn(r)}  전화: {landline(r, r.choice(["02", "031", "042"]))}\n'
            f'  대금 지급 계좌: {bank} {acc} (예금주: {co})')
    else:
        co = r.choice(SOLE_PROPS)
        rep = person(r)
        bank, acc = account(r)
        rep_c = d.cue('content', rep, decides='disclosure', note='sole proprietor (natural person)')
        idline = ''
        if v == 'sole_rrn':
            idline = f'  주민등록번호: {d.cue("content", rrn(r, birthdate(r, y, 30, 65)), note="unmasked RRN -> PIPA-24")}'
            reasons += [R[6], P24]
        elif v == 'sole_bd':
            idline = f'  생년월일: {fdate(birthdate(r, y, 30, 65))}'
            reasons += [R[6]]
        else:
            idline = f'  휴대전화: {mobile(r, y)}'
            reasons += [R[6]]
        d.p(f'계약상대자(을): 상호 {co}  대표자 {rep_c}\n  자택 주소: {private_address(r, ag["region"], y)}\n{idline}\n  사업자등록번호: {brn(r)}\n'
            f'  대금 지급 계좌: {bank} {acc} (예금주: {rep})')
    d.p('갑과 을은 위 계약에 대하여 상호 신의와 성실을 원칙으로 이 계약서에 의하여 계약을 체결하고, 각 1통씩 보관한다.')
    if v in ('corp_cost', 'sole_cost'):
        reasons.append(R[7])
        d.p(f'붙임: {d.cue("content", "산출내역서(원가계산 상세)", decides="disclosure" if v == "corp_cost" else None, note="detailed cost breakdown = business secret (7)")}')
        rows = [['비목', '산출 근거', '단가(원)', '금액(원)']]
        for k in ['노무비(기술사)', '노무비(특급기술자)', '노무비(중급기술자)', '제경비', '기술료', '자체 개발 솔루션 사용료']:
            u = r.randint(150, 900) * 1000
            rows.append([k, r.choice(['투입 인원 × 투입 일수', '직접인건비 × 110%', '(직접인건비+제경비) × 25%', '업체 견적 기준']), f'{u:,}', f'{u * r.randint(3, 60):,}'])
        d.table(rows)
        d.p('※ 단가 및 요율은 계약상대자의 원가 산정 자료를 기초로 작성됨')
    st = None
    if y >= 2005 and r.random() < 0.35:
        items = sorted({int(x[-1]) for x in reasons if x.startswith('OIDA')})
        st = stated(r, 'partial', items)
        d.footer.append(f'공개구분: {d.cue("disclosure_field", st, decides="disclosure")}')
    d.p(fdate(dt), align='right')
    d.p(f'갑: {ag["head"]} (인)      을: {co} 대표 {rep} (인)')
    why = '계약서는 공개 대상(계약명·금액·상대자 상호)이나' + (' 개인사업자 대표의 개인정보(주소·연락처·주민등록번호)는 제6호' if R[6] in reasons else '') + \
          (' 업체 원가 산출 세부는 제7호 영업비밀' if R[7] in reasons else '') + (' ; 주민등록번호 노출 → PIPA-24' if P24 in reasons else '')
    return lab(d, ag, dt, 'partial', 'none', reasons, why, stated=st)


def t_list_mixed(r, fmt):
    y = year_for(r, fmt, 2002, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu'])
    d = Doc('t_list_mixed', '명단')
    v = pick(r, [0, 1, 2])
    if v == 0:
        d.p(f'{y}년 사회단체 보조금 교부 결정 내역', align='center', title=True)
        rows = [['연번', '단체명', '사업명', '교부액(천원)', '대표자', '대표자 연락처']]
        for i in range(r.randint(5, 9)):
            nm = person(r)
            tel = mobile(r, y)
            if i == 0:
                tel = d.cue('content', tel, decides='disclosure', note='private mobile of representative')
            rows.append([str(i + 1), f'(사){r.choice(ROAD_STEMS)}{r.choice(["봉사회", "문화예술협회", "환경연합", "청년회", "어르신나눔회"])}',
                         r.choice(['취약계층 반찬 나눔', '하천 정화 활동', '청소년 문화 교실', '전통문화 계승 공연']), f'{r.randint(3, 50) * 1000:,}', nm, tel])
        why = '교부 결정 내역(단체·사업·금액)은 공개 대상이나 대표자 개인 휴대전화·성명은 제6호로 분리'
    elif v == 1:
        d.p('도로점용 허가 현황', align='center', title=True)
        rows = [['허가번호', '점용 위치', '면적(㎡)', '점용 기간', '점용자', '점용자 주소']]
        for i in range(r.randint(5, 9)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='private permit holder')
            rows.append([f'{y}-{r.randint(1, 400):03d}', f'{r.choice(DONG_STEMS)}동 {r.randint(10, 900)}-{r.randint(1, 30)} 앞', f'{r.uniform(1, 60):.1f}',
                         f'{y}. 1. 1. ~ {y}. 12. 31.', nm, private_address(r, ag['region'], y)])
        why = '허가 현황(위치·면적·기간)은 공개 가능, 개인 점용자 성명·주소는 제6호'
    else:
        d.p('공유재산 대부 계약 현황', align='center', title=True)
        rows = [['연번', '재산 소재지', '지목', '면적(㎡)', '연간 대부료(원)', '대부자', '생년월일']]
        for i in range(r.randint(5, 9)):
            nm = person(r)
            bd = fdate(birthdate(r, y, 30, 80))
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='private lessee')
            rows.append([str(i + 1), f'{r.choice(DONG_STEMS)}동 {r.randint(100, 999)}', r.choice(['전', '답', '대', '잡종지']), str(r.randint(30, 3000)),
                         f'{r.randint(50, 3000) * 1000:,}', nm, bd])
        why = '대부 현황(재산·면적·대부료)은 공개 가능, 개인 대부자 성명·생년월일은 제6호'
    d.table(rows)
    st = None
    if r.random() < 0.4:
        st = stated(r, 'partial', [6])
        d.p(f'공개여부: {d.cue("disclosure_field", st, decides="disclosure")}')
    d.p(f'{fdate(dt)} {ag["name"]} {dept(r, ag, "gen")}', align='right')
    return lab(d, ag, dt, 'partial', 'none', [R[6]], why, stated=st)


def t_minutes_private(r, fmt):
    y = year_for(r, fmt, 2000, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'city', 'county', 'gu', 'edu_local', 'pe'])
    d = Doc('t_minutes_private', '회의록')
    v = r.randint(0, 1)
    if v == 0:
        d.p(f'{r.choice(DONG_STEMS)}지구 도시계획도로 개설 주민설명회 회의록', align='center', title=True)
        d.p(f'○ 일시: {fdate(dt, "wd")} 19:00  ○ 장소: {r.choice(DONG_STEMS)}동 행정복지센터 2층\n○ 참석: 주민 {r.randint(15, 60)}명, {ag["name"]} {dept(r, ag, "dev")} 관계 공무원 {r.randint(2, 5)}명')
        d.p('○ 사업 설명: 담당 공무원이 노선, 편입 토지 보상 절차, 공사 일정을 설명함')
        d.p('○ 주민 질의 및 답변')
        for i in range(r.randint(2, 4)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='resident speaker')
            d.p(f'  - 주민 {nm}({r.choice(DONG_STEMS)}동 {r.randint(10, 999)}-{r.randint(1, 30)}, 토지 소유자): {r.choice(["편입 토지 보상가가 시세보다 낮다", "공사 중 소음·분진 대책을 마련해 달라", "노선을 기존 도로 쪽으로 옮겨 달라"])}\n'
                  f'    → (담당 공무원) {r.choice(["감정평가 2개 기관 평균으로 산정하며 이의신청 절차가 있음", "방음벽과 살수차를 운영할 계획임", "타당성 검토 후 회신하겠음"])}')
        why = '주민설명회 회의록: 설명·답변 내용은 공개 가능하나 발언 주민의 성명·주소(지번)는 제6호'
    else:
        d.p('공동주택 관리 분쟁조정위원회 회의록', align='center', title=True)
        d.p(f'○ 일시: {fdate(dt)} 14:00  ○ 안건: {r.choice(APTS)}아파트 관리비 부과 분쟁 조정')
        nm = d.cue('content', person(r), decides='disclosure', note='applicant')
        d.p(f'○ 신청인: {nm}({r.randint(101, 115)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호 거주), 피신청인: 입주자대표회의')
        d.p('○ 위원 의견: 장기수선충당금 사용 절차에 일부 하자가 있으나 관리비 부과 자체는 적법함\n○ 조정안: 관리주체는 사용 내역을 입주민에게 공개하고, 신청인은 미납 관리비를 납부')
        why = '분쟁조정 회의록: 조정 내용은 공개 가능하나 신청인 성명·동호수는 제6호'
    return lab(d, ag, dt, 'partial', 'none', [R[6]], why)


def t_attach_np(r, fmt):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'city', 'edu', 'pe'])
    d = Doc('t_attach_np', '공문')
    v = pick(r, [0, 1, 2])
    items = [5]
    if v == 0:
        t1, t2 = f'{y}년 하반기 조직진단 추진계획', '부서별 인력 재배치(안)'
        c1 = ['○ 목적: 행정 수요 변화에 따른 적정 인력 산정', '○ 일정: 부서별 직무 분석(8월) → 조정안 마련(9월) → 확정(10월)']
        c2 = [f'○ {dept(r, ag, "gen")}: 현원 {r.randint(8, 20)}명 → {r.randint(6, 18)}명(감축 검토)', f'○ {dept(r, ag, "welfare")}: 현원 {r.randint(8, 20)}명 → 증원 2명 검토', '○ 확정 전 노조 협의 및 조직위원회 심의 예정']
    elif v == 1:
        t1, t2 = f'{y}년 공공요금 조정 추진 일정', '요금 인상률 대안 비교(내부 검토안)'
        c1 = ['○ 공청회 개최 및 물가대책위원회 심의 일정 안내', '○ 주민 의견 수렴 기간: 20일']
        c2 = [f'○ 1안: {r.randint(3, 9)}% 인상(원가 회수율 {r.randint(70, 90)}%)', f'○ 2안: 단계적 인상(연 {r.randint(2, 5)}%)', '○ 검토 의견: 2안 우선 검토(미확정)']
    else:
        t1, t2 = f'{y}년 신규 사업 공모 평가 계획', '평가위원 후보자 명단 및 평가 기준 가중치(안)'
        c1 = ['○ 공모 기간 및 신청 자격', '○ 평가 절차: 서면 평가 → 발표 평가 → 현장 확인']
        c2 = [f'○ 평가위원 후보: 외부 전문가 {d.cue("content", person(r), note="private expert name (6)")} 교수 외 {r.randint(6, 12)}명', '○ 가중치: 사업성 40, 실현 가능성 30, 파급효과 30(조정 중)']
        items = [5, 6]
    np_note = d.cue('content', r.choice([f'붙임 2는 비공개', '붙임 2 비공개(의사결정 과정)', '※ 붙임 2는 내부 검토 중인 자료로 비공개', '붙임2(비공개)']), decides='disclosure',
                    note='statement that attachment 2 is withheld')
    st = stated(r, 'partial', items)
    place = part_place(r, fmt)
    disc = d.cue('disclosure_field', st, decides='disclosure')
    body = [f'1. 관련: {dept(r, ag, "gen")}-{r.randint(100, 999)}({fdate(add_days(dt, -15))})',
            f'2. 「{t1}」을 붙임과 같이 송부하니 업무에 참고하시기 바랍니다.', f'3. {np_note}이며, 업무 참고용으로만 활용하여 주시기 바랍니다.']
    letter(d, r, ag, dt, t1 + ' 알림', body, [f'{t1} 1부.', f'{t2} 1부.'], disc=disc, place=place)
    d.p(f'[붙임 1] {t1}', title=True)
    for x in c1:
        d.p(x)
    d.p(f'[붙임 2] {t2} — 비공개', title=True)
    for x in c2:
        d.p(x)
    why = '본문·붙임 1은 공개 가능, 붙임 2는 의사결정·내부검토 과정(제5호)' + (' 및 외부 평가위원 개인정보(제6호)' if 6 in items else '') + '로 분리 비공개 → 부분공개'
    return lab(d, ag, dt, 'partial', 'none', [R[i] for i in items], why, stated=st)


def t_mislabeled(r, fmt):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['city', 'county', 'gu', 'metro'])
    d = Doc('t_mislabeled', '공문')
    title = r.choice([f'{y}년 {dt.month}월 공공근로사업 참여자 임금 지급 명단 송부', f'{y}년 희망일자리 참여자 급여 지급 요청', '지역공동체 일자리 참여자 인건비 지급'])
    rows = [['연번', '성명', '주민등록번호', '은행', '계좌번호', '지급액(원)']]
    for i in range(r.randint(4, 8)):
        bank, acc = account(r)
        x = rrn(r, birthdate(r, y, 25, 75))
        if i == 0:
            x = d.cue('content', x, decides='disclosure', note='full RRN contradicts stated 공개')
        rows.append([str(i + 1), person(r), x, bank, acc, f'{r.randint(60, 180) * 10000:,}'])
    body = [f'1. {title.split(" 송부")[0]}과 관련하여 참여자 임금 지급 명단을 아래와 같이 송부하니 지급 처리하여 주시기 바랍니다.', ('table', rows),
            '2. 지급 후 결과를 회신하여 주시기 바랍니다.']
    st = stated(r, 'public')
    disc = d.cue('disclosure_field', st, note='stated public, overridden by content')
    letter(d, r, ag, dt, title, body, [], disc=disc, place=r.choice(['closing', 'footer', 'field_bottom']))
    d.template = 't_mislabeled'
    return lab(d, ag, dt, 'partial', 'none', [R[6], P24], '공개로 표시되었으나 주민등록번호·계좌번호 전체가 기재됨 → 내용 우선: 부분공개, 제6호 + PIPA-24 (t_mislabeled)',
               stated=st, vs='conflict')


def t_audit_partial(r, fmt):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county'])
    d = Doc('t_audit_partial', '감사 결과')
    d.p(f'{y}년 농업 보조사업 집행 실태 특정감사 결과', align='center', title=True)
    d.p(f'○ 감사 대상: {ag["name"]} 농업정책과 및 보조사업자 {r.randint(10, 40)}곳\n○ 감사 기간: {fdate(add_days(dt, -70))} ~ {fdate(add_days(dt, -60))}')
    d.p('□ 주요 지적 사항')
    for i in range(r.randint(2, 3)):
        nm = person(r)
        if i == 0:
            nm = d.cue('content', nm, decides='disclosure', note='private subsidy recipient')
        d.p(f'  {i + 1}. 보조사업자 {nm}({r.choice(DONG_STEMS)}읍 거주)은 {r.choice(["농기계 구입 보조금", "시설하우스 설치 보조금", "친환경 자재 지원금"])} {r.randint(5, 40)},000천원을 교부받은 후 '
              f'{r.choice(["자부담을 이행하지 않았음", "목적 외로 사용하였음", "정산 서류를 허위로 제출하였음"])} → 보조금 환수(시정)')
    d.p(f'  {i + 2}. 담당 부서는 정산 검사를 소홀히 함 → 주의')
    st = stated(r, 'partial', [6])
    d.p(f'공개구분: {d.cue("disclosure_field", st, decides="disclosure")}')
    return lab(d, ag, dt, 'partial', 'none', [R[6]], '완료된 감사 결과는 공개 대상이나 개인 보조사업자 성명·거주지는 제6호로 분리', stated=st)


def t_bid_eval(r, fmt):
    y = year_for(r, fmt, 2008, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'pe', 'edu', 'cheong'])
    d = Doc('t_bid_eval', '평가 결과')
    proj = r.choice(['차세대 민원 시스템 구축', '스마트 교통 정보센터 고도화', '통합 재난 관제 플랫폼 구축', '학사 행정 시스템 재구축'])
    d.p(f'{proj} 사업 제안서 기술평가 결과', align='center', title=True)
    cos = r.sample(IT_COMPANIES, 3)
    rows = [['순위', '업체명', '기술점수(90)', '가격점수(10)', '종합점수']]
    sc = sorted([(r.uniform(70, 88), r.uniform(7, 10), c) for c in cos], key=lambda x: -(x[0] + x[1]))
    for i, (a, b, c) in enumerate(sc):
        rows.append([str(i + 1), c, f'{a:.2f}', f'{b:.2f}', f'{a + b:.2f}'])
    d.table(rows)
    reasons = [R[7]]
    d.p('□ 업체별 세부 평가 내역(제안 핵심 기술 및 원가 구성)')
    for i, (a, b, c) in enumerate(sc):
        s = f'  ○ {c}: 자체 개발 {r.choice(["분산 처리 엔진", "영상 분석 알고리즘", "데이터 연계 미들웨어"])}(특허 출원 중) 적용, 투입 인력 단가 특급 {r.randint(40, 70)}만원/일, 유지보수 요율 {r.randint(8, 15)}%'
        if i == 0:
            s = s.replace('자체 개발', d.cue('content', '자체 개발', decides='disclosure', note='proprietary technology details (7)'), 1)
        d.p(s)
    if pick(r, [True, False]):
        reasons.append(R[6])
        d.p(f'□ 평가위원: 외부 위원 {d.cue("content", person(r), note="private evaluator name (6)")}({r.choice(["○○대학교 교수", "기술사", "연구원 책임연구원"])}) 외 {r.randint(5, 8)}명')
    return lab(d, ag, dt, 'partial', 'none', reasons, '평가 결과(순위·점수)는 공개 가능, 업체의 기술·원가 세부는 제7호' + (', 외부 평가위원 개인정보는 제6호' if R[6] in reasons else ''))


def t_overseas_trip(r, fmt):
    y = year_for(r, fmt, 2004, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'gu', 'edu', 'pe'])
    d = Doc('t_overseas_trip', '내부결재 보고서')
    country = r.choice(['독일', '네덜란드', '싱가포르', '일본', '덴마크', '캐나다'])
    rows = [['소속', '직급', '성명', '여권번호']]
    for i in range(r.randint(3, 5)):
        p = passport(r, y)
        if i == 0:
            p = d.cue('content', p, decides='disclosure', note='unmasked passport -> PIPA-24')
        rows.append([dept(r, ag, 'gen'), r.choice(ranks_for(ag)), person(r), p])
    H = roman_heads(r)
    report(d, r, ag, dt, f'{country} 선진사례 벤치마킹 국외출장 결과 보고',
           [(H[0] + '출장 개요', [f'○ 기간: {fdate(add_days(dt, -20))} ~ {fdate(add_days(dt, -14))}', f'○ 방문 기관: {country} {r.choice(["도시재생청", "환경청", "교통공사", "교육청"])} 등 4곳']),
            (H[1] + '주요 시사점', ['○ 주민 참여형 사업 추진 체계 도입 검토', '○ 데이터 기반 의사결정 사례 공유'])])
    d.p('[붙임] 출장자 명단')
    d.table(rows)
    return lab(d, ag, dt, 'partial', 'none', [R[6], P24], '출장 결과는 공개 대상(공무원 직무 수행)이나 여권번호는 직무와 무관한 고유식별정보 → 제6호, PIPA-24')


def t_newhire(r, fmt):
    y = year_for(r, fmt, 1998, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu', 'edu'])
    d = Doc('t_newhire', '인사 발령')
    d.p(f'{y}년 신규 임용 공무원 임용 및 배치', align='center', title=True)
    rows = [['성명', '생년월일', '직렬(직급)', '배치 부서', '거주지']]
    for i in range(r.randint(4, 7)):
        bd = fdate(birthdate(r, y, 22, 35))
        if i == 0:
            bd = d.cue('content', bd, decides='disclosure', note='date of birth of appointee')
        rows.append([person(r), bd, r.choice(['행정 9급', '사회복지 9급', '토목 9급', '전산 9급', '행정 7급']), dept(r, ag, r.choice(['gen', 'welfare', 'dev'])),
                     private_address(r, ag['region'], y, unit=False)])
    d.table(rows)
    d.p(f'임용일: {fdate(dt)}', align='right')
    return lab(d, ag, dt, 'partial', 'none', [R[6]], '임용 사실(성명·직급·배치)은 공개 가능, 생년월일·거주지는 직무와 무관한 개인정보(제6호)')


PARTIAL_TEMPLATES = {
    't_part_letter': t_part_letter, 't_minwon_reply': t_minwon_reply, 't_contract': t_contract, 't_list_mixed': t_list_mixed,
    't_minutes_private': t_minutes_private, 't_attach_np': t_attach_np, 't_mislabeled': t_mislabeled,
    't_audit_partial': t_audit_partial, 't_foi_notice_personal': lambda r, f: t_foi_notice(r, f, True), 't_bid_eval': t_bid_eval,
    't_overseas_trip': t_overseas_trip, 't_newhire': t_newhire,
}
