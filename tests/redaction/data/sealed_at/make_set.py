#!/usr/bin/env python3
"""make_set.py - deterministic generator for the pii_at evaluation set.

Standard library only.  Every random choice for record i of template t comes
from random.Random("pii_at-2026|<t>|<i>") (string seed); a draft that fails
validation is retried with the seed "pii_at-2026|<t>|<i>|retry<k>".

    python3 make_set.py            # writes the files next to this script and self-checks
    python3 make_set.py --out DIR  # writes into DIR (used by the hash-seed self-check)

All names, numbers, addresses and sentences are invented here.
"""
import sys, os, re, json, random, hashlib, unicodedata, subprocess, tempfile, datetime, ipaddress

SEEDBASE = "pii_at-2026"
TODAY = datetime.date(2026, 12, 6)
TYPES = ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN")
HN_CATS = ("institution_switchboard", "service_number", "short_code", "institution_address",
           "institution_email", "institution_fax_main", "document_number", "case_number",
           "statute_citation", "notice_number", "receipt_number", "public_record_id",
           "amount", "date", "postal_code", "company_name", "placeholder_person",
           "placeholder_id", "official_by_office", "name_shaped_place", "name_shaped_firm",
           "name_shaped_word", "name_shaped_product", "version_number", "system_user_id", "internal_identifier", "professional_license")


class DraftError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


# ----------------------------------------------------------------------------
# value objects
# ----------------------------------------------------------------------------
class V:
    """A gold value to be inserted: text (possibly noisy), type, sub-kind, format, canonical form."""
    __slots__ = ("text", "type", "sub", "fmt", "canon", "noise", "extra")

    def __init__(self, text, typ, sub, fmt, canon=None, noise=None, extra=None):
        self.text, self.type, self.sub, self.fmt = text, typ, sub, fmt
        self.canon = text if canon is None else canon
        self.noise = list(noise or [])
        self.extra = dict(extra or {})

    def clone(self):
        return V(self.text, self.type, self.sub, self.fmt, self.canon, self.noise, self.extra)


class H:
    """A hard negative (not PII) to be inserted and tagged."""
    __slots__ = ("text", "cat")

    def __init__(self, text, cat):
        assert cat in HN_CATS, cat
        self.text, self.cat = text, cat


def d2(n):
    return "%02d" % n


def rdigits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def rdate(r, a, b):
    return a + datetime.timedelta(days=r.randrange((b - a).days + 1))


def D_(y, m, d):
    return datetime.date(y, m, d)


# ----------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------
RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_sum(d):
    return sum(int(d[i]) * RRN_W[i] for i in range(12))


def rrn_check_ok(d):
    return (11 - rrn_sum(d) % 11) % 10 == int(d[12])


def frn_check_ok(d):
    return (13 - rrn_sum(d) % 11) % 10 == int(d[12])


def brn_check(d9):
    w = (1, 3, 7, 1, 3, 7, 1, 3, 5)
    s = sum(int(d9[i]) * w[i] for i in range(9)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def crn_check(d12):
    s = sum(int(d12[i]) * (1 if i % 2 == 0 else 2) for i in range(12))
    return (10 - s % 10) % 10


def luhn_ok(num):
    tot, alt = 0, False
    for ch in reversed(num):
        k = int(ch)
        if alt:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
        alt = not alt
    return tot % 10 == 0


def luhn_complete(prefix_without_check):
    for c in range(10):
        if luhn_ok(prefix_without_check + str(c)):
            return prefix_without_check + str(c)
    raise AssertionError


# ----------------------------------------------------------------------------
# pools (all invented or generic)
# ----------------------------------------------------------------------------
SUR1 = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jeong"), ("강", "Kang"),
        ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
        ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
        ("전", "Jeon"), ("홍", "Hong"), ("유", "Yoo"), ("고", "Ko"), ("문", "Moon"), ("양", "Yang"),
        ("손", "Son"), ("배", "Bae"), ("백", "Baek"), ("허", "Heo"), ("남", "Nam"), ("심", "Shim"),
        ("노", "Noh"), ("하", "Ha"), ("곽", "Kwak"), ("성", "Sung"), ("차", "Cha"), ("주", "Joo"),
        ("우", "Woo"), ("구", "Koo"), ("민", "Min"), ("류", "Ryu"), ("나", "Na"), ("진", "Jin"),
        ("지", "Ji"), ("엄", "Eom"), ("채", "Chae"), ("원", "Won"), ("천", "Cheon"), ("방", "Bang"),
        ("공", "Kong"), ("현", "Hyun"), ("함", "Ham"), ("변", "Byun"), ("염", "Yeom"), ("여", "Yeo"),
        ("추", "Choo"), ("도", "Do"), ("석", "Seok"), ("설", "Seol"), ("길", "Gil"), ("연", "Yeon"),
        ("위", "Wi"), ("표", "Pyo"), ("명", "Myung"), ("기", "Ki"), ("반", "Ban"), ("왕", "Wang"),
        ("금", "Keum"), ("옥", "Ok"), ("육", "Yook"), ("인", "In"), ("맹", "Maeng"), ("제", "Je"),
        ("탁", "Tak"), ("국", "Kook"), ("어", "Eo"), ("은", "Eun"), ("편", "Pyeon"), ("용", "Yong"),
        ("예", "Ye"), ("경", "Kyung"), ("봉", "Bong"), ("태", "Tae"), ("목", "Mok"), ("형", "Hyung"),
        ("피", "Pi"), ("감", "Kam"), ("빈", "Bin"), ("온", "On"), ("범", "Beom"), ("좌", "Jwa"),
        ("팽", "Paeng"), ("승", "Seung"), ("견", "Kyeon"), ("옹", "Ong"), ("풍", "Pung")]
SUR1_W = [9] * 10 + [4] * 20 + [1] * (len(SUR1) - 30)
SUR2 = [("남궁", "Namgung"), ("황보", "Hwangbo"), ("선우", "Sunwoo"), ("제갈", "Jegal"),
        ("사공", "Sagong"), ("독고", "Dokgo"), ("서문", "Seomun"), ("동방", "Dongbang")]
G1 = [("민", "min"), ("서", "seo"), ("지", "ji"), ("도", "do"), ("하", "ha"), ("예", "ye"), ("수", "su"),
      ("현", "hyun"), ("준", "jun"), ("윤", "yun"), ("은", "eun"), ("채", "chae"), ("시", "si"),
      ("주", "ju"), ("유", "yu"), ("건", "geon"), ("재", "jae"), ("승", "seung"), ("태", "tae"),
      ("동", "dong"), ("성", "sung"), ("영", "young"), ("정", "jung"), ("경", "kyung"), ("상", "sang"),
      ("진", "jin"), ("혜", "hye"), ("미", "mi"), ("소", "so"), ("나", "na"), ("다", "da"), ("아", "a"),
      ("가", "ga"), ("보", "bo"), ("세", "se"), ("규", "kyu"), ("원", "won"), ("형", "hyung"),
      ("희", "hee"), ("종", "jong"), ("선", "sun"), ("인", "in"), ("연", "yeon"), ("석", "seok"),
      ("용", "yong"), ("병", "byung"), ("광", "kwang"), ("철", "chul"), ("기", "ki"), ("호", "ho"),
      ("창", "chang"), ("명", "myung"), ("해", "hae"), ("우", "woo"), ("순", "soon"), ("옥", "ok")]
G2 = [("준", "jun"), ("우", "woo"), ("서", "seo"), ("윤", "yun"), ("연", "yeon"), ("진", "jin"),
      ("민", "min"), ("현", "hyun"), ("호", "ho"), ("수", "su"), ("아", "a"), ("원", "won"), ("훈", "hoon"),
      ("희", "hee"), ("영", "young"), ("은", "eun"), ("빈", "bin"), ("율", "yul"), ("린", "rin"),
      ("혁", "hyuk"), ("석", "seok"), ("철", "chul"), ("숙", "sook"), ("자", "ja"), ("순", "soon"),
      ("경", "kyung"), ("주", "ju"), ("환", "hwan"), ("택", "taek"), ("식", "sik"), ("규", "kyu"),
      ("성", "sung"), ("범", "beom"), ("태", "tae"), ("솔", "sol"), ("찬", "chan"), ("하", "ha"),
      ("나", "na"), ("미", "mi"), ("정", "jung"), ("옥", "ok"), ("란", "ran"), ("용", "yong"),
      ("필", "pil"), ("섭", "seop"), ("욱", "wook"), ("엽", "yeop"), ("록", "rok"), ("래", "rae")]
G_SINGLE = [("건", "geon"), ("혁", "hyuk"), ("훈", "hoon"), ("결", "gyeol"), ("별", "byeol"),
            ("솔", "sol"), ("찬", "chan"), ("율", "yul"), ("린", "rin"), ("준", "jun"), ("윤", "yun"),
            ("웅", "woong"), ("담", "dam"), ("란", "ran"), ("슬", "seul"), ("혜", "hye"), ("철", "chul")]
# full names that are also ordinary words, institution words or form examples
NAME_BLACK = set("""이상 정말 조사 고정 신고 이사 주민 정보 기간 사항 정리 도시 소장 과장 차장 부장 원장 장관
주소 성명 안전 공개 이번 전화 한국 시민 시장 구조 정부 정책 이용 신청 주의 유지 문서 성과 고지 공시 방문
변경 지원 조정 조치 구민 도민 도착 이전 정산 강화 전부 임시 한정 김장 이불 전복 강정 안경 신발 한복 고추 조기
홍길동 김철수 이영희 전세 구청 시청 도청 경찰 소방 교사 원본 사본 성별 연락 은행 계좌 카드 여권 면허 차량
하나 우리 신한 국민 농협 기업 수협 신협 제주 광주 대구 부산 서울 인천 울산 대전 세종 경기 강원 충북 충남 전북 전남 경북 경남
정선 하남 안성 남원 문경 양평 홍천 진도 고양 오산 구미 나주 여주 장성 신안 서천 강진 고성 공주 임실 한림 문산 김포 이천
정민 서진 조은 강호 송화 윤슬 고운 배진 유성 민영 한결 한빛 서정 최고 최신 최대 최소 최종 주요 주간 주변 장기
""".split())

FOREIGN = {
    "VN": dict(kr="베트남", order="FG", gm=[("Van Hung", "반 흥"), ("Minh Tuan", "민 뚜언"), ("Duc Anh", "득 아인"), ("Quoc Bao", "꾸옥 바오")],
               gf=[("Thi Lan", "티 란"), ("Thi Huong", "티 흐엉"), ("Thi Mai", "티 마이"), ("Ngoc Anh", "응옥 아인")],
               fam=[("Nguyen", "응우옌"), ("Tran", "쩐"), ("Le", "레"), ("Pham", "팜"), ("Hoang", "호앙"), ("Dang", "당"), ("Bui", "부이")]),
    "CN": dict(kr="중국", order="FG", join="", gm=[("Jiawei", "자웨이"), ("Haoran", "하오란"), ("Zhiqiang", "즈창"), ("Junjie", "쥔제")],
               gf=[("Xiaoling", "샤오링"), ("Yuting", "위팅"), ("Meilin", "메이린"), ("Shuyi", "수이")],
               fam=[("Liu", "류"), ("Zhang", "장"), ("Chen", "천"), ("Zhao", "자오"), ("Zhou", "저우"), ("Huang", "황")]),
    "PH": dict(kr="필리핀", order="GF", gm=[("Jose Miguel", "호세 미겔"), ("Mark Anthony", "마크 앤서니"), ("Ramon", "라몬")],
               gf=[("Maria Cristina", "마리아 크리스티나"), ("Angelica", "안젤리카"), ("Rowena", "로웨나")],
               fam=[("Reyes", "레예스"), ("Santos", "산토스"), ("Bautista", "바우티스타"), ("Villanueva", "비야누에바"), ("Dela Cruz", "델라 크루즈")]),
    "UZ": dict(kr="우즈베키스탄", order="GF", gm=[("Akmal", "아크말"), ("Sardor", "사르도르"), ("Jasur", "자수르")],
               gf=[("Dilnoza", "딜노자"), ("Nigora", "니고라"), ("Malika", "말리카")],
               fam_m=[("Karimov", "카리모프"), ("Tursunov", "투르수노프"), ("Rakhimov", "라히모프")],
               fam_f=[("Karimova", "카리모바"), ("Tursunova", "투르수노바"), ("Rakhimova", "라히모바")]),
    "TH": dict(kr="태국", order="GF", gm=[("Somchai", "솜차이"), ("Preecha", "쁘리차"), ("Niran", "니란")],
               gf=[("Kanya", "깐야"), ("Malee", "말리"), ("Ratana", "라타나")],
               fam=[("Boonmee", "분미"), ("Srisuk", "시숙"), ("Thongdee", "통디"), ("Chaiyaporn", "차이야폰")]),
    "NP": dict(kr="네팔", order="GF", gm=[("Ram Bahadur", "람 바하두르"), ("Bikash", "비카스"), ("Suman", "수만")],
               gf=[("Sita", "시타"), ("Anita", "아니타"), ("Kamala", "카말라")],
               fam=[("Gurung", "구룽"), ("Tamang", "타망"), ("Shrestha", "슈레스타"), ("Magar", "마가르")]),
    "US": dict(kr="미국", order="GF", gm=[("Daniel", "대니얼"), ("Jacob", "제이컵"), ("Michael", "마이클")],
               gf=[("Emily", "에밀리"), ("Rachel", "레이철"), ("Hannah", "해나")],
               fam=[("Whitfield", "휘트필드"), ("Brennan", "브레넌"), ("Holloway", "할러웨이"), ("Pruitt", "프루잇")]),
    "RU": dict(kr="러시아", order="GF", gm=[("Dmitry", "드미트리"), ("Sergei", "세르게이"), ("Pavel", "파벨")],
               gf=[("Olga", "올가"), ("Irina", "이리나"), ("Yulia", "율리야")],
               fam_m=[("Volkov", "볼코프"), ("Sokolov", "소콜로프"), ("Lebedev", "레베데프")],
               fam_f=[("Volkova", "볼코바"), ("Sokolova", "소콜로바"), ("Lebedeva", "레베데바")]),
    "ID": dict(kr="인도네시아", order="GF", gm=[("Agus", "아구스"), ("Budi", "부디"), ("Rizky", "리즈키")],
               gf=[("Siti", "시티"), ("Dewi", "데위"), ("Putri", "푸트리")],
               fam=[("Santoso", "산토소"), ("Wibowo", "위보워"), ("Lestari", "레스타리"), ("Hidayat", "히다얏")]),
    "MN": dict(kr="몽골", order="GF", gm=[("Batbayar", "바트바야르"), ("Gantulga", "간톨가")],
               gf=[("Enkhjargal", "엥흐자르갈"), ("Oyunchimeg", "어윤치멕")],
               fam=[("Dorj", "도르지"), ("Tsend", "첸드"), ("Baatar", "바타르")]),
    "JP": dict(kr="일본", order="FG", gm=[("Haruto", "하루토"), ("Kenji", "겐지"), ("Sota", "소타")],
               gf=[("Yuki", "유키"), ("Aoi", "아오이"), ("Mio", "미오")],
               fam=[("Kobayashi", "고바야시"), ("Watanabe", "와타나베"), ("Morikawa", "모리카와"), ("Hayashida", "하야시다")]),
}
FOREIGN_KEYS = list(FOREIGN)

SIDO = [
    ("서울특별시", "서울", ["종로구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]),
    ("부산광역시", "부산", ["영도구", "부산진구", "동래구", "해운대구", "사하구", "금정구", "연제구", "수영구", "사상구", "기장군"]),
    ("대구광역시", "대구", ["수성구", "달서구", "달성군", "북구"]),
    ("인천광역시", "인천", ["미추홀구", "연수구", "남동구", "부평구", "계양구", "강화군"]),
    ("광주광역시", "광주", ["광산구", "북구", "남구"]),
    ("대전광역시", "대전", ["유성구", "대덕구", "서구"]),
    ("울산광역시", "울산", ["울주군", "남구", "북구"]),
    ("세종특별자치시", "세종", [""]),
    ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구", "안양시 동안구", "남양주시", "화성시", "평택시", "의정부시", "시흥시", "파주시", "김포시", "광명시", "군포시", "이천시", "양주시", "오산시", "구리시", "안성시", "포천시", "하남시", "양평군", "가평군", "연천군"]),
    ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "동해시", "속초시", "삼척시", "홍천군", "횡성군", "평창군", "정선군", "철원군"]),
    ("충청북도", "충북", ["청주시 상당구", "청주시 흥덕구", "충주시", "제천시", "보은군", "옥천군", "음성군", "진천군"]),
    ("충청남도", "충남", ["천안시 동남구", "천안시 서북구", "공주시", "보령시", "아산시", "서산시", "논산시", "당진시", "홍성군", "예산군", "부여군"]),
    ("전북특별자치도", "전북", ["전주시 완산구", "전주시 덕진구", "군산시", "익산시", "정읍시", "남원시", "김제시", "완주군", "고창군", "부안군"]),
    ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "광양시", "담양군", "고흥군", "보성군", "해남군", "무안군", "영광군", "완도군"]),
    ("경상북도", "경북", ["포항시 남구", "포항시 북구", "경주시", "김천시", "안동시", "구미시", "영주시", "영천시", "상주시", "문경시", "경산시", "칠곡군", "울진군"]),
    ("경상남도", "경남", ["창원시 의창구", "창원시 성산구", "진주시", "통영시", "사천시", "김해시", "밀양시", "거제시", "양산시", "함안군", "창녕군", "거창군"]),
    ("제주특별자치도", "제주", ["제주시", "서귀포시"]),
]
SIDO_FULL = [s[0] for s in SIDO]
SIDO_SHORT = [s[1] for s in SIDO]
SGG_FIRST = sorted({g.split(" ")[0] for s in SIDO for g in s[2] if g})
ROAD_STEMS = ["한빛", "새솔", "누리", "가람", "다온", "보람", "푸른숲", "은행나무", "느티", "솔내", "모란", "매화",
              "해오름", "별빛", "청솔", "너른들", "갈대", "온새미", "두레", "아람", "버들", "들꽃", "물푸레", "샘골",
              "한울", "미리내", "가온", "늘품", "꽃뫼", "무지개", "금빛", "돌샘", "노을", "윗말", "잔디", "대숲", "하늘마루"]
DONGS = ["신원동", "청룡동", "수정동", "대명동", "상록동", "도화동", "금곡동", "월평동", "송림동", "화정동", "봉명동",
         "용담동", "매곡동", "반석동", "두암동", "석교동", "신흥동", "남산동", "교동", "갈현동", "오류동", "송정동"]
MYEON = ["동산면", "의당면", "서호면", "남곡면", "대평면", "월곡면", "상촌면"]
RI = ["청룡리", "송정리", "내촌리", "갈산리", "오류리", "신촌리", "구암리"]
APT_SUF = ["아파트", "마을2단지", "빌라", "타운", "하이츠", "맨션", "파크빌"]
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]
SIDO_AREA = {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "대전": "042", "울산": "052",
             "세종": "044", "경기": "031", "강원": "033", "충북": "043", "충남": "041", "전북": "063", "전남": "061",
             "경북": "054", "경남": "055", "제주": "064"}
OLD_AREA = {"서울": "02", "부산": "051", "경기": "0331", "인천": "032", "대전": "042", "충남": "0417", "경북": "0562",
            "전남": "0662", "강원": "0361", "충북": "0431", "전북": "0652", "경남": "0551", "대구": "053", "광주": "062",
            "울산": "0522", "제주": "064", "세종": "0415"}
MAIL_DOM = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.kr"]

# bank -> (list of digit groupings, leading-digit prefixes)
BANKS = {
    "KB국민은행": ([(6, 2, 6), (3, 2, 4, 3)], ["", ""]), "신한은행": ([(3, 3, 6)], ["110", "100"]),
    "우리은행": ([(4, 3, 6)], ["1002", "1005"]), "하나은행": ([(3, 6, 5)], ["", ""]),
    "NH농협은행": ([(3, 4, 4, 2)], ["301", "302", "351", "352"]), "IBK기업은행": ([(3, 6, 2, 3)], ["010", "011"]),
    "SC제일은행": ([(3, 2, 6)], ["", ""]), "카카오뱅크": ([(4, 2, 7)], ["3333", "3355"]),
    "케이뱅크": ([(3, 3, 6)], ["100", "110"]), "토스뱅크": ([(4, 4, 4)], ["1000", "1001"]),
    "우체국": ([(6, 2, 6)], ["", ""]), "새마을금고": ([(4, 4, 4, 1)], ["9002", "9003"]),
    "신협": ([(3, 3, 6)], ["130", "131"]), "수협은행": ([(3, 2, 6)], ["", ""]),
    "iM뱅크": ([(3, 2, 6, 1)], ["", ""]), "부산은행": ([(3, 4, 4, 2)], ["101", "112"]),
    "경남은행": ([(3, 2, 7)], ["", ""]), "광주은행": ([(3, 3, 6)], ["", ""]),
    "전북은행": ([(3, 2, 7)], ["", ""]), "제주은행": ([(2, 2, 6)], ["", ""]),
    "한국씨티은행": ([(3, 6, 3)], ["", ""]), "지역농협": ([(6, 2, 6)], ["", ""]),
    # banks/brands as written in 1990s documents (used only by the 1990s templates)
    "농협": ([(3, 2, 6)], ["", ""]), "조흥은행": ([(3, 2, 6)], ["", ""]), "상업은행": ([(3, 2, 6)], ["", ""]),
}
OLD_BANKS = ("농협", "조흥은행", "상업은행")
BANK_NAMES = [b for b in BANKS if b not in OLD_BANKS]
DL_REGION = {"서울": "11", "부산": "12", "경기": "13", "강원": "14", "충북": "15", "충남": "16", "전북": "17",
             "전남": "18", "경북": "19", "경남": "20", "제주": "21", "대구": "22", "인천": "23", "광주": "24",
             "대전": "25", "울산": "26", "경기북부": "28"}
DL_CODES = {v: k for k, v in DL_REGION.items()}
PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_COMM = "아바사자"
PLATE_RENT = "하허호"
PLATE_REGION = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]
MASK_CHARS = "*●Xx＊"
HYPHENS = "‐‑–—－―−"
HANGUL_DIGIT = {"0": "공", "1": "일", "2": "이", "3": "삼", "4": "사", "5": "오", "6": "육", "7": "칠", "8": "팔", "9": "구"}
HANGUL_DIGIT_BACK = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9"}
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
CONF_BACK = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
FW = str.maketrans("0123456789", "０１２３４５６７８９")
TITLES = ("주무관", "사무관", "서기관", "과장", "팀장", "국장", "씨", "님", "귀하", "위원", "장관", "기자", "주사", "교사")
PARTICLES = ("은", "는", "이", "가", "의", "에게", "을", "를")

FIRM_STEMS = [("한빛", "hanbit"), ("새솔", "saesol"), ("누리", "nuri"), ("다온", "daon"), ("가람", "garam"),
              ("미래로", "miraero"), ("동해", "donghae"), ("세움", "seum"), ("온누리", "onnuri"), ("청솔", "cheongsol"),
              ("우림", "woorim"), ("태성", "taesung"), ("바른", "bareun"), ("참빛", "chambit"), ("늘봄", "neulbom"),
              ("도담", "dodam"), ("하람", "haram"), ("으뜸", "eutteum"), ("새벽별", "saebyeok"), ("푸른솔", "pureunsol")]
FIRM_SUF = [("엔지니어링", "eng"), ("건설", "const"), ("테크", "tech"), ("정보통신", "ict"), ("산업", "ind"),
            ("상사", "trade"), ("식품", "food"), ("환경", "env"), ("시스템즈", "sys"), ("디자인", "design"),
            ("에너지", "energy"), ("전기", "elec"), ("유통", "dist"), ("조경", "land"), ("인쇄", "print"), ("의료기", "med")]
NAME_SHAPED_FIRMS = ["서진상사", "정민산업", "조은약국", "강호식당", "송화제과", "윤슬카페", "고운세탁", "배진물류",
                     "유성정밀", "민영기계", "한결인쇄", "서정마트"]
NAME_SHAPED_PLACES = ["김포", "이천", "정선", "하남", "안성", "남원", "문경", "양평", "홍천", "진도", "고양", "오산",
                      "구미", "나주", "여주", "장성", "신안", "서천", "강진", "고성", "공주", "임실", "한림", "문산"]
NAME_SHAPED_PRODUCTS = ["백설기", "송편", "박하사탕", "이화주", "오미자청", "한과 세트"]
NAME_SHAPED_WORDS = ["김장", "이불", "전복", "강정", "안경", "신발", "한복", "고추", "조기", "이전", "정산", "강화", "조정", "임시", "전부"]
CENTRAL = [("행정안전부", "행정안전부장관", "mois"), ("보건복지부", "보건복지부장관", "mohw"),
           ("국토교통부", "국토교통부장관", "molit"), ("고용노동부", "고용노동부장관", "moel"),
           ("교육부", "교육부장관", "moe"), ("법무부", "법무부장관", "moj"), ("외교부", "외교부장관", "mofa"),
           ("국민권익위원회", "국민권익위원회 위원장", "acrc"), ("개인정보보호위원회", "개인정보보호위원회 위원장", "pipc"),
           ("경찰청", "경찰청장", "police"), ("소방청", "소방청장", "nfa"), ("국세청", "국세청장", "nts")]
DEPTS_LOCAL = ["민원여권과", "자치행정과", "교통행정과", "복지정책과", "감사담당관", "운영지원과", "세무과", "건축과",
               "환경정책과", "문화체육과", "일자리경제과", "주민생활지원과", "총무과", "기획예산과", "안전총괄과"]
RANKS = ["주무관", "주무관", "주무관", "사무관", "팀장", "과장"]
POSTAL_PREFIX = {"서울": (1, 8), "경기": (10, 18), "인천": (21, 23), "강원": (24, 26), "충북": (27, 29), "세종": (30, 30),
                 "충남": (31, 33), "대전": (34, 35), "경북": (36, 40), "대구": (41, 43), "울산": (44, 45), "부산": (46, 49),
                 "경남": (50, 53), "전북": (54, 56), "전남": (57, 59), "광주": (61, 62), "제주": (63, 63)}
STATUTES = ["「개인정보 보호법」 제15조제1항", "「개인정보 보호법」 제24조의2", "같은 법 시행령 제29조",
            "「주민등록법」 제16조", "「주민등록법」 제29조제2항", "「여권법」 제9조", "「여권법」 제16조",
            "「도로교통법」 제44조제1항", "「도로교통법」 제93조", "「도로교통법 시행규칙」 제77조",
            "「출입국관리법」 제31조", "「출입국관리법」 제36조제1항", "「민원 처리에 관한 법률」 제27조",
            "「행정업무의 운영 및 혁신에 관한 규정」 제4조", "「공공기관의 정보공개에 관한 법률」 제9조제1항제6호",
            "「국민건강보험법」 제96조", "「국가공무원법」 제78조", "「지방공무원법」 제69조", "「형법」 제347조",
            "「특정범죄 가중처벌 등에 관한 법률」 제5조의11", "「국민기초생활 보장법」 제21조", "「행정심판법」 제46조",
            "「건축법」 제79조", "「긴급복지지원법」 제7조", "「지방계약법」 제31조", "「응급의료에 관한 법률」 제48조"]


# ----------------------------------------------------------------------------
# persons, addresses, companies, institutions
# ----------------------------------------------------------------------------
OLD_FULL = {"강원특별자치도": "강원도", "전북특별자치도": "전라북도", "제주특별자치도": "제주도"}


class Address:
    def __init__(self, r, sido=None, rural=None, unit=None, old=False):
        self.r = r
        idx = SIDO_SHORT.index(sido) if sido else r.choices(range(len(SIDO)), [9, 4, 3, 4, 2, 2, 2, 1, 10, 2, 2, 3, 2, 2, 3, 3, 1])[0]
        self.full, self.short, sggs = SIDO[idx]
        if old:
            self.full = OLD_FULL.get(self.full, self.full)
        self.sgg = r.choice(sggs)
        self.rural = bool(rural) if rural is not None else (self.sgg.endswith("군") and r.random() < 0.7)
        stem = r.choice(ROAD_STEMS)
        kind = r.choice(["로", "로", "길", "대로"])
        self.road = stem + kind
        if kind == "로" and r.random() < 0.4:
            self.road += "%d번길" % r.choice([5, 7, 12, 15, 21, 28, 33, 40, 57])
        self.myeon = r.choice(MYEON) if self.rural else ""
        b = r.randrange(1, 420)
        self.bno = str(b) + ("-%d" % r.randrange(1, 25) if r.random() < 0.2 else "")
        self.dong = r.choice(DONGS)
        self.ri = r.choice(RI)
        self.jibun = ("산 " if (self.rural and r.random() < 0.2) else "") + "%d-%d" % (r.randrange(1, 1800), r.randrange(1, 40))
        if r.random() < 0.15:
            self.jibun = str(r.randrange(1, 1800))
        self.apt = r.choice(ROAD_STEMS) + r.choice(APT_SUF)
        u = r.random() if unit is None else unit
        if self.rural or u < 0.25:
            self.unit, self.unit_j, self.has_apt = "", "", False
        elif u < 0.6:
            dd, hh = r.randrange(101, 118), r.randrange(1, 25) * 100 + r.randrange(1, 6)
            self.unit, self.unit_j, self.has_apt = ", %d동 %d호" % (dd, hh), " %d동 %d호" % (dd, hh), True
        elif u < 0.8:
            f = r.randrange(1, 12)
            ho = "%d층 %d%02d호" % (f, f, r.randrange(1, 12))
            self.unit, self.unit_j, self.has_apt = ", " + ho, " " + ho, False
        else:
            f = r.randrange(1, 6)
            self.unit, self.unit_j, self.has_apt = " %d층" % f, " %d층" % f, False
        lo, hi = POSTAL_PREFIX[self.short]
        self.postal = "%02d%03d" % (r.randrange(lo, hi + 1), r.randrange(0, 1000))
        if old:
            self.postal = "%03d-%03d" % (r.randrange(100, 800), r.randrange(0, 1000))

    def _sgg(self):
        return (self.sgg + " ") if self.sgg else ""

    def text(self, form):
        m = (self.myeon + " ") if self.myeon else ""
        if form == "road_full":
            return "%s %s%s%s %s%s" % (self.full, self._sgg(), m, self.road, self.bno, self.unit)
        if form == "road_short":
            return "%s %s%s%s %s%s" % (self.short, self._sgg(), m, self.road, self.bno, self.unit)
        if form == "road_sgg":
            return "%s%s%s %s%s" % (self._sgg(), m, self.road, self.bno, self.unit)
        loc = (self.myeon + " " + self.ri) if self.rural else self.dong
        tail = (" " + self.apt + self.unit_j) if self.has_apt else self.unit_j
        if form == "jibun":
            return "%s %s%s %s%s" % (self.full, self._sgg(), loc, self.jibun, tail)
        if form == "jibun_short":
            return "%s %s%s %s%s" % (self.short, self._sgg(), loc, self.jibun, tail)
        if form == "jibun_sgg":
            return "%s%s %s%s" % (self._sgg(), loc, self.jibun, tail)
        raise AssertionError(form)

    def v(self, form=None):
        if form is None:
            form = self.r.choices(["road_full", "road_short", "road_sgg", "jibun", "jibun_short", "jibun_sgg"], [5, 2, 2, 2, 1, 1])[0]
        if not self.sgg and form.endswith("_sgg"):
            form = form.replace("_sgg", "_full" if form.startswith("road") else "")
            if form == "jibun_":
                form = "jibun"
        t = self.text(form)
        return V(t, "KR_ADDRESS", "addr_" + form, form)

    def ref(self):
        """parenthetical reference that follows a road address (outside the span)"""
        if self.rural:
            return "(%s)" % self.ri
        return "(%s, %s)" % (self.dong, self.apt) if self.has_apt else "(%s)" % self.dong

    def postal_h(self, style=None):
        style = style or self.r.choice(["paren", "u", "bracket", "plain"])
        t = {"paren": "(%s)", "u": "우 %s", "bracket": "[%s]", "plain": "%s"}[style] % self.postal
        return H(t, "postal_code")


def sgg_base(sgg):
    last = sgg.split(" ")[0] if sgg else "세종"
    return last[:-1] if len(last) > 2 else last


class Person:
    def __init__(self, D, nat=None, gender=None, birth=None, age=(24, 72), kind=None, sido=None, surname=None):
        r = self.r = D.r
        self.D = D
        self.c = {}
        self.gender = gender or r.choice("MF")
        if birth is None:
            lo = D_(TODAY.year - age[1], 1, 1)
            hi = min(D_(TODAY.year - age[0], 12, 31), TODAY - datetime.timedelta(days=40))
            birth = rdate(r, lo, hi)
        self.birth = birth
        self.nat = nat
        self.foreign = nat is not None
        self.sido = sido
        for _ in range(40):
            if self.foreign:
                f = FOREIGN[nat]
                g = r.choice(f["gm"] if self.gender == "M" else f["gf"])
                fam = r.choice(f.get("fam") or (f["fam_m"] if self.gender == "M" else f["fam_f"]))
                if f["order"] == "FG":
                    lat, han = fam[0] + " " + g[0], fam[1] + f.get("join", " ") + g[1]
                else:
                    lat, han = g[0] + " " + fam[0], g[1] + " " + fam[1]
                self.latin, self.hangul, self.name = lat, han, han
                self.sub = "foreign"
                key = lat
            else:
                if surname:
                    s = surname
                    self.sub = "ko_2syl_surname" if len(s[0]) == 2 else "ko"
                elif kind == "2syl" or (kind is None and r.random() < 0.09):
                    s = r.choice(SUR2)
                    self.sub = "ko_2syl_surname"
                else:
                    s = r.choices(SUR1, SUR1_W)[0]
                    self.sub = "ko"
                if kind == "1syl" or (kind is None and self.sub == "ko" and r.random() < 0.08) or \
                        (self.sub == "ko_2syl_surname" and r.random() < 0.2):
                    g = r.choice(G_SINGLE)
                    gr = g[1]
                    if self.sub == "ko":
                        self.sub = "ko_1syl_given"
                    given = g[0]
                    groman = gr
                else:
                    a, b = r.choice(G1), r.choice(G2)
                    if a[0] == b[0]:
                        continue
                    given = a[0] + b[0]
                    groman = (a[1], b[1])
                self.sur, self.given, self.sur_roman, self.given_roman = s[0], given, s[1], groman
                self.name = s[0] + given
                key = self.name
            if key in NAME_BLACK or self.name in NAME_BLACK or key in D.person_keys:
                continue
            break
        else:
            raise DraftError("could not draw a fresh name")
        D.person_keys.append(key)
        D.persons.append(self)
        self.home = None

    # --- names
    def nm(self, script=None):
        if not self.foreign:
            v = V(self.name, "PERSON", self.sub, "hangul")
        elif (script or "hangul") == "latin":
            v = V(self.latin, "PERSON", "foreign_latin", "latin")
        elif script == "latin_upper":
            v = V(self.latin.upper(), "PERSON", "foreign_latin", "latin_upper")
        else:
            v = V(self.hangul, "PERSON", "foreign_hangul", "hangul")
        self.D.name_forms.append(v.canon)
        return v

    def nm_roman(self, style=None):
        assert not self.foreign
        style = style or self.r.choice(["upper", "upper", "hyphen", "given_first"])
        g = self.given_roman
        if isinstance(g, tuple):
            gj, gh = g[0] + g[1], g[0] + "-" + g[1]
        else:
            gj = gh = g
        if style == "upper":
            t = "%s %s" % (self.sur_roman.upper(), gj.upper())
        elif style == "hyphen":
            t = "%s %s" % (self.sur_roman, gh.capitalize())
        else:
            t = "%s %s" % (gj.capitalize(), self.sur_roman)
        self.D.name_forms.append(t)
        return V(t, "PERSON", "ko_roman", "roman_" + style)

    # --- dates
    def dob(self, fmt=None, sub="dob_field"):
        b = self.birth
        fmt = fmt or self.r.choices(["dot_space", "korean", "iso", "dot_pad", "dot_pad_noend", "short", "six", "slash", "short_space"],
                                    [6, 4, 3, 3, 2, 2, 1, 1, 1])[0]
        t = {"dot_space": "%d. %d. %d." % (b.year, b.month, b.day),
             "korean": "%d년 %d월 %d일" % (b.year, b.month, b.day),
             "iso": "%d-%02d-%02d" % (b.year, b.month, b.day),
             "dot_pad": "%d.%02d.%02d." % (b.year, b.month, b.day),
             "dot_pad_noend": "%d.%02d.%02d" % (b.year, b.month, b.day),
             "short": "%02d.%02d.%02d" % (b.year % 100, b.month, b.day),
             "six": "%02d%02d%02d" % (b.year % 100, b.month, b.day),
             "slash": "%d/%02d/%02d" % (b.year, b.month, b.day),
             "short_space": "%02d. %d. %d." % (b.year % 100, b.month, b.day)}[fmt]
        return V(t, "DATE_OF_BIRTH", sub, fmt, extra={"date": b.isoformat()})

    def age(self, at=TODAY):
        b = self.birth
        return at.year - b.year - ((at.month, at.day) < (b.month, b.day))

    # --- national ids
    def rrn_digits(self):
        if "rrn" not in self.c:
            assert not self.foreign
            r, b = self.r, self.birth
            s = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
            g = (1 if b.year < 2000 else 3) + (1 if self.gender == "F" else 0)
            if b >= D_(2020, 10, 5):
                body = s + str(g) + rdigits(r, 5)
                good = (11 - rrn_sum(body) % 11) % 10
                last = r.choice([k for k in range(10) if k != good])
                self.c["rrn_kind"] = "rrn_post2020"
            else:
                body = s + str(g) + "%02d" % r.randrange(0, 96) + rdigits(r, 2) + str(r.randrange(1, 10))
                last = (11 - rrn_sum(body) % 11) % 10
                self.c["rrn_kind"] = "rrn_valid"
            self.c["rrn"] = body + str(last)
        return self.c["rrn"]

    def rrn(self, form="hyphen"):
        d = self.rrn_digits()
        if form == "masked":
            mc = self.r.choice(MASK_CHARS)
            return V(d[:6] + "-" + d[6] + mc * 6, "KR_RRN", "rrn_masked", "masked", extra={"full": d})
        t = d if form == "nohyphen" else d[:6] + "-" + d[6:]
        return V(t, "KR_RRN", self.c["rrn_kind"], form)

    def frn_digits(self):
        if "frn" not in self.c:
            r, b = self.r, self.birth
            s = "%02d%02d%02d" % (b.year % 100, b.month, b.day)
            g = (5 if b.year < 2000 else 7) + (1 if self.gender == "F" else 0)
            body = s + str(g) + "%02d" % (2 * r.randrange(5, 50)) + rdigits(r, 2) + str(r.randrange(6, 10))
            self.c["frn"] = body + str((13 - rrn_sum(body) % 11) % 10)
        return self.c["frn"]

    def frn(self, form="hyphen"):
        d = self.frn_digits()
        if form == "masked":
            return V(d[:6] + "-" + d[6] + self.r.choice(MASK_CHARS) * 6, "KR_FRN", "frn_masked", "masked", extra={"full": d})
        return V(d if form == "nohyphen" else d[:6] + "-" + d[6:], "KR_FRN", "frn_valid", form)

    def passport(self):
        if "pp" not in self.c:
            r = self.r
            L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            if not self.foreign:
                pre = r.choices("MSGDR", [12, 2, 2, 1, 1])[0]
                if r.random() < 0.45:
                    self.c["pp"] = (pre + rdigits(r, 8), "passport_kr_old", "kr_old")
                else:
                    self.c["pp"] = (pre + rdigits(r, 3) + r.choice(L) + rdigits(r, 4), "passport_kr_new", "kr_new")
            else:
                n = self.nat
                t = {"VN": lambda: r.choice("CBN") + rdigits(r, 7), "CN": lambda: "E" + (rdigits(r, 8) if r.random() < .5 else r.choice("ABCDEFG") + rdigits(r, 7)),
                     "PH": lambda: "P" + rdigits(r, 7) + r.choice("ABC"), "UZ": lambda: "FA" + rdigits(r, 7),
                     "TH": lambda: r.choice(["AA", "AB", "AC"]) + rdigits(r, 7), "NP": lambda: "PA" + rdigits(r, 7),
                     "US": lambda: rdigits(r, 9, True) if r.random() < .5 else "A" + rdigits(r, 8),
                     "RU": lambda: "%02d %s" % (r.randrange(10, 99), rdigits(r, 7)), "ID": lambda: r.choice("BXC") + rdigits(r, 7),
                     "MN": lambda: "E" + rdigits(r, 7), "JP": lambda: r.choice(["TK", "TR", "MZ"]) + rdigits(r, 7)}[n]()
                self.c["pp"] = (t, "passport_foreign", "foreign_" + n)
        return self.c["pp"]

    def pp(self):
        t, sub, fmt = self.passport()
        return V(t, "KR_PASSPORT", sub, fmt)

    def dl_parts(self):
        if "dl" not in self.c:
            r = self.r
            reg = self.sido if self.sido in DL_REGION else r.choice(list(DL_REGION))
            lo = max(self.birth.year + 18, 1984)
            yy = r.randrange(lo, 2026) % 100 if lo < 2026 else 25
            self.c["dl"] = (reg, DL_REGION[reg], "%02d" % yy, rdigits(r, 6), rdigits(r, 2))
        return self.c["dl"]

    def dl(self, form=None):
        reg, code, yy, ser, cc = self.dl_parts()
        form = form or self.r.choices(["numeric", "region", "region_nospace", "plain12", "spaced"], [5, 3, 2, 2, 1])[0]
        t = {"numeric": "%s-%s-%s-%s" % (code, yy, ser, cc), "region": "%s %s-%s-%s" % (reg, yy, ser, cc),
             "region_nospace": "%s%s-%s-%s" % (reg, yy, ser, cc), "plain12": code + yy + ser + cc,
             "spaced": "%s %s %s %s" % (code, yy, ser, cc)}[form]
        return V(t, "KR_DRIVER_LICENSE", "dl_" + form, form)

    # --- contact
    def mobile_digits(self):
        if "mob" not in self.c:
            self.c["mob"] = "010" + str(self.r.randrange(2, 10)) + rdigits(self.r, 7)
        return self.c["mob"]

    def mob(self, fmt=None):
        return phone_v(self.r, self.mobile_digits(), "phone_mobile", fmt)

    def email(self, dom=None):
        if "em" not in self.c:
            r = self.r
            if self.foreign:
                parts = self.latin.lower().replace("-", "").split()
                base = r.choice([parts[0] + "." + parts[-1], parts[-1] + parts[0][0], parts[0] + rdigits(r, 2)])
            else:
                g = self.given_roman if isinstance(self.given_roman, str) else "".join(self.given_roman)
                s = self.sur_roman.lower()
                base = r.choice([g + "." + s, s + g, g + s + "%02d" % (self.birth.year % 100), s[0] + g + rdigits(r, 3),
                                 g + "_" + s, s + "." + g[:3] + rdigits(r, 2)])
            self.c["em"] = base + "@" + (dom or r.choice(MAIL_DOM))
        return V(self.c["em"], "EMAIL_ADDRESS", "email_personal" if dom is None else "email_work", "plain")

    def addr(self, form=None, old=False):
        if self.home is None:
            self.home = Address(self.r, sido=self.sido, old=old)
        return self.home.v(form)

    def hi_digits(self):
        if "hi" not in self.c:
            self.c["hi"] = str(self.r.randrange(1, 10)) + rdigits(self.r, 10)
        return self.c["hi"]

    def hi(self, fmt=None):
        d = self.hi_digits()
        fmt = fmt or self.r.choice(["plain", "plain", "plain", "hyphen1"])
        return V(d if fmt == "plain" else d[0] + "-" + d[1:], "KR_HEALTH_INSURANCE", "health_card", fmt)

    def account(self):
        if "acct" not in self.c:
            self.c["acct"] = make_account(self.r)
        return self.c["acct"]

    def acct(self, fmt=None):
        return acct_v(self.r, self.account(), fmt)

    def card(self, masked=False, fmt=None):
        if "card" not in self.c:
            self.c["card"] = make_card(self.r)
        return card_v(self.r, self.c["card"], masked, fmt)


# ----------------------------------------------------------------------------
# other value makers
# ----------------------------------------------------------------------------
def split_phone(d):
    if d.startswith("02"):
        return ["02", d[2:-4], d[-4:]]
    if d.startswith("01") or d.startswith("070") or d.startswith("050"):
        return [d[:3], d[3:-4], d[-4:]]
    if d.startswith("0") and len(d) >= 11 and d[1:4] in ("331", "417", "562", "662", "361", "431", "652", "551", "522", "415"):
        return [d[:4], d[4:-4], d[-4:]]
    return [d[:3], d[3:-4], d[-4:]]


def phone_v(r, d, sub, fmt=None, parts=None):
    a, b, c = parts or split_phone(d)
    if sub == "phone_mobile":
        fmt = fmt or r.choices(["hyphen", "plain", "space", "dot", "intl"], [10, 3, 2, 1, 1])[0]
    else:
        fmt = fmt or r.choices(["hyphen", "paren", "paren_tight", "space", "dot"], [10, 2, 2, 1, 1])[0]
    if fmt == "hyphen":
        t = "%s-%s-%s" % (a, b, c)
    elif fmt == "plain":
        t = a + b + c
    elif fmt == "space":
        t = "%s %s %s" % (a, b, c)
    elif fmt == "dot":
        t = "%s.%s.%s" % (a, b, c)
    elif fmt == "intl":
        t = r.choice(["+82-%s-%s-%s", "+82 %s %s %s", "+82 %s-%s-%s"]) % (a[1:], b, c)
    elif fmt == "paren":
        t = "(%s) %s-%s" % (a, b, c)
    elif fmt == "paren_tight":
        t = "%s)%s-%s" % (a, b, c)
    elif fmt == "hangul_digits":
        t = " ".join("".join(HANGUL_DIGIT[ch] for ch in part) for part in (a, b, c))
    else:
        raise AssertionError(fmt)
    return V(t, "PHONE_NUMBER", sub, fmt, extra={"digits": d, "parts": [a, b, c]})


def exch(r, n):
    return str(r.randrange(2, 10)) + rdigits(r, n - 1)


def landline_digits(r, area=None):
    area = area or r.choice(AREA)
    mid = exch(r, 4 if area == "02" and r.random() < 0.6 else 3)
    if area != "02" and r.random() < 0.4:
        mid = exch(r, 4)
    return area + mid + rdigits(r, 4)


def landline_v(r, sub="phone_landline", area=None, fmt=None):
    return phone_v(r, landline_digits(r, area), sub, fmt)


def voip_v(r, fmt=None):
    return phone_v(r, "070" + rdigits(r, 4, True) + rdigits(r, 4), "phone_070", fmt or r.choice(["hyphen", "hyphen", "plain"]))


def make_account(r, bank=None):
    bank = bank or r.choice(BANK_NAMES)
    groups, prefixes = BANKS[bank]
    g = r.choice(groups)
    p = r.choice(prefixes)
    if len(p) > g[0]:
        p = p[:g[0]]
    digits = p + rdigits(r, sum(g) - len(p), first_nonzero=(p == ""))
    return {"bank": bank, "groups": g, "digits": digits}


def acct_v(r, a, fmt=None):
    fmt = fmt or r.choices(["hyphen", "plain", "space"], [8, 2, 1])[0]
    parts, i = [], 0
    for n in a["groups"]:
        parts.append(a["digits"][i:i + n])
        i += n
    t = {"hyphen": "-".join(parts), "plain": "".join(parts), "space": " ".join(parts)}[fmt]
    return V(t, "KR_BANK_ACCOUNT", "acct_grp_" + "-".join(map(str, a["groups"])), fmt,
             extra={"bank": a["bank"], "digits": a["digits"]})


CARD_BRANDS = [("visa", lambda r: "4" + rdigits(r, 5), 16), ("master", lambda r: "5" + str(r.randrange(1, 6)) + rdigits(r, 4), 16),
               ("master2", lambda r: str(r.randrange(2221, 2721)) + rdigits(r, 2), 16), ("bc", lambda r: "94" + rdigits(r, 4), 16),
               ("jcb", lambda r: str(r.randrange(3528, 3590)) + rdigits(r, 2), 16), ("amex", lambda r: r.choice(["34", "37"]) + rdigits(r, 4), 15),
               ("unionpay", lambda r: "62" + rdigits(r, 4), 16)]


def make_card(r):
    name, pf, n = r.choices(CARD_BRANDS, [5, 4, 1, 4, 2, 2, 1])[0]
    pre = pf(r)
    return {"brand": name, "digits": luhn_complete(pre + rdigits(r, n - 1 - len(pre)))}


def card_v(r, c, masked=False, fmt=None):
    d = c["digits"]
    fmt = fmt or r.choices(["hyphen", "space", "plain"], [6, 2, 1])[0]
    groups = (4, 6, 5) if len(d) == 15 else (4, 4, 4, 4)
    t = d
    if masked:
        mc = r.choice("**●X")
        lo, hi = r.choice([(6, 12), (4, 12), (6, 12)]) if len(d) == 16 else (4, 10)
        t = d[:lo] + mc * (hi - lo) + d[hi:]
    parts, i = [], 0
    for g in groups:
        parts.append(t[i:i + g])
        i += g
    sep = {"hyphen": "-", "space": " ", "plain": ""}[fmt]
    return V(sep.join(parts), "CREDIT_CARD", "card_masked" if masked else "card_full", c["brand"] + "_" + fmt, extra={"full": d})


def plate_v(r, kind=None):
    kind = kind or r.choices(["p2", "p3", "region", "commercial", "nospace", "rental"], [5, 5, 2, 2, 2, 1])[0]
    last = "%04d" % r.randrange(1000, 10000)
    if kind == "p2":
        t = "%02d%s %s" % (r.randrange(10, 100), r.choice(PLATE_PRIV), last)
    elif kind == "p3":
        t = "%03d%s %s" % (r.randrange(100, 700), r.choice(PLATE_PRIV), last)
    elif kind == "region":
        t = "%s %02d%s %s" % (r.choice(PLATE_REGION), r.randrange(10, 100), r.choice(PLATE_PRIV), last)
    elif kind == "commercial":
        t = "%s %02d%s %s" % (r.choice(PLATE_REGION), r.randrange(70, 100), r.choice(PLATE_COMM), last)
    elif kind == "nospace":
        t = "%s%s%s" % (r.choice(["%02d" % r.randrange(10, 100), "%03d" % r.randrange(100, 700)]), r.choice(PLATE_PRIV), last)
    else:
        t = "%02d%s %s" % (r.randrange(10, 100), r.choice(PLATE_RENT), last)
    return V(t, "KR_VEHICLE_PLATE", "plate_" + kind, kind)


def plate_alt(v, r):
    """same plate written differently (region dropped or space removed / added)"""
    t = v.canon
    m = re.fullmatch(r"(?:([가-힣]{2}) ?)?(\d{2,3}[가-힣]) ?(\d{4})", t)
    if m.group(1) and r.random() < 0.5:
        t2 = m.group(2) + " " + m.group(3)
    elif " " in t:
        t2 = t.replace(" ", "")
    else:
        t2 = m.group(2) + " " + m.group(3)
    return V(t2, "KR_VEHICLE_PLATE", v.sub, v.fmt + "_alt")


KR_V4 = [1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 114, 115, 116, 118, 119, 121, 122, 124, 125, 175, 180, 182,
         183, 203, 210, 211, 218, 220, 221, 222]


def ip_v(r, kind=None):
    kind = kind or r.choices(["public", "private", "v6"], [6, 3, 1])[0]
    if kind == "public":
        t = "%d.%d.%d.%d" % (r.choice(KR_V4), r.randrange(0, 256), r.randrange(0, 256), r.randrange(1, 255))
    elif kind == "private":
        t = r.choice(["10.%d.%d.%d" % (r.randrange(0, 256), r.randrange(0, 256), r.randrange(1, 255)),
                      "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(0, 256), r.randrange(1, 255)),
                      "192.168.%d.%d" % (r.randrange(0, 256), r.randrange(1, 255))])
    else:
        pre = r.choice(["2001:2d8", "2406:5900", "2001:e60", "2404:3800", "2001:4430"])
        gs = ["%x" % r.randrange(1, 65536) for _ in range(6)]
        t = pre + ":" + ":".join(gs) if r.random() < 0.5 else pre + ":" + ":".join(gs[:2]) + "::" + gs[5]
        t = str(ipaddress.IPv6Address(t).compressed)
    return V(t, "IP_ADDRESS", "ip_" + kind, "v6" if kind == "v6" else "v4")


def make_brn(r, kind):
    mid = {"sole": "%02d" % r.randrange(1, 80), "corp": r.choice(["81", "85", "86", "87", "88"]),
           "np": "82", "exempt": "%02d" % r.randrange(90, 100)}[kind]
    d9 = "%03d" % r.randrange(101, 900) + mid + rdigits(r, 4)
    return d9 + str(brn_check(d9))


def brn_v(d, fmt="hyphen", kind="sole"):
    return V(d[:3] + "-" + d[3:5] + "-" + d[5:] if fmt == "hyphen" else d, "KR_BRN", "brn_" + kind, fmt)


CRN_OFFICE = ["1101", "1201", "1301", "1311", "1344", "1358", "1411", "1601", "1701", "1801", "1901", "2001",
              "2101", "2301", "2401", "2501", "2601", "2701", "2801", "1150", "1345", "1615"]


def make_crn(r, kind="11"):
    d12 = r.choice(CRN_OFFICE) + kind + rdigits(r, 6)
    return d12 + str(crn_check(d12))


def crn_v(d, fmt="hyphen"):
    return V(d[:6] + "-" + d[6:] if fmt == "hyphen" else d, "KR_CRN", "crn_" + {"11": "stock", "14": "llc", "21": "assoc", "22": "found", "12": "partner"}.get(d[4:6], "other"), fmt)


def amount_h(r, lo=10000, hi=50000000, style=None):
    n = r.randrange(lo // 1000, hi // 1000) * 1000
    style = style or r.choice(["won", "won", "geum", "krw", "man"])
    t = {"won": "%s원" % format(n, ","), "geum": "금 %s원" % format(n, ","), "krw": "₩%s" % format(n, ","),
         "man": "%s만 원" % format(n // 10000, ",") if n >= 10000 else "%s원" % format(n, ",")}[style]
    return H(t, "amount")


def date_h(r, a=D_(2025, 1, 1), b=D_(2026, 12, 4), style=None):
    x = rdate(r, a, b)
    style = style or r.choice(["dot", "dot", "korean", "iso"])
    t = {"dot": "%d. %d. %d." % (x.year, x.month, x.day), "korean": "%d년 %d월 %d일" % (x.year, x.month, x.day),
         "iso": "%d-%02d-%02d" % (x.year, x.month, x.day)}[style]
    return H(t, "date")


def case_h(r, kind=None, year=None):
    year = year or r.randrange(2022, 2027)
    kind = kind or r.choice(["고단", "고합", "고정", "노", "구합", "구단", "누", "가단", "가합", "가소", "나", "드단"])
    return H("%d%s%d" % (year, kind, r.randrange(100, 40000)), "case_number")


def receipt_h(r, style=None):
    style = style or r.choice(["epeople", "mgmt", "nara", "apply", "report"])
    if style == "epeople":
        t = "%d%s-%02d%02d-%07d" % (r.randrange(1, 3), r.choice(["AA", "AB", "AC"]), r.randrange(24, 27), r.randrange(1, 13), r.randrange(0, 10 ** 7))
        return H(t, "receipt_number")
    if style == "mgmt":
        return H("%s-%d-%04d" % (r.choice(["031", "041", "052", "063"]), r.randrange(2019, 2027), r.randrange(1, 10000)), "public_record_id")
    if style == "nara":
        return H("%d%07d-%02d" % (r.randrange(2024, 2027), r.randrange(0, 10 ** 7), r.randrange(0, 3)), "public_record_id")
    if style == "apply":
        return H("%04d-%d-%06d" % (r.randrange(1101, 5000), r.randrange(2024, 2027), r.randrange(0, 10 ** 6)), "public_record_id")
    return H("제%d-%05d호" % (r.randrange(2024, 2027), r.randrange(1, 99999)), "receipt_number")


STATUTE_TOPIC = {
    "privacy": ["「개인정보 보호법」 제15조제1항", "「개인정보 보호법」 제24조의2", "「개인정보 보호법」 제29조", "같은 법 시행령 제30조제1항"],
    "resident": ["「주민등록법」 제16조", "「주민등록법」 제29조제2항", "「주민등록법 시행령」 제23조"],
    "passport": ["「여권법」 제9조", "「여권법」 제16조", "「여권법 시행령」 제36조"],
    "traffic": ["「도로교통법」 제44조제1항", "「도로교통법」 제93조제1항제1호", "「도로교통법 시행규칙」 제91조", "「도로교통법」 제148조의2제3항"],
    "immigration": ["「출입국관리법」 제31조", "「출입국관리법」 제36조제1항", "「외국인근로자의 고용 등에 관한 법률」 제25조"],
    "welfare": ["「국민기초생활 보장법」 제21조", "「긴급복지지원법」 제7조", "「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제5조"],
    "health": ["「국민건강보험법」 제96조", "「감염병의 예방 및 관리에 관한 법률」 제24조", "「의료법」 제21조"],
    "ems": ["「응급의료에 관한 법률」 제48조", "「119구조·구급에 관한 법률」 제22조"],
    "civil_service": ["「국가공무원법」 제63조", "「지방공무원법」 제55조", "「지방공무원 징계 및 소청 규정」 제2조", "「공무원 여비 규정」 제16조"],
    "contract": ["「지방자치단체를 당사자로 하는 계약에 관한 법률」 제31조", "「국가를 당사자로 하는 계약에 관한 법률」 제26조", "같은 법 시행령 제74조"],
    "criminal": ["「형법」 제347조제1항", "「전자금융거래법」 제49조제4항제2호", "「전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법」 제15조의2"],
    "admin": ["「행정업무의 운영 및 혁신에 관한 규정」 제4조", "「민원 처리에 관한 법률」 제27조", "「행정심판법」 제46조", "「행정절차법」 제21조"],
    "info": ["「공공기관의 정보공개에 관한 법률」 제9조제1항제6호", "「공공기관의 정보공개에 관한 법률」 제13조"],
    "property": ["「공유재산 및 물품 관리법」 제32조", "「공유재산 및 물품 관리법 시행령」 제31조"],
    "subsidy": ["「지방자치단체 보조금 관리에 관한 법률」 제13조", "「보조금 관리에 관한 법률」 제33조"],
    "building": ["「건축법」 제79조", "「건축법」 제80조제1항"],
}


def statute_h(r, *topics):
    pool = [x for t in topics for x in STATUTE_TOPIC[t]] if topics else STATUTES
    return H(r.choice(pool), "statute_citation")


def notice_h(r, org):
    return H("%s %s 제%d-%d호" % (org, r.choice(["공고", "고시", "훈령", "예규"]), r.randrange(2024, 2027), r.randrange(1, 2000)), "notice_number")


def placeholder_h(r, style=None):
    style = style or r.choice(["mask_o", "mask_star", "mo", "abc", "hong"])
    sur = r.choice(SUR1[:20])[0]
    t = {"mask_o": sur + "○○", "mask_star": sur + "**", "mo": sur + " 모 씨", "abc": r.choice(["A", "B", "C", "갑", "을", "병"]),
         "hong": "홍길동"}[style]
    return H(t, "placeholder_person")


class Company:
    def __init__(self, D, kind=None, sido=None):
        r = D.r
        self.kind = kind or r.choice(["corp", "corp", "sole"])
        for _ in range(30):
            (stem, sr), (suf, ss) = r.choice(FIRM_STEMS), r.choice(FIRM_SUF)
            base = stem + suf
            if self.kind == "corp":
                self.name = r.choice(["(주)%s", "㈜%s", "주식회사 %s", "%s 주식회사", "(유)%s"]) % base
            else:
                self.name = base
            if base not in D.firm_bases:
                break
        D.firm_bases.append(base)
        self.base = base
        self.crn_kind = "14" if self.name.startswith("(유)") else "11"
        self.ceo = Person(D, sido=sido, age=(32, 70))
        self.brn_d = make_brn(r, "corp" if self.kind == "corp" else "sole")
        self.crn_d = make_crn(r, self.crn_kind) if self.kind == "corp" else None
        self.addr = Address(r, sido=sido, unit=0.7)
        area = SIDO_AREA[self.addr.short]
        self.tel = landline_digits(r, area) if r.random() < 0.8 else "070" + exch(r, 4) + rdigits(r, 4)
        self.fax = (self.tel[:-4] if not self.tel.startswith("070") else landline_digits(r, area)[:-4]) + rdigits(r, 4)
        self.domain = sr + ss + r.choice([".co.kr", ".com", ".kr"])
        self.mail = r.choice(["info", "contact", "sales", "admin", sr]) + "@" + self.domain
        self.account = make_account(r)

    def nh(self):
        return H(self.name, "company_name")

    def brn(self, fmt="hyphen"):
        return brn_v(self.brn_d, fmt, "corp" if self.kind == "corp" else "sole")

    def crn(self, fmt="hyphen"):
        return crn_v(self.crn_d, fmt)

    def tel_v(self, fmt=None):
        return phone_v(self.ceo.r, self.tel, "phone_070" if self.tel.startswith("070") else "phone_company", fmt or "hyphen")

    def fax_v(self):
        return phone_v(self.ceo.r, self.fax, "phone_fax", "hyphen")

    def mail_v(self):
        return V(self.mail, "EMAIL_ADDRESS", "email_company", "plain")

    def acct(self, fmt=None):
        return acct_v(self.ceo.r, self.account, fmt)


class Inst:
    """A public institution.  Its switchboard, address, head and generic mail are NOT PII."""

    def __init__(self, D, kind="local", sido=None, old=False):
        r = self.r = D.r
        self.kind = kind
        self.building = ""
        if kind == "central":
            self.name, self.head, code = r.choice(CENTRAL)
            sido = r.choice(["세종", "세종", "서울", "대전"])
            self.addr = Address(r, sido=sido, unit=0)
            self.building = {"세종": "정부세종청사 %d동" % r.randrange(1, 17), "서울": "정부서울청사 별관",
                             "대전": "정부대전청사 %d동" % r.randrange(1, 5)}[sido]
        else:
            self.addr = Address(r, sido=sido, unit=0, rural=False, old=old)
            sgg = self.addr.sgg
            city = sgg.split(" ")[0] if sgg else self.addr.full
            base = sgg_base(sgg) if sgg else "세종"
            code = "gov%s" % rdigits(r, 2)
            if kind == "local":
                if not sgg:
                    self.name, self.head = "세종특별자치시청", "세종특별자치시장"
                elif city.endswith("구"):
                    self.name, self.head = city + "청", city + "청장"
                elif city.endswith("군"):
                    self.name, self.head = city + "청", city[:-1] + "군수"
                else:
                    self.name, self.head = city + "청", city + "장"
            elif kind == "province":
                self.name, self.head = self.addr.full + "청", self.addr.full + "지사"
                if self.addr.full.endswith("시"):
                    self.head = self.addr.full + "장"
            elif kind == "police":
                self.name = base + "경찰서"
                self.head = self.name + "장"
            elif kind == "fire":
                self.name = base + "소방서"
                self.head = self.name + "장"
            elif kind == "school":
                self.name = r.choice(ROAD_STEMS) + r.choice(["초등학교", "중학교", "고등학교"])
                self.head = self.name + "장"
            elif kind == "hospital":
                self.name = r.choice([base + "의료원", base + "시립병원", "국립" + r.choice(ROAD_STEMS) + "병원"])
                self.head = self.name + "장"
            elif kind == "court":
                self.name = r.choice(["서울중앙", "수원", "대전", "부산", "광주", "대구", "인천", "춘천", "청주"]) + "지방법원"
                self.head = self.name + "장"
            elif kind == "welfare":
                self.name = self.addr.dong.replace("동", "") + "동 행정복지센터"
                self.head = self.addr.dong + "장"
            elif kind == "immig":
                self.name = city.replace("특별자치시", "").replace("광역시", "").replace("특별시", "")
                self.name = (self.name[:-1] if self.name[-1] in "시군구" and len(self.name) > 2 else self.name) + "출입국·외국인사무소"
                self.head = self.name + "장"
            elif kind == "nhis":
                self.name = "국민건강보험공단 " + base + "지사"
                self.head = self.name + "장"
            else:
                raise AssertionError(kind)
        self.area = SIDO_AREA[self.addr.short]
        self.exch = exch(r, 3 if self.area != "02" else 4)
        self.main_last = r.choice(["1000", "2114", "0114", "3114", "1114", "5000"])
        self.main = "%s-%s-%s" % (self.area, self.exch, self.main_last)
        self.domain = code + ".go.kr"
        self.used_lines = [self.main_last]

    def addr_h(self, form="road_full"):
        t = self.addr.text(form)
        if self.building:
            t += " " + self.building
        return H(t, "institution_address")

    def tel_h(self):
        return H(self.main, "institution_switchboard")

    def head_h(self):
        return H(self.head, "official_by_office")

    def mail_h(self):
        return H(self.r.choice(["minwon", "webmaster", "help", "info"]) + "@" + self.domain, "institution_email")

    def _line(self):
        while True:
            x = rdigits(self.r, 4, True)
            if x not in self.used_lines:
                self.used_lines.append(x)
                return self.area + self.exch + x

    def direct(self, fmt="hyphen"):
        return phone_v(self.r, self._line(), "phone_direct", fmt)

    def fax(self, fmt="hyphen"):
        return phone_v(self.r, self._line(), "phone_fax", fmt)

    def docno(self, dept=None):
        dept = dept or self.r.choice(DEPTS_LOCAL)
        return H("%s-%d" % (dept, self.r.randrange(100, 30000)), "document_number")

    def official(self, D, rank=None, **kw):
        p = Person(D, age=(26, 60), **kw)
        p.rank = rank or self.r.choice(RANKS)
        p.inst = self
        p.c["em"] = (p.given_roman if isinstance(p.given_roman, str) else "".join(p.given_roman)) + \
            self.r.choice(["", ".", "_"]) + p.sur_roman.lower() + (rdigits(self.r, 2) if self.r.random() < 0.3 else "") + "@korea.kr"
        p.c["line"] = self._line()
        return p


def add_years(d, y):
    return D_(d.year + y, d.month, min(d.day, 28))


def children_of(D, parent, n, min_birth=None, max_birth=None, share=True):
    """children born 20-42 years after the parent, at least 400 days apart"""
    r = D.r
    lo = add_years(parent.birth, 20)
    hi = min(add_years(parent.birth, 42), TODAY - datetime.timedelta(days=60))
    if min_birth:
        lo = max(lo, min_birth)
    if max_birth:
        hi = min(hi, max_birth)
    kids, last = [], None
    for _ in range(n):
        start = lo if last is None else max(lo, last + datetime.timedelta(days=400))
        if start > hi:
            break
        b = rdate(r, start, min(hi, start + datetime.timedelta(days=5 * 365)))
        sur = (parent.sur, parent.sur_roman) if share and not parent.foreign else None
        kids.append(Person(D, birth=b, surname=sur))
        last = b
    return kids


def won(n, style="won"):
    return H({"won": "%s원" % format(n, ","), "krw": "₩%s" % format(n, ",")}[style], "amount")


def line_v(p, fmt="hyphen"):
    return phone_v(p.r, p.c["line"], "phone_direct", fmt)


def work_mail(p):
    return V(p.c["em"], "EMAIL_ADDRESS", "email_work", "plain")


# ----------------------------------------------------------------------------
# noise
# ----------------------------------------------------------------------------
NOISE_KINDS = ("confusable", "fullwidth_digits", "unicode_hyphen", "space_in_number", "newline_in_number",
               "spaced_name", "wrapped", "lost_bracket")
OCR_SUB = {"·": ".", "ㆍ": ".", "「": "[", "」": "]", "□": "ㅁ", "○": "O", "※": "*", "|": "ㅣ", "『": "[", "』": "]"}


def _inner_positions(t, ok):
    return [i for i in range(1, len(t)) if ok(t[i - 1], t[i])]


def apply_noise(r, v, ocr=False, kind=None):
    v = v.clone()
    T, t = v.type, v.text
    if T == "PERSON":
        opts = ["spaced_name"] if (v.fmt == "hangul" and not re.search(r"\s", t)) else (["wrapped"] if " " in t else [])
    elif T == "EMAIL_ADDRESS" or v.fmt == "hangul_digits":
        opts = []
    elif T == "KR_ADDRESS":
        opts = ["wrapped", "wrapped", "fullwidth_digits"]
    elif T == "IP_ADDRESS" and ":" in t:
        opts = ["fullwidth_digits"]
    else:
        opts = ["fullwidth_digits", "space_in_number", "newline_in_number"]
        if any(ch in CONF for ch in t):
            opts += ["confusable", "confusable"]
        if "-" in t:
            opts += ["unicode_hyphen"]
    if kind:
        opts = [k for k in opts if k == kind]
    if not opts:
        return v
    k = r.choice(opts)
    if k == "spaced_name":
        t = " ".join(t)
    elif k == "wrapped":
        sp = [i for i, ch in enumerate(t) if ch == " "]
        i = r.choice(sp)
        t = t[:i] + "\n" + t[i + 1:]
    elif k == "fullwidth_digits":
        t = t.translate(FW)
        if "-" in t and r.random() < 0.5:
            t = t.replace("-", "－")
    elif k == "confusable":
        pos = [i for i, ch in enumerate(t) if ch in CONF]
        for i in r.sample(pos, min(len(pos), r.choice([1, 1, 2]))):
            t = t[:i] + r.choice(CONF[t[i]]) + t[i + 1:]
    elif k == "unicode_hyphen":
        h = r.choice(HYPHENS)
        t = t.replace("-", h) if r.random() < 0.6 else t.replace("-", h, 1)
    elif k == "space_in_number":
        pos = _inner_positions(t, lambda a, b: a.isdigit() and b.isdigit()) or _inner_positions(t, lambda a, b: a != " " and b != " ")
        i = r.choice(pos)
        t = t[:i] + " " + t[i:]
    elif k == "newline_in_number":
        pos = _inner_positions(t, lambda a, b: a == "-" and b != " ") or _inner_positions(t, lambda a, b: a != " " and b != " ")
        i = r.choice(pos)
        t = t[:i] + "\n" + t[i:]
    v.text = t
    v.noise.append(k)
    if ocr and r.random() < 0.25:
        v2 = apply_noise(r, v, False)
        if v2.noise[-1:] != [k]:
            v = v2
    return v


# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
class Doc:
    def __init__(self, r, noise_rate=0.0, ocr=False):
        self.r = r
        self.buf, self.pos, self.spans, self.hns = [], 0, [], []
        self.noise_rate, self.ocr = noise_rate, ocr
        self.person_keys, self.persons, self.name_forms, self.firm_bases = [], [], [], []
        self.tables = []

    def w(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, V):
                self.span(it)
            elif isinstance(it, H):
                self.hn(it)
            elif isinstance(it, (list, tuple)):
                self.w(*it)
            else:
                self._raw(str(it))
        return self

    def _raw(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def span(self, v, noise=True):
        if noise and self.noise_rate > 0 and self.r.random() < self.noise_rate:
            v = apply_noise(self.r, v, self.ocr)
        need(v.text and v.text == v.text.strip(), "span with edge whitespace: %r" % v.text)
        s = self.pos
        self._raw(v.text)
        self.spans.append([s, self.pos, v])
        return v

    def hn(self, h):
        need(h.text, "empty hard negative")
        s = self.pos
        self._raw(h.text)
        self.hns.append([s, self.pos, h.cat])

    def par(self, item, o="(", c=")"):
        """bracketed item; an OCR scan may lose one bracket (tagged lost_bracket on the span)"""
        sides = [x for x, t in (("o", o), ("c", c)) if any(ch in t for ch in "()[]")]
        lose = self.ocr and sides and self.r.random() < 0.35
        drop = self.r.choice(sides) if lose else ""
        self._raw(re.sub(r"[()\[\]]", "", o) if drop == "o" else o)
        self.w(item)
        if lose and isinstance(item, V):
            self.spans[-1][2].noise.append("lost_bracket")
        self._raw(re.sub(r"[()\[\]]", "", c) if drop == "c" else c)

    def row(self, cells, sep=" | ", lead="", tail="\n"):
        kind = "pipe" if "|" in sep else "tab" if "\t" in sep else "spaces"
        if getattr(self, "_row_end", None) != self.pos:
            self.tables.append({"sep": kind, "header": all(isinstance(c, str) for c in cells), "rows": 0})
        self.tables[-1]["rows"] += 1
        self._raw(lead)
        for k, c in enumerate(cells):
            if k:
                self._raw(sep)
            self.w(c)
        self._raw(tail)
        self._row_end = self.pos

    def text(self):
        t = "".join(self.buf)
        if self.ocr:
            t = self._ocr_post(t)
        return t

    def _ocr_post(self, text):
        r = self.r
        chars = list(text)
        inspan = [False] * len(chars)
        for s, e, _ in self.spans:
            for i in range(s, e):
                inspan[i] = True
        width = r.randrange(30, 48)
        col = 0
        for i, ch in enumerate(chars):
            if ch == "\n":
                col = 0
                continue
            col += 1
            if col > width and ch == " " and r.random() < 0.85:
                chars[i] = "\n"
                col = 0
        for i, ch in enumerate(chars):
            if not inspan[i] and ch in OCR_SUB and r.random() < 0.35:
                chars[i] = OCR_SUB[ch]
        out = "".join(chars)
        for sp in self.spans:
            s, e, v = sp
            if out[s:e] != v.text:
                v.text = out[s:e]
                if "wrapped" not in v.noise:
                    v.noise.append("wrapped")
        return out


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def norm_noisy(t):
    t = nfkc(t)
    for h in HYPHENS:
        t = t.replace(h, "-")
    return re.sub(r"\s+", "", t)


def match_noisy(text, canon):
    t, c = norm_noisy(text), re.sub(r"\s+", "", nfkc(canon))
    if len(t) != len(c):
        return False
    return all(a == b or (b in CONF and a in CONF[b]) for a, b in zip(t, c))


def rrn_date(d):
    g = d[6]
    cent = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000, "9": 1800, "0": 1800}[g]
    try:
        return D_(cent + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return None


def parse_dob(c, fmt):
    pats = {"dot_space": r"(\d{4})\. (\d{1,2})\. (\d{1,2})\.", "korean": r"(\d{4})년 (\d{1,2})월 (\d{1,2})일",
            "iso": r"(\d{4})-(\d{2})-(\d{2})", "dot_pad": r"(\d{4})\.(\d{2})\.(\d{2})\.", "dot_pad_noend": r"(\d{4})\.(\d{2})\.(\d{2})",
            "short": r"(\d{2})\.(\d{2})\.(\d{2})", "six": r"(\d{2})(\d{2})(\d{2})", "slash": r"(\d{4})/(\d{2})/(\d{2})",
            "short_space": r"(\d{2})\. (\d{1,2})\. (\d{1,2})\."}
    m = re.fullmatch(pats[fmt], c)
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return (y, mo, d)


NAME_RE = re.compile(r"[가-힣]{2,5}|[가-힣]+(?: [가-힣]+){1,3}|[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){1,3}")


def check_value(typ, sub, fmt, c, extra):
    """format and check-digit assertions on the canonical (noise-free) value"""
    c = nfkc(c)
    if typ == "KR_RRN":
        if sub == "rrn_masked":
            m = re.fullmatch(r"(\d{6})-([1-4])([*●Xx])\3{5}", c)
            need(m and rrn_date(m.group(1) + m.group(2)) is not None, "bad masked rrn " + c)
            need(extra["full"].startswith(m.group(1) + m.group(2)), "mask/full mismatch")
        else:
            d = c.replace("-", "")
            need(re.fullmatch(r"\d{6}-?\d{7}", c) and d[6] in "1234", "rrn shape " + c)
            bd = rrn_date(d)
            need(bd is not None, "rrn date")
            if sub == "rrn_valid":
                need(rrn_check_ok(d) and bd < D_(2020, 10, 5), "rrn check " + c)
            else:
                need(sub == "rrn_post2020" and not rrn_check_ok(d) and bd >= D_(2020, 10, 5), "post2020 rrn " + c)
    elif typ == "KR_FRN":
        if sub == "frn_masked":
            m = re.fullmatch(r"(\d{6})-([5-8])([*●Xx])\3{5}", c)
            need(m and rrn_date(m.group(1) + m.group(2)) is not None, "bad masked frn")
        else:
            d = c.replace("-", "")
            need(re.fullmatch(r"\d{6}-?\d{7}", c) and d[6] in "5678" and rrn_date(d) is not None, "frn shape")
            need(frn_check_ok(d) and int(d[7:9]) % 2 == 0 and d[11] in "6789", "frn check " + c)
    elif typ == "KR_BRN":
        d = c.replace("-", "")
        need(re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", c) and brn_check(d[:9]) == int(d[9]), "brn " + c)
    elif typ == "KR_CRN":
        d = c.replace("-", "")
        need(re.fullmatch(r"\d{6}-?\d{7}", c) and crn_check(d[:12]) == int(d[12]), "crn " + c)
    elif typ == "CREDIT_CARD":
        full = extra["full"]
        need(luhn_ok(full) and len(full) in (15, 16), "luhn " + full)
        d = re.sub(r"[ -]", "", c)
        need(len(d) == len(full) and all(a == b or (sub == "card_masked" and a in "*●X") for a, b in zip(d, full)), "card text")
        need((sub == "card_masked") == any(a in "*●X" for a in d), "card mask flag")
    elif typ == "KR_BANK_ACCOUNT":
        d = re.sub(r"[ -]", "", c)
        need(d.isdigit() and 10 <= len(d) <= 14 and d == extra["digits"], "account " + c)
        if fmt != "plain":
            need([len(x) for x in re.split(r"[ -]", c)] == [int(x) for x in sub.split("_")[-1].split("-")], "acct grouping")
    elif typ == "PHONE_NUMBER":
        d = c
        if fmt == "hangul_digits":
            d = "".join(HANGUL_DIGIT_BACK.get(ch, "") for ch in c.replace(" ", ""))
        d = re.sub(r"\D", "", d.replace("+82", "0"))
        need(d == extra["digits"], "phone digits " + c)
        if sub == "phone_mobile":
            need(re.fullmatch(r"01[016789]\d{7,8}", d), "mobile " + c)
        elif sub == "phone_070":
            need(re.fullmatch(r"070\d{8}", d), "070 " + c)
        else:
            need(re.fullmatch(r"0(2|[3-6]\d{1,2})\d{7,8}", d), "landline " + c)
    elif typ == "EMAIL_ADDRESS":
        need(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c), "email " + c)
    elif typ == "KR_ADDRESS":
        first = c.split(" ")[0]
        need(first in SIDO_FULL or first in SIDO_SHORT or first in SGG_FIRST or first in OLD_FULL.values(), "address start " + c)
        need(re.search(r"\d", c) and not c.endswith(")") and "(" not in c, "address shape " + c)
    elif typ == "DATE_OF_BIRTH":
        ymd = parse_dob(c, fmt)
        true = datetime.date.fromisoformat(extra["date"])
        need(ymd is not None and true <= TODAY, "dob " + c)
        y, mo, d = ymd
        need((y == true.year or (y < 100 and y == true.year % 100)) and (mo, d) == (true.month, true.day), "dob value " + c)
    elif typ == "KR_HEALTH_INSURANCE":
        need(re.fullmatch(r"\d{11}|\d-\d{10}", c), "hi " + c)
    elif typ == "KR_PASSPORT":
        pats = {"passport_kr_old": r"[MSGDR]\d{8}", "passport_kr_new": r"[MSGDR]\d{3}[A-Z]\d{4}",
                "passport_foreign": r"[A-Z]{1,2}\d{7,8}[A-Z]?|\d{9}|\d{2} \d{7}"}
        need(re.fullmatch(pats[sub], c), "passport " + c)
    elif typ == "KR_DRIVER_LICENSE":
        m = re.fullmatch(r"(\d{2}|[가-힣]{2,4}) ?-?(\d{2})[- ]?(\d{6})[- ]?(\d{2})", c)
        need(m and (m.group(1) in DL_CODES or m.group(1) in DL_REGION), "dl " + c)
    elif typ == "KR_VEHICLE_PLATE":
        m = re.fullmatch(r"(?:([가-힣]{2}) ?)?(\d{2,3})([가-힣]) ?(\d{4})", c)
        need(m and (m.group(1) is None or m.group(1) in PLATE_REGION), "plate " + c)
        need(m.group(3) in PLATE_PRIV + PLATE_COMM + PLATE_RENT, "plate letter")
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(c)
        except ValueError:
            raise DraftError("ip " + c)
    elif typ == "PERSON":
        need(NAME_RE.fullmatch(c), "name shape " + c)
        need(c.replace(" ", "") not in NAME_BLACK and not any(c.endswith(" " + t) for t in TITLES), "name is a word/title " + c)
    else:
        raise DraftError("unknown type " + typ)


LEAKS = [("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
         ("rrn_shape", r"\d{6}\s?[-‐‑–—－―−]\s?[\d*●Xx＊]{7}"),
         ("digits13", r"(?<!\d)\d{13}(?!\d)"),
         ("mobile", r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
         ("landline", r"(?<![\d-])0\d{1,3}[-)]\s?\d{2,4}-\d{4}(?!\d)"),
         ("service", r"(?<!\d)1[5-9]\d{2}-\d{4}(?!\d)"),
         ("card", r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{3,4}(?!\d)"),
         ("ipv4", r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"),
         ("brn", r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)"),
         ("longdigits", r"(?<!\d)\d{10,}(?!\d)"),
         ("plate", r"(?<!\d)\d{2,3}[가-힣]\s?\d{4}(?!\d)"),
         ("passport", r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{7,8}[A-Z]?(?![A-Za-z0-9])"),
         ("dl", r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)"),
         ("acct", r"(?<![\d-])\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?(?![\d-])")]
LEAKS = [(n, re.compile(p)) for n, p in LEAKS]


def validate_record(text, spans, hns, no_pii, name_forms=None):
    """spans: list of dicts with start,end,type,sub,format,noise,value,canonical,extra"""
    prev = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        need(0 <= s < e <= len(text) and s >= prev, "span bounds/order/overlap")
        prev = e
        need(sp["type"] in TYPES, "bad type")
        need(text[s:e] == sp["value"], "span text != inserted value")
        need(sp["value"] == sp["value"].strip(), "edge whitespace")
        need(all(k in NOISE_KINDS for k in sp["noise"]), "unknown noise tag")
        need(match_noisy(sp["value"], sp["canonical"]), "noisy value does not match canonical %r %r" % (sp["value"], sp["canonical"]))
        need(sp["value"] == sp["canonical"] or sp["noise"], "changed value without noise tag")
        check_value(sp["type"], sp["sub"], sp["format"], sp["canonical"], sp.get("extra", {}))
        if sp["type"] == "PERSON" and name_forms is not None:
            need(sp["canonical"] in name_forms, "PERSON not drawn from the name generator: " + sp["canonical"])
    prev = 0
    for h in hns:
        s, e = h["start"], h["end"]
        need(0 <= s < e <= len(text) and s >= prev, "hard negative bounds/order")
        prev = e
        need(h["category"] in HN_CATS and text[s:e] == h["text"], "hard negative text")
        for sp in spans:
            need(e <= sp["start"] or s >= sp["end"], "hard negative overlaps gold: %r" % h["text"])
    if no_pii:
        need(not spans and len(hns) >= 2, "no-PII record must have no spans and hard negatives")
    else:
        need(spans, "PII record without spans")
    cover = [(sp["start"], sp["end"]) for sp in spans]

    def inside(a, b):
        return any(s <= a and b <= e for s, e in cover)

    def overl(a, b, lst):
        return any(a < e and s < b for s, e in lst)
    for sp in spans:
        for val in {sp["value"], sp["canonical"]}:
            if len(val) < 2:
                continue
            i = text.find(val)
            while i >= 0:
                need(inside(i, i + len(val)), "unlabelled repeat of %s %r" % (sp["type"], val))
                i = text.find(val, i + 1)
    hl = [(h["start"], h["end"]) for h in hns]
    for name, rx in LEAKS:
        for m in rx.finditer(text):
            a, b = m.span()
            if name == "acct" and re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", m.group()):
                continue
            need(overl(a, b, cover) or overl(a, b, hl), "PII-shaped string outside spans/hard negatives (%s): %r" % (name, m.group()))


# ----------------------------------------------------------------------------
# template helpers
# ----------------------------------------------------------------------------
TEMPLATES = []


def template(name, genre, n, mixed=True, nopii=False, noise=0.03, ocr=False, base=None):
    def deco(fn):
        TEMPLATES.append(dict(name=name, genre=genre, n=n, fn=fn, mixed=mixed, nopii=nopii, noise=noise, ocr=ocr, base=base))
        return fn
    return deco


def batchim(word):
    ch = word[-1]
    code = ord(ch) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


def j(word, pair):
    """Korean particle after word: pair in 은는 이가 을를 과와 으로 (name text decides)"""
    w = word.replace(" ", "")
    if pair == "으로":
        return "으로" if batchim(w) and (ord(w[-1]) - 0xAC00) % 28 != 8 else "로"
    return pair[0] if batchim(w) else pair[1]


def old_landline_v(r, sido, sub="phone_landline", fmt=None):
    area = OLD_AREA.get(sido, "02")
    mid = exch(r, 3)
    last = rdigits(r, 4)
    fmt = fmt or r.choice(["paren", "hyphen"])
    v = phone_v(r, area + mid + last, sub, fmt, parts=(area, mid, last))
    v.fmt = "old_" + fmt
    return v


def phone_alt(r, v):
    """the same number written in another format"""
    cur = v.fmt.replace("old_", "")
    fmts = ["hyphen", "plain", "space", "dot"] if v.sub == "phone_mobile" else ["hyphen", "paren", "space", "plain"]
    return phone_v(r, v.extra["digits"], v.sub, r.choice([f for f in fmts if f != cur]), v.extra.get("parts"))


def old_mobile_v(r):
    pre = r.choice(["011", "016", "017", "018", "019"])
    d = pre + exch(r, 3) + rdigits(r, 4)
    return phone_v(r, d, "phone_mobile", "hyphen")


def doc_date(r, a=D_(2025, 1, 2), b=D_(2026, 12, 4)):
    return rdate(r, a, b)


def fdate(x, style="dot"):
    if style == "dot":
        return "%d. %d. %d." % (x.year, x.month, x.day)
    if style == "korean":
        return "%d년 %d월 %d일" % (x.year, x.month, x.day)
    return "%d-%02d-%02d" % (x.year, x.month, x.day)


def dh(x, style="dot"):
    return H(fdate(x, style), "date")


def rule(r):
    return r.choice(["-" * 40, "=" * 36, "─" * 30, "_" * 38]) + "\n"


def gm_footer(D, inst, dept, people, date, public=True, fax=True, mail=True):
    """electronic 공문 footer: 발신명의, 결재란, 시행/접수, 주소, 전화/팩스, 전자우편, 공개구분"""
    r = D.r
    D.w("\n", inst.head_h(), "\n\n")
    ranks = []
    for k, p in enumerate(people):
        mark = "★" if k == 0 and r.random() < 0.5 else ""
        ranks.append([mark + p.rank + " ", p.nm()])
    for k, item in enumerate(ranks):
        D.w("    " if k else "", item)
    if r.random() < 0.5:
        D.w("  ", r.choice(["전결", "대결"]), " ", "%02d/%02d" % (date.month, date.day))
    D.w("\n")
    if r.random() < 0.4:
        q = inst.official(D, rank=r.choice(["주무관", "팀장"]))
        D.w("협조자 ", q.rank, " ", q.nm(), "\n")
    D.w("시행 ", inst.docno(dept), " (", dh(date), ")    접수\n")
    D.w(r.choice(["우 ", ""]), H(inst.addr.postal, "postal_code"), "  ", inst.addr_h(), "    / ", "www." + inst.domain, "\n")
    D.w("전화번호 ", line_v(people[0]))
    if fax:
        D.w("  팩스번호 ", inst.fax())
    D.w("  / ")
    if mail:
        D.w(work_mail(people[0]))
    else:
        D.w(inst.mail_h())
    D.w("  / ", "부분공개(6)" if not public else r.choice(["공개", "대국민 공개"]), "\n")


def officials(D, inst, n, dept=None):
    ranks = ["주무관", "사무관" if n > 2 else "팀장", "과장", "국장"][:n]
    ps = [inst.official(D, rank=k) for k in ranks]
    return ps


# ----------------------------------------------------------------------------
# templates A: 공문, 민원, 신청서, 동의서, 신고서
# ----------------------------------------------------------------------------
@template("gm90_award", "공문_1990년대", 14, noise=0.15)
def t_gm90_award(D):
    r = D.r
    sido = r.choice(["경기", "충남", "경북", "전남", "강원", "충북", "경남", "전북"])
    inst = Inst(D, "local", sido=sido, old=True)
    y = r.randrange(1992, 2000)
    dt = rdate(r, D_(y, 1, 5), D_(y, 12, 20))
    D.w(" ".join(inst.name), "\n")
    D.w(H(inst.addr.postal, "postal_code"), " ", inst.addr_h("jibun_short" if r.random() < .5 else "jibun"),
        "  전화 ", H("(%s) %s-%s" % (OLD_AREA[sido], exch(r, 3), inst.main_last), "institution_switchboard"),
        "  전송 ", old_landline_v(r, sido, "phone_fax", "hyphen"), "\n")
    D.w("문서번호  ", H("%s %05d-%d" % (r.choice(["총무", "행정", "사회", "민원"]), r.randrange(100, 99999), r.randrange(10, 9999)), "document_number"), "\n")
    D.w("시행일자  ", dh(dt), "\n(경유)\n수신  ", H(r.choice(["내무부장관", "보건사회부장관", sido + "도지사"]), "official_by_office"), "\n")
    D.w("참조  ", r.choice(["총무과장", "사회과장", "행정과장"]), "\n", rule(r))
    D.w("제목  ", r.choice(["모범시민 표창 대상자 추천", "유공 주민 포상 추천", "선행 주민 표창 상신"]), "\n\n")
    ps = [Person(D, age=(TODAY.year - y + 25, TODAY.year - y + 62), sido=sido) for _ in range(r.randrange(2, 5))]
    D.w("1. 관련: ", H("%s %05d-%d(%d. %d. %d.)" % (r.choice(["총무", "행정"]), r.randrange(100, 99999), r.randrange(10, 999), y, r.randrange(1, 13), r.randrange(1, 28)), "document_number"), "\n")
    p0 = ps[0]
    D.w("2. 당 ", inst.name[:-1], " 관내에 거주하는 ", p0.nm(), j(p0.name, "은는"), " ",
        r.choice(["지난 %d년간 마을 안길 청소와 독거노인 돌봄에 앞장서 왔으며", "수해 복구 현장에서 %d일 동안 자원봉사를 하였으며",
                  "마을 공동 창고를 %d년째 무상으로 관리하고 있으며"]) % r.randrange(3, 15),
        " 주민들의 신망이 두터워 아래와 같이 표창 대상자로 추천하오니 검토하여 주시기 바랍니다.\n\n")
    D.w("                    아        래\n")
    D.w("연번  성  명    주민등록번호      주          소                      전  화\n")
    D.tables.append({"sep": "spaces", "header": True, "rows": len(ps)})
    tels = [old_landline_v(r, sido) if r.random() < 0.7 else old_mobile_v(r) for _ in ps]
    for k, p in enumerate(ps):
        D.w("%2d    " % (k + 1), p.nm(), "    ", p.rrn(), "  ", p.addr(r.choice(["jibun", "jibun_short"]), old=True), "  ", tels[k], "\n")
    D.w("\n3. 추천 대상자 ", p0.nm(), "에 대한 공적 확인은 본인(", phone_alt(r, tels[0]), ")과 통화하여 마쳤음.\n")
    D.w("\n붙임  공적조서 %d부.  끝.\n\n" % len(ps))
    D.w(inst.head_h(), "\n\n")
    a, b = inst.official(D, rank="행정주사보"), inst.official(D, rank="행정주사")
    D.w("기안자 ", a.rank, " ", a.nm(), "   검토자 ", b.rank, " ", b.nm(), "   결재권자 ", r.choice(["총무과장", "사회과장"]), " 전결\n")


@template("gm90_relief", "공문_1990년대", 12, noise=0.15)
def t_gm90_relief(D):
    r = D.r
    sido = r.choice(["경기", "충북", "강원", "전북", "경남"])
    inst = Inst(D, "local", sido=sido, old=True)
    y = r.randrange(1990, 2000)
    dt = rdate(r, D_(y, 7, 1), D_(y, 11, 30))
    D.w(inst.name, "\n", H(inst.addr.postal, "postal_code"), "  ", inst.addr_h("jibun"), "\n")
    D.w(H("%s %05d-%d" % ("사회", r.randrange(100, 99999), r.randrange(10, 9999)), "document_number"), "        ", dh(dt), "\n")
    D.w("수신  ", H(r.choice([sido + "도지사", "내무부장관"]), "official_by_office"), "\n제목  수해 이재민 구호금 지급 결과 보고\n\n")
    ps = [Person(D, age=(TODAY.year - y + 30, TODAY.year - y + 80), sido=sido) for _ in range(r.randrange(3, 6))]
    tot = 0
    D.w("  %d. %d. 집중호우로 피해를 입은 관내 이재민에 대한 구호금을 다음과 같이 지급하였음을 보고합니다.\n\n" % (y, r.randrange(7, 9)))
    D.w("  가. 지급 대상: %d세대\n  나. 지급 총액: " % len(ps), amount_h(r, 1000000, 9000000, "won"), "\n  다. 지급 명단\n")
    for k, p in enumerate(ps):
        acct = p.c["acct"] = make_account(r, r.choice(["우체국", "농협", "조흥은행", "상업은행"]))
        D.w("   %d) " % (k + 1), p.nm(), " ")
        D.par(p.dob(r.choice(["dot_pad_noend", "dot_space", "short"])), "(", "생)")
        D.w(" ", p.addr("jibun_sgg", old=True),
            " / ", acct["bank"], " ", acct_v(r, acct), " / ", amount_h(r, 200000, 2000000, "won"), "\n")
    p = ps[0]
    D.w("\n  라. 특기사항: ", p.nm(), j(p.name, "은는"), " 주택 전파로 ", r.choice(["마을회관", "인근 교회", "친척 집"]),
        "에 임시 거주 중이며 연락처는 ", old_landline_v(r, sido), "임. 구호금은 ", p.account()["bank"], " ", p.acct("plain"), "로 입금함.\n\n붙임  구호금 수령증 사본 1부.  끝.\n\n")
    D.w(H(inst.head, "official_by_office"), "\n")
    a = inst.official(D, rank=r.choice(["행정주사보", "행정서기"]))
    D.w("담당  ", a.rank, " ", a.nm(), "\n")


@template("gm00_allowance", "공문_2000년대", 12, noise=0.04)
def t_gm00_allowance(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province"]))
    y = r.randrange(2003, 2012)
    dt = rdate(r, D_(y, 1, 5), D_(y, 12, 20))
    dept = r.choice(DEPTS_LOCAL)
    D.w(inst.name, "\n", inst.addr.postal_h("u"), " ", inst.addr_h(), "  / 전화 ", inst.tel_h(), "\n")
    D.w("문서번호 ", inst.docno(dept), "\n시행일자 ", dh(dt), "\n수신 ", r.choice(["수신자 참조", "내부결재"]), "\n")
    D.w("제목 ", r.choice(["%d년 주민자치위원 활동수당 지급", "%d년 명예감시원 수당 지급", "%d년 통장 회의수당 지급"]) % y, "\n\n")
    D.w("1. ", statute_h(r, "subsidy"), " 및 관련 조례에 따라 ", r.choice(["상반기", "하반기", "%d분기" % r.randrange(1, 5)]),
        " 활동수당을 아래와 같이 지급하고자 합니다.\n2. 지급 내역\n")
    ps = [Person(D, age=(TODAY.year - y + 30, TODAY.year - y + 70)) for _ in range(r.randrange(3, 7))]
    sep = r.choice(["\t", "  "])
    if r.random() < 0.6:
        D.row(["연번", "성명", "생년월일", "은행", "계좌번호", "지급액"], sep)
    for k, p in enumerate(ps):
        a = p.account()
        D.row([str(k + 1), p.nm(), p.dob(r.choice(["dot_pad", "short", "six"])), a["bank"], p.acct(), amount_h(r, 50000, 400000, "won")], sep)
    p = ps[-1]
    D.w("3. 다만, ", p.nm(), " 위원은 계좌 변경을 신청하여 종전 계좌가 아닌 ", p.account()["bank"], " ", p.acct("plain"),
        "로 지급함.  끝.\n\n")
    D.w(inst.head_h(), "\n")
    o = inst.official(D, rank=r.choice(["행정주사", "행정주사보", "지방행정주사"]))
    D.w("담당: ", dept, " ", o.rank, " ", o.nm(), " (☎ ", line_v(o), ")  ", r.choice(["FAX ", "팩스 "]), inst.fax(), "\n")


@template("gm_passport", "공문_전자", 14)
def t_gm_passport(D):
    r = D.r
    inst = Inst(D, "local")
    dt = doc_date(r)
    dept = "민원여권과"
    ppl = officials(D, inst, 3)
    D.w(inst.name, "\n수신  ")
    rc = r.random()
    if rc < 0.35:
        D.w(H("외교부장관", "official_by_office"), "(여권과장)")
    elif rc < 0.7:
        D.w(H("○○경찰서장", "official_by_office"), "(수사과장)")
    else:
        D.w("수신자 참조")
    D.w("\n(경유)\n")
    D.w("제목  여권 ", r.choice(["부정발급 의심 건 조사 의뢰", "분실 신고 여권 사용 정지 요청", "발급 제한 대상자 확인 요청"]), "\n\n")
    D.w("1. 관련: ", statute_h(r, "passport"), ", ", inst.docno(dept), "(", dh(dt - datetime.timedelta(days=r.randrange(3, 40))), ")\n")
    ps = [Person(D, age=(20, 70)) for _ in range(r.randrange(1, 4))]
    p = ps[0]
    D.w("2. ", inst.name[:-1], "에서 ", dh(dt - datetime.timedelta(days=r.randrange(1, 30))), " 접수한 여권 발급 신청 건 중 신청인 ", p.nm())
    D.par(p.rrn("masked"))
    D.w("의 기존 여권(", p.pp(), ")이 ", r.choice(["분실 신고된 상태로 확인되어", "유효기간 내 재발급 신청되어", "사진 대조 결과 불일치로"]),
        " 아래와 같이 확인을 요청합니다.\n")
    D.w("3. 신청인은 ", r.choice(["휴대전화", "연락처"]), " ", p.mob(), "로 연락이 가능하며, 주소지는 ", p.addr("road_sgg"), "입니다.\n\n")
    D.w("붙임  대상자 명단 1부.  끝.\n\n[붙임] 대상자 명단\n")
    sep = r.choice([" | ", "\t"])
    D.row(["연번", "성명", "주민등록번호", "여권번호", "생년월일", "연락처"], sep)
    for k, q in enumerate(ps):
        D.row([str(k + 1), q.nm(), q.rrn(), q.pp(), q.dob(r.choice(["dot_pad", "iso", "dot_space"])), q.mob("hyphen")], sep)
    gm_footer(D, inst, dept, ppl, dt, public=False)


@template("gm_traffic", "공문_전자", 14)
def t_gm_traffic(D):
    r = D.r
    pol = Inst(D, "police")
    loc = Inst(D, "local", sido=pol.addr.short)
    dt = doc_date(r)
    ppl = [pol.official(D, rank=k) for k in ("경사", "경감", "교통과장")]
    D.w(pol.name, "\n수신  ", loc.head_h(), "(교통행정과장)\n(경유)\n제목  ", r.choice(["운전면허 행정처분 대상자 통보", "불법 주정차 반복 위반 차량 통보", "음주운전 적발 차량 소유자 확인 요청"]), "\n\n")
    D.w("1. ", statute_h(r, "traffic"), "와 관련입니다.\n")
    ps = [Person(D, age=(21, 70), sido=pol.addr.short) for _ in range(r.randrange(2, 5))]
    plates = [plate_v(r) for _ in ps]
    p, pl = ps[0], plates[0]
    D.w("2. ", dh(dt - datetime.timedelta(days=r.randrange(2, 20))), " ", r.choice(["22:40경", "01:15경", "18:05경"]), " 관내 ",
        r.choice(["교차로", "어린이보호구역", "버스전용차로"]), "에서 적발된 ", pl, " 차량의 운전자 ", p.nm(), "(면허번호 ", p.dl(), ")에 대하여 ",
        r.choice(["면허정지 처분을", "과태료 부과를", "벌점 부과를"]), " 위해 아래 명단을 통보하니 조치하여 주시기 바랍니다.\n")
    D.w("3. 위 차량(", plate_alt(pl, r), ")은 ", r.choice(["최근 6개월간 3회 이상 적발된 차량입니다.", "렌터카가 아닌 개인 소유 차량입니다.", "소유자와 운전자가 동일인입니다."]), "\n\n")
    D.w("붙임  위반자 명단 1부.  끝.\n\n")
    sep = r.choice([" | ", "\t", "   "])
    if r.random() < 0.7:
        D.row(["순번", "성명", "운전면허번호", "차량번호", "위반일시", "위반내용"], sep)
    for k, (q, pq) in enumerate(zip(ps, plates)):
        D.row([str(k + 1), q.nm(), q.dl(), pq.clone(), H(fdate(dt - datetime.timedelta(days=r.randrange(2, 60))), "date"),
               r.choice(["신호위반", "속도위반(20km/h 초과)", "주정차위반", "음주운전(0.05%)"])], sep)
    gm_footer(D, pol, "교통과", ppl, dt, public=False)


@template("gm_policy_nopii", "공문_전자", 12, nopii=True, mixed=False, noise=0)
def t_gm_policy_nopii(D):
    r = D.r
    inst = Inst(D, r.choice(["central", "local", "province"]))
    dt = doc_date(r)
    D.w(inst.name, "\n수신  수신자 참조\n(경유)\n제목  ", r.choice(["2027년도 개인정보 보호 수준 진단 계획 알림", "민원 서식 개정 사항 알림", "정보공개 업무 처리 지침 알림", "주민등록 사실조사 추진 계획 알림"]), "\n\n")
    D.w("1. 관련: ", statute_h(r, "privacy", "info", "admin"), ", ", inst.docno(), "(", dh(dt - datetime.timedelta(days=r.randrange(5, 60))), ")\n")
    D.w("2. ", notice_h(r, inst.name), "에 따라 각 기관에서는 ", dh(dt + datetime.timedelta(days=r.randrange(10, 60))), "까지 추진 실적을 제출하여 주시기 바랍니다.\n")
    D.w("  가. 예산: ", amount_h(r, 5000000, 900000000), " (국비 50%, 지방비 50%)\n")
    D.w("  나. 문의처: 정부민원안내콜센터 ", H("110", "short_code"), ", ", H(r.choice(["1588", "1577", "1600", "1644"]) + "-" + rdigits(r, 4, True), "service_number"), "\n")
    D.w("  다. 서식 작성 예시: 성명 ", H("홍길동", "placeholder_person"), ", 주민등록번호 ", H("000000-0000000", "placeholder_id"), "\n")
    D.w("3. 개인정보가 포함된 자료는 ", r.choice(["암호화하여", "비밀번호를 설정하여"]), " 제출하되, 담당자 성명은 ", H(r.choice(SUR1[:10])[0] + "○○", "placeholder_person"), "과 같이 표기하여 주십시오.\n\n")
    D.w("붙임  추진 계획 1부.  끝.\n\n", inst.head_h(), "\n\n(결재란 생략)\n")
    D.w("시행 ", inst.docno(), " (", dh(dt), ")\n", inst.addr.postal_h("u"), " ", inst.addr_h(), "\n대표전화 ", inst.tel_h(), "  / ", inst.mail_h(), "  / 공개\n")


@template("minwon_result", "민원회신", 16)
def t_minwon_result(D):
    r = D.r
    inst = Inst(D, "local")
    dt = doc_date(r)
    p = Person(D, sido=inst.addr.short)
    o = inst.official(D)
    D.w(inst.name, "\n\n", r.choice(["민원 처리 결과 통지", "민원 회신", "고충민원 처리 결과 알림"]), "\n\n")
    D.w("접수번호: ", receipt_h(r, "epeople"), "\n민 원 인: ", p.nm(), " 귀하\n주    소: ", p.addr(), "\n연 락 처: ", p.mob(), "\n\n")
    pl = plate_v(r, r.choice(["p2", "p3", "nospace"]))
    complaint = r.choice([
        ["제 차량(", pl, ")이 ", None, " 앞 이면도로에 주차되어 있었는데 단속 예고 없이 과태료가 부과되었습니다. 확인 후 ", None, "로 연락 부탁드립니다."],
        ["집 앞(", None, ") 가로등이 2주째 꺼져 있습니다. 처리 결과는 ", None, "로 알려 주세요."],
        ["공사 소음 때문에 잠을 잘 수가 없습니다. 제 차(", pl, ")도 먼지로 뒤덮였습니다. 답변은 ", None, "로 부탁합니다."]])
    D.w("1. ", p.nm(), " 님께서 ", dh(dt - datetime.timedelta(days=r.randrange(3, 14))), " 국민신문고를 통하여 제기하신 민원의 요지는 다음과 같습니다.\n   \"")
    if complaint[0].startswith("집 앞"):
        slots = iter([p.addr("road_sgg"), r.choice([p.mob("plain"), p.email()])])
    else:
        slots = iter([r.choice(["○○상가", "주민센터", "어린이공원"]), r.choice([p.mob("plain"), p.email()])])
    for piece in complaint:
        D.w(next(slots) if piece is None else piece)
    D.w("\"\n2. ", r.choice(["현장을 확인한 결과", "관련 부서와 협의한 결과", "단속 기록을 검토한 결과"]), " ",
        r.choice(["귀하의 의견을 반영하여 조치를 완료하였습니다.", "관련 규정(" + r.choice(STATUTES) + ")상 부과 처분은 적법한 것으로 확인되었습니다.",
                  "%s까지 보수할 예정입니다." % fdate(dt + datetime.timedelta(days=7))]), " 처리 결과는 ", p.mob(r.choice(["hyphen", "dot"])), "로도 문자로 안내하였습니다.\n")
    D.w("3. 추가 문의 사항은 ", inst.name, " ", r.choice(DEPTS_LOCAL), " ", o.nm(), " ", o.rank, "(☎ ", line_v(o), ")에게 연락 주시거나 ",
        "정부민원안내콜센터(", H("110", "short_code"), ")를 이용하시기 바랍니다.  끝.\n\n", inst.head_h(), "\n")
    D.w("※ 이 통지는 ", statute_h(r, "admin"), "에 따른 것입니다.\n")


# ----------------------------------------------------------------------------
# runner: generation, writing, re-validation, stats, hash-seed self-check
# ----------------------------------------------------------------------------
OUTFILES = ("pii_at.jsonl", "pii_at.meta.jsonl", "stats.json")
MAX_DRAFTS = 80


def gen_record(tp, i, log):
    base = "%s|%s|%d" % (SEEDBASE, tp["name"], i)
    for k in range(MAX_DRAFTS):
        seed = base if k == 0 else base + "|retry%d" % k
        r = random.Random(seed)
        D = Doc(r, noise_rate=(0.75 if tp["ocr"] else tp["noise"]), ocr=tp["ocr"])
        try:
            tp["fn"](D)
            text = D.text()
            spans = [dict(start=s, end=e, type=v.type, sub=v.sub, format=v.fmt, noise=list(v.noise), value=text[s:e],
                          canonical=v.canon, extra=v.extra) for s, e, v in D.spans]
            for sp, (s, e, v) in zip(spans, D.spans):
                need(sp["value"] == v.text, "inserted value changed")
            hns = [dict(start=s, end=e, text=text[s:e], category=c) for s, e, c in D.hns]
            validate_record(text, spans, hns, tp["nopii"], D.name_forms)
            return seed, text, spans, hns, k, D.tables
        except DraftError as ex:
            log.append("draft failed %s: %s" % (seed, ex))
            print("  draft failed %s: %s" % (seed, ex), file=sys.stderr)
    raise SystemExit("FATAL: template %s record %d failed %d drafts" % (tp["name"], i, MAX_DRAFTS))


def build():
    recs, metas, log = [], [], []
    names = [t["name"] for t in TEMPLATES]
    assert len(names) == len(set(names))
    for tp in TEMPLATES:
        for i in range(tp["n"]):
            seed, text, spans, hns, k, tables = gen_record(tp, i, log)
            rid = "at-%s-%02d" % (tp["name"], i)
            genre = tp["genre"]
            recs.append({"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre})
            metas.append({"id": rid, "template": tp["name"], "seed": seed, "retries": k, "genre": genre, "base_genre": tp["base"] or genre,
                          "no_pii": tp["nopii"], "mixed": tp["mixed"],
                          "tables": [{"sep": t["sep"], "header": t["header"]} for t in tables if t["rows"] > 1 or t["sep"] == "spaces"],
                          "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "sub": s["sub"], "format": s["format"],
                                     "noise": s["noise"], "value": s["value"], "canonical": s["canonical"], "extra": s["extra"]} for s in spans],
                          "hard_negatives": hns})
    return recs, metas, log


def value_key(s):
    """identity of a gold value regardless of how it is written (for the repeat statistics)"""
    c = nfkc(s["canonical"])
    t = s["type"]
    if t == "PERSON":
        return ("PERSON", c.replace(" ", "").upper())
    if t == "DATE_OF_BIRTH":
        return (t, s["extra"]["date"])
    if t in ("KR_RRN", "KR_FRN", "CREDIT_CARD"):
        return (t, s["extra"].get("full", re.sub(r"\D", "", c)))
    if t == "PHONE_NUMBER":
        return (t, s["extra"]["digits"])
    if t in ("EMAIL_ADDRESS", "IP_ADDRESS", "KR_ADDRESS"):
        return (t, c)
    return (t, re.sub(r"[^0-9A-Za-z가-힣]", "", c))


def repeats(m):
    from collections import defaultdict
    g = defaultdict(list)
    for s in m["spans"]:
        g[value_key(s)].append(s["value"])
    rep_person = any(k[0] == "PERSON" and len(v) > 1 for k, v in g.items())
    rep_number = any(k[0] != "PERSON" and len(v) > 1 for k, v in g.items())
    two_forms = any(len(set(v)) > 1 for v in g.values())
    return rep_person, rep_number, two_forms


def compute_stats(recs, metas):
    from collections import Counter
    C = lambda: Counter()
    by_genre, by_tpl, by_type, by_sub, by_noise, by_hn, by_fmt = {}, {}, C(), C(), C(), C(), C()
    hn_genres = C()
    nspans = noisy = nopii = mixed = 0
    rep_both = two_forms_n = 0
    by_table = C()
    for rec, m in zip(recs, metas):
        for tb in {(t["sep"], t["header"]) for t in m["tables"]}:
            by_table["%s_%s" % (tb[0], "with_header" if tb[1] else "without_header")] += 1
        if m["tables"]:
            by_table["records_with_a_table"] += 1
        rp, rn, tf = repeats(m)
        rep_both += int(rp and rn)
        two_forms_n += int(tf)
        g = by_genre.setdefault(rec["genre"], {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0, "mixed": 0})
        t = by_tpl.setdefault(m["template"], {"genre": rec["genre"], "records": 0, "spans": 0, "no_pii": m["no_pii"], "mixed": m["mixed"]})
        g["records"] += 1
        t["records"] += 1
        g["no_pii"] += int(m["no_pii"])
        g["mixed"] += int(m["mixed"])
        nopii += int(m["no_pii"])
        mixed += int(m["mixed"])
        g["spans"] += len(m["spans"])
        t["spans"] += len(m["spans"])
        g["hard_negatives"] += len(m["hard_negatives"])
        for s in m["spans"]:
            nspans += 1
            by_type[s["type"]] += 1
            by_sub[s["type"] + "/" + s["sub"]] += 1
            by_fmt[s["type"] + "/" + s["format"]] += 1
            if s["noise"]:
                noisy += 1
            for k in s["noise"]:
                by_noise[k] += 1
        for h in m["hard_negatives"]:
            by_hn[h["category"]] += 1
    st = {"records": len(recs), "spans": nspans, "no_pii_records": nopii, "mixed_records": mixed,
          "noisy_spans": noisy, "noisy_span_share": round(noisy / nspans, 4), "no_pii_share": round(nopii / len(recs), 4),
          "mixed_share": round(mixed / len(recs), 4), "genres": len(by_genre), "templates": len(by_tpl),
          "hard_negatives": sum(by_hn.values()),
          "records_repeating_a_person_and_a_number": rep_both, "records_with_a_value_in_two_written_forms": two_forms_n,
          "by_genre": by_genre, "by_template": by_tpl, "by_type": dict(by_type), "by_sub_kind": dict(by_sub),
          "by_format": dict(by_fmt), "by_noise_tag": dict(by_noise), "records_by_table_layout": dict(by_table), "by_hard_negative_category": dict(by_hn)}
    return st


def requirements(st):
    probs = []
    if st["records"] < 650:
        probs.append("fewer than 650 records")
    for t in TYPES:
        if st["by_type"].get(t, 0) < 100:
            probs.append("type %s has %d spans" % (t, st["by_type"].get(t, 0)))
    if st["genres"] < 20:
        probs.append("fewer than 20 genres")
    if st["templates"] < 35:
        probs.append("fewer than 35 templates")
    if st["noisy_span_share"] < 0.08:
        probs.append("noise share %.3f" % st["noisy_span_share"])
    if st["no_pii_share"] < 0.09:
        probs.append("no-PII share %.3f" % st["no_pii_share"])
    if st["mixed_share"] < 0.5:
        probs.append("mixed share %.3f" % st["mixed_share"])
    for g, x in st["by_genre"].items():
        if x["hard_negatives"] == 0:
            probs.append("genre %s has no hard negatives" % g)
    return probs


def write_all(out, recs, metas, st):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "pii_at.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "pii_at.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(st, ensure_ascii=False, sort_keys=True, indent=1) + "\n")


def revalidate(out):
    recs = [json.loads(l) for l in open(os.path.join(out, "pii_at.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(out, "pii_at.meta.jsonl"), encoding="utf-8")]
    need(len(recs) == len(metas), "record/meta count")
    ids = [x["id"] for x in recs]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for rec, m in zip(recs, metas):
        need(rec["id"] == m["id"] and rec["genre"] == m["genre"], "meta alignment")
        need(set(rec) == {"id", "text", "spans", "genre"}, "record keys")
        need([(s["start"], s["end"], s["type"]) for s in rec["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]], "span mismatch")
        for s in rec["spans"]:
            need(set(s) == {"start", "end", "type"} and isinstance(s["start"], int) and isinstance(s["end"], int), "span keys")
        validate_record(rec["text"], m["spans"], m["hard_negatives"], m["no_pii"])
        if m["no_pii"]:
            need(not rec["spans"], "no_pii with spans")
        for h in m["hard_negatives"]:
            if h["category"] in ("placeholder_person", "placeholder_id", "institution_switchboard", "service_number", "short_code",
                                 "institution_address", "institution_email", "official_by_office"):
                for s in rec["spans"]:
                    need(h["end"] <= s["start"] or h["start"] >= s["end"], "placeholder/institution value labelled")
    st = compute_stats(recs, metas)
    with open(os.path.join(out, "stats.json"), encoding="utf-8") as f:
        need(json.load(f) == json.loads(json.dumps(st, ensure_ascii=False, sort_keys=True)), "stats mismatch")
    return recs, metas, st


def md5s(out):
    return {fn: hashlib.md5(open(os.path.join(out, fn), "rb").read()).hexdigest() for fn in OUTFILES}


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    recs, metas, log = build()
    st = compute_stats(recs, metas)
    write_all(out, recs, metas, st)
    try:
        recs2, metas2, st2 = revalidate(out)
    except DraftError as ex:
        raise SystemExit("FATAL: re-validation of written files failed: %s" % ex)
    probs = requirements(st2)
    print("records %d, spans %d, no-PII %d, mixed %d, noisy spans %.1f%%, retries %d" % (
        st2["records"], st2["spans"], st2["no_pii_records"], st2["mixed_records"], 100 * st2["noisy_span_share"], len(log)))
    for t in TYPES:
        print("  %-20s %d" % (t, st2["by_type"].get(t, 0)))
    if probs:
        print("REQUIREMENTS NOT MET:\n  " + "\n  ".join(probs))
        if "--allow-short" not in argv:
            raise SystemExit(1)
    if not os.environ.get("PII_AT_CHILD") and "--no-selfcheck" not in argv:
        mine = md5s(out)
        for hs in ("0", "4242"):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=hs, PII_AT_CHILD="1")
                subprocess.run([sys.executable, os.path.abspath(__file__), "--out", td] + (["--allow-short"] if "--allow-short" in argv else []),
                               env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                theirs = md5s(td)
            if theirs != mine:
                raise SystemExit("FATAL: output differs under PYTHONHASHSEED=%s: %s vs %s" % (hs, theirs, mine))
            print("hash-seed check PYTHONHASHSEED=%s: identical md5 %s" % (hs, " ".join(theirs[f] for f in OUTFILES)))


@template("minwon_epeople", "민원회신", 14)
def t_minwon_epeople(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "central", "nhis"]))
    dt = doc_date(r)
    p = Person(D)
    o = inst.official(D)
    D.w("[", r.choice(["국민신문고", "전자민원창구"]), "] 민원 답변서\n", rule(r))
    fields = [("신청번호", receipt_h(r, "epeople")), ("신청인", p.nm()), ("휴대전화", p.mob()), ("전자우편", p.email()),
              ("주소", p.addr()), ("신청일", dh(dt - datetime.timedelta(days=r.randrange(4, 20))))]
    for k, v in fields:
        D.w(k, r.choice([": ", " : ", "\t"]), v, "\n")
    D.w(rule(r), "처리기관: ", inst.name, "\n담당부서: ", r.choice(DEPTS_LOCAL), "\n담당자: ", o.nm(), " (", line_v(o), ")\n처리일: ", dh(dt), "\n", rule(r))
    topic = r.choice(["hi", "arrears", "noise"])
    D.w("□ 민원 요지\n ○ ")
    if topic == "hi":
        D.w("건강보험 피부양자 자격 상실 통보를 받았는데 본인(건강보험증번호 ", p.hi(), ")의 소득 기준 적용이 잘못되었다는 내용\n")
    elif topic == "arrears":
        D.w("체납된 지방세를 납부했는데도 계좌(", p.account()["bank"], " ", p.acct(), ")가 압류된 상태로 남아 있다는 내용\n")
    else:
        D.w("아파트(", p.addr("road_sgg"), ") 인근 공사장 소음이 야간까지 계속된다는 내용\n")
    D.w("□ 답변 내용\n ○ 안녕하십니까. ", inst.name, "입니다. ", p.nm(), " 님께서 신청하신 민원에 대하여 다음과 같이 답변드립니다.\n ○ ")
    D.w(r.choice(["관련 자료를 검토한 결과 ", "현장 확인 결과 "]), r.choice([
        "처분 당시 적용 기준에 오류가 있어 이를 바로잡았으며, 정정된 결과는 ",
        "요청하신 사항은 현행 규정상 수용이 어려우나, 대체 방안을 ",
        "해당 사업장에 작업 시간 준수를 요청하였고, 추가 조치 결과를 "]))
    D.w(r.choice(["등록하신 전자우편(", "등록하신 휴대전화("]))
    D.w(p.email() if D.buf[-1].endswith("우편(") else p.mob("hyphen"))
    D.w(")을 통해 안내해 드리겠습니다.\n ○ 답변 내용에 대한 추가 설명이 필요하시면 위 담당자에게 연락하시거나 ",
        r.choice([H("110", "short_code"), H("1577-" + rdigits(r, 4, True), "service_number")]), "으로 문의하여 주시기 바랍니다.\n")


@template("minwon_nopii", "민원회신", 12, nopii=True, mixed=False, noise=0)
def t_minwon_nopii(D):
    r = D.r
    inst = Inst(D, "local")
    dt = doc_date(r)
    D.w(inst.name, "\n민원 회신 (공개용 사례집 수록본)\n\n접수번호: ", receipt_h(r, "epeople"), "\n민원인: ", placeholder_h(r, r.choice(["mask_o", "mask_star"])), " 님\n\n")
    D.w("1. 민원 요지\n   ", H(r.choice(NAME_SHAPED_PLACES), "name_shaped_place"), " 방면 시내버스 배차 간격이 길어 ", r.choice(["출퇴근이 어렵다", "병원 방문이 불편하다"]),
        "는 내용입니다. 민원인 ", placeholder_h(r, "mo"), "는 ", r.choice(["지난달에도", "작년에도"]), " 같은 취지의 민원을 제출하였습니다.\n")
    D.w("2. 검토 결과\n   ", statute_h(r, "admin"), "에 따라 노선 조정은 ", dh(dt + datetime.timedelta(days=r.randrange(20, 90))), " 개최되는 위원회에서 심의할 예정이며, ",
        "예산 ", amount_h(r, 10000000, 500000000), "을 확보하였습니다.\n")
    D.w("3. 문의: ", inst.name, " 대표전화 ", inst.tel_h(), ", 다산콜 ", H("120", "short_code"), ", 정부민원안내콜센터 ", H("110", "short_code"), "\n")
    D.w("4. 관련 공문: ", inst.docno(), ", 관리번호 ", receipt_h(r, "mgmt"), "\n\n", inst.head_h(), "\n", inst.addr.postal_h(), " ", inst.addr_h(), "\n")


@template("app_passport", "신청서", 14)
def t_app_passport(D):
    r = D.r
    inst = Inst(D, "local")
    p = Person(D, age=(19, 75))
    e = Person(D)
    o = inst.official(D)
    dt = doc_date(r)
    D.w("여권 발급 신청서\n", r.choice(["[  ] 일반여권  [V] 복수여권", "[V] 일반여권(복수)", "여권 종류: 복수(10년)"]), "\n", rule(r))
    D.w("① 한글 성명: ", p.nm(), "\n② 로마자 성명: ", p.nm_roman(r.choice(["upper", "upper", "hyphen"])), "\n③ 주민등록번호: ", p.rrn(), "\n")
    D.w("④ 연락처: 휴대전화 ", p.mob("hyphen"), r.choice(["", "  / 자택 "]))
    if D.buf[-1] == "  / 자택 ":
        D.w(landline_v(r))
    D.w("\n⑤ 전자우편: ", p.email(), "\n⑥ 주소: ", p.addr(), "\n")
    D.w("⑦ 긴급연락처: 성명 ", e.nm(), "  관계 ", r.choice(["배우자", "자녀", "형제"] if p.age() > 45 else ["배우자", "부", "모", "형제"]), "  전화 ", e.mob(), "\n")
    had = r.random() < 0.7
    if had:
        D.w("⑧ 기존 여권번호: ", p.pp(), "  (", r.choice(["분실", "기간만료", "훼손"]), ")\n")
    D.w(rule(r), "신청인 ", p.nm(), " (서명)        ", dh(dt), "\n", inst.head_h(), " 귀하\n\n")
    D.w("※ 담당자 확인란\n", "  본인 확인: ", r.choice(["주민등록증", "운전면허증"]), " 대조 완료. ")
    if had:
        D.w("신청인 ", p.nm())
        D.par(p.dob(r.choice(["dot_space", "dot_pad"]), "dob_paren"), "(", "생)")
        D.w("의 기존 여권 ", p.pp(), "는 ",
            r.choice(["분실 신고 후 무효화됨", "반납받아 천공 처리함", "유효기간 만료 확인"]), ". ")
    else:
        D.w("신청인은 최초 발급 대상으로 병역 관계 확인 완료. ")
    D.w("수수료 ", amount_h(r, 15000, 60000, "won"), " 수납.\n  접수 주무관 ", o.nm(), " (", line_v(o), ")\n")


@template("app_subsidy", "신청서", 14)
def t_app_subsidy(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "welfare"]))
    p = Person(D, age=(26, 41))
    dt = doc_date(r)
    kids = children_of(D, p, r.randrange(1, 4), min_birth=D_(2012, 1, 1))
    need(kids, "no child drawn")
    D.w(r.choice(["긴급복지 생계지원 신청서", "아동양육 지원금 신청서", "출산 지원금 지급 신청서"]), "\n", rule(r))
    D.w("신청인 성명\t", p.nm(), "\n생년월일\t", p.dob(), "\n주민등록번호\t", p.rrn(), "\n주소\t", p.addr(), "\n전화번호\t", p.mob(), "\n")
    D.w("건강보험증번호\t", p.hi(), "\n\n[세대원 현황]\n")
    sep = r.choice(["\t", " | "])
    D.row(["관계", "성명", "주민등록번호", "비고"], sep)
    sp = Person(D, birth=rdate(r, add_years(p.birth, -6), min(add_years(p.birth, 6), D_(2002, 1, 1))), gender="F" if p.gender == "M" else "M")
    D.row(["배우자", sp.nm(), sp.rrn(r.choice(["hyphen", "masked"])), ""], sep)
    for k in kids:
        age = k.age()
        D.row(["자녀", k.nm(), k.rrn(), "영아" if age < 2 else "어린이집" if age < 6 else "초등학생" if age < 13 else "중학생" if age < 16 else ""], sep)
    a = p.account()
    D.w("\n[지급 계좌]\n은행명: ", a["bank"], "  계좌번호: ", p.acct(), "  예금주: ", p.nm(), "\n\n")
    D.w("위와 같이 신청합니다.   ", dh(dt), "   신청인 ", p.nm(), " (인)\n", inst.head_h(), " 귀하\n\n")
    o = inst.official(D)
    D.w("[담당 공무원 확인]\n", o.nm(), " ", o.rank, ": 신청인 ", p.nm(), "의 가구원 ", str(len(kids) + 2), "명을 확인하였으며, 자녀 ", kids[-1].nm())
    D.par(kids[-1].dob(r.choice(["korean", "dot_space"]), "dob_prose"), "(", " 출생)")
    D.w("의 ", r.choice(["출생신고", "전입신고"]), " 사항을 대조함. 지원금 ", amount_h(r, 300000, 3000000, "won"),
        "을 ", a["bank"], " ", p.acct("plain" if r.random() < 0.5 else "hyphen"), "로 지급 예정.\n")


@template("app_business", "신청서", 14)
def t_app_business(D):
    r = D.r
    inst = Inst(D, "local")
    co = Company(D, "corp")
    dt = doc_date(r)
    c = co.ceo
    D.w(r.choice(["영업신고서", "공장설립 승인 신청서", "옥외광고물 표시 허가 신청서", "폐기물 처리업 변경 신고서"]), "\n", rule(r))
    D.w("상호(법인명): ", co.nh(), "\n사업자등록번호: ", co.brn(), "\n법인등록번호: ", co.crn(r.choice(["hyphen", "hyphen", "plain"])), "\n")
    D.w("대표자 성명: ", c.nm(), "   생년월일: ", c.dob(), "\n대표자 주소: ", c.addr(), "\n")
    D.w("영업소 소재지: ", co.addr.postal_h("paren"), " ", co.addr.v(r.choice(["road_full", "road_short"])), " ", co.addr.ref(), "\n")
    D.w("전화: ", co.tel_v(), "   팩스: ", co.fax_v(), "   전자우편: ", co.mail_v(), "\n", rule(r))
    D.w("위와 같이 신청합니다.\n", dh(dt), "\n신청인(대표자) ", c.nm(), " (서명 또는 인)\n", inst.head_h(), " 귀하\n\n")
    o = inst.official(D)
    D.w("[검토 의견]\n ", co.nh(), "(대표 ", c.nm(), ")", j(co.base, "은는"), " 사업자등록번호 ", co.brn("plain"), r.choice(["", ", 법인등록번호 "]))
    if D.buf[-1] == ", 법인등록번호 ":
        D.w(co.crn("plain"))
    D.w("로 확인되며, ",
        r.choice(["영업소 면적이 기준을 충족함", "건축물 용도가 적합함", "시설 기준 일부 보완이 필요함"]), ". 수수료 ", amount_h(r, 10000, 100000, "won"), ". ",
        "처리 기한: ", dh(dt + datetime.timedelta(days=r.randrange(3, 20))), "\n 담당: ", o.nm(), " ", o.rank, " ☎ ", line_v(o), "\n")


@template("consent_filled", "동의서", 14)
def t_consent_filled(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "school", "hospital", "welfare"]))
    child = r.random() < 0.45
    dt = doc_date(r)
    D.w("개인정보 수집·이용 동의서\n\n", inst.name, r.choice([j(inst.name, "은는") + " ", "에서는 "]), statute_h(r, "privacy"), "에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    D.w("1. 수집 항목: 성명, 생년월일, 연락처, 주소", ", 주민등록번호" if child else "", "\n2. 수집 목적: ",
        r.choice(["프로그램 참가자 관리", "보조금 지급", "교육 신청 접수", "방문 간호 일정 안내"]), "\n3. 보유 기간: ", r.choice(["1년", "3년", "사업 종료 후 5년"]), "\n")
    D.w("4. 동의를 거부할 권리가 있으며, 거부 시 ", r.choice(["참여가 제한될 수 있습니다.", "지원이 어려울 수 있습니다."]), "\n\n")
    if child:
        rel = r.choice(["부", "모"])
        g = Person(D, age=(29, 48), gender="M" if rel == "부" else "F")
        kids = children_of(D, g, 1, min_birth=D_(2015, 3, 1), share=(rel == "부"))
        need(kids, "no child")
        k = kids[0]
        D.w("[참여 아동]\n성명: ", k.nm(), "    생년월일: ", k.dob(r.choice(["dot_space", "iso", "dot_pad"])), "\n주민등록번호: ", k.rrn(r.choice(["hyphen", "hyphen", "masked"])), "\n")
        D.w("[법정대리인]\n성명: ", g.nm(), "    관계: ", rel, "\n연락처: ", g.mob(), "    전자우편: ", g.email(), "\n주소: ", g.addr(), "\n\n")
        D.w("본인은 위 아동 ", k.nm(), "(", k.dob("korean", "dob_prose"), "생)의 법정대리인으로서 위 내용에 동의합니다.   [V] 동의함  [ ] 동의하지 않음\n\n")
        D.w(dh(dt), "\n법정대리인 ", g.nm(), " (서명)\n")
    else:
        p = Person(D, age=(19, 85))
        D.w("성명: ", p.nm(), "    생년월일: ", p.dob(), "\n연락처: ", p.mob(), "    전자우편: ", p.email(), "\n주소: ", p.addr(), "\n\n")
        D.w("위 내용을 확인하였으며 개인정보 수집·이용에 동의합니다.   [V] 동의함  [ ] 동의하지 않음\n※ 안내 문자는 ", p.mob(r.choice(["plain", "hyphen"])), "로 발송됩니다.\n\n", dh(dt), "\n동의자 ", p.nm(), " (서명)\n")
    D.w(inst.head_h(), " 귀하\n※ 문의: 대표전화 ", inst.tel_h(), "\n")


@template("consent_blank_nopii", "동의서", 10, nopii=True, mixed=False, noise=0)
def t_consent_blank(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "school", "hospital", "welfare", "central"]))
    D.w("개인정보 수집·이용 및 제3자 제공 동의서 (서식)\n\n", inst.name, "은(는) ", statute_h(r, "privacy"), " 및 ", statute_h(r), "에 따라 ...\n\n")
    D.w("성명: ________   (작성 예: ", H("홍길동", "placeholder_person"), ")\n주민등록번호: ______-_______   (예: ", H("000000-0000000", "placeholder_id"), ")\n")
    D.w("연락처: ___-____-____   (예: ", H("010-0000-0000", "placeholder_id"), ")\n주소: ____________________\n\n")
    D.w("※ 제공받는 자: ", H(r.choice(FIRM_STEMS)[0] + r.choice(FIRM_SUF)[0] + r.choice(["(주)", " 주식회사"]), "company_name"),
        " (위탁 업무: ", r.choice(["문자 발송", "우편 발송", "시스템 유지보수"]), ")\n※ 서식 번호: ", notice_h(r, inst.name), " 별지 제", str(r.randrange(1, 30)), "호\n")
    D.w("※ 작성일: ", dh(doc_date(r)), "\n※ 문의: ", inst.name, " 대표전화 ", inst.tel_h(), "\n")


@template("rep_movein", "신고서", 14)
def t_rep_movein(D):
    r = D.r
    inst = Inst(D, "welfare")
    dt = doc_date(r)
    p = Person(D, age=(25, 70), sido=inst.addr.short)
    old = Address(r)
    D.w("전입신고서\n", rule(r), "신고인  성명 ", p.nm(), "   주민등록번호 ", p.rrn(), "   전화번호 ", p.mob(), "\n")
    D.w("세대주  성명 ", p.nm(), "   (신고인과의 관계: 본인)\n")
    D.w("전 주소  ", old.v(r.choice(["road_full", "jibun"])), "\n현 주소  ", p.addr(r.choice(["road_full", "road_short"])), " ", p.home.ref(), "\n")
    D.w("\n전입자\n")
    sep = r.choice(["\t", " | ", "  "])
    if r.random() < 0.6:
        D.row(["번호", "세대주와의 관계", "성명", "주민등록번호"], sep)
    members = [("본인", p)]
    if r.random() < 0.8:
        members.append(("배우자", Person(D, birth=rdate(r, add_years(p.birth, -5), min(add_years(p.birth, 5), D_(2006, 1, 1))), gender="F" if p.gender == "M" else "M")))
    for k in children_of(D, p, r.randrange(0, 3)):
        members.append(("자녀", k))
    for k, (rel, q) in enumerate(members):
        D.row([str(k + 1), rel, q.nm(), q.rrn(r.choice(["hyphen", "hyphen", "hyphen", "masked"]) if k else "hyphen")], sep)
    D.w("\n", statute_h(r, "resident"), "에 따라 위와 같이 신고합니다.\n", dh(dt), "   신고인 ", p.nm(), " (서명)\n", inst.head_h(), " 귀하\n\n")
    o = inst.official(D)
    kid = [q for rel, q in members if rel == "자녀"]
    D.w("[처리 메모] ", o.nm(), " ", o.rank, ": ", p.nm(), " 세대 ", str(len(members)), "명 전입 처리. ")
    if kid:
        k = kid[-1]
        D.w("자녀 ", k.nm())
        D.par(k.dob(r.choice(["dot_space", "korean"]), "dob_prose"), "(", "생)")
        D.w(" ", "아동수당 주소지 변경 안내함." if k.age() < 8 else "취학 통지 대상 여부 확인함." if k.age() < 13 else "전학 서류 안내함." if k.age() < 19 else "별도 세대 분리 여부 확인함.")
    D.w(" 확인 전화 ", p.mob(r.choice(["plain", "hyphen", "space"])), ". 전입 사실 조사 예정일 ", dh(dt + datetime.timedelta(days=r.randrange(7, 30))), ".\n")


@template("rep_foreigner", "신고서", 16)
def t_rep_foreigner(D):
    r = D.r
    inst = Inst(D, "immig")
    nat = r.choice(FOREIGN_KEYS)
    p = Person(D, nat=nat, age=(20, 55))
    co = Company(D, r.choice(["corp", "sole"]))
    dt = doc_date(r)
    kind = r.choice(["체류지 변경 신고서", "외국인등록 사항 변경 신고서", "체류기간 연장허가 신청서"])
    D.w("[", inst.name, "] ", kind, "\n", rule(r))
    D.w("성명(Surname, Given names): ", p.nm("latin_upper"), "\n한글 성명: ", p.nm("hangul"), "\n국적: ", FOREIGN[nat]["kr"], "   성별: ", "남" if p.gender == "M" else "여",
        "   생년월일: ", p.dob(r.choice(["iso", "dot_pad", "slash"])), "\n")
    D.w("외국인등록번호: ", p.frn(), "\n여권번호: ", p.pp(), "   여권 만료일: ", H(fdate(rdate(r, D_(2027, 1, 1), D_(2035, 12, 31))), "date"), "\n")
    D.w("새 체류지: ", p.addr(r.choice(["road_full", "road_short", "jibun"])), "\n전화: ", p.mob(), "\n")
    D.w("근무처: ", co.nh(), "  사업자등록번호 ", co.brn(), "  전화 ", co.tel_v(), "\n", rule(r))
    D.w("신청인 서명: ", p.nm("latin"), "     신청일: ", dh(dt), "\n\n")
    o = inst.official(D, rank="출입국관리서기")
    D.w("[심사 메모]\n", p.nm("hangul"), "(", p.frn(r.choice(["masked", "hyphen"])), ")", j(p.hangul, "은는"), " ",
        r.choice(["고용주 변경 없이 체류지만 변경함.", "사업장 변경 허가를 받은 후 신고함.", "신고 기한을 3일 경과하여 과태료 안내함."]),
        " 여권(", p.pp(), ") 원본 확인. 고용주 ", co.ceo.nm(), " 대표와 통화(", co.tel_v("hyphen"), ").\n담당 ", o.nm(), " (", line_v(o), ")  외국인종합안내센터 ", H("1345", "short_code"), "\n")


@template("rep_fraud", "신고서", 14)
def t_rep_fraud(D):
    r = D.r
    pol = Inst(D, "police")
    p = Person(D, age=(22, 85))
    m = Person(D, age=(20, 60))
    dt = doc_date(r)
    D.w("전기통신금융사기 피해 신고서\n", rule(r), "[피해자]\n성명: ", p.nm(), "   생년월일: ", p.dob(), "\n주소: ", p.addr(), "\n연락처: ", p.mob(), "\n")
    a = p.account()
    D.w("피해 계좌: ", a["bank"], " ", p.acct(), "\n")
    card = r.random() < 0.85
    if card:
        D.w("도용된 카드: ", p.card(fmt="hyphen"), "\n")
    ma = make_account(r)
    D.w("\n[사기이용계좌]\n", ma["bank"], " ", acct_v(r, ma), "  (예금주 ", m.nm(), ")\n")
    scam = r.choice([voip_v(r), phone_v(r, "010" + str(r.randrange(2, 10)) + rdigits(r, 7), "phone_mobile", "hyphen")])
    D.w("사기범 연락처: ", scam, "\n피해 금액: ", amount_h(r, 300000, 50000000, "won"), "\n\n[피해 경위]\n")
    D.w(dh(dt - datetime.timedelta(days=r.randrange(1, 10))), " ", r.choice(["검찰 수사관을", "저금리 대출 상담원을", "자녀를"]), " 사칭한 사람으로부터 ", scam.clone(),
        "로 연락을 받았습니다. 그 사람은 제 명의 계좌(", p.acct("plain"), ")가 범죄에 연루되었다며 ", ma["bank"], " 계좌(", acct_v(r, ma), ")로 돈을 옮기라고 하였습니다.")
    if card:
        D.w(" 이후 제 카드(", p.card(masked=True), ")로 모르는 결제가 이루어졌습니다.")
    D.w("\n\n위 내용이 사실임을 확인합니다.  ", dh(dt), "  신고인 ", p.nm(), " (서명)\n", pol.head_h(), " 귀하\n")
    D.w("※ 피해 구제 신청: 금융감독원 ", H("1332", "short_code"), ", 경찰 ", H("112", "short_code"), "\n")


# ----------------------------------------------------------------------------
# templates B: 대장, 표, 계약서, 인사명령, 회의록, 보도자료, 뉴스
# ----------------------------------------------------------------------------
def pad(s, n):
    return s + " " * max(1, n - len(s))


@template("led_visitor", "대장", 14)
def t_led_visitor(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "central", "province"]))
    d0 = doc_date(r)
    D.w(inst.name, " 청사 방문자 출입 관리대장 (", dh(d0), ")\n")
    sep = r.choice(["\t", "  ", " | "])
    if r.random() < 0.65:
        D.row(["번호", "성명", "소속", "연락처", "차량번호", "방문부서", "입실", "퇴실"], sep)
    rows = []
    for k in range(r.randrange(4, 8)):
        p = Person(D)
        co = Company(D) if r.random() < 0.6 else None
        car = plate_v(r) if r.random() < 0.6 else None
        rows.append((p, co, car))
        D.row([str(k + 1), p.nm(), co.nh() if co else r.choice(["개인", "주민", "-"]), p.mob(r.choice(["hyphen", "hyphen", "plain"])),
               car if car else "-", r.choice(DEPTS_LOCAL), "%02d:%02d" % (r.randrange(8, 12), r.randrange(60)), "%02d:%02d" % (r.randrange(12, 18), r.randrange(60))], sep)
    p, co, car = r.choice(rows)
    o = inst.official(D, rank="청원경찰")
    D.w("\n※ 특이사항: ", p.nm(), "(", p.mob("hyphen"), ") 방문객 출입증 ", r.choice(["미반납", "분실 신고", "훼손"]), ". ")
    if car:
        D.w("차량 ", plate_alt(car, r), " 지하주차장 ", r.choice(["장시간 주차", "장애인 구역 주차"]), " 안내함. ")
    D.w("확인자 ", o.rank, " ", o.nm(), "\n")


@template("led_payment", "대장", 14)
def t_led_payment(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "school"]))
    dt = doc_date(r)
    title, role = r.choice([("외부강사 강사료 지급대장", "강사"), ("위원회 참석수당 지급대장", "위원"), ("자원봉사자 실비 지급대장", "봉사자")])
    D.w(title, "\n지급일: ", dh(dt), "   ", inst.name, "\n")
    sep = r.choice(["\t", " | ", "   "])
    header = r.random() < 0.55
    if header:
        D.row(["연번", "성명", "주민등록번호", "은행", "계좌번호", "지급액", "소득세", "실지급액"], sep)
    ps = [Person(D) for _ in range(r.randrange(3, 7))]
    for k, p in enumerate(ps):
        a = p.account()
        gross = r.randrange(10, 80) * 10000
        tax = gross * 88 // 1000 // 10 * 10
        D.row([str(k + 1), p.nm(), p.rrn(r.choice(["hyphen", "hyphen", "masked"])), a["bank"], p.acct(), won(gross), won(tax), won(gross - tax)], sep)
    o = inst.official(D)
    p = r.choice(ps)
    D.w("\n위와 같이 지급하였음을 확인함. ", p.nm(), " ", role, j(role, "은는"), " ", r.choice(["원천징수 영수증 발급을 요청하여", "입금 계좌(" + p.account()["bank"] + " "]))
    if D.buf[-1].startswith("입금"):
        D.w(p.acct("plain"), ") 확인을 요청하여")
    D.w(" 별도 안내함(연락처 ", p.mob(), ").\n지출 담당 ", o.nm(), " ", o.rank, "   예산과목: 일반운영비(", amount_h(r, 500000, 5000000, "won"), ")\n")


@template("led_towing", "대장", 12)
def t_led_towing(D):
    r = D.r
    inst = Inst(D, "local")
    D.w(inst.name, " 교통행정과 견인차량 보관·반환 대장\n")
    sep = r.choice(["\t", " | "])
    header = r.random() < 0.6
    if header:
        D.row(["입고일시", "차량번호", "차종", "소유자", "연락처", "반환일", "인수자", "인수자 면허번호"], sep)
    rows = []
    for _ in range(r.randrange(3, 6)):
        p = Person(D, age=(21, 75))
        q = p if r.random() < 0.6 else Person(D, age=(21, 75))
        car = plate_v(r, r.choice(["p2", "p3", "p3", "region", "rental"]))
        rows.append((p, q, car))
        d = doc_date(r)
        D.row([H(fdate(d), "date"), car, r.choice(["승용", "승합", "SUV", "화물"]), p.nm(), p.mob(), H(fdate(d + datetime.timedelta(days=r.randrange(0, 4))), "date"),
               q.nm(), q.dl()], sep)
    p, q, car = rows[0]
    D.w("\n[비고] ", car.clone(), " 차량은 ")
    if p is not q:
        D.w("소유자 ", p.nm(), "의 위임을 받은 ", q.nm(), "이(가) 위임장과 운전면허증(", q.dl("numeric"), ")을 제시하여 반환함. ")
    else:
        D.w("소유자 ", p.nm(), " 본인의 운전면허증(", p.dl("region"), ") 확인 후 반환함. ")
    D.w("보관료 ", amount_h(r, 10000, 200000, "won"), " 수납. 견인 문의 ", inst.tel_h(), "\n")


@template("led_vendor", "대장", 14)
def t_led_vendor(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    D.w(inst.name, " ", r.choice(["2026년 수의계약 체결 현황", "물품 구매 계약 대장", "용역 계약 업체 관리대장"]), "\n")
    sep = r.choice([" | ", "\t"])
    if r.random() < 0.7:
        D.row(["계약번호", "업체명", "대표자", "사업자등록번호", "법인등록번호", "소재지", "전화", "계약금액"], sep)
    cos = [Company(D, "corp" if r.random() < 0.85 else "sole") for _ in range(r.randrange(3, 7))]
    for co in cos:
        D.row([receipt_h(r, "nara"), co.nh(), co.ceo.nm(), co.brn(r.choice(["hyphen", "hyphen", "plain"])), co.crn() if co.crn_d else "-",
               co.addr.v(r.choice(["road_short", "road_full", "road_sgg"])), co.tel_v(), amount_h(r, 2000000, 80000000, "won")], sep)
    co = r.choice(cos)
    D.w("\n※ ", co.nh(), "(대표 ", co.ceo.nm(), ")", j(co.base, "은는"), " ", r.choice(["지체상금 부과 대상임", "하자보수 보증금 미납 상태임", "계약 이행 실적이 우수함"]),
        ". 사업자등록번호 ", co.brn("hyphen"), ", 담당자 연락처 ", co.ceo.mob(), ".\n※ 근거: ", statute_h(r, "contract"), "\n")


@template("led_foreign_worker", "대장", 14)
def t_led_foreign_worker(D):
    r = D.r
    co = Company(D)
    D.w(co.nh(), " 외국인근로자 고용 관리대장 (", dh(doc_date(r)), " 현재)\n")
    sep = r.choice(["\t", " | ", "  "])
    header = r.random() < 0.6
    if header:
        D.row(["성명", "국적", "외국인등록번호", "여권번호", "생년월일", "입국일", "연락처"], sep)
    ws = []
    for _ in range(r.randrange(3, 6)):
        nat = r.choice(["VN", "NP", "UZ", "TH", "ID", "PH", "MN", "CN"])
        p = Person(D, nat=nat, age=(20, 45))
        ws.append(p)
        D.row([p.nm(r.choice(["latin_upper", "latin"])), FOREIGN[nat]["kr"], p.frn(), p.pp(), p.dob(r.choice(["iso", "dot_pad", "slash"])),
               H(fdate(rdate(r, D_(2019, 1, 1), D_(2026, 10, 1))), "date"), p.mob()], sep)
    dorm = Address(r, sido=co.addr.short)
    D.w("\n숙소: ", dorm.v(r.choice(["road_full", "road_sgg", "jibun"])), "\n")
    p = ws[0]
    D.w("메모: ", p.nm("hangul"), " 씨(", p.nm("latin"), ")는 ", r.choice(["사업장 변경을 희망함", "건강검진 미수검", "체류기간 만료 예정"]),
        ". 외국인등록번호 ", p.frn(r.choice(["masked", "hyphen"])), " 확인. 담당 ", co.ceo.nm(), " 대표 ", co.tel_v(), ". 고용센터 ", H("1350", "short_code"), "\n")


@template("tbl_pipe_header", "표", 14, mixed=False)
def t_tbl_pipe_header(D):
    r = D.r
    cap = r.choice(["교육 수강생 명단", "설문 응답자 연락처", "행사 참가 신청자", "상담 예약자 목록"])
    D.w(cap, "\n")
    md = r.random() < 0.5
    cols = ["성명", "생년월일", "휴대전화", "전자우편", "주소"]
    D.row(cols, " | ", "| " if md else "", " |\n" if md else "\n")
    if md:
        D.w("|" + "|".join(["---"] * len(cols)) + "|\n")
    for _ in range(r.randrange(3, 7)):
        p = Person(D)
        D.row([p.nm(), p.dob(r.choice(["dot_pad", "iso", "dot_space", "six"]), "dob_table"), p.mob(), p.email(), p.addr()], " | ", "| " if md else "", " |\n" if md else "\n")
    D.w("(작성일 ", dh(doc_date(r)), ")\n")


@template("tbl_tabs_noheader", "표", 14, mixed=False)
def t_tbl_tabs_noheader(D):
    r = D.r
    kind = r.choice(["a", "b"])
    for _ in range(r.randrange(4, 8)):
        p = Person(D)
        if kind == "a":
            D.row([p.nm(), p.rrn(r.choice(["hyphen", "hyphen", "nohyphen", "masked"])), p.mob(), p.addr(r.choice(["road_sgg", "road_short", "jibun"]))], "\t")
        else:
            a = p.account()
            D.row([p.nm(), a["bank"], p.acct(), p.hi(), amount_h(r, 10000, 900000, "won")], "\t")


@template("tbl_spaces_card", "표", 14, mixed=False)
def t_tbl_spaces_card(D):
    r = D.r
    inst = Inst(D, "local")
    dt = doc_date(r, D_(2025, 2, 1))
    D.w(inst.name, " 세외수입 카드 수납 내역 (", dh(dt - datetime.timedelta(days=30)), " ~ ", dh(dt), ")\n")
    header = r.random() < 0.7
    D.tables.append({"sep": "spaces", "header": header, "rows": 0})
    if header:
        D.w(pad("수납일시", 18), pad("납부자", 10), pad("카드번호", 22), pad("승인번호", 10), "금액\n")
    rows = sorted(rdate(r, dt - datetime.timedelta(days=30), dt) for _ in range(r.randrange(5, 9)))
    for d in rows:
        p = Person(D)
        t = "%s %02d:%02d" % (fdate(d, "iso"), r.randrange(9, 18), r.randrange(60))
        card = p.card(masked=r.random() < 0.55)
        D.w(H(t, "date"), "  ", p.nm(), "    ", card, "  ", H(rdigits(r, 8), "receipt_number"), "  ", amount_h(r, 5000, 900000, "won"), "\n")


@template("tbl_insured", "표", 12, mixed=False)
def t_tbl_insured(D):
    r = D.r
    D.w(r.choice(["건강보험 피부양자 현황", "의료비 지원 대상자 명단", "방문건강관리 대상자 목록"]), "\n")
    sep = r.choice([" | ", "\t", "   "])
    if r.random() < 0.5:
        D.row(["성명", "생년월일", "건강보험증번호", "관계", "비고"], sep)
    head = Person(D, age=(35, 62))
    fam = [("가입자", head)]
    if r.random() < 0.8:
        fam.append(("배우자", Person(D, birth=rdate(r, add_years(head.birth, -6), add_years(head.birth, 6)), gender="F" if head.gender == "M" else "M")))
    fam += [("자녀", k) for k in children_of(D, head, r.randrange(1, 3))]
    if r.random() < 0.4:
        fam.append(("부모", Person(D, birth=rdate(r, add_years(head.birth, -38), add_years(head.birth, -22)))))
    for rel, q in fam:
        q.c["hi"] = head.hi_digits()
        D.row([q.nm(), q.dob(r.choice(["dot_pad", "six", "iso"]), "dob_table"), q.hi(), rel, r.choice(["", "-", "장애"]) if rel != "가입자" else ""], sep)


@template("tbl_stats_nopii", "표", 10, nopii=True, mixed=False, noise=0)
def t_tbl_stats_nopii(D):
    r = D.r
    inst = Inst(D, r.choice(["province", "central"]))
    D.w(inst.name, " ", r.choice(["시·군별 민원 처리 현황", "지역별 보조금 집행 현황", "권역별 교통사고 발생 현황"]), " (", dh(doc_date(r)), " 기준)\n")
    sep = r.choice([" | ", "\t"])
    D.row(["구분", "2025년", "2026년", "증감"], sep)
    for place in r.sample(NAME_SHAPED_PLACES, r.randrange(4, 7)):
        D.row([H(place, "name_shaped_place"), amount_h(r, 1000000, 900000000, "won"), amount_h(r, 1000000, 900000000, "won"), "%+.1f%%" % (r.random() * 40 - 20)], sep)
    D.w("※ 자료: ", inst.name, " 통계, 문의 ", inst.tel_h(), "\n※ 근거: ", statute_h(r, "subsidy", "admin"), "\n")


@template("con_service", "계약서", 14)
def t_con_service(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    co = Company(D, "corp")
    dt = doc_date(r)
    o = inst.official(D)
    emp = Person(D, age=(26, 55))
    D.w(r.choice(["용역 계약서", "물품 구매 계약서", "정보시스템 유지관리 용역 계약서"]), "\n\n계약번호: ", receipt_h(r, "nara"), "\n계약금액: ", amount_h(r, 5000000, 300000000, "geum"),
        "(부가가치세 포함)\n계약기간: ", dh(dt), " ~ ", dh(dt + datetime.timedelta(days=r.randrange(30, 365))), "\n\n")
    D.w("발주기관(", H("갑", "placeholder_person"), ")\n  기관명: ", inst.name, "\n  주소: ", inst.addr_h(), "\n  대표: ", inst.head_h(), "\n")
    D.w("계약상대자(", H("을", "placeholder_person"), ")\n  상호: ", co.nh(), "\n  대표자: ", co.ceo.nm(), "\n  사업자등록번호: ", co.brn(), "\n  법인등록번호: ", co.crn(), "\n")
    D.w("  주소: ", co.addr.v(r.choice(["road_full", "road_short"])), "\n  전화: ", co.tel_v(), "\n\n")
    D.w("제1조(목적) 이 계약은 갑이 발주한 용역을 을이 성실히 수행하는 데 필요한 사항을 정한다.\n")
    D.w("제5조(대금 지급) 갑은 을의 청구를 받은 날부터 5일 이내에 대금을 다음 계좌로 지급한다. ", co.account["bank"], " ", co.acct(), " (예금주: ", co.nh(), ")\n")
    D.w("제7조(담당자) 갑의 담당자는 ", o.rank, " ", o.nm(), "(", line_v(o), ")로 하고, 을의 담당자는 ", emp.nm(), "(", emp.mob(), ", ", emp.email(dom=co.domain), ")로 한다.\n")
    D.w("제9조(지체상금) 을이 기한 내에 이행하지 못한 경우 ", statute_h(r, "contract"), "에 따라 지체상금을 부과한다.\n\n")
    D.w(dh(dt), "\n\n(갑) ", inst.head_h(), " (인)\n(을) ", co.nh(), " 대표이사 ", co.ceo.nm(), " (인)  사업자등록번호 ", co.brn("plain"), "\n")


@template("con_lease", "계약서", 12)
def t_con_lease(D):
    r = D.r
    inst = Inst(D, "local")
    p = Person(D, age=(30, 75))
    gtor = Person(D, age=(30, 75))
    dt = doc_date(r)
    D.w("공유재산 대부 계약서\n\n", inst.head_h(), "(이하 \"", H("갑", "placeholder_person"), "\"이라 한다)과 대부받는 자 ", p.nm(), "(이하 \"", H("을", "placeholder_person"),
        "\"이라 한다)은 아래 재산에 대하여 다음과 같이 대부계약을 체결한다.\n\n")
    D.w("1. 대부 재산: ", r.choice(["○○공원 내 매점 부지", "구 청사 1층 상가", "하천 부지 일부(경작용)"]), "\n2. 대부 기간: ", dh(dt), " ~ ", dh(dt + datetime.timedelta(days=365 * r.randrange(1, 5))), "\n")
    D.w("3. 연간 대부료: ", amount_h(r, 500000, 30000000, "won"), " (", statute_h(r, "property"), "에 따라 산정)\n\n")
    D.w("[대부받는 자]\n성명: ", p.nm(), "\n주민등록번호: ", p.rrn(), "\n주소: ", p.addr(), "\n전화: ", p.mob(), "\n\n")
    D.w("[연대보증인]\n성명: ", gtor.nm(), "   주민등록번호: ", gtor.rrn(), "\n주소: ", gtor.addr(), "   전화: ", gtor.mob(), "\n\n")
    D.w("제3조 을은 대부료를 갑이 발행하는 고지서에 따라 납부하여야 하며, 연체 시 연대보증인 ", gtor.nm(), "이(가) 연대하여 책임진다.\n")
    D.w("제8조 을(", p.nm(), ")이 주소나 연락처(", p.mob("plain"), ")를 변경한 때에는 14일 이내에 갑에게 알려야 한다.\n\n", dh(dt), "\n갑 ", inst.head_h(), " (인)\n을 ", p.nm(), " (인)\n")


@template("hr_order", "인사명령", 14)
def t_hr_order(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    dt = doc_date(r)
    kind = r.choice(["normal", "trip", "trip"])
    D.w(inst.name, " 인사발령\n", H("%s 인사발령 제%d-%d호" % (inst.name, dt.year, r.randrange(1, 400)), "document_number"), "\n발령일자: ", dh(dt), "\n\n")
    sep = r.choice([" | ", "\t", "  "])
    ps = [inst.official(D, rank=r.choice(["행정주사", "행정주사보", "지방행정사무관", "시설주사", "사회복지주사"])) for _ in range(r.randrange(3, 7))]
    if kind == "normal":
        D.row(["소속", "직급", "성명", "발령사항"], sep)
        acts = [r.choice(["승진 임용", "전보", "신규 임용", "복직", "전보"]) for _ in ps]
        special = r.randrange(len(ps))
        acts[special] = r.choice(["휴직(육아)", "직무대리"])
        for p, a in zip(ps, acts):
            D.row([r.choice(DEPTS_LOCAL), p.rank, p.nm(), a], sep)
        p = ps[special]
        D.w("\n※ ", p.nm(), " ", p.rank, "의 ", "휴직 기간은" if acts[special].startswith("휴직") else "직무대리 기간은", " ", dh(dt), "부터 ",
            dh(dt + datetime.timedelta(days=r.randrange(30, 365))), "까지로 하며, ", statute_h(r, "civil_service"), "를 적용한다.\n")
    else:
        D.w("[국외출장 명령]\n출장지: ", r.choice(["베트남 하노이", "독일 베를린", "일본 오사카", "미국 시애틀"]), "  기간: ", dh(dt), " ~ ", dh(dt + datetime.timedelta(days=r.randrange(3, 10))), "\n")
        D.row(["소속", "직급", "성명", "영문 성명", "생년월일", "여권번호"], sep)
        for p in ps:
            D.row([r.choice(DEPTS_LOCAL), p.rank, p.nm(), p.nm_roman("upper"), p.dob(r.choice(["dot_pad", "iso", "dot_space"]), "dob_table"), p.pp()], sep)
        p = ps[-1]
        D.w("\n※ ", p.nm(), " ", p.rank, j(p.rank, "은는"), " 여권(", p.pp(), ") 유효기간이 6개월 미만이므로 ", dh(dt - datetime.timedelta(days=5)), "까지 재발급받을 것.\n")
        D.w("※ 출장 경비: ", amount_h(r, 1000000, 20000000, "won"), " (", statute_h(r, "civil_service"), " 적용)\n")
    D.w("\n", inst.head_h(), "\n")


@template("min_committee", "회의록", 14)
def t_min_committee(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    dt = doc_date(r)
    chair = Person(D, age=(45, 72))
    mem = [Person(D, age=(35, 72)) for _ in range(r.randrange(3, 6))]
    sec = inst.official(D, rank="주무관")
    D.w("제%d차 %s 회의록\n\n" % (r.randrange(1, 30), r.choice(["지방보조금심의위원회", "정보공개심의회", "민원조정위원회", "개인정보보호위원회 분과"])))
    D.w("일시: ", dh(dt), " ", "%d:00" % r.randrange(10, 17), "\n장소: ", inst.addr_h(), " ", r.choice(["소회의실", "3층 대회의실"]), "\n")
    D.w("참석: 위원장 ", chair.nm())
    for p in mem:
        D.w(", 위원 ", p.nm())
    D.w(" (", str(len(mem) + 1), "명)\n배석: ", r.choice(DEPTS_LOCAL), " ", sec.rank, " ", sec.nm(), "(간사)\n\n안건: ", r.choice(["보조금 교부 신청 심의", "정보공개 청구 이의신청 심의", "반복 민원 조정"]), "\n\n")
    app = Person(D)
    D.w("○ 위원장(", chair.nm(), "): 성원이 되었으므로 회의를 개회하겠습니다. 간사께서 안건을 설명해 주십시오.\n")
    D.w("○ 간사(", sec.nm(), "): 신청인 ", app.nm(), "(", app.dob(r.choice(["dot_space", "short_space"]), "dob_paren"), "생)은 ", r.choice(["보조금 ", "청구 대상 정보 공개를 ", "조정을 "]),
        "신청하였으며, 주소지는 ", app.addr("road_sgg"), "입니다. 신청 금액은 ", amount_h(r), "입니다.\n")
    m1 = mem[0]
    D.w("○ ", m1.nm(), " 위원: 신청인의 연락처(", app.mob(), ")로 보완 자료를 요청한 결과는 어떻게 되었습니까?\n")
    D.w("○ 간사(", sec.nm(), "): ", dh(dt - datetime.timedelta(days=3)), " ", app.mob(r.choice(["plain", "space", "dot"])), "로 연락하여 보완 자료를 제출받았습니다.\n")
    D.w("○ 위원장(", chair.nm(), "): 이의 없으시면 ", r.choice(["원안 가결", "수정 가결", "부결"]), "하겠습니다.\n\n[참석자 서명부]\n")
    sep = r.choice([" | ", "\t"])
    D.row(["구분", "성명", "소속", "연락처", "서명"], sep)
    D.row(["위원장", chair.nm(), r.choice(["○○대학교", "시민단체", "법무법인"]), chair.mob(), "(서명)"], sep)
    for p in mem:
        D.row(["위원", p.nm(), r.choice(["○○대학교", "세무사", "변호사", "주민대표"]), p.mob(), "(서명)"], sep)


@template("min_resident", "회의록", 12)
def t_min_resident(D):
    r = D.r
    inst = Inst(D, "welfare")
    dt = doc_date(r)
    D.w(inst.name, " ", r.choice(["주민설명회", "반상회", "주민자치회 정기회의"]), " 결과 보고\n일시: ", dh(dt), " 19:00  장소: ", inst.name, " 2층\n\n1. 주요 논의\n")
    ps = [Person(D, age=(25, 85), sido=inst.addr.short) for _ in range(r.randrange(3, 6))]
    a, b = ps[0], ps[1]
    D.w(" - ", a.nm(), " 주민(", a.addr("road_sgg"), " 거주)은 ", r.choice(["골목길 CCTV 설치를", "경로당 보수를", "어린이 보호구역 지정을"]), " 요청함.\n")
    D.w(" - ", b.nm(), " 통장은 ", H(r.choice(NAME_SHAPED_WORDS[:4]), "name_shaped_word"), " 나눔 행사(", H(r.choice(NAME_SHAPED_PRODUCTS), "name_shaped_product"), " 배부) 예산 ", amount_h(r, 500000, 5000000, "won"), " 집행 결과를 보고함.\n")
    D.w(" - 다음 회의: ", dh(dt + datetime.timedelta(days=30)), "\n\n2. 참석자 명부\n")
    sep = r.choice(["\t", " | "])
    if r.random() < 0.6:
        D.row(["성명", "주소", "연락처"], sep)
    for p in ps:
        D.row([p.nm(), p.addr("road_sgg"), p.mob()], sep)
    o = inst.official(D)
    D.w("\n작성: ", inst.name, " ", o.nm(), " ", o.rank, " (", line_v(o), ")\n")


@template("min_nopii", "회의록", 10, nopii=True, mixed=False, noise=0)
def t_min_nopii(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "central"]))
    dt = doc_date(r)
    D.w("제%d회 %s 회의록(공개용 요약)\n일시: " % (r.randrange(1, 20), r.choice(["정보공개심의회", "인사위원회", "규제개혁위원회"])), dh(dt), "\n장소: ", inst.addr_h(), "\n")
    D.w("참석: 위원장, 위원 ", H("A", "placeholder_person"), ", 위원 ", H("B", "placeholder_person"), ", 위원 ", H("C", "placeholder_person"), ", 간사(", r.choice(DEPTS_LOCAL), "장)\n\n")
    D.w("○ 위원장: 안건 1은 ", case_h(r, "구합"), " 판결 취지를 반영한 ", statute_h(r, "info"), " 적용 문제입니다.\n")
    D.w("○ 위원 ", H("A", "placeholder_person"), ": 청구인 ", placeholder_h(r, "mask_o"), "의 청구 중 ", amount_h(r), " 부분은 공개하는 것이 타당합니다.\n")
    D.w("○ 위원 ", H("B", "placeholder_person"), ": 관련 공문(", inst.docno(), ")을 보면 ", H(r.choice(NAME_SHAPED_PLACES), "name_shaped_place"), " 사업장 자료는 이미 공개되었습니다.\n")
    D.w("○ 간사: 결과는 ", dh(dt + datetime.timedelta(days=7)), "까지 통지하겠습니다. 문의 ", inst.tel_h(), "\n")


@template("press_policy", "보도자료", 14)
def t_press_policy(D):
    r = D.r
    inst = Inst(D, r.choice(["central", "province", "local"]))
    dt = doc_date(r)
    boss, staff = inst.official(D, rank="과장"), inst.official(D, rank=r.choice(["사무관", "주무관"]))
    chief = inst.official(D, rank="국장")
    D.w("보도자료\n보도 일시: ", dh(dt), "(", "월화수목금"[dt.weekday()] if dt.weekday() < 5 else "토", ") ", r.choice(["12:00", "06:00", "즉시"]), "    배포 일시: ", dh(dt - datetime.timedelta(days=1)), "\n\n")
    topic = r.choice(["개인정보 유출 신고 포상제 도입", "청년 월세 지원 확대", "외국인 주민 생활 안내 서비스 개시", "노후 경유차 조기 폐차 지원"])
    D.w(topic, "\n- ", r.choice(["올해 예산 ", "총사업비 "]), amount_h(r, 100000000, 90000000000, "man"), " 투입, ", dh(dt + datetime.timedelta(days=r.randrange(10, 60))), "부터 신청 접수 -\n\n")
    D.w("□ ", inst.name, j(inst.name, "은는"), " ", statute_h(r, "privacy", "welfare", "admin"), " 개정에 따라 ", topic, " 계획을 발표했다.\n")
    D.w("□ ", chief.nm(), " ", inst.name, " ", r.choice(["정책국장", "기획조정실장", "복지국장"]), "은 \"", r.choice(["시민 누구나 쉽게 신청할 수 있도록 절차를 간소화했다", "현장의 목소리를 반영해 지원 대상을 넓혔다"]), "\"고 말했다.\n")
    D.w("□ 세부 내용은 ", staff.nm(), " ", staff.rank, "(", line_v(staff, "paren"), ")에게 문의하면 된다.\n")
    D.w("□ 자세한 내용은 ", inst.name, " 누리집 또는 ", H(r.choice(["1588", "1577", "1600", "1899"]) + "-" + rdigits(r, 4, True), "service_number"), "로 문의하면 된다.\n\n")
    D.w("담당 부서 | ", r.choice(DEPTS_LOCAL), " | 책임자 | 과장 ", boss.nm(), " | ", line_v(boss), "\n")
    D.w("         |          | 담당자 | ", staff.rank, " ", staff.nm(), " | ", line_v(staff), r.choice(["", " | "]))
    if D.buf[-1] == " | ":
        D.w(work_mail(staff))
    D.w("\n", inst.name, " 대표전화 ", inst.tel_h(), "\n")


@template("press_award", "보도자료", 12)
def t_press_award(D):
    r = D.r
    inst = Inst(D, r.choice(["province", "local", "central"]))
    dt = doc_date(r)
    D.w("보도자료  ", dh(dt), "\n", r.choice(["올해의 자랑스러운 시민상", "생명 구조 유공 시민 표창", "우수 자원봉사자 시상"]), " 수상자 발표\n\n")
    ps = [Person(D, age=(20, 85)) for _ in range(r.randrange(3, 6))]
    p = ps[0]
    D.w("□ ", inst.name, j(inst.name, "은는"), " ", dh(dt), " 시상식을 열고 ", p.nm(), "(", str(p.age()), ") 씨 등 ", str(len(ps)), "명에게 상을 수여했다.\n")
    D.w("□ ", p.nm(), " 씨는 ", r.choice(["하천에 빠진 어린이를 구조했으며", "20년간 무료 급식 봉사를 해 왔으며", "화재 현장에서 이웃을 대피시켰으며"]), ", \"",
        r.choice(["당연히 해야 할 일을 했을 뿐", "앞으로도 이웃과 함께하겠다"]), "\"라고 소감을 밝혔다.\n\n[수상자 명단]\n")
    sep = r.choice([" | ", "\t"])
    D.row(["연번", "성명", "나이", "지역", "공적 요지"], sep)
    for k, q in enumerate(ps):
        D.row([str(k + 1), q.nm(), str(q.age()), r.choice(SIDO_SHORT), r.choice(["인명 구조", "봉사", "기부", "환경 정화"])], sep)
    o = inst.official(D)
    D.w("\n□ 내년도 후보자 추천은 ", o.nm(), " ", o.rank, "(", line_v(o, "paren"), ")에게 하면 된다.\n문의: ", r.choice(DEPTS_LOCAL), " ", o.rank, " ", o.nm(), " (", line_v(o), ")\n")


NEWSPAPERS = ["한빛일보", "새솔신문", "누리경제", "가람뉴스", "다온타임스", "미리내일보"]


def reporter(D, paper):
    p = Person(D, age=(25, 55))
    dom = {"한빛일보": "hanbitilbo.co.kr", "새솔신문": "saesolnews.com", "누리경제": "nurieconomy.kr", "가람뉴스": "garamnews.co.kr",
           "다온타임스": "daontimes.com", "미리내일보": "mirinae.co.kr"}[paper]
    return p, p.email(dom=dom)


@template("news_incident", "뉴스", 14)
def t_news_incident(D):
    r = D.r
    paper = r.choice(NEWSPAPERS)
    pol = Inst(D, "police")
    dt = doc_date(r)
    cop = pol.official(D, rank=r.choice(["경위", "경감", "팀장"]))
    wit = Person(D, age=(25, 80))
    rep, mail = reporter(D, paper)
    place = pol.name[:-3]
    kind = r.choice(["drunk", "crash", "phishing"])
    head = {"drunk": "음주 차량 인도 돌진… 보행자 2명 부상", "crash": "심야 교차로 추돌사고로 1명 숨져", "phishing": "보이스피싱 현금 수거책 현장 검거"}[kind]
    D.w("[", paper, "] ", place, " ", head, "\n입력 ", dh(dt), " ", "%02d:%02d" % (r.randrange(6, 23), r.randrange(60)), "\n\n")
    suspect = H("%s모(%d)씨" % (r.choice(SUR1[:15])[0], r.randrange(20, 70)), "placeholder_person")
    if kind == "phishing":
        D.w(place, "에서 ", dh(dt - datetime.timedelta(days=1)), " 노인에게서 현금을 건네받던 보이스피싱 수거책 ", suspect, "가 현장에서 붙잡혔다.\n")
        D.w(pol.name, "에 따르면 ", H("A씨", "placeholder_person"), "는 ", r.choice(["금융감독원 직원을 사칭해", "검찰 수사관을 사칭해"]), " 피해자에게서 ", amount_h(r, 5000000, 50000000, "man"), "을 받아 챙긴 혐의를 받는다.\n")
    else:
        D.w(place, " ", r.choice(["도심", "외곽"]), "에서 ", dh(dt - datetime.timedelta(days=1)), " 밤 ", "음주 차량이 인도로 돌진해" if kind == "drunk" else "승용차 두 대가 추돌해",
            " 운전자 ", suspect, "가 경찰에 입건됐다.\n")
        D.w(pol.name, "에 따르면 ", H("A씨", "placeholder_person"), "는 ", r.choice(["면허 취소 수준의 상태로", "신호를 무시한 채", "휴대전화를 보며"]), " 차량을 몰다 사고를 낸 것으로 조사됐다.\n")
    D.w(pol.name, " ", r.choice(["교통조사팀", "형사과", "수사과"]), " ", cop.nm(), " ", cop.rank, j(cop.rank, "은는"), " \"", r.choice(["블랙박스 영상을 확보해 정확한 경위를 조사하고 있다", "추가 피해자가 있는지 확인하고 있다", "공범이 있는지 수사하고 있다"]), "\"고 말했다.\n")
    D.w("경찰은 추가 제보를 담당 수사관 직통번호(", line_v(cop, "paren"), ")로 받고 있다.\n")
    D.w("현장을 목격한 주민 ", wit.nm(), "(", str(wit.age()), ")씨는 \"", r.choice(["굉음이 나서 나가 보니 차가 멈춰 있었다", "사람들이 뛰어와 그 사람을 붙잡았다"]), "\"고 전했다.\n\n")
    D.w("■ 사건 개요\n- 일시: ", dh(dt - datetime.timedelta(days=1)), "\n- 장소: ", place, " 관내 ", r.choice(["교차로", "이면도로", "버스정류장 앞"]), "\n- 조치: ",
        r.choice(["불구속 입건", "구속영장 신청", "송치 예정"]), "\n- 제보: ", pol.name, " ", H("112", "short_code"), " 또는 담당 ", cop.nm(), " ", cop.rank, "(", line_v(cop), ")\n\n")
    D.w(rep.nm(), " 기자 ", mail, "\n")


@template("news_feature", "뉴스", 12, mixed=False)
def t_news_feature(D):
    r = D.r
    paper = r.choice(NEWSPAPERS)
    nat = r.choice(["VN", "NP", "UZ", "TH", "ID", "PH", "MN", "CN"])
    p = Person(D, nat=nat, age=(22, 50))
    co = Company(D)
    rep, mail = reporter(D, paper)
    off = Person(D, age=(30, 60))
    D.w("[", paper, "] [이웃을 만나다] ", FOREIGN[nat]["kr"], "에서 온 ", p.nm("hangul"), " 씨의 ", r.choice(["두 번째 겨울", "한국어 교실", "작은 식당"]), "\n\n")
    D.w(p.nm("hangul"), "(", p.nm("latin"), ", ", str(p.age()), ") 씨는 ", r.choice(["8년 전", "2019년", "코로나19 직전"]), " 고용허가제로 입국해 ", co.nh(), "에서 일하고 있다. ")
    D.w("\"처음에는 ", H(r.choice(["김장", "고추", "강정"]), "name_shaped_word"), "이 무엇인지도 몰랐다\"며 웃었다.\n")
    D.w("그를 돕는 ", r.choice(["외국인주민지원센터", "다문화가족지원센터"]), " ", off.nm(), " 센터장은 \"", r.choice(["언어보다 제도를 아는 것이 더 어렵다", "상담 대부분이 체류 자격 문제"]), "\"라고 설명했다.\n")
    D.w(p.nm("hangul"), " 씨는 ", r.choice(["내년에 가족을 초청할 계획", "한국어능력시험 4급에 도전 중"]), "이라고 했다.\n\n", rep.nm(), " 기자 ", mail, "\n")


@template("news_nopii", "뉴스", 10, nopii=True, mixed=False, noise=0)
def t_news_nopii(D):
    r = D.r
    paper = r.choice(NEWSPAPERS)
    inst = Inst(D, r.choice(["central", "province"]))
    dt = doc_date(r)
    D.w("[", paper, "] ", inst.name, ", ", r.choice(["개인정보 유출 기관에 과징금", "민원 처리 기간 단축", "공공데이터 개방 확대"]), "\n입력 ", dh(dt), "\n\n")
    D.w(inst.head_h(), "은 ", statute_h(r, "privacy"), "를 위반한 ", H(r.choice(NAME_SHAPED_FIRMS), "name_shaped_firm"), " 등 ", str(r.randrange(2, 9)), "곳에 과징금 ", amount_h(r, 10000000, 900000000, "man"), "을 부과했다고 밝혔다.\n")
    D.w("유출 피해자 ", H("A씨", "placeholder_person"), "는 ", H(r.choice(NAME_SHAPED_PLACES), "name_shaped_place"), "에 거주하는 회사원으로, 사건은 ", case_h(r, "구합"), "으로 소송이 진행 중이다.\n")
    D.w("관련 문의는 ", H("118", "short_code"), " 또는 ", inst.name, " 대표전화 ", inst.tel_h(), "로 하면 된다.\n")


# ----------------------------------------------------------------------------
# templates C: 판결, 결정, 감사, 징계, 경찰, 소방, 병원, 학교, 복지, 채팅, 통화, 접속기록
# ----------------------------------------------------------------------------
JOBS = ["회사원", "자영업", "무직", "운전기사", "건설일용직", "학원강사", "농업", "대학생", "식당 종업원"]


@template("jud_criminal", "판결문", 14)
def t_jud_criminal(D):
    r = D.r
    court = Inst(D, "court")
    dt = doc_date(r)
    p = Person(D, age=(21, 70))
    reg = Address(r)
    pros = [Person(D, age=(30, 55)) for _ in range(2)]
    lawyer = Person(D, age=(30, 65))
    judge = Person(D, age=(32, 60))
    wit = Person(D)
    car = plate_v(r, r.choice(["p2", "p3", "region"]))
    crime = r.choice(["drunk", "nolicense"])
    D.w(court.name, "\n판    결\n\n사    건   ", case_h(r, "고단"), " ", "도로교통법위반(음주운전)" if crime == "drunk" else "도로교통법위반(무면허운전)", "\n")
    D.w("피 고 인   ", p.nm(), " ")
    D.par(p.rrn(r.choice(["hyphen", "hyphen", "masked"])))
    D.w(", ", r.choice(JOBS), "\n           주거 ", p.addr(), "\n           등록기준지 ", reg.v(r.choice(["road_full", "jibun"])), "\n")
    D.w("검    사   ", pros[0].nm(), "(기소), ", pros[1].nm(), "(공판)\n변 호 인   변호사 ", lawyer.nm(), r.choice(["(국선)", "(사선)"]), "\n판결선고   ", dh(dt), "\n\n")
    D.w("주    문\n피고인을 징역 ", str(r.randrange(4, 18)), "월에 처한다. 다만, 이 판결 확정일부터 2년간 위 형의 집행을 유예한다.\n\n이    유\n범 죄 사 실\n")
    d1 = dt - datetime.timedelta(days=r.randrange(60, 300))
    D.w("피고인은 ", dh(d1), " ", "%02d:%02d" % (r.randrange(0, 24), r.randrange(60)), "경 ", r.choice(["○○교차로 부근", "○○아파트 앞 도로", "○○시장 앞 편도 2차로"]), "에서 ")
    if crime == "drunk":
        D.w("혈중알코올농도 0.%03d%%의 술에 취한 상태로 " % r.randrange(40, 200), car, " 승용차를 약 ", str(r.randrange(1, 9)), "km 구간 운전하였다.\n")
        D.w("피고인은 ", dh(d1 - datetime.timedelta(days=r.randrange(400, 3000))), " ", court.name, "에서 같은 죄로 벌금 ", amount_h(r, 3000000, 15000000, "man"), "의 약식명령을 받은 전력이 있다.\n\n")
        lic = ["1. 주취운전자 정황진술보고서, 자동차운전면허대장(면허번호 ", p.dl(), ")\n"]
    else:
        D.w("자동차운전면허를 받지 아니하고 ", car, " 승용차를 약 ", str(r.randrange(1, 9)), "km 구간 운전하였다.\n")
        D.w("피고인의 운전면허(", p.dl(), ")는 ", dh(d1 - datetime.timedelta(days=r.randrange(100, 900))), " 취소되었다.\n\n")
        lic = ["1. 운전면허 취소 결정 통지서, 자동차운전면허대장(", p.dl(), ")\n"]
    D.w("증거의 요지\n1. 피고인의 법정진술\n1. 피고인 ", p.nm(), "에 대한 경찰 피의자신문조서\n1. ", wit.nm(), "의 진술서\n", lic, "1. 자동차등록원부(", plate_alt(car, r), ")\n\n")
    D.w("법령의 적용\n1. 범죄사실에 대한 해당 법조 및 형의 선택: ", statute_h(r, "traffic"), ", 징역형 선택\n1. 집행유예: ", H("「형법」 제62조제1항", "statute_citation"), "\n\n판사  ", judge.nm(), "\n")


@template("jud_civil", "판결문", 12)
def t_jud_civil(D):
    r = D.r
    court = Inst(D, "court")
    dt = doc_date(r)
    p = Person(D, age=(25, 75))
    co = Company(D, "corp")
    lw1, lw2, judge = Person(D, age=(30, 65)), Person(D, age=(30, 65)), Person(D, age=(32, 60))
    s_amt = "%s원" % format(r.randrange(3000, 300000) * 1000, ",")
    D.w(court.name, "\n판    결\n\n사    건   ", case_h(r, r.choice(["가단", "가합", "가소"])), " ", r.choice(["대여금", "부당이득금", "약정금"]), "\n")
    D.w("원    고   ", p.nm(), "\n           ", p.addr(), "\n           소송대리인 변호사 ", lw1.nm(), "\n")
    D.w("피    고   ", co.nh(), r.choice(["", " (법인등록번호 "]))
    if D.buf[-1].startswith(" (법인"):
        D.w(co.crn(), ")")
    D.w("\n           ", co.addr.v(r.choice(["road_full", "road_short"])), "\n           대표이사 ", co.ceo.nm(), "\n           소송대리인 변호사 ", lw2.nm(), "\n")
    D.w("변론종결   ", dh(dt - datetime.timedelta(days=r.randrange(14, 40))), "\n판결선고   ", dh(dt), "\n\n주    문\n1. 피고는 원고에게 ", H(s_amt, "amount"),
        " 및 이에 대하여 ", dh(dt - datetime.timedelta(days=r.randrange(100, 600))), "부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이    유\n")
    D.w("1. 기초사실\n 가. 원고는 ", dh(dt - datetime.timedelta(days=r.randrange(400, 900))), " 피고 명의의 ", co.account["bank"], " 계좌(", co.acct(), ")로 ", H(s_amt, "amount"),
        "을 송금하였다.\n 나. 피고의 대표이사 ", co.ceo.nm(), "은(는) 원고에게 ", r.choice(["6개월 내 변제를 약속하는 차용증을", "공사대금 정산 확인서를"]), " 작성하여 주었다.\n")
    D.w(" 다. 원고는 변제받지 못한 금액을 원고 명의 계좌(", p.account()["bank"], " ", p.acct(), ")로 지급할 것을 내용증명으로 ", dh(dt - datetime.timedelta(days=r.randrange(60, 200))), " 최고하였다.\n")
    D.w("2. 판단\n 위 인정 사실에 의하면 피고는 원고에게 위 돈을 원고 명의 계좌(", p.acct("plain"), ")로 지급할 의무가 있다(", case_h(r, "다"), " 판결 참조).\n\n판사  ", judge.nm(), "\n")


@template("jud_anon_nopii", "판결문", 10, nopii=True, mixed=False, noise=0)
def t_jud_anon(D):
    r = D.r
    court = Inst(D, "court")
    dt = doc_date(r)
    D.w(court.name, "\n판    결 (비실명 처리본)\n\n사    건   ", case_h(r, r.choice(["구합", "구단"])), "\n원    고   ", H("A", "placeholder_person"), "\n피    고   ",
        H(r.choice(["○○시장", "○○구청장", "○○세무서장", "○○경찰서장"]), "official_by_office"), "\n변론종결   ", dh(dt - datetime.timedelta(days=30)), "\n판결선고   ", dh(dt), "\n\n")
    D.w("주    문\n원고의 청구를 기각한다.\n\n이    유\n1. 처분의 경위\n 피고는 ", dh(dt - datetime.timedelta(days=400)), " 원고에게 ", statute_h(r, "admin", "building"), "에 따라 ", amount_h(r), "의 과징금을 부과하였다.\n")
    D.w(" 원고의 배우자 ", H("B", "placeholder_person"), "와 소외 ", placeholder_h(r, "mask_o"), "은 ", H(r.choice(NAME_SHAPED_FIRMS), "name_shaped_firm"), "의 공동 운영자이다.\n")
    D.w("2. 판단\n 관련 법리(", case_h(r, "두"), " 판결 등)에 비추어 보면 이 사건 처분은 적법하다.\n 원고의 주민등록번호(", H("******-*******", "placeholder_id"), ") 등은 비실명 처리하였다.\n")


@template("dec_appeal", "결정문", 14)
def t_dec_appeal(D):
    r = D.r
    pol = Inst(D, "police")
    dt = doc_date(r)
    p = Person(D, age=(22, 70))
    car = plate_v(r, r.choice(["p2", "p3", "commercial"]))
    D.w(r.choice(["중앙행정심판위원회", pol.addr.full + "행정심판위원회"]), "\n재    결\n\n사    건   ", H("%d-%05d" % (dt.year, r.randrange(1, 30000)), "case_number"), " 자동차운전면허 취소처분 취소청구\n")
    outcome = r.choice(["기각", "기각", "일부 인용"])
    D.w("청 구 인   ", p.nm(), "\n           ", p.addr(), "\n피청구인   ", pol.head_h(), "\n재결일     ", dh(dt), "\n\n주    문\n")
    D.w("청구인의 청구를 기각한다.\n" if outcome == "기각" else "피청구인이 청구인에게 한 운전면허 취소처분을 110일의 운전면허 정지처분으로 변경한다.\n", "\n이    유\n")
    d1 = dt - datetime.timedelta(days=r.randrange(60, 200))
    D.w("1. 사건 개요\n 피청구인은 청구인이 ", dh(d1), " 혈중알코올농도 0.%03d%% 상태에서 " % r.randrange(80, 150), car, " 차량을 운전하였다는 이유로 ",
        dh(d1 + datetime.timedelta(days=20)), " 청구인의 운전면허(제1종 보통, ", p.dl(), ")를 취소하였다.\n")
    D.w("2. 청구인 주장\n 청구인 ", p.nm())
    D.par(p.dob(r.choice(["dot_space", "korean"]), "dob_prose"), "(", "생)")
    D.w("은 ", r.choice(["택배 기사로서 운전이 생계수단이고", "부양가족이 4명이며", "20년간 무사고 운전을 하였고"]),
        ", 대리운전 기사를 기다리던 중 차량을 약 10m 이동한 것에 불과하다고 주장한다.\n")
    D.w("3. 판단\n ", statute_h(r, "traffic"), " 및 관련 판례(", case_h(r, "두"), ")에 비추어 보면, ",
        "이 사건 처분이 재량권을 일탈·남용하였다고 보기 어렵다." if outcome == "기각" else "청구인의 운전 거리와 생계 사정을 고려할 때 이 사건 처분은 다소 가혹하다.",
        " 청구인이 운전한 차량(", plate_alt(car, r), ")의 블랙박스 영상도 청구인의 주장과 ", "일치하지 않는다." if outcome == "기각" else "대체로 일치한다.",
        "\n\n", dh(dt), "\n", H("중앙행정심판위원회 위원장", "official_by_office"), "\n")


@template("audit_report", "감사보고서", 14)
def t_audit_report(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province"]))
    dt = doc_date(r)
    co = Company(D, "corp")
    ps = [inst.official(D, rank=r.choice(["행정주사", "행정주사보", "시설주사", "지방행정사무관"])) for _ in range(r.randrange(2, 4))]
    D.w(inst.name, " 감사 결과 처분요구서\n\n제목: ", r.choice(["수의계약 부적정 및 개인정보 부당 조회", "보조금 부당 지급", "계약 업무 처리 소홀"]), "\n관계기관: ", inst.name, "\n\n[관련자]\n")
    sep = r.choice([" | ", "\t"])
    D.row(["소속", "직급", "성명", "비위 정도"], sep)
    for p in ps:
        D.row([r.choice(DEPTS_LOCAL), p.rank, p.nm(), r.choice(["중과실", "경과실", "-"])], sep)
    p = ps[0]
    ip = ip_v(r, "private")
    D.w("\n[내용]\n ", p.nm(), " ", p.rank, "은 ", dh(dt - datetime.timedelta(days=r.randrange(100, 500))), "부터 계약 업무를 담당하면서 ", co.nh(), "(사업자등록번호 ", co.brn(),
        ", 법인등록번호 ", co.crn(), ")와 ", str(r.randrange(3, 12)), "회에 걸쳐 ", amount_h(r, 20000000, 500000000, "won"), " 상당의 수의계약을 체결하였다.\n")
    D.w(" 위 업체 대표이사 ", co.ceo.nm(), "은(는) ", p.nm(), "의 ", r.choice(["고등학교 동창", "처남", "전 직장 동료"]), "이며, 대금 일부는 ", co.ceo.nm(), " 개인 계좌(", co.ceo.account()["bank"], " ", co.ceo.acct(), ")로 입금되었다.\n")
    D.w(" 또한 ", p.nm(), "은 개인정보처리시스템에 접속(IP ", ip, ")하여 업무와 무관하게 ", co.ceo.nm(), " 등 ", str(r.randrange(2, 9)), "명의 주민등록 정보를 조회하였다.\n\n[조치할 사항]\n ",
        inst.head_h(), "은 ", statute_h(r, "civil_service", "privacy"), "에 따라 ", p.nm(), "을(를) ", r.choice(["중징계", "경징계"]), " 처분하고, 부당 지급액 ", amount_h(r, 1000000, 90000000, "won"), "을 회수하며, ", co.nh(), "(", co.brn("plain"), ")에 대하여 부정당업자 제재 여부를 검토하시기 바랍니다.\n")


@template("audit_nopii", "감사보고서", 8, nopii=True, mixed=False, noise=0)
def t_audit_nopii(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    dt = doc_date(r)
    D.w(inst.name, " 자체감사 결과 공개문 (", dh(dt), ")\n\n1. 감사 개요: ", statute_h(r, "admin", "civil_service"), "에 따른 정기 감사\n2. 주요 지적 사항\n")
    D.w(" 가. ", r.choice(DEPTS_LOCAL), " 공무원 ", H("A", "placeholder_person"), "는 ", H(r.choice(NAME_SHAPED_FIRMS), "name_shaped_firm"), "와 계약하면서 ", amount_h(r), "을 과다 지급함.\n")
    D.w(" 나. 공무원 ", H("B", "placeholder_person"), "는 민원인 ", placeholder_h(r, "mask_star"), "의 정보를 목적 외로 조회함(관련 문서 ", inst.docno(), ").\n")
    D.w("3. 처분: 징계 2명, 주의 3명, 회수 ", amount_h(r), "\n4. 공익신고: ", inst.name, " 감사담당관 ", inst.tel_h(), ", 부패신고 ", H("1398", "short_code"), "\n")


@template("disc_resolution", "징계", 12)
def t_disc_resolution(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province", "central"]))
    dt = doc_date(r)
    p = inst.official(D, rank=r.choice(["행정주사", "행정주사보", "지방시설주사", "세무주사"]))
    car = plate_v(r, r.choice(["p2", "p3"]))
    D.w("징 계 의 결 서\n\n1. 징계혐의자 인적사항\n")
    sep = r.choice([" | ", "\t", "  "])
    D.row(["소속", "직위(직급)", "성명", "생년월일"], sep)
    D.row([r.choice(DEPTS_LOCAL), p.rank, p.nm(), p.dob(r.choice(["dot_pad", "dot_space", "iso"]), "dob_table")], sep)
    D.w("\n2. 의결주문\n 징계혐의자 ", p.nm(), "을(를) ", r.choice(["정직 2월", "감봉 3월", "강등", "견책"]), "에 처한다.\n\n3. 이유\n 혐의자 ", p.nm(), "은 ")
    d1 = dt - datetime.timedelta(days=r.randrange(30, 200))
    D.w(dh(d1), " ", "%02d:%02d" % (r.randrange(21, 24), r.randrange(60)), "경 혈중알코올농도 0.%03d%%의 상태로 " % r.randrange(30, 180), car, " 승용차를 운전하다 적발되어 운전면허(",
        p.dl(), ")가 ", r.choice(["취소", "정지"]), "되었다.\n 이는 ", statute_h(r, "civil_service"), "의 품위 유지 의무를 위반한 것이다. 혐의자는 ", dh(dt - datetime.timedelta(days=10)),
        " 출석하여 진술하였고, 차량(", plate_alt(car, r), ")은 본인 소유로 확인되었다.\n\n", dh(dt), "\n", H(inst.name + " 인사위원회 위원장", "official_by_office"), "\n")


@template("pol_statement", "경찰", 14)
def t_pol_statement(D):
    r = D.r
    pol = Inst(D, "police")
    dt = doc_date(r)
    p = Person(D, age=(20, 80))
    foreign = r.random() < 0.35
    s = Person(D, nat=r.choice(FOREIGN_KEYS), age=(20, 50)) if foreign else Person(D, age=(20, 60))
    cop = pol.official(D, rank=r.choice(["경사", "경장", "경위"]))
    D.w("진 술 조 서\n\n성    명: ", p.nm(), "        주민등록번호: ", p.rrn(), "\n직    업: ", r.choice(JOBS), "\n주    거: ", p.addr(), "\n")
    D.w("연 락 처: 휴대전화 ", p.mob(), "   ", r.choice(["자택전화 ", "직장전화 "]), landline_v(r, area=SIDO_AREA[p.home.short]) if r.random() < 0.8 else voip_v(r),
        "   전자우편 ", p.email(), "\n\n")
    D.w("위의 사람은 피의자 ", s.nm("hangul") if foreign else s.nm())
    if foreign:
        D.w("(", s.nm("latin_upper"), ", 외국인등록번호 ")
        D.par(s.frn(), "", ")")
    D.w("에 대한 ", r.choice(["사기", "컴퓨터등사용사기", "전자금융거래법위반"]), " 피의사건에 관하여 ", dh(dt), " ", pol.name, " 수사과 사무실에 임의 출석하여 다음과 같이 진술하다.\n\n")
    a = p.account()
    D.w("문: 진술인은 피의자와 어떤 관계인가요.\n답: ", r.choice(["중고거래 앱에서 알게 된 사이입니다. 제 번호 ", "모르는 사람입니다. 제 휴대전화 ", "같은 회사에 다녔습니다. 제 번호 "]),
        p.mob(r.choice(["plain", "space"])), "로 먼저 연락이 왔습니다.\n")
    D.w("문: 피해 경위를 진술하세요.\n답: 제 ", a["bank"], " 계좌(", p.acct(), ")에서 피의자가 알려 준 계좌로 ", amount_h(r, 100000, 20000000, "won"), "을 이체했습니다.")
    if r.random() < 0.6:
        D.w(" 그 뒤에 제 신용카드(", p.card(), ")로 모르는 결제가 ", str(r.randrange(2, 6)), "건 있었습니다.")
    D.w("\n문: 피의자의 연락처를 알고 있나요.\n답: 네, ", s.mob(), "입니다. ")
    if foreign:
        D.w("여권 사진도 보내왔는데 여권번호가 ", s.pp(), "로 되어 있었습니다.")
    D.w("\n문: 더 할 말이 있나요.\n답: 없습니다.\n\n진술자 ", p.nm(), " (무인)\n", dh(dt), "\n", pol.name, " ", "사법경찰관" if cop.rank == "경위" else "사법경찰리", " ", cop.rank, " ", cop.nm(), "\n")


@template("pol_traffic", "경찰", 12)
def t_pol_traffic(D):
    r = D.r
    pol = Inst(D, "police")
    dt = doc_date(r)
    a, b = Person(D, age=(20, 75)), Person(D, age=(20, 75))
    ca, cb = plate_v(r), plate_v(r)
    inj = Person(D, age=(5, 85))
    cop = pol.official(D, rank=r.choice(["경사", "경위"]))
    D.w("교통사고 발생 보고\n\n1. 일시: ", dh(dt), " ", "%02d:%02d" % (r.randrange(24), r.randrange(60)), "경\n2. 장소: ", pol.name[:-3], " 관내 ", r.choice(["○○사거리", "○○초교 앞", "○○터널 입구"]), "\n3. 관련 차량\n")
    sep = r.choice([" | ", "\t"])
    D.row(["구분", "운전자", "생년월일", "운전면허번호", "차량번호", "연락처"], sep)
    D.row(["A(가해)", a.nm(), a.dob(r.choice(["dot_pad", "short", "iso"]), "dob_table"), a.dl(), ca, a.mob()], sep)
    D.row(["B(피해)", b.nm(), b.dob(r.choice(["dot_pad", "short", "iso"]), "dob_table"), b.dl(), cb, b.mob()], sep)
    D.w("\n4. 사고 개요\n A차량(", plate_alt(ca, r), ", 운전자 ", a.nm(), ")이 ", r.choice(["신호를 위반하여", "안전거리를 확보하지 않아", "차로를 변경하다"]), " B차량(", cb.clone(), ")의 ",
        r.choice(["후미를", "측면을"]), " 충격함.\n5. 피해: B차량 동승자 ", inj.nm(), "(", str(inj.age()), "세) ", r.choice(["경상", "중상"]), ", ", r.choice(["○○병원", "○○의료원"]), " 이송\n")
    D.w("6. 조치: ", statute_h(r, "traffic"), " 적용, A운전자 ", r.choice(["불구속 입건", "범칙금 통고"]), "\n\n보고자 ", pol.name, " 교통조사계 ", cop.rank, " ", cop.nm(), "\n")


@template("fire_ems", "소방", 14)
def t_fire_ems(D):
    r = D.r
    fire = Inst(D, "fire")
    hosp = Inst(D, "hospital", sido=fire.addr.short)
    dt = doc_date(r)
    caller = Person(D)
    pt = Person(D, age=(1, 95), sido=fire.addr.short)
    crew = [fire.official(D, rank=k) for k in ("소방교", "소방사")]
    D.w("구급활동일지\n", fire.name, " ", r.choice(ROAD_STEMS), "119안전센터\n", rule(r))
    D.w("신고일시: ", dh(dt), " ", "%02d:%02d" % (r.randrange(24), r.randrange(60)), "  신고자: ", caller.nm(), " (", caller.mob(), ")  신고경로: ", H("119", "short_code"), "\n")
    D.w("환자 성명: ", pt.nm(), "  성별: ", "남" if pt.gender == "M" else "여", "  나이: ", str(pt.age()), "세  생년월일: ", pt.dob(), "\n")
    D.w("주소: ", pt.addr(), "\n발생장소: ", r.choice(["환자 자택", "자택 앞 계단", "인근 공원"]), "\n보호자: ")
    g = Person(D)
    D.w(g.nm(), " (", r.choice(["배우자", "자녀", "부모"]), ", ", g.mob(), ")\n", rule(r))
    D.w("[평가 및 처치]\n 환자 ", pt.nm(), "은(는) ", r.choice(["흉통과 호흡곤란을 호소하였으며", "계단에서 넘어져 머리에 열상이 있었으며", "의식이 저하된 상태였으며"]), " 산소 투여 후 ",
        hosp.name, "(", hosp.tel_h(), ")으로 이송함. 보호자 ", g.nm(), "에게 ", g.mob("plain"), "로 이송 병원을 안내함.\n")
    D.w("구급대원: ", crew[0].rank, " ", crew[0].nm(), ", ", crew[1].rank, " ", crew[1].nm(), "\n※ ", statute_h(r, "ems"), "\n")


@template("hosp_referral", "병원", 14)
def t_hosp_referral(D):
    r = D.r
    h1 = Inst(D, "hospital")
    h2 = Inst(D, "hospital")
    dt = doc_date(r)
    pt = Person(D, age=(3, 90))
    g = Person(D, age=(25, 70))
    doc = Person(D, age=(30, 65))
    D.w(r.choice(["진료의뢰서", "진료회송서", "입원 요약지"]), "\n", h1.name, "\n", rule(r))
    D.w("등록번호: ", H(rdigits(r, 8, True), "internal_identifier"), "\n환자 성명: ", pt.nm(), "   주민등록번호: ", pt.rrn(r.choice(["masked", "masked", "hyphen"])), "\n")
    D.w("건강보험증번호: ", pt.hi(), "   보험 유형: ", r.choice(["건강보험", "의료급여 1종", "의료급여 2종"]), "\n주소: ", pt.addr(), "\n연락처: ", pt.mob(), "   보호자: ", g.nm(), " (", g.mob(), ")\n")
    D.w("진단명: ", r.choice(["K35.8 급성 충수염", "I21.9 급성 심근경색", "S72.0 대퇴골 경부 골절", "J18.9 폐렴"]), "\n", rule(r))
    D.w("소견: 상기 환자 ", pt.nm(), "(", str(pt.age()), "/", pt.gender, ")은 ", r.choice(["수술 후 경과 관찰이 필요하여", "정밀 검사를 위하여", "재활 치료를 위하여"]), " 귀 원으로 의뢰합니다. ",
        "환자의 생년월일은 ", pt.dob(r.choice(["korean", "dot_space"]), "dob_prose"), "이며 ", r.choice(["약물 알레르기 없음.", "페니실린 알레르기 있음."]),
        " 보호자 ", g.nm(), "(", g.mob(r.choice(["plain", "space"])), ")에게 전원 사실을 설명함.\n\n")
    D.w("의뢰일: ", dh(dt), "\n의뢰기관: ", h1.name, " (", h1.tel_h(), ")\n의사: ", doc.nm(), "  (면허번호 ", H("제%d호" % r.randrange(10000, 140000), "professional_license"), ")\n수신: ", h2.name, " 진료의뢰센터\n")


@template("hosp_vaccine", "병원", 12)
def t_hosp_vaccine(D):
    r = D.r
    h = Inst(D, "hospital")
    rel = r.choice(["부", "모"])
    g = Person(D, age=(27, 44), gender="M" if rel == "부" else "F")
    kids = children_of(D, g, 1, min_birth=D_(2020, 10, 6), max_birth=D_(2026, 6, 30), share=(rel == "부"))
    need(kids, "no infant")
    kid = kids[0]
    D.w("영유아 예방접종 기록 확인서\n", h.name, "\n", rule(r))
    D.w("피접종자: ", kid.nm(), "   생년월일: ", kid.dob(r.choice(["dot_space", "iso", "dot_pad"])), "\n주민등록번호: ", kid.rrn(r.choice(["hyphen", "hyphen", "hyphen", "masked"])), "\n")
    D.w("건강보험증번호: ", kid.hi(), "\n보호자: ", g.nm(), " (", rel, ")   연락처: ", g.mob(), "\n주소: ", g.addr(), "\n\n")
    sep = r.choice([" | ", "\t"])
    D.row(["백신", "차수", "접종일", "접종기관"], sep)
    end = min(TODAY - datetime.timedelta(days=20), kid.birth + datetime.timedelta(days=900))
    dates = sorted(rdate(r, kid.birth, end) for _ in range(r.randrange(3, 6)))
    for vac, d in zip(r.sample(["BCG", "B형간염", "DTaP", "IPV", "Hib", "PCV", "MMR", "수두", "일본뇌염"], len(dates)), dates):
        D.row([vac, "%d차" % r.randrange(1, 4), H(fdate(d), "date"), h.name], sep)
    docp = Person(D, age=(30, 65))
    D.w("\n위 아동 ", kid.nm(), "(", kid.dob("korean", "dob_prose"), " 출생)의 예방접종 사실을 확인합니다.\n", dh(rdate(r, dates[-1], TODAY - datetime.timedelta(days=1))),
        "  확인 의사 ", docp.nm(), "\n문의 ", h.tel_h(), ", 질병관리청 ", H("1339", "short_code"), "\n")


@template("school_record", "학교", 14)
def t_school_record(D):
    r = D.r
    level = r.choice(["초등학교", "중학교", "고등학교"])
    sch = Inst(D, "school")
    sch.name = re.sub(r"(초등|중|고등)학교$", level, sch.name)
    sch.head = sch.name + "장"
    dt = doc_date(r, D_(2025, 3, 2), D_(2026, 12, 4))
    ay = dt.year if dt.month >= 3 else dt.year - 1
    grade = r.randrange(1, 7 if level == "초등학교" else 4)
    first = {"초등학교": 7, "중학교": 13, "고등학교": 16}[level] + grade - 1
    rel = r.choice(["부", "모", "조모"])
    g = Person(D, age=(58, 80) if rel == "조모" else (35, 55), gender="M" if rel == "부" else "F")
    st_ = Person(D, birth=rdate(r, D_(ay - first, 1, 1), D_(ay - first, 12, 31)), surname=(g.sur, g.sur_roman) if rel == "부" else None)
    t = sch.official(D, rank="교사")
    D.w(sch.name, " ", r.choice(["학생 상담 기록부", "긴급 연락처 조사서 및 상담 메모", "학교폭력 사안 접수 보고"]), "\n", rule(r))
    D.w("학생 성명: ", st_.nm(), "  (", str(grade), "학년 ", str(r.randrange(1, 10)), "반 ", str(r.randrange(1, 30)), "번)  학번 ", H(str(ay) + rdigits(r, 4), "internal_identifier"), "\n")
    D.w("생년월일: ", st_.dob(), "\n보호자: ", g.nm(), " (", rel, ")  휴대전화: ", g.mob(), "\n주소: ", g.addr(), "\n", rule(r))
    D.w("[상담 내용] ", dh(dt), "\n ", st_.nm(), " 학생은 ", r.choice(["최근 결석이 잦아", "교우 관계 문제로", "진로 문제로"]), " 담임교사와 상담함. 보호자 ", g.nm(), " 님과 ",
        g.mob(r.choice(["plain", "hyphen"])), "로 통화하여 ", r.choice(["가정 내 상황을 확인함.", "다음 주 면담 일정을 정함."]), "\n")
    if r.random() < 0.5:
        D.w(" 보호자는 가정통신문 회신을 전자우편(", g.email(), ")으로 받기를 원함.\n")
    D.w("\n작성: 담임교사 ", t.nm(), "   학교 대표전화 ", sch.tel_h(), "\n")


@template("welfare_case", "복지", 14)
def t_welfare_case(D):
    r = D.r
    inst = Inst(D, "welfare")
    dt = doc_date(r)
    p = Person(D, age=(26, 58), sido=inst.addr.short)
    o = inst.official(D, rank="주무관")
    D.w(inst.name, " 통합사례관리 대상자 기록지\n", rule(r), "대상자: ", p.nm(), "   주민등록번호: ", p.rrn(), "\n주소: ", p.addr(), "\n연락처: ", p.mob(), "   건강보험증번호: ", p.hi(), "\n")
    a = p.account()
    D.w("급여 계좌: ", a["bank"], " ", p.acct(), " (예금주 ", p.nm(), ")\n\n[가구원]\n")
    sep = r.choice(["\t", " | "])
    if r.random() < 0.6:
        D.row(["관계", "성명", "주민등록번호/외국인등록번호", "비고"], sep)
    if r.random() < 0.5:
        sp = Person(D, nat=r.choice(["VN", "PH", "CN", "TH"]), gender="F" if p.gender == "M" else "M",
                    birth=rdate(r, add_years(p.birth, -4), min(add_years(p.birth, 14), D_(2003, 1, 1))))
        D.row(["배우자", sp.nm(), sp.frn(), "결혼이민"], sep)
    fam = children_of(D, p, r.randrange(1, 3))
    need(fam, "no child")
    for k in fam:
        D.row(["자녀", k.nm(), k.rrn(r.choice(["hyphen", "hyphen", "masked"])), r.choice(["", "아동수당", "장애"]) if k.age() < 18 else ""], sep)
    D.w("\n[상담 기록] ", dh(dt), "\n ", p.nm(), " 님 가정 방문. ", r.choice(["겨울철 난방비 부담 호소.", "실직 후 월세 3개월 체납.", "가족 돌봄 부담 호소."]), " ",
        H(r.choice(["김장", "이불", "안경"]), "name_shaped_word"), "·", H(r.choice(NAME_SHAPED_PRODUCTS), "name_shaped_product"), " 지원 연계 및 긴급지원금 ", amount_h(r, 300000, 2000000, "won"), "을 ", p.acct("plain"), " 계좌로 지급 예정.\n")
    k = fam[-1]
    age = k.age()
    D.w(" 자녀 ", k.nm())
    D.par(k.dob(r.choice(["korean", "dot_space"]), "dob_prose"), "(", "생)")
    D.w(" ", "어린이집 대기 중." if age < 6 else "방과후 돌봄 신청함." if age < 13 else "학습 멘토링 연계함." if age < 19 else "취업 지원 프로그램 안내함.", "\n")
    D.w(" 담당: 맞춤형복지팀 ", o.nm(), " ", o.rank, " (", line_v(o), ")  보건복지상담센터 ", H("129", "short_code"), "\n")


@template("chat_counsel", "채팅상담", 14)
def t_chat_counsel(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "nhis", "central"]))
    dt = doc_date(r)
    p = Person(D)
    agent = inst.official(D, rank="상담사")
    ip = ip_v(r, r.choice(["public", "public", "v6"]))
    D.w("[채팅 상담 이력] ", inst.name, "\n상담번호: ", receipt_h(r, "report"), "  고객명: ", p.nm(), "  연락처: ", p.mob("hyphen"), "  접속IP: ", ip, "\n", rule(r))
    h, m = r.randrange(9, 17), r.randrange(0, 40)
    T = lambda k: "[%02d:%02d] " % (h, m + k)
    topic = r.choice({"nhis": ["refund", "hi"], "local": ["refund", "card"], "central": ["refund", "hi", "card"]}[inst.kind])
    D.w(T(0), "상담사 ", agent.nm(), ": 안녕하세요, ", inst.name, " 채팅 상담입니다. 무엇을 도와드릴까요?\n")
    D.w(T(1), "고객: ", {"refund": "환급금 신청하려고요" if inst.kind != "local" else "지방세 환급금 신청하려고요", "card": "자동차세 카드 결제가 두 번 됐어요", "hi": "건강보험 자격 확인 좀 해 주세요"}[topic], "\n")
    D.w(T(2), "상담사 ", agent.nm(), ": 본인 확인을 위해 성함과 생년월일 6자리를 입력해 주세요.\n")
    D.w(T(2), "고객: ", p.nm(), " ", p.dob("six", "dob_chat"), "\n")
    if topic == "refund":
        a = p.account()
        D.w(T(3), "고객: 환급 계좌는 ", a["bank"], " ", p.acct(r.choice(["plain", "hyphen"])), "이에요\n")
    elif topic == "card":
        D.w(T(3), "고객: 카드번호는 ", p.card(fmt=r.choice(["plain", "space", "hyphen"])), "이고 같은 금액이 두 번 나갔어요\n")
        D.w(T(4), "상담사 ", agent.nm(), ": 확인 결과 ", p.card(masked=True), " 카드로 ", amount_h(r, 50000, 600000, "won"), "이 중복 승인되었습니다.\n")
    else:
        D.w(T(3), "고객: 건강보험증 번호는 ", p.hi(), "입니다\n")
    D.w(T(5), "고객: 결과는 ", p.email(), "로 보내 주세요. 급하면 ", p.mob(r.choice(["plain", "space"])), "로 문자 주세요\n")
    D.w(T(6), "상담사 ", agent.nm(), ": 네, 처리 결과는 ", dh(dt + datetime.timedelta(days=r.randrange(1, 8))), "까지 안내드리겠습니다. 추가 문의는 ", inst.tel_h(), "으로 연락 주세요.\n")


@template("call_transcript", "통화녹취", 14)
def t_call_transcript(D):
    r = D.r
    inst = Inst(D, "local")
    dt = doc_date(r)
    p = Person(D, sido=inst.addr.short)
    uid = "c%04d" % r.randrange(1000, 9999)
    D.w("[통화 녹취록] ", r.choice(["120 다산콜 이관 건", inst.name + " 민원콜", "야간 당직실 통화"]), "\n일시: ", dh(dt), " ", "%02d:%02d" % (r.randrange(24), r.randrange(60)), "  상담원 ID: ", H(uid, "system_user_id"), "\n\n")
    car = plate_v(r, r.choice(["p2", "p3"]))
    spoken = p.mob("hangul_digits")
    D.w("상담원: 네, ", inst.name, " 민원 상담 전화입니다.\n민원인: 아, 네. 주차 단속 문자 받았는데요, 차 번호가 ", car, "이거든요.\n")
    D.w("상담원: 네, 확인해 드릴게요. 성함이 어떻게 되세요?\n민원인: ", p.nm(), r.choice(["이요.", "입니다.", "이라고 합니다."]), "\n")
    D.w("상담원: 연락처도 말씀해 주시겠어요?\n민원인: ", spoken, "이요.\n상담원: ", p.mob("hyphen"), " 맞으시죠?\n민원인: 네 맞아요.\n")
    D.w("상담원: 혹시 주소도 말씀해 주시겠어요? 이의신청서를 우편으로 보내 드리려고요.\n민원인: ", p.addr(r.choice(["road_sgg", "road_short"])), "이요.\n")
    D.w("상담원: 감사합니다. 이의신청은 ", dh(dt + datetime.timedelta(days=14)), "까지 하시면 됩니다. 과태료는 ", amount_h(r, 40000, 80000, "won"), "입니다.\n민원인: 네, 수고하세요.\n\n")
    D.w("[상담 요약]\n민원인: ", p.nm(), " / 연락처: ", p.mob(r.choice(["plain", "hyphen"])), " / 차량: ", plate_alt(car, r), "\n처리: ", r.choice(["주정차단속팀 이관", "이의신청 안내 완료"]), " (담당 ", H(uid, "system_user_id"), ")\n")


@template("log_access", "접속기록", 14)
def t_log_access(D):
    r = D.r
    inst = Inst(D, r.choice(["local", "province"]))
    dt = doc_date(r)
    users = []
    for _ in range(r.randrange(2, 4)):
        o = inst.official(D)
        users.append((o, "u%05d" % r.randrange(10000, 99999), ip_v(r, "private")))
    D.w("[개인정보처리시스템 접속기록 점검 결과] ", inst.name, "\n점검 기간: ", dh(dt - datetime.timedelta(days=30)), " ~ ", dh(dt), "\n대상 시스템: ",
        r.choice(["주민복지통합시스템", "지방세정보시스템", "민원행정시스템"]), " (버전 ", H("%d.%d.%d.%d" % (r.randrange(1, 9), r.randrange(0, 20), r.randrange(0, 10), r.randrange(0, 99)), "version_number"), ")\n\n")
    subjects = [Person(D) for _ in range(r.randrange(2, 4))]
    for _ in range(r.randrange(5, 9)):
        o, uid, ip = r.choice(users)
        s = r.choice(subjects)
        t = "%s %02d:%02d:%02d" % (fdate(rdate(r, dt - datetime.timedelta(days=30), dt), "iso"), r.randrange(8, 23), r.randrange(60), r.randrange(60))
        D.w(H(t, "date"), " | ", H(uid, "system_user_id"), " | ", ip.clone(), " | ", r.choice(["조회", "출력", "다운로드", "수정"]), " | 대상자 ", s.nm(), "(", s.rrn("masked"), ")\n")
    o, uid, ip = users[0]
    s = subjects[0]
    D.w("\n[점검 의견]\n 사용자 ", H(uid, "system_user_id"), "(", r.choice(DEPTS_LOCAL), " ", o.rank, " ", o.nm(), ")는 업무와 무관하게 ", s.nm(), "의 개인정보를 반복 조회한 것으로 확인됨(사용 PC IP ", ip.clone(), "). ",
        statute_h(r, "privacy"), "에 따라 소명 요청 예정.\n")


@template("log_web", "접속기록", 12, mixed=False)
def t_log_web(D):
    r = D.r
    dt = doc_date(r)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dt.month - 1]
    for _ in range(r.randrange(5, 10)):
        ip = ip_v(r, r.choice(["public", "public", "public", "v6", "private"]))
        path = r.choice(["/minwon/apply?step=2", "/login.do", "/board/view.do?id=%d" % r.randrange(1000, 9999), "/api/v1/certificate", "/search?q=%EC%97%AC%EA%B6%8C"])
        ts = "[%02d/%s/%d:%02d:%02d:%02d +0900]" % (dt.day, mon, dt.year, r.randrange(24), r.randrange(60), r.randrange(60))
        D.w(ip, " - ")
        if r.random() < 0.4:
            D.w(H("u%05d" % r.randrange(10000, 99999), "system_user_id"))
        else:
            D.w("-")
        D.w(" ", ts, " \"", r.choice(["GET", "POST"]), " ", path, " HTTP/1.1\" ", r.choice(["200", "302", "404", "500"]), " ", str(r.randrange(200, 90000)), " \"-\" \"")
        if r.random() < 0.5:
            D.w("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/", "%d.0.%d.%d" % (r.randrange(118, 132), r.randrange(5000, 7000), r.randrange(10, 200)), " Safari/537.36\"\n")
        else:
            D.w("GovApp/", H("%d.%d.%d.%d" % (r.randrange(1, 6), r.randrange(0, 30), r.randrange(0, 10), r.randrange(0, 200)), "version_number"), " (Android 14)\"\n")


# ----------------------------------------------------------------------------
# OCR scans: other genres re-rendered with OCR noise (genre OCR스캔, base genre kept in meta)
# ----------------------------------------------------------------------------
for _name, _fn, _n, _base in [("ocr_gm90", t_gm90_award, 12, "공문_1990년대"), ("ocr_relief", t_gm90_relief, 10, "공문_1990년대"),
                              ("ocr_movein", t_rep_movein, 12, "신고서"), ("ocr_judgment", t_jud_criminal, 12, "판결문"),
                              ("ocr_payment", t_led_payment, 12, "대장"), ("ocr_contract", t_con_service, 12, "계약서"),
                              ("ocr_subsidy", t_app_subsidy, 10, "신청서"), ("ocr_statement", t_pol_statement, 10, "경찰")]:
    template(_name, "OCR스캔", _n, ocr=True, base=_base)(_fn)


if __name__ == "__main__":
    main(sys.argv[1:])
