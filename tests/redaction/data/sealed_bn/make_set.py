#!/usr/bin/env python3
"""Build the pii_bn independent evaluation set (standard library only, deterministic).

python make_set.py   -> writes pii_bn.jsonl, pii_bn.meta.jsonl, stats.json and validates them.
"""
import hashlib, ipaddress, json, os, random, re, sys, unicodedata, datetime
from collections import Counter, defaultdict

SEED = "pii_bn-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_ADDRESS", "DATE_OF_BIRTH", "KR_BANK_ACCOUNT",
         "KR_RRN", "IP_ADDRESS", "KR_PASSPORT", "KR_BRN", "KR_DRIVER_LICENSE", "KR_FRN",
         "KR_VEHICLE_PLATE", "KR_HEALTH_INSURANCE", "CREDIT_CARD", "KR_CRN"]

# ----------------------------------------------------------------------------- pools
SUR = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 "
       "우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 탁 "
       "국 어 경 편 용 예 봉 부 태 목 형 피 두 감").split()
SUR2 = "제갈 남궁 황보 선우 독고 사공 서문".split()
G1 = ("민 서 지 현 수 준 도 하 예 윤 재 승 은 유 태 동 성 영 상 정 혜 경 소 다 나 시 주 진 우 연 아 채 가 형 보 세 희 "
      "용 규 석 한 찬 인 선 미 원 범 광 기 철 병 순 옥 종 효 건 온 슬 솔 라 담 휘 결 률").split()
G2 = ("민 서 준 현 우 진 호 빈 윤 아 연 은 희 경 수 영 주 훈 철 석 원 혁 환 섭 식 규 기 태 람 별 솔 율 린 하 나 미 "
      "정 숙 자 순 옥 란 향 선 애 임 웅 찬 완 균 오 후 결 담 온 겸").split()

BADNAMES = {"마담", "함정", "도우", "변서", "소우", "심기", "노애", "여아", "손임", "고선", "공빈", "주태", "위숙", "어숙", "경연", "하섭", "기순",
            "안완", "편수", "표석", "오우", "용원", "고옥", "진빈", "오람", "국솔", "금준", "김균", "노결"}

TWO_SYL = ["김현", "이준", "박민", "최훈", "강혁", "조빈", "윤솔", "장결", "임율", "한린", "오석", "서철", "신규", "권환", "황웅", "안찬", "송균",
           "류호", "전연", "고은", "문원", "양경", "손준", "배민", "백현", "허진", "유빈", "남율", "남궁민", "황보준", "선우혁", "제갈현"]

def kname(rng):
    s = rng.choice(SUR2) if rng.random() < 0.06 else rng.choice(SUR)
    r = rng.random()
    if r < 0.06:
        return rng.choice(TWO_SYL)
    elif r < 0.08:
        g = rng.choice(G1) + rng.choice(G2) + rng.choice(G2)
    else:
        g = rng.choice(G1) + rng.choice(G2)
    n = s + g
    if n in ("홍길동", "김철수", "이영희") or g == "길동" or n in BADNAMES or (len(g) > 1 and g[0] == g[1]):
        return kname(rng)
    return n

# nationality: (Korean name of country, latin given, latin family, hangul given, hangul family, passport fmt)
FOREIGN = {
    "베트남": (["Van Minh", "Thi Lan", "Duc Anh", "Thi Hoa", "Quang Huy", "Thi Mai"], ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"],
             ["반 민", "티 란", "득 안", "티 호아", "꽝 휘", "티 마이"], ["응우옌", "쩐", "레", "팜", "호앙", "부"], "L7"),
    "중국": (["Wei", "Fang", "Haoran", "Xiuying", "Jun", "Lihua"], ["Wang", "Li", "Zhang", "Liu", "Chen", "Zhao"],
           ["웨이", "팡", "하오란", "슈잉", "쥔", "리화"], ["왕", "리", "장", "류", "천", "자오"], "CN"),
    "필리핀": (["Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo"], ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza"],
            ["마리아", "호세", "안젤리카", "마크", "크리스틴", "파올로"], ["산토스", "레예스", "크루스", "바우티스타", "가르시아", "멘도사"], "PH"),
    "우즈베키스탄": (["Aziz", "Dilnoza", "Bekzod", "Nodira", "Sardor", "Malika"], ["Karimov", "Yusupova", "Rakhimov", "Tursunova", "Ergashev", "Aliyeva"],
                ["아지즈", "딜노자", "벡조드", "노디라", "사르도르", "말리카"], ["카리모프", "유수포바", "라히모프", "투르수노바", "에르가셰프", "알리예바"], "AA7"),
    "몽골": (["Bat-Erdene", "Oyunchimeg", "Ganbold", "Sarangerel", "Temuulen", "Enkhjin"], ["Dorj", "Batbayar", "Tsogt", "Purev", "Ganzorig", "Bold"],
           ["바트에르덴", "오윤치메그", "간볼드", "사랑게렐", "테무렌", "엥흐진"], ["도르지", "바트바야르", "촉트", "푸레브", "간조리그", "볼드"], "E7"),
    "태국": (["Somchai", "Siriporn", "Anan", "Kanya", "Niran", "Pim"], ["Wongsawat", "Chaiyaporn", "Srisuk", "Boonmee", "Thongdee", "Saelim"],
           ["솜차이", "시리폰", "아난", "깐야", "니란", "핌"], ["웡사왓", "차이야폰", "시숙", "분미", "통디", "새림"], "AA7"),
    "인도네시아": (["Siti", "Budi", "Dewi", "Agus", "Rina", "Eko"], ["Rahmawati", "Santoso", "Lestari", "Wijaya", "Putri", "Saputra"],
              ["시티", "부디", "데위", "아구스", "리나", "에코"], ["라마와티", "산토소", "레스타리", "위자야", "푸트리", "사푸트라"], "L7"),
    "미국": (["John", "Emily", "Michael", "Sarah", "David", "Jessica"], ["Miller", "Johnson", "Walker", "Brown", "Carter", "Davis"],
           ["존", "에밀리", "마이클", "세라", "데이비드", "제시카"], ["밀러", "존슨", "워커", "브라운", "카터", "데이비스"], "US"),
    "네팔": (["Ram", "Sita", "Bikash", "Anita", "Suman", "Gita"], ["Shrestha", "Gurung", "Thapa", "Tamang", "Rai", "Magar"],
           ["람", "시타", "비카스", "아니타", "수만", "기타"], ["시레스타", "구룽", "타파", "타망", "라이", "마가르"], "N8"),
    "캄보디아": (["Sokha", "Dara", "Chanthy", "Vannak", "Sreymom", "Rithy"], ["Chan", "Sok", "Heng", "Kim", "Lim", "Chea"],
             ["소카", "다라", "짠티", "반낙", "스레이몸", "리티"], ["짠", "속", "헹", "낌", "림", "찌어"], "N7"),
    "일본": (["Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Takumi"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Yamamoto"],
           ["유키", "하루토", "사쿠라", "렌", "아오이", "다쿠미"], ["사토", "스즈키", "다카하시", "다나카", "이토", "야마모토"], "AA7"),
    "러시아": (["Olga", "Ivan", "Natalia", "Dmitry", "Elena", "Sergei"], ["Petrova", "Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov"],
            ["올가", "이반", "나탈리아", "드미트리", "옐레나", "세르게이"], ["페트로바", "이바노프", "스미르노바", "쿠즈네초프", "포포바", "소콜로프"], "RU"),
    "독일": (["Lukas", "Anna", "Felix", "Laura", "Jonas", "Lea"], ["Schmidt", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"],
           ["루카스", "안나", "펠릭스", "라우라", "요나스", "레아"], ["슈미트", "피셔", "베버", "바그너", "베커", "호프만"], "DE"),
    "스리랑카": (["Nimal", "Kumari", "Ruwan", "Dilani", "Chaminda", "Sanduni"], ["Perera", "Fernando", "Silva", "Jayasuriya", "Dissanayake", "Bandara"],
             ["니말", "쿠마리", "루완", "딜라니", "차민다", "산두니"], ["페레라", "페르난도", "실바", "자야수리야", "디사나야케", "반다라"], "N7"),
    "카자흐스탄": (["Aigerim", "Nursultan", "Dana", "Arman", "Aruzhan", "Timur"], ["Nurlanova", "Abenov", "Seitkali", "Zhumabekov", "Ospanova", "Akhmetov"],
              ["아이게림", "누르술탄", "다나", "아르만", "아루잔", "티무르"], ["누를라노바", "아베노프", "세이트칼리", "주마베코프", "오스파노바", "아흐메토프"], "N8"),
}
COUNTRIES = list(FOREIGN)

def fname(rng, country=None, script=None):
    c = country or rng.choice(COUNTRIES)
    lg, lf, hg, hf, _ = FOREIGN[c]
    i, j = rng.randrange(6), rng.randrange(6)
    script = script or ("latin" if rng.random() < 0.5 else "hangul")
    if script == "latin":
        if c in ("중국", "베트남", "캄보디아") or (c == "일본" and rng.random() < 0.5):
            v = f"{lf[j].upper() if rng.random()<0.4 else lf[j]} {lg[i]}"
        else:
            v = f"{lg[i]} {lf[j].upper() if rng.random()<0.4 else lf[j]}"
    else:
        v = f"{hf[j]} {hg[i]}" if c in ("중국", "베트남", "캄보디아", "일본") else f"{hg[i]} {hf[j]}"
    return c, v, ("foreign_latin" if script == "latin" else "foreign_hangul")

SIDO = [("서울특별시", "서울", ["종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구", "노원구", "은평구",
                          "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"]),
        ("부산광역시", "부산", ["해운대구", "수영구", "동래구", "사하구", "북구", "연제구", "남구", "금정구"]),
        ("대구광역시", "대구", ["수성구", "달서구", "북구", "동구", "중구"]),
        ("인천광역시", "인천", ["연수구", "남동구", "부평구", "계양구", "미추홀구", "서구"]),
        ("광주광역시", "광주", ["북구", "서구", "광산구", "남구"]),
        ("대전광역시", "대전", ["유성구", "서구", "중구", "대덕구"]),
        ("울산광역시", "울산", ["남구", "중구", "울주군", "북구"]),
        ("경기도", "경기", ["수원시 팔달구", "수원시 영통구", "성남시 분당구", "고양시 일산동구", "용인시 수지구", "부천시", "안산시 단원구", "화성시",
                        "평택시", "의정부시", "남양주시", "파주시", "김포시", "광명시", "양평군"]),
        ("강원특별자치도", "강원", ["춘천시", "원주시", "강릉시", "속초시", "홍천군"]),
        ("충청북도", "충북", ["청주시 흥덕구", "청주시 상당구", "충주시", "제천시", "옥천군"]),
        ("충청남도", "충남", ["천안시 서북구", "아산시", "공주시", "서산시", "논산시", "홍성군"]),
        ("전북특별자치도", "전북", ["전주시 완산구", "전주시 덕진구", "군산시", "익산시", "남원시"]),
        ("전라남도", "전남", ["목포시", "여수시", "순천시", "나주시", "무안군", "해남군"]),
        ("경상북도", "경북", ["포항시 남구", "경주시", "구미시", "안동시", "경산시", "영주시"]),
        ("경상남도", "경남", ["창원시 성산구", "창원시 의창구", "김해시", "진주시", "양산시", "거제시", "통영시"]),
        ("제주특별자치도", "제주", ["제주시", "서귀포시"])]
ROADST = ["새말", "은행나무", "버들", "솔내", "한울", "가람", "너른들", "동백", "매봉", "샘골", "하늘재", "느티", "별빛", "갈대", "청송", "벚꽃",
          "모래내", "소담", "돌모루", "바람재", "큰골", "진달래", "물푸레", "달맞이", "청룡", "구름다리", "햇살", "꽃뫼", "안골", "신촌중앙"]
DONGS = ["신월동", "상계동", "봉천동", "월곡동", "송정동", "구서동", "범어동", "도화동", "용봉동", "둔산동", "옥동", "매탄동", "정자동", "삼산동",
         "효자동", "사창동", "쌍용동", "효자동", "용당동", "양덕동", "상남동", "노형동", "중앙동", "대흥동"]
RIS = ["대곡리", "신평리", "하촌리", "내동리", "송산리", "도림리"]
APTS = ["한빛아파트", "푸른마을아파트", "새솔빌라", "은하맨션", "그린힐아파트", "해오름타운", "라온빌", "다올아파트"]

def address(rng, kind=None):
    full, short, sgs = rng.choice(SIDO)
    sg = rng.choice(sgs)
    r = rng.random()
    sido = full if r < 0.55 else (short if r < 0.8 else "")
    kind = kind or rng.choice(["road", "road", "road", "jibun"])
    unit = rng.choice(["", "", f", {rng.randint(101,115)}동 {rng.randint(1,25)}0{rng.randint(1,4)}호", f" {rng.randint(2,9)}층",
                       f", {rng.randint(2,5)}층 {rng.randint(2,5)}0{rng.randint(1,3)}호", f" {rng.randint(1,3)}0{rng.randint(1,5)}호"])
    if kind == "road":
        st = rng.choice(ROADST)
        rn = f"{st}로" if rng.random() < 0.5 else f"{st}로{rng.randint(1,60)}번길" if rng.random() < 0.5 else f"{st}길"
        v = f"{sg} {rn} {rng.randint(1,250)}" + (f"-{rng.randint(1,30)}" if rng.random() < 0.25 else "") + unit
        sub = "road"
    else:
        if sg.endswith("군"):
            loc = f"{rng.choice(['가남읍','서면','북면','옥산면'])} {rng.choice(RIS)}"
        else:
            loc = rng.choice(DONGS)
        v = f"{sg} {loc} {rng.randint(1,999)}" + (f"-{rng.randint(1,40)}" if rng.random() < 0.7 else "")
        if rng.random() < 0.4:
            v += f" {rng.choice(APTS)} {rng.randint(101,112)}동 {rng.randint(1,20)}0{rng.randint(1,4)}호"
        else:
            v += unit
        sub = "jibun"
    if sido:
        v = sido + " " + v
        sub += "_sido" if sido == full else "_sido_short"
    else:
        sub += "_sigungu"
    return v, sub

def inst_address(rng):
    full, short, sgs = rng.choice(SIDO)
    return f"{full} {rng.choice(sgs)} {rng.choice(ROADST)}로 {rng.randint(1,300)}" + rng.choice(["", f" {rng.choice(['별관','본관','청사'])} {rng.randint(2,7)}층"])

AREA = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"]

def phone(rng, kind=None):
    kind = kind or rng.choice(["mobile", "mobile", "mobile", "landline", "landline", "internet"])
    if kind == "mobile":
        a, b = rng.randint(2000, 9999), rng.randint(0, 9999)
        pfx = "010" if rng.random() < 0.93 else rng.choice(["011", "016", "017", "019"])
        f = rng.random()
        if f < 0.7: v = f"{pfx}-{a}-{b:04d}"
        elif f < 0.8: v = f"{pfx}.{a}.{b:04d}"
        elif f < 0.88: v = f"{pfx} {a} {b:04d}"
        elif f < 0.95: v = f"{pfx}{a}{b:04d}"
        else: v = f"+82-{pfx[1:]}-{a}-{b:04d}"
        return v, "mobile"
    if kind == "internet":
        return f"070-{rng.randint(2000,8999)}-{rng.randint(0,9999):04d}", "internet_070"
    ar = rng.choice(AREA)
    mid = rng.randint(200, 999) if ar != "02" and rng.random() < 0.4 else rng.randint(2000, 9999)
    v = f"{ar}-{mid}-{rng.randint(0,9999):04d}" if rng.random() < 0.85 else f"({ar}) {mid}-{rng.randint(0,9999):04d}"
    return v, kind

ROM = {"석": "seok", "유": "yoo", "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "남": "nam", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na", "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon", "장": "jang", "임": "lim",
       "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}
ROMPAIRS = [("김서준", "KIM SEOJUN"), ("이하은", "LEE HAEUN"), ("박도윤", "PARK DOYUN"), ("최지현", "CHOI JIHYUN"), ("정우진", "JUNG WOOJIN"),
            ("강민서", "KANG MINSEO"), ("조예린", "CHO YERIN"), ("윤재희", "YOON JAEHEE"), ("장하람", "JANG HARAM"), ("임소율", "LIM SOYUL"),
            ("한지후", "HAN JIHU"), ("오세린", "OH SERIN"), ("서은채", "SEO EUNCHAE"), ("신태오", "SHIN TAEO")]
MAILDOM = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com", "outlook.com"]

def email(rng, kor=None, dom=None):
    base = ROM.get(kor[0], "user") if kor else rng.choice(["sky", "blue", "moon", "star", "green", "river", "hope", "sun"])
    local = base + rng.choice(["", ".", "_"]) + rng.choice(["js", "mh", "yk", "dw", "sh", "hj", "ej", "tk", "bn"]) + (str(rng.randint(1, 99)) if rng.random() < 0.6 else "")
    return f"{local}@{dom or rng.choice(MAILDOM)}"

def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10

def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1); m = rng.randint(1, 12); d = rng.randint(1, 28 if m == 2 else 30)
    return y, m, d

def rrn(rng, kind=None, date=None):
    kind = kind or rng.choice(["valid", "valid", "valid", "post2020", "masked"])
    if kind == "post2020":
        y, m, d = date or rand_date(rng, 2021, 2025)
        if y == 2020 and m < 10: m = 11
        g = rng.choice("34")
    else:
        y, m, d = date or rand_date(rng, 1945, 2008)
        g = rng.choice("12") if y < 2000 else rng.choice("34")
    front = f"{y%100:02d}{m:02d}{d:02d}"
    if kind == "masked":
        mk = rng.choice(["******", "●●●●●●", "XXXXXX", "******", "xxxxxx"])
        return f"{front}-{g}{mk}", "rrn_masked"
    body = front + g + "".join(str(rng.randint(0, 9)) for _ in range(5))
    c = rrn_check(body)
    if kind == "post2020":
        c = (c + rng.randint(1, 9)) % 10
        return f"{body[:6]}-{body[6:]}{c}", "rrn_post2020"
    return f"{body[:6]}-{body[6:]}{c}", "rrn_valid"

def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10

def frn(rng, date=None):
    y, m, d = date or rand_date(rng, 1960, 2006)
    g = rng.choice("56") if y < 2000 else rng.choice("78")
    body = f"{y%100:02d}{m:02d}{d:02d}{g}{rng.randrange(10,99,2):02d}{rng.randint(0,99):02d}{rng.randint(6,9)}"
    return f"{body[:6]}-{body[6:]}{frn_check(body)}", "frn"

def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10

def brn(rng):
    d = f"{rng.randint(101,899)}{rng.choice(['81','86','87','88','01','05','11','13','23','34'])}{rng.randint(0,9999):04d}"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}{brn_check(d)}", "brn"

def crn_check(d12):
    return (10 - sum(int(a) * (1 if i % 2 == 0 else 2) for i, a in enumerate(d12)) % 10) % 10

def crn(rng):
    d = f"{rng.choice(['1101','1101','1301','1201','1311','1601','2801','1358','1144'])}{rng.choice(['11','71','81','14','15'])}{rng.randint(0,999999):06d}"
    return f"{d[:6]}-{d[6:]}{crn_check(d)}", "crn"

def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def luhn_complete(p):
    for c in "0123456789":
        if luhn_ok(p + c): return p + c

CARDS = [("visa", ["4"], 16), ("master", ["51", "52", "53", "54", "55", "2221", "2720"], 16), ("amex", ["34", "37"], 15),
         ("jcb", ["3528", "3540", "3569", "3589"], 16), ("bc_local", ["9410", "9420", "9430", "9445", "9490"], 16),
         ("unionpay", ["62"], 16), ("diners", ["36"], 14)]

def card(rng, brand=None, mask=None, sep=None):
    b = [c for c in CARDS if c[0] == brand][0] if brand else rng.choices(CARDS, weights=[30, 25, 10, 10, 15, 6, 4])[0]
    pre = rng.choice(b[1])
    ds = luhn_complete(pre + "".join(str(rng.randint(0, 9)) for _ in range(b[2] - len(pre) - 1)))
    sep = sep if sep is not None else rng.choice(["-", "-", "-", " ", "", "-"])
    if b[2] == 15: groups = [4, 6, 5]
    elif b[2] == 14: groups = [4, 6, 4]
    else: groups = [4, 4, 4, 4]
    if mask:
        chars = list(ds)
        if mask == "middle":
            for i in range(6, len(ds) - 4): chars[i] = "*"
        elif mask == "last4":
            for i in range(len(ds) - 4): chars[i] = "*"
        ds2 = "".join(chars)
    else:
        ds2 = ds
    out, i = [], 0
    for g in groups:
        out.append(ds2[i:i + g]); i += g
    sub = b[0] + ("_masked" if mask else "")
    return sep.join(out), sub

BANKS = [("국민은행", [6, 2, 6]), ("KB국민은행", [3, 2, 4, 3]), ("신한은행", [3, 3, 6]), ("우리은행", [4, 3, 6]), ("하나은행", [3, 6, 5]),
         ("농협은행", [3, 4, 4, 2]), ("지역농축협", [6, 2, 6]), ("IBK기업은행", [3, 6, 2, 3]), ("SC제일은행", [3, 2, 6]),
         ("한국씨티은행", [3, 6, 3]), ("카카오뱅크", [4, 2, 7]), ("케이뱅크", [3, 3, 6]), ("토스뱅크", [4, 4, 4]), ("우체국", [6, 2, 6]),
         ("새마을금고", [4, 2, 6, 1]), ("신협", [3, 3, 6]), ("수협은행", [3, 4, 4, 1]), ("iM뱅크", [3, 2, 6, 1]), ("부산은행", [3, 4, 4, 2]),
         ("경남은행", [3, 2, 7]), ("광주은행", [3, 3, 6]), ("전북은행", [3, 2, 7]), ("제주은행", [2, 2, 6]), ("KDB산업은행", [3, 4, 4, 3])]
BANK_PFX = {"카카오뱅크": "3333", "토스뱅크": "1000", "신한은행": "110", "농협은행": "302", "케이뱅크": "100", "우리은행": "1002", "새마을금고": "9002"}
SECS = [("미래에셋증권", [3, 2, 6]), ("키움증권", [4, 4, 2]), ("삼성증권", [4, 4, 4]), ("한국투자증권", [8, 2]), ("NH투자증권", [3, 2, 6]), ("KB증권", [3, 2, 6])]

def account(rng, bank=None, sep="-", kind="bank"):
    pool = SECS if kind == "securities" else BANKS
    b = [x for x in pool if x[0] == bank][0] if bank else rng.choice(pool)
    tot = sum(b[1])
    ds = BANK_PFX.get(b[0], "") if kind != "securities" else ""
    ds += "".join(str(rng.randint(0, 9)) for _ in range(tot - len(ds)))
    out, i = [], 0
    for g in b[1]:
        out.append(ds[i:i + g]); i += g
    return b[0], sep.join(out), ("securities_" + b[0] if kind == "securities" else "acct_" + ("국민은행_old_format" if b[0] == "KB국민은행" else b[0]))

def virtual_account(rng):
    b = rng.choice(["우리은행", "신한은행", "국민은행", "기업은행", "농협은행", "하나은행"])
    ds = "".join(str(rng.randint(0, 9)) for _ in range(14))
    v = rng.choice([f"{ds[:4]}-{ds[4:8]}-{ds[8:]}", ds, f"{ds[:3]}-{ds[3:9]}-{ds[9:]}", f"{ds[:6]}-{ds[6:8]}-{ds[8:]}"])
    return b, v, "virtual_account"

PPREF = ["M", "M", "M", "M", "S", "R", "G", "D"]

def passport(rng, country=None, kind=None):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country in (None, "대한민국", "한국"):
        kind = kind or rng.choice(["kr_old", "kr_new", "kr_new"])
        p = rng.choice(PPREF)
        if kind == "kr_old":
            return f"{p}{rng.randint(10000000, 99999999)}", "passport_kr_old"
        if kind == "masked":
            return f"{p}{rng.randint(100,999)}{rng.choice(L)}" + rng.choice(["****", "●●●●", "XXXX"]), "passport_masked"
        return f"{p}{rng.randint(100,999)}{rng.choice(L)}{rng.randint(0,9999):04d}", "passport_kr_new"
    fmt = FOREIGN[country][4] if country in FOREIGN else rng.choice(["L7", "AA7", "N8"])
    if fmt == "L7": v = rng.choice("BCKN") + f"{rng.randint(1000000, 9999999)}"
    elif fmt == "AA7": v = rng.choice(L) + rng.choice(L) + f"{rng.randint(1000000, 9999999)}"
    elif fmt == "CN": v = "E" + rng.choice(["", "A", "B"]) + (f"{rng.randint(10000000, 99999999)}" if rng.random() < 0.5 else f"{rng.randint(1000000, 9999999)}")
    elif fmt == "PH": v = "P" + f"{rng.randint(1000000, 9999999)}" + rng.choice("ABC")
    elif fmt == "US": v = (f"{rng.randint(500000000, 599999999)}" if rng.random() < 0.5 else "A" + f"{rng.randint(10000000, 99999999)}")
    elif fmt == "RU": v = f"{rng.randint(70,76)}{rng.randint(1000000, 9999999)}"
    elif fmt == "DE": v = "C" + "".join(rng.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    elif fmt == "N8": v = rng.choice("NP") + f"{rng.randint(10000000, 99999999)}"
    elif fmt == "N7": v = "N" + f"{rng.randint(1000000, 9999999)}"
    elif fmt == "E7": v = "E" + f"{rng.randint(1000000, 9999999)}"
    return v, "passport_foreign"

DLREG = {"11": "서울", "12": "부산", "13": "경기", "14": "강원", "15": "충북", "16": "충남", "17": "전북", "18": "전남", "19": "경북",
         "20": "경남", "21": "제주", "22": "대구", "23": "인천", "24": "광주", "25": "대전", "26": "울산", "28": "경기북부"}

def dl(rng, kind=None):
    kind = kind or rng.choice(["numeric", "numeric", "region", "plain"])
    code = rng.choice(list(DLREG))
    yy, ser, ck = rng.randint(0, 99), rng.randint(0, 999999), rng.randint(10, 99)
    if kind == "region":
        return f"{DLREG[code]}{rng.choice([' ', ''])}{yy:02d}-{ser:06d}-{ck}", "dl_region"
    if kind == "plain":
        return f"{code}{yy:02d}{ser:06d}{ck}", "dl_plain"
    return f"{code}-{yy:02d}-{ser:06d}-{ck}", "dl_numeric"

PLATE_PRIV = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
def plate(rng, kind=None):
    kind = kind or rng.choice(["two", "three", "three", "region", "commercial", "rental"])
    n4 = f"{rng.randint(1000, 9999)}"
    sp = " " if rng.random() < 0.75 else ""
    if kind == "two": return f"{rng.randint(10,69)}{rng.choice(PLATE_PRIV)}{sp}{n4}", "plate_2digit"
    if kind == "three": return f"{rng.randint(100,699)}{rng.choice(PLATE_PRIV)}{sp}{n4}", "plate_3digit"
    if kind == "rental": return f"{rng.randint(10,699)}{rng.choice('하허호')}{sp}{n4}", "plate_rental"
    reg = rng.choice(["서울", "부산", "경기", "인천", "대구", "광주", "대전", "충남", "경북", "전남"])
    if kind == "commercial": return f"{reg} {rng.randint(70,89)}{rng.choice('바사아자배')}{sp}{n4}", "plate_commercial"
    return f"{reg} {rng.randint(10,69)}{rng.choice(PLATE_PRIV)}{sp}{n4}", "plate_region"

def health(rng):
    return f"{rng.choice('1234567')}{rng.randint(0, 9999999999):010d}", "hi_11digit"

def ip(rng, kind=None):
    kind = kind or rng.choice(["public", "public", "private", "private", "ipv6"])
    if kind == "private":
        r = rng.random()
        if r < 0.4: return f"192.168.{rng.randint(0,254)}.{rng.randint(2,254)}", "ipv4_private"
        if r < 0.7: return f"10.{rng.randint(0,254)}.{rng.randint(0,254)}.{rng.randint(2,254)}", "ipv4_private"
        return f"172.{rng.randint(16,31)}.{rng.randint(0,254)}.{rng.randint(2,254)}", "ipv4_private"
    if kind == "ipv6":
        return "2001:db8:" + ":".join(f"{rng.randint(0,65535):x}" for _ in range(rng.choice([2, 3]))) + "::" + f"{rng.randint(1,4095):x}", "ipv6"
    a = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 125, 175, 180, 182, 203, 211, 218, 220, 222])
    return f"{a}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}", "ipv4_public"

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
HNUM = "영일이삼사오육칠팔구"

def hangul_number(n):
    if n == 0: return "영"
    out = ""
    units = [(1000, "천"), (100, "백"), (10, "십")]
    for u, w in units:
        q = n // u
        if q:
            out += ("" if q == 1 else HNUM[q]) + w
            n -= q * u
    if n: out += HNUM[n]
    return out

def dob(rng, kind=None, date=None):
    y, m, d = date or rand_date(rng, 1940, 2012)
    kinds = ["dot_space", "kor", "iso", "dot_zero", "dot_zero_nodot", "yy_dot", "yymmdd", "slash", "eng", "kor_zero", "compact8",
             "kor_yy", "dot_space_nodot", "passport_style", "dmy_dot"]
    kind = kind or rng.choice(kinds)
    v = {"dot_space": f"{y}. {m}. {d}.", "kor": f"{y}년 {m}월 {d}일", "iso": f"{y}-{m:02d}-{d:02d}", "dot_zero": f"{y}.{m:02d}.{d:02d}.",
         "dot_zero_nodot": f"{y}.{m:02d}.{d:02d}", "yy_dot": f"{y%100:02d}.{m:02d}.{d:02d}", "yymmdd": f"{y%100:02d}{m:02d}{d:02d}",
         "slash": f"{y}/{m:02d}/{d:02d}", "eng": f"{d:02d} {MON[m-1]} {y}", "kor_zero": f"{y}년 {m:02d}월 {d:02d}일",
         "compact8": f"{y}{m:02d}{d:02d}", "kor_yy": f"{y%100:02d}년 {m}월 {d}일", "dot_space_nodot": f"{y}. {m}. {d}",
         "passport_style": f"{d:02d} {m}월/{MON[m-1]} {y}", "dmy_dot": f"{d:02d}.{m:02d}.{y}",
         "spelled": f"{hangul_number(y)}년 {hangul_number(m)}월 {hangul_number(d)}일", "eng_long": f"{['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {d}, {y}"}[kind]
    return v, "dob_" + kind, (y, m, d)

# ----------------------------------------------------------------------------- hard negatives
MINISTRIES = ["행정안전부", "보건복지부", "고용노동부", "법무부", "국토교통부", "교육부", "환경부", "국세청", "경찰청", "관세청", "기획재정부", "외교부"]
def docno(rng):
    dept = rng.choice(["운영지원과", "민원실", "체류관리과", "복지정책과", "교통행정과", "감사담당관", "총무과", "세원관리과", "정보보호팀", "교무행정실"])
    return f"{dept}-{rng.randint(100, 9999)}"
def caseno(rng):
    return rng.choice([f"{rng.randint(2019,2025)}{rng.choice(['가단','가합','고단','고합','구합','누','두','나','노','타경','금'])}{rng.randint(1000,99999)}",
                       f"조심 {rng.randint(2020,2025)}{rng.choice('서중부인광')}{rng.randint(100,9999)}",
                       f"중앙행심 제{rng.randint(2021,2025)}-{rng.randint(1000,29999)}호"])
STATUTES = ["「개인정보 보호법」 제15조 제1항", "「출입국관리법」 제25조", "「민원 처리에 관한 법률」 제27조", "「도로교통법」 제44조 제1항",
            "「국민기초생활 보장법」 제22조", "「공탁법」 제4조", "「국가공무원법」 제78조 제1항 제1호", "「외국인근로자의 고용 등에 관한 법률」 제8조",
            "「여권법」 제9조", "「소득세법」 제89조 제1항 제3호", "「민사집행법」 제90조", "「의료법」 제21조 제1항", "「초·중등교육법」 제25조",
            "「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제48조", "「공무원 여비 규정」 제16조", "「주차장법」 제29조"]
def amount(rng):
    r = rng.random()
    if r < 0.5: v = rng.randint(1, 300) * 1000
    elif r < 0.85: v = rng.randint(30, 3000) * 10000
    else: v = rng.randint(3000, 50000) * 10000
    fm = [f"{v:,}원", f"금 {v:,}원", f"₩{v:,}"] + ([f"{v//10000:,}만 원"] if v % 10000 == 0 else [])
    return rng.choice(fm)
def inst_phone(rng):
    return rng.choice([f"{rng.choice(['1588','1577','1600','1544','1644','1566','1661','1899'])}-{rng.randint(0,9999):04d}",
                       f"{rng.choice(AREA)}-{rng.randint(200,999)}-{rng.randint(0,9999):04d}(대표)", "110", "1345", "120", "1350"])
def receipt(rng):
    return rng.choice([f"{rng.randint(1,9)}AA-{rng.randint(2301,2512)}-{rng.randint(0,9999999):07d}", f"{rng.randint(2023,2025)}-{rng.randint(1,999999):06d}",
                       f"{rng.randint(20230101,20251231)}{rng.randint(100,999)}-00", f"{rng.randint(1101,4999)}-{rng.randint(2021,2025)}-{rng.randint(0,999999):06d}"])
def userid(rng):
    return rng.choice(["u", "adm", "usr", "op", "svc_"]) + str(rng.randint(1000, 99999))
COMPANIES = ["(주)한빛엔지니어링", "주식회사 다온솔루션", "(주)새누리물류", "㈜바른건설", "(유)초록환경", "주식회사 누리소프트", "(주)가온테크",
             "한결상사", "(주)미르씨앤씨", "대명산업(주)", "(주)라온정보통신", "주식회사 하람푸드", "(주)세움설계", "동방기계(주)"]
PLACEHOLDERS = ["홍길동", "김○○", "박**", "이 모 씨", "정 모(47) 씨", "갑", "을", "A씨", "B씨", "성명 미상", "○○○", "김모씨", "000000-0000000"]

# ----------------------------------------------------------------------------- assembling
def S(typ, val, sub=None, noise=None):
    return ("S", typ, val, sub, list(noise or []))

def N(cat, txt):
    return ("N", cat, txt)

def per(v, sub="korean"):
    return S("PERSON", v, sub)

def assemble(parts):
    text, spans, negs = [], [], []
    pos = 0
    for p in parts:
        if isinstance(p, int): p = str(p)
        if isinstance(p, str):
            text.append(p); pos += len(p)
        elif p[0] == "S":
            _, typ, val, sub, noise = p
            spans.append({"start": pos, "end": pos + len(val), "type": typ, "subkind": sub, "noise": noise, "value": val})
            text.append(val); pos += len(val)
        else:
            _, cat, txt = p
            negs.append({"start": pos, "end": pos + len(txt), "category": cat, "text": txt})
            text.append(txt); pos += len(txt)
    return "".join(text), spans, negs

# ----------------------------------------------------------------------------- OCR noise
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-"}
CONF = {"0": "O", "1": "l", "5": "S", "8": "B"}
NUMERIC = {"PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "CREDIT_CARD", "KR_HEALTH_INSURANCE",
           "KR_DRIVER_LICENSE", "DATE_OF_BIRTH", "IP_ADDRESS", "KR_VEHICLE_PLATE", "KR_PASSPORT"}

def noisify_value(rng, typ, v):
    """return (new_value, [noise tags])"""
    opts = []
    if typ in NUMERIC:
        opts += ["fullwidth_digits", "space_in_number", "newline_in_number", "confusable"]
        if "-" in v: opts += ["unicode_hyphen", "unicode_hyphen"]
    if typ == "PERSON" and re.fullmatch(r"[가-힣]{2,4}", v): opts += ["spaced_name"]
    if typ in ("KR_ADDRESS",): opts += ["wrapped", "fullwidth_digits"]
    if typ == "EMAIL_ADDRESS": opts += ["space_around_at"]
    if typ == "PERSON" and " " in v: opts += ["wrapped"]
    if not opts: return v, []
    k = rng.choice(opts)
    if k == "fullwidth_digits":
        nv = "".join(FW.get(c, c) if rng.random() < 0.85 else c for c in v)
        if nv == v: return v, []
        return nv, ["fullwidth_digits"]
    if k == "unicode_hyphen":
        h = rng.choice(["‐", "－", "–", "‑"])
        return v.replace("-", h), ["unicode_hyphen"]
    if k == "space_in_number":
        idx = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if "-" in v and rng.random() < 0.5:
            return v.replace("-", rng.choice([" - ", "- ", " -"]), 1), ["space_in_number"]
        if not idx: return v, []
        i = rng.choice(idx)
        return v[:i] + " " + v[i:], ["space_in_number"]
    if k == "newline_in_number":
        cand = [i for i in range(2, len(v) - 1) if v[i - 1] in "-0123456789" and v[i] not in " -"]
        if not cand: return v, []
        i = rng.choice(cand)
        return v[:i] + "\n" + v[i:], ["newline_in_number"]
    if k == "confusable":
        ds = [i for i, c in enumerate(v) if c in CONF and not (typ == "KR_PASSPORT" and i == 0)]
        if not ds: return v, []
        chars = list(v)
        for i in rng.sample(ds, min(len(ds), rng.choice([1, 1, 2]))):
            chars[i] = CONF[chars[i]]
        return "".join(chars), ["confusable"]
    if k == "spaced_name":
        return " ".join(v), ["spaced_name"]
    if k == "wrapped":
        sp = [i for i, c in enumerate(v) if c == " "]
        if not sp: return v, []
        i = rng.choice(sp[len(sp) // 2:])
        return v[:i] + "\n" + v[i + 1:], ["wrapped"]
    if k == "space_around_at":
        return v.replace("@", rng.choice([" @", "@ ", " @ "])), ["space_in_email"]
    return v, []

def ocrify(rng, parts, rate=0.55):
    out = []
    for p in parts:
        if isinstance(p, int): p = str(p)
        if isinstance(p, str):
            s = p
            if rng.random() < 0.5: s = s.replace("·", ".")
            if rng.random() < 0.3: s = s.replace(": ", ":")
            if rng.random() < 0.3: s = s.replace("다.", "다 .")
            # hard wraps inside long prose lines
            if len(s) > 40 and rng.random() < 0.6:
                sp = [i for i, c in enumerate(s) if c == " "]
                for i in sorted(rng.sample(sp, min(len(sp), max(1, len(s) // 60))), reverse=True):
                    s = s[:i] + "\n" + s[i + 1:]
            out.append(s)
        elif p[0] == "S" and rng.random() < rate:
            nv, tags = noisify_value(rng, p[1], p[2])
            out.append(S(p[1], nv, p[3], p[4] + tags))
        else:
            out.append(p)
    return out

# ----------------------------------------------------------------------------- detection + validation
HDIG = {c: str(i) for i, c in enumerate("영일이삼사오육칠팔구")}
HDIG["공"] = "0"

def canon(v, typ=None):
    v = unicodedata.normalize("NFKC", v)
    v = v.replace("‐", "-").replace("‑", "-").replace("–", "-").replace("—", "-")
    return v

def digits_of(v, typ):
    v = canon(v)
    if typ in NUMERIC and typ not in ("KR_PASSPORT",):
        v = "".join({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}.get(c, c) for c in v)
    v = "".join(HDIG.get(c, c) for c in v) if typ in ("PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "CREDIT_CARD") else v
    return v

def auto_noise(typ, v):
    t = set()
    if any(0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A for c in v): t.add("fullwidth_digits")
    if any(c in "‐‑–—－" for c in v): t.add("unicode_hyphen")
    if "\n" in v: t.add("newline_in_number" if typ in NUMERIC else "wrapped")
    if typ in NUMERIC and typ not in ("KR_PASSPORT", "DATE_OF_BIRTH") and re.search(r"[OolISB]", v): t.add("confusable")
    if typ in ("PHONE_NUMBER", "KR_BANK_ACCOUNT", "KR_RRN", "CREDIT_CARD") and re.search("[공영일이삼사오육칠팔구]", v): t.add("hangul_digits")
    if typ == "PERSON" and re.fullmatch(r"[가-힣]( [가-힣]){1,3}", v): t.add("spaced_name")
    if typ in NUMERIC and typ != "DATE_OF_BIRTH" and (re.search(r" -|- ", v) or (" " in v and typ in ("KR_RRN", "KR_FRN", "KR_BRN", "KR_CRN", "KR_HEALTH_INSURANCE", "KR_PASSPORT", "IP_ADDRESS", "KR_DRIVER_LICENSE") and not re.match(r"[가-힣]{2} ", v))
                                                 or (" " in v and "-" in v and typ in ("PHONE_NUMBER", "CREDIT_CARD", "KR_BANK_ACCOUNT"))):
        if "hangul_digits" not in t and not re.search("[공영일이삼사오육칠팔구]", v): t.add("space_in_number")
    if typ == "KR_PASSPORT" and re.search(r"[0-9０-９][OlI]|[OlI][0-9０-９]", v[1:]): t.add("confusable")
    return t

DOB_RX = [("dob_spelled", r"[일이삼사오육칠팔구천백십영]+년 [일이삼사오육칠팔구십]+월 [일이삼사오육칠팔구십]+일"),
          ("dob_dot_space", r"\d{4}\. \d{1,2}\. \d{1,2}\."), ("dob_dot_space_nodot", r"\d{4}\. \d{1,2}\. \d{1,2}"),
          ("dob_kor", r"\d{4}년 ?\d{1,2}월 ?\d{1,2}일"), ("dob_kor_yy", r"\d{2}년 ?\d{1,2}월 ?\d{1,2}일"),
          ("dob_iso", r"\d{4}-\d{1,2}-\d{1,2}"), ("dob_dot_zero", r"\d{4}\.\d{2}\.\d{2}\."), ("dob_dot_zero_nodot", r"\d{4}\.\d{1,2}\.\d{1,2}"),
          ("dob_yy_dot", r"\d{2}\.\d{2}\.\d{2}\.?"), ("dob_yymmdd", r"\d{6}"), ("dob_compact8", r"\d{8}"), ("dob_slash", r"\d{4}/\d{2}/\d{2}"),
          ("dob_eng", r"\d{1,2} [A-Z][A-Za-z]{2} \d{4}"), ("dob_passport_style", r"\d{2} \d{1,2}월/[A-Z]{3} \d{4}"),
          ("dob_dmy_dot", r"\d{2}\.\d{2}\.\d{4}"), ("dob_eng_long", r"[A-Z][a-z]+ \d{1,2}, \d{4}")]

def parse_hnum(s):
    tot, cur = 0, 0
    for c in s:
        if c in "일이삼사오육칠팔구": cur = "일이삼사오육칠팔구".index(c) + 1
        elif c in "천백십":
            tot += (cur or 1) * {"천": 1000, "백": 100, "십": 10}[c]; cur = 0
        elif c == "영": cur = 0
    return tot + cur

def dob_date(v):
    c = canon(v)
    c = re.sub(r"[0-9OlSB]+", lambda mm: mm.group().translate(str.maketrans("OlSB", "0158")) if re.search(r"\d", mm.group()) else mm.group(), c)
    c = re.sub(r"\s*\n\s*", " ", c).strip()
    m = re.fullmatch(r"([일이삼사오육칠팔구천백십영]+)년 ([일이삼사오육칠팔구십]+)월 ([일이삼사오육칠팔구십]+)일", c)
    if m:
        y = parse_hnum(m.group(1))
        if y < 100: y += 1900 if y > 25 else 2000
        return y, parse_hnum(m.group(2)), parse_hnum(m.group(3))
    for rx, order in [(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D?", "ymd"), (r"(\d{2})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D?", "yy"),
                      (r"(\d{2})(\d{2})(\d{2})", "yy"), (r"(\d{4})(\d{2})(\d{2})", "ymd"), (r"(\d{2})\.(\d{2})\.(\d{4})", "dmy")]:
        m = re.fullmatch(rx, c.replace(" ", "")) if order != "dmy" else re.fullmatch(rx, c)
        if m:
            a, b, d = map(int, m.groups())
            if order == "ymd": return a, b, d
            if order == "dmy": return d, b, a
            return (1900 + a if a > 25 else 2000 + a), b, d
    m = re.fullmatch(r"(\d{1,2}) (?:\d{1,2}월/)?([A-Z]{3}) (\d{4})", c)
    if m: return int(m.group(3)), MON.index(m.group(2)) + 1, int(m.group(1))
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", c)
    if m:
        names = ['January','February','March','April','May','June','July','August','September','October','November','December']
        return int(m.group(3)), names.index(m.group(1)) + 1, int(m.group(2))
    return None

BANKNAMES = [b[0] for b in BANKS] + [s[0] for s in SECS] + ["국민", "신한", "우리", "하나", "농협", "기업은행", "기업", "SC제일", "씨티", "카카오",
                                                          "케이뱅크", "토스", "우체국", "새마을", "신협", "수협", "대구은행", "부산", "경남", "광주", "전북",
                                                          "제주", "산업은행", "NH", "KB", "IBK", "증권"]

BANK_ALIAS = {"국민": "국민은행", "KB": "국민은행", "KB국민은행": "국민은행", "신한": "신한은행", "우리": "우리은행", "하나": "하나은행", "농협": "농협은행",
              "NH": "농협은행", "기업": "IBK기업은행", "기업은행": "IBK기업은행", "IBK": "IBK기업은행", "새마을": "새마을금고", "수협": "수협은행",
              "카카오": "카카오뱅크", "토스": "토스뱅크", "부산": "부산은행", "경남": "경남은행", "광주": "광주은행", "전북": "전북은행", "제주": "제주은행",
              "산업은행": "KDB산업은행", "대구은행": "iM뱅크", "SC제일": "SC제일은행", "씨티": "한국씨티은행"}

def detect_sub(typ, v, ctx=""):
    c = canon(v)
    if typ == "PERSON":
        if re.search("[A-Za-z]", c): return "foreign_latin"
        parts = c.split()
        if len(parts) > 1 and all(len(p) == 1 for p in parts): return "korean"
        if len(parts) > 1 or len(c) >= 5: return "foreign_hangul"
        return "korean"
    if typ == "PHONE_NUMBER":
        d = re.sub(r"\D", "", digits_of(v, typ))
        if c.startswith("+82"): return "intl_mobile" if d[2:4] == "10" else "intl"
        if d.startswith("01"): return "mobile_masked" if re.search(r"[*●]", c) else "mobile"
        if d.startswith("050"): return "safe_number_050"
        if d.startswith("070"): return "internet_070"
        if re.search(r"(팩스|FAX|Fax|전송|F\.|F:)\s*[:.]?\s*$", ctx[-12:]): return "fax"
        return "landline"
    if typ == "EMAIL_ADDRESS": return "email"
    if typ == "KR_ADDRESS":
        k = "road" if re.search(r"(로|길)(\d+번길)?\s\d", c) else "jibun"
        first = c.split()[0]
        if first in [s[0] for s in SIDO]: return k + "_sido"
        if first in [s[1] for s in SIDO] or first in ("서울시", "부산시", "대구시", "인천시", "광주시", "대전시", "울산시"): return k + "_sido_short"
        return k + "_sigungu"
    if typ == "DATE_OF_BIRTH":
        cc = re.sub(r"\s*\n\s*", " ", c)
        for k, rx in DOB_RX:
            if re.fullmatch(rx, cc): return k
        return "dob_other"
    if typ == "KR_BANK_ACCOUNT":
        if re.search(r"[*●X]", c): return "acct_masked"
        tail = ctx[-40:]
        if "가상계좌" in tail: return "virtual_account"
        best = None
        for b in BANKNAMES:
            i = tail.rfind(b)
            if i >= 0 and (best is None or i + len(b) > best[0] or (i + len(b) == best[0] and len(b) > len(best[1]))): best = (i + len(b), b)
        if best:
            if "증권" in best[1]: return "securities_" + best[1]
            return "acct_" + BANK_ALIAS.get(best[1], best[1])
        return "acct_unknown_bank"
    if typ == "KR_RRN":
        if re.search(r"[*●Xx]", c): return "rrn_masked"
        d = re.sub(r"\D", "", digits_of(v, typ))
        return "rrn_valid" if len(d) == 13 and rrn_check(d[:12]) == int(d[12]) and d[6] in "1234" and int(d[:2]) > 20 else "rrn_post2020"
    if typ == "KR_FRN": return "frn_masked" if re.search(r"[*●X]", c) else "frn"
    if typ == "KR_BRN": return "brn"
    if typ == "KR_CRN": return "crn"
    if typ == "KR_PASSPORT":
        cc = re.sub(r"\s", "", c)
        if re.search(r"[*●]|X{3,}", cc): return "passport_masked"
        if re.fullmatch(r"[MSRGDT][0-9OlISB]{8}", cc): return "passport_kr_old"
        if re.fullmatch(r"[MSRGDT][0-9OlISB]{3}[A-Z][0-9OlISB]{4}", cc): return "passport_kr_new"
        return "passport_foreign"
    if typ == "KR_DRIVER_LICENSE":
        if re.match(r"[가-힣]", c): return "dl_region"
        return "dl_numeric" if "-" in c else "dl_plain"
    if typ == "KR_VEHICLE_PLATE":
        if re.match(r"[가-힣]{2}\s?\d{2}[바사아자배]", c): return "plate_commercial"
        if re.match(r"[가-힣]{2}", c): return "plate_region"
        if re.search(r"[하허호]", c): return "plate_rental"
        return "plate_3digit" if re.match(r"\d{3}", c) else "plate_2digit"
    if typ == "KR_HEALTH_INSURANCE": return "hi_11digit"
    if typ == "CREDIT_CARD":
        d = re.sub(r"[^0-9*]", "", digits_of(v, typ))
        m = "_masked" if "*" in d or "●" in c else ""
        for name, pres, _ in CARDS:
            if any(d.startswith(p) for p in pres) and not (name == "master" and d[:2] == "22" and not d.startswith(("2221", "2720"))): return name + m
        return "card_other" + m
    if typ == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(canon(v).replace(" ", ""))
        except ValueError:
            return "ip_noisy"
        if a.version == 6: return "ipv6"
        return "ipv4_private" if a.is_private else "ipv4_public"
    return "other"

TITLE_END = ("씨", "님", "귀하", "주무관", "사무관", "과장", "위원", "장관", "의", "에게", "은", "는", "을", "를", "께서", "군", "양", "팀장")

def validate_span(typ, v, sub):
    c = canon(v)
    d = digits_of(v, typ)
    dd = re.sub(r"\D", "", d)
    if typ == "PERSON":
        if ":" in c or "(" in c: return "person punct"
        if len(c) > 2 and re.fullmatch(r"[가-힣]+", c) and c.endswith(TITLE_END) and len(c) > 3: return "person title?"
        return None
    if typ == "PHONE_NUMBER":
        n = len(re.sub(r"[^0-9*●X]", "", d))
        return None if 9 <= n <= 12 else f"phone digits {n}"
    if typ == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[\w.+-]+\s?@\s?[\w-]+(\.[\w-]+)+", c) else "email"
    if typ == "KR_ADDRESS":
        if c.startswith("(") or c.endswith(")") or c.endswith(","): return "addr paren"
        return None if re.search(r"\d", c) and (re.search(r"(시|군|구|도)\s", c) or c.startswith("세종")) else "addr shape"
    if typ == "DATE_OF_BIRTH":
        t = dob_date(v)
        if not t: return "dob parse"
        try:
            dt = datetime.date(*t)
        except ValueError:
            return "dob invalid"
        return None if 1920 <= dt.year <= 2025 else "dob year"
    if typ == "KR_BANK_ACCOUNT":
        n = len(re.sub(r"[^0-9*●X]", "", d))
        return None if 10 <= n <= 16 else f"acct len {n}"
    if typ == "KR_RRN":
        x = re.sub(r"[^0-9*●Xx]", "", d)
        if len(x) != 13: return "rrn len"
        try:
            datetime.date((1900 if x[6] in "12" else 2000) + int(x[:2]), int(x[2:4]), int(x[4:6]))
        except ValueError:
            return "rrn date"
        if sub == "rrn_masked":
            return None if x[6] in "1234" and len(re.findall(r"[*●Xx]", x)) == 6 else "rrn mask"
        ok = rrn_check(x[:12]) == int(x[12])
        post = (2000 + int(x[:2]), int(x[2:4])) >= (2020, 10) and x[6] in "34"
        if post: return None if not ok else "post2020 rrn accidentally valid"
        return None if ok else f"rrn check want {rrn_check(x[:12])}"
    if typ == "KR_FRN":
        x = re.sub(r"[^0-9*●X]", "", d)
        if len(x) != 13 or x[6] not in "5678": return "frn shape"
        if sub == "frn_masked": return None
        return None if frn_check(x[:12]) == int(x[12]) else f"frn check want {frn_check(x[:12])}"
    if typ == "KR_BRN":
        if len(dd) != 10: return "brn len"
        return None if brn_check(dd[:9]) == int(dd[9]) else f"brn check want {brn_check(dd[:9])}"
    if typ == "KR_CRN":
        if len(dd) != 13: return "crn len"
        return None if crn_check(dd[:12]) == int(dd[12]) else f"crn check want {crn_check(dd[:12])}"
    if typ == "CREDIT_CARD":
        x = re.sub(r"[^0-9*●]", "", d)
        if len(x) not in (14, 15, 16): return f"card len {len(x)}"
        if "*" in x or "●" in x: return None
        return None if luhn_ok(x) else f"luhn want {luhn_complete(x[:-1])[-1]}"
    if typ == "KR_HEALTH_INSURANCE":
        return None if len(dd) == 11 else "hi len"
    if typ == "KR_DRIVER_LICENSE":
        return None if len(dd) == 12 or (re.match(r"[가-힣]{2}", c) and len(dd) == 10) else "dl len"
    if typ == "KR_VEHICLE_PLATE":
        return None if re.fullmatch(r"([가-힣]{2}\s?)?\d{2,3}[가-힣]\s?\d{4}", re.sub(r"\s+", " ", d)) else "plate"
    if typ == "KR_PASSPORT":
        x = re.sub(r"\s", "", c)
        return None if re.fullmatch(r"[A-Z0-9OlISB*●]{7,10}", x) else "passport"
    if typ == "IP_ADDRESS":
        x = re.sub(r"\s", "", d)
        try:
            ipaddress.ip_address(x); return None
        except ValueError:
            return "ip"
    return None

SUSPICIOUS = [("mobile", r"(?<!\d)01[016789][-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
              ("landline", r"(?<![\d-])0\d{1,2}[-)] ?\d{3,4}-\d{4}(?!\d)"),
              ("email", r"[\w.+-]+@[\w-]+\.[\w.-]+"),
              ("rrn_shape", r"(?<!\d)\d{6}-[1-8][\d*●X]{6}(?!\d)"),
              ("card16", r"(?<!\d)\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}(?!\d)"),
              ("ipv4", r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"),
              ("passport_kr", r"(?<![A-Za-z0-9])[MSRGD]\d{3}[A-Z]?\d{4,5}(?![A-Za-z0-9])"),
              ("brn_shape", r"(?<!\d)\d{3}-\d{2}-\d{5}(?!\d)"),
              ("dl_shape", r"(?<!\d)\d{2}-\d{2}-\d{6}-\d{2}(?!\d)"),
              ("plate", r"(?<![\d가-힣])\d{2,3}[" + PLATE_PRIV + "바사아자배하허호] ?\d{4}(?!\d)"),
              ("account_dash", r"(?<![\d-])\d{3,6}-\d{2,6}-\d{4,7}(?:-\d{1,3})?(?![\d-])")]

def validate_record(text, spans, negs, nopii_expected=False):
    errs = []
    last = 0
    for s in spans:
        if not (0 <= s["start"] < s["end"] <= len(text)): errs.append("bounds"); continue
        if s["start"] < last: errs.append(f"overlap/unsorted at {s['start']}")
        last = s["end"]
        v = text[s["start"]:s["end"]]
        if v != s["value"]: errs.append("value mismatch")
        if v != v.strip(): errs.append(f"whitespace edge {v!r}")
        if s["type"] not in TYPES: errs.append("bad type " + s["type"])
        e = validate_span(s["type"], v, s["subkind"])
        if e: errs.append(f"{s['type']} {v!r}: {e}")
    covered = [(s["start"], s["end"]) for s in spans]
    for s in spans:
        v = s["value"]
        if s["type"] == "PERSON" and len(v) < 2: continue
        for m in re.finditer(re.escape(v), text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                errs.append(f"unlabelled repeat {v!r} at {m.start()}")
    allowed = covered + [(n["start"], n["end"]) for n in negs]
    for name, rx in SUSPICIOUS:
        for m in re.finditer(rx, text):
            if not any(m.start() < b and a < m.end() for a, b in allowed):
                errs.append(f"suspicious {name} {m.group()!r}")
    return errs

# ----------------------------------------------------------------------------- helpers for templates
def pick(rng, *xs): return rng.choice(xs)
def ymd(rng, y0=2023, y1=2026):
    y, m, d = rand_date(rng, y0, y1)
    return rng.choice([f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}.", f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일"])
def age_of(y): return 2026 - y
OFFICE = ["주무관", "사무관", "서기관", "팀장", "과장", "실무관", "행정관", "연구관", "조사관"]
ORGS = ["한빛시청", "누리구청", "가람군청", "새솔시 보건소", "○○지방병무청", "동해출입국·외국인사무소", "서부교육지원청", "남부지방고용노동청",
        "가온시 복지재단", "미래도청", "중앙세무서", "북부경찰서", "한울시설관리공단", "서해지방해양수산청"]

def sP(rng, kind=None):
    v, k = phone(rng, kind); return S("PHONE_NUMBER", v, k)
def sA(rng, kind=None):
    v, k = address(rng, kind); return S("KR_ADDRESS", v, k)
def sD(rng, kind=None, date=None):
    v, k, _ = dob(rng, kind, date); return S("DATE_OF_BIRTH", v, k)
def sACC(rng, bank=None, kind="bank"):
    b, v, k = account(rng, bank, kind=kind); return b, S("KR_BANK_ACCOUNT", v, k)
def sR(rng, kind=None, date=None):
    v, k = rrn(rng, kind, date); return S("KR_RRN", v, k)
def sF(rng, date=None):
    v, k = frn(rng, date); return S("KR_FRN", v, k)
def sPP(rng, country=None, kind=None):
    v, k = passport(rng, country, kind); return S("KR_PASSPORT", v, k)
def sC(rng, brand=None, mask=None, sep=None):
    v, k = card(rng, brand, mask, sep); return S("CREDIT_CARD", v, k)
def sE(rng, kor=None, dom=None): return S("EMAIL_ADDRESS", email(rng, kor, dom), "email")
def sB(rng): v, k = brn(rng); return S("KR_BRN", v, k)
def sCR(rng): v, k = crn(rng); return S("KR_CRN", v, k)
def sDL(rng, kind=None): v, k = dl(rng, kind); return S("KR_DRIVER_LICENSE", v, k)
def sPL(rng, kind=None): v, k = plate(rng, kind); return S("KR_VEHICLE_PLATE", v, k)
def sH(rng): v, k = health(rng); return S("KR_HEALTH_INSURANCE", v, k)
def sIP(rng, kind=None): v, k = ip(rng, kind); return S("IP_ADDRESS", v, k)
def sFN(rng, country=None, script=None):
    c, v, k = fname(rng, country, script); return c, S("PERSON", v, k)
def nD(rng, y0=2023, y1=2026): return N("date_not_birth", ymd(rng, y0, y1))
def nRange(rng, y=2026):
    a, b = sorted([rand_date(rng, y, y), rand_date(rng, y, y)])
    f = rng.choice(["{0}. {1}. {2}.", "{0}.{1:02d}.{2:02d}.", "{0}-{1:02d}-{2:02d}", "{0}년 {1}월 {2}일"])
    return [N("date_not_birth", f.format(*a)), " ~ ", N("date_not_birth", f.format(*b))]

# ----------------------------------------------------------------------------- templates
def t_gongmun(rng):
    org = rng.choice(ORGS); a, b, c = kname(rng), kname(rng), kname(rng)
    p = ["", org, "\n\n수신  ", N("office_title", rng.choice(["수신자 참조", "각 읍·면·동장", "○○장관(운영지원과장)", "교육장"])), "\n(경유)\n제목  ",
         pick(rng, "2026년 상반기 개인정보 보호 실태 점검 결과 통보", "민원 처리 기간 연장 안내", "시설물 안전점검 협조 요청", "소규모 공사 준공검사 요청"),
         "\n\n1. 관련: ", N("doc_number", docno(rng)), "(", nD(rng), ")\n2. 위 호와 관련하여 ",
         pick(rng, "붙임과 같이 결과를 통보하니 업무에 참고하시기 바랍니다.", "다음과 같이 요청하오니 협조하여 주시기 바랍니다."),
         "\n  가. 근거: ", N("statute", rng.choice(STATUTES)), "\n  나. 문의: ", rng.choice(["담당 ", ""]), per(c), " ", OFFICE[len(c) % len(OFFICE)], "(", sP(rng, "landline"), ")",
         "\n\n붙임  점검 결과 1부.  끝.\n\n", N("office_title", org.replace("청", "청장") if org.endswith("청") else org + "장"),
         "\n\n", OFFICE[len(c) % len(OFFICE)], " ", per(c), "   ", rng.choice(["팀장", "과장"]), " ", per(a), "   ", rng.choice(["국장", "전결 과장"]), " ", per(b),
         "\n협조자\n시행  ", N("doc_number", docno(rng)), " (", nD(rng), ")   접수\n우 ", N("postal_code", f"{rng.randint(10000,63999)}"), "  ",
         N("inst_address", inst_address(rng)), "  / ", N("inst_url", "www." + rng.choice(["hanbit", "nuri", "garam", "saesol"]) + ".go.kr"),
         "\n전화번호 ", sP(rng, "landline"), "  전송 ", sP(rng, "landline"), "  / ", sE(rng, c, "korea.kr"), "  / ", rng.choice(["대국민 공개", "부분공개(6)", "비공개(6)"])]
    return "공문", p

def t_press(rng):
    off, cit = kname(rng), kname(rng); y = rng.randint(1950, 2000)
    p = ["보도자료\n", rng.choice(["보도시점: 배포 즉시", "보도시점: 2026. 3. 4.(수) 조간"]), "\n\n",
         pick(rng, "전통시장 화재 예방 합동점검 실시", "청년 월세 지원 2차 접수 시작", "폭염 대비 무더위쉼터 확대 운영", "외국인 주민 생활 안내 책자 발간"),
         "\n\n□ ", N("office_title", rng.choice([x for x in MINISTRIES if x.endswith("부")]) + "(장관 ○○○)"), "는 ", nD(rng, 2026, 2026), "부터 관련 사업을 추진한다고 밝혔다.\n\n□ ",
         per(off), " ", rng.choice(["정책관", "국장", "과장", "대변인"]), "은 \"", pick(rng, "현장의 목소리를 꼼꼼히 반영하겠다", "주민 불편이 없도록 최선을 다하겠다"),
         "\"고 말했다.\n\n□ 현장 간담회에 참석한 주민 ", per(cit), f"({age_of(y)}) 씨는 \"", pick(rng, "이제야 숨통이 트인다", "절차가 훨씬 간단해졌다"), "\"며 반겼다.\n",
         "\n담당 부서: ", rng.choice(["생활안전과", "청년정책과", "재난관리과", "외국인정책과"]), "  책임자 과장 ", per(kname(rng)), " (", sP(rng, "landline"), ")",
         "\n           담당자 ", rng.choice(OFFICE), " ", per(kname(rng)), " (", sP(rng, "landline"), ")\n",
         "※ 일반 문의: ", N("inst_phone", inst_phone(rng))]
    return "보도자료", p

def t_news(rng):
    v1, v2 = kname(rng), kname(rng); y1 = rng.randint(1955, 2005)
    p = [per(v1), f"({age_of(y1)}) ", pick(rng, "씨가 운전하던", "씨 소유의"), " 승용차(", sPL(rng), ")가 ", nD(rng, 2026, 2026), " 오후 ",
         f"{rng.randint(1,11)}시께 ", pick(rng, "교차로에서 신호를 기다리던 화물차를 들이받았다.", "주차장 출구에서 보행자를 쳤다."), "\n\n",
         "경찰에 따르면 이 사고로 화물차 운전자 ", per(v2), " 씨가 경상을 입었다. ", per(v1), "씨는 \"", pick(rng, "브레이크가 말을 듣지 않았다", "햇빛 때문에 앞이 안 보였다"),
         "\"고 진술한 것으로 전해졌다.\n\n현장에 있던 목격자 ", N("placeholder", rng.choice(["A씨", "B씨", "정 모 씨", "이 모(52) 씨"])),
         "는 당시 상황을 휴대전화로 촬영해 경찰에 제출했다. 경찰은 ", N("statute", "「교통사고처리 특례법」 제3조"), " 위반 여부를 조사하고 있다.\n",
         "/", per(kname(rng)), " 기자 ", sE(rng, None, rng.choice(["hanulnews.co.kr", "saebyeok.kr"]))]
    return "뉴스", p

def t_minutes(rng):
    names = [kname(rng) for _ in range(rng.randint(4, 7))]
    p = ["제", f"{rng.randint(3,48)}", "차 ", pick(rng, "지역사회보장협의체", "인사위원회", "민원조정위원회", "개인정보 보호 심의위원회"), " 회의록\n\n일시: ", nD(rng),
         " 14:00~16:10\n장소: 본관 3층 소회의실\n참석: 위원장 ", per(names[0])]
    for n in names[1:-1]:
        p += [", 위원 ", per(n)]
    p += [" (", f"{len(names)-1}", "명)\n간사: ", rng.choice(OFFICE), " ", per(names[-1]), "\n\n【안건 1】 ",
          pick(rng, "2026년도 사업계획(안)", "민원 반복 제기 건 처리 방안", "위원 위촉 동의"), "\n\n", per(names[0]), " 위원장: 회의를 시작하겠습니다. 간사께서 보고해 주십시오.\n",
          per(names[-1]), " 간사: 배부한 자료 ", rng.randint(2, 9), "쪽을 보시면 ", pick(rng, "신청 건수가 작년보다 늘었습니다.", "처리 기한이 지난 건이 세 건입니다."), "\n",
          per(names[1]), " 위원: ", pick(rng, "그 세 건 중 한 건은 제가 직접 확인했는데", "자료에 오류가 있는 것 같은데"), ", ", per(names[2]), " 위원님 의견은 어떠십니까?\n",
          per(names[2]), " 위원: 동의합니다. 다만 ", N("placeholder", rng.choice(["김○○", "박**", "민원인 A"])), " 민원인 건은 따로 논의했으면 합니다.\n",
          per(names[0]), " 위원장: 그럼 원안대로 의결하겠습니다.\n\n(", N("date_not_birth", "16:10"), " 폐회)"]
    return "회의록", p

def t_transcript(rng):
    cl, st = kname(rng), kname(rng)
    y, m, d = rand_date(rng, 1948, 1999)
    mob = phone(rng, "mobile")[0].replace(".", "-").replace(" ", "-")
    dg = re.sub(r"\D", "", mob)
    spoken = "".join("공일이삼사오육칠팔구"[int(x)] for x in dg)
    spoken = f"{spoken[:3]} {spoken[3:-4]} {spoken[-4:]}"
    kind = rng.random()
    p = ["[녹취록] 상담전화 ", N("receipt_no", receipt(rng)), "\n상담원: ", rng.choice(OFFICE), " ", per(st), "\n\n상담원: 네, ",
         rng.choice(["가온시 민원콜센터", "복지상담센터", "체류민원 상담실"]), " ", per(st), "입니다.\n민원인: 네, 저는 ", per(cl), "이라고 하는데요.\n",
         "상담원: 본인 확인을 위해 생년월일 말씀해 주시겠어요?\n민원인: ",
         S("DATE_OF_BIRTH", f"{hangul_number(y)}년 {hangul_number(m)}월 {hangul_number(d)}일", "dob_spelled") if kind < 0.5 else S("DATE_OF_BIRTH", f"{y%100:02d}년 {m}월 {d}일", "dob_kor_yy"),
         "이요.\n상담원: 연락받으실 번호는요?\n민원인: ", S("PHONE_NUMBER", spoken, "mobile", ["hangul_digits"]) if kind < 0.6 else S("PHONE_NUMBER", mob, "mobile"), "요.\n"]
    if rng.random() < 0.6:
        b, v, k = account(rng)
        dgv = v if rng.random() < 0.5 else "".join("공일이삼사오육칠팔구"[int(x)] if x.isdigit() else " " for x in v)
        p += ["상담원: 환급 받으실 계좌는요?\n민원인: ", b.replace("은행", ""), " ", S("KR_BANK_ACCOUNT", dgv, k), "이고 예금주는 제 이름 그대로예요.\n"]
    p += ["상담원: 확인되었습니다. 처리 결과는 ", N("statute", "「민원 처리에 관한 법률」"), "에 따라 ", rng.randint(3, 14), "일 이내에 문자로 안내드립니다.\n(이하 생략)"]
    return "녹취록", p

def t_judgment(rng):
    pl, df = kname(rng), kname(rng)
    p = [rng.choice(["○○지방법원", "△△지방법원 □□지원"]), "\n판    결\n\n사    건  ", N("case_number", caseno(rng)), " ", pick(rng, "손해배상(기)", "대여금", "부당이득금"),
         "\n원    고  ", per(pl), " (", sD(rng, rng.choice(["dot_space", "kor", "yymmdd"])), "생)\n          ", sA(rng), "\n          소송대리인 변호사 ", per(kname(rng)),
         "\n피    고  ", per(df), "\n          ", sA(rng), "\n변론종결  ", nD(rng, 2025, 2026), "\n판결선고  ", nD(rng, 2025, 2026), "\n\n주    문\n1. 피고는 원고에게 ",
         N("amount", amount(rng)), " 및 이에 대하여 ", nD(rng, 2023, 2025), "부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이    유\n",
         "원고는 ", nD(rng, 2022, 2024), " 피고 명의의 ", rng.choice(["국민은행", "하나은행", "농협은행"]), " 계좌로 돈을 송금하였는데, 피고는 ", N("statute", "「민법」 제741조"),
         "에 따라 이를 반환할 의무가 있다.\n\n판사  ", per(kname(rng))]
    if rng.random() < 0.6:
        bk, sacc = sACC(rng)
        i = p.index(" 계좌로 돈을 송금하였는데, 피고는 ")
        p[i - 1] = bk
        p[i:i + 1] = [" 계좌(", sacc, ")로 돈을 송금하였는데, 피고는 "]
    return "판결문", p

def t_decision(rng):
    cl = kname(rng)
    p = [rng.choice(["중앙행정심판위원회", "○○도행정심판위원회"]), "\n재  결  서\n\n사건번호  ", N("case_number", caseno(rng)), "\n사 건 명  ",
         "운전면허 취소처분 취소청구", "\n청 구 인  ", per(cl), "\n          ", sA(rng),
         "\n피청구인  ", N("office_title", rng.choice(["○○지방경찰청장", "가온시장", "누리구청장"])), "\n\n주    문  청구인의 청구를 ", rng.choice(["기각한다.", "인용한다."]),
         "\n\n청구 취지  피청구인이 ", nD(rng, 2025, 2026), " 청구인에게 한 ", "제1종 보통 운전면허("]
    if p[-1].startswith("제1종"):
        p += [sDL(rng), ") 취소처분을 취소한다."]
    else:
        p += [N("doc_number", docno(rng)), ")을 취소한다."]
    p += ["\n\n이   유\n청구인은 ", nD(rng, 2025, 2025), " 혈중알코올농도 0.0", str(rng.randint(31, 99)), "%의 상태로 ", sPL(rng), " 차량을 운전하였다는 이유로 처분을 받았다.\n",
          "\n", nD(rng, 2026, 2026), "\n", N("office_title", "위원장")]
    return "재결서", p

def t_civil_reply(rng):
    nm = kname(rng)
    p = [rng.choice(ORGS), " 민원 처리 결과 통지\n\n", per(nm), " 귀하\n", N("postal_code", f"({rng.randint(10000,63999)})"), " ", sA(rng),
         "\n\n접수번호: ", N("receipt_no", receipt(rng)), "  접수일: ", nD(rng), "\n\n1. 귀하께서 신청하신 ", pick(rng, "'도로 파손 보수 요청'", "'불법 주정차 단속 요청'", "'가로등 고장 신고'"),
         " 민원에 대한 처리 결과를 알려드립니다.\n2. 현장 확인 결과 ", pick(rng, "보수가 필요하여 이번 주 안에 조치할 예정입니다.", "해당 구역을 단속 구역으로 지정하였습니다."),
         "\n3. 추가 문의는 담당 ", rng.choice(OFFICE), " ", per(kname(rng)), "(", sP(rng, "landline"), ", ", sE(rng, None, "korea.kr"), ")에게 연락해 주시기 바랍니다.\n",
         "※ 본 통지는 ", per(nm), " 님의 휴대전화(", sP(rng, "mobile"), ")로도 문자 발송되었습니다.\n\n", N("office_title", rng.choice(["가온시장", "누리구청장", "세무서장"]))]
    return "민원회신", p

def t_audit(rng):
    rows = []
    p = [rng.choice(["감사 결과 보고", "자체감사 처분요구서", "복무감찰 결과"]), "\n\n1. 감사 개요: ", *nRange(rng), "\n2. 지적 사항: ",
         pick(rng, "관용차량 사적 사용", "출장비 부당 수령", "법인카드 사적 사용"), "\n3. 관련자\n"]
    for i in range(rng.randint(2, 4)):
        nm = kname(rng)
        p += [f"  ({i+1}) ", rng.choice(["행정6급", "행정7급", "시설6급", "사서8급"]), " ", per(nm), " (", sD(rng, date=rand_date(rng, 1966, 1999)), "생) "]
        r = rng.random()
        if r < 0.35: p += ["관용차량 ", sPL(rng), "을 주말에 운행"]
        elif r < 0.7: p += ["법인카드(", sC(rng, mask=rng.choice([None, "middle"])), ")로 ", N("amount", amount(rng)), " 결제"]
        else:
            bk, sa = sACC(rng); p += ["출장비를 본인 명의 ", bk, " 계좌(", sa, ")로 이중 수령"]
        p += ["\n"]
    p += ["4. 처분 요구: ", N("statute", "「지방공무원법」 제72조"), "에 따른 경징계\n감사관 ", per(kname(rng))]
    return "감사보고서", p

def t_discipline(rng):
    nm = kname(rng)
    p = ["징 계 의 결 서\n\n", "┌────────┬──────────────────┐\n", "│ 소  속 │ ", rng.choice(["가온시 도시계획과", "누리구 세무과", "○○교육청 총무과"]), " │\n",
         "│ 직  급 │ ", rng.choice(["지방행정주사", "지방세무주사보", "교육행정주사"]), " │\n│ 성  명 │ ", per(nm), " │\n│ 생년월일 │ ", sD(rng, date=rand_date(rng, 1966, 1999)), " │\n│ 주  소 │ ", sA(rng), " │\n",
         "└────────┴──────────────────┘\n\n의결주문: ", rng.choice(["정직 1월", "감봉 3월", "견책"]), "\n이유: 위 사람은 ", nD(rng, 2025, 2026), " 음주 상태로 본인 소유 차량(", sPL(rng),
         ")을 운전하다 적발되었다. 이는 ", N("statute", "「국가공무원법」 제63조"), "(품위 유지의 의무)를 위반한 것이다.\n\n", nD(rng, 2026, 2026), "\n",
         N("office_title", "○○인사위원회 위원장")]
    return "징계", p

def t_accident(rng):
    d1, d2 = kname(rng), kname(rng)
    p = ["교통사고 발생 보고\n\n□ 일시: ", nD(rng, 2026, 2026), " 08:40경\n□ 장소: ", sA(rng, "road"), " 앞 교차로\n□ 관련 차량\n  ○ 가해: ", sPL(rng), " (운전자 ", per(d1), ", ",
         sD(rng), "생, 면허 ", sDL(rng), ", ", sP(rng, "mobile"), ")\n  ○ 피해: ", sPL(rng), " (운전자 ", per(d2), ", 면허번호 ", sDL(rng), ")\n",
         "□ 피해 상황: ", per(d2), " 경상(전치 2주), ", rng.choice(["관용차량", "시내버스"]), " 범퍼 파손\n□ 조치: 보험 접수 (사고접수번호 ", N("receipt_no", receipt(rng)), ")\n",
         "□ 보고자: ", rng.choice(["교통행정과", "차량관리팀"]), " ", per(kname(rng)), " ", rng.choice(OFFICE)]
    return "사고보고서", p

def t_personnel(rng):
    p = [rng.choice(ORGS), " 인사발령\n", N("doc_number", f"인사발령 제{rng.randint(2026,2026)}-{rng.randint(10,200)}호"), "\n\n"]
    for _ in range(rng.randint(3, 6)):
        nm = kname(rng)
        kind = rng.choice(["승진", "전보", "신규임용", "휴직", "직무대리"])
        p += [kind, "  ", rng.choice(["행정6급", "행정7급", "전산7급", "사회복지8급"]), " ", per(nm)]
        if rng.random() < 0.45: p += [" (", sD(rng, rng.choice(["dot_zero_nodot", "yy_dot", "dot_space"]), rand_date(rng, 1966, 2001)), ")"]
        p += ["  ", rng.choice(["민원과", "재무과", "정보통신과", "복지정책과"]), "→", rng.choice(["세무과", "도시과", "감사실", "자치행정과"]), "\n"]
    p += ["\n", nD(rng, 2026, 2026), "\n", N("office_title", rng.choice(["가온시장", "누리구청장", "교육감"]))]
    return "인사발령", p

def t_travel(rng):
    p = ["국외출장 명령서\n\n1. 출장 목적: ", pick(rng, "해외 우수 행정사례 벤치마킹", "국제회의 참석", "재외국민 민원 실태 조사"), "\n2. 출장지: ", rng.choice(["베트남 하노이", "독일 베를린", "일본 도쿄", "미국 시애틀"]),
         "\n3. 기간: ", *nRange(rng), "\n4. 출장자\n"]
    for i in range(rng.randint(2, 4)):
        nm = kname(rng)
        f = rng.random()
        if f < 0.4:
            p += [f"  {i+1}. ", rng.choice(["과장", "주무관", "팀장"]), " ", per(nm), " / 여권번호 ", sPP(rng), " / 생년월일 ", sD(rng, date=rand_date(rng, 1964, 2001)), "\n"]
        elif f < 0.7:
            p += [f"  {i+1}. ", per(nm), "\t", sPP(rng), "\t", sD(rng, rng.choice(["iso", "eng", "passport_style", "dot_zero"]), rand_date(rng, 1964, 2001)), "\t", sP(rng, "mobile"), "\n"]
        else:
            p += [f"  {i+1}. ", per(nm), " ", rng.choice(["사무관", "연구관"]), "(여권 ", sPP(rng, kind=rng.choice(["kr_new", "masked"])), ")\n"]
    p += ["5. 소요 경비: ", N("amount", amount(rng)), " (", N("statute", rng.choice(["「공무원 여비 규정」 제16조", "「공무원 여비 규정」 별표 4"])), ")\n6. 항공권 결제: 법인카드 ", sC(rng), "\n"]
    return "국외출장", p

def t_contract(rng):
    rep = kname(rng); comp = rng.choice(COMPANIES); b, sacc = sACC(rng)
    p = [pick(rng, "물품 구매 계약서", "용역 계약서", "시설 유지보수 계약서"), "\n\n계약번호: ", N("doc_number", f"{rng.randint(2026,2026)}-{rng.choice(['용역','물품','공사'])}-{rng.randint(10,999)}"),
         "\n계약금액: ", N("amount", amount(rng)), "\n\n(갑) ", N("office_title", rng.choice(["가온시장", "한울시설관리공단 이사장", "누리구청장"])), "\n     ", N("inst_address", inst_address(rng)),
         "\n(을) 상호: ", N("company", comp), "\n     대표자: ", per(rep), "\n     사업자등록번호: ", sB(rng)]
    if rng.random() < 0.95: p += ["\n     법인등록번호: ", sCR(rng)]
    p += ["\n     주소: ", sA(rng), "\n     전화: ", sP(rng, "landline"), "  휴대전화: ", sP(rng, "mobile"), "\n     이메일: ", sE(rng, rep),
          "\n\n제5조(대금 지급) 갑은 검사 완료 후 ", rng.randint(5, 14), "일 이내에 을의 지정 계좌(", b, " ", sacc, ", 예금주 ", N("company", comp), ")로 대금을 지급한다.\n",
          "\n", nD(rng, 2026, 2026), "\n(갑) 계약담당관 ", per(kname(rng)), " (인)   (을) 대표 ", per(rep), " (인)"]
    return "계약서", p

def t_consent(rng):
    nm = kname(rng); filled = rng.random() < 0.85
    p = ["개인정보 수집·이용 동의서\n\n", N("company", rng.choice(ORGS)), "은(는) ", N("statute", "「개인정보 보호법」 제15조"), "에 따라 아래와 같이 개인정보를 수집·이용합니다.\n",
         "- 수집 항목: 성명, 생년월일, 연락처, 주소\n- 보유 기간: 3년\n\n"]
    if filled:
        p += ["성명: ", per(nm), "    생년월일: ", sD(rng), "\n연락처: ", sP(rng, "mobile"), "   이메일: ", sE(rng, nm), "\n주소: ", sA(rng), "\n\n",
              "위 내용에 동의합니다. ☑동의 □미동의\n", nD(rng, 2026, 2026), "\n동의자 ", per(nm), " (서명)"]
        if rng.random() < 0.3: p += ["\n법정대리인 ", per(kname(rng)), " (관계: 부) ", sP(rng, "mobile")]
    else:
        p += ["성명: ", N("placeholder", "홍길동"), " (예시)    생년월일: ____년 __월 __일\n연락처: ___-____-____\n\n위 내용에 동의합니다. □동의 □미동의"]
    return "동의서", p

def t_application(rng):
    nm = kname(rng); b, sacc = sACC(rng)
    p = [pick(rng, "긴급복지 생계지원 신청서", "청년 구직활동지원금 신청서", "출산지원금 신청서", "재난지원금 이의신청서"), "\n\n",
         "■ 신청인\n  성    명 | ", per(nm), "\n  주민등록번호 | ", sR(rng, rng.choice(["valid", "valid", "masked", "post2020"]) if rng.random() < 0.2 else rng.choice(["valid", "masked"])),
         "\n  주    소 | ", sA(rng), "\n  연 락 처 | ", sP(rng), "\n  전자우편 | ", sE(rng, nm), "\n■ 지급 계좌\n  금융기관 | ", b, "\n  계좌번호 | ", sacc, "\n  예 금 주 | ", per(nm),
         "\n\n위와 같이 신청합니다.\n", nD(rng, 2026, 2026), "  신청인 ", per(nm), " (서명 또는 인)\n", N("office_title", rng.choice(["가온시장", "누리구청장", "○○읍장"])), " 귀하"]
    return "신청서", p

def t_immigration(rng):
    c = rng.choice(COUNTRIES[:11] + ["카자흐스탄", "스리랑카"])
    _, fp = sFN(rng, c, "latin")
    y, m, d = rand_date(rng, 1968, 2004)
    p = ["체류기간 연장허가 신청 접수증\n\n", N("receipt_no", receipt(rng)), "\n성명(Name): ", fp, "\n국적: ", c, "\n생년월일: ", sD(rng, rng.choice(["eng", "iso", "dot_zero", "dmy_dot"]), (y, m, d)),
         "\n외국인등록번호: ", sF(rng, (y, m, d)), "\n여권번호: ", sPP(rng, c), "\n체류자격: ", rng.choice(["E-9", "F-6", "D-2", "E-7", "H-2", "F-4"]),
         "\n국내 주소: ", sA(rng), "\n연락처: ", sP(rng, "mobile"), " / ", sE(rng), "\n\n※ 처리 결과는 ", N("inst_url", "하이코리아"), " 또는 ", N("inst_phone", "1345"), "로 확인하십시오.\n",
         N("office_title", rng.choice(["○○출입국·외국인사무소장", "출입국·외국인청장"]))]
    return "출입국", p

def t_foreign_employment(rng):
    comp = rng.choice(COMPANIES); rep = kname(rng)
    p = ["외국인근로자 고용변동 신고서\n\n사업장명: ", N("company", comp), "   대표자: ", per(rep), "\n사업자등록번호: ", sB(rng), "  소재지: ", sA(rng), "\n담당자 연락처: ", sP(rng), "\n\n",
         "번호 | 성명 | 국적 | 외국인등록번호 | 여권번호 | 변동사유\n"]
    for i in range(rng.randint(2, 4)):
        c = rng.choice(COUNTRIES[:10] + ["스리랑카", "캄보디아"])
        _, fp = sFN(rng, c)
        p += [f"{i+1} | ", fp, " | ", c, " | ", sF(rng), " | ", sPP(rng, c), " | ", rng.choice(["근로계약 해지", "이탈", "사업장 변경", "계약 연장"]), "\n"]
    p += ["\n근거: ", N("statute", "「외국인근로자의 고용 등에 관한 법률」 제17조"), "\n신고일 ", nD(rng, 2026, 2026)]
    return "외국인고용", p

def t_welfare(rng):
    cl = kname(rng); y = rng.randint(1935, 1990); b, sacc = sACC(rng)
    p = ["[사례관리 상담기록지]  사례번호 ", N("receipt_no", receipt(rng)), "\n상담일시 ", nD(rng, 2026, 2026), "  상담자 ", rng.choice(["사회복지주무관", "통합사례관리사"]), " ", per(kname(rng)),
         "\n\n대상자 ", per(cl), "(", rng.choice(["남", "여"]), f", {age_of(y)}세) / 생년월일 ", sD(rng, date=(y, rng.randint(1, 12), rng.randint(1, 28))),
         " / 건강보험증번호 ", sH(rng), "\n주소: ", sA(rng), " / 연락처 ", sP(rng), "\n\n", per(cl), "님은 ", pick(rng, "최근 실직 후 월세가 3개월 밀렸다고 호소함.",
         "고혈압과 당뇨로 거동이 불편하며 혼자 거주함.", "자녀 양육비 부담으로 상담을 요청함."), "\n비상연락: 딸 ", per(kname(rng)), " ", sP(rng, "mobile"),
         "\n조치: 긴급생계비 ", N("amount", amount(rng)), "을 ", b, " ", sacc, "(예금주 ", per(cl), ")로 지급 요청."]
    return "복지상담", p

def t_medical(rng):
    pt = kname(rng); dt = rand_date(rng, 1940, 2008)
    rr = sR(rng, rng.choice(["masked", "masked", "valid"]), dt)
    sex = "M" if rr[2][7] in "13" else "F"
    p = [rng.choice(["가온시 보건소", "새솔시 보건소", "○○의료원"]), " 진료기록 사본\n\n등록번호 ", N("receipt_no", f"{rng.randint(10000000,99999999)}"), "\n환자명: ", per(pt),
         " (", sex, "/", 2026 - dt[0], ")\n생년월일: ", sD(rng, date=dt), "\n주민등록번호: ", rr,
         "\n건강보험: ", sH(rng), "\n보호자: ", per(kname(rng)), " ", sP(rng, "mobile"), "\n\n[진단] ", pick(rng, "제2형 당뇨병", "급성 기관지염", "요추 염좌", "고혈압"),
         "\n[처방] ", pick(rng, "메트포르민 500mg 1일 2회", "아목시실린 250mg 1일 3회", "소염진통제 1일 2회"), "\n담당의 ", per(kname(rng)), " (면허번호 ", N("license_no", f"제{rng.randint(10000,99999)}호"), ")"]
    return "의료기록", p

def t_school(rng):
    st, pa = kname(rng), kname(rng); b, sacc = sACC(rng, rng.choice(["카카오뱅크", "토스뱅크", "농협은행", "우체국", "신한은행"]))
    sch, y0, y1, gmax = rng.choice([("가람중학교", 2011, 2013, 3), ("새솔고등학교", 2008, 2010, 3), ("누리초등학교", 2013, 2019, 6)])
    p = [sch, " ", pick(rng, "장학금 지급 대상자 통보", "학생 전학 서류 접수", "방과후학교 수강료 환불"), "\n\n",
         f"학년/반: {rng.randint(1,gmax)}학년 {rng.randint(1,9)}반 {rng.randint(1,30)}번\n학생명: ", per(st), "  생년월일: ", sD(rng, date=rand_date(rng, y0, y1)),
         "\n보호자: ", per(pa), " (", sP(rng, "mobile"), ")\n환불 계좌: ", b, " ", sacc, " (예금주: ", per(pa), ")\n\n담임교사 ", per(kname(rng)), "  행정실 ", N("inst_phone", f"{rng.choice(AREA)}-{rng.randint(200,999)}-{rng.randint(0,9999):04d}(대표)")]
    return "학교기록", p

def t_tax(rng):
    nm = kname(rng); b, sacc = sACC(rng)
    p = [rng.choice(["종합소득세", "부가가치세", "근로장려금"]), " 환급금 지급 안내\n\n", N("office_title", "중앙세무서장"), "\n\n납세자: ", per(nm), "\n주민등록번호: ", sR(rng),
         "\n사업자등록번호: ", sB(rng), " (", N("company", rng.choice(COMPANIES)), ")\n주소: ", sA(rng), "\n\n환급금 ", N("amount", amount(rng)), "을 ", nD(rng, 2026, 2026),
         " 신고하신 ", b, " 계좌 ", sacc, "로 지급합니다.\n근거: ", N("statute", "「국세기본법」 제51조"), "\n문의: ", N("inst_phone", "126"), " 또는 담당 ", per(kname(rng)), " 조사관 ", sP(rng, "landline")]
    return "세무", p

def t_auction(rng):
    a, b2 = kname(rng), kname(rng); bk, sacc = sACC(rng)
    p = ["공 탁 서 (금전)\n\n공탁번호 ", N("case_number", f"{rng.randint(2025,2026)}금제{rng.randint(100,9999)}호"), "\n공탁자  성명 ", per(a), "  주민등록번호 ", sR(rng, rng.choice(["valid", "masked"])),
         "\n        주소 ", sA(rng), "\n피공탁자 "]
    if rng.random() < 0.5:
        p += ["성명 ", per(b2), "  주민등록번호 ", sR(rng), "\n        주소 ", sA(rng)]
    else:
        p += ["상호 ", N("company", rng.choice(COMPANIES)), "  법인등록번호 ", sCR(rng), "\n        본점 ", sA(rng)]
    p += ["\n공탁금액 ", N("amount", amount(rng)), "\n법령조항 ", N("statute", rng.choice(["「민법」 제487조", "「민사집행법」 제248조"])), "\n회수청구 시 입금계좌: ", bk, " ", sacc,
          "\n관련사건 ", N("case_number", caseno(rng)), "\n", nD(rng, 2026, 2026), "  공탁자 ", per(a), " (인)"]
    return "경매공탁", p

def t_refund_table(rng):
    seps = rng.choice([" | ", "|", "\t", "  "])
    p = [rng.choice(["과오납 환불 대상자 명단", "보상금 지급 명세", "수강료 환불 내역", ""]), "\n" if rng.random() < 0.7 else ""]
    for i in range(rng.randint(3, 7)):
        nm = kname(rng); b, sacc = sACC(rng)
        row = [str(i + 1), per(nm), b, sacc, N("amount", amount(rng))]
        if rng.random() < 0.4: row.insert(2, sP(rng, "mobile"))
        for j, c in enumerate(row):
            if j: p.append(seps)
            p.append(c)
        p.append("\n")
    p += ["합계 ", N("amount", amount(rng))]
    return "금융지급", p

def t_card_refund(rng):
    p = [rng.choice(["카드 취소·환불 처리 목록", "체육시설 이용료 카드 환불 대장", "행사 참가비 결제 취소 내역"]), "\n",
         rng.choice(["순번\t성명\t카드번호\t승인번호\t금액\n", "", "No. 이름 카드 승인 금액\n"])]
    for i in range(rng.randint(3, 6)):
        nm = kname(rng) if rng.random() < 0.85 else sFN(rng, None, "latin")[1][2]
        mask = rng.choice([None, None, None, "middle", "last4"])
        p += [f"{i+1}\t", per(nm, detect_sub("PERSON", nm)), "\t", sC(rng, mask=mask), "\t", N("approval_no", f"{rng.randint(10000000,99999999)}"), "\t", N("amount", amount(rng)), "\n"]
    return "금융지급", p

def t_access_log(rng):
    p = [rng.choice(["# 개인정보처리시스템 접속기록 (발췌)\n", "[접속기록 점검 결과]\n", ""])]
    for _ in range(rng.randint(4, 8)):
        ts = f"2026-{rng.randint(1,12):02d}-{rng.randint(1,28):02d} {rng.randint(0,23):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}"
        f = rng.random()
        if f < 0.5:
            p += [N("date_not_birth", ts), " user=", N("user_id", userid(rng)), " src=", sIP(rng), " action=", rng.choice(["SELECT", "DOWNLOAD", "UPDATE", "LOGIN_FAIL"]), " target=",
                  rng.choice(["수급자명부", "민원인DB", "체납자목록"]), "\n"]
        elif f < 0.8:
            p += [N("date_not_birth", ts), " | ", N("user_id", userid(rng)), " | ", sIP(rng), " | 조회 | 조회대상 ", per(kname(rng)), "\n"]
        else:
            p += [sIP(rng), " - - [", N("date_not_birth", ts), "] \"POST /login HTTP/1.1\" 200 id=", sE(rng), "\n"]
    p += ["점검자: ", rng.choice(["정보보호팀", "감사실"]), " ", per(kname(rng))]
    return "접속로그", p

def t_parcel(rng):
    s_, r_ = kname(rng), kname(rng)
    p = [rng.choice(["등기우편 배달증명", "택배 송장", "반송 우편물 처리 대장"]), "\n운송장번호 ", N("tracking_no", f"{rng.randint(1000,9999)}-{rng.randint(1000,9999)}-{rng.randint(1000,9999)}"),
         "\n보내는 분: ", per(s_), " / ", sP(rng), "\n  ", sA(rng), "\n받는 분: ", per(r_), " / ", sP(rng, "mobile"), "\n  ", N("postal_code", f"({rng.randint(10000,63999)})"), " ", sA(rng),
         "\n품목: ", rng.choice(["서류", "의류", "도서"]), "  요금 ", N("amount", amount(rng)), "\n배송메모: ", pick(rng, "부재 시 경비실", "문 앞에 놓아 주세요", "도착 전 연락 바랍니다")]
    return "택배우편", p

def t_parking(rng):
    p = [rng.choice(["불법 주정차 단속 내역", "공영주차장 정기권 등록 현황", "거주자 우선주차 배정 결과"]), "\n"]
    for _ in range(rng.randint(3, 6)):
        f = rng.random()
        if f < 0.5:
            p += [N("date_not_birth", f"{rng.randint(1,12):02d}/{rng.randint(1,28):02d} {rng.randint(7,22):02d}:{rng.randint(0,59):02d}"), "  ", sPL(rng), "  ",
                  rng.choice(["소화전 앞", "횡단보도", "버스정류장", "어린이보호구역"]), "  과태료 ", N("amount", amount(rng)), "\n"]
        else:
            p += [per(kname(rng)), "  ", sPL(rng), "  ", sP(rng, "mobile"), "  ", rng.choice(["A구역", "B구역", "1구획"]), "\n"]
    return "차량주차", p

def t_email(rng):
    a, b = kname(rng), kname(rng)
    ea = email(rng, a, "korea.kr")
    p = ["From: ", per(a), " <", S("EMAIL_ADDRESS", ea, "email"), ">\nTo: ", per(b), " <", sE(rng, b), ">\nCc: ", N("inst_email", rng.choice(["minwon", "help", "privacy"]) + "@" + rng.choice(["gaon", "nuri"]) + ".go.kr"),
         "\nDate: ", N("date_not_birth", f"Mon, {rng.randint(1,28)} {rng.choice(MON).title()} 2026 10:{rng.randint(10,59)}:00 +0900"), "\nSubject: ", pick(rng, "요청하신 서류 송부", "회의 일정 변경 안내", "계약 서류 보완 요청"),
         "\n\n", per(b), "님께,\n\n", pick(rng, "요청하신 서류를 첨부하여 보내드립니다.", "다음 주 회의가 목요일로 변경되었습니다."), " 확인 후 회신 부탁드립니다.\n"]
    if rng.random() < 0.5:
        bk, sacc = sACC(rng)
        p += ["참고로 지급 계좌는 ", bk, " ", sacc, "로 등록되어 있습니다.\n"]
    p += ["\n", per(a), " 드림\n", rng.choice(["가온시 회계과", "누리구 기획예산과"]), " | T. ", sP(rng, "landline"), " | M. ", sP(rng, "mobile"), "\n",
          "-----Original Message-----\nFrom: ", per(b), " [mailto:", S("EMAIL_ADDRESS", p[7][2], "email"), "]"]
    return "이메일", p

def t_chat(rng):
    a, b = kname(rng), kname(rng)
    t = lambda: f"오후 {rng.randint(1,11)}:{rng.randint(0,59):02d}"
    p = [rng.choice(["[카카오톡 대화 캡처]", "[업무 메신저 대화]"]), "\n",
         "[", per(a), f"] [{t()}] ", pick(rng, "팀장님, 민원인 연락처 보내드려요", "주무관님 아까 말씀드린 정보입니다"), "\n",
         "[", per(b), f"] [{t()}] 네 주세요\n", "[", per(a), f"] [{t()}] ", per(kname(rng)), " ", sP(rng, "mobile"), "\n"]
    f = rng.random()
    if f < 0.35:
        bk, sacc = sACC(rng); p += ["[", per(a), f"] [{t()}] 환불계좌 ", bk.replace("은행", ""), " ", sacc, "\n"]
    elif f < 0.7:
        p += ["[", per(a), f"] [{t()}] 결제 카드 ", sC(rng), " 이걸로 취소 요청했대요\n"]
    else:
        p += ["[", per(a), f"] [{t()}] 차량 ", sPL(rng), " 주차 등록 부탁\n"]
    p += ["[", per(b), f"] [{t()}] 확인했습니다 👍\n"]
    return "채팅", p

def t_box_table(rng):
    p = [rng.choice(["자원봉사자 명단", "교육 수료자 명부", "위원 위촉 현황"]), "\n┌────┬────────┬────────────┬──────────────┐\n"]
    for i in range(rng.randint(3, 5)):
        p += ["│ ", str(i + 1), " │ ", per(kname(rng)), " │ ", sD(rng), " │ ", sP(rng, "mobile"), " │\n"]
    p += ["└────┴────────┴────────────┴──────────────┘"]
    return "표", p

def t_aligned(rng):
    p = [rng.choice(["", "출국자 명단\n", "단체 비자 신청 명단\n"])]
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.5:
            nm = kname(rng); pp = sPP(rng); sub = "korean"
        else:
            c, fp = sFN(rng, None, "latin"); nm = fp[2]; pp = sPP(rng, c); sub = fp[3]
        p += [per(nm, sub), " " * max(2, 22 - len(nm)), pp, "   ", sD(rng, rng.choice(["iso", "eng", "dot_zero_nodot", "compact8"])), "   ", rng.choice(["M", "F"]), "\n"]
    return "표", p

def t_receipt(rng):
    p = ["[카드 매출전표]\n가맹점명: ", N("company", rng.choice(COMPANIES)), "\n사업자번호: ", sB(rng), "\n대표자: ", per(kname(rng)), "  TEL ", sP(rng, "landline"),
         "\n주소: ", sA(rng), "\n----------------------------\n카드종류: ", rng.choice(["신한", "국민", "삼성", "BC", "현대", "롯데", "하나"]), "\n카드번호: ",
         sC(rng, mask=rng.choice(["middle", "middle", None, "last4"])), "\n유효기간: **/**\n거래일시: ", N("date_not_birth", f"2026/{rng.randint(1,12):02d}/{rng.randint(1,28):02d} 13:{rng.randint(10,59)}"),
         "\n승인번호: ", N("approval_no", f"{rng.randint(10000000,99999999)}"), "\n합계: ", N("amount", amount(rng)), "\n----------------------------"]
    return "영수증", p

def t_transfer(rng):
    s_, r_ = kname(rng), kname(rng); b1, a1 = sACC(rng); b2, a2 = sACC(rng)
    p = ["이체확인증\n\n거래일시  ", N("date_not_birth", f"2026.{rng.randint(1,12):02d}.{rng.randint(1,28):02d} 09:{rng.randint(10,59)}:{rng.randint(10,59)}"), "\n출금계좌  ", b1, " ", a1,
         "\n보내는 분  ", per(s_), "\n입금은행  ", b2, "\n입금계좌  ", a2, "\n받는 분  ", per(r_), "\n이체금액  ", N("amount", amount(rng)), "\n수수료  0원\n메모  ",
         pick(rng, "임차보증금 반환", "합의금", "용역대금 일부")]
    return "금융지급", p

def t_payee(rng):
    p = [rng.choice(["손실보상금 지급 조서", "주민참여예산 활동비 지급 명단", "재해구호금 지급 대장"]), "\n(단위: 원)\n"]
    for i in range(rng.randint(3, 5)):
        nm = kname(rng); b, sacc = sACC(rng)
        p += [f"{i+1}. ", per(nm), " (", sR(rng, "masked"), ") ", b, " ", sacc, " ", N("amount", amount(rng)), "\n"]
    p += ["작성 ", per(kname(rng)), "  확인 ", N("office_title", "회계과장")]
    return "금융지급", p

def t_visa(rng):
    c = rng.choice(COUNTRIES); _, fp = sFN(rng, c, "latin")
    p = ["INVITATION LETTER / 초청장\n\nInvitee: ", fp, "\nNationality: ", c, "\nDate of Birth: ", sD(rng, rng.choice(["eng", "eng_long", "dmy_dot", "iso"])), "\nPassport No.: ", sPP(rng, c),
         "\n\n", pick(rng, "상기인을 2026 국제 행정협력 워크숍에 초청합니다.", "상기인은 본 기관의 연수 과정에 참가할 예정입니다."), "\n체류 중 숙소: ", sA(rng, "road"),
         "\n\nInviter: ", per(kname(rng)), ", ", rng.choice(["Director", "Deputy Director"]), " (", sE(rng, None, "korea.kr"), ", ", sP(rng, "landline"), ")"]
    return "출입국", p

def t_hr_card(rng):
    nm = kname(rng)
    p = ["인 사 기 록 카 드\n성명 ", per(nm), "   한자 ○○○\n주민등록번호 ", sR(rng), "\n주소 ", sA(rng), "\n휴대전화 ", sP(rng, "mobile"), "   이메일 ", sE(rng, nm),
         "\n운전면허 ", sDL(rng), " (", rng.choice(["1종 보통", "2종 보통"]), ")\n차량 ", sPL(rng), "\n비상연락처 ", per(kname(rng)), "(", rng.choice(["배우자", "부", "모"]), ") ", sP(rng, "mobile"),
         "\n임용일 ", nD(rng, 2005, 2024)]
    return "인사기록", p

def t_complaint(rng):
    a, b = kname(rng), kname(rng); bk, sacc = sACC(rng)
    p = ["고 소 장\n\n고소인  ", per(a), " (", sD(rng), "생)\n        ", sA(rng), "  연락처 ", sP(rng, "mobile"), "\n피고소인 ", per(b), "\n        연락처 ", sP(rng, "mobile"), ", ", sE(rng, b),
         " (카카오톡 ID 불상)\n\n고소 취지\n피고소인은 중고거래 사이트에서 ", rng.choice(["노트북", "캠핑용품", "공연 티켓"]), "을 판매한다고 속여 고소인으로부터 ", N("amount", amount(rng)),
         "을 ", bk, " ", sacc, "(예금주 ", per(b), ")로 송금받았다.\n", N("statute", "「형법」 제347조"), " 사기죄로 고소합니다.\n\n", nD(rng, 2026, 2026), "\n고소인 ", per(a), "\n",
         N("office_title", "○○경찰서장"), " 귀중"]
    return "고소장", p

def t_vehicle_seizure(rng):
    nm = kname(rng)
    p = ["자동차 압류 통지서\n\n체납자: ", per(nm), " (", sR(rng, "masked"), ")\n주소: ", sA(rng), "\n압류 차량: ", sPL(rng), " (", rng.choice(["쏘나타", "아반떼", "포터2", "K5"]), ")",
         "\n체납액: ", N("amount", amount(rng)), " (", rng.choice(["자동차세", "과태료", "지방소득세"]), ")\n근거: ", N("statute", "「지방세징수법」 제33조"), "\n", N("doc_number", docno(rng)), "\n",
         N("office_title", "누리구청장")]
    return "세무", p

def t_nopii_notice(rng):
    p = [pick(rng, "2026년 주민등록 사실조사 실시 안내", "개인정보 처리방침 개정 안내", "여권 발급 수수료 변경 안내", "외국인 주민 체류 안내"), "\n\n",
         "1. 근거: ", N("statute", rng.choice(STATUTES)), "\n2. 기간: ", *nRange(rng), "\n3. 내용: ",
         pick(rng, "기간 내 자진 신고 시 과태료를 경감합니다. 기준 과태료 ", "변경 후 수수료 "), N("amount", amount(rng)),
         "\n4. 문의: ", N("inst_phone", inst_phone(rng)), " 또는 ", N("inst_phone", inst_phone(rng)), "\n5. 방문: ", N("inst_address", inst_address(rng)), "\n", N("doc_number", docno(rng)),
         "\n※ 성명란 작성 예시: ", N("placeholder", "홍길동"), ", 주민등록번호 ", N("placeholder", "000000-0000000")]
    return rng.choice(["공문", "보도자료"]), p

def t_nopii_taxqa(rng):
    p = ["질의회신 ", N("doc_number", rng.choice([f"서면-{rng.randint(2020,2025)}-법인-{rng.randint(1000,9999)}", f"부가{rng.randint(46000,46999)}-{rng.randint(100,999)}", f"재산세과-{rng.randint(100,999)}"])),
         " (", nD(rng, 2021, 2025), ")\n\n[질의]\n", N("placeholder", "갑"), "은 ", nD(rng, 2015, 2020), " 취득한 주택을 ", N("placeholder", "을"), "에게 양도하였는바, ",
         N("statute", "「소득세법」 제89조 제1항 제3호"), "에 따른 비과세 적용 여부\n\n[회신]\n귀 질의의 경우 ", N("statute", "같은 법 시행령 제154조 제1항"), "에 따라 ",
         pick(rng, "보유기간 요건을 충족하는지 사실 판단할 사항입니다.", "비과세 대상에 해당하지 아니합니다."), "\n양도가액 ", N("amount", amount(rng)), ", 관련 ", N("case_number", caseno(rng))]
    return "세무", p

def t_nopii_anon_judgment(rng):
    p = ["대법원 판결 요지\n\n사건 ", N("case_number", caseno(rng)), "\n원고, 피상고인 ", N("placeholder", "A"), "\n피고, 상고인 ", N("placeholder", rng.choice(["B 주식회사", "○○시장"])),
         "\n\n원심은 원고가 ", nD(rng, 2019, 2022), " 피고와 체결한 계약이 ", N("statute", "「민법」 제103조"), "에 반한다고 보았다. 그러나 ", N("placeholder", "김○○"),
         "의 진술만으로 이를 인정하기 어렵다. 원심판결을 파기하고 사건을 환송한다.\n대법관 ", N("office_title", "재판장 대법관 ○○○")]
    return "판결문", p

def t_server_audit(rng):
    adm = kname(rng)
    p = ["정보시스템 취약점 점검 결과\n\n점검 대상 서버: ", sIP(rng, "private"), ", ", sIP(rng, "private"), "\n외부 접속 차단 대상: ", sIP(rng, "public"), ", ", sIP(rng, rng.choice(["public", "ipv6"])),
         "\n관리자 계정: ", N("user_id", userid(rng)), " (담당 ", per(adm), ", ", sE(rng, adm, "korea.kr"), ")\n조치 버전: ", N("version", f"{rng.randint(1,12)}.{rng.randint(0,9)}.{rng.randint(0,99)}.{rng.randint(100,9999)}"),
         "\n근거: ", N("statute", "「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제48조")]
    return "접속로그", p

def t_hospital_refund(rng):
    nm = kname(rng)
    p = ["본인부담금 환급 신청\n\n수진자: ", per(nm), "  생년월일 ", sD(rng), "\n건강보험증번호: ", sH(rng), "\n세대주: ", per(kname(rng)), "  건강보험증번호 ", sH(rng),
         "\n환급 방법: "]
    if rng.random() < 0.5:
        p += ["계좌 입금\n"]
        b, sacc = sACC(rng); p += ["  ", b, " ", sacc, "\n"]
    else:
        p += ["카드 취소\n  결제카드 ", sC(rng), "\n"]
    p += ["문의: ", N("inst_phone", "1577-1000")]
    return "의료기록", p

def t_rental(rng):
    nm = kname(rng)
    p = [rng.choice(["렌터카", "공유차량"]), " 대여 계약 확인서\n임차인: ", per(nm), " / ", sD(rng), "\n면허번호: ", sDL(rng), "\n연락처: ", sP(rng, "mobile"), "\n대여 차량: ", sPL(rng, "rental"),
         "\n결제: ", sC(rng, mask=rng.choice([None, "middle"])), "\n대여 기간: ", *nRange(rng), "\n제2운전자: ", per(kname(rng)), " (", sDL(rng), ")"]
    return "차량주차", p

def t_securities(rng):
    nm = kname(rng); b, sacc = sACC(rng, kind="securities")
    p = [rng.choice(["채권 압류 및 추심명령", "증권계좌 지급정지 요청"]), "\n\n채무자 ", per(nm), " (", sR(rng, rng.choice(["valid", "masked"])), ")\n제3채무자 ", N("company", b.replace("증권", "증권 주식회사")),
         "\n압류 대상: 채무자 명의 ", b, " 계좌(", sacc, ")에 예탁된 금전\n청구금액 ", N("amount", amount(rng)), "\n사건 ", N("case_number", caseno(rng))]
    if rng.random() < 0.5:
        b2, a2 = sACC(rng, kind="securities"); p += ["\n추가 계좌: ", b2, " ", a2]
    return "경매공탁", p

def t_virtual(rng):
    nm = kname(rng); b, v, k = virtual_account(rng)
    p = [rng.choice(["지방세", "상하수도 요금", "과태료"]), " 납부 고지서\n납부자: ", per(nm), "\n납부자 주소: ", sA(rng), "\n납부금액 ", N("amount", amount(rng)), "\n납부기한 ", nD(rng, 2026, 2026),
         "\n전용 가상계좌(", b, "): ", S("KR_BANK_ACCOUNT", v, k), "\n전자납부번호 ", N("receipt_no", f"{rng.randint(11000,49999)}-{rng.randint(1,9)}-{rng.randint(10000000,99999999)}"),
         "\n문의 ", N("inst_phone", inst_phone(rng))]
    return "세무", p

def t_foreign_prose(rng):
    c = rng.choice(COUNTRIES); _, fp = sFN(rng, c)
    fpv = fp[2]
    p = [rng.choice(["[외국인 주민 상담 일지]", "[다누리 상담 기록]", "[체류 지원 메모]"]), "\n", c, " 국적 ", fp, "(", rng.randint(21, 55), ") 씨가 ", nD(rng, 2026, 2026),
         " 내방함. ", S("PERSON", fpv, fp[3]), " 씨는 ", pick(rng, "사업주가 임금을 석 달째 주지 않는다", "여권을 분실해 재발급이 필요하다", "체류기간이 곧 만료된다"),
         "고 호소함.\n여권 ", sPP(rng, c), ", 외국인등록번호 ", sF(rng), ", 연락처 ", sP(rng, "mobile"), ".\n통역: ", per(kname(rng)), " 상담원"]
    return "복지상담", p

def t_resident_list(rng):
    p = ["통장 업무용 전입세대 확인 목록\n"]
    for _ in range(rng.randint(3, 5)):
        nm = kname(rng)
        p += [per(nm), " / ", sR(rng, rng.choice(["valid", "post2020", "masked"])), " / ", sA(rng), " / 전입 ", nD(rng, 2024, 2026), "\n"]
    return "표", p

def t_card_prose(rng):
    nm = kname(rng)
    p = ["카드 도난 신고 접수\n신고인 ", per(nm), " 씨(", sD(rng), "생)는 ", nD(rng, 2026, 2026), " 지하철에서 지갑을 잃어버렸으며, 지갑 안에 ",
         rng.choice(["신한", "국민", "현대", "삼성"]), "카드(", sC(rng), ")와 ", rng.choice(["체크카드", "교통카드 겸용 카드"]), "(", sC(rng), "), 운전면허증(", sDL(rng), ")이 들어 있었다고 진술함.\n",
         per(nm), " 씨의 연락처는 ", sP(rng, "mobile"), "임."]
    return "사고보고서", p

def t_passport_loss(rng):
    nm, en = rng.choice(ROMPAIRS)
    p = ["여권 분실 신고서\n\n성명(한글) ", per(nm), "  성명(영문) ", per(en, "korean_latin"),
         "\n생년월일 ", sD(rng, rng.choice(["passport_style", "eng", "dot_space"])), "\n분실 여권번호 ", sPP(rng, kind=rng.choice(["kr_old", "kr_new"])), "\n분실 일시/장소 ", nD(rng, 2026, 2026),
         ", ", rng.choice(["프랑스 파리", "태국 방콕", "인천공항"]), "\n연락처 ", sP(rng, "mobile"), "\n※ 분실 신고된 여권은 ", N("statute", "「여권법」 제13조"), "에 따라 효력이 상실됩니다."]
    return "출입국", p

def t_gap_table(rng):
    p = []
    for _ in range(rng.randint(4, 7)):
        f = rng.random()
        nm = kname(rng)
        if f < 0.33: p += [per(nm), "\t", sH(rng), "\t", sD(rng, "yymmdd"), "\n"]
        elif f < 0.66: p += [per(nm), "  ", sC(rng, sep=rng.choice(["", " "])), "  ", N("amount", amount(rng)), "\n"]
        else: p += [per(nm), " ", sACC(rng)[1], " ", sP(rng, "mobile"), "\n"]
    return "표", p

def t_bidders(rng):
    p = [rng.choice(["입찰참가자격 사전심사 신청업체 현황", "협력업체 등록 현황", "보조사업자 선정 결과"]), "\n"]
    hdr = rng.random() < 0.5
    if hdr: p += ["업체명 | 대표자 | 사업자등록번호 | 법인등록번호 | 연락처\n"]
    for _ in range(rng.randint(4, 6)):
        p += [N("company", rng.choice(COMPANIES)), " | ", per(kname(rng)), " | ", sB(rng), " | ", sCR(rng), " | ", sP(rng, rng.choice(["landline", "mobile"])), "\n"]
    p += ["※ 공고번호 ", N("receipt_no", f"{rng.randint(2026,2026)}0{rng.randint(1000000,9999999)}-00")]
    return "표", p

def t_health_list(rng):
    p = [rng.choice(["건강보험 피부양자 자격 확인 요청", "의료급여 대상자 자격 변동 목록", "예방접종 대상자 명단"]), "\n"]
    for _ in range(rng.randint(5, 7)):
        p += [per(kname(rng)), "\t", sD(rng, rng.choice(["dot_zero_nodot", "iso", "yymmdd", "dot_space"])), "\t", sH(rng), "\t", rng.choice(["자격취득", "자격상실", "유지", "변경"]), "\n"]
    p += ["확인자 ", rng.choice(OFFICE), " ", per(kname(rng)), "  문의 ", N("inst_phone", "1577-1000")]
    return "의료기록", p

def t_driver_roster(rng):
    p = [rng.choice(["공용차량 운전원 자격 확인", "어린이통학버스 운전자 명단", "관용차 배차 일지"]), "\n"]
    for i in range(rng.randint(4, 6)):
        p += [f"{i+1}) ", per(kname(rng)), " — 면허 ", sDL(rng), rng.choice([" — 배정 차량 ", " / 차량 "]), sPL(rng, rng.choice(["two", "three", "commercial"])), "\n"]
    p += ["점검일 ", nD(rng, 2026, 2026), " / 점검 ", N("office_title", "차량관리팀장")]
    return "차량주차", p

def t_frn_roster(rng):
    p = [rng.choice(["외국인 주민 현황(발췌)", "외국인 계절근로자 배정 명단", "유학생 체류 확인 목록"]), "\n"]
    for _ in range(rng.randint(4, 6)):
        c = rng.choice(COUNTRIES); _, fp = sFN(rng, c)
        y, m, d = rand_date(rng, 1965, 2005)
        p += [fp, " (", c, ") ", sF(rng, (y, m, d)), " 여권 ", sPP(rng, c), " 생년월일 ", sD(rng, rng.choice(["iso", "eng", "dot_zero"]), (y, m, d)), "\n"]
    return "외국인고용", p

def t_ip_request(rng):
    s_ = kname(rng)
    p = ["통신자료 제공 요청서\n\n사건번호 ", N("case_number", caseno(rng)), "\n대상 IP 및 시각\n"]
    for _ in range(rng.randint(2, 4)):
        p += [" - ", sIP(rng, rng.choice(["public", "public", "ipv6"])), " (", N("date_not_birth", f"2026-{rng.randint(1,12):02d}-{rng.randint(1,28):02d} {rng.randint(0,23):02d}:{rng.randint(0,59):02d}"), ")\n"]
    p += ["가입자 정보 요청 항목: 성명, 주소, 이메일\n회신 담당: 수사관 ", per(s_), " (", sE(rng, s_, "police.go.kr"), ", ", sP(rng, "landline"), ")\n근거: ", N("statute", "「전기통신사업법」 제83조 제3항")]
    return "접속로그", p

def t_card_list(rng):
    p = [rng.choice(["법인카드 사용자 지정 현황", "부정사용 의심 카드 목록", "카드 분실 일괄 정지 요청"]), "\n"]
    for _ in range(rng.randint(4, 7)):
        p += ["· ", per(kname(rng)), ": ", sC(rng, mask=rng.choice([None, None, "middle"]), sep=rng.choice(["-", " ", ""])), rng.choice(["", " (정지)", " (재발급)", " 한도 " + f"{rng.randint(1,9)}00만 원"]), "\n"]
    return "금융지급", p

TEMPLATES = [(t_gongmun, 6), (t_press, 6), (t_news, 5), (t_minutes, 5), (t_transcript, 6), (t_judgment, 5), (t_decision, 4), (t_civil_reply, 5), (t_audit, 5), (t_discipline, 4), (t_accident, 5), (t_personnel, 4), (t_travel, 6), (t_contract, 7), (t_consent, 5), (t_application, 5), (t_immigration, 6), (t_foreign_employment, 6), (t_welfare, 5), (t_medical, 5), (t_school, 4), (t_tax, 5), (t_auction, 5), (t_refund_table, 5), (t_card_refund, 5), (t_access_log, 5), (t_parcel, 4), (t_parking, 4), (t_email, 5), (t_chat, 5), (t_box_table, 4), (t_aligned, 5), (t_receipt, 5), (t_transfer, 4), (t_payee, 4), (t_visa, 4), (t_hr_card, 5), (t_complaint, 4), (t_vehicle_seizure, 3), (t_nopii_notice, 11), (t_nopii_taxqa, 9), (t_nopii_anon_judgment, 7), (t_server_audit, 5), (t_hospital_refund, 4), (t_rental, 6), (t_securities, 4), (t_virtual, 4), (t_foreign_prose, 5), (t_resident_list, 4), (t_card_prose, 5), (t_passport_loss, 4), (t_gap_table, 4), (t_bidders, 14), (t_health_list, 8), (t_driver_roster, 8), (t_frn_roster, 8), (t_ip_request, 7), (t_card_list, 8)]

# ----------------------------------------------------------------------------- hand-written documents
MARK = re.compile(r"⟦([A-Z_]+)(?:/([^/:⟧]*))?(?:/([^:⟧]*))?:(.*?)⟧|⟪([a-z_]+):(.*?)⟫", re.S)

def parse_handwritten(src):
    parts, pos, plain = [], 0, ""
    for m in MARK.finditer(src):
        if m.start() > pos:
            parts.append(src[pos:m.start()]); plain += src[pos:m.start()]
        if m.group(1):
            typ, sub, noise, val = m.group(1), m.group(2) or None, m.group(3), m.group(4)
            if typ not in TYPES: raise ValueError("bad type " + typ)
            parts.append(S(typ, val, sub or detect_sub(typ, val, plain), [x for x in (noise or "").split(",") if x]))
            plain += val
        else:
            parts.append(N(m.group(5), m.group(6))); plain += m.group(6)
        pos = m.end()
    if pos < len(src): parts.append(src[pos:])
    if "⟦" in "".join(x for x in parts if isinstance(x, str)) or "⟪" in "".join(x for x in parts if isinstance(x, str)):
        raise ValueError("unparsed marker")
    return parts

def finish(text, spans):
    for s in spans:
        if not s["subkind"]:
            s["subkind"] = detect_sub(s["type"], s["value"], text[:s["start"]])
        s["noise"] = sorted(set(s["noise"]) | auto_noise(s["type"], s["value"]))

def build():
    rng = random.Random(SEED)
    recs, problems = [], []
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import handwritten
    for k, (genre, layout, src) in enumerate(handwritten.DOCS):
        parts = parse_handwritten(src.strip("\n"))
        text, spans, negs = assemble(parts)
        finish(text, spans)
        errs = validate_record(text, spans, negs)
        if errs: problems.append((f"hw{k+1:03d} {layout}", errs))
        recs.append({"template": "hand:" + layout, "genre": genre, "handwritten": True, "ocr": "ocr" in layout, "text": text, "spans": spans, "negs": negs})
    for tpl, cnt in TEMPLATES:
        for i in range(cnt):
            for attempt in range(40):
                ocr = rng.random() < 0.2
                genre, parts = tpl(rng)
                if ocr: parts = ocrify(rng, parts)
                text, spans, negs = assemble(parts)
                finish(text, spans)
                errs = validate_record(text, spans, negs)
                if not errs: break
            else:
                problems.append((tpl.__name__, errs))
            recs.append({"template": tpl.__name__, "genre": genre, "handwritten": False, "ocr": ocr, "text": text, "spans": spans, "negs": negs})
    rng.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = f"pii_bn-{i+1:04d}"
    return recs, problems

def write(recs):
    with open(os.path.join(HERE, "pii_bn.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "text": r["text"], "spans": [{"start": s["start"], "end": s["end"], "type": s["type"]} for s in r["spans"]],
                                "genre": r["genre"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pii_bn.meta.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r["id"], "template": r["template"], "genre": r["genre"], "handwritten": r["handwritten"], "ocr": r["ocr"],
                                "spans": [{"start": s["start"], "end": s["end"], "type": s["type"], "subkind": s["subkind"], "noise": s["noise"], "value": s["value"]} for s in r["spans"]],
                                "hard_negatives": [{"start": n["start"], "end": n["end"], "category": n["category"], "text": n["text"]} for n in r["negs"]]},
                               ensure_ascii=False) + "\n")
    st = {"records": len(recs), "handwritten_records": sum(r["handwritten"] for r in recs), "template_records": sum(not r["handwritten"] for r in recs),
          "templates_used": len({r["template"] for r in recs if not r["handwritten"]}), "ocr_records": sum(r["ocr"] for r in recs),
          "no_pii_records": sum(not r["spans"] for r in recs), "spans": sum(len(r["spans"]) for r in recs),
          "records_by_genre": dict(sorted(Counter(r["genre"] for r in recs).items(), key=lambda x: -x[1])),
          "no_pii_by_genre": dict(Counter(r["genre"] for r in recs if not r["spans"])),
          "spans_by_type": {t: sum(1 for r in recs for s in r["spans"] if s["type"] == t) for t in TYPES},
          "spans_by_type_handwritten": {t: sum(1 for r in recs if r["handwritten"] for s in r["spans"] if s["type"] == t) for t in TYPES},
          "subkinds": {t: dict(sorted(Counter(s["subkind"] for r in recs for s in r["spans"] if s["type"] == t).items())) for t in TYPES},
          "noise": dict(sorted(Counter(n for r in recs for s in r["spans"] for n in s["noise"]).items())),
          "noisy_spans": sum(1 for r in recs for s in r["spans"] if s["noise"]),
          "hard_negatives": dict(sorted(Counter(n["category"] for r in recs for n in r["negs"]).items(), key=lambda x: -x[1]))}
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    return st

def reread_validate():
    errs = []
    main = [json.loads(l) for l in open(os.path.join(HERE, "pii_bn.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(HERE, "pii_bn.meta.jsonl"), encoding="utf-8")]
    assert len(main) == len(meta)
    ids = set()
    for a, m in zip(main, meta):
        assert list(a) == ["id", "text", "spans", "genre"], list(a)
        assert a["id"] == m["id"] and a["id"] not in ids
        ids.add(a["id"])
        assert len(a["spans"]) == len(m["spans"])
        spans = []
        for s, ms in zip(a["spans"], m["spans"]):
            assert (s["start"], s["end"], s["type"]) == (ms["start"], ms["end"], ms["type"])
            assert a["text"][s["start"]:s["end"]] == ms["value"]
            spans.append(dict(ms))
        negs = m["hard_negatives"]
        for n in negs:
            assert a["text"][n["start"]:n["end"]] == n["text"]
            for s in spans:
                assert not (s["start"] < n["end"] and n["start"] < s["end"]), (a["id"], n)
        e = validate_record(a["text"], spans, negs)
        if e: errs.append((a["id"], e))
    return errs

if __name__ == "__main__":
    recs, problems = build()
    for p in problems:
        print("PROBLEM", p)
    st = write(recs)
    errs = reread_validate()
    for e in errs: print("REREAD", e)
    print(json.dumps({k: st[k] for k in ("records", "handwritten_records", "template_records", "templates_used", "ocr_records", "no_pii_records", "spans")}, ensure_ascii=False))
    print(json.dumps(st["spans_by_type"], ensure_ascii=False))
    mins = [t for t in TYPES if st["spans_by_type"][t] < (120 if t in ("KR_PASSPORT", "KR_BANK_ACCOUNT", "CREDIT_CARD", "DATE_OF_BIRTH") else 80)]
    if mins: print("TOO FEW SPANS:", mins)
    if st["records"] < 400 or st["handwritten_records"] < 150: print("TOO FEW RECORDS"); mins.append("records")
    if problems or errs or mins:
        sys.exit(1)
    print("OK: all checks passed")
