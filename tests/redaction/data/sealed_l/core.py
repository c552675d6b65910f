# -*- coding: utf-8 -*-
"""pii_l core: document builder, value generators, noise.

Standard library only.  Every random choice goes through a random.Random
instance that the caller seeds with a string, so output never depends on
hash order or PYTHONHASHSEED.
"""
import datetime
import re

# ---------------------------------------------------------------------------
# items placed into a document
# ---------------------------------------------------------------------------


class P(object):
    """A labelled PII value.  text = surface string (possibly noisy)."""
    __slots__ = ("type", "text", "kind", "noise", "canon", "fmt")

    def __init__(self, type_, text, kind, canon=None, noise=(), fmt=""):
        self.type = type_
        self.text = text
        self.kind = kind
        self.canon = text if canon is None else canon
        self.noise = tuple(noise)
        self.fmt = fmt

    def with_text(self, text, add_noise=(), fmt=None):
        return P(self.type, text, self.kind, self.canon,
                 tuple(self.noise) + tuple(add_noise),
                 self.fmt if fmt is None else fmt)

    def __repr__(self):
        return "P(%s,%r)" % (self.type, self.text)


class N(object):
    """A tagged hard negative (left unlabelled in the gold file)."""
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        self.text = text
        self.cat = cat


_PH = re.compile(r"\{(\d+)\}")


class Doc(object):
    def __init__(self, rng=None, ocr=False):
        self.buf = []
        self.n = 0
        self.spans = []   # (start, end, P)
        self.negs = []    # (start, end, N)
        self.rng = rng
        self.ocr = ocr
        self.ocr_strength = 0.65

    def _put(self, s):
        if not s:
            return
        if self.ocr and self.rng is not None:
            s = ocr_plain(s, self.rng)
        self.buf.append(s)
        self.n += len(s)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._put(it)
            elif isinstance(it, P):
                if self.ocr and self.rng is not None:
                    it = ocr_value(it, self.rng, self.ocr_strength)
                s = self.n
                self.buf.append(it.text)
                self.n += len(it.text)
                self.spans.append((s, self.n, it))
            elif isinstance(it, N):
                s = self.n
                self.buf.append(it.text)
                self.n += len(it.text)
                self.negs.append((s, self.n, it))
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError(repr(it))
        return self

    def f(self, fmt, *args):
        pos = 0
        for m in _PH.finditer(fmt):
            self._put(fmt[pos:m.start()])
            self.add(args[int(m.group(1))])
            pos = m.end()
        self._put(fmt[pos:])
        return self

    def ln(self, fmt="", *args):
        self.f(fmt, *args)
        self.buf.append("\n")
        self.n += 1
        return self

    def text(self):
        return "".join(self.buf)


def seq(*items):
    """Concatenate items (str/P/N) into a list usable as one argument."""
    return list(items)


def join(items, sep):
    out = []
    for k, it in enumerate(items):
        if k:
            out.append(sep)
        out.append(it)
    return out


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------

SUR1 = ("김 김 김 김 김 김 김 김 이 이 이 이 이 이 이 박 박 박 박 최 최 최 정 정 정 강 강 "
        "조 조 윤 윤 장 장 임 임 한 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 "
        "허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 "
        "여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 편 용 "
        "봉 경 태").split()
SUR2 = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 민재 "
         "현준 연우 유준 정우 승우 승현 시윤 준혁 은우 지환 승민 유찬 태윤 동현 재훈 "
         "상훈 지훈 성진 성민 영수 영호 영철 정호 성호 상철 병철 재석 기현 종민 태호 "
         "석진 용준 광수 진우 형준 대현 민혁 경수 상우 재원 규현 한결 서연 서윤 지우 "
         "서현 민서 하은 하윤 윤서 지유 지민 채원 수아 다은 은서 예은 수빈 소율 예린 "
         "지아 경희 미경 정희 영희 영숙 명숙 은정 미영 현주 혜진 은영 수진 지영 유진 "
         "소연 나연 보람 다인 세영 가은 민지 수현 예지 주희 정민 혜원 은비 선영 미정 "
         "순자 옥자 인호 동훈 세진 가윤 태민 준기 승연 희정 도현 재민 원석 선희 종숙 "
         "병규 광호 명호 수민 혜린 유나 아린 채은 시은 나은 윤아 소희").split()
GIVEN1 = ["민", "진", "현", "훈", "결", "윤", "혁", "준", "란"]

ROM = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
    "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
    "류": "ryu", "전": "jeon", "홍": "hong", "고": "ko", "문": "moon", "양": "yang",
    "손": "son", "배": "bae", "백": "baek", "허": "heo", "유": "yoo", "남": "nam",
    "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha",
    "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
    "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang",
    "공": "kong", "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo",
    "추": "choo", "도": "do", "석": "seok", "선": "sun", "설": "seol", "마": "ma",
    "길": "gil", "연": "yeon", "위": "wi", "표": "pyo", "명": "myung", "기": "ki",
    "반": "ban", "왕": "wang", "금": "keum", "옥": "ok", "육": "yook", "인": "in",
    "맹": "maeng", "제": "je", "탁": "tak", "국": "kook", "어": "eo", "편": "pyun",
    "용": "yong", "봉": "bong", "경": "kyung", "태": "tae",
    "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal",
    "독고": "dokgo", "사공": "sagong", "서문": "seomun",
}
ROMG = {
    "민": "min", "준": "jun", "서": "seo", "도": "do", "윤": "yun", "예": "ye", "시": "si",
    "우": "woo", "하": "ha", "주": "ju", "원": "won", "지": "ji", "호": "ho", "후": "hu",
    "건": "geon", "현": "hyun", "진": "jin", "재": "jae", "연": "yeon", "유": "yu",
    "정": "jung", "승": "seung", "혁": "hyuk", "은": "eun", "환": "hwan", "찬": "chan",
    "태": "tae", "동": "dong", "훈": "hoon", "상": "sang", "성": "sung", "영": "young",
    "수": "su", "철": "chul", "병": "byung", "석": "seok", "기": "ki", "종": "jong",
    "용": "yong", "광": "kwang", "형": "hyung", "대": "dae", "경": "kyung", "규": "kyu",
    "한": "han", "결": "gyeol", "희": "hee", "미": "mi", "숙": "sook", "명": "myung",
    "채": "chae", "아": "a", "다": "da", "소": "so", "율": "yul", "린": "rin", "나": "na",
    "보": "bo", "람": "ram", "인": "in", "세": "se", "가": "ga", "혜": "hye", "비": "bi",
    "선": "sun", "순": "soon", "자": "ja", "옥": "ok", "빈": "bin", "란": "ran",
}
HANJA = {
    "김": "金", "이": "李", "박": "朴", "최": "崔", "정": "鄭", "강": "姜", "조": "趙",
    "윤": "尹", "장": "張", "임": "林", "한": "韓", "오": "吳", "서": "徐", "신": "申",
    "권": "權", "황": "黃", "안": "安", "송": "宋", "류": "柳", "전": "全", "홍": "洪",
    "고": "高", "문": "文", "양": "梁", "손": "孫", "배": "裵", "백": "白", "허": "許",
    "유": "劉", "남": "南",
}
HANJAG = {
    "민": "敏", "준": "俊", "서": "瑞", "도": "道", "윤": "允", "예": "藝", "시": "時",
    "우": "宇", "하": "夏", "주": "周", "원": "元", "지": "志", "호": "浩", "후": "厚",
    "건": "建", "현": "賢", "진": "眞", "재": "在", "연": "延", "유": "裕", "정": "正",
    "승": "承", "혁": "赫", "은": "恩", "환": "煥", "찬": "燦", "태": "泰", "동": "東",
    "훈": "勳", "상": "相", "성": "成", "영": "英", "수": "秀", "철": "哲", "병": "炳",
    "석": "錫", "기": "基", "종": "鍾", "용": "龍", "광": "光", "형": "亨", "대": "大",
    "경": "景", "규": "奎", "희": "熙", "미": "美", "숙": "淑", "명": "明", "채": "彩",
    "아": "雅", "다": "多", "소": "昭", "인": "仁", "세": "世", "가": "佳", "혜": "惠",
    "선": "善", "순": "順", "자": "子", "옥": "玉",
}

# (latin, hangul, ISO3, 국적 in Korean, passport style)
FOREIGN = [
    ("NGUYEN VAN HUNG", "응우옌 반 흥", "VNM", "베트남", "vn"),
    ("TRAN THI LAN", "쩐 티 란", "VNM", "베트남", "vn"),
    ("PHAM MINH TUAN", "팜 민 뚜언", "VNM", "베트남", "vn"),
    ("LE THI HOA", "레 티 호아", "VNM", "베트남", "vn"),
    ("DO VAN KHANH", "도 반 카인", "VNM", "베트남", "vn"),
    ("WANG LEI", "왕레이", "CHN", "중국", "cn"),
    ("ZHANG WEI", "장웨이", "CHN", "중국", "cn"),
    ("CHEN JING", "천징", "CHN", "중국", "cn"),
    ("LI XIAOMEI", "리샤오메이", "CHN", "중국", "cn"),
    ("SATO YUKI", "사토 유키", "JPN", "일본", "jp"),
    ("TANAKA HIROSHI", "다나카 히로시", "JPN", "일본", "jp"),
    ("MICHAEL JOHNSON", "마이클 존슨", "USA", "미국", "us"),
    ("SARAH MILLER", "세라 밀러", "USA", "미국", "us"),
    ("DAVID BROWN", "데이비드 브라운", "GBR", "영국", "gb"),
    ("OLGA PETROVA", "올가 페트로바", "RUS", "러시아", "ru"),
    ("DMITRY IVANOV", "드미트리 이바노프", "RUS", "러시아", "ru"),
    ("BATBAYAR GANBOLD", "바트바야르 간볼드", "MNG", "몽골", "mn"),
    ("AHMED KHAN", "아흐메드 칸", "PAK", "파키스탄", "pk"),
    ("RAM BAHADUR THAPA", "람 바하두르 타파", "NPL", "네팔", "np"),
    ("MARIA SANTOS", "마리아 산토스", "PHL", "필리핀", "ph"),
    ("JUAN DELA CRUZ", "후안 델라 크루스", "PHL", "필리핀", "ph"),
    ("SOMCHAI SRISUK", "솜차이 스리숙", "THA", "태국", "th"),
    ("ALISHER KARIMOV", "알리셰르 카리모프", "UZB", "우즈베키스탄", "uz"),
    ("SITI RAHAYU", "시티 라하유", "IDN", "인도네시아", "id"),
    ("KHIN MAUNG AYE", "킨 마웅 에", "MMR", "미얀마", "mm"),
    ("ANNA SCHMIDT", "안나 슈미트", "DEU", "독일", "de"),
    ("PIERRE MARTIN", "피에르 마르탱", "FRA", "프랑스", "fr"),
    ("SOK CHANTHA", "속 찬타", "KHM", "캄보디아", "kh"),
    ("NURLAN ABDRAKHMANOV", "누를란 압드라흐마노프", "KAZ", "카자흐스탄", "kz"),
    ("EMILY CLARKE", "에밀리 클라크", "CAN", "캐나다", "ca"),
]

FORBIDDEN_NAMES = {"홍길동"}


def kname(rng, allow_short=True):
    while True:
        r = rng.random()
        if r < 0.06:
            s = rng.choice(SUR2)
            g = rng.choice(GIVEN1) if (allow_short and rng.random() < 0.35) else rng.choice(GIVEN)
        else:
            s = rng.choice(SUR1)
            g = rng.choice(GIVEN)
        n = s + g
        if n not in FORBIDDEN_NAMES:
            return n


def surname_of(name):
    if name[:2] in SUR2:
        return name[:2]
    return name[:1]


def person(rng, name=None, kind=None):
    n = name or kname(rng)
    k = kind or ("ko_compound_surname" if n[:2] in SUR2 else "ko_name")
    return P("PERSON", n, k)


def hanja_of(name):
    s = surname_of(name)
    g = name[len(s):]
    if s not in HANJA:
        return None
    out = HANJA[s]
    for ch in g:
        if ch not in HANJAG:
            return None
        out += HANJAG[ch]
    return out


def romanize(name, style="given_first"):
    s = surname_of(name)
    g = name[len(s):]
    rs = ROM.get(s, "k")
    rg = "".join(ROMG.get(ch, "a") for ch in g)
    return rs, rg


def foreign(rng):
    return rng.choice(FOREIGN)


def fperson(latin_or_hangul, kind):
    return P("PERSON", latin_or_hangul, kind)


def title_case(latin):
    return " ".join(w[:1] + w[1:].lower() for w in latin.split())


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (11 - s % 11) % 10


def frn_check(d12):
    s = sum(int(a) * b for a, b in zip(d12, W_RRN))
    return (13 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_digit(partial):
    total = 0
    for k, ch in enumerate(reversed(partial)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def luhn_ok(num):
    total = 0
    for k, ch in enumerate(reversed(num)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------


def rand_date(rng, y0, y1, m0=1, m1=12):
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(m0 if y == y0 else 1, m1 if y == y1 else 12)
        d = rng.randint(1, 28 if rng.random() < 0.8 else 31)
        try:
            return datetime.date(y, m, d)
        except ValueError:
            continue


MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

DOB_FORMS = ["dots_spaced", "korean", "iso", "dots_padded", "dots_nodot", "yy_dots",
             "yymmdd", "yyyymmdd", "slash", "passport", "korean_padded", "dots_short"]


def fmt_date(dt, form):
    y, m, d = dt.year, dt.month, dt.day
    if form == "dots_spaced":
        return "%d. %d. %d." % (y, m, d)
    if form == "korean":
        return "%d년 %d월 %d일" % (y, m, d)
    if form == "korean_padded":
        return "%d년 %02d월 %02d일" % (y, m, d)
    if form == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if form == "dots_padded":
        return "%d.%02d.%02d." % (y, m, d)
    if form == "dots_nodot":
        return "%d.%02d.%02d" % (y, m, d)
    if form == "dots_short":
        return "%d.%d.%d" % (y, m, d)
    if form == "yy_dots":
        return "%02d.%02d.%02d" % (y % 100, m, d)
    if form == "yymmdd":
        return "%02d%02d%02d" % (y % 100, m, d)
    if form == "yyyymmdd":
        return "%d%02d%02d" % (y, m, d)
    if form == "slash":
        return "%d/%02d/%02d" % (y, m, d)
    if form == "passport":
        return "%02d %s %d" % (d, MON_EN[m - 1], y)
    if form == "passport_ko":
        return "%02d %d월/%s %d" % (d, m, MON_EN[m - 1], y)
    if form == "yy_korean":
        return "%02d년 %d월 %d일" % (y % 100, m, d)
    raise ValueError(form)


def dob(rng, dt=None, form=None, y0=1945, y1=2006):
    dt = dt or rand_date(rng, y0, y1)
    form = form or rng.choice(DOB_FORMS)
    return P("DATE_OF_BIRTH", fmt_date(dt, form), "dob_" + form, dt.isoformat(), fmt=form)


def doc_date(rng, form=None, y0=2023, y1=2026):
    dt = rand_date(rng, y0, y1)
    form = form or rng.choice(["dots_spaced", "korean", "iso", "dots_padded"])
    return fmt_date(dt, form)


# ---------------------------------------------------------------------------
# national identifiers
# ---------------------------------------------------------------------------

MASKS = ["*", "*", "*", "●", "X", "x", "○"]


def _yymmdd(dt):
    return "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)


def rrn(rng, kind=None, dt=None, sep="-", mask=None, sex=None):
    """kind: valid | post2020 | masked;  sex: None | 'M' | 'F'"""
    if kind is None:
        r = rng.random()
        kind = "valid" if r < 0.62 else ("post2020" if r < 0.74 else "masked")
    if kind == "post2020":
        dt = dt or rand_date(rng, 2020, 2022, 10, 12)
        if dt < datetime.date(2020, 10, 1):
            dt = datetime.date(2020, 10, rng.randint(1, 28))
    elif kind == "valid":
        dt = dt or rand_date(rng, 1941, 2006)
    else:
        dt = dt or rand_date(rng, 1941, 2008)
    g = (1 if dt.year < 2000 else 3) + rng.randrange(2)
    if sex:
        g = (1 if dt.year < 2000 else 3) + (0 if sex == "M" else 1)
    front = _yymmdd(dt)
    if kind == "masked":
        mc = mask or rng.choice(MASKS)
        back = str(g) + mc * 6
    else:
        body = front + str(g) + digits(rng, 5)
        c = rrn_check(body)
        if kind == "post2020":
            c = (c + rng.randint(1, 9)) % 10
        back = body[6:] + str(c)
    canon = front + "-" + back
    text = front + sep + back
    return P("KR_RRN", text, "rrn_" + kind, canon,
             fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other")), dt


def frn(rng, kind="valid", dt=None, sep="-", mask=None):
    dt = dt or rand_date(rng, 1955, 2005)
    g = (5 if dt.year < 2000 else 7) + rng.randrange(2)
    front = _yymmdd(dt)
    if kind == "masked":
        back = str(g) + (mask or rng.choice(MASKS)) * 6
    else:
        office = "%02d" % rng.randrange(0, 100, 2)
        body = front + str(g) + office + digits(rng, 2) + str(rng.randint(6, 9))
        back = body[6:] + str(frn_check(body))
    canon = front + "-" + back
    return P("KR_FRN", front + sep + back, "frn_" + kind, canon,
             fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other")), dt


PP_PREFIX = ["M", "M", "M", "M", "M", "S", "G", "D", "R"]
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport_kr(rng, kind=None, prefix=None):
    kind = kind or ("new" if rng.random() < 0.55 else "old")
    pf = prefix or rng.choice(PP_PREFIX)
    if kind == "new":
        v = pf + digits(rng, 3) + rng.choice(UPPER) + digits(rng, 4)
    else:
        v = pf + digits(rng, 8)
    return P("KR_PASSPORT", v, "passport_kr_" + kind)


def passport_foreign(rng, style):
    L = lambda n: "".join(rng.choice(UPPER) for _ in range(n))
    if style == "vn":
        v = rng.choice("CBN") + digits(rng, 7)
    elif style == "cn":
        v = ("E" + digits(rng, 8)) if rng.random() < 0.5 else ("E" + rng.choice("ABCDEFGH") + digits(rng, 7))
    elif style == "jp":
        v = rng.choice(["TK", "TR", "TS", "MZ", "TZ"]) + digits(rng, 7)
    elif style in ("us",):
        v = ("A" + digits(rng, 8)) if rng.random() < 0.4 else (str(rng.randint(5, 6)) + digits(rng, 8))
    elif style in ("gb", "ru"):
        v = str(rng.randint(1, 9)) + digits(rng, 8)
    elif style == "ph":
        v = "P" + digits(rng, 7) + rng.choice("ABC")
    elif style in ("th", "uz", "pk", "kz"):
        v = L(2) + digits(rng, 7)
    elif style == "mn":
        v = "E" + digits(rng, 7)
    elif style == "np":
        v = digits(rng, 8)
        v = str(rng.randint(1, 9)) + v[1:]
    elif style == "id":
        v = rng.choice("ABCX") + digits(rng, 7)
    elif style == "mm":
        v = "M" + rng.choice("ABCDE") + digits(rng, 6)
    elif style == "de":
        v = "C" + digits(rng, 2) + L(1) + digits(rng, 2) + L(1) + digits(rng, 2)
    elif style == "fr":
        v = digits(rng, 2) + L(2) + digits(rng, 5)
    elif style == "kh":
        v = "N" + digits(rng, 7)
    elif style == "ca":
        v = L(2) + digits(rng, 6)
    else:
        v = L(1) + digits(rng, 8)
    return P("KR_PASSPORT", v, "passport_foreign_" + style)


DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"),
              ("16", "충남"), ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"),
              ("21", "제주"), ("22", "대구"), ("23", "인천"), ("24", "광주"), ("25", "대전"),
              ("26", "울산"), ("28", "경기북부")]


def driver_license(rng, kind=None):
    code, reg = rng.choice(DL_REGIONS)
    yy = "%02d" % rng.choice(list(range(85, 100)) + list(range(0, 25)))
    ser = digits(rng, 6)
    tail = "%02d" % rng.randint(0, 99)
    kind = kind or rng.choice(["numeric", "numeric", "numeric", "region", "region_nospace", "plain"])
    canon = "%s-%s-%s-%s" % (code, yy, ser, tail)
    if kind == "numeric":
        t = canon
    elif kind == "region":
        t = "%s %s-%s-%s" % (reg, yy, ser, tail)
        canon = t
    elif kind == "region_nospace":
        t = "%s%s-%s-%s" % (reg, yy, ser, tail)
        canon = "%s %s-%s-%s" % (reg, yy, ser, tail)
    else:
        t = code + yy + ser + tail
    return P("KR_DRIVER_LICENSE", t, "dl_" + kind, canon)


# ---------------------------------------------------------------------------
# business identifiers
# ---------------------------------------------------------------------------


def brn(rng, sep="-", mid=None):
    first = "%03d" % rng.randint(101, 899)
    mid = mid or "%02d" % rng.choice([81, 81, 86, 87, 88, 85, 1, 5, 10, 13, 20, 21, 22, 23, 24, 26, 30, 37, 39, 90, 91, 92, 97, 98])
    ser = digits(rng, 4)
    body = first + mid + ser
    c = brn_check(body)
    canon = "%s-%s-%s%d" % (first, mid, ser, c)
    t = canon.replace("-", sep)
    return P("KR_BRN", t, "brn", canon, fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other"))


CRN_OFFICES = ["1101", "1101", "1101", "1301", "1311", "1341", "1201", "1358", "1601", "1701",
               "2001", "1501", "1801", "1901", "2101", "1401", "1244", "1346", "1441"]
CRN_TYPES = ["11", "11", "11", "11", "14", "13", "12", "71", "21", "17"]


def crn(rng, sep="-"):
    body = rng.choice(CRN_OFFICES) + rng.choice(CRN_TYPES) + digits(rng, 6)
    canon = body[:6] + "-" + body[6:] + str(crn_check(body))
    return P("KR_CRN", canon.replace("-", sep), "crn", canon,
             fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other"))


# ---------------------------------------------------------------------------
# cards, accounts, health insurance
# ---------------------------------------------------------------------------


def card_number_digits(rng, brand):
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "master":
        pre, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "bc":
        pre, n = "94" + str(rng.randint(10, 99)) + digits(rng, 2), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "unionpay":
        pre, n = "62" + digits(rng, 4), 16
    else:
        raise ValueError(brand)
    body = pre + digits(rng, n - 1 - len(pre))
    return body + str(luhn_digit(body))


CARD_BRANDS = ["visa", "visa", "master", "master", "bc", "bc", "jcb", "amex", "unionpay"]


def group_card(num, sep):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[0:4], num[4:8], num[8:12], num[12:16]]
    return sep.join(parts)


def card(rng, brand=None, sep="-", masked=False, mask_char="*"):
    brand = brand or rng.choice(CARD_BRANDS)
    num = card_number_digits(rng, brand)
    canon = group_card(num, "-")
    if masked:
        if len(num) == 15:
            m = num[:6] + mask_char * 5 + num[11:]
        elif rng.random() < 0.6:
            m = num[:6] + mask_char * 6 + num[12:]
        else:
            m = num[:4] + mask_char * 8 + num[12:]
        t = group_card(m, sep)
        return P("CREDIT_CARD", t, "card_masked_" + brand, group_card(m, "-"),
                 fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other"))
    return P("CREDIT_CARD", group_card(num, sep), "card_" + brand, canon,
             fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other"))


CARD_ISSUERS = ["신한카드", "KB국민카드", "삼성카드", "현대카드", "롯데카드", "우리카드", "하나카드",
                "NH농협카드", "BC카드", "IBK기업은행 카드"]

# (bank, grouping)
BANKS = [
    ("KB국민은행", (6, 2, 6)), ("KB국민은행", (3, 2, 4, 3)), ("신한은행", (3, 3, 6)),
    ("우리은행", (4, 3, 6)), ("하나은행", (3, 6, 5)), ("NH농협은행", (3, 4, 4, 2)),
    ("NH농협은행", (6, 2, 6)), ("IBK기업은행", (3, 6, 2, 3)), ("카카오뱅크", (4, 2, 7)),
    ("토스뱅크", (4, 4, 4)), ("SC제일은행", (3, 2, 6)), ("우체국", (6, 2, 6)),
    ("새마을금고", (4, 2, 6, 1)), ("부산은행", (3, 4, 4, 2)), ("iM뱅크", (3, 2, 6, 1)),
    ("케이뱅크", (3, 3, 6)), ("수협은행", (3, 2, 6, 1)), ("경남은행", (3, 2, 7)),
    ("광주은행", (3, 3, 6)), ("신협", (3, 3, 6)),
]

BANK_PREFIX = {"신한은행": ["110", "100", "140"], "카카오뱅크": ["3333", "3355", "7979"],
               "토스뱅크": ["1000", "1001"], "우리은행": ["1002", "1005"],
               "NH농협은행": ["302", "301", "351", "352", "356"], "케이뱅크": ["100", "110"]}


def account(rng, bank=None, sep="-", masked=False):
    if bank is None:
        bank, grp = rng.choice(BANKS)
    else:
        grp = [g for b, g in BANKS if b == bank][0]
    ds = digits(rng, sum(grp))
    pf = BANK_PREFIX.get(bank)
    if pf:
        p = rng.choice(pf)
        if len(p) <= grp[0]:
            ds = p + ds[len(p):]
    if ds[0] == "0" and bank not in ("우체국",):
        ds = str(rng.randint(1, 9)) + ds[1:]
    parts = []
    k = 0
    for g in grp:
        parts.append(ds[k:k + g])
        k += g
    canon = "-".join(parts)
    if masked:
        # star 3-4 digits in the middle group(s)
        mp = list(ds)
        idx = len(grp) // 2
        start = sum(grp[:idx])
        cnt = min(grp[idx], rng.randint(3, 4))
        for q in range(start, start + cnt):
            mp[q] = "*"
        parts = []
        k = 0
        for g in grp:
            parts.append("".join(mp[k:k + g]))
            k += g
        canon = "-".join(parts)
        return P("KR_BANK_ACCOUNT", sep.join(parts), "acct_masked", canon,
                 fmt={"-": "hyphen", "": "nosep", " ": "space"}.get(sep, "other")), bank
    return P("KR_BANK_ACCOUNT", sep.join(parts), "acct_%d_%s" % (sum(grp), "-".join(str(g) for g in grp)),
             canon, fmt={"-": "hyphen", "": "nosep", " ": "space", ".": "dot"}.get(sep, "other")), bank


def health_ins(rng, grouped=False):
    v = str(rng.randint(1, 7)) + digits(rng, 10)
    if grouped:
        t = v[:1] + "-" + v[1:]
        return P("KR_HEALTH_INSURANCE", t, "hi_grouped", v)
    return P("KR_HEALTH_INSURANCE", v, "hi_plain", v)


# ---------------------------------------------------------------------------
# phones, e-mail, IP
# ---------------------------------------------------------------------------

AREAS = ["02", "02", "02", "031", "031", "032", "033", "041", "042", "043", "044", "051", "052",
         "053", "054", "055", "061", "062", "063", "064"]


def phone(rng, kind="mobile", sep="-", area=None):
    if kind == "mobile":
        parts = ["010", str(rng.randint(2, 9)) + digits(rng, 3), digits(rng, 4)]
    elif kind == "070":
        parts = ["070", str(rng.randint(4, 8)) + digits(rng, 3), digits(rng, 4)]
    else:
        a = area or rng.choice(AREAS)
        mid = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]))
        parts = [a, mid, digits(rng, 4)]
    canon = "-".join(parts)
    if sep == "+82":
        t = "+82-" + parts[0][1:] + "-" + parts[1] + "-" + parts[2]
        fmt = "intl"
    elif sep == "+82 ":
        t = "+82 " + parts[0][1:] + " " + parts[1] + " " + parts[2]
        fmt = "intl_space"
    else:
        t = sep.join(parts)
        fmt = {"-": "hyphen", "": "nosep", " ": "space", ".": "dot", ")": "paren"}.get(sep, "other")
        if sep == ")":
            t = parts[0] + ")" + parts[1] + "-" + parts[2]
    return P("PHONE_NUMBER", t, "phone_" + kind, canon, fmt=fmt)


def phone_with_area(rng, area, sep="-"):
    return phone(rng, "landline", sep, area)


EMAIL_DOMAINS = ["naver.com", "naver.com", "gmail.com", "gmail.com", "daum.net", "hanmail.net",
                 "kakao.com", "nate.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.co.kr"]
HANDLE_WORDS = ["sky", "blue", "moon", "star", "happy", "sunny", "dream", "ocean", "green", "river",
                "tiger", "lucky", "mint", "choco", "cloud", "maple", "pine", "wind", "hana", "duri"]


def email(rng, name=None, domain=None, kind="personal"):
    style = rng.randrange(6)
    if name and name[0] >= "가" and name[0] <= "힣":
        rs, rg = romanize(name)
    elif name:
        bits = name.lower().split()
        rs, rg = bits[-1] if len(bits) > 1 else bits[0], bits[0]
        if rs == rg:
            rg = "x"
    else:
        rs, rg = rng.choice(HANDLE_WORDS), rng.choice(HANDLE_WORDS)
    if style == 0:
        local = rg + "." + rs
    elif style == 1:
        local = rs + rg + str(rng.randint(1, 99))
    elif style == 2:
        local = rg[0] + (rg[1:2] if len(rg) > 1 else "") + rs + "%02d" % rng.randint(60, 99)
    elif style == 3:
        local = rs + "_" + rg
    elif style == 4:
        local = rng.choice(HANDLE_WORDS) + rng.choice(HANDLE_WORDS) + str(rng.randint(10, 2024))
    else:
        local = rs + "." + rg + str(rng.randint(1, 9))
    dom = domain or rng.choice(EMAIL_DOMAINS)
    return P("EMAIL_ADDRESS", local + "@" + dom, "email_" + kind)


def ipv4(rng, kind=None):
    kind = kind or rng.choice(["public", "public", "public", "private"])
    if kind == "private":
        r = rng.randrange(3)
        if r == 0:
            v = "192.168.%d.%d" % (rng.randint(0, 30), rng.randint(2, 254))
        elif r == 1:
            v = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            v = "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    else:
        while True:
            a = rng.randint(1, 223)
            if a in (10, 127, 172, 192, 169, 100):
                continue
            break
        v = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return P("IP_ADDRESS", v, "ip_" + kind)


def ipv6(rng):
    pre = rng.choice(["2001:2d8", "2406:5900", "2404:6800", "2001:e60", "240e:3b7", "2001:4430"])
    groups = ["%x" % rng.randint(0, 0xffff) for _ in range(rng.choice([3, 4]))]
    v = pre + ":" + ":".join(groups[:1]) + "::" + ":".join(groups[1:])
    return P("IP_ADDRESS", v, "ipv6")


# ---------------------------------------------------------------------------
# vehicles
# ---------------------------------------------------------------------------

PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = ["바", "사", "아", "자"]
PLATE_RENT = ["하", "허", "호"]
PLATE_REGIONS = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북",
                 "충남", "전북", "전남", "경북", "경남", "제주", "세종"]


def plate(rng, kind=None):
    kind = kind or rng.choice(["p2", "p3", "p3", "region", "commercial", "nospace", "rental", "delivery"])
    four = "%04d" % rng.randint(100, 9999)
    if kind == "p2":
        t = "%02d%s %s" % (rng.randint(10, 69), rng.choice(PLATE_PRIVATE), four)
    elif kind == "p3":
        t = "%03d%s %s" % (rng.randint(100, 699), rng.choice(PLATE_PRIVATE), four)
    elif kind == "region":
        t = "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(10, 69), rng.choice(PLATE_PRIVATE), four)
    elif kind == "commercial":
        t = "%s %02d%s %s" % (rng.choice(PLATE_REGIONS), rng.randint(70, 97), rng.choice(PLATE_COMM), four)
    elif kind == "nospace":
        t = "%03d%s%s" % (rng.randint(100, 699), rng.choice(PLATE_PRIVATE), four)
    elif kind == "rental":
        t = "%02d%s %s" % (rng.randint(10, 69), rng.choice(PLATE_RENT), four)
    elif kind == "delivery":
        t = "%02d배 %s" % (rng.randint(80, 97), four)
    else:
        raise ValueError(kind)
    return P("KR_VEHICLE_PLATE", t, "plate_" + kind)


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------

# (full name, short forms, [시/군/구], [법정동 / 읍면])
REGIONS = [
    ("서울특별시", ["서울시", "서울"], ["마포구", "강남구", "송파구", "관악구", "노원구", "은평구", "성북구",
                                "동작구", "영등포구", "중랑구", "강서구", "광진구"],
     ["성산동", "망원동", "역삼동", "잠실동", "신림동", "상계동", "불광동", "정릉동", "사당동", "신길동", "면목동", "화곡동"]),
    ("부산광역시", ["부산시", "부산"], ["해운대구", "부산진구", "동래구", "사하구", "수영구", "남구"],
     ["우동", "좌동", "전포동", "온천동", "괴정동", "광안동", "대연동"]),
    ("대구광역시", ["대구시", "대구"], ["수성구", "달서구", "북구", "동구"],
     ["범어동", "상인동", "산격동", "신암동"]),
    ("인천광역시", ["인천시", "인천"], ["연수구", "남동구", "부평구", "서구", "미추홀구"],
     ["송도동", "구월동", "부평동", "청라동", "주안동"]),
    ("광주광역시", ["광주시", "광주"], ["북구", "서구", "광산구", "남구"],
     ["용봉동", "치평동", "수완동", "봉선동"]),
    ("대전광역시", ["대전시", "대전"], ["유성구", "서구", "중구", "대덕구"],
     ["봉명동", "둔산동", "은행동", "송촌동"]),
    ("울산광역시", ["울산시", "울산"], ["남구", "중구", "울주군"], ["삼산동", "성안동", "범서읍"]),
    ("세종특별자치시", ["세종시", "세종"], [""], ["나성동", "도담동", "조치원읍", "보람동"]),
    ("경기도", ["경기"], ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구",
                      "부천시", "안산시 단원구", "화성시", "남양주시", "파주시", "김포시", "평택시"],
     ["인계동", "매탄동", "정자동", "장항동", "풍덕천동", "중동", "고잔동", "반송동", "다산동", "운정동", "장기동", "비전동"]),
    ("강원특별자치도", ["강원도", "강원"], ["춘천시", "원주시", "강릉시", "속초시"],
     ["퇴계동", "무실동", "교동", "조양동"]),
    ("충청북도", ["충북"], ["청주시 흥덕구", "충주시", "제천시"], ["복대동", "연수동", "청전동"]),
    ("충청남도", ["충남"], ["천안시 서북구", "아산시", "공주시", "서산시"], ["불당동", "배방읍", "신관동", "동문동"]),
    ("전북특별자치도", ["전라북도", "전북"], ["전주시 완산구", "익산시", "군산시"], ["효자동", "영등동", "나운동"]),
    ("전라남도", ["전남"], ["순천시", "여수시", "목포시", "나주시"], ["조례동", "학동", "상동", "빛가람동"]),
    ("경상북도", ["경북"], ["포항시 남구", "구미시", "경주시", "안동시"], ["대잠동", "송정동", "황성동", "옥동"]),
    ("경상남도", ["경남"], ["창원시 성산구", "김해시", "진주시", "양산시"], ["상남동", "내동", "평거동", "물금읍"]),
    ("제주특별자치도", ["제주도", "제주"], ["제주시", "서귀포시"], ["노형동", "연동", "동홍동", "표선면"]),
]

ROADS = ["중앙로", "시민로", "문화로", "대학로", "한빛로", "새솔로", "해오름로", "가람로", "누리로", "은하수로",
         "솔빛로", "푸른숲길", "배움길", "장터로", "강변북로", "호수로", "산들로", "청솔로", "미리내로", "별빛로",
         "도란로", "꽃샘길", "다솜로", "너울로", "무지개로", "한마음로", "늘푸른로", "행복로", "동산로", "보라매로"]
APTS = ["한빛아파트", "새솔마을", "햇살아파트", "푸른숲아파트", "누리빌라", "그린빌", "한솔오피스텔", "다솜타운",
        "미리내아파트", "은하맨션", "별빛마을 3단지", "가람휴먼시아"]


def _road(rng):
    r = rng.choice(ROADS)
    if rng.random() < 0.3:
        r = r + "%d번길" % rng.randint(5, 99)
    return r


def _unit(rng):
    c = rng.randrange(8)
    if c == 0:
        return ""
    if c in (1, 2):
        return ", %d동 %d호" % (rng.randint(101, 120), rng.randint(1, 25) * 100 + rng.randint(1, 8))
    if c == 3:
        f = rng.randint(2, 9)
        return ", %d층 %d%02d호" % (f, f, rng.randint(1, 12))
    if c == 4:
        return " %d층" % rng.randint(2, 15)
    if c == 5:
        return ", %d호" % (rng.randint(1, 9) * 100 + rng.randint(1, 12))
    if c == 6:
        return ", %d동 %d호" % (rng.randint(1, 12), rng.randint(1, 15) * 100 + rng.randint(1, 6))
    return " 지하1층"


def address(rng, kind=None):
    """Returns (P, extra) where extra has a postal code and a reference
    parenthetical that lie OUTSIDE the span."""
    reg = rng.choice(REGIONS)
    full, shorts, sggs, dongs = reg
    sgg = rng.choice(sggs)
    kind = kind or rng.choice(["road_full", "road_full", "road_short", "road_sgg", "jibun"])
    if kind == "road_sgg" and not sgg:
        kind = "road_full"
    dong = rng.choice(dongs)
    apt = rng.choice(APTS)
    num = str(rng.randint(1, 480))
    if rng.random() < 0.2:
        num += "-%d" % rng.randint(1, 30)
    unit = _unit(rng)
    top = full if kind in ("road_full", "jibun") else rng.choice(shorts)
    if kind == "jibun" and rng.random() < 0.4:
        top = rng.choice(shorts)
    pre = (top + " " + sgg) if sgg else top
    if kind == "road_sgg":
        pre = sgg
    if kind == "jibun":
        lot = "%d-%d" % (rng.randint(1, 1500), rng.randint(1, 40)) if rng.random() < 0.7 else str(rng.randint(1, 999))
        if unit.startswith(", ") and "동 " in unit and rng.random() < 0.7:
            t = "%s %s %s %s %s" % (pre, dong, lot, apt, unit[2:])
        else:
            t = "%s %s %s%s" % (pre, dong, lot, unit)
        paren = None
    else:
        t = "%s %s %s%s" % (pre, _road(rng), num, unit)
        paren = "(%s)" % dong if rng.random() < 0.5 else "(%s, %s)" % (dong, apt)
    t = re.sub(r"\s+", " ", t).strip()
    zipc = "%05d" % rng.randint(1000, 63644)
    return P("KR_ADDRESS", t, "addr_" + kind), {"zip": zipc, "paren": paren, "region": full, "sgg": sgg}


AGENCIES = [
    # (agency, dept list, own address, 대표전화, domain)
    ("행정안전부", ["개인정보보호정책과", "주민과", "민원제도혁신과", "디지털정부정책과"],
     "세종특별자치시 도움6로 42 정부세종청사", "044-205-1000", "mois.go.kr"),
    ("외교부", ["여권과", "재외국민보호과", "영사서비스과"], "서울특별시 종로구 세종대로 209", "02-2100-2114", "mofa.go.kr"),
    ("법무부", ["체류관리과", "외국인정책과", "출입국심사과"], "경기도 과천시 관문로 47 정부과천청사", "02-2110-3000", "moj.go.kr"),
    ("국토교통부", ["자동차정책과", "도로정책과", "교통안전정책과"], "세종특별자치시 도움6로 11 정부세종청사 6동",
     "044-201-3000", "molit.go.kr"),
    ("고용노동부", ["외국인력정책과", "고용서비스정책과", "근로감독기획과"], "세종특별자치시 한누리대로 422 정부세종청사 11동",
     "044-202-7000", "moel.go.kr"),
    ("보건복지부", ["보험정책과", "기초생활보장과", "노인정책과"], "세종특별자치시 도움4로 13 정부세종청사 10동",
     "044-202-2000", "mohw.go.kr"),
    ("국세청", ["법인세과", "부가가치세과", "징세과"], "세종특별자치시 국세청로 8-14", "044-204-2200", "nts.go.kr"),
    ("경찰청", ["교통안전과", "수사기획과", "범죄예방정책과"], "서울특별시 서대문구 통일로 97", "02-3150-2114", "police.go.kr"),
    ("한빛시청", ["민원봉사과", "교통행정과", "세정과", "복지정책과", "감사담당관"], "경기도 한빛시 시청로 100 한빛시청 본관",
     "031-820-2114", "hanbit.go.kr"),
    ("새솔구청", ["민원여권과", "주차관리과", "자치행정과", "감사실"], "서울특별시 새솔구 구청로 25 새솔구청",
     "02-3490-2114", "saesol.go.kr"),
    ("가람군청", ["주민복지과", "환경위생과", "재무과"], "충청남도 가람군 가람읍 군청길 15", "041-930-2114", "garam.go.kr"),
    ("국민건강보험공단 한빛지사", ["자격부과부", "급여관리부"], "경기도 한빛시 누리로 210 건강보험빌딩 4층",
     "1577-1000", "nhis.or.kr"),
    ("도로교통공단 한빛운전면허시험장", ["면허발급팀", "적성검사팀"], "경기도 한빛시 면허시험장길 33", "1577-1120",
     "koroad.or.kr"),
    ("한빛출입국·외국인사무소", ["체류민원과", "사증과", "조사과"], "경기도 한빛시 가람로 88 법무합동청사", "1345",
     "immigration.go.kr"),
]

OFFICE_TITLES = ["국세청장", "행정안전부장관", "법무부장관", "외교부장관", "국토교통부장관", "고용노동부장관",
                 "보건복지부장관", "한빛시장", "새솔구청장", "가람군수", "경찰청장", "세무서장",
                 "출입국·외국인사무소장", "지방경찰청장", "운전면허시험장장", "지사장"]

COMPANY_STEMS = ["한빛", "새솔", "다온", "가람", "누리", "바른", "미래로", "온누리", "해솔", "도담",
                 "늘품", "하람", "채움", "이음", "세움", "별하", "든든", "한결", "마루", "아라"]
COMPANY_SUFFIX = ["엔지니어링", "테크", "건설", "정보통신", "산업", "물류", "컨설팅", "소프트", "환경",
                  "디자인", "시스템즈", "푸드", "모빌리티", "에너지", "의료기", "교육", "솔루션"]


def company_name(rng, with_form=None):
    st = rng.choice(COMPANY_STEMS) + rng.choice(COMPANY_SUFFIX)
    form = with_form if with_form is not None else rng.randrange(6)
    if form == 0:
        return "(주)" + st
    if form == 1:
        return "주식회사 " + st
    if form == 2:
        return "㈜" + st
    if form == 3:
        return st + "(주)"
    if form == 4:
        return "유한회사 " + st
    return st


def company_domain(rng, cname):
    stem = None
    for s in COMPANY_STEMS:
        if s in cname:
            stem = s
    rom = {"한빛": "hanbit", "새솔": "saesol", "다온": "daon", "가람": "garam", "누리": "nuri",
           "바른": "bareun", "미래로": "miraero", "온누리": "onnuri", "해솔": "haesol", "도담": "dodam",
           "늘품": "neulpum", "하람": "haram", "채움": "chaeum", "이음": "ieum", "세움": "seum",
           "별하": "byeolha", "든든": "deunden", "한결": "hangyeol", "마루": "maru", "아라": "ara"}
    base = rom.get(stem, "corp")
    return base + rng.choice(["tech", "eng", "corp", "", "sys", "net"]) + rng.choice([".co.kr", ".com", ".kr"])


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------

SWITCH_PREFIX = ["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]
SHORT_CODES = [("110", "정부민원안내콜센터"), ("120", "다산콜센터"), ("126", "국세상담센터"),
               ("1345", "외국인종합안내센터"), ("1350", "고용노동부 고객상담센터"), ("1355", "국민연금 고객센터")]


def switchboard(rng):
    return N(rng.choice(SWITCH_PREFIX) + "-" + "%04d" % rng.randint(0, 9999), "switchboard")


def statute(rng):
    return N(rng.choice([
        "「개인정보 보호법」 제15조 제1항", "「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제17조 제1항 제1호",
        "「주민등록법」 제7조의2", "「주민등록법 시행규칙」 제2조", "「여권법」 제9조 제1항", "「여권법 시행령」 제3조",
        "「도로교통법」 제80조", "「도로교통법 시행규칙」 제77조", "「출입국관리법」 제31조", "「출입국관리법 시행규칙」 제47조",
        "「국민건강보험법」 제12조", "「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호", "「민원 처리에 관한 법률」 제27조",
        "「행정업무의 운영 및 혁신에 관한 규정」 제10조", "「자동차관리법」 제10조", "「부가가치세법」 제8조",
        "「전자금융거래법」 제6조", "「여신전문금융업법」 제19조", "「행정절차법」 제21조",
        "같은 법 시행령 제19조 제1항", "같은 법 제18조 제2항 제3호", "「질서위반행위규제법」 제16조",
    ]), "statute")


def doc_number(rng, dept=None):
    r = rng.randrange(5)
    if r == 0 or dept:
        return N("%s-%d" % (dept or rng.choice(["운영지원과", "민원봉사과", "여권과", "체류관리과", "교통행정과", "감사담당관"]),
                            rng.randint(100, 9999)), "doc_number")
    if r == 1:
        return N("서면-%d-%s-%d" % (rng.randint(2019, 2025), rng.choice(["법인", "부가", "소득"]), rng.randint(100, 4999)), "doc_number")
    if r == 2:
        return N("%s%d-%d" % (rng.choice(["부가", "법인", "재산"]), rng.randint(46000, 46999), rng.randint(10, 999)), "doc_number")
    if r == 3:
        return N("%s-%d" % (rng.choice(["재산세과", "법규과", "징세과"]), rng.randint(100, 999)), "doc_number")
    return N("제%d-%d호" % (rng.randint(2023, 2026), rng.randint(10, 999)), "doc_number")


def case_number(rng):
    y = rng.randint(2019, 2025)
    return N(rng.choice([
        "%d가단%d" % (y, rng.randint(10000, 999999)), "%d고단%d" % (y, rng.randint(100, 9999)),
        "%d구합%d" % (y, rng.randint(10000, 99999)), "%d노%d" % (y, rng.randint(100, 9999)),
        "%d나%d" % (y, rng.randint(10000, 99999)), "%d두%d" % (y, rng.randint(10000, 99999)),
        "조심 %d서%d" % (y, rng.randint(1000, 9999)), "%d고약%d" % (y, rng.randint(10000, 99999)),
        "%d도%d" % (y, rng.randint(1000, 19999)),
    ]), "case_number")


def receipt_number(rng):
    return N("%d%s-%02d%02d-%07d" % (rng.randint(1, 9), rng.choice(["AA", "AB", "BA", "CA"]), rng.randint(23, 25),
                                     rng.randint(1, 12), rng.randint(0, 9999999)), "public_record_id")


def mgmt_number(rng):
    r = rng.randrange(4)
    if r == 0:
        return N("%03d-%d-%04d" % (rng.randint(10, 99), rng.randint(2019, 2025), rng.randint(1, 9999)), "public_record_id")
    if r == 1:
        return N("%d%02d%05d-00" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(0, 99999)), "public_record_id")
    if r == 2:
        return N("%d-%d-%06d" % (rng.choice([1101, 4113, 2611, 3011]), rng.randint(2021, 2025), rng.randint(1, 99999)), "public_record_id")
    return N("%d-%d-%05d" % (rng.choice([41135, 11440, 26350, 30200]), rng.randint(100, 999), rng.randint(1, 99999)), "public_record_id")


def amount(rng, lo=10000, hi=90000000):
    v = rng.randint(lo // 10, hi // 10) * 10
    if rng.random() < 0.15:
        return N("₩%s" % format(v, ","), "amount")
    return N("%s원" % format(v, ","), "amount")


def version_number(rng):
    return N(rng.choice(["10.0.%d.%d" % (rng.randint(17000, 26000), rng.randint(1000, 5000)),
                         "v%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 40)),
                         "%d.0.%d.%d" % (rng.randint(110, 131), rng.randint(5000, 6999), rng.randint(10, 250)),
                         "%d.%d.%d-build%d" % (rng.randint(1, 4), rng.randint(0, 9), rng.randint(0, 30), rng.randint(100, 999))]),
             "version_number")


def postal(rng, paren=True):
    z = "%05d" % rng.randint(1000, 63644)
    return N("(%s)" % z if paren else "우 " + z, "postal_code")


def user_id(rng):
    return N(rng.choice(["u", "usr", "emp", "U"]) + "%05d" % rng.randint(1, 99999), "user_id")


PLACEHOLDERS = ["홍길동", "김○○", "박**", "이○○", "최**", "○○○", "갑", "을", "A씨", "B씨", "A법인", "B사", "C사"]


def placeholder(rng, which=None):
    return N(which or rng.choice(PLACEHOLDERS), "placeholder_person")


def masked_anon(rng):
    s = rng.choice(SUR1)
    return N(rng.choice(["%s○○", "%s**", "%s 모 씨", "%s모 씨", "%s모(%d)씨"]).replace("%d", str(rng.randint(20, 75))) % s,
             "placeholder_person")


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------

CONF = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
FW_DIG = dict((str(k), chr(0xFF10 + k)) for k in range(10))
HYPHENS = ["‐", "－", "–"]


def n_confuse(p, rng, k=None):
    t = list(p.text)
    idx = [i for i, c in enumerate(t) if c in CONF]
    if not idx:
        return p
    k = k or rng.choice([1, 1, 2])
    for i in sorted(rng.sample(idx, min(k, len(idx)))):
        t[i] = rng.choice(CONF[t[i]])
    return p.with_text("".join(t), ["ocr_confusable"])


def n_fullwidth(p, rng, hyphen=None):
    t = "".join(FW_DIG.get(c, c) for c in p.text)
    tags = ["fullwidth_digits"]
    if "-" in t and (hyphen if hyphen is not None else rng.random() < 0.6):
        t = t.replace("-", "－")
        tags.append("unicode_hyphen")
    return p.with_text(t, tags)


def n_hyphen(p, rng):
    if "-" not in p.text:
        return p
    h = rng.choice(HYPHENS)
    return p.with_text(p.text.replace("-", h), ["unicode_hyphen"])


def _digit_gaps(t):
    return [i for i in range(1, len(t)) if t[i - 1].isdigit() and t[i].isdigit()]


def n_space(p, rng, k=None):
    t = p.text
    gaps = _digit_gaps(t)
    if not gaps:
        return p
    k = k or rng.choice([1, 1, 2])
    for i in sorted(rng.sample(gaps, min(k, len(gaps))), reverse=True):
        t = t[:i] + " " + t[i:]
    return p.with_text(t, ["space_in_number"])


def n_newline(p, rng):
    t = p.text
    cand = [i for i in range(1, len(t)) if t[i - 1] == "-" and t[i] != " "] + _digit_gaps(t)
    if not cand:
        return p
    i = rng.choice(cand)
    return p.with_text(t[:i] + "\n" + t[i:], ["newline_in_number"])


def n_spaced_name(p):
    if " " in p.text:
        return p
    return p.with_text(" ".join(p.text), ["spaced_name"])


def n_wrap(p, rng):
    t = p.text
    sp = [i for i, c in enumerate(t) if c == " " and 0 < i < len(t) - 1]
    if not sp:
        return p
    i = rng.choice(sp[len(sp) // 3:] or sp)
    return p.with_text(t[:i] + "\n" + t[i + 1:], ["wrapped"])


def ocr_value(p, rng, strength=0.6):
    """Apply 0-2 random OCR distortions suited to the value type."""
    if rng.random() > strength:
        return p
    if p.type == "PERSON":
        if rng.random() < 0.6 and " " not in p.text and p.text[0] >= "가":
            return n_spaced_name(p)
        return p
    if p.type == "KR_ADDRESS":
        return n_wrap(p, rng)
    if p.type in ("EMAIL_ADDRESS", "IP_ADDRESS"):
        return p
    ops = ["confuse", "fullwidth", "space", "newline", "hyphen"]
    if p.type == "KR_PASSPORT":
        ops = ["confuse", "space", "fullwidth"]
    op = rng.choice(ops)
    if op == "confuse":
        q = n_confuse(p, rng)
    elif op == "fullwidth":
        q = n_fullwidth(p, rng)
    elif op == "space":
        q = n_space(p, rng)
    elif op == "newline":
        q = n_newline(p, rng)
    else:
        q = n_hyphen(p, rng)
    if rng.random() < 0.25 and op not in ("newline",):
        q = n_confuse(q, rng, 1) if op != "confuse" else n_space(q, rng, 1)
    return q


HDIG = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}


def spell(p, rng, joiner=None, zero=None):
    """Spoken form: digits read out in Sino-Korean syllables."""
    zero = zero or ("공" if rng.random() < 0.8 else "영")
    joiner = joiner if joiner is not None else rng.choice([" ", " ", "에 ", ", "])
    groups = re.split(r"[-\s]+", p.text)
    out = []
    for g in groups:
        out.append("".join((zero if c == "0" else HDIG.get(c, c)) for c in g))
    return p.with_text(joiner.join(out), ["hangul_digits"])


def ocr_plain(s, rng):
    """Light OCR damage on template text (labels); never touches digits."""
    if rng.random() > 0.35:
        return s
    out = []
    for k, ch in enumerate(s):
        r = rng.random()
        if ch == ":" and r < 0.3:
            out.append(rng.choice(["：", ";", " :"]))
            continue
        if ch == "·" and r < 0.4:
            out.append(rng.choice([".", "ㆍ", " "]))
            continue
        if "가" <= ch <= "힣" and k + 1 < len(s) and "가" <= s[k + 1] <= "힣" and r < 0.05:
            out.append(ch + " ")
            continue
        if ch == "□" and r < 0.5:
            out.append(rng.choice(["ㅁ", "口", "[]"]))
            continue
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# Korean particles (josa) chosen by the final sound of a word
# ---------------------------------------------------------------------------

_DIGIT_BATCHIM = {"0": "ㅇ", "1": "ㄹ", "2": "", "3": "ㅁ", "4": "", "5": "", "6": "ㄱ", "7": "ㄹ", "8": "ㄹ", "9": ""}
_JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
         "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def final_sound(word):
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return _JONG[(ord(ch) - 0xAC00) % 28]
        if ch.isdigit():
            return _DIGIT_BATCHIM[ch]
        if ch.isalpha():
            return ""
    return ""


def J(x, pair):
    """pair like '은/는', '이/가', '을/를', '과/와', '으로/로', '이나/나', '이라고/라고'."""
    w = x.text if isinstance(x, (P, N)) else x
    a, b = pair.split("/")
    f = final_sound(w)
    if a == "으로":
        return "으로" if f and f != "ㄹ" else "로"
    return a if f else b
