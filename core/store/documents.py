"""A workspace's rows as a document, and the row check every workspace file passes.

A ``.parley`` file from a colleague is untrusted input, as a JSON file is,
and so, once it has been received, is any file Parley opens. Its schema is
compared with Parley's before SQLite evaluates anything in it
(``schema_guard``); then every row is checked here with the rules of a JSON
import (``domain.document.check_document``, the one checker for both).

A file from outside is read through a copy made with SQLite's backup API,
so it is never opened for writing, and it is the copy that is checked and
read: a file swapped for another between a check and a read (a race on a
shared folder) cannot slip past the checks. The copy lives in the data directory's
``scratch`` folder (private, never the shared temporary folder) under a
name ``atomic_files.sweep_partials`` recognises: removed when the read ends
however it ends, and, after a kill, by the sweep of that folder at the next
merge or start.
"""

from __future__ import annotations

import sqlite3
import typing
from functools import lru_cache
from pathlib import Path

from core.domain.document import FORMAT_NAME, FORMAT_VERSION, DocumentError, check_document
from core.domain.records import field_names
from core.domain.registry import REGISTRY, Registry
from core.i18n import translate
from core.store import atomic_files, schema
from core.store.file_checks import DamagedWorkspaceError, FileVersion, UnusableRowsError, lenient_text
from core.store.paths import data_dir


def export_document(workspace) -> dict:
    """Every row of the workspace, table by table in the registry's order, rows by id.

    One query per table, each row a dict made straight from its tuple (no
    record in between: 240,000 positions); a boolean column comes out as
    true or false, as its record would give it (``Position.stated``).
    """
    document: dict = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    for table in workspace.registry:
        names = field_names(table.record)
        rows = [dict(zip(names, row)) for row in _all_rows(workspace.db.conn, table.name, names)]
        for flag in _boolean_fields(table.record):
            for row in rows:
                row[flag] = bool(row[flag])
        document[table.name] = rows
    return document


def _all_rows(conn: sqlite3.Connection, table: str, names: tuple[str, ...]) -> list[tuple]:
    """Every row of ``table`` by id, its text decoded by sqlite3 itself when it is all UTF-8.

    The connection's own text factory (``lenient_text``) is a Python call for
    every text value, 400,000 of them on the 500-issue workspace; sqlite3's
    ``str`` decodes in C and refuses bytes that are not UTF-8, and only then
    is the table read again with the connection's factory. The connection is
    used by one thread at a time, so no other read sees the change.
    """
    sql = f"SELECT {', '.join(f'[{name}]' for name in names)} FROM [{table}] ORDER BY id"
    factory = conn.text_factory
    if factory is str:
        return conn.execute(sql).fetchall()
    conn.text_factory = str
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        if "decode" not in str(exc):
            raise
    finally:
        conn.text_factory = factory
    return conn.execute(sql).fetchall()  # some text is not UTF-8: the connection's factory reads it


@lru_cache(maxsize=None)
def _boolean_fields(cls) -> tuple[str, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(name for name in field_names(cls) if hints[name] is bool)


def is_empty(workspace) -> bool:
    return all(workspace.db.execute(f"SELECT 1 FROM [{t.name}] LIMIT 1").fetchone() is None
               for t in workspace.registry)


# Reading an untrusted file can fail in ways that are the file's fault; each becomes one line.
FILE_FAULTS = (sqlite3.Error, UnicodeError, TypeError, ValueError, OverflowError, RecursionError)


def scratch_dir() -> Path:
    """Parley's private folder for copies of other files, swept of a killed process's copies."""
    path = data_dir() / "scratch"
    path.mkdir(mode=0o700, exist_ok=True)
    atomic_files.sweep_partials(path)
    return path


def checked_document(path: Path, registry: Registry = REGISTRY) -> dict:
    """Every row of the workspace at ``path``, checked as a JSON import is.

    Copies the file first, then checks the copy exactly as a workspace being
    opened is checked (schema, integrity_check, rows) and reads only the
    copy, upgraded to this Parley's schema if it is older; removes the copy
    whatever happens. An empty file is refused in one line.
    """
    from core.store.file_checks import NotAWorkspaceError, check_openable

    path = Path(path)
    copy = atomic_files.temporary_sibling(scratch_dir() / "received.parley")
    try:
        _copy_database(path, copy)
        version = check_openable(copy, check="full", name=path.name)
        if version is None or not version.has_schema:
            raise NotAWorkspaceError(translate("Documents", "{path} is empty, not a Parley workspace; it was left unchanged.").format(path=path.name))
        db = sqlite3.connect(copy, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.text_factory = lenient_text
            return _document_of(db, copy, path.name, registry)
        finally:
            db.close()
    finally:
        for leftover in (copy, *(Path(f"{copy}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def check_whole_file(path: Path, registry: Registry = REGISTRY, name: str | None = None) -> None:
    """Check a file exactly as a workspace being opened for writing is checked: the schema guard,
    integrity_check and every row. Raises a one-line WorkspaceError; an empty file is refused too."""
    from core.store.file_checks import NotAWorkspaceError, check_openable

    path = Path(path)
    name = name or path.name
    version = check_openable(path, check="full", name=name)
    if version is None or not version.has_schema:
        raise NotAWorkspaceError(translate("Documents", "{name} is empty, not a Parley workspace; it was left unchanged.").format(name=name))
    check_rows_of_file(path, version, registry, name)


def _copy_database(path: Path, copy: Path) -> None:
    from core.store.file_checks import SQLITE_HEADER, NotAWorkspaceError
    from core.store.schema_guard import guarded_connection

    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        raise NotAWorkspaceError(translate("Documents", "{path} is empty, not a Parley workspace; it was left unchanged.").format(path=path.name))
    if header != SQLITE_HEADER:
        raise NotAWorkspaceError(translate("Documents", "{path} is not a Parley workspace (not an SQLite database).").format(path=path.name))
    try:
        source = guarded_connection(path)
    except sqlite3.Error as exc:
        raise DamagedWorkspaceError(translate("Documents", "{path} could not be read ({exc}); it was left unchanged.").format(path=path.name, exc=exc)) from exc
    source.set_authorizer(None)  # the backup API reads pages; it evaluates nothing
    try:
        destination = sqlite3.connect(copy, isolation_level=None)
        try:
            destination.execute("PRAGMA synchronous = OFF")  # a throwaway copy: no need to wait for the disk
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    except sqlite3.Error as exc:
        raise DamagedWorkspaceError(translate("Documents", "{path} could not be read ({exc}); it was left unchanged.").format(path=path.name, exc=exc)) from exc
    finally:
        source.close()


def _document_of(conn: sqlite3.Connection, location: Path, name: str, registry: Registry) -> dict:
    from sqlite_utils import Database

    from core.store.workspace import Workspace

    db = Database(conn, execute_plugins=False)
    try:
        if schema.migrations.pending(db):
            schema.migrations.apply(db)
        return checked_rows(Workspace(location, db, read_only=True, registry=registry), name)
    except FILE_FAULTS as exc:
        raise DamagedWorkspaceError(translate("Documents", "{name} could not be read ({exc}); it was left unchanged.").format(name=name, exc=exc)) from exc


def checked_rows(workspace, name: str) -> dict:
    """The workspace as a document, refused with the first row a JSON import would refuse.

    The fast SQL check (``row_guard``) runs first, so no row is turned into
    a record before its types are known to be right.
    """
    from core.store.row_guard import check_rows_quickly

    check_rows_quickly(workspace.db.conn, name, workspace.registry)
    document = export_document(workspace)
    try:
        check_document(document, workspace.registry)
    except DocumentError as exc:
        raise UnusableRowsError(translate("Documents", "{name} holds a row Parley cannot use ({exc}); it was left unchanged.").format(name=name, exc=exc)) from None
    return document


def check_rows_of_file(path: Path, version: FileVersion, registry: Registry = REGISTRY,
                       name: str | None = None) -> None:
    """Check every row of an existing workspace before it is opened for writing.

    A current file is read in place, read-only; an older one through an
    upgraded copy, so that a file that fails is never upgraded either.
    """
    path = Path(path)
    name = name or path.name
    if version.user_version < schema.SCHEMA_VERSION:
        checked_document(path, registry)
        return
    from sqlite_utils import Database

    from core.store.schema_guard import guarded_connection
    from core.store.workspace import Workspace

    conn = guarded_connection(path)
    conn.set_authorizer(None)
    conn.text_factory = lenient_text
    try:
        checked_rows(Workspace(path, Database(conn, execute_plugins=False), read_only=True, registry=registry),
                     name)
    except FILE_FAULTS as exc:
        raise DamagedWorkspaceError(translate("Documents", "{name} could not be read ({exc}); it was left unchanged.").format(name=name, exc=exc)) from exc
    finally:
        conn.close()
