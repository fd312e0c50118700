"""One writer per workspace: an exclusive lock held while a workspace is open.

The lock is ``flock`` on a hidden file beside the workspace
(``.NAME.parley.lock``), never on the database file itself: closing any
descriptor of the database would drop SQLite's own POSIX locks on it. The
kernel releases the lock when the process ends, even by ``kill -9``, so a
crash never leaves a workspace locked.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class WorkspaceLockedError(OSError):
    """Another Parley holds the workspace; the message names it."""


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class WorkspaceLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(lock_path(self.path), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise WorkspaceLockedError(
                f"{self.path.name} is open in another Parley (process {holder}); "
                "close it there first. Nothing was changed."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
