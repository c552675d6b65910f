"""Route: include, exclude or hold for review, by the policy; an included document must have text."""

from __future__ import annotations

from ..route import route
from ..stage import Resources, Work


class Route:
    name = "route"
    failure_code = "internal_error"

    def __init__(self, resources: Resources) -> None:
        self.routing = resources.policy.routing
        self.released = resources.released

    def __call__(self, work: Work) -> None:
        assert work.sensitivity is not None and work.redacted is not None and work.doc is not None
        decision = route(work.sensitivity, self.routing, work.doc.doc_id in self.released)
        work.action, work.reason = decision.action, decision.reason
        if decision.action == "include" and not work.redacted.to_text().strip():
            work.action, work.reason = "exclude", "no_text"
