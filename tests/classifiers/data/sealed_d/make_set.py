#!/usr/bin/env python3
"""Generator for the sealed sensitivity evaluation set `sens_d`.

Seeded and deterministic. Writes sens_d.jsonl, sens_d.meta.jsonl and files/ (HWPX + PDF),
then validates every record and every file (zip+lxml for HWPX, pdftotext for PDF).
All persons, numbers and addresses are invented.
"""
import io, json, os, random, re, subprocess, sys, zipfile, unicodedata

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
N_DOCS = 252

# ---------------------------------------------------------------- pools
SURN = ["김"] * 10 + ["이"] * 8 + ["박"] * 5 + ["최", "정", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
        "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽",
        "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염",
        "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육",
        "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "남궁", "황보", "제갈", "선우", "독고", "사공"]
G1 = "민서지현수영준태은혜성진하도유재승동경미정상희선주석광시윤예채종영형기보"
G2 = "준호훈빈우연아희진수민영철숙자식규환경윤성혁배람솔원찬섭옥란순미열"

def pname(r):
    return r.choice(SURN) + r.choice(G1) + r.choice(G2)

def masked_name(r):
    s = r.choice(SURN[:40])
    return r.choice([s + "○○", s + "**", s + "모 씨", s + "○○ 씨", s + "□□"])

CENTRAL = [  # (name, from, to)
    ("총무처", 1990, 1998), ("내무부", 1990, 1998), ("재정경제원", 1994, 1998), ("건설교통부", 1994, 2008),
    ("행정자치부", 1998, 2008), ("교육인적자원부", 2001, 2008), ("행정안전부", 2008, 2013), ("안전행정부", 2013, 2014),
    ("행정자치부", 2014, 2017), ("행정안전부", 2017, 2026), ("국토교통부", 2013, 2026), ("보건복지부", 2010, 2026),
    ("교육부", 2013, 2026), ("국방부", 1990, 2026), ("외교부", 2013, 2026), ("통일부", 1998, 2026),
    ("산업통상자원부", 2013, 2026), ("환경부", 1994, 2026), ("고용노동부", 2010, 2026), ("농림축산식품부", 2013, 2026),
    ("해양수산부", 2013, 2026), ("인사혁신처", 2014, 2026), ("조달청", 1990, 2026), ("관세청", 1990, 2026),
    ("통계청", 1990, 2026), ("기상청", 1990, 2026), ("산림청", 1990, 2026), ("특허청", 1990, 2026),
    ("보건복지부", 1994, 1997), ("노동부", 1990, 2010), ("국가보훈처", 1990, 2023), ("국가보훈부", 2023, 2026),
]
METRO = ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "경기도",
         "충청북도", "충청남도", "전라남도", "경상북도", "경상남도"]
BASIC = ["수원시", "성남시", "청주시", "전주시", "포항시", "김해시", "춘천시", "서울특별시 마포구", "서울특별시 강남구",
         "부산광역시 해운대구", "대구광역시 달서구", "남원시", "홍천군", "영월군", "고흥군", "의성군", "합천군", "인천광역시 옹진군",
         "안동시", "목포시", "천안시", "원주시", "광주광역시 북구", "대전광역시 유성구", "울산광역시 중구", "제천시", "보령시"]
EDU = ["서울특별시교육청", "경기도교육청", "부산광역시교육청", "충청남도교육청", "경상북도교육청", "전라북도교육청",
       "강원도교육청", "대구광역시교육청", "인천광역시교육청"]
PUBCO = [("한국토지주택공사", 2009, 2026), ("한국토지공사", 1990, 2009), ("한국도로공사", 1990, 2026),
         ("한국수자원공사", 1990, 2026), ("국민건강보험공단", 2000, 2026), ("한국전력공사", 1990, 2026),
         ("한국철도공사", 2005, 2026), ("한국환경공단", 2010, 2026), ("근로복지공단", 1995, 2026),
         ("한국산업인력공단", 1998, 2026), ("국민연금공단", 2007, 2026), ("국민연금관리공단", 1990, 2007)]
MIL = ["육군 제{n}보병사단", "해군 제{m}함대사령부", "공군 제{k}전투비행단", "육군 제{n}보병사단 {r}연대", "국방부 국방정보본부",
       "합동참모본부", "육군 제{c}군단", "수도방위사령부"]
POLICE_OLD = ["서울지방경찰청", "경기지방경찰청", "부산지방경찰청", "충북지방경찰청", "전남지방경찰청"]
POLICE_NEW = ["서울특별시경찰청", "경기남부경찰청", "부산광역시경찰청", "충청북도경찰청", "전라남도경찰청"]
STATIONS = ["마포경찰서", "수원중부경찰서", "해운대경찰서", "청주흥덕경찰서", "목포경찰서", "강릉경찰서", "김해서부경찰서"]
FIRE = ["마포소방서", "수원소방서", "해운대소방서", "청주동부소방서", "포항남부소방서", "춘천소방서", "고흥소방서"]
COURT = ["서울중앙지방법원", "수원지방법원", "대전지방법원", "부산지방법원", "광주지방법원 목포지원", "법원행정처", "대구고등법원"]
PROSEC = ["서울중앙지방검찰청", "수원지방검찰청", "대구지방검찰청", "부산지방검찰청 동부지청", "대검찰청"]
COMPANY = ["(주)한빛엔지니어링", "(주)새솔정보기술", "대성건설(주)", "(주)누리시스템", "동방환경산업(주)", "(주)청람테크",
           "(주)미래교통연구소", "한결토건(주)", "(주)우리안전", "(주)다온소프트", "세명전기(주)", "(유)바른측량"]
ROADS = ["중앙로", "시청로", "번영로", "문화로", "새말길", "은행나무길", "가람로", "솔빛로", "한내로", "대학로", "역전길", "매봉로"]
BANKS = [("농협은행", "3{a}-{b}-{c}-{d}", (3, 4, 4, 2)), ("국민은행", "{a}-{b}-{c}", (6, 2, 6)), ("신한은행", "{a}-{b}-{c}", (3, 3, 6)),
         ("우리은행", "{a}-{b}-{c}", (4, 3, 6)), ("하나은행", "{a}-{b}-{c}", (3, 6, 5)), ("기업은행", "{a}-{b}-{c}-{d}", (3, 6, 2, 3))]
DEPTS = ["운영지원과", "총무과", "기획예산과", "감사담당관실", "비상안전담당관실", "정보화담당관", "복지정책과", "도시계획과",
         "교육과정과", "인사과", "회계과", "세무과", "민원여권과", "보안담당관실", "행정지원과", "재난안전과", "건축과", "환경정책과"]
TITLES = ["주무관", "주무관", "사무관", "행정주사", "행정주사보", "서기", "계장", "팀장", "과장", "담당"]

def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))

def rrn(r, year=None):
    y = year or r.randint(1940, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = (1 if r.random() < .5 else 2) if y < 2000 else (3 if r.random() < .5 else 4)
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{digits(r, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(chk)

def rrn_masked(r):
    x = rrn(r)
    return x[:8] + r.choice(["******", "●●●●●●", "xxxxxx", "XXXXXX"])

def frn(r):
    y = r.randint(1960, 1999)
    body = f"{y % 100:02d}{r.randint(1,12):02d}{r.randint(1,28):02d}{r.choice('56')}{digits(r, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = ((13 - sum(int(a) * b for a, b in zip(body, w)) % 11)) % 10
    return body[:6] + "-" + body[6:] + str(chk)

def passport(r):
    return r.choice("MMMS") + (digits(r, 8) if r.random() < .5 else digits(r, 3) + r.choice("ABCDEFG") + digits(r, 4))

def dl(r):
    return f"{r.choice(['11','12','13','21','28'])}-{r.randint(90,23):02d}-{digits(r,6)}-{digits(r,2)}" if r.random() < .6 else \
        f"{r.choice(['서울','경기','부산','충북'])} {r.randint(90,99)}-{digits(r,6)}-{digits(r,2)}"

def mobile(r):
    return f"010-{r.randint(2000,9999)}-{digits(r,4)}"

def landline(r):
    return r.choice(["02", "031", "033", "041", "042", "043", "051", "053", "055", "061", "062", "063", "064", "044"]) + f"-{r.randint(200,999)}-{digits(r,4)}"

def account(r):
    bank, pat, lens = r.choice(BANKS)
    parts = {k: digits(r, n) for k, n in zip("abcd", lens)}
    if bank == "농협은행":
        parts["a"] = digits(r, 2)
    return bank, pat.format(**parts)

def address(r):
    reg = r.choice(["경기도 수원시 팔달구", "서울특별시 은평구", "충청북도 청주시 상당구", "부산광역시 사하구", "전라남도 순천시",
                    "경상남도 진주시", "강원도 원주시", "대전광역시 서구", "인천광역시 부평구", "경상북도 구미시"])
    s = f"{reg} {r.choice(ROADS)} {r.randint(1, 250)}"
    if r.random() < .5:
        s += f", {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 4):02d}호"
    return s

def fmt_date(r, y, m=None, d=None, style=None):
    m = m or r.randint(1, 12)
    d = d or r.randint(1, 28)
    style = style if style is not None else r.randint(0, 5)
    return [f"{y}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}.", f"{y}년 {m}월 {d}일", f"{y}-{m:02d}-{d:02d}",
            f"'{y % 100:02d}. {m}. {d}.", f"{y}. {m:02d}. {d:02d}"][style]

def pick_period(r, lo, hi, items):
    c = [x for x in items if x[1] <= hi and x[2] >= lo]
    return r.choice(c)[0]

# ---------------------------------------------------------------- context
ATYPES = ["central", "metro", "basic", "edu", "pubco", "mil", "police", "fire", "court", "prosec"]

def agency(r, year, atype):
    if atype == "central":
        return pick_period(r, year, year, CENTRAL)
    if atype == "metro":
        a = r.choice(METRO)
        return a
    if atype == "basic":
        a = r.choice(BASIC)
        return a + ("청" if a.endswith("구") else "")
    if atype == "edu":
        e = r.choice(EDU)
        if year >= 2010 and r.random() < .4:
            return e.replace("교육청", "") + " " + r.choice(["수원", "청주", "안동", "천안", "해운대"]) + "교육지원청"
        if year < 2010 and r.random() < .3:
            return r.choice(["수원", "청주", "안동", "천안"]) + "교육청"
        return e
    if atype == "pubco":
        return pick_period(r, year, year, PUBCO)
    if atype == "mil":
        return r.choice(MIL).format(n=r.choice([3, 7, 9, 17, 21, 25, 30, 51]), m=r.choice([1, 2, 3]),
                                     k=r.choice([1, 8, 10, 11, 17, 20]), r=r.choice([11, 27, 52]), c=r.choice([1, 2, 3, 5, 7]))
    if atype == "police":
        if r.random() < .5:
            return r.choice(STATIONS)
        return r.choice(POLICE_NEW if year >= 2021 else POLICE_OLD)
    if atype == "fire":
        return r.choice(FIRE) if r.random() < .7 else ("소방청" if year >= 2017 else r.choice(["경기도소방재난본부", "서울소방재난본부"]))
    if atype == "court":
        return r.choice(COURT)
    if atype == "prosec":
        return r.choice(PROSEC)

def head_of(ag):
    if " " in ag and ag.split()[-1].endswith(("본부", "지원청", "연대")):
        return ag.split()[-1] + "장"
    if ag.endswith("부") or ag.endswith("처"):
        return ag + ("장관" if ag.endswith("부") else "장")
    if ag.endswith("청") and "교육" in ag:
        return ag + "장"
    if ag.endswith("시") or ag.endswith("군"):
        return ag + "장"
    if ag.endswith("구청"):
        return ag + "장"
    if ag.endswith("도") or "광역시" in ag or "특별시" in ag:
        return ag + ("지사" if ag.endswith("도") else "장")
    if ag.endswith("공사") or ag.endswith("공단"):
        return ag + " 사장" if ag.endswith("공사") else ag + " 이사장"
    if "법원" in ag:
        return ag + "장"
    if "검찰" in ag:
        return ag + ("총장" if ag == "대검찰청" else "장")
    if "사단" in ag or "군단" in ag or "비행단" in ag or "연대" in ag or "사령부" in ag:
        return ag + "장"
    return ag + "장"

class Doc:
    def __init__(self):
        self.blocks = []   # (kind, payload, where)
        self.cues = []     # (string, role)
    def p(self, s, where="body"):
        for line in s.split("\n"):
            self.blocks.append(("p", line, where))
    def table(self, rows, where="body"):
        self.blocks.append(("table", rows, where))
    def stamp(self, s, where):
        self.blocks.append(("stamp", s, where))
    def cue(self, s, role):
        self.cues.append((s, role))

# ---------------------------------------------------------------- stated fields / markings
def stated_str(r, disc, nums, year):
    nums = sorted(nums)
    ns = ",".join(str(n) for n in nums)
    if disc == "public":
        return r.choice(["공개", "공개", "공 개", "대국민공개", "공개(원문공개)", "공개(전부)", "정보공개(공개)"])
    if disc == "partial":
        return r.choice([f"부분공개({ns})", f"부분공개 ({' · '.join('제%d호' % n for n in nums)})",
                         f"부분공개(제9조제1항제{nums[0]}호)" if len(nums) == 1 else f"부분공개({ns})",
                         f"부분 공개({ns})", f"부분공개〔{ns}〕", f"일부공개({ns})" if year < 2006 else f"부분공개({ns})"])
    return r.choice([f"비공개({ns})", f"비공개 ({' · '.join('제%d호' % n for n in nums)})",
                     f"비공개(제9조 제1항 제{nums[0]}호)" if len(nums) == 1 else f"비공개({ns})",
                     f"비 공 개({ns})", f"비공개(정보공개법 §9①{nums[0]})" if len(nums) == 1 else f"비공개〔{ns}〕"])

def stated_line(r, s):
    return r.choice(["공개구분: ", "공개 구분 : ", "공개여부: ", "공개여부 ", "/ 공개 ", "정보공개구분: ", "공개 구분  "]) + s

def date_plus(r, y, years):
    return fmt_date(r, min(y + years, 2036), 12, 31, r.choice([0, 0, 1, 2]))

def marking_str(r, mk, year):
    if mk == "대외비":
        v = ["대외비", "대 외 비", "[대외비]", "《대외비》", "〈대외비〉", "【 대 외 비 】", "- 대외비 -", "보안등급: 대외비",
             "{d}까지 대외비", "대외비(보호기간: {d}까지)", "대외비 (~{d})"]
        if year < 2002:
            v += ["對外秘", "대외비(對外秘)"]
        s = r.choice(v)
        return s.replace("{d}", date_plus(r, year, r.randint(1, 5)))
    roman = {"III급": "Ⅲ", "II급": "Ⅱ", "I급": "Ⅰ"}[mk]
    latin = {"III급": "III", "II급": "II", "I급": "I"}[mk]
    arab = {"III급": "3", "II급": "2", "I급": "1"}[mk]
    v = [f"{roman}급비밀", f"{roman}급 비밀", f"{latin}급 비밀", f"{arab}급 비밀", f"비밀({roman}급)", f"{roman} 급 비 밀",
         f"{roman}급비밀", f"[{roman}급 비밀]"]
    if year < 2000:
        v += [f"{roman}級秘密", f"{roman}급秘"]
    return r.choice(v)

def yegomun(r, mk, year):
    d = date_plus(r, year, r.randint(2, 10))
    roman = {"III급": "Ⅲ", "II급": "Ⅱ", "I급": "Ⅰ"}.get(mk)
    if roman:
        return r.choice([f"예고문: {d}까지 {roman}급비밀, 이후 일반문서로 재분류",
                         f"예고문 : {d} 일반문서로 재분류",
                         f"예고 : {d}까지 {roman}급, 이후 파기",
                         f"(예고문) {d}까지 {roman}급비밀 / 이후 {'Ⅲ급비밀' if roman != 'Ⅲ' else '일반문서'}"])
    return r.choice([f"보호기간: {d}까지", f"{d} 이후 일반문서로 재분류", f"보호기간 만료 후 일반문서로 관리({d})"])

# ---------------------------------------------------------------- 공문 skeleton
def docno(r, year, dept):
    if year < 1999:
        return r.choice([f"{dept[:2]} {r.randint(1000, 9999)}-{r.randint(10, 999)}", f"{dept[:2]}{r.randint(10000, 99999)}-{r.randint(1, 999)}"])
    return f"{dept}-{r.randint(11, 9999)}"

def gongmun(r, ctx, d, title, body, attach=None, stated=None, recipient=None, style=None, sign=True):
    """Append a 공문 in one of several period styles. body: list of lines. stated: str or None."""
    y, ag, dept = ctx["year"], ctx["agency"], ctx["dept"]
    style = style or ctx.get("style")
    drafter, checker, boss = pname(r), pname(r), pname(r)
    recipient = recipient or r.choice(["수신자 참조", "내부결재", f"{r.choice(METRO)}지사(총무과장)", "각 실·국장", "각급 학교장",
                                       "각 과(팀)장", f"{r.choice(DEPTS)}장", "예하 부대장", "관내 각 읍·면·동장"])
    stated_pos = ctx.get("stated_pos", "footer")
    if style == "old":
        d.p(ag)
        d.p(f"우 {r.randint(100,799)}-{r.randint(10,999)}  {ag} 청사  / 전화 ({landline(r).split('-')[0]}) {r.randint(200,999)}-{digits(r,4)}  / 담당 {dept} {drafter}")
        d.p(f"문서번호  {docno(r, y, dept)}")
        d.p(f"시행일자  {fmt_date(r, y, style=r.choice([0, 2]))}")
        d.p(f"(경  유)\n수  신  {recipient}\n참  조  {r.choice(DEPTS)}장")
        if stated and stated_pos == "top":
            d.p(stated)
        d.p(f"제  목  {title}")
        d.p("")
        for b in body:
            d.p(b)
        if attach:
            d.p(f"첨부 : {attach}" + r.choice(["  끝.", "", ". 끝"]))
        elif r.random() < .7:
            d.p("  끝.")
        if sign:
            d.p("")
            d.p(head_of(ag) if r.random() < .7 else f"{head_of(ag)} (직인생략)")
        if stated and stated_pos != "top":
            d.p(stated)
        if r.random() < .5:
            d.p(f"선결 │ 접수 {fmt_date(r, y, style=0)} 번호 {r.randint(1, 999)} │ 처리과 {dept} │ 담당자 {pname(r)}")
        return drafter
    if style == "memo":
        d.p(r.choice(["[메모]", "업무연락", "내부 업무 메모", "쪽지"]) + f"  {fmt_date(r, y)}")
        d.p(f"{r.choice(['받는 분', '수신', 'To'])}: {recipient}")
        d.p(f"{r.choice(['보내는 분', '발신', 'From'])}: {dept} {drafter} {r.choice(TITLES)}")
        d.p(f"제목: {title}")
        if stated and stated_pos == "top":
            d.p(stated)
        for b in body:
            d.p(b)
        if stated and stated_pos != "top":
            d.p(stated)
        return drafter
    if style == "report":
        if stated and stated_pos == "top":
            d.p(r.choice(["", "  "]) + stated)
        d.p(title if r.random() < .5 else f"「{title}」")
        d.p(f"{fmt_date(r, y)}  {dept}" if r.random() < .6 else f"({ag} {dept}, {fmt_date(r, y)})")
        d.p("")
        for b in body:
            d.p(b)
        if attach:
            d.p(f"※ 붙임: {attach}")
        if stated and stated_pos != "top":
            d.p(stated)
        return drafter
    # modern 기안문/시행문
    d.p(ag if r.random() < .7 else " ".join(ag))
    d.p(f"수신  {recipient}")
    d.p("(경유)")
    if stated and stated_pos == "top":
        d.p(stated)
    d.p(f"제목  {title}")
    d.p("")
    for b in body:
        d.p(b)
    if attach:
        d.p("")
        d.p(f"붙임  {attach}" + ("  끝." if r.random() < .8 else ""))
    elif r.random() < .8:
        d.p("  끝.")
    if sign:
        d.p("")
        d.p(head_of(ag))
        d.p("")
        t1 = r.choice(TITLES)
        d.p(f"{t1} {drafter}   {r.choice(['팀장', '사무관', '계장'])} {checker}   {r.choice(['과장', '국장', '담당관', '실장'])} {r.choice(['전결 ', ''])}{fmt_date(r, y, style=3)[5:]} {boss}")
        if r.random() < .4:
            d.p(f"협조자  {r.choice(DEPTS)} {pname(r)}")
        d.p(f"시행  {dept}-{r.randint(100, 9999)} ({fmt_date(r, y, style=r.choice([0, 1, 3]))})  접수")
        d.p(f"우 {r.randint(10000, 63999)}  {ag} 청사 {r.choice(ROADS)} {r.randint(1, 300)}  / www.{r.choice(['gov','go','korea'])}.kr")
        d.p(f"전화번호 {landline(r)}  전송 {landline(r)}  / {r.choice(['officer', 'adm', 'gw', 'min'])}{r.randint(1, 99)}@korea.kr" +
            (f"  / {stated}" if stated and stated_pos == "footer" and r.random() < .6 else ""))
        if stated and stated_pos == "footer" and f"/ {stated}" not in d.blocks[-1][1]:
            d.p(stated)
    elif stated and stated_pos != "top":
        d.p(stated)
    if stated and stated_pos == "bottomtail":
        d.p(r.choice(["", "※ "]) + stated)
    return drafter

def numbering(r):
    return r.choice([("1.", "가.", "1)"), ("□", "○", "-"), ("Ⅰ.", "1.", "(1)"), ("①", "-", "·"), ("가.", "1)", "가)"), ("1)", "(가)", "-")])

def styled(r, items, nb=None):
    nb = nb or numbering(r)
    out = []
    for i, it in enumerate(items):
        lvl, text = it if isinstance(it, tuple) else (0, it)
        mark = nb[lvl]
        if mark in ("1.", "가.", "1)", "(1)", "Ⅰ.", "(가)"):
            mark = seqmark(mark, sum(1 for x in items[:i + 1] if (x[0] if isinstance(x, tuple) else 0) == lvl))
        out.append("  " * lvl + mark + " " + text)
    return out

def seqmark(mark, k):
    han = "가나다라마바사아자차카타"
    rom = "ⅠⅡⅢⅣⅤⅥⅦⅧ"
    if mark == "1.": return f"{k}."
    if mark == "가.": return f"{han[k - 1]}."
    if mark == "1)": return f"{k})"
    if mark == "(1)": return f"({k})"
    if mark == "Ⅰ.": return f"{rom[k - 1]}."
    if mark == "(가)": return f"({han[k - 1]})"
    return mark

def tab_rows_to_text(r, rows, style):
    if style == "pipe":
        return ["| " + " | ".join(c for c in row) + " |" for row in rows]
    if style == "tab":
        return ["\t".join(row) for row in rows]
    if style == "box":
        return ["│" + "│".join(row) + "│" for row in rows]
    if style == "space":
        w = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
        return ["  ".join(c.ljust(w[i]) for i, c in enumerate(row)).rstrip() for row in rows]
    return [" ".join(row) for row in rows]

# ---------------------------------------------------------------- templates
def R(*xs):
    out = []
    for x in xs:
        out.append(f"OIDA-9-1-{x}" if isinstance(x, int) else x)
    return sorted(set(out))

def nums_of(reasons):
    return [int(x.split("-")[-1]) for x in reasons if x.startswith("OIDA")]

def result(d, disc, mk, reasons, genre, deciding, why, mention=False, stated=None):
    return dict(doc=d, disclosure=disc, marking=mk, reasons=R(*reasons), genre=genre, deciding=deciding, why=why,
                mention_only=mention, stated=stated)

def maybe_stated(r, ctx, disc, reasons, p=.5):
    if ctx["year"] < 1999 or r.random() > p:
        return None, None
    nums = [n for n in nums_of(R(*reasons))] or []
    s = stated_str(r, disc, nums, ctx["year"])
    return s, stated_line(r, s)

EVENTS = ["2{y}년 지역 안전문화 캠페인 참가 협조", "청사 에너지 절약 추진 계획 알림", "공공데이터 개방 수요조사 협조 요청",
          "민원실 운영시간 변경 안내", "{y}년도 하계 휴가 운영 계획", "직원 청렴 교육 실시 알림", "도로 보수공사에 따른 통행 제한 안내",
          "소속기관 업무보고 일정 통보", "정부혁신 우수사례 공모 안내", "재난대응 안전한국훈련 참여 협조", "기록물 정리 기간 운영 안내",
          "관내 하천 수질 측정 결과 통보", "학교 급식 위생 점검 계획 안내", "전입 교원 연수 실시 알림", "예비군 동원훈련 일정 통보",
          "화재 예방 캠페인 실시 알림", "법원 청사 주차장 공사 안내", "국민참여재판 홍보 협조 요청", "범죄피해자 지원 제도 홍보"]

def t_pub_gongmun(r, ctx):
    d = Doc()
    ev = r.choice(EVENTS).replace("2{y}", str(ctx["year"])).replace("{y}", str(ctx["year"]))
    items = [f"관련: {ctx['dept']}-{r.randint(100, 9999)}({fmt_date(r, ctx['year'])})",
             f"{ev}에 관하여 다음과 같이 알려 드리니 업무에 참고하시기 바랍니다.",
             (1, f"일시: {fmt_date(r, ctx['year'])} {r.randint(9, 17)}:00"),
             (1, f"장소: {ctx['agency']} {r.choice(['대회의실', '3층 소회의실', '강당', '민원실 앞'])}"),
             (1, f"문의: {ctx['dept']} {r.choice(TITLES)} {pname(r)} ({landline(r)})")]
    st, sl = maybe_stated(r, ctx, "public", [], .7)
    gongmun(r, ctx, d, ev, styled(r, items), attach=r.choice([None, "계획서 1부.", "참가 신청서 양식 1부."]), stated=sl)
    if st: d.cue(st, "stated")
    return result(d, "public", "none", [], "공문", st or "content", "routine notice; only officials acting in office named", stated=st)

def t_press(r, ctx):
    d = Doc()
    y = ctx["year"]
    topic = r.choice(["청년 주거지원 사업 확대", "여름철 물놀이 안전수칙 홍보", "전통시장 활성화 지원 결과", "공공기관 채용박람회 개최",
                      "미세먼지 저감 대책 추진 상황", "스마트 도서관 개관", "어린이 보호구역 단속 결과", "산불 예방 특별 대책"])
    d.p(r.choice(["보도자료", "보 도 자 료", "【보도자료】", "PRESS RELEASE 보도자료"]))
    d.p(f"배포일시: {fmt_date(r, y)}   보도일시: {r.choice(['즉시 보도 가능', '배포 즉시', f'{r.randint(1, 28)}일(목) 조간'])}")
    d.p(f"{topic}" + r.choice(["", " 본격 추진", "… 시민 호응"]))
    for s in styled(r, [f"{ctx['agency']}은(는) {topic}을(를) 위해 총 {r.randint(2, 90)}억 원을 투입한다고 밝혔다.",
                        (1, f"대상 인원은 약 {r.randint(100, 9000):,}명이며 신청은 {fmt_date(r, y)}부터 받는다."),
                        f"{r.choice(['담당 국장', '부단체장', '기관장'])} {pname(r)}은 \"주민 체감도를 높이겠다\"고 말했다."]):
        d.p(s)
    rows = [["담당 부서", ctx["dept"], "책임자", f"과장 {pname(r)}", landline(r)], ["", "", "담당자", f"{r.choice(TITLES)} {pname(r)}", landline(r)]]
    d.table(rows)
    return result(d, "public", "none", [], "보도자료", "content", "press release; officials named in office capacity")

GRADES = ["1급(관리관)", "2급(이사관)", "3급(부이사관)", "4급(서기관)", "행정5급", "지방행정주사(6급)", "지방행정서기(8급)",
          "소방령", "소방경", "경정", "경감", "교육연구관", "법원사무관", "검찰주사", "3급 승진", "2급 상당"]

def t_insa(r, ctx):
    d = Doc()
    y = ctx["year"]
    d.p(r.choice(["인 사 발 령", "인사명령", f"{ctx['agency']} 인사발령 ({fmt_date(r, y)}자)", "발령 사항 알림"]))
    rows = [["소속", "직급", "성명", "발령사항"]]
    ment = []
    for _ in range(r.randint(2, 7)):
        g = r.choice(GRADES)
        ment.append(g)
        rows.append([r.choice(DEPTS), g, pname(r), r.choice(["승진임용", "전보", "직무대리", "신규임용", "파견 복귀", f"{r.choice(DEPTS)}장에 보함"])])
    d.table(rows)
    if r.random() < .4:
        d.p(f"※ {r.choice(GRADES)} 이상 보직자는 {fmt_date(r, y)}까지 보안서약서를 제출할 것")
    for g in ment[:2]:
        d.cue(g, "mention_grade")
    return result(d, "public", "none", [], "인사발령", "content", "grades are civil-service ranks, not classification; officials in office", mention=True)

def t_guide_security(r, ctx):
    d = Doc()
    y = ctx["year"]
    d.p(r.choice(["비밀 및 대외비 취급 요령", "보안업무 교육자료", f"{y}년 상반기 보안교육 교안", "문서 보안관리 실무 안내"]))
    ex_mk = marking_str(r, r.choice(["III급", "II급", "대외비"]), y)
    items = ["비밀의 구분",
             (1, "Ⅰ급비밀: 누설 시 외교관계 단절·전쟁 유발 등의 우려"),
             (1, "Ⅱ급비밀: 국가안전보장에 막대한 지장 우려"),
             (1, "Ⅲ급비밀: 국가안전보장에 손해를 끼칠 우려"),
             "대외비는 비밀 외에 직무수행상 특별히 보호가 필요한 사항으로, 비밀에 준하여 관리",
             (1, f"표시 예: 문서 상·하단 중앙에 \"{ex_mk}\" 표시"),
             (1, "예고문 예: \"20XX. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류\""),
             "사본번호는 비밀 사본마다 부여하고 비밀관리기록부에 기록",
             "공개 구분 표시는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호에 따라 \"비공개(2)\" 등으로 기재"]
    for s in styled(r, items):
        d.p(s)
    if r.random() < .5:
        d.p(f"※ 문의: {ctx['dept']} 보안담당 {pname(r)} {landline(r)}")
    d.cue(ex_mk, "mention_marking"); d.cue("Ⅲ급비밀", "mention_marking")
    return result(d, "public", "none", [], "보안교육자료", "content", "guide quotes marking examples; document itself unmarked", mention=True)

def t_guide_oia(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1998)
    d.p(r.choice(["정보공개 업무 처리 안내", "정보공개 청구 처리 요령(실무자용)", "정보공개 담당자 교육 자료", "공개 구분 표시 방법 안내"]))
    items = ["결재문서의 공개 여부는 기안 시 공개·부분공개·비공개로 구분하여 표시",
             (1, "부분공개의 경우 해당 호를 괄호에 적음. 예) 부분공개(6)"),
             (1, "비공개의 경우 예) 비공개(제9조 제1항 제5호)"),
             "비공개 결정 시 청구인에게 사유와 불복 방법을 통지",
             (1, "이의신청: 통지를 받은 날부터 30일 이내"),
             "개인의 주민등록번호 등은 제9조 제1항 제6호에 따라 가리고 공개"]
    for s in styled(r, items):
        d.p(s)
    d.cue("부분공개(6)", "mention_disclosure"); d.cue("비공개(제9조 제1항 제5호)", "mention_disclosure")
    return result(d, "public", "none", [], "정보공개안내", "content", "guide quoting disclosure categories", mention=True)

def t_oia_stats(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1999)
    d.p(f"{y}년 {r.choice(['상반기', '하반기', '연간', '1분기'])} 정보공개 청구 처리 현황")
    a, b, c = r.randint(50, 900), r.randint(5, 120), r.randint(1, 60)
    rows = [["구분", "청구", "공개", "부분공개", "비공개", "취하 등"], ["건수", str(a + b + c + 7), str(a), str(b), str(c), "7"]]
    d.table(rows)
    d.p(f"비공개 사유: 제6호(개인정보) {c // 2}건, 제5호(의사결정 과정) {c - c // 2}건")
    d.cue("비공개", "mention_disclosure")
    return result(d, "public", "none", [], "통계", "content", "statistics only mention categories", mention=True)

def t_password(r, ctx):
    d = Doc()
    y = max(ctx["year"], 2000)
    ctx = dict(ctx, year=y)
    items = [f"{r.choice(['행정포털', '전자결재시스템', '온-나라 시스템', '업무관리시스템', '내부 메일'])} 비밀번호 정기 변경 기간을 알려드립니다.",
             (1, f"기간: {fmt_date(r, y)} ~ {r.randint(1, 28)}일"),
             (1, "비밀번호는 영문·숫자·특수문자 조합 9자리 이상"),
             (1, "최근 사용한 비밀번호 재사용 금지, 3급 비밀 취급자는 별도 지침에 따름" if r.random() < .5 else "생일·전화번호 등 추측하기 쉬운 비밀번호 사용 금지")]
    st, sl = maybe_stated(r, ctx, "public", [], .5)
    gongmun(r, ctx, d, r.choice(["비밀번호 변경 안내", "정보시스템 비밀번호 변경 협조", "PC 비밀번호 일제 점검"]), styled(r, items), stated=sl)
    d.cue("비밀번호", "mention_secret_word")
    return result(d, "public", "none", [], "공문", "content", "비밀번호 notice; no classification", mention=True, stated=st)

def t_declass(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1995)
    mk = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "Ⅲ급 비밀"])
    items = [f"{fmt_date(r, y - r.randint(2, 10))} 생산된 아래 문서({mk})가 보호기간 만료로 일반문서로 재분류되었음을 알립니다.",
             (1, f"문서명: {r.choice(['을지연습 지원계획', '청사 방호계획(구)', '비상대비 업무 지침', '통신망 운용 계획'])}"),
             (1, f"재분류 근거: 예고문에 따른 자동 재분류"),
             "재분류된 문서는 기록관으로 이관하여 관리하시기 바랍니다."]
    st, sl = maybe_stated(r, dict(ctx, year=y), "public", [], .5)
    gongmun(r, dict(ctx, year=y), d, r.choice(["비밀 재분류(해제) 결과 통보", "보호기간 만료 문서 재분류 알림", "대외비 해제 통보"]), styled(r, items), stated=sl)
    d.cue(mk, "mention_marking")
    return result(d, "public", "none", [], "공문", "content", "declassification notice: marking only mentioned", mention=True, stated=st)

def t_cover_classified(r, ctx):
    d = Doc()
    y = ctx["year"]
    mk = marking_str(r, r.choice(["III급", "II급"]), y)
    items = [f"관련: {ctx['dept']}-{r.randint(100, 999)}",
             f"요청하신 자료를 송부하오니 업무에 참고하시기 바랍니다.",
             f"붙임 자료는 {mk}로 분류되어 있어 비밀 수발 절차에 따라 별도 송부합니다." if r.random() < .6 else
             f"※ 붙임 문서는 {mk}이므로 본 공문과 분리하여 인편으로 전달함"]
    st, sl = maybe_stated(r, ctx, "public", [], .6)
    gongmun(r, ctx, d, r.choice(["자료 송부", "요청 자료 제출", "회의 자료 송부"]), styled(r, items), attach="자료 1부(별도 송부).", stated=sl)
    d.cue(mk, "mention_marking")
    return result(d, "public", "none", [], "공문", "content", "cover letter mentions classified attachment sent separately", mention=True, stated=st)

def t_audit_summary(r, ctx):
    d = Doc()
    y = max(ctx["year"], 2000)
    d.p(f"{y}년 보안감사 결과 (공개용 요약)")
    for s in styled(r, [f"감사 기간: {fmt_date(r, y)} ~ {r.randint(1, 28)}일",
                        f"지적 사항: 대외비 문서 보관 미흡 {r.randint(1, 5)}건, 비밀관리기록부 기재 누락 {r.randint(1, 4)}건",
                        "조치: 관련 부서 주의 및 보안교육 실시"]):
        d.p(s)
    d.cue("대외비", "mention_marking")
    return result(d, "public", "none", [], "감사결과", "content", "public summary of security audit; mentions 대외비", mention=True)

def t_meeting_public(r, ctx):
    d = Doc()
    y = ctx["year"]
    d.p(r.choice(["회 의 록", f"제{r.randint(1, 60)}차 {r.choice(['도시계획위원회', '지역치안협의회', '학교운영위원회', '정책자문위원회'])} 회의 결과"]))
    d.p(f"○ 일시: {fmt_date(r, y)} {r.randint(10, 16)}:00   ○ 장소: {ctx['agency']} 회의실")
    d.p(f"○ 참석: 위원장 {pname(r)} 외 위원 {r.randint(5, 14)}명")
    d.p(f"○ 안건: {r.choice(['공원 조성계획 변경(원안 가결)', '연간 운영계획 보고', '조례 개정안 자문'])}")
    d.p("○ 결과: " + r.choice(["원안 가결", "수정 가결", "보고 접수"]))
    st, sl = maybe_stated(r, ctx, "public", [], .5)
    if sl: d.p(sl); d.cue(st, "stated")
    return result(d, "public", "none", [], "회의록", st or "content", "result record of public committee", stated=st)

def t_informal_public(r, ctx):
    d = Doc()
    y = ctx["year"]
    tag = r.choice(["내부용", "취급주의", "대외주의", "업무참고용", "INTERNAL", "열람 후 회수"])
    d.stamp(tag, r.choice(["header", "top"]))
    items = [f"{r.choice(['청사 식당 운영 개선', '직원 체육대회', '사무용품 구매 절차', '회의실 예약 방법'])} 관련 안내입니다.",
             (1, f"시행일: {fmt_date(r, y)}"), (1, f"담당: {ctx['dept']} {pname(r)} {r.choice(TITLES)}")]
    for s in styled(r, items):
        d.p(s)
    d.cue(tag, "informal_marking")
    return result(d, "public", "none", [], "내부안내", "content", "informal internal tag has no legal effect; content routine")

# ---- partial
def t_minwon(r, ctx):
    d = Doc()
    y = ctx["year"]
    nm = pname(r)
    items = [f"귀하께서 {fmt_date(r, y)} 제출하신 민원({r.choice(['불법 주정차 단속 요청', '가로등 고장 신고', '소음 피해 진정', '도로 파손 보수 요청', '세대주 정정 요청'])})에 대한 처리 결과를 알려 드립니다.",
             (1, f"민원인: {nm}  (주소: {address(r)}, 연락처: {mobile(r)})"),
             (1, f"처리 결과: {r.choice(['현장 확인 후 보수 완료', '관계 부서 이관', '단속 강화 조치', '요청 사항 반영 예정'])}"),
             "기타 궁금하신 사항은 담당자에게 문의하여 주시기 바랍니다."]
    st, sl = maybe_stated(r, ctx, "partial", [6], .6)
    gongmun(r, ctx, d, "민원 처리 결과 알림", styled(r, items), recipient=f"{nm} 귀하", stated=sl)
    d.cue(nm, "private_person")
    if st: d.cue(st, "stated")
    return result(d, "partial", "none", [6], "민원회신", st or "private_person", "private complainant name/address/phone removable", stated=st)

def t_subsidy_ids(r, ctx, mislabel=False):
    d = Doc()
    y = max(ctx["year"], 1999)
    ctx = dict(ctx, year=y)
    rows = [["연번", "성명", "주민등록번호", "은행", "계좌번호", "지급액"]]
    first = None
    for i in range(r.randint(2, 5)):
        bk, ac = account(r)
        nm = pname(r); x = rrn(r)
        first = first or x
        rows.append([str(i + 1), nm, x, bk, ac, f"{r.randint(10, 300) * 10000:,}원"])
    kind = r.choice(["긴급복지 생계지원금", "재난지원금(이의신청 인용분)", "장학금", "출산장려금", "농업인 재해보험 지원금"])
    items = [f"{kind} 추가 지급 대상자를 아래와 같이 통보하오니 {fmt_date(r, y)}까지 지급 바랍니다."]
    if mislabel:
        st = r.choice(["공개", "공개", "공 개"])
        sl = stated_line(r, st)
    else:
        st, sl = maybe_stated(r, ctx, "partial", [6], .6)
    ctx2 = dict(ctx, stated_pos=r.choice(["footer", "top", "bottomtail"]))
    gongmun(r, ctx2, d, f"{kind} 지급 대상자 통보", styled(r, items), attach=r.choice([None, "대상자 명단 1부."]), stated=sl)
    d.table(rows)
    d.cue(first, "unmasked_rrn")
    if st: d.cue(st, "stated")
    why = "stated 공개 contradicts full RRNs/accounts: gold follows content" if mislabel else "공문 with recipient RRNs/accounts; body disclosable after removal"
    return result(d, "partial", "none", [6, "PIPA-24"], "공문", "unmasked_rrn", why, stated=st)

def t_mislabeled(r, ctx):
    out = t_subsidy_ids(r, ctx, mislabel=True)
    out["mislabeled"] = True
    return out

def t_contract(r, ctx):
    d = Doc()
    y = ctx["year"]
    co = r.choice(COMPANY)
    d.p(r.choice(["계약 체결 결과 보고", "용역 계약 검토 결과", "물품구매 계약 결과"]))
    items = [f"사업명: {r.choice(['통합관제센터 유지보수', '청사 청소 용역', '도로 포장 공사', '행정정보시스템 고도화'])}",
             f"계약상대자: {co} / 계약금액: {r.randint(20, 900) * 1000000:,}원",
             f"산출내역(업체 제출): 노무비 단가 {r.randint(150, 400) * 1000:,}원, 일반관리비율 {r.randint(4, 8)}.{r.randint(0, 9)}%, 이윤율 {r.randint(5, 10)}%",
             f"핵심 공정: 업체 고유 {r.choice(['배합비', '알고리즘 설계', '시공 공법'])} (영업비밀로 제출)"]
    for s in styled(r, items):
        d.p(s)
    st, sl = maybe_stated(r, ctx, "partial", [7], .6)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("영업비밀", "trade_secret")
    return result(d, "partial", "none", [7], "계약", st or "trade_secret", "contract result disclosable; company cost breakdown/techniques withheld", stated=st)

def t_oia_decision(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1998)
    nm = pname(r)
    d.p(r.choice(["정보 부분공개 결정 통지서", "정보(부분)공개 결정 통지서", "정보공개 결정 통지"]))
    rows = [["청구인", f"성명 {nm}", f"주소 {address(r)}"],
            ["접수번호", f"{r.randint(1000000, 9999999)}", f"접수일 {fmt_date(r, y)}"],
            ["청구 내용", r.choice(["○○사업 심의 회의록 일체", "업무추진비 집행 내역", "○○동 재개발 관련 민원 처리 내역"]), ""],
            ["결정 내용", "부분공개", "비공개 부분: 개인 성명·연락처 (제9조 제1항 제6호)"]]
    d.table(rows)
    d.p(f"※ 결정에 불복하는 경우 이 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
    d.p(head_of(ctx["agency"]) + r.choice(["", " (직인)"]))
    d.cue(nm, "private_person"); d.cue("부분공개", "mention_disclosure")
    return result(d, "partial", "none", [6], "정보공개결정통지", "private_person", "notice to named private requester; decision text is only mention", mention=True)

def t_meeting_residents(r, ctx):
    d = Doc()
    y = ctx["year"]
    d.p(f"{r.choice(['주민설명회', '공청회', '주민간담회'])} 결과 보고  ({fmt_date(r, y)})")
    d.p(f"사업명: {r.choice(['하수처리장 증설', '도시계획도로 개설', '공영주차장 조성', '소각장 현대화'])}")
    rows = [["발언자", "연락처", "주요 의견"]]
    first = None
    for _ in range(r.randint(2, 5)):
        nm = pname(r); first = first or nm
        rows.append([f"{nm}({r.choice(['주민', '통장', '상인회원'])})", mobile(r), r.choice(["소음 대책 요구", "보상 기준 문의", "찬성 의견", "노선 변경 요구"])])
    d.table(rows)
    d.p(f"담당: {ctx['dept']} {r.choice(TITLES)} {pname(r)}")
    st, sl = maybe_stated(r, ctx, "partial", [6], .4)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue(first, "private_person")
    return result(d, "partial", "none", [6], "회의록", st or "private_person", "residents' names and mobiles removable", stated=st)

def t_travel_passport(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1995)
    rows = [["성명", "직급", "여권번호", "출장국"]]
    first = None
    for _ in range(r.randint(1, 4)):
        pp = passport(r); first = first or pp
        rows.append([pname(r), r.choice(TITLES), pp, r.choice(["베트남", "독일", "미국", "일본", "캐나다"])])
    items = [f"{r.choice(['국제회의 참석', '우수사례 벤치마킹', '해외 협력사업 점검'])}을 위한 국외출장자 항공권 발권을 요청합니다.",
             (1, f"출장기간: {fmt_date(r, y)}부터 {r.randint(3, 10)}일간")]
    st, sl = maybe_stated(r, dict(ctx, year=y), "partial", [6], .5)
    gongmun(r, dict(ctx, year=y), d, "국외출장 항공권 발권 요청", styled(r, items), stated=sl)
    d.table(rows)
    d.cue(first, "unmasked_passport")
    if st: d.cue(st, "stated")
    return result(d, "partial", "none", [6, "PIPA-24"], "공문", "unmasked_passport", "passport numbers of travellers removable", stated=st)

def t_award(r, ctx):
    d = Doc()
    y = ctx["year"]
    nm = pname(r)
    items = [f"모범 {r.choice(['시민', '봉사자', '납세자', '청소년'])} 표창 대상자를 다음과 같이 추천합니다.",
             (1, f"성명: {nm} (생년월일 {rrn_masked(r)})" if r.random() < .6 else f"성명: {nm} / 주민등록번호 {rrn_masked(r)}"),
             (1, f"주소: {address(r)}"), (1, f"공적 요지: {r.choice(['10년간 독거노인 급식 봉사', '하천 정화 활동', '화재 현장 인명 구조'])}")]
    st, sl = maybe_stated(r, ctx, "partial", [6], .5)
    gongmun(r, ctx, d, "표창 대상자 추천", styled(r, items), attach="공적조서 1부.", stated=sl)
    d.cue(nm, "private_person")
    if st: d.cue(st, "stated")
    return result(d, "partial", "none", [6], "공문", st or "private_person", "citizen identifiable; RRN masked so no PIPA-24", stated=st)

# ---- non_public content-only
OFFENCES = [("음주운전(혈중알코올농도 0.{a}%)으로 벌금 {b}만원 약식명령 확정", True),
            ("금품 수수(향응 {b}만원 상당)", False), ("근무지 무단 이탈 {a}회", False),
            ("성희롱 비위", False), ("공무상 비밀 누설로 기소유예 처분", True), ("폭행으로 벌금 {b}만원 확정", True),
            ("복무 규정 위반(초과근무 부당 수령)", False)]

def t_discipline(r, ctx):
    d = Doc()
    y = ctx["year"]
    nm = pname(r)
    off, crim = r.choice(OFFENCES)
    off = off.format(a=r.randint(3, 19) if "0.{a}" not in off else r.randint(30, 199) // 10 * 10 // 10 + 3, b=r.randint(2, 15) * 50)
    d.p(r.choice(["징 계 의 결 서", "징계의결 결과", f"{ctx['agency']} 징계위원회 의결서", "징계처분 사유 설명서"]))
    rows = [["소속", ctx["dept"]], ["직급", r.choice(TITLES)], ["성명", nm], ["의결주문", r.choice(["견책", "감봉 1월", "정직 2월", "강등", "해임"])],
            ["이유", off]]
    d.table(rows)
    d.p(f"{fmt_date(r, y)}\n{r.choice(['징계위원회 위원장', '보통징계위원회 위원장', '인사위원회 위원장'])} {pname(r)}")
    d.cue(nm, "official_non_official_capacity"); d.cue(off[:6], "sensitive_content")
    reasons = [6, "PIPA-23"] if crim else [6]
    return result(d, "non_public", "none", reasons, "징계", "content", "discipline record naming official" + (" with criminal conviction" if crim else ""))

DIAG = ["요추 추간판 탈출증", "우울증 에피소드", "갑상선암", "급성 심근경색", "불안장애", "뇌경색 후유증", "우측 슬관절 인대 파열"]

def t_sickleave(r, ctx):
    d = Doc()
    y = ctx["year"]
    nm = pname(r); dg = r.choice(DIAG)
    items = [f"{ctx['dept']} {r.choice(TITLES)} {nm}의 질병휴직을 다음과 같이 승인하고자 합니다.",
             (1, f"휴직기간: {fmt_date(r, y)}부터 {r.randint(3, 12)}개월"),
             (1, f"사유: {dg}(진단서 첨부)"), (1, f"근거: 국가공무원법 제71조 제1항 제1호" if ctx["atype"] == "central" else "근거: 지방공무원법 제63조 제1항 제1호")]
    gongmun(r, dict(ctx, style=r.choice(["modern", "report", "old"])), d, "질병휴직 승인(안)" if r.random() < .5 else "병가 및 질병휴직 처리", styled(r, items),
            attach="진단서 1부.", recipient="내부결재")
    d.cue(dg, "health")
    return result(d, "non_public", "none", [6, "PIPA-23"], "인사", "health", "official's diagnosis (health data)")

def t_union(r, ctx):
    d = Doc()
    y = max(ctx["year"], 2006)
    d.p(f"{y}년 {r.randint(1, 12)}월분 노동조합 조합비 일괄공제 명단")
    rows = [["소속", "성명", "조합", "공제액"]]
    for _ in range(r.randint(3, 7)):
        rows.append([r.choice(DEPTS), pname(r), r.choice(["공무원노조 ○○지부", "교원노조", "○○공사 노동조합"]), f"{r.randint(8, 30) * 1000:,}"])
    d.table(rows)
    d.p(f"※ 급여 담당: {pname(r)}")
    d.cue("조합비", "union")
    return result(d, "non_public", "none", [6, "PIPA-23"], "명단", "union", "union membership roster")

def t_investigation(r, ctx):
    d = Doc()
    y = ctx["year"]
    nm = pname(r)
    with_id = r.random() < .5
    idv = rrn(r) if with_id else rrn_masked(r)
    items = [f"{r.choice(['사기', '업무상 횡령', '보조금 부정수급', '공문서 위조', '마약류 관리법 위반'])} 사건 수사와 관련하여 아래 자료 제출을 요청합니다.",
             (1, f"피의자: {nm} ({idv})"),
             (1, f"요청 자료: {r.choice(['금융거래 내역', '출입 기록', '보조금 지급 서류 일체', '통화 내역'])}"),
             (1, f"사건번호: {y}-{r.randint(1000, 99999)}호"),
             "수사 중인 사안이므로 관련 내용이 외부에 누설되지 않도록 유의하여 주시기 바랍니다."]
    ag = ctx["agency"] if ctx["atype"] in ("police", "prosec") else r.choice(STATIONS)
    st, sl = maybe_stated(r, ctx, "non_public", [4, 6], .5)
    gongmun(r, dict(ctx, agency=ag), d, r.choice(["수사협조 의뢰", "자료 제출 요청(수사)", "사실조회 의뢰"]), styled(r, items), stated=sl)
    d.cue("수사", "investigation"); d.cue(idv, "unmasked_rrn" if with_id else "masked_rrn")
    if st: d.cue(st, "stated")
    reasons = [4, 6] + (["PIPA-24"] if with_id else [])
    return result(d, "non_public", "none", reasons, "수사", st or "investigation", "ongoing investigation naming suspect" + (" with full RRN" if with_id else ""), stated=st)

def t_audit_ongoing(r, ctx):
    d = Doc()
    y = ctx["year"]
    named = r.random() < .5
    nm = pname(r)
    d.p(r.choice(["감사 진행 상황 보고(내부)", "특정감사 문답서", "감사 착수 보고", "복무감찰 중간 결과"]))
    items = [f"대상: {r.choice(DEPTS)}" + (f" {r.choice(TITLES)} {nm}" if named else ""),
             f"확인 내용: {r.choice(['예산 목적 외 사용 의혹', '계약 분할 의혹', '관용차량 사적 사용 의혹', '출장비 중복 수령 의혹'])}",
             "향후 계획: 관련자 추가 문답 후 처분 요구 여부 결정 (감사 종결 전 외부 유출 금지)"]
    for s in styled(r, items):
        d.p(s)
    st, sl = maybe_stated(r, ctx, "non_public", [5] + ([6] if named else []), .4)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("감사", "audit_in_progress")
    return result(d, "non_public", "none", [5] + ([6] if named else []), "감사", st or "audit_in_progress", "audit in progress" + (" naming official under inquiry" if named else ""), stated=st)

def t_internal_review(r, ctx):
    d = Doc()
    y = ctx["year"]
    topic = r.choice(["조직 개편(안)", "공공요금 인상 검토", "청사 이전 후보지 비교", "정원 감축 방안", "통폐합 대상 학교 검토", "사업 예산 삭감 시나리오"])
    d.p(f"{topic} 검토 보고" + r.choice(["", " (1차)", " - 실무 검토안"]))
    items = [f"검토 배경: {r.choice(['재정 여건 악화', '상급기관 권고', '기능 중복'])}",
             (1, f"1안: {r.choice(['전면 시행', '단계적 추진', '현행 유지'])}  / 2안: {r.choice(['유예', '시범 운영', '축소 시행'])}"),
             "검토 의견: 관계기관 협의 및 기관장 결재 전으로 확정되지 않은 안임",
             (1, "향후 일정: 간부회의 보고 후 최종안 결정")]
    nb = numbering(r)
    for s in styled(r, items, nb):
        d.p(s)
    st, sl = maybe_stated(r, ctx, "non_public", [5], .5)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("확정되지 않은", "deliberation")
    return result(d, "non_public", "none", [5], "내부검토", st or "deliberation", "internal deliberation before decision", stated=st)

def t_trade_secret(r, ctx):
    d = Doc()
    co = r.choice(COMPANY)
    d.p(r.choice(["기술제안서 평가 참고자료", "원가계산 검토서", "신기술 인증 심사 자료"]))
    items = [f"제출업체: {co}",
             f"공정 상세: {r.choice(['촉매 배합비 3:1:0.4', '소스코드 모듈 구조 및 암호화 키 관리 방식', '특허 출원 전 공법 도면'])}",
             f"원가 구성: 재료비 {r.randint(30, 70)}%, 노무비 {r.randint(10, 30)}%, 마진 {r.randint(3, 15)}%",
             "업체 요청: 경영상·영업상 비밀에 해당하므로 외부 공개를 원치 않음"]
    for s in styled(r, items):
        d.p(s)
    st, sl = maybe_stated(r, ctx, "non_public", [7], .5)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("영업상 비밀", "trade_secret")
    return result(d, "non_public", "none", [7], "계약", st or "trade_secret", "company's technical/cost secrets", stated=st)

def t_speculation(r, ctx):
    d = Doc()
    y = ctx["year"]
    place = r.choice(["○○읍 일원", f"{r.choice(BASIC)} 외곽", "구 역사 부지 일대", "△△리 산 12번지 일원"])
    d.p(r.choice(["개발 후보지 검토(미발표)", "도시개발구역 지정 예정지 검토", "신규 산업단지 입지 후보 비교", "역세권 개발 구상(안)"]))
    items = [f"후보지: {place} 약 {r.randint(10, 300)}만㎡",
             f"발표 예정: {fmt_date(r, y)} (발표 전 보안 유지)",
             "지가 동향: 후보지 정보 유출 시 투기 수요 유입 우려"]
    for s in styled(r, items):
        d.p(s)
    internal = r.random() < .5
    st, sl = maybe_stated(r, ctx, "non_public", [5, 8] if internal else [8], .5)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("투기", "speculation")
    return result(d, "non_public", "none", [5, 8] if internal else [8], "개발계획", st or "speculation",
                  "unannounced development site" + (", still under review" if internal else ""), stated=st)

def t_facility(r, ctx):
    d = Doc()
    site = r.choice(["청사", "정수장", "변전소", "통신실", "무기고", "유류 저장소"])
    d.p(f"{site} 경비·방호 근무 계획")
    rows = [["초소", "근무시간", "인원", "비고"]]
    for i in range(r.randint(2, 4)):
        rows.append([f"{i + 1}초소({r.choice(['정문', '후문', '옥상', '지하 기계실'])})", r.choice(["00:00~06:00", "06:00~18:00", "18:00~24:00"]), f"{r.randint(1, 3)}명", r.choice(["CCTV 사각지대", "출입통제", "순찰"])])
    d.table(rows)
    d.p(f"비상 연락 암구호: 매일 {r.randint(17, 20)}시 변경 / 취약 지점: 북측 담장 {r.randint(5, 40)}m 구간")
    st, sl = maybe_stated(r, ctx, "non_public", [3], .5)
    if sl: d.p(sl); d.cue(st, "stated")
    d.cue("취약 지점", "facility_protection")
    return result(d, "non_public", "none", [3], "시설방호", st or "facility_protection", "guard posts and weak points of a facility", stated=st)

def t_health_roster(r, ctx):
    d = Doc()
    y = ctx["year"]
    d.p(f"{y}년 직원 건강검진 결과 유소견자 명단")
    rows = [["성명", "소속", "판정", "소견"]]
    for _ in range(r.randint(2, 6)):
        rows.append([pname(r), r.choice(DEPTS), r.choice(["D2", "C1", "C2", "R"]), r.choice(["고혈압 의심", "당뇨 유질환", "간기능 이상", "결핵 의심"])])
    d.table(rows)
    d.cue("유소견자", "health")
    return result(d, "non_public", "none", [6, "PIPA-23"], "명단", "health", "staff health results roster")

def t_recruit_eval(r, ctx):
    d = Doc()
    d.p(r.choice(["면접시험 평정표", "채용 면접 평가 결과(내부)", "경력경쟁 채용 서류전형 채점표"]))
    rows = [["응시번호", "성명", "위원1", "위원2", "위원3", "합계"]]
    for _ in range(r.randint(2, 5)):
        a = [r.randint(10, 25) for _ in range(3)]
        rows.append([str(r.randint(10001, 19999)), pname(r), *map(str, a), str(sum(a))])
    d.table(rows)
    d.p("※ 최종 합격자 결정 전 자료임")
    d.cue("평정", "personnel_evaluation")
    return result(d, "non_public", "none", [5, 6], "채용", "content", "exam scoring with candidates' names before decision")

def t_school(r, ctx):
    d = Doc()
    y = max(ctx["year"], 2004)
    st_nm = pname(r)
    counsel = r.random() < .5
    d.p(r.choice(["학교폭력 사안 보고서", "학생 위기상담 결과 보고", "학교폭력 전담기구 심의 자료"]))
    items = [f"관련 학생: {r.randint(1, 3)}학년 {r.randint(1, 9)}반 {st_nm}(가해 측), {pname(r)}(피해 측)",
             f"사안 개요: {fmt_date(r, y)} {r.choice(['교내 폭행', '사이버 괴롭힘', '금품 갈취'])}",
             "조치: 학교폭력대책심의위원회 회부 예정"]
    if counsel:
        items.append(f"피해 학생 {r.choice(['외상 후 스트레스 증상', '자해 시도 이력', '불안 증세'])}으로 전문기관 상담 연계")
    for s in styled(r, items):
        d.p(s)
    d.cue(st_nm, "private_person")
    return result(d, "non_public", "none", [6] + (["PIPA-23"] if counsel else []), "학생사안", "private_person",
                  "students identifiable in violence case" + ("; mental-health data" if counsel else ""))

def t_ems(r, ctx):
    d = Doc()
    y = max(ctx["year"], 1995)
    with_id = r.random() < .4
    nm = pname(r)
    d.p(r.choice(["구급활동일지", "구 급 활 동 일 지", "119구급 이송 기록"]))
    rows = [["환자성명", nm, "성별/나이", f"{r.choice(['남', '여'])}/{r.randint(3, 90)}"],
            ["주민등록번호" if with_id else "연락처", rrn(r) if with_id else mobile(r), "발생장소", address(r)],
            ["주증상", r.choice(["흉통", "의식저하", "호흡곤란", "낙상 후 두부 출혈"]), "처치", r.choice(["산소투여", "CPR", "지혈"])]]
    d.table(rows)
    d.p(f"이송병원: {r.choice(['○○대학교병원', '시립의료원', '△△병원'])}  / 구급대원 {pname(r)}")
    d.cue(nm, "private_person")
    return result(d, "non_public", "none", [6, "PIPA-23"] + (["PIPA-24"] if with_id else []), "구급기록", "health", "patient's health record" + (" with RRN" if with_id else ""))

def t_court(r, ctx):
    d = Doc()
    y = ctx["year"]
    ag = r.choice(COURT + PROSEC)
    if r.random() < .5:
        nm = pname(r)
        d.p(f"{ag}\n{r.choice(['재판 진행 관련 협조 요청(내부)', '보석 허가 관련 자료 송부', '증인 신변보호 요청 검토'])}")
        for s in styled(r, [f"사건: {y}고합{r.randint(100, 999)} {r.choice(['특정경제범죄가중처벌법위반(사기)', '살인미수', '강도상해'])}",
                            f"피고인 {nm} 측 {r.choice(['보석 신청', '증인 신청', '기일 변경 신청'])} 관련 검토",
                            "공판 진행 중이므로 외부 제공 금지"]):
            d.p(s)
        d.cue("공판 진행 중", "trial_in_progress")
        return result(d, "non_public", "none", [4, 6], "법원·검찰", "trial_in_progress", "pending trial material naming defendant")
    d.p(f"{ag}\n{r.choice(['민원실 이전 안내', '청사 출입 절차 변경 안내', '전자소송 이용 교육 안내'])}")
    for s in styled(r, [f"시행일: {fmt_date(r, y)}", f"문의: {r.choice(['총무과', '민사과', '사무국'])} {pname(r)} {r.choice(['법원주사', '법원사무관', '검찰주사'])}"]):
        d.p(s)
    return result(d, "public", "none", [], "법원·검찰", "content", "routine court administration notice")

# ---- marked
DAEOEBI_CONTENT = [
    ("부동산 시장 안정 대책(안) 발표 전 검토", [5, 8], "개발계획"),
    ("청사 방호 및 출입통제 강화 계획", [3], "시설방호"),
    ("{dept} 특정감사 중간 결과", [5], "감사"),
    ("불법 촬영 사범 합동 단속 계획", [4], "수사"),
    ("간부 인사 배치(안)", [5, 6], "인사"),
    ("노사 교섭 대응 전략", [5], "내부검토"),
    ("재난 대비 비상연락망", [6], "명단"),
    ("민간업체 기술 검토 결과", [7], "계약"),
]

def place_marking(r, d, mkstr, where_top, where_bottom, body_fn):
    if where_top:
        d.stamp(mkstr, where_top)
    body_fn()
    if where_bottom:
        d.stamp(mkstr, where_bottom)

def t_daeoebi(r, ctx):
    d = Doc()
    y = ctx["year"]
    title, rs, genre = r.choice(DAEOEBI_CONTENT)
    title = title.replace("{dept}", r.choice(DEPTS))
    mk = marking_str(r, "대외비", y)
    top = r.choice(["top", "header", "cell", "textbox", "top"])
    bot = r.choice([None, "bottom", "footer", "bottom"])
    def body():
        items = [f"목적: {title}에 따른 세부 추진사항 보고",
                 (1, f"추진 일정: {fmt_date(r, y)} ~ {fmt_date(r, y)}"),
                 (1, f"소요 인력: {r.randint(3, 40)}명 / 예산 {r.randint(1, 90)}억 원")]
        if 6 in rs:
            items.append((1, f"담당 연락처: {pname(r)} {mobile(r)}, {pname(r)} {mobile(r)}"))
        if 4 in rs:
            items.append("단속 일시·장소는 사전 유출 시 단속 실효성 저하")
        if 8 in rs:
            items.append("대상 지역 발표 전 유출 시 투기 우려")
        st, sl = maybe_stated(r, ctx, "non_public", rs, .35)
        ctx["_st"] = st
        gongmun(r, dict(ctx, style=r.choice(["report", "modern", "old"] if y < 2005 else ["report", "modern", "memo"])), d, title, styled(r, items), stated=sl)
        if r.random() < .4:
            d.p(yegomun(r, "대외비", y))
    place_marking(r, d, mk, top, bot, body)
    d.cue(mk, "marking")
    st = ctx.pop("_st", None)
    if st: d.cue(st, "stated")
    return result(d, "non_public", "대외비", rs, genre, mk, "carries 대외비 (no -1); content reasons " + ",".join(map(str, rs)), stated=st)

SECRET_CONTENT = [
    ("{y} 을지연습 전시 임무수행 계획", [1, 2], "국방·안보"),
    ("통합방위 작전 지원계획", [1, 2], "국방·안보"),
    ("국가중요시설 방호 및 경계 강화 계획", [1, 3], "시설방호"),
    ("대북 정보 협력 회의 결과", [1, 2], "국방·안보"),
    ("비상대비 자원관리 및 동원 계획", [1, 2], "국방·안보"),
    ("전시 정부기능 이전 계획", [1, 2], "국방·안보"),
    ("{y}년 비밀취급인가자 현황", [1, 2, 6], "명단"),
    ("주요 통신망 암호자재 운용 계획", [1, 2], "국방·안보"),
]

def t_secret(r, ctx, mk):
    d = Doc()
    y = ctx["year"]
    title, rs, genre = r.choice(SECRET_CONTENT)
    title = title.replace("{y}", str(y))
    mkstr = marking_str(r, mk, y)
    top = r.choice(["top", "header", "cell", "textbox", "top"])
    bot = r.choice(["bottom", "footer", "bottom", None])
    copyno = r.random() < .6
    def body():
        if copyno:
            d.p(r.choice([f"사본번호: {r.randint(1, 9)}/{r.randint(9, 12)}", f"사본 제{r.randint(1, 6)}호", f"총 {r.randint(5, 10)}부 중 제{r.randint(1, 5)}부"]))
        items = [f"{title}",
                 (1, f"작전(계획) 기간: {fmt_date(r, y)} ~ {r.randint(2, 5)}일간"),
                 (1, f"투입 부대: {r.choice(['제1대대', '기동타격대', '예비군 1개 중대', '해안 경계 부대'])} / 집결지 좌표 {r.randint(10, 99)}S {r.choice(['CS', 'DT', 'BR'])} {digits(r, 4)} {digits(r, 4)}"),
                 (1, f"통신 제원: 주파수 {r.randint(30, 88)}.{digits(r, 3)}MHz, 호출부호 {r.choice(['백두', '한라', '독수리', '청룡'])}-{r.randint(1, 9)}")]
        if 6 in rs:
            items.append((1, f"인가자: {pname(r)}({rrn_masked(r)}), {pname(r)}, {pname(r)}"))
        for s in styled(r, items):
            d.p(s)
        d.p(yegomun(r, mk, y))
        if r.random() < .5:
            d.p(f"{head_of(ctx['agency'])}")
    place_marking(r, d, mkstr, top, bot, body)
    d.cue(mkstr, "marking")
    return result(d, "non_public", mk, rs, genre, mkstr, f"carries {mk} 비밀 (-1) plus content " + ",".join(map(str, rs[1:])))

def t_secret3(r, ctx): return t_secret(r, ctx, "III급")
def t_secret2(r, ctx): return t_secret(r, ctx, "II급")
def t_secret1(r, ctx): return t_secret(r, ctx, "I급")

# ---------------------------------------------------------------- plan
PLAN = [  # (template, count, preferred agency types)
    (t_pub_gongmun, 20, ATYPES), (t_press, 9, ["central", "metro", "basic", "pubco", "police", "fire"]),
    (t_insa, 10, ATYPES), (t_guide_security, 7, ["central", "mil", "metro", "pubco"]), (t_guide_oia, 6, ATYPES),
    (t_oia_stats, 3, ["central", "metro", "basic"]), (t_password, 6, ATYPES), (t_declass, 5, ["central", "mil", "metro"]),
    (t_cover_classified, 5, ["central", "mil", "metro", "police"]), (t_audit_summary, 3, ["central", "metro", "edu"]),
    (t_meeting_public, 5, ["metro", "basic", "edu", "police"]), (t_informal_public, 5, ATYPES),
    (t_minwon, 10, ["basic", "metro", "police", "fire", "edu"]), (t_subsidy_ids, 8, ["basic", "metro", "edu", "pubco"]),
    (t_mislabeled, 4, ["basic", "metro"]), (t_contract, 6, ["central", "metro", "basic", "pubco"]),
    (t_oia_decision, 6, ["central", "metro", "basic", "edu"]), (t_meeting_residents, 5, ["basic", "metro", "pubco"]),
    (t_travel_passport, 5, ["central", "metro", "basic", "pubco"]), (t_award, 5, ["basic", "metro", "fire", "police"]),
    (t_discipline, 9, ATYPES), (t_sickleave, 6, ATYPES), (t_union, 4, ["central", "metro", "basic", "edu", "pubco"]),
    (t_investigation, 8, ["police", "prosec"]), (t_audit_ongoing, 6, ["central", "metro", "basic", "edu", "pubco"]),
    (t_internal_review, 8, ["central", "metro", "basic", "edu", "pubco"]), (t_trade_secret, 5, ["central", "pubco", "metro"]),
    (t_speculation, 5, ["central", "metro", "basic", "pubco"]), (t_facility, 5, ["central", "metro", "pubco", "mil"]),
    (t_health_roster, 3, ATYPES), (t_recruit_eval, 4, ["central", "metro", "pubco", "edu"]), (t_school, 4, ["edu"]),
    (t_ems, 3, ["fire"]), (t_court, 6, ["court", "prosec"]),
    (t_daeoebi, 18, ["central", "metro", "basic", "pubco", "police"]), (t_secret3, 12, ["mil", "central", "metro"]),
    (t_secret2, 6, ["mil", "central"]), (t_secret1, 3, ["mil"]),
]

# ---------------------------------------------------------------- rendering to text
def flatten(doc, tstyle):
    head, body, foot = [], [], []
    for kind, pay, where in doc.blocks:
        if kind == "stamp":
            if where == "header": head.append(pay)
            elif where == "footer": foot.append(pay)
            elif where == "textbox": body += ["┌" + "─" * (len(pay) + 2) + "┐", "│ " + pay + " │", "└" + "─" * (len(pay) + 2) + "┘"]
            elif where == "cell": body.append("| " + pay + " |")
            else: body.append(pay)
        elif kind == "table":
            body += tab_rows_to_text(None, pay, tstyle)
        else:
            body.append(pay)
    return "\n".join(head + body + foot).strip("\n") + "\n"

OCR_MAP = {"0": "O", "1": "l", "·": ".", "ㆍ": ".", "과": "고ㅏ", "을": "올", "합": "함", "니": "니", "다": "다.", "는": "ㄴㅡ", "실": "싷", "된": "뒨"}

def ocr_noise(r, text, protect):
    lines = text.split("\n")
    out = []
    for ln in lines:
        if any(p and p in ln for p in protect) and r.random() < .8:
            out.append(ln); continue
        s = []
        for ch in ln:
            x = r.random()
            if ch in OCR_MAP and x < .08: s.append(OCR_MAP[ch])
            elif ch.isdigit() and x < .05: s.append(chr(ord(ch) + 0xFEE0))
            elif ch == " " and x < .15: continue
            elif x < .01: s.append(" " + ch)
            else: s.append(ch)
        ln = "".join(s)
        if len(ln) > 40 and r.random() < .3:
            k = r.randint(15, len(ln) - 10); ln = ln[:k] + "\n" + ln[k:]
        out.append(ln)
    return "\n".join(out)

def cue_positions(text, cues):
    res = []
    for s, role in cues:
        if not s: continue
        pos = [m.start() for m in re.finditer(re.escape(s), text)]
        res.append({"cue": s, "role": role, "positions": [[p, p + len(s)] for p in pos]})
    return res

# ---------------------------------------------------------------- HWPX
NS = dict(hs="http://www.hancom.co.kr/hwpml/2011/section", hp="http://www.hancom.co.kr/hwpml/2011/paragraph",
          hh="http://www.hancom.co.kr/hwpml/2011/head", hc="http://www.hancom.co.kr/hwpml/2011/core",
          ha="http://www.hancom.co.kr/hwpml/2011/app", hpf="http://www.hancom.co.kr/schema/2011/hpf",
          opf="http://www.idpf.org/2007/opf/", dc="http://purl.org/dc/elements/1.1/",
          ocf="urn:oasis:names:tc:opendocument:xmlns:container", hv="http://www.hancom.co.kr/hwpml/2011/version")

def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

class HW:
    def __init__(self): self.pid = 0; self.tid = 0
    def para(self, text, inner=None):
        self.pid += 1
        run = inner if inner is not None else (f'<hp:t>{xesc(text)}</hp:t>' if text else '')
        return (f'<hp:p id="{self.pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
                f'<hp:run charPrIDRef="0">{run}</hp:run></hp:p>')
    def table(self, rows):
        self.tid += 1
        nc = max(len(x) for x in rows); w = 42000 // nc
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for ci in range(nc):
                c = row[ci] if ci < len(row) else ""
                tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">'
                           f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
                           f'{self.para(c)}</hp:subList><hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                           f'<hp:cellSz width="{w}" height="1200"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
            trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
        tbl = (f'<hp:tbl id="{1000 + self.tid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="1" noAdjust="0">'
               f'<hp:sz width="{w * nc}" widthRelTo="ABSOLUTE" height="{1200 * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/>'
               f'<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
               f'<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
               + "".join(trs) + '</hp:tbl>')
        return self.para("", inner=tbl)
    def hf(self, tag, text):
        inner = (f'<hp:ctrl><hp:{tag} id="{self.pid + 500}" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="{"TOP" if tag == "header" else "BOTTOM"}" linkListIDRef="0" linkListNextIDRef="0" textWidth="42520" textHeight="4252" hasTextRef="0" hasNumRef="0">'
                 f'{self.para(text)}</hp:subList></hp:{tag}></hp:ctrl>')
        return inner

SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84188" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')

HEADER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
              f'<hh:head xmlns:hh="{NS["hh"]}" xmlns:hc="{NS["hc"]}" version="1.4" secCnt="1">'
              '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
              '<hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>'
              '<hh:borderFills itemCnt="1"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
              '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
              '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>'
              '<hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
              '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties>'
              '<hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
              '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties>'
              '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
              '</hh:refList></hh:head>')

def write_hwpx(path, doc, title):
    hw = HW()
    paras = []
    head = [p for k, p, w in doc.blocks if k == "stamp" and w == "header"]
    foot = [p for k, p, w in doc.blocks if k == "stamp" and w == "footer"]
    ctrl = "".join(hw.hf("header", h) for h in head) + "".join(hw.hf("footer", f) for f in foot)
    hw.pid += 1
    paras.append(f'<hp:p id="{hw.pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">{SECPR}{ctrl}</hp:run></hp:p>')
    prv = []
    for kind, pay, where in doc.blocks:
        if kind == "stamp":
            if where in ("header", "footer"): continue
            if where in ("cell", "textbox"): paras.append(hw.table([[pay]]))
            else: paras.append(hw.para(pay))
            prv.append(pay)
        elif kind == "table":
            paras.append(hw.table(pay)); prv += ["\t".join(x) for x in pay]
        else:
            paras.append(hw.para(pay)); prv.append(pay)
    sec = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec xmlns:hs="{NS["hs"]}" xmlns:hp="{NS["hp"]}" xmlns:hc="{NS["hc"]}">'
           + "".join(paras) + "</hs:sec>")
    files = [
        ("mimetype", "application/hwp+zip", zipfile.ZIP_STORED),
        ("version.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="{NS["hv"]}" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="12, 0, 0, 0 WIN32LEWindows_10"/>', zipfile.ZIP_STORED),
        ("Contents/header.xml", HEADER_XML, zipfile.ZIP_DEFLATED),
        ("Contents/section0.xml", sec, zipfile.ZIP_DEFLATED),
        ("Preview/PrvText.txt", "\r\n".join(prv)[:1024], zipfile.ZIP_DEFLATED),
        ("META-INF/container.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="{NS["ocf"]}" xmlns:hpf="{NS["hpf"]}"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>', zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>', zipfile.ZIP_DEFLATED),
        ("Contents/content.hpf", f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package xmlns:opf="{NS["opf"]}" xmlns:dc="{NS["dc"]}" version="" unique-identifier="" id=""><opf:metadata><opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>', zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)); zi.compress_type = comp
            z.writestr(zi, data.encode("utf-8"))

# ---------------------------------------------------------------- PDF
_FONT = None
def pdf_font():
    global _FONT
    if _FONT is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("NG", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
        pdfmetrics.registerFont(TTFont("NGB", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"))
        _FONT = True

def write_pdf(path, doc, title, r):
    pdf_font()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor("sens_d synthetic")
    head = [p for k, p, w in doc.blocks if k == "stamp" and w == "header"]
    foot = [p for k, p, w in doc.blocks if k == "stamp" and w == "footer"]
    fs = r.choice([9.5, 10, 10.5, 11])
    state = {"y": H - 70}
    def deco():
        for h in head:
            c.setFillColorRGB(.8, 0, 0); c.setFont("NGB", 12); c.drawCentredString(W / 2, H - 35, h); c.setFillColorRGB(0, 0, 0)
        for f in foot:
            c.setFillColorRGB(.8, 0, 0); c.setFont("NGB", 12); c.drawCentredString(W / 2, 30, f); c.setFillColorRGB(0, 0, 0)
    def newline(h):
        if state["y"] - h < 60:
            deco(); c.showPage(); state["y"] = H - 70
        state["y"] -= h
    def wrap(s, width, font, size):
        out, cur = [], ""
        for ch in s:
            if stringWidth(cur + ch, font, size) > width:
                out.append(cur); cur = ch
            else: cur += ch
        out.append(cur); return out
    for kind, pay, where in doc.blocks:
        if kind == "stamp":
            if where in ("header", "footer"): continue
            c.setFont("NGB", 13)
            tw = stringWidth(pay, "NGB", 13)
            newline(24)
            if where in ("textbox", "cell"):
                c.setStrokeColorRGB(.8, 0, 0); c.rect(W / 2 - tw / 2 - 8, state["y"] - 6, tw + 16, 22); c.setStrokeColorRGB(0, 0, 0)
            c.setFillColorRGB(.8, 0, 0); c.drawCentredString(W / 2, state["y"], pay); c.setFillColorRGB(0, 0, 0)
        elif kind == "table":
            nc = max(len(x) for x in pay)
            need = [max(stringWidth(row[i] if i < len(row) else "", "NG", fs - 1) for row in pay) + 10 for i in range(nc)]
            tot = sum(need); avail = W - 120
            cws = [n * avail / tot for n in need] if tot > avail else [n + (avail - tot) / nc for n in need]
            xs = [60 + sum(cws[:i]) for i in range(nc)]
            for row in pay:
                cells = [wrap(row[i] if i < len(row) else "", cws[i] - 6, "NG", fs - 1) for i in range(nc)]
                hgt = max(len(x) for x in cells) * (fs + 2) + 6
                newline(hgt)
                for i, lines in enumerate(cells):
                    c.rect(xs[i], state["y"], cws[i], hgt)
                    c.setFont("NG", fs - 1)
                    for j, ln in enumerate(lines):
                        c.drawString(xs[i] + 3, state["y"] + hgt - (j + 1) * (fs + 2), ln)
        else:
            c.setFont("NG", fs)
            for ln in wrap(pay, W - 120, "NG", fs) if pay else [""]:
                newline(fs + 5)
                c.drawString(60, state["y"], ln)
    deco(); c.showPage(); c.save()

# ---------------------------------------------------------------- main
def build():
    r = random.Random(SEED)
    jobs = []
    for fn, n, atypes in PLAN:
        for i in range(n):
            jobs.append((fn, atypes))
    r.shuffle(jobs)
    recs, metas = [], []
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    for idx, (fn, atypes) in enumerate(jobs, 1):
        rid = f"sd-{idx:04d}"
        year = r.choice(list(range(1990, 2027)) + list(range(2008, 2027)))
        atype = r.choice(atypes)
        if fn in (t_secret1,) or (atype == "mil"):
            pass
        ctx = dict(year=year, atype=atype, agency=agency(r, year, atype), dept=r.choice(DEPTS),
                   style=("old" if year < 2000 else r.choice(["modern", "modern", "report", "memo"]) if year >= 2004 else r.choice(["old", "modern", "report"])),
                   stated_pos=r.choice(["footer", "footer", "top", "bottomtail"]))
        out = fn(r, ctx)
        tstyle = r.choice(["pipe", "tab", "box", "space", "plain"])
        text = flatten(out["doc"], tstyle)
        fmt = "text"
        x = r.random()
        if x < .20 and year >= 2011: fmt = "hwpx"
        elif x < .40: fmt = "pdf"
        protect = [s for s, _ in out["doc"].cues]
        noisy = fmt == "text" and r.random() < .14
        if noisy:
            text = ocr_noise(r, text, protect)
        rec = {"id": rid}
        if fmt == "text":
            rec["text"] = text
        else:
            fname = f"files/{rid}.{fmt}"
            title = out["doc"].blocks[0][1] if out["doc"].blocks else rid
            if fmt == "hwpx": write_hwpx(os.path.join(HERE, fname), out["doc"], title)
            else: write_pdf(os.path.join(HERE, fname), out["doc"], title, r)
            rec["file"] = fname
        rec.update(disclosure=out["disclosure"], marking=out["marking"], reasons=sorted(out["reasons"]), genre=out["genre"])
        stamp_where = sorted({w for k, p, w in out["doc"].blocks if k == "stamp"})
        meta = {"id": rid, "template": fn.__name__, "format": fmt, "year": year, "agency_type": atype, "agency": ctx["agency"],
                "style": ctx["style"], "table_style": tstyle, "ocr_noise": noisy,
                "cues": cue_positions(text, out["doc"].cues), "cue_offsets_in": "text" if fmt == "text" else "source_text",
                "deciding_cue": out["deciding"], "mention_only": out["mention_only"], "stated_field": out["stated"],
                "stamp_locations": stamp_where, "mislabeled_stated_field": bool(out.get("mislabeled")), "label_reason": out["why"]}
        if fmt != "text":
            meta["source_text"] = text
        recs.append(rec); metas.append(meta)
    with open(os.path.join(HERE, "sens_d.jsonl"), "w", encoding="utf-8") as f:
        for x in recs: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sens_d.meta.jsonl"), "w", encoding="utf-8") as f:
        for x in metas: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    return recs, metas

# ---------------------------------------------------------------- validation
def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def extract(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.read("mimetype") == b"application/hwp+zip"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        for n in names:
            if n.endswith(".xml") or n.endswith(".hpf"):
                etree.fromstring(z.read(n))
        root = etree.fromstring(z.read("Contents/section0.xml"))
        return "\n".join(t.text or "" for t in root.iter("{%s}t" % NS["hp"]))

def validate(recs, metas):
    OK_D = {"public", "partial", "non_public"}
    OK_M = {"none", "대외비", "III급", "II급", "I급"}
    OK_R = {f"OIDA-9-1-{i}" for i in range(1, 9)} | {"PIPA-23", "PIPA-24"}
    ids = set()
    nfile = 0
    for rec, m in zip(recs, metas):
        assert rec["id"] not in ids; ids.add(rec["id"])
        assert rec["disclosure"] in OK_D and rec["marking"] in OK_M and set(rec["reasons"]) <= OK_R
        assert rec["reasons"] == sorted(rec["reasons"])
        assert (rec["disclosure"] == "public") == (not rec["reasons"]), rec
        if rec["marking"] in ("III급", "II급", "I급"):
            assert "OIDA-9-1-1" in rec["reasons"] and len(rec["reasons"]) >= 2 and rec["disclosure"] == "non_public"
        else:
            assert "OIDA-9-1-1" not in rec["reasons"]
        if rec["marking"] != "none":
            assert rec["disclosure"] == "non_public"
        if "PIPA-24" in rec["reasons"] or "PIPA-23" in rec["reasons"]:
            assert "OIDA-9-1-6" in rec["reasons"]
        if m["mention_only"]:
            assert rec["marking"] == "none"
        if "file" in rec:
            nfile += 1
            txt = extract(os.path.join(HERE, rec["file"]))
            sq = squash(txt)
            for c in m["cues"]:
                if c["positions"]:
                    assert squash(c["cue"]) in sq, (rec["id"], c["cue"])
            m["_extract_ok"] = True
        else:
            for c in m["cues"]:
                for a, b in c["positions"]:
                    assert rec["text"][a:b] == c["cue"]
            if not m["ocr_noise"]:
                for c in m["cues"]:
                    if c["role"] in ("marking", "stated"):
                        assert c["positions"], (rec["id"], c)
    return nfile

if __name__ == "__main__":
    recs, metas = build()
    n = validate(recs, metas)
    print(f"{len(recs)} records, {n} files validated")
