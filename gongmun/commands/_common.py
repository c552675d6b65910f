"""Helpers every CLI command shares: exit codes, reading inputs, progress on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3

T = TypeVar("T")


def progress(items: Iterable[T], total: int | None = None, desc: str = "") -> Iterator[T]:
    """A progress bar on stderr when attached to a terminal; silent otherwise (CI, pipes)."""
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, file=sys.stderr, leave=False)


def error(message: str) -> None:
    """One line on stderr, never a traceback, never a raw personal value."""
    print(f"gongmun: {' '.join(message.split())}", file=sys.stderr)


def read_input(path: str) -> bytes:
    """Bytes of a local path or any Beam filesystem URI (gs://, s3://); '-' reads stdin."""
    if path == "-":
        return sys.stdin.buffer.read()
    from apache_beam.io.filesystems import FileSystems

    with FileSystems.open(path) as fh:
        data: bytes = fh.read()
    return data
