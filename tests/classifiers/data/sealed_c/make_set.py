#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set.py — seeded, deterministic generator of the sens_c evaluation set.

    python make_set.py            # writes sens_c.jsonl, sens_c.meta.jsonl, files/, stats.json

Helper modules (same folder): core.py (markers, OCR noise, text/HWPX/PDF renderers),
pools.py (synthetic names/IDs/agencies/stamps), builders.py (letter/report layouts),
tpl_public.py, tpl_partial.py, tpl_nonpublic.py (templates with their gold labels).
PDF rendering needs reportlab and the Debian fonts-nanum TTFs; HWPX needs only the
standard library.  Validation (at the end) needs lxml and, if present, pdftotext.
"""
import collections
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import render_text, render_hwpx, render_pdf, strip_markers  # noqa: E402
from tpl_nonpublic import NONPUBLIC_TEMPLATES, PARTIAL_TEMPLATES, PUBLIC_TEMPLATES  # noqa: E402

SEED = 20250612
TEMPLATES = {}
TEMPLATES.update(PUBLIC_TEMPLATES)
TEMPLATES.update(PARTIAL_TEMPLATES)
TEMPLATES.update(NONPUBLIC_TEMPLATES)

# (template, n_text, n_hwpx, n_pdf)
PLAN = [
    # public
    ('t_pub_letter', 10, 4, 3), ('t_press', 5, 2, 2), ('t_personnel', 4, 2, 1), ('t_sec_guide', 4, 2, 2),
    ('t_password', 2, 1, 0), ('t_foi_guide', 2, 1, 1), ('t_foi_notice_masked', 2, 1, 1), ('t_minutes_officials', 2, 1, 0),
    ('t_budget_stats', 4, 1, 2), ('t_admin_guide', 3, 1, 1), ('t_audit_public', 2, 1, 1), ('t_declass', 2, 1, 0),
    ('t_cover_sep', 2, 1, 1), ('t_informal_public', 3, 1, 1), ('t_contract_award', 2, 0, 1), ('t_award_officials', 1, 0, 1),
    ('t_minwon_public', 2, 0, 0),
    # partial
    ('t_part_letter', 8, 4, 3), ('t_minwon_reply', 6, 1, 2), ('t_contract', 4, 2, 2), ('t_list_mixed', 3, 1, 1),
    ('t_minutes_private', 3, 1, 0), ('t_attach_np', 3, 1, 1), ('t_mislabeled', 2, 1, 0), ('t_audit_partial', 2, 0, 1),
    ('t_foi_notice_personal', 2, 1, 0), ('t_bid_eval', 2, 1, 0), ('t_overseas_trip', 1, 1, 0), ('t_newhire', 1, 1, 0),
    # non_public
    ('t_secret_III급', 7, 3, 3), ('t_secret_II급', 4, 2, 2), ('t_secret_I급', 2, 1, 1), ('t_daeoebi', 11, 6, 5),
    ('t_internal_review', 5, 2, 2), ('t_discipline', 3, 2, 1), ('t_sick', 2, 1, 1), ('t_union', 2, 1, 0),
    ('t_investigation', 3, 2, 1), ('t_audit_progress', 2, 1, 1), ('t_roster_private', 3, 1, 1), ('t_trade_secret', 2, 1, 0),
    ('t_speculation', 2, 1, 1), ('t_natsec', 2, 1, 0), ('t_facility', 2, 1, 1), ('t_stated_np', 4, 2, 1),
]

DISC = {'public', 'partial', 'non_public'}
MARK = {'none', '대외비', 'III급', 'II급', 'I급'}
CODES = [f'OIDA-9-1-{i}' for i in range(1, 9)] + ['PIPA-23', 'PIPA-24']
GENRES = {'공문', '내부결재 보고서', '검토보고서', '회의록', '보도자료', '민원 회신', '인사 발령', '감사 결과', '계약서', '예산서',
          '통계표', '명단', '정보공개 결정 통지서', '행정 안내문', '교육자료', '징계의결서', '계획서', '수사 보고서', '제안서', '평가 결과'}
PDF_FONTS = [('NanumGothic', 'NanumGothicBold'), ('NanumMyeongjo', 'NanumMyeongjoBold'), ('NanumBarunGothic', 'NanumGothicBold'),
             ('HYSMyeongJo-Medium', 'HYGothic-Medium')]
HWPX_FONTS = ['함초롬바탕', '함초롬돋움', '맑은 고딕', '휴먼명조', '굴림']


def build_one(tname, fmt, k):
    r = random.Random(f'{SEED}:{tname}:{fmt}:{k}')
    # slot = position of this document among all documents of the template (all formats);
    # templates use it via pools.pick() to cycle through their variants for coverage.
    row = next(p for p in PLAN if p[0] == tname)
    r.slot = k + {'text': 0, 'hwpx': row[1], 'pdf': row[1] + row[2]}[fmt]
    r.tname = tname
    d = TEMPLATES[tname](r, fmt)
    if d.genre not in GENRES:
        raise AssertionError((tname, d.genre))
    nr = random.Random(f'{SEED}:noise:{tname}:{fmt}:{k}')
    ops = []
    noisy = False
    if fmt == 'text' and nr.random() < 0.17:
        noisy = True
    if fmt == 'pdf' and (d.info['year'] < 2005 or nr.random() < 0.15):
        noisy = True
    if noisy:
        ops = d.apply_noise(nr, nr.choice([0.8, 1.0, 1.3]))
    d.info['ocr_noise'] = ops if noisy else []
    return d, nr


def main():
    out_files = os.path.join(HERE, 'files')
    if os.path.isdir(out_files):
        shutil.rmtree(out_files)
    os.makedirs(out_files)
    jobs = []
    for tname, nt, nh, np_ in PLAN:
        for fmt, n in (('text', nt), ('hwpx', nh), ('pdf', np_)):
            for k in range(n):
                jobs.append((tname, fmt, k))
    random.Random(SEED).shuffle(jobs)
    recs, metas = [], []
    for i, (tname, fmt, k) in enumerate(jobs):
        rid = f'sc-{i + 1:04d}'
        d, nr = build_one(tname, fmt, k)
        info = d.info
        rec = {'id': rid}
        cues_out = []
        if fmt == 'text':
            txt, cues = render_text(d, table_style=nr.choice(['spaced', 'pipe', 'bar', 'tab']),
                                    box_style=nr.choice(['frame', 'bracket', 'square', 'right', 'plain']),
                                    header_align=nr.choice(['center', 'right', 'left']))
            rec['text'] = txt
            for cid, a, e, where in sorted(cues, key=lambda x: x[1]):
                c = d.cues[cid]
                assert txt[a:e] == txt[a:e]
                cues_out.append({'kind': c['kind'], 'string': txt[a:e], 'start': a, 'end': e, 'where': where,
                                 'decides': c['decides'], 'note': c['note']})
            layout = {'format': 'text'}
        else:
            fn = f'files/{rid}.{fmt}'
            title = next((strip_markers(b[1])[0] for b in d.blocks if b[0] == 'p' and b[2].get('title')), rid)
            if fmt == 'hwpx':
                font = nr.choice(HWPX_FONTS)
                locs, _ = render_hwpx(d, os.path.join(HERE, fn), title, font_face=font,
                                      date_iso=f'{info["date"]}T09:00:00Z')
                layout = {'format': 'hwpx', 'font_face': font}
            else:
                font, bold = nr.choice(PDF_FONTS)
                locs, pages = render_pdf(d, os.path.join(HERE, fn), title, font=font, bold=bold)
                layout = {'format': 'pdf', 'font': font, 'pages': pages}
            rec['file'] = fn
            for cid, where, s in locs:
                c = d.cues[cid]
                cues_out.append({'kind': c['kind'], 'string': s, 'where': where, 'decides': c['decides'], 'note': c['note']})
        layout['has_header'] = bool(d.header)
        layout['has_footer'] = bool(d.footer)
        layout['blocks'] = collections.Counter(b[0] for b in d.blocks)
        rec['disclosure'] = info['disclosure']
        rec['marking'] = info['marking']
        rec['reasons'] = sorted(info['reasons'])
        rec['genre'] = d.genre
        dec_d = next((c for c in cues_out if c['decides'] in ('disclosure', 'both')), None)
        dec_m = next((c for c in cues_out if c['decides'] in ('marking', 'both')), None)
        meta = {
            'id': rid, 'template': d.template, 'format': fmt, 'genre': d.genre, 'agency': info['agency'],
            'agency_kind': info['agency_kind'], 'year': info['year'], 'date': info['date'],
            'mention_only': info['mention_only'], 'stated_field': info['stated_field'],
            'stated_vs_content': info['stated_vs_content'], 'label_reason': info['label_reason'],
            'deciding_cue': {'disclosure': dec_d, 'marking': dec_m}, 'cues': cues_out,
            'ocr_noise': info['ocr_noise'], 'layout': dict(layout, blocks=dict(layout['blocks'])),
            'label_as_of': info['date'],
        }
        if rec['marking'] != 'none':
            yrs = [int(x) for c in cues_out if c['kind'] in ('marking', 'marking_aux')
                   for x in re.findall(r'((?:19|20)\d\d)\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}', c['string'])]
            meta['stamped_until_year'] = max(yrs) if yrs else None
            meta['protection_expired_before_2026'] = bool(yrs) and max(yrs) < 2026
        recs.append(rec)
        metas.append(meta)
    with open(os.path.join(HERE, 'sens_c.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + '\n')
    with open(os.path.join(HERE, 'sens_c.meta.jsonl'), 'w', encoding='utf-8') as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + '\n')
    validate(recs, metas)
    stats = make_stats(recs, metas)
    with open(os.path.join(HERE, 'stats.json'), 'w', encoding='utf-8') as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps({k: stats[k] for k in ('n', 'disclosure', 'marking', 'format')}, ensure_ascii=False))


# ---------------------------------------------------------------------------
RRN_RE = re.compile(r'(?<!\d)(\d{6})-([1-8])(\d{6})(?!\d)')


def rrn_ok(front, g, back):
    digits = [int(c) for c in front + g + back]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(a * b for a, b in zip(digits, w))
    if int(g) in (5, 6, 7, 8):
        return (13 - s % 11) % 10 == digits[12]
    return (11 - s % 11) % 10 == digits[12]


def norm_ws(s):
    return re.sub(r'\s+', '', s)


def validate(recs, metas):
    from lxml import etree
    import zipfile
    have_pdftotext = shutil.which('pdftotext') is not None
    problems = []
    for rec, m in zip(recs, metas):
        rid = rec['id']
        D, M, Rs = rec['disclosure'], rec['marking'], rec['reasons']
        assert D in DISC and M in MARK and rec['genre'] in GENRES, rid
        assert Rs == sorted(set(Rs)) and all(x in CODES for x in Rs), rid
        # label rules (pii-dev README conventions)
        if D == 'public':
            assert Rs == [], rid
        else:
            assert Rs, rid
        if M in ('III급', 'II급', 'I급'):
            assert 'OIDA-9-1-1' in Rs and len([x for x in Rs if x.startswith('OIDA') and x != 'OIDA-9-1-1']) >= 1, rid
        else:
            assert 'OIDA-9-1-1' not in Rs, rid
        if M != 'none':
            assert D == 'non_public', rid
        if M == '대외비':
            assert set(Rs) <= {'OIDA-9-1-3', 'OIDA-9-1-4', 'OIDA-9-1-5', 'OIDA-9-1-6', 'OIDA-9-1-8', 'PIPA-23'}, rid
        if 'PIPA-24' in Rs or 'PIPA-23' in Rs:
            assert 'OIDA-9-1-6' in Rs, rid
        if m['mention_only']:
            assert M == 'none', rid
        assert m['stated_vs_content'] in ('none', 'agree', 'conflict'), rid
        if M != 'none':
            assert m['deciding_cue']['marking'] is not None, rid
        if 'text' in rec:
            t = rec['text']
            assert not re.search('[\ue000-\uf8ff]', t), rid
            for c in m['cues']:
                assert t[c['start']:c['end']] == c['string'], (rid, c)
            for mm in RRN_RE.finditer(t):
                assert rrn_ok(*mm.groups()), (rid, mm.group(0))
            if 'PIPA-24' not in Rs:
                assert not RRN_RE.search(t) or m['template'] in ('t_admin_guide',), (rid, 'unmasked RRN-like without PIPA-24')
        else:
            path = os.path.join(HERE, rec['file'])
            if path.endswith('.hwpx'):
                with zipfile.ZipFile(path) as z:
                    names = z.namelist()
                    assert names[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED, rid
                    assert z.read('mimetype') == b'application/hwp+zip', rid
                    alltext = []
                    for n in names:
                        if n.endswith(('.xml', '.hpf')):
                            raw = z.read(n)
                            assert not re.search('[\ue000-\uf8ff]', raw.decode('utf-8')), rid
                            root = etree.fromstring(raw)
                            if n.startswith('Contents/section'):
                                alltext.append(''.join(root.itertext()))
                    body = norm_ws(''.join(alltext))
                for c in m['cues']:
                    if norm_ws(c['string']) not in body:
                        problems.append((rid, 'hwpx cue missing', c['string']))
            elif have_pdftotext:
                out = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
                body = norm_ws(out)
                for c in m['cues']:
                    if norm_ws(c['string']) not in body:
                        problems.append((rid, 'pdf cue missing', c['string']))
    if problems:
        for p in problems[:40]:
            print('PROBLEM', p)
        raise SystemExit(f'{len(problems)} validation problems')
    print(f'validation OK: {len(recs)} records (pdftotext {"used" if have_pdftotext else "not available"})')


def make_stats(recs, metas):
    C = collections.Counter
    st = {'n': len(recs)}
    st['disclosure'] = dict(C(r['disclosure'] for r in recs))
    st['marking'] = dict(C(r['marking'] for r in recs))
    st['reasons'] = dict(C(x for r in recs for x in r['reasons']))
    st['genre'] = dict(C(r['genre'] for r in recs))
    st['format'] = dict(C(m['format'] for m in metas))
    st['template'] = dict(C(m['template'] for m in metas))
    st['disclosure_x_marking'] = dict(C(f'{r["disclosure"]}/{r["marking"]}' for r in recs))
    st['disclosure_x_format'] = dict(C(f'{r["disclosure"]}/{m["format"]}' for r, m in zip(recs, metas)))
    st['mention_only'] = sum(m['mention_only'] for m in metas)
    st['stated_field_present'] = sum(m['stated_field'] is not None for m in metas)
    st['stated_vs_content'] = dict(C(m['stated_vs_content'] for m in metas))
    st['ocr_noise'] = sum(bool(m['ocr_noise']) for m in metas)
    st['years'] = dict(C(f'{(m["year"] // 5) * 5}-{(m["year"] // 5) * 5 + 4}' for m in metas))
    st['agency_kind'] = dict(C(m['agency_kind'] for m in metas))
    st['informal_marking_docs'] = sum(any(c['kind'] == 'informal' for c in m['cues']) for m in metas)
    st['marking_cue_where'] = dict(C(re.sub(r'\[\d+\]| r\d+c\d+| p\d+', '', c['where']) for m in metas for c in m['cues'] if c['kind'] == 'marking'))
    st['disclosure_field_where'] = dict(C(re.sub(r'\[\d+\]| r\d+c\d+| p\d+', '', c['where']) for m in metas for c in m['cues'] if c['kind'] == 'disclosure_field'))
    h = hashlib.sha256()
    for fn in ('sens_c.jsonl', 'sens_c.meta.jsonl'):
        h.update(open(os.path.join(HERE, fn), 'rb').read())
    for rr in recs:
        if 'file' in rr:
            h.update(open(os.path.join(HERE, rr['file']), 'rb').read())
    st['sha256_all_outputs'] = h.hexdigest()
    return st


if __name__ == '__main__':
    main()
