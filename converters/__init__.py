"""Converters: sniff a file's format by content and turn it into a `schemas.Document`."""

from __future__ import annotations

from pathlib import PurePosixPath

from gongmun.schemas import Document

from .errors import ConversionError
from .limits import Budget, Limits
from .normalize import normalize_document
from .registry import CONVERTERS, get_converter
from .sniff import sniff

_REFUSED = {
    "empty": ("empty", "file is empty (0 bytes)"),
    "drm": (
        "drm_protected",
        "DRM-protected container (e.g. MarkAny); decrypt it with the DRM vendor's tool first",
    ),
    "encrypted_ole": ("encrypted", "password-encrypted OLE container"),
    "html": ("unsupported", "HTML document, not a supported format (hwp5, hwpx, hwp3, pdf)"),
    "zip": ("unsupported", "zip archive that is not HWPX"),
    "unknown": ("unsupported", "unrecognised content: not HWP 5, HWPX, HWP 3 or PDF"),
}


# Name endings each format is expected under; content decides the format, a mismatch earns a warning.
_SUFFIXES = {
    "hwp5": ("HWP 5", (".hwp", ".hwt")),
    "hwpx": ("HWPX", (".hwpx", ".hwpt", ".owpml", ".zip")),
    "hwp3": ("HWP 3", (".hwp", ".hwt")),
    "pdf": ("PDF", (".pdf",)),
}


def _name_warning(fmt: str, uri: str) -> str | None:
    label, expected = _SUFFIXES[fmt]
    suffix = PurePosixPath(uri.replace("\\", "/")).suffix.lower()
    if suffix and suffix not in expected:
        return f"content is {label} but the name ends in {suffix}"
    return None


def convert_bytes(data: bytes, uri: str, limits: Limits | None = None) -> Document:
    """Convert one file's bytes. Raises ConversionError for inputs that must be refused."""
    budget = Budget(limits or Limits())
    if len(data) > budget.limits.max_input_bytes:
        raise ConversionError("too_large", f"input of {len(data)} bytes exceeds the input cap")
    fmt = sniff(data)
    if fmt in _REFUSED:
        code, message = _REFUSED[fmt]
        raise ConversionError(code, message)
    doc = get_converter(fmt)(data, uri, budget)
    warning = _name_warning(fmt, uri)
    if warning:
        doc.warnings.append(warning)
    return normalize_document(doc)


__all__ = [
    "CONVERTERS",
    "Budget",
    "ConversionError",
    "Limits",
    "convert_bytes",
    "get_converter",
    "sniff",
]
