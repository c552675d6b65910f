"""Format detection by content, never by extension: real archives are full of misnamed files."""

from __future__ import annotations

from .refusals import sniff_refusal
from .registry import FORMATS


def sniff(data: bytes) -> str:
    """A registered format's name, or a refusal code (empty, drm, encrypted_ole, zip, html, unknown)."""
    if not data:
        return "empty"
    for spec in FORMATS:
        verdict = spec.sniff(data)
        if verdict:
            return verdict
    return sniff_refusal(data)
