#!/usr/bin/env python3
"""Deterministic generator for the sens_h evaluation set (see README.md).
Writes sens_h.jsonl, sens_h.meta.jsonl and files/ (HWPX + text-layer PDF)."""
import json, os, random, sys, zipfile, io
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))

AG = {
 "central": [("행정안전부", ["정보공개정책과", "조직진단과", "비상대비훈련과", "민방위과", "기록정책과"], "세종특별자치시 도움6로 42 정부세종청사"),
             ("국토교통부", ["토지정책과", "공공주택정책과", "도시정책과"], "세종특별자치시 도움6로 11 정부세종청사"),
             ("보건복지부", ["기초생활보장과", "정신건강정책과", "질병관리팀"], "세종특별자치시 도움4로 13 정부세종청사"),
             ("교육부", ["학생건강정책과", "교원정책과"], "세종특별자치시 갈매로 408 정부세종청사"),
             ("인사혁신처", ["복무과", "윤리과", "재해보상정책과"], "세종특별자치시 도움5로 19 정부세종청사")],
 "local": [("경기도 ○○시", ["총무과", "건축과", "세정과", "복지정책과", "감사담당관", "민원지적과", "안전총괄과"], "경기도 ○○시 시청로 1"),
           ("서울특별시 △△구", ["행정지원과", "주택과", "생활보장과", "감사담당관", "보건소 감염병관리과", "교통행정과"], "서울특별시 △△구 구청로 10"),
           ("전라남도 ◇◇군", ["기획감사실", "농업정책과", "재무과", "민원봉사과"], "전라남도 ◇◇군 군청길 25"),
           ("충청북도", ["자치행정과", "비상기획관", "도시계획과", "보건정책과"], "충청북도 청주시 상당구 상당로 82"),
           ("부산광역시 □□구", ["총무과", "복지정책과", "세무1과", "보건행정과"], "부산광역시 □□구 구청로 100")],
 "police": [("○○경찰서", ["수사과", "여성청소년과", "경비작전계", "112치안종합상황실", "청문감사인권관"], "○○시 경찰서로 5"),
            ("△△지방경찰청", ["수사과", "경비과", "정보화장비과"], "△△시 중앙대로 300")],
 "fire": [("○○소방서", ["119구급대", "예방안전과", "현장대응단"], "○○시 소방로 20"), ("△△소방본부", ["119종합상황실", "구조구급과"], "△△시 안전로 12")],
 "edu": [("○○교육지원청", ["초등교육지원과", "학생생활지원과", "행정지원과"], "○○시 교육청길 7"), ("△△시교육청", ["감사관", "교원인사과", "재정과"], "△△시 교육로 40")],
 "public": [("한국○○공사", ["계약팀", "보상팀", "감사실", "인사팀"], "○○시 혁신로 55"), ("○○공단", ["총무부", "사업운영부", "정보보호부"], "○○시 공단로 3")],
 "council": [("○○시의회", ["의사담당관", "전문위원실"], "○○시 시청로 1 의회동")],
}
def agency(r, dom):
    if isinstance(dom, (list, tuple)):
        dom = r.choice(dom)
    a, ds, ad = r.choice(AG[dom])
    return a, r.choice(ds), ad

class Doc(dict):
    pass

def D(**k):
    d = Doc(blocks=[], header=None, footer=None, cues=[], mention=False, field=None, kind=None, ocr=False)
    d.update(k)
    return d

def num(r):
    return r.randint(100, 9999)

def head_of(ag):
    last = ag.split()[-1]
    for suf, h in (("부", "장관"), ("처", "처장"), ("청", "청장"), ("시", "시장"), ("구", "구청장"), ("군", "군수"), ("도", "도지사"), ("서", "서장"), ("공사", "사장"), ("공단", "이사장"), ("본부", "본부장"), ("의회", "의장")):
        if last.endswith(suf):
            return ag + h if suf not in ("부",) else ag + " 장관"
    return ag + "장"

def gm(r, y, ag, dept, adr, title, body, recv=None, fld=None, attach=None, sign=True):
    """공문 frame. returns list of blocks"""
    b = []
    recv = recv or r.choice(["수신자 참조", "내부결재", "각 실·과·소장", "○○시장(민원지적과장)", "행정안전부장관(정보공개정책과장)", "관계기관 수신처 참조"])
    if y < 2004:
        b.append(("p", ag))
        b.append(("kv", [("문서번호", "%s %d%03d-%d" % (dept[:2], r.randint(1, 9), r.randint(10, 999), num(r))), ("시행일자", date(r, y, 0)), ("(경유)", ""), ("수신", recv), ("참조", "")]))
        b.append(("t", [["선결", "접수 일자", "시간", "번호", "처리과", "담당자"], ["", "", "", "", "", ""]]))
        b.append(("p", "제목  " + title))
        b += [("p", x) for x in body]
        if attach:
            b.append(("p", "첨부 : " + attach))
        b.append(("p", "끝."))
        b.append(("p", head_of(ag) + "  [직인생략]" if r.random() < .5 else head_of(ag)))
        if fld:
            b.append(("p", fld))
        return b
    b.append(("p", ag))
    b.append(("kv", [("수신", recv), ("(경유)", "")]))
    b.append(("p", "제목 " + title))
    b += [("p", x) for x in body]
    if attach:
        b.append(("p", "붙임  " + attach + "  끝."))
    else:
        b[-1] = ("p", b[-1][1] + "  끝.")
    if sign:
        b.append(("p", head_of(ag)))
        if r.random() < 0.6:
            b.append(("t", [["기안자", "검토자", "결재권자"], ["주무관 " + name(r), "팀장 " + name(r), "%s %s %s" % (r.choice(["과장", "국장", "담당관"]), r.choice(["전결", "대결", ""]), date(r, y, 2))]]))
        else:
            b.append(("p", "주무관 %s  %s %s  %s %s" % (name(r), r.choice(["팀장", "사무관"]), name(r), r.choice(["과장", "국장"]), name(r))))
    b.append(("p", "시행 %s-%d (%s)  접수" % (dept, num(r), date(r, y, 2))))
    tail = "우 %05d %s  / %s" % (r.randint(10000, 63999), adr, r.choice(["http://www.korea.go.kr", "www.%s.go.kr" % r.choice(["mois", "molit", "city", "gu", "gun"])]))
    b.append(("p", tail))
    tel = "전화번호 %s  전송 %s  / %s@%s" % (office(r), office(r), r.choice(["hong", "kim", "lee", "park", "min"]) + str(r.randint(1, 99)), r.choice(["korea.kr", "korea.kr"]))
    if fld:
        tel += "  / " + fld if not fld.startswith("/") else "  " + fld
    b.append(("p", tel))
    return b

MARKS = {
 "대외비": ["대 외 비", "[대외비]", "《대외비》", "대외비", "보안등급: 대외비", "대외비(보호기간: {d}까지)", "{d}까지 대외비"],
 "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "III급비밀"],
 "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "Ⅱ 급 비 밀", "II급 비밀", "2급 비밀"],
 "I급": ["Ⅰ급비밀", "Ⅰ 급 비 밀", "I급 비밀"],
}
def mark(d, r, level, y):
    exp = "%d. 12. 31." % (y + r.choice([1, 2, 3, 5]))
    s = r.choice(MARKS[level]).format(d=exp)
    where = r.choice(["top", "top+bottom", "header+footer", "header", "cell", "top+bottom", "footer+top"])
    if where in ("top", "top+bottom", "footer+top"):
        d["blocks"].insert(0, ("p", s))
    if where == "top+bottom":
        d["blocks"].append(("p", s))
    if where.startswith("header"):
        d["header"] = s
    if "footer" in where:
        d["footer"] = s
    if where == "cell":
        d["blocks"].insert(0, ("kv", [("보안등급", s.replace("보안등급: ", "")), ("관리번호", "%d-%03d" % (y, r.randint(1, 300)))]))
    d["cues"].append({"cue": s, "where": where})
    if level != "대외비":
        if r.random() < 0.7:
            g = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀"}[level]
            e = r.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (exp, g), "예고문 : %s 이후 %s 해제(일반문서로 재분류)" % (exp, g), "예고문: %s까지 %s, 이후 Ⅲ급비밀로 재분류" % (exp, g) if level != "III급" else "예고문: %s 파기" % exp])
            d["blocks"].append(("p", e)); d["cues"].append({"cue": e, "where": "bottom"})
        if r.random() < 0.6:
            c = "사본번호: %d" % r.randint(1, 12) if r.random() < .5 else "사본 제 %d 호 (총 %d부)" % (r.randint(1, 4), r.randint(4, 8))
            d["blocks"].insert(0 if d["blocks"] and r.random() < .5 else len(d["blocks"]), ("p", c)); d["cues"].append({"cue": c, "where": "top/bottom"})
    elif r.random() < 0.35:
        e = "보호기간: %s까지" % exp
        d["blocks"].append(("p", e)); d["cues"].append({"cue": e, "where": "bottom"})
    return s

# ---------------------------------------------------------------- PUBLIC
def t_press(r):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["central", "local", "fire", "police"])
    topics = [("겨울철 화재 예방 집중 홍보 기간 운영", "난방기구 사용이 늘어나는 시기에 맞춰 전통시장과 노후 주택을 중심으로 합동 점검을 벌인다."),
              ("생활 속 정보공개 우수사례 공모 결과 발표", "접수된 사례 가운데 심사를 거쳐 최우수 1건과 우수 3건을 뽑았다."),
              ("청년 월세 지원 신청 접수 시작", "만 19세부터 34세까지 무주택 청년을 대상으로 최대 12개월간 월 20만 원을 지원한다."),
              ("어린이 보호구역 교통안전 시설 확충", "올해 예산을 들여 과속 단속 카메라와 노란 신호등을 추가로 설치한다."),
              ("민방위 사이버 교육 시스템 개편", "교육 대상자는 모바일로도 이수할 수 있게 되며 이수 확인은 즉시 발급된다."),
              ("폭염 대비 무더위 쉼터 운영 확대", "경로당과 행정복지센터 등을 쉼터로 지정하고 운영 시간을 밤 9시까지 늘린다."),
              ("보이스피싱 예방 캠페인 실시", "금융기관과 함께 고령층을 대상으로 찾아가는 예방 교육을 연다."),
              ("공공데이터 개방 목록 추가 공개", "주차장, 공중화장실 등 생활 밀착형 데이터 40종을 새로 연다.")]
    t, s = r.choice(topics)
    b = [("p", r.choice(["보 도 자 료", "보도자료", "보도참고자료"])),
         ("kv", [("보도 일시", "%s %s 이후" % (date(r, y, 0), r.choice(["06:00", "12:00", "배포 즉시"]))), ("배포 일시", date(r, y, 0))]),
         ("p", t), ("p", "- %s -" % s[:30]),
         ("p", "□ %s(%s)은 %s" % (ag, head_of(ag)[len(ag):].strip() + " " + name(r), s)),
         ("p", "□ 이번 조치는 지난해 시행 결과를 분석해 보완한 것으로, 자세한 내용은 누리집 공지사항에서 확인할 수 있다."),
         ("p", "○ %s 관계자는 \"시민 불편이 없도록 현장 안내를 강화하겠다\"고 밝혔다." % dept),
         ("t", [["담당 부서", "책임자", "담당자"], [dept, "과장 %s (%s)" % (name(r), office(r)), "주무관 %s (%s)" % (name(r), office(r))]])]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="보도자료", agency=ag, year=y, kind="press",
             why="보도자료; 담당 공무원 성명·직통전화만 있음(제9조 제1항 제6호 라목)", deciding="content: 보도자료")

def t_notice(r):
    y = r.randint(1998, 2026); ag, dept, adr = agency(r, ["local", "public", "central", "edu"])
    k = r.choice(["입찰", "모집", "고시", "열람"])
    no = r.choice(["공고 제%d-%d호" % (y, r.randint(1, 900)), "%s 공고 제%d - %d호" % (ag.split()[-1], y, r.randint(1, 900)), "고시 제%d-%d호" % (y, r.randint(1, 90))])
    if k == "입찰":
        body = ["1. 입찰에 부치는 사항", "가. 건명: %s" % r.choice(["청사 냉난방설비 교체공사", "행정정보시스템 유지관리 용역", "공용차량 임차", "CCTV 통합관제센터 장비 구매"]),
                "나. 기초금액: 금%s원(부가가치세 포함)" % money(r, 20000, 900000), "다. 입찰방식: 제한경쟁, 총액, 전자입찰(적격심사)",
                "2. 참가자격: 「지방자치단체를 당사자로 하는 계약에 관한 법률 시행령」 제13조에 따른 자격을 갖춘 자",
                "3. 입찰서 제출: 국가종합전자조달시스템(나라장터) 공고번호 %d%07d-00" % (y, r.randint(0, 9999999)),
                "4. 기타 문의: %s 계약담당 %s" % (dept, office(r))]
    elif k == "모집":
        body = ["%s 기간제 근로자를 아래와 같이 모집합니다." % r.choice(["산불감시원", "재활용 선별원", "민원안내 도우미", "방역 인력"]),
                "가. 모집인원: %d명  나. 근무기간: %d. 3. 1.~%d. 11. 30." % (r.randint(2, 30), y, y), "다. 제출서류: 응시원서(별지 서식), 주민등록초본 1부",
                "라. 유의사항: 제출된 서류는 반환하지 않으며 개인정보는 채용 목적 외에 사용하지 않습니다."]
    elif k == "고시":
        body = ["「국토의 계획 및 이용에 관한 법률」 제30조에 따라 %s 도시관리계획(%s)을 결정하고 같은 법 제32조에 따라 지형도면을 고시합니다." % (ag, r.choice(["용도지구 변경", "도로 신설", "공원 조성"])),
                "1. 위치: %s 일원  2. 면적: %s㎡" % (r.choice(["○○동 123-4", "△△리 산 56", "□□동 78"]), money(r, 1, 90, 1000)), "3. 관계도서: %s %s에 비치하여 일반에게 보입니다." % (ag, dept)]
    else:
        body = ["%s에 관한 공람을 실시하오니 의견이 있는 분은 기간 내 서면으로 제출하여 주시기 바랍니다." % r.choice(["환경영향평가서 초안", "도시재생 활성화계획(안)", "개발제한구역 관리계획(안)"]),
                "가. 공람기간: %d일간  나. 공람장소: %s 민원실 및 누리집" % (r.choice([14, 30]), ag)]
    b = [("p", ag + " " + no), ("p", r.choice(["%s 공고" % k, "공 고", "%s 안내 공고" % k]))] + [("p", x) for x in body] + [("p", date(r, y, 1)), ("p", head_of(ag))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공고", agency=ag, year=y, kind="notice", why="공고·고시문은 일반에 공표되는 문서", deciding="content: 공고")

def t_info_guide(r):
    y = r.randint(2006, 2026); ag, dept, adr = agency(r, ["central", "local", "public"])
    cits = ["「공공기관의 정보공개에 관한 법률」 제9조 제1항 제5호", "법 제9조제1항제6호", "정보공개법 제9조①4", "같은 법 제9조 1항 7호", "제9조 제1항 제1호", "정보공개법 §9①Ⅷ"]
    r.shuffle(cits)
    b = [("p", r.choice(["%d년 정보공개 업무 안내서" % y, "정보공개 실무 매뉴얼(개정판)", "정보공개 처리 요령 안내"])), ("p", ag + " " + dept),
         ("p", "Ⅰ. 비공개 대상 정보의 판단"),
         ("p", "○ 공공기관이 보유·관리하는 정보는 공개가 원칙이며, 비공개는 %s 등 법에 열거된 사유에 해당하는 경우에 한정됩니다." % cits[0]),
         ("t", [["호", "요지", "처리 예시"], ["1호", "다른 법률 또는 법률이 위임한 명령에 따른 비밀·비공개", "보안업무규정에 따른 Ⅲ급비밀 문서 → 비공개(1)"],
                ["4호", "진행 중인 재판·수사 관련", "수사기록 → 비공개(4)"], ["5호", "감사·의사결정 과정 등", "내부 검토 중인 계획안 → 비공개(5)"],
                ["6호", "개인에 관한 사항", "민원인 주소·연락처 가림 → 부분공개(6)"], ["7호", "법인 등의 경영·영업상 비밀", "업체 원가자료 → 비공개(7)"]]),
         ("p", "○ 공개 구분은 문서 생산 시 '공개', '부분공개(6)', '비공개(5)'와 같이 표시하고, 기록물 등록 시에는 'NNNNNYNN'처럼 8자리로 적습니다."),
         ("p", "○ 대외비나 비밀로 지정된 문서라도 보호기간이 지나 일반문서로 재분류되면 공개 여부를 다시 판단해야 합니다(%s 참고)." % cits[1]),
         ("p", "○ 청구인 성명·주소 등은 결정통지 외의 목적으로 쓰지 않습니다. 문의: %s %s" % (dept, office(r)))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="안내서", agency=ag, year=y, kind="guide", mention=True,
             cues=[{"cue": "비공개(5), 부분공개(6), Ⅲ급비밀, 대외비 (quoted examples)", "where": "body/table"}],
             why="정보공개 업무 안내서: 비공개 사유·표시를 예시로 언급만 함", deciding="mention-only in guide")

def t_sec_edu(r):
    y = r.randint(2003, 2026); ag, dept, adr = agency(r, ["central", "local", "police", "public"])
    b = [("p", r.choice(["보안업무 실무 교육자료", "%d년 상반기 보안교육 교재" % y, "비밀·대외비 취급 요령"])), ("p", "%s %s" % (ag, dept)),
         ("p", "1. 비밀의 구분: 「보안업무규정」에 따라 비밀은 Ⅰ급, Ⅱ급, Ⅲ급으로 나누며, 누설될 경우 국가안전보장에 미치는 영향에 따라 등급을 정한다."),
         ("p", "2. 대외비: 비밀 외에 직무 수행상 특별히 보호가 필요한 사항은 같은 규정 시행규칙에 따라 '대외비'로 표시하고 열람 범위를 제한한다."),
         ("p", "3. 표시 방법 예시"),
         ("t", [["구분", "표시 위치", "예"], ["비밀 문서", "각 면 위·아래 가운데", "Ⅲ급비밀 / 예고문: %d. 12. 31.까지 Ⅲ급비밀, 이후 일반문서로 재분류" % (y + 2)],
                ["대외비", "첫 면 위쪽", "대외비 (보호기간: %d. 12. 31.까지)" % (y + 1)], ["사본", "첫 면 오른쪽 위", "사본번호: 2"]]),
         ("p", "4. 유의 사항: 비밀번호를 포함한 접근 권한 정보는 타인과 공유하지 않으며, 출력물은 세단기로 파기한다."),
         ("p", "※ 이 교육자료는 일반에 공개되는 자료로 실제 비밀 내용은 담고 있지 않음.") if r.random() < .5 else ("p", "문의: %s %s" % (dept, office(r)))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="교육자료", agency=ag, year=y, kind="training", mention=True,
             cues=[{"cue": "Ⅲ급비밀 / 대외비 / 예고문 (examples in table)", "where": "table"}], why="보안교육 자료: 등급 표시 방법을 예시로 설명할 뿐 자체 분류 없음", deciding="mention-only in training material")

def t_declass(r):
    y = r.randint(2000, 2025); ag, dept, adr = agency(r, ["central", "local", "police"])
    lv = r.choice(["Ⅱ급비밀", "Ⅲ급비밀", "대외비", "3급 비밀"])
    body = ["1. %s 기록물 재분류 결과를 다음과 같이 알려드립니다." % ag,
            "2. %d년에 생산되어 %s(으)로 관리되던 「%s」 등 %d건은 보호기간이 끝나 %s 일반문서로 재분류하였으며, 공공기록물법에 따른 공개 재분류 심의를 거쳐 공개로 변경하였습니다." % (y - r.randint(10, 30), lv, r.choice(["비상대비 업무 계획", "시설 경비 개선 계획", "대민 홍보 대책"]), r.randint(2, 40), date(r, y, 0)),
            "3. 열람을 원하는 분은 %s 기록관으로 신청하시기 바랍니다." % ag]
    b = gm(r, y, ag, dept, adr, r.choice(["비밀 해제 및 공개 재분류 결과 알림", "보존기록물 공개 재분류 결과 공고", "재분류 기록물 목록 통보"]), body,
           fld=field(r, "공개", [], y), attach="재분류 목록 1부." if r.random() < .6 else None)
    b.append(("t", [["연번", "기록물철 제목", "종전 분류", "변경"], ["1", "비상대비 업무 추진 계획", lv, "일반문서·공개"], ["2", "○○시설 경비 보강 검토", lv, "일반문서·공개"]]))
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="declass", mention=True,
             cues=[{"cue": lv + " (종전 분류로 언급)", "where": "body/table"}], why="비밀 해제·공개 재분류 통보: 종전 등급을 언급만 함", deciding="mention-only (declassified)")

def t_stats(r):
    y = r.randint(1999, 2026); ag, dept, adr = agency(r, ["central", "local", "fire", "police", "edu"])
    kind = r.choice(["info", "fire", "minwon", "traffic"])
    if kind == "info":
        rows = [["구분", "청구", "공개", "부분공개", "비공개", "비공개 주요 사유"]]
        for q in ["1분기", "2분기", "3분기", "4분기"]:
            a = r.randint(200, 900); p = r.randint(10, 90); n = r.randint(5, 40)
            rows.append([q, str(a), str(a - p - n), str(p), str(n), r.choice(["제%d조 제1항 제6호" % (9 if y >= 2004 else 7), "제5호", "제4호·제6호"])])
        t = "%d년 정보공개 청구 처리 현황" % y
    elif kind == "fire":
        rows = [["월", "화재 건수", "인명피해(명)", "재산피해(천원)"]] + [[str(m) + "월", str(r.randint(20, 140)), str(r.randint(0, 12)), money(r, 100, 9000, 1)] for m in range(1, 7)]
        t = "%d년 상반기 화재 발생 통계" % y
    elif kind == "minwon":
        rows = [["민원 유형", "접수", "처리", "처리기간 내 처리율"]] + [[k, str(r.randint(100, 5000)), str(r.randint(90, 4999)), "%d.%d%%" % (r.randint(90, 99), r.randint(0, 9))] for k in ["건축·주택", "교통·주차", "환경·위생", "세무", "복지"]]
        t = "%d년 민원 처리 실적" % y
    else:
        rows = [["구분", "발생", "사망", "부상"]] + [[k, str(r.randint(50, 900)), str(r.randint(0, 20)), str(r.randint(40, 1300))] for k in ["보행자", "이륜차", "어린이", "고령자"]]
        t = "%d년 교통사고 발생 현황" % y
    b = [("p", t), ("p", "(기준일: %s, 단위: 건)" % date(r, y, 0)), ("t", rows),
         ("p", "※ 자료: %s %s. 통계 수치는 잠정치로 추후 변경될 수 있음." % (ag, dept))]
    if r.random() < .4:
        b.append(("p", "※ 비공개 건은 주로 개인정보(제6호)와 진행 중인 수사(제4호) 관련이며, 비밀로 분류된 자료에 대한 청구는 %d건임." % r.randint(0, 5)))
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="통계", agency=ag, year=y, kind="stats", mention=(kind == "info"),
             cues=[{"cue": "제9조 제1항 제6호 등 (statistics column)", "where": "table"}] if kind == "info" else [], why="집계 통계표; 개인 식별 불가", deciding="content: aggregate statistics")

def t_cover(r):
    y = r.randint(1997, 2026); ag, dept, adr = agency(r, ["central", "local", "police"])
    lv = r.choice(["Ⅲ급비밀", "3급 비밀", "Ⅱ급비밀", "대외비"])
    body = ["1. 관련: %s %s-%d(%s)" % (r.choice(["행정안전부", "충청북도", "△△지방경찰청"]), r.choice(["비상대비훈련과", "비상기획관", "경비과"]), num(r), date(r, y, 0)),
            "2. 위 호와 관련하여 %s을(를) 제출합니다." % r.choice(["%d년 을지연습 기관별 계획", "통합방위 협의회 운영 결과", "국가중요시설 점검 결과"]).replace("%d", str(y)),
            "3. 붙임 자료는 %s(으)로 분류되어 있으므로 이 공문에 첨부하지 않고 비밀 취급 인가자를 통하여 별도 송부(인편)하오니 수령 후 접수 처리하여 주시기 바랍니다." % lv]
    b = gm(r, y, ag, dept, adr, r.choice(["자료 제출", "요구 자료 송부", "계획 제출(별도 송부)"]), body, attach="붙임 자료 1부(별도 송부)." if r.random() < .5 else None,
           fld=field(r, "공개", [], y) if r.random() < .6 else None)
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="cover", mention=True,
             cues=[{"cue": lv + " (attachment sent separately)", "where": "body"}], why="송부 공문만 있고 비밀 첨부물은 별도 송부; 공문 자체는 분류 없음", deciding="mention-only (cover letter)")

def t_password(r):
    y = r.randint(2008, 2026); ag, dept, adr = agency(r, ["central", "local", "public", "edu"])
    body = ["1. %s 행정포털 및 업무관리시스템 보안 강화를 위해 비밀번호 변경을 안내합니다." % ag,
            "2. 변경 기한: %s까지. 기한 내 변경하지 않으면 접속이 제한됩니다." % date(r, y, 0),
            "3. 비밀번호는 영문·숫자·특수문자를 섞어 9자리 이상으로 하고, 직전에 쓴 비밀번호는 다시 쓸 수 없습니다.",
            "4. 비밀번호를 메모지에 적어 모니터에 붙이는 행위는 보안 점검 때 지적 대상입니다."]
    b = gm(r, y, ag, dept, adr, r.choice(["정기 비밀번호 변경 안내", "업무용 PC 비밀번호 변경 알림"]), body, recv="각 부서장", fld=field(r, "공개", [], y) if r.random() < .5 else None)
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="password", mention=True,
             cues=[{"cue": "비밀번호", "where": "title/body"}], why="'비밀번호' 안내일 뿐 비밀 표시 아님", deciding="no marking; generic notice")

def t_appoint(r):
    y = r.randint(1996, 2026); ag, dept, adr = agency(r, ["central", "local"])
    rows = [["성명", "발령 사항", "현 소속"]]
    for _ in range(r.randint(3, 7)):
        rows.append([name(r), r.choice(["부이사관(3급) 승진임용", "서기관(4급)에 임함", "%s 과장에 보함" % r.choice(["총무", "세정", "건축"]), "고위공무원단 나등급 직위에 보함", "지방행정사무관(5급) 승진"]), r.choice(["기획조정실", "행정지원국", "민원실", "도시국"])])
    b = [("p", "인 사 발 령" if r.random() < .5 else "%s 인사발령(%s자)" % (ag, date(r, y, 0))), ("t", rows),
         ("p", "※ 1급(관리관)·2급(이사관) 직위는 별도 발령 예정."), ("p", head_of(ag))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="인사발령", agency=ag, year=y, kind="appoint", mention=True,
             cues=[{"cue": "3급/1급 (civil-service grades)", "where": "table"}], why="공무원 인사발령: 직무상 성명·직위 공개 대상; '3급'은 직급", deciding="grades not markings")

def t_coop(r):
    y = r.randint(2004, 2026); ag, dept, adr = agency(r, ["central", "local", "edu", "fire", "public"])
    subj = r.choice([("%d년 지역안전협의회 개최 알림" % y, ["1. %s 지역안전협의회를 아래와 같이 개최하오니 위원께서는 참석하여 주시기 바랍니다." % ag, "가. 일시: %s 14:00  나. 장소: 본관 3층 소회의실" % date(r, y, 0), "다. 안건: 여름철 풍수해 대비 추진상황 점검"]),
                     ("공유재산 실태조사 자료 제출 요청", ["1. 「공유재산 및 물품 관리법」 제47조에 따라 공유재산 실태조사를 실시합니다.", "2. 각 부서에서는 관리 중인 토지·건물 현황을 붙임 서식에 작성하여 %s까지 제출하여 주시기 바랍니다." % date(r, y, 0)]),
                     ("청사 승강기 정기검사에 따른 운행 중지 안내", ["1. 승강기 안전관리법에 따른 정기검사를 위해 %s 09:00부터 12:00까지 2호기 운행을 멈춥니다." % date(r, y, 0), "2. 방문 민원인 안내에 협조 바랍니다."]),
                     ("학교 급식 위생 점검 계획 알림", ["1. 하절기 식중독 예방을 위하여 관내 학교 급식시설 위생 점검을 실시합니다.", "2. 점검 대상: 초·중학교 %d개교, 점검반: 교육지원청과 시 위생과 합동" % r.randint(10, 60)]),
                     ("공공도서관 휴관 일정 통보", ["1. 자료실 서가 교체 공사로 %s부터 2주간 임시 휴관합니다." % date(r, y, 0), "2. 반납은 무인반납기를 이용하도록 안내하여 주시기 바랍니다."])])
    fld = field(r, "공개", [], y)
    b = gm(r, y, ag, dept, adr, subj[0], subj[1], fld=fld, attach=r.choice([None, "참석자 명단 1부.", "작성 서식 1부."]))
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="coop", field=fld,
             cues=[{"cue": fld, "where": "footer field"}], why="일반 협조 공문, 공개 표시와 내용 일치", deciding="stated field agrees with content")

def t_interp(r):
    y = r.randint(2001, 2026); ag, dept, adr = agency(r, ["central"])
    q = r.choice([("주민등록법", "세대주가 아닌 세대원이 전입신고를 대신할 수 있는지"), ("건축법", "기존 건축물의 용도를 근린생활시설로 바꿀 때 주차장 기준을 새로 적용하는지"),
                  ("공공기관의 정보공개에 관한 법률", "청구인이 이미 공표된 자료를 다시 청구한 경우 정보공개 결정을 하여야 하는지"), ("지방공무원법", "휴직 중인 공무원이 겸직허가를 받을 수 있는지"),
                  ("개인정보 보호법", "민원인의 주민등록번호를 제23조·제24조와 관계없이 보관할 수 있는지")])
    b = [("p", r.choice(["법령해석 질의 회신", "질의 회신", "유권해석 회신"])), ("kv", [("질의 기관(인)", r.choice(["민원인 A", "○○시 □□과", "갑"])), ("관련 법령", "「%s」" % q[0]), ("회신일", date(r, y, 0))]),
         ("p", "1. 질의 요지: %s" % q[1]), ("p", "2. 회신: 관련 조항의 문언과 입법 취지를 고려하면, 원칙적으로 소관 행정청이 사실관계를 확인하여 개별적으로 판단할 사항이나, 일반적인 경우 가능하다고 보는 것이 타당합니다."),
         ("p", "3. 이유: 같은 법 시행령의 위임 범위, 종전 회신 사례(%s-%d, %d.)와의 일관성을 종합하였습니다." % (dept, num(r), y - 2)), ("p", "%s %s" % (ag, dept))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="법령해석", agency=ag, year=y, kind="interp", why="비식별화된 질의회신", deciding="content: anonymised")

def t_council(r):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local", "central", "edu"])
    who = r.choice(["국회 행정안전위원회 %s 의원" % name(r), "%s의회 %s 의원" % (ag.split()[-1], name(r)), "국정감사 요구자료(%s 위원)" % name(r)])
    rows = [["연도", "예산(백만원)", "집행액", "집행률"]] + [[str(y - k), money(r, 1, 90, 100), money(r, 1, 80, 100), "%d%%" % r.randint(60, 99)] for k in (3, 2, 1)]
    b = [("p", r.choice(["%d년도 국정감사 요구자료" % y, "의원 요구자료 제출", "서면질문 답변서"])), ("kv", [("요구자", who), ("요구 내용", r.choice(["최근 3년간 재난안전 특별교부세 집행 현황", "청사 임차료 지급 현황", "공무원 교육훈련 예산 집행 실적"])), ("작성 부서", dept), ("담당자", "주무관 %s %s" % (name(r), office(r)))]),
         ("t", rows), ("p", "※ %d년은 %s 기준 잠정치임." % (y - 1, date(r, y, 0)))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="국정감사·의회 자료", agency=ag, year=y, kind="council", why="의회 제출 집계 자료(의원·담당공무원 성명은 공적 활동)", deciding="content: aggregate figures")

def t_mandated(r):
    y = r.randint(2006, 2026); ag, dept, adr = agency(r, ["local", "central"])
    k = r.choice(["tax", "asset", "food"])
    if k == "tax":
        rows = [["연번", "성명(상호)", "나이", "주소", "체납액(천원)", "세목"]] + [[str(i + 1), name(r), str(r.randint(35, 80)), addr(r, False), money(r, 1000, 90000, 1), r.choice(["지방소득세", "재산세", "취득세"])] for i in range(r.randint(3, 6))]
        t = "%d년 고액·상습 체납자 명단 공개" % y; law = "「지방세징수법」 제11조"
    elif k == "asset":
        rows = [["소속", "직위", "성명", "본인과의 관계", "종류", "가액 변동(천원)"]] + [[ag, r.choice(["시장", "부시장", "실장", "구청장"]), name(r), r.choice(["본인", "배우자"]), r.choice(["건물", "예금", "토지"]), money(r, -90000, 90000, 1)] for _ in range(r.randint(3, 5))]
        t = "%d년 정기 재산변동사항 공개" % y; law = "「공직자윤리법」 제10조"
    else:
        rows = [["업소명", "소재지", "대표자", "위반 내용", "처분 내용"]] + [[r.choice(["맛나식당", "(주)한결푸드", "새봄분식", "동해수산"]), addr(r, False), name(r), r.choice(["유통기한 경과 제품 보관", "위생모 미착용", "건강진단 미실시"]), r.choice(["영업정지 7일", "과태료", "시정명령"])] for _ in range(r.randint(3, 5))]
        t = "식품위생법 위반업소 행정처분 공표"; law = "「식품위생법」 제84조"
    b = [("p", t), ("p", "%s에 따라 다음과 같이 공개합니다." % law), ("t", rows), ("p", "%s  %s" % (date(r, y, 0), head_of(ag)))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="법정 공개 명단", agency=ag, year=y, kind="mandated",
             cues=[{"cue": law, "where": "body"}], why="법령에 따라 공개하는 명단(제9조 제1항 제6호 가목): 개인정보가 있어도 공개", deciding="statutory publication")

def t_training(r):
    y = r.randint(2012, 2026); ag, dept, adr = agency(r, ["central", "local", "public", "edu"])
    b = [("p", r.choice(["개인정보 보호 직원 교육", "민원 서식 작성 요령", "개인정보 처리 실무 교육자료"])), ("p", ag + " " + dept),
         ("p", "○ 주민등록번호는 법령에서 구체적으로 요구하거나 허용한 경우에만 처리할 수 있습니다(개인정보 보호법 제24조의2)."),
         ("p", "○ 건강, 범죄경력 등 민감정보는 별도 동의 또는 법령 근거가 있어야 합니다(같은 법 제23조)."),
         ("t", [["작성 예시", "값"], ["성명", "홍길동"], ["주민등록번호", "000000-0000000"], ["연락처", "010-0000-0000"], ["주소", "○○시 ○○구 ○○로 00"]]),
         ("p", "○ 개인정보가 포함된 문서를 정보공개할 때에는 해당 부분을 가리고 부분공개합니다.")]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="교육자료", agency=ag, year=y, kind="training", mention=True,
             cues=[{"cue": "홍길동 / 000000-0000000 placeholders", "where": "table"}], why="예시 값만 있는 교육자료", deciding="placeholders only")

def t_facility(r):
    y = r.randint(1995, 2026); ag, dept, adr = agency(r, ["local", "fire"])
    rows = [["시설명", "소재지", "수용 인원", "유형"]] + [[r.choice(["○○초등학교 지하", "△△아파트 지하주차장", "시민회관 지하 1층", "□□역 대합실"]), r.choice(["○○동", "△△동", "□□읍"]) + " " + str(r.randint(1, 400)), str(r.randint(300, 5000)), r.choice(["공공용", "정부지원", "민간"])] for _ in range(r.randint(4, 7))]
    b = [("p", r.choice(["민방위 대피시설 지정 현황", "비상대피시설 안내", "무더위 쉼터 및 대피소 현황"])), ("p", "%s %s (%s 기준)" % (ag, dept, date(r, y, 0))), ("t", rows),
         ("p", "※ 비상시 가까운 대피시설 위치는 안전디딤돌 앱에서도 확인할 수 있습니다.")]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="시설 현황", agency=ag, year=y, kind="facility", why="주민 안내용으로 공표하는 대피시설 목록", deciding="content: public facility list")

def t_contract_list(r):
    y = r.randint(2008, 2026); ag, dept, adr = agency(r, ["local", "public", "edu"])
    rows = [["계약명", "계약 상대자", "계약 금액(원)", "계약 방법", "계약일"]] + [[r.choice(["청사 방역 용역", "홍보물 제작", "노후 보도블록 정비공사", "사무용 복합기 임차"]), r.choice(["(주)한빛엔지니어링", "새솔건설(주)", "㈜푸른기획", "대원종합상사"]), money(r, 5000, 200000), r.choice(["수의계약(1인 견적)", "제한경쟁", "일반경쟁"]), date(r, y, 2)] for _ in range(r.randint(3, 6))]
    b = [("p", "%d년 %d분기 %s" % (y, r.randint(1, 4), r.choice(["수의계약 체결 현황 공개", "계약정보 공개"]))), ("p", "「지방자치단체를 당사자로 하는 계약에 관한 법률」 제43조에 따른 계약정보 공개"), ("t", rows), ("p", "%s %s" % (ag, dept))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="계약 현황", agency=ag, year=y, kind="contract_list", why="법정 계약정보 공개; 업체명·금액만", deciding="statutory publication")

def t_overclass(r):
    y = r.randint(2004, 2026); ag, dept, adr = agency(r, ["local", "central", "edu"])
    codes = r.choice([[5], [6], [5, 6]]); kind = r.choice(["비공개", "부분공개"])
    fld = field(r, kind, codes, y)
    subj = r.choice([("시민 걷기대회 개최 계획 알림", ["1. 건강도시 조성을 위한 시민 걷기대회를 %s 하천 산책로 일원에서 개최합니다." % date(r, y, 0), "2. 참가 신청은 누리집에서 받으며, 각 부서는 소속 직원 참여를 독려하여 주시기 바랍니다."]),
                     ("자원봉사 포털 점검에 따른 서비스 일시 중단 안내", ["1. 시스템 점검으로 %s 22:00~24:00 자원봉사 포털 접속이 중단됩니다." % date(r, y, 0), "2. 누리집 공지와 함께 민원 안내에 참고하시기 바랍니다."]),
                     ("%d년 정보공개 담당자 교육 참석 안내" % y, ["1. 정보공개 담당자 역량 강화를 위한 교육을 아래와 같이 실시합니다.", "가. 교육 일시: %s 10:00  나. 장소: 청사 대강당" % date(r, y, 0)])])
    b = gm(r, y, ag, dept, adr, subj[0], subj[1], fld=fld)
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="overclass", field=fld,
             cues=[{"cue": fld, "where": "footer field"}], why="공개 구분이 %s(으)로 잘못 표시되었으나 내용은 이미 공표되는 행사·안내로 비공개 사유 없음; 내용 우선" % kind, deciding="content overrides stated field")

def t_guide(r):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["fire", "local", "central", "police"])
    t, items = r.choice([("지진 발생 시 국민행동요령", ["탁자 아래로 들어가 몸을 보호합니다.", "흔들림이 멈추면 가스와 전기를 차단합니다.", "계단을 이용해 밖으로 나가 넓은 공간으로 대피합니다."]),
                         ("주택용 소방시설 설치 안내", ["단독주택과 공동주택(아파트 제외)에는 소화기와 단독경보형 감지기를 설치해야 합니다.", "감지기는 구획된 방마다 천장에 1개씩 설치합니다."]),
                         ("정보공개 청구 방법 안내", ["정보공개포털에서 청구서를 작성합니다.", "공개 여부는 10일 이내에 결정하며 부득이한 경우 10일 연장될 수 있습니다.", "비공개 결정에 불복하면 이의신청·행정심판·행정소송을 제기할 수 있습니다."]),
                         ("실종아동 발생 시 신고 요령", ["즉시 112로 신고합니다.", "아이의 인상착의와 최근 사진을 준비합니다."])])
    b = [("p", t), ("p", ag)] + [("p", "%d. %s" % (i + 1, x)) for i, x in enumerate(items)] + [("p", "문의: %s (%s)" % (dept, r.choice(["119", "110", "182", office(r)])))]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="안내문", agency=ag, year=y, kind="guide", why="대국민 안내문", deciding="content: public guide")

def t_min_public(r):
    y = r.randint(2010, 2026); ag, dept, adr = agency(r, ["local", "council"])
    b = [("p", r.choice(["도시계획위원회 회의록(공개본)", "제%d회 %s 본회의 회의록 요지" % (r.randint(100, 330), ag)])), ("kv", [("일시", date(r, y, 0) + " 14:00"), ("장소", "본관 대회의실"), ("참석", "위원 %d명(위원장 포함)" % r.randint(9, 25))]),
         ("p", "○ 안건 1: %s 지구단위계획 변경(안) — 원안 가결" % r.choice(["○○지구", "△△역세권", "□□산업단지"])),
         ("p", "위원A: 보행 동선과 공공기여 비율을 다시 검토할 필요가 있음."), ("p", "위원B: 교통영향 분석 결과 반영 여부를 확인하였음."),
         ("p", "○ 안건 2: %s — 조건부 가결(녹지 비율 상향)" % r.choice(["공원 조성계획", "도로 선형 변경"])),
         ("p", "※ 발언 위원은 「○○시 도시계획 조례」에 따라 익명 처리하여 공개함.")]
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="회의록", agency=ag, year=y, kind="minutes_public", why="심의 종료 후 익명 처리된 공개본 회의록", deciding="anonymised minutes")

def t_old_public(r):
    y = r.randint(1995, 2003); ag, dept, adr = agency(r, ["local", "central"])
    body = [r.choice(["1. 관내 도로 포장 공사로 인하여 아래와 같이 교통을 통제하오니 협조하여 주시기 바랍니다.", "1. 95년도 하반기 새마을 청소 운동 추진 계획을 다음과 같이 시달합니다.", "1. 민원봉사실 운영 시간을 다음과 같이 조정하였음을 알려드립니다."]),
            "  가. 기간 : %d. %d. %d. ~ %d. %d. %d." % (y, 4, r.randint(1, 15), y, 5, r.randint(1, 28)), "  나. 구간 : %s 앞 ~ %s 사거리" % (r.choice(["시청", "군청", "역전"]), r.choice(["중앙", "시장", "터미널"]))]
    fld = field(r, "공개", [], y)
    b = gm(r, y, ag, dept, adr, r.choice(["교통통제 협조", "청소 운동 추진 계획 시달", "민원실 운영시간 조정 알림"]), body, fld=fld)
    return D(blocks=b, disclosure="public", marking="none", reasons=[], genre="공문", agency=ag, year=y, kind="old_public", field=fld,
             cues=[{"cue": fld, "where": "bottom"}], why="1990년대 일반 공문, 공개 표시 일치", deciding="stated field agrees", ocr=True)

# ---------------------------------------------------------------- PARTIAL
def _P(b, ag, y, kind, genre, reasons, why, cues=None, field_=None, deciding=None, ocr_=False):
    return D(blocks=b, disclosure="partial", marking="none", reasons=sorted(reasons), genre=genre, agency=ag, year=y, kind=kind, why=why,
             cues=cues or [], field=field_, deciding=deciding or "content: personal data removable", ocr=ocr_)

def p_minwon(r):
    y = r.randint(1998, 2026); ag, dept, adr = agency(r, ["local", "public", "edu"])
    n = name(r); a = addr(r); ph = mobile(r)
    body = ["1. 귀하께서 %s 제출하신 민원(%s)에 대한 처리 결과를 알려드립니다." % (date(r, y, 0), r.choice(["불법 주정차 단속 요청", "도로 파손 신고", "소음 관련 진정", "가로등 고장 신고"])),
            "2. 현장을 확인한 결과 %s" % r.choice(["해당 구간에 단속 카메라를 추가 설치하기로 하였습니다.", "보수 공사를 마쳤습니다.", "소음 측정치가 기준 이내였으나 계도 조치를 하였습니다."]),
            "3. 처리 결과에 이의가 있으면 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다."]
    b = [("p", "민원 처리 결과 통지"), ("kv", [("민원인", n), ("주소", a), ("연락처", ph), ("접수번호", "1AA-%02d%02d-%07d" % (y % 100, r.randint(1, 12), r.randint(0, 9999999)))])] + \
        gm(r, y, ag, dept, adr, "민원 처리 결과 알림", body, recv="%s 귀하" % n, fld=None)
    return _P(b, ag, y, "minwon", "민원 처리", ["OIDA-9-1-6"], "민원인 성명·주소·휴대전화만 가리면 공개 가능", cues=[{"cue": "민원인 성명/주소/휴대전화", "where": "cells"}])

def p_contract(r):
    y = r.randint(2003, 2026); ag, dept, adr = agency(r, ["public", "local", "edu"])
    bank, acc = account(r); rep = name(r)
    b = [("p", r.choice(["용역 계약서", "물품 구매 계약서", "공사 도급 계약서"])),
         ("kv", [("계약명", r.choice(["청사 시설물 유지관리 용역", "홍보영상 제작", "체육관 바닥 보수공사"])), ("계약금액", "금 %s원정" % money(r, 3000, 400000)), ("계약기간", "%d. 3. 1. ~ %d. 12. 31." % (y, y)),
                 ("발주기관(갑)", "%s (%s)" % (ag, adr)), ("계약상대자(을)", r.choice(["(주)한빛엔지니어링", "새솔건설", "푸른기획"])), ("대표자", rep), ("대표자 휴대전화", mobile(r)),
                 ("사업자등록번호", brn(r)), ("대금 지급 계좌", "%s %s (예금주 %s)" % (bank, acc, rep))]),
         ("p", "제1조(목적) 갑과 을은 위 계약에 관하여 상호 신의에 따라 성실히 이행한다."), ("p", "제2조(지체상금) 을이 계약기간 내에 의무를 이행하지 못한 경우 지체일수마다 계약금액의 1천분의 %s를 지체상금으로 낸다." % r.choice(["0.5", "1.25", "0.75"])),
         ("p", "%s  갑 %s  을 대표 %s (인)" % (date(r, y, 1), head_of(ag), rep))]
    return _P(b, ag, y, "contract", "계약서", ["OIDA-9-1-6"], "계약 내용은 공개, 개인사업자 대표 휴대전화·계좌만 가림", cues=[{"cue": "대표자 휴대전화/계좌", "where": "cells"}])

def p_hearing(r):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["local", "public"])
    rows = [["성명", "주소(동)", "연락처", "의견 요지"]] + [[name(r), r.choice(["○○동", "△△리", "□□동"]), mobile(r), r.choice(["소음 저감 대책 요구", "보상 기준 설명 요청", "찬성", "진입로 확장 요구"])] for _ in range(r.randint(3, 6))]
    b = [("p", r.choice(["주민설명회 결과 보고", "공청회 개최 결과"])), ("p", "1. 사업명: %s" % r.choice(["○○천 정비사업", "△△ 공공하수처리시설 증설", "국도 우회도로 건설"])),
         ("p", "2. 일시·장소: %s, %s 주민센터" % (date(r, y, 0), r.choice(["○○동", "□□읍"]))), ("p", "3. 주요 의견 및 조치 계획"), ("t", rows),
         ("p", "4. 향후 계획: 제출 의견을 검토하여 실시설계에 반영하고 결과를 누리집에 게시함.")]
    return _P(b, ag, y, "hearing", "회의록", ["OIDA-9-1-6"], "설명회 결과는 공개, 참석 주민 성명·연락처 가림", cues=[{"cue": "주민 성명·휴대전화 표", "where": "table"}])

def p_compens(r):
    y = r.randint(1996, 2026); ag, dept, adr = agency(r, ["public", "local"])
    full = r.random() < .6
    rows = [["소유자", "주민등록번호", "주소", "지번", "보상금(원)"]] + [[name(r), rrn(r) if full else rrn_masked(r), addr(r, False), "%s %d-%d" % (r.choice(["○○동", "△△리"]), r.randint(1, 900), r.randint(1, 20)), money(r, 1000, 900000)] for _ in range(r.randint(2, 5))]
    body = ["1. %s 사업에 편입되는 토지에 대하여 「공익사업을 위한 토지 등의 취득 및 보상에 관한 법률」 제16조에 따라 보상 협의를 요청합니다." % r.choice(["○○ 도시계획도로 개설", "△△ 배수펌프장 건설", "□□ 산업단지 조성"]),
            "2. 협의 기간: %s까지  3. 협의가 성립되지 않으면 같은 법에 따른 수용재결을 신청할 수 있습니다." % date(r, y, 0)]
    b = gm(r, y, ag, dept, adr, "손실보상 협의 요청", body, recv="토지소유자 귀하") + [("t", rows)]
    rs = ["OIDA-9-1-6"] + (["PIPA-24"] if full else [])
    return _P(b, ag, y, "compens", "보상", rs, "보상 절차 내용은 공개, 소유자 인적사항%s 가림" % (" 및 주민등록번호(전체)" if full else "(번호는 마스킹됨)"), cues=[{"cue": "주민등록번호 " + ("unmasked" if full else "masked"), "where": "table"}])

def p_mislabel(r):
    y = r.randint(2004, 2026); ag, dept, adr = agency(r, ["local", "edu", "public"])
    rows = [["성명", "주민등록번호", "은행", "계좌번호", "지급액(원)"]]
    for _ in range(r.randint(3, 6)):
        bk, ac = account(r); rows.append([name(r), rrn(r, 1955, 2001), bk, ac, money(r, 50, 900)])
    fld = field(r, "공개", [], y)
    b = gm(r, y, ag, dept, adr, r.choice(["%s 수당 지급" % r.choice(["자문위원", "명예감시원", "재능기부 강사"]), "참여자 활동비 지급 결의"]),
           ["1. %d년 %d월 활동 실적에 따라 수당을 다음과 같이 지급하고자 합니다." % (y, r.randint(1, 12)), "2. 지급 근거: %s 위원회 조례 제%d조" % (ag, r.randint(5, 15))], recv="내부결재", fld=fld) + [("t", rows)]
    return _P(b, ag, y, "mislabel", "지출 결의", ["OIDA-9-1-6", "PIPA-24"], "'공개' 표시였으나 주민등록번호 전체·계좌가 있어 부분공개; 내용 우선",
              cues=[{"cue": fld, "where": "footer field"}, {"cue": "주민등록번호 전체", "where": "table"}], field_=fld, deciding="content overrides stated 공개 (t_mislabeled)")

def p_travel(r):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["central", "local", "public"])
    rows = [["소속", "직급", "성명", "여권번호", "생년월일"]] + [[dept, r.choice(["사무관", "주무관", "서기관"]), name(r), passport(r), date(r, r.randint(1965, 1995), 0)] for _ in range(r.randint(2, 4))]
    b = [("p", r.choice(["공무국외출장 계획", "국외출장 결과 보고", "국외연수 계획(안)"])), ("kv", [("출장 목적", r.choice(["스마트시티 사례 조사", "재난관리 국제회의 참석", "기록관리 선진사례 벤치마킹"])), ("출장국", r.choice(["일본", "싱가포르", "독일·네덜란드", "미국"])), ("기간", "%s ~ (5박 7일)" % date(r, y, 0)), ("소요 예산", money(r, 3000, 30000) + "원")]),
         ("p", "1. 출장자"), ("t", rows), ("p", "2. 주요 일정: 관계 기관 방문, 현장 시찰, 결과 공유회 개최"), ("p", "3. 기대 효과: 우리 기관 정책에 적용할 수 있는 시사점 도출")]
    return _P(b, ag, y, "travel", "출장 보고", ["OIDA-9-1-6", "PIPA-24"], "출장 내용·예산 공개, 여권번호·생년월일 가림", cues=[{"cue": "여권번호", "where": "table"}])

def p_award(r):
    y = r.randint(1999, 2026); ag, dept, adr = agency(r, ["local", "fire", "police"])
    full = r.random() < .5; n = name(r)
    b = [("p", "공 적 조 서"), ("kv", [("성명", n), ("주민등록번호", rrn(r) if full else rrn_masked(r)), ("주소", addr(r)), ("연락처", mobile(r)), ("추천 포상", r.choice(["시장 표창", "의인상", "모범시민 표창"]))]),
         ("p", "공적 요지: %s" % r.choice(["화재 현장에서 이웃 주민 3명을 대피시키고 초기 진화에 힘씀", "20년간 홀몸 어르신 도시락 배달 봉사", "물에 빠진 어린이를 구조함"])),
         ("p", "위 사실을 확인함. %s  추천기관 %s" % (date(r, y, 1), ag))]
    rs = ["OIDA-9-1-6"] + (["PIPA-24"] if full else [])
    return _P(b, ag, y, "award", "포상", rs, "공적 내용은 공개, 수상 후보 인적사항 가림", cues=[{"cue": "주민등록번호", "where": "cell"}])

def p_lecturer(r):
    y = r.randint(2008, 2026); ag, dept, adr = agency(r, ["central", "local", "edu"])
    bk, ac = account(r); n = name(r)
    b = [("p", "외부강사 강의료 지급 조서"), ("t", [["강의명", "일시", "강사", "소속", "주민등록번호", "지급 계좌", "지급액"], [r.choice(["청렴 교육", "갑질 예방 교육", "적극행정 교육"]), date(r, y, 0), n, r.choice(["○○대학교", "프리랜서", "△△연구소"]), rrn_masked(r), "%s %s" % (bk, ac), money(r, 200, 800) + "원"]]),
         ("p", "「공무원 교육훈련 강사수당 지급 기준」에 따라 위와 같이 지급하고자 함."), ("p", "%s %s" % (ag, dept))]
    return _P(b, ag, y, "lecturer", "지출 결의", ["OIDA-9-1-6"], "강의 정보·금액 공개, 강사 계좌(번호 마스킹됨) 가림", cues=[{"cue": "계좌·마스킹된 주민번호", "where": "table"}])

def p_permit(r):
    y = r.randint(1997, 2026); ag, dept, adr = agency(r, ["local"])
    n = name(r)
    body = ["1. 귀하께서 신청하신 %s에 대하여 관계 법령 검토 결과 %s하였음을 알려드립니다." % (r.choice(["건축허가", "일반음식점 영업신고", "옥외광고물 표시 허가", "개발행위허가"]), r.choice(["허가", "수리", "조건부 허가"])),
            "2. 대지 위치: %s" % addr(r, False), "3. 신청인: %s (%s)" % (n, mobile(r)), "4. 허가 조건: 공사 착수 전 착공신고를 하여야 합니다."]
    b = gm(r, y, ag, dept, adr, r.choice(["건축허가 처리 알림", "영업신고 수리 통보", "허가 처리 결과 통보"]), body, recv="%s 귀하" % n)
    return _P(b, ag, y, "permit", "인허가", ["OIDA-9-1-6"], "처분 내용은 공개, 신청인 성명·연락처 가림", cues=[{"cue": "신청인 성명·휴대전화", "where": "body"}])

def p_stated_partial(r):
    y = r.randint(2004, 2026); ag, dept, adr = agency(r, ["local", "public"])
    fld = field(r, "부분공개", [6], y)
    rows = [["민원인", "연락처", "조사 결과"]] + [[name(r), mobile(r), r.choice(["누수 확인, 보수 완료", "해당 없음", "악취 원인 시설 개선 권고"])] for _ in range(r.randint(2, 4))]
    b = gm(r, y, ag, dept, adr, "현장 조사 결과 보고", ["1. 접수된 공동 민원에 대해 현장 조사를 실시하였습니다.", "2. 조사 결과 및 조치 내용은 아래와 같습니다."], recv="내부결재", fld=fld) + [("t", rows)]
    return _P(b, ag, y, "stated_partial", "민원 처리", ["OIDA-9-1-6"], "부분공개(6) 표시와 내용(민원인 개인정보) 일치", cues=[{"cue": fld, "where": "footer field"}], field_=fld, deciding="stated field agrees with content")

def p_decision_notice(r):
    y = r.randint(2006, 2026); ag, dept, adr = agency(r, ["central", "local", "police"])
    n = name(r)
    b = [("p", "정보 [ ]공개 [√]부분공개 [ ]비공개 결정 통지서"), ("kv", [("청구인 성명", n), ("주소", addr(r)), ("접수번호", "%d%07d" % (y, r.randint(0, 9999999))), ("청구 내용", r.choice(["○○공원 조성사업 설계 용역 보고서", "%d년 업무추진비 집행 내역" % (y - 1), "□□교차로 교통영향평가 검토의견"]))]),
         ("p", "공개 내용: 청구 정보 중 아래 부분을 제외하고 공개"), ("p", "비공개 내용 및 사유: 개인의 성명·연락처 — 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제6호"),
         ("p", "불복 방법: 결정 통지를 받은 날부터 30일 이내에 이의신청할 수 있습니다."), ("p", "%s  %s" % (date(r, y, 1), head_of(ag)))]
    return _P(b, ag, y, "decision_notice", "정보공개 결정통지", ["OIDA-9-1-6"], "결정통지서는 비공개 사유를 언급만 하며, 청구인 인적사항만 가리면 됨",
              cues=[{"cue": "제9조 제1항 제6호 (quoted)", "where": "body"}, {"cue": "청구인 성명·주소", "where": "cells"}])

def p_reward(r):
    y = r.randint(2011, 2026); ag, dept, adr = agency(r, ["central", "local", "police"])
    n = name(r); bk, ac = account(r)
    b = [("p", r.choice(["공익신고 보상금 지급 결정 통지", "신고포상금 지급 결정"])), ("kv", [("신고인", n), ("생년월일", date(r, r.randint(1955, 1999), 0)), ("지급액", money(r, 100, 20000) + "원"), ("지급 계좌", "%s %s" % (bk, ac))]),
         ("p", "신고 내용: %s" % r.choice(["쓰레기 불법 투기", "불법 유턴 차량 신고", "보조금 부정수급"])), ("p", "근거: %s 포상금 지급 조례 제%d조" % (ag, r.randint(3, 12))), ("p", head_of(ag))]
    return _P(b, ag, y, "reward", "보상금", ["OIDA-9-1-6"], "지급 결정 내용 공개, 신고인 인적사항·계좌 가림", cues=[{"cue": "신고인 성명·계좌", "where": "cells"}])

def p_old_roster(r):
    y = r.randint(1995, 2003); ag, dept, adr = agency(r, ["local"])
    rows = [["성명", "주민등록번호", "주소", "배치 구역"]] + [[name(r), rrn(r, 1935, 1975), addr(r, False), r.choice(["○○산", "△△봉", "□□저수지"])] for _ in range(r.randint(3, 5))]
    b = gm(r, y, ag, dept, adr, r.choice(["산불감시원 채용 결과 보고", "공공근로사업 참여자 선발 보고"]),
           ["1. %d년 봄철 산불 예방 대책의 일환으로 산불감시원을 아래와 같이 채용하였기에 보고합니다." % y, "2. 근무기간 및 보수: %d. 2. 1. ~ 5. 15., 일급 %s원" % (y, money(r, 20, 45))], recv="○○도지사(산림과장)", fld=None) + [("t", rows)]
    return _P(b, ag, y, "old_roster", "공문", ["OIDA-9-1-6", "PIPA-24"], "채용 결과 보고 자체는 공개 가능, 참여자 주민번호·주소 가림", cues=[{"cue": "주민등록번호 전체", "where": "table"}], ocr_=True)

# ---------------------------------------------------------------- NON_PUBLIC, marked
def _N(b, ag, y, kind, genre, reasons, why, cues=None, field_=None, deciding=None, marking="none"):
    return D(blocks=b, disclosure="non_public", marking=marking, reasons=sorted(reasons), genre=genre, agency=ag, year=y, kind=kind, why=why,
             cues=cues or [], field=field_, deciding=deciding or "content", ocr=False)

def m_daeoebi(r):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["central", "local", "public", "police", "edu"])
    v = r.choice([("조직개편(안) 내부 검토", ["○ 현행 %d국 %d과 체제를 국 단위로 통합하는 방안과 과 단위 조정안 두 가지를 비교함." % (r.randint(3, 7), r.randint(15, 40)), "○ 노조 협의 전이므로 외부 유출 시 혼선 우려, 검토안은 확정 전까지 관계자 외 열람 금지.", "○ 1안 선호, 정원 감축 규모 %d명은 협의 결과에 따라 조정" % r.randint(5, 40)], ["OIDA-9-1-5"], "의사결정 과정"),
                  ("임금·단체협약 교섭 대응 방안", ["○ 노조 요구안(기본급 %d%% 인상) 대비 수용 가능 범위는 %d%%로 설정." % (r.randint(5, 9), r.randint(1, 4)), "○ 교섭 결렬 시 조정 신청 일정, 단계별 대응 논리 정리.", "○ 본 문서는 교섭 종료 시까지 대외비로 관리."], ["OIDA-9-1-5"], "교섭 전략"),
                  ("%d년 종합감사 착수 계획" % y, ["○ 감사 대상: %s 등 %d개 부서, 중점 점검 사항: 보조금 정산, 수의계약 분할 여부." % (r.choice(["세정과", "건축과", "체육시설관리사업소"]), r.randint(3, 9)), "○ 사전 누설 시 자료 은폐 우려가 있어 감사 착수 전까지 대외비로 취급."], ["OIDA-9-1-5"], "감사 계획"),
                  ("입찰 예정가격 결정 조서", ["○ 기초금액 대비 복수예비가격 15개 산정, 추첨 결과 예정가격 %s원." % money(r, 10000, 900000), "○ 개찰 전 누설 금지(「국가계약법 시행령」 제7조의2 취지)."], ["OIDA-9-1-5"], "예정가격"),
                  ("고위직 인사 검증 결과", ["○ 후보자 %s: 음주운전 처분 전력(%d년) 확인, 재산 형성 과정 소명 필요." % (name(r), y - r.randint(2, 10)), "○ 후보자 %s: 특이사항 없음." % name(r)], ["OIDA-9-1-5", "OIDA-9-1-6", "PIPA-23"], "인사 검증"),
                  ("수사 협조 요청에 따른 자료 제공", ["○ %s 수사과 요청에 따라 %s 관련 계약 서류 사본 %d종 제공." % (r.choice(["○○경찰서", "△△지방검찰청"]), r.choice(["보조금 횡령 의혹", "입찰 담합"]), r.randint(3, 12)), "○ 수사 진행 중이므로 제공 사실 및 자료 목록은 대외비로 관리."], ["OIDA-9-1-4"], "수사 관련"),
                  ("청사 경비 및 출입통제 보강 계획", ["○ 정문·후문 출입 통제 시간대, 경비 인력 배치 위치와 CCTV 사각지대 %d곳 보완." % r.randint(2, 9), "○ 비상 연락망 및 방호 동선은 붙임 도면 참조."], ["OIDA-9-1-3"], "시설 방호")])
    title, lines, rs, sub = v
    b = [("p", title), ("p", "%s %s  %s" % (ag, dept, date(r, y, 0)))] + [("p", x) for x in lines]
    fld = None
    if r.random() < .35:
        fld = field(r, "비공개", [int(x[-1]) for x in rs if x.startswith("OIDA")] or [6], y); b.append(("p", fld))
    d = _N(b, ag, y, "daeoebi_" + sub, "내부 보고", rs, "대외비 표시 + %s 내용 (대외비는 1호 아님)" % sub, field_=fld, marking="대외비")
    s = mark(d, r, "대외비", y); d["deciding"] = "marking: " + s
    return d

def m_secret(r, level=None):
    level = level or r.choice(["III급", "III급", "II급"])
    y = r.randint(1995, 2026); ag, dept, adr = agency(r, ["central", "local", "police", "fire"])
    v = r.choice([("%d년 을지연습 기관 세부 시행계획" % y, ["1. 연습 기간 중 전시 직제 편성: 비상대책본부 %d개 반." % r.randint(4, 9), "2. 전시 대비 주요 자원(차량 %d대, 유류 %s리터) 동원 절차." % (r.randint(20, 200), money(r, 1, 90)), "3. 상황실 위치 및 대체 지휘소 좌표 별첨."], ["OIDA-9-1-1", "OIDA-9-1-2"]),
                  ("통합방위 작전 지원 계획", ["1. 관할 지역 취약 지점 %d곳과 초동 조치 부대 배치." % r.randint(3, 15), "2. 침투 상황별 예비군·경찰 협조 체계."], ["OIDA-9-1-1", "OIDA-9-1-2"]),
                  ("국가중요시설 방호 계획", ["1. %s 방호 구역 및 경계 초소 %d개소 배치도." % (r.choice(["정수장", "변전소", "항만 유류저장시설"]), r.randint(3, 12)), "2. 테러 위협 시 병력 증원 절차와 출입 통제 요령."], ["OIDA-9-1-1", "OIDA-9-1-3"]),
                  ("충무계획 자원관리 현황", ["1. 중점관리대상 업체 %d개 및 전시 생산 품목." % r.randint(5, 40), "2. 동원 대상 인력·장비 지정 현황."], ["OIDA-9-1-1", "OIDA-9-1-2"]),
                  ("전시 주민 소개(疏開) 계획", ["1. 소개 경로 %d개와 집결지." % r.randint(2, 6), "2. 단계별 발령 기준과 협조 기관."], ["OIDA-9-1-1", "OIDA-9-1-2"])])
    title, lines, rs = v
    b = [("p", title), ("p", "%s %s" % (ag, dept))] + [("p", x) for x in lines]
    fld = None; contrary = False
    u = r.random()
    if u < .25:
        fld = field(r, "비공개", [1, 2] if "OIDA-9-1-2" in rs else [1, 3], y); b.append(("p", fld))
    elif u < .35:
        fld = field(r, "공개", [], y); b.append(("p", fld)); contrary = True
    d = _N(b, ag, y, "secret", "비밀 문서", rs, "비밀 표시(보안업무규정) + 국가안보/시설 내용" + ("; 공개 표시는 내용·표시와 모순 → 무시" if contrary else ""), field_=fld, marking=level)
    s = mark(d, r, level, y); d["deciding"] = "marking: " + s
    return d

# ---------------------------------------------------------------- NON_PUBLIC, content only
def _C(r, b, ag, y, kind, genre, rs, why, cue, stated=None):
    fld = None
    if stated:
        fld = stated; b.append(("p", fld))
    d = _N(b, ag, y, kind, genre, rs, why, cues=[{"cue": cue, "where": "body"}] + ([{"cue": fld, "where": "bottom field"}] if fld else []), field_=fld,
           deciding="content: " + cue)
    return d

def c_discipline(r, stated=None):
    y = r.randint(1998, 2026); ag, dept, adr = agency(r, ["local", "central", "edu", "police"])
    n = name(r); dui = r.random() < .6
    fact = ("%s 혈중알코올농도 0.%03d%% 상태로 승용차를 운전하다 적발되어 %s법원에서 벌금 %s원의 약식명령을 받음" % (date(r, y - 1, 0), r.randint(30, 180), r.choice(["○○지방", "△△지방"]), money(r, 300, 1500))) if dui else \
           "직무 관련 업체로부터 %s원 상당의 향응을 받고 감독 업무를 소홀히 함" % money(r, 100, 3000)
    b = [("p", r.choice(["징 계 의 결 서", "징계의결서", "징계 의결 요구서"])), ("kv", [("소속", ag + " " + dept), ("직급", r.choice(["지방행정주사", "행정주사보", "경위", "교사"])), ("성명", n)]),
         ("p", "의결 주문: " + r.choice(["정직 1개월", "감봉 3개월", "견책", "강등"])), ("p", "이유: 위 사람은 " + fact + "하였는바, 이는 %s법 제%d조 위반으로 징계사유에 해당한다." % (r.choice(["지방공무원", "국가공무원"]), r.choice([55, 63, 61]))),
         ("p", "%s  %s 인사위원회 위원장" % (date(r, y, 1), ag))]
    return _C(r, b, ag, y, "discipline", "징계", ["OIDA-9-1-6"] + (["PIPA-23"] if dui else []), "특정 공무원의 징계 사항" + (" 및 형사처벌 전력" if dui else ""), "징계 대상자 성명 + 비위 사실", stated)

def c_sickleave(r, stated=None):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local", "central", "edu", "fire"])
    b = [("p", r.choice(["질병휴직 허가", "병가 승인 신청", "휴직 심의 결과"])), ("kv", [("성명", name(r)), ("소속", dept), ("휴직 기간", "%s부터 %d개월" % (date(r, y, 0), r.randint(1, 12)))]),
         ("p", "사유: %s 진단(%s 발행 진단서)에 따라 요양이 필요함." % (r.choice(["우울에피소드", "요추 추간판 탈출증", "갑상선 악성 신생물", "공황장애"]), r.choice(["○○대학교병원", "△△의원"]))),
         ("p", "「%s」 제%d조에 따라 위와 같이 허가함." % (r.choice(["지방공무원법", "국가공무원법"]), r.choice([63, 71])))]
    return _C(r, b, ag, y, "sickleave", "인사(복무)", ["OIDA-9-1-6", "PIPA-23"], "특정인 진단명이 있는 휴직 결정", "진단명 + 성명", stated)

def c_union(r, stated=None):
    y = r.randint(2006, 2026); ag, dept, adr = agency(r, ["local", "public", "edu"])
    rows = [["성명", "소속", "공제액(원)"]] + [[name(r), r.choice(["총무과", "세무과", "환경과", "민원과"]), money(r, 10, 40, 1000)] for _ in range(r.randint(4, 8))]
    b = [("p", "%d년 %d월 %s 조합비 급여 공제 명단" % (y, r.randint(1, 12), r.choice(["공무원노동조합", "노동조합 지부"]))), ("t", rows), ("p", "급여 담당 %s" % dept)]
    return _C(r, b, ag, y, "union", "급여", ["OIDA-9-1-6", "PIPA-23"], "노동조합 가입 사실이 드러나는 개인 명단", "조합비 공제 명단", stated)

def c_invest(r, stated=None):
    y = r.randint(1999, 2026); ag, dept, adr = agency(r, ["police"])
    b = [("p", r.choice(["수사 진행 상황 보고", "내사 결과 보고", "사건 송치 전 검토 보고"])), ("kv", [("사건번호", "%d-%06d" % (y, r.randint(0, 999999))), ("피의자", "%s(%d세, %s)" % (name(r), r.randint(20, 70), r.choice(["무직", "회사원", "자영업"]))), ("죄명", r.choice(["사기", "업무상횡령", "특수절도", "보조금관리법 위반"]))]),
         ("p", "수사 사항: 계좌 거래 내역 %d건 분석 완료, 참고인 %s 진술 확보, 추가 압수수색 영장 신청 예정." % (r.randint(20, 300), name(r))), ("p", "향후 계획: 공범 여부 확인 후 %s까지 송치 예정." % date(r, y, 0))]
    return _C(r, b, ag, y, "invest", "수사", ["OIDA-9-1-4", "OIDA-9-1-6"], "진행 중인 수사 기록 및 피의자·참고인 정보", "진행 중 수사 + 피의자 성명", stated)

def c_audit_qa(r, stated=None):
    y = r.randint(2002, 2026); ag, dept, adr = agency(r, ["local", "central", "edu", "public"])
    n = name(r)
    b = [("p", "문 답 서"), ("p", "%s 감사와 관련하여 %s %s을(를) 상대로 다음과 같이 문답하다." % (r.choice(["보조금 집행 실태", "수의계약 분할", "초과근무수당 부정수령"]), dept, n)),
         ("p", "문: 진술인은 %d년 해당 업무를 담당한 사실이 있는가요?" % (y - 1)), ("p", "답: 예, 주무관으로 담당하였습니다."),
         ("p", "문: 같은 업체와 %d차례 나누어 계약한 이유는 무엇인가요?" % r.randint(2, 6)), ("p", "답: 예산 배정 시기가 달라 그렇게 하였으나 검토가 부족했던 것은 인정합니다."),
         ("p", "위 진술 내용을 읽어 주었던바 틀림없다고 하므로 서명하게 하다. 진술인 %s (서명)  감사담당 %s" % (n, name(r)))]
    return _C(r, b, ag, y, "audit_qa", "감사", ["OIDA-9-1-5", "OIDA-9-1-6"], "진행 중 감사의 문답서(관련자 진술)", "감사 문답서", stated)

def c_litig(r, stated=None):
    y = r.randint(2003, 2026); ag, dept, adr = agency(r, ["local", "central", "public"])
    b = [("p", r.choice(["소송 수행 검토 의견", "항소 여부 검토 보고", "소송 대응 방안"])), ("kv", [("사건", "%s%d%s%d" % (r.choice(["서울행정법원 ", "○○지방법원 ", ""]), y, r.choice(["구합", "가합", "누"]), r.randint(100, 99999))), ("원고", r.choice(["(주)○○개발", "주민 A 외 12명"])), ("피고", head_of(ag))]),
         ("p", "1. 쟁점: 처분 사유의 추가·변경 허용 여부, 재량권 일탈 여부."), ("p", "2. 검토: 1심 판단 중 절차 하자 부분은 다툴 여지가 적으나, 실체 판단은 승소 가능성이 %d%% 수준으로 판단됨." % r.randint(30, 70)),
         ("p", "3. 의견: 소송수행자와 협의하여 %s 방향으로 준비서면 작성 예정." % r.choice(["항소", "조정 수용", "추가 증거 제출"]))]
    return _C(r, b, ag, y, "litig", "소송", ["OIDA-9-1-4"], "진행 중 재판의 소송 전략", "진행 중 재판 대응 전략", stated)

def c_welfare(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["local"])
    n = name(r)
    b = [("p", r.choice(["통합사례관리 상담일지", "위기가구 초기 상담 기록지", "기초생활보장 수급자 상담 기록"])), ("kv", [("대상자", n), ("연령", str(r.randint(40, 88))), ("주소", addr(r)), ("상담일", date(r, y, 0))]),
         ("p", "상담 내용: 대상자는 %s으로 근로가 어렵고, 월세 %d개월 체납 상태임. 자녀와 연락 두절." % (r.choice(["당뇨 합병증", "알코올 의존 치료 중", "뇌경색 후유증"]), r.randint(2, 8))),
         ("p", "조치: 긴급생계지원 신청, 정신건강복지센터 연계, 다음 방문 %s." % date(r, y, 0)), ("p", "상담자 사회복지주무관 %s" % name(r))]
    return _C(r, b, ag, y, "welfare", "복지 사례관리", ["OIDA-9-1-6", "PIPA-23"], "특정 복지 대상자 사례 기록(건강 정보 포함)", "대상자 상담 기록", stated)

def c_tb(r, stated=None):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local"])
    full = r.random() < .5
    rows = [["성명", "주민등록번호", "진단명", "신고일", "관리 상태"]] + [[name(r), rrn(r, 1940, 2000) if full else rrn_masked(r), r.choice(["폐결핵", "잠복결핵", "쯔쯔가무시증", "C형간염"]), date(r, y, 2), r.choice(["치료 중", "완치", "전원"])] for _ in range(r.randint(3, 6))]
    b = [("p", r.choice(["감염병 환자 관리 대장", "결핵 환자 등록 관리 현황"])), ("p", "%s %s" % (ag, dept)), ("t", rows)]
    return _C(r, b, ag, y, "disease", "보건", ["OIDA-9-1-6", "PIPA-23"] + (["PIPA-24"] if full else []), "환자 명부(건강정보)", "환자 명부", stated)

def c_schoolviolence(r, stated=None):
    y = r.randint(2012, 2026); ag, dept, adr = agency(r, ["edu"])
    b = [("p", r.choice(["학교폭력대책심의위원회 회의록", "학교폭력 사안 조사 보고서"])), ("kv", [("사안번호", "%d-%03d" % (y, r.randint(1, 300))), ("관련 학생", "피해 %s(%d학년), 가해 %s 외 %d명" % (name(r), r.randint(1, 6), name(r), r.randint(1, 3)))]),
         ("p", "위원 의견: 지속성·고의성이 인정되어 %s 조치가 적절함." % r.choice(["제4호 사회봉사", "제2호 접촉 금지", "제6호 출석정지 5일"])), ("p", "표결 결과: 찬성 %d, 반대 %d" % (r.randint(4, 8), r.randint(0, 3)))]
    return _C(r, b, ag, y, "schoolviolence", "교육(학교폭력)", ["OIDA-9-1-5", "OIDA-9-1-6"], "학생 식별 가능한 심의 내용", "학교폭력 심의 내용", stated)

def c_policyreview(r, stated=None):
    y = r.randint(1999, 2026); ag, dept, adr = agency(r, ["central", "local", "public"])
    b = [("p", r.choice(["정책 대안 검토(내부)", "추진 방향 검토 보고", "쟁점 사항 검토"])), ("p", "%s %s" % (ag, dept)),
         ("p", "1. 검토 배경: %s 관련 민원이 늘고 상급기관 지침 변경이 예고됨." % r.choice(["공영주차장 요금", "쓰레기 수거 체계", "버스 노선 개편"])),
         ("p", "2. 대안: 1안(요금 인상 %d%%) / 2안(단계적 인상) / 3안(현행 유지). 각 안의 재정 효과와 반발 예상 수준 비교." % r.randint(5, 30)),
         ("p", "3. 의견: 2안이 현실적이나 시장 보고 후 최종 결정 필요. 결정 전 외부 공개 시 불필요한 논란 우려.")]
    return _C(r, b, ag, y, "policyreview", "내부 검토", ["OIDA-9-1-5"], "의사결정 과정 중인 내부 검토", "결정 전 대안 검토", stated)

def c_tradesecret(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["public", "local"])
    rows = [["항목", "단가(원)", "수량", "금액(원)"]] + [[k, money(r, 1, 900, 10), str(r.randint(1, 500)), money(r, 100, 90000)] for k in ["재료비", "노무비", "경비", "일반관리비", "이윤"]]
    b = [("p", r.choice(["원가계산서(업체 제출)", "기술제안서 세부 원가 자료", "생산 공정 및 원가 명세"])), ("p", "제출: %s (영업비밀 표시)" % r.choice(["(주)한빛엔지니어링", "㈜대성테크", "새솔건설"])), ("t", rows),
         ("p", "※ 특허 출원 전 공정도 및 협력사 납품 단가 포함.")]
    return _C(r, b, ag, y, "tradesecret", "계약(업체 자료)", ["OIDA-9-1-7"], "법인의 경영·영업상 비밀", "업체 원가·공정 자료", stated)

def c_ems(r, stated=None):
    y = r.randint(2003, 2026); ag, dept, adr = agency(r, ["fire"])
    b = [("p", "구급활동일지"), ("kv", [("출동일시", date(r, y, 2) + " %02d:%02d" % (r.randint(0, 23), r.randint(0, 59))), ("환자 성명", name(r)), ("나이/성별", "%d/%s" % (r.randint(1, 95), r.choice("남여"))), ("발생 장소", addr(r))]),
         ("p", "주 증상: %s. 의식 %s, 혈압 %d/%d." % (r.choice(["흉통", "호흡곤란", "의식저하", "자상(좌측 전완부)"]), r.choice(["명료", "혼미"]), r.randint(80, 180), r.randint(50, 110))),
         ("p", "처치: 산소투여, %s. 이송 병원: %s" % (r.choice(["정맥로 확보", "지혈", "심전도 감시"]), r.choice(["○○대학교병원", "△△의료원"]))), ("p", "구급대원 소방교 %s" % name(r))]
    return _C(r, b, ag, y, "ems", "소방(구급)", ["OIDA-9-1-6", "PIPA-23"], "환자 건강정보가 있는 구급기록", "환자 성명 + 증상", stated)

def c_cdroster(r, stated=None):
    y = r.randint(1995, 2015); ag, dept, adr = agency(r, ["local"])
    rows = [["성명", "주민등록번호", "주소", "편성"]] + [[name(r), rrn(r, 1960, 1990), addr(r, False), r.choice(["1반", "2반", "기술지원대"])] for _ in range(r.randint(4, 7))]
    b = [("p", "%d년 민방위대원 편성 명부" % y), ("p", "%s %s" % (ag, r.choice(["○○동 민방위대", "△△읍 민방위대"]))), ("t", rows)]
    return _C(r, b, ag, y, "cdroster", "민방위", ["OIDA-9-1-6", "PIPA-24"], "개인정보로만 이루어진 명부", "대원 명부(주민번호)", stated)

def c_evaluation(r, stated=None):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local", "central", "public"])
    rows = [["성명", "직급", "평정점", "순위", "등급"]] + [[name(r), r.choice(["6급", "7급", "5급"]), "%d.%d" % (r.randint(60, 99), r.randint(0, 9)), str(i + 1), r.choice("SAB")] for i in range(r.randint(4, 7))]
    b = [("p", r.choice(["근무성적평정 결과", "성과평가 등급 결정(안)", "승진후보자 명부 작성 자료"])), ("t", rows), ("p", "평정자 의견: 상위 등급 비율 조정 필요.")]
    return _C(r, b, ag, y, "evaluation", "인사(평정)", ["OIDA-9-1-5", "OIDA-9-1-6"], "개인별 평정 결과", "개인별 평정점", stated)

def c_interview(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["local", "public", "edu"])
    b = [("p", "면접 평가표"), ("kv", [("응시번호", "%d-%03d" % (y, r.randint(1, 400))), ("응시자", name(r)), ("면접위원", "위원 %s" % name(r))]),
         ("t", [["평가 항목", "점수"], ["공직관", str(r.randint(3, 10))], ["전문성", str(r.randint(3, 10))], ["의사표현", str(r.randint(3, 10))]]), ("p", "종합 의견: %s" % r.choice(["답변이 구체적이나 직무 이해가 부족함", "우수", "태도 불량"]))]
    return _C(r, b, ag, y, "interview", "채용", ["OIDA-9-1-5", "OIDA-9-1-6"], "응시자별 면접 점수", "응시자 평가", stated)

def c_crimrec(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["police", "local"])
    b = [("p", r.choice(["범죄경력 조회 회보서", "범죄경력·수사경력 조회 결과"])), ("kv", [("조회 대상", name(r)), ("조회 목적", r.choice(["공무원 임용 결격사유 확인", "아동 관련 기관 취업제한 확인"])), ("회보 결과", r.choice(["%d년 도로교통법 위반(음주운전) 벌금 %s원" % (y - 5, money(r, 300, 1500)), "%d년 폭행 기소유예" % (y - 3)]))]),
         ("p", "위와 같이 회보합니다. %s" % ag)]
    return _C(r, b, ag, y, "crimrec", "범죄경력", ["OIDA-9-1-6", "PIPA-23"], "개인의 범죄경력", "범죄경력 회보", stated)

def c_dv(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["police"])
    b = [("p", r.choice(["가정폭력 사건 처리 보고", "112 신고 사건 처리표"])), ("kv", [("신고 일시", date(r, y, 2)), ("신고자", name(r) + " (" + mobile(r) + ")"), ("행위자", name(r)), ("발생지", addr(r))]),
         ("p", "처리: 현장 분리 조치, 임시조치 신청 검토, 피해자 보호시설 연계."), ("p", "재발 위험성 평가: %s" % r.choice(["높음", "중간"]))]
    return _C(r, b, ag, y, "dv", "경찰(112)", ["OIDA-9-1-4", "OIDA-9-1-6"], "진행 중 사건 및 피해자·행위자 신원", "사건 당사자 신원", stated)

def c_landplan(r, stated=None):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local", "central", "public"])
    b = [("p", r.choice(["신규 택지 후보지 검토(미발표)", "개발사업 대상지 선정 검토"])), ("p", "1. 후보지: %s 일원 약 %s㎡ 등 %d곳" % (r.choice(["○○동 산 12", "△△리 200"]), money(r, 10, 900, 1000), r.randint(2, 5))),
         ("p", "2. 지가 동향: 최근 거래 증가, 발표 전 정보 유출 시 투기 우려"), ("p", "3. 향후 일정: 관계기관 협의 후 %s 발표 예정" % date(r, y, 0))]
    return _C(r, b, ag, y, "landplan", "도시·토지", ["OIDA-9-1-5", "OIDA-9-1-8"], "발표 전 개발 후보지(특정인 이익 우려)", "미발표 후보지", stated)

def c_mental(r, stated=None):
    y = r.randint(2008, 2026); ag, dept, adr = agency(r, ["local"])
    b = [("p", "정신건강 상담 기록"), ("kv", [("내담자", name(r)), ("연락처", mobile(r)), ("회기", "%d회차" % r.randint(1, 12))]),
         ("p", "주 호소: %s. 자해 위험 %s." % (r.choice(["수면장애와 불안", "가족 갈등 후 우울감", "직장 내 괴롭힘 후 공황"]), r.choice(["낮음", "중간"]))), ("p", "계획: 정신건강의학과 연계, 2주 후 재상담.")]
    return _C(r, b, ag, y, "mental", "보건(정신건강)", ["OIDA-9-1-6", "PIPA-23"], "내담자 건강정보", "상담 기록", stated)

def c_audit_prep(r, stated=None):
    y = r.randint(2004, 2026); ag, dept, adr = agency(r, ["central", "local", "edu"])
    b = [("p", r.choice(["%d년 국정감사 예상 질의 및 대응 논리(내부용)" % y, "행정사무감사 대응 전략"])), ("p", "1. 예상 쟁점: %s" % r.choice(["산하기관 채용 특혜 의혹", "사업비 이월 과다", "민간위탁 재계약 특혜"])),
         ("p", "2. 대응 논리: 절차상 문제는 없었음을 강조하되 개선 계획을 함께 제시."), ("p", "3. 불리한 자료 요구 시 제출 범위 협의 필요.")]
    return _C(r, b, ag, y, "audit_prep", "국정감사·의회 자료", ["OIDA-9-1-5"], "의회 대응 내부 전략", "대응 전략 메모", stated)

def c_injury(r, stated=None):
    y = r.randint(2005, 2026); ag, dept, adr = agency(r, ["central", "fire", "police"])
    b = [("p", r.choice(["공무상 요양 승인 심의 결과", "재해보상 심의 의결서"])), ("kv", [("신청인", "%s %s" % (r.choice(["소방장", "경사", "주무관"]), name(r))), ("상병명", r.choice(["좌측 슬관절 전방십자인대 파열", "외상 후 스트레스 장애", "요추 염좌"]))]),
         ("p", "심의 결과: 공무 수행과 상당인과관계가 %s되어 %s함." % (r.choice(["인정", "부정"]), r.choice(["승인", "불승인"])))]
    return _C(r, b, ag, y, "injury", "재해보상", ["OIDA-9-1-6", "PIPA-23"], "공무원 개인 상병 정보", "상병명 + 성명", stated)

def c_disability(r, stated=None):
    y = r.randint(2000, 2026); ag, dept, adr = agency(r, ["local"])
    b = [("p", "장애 정도 심사 결과 통보"), ("kv", [("성명", name(r)), ("주민등록번호", rrn_masked(r)), ("장애 유형", r.choice(["지체", "시각", "정신", "신장"]))]),
         ("p", "심사 결과: %s(종전 결정 유지). 재판정 시기: %d년" % (r.choice(["심한 장애", "심하지 않은 장애"]), y + 2))]
    return _C(r, b, ag, y, "disability", "복지(장애)", ["OIDA-9-1-6", "PIPA-23"], "개인 장애 정보", "장애 판정", stated)

def c_stated_public_discipline(r):
    d = c_discipline(r, stated=None)
    fld = field(r, "공개", [], d["year"])
    d["blocks"].append(("p", fld)); d["field"] = fld; d["kind"] = "discipline_mislabeled"
    d["cues"].append({"cue": fld, "where": "bottom field"})
    d["why"] += "; '공개' 표시는 내용과 모순 → 내용 우선"; d["deciding"] = "content overrides stated 공개"
    return d

def c_with_field(fn):
    def g(r):
        d = fn(r)
        codes = sorted(int(x[-1]) for x in d["reasons"] if x.startswith("OIDA"))
        fld = field(r, "비공개", codes, d["year"])
        d["blocks"].append(("p", fld)); d["field"] = fld; d["cues"].append({"cue": fld, "where": "bottom field"})
        d["deciding"] = "stated field agrees with content"
        return d
    g.__name__ = fn.__name__ + "_fld"
    return g

# ---------------------------------------------------------------- schedule
def lv(level):
    def g(r):
        return m_secret(r, level)
    g.__name__ = "m_secret_" + level
    return g

SCHEDULE = [
 (t_press, 10), (t_notice, 6), (t_info_guide, 5), (t_sec_edu, 5), (t_declass, 5), (t_stats, 6), (t_cover, 4), (t_password, 3), (t_appoint, 5),
 (t_coop, 8), (t_interp, 5), (t_council, 5), (t_mandated, 6), (t_training, 3), (t_facility, 4), (t_contract_list, 4), (t_overclass, 5), (t_guide, 4),
 (t_min_public, 3), (t_old_public, 4),
 (p_minwon, 7), (p_contract, 6), (p_hearing, 5), (p_compens, 6), (p_mislabel, 5), (p_travel, 4), (p_award, 4), (p_lecturer, 4), (p_permit, 5),
 (p_stated_partial, 4), (p_decision_notice, 4), (p_reward, 3), (p_old_roster, 4),
 (m_daeoebi, 19), (lv("III급"), 7), (lv("II급"), 3), (lv("I급"), 2),
 (c_discipline, 4), (c_sickleave, 3), (c_union, 2), (c_invest, 3), (c_audit_qa, 3), (c_litig, 3), (c_welfare, 3), (c_tb, 3), (c_schoolviolence, 2),
 (c_policyreview, 3), (c_tradesecret, 2), (c_ems, 3), (c_cdroster, 2), (c_evaluation, 2), (c_interview, 2), (c_crimrec, 2), (c_dv, 2), (c_landplan, 2),
 (c_mental, 2), (c_audit_prep, 2), (c_injury, 2), (c_disability, 2),
 (c_with_field(c_policyreview), 1), (c_with_field(c_invest), 1), (c_with_field(c_evaluation), 1), (c_with_field(c_litig), 1), (c_stated_public_discipline, 2),
]
N_HWPX, N_PDF = 38, 62

# ---------------------------------------------------------------- rendering
def render_text(d, r):
    kvsep = r.choice([": ", " | ", "\t", "  ", " : "]); tsep = r.choice([" | ", "\t", "  ", "|"])
    runon = r.random() < 0.15
    lines = []
    if d["header"]:
        lines.append(d["header"])
    for b in d["blocks"]:
        if b[0] == "p":
            if runon and lines and r.random() < .4 and not b[1].startswith(("제목", "붙임")):
                lines[-1] = lines[-1] + " " + b[1]
            else:
                lines.append(b[1])
        elif b[0] == "kv":
            if r.random() < .3:
                lines.append(tsep.join("%s%s%s" % (k, kvsep, v) for k, v in b[1]))
            else:
                lines += ["%s%s%s" % (k, kvsep, v) for k, v in b[1]]
        elif b[0] == "t":
            lines += [tsep.join(row) for row in b[1]]
    if d["footer"]:
        lines.append(d["footer"])
    t = "\n".join(lines)
    if d.get("ocr") or r.random() < 0.06:
        t = ocr(t, r); d["ocr_applied"] = True
    return t

def hx(s):
    return escape(s)

FIXED = (2024, 1, 1, 0, 0, 0)
def zput(z, name_, data, store=False):
    zi = zipfile.ZipInfo(name_, FIXED)
    zi.compress_type = zipfile.ZIP_STORED if store else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data)

NS = 'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core"'
def hp_p(text, pid):
    return '<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p>' % (pid, hx(text))

def hp_tbl(rows, pid):
    nc = max(len(x) for x in rows)
    out = ['<hp:p id="%d" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:tbl id="%d" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2"><hp:sz width="42520" height="%d"/>' % (pid, pid + 1000, len(rows), nc, 1500 * len(rows))]
    for i, row in enumerate(rows):
        out.append("<hp:tr>")
        for j in range(nc):
            c = row[j] if j < len(row) else ""
            out.append('<hp:tc borderFillIDRef="2"><hp:subList vertAlign="CENTER"><hp:p id="0" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0"><hp:t>%s</hp:t></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="1" rowSpan="1"/><hp:cellSz width="%d" height="1500"/></hp:tc>' % (hx(c), j, i, 42520 // nc))
        out.append("</hp:tr>")
    out.append("</hp:tbl></hp:run></hp:p>")
    return "".join(out)

def write_hwpx(d, path):
    paras = []
    ctrl = '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0"><hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="5669" right="5669" top="4252" bottom="4252"/></hp:pagePr></hp:secPr>'
    if d["header"]:
        ctrl += '<hp:ctrl><hp:header id="1" applyPageType="BOTH"><hp:subList vertAlign="TOP">%s</hp:subList></hp:header></hp:ctrl>' % hp_p(d["header"], 0)
    if d["footer"]:
        ctrl += '<hp:ctrl><hp:footer id="2" applyPageType="BOTH"><hp:subList vertAlign="BOTTOM">%s</hp:subList></hp:footer></hp:ctrl>' % hp_p(d["footer"], 0)
    paras.append('<hp:p id="1" paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0">%s</hp:run></hp:p>' % ctrl)
    pid = 2
    plain = []
    for b in d["blocks"]:
        if b[0] == "p":
            paras.append(hp_p(b[1], pid)); plain.append(b[1])
        elif b[0] == "kv":
            paras.append(hp_tbl([[k, v] for k, v in b[1]], pid)); plain += ["%s\t%s" % kv for kv in b[1]]
        else:
            paras.append(hp_tbl(b[1], pid)); plain += ["\t".join(x) for x in b[1]]
        pid += 1
    sec = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(paras))
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/><hh:refList><hh:fontfaces itemCnt="1"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces><hh:charProperties itemCnt="1"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="2"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr></hh:charProperties><hh:paraProperties itemCnt="1"><hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/></hh:paraPr></hh:paraProperties><hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList></hh:head>' % NS
    hpf = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/" version="" unique-identifier="" id=""><opf:metadata><opf:title/><opf:language>ko</opf:language></opf:metadata><opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
    cont = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/><ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/></ocf:rootfiles></ocf:container>'
    ver = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>'
    sett = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'
    prv = "\n".join(([d["header"]] if d["header"] else []) + plain + ([d["footer"]] if d["footer"] else []))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        zput(z, "mimetype", "application/hwp+zip", store=True)
        zput(z, "version.xml", ver); zput(z, "Contents/header.xml", head); zput(z, "Contents/section0.xml", sec)
        zput(z, "Contents/content.hpf", hpf); zput(z, "settings.xml", sett); zput(z, "META-INF/container.xml", cont)
        zput(z, "Preview/PrvText.txt", prv[:1024])
    with open(path, "wb") as f:
        f.write(bio.getvalue())

_FONT = None
def write_pdf(d, path):
    global _FONT
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    if _FONT is None:
        pdfmetrics.registerFont(TTFont("NG", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf")); _FONT = "NG"
    st = ParagraphStyle("k", fontName="NG", fontSize=10, leading=14, wordWrap="CJK")
    def P(s): return Paragraph(escape(s), st)
    flow = []
    for b in d["blocks"]:
        if b[0] == "p":
            flow.append(P(b[1])); flow.append(Spacer(1, 3))
        else:
            rows = [[k, v] for k, v in b[1]] if b[0] == "kv" else b[1]
            nc = max(len(x) for x in rows)
            rows = [[P(c) for c in row] + [""] * (nc - len(row)) for row in rows]
            t = Table(rows, colWidths=[480.0 / nc] * nc)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            flow.append(t); flow.append(Spacer(1, 5))
    hd, ft = d["header"], d["footer"]
    def deco(c, doc):
        c.saveState(); c.setFont("NG", 11)
        if hd: c.drawCentredString(A4[0] / 2, A4[1] - 30, hd)
        if ft: c.drawCentredString(A4[0] / 2, 25, ft)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, title="", author="", subject="", creator="", producer="", topMargin=56, bottomMargin=56)
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- main
def main():
    R = random.Random(SEED)
    docs = []
    for k, (fn, n) in enumerate(SCHEDULE):
        for j in range(n):
            r = random.Random(SEED * 1000 + k * 50 + j)
            d = fn(r); d["template"] = fn.__name__; d["_r"] = r
            docs.append(d)
    R.shuffle(docs)
    order = list(range(len(docs))); R.shuffle(order)
    fmt = {}
    for i, ix in enumerate(order):
        fmt[ix] = "hwpx" if i < N_HWPX else ("pdf" if i < N_HWPX + N_PDF else "text")
    fdir = os.path.join(HERE, "files")
    os.makedirs(fdir, exist_ok=True)
    for fn_ in sorted(os.listdir(fdir)):
        os.remove(os.path.join(fdir, fn_))
    recs, metas = [], []
    for i, d in enumerate(docs):
        sid = "sh-%04d" % (i + 1); f = fmt[i]; r = d["_r"]
        rec = {"id": sid}
        if f == "text":
            rec["text"] = render_text(d, r)
        else:
            rel = "files/%s.%s" % (sid, f)
            (write_hwpx if f == "hwpx" else write_pdf)(d, os.path.join(HERE, rel))
            rec["file"] = rel
        rec.update(disclosure=d["disclosure"], marking=d["marking"], reasons=sorted(d["reasons"]), genre=d["genre"])
        recs.append(rec)
        metas.append({"id": sid, "template": d["template"], "doc_kind": d["kind"], "format": f, "year": d["year"], "agency": d["agency"],
                      "cues": d["cues"], "stated_field": d["field"], "deciding_cue": d["deciding"], "mention_only": bool(d["mention"]),
                      "content_only_nonpublic": d["disclosure"] == "non_public" and d["marking"] == "none" and d["field"] is None,
                      "ocr_noise": bool(d.get("ocr_applied")), "header": d["header"], "footer": d["footer"], "label_reason": d["why"]})
    with open(os.path.join(HERE, "sens_h.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in recs: f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_h.meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in metas: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    validate(recs, metas)

def validate(recs, metas):
    from collections import Counter
    V = {"public", "partial", "non_public"}; M = {"none", "대외비", "III급", "II급", "I급"}
    for x, m in zip(recs, metas):
        assert x["disclosure"] in V and x["marking"] in M, x
        assert x["reasons"] == sorted(set(x["reasons"]))
        if x["disclosure"] == "public": assert not x["reasons"], x["id"]
        else: assert x["reasons"], x["id"]
        if x["marking"] in ("III급", "II급", "I급"): assert "OIDA-9-1-1" in x["reasons"] and x["disclosure"] == "non_public"
        if x["marking"] == "대외비": assert "OIDA-9-1-1" not in x["reasons"]
        if "file" in x: assert os.path.exists(os.path.join(HERE, x["file"]))
        if m["mention_only"]: assert x["marking"] == "none"
    co = [m for m in metas if m["content_only_nonpublic"]]
    assert len(co) >= 45 and len({m["doc_kind"] for m in co}) >= 15, (len(co), len({m["doc_kind"] for m in co}))
    fm = Counter(m["format"] for m in metas)
    assert len(recs) >= 220 and fm["hwpx"] >= 25 and fm["pdf"] >= 40
    assert sum(1 for x in recs if x["marking"] != "none") >= 20
    print("records", len(recs), dict(fm))
    print("disclosure", dict(Counter(x["disclosure"] for x in recs)))
    print("marking", dict(Counter(x["marking"] for x in recs)))
    print("reasons", dict(sorted(Counter(c for x in recs for c in x["reasons"]).items())))
    print("content-only non_public", len(co), "kinds", len({m["doc_kind"] for m in co}))
    print("genres", len({x["genre"] for x in recs}))

if __name__ == "__main__":
    main()
