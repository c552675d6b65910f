"""Routing: include, include after redaction, or exclude — decided by the policy, explained by a reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gongmun.schemas import Sensitivity


@dataclass(frozen=True, slots=True)
class Route:
    action: str  # include | include_redacted | exclude
    reason: str  # e.g. "marking:II급", "disclosure:non_public[OIDA-9-1-5]", "disclosure:public"


def route(sens: Sensitivity, routing: dict[str, Any]) -> Route:
    """Markings decide first (a classified document never reaches the corpus), then disclosure."""
    marking_rules: dict[str, str] = routing.get("marking") or {}
    if sens.marking != "none":
        action = marking_rules.get(sens.marking, "exclude")
        if action == "exclude":
            return Route("exclude", f"marking:{sens.marking}")
    disclosure_rules: dict[str, str] = routing.get("disclosure") or {}
    action = disclosure_rules.get(sens.disclosure, "exclude")
    reasons = ",".join(sens.reasons)
    label = f"disclosure:{sens.disclosure}" + (f"[{reasons}]" if reasons else "")
    if sens.disclosure == "public":
        return Route(action, label)
    # Redaction removes personal information, nothing else: a withheld part that is an internal
    # decision (OIDA-9-1-5) or a trade secret (-7) is still in the text, so when the policy lists its
    # redactable reasons, only documents whose every reason is among them may enter the corpus.
    listed = routing.get("redactable_reasons")
    if listed is None:
        return Route(action, label)
    if not set(sens.reasons) <= set(listed):
        return Route("exclude", label)
    if sens.disclosure == "non_public" and action == "exclude" and sens.reasons:
        return Route("include_redacted", label + ":redactable")
    return Route(action, label)
