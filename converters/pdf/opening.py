"""Opening a PDF twice: PDFium (triage, rendering, metadata, fallback text) and pdfplumber (layout).

Either parser may choke on damage the other survives (pdfminer rejects a file without /Root that
PDFium repairs; PDFium refuses a page tree pdfminer walks), so a document is refused only when both
fail. Passwords are the one failure that is never "partial": a PDF whose user password we do not
have is `encrypted`.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from ..errors import ConversionError

_PASSWORD_HINTS = ("password", "security", "encrypt")


def _is_password_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        name = type(exc).__name__.lower()
        if "password" in name or "encrypt" in name or any(h in str(exc).lower() for h in _PASSWORD_HINTS):
            return True
        nxt = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args else None)
        exc = nxt if isinstance(nxt, BaseException) else None  # type: ignore[assignment]
    return False


def open_pdfium(data: bytes) -> tuple[Any | None, str]:
    """(document, problem): a pypdfium2 document or None with a one-line reason."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data), ""
    except pypdfium2.PdfiumError as exc:
        if _is_password_error(exc):
            raise ConversionError("encrypted", "password-protected PDF (user password required)") from exc
        return None, f"PDFium could not parse the file ({' '.join(str(exc).split())[:80]})"


def open_plumber(data: bytes) -> tuple[Any | None, int, str]:
    """(pdfplumber document, page count, problem)."""
    import pdfplumber

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pdf = pdfplumber.open(io.BytesIO(data))
            count = len(pdf.pages)
        return pdf, count, ""
    except RecursionError:
        return None, 0, "pdfminer could not parse the file (reference loop)"
    except Exception as exc:  # pdfminer raises many unrelated types on damaged input
        if _is_password_error(exc):
            raise ConversionError("encrypted", "password-protected PDF (user password required)") from exc
        return None, 0, f"pdfminer could not parse the file ({type(exc).__name__})"
