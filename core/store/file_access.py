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

from core.i18n import translate
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
        return translate("FileAccess", "the folder holding {real} ({folder}) is read-only").format(real=real.name, folder=folder)
    if real.exists() and not os.access(real, os.W_OK):
        return translate("FileAccess", "{real} is a read-only file").format(real=real.name)
    return None


def refuse_read_only(path: str | os.PathLike) -> None:
    reason = why_not_writable(path)
    if reason:
        raise ReadOnlyWorkspaceError(translate("FileAccess", "{name} can only be read: {reason}. Nothing was changed.").format(name=Path(path).name, reason=reason))


def read_only_uri(path: str | os.PathLike, leave_no_files: bool = False) -> str:
    """An SQLite URI that reads ``path`` without writing anything, even in a read-only folder.

    ``leave_no_files``: also open a WAL-mode file with no ``-wal`` beside it
    (no Parley has it open, nothing unsaved) ``immutable``, so SQLite creates
    no ``-wal`` and ``-shm`` beside a file read for a moment (a file that may
    yet be refused, ``parley read``). Not for a handle kept open: a Parley
    that opens the file later for writing would change it under the reader.
    """
    real = Path(path).resolve()
    uri = real.as_uri() + "?mode=ro"
    wal = Path(f"{real}-wal")
    unsaved = wal.exists() and wal.stat().st_size > 0
    read_only_folder = real.parent.is_dir() and not os.access(real.parent, os.W_OK)
    idle_wal = leave_no_files and is_wal_mode(real) and not wal.exists()
    if (read_only_folder and not unsaved) or idle_wal:
        uri += "&immutable=1"
    return uri


def is_wal_mode(path: str | os.PathLike) -> bool:
    """Bytes 18 and 19 of an SQLite header are 2 for a database in WAL mode."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def connect_read_only(path: str | os.PathLike) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def is_disk_full(exc: BaseException) -> bool:
    """True for an error that means the disk (or the user's quota) is full."""
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in FULL_ERRNOS


def disk_full_message(folder: str | os.PathLike) -> str:
    return translate("FileAccess", "the disk holding {folder} is full; nothing was changed").format(folder=folder)


def open_or_read_only(path: str | os.PathLike):
    """Open a workspace for writing, or, where Parley may only read it, for reading (``read_only``)."""
    from core.store.workspace import open_workspace

    try:
        return open_workspace(path)
    except ReadOnlyWorkspaceError:
        return open_workspace(path, read_only=True)


def is_parley_workspace(path: str | os.PathLike) -> bool:
    """True for an SQLite file carrying Parley's application id (read from its header, nothing run)."""
    from core.store.file_checks import SQLITE_HEADER
    from core.store.schema import APPLICATION_ID

    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return len(header) == 72 and header.startswith(SQLITE_HEADER) and \
        int.from_bytes(header[68:72], "big") == APPLICATION_ID


def refuse_workspace_as_output(output: str | os.PathLike, workspace: str | os.PathLike | None = None) -> None:
    """Refuse, in one line, an export whose target is a workspace or one of its files.

    An export replaces whatever is at its target. Refused (through symlinks
    and hard links): the workspace being exported, its ``-wal``, ``-shm`` and
    ``-journal`` files and its lock file, and any existing Parley workspace,
    or a journal or lock file of one. Nothing is changed.
    """
    from core.store.locking import lock_path, real_path

    target = real_path(output)
    owners = {target}
    for suffix in ("-wal", "-shm", "-journal"):
        if target.name.endswith(suffix):
            owners.add(target.with_name(target.name[:-len(suffix)]))
    if target.name.startswith(".") and target.name.endswith(".lock"):
        owners.add(target.with_name(target.name[1:-len(".lock")]))
    if workspace is not None:
        own = real_path(workspace)
        mine = {own, *(Path(f"{own}{s}") for s in ("-wal", "-shm", "-journal")), lock_path(own)}
        if target in mine or (target.exists() and own.exists() and os.path.samefile(target, own)):
            raise WorkspaceError(translate("FileAccess", "{name} is the workspace itself or one of its files; choose another file to export to. Nothing was written.").format(name=Path(output).name))
    for owner in owners:
        if is_parley_workspace(owner):
            what = (translate("FileAccess", "a Parley workspace") if owner == target else
                    translate("FileAccess", "a file of the Parley workspace {workspace}").format(workspace=owner.name))
            raise WorkspaceError(translate("FileAccess", "{file} is {what}; an export never replaces one. "
                                                         "Choose another file. Nothing was written.").format(
                file=Path(output).name, what=what))
