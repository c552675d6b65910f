"""Records that stages emit besides documents: sensitivity labels, redaction findings, failures."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Disclosure = Literal["public", "partial", "non_public"]
DISCLOSURES: tuple[str, ...] = ("public", "partial", "non_public")
MARKINGS: tuple[str, ...] = ("none", "대외비", "III급", "II급", "I급")
REASONS: tuple[str, ...] = (*tuple(f"OIDA-9-1-{n}" for n in range(1, 9)), "PIPA-23", "PIPA-24")


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

    def __post_init__(self) -> None:
        self.message = " ".join(self.message.split())[:500]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
