"""One-off editing aid (scratch): rewrites the check digit of RRN/FRN/BRN/CRN/card values typed by hand in
handwritten.py so that pre-2020 RRNs, FRNs, BRNs, CRNs and unmasked cards are valid and post-2020 RRNs are
not.  Only the last digit of each value is touched; the rest of the documents stays as typed."""
import re, sys, datetime
sys.dont_write_bytecode = True
sys.path.insert(0, ".")
import make_set as m

src = open("handwritten.py", encoding="utf-8").read()
changed = 0


def fix(mo):
    global changed
    alias, sub, noise, val = mo.group(1), mo.group(2), mo.group(3), mo.group(4)
    typ = m.ALIAS.get(alias, alias)
    if typ not in ("KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD"):
        return mo.group(0)
    conf = "confusable_letters" in m.detect_noise(typ, val) or (noise and "confusable" in noise)
    c = m.numnorm(val, True)
    if re.search(m.MASK_RE, c):
        return mo.group(0)
    d = re.sub(r"\D", "", c)
    if typ in ("KR_RRN", "KR_FRN"):
        if len(d) != 13:
            print("LEN?", val); return mo.group(0)
        body = d[:12]
        if typ == "KR_FRN":
            want = m.frn_check(body)
        else:
            b = m.valid_date(m.century(int(d[6])) + int(d[:2]), int(d[2:4]), int(d[4:6]))
            if b is None:
                print("DATE?", val); return mo.group(0)
            if b >= datetime.date(2020, 10, 1):
                want = int(d[12]) if int(d[12]) != m.rrn_check(body) else (m.rrn_check(body) + 1) % 10
            else:
                want = m.rrn_check(body)
    elif typ == "KR_BRN":
        want = m.brn_check(d[:9])
    elif typ == "KR_CRN":
        want = m.crn_check(d[:12])
    else:
        want = int(m.luhn_complete(d[:-1])[-1])
    # locate last digit-like character
    for i in range(len(val) - 1, -1, -1):
        ch = val[i]
        if ch.isdigit() or ch in m.FW_DIG or ch in m.CONF:
            break
    cur = m.FW_DIG.get(ch, m.CONF.get(ch, ch))
    if int(cur) == want:
        return mo.group(0)
    new = chr(0xFF10 + want) if ch in m.FW_DIG else str(want)
    changed += 1
    nv = val[:i] + new + val[i + 1:]
    return mo.group(0).replace(":" + val + "⟧", ":" + nv + "⟧")


out = m.MARK_RE.sub(lambda mo: fix(mo) if mo.group(1) else mo.group(0), src)
open("handwritten.py", "w", encoding="utf-8").write(out)
print("check digits rewritten:", changed)
