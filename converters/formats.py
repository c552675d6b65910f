"""FormatSpec: everything gongmun knows about one input format, declared once in its package.

The registry (registry.py) lists the specs; sniffing order, converter lookup, the name-mismatch
warning and the extensions a directory scan takes are all derived from them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from gongmun import __version__

from .base import Converter

# A sniffer looks at the bytes: the format's name when they are its own, a refusal code of
# converters.refusals when they are a container it recognises but cannot read (e.g. "drm"), or None.
Sniffer = Callable[[bytes], str | None]


@dataclass(frozen=True, slots=True)
class FormatSpec:
    name: str  # "hwp5": the value of Provenance.format
    label: str  # "HWP 5": how messages name it
    extensions: tuple[str, ...]  # names a directory scan takes; other names earn a mismatch warning
    sniff: Sniffer
    converter: str  # "package.module:function", imported on first use so workers load what they need
    version: str = __version__
    other_names: tuple[str, ...] = ()  # names it may carry without a warning that are not scanned

    def load(self) -> Converter:
        module_name, _, attr = self.converter.partition(":")
        converter: Converter = getattr(importlib.import_module(module_name), attr)
        return converter

    def expects(self, suffix: str) -> bool:
        return suffix in self.extensions or suffix in self.other_names
