"""One run at a time per output directory.

An advisory `flock` on DIR/.lock, held for the whole run. The kernel drops it when the process dies,
so a killed run never leaves a stale lock behind. Object stores have no locks: for gs:// and s3://
outputs the caller is told so once, and runs are expected to be scheduled one per prefix.
"""

from __future__ import annotations

import os
from types import TracebackType

LOCK_NAME = ".lock"


class OutputLocked(Exception):
    """Another run holds the output directory."""


class OutputLock:
    def __init__(self, out: str) -> None:
        self.out = out
        self._fd: int | None = None

    @property
    def enforced(self) -> bool:
        return "://" not in self.out

    def __enter__(self) -> OutputLock:
        if not self.enforced:
            return self
        import fcntl

        os.makedirs(self.out, exist_ok=True)
        fd = os.open(os.path.join(self.out, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "another process"
            os.close(fd)
            raise OutputLocked(
                f"{self.out} is in use by another gongmun run (pid {holder}); wait for it or use another --out"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the flock
            self._fd = None
