"""Run the document processor in a child process the parent can kill.

Pure-Python parsers cannot be interrupted from another thread, and a hostile file may drive a C
library (zlib, pdfminer's pure loops, libtesseract) into a hang or a huge allocation. A child with an
address-space cap and a wall-clock deadline turns both into an ordinary Failure row, and the batch
goes on with a fresh child. The child builds the heavy stage objects once and serves many documents.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import resource
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from gongmun.redaction.uri_names import withheld_uri

from .core import DocumentCore, Outcome, failure, failure_outcome
from .stage import Resources

_THREAD_POOLS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _serve(conn: Connection, resources: Resources, memory_mb: int) -> None:
    try:
        _serve_until_closed(conn, resources, memory_mb)
    except BaseException:
        import traceback

        traceback.print_exc()  # e.g. a broken policy hook: the parent reports the worker failed to start
    finally:
        # Skip interpreter finalisation: the morphological analyser's native worker threads can abort
        # in static destructors at exit, which would only add noise to the parent's stderr.
        import sys

        sys.stderr.flush()
        os._exit(0)


def _serve_until_closed(conn: Connection, resources: Resources, memory_mb: int) -> None:
    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    core = DocumentCore(resources)
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        if request[0] == "uri":
            conn.send(core.safe_uri(request[1]))
            continue
        _, uri, data = request
        try:
            outcome = core.outcome(uri, data)
        except MemoryError:
            outcome = failure_outcome(
                failure(uri, data, "process", "too_large", "memory cap exceeded", "MemoryError")
            )
        conn.send(outcome)


@contextlib.contextmanager
def _children_allowed() -> Iterator[None]:
    """Let a daemonic process start the document child.

    Some runners' workers are daemonic multiprocessing processes (dask.distributed's nanny starts
    its workers that way), and multiprocessing refuses children there because a daemon killed at exit
    would orphan them. Ours cannot be orphaned for long: it exits as soon as its pipe to the parent
    closes, which the kernel does when the parent dies. So the flag is lifted for the start only.
    """
    config: dict[str, Any] = getattr(mp.current_process(), "_config", {})
    daemonic = config.get("daemon")
    if daemonic:
        config["daemon"] = False
    try:
        yield
    finally:
        if daemonic:
            config["daemon"] = daemonic


class IsolatedCore:
    """DocumentCore.process in a child process, with a per-document deadline and memory cap."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.seconds = resources.policy.limits.document_seconds
        self.memory_mb = resources.policy.limits.document_memory_mb
        self._ctx = mp.get_context("spawn")
        self._proc: Any = None
        self._conn: Connection | None = None
        self._pending: Connection | None = None  # spawned, not yet ready

    def spawn(self) -> None:
        """Start the child without waiting for it: its imports and model loading overlap whatever the
        caller does next (see `prestart`)."""
        if self._pending is not None or self._conn is not None:
            return
        # One document at a time per child: BLAS and OpenMP thread pools would only spin on the
        # cores the other workers use (CPU time was twice the wall time). Set before the spawn, so
        # the child's numpy starts with them.
        for name in _THREAD_POOLS:
            os.environ.setdefault(name, "1")
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(
            target=_serve, args=(child, self.resources, self.memory_mb), daemon=True
        )
        with _children_allowed():
            self._proc.start()
        child.close()
        self._pending = parent

    def _start(self) -> Connection:
        self.spawn()
        parent = self._pending
        assert parent is not None
        # Building Presidio and the classifier takes a while; it is not charged to any document.
        if not parent.poll(600):
            self.close()
            raise RuntimeError("document worker did not start within 600 s")
        try:
            ready = parent.recv()
        except EOFError:
            ready = None
        if ready != "ready":
            self.close()
            raise RuntimeError("document worker failed to start")
        self._conn, self._pending = parent, None
        return parent

    def safe_uri(self, uri: str) -> str:
        """The child's redacted form of the URI, asked before the document is sent, so that a
        timeout or a crash is reported under that form too; withheld if the child cannot answer."""
        try:
            conn = self._conn or self._start()
            conn.send(("uri", uri))
            if conn.poll(self.seconds):
                safe = conn.recv()
                if isinstance(safe, str):
                    return safe
            self.close()
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError, RuntimeError):
            self.close()
        return withheld_uri(uri)

    def outcome(self, uri: str, data: bytes) -> Outcome:
        conn = self._conn or self._start()
        try:
            conn.send(("doc", uri, data))
            if conn.poll(self.seconds):
                outcome: Outcome = conn.recv()
                return outcome
            self.close()
            return failure_outcome(
                failure(uri, data, "process", "timeout", f"document exceeded {self.seconds:g}s")
            )
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            code = self._proc.exitcode if self._proc is not None else None
            self.close()
            message = f"document worker died (exit code {code}); memory cap or crash"
            return failure_outcome(failure(uri, data, "process", "crashed", message))

    def close(self) -> None:
        if self._pending is not None:  # still starting: nothing to finish, stop it at once
            self._pending.close()
            self._pending = None
            if self._proc is not None:
                self._proc.kill()
                self._proc.join(timeout=5)
                self._proc = None
        if self._conn is not None:
            with contextlib.suppress(OSError, BrokenPipeError):
                self._conn.send(None)
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.join(timeout=2)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join(timeout=5)
            self._proc = None


# A child started before the pipeline is built, for the in-process runner whose DoFn will run in this
# very process: the child's start-up (Presidio, Kiwi, the models) overlaps the parent's listing of
# inputs and Beam's start instead of following them.
_WARM: dict[tuple[str, bytes, str | None, frozenset[str]], IsolatedCore] = {}


def _key(resources: Resources) -> tuple[str, bytes, str | None, frozenset[str]]:
    return (resources.policy.sha256, resources.secret, resources.classifier_model, resources.released)


def prestart(resources: Resources) -> None:
    """Spawn the document child for `resources` now; `take_prestarted` hands it to the first taker."""
    if _key(resources) not in _WARM:
        core = IsolatedCore(resources)
        core.spawn()
        _WARM[_key(resources)] = core


def take_prestarted(resources: Resources) -> IsolatedCore | None:
    return _WARM.pop(_key(resources), None)


def discard_prestarted() -> None:
    """Close children nobody took (nothing to process, or a runner in other processes)."""
    while _WARM:
        _WARM.popitem()[1].close()
