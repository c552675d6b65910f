"""Prose / document genres: 민원 회신, 회의록, 보도자료, 판결문, 사고·감사 보고서, 수사 협조, 공문, 명부, 로그, 표, 녹취."""
import values as VV
from values import mk
from core import colon, pick
from tpl_common import *  # noqa

TITLES_OFF = ["주무관", "사무관", "팀장", "과장", "서기관", "주사", "계장", "연구관", "실무관"]


def official(b, r, nm=None, title_first=None):
    """Writes an official with title in various orders; returns name."""
    t = r.choice(TITLES_OFF)
    if title_first is None:
        title_first = r.random() < 0.35
    if title_first:
        b.t(t + " ")
        nm = b.name(nm)
        b.lastw = nm
        return nm
    nm = b.name(nm)
    b.t(" " + t)
    b.lastw = t
    return nm


def contact_block(b, r, dept=None):
    dept = dept or r.choice(DEPTS)
    style = r.randint(0, 2)
    if style == 0:
        b.t("담당 부서: %s    책임자: 과장 " % dept)
        b.name()
        _o = pick(r, " (", " ☎ ", " ")
        b.t(_o)
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        b.t((')\n' if "(" in _o else '\n'))
        b.t("                 담당자: " + r.choice(TITLES_OFF[:3]) + " ")
        b.name()
        _o = pick(r, " (", " ☎ ", " ")
        b.t(_o)
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        b.t((')\n' if "(" in _o else '\n'))
    elif style == 1:
        b.t("| 담당부서 | %s | 책임자 | 과 장 | " % dept)
        b.name()
        b.t(" | ")
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        b.t(" |\n|  |  | 담당자 | " + r.choice(TITLES_OFF[:3]) + " | ")
        b.name()
        b.t(" | ")
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        b.t(" |\n")
    else:
        b.t("문의: %s " % dept)
        official(b, r)
        _o = pick(r, "(", " / ", " ☎")
        b.t(_o)
        b.s(VV.gov_direct(r), "PHONE_NUMBER")
        if r.random() < 0.6:
            b.t(", ")
            b.s(VV.email(r, None, "gov"), "EMAIL_ADDRESS")
        b.t(")\n" if "(" in _o else "\n")


# ------------------------------------------------------------------ 민원 회신
def T_minwon_reply(r, b):
    b.genre = "민원 회신"
    b.subgenre = pick(r, "국민신문고 민원 답변", "민원 처리 결과 통지", "고충민원 회신")
    nm = VV.korean_name(r)
    l, office, head = local_office(r)
    b.t(pick(r, "%s\n수신: " % office, "수신자: ", "민원인 "))
    b.name(nm)
    hon = pick(r, " 귀하", " 님", " 귀하 (", "님")
    b.t(hon)
    if hon == " 귀하 (":
        b.addr(postcode=False, after=False)
        b.t(")")
    b.t("\n제목: 민원(" )
    b.neg(neg_receipt(r), "public_record_id")
    b.t(pick(r, ") 처리 결과 알림\n\n", ")에 대한 회신\n\n"))
    b.t(pick(r, "1. 평소 %s 행정에 관심을 가져 주신 데 대하여 감사드립니다.\n" % l, "1. 귀하의 가정에 건강과 행복이 함께하시기를 바랍니다.\n"))
    b.t("2. 귀하께서 ")
    b.neg(neg_date(r), "non_birth_date")
    b.t(pick(r, " 국민신문고를 통해 신청하신 ", " 제출하신 ", " 전화로 접수하신 "))
    topic = pick(r, "불법 주정차 단속 관련 민원", "도로 파손 보수 요청", "기초연금 수급 자격 문의", "소음 피해 민원", "공영주차장 요금 환불 요청")
    b.t(topic + "에 대한 검토 결과를 다음과 같이 알려 드립니다.\n")
    if "주정차" in topic:
        b.t("  가. 민원 대상 차량(")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t(")은 현장 확인 결과 " + pick(r, "이미 이동 조치되었으며", "과태료 부과 대상으로 확인되어") + " " + neg_statute(r, 'traffic') + "에 따라 처리하였습니다.\n")
    elif "환불" in topic:
        av, bank = VV.bank_account(r)
        b.t("  가. 환불 금액 ")
        b.neg(neg_amount(r), "amount")
        b.t("은 신청하신 계좌(" + bank + " ")
        b.s(av, "KR_BANK_ACCOUNT")
        b.t(pick(r, ", 예금주 ", " "))
        b.name(nm)
        b.t(")로 " + pick(r, "7일 이내", "이번 달 말까지") + " 입금될 예정입니다.\n")
    elif "연금" in topic:
        b.t("  가. 귀하(")
        b.s(VV.rrn(r, pick(r, "rrn_masked", "rrn_masked", "rrn_valid"), 1940, 1960), "KR_RRN")
        b.t(")의 소득인정액은 선정기준액 ")
        b.neg(neg_amount(r), "amount")
        b.t("을 " + pick(r, "초과하여", "넘지 않아") + " " + neg_statute(r, 'welfare') + "에 따라 결정되었습니다.\n")
    else:
        b.t("  가. 담당 부서에서 ")
        b.neg(neg_date(r), "non_birth_date")
        b.t(" 현장을 확인하였으며, 민원인께서 알려주신 연락처(")
        b.s(VV.mobile(r, pick(r, "mob", "mob_masked")), "PHONE_NUMBER")
        b.t(")로 조치 일정을 안내드릴 예정입니다.\n")
    b.t("3. 답변 내용에 대한 추가 설명이 필요한 경우 " + r.choice(DEPTS) + " ")
    official(b, r)
    _o = pick(r, "(전화 ", "(☎ ", " (")
    b.t(_o)
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t(")에게 연락 주시면 친절히 안내해 드리겠습니다.")
    if r.random() < 0.6:
        b.t(" 야간·휴일에는 " + pick(r, "정부민원안내콜센터 ", "다산콜센터 ", "대표전화 "))
        b.neg(VV.switchboard(r), "switchboard")
        b.t("을 이용하실 수 있습니다.")
    b.t("\n\n" + head + pick(r, "\n", " (직인생략)\n"))
    if r.random() < 0.5:
        b.t(pick(r, "주무관 ", "담당 "))
        b.name()
        b.t(pick(r, "   팀장 ", " → 팀장 "))
        b.name()
        b.t(pick(r, "   과장 ", " → 과장 "))
        b.name()
        b.t("\n")
    b.t(pick(r, "우 ", "(우)"))
    b.neg(VV.postcode(r), "postal_code")
    b.t(" ")
    b.neg(inst_addr(r), "institution_address")
    b.t(pick(r, " / 전화 ", " ☎ "))
    b.neg(VV.switchboard(r), "switchboard")
    b.t(pick(r, " / ", "  "))
    b.neg(inst_email(r), "institution_email")
    b.t(" / " + pick(r, "공개", "비공개(6)", "부분공개(6)") + "\n")


# ------------------------------------------------------------------ 회의록
def T_meeting(r, b):
    b.genre = "회의록"
    b.subgenre = pick(r, "위원회 회의록", "주민자치회 회의록", "TF 회의 결과", "학교운영위원회 회의록")
    b.t(pick(r, "제%d차 " % r.randint(1, 30), "") + b.subgenre + "\n")
    b.t("일시: ")
    b.neg(neg_date(r) + pick(r, " 14:00", "(화) 10:00~12:00", " 15시"), "non_birth_date")
    b.t("\n장소: " + pick(r, "본관 3층 소회의실", "주민센터 2층 다목적실", "온라인(영상회의)", "시청 대회의실") + "\n")
    names = [VV.korean_name(r) for _ in range(r.randint(4, 7))]
    if r.random() < 0.3:
        fh, _ = VV.foreign_name(r, None, pick(r, "latin", "hangul"))
        names.append(fh)
    style = r.randint(0, 3)
    b.t(pick(r, "참석자", "참석위원", "참 석") + (":\n  " if style == 3 else colon(r)))
    for i, n in enumerate(names):
        if i:
            b.t(pick(r, ", ", ", ", "·", " ") if style != 3 else "\n  ")
        if style == 0:
            b.name(n)
            if i == 0:
                b.t(" 위원장")
            elif r.random() < 0.3:
                b.t(" 위원")
        elif style == 1:
            b.t(pick(r, "위원장 ", "위원 ", "간사 ") if i < 3 else "")
            b.name(n)
        elif style == 2:
            b.name(n)
            b.t("(" + pick(r, "가람대 교수", "변호사", "주민대표", "○○과장", "시민단체", "회계사") + ")")
        else:
            b.t(pick(r, "- ", "· "))
            b.name(n)
            b.t(pick(r, " (외부위원)", " (당연직)", ""))
    b.t(pick(r, " (총 %d명)\n" % len(names), "\n"))
    b.t(pick(r, "불참: ", "결석: "))
    b.name()
    b.t(pick(r, "(개인 사정)\n", " 위원(출장)\n"))
    b.t("\n" + pick(r, "■ 회의 내용\n", "[주요 발언]\n", "안건: %s\n" % pick(r, "2025년도 보조금 심의", "주민참여예산 우선순위", "학교 급식 업체 선정")))
    for k in range(r.randint(3, 6)):
        n = r.choice(names)
        st = r.randint(0, 3)
        if st == 0:
            b.t(pick(r, "○ ", "- ", ""))
            b.name(n)
            b.t(pick(r, " 위원: ", " 위원장: ", ": "))
            b.t(pick(r, "예산 집행률이 ", "참여율이 ", "만족도가 ") )
            b.neg("%.1f%%" % (r.random() * 60 + 20), "statistic")
            b.t("에 그친 원인을 분석할 필요가 있습니다.\n")
        elif st == 1:
            b.t("(")
            b.name(n)
            q1, q2 = pick(r, ("\"", "\""), ("“", "”"), ("'", "'"))
            b.t(") " + q1 + pick(r, "지난 회의에서 지적된 사항은 모두 반영되었다", "현장 의견을 더 들어야 한다", "개인정보가 포함된 자료는 회의 후 회수하겠다") + q2 + "\n")
        elif st == 2:
            b.t(pick(r, "위원장(", "간사("))
            b.name(n)
            if r.random() < 0.5:
                b.t("): 이견이 없으시면 원안대로 의결하겠습니다.")
            else:
                b.t("): 다음 회의는 ")
                b.neg(neg_date(r), "non_birth_date")
                b.t("에 개최하겠습니다.")
            b.t("\n")
        else:
            b.name(n)
            b.t(pick(r, " 위원은 ", "은(는) ") + pick(r, "업체 선정 기준 중 ", "사업비 ") )
            b.neg(neg_amount(r), "amount")
            b.t(pick(r, "의 산출 근거를 요구하였다.\n", " 증액에 반대 의견을 제시하였다.\n"))
    b.t(pick(r, "\n의결 결과: 원안 가결(찬성 %d, 반대 %d)\n" % (r.randint(4, 9), r.randint(0, 2)), "\n결정사항: 수정 의결\n"))
    b.t(pick(r, "작성자: ", "기록: ", "회의록 작성 "))
    official(b, r)
    b.t(pick(r, "   확인: 위원장 ", "\n위원장 "))
    b.name(names[0])
    b.t(pick(r, " (서명)\n", "\n"))


# ------------------------------------------------------------------ 보도자료
def T_press(r, b):
    b.genre = "보도자료"
    b.subgenre = "보도자료"
    l, office, head = local_office(r)
    b.t(pick(r, "보 도 자 료\n", "[보도자료]\n", "%s 보도자료\n" % office))
    b.t("보도일시: ")
    b.neg(neg_date(r) + pick(r, "(목) 11:00", " 조간", "(즉시 보도)"), "non_birth_date")
    b.t("\n")
    topic = pick(r, "전세사기 피해", "고독사 예방", "외국인 주민 정착", "청년 창업", "폭염 대응")
    b.t("%s, %s 지원 대책 발표\n" % (office, topic))
    b.t(pick(r, "- ", "□ ") + "올해 지원 대상 ")
    b.neg(neg_stat(r), "statistic")
    b.t(", 예산 ")
    b.neg(neg_amount(r), "amount")
    b.t(" 투입 —\n\n")
    b.t(pick(r, "□ ", "") + "%s(%s " % (l, "구청장" if l.endswith("구") else "시장"))
    b.name()
    b.t(")%s " % josa(l, "은", "는"))
    b.neg(neg_date(r), "non_birth_date")
    b.t(" %s 지원 대책을 발표했다고 밝혔다.\n" % topic)
    # case story with a citizen
    st = r.randint(0, 4)
    cit = VV.korean_name(r)
    age = r.randint(21, 82)
    if st == 0:
        b.t(pick(r, "□ ", "") + "이날 간담회에 참석한 ")
        b.name(cit)
        b.t("(%d) 씨는 \"" % age + pick(r, "보증금을 돌려받지 못해 막막했는데 상담을 받고 길이 보였다", "혼자 사는 어르신들에게 꼭 필요한 사업") + "\"라고 말했다.\n")
    elif st == 1:
        b.t(pick(r, "□ ", "") + "\"" + pick(r, "현장의 목소리를 정책에 반영하겠다", "피해자 한 분 한 분을 끝까지 지원하겠다") + "\"고 ")
        b.name()
        b.t(pick(r, " 복지국장은", " 과장은", " 센터장은") + " 강조했다.\n")
    elif st == 2:
        b.t(pick(r, "□ ", "") + r.choice(DEPTS) + " ")
        b.name()
        b.t(pick(r, " 팀장에 따르면", " 주무관에 따르면") + " 신청자는 전년보다 ")
        b.neg(neg_stat(r), "statistic")
        b.t(" 늘었다.\n")
    elif st == 3:
        fh, _ = VV.foreign_name(r, None, "hangul")
        b.t(pick(r, "□ ", "") + "결혼이민자 ")
        b.s(fh, "PERSON")
        b.t("(%d) 씨는 \"" % r.randint(25, 45) + pick(r, "한국어 교실 덕분에 아이 학교 상담도 혼자 갈 수 있게 됐다", "통역 지원이 큰 도움이 됐다") + "\"고 전했다.\n")
    else:
        b.t(pick(r, "□ ", "") + "피해 사례로 소개된 ")
        b.neg(cit[0] + pick(r, "모", "○○", "**"), "masked_name")
        b.t(" 씨(%d)는 상담 이후 긴급주거 지원을 받았다.\n" % age)
    if r.random() < 0.5:
        b.t(pick(r, "□ ", "") + "아울러 " + pick(r, "안전총괄본부 ", "복지국 ", "") )
        b.name()
        b.t(" 본부장은 \"" if r.random() < 0.5 else " 국장은 \"")
        b.t("" + pick(r, "필요한 분은 누구나 신청할 수 있다", "촘촘한 안전망을 만들겠다") + "\"고 말했다.\n")
    b.t(pick(r, "□ ", "") + "자세한 내용은 " + office + " 누리집 또는 ")
    b.neg(VV.switchboard(r), "switchboard")
    b.t("로 문의하면 된다.\n\n")
    contact_block(b, r)
    b.t(pick(r, "", "※ 사진 있음\n"))


# ------------------------------------------------------------------ 판결문
def T_judgment(r, b):
    b.genre = "판결문"
    kind = pick(r, "civil", "criminal", "admin")
    b.subgenre = {"civil": "민사 판결", "criminal": "형사 판결", "admin": "행정 판결"}[kind]
    court = pick(r, "서울중앙지방법원", "수원지방법원", "부산지방법원 동부지원", "대전지방법원", "광주지방법원 순천지원")
    b.t(court + "\n판 결\n\n사 건\t")
    y = r.randint(2019, 2025)
    if kind == "criminal":
        b.neg("%d%s%d" % (y, pick(r, "고단", "고정", "고합"), r.randint(100, 9999)), "case_number")
        b.t(" " + pick(r, "도로교통법위반(음주운전)", "도로교통법위반(무면허운전)", "교통사고처리특례법위반(치상)") + "\n")
    elif kind == "civil":
        b.neg("%d%s%d" % (y, pick(r, "가단", "가합", "가소"), r.randint(1000, 99999)), "case_number")
        b.t(" " + pick(r, "손해배상(기)", "대여금", "물품대금", "부당이득금") + "\n")
    else:
        b.neg("%d%s%d" % (y, pick(r, "구단", "구합"), r.randint(1000, 99999)), "case_number")
        b.t(" " + pick(r, "영업정지처분취소", "과징금부과처분취소", "정보공개거부처분취소") + "\n")
    if kind == "criminal":
        b.t("피 고 인\t")
        b.name()
        b.t(" (")
        b.s(VV.rrn(r, pick(r, "rrn_masked", "rrn_valid"), 1960, 2000), "KR_RRN")
        b.t(pick(r, "), 회사원\n", "), 무직\n", "), 자영업\n"))
        b.t("\t주거 ")
        b.addr(postcode=False, after=False)
        b.t("\n\t등록기준지 " + pick(r, "경상북도 안동시", "전라남도 나주시", "충청남도 공주시") + "\n")
        b.t("검 사\t")
        b.name()
        b.t(pick(r, "(기소), ", " (공판) ") )
        b.name()
        b.t("(공판)\n변 호 인\t" + pick(r, "변호사 ", "법무법인 한울 담당변호사 "))
        b.name()
        b.t("\n")
    else:
        b.t(pick(r, "원 고\t", "원고\t"))
        b.name()
        b.t("\n\t")
        b.addr(postcode=False)
        b.t("\n\t소송대리인 변호사 ")
        b.name()
        b.t(pick(r, "\n피 고\t", "\n피고\t"))
        if kind == "admin":
            b.neg(pick(r, "마포구청장", "수원시장", "○○세무서장", "경찰청장"), "official_by_office")
        else:
            b.name()
            b.t("\n\t")
            b.addr(postcode=False)
        b.t("\n")
    b.t("판 결 선 고\t")
    b.neg(neg_date(r), "non_birth_date")
    b.t("\n\n주 문\n")
    if kind == "criminal":
        b.t("피고인을 " + pick(r, "벌금 ", "징역 ") )
        b.neg(pick(r, "8,000,000원", "6월", "1년", "15,000,000원"), "amount")
        b.t("에 처한다.\n\n이 유\n범 죄 사 실\n피고인은 ")
        b.neg(neg_date(r), "non_birth_date")
        dui = r.random() < 0.6
        b.t(" 23:40경 혈중알코올농도 " if dui else " 오후 ")
        if dui:
            b.neg("0.%03d%%" % r.randint(30, 200), "statistic")
            b.t("의 술에 취한 상태로 ")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t(pick(r, " 승용차를 운전하여 ", " 차량을 운전하여 "))
        if r.random() < 0.5:
            b.t("약 3km 구간을 진행하였다.\n")
        else:
            b.t("도로를 진행하던 중 피해자 ")
            b.name()
            b.t("(%d세)가 운전하던 차량을 들이받았다.\n" % r.randint(20, 70))
        b.t("피고인은 당시 " + pick(r, "운전면허(", "제1종 보통 운전면허(") )
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
        b.t(")가 " + pick(r, "취소된", "정지된", "유효한") + " 상태였다.\n")
        b.t("법령의 적용: " + neg_statute(r, 'criminal') + "\n")
    else:
        b.t("1. 피고는 원고에게 ")
        b.neg(neg_amount(r), "amount")
        b.t(" 및 이에 대하여 ")
        b.neg(neg_date(r), "non_birth_date")
        b.t("부터 다 갚는 날까지 연 ")
        b.neg("12%", "statistic")
        b.t("의 비율로 계산한 돈을 지급하라.\n2. 소송비용은 피고가 부담한다.\n\n이 유\n")
        b.t("원고는 피고에게 " + pick(r, "대여금을 ", "물품대금을 ") + "송금하였고(")
        av, bank = VV.bank_account(r)
        b.t(bank + " 계좌 ")
        b.s(av, "KR_BANK_ACCOUNT")
        b.t("), 피고는 이를 변제하지 아니하였다. ")
        b.t("갑 제" + str(r.randint(1, 9)) + "호증의 기재에 의하면 ")
        b.neg(pick(r, "갑", "을", "A", "B회사"), "placeholder_person")
        b.t("의 주장은 이유 있다.\n")
    b.t("\n판사\t")
    b.name()
    if r.random() < 0.5:
        b.t("\n판사\t")
        b.name()
        b.t("\n판사\t")
        b.name()
    b.t("\n")


# ------------------------------------------------------------------ 사고 보고서
def T_accident(r, b):
    b.genre = "사고·감사 보고서"
    b.subgenre = pick(r, "공용차량 교통사고 보고서", "안전사고 발생 보고", "사고 경위서")
    b.t(b.subgenre + "\n")
    b.t("1. 발생 일시: ")
    b.neg(neg_date(r) + pick(r, " 08:45경", " 17시 20분경", "(월) 오후"), "non_birth_date")
    b.t("\n2. 발생 장소: ")
    v, _ = VV.address(r, pick(r, "addr_road_sgg", "addr_road_short"))
    b.t(v.text.split(",")[0] + pick(r, " 앞 교차로", " 인근 이면도로", " 주차장 입구") + "\n")  # place, not a residence: unlabelled
    b.notes.append("accident_place_unlabelled")
    b.t("3. 관련자\n")
    drv = VV.korean_name(r)
    age = r.randint(24, 66)
    st = r.randint(0, 2)
    if st == 0:
        b.t("  가. 운전자: " + r.choice(DEPTS) + " " + pick(r, "주무관 ", "운전원 "))
        b.name(drv)
        b.t("(%d세, " % age)
        b.t(pick(r, "면허번호 ", "운전면허 "))
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
        b.t(")\n     차량: 공용 ")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t(pick(r, " (쏘나타)\n", " (스타리아)\n", "\n"))
    else:
        b.t("  가. 운전자 ")
        b.name(drv)
        b.t("(%d)" % age + colon(r) + pick(r, "면허 ", "운전면허번호 "))
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
        b.t(pick(r, ", 연락처 ", " / ☎ "))
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n     차량번호 ")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t("\n")
    b.t("  나. 상대방: ")
    other = VV.korean_name(r)
    b.name(other)
    b.t(pick(r, " 씨(", "(") + "%d세) 차량 " % r.randint(20, 80))
    b.s(VV.plate(r), "KR_VEHICLE_PLATE")
    b.t(pick(r, ", 연락처 ", " / 휴대전화 "))
    b.s(VV.mobile(r), "PHONE_NUMBER")
    if r.random() < 0.5:
        b.t(pick(r, ", 면허 ", " / 면허번호 "))
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
    b.t("\n")
    if r.random() < 0.4:
        b.t("     상대방 주소: ")
        b.addr()
        b.t("\n")
    b.t("4. 사고 경위\n  ")
    b.name(drv)
    b.t(pick(r, " 주무관은 ", " 운전원이 ", "은(는) ") + pick(r, "민원 현장 출장 후 복귀하던 중 신호 대기 차량을 추돌하였음.",
                                                         "좌회전 중 직진하던 상대 차량과 충돌하였음.", "후진 주차 중 보행자와 접촉하였음.") + "\n")
    b.t("5. 피해 현황: 차량 수리비 약 ")
    b.neg(neg_amount(r), "amount")
    b.t(", 인명 피해 " + pick(r, "없음", "경상 1명", "상대 운전자 경상(전치 2주)") + "\n")
    b.t("6. 보험 처리: " + pick(r, "공제조합 ", "○○화재 ") + "접수번호 ")
    b.neg("%d-%07d" % (r.randint(2019, 2025), r.randint(0, 9999999)), "public_record_id")
    b.t("\n\n보고자 ")
    official(b, r)
    b.t("\n")


# ------------------------------------------------------------------ 감사 보고서
def T_audit(r, b):
    b.genre = "사고·감사 보고서"
    b.subgenre = pick(r, "자체감사 결과 보고", "보조금 집행 실태 점검 결과", "회계 감사 지적사항")
    b.t(b.subgenre + "\n문서번호 ")
    b.neg(neg_docno(r), "doc_number")
    b.t("\n\n1. 감사 개요\n  - 감사 기간: ")
    neg_range(r, b)
    b.t("\n  - 감사반: 감사담당관 ")
    official(b, r)
    b.t(", ")
    official(b, r)
    b.t("\n  - 근거: " + neg_statute(r, 'audit') + "\n\n2. 지적 사항\n")
    n = r.randint(1, 3)
    for i in range(n):
        st = r.randint(0, 3)
        b.t("  (%d) " % (i + 1))
        if st == 0:
            b.t("보조사업자 " + pick(r, "(사)한빛나눔", "새솔복지회", "가람문화협회") + "(대표 ")
            b.name()
            b.t(", 사업자등록번호 ")
            b.s(VV.brn(r), "KR_BRN")
            b.t(")는 보조금 ")
            b.neg(neg_amount(r), "amount")
            b.t("을 대표자 개인 계좌(")
            av, bank = VV.bank_account(r)
            b.t(bank + " ")
            b.s(av, "KR_BANK_ACCOUNT")
            b.t(")로 이체하여 사용함.\n")
        elif st == 1:
            b.t(r.choice(DEPTS) + " ")
            official(b, r)
            b.t(josa(b.lastw, "은", "는") + " 업무추진비를 집행하면서 본인 명의 신용카드(")
            b.s(VV.card(r), "CREDIT_CARD")
            stt = neg_statute(r, 'audit')
            b.t(")로 결제한 뒤 정산하여 ")
            b.neg(stt, "statute")
            b.t(josa(stt, "을", "를") + " 위반함.\n")
        elif st == 2:
            b.t("계약 상대자 ")
            b.t(pick(r, "(주)도담건설", "미리내엔지니어링(주)", "하늬조경(주)") + "(법인등록번호 ")
            b.s(VV.crn(r), "KR_CRN")
            b.t(", 사업자등록번호 ")
            b.s(VV.brn(r, corp=True), "KR_BRN")
            b.t(")와 수의계약 한도(")
            b.neg(neg_amount(r), "amount")
            b.t(")를 초과하여 분할 계약함. 관련 공무원: ")
            official(b, r)
            b.t("\n")
        else:
            b.t("감사 대상 기간 중 관련 공무원 ")
            b.neg(VV.korean_name(r)[0] + pick(r, "○○", "**", "모"), "masked_name")
            b.t(pick(r, " 주무관이 ", " 주무관은 ", "이 ") + pick(r, "출장비를", "초과근무수당을", "특근매식비를") + " 부당 수령함(")
            b.neg(neg_amount(r), "amount")
            b.t(").\n")
    b.t("\n3. 처분 요구: " + pick(r, "주의", "시정(회수)", "경징계 요구", "훈계") + "\n")
    b.t(pick(r, "\n감사관 ", "\n보고자: 감사담당관 "))
    b.name()
    b.t("\n")


# ------------------------------------------------------------------ 경찰 수사 협조
def T_police(r, b):
    b.genre = "경찰 수사 협조"
    kind = pick(r, "comm", "fin", "fact", "ip")
    b.subgenre = {"comm": "통신사실 확인자료 제공 요청", "fin": "금융거래정보 제공 요청", "fact": "사실조회 회보",
                  "ip": "접속기록 보존 및 제공 요청"}[kind]
    station = pick(r, "서울마포경찰서", "수원남부경찰서", "부산해운대경찰서", "대전유성경찰서", "경기남부경찰청 사이버수사대")
    b.t(station + "\n수신: " + pick(r, "(주)○○통신 법무팀", "○○은행 준법감시부", "마포구청장(민원여권과장)", "(주)한빛커머스 개인정보보호책임자") + "\n")
    b.t("제목: " + b.subgenre + "\n\n1. 우리 서에서 수사 중인 ")
    b.neg(neg_case(r) if r.random() < 0.3 else "%d-%06d" % (r.randint(2022, 2025), r.randint(0, 999999)), "case_number")
    b.t(pick(r, "호 사기 사건", " 전기통신금융사기 피해 사건", "호 정보통신망법 위반 사건") + "과 관련하여 " + neg_statute(r, 'police') + "에 따라 다음 자료를 요청합니다.\n")
    sus = VV.korean_name(r)
    b.t("2. 대상자: " + pick(r, "피의자 ", "피혐의자 ", ""))
    if r.random() < 0.2:
        fl, _ = VV.foreign_name(r, None, "latin")
        b.s(fl, "PERSON")
        _o = pick(r, "(", " / 외국인등록번호 ")
        b.t(_o)
        b.s(VV.frn(r), "KR_FRN")
        b.t((')' if "(" in _o else '') + "\n")
    else:
        b.name(sus)
        b.t("(")
        b.s(VV.dob(r, 1960, 2004, pick(r, "dot_sp", "yy_dot", "kor", "yymmdd")), "DATE_OF_BIRTH")
        b.t(pick(r, "생)\n", "생, 남)\n", " 생)\n"))
    if kind == "comm":
        b.t("3. 요청 자료: 아래 전화번호의 가입자 인적사항 및 ")
        neg_range(r, b)
        b.t(" 통화내역\n")
        for i in range(r.randint(2, 3)):
            b.t("   - ")
            b.s(VV.mobile(r, "mob") if r.random() < 0.7 else VV.voip(r), "PHONE_NUMBER")
            b.t(pick(r, " (피의자 사용 추정)\n", " (대포폰 의심)\n", "\n"))
    elif kind == "fin":
        b.t("3. 요청 자료: 아래 계좌의 명의인 인적사항 및 거래내역\n")
        for i in range(r.randint(2, 3)):
            av, bank = VV.bank_account(r)
            b.t("   - " + bank + " ")
            b.s(av, "KR_BANK_ACCOUNT")
            b.t(pick(r, " (피해금 ", " (") )
            b.neg(neg_amount(r), "amount")
            b.t(" 입금)\n")
        b.t("   - 피해자 ")
        b.name()
        b.t(pick(r, " 명의 카드 ", "의 신용카드 ", " 카드번호 "))
        b.s(VV.card(r), "CREDIT_CARD")
        b.t(" 부정사용 승인내역\n")
    elif kind == "fact":
        b.t("3. 조회 사항: 대상자 명의 차량(")
        b.s(VV.plate(r), "KR_VEHICLE_PLATE")
        b.t(")의 소유자 주소지 및 운전면허(")
        b.s(VV.driver_license(r), "KR_DRIVER_LICENSE")
        b.t(") 행정처분 이력\n   참고: 대상자 주민등록번호 ")
        b.s(VV.rrn(r, pick(r, "rrn_valid", "rrn_masked")), "KR_RRN")
        b.t(", 연락처 ")
        b.s(VV.mobile(r), "PHONE_NUMBER")
        b.t("\n")
    else:
        b.t("3. 요청 자료: 아래 계정의 접속 IP 및 가입 정보\n   - 계정: ")
        b.s(VV.email(r, sus, "priv"), "EMAIL_ADDRESS")
        b.t("\n   - 확인된 접속 IP: ")
        for i in range(r.randint(1, 3)):
            if i:
                b.t(", ")
            b.s(VV.ipv4(r, "ip_public") if r.random() < 0.85 else VV.ipv6(r), "IP_ADDRESS")
        b.t(" (")
        b.neg(neg_date(r, "iso") + " " + "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), "non_birth_date")
        b.t(")\n")
    b.t("4. 회신 기한: ")
    b.neg(neg_date(r), "non_birth_date")
    b.t("까지\n5. 담당: " + pick(r, "수사과 지능팀 ", "사이버팀 ", "형사과 ") + pick(r, "경위 ", "경사 ", "경감 "))
    b.name()
    o, c = pick(r, (" (", ")\n"), (" ☎ ", "\n"), (" / 전화 ", "\n"))
    b.t(o)
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t(pick(r, ", FAX ", " / 팩스 "))
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t(c)
    b.t(station + "장\n")


# ------------------------------------------------------------------ 공문 with 결재란
def T_gongmun(r, b):
    b.genre = "공문(결재)"
    b.subgenre = "공문"
    l, office, head = local_office(r)
    b.t(office + "\n수신  " + pick(r, "수신자 참조", "각 동 주민센터장", "행정안전부장관(지역경제과장)", "내부결재") + "\n(경유)\n제목  ")
    st = r.randint(0, 2)
    b.t(["%d년 자원봉사자 표창 대상자 추천" % r.randint(2021, 2025), "주민등록 사실조사 결과 보고", "긴급복지 지원 대상자 추가 선정 보고"][st] + "\n\n")
    b.t("1. 관련: " + office + " ")
    b.neg(neg_docno(r), "doc_number")
    b.t("(" + neg_date(r) + ")\n2. 위 호와 관련하여 ")
    if st == 0:
        b.t("표창 대상자를 아래와 같이 추천합니다.\n")
        for i in range(r.randint(2, 3)):
            b.t("  가. " if i == 0 else "  나. " if i == 1 else "  다. ")
            b.name()
            b.t("(")
            b.s(VV.dob(r, 1950, 2000, pick(r, "dot_sp", "iso", "dot0")), "DATE_OF_BIRTH")
            b.t(pick(r, "생) ", ") ") + pick(r, "— 봉사시간 ", ", 누적 ") )
            b.neg("%d시간" % r.randint(100, 3000), "statistic")
            b.t(", 연락처 ")
            b.s(VV.mobile(r), "PHONE_NUMBER")
            b.t("\n")
    elif st == 1:
        b.t("주민등록 사실조사 결과 무단전출자를 다음과 같이 보고합니다.\n")
        for i in range(r.randint(1, 3)):
            b.t("  - ")
            b.name()
            b.t(" (")
            b.s(VV.rrn(r, pick(r, "rrn_masked", "rrn_valid", "rrn_masked")), "KR_RRN")
            b.t(") 최종 주소지 ")
            b.addr(postcode=False, after=False)
            b.t("\n")
    else:
        b.t("긴급복지 지원 대상자를 추가 선정하였기에 보고합니다.\n  ")
        b.t(pick(r, "가. 대상자: ", "- 성명 "))
        b.name()
        b.t(pick(r, "(%d세, 독거)" % r.randint(60, 90), "(%d) " % r.randint(30, 90)))
        b.t(", 지원액 ")
        b.neg(neg_amount(r), "amount")
        b.t(pick(r, " → ", ", 입금계좌 "))
        av, bank = VV.bank_account(r)
        b.t(bank + " ")
        b.s(av, "KR_BANK_ACCOUNT")
        b.t("\n")
    b.t("붙임  " + pick(r, "대상자 명단 1부.", "공적조서 1부.", "조사 결과표 1부.") + "  끝.\n\n")
    b.t(head + "\n\n")
    # 결재란
    style = r.randint(0, 2)
    n1, n2, n3 = VV.korean_name(r), VV.korean_name(r), VV.korean_name(r)
    if style == 0:
        b.t("주무관 ")
        b.name(n1)
        b.t(pick(r, "\t", "   ") + "팀장 ")
        b.name(n2)
        b.t(pick(r, "\t", "   ") + pick(r, "과장 ", "전결 과장 "))
        b.name(n3)
        b.t("\n")
    elif style == 1:
        b.t("| 기안 | 검토 | 결재 |\n| ")
        b.name(n1)
        b.t(" | ")
        b.name(n2)
        b.t(" | ")
        b.name(n3)
        b.t(" |\n")
    else:
        b.t("기안자 " + pick(r, "행정주사보 ", "주무관 "))
        b.name(n1)
        b.t(pick(r, " 검토자 ", " → "))
        b.name(n2)
        b.t(pick(r, " 결재권자 ", " 전결 "))
        b.name(n3)
        if r.random() < 0.5:
            b.t(" 협조자 ")
            b.name()
        b.t("\n")
    b.t("시행 " + office + "-")
    b.neg("%d" % r.randint(1000, 99999), "doc_number")
    b.t(" (" + neg_date(r, "dot_sp") + ")  접수\n")
    b.t(pick(r, "우 ", "(우) "))
    b.neg(VV.postcode(r), "postal_code")
    b.t(" ")
    b.neg(inst_addr(r), "institution_address")
    b.t(pick(r, "  / ", "\n") + "전화 ")
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t(pick(r, " / 전송 ", "  팩스 "))
    b.s(VV.gov_direct(r), "PHONE_NUMBER")
    b.t(pick(r, " / ", "  "))
    b.s(VV.email(r, n1, "gov"), "EMAIL_ADDRESS")
    b.t(" / " + pick(r, "부분공개(6)", "비공개(6)", "공개") + "\n")
