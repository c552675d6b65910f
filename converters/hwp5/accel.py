"""The compiled loops (_accel.c) when `pip install` could build them; None otherwise.

The pure-Python code stays the reference and the fallback: without a C compiler gongmun still
converts every document, only slower. GONGMUN_PURE_PYTHON=1 switches the compiled code off (to
compare both, or to rule it out when chasing a bug)."""

from __future__ import annotations

import contextlib
import importlib
import os
from collections.abc import Callable
from typing import Any

split: Callable[[bytes, bytes, int], tuple[Any, ...]] | None = None
para_text: Callable[[bytes], str] | None = None
run_cells: Callable[[bytes, int, int, int, type], list[Any]] | None = None
table_cells: Callable[..., tuple[int, list[Any]]] | None = None
walk_chain: Callable[[bytes, Any, int, int, int, bool, int], tuple[bytes, bool]] | None = None
ABI = 2  # _accel.c's interface version: 2 = split reports whether paragraphs draw numbers

if os.environ.get("GONGMUN_PURE_PYTHON", "").lower() not in ("1", "true", "yes"):
    _module: Any = None
    # whether it imports depends on whether the build had a compiler
    with contextlib.suppress(ImportError):
        _module = importlib.import_module(f"{__package__}._accel")
    # A build of an older _accel.c (another interface) is ignored rather than misread.
    if _module is not None and getattr(_module, "ABI", 1) == ABI:
        split, para_text = _module.split, _module.para_text
        run_cells, walk_chain = _module.run_cells, _module.walk_chain
        table_cells = _module.table_cells

AVAILABLE = split is not None
