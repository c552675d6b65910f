"""Writes README.md for pii_i from stats.json (called by make_set.py)."""

GENRE_DESC = {
    "외국인 민원": "통합신청서 (외국인등록/체류기간 연장/체류지 변경): Latin surname/given-name fields, Hangul transcription, FRN, foreign passport, employer BRN",
    "신청서": "application forms: 주민등록 등·초본/전입, 여권발급, 운전면허 재발급·갱신·국제, 개인정보 동의서 (filled + blank), 계좌/카드 자동납부",
    "증명서": "재직증명서, 외국인등록사실증명, 운전경력증명서, 건강보험 자격득실 확인서",
    "명부·표": "rosters flattened to text: cells joined by space-pipe-space, bare pipe, edge pipes, tabs, or space-aligned; with and without header row",
    "CSV 내보내기": "CSV exports (members, foreigners, card payments, applicants, travellers)",
    "스캔 신분증(OCR)": "주민등록증, 운전면허증, 외국인등록증/영주증, Korean and foreign passport data pages; always OCR-noised",
    "공문": "공문 with 수신/제목/본문/붙임, 발신명의, 결재란 (line, two-line, table), 시행/우/전화/전송 footer",
    "회의록": "회의록: 참석자 lists, three speaker-tag styles",
    "보도자료·기사": "보도자료 (담당 부서 block) and news-style prose: ages in parentheses, titles, quotations, bylines",
    "민원 회신": "민원 처리 결과 통지 / 국민신문고 답변",
    "판결문": "criminal judgments, masked (A, 김○○, 주민등록번호 생략) and unmasked",
    "상담 녹취": "call-centre transcripts; phone numbers read out in Hangul digits, e-mails spelled (골뱅이/닷컴)",
    "시스템 로그": "application / access / mail logs; IPs, JSON bodies with RRNs, card numbers, SMS targets",
    "이메일·메신저": "e-mails (headers, signatures, spelled or obfuscated addresses) and KakaoTalk exports",
    "계약서": "contracts: 갑 = institution (not PII), 을 = private company (BRN, CRN, address, account, 대표자, 담당자)",
    "차량·교통": "과태료 사전통지서, 렌터카 대여계약서",
    "안내·공고(무PII)": "guides, 공고, statistics, FAQ, blank example forms: hard negatives only, no gold spans",
}


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write(path, st):
    L = []
    a = L.append
    nrec = st["records"]
    noisy_recs = sum(v["records"] for k, v in st["by_profile"].items() if k != "clean")
    a("# pii_i — independent Korean PII evaluation set (synthetic)\n")
    a("Independent evaluation set for a Korean PII detector working on public-sector documents. "
      "It follows the entity types, span rules and JSONL format of `/work/shared/pii-dev/README.md` "
      "(the *development* set's README) but was written without looking at the development data, "
      "its generator, the detector or any other evaluation set (see **Independence**). Every name, number "
      "and address is generated; nothing is copied from real documents.\n")
    a("## Files\n")
    a(table([["`make_set.py`", "Generator + validator. `python3 make_set.py` rebuilds everything; `--check` only re-validates the written files."],
             ["`gen_core.py`", "Name/number/address generators, check digits, document builder, noise operators."],
             ["`templates_a.py`, `templates_b.py`", "Document templates (forms, tables, CSV, OCR ID cards / 공문, 회의록, news, 민원, 판결문, calls, logs, e-mail, contracts, …)."],
             ["`pii_i.jsonl`", "%d records `{\"id\",\"text\",\"spans\":[{\"start\",\"end\",\"type\"}],\"genre\"}`, ids `pi-0001`…" % nrec],
             ["`pii_i.meta.jsonl`", "Per record: `template`, `genre`, `noise_profile`, `plain_noise` (tags of noise in non-span text), per span `kind`, `clean` value and `noise` tags, and `hard_negatives` (`start`,`end`,`category`,`text`)."],
             ["`stats.json`", "All counts below, machine-readable."],
             ["`MD5SUMS`", "md5 of the data files, generator sources and stats."]],
            ["file", "content"]))
    a("\nOffsets are Python `str` indices (code points). Spans are sorted, non-overlapping, never start or end with whitespace, "
      "and `text[start:end]` is exactly the (possibly noisy) surface string.\n")
    a("Determinism: all randomness comes from `random.Random` objects seeded with strings `\"pii_i-2026|…\"` "
      "(`|plan`, `|profile|<id>`, `|rec|<id>|<template>|try<k>`, `|noise|<id>|try<k>`); no set or hash order is used. "
      "The output was checked to be byte-identical under `PYTHONHASHSEED=0`, `12345` and `4242`.\n")

    a("## Composition\n")
    a("%d records, %d gold spans, %d records (%.1f %%) with no PII, %d records (%.1f %%) with a noise profile other than `clean`.\n" % (
        nrec, st["spans"], st["no_pii_records"], 100.0 * st["no_pii_records"] / nrec, noisy_recs, 100.0 * noisy_recs / nrec))
    a("### By genre\n")
    rows = []
    for g, v in sorted(st["by_genre"].items(), key=lambda kv: -kv[1]["records"]):
        rows.append([g, v["records"], v["no_pii"], v["noisy_records"], v["spans"], GENRE_DESC.get(g, "")])
    a(table(rows, ["genre", "records", "no PII", "noisy", "gold spans", "content"]))
    a("\n### By type\n")
    rows = []
    for t, n in st["by_type"].items():
        kinds = ", ".join("%s %d" % (k, c) for k, c in st["by_kind"][t].items())
        rows.append([t, n, st["noisy_spans_by_type"].get(t, 0), kinds])
    a(table(rows, ["type", "spans", "noisy spans", "kinds (meta `kind`)"]))
    a("\n### By noise profile\n")
    rows = [[k, v["records"], v["spans"], v["noisy_spans"]] for k, v in sorted(st["by_profile"].items(), key=lambda kv: -kv[1]["records"])]
    a(table(rows, ["profile", "records", "gold spans", "spans carrying noise"]))
    a("\n- `ocr`: each span gets one OCR operator with p = 0.5; non-span text gets hard wraps, split words, `·` → `.`/`ㆍ`, `:` variants.\n"
      "- `ocr_heavy`: p = 0.85 and sometimes two operators per span; used for 45 % of the scanned ID cards and about 5 % of the other document records.\n"
      "- `typing`: p = 0.4; full-width digits (IME), Unicode hyphens, spaces inside numbers, one digit group of a phone number typed as Hangul digits; double spaces in text.\n"
      "- `clean`: no noise (format variation such as `01012345678`, `010.1234.5678`, spelled phone numbers in transcripts is *not* counted as noise).\n")
    a("Span noise tags (meta `noise`): " + ", ".join("`%s` %d" % kv for kv in st["noise_tags"].items()) + ".\n")
    a("`confusable_letters` replaces digits with look-alike letters (`0→O/o/D`, `1→l/I/|`, `2→Z`, `5→S`, `6→b`, `8→B`, `9→g`); "
      "`hangul_digits` writes a digit run as 공일이삼…; `spaced_name` = `김 민 수`; `wrapped` = a line break at a space inside the value; "
      "`newline_in_number` = a line break after a hyphen or between digits; `email_at_variant` = `＠`, ` @ `; `email_ocr_confusion` = `m→rn`, `o→0`, `l→1` or `.`→`,`/` .`.\n")
    a("### Hard negatives (tagged in meta, never gold)\n")
    a(", ".join("`%s` %d" % kv for kv in st["hard_negatives"].items()) + ".\n")
    a("### Templates\n")
    a(", ".join("`%s` %d" % kv for kv in st["templates"].items()) + ".\n")

    a("## Labelling conventions\n")
    a("The rules of `/work/shared/pii-dev/README.md` are followed; in particular:\n")
    a("- Label every value of the 16 types that identifies or contacts a natural person or a private business: "
      "citizens, officials (기안자/검토자/결재권자, 담당자, 책임자, 판사, 검사, 변호사, 위원, 기자), 대표자, 예금주, 외국인. "
      "PERSON spans never include titles, particles or role labels (`⟦김민수⟧ 씨는`, `위원장(⟦김민수⟧)`, `⟦김민수⟧이고요`).\n"
      "- Officials' direct lines and the fax number in a 공문 footer, company numbers and all mobiles are PHONE_NUMBER; "
      "`대표전화`, 15xx/16xx/18xx numbers, short codes (110, 118, 120, 1345, …) and an institution's overseas call-centre number are not.\n"
      "- Officials' `@korea.kr` addresses and journalists' addresses are EMAIL_ADDRESS (they belong to persons).\n"
      "- Institution addresses (청사, 시청/구청, the 갑 of a contract) are hard negatives; the addresses of persons and of private companies (을, employer on a certificate) are KR_ADDRESS. "
      "Postal codes `(12345)` before and parenthetical references `(성산동, 한빛아파트)` after an address are outside the span.\n"
      "- KR_RRN includes masked forms (`850312-1******`, `●`, `X`, `x`) and post-Oct-2020 numbers (generated with a deliberately **invalid** check digit and a birth date ≥ 2020-10, used only for children: 자녀, 아동수당, 피부양자). Pre-2020 numbers have a valid check digit.\n"
      "- KR_FRN: gender digit 5–8, even registration-office digits, 12th digit 6–9, legacy check digit `(13 − Σ mod 11) mod 10` (same weights as the RRN).\n"
      "- KR_BRN, KR_CRN valid check digits; CREDIT_CARD Luhn-valid (Visa, Master, BC 94xx, JCB, local 9490/6243, Amex 15 digits); passports: Korean old `M12345678`, new `M123A4567` (prefixes M/S/R/G/D) and foreign formats; "
      "driver licences `11-18-123456-78`, `서울 18-123456-78`, `서울18-…`, 12 plain digits.\n"
      "- DATE_OF_BIRTH: only the date (`생`, labels outside). RRN/FRN prefixes are not labelled separately. Dates of events, issue/expiry dates, timestamps are hard negatives.\n"
      "- Not PII (hard negatives): `홍길동` and other form examples, `000000-0000000`, `00-00-000000-00`, `010-0000-0000`, example account `123-456-789012`, "
      "masked or anonymised persons (`김○○`, `이**`, `정 모`, `A씨`, `피고인 A`), office titles (`마포구청장`, `행정안전부장관`), company names (also as 예금주), "
      "document/receipt/case/bid/management numbers, statutes, amounts, fees, card expiry dates, approval numbers, order ids, system user ids, version numbers.\n")
    a("Conventions this set adds where the dev README is silent (all are identifiable through meta `kind`, so they can be excluded when scoring):\n")
    a("- **Spelled or spoken values** are one span over the whole spelled string: `공일공 일이삼사 오육칠팔` (`phone_spoken_hangul`), "
      "`010에 1234에 5678` (`phone_spoken_particle`), `010-일이삼사-5678` (`phone_written_hangul_mixed`), "
      "`minsu 점 kim 골뱅이 네이버 닷컴` (`email_spelled`), `minsu [at] naver [dot] com` (`email_obfuscated`), `85년 3월 12일` (`dob_spoken`). "
      "The meta `clean` field holds the canonical value.\n"
      "- **Name parts** in separate form fields (`Surname` / `Given names` of a foreign passport or 통합신청서) are two PERSON spans (`name_part_surname`, `name_part_given`).\n"
      "- Romanised Korean names (`LEE CHEOL TAE`, passport and 여권발급신청서 fields) are PERSON (`name_roman`). Foreign names appear in Latin (`NGUYEN VAN AN`, `Maria Clara Santos`) and Hangul (`응우옌 반 안`, `왕샤오밍`).\n"
      "- Passport-style birth dates (`12 3월/MAR 1985`, `21 AUG 1966`) are DATE_OF_BIRTH (`dob_passport`).\n"
      "- IP_ADDRESS is used only for addresses of users/clients (access logs, `src_ip`, `X-Originating-IP`); no server or institution IPs occur.\n")

    a("## Validation (run on every build and by `--check`)\n")
    a("- spans in range, sorted, non-overlapping, no whitespace at either edge, `text[start:end]` equal to the stored noisy string;\n"
      "- the noisy string reduces to the clean value (NFKC, hyphen variants, whitespace removal, look-alike letters and Hangul digits mapped back position by position; e-mail `rn→m`, `0→o`, `1→l`); spelled values are decoded and compared with `clean`;\n"
      "- format and check digits on the clean value: RRN (valid / post-2020 invalid with birth ≥ 2020-10 / masked with 6 mask characters), FRN, BRN, CRN, Luhn, passport, driver licence, phone, e-mail, plate, IP, account length, DOB;\n"
      "- every other occurrence of a labelled string in the same record lies inside a span (templates are regenerated with a new deterministic sub-seed if, e.g., a generated given name also occurs as an ordinary word);\n"
      "- outside spans and tagged hard negatives there is no mobile number, e-mail, `######-#######`, 16-digit card shape or IPv4 (after NFKC);\n"
      "- hard negatives never overlap gold spans; ≥ 400 records; exactly the README's JSONL keys.\n")

    a("## Independence\n")
    a("What I read:\n"
      "- `/work/shared/pii-dev/README.md` only (entity types, span rules, JSONL format, list of non-PII categories).\n"
      "- Public sources through the `search` tool, used only to check formats: news and local-government pages on the 2021 passport-number change "
      "(`M12345678 → M123A4567`, prefix letters M/S/R/G/D; passport.go.kr 여권이야기, busanjin.go.kr, news articles), a wiki/blog description of the driver-licence number "
      "(`지역-연도-일련번호-검증·재발급`, region codes 11 서울 …), and a public code snippet for the legacy 외국인등록번호 check (even office digits, 12th digit 6–9, +2 variant of the RRN check).\n")
    a("What I did not read or run:\n"
      "- nothing under `/work/main`, `/work/wt`, `/work/shared/klue-ner`; no `*.jsonl`, `make_dev.py`, `score.py` or `baseline.py` in `/work/shared/pii-dev`; no other file in `/work/shared`;\n"
      "- no other folder under `/work/evalsets` (one early shell command `ls /work/evalsets/ | head -0` was issued while creating this folder; its output was discarded by `head -0`, so no names were seen);\n"
      "- no detector code, rules, tests or predictions. Nothing was scored against any detector.\n")
    a("## Caveats\n")
    a("- Synthetic and template-based: scores measure convention-following and robustness to the listed noise, not real-world accuracy.\n"
      "- Random check-digit-valid numbers may coincide with real ones; treat the files as sensitive-looking test data.\n"
      "- Names are random surname + syllable combinations; road names do not match the real districts.\n"
      "- The spelled-value and name-part conventions above go beyond the dev README; filter by meta `kind` if a different convention is wanted.\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
