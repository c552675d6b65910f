"""The packaged model: loaded by default, may only raise a level, holds unsure documents for review.

Texts are written for these tests (invented places and numbers)."""

from __future__ import annotations

from shared_core import classify_rules_only, classify_text, core

from gongmun.classifiers.decide import ModelView, RuleFindings, decide
from gongmun.classifiers.model import PACKAGED, TextModel, packaged_name


def test_the_packaged_model_is_used_by_default() -> None:
    assert PACKAGED.exists() and packaged_name()
    assert "+tfidf-logreg@" in core().classifier.name
    TextModel.load(PACKAGED)  # loads without pickle


# a facility's security weaknesses, with no word the rules take as decisive
WEAKNESSES = (
    "○○정수장 보안 실태 점검 결과 보고\n1. 점검 일시: 2026. 5. 12.\n"
    "2. 확인 사항\n  ○ 북측 외곽 울타리 훼손 구간 40m, 야간 조명 미설치\n"
    "  ○ 취수탑 출입문 잠금장치 고장, 감시카메라 사각지대 3개소\n"
    "3. 조치 계획: 6월 중 보수, 그 전까지 순찰 강화"
)


def test_the_model_raises_what_the_rules_leave_public() -> None:
    assert classify_rules_only(WEAKNESSES).disclosure == "public"
    sens = classify_text(WEAKNESSES)
    assert sens.disclosure != "public" or sens.review  # not routed public either way


def _findings(title: str) -> RuleFindings:
    return RuleFindings(
        markings=[],
        field=None,
        identifiers=[],
        persons=[],
        sensitive=[],
        content=[],
        whole_roster=False,
        title=title,
        n_lines=3,
    )


def test_decide_bands() -> None:
    sure = ModelView({"public": 0.1, "partial": 0.05, "non_public": 0.85})
    sens, path = decide(_findings("점검 결과"), sure)
    assert (sens.disclosure, path) == ("non_public", "model")
    unsure = ModelView({"public": 0.35, "partial": 0.05, "non_public": 0.6})
    sens, _ = decide(_findings("점검 결과"), unsure)
    assert sens.disclosure == "public" and sens.review == ["review.model_uncertain"]
    calm = ModelView({"public": 0.7, "partial": 0.1, "non_public": 0.2})
    sens, _ = decide(_findings("점검 결과"), calm)
    assert sens.disclosure == "public" and sens.review == []


def test_the_model_never_lowers_a_stated_level() -> None:
    text = "행사 개최 알림\n1. 일시: 2026. 7. 1.\n공개구분: 비공개(5)"
    assert classify_text(text).disclosure == "non_public"


def test_features_agree_with_scikit_learn() -> None:
    """The worker's own TF-IDF is the one the model was fitted on (scikit-learn's char_wb)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from gongmun.classifiers.model import _prep

    model = TextModel.load(PACKAGED)
    lo, hi = model.ngrams
    reference = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(lo, hi), sublinear_tf=True, vocabulary=model.vocabulary
    )
    reference.idf_ = model.idf
    texts = [WEAKNESSES, "가 나  다\tAB 1234 ㈜한국 Ⅲ급", "", "공개구분: 부분공개(6)"]
    ours = np.vstack([model.features(t) for t in texts])
    theirs = reference.transform([_prep(t) for t in texts]).toarray()
    assert np.allclose(ours, theirs, atol=1e-5)
