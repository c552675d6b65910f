"""Records that stages emit besides documents: sensitivity labels, redaction findings, failures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Disclosure = Literal["public", "partial", "non_public"]
DISCLOSURES: tuple[str, ...] = ("public", "partial", "non_public")
MARKINGS: tuple[str, ...] = ("none", "대외비", "III급", "II급", "I급")
REASONS: tuple[str, ...] = (*tuple(f"OIDA-9-1-{n}" for n in range(1, 9)), "PIPA-23", "PIPA-24")

# Personal-data types the analyzer detects (DESIGN.md, "Entity types").
ENTITY_TYPES: tuple[str, ...] = (
    "KR_RRN",
    "KR_FRN",
    "KR_CRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "KR_BRN",
    "KR_BANK_ACCOUNT",
    "KR_HEALTH_INSURANCE",
    "KR_VEHICLE_PLATE",
    "KR_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "PERSON",
    "DATE_OF_BIRTH",
)
# High-confidence identifiers: no policy lowers their detection without naming them in unsafe_allow.
FLOOR_ENTITIES: tuple[str, ...] = (
    "KR_RRN",
    "KR_FRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "CREDIT_CARD",
    "KR_BANK_ACCOUNT",
    "KR_HEALTH_INSURANCE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
)

# Why an input failed, as failed.parquet's `error` column says it. Fixed: a compliance officer filters
# on these; the exception class, when there was one, has its own column.
ERROR_CODES: tuple[str, ...] = (
    "unsupported",  # not a format we read (HTML named .hwp, images, ...)
    "empty",  # zero bytes
    "encrypted",  # password-protected HWP/HWPX/PDF
    "drm_protected",  # MarkAny and other DRM wrappers
    "corrupt",  # structure broken beyond partial recovery
    "too_large",  # a size or memory cap was hit
    "timeout",  # the per-document time budget ran out
    "crashed",  # the worker process died (segfault, memory cap)
    "unreadable",  # the input could not be read from storage
    "converter_error",  # the converter raised something it should not have (a bug: report it)
    "redaction_failed",  # analysis or rewriting failed: fail closed
    "classification_failed",  # the sensitivity classifier raised
    "internal_error",  # any other stage raised
)


@dataclass(slots=True)
class Evidence:
    """Why a label was given: rule or model, where (block index), and a masked snippet."""

    label: str
    source: str
    block: int | None = None
    snippet: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Sensitivity:
    """A document's place under 정보공개법 / 보안업무규정 / 개인정보 보호법."""

    disclosure: str = "public"
    marking: str = "none"
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    classifier: str = ""
    # non-public cues the rules could not resolve (e.g. an informal '[내부용]' on the first line): the
    # document is held for a person to decide (route `review`) unless a recorded decision releases it
    review: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.disclosure not in DISCLOSURES:
            raise ValueError(f"unknown disclosure {self.disclosure!r}")
        if self.marking not in MARKINGS:
            raise ValueError(f"unknown marking {self.marking!r}")
        unknown = [r for r in self.reasons if r not in REASONS]
        if unknown:
            raise ValueError(f"unknown reasons {unknown!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "disclosure": self.disclosure,
            "marking": self.marking,
            "reasons": list(self.reasons),
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
            "classifier": self.classifier,
            "review": list(self.review),
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Sensitivity:
        return Sensitivity(
            disclosure=d["disclosure"],
            marking=d["marking"],
            reasons=list(d.get("reasons", [])),
            score=float(d.get("score", 0.0)),
            evidence=[Evidence(**e) for e in d.get("evidence", [])],
            classifier=d.get("classifier", ""),
            review=list(d.get("review", [])),
        )


@dataclass(slots=True)
class Finding:
    """One redaction. Never the raw value: `value_hash` is an HMAC under a per-run secret, for joins."""

    entity_type: str
    block: int
    start: int
    end: int
    score: float
    recognizer: str
    operator: str
    cell: int | None = None
    value_hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Failure:
    """An input that could not be processed, with the stage that gave up and a one-line reason."""

    uri: str
    sha256: str
    stage: str
    error: str
    message: str
    bytes: int = 0
    format: str = ""
    exception: str = ""  # the exception class behind `error`, if any

    def __post_init__(self) -> None:
        if self.error not in ERROR_CODES:
            raise ValueError(f"unknown failure code {self.error!r}")
        self.message = " ".join(self.message.split())[:500]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
