"""The shape every Korean recognizer shares: data (context words) plus a `find` generator.

Each recognizer has the shape of a Presidio `EntityRecognizer` (name, supported entities, `analyze`)
without importing Presidio: importing it pulls in spaCy, a second and ~95 MB in every worker, for
nothing the lean path uses. `presidio_engine` wraps these recognizers for Presidio's AnalyzerEngine
when a policy asks for it. Presidio's own `PatternRecognizer` runs its regexes on the raw text and
scores context through spaCy tokens; Korean identifiers need folding first and Korean context words
are glued to particles and table headers, so recognizers here scan the shared `TextView` and weigh
context themselves (left window on the same or previous line, the table column header), reporting
why in the explanation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .corrections import corrected_values
from .textview import TextView


class Hit(NamedTuple):
    start: int
    end: int
    score: float
    why: str


# the field's own label between the marker and the value, if any ('… 예시 성명: …')
_LABEL_TAIL = r"(?:[가-힣]{2,8}\s*[:：]\s*)?"
# a form's instructions show how to fill a field with a sample value ('※ 계좌번호 기재 예시: 123-456-…',
# '(작성 예: 성명 …', '예) 010-…'): a value introduced so, or marked so right after it, is nobody's
_EXAMPLE_BEFORE = re.compile(
    r"(?:(?:기재|작성|입력|표기)\s*예(?:시)?|예\s*시|보기|[(\[]?예[)\]])\s*[:：)]?\s*"
    rf"{_LABEL_TAIL}$"  # (or the field's own label after it: '작성 예시 성명: …')
)
_EXAMPLE_AFTER = re.compile(r"^\s*[(\[]\s*예\s*시")
# (but a breach or an incident report quotes real records as its 'examples': '확인된 유출 예시: ○○○, …')
_REAL_RECORDS_BEFORE = re.compile(
    r"(?:유\s*출|피\s*해|노\s*출|적\s*발)\s*(?:된\s*)?(?:[가-힣]{1,4}\s*)?예\s*시\s*[:：]?\s*"
    rf"{_LABEL_TAIL}$"  # ('유출 대상자 예시: …': whose records they are between)
)


def _form_example(view: TextView, hit: Hit) -> bool:
    """The hit is a form's sample value (see _EXAMPLE_BEFORE), with nothing else between, or a
    placeholder of one digit repeated (00-00-000000-00, 000000-0000000)."""
    digits = [ch for ch in view.norm[hit.start : hit.end] if ch.isdigit()]
    if len(digits) >= 6 and len(set(digits)) == 1:
        return True
    left = view.left(hit.start, 24, 1)
    if _REAL_RECORDS_BEFORE.search(left):
        return False
    return bool(_EXAMPLE_BEFORE.search(left) or _EXAMPLE_AFTER.match(view.right(hit.end, 8)))


def words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation for a word list (longest first); spaces inside words match any spacing."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        return None
    parts = [r"\s*".join(re.escape(ch) for ch in w.replace(" ", "")) for w in items]
    return re.compile("|".join(parts))


# (what corrections.py reads as an arrow, cheap to look for first: '→', '⇒', '➔', '➜', '->', '=>')
_ARROW_MARKS = ("→", "⇒", "➔", "➜", ">")


class TextArtifacts(NamedTuple):
    """What the lean path hands every recognizer of one text: the folded view, built once."""

    view: TextView


def view_of(text: str, nlp_artifacts: object | None) -> TextView:
    view = getattr(nlp_artifacts, "view", None)
    if isinstance(view, TextView) and view.text is text:
        return view
    return TextView(text)


@dataclass(frozen=True, slots=True)
class Recognized:
    """One recognizer's finding: what Presidio calls a RecognizerResult, with the reason kept."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    why: str


class KoreanRecognizer:
    """Base class: subclasses set ENTITY, CONTEXT, NEGATIVE and implement `find`."""

    ENTITY = ""
    CONTEXT: tuple[str, ...] = ()
    NEGATIVE: tuple[str, ...] = ()
    WINDOW = 30
    LINES = 2
    # numbers OCR and typing split with a stray space are looked for again in the compacted view
    SPACE_TOLERANT = False
    # a value whose row a line wrap cut (the resident number before it broken over two lines) is judged
    # again in the view with that wrap mended, even when the value itself was not broken
    ROWS_ACROSS_WRAPS = False

    def __init__(self) -> None:
        self.name = self.label = type(self).__name__
        self.supported_entities = [self.ENTITY]
        self.supported_language = "ko"
        self.context = list(self.CONTEXT)
        self._context = words_regex(self.CONTEXT)
        self._negative = words_regex(self.NEGATIVE)

    def analyze(
        self, text: str, entities: list[str] | None, nlp_artifacts: object | None = None
    ) -> list[Recognized]:
        if entities and self.ENTITY not in entities:
            return []
        view = view_of(text, nlp_artifacts)
        hits = [hit for hit in self.find(view) if hit.score > 0]
        if self.SPACE_TOLERANT and view.compacted is not None:
            hits += self._through(view.compacted, hits, "stray space inside")
        if self.SPACE_TOLERANT and view.unwrapped is not None:
            hits += self._through(view.unwrapped, hits, "across a line break", self.ROWS_ACROSS_WRAPS)
        if hits and any(arrow in text for arrow in _ARROW_MARKS):
            hits += [
                Hit(start, end, hits[i].score, f"{hits[i].why} (its corrected value after an arrow)")
                for i, start, end in corrected_values(view, [(h.start, h.end) for h in hits])
            ]
        return [self._result(hit) for hit in hits if not _form_example(view, hit)]

    def find(self, view: TextView) -> Iterator[Hit]:
        raise NotImplementedError

    def _through(
        self, derived: tuple[TextView, list[int]], found: list[Hit], how: str, whole_rows: bool = False
    ) -> list[Hit]:
        """Hits of a derived view (stray spaces or line breaks inside numbers removed) that bridge a
        removed character, mapped back to the offsets of the view it came from; with `whole_rows`, also
        those the mended view found whole, as the mended row gave them their context."""
        joined, origin = derived
        extra: list[Hit] = []
        for hit in self.find(joined):
            if hit.score <= 0:
                continue
            start, end = origin[hit.start], origin[hit.end - 1] + 1
            why = f"{hit.why} ({how})"
            if end - start == hit.end - hit.start:
                if not whole_rows:
                    continue  # nothing was bridged: the plain view decided this one
                why = f"{hit.why} (its row mended across a line break)"
            if any(start < h.end and h.start < end for h in found):
                continue
            extra.append(Hit(start, end, hit.score, why))
        return extra

    def _result(self, hit: Hit) -> Recognized:
        return Recognized(self.ENTITY, hit.start, hit.end, min(hit.score, 1.0), self.label, hit.why)

    # context helpers -------------------------------------------------------------------------
    def context_text(self, view: TextView, start: int) -> str:
        return view.left(start, self.WINDOW, self.LINES) + " " + view.column_header(start)

    def has_context(self, view: TextView, start: int, pattern: re.Pattern[str] | None = None) -> bool:
        pattern = pattern or self._context
        return bool(pattern and pattern.search(self.context_text(view, start)))

    def has_negative(self, view: TextView, start: int, size: int = 16) -> bool:
        if self._negative is None:
            return False
        return bool(self._negative.search(view.left(start, size, 1) + " " + view.column_header(start)))
