"""One writer per workspace: an exclusive lock held while a workspace is open.

The lock belongs to the real file, not to the path as typed: the path is
resolved through symlinks first, so a window that opened ``shared/talks.parley``
(a link) and a command given ``talks.parley`` (its target) take the same lock.

The lock is a hidden file beside the real workspace (``.NAME.parley.lock``),
never the database file itself: closing any descriptor of the database would
drop SQLite's own POSIX locks on it. It is taken with the ``filelock``
library, which uses ``flock`` on Unix and ``LockFileEx`` on Windows; the
operating system lets go when the process ends, even by ``kill -9``, so a
crash never leaves a workspace locked. filelock opens the lock file with
``O_NOFOLLOW`` (no reparse points on Windows) and never truncates it, so a
symlink planted at the lock's path is refused instead of followed, and
nothing is ever written through it.

On acquiring, the writer sweeps the folder of temporary files that a killed
writer left there (``atomic_files.sweep_partials``): taking the lock is the
moment a Parley starts writing beside the workspace.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from filelock import FileLock, Timeout

from core.i18n import translate
from core.store.atomic_files import sweep_partials

SYMLINK_ERRNOS = {errno.ELOOP, errno.EMLINK}  # what O_NOFOLLOW gives for a symlink (Linux, macOS / FreeBSD)


class WorkspaceLockedError(OSError):
    """Another Parley holds the workspace, or its lock cannot be taken safely; the message says which."""


def real_path(path: str | os.PathLike) -> Path:
    """The file a path names after every symlink is followed (the path itself where nothing exists yet)."""
    return Path(os.path.realpath(os.path.abspath(path)))


def lock_path(path: str | os.PathLike) -> Path:
    real = real_path(path)
    return real.with_name(f".{real.name}.lock")


def _naming(path: Path, real: Path) -> str:
    """The workspace as the user named it, and the real file when a link led there."""
    return path.name if real == Path(os.path.abspath(path)) else translate("Locking", "{path} (the workspace {real})").format(path=path.name, real=real)


class WorkspaceLock:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.real = real_path(path)
        # thread_local=False: the window may close its workspace from another thread than it opened it.
        self._lock = FileLock(lock_path(self.real), timeout=0, mode=0o600, thread_local=False)

    def acquire(self) -> None:
        lock_file = lock_path(self.real)
        self.created = not lock_file.exists()
        try:
            self._lock.acquire()
        except Timeout:
            raise WorkspaceLockedError(
                translate("Locking", "{naming} is open in another Parley; close it there first. Nothing was changed.").format(naming=_naming(self.path, self.real))
            ) from None
        except OSError as exc:
            if exc.errno in SYMLINK_ERRNOS or lock_file.is_symlink():
                raise WorkspaceLockedError(
                    translate("Locking", "{path} was not opened: its lock file {lock_file} is a symbolic link, which Parley never follows. Remove that link. Nothing was changed.").format(path=self.path.name, lock_file=lock_file)
                ) from None
            raise
        sweep_partials(self.real.parent)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def release_refused(self) -> None:
        """Release after refusing to open the workspace, and remove the lock file if this lock made it,
        so a refused file is left with nothing new beside it. (Another Parley that opened the file in the
        instant between the two would lock a file no longer there; the next opener makes a new one.)"""
        self.release()
        if getattr(self, "created", False):
            try:
                lock_path(self.real).unlink(missing_ok=True)
            except OSError:
                pass  # Windows: another process has it open; it is empty and harmless
