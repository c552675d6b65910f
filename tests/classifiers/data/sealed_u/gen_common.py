"""Shared helpers for the sens_u generator: RNG, name pools, identifiers, stamps, doc model."""
import random

SEED_PREFIX = "sens_u-2026"

# characters that the CID fonts used for PDF rendering cannot show -> safe equivalents
SAFE_MAP = {"\u00b7": "\u318d", "\u2010": "-", "\u223c": "~", "\u2611": "\u25a0", "\u2713": "V",
            "\u2026": "...", "\u30fb": "\u318d", "\u2027": "\u318d"}


def safe(s):
    return "".join(SAFE_MAP.get(ch, ch) for ch in s)


def rng_for(template, variant):
    return random.Random(f"{SEED_PREFIX}|{template}|{variant}")


SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
            "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하",
            "곽", "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채", "원", "천", "방", "공", "현",
            "남궁", "황보", "선우", "제갈"]
GIVEN = ["민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "지호", "수아", "예준", "시우", "하은",
         "건우", "채원", "현우", "지민", "유진", "승민", "정훈", "미경", "영숙", "상철", "경희", "동현",
         "성호", "혜진", "재원", "보람", "태식", "순자", "광수", "명희", "진영", "규리", "한결", "다온",
         "윤서", "준혁", "소희", "기철", "정란", "용석", "선화", "인호", "문정", "철민", "나래", "석진"]


def person(r):
    return r.choice(SURNAMES) + r.choice(GIVEN)


def masked(r):
    s = r.choice(SURNAMES)
    return r.choice([s + "○○", s + "**", s + " 모 씨", s + "○○"])


REGIONS = [("서울특별시", ["종로구", "마포구", "강서구", "노원구", "송파구"]),
           ("부산광역시", ["해운대구", "사하구", "동래구"]),
           ("대구광역시", ["수성구", "달서구"]),
           ("광주광역시", ["북구", "광산구"]),
           ("대전광역시", ["유성구", "서구"]),
           ("경기도", ["수원시 영통구", "고양시 일산동구", "안산시 단원구", "평택시"]),
           ("충청북도", ["청주시 흥덕구", "충주시"]),
           ("전라남도", ["순천시", "여수시"]),
           ("경상북도", ["포항시 북구", "구미시"]),
           ("강원특별자치도", ["춘천시", "원주시"])]
ROADS = ["한누리대로", "중앙로", "새말길", "솔샘로", "가람로", "버들길", "청송로", "매화길", "은행나무로", "강변북길"]


def address(r):
    sido, gus = r.choice(REGIONS)
    return f"{sido} {r.choice(gus)} {r.choice(ROADS)} {r.randint(3, 299)}, {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"


def mobile(r):
    return f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"


def _rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return str((11 - s % 11) % 10)


def birth(r, lo=1960, hi=1999):
    y = r.randint(lo, hi)
    return y, r.randint(1, 12), r.randint(1, 28)


def rrn(r):
    y, m, d = birth(r)
    g = r.choice("12")
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randint(0, 99999):05d}"
    return body[:6] + "-" + body[6:] + _rrn_check(body)


def rrn_masked(r):
    y, m, d = birth(r)
    return f"{y % 100:02d}{m:02d}{d:02d}-{r.choice('12')}" + r.choice(["******", "●●●●●●", "XXXXXX"])


BANKS = [("국민은행", (6, 2, 6)), ("신한은행", (3, 3, 6)), ("우리은행", (4, 3, 6)), ("농협은행", (3, 4, 4, 2)),
         ("하나은행", (3, 6, 5)), ("기업은행", (3, 6, 2, 3))]


def account(r):
    b, shape = r.choice(BANKS)
    return b, "-".join("".join(str(r.randint(0, 9)) for _ in range(n)) for n in shape)


def passport(r):
    return r.choice("MS") + "".join(str(r.randint(0, 9)) for _ in range(8))


def dl(r):
    return f"{r.randint(11, 28)}-{r.randint(10, 24)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"


def ymd(r, y0=2024, y1=2026, style=None):
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    style = style if style is not None else r.randint(0, 2)
    if style == 0:
        return f"{y}. {m}. {d}."
    if style == 1:
        return f"{y}.{m:02d}.{d:02d}."
    return f"{y}년 {m}월 {d}일"


def old_date(r, y0=1993, y1=2006):
    y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}. {m}. {d}.", f"{y % 100}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}"])


def docno(r, dept):
    return f"{dept}-{r.randint(120, 9800)}"


def won(r, lo, hi, step=1000):
    return f"{r.randrange(lo, hi, step):,}원"


# ---------------------------------------------------------------- stamps
DAEOEBI_STAMPS = ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "<대외비>", "대외비 문서"]
GRADE_STAMPS = {
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀", "3급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"],
}


def stamp_for(r, marking, until=None):
    if marking == "대외비":
        s = r.choice(DAEOEBI_STAMPS)
        if until and r.random() < 0.4:
            s = r.choice([f"{until}까지 대외비", f"대외비(보호기간: {until}까지)"])
        return s
    return r.choice(GRADE_STAMPS[marking])


def yego(r, marking, until):
    g = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[marking]
    return r.choice([f"예고문: {until}까지 {g}, 이후 일반문서로 재분류",
                     f"예고문 : {until} 일반문서로 재분류",
                     f"(예고문) {until}까지 {g}, 이후 파기"])


def copyno(r):
    return r.choice([f"사본번호: {r.randint(1, 9)}/{r.randint(10, 15)}", f"사본 제{r.randint(1, 6)}호",
                     f"사본번호 {r.randint(1, 5)}번"])


# ---------------------------------------------------------------- doc model
class Doc:
    """Structured document. blocks: ('p',text) ('table',rows,style) ('box',text) ('fn',text) ('page',)"""

    def __init__(self, title, header=None, footer=None):
        self.title = title
        self.header = header
        self.footer = footer
        self.blocks = []

    def p(self, *texts):
        for t in texts:
            self.blocks.append(("p", t))
        return self

    def table(self, rows, style="bar"):
        self.blocks.append(("table", [list(x) for x in rows], style))
        return self

    def box(self, text):
        self.blocks.append(("box", text))
        return self

    def fn(self, text):
        self.blocks.append(("fn", text))
        return self

    def page(self):
        self.blocks.append(("page",))
        return self

    def npages(self):
        return 1 + sum(1 for b in self.blocks if b[0] == "page")

    def sanitize(self):
        self.title = safe(self.title)
        self.header = safe(self.header) if self.header else self.header
        self.footer = safe(self.footer) if self.footer else self.footer
        nb = []
        for b in self.blocks:
            if b[0] == "table":
                nb.append(("table", [[safe(c) for c in row] for row in b[1]], b[2]))
            elif b[0] == "page":
                nb.append(b)
            else:
                nb.append((b[0], safe(b[1])))
        self.blocks = nb

    def to_text(self, table_sep=" | "):
        pages = [[]]
        for b in self.blocks:
            if b[0] == "page":
                pages.append([])
            else:
                pages[-1].append(b)
        out = []
        n = len(pages)
        for i, blocks in enumerate(pages):
            lines = []
            if self.header:
                lines.append(self.header)
                lines.append("")
            if i == 0:
                lines.append(self.title)
                lines.append("")
            notes = []
            for b in blocks:
                if b[0] == "p":
                    lines.append(b[1])
                elif b[0] == "box":
                    lines.append("┌ " + b[1] + " ┐")
                elif b[0] == "fn":
                    notes.append(b[1])
                elif b[0] == "table":
                    sep = {"bar": " | ", "tab": "\t", "pipe": "|"}[b[2]] if b[2] in ("bar", "tab", "pipe") else table_sep
                    for row in b[1]:
                        lines.append(sep.join(c.replace("\n", " ") for c in row))
                    lines.append("")
            if notes:
                lines.append("―――――")
                for k, t in enumerate(notes, 1):
                    lines.append(f"{k}) {t}" if not t.startswith(("*", "※", "주")) else t)
            if n > 1:
                lines.append(f"- {i + 1} -")
            if self.footer:
                lines.append(self.footer)
            out.append("\n".join(lines).strip("\n"))
        return "\n\n".join(out) + "\n"


def ocr_noise(r, text, rate=0.04):
    """Light OCR-like noise: spaced syllables, swapped look-alike characters, broken lines."""
    swaps = {"0": "O", "1": "l", "공": "공", "ㆍ": ".", ":": ";", "·": "."}
    out = []
    for ch in text:
        x = r.random()
        if ch in swaps and x < rate:
            out.append(swaps[ch])
        elif "가" <= ch <= "힣" and x < rate / 2:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def sort_reasons(rs):
    order = {f"OIDA-9-1-{i}": i for i in range(1, 9)}
    order.update({"PIPA-23": 20, "PIPA-24": 21})
    return sorted(set(rs), key=lambda x: order[x])


def R(doc, disc, marking, reasons, genre, cue, loc, cue_text, flags=()):
    return {"doc": doc, "disclosure": disc, "marking": marking, "reasons": sort_reasons(reasons),
            "genre": genre, "cue": cue, "cue_location": loc, "cue_text": cue_text, "flags": list(flags)}
