"""Word lists shipped as redaction/data/*.txt (one entry a line, '#' comments), loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> frozenset[str]:
    text = resources.files("gongmun.redaction").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    items = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(item for item in items if item)
