"""The per-document stages, in order. Adding a stage = one module here + one line in STAGES."""

from __future__ import annotations

from .classify import Classify
from .convert import Convert
from .redact import Redact
from .route import Route

STAGES = (Convert, Redact, Classify, Route)

__all__ = ["STAGES"]
