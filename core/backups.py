"""Copies of a workspace, made with SQLite's backup API and verified.

Never a raw file copy of an open database (it can catch a half-written
page); the backup API copies a consistent snapshot even while the workspace
is open. Each copy is checked with ``PRAGMA integrity_check`` and kept
private (0600); the oldest are removed past ``KEEP`` per workspace.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from .paths import data_dir

KEEP = 20


class BackupError(OSError):
    """A copy could not be written or did not verify."""


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database to ``target`` (via a temporary file), verified, mode 0600."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(tmp_name, 0o600)
    try:
        destination = sqlite3.connect(tmp_name)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
            result = destination.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        finally:
            destination.close()
        if result != "ok":
            detail = " ".join(result.replace("*** in database main ***", "").split())[:160]
            raise BackupError(f"the copy of the workspace did not pass SQLite's integrity check ({detail}); "
                              "the workspace itself may be damaged")
        os.replace(tmp_name, target)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def backup(workspace, reason: str) -> Path:
    """A verified copy of ``workspace`` in the data directory's backups folder."""
    return backup_connection(workspace.db.conn, workspace.path, reason)


def backup_connection(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir() / f"{Path(path).stem}.{stamp}.{reason}.parley"
    copy_database(conn, target)
    rotate(Path(path).stem)
    return target


def backup_file(path: Path, reason: str) -> Path:
    """Back up a workspace through a connection of its own (safe from another thread)."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return backup_connection(conn, path, reason)
    finally:
        conn.close()


def backups_of(stem: str) -> list[Path]:
    """This workspace's backups, newest first."""
    return sorted(backup_dir().glob(f"{stem}.*.parley"), key=lambda p: p.name, reverse=True)


def rotate(stem: str, keep: int = KEEP) -> None:
    for old in backups_of(stem)[keep:]:
        old.unlink(missing_ok=True)


def verified(path: Path) -> bool:
    """True when SQLite's integrity check passes on ``path`` (read-only)."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def newest_good_backup(stem: str) -> Path | None:
    return next((p for p in backups_of(stem) if verified(p)), None)


def describe(path: Path) -> str:
    """'2026-11-26 20:15:40 · before-merge' from a backup's name."""
    parts = path.name.split(".")
    try:
        when = datetime.strptime(parts[-3], "%Y%m%d-%H%M%S-%f").strftime("%Y-%m-%d %H:%M:%S")
        return f"{when} · {parts[-2]}"
    except (ValueError, IndexError):
        return path.name


def set_aside(path: Path) -> Path:
    """Rename a damaged workspace (and its journal files) to NAME.damaged, never over another file."""
    path = Path(path)
    target = path.with_name(path.name + ".damaged")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{n}.damaged")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{path}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{target}{suffix}"))
    return target


def restore(backup_path: Path, workspace_path: Path) -> Path | None:
    """Put a verified backup in place of the workspace; returns the copy made of the current file.

    The current workspace is backed up first (so a restore can itself be
    undone by restoring that copy). The caller must not have the workspace
    open; another Parley holding it makes this fail with nothing changed.
    """
    from .locking import WorkspaceLock

    backup_path, workspace_path = Path(backup_path), Path(workspace_path)
    if not verified(backup_path):
        raise BackupError(f"{backup_path.name} does not pass SQLite's integrity check; nothing was restored")
    lock = WorkspaceLock(workspace_path)
    lock.acquire()
    try:
        current = backup_file(workspace_path, "before-restore") if workspace_path.exists() else None
        source = sqlite3.connect(backup_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            staged = workspace_path.with_name(f".{workspace_path.name}.restoring")
            copy_database(source, staged)
        finally:
            source.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{workspace_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, workspace_path)
    finally:
        lock.release()
    return current
