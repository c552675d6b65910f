"""A Presidio NLP engine for Korean that needs no model download.

spaCy's default Korean tokenizer needs mecab, and `ko-core-news-sm` on PyPI is not a real model, so
the engine builds a blank `ko` pipeline with spaCy's rule-based tokenizer and uses each token's text
as its lemma (Korean context words then match). The artifacts also carry the shared `TextView` the
Korean recognizers scan. `process_text(..., tokens=False)` skips spaCy entirely: the recognizers do
their own context scoring, and tokenising costs more than all sixteen recognizers together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from .textview import TextView

BLANK_KO_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}


class KoreanArtifacts(NlpArtifacts):
    """Presidio's artifacts plus the folded text view."""

    def __init__(self, view: TextView, tokens: Any, nlp_engine: NlpEngine) -> None:
        lemmas = [t.text for t in tokens] if tokens is not None else []
        indices = [t.idx for t in tokens] if tokens is not None else []
        super().__init__(
            entities=[],
            tokens=tokens if tokens is not None else [],
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=nlp_engine,
            language="ko",
        )
        self.view = view


class KoreanNlpEngine(NlpEngine):
    """Blank spaCy `ko` (rule tokenizer, lemma = token text); no NER model, no download."""

    def __init__(self, tokens: bool = False) -> None:
        self._nlp: Any = None
        self.tokens = tokens

    def load(self) -> None:
        import spacy

        self._nlp = spacy.blank("ko", config=BLANK_KO_CONFIG)

    def is_loaded(self) -> bool:
        return self._nlp is not None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if not self.is_loaded():
            self.load()
        doc = self._nlp.make_doc(text) if self.tokens else None
        return KoreanArtifacts(TextView(text), doc, self)

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(not ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["ko"]
