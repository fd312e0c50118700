"""Workspace files from outside: the other side of a merge, and the row check Open shares.

A ``.parley`` file from a colleague is untrusted input, as a JSON file is.
``read_other`` refuses it unless its schema is exactly Parley's (compared
before SQLite evaluates anything in it) and SQLite's full integrity check
passes; then it reads it through a copy made with SQLite's backup API, so
their file is never opened for writing, and checks every row with the rules
of a JSON import (``interchange.check_document``, the one checker for both).

The copy lives in the data directory's ``scratch`` folder (private, never
the shared temporary folder) under a name ``atomic_files.sweep_partials``
recognises: removed when the read ends however it ends, and, after a kill,
by the sweep of that folder at the next merge or start.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import atomic_files, schema
from .file_checks import (
    DamagedWorkspaceError,
    FileVersion,
    NotAWorkspaceError,
    UnusableRowsError,
    check_openable,
    lenient_text,
)
from .paths import data_dir

# Reading an untrusted file can fail in ways that are the file's fault; each becomes one line.
FILE_FAULTS = (sqlite3.Error, UnicodeError, TypeError, ValueError, OverflowError, RecursionError)


def scratch_dir() -> Path:
    """Parley's private folder for copies of other files, swept of a killed process's copies."""
    path = data_dir() / "scratch"
    path.mkdir(mode=0o700, exist_ok=True)
    atomic_files.sweep_partials(path)
    return path


def read_other(path: Path) -> dict:
    """The other side of a merge as a checked document: a JSON export, or a workspace read through a copy."""
    from .interchange import read_document

    path = Path(path)
    if not path.exists():
        raise OSError(f"no file at {path}")
    if path.suffix.lower() == ".json":
        return read_document(path)
    if check_openable(path, check="full") is None:
        raise NotAWorkspaceError(f"{path.name} is empty, not a Parley workspace; nothing was merged.")
    return checked_document(path)


def checked_document(path: Path) -> dict:
    """Every row of the workspace at ``path`` (whose schema has passed), checked as a JSON import is.

    Reads a copy, upgraded to this Parley's schema if it is older, and
    removes it whatever happens.
    """
    path = Path(path)
    copy = atomic_files.temporary_sibling(scratch_dir() / "received.parley")
    try:
        _copy_database(path, copy)
        db = sqlite3.connect(copy, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = OFF")
            db.text_factory = lenient_text
            return _document_of(db, copy, path.name)
        finally:
            db.close()
    finally:
        for leftover in (copy, *(Path(f"{copy}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)


def _copy_database(path: Path, copy: Path) -> None:
    from .schema_guard import guarded_connection

    source = guarded_connection(path)
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
        raise DamagedWorkspaceError(f"{path.name} could not be read ({exc}); it was left unchanged.") from exc
    finally:
        source.close()


def _document_of(conn: sqlite3.Connection, location: Path, name: str) -> dict:
    from sqlite_utils import Database

    from .store import Workspace

    db = Database(conn, execute_plugins=False)
    try:
        if schema.migrations.pending(db):
            schema.migrations.apply(db)
        return checked_rows(Workspace(location, db, read_only=True), name)
    except FILE_FAULTS as exc:
        raise DamagedWorkspaceError(f"{name} could not be read ({exc}); it was left unchanged.") from exc


def checked_rows(workspace, name: str) -> dict:
    """The workspace as a document, refused with the first row a JSON import would refuse."""
    from .interchange import DocumentError, check_document, export_document

    document = export_document(workspace)
    try:
        check_document(document)
    except DocumentError as exc:
        raise UnusableRowsError(f"{name} holds a row Parley cannot use ({exc}); it was left unchanged.") from None
    return document


def check_rows_of_file(path: Path, version: FileVersion) -> None:
    """Check every row of an existing workspace before it is opened for writing.

    A current file is read in place, read-only; an older one through an
    upgraded copy, so that a file that fails is never upgraded either.
    """
    path = Path(path)
    if version.user_version < schema.SCHEMA_VERSION:
        checked_document(path)
        return
    from sqlite_utils import Database

    from .schema_guard import guarded_connection
    from .store import Workspace

    conn = guarded_connection(path)
    conn.set_authorizer(None)
    conn.text_factory = lenient_text
    try:
        checked_rows(Workspace(path, Database(conn, execute_plugins=False), read_only=True), path.name)
    except FILE_FAULTS as exc:
        raise DamagedWorkspaceError(f"{path.name} could not be read ({exc}); it was left unchanged.") from exc
    finally:
        conn.close()
