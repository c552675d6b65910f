"""SensitivityClassifier: the one object the pipeline and the CLI use (built once per worker)."""

from __future__ import annotations

from gongmun.schemas import Document, Finding, Sensitivity

from .content_reasons import content_reasons, topic_weights, withheld_statement
from .decide import ModelView, RuleFindings, decide
from .disclosure_fields import stated_field
from .identifiers import ID_TYPES, IdentifierHit, from_findings, hit_for, scan_text
from .markings import find_markings
from .personal import person_cues, roster_is_whole, sensitive_cues, sensitive_named
from .text import Unit, lines_of, title_of

RULES_VERSION = "1.1"


class SensitivityClassifier:
    """Rules for markings, disclosure fields and content reasons; optionally a trained text model."""

    def __init__(self, model_path: str | None = None) -> None:
        self.model = None
        self.name = f"gongmun-rules@{RULES_VERSION}"
        if model_path:
            from .model import TextModel

            self.model = TextModel.load(model_path)
            self.name += f"+{self.model.name}"

    def classify(self, doc: Document, findings: list[Finding] | None = None) -> Sensitivity:
        """Classify a converted (original, unredacted) document; `findings` are its redaction findings."""
        units = [Unit(b.text, i, b.kind) for i, b in enumerate(doc.blocks) if b.text]
        if doc.metadata.title:
            units.insert(0, Unit(doc.metadata.title, None, "caption"))
        ids = [hit for i, b in enumerate(doc.blocks) if b.text for hit in scan_text(b.text, i)]
        if findings:
            ids = from_findings(doc, findings) + ids
        return self._classify(units, ids)

    def classify_text(self, text: str, findings: list[Finding] | None = None) -> Sensitivity:
        """Classify plain text (the --jsonl-in path). Findings, when given, are offsets into `text`."""
        ids = scan_text(text)
        for f in findings or []:
            if f.entity_type in ID_TYPES:
                inside = 0 <= f.start < f.end <= len(text)
                ids.append(hit_for(f.entity_type, text[f.start : f.end] if inside else None, None))
        return self._classify([Unit(text)], ids)

    def _classify(self, units: list[Unit], ids: list[IdentifierHit]) -> Sensitivity:
        lines = lines_of(units)
        title = title_of(lines)
        persons = person_cues(lines) + sensitive_named(lines)
        found = RuleFindings(
            markings=find_markings(lines),
            field=stated_field(lines),
            identifiers=ids,
            persons=persons,
            sensitive=sensitive_cues(lines),
            content=content_reasons(lines),
            whole_roster=roster_is_whole(lines, title),
            title=title,
            topic_weights=topic_weights(lines),
            withheld=withheld_statement(lines),
        )
        view: ModelView | None = None
        if self.model is not None:
            view = self.model.predict("\n".join(u.text for u in units))
        sens, _path = decide(found, view)
        sens.classifier = self.name
        return sens
