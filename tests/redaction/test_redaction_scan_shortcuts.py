"""Shortcuts that make the analyzer cheaper must find exactly what the long way finds: a literal scan in
place of a pattern compiled per name, a fast check for country names before the country-cell scan, and
Kiwi asked about a run of Hangul words only once a name's label or title stands before it. Every value
is invented."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from gongmun.redaction import kiwi as kiwi_module
from gongmun.redaction.recognizers.foreign_names import COUNTRY_CELL, country_rows
from gongmun.redaction.recognizers.person import KoPersonRecognizer
from gongmun.redaction.textview import TextView, occurrences


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("aaaaaaa", "aa"),  # overlapping copies: each match resumes after the last one
        ("나나나나나", "나나"),
        ("가온누리 님, 가온누리님 그리고 가온누리", "가온누리"),
        ("가나다", "라"),
        ("", "가"),
    ],
)
def test_occurrences_are_what_a_literal_pattern_finds(text: str, value: str) -> None:
    assert list(occurrences(text, value)) == [m.start() for m in re.finditer(re.escape(value), text)]


_ROSTERS = [
    "번호 | 이름 | 국적\n1 | 도르지 바트 | 몽골\n2 | 아난 시리 | 태국",
    "1,ORLAN BEKOV,KAZ\n2,TAVITA MOEA,대한민국\n",
    "성명  국적  비고\n아라쉬 칸  파키스탄  갱신\n",
    "국내 체류 외국인 현황은 중국, 베트남 순으로 많다.",
    "결재 | 과장 | 국장\n날짜 | 3.4. | 3.5.",
    "",
]


@pytest.mark.parametrize("text", _ROSTERS)
def test_country_rows_match_the_full_cell_scan(text: str) -> None:
    view = TextView(text)
    full = frozenset(view.line_index(m.end() - 1) for m in COUNTRY_CELL.finditer(view.norm))
    assert country_rows(view) == full


class _Recording:
    """Kiwi, with every string it is asked about written down."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.asked: list[str] = []

    def tokenize(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        self.asked.append(text)
        return self.real.tokenize(text, *args, **kwargs)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Recording]:
    """Kiwi recorded, with the word cache emptied before and after (a cached word is never asked again)."""
    recorder = _Recording(kiwi_module.kiwi())
    monkeypatch.setattr(kiwi_module, "kiwi", lambda: recorder)
    kiwi_module.morphemes.cache_clear()
    yield recorder
    kiwi_module.morphemes.cache_clear()


def _foreign_in_slots(text: str) -> list[str]:
    found: dict[int, Any] = {}
    KoPersonRecognizer()._foreign_in_slots(TextView(text), found)
    return [text[h.start : h.end] for h in found.values()]


def test_unlabelled_runs_of_words_are_not_sent_to_kiwi(recording: _Recording) -> None:
    # runs of Hangul words closing their lines, none after a name's label or an official's title: the
    # foreign-name slot cannot hold them, so it never asks Kiwi's costly first reading of their words
    assert (
        _foreign_in_slots("처리 경과\n접수 후 툼브라 쿠레바 헤나루\n검토 결과 츠파르 뉴스미 흐라벤\n") == []
    )
    asked = " ".join(recording.asked)
    assert not any(word in asked for word in ("툼브라", "쿠레바", "헤나루", "츠파르", "뉴스미", "흐라벤"))


def test_labelled_runs_of_words_still_reach_kiwi(recording: _Recording) -> None:
    assert _foreign_in_slots("성명 : 툼브라 쿠레바 헤나루\n") == ["툼브라 쿠레바 헤나루"]
    assert any(word in " ".join(recording.asked) for word in ("툼브라", "쿠레바", "헤나루"))
