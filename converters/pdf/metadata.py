"""Document information dictionary -> `schemas.Metadata` (PDF dates to ISO 8601)."""

from __future__ import annotations

import re
from typing import Any

from gongmun.schemas import Metadata

# D:YYYYMMDDHHmmSSOHH'mm' with every part after the year optional (ISO 32000-1, 7.9.4).
_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?"
)


def pdf_date(value: str) -> str:
    """ISO 8601 for a PDF date string; the input unchanged (stripped) when it is not one."""
    m = _DATE.match(value.strip())
    if not m:
        return value.strip()
    year, month, day, hour, minute, second, sign, tzh, tzm = m.groups()
    out = f"{year}-{month or '01'}-{day or '01'}"
    if hour:
        out += f"T{hour}:{minute or '00'}:{second or '00'}"
        if sign in ("Z", "z") or (sign and not tzh):
            out += "Z"
        elif sign:
            out += f"{sign}{tzh}:{tzm or '00'}"
    return out


def _clean(value: Any) -> str:
    text = value if isinstance(value, str) else ""
    return " ".join(text.replace("\x00", "").split())


def metadata_from_info(info: dict[str, Any], page_count: int) -> Metadata:
    return Metadata(
        title=_clean(info.get("Title")),
        subject=_clean(info.get("Subject")),
        author=_clean(info.get("Author")),
        keywords=_clean(info.get("Keywords")),
        created=pdf_date(_clean(info.get("CreationDate"))) if info.get("CreationDate") else "",
        modified=pdf_date(_clean(info.get("ModDate"))) if info.get("ModDate") else "",
        page_count=page_count,
    )
