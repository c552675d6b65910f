"""Which converter reads which sniffed format. Adding a format = one module + one line here."""

from __future__ import annotations

import importlib

from .base import Converter

# format -> "module:function", imported lazily so workers only load what they use.
CONVERTERS: dict[str, str] = {
    "hwp5": "gongmun.converters.hwp5:convert",
    "hwpx": "gongmun.converters.hwpx:convert",
    "hwp3": "gongmun.converters.hwp3:convert",
    "pdf": "gongmun.converters.pdf:convert",
}


def get_converter(fmt: str) -> Converter:
    module_name, _, func = CONVERTERS[fmt].partition(":")
    module = importlib.import_module(module_name)
    converter: Converter = getattr(module, func)
    return converter
