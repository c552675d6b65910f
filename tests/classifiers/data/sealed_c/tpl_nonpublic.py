# -*- coding: utf-8 -*-
"""Templates whose gold disclosure is `non_public` (classified, 대외비 and content-only)."""
from tpl_partial import *  # noqa
import datetime


def np_place(r, fmt):
    if fmt == 'text':
        return r.choice(['closing', 'closing_wrap', 'field_top', 'field_bottom', 'header_table', 'footer'])
    return r.choice(['closing', 'header_table', 'header_table', 'footer', 'field_bottom'])


def put_marking(d, r, fmt, stamp_top, stamp_bottom=None, mode=None):
    """Place the document's own classification stamp.  Returns the mode used."""
    modes = ['header_footer', 'header_footer', 'header_only', 'box', 'body_top', 'table_cell', 'footer_only']
    if fmt == 'text':
        modes += ['header_footer', 'body_top']
    else:
        modes += ['box', 'box', 'table_cell']
    mode = mode or r.choice(modes)
    top = d.cue('marking', stamp_top, decides='marking')
    if mode == 'header_footer':
        d.header.append(top)
        d.footer.append(d.cue('marking', stamp_bottom or stamp_top, note='bottom stamp'))
    elif mode == 'header_only':
        d.header.append(top)
    elif mode == 'footer_only':
        d.footer.append(top)
    elif mode == 'box':
        d.box(top, align=r.choice(['right', 'center']))
    elif mode == 'body_top':
        d.p(top, align='center')
    elif mode == 'table_cell':
        d.table([['보안등급', top, '관리번호', f'{r.randint(1, 99):02d}-{r.randint(100, 999)}']])
    return mode


SECRET_TOPICS = {
    'III급': [
        ('{y}년 {region} 충무계획 {field} 분야 세부 시행계획', [2], ['metro', 'province', 'city', 'county', 'edu', 'pe']),
        ('국가중요시설({fac}) 방호 계획', [3], ['pe', 'metro', 'city']),
        ('{y}년 을지연습 상황 조치 메시지(통제관용)', [2], ['metro', 'province', 'city', 'central', 'edu']),
        ('{region} 통합방위 지역 작전 협조 계획', [2], ['metro', 'province', 'police_hq']),
        ('전시 비상급수 시설 운용 계획', [3], ['pe', 'metro', 'city']),
        ('주요 행사 대테러 안전 확보 계획', [2], ['police_hq', 'police']),
    ],
    'II급': [
        ('전시 정부기능 유지를 위한 소산·이전 계획', [2], ['central']),
        ('남북 회담 대응 전략(안)', [2], ['central']),
        ('비상대비 중점관리업체 동원 물자 지정 현황', [2], ['central', 'metro', 'province']),
        ('주요 방공 진지 배치 및 운용 계획', [2], ['mil']),
        ('국가 기반시설 전시 방호 작전 계획', [2, 3], ['mil', 'central']),
    ],
    'I급': [
        ('전시 국가지휘체계 운용 계획', [2], ['mil']),
        ('작전계획 부록: 전시 지휘통신 및 암호자재 운용', [2], ['mil']),
        ('국가위기관리 핵심 대응 지침(부록)', [2], ['mil']),
    ],
}


def secret_body(r, title, region, y):
    H = roman_heads(r)
    return [
        (H[0] + '목적', [f'○ {title.split("(")[0]}에 관한 세부 사항을 정하여 유사시 신속하고 체계적인 대응을 보장']),
        (H[1] + '기본 방침', ['○ 관계 기관 간 임무 분담을 명확히 하고, 상황 발생 시 즉각 전환 가능한 태세 유지',
                             f'○ 주요 지휘소: {region} 소재 {r.choice(["지하 대피시설", "예비 지휘소", "제2 상황실"])} (위치 별지 참조)']),
        (H[2] + '세부 시행 사항', [f'○ 1단계(준비): 비상연락망 가동, 핵심 요원 {r.randint(12, 80)}명 소집',
                                  f'○ 2단계(전환): {r.choice(["소산 지역으로 핵심 기능 이전", "방호 인력 증강 배치", "통신망 예비 회선 전환"])}, 소요 시간 {r.randint(2, 12)}시간 이내',
                                  f'○ 3단계(유지): {r.choice(["교대 근무 3개조 편성", "자원 동원 명령 발령", "주요 시설 출입 전면 통제"])}',
                                  f'○ 예비 주파수/호출부호: {r.choice(["별지 2", "암호자재 운용 지침"])}에 따름']),
        (H[3] + '행정 사항', ['○ 본 계획은 비밀 취급 인가자에 한하여 열람', '○ 사본 제작 시 사본번호를 부여하고 비밀관리기록부에 기록']),
    ]


def t_secret(r, fmt, level):
    topic, items, kinds = pick(r, SECRET_TOPICS[level])
    y = year_for(r, fmt, 2012 if r.random() < 0.6 else 1995, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, kinds)
    d = Doc(f't_secret_{level}', r.choice(['계획서', '내부결재 보고서']) if r.random() < 0.7 else '공문')
    region = sido_name(ag['region'], y)
    title = topic.format(y=y, region=region, field=r.choice(['행정', '교통', '의료', '통신', '식수', '에너지']),
                         fac=r.choice(['○○ 정수장', '○○ 변전소', '○○ 가스 공급 기지', '○○ 댐 관리시설']))
    stamp = secret_stamp(r, level)
    mode = put_marking(d, r, fmt, stamp, secret_stamp(r, level) if r.random() < 0.3 else stamp)
    uy = y + r.randint(3, 12)
    if y >= 2010:
        uy = max(uy, 2027 + r.randint(0, 3))
    until = datetime.date(min(uy, 2040), 12, 31)
    extras = []
    if r.random() < 0.8:
        extras.append(d.cue('marking_aux', yegomun(r, level, until), note='예고문 (supports marking)'))
    if r.random() < 0.6:
        extras.append(d.cue('marking_aux', copyno(r), note='사본번호'))
    st = None
    place = None
    disc = None
    if y >= 2004 and r.random() < 0.35:
        st = stated(r, 'non_public', [1] + items if r.random() < 0.6 else [1])
        disc = d.cue('disclosure_field', st, decides='disclosure')
        place = r.choice(['header_table', 'footer', 'field_top'])
    if mode == 'table_cell' and place == 'header_table':
        place = 'field_top'
    for e in extras[:1]:
        d.p(e, align='right')
    if d.genre == '공문' and y >= 2004:
        body = [f'1. 관련: {dept(r, ag, "sec")}-{r.randint(10, 99)}({fdate(add_days(dt, -30))})',
                f'2. 「{title}」을 붙임과 같이 수립하였으니 각 기관에서는 세부 임무를 숙지하고 유사시 차질 없이 시행하여 주시기 바랍니다.',
                f'3. 본 문서는 {d.cue("content", "비밀 취급 인가자", note="handling instruction")} 외 열람을 금하며, 보호기간 경과 시 예고문에 따라 처리하시기 바랍니다.']
        letter(d, r, ag, dt, title, body, [f'{title} 1부.'], disc=disc, place=place or 'none', dpt=dept(r, ag, 'sec'), internal=r.random() < 0.3)
        for h, lines in secret_body(r, title, region, y)[1:3]:
            d.p(h)
            for ln in lines:
                d.p(ln)
    else:
        if d.genre == '공문':
            d.genre = '계획서'
        report(d, r, ag, dt, title, secret_body(r, title, region, y), dpt=dept(r, ag, 'sec'), disc=disc, place=place,
               approval=r.random() < 0.5)
    for e in extras[1:]:
        d.p(e)
    reasons = [R[1]] + [R[i] for i in items]
    why = f'문서 자체에 {level} 비밀 표시(보안업무규정, 대통령령) → 제1호 + 내용 사유(' + ', '.join(f'제{i}호' for i in items) + ')'
    if st:
        why += f'; 공개구분 표시 "{st}"와 일치'
    return lab(d, ag, dt, 'non_public', level, reasons, why, stated=st)


DAEOEBI = [
    ('{y}년 청사 방호 및 경비 근무 계획', [3], ['central', 'metro', 'province', 'city', 'edu', 'pe']),
    ('{y}년 상반기 불법 사행성 게임장 합동 단속 계획', [4], ['police_hq', 'police', 'metro', 'city']),
    ('음주운전 특별 단속 일정 및 장소', [4], ['police', 'police_hq']),
    ('{y}년 종합감사 실시 계획(중점 감사 사항)', [5], ['metro', 'province', 'edu', 'central', 'pe']),
    ('조직개편(안) 검토 보고', [5], ['central', 'metro', 'province', 'city', 'pe']),
    ('{region} 신규 공공택지 후보지 검토', [5, 8], ['central', 'pe', 'metro', 'province']),
    ('산업단지 조성 예정지 선정(안)', [8], ['metro', 'province', 'city', 'pe']),
    ('직원 신원 특이자 관리 현황', [6], ['central', 'pe', 'metro']),
    ('직원 정신건강 상담 대상자 관리 현황', [6, 23], ['fire_hq', 'police_hq', 'central', 'pe']),
    ('소속 공무원 음주운전 등 비위 처분 현황', [6, 23], ['metro', 'province', 'edu', 'central']),
    ('입찰 예정가격 산정 조서', [5], ['pe', 'metro', 'city', 'cheong']),
    ('{y}년 노사 단체교섭 대응 전략(안)', [5], ['pe', 'metro', 'edu']),
    ('정수장 등 주요 기반시설 취약점 점검 결과', [3], ['pe', 'metro', 'city']),
    ('마약류 불법 유통 기획 수사 계획', [4], ['police_hq', 'police']),
]


def daeoebi_body(r, topic, items, ag, y, d):
    H = roman_heads(r)
    if 3 in items:
        return [(H[0] + '현황', [f'○ 방호 인력: 청원경찰 {r.randint(4, 20)}명(3교대), 보안 요원 {r.randint(2, 8)}명',
                                  f'○ CCTV {r.randint(30, 160)}대 운영, {d.cue("content", "사각지대", decides="disclosure", note="facility vulnerability (3)")} {r.randint(2, 9)}곳(후문 주차장, 지하 기계실 등)']),
                (H[1] + '취약 요인 및 보완 대책', ['○ 야간 후문 출입통제 공백 시간(02:00~05:00) 순찰 강화', '○ 지하 기계실 출입문 전자잠금장치 교체']),
                (H[2] + '비상 시 조치', ['○ 상황 발생 시 경찰 112 및 관할 지구대 즉시 통보, 비상 출입구 폐쇄 순서 별도 지정'])]
    if 4 in items:
        return [(H[0] + '단속 개요', [f'○ 기간: {fdate(add_days(d.info["_dt"], r.randint(10, 40)))}부터 {r.randint(2, 6)}주간',
                                    f'○ 대상 업소/지점: {d.cue("content", "단속 대상 지점", decides="disclosure", note="enforcement plan (4)")} {r.randint(10, 40)}곳(세부 목록 별지)']),
                (H[1] + '단속 방법', ['○ 사전 잠복 및 채증 후 일제 진입', '○ 단속 일시·장소는 당일 09:00 지휘부 회의에서 최종 확정']),
                (H[2] + '보안 유지', ['○ 단속 정보 사전 유출 시 엄중 문책'])]
    if 8 in items:
        return [(H[0] + '검토 대상지', [f'○ 1순위: {r.choice(DONG_STEMS)}동 일원 {r.randint(20, 300)}만㎡ (자연녹지, 지가 상승 우려)',
                                      f'○ 2순위: {r.choice(DONG_STEMS)}동 {r.randint(100, 999)}번지 일대 {r.randint(20, 300)}만㎡']),
                (H[1] + '검토 의견', [f'○ 발표 전 {d.cue("content", "투기 수요", decides="disclosure", note="speculation risk (8)")} 유입 방지를 위해 토지거래허가구역 지정 병행 필요',
                                    '○ 최종 후보지는 관계 부처 협의 후 확정']),
                (H[2] + '향후 일정', ['○ 타당성 검토 → 관계 기관 협의 → 발표'])]
    if 6 in items:
        rows = [['소속', '직급', '성명', '사유', '조치']]
        for i in range(r.randint(3, 5)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='identifiable official in non-official capacity (6)')
            if 23 in items:
                why = r.choice(['우울증 상담 지속 필요', '외상후 스트레스 장애 치료 중', '음주운전(벌금 700만원)', '음주운전 면허취소(벌금형)', '공황장애 진단'])
            else:
                why = r.choice(['채무 과다(신용불량)', '해외 연고 다수', '도박 관련 민원 접수', '외국 기관 접촉 보고 누락'])
            rows.append([dept(r, ag, 'gen'), r.choice(ranks_for(ag)), nm, why, r.choice(['관찰', '상담 연계', '보직 조정', '주의'])])
        return [(H[0] + '관리 대상자 현황', [('table', rows)]), (H[1] + '관리 방안', ['○ 분기별 면담 및 결과 보고', '○ 개인정보 외부 유출 금지'])]
    # 5
    return [(H[0] + '검토 배경', ['○ 업무 여건 변화에 따른 개선 필요성 제기']),
            (H[1] + '검토 내용', [f'○ {d.cue("content", "내부 검토안", decides="disclosure", note="decision-making in progress (5)")}: {r.choice(["정원 감축 및 부서 통합", "중점 감사 대상 기관 선정 기준", "예정가격 사정률 결정", "교섭 양보 한도"])}',
                                 f'○ 대안 1: {r.choice(["현행 유지", "단계적 시행", "전면 시행"])} / 대안 2: {r.choice(["시범 운영 후 확대", "유예", "부분 시행"])}']),
            (H[2] + '향후 계획', ['○ 간부회의 보고 후 최종 확정(미확정)'])]


def t_daeoebi(r, fmt):
    topic, items, kinds = pick(r, DAEOEBI)
    y = year_for(r, fmt, 2016 if r.random() < 0.6 else 1998, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, kinds)
    d = Doc('t_daeoebi', r.choice(['내부결재 보고서', '계획서', '검토보고서']))
    region = sido_name(ag['region'], y)
    title = topic.format(y=y, region=region)
    uy = y + r.randint(1, 5)
    if y >= 2010:
        uy = max(uy, 2027 + r.randint(0, 2))
    until = datetime.date(min(uy, 2032), 12, 31)
    stamp = daeoebi_stamp(r, until)
    put_marking(d, r, fmt, stamp, r.choice([stamp, '대외비']))
    st = None
    place = None
    disc = None
    oida = [i for i in items if i < 10]
    if y >= 2004 and r.random() < 0.45:
        st = stated(r, 'non_public', oida)
        disc = d.cue('disclosure_field', st, decides='disclosure')
        place = r.choice(['header_table', 'footer', 'field_top', 'field_bottom'])
    if r.random() < 0.3:
        d.p(d.cue('marking_aux', f'보호기간: {fdate(until)}까지', note='protection period'), align='right')
    d.info['_dt'] = dt
    if 4 in items:
        dk = 'inv' if 'inv' in DEPTS[dept_group(ag['kind'])] else 'sec'
    elif 3 in items:
        dk = 'sec'
    elif 8 in items:
        dk = 'dev'
    elif 6 in items:
        dk = 'hr'
    elif '감사' in title:
        dk = 'audit'
    elif '예정가격' in title:
        dk = 'contract'
    else:
        dk = 'policy'
    report(d, r, ag, dt, title, daeoebi_body(r, topic, items, ag, y, d), disc=disc, place=place, dpt=dept(r, ag, dk))
    d.info.pop('_dt', None)
    # tables inside section lines
    fix_inline_tables(d)
    reasons = [R[i] for i in oida] + ([P23] if 23 in items else [])
    why = '문서 자체에 대외비 표시(보안업무규정 시행규칙) → 제1호는 부여하지 않고 내용 사유만(' + ', '.join(f'제{i}호' for i in oida) + (' + PIPA-23' if 23 in items else '') + ')'
    if st:
        why += f'; 공개구분 "{st}"와 일치'
    return lab(d, ag, dt, 'non_public', '대외비', reasons, why, stated=st)


def fix_inline_tables(d):
    nb = []
    for b in d.blocks:
        if b[0] == 'p' and isinstance(b[1], tuple):
            nb.append(('table', b[1][1], {}))
        else:
            nb.append(b)
    d.blocks = nb


def t_internal_review(r, fmt):
    y = year_for(r, fmt, 1996, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_internal_review', '검토보고서')
    topic = r.choice(['상수도 요금 현실화(안)', '공무원 성과평가 기준 개선(안)', '시내버스 노선 개편(안)', '민원 콜센터 위탁 운영 전환(안)',
                      '○○ 조례 일부개정(안) 쟁점', '소방 출동 체계 개편(안)', '학교 통폐합 추진(안)', '공공요금 인상 시기 조정(안)'])
    mk = None
    if r.random() < 0.55:
        mk = d.cue('informal', r.choice(['내부 검토용', '[대내용]', '취급주의', '검토용(외부 유출 금지)', '[내부용]', '초안(DRAFT)']), note='informal; not a classification')
        (d.header.append(mk) if r.random() < 0.6 else d.box(mk))
    st = None
    place = None
    disc = None
    if y >= 2004 and r.random() < 0.4:
        st = stated(r, 'non_public', [5])
        disc = d.cue('disclosure_field', st, decides='disclosure')
        place = r.choice(['header_table', 'field_top', 'footer'])
    H = roman_heads(r)
    rev = d.cue('content', r.choice(['검토 중', '미확정', '내부 검토 단계', '확정 전']), decides=None if st else 'disclosure', note='decision process in progress (5)')
    secs = [(H[0] + '검토 배경', [f'○ {topic.replace("(안)", "")} 관련 {r.choice(["재정 부담 증가", "이용자 불편 민원 증가", "상위 법령 개정", "감사 지적"])}에 따른 개선 필요']),
            (H[1] + '현황 및 문제점', [f'○ 현행 제도 운영 {r.randint(3, 15)}년 경과, 여건 변화 미반영', '○ 관계 부서 간 의견 차이 존재']),
            (H[2] + '검토 의견', [f'○ 1안(즉시 시행): 효과 크나 반발 우려 / 2안(단계 시행): 부담 분산', f'○ 현재 {rev}이며 간부회의 보고 후 방향 결정 예정']),
            (H[3] + '향후 계획', ['○ 관계 부서 협의 → 공청회 → 최종안 확정'])]
    report(d, r, ag, dt, topic + (' 검토 보고' if r.random() < 0.6 else ''), secs, disc=disc, place=place)
    why = '의사결정·내부검토 과정의 안(案) → 제5호, 비공개' + (f'; 공개구분 "{st}"와 일치' if st else '') + ('; 비공식 표시는 등급 아님' if mk else '')
    return lab(d, ag, dt, 'non_public', 'none', [R[5]], why, stated=st)


def t_discipline(r, fmt):
    y = year_for(r, fmt, 1997, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'city', 'county', 'gu', 'edu', 'pe', 'fire_hq', 'police_hq'])
    d = Doc('t_discipline', '징계의결서')
    criminal = pick(r, [True, False, True])
    nm = person(r)
    rank = r.choice(ranks_for(ag))
    c_nm = d.cue('content', nm, decides='disclosure', note='disciplined official (non-official capacity)')
    d.p('징 계 의 결 서' if ag['kind'] != 'pe' else '인사위원회 징계 의결서', align='center', title=True)
    d.table([['소속', dept(r, ag, 'gen')], ['직위(직급)', rank], ['성명', c_nm]])
    pen = r.choice(['정직 1월', '정직 2월', '감봉 3월', '강등', '견책', '감봉 1월'])
    d.p(f'의결 주문: 징계혐의자 {nm}을(를) "{pen}"에 처한다.')
    if criminal:
        k = r.choice(['dui', 'dui', 'assault'])
        if k == 'dui':
            fact = (f'혐의자는 {fdate(add_days(dt, -r.randint(60, 200)))} 23:{r.randint(10, 59)}경 혈중알코올농도 0.{r.randint(60, 190):03d}%의 주취 상태로 자가용 승용차를 운전하다 적발되었고, '
                    f'{fdate(add_days(dt, -r.randint(10, 50)))} ○○지방법원에서 {d.cue("content", f"벌금 {r.randint(3, 15) * 100}만원의 약식명령", note="criminal conviction -> PIPA-23")}을 받았다.')
        else:
            fact = (f'혐의자는 회식 후 귀가 중 시비 끝에 행인을 폭행하여 상해를 입혔고, ○○지방법원에서 '
                    f'{d.cue("content", "징역 6월, 집행유예 1년", note="criminal conviction -> PIPA-23")}의 판결이 확정되었다.')
    else:
        fact = r.choice([f'혐의자는 {y}. 3.부터 {y}. 6.까지 출장 사실 없이 관내 출장 여비 {r.randint(40, 300)}만원을 부당하게 수령하였다.',
                         '혐의자는 부서 직원에게 반복적으로 폭언을 하는 등 직장 내 괴롭힘을 하였다.',
                         '혐의자는 정당한 사유 없이 근무지를 이탈하여 복무 규정을 위반하였다.'])
    d.p('이   유')
    d.p('1. 인정되는 사실\n  ' + fact)
    d.p('2. 증거의 판단: 혐의자의 진술, 수사기관 통보서, 관련 자료 등에 의하여 인정됨')
    if ag['kind'] == 'pe':
        d.p(f'3. 적용 규정: 인사규정 제{r.randint(40, 70)}조(징계 사유), 취업규칙 제{r.randint(5, 15)}조(품위 유지)')
    elif ag['kind'] in ('metro', 'province', 'city', 'county', 'gu', 'edu'):
        d.p('3. 적용 법령: 지방공무원법 제48조(성실 의무), 제55조(품위 유지의 의무), 제69조(징계 사유)')
    else:
        d.p('3. 적용 법령: 국가공무원법 제56조(성실 의무), 제63조(품위 유지의 의무), 제78조(징계 사유)')
    d.p(f'4. 징계 양정: 비위의 정도, 평소 근무 태도 등을 종합적으로 고려하여 주문과 같이 의결한다.')
    d.p(fdate(dt), align='right')
    d.p(f'{ag["name"]} {"보통징계위원회" if ag["kind"] != "pe" else "인사위원회"} 위원장 (인)', align='center')
    reasons = [R[6]] + ([P23] if criminal else [])
    why = '징계의결서: 공무원의 비직무적(징계) 개인정보로 문서 전체가 식별 정보 → 비공개, 제6호' + ('; 형사처벌(벌금·집행유예) 기재 → PIPA-23' if criminal else '')
    return lab(d, ag, dt, 'non_public', 'none', reasons, why)


def t_sick(r, fmt):
    y = year_for(r, fmt, 1999, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_sick', '내부결재 보고서')
    v = pick(r, [0, 1, 2])
    H = roman_heads(r)
    if v < 2:
        nm = d.cue('content', person(r), decides='disclosure', note='employee on sick leave')
        diag = d.cue('content', r.choice(['요추 추간판 탈출증', '주요 우울장애', '갑상선암(수술 후 회복기)', '뇌경색 후유증', '공황장애', '유방암 항암치료']), note='diagnosis -> PIPA-23')
        title = '질병휴직 승인(안)' if v == 0 else '병가 사용 승인 요청'
        report(d, r, ag, dt, title, [
            (H[0] + '대상자', [f'○ {dept(r, ag, "gen")} {r.choice(ranks_for(ag))} {nm}']),
            (H[1] + '사유', [f'○ {r.choice(["○○대학교병원", "○○의료원", "○○정형외과의원"])} 진단서(진단명: {diag}, 향후 {r.randint(2, 12)}개월 치료 요함)']),
            (H[2] + '기간', [f'○ {fdate(add_days(dt, 3))} ~ {fdate(add_days(dt, r.randint(60, 365) if v == 0 else r.randint(7, 60)))}']),
            (H[3] + '근거', ['○ 국가공무원법 제71조 제1항 제1호' if ag['kind'] in ('central', 'cheong') else '○ 복무 규정 및 인사 규정'])])
        why = '특정 직원의 질병휴직·병가와 진단명 → 제6호, 건강정보 PIPA-23, 문서 전체가 개인정보 → 비공개'
    else:
        d.p(f'{y}년 건강검진 결과 사후관리 대상자 명단', align='center', title=True)
        rows = [['소속', '성명', '판정', '사후관리 내용']]
        for i in range(r.randint(4, 7)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='employee with health result')
            rows.append([dept(r, ag, 'gen'), nm, r.choice(['고혈압 질환 의심(R)', '당뇨병 유소견(D)', '간장질환 의심', '이상지질혈증']), r.choice(['2차 검진', '보건관리자 상담', '정밀검사 권고'])])
        d.table(rows)
        why = '직원 건강검진 판정 명단 → 제6호 + 건강정보 PIPA-23, 비공개'
    return lab(d, ag, dt, 'non_public', 'none', [R[6], P23], why)


def t_union(r, fmt):
    y = year_for(r, fmt, 2002, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'gu', 'pe', 'edu', 'central'])
    d = Doc('t_union', '명단')
    un = {'edu': ['교육청공무원노동조합', '교육공무직 노동조합'], 'pe': ['직원 노동조합', '노동조합'],
          'central': ['공무원노동조합'], }.get(dept_group(ag['kind']), [f'{ag["name"]} 공무원노동조합', '공무원노동조합'])
    un = r.choice(un)
    d.p(f'{y}년 {dt.month}월분 {un} 조합비 공제 명단', align='center', title=True)
    rows = [['연번', '소속', '직급', '성명', '공제액(원)']]
    for i in range(r.randint(5, 10)):
        nm = person(r)
        if i == 0:
            nm = d.cue('content', nm, decides='disclosure', note='union member -> PIPA-23')
        rows.append([str(i + 1), dept(r, ag, 'gen'), r.choice(ranks_for(ag)), nm, f'{r.choice([15000, 18000, 20000, 25000]):,}'])
    d.table(rows)
    d.p(f'※ 공제액은 {y}. {dt.month}. 급여에서 일괄 공제하여 노동조합 계좌로 이체', align='left')
    return lab(d, ag, dt, 'non_public', 'none', [R[6], P23], '노동조합 가입(조합비 공제) 명단 → 노조 가입 정보 PIPA-23, 문서 전체가 개인정보(제6호) → 비공개')


def t_investigation(r, fmt):
    y = year_for(r, fmt, 1996, 2026)
    dt = rdate(r, y)
    v = pick(r, ['suspect', 'corp', 'suspect', 'fire'])
    if v == 'fire':
        ag = agency(r, y, ['fire', 'fire_hq'])
    else:
        ag = agency(r, y, ['police', 'police_hq'])
    d = Doc('t_investigation', '수사 보고서')
    reasons = [R[4]]
    H = roman_heads(r)
    if v == 'suspect':
        crime = r.choice(['전세사기', '보이스피싱 인출책', '상습 절도', '불법 대부업', '보험사기'])
        nm = d.cue('content', person(r), note='suspect name (6)')
        prior = r.random() < 0.5
        secs = [(H[0] + '사건 개요', [f'○ 사건명: {crime} 피의사건', f'○ 피의자: {nm}({r.randint(25, 65)}세, {r.choice(["남", "여"])}), 주거 {private_address(r, ag["region"], y)}']),
                (H[1] + '수사 진행 상황', [f'○ 피해자 {r.randint(3, 40)}명 진술 확보, 계좌 거래 내역 분석 중',
                                         f'○ {d.cue("content", "압수수색 영장 신청 예정", decides="disclosure", note="ongoing investigation (4)")}({fdate(add_days(dt, 3))})',
                                         '○ 공범 추적 및 범죄수익 추적 병행'])]
        if prior:
            secs[0][1].append(f'○ 범죄경력: {d.cue("content", "동종 전과 " + str(r.randint(1, 4)) + "회", note="criminal record -> PIPA-23")}')
            reasons.append(P23)
        secs.append((H[2] + '향후 계획', ['○ 신병 확보 후 구속영장 신청 여부 검토', '○ 수사 상황 대외 보안 유지']))
        reasons.append(R[6])
        title = f'{crime} 피의사건 수사 진행 상황 보고'
    elif v == 'corp':
        title = r.choice(['관급 공사 불법 하도급 의혹 내사 착수 보고', '보조금 부정수급 업체 기획 수사 계획'])
        secs = [(H[0] + '첩보 요지', [f'○ {r.choice(COMPANIES)} 등 {r.randint(2, 6)}개 업체가 {r.choice(["공사 대금 부풀리기", "명의 대여", "허위 정산"])} 의혹']),
                (H[1] + '수사 계획', [f'○ {d.cue("content", "내사 착수", decides="disclosure", note="investigation (4)")} 후 관련 자료 임의 제출 요구', '○ 혐의 확인 시 압수수색 및 관련자 소환']),
                (H[2] + '보안 유지', ['○ 수사 착수 사실 외부 유출 금지'])]
    else:
        title = '화재 원인 조사 결과(방화 의심) 및 수사기관 통보'
        nm = d.cue('content', person(r), note='person concerned (6)')
        secs = [(H[0] + '화재 개요', [f'○ 일시: {fdate(add_days(dt, -5))} 03:{r.randint(10, 59)}', f'○ 장소: {private_address(r, ag["region"], y)}', f'○ 관계인: {nm}(건물 소유자)']),
                (H[1] + '조사 결과', ['○ 발화 지점 2곳 이상, 유류 성분 검출', f'○ {d.cue("content", "방화 가능성", decides="disclosure", note="criminal investigation referral (4)")}이 높아 관할 경찰서에 수사 의뢰'])]
        reasons.append(R[6])
    report(d, r, ag, dt, title, secs, dpt=dept(r, ag, 'inv') if 'inv' in DEPTS[dept_group(ag['kind'])] else dept(r, ag, 'gen'))
    why = '진행 중인 범죄 수사·내사 관련 정보 → 제4호' + (' ; 피의자·관계인 식별 정보 제6호' if R[6] in reasons else '') + (' ; 전과 기재 → PIPA-23' if P23 in reasons else '')
    return lab(d, ag, dt, 'non_public', 'none', reasons, why)


def t_audit_progress(r, fmt):
    y = year_for(r, fmt, 2000, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'edu', 'pe', 'city'])
    d = Doc('t_audit_progress', '내부결재 보고서')
    target, finding = r.choice([('○○센터 위탁 운영', '위탁 수수료 과다 지급'), ('공사 설계 변경', '설계 변경 사유 부적정'),
                                ('보조금 정산', '정산 증빙 누락'), ('채용 절차', '채용 점수 산정 오류'), ('물품 구매', '분할 수의계약')])
    names = r.random() < 0.5
    H = roman_heads(r)
    secs = [(H[0] + '감사 개요', [f'○ 대상: {target} 업무', f'○ 기간: {fdate(add_days(dt, -10))} ~ {fdate(add_days(dt, 10))}(진행 중)']),
            (H[1] + '잠정 확인 사항', [f'○ {d.cue("content", "사실 확인 중", decides="disclosure", note="audit in progress (5)")}: {finding} 의심 {r.randint(2, 9)}건',
                                      '○ 추가 자료 제출 요구 및 관계자 문답 예정'])]
    reasons = [R[5]]
    if names:
        nm = d.cue('content', person(r), note='official under audit (non-official capacity, 6)')
        secs.append((H[2] + '문답 대상자', [f'○ {dept(r, ag, "gen")} {r.choice(ranks_for(ag))} {nm}, 같은 부서 {r.choice(ranks_for(ag))} {person(r)}']))
        reasons.append(R[6])
    secs.append((H[3] + '향후 계획', ['○ 감사 결과 확정 후 처분 요구(미확정)']))
    report(d, r, ag, dt, f'{target} 특정감사 중간 보고', secs, dpt=dept(r, ag, 'audit'))
    return lab(d, ag, dt, 'non_public', 'none', reasons, '진행 중인 감사의 중간 결과 → 제5호' + ('; 문답 대상 공무원은 비위 조사 대상(비직무적 개인정보) → 제6호' if names else ''))


def t_roster_private(r, fmt):
    y = year_for(r, fmt, 1996, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['city', 'county', 'gu', 'metro', 'pe'])
    d = Doc('t_roster_private', '명단')
    v = pick(r, ['basic', 'foreign', 'disability', 'visitor', 'emergency_rrn'])
    reasons = [R[6]]
    if v == 'basic':
        d.p(f'{y}년 {r.choice(DONG_STEMS)}동 기초생활수급자 현황', align='center', title=True)
        rows = [['연번', '성명', '생년월일', '주소', '가구원 수', '급여 종류']]
        for i in range(r.randint(5, 9)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='recipient')
            rows.append([str(i + 1), nm, fdate(birthdate(r, y, 30, 90)), private_address(r, ag['region'], y), str(r.randint(1, 5)), r.choice(['생계·의료', '주거', '교육', '생계·주거'])])
        why = '사인의 개인정보로만 구성된 수급자 명단 → 제6호, 비공개'
    elif v == 'foreign':
        d.p(f'{y}년 외국인 계절근로자 입국 명단', align='center', title=True)
        rows = [['연번', '성명(영문)', '국적', '여권번호', '배정 농가']]
        for i in range(r.randint(5, 9)):
            p = foreign_passport(r)
            if i == 0:
                p = d.cue('content', p, decides='disclosure', note='passport -> PIPA-24')
            rows.append([str(i + 1), r.choice(['DAVAA BATBOLD', 'NGUYEN THI LAN', 'JUAN DELA CRUZ', 'SOKHA KIM', 'ARIUNAA TSEND', 'LE VAN HUNG']), r.choice(['몽골', '베트남', '필리핀', '캄보디아']),
                         p, f'{r.choice(DONG_STEMS)}리 {person(r)} 농가'])
        reasons.append(P24)
        why = '외국인 근로자 명단(여권번호 포함) → 제6호 + 고유식별정보 PIPA-24, 비공개'
    elif v == 'disability':
        d.p('장애인 활동지원 급여 대상자 명단', align='center', title=True)
        rows = [['연번', '성명', '장애 유형', '장애 정도', '활동지원 시간(월)']]
        for i in range(r.randint(5, 9)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='person with disability -> health data')
            rows.append([str(i + 1), nm, r.choice(['지체', '뇌병변', '시각', '지적', '자폐성']), r.choice(['심한 장애', '심하지 않은 장애']), str(r.randint(60, 480))])
        reasons.append(P23)
        why = '장애 유형·정도가 포함된 개인 명단 → 제6호 + 건강정보 PIPA-23, 비공개'
    elif v == 'visitor':
        d.p('민원인 방문 기록부', align='center', title=True)
        rows = [['일시', '성명', '연락처', '방문 목적', '담당 부서']]
        for i in range(r.randint(6, 10)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, decides='disclosure', note='visitor')
            rows.append([f'{fdate(add_days(dt, -i))} {r.randint(9, 17)}:{r.randint(0, 59):02d}', nm, mobile(r, y), r.choice(['건축 인허가 상담', '세금 문의', '복지 상담', '민원 서류 제출']),
                         dept(r, ag, 'minwon' if 'minwon' in DEPTS[dept_group(ag['kind'])] else 'gen')])
        why = '방문 민원인 성명·연락처 기록부 → 제6호, 비공개'
    else:
        d.p('긴급복지 지원 대상자 명단(지급용)', align='center', title=True)
        rows = [['연번', '성명', '주민등록번호', '은행', '계좌번호', '지원액(원)']]
        for i in range(r.randint(4, 8)):
            x = rrn(r, birthdate(r, y, 25, 85))
            if i == 0:
                x = d.cue('content', x, decides='disclosure', note='unmasked RRN -> PIPA-24')
            bank, acc = account(r)
            rows.append([str(i + 1), person(r), x, bank, acc, f'{r.randint(5, 15) * 100000:,}'])
        reasons.append(P24)
        why = '개인 식별 정보(주민등록번호·계좌)로만 구성된 지급 명단 → 제6호 + PIPA-24, 비공개'
    d.table(rows)
    d.p(f'{fdate(dt)} {ag["name"]}', align='right')
    return lab(d, ag, dt, 'non_public', 'none', reasons, why)


def t_trade_secret(r, fmt):
    y = year_for(r, fmt, 2005, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'pe', 'city', 'edu'])
    v = r.randint(0, 1)
    co = r.choice(IT_COMPANIES)
    proj = r.choice(['지능형 교통신호 제어 시스템 구축', '상수도 누수 탐지 시스템 도입', '통합 민원 챗봇 구축', '스마트 가로등 설치'])
    if v == 0:
        d = Doc('t_trade_secret', '제안서')
        d.p(f'{proj} 사업 기술제안서', align='center', title=True)
        d.p(f'제안사: {co}   제출일: {fdate(dt)}   제출처: {ag["name"]}', align='center')
        d.p(d.cue('content', '※ 본 제안서에는 제안사의 영업비밀(핵심 기술 및 원가 정보)이 포함되어 있으므로 평가 목적 외 사용 및 공개를 금합니다.', decides='disclosure',
                  note='company trade secret (7)'))
        d.p('1. 핵심 기술\n  ○ 자체 개발 예측 알고리즘(특허 제10-' + str(r.randint(2005, y)) + '-' + str(r.randint(1000000, 9999999)) + '호) 적용 방식과 파라미터 설정값\n  ○ 센서 보정 기법 및 현장 적용 노하우')
        d.p(f'2. 원가 구성\n  ○ 장비 공급 단가: 대당 {r.randint(300, 2000) * 1000:,}원(제조원가 대비 마진 {r.randint(8, 25)}%)\n  ○ 인력 투입 단가 및 협력업체 하도급 조건')
        d.p('3. 수행 조직 및 투입 인력 이력(별첨)')
        return lab(d, ag, dt, 'non_public', 'none', [R[7]], '업체 제출 기술제안서(핵심 기술·원가) 전체가 영업비밀 → 제7호, 비공개')
    d = Doc('t_trade_secret', '검토보고서')
    H = roman_heads(r)
    report(d, r, ag, dt, f'{proj} 우선협상대상자 기술협상 검토', [
        (H[0] + '협상 대상', [f'○ 우선협상대상자: {co}']),
        (H[1] + '원가 검토', [f'○ 제안 단가 {r.randint(300, 2000) * 1000:,}원 중 {d.cue("content", "업체 원가 자료", decides="disclosure", note="trade secret (7)")} 검토 결과 과다 계상 {r.randint(3, 12)}%',
                             f'○ 협상 목표: 총액 {r.randint(3, 9)}% 감액(협상 진행 중)']),
        (H[2] + '향후 계획', ['○ 협상 결과에 따라 계약 체결 또는 차순위자와 협상'])])
    return lab(d, ag, dt, 'non_public', 'none', [R[5], R[7]], '진행 중 협상(제5호) + 업체 원가 자료(제7호) → 비공개')


def t_speculation(r, fmt):
    y = year_for(r, fmt, 1998, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'pe', 'central'])
    d = Doc('t_speculation', '검토보고서')
    v = pick(r, [0, 1, 2])
    H = roman_heads(r)
    if v == 0:
        title = f'{sido_name(ag["region"], y)} 공공택지 후보지 비교 검토'
        reasons = [R[5], R[8]]
    elif v == 1:
        title = f'{r.choice(DONG_STEMS)}역 역세권 개발 예정 부지 매입 계획'
        reasons = [R[8]]
    else:
        title = '개발제한구역 해제 대상지 검토'
        reasons = [R[5], R[8]]
    secs = [(H[0] + '대상지', [f'○ {r.choice(DONG_STEMS)}동 {r.randint(100, 999)}번지 일원 {r.randint(5, 200)}만㎡ (현 지목: 전·답·임야)',
                              f'○ {r.choice(DONG_STEMS)}동 {r.randint(100, 999)}-{r.randint(1, 30)}번지 일대 {r.randint(5, 200)}만㎡']),
            (H[1] + '추진 방안', [f'○ 발표 전 {d.cue("content", "토지거래허가구역", decides="disclosure", note="pre-announcement land plan (8)")} 지정 검토',
                                 f'○ 예상 보상비 {r.randint(300, 9000)}억 원, 사업 기간 {r.randint(4, 10)}년'])]
    if R[5] in reasons:
        secs.append((H[2] + '검토 의견', ['○ 후보지 최종 선정은 관계 기관 협의 후 결정(미확정)']))
    report(d, r, ag, dt, title, secs, dpt=dept(r, ag, 'dev'))
    return lab(d, ag, dt, 'non_public', 'none', reasons, '발표 전 개발 예정지·부지 매입 계획 → 공개 시 부동산 투기 우려(제8호)' + (' + 검토 중(제5호)' if R[5] in reasons else ''))


def t_natsec(r, fmt):
    y = year_for(r, fmt, 1996, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'central'])
    d = Doc('t_natsec', '계획서')
    v = pick(r, [0, 1, 2])
    H = roman_heads(r)
    if v == 0:
        title = '전시 주민 소개(疏開) 계획 세부 현황'
        secs = [(H[0] + '현황', [f'○ 대상 지역: {r.choice(DONG_STEMS)}동 등 {r.randint(3, 12)}개 동, 인구 {r.randint(2, 90)},{r.randint(100, 999)}명',
                                f'○ {d.cue("content", "소개 경로 및 집결지", decides="disclosure", note="national security/defence detail (2)")}: 별지 지도 참조 ({r.randint(4, 20)}개소)']),
                (H[1] + '세부 내용', [f'○ 1차 집결지: {r.choice(DONG_STEMS)}초등학교 외 {r.randint(2, 6)}곳', f'○ 수송 수단: 민간 버스 {r.randint(10, 80)}대 동원', '○ 군·경 협조 통제 구간 지정'])]
    elif v == 1:
        title = '비상대비 자원관리 대상 업체 및 동원 물자 현황'
        secs = [(H[0] + '현황', [f'○ 중점관리 대상 업체: {r.randint(5, 40)}개소, 동원 지정 차량 {r.randint(20, 300)}대, 중장비 {r.randint(5, 60)}대',
                                f'○ {d.cue("content", "동원 대상 차량·장비", decides="disclosure", note="mobilisation resources (2)")} 세부 목록: 별지 참조']),
                (H[1] + '세부 내용', ['○ 업체별 동원 소요 및 집결 지점 지정', '○ 전시 전환 시 보급 경로 및 우선순위'])]
    else:
        title = '접경지역 군 작전 협조 사항(관계관 회의 결과)'
        secs = [(H[0] + '협조 사항', [f'○ {d.cue("content", "군 작전 협조 지점", decides="disclosure", note="military operation detail (2)")} {r.randint(4, 20)}개소 지정(별지 지도)',
                                     '○ 작전 시 민간 통행 통제 구간 및 시간대 협의']),
                (H[1] + '후속 조치', ['○ 관할 부대와 분기별 실무 협의', '○ 주민 대피 안내 체계 정비'])]
    report(d, r, ag, dt, title, secs, dpt=dept(r, ag, 'sec'))
    return lab(d, ag, dt, 'non_public', 'none', [R[2]], '등급 표시는 없으나 전시 대비·군 작전 관련 세부 → 공개 시 국가안보 이익 저해(제2호)')


def t_facility(r, fmt):
    y = year_for(r, fmt, 2000, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['pe', 'metro', 'city', 'gu', 'county', 'central'])
    d = Doc('t_facility', '내부결재 보고서')
    fac = r.choice(['○○ 정수장', '본청 청사', '○○ 변전소', '보건소 마약류 저장시설', '○○ 하수처리장'])
    H = roman_heads(r)
    report(d, r, ag, dt, f'{fac} 보안시설 현황 및 취약점 점검 결과', [
        (H[0] + '시설 현황', [f'○ CCTV {r.randint(12, 120)}대, 출입통제 장치 {r.randint(3, 20)}개소, 경비 인력 {r.randint(2, 12)}명']),
        (H[1] + '취약점', [f'○ {d.cue("content", "출입통제 취약 지점", decides="disclosure", note="physical security weakness (3)")}: {r.choice(["후문 펜스 높이 미달", "약품 투입실 잠금장치 노후", "야간 순찰 공백 시간대 존재"])}',
                          f'○ 비상 발전기실 위치 및 접근 경로 노출 우려']),
        (H[2] + '보완 계획', ['○ 감지기 추가 설치, 순찰 주기 단축'])], dpt=dept(r, ag, 'sec'))
    return lab(d, ag, dt, 'non_public', 'none', [R[3]], '주요 시설 보안 취약점 → 공개 시 생명·신체·재산 보호에 지장(제3호)')


def t_stated_np(r, fmt):
    y = year_for(r, fmt, 2005, 2026)
    dt = rdate(r, y)
    v = pick(r, [0, 1, 2, 3])
    if v == 3:
        ag = agency(r, y, ['edu', 'edu_local'])
    elif v == 2:
        ag = agency(r, y, ['police', 'police_hq'])
    else:
        ag = agency(r, y, ['central', 'metro', 'province', 'city', 'edu', 'pe'])
    d = Doc('t_stated_np', '공문')
    if v == 0:
        title = f'{y}년 하반기 승진 후보자 명부 및 근무성적 평정 결과 송부'
        items = [5, 6]
        rows = [['순위', '소속', '성명', '평정 점수', '비고']]
        for i in range(r.randint(4, 7)):
            nm = person(r)
            if i == 0:
                nm = d.cue('content', nm, note='candidate')
            rows.append([str(i + 1), dept(r, ag, 'gen'), nm, f'{r.uniform(80, 99):.3f}', ''])
        body = ['1. 승진 심사를 위한 승진 후보자 명부 및 근무성적 평정 결과를 송부하니 인사위원회 심의 자료로 활용하여 주시기 바랍니다.', ('table', rows),
                '2. 본 자료는 심사 목적 외 사용을 금합니다.']
        why = '인사관리(승진 심사) 진행 중 자료(제5호) + 개인별 평정 점수(제6호) → 비공개'
    elif v == 1:
        title = f'{y}년 임용시험 출제위원 위촉 및 합숙 출제 계획'
        items = [5, 6]
        body = [f'1. {y}년 공개경쟁 임용시험 출제를 위하여 출제위원을 아래와 같이 위촉하고 합숙 출제를 실시합니다.',
                f'  가. 출제위원: {d.cue("content", person(r), note="examiner (6)")} 교수 외 {r.randint(6, 15)}명(명단 별첨)\n  나. 합숙 기간/장소: {fdate(add_days(dt, 10))}부터 {r.randint(4, 8)}일간, 보안 시설',
                '2. 출제 관련 사항은 외부에 누설되지 않도록 보안을 철저히 유지하여 주시기 바랍니다.']
        why = '시험 출제 계획(시험 업무, 제5호)과 출제위원 개인정보(제6호) → 비공개'
    elif v == 2:
        title = '부동산 투기 의심 거래 관련 수사 협조 요청'
        items = [4, 6]
        body = [f'1. 당 청에서 수사 중인 부동산 투기 의심 사건과 관련하여 아래 대상자의 토지 거래 자료 제출을 요청합니다.',
                f'  가. 대상자: {d.cue("content", person(r), note="suspect (6)")} 외 {r.randint(2, 7)}명\n  나. 요청 자료: {y - 3}년 이후 토지 취득·처분 신고 내역',
                '2. 수사 중인 사항이므로 보안 유지에 협조하여 주시기 바랍니다.']
        why = '진행 중 수사 협조(제4호) + 대상자 식별 정보(제6호) → 비공개'
    else:
        title = '학교폭력대책심의위원회 심의 결과 통보'
        items = [6]
        body = [f'1. {fdate(add_days(dt, -5))} 개최된 학교폭력대책심의위원회 심의 결과를 다음과 같이 통보합니다.',
                f'  가. 관련 학생: {d.cue("content", person(r), note="student (6)")}({r.randint(1, 3)}학년), 피해 학생 {person(r)}\n  나. 조치 결과: {r.choice(["서면사과 및 접촉 금지", "교내 봉사 10시간", "학급 교체"])}',
                '2. 해당 학교에서는 조치 사항을 이행하고 결과를 보고하여 주시기 바랍니다.']
        why = '학생 징계성 조치(학교폭력) 개인정보가 문서의 핵심 → 제6호, 비공개'
    st = stated(r, 'non_public', items)
    disc = d.cue('disclosure_field', st, decides='disclosure')
    letter(d, r, ag, dt, title, body, [], disc=disc, place=np_place(r, fmt))
    return lab(d, ag, dt, 'non_public', 'none', [R[i] for i in items], why + f'; 공개구분 "{st}"와 일치', stated=st)


NONPUBLIC_TEMPLATES = {
    't_secret_III급': lambda r, f: t_secret(r, f, 'III급'), 't_secret_II급': lambda r, f: t_secret(r, f, 'II급'),
    't_secret_I급': lambda r, f: t_secret(r, f, 'I급'), 't_daeoebi': t_daeoebi, 't_internal_review': t_internal_review,
    't_discipline': t_discipline, 't_sick': t_sick, 't_union': t_union, 't_investigation': t_investigation,
    't_audit_progress': t_audit_progress, 't_roster_private': t_roster_private, 't_trade_secret': t_trade_secret,
    't_speculation': t_speculation, 't_natsec': t_natsec, 't_facility': t_facility, 't_stated_np': t_stated_np,
}
