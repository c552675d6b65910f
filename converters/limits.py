"""Caps that make hostile input harmless: sizes, counts, depth and a per-document time budget.

Converters call `budget.check()` inside their loops; the pipeline additionally runs each document
in a child process it can kill (pipelines/isolation.py), so a converter that forgets is still bounded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .errors import ConversionError

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_input_bytes: int = 512 * MiB
    max_stream_bytes: int = 256 * MiB  # one inflated stream / zip member
    max_total_bytes: int = 1024 * MiB  # all inflated streams of one document
    max_ratio: int = 200  # inflated / compressed, for zip members
    max_records: int = 5_000_000
    max_depth: int = 64
    max_pages: int = 3000  # PDF pages read; later pages are left out with a warning
    seconds: float = 120.0


@dataclass(slots=True)
class Budget:
    """Running account of one document's limits. Cheap to `check()` often."""

    limits: Limits = field(default_factory=Limits)
    started: float = field(default_factory=time.monotonic)
    inflated: int = 0
    records: int = 0

    def check(self) -> None:
        if time.monotonic() - self.started > self.limits.seconds:
            raise ConversionError("timeout", f"time budget of {self.limits.seconds:g}s exceeded")

    def add_inflated(self, n: int) -> None:
        self.inflated += n
        if n > self.limits.max_stream_bytes or self.inflated > self.limits.max_total_bytes:
            raise ConversionError("too_large", f"inflated size cap exceeded ({self.inflated} bytes)")

    def add_records(self, n: int = 1) -> None:
        self.records += n
        if self.records > self.limits.max_records:
            raise ConversionError("too_large", f"record count cap of {self.limits.max_records} exceeded")
        if self.records % 4096 == 0:
            self.check()

    def depth(self, d: int) -> None:
        if d > self.limits.max_depth:
            raise ConversionError("too_large", f"nesting depth cap of {self.limits.max_depth} exceeded")
