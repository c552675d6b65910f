"""Inputs recognised by content that no converter reads: the failure code and message for each."""

from __future__ import annotations

REFUSED: dict[str, tuple[str, str]] = {
    "empty": ("empty", "file is empty (0 bytes)"),
    "drm": (
        "drm_protected",
        "DRM-protected container (e.g. MarkAny); decrypt it with the DRM vendor's tool first",
    ),
    "encrypted_ole": ("encrypted", "password-encrypted OLE container"),
    "html": ("unsupported", "HTML document, not a supported format ({names})"),
    "zip": ("unsupported", "zip archive that is not {labels}"),
    "unknown": ("unsupported", "unrecognised content: not {labels}"),
}


def refusal(verdict: str, names: list[str], labels: list[str]) -> tuple[str, str]:
    """The failure code and message for a refused input, naming the formats that are read."""
    code, message = REFUSED[verdict]
    listed = ", ".join(labels[:-1]) + f" or {labels[-1]}" if len(labels) > 1 else "".join(labels)
    return code, message.format(names=", ".join(names), labels=listed)


def sniff_refusal(data: bytes) -> str:
    """For bytes no format claimed: a DRM wrapper, an HTML page, or unknown."""
    head = data[:1024]
    if head.lstrip().upper().startswith(b"<MARKANY") or b"MARKANY" in head[:64].upper():
        return "drm"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<body")):
        return "html"
    return "unknown"
