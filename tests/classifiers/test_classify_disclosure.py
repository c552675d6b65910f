"""Disclosure level and reasons: stated fields, content reasons, and mention-only texts.

Held-out cases written for these tests in the styles agencies use (not taken from pii-dev). Numbers
are synthetic: RRNs are shape-valid only, names are placeholders or invented.
"""

from __future__ import annotations

import pytest
from shared_core import classify_text

CASES = [
    # --- stated fields -------------------------------------------------------------------------
    (
        "field-partial-5-6",
        "○○위원회 제3차 회의 결과\n1. 심의 안건: 보조사업 선정\n2. 결과: 원안 의결\n공개구분: 부분공개(5, 6)",
        "partial",
        ["OIDA-9-1-5", "OIDA-9-1-6"],
    ),
    (
        "field-nonpublic-compact",
        "수사 자료 송부\n1. 요청 자료를 송부합니다.\n공개여부 : 비공개 (제9조제1항제4호)",
        "non_public",
        ["OIDA-9-1-4"],
    ),
    (
        "field-in-table-cell",
        "문서번호\t운영지원과-1234\t공개구분\t부분공개(6)\n제목: 위원 수당 지급",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "field-bare-line",
        "공공요금 조정 검토\n1. 대안별 효과 분석\n비공개(제9조 제1항 제5호)",
        "non_public",
        ["OIDA-9-1-5"],
    ),
    (
        "field-public-plain",
        "○○시 문화행사 개최 알림\n1. 일시: 2026. 5. 1.\n2. 장소: 시민회관\n공개구분: 공개",
        "public",
        [],
    ),
    # stated 공개 but a full RRN is printed: content wins (partial, unique identifier)
    (
        "field-public-contradicted",
        "강사 수당 지급\n1. 강사: 김가온 (주민등록번호 850312-1234567)\n2. 수당: 300,000원\n공개 구분: 공개",
        "partial",
        ["OIDA-9-1-6", "PIPA-24"],
    ),
    # --- mention-only ------------------------------------------------------------------------
    (
        "foi-guide",
        "정보공개 업무 안내\n○ 표기 예시: '공개구분: 부분공개(6)', '비공개(제9조 제1항 제5호)'\n"
        "○ 제9조 제1항 제7호: 법인·단체의 경영상·영업상 비밀\n○ 수사 중인 사건 자료는 제4호에 해당할 수 있다.",
        "public",
        [],
    ),
    (
        "drunk-driving-campaign",
        "음주운전 근절 캠페인 추진 계획\n1. 목적: 연말연시 음주운전 예방\n2. 내용: 홍보물 배포, 교육\n"
        "담당 교통행정과 주무관 김나래 (044-200-1234)",
        "public",
        [],
    ),
    (
        "thanks-letter",
        "자원봉사 참여에 감사드립니다\n1. 여러분의 참여에 깊이 감사합니다.\n2. 내년에도 함께해 주시기 바랍니다.",
        "public",
        [],
    ),
    (
        "press-officials",
        "[보도자료]\n○○부, 청년 일자리 박람회 개최\n□ 박람회는 5월 3일부터 열린다.\n"
        "담당 부서 청년정책과 | 책임자 과장 이한결 (044-201-1111) | 담당자 사무관 정다은 (044-201-1112)",
        "public",
        [],
    ),
    (
        "look-alike-words",
        "생활 안내사항\n1. 쓰레기 무단 투기 금지 검토 안내\n2. 전과 같이 수요일에 수거합니다.\n"
        "3. 부동산 투기 근절 대책 설명회 개최",
        "public",
        [],
    ),
    (
        "blank-form",
        "신청서\n성 명\t\t소 속\n직 책\t\t연락처\n자격증\t\t기술등급\n위 내용으로 신청합니다.\n○○시장 귀하",
        "public",
        [],
    ),
    # --- content only ------------------------------------------------------------------------
    (
        "minutes-named-speakers",
        "○○시 도시계획위원회 회의록\n□ 참석자: 위원장 외 7명\n□ 주요 발언\n  ○ 황보라온 위원: 보행 동선 재검토 필요\n"
        "  ○ 위원장(문하진): 수정 의결",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "minutes-unnamed",
        "○○시 도시계획위원회 회의록\n□ 주요 발언\n  ○ 위원장은 보행 동선 재검토를 요청함\n□ 의결: 수정 의결",
        "public",
        [],
    ),
    (
        "complaint-reply",
        "민원 회신\n수신  박소윤 귀하\n1. 귀하께서 신청하신 소음 민원에 대하여 현장 확인 결과를 알려드립니다.",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "masked-rrn-only",
        "장학금 지급 대상자\n성명 | 주민등록번호 | 금액\n한별 | 990101-2****** | 500,000원",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "passport-traveller",
        "국외 연수 결과 보고\n연수자: 행정주사 도윤재 (여권번호 M12345678)\n주요 내용: 선진 사례 조사",
        "partial",
        ["OIDA-9-1-6", "PIPA-24"],
    ),
    (
        "sick-leave",
        "질병휴직 승인\n대상자: 세무과 주무관 최하람\n병명: 우울증(F32.1), 6개월 요양 필요\n처분: 휴직 승인",
        "non_public",
        ["OIDA-9-1-6", "PIPA-23"],
    ),
    (
        "conviction-verification",
        "승진 후보자 검증\n○ 오세린(행정주사): 2023년 절도로 징역 6개월 집행유예 1년 확정\n○ 검토 의견: 심사 참고",
        "non_public",
        ["OIDA-9-1-6", "PIPA-23"],
    ),
    (
        "union-dues",
        "노동조합 가입 조합원 조합비 공제 명단\n성명 | 부서 | 공제액\n한지우 | 민원과 | 20,000원\n서도현 | 재무과 | 20,000원",
        "non_public",
        ["OIDA-9-1-6", "PIPA-23"],
    ),
    (
        "investigation",
        "수사 협조 요청 회신\n1. 피의자 인적사항: 성명 남궁민, 주민등록번호 900101-1234567\n2. 관련 서류 사본 송부",
        "non_public",
        ["OIDA-9-1-4", "OIDA-9-1-6", "PIPA-24"],
    ),
    (
        "internal-review",
        "버스 요금 조정안 검토\n1. 관계 부처 협의가 진행 중인 사안으로 최종 결정 전 내부 검토 자료임\n2. 대안 비교",
        "non_public",
        ["OIDA-9-1-5"],
    ),
    (
        "speculation",
        "역세권 개발 후보지 검토\n1. 후보지별 지가 현황\n2. 발표 전 외부 유출 시 투기 우려가 있어 관리에 유의",
        "non_public",
        ["OIDA-9-1-8"],
    ),
    (
        "trade-secret-part",
        "용역 계약 결과 보고\n1. 계약 상대자: (주)가람정보\n2. 원가 산출 내역은 업체 요청에 따라 영업상 비밀로 관리",
        "partial",
        ["OIDA-9-1-7"],
    ),
    # --- ticked forms of the field ------------------------------------------------------------
    (
        "field-ticked-inline",
        "민원 조정 회의 결과\n1. 결과: 담장 높이 조정 합의\n공개구분  □공개  ■부분공개(6)  □비공개",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "field-ticked-column",
        "\t공개\t부분공개\t비공개\n공개구분\t\t\t○\n제목: 정책 조정 방안\n1. 관계 부처 협의 중",
        "non_public",
        ["OIDA-9-1-5"],
    ),
    (
        "field-bullet-is-not-a-tick",
        "■ 공개구분: 비공개(제9조 제1항 제4호)\n수사 협조 자료",
        "non_public",
        ["OIDA-9-1-4"],
    ),
    # --- content the text states about itself ---------------------------------------------------
    (
        "self-declared-withheld",
        "변상 판정 대상자\n성명\t소속\t변상액\n제다인\t회계과\t3,420,000원\n※ 판정 확정 전 자료로 외부 공개 불가",
        "non_public",
        ["OIDA-9-1-6"],
    ),
    (
        "diplomatic-negotiating-position",
        "정상회담 대비 보고\n1. 상대국 관심 사항: 원전 금융\n2. 우리 측 외교 협상 전략: 단계적 제시",
        "non_public",
        ["OIDA-9-1-2"],
    ),
    (
        "discipline-decision-named-official",
        "징계 의결서\n혐의자: 도시과 시설7급 엄태수\n주문: 견책에 처한다.\n이유: 근무지 무단 이탈",
        "non_public",
        ["OIDA-9-1-6"],
    ),
    (
        "audit-asking-for-discipline-stays-partial",
        "감사 결과 처분 요구\n1. 관련자: 회계과 지방행정주사보 탁우빈\n2. 처분 요구: 경징계 요구",
        "partial",
        ["OIDA-9-1-6"],
    ),
    (
        "corporate-number-not-rrn",
        "용역 계약 체결 알림\n계약 상대자: (주)나래시스템 (법인등록번호 110111-1234567)\n계약 금액: 50,000,000원",
        "public",
        [],
    ),
]


@pytest.mark.parametrize(("case", "text", "disclosure", "reasons"), CASES, ids=[c[0] for c in CASES])
def test_disclosure_and_reasons(case: str, text: str, disclosure: str, reasons: list[str]) -> None:
    sens = classify_text(text)
    assert (sens.marking, sens.disclosure, sens.reasons) == ("none", disclosure, reasons)


def test_confidential_carries_content_reasons_not_item_1() -> None:
    text = "대외비\n정책 조정 방안(내부 검토안)\n1. 확정되지 않은 대안 포함\n대외비"
    sens = classify_text(text)
    assert (sens.marking, sens.disclosure, sens.reasons) == ("대외비", "non_public", ["OIDA-9-1-5"])


def test_secret_gets_item_1_and_facility_reason() -> None:
    text = "Ⅲ급비밀\n청사 방호 계획\n1. 경계 인력 배치와 순찰 시간\nⅢ급비밀"
    sens = classify_text(text)
    assert sens.reasons == ["OIDA-9-1-1", "OIDA-9-1-3"]
    assert sens.score >= 0.95


BODY_11 = "2026년 시설 점검 계획\n1. 점검 대상: 관내 12개소\n2. 점검 방법: 현장 확인\n"
FOOTER = (
    "우 30128 세종특별자치시 한누리대로 2130 / www.example.go.kr\n전화번호 044-000-0000 전송 044-000-0001"
)


@pytest.mark.parametrize(
    ("text", "disclosure", "reasons"),
    [
        # the 결문 closes its contact line with the unlabelled 공개 구분 (행정업무규정 시행규칙 서식)
        (BODY_11 + FOOTER + " / 비공개(4)", "non_public", ["OIDA-9-1-4"]),
        (BODY_11 + FOOTER + " / 부분공개(5, 6)", "partial", ["OIDA-9-1-5", "OIDA-9-1-6"]),
        (BODY_11 + FOOTER + " / 비공개(제9조제1항제5호)", "non_public", ["OIDA-9-1-5"]),
        (BODY_11 + FOOTER + " / 공개", "public", []),
        # a plain-text header table whose cells are separated by spaces
        ("문서번호  기획팀-1  공개여부  비공개(제9조제1항제3호)\n" + BODY_11, "non_public", ["OIDA-9-1-3"]),
        # the document says of itself, in a sentence, that it is withheld and why
        (
            BODY_11 + "※ 본 보고서는 수사 진행 중인 사항으로 「공공기관의 정보공개에 관한 법률」 "
            "제9조 제1항 제4호에 따라 비공개",
            "non_public",
            ["OIDA-9-1-4"],
        ),
    ],
)
def test_closing_and_sentence_forms_of_the_field(text: str, disclosure: str, reasons: list[str]) -> None:
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == (disclosure, reasons)


def test_a_slash_level_far_from_the_closing_is_not_a_field() -> None:
    """A list of other documents' levels near the top is not this document's field."""
    text = "정보 목록\n1. 회의 자료 / 비공개(5)\n2. 예산 자료 / 부분공개(6)\n" + BODY_11 * 6
    assert classify_text(text).disclosure == "public"


def test_a_document_that_is_only_a_list_of_people_is_non_public_whatever_its_title() -> None:
    rows = [
        ("김민준", "010-2345-6781", "서울특별시 강북구 도봉로 12"),
        ("이서연", "010-3456-7812", "서울특별시 성북구 보문로 34"),
        ("박지호", "010-4567-8123", "서울특별시 중랑구 망우로 56"),
        ("최수아", "010-5678-1234", "서울특별시 노원구 동일로 78"),
        ("정우진", "010-6781-2345", "서울특별시 도봉구 방학로 90"),
        ("강하은", "010-7812-3456", "서울특별시 은평구 통일로 11"),
    ]
    table = "\n".join(f"{i}\t{n}\t{p}\t{a}" for i, (n, p, a) in enumerate(rows, start=1))
    sens = classify_text("직원 비상연락망(2026. 3. 현재)\n연번\t성명\t연락처\t주소\n" + table)
    assert (sens.disclosure, sens.reasons) == ("non_public", ["OIDA-9-1-6"])
    # the same rows inside a longer report are a part that redaction removes
    report = "\n".join(f"{i}. 점검 결과 항목 {i}: 이상 없음" for i in range(1, 20))
    sens = classify_text("시설 점검 결과 보고\n" + report + "\n연번\t성명\t연락처\t주소\n" + table)
    assert sens.disclosure == "partial"


def test_a_discipline_decision_naming_its_subject_in_a_table_is_non_public() -> None:
    text = (
        "징 계 의 결 서\n|혐의자 인적사항|소속|총무과|직급|행정주사(6급)|\n||성명|박서준|||\n"
        "의결 주문: 견책에 처한다.\n이유\n1. 혐의 사실: 위 사람은 근무지를 무단으로 이탈하였다.\n"
    )
    sens = classify_text(text)
    assert (sens.disclosure, sens.reasons) == ("non_public", ["OIDA-9-1-6"])
