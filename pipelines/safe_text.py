"""Masking for anything that may end up in a log, an error message or a report."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_DIGITS = re.compile(r"\d[\d\s\-‐－–−.]{4,}\d")
_HANGUL_NAME_CONTEXT = re.compile(r"(성명|이름|신청인|대표자|예금주)\s*[:：]?\s*[가-힣]{2,4}")


def mask_message(text: str, limit: int = 300) -> str:
    """One line, digits runs and e-mails masked: safe for failed.parquet and stderr."""
    text = " ".join(str(text).split())
    text = _EMAIL.sub("<email>", text)
    text = _LONG_DIGITS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), text)
    text = _HANGUL_NAME_CONTEXT.sub(lambda m: m.group(1) + ": ***", text)
    return text[:limit]
