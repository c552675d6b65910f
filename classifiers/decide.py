"""From rule hits to one Sensitivity: explicit evidence first, then content, then (optionally) a model.

Order of authority, as a reviewer would apply it:
1. A security marking stamped on the document → non_public; Ⅰ/Ⅱ/Ⅲ급 add OIDA-9-1-1 (보안업무규정 is a
   대통령령), 대외비 does not (it rests on the 시행규칙) and carries only its content reasons.
2. The stated disclosure field, with its cited items. Content overrides it in one direction only: a
   document stated 공개 that still holds readable unique identifiers or sensitive data is not public.
3. Content: identifiers, persons in a private capacity, sensitive data, decisive reason cues.
4. A trained model, when given, for documents with neither marking nor field.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from gongmun.schemas import Evidence, Sensitivity

from .content_reasons import TOPIC_PATTERNS
from .disclosure_fields import DisclosureField
from .identifiers import IdentifierHit
from .markings import strongest
from .text import Hit

PERSONAL = "OIDA-9-1-6"
# (older decisions write it in hanja, '懲 戒 議 決 書': the rules read it in Hangul, text.normalize)
_DECISION = re.compile(r"징\s*계\s*(?:등\s*)?의\s*결|처\s*분\s*사\s*유\s*설\s*명")
SECRET_LEVELS = ("III급", "II급", "I급")
SEVERITY = {"public": 0, "partial": 1, "non_public": 2}
MAX_EVIDENCE = 12
MODEL_DECIDES = 0.8  # the model's probability of a stricter level at which it sets that level
MODEL_DOUBTS = 0.5  # … and from which, below that, the document is held for review


@dataclass(slots=True)
class RuleFindings:
    """Everything the rules saw in one document."""

    markings: list[Hit]
    field: DisclosureField | None
    identifiers: list[IdentifierHit]
    persons: list[Hit]
    sensitive: list[Hit]
    content: list[Hit]
    whole_roster: bool
    title: str
    withheld: Hit | None = None  # the document declares itself not for release
    n_lines: int = 0
    topic_weights: dict[str, int] = dataclasses.field(default_factory=dict)  # lines per topical reason
    opening: str = ""  # the first lines, where a record without a 제목 field names itself under the office
    # the reasons of the part a '… 공개하되 … 제외한다' statement keeps back
    released_but: list[Hit] = dataclasses.field(default_factory=list)


@dataclass(slots=True)
class ModelView:
    """A trained model's opinion: disclosure probabilities and reasons it is confident about."""

    disclosure: dict[str, float]
    reasons: dict[str, float] = dataclasses.field(default_factory=dict)
    name: str = ""

    def best(self) -> tuple[str, float]:
        label = max(self.disclosure, key=lambda k: self.disclosure[k])
        return label, self.disclosure[label]


def _code(item: int) -> str:
    return f"OIDA-9-1-{item}"


def _field_hit(f: RuleFindings, item: int) -> Hit:
    """An item cited in the stated field, as evidence pointing at the field."""
    block, snippet = (f.field.block, f.field.snippet) if f.field else (None, "")
    return Hit(_code(item), "disclosure.field", block, snippet)


class _Builder:
    def __init__(self) -> None:
        self.reasons: set[str] = set()
        self.evidence: list[Evidence] = []

    def add(self, label: str, hit_rule: str, block: int | None, snippet: str) -> None:
        if any(e.label == label and e.source == hit_rule for e in self.evidence):
            return
        if len(self.evidence) < MAX_EVIDENCE:
            self.evidence.append(Evidence(label, hit_rule, block, snippet))

    def reason(self, code: str, hit: Hit | None = None, source: str = "") -> None:
        self.reasons.add(code)
        if hit is not None:
            self.add(code, hit.rule, hit.block, hit.snippet)
        elif source:
            self.add(code, source, None, "")


@dataclass(slots=True)
class _Facts:
    """What the rules established about people in the document, shared by every path."""

    unmasked: list[IdentifierHit]
    persons: list[Hit]
    pipa23: list[Hit]

    @staticmethod
    def of(f: RuleFindings) -> _Facts:
        persons = list(f.persons) + [
            Hit(PERSONAL, f"identifier.{i.entity_type}", i.block, i.shape) for i in f.identifiers
        ]
        unmasked = [i for i in f.identifiers if not i.masked]
        return _Facts(unmasked, persons, f.sensitive if persons else [])

    def add_personal(self, b: _Builder) -> None:
        """PIPA-24 for readable identifiers, PIPA-23 for sensitive data of a person; either implies -6."""
        for i in self.unmasked:
            b.reason("PIPA-24", Hit("PIPA-24", f"identifier.{i.entity_type}", i.block, i.shape))
        for hit in self.pipa23:
            b.reason("PIPA-23", hit)
        if "PIPA-24" in b.reasons or "PIPA-23" in b.reasons:
            b.reason(PERSONAL, self.persons[0])


def decide(f: RuleFindings, model: ModelView | None = None) -> tuple[Sensitivity, str]:
    """The label and which path decided it ('marking', 'field', 'content', 'model')."""
    b = _Builder()
    facts = _Facts.of(f)
    for hit in f.markings:
        b.add(hit.label, hit.rule, hit.block, hit.snippet)
    if f.field is not None:
        b.add(f.field.level, "disclosure.field", f.field.block, f.field.snippet)
    marking = strongest(f.markings)
    if marking != "none":
        return _by_marking(b, f, facts, marking), "marking"
    if f.field is not None:
        return _by_field(b, f, f.field, facts, model), "field"
    return _by_content(b, f, facts, model)


def _by_marking(b: _Builder, f: RuleFindings, facts: _Facts, marking: str) -> Sensitivity:
    items = [i for i in (f.field.items if f.field else ()) if i != 1]
    for item in items:
        b.reason(_code(item), _field_hit(f, item))
    if marking in SECRET_LEVELS:
        stamp = next(h for h in f.markings if h.label == marking)
        b.reason("OIDA-9-1-1", Hit("OIDA-9-1-1", "marking.secret", stamp.block, stamp.snippet))
        if not items:
            topical = _classified_reason(f)
            for hit in topical:
                b.reason(hit.label, hit)
            if not topical:
                b.reason("OIDA-9-1-2", None, "default.classified")
    elif not items:
        for hit in f.content:
            b.reason(hit.label, hit)
        if facts.persons:
            b.reason(PERSONAL, facts.persons[0])
        if not b.reasons:
            b.reason("OIDA-9-1-5", None, "default.confidential")
    facts.add_personal(b)
    return _done(b, "non_public", marking, 0.99)


def _classified_reason(f: RuleFindings) -> list[Hit]:
    """The content reason of a classified document: national security (2) or facility protection (3).
    When both appear, the one its title names wins ('○○변전소 방호 계획' is 3), else the one most lines
    speak of (an 을지 연습 plan that mentions 시설 방호 once is 2); a tie keeps both."""
    topical = [h for h in f.content if h.label in ("OIDA-9-1-2", "OIDA-9-1-3")]
    if len({h.label for h in topical}) < 2:
        return topical
    in_title = {label for label, pattern in TOPIC_PATTERNS.items() if pattern.search(f.title)}
    if len(in_title) == 1:
        return [h for h in topical if h.label in in_title]
    two, three = f.topic_weights.get("OIDA-9-1-2", 0), f.topic_weights.get("OIDA-9-1-3", 0)
    if two != three:
        return [h for h in topical if h.label == ("OIDA-9-1-2" if two > three else "OIDA-9-1-3")]
    return topical


def _by_field(
    b: _Builder, f: RuleFindings, field_: DisclosureField, facts: _Facts, model: ModelView | None
) -> Sensitivity:
    disclosure, score = field_.level, 0.95
    if disclosure == "public":
        # Content overrides a stated 공개 in one direction only: readable IDs or sensitive data remain.
        if facts.pipa23:
            disclosure, score = ("non_public" if _about_sensitive(f) else "partial"), 0.85
        elif facts.unmasked:
            disclosure, score = "partial", 0.85
        facts.add_personal(b)
        return _doubted(_done(b, disclosure, "none", score), f, facts, model)
    for item in field_.items:
        b.reason(_code(item), _field_hit(f, item))
    if not field_.items:
        _content_reasons(b, f, facts.persons, model)
        if not b.reasons:
            b.reason(PERSONAL if disclosure == "partial" else "OIDA-9-1-5", None, "default.field")
    facts.add_personal(b)
    return _doubted(_done(b, disclosure, "none", score), f, facts, model)


def _doubted(sens: Sensitivity, f: RuleFindings, facts: _Facts, model: ModelView | None) -> Sensitivity:
    """A stated field the content contradicts towards secrecy (a 공개 on an audit interview record, a
    부분공개 on a roster that is nothing but persons) keeps its label and is held for review: the field
    is the author's decision, the content is the evidence that it may be wrong."""
    level, _ = _content_level(f, facts.persons, bool(facts.pipa23), bool(facts.unmasked))
    cue = ""
    if SEVERITY[level] > SEVERITY[sens.disclosure]:
        cue = "review.content_stricter_than_field"
    elif model is not None:
        label, p = model.best()
        if label == "non_public" != sens.disclosure and p >= MODEL_DECIDES:
            cue = "review.model_stricter_than_field"
    if cue and cue not in sens.review:
        sens.review.append(cue)
        sens.evidence.append(Evidence("review", cue, None, ""))
    return sens


def _by_content(
    b: _Builder, f: RuleFindings, facts: _Facts, model: ModelView | None
) -> tuple[Sensitivity, str]:
    disclosure, score = _content_level(f, facts.persons, bool(facts.pipa23), bool(facts.unmasked))
    path = "content"
    if f.withheld is not None:
        b.add(f.withheld.label, f.withheld.rule, f.withheld.block, f.withheld.snippet)
    uncertain = False
    # (a heading that names the document the version made for release, '결정서 공개본', '감사 결과(공개용)',
    # over a text the rules found nothing in to withhold: the genre's words are the model's evidence, and
    # the heading says they were dealt with, so the model may hold it for a person but not withhold it)
    released_version = disclosure == "public" and bool(_RELEASED_VERSION.search(f.title or f.opening))
    if model is not None:
        # The model may only raise a level the content rules set, never lower it. Confident, it sets
        # the level; unsure, it holds the document for a person.
        label, p = model.best()
        if label == "non_public" and f.released_but:
            label = "partial"  # the document says what it keeps back; the rest is released
        if SEVERITY[label] > SEVERITY[disclosure]:
            if p >= MODEL_DECIDES and not released_version:
                disclosure, score, path = label, round(p, 3), "model"
            elif p >= MODEL_DOUBTS:
                uncertain = True
    if disclosure != "public":
        if disclosure == "partial":
            for hit in f.released_but:
                b.reason(hit.label, hit)
        _content_reasons(b, f, facts.persons, model)
        facts.add_personal(b)
        if not b.reasons:
            b.reason(PERSONAL if disclosure == "partial" else "OIDA-9-1-5", None, "default.content")
    sens = _done(b, disclosure, "none", score)
    if uncertain and disclosure == "public":
        sens.review.append("review.model_uncertain")
        sens.evidence.append(Evidence("review", "review.model_uncertain", None, ""))
    return sens, path


# What a document is about when its sensitive data is the document itself: a sick-leave review, a
# diagnosis, a conviction, union membership. A letter or an appointment list in which one line carries
# such data is disclosable once that line is removed.
_SENSITIVE_SUBJECT = re.compile(
    r"질\s*병|휴\s*직|병\s*가|진\s*단|건\s*강|장\s*애|요\s*양|치\s*료|의\s*료|상\s*병|정\s*신|심\s*리|"
    r"징\s*계|음\s*주|범\s*죄|형\s*사|수\s*사|전\s*과|판\s*결|노\s*조|노\s*동\s*조\s*합|조\s*합\s*원|정\s*당|종\s*교|"
    r"검\s*증|신\s*원\s*조\s*사|비\s*위|감\s*찰|구\s*급|환\s*자|응\s*급|진\s*료|검\s*진|유\s*소\s*견|인\s*사\s*처\s*분|신\s*체\s*등\s*급|병\s*역\s*판\s*정|"
    r"학\s*대\s*(?:사\s*례|사\s*건|판\s*정|신\s*고)"
)
# titles of documents about an official's discipline, and of inquiries into one's misconduct
# (a research-integrity committee's inquiry into one researcher is one: '연구진실성위원회 조사 결과')
# (an audit's list of the staff it holds responsible, each with the action asked for: '정기 감사 지적 관련자 명단')
_DISCIPLINE_TITLE = re.compile(
    r"징\s*계|처\s*분\s*사\s*유|비\s*위|복\s*무\s*(?:위\s*반|(?:실\s*태\s*)?점\s*검)|감\s*찰\s*조\s*사|연\s*구\s*(?:진\s*실\s*성|부\s*정)|"
    r"관\s*련\s*자\s*명\s*단"
)
_MISCONDUCT_INQUIRY = re.compile(
    r"(?:비\s*위|복\s*무\s*위\s*반)\s*(?:사\s*실|행\s*위|혐\s*의)?\s*(?:조\s*사|확\s*인|감\s*찰)|감\s*찰\s*조\s*사|"
    # (a check of staff's conduct whose results name them: '공무원 복무 실태 점검 결과 보고')
    r"복\s*무\s*(?:실\s*태\s*)?점\s*검\s*결\s*과|"
    r"연\s*구\s*(?:진\s*실\s*성|부\s*정)[^\n]{0,12}조\s*사"
)
# a heading naming the document the version made for release: '결정서 공개본', '(공개용)', '비실명 처리본'
_RELEASED_VERSION = re.compile(r"공\s*개\s*(?:본|용)(?![가-힣])|비\s*실\s*명\s*(?:처\s*리\s*)?본")
_SENSITIVE_SHARE = 0.25  # sensitive lines among all lines above which they are what the document is


def _about_sensitive(f: RuleFindings) -> bool:
    share = len(f.sensitive) / f.n_lines if f.n_lines else 1.0  # one hit per category and line
    named = _SENSITIVE_SUBJECT.search(f.title) or _SENSITIVE_SUBJECT.search(f.opening)
    return bool(named) or f.whole_roster or share >= _SENSITIVE_SHARE


def _content_level(f: RuleFindings, persons: list[Hit], pipa23: bool, unmasked: bool) -> tuple[str, float]:
    decisive = {h.label for h in f.content if h.decisive}
    # A disciplinary decision (징계의결서, 처분 사유 설명서) is about the official it names: removing the
    # name leaves nothing to disclose. An audit report that merely asks for discipline stays partial.
    discipline = bool(_DISCIPLINE_TITLE.search(f.title)) and (
        any(h.rule == "personal.discipline" for h in persons)
        # the decision itself (징계 등 의결서, 처분사유 설명서) names its subject in any person slot
        or (bool(_DECISION.search(f.title)) and bool(persons))
        # so does an inquiry into one official's misconduct ('직원 복무 위반 사실 조사 결과')
        or (bool(_MISCONDUCT_INQUIRY.search(f.title)) and bool(persons))
    )
    # minutes of a 인사위원회 or 승진 심사 name candidates: 인사관리 (5) and the persons (6)
    deliberation = any(h.rule == "personal.deliberation" for h in persons)
    if (
        (pipa23 and _about_sensitive(f))
        or discipline
        or deliberation
        or f.withheld is not None
        or decisive & {"OIDA-9-1-1", "OIDA-9-1-2", "OIDA-9-1-4", "OIDA-9-1-5", "OIDA-9-1-8"}
    ):
        return "non_public", 0.8
    # a roster or a cost sheet is withheld whole, unless the document says it releases all but that part
    if f.whole_roster:
        return ("partial", 0.75) if f.released_but else ("non_public", 0.8)
    if "OIDA-9-1-7" in decisive:
        # (a secret the document keeps in an attachment leaves the rest to release)
        in_body = any(
            h.decisive and h.label == "OIDA-9-1-7" and not h.rule.endswith(".attachment") for h in f.content
        )
        whole = in_body and any(w in f.title for w in ("기술", "제안서", "설계", "영업비밀", "원가"))
        return ("non_public" if whole and not f.released_but else "partial"), 0.75
    if persons or unmasked:
        return "partial", 0.8
    return "public", 0.7


def _content_reasons(b: _Builder, f: RuleFindings, persons: list[Hit], model: ModelView | None) -> None:
    deliberation = next((h for h in persons if h.rule == "personal.deliberation"), None)
    if deliberation is not None:
        b.reason("OIDA-9-1-5", Hit("OIDA-9-1-5", "content.personnel_deliberation", deliberation.block, ""))
    for hit in f.content:
        if hit.decisive:
            b.reason(hit.label, hit)
    if persons:
        b.reason(PERSONAL, persons[0])
    if model is not None and not b.reasons:  # the model explains only what the rules could not
        for code, p in model.reasons.items():
            if p >= 0.5 and code not in ("OIDA-9-1-1", "PIPA-24", "PIPA-23"):
                b.reason(code, None, f"model:{model.name}")


def _done(b: _Builder, disclosure: str, marking: str, score: float) -> Sensitivity:
    reasons = sorted(b.reasons, key=_reason_order)
    if disclosure == "public":
        reasons = []
    return Sensitivity(
        disclosure=disclosure, marking=marking, reasons=reasons, score=score, evidence=b.evidence
    )


def _reason_order(code: str) -> tuple[int, str]:
    return (0 if code.startswith("OIDA") else 1, code)
