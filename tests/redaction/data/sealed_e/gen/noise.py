"""Noise operators for span values and plain OCR text.

Every operator takes (value, rng) and returns the noisy value or None when it
does not apply. canon() undoes the operators so make_set.py can check that a
noisy span still encodes its clean value.
"""
import unicodedata

FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
HANGUL_DIGIT_REV = {v: k for k, v in HANGUL_DIGIT.items()}
HANGUL_DIGIT_REV["영"] = "0"
DASHES = "‐‑‒–—－"


def _isdig(c):
    return c.isdigit()


def fullwidth_digits(s, r):
    if not any(c.isdigit() for c in s):
        return None
    out = s.translate(FW_DIGITS)
    if "-" in out and r.random() < 0.6:
        out = out.replace("-", "－")
    return out


def unicode_hyphen(s, r):
    if "-" not in s:
        return None
    ch = r.choice(["‐", "－", "–", "‑"])
    if r.random() < 0.7:
        return s.replace("-", ch)
    i = r.choice([k for k, c in enumerate(s) if c == "-"])
    return s[:i] + ch + s[i + 1:]


def space_in_number(s, r):
    cands = [i for i in range(1, len(s)) if _isdig(s[i - 1]) and _isdig(s[i])]
    hy = [i for i, c in enumerate(s) if c == "-" and 0 < i < len(s) - 1]
    if hy and (not cands or r.random() < 0.5):
        i = r.choice(hy)
        rep = r.choice([" - ", " -", "- "])
        return s[:i] + rep + s[i + 1:]
    if not cands:
        return None
    i = r.choice(cands)
    return s[:i] + " " + s[i:]


def newline_in_number(s, r):
    hy = [i for i, c in enumerate(s) if c == "-" and 0 < i < len(s) - 1]
    if hy and r.random() < 0.7:
        i = r.choice(hy)
        return s[:i + 1] + "\n" + s[i + 1:]
    cands = [i for i in range(2, len(s) - 1) if _isdig(s[i - 1]) and _isdig(s[i])]
    if not cands:
        return None
    i = r.choice(cands)
    return s[:i] + "\n" + s[i:]


def ocr_O_for_0(s, r):
    idx = [i for i, c in enumerate(s) if c == "0"]
    if not idx:
        return None
    k = min(len(idx), r.choice([1, 1, 2]))
    pick = sorted(r.sample(idx, k))
    out = list(s)
    for i in pick:
        out[i] = r.choice(["O", "O", "o"])
    return "".join(out)


def ocr_l_for_1(s, r):
    idx = [i for i, c in enumerate(s) if c == "1"]
    if not idx:
        return None
    k = min(len(idx), r.choice([1, 1, 2]))
    pick = sorted(r.sample(idx, k))
    out = list(s)
    for i in pick:
        out[i] = r.choice(["l", "I", "l"])
    return "".join(out)


def spaced_name(s, r):
    if " " in s or not (2 <= len(s) <= 4) or not all("가" <= c <= "힣" for c in s):
        return None
    return " ".join(s)


def wrapped(s, r):
    idx = [i for i, c in enumerate(s) if c == " " and 0 < i < len(s) - 1]
    if not idx:
        return None
    i = r.choice(idx)
    return s[:i] + "\n" + s[i + 1:]


def email_space(s, r):
    if "@" not in s:
        return None
    i = s.index("@")
    if r.random() < 0.5:
        return s[:i + 1] + " " + s[i + 1:]
    j = s.rindex(".")
    return s[:j + 1] + " " + s[j + 1:]


def fullwidth_at(s, r):
    if "@" not in s:
        return None
    return s.replace("@", "＠")


def hangul_digits(s, r):
    if not any(c in HANGUL_DIGIT for c in s):
        return None
    out = []
    for c in s:
        if c in HANGUL_DIGIT:
            out.append(HANGUL_DIGIT[c])
        elif c == "-":
            out.append(" ")
        else:
            out.append(c)
    res = "".join(out)
    while "  " in res:
        res = res.replace("  ", " ")
    return res.strip()


OPS = {
    "fullwidth_digits": fullwidth_digits,
    "unicode_hyphen": unicode_hyphen,
    "space_in_number": space_in_number,
    "newline_in_number": newline_in_number,
    "ocr_O_for_0": ocr_O_for_0,
    "ocr_l_for_1": ocr_l_for_1,
    "spaced_name": spaced_name,
    "wrapped": wrapped,
    "email_space": email_space,
    "fullwidth_at": fullwidth_at,
    "hangul_digits": hangul_digits,
}

DIGIT_OPS = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number", "ocr_O_for_0",
             "ocr_l_for_1"]
BY_TYPE = {
    "PERSON": ["spaced_name", "wrapped"],
    "KR_ADDRESS": ["wrapped", "wrapped", "fullwidth_digits"],
    "EMAIL_ADDRESS": ["email_space", "fullwidth_at"],
    "IP_ADDRESS": ["fullwidth_digits", "ocr_O_for_0", "ocr_l_for_1"],
    "KR_VEHICLE_PLATE": ["fullwidth_digits", "space_in_number", "ocr_O_for_0"],
    "DATE_OF_BIRTH": ["fullwidth_digits", "ocr_O_for_0", "ocr_l_for_1", "space_in_number"],
    "KR_PASSPORT": ["fullwidth_digits", "space_in_number", "ocr_O_for_0", "ocr_l_for_1"],
}


def apply(op, s, r):
    out = OPS[op](s, r)
    if out is None or out == s:
        return None
    assert out == out.strip(), (op, s, out)
    return out


def random_noise(typ, s, r, n_ops=1):
    """apply up to n_ops random applicable operators; returns (value, tags)"""
    ops = list(BY_TYPE.get(typ, DIGIT_OPS))
    tags = []
    for _ in range(n_ops):
        r.shuffle(ops)
        for op in ops:
            if op in tags:
                continue
            out = apply(op, s, r)
            if out is not None:
                s = out
                tags.append(op)
                break
    return s, tags


def canon(s, tags):
    s = unicodedata.normalize("NFKC", s)
    for ch in DASHES:
        s = s.replace(ch, "-")
    if "ocr_O_for_0" in tags:
        s = s.replace("O", "0").replace("o", "0")
    if "ocr_l_for_1" in tags:
        s = s.replace("l", "1").replace("I", "1")
    if "hangul_digits" in tags:
        s = "".join(HANGUL_DIGIT_REV.get(c, c) for c in s)
        s = s.replace("-", "")
    return "".join(s.split())


# ---------------------------------------------------------------- plain OCR text noise
def plain_ocr(s, r, rate=1.0):
    """light OCR noise for text outside spans. Returns (text, tags)."""
    out = []
    tags = set()
    n = len(s)
    for i, c in enumerate(s):
        p = r.random()
        if c == "0" and p < 0.08 * rate:
            out.append("O")
            tags.add("plain_O_for_0")
        elif c == "1" and p < 0.08 * rate:
            out.append("l")
            tags.add("plain_l_for_1")
        elif c == "·" and p < 0.5:
            out.append("ㆍ")
            tags.add("plain_middot")
        elif c == " " and p < 0.04 * rate and 0 < i < n - 1 and s[i - 1] != "\n":
            tags.add("plain_dropped_space")
            continue
        elif ("가" <= c <= "힣") and i + 1 < n and ("가" <= s[i + 1] <= "힣") and p < 0.025 * rate:
            out.append(c + " ")
            tags.add("plain_inserted_space")
        elif c == "." and p < 0.05 * rate:
            out.append(",")
            tags.add("plain_period_comma")
        else:
            out.append(c)
    return "".join(out), sorted(tags)
