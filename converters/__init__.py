"""Converters: sniff a file's format by content and turn it into a `schemas.Document`."""

from __future__ import annotations

from pathlib import PurePosixPath

from gongmun.schemas import Document

from .errors import ConversionError
from .formats import FormatSpec
from .limits import Budget, Limits
from .normalize import normalize_document
from .refusals import REFUSED, refusal
from .registry import FORMATS, document_extensions, register, spec_for
from .sniff import sniff


def _name_warning(spec: FormatSpec, uri: str) -> str | None:
    suffix = PurePosixPath(uri.replace("\\", "/")).suffix.lower()
    if suffix and not spec.expects(suffix):
        return f"content is {spec.label} but the name ends in {suffix}"
    return None


def convert_bytes(data: bytes, uri: str, limits: Limits | None = None) -> Document:
    """Convert one file's bytes. Raises ConversionError for inputs that must be refused."""
    budget = Budget(limits or Limits())
    if len(data) > budget.limits.max_input_bytes:
        raise ConversionError("too_large", f"input of {len(data)} bytes exceeds the input cap")
    fmt = sniff(data)
    if fmt in REFUSED:
        code, message = refusal(fmt, [f.name for f in FORMATS], [f.label for f in FORMATS])
        raise ConversionError(code, message)
    spec = spec_for(fmt)
    doc = spec.load()(data, uri, budget)
    doc.source.converter_version = spec.version
    warning = _name_warning(spec, uri)
    if warning:
        doc.warnings.append(warning)
    return normalize_document(doc)


__all__ = [
    "FORMATS",
    "Budget",
    "ConversionError",
    "FormatSpec",
    "Limits",
    "convert_bytes",
    "document_extensions",
    "register",
    "sniff",
    "spec_for",
]
