# -*- coding: utf-8 -*-
"""Writes README.md from the computed counts."""


def _tbl(counter, head):
    rows = [f"| {head} | n |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    return "\n".join(rows)


def write_readme(out, recs, metas, c):
    n = len(recs)
    txt = f"""# sens_v — independent evaluation set for Korean document-sensitivity classification

{n} synthetic Korean public-sector documents ({c['format']['text']} inline text, {c['format']['hwpx']} HWPX, {c['format']['pdf']} PDF),
each labelled with `disclosure`, `marking` and `reasons` following the *Sensitivity set* section of
`/work/shared/pii-dev/README.md`. Every name, number and address is generated; no real document was copied.

## Files

| file | content |
|---|---|
| `make_set.py` | Generator and validator. `python make_set.py` (needs reportlab; use `/work/evalsets/venv_sens_v/bin/python`). |
| `sv_common.py`, `sv_templates.py`, `sv_render.py`, `sv_readme.py` | Pools/ID generators, {len(c['template'])} document templates, text/HWPX/PDF renderers, this README. |
| `sens_v.jsonl` | One record per document: `{{"id","text","disclosure","marking","reasons","genre"}}` or, for files, `{{"id","file","disclosure","marking","reasons","genre"}}` where `file` is relative to this folder. |
| `sens_v.meta.jsonl` | `template`, `variant`, `format`, `cue`, `cue_location`, `cue_text`, `flags`, plus header/footer text, table/text-box counts and the unmasked ID numbers present (used by validation). |
| `files/` | `.hwpx` (OWPML zip) and `.pdf` documents. |
| `MD5SUMS` | md5 of every file in the folder except itself (written last). |

## Composition

{_tbl(c['disclosure'], 'disclosure')}

{_tbl(c['marking'], 'marking')}

{_tbl(c['reasons'], 'reason')}

{_tbl(c['format'], 'format')}

Where the deciding cue sits (`cue_location` in the meta file; for inline text a page header becomes `first_line`, a
page footer `last_line` and a text-box stamp `stamp_line`):

{_tbl(c['cue_location'], 'cue_location')}

Kind of cue (`cue`):

{_tbl(c['cue'], 'cue')}

Flags:

{_tbl(c['flags'], 'flag')}

Genres ({len(c['genre'])}) and issuing-agency kinds: 중앙부처, 지자체, 지방의회, 교육청·학교, 경찰, 소방, 교정, 법원, 공기업,
공공기관, 국립병원. Templates and their sizes:

{_tbl(c['template'], 'template')}

### What the cues look like
- 결문 공개구분 lines in many spellings: `공개구분: 공개`, `공개 구분 : 부분공개(6)`, `공개여부 - 비공개(제5호)`,
  `정보공개 구분：비 공 개(4)`, `공개구분(정보공개법) 부분공개 - 제9조제1항제6호` …; 제9조 citations as `제9조 제1항 제5호`,
  `제9조제1항제5호`, `9조 1항 5호`, `정보공개법 제9조①5`, `§9①5`, `「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호`.
- 결재란 / header tables with a 공개구분 cell; 기안문-style checkbox rows (`□공개 ■부분공개(6) □비공개`, `☐ ☑`).
- Classification stamps in page headers and footers (HWPX `hp:header`/`hp:footer`, PDF drawn on every page),
  text-box stamps (HWPX `hp:rect` with `hp:drawText`, PDF boxed cell), first/last lines and titles; classified documents
  carry 예고문 and 사본번호.
- 붙임 lines and sentences about withheld attachments or parts (산출내역서, 개인별 평가표, 위원 발언).
- Footnotes (HWPX `hp:footNote`, PDF note block, text `1)` notes).
- Informal internal markings (`내부 검토용`, `취급주의`, `열람 후 회수`, `초안 - 확정 전 인용 금지`).
- OCR noise on {c['flags'].get('ocr_noise', 0)} inline documents: full-width digits, `.`→`,`, look-alike syllables, dropped/doubled
  spaces, hard wraps, and spaces inside the cue itself (`공 개 구분`).
- Content-only documents of every non-public kind (징계의결서, 병가·진료기록, 조합비 명단, 수사·수용자 보고, 가사조사보고서,
  학교폭력 심의, 구급활동일지, 비상연락망, 개발 후보지 검토) and mention-only documents (보안 취급 요령, 정보공개 안내,
  송부 공문 whose attachment is 3급 비밀/대외비 sent separately, 인사발령 with `3급(부이사관)`, 비밀번호 변경 안내,
  재분류 공지, 보안감사 요약).
- Printed field disagrees with content (flag `printed_field_disagrees`): `공개` with full RRNs and accounts → partial
  `[OIDA-9-1-6, PIPA-24]` (flag `t_mislabeled`); `공개` on a 질병휴직/징계 notice → non_public `[OIDA-9-1-6, PIPA-23]`;
  `부분공개`/`비공개` printed on a routine notice naming only officials acting in office → public (flag `overcautious_field`).

## Label rules applied (from the pii-dev README, *Sensitivity set*)
- `marking` = the classification the document itself carries (`대외비`, `III급`, `II급`, `I급`, else `none`).
  Mention-only documents have `none`.
- Ⅰ/Ⅱ/Ⅲ급 비밀 → `non_public` with `OIDA-9-1-1` plus the content reason (-2, or -3 for facility protection).
- 대외비 → `non_public` with content reasons only (-3/-4/-5/-6/-8, PIPA-23); never `OIDA-9-1-1`.
- `OIDA-9-1-6` when private persons (or officials in a non-official capacity: discipline, health, union) are identifiable;
  names and posts of officials acting in office do not trigger it.
- `PIPA-24` only when an unmasked RRN or driver-licence number appears; masked RRNs (`850312-1******`) give -6 only.
- `PIPA-23` for health data, criminal convictions and trade-union membership.
- public → no reasons; partial → disclosable after removing personal/business data (-6, -7) or individual opinions (-5);
  non_public → the document itself is sensitive.
- When the printed field and the content agree the gold label equals the field; when they disagree the label follows content.

## Validation (performed by `make_set.py` on every run)
- Both JSONL files parse; ids are unique; record keys are exactly the README's; values come from the allowed sets;
  reasons are de-duplicated and in canonical order.
- Label consistency: public ⇒ no reasons and no marking; Ⅰ/Ⅱ/Ⅲ급 ⇒ non_public with -1 and -2/-3; -1 only with 비밀;
  대외비 ⇒ not public, content reasons only; PIPA-24 ⇒ -6; mention-only ⇒ public/none; PIPA-24 holds **iff** the
  extracted text contains a checksum-valid unmasked RRN or a driver-licence number.
- HWPX: zip test passes; `mimetype` is the first entry, stored, `application/hwp+zip`; version.xml, Contents/header.xml,
  Contents/section0.xml, Contents/content.hpf, META-INF/container.xml present; every XML part parses; `hp:header`/`hp:footer`,
  `hp:tbl` and `hp:rect` counts match the plan; the cue text is found in the `hp:t` text.
- PDF: `pdftotext` extracts the text; the cue is found (whitespace-insensitive, NFKC); the header/footer appear on
  every page together with a page number. Four glyphs missing from the CID fonts are substituted in PDFs only
  (`·`→`ㆍ`, `☑`→`■`, `☐`→`□`, `―`→`-`), and the validator applies the same substitution to the cue.
- Quotas: ≥200 records, ≥45 HWPX, ≥45 PDF, ≥10 대외비, ≥8 III급, ≥4 II급, ≥2 I급.
- Determinism: every `random.Random` is seeded with a string `sens_v-2026|<template>|<variant>[|…]`; no set/hash
  order is used; zip entries have fixed timestamps; PDFs are built with `invariant=1`. The set was generated twice with
  `PYTHONHASHSEED=1` and `PYTHONHASHSEED=987` and the MD5SUMS were identical.
- No classifier was run on this set.

## Caveats
- Template-generated; wording varies within and across templates but is far less varied than real documents.
- Labels encode one reasonable reading of 정보공개법 제9조 and 개인정보 보호법 제23·24조; not legal advice.
- Check-digit-valid RRNs are random and may coincide with real numbers; treat the files as sensitive-looking test data.

## Independence
To build this set I read only: `/work/shared/pii-dev/README.md` (label rules and JSONL format), and one public
code-search result list about the HWPX/OWPML format (openhwp/openhwp `docs/hwpx/09-header-schema.md` excerpt and
similar public HWPX notes) to confirm namespaces and the `hp:header`/`hp:ctrl` structure. Law content (정보공개법 제9조,
보안업무규정·시행규칙의 대외비·비밀 등급·예고문·사본번호, 개인정보 보호법 제23·24조, 기안문 결문 구성) was written from
general knowledge, consistent with the pii-dev README. I did not read, list or open anything under `/work/main`,
`/work/wt`, any other folder in `/work/evalsets` (other than this folder and `/work/evalsets/venv_sens_v`), or any
other file in `/work/shared`; I read no classifier code and no other evaluation set, and ran no classifier.
"""
    with open(out + "/README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
