"""Korean PII redaction on Presidio: recognizers, operators and the fail-closed Redactor."""

from .engine import Span
from .recognizers import ENTITY_TYPES
from .redactor import RedactionError, RedactionResult, Redactor

__all__ = ["ENTITY_TYPES", "RedactionError", "RedactionResult", "Redactor", "Span"]
