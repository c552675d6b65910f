"""pii_m: value generators, noise, builder (standard library only)."""
import re

# ---------------------------------------------------------------- pools
SURNAMES = ("김 김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 "
            "성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 "
            "탁 국 어 편 용 봉 경").split()
SURNAMES2 = "남궁 황보 선우 제갈 독고 사공 서문".split()
GIVEN = ("민준 서연 지훈 현우 수빈 예은 도윤 하은 준서 지민 서준 유진 민서 태윤 은지 재현 소영 동현 혜린 성민 가은 정우 나연 승훈 "
         "다인 영호 미경 상철 순자 영숙 경희 정희 명수 광수 종민 재석 은정 수진 미란 혜숙 기철 병철 동수 옥순 말순 춘자 만석 칠성 "
         "영자 순옥 봉수 덕희 윤아 채원 시우 하준 서윤 지우 예준 주원 건우 우진 선영 지혜 보람 슬기 한결 다솜 태호 상훈 진혁 "
         "문희 경태 용준 희정 미숙 정란 형석 범수 창호 연주 효진 세희 나리 규리 해인 은비 재민 준혁 승연 아름 다은 유나 종훈 "
         "두식 갑순 금례 판석 익수 재근 인호 혜원 지호 수아 이안 하람 소율 로운 시은 예린 도현 민혁 성호 대성 철민 영길").split()
GIVEN1 = "준 솔 혁 훈 결 린 찬 별 담".split()

# foreign names: (latin surname, hangul), (latin given, hangul) by nationality
FOREIGN = {
    "베트남": ([("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부")],
              [("VAN AN", "반 안"), ("THI HOA", "티 호아"), ("MINH TUAN", "민 뚜언"), ("THI LAN", "티 란"), ("DUC THANH", "득 타인"), ("THI MAI", "티 마이")]),
    "중국": ([("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("ZHAO", "자오")],
            [("XIAOMING", "샤오밍"), ("JING", "징"), ("WEI", "웨이"), ("YUFEI", "위페이"), ("HAORAN", "하오란"), ("LINA", "리나")]),
    "필리핀": ([("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루즈"), ("BAUTISTA", "바우티스타"), ("GARCIA", "가르시아")],
             [("MARIA LUZ", "마리아 루스"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"), ("MARK ANTHONY", "마크 앤서니"), ("JOY", "조이")]),
    "우즈베키스탄": ([("KARIMOV", "카리모프"), ("RAKHIMOV", "라히모프"), ("YUSUPOVA", "유수포바"), ("TASHKENTOV", "타시켄토프")],
                 [("AZIZ", "아지즈"), ("DILNOZA", "딜노자"), ("BEKZOD", "벡조드"), ("SHAHNOZA", "샤흐노자"), ("JASUR", "자수르")]),
    "네팔": ([("GURUNG", "구룽"), ("THAPA", "타파"), ("SHRESTHA", "슈레스타"), ("RAI", "라이")],
           [("RAJ KUMAR", "라즈 쿠마르"), ("SITA", "시타"), ("BISHAL", "비샬"), ("ANITA", "아니타")]),
    "인도네시아": ([("SAPUTRA", "사푸트라"), ("WIJAYA", "위자야"), ("HIDAYAT", "히다얏"), ("NURHALIZA", "누르할리자")],
               [("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위")]),
    "태국": ([("PRASERT", "쁘라서트"), ("SRISUK", "시숙"), ("WONGSA", "웡사")],
           [("SOMCHAI", "솜차이"), ("NATTAYA", "낫타야"), ("KITTI", "킷티")]),
    "몽골": ([("GANBOLD", "간볼드"), ("BATBAYAR", "바트바야르"), ("ENKHTUYA", "엥흐투야")],
           [("TEMUUJIN", "테무진"), ("SARNAI", "사르나이"), ("BOLD", "볼드")]),
    "미국": ([("MILLER", "밀러"), ("JOHNSON", "존슨"), ("CARTER", "카터"), ("BROOKS", "브룩스")],
           [("JAMES", "제임스"), ("EMILY", "에밀리"), ("DANIEL", "대니얼"), ("RACHEL", "레이철")]),
    "캄보디아": ([("SOK", "속"), ("CHEA", "찌어"), ("HENG", "헹")], [("DARA", "다라"), ("SREYMOM", "스레이몸"), ("VIBOL", "비볼")]),
    "러시아": ([("IVANOV", "이바노프"), ("PETROVA", "페트로바"), ("SOKOLOV", "소콜로프")], [("SERGEI", "세르게이"), ("ANNA", "안나"), ("DMITRY", "드미트리")]),
    "스리랑카": ([("PERERA", "페레라"), ("FERNANDO", "페르난도"), ("SILVA", "실바")], [("KASUN", "카순"), ("NIMALI", "니말리"), ("RUWAN", "루완")]),
    "미얀마": ([("AUNG", "아웅"), ("HTET", "텟")], [("KYAW MIN", "쩌 민"), ("SU MON", "수 몬"), ("ZAW LIN", "조 린")]),
    "일본": ([("TANAKA", "다나카"), ("SATO", "사토"), ("YAMAMOTO", "야마모토")], [("YUKI", "유키"), ("HIROSHI", "히로시"), ("AYAKA", "아야카")]),
    "카자흐스탄": ([("NURLANOV", "누를라노프"), ("ABENOVA", "아베노바")], [("ARMAN", "아르만"), ("AIGERIM", "아이게림")]),
}
PASSPORT_FMT = {  # country -> list of patterns (# digit, A letter, literal otherwise)
    "베트남": ["C#######", "N#######"], "중국": ["E########", "EJ#######"], "필리핀": ["P#######A"],
    "우즈베키스탄": ["FA#######", "AB#######"], "네팔": ["PA#######", "09######"], "인도네시아": ["B#######", "C#######"],
    "태국": ["AA#######", "AC#######"], "몽골": ["E#######"], "미국": ["A########", "#########"], "캄보디아": ["N#######"],
    "러시아": ["75 #######", "76#######"], "스리랑카": ["N#######"], "미얀마": ["MA######", "MB######"],
    "일본": ["TK#######", "TZ#######"], "카자흐스탄": ["N########"],
}

SIDO = [  # full, short, [(gu, [roads])]
    ("서울특별시", "서울", [("마포구", ["성미산로", "망원로", "독막로"]), ("노원구", ["동일로", "한글비석로", "섬밭로"]),
                        ("강서구", ["공항대로", "화곡로", "양천로"]), ("관악구", ["남부순환로", "봉천로", "신림로"]), ("성북구", ["보문로", "정릉로"])]),
    ("부산광역시", "부산", [("해운대구", ["좌동순환로", "해운대로", "재반로"]), ("사하구", ["낙동대로", "다대로"]), ("동래구", ["충렬대로", "명륜로"])]),
    ("대구광역시", "대구", [("수성구", ["달구벌대로", "동대구로"]), ("북구", ["칠곡중앙대로", "구암로"])]),
    ("인천광역시", "인천", [("연수구", ["컨벤시아대로", "함박뫼로"]), ("부평구", ["부평대로", "길주로"])]),
    ("광주광역시", "광주", [("북구", ["서하로", "우치로"]), ("광산구", ["수완로", "첨단중앙로"])]),
    ("대전광역시", "대전", [("유성구", ["대학로", "계룡로"]), ("서구", ["둔산로", "갈마로"])]),
    ("경기도", "경기", [("수원시 팔달구", ["인계로", "중부대로"]), ("고양시 일산동구", ["중앙로", "정발산로"]), ("안산시 단원구", ["원곡로", "광덕대로"]),
                    ("화성시", ["병점중앙로", "향남로"]), ("김포시", ["김포한강로", "사우중로"])]),
    ("강원특별자치도", "강원", [("춘천시", ["퇴계로", "후석로"]), ("원주시", ["단구로", "치악로"])]),
    ("충청북도", "충북", [("청주시 흥덕구", ["직지대로", "가경로"]), ("충주시", ["국원대로"])]),
    ("충청남도", "충남", [("천안시 서북구", ["불당대로", "성정두정로"]), ("아산시", ["배방로", "온천대로"])]),
    ("전북특별자치도", "전북", [("전주시 완산구", ["홍산로", "효자로"]), ("익산시", ["무왕로"])]),
    ("전라남도", "전남", [("순천시", ["연향로", "장명로"]), ("여수시", ["좌수영로", "여서로"])]),
    ("경상북도", "경북", [("포항시 남구", ["포스코대로", "대송로"]), ("구미시", ["송정대로"])]),
    ("경상남도", "경남", [("창원시 성산구", ["중앙대로", "원이대로"]), ("김해시", ["김해대로", "가야로"])]),
    ("제주특별자치도", "제주", [("제주시", ["연북로", "노형로"]), ("서귀포시", ["중정로", "일주동로"])]),
]
DONG = ["신정동", "중앙동", "송림동", "월곡동", "석사동", "인계동", "대화동", "봉명동", "화정동", "용당동"]
APT = ["한빛아파트", "푸른마을", "은하수빌라", "대림빌라", "현대아파트", "해오름마을", "주공아파트"]

INSTITUTION_ADDR = [
    "세종특별자치시 도움6로 42 정부세종청사", "서울특별시 중구 세종대로 110 서울특별시청", "경기도 수원시 팔달구 효원로 1 경기도청",
    "부산광역시 연제구 중앙대로 1001 부산광역시청", "대전광역시 서구 청사로 189 정부대전청사", "강원특별자치도 춘천시 중앙로 1 강원특별자치도청",
    "전라남도 무안군 삼향읍 오룡길 1 전라남도청", "경상남도 창원시 의창구 중앙대로 300 경상남도청",
]
SWITCHBOARDS = ["1588-2188", "1577-1000", "1600-3005", "1544-0114", "1644-2828", "1566-0566", "1661-2580", "1899-0128"]
INST_MAIN = ["02-2133-7114", "044-215-2114", "031-8008-2114", "051-888-1114", "042-270-0114", "062-613-2114", "064-710-2114", "033-249-2114"]

BANKS = [("KB국민은행", "######-##-######"), ("신한은행", "###-###-######"), ("우리은행", "####-###-######"),
         ("하나은행", "###-######-#####"), ("NH농협은행", "###-####-####-##"), ("IBK기업은행", "###-######-##-###"),
         ("카카오뱅크", "3333-##-#######"), ("토스뱅크", "1000-####-####"), ("케이뱅크", "100-###-######"),
         ("SC제일은행", "###-##-######"), ("우체국", "######-##-######"), ("새마을금고", "9002-####-####-#"),
         ("부산은행", "###-####-####-##"), ("iM뱅크", "###-##-######-#"), ("수협은행", "####-####-####"), ("신협", "131-###-######")]
BANK_SHORT = {"KB국민은행": "국민", "신한은행": "신한", "우리은행": "우리", "하나은행": "하나", "NH농협은행": "농협", "IBK기업은행": "기업",
              "카카오뱅크": "카뱅", "토스뱅크": "토스", "케이뱅크": "케뱅", "SC제일은행": "SC", "우체국": "우체국", "새마을금고": "MG",
              "부산은행": "부산", "iM뱅크": "iM", "수협은행": "수협", "신협": "신협"}
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
DL_REGION = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북", "18": "전남",
             "19": "경북", "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주", "25": "대전", "26": "울산", "28": "경기북부"}
PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "바사아자"
ROMAN = ["minjun", "seoyeon", "jihoon", "hyunwoo", "subin", "yeeun", "doyoon", "haeun", "jisoo", "taeyang", "sora", "gyuri",
         "dahye", "wonho", "sehee", "jaemin", "yuna", "byeol", "hanul", "kyung", "sangmin", "mirae", "eunbi", "junho"]
ROMAN_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang"]
MAILDOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "icloud.com"]
COMPANY = ["(주)한빛엔지니어링", "(주)다올건설", "새솔환경(주)", "(주)청람씨앤씨", "누리정보기술(주)", "(주)온누리조경", "(주)가람토건",
           "미래안전산업(주)", "(주)소담푸드", "해든전기(주)", "(주)백두측량", "(유)동해수산"]
COMPANY_DOM = ["hanbit-eng.co.kr", "daolcon.kr", "saesol.co.kr", "chungram.com", "nurit.co.kr", "onnuri-la.kr", "garamtg.co.kr"]

FULLW = str.maketrans("0123456789-", "０１２３４５６７８９－")
HYPHENS = ["‐", "－", "–"]
PAGE_RE = re.compile(r"\n+─ \d+ ─\n+")


def josa(word, j):
    """choose particle by final consonant of word."""
    pairs = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"), "을": ("을", "를"), "를": ("을", "를"),
             "과": ("과", "와"), "와": ("과", "와"), "으로": ("으로", "로"), "로": ("으로", "로"), "이다": ("이다", "다"), "아": ("아", "야"),
             "이라는": ("이라는", "라는")}
    if j not in pairs:
        return j
    c = word.strip()[-1]
    code = ord(c) - 0xAC00
    if 0 <= code < 11172:
        jong = code % 28
        if j in ("으로", "로"):
            return pairs[j][1] if jong in (0, 8) else pairs[j][0]
        return pairs[j][0] if jong else pairs[j][1]
    if c.isdigit():
        has = c in "013678"
        if j in ("으로", "로"):
            return "로" if c in "1782459" else "으로"
        return pairs[j][0] if has else pairs[j][1]
    return pairs[j][1]


class Val:
    __slots__ = ("typ", "s", "sub", "noise", "canon", "info")

    def __init__(self, typ, s, sub, noise=(), canon=None, info=None):
        self.typ, self.s, self.sub, self.noise = typ, s, sub, list(noise)
        self.canon = canon if canon is not None else s
        self.info = info or {}

    def __str__(self):
        return self.s


class Neg:
    __slots__ = ("s", "cat")

    def __init__(self, s, cat):
        self.s, self.cat = s, cat

    def __str__(self):
        return self.s


PH = re.compile(r"\{([^{}:]+)(?::([^{}]*))?\}")


class Builder:
    def __init__(self):
        self.parts, self.spans, self.negs, self.n = [], [], [], 0

    def _add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def val(self, v):
        if isinstance(v, Val):
            st = self.n
            self._add(v.s)
            self.spans.append({"start": st, "end": self.n, "type": v.typ, "sub": v.sub, "noise": list(v.noise)})
        elif isinstance(v, Neg):
            st = self.n
            self._add(v.s)
            self.negs.append({"start": st, "end": self.n, "category": v.cat, "text": v.s})
        else:
            self._add(str(v))

    def f(self, tmpl, **kw):
        pos = 0
        for m in PH.finditer(tmpl):
            self._add(tmpl[pos:m.start()])
            v = kw[m.group(1)]
            self.val(v)
            if m.group(2):
                self._add(josa(str(v), m.group(2)))
            pos = m.end()
        self._add(tmpl[pos:])
        return self

    def t(self, s):
        self._add(s)
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- generator
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used_names = set()

    # helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def fill(self, pat):
        out = []
        for c in pat:
            if c == "#":
                out.append(str(self.r.randrange(10)))
            elif c == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(c)
        return "".join(out)

    # ---- noise
    def noisy(self, s, kinds, p=1.0):
        """apply one noise kind chosen from kinds; returns (s, tags)."""
        if not kinds or self.r.random() > p:
            return s, []
        k = self.r.choice(kinds)
        if k == "fullwidth_digits":
            return s.translate(FULLW), [k]
        if k == "unicode_hyphen" and "-" in s:
            h = self.r.choice(HYPHENS)
            return s.replace("-", h), [k]
        if k == "space_in_number":
            if "-" in s and self.r.random() < 0.6:
                return s.replace("-", self.r.choice([" - ", " -", "- "]), 1), [k]
            ds = [i for i in range(2, len(s) - 1) if s[i].isdigit() and s[i - 1].isdigit()]
            if ds:
                i = self.r.choice(ds)
                return s[:i] + " " + s[i:], [k]
        if k == "newline_in_number":
            if "-" in s and self.r.random() < 0.7:
                i = s.index("-") if self.r.random() < 0.5 else s.rindex("-")
                return s[:i + 1] + "\n" + s[i + 1:], [k]
            ds = [i for i in range(3, len(s) - 2) if s[i].isdigit() and s[i - 1].isdigit()]
            if ds:
                i = self.r.choice(ds)
                return s[:i] + "\n" + s[i:], [k]
        if k == "page_break" and "-" in s:
            i = s.index("-")
            pg = self.r.randrange(2, 9)
            return s[:i + 1] + f"\n\n─ {pg} ─\n\n" + s[i + 1:], [k]
        return s, []

    NUMNOISE = ["fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number"]

    # ---- persons
    def name(self, kind=None, spaced=False):
        for _ in range(50):
            r = self.r.random()
            if kind == "two_surname" or (kind is None and r < 0.06):
                n, sub = self.ch(SURNAMES2) + self.ch(GIVEN), "ko_name_2sur"
            elif r < 0.10:
                n, sub = self.ch(SURNAMES) + self.ch(GIVEN1), "ko_name_2syl"
            else:
                n, sub = self.ch(SURNAMES) + self.ch(GIVEN), "ko_name"
            if n not in self.used_names and n != "홍길동":
                break
        self.used_names.add(n)
        if spaced:
            return Val("PERSON", " ".join(n), sub, ["spaced_name"], canon=n)
        return Val("PERSON", n, sub, canon=n)

    def foreigner(self, country=None):
        country = country or self.ch(sorted(FOREIGN))
        sur, giv = FOREIGN[country]
        (ls, hs), (lg, hg) = self.ch(sur), self.ch(giv)
        if country in ("중국", "일본", "몽골", "캄보디아", "베트남", "미얀마", "우즈베키스탄", "러시아", "카자흐스탄", "스리랑카", "네팔", "태국"):
            latin, hangul = f"{ls} {lg}", f"{hs} {hg}"
        else:
            latin, hangul = f"{lg} {ls}", f"{hg} {hs}"
        if hangul.replace(" ", "") in self.used_names:
            hangul = hangul  # duplicates are acceptable only when the same person
        self.used_names.add(hangul.replace(" ", ""))
        return (country, Val("PERSON", latin, "foreign_latin"), Val("PERSON", hangul, "foreign_hangul"))

    # ---- dates
    def birth(self, y0=1940, y1=2005):
        y = self.r.randrange(y0, y1 + 1)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        return y, m, d

    def dob(self, ymd=None, fmt=None):
        y, m, d = ymd or self.birth()
        fmts = ["dot_space", "korean", "iso", "dot_pad", "short_dot", "yymmdd", "slash"]
        fmt = fmt or self.ch(fmts)
        s = {"dot_space": f"{y}. {m}. {d}.", "korean": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}",
             "dot_pad": f"{y}.{m:02d}.{d:02d}.", "short_dot": f"{y % 100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
             "slash": f"{y}/{m:02d}/{d:02d}"}[fmt]
        return Val("DATE_OF_BIRTH", s, "dob_" + fmt, info={"ymd": [y, m, d]})

    # ---- national ids
    @staticmethod
    def rrn_check(d12):
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(a) * b for a, b in zip(d12, w))
        return (11 - s % 11) % 10

    @staticmethod
    def frn_check(d12):
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        s = sum(int(a) * b for a, b in zip(d12, w))
        return (13 - s % 11) % 10

    def rrn(self, kind=None, ymd=None, noise_p=0.0, female=None):
        kind = kind or self.ch(["rrn_valid"] * 5 + ["rrn_post2020"] * 2 + ["rrn_masked"] * 2)
        if kind == "rrn_post2020":
            y = self.r.randrange(2020, 2026)
            m = self.r.randrange(10 if y == 2020 else 1, 13)
            d = self.r.randrange(1, 29)
        else:
            y, m, d = ymd or self.birth(1938, 2019)
            if kind == "rrn_valid" and (y, m) >= (2020, 10):
                y = 2019
        fem = self.r.random() < 0.5 if female is None else female
        g = (1 if y < 2000 else 3) + (1 if fem else 0)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        if kind == "rrn_masked":
            mc = self.ch(["*", "*", "●", "X", "x", "○"]) if self.r.random() < 0.9 else "*"
            s = f"{front}-{g}{mc * 6}"
        else:
            body = front + str(g) + self.digits(5)
            c = self.rrn_check(body)
            if kind == "rrn_post2020":
                c = (c + self.r.randrange(1, 10)) % 10
            s = f"{front}-{body[6:]}{c}"
        s2, tags = self.noisy(s, self.NUMNOISE + ["page_break"], noise_p)
        return Val("KR_RRN", s2, kind, tags, canon=s, info={"ymd": [y, m, d]})

    def frn(self, kind="frn_valid", noise_p=0.0):
        y, m, d = self.birth(1955, 2012)
        g = (5 if y < 2000 else 7) + (self.r.random() < 0.5)
        front = f"{y % 100:02d}{m:02d}{d:02d}"
        if kind == "frn_masked":
            s = f"{front}-{g}{self.ch(['*', '●', 'X']) * 6}"
        else:
            office = self.r.randrange(10, 50, 2)
            body = front + str(g) + f"{office:02d}" + self.digits(2) + str(self.r.randrange(6, 10))
            s = f"{front}-{body[6:]}{self.frn_check(body)}"
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return Val("KR_FRN", s2, kind, tags, canon=s, info={"ymd": [y, m, d]})

    def passport(self, country="한국", noise_p=0.0):
        if country == "한국":
            p = self.ch("MMMMSRGD")
            if self.r.random() < 0.5:
                s, sub = p + self.digits(8), "passport_kr_old"
            else:
                s, sub = p + self.digits(3) + self.ch("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(4), "passport_kr_new"
        else:
            s, sub = self.fill(self.ch(PASSPORT_FMT[country])), "passport_foreign"
        s2, tags = self.noisy(s, ["fullwidth_digits", "space_in_number"], noise_p)
        return Val("KR_PASSPORT", s2, sub, tags, canon=s, info={"country": country})

    def dl(self, kind=None, noise_p=0.0):
        code = self.ch(sorted(DL_REGION))
        yy = f"{self.r.randrange(88, 125) % 100:02d}"
        ser, chk = self.digits(6), self.digits(2)
        kind = kind or self.ch(["dl_numeric", "dl_numeric", "dl_name", "dl_name_nospace", "dl_plain12"])
        if kind == "dl_numeric":
            s = f"{code}-{yy}-{ser}-{chk}"
        elif kind == "dl_name":
            s = f"{DL_REGION[code]} {yy}-{ser}-{chk}"
        elif kind == "dl_name_nospace":
            s = f"{DL_REGION[code]}{yy}-{ser}-{chk}"
        else:
            s = f"{code}{yy}{ser}{chk}"
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return Val("KR_DRIVER_LICENSE", s2, kind, tags, canon=s)

    # ---- finance
    @staticmethod
    def luhn_ok(num):
        tot = 0
        for i, c in enumerate(reversed(num)):
            d = int(c)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        return tot % 10 == 0

    def card(self, brand=None, noise_p=0.0):
        brand = brand or self.ch(["visa", "visa", "master", "master", "bc", "jcb", "amex"])
        pre = {"visa": "4" + self.digits(5), "master": str(self.r.randrange(51, 56)) + self.digits(4),
               "bc": "94" + self.digits(4), "jcb": "35" + str(self.r.randrange(28, 90)) + self.digits(2),
               "amex": self.ch(["34", "37"]) + self.digits(4)}[brand]
        ln = 15 if brand == "amex" else 16
        body = pre + self.digits(ln - len(pre) - 1)
        for c in "0123456789":
            if self.luhn_ok(body + c):
                num = body + c
                break
        sep = self.ch(["-", "-", " ", ""])
        if ln == 15:
            s = sep.join([num[:4], num[4:10], num[10:]])
        else:
            s = sep.join([num[i:i + 4] for i in range(0, 16, 4)])
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return Val("CREDIT_CARD", s2, "card_" + brand, tags, canon=s)

    def account(self, bank=None, noise_p=0.0, plain=False):
        if bank is None:
            bank, pat = self.ch(BANKS)
        else:
            pat = dict(BANKS)[bank]
        s = self.fill(pat)
        if plain:
            s = s.replace("-", "")
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return bank, Val("KR_BANK_ACCOUNT", s2, "acct_" + BANK_SHORT[bank] + ("_plain" if plain else ""), tags, canon=s)

    def brn(self):
        while True:
            d = self.digits(3) + f"{self.r.randrange(81, 88):02d}" + self.digits(4)
            if d[0] != "0":
                break
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
        c = (10 - s % 10) % 10
        n = d + str(c)
        return Val("KR_BRN", f"{n[:3]}-{n[3:5]}-{n[5:]}", "brn_valid")

    def crn(self):
        d = self.ch(["1101", "1311", "1201", "1346", "1601", "2011"]) + self.ch(["11", "71", "81"]) + self.digits(6)
        s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d))
        c = (10 - s % 10) % 10
        return Val("KR_CRN", f"{d[:6]}-{d[6:]}{c}", "crn_valid")

    def health(self):
        s = self.ch("12345") + self.digits(10)
        return Val("KR_HEALTH_INSURANCE", s if self.r.random() < 0.7 else f"{s[0]}-{s[1:]}", "health_11")

    # ---- contact
    def mobile(self, fmt=None, noise_p=0.0):
        mid, end = str(self.r.randrange(2000, 10000)), self.digits(4)
        fmt = fmt or self.ch(["hy"] * 6 + ["sp", "dot", "plain", "intl"])
        s = {"hy": f"010-{mid}-{end}", "sp": f"010 {mid} {end}", "dot": f"010.{mid}.{end}", "plain": f"010{mid}{end}",
             "intl": f"+82 10-{mid}-{end}"}[fmt]
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return Val("PHONE_NUMBER", s2, "mobile_" + fmt, tags, canon=s)

    def landline(self, area=None, kind="landline", noise_p=0.0):
        if kind == "070":
            s = f"070-{self.r.randrange(2000, 9000)}-{self.digits(4)}"
        else:
            a = area or self.ch(AREA)
            mid = str(self.r.randrange(200, 999)) if self.r.random() < 0.4 else str(self.r.randrange(2000, 9999))
            s = f"{a}-{mid}-{self.digits(4)}"
        s2, tags = self.noisy(s, self.NUMNOISE, noise_p)
        return Val("PHONE_NUMBER", s2, kind, tags, canon=s)

    def foreign_phone(self):
        s = self.ch([f"+84 9{self.r.randrange(10)} {self.digits(3)} {self.digits(4)}", f"+86 13{self.r.randrange(10)}-{self.digits(4)}-{self.digits(4)}",
                     f"+63 917 {self.digits(3)} {self.digits(4)}", f"+998 90 {self.digits(3)}-{self.digits(2)}-{self.digits(2)}",
                     f"+1 (213) {self.digits(3)}-{self.digits(4)}", f"+977 98{self.digits(2)}-{self.digits(6)}"])
        return Val("PHONE_NUMBER", s, "phone_foreign")

    def email(self, kind="personal", company_dom=None):
        loc = self.ch([self.ch(ROMAN_SUR) + "." + self.ch(ROMAN), self.ch(ROMAN) + self.digits(self.r.randrange(2, 5)),
                       self.ch(ROMAN_SUR) + self.ch(ROMAN)[:3] + self.digits(2), self.ch(ROMAN) + "_" + self.ch(ROMAN_SUR)])
        if kind == "official":
            dom = self.ch(["korea.kr", "korea.kr", "seoul.go.kr", "gg.go.kr"])
            loc = self.ch(ROMAN) + self.digits(self.r.randrange(0, 3))
        elif kind == "company":
            dom = company_dom or self.ch(COMPANY_DOM)
        else:
            dom = self.ch(MAILDOM + ["qq.com", "yahoo.com"] if self.r.random() < 0.2 else MAILDOM)
        return Val("EMAIL_ADDRESS", f"{loc}@{dom}", "email_" + kind)

    def ip(self):
        if self.r.random() < 0.5:
            s = f"{self.ch(['211', '175', '121', '58', '118', '223'])}.{self.r.randrange(1, 255)}.{self.r.randrange(0, 255)}.{self.r.randrange(1, 255)}"
            sub = "ipv4_public"
        else:
            s = f"192.168.{self.r.randrange(0, 20)}.{self.r.randrange(2, 254)}"
            sub = "ipv4_private"
        return Val("IP_ADDRESS", s, sub)

    # ---- address / plate
    def address(self, form=None):
        full, short, gus = self.ch(SIDO)
        gu, roads = self.ch(gus)
        form = form or self.ch(["road_full", "road_full", "road_short", "road_gu", "jibun"])
        unit = self.ch(["", f", {self.r.randrange(101, 120)}동 {self.r.randrange(1, 25)}0{self.r.randrange(1, 5)}호",
                        f", {self.r.randrange(2, 6)}층 {self.r.randrange(2, 6)}0{self.r.randrange(1, 4)}호", f" {self.r.randrange(2, 9)}층",
                        f", {self.r.randrange(101, 404)}호"])
        road = f"{self.ch(roads)}{self.ch(['', '', str(self.r.randrange(3, 80)) + '번길 ', str(self.r.randrange(3, 40)) + '길 '])}"
        if road[-1] != " ":
            road += " "
        num = f"{self.r.randrange(1, 300)}" + self.ch(["", "", f"-{self.r.randrange(1, 30)}"])
        if form == "road_full":
            s = f"{full} {gu} {road}{num}{unit}"
        elif form == "road_short":
            s = f"{short} {gu} {road}{num}{unit}"
        elif form == "road_gu":
            s = f"{gu} {road}{num}{unit}"
        else:
            s = f"{self.ch([full, short])} {gu} {self.ch(DONG)} {self.r.randrange(100, 1500)}-{self.r.randrange(1, 30)} {self.ch(APT)} {self.r.randrange(101, 115)}동 {self.r.randrange(1, 16)}0{self.r.randrange(1, 5)}호"
        return Val("KR_ADDRESS", s, "addr_" + form)

    def plate(self, kind=None):
        kind = kind or self.ch(["plate_2", "plate_3", "plate_3", "plate_region", "plate_comm", "plate_nospace"])
        h = self.ch(PLATE_PRIV)
        if kind == "plate_2":
            s = f"{self.r.randrange(10, 100)}{h} {self.digits(4)}"
        elif kind == "plate_3":
            s = f"{self.r.randrange(100, 700)}{h} {self.digits(4)}"
        elif kind == "plate_region":
            s = f"{self.ch(['서울', '경기', '부산', '인천', '대구'])} {self.r.randrange(10, 100)}{h} {self.digits(4)}"
        elif kind == "plate_comm":
            s = f"{self.ch(['서울', '경기', '충남', '전북'])} {self.r.randrange(70, 100)}{self.ch(PLATE_COMM)} {self.digits(4)}"
        else:
            s = f"{self.r.randrange(100, 700)}{h}{self.digits(4)}"
        return Val("KR_VEHICLE_PLATE", s, kind)

    # ---- negatives
    def case_no(self):
        y = self.r.randrange(2019, 2026)
        k = self.ch(["고단", "고합", "노", "도", "가단", "가합", "나", "구합", "누", "두", "고정", "고약", "초기"])
        return Neg(f"{y}{k}{self.r.randrange(100, 40000)}", "case_number")

    def prosecution_no(self):
        return Neg(f"{self.r.randrange(2020, 2026)}형제{self.r.randrange(1000, 99999)}호", "case_number")

    def receipt_no(self):
        return Neg(self.ch([f"{self.r.randrange(1, 9)}AA-{self.r.randrange(2301, 2512)}-{self.digits(7)}", f"{self.r.randrange(2023, 2026)}-민원-{self.digits(5)}",
                            f"접-{self.digits(4)}-{self.digits(3)}", f"RCP{self.digits(10)}"]), "receipt_number")

    def mgmt_no(self):
        return Neg(self.ch([f"0{self.r.randrange(31, 64)}-{self.r.randrange(2019, 2026)}-{self.digits(4)}",
                            f"{self.r.randrange(1101, 4899)}-{self.r.randrange(2019, 2026)}-{self.digits(6)}",
                            f"{self.digits(5)}-{self.digits(3)}-{self.digits(5)}"]), "management_number")

    def bid_no(self):
        return Neg(self.ch([f"{self.r.randrange(2022, 2026)}{self.digits(7)}-00", f"R{self.r.randrange(23, 26)}BK{self.digits(8)}-000"]), "bid_number")

    def doc_no(self):
        dept = self.ch(["감사담당관", "안전총괄과", "민원봉사과", "재난안전과", "총무과", "도시계획과", "복지정책과", "의회사무국"])
        return Neg(f"{dept}-{self.r.randrange(100, 9999)}", "document_number")

    def statute(self):
        return Neg(self.ch(["「형법」 제347조 제1항", "「전자금융거래법」 제6조 제3항 제2호", "「도로교통법」 제148조의2 제3항 제2호",
                            "「개인정보 보호법」 제71조 제5호", "「지방자치법」 제47조", "「재난 및 안전관리 기본법」 제20조", "「출입국관리법」 제31조",
                            "「여신전문금융업법」 제70조 제1항 제3호", "「지방계약법」 제31조 제1항", "「공직자윤리법」 제14조의4"]), "statute")

    def amount(self):
        return Neg(self.ch([f"{self.r.randrange(1, 999):,}만 원", f"{self.r.randrange(10000, 99999999):,}원", f"금 {self.r.randrange(1, 50)},{self.digits(3)},000원"]), "amount")

    def date_neg(self):
        y, m, d = self.r.randrange(2021, 2026), self.r.randrange(1, 13), self.r.randrange(1, 29)
        return Neg(self.ch([f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}."]), "date_not_birth")

    def model_no(self):
        return Neg(self.ch([f"SM-S9{self.r.randrange(10, 30)}N", f"SM-A{self.r.randrange(100, 600)}NK", f"LG-{self.r.randrange(10, 99)}UR{self.digits(4)}",
                            f"NT{self.digits(3)}XDA-K{self.digits(2)}", f"KS-{self.digits(4)}-{self.digits(2)}", f"CCTV-IPC{self.digits(4)}",
                            f"DVR-{self.digits(2)}{self.ch('ABCX')}{self.digits(3)}"]), "model_number")

    def version(self):
        return Neg(self.ch([f"v{self.r.randrange(1, 9)}.{self.r.randrange(0, 20)}.{self.r.randrange(0, 30)}",
                            f"10.0.{self.r.randrange(19041, 22631)}.{self.r.randrange(1000, 4000)}", f"{self.r.randrange(1, 5)}.{self.r.randrange(0, 9)}.{self.r.randrange(0, 99)}-build{self.digits(4)}"]), "version")

    def switchboard(self):
        return Neg(self.ch(SWITCHBOARDS), "switchboard")

    def inst_main(self):
        return Neg(self.ch(INST_MAIN), "institution_phone")

    def inst_addr(self):
        return Neg(self.ch(INSTITUTION_ADDR), "institution_address")

    def masked_person(self):
        return Neg(self.ch([self.ch(SURNAMES) + "○○", self.ch(SURNAMES) + "**", self.ch(SURNAMES) + "모 씨", "홍길동", "갑", "A씨"]), "placeholder_person")

    def title_only(self):
        return Neg(self.ch(["○○군수", "감사관", "읍장", "소방서장", "경찰서장", "시장", "위원장", "재판장", "교육장", "보건소장", "총무과장", "도지사"]), "official_title")
