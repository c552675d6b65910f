"""Helpers every CLI command shares: exit codes, reading inputs, progress on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from gongmun.pipelines.core import DocumentCore, Result
    from gongmun.schemas.policy import Policy

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_INCOMPLETE = 4  # a run whose outputs would not account for every input; nothing published
EXIT_INTERNAL = 5  # an error gongmun did not foresee, reported in one line

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


def load_policy(path: str | None) -> Policy | None:
    """The effective policy, its hooks loaded once to check them; None after a one-line usage error.
    Protections the policy switches off are announced on every command that uses it."""
    from gongmun.schemas.policy import PolicyError
    from gongmun.schemas.policy import load_policy as load

    try:
        policy = load(path)
        if policy.redaction.extra_recognizers:  # only then is Presidio needed here, to check them
            from gongmun.redaction.redactor import load_extra_recognizers

            load_extra_recognizers(policy.redaction.extra_recognizers)
    except PolicyError as exc:
        error(str(exc))
        return None
    if policy.unsafe:
        error(f"WARNING: protections switched off by policy: {', '.join(policy.unsafe)}")
    return policy


_CORES: dict[tuple[str, str | None], DocumentCore] = {}


def build_core(policy_path: str | None, model: str | None = None) -> DocumentCore | None:
    """The document core every command shares with `gongmun run`; None after a usage error. Kept for
    the process, keyed by the effective policy, so a caller running many commands builds it once."""
    import os

    from gongmun.pipelines.core import DocumentCore
    from gongmun.pipelines.stage import Resources

    policy = load_policy(policy_path)
    if policy is None:
        return None
    key = (policy.sha256, model)
    if key not in _CORES:
        try:
            _CORES[key] = DocumentCore(Resources(policy, os.urandom(32), model))
        except (OSError, ValueError, KeyError) as exc:
            error(f"cannot load classifier model {model}: {type(exc).__name__}")
            return None
    return _CORES[key]


TEXT_SUFFIXES = (".txt", ".text")


def process_file(core: DocumentCore, path: str) -> Result | int:
    """One file through the core exactly as `gongmun run` takes it; plain UTF-8 text is read too when
    it comes on stdin or in a .txt file (a document named otherwise that is not one fails as in a run).
    An exit code after a one-line error when it could not be read, converted or redacted."""
    try:
        data = read_input(path)
    except OSError as exc:
        error(f"{path}: unreadable: {type(exc).__name__}")
        return EXIT_UNREADABLE
    text_fallback = path == "-" or path.lower().endswith(TEXT_SUFFIXES)
    result = core.process(path, data, text_fallback=text_fallback)
    failed = result.failure
    if failed is None:
        return result
    error(f"{path}: {failed.stage}: {failed.error}: {failed.message}")
    return EXIT_UNREADABLE if failed.stage == "convert" else EXIT_SOME_FAILED


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
