"""Checks that run before Parley writes a byte to a file: is it SQLite, is
it a Parley workspace, is it from this version or an older one, is it whole.

Everything here reads through read-only connections (or the writer's own,
before it writes), so a file that fails is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from . import schema

SQLITE_HEADER = b"SQLite format 3\x00"


class WorkspaceError(Exception):
    """A workspace cannot be opened or changed; the message is for the user, on one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class NewerWorkspaceError(WorkspaceError):
    """The file was written by a newer Parley; it is left untouched."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a Parley workspace (or is not SQLite at all)."""


class DamagedWorkspaceError(WorkspaceError):
    """The file is a workspace SQLite cannot read whole; it is left untouched."""


class LockedWorkspaceError(WorkspaceError):
    """Another Parley has the workspace open; only one may write to it."""


@dataclass(frozen=True)
class FileVersion:
    user_version: int
    application_id: int
    migrations: tuple[str, ...]
    has_tables: bool


def read_file_version(path: Path, quick_check: bool = True) -> FileVersion | None:
    """Read a file's schema version without writing to it.

    Returns None for a missing or empty file (a new workspace). Raises
    NotAWorkspaceError for anything that is not an SQLite database, and
    DamagedWorkspaceError when SQLite's quick check fails. (On a read-only
    connection SQLite skips CHECK constraints in that check; writers check
    again on their own connection, see ``open_workspace``.)
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotAWorkspaceError(f"{path.name} is not a Parley workspace (not an SQLite database).")
    from .file_access import connect_read_only  # (a read-only folder is read as immutable)

    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"Cannot read {path.name}: {exc}.") from exc
    conn.text_factory = lenient_text
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if quick_check and application_id == schema.APPLICATION_ID:
            _quick_check(conn, path)
        names: tuple[str, ...] = ()
        if schema.migrations.migrations_table in tables:
            names = tuple(
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM [{schema.migrations.migrations_table}] WHERE migration_set = ?",
                    [schema.MIGRATION_SET],
                )
            )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspaceError(f"{path.name} is damaged or unreadable ({exc}); it was left unchanged.") from exc
    finally:
        conn.close()
    return FileVersion(user_version, application_id, names, bool(tables))


def lenient_text(data: bytes) -> str:
    """Text as stored; bytes damaged out of UTF-8 show as U+FFFD instead of stopping Parley."""
    return data.decode("utf-8", "replace")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspaceError(f"{path.name} is damaged or unreadable ({exc}); it was left unchanged.") from exc
    if check != "ok":
        detail = check.replace("*** in database main ***", "")[:160]
        raise DamagedWorkspaceError(f"{path.name} is damaged ({detail}); it was left unchanged.")


def check_openable(path: Path, quick_check: bool = True) -> None:
    """Raise a WorkspaceError if this Parley must not write to ``path``."""
    version = read_file_version(path, quick_check)
    if version is None:
        return
    name = Path(path).name
    if version.has_tables and version.application_id != schema.APPLICATION_ID:
        raise NotAWorkspaceError(f"{name} is an SQLite database but not a Parley workspace; it was left unchanged.")
    unknown = sorted(set(version.migrations) - set(schema.known_migration_names()))
    if version.user_version > schema.SCHEMA_VERSION or unknown:
        raise NewerWorkspaceError(
            f"{name} was written by a newer version of Parley (schema {version.user_version}; "
            f"this version reads up to {schema.SCHEMA_VERSION}). It was left unchanged: "
            "open it with a newer Parley."
        )


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (analysts' notes are sensitive)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _check_migration_record(db: Database, path: Path, pending: int) -> None:
    """A file whose version says a migration ran, but whose record says it did not, is damaged:
    running the migration again would write to it on a false premise."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION - pending:
        raise DamagedWorkspaceError(f"{path.name} is damaged (its record of upgrades does not match its "
                                    "version); it was left unchanged.")
