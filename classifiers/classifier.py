"""SensitivityClassifier: the one object the pipeline and the CLI use (built once per worker)."""

from __future__ import annotations

import re

from gongmun.schemas import Document, Evidence, Finding, Sensitivity

from .attachments import attachment_field, unexplained_attachments, withheld_statements
from .content_reasons import content_reasons, topic_weights, withheld_statement
from .court_records import court_parties, private_case
from .decide import SEVERITY, ModelView, RuleFindings, decide
from .disclosure_fields import DisclosureField, find_fields, released_but
from .identifiers import IdentifierHit, PersonalData, from_findings, from_spans, hit_for
from .markings import find_markings
from .official_parts import parse_official
from .personal import person_cues, roster_is_whole, sensitive_cues, sensitive_named
from .personal_records import investigation_inquiry, record_kind, tax_record
from .review_cues import review_cues
from .scanned_marks import unconfirmed_scan_marking
from .text import EXAMPLE, Hit, Line, Unit, lines_of, opening_of, title_of
from .unreadable import unreadable_scan

RULES_VERSION = "1.2"


class SensitivityClassifier:
    """Rules for markings, disclosure fields and content reasons; optionally a trained text model.

    Personal data comes from the document's one PII analysis (its findings), never from detectors
    of the classifier's own."""

    def __init__(self, model_path: str | None = None, *, packaged: bool = True) -> None:
        """`model_path` replaces the packaged model (an agency's own, from `gongmun train-classifier`);
        `packaged=False` leaves the rules alone (to evaluate a freshly trained model on its own)."""
        from .model import PACKAGED, TextModel

        self.model: TextModel | None = None
        self.rules_name = self.name = f"gongmun-rules@{RULES_VERSION}"
        path = model_path or (str(PACKAGED) if packaged and PACKAGED.exists() else None)
        if path:
            self.model = TextModel.load(path)
            self.name += f"+{self.model.name}"

    def classify(self, doc: Document, findings: list[Finding]) -> Sensitivity:
        """Classify a converted (original, unredacted) document given its redaction findings."""
        units = [Unit(b.text, i, b.kind) for i, b in enumerate(doc.blocks) if b.text]
        if doc.metadata.title:
            units.insert(0, Unit(doc.metadata.title, None, "caption"))
        sens = self._classify(units, from_findings(doc, findings))
        if sens.disclosure != "non_public" and sens.marking == "none":
            for cue in (unreadable_scan(doc), unconfirmed_scan_marking(doc)):
                if cue is not None:
                    sens.review.append(cue.rule)
                    sens.evidence.append(Evidence("review", cue.rule, cue.block, cue.snippet))
        return sens

    def classify_text(self, text: str, spans: list[tuple[int, int, str]]) -> Sensitivity:
        """Classify plain text (the --jsonl-in path) given its analysis spans (start, end, type)."""
        return self._classify(
            [Unit(text)], from_spans(text, [s for s in spans if not _masked_example(text, s)])
        )

    def _classify(self, units: list[Unit], data: PersonalData) -> Sensitivity:
        lines = lines_of(units)
        title = title_of(lines)
        parties = court_parties(lines, data)
        persons = person_cues(lines, data) + sensitive_named(lines, data) + parties
        field, conflicting = _stated(lines)
        # A notice deciding on a request for other information (정보공개 결정 통지서, 심의회 결과) cites
        # 공개 levels and 제9조 items of that information, not of itself.
        # (the form's own reference may come first: '■ … 시행규칙 [별지 제7호서식]' over '정보 (부분)공개 결정 통지서')
        about_other = any(
            DECISION_NOTICE.search(text) for text in [title] + [line.text for line in lines[:3]]
        )
        statements = withheld_statements(lines)
        found = RuleFindings(
            markings=find_markings(lines),
            field=None if about_other else _stricter(field, attachment_field(statements)),
            identifiers=_outside_examples(data, lines),
            persons=persons,
            sensitive=sensitive_cues(lines),
            content=[]
            if about_other
            else content_reasons(lines)
            + tax_record(lines, data)
            + investigation_inquiry(lines, title, data, persons),
            whole_roster=roster_is_whole(lines, title, data)
            or bool(record_kind(lines, title, data, persons))
            or private_case(lines, parties),
            title=title,
            opening=opening_of(lines),
            topic_weights=topic_weights(lines),
            withheld=None if about_other else withheld_statement(lines),
            released_but=[] if about_other else released_but(lines),
            n_lines=len(lines),
        )
        view: ModelView | None = None
        text = "\n".join(u.text for u in units)
        # a decision notice's words are the other information's (제9조 items, 비공개 내용): the text model
        # reads them as this document's; its own personal data is the rules' (청구인 ○○○ 귀하)
        if self.model is not None and not about_other and len(_HANGUL.findall(text)) >= MODEL_MIN_HANGUL:
            view = self.model.predict(text)
        sens, _path = decide(found, view)
        sens.classifier = self.name
        if sens.disclosure != "non_public" and sens.marking == "none":
            cues = (
                [] if about_other else review_cues(lines) + unexplained_attachments(statements) + conflicting
            )
            for cue in cues:
                if cue.rule not in sens.review:
                    sens.review.append(cue.rule)
                    sens.evidence.append(Evidence("review", cue.rule, cue.block, cue.snippet))
        return sens


def _stricter(field: DisclosureField | None, attached: DisclosureField | None) -> DisclosureField | None:
    """The 결문's level, unless it says 공개 while a listed attachment is withheld in part with its ground
    ('붙임 3. 방문자 목록 1부(성명 포함, 부분공개)'): the document then states partial disclosure itself."""
    if field is None:
        return attached
    if attached is not None and field.level == "public" and _LISTED_ATTACHMENT.match(attached.snippet):
        return attached  # (a part left out of a released version, '… 공개본에서 제외', leaves it public)
    return field


# a statement that opens with the attachment it withholds (after a scan's specks), not a 공개본's note
_LISTED_ATTACHMENT = re.compile(r"[ᆞㆍ·.,'`~\s]{0,3}(?:붙\s*임|첨\s*부)(?!.*공\s*개\s*본)")


# Below this many Hangul syllables a document has no topic for the model to weigh (a form, a sample
# table): its opinion would be its prior, not the text.
MODEL_MIN_HANGUL = 40


def _masked_example(text: str, span: tuple[int, int, str]) -> bool:
    """A masked identifier on a line that shows an example (the text path's _outside_examples)."""
    start, end, kind = span
    if kind == "PERSON" or not hit_for(kind, text[start:end], None).masked:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return EXAMPLE.search(text[line_start : line_end if line_end != -1 else len(text)]) is not None


def _outside_examples(data: PersonalData, lines: list[Line]) -> list[IdentifierHit]:
    """Masked identifiers a guide shows as examples ('예시: 홍길동, 900101-1******') are mentions; an
    unmasked number counts wherever it stands (a real form may carry '작성 예시' beside real data)."""
    examples = {line.block for line in lines if EXAMPLE.search(line.text)}
    return [i for i in data.identifiers if not i.masked or i.block is None or i.block not in examples]


_HANGUL = re.compile(r"[가-힣]")
# (a decision on information: '정보 부분공개 결정 통지서', '공개 여부 결정 통지'; a subsidy's or a permit's
# 결정 통지 decides something else and is classified like any letter)
DECISION_NOTICE = re.compile(
    r"공\s*개[^\n]{0,12}결\s*정\s*통\s*지|이\s*의\s*신\s*청.{0,10}결\s*정|공\s*개\s*청\s*구.{0,10}(?:결\s*정|처\s*리\s*결\s*과)"
)


def _stated(lines: list[Line]) -> tuple[DisclosureField | None, list[Hit]]:
    """The document's own 공개 구분: the 공문's entry wherever its layout puts it, else the last labelled
    field (the footer). Another field stricter than the one chosen is a conflict for a reviewer."""
    fields = find_fields(lines)
    parsed = parse_official(lines)
    chosen = (
        parsed.disclosure_field if parsed and parsed.disclosure_field else (fields[-1] if fields else None)
    )
    if chosen is None:
        return None, []
    stricter = [f for f in fields if SEVERITY[f.level] > SEVERITY[chosen.level]]
    return chosen, [Hit("review", "review.conflicting_fields", f.block, f.snippet) for f in stricter[:1]]
