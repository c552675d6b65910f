"""The person-name model in prose: names the rules have no cue for, and the vocabulary around them.

Sentences are written for these tests (names invented); none comes from KLUE or an evaluation set.
"""

from __future__ import annotations

import math

import pytest

from gongmun.redaction import Redactor
from gongmun.redaction.namemodel.candidates import candidates
from gongmun.redaction.namemodel.features import features, kiwi_features
from gongmun.redaction.namemodel.model import packaged


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.analyze_text(text) if s.entity_type == "PERSON"]


PROSE = [
    ("age in brackets", "경찰에 따르면 운전자 탁민규(47)씨는 당시 음주 상태였다.", ["탁민규"]),
    ("role after, news style", "간담회에는 전국시설노조 변상우 조합원(38)이 참석했다.", ["변상우"]),
    ("company head", "한빛물산 소재훈(61) 대표는 혐의를 부인했다.", ["소재훈"]),
    ("quoted speaker", '마을 주민 편하윤 씨는 "밤마다 소음이 심하다"고 말했다.', ["편하윤"]),
    ("organisation before", "새정책연구원 원유진 연구위원은 보고서에서 이같이 밝혔다.", ["원유진"]),
    # foreign family names with no role beside them: the known-names list's common foreign name parts and
    # the hand-written news sentences in training (scripts/name_prose)
    ("foreign name, dative", "결승전에서 맞붙은 두 선수 가운데 우승은 사카모토에게 돌아갔다.", ["사카모토"]),
    ("foreign name, subject", "고향으로 돌아간 페트로프는 작은 빵집을 열었다.", ["페트로프"]),
]


@pytest.mark.parametrize(("case", "text", "expected"), PROSE, ids=[c[0] for c in PROSE])
def test_names_in_prose(redactor: Redactor, case: str, text: str, expected: list[str]) -> None:
    found = names(redactor, text)
    for name in expected:
        assert name in found, case


PLAIN = [
    "이중 납부 사실이 확인되어 과오납금을 환급하였습니다.",
    "조사결과 해당 시설은 정상 운영 중이며 추가 조치는 필요하지 않습니다.",
    "배상액은 법원의 조정 결과에 따라 정하여집니다.",
    "정부는 지방재정 조기 집행을 위해 이달 중 대책을 발표할 계획이다.",
    "전기안전공사는 공조기 가동을 중단하고 점검을 실시하였다.",
    "대회 조직위원회는 올해 최우수 선수로 뽑힌 이를 시상식에서 발표했다.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_vocabulary_is_not_a_name(redactor: Redactor, text: str) -> None:
    assert names(redactor, text) == []


def test_screens_never_change_a_decision_above_the_screen() -> None:
    """Skipping Kiwi is exact: the fast path keeps every reading the full sum would accept, among
    readings whose own score passes the screen."""
    model = packaged()
    text = (
        "한빛물산 소재훈(61) 대표는 혐의를 부인했다. 이중 납부 사실이 확인되었다. "
        "트럼프 대통령과 설하람 씨가 만났다. 담당자 원유진 주무관에게 문의 바랍니다."
    )
    bar = math.log(model.threshold / (1 - model.threshold))
    full: dict[int, tuple[int, float]] = {}
    for c in candidates(text):
        stem = text[c.start : c.end]
        z = model.bias + sum(model.weights.get(f, 0.0) for f in features(text, c) + kiwi_features(stem))
        own_only = model._screened(text[c.start : c.word_end])
        screened = any(n == c.end - c.start and sx == c.suffix for n, sx, _ in own_only)
        if z >= bar and screened and (c.start not in full or z > full[c.start][1]):
            full[c.start] = (c.end, z)
    fast = {s.start: s.end for s in model.find(text)}
    assert fast == {start: end for start, (end, _) in full.items()}


def test_weights_carry_their_licence() -> None:
    from importlib import resources

    readme = resources.files("gongmun.redaction").joinpath("models/names/README.md")
    model = packaged()
    assert model.name.startswith("name-logreg@")
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    assert "CC BY-SA 4.0" in text and "KLUE" in text
