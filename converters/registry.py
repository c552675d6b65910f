"""The formats gongmun reads, in sniffing order. Adding a format = its package + one line here."""

from __future__ import annotations

from .formats import FormatSpec
from .hwp3.spec import SPEC as HWP3
from .hwp5.spec import SPEC as HWP5
from .hwpml.spec import SPEC as HWPML
from .hwpx.spec import SPEC as HWPX
from .pdf.spec import SPEC as PDF

FORMATS: list[FormatSpec] = [HWP5, HWP3, PDF, HWPX, HWPML]


def register(spec: FormatSpec) -> None:
    """Add a format (or replace one of the same name); sniffed after the ones before it."""
    FORMATS[:] = [f for f in FORMATS if f.name != spec.name] + [spec]


def spec_for(name: str) -> FormatSpec:
    for spec in FORMATS:
        if spec.name == name:
            return spec
    raise KeyError(name)


def document_extensions() -> tuple[str, ...]:
    """Name endings a directory scan takes (content still decides the format)."""
    return tuple(sorted({ext for spec in FORMATS for ext in spec.extensions}))
