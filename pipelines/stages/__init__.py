"""The per-document stages, in order. Adding a stage = one module here + one line in STAGES."""

from __future__ import annotations

from .classify import Classify
from .convert import Convert
from .redact import Redact
from .route import Route
from .structure import Structure

STAGES = (Convert, Redact, Structure, Classify, Route)

__all__ = ["STAGES"]
