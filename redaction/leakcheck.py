"""Leak check for a finished corpus: rescan every text with the full analyzer.

Residual hits are reported by type with masked values only. The types in HIGH_CONFIDENCE carry
structure or check digits, so a hit there is almost certainly a real leak and fails the check.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .operators import masked_preview

HIGH_CONFIDENCE = frozenset(
    {"KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "CREDIT_CARD", "KR_BANK_ACCOUNT"}
)


@dataclass(slots=True)
class LeakReport:
    texts: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def high_confidence(self) -> int:
        return sum(n for t, n in self.by_type.items() if t in HIGH_CONFIDENCE)

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts_scanned": self.texts,
            "residual_by_type": dict(sorted(self.by_type.items())),
            "high_confidence_residuals": self.high_confidence,
            "examples": self.examples,
        }


def scan_texts(redactor: Any, rows: Iterable[tuple[str, str, str]], max_examples: int = 50) -> LeakReport:
    """`rows` are (row id, column, text); the report never holds a raw value."""
    report = LeakReport()
    for row_id, column, text in rows:
        if not text:
            continue
        report.texts += 1
        for span in redactor.analyze_text(text):
            report.by_type[span.entity_type] += 1
            if len(report.examples) < max_examples or span.entity_type in HIGH_CONFIDENCE:
                report.examples.append(
                    {
                        "row": row_id,
                        "column": column,
                        "type": span.entity_type,
                        "start": span.start,
                        "score": span.score,
                        "masked": masked_preview(text[span.start : span.end]),
                    }
                )
    return report
