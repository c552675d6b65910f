"""Anonymizer operators chosen per entity type by the policy: placeholder, mask or pseudonym.

Pseudonyms are keyed (HMAC-SHA256 under the per-run secret) so the same value gets the same
`[PERSON_1]` within a document without the value or the key ever reaching an output.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from .normalize import fold

LABELS = {
    "KR_RRN": "주민등록번호",
    "KR_FRN": "외국인등록번호",
    "KR_PASSPORT": "여권번호",
    "KR_DRIVER_LICENSE": "운전면허번호",
    "KR_BRN": "사업자등록번호",
    "KR_CRN": "법인등록번호",
    "KR_BANK_ACCOUNT": "계좌번호",
    "KR_HEALTH_INSURANCE": "건강보험증번호",
    "KR_VEHICLE_PLATE": "차량번호",
    "KR_ADDRESS": "주소",
    "PHONE_NUMBER": "전화번호",
    "EMAIL_ADDRESS": "이메일",
    "CREDIT_CARD": "카드번호",
    "IP_ADDRESS": "IP주소",
    "PERSON": "성명",
    "DATE_OF_BIRTH": "생년월일",
    "CLASSIFIED": "비밀",
}


def normalized_value(value: str) -> str:
    """The form two spellings of one value share: folded, without spacing and separators."""
    return re.sub(r"[\s\-.()]", "", fold(value)).lower()


def value_hash(secret: bytes, value: str, length: int = 16) -> str:
    return hmac.new(secret, normalized_value(value).encode("utf-8"), hashlib.sha256).hexdigest()[:length]


def placeholder(entity_type: str) -> str:
    return f"[{LABELS.get(entity_type, entity_type)}]"


def mask(value: str) -> str:
    """Keep layout characters, hide every letter and digit (010-1234-5678 → ***-****-****)."""
    return "".join(ch if not ch.isalnum() else "*" for ch in value)


class Pseudonymizer:
    """Numbers values per type in order of first appearance within one document."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret
        self._seen: dict[tuple[str, str], int] = {}
        self._count: dict[str, int] = {}

    def __call__(self, entity_type: str, value: str) -> str:
        key = (entity_type, value_hash(self._secret, value, 32))
        if key not in self._seen:
            self._count[entity_type] = self._count.get(entity_type, 0) + 1
            self._seen[key] = self._count[entity_type]
        return f"[{entity_type}_{self._seen[key]}]"


def masked_preview(value: str, keep: int = 1) -> str:
    """A value safe to show in reports and errors: layout kept, all but `keep` characters hidden
    (850312-1234567 → 8*****-*******, 김민수 → 김**)."""
    out, shown = [], 0
    for ch in value:
        if ch.isalnum():
            out.append(ch if shown < keep else "*")
            shown += 1
        elif not ch.isspace():
            out.append(ch)
    return "".join(out)
