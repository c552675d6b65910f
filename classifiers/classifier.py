"""SensitivityClassifier: the one object the pipeline and the CLI use (built once per worker)."""

from __future__ import annotations

from gongmun.schemas import Document, Evidence, Finding, Sensitivity

from .attachments import attachment_field, unexplained_attachments
from .content_reasons import content_reasons, topic_weights, withheld_statement
from .decide import ModelView, RuleFindings, decide
from .disclosure_fields import stated_field
from .identifiers import PersonalData, from_findings, from_spans
from .markings import find_markings
from .personal import person_cues, roster_is_whole, sensitive_cues, sensitive_named
from .review_cues import review_cues
from .text import Unit, lines_of, title_of

RULES_VERSION = "1.2"


class SensitivityClassifier:
    """Rules for markings, disclosure fields and content reasons; optionally a trained text model.

    Personal data comes from the document's one PII analysis (its findings), never from detectors
    of the classifier's own."""

    def __init__(self, model_path: str | None = None) -> None:
        self.model = None
        self.name = f"gongmun-rules@{RULES_VERSION}"
        if model_path:
            from .model import TextModel

            self.model = TextModel.load(model_path)
            self.name += f"+{self.model.name}"

    def classify(self, doc: Document, findings: list[Finding]) -> Sensitivity:
        """Classify a converted (original, unredacted) document given its redaction findings."""
        units = [Unit(b.text, i, b.kind) for i, b in enumerate(doc.blocks) if b.text]
        if doc.metadata.title:
            units.insert(0, Unit(doc.metadata.title, None, "caption"))
        return self._classify(units, from_findings(doc, findings))

    def classify_text(self, text: str, spans: list[tuple[int, int, str]]) -> Sensitivity:
        """Classify plain text (the --jsonl-in path) given its analysis spans (start, end, type)."""
        return self._classify([Unit(text)], from_spans(text, spans))

    def _classify(self, units: list[Unit], data: PersonalData) -> Sensitivity:
        lines = lines_of(units)
        title = title_of(lines)
        persons = person_cues(lines, data) + sensitive_named(lines, data)
        found = RuleFindings(
            markings=find_markings(lines),
            field=stated_field(lines) or attachment_field(lines),
            identifiers=data.identifiers,
            persons=persons,
            sensitive=sensitive_cues(lines),
            content=content_reasons(lines),
            whole_roster=roster_is_whole(lines, title, data),
            title=title,
            topic_weights=topic_weights(lines),
            withheld=withheld_statement(lines),
        )
        view: ModelView | None = None
        if self.model is not None:
            view = self.model.predict("\n".join(u.text for u in units))
        sens, _path = decide(found, view)
        sens.classifier = self.name
        if sens.disclosure != "non_public" and sens.marking == "none":
            for cue in review_cues(lines) + unexplained_attachments(lines):
                if cue.rule not in sens.review:
                    sens.review.append(cue.rule)
                    sens.evidence.append(Evidence("review", cue.rule, cue.block, cue.snippet))
        return sens
