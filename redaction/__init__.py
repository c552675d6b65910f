"""Korean PII redaction: recognizers (in Presidio's shape), operators and the fail-closed Redactor.

The names below are loaded on first use (PEP 562): Kiwi and the recognizers' tables take a while to
load, and a process that only needs a small module of this package (the run's parent reads uri_names)
should not pay for them. Presidio itself is imported only by policies that ask for its engine.
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
