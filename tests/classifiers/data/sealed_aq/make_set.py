#!/usr/bin/env python3
"""sens_aq: independent evaluation set for disclosure status / security marking of
Korean public-sector documents.  Deterministic: every random choice comes from
random.Random("sens_aq-2026|<template>|<i>").  All organisations, names, places and
numbers are invented.  Run with the venv python (needs fpdf2, Pillow, pypdf)."""
import os, sys, json, random, zipfile, io, datetime, re, hashlib, collections, logging
logging.getLogger("fontTools").setLevel(logging.ERROR)
from xml.sax.saxutils import escape as xesc

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
REF = datetime.date(2026, 6, 30)          # reference date for "now"
FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
FONT_B = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
FONT_M = "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"
FIXED_DT = datetime.datetime(2026, 6, 30, 9, 0, 0, tzinfo=datetime.timezone.utc)

def RNG(t, i):
    return random.Random(f"sens_aq-2026|{t}|{i}")

# ------------------------------------------------------------------ invented pools
SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
       "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남궁", "선우", "황보", "제갈", "탁", "변", "도", "어"]
GIV = ["가", "람", "서", "윤", "도", "현", "민", "준", "하", "은", "지", "호", "태", "연", "수", "빈", "채", "율",
       "세", "린", "온", "결", "솔", "담", "건", "우", "희", "경", "재", "나", "아", "규", "혁", "별", "슬", "찬", "겸", "훈"]
def name(r):
    return r.choice(SUR) + r.choice(GIV) + r.choice(GIV)
def masked_name(r):
    s = r.choice(SUR)
    return r.choice([s + "○○", s + "**", s + " 모 씨", s + "◯◯"])

MINISTRIES = ["국토균형발전부", "해양환경안전처", "디지털행정혁신부", "농어촌활력청", "국가재난통신원",
              "산림자원보전청", "공공데이터관리원", "보훈복지진흥처", "기후에너지전환부", "누리교통안전공단",
              "연안항만관리청", "국가기반시설보호처", "대외협력조정실", "미래인재개발부"]
LOCALS = ["한결시", "동하군", "서련도", "미리내시", "가온구", "청솔군", "새벽시", "누리시", "아라군", "온빛구"]
PROV = ["서련도", "동하도", "한울도", "가람도", "늘봄도"]
ROADS = ["누리로", "갈빛로", "새터길", "한솔대로", "물결로", "별내로", "가온길", "청람로", "솔빛대로", "다온로"]
TOWN = ["한결시 온빛구", "미리내시 가람구", "새벽시 솔터구", "누리시 별빛구", "아라군 해솔읍", "청솔군 다래면"]
COMPANY = ["(주)한빛정밀", "(주)누리시스템", "가온엔지니어링(주)", "(주)솔터건설", "다온데이터(주)", "(주)별내통신",
           "물결환경(주)", "(주)청람소프트", "해솔테크(주)", "(주)아라안전", "(주)온새미로보틱스", "새터산업(주)"]
DEPTS = ["운영지원과", "기획조정담당관실", "감사담당관실", "비상안전기획관실", "정보보안팀", "민원행정과", "계약관리과",
         "통계분석과", "대변인실", "인사혁신팀", "시설관리과", "수사지원과", "법무송무팀", "국제협력과", "개발정책과", "재난대응과"]
POS_OFF = ["주무관", "사무관", "서기관", "행정주사", "행정사무관", "연구관", "전문경력관", "공업주사"]
BANKS = ["한솔은행", "누리저축은행", "가람농협", "다온신협", "별빛은행"]

def dt(r, y0=2023, y1=2026, before=REF):
    while True:
        d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
        if d <= before:
            return d
def fd(d, style=0):
    if style == 0: return f"{d.year}. {d.month}. {d.day}."
    if style == 1: return f"{d.year}년 {d.month}월 {d.day}일"
    if style == 2: return f"{d.year}-{d.month:02d}-{d.day:02d}"
    return f"{d.year}.{d.month:02d}.{d.day:02d}."
def future(r, lo=200, hi=1300):
    return REF + datetime.timedelta(days=r.randint(lo, hi))
def past(r, lo=30, hi=700):
    return REF - datetime.timedelta(days=r.randint(lo, hi))
def phone_off(r):
    return f"0{r.choice([44, 42, 31, 33, 51, 61])}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
def mobile(r):
    return f"010-{r.randint(2000, 9999)}-{r.randint(1000, 9999)}"
def addr_priv(r):
    return f"{r.choice(PROV)} {r.choice(TOWN)} {r.choice(ROADS)} {r.randint(3, 290)}, {r.randint(101, 115)}동 {r.randint(1, 25)}{r.randint(1, 9):02d}호"
def addr_inst(r, org):
    return f"{r.choice(PROV)} {r.choice(TOWN)} {r.choice(ROADS)} {r.randint(10, 99)} {org} 청사"
def docno(r, dept):
    return f"{dept}-{r.randint(120, 9800)}"
def amount(r, lo=1, hi=900):
    return f"{r.randint(lo, hi) * 1_000_000 + r.randint(0, 99) * 10_000:,}원"

# --- identifiers
def rrn(r):
    while True:
        y = r.randint(1950, 1999); m = r.randint(1, 12); d = r.randint(1, 28)
        g = r.choice([1, 2])
        body = f"{y % 100:02d}{m:02d}{d:02d}{g}{r.randint(0, 99999):05d}"
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
        s = body + str(c)
        return f"{s[:6]}-{s[6:]}"
def frn(r):
    y = r.randint(1970, 1999); m = r.randint(1, 12); d = r.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{d:02d}{r.choice([5, 6])}{r.randint(0, 99999):05d}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (13 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return f"{s[:6]}-{s[6:]}"
def rrn_masked(r):
    s = rrn(r)
    return s[:8] + r.choice(["******", "●●●●●●", "XXXXXX"])
def passport(r):
    if r.random() < 0.5:
        return f"{r.choice('MS')}{r.randint(10000000, 99999999)}"
    return f"M{r.randint(100, 999)}{r.choice('ABCDEFGHJK')}{r.randint(1000, 9999)}"
def dlic(r):
    return f"{r.randint(11, 28)}-{r.randint(10, 24)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}"
def account(r):
    return f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}"

# ------------------------------------------------------------------ stamps
def st_daeoe(r, d=None):
    opts = ["대 외 비", "[대외비]", "《대외비》", "보안등급: 대외비", "대외비", "〈대외비〉", "대  외  비"]
    if d is not None:
        opts = [f"대외비(보호기간: {fd(d)}까지)", f"{fd(d)}까지 대외비", f"대외비 (보호기간 {fd(d, 1)}까지)"]
    return r.choice(opts)
def st_secret(r, lvl):
    if lvl == 3:
        return r.choice(["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "Ⅲ급 비밀"])
    if lvl == 2:
        return r.choice(["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "Ⅱ 급 비 밀", "2급 비밀"])
    return r.choice(["Ⅰ급비밀", "I급 비밀", "Ⅰ 급 비 밀", "비밀(Ⅰ급)"])
LVL_TXT = {1: "Ⅰ급비밀", 2: "Ⅱ급비밀", 3: "Ⅲ급비밀"}
def yego(r, d, lvl, after="일반문서로 재분류"):
    f = r.choice([0, 0, 1, 3])
    return r.choice([f"예고문: {fd(d, f)}까지 {LVL_TXT[lvl]}, 이후 {after}",
                     f"예고문 : {fd(d, f)}까지 {LVL_TXT[lvl]} / 이후 {after}",
                     f"(예고문) {fd(d, f)} 이후 {after}"])
def copyno(r):
    n = r.randint(3, 9)
    return r.choice([f"사본번호 제{r.randint(1, n)}호(총 {n}부)", f"사본 {r.randint(1, n)}/{n}", f"사본번호: {r.randint(1, n)}번"])

# 공개구분 line for 공문 결문
def disc_line(r, disclosure, reasons):
    nums = [x.split("-")[-1] for x in reasons if x.startswith("OIDA")]
    if disclosure == "public":
        return r.choice(["공개구분: 공개", "/ 공개", "공개구분 : 공개", "공개여부: 공개"])
    if disclosure == "partial":
        n = ",".join(nums) if nums else "6"
        return r.choice([f"공개구분: 부분공개({n})", f"/ 부분공개({n})", f"공개구분 : 부분공개 ({n}호)"])
    n = ",".join(nums) if nums else "5"
    return r.choice([f"공개구분: 비공개({n})", f"/ 비공개({n})", f"공개구분 : 비공개(제9조 제1항 제{nums[0] if nums else '5'}호)"])

# ------------------------------------------------------------------ ordinary administrative prose
POOLS = {
"admin": [
 "{org}에서는 {y}년도 업무계획에 따라 소관 사업의 추진 상황을 분기별로 점검하고 있습니다.",
 "각 부서는 붙임 서식에 따라 추진 실적을 작성하여 {d1}까지 제출하여 주시기 바랍니다.",
 "제출 자료는 전자문서시스템의 공유 문서함을 이용하고, 별도의 종이 문서는 송부하지 않습니다.",
 "기한 내 제출이 곤란한 경우 사전에 담당자와 협의하여 일정을 조정하시기 바랍니다.",
 "작성 시 전년도 실적과 비교할 수 있도록 동일한 기준과 단위를 사용하여야 합니다.",
 "예산 집행률이 60% 미만인 사업은 부진 사유와 향후 집행 계획을 함께 기재하여 주십시오.",
 "이번 점검 결과는 하반기 조직 성과평가의 기초 자료로 활용될 예정입니다.",
 "관련 법령 개정 사항이 있는 경우 개정 조문과 시행일을 비고란에 적어 주시기 바랍니다.",
 "회의실 사용은 청사 통합예약시스템에서 신청하며, 당일 변경은 총무 담당자에게 문의합니다.",
 "{org} 누리집 게시판에 관련 서식과 작성 예시를 함께 올려 두었습니다.",
 "중복 제출을 막기 위해 부서별 취합 담당자 1명을 지정하여 회신하여 주시기 바랍니다.",
 "지난해 지적된 미비 사항은 별도 항목으로 구분하여 조치 결과를 기재합니다.",
 "협조 부서의 의견이 있는 경우 검토 의견서를 첨부하여 함께 보내 주시기 바랍니다.",
 "행사 당일 주차 공간이 부족하므로 가급적 대중교통을 이용하여 주시기 바랍니다.",
 "세부 일정은 참석 기관 수에 따라 일부 조정될 수 있으며, 변경 시 별도로 알려 드리겠습니다.",
 "본 계획에 소요되는 경비는 {y}년도 기본경비 중 일반수용비에서 집행합니다.",
 "자료 작성 과정에서 불명확한 사항은 소관 과의 해석을 우선하여 따릅니다.",
 "추진 과정에서 발생하는 민원은 접수 순서에 따라 처리하고 결과를 기록으로 남깁니다.",
],
"safety": [
 "여름철 집중호우에 대비하여 배수시설과 비상 양수기의 작동 상태를 {d1}까지 점검합니다.",
 "비상 연락체계는 평일 주간과 야간·휴일로 나누어 운영하며 당직실이 최종 연락 창구가 됩니다.",
 "출입 통제 구역의 카드 인식기 로그는 월 1회 이상 확인하고 이상 출입은 즉시 보고합니다.",
 "소방 설비 자체 점검 결과 부적합 항목 3건이 확인되어 보수를 요청하였습니다.",
 "재난 대응 모의훈련은 상·하반기 각 1회 실시하고 결과를 다음 분기 계획에 반영합니다.",
 "외부 용역 인력의 출입증은 계약 기간 종료와 동시에 회수하는 것을 원칙으로 합니다.",
 "비상 발전기는 연료 보유량을 72시간 이상 유지하도록 관리합니다.",
 "청사 외곽 울타리 일부 구간의 노후화가 확인되어 교체 예산을 요구할 예정입니다.",
 "폐쇄회로 영상은 보존기간 30일이 지나면 자동으로 삭제되도록 설정되어 있습니다.",
 "훈련 시 인근 주민 불편을 줄이기 위하여 사이렌 시험은 오전 10시 이후에 실시합니다.",
 "야간 순찰은 2인 1조로 편성하며 순찰 기록은 전자 순찰함에 입력합니다.",
 "위험물 저장소의 온도·습도 기록은 매일 두 차례 측정하여 대장에 기재합니다.",
],
"audit": [
 "이번 감사는 {y}년 1월부터 {y2}년 12월까지 처리된 업무를 대상으로 실시하였습니다.",
 "감사 기간 중 관련 문서 412건과 회계 증빙 1,086건을 표본으로 검토하였습니다.",
 "계약 업무에서 수의계약 사유 검토가 미흡한 사례가 일부 확인되었습니다.",
 "보조금 정산 과정에서 증빙 서류가 누락된 건에 대하여 보완을 요구하였습니다.",
 "지적 사항에 대해서는 처분 요구일로부터 60일 이내에 조치 결과를 제출하여야 합니다.",
 "감사 결과에 이의가 있는 기관은 통보를 받은 날부터 1개월 이내에 재심의를 청구할 수 있습니다.",
 "물품 관리대장과 실제 보유 현황이 일치하지 않는 품목이 7건 발견되었습니다.",
 "출장 여비 지급 기준을 잘못 적용한 사례는 과다 지급액을 회수하도록 하였습니다.",
 "업무추진비 집행 내역은 대체로 기준에 맞게 처리되었으나 일부 증빙의 기재가 불충분하였습니다.",
 "제도 개선이 필요한 사항은 소관 부서에 통보하여 관련 지침을 정비하도록 하였습니다.",
 "감사인은 수감 기관의 협조로 현장 확인을 예정대로 마쳤습니다.",
 "유사 사례의 재발 방지를 위하여 담당자 교육을 연 2회 실시하도록 권고하였습니다.",
],
"contract": [
 "입찰 참가 자격은 공고일 전일부터 입찰일까지 해당 업종을 등록한 업체로 제한합니다.",
 "제안서 평가는 기술능력 평가 80점과 가격 평가 20점을 합산하여 결정합니다.",
 "공동수급은 공동이행방식으로 하며 구성원은 2개사 이하로 합니다.",
 "계약 기간은 계약 체결일부터 {d1}까지이며, 사업 범위 변경 시 계약을 변경합니다.",
 "하도급 계획이 있는 경우 하도급 대상 업무와 비율을 제안서에 명시하여야 합니다.",
 "납품 검사는 발주 기관의 검사 담당자가 실시하며 불합격 시 재납품 기한을 정합니다.",
 "지체상금률은 계약금액의 1천분의 0.5로 적용합니다.",
 "보안 서약서와 누출금지 대상 정보 목록은 착수계와 함께 제출합니다.",
 "입찰 관련 질의는 조달 시스템의 질의응답 게시판으로만 받습니다.",
 "선금은 계약금액의 30% 범위에서 지급할 수 있으며 선금 보증서를 제출하여야 합니다.",
 "산출내역서의 단가는 조사 가격과 비교하여 적정성을 검토하였습니다.",
 "낙찰자는 개찰 결과 통보일로부터 10일 이내에 계약을 체결하여야 합니다.",
],
"stats": [
 "이번 조사는 전국 표본 {n1}가구를 대상으로 면접조사와 인터넷조사를 병행하였습니다.",
 "표본 오차는 95% 신뢰수준에서 ±{e}%포인트입니다.",
 "전년 동기 대비 증가율은 계절 요인을 조정하지 않은 원계열 기준입니다.",
 "지역별 결과는 표본 크기가 작아 해석에 유의하여야 합니다.",
 "세부 통계표는 국가통계 공개 누리집에서 내려받을 수 있습니다.",
 "{y}년부터 조사 항목 일부를 개편하여 시계열 비교 시 주의가 필요합니다.",
 "가중치는 인구 추계 결과를 반영하여 산정하였습니다.",
 "반올림으로 인해 세부 항목의 합이 총계와 다를 수 있습니다.",
 "조사 결과는 공표일 정오 이후 보도할 수 있습니다.",
 "잠정치는 다음 분기 공표 시 확정치로 갱신됩니다.",
],
"personnel": [
 "이번 인사는 조직 개편에 따른 직위 신설과 정기 전보를 함께 반영하였습니다.",
 "발령일 전까지 업무 인수인계를 마치고 인수인계서를 인사 담당 부서에 제출합니다.",
 "신규 보직자는 부임 후 2주 이내에 직무교육을 이수하여야 합니다.",
 "관사 배정을 희망하는 직원은 운영지원과에 별도로 신청하시기 바랍니다.",
 "전보 대상자의 출장 및 교육 일정은 발령일 이후로 조정합니다.",
 "직무대리 기간 중 결재 권한은 위임전결 규정에 따릅니다.",
 "인사기록 변경 사항은 인사정보시스템에 발령일 기준으로 입력합니다.",
 "근무 성적 평정은 발령 전 소속 기관에서 실시한 결과를 그대로 인정합니다.",
],
"meeting": [
 "위원장은 성원을 확인한 후 개회를 선언하였다.",
 "간사가 지난 회의 결과와 후속 조치 상황을 보고하였다.",
 "안건별 설명은 소관 과장이 하고 질의응답을 이어서 진행하였다.",
 "일부 위원은 세부 기준이 모호하다는 의견을 제시하였다.",
 "사무국은 제기된 의견을 반영하여 수정안을 다음 회의에 보고하기로 하였다.",
 "표결 결과 재적 위원 과반수의 찬성으로 원안 가결되었다.",
 "차기 회의는 {d1} 오후 2시에 같은 장소에서 열기로 하였다.",
 "회의 자료는 회의 종료 후 회수하였다.",
 "참석 위원 전원이 수정 의견에 동의하였다.",
 "위원장은 추가 의견이 없음을 확인하고 산회를 선포하였다.",
],
"security": [
 "보안 점검은 문서·정보통신·시설 분야로 나누어 실시한다.",
 "휴대용 저장매체는 등록된 매체만 사용하고 반출 시 승인을 받아야 한다.",
 "퇴근 시 책상 위 문서는 잠금장치가 있는 보관함에 넣는다.",
 "외부 방문자는 방문 목적과 방문 장소를 기록하고 직원이 동행한다.",
 "업무용 PC의 화면보호기 대기 시간은 10분 이내로 설정한다.",
 "보안 교육 이수 현황은 매 분기 말 보안 담당관이 취합한다.",
 "파쇄기 고장 시에는 시설관리과에 연락하여 임시 파쇄 장소를 안내받는다.",
 "인터넷망과 업무망 간 자료 전송은 망연계 시스템을 통해서만 한다.",
],
"diplomacy": [
 "상대국 실무 대표단은 기존 협의 의제 외에 항만 물류 협력 의제를 추가로 제기할 것으로 예상된다.",
 "우리 측은 단계적 접근을 기본 입장으로 하되 필요시 일부 항목의 조기 타결을 검토한다.",
 "협상 과정에서 상대측이 수용 가능한 최저선은 내부적으로만 관리한다.",
 "관계 부처 간 입장 차이가 있는 사항은 조정 회의를 거쳐 단일 입장을 정한다.",
 "공동 발표문 초안은 양측 실무진 협의를 거쳐 확정할 예정이다.",
 "상대국 국내 정치 일정을 고려할 때 연내 서명은 어려울 수 있다.",
 "주재국 정부 인사와의 비공식 접촉 결과는 별도 경로로 보고한다.",
 "대응 시나리오별 예상 질의와 답변 요지를 붙임과 같이 정리하였다.",
],
"facility": [
 "주 통제실은 지하 2층에 있으며 예비 통제실은 별관 3층에 둔다.",
 "방호 인력은 평시 3개조, 비상시 5개조로 편성한다.",
 "외곽 감시 카메라 42대 중 열상 카메라는 12대이다.",
 "차량 진입로는 정문과 후문 두 곳이며 비상시 후문은 폐쇄한다.",
 "비상 전원은 무정전 전원장치와 발전기로 이중화되어 있다.",
 "취약 시간대는 교대 근무가 이루어지는 새벽 5시 전후로 분석되었다.",
 "유관기관 지원 병력의 집결 장소와 이동 경로를 붙임 도면에 표시하였다.",
 "통신 두절 시 무선 중계기를 이용한 예비 통신망으로 전환한다.",
],
"invest": [
 "피의자는 관련 계약 과정에서 특정 업체에 편의를 제공한 혐의를 받고 있다.",
 "압수한 저장매체의 분석은 디지털포렌식 담당 부서에 의뢰하였다.",
 "관련자 진술이 서로 엇갈려 추가 조사가 필요하다.",
 "계좌 거래 내역 확인을 위한 영장을 신청할 예정이다.",
 "참고인 조사는 다음 주 중 순차적으로 진행한다.",
 "수사 진행 상황은 관계 기관에 통보하지 아니한다.",
 "현재까지 확인된 금품 수수 규모는 수사 과정에서 달라질 수 있다.",
 "공범 여부에 대한 판단은 통화 내역 분석 결과를 본 후 하기로 하였다.",
],
"civil": [
 "귀하께서 제출하신 민원에 대하여 검토한 결과를 다음과 같이 알려 드립니다.",
 "해당 구간은 {y}년 하반기 정비 사업 대상에 포함되어 있습니다.",
 "현장 확인 결과 보도블록 일부가 파손되어 보수를 요청하였습니다.",
 "관련 규정상 즉시 조치가 어려운 부분이 있어 양해를 부탁드립니다.",
 "추가로 궁금하신 사항은 담당 부서로 연락 주시면 자세히 안내해 드리겠습니다.",
 "이 처분에 이의가 있으시면 처분이 있음을 안 날부터 90일 이내에 행정심판을 청구할 수 있습니다.",
 "처리 결과에 대한 만족도 조사 문자가 발송될 수 있습니다.",
 "요청하신 서류는 우편으로 발송하였으며 3~4일 후 도착할 예정입니다.",
 "불편을 드린 점 사과드리며, 같은 일이 반복되지 않도록 하겠습니다.",
],
"devplan": [
 "후보지 3곳 중 교통 접근성과 토지 확보 가능성을 종합하여 1순위 부지를 선정하였다.",
 "사업 부지의 지번별 편입 면적은 붙임 조서와 같다.",
 "개발 계획이 사전에 알려질 경우 주변 토지 거래가 급증할 우려가 있다.",
 "지구 지정 고시 전까지 관계 기관과 협의 내용을 외부에 알리지 않는다.",
 "토지 보상은 감정평가 결과를 기준으로 하되 착수 시기는 추후 결정한다.",
 "기반시설 연결 도로는 기존 국도에서 분기하는 방안을 우선 검토한다.",
],
}
def fill(r, s, ctx):
    return s.format(**ctx)
_USED = set()   # sentence frames already used in the document being built (reset per document)
def prose(r, topics, n, ctx):
    pool = []
    for t in topics:
        pool.extend(x for x in POOLS[t] if x not in _USED and x not in pool)
    picks = r.sample(pool, min(n, len(pool)))
    _USED.update(picks)
    return [fill(r, s, ctx) for s in picks]
def ctx_for(r, org):
    y = r.randint(2023, 2026)
    return dict(org=org, y=y, y2=y + 1 if y < 2026 else y, d1=fd(dt(r), r.choice([0, 1])),
                n1=f"{r.randint(8, 36) * 1000:,}", e=f"{r.uniform(0.8, 2.9):.1f}")
HANGUL_ITEMS = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타"]

# ------------------------------------------------------------------ document model
class Doc:
    def __init__(self, title):
        self.title = title
        self.header = []      # page header lines (every page)
        self.footer = []      # page footer lines
        self.cover = []       # cover page lines (own page)
        self.blocks = []      # ("h"|"p"|"stamp", text) or ("table", rows)
        self.stamps = []      # (text, position) visual stamps for scans ("top"/"bottom"/"body")
    def h(self, t): self.blocks.append(("h", t))
    def p(self, t): self.blocks.append(("p", t))
    def ps(self, ts):
        for t in ts: self.p(t)
    def table(self, rows): self.blocks.append(("table", [[str(c) for c in row] for row in rows]))
    def logical(self):
        out = []
        out += self.cover
        out += self.header
        for k, v in self.blocks:
            if k == "table":
                out += [" | ".join(row) for row in v]
            else:
                out.append(v)
        out += self.footer
        return "\n".join(out)

def email_off(r):
    return f"{''.join(r.choice('abcdefghkmnprstwy') for _ in range(r.randint(4, 7)))}{r.randint(1, 99)}@{r.choice(['nuri', 'hangyeol', 'gaon', 'sorae'])}.go.kr"

def sign_block(r, org, head):
    a, bq, c = name(r), name(r), name(r)
    return (f"기안자 {r.choice(POS_OFF)} {a}   검토자 {r.choice(['사무관', '서기관', '팀장'])} {bq}   "
            f"결재권자 {head} {c}"), [a, bq, c]

def gongmun(r, d, org, dept, title, items, attach, disc, recv=None, head=None, extra_lines=()):
    """공문 with 두문 / 본문 / 결문.  Returns the 공개구분 line actually printed."""
    d.h(org)
    d.p(f"수신  {recv or r.choice(['내부결재', '수신자 참조', f'{r.choice(MINISTRIES)}장관', f'{r.choice(LOCALS)}장(' + r.choice(DEPTS) + '장)'])}")
    d.p("(경유)")
    d.p(f"제목  {title}")
    for n, it in enumerate(items, 1):
        if isinstance(it, tuple):
            d.p(f"{n}. {it[0]}")
            for k, sub in enumerate(it[1]):
                d.p(f"  {HANGUL_ITEMS[k]}. {sub}")
        else:
            d.p(f"{n}. {it}")
    if attach:
        lines = [f"붙임  {k}. {a}  1부." for k, a in enumerate(attach, 1)]
        lines[-1] += "  끝."
        d.ps(lines)
    else:
        d.p("  끝.")
    for x in extra_lines:
        d.p(x)
    d.h(head or f"{org}장")
    sb, names = sign_block(r, org, r.choice(["과장", "국장", "팀장", "담당관"]) + "(전결)" if r.random() < 0.5 else r.choice(["과장", "국장", "팀장"]))
    d.p(sb)
    day = dt(r)
    d.p(f"시행  {docno(r, dept)} ({fd(day)})   접수")
    d.p(f"우 {r.randint(10000, 63999)}  {addr_inst(r, org)}  / www.{r.choice(['nuri', 'hangyeol', 'gaon'])}.go.kr")
    fline = f"전화 {phone_off(r)}  전송 {phone_off(r)}  / {email_off(r)}  / {disc}"
    d.p(fline)
    return names, day

def lab(disclosure, marking, reasons):
    order = ["OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-3", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-6",
             "OIDA-9-1-7", "OIDA-9-1-8", "PIPA-23", "PIPA-24"]
    return dict(disclosure=disclosure, marking=marking, reasons=sorted(set(reasons), key=order.index))

def person_table(r, n, cols, rrn_mode=None):
    """rows of private persons.  rrn_mode None|'full'|'masked'|'frn'|'passport'|'dl'"""
    rows, ids = [], []
    for k in range(n):
        nm = name(r)
        row = [str(k + 1), nm]
        for c in cols:
            if c == "연락처": row.append(mobile(r))
            elif c == "주소": row.append(addr_priv(r))
            elif c == "소속": row.append(r.choice(COMPANY + ["개인", "주민", f"{r.choice(LOCALS)} 주민자치회"]))
            elif c == "생년월일": row.append(fd(datetime.date(r.randint(1955, 2001), r.randint(1, 12), r.randint(1, 28)), 3))
            elif c == "계좌": row.append(f"{r.choice(BANKS)} {account(r)}")
            elif c == "금액": row.append(amount(r, 1, 9))
            elif c == "ID":
                v = {"full": rrn, "masked": rrn_masked, "frn": frn, "passport": passport, "dl": dlic}[rrn_mode](r)
                ids.append(v); row.append(v)
        rows.append(row)
    return rows, ids

# ------------------------------------------------------------------ stamp placement
def place(r, d, stamp, extras, where, org, when):
    """Put a classification stamp (and 예고문/사본번호 lines) on the document."""
    if where == "header_footer":
        d.header = [stamp]
        d.footer = extras + [stamp]
        d.stamps += [(stamp, "top"), (stamp, "bottom")]
    elif where == "header":
        d.header = [stamp] + extras
        d.stamps += [(stamp, "top")]
    elif where == "footer":
        d.footer = extras + [stamp]
        d.stamps += [(stamp, "bottom")]
    elif where == "cover":
        d.cover = [stamp, "", d.title, "", org, fd(when, 1)] + extras
        d.stamps += [(stamp, "cover")]
    elif where == "table":
        rows = [["문서번호", docno(r, r.choice(DEPTS))], ["보안등급", stamp], ["생산일자", fd(when)]]
        rows += [["비고", e] for e in extras]
        d.blocks.insert(0, ("table", rows))
    elif where == "body":
        d.blocks.insert(0, ("p", stamp))
        for e in reversed(extras):
            d.blocks.insert(1, ("p", e))
        d.stamps += [(stamp, "body")]
    return where

WHERES = ["header_footer", "header_footer", "header", "footer", "cover", "table", "body"]

def T(genre, variant, d, labels, cues, note, flags=()):
    return dict(genre=genre, variant=variant, doc=d, labels=labels, cues=cues, note=note, flags=list(flags))


SECTION_TITLES = {
 "admin": ["추진 배경", "추진 경과", "현황 및 문제점", "세부 추진 계획", "행정 사항", "향후 계획"],
 "safety": ["현황", "취약 요인 분석", "대응 체계", "점검 결과", "보완 대책"],
 "audit": ["감사 개요", "감사 결과", "조치 사항", "제도 개선"],
 "contract": ["사업 개요", "평가 절차", "계약 조건", "향후 일정"],
 "stats": ["조사 개요", "주요 결과", "이용 시 유의 사항"],
 "personnel": ["인사 원칙", "후속 조치"],
 "meeting": ["회의 진행", "기타 토의"],
 "security": ["보안 대책", "관리 요령"],
 "diplomacy": ["정세 평가", "협의 전략", "예상 쟁점"],
 "facility": ["시설 현황", "방호 체계", "비상 대응"],
 "invest": ["사건 개요", "수사 진행", "향후 수사 방향"],
 "civil": ["검토 내용", "안내 사항"],
 "devplan": ["입지 여건", "검토 결과", "추진 일정"],
}
TASKS = ["세부 계획 수립", "관계 기관 협의", "현장 점검", "중간 보고", "결과 분석", "예산 요구", "교육 실시", "평가 및 환류", "시스템 점검", "최종 보고"]
def elaborate(r, d, topics, c, roman=True, attach=None, have=""):
    """Append a long structured body (sections, schedule/budget tables) in the document's own topics."""
    pool = []
    for t in dict.fromkeys(topics + ["admin"]):
        pool.extend(x for x in POOLS[t] if fill(r, x, c) not in have and x not in pool and x not in _USED)
    r.shuffle(pool)
    secs = []
    for t in dict.fromkeys(topics + ["admin"]):
        secs += SECTION_TITLES[t]
    secs = r.sample(secs, min(len(secs), r.randint(3, 5)))
    if attach:
        d.h(attach)
    marks = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"] if roman else ["1", "2", "3", "4", "5", "6"]
    bullet = r.choice(["○ ", "- ", "□ ", "• "])
    for k, sname in enumerate(secs):
        d.p(f"{marks[k]}. {sname}")
        for _ in range(r.randint(2, 4)):
            if pool:
                d.p(bullet + fill(r, pool.pop(), c))
        if k == 1 and r.random() < 0.7:
            start = r.randint(1, 8)
            rows = [["추진 과제", "기간", "주관"]]
            for t in r.sample(TASKS, r.randint(3, 5)):
                m1 = min(12, start + r.randint(0, 3)); rows.append([t, f"{c['y']}. {start}월 ~ {m1}월", r.choice(DEPTS)]); start = min(12, m1 + 1)
            d.table(rows)
        if k == 2 and r.random() < 0.5:
            rows = [["구분", "예산(백만원)", "비고"]]
            for t in r.sample(["인건비", "운영비", "시설비", "용역비", "여비", "자산취득비"], 3):
                rows.append([t, f"{r.randint(12, 980):,}", r.choice(["국비", "지방비", "기금", "-"])])
            d.table(rows)

# ================================================================== PUBLIC templates
def t_gongmun_pub(r, i):
    org = r.choice(MINISTRIES + LOCALS); dept = r.choice(DEPTS); c = ctx_for(r, org)
    kind = r.choice(["자료 제출 요청", "교육 참석 안내", "행사 협조 요청", "지침 개정 통보", "설문 조사 협조"])
    subj = {"자료 제출 요청": f"{c['y']}년 상반기 주요 사업 추진 실적 제출 요청",
            "교육 참석 안내": f"{c['y']}년 {r.choice(['청렴', '적극행정', '기록관리', '개인정보 보호'])} 교육 참석 안내",
            "행사 협조 요청": f"제{r.randint(3, 30)}회 {r.choice(['물의 날', '안전 문화 주간', '지역 공동체 박람회', '숲 가꾸기 행사'])} 개최 협조 요청",
            "지침 개정 통보": f"{r.choice(['출장 여비', '청사 관리', '민원 처리', '전자문서 관리'])} 업무 지침 개정 통보",
            "설문 조사 협조": f"{r.choice(['조직문화', '업무 만족도', '정책 인지도'])} 설문 조사 참여 협조"}[kind]
    d = Doc(subj)
    items = [f"관련: {docno(r, r.choice(DEPTS))}({fd(dt(r))})",
             (prose(r, ["admin"], 1, c)[0], prose(r, ["admin"], r.randint(3, 5), c)),
             prose(r, ["admin"], 1, c)[0]]
    dl = disc_line(r, "public", [])
    names, day = gongmun(r, d, org, dept, subj, items, [f"{kind} 세부 계획", "제출 서식"][: r.randint(1, 2)], dl)
    return T("공문", kind, d, lab("public", "none", []),
             [("disclosure_field", "docfoot", dl), ("official_name", "docfoot", names[0])],
             "공문 naming only officials acting in office (9-1-6 라목); 공개구분 공개 agrees with content.")

def t_press(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    topic = r.choice(["공공 와이파이 보안 강화", "여름철 물놀이 안전", "청년 창업 지원", "농촌 빈집 정비", "연안 쓰레기 수거",
                      "전자 증명서 발급 확대", "산불 예방 캠페인", "통학로 안전 점검", "지역 관광 통계"])
    d = Doc(f"{org}, {topic} 추진")
    day = dt(r)
    d.h("보 도 자 료")
    d.table([["보도 일시", f"{fd(day)} (배포 즉시)" if r.random() < 0.5 else f"{fd(day, 1)} 12:00 이후"],
             ["배포 일시", fd(day)], ["담당 부서", f"{org} {r.choice(DEPTS)}"]])
    d.h(d.title)
    d.p(f"- {r.choice(['관계 기관과 합동으로', '지방자치단체와 함께', '민간 전문가 자문을 거쳐'])} {c['y']}년 {topic} 계획 마련 -")
    body = prose(r, ["admin", "safety", "stats"], r.randint(6, 9), c)
    d.ps(body[:3])
    cues = []
    flags = []
    if topic == "공공 와이파이 보안 강화" or r.random() < 0.25:
        s = r.choice(["공공 와이파이 접속 비밀번호는 분기마다 바꾸고, 관리자 비밀번호는 12자리 이상으로 설정하도록 하였다.",
                      "이용자는 누리집 회원 비밀번호를 주기적으로 변경하는 것이 좋다고 당부하였다."])
        d.p(s); cues.append(("mention_password", "body", "비밀번호")); flags.append("mention_only")
    d.ps(body[3:])
    a, b2 = name(r), name(r)
    d.p(f"{org} {r.choice(['국장', '차장', '실장'])} {name(r)}은 \"{r.choice(['현장의 목소리를 꾸준히 듣겠다', '국민이 체감할 수 있는 성과를 내겠다', '안전에는 타협이 없다'])}\"고 말했다.")
    d.table([["담당 부서", r.choice(DEPTS), "책임자", f"과장 {a}", phone_off(r)],
             ["", "", "담당자", f"{r.choice(POS_OFF)} {b2}", phone_off(r)]])
    return T("보도자료", topic, d, lab("public", "none", []),
             cues + [("official_name", "table_cell", b2)],
             "보도자료; 담당자 are officials acting in office; any 비밀번호 mention is not a marking.", flags)

APPT_GRADES = ["3급(부이사관)", "4급(서기관)", "1급(관리관)", "2급(이사관)", "5급(사무관)", "3급 상당", "4급 상당 전문임기제"]
def t_appoint_pub(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    d = Doc(f"{org} 인사 발령")
    day = dt(r)
    d.h(f"{org} 인사 발령 ({fd(day)}자)")
    d.ps(prose(r, ["personnel"], r.randint(2, 3), c))
    rows = [["구분", "성명", "발령 사항", "현 직위"]]
    grades = []
    for k in range(r.randint(5, 9)):
        g = r.choice(APPT_GRADES)
        grades.append(g)
        rows.append([r.choice(["승진", "전보", "직무대리", "신규임용", "파견"]), name(r),
                     f"{g} {r.choice(DEPTS)}장" if "급" in g else g, f"{r.choice(DEPTS)} {r.choice(['과장', '팀장', '서기관'])}"])
    d.table(rows)
    d.ps(prose(r, ["personnel"], r.randint(2, 3), c))
    d.p(f"{org}장관")
    return T("인사발령", "정기인사", d, lab("public", "none", []),
             [("mention_grade", "table_cell", grades[0])],
             "인사 발령 of officials; 3급/1급 here are civil-service grades, not 비밀 등급.", ["mention_only"])

def t_bid_notice(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    proj = r.choice(["통합 민원 시스템 고도화", "청사 냉난방 설비 교체", "하천 정비 실시설계", "재난 문자 송출 장비 구매",
                     "공공데이터 개방 플랫폼 운영", "수목 병해충 방제 용역"])
    d = Doc(f"{proj} 입찰 공고")
    no = f"{r.randint(2023, 2026)}{r.randint(1000000, 9999999)}-00"
    d.h(f"{org} 공고 제{r.randint(2023, 2026)}-{r.randint(10, 900)}호")
    d.h(f"{proj} 입찰 공고")
    d.table([["공고번호", no], ["사업명", proj], ["추정가격", amount(r, 50, 900) + "(부가가치세 별도)"],
             ["계약방법", r.choice(["제한경쟁입찰(협상에 의한 계약)", "일반경쟁입찰(적격심사)"])], ["입찰 마감", fd(dt(r)) + " 10:00"]])
    d.ps(prose(r, ["contract"], r.randint(6, 9), c))
    d.p(f"문의: {org} {r.choice(DEPTS)} {r.choice(POS_OFF)} {name(r)} ({phone_off(r)})")
    d.p(f"{fd(dt(r), 1)}")
    d.p(f"{org}장")
    return T("입찰계약", "입찰공고", d, lab("public", "none", []), [("bid_no", "table_cell", no)],
             "입찰 공고 is published; only official contact.")

def t_stats(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    sub = r.choice(["어가 경제 조사", "지역 관광 실태 조사", "청년 주거 실태 조사", "공공 와이파이 이용 현황", "산림 휴양 이용 조사", "연안 여객 수송 통계"])
    d = Doc(f"{c['y']}년 {sub} 결과")
    d.h(f"{c['y']}년 {sub} 결과 (공표)")
    d.ps(prose(r, ["stats"], r.randint(4, 6), c))
    rows = [["구분", f"{c['y'] - 1}년", f"{c['y']}년", "증감률(%)"]]
    for lbl in r.sample(["전국", "수도권", "비수도권", "동부", "읍·면부", "남성", "여성", "20대", "60대 이상"], 5):
        a = r.randint(1000, 90000); b = int(a * r.uniform(0.85, 1.2))
        rows.append([lbl, f"{a:,}", f"{b:,}", f"{(b - a) / a * 100:.1f}"])
    d.table(rows)
    d.ps(prose(r, ["stats"], r.randint(3, 4), c))
    d.p(f"통계 작성 기관: {org} {r.choice(['통계분석과', '정보통계담당관실'])} (승인번호 제{r.randint(100000, 999999)}호)")
    return T("통계공표", sub, d, lab("public", "none", []), [("stat_table", "table_cell", rows[1][0])],
             "공표된 통계; aggregate figures only.")

def t_sec_guide(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    d = Doc(f"{c['y']}년 문서 보안 업무 안내")
    d.h(f"{c['y']}년 문서 보안 업무 안내")
    d.p(f"{org} 정보보안팀")
    q1 = r.choice(["대외비", "대 외 비"]); q2 = r.choice(["Ⅲ급비밀", "Ⅱ급비밀", "III급 비밀"])
    q3 = f"{fd(future(r), 0)}까지 {r.choice(['Ⅲ급비밀', 'Ⅱ급비밀'])}, 이후 일반문서로 재분류"
    body = prose(r, ["security"], r.randint(5, 7), c)
    d.ps(body[:2])
    d.p(f"1. 비밀 문서는 그 중요도에 따라 Ⅰ급, Ⅱ급, Ⅲ급으로 구분하며, 예컨대 \"{q2}\" 표시는 문서의 위·아래 가운데에 한다.")
    d.p(f"2. 비밀에 준하여 보호할 문서에는 \"{q1}\"를 표시하고 보호기간을 함께 적는다.")
    d.p(f"3. 예고문은 \"{q3}\"와 같은 방식으로 기재한다.")
    d.ps(body[2:])
    d.table([["구분", "표시 예시", "비고"], ["비밀", q2, "취급 인가자만 열람"], ["대외비", q1, "보호기간 명시"]])
    d.p("※ 이 안내문 자체는 일반문서이며 누리집에 게시합니다.")
    return T("보안지침", "mention_stamps", d, lab("public", "none", []),
             [("mention_stamp", "body", q2), ("mention_stamp", "table_cell", q1), ("mention_yego", "body", q3)],
             "Guideline quoting stamp forms as examples; the document itself carries no marking.", ["mention_only"])

def t_oia_guide(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    d = Doc("정보공개 청구 및 처리 안내")
    d.h("정보공개 청구 및 처리 안내")
    q1 = r.choice(["부분공개(6)", "부분공개(제9조 제1항 제6호)"]); q2 = r.choice(["비공개(제9조 제1항 제5호)", "비공개(5)", "비공개(제9조 제1항 제4호)"])
    d.p(f"{org}은 「공공기관의 정보공개에 관한 법률」에 따라 국민의 알 권리를 보장하기 위하여 다음과 같이 정보공개 제도를 운영합니다.")
    d.p("1. 청구 방법: 정보공개 포털, 우편, 팩스 또는 방문으로 청구할 수 있습니다.")
    d.p("2. 처리 기간: 청구를 받은 날부터 10일 이내에 공개 여부를 결정하며 부득이한 경우 10일의 범위에서 연장할 수 있습니다.")
    d.p(f"3. 결정 유형: 공개, {q1}, {q2} 등으로 통지되며, 괄호 안 숫자는 비공개 사유 조항을 뜻합니다.")
    d.p("4. 불복 절차: 결정에 이의가 있으면 통지를 받은 날부터 30일 이내에 이의신청을 할 수 있습니다.")
    d.ps(prose(r, ["admin", "civil"], r.randint(3, 5), c))
    d.p(f"문의: {org} {r.choice(['민원행정과', '기록관리팀'])} 정보공개 담당 ({phone_off(r)})")
    return T("정보공개안내", "guide", d, lab("public", "none", []),
             [("mention_disclosure", "body", q1), ("mention_disclosure", "body", q2)],
             "Guide quoting decision labels; no personal data, no marking.", ["mention_only"])

def t_pw_notice(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    d = Doc("업무용 계정 비밀번호 변경 안내")
    d.h(r.choice(["업무용 계정 비밀번호 변경 안내", "[알림] 전자결재 비밀번호 정기 변경", "비밀번호 변경 주기 단축 안내"]))
    cue = r.choice(["비밀번호는 영문·숫자·특수문자를 조합하여 9자리 이상으로 설정", "비밀번호 변경 주기는 90일", "초기 비밀번호는 첫 접속 시 반드시 변경"])
    d.p(f"{org} 정보화담당관실에서 알려 드립니다.")
    d.ps(prose(r, ["security"], 3, c))
    d.p(f"가. {cue}하여야 합니다.")
    d.p("나. 동일한 비밀번호를 다른 누리집과 함께 사용하지 마십시오.")
    d.p("다. 비밀번호를 분실한 경우 본인 인증 후 재설정할 수 있습니다.")
    d.ps(prose(r, ["admin"], 2, c))
    d.p(f"정보화담당관실 {r.choice(POS_OFF)} {name(r)} ({phone_off(r)})")
    return T("공지", "password", d, lab("public", "none", []), [("mention_password", "body", cue)],
             "비밀번호 notice: the word 비밀 appears but nothing is classified.", ["mention_only"])

def t_declass(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org); dept = r.choice(DEPTS)
    lvl = r.choice([2, 3, 3]); when = past(r, 30, 500)
    q = r.choice([f"{LVL_TXT[lvl]} 해제", f"{LVL_TXT[lvl]}에서 일반문서로 재분류", f"비밀({'Ⅱ' if lvl == 2 else 'Ⅲ'}급) 보호기간 만료에 따른 해제"])
    subj = "비밀 해제 및 재분류 결과 통보"
    d = Doc(subj)
    rows = [["연번", "문서번호", "생산 연도", "조치", "조치일"]]
    for k in range(r.randint(3, 6)):
        rows.append([str(k + 1), docno(r, r.choice(DEPTS)), str(r.randint(2012, 2021)), q if k == 0 else r.choice(["일반문서로 재분류", "파기", "보호기간 연장 없음(해제)"]), fd(when)])
    items = [f"관련: 「보안업무규정」 및 {org} 보안업무 시행세칙",
             (f"보호기간이 지난 비밀에 대하여 재분류 심의를 거쳐 다음과 같이 조치하였음을 알려 드립니다.", prose(r, ["security"], 2, c)),
             "해제된 문서는 일반문서로 관리하고 비밀관리기록부에 해제 사실을 기재하시기 바랍니다."]
    d.table(rows)
    dl = disc_line(r, "public", [])
    gongmun(r, d, org, dept, subj, items, ["비밀 재분류 심의 결과"], dl)
    d.blocks.append(d.blocks.pop(0))  # table after the letter
    return T("비밀해제통지", f"lvl{lvl}", d, lab("public", "none", []), [("mention_declass", "table_cell", q), ("disclosure_field", "docfoot", dl)],
             "Declassification notice: quotes former grades; carries no marking itself.", ["mention_only"])

def t_cover_letter(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org); dept = r.choice(DEPTS)
    lvl = r.choice([2, 3, 3]); sq = r.choice([f"{lvl}급 비밀", LVL_TXT[lvl], f"비밀({'Ⅱ' if lvl == 2 else 'Ⅲ'}급)"])
    subj = f"{r.choice(['비상대비 계획', '통신망 운용 계획', '협상 대응 자료'])} 송부"
    d = Doc(subj)
    q = f"붙임 자료는 {sq}로 분류되어 있으므로 비밀 취급 인가자를 통하여 별도 송부합니다"
    items = [f"관련: {docno(r, dept)}({fd(dt(r))})",
             q + ".",
             (f"수령 기관은 다음 사항을 지켜 주시기 바랍니다.", ["수령 즉시 비밀관리기록부에 등재", "수령증을 {0}까지 회신".format(fd(dt(r))), "복제·사본 제작 금지"]),
             prose(r, ["admin"], 1, c)[0]]
    dl = disc_line(r, "public", [])
    gongmun(r, d, org, dept, subj, items, [], dl)
    return T("공문", "cover_letter", d, lab("public", "none", []), [("mention_attachment_grade", "body", q), ("disclosure_field", "docfoot", dl)],
             "Cover letter: the classified attachment is sent separately; the letter itself is unmarked.", ["mention_only"])

def t_audit_pub(r, i):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org); aud = r.choice(MINISTRIES)
    d = Doc(f"{org} 종합감사 결과 공개문")
    d.h(f"{org} 종합감사 결과")
    d.p(f"감사 기관: {aud} 감사담당관실   감사 기간: {fd(dt(r))} ~ {fd(dt(r))}")
    d.ps(prose(r, ["audit"], r.randint(3, 4), c))
    rows = [["번호", "지적 사항", "관련자", "처분 요구"]]
    for k in range(r.randint(3, 6)):
        rows.append([str(k + 1), r.choice(["수의계약 부적정", "보조금 정산 소홀", "물품 관리 부적정", "여비 과다 지급", "공사 감독 소홀"]),
                     f"{r.choice(['6급', '7급', '5급'])} {masked_name(r)}", r.choice(["주의", "시정", "개선", "훈계"])])
    d.table(rows)
    d.ps(prose(r, ["audit"], r.randint(3, 5), c))
    return T("감사결과", "public_summary", d, lab("public", "none", []), [("masked_person", "table_cell", rows[1][2])],
             "Published audit result; 관련자 are masked, no identifiable private person.")

def t_minutes_pub(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    comm = r.choice(["지역균형발전위원회", "공공디자인심의위원회", "도시숲 자문위원회", "정보화추진위원회"])
    d = Doc(f"제{r.randint(2, 40)}차 {comm} 회의록")
    d.h(d.title)
    d.table([["일시", fd(dt(r), 1) + " 14:00"], ["장소", f"{org} 청사 {r.randint(2, 9)}층 회의실"], ["참석", f"위원 {r.randint(7, 14)}명(위원 명단 별도 공개)"]])
    d.p("1. 개회")
    d.ps(prose(r, ["meeting"], 3, c))
    d.p("2. 안건 심의")
    for k in range(r.randint(2, 3)):
        d.p(f"  ○ 제{k + 1}호 안건: {r.choice(['기본계획 변경안', '보조사업 선정 기준', '공공시설 명칭 제정', '연간 운영 계획'])}")
        d.p(f"    - {r.choice(['A위원', 'B위원', 'C위원', '위원장'])}: {r.choice(['예산 근거를 보완할 필요가 있음', '주민 의견 수렴 결과를 첨부하기 바람', '원안에 동의함'])}")
        d.p(f"    - {r.choice(['소관 과장', '간사'])}: {r.choice(['다음 회의 전까지 보완하겠음', '의견을 반영하겠음'])}")
    d.ps(prose(r, ["meeting"], 3, c))
    return T("회의록", "public_meeting", d, lab("public", "none", []), [("anon_speaker", "body", "A위원" if "A위원" in d.logical() else "위원장")],
             "Open committee minutes; speakers anonymised (A위원 …), published routinely.")

def t_expired_pub(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    lvl = r.choice([2, 3, 3, 0])   # 0 = 대외비 with expired 보호기간
    gone = past(r, 40, 600)
    ev = r.choice(["상반기 비상대비 도상훈련", "청사 방호 합동 점검", "재난 통신 복구 훈련", "동계 비상근무"])
    d = Doc(f"{gone.year - r.randint(0, 1)}년 {ev} 결과 보고")
    if lvl:
        stamp = st_secret(r, lvl); y = yego(r, gone, lvl)
    else:
        stamp = f"대외비(보호기간: {fd(gone)}까지)" if r.random() < .5 else f"{fd(gone)}까지 대외비"; y = None
    where = r.choice(["header_footer", "header", "cover", "footer"])
    place(r, d, stamp, [y] if y else [], where, org, gone - datetime.timedelta(days=300))
    d.h(d.title)
    d.p(f"{org} {r.choice(['비상안전기획관실', '재난대응과'])}")
    d.ps(prose(r, ["safety", "admin"], r.randint(6, 9), c))
    d.p(f"훈련은 예정대로 종료되었으며 평가 결과는 {gone.year}년 계획에 반영되었다.")
    cues = [("expired_stamp", where, stamp)] + ([("yego_expired", where, y)] if y else [])
    return T("결과보고", "expired_" + ("daeoe" if not lvl else f"lvl{lvl}"), d, lab("public", "none", []), cues,
             f"Stamp/예고문 period ended {fd(gone)} before reference date {fd(REF)} and the 예고문 reclassifies to 일반문서; the past event report holds no remaining exempt content.",
             ["expired_stamp"])

# ================================================================== PARTIAL templates
def civil_common(r, org, c, d, who, addr, extra_id=None, id_label=None):
    d.h(f"{org} 민원 처리 결과 통지")
    d.table([["접수번호", f"{r.randint(1, 9)}AA-{r.randint(2301, 2612)}-{r.randint(1000000, 9999999)}"], ["민원인", who],
             ["주소", addr], ["연락처", mobile(r)]] + ([[id_label, extra_id]] if extra_id else []) +
            [["접수일", fd(dt(r))], ["민원 요지", r.choice(["도로 파손 보수 요청", "건축 인허가 처리 지연 문의", "보조금 지급 누락 이의", "소음 피해 조사 요청", "주차 단속 이의"])]])
    d.ps(prose(r, ["civil"], r.randint(5, 8), c))

def t_civil_reply(r, i):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org)
    who = name(r); d = Doc("민원 처리 결과 통지")
    civil_common(r, org, c, d, who, addr_priv(r))
    dl = disc_line(r, "partial", ["OIDA-9-1-6"]) if r.random() < 0.6 else None
    sent = r.choice([f"{who} 님께서 {fd(dt(r))} 방문하여 설명을 들으셨습니다.", f"{who} 님의 요청에 따라 현장 사진을 함께 보내 드립니다.", f"민원인 {who} 씨의 동의를 받아 관계 부서에 이송하였습니다."])
    d.p(sent)
    d.p(f"담당: {org} {r.choice(DEPTS)} {r.choice(POS_OFF)} {name(r)} ({phone_off(r)})")
    if dl: d.p(dl)
    cues = [("private_person", "table_cell", who)] + ([("disclosure_field", "docfoot", dl)] if dl else [])
    return T("민원회신", "named_complainant", d, lab("partial", "none", ["OIDA-9-1-6"]), cues,
             "Reply naming a private complainant with address and mobile; disclosable after removing them.")

def t_civil_rrn(r, i):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org)
    who = name(r); mode = r.choice(["full", "frn", "dl", "full"])
    idv = {"full": rrn, "frn": frn, "dl": dlic}[mode](r); lbl = {"full": "주민등록번호", "frn": "외국인등록번호", "dl": "운전면허번호"}[mode]
    d = Doc("민원 처리 결과 통지")
    civil_common(r, org, c, d, who, addr_priv(r), idv, lbl)
    d.p(f"담당: {org} {r.choice(DEPTS)} {r.choice(POS_OFF)} {name(r)} ({phone_off(r)})")
    return T("민원회신", f"unmasked_{mode}", d, lab("partial", "none", ["OIDA-9-1-6", "PIPA-24"]),
             [("private_person", "table_cell", who), ("unmasked_id", "table_cell", idv)],
             f"Unmasked {lbl} of the complainant → PIPA-24 plus 9-1-6; rest of reply disclosable.")

def t_civil_masked(r, i):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org)
    who = name(r); idv = rrn_masked(r)
    d = Doc("민원 처리 결과 통지")
    civil_common(r, org, c, d, who, addr_priv(r), idv, "주민등록번호")
    d.p(f"담당: {org} {r.choice(DEPTS)} {r.choice(POS_OFF)} {name(r)} ({phone_off(r)})")
    return T("민원회신", "masked_rrn", d, lab("partial", "none", ["OIDA-9-1-6"]),
             [("private_person", "table_cell", who), ("masked_id", "table_cell", idv)],
             "RRN is masked → no PIPA-24; named complainant → 9-1-6, partial.")

def t_oia_notice(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    who = name(r); q = r.choice(["비공개(제9조 제1항 제5호)", "비공개(제9조 제1항 제6호)", "부분공개(제9조 제1항 제7호)", "비공개(4)"])
    d = Doc("정보 (부분)공개 결정 통지서")
    d.h("정보 (부분)공개 결정 통지서")
    d.table([["청구인", who, "생년월일", fd(datetime.date(r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28)), 3)],
             ["주소", addr_priv(r), "전화", mobile(r)],
             ["접수일", fd(dt(r)), "접수번호", f"{r.randint(1000000, 9999999)}"]])
    d.p(f"청구 내용: {r.choice(['하천 정비 사업 설계 용역 계약서 일체', '청사 방호 계획 및 경비 인력 현황', '소속 직원 징계 현황', '입찰 평가 위원별 점수표'])}")
    d.table([["공개 내용", "공개 일시", "공개 방법"], ["계약서 본문", fd(dt(r)), "전자우편"], ["평가 세부 자료", "-", q]])
    d.p(f"비공개 내용 및 사유: 위 자료 중 일부는 {q}에 해당하여 공개하지 않습니다.")
    d.ps(prose(r, ["civil"], r.randint(2, 4), c))
    d.p(f"{fd(dt(r), 1)}")
    d.p(f"{org}장")
    return T("정보공개결정통지", "named_requester", d, lab("partial", "none", ["OIDA-9-1-6"]),
             [("private_person", "table_cell", who), ("mention_disclosure", "table_cell", q)],
             "The notice quotes 비공개 grounds for the requested data (mention only); the notice itself names a private requester → partial 6.", ["mention_only"])

def t_mislabel(r, i):
    org = r.choice(LOCALS); c = ctx_for(r, org); dept = r.choice(DEPTS)
    subj = f"{c['y']}년 {r.choice(['재해 구호금', '긴급 생계비', '농가 경영 안정 자금', '출산 장려금'])} 지급 대상자 통보"
    d = Doc(subj)
    rows, ids = person_table(r, r.randint(4, 7), ["ID", "주소", "계좌", "금액"], "full")
    d.table([["연번", "성명", "주민등록번호", "주소", "입금 계좌", "지급액"]] + rows)
    items = [f"관련: {docno(r, dept)}({fd(dt(r))})", (f"{subj.split(' ', 1)[1]}을 다음과 같이 확정하여 통보합니다.", prose(r, ["admin"], 2, c)),
             "지급 대상자 명단은 위 표와 같으며 지급은 각 읍·면·동에서 일괄 처리합니다."]
    dl = r.choice(["공개구분: 공개", "/ 공개", "공개구분 : 공개"])
    gongmun(r, d, org, dept, subj, items, ["지급 대상자 명단"], dl)
    d.blocks.append(d.blocks.pop(0))
    return T("공문", "t_mislabeled", d, lab("partial", "none", ["OIDA-9-1-6", "PIPA-24"]),
             [("stated_field_wrong", "docfoot", dl), ("unmasked_id", "table_cell", ids[0]), ("account", "table_cell", rows[0][4])],
             "t_mislabeled: says 공개 but lists full RRNs and bank accounts; gold follows content (partial, 9-1-6 + PIPA-24).", ["t_mislabeled"])

def t_contract_partial(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org); dept = "계약관리과"
    proj = r.choice(["재난 문자 송출 장비 구매", "하천 수위 계측망 구축", "공공 클라우드 전환", "청사 출입 통제 시스템 교체", "수질 자동 측정소 운영"])
    co = r.sample(COMPANY, 3)
    d = Doc(f"{proj} 제안서 평가 결과")
    d.h(f"{proj} 제안서 기술평가 결과 보고")
    d.ps(prose(r, ["contract"], r.randint(4, 6), c))
    rows = [["업체명", "기술점수", "가격점수", "합계", "비고"]]
    for k, cn in enumerate(co):
        rows.append([cn, f"{r.uniform(60, 79):.2f}", f"{r.uniform(15, 20):.2f}", "", "우선협상" if k == 0 else ""])
    for row in rows[1:]: row[3] = f"{float(row[1]) + float(row[2]):.2f}"
    d.table(rows)
    secret = r.choice([f"{co[0]}의 원가 구성(인건비 {r.randint(40, 62)}%, 자체 개발 모듈 라이선스 단가 {amount(r, 1, 30)})",
                       f"{co[0]} 제출 특허 출원 중 기술(출원번호 10-{r.randint(2023, 2025)}-{r.randint(1000000, 9999999)})의 핵심 알고리즘 설명",
                       f"{co[1]}의 주요 거래처별 납품 단가표 및 하도급 단가"])
    d.p(f"세부 검토 의견: {secret}을 검토한 결과 제안 내용의 실현 가능성이 높다고 판단됨.")
    flags = []; reasons = ["OIDA-9-1-7"]; cues = [("trade_secret", "body", secret)]
    if r.random() < 0.35:
        rep = name(r); m = mobile(r)
        d.p(f"협상 대표: {co[0]} 대표이사 {rep} (휴대전화 {m})")
        reasons.append("OIDA-9-1-6"); cues.append(("private_person", "body", m))
    d.ps(prose(r, ["contract"], r.randint(2, 4), c))
    dl = disc_line(r, "partial", reasons); d.p(dl); cues.append(("disclosure_field", "docfoot", dl))
    return T("입찰계약", "evaluation", d, lab("partial", "none", reasons), cues,
             "Evaluation result is disclosable but a bidder's cost structure/technology (9-1-7) and any representative's mobile (9-1-6) must be removed.", flags)

def t_attendee_list(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org); dept = r.choice(DEPTS)
    ev = r.choice(["주민 설명회", "정책 자문단 간담회", "청년 정책 토론회", "어촌 현장 간담회", "안전 모니터단 발대식"])
    subj = f"{ev} 결과 보고 및 참석자 통보"
    d = Doc(subj)
    rows, _ = person_table(r, r.randint(5, 9), ["소속", "연락처"])
    items = [f"관련: {docno(r, dept)}({fd(dt(r))})", (f"{ev}를 다음과 같이 개최하였음을 보고합니다.", prose(r, ["admin", "meeting"], r.randint(3, 5), c)),
             "참석자에게는 교통비를 지급하였으며 세부 명단은 붙임과 같습니다."]
    dl = disc_line(r, "partial", ["OIDA-9-1-6"])
    gongmun(r, d, org, dept, subj, items, ["참석자 명단"], dl)
    d.h("붙임 참석자 명단")
    d.table([["연번", "성명", "소속", "연락처"]] + rows)
    return T("공문", "attendees", d, lab("partial", "none", ["OIDA-9-1-6"]),
             [("private_person", "table_cell", rows[0][1]), ("private_contact", "table_cell", rows[0][3]), ("disclosure_field", "docfoot", dl)],
             "Report disclosable; private attendees' names/mobiles removed.")

def t_minutes_partial(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    comm = r.choice(["보조금심의위원회", "도시계획위원회 소위원회", "공공갈등조정협의회", "청렴시민감사관 회의"])
    d = Doc(f"{comm} 회의록")
    d.h(f"{fd(dt(r), 1)} {comm} 회의록")
    members = [name(r) for _ in range(r.randint(4, 6))]
    d.p("참석 위원: " + ", ".join(f"{m}({r.choice(['교수', '변호사', '시민위원', '회계사'])})" for m in members))
    d.ps(prose(r, ["meeting"], 3, c))
    for m in members[:3]:
        d.p(f"{m} 위원: {r.choice(['신청 단체의 정산 자료가 불충분하다고 봅니다.', '주민 의견을 더 들어야 한다고 생각합니다.', '원안대로 의결하는 데 찬성합니다.', '감정평가 기준을 다시 확인해 주십시오.'])}")
    d.ps(prose(r, ["meeting"], 3, c))
    return T("회의록", "named_private_members", d, lab("partial", "none", ["OIDA-9-1-6"]), [("private_person", "body", members[0] + " 위원")],
             "Minutes are disclosable but speeches are attributed to named private members → remove names (9-1-6).")

def t_audit_partial(r, i):
    org = r.choice(LOCALS); c = ctx_for(r, org)
    d = Doc(f"{org} 보조사업 특정감사 결과")
    d.h(d.title)
    d.ps(prose(r, ["audit"], r.randint(4, 6), c))
    who = name(r); co = r.choice(COMPANY)
    s = r.choice([f"보조사업자 {co}의 현장대리인 {who}은 실제 근무하지 않은 인력 2명의 인건비를 청구하였다.",
                  f"수혜자 {who}(농업인)은 동일 품목으로 중복 지원을 받은 것으로 확인되었다."])
    d.p(s)
    d.table([["구분", "건수", "금액"], ["회수", str(r.randint(1, 9)), amount(r, 1, 40)], ["주의", str(r.randint(1, 5)), "-"]])
    d.ps(prose(r, ["audit"], r.randint(2, 4), c))
    return T("감사결과", "named_private", d, lab("partial", "none", ["OIDA-9-1-6"]), [("private_person", "body", who)],
             "Audit result disclosable except the named private individual.")

def t_subsidy(r, i):
    org = r.choice(LOCALS); c = ctx_for(r, org); dept = r.choice(["민원행정과", "개발정책과", "재난대응과"])
    subj = f"{r.choice(['소상공인 재기 지원금', '귀농 정착 지원금', '주택 수리 지원금'])} 지급 결과 보고"
    d = Doc(subj)
    rows, _ = person_table(r, r.randint(4, 7), ["계좌", "금액"])
    items = [(f"{subj.replace(' 보고', '')}를 다음과 같이 보고합니다.", prose(r, ["admin"], r.randint(3, 4), c)), "지급 내역은 붙임과 같습니다."]
    dl = disc_line(r, "partial", ["OIDA-9-1-6"])
    gongmun(r, d, org, dept, subj, items, ["지급 내역"], dl, recv="내부결재")
    d.table([["연번", "성명", "입금 계좌", "지급액"]] + rows)
    return T("공문", "subsidy_accounts", d, lab("partial", "none", ["OIDA-9-1-6"]), [("account", "table_cell", rows[0][2])],
             "Payment report with private recipients' names and bank accounts; no RRN/passport → no PIPA-24.")

def t_travel_passport(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org); dept = "국제협력과"
    subj = f"{r.choice(['해외 우수 사례 연수', '국제 박람회 참가', '자매도시 교류 방문'])} 참가자 출국 수속 협조 요청"
    d = Doc(subj)
    rows, ids = person_table(r, r.randint(3, 6), ["소속", "ID"], "passport")
    items = [(f"연수단 출국 수속을 위하여 다음과 같이 협조를 요청합니다.", prose(r, ["admin"], r.randint(2, 4), c)),
             "민간 참가자의 여권 정보는 항공권 발권 목적으로만 사용합니다."]
    dl = disc_line(r, "partial", ["OIDA-9-1-6"])
    gongmun(r, d, org, dept, subj, items, ["참가자 명단"], dl)
    d.table([["연번", "성명", "소속", "여권번호"]] + rows)
    return T("공문", "passports", d, lab("partial", "none", ["OIDA-9-1-6", "PIPA-24"]), [("unmasked_id", "table_cell", ids[0])],
             "Unmasked passport numbers of private participants → PIPA-24 + 9-1-6; letter otherwise disclosable.")

def t_inspect(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    co = r.choice(COMPANY); rep = name(r)
    d = Doc(f"{co} 사업장 지도·점검 결과")
    d.h(d.title)
    d.table([["사업장", co], ["대표자", rep], ["대표자 연락처", mobile(r)], ["점검일", fd(dt(r))]])
    d.ps(prose(r, ["safety", "audit"], r.randint(4, 6), c))
    sec = r.choice(["제조 공정의 배합 비율(원료 A 62%, 첨가제 B 3.5%)", "월별 생산 원가와 주요 납품처 단가", "신규 설비의 설계 도면과 공정 조건"])
    d.p(f"점검 과정에서 제출받은 {sec}은 영업상 비밀로 보호를 요청받았다.")
    d.ps(prose(r, ["audit"], 2, c))
    return T("점검결과", "inspection", d, lab("partial", "none", ["OIDA-9-1-6", "OIDA-9-1-7"]),
             [("private_person", "table_cell", rep), ("trade_secret", "body", sec)],
             "Inspection result disclosable without the representative's personal contact and the firm's trade secrets.")

def t_land_partial(r, i):
    org = r.choice(LOCALS); c = ctx_for(r, org)
    d = Doc(f"{org} 도시기본계획 재정비 추진 상황 보고")
    d.h(d.title)
    d.ps(prose(r, ["admin"], r.randint(3, 5), c))
    site = f"{r.choice(TOWN)} {r.choice(['산', ''])}{r.randint(10, 900)}-{r.randint(1, 30)} 일원 {r.randint(20, 180)}만㎡"
    s = f"신규 산업단지 후보지로 {site}를 내부 검토 중이며, 지구 지정 전 공개 시 투기 우려가 있다."
    d.p(s)
    d.ps(prose(r, ["devplan", "admin"], r.randint(3, 4), c))
    return T("보고", "candidate_site", d, lab("partial", "none", ["OIDA-9-1-8"]), [("speculation_risk", "body", site)],
             "Progress report is disclosable; only the undisclosed candidate site (투기 우려, 9-1-8) is withheld.")

def t_expired_partial(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    gone = past(r, 60, 500)
    d = Doc(f"{gone.year}년 {r.choice(['민방위 비상소집', '지역 합동 방재 훈련'])} 참가자 현황")
    stamp = r.choice([f"대외비(보호기간: {fd(gone)}까지)", f"{fd(gone)}까지 대외비"])
    where = r.choice(["header", "footer", "header_footer"])
    place(r, d, stamp, [], where, org, gone)
    d.h(d.title)
    d.ps(prose(r, ["safety"], r.randint(4, 6), c))
    rows, _ = person_table(r, r.randint(4, 6), ["소속", "연락처"])
    d.table([["연번", "성명", "소속", "연락처"]] + rows)
    return T("결과보고", "expired_daeoe_with_names", d, lab("partial", "none", ["OIDA-9-1-6"]),
             [("expired_stamp", where, stamp), ("private_person", "table_cell", rows[0][1])],
             f"대외비 보호기간 ended {fd(gone)} (< {fd(REF)}) → marking none; private participants remain → partial 6.", ["expired_stamp"])

# ================================================================== NON_PUBLIC templates
def t_discipline(r, i, dui):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    who = name(r); grade = r.choice(["행정주사", "행정사무관", "시설주사보", "공업서기", "전산주사"])
    d = Doc("징계 의결서")
    d.h(r.choice(["징 계 의 결 서", "징계의결서", "징계 등 의결서"]))
    d.table([["징계혐의자", f"소속 {org} {r.choice(DEPTS)}", f"직급 {grade}", f"성명 {who}"],
             ["의결 주문", r.choice(["정직 2월", "감봉 3월", "견책", "강등"]), "", ""]])
    if dui:
        bac = f"{r.uniform(0.08, 0.19):.3f}"
        fact = r.choice([f"혈중알코올농도 {bac}%의 술에 취한 상태로 자가용 승용차를 약 {r.randint(2, 9)}km 운전하다 적발되어 {fd(dt(r))} 벌금 {r.randint(5, 15)}00만 원의 약식명령을 받았다",
                         f"음주운전(혈중알코올농도 {bac}%)으로 기소되어 {fd(dt(r))} 징역 {r.randint(4, 10)}월에 집행유예 2년을 선고받았다"])
        reasons = ["OIDA-9-1-6", "PIPA-23"]; v = "dui"
    else:
        fact = r.choice(["근무시간 중 무단으로 자리를 비운 사실이 12회 확인되었다", "민원인에게 모욕적 발언을 하여 품위를 손상하였다",
                         "업무추진비를 사적 용도로 4회 사용하였다", "겸직 허가 없이 영리 업무에 종사하였다"])
        reasons = ["OIDA-9-1-6"]; v = "misconduct"
    d.p("이유")
    d.p(f"1. 징계혐의자는 {fd(dt(r, 2005, 2019))} 임용되어 현재 {org}에서 근무하고 있다.")
    d.p(f"2. 징계혐의자는 {fact}.")
    d.ps(prose(r, ["audit"], r.randint(2, 3), c))
    d.p(f"3. 이는 「국가공무원법」 제{r.choice([56, 57, 63])}조를 위반한 것으로 같은 법 제78조 제1항에 따른 징계 사유에 해당한다.")
    d.p("4. 징계혐의자가 잘못을 뉘우치고 있는 점, 그간의 근무 실적 등을 고려하여 주문과 같이 의결한다.")
    d.p(f"{fd(dt(r), 1)}")
    d.p(f"{org} 보통징계위원회 위원장 {name(r)}")
    cues = [("disciplined_official", "table_cell", f"성명 {who}")] + ([("criminal_conviction", "body", fact)] if dui else [])
    return T("징계의결서", v, d, lab("non_public", "none", reasons), cues,
             "Disciplinary decision on an identifiable official (non-official capacity)" + ("; DUI conviction = criminal record → PIPA-23." if dui else "."))

def t_discipline_dui(r, i): return t_discipline(r, i, True)
def t_discipline_other(r, i): return t_discipline(r, i, False)

def t_sickleave(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org); dept = "운영지원과"
    who = name(r); dx = r.choice(["요추 추간판 탈출증", "주요 우울장애", "갑상선암", "뇌경색 후유증", "공황장애"])
    subj = r.choice(["질병휴직 승인", "병가 연장 승인 검토", "공무상 요양 승인 신청 검토"])
    d = Doc(subj)
    s = f"{who} {r.choice(POS_OFF)}은 {dx} 진단(진단서 {fd(dt(r))} 발급)에 따라 {r.randint(3, 12)}개월간 요양이 필요함."
    items = [(f"{subj} 건을 다음과 같이 검토하였습니다.", [s, f"휴직 기간: {fd(dt(r))} ~ {fd(dt(r))}", "대체 인력: 한시임기제 1명 채용 예정"]),
             prose(r, ["personnel"], 1, c)[0]]
    dl = disc_line(r, "non_public", ["OIDA-9-1-6"])
    gongmun(r, d, org, dept, subj, items, ["진단서 사본", "휴직원"], dl, recv="내부결재")
    return T("인사발령", "health", d, lab("non_public", "none", ["OIDA-9-1-6", "PIPA-23"]),
             [("health_data", "body", dx), ("disclosure_field", "docfoot", dl)],
             "Health data of a named official (non-official capacity) → 9-1-6 + PIPA-23; the whole record is personal.")

def t_union(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org)
    un = r.choice(["공무원노동조합", "시설관리 노동조합 지부", "공공연구 노동조합 분회"])
    d = Doc(f"{un} 조합비 급여 공제 명단")
    d.h(f"{c['y']}년 {r.randint(1, 12)}월분 {org} {un} 조합비 공제 명단")
    d.p(r.choice([f"「공무원의 노동조합 설립 및 운영 등에 관한 법률」에 따른 조합비 일괄 공제 요청에 따라 작성함.", "조합원 본인 동의서 제출자에 한하여 급여에서 공제함."]))
    rows = [["연번", "소속", "성명", "직급", "공제액"]]
    for k in range(r.randint(6, 11)):
        rows.append([str(k + 1), r.choice(DEPTS), name(r), r.choice(POS_OFF), f"{r.randint(15, 40) * 1000:,}원"])
    d.table(rows)
    d.ps(prose(r, ["personnel"], 2, c))
    return T("명단", "union_dues", d, lab("non_public", "none", ["OIDA-9-1-6", "PIPA-23"]),
             [("union_membership", "title", un), ("private_person", "table_cell", rows[1][2])],
             "Roster that reveals trade-union membership → PIPA-23 sensitive data; the list is only personal data.")

def t_invest(r, i):
    org = r.choice(["가람경찰청", "동하지방검찰청", "서련도 특별사법경찰단", "누리시 감찰담당관실"]); c = ctx_for(r, org)
    sus = name(r); withid = (i % 3 == 0)
    d = Doc(r.choice(["수사 협조 요청", "수사 진행 상황 보고", "내사 결과 보고"]))
    d.h(d.title)
    rows = [["구분", "성명", "생년월일" if not withid else "주민등록번호", "주소"],
            ["피의자", sus, fd(datetime.date(r.randint(1960, 1995), r.randint(1, 12), r.randint(1, 28)), 3) if not withid else rrn(r), addr_priv(r)],
            ["참고인", name(r), "-", "-"]]
    d.table(rows)
    d.p(f"사건번호: {r.randint(2024, 2026)}-{r.randint(1000, 99999)}   혐의: {r.choice(['업무상 배임', '뇌물수수', '공문서 위조', '입찰 방해'])}")
    d.ps(prose(r, ["invest"], r.randint(5, 7), c))
    d.p(r.choice(["본 자료는 수사 중인 사항으로 외부 제공을 금함.", "수사 종결 시까지 관계자 외 열람을 제한함."]))
    reasons = ["OIDA-9-1-4", "OIDA-9-1-6"] + (["PIPA-24"] if withid else [])
    cues = [("investigation", "body", d.title), ("private_person", "table_cell", sus)] + ([("unmasked_id", "table_cell", rows[1][2])] if withid else [])
    return T("수사재판", "investigation" + ("_rrn" if withid else ""), d, lab("non_public", "none", reasons), cues,
             "Ongoing investigation material naming a suspect → 9-1-4 + 9-1-6" + (" + PIPA-24 (full RRN)." if withid else "."))

def t_litigation(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org); dept = "법무송무팀"
    case = f"{r.randint(2024, 2026)}구합{r.randint(10000, 99999)}"
    subj = f"{case} {r.choice(['과징금 부과처분 취소', '입찰참가자격 제한처분 취소', '손해배상(기)'])} 소송 대응 방안 검토"
    d = Doc(subj)
    items = [(f"현재 1심 계속 중인 위 사건의 쟁점과 대응 방향을 검토하였습니다.",
              [r.choice(["원고 주장 중 절차 위반 부분은 일부 인정될 가능성이 있음", "처분 사유 추가·변경은 기본적 사실관계 동일성 범위에서 가능함"]),
               r.choice(["패소 가능성을 40% 내외로 평가하며 조정 권고 시 수용을 검토", "항소 여부는 판결 선고 후 재검토"]),
               "증인 신청 및 서증 제출 계획은 붙임과 같음"]),
             prose(r, ["admin"], 1, c)[0]]
    dl = disc_line(r, "non_public", ["OIDA-9-1-4"])
    gongmun(r, d, org, dept, subj, items, ["쟁점별 대응 논리"], dl, recv="내부결재")
    return T("수사재판", "litigation_strategy", d, lab("non_public", "none", ["OIDA-9-1-4"]),
             [("case_pending", "body", case), ("disclosure_field", "docfoot", dl)],
             "Litigation strategy for a pending case (재판 진행 중) → 9-1-4.")

DAEOE_CONTENT = {
 "OIDA-9-1-2": ("외교 협의 대응 방향", ["diplomacy"]),
 "OIDA-9-1-3": ("청사 방호 및 출입 통제 강화 계획", ["facility", "safety"]),
 "OIDA-9-1-4": ("합동 단속 및 내사 계획", ["invest"]),
 "OIDA-9-1-5": ("내부 감사 착수 계획(안)", ["audit"]),
 "OIDA-9-1-6": ("신규 채용 예정자 신원조사 결과", ["personnel"]),
 "OIDA-9-1-8": ("개발예정지구 지정 검토", ["devplan"]),
}
def t_daeoe(r, i):
    key = ["OIDA-9-1-2"] * 4 + ["OIDA-9-1-3"] * 4 + ["OIDA-9-1-4"] * 3 + ["OIDA-9-1-5"] * 3 + ["OIDA-9-1-6"] * 2 + ["OIDA-9-1-8"] * 2
    reason = key[i % len(key)]
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    ttl, pools = DAEOE_CONTENT[reason]
    d = Doc(f"{c['y']}년 {ttl}")
    live = r.random() < 0.5
    stamp = st_daeoe(r, future(r) if live else None)
    where = r.choice(WHERES)
    extras = [copyno(r)] if r.random() < 0.3 else []
    place(r, d, stamp, extras, where, org, dt(r))
    d.h(d.title)
    d.p(f"{org} {r.choice(DEPTS)}")
    body = prose(r, pools + ["admin"], r.randint(7, 10), c)
    d.ps(body[:4])
    reasons = [reason]; cues = [("stamp", where, stamp)]
    if reason == "OIDA-9-1-6":
        rows, _ = person_table(r, r.randint(3, 5), ["생년월일", "주소"])
        d.table([["연번", "성명", "생년월일", "주소"]] + rows)
        d.p(f"{rows[0][1]}은 {r.choice(['해외 체류 기간 확인 필요', '특이사항 없음', '채무 관계 추가 확인 필요'])}.")
    if reason == "OIDA-9-1-4":
        reasons.append("OIDA-9-1-6"); sus = name(r)
        d.p(f"주요 대상자: {sus}({r.choice(['43세', '51세', '38세'])}, {r.choice(COMPANY)} 실질 운영자)")
        cues.append(("private_person", "body", sus))
    d.ps(body[4:])
    return T("대외비문서", reason, d, lab("non_public", "대외비", reasons), cues,
             f"대외비 stamp ({'live 보호기간' if live else 'no period stated'}) → marking 대외비; no 9-1-1 (대외비 rests on the 시행규칙); content reason {reason}.")

SECRET_CONTENT = {
 "OIDA-9-1-2": [("통상 협상 대응 전략", ["diplomacy"]), ("연합 비상대비 연습 계획", ["safety", "security"]), ("해외 공관 비상 철수 계획", ["diplomacy", "safety"])],
 "OIDA-9-1-3": [("국가중요시설 방호 계획", ["facility"]), ("정부통합통신망 비상 운용 계획", ["facility", "safety"])],
}
def t_secret(r, i, lvl, reason=None, downgraded=False):
    org = r.choice(MINISTRIES); c = ctx_for(r, org)
    if reason is None:
        reason = "OIDA-9-1-3" if (i % 3 == 2 and lvl > 1) else "OIDA-9-1-2"
    ttl, pools = r.choice(SECRET_CONTENT[reason])
    d = Doc(f"{c['y']}년 {ttl}")
    if downgraded:
        first = past(r, 20, 300); later = future(r, 200, 900)
        stamp = st_secret(r, 3)
        y = r.choice([f"예고문: {fd(first)}까지 Ⅱ급비밀, 이후 Ⅲ급비밀로 재분류({fd(later)}까지)",
                      f"(예고문) {fd(first)} 이후 Ⅲ급비밀로 재분류, {fd(later)} 이후 일반문서로 재분류"])
        extras = [y]
    else:
        stamp = st_secret(r, lvl)
        extras = []
        if r.random() < 0.7:
            extras.append(yego(r, future(r), lvl, r.choice(["일반문서로 재분류", "파기", "대외비로 재분류"])))
        if r.random() < 0.5:
            extras.append(copyno(r))
    where = r.choice(WHERES)
    place(r, d, stamp, extras, where, org, dt(r))
    d.h(d.title)
    d.p(f"{org} {r.choice(['비상안전기획관실', '국제협력과', '정보보안팀'])}")
    d.ps(prose(r, pools + ["security"], r.randint(7, 10), c))
    d.table([["구분", "내용", "책임 부서"], ["1단계", r.choice(["상황 접수 및 전파", "초기 대응반 소집"]), r.choice(DEPTS)],
             ["2단계", r.choice(["대응 본부 가동", "예비 시설 전환"]), r.choice(DEPTS)]])
    d.ps(prose(r, pools, 2, c))
    mk = {1: "I급", 2: "II급", 3: "III급"}[3 if downgraded else lvl]
    cues = [("stamp", where, stamp)] + [("yego_live" if "예고문" in e else "copy_no", where, e) for e in extras]
    note = (f"예고문 downgraded Ⅱ→Ⅲ on {fd(first)} (< ref date), Ⅲ급 live until {fd(later)} → marking III급." if downgraded
            else f"{LVL_TXT[lvl]} designated under 보안업무규정 → 9-1-1 plus content reason {reason}; any 예고문 date is after {fd(REF)}.")
    return T("비밀문서", f"lvl{lvl}" + ("_downgraded" if downgraded else ""), d, lab("non_public", mk, ["OIDA-9-1-1", reason]), cues,
             note, ["downgraded_live"] if downgraded else [])
def t_secret3(r, i): return t_secret(r, i, 3)
def t_secret2(r, i): return t_secret(r, i, 2)
def t_secret1(r, i): return t_secret(r, i, 1, "OIDA-9-1-2")
def t_downgrade(r, i): return t_secret(r, i, 2, "OIDA-9-1-2", downgraded=True)

def t_internal(r, i):
    org = r.choice(MINISTRIES + LOCALS); c = ctx_for(r, org); dept = r.choice(["기획조정담당관실", "인사혁신팀", "감사담당관실"])
    subj = r.choice(["조직 개편안(1차 검토)", f"{c['y'] + 1}년 예산 요구 우선순위 내부 검토", "승진 심사 기준 개선 방안(내부 검토)", "감사 대상 기관 선정 검토"])
    d = Doc(subj)
    items = [(f"{subj}에 대한 실무 의견을 다음과 같이 보고합니다.", prose(r, ["admin", "audit"], r.randint(3, 5), c)),
             (r.choice(["검토 의견", "쟁점"]), [r.choice(["A안(2국 6과)과 B안(2국 5과 1팀) 중 A안이 우세하나 추가 협의 필요", "우선순위 하위 3개 사업은 감액 대상으로 잠정 분류", "근무성적 반영 비율을 70%에서 60%로 낮추는 방안 검토 중"]),
                                                   "최종안 확정 전까지 외부 공개 시 업무 공정성을 해칠 우려"])]
    dl = disc_line(r, "non_public", ["OIDA-9-1-5"])
    gongmun(r, d, org, dept, subj, items, ["검토 자료"], dl, recv="내부결재")
    return T("내부검토", "decision_in_progress", d, lab("non_public", "none", ["OIDA-9-1-5"]),
             [("internal_review", "body", subj), ("disclosure_field", "docfoot", dl)],
             "Internal review in a decision-making process → 9-1-5, whole document.")

def t_roster(r, i, full):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org)
    ttl = r.choice(["독거노인 안부 확인 대상자 명부", "긴급 복지 지원 대상자 명단", "자원봉사자 비상 연락망", "기초 생활 수급자 현황"])
    d = Doc(ttl)
    d.h(f"{org} {ttl}")
    cols = ["ID", "주소", "연락처"] if full else ["생년월일", "주소", "연락처"]
    rows, ids = person_table(r, r.randint(6, 10), cols, "full" if full else None)
    d.table([["연번", "성명", "주민등록번호" if full else "생년월일", "주소", "연락처"]] + rows)
    d.p(r.choice(["※ 담당 공무원 외 열람 금지", "※ 명부는 분기별로 갱신함", "※ 변동 사항은 즉시 읍·면·동에 통보"]))
    reasons = ["OIDA-9-1-6"] + (["PIPA-24"] if full else [])
    cues = [("private_person", "table_cell", rows[0][1])] + ([("unmasked_id", "table_cell", ids[0])] if full else [])
    return T("명단", "roster" + ("_rrn" if full else ""), d, lab("non_public", "none", reasons), cues,
             "Roster consisting only of private persons' data → non_public" + (" + PIPA-24 (full RRNs)." if full else "."))
def t_roster_plain(r, i): return t_roster(r, i, False)
def t_roster_rrn(r, i): return t_roster(r, i, True)

def t_devplan(r, i):
    org = r.choice(LOCALS + MINISTRIES); c = ctx_for(r, org)
    d = Doc(f"{r.choice(['신도시', '물류단지', '첨단산업 특화단지'])} 입지 선정 내부 검토")
    d.h(d.title)
    d.ps(prose(r, ["devplan"], r.randint(4, 6), c))
    rows = [["후보지", "면적", "공시지가(평균)", "평가"]]
    for k in range(3):
        rows.append([f"{r.choice(TOWN)} {r.randint(100, 900)}번지 일원", f"{r.randint(30, 250)}만㎡", f"{r.randint(30, 400) * 1000:,}원/㎡", r.choice(["1순위", "2순위", "3순위"])])
    d.table(rows)
    d.ps(prose(r, ["admin"], r.randint(2, 3), c))
    return T("내부검토", "site_selection", d, lab("non_public", "none", ["OIDA-9-1-5", "OIDA-9-1-8"]), [("speculation_risk", "table_cell", rows[1][0])],
             "Undisclosed site selection: disclosure would enable land speculation (9-1-8) and it is an ongoing decision (9-1-5).")

def t_tech(r, i):
    org = r.choice(MINISTRIES); c = ctx_for(r, org); co = r.choice(COMPANY)
    d = Doc(f"{co} 기술개발 과제 중간 평가 자료")
    d.h(d.title)
    d.p(f"제출 기관: {co}   과제번호: {r.randint(2023, 2026)}-{r.choice(['RS', 'TD'])}-{r.randint(10000, 99999)}")
    sec = r.choice(["시제품의 회로 설계도와 펌웨어 소스 구조", "공정별 수율 데이터와 원가 산정표", "핵심 소재 배합 조건 및 시험 성적"])
    d.p(f"첨부된 {sec}은 기업의 영업상 비밀에 해당한다.")
    d.ps(prose(r, ["contract", "admin"], r.randint(5, 7), c))
    return T("평가자료", "tech_secret", d, lab("non_public", "none", ["OIDA-9-1-7"]), [("trade_secret", "body", sec)],
             "Company's technical submission is trade secret throughout → 9-1-7, non_public.")


ELAB = {  # template -> (topics, mode)
 "t_gongmun_pub": (["admin"], "attach"), "t_press": (["safety", "stats"], "insert"), "t_appoint_pub": (["personnel"], "insert"),
 "t_bid_notice": (["contract"], "insert"), "t_stats": (["stats"], "insert"), "t_sec_guide": (["security"], "insert"),
 "t_oia_guide": (["civil"], "insert"), "t_pw_notice": (["security"], "insert"), "t_declass": (["security"], "attach"),
 "t_cover_letter": (["admin"], "attach"), "t_audit_pub": (["audit"], "insert"), "t_minutes_pub": (["meeting"], "insert"),
 "t_expired_pub": (["safety"], "insert"), "t_civil_reply": (["civil"], "insert"), "t_civil_rrn": (["civil"], "insert"),
 "t_civil_masked": (["civil"], "insert"), "t_mislabel": (["admin"], "attach"), "t_contract_partial": (["contract"], "insert"),
 "t_attendee_list": (["meeting"], "attach"), "t_minutes_partial": (["meeting"], "insert"), "t_audit_partial": (["audit"], "insert"),
 "t_subsidy": (["admin"], "attach"), "t_travel_passport": (["admin"], "attach"), "t_inspect": (["safety", "audit"], "insert"),
 "t_land_partial": (["devplan"], "insert"), "t_expired_partial": (["safety"], "insert"), "t_sickleave": (["personnel"], "attach"),
 "t_invest": (["invest"], "insert"), "t_litigation": (["admin"], "attach"), "t_daeoe": (None, "insert"),
 "t_secret3": (None, "insert"), "t_secret2": (None, "insert"), "t_secret1": (None, "insert"), "t_downgrade": (None, "insert"),
 "t_internal": (["audit"], "attach"), "t_devplan": (["devplan"], "insert"), "t_tech": (["contract"], "insert"),
}
DAEOE_TOPICS = {"OIDA-9-1-2": ["diplomacy"], "OIDA-9-1-3": ["facility", "safety"], "OIDA-9-1-4": ["invest"], "OIDA-9-1-5": ["audit"],
                "OIDA-9-1-6": ["personnel"], "OIDA-9-1-8": ["devplan"]}
def apply_elab(out, tname, i):
    if tname not in ELAB: return
    topics, mode = ELAB[tname]
    r = RNG("elab|" + tname, i); d = out["doc"]
    if topics is None:
        rs = [x for x in out["labels"]["reasons"] if x != "OIDA-9-1-1"]
        topics = DAEOE_TOPICS.get(rs[0], ["security"])
        if out["labels"]["marking"] != "대외비": topics = topics + ["security"]
    c = ctx_for(r, r.choice(MINISTRIES))
    tmp = Doc(d.title); tmp.blocks = list(d.blocks)
    new = Doc(d.title)
    new.blocks = []
    if mode == "attach":
        new.blocks = []
        elaborate(r, new, topics, c, roman=r.random() < .5, attach=r.choice(["붙임 1  세부 추진 계획", "[붙임] 세부 내용", "붙 임  관련 자료"]), have=d.logical())
        d.blocks += new.blocks
    else:
        elaborate(r, new, topics, c, roman=r.random() < .5, have=d.logical())
        lo = min(3, len(d.blocks)); pos = r.randint(lo, len(d.blocks))
        d.blocks[pos:pos] = new.blocks

# ================================================================== plan
PLAN = [
 # public (85)
 (t_gongmun_pub, 10), (t_press, 12), (t_appoint_pub, 8), (t_bid_notice, 6), (t_stats, 7), (t_sec_guide, 6),
 (t_oia_guide, 4), (t_pw_notice, 4), (t_declass, 5), (t_cover_letter, 5), (t_audit_pub, 6), (t_minutes_pub, 6), (t_expired_pub, 6),
 # partial (86)
 (t_civil_reply, 12), (t_civil_rrn, 6), (t_civil_masked, 5), (t_oia_notice, 6), (t_mislabel, 4), (t_contract_partial, 9),
 (t_attendee_list, 9), (t_minutes_partial, 7), (t_audit_partial, 5), (t_subsidy, 7), (t_travel_passport, 4), (t_inspect, 4),
 (t_land_partial, 4), (t_expired_partial, 4),
 # non_public (92)
 (t_discipline_dui, 6), (t_discipline_other, 4), (t_sickleave, 5), (t_union, 4), (t_invest, 6), (t_litigation, 4),
 (t_daeoe, 18), (t_secret3, 13), (t_secret2, 7), (t_secret1, 4), (t_downgrade, 2), (t_internal, 6),
 (t_roster_plain, 4), (t_roster_rrn, 3), (t_devplan, 3), (t_tech, 3),
]
N_HWPX, N_PDF_TEXT, N_PDF_SCAN = 70, 46, 24

# ================================================================== HWPX writer
NS = ('xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
      'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
      'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version"')
HEADER_XML = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<hh:head {NS} version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" tbl="1" equation="1"/>
<hh:refList><hh:fontfaces itemCnt="2"><hh:fontface lang="HANGUL" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0"/></hh:fontface><hh:fontface lang="LATIN" fontCnt="1"><hh:font id="0" face="나눔고딕" type="TTF" isEmbedded="0"/></hh:fontface></hh:fontfaces>
<hh:borderFills itemCnt="2"><hh:borderFill id="1" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="NONE" width="0.1 mm" color="#000000"/><hh:rightBorder type="NONE" width="0.1 mm" color="#000000"/><hh:topBorder type="NONE" width="0.1 mm" color="#000000"/><hh:bottomBorder type="NONE" width="0.1 mm" color="#000000"/></hh:borderFill><hh:borderFill id="2" threeD="0" shadow="0" centerLine="NONE" breakCellSeparateLine="0"><hh:leftBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:rightBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:topBorder type="SOLID" width="0.12 mm" color="#000000"/><hh:bottomBorder type="SOLID" width="0.12 mm" color="#000000"/></hh:borderFill></hh:borderFills>
<hh:charProperties itemCnt="3"><hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/></hh:charPr><hh:charPr id="1" height="1600" textColor="#000000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr><hh:charPr id="2" height="1200" textColor="#C00000" shadeColor="none" useFontSpace="0" useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" japanese="0" other="0" symbol="0" user="0"/><hh:bold/></hh:charPr></hh:charProperties>
<hh:paraProperties itemCnt="2"><hh:paraPr id="0" tabPrIDRef="0" condense="0"><hh:align horizontal="JUSTIFY" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr><hh:paraPr id="1" tabPrIDRef="0" condense="0"><hh:align horizontal="CENTER" vertical="BASELINE"/><hh:lineSpacing type="PERCENT" value="160" unit="HWPUNIT"/></hh:paraPr></hh:paraProperties>
<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles>
</hh:refList></hh:head>'''
CONTAINER = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>'''
VERSION = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="1" os="1" xmlVersion="1.4" application="sens_aq generator" appVersion="1.0"/>'''
def hpf(title):
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="" unique-identifier="" id=""><opf:metadata><opf:title>{xesc(title)}</opf:title><opf:language>ko</opf:language><opf:meta name="creator" content="text">sens_aq</opf:meta><opf:meta name="CreatedDate" content="text">2026-06-30T09:00:00Z</opf:meta><opf:meta name="ModifiedDate" content="text">2026-06-30T09:00:00Z</opf:meta></opf:metadata>
<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/><opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'''
SETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ha:HWPApplicationSetting xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>'''

class PID:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1; return self.n

def hp_p(pid, text, char=0, para=0, page_break=False, inner=""):
    t = f'<hp:run charPrIDRef="{char}">{inner}<hp:t>{xesc(text)}</hp:t></hp:run>' if text is not None else f'<hp:run charPrIDRef="{char}">{inner}</hp:run>'
    return f'<hp:p id="{pid()}" paraPrIDRef="{para}" styleIDRef="0" pageBreak="{1 if page_break else 0}" columnBreak="0" merged="0">{t}</hp:p>'

def hp_sub(pid, lines, char=0, para=1):
    ps = "".join(hp_p(pid, l, char, para) for l in lines)
    return f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">{ps}</hp:subList>'

def hp_tbl(pid, rows, tid):
    nr, nc = len(rows), max(len(x) for x in rows)
    W = 42520; cw = W // nc
    trs = []
    for ri, row in enumerate(rows):
        tcs = []
        for ci in range(nc):
            cell = row[ci] if ci < len(row) else ""
            tcs.append(f'<hp:tc name="" header="{1 if ri == 0 else 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="2">'
                       f'{hp_sub(pid, [cell], 0, 0)}<hp:cellAddr colAddr="{ci}" rowAddr="{ri}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
                       f'<hp:cellSz width="{cw}" height="1800"/><hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>')
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    return (f'<hp:tbl id="{tid}" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{nr}" colCnt="{nc}" cellSpacing="0" borderFillIDRef="2" noAdjust="0">'
            f'<hp:sz width="{W}" widthRelTo="ABSOLUTE" height="{1800 * nr}" heightRelTo="ABSOLUTE" protect="0"/>'
            f'<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
            f'<hp:outMargin left="0" right="0" top="0" bottom="0"/><hp:inMargin left="510" right="510" top="141" bottom="141"/>' + "".join(trs) + "</hp:tbl>")

def write_hwpx(path, d):
    pid = PID()
    secpr = ('<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">'
             '<hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/><hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/>'
             '<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>'
             '<hp:pagePr landscape="WIDELY" width="59528" height="84186" gutterType="LEFT_ONLY"><hp:margin header="4252" footer="4252" gutter="0" left="8504" right="8504" top="5668" bottom="4252"/></hp:pagePr></hp:secPr>')
    ctrls = ""
    if d.header:
        ctrls += f'<hp:ctrl><hp:header id="1" applyPageType="BOTH">{hp_sub(pid, d.header, 2, 1)}</hp:header></hp:ctrl>'
    if d.footer:
        ctrls += f'<hp:ctrl><hp:footer id="2" applyPageType="BOTH">{hp_sub(pid, d.footer, 2, 1)}</hp:footer></hp:ctrl>'
    paras = [hp_p(pid, None, 0, 0, inner=secpr + ctrls)]
    for k, line in enumerate(d.cover):
        paras.append(hp_p(pid, line, 2 if k == 0 else 1, 1))
    first = True; tid = 100
    for kind, v in d.blocks:
        pb = bool(d.cover) and first
        if kind == "table":
            tid += 1
            paras.append(hp_p(pid, None, 0, 0, pb, inner=hp_tbl(pid, v, tid)))
        elif kind == "h":
            paras.append(hp_p(pid, v, 1, 1, pb))
        else:
            paras.append(hp_p(pid, v, 0, 0, pb))
        first = False
    sec = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<hs:sec {NS}>' + "".join(paras) + "</hs:sec>"
    parts = [("mimetype", b"application/hwp+zip", zipfile.ZIP_STORED),
             ("version.xml", VERSION.encode(), zipfile.ZIP_DEFLATED),
             ("META-INF/container.xml", CONTAINER.encode(), zipfile.ZIP_DEFLATED),
             ("Contents/content.hpf", hpf(d.title).encode(), zipfile.ZIP_DEFLATED),
             ("Contents/header.xml", HEADER_XML.encode(), zipfile.ZIP_DEFLATED),
             ("Contents/section0.xml", sec.encode(), zipfile.ZIP_DEFLATED),
             ("settings.xml", SETTINGS.encode(), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(path, "w") as z:
        for n, data, comp in parts:
            zi = zipfile.ZipInfo(n, date_time=(2026, 6, 30, 9, 0, 0)); zi.compress_type = comp
            zi.external_attr = 0o644 << 16; zi.create_system = 3
            z.writestr(zi, data)

def read_hwpx(path):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert z.read("mimetype") == b"application/hwp+zip"
        for n in ["META-INF/container.xml", "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml"]:
            ET.fromstring(z.read(n))
        root = ET.fromstring(z.read("Contents/section0.xml"))
    ts = [e.text or "" for e in root.iter("{http://www.hancom.co.kr/hwpml/2011/paragraph}t")]
    return "\n".join(ts)

# ================================================================== PDF writers
def _fpdf():
    from fpdf import FPDF
    class P(FPDF):
        hdr = []; ftr = []
        def header(self):
            if self.hdr:
                self.set_font("NG", "B", 11); self.set_text_color(170, 0, 0)
                for l in self.hdr: self.cell(0, 6, l, align="C", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0); self.ln(2)
        def footer(self):
            n = len(self.ftr)
            self.set_y(-12 - 6 * n)
            self.set_font("NG", "B", 10); self.set_text_color(170, 0, 0)
            for l in self.ftr: self.cell(0, 6, l, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(90, 90, 90); self.set_font("NG", "", 8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")
            self.set_text_color(0, 0, 0)
    p = P(format="A4"); p.set_creation_date(FIXED_DT)
    p.set_producer("sens_aq generator"); p.set_creator("sens_aq")
    p.add_font("NG", "", FONT); p.add_font("NG", "B", FONT_B)
    return p

def write_pdf_text(path, d):
    p = _fpdf()
    p.set_title(d.title)
    p.set_auto_page_break(True, margin=20 + 6 * len(d.footer))
    W = 180
    if d.cover:
        p.hdr, p.ftr = [], []
        p.add_page(); p.ln(50)
        for k, l in enumerate(d.cover):
            p.set_font("NG", "B", 18 if k == 0 else 14)
            if k == 0: p.set_text_color(170, 0, 0)
            p.multi_cell(W, 10, l or " ", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_text_color(0, 0, 0)
    p.hdr, p.ftr = d.header, d.footer
    p.add_page()
    for kind, v in d.blocks:
        if kind == "table":
            p.set_font("NG", "", 9)
            with p.table(text_align="LEFT", line_height=5, first_row_as_headings=False) as t:
                for row in v:
                    rr = t.row()
                    for c in row: rr.cell(c)
            p.ln(2)
        elif kind == "h":
            p.set_font("NG", "B", 14); p.multi_cell(W, 8, v, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
        else:
            p.set_font("NG", "", 10.5); p.multi_cell(W, 6.4, v, new_x="LMARGIN", new_y="NEXT")
    p.output(path)

def read_pdf_text(path):
    from pypdf import PdfReader
    rd = PdfReader(path)
    return "\n".join((pg.extract_text() or "") for pg in rd.pages), len(rd.pages)

def render_scan_pages(d, r):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    Wd, Ht = 992, 1403; M = 90
    f_body = ImageFont.truetype(FONT_M, 21); f_h = ImageFont.truetype(FONT_B, 27); f_st = ImageFont.truetype(FONT_B, 30)
    f_small = ImageFont.truetype(FONT, 17)
    pages = []
    stamp_set = {s for s, _ in d.stamps}
    def newpage():
        im = Image.new("L", (Wd, Ht), 250); dr = ImageDraw.Draw(im)
        return im, dr
    def stamp(im, text, cx, cy):
        tw = int(f_st.getlength(text)) + 40
        st = Image.new("L", (tw, 62), 0); sd = ImageDraw.Draw(st)
        sd.rectangle([2, 2, tw - 3, 59], outline=255, width=4); sd.text((20, 13), text, font=f_st, fill=255)
        st = st.rotate(r.uniform(-4, 4), expand=True, fillcolor=0)
        ink = Image.new("L", st.size, 60)
        im.paste(ink, (int(cx - st.size[0] / 2), int(cy - st.size[1] / 2)), st)
    def wrap(text, font, width):
        out, cur = [], ""
        for ch in text:
            if font.getlength(cur + ch) > width:
                out.append(cur); cur = ch
            else:
                cur += ch
        out.append(cur); return out
    def page_frame(im, dr):
        y = 40
        for l in d.header:
            if l in stamp_set: stamp(im, l, Wd / 2, y + 30); y += 70
            else: dr.text((M, y), l, font=f_small, fill=30); y += 28
        yb = Ht - 60 - 36 * len(d.footer)
        for l in d.footer:
            if l in stamp_set: stamp(im, l, Wd / 2, yb + 10); yb += 70
            else: dr.text((M, yb), l, font=f_small, fill=30); yb += 30
        return max(y + 20, 110), Ht - 90 - 60 * len(d.footer)
    if d.cover:
        im, dr = newpage(); y = 300
        for k, l in enumerate(d.cover):
            if k == 0 and l in stamp_set:
                stamp(im, l, Wd / 2, 180); continue
            for wl in wrap(l, f_h, Wd - 2 * M):
                dr.text(((Wd - f_h.getlength(wl)) / 2, y), wl, font=f_h, fill=20); y += 46
        pages.append(im)
    im, dr = newpage(); y, ymax = page_frame(im, dr)
    lines = []
    for kind, v in d.blocks:
        if kind == "table":
            for row in v:
                lines.append(("row", row))
        elif kind == "h":
            lines.append(("h", v))
        else:
            lines.append(("stamp" if v in stamp_set else "p", v))
    for kind, v in lines:
        if kind == "row":
            nc = len(v); cw = (Wd - 2 * M) / nc
            cells = [wrap(c, f_small, cw - 12) for c in v]; hgt = 26 * max(len(c) for c in cells) + 10
            if y + hgt > ymax: pages.append(im); im, dr = newpage(); y, ymax = page_frame(im, dr)
            for ci, cl in enumerate(cells):
                x0 = M + ci * cw; dr.rectangle([x0, y, x0 + cw, y + hgt], outline=40, width=1)
                for li, t in enumerate(cl): dr.text((x0 + 6, y + 5 + 26 * li), t, font=f_small, fill=25)
            y += hgt
            continue
        if kind == "stamp":
            if y + 80 > ymax: pages.append(im); im, dr = newpage(); y, ymax = page_frame(im, dr)
            stamp(im, v, Wd / 2, y + 35); y += 80; continue
        font = f_h if kind == "h" else f_body; lh = 44 if kind == "h" else 34
        for wl in wrap(v, font, Wd - 2 * M):
            if y + lh > ymax: pages.append(im); im, dr = newpage(); y, ymax = page_frame(im, dr)
            x = (Wd - font.getlength(wl)) / 2 if kind == "h" else M
            dr.text((x, y), wl, font=font, fill=20); y += lh
        y += 6
    pages.append(im)
    out = []
    for im in pages:
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=235)
        noise = Image.frombytes("L", im.size, r.randbytes(im.size[0] * im.size[1]))
        im = Image.blend(im, noise, 0.10).filter(ImageFilter.GaussianBlur(0.6))
        # dark speckles
        dr = ImageDraw.Draw(im)
        for _ in range(r.randint(150, 400)):
            x, y = r.randrange(im.size[0]), r.randrange(im.size[1]); dr.point((x, y), fill=r.randint(0, 90))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=55, optimize=False); out.append(buf.getvalue())
    return out

def write_pdf_scan(path, d, r):
    jpgs = render_scan_pages(d, r)
    from fpdf import FPDF
    p = FPDF(format="A4"); p.set_creation_date(FIXED_DT); p.set_producer("sens_aq scanner sim"); p.set_creator("sens_aq")
    for j in jpgs:
        p.add_page(); p.image(io.BytesIO(j), x=0, y=0, w=210, h=297)
    p.output(path)
    return len(jpgs)

# ================================================================== build + validate
STAMP_KINDS = {"stamp", "expired_stamp"}
def ws(s): return re.sub(r"\s+", "", s)
UNMASKED = re.compile(r"^(\d{6}-\d{7}|[MS]\d{8}|M\d{3}[A-Z]\d{4}|\d{2}-\d{2}-\d{6}-\d{2})$")

def check_labels(rec, m):
    d, mk, rs = rec["disclosure"], rec["marking"], rec["reasons"]
    assert d in ("public", "partial", "non_public") and mk in ("none", "대외비", "III급", "II급", "I급"), rec["id"]
    allowed = {f"OIDA-9-1-{k}" for k in range(1, 9)} | {"PIPA-23", "PIPA-24"}
    assert set(rs) <= allowed
    assert (d == "public") == (not rs), rec["id"]
    if mk in ("III급", "II급", "I급"):
        assert "OIDA-9-1-1" in rs and any(x.startswith("OIDA") and x != "OIDA-9-1-1" for x in rs) and d == "non_public", rec["id"]
    else:
        assert "OIDA-9-1-1" not in rs, rec["id"]
    if mk == "대외비":
        assert d == "non_public" and any(x != "OIDA-9-1-1" for x in rs), rec["id"]
    kinds = m["cue_kind"]
    if "PIPA-24" in rs:
        ids = [t for k, t in zip(kinds, m["cue_text"]) if k == "unmasked_id"]
        assert ids and all(UNMASKED.match(x) for x in ids), rec["id"]
    for k, t in zip(kinds, m["cue_text"]):
        if k == "masked_id": assert not UNMASKED.match(t) and re.search(r"[*●X]{6}$", t)
    if "mention_only" in m["flags"] or "expired_stamp" in m["flags"]:
        assert mk == "none", rec["id"]
    if "t_mislabeled" not in m["flags"]:
        for k, t in zip(kinds, m["cue_text"]):
            if k == "disclosure_field":
                stated = "partial" if "부분공개" in t else ("non_public" if "비공개" in t else "public")
                assert stated == d, (rec["id"], t, d)


def table(d, h1, h2="count"):
    out = [f"| {h1} | {h2} |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in d.items()]
    return "\n".join(out)

def write_readme(stats):
    S = stats
    md = f"""# sens_aq — independent evaluation set: disclosure status and security marking of Korean public-sector documents

{S['n']} synthetic documents with gold labels for `disclosure` (public / partial / non_public), `marking`
(none / 대외비 / III급 / II급 / I급) and `reasons` (OIDA-9-1-1 … OIDA-9-1-8, PIPA-23, PIPA-24).
Labels follow the label conventions of the "Sensitivity set" section in `/work/shared/pii-dev/README.md`.
The documents imitate a ministry archive: 공문 with 두문/본문/결문 and a 공개구분 line, 보도자료, 회의록, 감사 결과,
징계의결서, 인사 발령, 입찰·계약, 민원 회신, 수사·재판 문서, 시설 보호·비상 계획, 통계 공표, 정보공개 결정 통지서,
보안 지침, 비밀 해제 통지 and more. Bodies are long, with ordinary administrative content; the deciding cue is usually one line
(a stamp in a page header/footer, a cover page, a table cell, a body sentence or a scanned stamp).
Everything is invented: organisations (e.g. 국토균형발전부, 한결시), people, addresses, numbers. Check-digit-valid RRNs/FRNs
are random and may match real numbers by chance, so treat the files as sensitive-looking test data.

**Reference date ("now"): {REF.isoformat()} (2026. 6. 30.).**

## Files

| file | content |
|---|---|
| `make_set.py` | Deterministic generator and validator (`.venv/bin/python make_set.py`; needs fpdf2, Pillow, pypdf). |
| `sens_aq.jsonl` | One record per document: `id`, `text` (plain-text documents) **or** `file` (path relative to this folder), `disclosure`, `marking`, `reasons`, `genre`. |
| `sens_aq.meta.jsonl` | Per id: `template`, `variant`, `format` (text / hwpx / pdf_text / pdf_scan), `cue_kind`, `cue_location`, `cue_text` (exact printed strings, parallel lists), `flags`, `note` (why the label is what it is), `rendered_text` (logical text of the document; table rows joined with ` | `). |
| `files/*.hwpx` | {S['format'].get('hwpx', 0)} HWPX (OWPML) packages: `mimetype` first and stored, `version.xml`, `META-INF/container.xml`, `Contents/content.hpf`, `Contents/header.xml`, `Contents/section0.xml` (hp:p/hp:run/hp:t, tables as hp:tbl, page header/footer as hp:header/hp:footer controls, cover pages followed by a page break), `settings.xml`. Zip timestamps fixed. |
| `files/*.pdf` | {S['format'].get('pdf_text', 0)} PDFs with a text layer (NanumGothic, stamps in the running page header/footer, cover pages, tables) and {S['format'].get('pdf_scan', 0)} scan imitations (JPEG page images only, rotated, blurred, speckled, with boxed stamps; **no text layer**, must be OCR'd). Creation date fixed. |
| `stats.json` | All counts below plus validation counters. |
| `MD5SUMS` | MD5 of every other file, written last. |

## Composition

{table(S['format'], 'format')}

{table(S['disclosure'], 'disclosure')}

{table(S['marking'], 'marking')}

{table(S['reasons'], 'reason')}

{table(S['genre'], 'genre')}

{table(S['disclosure_x_marking'], 'disclosure | marking')}

{table(S['format_x_disclosure'], 'format | disclosure')}

{table(S['format_x_marking'], 'format | marking')}

{table(S['stamp_cue_locations'], 'where the (live or expired) stamp is printed')}

{table(S['flags'], 'flag')}

{table(S['template'], 'template')}

Average rendered length: {S['avg_rendered_chars']} characters.

## Labelling rules used

- `marking` = the classification the document itself carries **on the reference date**. Stamp spellings vary
  (`대 외 비`, `[대외비]`, `《대외비》`, `〈대외비〉`, `보안등급: 대외비`, `…까지 대외비`, `대외비(보호기간: …까지)`, `Ⅲ급비밀`, `III급 비밀`,
  `3급 비밀`, `비밀(Ⅲ급)`, `Ⅲ 급 비 밀`, `Ⅱ급비밀`, `2급 비밀`, `Ⅰ 급 비 밀`, …) and appear in page headers, footers, both, on a cover page,
  in a document-information table cell, or as the first body line; 예고문 and 사본번호 lines accompany some.
- **Expiry rule.** A stamp whose own 예고문/보호기간 has run out before {REF.isoformat()} and that reclassifies the document to 일반문서
  (or a 대외비 whose 보호기간 has ended) no longer counts: `marking = none`, no OIDA-9-1-1, and disclosure follows the remaining
  content (flag `expired_stamp`: past exercise reports without exempt content → public; a past participant list with private
  persons → partial [OIDA-9-1-6]). A stamp whose 예고문 downgrades Ⅱ급 → Ⅲ급 on a past date and keeps Ⅲ급 until a future date carries
  **III급** now (flag `downgraded_live`). Live 예고문 dates are all after the reference date.
- Mention-only documents (flag `mention_only`) have `marking = none`: stamp-handling guides, 정보공개 guides and 결정 통지서 quoting
  `부분공개(6)`/`비공개(제9조 제1항 제5호)`, 비밀번호 notices, 인사 발령 using `3급(부이사관)`/`1급(관리관)`, declassification notices,
  cover letters saying the attachment is `3급 비밀`/`Ⅱ급비밀` and is sent separately.
- OIDA-9-1-1 only with Ⅰ/Ⅱ/Ⅲ급, always together with a content reason (-2, or -3 for facility protection); never with 대외비.
  대외비 documents carry only content reasons (-2/-3/-4(+6)/-5/-6/-8).
- Every marked document is non_public. public ⇔ no reasons.
- OIDA-9-1-6 when private individuals (or officials in a non-official capacity: discipline, health) are identifiable; names of
  officials acting in office do not trigger it. PIPA-24 only for an **unmasked** RRN/FRN/passport/driver-licence number (masked
  `850312-1******` → -6 only, template `t_civil_masked`). PIPA-23 for health data, criminal convictions (DUI 징계) and trade-union
  membership (조합비 공제 명단).
- partial vs non_public: partial when the document is disclosable after removing personal data (민원 회신, 참석자 명단 annexes,
  보조금 지급 내역, 민간위원 발언), a bidder's cost structure (-7) or an undisclosed candidate site (-8); non_public when the
  sensitive part is the whole document (classified, internal review (-5), pending litigation/investigation (-4), rosters made only
  of personal data, discipline/health records, company technical submissions (-7), site-selection reviews (-5, -8)).
- 4 documents are mislabelled on purpose (flag/variant `t_mislabeled`): they print `공개구분: 공개` (or `/ 공개`) but list full RRNs and
  bank accounts; gold is partial [OIDA-9-1-6, PIPA-24]. In every other document a printed 공개구분 line agrees with the gold label.

## Validation (performed by make_set.py on the files as re-read from disk)

- Every `cue_text` occurs in the record's extracted text: the raw `text`; the concatenated hp:t runs of `Contents/section0.xml` for
  HWPX (every line/cell of `rendered_text` is also checked); the pypdf text layer for text PDFs
  ({S['validation']['pdf_text_exact']} cues found verbatim, {S['validation']['pdf_text_ws_only']} only after whitespace removal because the PDF line-wraps them);
  `rendered_text` for scans, whose PDFs are checked to have **no** extractable text.
- All HWPX packages open as zips, `mimetype` is the first entry and stored, and all XML parts parse. All PDFs open with pypdf
  ({S['validation']['pdf_pages']} text-PDF pages, {S['validation']['scan_pages']} scan pages).
- Label rules above are asserted per record (OIDA-9-1-1 ⇔ Ⅰ/Ⅱ/Ⅲ급 + content reason; no -1 with 대외비; PIPA-24 only with an unmasked-ID cue
  matching an unmasked pattern; masked IDs really masked; mention-only/expired → none; printed 공개구분 agrees except t_mislabeled).
- Minimum counts asserted (≥260 docs, ≥65 HWPX, ≥65 PDF, ≥20 scans, 대외비 ≥14, III급 ≥10, II급 ≥6, I급 ≥3, each reason ≥4).
- Determinism: every random choice uses `random.Random("sens_aq-2026|<template>|<i>")` (plus `…|formats|0`, `…|order|0`,
  `…|elab|<template>|<i>`, `…|scan|<template>|<i>` for format assignment, record order, body elaboration and scan noise);
  zip and PDF timestamps are fixed. Two full runs under `PYTHONHASHSEED=1` and `PYTHONHASHSEED=2` produced byte-identical outputs
  (all files listed in MD5SUMS compared).

## Caveats

- Template-generated: sentence pools are shared across templates of the same topic, so lexical cues are less varied than a real
  archive. The disclosure/reason labels encode the reading of 정보공개법/개인정보 보호법 given in the development README plus the
  expiry rule above; they are not legal advice. Expired-stamp documents and 정보공개 결정 통지서 (which quote 비공개 grounds but name a
  private requester) are the most debatable cases.
- Scans were rendered by this generator (not photographed); OCR difficulty is moderate.

## Independence

- Local files read: only `/work/shared/pii-dev/README.md` (the whole file was printed once with `cat`, which showed all its sections;
  the sections used are "Label rules (PII)" and "Sensitivity set"). `fc-list` was run to find the Nanum fonts.
- Nothing else under /work/shared, /work/main or /work/evalsets (other than this folder) was opened, listed or grepped; no project
  source, classifier code or other evaluation set was read, and no classifier or project tool was run.
- Public references consulted through the search tool (corpora `docs` and `pages` only): one query on 보안업무규정/시행규칙
  (비밀 구분, 예고문, 대외비) and one on the HWPX/OWPML package structure. No GitHub repository, `code` or `issues` corpus was used.
- Tools: python3 and a venv inside this folder with fpdf2, Pillow and pypdf from PyPI (venv deleted after generation).
- Slips: none known. (A scratch PNG of one scan page was written inside this folder to check the rendering and deleted.)
"""
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(md)

def write_md5():
    rows = []
    for dp, dn, fn in os.walk(ROOT):
        dn[:] = sorted(x for x in dn if x not in (".venv", "__pycache__"))
        for f in sorted(fn):
            full = os.path.join(dp, f); rel = os.path.relpath(full, ROOT)
            if rel == "MD5SUMS": continue
            rows.append(f"{hashlib.md5(open(full, 'rb').read()).hexdigest()}  {rel}")
    with open(os.path.join(ROOT, "MD5SUMS"), "w") as f:
        f.write("\n".join(sorted(rows, key=lambda x: x[34:])) + "\n")

def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES): os.remove(os.path.join(FILES, f))
    items = []
    for fn, cnt in PLAN:
        tname = fn.__name__
        for i in range(cnt):
            r = RNG(tname, i)
            _USED.clear()
            out = fn(r, i)
            out["template"] = tname; out["i"] = i
            apply_elab(out, tname, i)
            items.append(out)
    # format assignment
    fr = RNG("formats", 0)
    target = {"hwpx": N_HWPX, "pdf_text": N_PDF_TEXT, "pdf_scan": N_PDF_SCAN}
    target["text"] = len(items) - sum(target.values())
    strat = sorted(range(len(items)), key=lambda k: (items[k]["labels"]["marking"], items[k]["labels"]["disclosure"], fr.random()))
    got = collections.Counter(); fmts = [None] * len(items)
    for pos, k in enumerate(strat):   # largest-deficit assignment spreads every stratum over all formats
        f = max(sorted(target), key=lambda x: (target[x] * (pos + 1) / len(items) - got[x], x))
        fmts[k] = f; got[f] += 1
    order = list(range(len(items))); RNG("order", 0).shuffle(order)
    recs, metas = [], []
    ext_stats = {"pdf_text_exact": 0, "pdf_text_ws_only": 0, "pdf_pages": 0, "scan_pages": 0}
    for n, idx in enumerate(order, 1):
        it = items[idx]; fmt = fmts[idx]; d = it["doc"]
        rid = f"sens_aq-{n:04d}"
        rendered = d.logical()
        rec = {"id": rid}
        if fmt == "text":
            rec["text"] = rendered
        else:
            ext = {"hwpx": "hwpx", "pdf_text": "pdf", "pdf_scan": "pdf"}[fmt]
            rel = f"files/{rid}.{ext}"; path = os.path.join(ROOT, rel)
            if fmt == "hwpx": write_hwpx(path, d)
            elif fmt == "pdf_text": write_pdf_text(path, d)
            else: ext_stats["scan_pages"] += write_pdf_scan(path, d, RNG("scan|" + it["template"], it["i"]))
            rec["file"] = rel
        L = it["labels"]
        rec.update(disclosure=L["disclosure"], marking=L["marking"], reasons=L["reasons"], genre=it["genre"])
        cues = it["cues"]
        locs = []
        for k, loc, t in cues:
            if fmt == "pdf_scan" and k in STAMP_KINDS and loc != "table":
                loc = "scan_stamp:" + loc
            elif loc == "table":
                loc = "table_cell"
            locs.append(loc)
        m = {"id": rid, "template": it["template"], "variant": it["variant"], "format": fmt,
             "cue_kind": [c[0] for c in cues], "cue_location": locs, "cue_text": [c[2] for c in cues],
             "flags": it["flags"], "note": it["note"], "rendered_text": rendered}
        recs.append(rec); metas.append(m)
    with open(os.path.join(ROOT, "sens_aq.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs: f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "sens_aq.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas: f.write(json.dumps(m, ensure_ascii=False) + "\n")

    # ---------------- validation (re-read everything from disk)
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "sens_aq.jsonl"), encoding="utf-8")]
    metas = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "sens_aq.meta.jsonl"), encoding="utf-8")}
    for rec in recs:
        m = metas[rec["id"]]
        check_labels(rec, m)
        if "text" in rec:
            src = rec["text"]; assert src == m["rendered_text"]
            for t in m["cue_text"]: assert t in src, (rec["id"], t)
        elif m["format"] == "hwpx":
            src = read_hwpx(os.path.join(ROOT, rec["file"]))
            for t in m["cue_text"]: assert t in src, (rec["id"], t)
            for line in m["rendered_text"].split("\n"):
                for piece in line.split(" | "):
                    assert piece in src, (rec["id"], piece)
        elif m["format"] == "pdf_text":
            src, npg = read_pdf_text(os.path.join(ROOT, rec["file"])); ext_stats["pdf_pages"] += npg
            for t in m["cue_text"]:
                if t in src: ext_stats["pdf_text_exact"] += 1
                else:
                    assert ws(t) in ws(src), (rec["id"], t); ext_stats["pdf_text_ws_only"] += 1
        else:
            from pypdf import PdfReader
            rd = PdfReader(os.path.join(ROOT, rec["file"]))
            assert all(not (pg.extract_text() or "").strip() for pg in rd.pages), rec["id"]
            for t in m["cue_text"]: assert t in m["rendered_text"], (rec["id"], t)
    C = collections.Counter
    fmt_c = C(metas[r["id"]]["format"] for r in recs)
    disc_c = C(r["disclosure"] for r in recs); mark_c = C(r["marking"] for r in recs)
    reas_c = C(x for r in recs for x in r["reasons"]); gen_c = C(r["genre"] for r in recs)
    tmpl_c = C(metas[r["id"]]["template"] for r in recs)
    flag_c = C(f for m in metas.values() for f in m["flags"])
    loc_c = C(l for m in metas.values() for k, l in zip(m["cue_kind"], m["cue_location"]) if k in STAMP_KINDS)
    assert len(recs) >= 260 and fmt_c["hwpx"] >= 65 and fmt_c["pdf_text"] + fmt_c["pdf_scan"] >= 65 and fmt_c["pdf_scan"] >= 20
    assert mark_c["대외비"] >= 14 and mark_c["III급"] >= 10 and mark_c["II급"] >= 6 and mark_c["I급"] >= 3
    for k in [f"OIDA-9-1-{j}" for j in range(1, 9)] + ["PIPA-23", "PIPA-24"]:
        assert reas_c[k] >= 4, k
    cross = C((r["disclosure"], r["marking"]) for r in recs)
    fmt_disc = C((metas[r["id"]]["format"], r["disclosure"]) for r in recs)
    fmt_mark = C((metas[r["id"]]["format"], r["marking"]) for r in recs if r["marking"] != "none")
    avg_len = sum(len(m["rendered_text"]) for m in metas.values()) / len(metas)
    stats = {"n": len(recs), "reference_date": REF.isoformat(), "format": dict(sorted(fmt_c.items())),
             "disclosure": dict(disc_c), "marking": dict(mark_c), "reasons": dict(sorted(reas_c.items())),
             "genre": dict(sorted(gen_c.items())), "template": dict(tmpl_c), "flags": dict(flag_c),
             "stamp_cue_locations": dict(sorted(loc_c.items())),
             "disclosure_x_marking": {f"{a}|{b}": v for (a, b), v in sorted(cross.items())},
             "format_x_disclosure": {f"{a}|{b}": v for (a, b), v in sorted(fmt_disc.items())},
             "format_x_marking": {f"{a}|{b}": v for (a, b), v in sorted(fmt_mark.items())},
             "avg_rendered_chars": round(avg_len, 1), "validation": ext_stats}
    with open(os.path.join(ROOT, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True); f.write("\n")
    print(json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True))
    write_readme(stats)
    write_md5()
    print("validation OK")

if __name__ == "__main__":
    main()
