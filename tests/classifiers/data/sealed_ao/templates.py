# -*- coding: utf-8 -*-
"""Document templates for sens_ao. Each template(rng, i) returns a document dict with labels and cue metadata."""
import datetime
from gen_common import *

ORDER = ['OIDA-9-1-1', 'OIDA-9-1-2', 'OIDA-9-1-3', 'OIDA-9-1-4', 'OIDA-9-1-5', 'OIDA-9-1-6', 'OIDA-9-1-7', 'OIDA-9-1-8', 'PIPA-23', 'PIPA-24']


def R(*rs):
    return sorted(set(rs), key=ORDER.index)


# ------------------------------------------------------------------ stamps
def st_dae(rng, until=None):
    if until:
        return rng.choice(['%s까지 대외비' % d(until), '대외비(보호기간: %s까지)' % d(until), '대외비 (보호기간 : %s 까지)' % d(until)])
    return rng.choice(['대 외 비', '[대외비]', '《대외비》', '보안등급: 대외비', '대외비', '< 대 외 비 >', '〈대외비〉'])


SEC = {
    3: ['Ⅲ급비밀', 'III급 비밀', '3급 비밀', '비밀(Ⅲ급)', 'Ⅲ 급 비 밀', 'Ⅲ급 비밀', '비밀 Ⅲ급'],
    2: ['Ⅱ급비밀', 'II급 비밀', '비밀(Ⅱ급)', 'Ⅱ 급 비 밀', '2급 비밀', 'Ⅱ급 비밀'],
    1: ['Ⅰ급비밀', 'I급 비밀', '비밀(Ⅰ급)', 'Ⅰ 급 비 밀', '1급 비밀'],
}
ROMAN = {1: 'Ⅰ', 2: 'Ⅱ', 3: 'Ⅲ'}
MARK = {1: 'I급', 2: 'II급', 3: 'III급'}


def st_sec(rng, lvl):
    return rng.choice(SEC[lvl])


def notice(rng, lvl, until, after=None):
    after = after or '일반문서로 재분류'
    return rng.choice([
        '예고문: %s까지 %s급비밀, 이후 %s' % (d(until), ROMAN[lvl], after),
        '예고문 : %s 까지 %s급 비밀, 이후 %s' % (d(until), ROMAN[lvl], after),
        '(예고문) %s까지 %s급비밀 / 이후 %s' % (d(until), ROMAN[lvl], after),
    ])


def copyno(rng):
    n = rng.randint(2, 6)
    return rng.choice(['사본번호: %d / %d' % (rng.randint(1, n), n), '사본 제%d호 (총 %d부)' % (rng.randint(1, n), n), '사본번호 %d-%d' % (n, rng.randint(1, n))])


def live_date(rng):
    return date_between(rng, (2026, 6, 30), (2030, 12, 31))


def past_date(rng):
    return date_between(rng, (2023, 6, 30), (2026, 1, 31))


def place_marking(rng, doc, stamp, where, extra=()):
    """Put a marking stamp in header / footer / both / cover / table / body. Returns cue_location string."""
    doc.setdefault('header', [])
    doc.setdefault('footer', [])
    doc.setdefault('stamp_lines', [])
    if where == 'header':
        doc['header'] = [stamp] + doc['header']
    elif where == 'footer':
        doc['footer'] = doc['footer'] + [stamp]
    elif where == 'header+footer':
        doc['header'] = [stamp] + doc['header']
        doc['footer'] = doc['footer'] + [stamp]
    elif where == 'cover':
        doc['cover'] = [stamp] + (doc.get('cover') or [doc['title']]) + list(extra)
        doc['stamp_lines'].append(stamp)
        return where
    elif where == 'table':
        doc['body'] = [('table', [['문서번호', '보안등급', '작성부서'], [doc.get('_no', '내부-%d' % rng.randint(10, 99)), stamp, doc.get('_dept', '기획조정실')]])] + doc['body']
        doc['footer'] = doc['footer'] + list(extra)
        return where
    elif where == 'body':
        doc['body'] = [stamp] + doc['body']
    doc['stamp_lines'].append(stamp)
    if extra and where != 'cover':
        doc['footer'] = doc['footer'] + list(extra)
    return where


# ------------------------------------------------------------------ 공문 frame
def gongmun(rng, org, dept, recipient, subject, paras, disc_field, attach=None, sender=None, via=False):
    offs = names(rng, 3)
    dt = date_between(rng, (2025, 3, 2), (2026, 2, 20))
    no = docno(rng, dept)
    body = ['수신  ' + recipient]
    body.append('(경유)' + (' ' + rng.choice(['', '각 실·국장']) if via else ''))
    body.append('제목  ' + subject)
    body.append('')
    body.extend(paras)
    if attach:
        body.append('붙임  ' + '  '.join('%d. %s' % (k + 1, a) for k, a in enumerate(attach)) + '  끝.')
    else:
        body[-1] = body[-1] + '  끝.'
    body.append('')
    body.append(sender or (org + ('장' if not org.endswith('부') else ' 장관')))
    body.append('')
    pos = rng.choice([('주무관', '사무관', '과장'), ('주무관', '팀장', '국장'), ('행정주사', '행정사무관', '과장')])
    body.append('%s %s   %s %s   %s %s' % (pos[0], offs[0], pos[1], offs[1], rng.choice(['전결 ', '']) + pos[2], offs[2]))
    body.append('시행  %s (%s)        접수' % (no, d(dt)))
    body.append('우 %05d  %s  / %s' % (rng.randint(10000, 63999), inst_addr(rng, org), 'www.%s.go.kr' % rng.choice(['hanbit', 'cheongram', 'nuri', 'gaon', 'saebeol', 'mirr'])))
    body.append('전화번호 %s  전송 %s  / %s@korea.kr  / %s' % (tel(rng), tel(rng), rng.choice(['jmk', 'yhs22', 'parkdw', 'seo.min', 'kang7']) + str(rng.randint(1, 99)), disc_field))
    return {'title': org, 'body': body, 'header': [], 'footer': [], '_no': no, '_dept': dept, '_date': dt, '_offs': offs}


def mk(doc, disclosure, marking, reasons, genre, cue_kind, cue_location, cue_text, flags, note):
    doc.update(disclosure=disclosure, marking=marking, reasons=R(*reasons), genre=genre, cue_kind=cue_kind,
               cue_location=cue_location, cue_text=list(cue_text), flags=list(flags), note=note)
    return doc


# ================================================================== PUBLIC
def t_press(rng, i):
    org = rng.choice(MINISTRIES + LOCALS)
    topic = rng.choice([('청년 주거비 지원 확대', '청년 월세 지원 대상이 중위소득 150% 이하로 넓어진다'),
                        ('공공데이터 개방 100선 발표', '교통·환경 분야 데이터 100종을 새로 개방한다'),
                        ('여름철 폭염 대응 종합대책 추진', '무더위 쉼터 1,240곳을 지정·운영한다'),
                        ('소상공인 디지털 전환 바우처 지급', '점포당 최대 400만 원의 바우처를 지원한다'),
                        ('지역 소멸 대응 생활인구 통계 첫 공개', '생활인구 개념을 적용한 통계를 처음 공표한다'),
                        ('어린이 통학로 안전 점검 결과', '통학로 612곳 중 87곳을 개선 대상으로 선정했다'),
                        ('전통시장 화재 안전 점검 착수', '전통시장 58곳에 대한 합동 점검을 시작한다')])
    dept = rng.choice(DEPTS)
    a, b = names(rng, 2)
    dt = date_between(rng, (2025, 1, 5), (2026, 2, 25))
    embargo = rng.choice(['보도시점: 배포 즉시 보도 가능', '보도시점: %s(목) 조간' % d(dt), '엠바고: %s 12:00 이후 보도' % d(dt), '배포일시: %s 10:00' % d(dt)])
    lead = rng.choice(['%s는 %s고 밝혔다.' % (org, topic[1]), '%s는 %s 브리핑에서 %s고 설명했다.' % (org, d(dt), topic[1]), '%s에 따르면 올해부터 %s.' % (org, topic[1])])
    quote = rng.choice(['현장의 목소리를 꾸준히 반영하겠다', '국민이 체감할 수 있도록 차질 없이 추진하겠다', '관계기관과 협력해 사각지대를 줄이겠다'])
    body = [embargo, '', '□ ' + lead,
            '□ 이번 조치는 지난해 실시한 수요 조사 결과를 반영한 것으로, 관계기관 협의를 거쳐 %s부터 시행된다.' % rng.choice(['3월', '하반기', '다음 달', '7월 1일']),
            '□ %s %s %s은 "%s"라고 말했다.' % (dept, a, rng.choice(['과장', '국장']), quote),
            '', ('table', [['담당 부서', '책임자', '담당자'], [dept, '과장 %s (%s)' % (a, tel(rng)), '주무관 %s (%s)' % (b, tel(rng))]])]
    if rng.random() < 0.4:
        body.insert(4, '※ 세부 내용은 누리집(www.%s.go.kr) 보도자료 게시판에서 확인할 수 있다.' % rng.choice(['dasom', 'mulbit', 'yeoul']))
    doc = {'title': rng.choice(['보도자료', '보 도 자 료']) + '  ' + topic[0], 'body': body, 'header': [org], 'footer': ['%s  대변인실' % org]}
    return mk(doc, 'public', 'none', [], '보도자료', 'officials_only', 'table', ['과장 %s' % a], [],
              '보도자료: only officials acting in office are named (제9조 제1항 제6호 라목) → public.')


def t_gongmun_pub(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    dept = rng.choice(DEPTS)
    kind = i % 5
    if kind == 0:
        subj = '%d년 하반기 공공시설 합동 안전점검 계획 알림' % rng.choice([2025, 2026])
        paras = ['1. 관련: %s 재난안전과-%d(%s)' % (org, rng.randint(100, 999), d(date_between(rng, (2025, 1, 1), (2025, 6, 1)))),
                 '2. 우리 기관은 공공시설의 안전관리 실태를 확인하기 위하여 아래와 같이 합동 점검을 실시하고자 하니, 각 기관에서는 점검 대상 시설 현황을 제출하여 주시기 바랍니다.',
                 '  가. 점검 기간: %s ~ %s' % (d(date_between(rng, (2025, 8, 1), (2025, 8, 20))), d(date_between(rng, (2025, 9, 1), (2025, 9, 30)))),
                 '  나. 점검 대상: 공공청사, 체육시설, 도서관 등 다중이용 공공시설']
    elif kind == 1:
        subj = '정책 자문위원회 정기회의 개최 안내'
        paras = ['1. 귀 기관의 무궁한 발전을 기원합니다.', '2. 「%s 정책 자문위원회 운영 규정」 제%d조에 따라 정기회의를 아래와 같이 개최하오니 참석하여 주시기 바랍니다.' % (org, rng.randint(4, 12)),
                 '  가. 일시: %s 14:00' % d(date_between(rng, (2025, 4, 1), (2026, 2, 1))), '  나. 장소: 청사 %d층 대회의실' % rng.randint(2, 9)]
    elif kind == 2:
        subj = '공공데이터 품질관리 실태 조사 협조 요청'
        paras = ['1. 「공공데이터의 제공 및 이용 활성화에 관한 법률」에 따라 실시하는 품질관리 실태 조사와 관련입니다.', '2. 기관별 개방 데이터셋 목록과 품질진단 결과를 %s까지 제출하여 주시기 바랍니다.' % d(date_between(rng, (2025, 5, 1), (2026, 2, 27)))]
    elif kind == 3:
        subj = '청사 출입 안내 시스템 교체에 따른 일시 운영 중단 알림'
        paras = ['1. 청사 출입 안내 시스템 노후 장비 교체 공사를 아래와 같이 시행합니다.', '2. 공사 기간 중 방문객은 %d층 안내데스크에서 임시 출입증을 발급받아 주시기 바랍니다.' % rng.randint(1, 2)]
    else:
        subj = '%d년 적극행정 우수사례 경진대회 참가 신청 안내' % rng.choice([2025, 2026])
        paras = ['1. 적극행정 문화 확산을 위하여 우수사례 경진대회를 개최합니다.', '2. 참가를 희망하는 부서는 붙임 서식에 따라 신청서를 작성하여 제출하여 주시기 바랍니다.']
    field = rng.choice(['공개', '대국민 공개', '공개구분: 공개'])
    doc = gongmun(rng, org, dept, rng.choice(['수신자 참조', '각 기관장', '%s장(%s)' % (rng.choice(AGENCIES), rng.choice(DEPTS))]), subj, paras, field,
                  attach=rng.choice([None, ['신청서 서식 1부'], ['점검 대상 목록 1부']]))
    return mk(doc, 'public', 'none', [], '공문', 'disclosure_line', 'body', [field], [],
              '일반 행정 공문; 결문에 공개 표시, 기안·결재 공무원 성명만 있음 → public.')


def t_stats(rng, i):
    org = rng.choice(LOCALS + ['%s 통계분석과' % rng.choice(LOCALS)])
    yr = rng.choice([2024, 2025])
    kind = rng.choice(['인구 이동', '사업체 조사', '관광객 방문', '주택 거래', '대중교통 이용'])
    rows = [['구분', '%d년' % (yr - 1), '%d년' % yr, '증감률(%)']]
    for lab in rng.sample(['가온동', '새롬동', '다정동', '보람동', '솔빛동', '한울동', '미리내동'], 4):
        a = rng.randint(1200, 9800)
        b = a + rng.randint(-700, 900)
        rows.append([lab, '{:,}'.format(a), '{:,}'.format(b), '%.1f' % ((b - a) * 100.0 / a)])
    body = ['□ 공표 일자: %s' % d(date_between(rng, (2025, 2, 1), (2026, 2, 20))), '□ 작성 근거: 「통계법」 제18조에 따른 승인통계(승인번호 제%d호)' % rng.randint(10000, 99999),
            '□ 주요 결과', '  ○ %d년 %s 규모는 전년 대비 %s했다.' % (yr, kind, rng.choice(['소폭 증가', '감소', '증가'])), ('table', rows),
            '※ 이 자료는 표본조사 결과이므로 표본오차가 있을 수 있음', '문의: %s 주무관 %s (%s)' % (rng.choice(DEPTS), name(rng), tel(rng, '0%d' % rng.randint(31, 64)))]
    doc = {'title': '%d년 %s 통계 공표' % (yr, kind), 'body': body, 'header': [org], 'footer': [rng.choice(['공표용', '통계 공표 자료', '누구나 활용 가능(공공누리 제1유형)'])]}
    return mk(doc, 'public', 'none', [], '통계 공표', 'none', 'none', [], [], 'Aggregate statistics released to the public.')


def t_bid_notice(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    item = rng.choice(['청사 냉난방 설비 교체 공사', '민원 안내 챗봇 구축 용역', '하천 정비 실시설계 용역', '공용 차량 임차', '도서관 자료 구입'])
    price = money(rng, 50_000_000, 2_400_000_000, 10000)
    body = ['%s 공고 제%d-%d호' % (org, rng.choice([2025, 2026]), rng.randint(10, 999)), '',
            '1. 입찰에 부치는 사항', ('table', [['건명', '추정가격', '입찰방법'], [item, price + '(부가세 별도)', rng.choice(['제한경쟁', '일반경쟁', '협상에 의한 계약'])]]),
            '2. 입찰참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 적합한 자',
            '3. 입찰서 제출: 국가종합전자조달시스템(나라장터) 전자입찰, 공고번호 R%d%08d-00' % (rng.choice([25, 26]), rng.randint(0, 99999999)),
            '4. 개찰 일시: %s 11:00' % d(date_between(rng, (2025, 3, 1), (2026, 2, 28))),
            '5. 문의: %s 계약관리팀 (%s)' % (org, tel(rng, '0%d' % rng.randint(31, 64)))]
    doc = {'title': '입찰 공고', 'body': body, 'header': [], 'footer': [org + rng.choice(['장', ' 사장', ' 이사장'])]}
    return mk(doc, 'public', 'none', [], '입찰공고', 'none', 'none', [], [], 'Published tender notice.')


def t_sec_guide(rng, i):
    org = rng.choice(MINISTRIES + AGENCIES)
    quoted = [st_dae(rng), st_sec(rng, 3), '예고문: %s까지 Ⅲ급비밀, 이후 일반문서로 재분류' % d(live_date(rng)), rng.choice(['대외비(보호기간: 2027. 12. 31.까지)', '2026. 12. 31.까지 대외비'])]
    rng.shuffle(quoted)
    body = ['1. 목적: 비밀 및 대외비 문서의 생산·취급 시 표시 방법을 통일하여 보안사고를 예방함',
            '2. 표시 요령',
            '  가. 비밀은 문서 상·하단 중앙에 "%s"와 같이 등급을 표시한다.' % quoted[0],
            '  나. 대외비는 문서 상단에 "%s" 형태로 표시하고 보호기간을 함께 적는다.' % quoted[1],
            '  다. 예시: %s' % quoted[2],
            '  라. 보호기간이 경과한 문서는 "%s" 표시를 삭선 처리하고 일반문서로 관리한다.' % quoted[3],
            '3. 이 안내서 자체는 일반문서이며 기관 누리집 자료실에 게시한다.']
    doc = {'title': rng.choice(['비밀·대외비 문서 표시 요령 안내', '보안문서 취급 실무 안내서', '대외비 문서 관리 지침(요약)']), 'body': body, 'header': [org + ' 보안담당관실'], 'footer': [rng.choice(['일반문서', '교육용 자료', '- 1 -'])]}
    return mk(doc, 'public', 'none', [], '보안 업무 안내', 'mention', 'body', quoted[:2], ['mention_only'],
              'Guide quoting stamps as examples; the guide itself carries no marking → none/public.')


def t_foi_guide(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    q = [rng.choice(['부분공개(6)', '부분공개(제9조 제1항 제6호)']), rng.choice(['비공개(제9조 제1항 제5호)', '비공개(5)', '비공개(4)']), '제9조 제1항 제1호']
    body = ['○ 공개구분은 문서 결문의 공개구분 란에 "공개", "%s", "%s" 등으로 표시합니다.' % (q[0], q[1]),
            '○ 비공개 사유 번호는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호를 말합니다.',
            ('table', [['번호', '비공개 대상 정보(요약)'], ['1호', '다른 법률 또는 법률이 위임한 명령에 따라 비밀로 유지되는 정보'], ['2호', '국가안전보장·국방·통일·외교관계 관련 정보'],
                       ['5호', '감사·감독·입찰계약·의사결정 과정 또는 내부검토 과정'], ['6호', '성명·주민등록번호 등 개인에 관한 사항'], ['7호', '법인 등의 경영상·영업상 비밀']]),
            '○ 예: 비밀로 분류된 문서는 %s 및 관련 내용 호를 함께 적습니다.' % q[2],
            '○ 청구인은 결정 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.']
    doc = {'title': rng.choice(['정보공개 업무 처리 안내', '알기 쉬운 정보공개 청구 안내', '공개구분 표시 요령']), 'body': body, 'header': [org], 'footer': ['정보공개 담당부서: 민원소통과']}
    return mk(doc, 'public', 'none', [], '정보공개 안내', 'mention', 'body', q[:2], ['mention_only'], 'Guide quoting disclosure fields; no own restriction.')


def t_password(rng, i):
    org = rng.choice(AGENCIES + MINISTRIES)
    body = [rng.choice(['□ 업무포털 비밀번호 정기 변경 안내', '□ 내부 시스템 비밀번호 변경 주기 도래 알림']),
            '  ○ 대상: 전 직원(무기계약직 포함)', '  ○ 기한: %s까지' % d(date_between(rng, (2025, 4, 1), (2026, 2, 28))),
            '  ○ 비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 설정하고, 직전 비밀번호와 동일하게 설정할 수 없습니다.',
            '  ○ 기한 내 변경하지 않은 계정은 로그인 시 비밀번호 변경 화면으로 이동합니다.',
            '□ 문의: %s 정보화담당관 (내선 %d)' % (org, rng.randint(2000, 2999))]
    doc = {'title': rng.choice(['[공지] 비밀번호 변경 안내', '비밀번호 정기 변경 협조 요청']), 'body': body, 'header': [], 'footer': [org]}
    return mk(doc, 'public', 'none', [], '내부 공지', 'mention', 'body', ['비밀번호'], ['mention_only', 'lexical_trap'], '"비밀번호" is not a 비밀 marking.')


def t_personnel(rng, i):
    org = rng.choice(MINISTRIES)
    ns = names(rng, 4)
    grades = [('3급(부이사관)', '정책기획관'), ('1급(관리관)', '기획조정실장'), ('4급(서기관)', '%s장' % rng.choice(DEPTS)), ('2급(이사관)', '%s국장' % rng.choice(['산업', '지역', '안전']))]
    rng.shuffle(grades)
    rows = [['성명', '직급', '발령 사항']] + [[n, g[0], '%s에 보함' % g[1]] for n, g in zip(ns, grades)]
    body = ['%s 인사 발령 (%s자)' % (org, d(date_between(rng, (2025, 1, 2), (2026, 2, 27)))), ('table', rows), '위와 같이 발령함.']
    doc = {'title': rng.choice(['인 사 발 령', '인사발령 통지', '고위공무원 및 과장급 전보 인사']), 'body': body, 'header': [], 'footer': [org + ' 장관']}
    return mk(doc, 'public', 'none', [], '인사 발령', 'mention', 'table', [grades[0][0]], ['mention_only', 'civil_service_grade'],
              'Civil-service grades like 3급(부이사관) are not security classifications; officials in office → public.')


def t_declass(rng, i):
    org = rng.choice(MINISTRIES)
    lv = rng.choice([2, 3])
    dt = past_date(rng)
    field = '공개'
    stv = st_sec(rng, lv)
    paras = ['1. %s에서 생산한 아래 비밀에 대하여 보호기간 만료에 따라 비밀을 해제하고 일반문서로 재분류하였음을 알려드립니다.' % org,
             '2. 재분류 대상: %s 「%s」 (생산번호 %s)' % (stv, rng.choice(['연안 경계 협의 자료', '비상대비 자원 관리 현황', '국외 협력 회의 결과']), docno(rng, '비상안전기획관')),
             '3. 원 예고문: %s까지 %s급비밀, 이후 일반문서로 재분류' % (d(dt), ROMAN[lv]),
             '4. 각 기관은 보유 사본의 비밀 표시를 삭선 처리하고 비밀관리기록부를 정리하여 주시기 바랍니다.']
    doc = gongmun(rng, org, '비상안전기획관', '수신자 참조', '비밀 해제 및 재분류 통보', paras, field)
    return mk(doc, 'public', 'none', [], '비밀 해제 통보', 'mention', 'body', [stv], ['mention_only', 'declassification'],
              'Notice that another document was declassified; this notice itself is unclassified.')


def t_cover(rng, i):
    org = rng.choice(MINISTRIES)
    lv = rng.choice([3, 3, 2])
    mention = rng.choice(['%d급 비밀' % lv, '%s급비밀' % ROMAN[lv]])
    paras = ['1. 관련: %s-%d' % (rng.choice(DEPTS), rng.randint(100, 999)),
             '2. 요청하신 %s 관련 자료를 송부합니다. 다만, 붙임 자료 중 1건은 %s로 분류되어 있어 비밀 취급 절차에 따라 인편으로 별도 송부합니다.' % (rng.choice(['비상대비 훈련', '국외 출장 결과', '주요 시설 점검']), mention),
             '3. 이 문서(송부 공문)는 비밀이 아니며 수신 기관의 일반 문서철로 관리하시기 바랍니다.']
    doc = gongmun(rng, org, rng.choice(DEPTS), '%s장' % rng.choice(AGENCIES), '자료 송부', paras, rng.choice(['공개', '대국민 공개']), attach=['회의 결과 요약 1부(일반)'])
    return mk(doc, 'public', 'none', [], '송부 공문', 'mention', 'body', [mention], ['mention_only', 'cover_letter'],
              'Cover letter mentions that an attachment is classified and sent separately; the letter itself is unclassified.')


def t_audit_summary(rng, i):
    org = rng.choice(AGENCIES)
    body = ['□ 점검 개요: %s 보안업무 감사(%s ~ %s)' % (org, d(date_between(rng, (2025, 3, 1), (2025, 6, 1))), d(date_between(rng, (2025, 6, 2), (2025, 7, 1)))),
            '□ 주요 지적 사항', '  ○ 대외비 문서 보호기간 미기재 %d건' % rng.randint(2, 9), '  ○ %s 비밀관리기록부 정리 미흡 %d건' % (rng.choice(['Ⅲ급비밀', 'Ⅱ급 비밀']), rng.randint(1, 4)),
            '  ○ 보조기억매체 반출 승인 절차 미준수 %d건' % rng.randint(1, 6), '□ 조치 결과: 전 부서 대상 교육 및 관리대장 일제 정비 완료',
            '※ 이 결과는 「공공감사에 관한 법률」에 따라 공개합니다.']
    doc = {'title': '%d년 보안업무 자체감사 결과(공개용 요약)' % rng.choice([2024, 2025]), 'body': body, 'header': [org + ' 감사실'], 'footer': ['공개']}
    return mk(doc, 'public', 'none', [], '감사 결과', 'mention', 'body', ['대외비 문서 보호기간 미기재'], ['mention_only'], 'Public audit summary that mentions 대외비/비밀 handling.')


def t_expired_pub(rng, i):
    """Printed stamp whose protection period has already ended and the notice says → 일반문서."""
    org = rng.choice(LOCALS + MINISTRIES)
    exp = past_date(rng)
    ev = rng.choice(['%d 국제 청년포럼' % (exp.year - 1), '%d 지역 체육대회' % (exp.year - 1), '%s 정책 설명회' % rng.choice(['상반기', '하반기']), '%d 해양 안전 박람회' % (exp.year - 1)])
    body = ['1. 행사 개요: %s, %s' % (ev, d(exp - datetime.timedelta(days=rng.randint(120, 400)))),
            '2. 운영 결과: 방문객 %s명, 안전사고 없음' % '{:,}'.format(rng.randint(3000, 90000)),
            '3. 향후 과제: 주차장 동선 분리, 우천 시 대체 공간 확보',
            '4. 담당: %s %s %s' % (rng.choice(DEPTS), rng.choice(['사무관', '주무관']), name(rng))]
    doc = {'title': '%s 운영 결과 보고' % ev, 'body': body, 'header': [], 'footer': []}
    if rng.random() < 0.5:
        stamp = st_dae(rng, exp)
        cues = [stamp]
        where = place_marking(rng, doc, stamp, rng.choice(['header', 'header+footer', 'cover']))
        orig = '대외비'
    else:
        stamp = st_sec(rng, 3)
        nt = notice(rng, 3, exp)
        cues = [stamp, nt]
        where = place_marking(rng, doc, stamp, rng.choice(['header', 'header+footer']), extra=[nt])
        orig = 'III급'
    return mk(doc, 'public', 'none', [], '행사 결과 보고', 'stamp_expired', where, cues, ['expired_stamp'],
              'Printed %s stamp expired on %s (before reference date 2026-03-01) and reverts to 일반문서; content (past event results) is disclosable → none/public.' % (orig, d(exp)))


def t_foi_notice_pub(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    req = name(rng)
    st = rng.randint(0, 2)
    masked = mask_name(req, st)
    q = rng.choice(['비공개(제9조 제1항 제5호)', '부분공개(제9조 제1항 제6호)'])
    rows = [['청구인', masked], ['접수번호', '%d%s-%04d-%07d' % (rng.randint(1, 9), rng.choice(['AA', 'AB', 'BC']), rng.randint(2501, 2602), rng.randint(0, 9999999))],
            ['청구 내용', rng.choice(['공용차량 운행일지', '청사 리모델링 공사 계약서', '위원회 회의록'])], ['결정 내용', q]]
    body = ['※ 이 사본은 정보공개 처리 사례집 수록용으로 청구인 정보를 가린 것입니다.', ('table', rows),
            '비공개(부분공개) 사유: 해당 정보는 %s에 해당합니다.' % rng.choice(['내부검토 과정', '개인에 관한 사항']), '불복 방법: 이의신청(30일 이내), 행정심판, 행정소송']
    doc = {'title': '정보 (부분)공개 결정 통지서', 'body': body, 'header': [org], 'footer': [org + '장']}
    return mk(doc, 'public', 'none', [], '정보공개 결정 통지서', 'mention', 'table', [q, masked], ['mention_only', 'masked_person'],
              'Casebook copy of a 결정 통지서 with the 청구인 masked; quoted disclosure codes are mentions → public.')


def t_minutes_pub(rng, i):
    org = rng.choice(LOCALS)
    ns = names(rng, 3)
    body = ['□ 일시·장소: %s 10:00, %s 의회 %s위원회 회의실' % (d(date_between(rng, (2025, 2, 1), (2026, 2, 20))), org, rng.choice(['행정자치', '도시건설', '복지환경'])),
            '□ 출석: 위원장 %s, 위원 %s·%s 외 %d명' % (ns[0], ns[1], ns[2], rng.randint(3, 7)),
            '□ 안건: %s' % rng.choice(['공유재산 관리계획 변경안', '도시공원 조성 조례 일부개정안', '청년 기본 조례안']),
            '○ %s 위원: 예산 추계의 근거를 보완해 달라.' % ns[1], '○ %s(국장): 다음 회의 전까지 자료를 제출하겠다.' % rng.choice(['도시국장', '복지국장', '행정국장']),
            '□ 의결 결과: 원안 가결']
    doc = {'title': '%s 의회 상임위원회 회의록(요약)' % org, 'body': body, 'header': [], 'footer': ['회의록은 의회 누리집에 공개함']}
    return mk(doc, 'public', 'none', [], '회의록', 'officials_only', 'body', [], [], 'Open council committee minutes; elected members act in office → public.')


# ================================================================== PARTIAL
def t_minwon(rng, i):
    org = rng.choice(LOCALS)
    p = name(rng)
    a = addr(rng, org if rng.random() < 0.6 else None)
    ph = mobile(rng)
    topic = rng.choice([('불법 주정차 단속 요청', '해당 구간에 단속 카메라 설치를 검토하고 있으며, 그 전까지 주 3회 현장 단속을 실시하겠습니다'),
                        ('가로등 고장 신고', '현장 확인 결과 안정기 불량으로 %s 교체를 완료하였습니다' % d(date_between(rng, (2025, 3, 1), (2026, 2, 20)))),
                        ('층간 소음 분쟁 조정 요청', '공동주택 관리 규약에 따른 층간소음 관리위원회 개최를 관리사무소에 권고하였습니다'),
                        ('공원 내 반려견 목줄 미착용 신고', '순찰 인력을 보강하고 안내판을 추가 설치하겠습니다')])
    paras = ['1. 귀하께서 %s 국민신문고를 통해 제출하신 "%s" 민원에 대한 회신입니다.' % (d(date_between(rng, (2025, 2, 1), (2026, 2, 10))), topic[0]),
             '2. 민원인: %s (주소: %s, 연락처: %s)' % (p, a, ph), '3. 검토 결과, %s.' % topic[1],
             '4. 추가 문의 사항은 담당 부서로 연락하여 주시기 바랍니다.']
    field = rng.choice(['부분공개(6)', '부분공개(제9조 제1항 제6호)', '공개구분: 부분공개(6)'])
    doc = gongmun(rng, org, rng.choice(['민원소통과', '교통정책과', '도시계획과']), '%s 귀하' % p, '민원 처리 결과 회신(%s)' % topic[0], paras, field)
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '민원 회신', 'pii_person', 'body', [p, ph, field], ['private_person'],
              'Reply names a private 민원인 with address and mobile; the rest is disclosable → partial [6].')


def t_contract(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    co = rng.choice(COMPANIES)
    item = rng.choice(['통합 유지관리 용역', '상수도 원격검침 시스템 구축', '청사 에너지 절감 설비 설치'])
    total = rng.randint(300, 4000) * 1_000_000
    rows = [['비목', '금액(원)', '산출 근거'], ['직접노무비', '{:,}'.format(total * 41 // 100), '투입 인원 %d명 × 단가 %s' % (rng.randint(4, 18), money(rng, 280000, 520000))],
            ['경비', '{:,}'.format(total * 23 // 100), '자체 원가 기준(업체 제출)'], ['일반관리비·이윤', '{:,}'.format(total * 36 // 100), '%s 내부 요율 %d.%d%%' % (co, rng.randint(5, 9), rng.randint(0, 9))]]
    sole = rng.random() < 0.35
    rep = name(rng)
    body = ['1. 계약 개요: %s, 계약상대자 %s, 계약금액 %s' % (item, co, '{:,}원'.format(total)),
            '2. 계약 방법: %s' % rng.choice(['협상에 의한 계약', '제한경쟁입찰(적격심사)', '수의계약(특허 공법)']),
            '3. 업체 제출 원가계산서(요약)', ('table', rows),
            '4. 기술제안서 핵심 공법: %s' % rng.choice(['자체 개발 누수 탐지 알고리즘(특허 출원 중)', '모듈형 열교환기 배치 설계(영업비밀 표시)', '검침 데이터 압축 전송 프로토콜(비공개 요청)'])]
    reasons = ['OIDA-9-1-7']
    cues = ['업체 제출', '영업비밀' if '영업비밀' in body[-1] else body[-1].split(': ')[1]]
    flags = ['business_secret']
    if sole:
        acc = account(rng)
        body.append('5. 대금 지급 계좌: %s %s (예금주: %s, 개인사업자)' % (rng.choice(BANKS), acc, rep))
        reasons.append('OIDA-9-1-6')
        cues.append(rep)
        flags.append('sole_proprietor')
    doc = {'title': '%s 계약 체결 결과 보고' % item, 'body': body, 'header': [org + ' 계약관리팀'], 'footer': [rng.choice(['부분공개(7)', '공개구분: 부분공개', '정보공개 시 원가계산서 비공개'])]}
    cues.append(doc['footer'][0])
    return mk(doc, 'partial', 'none', reasons, '입찰·계약', 'business_secret', 'table', cues, flags,
              'Contract result is disclosable; the contractor\'s cost breakdown/know-how is a 영업상 비밀 (7)%s → partial.' % (' and a sole proprietor\'s account (6)' if sole else ''))


def t_committee(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    ns = names(rng, 4)
    topic = rng.choice(['도시계획 시설 변경', '보조금 지원 대상 선정', '공공디자인 심의', '지방재정 투자사업 심사'])
    five = rng.random() < 0.5
    body = ['□ 회의 개요: 제%d차 %s 위원회, %s' % (rng.randint(2, 40), topic, d(date_between(rng, (2025, 1, 10), (2026, 2, 20)))),
            ('table', [['구분', '성명', '소속'], ['위원장', ns[0], '%s 부시장' % org if org in LOCALS else '%s 차관' % org], ['민간위원', ns[1], '%s대학교 교수' % rng.choice(['가온', '누리', '한빛'])],
                       ['민간위원', ns[2], '%s 대표' % rng.choice(COMPANIES)], ['민간위원', ns[3], '변호사']]),
            '□ 주요 발언', '  ○ %s 위원: 사업비 산정이 과다하다는 의견이 있으므로 재검토가 필요함' % ns[1],
            '  ○ %s 위원: 대상지 주민 의견 수렴 결과를 보완할 것' % ns[2], '□ 심의 결과: %s' % rng.choice(['조건부 가결', '재심의', '원안 가결'])]
    reasons = ['OIDA-9-1-6']
    note = 'Minutes are disclosable once private 위원 names/affiliations are removed'
    if five:
        body.insert(5, '  ○ (비공개 검토) 후보 대상 %d곳 중 탈락 사유 세부 평가표는 최종 선정 후 공개' % rng.randint(3, 9))
        reasons.append('OIDA-9-1-5')
        note += '; the undecided evaluation detail is 의사결정 과정 (5)'
    doc = {'title': '%s 위원회 회의록' % topic, 'body': body, 'header': [org], 'footer': [rng.choice(['부분공개', '공개구분: 부분공개(5·6)', '발언자 실명 비공개'])]}
    return mk(doc, 'partial', 'none', reasons, '회의록', 'pii_person', 'table', [ns[1], doc['footer'][0]], ['private_person'], note + ' → partial.')


def t_audit_partial(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    n1, n2 = names(rng, 2)
    body = ['1. 감사 개요: %s 종합감사(감사 기간 %s ~ %s)' % (org, d(date_between(rng, (2025, 3, 1), (2025, 5, 1))), d(date_between(rng, (2025, 5, 2), (2025, 6, 30)))),
            '2. 지적 사항: 총 %d건(시정 %d, 주의 %d, 징계 요구 1)' % (rng.randint(6, 20), rng.randint(2, 5), rng.randint(2, 9)),
            ('table', [['번호', '제목', '관련자', '처분 요구'], ['1', rng.choice(['물품 구매 분할 수의계약', '초과근무수당 부당 수령', '보조금 정산 검증 소홀']), '%s(6급)' % n1, '경징계'],
                       ['2', '계약 대장 관리 부적정', '%s(7급)' % n2, '주의']]),
            '3. 관련자는 처분 요구일부터 30일 이내에 재심의를 청구할 수 있음']
    doc = {'title': '%d년 %s 종합감사 결과' % (rng.choice([2024, 2025]), org), 'body': body, 'header': [], 'footer': [rng.choice(['감사결과 공개(관련자 성명 비공개)', '공개구분: 부분공개(6)', '- 감사실 -'])]}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '감사 결과', 'pii_person', 'table', ['%s(6급)' % n1], ['official_disciplinary'],
              'Audit result is published, but the officials named in a disciplinary context are identifiable → partial [6].')


def t_mislabeled(rng, i):
    org = rng.choice(LOCALS)
    ns = names(rng, 3)
    rows = [['성명', '주민등록번호', '지급 계좌', '지원금']]
    ids = []
    for n in ns:
        r = rrn(rng)
        ids.append(r)
        rows.append([n, r, '%s %s' % (rng.choice(BANKS), account(rng)), money(rng, 300000, 2000000, 10000)])
    field = rng.choice(['공개', '공개구분: 공개', '대국민 공개'])
    paras = ['1. %s 재해 피해 주민 생활안정 지원금 지급 결과를 아래와 같이 알려드립니다.' % d(date_between(rng, (2025, 5, 1), (2026, 1, 31))), ('table', rows), '2. 지급 누락자는 읍·면·동 행정복지센터로 문의하여 주시기 바랍니다.']
    doc = gongmun(rng, org, '재난안전과', '수신자 참조', '재해 피해 지원금 지급 결과 통보', paras, field)
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6', 'PIPA-24'], '공문', 'mislabeled', 'table', [ids[0], field], ['t_mislabeled', 'unmasked_rrn'],
              'Deliberately mislabelled: stated "%s" but lists full RRNs and accounts → gold follows content: partial [6, PIPA-24].' % field)


def t_payment(rng, i):
    org = rng.choice(LOCALS + AGENCIES)
    kind = i % 4
    masked = (i % 2 == 0)
    ns = names(rng, 3)
    if kind == 3 and not masked:
        idlab, gen = '여권번호', (lambda: passport(rng))
        prog = '외국인 계절근로자 숙소 지원 사업'
    elif kind == 1 and not masked:
        idlab, gen = '운전면허번호', (lambda: dlicense(rng))
        prog = '고령 운전자 면허 자진반납 교통비 지원'
    else:
        idlab, gen = '주민등록번호', (lambda: rrn(rng, masked, rng.choice(['*', '●'])))
        prog = rng.choice(['청년 창업 공간 임차료 지원', '저소득층 에너지 바우처 추가 지원', '농가 재해 보험료 지원'])
    rows = [['연번', '성명', idlab, '지원액']]
    idv = []
    for k, n in enumerate(ns):
        v = gen()
        idv.append(v)
        rows.append([str(k + 1), n, v, money(rng, 100000, 3000000, 10000)])
    body = ['1. 사업명: %s' % prog, '2. 추진 경과: 공고(%s) → 접수 %d건 → 심사 → 지급 완료' % (d(date_between(rng, (2025, 2, 1), (2025, 6, 1))), rng.randint(40, 400)),
            '3. 예산 집행: 총 %s 중 %d%% 집행' % (money(rng, 50_000_000, 900_000_000, 1_000_000), rng.randint(71, 99)),
            '4. 성과 및 개선 사항: 신청 서류 간소화 필요, 온라인 접수 비율 %d%%' % rng.randint(30, 90), '[붙임] 지급 대상자 명단(일부)', ('table', rows)]
    doc = {'title': '%s 추진 결과 보고' % prog, 'body': body, 'header': [org], 'footer': []}
    if masked:
        return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '사업 결과 보고', 'pii_masked', 'table', [idv[0], ns[0]], ['masked_rrn'],
                  'Report is disclosable; attached names identify recipients (6). RRNs are masked → no PIPA-24 → partial [6].')
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6', 'PIPA-24'], '사업 결과 보고', 'pii_unmasked', 'table', [idv[0]], ['unmasked_' + {'주민등록번호': 'rrn', '여권번호': 'passport', '운전면허번호': 'driver_license'}[idlab]],
              'Report is disclosable; attached list has unmasked %s → partial [6, PIPA-24].' % idlab)


def t_foi_notice(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    req = name(rng)
    a = addr(rng)
    q = rng.choice(['비공개(제9조 제1항 제5호)', '부분공개(제9조 제1항 제6호)', '비공개(4)'])
    rows = [['청구인 성명', req], ['주소', a], ['청구 정보', rng.choice(['공용차량 운행일지', '청사 리모델링 공사 계약서', '위원회 회의록', '단속 카메라 설치 검토 자료'])],
            ['결정 내용', q], ['공개 방법', rng.choice(['전자파일', '사본 출력물', '열람'])]]
    body = [('table', rows), '귀하의 정보공개 청구에 대하여 위와 같이 결정하였음을 「공공기관의 정보공개에 관한 법률」 제13조에 따라 통지합니다.',
            '불복 구제: 이 결정에 이의가 있으면 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.']
    doc = {'title': rng.choice(['정보 (부분)공개 결정 통지서', '정보공개 결정 통지서', '비공개 결정 통지서']), 'body': body, 'header': [org], 'footer': [org + '장  (직인생략)']}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '정보공개 결정 통지서', 'pii_person', 'table', [req, a], ['private_person'],
              'The notice is disclosable apart from the 청구인\'s name/address (6); the quoted codes are about the requested record → partial [6].')


def t_land_partial(rng, i):
    org = rng.choice(LOCALS)
    owners = names(rng, 2)
    rows = [['후보지', '지번', '면적(㎡)', '소유자']]
    for k, o in enumerate(owners):
        rows.append(['%s지구' % rng.choice(['가', '나', '다', '라']), '%s %s %d-%d' % (org, rng.choice(DONGS), rng.randint(10, 900), rng.randint(1, 40)), '{:,}'.format(rng.randint(3000, 90000)), o])
    body = ['□ 안건: %s 공공주택지구 지정 검토(도시계획위원회 자문)' % org, '□ 추진 배경: 무주택 서민 주거 안정을 위한 공공주택 공급 확대',
            '□ 후보지 현황(지정 고시 전)', ('table', rows), '□ 향후 일정: 주민 공람 → 지구 지정 고시(예정)', '※ 지정 고시 전 후보지 지번 공개 시 투기 우려']
    doc = {'title': '공공주택지구 지정 관련 위원회 자문 자료', 'body': body, 'header': [org + ' 도시계획과'], 'footer': [rng.choice(['부분공개(6·8)', '공개구분: 부분공개', '후보지 세부 비공개'])]}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6', 'OIDA-9-1-8'], '도시계획 자문', 'realestate', 'table', [rows[1][1], owners[0]], ['realestate', 'private_person'],
              'Background and schedule disclosable; un-announced parcel numbers risk speculation (8) and owners are private (6) → partial.')


def t_expired_partial(rng, i):
    org = rng.choice(LOCALS + AGENCIES)
    exp = past_date(rng)
    ns = names(rng, 2)
    body = ['1. 개요: %s %s 민관 합동 점검 결과' % (d(exp - datetime.timedelta(days=rng.randint(200, 500))), rng.choice(['하천 범람 위험지역', '노후 저수지', '급경사지'])),
            '2. 점검 결과: 보수 필요 %d곳, 경미 %d곳' % (rng.randint(2, 9), rng.randint(5, 20)),
            '3. 주민 점검 참여자: %s(%s), %s(%s)' % (ns[0], mobile(rng), ns[1], mobile(rng)), '4. 보수 공사는 완료되었으며 후속 점검 예정 없음']
    doc = {'title': '재해위험지역 합동 점검 결과', 'body': body, 'header': [], 'footer': []}
    stamp = st_dae(rng, exp)
    where = place_marking(rng, doc, stamp, rng.choice(['header', 'footer', 'body']))
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '점검 결과', 'stamp_expired', where, [stamp, ns[0]], ['expired_stamp', 'private_person'],
              '대외비 protection ended %s (before 2026-03-01) → marking none; private participants\' names/mobiles remain → partial [6].' % d(exp))


def t_lawsuit_done(rng, i):
    org = rng.choice(LOCALS + AGENCIES)
    p = name(rng)
    case = '%d구합%d' % (rng.choice([2023, 2024]), rng.randint(10000, 99999))
    body = ['1. 사건: %s 영업정지처분 취소 (원고 %s, 피고 %s장)' % (case, p, org), '2. 판결 요지: %s' % rng.choice(['원고 청구 기각(확정)', '원고 일부 승소(확정)']),
            '3. 확정일: %s' % d(date_between(rng, (2025, 1, 1), (2026, 1, 30))), '4. 후속 조치: 처분 기준 정비 및 행정절차 교육 실시',
            '5. 원고 연락처: %s' % mobile(rng)]
    doc = {'title': '행정소송 결과 보고(확정 사건)', 'body': body, 'header': [org + ' 법무담당관'], 'footer': []}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6'], '수사·재판 관련', 'pii_person', 'body', [p, case], ['private_person', 'closed_case'],
              'Concluded (확정) case, so no 4호; the private plaintiff is identifiable → partial [6].')


def t_bid_eval(rng, i):
    org = rng.choice(AGENCIES)
    ev = names(rng, 3)
    cos = rng.sample(COMPANIES, 3)
    rows = [['평가위원', '소속'] + cos] + [[e, rng.choice(['외부(교수)', '외부(기술사)', '내부']), str(rng.randint(70, 95)), str(rng.randint(70, 95)), str(rng.randint(60, 95))] for e in ev]
    body = ['1. 사업명: %s' % rng.choice(['스마트 물류 플랫폼 구축', '통합 관제센터 고도화', '전자문서 유통 시스템 개선']),
            '2. 평가 일시: %s' % d(date_between(rng, (2025, 3, 1), (2026, 2, 20))), '3. 우선협상대상자: %s (협상 진행 중)' % cos[0], '4. 위원별 평가 점수', ('table', rows)]
    doc = {'title': '제안서 기술평가 결과', 'body': body, 'header': [org], 'footer': [rng.choice(['평가위원 명단·점수 비공개', '공개구분: 부분공개(5·6)'])]}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-5', 'OIDA-9-1-6'], '입찰·계약', 'internal_review', 'table', [ev[0]], ['private_person', 'negotiation_ongoing'],
              'Result (who won) disclosable; per-evaluator scores while negotiation is under way (5) and external evaluators\' names (6) withheld → partial.')


def t_safety_partial(rng, i):
    org = rng.choice(AGENCIES)
    fac = rng.choice(['정수장', '변전소', '항만 관제동', '교통관제센터'])
    body = ['□ 점검 대상: %s %s' % (org, fac), '□ 점검 결과 요약: 구조물 안전등급 %s, 소방시설 양호' % rng.choice(['B', 'C']),
            '□ 보완 필요 사항', '  ○ 외곽 울타리 일부 구간 훼손(보수 완료 예정)',
            '  ○ 출입 통제 구역 CCTV 사각지대 위치 및 경비 인력 교대 시각: 세부 표 참조(비공개)',
            ('table', [['구역', 'CCTV 사각지대', '경비 교대']] + [['%s동' % c, '%s측 %dm' % (rng.choice(['북', '남', '동', '서']), rng.randint(5, 40)), '%02d:00' % rng.randint(0, 23)] for c in 'AB'])]
    doc = {'title': '%s 정기 안전점검 결과' % fac, 'body': body, 'header': [], 'footer': [rng.choice(['부분공개(3)', '보안 세부사항 제외 공개'])]}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-3'], '시설 점검', 'facility', 'table', ['CCTV 사각지대', doc['footer'][0]], ['facility_detail'],
              'Inspection outcome disclosable; CCTV blind spots and guard rotation would endanger the facility (3) → partial.')


def t_health_partial(rng, i):
    org = rng.choice(LOCALS)
    p = name(rng)
    dz = rng.choice(['결핵', '레지오넬라증', '홍역', '쯔쯔가무시증'])
    body = ['1. 발생 개요: %s 집단시설 내 %s 환자 발생(%s 신고)' % (org, dz, d(date_between(rng, (2025, 3, 1), (2026, 2, 10)))),
            '2. 조치 사항: 접촉자 %d명 검사, 시설 소독 완료, 추가 환자 없음' % rng.randint(10, 120),
            '3. 지표 환자: %s(%d세, %s 거주), 진단명 %s, 현재 %s' % (p, rng.randint(20, 80), rng.choice(DONGS), dz, rng.choice(['입원 치료 중', '격리 해제'])),
            '4. 향후 계획: 잠복기 종료 시까지 능동 감시']
    doc = {'title': '%s 감염병 대응 결과 보고' % dz, 'body': body, 'header': [org + ' 보건소'], 'footer': []}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6', 'PIPA-23'], '감염병 대응', 'health', 'body', [p, '진단명 %s' % dz], ['health_data', 'private_person'],
              'Outbreak response is disclosable; the index patient\'s identity and diagnosis are health data (PIPA-23, 6) → partial.')


def t_union_partial(rng, i):
    org = rng.choice(AGENCIES)
    ns = names(rng, 3)
    body = ['□ 회의: 제%d차 노사협의회(%s)' % (rng.randint(2, 30), d(date_between(rng, (2025, 1, 1), (2026, 2, 20)))),
            '□ 안건: 유연근무 확대, 구내식당 운영 개선', '□ 합의 사항: 시차출퇴근 유형 추가, 식당 위탁업체 재선정',
            '□ 근로자 측 참석자: %s노동조합 위원장 %s, 조합원 %s·%s' % (org.replace('공사', '').replace('공단', '').replace('원', '').replace('재단', ''), ns[0], ns[1], ns[2])]
    doc = {'title': '노사협의회 회의 결과', 'body': body, 'header': [org], 'footer': [rng.choice(['참석자 명단 비공개', '부분공개'])]}
    return mk(doc, 'partial', 'none', ['OIDA-9-1-6', 'PIPA-23'], '노사 회의록', 'union', 'body', ['조합원 %s' % ns[1]], ['union_membership'],
              'Agreed items disclosable; names tied to union membership are sensitive data (PIPA-23, 6) → partial.')


# ================================================================== NON_PUBLIC
def t_discipline(rng, i):
    org = rng.choice(LOCALS + MINISTRIES + AGENCIES)
    p = name(rng)
    kind = i % 3
    reasons = ['OIDA-9-1-6']
    flags = []
    if kind == 0:
        fact = '%s 혈중알코올농도 0.%03d%% 상태로 승용차를 운전하다 적발되어 %s 벌금 %s의 약식명령이 확정됨' % (d(date_between(rng, (2025, 1, 1), (2025, 9, 1))), rng.randint(31, 150), rng.choice(['다온지방법원', '한결지방법원']), money(rng, 5_000_000, 15_000_000, 500_000))
        reasons.append('PIPA-23')
        flags.append('criminal_conviction')
        cue = '약식명령이 확정'
    elif kind == 1:
        fact = '근무시간 중 무단으로 %d회에 걸쳐 자리를 비우고 초과근무 %d시간을 부당 신청함' % (rng.randint(4, 20), rng.randint(20, 90))
        cue = '초과근무'
    else:
        fact = '%s 상해 사건으로 징역 %d월 집행유예 %d년의 판결이 확정됨' % (d(date_between(rng, (2024, 6, 1), (2025, 8, 1))), rng.randint(4, 10), rng.randint(1, 2))
        reasons.append('PIPA-23')
        flags.append('criminal_conviction')
        cue = '판결이 확정'
    rows = [['소속', rng.choice(DEPTS)], ['직급', rng.choice(['행정6급', '시설7급', '행정주사'])], ['성명', p]]
    if rng.random() < 0.4:
        r = rrn(rng)
        rows.append(['주민등록번호', r])
        reasons.append('PIPA-24')
        flags.append('unmasked_rrn')
    body = [('table', rows), '의결 주문: %s에 처한다.' % rng.choice(['정직 1월', '감봉 3월', '견책', '강등']), '이유', '1. 징계 혐의 사실: 혐의자는 ' + fact + '.',
            '2. 적용 법조: 「국가공무원법」 제63조(품위 유지의 의무)' if kind != 1 else '2. 적용 법조: 「국가공무원법」 제56조(성실 의무)',
            '위와 같이 의결한다.  %s' % d(date_between(rng, (2025, 6, 1), (2026, 2, 20))), '%s 보통징계위원회 위원장 %s' % (org, name(rng))]
    doc = {'title': rng.choice(['징 계 의 결 서', '징계의결서', '징계 등 의결서']), 'body': body, 'header': [], 'footer': [rng.choice(['', '비공개(6)'])] }
    if doc['footer'] == ['']:
        doc['footer'] = []
    return mk(doc, 'non_public', 'none', reasons, '징계의결서', 'disciplinary', 'table', [p, cue], flags,
              'Disciplinary decision about an identifiable official in a non-official capacity%s → non_public.' % (' incl. a criminal conviction (PIPA-23)' if 'PIPA-23' in reasons else ''))


def t_sickleave(rng, i):
    org = rng.choice(MINISTRIES + AGENCIES)
    p = name(rng)
    dx = rng.choice(['요추 추간판 탈출증', '주요 우울장애', '갑상선암', '뇌경색', '심근경색'])
    body = ['1. 신청인: %s %s %s' % (rng.choice(DEPTS), rng.choice(['주무관', '사무관', '대리']), p),
            '2. 휴직 종류: 질병휴직(「국가공무원법」 제71조 제1항 제1호)', '3. 진단 내용: %s (%s 발행 진단서)' % (dx, rng.choice(['다온대학교병원', '한결의료원', '가람병원'])),
            '4. 휴직 기간: %s ~ %s' % (d(date_between(rng, (2025, 3, 1), (2025, 9, 1))), d(date_between(rng, (2025, 10, 1), (2026, 8, 31)))),
            '5. 결정: 위와 같이 질병휴직을 허가함']
    doc = {'title': rng.choice(['질병휴직 결정 통지', '휴직(질병) 처리 결과', '병가 및 질병휴직 심사 결과']), 'body': body, 'header': [org + ' 운영지원과'], 'footer': []}
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], '인사(휴직)', 'health', 'body', [dx, p], ['health_data'],
              'Health record of an identifiable employee → non_public [6, PIPA-23].')


def t_union_dues(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    ns = names(rng, 5)
    rows = [['사번', '성명', '소속', '조합비 공제액']] + [['%s%05d' % (rng.choice('ABK'), rng.randint(0, 99999)), n, rng.choice(DEPTS), money(rng, 15000, 45000, 500)] for n in ns]
    body = ['%s 급여분 노동조합 조합비 공제 명단' % rng.choice(['1월', '6월', '9월', '12월']), ('table', rows), '※ 공제액은 조합 규약에 따른 기본급 %d.%d%%' % (rng.randint(0, 1), rng.randint(5, 9))]
    doc = {'title': '조합비 일괄 공제 내역', 'body': body, 'header': [org + ' 급여담당'], 'footer': []}
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-23'], '조합비 명단', 'union', 'table', [ns[0], '노동조합 조합비'], ['union_membership', 'roster'],
              'A roster consisting only of union members → non_public [6, PIPA-23].')


def t_investigation(rng, i):
    org = rng.choice(LOCALS + MINISTRIES)
    sus = name(rng)
    dae = i % 3 == 0
    body = ['1. 관련: %s경찰서 수사과-%d' % (rng.choice(['다온', '한결', '가람', '늘봄']), rng.randint(1000, 9999)),
            '2. 피의자 %s(%s)에 대한 %s 혐의 수사와 관련하여 다음 자료 제출을 요청받았음' % (sus, rng.choice(['전 계약직 직원', '납품업체 대표', '보조사업자']), rng.choice(['업무상 횡령', '보조금 부정수급', '입찰방해'])),
            '  가. %s ~ %s 지출결의서 일체' % (d(date_between(rng, (2024, 1, 1), (2024, 6, 1))), d(date_between(rng, (2024, 7, 1), (2025, 6, 1)))),
            '  나. 관련 직원 %d명의 진술 일정(수사 진행 중, 대외 유출 금지)' % rng.randint(2, 6),
            '3. 조치 계획: 자료 제출 후 내부 감사 착수 여부는 수사 결과에 따라 결정']
    doc = {'title': rng.choice(['수사기관 자료 제출 요청 검토', '수사 협조 요청에 따른 조치 계획', '수사 개시 통보 관련 보고']), 'body': body, 'header': [], 'footer': [], '_dept': '감사담당관'}
    marking = 'none'
    cues = [sus, '수사 진행 중']
    loc = 'body'
    if dae:
        s = st_dae(rng, live_date(rng) if rng.random() < 0.5 else None)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'header+footer', 'table']))
        marking = '대외비'
        cues.append(s)
    return mk(doc, 'non_public', marking, ['OIDA-9-1-4', 'OIDA-9-1-6'], '수사·재판 관련', 'investigation', loc, cues, ['ongoing_investigation'],
              'Material of an ongoing investigation naming a suspect → non_public [4, 6]%s.' % ('; 대외비 carries content reasons only' if dae else ''))


def t_litigation(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    case = '%d가합%d' % (rng.choice([2025, 2026]), rng.randint(10000, 99999))
    body = ['1. 사건: %s 손해배상(기) — 원고 %s, 피고 %s' % (case, rng.choice(COMPANIES), org), '2. 진행 상황: %s 변론기일 예정(1심 계속 중)' % d(date_between(rng, (2026, 3, 10), (2026, 9, 30))),
            '3. 쟁점별 대응 방향', '  ○ 계약 해지의 정당성: 지체상금 산정 근거 보강, 감리단 의견서 확보',
            '  ○ 화해 권고 시 수용 한도: 청구액의 %d%% 이내(내부 검토안)' % rng.randint(15, 40), '4. 소송대리인 의견: 일부 패소 가능성 있음']
    doc = {'title': rng.choice(['소송 대응 전략 검토(안)', '계류 중 소송 대응 방안']), 'body': body, 'header': [org + ' 법무팀'], 'footer': [rng.choice(['비공개(4·5)', '내부 검토용', ''])]}
    doc['footer'] = [f for f in doc['footer'] if f]
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-4', 'OIDA-9-1-5'], '수사·재판 관련', 'litigation', 'body', [case, '1심 계속 중'], ['pending_trial'],
              'Strategy for a pending trial incl. settlement ceiling → 재판 진행 중(4) + 내부검토(5) → non_public.')


def _facility_body(rng, org):
    fac = rng.choice(['%s 정수장' % org, '%s 광역 상황실' % org, '%s 변전 설비' % org, '%s 데이터센터' % org])
    return fac, ['1. 대상 시설: %s (국가중요시설 %s급)' % (fac, rng.choice(['가', '나', '다'])),
                 '2. 방호 개념: 3선 방호(외곽 울타리 – 출입통제소 – 핵심 구역)',
                 ('table', [['구분', '배치 위치', '인원', '근무 형태']] + [[k, '%s 출입구' % rng.choice(['정문', '후문', '북측', '남측']), '%d명' % rng.randint(2, 8), rng.choice(['3교대', '2교대'])] for k in ['1선', '2선', '3선']]),
                 '3. 비상 연락 체계 및 유사시 증원 경로: 제%d경비대 → %s IC 경유' % (rng.randint(1, 9), rng.choice(['가온', '새벌', '물빛'])),
                 '4. 취약 요소: 핵심 구역 환기구 %d개소 외부 노출' % rng.randint(2, 6)]


def t_facility(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    fac, body = _facility_body(rng, org)
    lvl = [None, None, None, None, 3, 3, 3, 2][i % 8]
    doc = {'title': '%s 방호 계획' % fac, 'body': body, 'header': [], 'footer': [], '_dept': '비상안전기획관'}
    if lvl is None:
        until = live_date(rng) if rng.random() < 0.6 else None
        s = st_dae(rng, until)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'header+footer', 'cover', 'table', 'footer']))
        return mk(doc, 'non_public', '대외비', ['OIDA-9-1-3'], '시설 보호 계획', 'stamp', loc, [s], ['live_stamp'] if until else [],
                  'Facility protection plan marked 대외비%s; 대외비 → content reason only (3) → non_public.' % (' (보호기간 %s, live)' % d(until) if until else ''))
    s = st_sec(rng, lvl)
    nt = notice(rng, lvl, live_date(rng))
    extra = [nt, copyno(rng)] if rng.random() < 0.6 else [nt]
    loc = place_marking(rng, doc, s, rng.choice(['header+footer', 'cover', 'header']), extra=extra)
    reasons = ['OIDA-9-1-1', 'OIDA-9-1-3'] + (['OIDA-9-1-2'] if lvl == 2 else [])
    return mk(doc, 'non_public', MARK[lvl], reasons, '시설 보호 계획', 'stamp_with_notice', loc, [s, nt], ['live_stamp'],
              'Classified (%s) facility protection plan with live 예고문 → [1, 3%s] non_public.' % (MARK[lvl], ', 2' if lvl == 2 else ''))


def t_classified(rng, i):
    org = rng.choice(['대외전략부', '통일협력부', '국가비상대비청', '해양자원청'])
    lvl = [3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1][i % 12]
    topic = rng.choice([('제%d차 양자 안보협의 대응 방향' % rng.randint(3, 19), '상대국 요구 예상 사항과 우리 측 양보 한계선'),
                        ('접경지역 교류 재개 시나리오', '단계별 협상 카드 및 관계기관 역할 분담'),
                        ('국외 재외국민 철수 계획', '집결지·이동 수단 및 협조 국가별 연락 체계'),
                        ('해상 경계 분쟁 대응 지침', '우발 상황 단계별 대응 수위 및 보고 체계'),
                        ('전시 자원 동원 우선순위', '핵심 물자 비축 위치와 수송 경로')])
    body = ['1. 목적: %s 수립' % topic[0], '2. 주요 내용: %s' % topic[1], '3. 세부 사항', '  가. 1단계: 관계기관 합동 상황평가(%d시간 이내)' % rng.choice([6, 12, 24]),
            '  나. 2단계: %s' % rng.choice(['외교 채널 가동 및 공동 성명 문안 조율', '현장 지휘소 전개', '예비 수송 수단 확보']),
            '  다. 3단계: %s' % rng.choice(['최고위급 협의 및 대국민 발표 시점 결정', '철수 완료 후 결과 보고', '동원 자원 반환 및 정산']),
            '4. 배포선: 장관, 차관, %s' % rng.choice(['정책실장', '비상안전기획관', '국제협력국장'])]
    doc = {'title': topic[0], 'body': body, 'header': [], 'footer': [], '_dept': '비상안전기획관'}
    s = st_sec(rng, lvl)
    nt = notice(rng, lvl, live_date(rng))
    extra = [nt, copyno(rng)]
    loc = place_marking(rng, doc, s, rng.choice(['header+footer', 'cover', 'header+footer', 'header', 'table']), extra=extra)
    return mk(doc, 'non_public', MARK[lvl], ['OIDA-9-1-1', 'OIDA-9-1-2'], '비밀 보고서', 'stamp_with_notice', loc, [s, nt], ['live_stamp'],
              '%s (live 예고문) on national-security/diplomatic content → [1, 2] non_public.' % MARK[lvl])


def t_downgrade(rng, i):
    """Ⅱ급 stamp whose first stage expired; 예고문 says → Ⅲ급 until a live date. Current marking = III급."""
    org = rng.choice(['대외전략부', '통일협력부', '국가비상대비청'])
    d1 = past_date(rng)
    d2 = live_date(rng)
    s = st_sec(rng, 2)
    nt = rng.choice(['예고문: %s까지 Ⅱ급비밀, 이후 %s까지 Ⅲ급비밀, 이후 일반문서로 재분류' % (d(d1), d(d2)),
                     '예고문 : %s 까지 Ⅱ급 비밀 / 이후 Ⅲ급비밀로 재분류(%s까지), 이후 일반문서' % (d(d1), d(d2))])
    body = ['1. 개요: %s 관련 관계부처 협의 결과' % rng.choice(['국외 공관 경비 강화', '해상 교통로 안전 확보', '비상 통신망 이중화']),
            '2. 합의 사항: 예산 분담 및 단계별 이행 시기', '3. 잔여 쟁점: %s' % rng.choice(['상대국 통보 시점', '현지 인력 운용', '민간 선박 협조']),
            '4. 향후 조치: 차기 협의 시 세부 이행계획 확정']
    doc = {'title': '관계부처 협의 결과 보고', 'body': body, 'header': [], 'footer': []}
    loc = place_marking(rng, doc, s, rng.choice(['header+footer', 'cover']), extra=[nt])
    return mk(doc, 'non_public', 'III급', ['OIDA-9-1-1', 'OIDA-9-1-2'], '비밀 보고서', 'stamp_downgraded', loc, [s, nt], ['expired_stage', 'downgraded'],
              'Printed %s, but its Ⅱ급 stage ended %s; per 예고문 it is Ⅲ급 until %s (after 2026-03-01) → current marking III급, [1, 2].' % (s, d(d1), d(d2)))


def t_emergency(rng, i):
    org = rng.choice(LOCALS + PROVS)
    body = ['1. 근거: 「비상대비에 관한 법률」 및 %s 비상대비 업무 지침' % org, '2. 전시 행정기관 이전 계획: 제%d 대체 청사(%s 소재) 운용' % (rng.randint(1, 3), rng.choice(DONGS)),
            '3. 중점관리 지정업체 %d개소 동원 순위' % rng.randint(5, 30), ('table', [['순위', '업체', '동원 자원']] + [[str(k + 1), c, rng.choice(['유류', '차량', '의료물자', '식량'])] for k, c in enumerate(rng.sample(COMPANIES, 3))]),
            '4. 주요 방호 대상 및 경계 병력 배치']
    doc = {'title': '%s %d년도 비상대비 계획(충무계획) 발췌' % (org, rng.choice([2025, 2026])), 'body': body, 'header': [], 'footer': []}
    s = st_sec(rng, 3)
    nt = notice(rng, 3, live_date(rng))
    loc = place_marking(rng, doc, s, rng.choice(['header+footer', 'cover', 'header']), extra=[nt, copyno(rng)])
    return mk(doc, 'non_public', 'III급', ['OIDA-9-1-1', 'OIDA-9-1-2', 'OIDA-9-1-3'], '비상대비 계획', 'stamp_with_notice', loc, [s, nt], ['live_stamp'],
              'Ⅲ급 emergency-readiness plan (national security + protection of life/property) → [1, 2, 3].')


def t_internal_review(rng, i):
    org = rng.choice(MINISTRIES + LOCALS)
    dae = i % 2 == 0
    topic = rng.choice([('대중교통 요금 인상 검토', '인상 폭 %d원·%d원 2개 안 비교' % (rng.randint(1, 3) * 100, rng.randint(4, 6) * 100)),
                        ('산하기관 통폐합 검토', '%s·%s 통합 시 인력 %d명 재배치' % (rng.choice(AGENCIES), rng.choice(AGENCIES), rng.randint(20, 200))),
                        ('지방세 감면 조례 개정 방향', '감면 일몰 %d건 중 연장 대상 선별' % rng.randint(5, 30)),
                        ('공공청사 이전 후보 검토', '후보 %d곳 비교 평가(미확정)' % rng.randint(2, 5))])
    body = ['□ 검토 배경: %s' % rng.choice(['재정 부담 완화', '조직 효율화 요구', '감사원 지적 사항 이행']),
            '□ 주요 내용: %s' % topic[1], '□ 쟁점 및 부처 간 이견', '  ○ 재정 당국은 단계적 추진 입장, 사업 부서는 일괄 추진 선호',
            '□ 향후 일정: 관계기관 협의 후 %s 최종 결정 예정' % rng.choice(['상반기', '연내', '다음 달']), '※ 이 문서는 의사결정 과정에 있는 내부 검토 자료임']
    doc = {'title': '%s(안)' % topic[0], 'body': body, 'header': [org + ' ' + rng.choice(DEPTS)], 'footer': []}
    if dae:
        s = st_dae(rng, live_date(rng) if rng.random() < 0.5 else None)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'footer', 'body', 'cover']))
        return mk(doc, 'non_public', '대외비', ['OIDA-9-1-5'], '내부 검토', 'stamp', loc, [s, '내부 검토 자료'], ['internal_review'],
                  '대외비 internal review before decision → content reason (5) only → non_public.')
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-5'], '내부 검토', 'internal_review', 'body', ['내부 검토 자료'], ['internal_review'],
              'Undecided internal review (의사결정 과정) → non_public [5].')


def t_bid_price(rng, i):
    org = rng.choice(AGENCIES + LOCALS)
    base = rng.randint(200, 3000) * 1_000_000
    seven = i % 2 == 1
    rows = [['항목', '금액(원)'], ['기초금액', '{:,}'.format(base)], ['복수예비가격 범위', '±%d%%' % rng.choice([2, 3])], ['예정가격(산정)', '{:,}'.format(base * rng.randint(97, 103) // 100)]]
    body = ['1. 건명: %s' % rng.choice(['하수관로 정비 공사', '청사 보안 시스템 구축', '공영주차장 건립 공사']), '2. 개찰 예정일: %s' % d(date_between(rng, (2026, 3, 5), (2026, 6, 30))),
            '3. 예정가격 산정 내역', ('table', rows)]
    reasons = ['OIDA-9-1-5']
    if seven:
        body.append('4. 참고: %s 견적 원가자료(자재 매입 단가 포함, 업체 영업비밀 표시)' % rng.choice(COMPANIES))
        reasons.append('OIDA-9-1-7')
    doc = {'title': '예정가격 산정 조서', 'body': body, 'header': [], 'footer': [], '_dept': '계약관리팀'}
    marking = 'none'
    cues = ['예정가격(산정)']
    loc = 'table'
    if i % 4 in (0, 1):
        s = st_dae(rng, None)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'header+footer']))
        marking = '대외비'
        cues.append(s)
    return mk(doc, 'non_public', marking, reasons, '입찰·계약', 'internal_review', loc, cues, ['pre_opening_price'],
              'Pre-opening 예정가격 (입찰계약, 5)%s → non_public.' % (' plus a bidder\'s cost data (7)' if seven else ''))


def t_personnel_eval(rng, i):
    org = rng.choice(MINISTRIES + LOCALS)
    ns = names(rng, 4)
    rows = [['순위', '성명', '현 직급', '근무성적평정', '경력평정', '합계']] + [[str(k + 1), n, rng.choice(['6급', '5급']), '%.2f' % rng.uniform(60, 70), '%.2f' % rng.uniform(20, 30), ''] for k, n in enumerate(ns)]
    for r in rows[1:]:
        r[5] = '%.2f' % (float(r[3]) + float(r[4]))
    body = ['□ %s 승진후보자 명부(%s 기준)' % (rng.choice(['5급', '4급']), d(date_between(rng, (2025, 6, 30), (2026, 1, 31)))), ('table', rows),
            '□ 승진심사위원회 개최 예정: %s' % d(date_between(rng, (2026, 3, 3), (2026, 4, 30)))]
    doc = {'title': '승진 심사 자료', 'body': body, 'header': [org + ' 인사담당'], 'footer': []}
    marking = 'none'
    cues = [ns[0], '근무성적평정']
    loc = 'table'
    if i % 5 in (0, 3):
        s = st_dae(rng, live_date(rng))
        loc = place_marking(rng, doc, s, rng.choice(['header', 'footer', 'cover']))
        marking = '대외비'
        cues.append(s)
    return mk(doc, 'non_public', marking, ['OIDA-9-1-5', 'OIDA-9-1-6'], '인사 심사', 'internal_review', loc, cues, ['personnel_management'],
              'Individual performance ratings before the promotion board (인사관리, 5) naming employees (6) → non_public.')


def t_roster(rng, i):
    org = rng.choice(LOCALS + AGENCIES)
    masked = i % 3 == 2
    ns = names(rng, 4)
    rows = [['연번', '성명', '주민등록번호', '주소', '연락처']]
    idv = []
    for k, n in enumerate(ns):
        v = rrn(rng, masked, rng.choice(['*', '●']))
        idv.append(v)
        rows.append([str(k + 1), n, v, addr(rng), mobile(rng)])
    kind = rng.choice(['긴급 돌봄 서비스 신청자 명단', '무료 법률상담 예약자 명단', '체육시설 장기 이용 등록자 명단', '자원봉사자 상해보험 가입자 명단'])
    doc = {'title': kind, 'body': [('table', rows), '※ 개인정보 보호를 위해 업무 목적 외 사용 금지'], 'header': [org], 'footer': [rng.choice(['', '비공개(6)', '개인정보 포함'])]}
    doc['footer'] = [f for f in doc['footer'] if f]
    if masked:
        return mk(doc, 'non_public', 'none', ['OIDA-9-1-6'], '명부', 'pii_masked', 'table', [idv[0], ns[0]], ['roster', 'masked_rrn'],
                  'Roster consisting only of personal data → non_public; RRNs masked → no PIPA-24.')
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-6', 'PIPA-24'], '명부', 'pii_unmasked', 'table', [idv[0]], ['roster', 'unmasked_rrn'],
              'Roster consisting only of personal data with unmasked RRNs → non_public [6, PIPA-24].')


def t_realestate(rng, i):
    org = rng.choice(LOCALS + ['국토균형발전부'])
    rows = [['후보지', '위치', '면적(㎡)', '평가 점수']] + [['%s안' % c, '%s %s 일원' % (rng.choice(LOCALS), rng.choice(DONGS)), '{:,}'.format(rng.randint(100000, 2000000)), str(rng.randint(60, 95))] for c in '가나다']
    body = ['□ 목적: %s 입지 선정을 위한 후보지 비교' % rng.choice(['첨단산업단지', '신규 택지', '광역 환승센터', '공공기관 이전 부지']),
            ('table', rows), '□ 보안 유의: 발표 전 후보지 유출 시 토지 투기 및 가격 급등 우려', '□ 발표 예정: %s' % rng.choice(['2026년 하반기', '미정', '관계부처 협의 후'])]
    doc = {'title': '개발 후보지 비교 검토', 'body': body, 'header': [], 'footer': []}
    reasons = ['OIDA-9-1-8'] + (['OIDA-9-1-5'] if i % 2 else [])
    marking = 'none'
    cues = ['토지 투기']
    loc = 'body'
    if i % 4 != 3:
        s = st_dae(rng, live_date(rng) if rng.random() < 0.5 else None)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'cover', 'header+footer']))
        marking = '대외비'
        cues.append(s)
    return mk(doc, 'non_public', marking, reasons, '개발 검토', 'realestate', loc, cues, ['realestate'],
              'Unannounced development candidate sites (8)%s → non_public.' % (' still under review (5)' if 'OIDA-9-1-5' in reasons else ''))


def t_epidemic(rng, i):
    org = rng.choice(LOCALS)
    ns = names(rng, 3)
    rows = [['구분', '성명', '나이', '진단일', '이동 동선(요약)']] + [['확진자 %d' % (k + 1), n, str(rng.randint(8, 85)), d(date_between(rng, (2025, 9, 1), (2026, 2, 10))), '%s → %s' % (rng.choice(['자택', '직장']), rng.choice(['의원', '마트', '학원']))] for k, n in enumerate(ns)]
    doc = {'title': '감염병 역학조사 결과(중간)', 'body': ['1. 병원체: %s' % rng.choice(['A형 간염', '세균성 이질', '홍역']), ('table', rows), '2. 추가 접촉자 조사 진행 중'], 'header': [org + ' 보건소 역학조사반'], 'footer': []}
    marking = 'none'
    cues = [ns[0]]
    loc = 'table'
    if i % 2 == 0:
        s = st_dae(rng, None)
        loc = place_marking(rng, doc, s, rng.choice(['header', 'body', 'footer']))
        marking = '대외비'
        cues.append(s)
    return mk(doc, 'non_public', marking, ['OIDA-9-1-6', 'PIPA-23'], '역학조사', 'health', loc, cues, ['health_data', 'roster'],
              'Epidemiological case list with names and diagnoses → non_public [6, PIPA-23]; 대외비 (if any) adds no legal reason.')


def t_trade_secret(rng, i):
    org = rng.choice(AGENCIES)
    co = rng.choice(COMPANIES)
    body = ['1. 제출 기관: %s (기술자료 임치 및 인증 심사용)' % co, '2. 자료 구성: 공정 설계도 %d매, 배합비, 품질관리 기준서' % rng.randint(3, 30),
            '3. 핵심 배합비: %s %d.%d%%, 첨가제 %s %d.%d%%' % (rng.choice(['수지', '세라믹 분말']), rng.randint(40, 70), rng.randint(0, 9), rng.choice(['A-7', 'K-12']), rng.randint(1, 9), rng.randint(0, 9)),
            '4. 업체 요청: 「부정경쟁방지법」상 영업비밀로 관리 요청', '5. 심사 의견: 인증 기준 충족']
    doc = {'title': '%s 제출 기술자료 검토서' % co, 'body': body, 'header': [org + ' 인증심사팀'], 'footer': [rng.choice(['영업비밀', '취급 주의', ''])]}
    doc['footer'] = [f for f in doc['footer'] if f]
    return mk(doc, 'non_public', 'none', ['OIDA-9-1-7'], '기술 심사', 'business_secret', 'body', ['영업비밀로 관리 요청'], ['business_secret'],
              'The whole document is a company\'s technical trade secret → non_public [7].')


TEMPLATES = [
    # name, fn, count
    ('t_press', t_press, 14), ('t_gongmun_pub', t_gongmun_pub, 14), ('t_stats', t_stats, 9), ('t_bid_notice', t_bid_notice, 6),
    ('t_sec_guide', t_sec_guide, 5), ('t_foi_guide', t_foi_guide, 4), ('t_password', t_password, 4), ('t_personnel', t_personnel, 6),
    ('t_declass', t_declass, 4), ('t_cover', t_cover, 4), ('t_audit_summary', t_audit_summary, 3), ('t_expired_pub', t_expired_pub, 6),
    ('t_foi_notice_pub', t_foi_notice_pub, 4), ('t_minutes_pub', t_minutes_pub, 6),
    ('t_minwon', t_minwon, 12), ('t_contract', t_contract, 9), ('t_committee', t_committee, 9), ('t_audit_partial', t_audit_partial, 7),
    ('t_mislabeled', t_mislabeled, 4), ('t_payment', t_payment, 12), ('t_foi_notice', t_foi_notice, 7), ('t_land_partial', t_land_partial, 5),
    ('t_expired_partial', t_expired_partial, 4), ('t_lawsuit_done', t_lawsuit_done, 5), ('t_bid_eval', t_bid_eval, 5), ('t_safety_partial', t_safety_partial, 4),
    ('t_health_partial', t_health_partial, 6), ('t_union_partial', t_union_partial, 3),
    ('t_discipline', t_discipline, 8), ('t_sickleave', t_sickleave, 5), ('t_union_dues', t_union_dues, 4), ('t_investigation', t_investigation, 8),
    ('t_litigation', t_litigation, 4), ('t_facility', t_facility, 8), ('t_classified', t_classified, 12), ('t_downgrade', t_downgrade, 3),
    ('t_emergency', t_emergency, 3), ('t_internal_review', t_internal_review, 9), ('t_bid_price', t_bid_price, 4), ('t_personnel_eval', t_personnel_eval, 5),
    ('t_roster', t_roster, 7), ('t_realestate', t_realestate, 4), ('t_epidemic', t_epidemic, 5), ('t_trade_secret', t_trade_secret, 4),
]
