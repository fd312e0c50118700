"""Whether Parley may write where a workspace lives, and what to say when it cannot.

A workspace in a read-only folder, or a read-only file, is not damaged: it
opens read-only (the window says so) and exports still work. SQLite cannot
open a WAL-mode database read-only in a folder where it cannot create the
``-shm`` file, so there it is opened as immutable, which is safe because
nobody can write beside it either (unless a ``-wal`` with unsaved pages is
there, which immutable reading would miss).

A full disk is a full disk: ``disk_full_message`` names it, instead of
calling the workspace damaged.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from core.store.file_checks import WorkspaceError

SQLITE_FULL = 13
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class ReadOnlyWorkspaceError(WorkspaceError):
    """Parley may read the workspace but not write it (read-only folder or file); nothing was changed."""


def why_not_writable(path: str | os.PathLike) -> str | None:
    """Why Parley cannot write the workspace at ``path`` (through any symlink), or None when it can.

    ``os.access`` answers for this user, including a read-only file system
    and Linux's immutable flag; on Windows it sees a file's read-only
    attribute but not a folder's access rules (untested there).
    """
    real = Path(os.path.realpath(path))
    folder = real.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the folder holding {real.name} ({folder}) is read-only"
    if real.exists() and not os.access(real, os.W_OK):
        return f"{real.name} is a read-only file"
    return None


def refuse_read_only(path: str | os.PathLike) -> None:
    reason = why_not_writable(path)
    if reason:
        raise ReadOnlyWorkspaceError(f"{Path(path).name} can only be read: {reason}. Nothing was changed.")


def read_only_uri(path: str | os.PathLike) -> str:
    """An SQLite URI that reads ``path`` without writing anything, even in a read-only folder."""
    real = Path(path).resolve()
    uri = real.as_uri() + "?mode=ro"
    wal = Path(f"{real}-wal")
    unsaved = wal.exists() and wal.stat().st_size > 0
    if real.parent.is_dir() and not os.access(real.parent, os.W_OK) and not unsaved:
        uri += "&immutable=1"
    return uri


def connect_read_only(path: str | os.PathLike) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def is_disk_full(exc: BaseException) -> bool:
    """True for an error that means the disk (or the user's quota) is full."""
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in FULL_ERRNOS


def disk_full_message(folder: str | os.PathLike) -> str:
    return f"the disk holding {folder} is full; nothing was changed"


def open_or_read_only(path: str | os.PathLike):
    """Open a workspace for writing, or, where Parley may only read it, for reading (``read_only``)."""
    from core.store.workspace import open_workspace

    try:
        return open_workspace(path)
    except ReadOnlyWorkspaceError:
        return open_workspace(path, read_only=True)
