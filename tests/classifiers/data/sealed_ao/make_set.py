# -*- coding: utf-8 -*-
"""Deterministic generator for the sens_ao evaluation set (Korean public-sector disclosure / security marking).

Run:  .venv/bin/python make_set.py      (needs reportlab, pillow, pypdf; NanumGothic fonts from fonts-nanum)
Writes sens_ao.jsonl, sens_ao.meta.jsonl, files/, stats.json, README.md, MD5SUMS (last).
"""
import collections, hashlib, io, json, os, random, re, shutil, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import render
from templates import TEMPLATES, ORDER
from gen_common import REF

pdfmetrics.registerFont(TTFont('Nanum', render.FONT))
pdfmetrics.registerFont(TTFont('NanumB', render.FONT_B))

NAME = 'sens_ao'
FORMAT_CYCLE = ['hwpx', 'txt', 'pdf', 'hwpx', 'txt', 'scan', 'hwpx', 'pdf', 'txt', 'txt']
MARKINGS = ['none', '대외비', 'III급', 'II급', 'I급']
CLASSIFIED = {'III급', 'II급', 'I급'}
UNMASKED_RE = re.compile(r'(?<![0-9])\d{6}-[1-8]\d{6}(?![0-9])|(?<![A-Z0-9])[MS]\d{8}(?![0-9])|\d{2}-\d{2}-\d{6}-\d{2}')


def seed(tname, i):
    return random.Random('%s-2026|%s|%d' % (NAME, tname, i))


def build():
    docs = []
    pos = 0
    for tname, fn, count in TEMPLATES:
        for i in range(count):
            rng = seed(tname, i)
            doc = fn(rng, i)
            doc['template'] = tname
            doc['variant'] = i
            doc['format'] = FORMAT_CYCLE[pos % len(FORMAT_CYCLE)]
            doc['_rng'] = rng
            pos += 1
            docs.append(doc)
    order = list(range(len(docs)))
    random.Random('%s-2026|order|0' % NAME).shuffle(order)
    out = []
    for k, j in enumerate(order):
        doc = docs[j]
        doc['id'] = '%s-%04d' % (NAME, k + 1)
        out.append(doc)
    return out


def pdf_text(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return '\n'.join((p.extract_text() or '') for p in r.pages), len(r.pages)


def check_labels(doc, errors):
    did = doc['id']
    rs, mk, ds = doc['reasons'], doc['marking'], doc['disclosure']
    if ds not in ('public', 'partial', 'non_public'):
        errors.append((did, 'bad disclosure'))
    if mk not in MARKINGS:
        errors.append((did, 'bad marking'))
    if any(r not in ORDER for r in rs):
        errors.append((did, 'bad reason'))
    if ds == 'public' and rs:
        errors.append((did, 'public with reasons'))
    if ds != 'public' and not rs:
        errors.append((did, 'restricted without reasons'))
    if mk in CLASSIFIED:
        if 'OIDA-9-1-1' not in rs:
            errors.append((did, 'classified without 9-1-1'))
        if len([r for r in rs if r != 'OIDA-9-1-1']) == 0:
            errors.append((did, '9-1-1 without content reason'))
        if ds != 'non_public':
            errors.append((did, 'classified but not non_public'))
    else:
        if 'OIDA-9-1-1' in rs:
            errors.append((did, '9-1-1 without Ⅰ/Ⅱ/Ⅲ급 marking'))
    text = doc['rendered_text']
    has_unmasked = bool(UNMASKED_RE.search(text))
    if 'PIPA-24' in rs and not has_unmasked:
        errors.append((did, 'PIPA-24 without unmasked identifier'))
    if has_unmasked and 'PIPA-24' not in rs:
        errors.append((did, 'unmasked identifier without PIPA-24'))
    if 'PIPA-24' in rs and 'OIDA-9-1-6' not in rs:
        errors.append((did, 'PIPA-24 without 9-1-6'))
    if doc['template'] == 't_mislabeled' and not (ds == 'partial' and rs == ['OIDA-9-1-6', 'PIPA-24']):
        errors.append((did, 'mislabeled gold wrong'))


def main():
    os.chdir(HERE)
    for p in ('files', '_scratch'):
        if os.path.exists(p):
            shutil.rmtree(p)
    os.makedirs('files')
    os.makedirs('_scratch')
    docs = build()
    errors = []
    records, metas = [], []
    npages = {}
    for doc in docs:
        rng = doc.pop('_rng')
        fmt = doc['format']
        doc['rendered_text'] = render.logical_text(doc)
        title_meta = '%s (%s)' % (doc['title'], doc['id'])
        rec = {'id': doc['id']}
        if fmt == 'txt':
            rec['text'] = doc['rendered_text']
            extracted = rec['text']
        elif fmt == 'hwpx':
            rel = 'files/%s.hwpx' % doc['id']
            render.write_hwpx(rel, doc, title_meta)
            rec['file'] = rel
            extracted = render.hwpx_text(rel)
        elif fmt == 'pdf':
            rel = 'files/%s.pdf' % doc['id']
            render.write_pdf(rel, doc, title_meta)
            rec['file'] = rel
            extracted, npages[doc['id']] = pdf_text(rel)
        else:
            rel = 'files/%s.pdf' % doc['id']
            render.write_scan_pdf(rel, doc, title_meta, rng, '_scratch')
            rec['file'] = rel
            layer, npages[doc['id']] = pdf_text(rel)
            if layer.strip():
                errors.append((doc['id'], 'scan has a text layer'))
            extracted = doc['rendered_text']
        flat = extracted.replace('\n', ' ')
        for c in doc['cue_text']:
            if c not in extracted and c not in flat:
                errors.append((doc['id'], 'cue not found: %r (%s)' % (c, fmt)))
            if c not in doc['rendered_text']:
                errors.append((doc['id'], 'cue not in rendered_text: %r' % c))
        check_labels(doc, errors)
        rec.update(disclosure=doc['disclosure'], marking=doc['marking'], reasons=doc['reasons'], genre=doc['genre'])
        records.append(rec)
        loc = doc['cue_location']
        if fmt == 'scan' and doc['cue_kind'].startswith('stamp') and loc in ('header', 'footer', 'header+footer', 'cover', 'body'):
            loc = 'scan_stamp:' + loc
        metas.append({'id': doc['id'], 'template': doc['template'], 'variant': doc['variant'],
                      'format': {'scan': 'pdf_scan', 'pdf': 'pdf_text'}.get(fmt, fmt), 'genre': doc['genre'],
                      'cue_kind': doc['cue_kind'], 'cue_location': loc, 'cue_text': doc['cue_text'], 'flags': doc['flags'],
                      'note': doc['note'], 'pages': npages.get(doc['id']), 'rendered_text': doc['rendered_text']})
    shutil.rmtree('_scratch')

    with open('%s.jsonl' % NAME, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    with open('%s.meta.jsonl' % NAME, 'w', encoding='utf-8') as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')

    # ---------------- stats
    C = collections.Counter
    fmt_c = C(m['format'] for m in metas)
    st = {
        'n': len(records), 'reference_date': REF.isoformat(),
        'format': dict(sorted(fmt_c.items())),
        'disclosure': dict(C(r['disclosure'] for r in records)),
        'marking': {k: C(r['marking'] for r in records).get(k, 0) for k in MARKINGS},
        'reasons': {k: sum(k in r['reasons'] for r in records) for k in ORDER},
        'genre': dict(sorted(C(r['genre'] for r in records).items(), key=lambda x: -x[1])),
        'template': {t: c for t, _, c in TEMPLATES},
        'cue_location': dict(sorted(C(m['cue_location'] for m in metas).items())),
        'flags': dict(sorted(C(f for m in metas for f in m['flags']).items())),
        'disclosure_by_format': {fm: dict(C(r['disclosure'] for r, m in zip(records, metas) if m['format'] == fm)) for fm in sorted(fmt_c)},
        'marking_by_format': {fm: dict(C(r['marking'] for r, m in zip(records, metas) if m['format'] == fm)) for fm in sorted(fmt_c)},
        'validation_errors': len(errors),
    }
    with open('stats.json', 'w', encoding='utf-8') as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    write_readme(st, errors)
    if errors:
        for e in errors[:50]:
            print('ERROR', e)
    # ---------------- MD5SUMS last
    paths = []
    for root, dirs, fs in os.walk('.'):
        dirs[:] = [x for x in dirs if x not in ('.venv', '__pycache__')]
        for fn in fs:
            p = os.path.relpath(os.path.join(root, fn), '.')
            if p != 'MD5SUMS':
                paths.append(p)
    with open('MD5SUMS', 'w') as f:
        for p in sorted(paths):
            f.write('%s  %s\n' % (hashlib.md5(open(p, 'rb').read()).hexdigest(), p))
    print(json.dumps({k: st[k] for k in ('n', 'format', 'disclosure', 'marking', 'reasons', 'validation_errors')}, ensure_ascii=False))
    return 1 if errors else 0


def table(d, h1, h2='n'):
    s = '| %s | %s |\n|---|---|\n' % (h1, h2)
    for k, v in d.items():
        s += '| %s | %s |\n' % (k, v)
    return s


def write_readme(st, errors):
    tpl = open(os.path.join(HERE, 'README.template.md'), encoding='utf-8').read()
    fmt_lines = table(st['format'], 'format')
    comp = '### Disclosure\n\n' + table(st['disclosure'], 'disclosure') + '\n### Marking\n\n' + table(st['marking'], 'marking') + \
           '\n### Reasons (documents carrying each)\n\n' + table(st['reasons'], 'reason') + '\n### Genre\n\n' + table(st['genre'], 'genre') + \
           '\n### Cue location\n\n' + table(st['cue_location'], 'cue_location') + '\n### Flags\n\n' + table(st['flags'], 'flag') + \
           '\n### Templates (documents per template)\n\n' + table(st['template'], 'template') + \
           '\n### Disclosure by format\n\n```\n' + json.dumps(st['disclosure_by_format'], ensure_ascii=False, indent=1) + '\n```\n' + \
           '\n### Marking by format\n\n```\n' + json.dumps(st['marking_by_format'], ensure_ascii=False, indent=1) + '\n```\n'
    txt = tpl.replace('{{N}}', str(st['n'])).replace('{{FORMATS}}', fmt_lines).replace('{{COMPOSITION}}', comp) \
             .replace('{{ERRORS}}', str(len(errors)))
    with open('README.md', 'w', encoding='utf-8') as f:
        f.write(txt)


if __name__ == '__main__':
    sys.exit(main())
