# -*- coding: utf-8 -*-
"""Layout builders for official letters (기안문/시행문), internal reports (내부결재
보고서) and 1990s 사무관리규정-style letters.  Imported by make_set.py."""
from pools import *  # noqa

SLOGANS = ['함께 만드는 내일, 신뢰받는 행정', '국민과 함께하는 따뜻한 정부', '시민이 행복한 도시', '더 큰 희망, 새로운 도약',
           '안전하고 살기 좋은 우리 고장', '학생 중심, 현장 중심 교육', '국민의 안전을 최우선으로', '바르게 일하는 공기업',
           '청렴으로 신뢰받는 기관', '모두가 누리는 복지']


def spaced(s):
    return ' '.join(s) if len(s) <= 8 else s


def contact_lines(r, ag, dt, disc, place, drafter):
    year = dt.year
    tel = agency_phone(r, ag)
    fax = agency_phone(r, ag)
    em = f'{roman(drafter, r)}@{r.choice(["korea.kr", "korea.kr", ag["domain"] or "korea.kr"])}'
    if ag['kind'] == 'pe':
        em = f'{roman(drafter, r)}@{(ag["domain"] or "kepco.co.kr").split("/")[0]}'
    hp = homepage(ag)
    l1 = f'우 {ag["postal"]}  {ag["addr"]}' + (f'  / {hp}' if hp and r.random() < 0.8 else '')
    st = r.choice('ABC')
    if st == 'A':
        l2 = f'전화번호 {tel}  팩스번호 {fax}  / {em}'
    elif st == 'B':
        a = ag['area']
        l2 = f'전화 ({a}){tel[len(a) + 1:]}  전송 ({a}){fax[len(a) + 1:]}  / {em}'
    else:
        l2 = f'☎ {tel}  / FAX {fax}  / {em}'
    out = [l1]
    if disc is not None and place == 'closing':
        out.append(l2 + f'  / {disc}')
    elif disc is not None and place == 'closing_wrap':
        out.append(l2 + '  /')
        out.append(disc)
    else:
        out.append(l2)
    return out


def letter(d, r, ag, dt, title, body, attach=(), recv=None, disc=None, place='closing', dpt=None,
           internal=False, via=False, end='끝.', coop=None, receipt=None, head_table_extra=None,
           top_lines=(), field_label=None):
    """Official letter, new (≥2004) or old (<2004) layout.  body: list of strings.
    place: closing | closing_wrap | field_top | field_bottom | header_table | footer | none"""
    info = {}
    year = dt.year
    dpt = dpt or dept(r, ag, 'gen')
    docno = f'{dpt}-{r.randint(120, 9800)}'
    info['docno'] = docno
    if year < 2004:
        return old_letter(d, r, ag, dt, title, body, attach, recv, dpt, info, disc, place, top_lines, end)
    for t in top_lines:
        d.p(t, align='center')
    if r.random() < 0.45:
        d.p(r.choice(SLOGANS_BY[dept_group(ag['kind'])]), align='center')
    d.p(spaced(ag['name']) if r.random() < 0.5 else ag['name'], align='center', title=True)
    if place == 'header_table' and disc is not None:
        lab = field_label or r.choice(['공개구분', '공개여부', '공개 구분'])
        rows = [['문서번호', docno, lab, disc], ['시행일자', fdate(dt), '보존기간', r.choice(['1년', '3년', '5년', '10년', '준영구'])]]
        if head_table_extra:
            rows.append(head_table_extra)
        d.table(rows)
    if internal:
        d.p('수신  내부결재' if r.random() < 0.8 else '수신자  내부결재')
    else:
        rv = recv or '수신자 참조'
        ref = ''
        if r.random() < 0.4 and '참조' not in rv:
            ref = f'({dept(r, ag, "gen")}장)'
        d.p(f'수신  {rv}{ref}')
    if via:
        d.p('(경유)')
    d.p(f'제목  {title}')
    if place == 'field_top' and disc is not None:
        lab = field_label or r.choice(['공개구분', '공개여부', '정보공개'])
        d.p(f'{lab}: {disc}' if r.random() < 0.5 else f'[{lab} : {disc}]')
    d.blank()
    for i, b in enumerate(body):
        if isinstance(b, tuple):
            d.table(b[1])
        else:
            d.p(b)
    if attach:
        if len(attach) == 1:
            d.p(f'붙임  {attach[0]}  {end}' if end else f'붙임  {attach[0]}')
        else:
            lines = [f'붙임  1. {attach[0]}'] + [f'      {k + 2}. {a}' for k, a in enumerate(attach[1:])]
            lines[-1] += f'  {end}' if end else ''
            d.p('\n'.join(lines))
    elif end and not (isinstance(body[-1], str) and body[-1].rstrip().endswith('끝.')):
        d.p(f'{end}', align='right')
    d.blank()
    if not internal:
        d.p(spaced(ag['head']) if len(ag['head']) <= 8 and r.random() < 0.5 else ag['head'], align='center', title=True)
        if recv == '수신자 참조' or (recv is None):
            d.p(f'수신자  {r.choice(RECIPIENTS[ag["kind"]])}')
    dl, offs, drafter = drafter_line(r, ag, dpt, dt)
    info['officials'] = offs
    d.p(dl)
    if coop or r.random() < 0.3:
        d.p(f'협조자  {coop or (r.choice(ranks_for(ag)) + " " + person(r))}')
    rc = receipt if receipt is not None else ''
    d.p(f'시행  {docno} ({fdate(dt)})   접수  {rc}')
    for ln in contact_lines(r, ag, dt, disc, place, drafter):
        d.p(ln)
    if place == 'field_bottom' and disc is not None:
        lab = field_label or r.choice(['공개구분', '공개여부', '공개 구분'])
        d.p(f'{lab} : {disc}')
    if place == 'footer' and disc is not None:
        d.footer.append(r.choice(['{}', '공개구분: {}', '- {} -', '[{}]']).format(disc))
    return info


def old_letter(d, r, ag, dt, title, body, attach, recv, dpt, info, disc, place, top_lines, end):
    for t in top_lines:
        d.p(t, align='center')
    d.p(spaced(ag['name']), align='center', title=True)
    a = ag['area']
    tel = agency_phone(r, ag)
    d.p(f'우 {ag["postal"]}  {ag["addr"]}  / 전화 ({a}) {tel[len(a) + 1:]}  / 전송 ({a}) {agency_phone(r, ag)[len(a) + 1:]}')
    abbr = r.choice(['행정', '총무', '기획', '감사', '민원', '도시', '보건', '비상'])
    no = f'{abbr} {r.randint(10000, 99999)}-{r.randint(10, 999)}'
    info['docno'] = no
    d.table([['문서번호', no, '선결', ''], ['시행일자', fdate(dt), '접수', '일자/시간'],
             ['(경유)', '', '처리과', ''], ['수    신', recv or '수신처 참조', '담당자', ''],
             ['참    조', f'{dept(r, ag, "gen")}장', '결재·공람', '']], text_style=r.choice(['spaced', 'bar']))
    d.p(f'제    목  {title}')
    d.blank()
    for b in body:
        if isinstance(b, tuple):
            d.table(b[1])
        else:
            d.p(b)
    if attach:
        d.p('첨  부  ' + ', '.join(attach) + f'  {end}')
    else:
        d.p(end, align='right')
    d.blank()
    d.p(' '.join(ag['head']) if len(ag['head']) <= 8 else ag['head'], align='center', title=True)
    offs = [person(r), person(r)]
    info['officials'] = offs
    ranks = {'central': ['행정주사', '행정사무관'], 'pe': ['대리', '과장']}.get(dept_group(ag['kind']) if dept_group(ag['kind']) in ('central', 'pe') else 'central')
    d.p(f'담당 {ranks[0]} {offs[0]}   {dpt}장 {offs[1]}')
    if disc is not None:
        d.p(f'공개여부 : {disc}')
    return info


def report(d, r, ag, dt, title, sections, dpt=None, approval=True, disc=None, place=None, subtitle=None,
           top_lines=(), header_cells=None):
    """Internal report (내부결재 보고서 / 검토보고서).  sections: list of (heading, [lines])."""
    info = {}
    dpt = dpt or dept(r, ag, 'gen')
    for t in top_lines:
        d.p(t, align='center')
    if approval:
        ranks = ranks_for(ag)
        if ag['kind'] == 'pe':
            cols = ['담당', '차장', '부장', '처장']
        elif ag['kind'] in ('police', 'police_hq'):
            cols = ['담당', '팀장', '과장', '서장' if ag['kind'] == 'police' else '부장']
        else:
            cols = ['담당', '팀장', '과장', '국장']
        names = [person(r) for _ in cols]
        info['officials'] = names
        sig = [names[0], names[1], names[2], r.choice(['전결', names[3], '(대결)'])]
        d.table([cols, sig], text_style=r.choice(['spaced', 'pipe', 'bar']))
    if place == 'header_table' and disc is not None:
        rows = [['보고일자', fdate(dt), '공개구분' if r.random() < 0.6 else '공개여부', disc]]
        if header_cells:
            rows.append(header_cells)
        d.table(rows)
    d.p(title, align='center', title=True)
    if subtitle:
        d.p(subtitle, align='center')
    d.p(f'{fdate(dt, r.choice(["dot", "dot0", "wd"]))}  {dpt}', align='right')
    if place == 'field_top' and disc is not None:
        d.p(f'※ 공개여부: {disc}')
    d.blank()
    for h, lines in sections:
        d.p(h)
        for ln in lines:
            if isinstance(ln, tuple):
                d.table(ln[1])
            else:
                d.p(ln)
        d.blank()
    if place == 'field_bottom' and disc is not None:
        d.p(f'공개구분 : {disc}')
    if place == 'footer' and disc is not None:
        d.footer.append(disc)
    return info


def roman_heads(r):
    if r.random() < 0.5:
        return ['Ⅰ. ', 'Ⅱ. ', 'Ⅲ. ', 'Ⅳ. ', 'Ⅴ. ', 'Ⅵ. ']
    if r.random() < 0.5:
        return ['□ ', '□ ', '□ ', '□ ', '□ ', '□ ']
    return ['1. ', '2. ', '3. ', '4. ', '5. ', '6. ']
