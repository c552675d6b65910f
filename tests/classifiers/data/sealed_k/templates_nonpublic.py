# -*- coding: utf-8 -*-
"""NON-PUBLIC templates decided by a marking, a stated field, an attachment statement or an informal marking."""
import common as C
from forms import P, T, gongmun, report, new_doc, apply_marking
from templates_public import R

REG = {}


def reg(n, lo=2004, hi=2026):
    def d(fn):
        REG[fn.__name__] = (fn, n, lo, hi)
        return fn
    return d


PLACE = ["stamps", "stamps", "hf", "both", "table", "top"]


def _secret_body(ctx, kind):
    r = ctx.rng
    if kind == "defense":
        return ("%d년 %s 비상대비 자원 동원 계획" % (ctx.y + 1, C.city(r)[1]),
                ["1. 목적: 전시 및 국가비상사태 시 인력·물자 동원 체계 확립",
                 "2. 동원 대상 업체 %d개소 및 차량 %d대 지정(세부 목록 별첨)" % (r.randrange(10, 80), r.randrange(50, 900)),
                 "3. 충무계획 연계: 지휘소 이전 시 %s 지하 %d층 대체 지휘소 운용" % (r.choice(["○○청사", "제2청사", "보건소"]), r.randrange(1, 4)),
                 "4. 통신 두절 대비 예비 주파수 및 암호 운용 절차 별도 지정"], "OIDA-9-1-2")
    if kind == "facility":
        return ("국가중요시설(%s) 방호 계획" % r.choice(["정수장", "변전소", "통신국사", "댐"]),
                ["1. 시설 개요: %s 소재, 방호 등급 %s" % (C.city(r)[1], r.choice(["가급", "나급", "다급"])),
                 "2. 경계 병력 배치: 주간 %d명, 야간 %d명, 취약 시간대 %02d:00~%02d:00" % (r.randrange(3, 20), r.randrange(3, 20), r.randrange(0, 4), r.randrange(4, 6)),
                 "3. 출입 통제 구역 및 CCTV 사각지대 보완 위치(도면 별첨)",
                 "4. 테러 발생 시 초동 조치 및 경찰·군 연락 체계"], "OIDA-9-1-3")
    return ("%s 협상 대응 방안" % r.choice(["한-○○ 자유무역협정 제%d차" % r.randrange(2, 12), "방위비 분담 실무", "○○국 어업협정"]),
            ["1. 상대국 예상 요구 사항 및 우리 측 수용 한계선(레드라인)",
             "2. 양보 가능 품목 %d개 및 단계별 양보 순서" % r.randrange(3, 15),
             "3. 협상 결렬 시 대안(BATNA) 및 대외 발표 문안",
             "4. 관계부처 비공식 협의 결과"], "OIDA-9-1-2")


@reg(6)
def n_secret_iii(ctx):
    r = ctx.rng
    kind = r.choice(["defense", "facility", "defense"])
    t, body, why = _secret_body(ctx, kind)
    ag = C.agency(r, central_p=0.5)
    doc = gongmun(ctx, ag, r.choice(["비상안전기획관실", "비상대비팀", "안전총괄과"]), t, body, recv="내부결재")
    apply_marking(ctx, doc, "III급", r.choice(PLACE))
    return R(ctx, doc, "공문", "Ⅲ급비밀 marking", "Ⅲ급비밀 → 제1호 + 내용 사유", disc="non_public", mark="III급", reasons=["OIDA-9-1-1", why])


@reg(4)
def n_secret_ii(ctx):
    r = ctx.rng
    t, body, why = _secret_body(ctx, r.choice(["defense", "nego"]))
    doc = report(ctx, t, body, ag=r.choice(C.MINISTRIES))
    apply_marking(ctx, doc, "II급", r.choice(PLACE))
    return R(ctx, doc, "보고서", "Ⅱ급비밀 marking", "Ⅱ급비밀 → 제1호·제2호", disc="non_public", mark="II급", reasons=["OIDA-9-1-1", why])


@reg(2)
def n_secret_i(ctx):
    r = ctx.rng
    t, body, why = _secret_body(ctx, "defense")
    doc = report(ctx, t, body, ag=r.choice(C.MINISTRIES))
    apply_marking(ctx, doc, "I급", r.choice(["stamps", "both"]))
    return R(ctx, doc, "보고서", "Ⅰ급비밀 marking", "Ⅰ급비밀 → 제1호·제2호", disc="non_public", mark="I급", reasons=["OIDA-9-1-1", "OIDA-9-1-2"])


@reg(4)
def n_daeoebi_review(ctx):
    r = ctx.rng
    ag = C.agency(r)
    t = r.choice(["%d년 조직개편(안) 검토" % (ctx.y + 1), "공공요금 인상 시기 검토", "청사 이전 부지 비교 검토", "%s 통폐합 방안" % r.choice(["산하기관", "출연기관"])])
    secs = ["Ⅰ. 검토 배경: 재정 여건 악화 및 기능 중복", "Ⅱ. 대안 비교: 1안(유지), 2안(통합), 3안(폐지) 장단점",
            "Ⅲ. 쟁점: 노조 반발 예상, 의회 설득 논리 필요", "Ⅳ. 건의: 2안 추진하되 발표 시기는 %d월 이후" % r.randrange(3, 12)]
    doc = report(ctx, t, secs, ag=ag)
    apply_marking(ctx, doc, "대외비", r.choice(PLACE))
    return R(ctx, doc, "보고서", "대외비 marking on internal review", "대외비(시행규칙) → 제1호 없이 내용 사유 제5호", disc="non_public", mark="대외비", reasons=["OIDA-9-1-5"])


@reg(3)
def n_daeoebi_facility(ctx):
    r = ctx.rng
    t, body, _ = _secret_body(ctx, "facility")
    doc = report(ctx, t.replace("국가중요시설", "청사"), body, ag=C.agency(r))
    apply_marking(ctx, doc, "대외비", r.choice(PLACE))
    return R(ctx, doc, "보고서", "대외비 marking on protection plan", "대외비 → 제3호", disc="non_public", mark="대외비", reasons=["OIDA-9-1-3"])


@reg(3)
def n_daeoebi_personnel(ctx):
    r = ctx.rng
    rows = [["후보자", "현 직위", "검증 결과", "비고"]]
    for _ in range(r.randrange(2, 4)):
        rows.append([C.name(r), r.choice(["○○국장", "부단장", "본부장"]), r.choice(["특이사항 없음", "다주택 보유(2채)", "자녀 이중국적", "과거 음주운전 1회(%d년)" % (ctx.y - r.randrange(3, 15))]), ""])
    doc = report(ctx, "%s 임용 후보자 인사검증 결과" % r.choice(["산하 공단 이사장", "개방형 직위", "기관장"]),
                 ["○ 검증 기간: %s ~ %s" % (C.kdate(ctx.y, 2, 1), C.kdate(ctx.y, 2, 20)), T(rows), "○ 종합 의견: 1순위 후보 임용 제청 건의"], ag=r.choice(C.MINISTRIES))
    apply_marking(ctx, doc, "대외비", r.choice(PLACE))
    crim = any("음주운전" in row[2] for row in rows)
    return R(ctx, doc, "보고서", "대외비 + personnel vetting", "대외비 → 제5호(인사관리)·제6호" + (" + 형사처벌 전력(PIPA-23)" if crim else ""), disc="non_public", mark="대외비",
             reasons=["OIDA-9-1-5", "OIDA-9-1-6"] + (["PIPA-23"] if crim else []))


@reg(7)
def n_stated_nonpublic(ctx):
    r = ctx.rng
    ag = C.agency(r)
    t, body, nums = r.choice([
        ("%d년 정원 감축 대상 부서 검토" % (ctx.y + 1), ["1. 행정기구 및 정원 조정 지침에 따라 감축 대상 부서를 검토함", "2. 1차 검토 결과 %d개 팀 통합, 정원 %d명 감축안" % (r.randrange(2, 6), r.randrange(5, 40)), "3. 노조 협의 전까지 대외 보안 유지"], ("5",)),
        ("감사 착수 전 사전 조사 계획", ["1. %s 사업 관련 제보에 따라 사전 조사 실시" % r.choice(["보조금", "공사 설계변경"]), "2. 조사 대상 부서 및 자료 요구 목록", "3. 착수 시기: 대상 기관 통보 없이 %d월 중" % r.randrange(1, 12)], ("5",)),
        ("고발 사건 관련 수사기관 자료 제출", ["1. %s경찰서의 자료 제출 요구(수사 중)에 따라 관련 문서를 제출함" % C.city(r)[1], "2. 제출 자료: 계약 서류 사본, 회계 전표", "3. 수사 진행 사항 외부 누설 금지"], ("4",)),
        ("공유재산 매각 가격 결정 검토", ["1. 감정평가 결과 및 예정가격 결정 내역", "2. 예정가격: 감정가 평균의 %d%%" % r.randrange(95, 110), "3. 공고 전 가격 유출 시 입찰 공정성 저해"], ("5",)),
        ("직원 고충 상담 결과 처리", ["1. 직원 %s의 고충 상담 결과 부서 재배치 필요" % C.name(r), "2. 상담 내용: 가족 간병, 우울감 호소", "3. 조치: 희망 부서 전보"], ("6",)),
    ])
    fld = ("non_public", nums)
    doc = gongmun(ctx, ag, r.choice(C.DEPTS), t, body, recv="내부결재", field=fld, field_where=r.choice(["결문", "결문", "doc_info_table"]))
    reasons = ["OIDA-9-1-" + n for n in nums]
    if nums == ("6",):
        reasons.append("PIPA-23")
    return R(ctx, doc, "공문", "stated 비공개 field", "결문 공개구분 비공개(%s)" % ",".join(nums), disc="non_public", reasons=reasons)


@reg(6, 1998, 2003)
def n_old_nonpublic(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.3)
    t, body, nums = r.choice([
        ("도시계획 변경(안) 사전 검토", ["1. ○○지구 용도지역 변경(자연녹지→일반주거) 사전 검토 결과를 보고함", "2. 대상 면적 %d㎡, 지가 상승 예상" % r.randrange(10000, 900000), "3. 공람 공고 전 외부 유출 시 투기 우려"], ("5", "8")),
        ("공무원 비위 조사 결과 보고", ["1. %s 소속 %s의 금품수수 의혹 조사 결과" % (r.choice(C.DEPTS), C.name(r)), "2. 조사 결과 %s 수수 사실 확인" % C.money(r, 300000, 5000000, 10000), "3. 징계 요구 예정"], ("5", "6")),
        ("단속 계획 통보", ["1. 관내 %s 일제 단속을 다음과 같이 실시함" % r.choice(["불법 어업", "무허가 유흥업소", "불법 광고물"]), "2. 단속 일시 및 투입 인원(사전 누설 금지)", "3. 적발 시 고발 조치"], ("4",)),
    ])
    doc = gongmun(ctx, ag, r.choice(C.DEPTS), t, body, old=True, field=("non_public", nums))
    return R(ctx, doc, "공문", "pre-2004 공개여부 비공개", "구법 제7조 제1항 각 호 = 현행 제9조 제1항 같은 호", disc="non_public", reasons=["OIDA-9-1-" + n for n in nums])


@reg(3)
def n_attach_included(ctx):
    r = ctx.rng
    ag = C.agency(r, central_p=0.5)
    lv = r.choice(["III급", "대외비"])
    body = ["1. %d년 을지연습 관련 %s을 붙임과 같이 송부합니다." % (ctx.y, r.choice(["기관별 임무 및 조치 사항", "소산·이동 계획"])),
            "2. 붙임 문서 분리 시 이 공문은 일반문서로 재분류합니다.",
            "붙임 자료", "가. 전시 소산 대상 기록물 %d권 및 이동 경로(○○→△△ 지하시설)" % r.randrange(100, 5000),
            "나. 이동 차량 %d대 배정, 호송 책임자 지정" % r.randrange(3, 20)]
    doc = gongmun(ctx, ag, "비상안전기획관실", "을지연습 관련 자료 송부", body, attach=["관련 계획 1부."])
    ctx.cue("붙임 분리 시 일반문서로 재분류", "attachment_statement")
    apply_marking(ctx, doc, lv, r.choice(["stamps", "hf"]))
    reasons = ["OIDA-9-1-1", "OIDA-9-1-2"] if lv != "대외비" else ["OIDA-9-1-2"]
    return R(ctx, doc, "공문", "marking + attachment included", "첨부가 포함된 상태의 표지 공문 → 첨부 등급 적용", disc="non_public", mark=lv, reasons=reasons)


@reg(4)
def n_informal(ctx):
    r = ctx.rng
    ag = C.agency(r)
    im = ctx.cue(r.choice(["[내부 검토용 - 외부 유출 금지]", "※ 취급주의: 관계자 외 열람 금지", "(대외주의) 회의 후 회수", "내부자료 / 배포 금지", "초안 - 대외 배포 불가"]), "informal_top")
    t = r.choice(["%d년 예산 편성 감액 검토(안)" % (ctx.y + 1), "시내버스 요금 조정안 내부 검토", "%s 민간위탁 재계약 여부 검토" % r.choice(["체육센터", "도서관", "복지관"]), "청사 신축 후보지 비교"])
    secs = [im, "○ 현황: 최근 3년 운영 실적 및 재정 부담 분석", "○ 대안별 검토: A안(현행 유지) / B안(축소) / C안(직영 전환)",
            "○ 고려 사항: 이해관계자 반발, 의회 보고 시기, 발표 전 보안 유지", "○ 잠정 결론: B안 유력(최종 결정 전)"]
    doc = report(ctx, t, secs, ag=ag)
    return R(ctx, doc, "보고서", "informal marking + pre-decision review", "비공식 표시는 marking 아님; 의사결정 과정 내용 → 제5호", disc="non_public", reasons=["OIDA-9-1-5"])


@reg(2)
def n_security_table_none(ctx):
    """보안등급 table cell reads 일반 → none, but stated 비공개(4) in the same table."""
    r = ctx.rng
    doc = report(ctx, "%s 합동 단속 결과 및 향후 계획" % r.choice(["불법 사행성 게임장", "불법 폐기물 투기"]),
                 [T([["보안등급", ctx.cue("일반", "table_cell"), "공개구분", ctx.cue("비공개(4)", "doc_info_table")]]),
                  "1. 단속 결과: %d개소 적발, %d명 입건" % (r.randrange(2, 20), r.randrange(2, 30)),
                  "2. 향후 계획: 잠복 단속 지점 %d곳 및 일정(경찰 협조)" % r.randrange(2, 9),
                  "3. 수사 의뢰 대상 업소 목록 별첨"], ag=C.agency(r))
    return R(ctx, doc, "보고서", "table cell 공개구분 비공개(4); 보안등급 일반", "보안등급 일반 → marking none; 공개구분 비공개(4)", disc="non_public", reasons=["OIDA-9-1-4"])
