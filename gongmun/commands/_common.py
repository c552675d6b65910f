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


class JsonlTexts:
    """Records `{"id", "text"}` of a JSONL input, one at a time; bad lines are reported and counted.

    Iterating yields (record, text). Reading errors of the whole file surface as `unreadable`.
    """

    def __init__(self, path: str, desc: str) -> None:
        self.path = path
        self.desc = desc
        self.failed = 0
        self.unreadable = False

    def fail(self, number: int, why: str) -> None:
        error(f"{self.path}:{number}: {why}")
        self.failed += 1

    def __iter__(self) -> Iterator[tuple[int, dict[str, object], str]]:
        import json

        try:
            raw = read_input(self.path).decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            error(f"{self.path}: unreadable: {type(exc).__name__}")
            self.unreadable = True
            return
        lines = [line for line in raw.splitlines() if line.strip()]
        for number, line in enumerate(progress(lines, total=len(lines), desc=self.desc), start=1):
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                self.fail(number, f"bad record ({type(exc).__name__})")
                continue
            yield number, record, text

    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_SOME_FAILED if self.failed else EXIT_OK
