"""Routing: include (every included document is redacted) or exclude, by the policy, with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from gongmun.schemas import Sensitivity
from gongmun.schemas.policy import RoutingPolicy


@dataclass(frozen=True, slots=True)
class Decision:
    action: str  # include | exclude | review
    reason: str  # e.g. "marking:II급", "disclosure:non_public[OIDA-9-1-5]", "disclosure:public"


def route(sens: Sensitivity, routing: RoutingPolicy, released: bool = False) -> Decision:
    """The route, with documents the rules could not resolve held for review (unless a recorded
    decision released this one)."""
    decision = _by_label(sens, routing)
    if decision.action == "include" and sens.review and routing.review and not released:
        return Decision("review", f"needs_review:{sens.review[0]}")
    return decision


def _by_label(sens: Sensitivity, routing: RoutingPolicy) -> Decision:
    """Markings decide first (a classified document never reaches the corpus), then disclosure: a
    non_public document is withheld as a whole (a roster of nothing but personal data, a discipline
    record), so redacting it leaves nothing disclosable; it follows the table, `exclude` by default."""
    if sens.marking != "none" and routing.marking.get(sens.marking, "exclude") == "exclude":
        return Decision("exclude", f"marking:{sens.marking}")
    action = routing.disclosure.get(sens.disclosure, "exclude")
    reasons = ",".join(sens.reasons)
    label = f"disclosure:{sens.disclosure}" + (f"[{reasons}]" if reasons else "")
    listed = routing.redactable_reasons
    if sens.disclosure == "public" or listed is None:
        return Decision(action, label)
    # Redaction removes personal information, nothing else: a withheld part that is an internal
    # decision (OIDA-9-1-5) or a trade secret (-7) is still in the text, so only documents whose
    # every reason is redactable may enter the corpus.
    if not set(sens.reasons) <= set(listed):
        return Decision("exclude", label)
    return Decision(action, label)
