#!/usr/bin/env python3
"""pii_bk evaluation set builder (standard library only, deterministic).

Writes pii_bk.jsonl, pii_bk.meta.jsonl and stats.json, then re-reads and validates them.
Marker syntax (used by handwritten.py and by the templates below):
  ⟦TYPE:value⟧            gold span
  ⟦TYPE#subkind:value⟧    gold span with explicit sub-kind
  ⟦TYPE#subkind#n1,n2:value⟧  ... and explicit noise tags
  ⟪category:text⟫         tagged hard negative (not PII)
In a value, '?' is replaced by the correct check digit and '!' by a deliberately wrong one
(RRN/FRN/BRN/CRN/CREDIT_CARD only).
"""
import json, os, re, sys, random, unicodedata, datetime, hashlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "pii_bk-2026"
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH",
         "KR_BANK_ACCOUNT", "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN",
         "KR_DRIVER_LICENSE", "KR_FRN", "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE",
         "CREDIT_CARD", "KR_CRN"]
MINS = {t: 70 for t in TYPES}
MINS.update({"KR_PASSPORT": 110, "KR_BANK_ACCOUNT": 110, "CREDIT_CARD": 100, "DATE_OF_BIRTH": 110})
NUMERIC = {"KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_BANK_ACCOUNT",
           "PHONE_NUMBER", "KR_HEALTH_INSURANCE", "KR_DRIVER_LICENSE"}
CONFUSE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "|": "1"})
HYPHENS = "‐‑‒–—－―"
MASKS = "*●○Xx×■"

# ---------------------------------------------------------------- check digits
def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10

def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10

def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10

def crn_check(d12):
    w = [1, 2] * 6
    return (10 - sum(int(a) * b for a, b in zip(d12, w)) % 10) % 10

def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10

def luhn_ok(num):
    return luhn_check(num[:-1]) == int(num[-1])

CHECK = {"KR_RRN": rrn_check, "KR_FRN": frn_check, "KR_BRN": brn_check,
         "KR_CRN": crn_check, "CREDIT_CARD": luhn_check}

def norm(v, typ=None):
    s = unicodedata.normalize("NFKC", v)
    for h in HYPHENS:
        s = s.replace(h, "-")
    if typ in NUMERIC:
        s = s.translate(CONFUSE)
    return s

def fill_check(typ, value):
    if "?" not in value and "!" not in value:
        return value
    pos = max(value.rfind("?"), value.rfind("!"))
    mark = value[pos]
    digits = re.sub(r"\D", "", norm(value[:pos], typ))
    c = CHECK[typ](digits)
    if mark == "!":
        c = (c + 3) % 10
    fw = any("０" <= ch <= "９" for ch in value)
    ch = chr(ord("０") + c) if fw else str(c)
    return value[:pos] + ch + value[pos + 1:]

# ---------------------------------------------------------------- markers
MARK_RE = re.compile(r"⟦([A-Z_]+)((?:#[^:#⟧]*)*):(.*?)⟧|⟪([a-z_0-9]+):(.*?)⟫", re.S)

def parse(marked):
    out, spans, hns = [], [], []
    pos = 0
    n = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos:m.start()]); n += m.start() - pos
        if m.group(1):
            typ = m.group(1)
            assert typ in TYPES, typ
            hdr = [h for h in m.group(2).split("#")[1:]]
            value = fill_check(typ, m.group(3))
            sub = hdr[0] if hdr and hdr[0] else None
            tags = hdr[1].split(",") if len(hdr) > 1 and hdr[1] else []
            spans.append({"start": n, "end": n + len(value), "type": typ,
                          "subkind": sub, "noise": tags, "value": value})
            out.append(value); n += len(value)
        else:
            txt = m.group(5)
            hns.append({"start": n, "end": n + len(txt), "category": m.group(4), "text": txt})
            out.append(txt); n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text and "⟪" not in text and "⟫" not in text, text[:200]
    return text, spans, hns

# ---------------------------------------------------------------- sub-kinds and noise
def auto_noise(sp):
    v, t = sp["value"], sp["type"]
    tags = set(sp["noise"])
    if any("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" for c in v):
        tags.add("fullwidth")
    if any(h in v for h in HYPHENS):
        tags.add("unicode_hyphen")
    if "\n" in v:
        tags.add("newline_in_value")
    if t == "PERSON" and re.search(r"[가-힣] [가-힣]", v) and len(v.replace(" ", "")) <= 4 and not sp.get("foreign"):
        tags.add("spaced_name")
    if t in NUMERIC and re.search(r"[OolISB|]", unicodedata.normalize("NFKC", v)):
        tags.add("ocr_confusable")
    return sorted(tags)

def auto_sub(sp):
    v, t = norm(sp["value"], sp["type"]), sp["type"]
    c = re.sub(r"\s", "", v)
    if t == "KR_RRN":
        if any(m in c for m in MASKS):
            return "rrn_masked"
        return "rrn_post2020" if rrn_date(c) >= datetime.date(2020, 10, 1) else "rrn_valid"
    if t == "KR_FRN":
        return "frn_masked" if any(m in c for m in MASKS) else "frn_valid"
    if t == "CREDIT_CARD":
        if any(m in c for m in MASKS):
            return "card_masked"
        d = re.sub(r"\D", "", c)
        if len(d) == 15: return "amex"
        if len(d) == 14: return "diners"
        if d[0] == "4": return "visa"
        if d[:2] in ("51", "52", "53", "54", "55") or d[:1] == "2": return "master"
        if d[:2] == "94": return "bc"
        if d[:2] == "35": return "jcb"
        if d[:2] == "62": return "unionpay"
        return "card_other"
    if t == "PHONE_NUMBER":
        d = re.sub(r"\D", "", c)
        if d.startswith("82") or c.startswith("+"): return "phone_intl"
        if d.startswith("01"): return "mobile"
        if d.startswith("070"): return "voip"
        return "landline"
    if t == "KR_PASSPORT":
        if any(m in c for m in MASKS): return "passport_masked"
        if re.fullmatch(r"[MSRGDO]\d{8}", c): return "passport_kr_old"
        if re.fullmatch(r"[MSRGDO]\d{3}[A-Z]\d{4}", c): return "passport_kr_new"
        return "passport_foreign"
    if t == "KR_DRIVER_LICENSE":
        return "dl_region" if re.match(r"[가-힣]", c) else ("dl_digits" if c.isdigit() else "dl_numeric")
    if t == "KR_VEHICLE_PLATE":
        return "plate_region" if re.match(r"[가-힣]{2}", c) else "plate"
    if t == "IP_ADDRESS":
        return "ipv6" if ":" in c else "ipv4"
    if t == "KR_ADDRESS":
        return "jibun" if re.search(r"[동리가]\s*\d+(-\d+)?(\s|,|$)", v) and not re.search(r"(로|길)\s*\d", v) else "road"
    if t == "PERSON":
        if re.search(r"[A-Za-z]", c):
            return "foreign_latin"
        return "foreign_hangul" if re.sub(r"\s", "", v) in FOREIGN_HAN else "korean"
    if t == "DATE_OF_BIRTH":
        return "dob"
    return t.lower()

def rrn_date(c):
    d = re.sub(r"[^0-9]", "", c[:8])
    yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
    g = re.sub(r"[\s-]", "", c)[6]
    cent = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000,
            "9": 1800, "0": 1800}[g]
    return datetime.date(cent + yy, mm, dd)

# ---------------------------------------------------------------- value generators
SURN = ("김 김 김 김 이 이 이 이 박 박 박 최 최 정 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 "
        "백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
        "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 탁 국 어 은 편 용 예 봉 황보 남궁 제갈 선우 독고 사공").split()
GIVEN = ("서준 도윤 하준 시우 지호 예준 주원 유찬 은우 건우 민재 현우 지훈 태윤 승민 재원 동하 정우 상철 영수 "
         "광호 병철 경태 윤식 성규 기범 한결 태오 무진 이안 서연 지우 하윤 서윤 민서 채원 수아 지민 예린 다은 "
         "은서 가은 소율 나연 혜진 미경 순자 영숙 정희 말순 옥분 경란 수정 보람 아름 선희 유진 세영 채림 다인 "
         "효주 기순 봉남 덕희 정란 춘자 재석 문규 용태 찬영 석진 범수 규리 윤아 하람 솔비 여진 명숙 태희 인호").split()
FOREIGN = [("NGUYEN VAN HUNG", "응우옌 반 훙", "VN", "M"), ("TRAN THI MAI", "쩐 티 마이", "VN", "F"), ("Maria Santos Reyes", "마리아 산토스 레예스", "PH", "F"),
           ("KARIMOV AZIZ", "카리모프 아지즈", "UZ", "M"), ("GANTULGA BATERDENE", "간톨가 바트에르덴", "MN", "M"), ("Somchai Wongsakul", "솜차이 웡사꾼", "TH", "M"),
           ("Rina Kusumawati", "리나 쿠수마와티", "ID", "F"), ("THAPA RAM BAHADUR", "타파 람 바하두르", "NP", "M"), ("WANG XIULAN", "왕슈란", "CN", "F"),
           ("SATO HARUKA", "사토 하루카", "JP", "F"), ("Dmitry Sokolov", "드미트리 소콜로프", "RU", "M"), ("Jose Dela Cruz", "호세 델라크루스", "PH", "M"),
           ("Emily Whitford", "에밀리 휫퍼드", "GB", "F"), ("HOSSAIN MD RAKIB", "호사인 엠디 라킵", "BD", "M"), ("Aigerim Nurlanovna", "아이게림 누를라노브나", "KZ", "F"),
           ("PHAN DUC THANH", "판 득 타인", "VN", "M"), ("LIU JIANGUO", "류젠궈", "CN", "M"), ("Chanthy Sok", "찬티 속", "KH", "F"), ("Lukas Brenner", "루카스 브레너", "DE", "M"),
           ("Ana Lucia Ferreira", "아나 루시아 페헤이라", "BR", "F"), ("SHRESTHA SITA", "스레스타 시타", "NP", "F"), ("TANAKA KENJI", "다나카 겐지", "JP", "M"),
           ("Oyunchimeg Dorj", "어윤치멕 도르지", "MN", "F"), ("RAHMATOV BEKZOD", "라흐마토프 벡조드", "UZ", "M"), ("Kevin O'Brien", "케빈 오브라이언", "US", "M"),
           ("Zaw Min Htet", "조 민 텟", "MM", "M"), ("Priya Nair", "프리야 나이르", "IN", "F"), ("Sophie Tremblay", "소피 트랑블레", "CA", "F"),
           ("Camille Dubois", "카미유 뒤부아", "FR", "F"), ("Mohammad Rafiq", "모하마드 라피크", "BD", "M")]
SIDO = [("서울특별시", "서울"), ("부산광역시", "부산"), ("대구광역시", "대구"), ("인천광역시", "인천"), ("광주광역시", "광주"),
        ("대전광역시", "대전"), ("울산광역시", "울산"), ("경기도", "경기"), ("강원특별자치도", "강원"), ("충청북도", "충북"),
        ("충청남도", "충남"), ("전북특별자치도", "전북"), ("전라남도", "전남"), ("경상북도", "경북"), ("경상남도", "경남"),
        ("제주특별자치도", "제주")]
SGG = {"서울": ["마포구", "노원구", "강서구", "송파구", "은평구", "관악구"], "부산": ["사하구", "해운대구", "동래구", "북구"],
       "대구": ["수성구", "달서구", "북구"], "인천": ["부평구", "연수구", "미추홀구"], "광주": ["광산구", "북구", "서구"],
       "대전": ["유성구", "서구", "대덕구"], "울산": ["남구", "울주군 온양읍"], "경기": ["수원시 권선구", "고양시 일산서구", "안산시 단원구", "평택시", "화성시", "의정부시"],
       "강원": ["춘천시", "원주시", "강릉시"], "충북": ["청주시 흥덕구", "충주시"], "충남": ["천안시 서북구", "아산시", "당진시"],
       "전북": ["전주시 덕진구", "군산시", "익산시"], "전남": ["목포시", "여수시", "순천시"], "경북": ["포항시 남구", "구미시", "경주시"],
       "경남": ["창원시 성산구", "김해시", "거제시", "통영시"], "제주": ["제주시", "서귀포시"]}
ROADS = ["솔내로", "은행나무길", "가람로", "새터로", "들꽃길", "한내로", "너울길", "해오름로", "달빛로", "갈마로", "버들개길",
         "모래내로", "청솔로", "윗말길", "샘골로", "두루미로", "바닷가로", "느티로", "꽃뫼길", "한울로"]
DONG = ["신흥동", "상리", "덕산리", "중앙동", "송정동", "봉곡동", "하대리", "월평동", "금암동", "수곡리"]
APTS = ["한빛아파트", "푸른마을", "늘봄빌라", "새솔하이츠", "은하맨션", "다온아파트"]
BANKS = [("국민은행", "6-2-6"), ("KB국민은행", "4-2-4-4"), ("신한은행", "3-3-6"), ("신한은행", "3-2-6"), ("우리은행", "4-3-6"),
         ("하나은행", "3-6-5"), ("농협", "3-4-4-2"), ("NH농협은행", "6-2-6"), ("IBK기업은행", "3-6-2-3"), ("SC제일은행", "3-2-6"),
         ("카카오뱅크", "4-2-7"), ("토스뱅크", "4-4-4"), ("우체국", "6-2-6"), ("새마을금고", "4-4-4-1"), ("부산은행", "3-4-4-2"),
         ("iM뱅크", "3-2-6-1"), ("수협은행", "4-4-4"), ("케이뱅크", "3-3-6"), ("신협", "3-3-6"), ("KDB산업은행", "3-4-4-3"),
         ("광주은행", "3-3-6"), ("경남은행", "3-2-7"), ("제주은행", "2-2-6"), ("전북은행", "4-2-7")]
DL_REG = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"]
PL_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
PL_COMM = "바사아자배"
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "outlook.com", "yahoo.co.kr"]
ROMA = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song"]


FOREIGN_HAN = {f[1].replace(" ", "") for f in FOREIGN} | {"쩐반득", "팜민아인", "찬티속"}
GENRE_NORM = {"숙박 명부": "숙박 명단", "여행사 단체 명단": "여행사 명단", "과태료 고지": "과태료", "경찰 사건발생보고": "경찰 사건 기록",
              "통계표": "통계", "교정 영치금": "교정 기록", "병원 검사결과": "병원 진료 기록", "보건소 예방접종": "보건소 검사 기록",
              "카드사 환불": "카드사 민원", "카드 분실 신고": "카드사 민원", "옛 문서 스캔": "호적·제적 스캔"}
FAMILIES = [("경찰·수사", ["경찰", "교통사고"]), ("법원·등기·경매", ["법원", "부동산", "경매", "법인 등기"]),
            ("교정·보호관찰", ["교정", "보호관찰"]), ("소방·119", ["119", "소방"]),
            ("병원·보건소·건강보험", ["병원", "보건소", "건강보험", "요양급여", "의료급여", "감염병", "정신건강"]),
            ("학교·어린이집", ["학교", "어린이집", "장학금"]), ("출입국·여권·사증·외국인", ["출입국", "여권", "사증", "외국인", "유학생", "출국", "해외송금"]),
            ("선원·항공·여행·숙박·행사", ["선원", "항공", "여행", "숙박", "행사", "크루즈", "항만", "해양"]),
            ("은행·카드·보험", ["은행", "카드", "보험", "결제", "가맹점", "급여 지급"]),
            ("차량·주차·면허·과태료", ["차량", "자동차", "주차", "과태료", "운전면허", "적성검사", "운수", "수상레저"]),
            ("세무·계약·입찰", ["세무", "계약", "입찰"]), ("개인정보 유출·접속기록·로그", ["유출", "접속기록", "로그", "문자발송"]),
            ("스캔문서(OCR)", ["OCR"]), ("공문·공고·통계·회의록(대부분 개인정보 없음)", ["공문", "공고", "통계", "보도자료", "질의회신", "업무 안내", "예산", "안내문", "회의록", "민원 서식"])]

def family(genre):
    for fam, kws in FAMILIES:
        if any(k in genre for k in kws):
            return fam
    return "기타 생활 행정"


class G:
    def __init__(self, rng):
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def name(self):
        s = self.c(SURN)
        g = self.c(GIVEN)
        if self.r.random() < 0.05:
            g = self.c("혁진훈솔결란윤현")
        return s + g

    def fperson(self):
        """(latin, hangul, country, sex) of an invented foreign person"""
        return self.c(FOREIGN)

    def foreign(self, script=None):
        lat, han = self.c(FOREIGN)[:2]
        if script is None:
            script = self.c(["lat", "han"])
        return lat if script == "lat" else han

    def date(self, y0=1940, y1=2008):
        while True:
            try:
                return datetime.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))
            except ValueError:
                pass

    def dob(self, d=None, form=None):
        d = d or self.date()
        forms = ["dot_sp", "dot", "kor", "iso", "dot0", "yy_dot", "yymmdd", "slash", "mrz_eng", "eng", "kor_yy", "kr_pp"]
        f = form or self.c(forms)
        y, m, dd = d.year, d.month, d.day
        return {"dot_sp": f"{y}. {m}. {dd}.", "dot": f"{y}.{m}.{dd}.", "kor": f"{y}년 {m}월 {dd}일",
                "iso": f"{y}-{m:02d}-{dd:02d}", "dot0": f"{y}.{m:02d}.{dd:02d}", "yy_dot": f"{y%100:02d}.{m:02d}.{dd:02d}",
                "yymmdd": f"{y%100:02d}{m:02d}{dd:02d}", "slash": f"{y}/{m:02d}/{dd:02d}",
                "mrz_eng": f"{dd:02d} {MON[m-1]} {y}", "eng": f"{MON_FULL[m-1]} {dd}, {y}",
                "kor_yy": f"{y%100:02d}년 {m}월 {dd}일", "kr_pp": f"{dd:02d} {m}월/{MON[m-1]} {y}"}[f]

    def rrn(self, kind=None, d=None):
        kind = kind or self.c(["valid", "valid", "valid", "post", "masked"])
        if kind == "post":
            d = d or datetime.date(self.r.randint(2020, 2025), self.r.randint(1, 12), self.r.randint(1, 28))
            if d < datetime.date(2020, 10, 1):
                d = datetime.date(2021, d.month, d.day)
        d = d or self.date(1935, 2006)
        g = (1 if d.year < 2000 else 3) + self.r.randint(0, 1)
        body = f"{d:%y%m%d}{g}"
        if kind == "masked":
            mk = self.c(["******", "●●●●●●", "XXXXXX", "******"])
            return f"{body[:6]}-{body[6]}{mk}"
        rest = body + self.digits(5)
        c = rrn_check(rest)
        if kind == "post":
            c = (c + 1 + self.r.randint(0, 8)) % 10
        return f"{rest[:6]}-{rest[6:]}{c}"

    def frn(self, d=None, masked=False, sex=None):
        d = d or self.date(1960, 2006)
        g = (5 if d.year < 2000 else 7) + (self.r.randint(0, 1) if sex is None else int(sex == "F"))
        rest = f"{d:%y%m%d}{g}" + self.digits(5)
        if masked:
            return f"{rest[:6]}-{rest[6]}******"
        return f"{rest[:6]}-{rest[6:]}{frn_check(rest)}"

    def brn(self):
        b = f"{self.r.randint(101, 899)}{self.r.randint(81, 88) if self.r.random()<0.3 else self.r.randint(10, 99)}{self.digits(4)}"
        b = b + str(brn_check(b))
        return f"{b[:3]}-{b[3:5]}-{b[5:]}"

    def crn(self):
        b = self.c(["1101", "1311", "1201", "1346", "2841", "1501", "1748", "1801"]) + self.c(["11", "31", "71", "81"]) + self.digits(6)
        b = b + str(crn_check(b))
        return f"{b[:6]}-{b[6:]}"

    def card(self, kind=None, sep=None):
        kind = kind or self.c(["visa", "visa", "master", "master2", "bc", "jcb", "amex", "unionpay", "diners"])
        pre = {"visa": "4" + self.digits(1), "master": "5" + str(self.r.randint(1, 5)), "master2": "22" + str(self.r.randint(3, 7)),
               "bc": "94" + str(self.r.randint(1, 9)), "jcb": "35" + str(self.r.randint(28, 89)), "amex": self.c(["34", "37"]),
               "unionpay": "62", "diners": "36"}[kind]
        ln = {"amex": 15, "diners": 14}.get(kind, 16)
        body = pre + self.digits(ln - 1 - len(pre))
        n = body + str(luhn_check(body))
        sep = sep if sep is not None else self.c(["-", "-", " ", ""])
        if ln == 15:
            g = [n[:4], n[4:10], n[10:]]
        elif ln == 14:
            g = [n[:4], n[4:10], n[10:]]
        else:
            g = [n[0:4], n[4:8], n[8:12], n[12:]]
        return sep.join(g)

    def card_masked(self):
        n = self.card(kind=self.c(["visa", "master", "bc"]), sep="-")
        p = n.split("-")
        st = self.c(["a", "b", "c"])
        if st == "a":
            return f"{p[0]}-{p[1][:2]}**-****-{p[3]}"
        if st == "b":
            return f"{p[0]}-****-****-{p[3]}"
        return f"{p[0]}-{p[1]}-****-{p[3][:1]}***"

    def account(self, bank=None):
        if bank is None:
            bank = self.c(BANKS)
        grp = bank[1]
        parts = [self.digits(int(x)) for x in grp.split("-")]
        if bank[0] == "카카오뱅크":
            parts[0] = "3333"
        if bank[0] == "토스뱅크":
            parts[0] = "1000"
        if bank[0] == "우리은행":
            parts[0] = "1002"
        return bank[0], "-".join(parts)

    def passport(self, kind=None, country=None):
        kind = kind or self.c(["kr_old", "kr_new", "kr_new", "foreign", "foreign", "foreign", "masked"])
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if kind == "kr_old":
            return self.c("MMMMSRGD") + self.digits(8), "Korea"
        if kind == "kr_new":
            return self.c("MMMMSRGD") + self.digits(3) + self.c(L) + self.digits(4), "Korea"
        if kind == "masked":
            p = self.c("MMS") + self.digits(3) + self.c(L) + self.digits(4)
            return self.c([p[:5] + "****", p[:4] + "*****", p[:1] + "****" + p[5:], p[:3] + "●●●●" + p[7:]]), "Korea"
        c = country or self.c(["VN", "CN", "PH", "US", "JP", "TH", "UZ", "NP", "MN", "ID", "RU", "IN", "DE", "GB", "FR", "KH", "KZ", "BD", "CA", "MM"])
        if c == "BR":
            return self.c(["FT", "GB", "YB"]) + self.digits(6), c
        v = {"VN": self.c("CNB") + self.digits(7), "CN": "E" + self.c(["", "A", "B"]) + self.digits(7 if True else 8),
             "PH": "P" + self.digits(7) + self.c(L), "US": self.c(["5", "6"]) + self.digits(8),
             "JP": self.c(["TK", "TR", "MZ", "TZ"]) + self.digits(7), "TH": self.c(["AA", "AB", "AC"]) + self.digits(7),
             "UZ": self.c(["FA", "AB", "AD"]) + self.digits(7), "NP": self.c(["PA", "09"]) + self.digits(7),
             "MN": "E" + self.digits(7), "ID": self.c("CBX") + self.digits(7), "RU": self.digits(2) + self.digits(7),
             "IN": self.c("JKLMNPRSTUVZ") + self.digits(7), "DE": "C" + self.c("FGHJK") + self.digits(1) + self.c("LMNPR") + self.digits(2) + self.c("TVWXYZ") + self.digits(2),
             "GB": self.digits(9), "FR": self.digits(2) + self.c(["AB", "CK", "FR", "DH"]) + self.digits(5),
             "KH": "N" + self.digits(7), "KZ": "N" + self.digits(8), "BD": self.c(["A", "B", "E"]) + self.c(L) + self.digits(7),
             "CA": self.c(["AB", "HK", "GA"]) + self.digits(6), "MM": "M" + self.c(["A", "B", "C"]) + self.digits(6)}[c]
        if c == "CN" and len(v) < 9:
            v = v + self.digits(9 - len(v))
        return v, c

    def phone(self, mobile=None):
        if mobile or (mobile is None and self.r.random() < 0.6):
            return f"010-{self.r.randint(2000, 9999)}-{self.digits(4)}"
        ac = self.c(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053", "054", "055", "061", "062", "063", "064", "070"])
        mid = str(self.r.randint(200, 999)) if ac != "02" or self.r.random() < 0.4 else str(self.r.randint(2000, 9999))
        if ac == "070":
            mid = str(self.r.randint(4000, 8999))
        return f"{ac}-{mid}-{self.digits(4)}"

    def switchboard(self):
        return self.c(["1588", "1577", "1600", "1544", "1644", "1566", "1661", "1899"]) + "-" + self.digits(4)

    def email(self, nm=None):
        loc = self.c(ROMA) + self.c(["", ".", "_"]) + self.c(["jh", "sy", "minji", "dy", "hs", "wk", "ej", "ty"]) + str(self.r.randint(1, 99))
        return loc + "@" + self.c(DOMAINS)

    def address(self, style=None):
        full, short = self.c(SIDO)
        sgg = self.c(SGG[short])
        style = style or self.c(["road", "road", "road_short", "road_unit", "jibun", "sgg"])
        road = self.c(ROADS)
        no = self.r.randint(3, 480)
        if style == "road":
            return f"{full} {sgg} {road} {no}"
        if style == "road_short":
            return f"{short} {sgg} {road}{self.r.randint(1, 40)}번길 {self.r.randint(2, 90)}"
        if style == "road_unit":
            return f"{full} {sgg} {road} {no}, {self.r.randint(101, 115)}동 {self.r.randint(1, 25)}0{self.r.randint(1, 4)}호"
        if style == "jibun":
            return f"{full} {sgg} {self.c(DONG)} {self.r.randint(1, 999)}-{self.r.randint(1, 30)} {self.c(APTS)} {self.r.randint(1, 9)}0{self.r.randint(1, 5)}호"
        return f"{sgg} {road} {no}, {self.r.randint(2, 9)}층"

    def inst_address(self):
        full, short = self.c(SIDO)
        sgg = self.c(SGG[short])
        return f"{full} {sgg} {self.c(['시청로', '청사로', '관아길', '행정로'])} {self.r.randint(1, 200)}"

    def dl(self):
        code = self.r.randint(11, 28)
        yy = self.c(["98", "03", "07", "11", "15", "18", "20", "22"])
        body = f"{yy}-{self.digits(6)}-{self.digits(2)}"
        st = self.c(["num", "num", "reg", "regnosp", "plain"])
        if st == "num":
            return f"{code}-{body}"
        if st == "reg":
            return f"{self.c(DL_REG)} {body}"
        if st == "regnosp":
            return f"{self.c(DL_REG)}{body}"
        return f"{code}{body.replace('-', '')}"

    def plate(self):
        st = self.c(["2", "3", "3", "reg", "comm", "nosp"])
        if st == "2":
            return f"{self.r.randint(10, 99)}{self.c(PL_PRIV)} {self.r.randint(1000, 9999)}"
        if st == "3":
            return f"{self.r.randint(100, 399)}{self.c(PL_PRIV)} {self.r.randint(1000, 9999)}"
        if st == "reg":
            return f"{self.c(DL_REG)} {self.r.randint(10, 99)}{self.c(PL_PRIV)} {self.r.randint(1000, 9999)}"
        if st == "comm":
            return f"{self.c(DL_REG)} {self.r.randint(70, 99)}{self.c(PL_COMM)} {self.r.randint(1000, 9999)}"
        return f"{self.r.randint(100, 399)}{self.c(PL_PRIV)}{self.r.randint(1000, 9999)}"

    def hi(self):
        return self.c(["1", "2", "5", "6", "7"]) + self.digits(10)

    def ip(self, v6=False):
        if v6 or self.r.random() < 0.06:
            return f"2001:db8:{self.r.randint(1, 65535):x}:{self.r.randint(1, 65535):x}::{self.r.randint(1, 255):x}"
        a = self.c(["211", "175", "121", "59", "223", "118", "110", "192.168", "10", "172.16", "1.234"])
        parts = a.split(".")
        while len(parts) < 4:
            parts.append(str(self.r.randint(1, 254)))
        return ".".join(parts)

    def docno(self):
        return self.c(["민원여권과", "운영지원과", "교통행정과", "세무1과", "수사지원팀", "보건행정과", "출입국심사과"]) + "-" + str(self.r.randint(100, 9999))

    def casen(self):
        return f"{self.r.randint(2019, 2026)}{self.c(['고단', '고합', '가단', '가합', '머', '노', '타경', '즈기', '드단', '느단'])}{self.r.randint(100, 99999)}"

    def amount(self):
        return f"{self.r.randint(1, 9999) * 1000:,}원"

# ---------------------------------------------------------------- OCR noise
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
CONF_TO = {"0": "O", "1": "l", "5": "S", "8": "B"}

def ocr_value(v, typ, rng):
    """Return a noisy version of a value and its noise tags."""
    tags = []
    r = rng.random()
    if typ == "PERSON":
        if len(v) in (2, 3, 4) and re.fullmatch(r"[가-힣]+", v) and r < 0.5:
            return " ".join(v), ["spaced_name"]
        return v, []
    if typ in ("KR_ADDRESS", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS") and r < 0.35:
        if typ == "KR_ADDRESS" and " " in v:
            i = v.index(" ", len(v) // 2) if " " in v[len(v) // 2:] else v.index(" ")
            return v[:i] + "\n" + v[i + 1:], ["wrapped"]
        return v, []
    if typ in ("KR_ADDRESS", "EMAIL_ADDRESS", "IP_ADDRESS"):
        return v, []
    if r < 0.25:
        return v.translate(FW), ["fullwidth"]
    if r < 0.40 and "-" in v:
        return v.replace("-", rng.choice(["‐", "－", "–"])), ["unicode_hyphen"]
    if r < 0.55 and "-" in v:
        i = v.index("-")
        return v[:i] + " - " + v[i + 1:] if rng.random() < 0.5 else v[:i] + "- " + v[i + 1:], ["space_in_value"]
    if r < 0.70 and len(v) > 8:
        i = len(v) // 2
        while i < len(v) and not v[i].isdigit():
            i += 1
        if 0 < i < len(v) - 1:
            return v[:i] + "\n" + v[i:], ["newline_in_value"]
    if r < 0.88 and typ != "DATE_OF_BIRTH":
        idx = [i for i, ch in enumerate(v) if ch in CONF_TO and (typ != "KR_PASSPORT" or i > 0)]
        if idx:
            i = rng.choice(idx)
            if typ == "KR_PASSPORT" and v[0] in "MSRGD" and i == 0:
                return v, []
            return v[:i] + CONF_TO[v[i]] + v[i + 1:], ["ocr_confusable"]
    return v, []

# ---------------------------------------------------------------- template helpers
class Ctx:
    ocr = False
    rng = None
CTX = Ctx()

def S(typ, val, sub=None, tags=None):
    tags = list(tags or [])
    if CTX.ocr and CTX.rng.random() < 0.6:
        val, t2 = ocr_value(val, typ, CTX.rng)
        tags += t2
    hdr = ""
    if sub or tags:
        hdr = "#" + (sub or "") + ("#" + ",".join(tags) if tags else "")
    return f"⟦{typ}{hdr}:{val}⟧"

def H(cat, text):
    return f"⟪{cat}:{text}⟫"

def P(g, foreign=None):
    if foreign:
        return S("PERSON", g.foreign(foreign), "foreign_" + ("latin" if foreign == "lat" else "hangul"))
    return S("PERSON", g.name())

def ymd(g, y0=2023, y1=2026):
    d = g.date(y0, y1)
    return f"{d.year}. {d.month}. {d.day}."

def age_of(d):
    return 2026 - d.year

def row(cells, sep):
    return sep.join(cells)

SEPS = [" | ", "|", "\t", "  ", " │ "]

# ---------------------------------------------------------------- templates
TEMPLATES = []
def tpl(genre, nopii=False):
    def deco(f):
        TEMPLATES.append((f.__name__, genre, f, nopii))
        return f
    return deco

@tpl("경찰 진술조서")
def t_police_statement(g):
    d = g.date(1950, 2004); n = g.name()
    pl = g.plate()
    return (f"진 술 조 서\n사건번호 {H('case_number', str(g.r.randint(2024,2026))+'-'+str(g.r.randint(1000,99999)))}\n"
            f"성    명: {S('PERSON', n)}\n주민등록번호: {S('KR_RRN', g.rrn('valid', d))}\n"
            f"주    거: {S('KR_ADDRESS', g.address())}\n연 락 처: {S('PHONE_NUMBER', g.phone(True))}\n\n"
            f"위 사람은 {H('non_birth_date', ymd(g))} {H('official_by_office', g.c(['서울마포경찰서', '수원남부경찰서', '창원중부경찰서']))} 수사과 사무실에서 임의로 다음과 같이 진술하다.\n"
            f"문: 진술인은 당시 어떤 차량을 운전하였나요.\n답: 제 명의로 된 {S('KR_VEHICLE_PLATE', pl)} 승용차를 운전하였습니다.\n"
            f"문: 상대 운전자 {P(g)}을 알고 있나요.\n답: 그날 처음 보았습니다.\n진술자 {S('PERSON', n)} (인)")

@tpl("경찰 사건발생보고")
def t_police_incident(g):
    d1, d2 = g.date(1960, 2005), g.date(1960, 2005)
    n1, n2 = g.name(), g.name()
    return (f"사건발생보고\n{H('doc_number', '형사과-' + str(g.r.randint(1000, 9999)))}\n1. 피해자: {S('PERSON', n1)}({age_of(d1)}세, 여), {S('KR_ADDRESS', g.address())} 거주\n"
            f"2. 피의자: {S('PERSON', n2)}({age_of(d2)}세), 생년월일 {S('DATE_OF_BIRTH', g.dob(d2))}, 휴대전화 {S('PHONE_NUMBER', g.phone(True))}\n"
            f"3. 개요: 피의자 {S('PERSON', n2)}은 피해자 명의 {g.c(['신한카드', '국민카드', '현대카드'])}({S('CREDIT_CARD', g.card())})를 습득하여 편의점에서 {H('amount', g.amount())}을 결제함.\n"
            f"4. 조치: {H('statute', '「형법」 제347조의2')} 위반 혐의로 입건, 담당 경위 {P(g)}")

@tpl("법원 판결")
def t_court_judgment(g):
    n = g.name(); d = g.date(1965, 2003)
    return (f"{g.c(['서울중앙지방법원', '대전지방법원 천안지원', '부산지방법원 동부지원'])}\n판    결\n사    건 {H('case_number', g.casen())} 사기\n"
            f"피 고 인 {S('PERSON', n)} ({S('DATE_OF_BIRTH', g.dob(d, g.c(['yymmdd', 'dot_sp'])))}생), 회사원\n주거 {S('KR_ADDRESS', g.address())}\n"
            f"검    사 {P(g)}(기소), {P(g)}(공판)\n변 호 인 변호사 {P(g)}(국선)\n판결선고 {H('non_birth_date', ymd(g))}\n\n주    문\n피고인을 징역 {g.r.randint(6, 18)}월에 처한다.\n\n"
            f"이    유\n피고인 {S('PERSON', n)}은 피해자 {P(g)}에게 \"돈을 빌려주면 한 달 안에 갚겠다\"고 거짓말하여 {S('KR_BANK_ACCOUNT', g.account()[1])} 계좌로 {H('amount', g.amount())}을 송금받았다.")

@tpl("법원 조정조서")
def t_court_mediation(g):
    a, b = g.name(), g.name()
    bank, acc = g.account()
    return (f"조 정 조 서\n사건 {H('case_number', str(g.r.randint(2025, 2026)) + g.c(['머', '가단', '가소']) + str(g.r.randint(1000, 99999)))} 손해배상(기)\n원고 {S('PERSON', a)}\n{S('KR_ADDRESS', g.address())}\n"
            f"피고 {S('PERSON', b)}\n{S('KR_ADDRESS', g.address())}\n조정기일 {H('non_birth_date', ymd(g))} 14:00\n조정위원 {P(g)}\n\n조정조항\n"
            f"1. 피고는 원고에게 {H('amount', g.amount())}을 {H('non_birth_date', ymd(g, 2027, 2027))}까지 원고 명의 {bank} 계좌({S('KR_BANK_ACCOUNT', acc)})로 지급한다.\n2. 원고는 나머지 청구를 포기한다.")

@tpl("부동산 경매")
def t_auction(g):
    lines = []
    sep = g.c(SEPS)
    for i in range(g.r.randint(2, 4)):
        who = g.c(["채무자", "소유자", "임차인", "근저당권자"])
        if who == "근저당권자" and g.r.random() < 0.5:
            lines.append(row([who, H("company_name", g.c(["(주)한결캐피탈", "새빛상호저축은행"])), S("KR_CRN", g.crn()), H("amount", g.amount())], sep))
        else:
            lines.append(row([who, S("PERSON", g.name()), S("KR_ADDRESS", g.address("jibun")), H("amount", g.amount())], sep))
    return (f"매각물건명세서\n사건 {H('case_number', str(g.r.randint(2023, 2026)) + '타경' + str(g.r.randint(1000, 99999)))} 부동산강제경매\n" + "\n".join(lines) +
            f"\n※ 최선순위 설정일자 {H('non_birth_date', ymd(g, 2015, 2022))}")

@tpl("보호관찰")
def t_probation(g):
    sep = g.c(SEPS)
    rows = []
    for i in range(g.r.randint(3, 5)):
        d = g.date(1970, 2007)
        rows.append(row([str(i + 1), S("PERSON", g.name()), S("DATE_OF_BIRTH", g.dob(d, g.c(["dot0", "yymmdd", "iso", "yy_dot"]))),
                         S("PHONE_NUMBER", g.phone(True)), g.c(["사회봉사 120시간", "수강명령 40시간", "야간외출제한", "전자감독"])], sep))
    return f"{g.c(['○○보호관찰소', '법무부 보호관찰소'])} 관리대상자 현황 (담당: 보호관찰관 {P(g)})\n" + "\n".join(rows)

@tpl("교정 영치금")
def t_corrections(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        bank, acc = g.account()
        rows.append(f"{H('receipt_number', '수용번호 ' + str(g.r.randint(100, 9999)))} {S('PERSON', g.name())} ← 입금인 {S('PERSON', g.name())} {bank} {S('KR_BANK_ACCOUNT', acc)} {H('amount', g.amount())}")
    return "영치금 외부입금 확인 내역\n" + "\n".join(rows) + f"\n확인자: {H('official_by_office', '보안과장')}"

@tpl("119 구급")
def t_ems(g):
    d = g.date(1935, 2020); n = g.name()
    return (f"구급활동일지  출동번호 {H('receipt_number', str(g.r.randint(2025, 2026)) + '-' + g.digits(6))}\n"
            f"환자 성명 {S('PERSON', n)}  성별 {g.c(['남', '여'])}  나이 {age_of(d)}세  생년월일 {S('DATE_OF_BIRTH', g.dob(d))}\n"
            f"발생장소 {S('KR_ADDRESS', g.address('road_unit'))}\n신고자 {P(g)}(보호자) {S('PHONE_NUMBER', g.phone(True))}\n"
            f"주증상: {g.c(['흉통', '호흡곤란', '의식저하', '낙상 후 두부 출혈', '복통'])} / 이송병원 {g.c(['한내병원', '새터의료원', '가람대학교병원'])}\n"
            f"구급대원 소방교 {P(g)}, 소방사 {P(g)}\n※ 신고 접수 {H('institution_phone', '119')} 상황실")

@tpl("병원 검사결과")
def t_lab(g):
    d = g.date(1940, 2015)
    return (f"[검사결과보고서] {g.c(['가람대학교병원', '새터의료원 진단검사의학과'])}\n등록번호 {H('record_number', g.digits(8))}  환자명 {S('PERSON', g.name())}  "
            f"생년월일 {S('DATE_OF_BIRTH', g.dob(d, g.c(['iso', 'dot0', 'slash'])))}\n건강보험증번호 {S('KR_HEALTH_INSURANCE', g.hi())}\n"
            f"검체 채취일 {H('non_birth_date', ymd(g))}  보고일 익일\nHbA1c 6.{g.r.randint(0, 9)} %  공복혈당 {g.r.randint(90, 180)} mg/dL\n판독의 {P(g)}")

@tpl("보건소 예방접종")
def t_vacc(g):
    rows = []
    sep = g.c(SEPS)
    for i in range(g.r.randint(3, 5)):
        d = g.date(2019, 2025)
        rows.append(row([S("PERSON", g.name()), S("DATE_OF_BIRTH", g.dob(d, g.c(["dot0", "iso", "yymmdd", "kor"]))), "보호자 " + S("PERSON", g.name()), S("PHONE_NUMBER", g.phone(True)), g.c(["MMR 2차", "DTaP 4차", "일본뇌염 1차", "수두"])], sep))
    return f"{g.c(['한내구보건소', '솔내군보건소'])} 예방접종 미완료 아동 안내 대상\n" + "\n".join(rows) + f"\n문의 {H('institution_phone', '대표 ' + g.phone(False))}"

@tpl("학교 행정")
def t_school_refund(g):
    st, pa = g.name(), g.name()
    bank, acc = g.account()
    return (f"방과후학교 수강료 환불 신청서\n학생 {S('PERSON', st)} ({g.r.randint(1, 6)}학년 {g.r.randint(1, 9)}반)\n보호자 {S('PERSON', pa)}  연락처 {S('PHONE_NUMBER', g.phone(True))}\n"
            f"환불계좌 {bank} {S('KR_BANK_ACCOUNT', acc)} 예금주 {S('PERSON', pa)}\n환불금액 {H('amount', g.amount())}\n"
            f"사유: 학생 전학({H('non_birth_date', ymd(g))})\n{g.c(['한빛초등학교장', '솔내중학교장'])}")

@tpl("어린이집 행정")
def t_daycare(g):
    d = datetime.date(g.r.randint(2021, 2024), g.r.randint(1, 12), g.r.randint(1, 28))
    ch, m = g.name(), g.name()
    return (f"어린이집 입소신청서\n아동 성명 {S('PERSON', ch)}  주민등록번호 {S('KR_RRN', g.rrn('post', d))}\n생년월일 {S('DATE_OF_BIRTH', g.dob(d, 'dot_sp'))}\n"
            f"보호자(모) {S('PERSON', m)}  휴대폰 {S('PHONE_NUMBER', g.phone(True))}  이메일 {S('EMAIL_ADDRESS', g.email())}\n"
            f"주소 {S('KR_ADDRESS', g.address('road_unit'))}\n입소희망일 {H('non_birth_date', ymd(g))}  ※ 작성 예시: {H('placeholder_person', '홍길동')}")

@tpl("출입국·체류")
def t_stay(g):
    fl, fh, c, sx = g.fperson()
    d = g.date(1975, 2004)
    pp, c = g.passport("foreign", c)
    return (f"체류기간 연장허가 신청서\n성명(영문) {S('PERSON', fl, 'foreign_latin')}\n성명(한글) {S('PERSON', fh, 'foreign_hangul')}\n"
            f"외국인등록번호 {S('KR_FRN', g.frn(d, sex=sx))}\n여권번호 {S('KR_PASSPORT', pp, 'passport_' + c.lower())}  국적 {c}\n"
            f"국내 주소 {S('KR_ADDRESS', g.address())}\n전화 {S('PHONE_NUMBER', g.phone(True))}\n체류자격 {g.c(['E-9', 'D-2', 'F-6', 'E-7', 'H-2'])}  "
            f"접수번호 {H('receipt_number', '1AA-' + g.digits(4) + '-' + g.digits(7))}")

@tpl("여권 재발급")
def t_passport_reissue(g):
    n = g.name(); d = g.date(1950, 2005)
    old = g.passport(g.c(["kr_old", "kr_new"]))[0]
    new = g.passport("kr_new")[0]
    return (f"여권 재발급 신청 처리 내역\n신청인 {S('PERSON', n)} / {S('KR_RRN', g.rrn(g.c(['valid', 'masked']), d))}\n"
            f"분실 여권 {S('KR_PASSPORT', old)} (분실신고 {H('non_birth_date', ymd(g))})\n신규 발급 {S('KR_PASSPORT', new)}\n"
            f"연락처 {S('PHONE_NUMBER', g.phone(True))}\n처리: {H('official_by_office', g.c(['한내구청장', '솔내시장']))} (민원여권과)")

@tpl("사증")
def t_visa(g):
    fl, fh, c, sx = g.fperson()
    d = g.date(1970, 2005)
    pp, c = g.passport("foreign", c)
    return (f"사증발급인정서 신청 요약\nSurname/Given names: {S('PERSON', fl, 'foreign_latin')}\nDate of birth: {S('DATE_OF_BIRTH', g.dob(d, g.c(['mrz_eng', 'eng', 'iso'])))}\n"
            f"Passport No.: {S('KR_PASSPORT', pp, 'passport_' + c.lower())}  Nationality: {c}\n초청인 {P(g)} ({S('PHONE_NUMBER', g.phone(True))})\n"
            f"초청 업체 {H('company_name', g.c(['(주)바다수산', '새솔정밀(주)', '한결농산']))} 사업자등록번호 {S('KR_BRN', g.brn())}")

@tpl("외국인 근로자")
def t_fworkers(g):
    sep = g.c(SEPS)
    rows = []
    for i in range(g.r.randint(3, 5)):
        fl, fh, c, sx = g.fperson()
        pp, c = g.passport("foreign", c)
        d = g.date(1975, 2004)
        cells = [S("PERSON", g.c([fl, fh])), c, S("KR_PASSPORT", pp, "passport_" + c.lower()), S("KR_FRN", g.frn(d, g.r.random() < 0.2, sx)),
                 S("DATE_OF_BIRTH", g.dob(d, g.c(["iso", "dot0", "yymmdd"])))]
        rows.append(row(cells, sep))
    hdr = g.r.random() < 0.5
    return (f"외국인근로자 고용변동 신고 첨부 명단 (사업장: {H('company_name', g.c(['(주)한내금속', '솔내농원', '가람수산']))})\n" +
            (row(["성명", "국적", "여권번호", "외국인등록번호", "생년월일"], sep) + "\n" if hdr else "") + "\n".join(rows))

@tpl("선원 명부")
def t_crew(g):
    rows = []
    for i in range(g.r.randint(3, 6)):
        fl, fh, fc, sx = g.fperson()
        pp, c = g.passport(g.c(["foreign", "foreign", "kr_new", "kr_old"]), fc)
        d = g.date(1965, 2004)
        nm = fl if c != "Korea" else g.name()
        rows.append(f"{i + 1:>2}  {g.c(['MASTER', 'C/O', '2/O', 'BSN', 'AB', 'OS', 'COOK', 'OILER'])}  {S('PERSON', nm)}  {c.upper()[:3]}  {S('DATE_OF_BIRTH', g.dob(d, 'mrz_eng'))}  {S('KR_PASSPORT', pp)}")
    return f"CREW LIST / 선원명부  Vessel: {g.c(['HANBIT STAR', 'SEOLNAE 7', 'GARAM PIONEER'])}  Port: {g.c(['부산', '여수', '평택'])}\n" + "\n".join(rows)

@tpl("유학생 관리")
def t_intl_student(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        fl, fh, c, sx = g.fperson()
        pp, c = g.passport("foreign", c)
        rows.append(f"- {S('PERSON', g.c([fl, fh]))}({c}) 외국인등록번호 {S('KR_FRN', g.frn(g.date(1995, 2006), sex=sx))}, 여권 {S('KR_PASSPORT', pp)}, 출석률 {g.r.randint(40, 69)}%, {S('EMAIL_ADDRESS', g.email())}")
    return f"{g.c(['가람대학교', '한내대학교'])} 국제교류팀 — 출석률 미달 유학생 보고\n" + "\n".join(rows) + f"\n보고: {H('official_by_office', '국제교류팀장')}"

@tpl("항공 탑승객 명단")
def t_flight(g):
    rows = []
    sep = g.c(["\t", "  ", " / "])
    for i in range(g.r.randint(3, 5)):
        fl, fh, fc, sx = g.fperson()
        pp, c = g.passport(g.c(["kr_new", "kr_new", "kr_old", "foreign", "masked"]), fc)
        d = g.date(1950, 2020)
        rows.append(sep.join([f"{g.r.randint(10, 45)}{g.c('ABCDEF')}", S("PERSON", fl if c != "Korea" else g.name()), S("KR_PASSPORT", pp), S("DATE_OF_BIRTH", g.dob(d, g.c(["mrz_eng", "iso", "dot0"])))]))
    return f"PAX MANIFEST {g.c(['KE', 'OZ', 'TW', '7C'])}{g.r.randint(100, 999)} {H('non_birth_date', ymd(g))}\n" + "\n".join(rows)

@tpl("여행사 단체 명단")
def t_travel(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        d = g.date(1945, 2012)
        pp = g.passport(g.c(["kr_new", "kr_old", "kr_new"]))[0]
        rows.append(f"{S('PERSON', g.name())}\t{S('DATE_OF_BIRTH', g.dob(d, g.c(['dot0', 'yymmdd', 'kr_pp'])))}\t{S('KR_PASSPORT', pp)}\t{S('PHONE_NUMBER', g.phone(True))}")
    return f"{g.c(['새솔여행사', '(주)한울투어'])} 단체여행 명단(공무국외출장 위탁)\n" + "\n".join(rows) + f"\n인솔: {H('company_name', '(주)한울투어')} 대표번호 {H('institution_phone', g.switchboard())}"

@tpl("숙박 명부")
def t_hotel(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        rows.append(f"│{g.r.randint(201, 909)}│{S('PERSON', g.name())}│{S('PHONE_NUMBER', g.phone(True))}│{S('KR_VEHICLE_PLATE', g.plate())}│{S('CREDIT_CARD', g.card_masked() if g.r.random() < 0.4 else g.card())}│")
    return f"투숙객 명부 ({g.c(['한결호텔', '바닷가리조트'])}, 감염병 역학조사 제출용)\n" + "\n".join(rows)

@tpl("행사 참가자 명단")
def t_event(g):
    rows = []
    for i in range(g.r.randint(3, 6)):
        rows.append(f"{i + 1}. {S('PERSON', g.name())} {g.c(['', '씨', '님'])}— {g.c(['주민', '자원봉사자', '발표자', '청년위원'])}, {S('PHONE_NUMBER', g.phone(True))}, {S('EMAIL_ADDRESS', g.email())}")
    return f"{g.c(['주민참여예산 토론회', '청년정책 간담회', '마을축제 기획회의'])} 참가자 명단\n" + "\n".join(rows) + f"\n문의: 담당 주무관 {P(g)} {S('PHONE_NUMBER', g.phone(False))}"

@tpl("은행 민원")
def t_bank_complaint(g):
    n = g.name(); bank, acc = g.account()
    return (f"금융민원 접수 내용\n민원인 {S('PERSON', n)} ({S('PHONE_NUMBER', g.phone(True))})\n"
            f"\"{H('non_birth_date', ymd(g))} 제 {bank} 계좌 {S('KR_BANK_ACCOUNT', acc)}에서 모르는 사람에게 {H('amount', g.amount())}이 이체되었습니다. "
            f"보이스피싱으로 의심되니 상대 계좌 {S('KR_BANK_ACCOUNT', g.account()[1])} 지급정지를 요청합니다.\"\n처리: {H('company_name', bank)} 고객보호부")

@tpl("카드사 환불")
def t_card_refund(g):
    n = g.name(); bank, acc = g.account()
    return (f"카드 결제 취소·환불 요청\n회원명: {S('PERSON', n)}\n카드번호: {S('CREDIT_CARD', g.card())}\n"
            f"승인번호 {H('receipt_number', g.digits(8))}  승인일 {H('non_birth_date', ymd(g))}  금액 {H('amount', g.amount())}\n"
            f"환불 받을 계좌: {bank} {S('KR_BANK_ACCOUNT', acc)} (예금주 {S('PERSON', n)})\n고객센터 {H('institution_phone', g.switchboard())}")

@tpl("보험 청구")
def t_insurance(g):
    n = g.name(); d = g.date(1950, 2005)
    bank, acc = g.account()
    return (f"보험금 청구서\n피보험자 {S('PERSON', n)}  주민등록번호 {S('KR_RRN', g.rrn('valid', d))}\n"
            f"건강보험 증번호 {S('KR_HEALTH_INSURANCE', g.hi())}\n사고차량 {S('KR_VEHICLE_PLATE', g.plate())}  운전면허 {S('KR_DRIVER_LICENSE', g.dl())}\n"
            f"수령계좌 {bank} {S('KR_BANK_ACCOUNT', acc)}\n청구인 서명 {S('PERSON', n)}")

@tpl("부동산 등기")
def t_registry(g):
    n = g.name()
    corp = g.r.random() < 0.4
    own = (f"{H('company_name', g.c(['주식회사 새솔개발', '한결건설 주식회사']))} {S('KR_CRN', g.crn())}" if corp
           else f"{S('PERSON', n)} {S('KR_RRN', g.rrn('masked'))}")
    return (f"【 갑 구 】 (소유권에 관한 사항)\n순위번호 {g.r.randint(1, 6)} | 소유권이전 | {H('non_birth_date', ymd(g, 2010, 2025))} 제{g.r.randint(1000, 99999)}호 | 매매\n"
            f"소유자 {own}\n{S('KR_ADDRESS', g.address())}\n"
            f"【 을 구 】 근저당권자 {H('company_name', g.c(['새빛상호저축은행', '한내농업협동조합']))} 채무자 {P(g)}")

@tpl("자동차 등록")
def t_vehicle(g):
    n = g.name()
    return (f"자동차등록원부(갑) 열람\n자동차등록번호 {S('KR_VEHICLE_PLATE', g.plate())}  차명 {g.c(['쏘나타', '포터Ⅱ', '모닝', '스타리아'])}\n"
            f"최종소유자 {S('PERSON', n)}  생년월일 {S('DATE_OF_BIRTH', g.dob())}\n사용본거지 {S('KR_ADDRESS', g.address())}\n"
            f"압류등록: {H('official_by_office', g.c(['한내구청장', '솔내시장', '세무서장']))} {H('doc_number', g.docno())}")

@tpl("과태료 고지")
def t_fine(g):
    pl = g.plate()
    return (f"주정차위반 과태료 사전통지서\n차량번호 {S('KR_VEHICLE_PLATE', pl)}\n소유자 {S('PERSON', g.name())} 귀하\n주소 {S('KR_ADDRESS', g.address('road_unit'))}\n"
            f"위반일시 {H('non_birth_date', ymd(g))} 08:4{g.r.randint(0, 9)}  장소 {g.c(['시장 앞 소방시설 5m 이내', '초등학교 정문 보호구역'])}\n금액 {H('amount', '40,000원')}\n"
            f"납부 가상계좌 {H('institution_account', '농협 ' + g.digits(3) + '-' + g.digits(4) + '-' + g.digits(4) + '-' + g.digits(2))} (예금주 {H('institution_name', '한내구청')})\n"
            f"의견제출: {H('institution_address', g.inst_address())} 교통행정과 {H('institution_phone', g.switchboard())}")

@tpl("교통사고 사실확인")
def t_accident(g):
    a, b = g.name(), g.name()
    return (f"교통사고사실확인원\n접수번호 {H('receipt_number', str(g.r.randint(2024, 2026)) + '-' + g.digits(5))}\n"
            f"(가)차량 {S('KR_VEHICLE_PLATE', g.plate())} 운전자 {S('PERSON', a)} 면허번호 {S('KR_DRIVER_LICENSE', g.dl())}\n"
            f"(나)차량 {S('KR_VEHICLE_PLATE', g.plate())} 운전자 {S('PERSON', b)} 면허번호 {S('KR_DRIVER_LICENSE', g.dl())} 연락처 {S('PHONE_NUMBER', g.phone(True))}\n"
            f"사고일시 {H('non_birth_date', ymd(g))} 장소 {g.c(['한내사거리', '솔내교 남단'])}")

@tpl("세무 민원")
def t_tax(g):
    n = g.name(); bank, acc = g.account()
    return (f"종합소득세 환급금 계좌 변경 신청\n성명 {S('PERSON', n)}  사업자등록번호 {S('KR_BRN', g.brn())}\n"
            f"상호 {H('company_name', g.c(['한결상회', '솔내식당', '새터공방']))}  전화 {S('PHONE_NUMBER', g.phone())}\n변경 계좌 {bank} {S('KR_BANK_ACCOUNT', acc)}\n"
            f"관련 {H('statute', '「국세기본법」 제51조')}  처리 {H('official_by_office', g.c(['한내세무서장', '솔내세무서장']))}")

@tpl("개인정보 유출 신고")
def t_breach(g):
    return (f"개인정보 유출 등 신고서\n기관명 {H('company_name', g.c(['(주)새솔커머스', '한결몰 주식회사', '(주)가람헬스']))}\n"
            f"법인등록번호 {S('KR_CRN', g.crn())}  사업자등록번호 {S('KR_BRN', g.brn())}\n대표자 {P(g)}\n"
            f"개인정보 보호책임자 {P(g)} ({S('PHONE_NUMBER', g.phone(False))}, {S('EMAIL_ADDRESS', g.email())})\n"
            f"유출 항목: 성명, 휴대전화번호, 생년월일 / 규모 약 {g.r.randint(100, 90000):,}명\n최초 인지 {H('non_birth_date', ymd(g))}\n공격자 IP {S('IP_ADDRESS', g.ip())}")

@tpl("접속기록")
def t_access_log(g):
    lines = []
    for i in range(g.r.randint(3, 6)):
        ts = f"2026-{g.r.randint(1, 11):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}"
        subj = g.c(["name", "rrn", "none", "phone"])
        what = {"name": "조회 대상 " + S("PERSON", g.name()), "rrn": "조회 " + S("KR_RRN", g.rrn(g.c(["masked", "valid"]))),
                "phone": "대상 연락처 " + S("PHONE_NUMBER", g.phone(True)), "none": "목록조회 " + str(g.r.randint(10, 500)) + "건"}[subj]
        lines.append(f"{H('non_birth_date', ts)} {H('system_user_id', g.c(['u', 'emp', 'adm']) + g.digits(5))} {S('IP_ADDRESS', g.ip())} {g.c(['READ', 'EXPORT', 'PRINT'])} {what}")
    return "# 개인정보처리시스템 접속기록 발췌\n" + "\n".join(lines)

@tpl("용역 계약")
def t_contract(g):
    bank, acc = g.account()
    rep = g.name()
    co = g.c(['(주)가람소프트', '새터엔지니어링(주)', '주식회사 너울데이터'])
    return (f"용역 계약서\n발주기관: {H('institution_name', g.c(['한내구청', '솔내군']))} ({H('institution_address', g.inst_address())})\n"
            f"계약상대자: {H('company_name', co)} 대표이사 {S('PERSON', rep)}\n"
            f"사업자등록번호 {S('KR_BRN', g.brn())} / 법인등록번호 {S('KR_CRN', g.crn())}\n소재지 {S('KR_ADDRESS', g.address())}\n"
            f"대금 지급계좌 {bank} {S('KR_BANK_ACCOUNT', acc)} (예금주 {H('company_name', co)})\n계약금액 {H('amount', g.amount())}")

@tpl("건강보험 자격")
def t_hi(g):
    n = g.name()
    return (f"건강보험 자격득실 확인서\n가입자 {S('PERSON', n)}  주민등록번호 {S('KR_RRN', g.rrn('masked'))}\n증번호 {S('KR_HEALTH_INSURANCE', g.hi())}\n"
            f"사업장 {H('company_name', g.c(['(주)한내금속', '솔내농원']))} (사업자 {S('KR_BRN', g.brn())})\n취득일 {H('non_birth_date', ymd(g, 2015, 2025))}\n"
            f"발급: {H('institution_name', '국민건강보험공단')} {H('institution_phone', g.switchboard())}")

@tpl("복지 급여 신청")
def t_welfare(g):
    n = g.name(); d = g.date(1940, 1990)
    bank, acc = g.account()
    fam = g.name(); fd = g.date(2005, 2018)
    return (f"사회보장급여 신청(변경)서\n신청인 {S('PERSON', n)} 주민등록번호 {S('KR_RRN', g.rrn('valid', d))}\n주소 {S('KR_ADDRESS', g.address())}\n"
            f"전화 {S('PHONE_NUMBER', g.phone(True))}\n가구원: 자녀 {S('PERSON', fam)} ({S('DATE_OF_BIRTH', g.dob(fd, g.c(['dot_sp', 'kor', 'dot0'])))}생)\n"
            f"급여 수령 계좌 {bank} {S('KR_BANK_ACCOUNT', acc)}\n접수 {H('official_by_office', g.c(['한내동장', '솔내읍장']))}")

@tpl("소방 민원")
def t_fire(g):
    n = g.name()
    return (f"화재현장 조사서(요약)\n발생 {H('non_birth_date', ymd(g))} 03:1{g.r.randint(0, 9)}  장소 {S('KR_ADDRESS', g.address('jibun'))}\n"
            f"관계인 {S('PERSON', n)}({g.r.randint(30, 80)}세, 건물주) {S('PHONE_NUMBER', g.phone(True))}\n최초 신고자 {P(g)}\n"
            f"소실 차량 {S('KR_VEHICLE_PLATE', g.plate())}\n재산피해 {H('amount', g.amount())}\n조사관 소방위 {P(g)}")

@tpl("급여 지급 명세")
def t_payroll(g):
    sep = g.c(SEPS)
    rows = []
    for i in range(g.r.randint(3, 6)):
        bank, acc = g.account()
        rows.append(row([S("PERSON", g.name()), bank if g.r.random() < 0.6 else "", S("KR_BANK_ACCOUNT", acc), H("amount", g.amount())], sep).replace(sep + sep, sep))
    return f"{g.c(['기간제근로자', '시간선택제 강사', '공공근로'])} {g.r.randint(1, 12)}월 보수 지급 명세\n" + "\n".join(rows)

@tpl("장학금")
def t_scholar(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        d = g.date(2000, 2008)
        bank, acc = g.account()
        rows.append(f"○ {S('PERSON', g.name())}({S('DATE_OF_BIRTH', g.dob(d, g.c(['yy_dot', 'yymmdd', 'dot_sp'])))}) {g.c(['가람대', '한내대', '솔내고'])} — {bank} {S('KR_BANK_ACCOUNT', acc)}")
    return "지역인재 장학금 지급 대상자\n" + "\n".join(rows) + f"\n지급 근거 {H('statute', '「한내구 장학기금 조례」 제7조')}"

@tpl("옛 문서 스캔")
def t_oldscan(g):
    n1, n2 = g.name(), g.name()
    d = g.date(1930, 1965)
    return (f"土地臺帳 謄本 (스캔)\n소유자 {S('PERSON', n1)} 주소 {S('KR_ADDRESS', g.address('jibun'))}\n"
            f"주민등록번호 {S('KR_RRN', g.rrn('valid', d))}\n변동일자 {H('non_birth_date', ymd(g, 1975, 1999))} 소유권이전 → {S('PERSON', n2)}\n"
            f"취급자 {H('official_by_office', '지적계장')}")

@tpl("문자발송 내역")
def t_sms(g):
    lines = []
    for i in range(g.r.randint(3, 6)):
        lines.append(f"[{H('non_birth_date', f'2026-{g.r.randint(1,11):02d}-{g.r.randint(1,28):02d} {g.r.randint(9,18):02d}:{g.r.randint(0,59):02d}')}] 수신 {S('PHONE_NUMBER', g.phone(True))} {S('PERSON', g.name())} 결과:{g.c(['성공', '실패(결번)', '성공'])}")
    return "재난문자 외 개별 안내문자 발송 결과\n발신번호 " + H('institution_phone', g.switchboard()) + "\n" + "\n".join(lines)

@tpl("이메일 전달")
def t_email(g):
    a, b = g.name(), g.name()
    return (f"보낸사람: {S('PERSON', a)} <{S('EMAIL_ADDRESS', g.email())}>\n받는사람: {S('PERSON', b)} 주무관 <{S('EMAIL_ADDRESS', g.email())}>\n"
            f"제목: 민원 회신 요청 건\n\n{S('PERSON', b)} 주무관님, 지난번 통화한 {S('PERSON', a)}입니다. 제 휴대폰({S('PHONE_NUMBER', g.phone(True))})으로 연락 부탁드립니다.\n"
            f"* 공용 민원 메일 {H('institution_email', 'minwon@' + g.c(['hannae', 'solnae']) + '.go.kr')}")

@tpl("국가유공자")
def t_veteran(g):
    n = g.name(); d = g.date(1928, 1955)
    return (f"국가유공자 등록 신청 안내 회신\n{S('PERSON', n)} 님({S('DATE_OF_BIRTH', g.dob(d, g.c(['kor', 'dot_sp', 'kor_yy'])))}생)의 신청에 대하여 {H('statute', '「국가유공자 등 예우 및 지원에 관한 법률」 제6조')}에 따라 심사 중입니다.\n"
            f"유족 {P(g)} 씨의 연락처 {S('PHONE_NUMBER', g.phone(True))}로 결과를 알려드리겠습니다.\n{H('official_by_office', g.c(['한내보훈지청장', '솔내보훈지청장']))}")

@tpl("해양사고 승선원")
def t_marine(g):
    rows = []
    for i in range(g.r.randint(2, 4)):
        fl, fh, c, sx = g.fperson()
        pp, c = g.passport("foreign", c)
        rows.append(f"{S('PERSON', g.c([fl, fh]))}, {c}, 여권 {S('KR_PASSPORT', pp)}, 외국인등록 {S('KR_FRN', g.frn(g.date(1970, 2003), sex=sx))}, 상태 {g.c(['구조', '병원 이송', '실종'])}")
    return f"어선 {g.c(['한내호', '솔내3호'])} 전복사고 승선원 현황\n선장 {P(g)}({S('PHONE_NUMBER', g.phone(True))})\n" + "\n".join(rows)

@tpl("운전면허 행정처분")
def t_dl_admin(g):
    n = g.name()
    return (f"운전면허 정지처분 결정통지서\n성명 {S('PERSON', n)}  생년월일 {S('DATE_OF_BIRTH', g.dob())}\n면허번호 {S('KR_DRIVER_LICENSE', g.dl())}\n"
            f"주소 {S('KR_ADDRESS', g.address())}\n처분 사유: 벌점 누산(처분벌점 {g.r.randint(40, 110)}점)\n근거 {H('statute', '「도로교통법」 제93조')}  {H('official_by_office', g.c(['서울특별시경찰청장', '경기남부경찰청장']))}")

@tpl("전산 오류 로그")
def t_syslog(g):
    lines = []
    for i in range(g.r.randint(3, 5)):
        k = g.c(["card", "acct", "email", "ip", "hi"])
        v = {"card": "card=" + S("CREDIT_CARD", g.card(sep="")), "acct": "acct=" + S("KR_BANK_ACCOUNT", g.account()[1]),
             "email": "email=" + S("EMAIL_ADDRESS", g.email()), "ip": "client=" + S("IP_ADDRESS", g.ip()), "hi": "nhis_no=" + S("KR_HEALTH_INSURANCE", g.hi())}[k]
        lines.append(f"{g.c(['ERROR', 'WARN', 'INFO'])} pay-gw[{g.r.randint(100, 9999)}] {H('system_user_id', 'uid=' + g.c(['svc_', 'batch']) + g.digits(3))} {v} ver={H('version_number', '10.' + str(g.r.randint(0, 9)) + '.' + g.digits(4))}")
    return "수납 연계 서버 오류 로그(마스킹 누락 점검 대상)\n" + "\n".join(lines)

@tpl("카드 분실 신고")
def t_card_lost(g):
    n = g.name()
    return (f"{S('PERSON', n)} 고객님({S('PHONE_NUMBER', g.phone(True))})께서 {H('non_birth_date', ymd(g))} 분실 신고하신 카드 {S('CREDIT_CARD', g.card())} 및 "
            f"가족카드 {S('CREDIT_CARD', g.card())}의 사용을 정지하였습니다. 재발급 카드는 {S('KR_ADDRESS', g.address('road_unit'))}로 발송됩니다.")

@tpl("공고", nopii=True)
def t_notice(g):
    return (f"{H('institution_name', g.c(['한내구', '솔내군', '가람시']))} 공고 제{H('doc_number', str(g.r.randint(2024, 2026)) + '-' + str(g.r.randint(10, 999)))}호\n"
            f"{g.c(['공유재산 대부 일반입찰', '공동주택 관리비 지원사업 모집', '소규모 하천 정비공사 주민설명회'])}\n"
            f"1. 일시: {H('non_birth_date', ymd(g))} 14:00\n2. 장소: {H('institution_address', g.inst_address())} 대회의실\n"
            f"3. 근거: {H('statute', '「공유재산 및 물품 관리법」 제31조')}\n4. 문의: {H('institution_phone', g.switchboard())} / 작성 예시 성명란 {H('placeholder_person', '홍길동')}, 주민번호란 {H('placeholder_id', '000000-0000000')}")

@tpl("통계표", nopii=True)
def t_stats(g):
    rows = [" | ".join([g.c(["1분기", "2분기", "3분기", "4분기"]), f"{g.r.randint(100, 9000):,}건", f"{g.r.randint(1, 99)}.{g.r.randint(0, 9)}%", H("amount", g.amount())]) for _ in range(4)]
    return f"{g.c(['여권 발급', '외국인 등록', '119 구급 출동', '과태료 부과'])} 현황(기준일 {H('non_birth_date', ymd(g))})\n" + "\n".join(rows) + f"\n자료: {H('doc_number', g.docno())}"

@tpl("질의회신", nopii=True)
def t_qa(g):
    return (f"[질의] 갑은 {H('non_birth_date', ymd(g, 2018, 2024))} 주택을 취득한 후 을에게 임대하였습니다. 이 경우 {H('statute', '「소득세법」 제89조 제1항 제3호')}의 적용 여부는?\n"
            f"[회신] 귀 질의의 경우 기존 해석사례({H('doc_number', '서면-' + str(g.r.randint(2019, 2024)) + '-법규재산-' + g.digits(4))})를 참고하시기 바랍니다. "
            f"관련 판례 {H('case_number', g.casen())} 참조. 담당 {H('official_by_office', '재산세과장')}")

@tpl("카드 결제 대조")
def t_card_recon(g):
    sep = g.c(SEPS)
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(row([H("non_birth_date", f"{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}"), S("CREDIT_CARD", g.card()), S("PERSON", g.name()), H("amount", g.amount())], sep))
    return f"{g.c(['체육센터 강습료', '평생학습관 수강료', '공영주차장 정기권'])} 카드 결제분 환불 대조표(카드사 회신)\n" + "\n".join(rows)

@tpl("결제 취소 로그")
def t_pg_log(g):
    lines = []
    for i in range(g.r.randint(3, 5)):
        lines.append(f"[{g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}] CANCEL tid={H('receipt_number', 'T' + g.digits(10))} card_no={S('CREDIT_CARD', g.card(sep=g.c(['', '-'])))} amt={g.r.randint(1, 99) * 1000} ip={S('IP_ADDRESS', g.ip())}")
    return "전자수납 결제취소 처리 로그(원본 — 카드번호 마스킹 누락)\n" + "\n".join(lines)

@tpl("건강보험 피부양자")
def t_hi_dependents(g):
    rows = []
    sep = g.c(SEPS)
    for i in range(g.r.randint(3, 5)):
        rel = g.c(["배우자", "자녀", "부", "모", "손자녀"])
        d = {"배우자": g.date(1960, 1995), "자녀": g.date(1995, 2020), "부": g.date(1940, 1965), "모": g.date(1940, 1968), "손자녀": g.date(2012, 2024)}[rel]
        rows.append(row([rel, S("PERSON", g.name()), S("DATE_OF_BIRTH", g.dob(d, g.c(["dot0", "yymmdd", "iso"]))), S("KR_HEALTH_INSURANCE", g.hi())], sep))
    return f"피부양자 자격 취득 신고 (직장가입자 {P(g)})\n" + "\n".join(rows)

@tpl("요양급여 청구")
def t_claims(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(f"{g.digits(2)}-{S('PERSON', g.name())}-{S('KR_HEALTH_INSURANCE', g.hi())}-{g.c(['J20.9', 'M54.5', 'K29.7', 'I10'])}-{H('amount', g.amount())}")
    return f"{g.c(['솔내의원', '가람내과', '한내한의원'])} 요양급여비용 심사 조정 내역(수진자별)\n" + "\n".join(rows)

@tpl("입찰 참가업체")
def t_bidders(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(f"{i + 1}) {H('company_name', g.c(['(주){}', '{}(주)', '{} 주식회사', '주식회사 {}']).format(g.c(['한결', '새솔', '가람', '다온', '너울', '해오름']) + g.c(['건설', '엔지니어링', '조경', '전기', '산업'])))} 대표 {S('PERSON', g.name())} 법인등록번호 {S('KR_CRN', g.crn())} 사업자 {S('KR_BRN', g.brn())} 투찰 {H('amount', g.amount())}")
    return f"개찰 결과 — {g.c(['한내천 산책로 조성공사', '솔내 청사 방수공사', '가람동 하수관로 정비'])} (공고번호 {H('record_number', '2026' + g.digits(7) + '-00')})\n" + "\n".join(rows)

@tpl("법인 등기 변경")
def t_corp_reg(g):
    return (f"법인 변경등기 신청(임원 변경)\n상호 {H('company_name', g.c(['주식회사 너울바이오', '다온테크 주식회사']))}  등기번호 {H('record_number', g.digits(6))}\n"
            f"법인등록번호 {S('KR_CRN', g.crn())}\n취임 사내이사 {S('PERSON', g.name())} ({S('DATE_OF_BIRTH', g.dob())}생) 주소 {S('KR_ADDRESS', g.address())}\n"
            f"퇴임 사내이사 {P(g)}\n자회사 {H('company_name', '(주)너울랩')} 법인등록번호 {S('KR_CRN', g.crn())}")

@tpl("업무 안내", nopii=True)
def t_guide(g):
    return (f"{g.c(['여권 재발급', '외국인등록증 재발급', '운전면허 갱신', '사업자등록 정정'])} 민원 처리 안내\n"
            f"- 처리 기한: {g.r.randint(3, 10)}일 (근거 {H('statute', '「민원 처리에 관한 법률 시행령」 별표')})\n- 수수료: {H('amount', format(g.r.randint(3, 60) * 1000, ',') + '원')}\n"
            f"- 접수처: {H('institution_address', g.inst_address())} 1층 민원실\n- 상담: {H('institution_phone', g.switchboard())} 또는 {H('institution_phone', g.c(['110', '120', '1345']))}\n"
            f"- 서식 예시의 {H('placeholder_person', '김○○')} 칸은 실명으로 적습니다.")

@tpl("예산 집행", nopii=True)
def t_budget(g):
    rows = [f"{g.c(['인건비', '운영비', '여비', '업무추진비', '자산취득비'])}\t{H('amount', g.amount())}\t{H('amount', g.amount())}\t{g.r.randint(30, 99)}%" for _ in range(g.r.randint(3, 5))]
    return f"{g.c(['민원여권과', '보건행정과', '교통행정과'])} 예산 집행 현황 ({H('non_birth_date', ymd(g))} 기준, {H('doc_number', g.docno())})\n" + "\n".join(rows)

@tpl("사건 통계", nopii=True)
def t_case_stats(g):
    return (f"{g.c(['한내경찰서', '솔내소방서', '가람보호관찰소'])} 월간 업무 실적 ({H('non_birth_date', str(g.r.randint(2025, 2026)) + '년 ' + str(g.r.randint(1, 12)) + '월')})\n"
            f"접수 {g.r.randint(100, 900)}건, 처리 {g.r.randint(100, 900)}건, 이월 {g.r.randint(1, 60)}건\n주요 사건 {H('case_number', g.casen())}, {H('case_number', g.casen())} 등은 {H('official_by_office', '수사과장')}이 직접 지휘")

@tpl("운수종사자 자격")
def t_taxi(g):
    sep = g.c(SEPS)
    rows = [row([S("PERSON", g.name()), S("KR_DRIVER_LICENSE", g.dl()), S("KR_VEHICLE_PLATE", g.plate()), g.c(["개인택시", "법인택시", "화물"])], sep) for _ in range(g.r.randint(3, 5))]
    return f"운수종사자 자격 유지 검사 대상 ({H('non_birth_date', ymd(g))} 기준)\n" + "\n".join(rows)

@tpl("적성검사 안내")
def t_dl_renew(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(f"{i + 1}. {S('PERSON', g.name())} / 면허 {S('KR_DRIVER_LICENSE', g.dl())} / 생년 {S('DATE_OF_BIRTH', g.dob(g.date(1940, 1965), g.c(['yymmdd', 'dot0', 'kor'])))}")
    return "고령운전자 적성검사 미필 안내 대상\n" + "\n".join(rows) + f"\n문의 {H('institution_phone', g.switchboard())}"

@tpl("외국인 주민 지원")
def t_frn_list(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        bank, acc = g.account()
        fl, fh, c, sx = g.fperson()
        rows.append(f"{S('PERSON', g.c([fl, fh]))}\t{S('KR_FRN', g.frn(g.date(1965, 2005), g.r.random() < 0.15, sx))}\t{bank}\t{S('KR_BANK_ACCOUNT', acc)}")
    return f"외국인 주민 {g.c(['생활안정지원금', '한국어교실 교통비', '건강검진비'])} 지급 명단\n" + "\n".join(rows)

@tpl("자동납부 카드 등록")
def t_card_batch(g):
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(f"{S('PERSON', g.name())} {S('CREDIT_CARD', g.card())} {S('PHONE_NUMBER', g.phone(True))} {S('EMAIL_ADDRESS', g.email()) if g.r.random() < 0.5 else ''}".rstrip())
    return f"{g.c(['상수도 요금', '공영주차장 정기권', '체육센터 회비'])} 카드 자동납부 신규 등록 명단\n" + "\n".join(rows)

@tpl("주민등록 사실조사")
def t_rrn_list(g):
    sep = g.c(SEPS)
    rows = []
    for i in range(g.r.randint(3, 5)):
        rows.append(row([S("PERSON", g.name()), S("KR_RRN", g.rrn(g.c(["valid", "valid", "post", "masked"]))), S("KR_ADDRESS", g.address("road_unit")) if g.r.random() < 0.4 else "거주불명"], sep))
    return f"{g.r.randint(2025, 2026)}년 주민등록 사실조사 — 무단전출 의심 세대원\n" + "\n".join(rows) + f"\n조사자 {H('official_by_office', g.c(['한내동장', '솔내읍장']))}"

# ---------------------------------------------------------------- validation
TITLES = ("씨", "님", "귀하", "주무관", "과장", "팀장", "경위", "경사", "판사", "검사", "변호사", "위원", "선생", "군", "양")
PLACEHOLDERS = {"홍길동", "김○○", "갑", "을"}
DL_RE = re.compile(r"^(?:\d{2}-\d{2}-\d{6}-\d{2}|(?:%s) ?\d{2}-\d{6}-\d{2}|\d{12})$" % "|".join(DL_REG))
PLATE_RE = re.compile(r"^(?:(?:%s) ?)?\d{2,3}[가-힣] ?\d{4}$" % "|".join(DL_REG))

def parse_dob(s):
    s = s.strip()
    pats = [(r"^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?$", "ymd"), (r"^(\d{4})년 ?(\d{1,2})월 ?(\d{1,2})일$", "ymd"),
            (r"^(\d{4})[-/](\d{2})[-/](\d{2})$", "ymd"), (r"^(\d{2})\.(\d{2})\.(\d{2})\.?$", "yy"), (r"^(\d{2})(\d{2})(\d{2})$", "yy"),
            (r"^(\d{2}) ([A-Z]{3}) (\d{4})$", "dMy"), (r"^([A-Z][a-z]+) (\d{1,2}), (\d{4})$", "Mdy"), (r"^(\d{2})년 ?(\d{1,2})월 ?(\d{1,2})일$", "yy"),
            (r"^(\d{2}) (\d{1,2})월/([A-Z]{3}) (\d{4})$", "kpp"), (r"^(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日$", "ymd"),
            (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "dmy"), (r"^(\d{4})\.(\d{2})\.(\d{2})\.?$", "ymd"),
            (r"^(\d{2})\. ?(\d{1,2})\. ?(\d{1,2})\.?$", "yy"), (r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", "dmy"),
            (r"^(\d{2})([A-Z]{3})(\d{2})$", "dMyy")]
    for p, k in pats:
        m = re.match(p, s)
        if not m:
            continue
        gr = m.groups()
        if k == "ymd": y, mo, d = int(gr[0]), int(gr[1]), int(gr[2])
        elif k == "yy": y, mo, d = 1900 + int(gr[0]), int(gr[1]), int(gr[2])
        elif k == "dMy": y, mo, d = int(gr[2]), MON.index(gr[1]) + 1, int(gr[0])
        elif k == "Mdy": y, mo, d = int(gr[2]), MON_FULL.index(gr[0]) + 1, int(gr[1])
        elif k == "kpp": y, mo, d = int(gr[3]), int(gr[1]), int(gr[0]); assert MON[mo - 1] == gr[2]
        elif k == "dmy": y, mo, d = int(gr[2]), int(gr[1]), int(gr[0])
        elif k == "dMyy": y, mo, d = 1900 + int(gr[2]), MON.index(gr[1]) + 1, int(gr[0])
        datetime.date(y, mo, d)
        return True
    return False

def check_span(sp, text):
    t = sp["type"]; v = text[sp["start"]:sp["end"]]
    assert v == sp["value"], (v, sp)
    assert v == v.strip() and v, repr(v)
    c = re.sub(r"\s", "", norm(v, t))
    sub = sp["subkind"]
    if t == "PERSON":
        assert v not in PLACEHOLDERS and "○" not in v and "*" not in v, v
        if re.fullmatch(r"[가-힣 ]+", v):
            assert 2 <= len(c) <= 12, v
            for ti in TITLES:
                if len(ti) > 1:
                    assert not c.endswith(ti), v
            assert not c.endswith("씨") and not c.endswith("님"), v
    elif t == "KR_RRN":
        assert re.fullmatch(r"\d{6}-?\d[\d*●XxＸ]{6}", c), v
        d = rrn_date(c)
        dd = re.sub(r"\D", "", c)
        if sub == "rrn_masked":
            assert re.fullmatch(r"\d{6}-?\d[*●Xx]{6}", c), v
        elif sub == "rrn_post2020":
            assert d >= datetime.date(2020, 10, 1) and rrn_check(dd[:12]) != int(dd[12]), v
        else:
            assert sub == "rrn_valid" and d < datetime.date(2020, 10, 1) and rrn_check(dd[:12]) == int(dd[12]), v
    elif t == "KR_FRN":
        assert re.fullmatch(r"\d{6}-?[5-8][\d*]{6}", c), v
        rrn_date(c)
        if sub not in ("frn_masked", "frn_typo_invalid"):
            dd = re.sub(r"\D", "", c)
            assert frn_check(dd[:12]) == int(dd[12]), v
    elif t == "KR_BRN":
        assert re.fullmatch(r"\d{3}-?\d{2}-?\d{5}", c), v
        dd = re.sub(r"\D", "", c); assert brn_check(dd[:9]) == int(dd[9]), v
    elif t == "KR_CRN":
        assert re.fullmatch(r"\d{6}-?\d{7}", c), v
        dd = re.sub(r"\D", "", c); assert crn_check(dd[:12]) == int(dd[12]), v
    elif t == "CREDIT_CARD":
        if sub == "card_masked":
            assert re.fullmatch(r"[\d*\-]{15,19}", c) and "*" in c, v
        else:
            dd = re.sub(r"[- ]", "", c); assert dd.isdigit() and len(dd) in (14, 15, 16) and luhn_ok(dd), v
    elif t == "KR_BANK_ACCOUNT":
        assert re.fullmatch(r"\d[\d-]*\d", c) and 10 <= len(re.sub(r"\D", "", c)) <= 16, v
    elif t == "PHONE_NUMBER":
        assert re.fullmatch(r"(\+82-?|\(?0\d{1,2}\)?-?)[\d).-]{6,12}\d|\d{2,4}[-.]\d{3,4}[-.]\d{4}", c) or re.fullmatch(r"\+\d{1,3}-?[\d-]{7,14}|82\d{9,10}", c), v
    elif t == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", c), v
    elif t == "IP_ADDRESS":
        if ":" in c:
            assert re.fullmatch(r"[0-9a-f:]+", c), v
        else:
            ps = c.split("."); assert len(ps) == 4 and all(0 <= int(p) <= 255 for p in ps), v
    elif t == "KR_PASSPORT":
        assert re.fullmatch(r"[A-Z0-9*●]{6,10}", c.replace("-", "").translate(CONFUSE)), v
    elif t == "KR_DRIVER_LICENSE":
        assert DL_RE.match(c.replace("", "")) or DL_RE.match(norm(v, t).replace("\n", "").strip()), v
    elif t == "KR_VEHICLE_PLATE":
        assert PLATE_RE.match(re.sub(r"\s+", " ", norm(v, t).translate(CONFUSE))), v
    elif t == "KR_HEALTH_INSURANCE":
        assert re.fullmatch(r"\d{11}|\d-\d{10}", c), v
    elif t == "DATE_OF_BIRTH":
        dv = re.sub(r"\s*([-/])\s*", r"\1", re.sub(r"\s+", " ", norm(v, t)))
        for _ in range(3):
            dv = re.sub(r"(?<=\d)[OolIBS]|[OolIBS](?=\d)", lambda m: m.group(0).translate(CONFUSE), dv)
        assert parse_dob(dv) or parse_dob(re.sub(r"(\d)\s+(\d)", r"\1\2", dv)), v
    elif t == "KR_ADDRESS":
        assert re.search(r"\d", v) and re.match(r"[가-힣]", v), v
        assert not v.endswith(")") and not re.match(r"\(?\d{5}\)", v), v

SUSPECT = [("mobile", re.compile(r"01[016789][-\s.]?\d{3,4}[-\s.]?\d{4}")),
           ("email", re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+")),
           ("rrn_shape", re.compile(r"\d{6}\s?-\s?[\d*●]{7}")),
           ("card_shape", re.compile(r"\b\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b")),
           ("ipv4", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
           ("passport_kr", re.compile(r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z0-9]\d{4}(?![A-Za-z0-9])"))]

def validate_record(rec, meta):
    text = rec["text"]; spans = rec["spans"]
    prev = 0
    for sp, ms in zip(spans, meta["spans"]):
        assert sp["start"] >= prev and sp["end"] > sp["start"] and sp["end"] <= len(text), rec["id"]
        prev = sp["end"]
        check_span(dict(sp, subkind=ms["subkind"], value=ms["value"]), text)
    covered = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            covered[i] = True
    hn_cov = [False] * len(text)
    for h in meta["hard_negatives"]:
        assert text[h["start"]:h["end"]] == h["text"]
        for i in range(h["start"], h["end"]):
            hn_cov[i] = True
            assert not covered[i], (rec["id"], h)
    # every other occurrence of a labelled value is labelled
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        if sp["type"] == "PERSON" and len(v) <= 1:
            continue
        for m in re.finditer(re.escape(v), text):
            if all(covered[m.start():m.end()]):
                continue
            if sp["type"] == "PERSON":
                b = text[m.start() - 1] if m.start() else " "
                a = text[m.end()] if m.end() < len(text) else " "
                if re.match(r"[가-힣A-Za-z]", b) or (re.match(r"[A-Za-z]", a)):
                    continue
            else:
                b = text[m.start() - 1] if m.start() else " "
                a = text[m.end()] if m.end() < len(text) else " "
                if re.match(r"[0-9A-Za-z]", b) or re.match(r"[0-9A-Za-z]", a):
                    continue
            raise AssertionError(f"{rec['id']}: unlabelled repeat of {sp['type']} {v!r} at {m.start()}")
    # PII-looking strings outside spans and outside tagged hard negatives
    masked = "".join("■" if covered[i] or hn_cov[i] else ch for i, ch in enumerate(unicodedata.normalize("NFKC", text)) ) if len(unicodedata.normalize("NFKC", text)) == len(text) else None
    if masked is None:
        masked = "".join("■" if covered[i] or hn_cov[i] else ch for i, ch in enumerate(text))
    for name, rx in SUSPECT:
        m = rx.search(masked)
        if m:
            raise AssertionError(f"{rec['id']}: PII-looking {name} outside spans: {m.group(0)!r}")
    for ph in ("홍길동",):
        for m in re.finditer(ph, text):
            assert all(hn_cov[m.start():m.end()]), (rec["id"], "untagged placeholder")

# ---------------------------------------------------------------- build
def build_record(rid, marked, genre, template, handwritten, ocr, base_genre):
    genre = GENRE_NORM.get(genre, genre)
    base_genre = GENRE_NORM.get(base_genre, base_genre)
    text, spans, hns = parse(marked)
    spans.sort(key=lambda s: s["start"])
    rec = {"id": rid, "text": text, "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in spans], "genre": genre}
    mspans = []
    for s in spans:
        sub = s["subkind"] or auto_sub(s)
        mspans.append({"start": s["start"], "end": s["end"], "type": s["type"], "subkind": sub, "noise": auto_noise(s), "value": s["value"]})
    meta = {"id": rid, "template": template, "genre": genre, "base_genre": base_genre, "family": family(genre if not ocr else "OCR"),
            "handwritten": handwritten, "ocr": ocr,
            "spans": mspans, "hard_negatives": hns}
    return rec, meta

def main():
    rng = random.Random(SEED)
    CTX.rng = rng
    g = G(rng)
    sys.path.insert(0, HERE)
    import handwritten
    items = []
    for i, (genre, ocr, marked) in enumerate(handwritten.DOCS):
        items.append((marked, "스캔문서(OCR)" if ocr else genre, f"hw_{i + 1:03d}", True, ocr, genre))
    order = list(TEMPLATES)
    tcount = Counter()

    def one(k):
        name, genre, f, nopii = order[k % len(order)]
        ocr = (not nopii) and rng.random() < 0.16
        CTX.ocr = ocr
        marked = f(g)
        CTX.ocr = False
        tcount[name] += 1
        return (marked, "스캔문서(OCR)" if ocr else genre, name, False, ocr, genre)

    k = 0
    N_TEMPLATE = 228
    while k < N_TEMPLATE:
        if k % len(order) == 0:
            rng.shuffle(order)
        items.append(one(k)); k += 1
    # top up types below their minimum with templates that carry them (deterministic)
    def type_counts():
        c = Counter()
        for it in items:
            for m in MARK_RE.finditer(it[0]):
                if m.group(1):
                    c[m.group(1)] += 1
        return c
    rich = {"KR_PASSPORT": ["t_crew", "t_flight", "t_fworkers"], "KR_BANK_ACCOUNT": ["t_payroll", "t_corrections"],
            "CREDIT_CARD": ["t_card_recon", "t_pg_log", "t_card_batch"], "DATE_OF_BIRTH": ["t_probation", "t_vacc"],
            "KR_FRN": ["t_frn_list", "t_fworkers"], "KR_BRN": ["t_bidders", "t_contract"], "KR_CRN": ["t_bidders", "t_corp_reg"],
            "KR_HEALTH_INSURANCE": ["t_hi_dependents", "t_claims"], "KR_DRIVER_LICENSE": ["t_taxi", "t_dl_renew"], "IP_ADDRESS": ["t_access_log"],
            "KR_VEHICLE_PLATE": ["t_accident", "t_hotel"], "KR_RRN": ["t_rrn_list", "t_welfare"], "EMAIL_ADDRESS": ["t_event", "t_card_batch"],
            "KR_ADDRESS": ["t_fine", "t_auction"], "PHONE_NUMBER": ["t_sms"], "PERSON": ["t_event"]}
    byname = {t[0]: t for t in TEMPLATES}
    for _ in range(60):
        c = type_counts()
        short = sorted([t for t in TYPES if c[t] < MINS[t] + 4], key=lambda t: c[t] / MINS[t])
        if not short:
            break
        t = short[0]
        nm = rich[t][_ % len(rich[t])]
        order2 = order
        idx = [i for i, x in enumerate(order2) if x[0] == nm][0]
        items.append(one(idx))
    random.Random(SEED + "-order").shuffle(items)
    recs, metas = [], []
    for i, (marked, genre, tname, hw, ocr, base) in enumerate(items):
        rid = f"pii_bk-{i + 1:04d}"
        rec, meta = build_record(rid, marked, genre, tname, hw, ocr, base)
        recs.append(rec); metas.append(meta)
    with open(os.path.join(HERE, "pii_bk.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_bk.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    stats = make_stats(recs, metas)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    validate_files()

def make_stats(recs, metas):
    st = {"records": len(recs), "handwritten": sum(m["handwritten"] for m in metas),
          "template_records": sum(not m["handwritten"] for m in metas),
          "templates_used": len({m["template"] for m in metas if not m["handwritten"]}),
          "ocr_records": sum(m["ocr"] for m in metas), "no_pii_records": sum(not r["spans"] for r in recs),
          "spans": sum(len(r["spans"]) for r in recs)}
    st["by_type"] = dict(sorted(Counter(s["type"] for r in recs for s in r["spans"]).items()))
    st["by_genre"] = {}
    for r in recs:
        gg = st["by_genre"].setdefault(r["genre"], {"records": 0, "no_pii": 0, "spans": 0})
        gg["records"] += 1; gg["no_pii"] += (not r["spans"]); gg["spans"] += len(r["spans"])
    st["by_family"] = {}
    for r, m in zip(recs, metas):
        ff = st["by_family"].setdefault(m["family"], {"records": 0, "no_pii": 0, "spans": 0, "handwritten": 0})
        ff["records"] += 1; ff["no_pii"] += (not r["spans"]); ff["spans"] += len(r["spans"]); ff["handwritten"] += m["handwritten"]
    st["subkinds"] = dict(sorted(Counter(f"{s['type']}/{s['subkind']}" for m in metas for s in m["spans"]).items()))
    st["noise_tags"] = dict(sorted(Counter(t for m in metas for s in m["spans"] for t in s["noise"]).items()))
    st["spans_with_noise"] = sum(1 for m in metas for s in m["spans"] if s["noise"])
    st["hard_negatives"] = dict(sorted(Counter(h["category"] for m in metas for h in m["hard_negatives"]).items()))
    st["by_type_handwritten"] = dict(sorted(Counter(s["type"] for m in metas if m["handwritten"] for s in m["spans"]).items()))
    return st

def validate_files():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "pii_bk.jsonl"), encoding="utf-8")]
    metas = [json.loads(l) for l in open(os.path.join(HERE, "pii_bk.meta.jsonl"), encoding="utf-8")]
    assert len(recs) == len(metas) and len(recs) >= 350
    ids = set()
    for r, m in zip(recs, metas):
        assert set(r) == {"id", "text", "spans", "genre"} and r["id"] == m["id"] and r["id"] not in ids
        ids.add(r["id"])
        for s in r["spans"]:
            assert set(s) == {"start", "end", "type"} and s["type"] in TYPES
        assert [(s["start"], s["end"], s["type"]) for s in r["spans"]] == [(s["start"], s["end"], s["type"]) for s in m["spans"]]
        validate_record(r, m)
    st = make_stats(recs, metas)
    for t in TYPES:
        assert st["by_type"].get(t, 0) >= MINS[t], (t, st["by_type"].get(t, 0))
    assert st["handwritten"] >= 140, st["handwritten"]
    assert st["templates_used"] >= 40
    print(json.dumps({k: st[k] for k in ("records", "handwritten", "template_records", "templates_used", "ocr_records", "no_pii_records", "spans", "by_type")}, ensure_ascii=False))

if __name__ == "__main__":
    main()
