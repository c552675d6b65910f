#!/usr/bin/env python3
"""pii_bi evaluation set generator (standard library only, deterministic).

python make_set.py  -> writes pii_bi.jsonl, pii_bi.meta.jsonl, stats.json, then validates.

Marker syntax (shared with handwritten.py):
  ⟦value⟧               gold PERSON span
  ⟦T:value⟧             gold span of type T (aliases in ALIAS)
  ⟦T/subkind:value⟧     gold span with an explicit sub-kind
  ⟪category:text⟫       tagged hard negative (not PII)
Inside values of checksum types, '?' is replaced by the correct check digit and
'!' by a deliberately wrong one (post-2020 RRN).  Digits are rendered in the style
(ASCII / full-width / Hangul) of the digit before the placeholder.
"""
import json, random, re, sys, os, unicodedata, hashlib
from collections import Counter, defaultdict

SEED = "pii_bi-2026"
HERE = os.path.dirname(os.path.abspath(__file__))

ALIAS = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "AD": "KR_ADDRESS",
    "DOB": "DATE_OF_BIRTH", "ACC": "KR_BANK_ACCOUNT", "RRN": "KR_RRN", "IP": "IP_ADDRESS",
    "PP": "KR_PASSPORT", "BRN": "KR_BRN", "DL": "KR_DRIVER_LICENSE", "CAR": "KR_VEHICLE_PLATE",
    "HI": "KR_HEALTH_INSURANCE", "CC": "CREDIT_CARD", "CRN": "KR_CRN", "FRN": "KR_FRN",
}
TYPES = sorted(set(ALIAS.values()))
for t in TYPES:
    ALIAS[t] = t

HANGUL_DIG = {"공": 0, "영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9}
HANGUL_OUT = "공일이삼사오육칠팔구"
CONFUSE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2", "G": "6"}
MASK_CH = set("*●○X×xＸ＊#")
HYPHENS = set("‐‑‒–—－―")


# ---------------------------------------------------------------- checksums
def digits_of(s, confuse=True):
    s = unicodedata.normalize("NFKC", s)
    has_real = any(c.isdigit() for c in s)
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(int(ch))
        elif ch in HANGUL_DIG and not has_real:
            out.append(HANGUL_DIG[ch])
        elif confuse and ch in CONFUSE:
            out.append(int(CONFUSE[ch]))
    return out


def rrn_check(d12, frn=False):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(a * b for a, b in zip(d12, w))
    return (13 - s % 11) % 10 if frn else (11 - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d9, w)) + (d9[8] * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(ds):
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_check(ds_without):
    for c in range(10):
        if luhn_ok(ds_without + [c]):
            return c


def render_digit(d, prev):
    if prev is None:
        return str(d)
    if "０" <= prev <= "９":
        return chr(ord("０") + d)
    if prev in HANGUL_DIG:
        return HANGUL_OUT[d]
    return str(d)


def fill_check(typ, val):
    """Replace '?' / '!' placeholders by computed check digits."""
    if "?" not in val and "!" not in val:
        return val
    pos = [i for i, c in enumerate(val) if c in "?!"]
    assert len(pos) == 1, val
    p = pos[0]
    head = digits_of(val[:p])
    prev = None
    for ch in reversed(val[:p]):
        if ch.isdigit() or ch in HANGUL_DIG or "０" <= ch <= "９":
            prev = ch
            break
    if typ == "KR_RRN":
        c = rrn_check(head[:12])
    elif typ == "KR_FRN":
        c = rrn_check(head[:12], frn=True)
    elif typ == "KR_BRN":
        c = brn_check(head[:9])
    elif typ == "KR_CRN":
        c = crn_check(head[:12])
    elif typ == "CREDIT_CARD":
        c = luhn_check(head)
    else:
        raise ValueError(typ)
    if val[p] == "!":
        c = (c + 3) % 10
    return val[:p] + render_digit(c, prev) + val[p + 1:]


# ---------------------------------------------------------------- marker parsing
MARK_RE = re.compile(r"⟦([^⟦⟧]*)⟧|⟪([^⟪⟫:]*):([^⟪⟫]*)⟫")


def parse(marked):
    """Return text, spans[(s,e,type,subkind)], hard_negs[(s,e,cat)]."""
    out, spans, negs = [], [], []
    pos, n = 0, 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1) is not None:
            body = m.group(1)
            typ, sub = "PERSON", None
            mm = re.match(r"^([A-Z_]+)(?:/([a-z0-9_]+))?:(.*)$", body, re.S)
            if mm and mm.group(1) in ALIAS:
                typ, sub, val = ALIAS[mm.group(1)], mm.group(2), mm.group(3)
            else:
                val = body
            val = fill_check(typ, val)
            spans.append((n, n + len(val), typ, sub))
        else:
            val = m.group(3)
            negs.append((n, n + len(val), m.group(2)))
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, text[:200]
    return text, spans, negs


# ---------------------------------------------------------------- noise & subkind detection
def noise_tags(typ, v):
    tags = []
    if any("０" <= c <= "９" for c in v):
        tags.append("fullwidth_digits")
    if any(c in HYPHENS for c in v):
        tags.append("unicode_hyphen")
    if "\n" in v:
        tags.append("wrapped" if typ in ("PERSON", "KR_ADDRESS", "EMAIL_ADDRESS") else "newline_in_number")
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣](?: [가-힣]){1,4}", v):
            tags.append("spaced_name")
    elif typ not in ("KR_ADDRESS", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "KR_PASSPORT", "KR_VEHICLE_PLATE", "KR_DRIVER_LICENSE"):
        core = v.strip()
        if re.search(r"\d \d", unicodedata.normalize("NFKC", core)) and typ in ("KR_RRN", "KR_FRN", "KR_CRN", "KR_BRN", "KR_HEALTH_INSURANCE") :
            tags.append("space_in_number")
        if typ == "PHONE_NUMBER" and re.search(r"\d\s\d", v) and re.search(r"\d \d", v) and re.search(r"\d{3,4} \d{4}$", v) is None:
            tags.append("space_in_number")
        if any(c in CONFUSE for c in v) and typ != "IP_ADDRESS":
            tags.append("ocr_confusable")
        if any(c in HANGUL_DIG for c in v):
            tags.append("hangul_digits")
    else:
        if typ in ("KR_PASSPORT",) and re.search(r"\d[OlIS]|[OlIS]\d", v[1:]):
            tags.append("ocr_confusable")
        if typ == "DATE_OF_BIRTH" and re.search(r"[OlI]", v):
            tags.append("ocr_confusable")
    if any(c in MASK_CH for c in v) and typ != "PERSON":
        tags.append("masked")
    return tags


def infer_sub(typ, v):
    n = unicodedata.normalize("NFKC", v)
    if typ == "PERSON":
        if re.search(r"[A-Za-z]", n):
            return "foreign_latin"
        if len(n.replace(" ", "").replace("\n", "")) >= 5:
            return "foreign_hangul"
        return "korean"
    if typ == "PHONE_NUMBER":
        d = "".join(map(str, digits_of(n)))
        if n.startswith("+"):
            return "intl"
        if d.startswith("01"):
            return "mobile"
        if d.startswith("070") or d.startswith("050"):
            return "internet_070"
        return "landline"
    if typ == "KR_RRN":
        if any(c in MASK_CH for c in n):
            return "rrn_masked"
        ds = digits_of(n)
        return "rrn_post2020" if ds[6] in (3, 4) and ds[0] * 10 + ds[1] >= 20 else "rrn_valid"
    if typ == "KR_PASSPORT":
        if any(c in MASK_CH for c in n):
            return "passport_masked"
        c = n.replace(" ", "").replace("\n", "")
        if re.fullmatch(r"[MSGDRO][0-9]{8}", c):
            return "passport_kr_old"
        if re.fullmatch(r"[MSGDRO][0-9]{3}[A-Z][0-9]{4}", c):
            return "passport_kr_new"
        return "passport_foreign"
    if typ == "CREDIT_CARD":
        if any(c in MASK_CH for c in n):
            return "card_masked"
        d = digits_of(n)
        if d[:2] in ([3, 4], [3, 7]):
            return "amex"
        if d[0] == 4:
            return "visa"
        if d[0] == 5 or d[:2] == [2, 2]:
            return "master"
        if d[:2] == [3, 5]:
            return "jcb"
        if d[:2] == [9, 4]:
            return "bc_local"
        if d[:2] == [6, 2]:
            return "unionpay"
        if d[:2] == [3, 6]:
            return "diners"
        return "other"
    if typ == "DATE_OF_BIRTH":
        if "년" in n:
            return "dob_korean"
        if re.fullmatch(r"\d{6}", n):
            return "dob_yymmdd"
        if re.search(r"[A-Za-z]", n):
            return "dob_latin_month"
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", n):
            return "dob_iso"
        if re.fullmatch(r"\d{2}\.\d{2}\.\d{2}\.?", n):
            return "dob_yy_dotted"
        if "/" in n:
            return "dob_slash"
        if re.fullmatch(r"\d{8}", n):
            return "dob_yyyymmdd"
        return "dob_dotted"
    if typ == "KR_ADDRESS":
        return "address_jibun" if re.search(r"[동리가]\s*\d+(-\d+)?(번지)?", n) and not re.search(r"(로|길)\s*\d", n) else "address_road"
    if typ == "KR_BANK_ACCOUNT":
        if any(c in MASK_CH for c in n):
            return "account_masked"
        return "account_%dd" % len(digits_of(n))
    if typ == "KR_DRIVER_LICENSE":
        return "dl_name" if re.match(r"[가-힣]", n) else ("dl_digits_plain" if re.fullmatch(r"\d{12}", n) else "dl_numeric")
    if typ == "KR_VEHICLE_PLATE":
        return "plate_region" if re.match(r"[가-힣]{2}\s?\d", n) else ("plate_3digit" if re.match(r"\d{3}", n) else "plate_2digit")
    if typ == "IP_ADDRESS":
        if ":" in n:
            return "ipv6"
        return "ipv4_private" if re.match(r"(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)", n) else "ipv4_public"
    if typ == "KR_FRN":
        return "frn_masked" if any(c in MASK_CH for c in n) else "frn_valid"
    return typ.lower().replace("kr_", "")


# ---------------------------------------------------------------- pools
SURN = list("김이박최정강조윤장임한오서신권황안송류전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉") + ["황보", "남궁", "선우", "제갈", "독고", "사공", "서문"]
SURN_W = [30, 20, 12, 7, 7, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2] + [1] * (len(SURN) - 20)
GIV1 = list("민서지현예수하도윤준은채시우유진주연아영재성태경동정혜다나소보승희인효가선세상원기훈종규석철용호명")
GIV2 = list("준서윤우진호현민빈훈아은연영원희경수정율희숙자미란림혁찬결온솔별담슬겸택규석철혜나")
FOREIGN_LAT = ["NGUYEN VAN HUNG", "TRAN THI MAI", "Maria Santos", "John Michael Carter", "Aziz Karimov", "RAHMAN MD HASAN",
               "Sokha Chan", "Budi Santoso", "WANG XIAOMING", "LI NA", "Emily Rose Turner", "Dorj Bat-Erdene",
               "SITI NURHALIZA", "Pedro Alvarez", "Kenji Tanaka", "Ana Lucia Reyes", "Olga Petrova", "Tserenbat Munkh",
               "Ahmed El-Sayed", "Priya Sharma", "Juan Dela Cruz", "Thida Win", "Ram Bahadur Thapa", "Lukas Becker",
               "CHEN YUTING", "Farhod Umarov", "Nimal Perera", "Kim Thi Lan", "Samuel Okafor", "Grace Wanjiru"]
NAT = {"NGUYEN VAN HUNG": ("VNM", "베트남"), "TRAN THI MAI": ("VNM", "베트남"), "Maria Santos": ("PHL", "필리핀"), "John Michael Carter": ("USA", "미국"),
       "Aziz Karimov": ("UZB", "우즈베키스탄"), "RAHMAN MD HASAN": ("BGD", "방글라데시"), "Sokha Chan": ("KHM", "캄보디아"), "Budi Santoso": ("IDN", "인도네시아"),
       "WANG XIAOMING": ("CHN", "중국"), "LI NA": ("CHN", "중국"), "Emily Rose Turner": ("GBR", "영국"), "Dorj Bat-Erdene": ("MNG", "몽골"),
       "SITI NURHALIZA": ("IDN", "인도네시아"), "Pedro Alvarez": ("MEX", "멕시코"), "Kenji Tanaka": ("JPN", "일본"), "Ana Lucia Reyes": ("PHL", "필리핀"),
       "Olga Petrova": ("RUS", "러시아"), "Tserenbat Munkh": ("MNG", "몽골"), "Ahmed El-Sayed": ("EGY", "이집트"), "Priya Sharma": ("IND", "인도"),
       "Juan Dela Cruz": ("PHL", "필리핀"), "Thida Win": ("MMR", "미얀마"), "Ram Bahadur Thapa": ("NPL", "네팔"), "Lukas Becker": ("DEU", "독일"),
       "CHEN YUTING": ("TWN", "대만"), "Farhod Umarov": ("UZB", "우즈베키스탄"), "Nimal Perera": ("LKA", "스리랑카"), "Kim Thi Lan": ("VNM", "베트남"),
       "Samuel Okafor": ("NGA", "나이지리아"), "Grace Wanjiru": ("KEN", "케냐"),
       "응우옌반훙": ("VNM", "베트남"), "쩐티마이": ("VNM", "베트남"), "마리아 산토스": ("PHL", "필리핀"), "존 카터": ("USA", "미국"), "아지즈 카리모프": ("UZB", "우즈베키스탄"),
       "라만 하산": ("BGD", "방글라데시"), "소카 찬": ("KHM", "캄보디아"), "부디 산토소": ("IDN", "인도네시아"), "왕샤오밍": ("CHN", "중국"), "리나": ("CHN", "중국"),
       "에밀리 터너": ("GBR", "영국"), "바트에르덴": ("MNG", "몽골"), "시티 누르할리자": ("IDN", "인도네시아"), "페드로 알바레스": ("MEX", "멕시코"),
       "다나카 겐지": ("JPN", "일본"), "올가 페트로바": ("RUS", "러시아"), "아메드 엘사예드": ("EGY", "이집트"), "프리야 샤르마": ("IND", "인도"),
       "후안 델라크루스": ("PHL", "필리핀"), "라무 타파": ("NPL", "네팔"), "루카스 베커": ("DEU", "독일"), "천위팅": ("TWN", "대만"), "파르호드 우마로프": ("UZB", "우즈베키스탄")}
FOREIGN_HAN = ["응우옌반훙", "쩐티마이", "마리아 산토스", "존 카터", "아지즈 카리모프", "라만 하산", "소카 찬", "부디 산토소",
               "왕샤오밍", "리나", "에밀리 터너", "바트에르덴", "시티 누르할리자", "페드로 알바레스", "다나카 겐지", "올가 페트로바",
               "아메드 엘사예드", "프리야 샤르마", "후안 델라크루스", "라무 타파", "루카스 베커", "천위팅", "파르호드 우마로프"]
SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"), ("광주광역시", "광주"),
        ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"), ("강원특별자치도", "강원"), ("충청북도", "충북"),
        ("충청남도", "충남"), ("전북특별자치도", "전북"), ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"), ("제주특별자치도", "제주")]
SGG = {"서울": ["마포구", "강서구", "노원구", "관악구", "송파구", "은평구", "성북구", "동작구"], "부산": ["해운대구", "사하구", "동래구", "부산진구"],
       "대구": ["수성구", "달서구", "북구"], "인천": ["남동구", "연수구", "부평구", "서구"], "광주": ["북구", "광산구", "서구"],
       "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군", "중구"], "경기": ["수원시 영통구", "고양시 일산동구", "성남시 분당구", "화성시", "평택시", "파주시", "안산시 단원구", "용인시 기흥구"],
       "강원": ["춘천시", "원주시", "강릉시", "홍천군"], "충북": ["청주시 흥덕구", "충주시", "제천시"], "충남": ["천안시 서북구", "아산시", "서산시", "공주시"],
       "전북": ["전주시 완산구", "익산시", "군산시"], "전남": ["여수시", "순천시", "목포시", "나주시"], "경북": ["포항시 북구", "구미시", "경산시", "안동시"],
       "경남": ["창원시 성산구", "김해시", "진주시", "양산시"], "제주": ["제주시", "서귀포시"]}
ROAD = ["은행나무로", "새말길", "한내로", "솔밭로", "가람길", "다온로", "푸른숲길", "장미로", "청솔로", "버들길", "햇살로", "느티로", "별빛길", "매봉로", "구름다리길", "꽃마을로", "도담로", "강변북길", "산들로", "큰골길"]
DONG = ["상계동", "신정동", "중앙동", "구암동", "송정리", "신흥동", "봉명동", "화정동", "덕천동", "월평동", "내동리", "옥산리", "평리동"]
APT = ["한빛아파트", "푸른마을", "솔빛마을 2단지", "늘푸른빌라", "새봄하이츠", "은하맨션", "다온타운"]
BANKS = [  # name, groupings
    ("국민은행", ["6-2-6", "3-2-4-3", "4-2-4-4"]), ("신한은행", ["3-3-6", "3-2-6"]), ("우리은행", ["4-3-6", "3-6-2-3"]),
    ("하나은행", ["3-6-5", "3-6-3"]), ("NH농협은행", ["3-4-4-2", "3-2-6"]), ("지역농협", ["6-2-6", "3-4-4-2"]),
    ("IBK기업은행", ["3-6-2-3", "3-2-6"]), ("SC제일은행", ["3-2-6"]), ("카카오뱅크", ["K4-2-7"]), ("토스뱅크", ["T4-4-4"]),
    ("케이뱅크", ["Q3-3-6"]), ("우체국", ["6-2-6"]), ("새마을금고", ["M4-4-4-1"]), ("신협", ["3-3-6"]), ("수협은행", ["3-2-6", "4-4-4"]),
    ("부산은행", ["3-4-4-2"]), ("iM뱅크", ["3-2-6-1"]), ("광주은행", ["3-3-6"]), ("경남은행", ["3-2-7"]), ("전북은행", ["3-2-7"]),
    ("제주은행", ["2-2-6"]), ("한국씨티은행", ["3-5-3"]), ("KDB산업은행", ["3-6-2-3"]),
]


class G:
    """Value generators bound to one RNG."""

    def __init__(self, rng):
        self.r = rng
        self.used_names = set()

    def name(self):
        r = self.r
        for _ in range(100):
            s = r.choices(SURN, SURN_W)[0]
            g = r.choice(GIV1) + r.choice(GIV2) if r.random() < 0.95 else r.choice(["준", "민", "현", "진", "훈", "솔", "윤", "혁", "결", "담", "찬", "율"])
            n = s + g
            if n in ("홍길동",) or len(n) < 2 or n[-1] == n[-2]:
                continue
            if n not in self.used_names:
                self.used_names.add(n)
                return n
        return n

    def fname(self, latin=None):
        if latin is None:
            latin = self.r.random() < 0.6
        return self.r.choice(FOREIGN_LAT if latin else FOREIGN_HAN)

    def mobile(self):
        r = self.r
        a, b = r.randint(2000, 9999), r.randint(1000, 9999)
        f = r.random()
        if f < 0.7:
            return f"010-{a}-{b}"
        if f < 0.8:
            return f"010 {a} {b}"
        if f < 0.9:
            return f"010{a}{b}"
        return f"010.{a}.{b}"

    def landline(self):
        r = self.r
        ac = r.choice(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"])
        mid = r.randint(200, 999) if ac == "02" and r.random() < 0.3 else r.randint(2000, 9999)
        if ac == "070":
            mid = r.randint(4000, 8999)
        return f"{ac}-{mid}-{r.randint(1000, 9999)}"

    def phone(self):
        return self.mobile() if self.r.random() < 0.65 else self.landline()

    def email(self, name=None):
        r = self.r
        user = r.choice(["sky", "hana", "minji", "jhpark", "leo", "sunny", "yj.kim", "gold", "moon", "ds_lee", "blue", "choi", "hyun", "jiwoo", "daon"])
        user += str(r.randint(1, 9999)) if r.random() < 0.7 else r.choice(["_k", ".j", "77", "x"])
        dom = r.choice(["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.kr", "korea.kr", "hanbit-eng.co.kr", "yahoo.co.kr"])
        return f"{user}@{dom}"

    def address(self, unit=None):
        r = self.r
        full, short = r.choice(SIDO)
        sido = full if r.random() < 0.6 else short
        sgg = r.choice(SGG[short])
        start_sgg = r.random() < 0.2
        if r.random() < 0.72:
            core = f"{sgg} {r.choice(ROAD)} {r.randint(1, 320)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.2 else "")
        else:
            core = f"{sgg} {r.choice(DONG)} {r.randint(1, 999)}" + (f"-{r.randint(1, 30)}" if r.random() < 0.5 else "") + ("번지" if r.random() < 0.3 else "")
            if r.random() < 0.4:
                core += " " + r.choice(APT)
        addr = core if start_sgg else f"{sido} {core}"
        if unit is None:
            unit = r.random() < 0.6
        if unit:
            u = r.random()
            if u < 0.5:
                addr += f", {r.randint(101, 120)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
            elif u < 0.8:
                addr += f", {r.randint(2, 5)}층 {r.randint(2, 5)}0{r.randint(1, 4)}호"
            else:
                addr += f" {r.randint(101, 905)}호"
        return addr

    def dob_parts(self, lo=1940, hi=2019):
        r = self.r
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return y, m, d

    def dob(self, y=None, m=None, d=None, style=None):
        if y is None:
            y, m, d = self.dob_parts()
        st = style if style is not None else self.r.randrange(9)
        return [f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}.",
                f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{y}/{m:02d}/{d:02d}",
                f"{d:02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][m-1]} {y}", f"{y}{m:02d}{d:02d}"][st]

    def rrn(self, kind=None, y=None, m=None, d=None, adult=False):
        r = self.r
        if kind is None:
            kind = r.choices(["valid", "post", "masked"], [5, 0 if adult else 3, 2])[0]
        if kind == "post" and y is None:
            y = r.randint(2020, 2025)
            m = r.randint(11, 12) if y == 2020 else r.randint(1, 12)
            d = r.randint(1, 28)
        elif y is None:
            y, m, d = self.dob_parts(1945, 2005 if adult else 2019)
        g = (1 if r.random() < 0.5 else 2) + (2 if y >= 2000 else 0)
        head = f"{y % 100:02d}{m:02d}{d:02d}"
        if kind == "masked":
            mc = r.choice(["*", "●", "X", "*"])
            return f"{head}-{g}{mc * 6}"
        body = f"{g}{r.randint(0, 99999):05d}"
        return f"{head}-{body}" + ("?" if kind == "valid" else "!")

    def frn(self, masked=False, ymd=None):
        r = self.r
        y, m, d = ymd or self.dob_parts(1965, 2004)
        g = (5 if r.random() < 0.5 else 6) + (2 if y >= 2000 else 0)
        head = f"{y % 100:02d}{m:02d}{d:02d}"
        if masked:
            return f"{head}-{g}******"
        return f"{head}-{g}{r.randint(10, 25):02d}{r.randint(0, 99):02d}{r.choice([7, 8, 9])}?"

    def brn(self):
        r = self.r
        return f"{r.randint(101, 899)}-{r.choice([81, 85, 86, 87, 88, 10, 13, 22, 37, 41])}-{r.randint(0, 9999):04d}?"

    def crn(self):
        r = self.r
        return f"{r.choice(['1101', '1101', '1311', '1345', '1358', '1601', '1711', '1801', '2001', '2301', '2841'])}{r.choice(['11', '11', '11', '71', '81', '21', '14'])}-{r.randint(0, 999999):06d}?"

    def card(self, brand=None, sep=None, masked=False):
        r = self.r
        brand = brand or r.choice(["visa", "master", "bc", "jcb", "amex", "master2", "union", "visa", "master", "bc"])
        pref = {"visa": "4" + str(r.randint(10000, 99999)), "master": str(r.randint(51, 55)) + str(r.randint(1000, 9999)),
                "master2": "22" + str(r.randint(2100, 7209)), "bc": "94" + str(r.randint(1000, 4999)), "jcb": "35" + str(r.randint(2800, 8999)),
                "amex": r.choice(["34", "37"]) + str(r.randint(1000, 9999)), "union": "62" + str(r.randint(1000, 9999))}[brand]
        ln = 15 if brand == "amex" else 16
        body = pref + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pref) - 1))
        sep = sep if sep is not None else r.choice(["-", "-", " ", "", "-"])
        if ln == 15:
            groups = [body[:4], body[4:10], body[10:] + "?"]
        else:
            groups = [body[:4], body[4:8], body[8:12], body[12:] + "?"]
        s = sep.join(groups)
        if masked:
            # mask middle digits keeping the first 6 and last 4; placeholder resolved first by caller
            s = fill_check("CREDIT_CARD", s)
            mc = r.choice(["*", "*", "X", "●"])
            out, cnt = [], 0
            total = sum(c.isdigit() for c in s)
            for c in s:
                if c.isdigit():
                    cnt += 1
                    out.append(c if cnt <= 6 or cnt > total - 4 else mc)
                else:
                    out.append(c)
            s = "".join(out)
        return s

    def account(self, bank=None):
        r = self.r
        if bank is None:
            bank, groups = r.choice(BANKS)
        else:
            groups = dict(BANKS)[bank]
        g = r.choice(groups)
        fixed = ""
        if g[0].isalpha():
            fixed = {"K": "3333", "T": "1000", "Q": "100", "M": "9"}[g[0]]
            g = g[1:]
        parts = [int(x) for x in g.split("-")]
        digs = fixed + "".join(str(r.randint(0, 9)) for _ in range(sum(parts) - len(fixed)))
        out, i = [], 0
        for p in parts:
            out.append(digs[i:i + p])
            i += p
        sep = r.choices(["-", "", " "], [8, 2, 1])[0]
        return bank, sep.join(out)

    def passport(self, kind=None):
        r = self.r
        kind = kind or r.choice(["kr_old", "kr_new", "kr_new", "foreign"])
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if kind == "kr_old":
            return r.choice("MMMSGDR") + f"{r.randint(0, 99999999):08d}"
        if kind == "kr_new":
            return r.choice("MMMMSGDR") + f"{r.randint(0, 999):03d}" + r.choice(L) + f"{r.randint(0, 9999):04d}"
        fmt = r.choice(["C#######", "P#######A", "E########", "EA#######", "#########", "TZ#######", "FA#######", "AA#######",
                        "B#######", "N########", "C01X00T47", "J#######", "K########", "PA#######", "E#######", "##########"])
        out = ""
        for c in fmt:
            out += str(r.randint(0, 9)) if c == "#" else c
        if fmt == "C01X00T47":
            out = "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
        return out

    def dl(self):
        r = self.r
        reg = r.choice(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "28"])
        nm = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북", "18": "전남", "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주", "25": "대전", "26": "울산", "28": "경기"}[reg]
        yy = f"{r.randint(85, 124) % 100:02d}"
        body = f"{r.randint(0, 999999):06d}"
        tail = f"{r.randint(0, 9)}{r.randint(0, 2)}"
        f = r.random()
        if f < 0.5:
            return f"{reg}-{yy}-{body}-{tail}"
        if f < 0.7:
            return f"{nm} {yy}-{body}-{tail}"
        if f < 0.8:
            return f"{nm}{yy}-{body}-{tail}"
        return f"{reg}{yy}{body}{tail}"

    def plate(self):
        r = self.r
        h = r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호배")
        f = r.random()
        if f < 0.45:
            return f"{r.randint(10, 99)}{h} {r.randint(1000, 9999)}"
        if f < 0.75:
            return f"{r.randint(100, 699)}{h} {r.randint(1000, 9999)}"
        if f < 0.87:
            return f"{r.choice(['서울', '경기', '부산', '인천', '대구', '충남'])} {r.randint(10, 99)}{r.choice('바사아자')} {r.randint(1000, 9999)}"
        return f"{r.randint(10, 399)}{h}{r.randint(1000, 9999)}"

    def hi(self):
        r = self.r
        s = f"{r.randint(1, 8)}{r.randint(0, 9999999999):010d}"
        f = r.random()
        if f < 0.6:
            return s
        if f < 0.85:
            return f"{s[0]}-{s[1:]}"
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"

    def ip(self):
        r = self.r
        f = r.random()
        if f < 0.35:
            return f"{r.choice([211, 121, 58, 175, 220, 39, 106, 118, 112, 61])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if f < 0.6:
            return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
        if f < 0.85:
            return f"10.{r.randint(0, 250)}.{r.randint(0, 250)}.{r.randint(2, 254)}"
        if f < 0.93:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"


# ---------------------------------------------------------------- template helpers
def P(n):
    return f"⟦{n}⟧"


def S(t, v):
    return f"⟦{t}:{v}⟧"


def N(cat, t):
    return f"⟪{cat}:{t}⟫"


AGENCY = [("행복구청", "행복구청장"), ("한내시청", "한내시장"), ("늘봄군청", "늘봄군수"), ("국민복지공단 가람지사", "가람지사장"),
          ("새솔교육지원청", "새솔교육장"), ("가람시 보건소", "가람시보건소장"), ("한들구 주민센터", "한들동장"), ("중부지방고용노동청 다온지청", "다온지청장")]
INST_ADDR = ["세종특별자치시 한누리대로 402 정부세종청사 8동", "서울특별시 종로구 세종대로 209 정부서울청사 별관", "경기도 가람시 시청로 25",
             "대전광역시 서구 청사로 189 정부대전청사 2동", "충청북도 청주시 상당구 상당로 82", "강원특별자치도 춘천시 중앙로 1"]
SWITCH = ["1588-0120", "1577-1000", "1600-0700", "1544-9001", "1644-2828", "1566-0023", "1661-2626", "1899-7000", "110", "120", "1345", "1350"]


def inst_phone(g):
    return f"{g.r.choice(['02', '044', '031', '042', '043'])}-{g.r.randint(200, 999)}-{g.r.choice(['2114', '1000', '0114', '3114'])}"


def docno(g):
    r = g.r
    return r.choice([f"복지정책과-{r.randint(100, 9999)}", f"민원여권과-{r.randint(100, 9999)}", f"회계과-{r.randint(100, 9999)}",
                     f"자치행정팀-{r.randint(10, 999)}", f"교통행정과-{r.randint(1000, 20000)}", f"아동청소년과-{r.randint(100, 5000)}"])


def caseno(g):
    r = g.r
    return r.choice([f"2025가단{r.randint(1000, 99999)}", f"2024머{r.randint(100, 9999)}", f"2025나{r.randint(1000, 29999)}",
                     f"2026가소{r.randint(10000, 99999)}", f"2025구합{r.randint(100, 9999)}", f"2024노{r.randint(100, 3999)}"])


def recno(g):
    r = g.r
    return r.choice([f"접수번호 {r.randint(1, 9)}AA-{r.randint(2401, 2612)}-{r.randint(0, 9999999):07d}",
                     f"관리번호 {r.randint(100, 999)}-{r.randint(2020, 2026)}-{r.randint(1000, 9999)}",
                     f"신청번호 {r.randint(2025, 2026)}{r.randint(10000000, 99999999)}"])


def amount(g, lo=10, hi=3000):
    return f"{g.r.randint(lo, hi) * 1000:,}원"


def sep_row(g, cells):
    st = g.r.choice(["pipe", "pipe2", "tab", "spaces", "box"])
    if st == "pipe":
        return "|".join(cells)
    if st == "pipe2":
        return "| " + " | ".join(cells) + " |"
    if st == "tab":
        return "\t".join(cells)
    if st == "spaces":
        return "   ".join(cells)
    return "│" + "│".join(cells) + "│"


def table(g, rows, header=None, style=None):
    st = style or g.r.choice(["|", " | ", "\t", "   ", "│"])
    lines = []
    if header:
        lines.append(st.join(header))
    for c in rows:
        lines.append(st.join(c))
    return "\n".join(lines)


def period(g):
    r = g.r
    y, m, d = r.randint(2025, 2026), r.randint(1, 11), r.randint(1, 20)
    return f"{y}. {m}. {d}. ~ {y}. {m + r.randint(0, 1)}. {d + r.randint(3, 8)}."


def ymd(g, y0=2025, y1=2026):
    r = g.r
    return f"{r.randint(y0, y1)}. {r.randint(1, 12)}. {r.randint(1, 28)}."


# ---------------------------------------------------------------- templates
def t_subsidy_tab(g):
    r = g.r
    prog = r.choice(["청년 월세 한시 특별지원", "농업인 공익직불금", "출산축하금", "에너지바우처 환급", "긴급생계지원금", "소상공인 재기지원금"])
    rows = []
    for i in range(r.randint(3, 6)):
        bank, acc = g.account()
        show_bank = r.random() < 0.7
        rows.append([str(i + 1), P(g.name()), (bank if show_bank else ""), S("ACC", acc), amount(g, 100, 900)])
    rows = [[c for c in row if c != ""] for row in rows]
    st = r.choice(["\t", "|", "  ", "│"])
    head = f"{prog} {r.randint(1, 12)}월분 지급 대상자 (지급일 {ymd(g)})\n" if r.random() < 0.7 else ""
    return "보조금 지급 목록", head + table(g, rows, style=st) + f"\n계 {len(rows)}명"


def t_allowance_pipe(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        bank, acc = g.account()
        rows.append([P(g.name()), S("DOB", g.dob(*g.dob_parts(1938, 1960), style=r.choice([0, 2, 3, 4, 5]))), bank, S("ACC", acc), amount(g, 200, 400)])
    hdr = ["성명", "생년월일", "은행", "계좌번호", "지급액"]
    return "수당 지급 목록", f"{r.choice(['기초연금', '장애수당', '참전명예수당', '효도수당'])} 지급 명세 ({r.randint(2025, 2026)}년 {r.randint(1, 12)}월)\n" + table(g, rows, hdr if r.random() < 0.5 else None, style=r.choice([" | ", "|"]))


def t_refund_box(g):
    r = g.r
    lines = ["┌────┬────────┬──────────────────┬────────┐"]
    for i in range(r.randint(2, 5)):
        bank, acc = g.account()
        nm = P(g.name()) if r.random() < 0.85 else N("company", r.choice(["(주)다온상사", "한빛물산(주)", "주식회사 가람테크"]))
        lines.append(f"│{i + 1:>3} │ {nm} │ {bank} {S('ACC', acc)} │ {amount(g, 5, 300)} │")
    lines.append("└────┴────────┴──────────────────┴────────┘")
    return "환급금 지급 목록", f"지방세 과오납 환급금 지급 내역 ({N('docno', docno(g))})\n" + "\n".join(lines)


def t_account_change(g):
    r = g.r
    nm = g.name()
    bank0, acc0 = g.account()
    bank1, acc1 = g.account()
    rr = g.rrn(adult=True)
    return "계좌 변경 신청", (f"수급계좌 변경 신청서\n\n신청인 성명: {P(nm)}    주민등록번호: {S('RRN', rr)}\n"
                          f"주소: {S('AD', g.address())}\n연락처: {S('PH', g.mobile())}\n\n"
                          f"기존 계좌: {bank0} {S('ACC', acc0)}\n변경 계좌: {bank1} {S('ACC', acc1)} (예금주 {P(nm)})\n"
                          f"변경 사유: {r.choice(['주거래 은행 변경', '기존 계좌 압류', '통장 분실', '계좌 해지'])}\n\n{ymd(g)}\n신청인 {P(nm)} (서명)\n{r.choice(AGENCY)[1]} 귀하")


def t_card_slip(g):
    r = g.r
    card = g.card(masked=r.random() < 0.4)
    amt = r.randint(5, 400) * 1000
    return "카드 매출전표", (f"[신용카드 매출전표]\n가맹점명: {r.choice(['다온식당', '가람문구', '솔밭주유소', '한빛약국', '별빛카페'])}\n"
                        f"사업자번호: {S('BRN', g.brn())}\n대표자: {P(g.name())}\n가맹점 전화: {S('PH', g.landline())}\n"
                        f"카드번호: {S('CC', card)}\n거래일시: {ymd(g)} {r.randint(9, 21)}:{r.randint(0, 59):02d}\n"
                        f"승인번호: {r.randint(10000000, 99999999)}\n할부: 일시불\n금액: {amt:,}원\n부가세: {amt // 11:,}원")


def t_card_refund(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 6)):
        card = g.card(sep=r.choice(["-", " ", ""]), masked=r.random() < 0.25)
        rows.append([f"{i + 1}", P(g.name()), S("CC", card), amount(g, 3, 90), r.choice(["승인취소", "부분환불", "환불완료"])])
    return "카드 환불 목록", f"{r.choice(['체육시설 이용료', '평생학습 수강료', '주차요금', '캠핑장 예약금'])} 카드 환불 처리 내역\n" + table(g, rows, style=r.choice(["\t", " | ", "│"]))


def t_card_loss(g):
    r = g.r
    nm = g.name()
    return "카드 분실 신고", (f"분실·도난 신고 접수 확인\n신고인: {P(nm)} (생년월일 {S('DOB', g.dob())})\n"
                          f"분실 카드: {r.choice(['체크카드', '신용카드', '복지카드(국민행복카드)'])} {S('CC', g.card())}\n"
                          f"연락처: {S('PH', g.mobile())}\n분실 장소: {r.choice(['버스 안', '시장 입구', '주민센터 민원실', '지하철역'])}\n"
                          f"{P(nm)}님의 카드는 {ymd(g)} 사용 정지 처리되었습니다. 문의: 고객센터 {N('switchboard', r.choice(SWITCH[:8]))}")


def t_hospital(g):
    r = g.r
    nm = g.name()
    return "병원 원무", (f"입원 약정서 (원무과)\n환자명: {P(nm)}   등록번호: {r.randint(10000000, 99999999)}\n주민등록번호: {S('RRN', g.rrn())}\n"
                     f"건강보험증번호: {S('HI', g.hi())}\n주소: {S('AD', g.address())}\n보호자: {P(g.name())} ({r.choice(['배우자', '자녀', '부', '모'])}) "
                     f"{S('PH', g.mobile())}\n입원일: {ymd(g)}  병동: {r.randint(5, 12)}{r.randint(1, 30):02d}호\n담당의: {r.choice(['내과', '정형외과', '소아청소년과'])} 과장")


def t_insurance_claim(g):
    r = g.r
    nm = g.name()
    bank, acc = g.account()
    return "보험 청구", (f"보험금 청구서\n피보험자 {P(nm)}  생년월일 {S('DOB', g.dob(*g.dob_parts(1950, 2002)))}  건강보험증번호 {S('HI', g.hi())}\n진료기관: {r.choice(['가람연합의원', '한내중앙병원', '솔밭정형외과'])}\n"
                     f"청구금액: {amount(g, 50, 2000)}\n수령계좌: {bank} {S('ACC', acc)}  예금주: {P(nm)}\n연락처 {S('PH', g.mobile())} / {S('EM', g.email())}")


def t_lease(g):
    r = g.r
    a, b = g.name(), g.name()
    bank, acc = g.account()
    return "임대차 계약", (f"주택임대차표준계약서\n소재지: {S('AD', g.address(unit=True))}\n보증금 금{r.randint(1, 50) * 10}00만원정  월세 {r.randint(30, 90)}만원\n"
                        f"임대인: {P(a)} 주민등록번호 {S('RRN', g.rrn(adult=True))} 전화 {S('PH', g.mobile())}\n주소 {S('AD', g.address())}\n"
                        f"임차인: {P(b)} 주민등록번호 {S('RRN', g.rrn(adult=True))} 전화 {S('PH', g.mobile())}\n"
                        f"월세 입금계좌: {bank} {S('ACC', acc)} (예금주 {P(a)})\n개업공인중개사 {P(g.name())} 등록번호 {N('registration_no', str(r.randint(11000, 48999)) + '-' + str(r.randint(2015, 2025)) + '-' + str(r.randint(100, 999)).zfill(5))}")


def t_registry(g):
    r = g.r
    co = r.choice(["주식회사 다온건설", "가람개발 주식회사", "(주)새솔에프앤비"])
    return "등기", (f"【 갑 구 】 (소유권에 관한 사항)\n순위번호 {r.randint(1, 9)} | 소유권이전 | {ymd(g, 2018, 2025)} 제{r.randint(1000, 99999)}호 | 매매\n"
                  f"소유자 {P(g.name())} {S('RRN', g.rrn(kind='masked', adult=True))}\n{S('AD', g.address())}\n"
                  f"【 을 구 】\n근저당권자 {N('company', co)} {S('CRN', g.crn())}\n{S('AD', g.address(unit=False))}\n채무자 {P(g.name())}")


def t_daycare(g):
    r = g.r
    child, par = g.name(), g.name()
    y, m, d = g.dob_parts(2020, 2024)
    kind = "masked" if r.random() < 0.3 else ("post" if (y, m) >= (2020, 10) else "valid")
    return "어린이집 행정", (f"어린이집 입소 신청 확인서\n아동명: {P(child)}  생년월일: {S('DOB', g.dob(y, m, d, style=r.choice([0, 1, 2, 3])))}\n"
                          f"아동 주민등록번호: {S('RRN', g.rrn(kind, y, m, d))}\n"
                          f"보호자: {P(par)} ({r.choice(['모', '부', '조모'])})  휴대전화: {S('PH', g.mobile())}\n"
                          f"주소: {S('AD', g.address())}\n반 배정: {r.choice(['햇살반', '새싹반', '별님반'])} / 입소 예정일 {ymd(g)}\n"
                          f"※ 아이사랑 카드: {S('CC', g.card(brand='bc'))}")


def t_school(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append([f"{r.randint(1, 6)}-{r.randint(1, 8)}", P(g.name()), S("DOB", g.dob(*g.dob_parts(2010, 2018), style=r.choice([2, 3, 5]))), P(g.name()), S("PH", g.mobile())])
    return "학교 행정", f"{r.choice(['방과후학교 수강생 명단', '현장체험학습 참가자', '돌봄교실 대기자'])}\n" + table(g, rows, ["반", "학생", "생년월일", "보호자", "연락처"] if r.random() < 0.4 else None)


def t_disability(g):
    r = g.r
    nm = g.name()
    return "장애인 복지", (f"장애인활동지원 급여 변경 통지\n{P(nm)} 님 ({S('RRN', g.rrn(kind='masked'))})\n"
                        f"주소: {S('AD', g.address())}\n활동지원사: {P(g.name())} 선생님 ({S('PH', g.mobile())})\n"
                        f"급여 구간: {r.randint(1, 15)}구간, 월 {r.randint(60, 480)}시간\n바우처 카드번호: {S('CC', g.card(masked=True))}\n"
                        f"문의: 대표전화 {N('inst_phone', inst_phone(g))}")


def t_elderly(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append([P(g.name()), f"만 {r.randint(65, 98)}세", S("AD", g.address(unit=False)), S("PH", g.phone())])
    return "노인 복지", f"{r.choice(['독거노인 안부확인 대상자', '경로당 급식 지원 명단', '노인맞춤돌봄 신규 대상'])}\n" + table(g, rows, style=r.choice(["\t", " | "]))


def t_vehicle_reg(g):
    r = g.r
    nm = g.name()
    return "자동차 등록", (f"자동차등록원부(갑) 요약\n자동차등록번호: {S('CAR', g.plate())}\n차명: {r.choice(['소나타', '아반떼', '포터2', '카니발', '모닝'])}  "
                        f"차대번호: KMH{r.choice('CDEJ')}{r.randint(10000000, 99999999)}{r.choice('ABC')}{r.randint(100000, 999999)}\n"
                        f"소유자: {P(nm)}  {S('RRN', g.rrn(kind='masked', adult=True))}\n사용본거지: {S('AD', g.address())}\n최초등록일: {ymd(g, 2015, 2024)}")


def t_fine(g):
    r = g.r
    nm = g.name()
    return "과태료", (f"과태료 부과 사전통지서\n{N('docno', docno(g))}\n위반차량: {S('CAR', g.plate())}\n소유자: {P(nm)} 귀하\n"
                   f"주소: {S('AD', g.address())}\n위반일시: {ymd(g)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n"
                   f"위반장소: {r.choice(['한내초등학교 앞 어린이보호구역', '가람시장 사거리', '솔밭로 버스전용차로'])}\n"
                   f"근거: {N('statute', '「도로교통법」 제160조 제3항')}\n금액: {amount(g, 40, 120)}\n가상계좌: {r.choice(['신한', '우리'])} {N('virtual_account_inst', '5621-' + str(r.randint(10000000, 99999999)))} (예금주 {N('inst', r.choice(AGENCY)[0])})")


def t_parking(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append([f"{r.choice('ABC')}-{r.randint(1, 60):02d}", P(g.name()), S("CAR", g.plate()), S("PH", g.mobile())])
    return "주차", f"거주자우선주차 {r.choice(['2026년 상반기', '2025년 하반기'])} 배정 결과 ({r.choice(['한들동', '솔밭동', '가람1동'])})\n" + table(g, rows)


def t_flight(g):
    r = g.r
    lines = [f"PASSENGER MANIFEST  {r.choice(['KE', 'OZ', '7C', 'TW', 'LJ'])}{r.randint(100, 999)}  ICN-{r.choice(['NRT', 'HAN', 'CEB', 'BKK', 'ULN', 'TAS'])}  {r.randint(1, 28):02d}{r.choice(['MAR', 'APR', 'JUL', 'OCT'])}26"]
    for i in range(r.randint(3, 6)):
        if r.random() < 0.6:
            nm = "".join(c for c in g.name())
            sur = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "정": "JUNG", "강": "KANG", "조": "CHO", "윤": "YOON"}.get(nm[0], "HAN")
            given = r.choice(["MINSU", "JIHYE", "SEOYEON", "DOHYUN", "YUNA", "JAEWON", "HAEUN", "TAEYANG"])
            nml = f"{sur}/{given}"
            pp = g.passport(r.choice(["kr_old", "kr_new", "kr_new"]))
            nat = "KOR"
        else:
            fn = g.fname(latin=True)
            nml = fn.upper().replace(" ", "/", 1)
            pp = g.passport("foreign")
            nat = NAT[fn][0]
        dob = g.dob(style=7)
        lines.append(f"{i + 1:02d} {P(nml)} {nat} {S('DOB', dob)} {S('PP', pp)} {r.randint(10, 45)}{r.choice('ABCDEFG')}")
    return "항공 명단", "\n".join(lines)


def t_travel_order(g):
    r = g.r
    rows = []
    for i in range(r.randint(2, 4)):
        rows.append([r.choice(["행정사무관", "주무관", "시설주사", "보건연구사"]), P(g.name()), S("PP", g.passport(r.choice(["kr_new", "kr_old", "kr_new"]))), S("DOB", g.dob(*g.dob_parts(1965, 1998), style=r.choice([0, 3, 4])))])
    return "국외출장", (f"국외출장 명령\n{N('docno', docno(g))}\n출장국: {r.choice(['베트남 하노이', '일본 도쿄', '독일 베를린', '몽골 울란바토르'])}\n기간: {period(g)}\n"
                     + table(g, rows, ["직급", "성명", "여권번호", "생년월일"] if r.random() < 0.5 else None) + f"\n\n{r.choice(AGENCY)[1]}")


def t_hotel(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        if r.random() < 0.5:
            rows.append([f"{r.randint(2, 9)}{r.randint(1, 20):02d}", P(g.name()), S("PH", g.mobile()), S("CAR", g.plate())])
        else:
            fn = g.fname(latin=True)
            rows.append([f"{r.randint(2, 9)}{r.randint(1, 20):02d}", P(fn), S("PP", g.passport("foreign")), NAT[fn][0]])
    return "숙박 명단", f"{r.choice(['가람 게스트하우스', '한내관광호텔', '솔밭 리조트'])} 투숙객 명부 ({ymd(g)})\n" + table(g, rows, style=r.choice(["\t", " | ", "  "]))


def t_foreign_worker(g):
    r = g.r
    rows = []
    for i in range(r.randint(2, 4)):
        fn = g.fname()
        rows.append([P(fn), NAT[fn][1], S("FRN", g.frn(masked=r.random() < 0.15)), S("PP", g.passport("foreign")), r.choice(["E-9", "H-2", "E-7"])])
    return "외국인 근로자", (f"외국인근로자 고용변동 신고\n사업장: {N('company', r.choice(['(주)한빛정밀', '다온농산', '가람수산(주)']))} (사업자등록번호 {S('BRN', g.brn())})\n"
                          f"대표자 {P(g.name())}  담당 {S('PH', g.landline())}\n" + table(g, rows) + f"\n변동사유: {r.choice(['사업장 변경', '계약 연장', '이탈'])}")


def t_student(g):
    r = g.r
    fn = g.fname(latin=True)
    bd = g.dob_parts(1996, 2005)
    return "유학생 관리", (f"유학생 체류관리 카드\n성명(영문): {P(fn)}\n국적: {NAT[fn][0]}\n"
                        f"외국인등록번호: {S('FRN', g.frn(ymd=bd))}\n여권번호: {S('PP', g.passport('foreign'))}\n생년월일: {S('DOB', g.dob(*bd, style=r.choice([2, 6, 7])))}\n"
                        f"이메일: {S('EM', g.email())}\n거주지: {S('AD', g.address())}\n지도교수: {P(g.name())} 교수")


def t_litigation(g):
    r = g.r
    a, b = g.name(), g.name()
    return "소송 기록", (f"소 장\n사건 {N('caseno', caseno(g))} {r.choice(['대여금', '임대차보증금반환', '손해배상(기)'])}\n"
                     f"원    고  {P(a)} ({S('RRN', g.rrn(kind='masked', adult=True))})\n          {S('AD', g.address())}\n          전화 {S('PH', g.mobile())}\n"
                     f"피    고  {P(b)}\n          {S('AD', g.address())}\n청 구 취 지\n1. 피고는 원고에게 {amount(g, 1000, 90000)} 및 이에 대하여 지급하라.\n"
                     f"원고 {P(a)}은 피고 {P(b)}에게 {ymd(g, 2022, 2024)} 위 금원을 대여하였습니다. 송금 계좌는 {S('ACC', g.account()[1])}입니다.")


def t_mediation(g):
    r = g.r
    a, b = g.name(), g.name()
    return "조정 기록", (f"조정조서\n사건 {N('caseno', caseno(g))}\n신청인 {P(a)}\n피신청인 {P(b)}\n조정위원 {P(g.name())}\n"
                     f"조정조항\n1. 피신청인은 신청인에게 {amount(g, 100, 5000)}을 {ymd(g)}까지 신청인 명의 계좌({' '.join((lambda b: (b[0], S('ACC', b[1])))(g.account()))})로 지급한다.\n"
                     f"2. 신청인은 나머지 청구를 포기한다.")


def t_sinmungo(g):
    r = g.r
    nm = g.name()
    off = g.name()
    return "국민신문고 답변", (f"{P(nm)} 님, 안녕하십니까? 국민신문고를 통해 신청하신 민원({N('recno', recno(g))})에 대한 답변입니다.\n"
                          f"귀하께서 제기하신 {r.choice(['불법 주정차', '소음 피해', '가로등 고장', '보도블록 파손'])} 관련 민원은 현장 확인 결과 "
                          f"{r.choice(['조치 완료', '정비 예정', '소관 부서로 이송'])}되었습니다.\n"
                          f"추가 문의는 {r.choice(['교통행정과', '도로관리과', '환경과'])} 주무관 {P(off)}({S('PH', g.landline())}, {S('EM', g.email())})에게 연락 주시기 바랍니다.\n"
                          f"{r.choice(AGENCY)[1]}")


def t_press(g):
    r = g.r
    a, b = g.name(), g.name()
    ac = r.choice(["031", "033", "043", "055", "061", "063"])
    ph1 = f"{ac}-{r.randint(300, 999)}-{r.randint(1000, 9999)}"
    ph2 = f"{ac}-{r.randint(300, 999)}-{r.randint(1000, 9999)}"
    return "보도자료", (f"보도자료  보도시점: {ymd(g)} 배포 즉시\n{r.choice(['가람시, 청년 창업공간 30곳 추가 개소', '한내군, 겨울철 한파 쉼터 확대 운영', '늘봄군, 어르신 무료 건강검진 실시'])}\n"
                     f"- {r.choice(['행정안전부', '보건복지부', '고용노동부'])} 공모 선정, 국비 {r.randint(2, 40)}억 원 확보\n\n"
                     f"{P(g.name())} {r.choice(['시장은', '군수는', '구청장은'])} \"{r.choice(['주민 체감형 사업을 늘리겠다', '현장 목소리를 꾸준히 반영하겠다'])}\"고 밝혔다.\n\n"
                     f"담당 부서 {r.choice(['일자리경제과', '복지정책과'])}  책임자 과장 {P(a)} ({S('PH', ph1)})  담당자 주무관 {P(b)} ({S('PH', ph2)})\n"
                     f"주소 {N('inst_address', r.choice(INST_ADDR))}")


def t_news(g):
    r = g.r
    nm = g.name()
    age = r.randint(20, 85)
    return "뉴스", (f"{r.choice(['가람시', '한내군', '솔밭구'])}에 사는 {P(nm)}({age})씨는 지난달 {r.choice(['전세사기 피해', '보이스피싱 피해', '화재 피해'])}를 입었다. "
                  f"{P(nm)}씨는 \"{r.choice(['아직도 믿기지 않는다', '누구를 탓해야 할지 모르겠다'])}\"고 말했다. "
                  f"이웃 {P(g.name())}({r.randint(20, 85)}) 씨도 비슷한 일을 겪었다고 전했다. 경찰은 피의자 {N('masked_name', r.choice(['김모', '이모', '박모']) + '(' + str(r.randint(20, 60)) + ')씨')}를 입건했다.\n"
                  f"/{P(g.name())} 기자 {S('EM', g.email())}")


def t_minutes(g):
    r = g.r
    ppl = [g.name() for _ in range(r.randint(3, 5))]
    lines = [f"{r.choice(['제3차 지역사회보장협의체 실무회의', '주민참여예산위원회 분과회의', '학교운영위원회 정기회'])} 회의록",
             f"일시: {ymd(g)} 14:00  장소: {r.choice(['3층 소회의실', '대회의실', '화상회의'])}",
             "참석: " + ", ".join(P(p) + r.choice(["", " 위원", "(위원장)", " 간사"]) for p in ppl)]
    for _ in range(r.randint(3, 5)):
        sp = r.choice(ppl)
        lines.append(f"○ {P(sp)} {r.choice(['위원', '위원장', ''])}: {r.choice(['예산 집행률이 낮은 이유를 설명해 달라.', '다음 회의에서 자료를 보완하겠다.', '주민 설문 결과를 공유하겠다.', '찬성합니다.'])}".replace("  ", " "))
    return "회의록", "\n".join(lines)


def t_transcript(g):
    r = g.r
    nm = g.name()
    y, m, d = g.dob_parts(1950, 1995)
    return "녹취록", (f"[상담 녹취] {ymd(g)}\n상담원: 본인 확인을 위해 성함 말씀해 주시겠어요?\n민원인: {P(nm)}입니다.\n"
                   f"상담원: 생년월일도 부탁드립니다.\n민원인: {S('DOB', f'{y}년 {m}월 {d}일')}이요.\n상담원: 연락 가능한 번호가 {S('PH', g.mobile())} 맞으시죠?\n"
                   f"민원인: 네. 그리고 환급금은 {' '.join((lambda b: (b[0], S('ACC', b[1])))(g.account()))}로 받고 싶어요.\n상담원: 네, {P(nm)} 님 확인되었습니다.")


def t_access_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(4, 7)):
        uid = N("user_id", r.choice(["u", "adm", "usr", "op"]) + str(r.randint(1000, 99999)))
        act = r.choice(["LOGIN_OK", "LOGIN_FAIL", "VIEW rec=", "DOWNLOAD file=", "EXPORT"])
        if act in ("VIEW rec=", "DOWNLOAD file="):
            act += str(r.randint(100000, 999999))
        extra = ""
        if r.random() < 0.3:
            extra = f" email={S('EM', g.email())}"
        lines.append(f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+09:00 {uid} src={S('IP', g.ip())} {act}{extra}")
    if r.random() < 0.5:
        lines.append(f"# server {N('version', 'build ' + str(r.randint(1, 12)) + '.' + str(r.randint(0, 9)) + '.' + str(r.randint(0, 30)) + '.' + str(r.randint(100, 9999)))}")
    return "접속 로그", "\n".join(lines)


def t_email(g):
    r = g.r
    a, b = g.name(), g.name()
    return "이메일", (f"보낸 사람: {P(a)} <{S('EM', g.email())}>\n받는 사람: {P(b)} <{S('EM', g.email())}>\n제목: {r.choice(['자료 송부', '회의 일정 변경', '서류 보완 요청'])}\n\n"
                   f"{P(b)} 주무관님, 요청하신 {r.choice(['증빙자료', '신청서 사본', '견적서'])} 보내드립니다. 급한 건은 휴대폰 {S('PH', g.mobile())}로 연락 주세요.\n{P(a)} 드림")


def t_chat(g):
    r = g.r
    a, b = g.name(), g.name()
    return "메신저", (f"[{P(a)}] [오후 {r.randint(1, 11)}:{r.randint(0, 59):02d}] {P(b)}님 혹시 그 민원인 연락처 있으세요?\n"
                   f"[{P(b)}] [오후 {r.randint(1, 11)}:{r.randint(0, 59):02d}] {S('PH', g.mobile())} 이에요. 차번호는 {S('CAR', g.plate())}\n"
                   f"[{P(a)}] [오후 {r.randint(1, 11)}:{r.randint(0, 59):02d}] 감사합니다 ㅎㅎ")


def t_dl_check(g):
    r = g.r
    nm = g.name()
    return "운전면허 확인", (f"운전면허 진위확인 결과\n성명: {P(nm)}\n생년월일: {S('DOB', g.dob())}\n면허번호: {S('DL', g.dl())}\n"
                          f"암호일련번호: {r.choice('ABCDEFGH')}{r.randint(10000, 99999)}\n결과: {r.choice(['일치', '일치(정상)', '불일치'])}")


def t_hi_qual(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        rel = r.choice(["본인", "배우자", "자녀", "부모"])
        extra = [S("RRN", g.rrn("post"))] if rel == "자녀" and r.random() < 0.7 else []
        rows.append([P(g.name()), rel] + extra + [S("HI", g.hi()), ymd(g, 2010, 2025), r.choice(["취득", "상실"])])
    return "건강보험", f"건강보험 자격득실 확인서\n사업장: {N('company', r.choice(['(주)가람산업', '다온의료재단']))}\n" + table(g, rows)


def t_bizreg(g):
    r = g.r
    return "사업자 등록", (f"사업자등록 신청서(법인사업자)\n법인명: {N('company', r.choice(['주식회사 새솔', '(주)도담테크', '한빛에너지 주식회사']))}\n"
                        f"법인등록번호: {S('CRN', g.crn())}\n사업자등록번호(본점): {S('BRN', g.brn())}\n대표자: {P(g.name())} ({S('RRN', g.rrn(kind='masked', adult=True))})\n"
                        f"사업장 소재지: {S('AD', g.address())}\n전화: {S('PH', g.landline())}  팩스: {S('PH', g.landline())}\n전자우편: {S('EM', g.email())}")


def t_procure(g):
    r = g.r
    bank, acc = g.account()
    return "계약", (f"물품구매 계약서\n계약번호 {N('docno', str(r.randint(2025, 2026)) + str(r.randint(1000000, 9999999)) + '-00')}\n"
                  f"발주기관: {r.choice(AGENCY)[0]} ({N('inst_address', r.choice(INST_ADDR))})\n계약상대자: {N('company', r.choice(['(주)다온오피스', '가람전자(주)']))}\n"
                  f"사업자등록번호 {S('BRN', g.brn())} / 법인등록번호 {S('CRN', g.crn())}\n대표이사 {P(g.name())}\n"
                  f"대금지급계좌: {bank} {S('ACC', acc)} (예금주: {N('company', '(주)다온오피스')})\n계약금액: {amount(g, 1000, 90000)}")


def t_tax_refund(g):
    r = g.r
    nm = g.name()
    return "환급 통지", (f"지방세 환급금 지급 안내\n{P(nm)} 귀하\n{S('AD', g.address())}\n"
                     f"환급 세목: {r.choice(['자동차세', '재산세', '주민세'])}  환급액: {amount(g, 5, 300)}\n"
                     f"아래 계좌로 지급 예정입니다: {S('ACC', g.account()[1])}\n문의 대표전화 {N('inst_phone', inst_phone(g))}")


def t_personnel(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append([r.choice(["행정6급", "행정7급", "시설7급", "사회복지8급"]), P(g.name()), r.choice(["복지정책과", "민원여권과", "교통행정과", "재난안전과"]), r.choice(["전보", "승진", "신규임용"])])
    return "인사명령", f"인사발령 ({ymd(g)}자)\n" + table(g, rows) + f"\n{r.choice(AGENCY)[1]}"


def t_consent(g):
    r = g.r
    nm = g.name()
    return "동의서", (f"개인정보 수집·이용 동의서\n수집 항목: 성명, 생년월일, 연락처, 주소\n보유 기간: 5년\n"
                   f"작성 예시) 성명: {N('placeholder', '홍길동')}  연락처: {N('placeholder', '010-0000-0000')}\n\n"
                   f"성명: {P(nm)}\n생년월일: {S('DOB', g.dob())}\n연락처: {S('PH', g.mobile())}\n주소: {S('AD', g.address())}\n"
                   f"위 내용에 동의합니다. {ymd(g)} {P(nm)} (인)")


def t_rental(g):
    r = g.r
    nm = g.name()
    return "렌터카 계약", (f"자동차 대여 계약서\n임차인 {P(nm)}  면허번호 {S('DL', g.dl())}\n연락처 {S('PH', g.mobile())}\n"
                        f"대여차량 {S('CAR', g.plate())} ({r.choice(['K5', '쏘렌토', '아이오닉5'])})\n보증 카드 {S('CC', g.card(masked=r.random() < 0.5))}\n"
                        f"제2운전자 {P(g.name())} ({S('DL', g.dl())})")


def t_volunteer(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append(f"{P(g.name()):<8}  {S('DOB', g.dob(style=r.choice([3, 4, 5])))}  {S('PH', g.mobile())}  {r.choice(['급식', '말벗', '환경정화', '교통안내'])}")
    return "자원봉사 명단", f"{r.choice(['1365', '자원봉사센터'])} 활동자 명단\n" + "\n".join(rows)


def t_emergency(g):
    r = g.r
    rows = []
    for i in range(r.randint(4, 6)):
        rows.append([r.choice(["팀장", "주무관", "주무관", "실무관"]), P(g.name()), S("PH", g.mobile()), (S("PH", g.landline()) if r.random() < 0.5 else "-")])
    return "비상연락망", f"{r.choice(['재난안전과', '민원여권과', '도시계획과'])} 비상연락망 ({ymd(g)} 기준)\n" + table(g, rows, style=r.choice(["\t", "│", " | "]))


def t_cctv(g):
    r = g.r
    nm = g.name()
    return "CCTV 열람", (f"영상정보 열람·존재확인 청구서\n청구인 {P(nm)}  {S('PH', g.mobile())}\n주소 {S('AD', g.address())}\n"
                      f"열람 대상: {ymd(g)} {r.randint(8, 20)}시경 {r.choice(['한내공원 입구', '가람역 2번 출구'])} 방범용 CCTV\n차량번호 {S('CAR', g.plate())} 관련 접촉사고 확인 목적\n"
                      f"근거 {N('statute', '「개인정보 보호법」 제35조')}")


def t_passport_issue(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append([P(g.name()), S("PP", g.passport(r.choice(["kr_old", "kr_new"]))), ymd(g), r.choice(["교부", "미수령", "분실재발급"])])
    return "여권 발급", f"여권 교부대장 ({r.choice(AGENCY)[0]} 민원여권과)\n" + table(g, rows, style=r.choice(["\t", " | ", "  "]))


def t_immigration(g):
    r = g.r
    fn = g.fname()
    return "외국인 민원", (f"체류기간 연장허가 신청 접수증\n{N('recno', recno(g))}\n성명 {P(fn)}\n외국인등록번호 {S('FRN', g.frn())}\n"
                        f"여권번호 {S('PP', g.passport('foreign'))}  여권만료일 {ymd(g, 2027, 2031)}\n체류지 {S('AD', g.address())}\n연락처 {S('PH', g.mobile())}")


def t_wage_arrears(g):
    r = g.r
    rows = []
    for i in range(r.randint(2, 5)):
        who = g.fname() if r.random() < 0.4 else g.name()
        bank, acc = g.account()
        rows.append([P(who), S("DOB", g.dob(*g.dob_parts(1970, 2002), style=r.choice([2, 3, 4]))), f"{bank}", S("ACC", acc), amount(g, 500, 8000)])
    return "체불임금", "대지급금 지급 대상 근로자 명단\n" + table(g, rows, style=r.choice(["\t", "|"]))


# ---- no-PII templates
def t_nopii_notice(g):
    r = g.r
    ag = r.choice(AGENCY)
    return "공고", (f"{ag[0]} 공고 제{r.randint(2025, 2026)}-{r.randint(10, 999)}호\n{r.choice(['공유재산 사용허가 입찰 공고', '도시계획시설 결정 열람 공고', '주민등록 사실조사 실시 공고'])}\n"
                  f"1. 기간: {period(g)}\n2. 근거: {N('statute', r.choice(['「공유재산 및 물품 관리법」 제20조', '「주민등록법」 제20조 제1항', '「국토의 계획 및 이용에 관한 법률」 제30조']))}\n"
                  f"3. 문의: {r.choice(['회계과', '도시계획과', '자치행정과'])} (대표 {N('inst_phone', inst_phone(g))}), 정부민원안내콜센터 {N('switchboard', '110')}\n"
                  f"4. 장소: {N('inst_address', r.choice(INST_ADDR))}\n{ag[1]}")


def t_nopii_anon(g):
    r = g.r
    return "판결문", (f"사건 {N('caseno', caseno(g))}\n원고 {N('masked_name', r.choice(['김○○', '이□□', '박**', 'A']))}\n피고 {N('masked_name', r.choice(['주식회사 B', '정○○', '을']))}\n"
                   f"주문\n1. 원고의 청구를 기각한다.\n이유\n원고는 {ymd(g, 2019, 2023)} 피고에게 {amount(g, 1000, 50000)}을 지급하였다고 주장하나, "
                   f"{N('statute', '「민법」 제750조')}의 요건을 인정할 증거가 없다.")


def t_nopii_stats(g):
    r = g.r
    rows = [[r.choice(["1월", "2월", "3월", "4월"]), f"{r.randint(100, 9999):,}건", f"{r.randint(1, 99)}.{r.randint(0, 9)}%", amount(g, 1000, 900000)] for _ in range(4)]
    return "통계", f"{r.choice(['민원 처리 현황', '보조금 집행 현황', '여권 발급 실적'])} ({r.randint(2025, 2026)}년)\n" + table(g, rows, ["월", "건수", "비율", "금액"])


def t_nopii_official(g):
    r = g.r
    a = r.choice(AGENCY)
    return "공문", (f"수신  {r.choice(['수신자 참조', '각 읍면동장', '각 과장'])}\n(경유)\n제목  {r.choice(['연말 개인정보 점검 실시 안내', '청사 보안 점검 결과 통보', '예산 집행 지침 알림'])}\n"
                  f"1. 관련: {N('docno', docno(g))}({ymd(g)})\n2. 위 호와 관련하여 붙임과 같이 안내하오니 기한 내 제출하여 주시기 바랍니다.\n붙임 1부. 끝.\n"
                  f"{a[1]}\n시행 {N('docno', docno(g))} ({ymd(g)})  접수\n{N('inst_address', r.choice(INST_ADDR))} / 대표전화 {N('inst_phone', inst_phone(g))} / 공개")


def t_tax_invoice(g):
    r = g.r
    crn = f" 법인등록번호 {S('CRN', g.crn())}" if r.random() < 0.6 else ""
    return "세금계산서", (f"전자세금계산서 {r.choice(['(공급받는자 보관용)', '(공급자 보관용)', ''])}\n"
                        f"[공급자] 등록번호 {S('BRN', g.brn())}{crn}\n상호 {N('company', r.choice(['(주)한빛소프트', '가람종합상사', '새솔인테리어']))} 성명 {P(g.name())}\n"
                        f"사업장 {S('AD', g.address())}\n이메일 {S('EM', g.email())}\n"
                        f"[공급받는자] 등록번호 {S('BRN', g.brn())} 상호 {N('company', r.choice(['다온식품', '(주)도담건축', '솔밭약국']))} 성명 {P(g.name())}\n"
                        f"이메일 {S('EM', g.email())}\n" + supply(g))


def supply(g):
    v = g.r.randint(100, 9000) * 1000
    return f"공급가액 {v:,}원 세액 {v // 10:,}원 합계 {v + v // 10:,}원"


def t_corp_list(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        co = r.choice(["가람", "다온", "한빛", "새솔", "도담", "솔밭", "늘봄"]) + r.choice(["건설", "산업", "식품", "테크", "물산", "환경", "의료기"]) + r.choice(["(주)", "", "", " 주식회사"])
        rows.append([N("company", co), S("CRN", g.crn()), S("BRN", g.brn()), P(g.name())])
    hdr = ["법인명", "법인등록번호", "사업자등록번호", "대표자"] if r.random() < 0.4 else None
    return "법인 현황", f"{r.choice(['입찰 참가자격 등록 법인', '지방세 체납 법인 명단', '보조사업자 법인 현황'])}\n" + table(g, rows, hdr)


def t_dl_list(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append([P(g.name()), S("DL", g.dl()), r.choice(["1종보통", "2종보통", "1종대형", "2종소형"]), r.choice(["유효", "정지", "취소", "갱신대상"])])
    return "운전면허 확인", f"{r.choice(['관용차량 운전자 면허 확인', '어린이통학버스 운전자 현황', '공영주차 정기권 운전자 확인'])}\n" + table(g, rows)


def t_frn_list(g):
    r = g.r
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append([P(g.fname()), S("FRN", g.frn(masked=r.random() < 0.1)), r.choice(["E-9", "D-2", "F-6", "H-2", "D-4", "E-7"]), S("PH", g.mobile())])
    return "외국인 민원", f"{r.choice(['외국인 주민 코로나 지원금 신청자', '다문화가족 방문교육 대상', '외국인 계절근로자 배정'])}\n" + table(g, rows)


def t_web_log(g):
    r = g.r
    lines = []
    for _ in range(r.randint(4, 7)):
        ip = g.ip()
        when = f"{r.randint(1, 28):02d}/{r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May'])}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0900"
        path = r.choice(["/login", "/minwon/apply", "/board/list?page=2", "/api/v1/auth", "/download?doc=" + str(r.randint(1000, 9999))])
        extra = f" user={S('EM', g.email())}" if r.random() < 0.25 else ""
        lines.append(f'{S("IP", ip)} - - [{when}] "{r.choice(["GET", "POST"])} {path} HTTP/1.1" {r.choice([200, 200, 302, 401, 404])} {r.randint(0, 90000)}{extra}')
    return "접속 로그", "\n".join(lines)


TEMPLATES = [t_subsidy_tab, t_allowance_pipe, t_refund_box, t_account_change, t_card_slip, t_card_refund, t_card_loss, t_hospital,
             t_insurance_claim, t_lease, t_registry, t_daycare, t_school, t_disability, t_elderly, t_vehicle_reg, t_fine, t_parking,
             t_flight, t_travel_order, t_hotel, t_foreign_worker, t_student, t_litigation, t_mediation, t_sinmungo, t_press, t_news,
             t_minutes, t_transcript, t_access_log, t_email, t_chat, t_dl_check, t_hi_qual, t_bizreg, t_procure, t_tax_refund,
             t_personnel, t_consent, t_rental, t_volunteer, t_emergency, t_cctv, t_passport_issue, t_immigration, t_wage_arrears,
             t_tax_invoice, t_corp_list, t_dl_list, t_frn_list, t_web_log]
NOPII = [t_nopii_notice, t_nopii_anon, t_nopii_stats, t_nopii_official]


# ---------------------------------------------------------------- OCR noise
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF_OUT = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_value(r, typ, v, tags):
    if typ == "PERSON":
        if re.fullmatch(r"[가-힣]{2,4}", v) and r.random() < 0.5:
            return " ".join(v)
        return v
    if typ in ("EMAIL_ADDRESS", "IP_ADDRESS"):
        return v
    if typ == "KR_ADDRESS":
        if r.random() < 0.5 and " " in v:
            sp = [i for i, c in enumerate(v) if c == " "]
            i = r.choice(sp[len(sp) // 2:])
            return v[:i] + "\n" + v[i + 1:]
        return v
    f = r.random()
    if f < 0.25:
        return v.translate(FW)
    if f < 0.4:
        return v.replace("-", r.choice(["‐", "－", "–"]))
    if f < 0.55 and "-" in v:
        i = v.index("-")
        return v[:i] + " - " + v[i + 1:] if r.random() < 0.5 else v[:i] + "-\n" + v[i + 1:]
    if f < 0.85:
        idx = [i for i, c in enumerate(v) if c in CONF_OUT and i > 0]
        if idx:
            i = r.choice(idx)
            return v[:i] + CONF_OUT[v[i]] + v[i + 1:]
    if typ in ("DATE_OF_BIRTH",) and r.random() < 0.5:
        return v.replace(" ", "")
    return v


def ocr_doc(r, marked):
    def sub(m):
        if m.group(1) is None:
            return m.group(0)
        body = m.group(1)
        mm = re.match(r"^([A-Z_]+)(/[a-z0-9_]+)?:(.*)$", body, re.S)
        if mm and mm.group(1) in ALIAS:
            typ, pre, val = ALIAS[mm.group(1)], body[:len(body) - len(mm.group(3))], mm.group(3)
        else:
            typ, pre, val = "PERSON", "", body
        if r.random() < 0.55:
            val = ocr_value(r, typ, val, [])
        return "⟦" + pre + val + "⟧"
    out = MARK_RE.sub(sub, marked)
    # plain-text noise outside markers: a few dropped / doubled spaces and ' ,' for '.'
    parts = re.split(r"(⟦[^⟧]*⟧|⟪[^⟫]*⟫)", out)
    for i in range(0, len(parts), 2):
        s = list(parts[i])
        for j in range(len(s)):
            if s[j] == " " and r.random() < 0.05:
                s[j] = "  "
            elif s[j] == "다" and r.random() < 0.1:
                s[j] = "디"
            elif s[j] == "·" and r.random() < 0.5:
                s[j] = "."
        parts[i] = "".join(s)
    return "".join(parts)


# ---------------------------------------------------------------- validation
def mask_out(text, ranges):
    t = list(text)
    for s, e in ranges:
        for i in range(s, e):
            if t[i] != "\n":
                t[i] = "\x00"
    return "".join(t)


SUSPECT = [
    ("email", re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z.]+")),
    ("mobile", re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")),
    ("landline", re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?!\d)")),
    ("switchboard", re.compile(r"(?<![\d-])1[5-9]\d\d-\d{4}(?!\d)")),
    ("rrn_shape", re.compile(r"(?<!\d)\d{6}\s?-\s?[\d*●X]{7}(?!\d)")),
    ("card", re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3,4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")),
    ("passport_kr", re.compile(r"(?<![A-Za-z0-9])[MSGDR](\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])")),
    ("account_like", re.compile(r"(?<![\d-])\d{3,6}-\d{2,6}-\d{4,7}(?![\d-])")),
    ("plate", re.compile(r"(?<!\d)\d{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호배바사아자] ?\d{4}(?!\d)")),
]


def check_values(typ, sub, v):
    n = unicodedata.normalize("NFKC", v)
    ds = digits_of(v)
    if typ == "KR_RRN":
        masked = any(c in MASK_CH for c in n)
        assert len(ds) == (7 if masked else 13), v
        yy, mm, dd, gd = ds[0] * 10 + ds[1], ds[2] * 10 + ds[3], ds[4] * 10 + ds[5], ds[6]
        assert 1 <= mm <= 12 and 1 <= dd <= 31 and gd in (1, 2, 3, 4), v
        if not masked:
            year = (1900 if gd in (1, 2) else 2000) + yy
            ok = rrn_check(ds[:12]) == ds[12]
            if (year, mm) >= (2020, 10):
                assert not ok, ("post2020 must be invalid", v)
            else:
                assert ok, ("rrn checksum", v)
    elif typ == "KR_FRN":
        masked = any(c in MASK_CH for c in n)
        assert ds[6] in (5, 6, 7, 8), v
        if not masked:
            assert len(ds) == 13 and rrn_check(ds[:12], frn=True) == ds[12], ("frn", v)
    elif typ == "KR_BRN":
        assert len(ds) == 10 and brn_check(ds[:9]) == ds[9], ("brn", v)
    elif typ == "KR_CRN":
        assert len(ds) == 13 and crn_check(ds[:12]) == ds[12], ("crn", v)
    elif typ == "CREDIT_CARD":
        if not any(c in MASK_CH for c in n):
            assert len(ds) in (15, 16) and luhn_ok(ds), ("luhn", v)
        else:
            assert len(ds) >= 6, v
    elif typ == "KR_BANK_ACCOUNT":
        assert any(c in MASK_CH for c in n) or 10 <= len(ds) <= 14, ("acc", v)
    elif typ == "KR_HEALTH_INSURANCE":
        assert len(ds) == 11, ("hi", v)
    elif typ == "PHONE_NUMBER":
        assert any(c in MASK_CH for c in n) or 9 <= len(ds) <= 12, ("phone", v)
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", n.replace("\n", "")), v
    elif typ == "IP_ADDRESS":
        if ":" not in n:
            parts = n.split(".")
            assert len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts), v
    elif typ == "KR_PASSPORT":
        c = re.sub(r"\s", "", n)
        assert re.fullmatch(r"[A-Za-z0-9*●X]{7,10}", c), ("pp", v)
    elif typ == "KR_DRIVER_LICENSE":
        assert len(ds) in (10, 12) or any(c in MASK_CH for c in n), ("dl", v)
    elif typ == "KR_VEHICLE_PLATE":
        n2 = "".join(CONFUSE.get(c, c) for c in n.replace("\n", ""))
        assert not any(c.isdigit() for c in n2) or re.fullmatch(r"([가-힣]{2}\s?)?\d{2,3}\s?[가-힣]\s?\d{4}", n2), ("plate", v)
    elif typ == "DATE_OF_BIRTH":
        assert len(ds) >= 4 or re.search(r"[가-힣]", n), v
    elif typ == "KR_ADDRESS":
        assert re.search(r"\d", n), v
    elif typ == "PERSON":
        assert not re.search(r"[○□*●◯]|홍길동|^[갑을병정]$|모씨", n), ("placeholder name labelled", v)
        assert not re.search(r"(주무관|과장|위원|씨|님|귀하)$", n), ("title in span", v)


def validate(records, metas):
    errs = []
    for rec, meta in zip(records, metas):
        t = rec["text"]
        prev = 0
        for sp in rec["spans"]:
            s, e = sp["start"], sp["end"]
            v = t[s:e]
            if not (0 <= s < e <= len(t)) or s < prev or v != v.strip() or sp["type"] not in TYPES:
                errs.append((rec["id"], "bounds", sp, v))
            prev = e
        for sp, ms in zip(rec["spans"], meta["spans"]):
            v = t[sp["start"]:sp["end"]]
            if v != ms["value"]:
                errs.append((rec["id"], "value mismatch", v))
            try:
                check_values(sp["type"], ms["subkind"], v)
            except AssertionError as ex:
                errs.append((rec["id"], "check", str(ex)))
        covered = [(sp["start"], sp["end"]) for sp in rec["spans"]]
        # every other occurrence of a labelled value is labelled
        for sp in rec["spans"]:
            v = t[sp["start"]:sp["end"]]
            if len(v) < 2:
                continue
            for m in re.finditer(re.escape(v), t):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    # allow hits inside a longer word only for PERSON if embedded in Hangul word
                    errs.append((rec["id"], "unlabelled repeat", v, t[max(0, m.start() - 15):m.end() + 15]))
        negs = [(h["start"], h["end"]) for h in meta["hard_negatives"]]
        for h in meta["hard_negatives"]:
            if any(not (h["end"] <= a or b <= h["start"]) for a, b in covered):
                errs.append((rec["id"], "neg overlaps gold", h))
        mt = mask_out(t, covered + negs)
        for name, rx in SUSPECT:
            for m in rx.finditer(mt):
                errs.append((rec["id"], "suspect outside spans", name, m.group(0), t[max(0, m.start() - 20):m.end() + 10]))
        for m in re.finditer(r"(생년월일|주민등록번호|여권번호|계좌번호|카드번호|외국인등록번호)\s*[:：]?\s*(\S)", mt):
            if m.group(2) not in "\x00" and re.match(r"[0-9０-９A-Z]", m.group(2)):
                errs.append((rec["id"], "unlabelled after label", t[m.start():m.end() + 15]))
    return errs


# ---------------------------------------------------------------- build
N_NOPII_T = 36
N_OCR_T = 45


def make_record(idx, genre, marked, template, hand, ocr):
    text, spans, negs = parse(marked)
    rid = f"pii_bi-{idx:04d}"
    rec = {"id": rid, "text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t, _ in spans], "genre": genre}
    meta = {"id": rid, "template": template, "genre": genre, "handwritten": hand, "ocr": ocr,
            "spans": [{"start": s, "end": e, "type": t, "subkind": sub or infer_sub(t, text[s:e]), "noise": noise_tags(t, text[s:e]), "value": text[s:e]} for s, e, t, sub in spans],
            "hard_negatives": [{"start": s, "end": e, "category": c, "text": text[s:e]} for s, e, c in negs]}
    return rec, meta


def build():
    rng = random.Random(SEED)
    g = G(rng)
    sys.path.insert(0, HERE)
    import handwritten
    items = []
    for i, d in enumerate(handwritten.DOCS):
        items.append((d["genre"], d["text"], f"hand-{i + 1:03d}", True, d.get("ocr", False)))
    plan = []
    for t in TEMPLATES:
        plan += [t] * COUNTS.get(t.__name__, DEFAULT_COUNT)
    rng.shuffle(plan)
    n_pii = len(plan)
    for k in range(N_NOPII_T):
        plan.append(NOPII[k % len(NOPII)])
    ocr_idx = set(rng.sample(range(n_pii), N_OCR_T))
    for k, tf in enumerate(plan):
        genre, marked = tf(g)
        ocr = k in ocr_idx
        if ocr:
            marked = ocr_doc(rng, marked)
        items.append((genre, marked, tf.__name__[2:], False, ocr))
    rng.shuffle(items)
    recs, metas = [], []
    for i, (genre, marked, tpl, hand, ocr) in enumerate(items):
        r, m = make_record(i + 1, "OCR" if ocr else genre, marked, tpl, hand, ocr)
        m["base_genre"] = genre
        recs.append(r)
        metas.append(m)
    return recs, metas


COUNTS = {"t_tax_invoice": 12, "t_corp_list": 15, "t_dl_list": 14, "t_frn_list": 14, "t_web_log": 13, "t_hi_qual": 17,
          "t_card_refund": 17, "t_card_slip": 9, "t_card_loss": 8, "t_rental": 7, "t_flight": 9, "t_hospital": 9,
          "t_account_change": 13, "t_lease": 10, "t_parking": 10, "t_insurance_claim": 6, "t_litigation": 5, "t_registry": 5,
          "t_bizreg": 5, "t_vehicle_reg": 5, "t_disability": 5, "t_dl_check": 6, "t_immigration": 5, "t_student": 4,
          "t_passport_issue": 6, "t_daycare": 5, "t_subsidy_tab": 5, "t_allowance_pipe": 4, "t_travel_order": 4, "t_fine": 4, "t_foreign_worker": 4, "t_chat": 3, "t_sinmungo": 3, "t_news": 2, "t_minutes": 2, "t_transcript": 3, "t_email": 5, "t_press": 2}
DEFAULT_COUNT = 2


def stats_of(recs, metas):
    st = {"records": len(recs), "records_no_pii": sum(1 for r in recs if not r["spans"]),
          "handwritten_records": sum(1 for m in metas if m["handwritten"]), "ocr_records": sum(1 for m in metas if m["ocr"]),
          "templates": sorted(set(m["template"] for m in metas if not m["handwritten"])),
          "spans_total": sum(len(r["spans"]) for r in recs)}
    st["spans_by_type"] = dict(sorted(Counter(s["type"] for r in recs for s in r["spans"]).items()))
    st["records_by_genre"] = dict(sorted(Counter(r["genre"] for r in recs).items(), key=lambda x: -x[1]))
    st["subkinds"] = {t: dict(sorted(Counter(s["subkind"] for m in metas for s in m["spans"] if s["type"] == t).items())) for t in TYPES}
    st["noise_tags"] = dict(sorted(Counter(n for m in metas for s in m["spans"] for n in s["noise"]).items()))
    st["spans_with_noise"] = sum(1 for m in metas for s in m["spans"] if s["noise"])
    st["hard_negatives"] = dict(sorted(Counter(h["category"] for m in metas for h in m["hard_negatives"]).items()))
    st["spans_by_type_handwritten"] = dict(sorted(Counter(s["type"] for m in metas if m["handwritten"] for s in m["spans"]).items()))
    return st


def main():
    recs, metas = build()
    errs = validate(recs, metas)
    if errs:
        for e in errs[:80]:
            print("ERR", e)
        print(len(errs), "errors")
        if "--force" not in sys.argv:
            sys.exit(1)
    st = stats_of(recs, metas)
    with open(os.path.join(HERE, "pii_bi.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_bi.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    # re-read and validate
    r2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bi.jsonl"), encoding="utf-8")]
    m2 = [json.loads(l) for l in open(os.path.join(HERE, "pii_bi.meta.jsonl"), encoding="utf-8")]
    assert r2 == recs and m2 == metas
    for r in r2:
        assert set(r) == {"id", "text", "spans", "genre"}
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"}
    errs2 = validate(r2, m2)
    assert not errs2 or "--force" in sys.argv, errs2[:5]
    print(json.dumps({k: st[k] for k in ("records", "records_no_pii", "handwritten_records", "ocr_records", "spans_total", "spans_by_type")}, ensure_ascii=False))
    print("templates:", len(st["templates"]))


if __name__ == "__main__":
    main()
