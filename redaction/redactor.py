"""Redactor: the one object the pipeline and the CLI use — analyse text, redact a Document.

Fail closed: any exception inside analysis or anonymisation, or running past the time budget,
surfaces as RedactionError, and the pipeline sends the document to failed, never to the corpus.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from gongmun.schemas import Block, Document, Finding, table_text
from gongmun.schemas.policy import PolicyError, RedactionPolicy, load_policy

from .base import TextArtifacts
from .classified import classified_blocks
from .engine import Span, resolve
from .kiwi import kiwi
from .marks import redact_marks
from .officials import official_names
from .operators import Pseudonymizer, mask, placeholder, value_hash
from .recognizers import ENTITY_TYPES, build_recognizers
from .textview import TextView
from .units import Chunk, chunks

_INSTITUTION_AUTHOR = (
    "부",
    "청",
    "처",
    "원",
    "과",
    "실",
    "국",
    "위원회",
    "시",
    "군",
    "구",
    "도",
    "공단",
    "공사",
)


def load_extra_recognizers(paths: Sequence[str]) -> list[Any]:
    """An agency's own recognizers, named in the policy as "package.module:ClassName".

    Raises PolicyError naming the entry, so a broken hook is a usage error before any document runs."""
    if not paths:
        return []  # (and Presidio stays unimported)
    import importlib

    from presidio_analyzer import EntityRecognizer

    loaded = []
    for i, path in enumerate(paths):
        module_name, _, attr = str(path).partition(":")
        key = f"policy key redaction.extra_recognizers[{i}]"
        try:
            target = getattr(importlib.import_module(module_name), attr)
            recognizer = target() if isinstance(target, type) else target
        except Exception as exc:
            raise PolicyError(f"{key}: cannot load {path!r} ({type(exc).__name__})") from None
        if not isinstance(recognizer, EntityRecognizer) or not recognizer.supported_entities:
            raise PolicyError(f"{key}: {path!r} is not a Presidio EntityRecognizer with supported_entities")
        loaded.append(recognizer)
    return loaded


class RedactionError(Exception):
    """Analysis or anonymisation failed or ran out of time; the message carries no raw values."""


@dataclass(slots=True)
class RedactionResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)


class Redactor:
    """Builds the Korean recognizers (and Presidio's engine, if the policy asks) once; cheap to call
    per text or document."""

    def __init__(self, policy: RedactionPolicy | None = None, secret: bytes | None = None) -> None:
        self.policy = policy if policy is not None else load_policy().redaction
        self.threshold = self.policy.score_threshold
        self.seconds = self.policy.seconds
        entities = self.policy.entities
        self.entities = [e for e in entities if e in ENTITY_TYPES] if entities else list(ENTITY_TYPES)
        self.secret = secret if secret is not None else os.urandom(32)
        self._body_names: set[str] = set()  # PERSON values of the document being redacted
        self._officials: set[str] = set()  # names kept by the keep_officials policy, one document
        self._uri_cache: dict[str, str] = {}  # path component -> its redacted form
        # the lean path (the default) calls the recognizers directly and never imports Presidio;
        # AnalyzerEngine.analyze adds per-call bookkeeping (context enhancement, decision traces) that
        # our recognizers do not use, and its import brings spaCy (~1 s, ~95 MB per worker)
        self.lean = self.policy.engine == "lean"
        extras = load_extra_recognizers(self.policy.extra_recognizers)
        for extra in extras:
            self.entities += [e for e in extra.supported_entities if e not in self.entities]
        every: list[Any] = [*build_recognizers(), *extras]  # built once, for either engine
        self.recognizers = [r for r in every if set(r.supported_entities) & set(self.entities)]
        self.engine: Any = None
        self._nlp: Any = None  # Presidio's artifacts, for an agency's own Presidio recognizers
        if not self.lean or extras:
            from .presidio_engine import build_analyzer

            self.engine = build_analyzer(every)
            self._nlp = self.engine.nlp_engine
        kiwi()  # heavy: load the morphological analyser now, not on the first document
        self.analyze_text("성명: 홍길동, 연락처 010-0000-0000, 전자우편 hong@example.com")  # warm lazy tables

    def add_recognizer(self, recognizer: Any) -> None:
        """One more recognizer (a KoreanRecognizer, or a Presidio one when the engine is Presidio's)."""
        self.recognizers.append(recognizer)
        if self.engine is not None:
            from .presidio_engine import presidio_form

            self.engine.registry.add_recognizer(presidio_form(recognizer))

    # analysis ---------------------------------------------------------------------------------
    def analyze_text(self, text: str) -> list[Span]:
        if not text or not text.strip():
            return []
        try:
            artifacts = self._nlp.process_text(text, "ko") if self._nlp else TextArtifacts(TextView(text))
            if self.lean:
                results = []
                for recognizer in self.recognizers:
                    results.extend(recognizer.analyze(text, self.entities, artifacts))
            else:
                results = self.engine.analyze(
                    text,
                    language="ko",
                    entities=self.entities,
                    nlp_artifacts=artifacts,
                    score_threshold=self.threshold,
                )
            return resolve(results, self.threshold)
        except RedactionError:
            raise
        except Exception as exc:  # fail closed: any analyzer failure is a redaction failure
            raise RedactionError(f"analyzer failed: {type(exc).__name__}") from None

    # redaction --------------------------------------------------------------------------------
    def redact_uri(self, uri: str) -> str:
        """The source URI without the personal data its file and directory names carry."""
        from .uri_names import redact_uri

        return redact_uri(
            uri,
            lambda text: [(s.start, s.end, s.entity_type) for s in self.analyze_text(text)],
            self._uri_cache,
        )

    def redact(self, doc: Document) -> RedactionResult:
        deadline = time.monotonic() + self.seconds
        try:
            return self._redact(doc, deadline)
        except RedactionError:
            raise
        except Exception as exc:
            raise RedactionError(f"redaction failed: {type(exc).__name__}") from None
        finally:
            self._body_names = set()  # raw names are held for one document, not beyond it
            self._officials = set()

    def _redact(self, doc: Document, deadline: float) -> RedactionResult:
        # names the body gave context for: a title such as '○○○ 민원 회신' gives none (one document only)
        out = Document.from_dict(doc.to_dict())
        findings: list[Finding] = []
        pseudo = Pseudonymizer(self.secret)
        dropped = classified_blocks(out.blocks)
        for index in sorted(dropped):
            text = out.blocks[index].text
            findings.append(Finding("CLASSIFIED", index, 0, len(text), 1.0, "classified_marking", "remove"))
        kept = [(i, b) for i, b in enumerate(out.blocks) if i not in dropped]
        analysed = []
        for chunk in chunks(kept):
            self._check(deadline)
            analysed.append((chunk, self.analyze_text(chunk.text)))
        self._officials = set()
        if self.policy.keep_officials:  # decided for the whole document before any text changes
            person = [
                (i, s.start, s.end)
                for i, (_, spans) in enumerate(analysed)
                for s in spans
                if s.entity_type == "PERSON"
            ]
            self._officials = official_names((c.text for c, _ in analysed), person)
        for chunk, spans in analysed:
            self._check(deadline)
            self._apply_chunk(chunk, findings, pseudo, spans)
        for index, block in kept:
            self._check(deadline)
            self._redact_nested(block, index, findings, pseudo)
            if block.rows is not None:
                block.text = table_text(block.rows)
            redact_marks(
                doc.blocks[index], block, lambda value: self._apply(value, -1, None, findings, pseudo)
            )
        out.blocks = [b for _, b in kept]
        out.renumber()
        self._redact_metadata(out, findings, pseudo)
        return RedactionResult(out, findings)

    def _apply_chunk(
        self, chunk: Chunk, findings: list[Finding], pseudo: Pseudonymizer, spans: list[Span] | None = None
    ) -> None:
        """Analyse a chunk once (unless its spans are given), then rewrite each unit it touches."""
        per_unit: dict[int, list[tuple[int, int, Span]]] = {}
        for span in spans if spans is not None else self.analyze_text(chunk.text):
            if self._kept_official(chunk.text, span):
                continue  # an official in their role, kept by policy (the same in every place)
            for unit, lo, hi in chunk.locate(span.start, span.end):
                per_unit.setdefault(id(unit), []).append((lo, hi, span))
        for unit in chunk.units:
            hits = per_unit.get(id(unit))
            if hits:
                unit.write(self._rewrite(unit.text, hits, unit.block, unit.cell, findings, pseudo))

    def _redact_nested(
        self, block: Block, index: int, findings: list[Finding], pseudo: Pseudonymizer
    ) -> None:
        """Blocks nested inside table cells (their own paragraphs or tables), analysed on their own."""
        if block.rows is None:
            return
        flat = 0
        for row in block.rows:
            for cell in row:
                for inner in cell.blocks:
                    for chunk in chunks([(index, inner)]):
                        for unit in chunk.units:
                            unit.cell = flat
                        self._apply_chunk(chunk, findings, pseudo)
                    self._redact_nested(inner, index, findings, pseudo)
                    if inner.rows is not None:
                        inner.text = table_text(inner.rows)
                flat += 1

    def _apply(
        self, text: str, block: int, cell: int | None, findings: list[Finding], pseudo: Pseudonymizer
    ) -> str:
        spans = self.analyze_text(text)
        return self._rewrite(text, [(s.start, s.end, s) for s in spans], block, cell, findings, pseudo)

    def _rewrite(
        self,
        text: str,
        hits: list[tuple[int, int, Span]],
        block: int,
        cell: int | None,
        findings: list[Finding],
        pseudo: Pseudonymizer,
    ) -> str:
        if not hits:
            return text
        parts: list[str] = []
        pos = 0
        for start, end, span in sorted(hits, key=lambda h: h[0]):
            if start < pos:
                continue
            value = text[start:end]
            if span.entity_type == "PERSON" and len(value.strip()) >= 2:
                self._body_names.add(value.strip())
            operator = self.policy.operator_for(span.entity_type)
            parts.append(text[pos:start])
            parts.append(self._replacement(operator, span.entity_type, value, pseudo))
            pos = end
            findings.append(
                Finding(
                    span.entity_type,
                    block,
                    start,
                    end,
                    span.score,
                    span.recognizer,
                    operator,
                    cell,
                    value_hash(self.secret, value),
                )
            )
        parts.append(text[pos:])
        return "".join(parts)

    @staticmethod
    def _replacement(operator: str, entity_type: str, value: str, pseudo: Pseudonymizer) -> str:
        if operator == "mask":
            return mask(value)
        if operator == "pseudonym":
            return pseudo(entity_type, value)
        return placeholder(entity_type)

    def _redact_metadata(self, doc: Document, findings: list[Finding], pseudo: Pseudonymizer) -> None:
        """Title/subject/keywords like body text; the author field is a name unless it is an office."""
        meta = doc.metadata
        for name in ("title", "subject", "keywords"):
            value = getattr(meta, name)
            if value:
                spans = self.analyze_text(value)
                spans += _occurrences(value, self._body_names, spans)
                hits = [(s.start, s.end, s) for s in spans if not self._kept_official(value, s)]
                setattr(meta, name, self._rewrite(value, hits, -1, None, findings, pseudo))
        author = meta.author.strip()
        if author and author not in self._officials:
            # analysed behind a label so a bare name has the context a body text would give it
            label = "작성자: "
            spans = [s for s in self.analyze_text(label + author) if s.start >= len(label)]
            hits = [(s.start - len(label), s.end - len(label), s) for s in spans]
            redacted = self._rewrite(author, hits, -1, None, findings, pseudo)
            if redacted == author and not author.endswith(_INSTITUTION_AUTHOR):
                operator = self.policy.operator_for("PERSON")
                redacted = self._replacement(operator, "PERSON", author, pseudo)
                findings.append(
                    Finding(
                        "PERSON",
                        -1,
                        0,
                        len(author),
                        0.5,
                        "metadata_author",
                        operator,
                        None,
                        value_hash(self.secret, author),
                    )
                )
            meta.author = redacted

    def _kept_official(self, text: str, span: Span) -> bool:
        return span.entity_type == "PERSON" and text[span.start : span.end].strip() in self._officials

    def _check(self, deadline: float) -> None:
        if time.monotonic() > deadline:
            raise RedactionError(f"redaction exceeded its time budget of {self.seconds:g} s")


def _occurrences(text: str, names: set[str], found: list[Span]) -> list[Span]:
    """Spans of the body's names in a metadata value, where the analysis found nothing."""
    out: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s.start < end and start < s.end for s in found + out):
                out.append(Span(start, end, "PERSON", 0.85, "name found in the body"))
            start = text.find(name, end)
    return out
