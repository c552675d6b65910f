#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_files.py — parse check of every HWPX/PDF in files/.

For each file record of sens_c.jsonl:
  * HWPX: zip container (mimetype first & stored), every XML part parses with lxml;
  * PDF : pdftotext extracts a text layer;
  * both: kordoc (npm) converts it to Markdown, run twice for PDFs (default mode, which
    strips running headers/footers, and --no-header-footer);
  * every cue string recorded in sens_c.meta.jsonl is looked up (whitespace-insensitive)
    in each extraction.
Writes files_check.json.  Usage: python check_files.py [path/to/kordoc]
No classifier is run and nothing is scored.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
KORDOC = sys.argv[1] if len(sys.argv) > 1 else '/work/evalsets/node_tmp/node_modules/.bin/kordoc'


def nw(s):
    return re.sub(r'\s+', '', s)


def run_kordoc(paths, outdir, extra):
    os.makedirs(outdir, exist_ok=True)
    res = subprocess.run([KORDOC, '--silent', *extra, '-d', outdir, *paths], capture_output=True, text=True)
    return res.returncode, res.stderr[-2000:]


def main():
    from lxml import etree
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'sens_c.jsonl'), encoding='utf-8')]
    metas = {m['id']: m for m in (json.loads(l) for l in open(os.path.join(HERE, 'sens_c.meta.jsonl'), encoding='utf-8'))}
    files = [r for r in recs if 'file' in r]
    tmp = tempfile.mkdtemp(prefix='sc_check_')
    paths = [os.path.join(HERE, r['file']) for r in files]
    rc1, err1 = run_kordoc(paths, os.path.join(tmp, 'default'), [])
    pdfs = [p for p in paths if p.endswith('.pdf')]
    rc2, err2 = run_kordoc(pdfs, os.path.join(tmp, 'nohf'), ['--no-header-footer'])
    out = {'kordoc': KORDOC, 'kordoc_version': subprocess.run([KORDOC, '-V'], capture_output=True, text=True).stdout.strip(),
           'kordoc_rc_default': rc1, 'kordoc_rc_nohf': rc2, 'files': {}}
    summary = {'files': 0, 'parsed_container': 0, 'kordoc_nonempty': 0, 'cues_total': 0,
               'cues_found_container': 0, 'cues_found_kordoc_default': 0, 'cues_found_kordoc_nohf_or_hwpx': 0,
               'marking_cues_total': 0, 'marking_cues_lost_kordoc_default': 0}
    for r in files:
        rid = r['id']
        path = os.path.join(HERE, r['file'])
        base = os.path.splitext(os.path.basename(path))[0]
        info = {'format': path.rsplit('.', 1)[1]}
        container_text = ''
        try:
            if path.endswith('.hwpx'):
                with zipfile.ZipFile(path) as z:
                    ok = z.namelist()[0] == 'mimetype' and z.getinfo('mimetype').compress_type == zipfile.ZIP_STORED
                    parts = []
                    for n in z.namelist():
                        if n.endswith(('.xml', '.hpf')):
                            root = etree.fromstring(z.read(n))
                            if n.startswith('Contents/section'):
                                parts.append(' '.join(root.itertext()))
                    container_text = '\n'.join(parts)
                info['container_ok'] = ok
            else:
                res = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True)
                container_text = res.stdout
                info['container_ok'] = res.returncode == 0 and len(container_text.strip()) > 0
        except Exception as e:  # noqa
            info['container_ok'] = False
            info['error'] = repr(e)
        md_def = os.path.join(tmp, 'default', base + '.md')
        md_nohf = os.path.join(tmp, 'nohf', base + '.md')
        kd = open(md_def, encoding='utf-8').read() if os.path.exists(md_def) else ''
        kn = open(md_nohf, encoding='utf-8').read() if os.path.exists(md_nohf) else kd
        # undo Markdown escaping (e.g. 850312-1\*\*\*\*\*\*) before comparing
        kd = re.sub(r'\\([\\`*_{}\[\]()#+\-.!|~<>])', r'\1', kd)
        kn = re.sub(r'\\([\\`*_{}\[\]()#+\-.!|~<>])', r'\1', kn)
        info['kordoc_chars_default'] = len(kd)
        cues = metas[rid]['cues']
        miss_c, miss_d, miss_n = [], [], []
        for c in cues:
            s = nw(c['string'])
            if s not in nw(container_text):
                miss_c.append(c['string'])
            if s not in nw(kd):
                miss_d.append([c['kind'], c['where'], c['string']])
            if s not in nw(kn):
                miss_n.append(c['string'])
            if c['kind'] == 'marking':
                summary['marking_cues_total'] += 1
                if s not in nw(kd):
                    summary['marking_cues_lost_kordoc_default'] += 1
        info['cues'] = len(cues)
        info['missing_container'] = miss_c
        info['missing_kordoc_default'] = miss_d
        info['missing_kordoc_nohf'] = miss_n
        out['files'][rid] = info
        summary['files'] += 1
        summary['parsed_container'] += bool(info.get('container_ok'))
        summary['kordoc_nonempty'] += len(kd.strip()) > 0
        summary['cues_total'] += len(cues)
        summary['cues_found_container'] += len(cues) - len(miss_c)
        summary['cues_found_kordoc_default'] += len(cues) - len(miss_d)
        summary['cues_found_kordoc_nohf_or_hwpx'] += len(cues) - len(miss_n)
    out['summary'] = summary
    with open(os.path.join(HERE, 'files_check.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    shutil.rmtree(tmp)
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()
