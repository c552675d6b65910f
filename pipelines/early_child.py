"""A document child started before anything else of a run, warming up while the parent imports Beam.

A document child (isolation.py) spends about four seconds on its imports, Kiwi's first calls and the
models before it serves anything, and until now it could start only once the parent knew the run's
resources (policy, the output's secret), which was after the parent had imported Beam (about two and a
half seconds more). This child starts at once, builds a throwaway document core to warm every
process-wide cache, and then waits for its real resources: the core it serves is built from those,
exactly as a child started later would build it (a second core costs about 0.1 s).

This module imports only the standard library, so starting the child costs the parent nothing before
it. Used by `gongmun run` in its own process and by each local worker process (beam_worker.py); the
first IsolatedCore to spawn takes the child (`take`), and a child nobody takes is stopped (`discard`).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from multiprocessing.connection import Connection
from typing import Any

_EARLY: list[tuple[Any, Connection]] = []  # (process, parent end of its pipe), at most one
# numerical libraries' thread pools, held to one thread in every document child (see isolation.py)
THREAD_POOLS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def start(policy: Any = None) -> None:
    """Spawn the warming child now (once per process); `policy` (else the packaged one) warms it."""
    config: dict[str, Any] = getattr(mp.current_process(), "_config", {})
    if _EARLY or config.get("daemon"):
        return  # (a daemonic process may not start children; isolation lifts that only for its own)
    ctx = mp.get_context("spawn")
    for name in THREAD_POOLS:
        os.environ.setdefault(name, "1")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_warm_then_serve, args=(child, policy), daemon=True)
    proc.start()
    child.close()
    _EARLY.append((proc, parent))


def take() -> tuple[Any, Connection] | None:
    """The warming child and its pipe, once: the taker sends it `(resources, memory_mb)` first."""
    return _EARLY.pop() if _EARLY else None


def discard() -> None:
    """Stop a warming child nobody took (nothing to process, or the documents ran elsewhere)."""
    while _EARLY:
        proc, conn = _EARLY.pop()
        conn.close()
        proc.kill()
        proc.join(timeout=5)


def _warm_then_serve(conn: Connection, policy: Any) -> None:
    try:
        _warm_up(policy)
        request = conn.recv()
    except BaseException:  # the parent went away (EOF) or the warm-up could not even import
        os._exit(0)
    from .isolation import _serve

    resources, memory_mb = request
    _serve(conn, resources, memory_mb)


def _warm_up(policy: Any) -> None:
    """Build and drop one document core: Kiwi, the name and sensitivity models and every lazily built
    table are then in this process's caches. It reads no input document, so it runs before the memory
    cap, which the real resources bring. A failure here is ignored: the real core is built from the
    real resources afterwards and reports its own errors."""
    try:
        from gongmun.schemas.policy import load_policy

        from .core import DocumentCore
        from .stage import Resources

        DocumentCore(Resources(policy if policy is not None else load_policy(None), os.urandom(32)))
    except Exception:
        pass
