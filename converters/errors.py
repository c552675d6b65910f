"""The one exception converters raise: a machine-readable code plus a one-line message."""

from __future__ import annotations

# Codes a compliance officer sees in failed.parquet; keep them stable.
ERROR_CODES = (
    "unsupported",  # not a format we read (HTML named .hwp, images, ...)
    "empty",  # zero bytes
    "encrypted",  # password-protected HWP/HWPX/PDF
    "drm_protected",  # MarkAny and other DRM wrappers
    "corrupt",  # structure broken beyond partial recovery
    "too_large",  # a size cap was hit (inflated bytes, records, depth)
    "timeout",  # the per-document time budget ran out
    "crashed",  # the worker process died (segfault, memory cap)
)


class ConversionError(Exception):
    """A document that cannot be converted. `code` is one of ERROR_CODES."""

    def __init__(self, code: str, message: str) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown conversion error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = " ".join(str(message).split())
