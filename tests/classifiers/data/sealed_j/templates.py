# -*- coding: utf-8 -*-
"""Document templates for sens_j. Each template returns (doc, lab).

doc: dict(top, header, head, title, body, closing, footer, bottom) - see render.py
lab: dict(disclosure, marking, reasons, genre, cues[(cue, where)], deciding, mention_only,
          content_only, reason)
"""
from common import *  # noqa

ROMAN = {"III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"],
         "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
         "I급": ["Ⅰ급비밀", "I급 비밀", "비밀(Ⅰ급)"]}
ROMAN_SHORT = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}


ROMA = {"한솔시": "hansol", "가람군": "garam", "다온시": "daon", "해들시": "haedeul", "청운군": "cheongun",
        "누리시": "nuri", "새벽군": "saebyeok", "미르시": "mir", "솔뫼시": "solmoe", "라온군": "raon"}


class B:
    """Builder collecting doc parts and cues."""

    def __init__(self, rng, year, genre):
        self.rng, self.year, self.genre = rng, year, genre
        self.doc = {"top": [], "header": None, "head": [], "title": "", "body": [], "closing": [],
                    "footer": None, "bottom": []}
        self.cues = []
        self.city, self.chief = rng.choice(CITIES)
        self.dept = rng.choice(DEPTS)
        self.org = self.city
        self.pre2004 = year < 2004

    def cue(self, text, where):
        self.cues.append({"cue": text, "where": where})
        return text

    # ---- head of a 공문
    def gov_head(self, title, to=None, org=None, via=None):
        rng, d = self.rng, self.doc
        org = org or self.org
        self.org = org
        to = to or rng.choice(["수신자 참조", "내부결재", "각 실·과·소장", "%s장" % rng.choice(MINISTRIES),
                               "%s 각 읍·면·동장" % self.city])
        if self.pre2004:
            d["head"] += [org,
                          "우 %03d-%03d  %s / 전화 (0%d) %03d-%04d / 전송 (0%d) %03d-%04d" % (
                              rng.randint(100, 799), rng.randint(100, 999), addr(rng, self.city).split(",")[0],
                              rng.randint(31, 64), rng.randint(200, 999), rng.randint(0, 9999),
                              rng.randint(31, 64), rng.randint(200, 999), rng.randint(0, 9999)),
                          "문서번호  %s %d-%d" % (self.dept[:2], rng.randint(13000, 15999), rng.randint(10, 999)),
                          "시행일자  %s" % date(self.year, rng, 0),
                          "(경유)",
                          "수신  %s" % to,
                          "참조  %s장" % self.dept]
            d["title"] = title
            d["title_line"] = "제목  " + title
        else:
            d["head"] += [org, "수신  %s%s" % (to, "" if not via else "(경유)")]
            d["title"] = title
            d["title_line"] = "제목  " + title

    def gov_close(self, disc=None, where="closing_disclosure_line"):
        """disc: the text of the 공개구분 field or None (field omitted)."""
        rng, d = self.rng, self.doc
        t1, n1 = official(rng)
        n2, n3 = name(rng), name(rng)
        if self.pre2004:
            d["closing"] += ["", self.chief,
                             "기안자 %s %s   검토자 계장 %s   결재권자 과장 %s" % (rng.choice(["행정주사", "행정주사보", "지방행정주사"]), n1, n2, n3)]
            if disc:
                style = rng.randint(0, 2)
                if style == 0:
                    line = "협조자   /  %s" % disc
                elif style == 1:
                    line = "공개여부 : %s" % disc
                else:
                    line = "정보공개 : %s" % disc
                d["closing"].append(self.cue(line, where))
        else:
            d["closing"] += ["", self.chief + rng.choice(["", "  (직인생략)"]),
                             "★%s %s   %s %s   %s %s" % (t1, n1, rng.choice(["팀장", "사무관", "계장"]), n2,
                                                            rng.choice(["과장 전결", "국장 전결", "과장"]), n3),
                             "협조자",
                             "시행  %s (%s)   접수" % (docno(rng, self.dept), date(self.year, rng, 0)),
                             "우 %05d  %s / www.%s.go.kr" % (rng.randint(10000, 63999), addr(rng, self.city).split(",")[0],
                                                           ROMA.get(self.city, "gov"))]
            tail = "전화번호 %s  팩스번호 %s / %s@korea.kr" % (landline(rng), landline(rng), "".join(
                rng.choice("abcdefghkmnprstwy") for _ in range(6)))
            if disc:
                line = tail + (" / " if rng.random() < 0.6 else "  /") + disc
                d["closing"].append(self.cue(line, where) if True else line)
                self.cues[-1]["cue"] = disc
            else:
                d["closing"].append(tail)

    def p(self, *lines):
        self.doc["body"] += list(lines)

    def tbl(self, rows):
        self.doc["body"].append({"table": rows})


def disc_text(rng, kind, nums=(), pre=False):
    art = "제7조 제1항" if pre else "제9조 제1항"
    if kind == "public":
        return rng.choice(["공개", "공개", "대국민공개", "공개구분: 공개", "공개 여부: 공개"])
    ns = ",".join(str(n) for n in nums)
    word = "부분공개" if kind == "partial" else "비공개"
    st = rng.randint(0, 5)
    if st == 0:
        return "%s(%s)" % (word, ns)
    if st == 1:
        return "%s (%s)" % (word, ns.replace(",", ", "))
    if st == 2:
        return "%s(%s 제%d호)" % (word, art, nums[0])
    if st == 3:
        return "공개구분: %s(%s)" % (word, ns)
    if st == 4:
        return "%s(%s)" % (word.replace("부분공개", "부분 공개"), ns)
    return "공개 구분 : %s" % word if not pre else "%s(%s 제%s호)" % (word, art, ns)


def lab(b, disclosure, reasons, reason, deciding=None, marking="none", mention_only=False, content_only=False):
    return {"disclosure": disclosure, "marking": marking, "reasons": reasons, "genre": b.genre,
            "cues": b.cues, "deciding": deciding, "mention_only": mention_only,
            "content_only": content_only, "reason": reason}


def stamp(b, marking, where=None):
    """Apply a security marking. Returns a description of the deciding cue."""
    rng, d, y = b.rng, b.doc, b.year
    until = "%d. 12. 31." % (y + rng.choice([1, 2, 3, 5]))
    if marking == "대외비":
        txt = rng.choice(["대 외 비", "[대외비]", "《대외비》", "%s까지 대외비" % until, "대외비(보호기간: %s까지)" % until,
                          "대외비"])
    else:
        txt = rng.choice(ROMAN[marking])
    where = where or rng.choice(["top_bottom", "top_bottom", "header_footer", "table_cell", "top_only", "header_only"])
    if where == "top_bottom":
        d["top"].insert(0, b.cue(txt, "top_stamp"))
        d["bottom"].append(b.cue(txt, "bottom_stamp"))
    elif where == "top_only":
        d["top"].insert(0, b.cue(txt, "top_stamp"))
    elif where == "header_footer":
        d["header"] = b.cue(txt, "header")
        d["footer"] = b.cue(txt, "footer")
    elif where == "header_only":
        d["header"] = "%s  %s" % (b.org, txt)
        b.cue(txt, "header")
    elif where == "table_cell":
        d["body"].insert(0, {"table": [["문서번호", docno(rng, b.dept), "보안등급", txt],
                                       ["생산일자", date(y, rng, 0), "보존기간", rng.choice(["10년", "30년", "준영구"])]]})
        b.cue(txt, "table_cell")
        if rng.random() < 0.5:
            d["top"].insert(0, b.cue(txt, "top_stamp"))
    if marking != "대외비" and rng.random() < 0.7:
        yy = y + rng.choice([2, 3, 5])
        d["closing"].append(b.cue("예고문: %d. %d. %d.까지 %s, 이후 %s" % (
            yy, rng.randint(1, 12), rng.randint(1, 28), ROMAN_SHORT[marking],
            rng.choice(["일반문서로 재분류", "파기", "대외비로 재분류"])), "closing_yegomun"))
    if marking != "대외비" and rng.random() < 0.6:
        n = rng.randint(2, 9)
        d["top"].append(b.cue("사본번호: %d / %d" % (rng.randint(1, n), n), "top_copyno"))
    if marking == "대외비" and rng.random() < 0.4:
        d["closing"].append(b.cue("보호기간: %s까지" % until, "closing_protection_period"))
    return "%s@%s" % (txt, where)


# =====================================================================================
# PUBLIC templates
# =====================================================================================
def t_secret_guide(rng, y):
    b = B(rng, y, "교육자료")
    b.gov_head(rng.choice(["%d년 보안업무 담당자 교육자료" % y, "비밀·대외비 취급 요령 안내", "보안문서 관리 실무 가이드"]),
               to="각 실·과·소장")
    b.p("1. 비밀의 구분", "  ○ %s: 누설되는 경우 국가안전보장에 치명적인 위험을 줄 우려가 있는 비밀" % b.cue("Ⅰ급비밀", "body"),
        "  ○ %s: 누설되는 경우 국가안전보장에 막대한 지장을 줄 우려가 있는 비밀" % b.cue("Ⅱ급비밀", "body"),
        "  ○ %s: 누설되는 경우 국가안전보장에 손해를 끼칠 우려가 있는 비밀" % b.cue("Ⅲ급비밀", "body"),
        "2. %s 문서의 관리" % b.cue("대외비", "body"),
        "  ○ 대외비는 「보안업무규정 시행규칙」에 따라 비밀에 준하여 보관하며, 문서 상단과 하단 중앙에 '대외비'를 표시합니다.",
        "  ○ 예고문에는 보호기간을 적고(예: '%d. 12. 31.까지 대외비'), 보호기간이 지나면 일반문서로 재분류합니다." % (y + 1),
        "3. 흔한 위반 사례",
        "  ○ 비밀을 개인 PC 바탕화면에 저장 / 사본번호 미기재 / 파기 확인서 미작성")
    b.tbl([["구분", "표시 위치", "보관"], ["Ⅲ급비밀", "각 면 상·하단 중앙", "이중 잠금장치 용기"],
           ["대외비", "각 면 상·하단 중앙", "잠금장치 용기"]])
    b.p("붙임  보안업무 교육 교재 1부.  끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.6 else None)
    return b.doc, lab(b, "public", [], "Guide on handling 비밀/대외비; markings only mentioned as subject matter.",
                      deciding="mention_only", mention_only=True)


def t_foi_guide(rng, y):
    b = B(rng, y, "정보공개 안내")
    b.gov_head(rng.choice(["정보공개 업무 처리 안내", "%d년 정보공개 담당자 실무 교육 결과" % y, "비공개 세부기준 개정 알림"]))
    b.p("1. 「공공기관의 정보공개에 관한 법률」 제9조 제1항 각 호에 해당하는 정보는 공개하지 아니할 수 있습니다.",
        "2. 결재 문서의 공개구분은 다음과 같이 표시합니다.",
        "  가. 공개: %s" % b.cue("공개", "body"),
        "  나. 부분공개: %s와 같이 해당 호를 괄호 안에 기재" % b.cue("부분공개(6)", "body"),
        "  다. 비공개: %s 또는 %s" % (b.cue("비공개(5)", "body"), b.cue("비공개(제9조 제1항 제5호)", "body")),
        "3. 비공개 결정 시 사유를 구체적으로 적어 청구인에게 통지하여야 하며, 청구인은 이의신청(30일 이내)을 할 수 있습니다.",
        "4. 개인정보(주민등록번호 등)가 포함된 문서는 해당 부분을 가리고 %s로 처리합니다." % b.cue("부분공개", "body"))
    b.tbl([["호", "비공개 대상", "예시"], ["제5호", "의사결정 과정·내부검토", "정책 검토 초안"],
           ["제6호", "개인에 관한 사항", "민원인 성명·연락처"], ["제7호", "법인 등의 경영·영업상 비밀", "원가계산서"]])
    b.p("붙임  정보공개 처리 매뉴얼 1부.  끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.7 else None)
    return b.doc, lab(b, "public", [], "정보공개 guide quoting the 공개구분 spellings as examples.",
                      deciding="mention_only", mention_only=True)


def t_password(rng, y):
    b = B(rng, y, "공지")
    b.gov_head(rng.choice(["업무망 %s 변경 안내" % "비밀번호", "행정포털 비밀번호 정기 변경 알림", "전자결재 시스템 비밀번호 변경 및 보안점검 안내"]),
               to="각 실·과·소장")
    b.p("1. 정보보안 기본지침에 따라 업무용 PC 및 행정포털 %s를 분기 1회 이상 변경하여야 합니다." % b.cue("비밀번호", "body"),
        "2. 변경 기간: %s ~ %s" % (date(y, rng, 0), date(y, rng, 0)),
        "3. 비밀번호 작성 규칙: 영문·숫자·특수문자 조합 9자리 이상, 직전 비밀번호 재사용 금지",
        "4. 미변경 계정은 기간 종료 후 잠금 처리되며, 문의는 %s(내선 %d)로 하시기 바랍니다." % (rng.choice(["정보통신과", "정보화담당관실"]), rng.randint(2000, 4999)),
        "  ※ 화면보호기 10분, 대외비 문서 USB 저장 금지 등 보안점검 항목도 함께 확인 바랍니다.")
    b.p("끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "Password-change notice; 비밀번호 is not a security marking.",
                      deciding="mention_only", mention_only=True)


def _officials_table(rng, n, grades=True):
    rows = [["성명", "직급", "발령 사항"]]
    for _ in range(n):
        g = rng.choice(["3급(부이사관)", "4급(서기관)", "5급(행정사무관)", "1급(관리관)", "2급(이사관)", "지방서기관", "행정6급"]) if grades else rng.choice(TITLES)
        rows.append([name(rng), g, rng.choice(["%s장" % rng.choice(DEPTS), "승진 임용", "%s 전보" % rng.choice(DEPTS), "직무대리"])])
    return rows


def t_personnel_grade(rng, y):
    b = B(rng, y, "인사명령")
    b.gov_head(rng.choice(["%d년 하반기 정기 인사발령" % y, "4급 이상 승진 및 전보 인사", "인사발령 통보"]))
    b.p("1. 다음과 같이 인사발령합니다.")
    b.cue("3급(부이사관)", "table_cell")
    b.tbl(_officials_table(rng, rng.randint(4, 9)))
    b.p("2. 발령일자: %s" % date(y, rng, 0), "붙임  인사발령 대장 1부.  끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "인사발령 of officials; 3급/1급 are civil-service grades, names of officials in office are disclosable (6호 라목).",
                      deciding="mention_only", mention_only=True)


def t_personnel_list(rng, y):
    b = B(rng, y, "인사명령")
    b.gov_head(rng.choice(["인사발령(%s)" % date(y, rng, 0), "신규임용 및 보직 부여", "직무대리 지정 알림"]))
    b.p("%s 인사발령 사항을 다음과 같이 알려드립니다." % b.org)
    b.tbl(_officials_table(rng, rng.randint(5, 12), grades=False))
    b.p("끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "List of officials and postings only; 제9조 제1항 제6호 라목.", deciding="content")


def t_declass(rng, y):
    b = B(rng, y, "공문")
    m = rng.choice(["Ⅲ급비밀", "Ⅱ급비밀", "대외비", "III급 비밀"])
    b.gov_head(rng.choice(["보호기간 경과 비밀 재분류 결과 알림", "비밀 해제 및 일반문서 재분류 통보", "예고문에 따른 %s 해제 알림" % m]))
    b.p("1. 「보안업무규정」 및 같은 규정 시행규칙에 따라 보호기간이 경과한 비밀을 다음과 같이 재분류하였음을 알려드립니다.")
    b.tbl([["관리번호", "원 등급", "재분류", "재분류일"],
           ["%d-%03d" % (y - 5, rng.randint(1, 200)), b.cue(m, "table_cell"), "일반문서", date(y, rng, 0)],
           ["%d-%03d" % (y - 4, rng.randint(1, 200)), "대외비", "일반문서", date(y, rng, 0)]])
    b.p("2. 해제된 문서는 일반문서로 관리하되, 개인정보가 포함된 경우 정보공개 시 별도 검토하시기 바랍니다.  끝.")
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.6 else None)
    return b.doc, lab(b, "public", [], "Declassification notice; the notice itself is not classified.", deciding="mention_only", mention_only=True)


def t_foi_decision(rng, y):
    b = B(rng, y, "정보공개 결정 통지")
    req = masked(name(rng))
    b.doc["head"] += ["■ 공공기관의 정보공개에 관한 법률 시행규칙 [별지 제%d호서식]" % rng.choice([5, 7])]
    b.doc["title"] = rng.choice(["정보 (부분)공개 결정 통지서", "정보 비공개 결정 통지서", "정보공개 결정 통지서"])
    kind = rng.choice(["비공개", "부분공개"])
    no = rng.choice([5, 6, 7, 4])
    b.tbl([["접수번호", "%d%04d" % (y, rng.randint(1, 9999)), "접수일", date(y, rng, 0)],
           ["청구인", "성명 %s" % req, "주소", "(생략)"]])
    b.p("청구 내용: %s" % rng.choice(["%d년 %s 업무추진비 집행내역" % (y - 1, b.dept), "○○지구 개발계획 검토보고서", "민원 처리 관련 회의록 일체", "%s 감사 결과 보고서" % b.dept]),
        "결정 내용: %s" % b.cue(kind, "body"),
        "%s 사유: 「공공기관의 정보공개에 관한 법률」 %s에 해당하여 %s함" % (kind, b.cue("제9조 제1항 제%d호" % no, "body"), kind),
        "※ 이 결정에 불복이 있는 경우 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.",
        "", "%s  (직인생략)" % b.chief)
    return b.doc, lab(b, "public", [], "Decision notice quoting 제9조 for the requested document; the notice itself is public (requester masked).",
                      deciding="mention_only", mention_only=True)


def t_mandated_list(rng, y):
    b = B(rng, y, "공고")
    kind = rng.randint(0, 2)
    if kind == 0:
        b.doc["title"] = "%d년 고액·상습체납자 명단 공개" % y
        b.p("「지방세징수법」 제11조에 따라 체납 발생일부터 1년이 지난 지방세 체납액이 1천만원 이상인 체납자의 명단을 다음과 같이 공개합니다.")
        rows = [["연번", "성명(상호)", "나이", "주소", "체납액"]]
        for i in range(rng.randint(4, 8)):
            rows.append([str(i + 1), name(rng), "%d세" % rng.randint(35, 78), addr(rng).split(",")[0], won(rng.randint(10, 900) * 1000000)])
    elif kind == 1:
        b.doc["title"] = "식품위생법 위반업소 행정처분 결과 공표"
        b.p("「식품위생법」 제84조에 따라 행정처분이 확정된 영업소를 다음과 같이 공표합니다.")
        rows = [["업소명", "소재지", "위반내용", "처분내용"]]
        for i in range(rng.randint(4, 7)):
            rows.append([rng.choice(["한솥", "다온", "새벽", "누리"]) + rng.choice(["식당", "분식", "치킨", "제과"]), addr(rng).split(",")[0],
                         rng.choice(["유통기한 경과 제품 보관", "영업자 준수사항 위반", "건강진단 미실시"]), rng.choice(["영업정지 7일", "과태료 30만원", "시정명령"])])
    else:
        b.doc["title"] = "%d년 정기 재산변동사항 공개(공직자윤리위원회 공고)" % y
        b.p("「공직자윤리법」 제10조에 따라 %s 공직자윤리위원회 소관 재산등록의무자의 재산변동사항을 공개합니다." % b.city)
        rows = [["소속", "직위", "성명", "종전가액", "현재가액"]]
        for i in range(rng.randint(4, 7)):
            rows.append([b.city, rng.choice(["부시장", "시의원", "국장", "구청장"]), name(rng), won(rng.randint(100, 3000) * 1000000), won(rng.randint(100, 3000) * 1000000)])
    b.doc["head"] += ["%s 공고 제%d-%d호" % (b.city, y, rng.randint(10, 999))]
    b.tbl(rows)
    b.p("%s" % date(y, rng, 1), b.chief)
    return b.doc, lab(b, "public", [], "List whose publication is mandated by statute; public despite names.", deciding="content")


def t_press(rng, y):
    b = B(rng, y, "보도자료")
    org = rng.choice(MINISTRIES + [c[0] for c in CITIES])
    b.doc["head"] += [org, "보도자료", "보도시점: %s %s" % (date(y, rng, 0), rng.choice(["06:00", "12:00", "즉시"])), "배포: %s" % date(y, rng, 0)]
    b.doc["title"] = rng.choice(["%d년 지방세 체납액 일제정리 기간 운영" % y, "청년 주거지원 사업 신청 접수 개시", "여름철 폭염 대비 무더위쉼터 확대 운영",
                                 "공공데이터 개방 우수기관 선정", "소상공인 경영안정자금 %d억 원 지원" % rng.randint(50, 900)])
    b.p("- %s, %s 시행 -" % (org, b.doc["title"][:12]),
        "□ %s(장관 %s)는 %s부터 %s 계획을 발표했다고 밝혔다." % (org, name(rng), date(y, rng, 1), b.doc["title"]),
        "□ 이번 조치로 약 %d만 명이 혜택을 받을 것으로 예상된다." % rng.randint(1, 90),
        "□ %s %s 국장은 \"현장의 목소리를 반영해 제도를 보완하겠다\"고 말했다." % (org, name(rng)))
    t1, n1 = official(rng)
    b.tbl([["담당 부서", rng.choice(DEPTS), "책임자", "과장 %s (%s)" % (name(rng), landline(rng))],
           ["", "", "담당자", "%s %s (%s)" % (t1, n1, landline(rng))]])
    return b.doc, lab(b, "public", [], "보도자료; officials' names and office phones are disclosable.", deciding="content")


def t_meeting_result(rng, y):
    b = B(rng, y, "회의록")
    b.gov_head(rng.choice(["%d년 제%d차 정책조정회의 결과" % (y, rng.randint(1, 12)), "민관 협의회 개최 결과 보고", "부서장 회의 결과 알림"]))
    b.p("1. 일시·장소: %s 14:00 / 본청 %d층 회의실" % (date(y, rng, 0), rng.randint(2, 9)),
        "2. 참석: %s" % ", ".join("%s %s" % (rng.choice(["부시장", "국장", "과장", "팀장"]), name(rng)) for _ in range(rng.randint(4, 7))),
        "3. 주요 결정 사항",
        "  가. %s 추진 일정 확정(%s 착수)" % (rng.choice(["청사 리모델링", "스마트 민원창구", "공공자전거 확대"]), date(y, rng, 0)),
        "  나. 부서 간 협조 사항은 %s에서 총괄" % b.dept,
        "4. 향후 계획: 차기 회의 %s 개최  끝." % date(y, rng, 0))
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.6 else None)
    return b.doc, lab(b, "public", [], "Meeting result naming officials only; final decisions.", deciding="content")


def t_stats(rng, y):
    b = B(rng, y, "통계")
    b.doc["title"] = rng.choice(["%d년 %s 민원 처리 현황" % (y, b.city), "%d년 분기별 지방세 징수 실적" % y, "%d년 교통사고 발생 통계" % (y - 1),
                                 "%d년 정보공개 청구 처리 현황" % y, "기초생활수급자 현황(%d. 12. 31. 기준)" % (y - 1)])
    b.doc["head"] += [b.city, "작성: %s" % b.dept]
    hdr = ["구분", "1분기", "2분기", "3분기", "4분기", "합계"]
    rows = [hdr]
    for lab_ in rng.sample(["공개", "부분공개", "비공개", "취하", "민원", "읍·면·동", "본청", "사업소", "사망", "부상"], 4):
        v = [rng.randint(10, 900) for _ in range(4)]
        rows.append([lab_] + [str(x) for x in v] + [str(sum(v))])
    b.tbl(rows)
    b.p("※ 자료: %s 행정통계, 개인을 식별할 수 없도록 집계한 수치임" % b.city)
    b.gov_close(None) if rng.random() < 0.3 else None
    return b.doc, lab(b, "public", [], "Aggregated statistics; column labels like 비공개 are categories.", deciding="content")


def t_privacy_policy(rng, y):
    b = B(rng, y, "개인정보 처리방침")
    b.doc["head"] += [b.city]
    b.doc["title"] = "%s 개인정보 처리방침" % b.city
    b.p("제1조(개인정보의 처리 목적) %s은(는) 민원 처리, 각종 증명서 발급 등을 위하여 개인정보를 처리합니다." % b.city,
        "제2조(처리하는 개인정보 항목) 성명, 생년월일, 주소, 연락처 / 법령에 근거가 있는 경우 %s" % b.cue("주민등록번호", "body"),
        "제3조(민감정보 및 고유식별정보의 처리) 「개인정보 보호법」 제23조 및 제24조에 따라 법령에서 허용하는 경우에 한하여 처리합니다.",
        "제4조(개인정보의 파기) 보유기간이 경과한 개인정보는 지체 없이 파기합니다.",
        "제5조(개인정보 보호책임자) 직위: %s / 담당부서: %s / 연락처: %s" % (rng.choice(["부시장", "기획조정실장"]), b.dept, landline(rng)),
        "부칙 이 방침은 %s부터 시행합니다." % date(y, rng, 0))
    return b.doc, lab(b, "public", [], "Privacy policy; mentions PIPA 제23·24조 and RRN as categories only.", deciding="mention_only", mention_only=True)


def t_recruit(rng, y):
    b = B(rng, y, "채용공고")
    b.doc["head"] += ["%s 공고 제%d-%d호" % (b.city, y, rng.randint(10, 999))]
    b.doc["title"] = rng.choice(["%d년 %s 기간제근로자 채용 공고" % (y, b.city), "임기제공무원(시간선택제) 채용 공고", "공무직 근로자 공개채용 시험 공고"])
    b.p("1. 채용 분야 및 인원")
    b.tbl([["분야", "인원", "근무기간", "보수"], [rng.choice(["민원안내", "행정보조", "환경감시"]), "%d명" % rng.randint(1, 5),
                                              "%d. 3. 1. ~ %d. 12. 31." % (y, y), "월 %s" % won(rng.randint(200, 260) * 10000)]])
    b.p("2. 응시자격: 공고일 현재 %s에 주민등록을 둔 사람, 「지방공무원법」 제31조의 결격사유가 없는 사람" % b.city,
        "3. 제출서류: 응시원서, 개인정보 수집·이용 동의서(주민등록번호 뒷자리 기재 금지), 자격증 사본",
        "4. 문의: %s(%s)" % (b.dept, landline(rng)), date(y, rng, 1), b.chief)
    return b.doc, lab(b, "public", [], "Recruitment announcement.", deciding="content")


def t_award(rng, y):
    b = B(rng, y, "계약공고")
    b.doc["head"] += ["%s 공고 제%d-%d호" % (b.city, y, rng.randint(10, 999))]
    b.doc["title"] = rng.choice(["낙찰자 결정 공고", "수의계약 체결 현황 공개", "%s 용역 계약 체결 결과 공고" % rng.choice(["정보시스템 유지관리", "청사 청소", "도로 보수"])])
    rows = [["공고번호", "건명", "계약상대자", "대표자", "계약금액", "계약일"]]
    for _ in range(rng.randint(2, 5)):
        rows.append(["%d%08d-00" % (y, rng.randint(0, 99999999)), rng.choice(["청사 방호시설 보강공사", "민원시스템 고도화", "가로등 정비", "하수관로 조사"]),
                     rng.choice(COMPANIES), name(rng), won(rng.randint(20, 900) * 1000000), date(y, rng, 0)])
    b.tbl(rows)
    b.p("「지방자치단체를 당사자로 하는 계약에 관한 법률」 제%d조에 따라 계약 정보를 공개합니다." % rng.choice([6, 43]), date(y, rng, 1), b.chief)
    return b.doc, lab(b, "public", [], "Contract award notice: company, representative and amount are published by law.", deciding="content")


def t_public_stated(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["%d년 을지연습 참관 행사 안내" % y, "청사 에너지 절약 추진 계획 알림", "봄철 산불 예방 홍보 협조 요청",
                           "지방세 납부 안내문 발송 협조", "민원 서식 개정 알림", "공공기관 청렴도 향상 교육 실시"]))
    b.p("1. 관련: %s-%d(%s)" % (b.dept, rng.randint(100, 9999), date(y, rng, 0)),
        "2. 위 호와 관련하여 다음과 같이 %s하오니 협조하여 주시기 바랍니다." % rng.choice(["추진", "안내", "알려드리"]),
        "  가. 기간: %s ~ %s" % (date(y, rng, 0), date(y, rng, 0)),
        "  나. 대상: %s 소속 공무원 및 공무직" % b.city,
        "  다. 협조사항: 부서별 담당자 지정 및 결과 제출(%s까지)" % date(y, rng, 0),
        "붙임  1. 추진계획 1부.  2. 홍보물 시안 1부.  끝.")
    b.gov_close(disc_text(rng, "public", pre=b.pre2004))
    return b.doc, lab(b, "public", [], "Stated 공개 and content agrees.", deciding="closing_disclosure_line")


def t_cover_secret(rng, y):
    b = B(rng, y, "공문")
    m = rng.choice(["3급 비밀", "Ⅲ급비밀", "대외비", "비밀(Ⅱ급)"])
    b.gov_head(rng.choice(["비밀문서 송부 알림", "%d년 비상대비 계획 송부" % y, "보안 관련 자료 별도 송부 안내"]))
    b.p("1. %s 관련 자료를 송부하려 합니다." % rng.choice(["충무계획", "국가지도통신망 운영", "통합방위 작전"]),
        b.cue("붙임 자료는 %s로 분류되어 있으므로 본 공문과 분리하여 비밀 취급 인가자를 통하여 별도 송부합니다." % m, "attachment_line"),
        "2. 수령 후 비밀 접수대장에 등재하고 수령증을 반송하여 주시기 바랍니다.",
        "붙임  %s 1부(별도 송부).  끝." % m)
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "Cover letter; the classified attachment is sent separately, the letter itself is unclassified.",
                      deciding="attachment_line", mention_only=True)


def t_sec_audit_summary(rng, y):
    b = B(rng, y, "감사결과")
    b.gov_head(rng.choice(["%d년 보안감사 결과(요약) 공개" % y, "정보보안 실태 점검 결과 알림"]))
    b.p("1. 점검 기간: %s ~ %s / 대상: %d개 부서" % (date(y, rng, 0), date(y, rng, 0), rng.randint(5, 30)),
        "2. 주요 지적 사항",
        "  가. 비밀관리기록부 정리 미흡 %d건, %s 보호기간 미표시 %d건" % (rng.randint(1, 9), b.cue("대외비", "body"), rng.randint(1, 9)),
        "  나. 비밀번호 미변경 PC %d대, 보안 USB 미등록 %d건" % (rng.randint(1, 30), rng.randint(1, 9)),
        "3. 조치: 해당 부서 시정 요구 및 보안교육 실시  끝.")
    b.gov_close(disc_text(rng, "public"))
    return b.doc, lab(b, "public", [], "Public summary of a security audit; markings mentioned only.", deciding="closing_disclosure_line", mention_only=True)


def t_event(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["%d년 %s 축제 개최 계획" % (y, b.city), "시민 정보화 교육 수강생 모집 안내", "주민자치회 위원 공개모집 계획", "도서관 야간 개방 운영 알림"]))
    b.p("1. 목적: 주민 참여 확대 및 지역 공동체 활성화",
        "2. 개요", "  가. 일시: %s ~ %s" % (date(y, rng, 0), date(y, rng, 0)), "  나. 장소: %s 일원" % b.city,
        "  다. 예산: %s(시비)" % won(rng.randint(10, 500) * 1000000),
        "3. 추진 일정")
    b.tbl([["일정", "내용", "담당"], [date(y, rng, 0), "계획 수립", b.dept], [date(y, rng, 0), "홍보 및 접수", b.dept], [date(y, rng, 0), "결과 보고", b.dept]])
    b.p("붙임  세부 추진계획 1부.  끝.")
    b.gov_close(disc_text(rng, "public", pre=b.pre2004) if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "Routine plan, nothing sensitive.", deciding="content")


def t_doc_register(rng, y):
    b = B(rng, y, "목록")
    b.doc["head"] += [b.city, "정보목록(%d년 %d월)" % (y, rng.randint(1, 12))]
    b.doc["title"] = "%s 생산 문서 정보목록" % b.dept
    rows = [["문서번호", "제목", "생산일자", "공개구분"]]
    for _ in range(rng.randint(5, 9)):
        g = rng.choice(["공개", "공개", "부분공개(6)", "비공개(5)", "비공개(4)"])
        rows.append([docno(rng, b.dept), rng.choice(["업무추진비 집행", "민원 회신", "감사 수검 자료", "정책 검토", "소송 대응", "행사 계획"]), date(y, rng, 2), g])
    b.cue("부분공개(6)/비공개(5) in 공개구분 column of a register", "table_cell")
    b.tbl(rows)
    b.p("※ 정보목록은 「공공기관의 정보공개에 관한 법률」 제8조에 따라 공개합니다.")
    return b.doc, lab(b, "public", [], "Mandatory public 정보목록; 공개구분 cells describe other documents.", deciding="mention_only", mention_only=True)


def t_privacy_training(rng, y):
    b = B(rng, y, "교육자료")
    b.gov_head("개인정보 보호 실무 교육 자료 배포")
    b.p("1. 민원 서식 작성 예시", "  성명: 홍길동  주민등록번호: 000000-0000000  주소: ○○시 ○○로 00",
        "2. 주민등록번호 처리 제한(「개인정보 보호법」 제24조의2), 민감정보 처리 제한(제23조) 사례 안내",
        "3. 마스킹 기준: 850101-1****** 형태로 뒷자리 6자리를 가림",
        "4. 교육 일시: %s 10:00, 장소: 시청 대회의실  끝." % date(y, rng, 0))
    b.gov_close(disc_text(rng, "public") if rng.random() < 0.5 else None)
    return b.doc, lab(b, "public", [], "Training with placeholder data (홍길동, 000000-0000000).", deciding="content", mention_only=True)


PUBLIC = [(t_secret_guide, 6), (t_foi_guide, 6), (t_password, 5), (t_personnel_grade, 7), (t_declass, 5), (t_foi_decision, 6),
          (t_mandated_list, 5), (t_press, 7), (t_personnel_list, 6), (t_meeting_result, 6), (t_stats, 6), (t_privacy_policy, 4),
          (t_recruit, 5), (t_award, 6), (t_public_stated, 8), (t_cover_secret, 4), (t_sec_audit_summary, 3), (t_event, 5),
          (t_doc_register, 3), (t_privacy_training, 3)]


# =====================================================================================
# PARTIAL templates
# =====================================================================================
def t_hearing(rng, y):
    b = B(rng, y, "회의록")
    b.gov_head(rng.choice(["%s 도시관리계획 주민설명회 개최 결과" % b.city, "하수처리시설 증설 주민공청회 결과 보고", "도로 확장 공사 주민 의견 청취 결과"]))
    b.p("1. 개요: %s 19:00, %s 주민센터 대강당, 주민 약 %d명 참석" % (date(y, rng, 0), b.city, rng.randint(30, 200)),
        "2. 사업 설명: 사업 목적, 노선(안), 보상 절차, 공사 기간(%d~%d년)" % (y, y + 2),
        "3. 주요 의견 및 검토 결과",
        "  가. 소음·분진 대책 요구 → 방음벽 설치 및 살수차 운영 반영",
        "  나. 보상 기준 문의 → 감정평가 2개 기관 평균으로 산정 예정",
        "  다. 통학로 안전 → 공사 기간 중 안전요원 배치",
        "4. 향후 계획: 의견 반영 후 %s 결정 고시 예정" % date(y, rng, 0),
        "붙임  의견 제출자 명단")
    rows = [["연번", "성명", "주소", "연락처", "의견 요지"]]
    for i in range(rng.randint(3, 6)):
        rows.append([str(i + 1), b.cue(name(rng), "table_cell") if i == 0 else name(rng), addr(rng, b.city), mobile(rng), rng.choice(["보상 확대", "노선 변경", "공사 시간 제한", "찬성"])])
    b.tbl(rows)
    b.p("끝.")
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Long public hearing result; attached list of residents' names/addresses/mobiles is removable.",
                      deciding="table_cell", content_only=True)


def t_nominee(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["%d년 모범공무원 추천" % y, "%s 시민대상 수상 후보자 추천" % b.city, "유공 시민 표창 대상자 추천"]))
    n = name(rng)
    b.p("1. %s 계획에 따라 다음과 같이 후보자를 추천합니다." % b.doc["title"][:10],
        "2. 추천 사유: 지역 봉사활동 %d년, 독거노인 급식 지원 등 공적이 뚜렷함" % rng.randint(5, 30),
        "3. 심사 일정: %s 공적심사위원회" % date(y, rng, 0))
    b.tbl([["성명", b.cue(n, "table_cell"), "생년월일", dob(rng)], ["주소", addr(rng, b.city), "연락처", mobile(rng)],
           ["직업", rng.choice(["자영업", "주부", "회사원", "농업"]), "공적 요지", "봉사활동 및 기부"]])
    b.p("붙임  공적조서 1부.  끝.")
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Award nomination; the nominee's personal data (DOB, address, mobile) is removable.",
                      deciding="table_cell", content_only=True)


def t_complaint_result(rng, y):
    b = B(rng, y, "민원 처리 결과 통지")
    n = name(rng)
    b.gov_head("민원 처리 결과 통지(%s)" % rng.choice(["불법 주정차 단속 요청", "가로등 고장 신고", "소음 피해", "도로 파손 보수 요청"]), to="%s 귀하" % n)
    b.cue(n, "head")
    b.p("1. 귀하께서 %s 국민신문고로 신청하신 민원(신청번호 %d%s-%05d)에 대한 처리 결과를 알려드립니다." % (date(y, rng, 0), y, rng.choice(["AA", "1AA"]), rng.randint(0, 99999)),
        "2. 민원인: %s / 주소: %s / 연락처: %s" % (n, addr(rng, b.city), mobile(rng)),
        "3. 처리 결과: 현장 확인 결과 %s 조치를 완료하였습니다." % rng.choice(["보수", "단속 강화", "안내판 설치", "행정지도"]),
        "4. 추가 문의는 %s %s(%s)에게 하여 주시기 바랍니다.  끝." % (b.dept, name(rng), landline(rng)))
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Complaint result; disclosable after removing the complainant's identity.", deciding="body", content_only=True)


def t_contract_individual(rng, y):
    b = B(rng, y, "계약서")
    b.doc["title"] = rng.choice(["용역 계약서", "물품 구매 계약서", "강사 위촉 계약서"])
    n = name(rng)
    r = rrn(rng)
    bank, acc = account(rng)
    b.p("%s(이하 \"갑\"이라 한다)와 %s(이하 \"을\"이라 한다)는 다음과 같이 계약을 체결한다." % (b.city, n),
        "제1조(목적) %s" % rng.choice(["시민 정보화 교육 강의", "홍보영상 제작", "청사 조경 관리"]),
        "제2조(계약금액) 금 %s(부가가치세 포함)" % won(rng.randint(3, 90) * 100000),
        "제3조(계약기간) %s ~ %s" % (date(y, rng, 0), date(y, rng, 0)),
        "제4조(대금 지급) 갑은 검사 완료 후 14일 이내에 을이 지정한 계좌로 지급한다.")
    b.tbl([["구분", "갑", "을"], ["성명/기관", b.chief, b.cue(n, "table_cell")], ["주민등록번호", "-", b.cue(r, "table_cell")],
           ["주소", b.city + "청", addr(rng)], ["계좌", "-", "%s %s" % (bank, acc)]])
    b.p(date(y, rng, 1))
    return b.doc, lab(b, "partial", ["OIDA-9-1-6", "PIPA-24"], "Contract with an individual; unmasked RRN and account are removable.",
                      deciding="table_cell", content_only=True)


def t_trip_passport(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["공무국외출장 결과 보고", "국외 우수사례 벤치마킹 출장 계획", "자매도시 교류 방문단 파견"]))
    b.p("1. 출장 기간: %s ~ %s (%d박 %d일)" % (date(y, rng, 0), date(y, rng, 0), 4, 5),
        "2. 출장지: %s" % rng.choice(["일본 후쿠오카", "베트남 다낭", "독일 프라이부르크", "싱가포르"]),
        "3. 주요 내용: 스마트시티 운영 사례 조사, 자매도시 시장 면담, 결과 공유회 개최",
        "4. 출장자 명단(항공권 발권용)")
    rows = [["성명", "직급", "여권번호", "생년월일"]]
    for i in range(rng.randint(2, 4)):
        pp = passport(rng)
        rows.append([name(rng), rng.choice(TITLES), b.cue(pp, "table_cell") if i == 0 else pp, dob(rng)])
    b.tbl(rows)
    b.p("5. 소요 예산: %s(국외여비)  끝." % won(rng.randint(50, 300) * 100000))
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6", "PIPA-24"], "Overseas trip report; officials' passport numbers and DOB are private data (not official-capacity).",
                      deciding="table_cell", content_only=True)


def t_partial_stated(rng, y):
    b = B(rng, y, "공문")
    nums = rng.choice([(6,), (6,), (6,), (7,), (6, 7), (5, 6)])
    b.gov_head(rng.choice(["%d년 %s 업무추진비 집행 내역 제출" % (y, b.dept), "행정처분 사전통지 결과 보고", "보조사업자 정산 검사 결과",
                           "%s 민원 현장 조사 결과" % b.city, "공유재산 사용허가 결과 보고"]))
    b.p("1. 관련: %s-%d" % (b.dept, rng.randint(100, 9999)),
        "2. 다음과 같이 %s 결과를 보고합니다." % rng.choice(["처리", "조사", "검사"]),
        "  가. 대상: %s 외 %d건" % (rng.choice(COMPANIES) if 7 in nums else masked(name(rng)), rng.randint(1, 20)),
        "  나. 결과: %s" % rng.choice(["적정 %d건, 시정 %d건" % (rng.randint(1, 9), rng.randint(1, 5)), "과태료 부과 %d건" % rng.randint(1, 5)]),
        "붙임  세부 내역 1부.  끝.")
    b.gov_close(disc_text(rng, "partial", nums, pre=b.pre2004))
    reasons = ["OIDA-9-1-%d" % n for n in nums]
    return b.doc, lab(b, "partial", reasons, "Stated 부분공개 with its 호; content consistent.", deciding="closing_disclosure_line")


def t_subsidy(rng, y):
    b = B(rng, y, "표")
    b.doc["head"] += [b.city, "작성부서: %s" % b.dept]
    b.doc["title"] = rng.choice(["%d년 출산장려금 지급 내역" % y, "긴급생계비 지원 결정 현황", "청년 월세 지원금 지급 명단", "농업인 재해 보상금 지급 내역"])
    b.p("※ 사업 개요: 예산 %s, 지원 대상 %d명, 지급일 %s" % (won(rng.randint(1, 50) * 10000000), rng.randint(10, 300), date(y, rng, 0)),
        "※ 사업 성과 및 집행률 %d%%, 잔액 반납 예정" % rng.randint(70, 99))
    rows = [["연번", "성명", "주소(읍·면·동)", "지급액", "계좌"]]
    for i in range(rng.randint(4, 8)):
        bank, acc = account(rng)
        rows.append([str(i + 1), name(rng), addr(rng, b.city).split(",")[0], won(rng.randint(10, 300) * 10000), "%s %s" % (bank, acc)])
    b.tbl(rows)
    b.cue("recipient names/accounts", "table_cell")
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Subsidy payment table: totals public, recipients' identities and accounts removable.",
                      deciding="table_cell", content_only=True)


def t_committee_external(rng, y):
    b = B(rng, y, "회의록")
    b.gov_head(rng.choice(["%s 도시계획위원회 회의 결과" % b.city, "지방보조금심의위원회 개최 결과", "건축위원회 심의 결과 통보"]))
    b.p("1. 일시: %s 15:00  2. 장소: 시청 소회의실" % date(y, rng, 0),
        "3. 심의 안건 및 결과: 제1호 %s(원안 가결), 제2호 %s(조건부 가결)" % (rng.choice(["지구단위계획 변경", "보조사업 선정"]), rng.choice(["경관계획", "공공시설 배치"])),
        "4. 참석 위원 및 수당 지급 내역")
    rows = [["성명", "소속", "주소", "연락처", "수당"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([name(rng), rng.choice(["○○대학교 교수", "건축사", "변호사", "시민단체"]), addr(rng), mobile(rng), won(rng.choice([150000, 200000, 250000]))])
    b.tbl(rows)
    b.p("끝.")
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Committee result public; external members' home addresses and mobiles removable.",
                      deciding="table_cell", content_only=True)


def t_mislabeled(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["%d년 자원봉사자 상해보험 가입 명단 제출" % y, "일자리사업 참여자 급여 지급 요청", "재난지원금 지급 대상자 확정 통보"]))
    b.p("1. 다음 대상자에 대한 %s 요청합니다." % rng.choice(["보험 가입을", "급여 지급을", "지원금 지급을"]))
    rows = [["성명", "주민등록번호", "은행", "계좌번호"]]
    for i in range(rng.randint(3, 5)):
        bank, acc = account(rng)
        r = rrn(rng)
        rows.append([name(rng), b.cue(r, "table_cell") if i == 0 else r, bank, acc])
    b.tbl(rows)
    b.p("끝.")
    b.gov_close(disc_text(rng, "public"))
    return b.doc, lab(b, "partial", ["OIDA-9-1-6", "PIPA-24"], "t_mislabeled: stated 공개 but lists full RRNs and accounts; label follows content.",
                      deciding="table_cell", content_only=False)


def t_attach_statement(rng, y):
    b = B(rng, y, "공문")
    b.gov_head(rng.choice(["%d년 안전점검 결과 보고" % y, "주민참여예산 위원회 운영 결과", "어린이집 지도점검 결과 보고"]))
    b.p("1. 점검 개요: %s ~ %s, %d개소" % (date(y, rng, 0), date(y, rng, 0), rng.randint(5, 80)),
        "2. 점검 결과: 적정 %d개소, 개선 권고 %d개소, 행정처분 %d개소" % (rng.randint(5, 50), rng.randint(1, 10), rng.randint(0, 3)),
        "3. 향후 조치: 개선 권고 사항 이행 여부 %s 확인" % date(y, rng, 0),
        b.cue(rng.choice(["붙임  1. 점검 결과 총괄표 1부.  2. 참석자 명단(개인정보 포함, 비공개) 1부.  끝.",
                          "붙임  1. 결과 보고서 1부.  2. 위원 인적사항(성명·주소·연락처, 공개 제외) 1부.  끝.",
                          "붙임  1. 총괄표.  2. 위반 시설 대표자 연락처(비공개) 각 1부.  끝."]), "attachment_line"))
    b.doc["body"].insert(-1, {"table": [["성명", "연락처"], [name(rng), mobile(rng)], [name(rng), mobile(rng)]]})
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6"], "Main report public; attachment line states the personal attachment is withheld and it is included.",
                      deciding="attachment_line")


def t_bid_result_cost(rng, y):
    b = B(rng, y, "계약")
    b.gov_head(rng.choice(["%s 입찰 결과 보고" % rng.choice(["청사 냉난방기 교체공사", "상수도 관망 정비", "민원시스템 구축"]), "협상에 의한 계약 평가 결과"]))
    co = rng.sample(COMPANIES, 3)
    b.p("1. 입찰 개요: 일반경쟁, 적격심사, 예정가격 %s" % won(rng.randint(100, 3000) * 1000000),
        "2. 개찰 결과: 낙찰자 %s, 투찰률 %d.%03d%%" % (co[0], rng.randint(86, 89), rng.randint(0, 999)),
        "3. 업체별 제출 원가 내역(산출내역서 요약)")
    rows = [["업체", "재료비", "노무비", "경비", "일반관리비율", "이윤율"]]
    for c in co:
        rows.append([c, won(rng.randint(10, 900) * 1000000), won(rng.randint(10, 900) * 1000000), won(rng.randint(1, 90) * 1000000),
                     "%d.%d%%" % (rng.randint(3, 8), rng.randint(0, 9)), "%d.%d%%" % (rng.randint(5, 15), rng.randint(0, 9))])
    b.tbl(rows)
    b.cue("업체별 원가 내역", "table_cell")
    b.p("4. 향후 계획: 계약 체결 %s  끝." % date(y, rng, 0))
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-7"], "Bid result public; bidders' cost breakdown is business information (7호) removable.",
                      deciding="table_cell", content_only=True)


def t_inspection_business(rng, y):
    b = B(rng, y, "공문")
    co = rng.choice(COMPANIES)
    b.gov_head(rng.choice(["대기배출시설 지도점검 결과", "위험물 제조소 정기검사 결과", "폐기물 처리업체 점검 결과"]))
    b.p("1. 대상: %s 외 %d개 사업장" % (co, rng.randint(2, 12)),
        "2. 결과: 위반 %d건(과태료 %s), 적정 %d건" % (rng.randint(1, 4), won(rng.randint(1, 30) * 100000), rng.randint(2, 12)),
        "3. 참고: %s 공정도 및 원료 배합비(%s), 연간 생산량 %d톤 — 업체 제출 자료" % (co, rng.choice(["A:B:C = 5:3:2", "수지 62%, 첨가제 8%"]), rng.randint(100, 9000)),
        "4. 조치: 개선명령 및 재점검 예정  끝.")
    b.cue("공정도 및 원료 배합비", "body")
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-7"], "Inspection result public; company's process/formulation data is a trade secret.",
                      deciding="body", content_only=True)


def t_accident_report_injured(rng, y):
    b = B(rng, y, "보고서")
    b.gov_head(rng.choice(["%s 공사현장 안전사고 발생 보고" % b.city, "관내 축제 행사장 사고 경위 보고", "공공체육시설 이용자 부상 사고 보고"]))
    n = name(rng)
    b.p("1. 일시·장소: %s %02d:%02d / %s" % (date(y, rng, 0), rng.randint(8, 20), rng.randint(0, 59), addr(rng, b.city).split(",")[0]),
        "2. 사고 개요: %s" % rng.choice(["비계 해체 작업 중 자재 낙하", "무대 구조물 전도", "바닥 미끄럼으로 인한 전도"]),
        "3. 조치 사항: 작업 중지 명령, 안전진단 실시, 보험사 통보",
        "4. 재발 방지 대책: 안전관리계획 보완, 현장 점검 주 2회로 확대",
        "5. 피해자: %s(%d세) — %s, %s 입원 치료 중" % (b.cue(n, "body"), rng.randint(20, 80), rng.choice(["좌측 대퇴골 골절", "뇌진탕", "요추 압박골절"]), rng.choice(["한솔병원", "다온의료원"])),
        "끝.")
    b.gov_close(None)
    return b.doc, lab(b, "partial", ["OIDA-9-1-6", "PIPA-23"], "Accident report public; the injured person's identity and diagnosis (health) removable.",
                      deciding="body", content_only=True)


PARTIAL = [(t_hearing, 7), (t_nominee, 6), (t_complaint_result, 8), (t_contract_individual, 5), (t_trip_passport, 3),
           (t_partial_stated, 9), (t_subsidy, 5), (t_committee_external, 4), (t_mislabeled, 3), (t_attach_statement, 4),
           (t_bid_result_cost, 5), (t_inspection_business, 3), (t_accident_report_injured, 5)]


# =====================================================================================
# NON-PUBLIC templates
# =====================================================================================
def t_daeoebi(rng, y):
    b = B(rng, y, "보고서")
    kind = rng.randint(0, 4)
    titles = ["청사 방호 및 비상 출입통제 계획", "%d년 주요 정책 추진 방향(검토안)" % (y + 1), "집회·시위 대비 청사 경비 강화 계획",
              "○○지구 개발 후보지 검토 결과", "노사 단체교섭 대응 방안"]
    reasons = [["OIDA-9-1-3"], ["OIDA-9-1-5"], ["OIDA-9-1-3"], ["OIDA-9-1-5", "OIDA-9-1-8"], ["OIDA-9-1-5"]][kind]
    b.gov_head(titles[kind], to="내부결재")
    bodies = [["1. 청사 출입구 %d개소 중 비상시 %d개소만 개방, 나머지 폐쇄" % (rng.randint(4, 9), rng.randint(1, 2)),
               "2. 방호 인력 배치: 정문 %d명, 후문 %d명, 지하주차장 CCTV %d대 상시 감시" % (rng.randint(2, 6), rng.randint(1, 3), rng.randint(8, 40)),
               "3. 비상 연락망 및 대피 경로(별도 도면)"],
              ["1. 추진 배경 및 쟁점: 재정 여건 악화로 사업 우선순위 재조정 필요",
               "2. 검토 대안: (1안) 단계적 축소 (2안) 민간투자 전환 (3안) 현행 유지",
               "3. 부서 의견: 기획예산과는 1안, 소관 부서는 3안 선호 — 미확정"],
              ["1. 예상 규모: %d명 내외, %s 집회 신고" % (rng.randint(100, 3000), date(y, rng, 0)),
               "2. 경비 계획: 청사 외곽 펜스 설치, 경찰 %d개 중대 요청" % rng.randint(1, 6),
               "3. 상황실 운영 및 보고 체계"],
              ["1. 후보지: %s 일원 %d만㎡ (A안), %s 일원 (B안)" % (b.city, rng.randint(10, 90), b.city),
               "2. 지가 동향 및 토지 소유 현황 분석, 발표 전 보안 유지 필요",
               "3. 추진 일정: 관계기관 협의 후 %s 발표 예정" % date(y, rng, 0)],
              ["1. 노조 요구안: 임금 %d%% 인상, 인력 충원 %d명" % (rng.randint(3, 9), rng.randint(10, 90)),
               "2. 대응 기조 및 양보 가능 범위(최대 %d%%)" % rng.randint(1, 4), "3. 교섭 위원 구성 및 일정"]]
    b.p(*bodies[kind])
    dec = stamp(b, "대외비")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", reasons, "대외비 document; content reasons only (no 1호 for 대외비).", deciding=dec, marking="대외비")


def t_secret(rng, y, m=None):
    b = B(rng, y, "보고서")
    m = m or rng.choice(["III급"])
    kind = rng.randint(0, 3)
    titles = ["%d년 충무계획 보완 지침" % y, "국가중요시설 방호 계획(%s 정수장)" % b.city, "을지연습 전시 행정 조치 계획", "통합방위 작전 지원 계획"]
    b.gov_head(titles[kind], to=rng.choice(["내부결재", "수신자 참조"]))
    b.p("1. 목적: 전시·비상사태 대비 %s" % rng.choice(["행정기관 소산 및 기능 유지", "주요시설 방호", "자원 동원"]),
        "2. 소산 위치: %s 일원 지하시설(좌표 별도)" % b.city if kind != 1 else "2. 방호 취약 지점: 취수구 및 약품투입실, 경계 인력 %d명" % rng.randint(3, 20),
        "3. 동원 자원: 차량 %d대, 인원 %d명, 통신망 운용 절차" % (rng.randint(10, 90), rng.randint(50, 900)),
        "4. 비상 연락 체계 및 암호 운용은 붙임 참조")
    dec = stamp(b, m)
    b.gov_close(None)
    reasons = ["OIDA-9-1-1", "OIDA-9-1-3" if kind == 1 else "OIDA-9-1-2"]
    return b.doc, lab(b, "non_public", reasons, "%s비밀 under 보안업무규정: 1호 + content reason." % m, deciding=dec, marking=m)


def t_secret2(rng, y):
    return t_secret(rng, y, "II급")


def t_secret1(rng, y):
    return t_secret(rng, y, "I급")


def t_np_stated(rng, y):
    b = B(rng, y, "공문")
    nums = rng.choice([(5,), (5,), (4,), (6,), (3,), (5, 6), (4, 6), (8,)])
    topics = {5: ["조직개편(안) 부서 의견 조회", "%d년 예산 편성 내부 검토" % (y + 1), "조례 개정 방향 사전 검토"],
              4: ["행정소송 답변서 작성 검토", "고발 사건 수사 협조 자료 제출"],
              6: ["개인별 성과평가 결과 통보", "직원 고충 상담 결과 보고"],
              3: ["재난 취약시설 점검 결과(보안 점검 포함)"],
              8: ["역세권 개발 구역 지정 사전 검토"]}
    b.gov_head(rng.choice(topics[nums[0]]), to=rng.choice(["내부결재", "수신자 참조"]))
    b.p("1. 관련: %s-%d" % (b.dept, rng.randint(100, 9999)),
        "2. 위 호와 관련하여 다음 사항을 검토·보고합니다.",
        "  가. 현황 및 문제점", "  나. 검토 의견: %s" % rng.choice(["추가 협의 필요", "원안 유지 곤란", "법률 자문 후 결정"]),
        "  다. 향후 조치: %s까지 최종안 마련" % date(y, rng, 0), "끝.")
    b.gov_close(disc_text(rng, "non_public", nums, pre=b.pre2004))
    return b.doc, lab(b, "non_public", ["OIDA-9-1-%d" % n for n in nums], "Stated 비공개 with its 호; content consistent.",
                      deciding="closing_disclosure_line")


INFORMAL = ["[내부용]", "대내용", "내부 검토용", "취급주의", "외부 배포 금지", "※ 내부 검토용 — 외부 유출 금지", "(대외주의)"]


def t_informal(rng, y):
    b = B(rng, y, "보고서")
    mk = rng.choice(INFORMAL)
    b.gov_head(rng.choice(["%s 이전 부지 검토(초안)" % rng.choice(["청사", "공영차고지", "소각장"]), "%d년 조직 진단 결과(안)" % y,
                           "민간위탁 재계약 여부 검토", "요금 인상 시기 검토 보고"]), to="내부결재")
    where = rng.choice(["top", "header", "title"])
    if where == "top":
        b.doc["top"].insert(0, b.cue(mk, "top_stamp"))
    elif where == "header":
        b.doc["header"] = b.cue(mk, "header")
    else:
        b.doc["title_line"] = b.doc["title_line"] + " " + b.cue(mk, "title")
    b.p("1. 검토 배경", "2. 대안별 장단점 비교")
    b.tbl([["구분", "1안", "2안"], ["비용", won(rng.randint(10, 90) * 100000000), won(rng.randint(10, 90) * 100000000)],
           ["쟁점", "주민 반대 예상", "재원 부족"]])
    b.p("3. 잠정 의견: %s (최종 결정 전, 관계 부서 협의 중)" % rng.choice(["1안", "2안", "보류"]))
    return b.doc, lab(b, "non_public", ["OIDA-9-1-5"], "Informal marking (%s) + internal deliberation content; marking field none." % mk,
                      deciding="informal_marking")


# ---- content-only non-public ---------------------------------------------------------
def t_tax_audit(rng, y):
    b = B(rng, y, "세무조사")
    off = rng.choice(TAXOFF)
    n = name(rng)
    b.doc["head"] += [off, "수신  %s 귀하 (%s)" % (n, addr(rng))]
    b.doc["title"] = rng.choice(["세무조사 결과 통지", "세무조사 사전통지", "과세예고 통지"])
    b.cue(n, "head")
    b.p("1. 조사 대상 세목: %s (%d~%d 과세연도)" % (rng.choice(["종합소득세", "양도소득세", "부가가치세"]), y - 3, y - 1),
        "2. 조사 결과: 사업소득 누락 %s, 필요경비 과다계상 %s" % (won(rng.randint(10, 900) * 1000000), won(rng.randint(1, 90) * 1000000)),
        "3. 결정 세액: 본세 %s, 가산세 %s" % (won(rng.randint(1, 90) * 1000000), won(rng.randint(1, 90) * 100000)),
        "4. 이의가 있는 경우 통지를 받은 날부터 30일 이내에 과세전적부심사를 청구할 수 있습니다.",
        "", "%s장" % off)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"], "Named taxpayer's 과세정보 (국세기본법 §81의13: 1호) + personal (6호).",
                      deciding="content", content_only=True)


def t_tax_seizure(rng, y):
    b = B(rng, y, "체납처분")
    n = name(rng)
    local = rng.random() < 0.5
    b.gov_head("%s 체납액 %s 통지" % ("지방세" if local else "국세", rng.choice(["압류", "부동산 압류", "예금 압류"])), to="%s 귀하" % n)
    b.cue(n, "head")
    bank, acc = account(rng)
    b.p("1. 체납자: %s (생년월일 %s) / 주소: %s" % (n, dob(rng), addr(rng)),
        "2. 체납 내역: %s %d년 %s" % (rng.choice(["재산세", "자동차세", "지방소득세"] if local else ["종합소득세", "부가가치세"]), y - 1, won(rng.randint(1, 90) * 100000)),
        "3. 압류 재산: %s %s (예금)" % (bank, acc) if rng.random() < 0.5 else "3. 압류 재산: %s 소재 토지 %d㎡" % (b.city, rng.randint(50, 900)),
        "4. 근거: 「%s」 제%d조" % ("지방세징수법" if local else "국세징수법", rng.choice([31, 33, 45])), "끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"], "Seizure of a named delinquent's property: 과세정보 (%s) + personal." % ("지방세기본법 §86" if local else "국세기본법 §81의13"),
                      deciding="content", content_only=True)


def t_tax_refund_corp(rng, y):
    b = B(rng, y, "세무 검토")
    co = rng.choice(COMPANIES)
    b.gov_head("%s 경정청구 검토 결과" % co, to="내부결재", org=rng.choice(TAXOFF))
    b.p("1. 청구인: %s (사업자등록번호 %s)" % (co, brn(rng)),
        "2. 청구 내용: %d 사업연도 법인세 %s 환급 (연구인력개발비 세액공제 누락)" % (y - 2, won(rng.randint(10, 900) * 1000000)),
        "3. 검토: 매출 %s, 연구개발비 %s 중 인정 %s" % (won(rng.randint(100, 9000) * 10000000), won(rng.randint(10, 900) * 1000000), won(rng.randint(10, 500) * 1000000)),
        "4. 결론: 일부 인용(경정 환급 %s)" % won(rng.randint(1, 90) * 1000000), "끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-1", "OIDA-9-1-7"], "A company's 과세정보 (1호) and financials (7호).",
                      deciding="content", content_only=True)


def t_local_tax_audit(rng, y):
    b = B(rng, y, "세무조사")
    n = name(rng)
    b.gov_head("취득세 세무조사 결과 보고(%s)" % n, to="내부결재")
    b.cue(n, "title")
    b.p("1. 조사 대상: %s / %s 소재 건물 취득(%s)" % (n, b.city, date(y - 1, rng, 0)),
        "2. 조사 결과: 신고가액 %s, 실제 취득가액 %s → 과소신고 확인" % (won(rng.randint(1, 90) * 10000000), won(rng.randint(90, 200) * 10000000)),
        "3. 추징 예정 세액: %s (가산세 포함)" % won(rng.randint(1, 90) * 1000000),
        "4. 조치: 과세예고 통지 및 「지방세기본법」 제86조에 따른 비밀유지", "끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-1", "OIDA-9-1-6"], "Local-tax audit of a named taxpayer (지방세기본법 §86: 1호) + personal.",
                      deciding="content", content_only=True)


def t_discipline(rng, y):
    b = B(rng, y, "징계")
    n = name(rng)
    dui = rng.random() < 0.5
    b.doc["head"] += [b.city + " 인사위원회"]
    b.doc["title"] = "징계 의결서"
    b.tbl([["소속", b.dept, "직급", rng.choice(["지방행정주사", "지방시설주사보", "지방행정서기"])], ["성명", b.cue(n, "table_cell"), "생년월일", dob(rng)]])
    b.p("의결 주문: %s" % rng.choice(["정직 1월", "감봉 3월", "견책", "강등"]),
        "이유: 위 사람은 %s" % ("%s 혈중알코올농도 %.3f%% 상태로 운전하다 적발되어 %s 벌금 %s의 약식명령을 받았음" % (date(y, rng, 0), rng.uniform(0.05, 0.2), date(y, rng, 0), won(rng.randint(5, 20) * 1000000))
                               if dui else "근무시간 중 무단이탈 %d회, 출장비 부당 수령 %s 등 성실의무를 위반하였음" % (rng.randint(2, 9), won(rng.randint(1, 90) * 10000))),
        "적용 법조: 「지방공무원법」 제48조, 제55조, 제69조", "", date(y, rng, 1), "%s 인사위원회 위원장" % b.city)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6"] + (["PIPA-23"] if dui else []), "Disciplinary decision on a named official%s." % (" with a criminal conviction" if dui else ""),
                      deciding="content", content_only=True)


def t_evaluation(rng, y):
    b = B(rng, y, "인사평가")
    b.gov_head("%d년 %s 근무성적평정 결과" % (y, rng.choice(["상반기", "하반기"])), to="내부결재")
    rows = [["성명", "직급", "점수", "등급", "평정자 의견"]]
    for _ in range(rng.randint(4, 8)):
        rows.append([name(rng), rng.choice(TITLES), "%.2f" % rng.uniform(60, 99), rng.choice(["수", "우", "양", "가"]), rng.choice(["업무 숙련도 우수", "협업 부족", "근태 개선 필요", "민원 응대 미흡"])])
    b.tbl(rows)
    b.cue("individual scores/grades", "table_cell")
    b.p("※ 서열명부 작성 후 승진심사 자료로 활용  끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6"], "Individual performance ratings of named officials (not official-capacity information).",
                      deciding="content", content_only=True)


def t_sick_leave(rng, y):
    b = B(rng, y, "인사명령")
    n = name(rng)
    b.gov_head("질병휴직 %s" % rng.choice(["승인", "연장 승인", "심의 결과"]), to="내부결재")
    b.p("1. 대상: %s %s %s" % (b.dept, rng.choice(TITLES), b.cue(n, "body")),
        "2. 휴직 기간: %s ~ %s" % (date(y, rng, 0), date(y + 1, rng, 0)),
        "3. 사유: %s 진단(%s병원 진단서, %d주 요양 필요)" % (b.cue(rng.choice(DISEASES), "body"), rng.choice(["한솔", "다온", "미르"]), rng.randint(4, 52)),
        "4. 근거: 「지방공무원법」 제63조 제1항 제1호  끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6", "PIPA-23"], "Sick leave of a named official with diagnosis (health data).",
                      deciding="content", content_only=True)


def t_disability(rng, y):
    b = B(rng, y, "복지")
    n = name(rng)
    b.gov_head("장애 정도 심사 결과 통보", to="%s 귀하" % n)
    b.p("1. 신청인: %s (%s) / 주소: %s" % (n, rrn_masked(rng), addr(rng, b.city)),
        "2. 심사 결과: %s (장애의 정도가 %s)" % (rng.choice(["지체장애", "시각장애", "정신장애", "신장장애"]), rng.choice(["심한 장애인", "심하지 않은 장애인"])),
        "3. 진단 소견: %s, 일상생활동작 평가 %d점" % (rng.choice(DISEASES), rng.randint(10, 90)),
        "4. 이의신청: 통지를 받은 날부터 90일 이내  끝.")
    b.cue(n, "body")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6", "PIPA-23"], "Disability assessment of a named person (masked RRN: no PIPA-24).",
                      deciding="content", content_only=True)


def t_criminal(rng, y):
    b = B(rng, y, "수사")
    n = name(rng)
    b.gov_head(rng.choice(["수사 협조 의뢰에 대한 회신", "범죄경력 조회 결과 회보", "고발 사건 관련 자료 제출"]), to="%s경찰서장" % b.city)
    b.p("1. 관련: %s경찰서 수사과-%d" % (b.city, rng.randint(1000, 9999)),
        "2. 피의자 %s(%s)에 대한 자료를 다음과 같이 제출합니다." % (b.cue(n, "body"), dob(rng)),
        "  가. 범죄경력: %s(%d년, 벌금 %s), %s(%d년, 집행유예)" % (rng.choice(["사기", "횡령", "폭행"]), y - 5, won(rng.randint(3, 20) * 1000000), rng.choice(["업무방해", "절도"]), y - 2),
        "  나. 보조금 수령 내역 및 계좌 거래 자료 일체",
        "3. 수사 진행 중인 사안이므로 취급에 유의하여 주시기 바랍니다.  끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-23"], "Investigation material with a named suspect's criminal record.",
                      deciding="content", content_only=True)


def t_traffic(rng, y):
    b = B(rng, y, "교통사고")
    b.doc["head"] += ["%s경찰서 교통조사계" % b.city]
    b.doc["title"] = rng.choice(["교통사고 실황조사서", "교통사고 조사 결과 보고", "교통사고 발생 보고(중상)"])
    n1, n2 = name(rng), name(rng)
    b.p("1. 발생 일시·장소: %s %02d:%02d, %s 교차로" % (date(y, rng, 0), rng.randint(0, 23), rng.randint(0, 59), b.city),
        "2. 운전자(가해): %s, 차량 %d%s %04d" % (b.cue(n1, "body"), rng.randint(10, 399), rng.choice("가나다라마거너더"), rng.randint(0, 9999)),
        "3. 피해자: %s(%d세), %s" % (n2, rng.randint(5, 85), rng.choice(["전치 8주", "전치 3주", "사망"])),
        "4. 사고 경위: 신호위반 추정, 블랙박스 영상 확보, 음주 측정 %s" % rng.choice(["0.000%", "거부", "0.081%"]),
        "5. 처리 의견: 「교통사고처리 특례법」 위반으로 %s" % rng.choice(["송치 예정", "추가 조사 필요"]))
    return b.doc, lab(b, "non_public", ["OIDA-9-1-4", "OIDA-9-1-6"], "Traffic-accident investigation with named parties.",
                      deciding="content", content_only=True)


def t_case_note(rng, y):
    b = B(rng, y, "사례관리")
    n = name(rng)
    health = rng.random() < 0.6
    b.doc["head"] += ["%s 통합사례관리 상담기록지" % b.city]
    b.doc["title"] = "상담 기록(%s)" % date(y, rng, 0)
    b.tbl([["대상자", b.cue(n, "table_cell"), "연락처", mobile(rng)], ["가구 유형", rng.choice(["독거노인", "한부모", "조손가구"]), "주소", addr(rng, b.city)]])
    b.p("상담 내용: %s" % rng.choice(["월세 %d개월 체납으로 퇴거 위기" % rng.randint(2, 9), "가족과 연락 두절, 식사 거름"]),
        "건강 상태: %s, 복약 관리 필요" % rng.choice(DISEASES) if health else "경제 상황: 채무 %s, 근로 능력 있음" % won(rng.randint(1, 90) * 1000000),
        "개입 계획: 긴급지원 연계, 주 1회 방문 상담")
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6"] + (["PIPA-23"] if health else []), "Welfare case notes on an identified person%s." % (" incl. health" if health else ""),
                      deciding="content", content_only=True)


def t_malicious_complaint(rng, y):
    b = B(rng, y, "민원")
    n = name(rng)
    b.gov_head("특이민원 관리 카드(%s)" % rng.choice(["반복 민원", "폭언·폭행", "장기 미해결"]), to="내부결재")
    b.tbl([["민원인", b.cue(n, "table_cell"), "연락처", mobile(rng)], ["주소", addr(rng), "최초 접수", date(y - 1, rng, 0)]])
    b.p("1. 민원 요지: %s" % rng.choice(["이웃 간 소음 분쟁 관련 과태료 부과 요구", "담당 공무원 교체 요구", "보상금 추가 지급 요구"]),
        "2. 특이 사항: 최근 %d개월간 방문 %d회, 전화 %d회, 폭언 녹취 %d건" % (rng.randint(2, 12), rng.randint(3, 30), rng.randint(10, 200), rng.randint(1, 9)),
        "3. 대응 지침: 2인 1조 응대, 녹음 고지, 위협 시 112 신고")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6"], "'악성 민원' management card profiling a named private person.",
                      deciding="content", content_only=True)


def t_lawsuit(rng, y):
    b = B(rng, y, "소송")
    n = name(rng)
    b.gov_head(rng.choice(["행정소송 대응 법률자문 결과", "손해배상 청구 소송 대응 방안", "항소 여부 검토 보고"]), to="내부결재")
    b.p("1. 사건: %s %d구합%d %s (원고 %s)" % (rng.choice(["한빛지방법원", "중원지방법원"]), y, rng.randint(100, 9999), rng.choice(["영업정지처분취소", "손해배상(기)", "부당이득금"]), b.cue(n, "body")),
        "2. 자문 의견(법무법인 %s): 처분 사유 중 일부 절차 하자 인정 가능성, 패소 위험 %s" % (rng.choice(["가온", "누리", "바른길"]), rng.choice(["높음", "중간"])),
        "3. 대응 전략: 재처분 병행 검토, 조정 시 %s 이내 합의 가능" % won(rng.randint(1, 90) * 10000000),
        "4. 향후 일정: 변론기일 %s" % date(y, rng, 0), "끝.")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-4", "OIDA-9-1-6"], "Pending lawsuit strategy and legal advice, private plaintiff named.",
                      deciding="content", content_only=True)


def t_policy_draft(rng, y):
    b = B(rng, y, "보고서")
    b.gov_head(rng.choice(["%d년 버스 요금 조정(안) 검토" % (y + 1), "공공기관 통폐합 방안 검토(1차)", "상수도 요금 현실화 대안 비교", "주민세 인상 시기 및 폭 검토"]), to="내부결재")
    b.p("1. 검토 배경: 운영 적자 누적(%d년 %s)" % (y - 1, won(rng.randint(10, 900) * 100000000)),
        "2. 대안", "  - 1안: %d%% 인상(%d년 시행)  - 2안: 단계 인상  - 3안: 동결 후 재정 지원" % (rng.randint(5, 30), y + 1),
        "3. 부서 간 이견: 재정부서 1안, 소관 부서 2안 — 시장 보고 후 결정 예정",
        "4. 향후: 의회 설명 및 여론 동향 파악 후 최종안 확정")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-5"], "Internal deliberation draft before decision.", deciding="content", content_only=True)


def t_cost_data(rng, y):
    b = B(rng, y, "계약")
    co = rng.choice(COMPANIES)
    if rng.random() < 0.5:
        b.gov_head("%s 예정가격 결정 조서" % rng.choice(["청사 증축공사", "하수관로 정비공사"]), to="내부결재")
        b.p("1. 기초금액: %s" % won(rng.randint(100, 9000) * 1000000), "2. 복수예비가격 15개 및 추첨 결과",
            "3. 예정가격: %s (입찰 전 비밀 유지)" % won(rng.randint(100, 9000) * 1000000), "4. 개찰 일시: %s" % date(y, rng, 0))
        reasons, rs = ["OIDA-9-1-5"], "Pre-bid 예정가격 (입찰계약 업무, 5호)."
    else:
        b.gov_head("%s 제출 원가계산서 검토" % co, to="내부결재")
        b.tbl([["비목", "금액", "비율"], ["재료비", won(rng.randint(10, 900) * 1000000), "%d%%" % rng.randint(20, 60)],
               ["노무비", won(rng.randint(10, 900) * 1000000), "%d%%" % rng.randint(10, 40)], ["이윤", won(rng.randint(1, 90) * 1000000), "%d.%d%%" % (rng.randint(5, 15), rng.randint(0, 9))]])
        b.p("검토 의견: 자재 단가 협력업체 견적(%s) 기준, 거래처 정보 포함" % rng.choice(COMPANIES))
        reasons, rs = ["OIDA-9-1-7"], "Contractor's own cost data and suppliers (7호)."
    b.gov_close(None)
    return b.doc, lab(b, "non_public", reasons, rs, deciding="content", content_only=True)


def t_audit_interview(rng, y):
    b = B(rng, y, "감사")
    n = name(rng)
    b.doc["head"] += ["%s 감사실" % b.city]
    b.doc["title"] = "문 답 서"
    b.p("피감사인: %s %s %s" % (b.dept, rng.choice(TITLES), b.cue(n, "body")),
        "문: %s 계약을 특정 업체와 분할 수의계약한 경위를 진술하시오." % rng.choice(["청사 보수", "행사 대행", "물품 구매"]),
        "답: 당시 %s 지시가 있었고, 기한이 촉박하여 그렇게 처리하였습니다." % rng.choice(["과장님", "상급자"]),
        "문: 업체 대표와 개인적인 관계가 있습니까?", "답: %s" % rng.choice(["고교 동창입니다.", "없습니다.", "친척입니다."]),
        "위 진술 내용이 사실과 다름없음을 확인합니다.  %s  진술인 %s (서명)" % (date(y, rng, 0), n))
    return b.doc, lab(b, "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"], "Audit interview record of a named official (감사, personal).",
                      deciding="content", content_only=True)


def t_whistleblower(rng, y):
    b = B(rng, y, "신고")
    n = name(rng)
    b.gov_head(rng.choice(["공익신고 접수 및 처리 계획", "부패행위 신고 사건 조사 계획", "가정폭력 피해자 긴급 보호 조치"]), to="내부결재")
    b.p("1. 신고자/피해자: %s (연락처 %s) — 신원 비밀 보장 대상" % (b.cue(n, "body"), mobile(rng)),
        "2. 피신고자: %s %s" % (rng.choice(COMPANIES + [b.dept]), name(rng)),
        "3. 내용: %s" % rng.choice(["보조금 허위 정산", "폐기물 무단 투기 지시", "배우자의 지속적 폭행, 보호시설 입소 희망"]),
        "4. 조치: 신고자 보호조치 및 %s" % rng.choice(["수사기관 이첩", "현장 조사", "보호시설(비공개 소재지) 연계"]))
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-3", "OIDA-9-1-6"], "Identifies a reporter/victim whose safety must be protected.",
                      deciding="content", content_only=True)


def t_school_violence(rng, y):
    b = B(rng, y, "학교폭력")
    n1, n2 = name(rng), name(rng)
    meeting = rng.random() < 0.5
    b.doc["head"] += ["%s교육지원청" % b.city]
    b.doc["title"] = "학교폭력대책심의위원회 %s" % ("회의록" if meeting else "조치 결정 통보서")
    b.p("1. 사안: %s중학교 %d학년 %s(가해) → %s(피해), %s" % (rng.choice(["한솔", "다온", "누리"]), rng.randint(1, 3), b.cue(n1, "body"), n2, rng.choice(["SNS 따돌림", "신체 폭력", "금품 갈취"])),
        "2. 심의 내용: %s" % ("위원 %s: 피해 학생 정신과 진료 중, 가해 학생 반성 정도 낮음" % name(rng) if meeting else "서면사과, 학급교체, 특별교육 %d시간" % rng.randint(4, 20)),
        "3. 보호자 의견 및 향후 조치")
    reasons = ["OIDA-9-1-5", "OIDA-9-1-6"] if meeting else ["OIDA-9-1-6"]
    return b.doc, lab(b, "non_public", reasons, "School-violence case naming minors%s." % (" (deliberation minutes)" if meeting else ""),
                      deciding="content", content_only=True)


def t_union(rng, y):
    b = B(rng, y, "노동조합")
    b.gov_head(rng.choice(["%d년 %d월 노동조합비 급여공제 명단" % (y, rng.randint(1, 12)), "공무원노조 가입 현황(부서별)"]), to="내부결재")
    rows = [["성명", "소속", "직급", "조합비"]]
    for _ in range(rng.randint(5, 10)):
        rows.append([name(rng), rng.choice(DEPTS), rng.choice(TITLES), won(rng.choice([15000, 20000, 25000]))])
    b.tbl(rows)
    b.cue("union membership roster", "table_cell")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6", "PIPA-23"], "Union membership / dues list (sensitive data).", deciding="content", content_only=True)


def t_minor(rng, y):
    b = B(rng, y, "아동보호")
    n = name(rng)
    b.gov_head(rng.choice(["아동학대 의심 사례 조사 결과", "가정위탁 아동 보호계획", "위기청소년 상담 결과"]), to="내부결재")
    b.p("1. 아동: %s (%d. %d. %d.생, %s초등학교)" % (b.cue(n, "body"), y - rng.randint(6, 15), rng.randint(1, 12), rng.randint(1, 28), rng.choice(["누리", "새솔", "가람"])),
        "2. 보호자: %s(부), 주소 %s" % (name(rng), addr(rng, b.city)),
        "3. 조사 내용: %s" % rng.choice(["방임 의심(결석 %d일)" % rng.randint(5, 40), "보호자 음주 후 폭언", "가출 반복"]),
        "4. 조치: 아동보호전문기관 연계, 사례회의 %s" % date(y, rng, 0))
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6"], "Child-protection record of an identified minor.", deciding="content", content_only=True)


def t_dev_candidate(rng, y):
    b = B(rng, y, "보고서")
    b.gov_head("%s 신규 산업단지 후보지 비교 검토" % b.city, to="내부결재")
    b.tbl([["후보지", "면적", "공시지가", "검토 의견"], ["%s 일원" % rng.choice(ROADS), "%d만㎡" % rng.randint(10, 90), won(rng.randint(5, 90) * 10000) + "/㎡", "우선 검토"],
           ["%s 일원" % rng.choice(ROADS), "%d만㎡" % rng.randint(10, 90), won(rng.randint(5, 90) * 10000) + "/㎡", "보류"]])
    b.p("※ 발표 전 후보지 노출 시 투기 우려, 결정은 %s 예정" % date(y, rng, 0))
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-5", "OIDA-9-1-8"], "Undecided development sites (speculation risk).", deciding="content", content_only=True)


def t_facility_security(rng, y):
    b = B(rng, y, "보고서")
    b.gov_head("청사 통합관제 CCTV 설치 위치 및 사각지대 점검 결과", to="내부결재")
    b.tbl([["구역", "대수", "사각지대", "출입통제"], ["전산실", str(rng.randint(2, 8)), "후면 통로", "지문인식"], ["지하 기계실", str(rng.randint(1, 4)), "비상계단", "카드키(비번 %04d)" % rng.randint(0, 9999)]])
    b.p("조치: 사각지대 보강 및 출입 권한 재설정")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-3"], "Facility security layout and access codes.", deciding="content", content_only=True)


def t_interview_scores(rng, y):
    b = B(rng, y, "채용")
    b.gov_head("%d년 임기제공무원 면접시험 평가 결과" % y, to="내부결재")
    rows = [["응시번호", "성명", "위원1", "위원2", "위원3", "합계", "결과"]]
    for _ in range(rng.randint(3, 6)):
        s = [rng.randint(10, 25) for _ in range(3)]
        rows.append(["%04d" % rng.randint(1, 9999), name(rng)] + [str(x) for x in s] + [str(sum(s)), rng.choice(["합격", "불합격"])])
    b.tbl(rows)
    b.cue("applicants' individual scores", "table_cell")
    b.gov_close(None)
    return b.doc, lab(b, "non_public", ["OIDA-9-1-5", "OIDA-9-1-6"], "Applicants' individual interview scores (시험, personal).", deciding="content", content_only=True)


def t_patient_list(rng, y):
    b = B(rng, y, "보건")
    b.gov_head(rng.choice(["감염병 확진자 역학조사 결과", "정신건강 사례관리 대상자 현황", "방문건강관리 대상자 명단"]), to="내부결재")
    rows = [["성명", "연령", "주소", "질환", "비고"]]
    for _ in range(rng.randint(3, 6)):
        rows.append([name(rng), "%d" % rng.randint(20, 90), addr(rng, b.city), rng.choice(DISEASES), rng.choice(["입원", "재가", "자가격리"])])
    b.tbl(rows)
    b.cue("patients' names + diagnoses", "table_cell")
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6", "PIPA-23"], "Roster of identified persons with health data.", deciding="content", content_only=True)


def t_roster_rrn(rng, y):
    b = B(rng, y, "표")
    b.doc["head"] += [b.city]
    b.doc["title"] = rng.choice(["기초연금 신규 수급자 명단", "긴급복지 지원 대상자 명부", "공공근로 참여자 명부"])
    rows = [["성명", "주민등록번호", "주소", "연락처"]]
    for _ in range(rng.randint(4, 8)):
        rows.append([name(rng), rrn(rng), addr(rng, b.city), mobile(rng)])
    b.tbl(rows)
    b.cue("full RRNs roster", "table_cell")
    return b.doc, lab(b, "non_public", ["OIDA-9-1-6", "PIPA-24"], "Roster consisting only of personal data incl. full RRNs.", deciding="content", content_only=True)


NONPUBLIC = [(t_daeoebi, 11), (t_secret, 8), (t_secret2, 4), (t_secret1, 2), (t_np_stated, 8), (t_informal, 6),
             (t_tax_audit, 3), (t_tax_seizure, 3), (t_tax_refund_corp, 3), (t_local_tax_audit, 2), (t_discipline, 4),
             (t_evaluation, 2), (t_sick_leave, 2), (t_disability, 2), (t_criminal, 3), (t_traffic, 2), (t_case_note, 3),
             (t_malicious_complaint, 2), (t_lawsuit, 3), (t_policy_draft, 3), (t_cost_data, 3), (t_audit_interview, 2),
             (t_whistleblower, 2), (t_school_violence, 3), (t_union, 2), (t_minor, 2), (t_dev_candidate, 1),
             (t_facility_security, 1), (t_interview_scores, 1), (t_patient_list, 2), (t_roster_rrn, 1)]
