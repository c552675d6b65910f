"""Cues the rules cannot resolve hold a document for review; withheld attachments set 부분공개.

Cases written for these tests from 행정업무규정 시행규칙's 붙임 conventions and the informal labels
offices put on drafts; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from shared_core import classify_rules_only, classify_text

BODY = "2026년 하천 정비 계획\n1. 대상: 관내 소하천 4곳\n2. 일정: 2026. 4.~10.\n"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("[내부용]\n" + BODY, "review.informal_marking"),
        ("취급주의\n" + BODY, "review.informal_marking"),
        ("< 외부 배포 금지 >\n" + BODY, "review.informal_marking"),
        (BODY + "[배포 금지]", "review.informal_marking"),
        ("[대내용]\t작성: 기획팀\n" + BODY, "review.informal_marking"),
        ("대내용 - 배포 제한\n" + BODY, "review.informal_marking"),
        (BODY + "※ 의회 제출 전 내부 조정 단계 자료", "review.internal_draft_note"),
        (
            BODY + "붙임  1. 정비 계획 1부.\n      2. 보상 협의 현황 1부(비공개).  끝.",
            "review.withheld_attachment",
        ),
    ],
)
def test_unresolved_cues_hold_the_document(text: str, cue: str) -> None:
    assert classify_text(text).disclosure != "public" or cue in classify_text(text).review
    sens = classify_rules_only(text)  # the rule itself, without the packaged model
    assert sens.review == [cue] and sens.disclosure == "public"
    assert any(e.label == "review" and e.source == cue for e in sens.evidence)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        BODY + "붙임  1. 정비 계획 1부.  끝.\n3. 기타: 비공개 사항 없음",
        BODY + "붙임 2는 비공개 자료로 별도 송부함.",  # not in this file
        "내부 검토용 양식 작성 요령\n1. 모든 문서에 '내부용' 표시를 하는 것은 아님\n"
        + BODY,  # a mention in prose
    ],
)
def test_no_cue_no_review(text: str) -> None:
    assert classify_text(text).review == []


def test_a_marked_or_non_public_document_needs_no_review() -> None:
    assert classify_text("[내부용]\n대외비\n" + BODY).review == []


@pytest.mark.parametrize(
    ("sentence", "reasons"),
    [
        ("※ 붙임 명단은 개인정보가 포함되어 있어 비공개합니다.", ["OIDA-9-1-6"]),
        ("※ 첨부 명단은 개인정보가 포함되어 비공개(정보공개법 제9조①6)", ["OIDA-9-1-6"]),
        ("※ 붙임 2는 「공공기관의 정보공개에 관한 법률」 제9조 제1항 제7호에 따라 비공개", ["OIDA-9-1-7"]),
        ("※ 붙임 명단은 개인정보 보호를 위하여 공개하지 않음", ["OIDA-9-1-6"]),
    ],
)
def test_a_withheld_attachment_makes_the_document_partial(sentence: str, reasons: list[str]) -> None:
    sens = classify_text(BODY + sentence)
    assert (sens.disclosure, sens.reasons, sens.review) == ("partial", reasons, [])
