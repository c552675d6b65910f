"""Progress of a running job, read from the result store as workers record their outcomes.

Workers may be other processes (or other machines), so progress is not counted in memory: the
store's chunks are the durable record, and their headers say how many documents finished and where
they went. On a terminal one line is redrawn; otherwise a line is logged every `log_every` seconds.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from types import TracebackType
from typing import TextIO

from . import result_store as store


class RunProgress:
    def __init__(
        self,
        out: str,
        total: int,
        reused: int,
        enabled: bool = True,
        stream: TextIO | None = None,
        poll: float = 1.0,
        log_every: float = 30.0,
    ) -> None:
        self.out = out
        self.total = total
        self.reused = reused
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.poll = poll
        self.log_every = log_every
        self.kinds: Counter[str] = Counter()
        self._seen = set(store.chunk_paths(out)) if self.enabled else set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = 0.0

    def __enter__(self) -> RunProgress:
        if self.enabled:
            self._started = time.monotonic()
            self._thread = threading.Thread(target=self._watch, name="gongmun-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join(timeout=5)
            if self._tty:
                self.stream.write("\n")
                self.stream.flush()

    @property
    def _tty(self) -> bool:
        return bool(getattr(self.stream, "isatty", lambda: False)())

    def refresh(self) -> None:
        """Count the chunks written since the last look."""
        for path in store.chunk_paths(self.out):
            if path not in self._seen:
                self._seen.add(path)
                self.kinds.update(entry.kind for entry in store.read_chunk_keys(path))

    def line(self) -> str:
        done = sum(self.kinds.values())
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed
        eta = f"{(self.total - done) / rate:,.0f}s" if rate > 0 and done < self.total else "-"
        routes = ", ".join(f"{k} {self.kinds[k]}" for k in ("corpus", "excluded", "failed") if self.kinds[k])
        reused = f" (+{self.reused} reused)" if self.reused else ""
        return f"gongmun run: {done}/{self.total} documents{reused}, {rate:.1f} docs/s, ETA {eta}" + (
            f"; {routes}" if routes else ""
        )

    def _watch(self) -> None:
        last_log = time.monotonic()
        while not self._stop.wait(self.poll):
            try:
                self.refresh()
            except Exception:
                continue  # progress is best-effort; the run itself decides success
            if self._tty:
                self.stream.write("\r\x1b[2K" + self.line())
                self.stream.flush()
            elif time.monotonic() - last_log >= self.log_every:
                last_log = time.monotonic()
                self.stream.write(self.line() + "\n")
                self.stream.flush()
