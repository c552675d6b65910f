"""Record builder: text is assembled from plain strings, entity pieces (E) and
tagged hard-negative pieces (N); offsets are tracked while appending, so every
span is exact by construction (and re-checked in make_set.py)."""
import re

from . import noise as NZ

# particle markers such as "{은}" are resolved against the text written so far
# (skipping a trailing parenthetical), so particles agree with random names/numbers.
JOSA_PAIRS = [("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("으로", "로"), ("이라고", "라고"),
              ("이요", "요"), ("이며", "며"), ("이다", "다"), ("이었다", "였다"), ("이나", "나"), ("이에요", "예요")]
JOSA = {}
for _a, _b in JOSA_PAIRS:
    JOSA[_a] = (_a, _b)
    JOSA[_b] = (_a, _b)
MARK_RE = re.compile(r"\{(" + "|".join(sorted(JOSA, key=len, reverse=True)) + r")\}")
DIGIT_BATCHIM = {"0": "y", "1": "l", "2": "", "3": "y", "4": "", "5": "", "6": "y", "7": "l", "8": "l", "9": ""}


def _anchor(ctx):
    while True:
        ctx = ctx.rstrip("」』\"'”’")
        if ctx.endswith(")"):
            depth = 0
            for i in range(len(ctx) - 1, -1, -1):
                if ctx[i] == ")":
                    depth += 1
                elif ctx[i] == "(":
                    depth -= 1
                    if depth == 0:
                        ctx = ctx[:i]
                        break
            else:
                return ""
            continue
        return ctx[-1] if ctx else ""


def _batchim(ch):
    if "가" <= ch <= "힣":
        b = (ord(ch) - 0xAC00) % 28
        return "" if b == 0 else ("l" if b == 8 else "y")
    if ch in DIGIT_BATCHIM:
        return DIGIT_BATCHIM[ch]
    if ch in "lL":
        return "l"
    if ch in "mnMN":
        return "y"
    return ""


def resolve_josa(prev, s):
    out, last = [], 0
    for m in MARK_RE.finditer(s):
        out.append(s[last:m.start()])
        b = _batchim(_anchor(prev + "".join(out)))
        a, nb = JOSA[m.group(1)]
        if a == "으로":
            out.append("으로" if b == "y" else "로")
        else:
            out.append(a if b else nb)
        last = m.end()
    out.append(s[last:])
    return "".join(out)


class E:
    __slots__ = ("type", "clean", "kind", "noise", "noisy", "tags", "fixed")

    def __init__(self, type, clean, kind, noise=None, noisy=None, tags=None, fixed=False):
        self.type = type
        self.clean = clean
        self.kind = kind
        self.noise = noise          # list of op names to apply deterministically
        self.noisy = noisy          # explicit noisy rendering
        self.tags = tags or []      # tags for explicit noisy rendering
        self.fixed = fixed          # never apply random noise


class N:
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        self.text = text
        self.cat = cat


class Doc:
    def __init__(self, r, ocr=False, spot_rate=0.0):
        self.r = r
        self.buf = []
        self.pos = 0
        self.spans = []
        self.negs = []
        self.ocr = ocr
        self.spot_rate = spot_rate
        self.plain_tags = set()

    # ------------------------------------------------------------
    def add(self, *pieces):
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, str):
                self._plain(p)
            elif isinstance(p, E):
                self._ent(p)
            elif isinstance(p, N):
                self._neg(p)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                raise TypeError(p)
        return self

    __call__ = add

    def _plain(self, s):
        if "{" in s:
            s = resolve_josa("".join(self.buf[-8:]), s)
        if self.ocr and s:
            s, tags = NZ.plain_ocr(s, self.r)
            self.plain_tags.update(tags)
        self.buf.append(s)
        self.pos += len(s)

    def _neg(self, n):
        start = self.pos
        self.buf.append(n.text)
        self.pos += len(n.text)
        self.negs.append(dict(start=start, end=self.pos, category=n.cat, text=n.text))

    def _ent(self, e):
        r = self.r
        val, tags = e.clean, []
        if e.noisy is not None:
            val, tags = e.noisy, list(e.tags)
        elif e.noise:
            for op in e.noise:
                out = NZ.apply(op, val, r)
                if out is not None:
                    val = out
                    tags.append(op)
        elif not e.fixed:
            if self.ocr and r.random() < 0.6:
                val, tags = NZ.random_noise(e.type, val, r, n_ops=r.choice([1, 1, 2]))
            elif self.spot_rate and r.random() < self.spot_rate:
                val, tags = NZ.random_noise(e.type, val, r, n_ops=1)
        assert val and val == val.strip(), (e.type, val)
        start = self.pos
        self.buf.append(val)
        self.pos += len(val)
        self.spans.append(dict(start=start, end=self.pos, type=e.type, kind=e.kind, clean=e.clean,
                               noise=tags))

    def text(self):
        return "".join(self.buf)
