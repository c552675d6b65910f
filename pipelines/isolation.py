"""Run the document processor in a child process the parent can kill.

Pure-Python parsers cannot be interrupted from another thread, and a hostile file may drive a C
library (zlib, pdfminer's pure loops, libtesseract) into a hang or a huge allocation. A child with an
address-space cap and a wall-clock deadline turns both into an ordinary Failure row, and the batch
goes on with a fresh child. The child builds the heavy stage objects once and serves many documents.

Documents are pipelined: the parent sends the next document before it collects the last one's
outcome (`submit`, then `result`), so the child never waits while the parent reads a file, records
an outcome or runs Beam's machinery. The child answers each request first with the document's
redacted URI and the moment it started on it, then with the outcome: the deadline counts from that
moment, and a timeout or a crash is reported under the redacted name. A reader thread in the child
takes requests off the pipe as they come, so neither side can block the other on a full pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue
import resource
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from gongmun.redaction.uri_names import withheld_uri

from . import early_child
from .core import DocumentCore, Outcome, failure, failure_outcome
from .stage import Resources


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


def _read_requests(conn: Connection, requests: queue.Queue[Any]) -> None:
    """Take requests off the pipe as they arrive; None (the parent closed, or a request could not be
    received) ends the service once the requests before it are served."""
    while True:
        try:
            request = conn.recv()
        except BaseException:  # EOF, or a request too large for the memory cap
            request = None
        requests.put(request)
        if request is None:
            return


def _serve_until_closed(conn: Connection, resources: Resources, memory_mb: int) -> None:
    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    core = DocumentCore(resources)
    conn.send("ready")
    requests: queue.Queue[Any] = queue.Queue()
    threading.Thread(target=_read_requests, args=(conn, requests), daemon=True).start()
    while True:
        request = requests.get()
        if request is None:
            return
        uri, data = request
        safe = core.safe_uri(uri)
        conn.send(("started", safe, time.monotonic()))
        if data is None:  # only the name was asked
            continue
        try:
            outcome = core.outcome(safe, data)
        except MemoryError:
            outcome = failure_outcome(
                failure(safe, data, "process", "too_large", "memory cap exceeded", "MemoryError")
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


@dataclass(slots=True)
class _Job:
    uri: str
    data: bytes | None  # None: only the redacted name is asked
    tag: Any
    sent: bool = False  # to the child now serving


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
        self._jobs: deque[_Job] = deque()  # submitted, result not yet collected

    def spawn(self) -> None:
        """Start the child without waiting for it: its imports and model loading overlap whatever the
        caller does next (see `prestart`)."""
        if self._pending is not None or self._conn is not None:
            return
        early = early_child.take()
        if early is not None:  # warmed up already: it builds its core from these resources
            self._proc, self._pending = early
            with contextlib.suppress(BrokenPipeError, ConnectionResetError, OSError):
                # (if it died warming up, `_start` finds out and reports it)
                self._pending.send((self.resources, self.memory_mb))
            return
        # One document at a time per child: BLAS and OpenMP thread pools would only spin on the
        # cores the other workers use (CPU time was twice the wall time). Set before the spawn, so
        # the child's numpy starts with them.
        for name in early_child.THREAD_POOLS:
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

    # pipelined service -----------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        """Requests submitted whose result has not been collected."""
        return len(self._jobs)

    def submit(self, uri: str, data: bytes | None, tag: Any = None) -> None:
        """Send a document (or, with `data` None, only its name, for an input that is not read) to the
        child without waiting; `result` returns the answers in the order of submission."""
        job = _Job(uri, data, tag)
        self._jobs.append(job)
        if all(j.sent for j in self._jobs if j is not job):
            self._send(job)  # else a fresh child takes all the unsent ones in order (`result`)

    def result(self) -> tuple[Any, str, Outcome | None]:
        """(tag, redacted URI, outcome) of the oldest submitted request, its outcome None when only
        the name was asked. A request the child does not finish within the deadline, or dies on,
        gets a failure outcome (the name withheld if the child never answered for it), and the
        requests behind it go to a fresh child."""
        job = self._jobs[0]
        if not job.sent:
            self._stop()
            for queued in self._jobs:
                self._send(queued)
        safe, outcome = withheld_uri(job.uri), None
        try:
            conn = self._conn
            if conn is None or not job.sent:
                raise EOFError  # the fresh child died before it could take the request
            if not conn.poll(self.seconds):
                outcome = self._timed_out(job, safe)
            else:
                _, safe, started = conn.recv()
                if job.data is not None:
                    if conn.poll(max(0.0, started + self.seconds - time.monotonic())):
                        outcome = conn.recv()
                    else:
                        outcome = self._timed_out(job, safe)
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            code = self._proc.exitcode if self._proc is not None else None
            self._stop()
            if job.data is not None:
                message = f"document worker died (exit code {code}); memory cap or crash"
                outcome = failure_outcome(failure(safe, job.data, "process", "crashed", message))
        self._jobs.popleft()
        return job.tag, safe, outcome

    def _timed_out(self, job: _Job, safe: str) -> Outcome | None:
        self._stop()
        if job.data is None:
            return None
        return failure_outcome(
            failure(safe, job.data, "process", "timeout", f"document exceeded {self.seconds:g}s")
        )

    def _send(self, job: _Job) -> None:
        conn = self._conn or self._start()  # a child that cannot start at all ends the run (RuntimeError)
        try:
            conn.send((job.uri, job.data))
            job.sent = True
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the child is gone: `result` finds out, and a fresh child takes the request

    def _stop(self) -> None:
        """Stop the child after a failure (at once: it may be stuck); the requests still queued go
        to the next one."""
        if self._conn is not None and self._proc is not None:
            self._proc.kill()
        self.close(keep_jobs=True)
        for job in self._jobs:
            job.sent = False

    # one document at a time -------------------------------------------------------------------
    def safe_uri(self, uri: str) -> str:
        """The child's redacted form of the URI; withheld if the child cannot answer."""
        self.submit(uri, None)
        return self._drain_one()[1]

    def outcome(self, uri: str, data: bytes) -> Outcome:
        self.submit(uri, data)
        outcome = self._drain_one()[2]
        assert outcome is not None
        return outcome

    def _drain_one(self) -> tuple[Any, str, Outcome | None]:
        while len(self._jobs) > 1:  # earlier pipelined requests are answered first
            self.result()
        return self.result()

    def close(self, keep_jobs: bool = False) -> None:
        if not keep_jobs:
            self._jobs.clear()
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
    early_child.discard()
