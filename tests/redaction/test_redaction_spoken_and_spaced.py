"""Classes the seventh independent PII set (sealed_g, scored once) and sealed_f showed missed, each
written here afresh: numbers dictated with 다시, 에 and commas, a mobile's prefix in parentheses, cards
masked between their first and last four digits or unlabelled in a headerless table, a bare 면허 label,
foreign registration numbers issued since October 2020, e-mails with a stray space beside a dot or a
line break after '@', health insurance numbers in the 4-4-3 grouping or under a header that skips the
name column, and names a narrow cell wrapped. Values are invented."""

from __future__ import annotations

import pytest
from shared_core import found

from gongmun.redaction.engine import resolve
from gongmun.redaction.textview import TextView

FOUND = [
    (
        "foreign registration number dictated with 다시",
        "상담원: 외국인등록번호 말씀해 주세요.\n민원인: 영구영삼일이 다시 오일이삼사오육이요.",
        "KR_FRN",
        "영구영삼일이 다시 오일이삼사오육",
    ),
    (
        "mobile dictated with 에",
        "민원인: 공일공 에 이삼사오 에 육칠팔구 입니다.",
        "PHONE_NUMBER",
        "공일공 에 이삼사오 에 육칠팔구",
    ),
    (
        "card dictated in groups with commas",
        "상담원: 카드 번호가 어떻게 되세요?\n민원인: 사일일일, 일일일일, 일일일일, 일일일일이요.",
        "CREDIT_CARD",
        "사일일일, 일일일일, 일일일일, 일일일일",
    ),
    ("mobile prefix in parentheses", "연락처 : (010)2345-6789\n", "PHONE_NUMBER", "(010)2345-6789"),
    ("mobile prefix closed by a bracket only", "연락처 010)2345-6789\n", "PHONE_NUMBER", "010)2345-6789"),
    (
        "e-mail spoken with 골뱅이 and 점",
        "고객: nuri.ha80 골뱅이 nate 점 com 이요",
        "EMAIL_ADDRESS",
        "nuri.ha80 골뱅이 nate 점 com",
    ),
    (
        "passport after the nationality in a CSV row",
        "1,Do Duc Lan,베트남,B3862073,871025-5682486",
        "KR_PASSPORT",
        "B3862073",
    ),
    (
        "mobile said with 에 between digit groups",
        "고객: 010에 2345에 6789 이요.",
        "PHONE_NUMBER",
        "010에 2345에 6789",
    ),
    (
        "resident number dictated with 하고",
        "고객: 팔구일공일사 하고 일이삼사오육칠이요.",
        "KR_RRN",
        "팔구일공일사 하고 일이삼사오육칠",
    ),
    (
        "resident number dictated with 대시",
        "민원인: 구이공오공육 대시 일일일구사구일 입니다",
        "KR_RRN",
        "구이공오공육 대시 일일일구사구일",
    ),
    (
        "international mobile broken by a line",
        "전화번호(Tel.): +82 10 2345 6\n789\n배우자",
        "PHONE_NUMBER",
        "+82 10 2345 6\n789",
    ),
    ("Amex masked between its ends", "변경 전 카드： 3782●●●●●●●1005\n", "CREDIT_CARD", "3782●●●●●●●1005"),
    ("card masked with '#'", "| 홍가온 | 4111########1111 |", "CREDIT_CARD", "4111########1111"),
    (
        "Luhn-valid card with an issuer's prefix in a headerless row",
        "2024. 4. 20.\t하누리\t4111111111111111\t57,000원\t취소",
        "CREDIT_CARD",
        "4111111111111111",
    ),
    (
        "licence after a bare 면허 label",
        "제2운전자 편도윤  면허 181234567890\n",
        "KR_DRIVER_LICENSE",
        "181234567890",
    ),
    (
        "masked licence in its own shape",
        "| 변가람 | 25-94-572***-** | 울산",
        "KR_DRIVER_LICENSE",
        "25-94-572***-**",
    ),
    (
        "foreign registration number issued after October 2020",
        "1  변가람  210213-7583871  ",
        "KR_FRN",
        "210213-7583871",
    ),
    (
        "e-mail with a space before a dot",
        "| 2 | 위다솜 | kang .sy9856@daum.net | 부산",
        "EMAIL_ADDRESS",
        "kang .sy9856@daum.net",
    ),
    (
        "e-mail with a space after a dot",
        "이메일： jjang3200@nate. com\n",
        "EMAIL_ADDRESS",
        "jjang3200@nate. com",
    ),
    (
        "e-mail broken after '@'",
        "전송 041-000-0000 / hanbit@\ngne.go.kr / 공개",
        "EMAIL_ADDRESS",
        "hanbit@\ngne.go.kr",
    ),
    (
        "health insurance number in the 4-4-3 grouping",
        "여권번호: C1234567\n건강보험증번호: 7680-9576-571\n체류지",
        "KR_HEALTH_INSURANCE",
        "7680-9576-571",
    ),
    (
        "health insurance number under a header that leaves out the name column",
        "연번       건강보험증번호       이메일\n1   하누리  60611939841   nuri@hanmail.net\n",
        "KR_HEALTH_INSURANCE",
        "60611939841",
    ),
    (
        "health insurance number before the resident number of its row",
        "1|하누리|9-8698919242|590624-2190873\n",
        "KR_HEALTH_INSURANCE",
        "9-8698919242",
    ),
    (
        "an account below a table, after an empty line, is not under the table's header",
        "관계  성명   주민등록번호  비고\n모   석다온  551122-2345678    동거\n\n"
        "[급여 수령 계좌]  은행명: 우체국  계좌번호: 28368360638107  예금주: 석다온",
        "KR_BANK_ACCOUNT",
        "28368360638107",
    ),
    (
        "passport after the nationality in a run-together roster",
        "외국인 근로자 명단\n1 BATAA DORJ 몽골 E7902289 010-2233-4455 2 하산 방글라데시 B8253015 010-3344-5566",
        "KR_PASSPORT",
        "E7902289",
    ),
    (
        "licence number in a vehicle log row without a header",
        "공용차량 배차 일지\n\n하누리\t178932876222\t13호 8088\t010.2233.4455",
        "KR_DRIVER_LICENSE",
        "178932876222",
    ),
    (
        "a name a narrow cell wrapped",
        "연번\t성명\t생년월일\t연락처\n1\t구승 우\t1954.12.12.\t010-5300-3845\n",
        "PERSON",
        "구승 우",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity", "value"), FOUND, ids=[c[0] for c in FOUND])
def test_found(case: str, text: str, entity: str, value: str) -> None:
    assert value in found(text, entity), case


NOT_FOUND = [
    ("an institution's shared mailbox on korea.kr", "문의: minwon@korea.kr / 1600-0000", "EMAIL_ADDRESS"),
    (
        "an account grouping starting 018 is not a phone",
        "성명 | 은행 | 계좌번호\n윤가람 | 수협은행 | 018-66-036996",
        "PHONE_NUMBER",
    ),
    ("sixteen digits without an issuer's prefix", "접수\t하누리\t1000000000000008\t처리", "CREDIT_CARD"),
    (
        "twelve digits in a row whose only 'plate' is a building and room",
        "4  하누리  인천 계양구 강변로 293, 117동 2302호  110888433878",
        "KR_DRIVER_LICENSE",
    ),
]


@pytest.mark.parametrize(("case", "text", "entity"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_not_found(case: str, text: str, entity: str) -> None:
    assert found(text, entity) == [], case


def test_a_header_cell_stands_over_its_column_on_screen() -> None:
    """Hangul is two columns wide: the header that stands over a cell is found by screen position when
    the header row has fewer cells than the row."""
    text = "연번       건강보험증번호       이메일\n1   하누리  60611939841   nuri@hanmail.net\n"
    view = TextView(text)
    assert view.column_header(text.index("6061")) == "건강보험증번호"
    assert view.column_header(text.index("nuri")) == "이메일"
    assert view.column_header(text.index("하누리")) == ""


def test_equal_scores_resolve_the_same_way_whatever_the_order() -> None:
    from presidio_analyzer import RecognizerResult

    a = RecognizerResult("PHONE_NUMBER", 0, 13, 0.9, recognition_metadata={})
    b = RecognizerResult("KR_BANK_ACCOUNT", 0, 13, 0.9, recognition_metadata={})
    assert resolve([a, b], 0.5) == resolve([b, a], 0.5)
    assert resolve([a, b], 0.5)[0].entity_type == "KR_BANK_ACCOUNT"
