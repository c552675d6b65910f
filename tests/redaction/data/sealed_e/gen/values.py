"""Value generators for the pii_e evaluation set.

Every value is made up. Check digits are computed where the format has one
(RRN before Oct 2020, FRN, BRN, CRN, card Luhn). Everything is driven by a
random.Random instance passed in by the caller, so output depends only on the
string seeds used in make_set.py.
"""
import datetime

# ---------------------------------------------------------------- names
SURNAMES = (
    "김" * 20 + "이" * 14 + "박" * 8 + "최" * 5 + "정" * 5 + "강조윤장임" * 2 +
    "한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
SURNAMES = list(SURNAMES)
TWO_SURNAMES = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"]

SUR_ROM = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
    "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
    "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "전": "jeon", "홍": "hong",
    "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
    "유": "yoo", "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung",
    "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
    "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do",
    "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi",
    "표": "pyo", "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "keum", "옥": "ok",
    "육": "yook", "인": "in", "맹": "maeng", "제": "je", "모": "mo", "탁": "tak", "국": "kook",
    "어": "eo", "은": "eun", "편": "pyun", "용": "yong",
    "남궁": "namgung", "황보": "hwangbo", "선우": "sunwoo", "제갈": "jegal", "독고": "dokgo",
    "사공": "sagong", "서문": "seomun",
}
SYL_ROM = {
    "민": "min", "준": "jun", "서": "seo", "도": "do", "윤": "yun", "예": "ye", "시": "si",
    "우": "woo", "하": "ha", "주": "ju", "원": "won", "지": "ji", "호": "ho", "후": "hu",
    "건": "geon", "현": "hyun", "훈": "hoon", "진": "jin", "재": "jae", "연": "yeon", "정": "jung",
    "승": "seung", "유": "yu", "환": "hwan", "성": "sung", "혁": "hyuk", "은": "eun", "태": "tae",
    "동": "dong", "상": "sang", "영": "young", "수": "su", "광": "kwang", "종": "jong",
    "병": "byung", "철": "chul", "경": "kyung", "아": "a", "채": "chae", "다": "da", "소": "so",
    "율": "yul", "린": "rin", "혜": "hye", "미": "mi", "희": "hee", "숙": "sook", "순": "soon",
    "옥": "ok", "나": "na", "세": "se", "가": "ga", "인": "in", "선": "sun", "빈": "bin",
    "솔": "sol", "규": "gyu", "범": "beom", "석": "seok", "용": "yong", "창": "chang",
    "기": "ki", "택": "taek", "형": "hyung", "한": "han", "결": "gyeol", "별": "byeol",
    "찬": "chan", "혁": "hyuk", "은": "eun", "명": "myung", "남": "nam", "길": "gil", "봉": "bong",
}
GIVEN = """민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 도현 지훈 우진 민재 현준 서진
연우 정우 승현 승우 유준 진우 지환 승민 시윤 민성 준혁 은우 태윤 재윤 동현 성민 재현 민호 상훈 영호
정훈 성호 동욱 영수 광수 종민 병철 만수 경호 서연 서윤 지우 서현 민서 하은 하윤 윤서 지유 지민 채원
수아 지아 지윤 다은 은서 예은 수빈 소율 예린 지원 유진 현주 미경 정희 순자 옥순 경숙 미숙 은정 혜진
수진 지혜 은영 미영 선영 혜원 나연 소희 명숙 재희 태희 동희 수연 유나 세은 가윤 채윤 규리 혜린 승연
창호 용석 기택 형준 한결 규범 찬영 석진 봉수 남희 길순 명호 태석 종훈 범수 용준 인호 세진 가영 윤희""".split()
GIVEN = [g for g in GIVEN if g not in ("만수", "봉수")]
GIVEN1 = ["준", "솔", "린", "훈", "혁", "결", "찬"]

FORBIDDEN_NAMES = {"홍길동", "김철수", "이영희"}

HANJA_NAMES = [
    ("김민수", "金敏洙"), ("이서연", "李瑞妍"), ("박지훈", "朴智勳"), ("최현우", "崔賢宇"),
    ("정수빈", "鄭秀彬"), ("강도윤", "姜道潤"), ("조예린", "趙藝潾"), ("윤재호", "尹在浩"),
    ("장은비", "張恩斐"), ("임태식", "林泰植"), ("한승철", "韓承哲"), ("오정희", "吳貞姬"),
    ("서동혁", "徐東赫"), ("신미경", "申美京"), ("권오성", "權五成"), ("황보민", "皇甫旻"),
    ("문재석", "文在錫"), ("송하윤", "宋河潤"), ("배성호", "裵成浩"), ("백승우", "白承祐"),
]

# foreign names: (latin, hangul) components by nationality
FOREIGN = {
    "베트남": dict(order="fmg",
                 fam=[("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"),
                      ("VU", "부"), ("DANG", "당"), ("BUI", "부이"), ("NGO", "응오"), ("DUONG", "즈엉")],
                 mid=[("VAN", "반"), ("THI", "티"), ("DUC", "득"), ("MINH", "민"), ("THANH", "타인"), ("NGOC", "응옥")],
                 giv=[("AN", "안"), ("HUNG", "흥"), ("MAI", "마이"), ("LAN", "란"), ("HOA", "호아"), ("TUAN", "뚜언"),
                      ("LINH", "린"), ("DUNG", "중"), ("HIEU", "히에우"), ("THAO", "타오"), ("QUANG", "꽝")]),
    "중국": dict(order="fg_nospace",
               fam=[("WANG", "왕"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("YANG", "양"), ("ZHAO", "자오"),
                    ("HUANG", "황"), ("ZHOU", "저우"), ("SUN", "쑨"), ("GAO", "가오")],
               giv=[("WEI", "웨이"), ("LEI", "레이"), ("FANG", "팡"), ("JING", "징"), ("XIAOMING", "샤오밍"),
                    ("YUTING", "위팅"), ("HAORAN", "하오란"), ("MEILING", "메이링"), ("ZIHAN", "쯔한"), ("JIANGUO", "젠궈")]),
    "필리핀": dict(order="gf",
                fam=[("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("BAUTISTA", "바우티스타"),
                     ("GARCIA", "가르시아"), ("MENDOZA", "멘도사"), ("VILLANUEVA", "비야누에바")],
                giv=[("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"), ("MARK", "마크"),
                     ("JOHN PAUL", "존 폴"), ("KRISTINE", "크리스틴"), ("RODEL", "로델")]),
    "우즈베키스탄": dict(order="fg",
                   fam=[("KARIMOV", "카리모프"), ("RAKHIMOV", "라히모프"), ("YUSUPOV", "유수포프"), ("TOSHEV", "토셰프"),
                        ("ALIMOVA", "알리모바"), ("NURMATOVA", "누르마토바")],
                   giv=[("RUSTAM", "루스탐"), ("AZIZ", "아지즈"), ("DILNOZA", "딜노자"), ("SARDOR", "사르도르"),
                        ("JAHONGIR", "자혼기르"), ("MADINA", "마디나")]),
    "태국": dict(order="gf",
               fam=[("SRISUK", "스리숙"), ("KAEWSAI", "깨우사이"), ("BOONMA", "분마"), ("CHAIYAPORN", "차이야폰")],
               giv=[("SOMCHAI", "솜차이"), ("NARONG", "나롱"), ("SIRIPORN", "시리폰"), ("WANIDA", "와니다"),
                    ("ANAN", "아난")]),
    "인도네시아": dict(order="gf",
                  fam=[("SANTOSO", "산토소"), ("RAHAYU", "라하유"), ("PRATAMA", "프라타마"), ("WIJAYA", "위자야"),
                       ("HIDAYAT", "히다얏")],
                  giv=[("BUDI", "부디"), ("SITI", "시티"), ("AGUS", "아구스"), ("DEWI", "데위"), ("RIZKY", "리즈키")]),
    "네팔": dict(order="gf",
               fam=[("THAPA", "타파"), ("GURUNG", "구룽"), ("SHRESTHA", "슈레스타"), ("TAMANG", "타망"), ("RAI", "라이")],
               giv=[("RAM BAHADUR", "람 바하두르"), ("SITA", "시타"), ("BIKASH", "비카스"), ("SUNITA", "수니타"),
                    ("DIPAK", "디팍")]),
    "몽골": dict(order="gf",
               fam=[("GANBOLD", "간볼드"), ("DORJ", "도르지"), ("BAATAR", "바타르"), ("TSERENDORJ", "체렌도르지")],
               giv=[("BATBAYAR", "바트바야르"), ("ENKHJARGAL", "엥흐자르갈"), ("NARANTUYA", "나랑토야"),
                    ("TEMUULEN", "테무렌")]),
    "미국": dict(order="gf_title",
               fam=[("SMITH", "스미스"), ("CLARK", "클라크"), ("BROWN", "브라운"), ("JOHNSON", "존슨"),
                    ("MILLER", "밀러"), ("WILSON", "윌슨"), ("TAYLOR", "테일러")],
               giv=[("JOHN", "존"), ("EMILY", "에밀리"), ("MICHAEL", "마이클"), ("SARAH", "세라"),
                    ("DAVID", "데이비드"), ("JESSICA", "제시카"), ("KEVIN", "케빈")]),
    "러시아": dict(order="fg",
                fam=[("IVANOV", "이바노프"), ("KIM", "김"), ("PAK", "박"), ("TSOY", "최"), ("PETROVA", "페트로바")],
                giv=[("SERGEI", "세르게이"), ("ALEKSANDR", "알렉산드르"), ("OLGA", "올가"), ("DMITRII", "드미트리"),
                     ("ANNA", "안나")]),
    "일본": dict(order="fg",
               fam=[("TANAKA", "다나카"), ("SATO", "사토"), ("SUZUKI", "스즈키"), ("WATANABE", "와타나베")],
               giv=[("HIROSHI", "히로시"), ("YUKI", "유키"), ("KENJI", "겐지"), ("AYAKA", "아야카")]),
}
NATIONALITIES = list(FOREIGN.keys())
NAT_LATIN = {"베트남": "VIET NAM", "중국": "CHINA", "필리핀": "PHILIPPINES", "우즈베키스탄": "UZBEKISTAN",
             "태국": "THAILAND", "인도네시아": "INDONESIA", "네팔": "NEPAL", "몽골": "MONGOLIA",
             "미국": "USA", "러시아": "RUSSIA", "일본": "JAPAN"}

# ---------------------------------------------------------------- geography
REGIONS = [
    ("서울특별시", "서울", "02", ["마포구", "강남구", "송파구", "노원구", "관악구", "은평구", "강서구", "성북구", "동작구", "중랑구", "서대문구"]),
    ("부산광역시", "부산", "051", ["해운대구", "부산진구", "사하구", "동래구", "북구", "연제구"]),
    ("대구광역시", "대구", "053", ["수성구", "달서구", "북구", "동구"]),
    ("인천광역시", "인천", "032", ["남동구", "부평구", "연수구", "서구", "계양구"]),
    ("광주광역시", "광주", "062", ["북구", "광산구", "서구"]),
    ("대전광역시", "대전", "042", ["유성구", "서구", "중구", "대덕구"]),
    ("울산광역시", "울산", "052", ["남구", "중구", "울주군"]),
    ("세종특별자치시", "세종", "044", []),
    ("경기도", "경기", "031", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구",
                          "부천시", "화성시", "안산시 단원구", "평택시", "김포시", "의정부시", "남양주시"]),
    ("강원특별자치도", "강원", "033", ["춘천시", "원주시", "강릉시", "홍천군"]),
    ("충청북도", "충북", "043", ["청주시 흥덕구", "충주시", "제천시", "음성군"]),
    ("충청남도", "충남", "041", ["천안시 서북구", "아산시", "공주시", "당진시"]),
    ("전북특별자치도", "전북", "063", ["전주시 완산구", "군산시", "익산시", "김제시"]),
    ("전라남도", "전남", "061", ["목포시", "여수시", "순천시", "나주시"]),
    ("경상북도", "경북", "054", ["포항시 북구", "구미시", "경주시", "안동시"]),
    ("경상남도", "경남", "055", ["창원시 성산구", "김해시", "진주시", "양산시"]),
    ("제주특별자치도", "제주", "064", ["제주시", "서귀포시"]),
]
ROAD_STEMS = ["새솔", "한빛", "은행나무", "버들", "도담", "가온", "늘푸른", "햇살", "누리", "푸른솔", "다솜",
              "청라", "동산", "매화", "솔샘", "고운", "해오름", "미리내", "별빛", "하늬", "노을", "느티",
              "참나무", "물푸레", "새터", "큰골", "장터", "배나무", "무지개", "달맞이"]
DONG_NAMES = ["성산", "인계", "역삼", "중앙", "신정", "대흥", "상계", "봉천", "화정", "송도", "반송", "월평",
              "삼천", "용봉", "범어", "매탄", "정자", "장기", "연산", "효자"]
APT_NAMES = ["한빛", "푸른마을", "솔내", "은하수", "햇빛마을", "늘봄", "새롬", "청솔", "백합", "대림숲"]

# ---------------------------------------------------------------- banks
BANKS = [
    # name, list of group patterns, optional fixed prefix per pattern
    ("KB국민은행", [((6, 2, 6), None), ((3, 2, 4, 3), None)]),
    ("신한은행", [((3, 3, 6), "110"), ((3, 2, 6), None)]),
    ("우리은행", [((4, 3, 6), "1002")]),
    ("하나은행", [((3, 6, 5), None)]),
    ("NH농협은행", [((3, 4, 4, 2), "302"), ((3, 4, 4, 2), "301"), ((6, 2, 6), "351")]),
    ("IBK기업은행", [((3, 6, 2, 3), None)]),
    ("카카오뱅크", [((4, 2, 7), "3333")]),
    ("토스뱅크", [((4, 4, 4), "1000")]),
    ("케이뱅크", [((3, 3, 6), "100")]),
    ("SC제일은행", [((3, 2, 6), None)]),
    ("우체국", [((6, 2, 6), None)]),
    ("새마을금고", [((4, 4, 4, 1), "9002")]),
    ("부산은행", [((3, 4, 4, 2), "101")]),
    ("iM뱅크", [((3, 2, 6, 1), "508")]),
    ("수협은행", [((3, 2, 6), None)]),
    ("신협", [((3, 3, 6), "131")]),
]

COMPANY_STEMS = ["한빛", "누리", "다온", "새봄", "미래로", "가람", "두레", "청명", "온누리", "하람", "세움", "태평",
                 "대양", "동행", "바른", "윤슬", "해솔", "늘품", "큰길", "솔빛"]
COMPANY_TAILS = ["엔지니어링", "정보통신", "건설", "산업", "시스템", "컨설팅", "테크", "물산", "기획", "환경",
                 "디자인", "소프트", "종합건설", "운수", "식품"]

CARD_BRANDS = [("visa", "4"), ("master", "5"), ("master2", "22"), ("bc", "94"), ("jcb", "35"),
               ("amex", "3"), ("local", "9")]

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

DL_REGIONS = [("11", "서울"), ("12", "부산"), ("13", "경기"), ("14", "강원"), ("15", "충북"), ("16", "충남"),
              ("17", "전북"), ("18", "전남"), ("19", "경북"), ("20", "경남"), ("21", "제주"), ("22", "대구"),
              ("23", "인천"), ("24", "광주"), ("25", "대전"), ("26", "울산"), ("28", "경기북부")]

PLATE_PRIVATE = list("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주")
PLATE_COMM = list("바사아자")
PLATE_RENT = list("하허호")

# ---------------------------------------------------------------- checksums
def rrn_check(d12, foreign=False):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w))
    return ((13 if foreign else 11) - s % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    digits = [int(c) for c in num]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_plus):
    for c in "0123456789":
        if luhn_ok(prefix_plus + c):
            return prefix_plus + c
    raise AssertionError


def group(digits, pattern, sep="-"):
    out, i = [], 0
    for g in pattern:
        out.append(digits[i:i + g])
        i += g
    assert i == len(digits)
    return sep.join(out)


# ---------------------------------------------------------------- generator
class V:
    """Value factory bound to one rng."""

    def __init__(self, r):
        self.r = r
        self.used_names = set()
        # documents draw their non-birth dates around one base date so that they hang together
        self.base = datetime.date(r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # ------------------------------------------------ names
    def name(self, kind=None, surname=None):
        """Korean name, unique within this record."""
        r = self.r
        for _ in range(200):
            if surname:
                sur = surname
            elif kind == "two" or (kind is None and r.random() < 0.06):
                sur = r.choice(TWO_SURNAMES)
            else:
                sur = r.choice(SURNAMES)
            giv = r.choice(GIVEN1) if r.random() < 0.05 else r.choice(GIVEN)
            n = sur + giv
            if n in FORBIDDEN_NAMES or n in self.used_names:
                continue
            # avoid prefix/suffix collisions between names in one record
            if any(n in u or u in n for u in self.used_names):
                continue
            self.used_names.add(n)
            return n
        raise RuntimeError("name pool exhausted")

    def name_rom(self, n):
        sur = n[:2] if n[:2] in TWO_SURNAMES else n[0]
        giv = n[len(sur):]
        return SUR_ROM[sur], "".join(SYL_ROM.get(c, "x") for c in giv)

    @staticmethod
    def surname_of(n):
        return n[:2] if n[:2] in TWO_SURNAMES else n[0]

    def name_latin(self, n):
        """passport-style romanisation of a Korean name: 'KIM MINSU' / 'KIM MIN-SU' / 'Minsu Kim'"""
        r = self.r
        sur = self.surname_of(n)
        syl = [SYL_ROM.get(c, "x") for c in n[len(sur):]]
        s = SUR_ROM[sur]
        style = r.randint(0, 3)
        if style == 0:
            return f"{s} {''.join(syl)}".upper()
        if style == 1 and len(syl) == 2:
            return f"{s} {'-'.join(syl)}".upper()
        if style == 2:
            return f"{''.join(syl).capitalize()} {s.capitalize()}"
        return f"{s.upper()} {''.join(syl).upper()}"

    def phone_masked(self):
        r = self.r
        if r.random() < 0.6:
            return f"010-****-{self.digits(4)}", "mobile_masked"
        return f"010-{r.randint(2, 9)}{self.digits(1)}**-{self.digits(4)}", "mobile_masked"

    def hanja_name(self):
        for _ in range(100):
            h, hj = self.r.choice(HANJA_NAMES)
            if h not in self.used_names and not any(h in u or u in h for u in self.used_names):
                self.used_names.add(h)
                return h, hj
        raise RuntimeError

    def foreign(self, nat=None):
        """returns dict(latin, latin_title, hangul, nat, fam_l, giv_l)"""
        r = self.r
        for _ in range(100):
            nat = nat or r.choice(NATIONALITIES)
            spec = FOREIGN[nat]
            f = r.choice(spec["fam"])
            g = r.choice(spec["giv"])
            o = spec["order"]
            if o == "fmg":
                m = r.choice(spec["mid"])
                latin = f"{f[0]} {m[0]} {g[0]}"
                hangul = f"{f[1]} {m[1]} {g[1]}"
            elif o == "fg_nospace":
                latin = f"{f[0]} {g[0]}"
                hangul = f"{f[1]}{g[1]}"
            elif o == "fg":
                latin = f"{f[0]} {g[0]}"
                hangul = f"{f[1]} {g[1]}"
            else:
                latin = f"{g[0]} {f[0]}"
                hangul = f"{g[1]} {f[1]}"
            if latin in self.used_names or hangul in self.used_names:
                continue
            if any(hangul in u or u in hangul for u in self.used_names):
                continue
            self.used_names.add(latin)
            self.used_names.add(hangul)
            title = " ".join(w.capitalize() for w in latin.split())
            return dict(latin=latin, title=title, hangul=hangul, nat=nat, nat_en=NAT_LATIN[nat],
                        fam=f[0], giv=g[0] if o != "fmg" else f"{m[0]} {g[0]}")
        raise RuntimeError

    # ------------------------------------------------ dates
    def birth(self, lo=1940, hi=2005):
        r = self.r
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30)
        return datetime.date(y, m, d)

    def dob(self, date=None, form=None):
        date = date or self.birth()
        form = form or self.r.choice(DOB_FORMS)
        return fmt_date(date, form), "dob_" + form

    def recent_date(self, lo=None, hi=None):
        r = self.r
        if lo is None:
            return self.base + datetime.timedelta(days=r.randint(-180, 45))
        return datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def past(self, lo=60, hi=500):
        return self.base - datetime.timedelta(days=self.r.randint(lo, hi))

    def date_str(self, date=None, form="dot_spaced"):
        return fmt_date(date or self.recent_date(), form)

    # ------------------------------------------------ national ids
    def rrn(self, kind="valid", date=None):
        r = self.r
        if kind == "post2020":
            if date is None:
                date = datetime.date(r.randint(2020, 2024), 1, 1)
                if date.year == 2020:
                    date = date.replace(month=r.randint(10, 12))
                else:
                    date = date.replace(month=r.randint(1, 12))
                date = date.replace(day=r.randint(1, 28))
            g = r.choice("34")
            body = f"{date:%y%m%d}{g}{self.digits(5)}"
            good = rrn_check(body)
            bad = r.choice([c for c in "0123456789" if int(c) != good])
            return f"{body[:6]}-{body[6:]}{bad}", "rrn_post2020", date
        if date is None:
            date = self.birth(1940, 2019)
        g = r.choice("12") if date.year < 2000 else r.choice("34")
        if kind in ("valid",):
            body = f"{date:%y%m%d}{g}{self.digits(5)}"
            return f"{body[:6]}-{body[6:]}{rrn_check(body)}", "rrn_valid", date
        if kind == "masked":
            mch = r.choice(["*", "*", "*", "●", "X", "x", "○"])
            return f"{date:%y%m%d}-{g}{mch * 6}", "rrn_masked", date
        if kind == "masked_all":
            return f"{date:%y%m%d}-*******", "rrn_masked_back7", date
        raise ValueError(kind)

    def frn(self, kind="valid", date=None):
        r = self.r
        date = date or self.birth(1960, 2004)
        g = r.choice("56") if date.year < 2000 else r.choice("78")
        if kind == "masked":
            return f"{date:%y%m%d}-{g}******", "frn_masked", date
        office = f"{r.randint(0, 49) * 2:02d}"
        body = f"{date:%y%m%d}{g}{office}{self.digits(2)}{r.choice('6789')}"
        return f"{body[:6]}-{body[6:]}{rrn_check(body, foreign=True)}", "frn_valid", date

    def brn(self):
        r = self.r
        while True:
            d = f"{r.randint(101, 899)}{r.choice(['01', '05', '10', '13', '21', '24', '37', '52', '81', '86', '87', '88'])}{self.digits(4)}"
            c = brn_check(d)
            return f"{d[:3]}-{d[3:5]}-{d[5:]}{c}", "brn"

    def crn(self):
        r = self.r
        office = r.choice(["1101", "1101", "1301", "1311", "1345", "1601", "1701", "1801", "2001", "1201", "1511", "2801"])
        typ = r.choice(["11", "11", "11", "14", "21", "22"])
        d = office + typ + self.digits(6)
        return f"{d[:6]}-{d[6:]}{crn_check(d)}", "crn"

    def passport_kr(self, kind=None):
        r = self.r
        kind = kind or r.choice(["old", "new", "new"])
        p = r.choice("MMMMMSGDR")
        if kind == "old":
            return f"{p}{self.digits(8)}", "passport_kr_old"
        return f"{p}{self.digits(3)}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{self.digits(4)}", "passport_kr_new"

    def passport_foreign(self, nat):
        r, d = self.r, self.digits
        if nat == "베트남":
            v = r.choice("CBN") + d(7)
        elif nat == "중국":
            v = r.choice(["E" + d(8), "EA" + d(7), "EH" + d(7)])
        elif nat == "필리핀":
            v = "P" + d(7) + r.choice("ABC")
        elif nat == "우즈베키스탄":
            v = r.choice(["FA", "AA", "AB"]) + d(7)
        elif nat == "태국":
            v = r.choice(["AA", "AB", "AC"]) + d(7)
        elif nat == "인도네시아":
            v = r.choice("BCX") + d(7)
        elif nat == "네팔":
            v = "PA" + d(7)
        elif nat == "몽골":
            v = "E" + d(7)
        elif nat == "미국":
            v = r.choice(["A", "5", "6"]) + d(8)
        elif nat == "러시아":
            v = f"{d(2)} {d(7)}"
        elif nat == "일본":
            v = r.choice(["TK", "TR", "TZ", "MU"]) + d(7)
        else:
            v = "X" + d(8)
        return v, "passport_foreign"

    def passport_any(self, nat=None):
        if nat is None or nat == "대한민국":
            return self.passport_kr()
        return self.passport_foreign(nat)

    def dl(self, fmt=None):
        r = self.r
        code, reg = r.choice(DL_REGIONS)
        yy = f"{r.randint(80, 124) % 100:02d}"
        ser, chk = self.digits(6), self.digits(2)
        fmt = fmt or r.choice(["numeric", "numeric", "region_space", "region_nospace", "plain12"])
        if fmt == "numeric":
            return f"{code}-{yy}-{ser}-{chk}", "dl_numeric"
        if fmt == "region_space":
            return f"{reg} {yy}-{ser}-{chk}", "dl_region_space"
        if fmt == "region_nospace":
            return f"{reg}{yy}-{ser}-{chk}", "dl_region_nospace"
        return f"{code}{yy}{ser}{chk}", "dl_plain12"

    def plate(self, fmt=None):
        r = self.r
        fmt = fmt or r.choice(["2d", "3d", "3d", "region", "commercial", "nospace", "rent"])
        reg = r.choice(["서울", "경기", "부산", "인천", "대구", "광주", "대전", "충남", "경북", "전남"])
        if fmt == "2d":
            return f"{r.randint(10, 99)}{r.choice(PLATE_PRIVATE)} {self.digits(4, True)}", "plate_2d"
        if fmt == "3d":
            return f"{r.randint(100, 699)}{r.choice(PLATE_PRIVATE)} {self.digits(4, True)}", "plate_3d"
        if fmt == "region":
            return f"{reg} {r.randint(10, 99)}{r.choice(PLATE_PRIVATE)} {self.digits(4, True)}", "plate_region"
        if fmt == "commercial":
            return f"{reg} {r.randint(70, 99)}{r.choice(PLATE_COMM)} {self.digits(4, True)}", "plate_commercial"
        if fmt == "rent":
            return f"{r.randint(10, 99)}{r.choice(PLATE_RENT)} {self.digits(4, True)}", "plate_rental"
        return f"{r.randint(100, 399)}{r.choice(PLATE_PRIVATE)}{self.digits(4, True)}", "plate_nospace"

    def hi(self, kind="hi_card"):
        return f"{self.r.randint(1, 8)}{self.digits(10)}", kind

    # ------------------------------------------------ contact
    def mobile(self, fmt=None):
        r = self.r
        mid = str(r.randint(2, 9)) + self.digits(3)
        last = self.digits(4)
        fmt = fmt or r.choice(["dash"] * 8 + ["plain", "space", "dot", "intl"])
        if fmt == "dash":
            return f"010-{mid}-{last}", "mobile"
        if fmt == "plain":
            return f"010{mid}{last}", "mobile_plain"
        if fmt == "space":
            return f"010 {mid} {last}", "mobile_space"
        if fmt == "dot":
            return f"010.{mid}.{last}", "mobile_dot"
        return f"+82-10-{mid}-{last}", "mobile_intl"

    def landline(self, area=None, kind="landline"):
        r = self.r
        area = area or r.choice(["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053",
                                 "054", "055", "061", "062", "063", "064"])
        if area == "02":
            mid = str(r.randint(2, 9)) + self.digits(r.choice([2, 3]))
        else:
            mid = str(r.randint(2, 9)) + self.digits(2)
        v = f"{area}-{mid}-{self.digits(4)}"
        if v.endswith("2114"):
            v = v[:-1] + "5"
        return v, kind

    def voip(self):
        return f"070-{self.r.randint(2, 8)}{self.digits(3)}-{self.digits(4)}", "voip070"

    def email(self, name=None, kind="email_personal", domain=None):
        r = self.r
        if name:
            s, g = self.name_rom(name)
            style = r.randint(0, 5)
            if style == 0:
                local = f"{g}.{s}"
            elif style == 1:
                local = f"{s}{g}{r.randint(1, 99)}"
            elif style == 2:
                local = f"{g[0]}{s}{r.randint(70, 99)}"
            elif style == 3:
                local = f"{s}_{g}"
            elif style == 4:
                local = f"{s}.{g}{r.randint(1, 9)}"
            else:
                local = f"{g}{s[0]}{r.randint(10, 999)}"
        else:
            w = r.choice(["sunny", "blue", "happy", "green", "star", "moon", "river", "mint", "coffee", "ocean",
                          "dream", "lucky", "cloud", "tiger", "maple"])
            local = f"{w}{r.choice(['', '_', '.'])}{r.choice(['day', 'kid', 'mom', 'dad', 'life', 'way', 'jj', 'k'])}{r.randint(1, 9999)}"
        if domain is None:
            domain = r.choice(["naver.com", "naver.com", "gmail.com", "daum.net", "hanmail.net", "nate.com",
                               "kakao.com", "outlook.com", "hotmail.com", "yahoo.co.kr"])
        return f"{local}@{domain}", kind

    def ip(self, kind=None):
        r = self.r
        kind = kind or r.choice(["pub", "pub", "pub", "priv"])
        if kind == "priv":
            c = r.randint(0, 2)
            if c == 0:
                v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            elif c == 1:
                v = f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
            else:
                v = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            return v, "ipv4_private"
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ipv4_public"

    def ipv6(self):
        r = self.r
        h = lambda: f"{r.randint(1, 0xffff):x}"
        c = r.randint(0, 2)
        if c == 0:
            v = f"2001:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
        elif c == 1:
            v = f"fe80::{h()}:{h()}:{h()}:{h()}"
        else:
            v = f"2406:{h()}:{h()}::{h()}"
        return v, "ipv6"

    # ------------------------------------------------ money
    def card(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "master", "master", "master2", "bc", "jcb", "amex", "local"])
        if brand == "amex":
            pre = r.choice(["34", "37"]) + self.digits(12)
            n = luhn_complete(pre)
            return f"{n[:4]}-{n[4:10]}-{n[10:]}", "card_amex"
        if brand == "visa":
            pre = "4" + self.digits(14)
        elif brand == "master":
            pre = f"5{r.randint(1, 5)}" + self.digits(13)
        elif brand == "master2":
            pre = f"{r.randint(2221, 2720)}" + self.digits(11)
        elif brand == "bc":
            pre = "94" + self.digits(13)
        elif brand == "jcb":
            pre = f"35{r.randint(28, 89)}" + self.digits(11)
        else:
            pre = r.choice(["9490", "9410", "9430"]) + self.digits(11)
        n = luhn_complete(pre)
        return group(n, (4, 4, 4, 4)), "card_" + brand

    def card_masked(self):
        v, k = self.card(self.r.choice(["visa", "master", "bc"]))
        g = v.split("-")
        return f"{g[0]}-{g[1][:2]}**-****-{g[3]}", "card_masked"

    def account(self, bank=None):
        r = self.r
        if bank is None:
            bname, pats = r.choice(BANKS)
        else:
            bname, pats = [b for b in BANKS if b[0] == bank][0]
        pat, pre = r.choice(pats)
        total = sum(pat)
        if pre:
            d = pre + self.digits(total - len(pre))
        else:
            d = self.digits(total, first_nonzero=True)
        return bname, group(d, pat), "acct_" + "-".join(map(str, pat))

    # ------------------------------------------------ address
    def address(self, style=None):
        """returns (address, kind, postal, paren)"""
        r = self.r
        full, short, area, sggs = r.choice(REGIONS)
        sgg = r.choice(sggs) if sggs else None
        style = style or r.choice(["road", "road", "road", "road_short", "road_sgg", "jibun"])
        if style == "road_sgg" and sgg is None:
            style = "road"
        stem = r.choice(ROAD_STEMS)
        road = stem + r.choice(["로", "로", "길", "대로"])
        if r.random() < 0.4:
            road += f" {r.randint(1, 60)}{r.choice(['길', '번길'])}"
        num = str(r.randint(1, 320))
        if r.random() < 0.2:
            num += f"-{r.randint(1, 30)}"
        unit_c = r.randint(0, 5)
        apt = r.choice(APT_NAMES)
        if unit_c == 0:
            unit = f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
        elif unit_c == 1:
            fl = r.randint(2, 9)
            unit = f", {fl}층 {fl}0{r.randint(1, 6)}호"
        elif unit_c == 2:
            unit = f" {r.randint(2, 12)}층"
        elif unit_c == 3:
            unit = f", {r.randint(1, 5)}0{r.randint(1, 9)}호"
        else:
            unit = ""
        dong = r.choice(DONG_NAMES)
        postal = f"{self.digits(5, True)}"
        paren = None
        if style == "jibun":
            head = f"{full} {sgg}" if sgg else full
            lot = f"{r.randint(1, 1500)}" + (f"-{r.randint(1, 40)}" if r.random() < 0.6 else "")
            if r.random() < 0.5:
                a = f"{head} {dong}동 {lot} {apt}아파트 {r.randint(101, 112)}동 {r.randint(1, 20)}{r.randint(1, 4):02d}호"
            else:
                a = f"{head} {dong}동 {lot}"
            return a, "addr_jibun", postal, None
        if style == "road":
            a = f"{full} {sgg + ' ' if sgg else ''}{road} {num}{unit}"
            kind = "addr_road"
        elif style == "road_short":
            a = f"{short} {sgg + ' ' if sgg else ''}{road} {num}{unit}"
            kind = "addr_road_short"
        else:
            a = f"{sgg} {road} {num}{unit}"
            kind = "addr_road_sgg"
        if r.random() < 0.4:
            paren = f"({dong}동" + (f", {apt}아파트)" if unit_c == 0 else ")")
        return a, kind, postal, paren

    def inst_address(self):
        """address of a public institution (hard negative)"""
        r = self.r
        full, short, area, sggs = r.choice(REGIONS)
        sgg = r.choice(sggs) if sggs else None
        road = r.choice(ROAD_STEMS) + r.choice(["로", "대로"])
        bld = r.choice(["정부청사", "청사 본관", "시청 별관", "구청", "행정복지센터", "종합청사 3동"])
        return f"{full} {sgg + ' ' if sgg else ''}{road} {r.randint(1, 300)} {bld}"

    def company(self):
        r = self.r
        name = r.choice(COMPANY_STEMS) + r.choice(COMPANY_TAILS)
        form = r.choice(["(주)" + name, "주식회사 " + name, name + "(주)", "(유)" + name, name])
        return form

    def amount(self, scale="mid"):
        r = self.r
        lo, hi, step = {"small": (1, 300, 100), "fine": (2, 20, 10000), "mid": (10, 900, 10000),
                        "large": (100, 9000, 10000)}[scale]
        v = r.randint(lo, hi) * step
        if scale == "small":
            v = r.randint(10, 3000) * 100
        return f"{v:,}원"

    def switchboard(self, area=None):
        r = self.r
        area = area or r.choice(["02", "031", "044", "042", "051", "053", "062", "064"])
        return f"{area}-{r.randint(100, 999) if area != '02' else r.randint(2100, 3999)}-{r.choice(['2114', '0114', '1114', '5114'])}"

    def hotline(self):
        r = self.r
        return f"{r.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899'])}-{self.digits(4, True)}"


DOB_FORMS = ["dot_spaced", "dot_spaced", "korean", "korean", "iso", "dot_padded", "dot_padded_noend", "short_dot",
             "yymmdd", "yyyymmdd", "slash", "korean_short", "dot_spaced_noend"]
DOB_FORMS_FOREIGN = ["eng", "dmy_slash", "slash", "iso", "dot_padded", "dmy_dot"]


def fmt_date(dt, form):
    y, m, d = dt.year, dt.month, dt.day
    yy = y % 100
    if form == "dot_spaced":
        return f"{y}. {m}. {d}."
    if form == "dot_spaced_noend":
        return f"{y}. {m}. {d}"
    if form == "korean":
        return f"{y}년 {m}월 {d}일"
    if form == "korean_short":
        return f"{yy:02d}년 {m}월 {d}일"
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if form == "dot_padded":
        return f"{y}.{m:02d}.{d:02d}."
    if form == "dot_padded_noend":
        return f"{y}.{m:02d}.{d:02d}"
    if form == "short_dot":
        return f"{yy:02d}.{m:02d}.{d:02d}"
    if form == "yymmdd":
        return f"{yy:02d}{m:02d}{d:02d}"
    if form == "yyyymmdd":
        return f"{y}{m:02d}{d:02d}"
    if form == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if form == "eng":
        return f"{d:02d} {MONTHS_EN[m - 1]} {y}"
    if form == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if form == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if form == "apostrophe":
        return f"'{yy:02d}. {m}. {d}."
    raise ValueError(form)
