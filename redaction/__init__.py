"""Korean PII redaction on Presidio: recognizers, operators and the fail-closed Redactor.

The names below are loaded on first use (PEP 562): Presidio and spaCy take about a second to import,
and a process that only needs a small module of this package (the run's parent reads uri_names) should
not pay for them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import Span
    from .recognizers import ENTITY_TYPES
    from .redactor import RedactionError, RedactionResult, Redactor

__all__ = ["ENTITY_TYPES", "RedactionError", "RedactionResult", "Redactor", "Span"]

_HOMES = {
    "Span": ".engine",
    "ENTITY_TYPES": ".recognizers",
    "RedactionError": ".redactor",
    "RedactionResult": ".redactor",
    "Redactor": ".redactor",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home, __name__), name)
