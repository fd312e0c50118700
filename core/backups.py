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
        finally:
            destination.close()
        if result != "ok":
            raise BackupError(f"the copy of the workspace did not verify: {result}")
        os.replace(tmp_name, target)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def backup(workspace, reason: str) -> Path:
    """A verified copy of ``workspace`` in the data directory's backups folder."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir() / f"{workspace.path.stem}.{stamp}.{reason}.parley"
    copy_database(workspace.db.conn, target)
    rotate(workspace.path.stem)
    return target


def backups_of(stem: str) -> list[Path]:
    """This workspace's backups, newest first."""
    return sorted(backup_dir().glob(f"{stem}.*.parley"), key=lambda p: p.name, reverse=True)


def rotate(stem: str, keep: int = KEEP) -> None:
    for old in backups_of(stem)[keep:]:
        old.unlink(missing_ok=True)
