# -*- coding: utf-8 -*-
"""Shared helpers for sens_r: document model, generators of names/numbers,
and renderers (inline text, HWPX/OWPML, PDF).  Deterministic: every random
choice goes through a random.Random seeded with a string."""
import io
import zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self):
        self.header = None      # page header (HWPX hp:header / PDF top / inline first line)
        self.footer = None      # page footer
        self.blocks = []        # ('p', text, style) | ('table', rows) | ('box', text)

    def p(self, text="", style="n"):
        self.blocks.append(("p", text, style))

    def lines(self, text, style="n"):
        for ln in text.split("\n"):
            self.p(ln, style)

    def title(self, text):
        self.blocks.append(("p", text, "t"))

    def table(self, rows):
        self.blocks.append(("table", [list(map(str, r)) for r in rows]))

    def box(self, text):
        self.blocks.append(("box", text))

    def map_text(self, fn):
        if self.header:
            self.header = fn(self.header)
        if self.footer:
            self.footer = fn(self.footer)
        nb = []
        for b in self.blocks:
            if b[0] == "p":
                nb.append(("p", fn(b[1]), b[2]))
            elif b[0] == "table":
                nb.append(("table", [[fn(c) for c in r] for r in b[1]]))
            else:
                nb.append(("box", fn(b[1])))
        self.blocks = nb


# ---------------------------------------------------------------- data pools
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 "
            "성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 "
            "왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 선우 제갈 독고").split()
GIVEN = ("민준 서연 지훈 수빈 현우 지민 예은 도윤 하은 준호 성민 미경 영희 정숙 상철 동현 은지 혜진 재원 승현 가영 "
         "태호 경수 미란 윤정 소영 진우 한결 다은 주원 서준 하준 지우 채원 시우 유진 민서 건우 예린 태윤 보람 "
         "선희 광수 영수 순자 명숙 종훈 재석 혜원 기현 나래 슬기 다현 승우 정민 은비 상우 형준 수정 경민 "
         "지혜 영호 미숙 창호 해진 인영 동욱 소연 우진 세영 규리 연우 하람 대현 옥자 말순 봉수 철민").split()

def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)

def masked_person(rng):
    s = rng.choice(SURNAMES[:60])
    return rng.choice([s + "○○", s + "**", s + "○" + rng.choice(GIVEN)[1], s + " 모 씨"])

def rrn(rng, birth_year=None):
    y = birth_year or rng.randint(1948, 1999)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    g = rng.choice([1, 2]) if y < 2000 else rng.choice([3, 4])
    digits = [int(c) for c in "%02d%02d%02d" % (y % 100, m, d)] + [g] + [rng.randint(0, 9) for _ in range(5)]
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(a * b for a, b in zip(digits, w)) % 11) % 10
    s = "".join(map(str, digits)) + str(chk)
    return s[:6] + "-" + s[6:]

def rrn_masked(rng):
    r = rrn(rng)
    return r[:8] + rng.choice(["******", "●●●●●●", "XXXXXX"])

def dob(rng, lo=1960, hi=2001):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d. %d. %d." % (y, m, d), "%d.%02d.%02d." % (y, m, d), "%d-%02d-%02d" % (y, m, d)])

def mobile(rng):
    return "010-%04d-%04d" % (rng.randint(2000, 9999), rng.randint(0, 9999))

def account(rng):
    bank = rng.choice(["농협", "국민", "신한", "우리", "하나", "기업", "우체국", "새마을금고"])
    pat = {"농협": "3%02d-%04d-%04d-%02d", "국민": "%06d-%02d-%06d", "신한": "110-%03d-%06d",
           "우리": "1002-%03d-%06d", "하나": "%03d-%06d-%05d", "기업": "%03d-%06d-%02d-%03d",
           "우체국": "%06d-%02d-%06d", "새마을금고": "9002-%04d-%04d-%d"}[bank]
    n = pat.count("%")
    vals = [rng.randint(10, 99999) for _ in range(n)]
    # fit widths
    out, vi = "", 0
    i = 0
    while i < len(pat):
        if pat[i] == "%":
            j = pat.index("d", i)
            spec = pat[i:j + 1]
            width = int(spec[2:-1]) if spec.startswith("%0") else 1
            out += ("%0" + str(width) + "d") % (vals[vi] % (10 ** width))
            vi += 1
            i = j + 1
        else:
            out += pat[i]
            i += 1
    return bank, out

ROADS = ["중앙로", "시청로", "문화로", "한빛로", "새말길", "은행나무길", "장미로", "동산로", "학교길", "푸른들로",
         "금강로", "솔밭길", "가람로", "청석길", "매봉로", "두레길", "호수로", "산업로", "평화로", "버들길"]
CITIES = [("서울특별시", ["마포구", "노원구", "강서구", "은평구", "관악구"]),
          ("경기도", ["수원시 팔달구", "성남시 중원구", "고양시 일산동구", "양평군", "안산시 단원구"]),
          ("부산광역시", ["해운대구", "사하구", "북구"]), ("충청남도", ["천안시 동남구", "아산시", "공주시"]),
          ("전북특별자치도", ["전주시 완산구", "익산시", "남원시"]), ("강원특별자치도", ["강릉시", "원주시", "홍천군"]),
          ("충청북도", ["청주시 상당구", "충주시"]), ("전라남도", ["순천시", "여수시", "나주시"]),
          ("대구광역시", ["수성구", "달서구"]), ("경상남도", ["창원시 의창구", "김해시", "진주시"])]

def address(rng, unit=True):
    sido, gus = rng.choice(CITIES)
    a = "%s %s %s %d" % (rng.choice([sido, sido[:2]]), rng.choice(gus), rng.choice(ROADS), rng.randint(3, 250))
    if unit and rng.random() < 0.6:
        a += ", %d동 %d호" % (rng.randint(101, 115), rng.randint(1, 25) * 100 + rng.randint(1, 6))
    return a

def company(rng):
    a = rng.choice(["한빛", "세움", "미래", "동방", "가온", "청솔", "대한", "누리", "우리", "소망", "새한", "태성", "다올", "한결", "삼정"])
    b = rng.choice(["엔지니어링", "건설", "정보통신", "시스템즈", "환경", "기술", "종합건축사사무소", "산업", "컨설팅", "디자인", "테크", "조경"])
    return rng.choice(["(주)", "주식회사 ", "", "(유)"]) + a + b

def ymd(rng, y0=2025, y1=2026):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12) if y == 2025 else rng.randint(1, 6)
    return y, m, rng.randint(1, 28)

def dstr(t, style=0):
    y, m, d = t
    return ["%d. %d. %d." % (y, m, d), "%d.%02d.%02d." % (y, m, d), "%d년 %d월 %d일" % (y, m, d),
            "%d-%02d-%02d" % (y, m, d)][style]

def won(n):
    return "{:,}원".format(n)

# agencies: name, head (발신명의), departments, address, zip, tel area, site, kind
AGENCIES = [
    ("행정안전부", "행정안전부장관", ["정보공개정책과", "비상안전기획관실", "운영지원과", "디지털정부정책과", "지역균형발전과"], "세종특별자치시 도움6로 42 정부세종청사", "30112", "044", "www.mois.go.kr", "ministry"),
    ("보건복지부", "보건복지부장관", ["기초생활보장과", "노인정책과", "운영지원과", "장애인정책과"], "세종특별자치시 도움4로 13 정부세종청사 10동", "30113", "044", "www.mohw.go.kr", "ministry"),
    ("국토교통부", "국토교통부장관", ["도시정책과", "국토정책과", "운영지원과", "항공보안과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "30103", "044", "www.molit.go.kr", "ministry"),
    ("산업통상자원부", "산업통상자원부장관", ["통상정책총괄과", "자유무역협정정책관실", "운영지원과", "에너지안전과"], "세종특별자치시 한누리대로 402 정부세종청사 13동", "30118", "044", "www.motie.go.kr", "ministry"),
    ("고용노동부", "고용노동부장관", ["노사협력정책과", "운영지원과", "고용지원정책과"], "세종특별자치시 한누리대로 422 정부세종청사 11동", "30117", "044", "www.moel.go.kr", "ministry"),
    ("환경부", "환경부장관", ["기후변화정책과", "운영지원과", "화학안전과"], "세종특별자치시 도움6로 11 정부세종청사 6동", "30103", "044", "www.me.go.kr", "ministry"),
    ("서울특별시", "서울특별시장", ["정보공개정책과", "비상기획관", "인사과", "복지정책과", "도시계획과", "감사담당관"], "서울특별시 중구 세종대로 110", "04524", "02", "www.seoul.go.kr", "metro"),
    ("경기도", "경기도지사", ["비상기획담당관", "인사과", "감사관", "복지정책과", "정보공개팀", "도시정책과"], "경기도 수원시 영통구 도청로 30", "16508", "031", "www.gg.go.kr", "metro"),
    ("부산광역시", "부산광역시장", ["민방위담당관", "인사과", "감사위원회", "복지정책과", "기록관리팀"], "부산광역시 연제구 중앙대로 1001", "47545", "051", "www.busan.go.kr", "metro"),
    ("충청남도", "충청남도지사", ["비상대비과", "인사과", "감사위원회", "사회복지과"], "충청남도 홍성군 홍북읍 충남대로 21", "32255", "041", "www.chungnam.go.kr", "metro"),
    ("전북특별자치도", "전북특별자치도지사", ["안전정책과", "총무과", "감사관실", "사회복지과"], "전북특별자치도 전주시 완산구 효자로 225", "54968", "063", "www.jeonbuk.go.kr", "metro"),
    ("수원시", "수원시장", ["총무과", "복지정책과", "감사관", "도시정책과", "교통정책과", "민원여권과"], "경기도 수원시 팔달구 효원로 241", "16490", "031", "www.suwon.go.kr", "local"),
    ("서울특별시 마포구", "마포구청장", ["행정지원과", "복지정책과", "감사담당관", "도시계획과", "자치행정과"], "서울특별시 마포구 월드컵로 212", "03937", "02", "www.mapo.go.kr", "local"),
    ("청주시", "청주시장", ["총무과", "사회복지정책과", "감사관", "건축디자인과"], "충청북도 청주시 상당구 상당로 155", "28542", "043", "www.cheongju.go.kr", "local"),
    ("순천시", "순천시장", ["총무과", "복지정책과", "감사실", "관광진흥과"], "전라남도 순천시 장명로 30", "57940", "061", "www.suncheon.go.kr", "local"),
    ("강릉시", "강릉시장", ["총무과", "안전총괄과", "감사담당관", "관광정책과"], "강원특별자치도 강릉시 강릉대로 33", "25545", "033", "www.gn.go.kr", "local"),
    ("양평군", "양평군수", ["행정과", "주민복지과", "감사실", "안전총괄과"], "경기도 양평군 양평읍 군청앞길 2", "12554", "031", "www.yp21.go.kr", "local"),
    ("부산광역시 해운대구", "해운대구청장", ["총무과", "복지정책과", "감사실", "안전총괄과"], "부산광역시 해운대구 중동2로 11", "48095", "051", "www.haeundae.go.kr", "local"),
    ("서울마포소방서", "서울마포소방서장", ["행정과", "예방과", "현장대응단", "화재조사팀"], "서울특별시 마포구 마포대로 183", "04146", "02", "fire.seoul.go.kr/mapo", "fire"),
    ("대전유성소방서", "대전유성소방서장", ["소방행정과", "예방안전과", "대응구조과"], "대전광역시 유성구 유성대로 785", "34136", "042", "www.daejeon.go.kr/fire", "fire"),
    ("경기도교육청", "경기도교육감", ["총무과", "교원인사과", "감사관", "학생생활교육과", "정보공개팀"], "경기도 수원시 팔달구 효원로 1", "16490", "031", "www.goe.go.kr", "edu"),
    ("대구광역시교육청", "대구광역시교육감", ["총무과", "중등교육과", "감사관", "교육복지과"], "대구광역시 수성구 수성로 76길 11", "42179", "053", "www.dge.go.kr", "edu"),
    ("한국토지주택공사", "한국토지주택공사 사장", ["보안관리부", "인사부", "감사실", "계약부", "도시개발사업처"], "경상남도 진주시 충의로 19", "52852", "055", "www.lh.or.kr", "soe"),
    ("한국수자원공사", "한국수자원공사 사장", ["안전보안처", "인재경영처", "감사실", "계약처"], "대전광역시 대덕구 신탄진로 200", "34350", "042", "www.kwater.or.kr", "soe"),
    ("한국도로공사", "한국도로공사 사장", ["재난안전처", "인사처", "감사실", "계약처"], "경상북도 김천시 혁신8로 77", "39660", "054", "www.ex.co.kr", "soe"),
    ("서울마포경찰서", "서울마포경찰서장", ["수사과", "형사과", "교통과", "경무과", "생활안전과"], "서울특별시 마포구 마포대로 183", "04146", "02", "www.smpa.go.kr", "police"),
    ("충청남도경찰청", "충청남도경찰청장", ["수사과", "경비과", "청문감사인권관", "경무과"], "충청남도 홍성군 홍북읍 충남대로 22", "32255", "041", "www.cnpolice.go.kr", "police"),
    ("수원지방법원", "수원지방법원장", ["총무과", "민사과", "형사과", "집행관실"], "경기도 수원시 영통구 월드컵로 120", "16512", "031", "suwon.scourt.go.kr", "court"),
    ("국민건강보험공단", "국민건강보험공단 이사장", ["정보보호실", "인사부", "감사실", "자격부과실"], "강원특별자치도 원주시 건강로 32", "26464", "033", "www.nhis.or.kr", "public"),
    ("한국산업인력공단", "한국산업인력공단 이사장", ["능력평가국", "인사부", "감사실", "출제관리부"], "울산광역시 중구 종가로 345", "44538", "052", "www.hrdkorea.or.kr", "public"),
]

def agency(rng, kinds=None):
    pool = [a for a in AGENCIES if kinds is None or a[7] in kinds]
    a = rng.choice(pool)
    return {"name": a[0], "head": a[1], "depts": a[2], "addr": a[3], "zip": a[4], "area": a[5], "site": a[6], "kind": a[7]}

def office_tel(rng, ag):
    a = ag["area"]
    if a == "02":
        return "02-%04d-%04d" % (rng.randint(2100, 3999), rng.randint(0, 9999))
    return "%s-%03d-%04d" % (a, rng.randint(200, 899), rng.randint(0, 9999))

RANKS = {"ministry": ["주무관", "사무관", "서기관", "과장"], "metro": ["주무관", "팀장", "과장"], "local": ["주무관", "팀장", "과장"],
         "fire": ["소방장", "소방위", "소방경", "과장"], "edu": ["주무관", "장학사", "사무관", "과장"],
         "soe": ["대리", "차장", "부장", "처장"], "police": ["경사", "경위", "경감", "과장"], "court": ["주무관", "사무관", "과장", "국장"],
         "public": ["대리", "차장", "부장", "실장"]}

def staff(rng, ag):
    ranks = RANKS[ag["kind"]]
    return [(r, person(rng)) for r in ranks[:3]]

def docno(rng, dept):
    return "%s-%d" % (dept, rng.randint(120, 9999))


# ---------------------------------------------------------------- noise
FW = {str(i): chr(0xFF10 + i) for i in range(10)}

def noisify(rng, text, level=1):
    out = []
    for ch in text:
        r = rng.random()
        if ch.isdigit() and r < 0.06 * level:
            out.append(FW[ch])
        elif ch == "·" and r < 0.5:
            out.append(rng.choice([".", ",", "ㆍ"]))
        elif ch == "-" and r < 0.12 * level:
            out.append(rng.choice(["‐", "－", " -"]))
        elif "가" <= ch <= "힣" and r < 0.035 * level:
            out.append(ch + " ")
        elif ch == " " and r < 0.05 * level:
            out.append("")
        elif r < 0.006 * level:
            out.append(ch + rng.choice(["'", "|", ".", "`", ","]))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- inline renderer
def render_inline(doc, rng):
    sep = rng.choice([" | ", "\t", " | ", "  "])
    out = []
    if doc.header:
        out.append(doc.header)
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "table":
            for r in b[1]:
                out.append(sep.join(r).rstrip())
        else:
            out.append(rng.choice(["[ %s ]", "%s", "┌ %s ┐", "( %s )"]) % b[1])
    if doc.footer:
        out.append(doc.footer)
    return "\n".join(out).strip("\n") + "\n"


# ---------------------------------------------------------------- HWPX renderer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:opf="http://www.idpf.org/2007/opf/"')

VERSION_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
               '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
               'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" '
               'appVersion="11, 0, 0, 0"/>')
CONTAINER_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                 '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                 'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                 '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                 '</ocf:rootfiles></ocf:container>')

def _header_xml():
    langs = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]
    ff = "".join('<hh:fontface lang="%s" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface>' % l for l in langs)
    def charpr(i, h, bold, color="#000000"):
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1">'
                '<hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>') % (i, h, color, "<hh:bold/>" if bold else "")
    def parapr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/><hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/>'
                '<hc:right value="0" unit="HWPUNIT"/><hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/></hh:paraPr>') % (i, align)
    bf = ('<hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '<hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/>'
          '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>'
          '<hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
          '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
          '<hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/>'
          '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1">'
            '<hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList>'
            '<hh:fontfaces itemCnt="7">%s</hh:fontfaces><hh:borderFills itemCnt="2">%s</hh:borderFills>'
            '<hh:charProperties itemCnt="3">%s%s%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="2">%s%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption></hh:head>') % (
        NS, ff, bf, charpr(0, 1000, False), charpr(1, 1600, True), charpr(2, 1400, True, "#FF0000"), parapr(0, "JUSTIFY"), parapr(1, "CENTER"))

class _Ids:
    def __init__(self):
        self.n = 1000
    def __call__(self):
        self.n += 1
        return self.n

def _sublist(paras_xml, valign="TOP"):
    return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">%s</hp:subList>') % (valign, paras_xml)

def _para(ids, text, char=0, para=0, inner=""):
    t = "<hp:t>%s</hp:t>" % escape(text) if text else ""
    return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
            '%s<hp:run charPrIDRef="%d">%s</hp:run></hp:p>') % (ids(), para, inner, char, t)

def _table_xml(ids, rows):
    nc = max(len(r) for r in rows)
    cw = 42520 // nc
    trs = []
    for ri, r in enumerate(rows):
        tcs = []
        for ci in range(nc):
            cell = r[ci] if ci < len(r) else ""
            tcs.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                       '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       '<hp:cellSz width="%d" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                       % (1 if ri == 0 else 0, _sublist(_para(ids, cell), "CENTER"), ci, ri, cw))
        trs.append("<hp:tr>%s</hp:tr>" % "".join(tcs))
    tbl = ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
           'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
           '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
           '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
           'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
           '<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>%s</hp:tbl>'
           % (ids(), len(rows), nc, cw * nc, 1800 * len(rows), "".join(trs)))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s</hp:run>'
            '<hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>') % (ids(), tbl)

def _rect_xml(ids, text):
    w, h = 15000, 4200
    i = ids()
    rect = ('<hp:rect id="%d" zOrder="5" numberingType="PICTURE" textWrap="IN_FRONT_OF_TEXT" textFlow="BOTH_SIDES" lock="0" '
            'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
            '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="%d" height="%d"/>'
            '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
            '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
            '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
            '<hp:lineShape color="#FF0000" width="85" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" '
            'headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" outlineStyle="NORMAL" alpha="0"/>'
            '<hp:drawText lastWidth="%d" name="" editable="0">%s<hp:textMargin left="283" right="283" top="283" bottom="283"/></hp:drawText>'
            '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
            '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="0" allowOverlap="1" holdAnchorAndSO="0" vertRelTo="PARA" '
            'horzRelTo="PAGE" vertAlign="TOP" horzAlign="RIGHT" vertOffset="0" horzOffset="0"/>'
            '<hp:outMargin left="0" right="0" top="0" bottom="0"/>'
            '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/></hp:rect>'
            % (i, i, w, h, w, h, w // 2, h // 2, w, _sublist(_para(ids, text, 2, 1), "CENTER"), w, h, w, w, h, h))
    return ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">%s</hp:run>'
            '<hp:run charPrIDRef="0"><hp:t/></hp:run></hp:p>') % (ids(), rect)

def render_hwpx(doc, path, title):
    ids = _Ids()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
             'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
             'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
             '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    ctrls = ""
    if doc.header:
        ctrls += ('<hp:ctrl><hp:header id="%d" applyPageType="BOTH">%s</hp:header></hp:ctrl>'
                  % (ids(), _sublist(_para(ids, doc.header))))
    if doc.footer:
        ctrls += ('<hp:ctrl><hp:footer id="%d" applyPageType="BOTH">%s</hp:footer></hp:ctrl>'
                  % (ids(), _sublist(_para(ids, doc.footer))))
    first = ('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
             '<hp:run charPrIDRef="0">%s%s</hp:run></hp:p>') % (ids(), secpr, ctrls)
    parts = [first]
    for b in doc.blocks:
        if b[0] == "p":
            st = b[2]
            parts.append(_para(ids, b[1], 1 if st == "t" else 0, 1 if st in ("t", "c") else 0))
        elif b[0] == "table":
            parts.append(_table_xml(ids, b[1]))
        else:
            parts.append(_rect_xml(ids, b[1]))
    section = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(parts))
    hpf = ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" unique-identifier="" id="">'
           '<opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language></opf:metadata>'
           '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
           '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/></opf:manifest>'
           '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
           % (NS, escape(title)))
    files = [("mimetype", "application/hwp+zip", zipfile.ZIP_STORED), ("version.xml", VERSION_XML, zipfile.ZIP_DEFLATED),
             ("META-INF/container.xml", CONTAINER_XML, zipfile.ZIP_DEFLATED), ("Contents/content.hpf", hpf, zipfile.ZIP_DEFLATED),
             ("Contents/header.xml", _header_xml(), zipfile.ZIP_DEFLATED), ("Contents/section0.xml", section, zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- PDF renderer
_PDF = {}

def _pdf_init():
    if _PDF:
        return _PDF
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NG", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
    pdfmetrics.registerFont(TTFont("NGB", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"))
    from reportlab.lib.styles import ParagraphStyle
    _PDF["n"] = ParagraphStyle("n", fontName="NG", fontSize=10, leading=15, wordWrap="CJK")
    _PDF["t"] = ParagraphStyle("t", fontName="NGB", fontSize=15, leading=22, alignment=1, wordWrap="CJK", spaceAfter=4)
    _PDF["c"] = ParagraphStyle("c", fontName="NG", fontSize=10, leading=15, alignment=1, wordWrap="CJK")
    _PDF["cell"] = ParagraphStyle("cell", fontName="NG", fontSize=8.5, leading=11, wordWrap="CJK")
    _PDF["stamp"] = ParagraphStyle("stamp", fontName="NGB", fontSize=14, leading=18, alignment=1, textColor="#C00000", wordWrap="CJK")
    return _PDF

def render_pdf(doc, path, title):
    S = _pdf_init()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    def esc(t):
        return escape(t).replace("\t", "    ") or "&nbsp;"

    story = []
    for b in doc.blocks:
        if b[0] == "p":
            story.append(Paragraph(esc(b[1]), S[b[2]]))
        elif b[0] == "table":
            nc = max(len(r) for r in b[1])
            data = [[Paragraph(esc(r[i] if i < len(r) else ""), S["cell"]) for i in range(nc)] for r in b[1]]
            t = Table(data, colWidths=[170 * mm / nc] * nc, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 3))
        else:
            t = Table([[Paragraph(esc(b[1]), S["stamp"])]], colWidths=[60 * mm], hAlign="RIGHT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#C00000"))]))
            story.append(t)
            story.append(Spacer(1, 4))

    def deco(canvas, d):
        canvas.saveState()
        if doc.header:
            canvas.setFont("NGB", 10)
            canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, doc.header)
        if doc.footer:
            canvas.setFont("NG", 8.5)
            canvas.drawCentredString(A4[0] / 2, 10 * mm, doc.footer)
        canvas.restoreState()

    buf = io.BytesIO()
    sd = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                           title=title, author="sens_r", subject="", creator="sens_r make_set.py", producer="sens_r")
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())
