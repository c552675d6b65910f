# -*- coding: utf-8 -*-
"""Templates whose gold disclosure is `public` (and mention-only documents)."""
from builders import *  # noqa
from core import Doc

R = {i: f'OIDA-9-1-{i}' for i in range(1, 9)}
P23, P24 = 'PIPA-23', 'PIPA-24'


def lab(d, ag, dt, disc, mark, reasons, why, stated=None, mention=False, vs=None):
    d.info.update(disclosure=disc, marking=mark, reasons=sorted(set(reasons)), label_reason=why,
                  stated_field=stated, mention_only=mention, agency=ag['name'], agency_kind=ag['kind'],
                  year=dt.year, date=dt.isoformat(),
                  stated_vs_content=vs or ('none' if stated is None else 'agree'))
    return d


def year_for(r, fmt, lo=1995, hi=2026):
    if fmt == 'hwpx':
        lo = max(lo, 2011)
    return r.randint(lo, hi)


def pub_place(r, fmt):
    if fmt == 'text':
        return r.choice(['closing', 'closing', 'closing_wrap', 'field_top', 'field_bottom', 'header_table', 'footer', 'none'])
    return r.choice(['closing', 'header_table', 'header_table', 'footer', 'footer', 'field_bottom', 'none'])


KIND_ALL = ['central', 'cheong', 'metro', 'province', 'city', 'county', 'gu', 'edu', 'edu_local', 'pe', 'fire',
            'fire_hq', 'police', 'police_hq']


def venue(r, ag):
    return r.choice([f'{ag["name"]} 대회의실', f'{ag["name"]} 본관 2층 소회의실', '청사 별관 대강당',
                     f'{ag["name"]} 중회의실(3층)', '시민홀', '교육관 세미나실'])


# ---------------------------------------------------------------------------
def t_pub_letter(r, fmt):
    y = year_for(r, fmt, 1995, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    g = dept_group(ag['kind'])
    d = Doc('t_pub_letter', '공문')
    d1 = fdate(add_days(dt, r.randint(7, 20)))
    d2 = fdate(add_days(dt, r.randint(10, 30)), 'wd')
    ref = f'{dept(r, ag, "gen")}-{r.randint(100, 9000)}({fdate(add_days(dt, -r.randint(10, 60)))})'
    topics = [
        (f'{y}년 청렴 실천 결의대회 개최 알림',
         [f'1. 관련: {ref}',
          f'2. 공직사회의 청렴 문화 확산을 위하여 「{y}년 청렴 실천 결의대회」를 아래와 같이 개최하오니, 소속 직원이 참석할 수 있도록 협조하여 주시기 바랍니다.',
          f'  가. 일시: {d2} 14:00~16:00\n  나. 장소: {venue(r, ag)}\n  다. 참석 대상: 각 부서 서무담당자 및 희망 직원',
          f'3. 참석자 명단은 {d1}까지 업무관리시스템으로 제출하여 주시기 바랍니다.'],
         ['결의대회 세부 진행 계획 1부.', '참석자 명단 서식 1부.']),
        (f'{y}년 상반기 민원행정서비스 만족도 조사 실시 안내',
         [f'1. 관련: {ref}',
          '2. 민원 처리 과정에서의 국민 불편 사항을 파악하고 서비스 품질을 높이기 위하여 민원행정서비스 만족도 조사를 다음과 같이 실시합니다.',
          f'  가. 조사 기간: {d1} ~ {fdate(add_days(dt, 45))}\n  나. 조사 대상: 최근 6개월 이내 민원 처리 완료 건 중 무작위 표본\n  다. 조사 방법: 전화 및 온라인 설문(외부 전문기관 위탁)',
          '3. 각 부서에서는 조사 기간 중 민원 응대 요령을 다시 한 번 숙지하여 주시기 바랍니다.'],
         ['조사 실시 계획 1부.']),
        ('여름철 풍수해 대비 비상근무 체계 유지 철저',
         [f'1. 관련: {ref}',
          f'2. 기상청 장기예보에 따르면 올해 여름철 집중호우 발생 가능성이 높을 것으로 예상되므로, {fdate(add_days(dt, 5))}부터 10월 15일까지 풍수해 대비 비상근무 체계를 유지하여 주시기 바랍니다.',
          '  가. 단계별 비상근무 인원 사전 지정 및 비상연락망 정비\n  나. 배수펌프장, 하천 둔치 주차장 등 취약시설 사전 점검\n  다. 기상특보 발령 시 상황 전파 및 조치 결과 즉시 보고',
          '3. 비상근무 편성표는 각 기관 자체적으로 관리하고, 변동 사항이 있을 경우 상황실로 통보하여 주시기 바랍니다.'],
         []),
        ('공공시설물 안전점검 결과 제출 요청',
         [f'1. 관련: {ref}',
          f'2. 해빙기 공공시설물 안전사고 예방을 위하여 소관 시설물에 대한 자체 안전점검을 실시하고, 그 결과를 {d1}까지 제출하여 주시기 바랍니다.',
          '  가. 점검 대상: 옹벽, 절개지, 노후 교량, 공사장 가설구조물 등\n  나. 점검 내용: 균열·침하 여부, 배수 상태, 안전시설 설치 상태\n  다. 제출 서식: 붙임 서식에 따라 작성',
          '3. 점검 결과 위험 요인이 발견된 시설물은 즉시 사용 제한 등 응급조치를 취한 후 별도 보고하여 주시기 바랍니다.'],
         ['안전점검 결과 보고 서식 1부.']),
        (f'{y}년 기록물 생산현황 통보 및 비공개 기록물 재분류 협조',
         [f'1. 「공공기록물 관리에 관한 법률」 제18조 및 제35조와 관련입니다.',
          f'2. {y - 1}년도에 생산한 기록물의 생산현황을 {d1}까지 기록관으로 통보하여 주시기 바랍니다.',
          '3. 아울러, 기록관으로 이관 예정인 기록물 중 "비공개" 또는 "부분공개"로 분류된 기록물은 이관 전에 공개 여부를 다시 검토하여 재분류하여 주시기 바랍니다. 비공개 기록물은 생산연도 종료 후 30년이 지나면 모두 공개함을 원칙으로 합니다.',
          '4. 재분류 시 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호의 비공개 사유에 해당하는지 여부를 구체적으로 기재하여 주시기 바랍니다.'],
         ['기록물 생산현황 통보 서식 1부.', '공개 재분류 검토 서식 1부.']),
        ('개인정보 보호 교육 이수 독려',
         [f'1. 관련: {ref}',
          f'2. 「개인정보 보호법」에 따라 개인정보취급자는 연 1회 이상 개인정보 보호 교육을 이수하여야 하나, {y}년 현재 일부 부서의 이수율이 저조한 상황입니다.',
          f'3. 각 부서에서는 미이수자가 {d1}까지 온라인 교육(2시간)을 이수할 수 있도록 독려하여 주시기 바랍니다. 특히 민감정보(제23조) 및 고유식별정보(제24조)를 처리하는 부서는 반드시 이수하여야 합니다.'],
         ['부서별 교육 이수 현황 1부.']),
        (f'{y}년 지방세 체납액 일제 정리기간 운영 알림',
         [f'1. 관련: {ref}',
          f'2. 지방재정 확충과 성실 납세 문화 조성을 위하여 {d1}부터 {fdate(add_days(dt, 60))}까지 체납액 일제 정리기간을 운영합니다.',
          '  가. 주요 내용: 체납 안내문 일제 발송, 관허사업 제한, 번호판 영치 등\n  나. 생계형 체납자는 분할 납부 및 체납처분 유예 등 경제적 회생 지원 병행',
          '3. 읍·면·동에서는 주민 홍보에 적극 협조하여 주시기 바랍니다.'],
         ['체납액 일제 정리 추진 계획 1부.']),
    ]
    if g == 'edu':
        topics += [(f'{y}학년도 학교 급식 위생·안전 점검 계획 안내',
                    [f'1. 관련: {ref}', '2. 식중독 예방과 안전한 학교 급식 제공을 위하여 관할 학교를 대상으로 합동 위생 점검을 실시하오니 협조하여 주시기 바랍니다.',
                     f'  가. 점검 기간: {d1} ~ {fdate(add_days(dt, 40))}\n  나. 점검 반: 교육지원청 담당자, 위생 전문가, 학부모 모니터링단\n  다. 점검 내용: 식재료 검수, 조리 공정, 보존식 관리 등',
                     '3. 점검 결과 부적합 사항은 즉시 개선 조치하고 결과를 제출하여 주시기 바랍니다.'], ['점검표 1부.'])] * 3
    if g == 'fire':
        topics += [('겨울철 화재 예방 대책 추진 협조',
                    [f'1. 관련: {ref}', '2. 겨울철 난방기구 사용 증가에 따른 화재 발생에 대비하여 다음과 같이 화재 예방 대책을 추진하오니 협조하여 주시기 바랍니다.',
                     '  가. 전통시장, 쪽방촌 등 화재 취약 지역 소방안전 점검\n  나. 주택용 소방시설(소화기, 단독경보형 감지기) 보급 홍보\n  다. 다중이용업소 비상구 폐쇄 등 불법 행위 단속',
                     f'3. 추진 실적은 매월 5일까지 제출하여 주시기 바랍니다.'], ['추진 실적 보고 서식 1부.'])] * 3
    if g == 'police':
        topics += [('어린이 보호구역 교통안전 활동 협조 요청',
                    [f'1. 관련: {ref}', f'2. 새 학기를 맞아 어린이 보호구역 내 교통사고 예방을 위하여 {d1}부터 4주간 등·하굣길 교통안전 활동을 실시할 예정입니다.',
                     '  가. 주요 내용: 보호구역 내 과속·불법 주정차 집중 단속, 녹색어머니회 합동 캠페인\n  나. 협조 사항: 보호구역 안내 표지 및 노면 표시 정비',
                     '3. 관계 기관의 적극적인 협조를 부탁드립니다.'], [])] * 3
    if g == 'pe':
        topics += [('전기설비 정기점검 일정 통보',
                    [f'1. 관련: {ref}', f'2. 「전기안전관리법」에 따른 정기점검을 아래와 같이 실시할 예정이오니 점검 당일 설비 접근 및 정전 작업에 협조하여 주시기 바랍니다.',
                     f'  가. 점검 일시: {d2} 09:00~17:00\n  나. 점검 대상: 수배전반, 변압기, 비상발전기\n  다. 정전 예정 시간: 12:00~13:00(1시간)',
                     '3. 점검 결과는 별도로 통보하겠습니다.'], [])] * 3
    title, body, attach = r.choice(topics)
    place = pub_place(r, fmt) if y >= 2004 else 'none'
    disc = None
    st = None
    if place != 'none':
        st = stated(r, 'public')
        disc = d.cue('disclosure_field', st, decides='disclosure')
    dpt = dept(r, ag, 'gen')
    letter(d, r, ag, dt, title, body, attach, disc=disc, place=place, dpt=dpt)
    why = ('공개 표시가 있고 내용도 일반 행정 안내로 비공개 사유 없음; 결문의 공무원 성명·직위는 제9조 제1항 제6호 라목에 따라 공개'
           if st else '공개구분 표시는 없으나 일반 행정 안내로 비공개 사유 없음; 공무원 성명·직위는 제6호 라목')
    return lab(d, ag, dt, 'public', 'none', [], why, stated=st)


# ---------------------------------------------------------------------------
def t_press(r, fmt):
    y = year_for(r, fmt, 2000, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'cheong', 'metro', 'province', 'city', 'gu', 'edu', 'pe', 'police_hq', 'fire_hq'])
    d = Doc('t_press', '보도자료')
    dpt = dept(r, ag, 'gen')
    boss, staff = person(r), person(r)
    tb, ts = agency_phone(r, ag), agency_phone(r, ag)
    head_person = person(r)
    embargo = None
    k = r.random()
    if k < 0.3:
        embargo = d.cue('informal', r.choice(['※ 보도 전 외부 배포 금지', '엠바고: 보도시점 이전 외부 유출 금지', '[보도 전 대외 배포 금지]']),
                        note='embargo; not a classification')
    if r.random() < 0.5:
        d.box(r.choice([f'보도시점: {fdate(dt, "wd")} 11:00 이후', f'배포 즉시 보도하여 주시기 바랍니다.',
                        f'보도일시: {fdate(add_days(dt, 1), "wd")} 조간', f'{fdate(dt)}(배포)']), align='right')
    else:
        d.p(f'보도시점: {fdate(dt, "wd")} {r.choice(["12:00", "06:00", "즉시"])}', align='right')
    d.p('보 도 자 료' if r.random() < 0.6 else '보도자료', align='center', title=True)
    d.p(ag['name'], align='center')
    srank = r.choice(ranks_for(ag))
    d.table([['담당 부서', dpt, '책임자', f'과장 {boss} ({tb})'], ['', '', '담당자', f'{srank} {staff} ({ts})']])
    topics = [
        (f'{ag["name"]}, {y}년 청년 일자리 지원사업 본격 추진', f'- 총 {r.randint(12, 95)}억 원 투입, 청년 {r.randint(300, 3000):,}명 지원 -',
         [f'{josa(ag["name"], "은는")} {y}년 청년 일자리 지원사업을 {fdate(add_days(dt, 10))}부터 본격 추진한다고 밝혔다.',
          f'올해 사업은 지역 중소기업 취업 청년에게 최대 {r.randint(2, 6)}년간 근속 장려금을 지원하는 것을 핵심으로 하며, 참여 기업에는 인건비 일부를 보조한다.',
          f'신청은 {fdate(add_days(dt, 10))}부터 온라인으로 할 수 있으며, 자세한 사항은 누리집 공고문을 참고하면 된다.']),
        (f'{y}년 교통사고 사망자 전년 대비 {r.randint(5, 20)}% 감소', '- 보행자 안전 중심 정책 효과 가시화 -',
         [f'{josa(ag["name"], "은는")} {y - 1}년 교통사고 사망자 수가 전년 대비 크게 감소했다고 밝혔다.',
          '특히 어린이 보호구역과 노인 보호구역에서의 사망사고가 큰 폭으로 줄었으며, 이는 제한속도 하향과 무인 단속장비 확충의 효과로 분석된다.',
          '앞으로도 보행자 우선 교통 문화 정착을 위한 정책을 지속적으로 추진할 계획이다.']),
        ('여름철 물놀이 안전수칙 준수 당부', '- 구명조끼 착용, 음주 후 입수 금지 -',
         [f'{josa(ag["name"], "은는")} 본격적인 휴가철을 앞두고 물놀이 안전사고 예방을 위한 안전수칙 준수를 당부했다.',
          '최근 5년간 물놀이 사망사고의 상당수가 7월 말부터 8월 중순 사이에 발생했으며, 수영 미숙과 안전수칙 불이행이 주요 원인으로 나타났다.',
          '물놀이 전 준비운동을 하고, 구명조끼를 반드시 착용하며, 음주 후에는 절대 물에 들어가지 않아야 한다.']),
        (f'공공데이터 {r.randint(120, 900)}종 추가 개방', '- 민간 활용 수요 높은 데이터 우선 개방 -',
         [f'{josa(ag["name"], "은는")} 민간 수요가 높은 공공데이터를 추가로 개방한다고 밝혔다.',
          '이번에 개방되는 데이터에는 교통, 환경, 안전 분야 데이터가 다수 포함되었으며, 개인정보는 비식별 조치를 거쳐 제공된다.',
          '데이터는 공공데이터포털을 통해 누구나 내려받을 수 있다.']),
        (f'{y}년 지방세 납부 편의 확대', '- 간편결제·자동이체 할인 확대 -',
         [f'{josa(ag["name"], "은는")} 납세자의 편의를 높이기 위하여 지방세 간편결제 수단을 확대한다고 밝혔다.',
          '앞으로는 주요 간편결제 앱에서 고지서를 바로 확인하고 납부할 수 있으며, 전자고지와 자동이체를 함께 신청하면 세액 공제 혜택을 받을 수 있다.']),
    ]
    g = dept_group(ag['kind'])
    allowed = {'central': [0, 3], 'local': [0, 1, 2, 3, 4], 'edu': [2, 3], 'pe': [3], 'police': [1, 2], 'fire': [2]}[g]
    title, sub, paras = topics[r.choice(allowed)]
    d.p(title, align='center', title=True)
    d.p(sub, align='center')
    d.blank()
    for p_ in paras:
        d.p('□ ' + p_ if r.random() < 0.5 else p_)
    htitle = ag['name'] + ' 장관' if ag['head'] == ag['name'] + '장관' else ag['head']
    d.p(f'□ {head_person} {josa(htitle, "은는")} "{r.choice(["현장의 목소리를 정책에 적극 반영하겠다", "국민이 체감할 수 있는 성과를 내도록 최선을 다하겠다", "관계 기관과 긴밀히 협력해 나가겠다"])}"라고 말했다.')
    if embargo:
        d.p(embargo)
    d.p(f'이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 {dpt} {staff} {srank}({ts})에게 연락주시기 바랍니다.')
    why = '보도자료(공표 목적); 담당 공무원 성명·직위·전화는 제6호 라목에 따라 공개' + ('; 엠바고/배포금지 문구는 비밀 표시가 아님' if embargo else '')
    return lab(d, ag, dt, 'public', 'none', [], why)


# ---------------------------------------------------------------------------
def t_personnel(r, fmt):
    y = year_for(r, fmt, 1995, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'cheong', 'metro', 'province', 'city', 'gu', 'pe', 'edu'])
    d = Doc('t_personnel', '인사 발령')
    kind = ag['kind']
    if kind in ('central', 'cheong'):
        grades = [('고위공무원', '가급'), ('부이사관', '3급'), ('서기관', '4급'), ('행정사무관', '5급'), ('행정주사', '6급')]
    elif kind == 'pe':
        grades = [('부장', '2급'), ('차장', '3급'), ('과장', '4급'), ('대리', '5급')]
    elif kind == 'edu':
        grades = [('지방서기관', '4급'), ('지방행정사무관', '5급'), ('지방행정주사', '6급'), ('지방부이사관', '3급')]
    else:
        grades = [('지방부이사관', '3급'), ('지방서기관', '4급'), ('지방행정사무관', '5급'), ('지방행정주사', '6급')]
    no = f'제{y}-{r.randint(10, 300)}호'
    d.p(r.choice(['인 사 발 령', '인사발령', '인 사 명 령']), align='center', title=True)
    d.p(f'{ag["name"]} 인사{"명령" if r.random() < 0.3 else "발령"} {no}', align='center')
    rows = [['소속', '직급', '성명', '발령 사항']]
    first3 = None
    depts = DEPTS[dept_group(kind)]['gen'] + DEPTS[dept_group(kind)]['hr']
    for i in range(r.randint(4, 8)):
        gname, gnum = r.choice(grades)
        dp = r.choice(depts)
        nm = person(r)
        style = r.randint(0, 3)
        gtxt = f'{gname}({gnum})' if style < 2 else f'{gnum} {gname}' if style == 2 else gnum
        post = dp if dp.endswith(('관', '실', '관실', '단')) else dp + '장'
        act = r.choice([f'{post}에 보함', f'{r.choice(depts)} 근무를 명함', f'{gnum} 승진 임용',
                        f'{dp} 직무대리를 명함', '교육 파견(국외훈련)을 명함'])
        if first3 is None and gnum in ('3급', '4급', '2급'):
            gtxt = gtxt.replace(gnum, d.cue('marking_mention', gnum, note='civil-service grade, not a classification'))
            first3 = gnum
        rows.append([dp, gtxt, nm, act])
    d.table(rows)
    d.p(f'{fdate(dt)}', align='right')
    d.p(ag['head'], align='center', title=True)
    if first3 is None or r.random() < 0.4:
        g3 = r.choice(["3급", "4급"])
        g3 = d.cue('marking_mention', g3, note='civil-service grade') if first3 is None else g3
        d.p(f'※ {y}년 하반기 정기 인사로 {g3} 승진 {r.randint(2, 9)}명, 5급 승진 {r.randint(5, 20)}명을 포함합니다.')
    why = '인사 발령(공무원 성명·직급·보직) — 제6호 라목으로 공개; "3급/4급"은 공무원 직급이지 비밀 등급이 아님'
    return lab(d, ag, dt, 'public', 'none', [], why, mention=True)


# ---------------------------------------------------------------------------
def t_sec_guide(r, fmt):
    y = year_for(r, fmt, 1998, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL + ['mil'])
    d = Doc('t_sec_guide', '교육자료')
    v = pick(r, [0, 1, 2, 3])
    if r.random() < 0.3:
        d.header.append(d.cue('informal', r.choice(['[대내용]', '내부 교육용', '직원 교육자료']), note='informal'))
    ex_box = None
    if v in (0, 2):
        d.genre = '교육자료'
        d.p(f'{y}년 {r.choice(["상반기", "하반기", ""])} 보안업무 교육자료'.replace('  ', ' '), align='center', title=True)
        d.p(f'{ag["name"]} {dept(r, ag, "sec")}', align='center')
        H = roman_heads(r)
        d.p(H[0] + '비밀의 구분 (「보안업무규정」 제4조)')
        d.p(f'  ○ {d.cue("marking_mention", "Ⅰ급비밀", note="definition")}: 누설되는 경우 외교관계가 단절되고 전쟁을 일으키며, 국가의 방위계획·정보활동 등을 위태롭게 하는 등의 우려가 있는 비밀')
        d.p('  ○ Ⅱ급비밀: 누설되는 경우 국가안전보장에 막대한 지장을 끼칠 우려가 있는 비밀')
        d.p('  ○ Ⅲ급비밀: 누설되는 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀')
        d.p(H[1] + '대외비')
        d.p(f'  ○ 비밀 외에 직무 수행상 특별히 보호가 필요한 사항은 「보안업무규정 시행규칙」에 따라 "{d.cue("marking_mention", "대외비", note="definition")}"로 지정하여 비밀에 준하여 보호')
        d.p('  ○ 대외비는 보호기간을 정하여 표시하고, 보호기간이 지나면 일반문서로 관리')
        d.p(H[2] + '표시 방법')
        d.p('  ○ 비밀 표시는 문서 매 면의 위쪽과 아래쪽 가운데에 하고, 예고문(보호기간·재분류 시기)과 사본번호를 기재\n'
            '  ○ 예) "예고문: 20○○. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류"')
        if fmt != 'text' or r.random() < 0.5:
            ex_box = d.cue('marking_mention', r.choice(['(표시 예시) 대외비', '〈예시〉 Ⅲ급비밀', '예시: 비밀(Ⅱ급)']), note='example stamp inside a box')
            d.box(ex_box, align='center')
        d.p(H[3] + '정보공개와의 관계')
        d.p(f'  ○ 비밀로 지정된 정보는 「공공기관의 정보공개에 관한 법률」 {d.cue("disclosure_mention", "제9조 제1항 제1호")}에 따른 비공개 대상이며, 대외비 자체는 별도 근거가 아니므로 내용에 따라 같은 항 제2호~제8호 해당 여부를 검토')
        d.p(H[4] + '주요 위반 사례')
        d.p(f'  ○ 비밀 문서를 개인 PC에 저장 후 방치 ({r.randint(2, 9)}건)\n  ○ 대외비 문서를 일반 우편으로 발송 ({r.randint(1, 4)}건)\n  ○ 퇴근 시 책상 위에 문서를 방치 ({r.randint(3, 15)}건)')
    elif v == 1:
        d.genre = '공문'
        body = [f'1. 관련: 「보안업무규정」 및 같은 규정 시행규칙',
                f'2. {y}년 {r.choice(["상반기", "하반기"])} 비밀 및 {d.cue("marking_mention", "대외비")} 문서 관리 실태를 점검한 결과, 아래와 같이 미흡 사항이 확인되었으므로 각 부서에서는 개선 조치를 철저히 하여 주시기 바랍니다.',
                f'  가. 대외비 표시 누락: {r.randint(2, 8)}건\n  나. 비밀 예고문 미기재 또는 보호기간 경과 후 재분류 미실시: {r.randint(1, 5)}건\n  다. Ⅲ급비밀 사본번호 미부여: {r.randint(1, 3)}건',
                '3. 각 부서 보안담당관은 소관 비밀·대외비 보관 현황을 재점검하고, 보호기간이 지난 문서는 재분류하거나 파기하여 주시기 바랍니다.']
        place = pub_place(r, fmt)
        st = stated(r, 'public') if place != 'none' else None
        disc = d.cue('disclosure_field', st, decides='disclosure') if st else None
        letter(d, r, ag, dt, '비밀 및 대외비 관리 실태 점검 결과 알림', body, ['점검 결과 세부 내역 1부.'], disc=disc, place=place,
               dpt=dept(r, ag, 'sec'))
        return lab(d, ag, dt, 'public', 'none', [], '보안 점검 결과 안내 공문; 대외비·Ⅲ급비밀은 언급일 뿐 문서 자체의 등급이 아님', stated=st, mention=True)
    else:
        d.genre = '교육자료'
        d.p('을지연습 대비 보안대책 교육', align='center', title=True)
        d.p(f'{fdate(dt)} {ag["name"]}', align='right')
        d.p('□ 훈련 기간 중 보안 유의사항')
        d.p(f'  ○ 훈련 관련 {d.cue("marking_mention", "Ⅲ급비밀")} 및 대외비 문서는 지정된 보관함에 보관하고, 열람 시 관리대장에 기록\n'
            '  ○ 상황실 출입 시 출입증 패용, 휴대전화 등 개인 저장매체 반입 금지\n  ○ 훈련 메시지는 훈련 종료 후 즉시 회수')
        d.p('□ 비밀 취급 인가')
        d.p('  ○ 비밀 취급 인가는 직무상 필요한 최소 인원으로 한정하고, 인가 등급을 초과하는 비밀은 열람 불가')
        d.p('□ 보안사고 발생 시 조치')
        d.p('  ○ 즉시 보안담당관에게 보고하고 유출 경로를 차단')
    why = '보안 교육/지침 자료: 비밀 등급·대외비는 정의·예시로 언급될 뿐 이 문서에 부여된 표시가 아님'
    return lab(d, ag, dt, 'public', 'none', [], why, mention=True)


def t_password(r, fmt):
    y = year_for(r, fmt, 2005, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_password', '행정 안내문')
    d.p(f'업무용 PC 및 {r.choice(["전자결재시스템", "온-나라 시스템", "업무관리시스템", "그룹웨어"])} {d.cue("marking_mention", "비밀번호")} 정기 변경 안내', align='center', title=True)
    d.p(f'{ag["name"]} {dept(r, ag, "sec")}', align='right')
    d.p(f'1. 정보보안 기본지침에 따라 업무용 시스템 비밀번호를 {fdate(add_days(dt, 14))}까지 변경하여 주시기 바랍니다.')
    d.p('2. 비밀번호 작성 규칙\n  가. 영문 대·소문자, 숫자, 특수문자 중 3종류 이상 조합 9자리 이상\n  나. 생년월일, 전화번호 등 추측하기 쉬운 정보 사용 금지\n  다. 직전에 사용한 비밀번호 재사용 금지')
    d.p(f'3. 비밀(Ⅲ급) 또는 대외비 문서를 취급하는 PC는 화면보호기 비밀번호(10분)를 반드시 설정하여 주시기 바랍니다.')
    d.p(f'4. 문의: {dept(r, ag, "sec")} {person(r)} {r.choice(ranks_for(ag))} ({agency_phone(r, ag)})')
    return lab(d, ag, dt, 'public', 'none', [], '비밀번호 변경 안내; "비밀번호", "비밀(Ⅲ급)/대외비"는 언급일 뿐 등급 표시 아님', mention=True)


def t_foi_guide(r, fmt):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_foi_guide', r.choice(['행정 안내문', '교육자료']))
    d.p('정보공개 청구 및 처리 절차 안내', align='center', title=True)
    d.p(f'{ag["name"]}', align='center')
    d.p('1. 청구 방법: 정보공개포털, 우편, 팩스, 방문 등으로 정보공개 청구서를 제출')
    d.p('2. 공개 여부 결정: 청구를 받은 날부터 10일 이내 결정(부득이한 경우 10일 범위에서 연장)')
    d.p('3. 결정 유형\n'
        f'  가. 공개: 청구한 정보를 전부 공개\n'
        f'  나. {d.cue("disclosure_mention", "부분공개")}: 비공개 부분과 공개 부분이 분리 가능한 경우 비공개 부분을 제외하고 공개\n'
        f'     (예) 개인의 성명·주민등록번호가 포함된 문서 → 해당 부분을 가리고 "{d.cue("disclosure_mention", "부분공개(6)")}"로 결정\n'
        f'  다. 비공개: 감사·내부검토 과정에 있는 정보 등 → "{d.cue("disclosure_mention", "비공개(제9조 제1항 제5호)")}"')
    d.p('4. 공문서의 공개구분 표시\n  기안문 결문의 끝에 "공개", "부분공개(6)", "비공개(5)"와 같이 공개 여부와 해당 호를 표시합니다.')
    d.p('5. 불복 구제: 결정 통지를 받은 날부터 30일 이내 이의신청, 90일 이내 행정심판 또는 행정소송 제기 가능')
    d.p(f'6. 문의: {dept(r, ag, "foi")} ({agency_phone(r, ag)})')
    return lab(d, ag, dt, 'public', 'none', [], '정보공개 절차 안내: 부분공개(6)/비공개(5) 등은 예시로 인용된 것이며 이 문서의 공개구분이 아님', mention=True)


def t_foi_notice(r, fmt, personal=False):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_foi_notice_personal' if personal else 't_foi_notice_masked', '정보공개 결정 통지서')
    dec = r.choice(['공개', '부분공개', '비공개'])
    box = {k: ('■' if k == dec else '□') for k in ('공개', '부분공개', '비공개')}
    d.p(f'정보 ( {box["공개"]}공개  {box["부분공개"]}부분공개  {box["비공개"]}비공개 ) 결정 통지서', align='center', title=True)
    nm = person(r)
    if personal:
        c1 = d.cue('content', nm, decides='disclosure', note='requester name (private person)')
        c2 = d.cue('content', private_address(r, ag['region'], y), note='requester address')
        rows = [['수신자', f'{c1} 귀하'], ['주소', c2], ['연락처', mobile(r, y)]]
    else:
        c1 = d.cue('content', masked_name(nm, r), decides='disclosure', note='requester masked')
        rows = [['수신자', f'{c1} 귀하'], ['주소', '(개인정보 보호를 위해 생략)']]
    rno = f'{r.randint(1000000, 9999999)}'
    items = {'공개': [], '부분공개': r.choice([[6], [5], [6, 7]]), '비공개': r.choice([[5], [4], [1, 2], [6], [3]])}[dec]
    rows += [['접수번호', rno], ['접수일', fdate(add_days(dt, -r.randint(5, 10)))],
             ['청구 내용', r.choice([f'{y - 1}년 업무추진비 집행 내역', '○○사업 관련 내부 검토 보고서', '청사 출입자 명단', f'{y - 1}년 용역 계약서 일체',
                                  '○○공원 조성 사업 설계 도면', '특정 민원 처리 결과'])],
             ['공개 일시', fdate(add_days(dt, 3))], ['공개 방법', '□열람·시청  ■사본·출력물  ■전자파일'], ['수수료', f'{r.choice([0, 300, 1200, 2500])}원']]
    d.table(rows)
    if dec != '공개':
        st = '제' + ', '.join(f'{i}호' for i in items)
        mention = d.cue('disclosure_mention', f'「공공기관의 정보공개에 관한 법률」 제9조 제1항 {st}', note='decision about the requested document')
        d.p(f'비공개(전부 또는 일부) 내용 및 사유: {mention}에 해당하는 부분은 공개하지 않습니다.')
    d.p('불복(구제) 방법 및 절차: 이 결정에 불복이 있는 경우 결정 통지를 받은 날부터 30일 이내에 이의신청을 하거나 90일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.')
    d.p(fdate(dt), align='right')
    d.p(ag['head'], align='center', title=True)
    if personal:
        return lab(d, ag, dt, 'partial', 'none', [R[6]], '결정 통지서 자체는 공개 가능하나 청구인(사인)의 성명·주소·연락처는 제6호로 가려야 함; 본문의 비공개 사유는 다른 문서에 대한 언급', mention=True)
    return lab(d, ag, dt, 'public', 'none', [], '청구인 성명이 익명 처리된 결정 통지서; 인용된 제9조 각 호는 청구 대상 문서에 대한 결정(언급)', mention=True)


def t_minutes_officials(r, fmt):
    y = year_for(r, fmt, 2003, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'city', 'edu', 'fire_hq', 'police_hq'])
    d = Doc('t_minutes_officials', '회의록')
    topic = r.choice(['미세먼지 저감 대책', '어린이 통학로 안전 개선', '지역축제 안전관리', '공공데이터 개방 확대', '폭염 대비 취약계층 보호'])
    d.p(f'제{r.randint(1, 6)}차 {topic} 관계기관 실무협의회 결과', align='center', title=True)
    d.p(f'□ 일시/장소: {fdate(dt, "wd")} 15:00 / {venue(r, ag)}')
    att = []
    for _ in range(r.randint(4, 7)):
        a2 = agency(r, y, ['central', 'metro', 'province', 'city', 'gu', 'edu', 'police', 'fire'])
        att.append(f'{a2["name"]} {dept(r, a2, "gen")} {r.choice(ranks_for(a2))} {person(r)}')
    d.p('□ 참석자: ' + ', '.join(att))
    d.p('□ 주요 논의 내용')
    for a in att[:3]:
        org = a.split()[0]
        d.p(f'  ○ ({org}) {r.choice(["기관별 추진 실적을 공유하고 미흡 분야의 보완 방안을 협의함", "현장 점검 결과를 설명하고 예산 지원을 요청함", "홍보물 공동 제작과 배포 일정을 조정함", "관련 지침 개정 사항을 안내함"])}')
    d.p('□ 향후 계획: 기관별 조치 결과를 다음 회의 시 점검')
    return lab(d, ag, dt, 'public', 'none', [], '관계기관(공무원) 회의 결과: 참석 공무원 성명·직위는 제6호 라목, 완료된 협의 결과로 비공개 사유 없음')


def t_budget_stats(r, fmt):
    y = year_for(r, fmt, 1995, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    v = pick(r, [0, 1, 2, 3])
    if v == 0:
        d = Doc('t_budget', '예산서')
        d.p(f'{y}년도 {ag["name"]} 일반회계 세출예산 사업명세서', align='center', title=True)
        d.p('(단위: 천원)', align='right')
        rows = [['부서', '정책사업', '단위사업', f'{y}년 예산', f'{y - 1}년 예산', '증감']]
        for _ in range(r.randint(5, 9)):
            a = r.randint(50000, 9000000)
            b = int(a * r.uniform(0.8, 1.2))
            rows.append([dept(r, ag, r.choice(['gen', 'welfare', 'dev', 'policy'])), r.choice(['주민복지 증진', '안전한 도시 조성', '지역경제 활성화', '행정 효율화', '교육환경 개선', '문화관광 육성']),
                         r.choice(['경로당 운영 지원', '재난예방 시설 정비', '전통시장 시설 현대화', '전산장비 교체', '학교 시설 개선', '지역축제 개최']), f'{a:,}', f'{b:,}', f'{a - b:+,}'])
        d.table(rows)
    elif v == 1:
        d = Doc('t_stats', '통계표')
        d.p(f'{y}년 {r.randint(1, 4)}분기 민원 처리 현황', align='center', title=True)
        rows = [['구분', '접수', '처리 완료', '처리 중', '평균 처리일수']]
        for k in ['인허가', '질의·건의', '고충', '신고', '기타']:
            a = r.randint(30, 4000)
            b = int(a * r.uniform(0.8, 0.99))
            rows.append([k, f'{a:,}', f'{b:,}', f'{a - b:,}', f'{r.uniform(1.5, 9.5):.1f}'])
        d.table(rows)
    elif v == 2:
        d = Doc('t_stats', '통계표')
        d.p(f'{y}. {r.randint(1, 12)}. 말 기준 인구 및 세대 현황', align='center', title=True)
        rows = [['읍·면·동', '세대수', '인구(계)', '남', '여', '65세 이상']]
        for k in r.sample(DONG_STEMS, 6):
            m, f = r.randint(2000, 20000), r.randint(2000, 20000)
            rows.append([k + '동', f'{int((m + f) / 2.2):,}', f'{m + f:,}', f'{m:,}', f'{f:,}', f'{int((m + f) * r.uniform(0.1, 0.3)):,}'])
        d.table(rows)
    else:
        d = Doc('t_stats', '통계표')
        what = r.choice(['화재 발생 현황', '교통사고 발생 현황', '119 구급 출동 현황'])
        d.p(f'{y}년 월별 {what}', align='center', title=True)
        rows = [['월', '건수', '사망', '부상', '재산피해(천원)']]
        for m in range(1, 7):
            rows.append([f'{m}월', str(r.randint(10, 400)), str(r.randint(0, 6)), str(r.randint(0, 90)), f'{r.randint(1000, 900000):,}'])
        d.table(rows)
    st = None
    if r.random() < 0.4:
        st = stated(r, 'public')
        d.footer.append(f'공개구분: {d.cue("disclosure_field", st, decides="disclosure")}' if r.random() < 0.5 else d.cue('disclosure_field', st, decides='disclosure'))
    d.p(f'작성: {ag["name"]} {dept(r, ag, "gen")}', align='right')
    return lab(d, ag, dt, 'public', 'none', [], '집계 통계/예산 자료로 개인 식별 정보·비공개 사유 없음', stated=st)


def t_admin_guide(r, fmt):
    y = year_for(r, fmt, 1998, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu', 'edu', 'fire', 'police'])
    d = Doc('t_admin_guide', '행정 안내문')
    v = pick(r, [0, 1, 2, 3])
    if v == 0:
        d.p(f'{y}년 정기분 주민세(개인분) 납부 안내', align='center', title=True)
        d.p(f'○ 납부 기간: {y}. 8. 16. ~ 8. 31.\n○ 납세 의무자: 과세기준일(7. 1.) 현재 관내에 주소를 둔 세대주\n○ 납부 방법: 전국 금융기관, 가상계좌, 위택스, 간편결제 앱\n'
            '○ 기한 내 납부하지 않으면 3%의 가산세가 부과됩니다.')
    elif v == 1:
        d.p('여권 발급 신청 안내', align='center', title=True)
        d.p('○ 구비 서류: 여권발급신청서, 여권용 사진 1매, 신분증\n○ 신청서 작성 예시: 성명 홍길동, 주민등록번호 000000-0000000 (본인의 번호를 정확히 기재)\n'
            '○ 처리 기간: 접수일로부터 약 4~8일(공휴일 제외)\n○ 수수료: 복수여권 10년(58면) 53,000원')
    elif v == 2:
        d.p('대형 생활폐기물 배출 방법 안내', align='center', title=True)
        d.p('○ 인터넷 또는 동 행정복지센터에서 배출 신고 후 수수료 납부\n○ 배출 번호를 폐기물에 부착하여 지정 일시에 문 앞 또는 지정 장소에 배출\n○ 무단 투기 시 100만원 이하 과태료 부과')
    else:
        d.p('주택용 소방시설 설치 안내', align='center', title=True)
        d.p('○ 설치 대상: 아파트를 제외한 모든 주택\n○ 설치 기준: 세대별 소화기 1대 이상, 방·거실마다 단독경보형 감지기 1개\n○ 구입처: 소방용품 판매점, 대형마트, 온라인 쇼핑몰')
    d.p(f'문의: {ag["name"]} {dept(r, ag, "minwon")} ☎ {agency_phone(r, ag)}')
    return lab(d, ag, dt, 'public', 'none', [], '대민 안내문; 서식 예시(홍길동, 000000-0000000)는 개인정보가 아님')


def t_audit_public(r, fmt):
    y = year_for(r, fmt, 2006, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu', 'edu', 'pe', 'central'])
    d = Doc('t_audit_public', '감사 결과')
    subs = {'metro': ['gu'], 'province': ['city', 'county'], 'edu': ['edu_local'], 'central': ['cheong']}.get(ag['kind'], [])
    cand = [a for a in AG if a[1] in subs and a[2] <= y <= a[3] and (ag['kind'] == 'central' or a[4] == ag['region'])]
    if cand:
        tname = r.choice(cand)[0]
        target = agency(r, y, subs, names=[tname])
    else:
        target = dict(ag)
        target['name'] = ag['name'] + ' ' + r.choice(['○○사업소', '○○지역본부', '○○센터'])
    d.p(f'{target["name"]} {y}년 종합감사 결과', align='center', title=True)
    d.p(f'감사 기간: {fdate(add_days(dt, -60))} ~ {fdate(add_days(dt, -50))} / 감사 인원: {r.randint(5, 12)}명')
    rows = [['번호', '감사 결과 제목', '처분 요구', '관련 부서', '관련자']]
    for i in range(r.randint(3, 6)):
        rows.append([str(i + 1), r.choice(['계약 업무 처리 부적정', '보조금 정산 검사 소홀', '초과근무수당 지급 부적정', '공유재산 관리 소홀', '건축허가 사후관리 미흡', '물품 관리 부적정']),
                     r.choice(['시정', '주의', '통보', '개선']), dept(r, target, r.choice(['gen', 'contract', 'welfare', 'dev'])),
                     f'{r.choice(["6급", "7급", "5급"])} {masked_name(person(r), r)}'])
    d.table(rows)
    d.p('※ 관련자 성명은 개인정보 보호를 위하여 익명 처리하였습니다.')
    st = stated(r, 'public')
    d.p(f'공개여부: {d.cue("disclosure_field", st, decides="disclosure")}' if r.random() < 0.6 else f'[{d.cue("disclosure_field", st, decides="disclosure")}]')
    d.p(f'{fdate(dt)}  {ag["name"]} {dept(r, ag, "audit")}', align='right')
    return lab(d, ag, dt, 'public', 'none', [], '완료된 감사 결과 공개문, 관련자 익명 처리', stated=st)


def t_declass(r, fmt):
    y = year_for(r, fmt, 2005, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'pe', 'edu', 'police_hq'])
    d = Doc('t_declass', '공문')
    rows = [['관리번호', '생산연도', '문서 제목', '원 등급', '조치']]
    first = True
    for i in range(r.randint(3, 6)):
        g = r.choice(['Ⅲ급', '대외비', 'Ⅲ급비밀', '대외비'])
        if first:
            g = d.cue('marking_mention', g, note='former classification of listed documents')
            first = False
        rows.append([f'{y - r.randint(3, 12)}-{r.randint(1, 99):02d}', str(y - r.randint(3, 12)),
                     r.choice(['비상연락망 운영 계획', '연도 을지연습 결과 보고', '청사 경비 근무 계획', '민방위 교육 계획', '재난 대응 훈련 결과']),
                     g, '일반문서로 재분류'])
    body = [f'1. 관련: 「보안업무규정」 및 「공공기록물 관리에 관한 법률」 제35조',
            f'2. {y}년 비밀·대외비 재분류 심사 결과, 보호기간이 지났거나 보호 필요성이 소멸된 문서를 아래와 같이 일반문서로 재분류하였음을 알려드립니다.',
            '3. 각 보관 부서에서는 해당 문서의 비밀 표시를 삭제(두 줄 긋기)하고 재분류 일자를 기재하여 주시기 바랍니다.']
    place = pub_place(r, fmt)
    st = stated(r, 'public') if place != 'none' else None
    disc = d.cue('disclosure_field', st, decides='disclosure') if st else None
    body.insert(2, ('table', rows))
    letter(d, r, ag, dt, f'{y}년 비밀·대외비 재분류 결과 통보', body, [], disc=disc, place=place, dpt=dept(r, ag, 'sec'))
    return lab(d, ag, dt, 'public', 'none', [], '재분류(해제) 통보: 나열된 문서의 옛 등급만 언급, 이 문서 자체는 일반문서', stated=st, mention=True)


def t_cover_sep(r, fmt):
    y = year_for(r, fmt, 2004, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'city', 'pe', 'police_hq', 'edu'])
    d = Doc('t_cover_sep', '공문')
    lvl = r.choice(['Ⅲ급비밀', '3급 비밀', '대외비', 'Ⅱ급비밀', '대외비'])
    plan = r.choice(['비상대비 업무 세부 추진계획', '청사 방호 계획', '통합방위 훈련 계획', '주요 시설 경비 강화 계획'])
    m = d.cue('marking_mention', lvl, note='classification of an attachment sent separately')
    body = [f'1. 관련: {dept(r, ag, "sec")}-{r.randint(100, 999)}({fdate(add_days(dt, -20))})',
            f'2. 「{y}년 {plan}」을 송부하니 업무에 참고하시기 바랍니다.',
            f'3. 붙임 문서는 {m}로 분류되어 있어 {r.choice(["「보안업무규정」에 따른 비밀 발송 절차(인편)로 별도 송부하며, 본 공문에는 첨부하지 않습니다.", "보안 관리를 위하여 전자문서시스템에 첨부하지 않고 별도 송부합니다.", "수령 즉시 비밀(대외비) 관리대장에 등재하여 관리하여 주시기 바랍니다(별도 송부)."])}']
    place = r.choice(['closing', 'footer', 'none', 'header_table', 'field_bottom'])
    st = stated(r, 'public') if place != 'none' else None
    disc = d.cue('disclosure_field', st, decides='disclosure') if st else None
    letter(d, r, ag, dt, f'{y}년 {plan} 송부', body, [f'{plan} 1부.(별도 송부)'], disc=disc, place=place, dpt=dept(r, ag, 'sec'))
    return lab(d, ag, dt, 'public', 'none', [], f'첨부물이 {lvl}로 별도 송부됨을 알리는 송부 공문: 등급은 첨부물에 대한 언급이고 본 문서에는 비공개 내용이 없음', stated=st, mention=True)


def t_informal_public(r, fmt):
    y = year_for(r, fmt, 2004, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, KIND_ALL)
    d = Doc('t_informal_public', r.choice(['내부결재 보고서', '계획서']))
    mk = pick(r, ['[내부용]', '[대내용]', '외부 배포 금지', '취급주의', '내부 업무 참고용'])
    c = d.cue('informal', mk, note='informal internal marking, not a 보안업무규정 classification')
    where = r.choice(['header', 'box', 'body'])
    if where == 'header':
        d.header.append(c)
    elif where == 'box':
        d.box(c)
    v = r.randint(0, 3)
    H = roman_heads(r)
    if v == 0:
        title = f'{y}년 직원 한마음 체육대회 개최 계획'
        secs = [(H[0] + '개요', [f'○ 일시: {fdate(add_days(dt, 30), "wd")} 10:00~16:00', f'○ 장소: {r.choice(["시민운동장", "실내체육관", "교육원 운동장"])}', f'○ 참석: 전 직원 {r.randint(150, 900)}여 명']),
                (H[1] + '세부 프로그램', ['○ 오전: 개회식, 부서 대항 족구·피구', '○ 오후: 명랑운동회, 시상 및 폐회']),
                (H[2] + '소요 예산', [f'○ {r.randint(5, 30)},000천원 (복리후생비)'])]
    elif v == 1:
        title = f'{y}년 직무 역량강화 교육 운영 계획'
        secs = [(H[0] + '교육 과정', ['○ 공문서 작성 실무, 데이터 분석 기초, 민원 응대 기법']),
                (H[1] + '운영 일정', [f'○ {fdate(add_days(dt, 20))}부터 매주 목요일 14:00~17:00']),
                (H[2] + '대상', ['○ 신규 임용 공무원 및 희망 직원'])]
    elif v == 2:
        title = '청사 에너지 절약 실천 계획'
        secs = [(H[0] + '추진 배경', ['○ 동절기 전력 수요 증가에 대비한 공공기관 에너지 절약']),
                (H[1] + '실천 과제', ['○ 실내 온도 18℃ 이하 유지', '○ 점심시간 일괄 소등', '○ 4층 이하 엘리베이터 운행 자제'])]
    else:
        title = f'{dept(r, ag, "gen")} 사무분장표'
        secs = [(H[0] + '사무분장', [f'○ {r.choice(ranks_for(ag))} {person(r)}: 부서 서무, 예산 집행', f'○ {r.choice(ranks_for(ag))} {person(r)}: 민원 처리, 통계 관리',
                                     f'○ {r.choice(ranks_for(ag))} {person(r)}: 계약, 물품 관리'])]
    if where == 'body':
        d.p(c)
    report(d, r, ag, dt, title, secs, approval=r.random() < 0.6)
    return lab(d, ag, dt, 'public', 'none', [], f'"{mk}"는 비공식 내부 표시로 보안업무규정상 등급이 아니며, 내용(행사·교육·분장)에 비공개 사유 없음')


def t_contract_award(r, fmt):
    y = year_for(r, fmt, 2008, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'province', 'city', 'county', 'gu', 'edu', 'pe', 'cheong'])
    d = Doc('t_contract_award', '통계표')
    d.p(f'{y}년 {r.randint(1, 4)}분기 계약 체결 현황 공개', align='center', title=True)
    rows = [['계약명', '계약 방법', '계약 금액(원)', '계약 상대자', '계약 기간']]
    for _ in range(r.randint(4, 7)):
        meth = r.choice(['제한경쟁', '일반경쟁', '수의계약(소액)', '협상에 의한 계약'])
        amt = r.randint(3, 19) * 1000000 + r.randint(0, 999) * 1000 if meth == '수의계약(소액)' else r.randint(30, 900) * 1000000 + r.randint(0, 999) * 1000
        item, pool = r.choice([('청사 청소 용역', SOLE_PROPS), ('전산장비 유지보수', IT_COMPANIES), ('도로 보수 공사', COMPANIES), ('홍보물 제작', SOLE_PROPS),
                               ('시설물 안전진단 용역', COMPANIES), ('사무용품 구매', SOLE_PROPS)])
        st_ = add_days(dt, -r.randint(10, 80))
        rows.append([item, meth, f'{amt:,}', r.choice(pool), f'{fdate(st_)} ~ {fdate(add_days(st_, r.randint(30, 365)))}'])
    d.table(rows)
    d.p('※ 지방자치단체를 당사자로 하는 계약에 관한 법률 등 관련 법령에 따른 계약 정보 공개')
    return lab(d, ag, dt, 'public', 'none', [], '계약 체결 현황(상대자 상호·금액)은 공개 대상 계약정보; 개인정보·영업비밀 세부 없음')


def t_award_officials(r, fmt):
    y = year_for(r, fmt, 2000, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['central', 'metro', 'province', 'city', 'edu', 'fire_hq', 'police_hq'])
    d = Doc('t_award_officials', '명단')
    d.p(f'{y}년 {r.choice(["상반기", "하반기"])} 유공 공무원 포상 대상자 명단', align='center', title=True)
    rows = [['연번', '소속', '직급', '성명', '공적 요지']]
    for i in range(r.randint(4, 8)):
        rows.append([str(i + 1), dept(r, ag, r.choice(['gen', 'welfare', 'sec', 'minwon'])), r.choice(ranks_for(ag)), person(r),
                     r.choice(['재난 현장 신속 대응', '적극행정 우수 사례 발굴', '민원 처리 기간 단축', '예산 절감 기여', '정보화 사업 성공적 추진'])])
    d.table(rows)
    d.p(f'{fdate(dt)} {ag["name"]}', align='right')
    return lab(d, ag, dt, 'public', 'none', [], '공무원의 직무 관련 포상 명단(소속·직급·성명) — 제6호 라목, 공표 목적')


def t_minwon_public(r, fmt):
    y = year_for(r, fmt, 2010, 2026)
    dt = rdate(r, y)
    ag = agency(r, y, ['metro', 'city', 'county', 'gu'])
    d = Doc('t_minwon_public', '민원 회신')
    nm = masked_name(person(r), r)
    q, mdpt = r.choice([('버스 정류장 승강장 파손 보수 요청', '교통행정과'), ('공원 내 가로등 고장 신고', '건설과'),
                        ('학교 앞 횡단보도 노면 표시 재도색 요청', '교통행정과'), ('도서관 운영 시간 연장 건의', '자치행정과')])
    d.p('국민신문고 민원 답변 (공개 게시본)', align='center', title=True)
    d.table([['신청인', d.cue('content', nm, decides='disclosure', note='masked requester')], ['신청번호', f'{r.randint(1, 2)}AA-{y % 100:02d}{r.randint(1, 12):02d}-{r.randint(1000000, 9999999)}'],
             ['처리기관', f'{ag["name"]} {mdpt}'], ['처리일', fdate(dt)]])
    d.p(f'□ 민원 요지: {q}')
    d.p(f'□ 답변: 안녕하십니까. 귀하께서 제기하신 민원에 대하여 현장을 확인한 결과, 요청하신 사항은 {fdate(add_days(dt, 14))}까지 조치할 예정입니다. '
        f'기타 문의 사항은 {mdpt} {person(r)} {r.choice(ranks_for(ag))}(☎ {agency_phone(r, ag)})에게 연락 주시기 바랍니다.')
    return lab(d, ag, dt, 'public', 'none', [], '민원인 성명이 익명 처리된 공개 게시 답변; 담당 공무원 정보는 제6호 라목')


PUBLIC_TEMPLATES = {
    't_pub_letter': t_pub_letter, 't_press': t_press, 't_personnel': t_personnel, 't_sec_guide': t_sec_guide,
    't_password': t_password, 't_foi_guide': t_foi_guide, 't_foi_notice_masked': lambda r, f: t_foi_notice(r, f, False),
    't_minutes_officials': t_minutes_officials, 't_budget_stats': t_budget_stats, 't_admin_guide': t_admin_guide,
    't_audit_public': t_audit_public, 't_declass': t_declass, 't_cover_sep': t_cover_sep,
    't_informal_public': t_informal_public, 't_contract_award': t_contract_award, 't_award_officials': t_award_officials,
    't_minwon_public': t_minwon_public,
}
