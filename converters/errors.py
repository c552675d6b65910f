"""The one exception converters raise: a machine-readable code plus a one-line message."""

from __future__ import annotations

from gongmun.schemas.records import ERROR_CODES

# The codes a converter may raise (a subset of the run's failure codes).
CONVERSION_CODES = (
    "unsupported",
    "empty",
    "encrypted",
    "drm_protected",
    "corrupt",
    "too_large",
    "timeout",
)
assert set(CONVERSION_CODES) <= set(ERROR_CODES)


class ConversionError(Exception):
    """A document that cannot be converted. `code` is one of CONVERSION_CODES."""

    def __init__(self, code: str, message: str) -> None:
        if code not in CONVERSION_CODES:
            raise ValueError(f"unknown conversion error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = " ".join(str(message).split())
