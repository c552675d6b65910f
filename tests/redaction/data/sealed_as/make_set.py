#!/usr/bin/env python3
"""pii_as: independent Korean PII evaluation set (contact, payment and travel weighted).

Deterministic; standard library only.  Every random choice for record i of template t
comes from random.Random("pii_as-2026|<t>|<i>") (a suffix "|r<k>" is appended when a
draft fails validation and is retried).

    python3 make_set.py            # write files, re-read + validate, PYTHONHASHSEED check
    python3 make_set.py --outdir D --no-hashcheck
"""
import hashlib, ipaddress, json, os, re, subprocess, sys, tempfile, unicodedata, datetime
import random

SEED_PREFIX = "pii_as-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
TODAY = datetime.date(2026, 12, 6)


class DraftError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise DraftError(msg)


# ----------------------------------------------------------------------------- values
class V:
    """An intended PII value: type, sub-kind, written format, text, canonical form."""
    __slots__ = ("typ", "kind", "fmt", "text", "clean", "extra")

    def __init__(self, typ, kind, fmt, text, clean=None, extra=None):
        self.typ, self.kind, self.fmt, self.text = typ, kind, fmt, text
        self.clean = clean if clean is not None else text
        self.extra = extra or {}


def digits(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isdigit())


def rdig(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# ---- persons
SUR1 = ("김 김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 "
        "남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 "
        "연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 어 은 편 용 예 봉 태 목 형 피 감 빈").split()
SUR2 = "남궁 황보 선우 제갈 독고 사공 서문 동방".split()
GIV = ("민 수 지 현 서 연 준 영 우 진 혜 은 성 호 재 희 정 유 하 윤 동 상 경 미 승 태 소 예 주 나 다 채 시 아 "
       "원 훈 석 철 규 빈 율 찬 혁 범 건 솔 람 온 담 린 환 웅 용 한 근 숙 자 순 옥 란 보 슬 별 도 가 인 중 "
       "기 선 봉 광 명 세 형 향 애 결 겸 휘 효 덕").split()
GIV1 = "현 진 훈 솔 빈 결 율 환 혁 웅 준 민 영 숙 란 별 담 철 찬 건 겸 휘".split()
NAME_BLOCK = set("""이상 정원 조사 이사 조정 전기 전원 정상 고도 유리 지원 원장 신청 성과 안전 하수 임대 차량 이용 주소
공사 도로 수도 기준 구조 사업 주민 주의 고지 전화 전송 이하 이전 이후 정리 장기 신고 민원 한도 지급 지정 지연 유지 인원
안내 구분 방문 가정 여권 우편 장소 성명 연락 소속 담당 주무 과장 국장 팀장 계장 동의 서명 명의 신분 기간 기한 기타 수수
나이 나중 문서 반환 변경 보고 보관 부서 서류 선정 선택 성별 송금 수령 시간 시행 심사 연장 예정 오전 오후 우선 위원 유형
인정 임시 자격 장애 전입 전출 정보 조치 주간 지역 진행 차수 처리 최종 추가 출국 출장 통지 통화 한국 해당 현장 확인 회의
공공 공개 구간 구매 국내 국외 국적 금액 기관 기록 남자 여자 주택 주차 공무 공용 관리 결과 결재 원본 사본 도착 도보 가구
""".split())
FOREIGN = {
    "VN": ("베트남", [("NGUYEN", "응우옌"), ("TRAN", "쩐"), ("LE", "레"), ("PHAM", "팜"), ("HOANG", "호앙"), ("VU", "부"), ("DANG", "당"), ("BUI", "부이")],
           [("VAN AN", "반 안"), ("THI HOA", "티 호아"), ("MINH TUAN", "민 뚜언"), ("THI LINH", "티 린"), ("VAN NAM", "반 남"), ("THI HUONG", "티 흐엉"), ("DUC KHANH", "득 카인"), ("NGOC THAO", "응옥 타오"), ("VAN QUANG", "반 꽝")]),
    "CN": ("중국", [("WANG", "왕"), ("LI", "리"), ("ZHANG", "장"), ("LIU", "류"), ("CHEN", "천"), ("YANG", "양"), ("ZHAO", "자오"), ("HUANG", "황")],
           [("JIANHUA", "젠화"), ("XIAOLING", "샤오링"), ("WEI", "웨이"), ("HAORAN", "하오란"), ("MEILIN", "메이린"), ("YUTING", "위팅"), ("ZHIQIANG", "즈창"), ("LIJUAN", "리쥐안")]),
    "PH": ("필리핀", [("SANTOS", "산토스"), ("REYES", "레예스"), ("CRUZ", "크루스"), ("BAUTISTA", "바우티스타"), ("GARCIA", "가르시아"), ("MENDOZA", "멘도사"), ("VILLANUEVA", "비야누에바")],
           [("MARIA", "마리아"), ("JOSE", "호세"), ("ANGELICA", "안젤리카"), ("MARK", "마크"), ("JOY", "조이"), ("RODEL", "로델"), ("CRISTINA", "크리스티나")]),
    "UZ": ("우즈베키스탄", [("KARIMOV", "카리모프"), ("RAKHIMOVA", "라히모바"), ("YUSUPOV", "유수포프"), ("TOSHMATOV", "토시마토프"), ("ALIEVA", "알리예바")],
           [("AZIZ", "아지즈"), ("DILNOZA", "딜노자"), ("BEKZOD", "벡조드"), ("SHAKHNOZA", "샤흐노자"), ("JASUR", "자수르")]),
    "NP": ("네팔", [("GURUNG", "구룽"), ("TAMANG", "타망"), ("SHRESTHA", "슈레스타"), ("RAI", "라이"), ("THAPA", "타파")],
           [("RAM", "람"), ("SITA", "시타"), ("BIKASH", "비카스"), ("SUNITA", "수니타"), ("PRAKASH", "프라카시")]),
    "US": ("미국", [("MILLER", "밀러"), ("JOHNSON", "존슨"), ("BROWN", "브라운"), ("WILSON", "윌슨"), ("MARTIN", "마틴"), ("PARKER", "파커")],
           [("DANIEL", "대니얼"), ("EMILY", "에밀리"), ("THOMAS", "토머스"), ("SARAH", "세라"), ("LUCAS", "루카스"), ("CLAIRE", "클레어")]),
    "TH": ("태국", [("SRISUK", "스리숙"), ("WONGSA", "웡사"), ("CHAIYAPORN", "차이야폰")],
           [("SOMCHAI", "솜차이"), ("NARUMON", "나루몬"), ("KITTI", "낏띠")]),
    "ID": ("인도네시아", [("SANTOSO", "산토소"), ("WIJAYA", "위자야"), ("PRATAMA", "쁘라따마")],
           [("BUDI", "부디"), ("DEWI", "데위"), ("AGUS", "아구스")]),
    "MN": ("몽골", [("BATBOLD", "바트볼드"), ("GANBAATAR", "간바타르"), ("DORJ", "도르지")],
           [("ENKHJARGAL", "엥흐자르갈"), ("TSETSEG", "체첵"), ("BOLORMAA", "볼로르마")]),
}
FOREIGN_KEYS = list(FOREIGN.keys())
SUR_ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
             "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
             "안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "유": "yu", "고": "ko", "문": "moon", "양": "yang"}


def kname(rng, kind=None):
    """Korean name. kinds: ko_name, ko_two_syll_surname, ko_single_given."""
    kind = kind or wchoice(rng, [("ko_name", 80), ("ko_two_syll_surname", 9), ("ko_single_given", 11)])
    for _ in range(50):
        if kind == "ko_two_syll_surname":
            n = rng.choice(SUR2) + (rng.choice(GIV1) if rng.random() < 0.3 else rng.choice(GIV) + rng.choice(GIV))
        elif kind == "ko_single_given":
            n = rng.choice(SUR1) + rng.choice(GIV1)
        else:
            a, b = rng.choice(GIV), rng.choice(GIV)
            if a == b:
                continue
            n = rng.choice(SUR1) + a + b
        if n not in NAME_BLOCK and n[-2:] not in NAME_BLOCK and n[:2] not in NAME_BLOCK:
            return V("PERSON", kind, "hangul", n)
    raise DraftError("name pool exhausted")


def fname(rng, nat=None, script=None, order=None):
    """Foreign name in Latin or Hangul script."""
    nat = nat or rng.choice(FOREIGN_KEYS)
    _, surs, givs = FOREIGN[nat]
    s, g = rng.choice(surs), rng.choice(givs)
    script = script or rng.choice(["latin_upper", "latin_title", "hangul"])
    if script == "latin_upper":
        t = f"{s[0]} {g[0]}" if (order or "sg") == "sg" else f"{g[0]} {s[0]}"
    elif script == "latin_title":
        t = f"{g[0].title()} {s[0].title()}"
    else:
        t = f"{s[1]} {g[1]}" if nat in ("VN", "CN", "MN") else f"{g[1]} {s[1]}"
    return V("PERSON", "foreign_" + ("hangul" if script == "hangul" else "latin"), script, t,
             extra={"nat": nat, "nat_ko": FOREIGN[nat][0], "latin": f"{s[0]} {g[0]}", "sur": s, "giv": g})


def person(rng, p_foreign=0.06):
    return fname(rng) if rng.random() < p_foreign else kname(rng)


def roman_of(rng, v):
    if v.kind.startswith("foreign"):
        base = v.extra["sur"][0].lower()
    else:
        base = SUR_ROMAN.get(v.text[0], rng.choice(["kim", "lee", "park", "bae", "noh", "seo", "min"]))
    return base


# ---- addresses
SIDO = [("서울특별시", "서울", ["마포구", "관악구", "노원구", "강서구", "송파구", "은평구", "중랑구", "동작구", "성북구", "구로구"]),
        ("부산광역시", "부산", ["해운대구", "사하구", "부산진구", "동래구", "금정구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구"]),
        ("인천광역시", "인천", ["연수구", "부평구", "남동구", "서구"]),
        ("광주광역시", "광주", ["북구", "광산구", "서구"]),
        ("대전광역시", "대전", ["유성구", "서구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군"]),
        ("세종특별자치시", "세종", [""]),
        ("경기도", "경기", ["수원시 팔달구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "화성시", "평택시", "파주시", "남양주시", "안산시 단원구", "김포시"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "홍천군"]),
        ("충청북도", "충북", ["청주시 흥덕구", "충주시", "음성군"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "당진시", "논산시"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "익산시", "군산시"]),
        ("전라남도", "전남", ["순천시", "여수시", "목포시", "나주시"]),
        ("경상북도", "경북", ["포항시 남구", "경산시", "안동시", "칠곡군"]),
        ("경상남도", "경남", ["창원시 성산구", "양산시", "거제시", "통영시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROAD_STEM = ["한빛", "새말", "솔빛", "가람", "누리", "미리내", "별빛", "은행나무", "느티", "도담", "햇살", "모란", "청솔", "버들",
             "다솜", "온누리", "한울", "참샘", "샛별", "물빛", "구름", "노을", "바람개비", "푸른숲", "꽃뫼", "달맞이", "개나리", "둥지"]
APT = ["한빛마을", "푸른숲", "새솔", "늘푸른", "햇빛채", "가온", "다온누리", "하늘정원", "솔숲", "은빛마을"]
DONG_STEM = ["가곡", "신리", "매화", "학산", "용두", "금천", "상림", "백운", "소라", "덕암", "서정", "청림", "봉곡", "고잔"]


def address(rng, kind=None, sido_i=None, nounit=False):
    kind = kind or wchoice(rng, [("road_full", 30), ("road_short_sido", 18), ("road_from_sigungu", 14),
                                 ("road_eupmyeon", 8), ("jibun", 12), ("jibun_apt", 12), ("jibun_ri", 6)])
    si = rng.randrange(len(SIDO)) if sido_i is None else sido_i
    full, short, sgs = SIDO[si]
    sg = rng.choice(sgs)
    head_full = f"{full} {sg}".strip() if sg else full
    head_short = f"{short} {sg}".strip() if sg else full
    stem = rng.choice(ROAD_STEM)
    no = str(rng.randint(1, 320)) + (f"-{rng.randint(1, 40)}" if rng.random() < 0.25 else "")
    road = stem + rng.choice(["로", "로", "길", "대로"]) + (f" {rng.randint(2, 60)}번길" if rng.random() < 0.3 else "")
    unit = rng.choice(["", "", f", {rng.randint(101, 118)}동 {rng.randint(1, 25)}{rng.randint(1, 8):02d}호", f", {rng.randint(1, 9)}층",
                       f" {rng.randint(2, 6)}층 {rng.randint(2, 6)}0{rng.randint(1, 9)}호", f", {rng.randint(101, 905)}호"])
    if nounit:
        unit = ""
    paren = None
    dname = rng.choice(DONG_STEM) + "동"
    if kind == "road_full":
        t = f"{head_full} {road} {no}{unit}"
    elif kind == "road_short_sido":
        t = f"{head_short} {road} {no}{unit}"
    elif kind == "road_from_sigungu":
        if not sg:
            kind, t = "road_full", f"{full} {road} {no}{unit}"
        else:
            t = f"{sg} {road} {no}{unit}"
    elif kind == "road_eupmyeon":
        base = sg if (sg and not sg.endswith("구")) else "화성시"
        if base == "화성시":
            head_full, head_short = "경기도 화성시", "경기 화성시"
        t = f"{rng.choice([head_full, head_short])} {rng.choice(['봉담', '남양', '청북', '송악', '오창'])}{rng.choice(['읍', '면'])} {road} {no}"
    elif kind == "jibun":
        t = f"{rng.choice([head_full, head_short])} {dname} {rng.randint(1, 1800)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.6 else "") + \
            rng.choice(["", "", f" {rng.randint(2, 5)}층"])
    elif kind == "jibun_apt":
        t = f"{rng.choice([head_full, head_short])} {dname} {rng.randint(100, 1800)} {rng.choice(APT)}아파트 {rng.randint(101, 118)}동 {rng.randint(1, 25)}{rng.randint(1, 6):02d}호"
    else:  # jibun_ri (읍·면 only under a 시 or 군, never under an autonomous 구)
        if not sg or sg.endswith("구"):
            head_full, head_short = rng.choice([("경기도 파주시", "경기 파주시"), ("충청남도 당진시", "충남 당진시"), ("강원특별자치도 홍천군", "강원 홍천군"),
                                                ("경상북도 칠곡군", "경북 칠곡군"), ("전라남도 나주시", "전남 나주시"), ("제주특별자치도 서귀포시", "제주 서귀포시")])
        t = f"{rng.choice([head_full, head_short])} {rng.choice(['대산', '송정', '장호', '덕산'])}{rng.choice(['면', '읍'])} {rng.choice(DONG_STEM)}리 " + \
            rng.choice(["", "산 "]) + f"{rng.randint(1, 900)}" + (f"-{rng.randint(1, 9)}" if rng.random() < 0.5 else "") + rng.choice(["", "번지"])
    if kind.startswith("road") and rng.random() < 0.4:
        paren = f"({dname}" + (f", {rng.choice(APT)}아파트)" if "호" in unit and rng.random() < 0.5 else ")")
    return V("KR_ADDRESS", kind, "addr", t, extra={"postal": f"{rng.randint(1, 63):02d}{rdig(rng, 3)}", "paren": paren})


def inst_address(rng):
    full, short, sgs = rng.choice(SIDO)
    sg = rng.choice(sgs)
    hd = f"{full} {sg}".strip()
    t = f"{hd} {rng.choice(['시청로', '구청로', '군청로', '정부청사로', '관문로', '한누리대로', '행정로'])} {rng.randint(1, 200)}"
    if rng.random() < 0.4:
        t += rng.choice([f" 정부합동청사 {rng.randint(1, 9)}동", f" {rng.randint(2, 9)}층", " 별관", f" 종합청사 {rng.randint(1, 4)}층"])
    return t


# ---- phones
AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]


def phone(rng, kind=None, fmt=None):
    kind = kind or wchoice(rng, [("mobile", 55), ("landline", 28), ("voip_070", 9), ("fax", 8)])
    if kind == "mobile":
        a = "010" if rng.random() < 0.97 else rng.choice(["011", "016", "019"])
        b = rdig(rng, 4, True) if a == "010" else str(rng.randint(200, 999)) if rng.random() < 0.5 else rdig(rng, 4, True)
        c = rdig(rng, 4)
    elif kind == "voip_070":
        a, b, c = "070", rdig(rng, 4, True), rdig(rng, 4)
    else:
        a = rng.choice(AREA)
        b = str(rng.randint(200, 999)) if rng.random() < 0.35 else str(rng.randint(2000, 9899))
        c = rdig(rng, 4)
    fmts = ["hyphen"] * 6 + ["dot", "space", "plain"]
    if kind in ("landline", "fax"):
        fmts += ["paren", "paren_close", "paren"]
    fmts += ["intl"] if kind == "mobile" else []
    fmt = fmt or rng.choice(fmts)
    if fmt == "hyphen":
        t = f"{a}-{b}-{c}"
    elif fmt == "dot":
        t = f"{a}.{b}.{c}"
    elif fmt == "space":
        t = f"{a} {b} {c}"
    elif fmt == "plain":
        t = a + b + c
    elif fmt == "paren":
        t = f"({a}) {b}-{c}" if rng.random() < 0.5 else f"({a}){b}-{c}"
    elif fmt == "paren_close":
        t = f"{a}){b}-{c}"
    else:
        t = rng.choice([f"+82-{a[1:]}-{b}-{c}", f"+82 {a[1:]} {b} {c}", f"+82-{a[1:]}{b}{c}"])
    return V("PHONE_NUMBER", kind, fmt, t, clean=a + b + c)


def inst_phone(rng, main=False, short=False):
    """institution switchboard / representative numbers (NOT PII).
    main=True is only used right after a 대표전화/(대표)/당직실 cue, where an ordinary-looking landline may appear."""
    r = rng.random()
    if main and r < 0.55:
        return f"{rng.choice(AREA)}-{rng.randint(200, 999)}-{rng.choice(['2114', '1114', '0114', '2000', '3114', '5114'])}"
    if not short or main or r < 0.8:
        return f"{rng.choice(['1588', '1577', '1600', '1544', '1644', '1566', '1661', '1899', '1666', '1522'])}-{rdig(rng, 4)}"
    return rng.choice(["110", "120", "126", "1345", "1350", "1355"])


# ---- e-mail
MAILDOM = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com", "outlook.kr", "yahoo.co.kr"]


def email(rng, who=None, domain=None, kind=None):
    base = roman_of(rng, who) if who is not None else rng.choice(["mj", "hs", "yr", "sky", "blue", "sun", "jin", "dh"])
    local = rng.choice([
        f"{base}{rng.choice(['', '.', '_'])}{rng.choice('abcdefghjkmnprsty')}{rng.choice('abcdefghjkmnprsty')}{rng.choice(['', str(rng.randint(1, 99)), str(rng.randint(70, 99))])}",
        f"{rng.choice('abcdefghjkmnprsty')}{rng.choice('abcdefghjkmnprsty')}{base}{rng.randint(1, 9999)}",
        f"{base}{rng.choice(['.', '-'])}{rng.choice(['official', 'work', 'home', 'mail', 'kr'])}{rng.randint(1, 99)}"])
    dom = domain or rng.choice(MAILDOM)
    kind = kind or ("official" if dom.endswith("korea.kr") or dom.endswith(".go.kr") else "personal")
    return V("EMAIL_ADDRESS", kind, "plain", f"{local}@{dom}")


# ---- dates of birth
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def rand_birth(rng, lo=1942, hi=2006):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return datetime.date(y, m, d)


def young_birth(rng):
    """a birth date after the October 2020 RRN change (young children)"""
    return datetime.date(2020, 10, 5) + datetime.timedelta(days=rng.randint(0, 2200))


def rrn_for(rng, b):
    return rrn(rng, "rrn_post2020", b=b) if b >= datetime.date(2020, 10, 1) else rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), b=b)


def dob(rng, b=None, fmt=None):
    b = b or rand_birth(rng)
    y, m, d = b.year, b.month, b.day
    fmt = fmt or wchoice(rng, [("dot_space", 20), ("dot_pad", 10), ("dot_pad_nodot", 8), ("hangul", 16), ("hyphen", 14),
                               ("short_dot", 7), ("six", 5), ("slash", 4), ("en_passport", 6), ("kr_passport", 3), ("short_hangul", 4), ("en_us", 3)])
    t = {"dot_space": f"{y}. {m}. {d}.", "dot_pad": f"{y}.{m:02d}.{d:02d}.", "dot_pad_nodot": f"{y}.{m:02d}.{d:02d}",
         "hangul": f"{y}년 {m}월 {d}일", "hyphen": f"{y}-{m:02d}-{d:02d}", "short_dot": f"{y % 100:02d}.{m:02d}.{d:02d}",
         "six": f"{y % 100:02d}{m:02d}{d:02d}", "slash": f"{y}/{m:02d}/{d:02d}", "en_passport": f"{d:02d} {MON_EN[m - 1]} {y}",
         "kr_passport": f"{d:02d} {m}월/{MON_EN[m - 1]} {y}", "short_hangul": f"{y % 100:02d}년 {m}월 {d}일",
         "en_us": f"{MON_EN[m - 1].title()} {d}, {y}"}[fmt]
    return V("DATE_OF_BIRTH", "dob_" + fmt, fmt, t, clean=b.isoformat())


# ---- RRN / FRN
W_RRN = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_check(d12):
    return (11 - sum(int(x) * w for x, w in zip(d12, W_RRN)) % 11) % 10


def frn_check(d12):
    return (13 - sum(int(x) * w for x, w in zip(d12, W_RRN)) % 11) % 10


def rrn(rng, kind=None, b=None, fmt=None):
    kind = kind or wchoice(rng, [("rrn_valid", 50), ("rrn_masked", 32), ("rrn_post2020", 18)])
    if kind == "rrn_post2020":
        b = b if (b and b >= datetime.date(2020, 10, 1)) else datetime.date(2020, 10, 5) + datetime.timedelta(days=rng.randint(0, 2200))
    else:
        b = b or rand_birth(rng)
    g = (1 if b.year < 2000 else 3) + rng.randint(0, 1)
    front = b.strftime("%y%m%d")
    if kind == "rrn_masked":
        mk = rng.choice(["*", "*", "●", "X", "x"])
        back = str(g) + mk * 6
        clean = front + str(g)
    else:
        d11 = front + str(g) + f"{rng.randint(0, 95):02d}" + rdig(rng, 3)
        c = rrn_check(d11)
        if kind == "rrn_post2020":
            c = (c + rng.randint(1, 9)) % 10
        back = d11[6:] + str(c)
        clean = d11 + str(c)
    fmt = fmt or wchoice(rng, [("hyphen", 80), ("plain", 10 if kind != "rrn_masked" else 0), ("space", 10)])
    t = front + {"hyphen": "-", "plain": "", "space": " "}[fmt] + back
    return V("KR_RRN", kind, fmt, t, clean=clean, extra={"birth": b})


def frn(rng, kind=None, b=None, fmt=None):
    kind = kind or wchoice(rng, [("frn_valid", 82), ("frn_masked", 18)])
    b = b or rand_birth(rng, 1958, 2006)
    g = (5 if b.year < 2000 else 7) + rng.randint(0, 1)
    front = b.strftime("%y%m%d")
    if kind == "frn_masked":
        back = str(g) + rng.choice(["*", "●", "X"]) * 6
        clean = front + str(g)
    else:
        d12 = front + str(g) + f"{rng.randint(1, 49) * 2:02d}" + rdig(rng, 2) + str(rng.randint(6, 9))
        back = d12[6:] + str(frn_check(d12))
        clean = front + back
    fmt = fmt or wchoice(rng, [("hyphen", 82), ("plain", 10 if kind != "frn_masked" else 0), ("space", 8)])
    t = front + {"hyphen": "-", "plain": "", "space": " "}[fmt] + back
    return V("KR_FRN", kind, fmt, t, clean=clean, extra={"birth": b})


# ---- passports
PP_FOREIGN = {"CN": ("E", 8), "CN2": ("E?", 7), "VN": ("C", 7), "PH": ("P", 7), "US": ("", 9), "TH": ("??", 7), "UZ": ("FA", 7),
              "NP": ("", 8), "ID": ("?", 7), "MN": ("E", 7), "JP": ("T?", 7)}
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport(rng, nat=None, kind=None):
    """Korean (old/new) or foreign passport number."""
    if nat in (None, "KR"):
        kind = kind or wchoice(rng, [("passport_kr_new", 55), ("passport_kr_old", 45)])
        pre = wchoice(rng, [("M", 80), ("S", 6), ("R", 4), ("G", 5), ("D", 5)])
        if kind == "passport_kr_new":
            t = pre + rdig(rng, 3) + rng.choice("ABCDEFGHJK") + rdig(rng, 4)
        else:
            t = pre + rdig(rng, 8)
        return V("KR_PASSPORT", kind, "plain", t, extra={"nat": "KR"})
    key = {"CN": rng.choice(["CN", "CN2"])}.get(nat, nat)
    if key not in PP_FOREIGN:
        key = rng.choice(["US", "TH", "ID"])
    pre, n = PP_FOREIGN[key]
    pre = "".join(rng.choice(UPPER) if c == "?" else c for c in pre)
    t = pre + rdig(rng, n, first_nonzero=(pre == ""))
    if key == "PH":
        t += rng.choice(UPPER)
    return V("KR_PASSPORT", "passport_foreign", "plain", t, extra={"nat": nat})


# ---- driver licence
DL_REGION = {"서울": "11", "부산": "12", "경기": "13", "강원": "14", "충북": "15", "충남": "16", "전북": "17", "전남": "18",
             "경북": "19", "경남": "20", "제주": "21", "대구": "22", "인천": "23", "광주": "24", "대전": "25", "울산": "26", "경기북부": "28"}
DL_NAMES = list(DL_REGION.keys())


def dl(rng, kind=None):
    kind = kind or wchoice(rng, [("dl_numeric", 38), ("dl_region_name", 22), ("dl_region_name_nospace", 10), ("dl_plain12", 18), ("dl_spaced", 12)])
    rn = rng.choice(DL_NAMES)
    code, yy, ser, ck = DL_REGION[rn], f"{rng.randint(85, 125) % 100:02d}", rdig(rng, 6), rdig(rng, 2)
    t = {"dl_numeric": f"{code}-{yy}-{ser}-{ck}", "dl_region_name": f"{rn} {yy}-{ser}-{ck}", "dl_region_name_nospace": f"{rn}{yy}-{ser}-{ck}",
         "dl_plain12": f"{code}{yy}{ser}{ck}", "dl_spaced": f"{code} {yy} {ser} {ck}"}[kind]
    return V("KR_DRIVER_LICENSE", kind, kind[3:], t, clean=code + yy + ser + ck, extra={"region": rn})


# ---- cards
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, kind=None, fmt=None):
    brand = wchoice(rng, [("visa", 30), ("master", 24), ("bc", 18), ("jcb", 10), ("amex", 8), ("local", 10)])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + rdig(rng, 12)
    else:
        pre = {"visa": "4" + rdig(rng, 3), "master": str(rng.randint(51, 55)) + rdig(rng, 2), "bc": "94" + rdig(rng, 2),
               "jcb": str(rng.randint(3528, 3589)), "local": rng.choice(["9410", "9420", "6253", "6243"])}[brand]
        body = pre + rdig(rng, 11)
    num = luhn_complete(body)
    kind = kind or wchoice(rng, [("card_full", 78), ("card_masked", 22)])
    if brand == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[0:4], num[4:8], num[8:12], num[12:]]
    shown = num
    if kind == "card_masked":
        mk = rng.choice(["*", "*", "X", "●"])
        if brand == "amex":
            keep = rng.choice([(6, 4), (4, 4)])
        else:
            keep = rng.choice([(6, 4), (4, 4), (8, 4)])
        shown = num[:keep[0]] + mk * (len(num) - keep[0] - keep[1]) + num[-keep[1]:]
    fmt = fmt or wchoice(rng, [("hyphen", 60), ("space", 22), ("plain", 18)])
    gl = [len(g) for g in groups]
    parts, i = [], 0
    for n in gl:
        parts.append(shown[i:i + n])
        i += n
    t = {"hyphen": "-", "space": " ", "plain": ""}[fmt].join(parts)
    return V("CREDIT_CARD", kind, fmt, t, clean=num if kind == "card_full" else shown, extra={"brand": brand})


# ---- bank accounts
BANKS = [("KB국민은행", [6, 2, 6]), ("국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]),
         ("NH농협은행", [3, 4, 4, 2]), ("지역농·축협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]), ("SC제일은행", [3, 2, 6]),
         ("카카오뱅크", [4, 2, 7]), ("케이뱅크", [3, 3, 6]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]), ("새마을금고", [4, 4, 4, 1]),
         ("신협", [3, 3, 6]), ("수협은행", [3, 4, 4, 1]), ("부산은행", [3, 4, 4, 2]), ("iM뱅크", [3, 2, 6, 1]), ("광주은행", [3, 3, 6]),
         ("경남은행", [3, 2, 7]), ("전북은행", [3, 2, 7]), ("제주은행", [2, 2, 6]), ("한국씨티은행", [3, 5, 3, 2])]
BANK_SHORT = {"KB국민은행": "국민", "국민은행": "국민", "신한은행": "신한", "우리은행": "우리", "하나은행": "하나", "NH농협은행": "농협",
              "지역농·축협": "농협", "IBK기업은행": "기업", "SC제일은행": "SC제일", "카카오뱅크": "카카오", "케이뱅크": "케이뱅크",
              "토스뱅크": "토스", "우체국": "우체국", "새마을금고": "MG", "신협": "신협", "수협은행": "수협", "부산은행": "부산",
              "iM뱅크": "iM", "광주은행": "광주", "경남은행": "경남", "전북은행": "전북", "제주은행": "제주", "한국씨티은행": "씨티"}


def account(rng, bank_i=None, fmt=None):
    bi = rng.randrange(len(BANKS)) if bank_i is None else bank_i
    bank, grp = BANKS[bi]
    parts = [rdig(rng, n, first_nonzero=(k == 0)) for k, n in enumerate(grp)]
    if bank == "카카오뱅크":
        parts[0] = rng.choice(["3333", "3355", "7979"])
    if bank == "토스뱅크":
        parts[0] = "1000"
    fmt = fmt or wchoice(rng, [("hyphen", 70), ("plain", 20), ("space", 10)])
    t = {"hyphen": "-", "plain": "", "space": " "}[fmt].join(parts)
    return V("KR_BANK_ACCOUNT", "acct_" + "-".join(map(str, grp)), fmt, t, clean="".join(parts), extra={"bank": bank, "grp": grp})


# ---- BRN / CRN / health insurance / plate / IP
BRN_W = [1, 3, 7, 1, 3, 7, 1, 3, 5]


def brn_check(d9):
    s = sum(int(x) * w for x, w in zip(d9, BRN_W)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def brn(rng, corp=None, fmt=None):
    corp = rng.random() < 0.5 if corp is None else corp
    mid = rng.choice(["81", "86", "87", "88"]) if corp else f"{rng.randint(1, 79):02d}"
    d9 = str(rng.randint(101, 899)) + mid + rdig(rng, 4)
    num = d9 + str(brn_check(d9))
    fmt = fmt or wchoice(rng, [("hyphen", 75), ("plain", 15), ("space", 10)])
    t = {"hyphen": f"{num[:3]}-{num[3:5]}-{num[5:]}", "plain": num, "space": f"{num[:3]} {num[3:5]} {num[5:]}"}[fmt]
    return V("KR_BRN", "brn_corp" if corp else "brn_individual", fmt, t, clean=num)


def crn_check(d12):
    return (10 - sum(int(x) * (1 if k % 2 == 0 else 2) for k, x in enumerate(d12)) % 10) % 10


def crn(rng, fmt=None):
    d12 = rng.choice(["1101", "1301", "1311", "1344", "1358", "1201", "1601", "1711", "1801", "2001", "2301", "1501", "1150"]) + \
        rng.choice(["11", "11", "11", "14", "21", "31"]) + rdig(rng, 6)
    num = d12 + str(crn_check(d12))
    fmt = fmt or wchoice(rng, [("hyphen", 80), ("plain", 12), ("space", 8)])
    t = {"hyphen": f"{num[:6]}-{num[6:]}", "plain": num, "space": f"{num[:6]} {num[6:]}"}[fmt]
    return V("KR_CRN", "crn_valid", fmt, t, clean=num)


def health_ins(rng, fmt=None):
    num = str(rng.randint(1, 7)) + rdig(rng, 10)
    fmt = fmt or wchoice(rng, [("plain", 60), ("hyphen_1_10", 15), ("hyphen_4_7", 10), ("space", 15)])
    t = {"plain": num, "hyphen_1_10": f"{num[0]}-{num[1:]}", "hyphen_4_7": f"{num[:4]}-{num[4:]}", "space": f"{num[:4]} {num[4:8]} {num[8:]}"}[fmt]
    return V("KR_HEALTH_INSURANCE", "hi_11digit", fmt, t, clean=num)


PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PLATE_REGION = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"]


def plate(rng, kind=None):
    kind = kind or wchoice(rng, [("plate_2d", 30), ("plate_3d", 30), ("plate_region", 10), ("plate_commercial", 10),
                                 ("plate_rental", 8), ("plate_nospace", 12)])
    four = rdig(rng, 4, True)
    if kind == "plate_2d":
        t = f"{rng.randint(10, 69)}{rng.choice(PLATE_PRIV)} {four}"
    elif kind == "plate_3d":
        t = f"{rng.randint(100, 399)}{rng.choice(PLATE_PRIV)} {four}"
    elif kind == "plate_region":
        t = f"{rng.choice(PLATE_REGION)} {rng.randint(10, 69)}{rng.choice(PLATE_PRIV)} {four}"
    elif kind == "plate_commercial":
        t = f"{rng.choice(PLATE_REGION)} {rng.randint(70, 98)}{rng.choice('바사아자배')} {four}"
    elif kind == "plate_rental":
        t = f"{rng.randint(10, 399)}{rng.choice('하허호')} {four}"
    else:
        t = rng.choice([f"{rng.randint(10, 399)}{rng.choice(PLATE_PRIV)}{four}", f"{rng.choice(PLATE_REGION)}{rng.randint(10, 69)}{rng.choice(PLATE_PRIV)}{four}"])
    return V("KR_VEHICLE_PLATE", kind, kind[6:], t, clean=t.replace(" ", ""))


def ip(rng, kind=None):
    kind = kind or wchoice(rng, [("ipv4_public", 62), ("ipv4_private", 28), ("ipv6", 10)])
    if kind == "ipv4_private":
        t = rng.choice([f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    elif kind == "ipv4_public":
        t = f"{rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 118, 121, 125, 175, 183, 211, 218, 220, 222])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        t = f"2001:{rng.choice(['2d8', '2b8', '220', 'e60'])}:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}"
    return V("IP_ADDRESS", kind, "plain", t)


# ----------------------------------------------------------------------------- noise
CONF = {"0": "O", "1": "lI", "5": "S", "8": "B"}
HYPHENS = ["‐", "‑", "–", "—", "－", "‒", "ㅡ"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _interior_positions(text):
    return [i for i in range(1, len(text)) if not text[i - 1].isspace() and not text[i].isspace()]


def noisify(rng, v, text):
    t = v.typ
    if t == "PERSON":
        if v.kind in ("ko_name", "ko_two_syll_surname", "ko_single_given"):
            ops = ["spaced_name"]
        elif " " in text:
            ops = ["wrapped"]
        else:
            return text, []
    elif t == "KR_ADDRESS":
        ops = ["wrapped", "wrapped", "fullwidth_digits"]
    elif t == "EMAIL_ADDRESS":
        ops = ["wrapped", "space_in_number"]
    elif t == "DATE_OF_BIRTH":
        ops = ["fullwidth_digits", "confusable_letter"] + (["wrapped"] if " " in text else ["space_in_number"])
    else:
        ops = ["fullwidth_digits", "confusable_letter", "confusable_letter", "space_in_number", "newline_in_number"]
        if "-" in text:
            ops += ["unicode_hyphen", "unicode_hyphen"]
        if "(" in text or ")" in text:
            ops += ["lost_bracket"] * 6
    uniq = list(dict.fromkeys(ops))
    n = 1 if rng.random() < 0.7 else 2
    chosen = []
    while len(chosen) < min(n, len(uniq)):
        o = rng.choice(ops)
        if o not in chosen:
            chosen.append(o)
    chosen.sort(key=uniq.index)
    tags = []
    for o in chosen:
        new = text
        if o == "spaced_name":
            new = " ".join(text)
        elif o == "wrapped":
            if t == "EMAIL_ADDRESS":
                k = text.index("@") + 1 if rng.random() < 0.5 else text.rindex(".")
                new = text[:k] + "\n" + text[k:]
            else:
                sp = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
                if sp:
                    k = rng.choice(sp)
                    new = text[:k] + "\n" + text[k + 1:]
        elif o == "fullwidth_digits":
            if rng.random() < 0.6:
                new = text.translate(FW)
            else:
                new = "".join(c.translate(FW) if c.isdigit() and rng.random() < 0.5 else c for c in text)
        elif o == "confusable_letter":
            pos = [i for i, c in enumerate(text) if c in CONF]
            if pos:
                chars = list(text)
                for k in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
                    chars[k] = rng.choice(CONF[chars[k]])
                new = "".join(chars)
        elif o in ("space_in_number", "newline_in_number"):
            pos = _interior_positions(text)
            if t == "EMAIL_ADDRESS":
                pos = [text.index("@"), text.index("@") + 1]
            if pos:
                k = rng.choice(pos)
                new = text[:k] + (" " if o == "space_in_number" else "\n") + text[k:]
        elif o == "unicode_hyphen":
            h = rng.choice(HYPHENS)
            new = text.replace("-", h) if rng.random() < 0.7 else text.replace("-", h, 1)
        elif o == "lost_bracket":
            b = [i for i, c in enumerate(text) if c in "()"]
            k = rng.choice(b)
            new = text[:k] + text[k + 1:]
            if new.startswith(" "):
                new = new.lstrip()
        if new != text:
            tags.append(o)
            text = new
    return text, tags


def norm(s):
    for h in HYPHENS:
        s = s.replace(h, "-")
    s = unicodedata.normalize("NFKC", s)
    for h in HYPHENS + ["\u2010"]:
        s = s.replace(h, "-")
    return re.sub(r"[\s()]", "", s)


def consistent(orig, noisy):
    a, b = norm(orig), norm(noisy)
    if len(a) != len(b):
        return False
    return all(x == y or (x in CONF and y in CONF[x]) for x, y in zip(a, b))


def ocr_plain(rng, s):
    """light OCR noise on the plain (non-span, non-hard-negative) text; returns text and counts by kind"""
    out, n = [], {}
    for c in s:
        r = rng.random()
        k = None
        if c in "「」『』" and r < 0.5:
            k = "lost_bracket"
        elif c in "()" and r < 0.15:
            k = "lost_bracket"
        elif c == "·" and r < 0.4:
            out.append(".")
            k = "middle_dot_as_period"
        elif c == ":" and r < 0.08:
            out.append(";")
            k = "colon_as_semicolon"
        elif c == " " and r < 0.025:
            out.append(rng.choice(["  ", "\n"]))
            k = "extra_space_or_wrap"
        else:
            out.append(c)
        if k:
            n[k] = n.get(k, 0) + 1
    return "".join(out), n


# ----------------------------------------------------------------------------- draft
class Draft:
    def __init__(self, rng, noise=0.06, ocr=False):
        self.rng, self.noise, self.ocr = rng, noise, ocr
        self.parts, self.pos, self.spans, self.negs = [], 0, [], []
        self.no_pii, self.base = False, None
        self.plain_noise = {}
        self.inst_values = []

    def t(self, *ss):
        for s in ss:
            if not s:
                continue
            if self.ocr:
                s, n = ocr_plain(self.rng, s)
                for k, v in n.items():
                    self.plain_noise[k] = self.plain_noise.get(k, 0) + v
            self.parts.append(s)
            self.pos += len(s)

    def prep(self, v, noise=None):
        p = self.noise if noise is None else noise
        if self.rng.random() < p:
            text, tags = noisify(self.rng, v, v.text)
        else:
            text, tags = v.text, []
        return ("P", v, text, tags)

    def put(self, pr):
        _, v, text, tags = pr
        st = self.pos
        self.parts.append(text)
        self.pos += len(text)
        self.spans.append({"start": st, "end": self.pos, "type": v.typ, "kind": v.kind, "format": v.fmt,
                           "noise": tags, "value": text, "orig": v.text, "clean": v.clean})
        return text

    def s(self, v, noise=None):
        need(not self.no_pii, "span in no-PII draft")
        return self.put(self.prep(v, noise))

    def n(self, text, cat):
        st = self.pos
        self.parts.append(text)
        self.pos += len(text)
        self.negs.append({"start": st, "end": self.pos, "text": text, "category": cat})
        if cat in ("institution_switchboard", "institution_address", "institution_email", "institution_account", "institution_vehicle_plate"):
            self.inst_values.append(text)
        return text

    # cells: str | V | ("N", text, cat) | prepared ("P", ...)
    def _cell(self, c):
        if c is None:
            return ("T", "")
        if isinstance(c, str):
            return ("T", c)
        if isinstance(c, V):
            need(not self.no_pii, "span in no-PII draft")
            return self.prep(c)
        if isinstance(c, list):
            return ("C", [self._cell(x) for x in c])
        return c

    @staticmethod
    def _disp(c):
        if c[0] == "C":
            return "".join(Draft._disp(x) for x in c[1])
        return c[2] if c[0] == "P" else c[1]

    def emit(self, c):
        if c[0] == "C":
            for x in c[1]:
                self.emit(x)
        elif c[0] == "T":
            self.t(c[1])
        elif c[0] == "N":
            self.n(c[1], c[2])
        else:
            self.put(c)

    def table(self, rows, sep=" | ", header=None, pad=False, lead="", trail="", rule=None):
        allrows = ([header] if header else []) + rows
        pr = [[self._cell(c) for c in r] for r in allrows]
        widths = {}
        if pad:
            for r in pr:
                for k, c in enumerate(r):
                    widths[k] = max(widths.get(k, 0), len(self._disp(c)))
        for ri, r in enumerate(pr):
            self.t(lead)
            for k, c in enumerate(r):
                if k:
                    self.t(sep)
                self.emit(c)
                if pad and k < len(r) - 1:
                    self.t(" " * (widths[k] - len(self._disp(c))))
            self.t(trail + "\n")
            if ri == 0 and header and rule:
                self.t(rule + "\n")

    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------- hard negatives
LAWS = [("개인정보 보호법", 24), ("개인정보 보호법", 15), ("개인정보 보호법", 23), ("주민등록법", 29), ("주민등록법", 16), ("여권법", 9), ("여권법", 16),
        ("도로교통법", 80), ("도로교통법", 93), ("출입국관리법", 25), ("출입국관리법", 31), ("공공기관의 정보공개에 관한 법률", 9),
        ("국민건강보험법", 12), ("공무원 여비 규정", 16), ("국가공무원법", 78), ("지방공무원법", 72), ("민원 처리에 관한 법률", 27),
        ("긴급복지지원법", 9), ("자동차관리법", 10), ("국가를 당사자로 하는 계약에 관한 법률", 11), ("행정업무의 운영 및 혁신에 관한 규정", 8),
        ("소득세법", 127), ("감사원법", 33), ("의료법", 21), ("초·중등교육법", 30), ("119구조·구급에 관한 법률", 22)]
COMP_STEM = ["한빛", "새벽", "가온", "다온", "누리", "대성", "동해", "서해", "신일", "금강", "태평", "하늘", "미래", "참빛", "우람", "청운", "백두", "한마음", "세움", "바른",
             "서진", "유진", "하윤"]
PRODUCTS = ["유진 쿠션", "하람 토너", "한결 생수 2L", "정원 세트", "서윤 복사용지", "민채 물티슈", "다은 커피믹스", "수아 방향제"]
COMP_SUF = ["엔지니어링", "건설", "상사", "물산", "테크", "시스템즈", "정보통신", "여행사", "렌터카", "모빌리티", "푸드", "인쇄", "환경", "산업", "개발", "인력", "에듀", "통상"]
PLACEHOLDERS = ["홍길동", "김○○", "이○○", "박**", "정 모 씨", "A씨", "B씨", "갑", "을", "병", "○○○", "OOO", "최모씨", "A법인", "B사", "피해자 C", "D씨"]
NAMELIKE = ["진주", "강진", "홍성", "문경", "서산", "오산", "안양", "하남", "남원", "양평", "고성", "정읍", "구미", "김해", "장성", "임실", "예산", "안성", "성주", "한림"]
DEPTS = ["운영지원과", "민원여권과", "총무과", "재무과", "복지정책과", "교통행정과", "체류관리과", "감사담당관", "기획예산과", "자치행정과",
         "세무과", "회계과", "정보통신과", "인사과", "사회복지과", "교육지원과", "건축과", "환경정책과", "외국인정책과", "여권과"]
AGENCIES = ["행정안전부", "법무부", "외교부", "국토교통부", "보건복지부", "고용노동부", "교육부", "국세청", "경찰청", "소방청", "인사혁신처",
            "서울출입국·외국인청", "부산출입국·외국인청", "인천출입국·외국인청", "수원출입국·외국인사무소", "국민건강보험공단"]
LOCALS = [f"{s[0]} {g}" for s in SIDO for g in s[2] if g][:60]
TITLES = ["주무관", "주무관", "주무관", "사무관", "서기관", "팀장", "과장", "실무관", "행정관"]


def company(rng):
    st, sf = rng.choice(COMP_STEM), rng.choice(COMP_SUF)
    return rng.choice([f"(주){st}{sf}", f"{st}{sf} 주식회사", f"주식회사 {st}{sf}", f"㈜{st}{sf}", f"{st}{sf}", f"유한회사 {st}{sf}"])


def amount(rng, lo=10000, hi=30000000):
    n = rng.randint(lo // 10, hi // 10) * 10
    return rng.choice([f"{n:,}원", f"{n:,}원", f"금 {n:,}원", f"₩{n:,}", f"{n:,} 원"])


def rdate(rng, y0=2019, y1=2026, fmt=None):
    dd = datetime.date(y0, 1, 1) + datetime.timedelta(days=rng.randint(0, (datetime.date(y1, 11, 30) - datetime.date(y0, 1, 1)).days))
    fmt = fmt or rng.choice(["dot", "dot", "hangul", "hyphen", "dotpad"])
    return {"dot": f"{dd.year}. {dd.month}. {dd.day}.", "hangul": f"{dd.year}년 {dd.month}월 {dd.day}일",
            "hyphen": dd.isoformat(), "dotpad": f"{dd.year}.{dd.month:02d}.{dd.day:02d}."}[fmt]


def date_pair(rng, y0=2026, y1=2026):
    """two ordered dates in one written format"""
    a = datetime.date(y0, 1, 1) + datetime.timedelta(days=rng.randint(0, (datetime.date(y1, 11, 1) - datetime.date(y0, 1, 1)).days))
    b = a + datetime.timedelta(days=rng.randint(2, 28))
    fmt = rng.choice(["dot", "hangul", "dotpad", "hyphen"])
    f = {"dot": lambda x: f"{x.year}. {x.month}. {x.day}.", "hangul": lambda x: f"{x.year}년 {x.month}월 {x.day}일",
         "dotpad": lambda x: f"{x.year}.{x.month:02d}.{x.day:02d}.", "hyphen": lambda x: x.isoformat()}[fmt]
    return f(a), f(b)


def josa(word, pair):
    c = word[-1]
    has = 0xAC00 <= ord(c) <= 0xD7A3 and (ord(c) - 0xAC00) % 28 != 0
    return pair[0] if has else pair[1]


def statute(rng):
    law, a = rng.choice(LAWS)
    return rng.choice([f"「{law}」 제{a}조", f"「{law}」 제{a}조제{rng.randint(1, 4)}항", f"{law} 제{a}조 제{rng.randint(1, 3)}항 제{rng.randint(1, 5)}호",
                       f"같은 법 시행령 제{rng.randint(2, 40)}조", f"「{law} 시행규칙」 제{rng.randint(2, 30)}조"])


def docno(rng, dept=None, era="now"):
    dept = dept or rng.choice(DEPTS)
    if era == "90s":
        return f"{dept[:2]} {rng.randint(10000, 99999)}-{rng.randint(1, 999)}"
    return rng.choice([f"{dept}-{rng.randint(100, 9999)}", f"{dept}-{rng.randint(100, 9999)}", f"{dept[:2]}-{rng.randint(10, 999)}"])


def caseno(rng):
    y = rng.randint(2018, 2026)
    return rng.choice([f"{y}{rng.choice(['고단', '고합', '구합', '구단', '누', '두', '가단', '가합', '나', '노', '도', '고약', '고정', '카단'])}{rng.randint(100, 99999)}",
                       f"조심 {y}서{rng.randint(100, 9999)}", f"제{y}-{rng.randint(1, 9999):04d}호", f"{y}형제{rng.randint(1000, 99999)}"])


def recno(rng):
    y = rng.randint(19, 26)
    return rng.choice([f"{rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}-{y}{rng.randint(1, 12):02d}-{rdig(rng, 7)}",
                       f"20{y}-{rdig(rng, 6)}", f"제20{y}-{rng.randint(1, 9999)}호", f"20{y}{rdig(rng, 7)}-00",
                       f"{rng.choice(['031', '041', '053', '062'])}-20{y}-{rdig(rng, 4)}", f"{rng.randint(1000, 9999)}-20{y}-{rdig(rng, 6)}"])


def inst_email(rng):
    return f"{rng.choice(['minwon', 'webmaster', 'help', 'privacy', 'info', 'gamsa', 'visa'])}@{rng.choice(['mois', 'moj', 'city', 'gu', 'edu', 'nhis', 'police', 'fire'])}{rng.randint(1, 99)}.go.kr"


def version(rng):
    return rng.choice([f"10.0.{rng.randint(17000, 22631)}.{rng.randint(1000, 4000)}", f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
                       f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"])


def userid(rng):
    return rng.choice([f"u{rdig(rng, 5)}", f"emp{rdig(rng, 4)}", f"adm_{rng.randint(1, 40):02d}", f"ops{rng.randint(1, 99):02d}", f"svc-batch{rng.randint(1, 9)}"])


def office_of(ag):
    """head of an agency named only by office (NOT PII)"""
    last = ag.split()[-1]
    if last.endswith("부"):
        return ag + "장관"
    if last.endswith("구"):
        return ag + "청장"
    if last.endswith("군"):
        return ag + "수"
    if last.endswith("시") or last.endswith("도"):
        return ag + "장" if not last.endswith("도") else ag + "지사"
    if last.endswith("공단"):
        return ag + " 이사장"
    return ag + "장"


def office_only(rng):
    return rng.choice(["행정안전부장관", "법무부장관", "외교부장관", "국세청장", "경찰서장", "소방서장", "교육감", "세무서장", "출입국·외국인청장",
                       f"{rng.choice(['마포', '수성', '유성', '연수', '해운대', '서귀포'])}{rng.choice(['구청장', '구청장', '시장', '보건소장'])}",
                       "국민건강보험공단 이사장", "○○시장", "감사관", "주민센터장", "학교장"])


# ----------------------------------------------------------------------------- validation
RE_MOBILE = re.compile(r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")
RE_RRNSHAPE = re.compile(r"(?<!\d)\d{6}-\d{7}(?!\d)")
RE_CARD = re.compile(r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)")
RE_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def valid_date(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def check_value(sp):
    """Format and checksum assertions by kind, computed after removing the noise."""
    typ, kind, orig, val, clean = sp["type"], sp["kind"], sp["orig"], sp["value"], sp["clean"]
    need(typ in TYPES, f"bad type {typ}")
    need(val == orig or consistent(orig, val), f"noise inconsistent {orig!r} -> {val!r}")
    need(val == val.strip() and val, f"edge whitespace {val!r}")
    o = unicodedata.normalize("NFKC", orig)
    dg = digits(o)
    if typ == "KR_RRN":
        b = valid_date((1900 if dg[6] in "12" else 2000) + int(dg[:2]), int(dg[2:4]), int(dg[4:6]))
        need(b is not None and dg[6] in "1234", "rrn date/gender")
        need((dg[6] in "12") == (b.year < 2000), "rrn century")
        if kind == "rrn_valid":
            need(len(dg) == 13 and rrn_check(dg[:12]) == int(dg[12]) and b < datetime.date(2020, 10, 1), "rrn check")
        elif kind == "rrn_post2020":
            need(len(dg) == 13 and rrn_check(dg[:12]) != int(dg[12]) and b >= datetime.date(2020, 10, 1) and b <= TODAY, "rrn post2020")
        else:
            need(re.fullmatch(r"\d{6}-?[1-4][*●Xx]{6}", o.replace(" ", "")) is not None, "rrn mask")
    elif typ == "KR_FRN":
        need(dg[6] in "5678", "frn gender")
        b = valid_date((1900 if dg[6] in "56" else 2000) + int(dg[:2]), int(dg[2:4]), int(dg[4:6]))
        need(b is not None, "frn date")
        if kind == "frn_valid":
            need(len(dg) == 13 and frn_check(dg[:12]) == int(dg[12]), "frn check")
        else:
            need(re.fullmatch(r"\d{6}-?[5-8][*●X]{6}", o.replace(" ", "")) is not None, "frn mask")
    elif typ == "KR_BRN":
        need(len(dg) == 10 and brn_check(dg[:9]) == int(dg[9]), "brn check")
    elif typ == "KR_CRN":
        need(len(dg) == 13 and crn_check(dg[:12]) == int(dg[12]), "crn check")
    elif typ == "CREDIT_CARD":
        c = o.replace("-", "").replace(" ", "")
        if kind == "card_full":
            need(c.isdigit() and len(c) in (15, 16) and luhn_ok(c), "luhn")
        else:
            need(len(c) in (15, 16) and sum(ch.isdigit() for ch in c) >= 8 and re.fullmatch(r"\d{4,8}[*X●]+\d{4}", c) is not None, "card mask")
    elif typ == "KR_PASSPORT":
        pats = {"passport_kr_old": r"[MSRGD]\d{8}", "passport_kr_new": r"[MSRGD]\d{3}[A-Z]\d{4}",
                "passport_foreign": r"(?:[A-Z]{0,2}\d{7,9}[A-Z]?)"}
        need(re.fullmatch(pats[kind], o) is not None, "passport pattern")
    elif typ == "KR_DRIVER_LICENSE":
        need(len(clean) == 12 and clean[:2] in DL_REGION.values(), "dl clean")
        m = re.match(r"([가-힣]+)", o)
        if m:
            need(DL_REGION.get(m.group(1)) == clean[:2] and dg == clean[2:], "dl region form")
        else:
            need(dg == clean, "dl numeric")
    elif typ == "KR_HEALTH_INSURANCE":
        need(len(dg) == 11, "hi 11 digits")
    elif typ == "KR_VEHICLE_PLATE":
        need(re.fullmatch(r"(?:[가-힣]{2} ?)?\d{2,3}[가-힣] ?\d{4}", o) is not None, "plate")
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(o)
        except ValueError:
            raise DraftError("ip")
    elif typ == "EMAIL_ADDRESS":
        need(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", o) is not None, "email")
    elif typ == "KR_BANK_ACCOUNT":
        grp = [int(x) for x in kind[5:].split("-")]
        need(len(dg) == sum(grp), "account length")
        if "-" in o:
            need([len(x) for x in o.split("-")] == grp, "account grouping")
    elif typ == "PHONE_NUMBER":
        c = digits(o)
        if c.startswith("82"):
            c = "0" + c[2:]
        need(c == clean and 9 <= len(c) <= 11 and c[0] == "0", "phone")
    elif typ == "DATE_OF_BIRTH":
        y, m, d = [int(x) for x in clean.split("-")]
        b = valid_date(y, m, d)
        need(b is not None and b < TODAY and 1900 < y, "dob")
        need(str(d) in o and (str(y) in o or f"{y % 100:02d}" in o), "dob text")
    elif typ == "KR_ADDRESS":
        need(not o.startswith("(") and not o.endswith(")") and re.search(r"\d", o), "address")
    elif typ == "PERSON":
        need(o not in PLACEHOLDERS and "○" not in o and "*" not in o, "placeholder as person")
        need(re.fullmatch(r"[가-힣]{2,4}|[A-Za-z][A-Za-z ,'-]*[A-Za-z]|[가-힣]+(?: [가-힣]+)+", o) is not None, f"person {o!r}")


def validate(rec, negs, no_pii):
    text, spans = rec["text"], rec["spans"]
    need(text == text.strip(), "record edge whitespace")
    prev = 0
    for sp in spans:
        need(0 <= sp["start"] < sp["end"] <= len(text), "bounds")
        need(sp["start"] >= prev, "overlap/sort")
        prev = sp["end"]
        need(text[sp["start"]:sp["end"]] == sp["value"], "text mismatch")
        check_value(sp)
    cover = [False] * len(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            cover[k] = True
    ncover = [False] * len(text)
    for ng in negs:
        need(text[ng["start"]:ng["end"]] == ng["text"], "neg mismatch")
        need(not any(cover[ng["start"]:ng["end"]]), f"hard negative overlaps gold: {ng['text']!r}")
        for k in range(ng["start"], ng["end"]):
            ncover[k] = True
    if no_pii:
        need(not spans, "no-PII record has spans")
        need(negs, "no-PII record without hard negatives")
    else:
        need(spans, "PII record without spans")
    for sp in spans:
        for s in {sp["value"], sp["orig"]}:
            if len(s) < 2:
                continue
            for m in re.finditer(re.escape(s), text):
                need(all(cover[m.start():m.end()]), f"unlabelled repeat of {s!r}")
    inst = {norm(x) for ng in negs if ng["category"] in ("institution_switchboard", "placeholder_person") for x in [ng["text"]]}
    for sp in spans:
        need(norm(sp["value"]) not in inst, "institution number / placeholder labelled")
    for rx in (RE_MOBILE, RE_EMAIL, RE_RRNSHAPE, RE_CARD, RE_IPV4):
        for m in rx.finditer(text):
            if any(cover[m.start():m.end()]):
                continue
            need(all(ncover[m.start():m.end()]), f"PII-shaped string outside spans: {m.group()!r}")


# ----------------------------------------------------------------------------- romanised Korean names
ROM = dict(zip(("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 "
                "공 현 함 변 염 여 추 도 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 국 어 은 편 용 예 봉 태 목 형 피 감 빈").split(),
               ("KIM LEE PARK CHOI JUNG KANG CHO YOON JANG LIM HAN OH SEO SHIN KWON HWANG AHN SONG JEON HONG YOO KO MOON YANG SON BAE BAEK HEO NAM "
                "SIM NOH HA KWAK SUNG CHA JOO WOO KOO MIN RYU NA JIN JI EOM CHAE WON CHEON BANG KONG HYUN HAM BYUN YEOM YEO CHOO DO SEOK SUN SEOL "
                "MA GIL YEON WI PYO MYUNG KI BAN WANG KEUM OK YOOK IN MAENG TAK KOOK EO EUN PYUN YONG YE BONG TAE MOK HYUNG PI KAM BIN").split()))
ROM.update({"남궁": "NAMGOONG", "황보": "HWANGBO", "선우": "SUNWOO", "제갈": "JEGAL", "독고": "DOKGO", "사공": "SAGONG", "서문": "SEOMUN", "동방": "DONGBANG"})
GROM = dict(zip(("민 수 지 현 서 연 준 영 우 진 혜 은 성 호 재 희 정 유 하 윤 동 상 경 미 승 태 소 예 주 나 다 채 시 아 원 훈 석 철 규 빈 율 찬 혁 범 건 솔 람 "
                 "온 담 린 환 웅 용 한 근 숙 자 순 옥 란 보 슬 별 도 가 인 중 기 선 봉 광 명 세 형 향 애 결 겸 휘 효 덕").split(),
                ("MIN SU JI HYUN SEO YEON JUN YOUNG WOO JIN HYE EUN SUNG HO JAE HEE JUNG YU HA YOON DONG SANG KYUNG MI SEUNG TAE SO YE JU NA DA CHAE "
                 "SI A WON HOON SEOK CHUL KYU BIN YUL CHAN HYUK BEOM GEON SOL RAM ON DAM RIN HWAN WOONG YONG HAN GEUN SOOK JA SOON OK RAN BO SEUL "
                 "BYEOL DO GA IN JOONG GI SUN BONG KWANG MYUNG SE HYUNG HYANG AE GYEOL GYEOM HWI HYO DEOK").split()))


def romanize(rng, v):
    n = v.text
    sur = n[:2] if n[:2] in ROM else n[0]
    giv = [GROM[c] for c in n[len(sur):]]
    s = ROM[sur]
    style = rng.choice(["joined", "spaced", "hyphen", "title", "comma"])
    g = {"joined": "".join(giv), "spaced": " ".join(giv), "hyphen": "-".join(giv), "title": "".join(giv).title(), "comma": "".join(giv)}[style]
    t = {"title": f"{g} {s.title()}", "comma": f"{s}, {g}"}.get(style, f"{s} {g}")
    return V("PERSON", "ko_romanized", "latin_" + style, t)


def maybe(rng, p=0.5):
    return rng.random() < p


def inst_name(rng):
    return rng.choice(AGENCIES + [x.split()[-1] if rng.random() < 0.3 else x for x in LOCALS])


def emit_address(d, rng, v=None, postal=None, paren=None):
    v = v or address(rng)
    if postal if postal is not None else maybe(rng, 0.3):
        d.t("(")
        d.n(v.extra["postal"], "postal_code")
        d.t(") ")
    d.s(v)
    if (paren if paren is not None else True) and v.extra.get("paren"):
        d.t(" " + v.extra["paren"])
    return v


def footer(d, rng, era="now"):
    """공문 footer: institution address (neg), direct line, fax, e-mail of the official."""
    if era == "00s":
        d.t("우 ")
        d.n(f"{rng.randint(100, 799)}-{rng.randint(10, 999):03d}", "postal_code")
    else:
        d.t("우 ")
        d.n(f"{rng.randint(1, 63):02d}{rdig(rng, 3)}", "postal_code")
    d.t(" ")
    d.n(inst_address(rng), "institution_address")
    d.t(f"  / http://www.{rng.choice(['mois', 'moj', 'city', 'gu', 'nhis', 'hikorea'])}{rng.randint(1, 99)}.go.kr\n")
    d.t("전화번호 " if era == "now" else "전화 ")
    d.s(phone(rng, "landline", rng.choice(["hyphen", "hyphen", "paren"])))
    d.t("  전송 " if era == "00s" else "  팩스번호 ")
    d.s(phone(rng, "fax", "hyphen"))
    d.t("  / ")
    if maybe(rng, 0.7):
        d.s(email(rng, None, rng.choice(["korea.kr", "korea.kr", "moj.go.kr"]), "official"))
    else:
        d.n(inst_email(rng), "institution_email")
    d.t(rng.choice(["  / 대국민 공개", "  / 부분공개(6)", "  / 비공개(6)", "  / 공개"]))


def gyeoljae(d, rng, names=None):
    names = names or [kname(rng) for _ in range(rng.randint(2, 4))]
    titles = rng.sample(["주무관", "팀장", "과장", "국장"], len(names))
    titles = [t for t in ["주무관", "팀장", "과장", "국장"] if t in titles]
    for k, (nm, ti) in enumerate(zip(names, titles)):
        d.t(("★" if k == 0 and maybe(rng) else "") + ti + " ")
        d.s(nm)
        d.t(rng.choice(["    ", "   ", "  "]) if k < len(names) - 1 else "")
        if k == len(names) - 1 and maybe(rng, 0.5):
            d.t(" 전결" if maybe(rng) else f" {rdate(rng, 2024, 2026, 'dot').replace('. ', '.')}")
    d.t("\n협조자 ")
    if maybe(rng, 0.5):
        d.t(rng.choice(DEPTS) + " 주무관 ")
        d.s(kname(rng))
    d.t("\n")


GM_SUBJ = ["외국인 체류지 변경 신고 처리 협조 요청", "여권 발급 수수료 환급 대상자 통보", "공무원 국외출장 결과 보고서 제출", "개인정보 파일 보유 현황 점검 결과 통보",
           "긴급복지 지원 대상자 연계 요청", "자동차 과태료 체납자 주소지 확인 요청", "민원 처리 지연에 따른 경위 보고", "공용차량 운행 일지 점검 결과",
           "출장비 과다 지급분 환수 요청", "주민등록 사실조사 결과 통보", "위탁 교육 참가자 명단 제출", "외국인 근로자 숙소 점검 결과 알림"]


def T_gm90(d, rng):
    ag = inst_name(rng)
    d.t(f"{ag}\n")
    d.t("우")
    d.n(f"{rng.randint(100, 799)}-{rng.randint(10, 999):03d}", "postal_code")
    d.t(" ")
    d.n(inst_address(rng), "institution_address")
    d.t(" / 전화 ")
    d.n(f"({rng.choice(['02', '0331', '0342', '042', '051'])}) {rng.randint(200, 999)}-{rng.choice(['2114', '0114', '1114'])}", "institution_switchboard")
    d.t(" (대표)\n\n")
    d.t("문서번호  ")
    d.n(docno(rng, era="90s"), "document_number")
    y = rng.randint(1991, 1999)
    d.t(f"\n시행일자  ")
    d.n(f"{y}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date")
    d.t(f"\n(경유)\n수    신  ")
    d.n(office_only(rng), "official_by_office")
    d.t(f"\n참    조  {rng.choice(DEPTS)}장\n")
    d.t("선 결 |           | 지시 |\n접 수 | 일자 시간 |      |\n      | 번호      | 결재 공람 |\n")
    d.t(f"제    목  {rng.choice(GM_SUBJ)}\n\n")
    d.t(f"1. 귀 기관의 무궁한 발전을 기원합니다.\n2. 관련 : ")
    d.n(docno(rng, era="90s"), "document_number")
    d.t(f"({y}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.)\n")
    d.t("3. 위 호와 관련하여 아래 대상자에 대한 ")
    d.t(rng.choice(["주소지 실태 조사를", "사실 확인을", "처리 결과 회신을"]) + " 요청하오니 조속히 회보하여 주시기 바랍니다.\n\n")
    d.t("                    - 아    래 -\n")
    for k in range(rng.randint(1, 3)):
        p = kname(rng)
        d.t(f"  {'가나다'[k]}. 성  명 : ")
        d.s(p)
        d.t("\n     주민등록번호 : ")
        d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), b=rand_birth(rng, 1930, 1985)))
        d.t("\n     주    소 : ")
        d.s(address(rng, rng.choice(["jibun", "jibun_apt", "jibun_ri", "road_full"])))
        if maybe(rng, 0.5):
            d.t("\n     연 락 처 : ")
            if maybe(rng):
                a = rng.choice(["0331", "0342", "02", "051", "053"])
                b, c = str(rng.randint(200, 999)), rdig(rng, 4)
                d.s(V("PHONE_NUMBER", "landline", "paren", f"({a}) {b}-{c}", clean=a + b + c))
            else:
                b, c = str(rng.randint(200, 999)), rdig(rng, 4)
                a = rng.choice(["011", "016", "017", "018"])
                d.s(V("PHONE_NUMBER", "mobile", "hyphen", f"{a}-{b}-{c}", clean=a + b + c))
        d.t("\n")
    d.t("\n붙임  관련 서류 1부.  끝.\n\n\n")
    d.t("                         ")
    d.n(office_of(ag), "official_by_office")
    d.t("\n\n")
    d.t("기안자 ")
    d.t(rng.choice(["행정주사보 ", "행정서기 ", "주사 "]))
    d.s(kname(rng))
    d.t("   계장 ")
    d.s(kname(rng))
    d.t("   과장 ")
    d.s(kname(rng))
    d.t(" 전결\n")


def T_gm00(d, rng):
    ag = inst_name(rng)
    d.t(f"{ag}\n\n수신자  ")
    d.n(office_only(rng), "official_by_office")
    d.t(rng.choice(["", f"({rng.choice(DEPTS)}장)"]) + "\n(경유)\n")
    d.t(f"제  목  {rng.choice(GM_SUBJ)}\n\n")
    d.t("1. 관련: ")
    d.n(docno(rng), "document_number")
    d.t("(")
    d.n(rdate(rng, 2001, 2009, "dot"), "date")
    d.t(")\n2. ")
    d.t(rng.choice(["위 호와 관련하여 붙임 대상자의 인적사항을 통보하오니 ", "귀 기관에서 요청한 자료를 다음과 같이 송부하오니 "]))
    d.t("업무에 참고하시기 바랍니다.\n\n")
    p = kname(rng)
    d.t("   가. 대상자: ")
    d.s(p)
    d.t(f"({rng.choice(['남', '여'])}, ")
    d.s(dob(rng, fmt=rng.choice(["dot_space", "short_dot", "hangul"])))
    d.t("생)\n   나. 주소: ")
    emit_address(d, rng)
    d.t("\n   다. 연락처: ")
    d.s(phone(rng, "mobile", rng.choice(["hyphen", "hyphen", "plain"])))
    d.t("\n   라. 근거: ")
    d.n(statute(rng), "statute_citation")
    d.t("\n\n붙임  관련 자료 1부.  끝.\n\n")
    d.n(office_of(ag), "official_by_office")
    d.t("\n\n")
    gyeoljae(d, rng)
    d.t("시행 ")
    d.n(docno(rng), "document_number")
    d.t(" (")
    d.n(rdate(rng, 2001, 2009, "dotpad"), "date")
    d.t(")  접수\n")
    footer(d, rng, "00s")


def T_gm_elec(d, rng):
    ag = inst_name(rng)
    d.t(f"{ag}\n\n수신  ")
    d.n(office_only(rng), "official_by_office")
    d.t(rng.choice(["", f"({rng.choice(DEPTS)}장)"]) + "\n(경유)\n")
    subj = rng.choice(GM_SUBJ)
    d.t(f"제목  {subj}\n\n1. 관련: ")
    d.n(docno(rng), "document_number")
    d.t("(")
    d.n(rdate(rng, 2023, 2026, "dot"), "date")
    d.t(")\n")
    d.t("2. ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 ")
    mode = rng.choice(["person", "list", "company"])
    if mode == "person":
        p = person(rng, 0.2)
        d.t("아래 민원인의 신청 건을 처리하고자 하오니 협조하여 주시기 바랍니다.\n  가. 성명: ")
        d.s(p)
        if p.kind.startswith("foreign"):
            d.t(f" ({p.extra['nat_ko']})\n  나. 외국인등록번호: ")
            d.s(frn(rng))
        else:
            d.t("\n  나. 생년월일: ")
            d.s(dob(rng))
        d.t("\n  다. 주소: ")
        emit_address(d, rng)
        d.t("\n  라. 연락처: ")
        d.s(phone(rng, "mobile"))
        d.t("\n")
    elif mode == "list":
        d.t("대상자 명단을 다음과 같이 통보합니다.\n")
        rows = []
        for k in range(rng.randint(2, 4)):
            rows.append([str(k + 1), kname(rng), dob(rng, fmt=rng.choice(["dot_pad_nodot", "hyphen", "six"])), phone(rng, "mobile"),
                         ("N", amount(rng, 10000, 900000), "amount")])
        d.table(rows, rng.choice([" | ", "\t"]), header=["연번", "성명", "생년월일", "연락처", "금액"] if maybe(rng, 0.7) else None)
    else:
        d.t("아래 업체에 대한 ")
        d.n(amount(rng), "amount")
        d.t(" 지급을 요청합니다.\n  가. 업체명: ")
        d.n(company(rng), "company_name")
        d.t(" (대표자 ")
        d.s(kname(rng))
        d.t(")\n  나. 사업자등록번호: ")
        d.s(brn(rng))
        d.t("\n  다. 입금계좌: ")
        a = account(rng)
        d.t(a.extra["bank"] + " ")
        d.s(a)
        d.t("\n")
    d.t(f"\n붙임  {rng.choice(['관련 서류', '명단', '신청서 사본'])} {rng.randint(1, 3)}부.  끝.\n\n")
    d.n(office_of(ag), "official_by_office")
    d.t("\n\n")
    gyeoljae(d, rng)
    d.t("시행  ")
    d.n(docno(rng), "document_number")
    d.t("(")
    d.n(rdate(rng, 2023, 2026, "dotpad"), "date")
    d.t(")    접수  \n")
    footer(d, rng, "now")


def T_gm_nopii(d, rng):
    d.no_pii = True
    ag = inst_name(rng)
    d.t(f"{ag}\n\n수신  ")
    d.n(rng.choice(["수신자 참조", office_only(rng)]), "official_by_office")
    d.t(f"\n(경유)\n제목  {rng.choice(['2027년도 개인정보 보호 교육 계획 알림', '민원 처리 기준 개정 안내', '여비 지급 기준 변경 알림', '청사 출입 관리 지침 시행'])}\n\n")
    d.t("1. 관련: ")
    d.n(docno(rng), "document_number")
    d.t("(")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t(")\n2. ")
    d.n(statute(rng), "statute_citation")
    d.t(" 및 ")
    d.n(statute(rng), "statute_citation")
    d.t(f"에 따라 아래와 같이 시행하오니 각 기관에서는 소속 직원에게 안내하여 주시기 바랍니다.\n  가. 시행일: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n  나. 예산: ")
    d.n(amount(rng, 1000000, 900000000), "amount")
    d.t(f"\n  다. 교육 장소: ")
    d.n(inst_address(rng), "institution_address")
    d.t(f" 대회의실\n  라. 문의: {rng.choice(DEPTS)} (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")\n  마. 작성 예시: 성명란에 「")
    d.n(rng.choice(["홍길동", "김○○"]), "placeholder_person")
    d.t("」과 같이 기재\n\n붙임  시행 계획 1부.  끝.\n\n")
    d.n(office_of(ag), "official_by_office")
    d.t("\n(직인 생략)\n시행  ")
    d.n(docno(rng), "document_number")
    d.t("(")
    d.n(rdate(rng, 2025, 2026, "dotpad"), "date")
    d.t(")\n우 ")
    d.n(f"{rng.randint(1, 63):02d}{rdig(rng, 3)}", "postal_code")
    d.t(" ")
    d.n(inst_address(rng), "institution_address")
    d.t(" / 대표전화 ")
    d.n(inst_phone(rng, True), "institution_switchboard")
    d.t(" / ")
    d.n(inst_email(rng), "institution_email")
    d.t(" / 공개")


def T_minwon(d, rng):
    ag = inst_name(rng)
    nopii = maybe(rng, 0.25)
    d.no_pii = nopii
    d.t(f"{ag}\n\n수신  ")
    if nopii:
        d.n(rng.choice(["김○○", "이○○", "박**", "○○○"]), "placeholder_person")
    else:
        p = person(rng, 0.1)
        d.s(p)
    d.t(rng.choice([" 귀하", " 님", " 귀하"]) + "\n(경유)\n제목  민원(")
    d.n(recno(rng), "public_record_id")
    d.t(") 처리 결과 알림\n\n1. 귀하께서 ")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t(rng.choice([" 국민신문고를 통해", " 방문하여", " 우편으로"]) + " 신청하신 민원에 대한 검토 결과를 알려드립니다.\n")
    d.t("2. 민원 요지: ")
    topic = rng.choice(["parking", "refund", "visa", "noise"])
    if topic == "parking" and not nopii:
        d.t("귀하 소유 차량(")
        d.s(plate(rng))
        d.t(")에 부과된 주정차 위반 과태료 ")
        d.n(amount(rng, 20000, 80000), "amount")
        d.t("의 감경 요청\n")
    elif topic == "refund" and not nopii:
        d.t("과오납 수수료 ")
        d.n(amount(rng, 5000, 300000), "amount")
        d.t("의 환급 요청 (환급계좌: ")
        a = account(rng)
        d.t(rng.choice([a.extra["bank"], BANK_SHORT[a.extra["bank"]]]) + " ")
        d.s(a)
        d.t(")\n")
    elif topic == "visa" and not nopii:
        d.t("외국인 배우자 ")
        f = fname(rng)
        d.s(f)
        d.t("(외국인등록번호 ")
        d.s(frn(rng))
        d.t(")의 체류기간 연장 가능 여부 문의\n")
    else:
        d.t("공동주택 인근 공사장 소음 관련 ")
        d.n(rng.choice(NAMELIKE), "name_like_word")
        d.t(" 지역 현장 점검 요청\n")
    d.t("3. 검토 결과: ")
    d.n(statute(rng), "statute_citation")
    d.t(rng.choice(["에 따라 요청하신 사항은 수용이 곤란함을 알려드립니다.", "에 따라 요청하신 사항을 처리하였습니다.", "에 따라 관할 기관으로 이송하였습니다."]))
    if not nopii and maybe(rng, 0.5):
        d.t(" 처리 결과는 귀하의 주소지(")
        emit_address(d, rng, paren=False)
        d.t(")로도 우편 발송됩니다.")
    d.t("\n4. 기타 궁금하신 사항은 ")
    if nopii:
        d.t(f"{rng.choice(DEPTS)}(")
        d.n(inst_phone(rng), "institution_switchboard")
        d.t(") 또는 정부민원안내콜센터(")
        d.n("110", "institution_switchboard")
        d.t(")로 문의하여 주시기 바랍니다.  끝.\n\n")
    else:
        d.t(f"{rng.choice(DEPTS)} ")
        d.s(kname(rng))
        d.t(rng.choice([" 주무관(☎ ", " 주무관(전화 ", " 주무관("]))
        d.s(phone(rng, "landline", "hyphen"))
        d.t(")에게 연락하여 주시면 친절히 안내하여 드리겠습니다.  끝.\n\n")
    d.n(office_of(ag), "official_by_office")
    d.t("\n\n")
    if nopii:
        d.t("(직인 생략)\n우 ")
        d.n(f"{rng.randint(1, 63):02d}{rdig(rng, 3)}", "postal_code")
        d.t(" ")
        d.n(inst_address(rng), "institution_address")
        d.t(" / 대표전화 ")
        d.n(inst_phone(rng, True), "institution_switchboard")
        d.t(" / 공개")
    else:
        gyeoljae(d, rng)
        d.t("시행  ")
        d.n(docno(rng), "document_number")
        d.t("\n")
        footer(d, rng, "now")


def T_app_disclosure(d, rng):
    corp = maybe(rng, 0.35)
    d.t("■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제1호서식]\n\n정보공개 청구서\n\n접수번호 ")
    d.n(recno(rng), "public_record_id")
    d.t("    접수일 ")
    d.n(rdate(rng, 2024, 2026), "date")
    d.t("\n\n청구인\n")
    lab = rng.choice([("성명(법인·단체명 및 대표자 성명)", "생년월일(사업자 또는 법인등록번호)", "주소(소재지)"), ("성명", "생년월일", "주소")])
    if corp:
        d.t(f"  {lab[0]}: ")
        d.n(company(rng), "company_name")
        d.t(" / 대표자 ")
        d.s(kname(rng))
        d.t(f"\n  {lab[1]}: ")
        d.s(brn(rng, corp=True) if maybe(rng) else crn(rng))
    else:
        d.t(f"  {lab[0]}: ")
        d.s(person(rng, 0.08))
        d.t(f"\n  {lab[1]}: ")
        d.s(dob(rng))
    d.t(f"\n  {lab[2]}: ")
    emit_address(d, rng)
    d.t("\n  전화번호(또는 휴대전화번호): ")
    d.s(phone(rng))
    d.t("    팩스번호: ")
    if maybe(rng, 0.4):
        d.s(phone(rng, "fax"))
    d.t("\n  전자우편주소: ")
    d.s(email(rng))
    if maybe(rng, 0.6):
        d.t("\n  접수 경로: 온라인(정보공개포털)  접속 IP: ")
        d.s(ip(rng, rng.choice(["ipv4_public", "ipv4_public", "ipv6"])))
    d.t(f"\n\n청구 내용  {rng.choice(['2025년도 업무추진비 집행 내역', '관내 공영주차장 위탁 계약서', '소음 측정 결과 보고서', '○○사업 심의위원회 회의록'])}\n")
    d.t("공개 방법  [ ]열람·시청 [ ]사본·출력물 [V]전자파일 [ ]복제·인화물\n수령 방법  [ ]직접 방문 [ ]우편 [ ]팩스 전송 [V]정보통신망 [ ]전자우편\n")
    d.t("수수료 감면 여부  [ ]감면 [V]해당 없음\n\n")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 위와 같이 정보공개를 청구합니다.\n\n")
    d.n(rdate(rng, 2024, 2026, "dot"), "date")
    d.t("\n                           청구인 ")
    d.s(kname(rng)) if not corp else d.n(company(rng), "company_name")
    d.t(" (서명 또는 인)\n")
    d.n(office_only(rng), "official_by_office")
    d.t(" 귀하")


def T_app_passport(d, rng):
    p = kname(rng)
    d.t("여권 발급 신청서\n\n※ 뒤쪽의 작성 방법을 읽고 작성하여 주시기 바랍니다.\n\n")
    d.t("여권 종류  [V]일반  [ ]관용  [ ]외교관    여권 구분 [V]복수 [ ]단수\n")
    d.t("한글 성명  ")
    d.s(p)
    d.t("\n로마자 성명  ")
    d.s(romanize(rng, p))
    d.t("\n주민등록번호  ")
    b = rand_birth(rng, 1950, 2008)
    d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"]), b=b))
    d.t("\n")
    if maybe(rng, 0.5):
        d.t("기존 여권번호  ")
        d.s(passport(rng, "KR", "passport_kr_old"))
        d.t(rng.choice(["  (분실)", "  (유효기간 만료)", ""]) + "\n")
    d.t("전화번호  ")
    d.s(phone(rng, "mobile"))
    d.t("    이메일  ")
    d.s(email(rng, p))
    d.t("\n주소  ")
    emit_address(d, rng)
    d.t("\n\n비상연락처\n  성명 ")
    d.s(kname(rng))
    d.t(f"   관계 {rng.choice(['부', '모', '배우자', '형제', '자녀', '지인'])}   전화번호 ")
    d.s(phone(rng, "mobile", rng.choice(["hyphen", "plain", "dot"])))
    d.t("\n\n")
    if b.year > 2006:
        d.t("법정대리인 동의: ")
        d.s(kname(rng))
        d.t(" (")
        d.s(rrn(rng, "rrn_masked"))
        d.t(")\n")
    d.t("위와 같이 여권 발급을 신청합니다.   신청일 ")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t("\n수수료 ")
    d.n(amount(rng, 15000, 53000), "amount")
    d.t("   ")
    d.n(office_only(rng), "official_by_office")
    d.t(" 귀하\n※ 민원 상담: 영사콜센터 ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_consent(d, rng):
    blank = maybe(rng, 0.3)
    d.no_pii = blank
    purpose = rng.choice(["○○ 교육 참가자 관리", "긴급복지 지원 신청 처리", "외국인 주민 통역 서비스 제공", "공용자전거 대여 회원 관리", "해외연수 항공권·숙박 예약"])
    d.t(f"개인정보 수집·이용 동의서\n\n{rng.choice(AGENCIES)}은(는) 「개인정보 보호법」에 따라 아래와 같이 개인정보를 수집·이용하고자 합니다.\n\n")
    d.t(f"1. 수집·이용 목적: {purpose}\n2. 수집 항목: 성명, 생년월일, 휴대전화번호, 주소, 전자우편{', 여권번호' if '해외' in purpose else ''}{', 계좌번호' if '복지' in purpose else ''}\n")
    d.t("3. 보유·이용 기간: 목적 달성 후 ")
    d.t(rng.choice(["1년", "3년", "5년", "즉시 파기"]) + "\n4. 동의를 거부할 권리가 있으며, 거부 시 ")
    d.t("서비스 이용이 제한될 수 있습니다.\n\n위와 같이 개인정보를 수집·이용하는 데 동의하십니까?   [V] 동의함   [ ] 동의하지 않음\n\n")
    if blank:
        d.t("※ 작성 예시\n  성명: ")
        d.n("홍길동", "placeholder_person")
        d.t("   생년월일: ")
        d.n(rng.choice(["0000. 00. 00.", "YYYY-MM-DD"]), "placeholder_number")
        d.t("   주민등록번호: ")
        d.n("000000-0000000", "placeholder_number")
        d.t("\n  휴대전화: ")
        d.n(rng.choice(["010-0000-0000", "010-XXXX-XXXX"]), "placeholder_number")
        d.t("\n\n")
        d.n(rdate(rng, 2026, 2026, "dot").split(". ")[0] + ".    .    .", "date")
        d.t("\n  성명:                (서명)\n\n")
        d.n(office_only(rng), "official_by_office")
        d.t(" 귀하\n문의: ")
        d.n(inst_phone(rng), "institution_switchboard")
        return
    p = person(rng, 0.12)
    if maybe(rng, 0.5):
        rows = [[p, dob(rng, fmt=rng.choice(["dot_pad", "hyphen", "six", "dot_space"])), phone(rng, "mobile"), email(rng, p)]]
        d.table(rows, rng.choice([" | ", "|", "\t"]), header=["성명", "생년월일", "휴대전화", "전자우편"])
        if "해외" in purpose:
            d.t("여권번호: ")
            d.s(passport(rng, "KR" if p.kind.startswith("ko") else p.extra["nat"]))
            d.t("\n")
    else:
        d.t("성명: ")
        d.s(p)
        d.t("   생년월일: ")
        d.s(dob(rng))
        d.t("\n연락처: ")
        d.s(phone(rng))
        d.t("\n주소: ")
        emit_address(d, rng)
        d.t("\n")
        if "복지" in purpose:
            a = account(rng)
            d.t(f"지원금 입금 계좌: {a.extra['bank']} ")
            d.s(a)
            d.t(" (예금주 ")
            d.s(p)
            d.t(")\n")
    d.t("\n")
    d.n(rdate(rng, 2025, 2026, "dot"), "date")
    d.t("\n  동의자 ")
    d.s(p)
    d.t(" (서명)")
    if maybe(rng, 0.3):
        d.t("\n  법정대리인 ")
        d.s(kname(rng))
        d.t(" (관계: 모) ")
        d.s(phone(rng, "mobile"))
    d.t("\n\n")
    d.n(office_only(rng), "official_by_office")
    d.t(" 귀하")


def T_report_lost(d, rng):
    p = kname(rng)
    d.t(f"분실 신고서\n\n접수번호: ")
    d.n(recno(rng), "public_record_id")
    d.t("\n\n[신고인]\n성명: ")
    d.s(p)
    d.t("\n주민등록번호: ")
    d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])))
    d.t("\n주소: ")
    emit_address(d, rng)
    d.t("\n연락처: ")
    d.s(phone(rng, "mobile"))
    if maybe(rng, 0.3):
        d.t(" / 자택 ")
        d.s(phone(rng, "landline"))
    d.t("\n\n[분실물]\n")
    items = rng.sample(["card", "passport", "dl", "account", "plate"], rng.randint(1, 3))
    for it in items:
        if it == "card":
            c = card(rng)
            d.t(f"- 신용카드({rng.choice(['신한', '국민', '삼성', '현대', '롯데', '비씨', '하나', '우리'])}카드) 번호: ")
            d.s(c)
            d.t(" / 분실 신고 접수번호 ")
            d.n(rdig(rng, 8), "transaction_id")
        elif it == "passport":
            d.t("- 여권 ")
            d.s(passport(rng, "KR"))
            d.t(" (발급일 ")
            d.n(rdate(rng, 2017, 2025), "date")
            d.t(")")
        elif it == "dl":
            d.t("- 운전면허증 (면허번호 ")
            d.s(dl(rng))
            d.t(f", {rng.choice(['1종 보통', '2종 보통', '1종 대형'])})")
        elif it == "account":
            a = account(rng)
            d.t(f"- 통장({a.extra['bank']}) ")
            d.s(a)
        else:
            d.t("- 자동차 번호판 1매 (")
            d.s(plate(rng))
            d.t(")")
        d.t("\n")
    d.t("\n분실 일시: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(f" {rng.randint(7, 23)}:{rng.choice(['00', '10', '30', '45'])}경\n분실 장소: ")
    d.n(rng.choice(NAMELIKE), "name_like_word")
    d.t(rng.choice(["역 대합실", " 시외버스터미널", "시 전통시장 인근", " 공영주차장"]) + "\n\n위와 같이 신고합니다.\n\n")
    d.n(rng.choice(["마포경찰서장", "수성경찰서장", "○○경찰서장", "유성경찰서장"]), "official_by_office")
    d.t(" 귀하")


def T_report_move(d, rng):
    hh = kname(rng)
    d.t("전입신고서\n\n")
    d.t("신고인  성명 ")
    d.s(hh)
    d.t("   주민등록번호 ")
    hr = rrn(rng, "rrn_valid")
    d.s(hr)
    d.t("   연락처 ")
    d.s(phone(rng, "mobile", rng.choice(["hyphen", "plain"])))
    d.t("\n전 주소  ")
    emit_address(d, rng, address(rng), postal=False)
    d.t("\n현 주소  ")
    emit_address(d, rng)
    d.t("\n세대주와의 관계  본인\n\n전입자\n")
    rows = [["본인", hh, hr]]
    rels = rng.sample(["배우자", "자녀", "자녀", "모", "부"], rng.randint(1, 3))
    for r in rels:
        if r == "자녀" and maybe(rng, 0.6):
            rows.append([r, kname(rng), rrn(rng, "rrn_post2020")])
        else:
            rows.append([r, kname(rng), rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]))])
    hdr = maybe(rng, 0.6)
    d.table(rows, rng.choice(["  ", " | ", "\t"]), header=["관계", "성명", "주민등록번호"] if hdr else None, pad=True)
    d.t("\n")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t("\n신고인 ")
    d.s(hh)
    d.t(" (서명)\n\n")
    d.n(rng.choice(["가곡동장", "○○동장", "신리동 주민센터장", "매화동장"]), "official_by_office")
    d.t(" 귀하\n※ 전입세대 확인 문의: ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_contract(d, rng):
    ag = inst_name(rng)
    comp = company(rng)
    d.t(f"{rng.choice(['용역', '물품 구매', '시설 유지관리', '통역 서비스'])} 계약서\n\n계약번호: ")
    d.n(recno(rng), "public_record_id")
    d.t(f"\n\n{ag}(이하 \"갑\"이라 한다)과 ")
    d.n(comp, "company_name")
    d.t("(이하 \"을\"이라 한다)은 다음과 같이 계약을 체결한다.\n\n제1조(목적) 이 계약은 ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 ... 필요한 사항을 정함을 목적으로 한다.\n제2조(계약금액) 금 ")
    d.n(amount(rng, 5000000, 300000000), "amount")
    d.t("(부가가치세 포함)\n제3조(계약기간) ")
    fm = rng.choice(["dot", "hangul", "dotpad"])
    d.n(rdate(rng, 2026, 2026, fm).replace("2026", "2027", 0), "date")
    d.t("부터 ")
    d.n(f"2027. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date")
    d.t("까지\n제4조(대금 지급) 갑은 을이 지정한 아래 계좌로 대금을 지급한다.\n")
    a = account(rng)
    d.t(f"   은행명: {a.extra['bank']}   계좌번호: ")
    d.s(a)
    d.t("   예금주: ")
    rep = kname(rng)
    if maybe(rng, 0.6):
        d.n(comp, "company_name")
    else:
        d.s(rep)
    d.t("\n제5조(비밀유지) 을은 계약 이행 중 알게 된 개인정보를 ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 보호하여야 한다.\n\n")
    d.n(rdate(rng, 2026, 2026, "dot"), "date")
    d.t("\n\n(갑) ")
    d.t(ag)
    d.t("\n     주소: ")
    d.n(inst_address(rng), "institution_address")
    d.t("\n     ")
    d.n(office_of(ag), "official_by_office")
    d.t(" (인)\n\n(을) 상호: ")
    d.n(comp, "company_name")
    d.t("\n     주소: ")
    emit_address(d, rng, address(rng, rng.choice(["road_full", "road_short_sido", "road_from_sigungu"])))
    d.t("\n     사업자등록번호: ")
    d.s(brn(rng, corp=True))
    if maybe(rng, 0.85):
        d.t("   법인등록번호: ")
        d.s(crn(rng))
    d.t("\n     전화: ")
    d.s(phone(rng, rng.choice(["landline", "voip_070"])))
    if maybe(rng, 0.5):
        d.t("  팩스: ")
        d.s(phone(rng, "fax"))
    d.t("\n     대표이사 ")
    d.s(rep)
    d.t(" (인)\n     실무 담당자 ")
    d.s(kname(rng))
    d.t(" 과장  ")
    d.s(phone(rng, "mobile"))
    d.t("  ")
    d.s(email(rng, None, rng.choice(["hanbit-eng.co.kr", "daon.kr", "nuri-sys.com", "gaon.co.kr"]), "business"))


def T_personnel(d, rng):
    ag = inst_name(rng)
    kind = rng.choice(["promo", "transfer", "new", "travel", "leave"])
    d.t(f"인 사 명 령\n\n{ag} 제")
    d.n(f"{rng.randint(2025, 2026)}-{rng.randint(1, 400)}", "document_number")
    d.t("호\n\n")
    sep = rng.choice([" | ", "\t", "  "])
    if kind == "travel":
        d.t("국외출장 명령\n")
        rows = []
        for _ in range(rng.randint(1, 4)):
            p = kname(rng)
            rows.append([rng.choice(DEPTS), rng.choice(["행정사무관", "행정주사", "주무관", "서기관"]), p, romanize(rng, p) if maybe(rng, 0.5) else "",
                         passport(rng, "KR", rng.choice(["passport_kr_new", "passport_kr_old"])) if maybe(rng, 0.8) else ""])
        d.table(rows, sep, header=["소속", "직급", "성명", "영문성명", "여권번호"], pad=(sep == "  "))
        d.t("출장기간: ")
        da, db = date_pair(rng)
        d.n(da, "date")
        d.t(" ~ ")
        d.n(db, "date")
        d.t("\n출장국: %s (%s)\n" % rng.choice([("베트남", "하노이"), ("필리핀", "마닐라"), ("독일", "베를린"), ("미국", "워싱턴"), ("우즈베키스탄", "타슈켄트")]))
        d.t("여비: ")
        d.n(amount(rng, 1000000, 9000000), "amount")
        d.t(" (")
        d.n(statute(rng), "statute_citation")
        d.t(")\n")
    else:
        rows = []
        for _ in range(rng.randint(2, 5)):
            p = kname(rng)
            what = {"promo": "행정사무관 승진임용", "transfer": f"{rng.choice(DEPTS)} 근무를 명함", "new": "지방행정주사보 신규임용",
                    "leave": f"휴직을 명함({rng.choice(['육아', '질병', '가사'])}휴직)"}[kind]
            cell = [rng.choice(DEPTS), rng.choice(["행정주사", "행정주사보", "주무관", "사무관"]), p]
            if kind == "new":
                cell.append(dob(rng, rand_birth(rng, 1990, 2003), rng.choice(["dot_space", "short_dot", "dot_pad"])))
            cell.append(what)
            rows.append(cell)
        d.table(rows, sep, header=["소속", "직급", "성명"] + (["생년월일"] if kind == "new" else []) + ["발령사항"] if maybe(rng, 0.7) else None, pad=(sep == "  "))
        if kind == "transfer" and maybe(rng):
            d.t("\n직무대리: ")
            d.s(kname(rng))
            d.t(f" (행정주사, {rng.choice(DEPTS)}장 직무대리)\n")
    d.t("\n발령일자: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n\n")
    d.n(office_of(ag), "official_by_office")


def T_minutes(d, rng):
    com = rng.choice(["개인정보 보호 심의위원회", "정보공개 심의회", "외국인 주민 지원 협의회", "여비 심사위원회", "긴급지원 심의위원회", "공유재산 심의회"])
    d.t(f"{com} 제{rng.randint(1, 12)}차 회의록\n\n일시: ")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t(f" {rng.randint(10, 16)}:00 ~ {rng.randint(16, 18)}:00\n장소: {rng.choice(['본관', '별관', '신관'])} {rng.randint(2, 9)}층 회의실\n")
    members = [kname(rng) for _ in range(rng.randint(3, 6))]
    if maybe(rng, 0.2):
        members.append(fname(rng, script=rng.choice(["hangul", "latin_title"])))
    d.t("참석자: 위원장 ")
    d.s(members[0])
    d.t(", 위원 ")
    for k, m in enumerate(members[1:]):
        if k:
            d.t(", ")
        d.s(m)
    d.t(f" (총 {len(members)}명)\n")
    if maybe(rng):
        d.t("불참: 위원 ")
        d.s(kname(rng))
        d.t(" (사전 서면의견 제출)\n")
    sec = kname(rng)
    d.t(f"배석: {rng.choice(DEPTS)} 주무관 ")
    d.s(sec)
    d.t("\n\n[안건 1] ")
    d.t(rng.choice(["2027년 개인정보 파일 정비 계획", "정보공개 청구 부분공개 결정(안)", "긴급지원 대상자 적정성 심사", "국외출장 여비 초과 지급분 처리"]) + "\n")
    for _ in range(rng.randint(3, 6)):
        sp = rng.choice(members)
        role = "위원장" if sp is members[0] else "위원"
        d.t("○ ")
        d.s(sp)
        d.t(f" {role}: ")
        r = rng.random()
        if r < 0.25:
            d.n(rng.choice(["조사", "정원", "이사"]), "name_like_word")
            d.t(" 결과를 보면 대상자가 과다 산정된 것으로 보입니다.\n")
        elif r < 0.45:
            d.t("사례로 제출된 ")
            d.n(rng.choice(["A씨", "B씨", "김○○", "정 모 씨"]), "placeholder_person")
            d.t("의 경우 ")
            d.n(amount(rng, 100000, 5000000), "amount")
            d.t("을 환수하는 것이 타당합니다.\n")
        elif r < 0.6:
            d.t("민원인 ")
            d.s(kname(rng))
            d.t(" 씨가 제출한 자료에는 연락처(")
            d.s(phone(rng, "mobile"))
            d.t(")만 있고 주소가 빠져 있습니다.\n")
        else:
            d.t(rng.choice(["원안대로 의결할 것을 제안합니다.", "보완 후 재상정하는 것이 좋겠습니다.", f"{rng.choice(NAMELIKE)} 지역 사례도 함께 검토해 주십시오.", "이견 없습니다."]) + "\n")
    d.t("\n[의결] 원안 가결\n작성자: 주무관 ")
    d.s(sec)
    d.t("   확인: ")
    d.n(office_only(rng), "official_by_office")


def T_press(d, rng):
    ag = rng.choice(AGENCIES)
    nopii = maybe(rng, 0.25)
    d.no_pii = nopii
    d.t(f"보도자료\n{ag}\n보도 일시: ")
    pdt = rdate(rng, 2025, 2026)
    d.n(pdt, "date")
    d.t(f" 12:00    배포 일시: ")
    d.n(pdt, "date")
    title = rng.choice(["외국인 체류 민원, 온라인으로 한 번에 처리", "공무원 국외출장 여비 기준 개선", "여권 재발급 수수료 인하", "개인정보 유출 신고 절차 간소화", "긴급복지 지원 대상 확대"])
    d.t(f"\n\n{title}\n- 올해 {rng.randint(2, 40)}만 건 처리, 전년 대비 {rng.randint(3, 40)}% 증가 -\n\n")
    d.t(f"□ {ag}{josa(ag, '은는')} ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(f"부터 ")
    d.n(statute(rng), "statute_citation")
    d.t(f" 개정에 따라 {title.split(',')[0]} 제도를 시행한다고 밝혔다.\n")
    d.t("□ 총 사업비는 ")
    d.n(amount(rng, 100000000, 9000000000), "amount")
    d.t("이며, 시스템 구축은 ")
    d.n(company(rng), "company_name")
    d.t("가 맡았다.\n")
    if not nopii:
        d.t("□ ")
        d.s(kname(rng))
        d.t(f" {ag} {rng.choice(['차관', '국장', '정책관', '실장'])}은 \"국민 불편을 줄이겠다\"고 말했다.\n")
        if maybe(rng, 0.4):
            d.t("□ 시범 이용자인 ")
            d.s(person(rng, 0.35))
            d.t(f"(4{rng.randint(0, 9)}) 씨는 \"처리 기간이 크게 줄었다\"고 전했다.\n")
        d.t("\n담당 부서  ")
        dept = rng.choice(DEPTS)
        rows = [[dept, "책임자", "과장", kname(rng), phone(rng, "landline", "hyphen")],
                ["", "담당자", rng.choice(["사무관", "주무관"]), kname(rng), phone(rng, "landline", "hyphen")]]
        d.table(rows, rng.choice([" | ", "\t", "  "]))
        if maybe(rng, 0.4):
            d.t("담당자 이메일: ")
            d.s(email(rng, None, "korea.kr", "official"))
            d.t("\n")
    else:
        d.t("□ 자세한 내용은 누리집 또는 ")
        d.n(inst_phone(rng, True), "institution_switchboard")
        d.t("(대표)로 문의하면 된다.\n\n담당 부서  ")
        d.t(f"{rng.choice(DEPTS)}   문의 ")
        d.n(inst_phone(rng), "institution_switchboard")
    d.t("\n※ 이 자료는 ")
    d.n(office_only(rng), "official_by_office")
    d.t(" 보고를 거쳐 배포합니다.")


def T_news(d, rng):
    nopii = maybe(rng, 0.4)
    d.no_pii = nopii
    city = rng.choice(NAMELIKE)
    d.t(f"[{rng.choice(['사회', '지역', '경제', '사건·사고'])}] ")
    story = rng.choice(["fraud", "accident", "hero", "fraud"])
    if story == "fraud":
        d.t("공공기관 사칭 문자로 계좌 정보 빼낸 일당 검거\n\n")
        d.n(city, "name_like_word")
        d.t("경찰서는 ")
        d.n(rdate(rng, 2026, 2026), "date")
        d.t(" 정부 지원금 안내를 가장한 문자메시지를 보내 피해자 ")
        d.t(f"{rng.randint(12, 90)}명에게서 ")
        d.n(amount(rng, 10000000, 900000000), "amount")
        d.t("을 가로챈 혐의로 ")
        d.n(rng.choice(["A(34)씨", "A씨(41)", "김모(52)씨"]), "placeholder_person")
        d.t(" 등 3명을 구속했다고 밝혔다.\n경찰에 따르면 이들은 ")
        d.n(company(rng), "company_name")
        d.t(" 명의의 대포통장을 이용했다.")
        if not nopii:
            d.t(" 경찰은 범행에 쓰인 발신번호 ")
            d.s(phone(rng, "mobile"))
            d.t(" 등으로 연락을 받은 경우 즉시 신고해 달라고 당부했다.")
        d.t("\n")
    elif story == "accident":
        d.t("새벽 교차로 승용차·화물차 충돌…1명 중상\n\n")
        d.n(rdate(rng, 2026, 2026), "date")
        d.t(" 오전 4시께 ")
        d.n(city, "name_like_word")
        d.t("시 한 교차로에서 ")
        d.n(rng.choice(["B(27)씨", "B씨(58)", "정 모 씨"]), "placeholder_person")
        d.t("가 몰던 승용차가 화물차와 충돌했다.")
        if not nopii:
            d.t(" 경찰은 현장을 벗어난 ")
            d.s(plate(rng, rng.choice(["plate_2d", "plate_3d", "plate_commercial"])))
            d.t(" 차량을 쫓고 있다.")
        d.t("\n")
    else:
        d.t("퇴근길 쓰러진 시민 살린 주무관\n\n")
        if nopii:
            d.n(rng.choice(["○○시청 소속 C(38)씨", "D씨"]), "placeholder_person")
        else:
            d.t(f"{rng.choice(DEPTS)} ")
            d.s(kname(rng))
            d.t(f"(3{rng.randint(0, 9)}) 주무관")
        d.t("은 ")
        d.n(rdate(rng, 2026, 2026), "date")
        d.t(" 지하철역에서 심정지로 쓰러진 70대 남성에게 심폐소생술을 실시했다. ")
        d.n(office_only(rng), "official_by_office")
        d.t("은 표창을 수여할 계획이다.\n")
    d.t("\n")
    if nopii:
        d.t("/연합취재단")
    else:
        rep = kname(rng)
        d.s(rep)
        d.t(" 기자 ")
        d.s(email(rng, rep, rng.choice(["newsone.co.kr", "dailyk.com", "hanbitnews.kr"]), "press"))


def T_judgment(d, rng):
    anon = maybe(rng, 0.3)
    d.no_pii = anon
    court = rng.choice(["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원 동부지원", "인천지방법원"])
    d.t(f"{court}\n판    결\n\n사    건  ")
    d.n(caseno(rng), "case_number")
    crime = rng.choice(["도로교통법위반(음주운전)", "사기", "사기", "전자금융거래법위반"])
    d.t(f" {crime}\n피 고 인  ")
    if anon:
        d.n(rng.choice(["A", "피고인 A", "김○○"]), "placeholder_person")
        d.t(f" ({rng.randint(19, 70)}세)\n")
    else:
        dfn = person(rng, 0.2 if crime.startswith("출입국") else 0.03)
        d.s(dfn)
        d.t(" (")
        d.s(dob(rng, fmt=rng.choice(["dot_space", "dot_space", "hangul", "short_dot"])))
        d.t("생), " + rng.choice(["회사원", "무직", "자영업", "일용직"]) + "\n          주거 ")
        d.s(address(rng))
        d.t("\n          등록기준지 ")
        d.s(address(rng, "jibun"))
        d.t("\n")
    d.t("검    사  ")
    if anon:
        d.n(rng.choice(["○○○", "OOO"]), "placeholder_person")
    else:
        d.s(kname(rng))
        d.t("(기소), ")
        d.s(kname(rng))
        d.t("(공판)")
    d.t("\n변 호 인  ")
    if anon:
        d.t("법무법인 ")
        d.n(rng.choice(COMP_STEM), "company_name")
        d.t(" 담당변호사 ")
        d.n("○○○", "placeholder_person")
    else:
        d.t("변호사 ")
        d.s(kname(rng))
        d.t(rng.choice(["(국선)", "(사선)", ""]))
    d.t("\n판결선고  ")
    d.n(rdate(rng, 2024, 2026), "date")
    d.t("\n\n주    문\n피고인을 징역 ")
    d.t(f"{rng.randint(4, 30)}월에 처한다. 다만, 이 판결 확정일부터 {rng.randint(1, 3)}년간 위 형의 집행을 유예한다.\n\n이    유\n범 죄 사 실\n")
    d.t("피고인은 ")
    d.n(rdate(rng, 2021, 2023, "hangul"), "date")
    d.t(" 경 ")
    if anon:
        d.n(rng.choice(NAMELIKE), "name_like_word")
        d.t(" 소재 도로에서 ")
    else:
        d.s(address(rng, rng.choice(["road_short_sido", "road_from_sigungu"]), nounit=True))
        d.t(" 앞 도로에서 ")
    if crime.startswith("도로"):
        d.t("혈중알코올농도 0.1" + str(rng.randint(0, 9)) + "%의 술에 취한 상태로 ")
        if not anon:
            d.s(plate(rng))
            d.t(" 승용차를 운전하였다.\n")
        else:
            d.t("승용차를 운전하였다.\n")
    else:
        d.t("피해자 ")
        if anon:
            d.n("B", "placeholder_person")
            d.t("에게 ")
        else:
            d.s(kname(rng))
            d.t("에게 ")
        d.t("\"대출이 가능하다\"고 거짓말하여 ")
        if not anon:
            a = account(rng)
            d.t(f"{a.extra['bank']} 계좌(")
            d.s(a)
            d.t(")로 ")
        d.n(amount(rng), "amount")
        d.t("을 송금받았다.\n")
    d.t("\n법령의 적용\n")
    d.n(statute(rng), "statute_citation")
    d.t(", ")
    d.n(statute(rng), "statute_citation")
    d.t("\n\n판사  ")
    if anon:
        d.n("○○○", "placeholder_person")
    else:
        d.s(kname(rng))


def T_audit(d, rng):
    kind = rng.choice(["audit", "discipline"])
    if kind == "audit":
        d.t(f"감사 결과 처분 요구서\n\n제목: {rng.choice(['여비 부당 수령', '법인카드 사적 사용', '보조금 부적정 집행', '개인정보 과다 수집'])}\n")
        d.t("관계기관: ")
        d.t(rng.choice(LOCALS))
        d.t("\n감사 근거: ")
        d.n(statute(rng), "statute_citation")
        d.t("\n\n1. 현황\n  ")
        n1 = kname(rng)
        d.t(f"{rng.choice(DEPTS)} 6급 ")
        d.s(n1)
        d.t("은 ")
        da, db = date_pair(rng, 2024, 2026)
        d.n(da, "date")
        d.t("부터 ")
        d.n(db, "date")
        d.t("까지 출장 ")
        d.t(f"{rng.randint(3, 30)}회에 대하여 여비 ")
        d.n(amount(rng, 200000, 9000000), "amount")
        d.t("을 부당하게 수령하였다.")
        if maybe(rng):
            d.t(" 해당 여비는 본인 명의 계좌(")
            a = account(rng)
            d.t(BANK_SHORT[a.extra["bank"]] + " ")
            d.s(a)
            d.t(")로 입금되었다.")
        if maybe(rng, 0.5):
            d.t(" 이 중 일부는 개인 신용카드(")
            d.s(card(rng, "card_masked"))
            d.t(")로 결제한 유류비였다.")
        d.t("\n  또한 관리자인 과장 ")
        d.s(kname(rng))
        d.t("은 이를 확인하지 않고 결재하였다.\n\n2. 처분 요구\n  ")
        d.n(office_only(rng), "official_by_office")
        d.t("은 관련자 ")
        d.s(n1)
        d.t("을 ")
        d.n(statute(rng), "statute_citation")
        d.t("에 따라 경징계 이상 처분하고, ")
        d.n(amount(rng, 200000, 9000000), "amount")
        d.t("을 회수하시기 바랍니다.\n감사 담당: 감사관실 ")
        d.s(kname(rng))
        d.t(" 감사관 (")
        d.s(phone(rng, "landline", "hyphen"))
        d.t(")")
    else:
        p = kname(rng)
        d.t("징 계 의 결 서\n\n징계혐의자 인적사항\n")
        d.table([[rng.choice(DEPTS), rng.choice(["행정주사", "행정주사보", "시설주사"]), p, dob(rng, fmt=rng.choice(["dot_space", "dot_pad", "hyphen"]))]],
                rng.choice([" | ", "\t"]), header=["소속", "직급", "성명", "생년월일"])
        d.t("\n의결주문: ")
        d.t(rng.choice(["정직 1월", "감봉 2월", "견책", "강등"]) + "\n\n이유\n  혐의자는 ")
        d.n(rdate(rng, 2025, 2026, "hangul"), "date")
        d.t(" 23시경 ")
        d.s(address(rng, rng.choice(["road_short_sido", "road_from_sigungu"]), nounit=True))
        d.t(" 앞 도로에서 혈중알코올농도 0.0" + str(rng.randint(3, 9)) + "% 상태로 본인 소유 ")
        d.s(plate(rng, rng.choice(["plate_2d", "plate_3d", "plate_nospace"])))
        d.t(" 차량을 운전하다 적발되었다(운전면허번호 ")
        d.s(dl(rng))
        d.t(").\n  이는 ")
        d.n(statute(rng), "statute_citation")
        d.t("의 품위 유지 의무를 위반한 것이다.\n\n")
        d.n(rdate(rng, 2026, 2026), "date")
        d.t("\n")
        d.n(rng.choice(["○○시 인사위원회", "보통징계위원회", "중앙징계위원회"]), "official_by_office")
        d.t("\n위원장 ")
        d.s(kname(rng))
        d.t("  위원 ")
        d.s(kname(rng))
        d.t(", ")
        d.s(kname(rng))


def T_tax_anon(d, rng):
    d.no_pii = True
    d.t("질의회신\n\n문서번호: ")
    d.n(rng.choice([f"서면-{rng.randint(2020, 2026)}-법인-{rng.randint(100, 9999)}", f"부가{rng.randint(46000, 46099)}-{rng.randint(1, 999)}", f"재산세과-{rng.randint(100, 999)}"]), "document_number")
    d.t("  생산일자: ")
    d.n(rdate(rng, 2020, 2026, "dotpad"), "date")
    d.t("\n\n[질의]\n")
    d.n("갑", "placeholder_person")
    d.t("은 ")
    d.n("A법인", "placeholder_person")
    d.t("의 대표이사로서 ")
    d.n(rdate(rng, 2020, 2025, "hangul"), "date")
    d.t(" 보유 주식을 특수관계인 ")
    d.n("을", "placeholder_person")
    d.t("에게 ")
    d.n(amount(rng, 10000000, 900000000), "amount")
    d.t("에 양도하였는바, ")
    d.n(statute(rng), "statute_citation")
    d.t("의 적용 여부를 질의함.\n\n[회신]\n귀 질의의 경우 ")
    d.n(statute(rng), "statute_citation")
    d.t(" 및 ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 판단할 사항이며, 기존 해석사례(")
    d.n(rng.choice([f"서면-{rng.randint(2015, 2022)}-법령해석-{rng.randint(100, 9999)}", caseno(rng)]), "document_number")
    d.t(")를 참고하시기 바랍니다.\n\n담당: ")
    d.n(rng.choice(["법인세과", "재산세과", "부가가치세과"]), "official_by_office")
    d.t(" (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")")


def T_notice(d, rng):
    ag = rng.choice(LOCALS)
    d.t(f"{ag} 공고 제")
    d.n(f"{rng.randint(2025, 2026)}-{rng.randint(100, 3000)}", "document_number")
    d.t(f"호\n\n{rng.choice(['자동차 과태료 부과 사전통지서 공시송달 공고', '행정처분 공시송달 공고', '체납액 납부 독촉 공시송달'])}\n\n")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 주소 불명 또는 수취인 부재로 반송된 아래 대상자에 대하여 공시송달합니다.\n\n")
    rows = []
    for k in range(rng.randint(3, 7)):
        if maybe(rng, 0.3):
            nm = ("N", rng.choice(SUR1) + "*" + rng.choice(GIV) if maybe(rng) else rng.choice(SUR1) + "○○", "placeholder_person")
        else:
            nm = person(rng, 0.1)
        rows.append([str(k + 1), nm, address(rng), plate(rng), ("N", amount(rng, 20000, 400000), "amount")])
    d.table(rows, rng.choice([" | ", "\t", "  "]), header=["연번", "성명", "최종 주소", "차량번호", "금액"] if maybe(rng, 0.7) else None, pad=maybe(rng))
    d.t("\n공시송달 기간: ")
    da, db = date_pair(rng)
    d.n(da, "date")
    d.t(" ~ ")
    d.n(db, "date")
    d.t(f"\n문의처: {rng.choice(DEPTS)} (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")\n\n")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n")
    d.n(office_only(rng), "official_by_office")


def T_police_accident(d, rng):
    d.t(f"교통사고 사실확인원\n\n접수번호: ")
    d.n(f"{rng.randint(2025, 2026)}-{rdig(rng, 6)}", "case_number")
    d.t("\n발생일시: ")
    d.n(rdate(rng, 2025, 2026), "date")
    d.t(f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n발생장소: ")
    d.s(address(rng, rng.choice(["road_short_sido", "road_full", "road_from_sigungu"])))
    d.t(" 앞 교차로\n\n")
    labels = rng.choice([("운전자", "면허번호", "차량번호", "연락처"), ("성명", "운전면허", "차량", "전화")])
    for role in ["가해 차량", "피해 차량"]:
        d.t(f"[{role}]\n")
        drv = person(rng, 0.08)
        if maybe(rng, 0.5):
            d.t(f"{labels[0]}: ")
            d.s(drv)
            d.t("  (")
            d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])) if drv.kind.startswith("ko") else frn(rng))
            d.t(f")\n{labels[1]}: ")
            d.s(dl(rng))
            d.t(f"\n{labels[2]}: ")
            d.s(plate(rng))
            d.t(f" ({rng.choice(['승용', '화물', '승합'])})\n{labels[3]}: ")
            d.s(phone(rng, "mobile"))
            d.t("\n")
        else:
            d.table([[drv, dl(rng), plate(rng), phone(rng, "mobile")]], rng.choice(["  ", " / ", "\t"]))
        if maybe(rng, 0.4):
            d.t("보험: ")
            d.n(company(rng), "company_name")
            d.t(" 사고접수번호 ")
            d.n(recno(rng), "public_record_id")
            d.t("\n")
    d.t("\n사고 내용: 가해 차량이 신호를 위반하여 진행 중 피해 차량의 측면을 충격함.\n적용 법조: ")
    d.n(statute(rng), "statute_citation")
    d.t("\n\n")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n")
    d.n(rng.choice(["○○경찰서장", "마포경찰서장", "해운대경찰서장", "유성경찰서장"]), "official_by_office")
    d.t("\n담당 조사관: 교통조사계 경사 ")
    d.s(kname(rng))
    d.t(" (")
    d.s(phone(rng, "landline"))
    d.t(")")


def T_police_complaint(d, rng):
    d.t("사건 접수부 (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n")
    sep = rng.choice([" | ", "\t", "  "])
    hdr = maybe(rng, 0.5)
    rows = []
    for _ in range(rng.randint(3, 6)):
        nm = person(rng, 0.12)
        idv = rrn(rng, rng.choice(["rrn_valid", "rrn_masked", "rrn_masked"])) if nm.kind.startswith("ko") else frn(rng)
        rows.append([("N", f"{rng.randint(2026, 2026)}-{rdig(rng, 5)}", "case_number"), rng.choice(["사기", "분실", "폭행", "절도", "교통"]), nm, idv,
                     phone(rng, "mobile"), ("N", amount(rng, 10000, 5000000), "amount") if maybe(rng) else "-"])
    d.table(rows, sep, header=["접수번호", "죄명", "신고인", "주민(외국인)번호", "연락처", "피해액"] if hdr else None, pad=(sep == "  "))
    d.t("\n담당: ")
    d.n(rng.choice(["수사과장", "○○지구대장", "형사과장"]), "official_by_office")
    d.t(" / 당직 경위 ")
    d.s(kname(rng))


def T_ems(d, rng):
    d.t("구급활동일지\n\n출동번호: ")
    d.n(f"{rng.randint(2025, 2026)}{rdig(rng, 8)}", "public_record_id")
    d.t("\n출동 구급차: ")
    d.t(f"{rng.choice(['가곡', '신리', '매화', '학산'])}119안전센터 구급{rng.randint(1, 3)}대 (관용 ")
    d.n(f"{rng.randint(10, 69)}{rng.choice(PLATE_PRIV)} {rdig(rng, 4, True)}", "institution_vehicle_plate")
    d.t(")")
    d.t("\n신고 일시: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n신고자: ")
    if maybe(rng, 0.6):
        d.s(kname(rng))
        d.t(f" ({rng.choice(['배우자', '자녀', '행인', '이웃'])}) ")
    d.s(phone(rng, "mobile", rng.choice(["hyphen", "plain", "hyphen"])))
    d.t("\n\n[환자 정보]\n성명: ")
    pt = person(rng, 0.1)
    d.s(pt)
    b = young_birth(rng) if maybe(rng, 0.3) else rand_birth(rng, 1931, 2019)
    d.t(f"   성별: {rng.choice(['남', '여'])}   나이: {2026 - b.year}세\n")
    d.t("생년월일: ")
    d.s(dob(rng, b))
    if pt.kind.startswith("ko") and maybe(rng, 0.6):
        d.t("   주민등록번호: ")
        d.s(rrn_for(rng, b))
    d.t("\n주소: ")
    emit_address(d, rng, address(rng), postal=False)
    d.t("\n보호자 연락처: ")
    d.s(phone(rng, "mobile"))
    d.t("\n\n[처치] 활력징후 측정, 산소 투여\n이송 병원: ")
    d.n(f"{rng.choice(NAMELIKE)}{rng.choice(['의료원', '병원', '대학교병원'])}", "name_like_word")
    d.t(" 응급실 (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")\n구급대원: 소방장 ")
    d.s(kname(rng))
    d.t(", 소방교 ")
    d.s(kname(rng))


def T_hospital(d, rng):
    pt = person(rng, 0.1)
    d.t(f"{rng.choice(['입원', '외래', '응급'])} 환자 기록지\n\n등록번호: ")
    d.n(rdig(rng, 8), "identifier_without_type")
    d.t("\n성명: ")
    d.s(pt)
    b = young_birth(rng) if maybe(rng, 0.35) else rand_birth(rng, 1931, 2019)
    d.t(f"   성별/나이: {rng.choice(['M', 'F'])}/{2026 - b.year}\n")
    if pt.kind.startswith("ko"):
        d.t("주민등록번호: ")
        d.s(rrn_for(rng, b))
    else:
        d.t("외국인등록번호: ")
        d.s(frn(rng))
    d.t("\n건강보험증 번호: " if maybe(rng) else "\n증번호: ")
    d.s(health_ins(rng))
    d.t(f"   보험 유형: {rng.choice(['건강보험', '의료급여 1종', '건강보험(직장)'])}\n")
    d.t("주소: ")
    emit_address(d, rng)
    d.t("\n연락처: ")
    d.s(phone(rng, "mobile"))
    d.t("   보호자: ")
    d.s(kname(rng))
    d.t(" ")
    d.s(phone(rng, "mobile"))
    d.t(f"\n\n주 호소: {rng.choice(['복통', '발열', '어지러움', '흉통', '요통'])}\n진료과: {rng.choice(['내과', '외과', '응급의학과', '신경과'])}  주치의: ")
    d.s(kname(rng))
    d.t("\n입원일: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n원무과 문의: ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_school(d, rng):
    st = kname(rng)
    d.t(f"학생 기초 조사서 ({rng.randint(1, 6)}학년 {rng.randint(1, 10)}반)\n\n학생 성명: ")
    d.s(st)
    d.t("   생년월일: ")
    d.s(dob(rng, rand_birth(rng, 2010, 2020)))
    d.t("\n주소: ")
    emit_address(d, rng)
    d.t("\n\n보호자\n")
    rows = []
    for rel in rng.sample(["부", "모", "조모", "조부"], rng.randint(1, 2)):
        g = person(rng, 0.1)
        rows.append([rel, g, phone(rng, "mobile"), email(rng, g) if maybe(rng, 0.5) else "", rng.choice(["회사원", "자영업", "공무원", "주부", ""])])
    d.table(rows, rng.choice([" | ", "\t", "  "]), header=["관계", "성명", "휴대전화", "이메일", "직업"] if maybe(rng, 0.6) else None, pad=maybe(rng))
    d.t("\n형제자매: ")
    if maybe(rng):
        d.s(kname(rng))
        d.t(f" ({rng.randint(1, 6)}학년)")
    else:
        d.t("없음")
    d.t("\n비상 연락처: ")
    d.s(phone(rng, rng.choice(["mobile", "landline"])))
    d.t("\n\n※ 학교 행정실: ")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t("  담임 ")
    d.s(kname(rng))
    d.t(" 교사\n※ 수집된 정보는 ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따라 학년 말 파기합니다.")


def T_welfare(d, rng):
    cl = kname(rng)
    d.t(f"초기 상담 기록지\n\n상담일: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("   상담자: 사회복지주무관 ")
    d.s(kname(rng))
    d.t("\n\n대상자: ")
    d.s(cl)
    d.t(" (")
    d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]), b=rand_birth(rng, 1940, 1990)))
    d.t(")\n주소: ")
    emit_address(d, rng)
    d.t("\n연락처: ")
    d.s(phone(rng))
    d.t("\n건강보험: ")
    d.s(health_ins(rng))
    d.t(f" ({rng.choice(['지역가입자', '직장가입자 피부양자', '의료급여'])})\n\n가구원\n")
    rows = []
    for rel in rng.sample(["배우자", "자녀", "자녀", "손자녀", "모"], rng.randint(1, 3)):
        if rel == "손자녀" or (rel == "자녀" and maybe(rng, 0.3)):
            rows.append([rel, kname(rng), rrn(rng, "rrn_post2020")])
        else:
            rows.append([rel, kname(rng), rrn(rng, rng.choice(["rrn_valid", "rrn_masked"]))])
    d.table(rows, rng.choice(["  ", " | ", "\t"]), pad=True)
    d.t(f"\n상담 내용: 실직 후 {rng.randint(2, 10)}개월째 소득이 없어 월세 ")
    d.n(amount(rng, 200000, 700000), "amount")
    d.t("를 체납함. ")
    d.n(statute(rng), "statute_citation")
    d.t("에 따른 생계지원 검토.\n지원금 입금 계좌: ")
    a = account(rng)
    d.t(a.extra["bank"] + " ")
    d.s(a)
    d.t(" (예금주 ")
    d.s(cl)
    d.t(")\n연계 기관: 지역자활센터 (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")")


def T_chat(d, rng):
    d.t(f"[{rng.choice(['국민신문고 채팅상담', '120 문자상담', '출입국 민원 챗봇 상담 이관', '여권 민원 메신저 상담'])}] ")
    d.n(rdate(rng, 2026, 2026, "hyphen"), "date")
    d.t("\n")
    agent = rng.choice(["상담사", "상담원", "담당자"])
    user = person(rng, 0.2)
    lines = rng.randint(5, 9)
    asked = rng.sample(["phone", "email", "addr", "frn", "passport", "card", "account", "dob", "plate"], 4)
    t0 = rng.randint(9, 17)
    mins = sorted(rng.randint(0, 58) for _ in range(lines))
    for k in range(lines):
        ts = f"[{t0:02d}:{mins[k]:02d}] "
        if k % 2 == 0:
            d.t(ts + f"{agent}: ")
            if k == 0:
                d.t("안녕하세요. 상담을 시작하겠습니다. 성함을 말씀해 주세요.\n")
            else:
                d.t(rng.choice(["확인을 위해 추가 정보를 부탁드립니다.", "조회해 보겠습니다. 잠시만 기다려 주세요.", "본인 확인이 필요합니다."]) + "\n")
        else:
            d.t(ts + "민원인: ")
            if k == 1:
                d.s(user)
                d.t(rng.choice(["입니다", "이에요", " 입니다~"]) + "\n")
                continue
            it = asked.pop() if asked else "none"
            if it == "phone":
                d.t("연락처는 ")
                d.s(phone(rng, "mobile", rng.choice(["plain", "hyphen", "space", "dot"])))
                d.t(rng.choice([" 입니다", "요", ""]) + "\n")
            elif it == "email":
                d.t("메일로 보내주세요 ")
                d.s(email(rng, user))
                d.t("\n")
            elif it == "addr":
                d.t("주소 ")
                d.s(address(rng))
                d.t(rng.choice(["로 바뀌었어요", " 여기로요", ""]) + "\n")
            elif it == "frn":
                d.t("등록번호 ")
                d.s(frn(rng))
                d.t("\n")
            elif it == "passport":
                d.t("여권번호는 ")
                d.s(passport(rng, user.extra.get("nat", "KR")))
                d.t(" 이고 만료일은 ")
                d.n(f"{rng.randint(2027, 2035)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}.", "date")
                d.t(" 이에요\n")
            elif it == "card":
                d.t("결제한 카드는 ")
                d.s(card(rng))
                d.t(" 입니다\n")
            elif it == "account":
                a = account(rng)
                d.t(f"환불은 {BANK_SHORT[a.extra['bank']]} ")
                d.s(a)
                d.t(" 으로 해주세요\n")
            elif it == "dob":
                d.t("생년월일 ")
                d.s(dob(rng, fmt=rng.choice(["six", "dot_pad", "hyphen", "short_dot"])))
                d.t("\n")
            elif it == "plate":
                d.t("차 번호 ")
                d.s(plate(rng))
                d.t(" 요\n")
            else:
                d.t("네 알겠습니다\n")
    d.t(f"[{t0:02d}:59] {agent}: 접수번호는 ")
    d.n(recno(rng), "public_record_id")
    d.t("입니다. 추가 문의는 ")
    d.n(inst_phone(rng, short=True), "institution_switchboard")
    d.t("로 연락 주세요.")


def T_access_log(d, rng):
    nopii = maybe(rng, 0.2)
    d.no_pii = nopii
    sysname = rng.choice(["민원처리시스템", "외국인체류관리", "e-사람", "여권정보통합", "복지행정(행복e음)"])
    d.t(f"# {sysname} 개인정보 접속기록 추출 ({rng.choice(['월간 점검', '소명 요청', '오남용 의심'])})\n")
    d.t(f"# 추출 도구 ")
    d.n(version(rng), "version_number")
    d.t("\n")
    fmt = rng.choice(["csv", "space", "kv"])
    if fmt == "csv":
        d.t("timestamp,user_id,name,client_ip,action,target\n")
    for _ in range(rng.randint(4, 9)):
        ts = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        uid = userid(rng)
        act = rng.choice(["조회", "다운로드", "수정", "출력", "LOGIN", "EXPORT"])
        sep = "," if fmt == "csv" else rng.choice(["  ", " "])
        if fmt == "kv":
            d.t(f"{ts} user=")
            d.n(uid, "system_user_id")
            d.t(" src=")
            if nopii:
                d.n(f"WS-{rng.randint(100, 999)}", "hostname")
            else:
                d.s(ip(rng))
                d.t(f":{rng.randint(1024, 65535)}" if maybe(rng, 0.3) else "")
            d.t(f" act={act}")
            if not nopii and maybe(rng, 0.5):
                d.t(" subject=")
                d.s(kname(rng))
            d.t("\n")
        else:
            d.t(ts + sep)
            d.n(uid, "system_user_id")
            d.t(sep)
            if nopii:
                d.t("-")
            else:
                d.s(kname(rng)) if maybe(rng, 0.6) else d.t("-")
            d.t(sep)
            if nopii:
                d.n(f"WS-{rng.randint(100, 999)}", "hostname")
            else:
                d.s(ip(rng))
            d.t(sep + act + sep)
            if not nopii and maybe(rng, 0.25):
                d.s(rrn(rng, "rrn_masked"))
            else:
                d.n(f"REQ{rdig(rng, 9)}", "transaction_id")
            d.t("\n")
    d.t(f"# 총 {rng.randint(100, 9000)}건 중 발췌, 클라이언트 버전 ")
    d.n(version(rng), "version_number")


# ----------------------------------------------------------------------------- focus templates (contact, payment, travel)
def rtable(d, rng, header, rows, comma_ok=False, p_header=0.55):
    """Flatten a table with a random separator, with or without a header row."""
    opts = [" | ", "|", "\t", "  ", " / ", "   "] + ([", ", ","] if comma_ok else [])
    sep = rng.choice(opts)
    hdr = header if maybe(rng, p_header) else None
    edge = sep.strip() == "|" and maybe(rng, 0.4)
    rule = None
    if hdr and edge and maybe(rng):
        rule = "|" + "|".join("---" for _ in header) + "|"
    d.table(rows, sep, header=hdr, pad=(sep.strip() == "" and sep != "\t"), lead="| " if edge else "", trail=" |" if edge else "", rule=rule)
    return hdr is not None


def lbl(rng, label, v, p=0.35):
    """cell with or without an inline label"""
    return [label, v] if maybe(rng, p) else v


def bank_cell(rng, a):
    return rng.choice([a.extra["bank"], BANK_SHORT[a.extra["bank"]], a.extra["bank"]])


def T_roster_emergency(d, rng):
    dept = rng.choice(DEPTS)
    d.t(f"{dept} 비상연락망 (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(" 기준)\n")
    if maybe(rng, 0.5):
        d.t("부서 대표: ")
        d.n(inst_phone(rng, True), "institution_switchboard")
        d.t("  당직실(대표): ")
        d.n(inst_phone(rng, True), "institution_switchboard")
        d.t("\n")
    cols = ["연번", "직급", "성명", "사무실", "휴대전화"] + rng.sample(["자택주소", "생년월일", "이메일", "자택전화", "차량번호"], rng.randint(1, 3))
    rows = []
    for k in range(rng.randint(4, 8)):
        p = person(rng, 0.04)
        r = []
        for c in cols:
            if c == "연번":
                r.append(str(k + 1))
            elif c == "직급":
                r.append(rng.choice(["과장", "팀장", "주무관", "사무관", "실무관", "주무관"]))
            elif c == "성명":
                r.append(p)
            elif c == "사무실":
                r.append(phone(rng, "landline", rng.choice(["hyphen", "hyphen", "plain"])) if maybe(rng, 0.8) else "-")
            elif c == "휴대전화":
                r.append(lbl(rng, rng.choice(["H.P ", "HP:", "☎", "핸드폰 "]), phone(rng, "mobile", rng.choice(["hyphen", "hyphen", "plain", "dot", "space"]))))
            elif c == "자택주소":
                r.append(address(rng))
            elif c == "생년월일":
                r.append(dob(rng, fmt=rng.choice(["six", "dot_pad_nodot", "short_dot", "hyphen", "dot_space"])))
            elif c == "이메일":
                r.append(email(rng, p, rng.choice(["korea.kr", None, None])))
            elif c == "자택전화":
                r.append(phone(rng, "landline") if maybe(rng, 0.7) else "")
            else:
                r.append(plate(rng) if maybe(rng, 0.7) else "없음")
        rows.append(r)
    rtable(d, rng, cols, rows)
    d.t("※ 개인정보가 포함되어 있으므로 외부 유출을 금지함. 작성 예: ")
    d.n(rng.choice(["홍길동", "김○○"]), "placeholder_person")


def T_roster_foreign(d, rng):
    comp = company(rng)
    d.t("외국인 근로자 고용 현황\n사업장명: ")
    d.n(comp, "company_name")
    d.t("   사업자등록번호: ")
    d.s(brn(rng))
    if maybe(rng, 0.4):
        d.t("   법인등록번호: ")
        d.s(crn(rng))
    d.t("\n대표자: ")
    d.s(kname(rng))
    d.t("   소재지: ")
    d.s(address(rng, rng.choice(["road_full", "road_short_sido", "jibun", "road_eupmyeon"])))
    d.t("\n담당자 연락처: ")
    d.s(phone(rng, rng.choice(["mobile", "landline", "voip_070"])))
    d.t("\n\n")
    cols = ["연번", "성명", "국적", "외국인등록번호", "여권번호", "체류자격", "체류만료일", "연락처"] + (["급여계좌"] if maybe(rng) else []) + (["건강보험"] if maybe(rng, 0.4) else [])
    rows = []
    for k in range(rng.randint(3, 7)):
        nat = rng.choice(["VN", "CN", "PH", "UZ", "NP", "TH", "ID", "MN"])
        f = fname(rng, nat, rng.choice(["latin_upper", "latin_upper", "hangul"]))
        r = []
        for c in cols:
            if c == "연번":
                r.append(str(k + 1))
            elif c == "성명":
                r.append(f)
            elif c == "국적":
                r.append(FOREIGN[nat][0])
            elif c == "외국인등록번호":
                r.append(frn(rng))
            elif c == "여권번호":
                r.append(passport(rng, nat))
            elif c == "체류자격":
                r.append(("N", rng.choice(["E-9", "H-2", "E-7", "F-4", "E-9-1", "F-6"]), "visa_status_code"))
            elif c == "체류만료일":
                r.append(("N", f"{rng.randint(2027, 2029)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"))
            elif c == "연락처":
                r.append(phone(rng, "mobile", rng.choice(["hyphen", "plain", "plain", "space"])))
            elif c == "급여계좌":
                a = account(rng)
                r.append([bank_cell(rng, a) + " ", a])
            else:
                r.append(health_ins(rng))
        rows.append(r)
    rtable(d, rng, cols, rows, p_header=0.6)
    d.t("※ 관할: ")
    d.n(rng.choice(AGENCIES[11:15]), "official_by_office")
    d.t(" (")
    d.n("1345", "institution_switchboard")
    d.t(")")


def T_vehicle_access(d, rng):
    d.t(rng.choice(["차량 출입 대장", "청사 주차장 출입 기록", "차량 출입 관리대장(정문)"]) + " ")
    day = rdate(rng, 2026, 2026, "hyphen")
    d.n(day, "date")
    d.t("\n")
    cols = ["입차", "출차", "차량번호", "운전자", "연락처", "방문처", "비고"]
    rows = []
    for _ in range(rng.randint(4, 8)):
        t1 = f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
        t2 = f"{rng.randint(17, 21):02d}:{rng.randint(0, 59):02d}" if maybe(rng, 0.8) else ""
        if maybe(rng, 0.18):
            rows.append([t1, t2, ("N", f"{rng.randint(10, 399)}{rng.choice(PLATE_PRIV)} {rdig(rng, 4, True)}", "institution_vehicle_plate"), "관용", "", rng.choice(DEPTS), "관용차"])
            continue
        cm = maybe(rng, 0.25)
        pv = plate(rng, rng.choice(["plate_commercial", "plate_rental"]) if cm else None)
        note = ("N", company(rng), "company_name") if cm else rng.choice(["민원", "방문", "납품", "", "장애인"])
        rows.append([t1, t2, pv, person(rng, 0.05) if maybe(rng, 0.85) else "", phone(rng, "mobile", rng.choice(["hyphen", "plain", "hyphen"])) if maybe(rng, 0.8) else "",
                     rng.choice(DEPTS), note])
    rtable(d, rng, cols, rows)
    d.t("근무자: 청원경찰 ")
    d.s(kname(rng))


def T_visitor(d, rng):
    d.t("방문객 출입 대장\n")
    cols = ["일시", "성명", "소속", "연락처", "신분증", "방문 대상", "출입증"]
    rows = []
    for k in range(rng.randint(3, 7)):
        kind = rng.choice(["dl", "rrn", "passport", "frn", "dl"])
        if kind in ("passport", "frn"):
            nat = rng.choice(FOREIGN_KEYS)
            p = fname(rng, nat)
            idc = ["여권 ", passport(rng, nat)] if kind == "passport" else ["외국인등록증 ", frn(rng)]
        else:
            p = kname(rng)
            idc = ["운전면허 ", dl(rng)] if kind == "dl" else ["주민등록증 ", rrn(rng, rng.choice(["rrn_masked", "rrn_masked", "rrn_valid"]))]
        if maybe(rng, 0.3):
            idc = idc[1]
        aff = ("N", company(rng), "company_name") if maybe(rng, 0.5) else "개인"
        rows.append([("N", f"{rdate(rng, 2026, 2026, 'dotpad')} {rng.randint(9, 17)}:{rng.randint(0, 59):02d}", "date"), p, aff,
                     phone(rng, "mobile"), idc, [rng.choice(DEPTS) + " ", kname(rng)], ("N", f"V-{rng.randint(1, 99):03d}", "identifier_without_type")])
    rtable(d, rng, cols, rows)
    d.t("※ 신분증 사본은 보관하지 않음 (")
    d.n(statute(rng), "statute_citation")
    d.t(")")


def T_dl_check(d, rng):
    d.t(rng.choice(["공유차량 이용자 운전자격 확인 대장", "공용차량 운전자 자격 확인부", "전동킥보드 대여 회원 면허 확인 내역"]) + "\n확인 기관: 도로교통공단 운전면허 정보 검증 (")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t(")\n")
    cols = ["연번", "성명", "생년월일", "면허번호", "면허종류", "적성검사 만료", "차량", "결과"]
    rows = []
    for k in range(rng.randint(4, 7)):
        rows.append([str(k + 1), kname(rng), dob(rng, fmt=rng.choice(["six", "hyphen", "dot_pad_nodot", "short_dot"])), lbl(rng, "면허 ", dl(rng), 0.2),
                     rng.choice(["1종 보통", "2종 보통", "1종 대형", "2종 소형"]), ("N", f"{rng.randint(2027, 2034)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}", "date"),
                     plate(rng, rng.choice(["plate_rental", "plate_rental", "plate_3d", "plate_nospace"])) if maybe(rng, 0.8) else "-", rng.choice(["적격", "적격", "적격", "부적격(정지)"])])
    rtable(d, rng, cols, rows)


def T_ledger_expense(d, rng):
    d.t(f"지출결의서\n결의번호: ")
    d.n(f"{rng.randint(2026, 2026)}-{rng.choice(DEPTS)}-{rng.randint(1, 999):04d}", "document_number")
    d.t("   회계연도: 2026   ")
    d.t("세부사업: " + rng.choice(["외국인 주민 지원", "민원실 운영", "청사 관리", "직원 교육"]) + "\n")
    cols = ["적요", "거래처/수령인", "등록번호", "은행", "계좌번호", "예금주", "금액"]
    rows = []
    for _ in range(rng.randint(2, 6)):
        a = account(rng)
        if maybe(rng, 0.5):
            c = company(rng)
            idv = brn(rng) if maybe(rng, 0.55) else crn(rng)
            holder = ("N", c, "company_name") if maybe(rng, 0.7) else kname(rng)
            rows.append([rng.choice(["물품 구입", "인쇄비", "임차료", "용역비"]) if maybe(rng, 0.7) else ["물품(", ("N", rng.choice(PRODUCTS), "name_like_word"), ")"], ("N", c, "company_name"), idv, bank_cell(rng, a), a, holder, ("N", amount(rng, 50000, 30000000), "amount")])
        else:
            p = person(rng, 0.1)
            rows.append([rng.choice(["강사 수당", "통역비", "위원 참석수당", "여비"]), p, rrn(rng, rng.choice(["rrn_masked", "rrn_valid"])) if p.kind.startswith("ko") else frn(rng),
                         bank_cell(rng, a), a, p, ("N", amount(rng, 50000, 900000), "amount")])
    rtable(d, rng, cols, rows, p_header=0.7)
    d.t("합계: ")
    d.n(amount(rng, 1000000, 90000000), "amount")
    d.t("\n지출원: 주무관 ")
    d.s(kname(rng))
    d.t("   재무관: ")
    d.n(rng.choice(["재무과장", "운영지원과장"]), "official_by_office")


def T_vendor_register(d, rng):
    d.t(rng.choice(["거래처 관리 대장", "협력업체 등록 현황", "계약 상대자 정보 목록"]) + " (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n")
    cols = ["상호", "대표자", "사업자등록번호", "법인등록번호", "전화", "주소", "입금계좌"]
    rows = []
    for _ in range(rng.randint(3, 6)):
        a = account(rng)
        corp = maybe(rng, 0.75)
        rows.append([("N", company(rng), "company_name"), kname(rng), brn(rng, corp=corp), crn(rng) if corp else "-",
                     phone(rng, rng.choice(["landline", "landline", "voip_070", "mobile"])),
                     address(rng, rng.choice(["road_full", "road_short_sido", "road_from_sigungu", "jibun"])), [bank_cell(rng, a) + " ", a]])
    rtable(d, rng, cols, rows, p_header=0.65)
    d.t("작성: 계약 담당 ")
    d.s(kname(rng))


def T_receipt(d, rng):
    shop = company(rng)
    d.t(rng.choice(["카드 매출전표", "신용카드 영수증", "[고객용] 매출전표"]) + "\n")
    sep = rng.choice([": ", "  ", " ", "\t"])
    d.t(f"가맹점명{sep}")
    d.n(shop, "company_name")
    d.t(f"\n사업자번호{sep}")
    d.s(brn(rng))
    d.t(f"\n대표자{sep}")
    d.s(kname(rng))
    d.t(f"\n주소{sep}")
    d.s(address(rng, rng.choice(["road_short_sido", "road_full", "road_from_sigungu"])))
    d.t(f"\n전화{sep}")
    d.s(phone(rng, rng.choice(["landline", "landline", "voip_070"])))
    d.t("\n--------------------------------\n")
    d.t(f"카드종류{sep}{rng.choice(['신한', 'KB국민', '삼성', '현대', 'BC', '하나', '롯데', 'NH'])}카드\n카드번호{sep}")
    d.s(card(rng, wchoice(rng, [("card_masked", 60), ("card_full", 40)])))
    d.t(f"\n유효기간{sep}**/**\n거래일시{sep}")
    d.n(rdate(rng, 2026, 2026, "dotpad") + f" {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", "date")
    d.t(f"\n품명{sep}")
    d.n(rng.choice(PRODUCTS), "name_like_word")
    d.t(f" 외 {rng.randint(1, 5)}건\n할부{sep}일시불\n승인번호{sep}")
    d.n(rdig(rng, 8), "transaction_id")
    d.t(f"\n가맹점번호{sep}")
    d.n(rdig(rng, 10), "transaction_id")
    d.t(f"\n합계금액{sep}")
    d.n(amount(rng, 3000, 900000), "amount")
    d.t("\n--------------------------------\n")
    if maybe(rng, 0.4):
        d.t("현금영수증 발급 번호: ")
        d.s(phone(rng, "mobile", rng.choice(["plain", "hyphen"])))
        d.t("\n")
    d.t("서명: ")
    d.s(person(rng, 0.05))
    d.t("\n카드사 고객센터 ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_refund_ledger(d, rng):
    d.t(rng.choice(["과오납금 환급 지급대장", "여권 수수료 환불 처리 내역", "체류 민원 수수료 환급 명단"]) + "\n")
    cols = ["연번", "납부자", "식별번호", "환급액", "은행", "계좌번호", "연락처", "처리일"]
    rows = []
    for k in range(rng.randint(3, 7)):
        p = person(rng, 0.2)
        idv = (rrn(rng, rng.choice(["rrn_masked", "rrn_valid", "rrn_masked"])) if p.kind.startswith("ko") else frn(rng, rng.choice(["frn_valid", "frn_masked"])))
        a = account(rng)
        rows.append([str(k + 1), p, idv, ("N", amount(rng, 1000, 200000), "amount"), bank_cell(rng, a), a, phone(rng, "mobile"), ("N", rdate(rng, 2026, 2026, "dotpad"), "date")])
    rtable(d, rng, cols, rows, p_header=0.6)
    d.t("처리자: ")
    d.s(kname(rng))
    d.t("  확인: ")
    d.n(office_only(rng), "official_by_office")


def T_transfer_slip(d, rng):
    d.t(rng.choice(["계좌이체 의뢰서", "대량이체 신청서", "지급 명세(이체용)"]) + "\n출금계좌: ")
    ia = account(rng)
    d.t(ia.extra["bank"] + " ")
    d.n(ia.text, "institution_account")
    d.t(" (예금주: ")
    d.t(rng.choice(LOCALS) + " 세입세출외현금)" if maybe(rng) else rng.choice(AGENCIES) + ")")
    d.t("\n이체일: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n")
    style = rng.choice(["table", "fixed"])
    rows = []
    for _ in range(rng.randint(3, 7)):
        a = account(rng, fmt=rng.choice(["plain", "hyphen", "plain"]) if style == "fixed" else None)
        p = person(rng, 0.08)
        holder = p if maybe(rng, 0.8) else ("N", company(rng), "company_name")
        memo = rng.choice(["", "", "수당", "환급", "여비"])
        rows.append([bank_cell(rng, a), a, holder, ("N", amount(rng, 10000, 5000000), "amount"), memo])
    if style == "fixed":
        for r in rows:
            d.table([r], rng.choice(["  ", " "]), pad=False)
    else:
        rtable(d, rng, ["입금은행", "계좌번호", "예금주", "금액", "통장표시"], rows, p_header=0.7)
    d.t("신청인(담당): ")
    d.s(kname(rng))
    d.t("  ")
    d.s(phone(rng, "landline"))


def T_payment_stmt(d, rng):
    d.t(rng.choice(["외부 강사 강사료 지급 명세", "위원회 참석수당 지급 내역", "통역 수당 지급 명세서"]) + " (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n원천징수 근거: ")
    d.n(statute(rng), "statute_citation")
    d.t("\n")
    cols = ["성명", "주민등록번호", "주소", "은행", "계좌번호", "지급액", "소득세", "지방소득세"]
    rows = []
    for _ in range(rng.randint(2, 5)):
        p = person(rng, 0.15)
        a = account(rng)
        rows.append([p, rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_masked"])) if p.kind.startswith("ko") else frn(rng),
                     address(rng), bank_cell(rng, a), a, ("N", amount(rng, 100000, 800000), "amount"), ("N", amount(rng, 1000, 30000), "amount"), ("N", amount(rng, 100, 3000), "amount")])
    rtable(d, rng, cols, rows, p_header=0.75)
    d.t("담당: 주무관 ")
    d.s(kname(rng))
    d.t(" / ")
    d.s(email(rng, None, "korea.kr", "official"))


def T_call_log(d, rng):
    d.t(rng.choice(["콜센터 통화 이력 (민원 재확인용)", "상담 전화 수발신 기록", "당직실 통화 기록부"]) + "\n")
    csv = maybe(rng, 0.4)
    cols = ["일시", "구분", "발신번호", "수신번호", "통화시간", "상담원", "고객명", "메모"]
    rows = []
    for _ in range(rng.randint(4, 9)):
        ts = ("N", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", "date")
        inbound = maybe(rng, 0.65)
        cust = phone(rng, wchoice(rng, [("mobile", 70), ("landline", 18), ("voip_070", 12)]), rng.choice(["hyphen", "plain", "plain"] + ([] if csv else ["space", "dot"])))
        center = ("N", inst_phone(rng, short=True), "institution_switchboard")
        if maybe(rng, 0.08):
            cust = "발신번호표시제한"
        rows.append([ts, "IN" if inbound else "OUT", cust if inbound else center, center if inbound else cust, f"{rng.randint(0, 20):02d}:{rng.randint(0, 59):02d}",
                     ("N", userid(rng), "system_user_id"), person(rng, 0.06) if maybe(rng, 0.7) else "",
                     rng.choice(["여권 접수 문의", "환불 계좌 변경", "체류 연장 서류", "주소 변경", "재통화 요청", ""])])
    if csv:
        d.table([cols] + rows if maybe(rng, 0.6) else rows, ",")
    else:
        rtable(d, rng, cols, rows)
    d.t("추출자: ")
    d.n(userid(rng), "system_user_id")


def T_call_transcript(d, rng):
    d.t(rng.choice(["통화 녹취록", "민원 전화 상담 녹취 (요약)", "콜센터 상담 내역 전사본"]) + "\n녹취 일시: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("  녹취번호: ")
    d.n(recno(rng), "public_record_id")
    d.t("\n\n")
    A, B = rng.choice([("상담원", "고객"), ("상담사", "민원인"), ("A", "B"), ("직원", "통화자")])
    cust = person(rng, 0.15)
    d.t(f"{A}: 네, {rng.choice(['여권민원', '카드분실', '외국인 체류', '환급'])} 상담센터입니다. 성함이 어떻게 되시나요?\n{B}: ")
    d.s(cust)
    d.t(rng.choice(["입니다.", "이요.", "라고 합니다."]) + "\n")
    steps = rng.sample(["dob", "phone", "card", "account", "addr", "passport", "rrn", "email"], rng.randint(3, 5))
    for it in steps:
        if it == "dob":
            d.t(f"{A}: 생년월일 말씀해 주세요.\n{B}: ")
            d.s(dob(rng, fmt=rng.choice(["six", "hangul", "short_hangul", "dot_space"])))
            d.t(rng.choice(["이요.", "입니다.", "."]) + "\n")
        elif it == "phone":
            d.t(f"{A}: 연락 가능한 번호요?\n{B}: ")
            d.s(phone(rng, "mobile", rng.choice(["hyphen", "space", "plain"])))
            d.t(rng.choice([" 이요.", "요.", " 입니다."]) + "\n")
        elif it == "card":
            d.t(f"{A}: 분실하신 카드 번호 확인되세요?\n{B}: 네, ")
            d.s(card(rng, "card_full", rng.choice(["space", "hyphen"])))
            d.t(" 이에요.\n")
        elif it == "account":
            a = account(rng)
            d.t(f"{A}: 환급받으실 계좌 불러 주세요.\n{B}: {BANK_SHORT[a.extra['bank']]}은행 ")
            d.s(a)
            d.t(rng.choice(["이요.", ", 예금주는 본인이에요.", "."]) + "\n")
        elif it == "addr":
            d.t(f"{A}: 주소는요?\n{B}: ")
            d.s(address(rng))
            d.t(rng.choice(["요.", "입니다.", "이에요."]) + "\n")
        elif it == "passport":
            d.t(f"{A}: 여권번호도 부탁드립니다.\n{B}: ")
            d.s(passport(rng, cust.extra.get("nat", "KR")))
            d.t(rng.choice(["이요.", "입니다."]) + "\n")
        elif it == "rrn":
            d.t(f"{A}: 본인 확인을 위해 주민등록번호 부탁드립니다.\n{B}: ")
            d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_valid", "rrn_post2020"])) if cust.kind.startswith("ko") else frn(rng))
            d.t("요.\n")
        else:
            d.t(f"{A}: 결과는 메일로 보내드릴게요. 주소가요?\n{B}: ")
            d.s(email(rng, cust))
            d.t(" 이요.\n")
    d.t(f"{A}: 확인 감사합니다. 추가 문의는 ")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t("로 주세요. 상담원 ")
    d.s(kname(rng))
    d.t("이었습니다.")


def T_visa_ext(d, rng):
    nat = rng.choice(["VN", "CN", "PH", "UZ", "NP", "US", "TH", "ID", "MN"])
    _, surs, givs = FOREIGN[nat]
    s, g = rng.choice(surs), rng.choice(givs)
    d.t("통합신청서 (신고서) / APPLICATION FORM\n")
    d.t("[ ] 외국인 등록  [V] 체류기간 연장허가  [ ] 체류자격 변경허가  [ ] 체류지 변경신고\n\n")
    sep = rng.choice([": ", " ", "  ", " | "])
    d.t(f"성 Surname{sep}")
    d.s(V("PERSON", "foreign_latin", "surname_field", s[0], extra={"nat": nat}))
    d.t(f"   명 Given names{sep}")
    d.s(V("PERSON", "foreign_latin", "given_field", g[0], extra={"nat": nat}) if " " in g[0] or len(g[0]) > 2 else V("PERSON", "foreign_latin", "given_field", g[0]))
    b = rand_birth(rng, 1960, 2006)
    fv = frn(rng, b=b)
    d.t(f"\n생년월일 Date of Birth{sep}")
    d.s(dob(rng, b, rng.choice(["hyphen", "en_passport", "dot_pad", "slash"])))
    d.t(f"   성별 Sex{sep}[{'M' if fv.clean[6] in '57' else 'F'}]\n국적 Nationality{sep}{FOREIGN[nat][0]}\n")
    d.t(f"외국인등록번호 Registration No.{sep}")
    d.s(fv)
    d.t(f"\n여권번호 Passport No.{sep}")
    d.s(passport(rng, nat))
    d.t(f"   여권발급일자 Issue Date{sep}")
    d.n(rdate(rng, 2017, 2025, "hyphen"), "date")
    d.t(f"\n대한민국 내 주소 Address In Korea{sep}")
    d.s(address(rng))
    d.t(f"\n전화번호 Telephone No.{sep}")
    if maybe(rng, 0.4):
        d.s(phone(rng, "landline"))
    d.t(f"   휴대전화 Cell phone{sep}")
    d.s(phone(rng, "mobile", rng.choice(["hyphen", "plain", "intl"])))
    d.t(f"\n전자우편 E-Mail{sep}")
    d.s(email(rng, fname(rng, nat, "latin_upper")))
    d.t(f"\n근무처 Place of Employment{sep}")
    d.n(company(rng), "company_name")
    d.t(f"   사업자등록번호 Business Reg. No.{sep}")
    d.s(brn(rng))
    d.t(f"   전화{sep}")
    d.s(phone(rng, rng.choice(["landline", "voip_070"])))
    d.t(f"\n\n신청일 Date of application{sep}")
    d.n(rdate(rng, 2026, 2026, "hyphen"), "date")
    d.t(f"   신청인 서명 Signature{sep}")
    d.s(V("PERSON", "foreign_latin", "latin_upper", f"{s[0]} {g[0]}"))
    if maybe(rng, 0.4):
        d.t("\n대리 신청: 행정사 ")
        d.s(kname(rng))
        d.t(" (")
        d.s(phone(rng, "mobile"))
        d.t(")")
    d.t("\n\n공용란 (For official use only)\n접수번호 ")
    d.n(recno(rng), "public_record_id")
    d.t("  체류자격 ")
    d.n(rng.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-2"]), "visa_status_code")
    d.t("  허가기간 ")
    d.n(f"{rng.randint(2027, 2029)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}.", "date")
    d.t("까지  담당 ")
    d.s(kname(rng))
    d.t("\n근거: ")
    d.n(statute(rng), "statute_citation")


def T_visa_invite(d, rng):
    nat = rng.choice(["VN", "CN", "PH", "UZ", "NP", "TH", "ID", "MN", "US"])
    inv = fname(rng, nat, rng.choice(["latin_upper", "latin_title"]))
    d.t(rng.choice(["사증발급인정신청서 첨부 초청 사유서", "결혼동거 목적 사증 초청장", "초청장 (Letter of Invitation)"]) + "\n\n[초청인]\n")
    if maybe(rng, 0.35):
        d.t("업체명: ")
        d.n(company(rng), "company_name")
        d.t("\n대표자: ")
        d.s(kname(rng))
        d.t("\n사업자등록번호: ")
        d.s(brn(rng, corp=True))
        if maybe(rng):
            d.t("   법인등록번호: ")
            d.s(crn(rng))
        d.t("\n소재지: ")
        d.s(address(rng, rng.choice(["road_full", "road_short_sido"])))
        d.t("\n전화: ")
        d.s(phone(rng, "landline"))
    else:
        host = kname(rng)
        d.t("성명: ")
        d.s(host)
        d.t("   주민등록번호: ")
        d.s(rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])))
        d.t("\n주소: ")
        emit_address(d, rng)
        d.t("\n휴대전화: ")
        d.s(phone(rng, "mobile"))
        d.t("   이메일: ")
        d.s(email(rng, host))
    d.t("\n\n[피초청인]\n성명(영문): ")
    d.s(inv)
    if maybe(rng, 0.5):
        d.t(" (한글: ")
        d.s(fname(rng, nat, "hangul"))
        d.t(")")
    d.t(f"\n국적: {FOREIGN[nat][0]}   생년월일: ")
    d.s(dob(rng, rand_birth(rng, 1970, 2005), rng.choice(["en_passport", "hyphen", "en_us", "dot_pad"])))
    d.t("\n여권번호: ")
    d.s(passport(rng, nat))
    d.t("   여권 유효기간: ")
    d.n(f"{rng.randint(2027, 2035)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date")
    d.t(f"\n입국 목적: {rng.choice(['결혼동거', '취업', '연수', '친지 방문'])}   입국 예정일: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t("\n체류 예정지: ")
    d.s(address(rng))
    d.t("\n\n[신원보증인]\n")
    d.table([[kname(rng), rrn(rng, rng.choice(["rrn_valid", "rrn_masked"])), phone(rng, "mobile"), rng.choice(["형", "부", "지인", "고용주"])]],
            rng.choice(["  ", " | ", "\t", " / "]))
    d.t("\n")
    d.n(rng.choice(AGENCIES[11:15]), "official_by_office")
    d.t(" 귀중")


def T_stay_register(d, rng):
    d.t(rng.choice(["체류허가 처리 대장", "체류기간 연장 접수 현황", "외국인등록 처리부"]) + " (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n")
    cols = ["접수번호", "성명", "국적", "외국인등록번호", "여권번호", "신청", "체류자격", "결과", "연락처"]
    rows = []
    for _ in range(rng.randint(4, 8)):
        nat = rng.choice(["VN", "CN", "PH", "UZ", "NP", "US", "TH", "ID", "MN"])
        rows.append([("N", recno(rng), "public_record_id"), fname(rng, nat), FOREIGN[nat][0], frn(rng) if maybe(rng, 0.85) else "(신규)",
                     passport(rng, nat), rng.choice(["연장", "변경", "등록", "재입국"]), ("N", rng.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-4", "D-10"]), "visa_status_code"),
                     rng.choice(["허가", "허가", "보완", "불허"]), phone(rng, "mobile", rng.choice(["hyphen", "plain"])) if maybe(rng, 0.7) else ""])
    rtable(d, rng, cols, rows, p_header=0.5)
    d.t("담당: 체류관리과 ")
    d.s(kname(rng))


def T_travel_overseas(d, rng):
    p = kname(rng)
    d.t("국외출장 여비 정산서\n\n")
    d.t(f"소속: {rng.choice(DEPTS)}   직급: {rng.choice(['행정사무관', '주무관', '서기관', '행정주사'])}   성명: ")
    d.s(p)
    d.t("   영문: ")
    d.s(romanize(rng, p))
    d.t("\n여권번호: ")
    d.s(passport(rng, "KR", rng.choice(["passport_kr_new", "passport_kr_old"])))
    d.t(f"   출장국: {rng.choice(['베트남', '필리핀', '독일', '미국', '우즈베키스탄', '몽골'])}\n출장기간: ")
    da, db = date_pair(rng)
    d.n(da, "date")
    d.t(" ~ ")
    d.n(db, "date")
    d.t("\n\n[항공]\n편명: ")
    d.n(f"{rng.choice(['KE', 'OZ', '7C', 'VJ', 'TW', 'LJ'])}{rng.randint(100, 9999):04d}", "flight_number")
    d.t(" / ")
    d.n(f"{rng.choice(['KE', 'OZ', '7C', 'VJ', 'TW', 'LJ'])}{rng.randint(100, 9999):04d}", "flight_number")
    d.t("  항공료 ")
    d.n(amount(rng, 300000, 3000000), "amount")
    d.t("\n결제: 개인 신용카드 ")
    d.s(card(rng))
    d.t(" (승인번호 ")
    d.n(rdig(rng, 8), "transaction_id")
    d.t(")\n\n[체재비 사용 내역]\n")
    rows = []
    for _ in range(rng.randint(2, 4)):
        rows.append([("N", rdate(rng, 2026, 2026, "dotpad"), "date"), rng.choice(["숙박", "식비", "교통", "통역"]), ("N", company(rng), "company_name"),
                     ("N", f"USD {rng.randint(20, 900)}.{rng.randint(0, 99):02d}", "amount"), card(rng) if maybe(rng, 0.6) else "현금"])
    rtable(d, rng, ["일자", "구분", "사용처", "금액", "결제카드"], rows, p_header=0.7)
    d.t("\n정산 입금 계좌: ")
    a = account(rng)
    d.t(bank_cell(rng, a) + " ")
    d.s(a)
    d.t("\n현지 연락처: ")
    d.s(phone(rng, "mobile", "intl"))
    d.t("   비상연락: ")
    d.s(kname(rng))
    d.t(f"({rng.choice(['배우자', '부', '모'])}) ")
    d.s(phone(rng, "mobile"))
    d.t("\n근거: ")
    d.n(statute(rng), "statute_citation")


def T_travel_domestic(d, rng):
    p = kname(rng)
    d.t("국내출장 여비 청구서 (자가용 승용차 이용)\n\n출장자: ")
    d.s(p)
    d.t(f" ({rng.choice(['주무관', '사무관', '실무관'])})   소속: {rng.choice(DEPTS)}\n")
    d.t("자가용 차량번호: ")
    d.s(plate(rng))
    d.t(rng.choice(["", "  (본인 소유)", "  (배우자 명의)"]) + "\n")
    rows = []
    for _ in range(rng.randint(2, 5)):
        if maybe(rng, 0.2):
            rows.append([("N", rdate(rng, 2026, 2026, "dotpad"), "date"), ("N", rng.choice(NAMELIKE), "name_like_word"), "관용차",
                         ("N", f"{rng.randint(10, 69)}{rng.choice(PLATE_PRIV)} {rdig(rng, 4, True)}", "institution_vehicle_plate"), "-", "-"])
        else:
            rows.append([("N", rdate(rng, 2026, 2026, "dotpad"), "date"), ("N", rng.choice(NAMELIKE), "name_like_word"), "자가용", plate(rng) if maybe(rng, 0.3) else "상동",
                         f"{rng.randint(20, 400)}km", ("N", amount(rng, 5000, 90000), "amount")])
    rtable(d, rng, ["일자", "출장지", "교통수단", "차량", "거리", "유류비"], rows, p_header=0.65)
    d.t("통행료 카드: ")
    d.s(card(rng, rng.choice(["card_full", "card_masked"])))
    d.t("\n입금 계좌: ")
    a = account(rng)
    d.t(bank_cell(rng, a) + " ")
    d.s(a)
    d.t("  예금주 ")
    d.s(p)
    d.t("\n연락처: ")
    d.s(phone(rng, rng.choice(["mobile", "landline"])))
    d.t("\n확인자: ")
    d.n(rng.choice(["운영지원과장", "팀장", "○○과장"]), "official_by_office")


def T_travel_roster(d, rng):
    d.t(rng.choice(["해외연수 참가자 명단", "국외 벤치마킹 참가자 여권 정보", "공무 국외여행 항공권 발권 명단"]) + "\n여행사: ")
    d.n(company(rng), "company_name")
    d.t(" (")
    d.s(phone(rng, rng.choice(["landline", "voip_070"])))
    d.t(")\n")
    cols = ["연번", "성명", "영문성명", "생년월일", "여권번호", "만료일", "휴대전화", "비상연락처"]
    rows = []
    for k in range(rng.randint(3, 7)):
        p = kname(rng)
        rows.append([str(k + 1), p, romanize(rng, p), dob(rng, rand_birth(rng, 1960, 2000), rng.choice(["en_passport", "hyphen", "dot_pad", "six", "kr_passport"])),
                     passport(rng, "KR"), ("N", f"{rng.randint(2027, 2036)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"),
                     phone(rng, "mobile", rng.choice(["hyphen", "plain"])), [kname(rng), " ", phone(rng, "mobile")] if maybe(rng, 0.6) else ""])
    rtable(d, rng, cols, rows, p_header=0.6)


def T_table_pipe(d, rng):
    d.t(rng.choice(["교육 수료자 명단", "자격증 발급 대상자", "설명회 참석 신청자"]) + "\n\n")
    cols = ["No", "성명", "생년월일", "휴대전화", "이메일", "주소"]
    rows = []
    for k in range(rng.randint(3, 7)):
        p = person(rng, 0.1)
        rows.append([str(k + 1), p, dob(rng), phone(rng, "mobile"), email(rng, p), address(rng) if maybe(rng, 0.7) else ""])
    hdr = maybe(rng, 0.7)
    d.table(rows, " | ", header=cols if hdr else None, lead="| ", trail=" |", rule="|" + "|".join(["----"] * len(cols)) + "|" if hdr else None)
    d.t("문의: ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_table_spaces(d, rng):
    d.t(rng.choice(["연락처 목록", "자원봉사자 연락처", "주민자치위원 명단", "통장·이장 연락처"]) + "\n")
    rows = []
    for _ in range(rng.randint(4, 8)):
        p = person(rng, 0.06)
        r = [p, phone(rng, "mobile", rng.choice(["hyphen", "plain", "space", "dot"]))]
        extra = rng.sample(["addr", "email", "dob", "land"], rng.randint(1, 2))
        for e in extra:
            r.append({"addr": lambda: address(rng), "email": lambda: email(rng, p), "dob": lambda: dob(rng, fmt=rng.choice(["six", "short_dot", "dot_pad"])),
                      "land": lambda: phone(rng, "landline")}[e]())
        rows.append(r)
    d.table(rows, rng.choice(["  ", "   ", "    "]), pad=maybe(rng, 0.6))
    d.t("(작성 ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")")


def T_table_tabs(d, rng):
    kind = rng.choice(["pfile", "web", "hi"])
    if kind == "pfile":
        d.t("개인정보 파일 표본 점검 (추출 10건 중)\n")
        cols = ["성명", "주민등록번호", "계좌번호", "카드번호", "전화"]
        rows = [[kname(rng), rrn(rng), account(rng, fmt="plain"), card(rng), phone(rng)] for _ in range(rng.randint(3, 6))]
    elif kind == "web":
        d.t("온라인 신청 접수 내역 (export)\n")
        cols = ["신청번호", "성명", "이메일", "휴대폰", "접속IP", "신청일시"]
        rows = [[("N", recno(rng), "public_record_id"), person(rng, 0.1), email(rng), phone(rng, "mobile", "plain"), ip(rng),
                 ("N", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "date")] for _ in range(rng.randint(3, 6))]
    else:
        d.t("건강보험 자격 확인 대상자\n")
        cols = ["성명", "생년월일", "건강보험증번호", "사업장", "연락처"]
        rows = [[kname(rng), dob(rng, fmt=rng.choice(["six", "hyphen", "dot_pad_nodot"])), health_ins(rng), ("N", company(rng), "company_name"), phone(rng)] for _ in range(rng.randint(3, 6))]
    d.table(rows, "\t", header=cols if maybe(rng, 0.6) else None)
    d.t("점검자\t")
    d.s(kname(rng))


def T_hospital_bill(d, rng):
    hosp = rng.choice(COMP_STEM) + rng.choice(["의원", "병원", "내과의원", "정형외과의원", "치과의원"])
    d.t("진료비 계산서·영수증\n\n환자등록번호: ")
    d.n(rdig(rng, 8), "identifier_without_type")
    d.t("   환자 성명: ")
    d.s(person(rng, 0.08))
    d.t("\n진료기간: ")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(f"   진료과: {rng.choice(['내과', '정형외과', '치과', '가정의학과'])}\n")
    if maybe(rng, 0.6):
        d.t("건강보험증 번호: ")
        d.s(health_ins(rng))
        d.t("\n")
    d.t("진료비 총액: ")
    d.n(amount(rng, 5000, 2000000), "amount")
    d.t("   본인부담금: ")
    d.n(amount(rng, 1000, 500000), "amount")
    d.t("\n결제: 카드 ")
    d.s(card(rng, "card_masked"))
    d.t("\n\n요양기관 명칭: ")
    d.n(hosp, "company_name")
    d.t("\n사업자등록번호: ")
    d.s(brn(rng, corp=False))
    d.t("   대표자: ")
    d.s(kname(rng))
    d.t("\n주소: ")
    d.s(address(rng, rng.choice(["road_full", "road_short_sido", "road_from_sigungu"])))
    d.t("\n전화: ")
    d.s(phone(rng, "landline"))
    d.t("\n※ 건강보험 문의: ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_scholarship(d, rng):
    d.t(f"{rng.choice(['2026학년도 2학기', '2026년 하반기'])} 장학금 지급 명단\n학교: ")
    d.n(rng.choice(NAMELIKE) + rng.choice(["초등학교", "중학교", "고등학교"]), "name_like_word")
    d.t("\n")
    cols = ["학번", "학생", "생년월일", "보호자", "은행", "계좌번호", "예금주", "금액", "보호자 연락처"]
    rows = []
    for _ in range(rng.randint(3, 6)):
        st, g = kname(rng), kname(rng)
        a = account(rng)
        rows.append([("N", f"{rng.randint(2020, 2026)}{rdig(rng, 4)}", "identifier_without_type"), st, dob(rng, rand_birth(rng, 2008, 2019), rng.choice(["dot_pad", "six", "hyphen"])),
                     g, bank_cell(rng, a), a, g if maybe(rng, 0.7) else st, ("N", amount(rng, 100000, 2000000), "amount"), phone(rng, "mobile")])
    rtable(d, rng, cols, rows, p_header=0.7)
    d.t("담당 교사: ")
    d.s(kname(rng))
    d.t("   행정실 ")
    d.n(inst_phone(rng), "institution_switchboard")


def T_child_allowance(d, rng):
    d.t(rng.choice(["아동수당 신규 지급 명단", "첫만남이용권 지급 대장", "부모급여 지급 내역"]) + " (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n")
    rows = []
    for k in range(rng.randint(3, 6)):
        a = account(rng)
        g = kname(rng)
        rows.append([str(k + 1), kname(rng), rrn(rng, "rrn_post2020"), g, bank_cell(rng, a), a, ("N", amount(rng, 100000, 2000000), "amount"), phone(rng, "mobile")])
    rtable(d, rng, ["연번", "아동 성명", "아동 주민등록번호", "보호자", "은행", "계좌번호", "지급액", "연락처"], rows, p_header=0.7)
    d.t("근거: ")
    d.n(statute(rng), "statute_citation")


def T_welfare_pay(d, rng):
    if maybe(rng, 0.35):
        return T_child_allowance(d, rng)
    d.t(rng.choice(["긴급지원금 지급 대장", "생계급여 신규 지급 명단", "에너지바우처 지급 내역"]) + " (")
    d.n(rdate(rng, 2026, 2026), "date")
    d.t(")\n")
    cols = ["연번", "성명", "주민등록번호", "주소", "건강보험", "은행", "계좌번호", "지급액", "연락처"]
    rows = []
    for k in range(rng.randint(3, 6)):
        a = account(rng)
        rows.append([str(k + 1), kname(rng), rrn(rng, rng.choice(["rrn_valid", "rrn_masked", "rrn_masked"])), address(rng), health_ins(rng),
                     bank_cell(rng, a), a, ("N", amount(rng, 100000, 1800000), "amount"), phone(rng)])
    rtable(d, rng, cols, rows, p_header=0.7)
    d.t("근거: ")
    d.n(statute(rng), "statute_citation")
    d.t("\n작성: 맞춤형복지팀 ")
    d.s(kname(rng))


def T_card_usage(d, rng):
    d.t(rng.choice(["개인카드 선결제 후 청구 내역", "업무 관련 개인카드 사용 정산", "출장 중 개인카드 사용 명세"]) + "\n청구인: ")
    p = kname(rng)
    d.s(p)
    d.t(f" ({rng.choice(DEPTS)})\n")
    rows = []
    for _ in range(rng.randint(3, 6)):
        rows.append([("N", rdate(rng, 2026, 2026, "dotpad"), "date"), ("N", company(rng), "company_name"), card(rng), ("N", rdig(rng, 8), "transaction_id"), ("N", amount(rng, 3000, 400000), "amount")])
    rtable(d, rng, ["사용일", "가맹점", "카드번호", "승인번호", "금액"], rows, p_header=0.6)
    d.t("환급 계좌: ")
    a = account(rng)
    d.t(bank_cell(rng, a) + " ")
    d.s(a)
    d.t(" / 예금주 ")
    d.s(p)


# ----------------------------------------------------------------------------- blank forms (no PII) for focus genres
BLANK_EX = {"성명": ("홍길동", "placeholder_person"), "영문성명": ("HONG GILDONG", "placeholder_person"), "주민등록번호": ("000000-0000000", "placeholder_number"),
            "휴대전화": ("010-0000-0000", "placeholder_number"), "연락처": ("010-0000-0000", "placeholder_number"), "계좌번호": ("000-000000-00000", "placeholder_number"),
            "여권번호": ("M00000000", "placeholder_number"), "카드번호": ("0000-0000-0000-0000", "placeholder_number"), "생년월일": ("YYYY-MM-DD", "placeholder_number"),
            "예금주": ("홍길동", "placeholder_person"), "외국인등록번호": ("000000-0000000", "placeholder_number")}


def blank_form(d, rng, title, cols):
    d.no_pii = True
    d.t(f"{title} (서식)\n※ 아래 작성 예시를 참고하여 기재하십시오.\n")
    ex = []
    for c in cols:
        if c in BLANK_EX:
            ex.append(("N",) + BLANK_EX[c])
        elif c in ("금액", "지급액", "환급액"):
            ex.append(("N", amount(rng, 10000, 500000), "amount"))
        else:
            ex.append("(기재)")
    d.table([ex, [""] * len(cols)], rng.choice([" | ", "\t", "  "]), header=cols)
    d.t("작성 기준: ")
    d.n(statute(rng), "statute_citation")
    d.t("\n문의: ")
    d.n(inst_phone(rng), "institution_switchboard")
    d.t("  ")
    d.n(inst_address(rng), "institution_address")


def with_blank(func, title, cols, p=0.15):
    def f(d, rng):
        if maybe(rng, p):
            return blank_form(d, rng, title, cols)
        return func(d, rng)
    f.__name__ = func.__name__
    return f


# ----------------------------------------------------------------------------- registry
G = {"gm90": "공문(1990년대 타자본)", "gm00": "공문(2000년대)", "gm": "공문(전자문서)", "minwon": "민원 처리 결과 통지", "app": "신청서", "consent": "동의서",
     "report": "신고서", "contract": "계약서", "personnel": "인사명령", "minutes": "회의록", "press": "보도자료", "news": "뉴스 기사", "judg": "판결·결정문",
     "audit": "감사·징계 보고", "ruling": "질의회신", "notice": "공고문", "police": "경찰 기록", "fire": "소방·구급 기록", "hosp": "병원 기록",
     "school": "학교 기록", "welfare": "복지 기록", "chat": "채팅 상담", "log": "접속 기록", "roster": "명부·대장", "ledger": "회계 장부·영수증",
     "transfer": "계좌이체·지급 명세", "call": "통화 기록·녹취", "visa": "사증·체류 서류", "travel": "여비 정산", "table": "표(평문화)", "ocr": "OCR 스캔"}

# (template id, genre key, records, focus, function, span-noise rate)
REGISTRY = [
    ("gm90_typed", "gm90", 16, False, T_gm90, 0.20),
    ("gm00_letter", "gm00", 12, False, T_gm00, 0.08),
    ("gm_electronic", "gm", 20, False, T_gm_elec, 0.04),
    ("gm_notice_nopii", "gm", 26, False, T_gm_nopii, 0.0),
    ("minwon_reply", "minwon", 22, False, T_minwon, 0.04),
    ("app_disclosure", "app", 12, False, T_app_disclosure, 0.08),
    ("app_passport", "app", 12, False, T_app_passport, 0.08),
    ("consent_form", "consent", 16, False, T_consent, 0.06),
    ("report_lost", "report", 12, False, T_report_lost, 0.08),
    ("report_move_in", "report", 10, False, T_report_move, 0.08),
    ("contract", "contract", 16, False, T_contract, 0.04),
    ("personnel_order", "personnel", 14, False, T_personnel, 0.04),
    ("minutes", "minutes", 14, False, T_minutes, 0.03),
    ("press_release", "press", 18, False, T_press, 0.02),
    ("news_article", "news", 18, False, T_news, 0.02),
    ("judgment", "judg", 16, False, T_judgment, 0.04),
    ("audit_discipline", "audit", 14, False, T_audit, 0.05),
    ("tax_ruling_anon", "ruling", 18, False, T_tax_anon, 0.0),
    ("notice_service", "notice", 10, False, T_notice, 0.05),
    ("police_accident", "police", 12, False, T_police_accident, 0.08),
    ("police_register", "police", 10, False, T_police_complaint, 0.06),
    ("ems_log", "fire", 12, False, T_ems, 0.08),
    ("hospital_record", "hosp", 12, False, T_hospital, 0.06),
    ("school_survey", "school", 10, False, T_school, 0.06),
    ("welfare_counsel", "welfare", 12, False, T_welfare, 0.06),
    ("chat_counsel", "chat", 16, False, T_chat, 0.05),
    ("access_log", "log", 26, False, T_access_log, 0.04),
    # focus: rosters, ledgers, receipts, transfer slips, call logs, visa/stay files, travel claims
    ("roster_emergency", "roster", 22, True, with_blank(T_roster_emergency, "비상연락망", ["직급", "성명", "휴대전화", "생년월일"]), 0.09),
    ("roster_foreign_workers", "roster", 22, True, T_roster_foreign, 0.09),
    ("vehicle_access", "roster", 20, True, T_vehicle_access, 0.09),
    ("visitor_register", "roster", 18, True, with_blank(T_visitor, "방문객 출입 대장", ["일시", "성명", "연락처", "신분증", "방문 대상"]), 0.09),
    ("dl_check_register", "roster", 20, True, T_dl_check, 0.09),
    ("ledger_expense", "ledger", 18, True, T_ledger_expense, 0.08),
    ("vendor_register", "ledger", 18, True, T_vendor_register, 0.10),
    ("card_receipt", "ledger", 22, True, T_receipt, 0.12),
    ("refund_ledger", "ledger", 16, True, with_blank(T_refund_ledger, "환급금 지급 대장", ["성명", "주민등록번호", "환급액", "계좌번호", "예금주"]), 0.09),
    ("card_usage_claim", "ledger", 14, True, T_card_usage, 0.09),
    ("transfer_slip", "transfer", 20, True, with_blank(T_transfer_slip, "계좌이체 의뢰서", ["은행", "계좌번호", "예금주", "금액"]), 0.10),
    ("payment_statement", "transfer", 16, True, T_payment_stmt, 0.09),
    ("call_log", "call", 20, True, T_call_log, 0.07),
    ("call_transcript", "call", 18, True, T_call_transcript, 0.08),
    ("visa_extension_form", "visa", 22, True, with_blank(T_visa_ext, "통합신청서 작성 예시", ["영문성명", "생년월일", "외국인등록번호", "여권번호", "휴대전화"], 0.12), 0.08),
    ("visa_invitation", "visa", 16, True, T_visa_invite, 0.09),
    ("stay_register", "visa", 18, True, T_stay_register, 0.08),
    ("travel_overseas", "travel", 20, True, T_travel_overseas, 0.09),
    ("travel_domestic", "travel", 16, True, T_travel_domestic, 0.09),
    ("travel_roster", "travel", 16, True, with_blank(T_travel_roster, "해외연수 참가자 명단", ["성명", "영문성명", "생년월일", "여권번호", "휴대전화"]), 0.08),
    ("table_pipe", "table", 12, True, T_table_pipe, 0.07),
    ("table_spaces", "table", 12, True, T_table_spaces, 0.07),
    ("table_tabs", "table", 14, True, T_table_tabs, 0.07),
    ("hospital_bill", "hosp", 12, True, T_hospital_bill, 0.09),
    ("scholarship_list", "school", 10, True, T_scholarship, 0.08),
    ("welfare_payment", "welfare", 14, True, T_welfare_pay, 0.08),
]
BYID = {r[0]: r for r in REGISTRY}
OCR_BASES = ["gm90_typed", "gm00_letter", "gm_electronic", "minwon_reply", "app_disclosure", "app_passport", "consent_form", "report_lost",
             "report_move_in", "contract", "personnel_order", "card_receipt", "transfer_slip", "visa_extension_form", "visa_invitation",
             "travel_overseas", "travel_domestic", "roster_emergency", "refund_ledger", "payment_statement", "hospital_bill", "ledger_expense",
             "dl_check_register", "judgment", "notice_service", "stay_register", "welfare_payment", "gm_notice_nopii"]
OCR_COUNT = 44


def T_ocr(d, rng):
    base = rng.choice(OCR_BASES)
    d.base = base
    d.t(rng.choice(["[스캔본] ", "[팩스 수신] ", "[OCR 변환본] ", "[이미지 PDF 텍스트 추출] "]) + f"p.{rng.randint(1, 9)}\n")
    BYID[base][4](d, rng)


# ----------------------------------------------------------------------------- build
def build(tid, i):
    if tid == "ocr_scan":
        genre_key, focus, func, noise, ocr = "ocr", None, T_ocr, 0.55, True
    else:
        _, genre_key, _, focus, func, noise = BYID[tid]
        ocr = False
    last = None
    for k in range(40):
        seed = f"{SEED_PREFIX}|{tid}|{i}" + (f"|r{k}" if k else "")
        rng = random.Random(seed)
        d = Draft(rng, noise=noise, ocr=ocr)
        try:
            func(d, rng)
            text = d.text()
            need(text == text.lstrip(), "leading whitespace")
            text = text.rstrip()
            rec = {"id": f"pii_as-{tid}-{i:03d}", "text": text,
                   "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "value": s["value"], "orig": s["orig"],
                              "clean": s["clean"], "kind": s["kind"], "format": s["format"], "noise": s["noise"]} for s in d.spans],
                   "genre": G[genre_key]}
            validate(rec, d.negs, d.no_pii)
            fcs = focus if focus is not None else BYID[d.base][3]
            meta = {"id": rec["id"], "template": tid, "seed": seed, "genre": rec["genre"],
                    "base_template": d.base, "base_genre": G[BYID[d.base][1]] if d.base else None,
                    "focus": fcs, "no_pii": d.no_pii, "plain_ocr_noise": dict(sorted(d.plain_noise.items())),
                    "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "kind": s["kind"], "format": s["format"],
                               "noise": s["noise"], "value": s["value"], "value_before_noise": s["orig"], "canonical": s["clean"]} for s in rec["spans"]],
                    "hard_negatives": d.negs}
            out = {"id": rec["id"], "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in rec["spans"]], "genre": rec["genre"]}
            return out, meta, k
        except DraftError as e:
            last = e
            print(f"draft failed, retrying: {tid} #{i} (seed {seed!r}): {e}", file=sys.stderr)
            continue
    raise SystemExit(f"FAILED {tid} {i}: {last}")


def plan():
    jobs = []
    for tid, _, n, _, _, _ in REGISTRY:
        jobs += [(tid, i) for i in range(n)]
    jobs += [("ocr_scan", i) for i in range(OCR_COUNT)]
    return jobs


def revalidate(recs, metas):
    """Re-read check: rebuild each record from the written files and validate again."""
    ids = [r["id"] for r in recs]
    need(len(ids) == len(set(ids)), "duplicate ids")
    for r, m in zip(recs, metas):
        need(r["id"] == m["id"] and len(r["spans"]) == len(m["spans"]), "meta mismatch")
        sp = []
        for a, b in zip(r["spans"], m["spans"]):
            need((a["start"], a["end"], a["type"]) == (b["start"], b["end"], b["type"]), "meta span mismatch")
            sp.append({"start": a["start"], "end": a["end"], "type": a["type"], "value": b["value"], "orig": b["value_before_noise"],
                       "clean": b["canonical"], "kind": b["kind"], "format": b["format"], "noise": b["noise"]})
        validate({"text": r["text"], "spans": sp}, m["hard_negatives"], m["no_pii"])


def stats_of(recs, metas):
    def inc(dct, k, n=1):
        dct[k] = dct.get(k, 0) + n
    st = {"records": len(recs), "spans": 0, "spans_with_noise": 0, "no_pii_records": 0, "focus_records": 0, "hard_negatives": 0,
          "by_genre": {}, "by_template": {}, "by_type": {}, "by_subkind": {}, "by_noise_tag": {}, "by_hard_negative_category": {},
          "hard_negatives_by_genre": {}, "by_format": {}, "plain_ocr_noise_by_kind": {}}
    for r, m in zip(recs, metas):
        g = st["by_genre"].setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0, "hard_negatives": 0})
        t = st["by_template"].setdefault(m["template"], {"genre": r["genre"], "focus": BYID[m["template"]][3] if m["template"] in BYID else "by base",
                                                         "records": 0, "no_pii": 0, "spans": 0})
        for x in (g, t):
            x["records"] += 1
            x["no_pii"] += int(m["no_pii"])
            x["spans"] += len(r["spans"])
        g["hard_negatives"] += len(m["hard_negatives"])
        st["spans"] += len(r["spans"])
        st["no_pii_records"] += int(m["no_pii"])
        st["focus_records"] += int(bool(m["focus"]))
        st["hard_negatives"] += len(m["hard_negatives"])
        for s in m["spans"]:
            inc(st["by_type"], s["type"])
            inc(st["by_subkind"], f"{s['type']}/{s['kind']}")
            inc(st["by_format"], f"{s['type']}/{s['format']}")
            if s["noise"]:
                st["spans_with_noise"] += 1
            for tg in s["noise"]:
                inc(st["by_noise_tag"], tg)
        for k, v in m["plain_ocr_noise"].items():
            inc(st["plain_ocr_noise_by_kind"], k, v)
        for h in m["hard_negatives"]:
            inc(st["by_hard_negative_category"], h["category"])
            inc(st["hard_negatives_by_genre"].setdefault(r["genre"], {}), h["category"])
    for k in ("by_type", "by_subkind", "by_noise_tag", "by_hard_negative_category", "by_format"):
        st[k] = dict(sorted(st[k].items(), key=lambda kv: (-kv[1], kv[0])))
    st["noise_share"] = round(st["spans_with_noise"] / st["spans"], 4)
    st["no_pii_share"] = round(st["no_pii_records"] / st["records"], 4)
    st["focus_share"] = round(st["focus_records"] / st["records"], 4)
    st["genres"] = len(st["by_genre"])
    st["templates"] = len(st["by_template"])
    return st


def coverage_checks(st):
    need(st["records"] >= 650, "fewer than 650 records")
    for t in TYPES:
        need(st["by_type"].get(t, 0) >= 100, f"type {t} has {st['by_type'].get(t, 0)} < 100 spans")
    need(st["genres"] >= 20, "genres < 20")
    need(st["templates"] >= 35, "templates < 35")
    need(st["noise_share"] >= 0.08, f"noise share {st['noise_share']}")
    need(st["no_pii_share"] >= 0.09, f"no-PII share {st['no_pii_share']}")
    need(st["focus_share"] >= 0.5, f"focus share {st['focus_share']}")
    for g, v in st["by_genre"].items():
        need(v["hard_negatives"] > 0, f"genre {g} without hard negatives")


FILES = ["pii_as.jsonl", "pii_as.meta.jsonl", "stats.json"]


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


def md5(path):
    return hashlib.md5(open(path, "rb").read()).hexdigest()


def main():
    args = sys.argv[1:]
    outdir = args[args.index("--outdir") + 1] if "--outdir" in args else os.path.dirname(os.path.abspath(__file__))
    recs, metas, retries = [], [], 0
    for tid, i in plan():
        r, m, k = build(tid, i)
        retries += k
        recs.append(r)
        metas.append(m)
    st = stats_of(recs, metas)
    st["draft_retries"] = retries
    try:
        coverage_checks(st)
    except DraftError as e:
        raise SystemExit(f"COVERAGE FAILED: {e}")
    dump_jsonl(os.path.join(outdir, "pii_as.jsonl"), recs)
    dump_jsonl(os.path.join(outdir, "pii_as.meta.jsonl"), metas)
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # re-read and validate the written files
    r2 = [json.loads(x) for x in open(os.path.join(outdir, "pii_as.jsonl"), encoding="utf-8")]
    m2 = [json.loads(x) for x in open(os.path.join(outdir, "pii_as.meta.jsonl"), encoding="utf-8")]
    try:
        revalidate(r2, m2)
        coverage_checks(stats_of(r2, m2))
    except DraftError as e:
        raise SystemExit(f"RE-READ VALIDATION FAILED: {e}")
    print(f"wrote {len(recs)} records, {st['spans']} spans, {st['hard_negatives']} hard negatives to {outdir} "
          f"(noise {st['noise_share']:.3f}, no-PII {st['no_pii_share']:.3f}, focus {st['focus_share']:.3f}, retries {retries})")
    if "--no-hashcheck" in args or "--child" in args:
        return
    mine = {f: md5(os.path.join(outdir, f)) for f in FILES}
    for hs in ("0", "4242"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.abspath(__file__), "--outdir", td, "--child"], env=env, check=True, stdout=subprocess.DEVNULL)
            other = {f: md5(os.path.join(td, f)) for f in FILES}
            if other != mine:
                raise SystemExit(f"NON-DETERMINISTIC under PYTHONHASHSEED={hs}: {other} vs {mine}")
    print("PYTHONHASHSEED check passed (0, 4242):", " ".join(f"{f}={h}" for f, h in mine.items()))


if __name__ == "__main__":
    main()
