"""Checks that run before Parley writes a byte to a file: is it SQLite, is
it a Parley workspace, is it from this version or an older one, is it whole.

Everything here reads through read-only connections (or the writer's own,
before it writes), so a file that fails is left exactly as it was. The schema
is compared with Parley's own before SQLite evaluates anything in the file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core.i18n import translate
from core.store import schema
from core.store.schema_guard import guarded_connection, schema_differences

# Up to this size a workspace gets SQLite's integrity_check and the row check
# before it is opened, in the foreground: opening an 8 MiB workspace (7,800
# positions) takes 0.74 s on the 2-core development machine, nearly all of it
# the row check. A larger file gets quick_check, then both checks in a
# background process that every write waits for (240,000 positions, 239 MiB:
# integrity_check 1.2 s, row check 20 s). ``python -m tests.benchmarks.file_checks``.
FULL_CHECK_BYTES = 8 * 1024 * 1024

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


class UnexpectedSchemaError(NotAWorkspaceError):
    """The file's schema holds something Parley does not make (a trigger, a view, ...); refused unread."""


class UnusableRowsError(DamagedWorkspaceError):
    """A row breaks the rules a JSON import checks (types, dates, colours, references)."""


class LockedWorkspaceError(WorkspaceError):
    """Another Parley has the workspace open; only one may write to it."""


@dataclass(frozen=True)
class FileVersion:
    user_version: int
    application_id: int
    migrations: tuple[str, ...]
    has_schema: bool  # the file holds any table, view, index or trigger: it is not a blank database


def read_file_version(path: Path, check: str = "quick", name: str | None = None) -> FileVersion | None:
    """Read a file's schema version without writing to it or running anything in it.

    Returns None for a missing or empty file (a new workspace). Raises
    NotAWorkspaceError for anything that is not an SQLite database,
    UnexpectedSchemaError for a Parley file whose schema holds anything
    Parley does not make (compared before SQLite evaluates any of it, see
    ``schema_guard``), and DamagedWorkspaceError when SQLite's check fails.
    ``check`` is "quick" (``quick_check``), "full" (``integrity_check``,
    which also compares every index with its table) or "none". ``name`` is
    the file's name in messages (a copy is checked under its original's name).

    The schema is compared whenever the file carries Parley's application
    id, whatever it holds: a file with a view and no table is not let
    through as a blank one.
    """
    path = Path(path)
    name = name or path.name
    if not path.exists() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotAWorkspaceError(translate("FileChecks", "{name} is not a Parley workspace (not an SQLite database).").format(name=name))
    try:
        conn = guarded_connection(path)
    except sqlite3.Error as exc:
        raise WorkspaceError(translate("FileChecks", "Cannot read {name}: {exc}.").format(name=name, exc=exc)) from exc
    conn.text_factory = lenient_text
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_schema = conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
        names: tuple[str, ...] = ()
        if application_id == schema.APPLICATION_ID and user_version <= schema.SCHEMA_VERSION:
            _check_schema(conn, name, user_version)
            conn.set_authorizer(None)  # the schema is Parley's own: its CHECKs and triggers may run
            if check != "none":
                _quick_check(conn, name, full=check == "full")
            names = tuple(
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM [{schema.migrations.migrations_table}] WHERE migration_set = ?",
                    [schema.MIGRATION_SET],
                )
            )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspaceError(translate("FileChecks", "{name} is damaged or unreadable ({exc}); it was left unchanged.").format(name=name, exc=exc)) from exc
    finally:
        conn.close()
    return FileVersion(user_version, application_id, names, has_schema)


def _check_schema(conn: sqlite3.Connection, name: str, user_version: int) -> None:
    problems = (schema_differences(conn, user_version) if user_version >= 1
                else ["no schema version, yet Parley's mark"])
    if problems:
        more = (translate("FileChecks", " (and 1 more difference)") if len(problems) == 2 else
                translate("FileChecks", " (and {count} more differences)").format(count=len(problems) - 1)
                if len(problems) > 2 else "")
        raise UnexpectedSchemaError(translate("FileChecks", "{name} has {value}{more}; it was not opened and was left unchanged.").format(name=name, value=problems[0], more=more))


def lenient_text(data: bytes) -> str:
    """Text as stored; bytes damaged out of UTF-8 show as U+FFFD instead of stopping Parley."""
    return data.decode("utf-8", "replace")


def _quick_check(conn: sqlite3.Connection, path: Path | str, full: bool = False) -> None:
    name = path if isinstance(path, str) else path.name
    try:
        check = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}(1)").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspaceError(translate("FileChecks", "{name} is damaged or unreadable ({exc}); it was left unchanged.").format(name=name, exc=exc)) from exc
    if check != "ok":
        detail = check.replace("*** in database main ***", "")[:160]
        raise DamagedWorkspaceError(translate("FileChecks", "{name} is damaged ({detail}); it was left unchanged.").format(name=name, detail=detail))


def check_openable(path: Path, check: str = "quick", name: str | None = None) -> FileVersion | None:
    """Raise a WorkspaceError if this Parley must not write to ``path``; ``check`` and ``name`` as for
    ``read_file_version``."""
    name = name or Path(path).name
    version = read_file_version(path, check, name)
    if version is None:
        return None
    if version.has_schema and version.application_id != schema.APPLICATION_ID:
        raise NotAWorkspaceError(translate("FileChecks", "{name} is an SQLite database but not a Parley workspace; it was left unchanged.").format(name=name))
    unknown = sorted(set(version.migrations) - set(schema.known_migration_names()))
    if version.user_version > schema.SCHEMA_VERSION or unknown:
        raise NewerWorkspaceError(
            f"{name} was written by a newer version of Parley (schema {version.user_version}; "
            f"this version reads up to {schema.SCHEMA_VERSION}). It was left unchanged: "
            "open it with a newer Parley."
        )
    if version.has_schema and set(version.migrations) != set(schema.known_migration_names()[:version.user_version]):
        raise DamagedWorkspaceError(translate("FileChecks", "{name} is damaged (its record of upgrades does not match its version); it was left unchanged.").format(name=name))
    return version


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (analysts' notes are sensitive)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _check_migration_record(db: Database, path: Path, pending: int) -> None:
    """A file whose version says a migration ran, but whose record says it did not, is damaged:
    running the migration again would write to it on a false premise."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION - pending:
        raise DamagedWorkspaceError(translate("FileChecks", "{path} is damaged (its record of upgrades does not match its version); it was left unchanged.").format(path=path.name))


def check_search_indexes(conn: sqlite3.Connection, path: Path) -> None:
    """FTS5's own integrity check of each full-text index, on the writer's connection before it writes.

    SQLite's integrity_check (3.40 here) does not look inside FTS5's shadow
    tables, yet a damaged one makes every later edit of a position fail
    ("invalid fts5 file format") or search raise "malformed". The check is an
    ``INSERT`` that writes nothing, so it needs a writable connection; it
    also compares each index with its rows (``rank`` 1), prefix indexes
    (m005) included. Measured on the 240,000-position workspace: 1.3 s at
    schema 4; 2.3-2.7 s at schema 5 against 1.7-2.0 s at schema 4 in one
    run on a busy machine (``python -m tests.benchmarks.file_checks``).
    A damaged index is refused in one line and the file left as it was.
    """
    indexes = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'")]
    outside_transaction = not conn.in_transaction
    try:
        for index in indexes:
            try:
                conn.execute(f"INSERT INTO [{index}]([{index}], rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                detail = " ".join(str(exc).split())[:120]
                raise DamagedWorkspaceError(translate("FileChecks", "{path} has a damaged search index ({index}: {detail}); it was left unchanged.").format(path=path.name, index=index, detail=detail)) from exc
    finally:
        if outside_transaction and conn.in_transaction:  # Python's sqlite3 opened one for the INSERT
            conn.rollback()
