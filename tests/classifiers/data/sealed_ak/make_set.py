#!/usr/bin/env python3
"""sens_ak: independent evaluation set for Korean public-sector document sensitivity.

Archive emphasis: old 기안용지/시행문 layouts, hanja-mixed headings, scan-like PDFs with
OCR noise in the decisive cue, multi-page documents, 정보공개 결정 통지서, 비밀 handling forms,
public hard negatives.

Usage:  python make_set.py            (needs reportlab and a Korean TTF, e.g. fonts-nanum)
Every random choice comes from random.Random("sens_ak-2026|<template>|<variant>|<n>").
All names, numbers, organisations and addresses are invented.
"""
import io
import json
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
FONT_PATH = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def R(template, variant, n, extra=""):
    return random.Random("sens_ak-2026|%s|%s|%d%s" % (template, variant, n, extra))


# ---------------------------------------------------------------- invented pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
       "안", "송", "류", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남궁", "황보", "선우", "제갈"]
GIV = ["민", "서", "지", "현", "준", "우", "하", "윤", "도", "연", "수", "영", "태", "성", "진", "훈",
       "경", "희", "재", "석", "호", "은", "혜", "정", "철", "규", "미", "선", "동", "상", "광", "옥"]
REGION = ["한울특별시", "가람도", "누리광역시", "새벌도", "해솔특별자치도", "다온광역시"]
GU = ["솔빛구", "너울구", "별마루구", "청나래군", "달빛시", "미르군", "아람구", "노을시"]
ROAD = ["은하수로", "가온길", "모래내로", "푸른솔길", "달맞이로", "한빛대로", "여울길", "잔디밭로"]
MINISTRY = ["청림부", "해온부", "가람처", "누리청", "한결부", "다솜위원회"]
AGENCY = ["한울특별시 솔빛구청", "가람도청", "누리광역시 교육청", "새벌도 미르군청", "국립해솔연구원",
          "다온광역시 상수도사업본부", "청림부 비상계획관실", "해온부 운영지원과"]
DEPT = ["총무과", "기획예산과", "감사담당관실", "민원봉사과", "비상대비과", "인사과", "행정지원과", "도시계획과",
        "재무과", "정보공개팀", "보안담당관실", "건설과"]
DEPT_ABBR = {"총무과": "총무", "기획예산과": "기획", "감사담당관실": "감사", "민원봉사과": "민원",
             "비상대비과": "비상", "인사과": "인사", "행정지원과": "행정", "도시계획과": "도시",
             "재무과": "재무", "정보공개팀": "정보", "보안담당관실": "보안", "건설과": "건설"}
COMPANY = ["(주)가온엔지니어링", "누리건설(주)", "(주)솔마루정보", "한별기술(주)", "(주)다온시스템", "미르토건(주)"]
BANK = ["가람은행", "누리은행", "한빛저축은행", "솔농협", "다온신협"]


def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)


def masked(nm):
    return nm[0] + "○○" if len(nm) <= 3 else nm[:2] + "○○"


def addr(r):
    return "%s %s %s %d, %d동 %d호" % (r.choice(REGION), r.choice(GU), r.choice(ROAD), r.randint(3, 480),
                                     r.randint(101, 115), r.randint(101, 1804))


def phone(r):
    return "010-%04d-%04d" % (r.randint(2000, 9999), r.randint(0, 9999))


def rrn(r, year=None):
    y = year or r.randint(1940, 1999)
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = r.choice([1, 2]) if y < 2000 else r.choice([3, 4])
    body = "%02d%02d%02d%d%05d" % (y % 100, m, d, g, r.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def rrn_mask(r):
    s = rrn(r)
    return s[:8] + "******"


def acct(r):
    return "%03d-%02d-%06d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 999999))


def olddate(r, y0=1978, y1=2003):
    return "%d. %d. %d." % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def newdate(r, y0=2015, y1=2025):
    return "%d. %d. %d." % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def futdate(r):
    return "%d. 12. 31." % r.randint(2028, 2036)


def docno_old(r, dept):
    ab = DEPT_ABBR[dept]
    return r.choice(["%s %d-%d" % (ab, r.randint(1000, 9999), r.randint(10, 999)),
                     "%s 0%d-%d" % (ab, r.randint(1000, 9999), r.randint(10, 999)),
                     "%s %d%02d-%d" % (ab, r.randint(10, 99), r.randint(0, 99), r.randint(100, 9999))])


def docno_new(r, dept):
    return "%s-%d" % (dept, r.randint(100, 9999))


def approvers(r):
    return [name(r) for _ in range(4)]


# ------------------------------------------------------------------ cue strings
MARK = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "對外秘", "대외비(보호기간: {d}까지)", "보안등급: 대외비",
            "{d}까지 대외비", "대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ級秘密"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "Ⅱ級秘密"],
    "I급": ["Ⅰ급비밀", "Ⅰ 급 비 밀", "I급 비밀", "비밀(Ⅰ급)"],
}
MARK_NOISY = {
    "대외비": ["대 외 ㅂ|", "[대외비", "《대외ㅂ1》", "對夕卜秘", "대 외ㅂl", "(대외비]", "대외 비(보호기간: {d}까 지)"],
    "III급": ["lll급비밀", "III급 비 밀", "Ⅲ급비믿", "ⅡI급비밀", "1II급 비밀", "비밀(lll급"],
    "II급": ["ll급비밀", "Ⅱ급 비믿", "비밀(II 급", "Il급비밀"],
    "I급": ["l급 비밀", "Ⅰ급비믿", "I 급비 밀"],
}
OCR_MAP = {"1": "l", "0": "O", "이": "0|", "-": "~", "비": "ㅂl", "개": "7H", "밀": "믿", "은": "은",
           "의": "으|", "를": "룰", ".": ",", "공": "공", "시": "人|", "다": "CF", "과": "과"}


def ocr_noise(r, s, rate=0.035):
    out = []
    for ch in s:
        if ch in OCR_MAP and r.random() < rate:
            out.append(OCR_MAP[ch])
        elif ch == " " and r.random() < rate / 2:
            out.append("")
        elif ch not in " \n" and r.random() < rate / 6:
            out.append(ch + " ")
        else:
            out.append(ch)
    return "".join(out)


def stamp(r, level, noisy=False):
    pool = MARK_NOISY[level] if noisy else MARK[level]
    return r.choice(pool).replace("{d}", futdate(r))


def yegomun(r, level):
    lv = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀", "대외비": "대외비"}[level]
    return r.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (futdate(r), lv),
                     "예고문 : %s 까지 %s / 이후 파기" % (futdate(r), lv),
                     "예 고 문: 원본 보존기간 만료 시까지 %s" % lv])


def sabon(r):
    return "사본번호: %d-%d" % (r.randint(1, 9), r.randint(1, 12))


# ----------------------------------------------------------------- doc model
# doc = {"header": str|None, "footer": str|None, "pages": [{"top","bottom","blocks"}]}
# block = ("p", text, style) | ("tbl", rows) | ("box", text)
def P(t, s="n"):
    return ("p", t, s)


def T(rows):
    return ("tbl", rows)


def BOX(t):
    return ("box", t)


def page(blocks, top=None, bottom=None):
    return {"blocks": blocks, "top": top, "bottom": bottom}


def gian_table(r, dept, no, date, keep, disc_field, sign):
    rows = [["기 안 용 지"],
            ["분류기호\n문서번호", no, "(전화번호)", "%d-%04d" % (r.randint(200, 999), r.randint(0, 9999))],
            ["처리기한", "", "시행일자", date],
            ["보존기간", keep, "공개여부", disc_field],
            ["결\n재", "기안자 " + sign[0], "계장 " + sign[1], "과장 " + sign[2] + "  국장 " + sign[3]],
            ["협조", r.choice(["", "기획예산과장", "감사담당관"])],
            ["기안부서", dept, "기안자", sign[0]]]
    return rows


def siheng_head(r, agency, dept, no, date, recv, disc_field=None):
    rows = [[agency],
            ["문서번호", no, "시행일자", date],
            ["수신", recv, "참조", r.choice(["총무과장", "담당관", "관계관"])]]
    if disc_field is not None:
        rows.append(["공개여부", disc_field, "보존기간", r.choice(["5년", "10년", "영구", "준영구"])])
    return rows


def gyeolmun(r, agency, dept, sign, no, date, disc_line=None, addr_line=True):
    bl = [P(agency + "장", "c"),
          T([["기안자 주사 " + sign[0], "검토자 계장 " + sign[1], "결재권자 과장 " + sign[2]],
             ["협조자", ""],
             ["시행 " + no + " (" + date + ")", "접수"]])]
    if addr_line:
        bl.append(P("우 %05d  %s %s %d / 전화 %d-%d-%04d / 전송 %d-%d-%04d" % (
            r.randint(10000, 63999), r.choice(REGION), r.choice(ROAD), r.randint(1, 300),
            r.choice([2, 31, 42, 51, 63]), r.randint(200, 999), r.randint(0, 9999),
            r.choice([2, 31, 42, 51, 63]), r.randint(200, 999), r.randint(0, 9999))))
    if disc_line:
        bl.append(P(disc_line))
    return bl


ROUTINE = [("직원 체육대회 개최 계획", ["개최일시: {d} 10:00", "장소: 청사 운동장", "참가대상: 전 직원",
                                   "소요예산: 금 {m}원 (복리후생비)"]),
           ("청사 환경정비 실시", ["기간: {d}부터 1주간", "내용: 화단 정비, 게시판 정리, 도색",
                              "협조사항: 각 과별 담당구역 책임자 지정"]),
           ("민원실 운영시간 조정 알림", ["조정 내용: 평일 09:00~18:00 → 09:00~19:00 (목요일)",
                                   "시행일: {d}", "홍보: 게시판 및 반상회보 게재"]),
           ("하계 휴가 실시 계획", ["기간: {d}부터 8월 말까지", "방법: 과별 교대 실시, 업무 공백 방지",
                               "비상연락: 과별 대표전화 활용"]),
           ("업무편람 발간 배부", ["발간부수: {n}부", "배부처: 각 실·과·소 및 읍·면·동",
                              "활용: 신규직원 교육 자료로 활용"]),
           ("廳舍 節電 施行 指示", ["冷暖房 適正溫度 維持", "점심시간 消燈 徹底", "{d}부터 施行"]),
           ("年末年始 綱紀確立 協調", ["公職者 行動綱領 遵守", "선물 수수 금지 안내", "기간: {d}부터"])]

INTERNAL = [("○○과 기구 개편(안) 내부 검토", ["현행 3개 계를 2개 계로 통합하는 방안 검토 중",
                                          "관계 부서 의견 미수렴 상태로 확정되지 아니함",
                                          "인원 감축 규모(안): {n}명 내외 — 추가 협의 필요"]),
            ("차년도 예산 조정(안) 검토", ["부서별 요구액 대비 {n}% 삭감 검토",
                                     "삭감 우선순위(안)은 내부 검토용으로 미확정",
                                     "의회 제출 전 최종 조정 예정"]),
            ("정기 인사 운영 방향 검토", ["승진 후보자 서열 산정 방식 변경 검토",
                                    "근무성적 평정 반영 비율(안) 검토 중",
                                    "인사위원회 심의 전 내부 자료"]),
            ("청사 이전 부지 비교 검토(안)", ["후보지 A·B·C 비교 평가 중",
                                       "토지 매입 협의 전 단계로 외부 공개 시 지가 변동 우려",
                                       "최종안은 추후 보고"])]

SECRET_CONTENT2 = [("통합방위 작전 지원 계획", ["지역 예비군 동원 시 집결지 및 수송로 지정",
                                           "주요 교량 {n}개소 경계 병력 배치 계획",
                                           "유관기관 비상연락망 및 암구호 운용"]),
                   ("비상대비 자원 관리 현황", ["중점관리 대상 업체 {n}개소 지정 현황",
                                          "전시 물자 동원 우선순위 및 수송계획",
                                          "동원 대상 장비 보유 현황"]),
                   ("남북 교류 협의 대응 방안", ["협의 의제별 대응 논리와 양보 한계선",
                                          "상대측 예상 요구사항 분석", "협의 결과 발표 수위(안)"]),
                   ("재외공관 경비 강화 계획", ["주재국 정세 평가 및 위협 수준",
                                          "공관 경비 인력 증원 {n}명 및 장비 배치",
                                          "비상 철수 경로 및 집결지"])]
SECRET_CONTENT3 = [("국가중요시설 방호 계획", ["정수장 취수탑 및 약품 저장고 경비 배치도",
                                          "출입 통제 구역 및 CCTV 사각지대 보완 계획",
                                          "방호 인원 {n}명 교대 근무표"]),
                   ("전력 공급시설 경비 강화 방안", ["변전소 {n}개소 취약 요소 분석", "외곽 울타리 보강 및 순찰 주기",
                                               "비상 발전기 위치 및 가동 절차"])]
DAEOEBI_CONTENT = {
    "OIDA-9-1-3": [("청사 방호 및 비상연락 체계", ["청사 출입통제 시스템 운영 방식 및 취약 시간대",
                                             "비상시 전원 차단 절차와 발전기 위치",
                                             "방호 인력 {n}명 배치표"]),
                   ("상수도 시설 보안 점검 결과", ["정수장 {n}개소 경비 취약점 점검 결과",
                                            "약품 저장고 잠금장치 교체 필요", "보완 일정(안)"])],
    "OIDA-9-1-4": [("불법 영업행위 합동 단속 계획", ["단속 일시: {d} 새벽 (사전 유출 금지)",
                                            "단속 대상 업소 {n}개소 및 투입 인원", "증거 확보 및 수사기관 인계 절차"])],
    "OIDA-9-1-5": [("조직 진단 결과 및 정원 조정(안)", ["부서별 업무량 분석 결과(내부 검토)", "감축 대상 직위(안) {n}개",
                                                "노조 협의 전 단계로 외부 유출 금지"]),
                   ("특정감사 착수 계획", ["감사 대상 기관 및 중점 점검 사항",
                                     "감사 착수 전 자료 제출 요구 범위", "감사반 편성(안)"])],
}


def fill(r, lines):
    return [l.replace("{d}", newdate(r)).replace("{n}", str(r.randint(3, 40))).replace(
        "{m}", "{:,}".format(r.randint(5, 90) * 100000)) for l in lines]


def fill_old(r, lines, y0=1978, y1=2003):
    return [l.replace("{d}", olddate(r, y0, y1)).replace("{n}", str(r.randint(3, 40))).replace(
        "{m}", "{:,}".format(r.randint(5, 90) * 10000)) for l in lines]


def numbered(lines, old=False):
    marks = ["1.", "2.", "3.", "4.", "5."] if not old else ["一.", "二.", "三.", "四.", "五."]
    return [P("%s %s" % (marks[i], l)) for i, l in enumerate(lines)]


# ------------------------------------------------------------------ templates
def lab(disc, mark, reasons):
    return {"disclosure": disc, "marking": mark, "reasons": reasons}


def t_gian_old(n, v):
    r = R("gian_old", v, n)
    dept = r.choice(DEPT)
    agency = r.choice(AGENCY)
    no = docno_old(r, dept)
    date = olddate(r, 1998, 2003)
    sign = approvers(r)
    keep = r.choice(["3년", "5년", "10년", "영구", "준영구"])
    flags = ["old_form", "gyeoljae_table"]
    meta = {}
    if v == "pub" or v == "override":
        title, lines = r.choice(ROUTINE)
        field = "공개" if v == "pub" else "비공개"
        label = lab("public", "none", [])
        if v == "override":
            flags.append("stated_field_overridden")
            meta["note"] = ("1998-2003 routine notice stamped 공개여부 비공개; content is a routine event with only "
                            "officials in role, so under 정보공개법 it is disclosable today. Exclude if you "
                            "prefer stated-field gold.")
        cue = ("disclosure_field", "header_table", "공개여부 | " + field)
    elif v == "np5":
        title, lines = r.choice(INTERNAL)
        field = r.choice(["비공개", "비공개(5)", "비공개(제7조제1항제5호)"])
        label = lab("non_public", "none", ["OIDA-9-1-5"])
        meta["note"] = "internal review / decision in progress (old 법 제7조 = current 제9조 제1항 제5호)"
        cue = ("disclosure_field", "header_table", "공개여부 | " + field)
    elif v == "part6":
        title = r.choice(["모범 시민 표창 대상자 추천", "유공 주민 포상 추천", "장학생 선발 추천"])
        ps = [(name(r), addr(r), "%d. %d. %d." % (r.randint(1940, 1985), r.randint(1, 12), r.randint(1, 28)))
              for _ in range(r.randint(2, 4))]
        lines = ["추천 사유: 지역 봉사활동 등 공적이 현저함", "추천 대상자: 붙임 명단과 같음"]
        field = r.choice(["부분공개", "부분공개(6)", "부분공개(개인정보)"])
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("disclosure_field+personal_data", "header_table", "공개여부 | " + field)
    elif v == "conflict":
        title = r.choice(["수해 복구비 지원 대상자 확정", "생계비 지원 대상자 결정"])
        ps = [(name(r), addr(r), rrn(r)) for _ in range(r.randint(3, 5))]
        lines = ["지원 대상자를 아래와 같이 확정하고 지원금을 지급하고자 합니다.",
                 "지급 방법: 개인 계좌 입금"]
        field = "공개"
        label = lab("partial", "none", ["OIDA-9-1-6", "PIPA-24"])
        flags.append("stated_field_conflict")
        meta["note"] = "공개여부 says 공개 but the body lists full RRNs of recipients; gold follows the content"
        cue = ("personal_data_rrn", "table_cell", ps[0][2])
    elif v == "daeoebi":
        reason = r.choice(["OIDA-9-1-3", "OIDA-9-1-5"])
        title, lines = r.choice(DAEOEBI_CONTENT[reason])
        field = "비공개"
        st = stamp(r, "대외비")
        label = lab("non_public", "대외비", [reason])
        cue = ("marking_stamp", "top_and_bottom", st)
    else:
        raise ValueError(v)
    hanja = any(ord(c) >= 0x4E00 and ord(c) <= 0x9FFF for c in title)
    if hanja:
        flags.append("hanja")
    body = [T(gian_table(r, dept, no, date, keep, field, sign)),
            P("수신  " + r.choice(["내부결재", "각 실·과장", agency + "장"])),
            P("제목  " + title, "b")]
    body += numbered(fill_old(r, lines, 1998, 2003))
    if v in ("part6", "conflict"):
        hdr = ["성명", "주소", "생년월일" if v == "part6" else "주민등록번호"]
        body.append(T([hdr] + [list(p) for p in ps]))
    body.append(P("끝.", "r"))
    top = bottom = None
    if v == "daeoebi":
        top = bottom = st
    doc = {"header": None, "footer": "%s  %s" % (agency, r.choice(["(갑)", "(을)", "210mm×297mm"])),
           "pages": [page(body, top, bottom)]}
    return doc, label, "기안용지", cue, flags, meta


def t_siheng_old(n, v):
    r = R("siheng_old", v, n)
    dept = r.choice(DEPT)
    agency = r.choice(AGENCY)
    no = docno_old(r, dept)
    date = olddate(r, 1985, 2003)
    sign = approvers(r)
    flags = ["old_form", "siheng"]
    meta = {}
    recv = r.choice(["각 읍·면·동장", "수신처 참조", "%s장" % r.choice(AGENCY)])
    extra = []
    top = bottom = None
    field = None
    if v == "pub":
        title, lines = r.choice(ROUTINE)
        label = lab("public", "none", [])
        field = "공개" if r.random() < 0.6 else None
        cue = ("disclosure_field" if field else "none", "header_table" if field else "none",
               ("공개여부 | 공개" if field else ""))
    elif v == "part":
        cit = name(r)
        recv = "%s 귀하 (%s)" % (cit, addr(r))
        title = r.choice(["민원 회신", "진정 민원 처리 결과 알림", "질의 회신"])
        lines = ["귀하께서 %s 제출하신 민원에 대한 회신입니다." % olddate(r, 1990, 2003),
                 "민원 내용: 인근 공사장 소음 및 분진 피해",
                 "처리 결과: 공사 시간 조정 및 방진막 설치를 시공사에 지시함",
                 "문의: %s (전화 %s)" % (dept, phone(r))]
        field = r.choice(["부분공개", None])
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data", "body", recv)
    elif v == "daeoebi":
        reason = r.choice(["OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5"])
        title, lines = r.choice(DAEOEBI_CONTENT[reason])
        st = stamp(r, "대외비")
        top, bottom = st, r.choice([st, None])
        label = lab("non_public", "대외비", [reason])
        cue = ("marking_stamp", "top_and_bottom" if bottom else "top", st)
        extra.append(P(yegomun(r, "대외비")))
    elif v == "III":
        c3 = r.random() < 0.35
        title, lines = r.choice(SECRET_CONTENT3 if c3 else SECRET_CONTENT2)
        st = stamp(r, "III급")
        top = bottom = st
        label = lab("non_public", "III급", ["OIDA-9-1-1", "OIDA-9-1-3" if c3 else "OIDA-9-1-2"])
        cue = ("marking_stamp", "top_and_bottom", st)
        extra += [P(yegomun(r, "III급")), P(sabon(r))]
    elif v == "reclass":
        title, lines = r.choice(ROUTINE[:5])
        old = r.choice(["Ⅲ급비밀", "대외비"])
        rec = "재분류: %s → 일반문서 (%s, %s)" % (old, newdate(r, 2008, 2016), r.choice(["보안담당관", "비밀취급인가권자"]))
        top = "%s  ══ %s" % ("─" * 3, rec)
        label = lab("public", "none", [])
        flags.append("declassified_stamp")
        meta["note"] = "old marking struck through and reclassified to 일반문서; routine content"
        cue = ("reclassification_stamp", "top", rec)
    else:
        raise ValueError(v)
    body = [T(siheng_head(r, agency, dept, no, date, recv, field)), P("제목  " + title, "b")]
    body += numbered(fill_old(r, lines), old=r.random() < 0.3)
    body.append(P("끝.", "r"))
    body += extra
    body += gyeolmun(r, agency, dept, sign, no, date)
    doc = {"header": None, "footer": None, "pages": [page(body, top, bottom)]}
    return doc, label, "시행문", cue, flags, meta


def t_secret(n, v):
    lvl = {"III": "III급", "II": "II급", "I": "I급"}[v.split("_")[0]]
    noisy = v.endswith("_scan")
    r = R("secret", v, n)
    agency = r.choice(["청림부 비상계획관실", "해온부 보안담당관실", "가람도 비상기획관실", "누리청 상황실"])
    c3 = r.random() < 0.3
    title, lines = r.choice(SECRET_CONTENT3 if c3 else SECRET_CONTENT2)
    st = stamp(r, lvl, noisy)
    date = r.choice([olddate(r, 1988, 2003), newdate(r)])
    flags = ["classified"]
    if noisy:
        flags += ["scan", "ocr_noise_in_cue"]
    yg = yegomun(r, lvl)
    sb = sabon(r)
    pages = []
    b1 = [P(title, "title"), P("%s  %s" % (agency, date), "c"), P("")]
    b1 += numbered(fill(r, lines))
    b1 += [P("세부 내용은 붙임 참조.")]
    pages.append(page(b1))
    multipage = r.random() < 0.5
    if multipage:
        b2 = [P("붙임  세부 추진 계획", "b"),
              T([["구분", "내용", "담당"]] + [["%d단계" % i, r.choice(["준비", "전개", "복구", "점검"]) + " 조치",
                                             r.choice(["상황반", "지원반", "경비반"])] for i in range(1, 5)])]
        pages.append(page(b2))
        flags.append("multipage")
    pages[-1]["blocks"] += [P(yg), P(sb)]
    use_hf = r.random() < 0.6
    doc = {"header": st if use_hf else None, "footer": st if use_hf else None, "pages": pages}
    if not use_hf:
        for pg in pages:
            pg["top"] = pg["bottom"] = st
    reasons = ["OIDA-9-1-1", "OIDA-9-1-3" if c3 else "OIDA-9-1-2"]
    cue = ("marking_stamp", "page_header_footer" if use_hf else "top_and_bottom", st)
    return doc, lab("non_public", lvl, reasons), "비밀문서", cue, flags, {"yegomun": yg}


def t_laterpage(n, v):
    r = R("laterpage", v, n)
    agency = r.choice(AGENCY)
    dept = r.choice(DEPT)
    no = docno_new(r, dept) if r.random() < 0.5 else docno_old(r, dept)
    date = r.choice([olddate(r, 1995, 2003), newdate(r)])
    sign = approvers(r)
    flags = ["multipage", "cue_on_later_page"]
    meta = {}
    npages = r.randint(3, 4)
    title = r.choice(["%s 업무 추진 실적 보고" % r.choice(["상반기", "하반기", "연간"]),
                      "主要業務 推進 現況 報告", "현안 사업 추진 현황 보고"])
    if "業" in title:
        flags.append("hanja")
    pages = []
    for i in range(npages):
        bl = [P("%d. %s" % (i + 1, r.choice(["추진 배경", "추진 현황", "문제점 및 대책", "향후 계획", "행정사항"])), "b")]
        for _ in range(r.randint(4, 7)):
            bl.append(P("  ○ " + r.choice(["관련 사업 예산 {m}원 집행 완료", "관계기관 협의 {n}회 실시",
                                           "주민설명회 개최 ({d})", "사업 공정률 {n}% 달성",
                                           "추진 부서 간 업무 분장 조정", "전년 대비 민원 {n}건 감소"]).replace(
                "{m}", "{:,}".format(r.randint(10, 900) * 1000000)).replace("{n}", str(r.randint(2, 95))).replace(
                "{d}", newdate(r))))
        pages.append(page(bl))
    pages[0]["blocks"].insert(0, P(title, "title"))
    last = pages[-1]
    if v == "daeoebi_p2":
        st = stamp(r, "대외비", noisy=r.random() < 0.5)
        k = r.randint(1, npages - 1)
        for pg in pages[k:]:
            pg["bottom"] = st
        pages[0]["top"] = r.choice(["(상단 판독 불가)", "▒▒▒▒▒▒", None])
        flags += ["scan", "first_page_top_damaged"]
        reason = r.choice(["OIDA-9-1-5", "OIDA-9-1-3"])
        label = lab("non_public", "대외비", [reason])
        pages[0]["blocks"].append(P("  ○ " + ("조직 개편(안) 및 감축 직위 검토 — 미확정" if reason.endswith("5")
                                              else "방호시설 취약점 및 경비 배치 보완 사항")))
        cue = ("marking_stamp", "bottom_of_page_%d+" % (k + 1), st)
        meta["note"] = "stamp on page 1 lost in the scan; visible only from page %d on" % (k + 1)
    elif v == "np_gyeolmun":
        dl = r.choice(["공개구분: 비공개(5)", "비공개(제9조 제1항 제5호)", "공개구분 : 비공개 (5)"])
        last["blocks"] += [P("  ○ 위 내용은 의사결정 과정에 있는 내부 검토 사항임")] + gyeolmun(
            r, agency, dept, sign, no, date, disc_line=dl)
        label = lab("non_public", "none", ["OIDA-9-1-5"])
        cue = ("disclosure_field", "gyeolmun_last_page", dl)
    elif v == "part_p3":
        rows = [["연번", "성명", "주소", "연락처"]]
        for i in range(r.randint(3, 6)):
            rows.append([str(i + 1), name(r), addr(r), phone(r)])
        last["blocks"] += [P("붙임  민원 제기 주민 명단", "b"), T(rows)]
        dl = r.choice(["공개구분: 부분공개(6)", None])
        last["blocks"] += gyeolmun(r, agency, dept, sign, no, date, disc_line=dl)
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data", "table_last_page", rows[1][1])
    elif v == "pub_long":
        dl = r.choice(["공개구분: 공개", "공개"])
        last["blocks"] += gyeolmun(r, agency, dept, sign, no, date, disc_line=dl)
        label = lab("public", "none", [])
        cue = ("disclosure_field", "gyeolmun_last_page", dl)
    else:
        raise ValueError(v)
    doc = {"header": agency + "  " + title[:10], "footer": None, "pages": pages}
    return doc, label, "보고서", cue, flags, meta


def t_tablecont(n, v):
    r = R("tablecont", v, n)
    agency = r.choice(AGENCY)
    dept = r.choice(DEPT)
    date = r.choice([olddate(r, 1996, 2003), newdate(r)])
    flags = ["multipage", "table_continued"]
    meta = {}
    pages = []
    if v in ("roster_only", "letter_roster"):
        full = v == "roster_only"
        title = r.choice(["보상금 지급 대상자 명단", "재난지원금 수령자 명단", "토지 보상 대상자 명부"])
        hdr = ["연번", "성명", "주민등록번호", "주소", "금액(원)"]
        rows = []
        for i in range(r.randint(22, 34)):
            rows.append([str(i + 1), name(r), rrn(r) if full else rrn_mask(r), addr(r),
                         "{:,}".format(r.randint(10, 500) * 10000)])
        chunks = [rows[:14], rows[14:28], rows[28:]]
        chunks = [c for c in chunks if c]
        first = []
        if not full:
            first = [P(agency, "title"), P("문서번호 %s   시행일자 %s" % (docno_new(r, dept), date)),
                     P("제목  %s 통보" % title, "b"),
                     P("1. %s 지급 대상자를 붙임과 같이 통보하니 지급에 만전을 기하여 주시기 바랍니다." % title[:5]),
                     P("붙임  %s 1부.  끝." % title)]
        else:
            first = [P(title, "title"), P("(%s 기준, %s)" % (date, dept), "c")]
        for k, c in enumerate(chunks):
            bl = (first if k == 0 else [P("%s (계속)" % title, "b")]) + [T([hdr] + c)]
            pages.append(page(bl))
        if full:
            label = lab("non_public", "none", ["OIDA-9-1-6", "PIPA-24"])
            cue = ("roster_personal_rrn", "table_all_pages", rows[0][2])
            meta["note"] = "document consists only of personal data with full RRNs"
        else:
            label = lab("partial", "none", ["OIDA-9-1-6"])
            cue = ("roster_masked_rrn", "table_pages_1+", rows[0][2])
            meta["note"] = "RRNs masked: -6 but not PIPA-24; cover letter is public, roster removable"
        genre = "명단"
    elif v == "stats":
        title = r.choice(["연도별 민원 처리 현황", "읍·면·동별 인구 및 세대 현황", "年度別 歲入 決算 現況"])
        if "年" in title:
            flags.append("hanja")
        hdr = ["구분", "계", "처리", "미처리", "비율(%)"]
        rows = []
        for i in range(r.randint(24, 36)):
            a = r.randint(100, 9000)
            b = r.randint(0, a)
            rows.append([r.choice(["%d년" % (1980 + i), "%s %d동" % (r.choice(GU), i + 1)]),
                         "{:,}".format(a), "{:,}".format(b), "{:,}".format(a - b), "%.1f" % (100.0 * b / a)])
        chunks = [rows[:15], rows[15:30], rows[30:]]
        chunks = [c for c in chunks if c]
        for k, c in enumerate(chunks):
            bl = ([P(title, "title"), P("(단위: 건, 자료: %s %s)" % (agency, dept), "r")] if k == 0
                  else [P("〈표 계속〉", "b")]) + [T([hdr] + c)]
            pages.append(page(bl))
        pages[-1]["blocks"].append(P("※ 이 자료는 공공누리 제1유형으로 공개합니다."))
        label = lab("public", "none", [])
        cue = ("none", "none", "")
        genre = "통계"
    else:
        raise ValueError(v)
    doc = {"header": None, "footer": agency, "pages": pages}
    return doc, label, genre, cue, flags, meta


def t_attach(n, v):
    r = R("attach", v, n)
    agency = r.choice(AGENCY)
    dept = r.choice(DEPT)
    no = docno_new(r, dept) if r.random() < 0.6 else docno_old(r, dept)
    date = r.choice([olddate(r, 1998, 2003), newdate(r)])
    sign = approvers(r)
    flags = ["attachment_levels"]
    meta = {}
    recv = r.choice(["수신자 참조", "%s장" % r.choice(AGENCY)])
    pages = []
    title = r.choice(["%s 사업 선정 결과 통보" % r.choice(["마을 가꾸기", "청년 창업 지원", "노후 시설 개선"]),
                      "공모 심사 결과 송부", "위원회 개최 결과 통보"])
    b = [P(agency, "title"), P("수신  " + recv), P("제목  " + title, "b"),
         P("1. 관련: %s(%s)" % (no, date)),
         P("2. 위 사업의 심사 결과를 붙임과 같이 통보합니다.")]
    if v == "listed_only":
        att = ["붙임  1. 선정 결과 1부(공개).", "      2. 심사위원 명단 1부(비공개, 제9조 제1항 제6호).",
               "      3. 업체별 평가 점수표 1부(부분공개).  끝."]
        b += [P(x) for x in att]
        b += gyeolmun(r, agency, dept, sign, no, date, disc_line="공개구분: 공개")
        label = lab("public", "none", [])
        cue = ("attachment_level_list", "body", att[1].strip())
        meta["note"] = "attachment levels refer to attachments not contained in this document"
    elif v == "included":
        att = ["붙임  1. 선정 결과 1부(공개).", "      2. 심사위원 명단 1부(비공개).  끝."]
        b += [P(x) for x in att]
        b += gyeolmun(r, agency, dept, sign, no, date, disc_line="공개구분: 부분공개(6)")
        pages.append(page(b))
        rows = [["연번", "성명", "소속", "자택 주소", "휴대전화"]]
        for i in range(r.randint(4, 7)):
            rows.append([str(i + 1), name(r), r.choice(["○○대학교 교수", "변호사", "세무사", "(주)민간업체 대표"]),
                         addr(r), phone(r)])
        b = [P("붙임 2  심사위원 명단 (비공개)", "b"), T(rows)]
        flags += ["multipage", "cue_on_later_page"]
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data", "attachment_page_2", rows[1][1])
        meta["note"] = "the 비공개 attachment (private committee members' home addresses/phones) is included"
    elif v == "cover_secret":
        lv = r.choice(["Ⅱ급비밀", "Ⅲ급비밀", "대외비", "Ⅰ급비밀"])
        line = "붙임  %s 관련 세부계획 1부. (%s, 별도 송부)  끝." % (r.choice(["통합방위", "비상대비", "을지연습"]), lv)
        b += [P(line)]
        b += gyeolmun(r, agency, dept, sign, no, date, disc_line=r.choice(["공개구분: 공개", None]))
        label = lab("public", "none", [])
        flags.append("mention_only")
        cue = ("mention_only_marking", "attachment_line", line)
        meta["note"] = "cover letter; the classified attachment is sent separately and is not in this document"
    else:
        raise ValueError(v)
    pages.append(page(b))
    doc = {"header": None, "footer": None, "pages": pages}
    return doc, label, "시행문", cue, flags, meta


def t_foia(n, v):
    r = R("foia", v, n)
    agency = r.choice(AGENCY)
    flags = ["foia_notice"]
    meta = {}
    nm = name(r)
    named = v.startswith("named")
    req = nm if named else masked(nm)
    cited = r.choice([("부분공개", "제9조 제1항 제6호(개인정보)"), ("비공개", "제9조 제1항 제5호(의사결정 과정)"),
                      ("비공개", "제9조 제1항 제2호(Ⅱ급비밀로 지정된 정보)"),
                      ("비공개", "제9조 제1항 제1호(보안업무규정에 따른 Ⅲ급비밀)"),
                      ("부분공개", "제9조 제1항 제7호(법인의 영업상 비밀)"), ("공개", "-")])
    rows = [["정보공개 결정 통지서"],
            ["접수번호", "%d-%04d-%06d" % (r.randint(1, 9), r.randint(2010, 2025), r.randint(0, 999999)),
             "접수일", newdate(r)],
            ["청구인", "성명(법인명) " + req, "생년월일" if named else "",
             ("%d. %d. %d." % (r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28))) if named else ""],
            ["주소", addr(r) if named else "(기재 생략)", "전화번호", phone(r) if named else ""],
            ["청구 내용", r.choice(["○○ 시설 경비 계획 일체", "20XX년 조직 개편 검토 자료",
                                  "○○ 공사 입찰 업체별 원가 자료", "○○ 위원회 회의록 및 위원 명단",
                                  "비상대비 훈련 계획서"])],
            ["공개 여부", cited[0], "공개 일시", newdate(r)],
            ["비공개(부분공개) 내용 및 사유", "「공공기관의 정보공개에 관한 법률」 " + cited[1]]]
    b = [T(rows),
         P("「공공기관의 정보공개에 관한 법률」 제13조 제1항에 따라 귀하의 정보공개 청구에 대한 결정 내용을 위와 같이 통지합니다."),
         P("※ 이 결정에 불복하는 경우 통지받은 날부터 30일 이내에 이의신청을 하거나 행정심판·행정소송을 제기할 수 있습니다."),
         P(newdate(r), "c"), P(agency + "장  (직인생략)", "c"),
         P("담당: %s 주무관 %s  (☎ %d-%d-%04d)" % (r.choice(DEPT), name(r), r.choice([2, 31, 42, 51]),
                                               r.randint(200, 999), r.randint(0, 9999)))]
    if named:
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data_requester", "table_cell", req)
        meta["note"] = "notice names a private requester (name, DOB, address, phone); cited 공개 level (%s) " \
                       "is about the requested information, not the notice" % cited[0]
    else:
        label = lab("public", "none", [])
        flags.append("mention_only")
        cue = ("cited_level_in_notice", "table_cell", "「공공기관의 정보공개에 관한 법률」 " + cited[1])
        meta["note"] = "requester masked; cited levels describe the requested information"
    if v.endswith("_scan"):
        flags.append("scan")
    doc = {"header": None, "footer": r.choice(["210mm×297mm[백상지 80g/㎡]", None]), "pages": [page(b)]}
    return doc, label, "정보공개결정통지", cue, flags, meta


def t_forms(n, v):
    r = R("forms", v, n)
    agency = r.choice(["청림부 보안담당관실", "해온부 비상계획관실", "가람도 비상기획관실", "누리청 운영지원과"])
    flags = ["secret_handling_form"]
    meta = {}
    top = bottom = None
    hf = None
    if v in ("reading_III", "reading_I", "reading_II"):
        lvl = {"reading_III": "III급", "reading_I": "I급", "reading_II": "II급"}[v]
        st = stamp(r, lvl)
        title = "비밀 열람 기록전"
        rows = [["비밀 열람 기록전"], ["문서번호", "%s-%d" % (r.choice(["비상", "보안"]), r.randint(10, 999)),
                                      "등급", {"III급": "Ⅲ급", "I급": "Ⅰ급", "II급": "Ⅱ급"}[lvl]],
                ["제목", r.choice(SECRET_CONTENT2)[0]],
                ["열람일시", "소속", "직급", "성명", "서명"]]
        for _ in range(r.randint(3, 6)):
            rows.append([newdate(r), r.choice(DEPT), r.choice(["서기관", "사무관", "주무관"]), name(r), "(서명)"])
        b = [T(rows), P("※ 이 기록전은 비밀 원본에 첨부하여 비밀과 함께 보관한다.")]
        hf = st
        label = lab("non_public", lvl, ["OIDA-9-1-1", "OIDA-9-1-2"])
        cue = ("marking_stamp", "page_header_footer", st)
        meta["note"] = "reading record page of a classified document, carries the document's marking"
        genre = "비밀관리서식"
    elif v == "blank":
        title = r.choice(["비밀 파기 확인서", "비밀 열람 기록전", "예고문 기재 요령", "비밀 관리 기록부"])
        rows = [[title + " (서식)"], ["문서번호", "", "등급", "Ⅰ·Ⅱ·Ⅲ급 / 대외비"], ["제목", ""],
                ["파기(열람)일시", "", "파기 방법", "소각 / 세단"], ["파기자", "(서명)", "입회자", "(서명)"]]
        b = [P("[별지 제%d호서식]" % r.randint(3, 30)), T(rows),
             P("작성 요령: 예고문은 \"%s까지 Ⅲ급비밀, 이후 일반문서로 재분류\"와 같이 적는다." % "2030. 12. 31.")]
        label = lab("public", "none", [])
        flags.append("mention_only")
        cue = ("mention_only_marking", "table_cell", "Ⅰ·Ⅱ·Ⅲ급 / 대외비")
        genre = "비밀관리서식"
    elif v == "yegomun_daeoebi":
        reason = r.choice(["OIDA-9-1-5", "OIDA-9-1-3"])
        title, lines = r.choice(DAEOEBI_CONTENT[reason])
        yg = yegomun(r, "대외비")
        b = [P(title, "title"), P(agency, "c")] + numbered(fill(r, lines)) + [P(""), P(yg)]
        label = lab("non_public", "대외비", [reason])
        cue = ("yegomun_only", "bottom", yg)
        meta["note"] = "no stamp line; the 예고문 itself designates the document 대외비"
        genre = "보고서"
    elif v == "reclass_notice":
        title = "비밀 재분류(해제) 통보"
        rows = [["관리번호", "제목", "종전 등급", "변경"]]
        for i in range(r.randint(3, 5)):
            rows.append(["%s-%d" % (r.choice(["비상", "보안"]), r.randint(10, 999)),
                         r.choice(["19XX년 을지연습 계획", "구 청사 경비 계획", "폐지된 비상연락망", "종료된 훈련 결과"]),
                         r.choice(["Ⅱ급비밀", "Ⅲ급비밀", "대외비"]), "일반문서로 재분류"])
        b = [P(agency, "title"), P("제목  " + title, "b"),
             P("1. 보호기간이 경과한 아래 비밀을 「보안업무규정」에 따라 일반문서로 재분류하였음을 알립니다."), T(rows),
             P("2. 각 기관은 보관 중인 사본의 표시를 정정하기 바랍니다.  끝.")]
        label = lab("public", "none", [])
        flags.append("mention_only")
        cue = ("mention_only_marking", "table_cell", rows[1][2])
        genre = "비밀관리서식"
    elif v == "password":
        title = "업무용 PC 비밀번호 변경 안내"
        b = [P(title, "title"), P("1. 보안 강화를 위해 분기별 비밀번호 변경을 실시합니다."),
             P("2. 비밀번호는 9자리 이상, 영문·숫자·특수문자 조합으로 설정하십시오."),
             P("3. 비밀번호를 메모지에 적어 두거나 타인과 공유하지 마십시오."),
             P("문의: 정보통신팀 (내선 %d)" % r.randint(2000, 2999))]
        label = lab("public", "none", [])
        flags.append("mention_only")
        cue = ("keyword_trap", "body", "비밀번호")
        genre = "교육자료"
    else:
        raise ValueError(v)
    doc = {"header": hf, "footer": hf, "pages": [page(b, top, bottom)]}
    return doc, label, genre, cue, flags, meta


def t_public(n, v):
    r = R("public", v, n)
    agency = r.choice(AGENCY)
    flags = ["hard_negative"]
    meta = {}
    cue = ("none", "none", "")
    if v == "training":
        ex = [stamp(r, "대외비"), stamp(r, "III급"), stamp(r, "II급"), stamp(r, "I급")]
        b = [P(r.choice(["보안업무 실무 교육 자료", "保安業務 敎育 資料", "신규자 보안 교육 교재"]), "title"),
             P("1. 비밀의 구분: Ⅰ급비밀, Ⅱ급비밀, Ⅲ급비밀 (「보안업무규정」 제4조)"),
             P("2. 표시 예시: 문서의 위·아래 가운데에 \"%s\", \"%s\"와 같이 표시한다." % (ex[1], ex[0])),
             P("3. 예고문 예시: \"%s\"" % yegomun(r, "III급")),
             P("4. 대외비는 비밀에 준하여 관리하며, 표시는 \"%s\" 등으로 한다." % ex[0]),
             BOX("【실습】 다음 표시 중 올바른 것은?  ① %s  ② %s  ③ 비밀(4급)" % (ex[2], ex[3]))]
        flags.append("mention_only")
        cue = ("mention_only_marking", "body+textbox", ex[1])
        genre = "교육자료"
    elif v == "stats":
        y = r.randint(2005, 2025)
        rows = [["구분", "청구", "공개", "부분공개", "비공개", "비공개 주요 사유"]]
        for q in ["1분기", "2분기", "3분기", "4분기"]:
            a = r.randint(200, 900)
            p1, p2 = r.randint(100, a // 2), r.randint(10, a // 4)
            rows.append([q, str(a), str(p1), str(p2), str(a - p1 - p2),
                         r.choice(["제9조 제1항 제6호", "제9조 제1항 제5호", "제9조 제1항 제2호"])])
        b = [P("%d년 %s 정보공개 처리 현황" % (y, agency), "title"), T(rows),
             P("※ 비공개 사유 중 제1호(법령상 비밀·비공개)는 %d건이며, 이 중 Ⅲ급비밀로 지정된 자료가 %d건임."
               % (r.randint(1, 20), r.randint(0, 5)))]
        flags.append("mention_only")
        cue = ("mention_only_levels", "table", "비공개")
        genre = "통계"
    elif v == "press":
        off = name(r)
        b = [P("보 도 자 료", "title"),
             T([["보도일시", newdate(r) + " 조간"], ["담당부서", "%s %s" % (agency, r.choice(DEPT))],
                ["책임자", "과장 %s (%d-%d-%04d)" % (off, r.choice([2, 31, 42, 51]), r.randint(200, 999), r.randint(0, 9999))],
                ["담당자", "주무관 %s" % name(r)]]),
             P(r.choice(["%s, 노후 상수관로 정비 완료", "%s, 주민 참여 예산 설명회 개최", "%s 秘書室, 민원 응대 친절도 1위"])
               % agency, "b"),
             P("○ %s(청장 %s)은 %s 관련 사업을 완료하였다고 밝혔다." % (agency, name(r), newdate(r))),
             P("○ 이번 사업은 총사업비 %s원이 투입되었으며, 공개 설명회를 거쳐 추진되었다."
               % "{:,}".format(r.randint(10, 900) * 10000000))]
        cue = ("officials_in_role", "table", off)
        genre = "보도자료"
    elif v == "notice":
        kind = r.choice(["입찰", "합격", "고시"])
        if kind == "입찰":
            b = [P("%s 공고 제%d-%d호" % (agency, r.randint(1995, 2025), r.randint(1, 900))),
                 P("입 찰 공 고", "title"),
                 P("1. 입찰에 부치는 사항: %s 보수공사 (추정가격 %s원)" % (r.choice(["청사", "도로", "하천"]),
                                                          "{:,}".format(r.randint(10, 900) * 1000000))),
                 P("2. 입찰 참가 자격: 관련 면허 보유 업체"),
                 P("3. 입찰서 제출: %s 10:00까지 (전자입찰)" % newdate(r))]
        elif kind == "합격":
            b = [P("%s 공고 제%d-%d호" % (agency, r.randint(1995, 2025), r.randint(1, 900))),
                 P("지방공무원 임용시험 최종합격자 공고", "title"),
                 P("합격자 응시번호: " + ", ".join(str(r.randint(10000000, 99999999)) for _ in range(8))),
                 P("※ 개인정보 보호를 위하여 응시번호만 공고합니다.")]
        else:
            b = [P("%s 告示 第%d-%d號" % (agency, r.randint(1975, 1995), r.randint(1, 90))),
                 P("都市計劃施設(道路) 決定 告示", "title"),
                 P("都市計劃法 第12條에 의하여 다음과 같이 都市計劃施設을 決定하고 이를 告示합니다."),
                 T([["路線名", "延長(m)", "幅員(m)"], ["대로2-%d" % r.randint(1, 30), str(r.randint(100, 3000)), "25"]])]
            flags.append("hanja")
        cue = ("none", "none", "")
        genre = "공고"
    elif v == "personnel":
        rows = [["직급", "성명", "발령사항"]]
        for _ in range(r.randint(3, 6)):
            rows.append([r.choice(["3급(부이사관)", "1급(관리관)", "4급(서기관)", "2급(이사관)"]), name(r),
                         "%s장에 보함" % r.choice(["기획조정실", "감사관", "행정국", "비상기획관"])])
        b = [P("인 사 발 령", "title"), P(newdate(r) + "자", "r"), T(rows), P(agency + "장", "c")]
        flags.append("grade_trap")
        cue = ("keyword_trap", "table_cell", rows[1][0])
        genre = "인사발령"
    else:
        raise ValueError(v)
    doc = {"header": None, "footer": None, "pages": [page(b)]}
    return doc, lab("public", "none", []), genre, cue, flags, meta


def t_content(n, v):
    r = R("content", v, n)
    agency = r.choice(AGENCY)
    dept = r.choice(DEPT)
    flags = ["content_only"]
    meta = {}
    nm = name(r)
    if v == "discipline":
        b = [P("징 계 의 결 서", "title"),
             T([["소속", agency + " " + dept, "직급", r.choice(["행정주사", "시설주사보", "행정서기"])],
                ["성명", nm, "생년월일", "%d. %d. %d." % (r.randint(1960, 1995), r.randint(1, 12), r.randint(1, 28))],
                ["의결주문", r.choice(["정직 1월", "감봉 3월", "견책"])]]),
             P("이유: 위 사람은 %s 혈중알코올농도 0.%03d%% 상태로 운전하다 적발되어 %s 벌금 %s원의 약식명령을 받았다."
               % (olddate(r, 1995, 2020), r.randint(80, 180), r.choice(["한울지방법원", "가람지방법원"]),
                  "{:,}".format(r.randint(3, 15) * 1000000)))]
        label = lab("non_public", "none", ["OIDA-9-1-6", "PIPA-23"])
        cue = ("criminal_record", "body", "벌금")
        genre = "징계·복무"
    elif v == "sick":
        why = r.choice(["우울증으로 6개월 이상 요양 필요 (진단서 첨부)", "뇌경색 후 재활 치료",
                        "유방암 수술 및 항암 치료"])
        b = [P("질병휴직 처분 사유서", "title"),
             T([["소속", dept, "성명", nm], ["휴직기간", "%s ~ %s" % (newdate(r), newdate(r))],
                ["사유", why]])]
        label = lab("non_public", "none", ["OIDA-9-1-6", "PIPA-23"])
        cue = ("health_data", "table_cell", why)
        genre = "징계·복무"
    elif v == "union":
        rows = [["연번", "성명", "소속", "조합비(원)"]]
        for i in range(r.randint(6, 12)):
            rows.append([str(i + 1), name(r), r.choice(DEPT), "{:,}".format(r.randint(15, 40) * 1000)])
        b = [P("%s월 노동조합 조합비 공제 명단" % r.randint(1, 12), "title"), T(rows)]
        label = lab("non_public", "none", ["OIDA-9-1-6", "PIPA-23"])
        cue = ("union_membership", "title", "노동조합 조합비")
        genre = "명단"
    elif v == "investigation":
        b = [P("수사 의뢰 검토 보고", "title"),
             P("1. 피의자: %s (%s, %s)" % (nm, r.choice(["전 계약직 직원", "○○업체 대표", "민원인"]), addr(r))),
             P("2. 혐의: 보조금 %s원 부정 수급 의혹" % "{:,}".format(r.randint(5, 90) * 1000000)),
             P("3. 조치 계획: %s경찰서에 수사 의뢰 예정 (관련 증거자료 확보 중)" % r.choice(GU)),
             P("※ 수사 착수 전 자료로 외부 유출 시 증거 인멸 우려")]
        label = lab("non_public", "none", ["OIDA-9-1-4", "OIDA-9-1-6"])
        cue = ("investigation", "body", "수사 의뢰")
        genre = "보고서"
    elif v == "landdev":
        b = [P("미공표 택지개발 후보지 검토(안)", "title"),
             P("1. 후보지: %s %s 일원 약 %d만㎡" % (r.choice(REGION), r.choice(GU), r.randint(20, 300))),
             P("2. 추진 일정: 주민 공람 전까지 대외 보안 유지"),
             P("3. 지가 상승 및 투기 우려 지역으로 토지거래허가구역 지정 검토 중")]
        label = lab("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"])
        cue = ("speculation_risk", "body", "투기 우려")
        genre = "보고서"
    elif v == "bizsecret":
        rows = [["업체명", "인건비 단가", "재료비 원가율", "적용 공법(특허)"]]
        for c in r.sample(COMPANY, 3):
            rows.append([c, "{:,}".format(r.randint(150, 400) * 1000), "%d%%" % r.randint(30, 70),
                         r.choice(["자체 개발 저진동 공법", "특허 제10-%07d호 적용" % r.randint(0, 9999999)])])
        b = [P(agency, "title"), P("제목  용역 제안서 기술평가 결과 알림", "b"),
             P("1. %s 용역의 제안서 평가 결과를 알려 드립니다." % r.choice(["하수관로 정비", "전산 유지보수"])),
             P("2. 우선협상대상자: %s" % rows[1][0]), P("3. 업체별 원가 및 기술 내역"), T(rows)]
        label = lab("partial", "none", ["OIDA-9-1-7"])
        cue = ("business_secret", "table", rows[1][1])
        genre = "계약·입찰"
    elif v == "audit":
        b = [P("%s 특정감사 중간 결과(내부)" % agency, "title"),
             P("1. 감사 기간: %s ~ 진행 중" % newdate(r)),
             P("2. 잠정 지적사항: 계약 분할 발주 의심 %d건 (사실 확인 중)" % r.randint(2, 9)),
             P("3. 최종 처분 요구 전 관계자 소명 절차 진행 예정")]
        label = lab("non_public", "none", ["OIDA-9-1-5"])
        cue = ("audit_in_progress", "body", "진행 중")
        genre = "보고서"
    elif v == "minwon":
        b = [P(agency, "title"), P("수신  %s 귀하 (%s)" % (nm, addr(r))), P("제목  민원 처리 결과 통지", "b"),
             P("1. 귀하께서 신청하신 %s 민원에 대하여 다음과 같이 처리하였습니다." % r.choice(["도로 보수", "가로등 설치", "불법 주차 단속"])),
             P("2. 처리 결과: 현장 확인 후 %s 조치 완료" % newdate(r)),
             P("3. 연락처: %s (민원인 휴대전화 %s)" % (dept, phone(r)))]
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data", "body", nm)
        genre = "민원회신"
    elif v == "payment":
        rows = [["성명", "주민등록번호", "은행", "계좌번호", "금액(원)"]]
        for _ in range(r.randint(2, 4)):
            rows.append([name(r), rrn(r), r.choice(BANK), acct(r), "{:,}".format(r.randint(10, 300) * 10000)])
        b = [P(agency, "title"), P("제목  %s 지급 결의" % r.choice(["자문 수당", "위원회 참석 수당", "강사료"]), "b"),
             P("1. 아래와 같이 지급하고자 합니다."), T(rows), P("끝.", "r")]
        label = lab("partial", "none", ["OIDA-9-1-6", "PIPA-24"])
        cue = ("personal_data_rrn", "table_cell", rows[1][1])
        genre = "기안문"
    elif v == "minutes":
        rows = [["발언자", "내용"]]
        for _ in range(r.randint(3, 5)):
            rows.append(["주민 %s (%s 거주)" % (name(r), r.choice(GU)), r.choice(["소음 피해 보상 요구", "공사 일정 연기 요청",
                                                                             "진입로 확장 건의"])])
        b = [P("%s 주민설명회 회의록" % r.choice(["하수처리장 증설", "도로 확장", "공원 조성"]), "title"),
             P("일시: %s 19:00 / 장소: %s 주민센터" % (newdate(r), r.choice(GU))),
             P("참석: %s 과장 %s 외 주민 %d명" % (dept, name(r), r.randint(20, 80))), T(rows)]
        label = lab("partial", "none", ["OIDA-9-1-6"])
        cue = ("personal_data", "table_cell", rows[1][0])
        genre = "회의록"
    else:
        raise ValueError(v)
    doc = {"header": None, "footer": None, "pages": [page(b)]}
    return doc, label, genre, cue, flags, meta


def t_hanja(n, v):
    r = R("hanja", v, n)
    agency = r.choice(AGENCY)
    dept = r.choice(DEPT)
    flags = ["hanja", "old_form"]
    date = olddate(r, 1972, 1992)
    no = docno_old(r, dept)
    meta = {}
    top = bottom = None
    if v == "pub":
        title = r.choice(["業務 協調 依賴", "管內 現況 報告", "民防衛 敎育 實施 計劃", "新年度 業務 計劃 示達"])
        lines = ["管內 各 機關은 別添 計劃에 依據 施行하시기 바람", "實施 結果는 %s까지 報告할 것" % olddate(r, 1972, 1992),
                 "秘書室 및 總務課는 關聯 協調에 萬全을 期할 것"]
        label = lab("public", "none", [])
        cue = ("keyword_trap", "body", "秘書室")
        meta["note"] = "秘書室 contains 秘 but is an office name; no marking"
    elif v == "daeoebi":
        reason = r.choice(["OIDA-9-1-3", "OIDA-9-1-5", "OIDA-9-1-4"])
        title = {"OIDA-9-1-3": "重要施設 警備 强化 對策", "OIDA-9-1-5": "機構 改編(案) 內部 檢討",
                 "OIDA-9-1-4": "不法 營業 合同 團束 計劃"}[reason]
        lines = {"OIDA-9-1-3": ["淨水場 警備 人員 配置 및 巡察 時間", "非常 發電機 位置 및 稼動 節次"],
                 "OIDA-9-1-5": ["現行 課 統廢合 方案 檢討 中", "減縮 對象 職位(案)은 未確定"],
                 "OIDA-9-1-4": ["團束 日時 및 對象 業所 (事前 漏泄 嚴禁)", "證據 確保 및 搜査機關 引繼"]}[reason]
        st = r.choice(["對外秘", "對 外 秘", "[對外秘]", "대외비(對外秘)"])
        top = st
        bottom = st if r.random() < 0.5 else None
        label = lab("non_public", "대외비", [reason])
        cue = ("marking_hanja", "top_and_bottom" if bottom else "top", st)
    else:
        raise ValueError(v)
    b = [T([[agency], ["文書番號", no, "施行日字", date], ["受信", r.choice(["各 課長", "管內 機關長"]), "參照", ""]]),
         P("題目  " + title, "b")] + numbered(lines, old=True) + [P("끝.", "r")]
    b += gyeolmun(r, agency, dept, approvers(r), no, date, addr_line=False)
    doc = {"header": None, "footer": None, "pages": [page(b, top, bottom)]}
    return doc, label, "시행문", cue, flags, meta


TEMPLATES = {"gian_old": t_gian_old, "siheng_old": t_siheng_old, "secret": t_secret, "laterpage": t_laterpage,
             "tablecont": t_tablecont, "attach": t_attach, "foia": t_foia, "forms": t_forms, "public": t_public,
             "content": t_content, "hanja": t_hanja}

# (template, variant, count, formats cycle)
PLAN = [
    ("gian_old", "pub", 8, ["hwpx", "text", "pdf_scan"]),
    ("gian_old", "override", 3, ["pdf_scan", "hwpx", "text"]),
    ("gian_old", "np5", 6, ["hwpx", "pdf_scan", "text"]),
    ("gian_old", "part6", 9, ["hwpx", "pdf", "text"]),
    ("gian_old", "conflict", 3, ["pdf_scan", "hwpx", "text"]),
    ("gian_old", "daeoebi", 6, ["hwpx", "pdf_scan", "text"]),
    ("siheng_old", "pub", 6, ["pdf_scan", "hwpx", "text"]),
    ("siheng_old", "part", 7, ["hwpx", "pdf", "text"]),
    ("siheng_old", "daeoebi", 6, ["pdf_scan", "hwpx", "text"]),
    ("siheng_old", "III", 4, ["hwpx", "pdf_scan", "text"]),
    ("siheng_old", "reclass", 3, ["pdf_scan", "hwpx", "text"]),
    ("secret", "III", 4, ["hwpx", "pdf", "text"]),
    ("secret", "III_scan", 4, ["pdf_scan", "text"]),
    ("secret", "II", 4, ["hwpx", "pdf", "text"]),
    ("secret", "II_scan", 2, ["pdf_scan", "text"]),
    ("secret", "I", 2, ["hwpx", "pdf"]),
    ("secret", "I_scan", 1, ["pdf_scan"]),
    ("laterpage", "daeoebi_p2", 6, ["pdf_scan", "pdf_scan", "text"]),
    ("laterpage", "np_gyeolmun", 5, ["hwpx", "pdf", "text"]),
    ("laterpage", "part_p3", 5, ["pdf", "hwpx", "text"]),
    ("laterpage", "pub_long", 3, ["hwpx", "pdf", "text"]),
    ("tablecont", "roster_only", 4, ["pdf", "hwpx", "text"]),
    ("tablecont", "letter_roster", 6, ["hwpx", "pdf_scan", "text"]),
    ("tablecont", "stats", 4, ["pdf", "hwpx", "text"]),
    ("attach", "listed_only", 6, ["hwpx", "pdf", "text"]),
    ("attach", "included", 5, ["pdf", "hwpx", "text"]),
    ("attach", "cover_secret", 5, ["hwpx", "pdf_scan", "text"]),
    ("foia", "named", 13, ["text", "hwpx", "pdf"]),
    ("foia", "named_scan", 4, ["pdf_scan", "text"]),
    ("foia", "anon", 11, ["text", "hwpx", "pdf"]),
    ("forms", "reading_III", 2, ["hwpx", "pdf_scan"]),
    ("forms", "reading_I", 1, ["hwpx"]),
    ("forms", "reading_II", 1, ["pdf"]),
    ("forms", "blank", 5, ["hwpx", "pdf", "text"]),
    ("forms", "yegomun_daeoebi", 5, ["text", "hwpx", "pdf"]),
    ("forms", "reclass_notice", 3, ["pdf", "text", "hwpx"]),
    ("forms", "password", 2, ["text", "hwpx"]),
    ("public", "training", 7, ["hwpx", "pdf", "text"]),
    ("public", "stats", 6, ["text", "pdf", "hwpx"]),
    ("public", "press", 6, ["text", "hwpx", "pdf"]),
    ("public", "notice", 6, ["pdf_scan", "text", "hwpx"]),
    ("public", "personnel", 5, ["text", "hwpx", "pdf"]),
    ("content", "discipline", 5, ["text", "hwpx", "pdf_scan"]),
    ("content", "sick", 4, ["hwpx", "text", "pdf"]),
    ("content", "union", 3, ["text", "pdf", "hwpx"]),
    ("content", "investigation", 4, ["pdf", "text", "hwpx"]),
    ("content", "landdev", 3, ["hwpx", "text", "pdf"]),
    ("content", "bizsecret", 5, ["text", "pdf", "hwpx"]),
    ("content", "audit", 4, ["pdf", "hwpx", "text"]),
    ("content", "minwon", 10, ["text", "pdf_scan", "hwpx"]),
    ("content", "payment", 8, ["hwpx", "text", "pdf"]),
    ("content", "minutes", 6, ["text", "hwpx", "pdf"]),
    ("hanja", "pub", 6, ["pdf_scan", "text", "hwpx"]),
    ("hanja", "daeoebi", 6, ["pdf_scan", "hwpx", "text"]),
]


# ------------------------------------------------------------------ OCR pass
def apply_scan_noise(doc, r, cue_text, noisy_cue):
    """Noise everything except the cue (the cue is either printed noisy by the template or kept)."""
    keep = cue_text.split(" | ")[-1] if cue_text else None
    keep_exact = set(cue_text.split(" | ")) if cue_text else set()

    def nz(s):
        if s is None or s == "":
            return s
        if s in keep_exact:
            return s
        if keep and keep in s:
            a, b = s.split(keep, 1)
            return ocr_noise(r, a) + keep + ocr_noise(r, b)
        return ocr_noise(r, s)

    for key in ("header", "footer"):
        doc[key] = nz(doc[key])
    for pg in doc["pages"]:
        pg["top"] = nz(pg["top"])
        pg["bottom"] = nz(pg["bottom"])
        nb = []
        for blk in pg["blocks"]:
            if blk[0] == "p":
                nb.append(("p", nz(blk[1]), blk[2]))
            elif blk[0] == "box":
                nb.append(("box", nz(blk[1])))
            else:
                nb.append(("tbl", [[nz(c) for c in row] for row in blk[1]]))
        pg["blocks"] = nb


def noisy_field(r, s):
    """OCR noise inside a disclosure-field cue (공개구분/공개여부)."""
    subs = [("공개", "공 개"), ("비공개", "비공7H"), ("구분:", "구분 ;"), ("(5)", "(5 )"), ("(6)", "(б)"),
            ("공개여부", "공개여 부"), (":", " :"), ("제9조", "제9乏"), ("|", "l")]
    out = s
    for a, b in r.sample(subs, 3):
        if a in out:
            out = out.replace(a, b, 1)
    return out


def noisy_value(r, v):
    table = {"공개": ["공 개", "공7H", "곰개"], "비공개": ["비공7H", "비 공개", "ㅂl공개", "비공개)"],
             "부분공개": ["부분공 개", "부분공7H", "부븐공개"]}
    base = v.split("(")[0]
    if base in table:
        return v.replace(base, r.choice(table[base]), 1).replace("(6)", r.choice(["(6)", "(б)", "(6 )"]))
    return v.replace("(", r.choice(["(", "〔", "{"]), 1)


def replace_exact(doc, old, new):
    def f(s):
        return new if s == old else s
    for key in ("header", "footer"):
        doc[key] = f(doc[key])
    for pg in doc["pages"]:
        pg["top"], pg["bottom"] = f(pg["top"]), f(pg["bottom"])
        nb = []
        for blk in pg["blocks"]:
            if blk[0] == "p":
                nb.append(("p", f(blk[1]), blk[2]))
            elif blk[0] == "box":
                nb.append(("box", f(blk[1])))
            else:
                nb.append(("tbl", [[f(c) for c in row] for row in blk[1]]))
        pg["blocks"] = nb


# ------------------------------------------------------------------ text rendering
def to_text(doc):
    out = []
    np_ = len(doc["pages"])
    for i, pg in enumerate(doc["pages"]):
        if doc["header"]:
            out.append(doc["header"])
        if pg["top"]:
            out.append(pg["top"])
        for blk in pg["blocks"]:
            if blk[0] == "p":
                out.append(blk[1])
            elif blk[0] == "box":
                out.append("┌ " + blk[1] + " ┐")
            else:
                for row in blk[1]:
                    out.append(" | ".join(c.replace("\n", " ") for c in row))
        if pg["bottom"]:
            out.append(pg["bottom"])
        if doc["footer"]:
            out.append(doc["footer"])
        if np_ > 1:
            out.append("- %d -" % (i + 1))
            if i < np_ - 1:
                out.append("")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ HWPX
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" '
      'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hp10="http://www.hancom.co.kr/hwpml/2016/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
      'xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" '
      'xmlns:hhs="http://www.hancom.co.kr/hwpml/2011/history" '
      'xmlns:hm="http://www.hancom.co.kr/hwpml/2011/master-page" '
      'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:opf="http://www.idpf.org/2007/opf/" '
      'xmlns:ooxmlchart="http://www.hancom.co.kr/hwpml/2016/ooxmlchart" '
      'xmlns:hwpunitchar="http://www.hancom.co.kr/hwpml/2016/HwpUnitChar" '
      'xmlns:epub="http://www.idpf.org/2007/ops" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')

FONTS = ["HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"]


def header_xml():
    ff = "".join('<hh:fontface lang="%s" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0">'
                 '<hh:typeInfo familyType="FCAT_GOTHIC" weight="6" proportion="4" contrast="0" strokeVariation="1" '
                 'armStyle="1" letterform="1" midline="1" xHeight="1"/></hh:font></hh:fontface>' % l for l in FONTS)

    def border(i, solid):
        st = "SOLID" if solid else "NONE"
        return ('<hh:borderFill id="%d" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0">'
                '<hh:slash type="NONE" Crooked="0" isCounter="0"/><hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
                '<hh:leftBorder type="%s" width="0.12 mm" color="#000000"/><hh:rightBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:topBorder type="%s" width="0.12 mm" color="#000000"/><hh:bottomBorder type="%s" width="0.12 mm" color="#000000"/>'
                '<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/></hh:borderFill>' % (i, st, st, st, st))

    def charpr(i, h, bold, color):
        return ('<hh:charPr id="%d" height="%d" textColor="%s" shadeColor="none" useFontSpace="0" useKerning="0" '
                'symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:ratio hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:spacing hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>'
                '<hh:relSz hangul="100" latin="100" hanja="100" japanese="100" other="100" symbol="100" user="100"/>'
                '<hh:offset hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/>%s'
                '<hh:underline type="NONE" shape="SOLID" color="#000000"/><hh:strikeout shape="NONE" color="#000000"/>'
                '<hh:outline type="NONE"/><hh:shadow type="NONE" color="#B2B2B2" offsetX="10" offsetY="10"/></hh:charPr>'
                % (i, h, color, "<hh:bold/>" if bold else ""))

    def parapr(i, align):
        return ('<hh:paraPr id="%d" tabPrIDRef="0" condense="0" fontLineHeight="0" snapToGrid="1" suppressLineNumbers="0" checked="0">'
                '<hh:align horizontal="%s" vertical="BASELINE"/><hh:heading type="NONE" idRef="0" level="0"/>'
                '<hh:breakSetting breakLatinWord="KEEP_WORD" breakNonLatinWord="KEEP_WORD" widowOrphan="0" keepWithNext="0" keepLines="0" pageBreakBefore="0" lineWrap="BREAK"/>'
                '<hh:autoSpacing eAsianEng="0" eAsianNum="0"/>'
                '<hh:margin><hc:intent value="0" unit="HWPUNIT"/><hc:left value="0" unit="HWPUNIT"/><hc:right value="0" unit="HWPUNIT"/>'
                '<hc:prev value="0" unit="HWPUNIT"/><hc:next value="0" unit="HWPUNIT"/></hh:margin>'
                '<hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/>'
                '<hh:border borderFillIDRef="1" offsetLeft="0" offsetRight="0" offsetTop="0" offsetBottom="0" connect="0" ignoreMargin="0"/>'
                '</hh:paraPr>' % (i, align))

    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            '<hh:head %s version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>'
            '<hh:refList><hh:fontfaces itemCnt="7">%s</hh:fontfaces>'
            '<hh:borderFills itemCnt="2">%s%s</hh:borderFills>'
            '<hh:charProperties itemCnt="4">%s%s%s%s</hh:charProperties>'
            '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
            '<hh:paraProperties itemCnt="3">%s%s%s</hh:paraProperties>'
            '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>'
            '</hh:refList><hh:compatibleDocument targetProgram="HWP201X"><hh:layoutCompatibility/></hh:compatibleDocument>'
            '<hh:docOption><hh:linkinfo path="" pageInherit="0" footnoteInherit="0"/></hh:docOption>'
            '<hh:trackchageConfig flags="56"/></hh:head>'
            % (NS, ff, border(1, False), border(2, True), charpr(0, 1000, False, "#000000"),
               charpr(1, 1600, True, "#000000"), charpr(2, 1200, True, "#C00000"), charpr(3, 1000, True, "#000000"),
               parapr(0, "JUSTIFY"), parapr(1, "CENTER"), parapr(2, "RIGHT")))


class HW:
    def __init__(self):
        self.pid = 0
        self.oid = 1000

    def nid(self):
        self.oid += 1
        return self.oid

    def para(self, text, style="n", page_break=False, extra_run=""):
        self.pid += 1
        ppr = {"c": 1, "title": 1, "r": 2, "stamp": 1}.get(style, 0)
        cpr = {"title": 1, "stamp": 2, "b": 3}.get(style, 0)
        lines = (text or "").split("\n")
        t = "<hp:lineBreak/>".join(escape(l) for l in lines)
        return ('<hp:p id="%d" paraPrIDRef="%d" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">%s'
                '<hp:run charPrIDRef="%d"><hp:t>%s</hp:t></hp:run></hp:p>'
                % (self.pid, ppr, 1 if page_break else 0, extra_run, cpr, t))

    def sublist(self, paras, va="TOP", w=0, h=0):
        return ('<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="%s" linkListIDRef="0" '
                'linkListNextIDRef="0" textWidth="%d" textHeight="%d" hasTextRef="0" hasNumRef="0">%s</hp:subList>'
                % (va, w, h, "".join(paras)))

    def table(self, rows):
        ncol = max(len(rw) for rw in rows)
        W = 42520
        out = []
        rh = 1200
        for ri, rw in enumerate(rows):
            cells = []
            cw = W // ncol
            for ci, c in enumerate(rw):
                span = ncol - len(rw) + 1 if ci == len(rw) - 1 else 1
                cells.append('<hp:tc name="" header="%d" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">%s'
                              '<hp:cellAddr colAddr="%d" rowAddr="%d"/><hp:cellSpan colSpan="%d" rowSpan="1"/>'
                              '<hp:cellSz width="%d" height="%d"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
                              % (1 if ri == 0 else 0, self.sublist([self.para(c)], "CENTER"), ci, ri, span, cw * span, rh))
            out.append("<hp:tr>%s</hp:tr>" % "".join(cells))
        return ('<hp:tbl id="%d" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="%d" colCnt="%d" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
                'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="283" right="283" top="283" bottom="283"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>'
                '%s</hp:tbl>' % (self.nid(), len(rows), ncol, W, rh * len(rows), "".join(out)))

    def textbox(self, text):
        w, h = 30000, 4000
        return ('<hp:rect id="%d" zOrder="1" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" '
                'dropcapstyle="None" href="" groupLevel="0" instid="%d" ratio="0">'
                '<hp:offset x="0" y="0"/><hp:orgSz width="%d" height="%d"/><hp:curSz width="0" height="0"/>'
                '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="%d" centerY="%d" rotateimage="1"/>'
                '<hp:renderingInfo><hc:transMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>'
                '<hc:scaMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/><hc:rotMatrix e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/></hp:renderingInfo>'
                '<hp:lineShape color="#000000" width="33" style="SOLID" endCap="FLAT" headStyle="NORMAL" tailStyle="NORMAL" '
                'headfill="1" tailfill="1" headSz="MEDIUM_MEDIUM" tailSz="MEDIUM_MEDIUM" outlineStyle="NORMAL" alpha="0"/>'
                '<hc:fillBrush><hc:winBrush faceColor="#FFFFFF" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
                '<hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" alpha="0"/>'
                '<hp:drawText lastWidth="%d" name="" editable="0"><hp:textMargin left="283" right="283" top="283" bottom="283"/>%s</hp:drawText>'
                '<hc:pt0 x="0" y="0"/><hc:pt1 x="%d" y="0"/><hc:pt2 x="%d" y="%d"/><hc:pt3 x="0" y="%d"/>'
                '<hp:sz width="%d" widthRelTo="ABSOLUTE" height="%d" heightRelTo="ABSOLUTE" protect="0"/>'
                '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" '
                'horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
                '<hp:outMargin left="0" right="0" top="0" bottom="0"/></hp:rect>'
                % (self.nid(), self.nid(), w, h, w // 2, h // 2, w, self.sublist([self.para(text, "stamp")], "CENTER"),
                   w, w, h, h, w, h))

    def hf(self, kind, text):
        return ('<hp:ctrl><hp:%s id="%d" applyPageType="BOTH">%s</hp:%s></hp:ctrl>'
                % (kind, self.nid(), self.sublist([self.para(text, "stamp")], "TOP" if kind == "header" else "BOTTOM",
                                                  42520, 4252), kind))


SECPR = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" tabStopUnit="HWPUNIT" '
         'outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
         '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
         '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" '
         'hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
         '<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>'
         '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY">'
         '<hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr>'
         '<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
         '<hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/>'
         '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>'
         '<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/>'
         '<hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/>'
         '<hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>'
         '<hp:pageBorderFill type="BOTH" borderFillIDRef="1" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER">'
         '<hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill></hp:secPr>'
         '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>')


def section_xml(doc, title):
    hw = HW()
    ctrl = SECPR
    if doc["header"]:
        ctrl += hw.hf("header", doc["header"])
    if doc["footer"]:
        ctrl += hw.hf("footer", doc["footer"])
    paras = []
    first = True
    for pi, pg in enumerate(doc["pages"]):
        items = []
        if pg["top"]:
            items.append(("p", pg["top"], "stamp"))
        items += pg["blocks"]
        if pg["bottom"]:
            items.append(("p", pg["bottom"], "stamp"))
        for k, blk in enumerate(items):
            pb = (pi > 0 and k == 0)
            extra = ""
            if first:
                extra = '<hp:run charPrIDRef="0">%s</hp:run>' % ctrl
                first = False
            if blk[0] == "p":
                paras.append(hw.para(blk[1], blk[2], pb, extra))
            else:
                obj = hw.table(blk[1]) if blk[0] == "tbl" else hw.textbox(blk[1])
                hw.pid += 1
                paras.append('<hp:p id="%d" paraPrIDRef="0" styleIDRef="0" pageBreak="%d" columnBreak="0" merged="0">%s'
                             '<hp:run charPrIDRef="0">%s<hp:t/></hp:run></hp:p>' % (hw.pid, 1 if pb else 0, extra, obj))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><hs:sec %s>%s</hs:sec>' % (NS, "".join(paras)))


def write_hwpx(path, doc, title):
    files = [
        ("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
        ("version.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                         '<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" '
                         'major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="Hancom Office Hangul" '
                         'appVersion="11, 0, 0, 2129 WIN32LEWindows_10"/>').encode(), zipfile.ZIP_STORED),
        ("Contents/header.xml", header_xml().encode(), zipfile.ZIP_DEFLATED),
        ("Contents/section0.xml", section_xml(doc, title).encode(), zipfile.ZIP_DEFLATED),
        ("Preview/PrvText.txt", to_text(doc)[:1024].encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><ha:HWPApplicationSetting '
                          'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0">'
                          '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>').encode(),
         zipfile.ZIP_DEFLATED),
        ("META-INF/container.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                                    '<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
                                    'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles>'
                                    '<ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
                                    '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
                                    '</ocf:rootfiles></ocf:container>').encode(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
                                   '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>').encode(),
         zipfile.ZIP_DEFLATED),
        ("Contents/content.hpf", ('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?><opf:package %s version="" '
                                  'unique-identifier="" id=""><opf:metadata><opf:title>%s</opf:title><opf:language>ko</opf:language>'
                                  '<opf:meta name="creator" content="text">sens_ak</opf:meta>'
                                  '<opf:meta name="CreatedDate" content="text">2026-01-01T00:00:00Z</opf:meta></opf:metadata>'
                                  '<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
                                  '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
                                  '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>'
                                  '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/>'
                                  '</opf:spine></opf:package>' % (NS, escape(title))).encode(), zipfile.ZIP_DEFLATED),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for nm, data, comp in files:
            zi = zipfile.ZipInfo(nm, date_time=ZIP_TIME)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ PDF
_PDF = {}


def pdf_setup():
    if _PDF:
        return _PDF
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("NG", FONT_PATH))
    pdfmetrics.registerFont(TTFont("NGB", FONT_BOLD))
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    _PDF.update(canvas=canvas, A4=A4, sw=pdfmetrics.stringWidth)
    return _PDF


def wrap(sw, text, font, size, width):
    lines = []
    for raw in text.split("\n"):
        cur = ""
        for ch in raw:
            if sw(cur + ch, font, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def write_pdf(path, doc, title, scan, r):
    m = pdf_setup()
    W, H = m["A4"]
    sw = m["sw"]
    c = m["canvas"].Canvas(path, pagesize=m["A4"], invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("sens_ak synthetic")
    c.setCreator("sens_ak make_set.py")
    c.setProducer("reportlab (invariant)")
    L, Rm = 60, W - 60
    for pi, pg in enumerate(doc["pages"]):
        if scan:
            c.setFillGray(0.93)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillGray(0.55)
            for _ in range(r.randint(150, 400)):
                c.circle(r.uniform(0, W), r.uniform(0, H), r.uniform(0.2, 1.1), stroke=0, fill=1)
            c.saveState()
            c.translate(W / 2, H / 2)
            c.rotate(r.uniform(-0.9, 0.9))
            c.translate(-W / 2, -H / 2)
        ink = 0.18 if scan else 0.0
        c.setFillGray(ink)
        c.setStrokeGray(ink)
        y = H - 50

        def stamp_line(t, yy):
            c.setFont("NGB", 13)
            c.setFillColorRGB(0.75, 0.1, 0.1) if not scan else c.setFillGray(0.25)
            tw = sw(t, "NGB", 13)
            c.drawString((W - tw) / 2, yy, t)
            c.setStrokeColorRGB(0.75, 0.1, 0.1) if not scan else c.setStrokeGray(0.3)
            c.rect((W - tw) / 2 - 6, yy - 4, tw + 12, 18, stroke=1, fill=0)
            c.setFillGray(ink)
            c.setStrokeGray(ink)

        if doc["header"]:
            stamp_line(doc["header"], H - 38)
            y -= 18
        if pg["top"]:
            stamp_line(pg["top"], y - 8)
            y -= 30
        for blk in pg["blocks"]:
            if blk[0] == "p":
                st = blk[2]
                font, size = ("NGB", 16) if st == "title" else (("NGB", 10.5) if st in ("b", "stamp") else ("NG", 10))
                for ln in wrap(sw, blk[1], font, size, Rm - L):
                    c.setFont(font, size)
                    tw = sw(ln, font, size)
                    x = L if st not in ("c", "title", "r", "stamp") else ((W - tw) / 2 if st != "r" else Rm - tw)
                    c.drawString(x, y - size, ln)
                    y -= size * 1.6
                y -= 2
            elif blk[0] == "box":
                lines = wrap(sw, blk[1], "NGB", 10, Rm - L - 20)
                h = 16 * len(lines) + 10
                c.rect(L, y - h, Rm - L, h, stroke=1, fill=0)
                for i, ln in enumerate(lines):
                    c.setFont("NGB", 10)
                    c.drawString(L + 10, y - 18 - 16 * i, ln)
                y -= h + 8
            else:
                rows = blk[1]
                ncol = max(len(rw) for rw in rows)
                cw = (Rm - L) / ncol
                for rw in rows:
                    wraps = []
                    for ci, cell in enumerate(rw):
                        span = ncol - len(rw) + 1 if ci == len(rw) - 1 else 1
                        wraps.append((span, wrap(sw, cell, "NG", 8.5, cw * span - 6)))
                    rh = max(len(wl) for _, wl in wraps) * 11 + 6
                    x = L
                    for span, wl in wraps:
                        c.rect(x, y - rh, cw * span, rh, stroke=1, fill=0)
                        for i, ln in enumerate(wl):
                            c.setFont("NG", 8.5)
                            c.drawString(x + 3, y - 11 - 11 * i, ln)
                        x += cw * span
                    y -= rh
                y -= 8
            if y < 90:
                y = 90
        if pg["bottom"]:
            stamp_line(pg["bottom"], 62)
        if doc["footer"]:
            c.setFont("NG", 8)
            c.drawString(L, 40, doc["footer"])
        if len(doc["pages"]) > 1:
            c.setFont("NG", 9)
            pn = "- %d -" % (pi + 1)
            c.drawString((W - sw(pn, "NG", 9)) / 2, 26, pn)
        if scan:
            c.restoreState()
        c.showPage()
    c.save()


# ------------------------------------------------------------------ main
def build():
    os.makedirs(FILES, exist_ok=True)
    recs, metas = [], []
    k = 0
    for tname, var, count, fmts in PLAN:
        for i in range(count):
            doc, label, genre, cue, flags, meta = TEMPLATES[tname](i, var)
            fmt = fmts[i % len(fmts)]
            r = R(tname, var, i, "|render")
            cue_kind, cue_loc, cue_text = cue
            flags = list(flags)
            if fmt == "pdf_scan":
                if "scan" not in flags:
                    flags.append("scan")
                # OCR noise in the decisive disclosure-field cue for some scans
                if cue_kind.startswith("disclosure_field") and r.random() < 0.7:
                    if " | " in cue_text:
                        lab_, val = cue_text.split(" | ", 1)
                        nv = noisy_value(r, val)
                        replace_exact(doc, val, nv)
                        cue_text = lab_ + " | " + nv
                    else:
                        nt = noisy_field(r, cue_text)
                        replace_exact(doc, cue_text, nt)
                        cue_text = nt
                    flags.append("ocr_noise_in_cue")
                apply_scan_noise(doc, r, cue_text if cue_text else None, False)
            elif fmt == "text" and "scan" in flags:
                apply_scan_noise(doc, r, cue_text if cue_text else None, False)
            k += 1
            rid = "sens_ak-%03d" % k
            title = next((b[1] for pg in doc["pages"] for b in pg["blocks"] if b[0] == "p"), tname)[:60]
            rec = {"id": rid}
            if fmt == "text":
                rec["text"] = to_text(doc)
                fmtname = "text"
            elif fmt == "hwpx":
                fn = "files/%s.hwpx" % rid
                write_hwpx(os.path.join(HERE, fn), doc, title)
                rec["file"] = fn
                fmtname = "hwpx"
            else:
                fn = "files/%s.pdf" % rid
                write_pdf(os.path.join(HERE, fn), doc, title, fmt == "pdf_scan", r)
                rec["file"] = fn
                fmtname = fmt
            rec.update(label)
            rec["genre"] = genre
            # the cue must literally appear in the rendered text
            full = to_text(doc)
            assert (not cue_text) or cue_text in full, (rid, cue_text)
            if len(doc["pages"]) > 1 and "multipage" not in flags:
                flags.append("multipage")
            m = {"id": rid, "template": tname, "variant": var, "format": fmtname, "cue_kind": cue_kind,
                 "cue_location": cue_loc, "cue_text": cue_text, "flags": sorted(set(flags)),
                 "pages": len(doc["pages"])}
            m.update(meta)
            recs.append(rec)
            metas.append(m)
    with open(os.path.join(HERE, "sens_ak.jsonl"), "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(HERE, "sens_ak.meta.jsonl"), "w", encoding="utf-8") as f:
        for x in metas:
            f.write(json.dumps(x, ensure_ascii=False, sort_keys=True) + "\n")
    return recs, metas


if __name__ == "__main__":
    recs, metas = build()
    print("wrote %d records" % len(recs))
