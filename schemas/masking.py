"""Masking for every string that may leave a run outside the redacted text: logs, error messages,
failure rows, report evidence. Digit runs (IDs, phones, accounts), e-mails and labelled names go."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_DIGITS = re.compile(r"\d[\d\s\-‐－–−.]{4,}\d")
_HANGUL_NAME_CONTEXT = re.compile(r"(성명|이름|신청인|대표자|예금주)\s*[:：]?\s*[가-힣]{2,4}")


def mask_values(text: str) -> str:
    """One line with e-mails, long digit runs and labelled names masked."""
    text = " ".join(str(text).split())
    text = _EMAIL.sub("<email>", text)
    text = _LONG_DIGITS.sub(lambda m: re.sub(r"\d", "#", m.group(0)), text)
    return _HANGUL_NAME_CONTEXT.sub(lambda m: m.group(1) + ": ***", text)


def mask_message(text: str, limit: int = 300) -> str:
    """Safe for failed.parquet and stderr."""
    return mask_values(text)[:limit]


def mask_snippet(text: str, limit: int = 80) -> str:
    """An evidence snippet: masked, and cut with an ellipsis when long."""
    text = mask_values(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
