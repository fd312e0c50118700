"""One workspace is one SQLite file, reached through sqlite-utils.

Opening checks the file first (``file_checks``): a file that is not a Parley
workspace, that a newer Parley wrote, or that is damaged is refused before a
single byte of it is written. A file this Parley checked and closed cleanly,
unchanged since, gets only its schema and version read (``checked_files``).
Every write runs in one ``db.atomic()`` transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from core.store import schema
from core.store.file_checks import (  # noqa: F401 (the errors are part of the store's interface)
    DamagedWorkspaceError,
    LockedWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    _check_migration_record,
    _create_private_file,
    _quick_check,
    check_openable,
    lenient_text,
)
from core.store.file_access import ReadOnlyWorkspaceError, read_only_uri, refuse_read_only  # noqa: F401
from core.store import checked_files, file_checks
from core.store.background_check import BackgroundCheck
from core.store.bulk_load import insert_records
from core.domain.hashing import content_hash
from core.store.locking import WorkspaceLock, WorkspaceLockedError, lock_path
from core.domain.records import (
    Citation,
    Evidence,
    Figure,
    Issue,
    IssueStatus,
    Negotiation,
    Outlet,
    Party,
    Person,
    Position,
    Record,
    Report,
    Round,
    Track,
    field_names,
)
from core.domain.registry import REGISTRY, Registry
from core.i18n import translate

R = TypeVar("R", bound=Record)


class Workspace:
    """An open workspace: typed reads, atomic writes, full-text search."""

    def __init__(self, path: Path, db: Database, lock: WorkspaceLock | None = None, read_only: bool = False,
                 check: BackgroundCheck | None = None, registry: Registry = REGISTRY, checked: bool = False):
        self.path = Path(path)
        self.registry = registry  # the tables this workspace holds (domain.registry)
        self.db = db
        self.lock = lock
        self.read_only = read_only
        self.check = check  # a large file's full check, still running: writes wait for it
        # Opened by open_workspace, whose checks passed (or whose stamp matched): a clean close keeps a stamp.
        self.checked = checked
        self._data_version = db.execute("PRAGMA data_version").fetchone()[0] if checked else None

    # -- transactions -------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Workspace]:
        """One atomic transaction; nested calls become savepoints.

        The first write to a large file waits for its full check, and a file
        that failed it is never written to.
        """
        if self.check is not None:
            self.check.wait()
        with self.db.atomic():
            yield self

    def close(self) -> None:
        """Commit, fold the WAL back into the file, and close. Closing twice is harmless."""
        if getattr(self, "closed", False):
            return
        self.closed = True
        passed = self._passed_every_check()  # asked before a check still running is stopped
        if self.check is not None:
            self.check.cancel()
        conn = self.db.conn
        clean = False
        try:
            if not self.read_only:
                if conn.in_transaction:
                    conn.commit()
                passed = passed and not self._written_by_another_connection()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                clean = True
        finally:
            conn.close()
            if not self.read_only:
                self._keep_stamp(passed and clean)  # before the lock goes, while no other Parley writes
            if self.lock is not None:
                self.lock.release()

    def _passed_every_check(self) -> bool:
        """The checks of opening passed and the background check, if one ran, finished and passed."""
        if not self.checked:
            return False
        return self.check is None or (self.check.done and self.check.error is None)

    def _written_by_another_connection(self) -> bool:
        """Another connection (another tool, say) committed to the file while it was open here:
        ``data_version`` moves only for commits made by others. What it wrote was never checked."""
        return self.db.conn.execute("PRAGMA data_version").fetchone()[0] != self._data_version

    def _keep_stamp(self, passed: bool) -> None:
        """Remember a file that passed every check and closed cleanly, so reopening it skips them
        (``checked_files``); otherwise forget it. A failure here costs only a full check next time."""
        try:
            if passed:
                checked_files.record_checked(self.path, self.registry)
            else:
                checked_files.forget(self.path)
        except OSError:
            pass

    def discard(self) -> None:
        """Close without committing or checkpointing: for a workspace being thrown away after a failure.

        Never raises, so the failure that led here is the one reported (on a
        full disk, ``close``'s checkpoint fails too, with a message that says
        nothing about the disk).
        """
        if getattr(self, "closed", False):
            return
        self.closed = True
        try:
            self.db.conn.rollback()
        except sqlite3.Error:
            pass
        try:
            self.db.conn.close()
        except sqlite3.Error:
            pass
        if not self.read_only:
            self._keep_stamp(False)
        if self.lock is not None:
            self.lock.release()

    # -- generic reads ------------------------------------------------
    def all(self, cls: type[R], where: str | None = None, args: Iterable = ()) -> list[R]:
        """Records of one kind, built straight from row tuples in field order (fast for 240,000 rows)."""
        table = self.registry.of(cls)
        columns = ", ".join(f"[{name}]" for name in field_names(cls))
        sql = f"SELECT {columns} FROM [{table.name}]"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {table.order_by}"
        return [cls(*row) for row in self.db.execute(sql, list(args))]

    def get(self, cls: type[R], record_id: str) -> R | None:
        rows = self.all(cls, "id = ?", [record_id])
        return rows[0] if rows else None

    # -- generic writes -----------------------------------------------
    def insert(self, record: Record) -> None:
        with self.transaction():
            self.db[self.registry.of(record).name].insert(new_row(record))

    def update(self, record: Record) -> None:
        with self.transaction():
            row = row_of(record)
            self.db[self.registry.of(record).name].update(row.pop("id"), row)

    def insert_many(self, records: Iterable[Record], progress: Callable[[int, int], None] | None = None) -> None:
        """Insert records of any kinds in one transaction, in the order given (``bulk_load.insert_records``:
        row tuples in large batches, and for an import into empty tables, indexes built after the rows).

        ``progress(done, total)`` is called between batches; whatever it
        raises rolls the whole transaction back (the window's Cancel).
        """
        with self.transaction():
            insert_records(self.db, self.registry, records, progress)

    # -- rows, for change sets (edits.changes) ------------------------
    def write_row(self, table: str, before: dict | None, after: dict | None) -> None:
        """Take one row from ``before`` to ``after``: insert (no before), delete (no after) or update."""
        if before is None and after is not None:
            if not after.get("base_hash"):
                after["base_hash"] = content_hash(after)
            self.db[table].insert(after)
        elif after is None and before is not None:
            self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [before["id"]])
        elif before is not None and after is not None:
            self.db[table].update(after["id"], {k: v for k, v in after.items() if k != "id"})

    def rows_where(self, table: str, column: str, value) -> list[dict]:
        """The rows of ``table`` whose ``column`` holds ``value``, as dicts."""
        return list(self.db[table].rows_where(f"[{column}] = ?", [value]))

    def on_delete_actions(self) -> dict[str, list[tuple[str, str, str]]]:
        """parent table -> [(child table, column, on-delete action)], read from the schema."""
        found: dict[str, list[tuple[str, str, str]]] = {}
        for child in self.registry.names():
            for fk in self.db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
                # (id, seq, table, from, to, on_update, on_delete, match)
                found.setdefault(fk[2], []).append((child, fk[3], fk[6]))
        return found

    # -- typed reads --------------------------------------------------
    def negotiation(self) -> Negotiation:
        rows = self.all(Negotiation)
        return rows[0] if rows else Negotiation(title=self.path.stem)

    def parties(self) -> list[Party]:
        return self.all(Party)

    def tracks(self) -> list[Track]:
        return self.all(Track)

    def issues(self) -> list[Issue]:
        return self.all(Issue)

    def rounds(self) -> list[Round]:
        return self.all(Round)

    def people(self) -> list[Person]:
        return self.all(Person)

    def outlets(self) -> list[Outlet]:
        return self.all(Outlet)

    def reports(self) -> list[Report]:
        """Every report, with its full text (the comparison asks for ``report_heads``)."""
        return self.all(Report)

    def report_heads(self) -> list[Report]:
        """Every report without its text: what lists and citations need, cheaply."""
        columns = [name for name in field_names(Report) if name != "text"]
        sql = f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM reports ORDER BY published, title"
        return [Report(**dict(zip(columns, row, strict=True))) for row in self.db.execute(sql)]

    def report_text(self, report_id: str) -> str:
        row = self.db.execute("SELECT text FROM reports WHERE id = ?", [report_id]).fetchone()
        return row[0] if row else ""

    def citations(self) -> list[Citation]:
        return self.all(Citation)

    def figures(self) -> list[Figure]:
        return self.all(Figure)

    def positions(self) -> list[Position]:
        return self.all(Position)

    def statuses(self) -> list[IssueStatus]:
        return self.all(IssueStatus)

    def evidence(self) -> list[Evidence]:
        return self.all(Evidence)

    # -- search (the index over these answers lives in compare.search_index) --------
    def position_keys(self, position_ids: Iterable[str] | None = None) -> list[tuple[int, str, str]]:
        """``(rowid, id, issue_id)`` of every position, or of those with the given ids."""
        if position_ids is None:
            return self.db.execute("SELECT rowid, id, issue_id FROM positions").fetchall()
        ids, rows = list(position_ids), []
        for start in range(0, len(ids), 500):  # a merge may touch thousands; SQLite caps the parameters
            chunk = ids[start:start + 500]
            rows += self.db.execute(
                f"SELECT rowid, id, issue_id FROM positions WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall()
        return rows

    def matching_position_rowids(self, match: str) -> list[int]:
        """Rowids of the positions whose stance, summary, quote, texts or note match an FTS5 ``match``.

        Read as one comma-separated text: a broad prefix matches most of
        240,000 positions, and one string parsed in C beats a Python tuple per
        row. Parsed as a JSON array: for ``ka*``'s 178,000 rowids ``json.loads``
        took 14 ms where ``map(int, text.split(","))`` took 32 ms, and the
        match itself 7 ms with m005's prefix index (``tests.search_prefix_figures``).
        """
        (joined,) = self.db.execute(
            "SELECT group_concat(rowid) FROM positions_fts WHERE positions_fts MATCH :q", {"q": match}).fetchone()
        return json.loads(f"[{joined}]") if joined else []

    def matching_report_ids(self, match: str) -> set[str]:
        """Reports whose title or text match an FTS5 ``match`` (the index m003 keeps by triggers)."""
        return {r[0] for r in self.db.execute(
            """SELECT r.id FROM reports_fts f JOIN reports r ON r.rowid = f.rowid
                   WHERE reports_fts MATCH :q""", {"q": match})}

    def search_other_issue_ids(self, match: str) -> set[str]:
        """Issues whose status notes, name or description match an FTS5 ``match``."""
        return {r[0] for r in self.db.execute(
            """SELECT s.issue_id FROM issue_status_fts f JOIN issue_status s ON s.rowid = f.rowid
                   WHERE issue_status_fts MATCH :q
               UNION SELECT i.id FROM issues_fts f JOIN issues i ON i.rowid = f.rowid
                   WHERE issues_fts MATCH :q""", {"q": match})}


def remove_workspace_files(path: Path) -> None:
    """Delete a workspace that must not be left behind: the file, its journals and its lock file."""
    path = Path(path)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_path(path)):
        leftover.unlink(missing_ok=True)


def new_row(record: Record) -> dict:
    """The row to insert for a new record: its base hash is its content now."""
    row = row_of(record)
    if not row.get("base_hash"):
        row["base_hash"] = content_hash(row)
    return row


def row_of(record: Record) -> dict:
    """A record as an SQL row: booleans become 0 and 1."""
    row = record.to_row()
    for key, value in row.items():
        if isinstance(value, bool):
            row[key] = int(value)
    return row


def open_workspace(path: str | os.PathLike, read_only: bool = False, registry: Registry = REGISTRY) -> Workspace:
    """Open (or create) the workspace at ``path``, migrating it if needed.

    Refused, with the file left untouched: a newer, foreign or damaged file,
    and one another Parley has open (one writer at a time). ``read_only``
    opens an existing, current workspace for reading only, without the lock,
    so an export can run while the window has the workspace open.
    ``registry`` names the tables the workspace holds, whose rows are checked
    before it opens (Parley's own unless a test extends it).
    """
    path = Path(path)
    version, check_later, stamped = _check_before_opening(path, read_only, registry)
    if read_only:
        return _open_read_only(path, registry)
    if not path.exists() and not path.parent.exists():
        raise WorkspaceError(translate("Workspace", "The folder {parent} does not exist.").format(parent=path.parent))
    refuse_read_only(path)  # a read-only folder or file is not damaged: say so (open it read_only=True)
    if not path.exists():
        _create_private_file(path)
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except WorkspaceLockedError as exc:
        raise LockedWorkspaceError(str(exc)) from None
    try:
        # check_same_thread=False: the window opens a workspace in a worker thread (an import, Save As,
        # a restore) and carries on with it in its own; one thread at a time uses it, never two at once.
        db = Database(sqlite3.connect(path, check_same_thread=False), execute_plugins=False)
        db.conn.text_factory = lenient_text
        try:
            if not stamped:  # a file this Parley checked and closed, unchanged since, passed these
                _quick_check(db.conn, path)  # before anything below can write to the file
                file_checks.check_search_indexes(db.conn, path)
        except BaseException:
            db.close()
            raise
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA busy_timeout = 5000")
        pending = schema.migrations.pending(db)
        if pending:
            _check_migration_record(db, path, len(pending))
        if pending and schema.migrations.applied(db):
            from core.store.backups import BackupError, backup_connection

            try:
                backup_connection(db.conn, path, "before-migration")
            except BackupError as exc:
                raise DamagedWorkspaceError(translate("Workspace", "{path} was not upgraded: {exc}; it was left unchanged.").format(path=path.name, exc=exc)) from exc
        if pending:
            # Off while tables are rebuilt (dropping one would cascade); checked after.
            db.execute("PRAGMA foreign_keys = OFF")
            schema.migrations.apply(db)
            db.execute("PRAGMA foreign_keys = ON")
            if db.execute("PRAGMA foreign_key_check").fetchone():
                raise DamagedWorkspaceError(translate("Workspace", "{path} was upgraded but its references do not hold; restore the backup taken before the upgrade.").format(path=path.name))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        lock.release_refused()
        raise DamagedWorkspaceError(translate("Workspace", "Cannot open {path}: {exc}.").format(path=path.name, exc=exc)) from exc
    except BaseException:
        lock.release_refused()
        raise
    return Workspace(path, db, lock, check=BackgroundCheck(path) if check_later else None, registry=registry,
                     checked=True)


def _check_before_opening(path: Path, read_only: bool, registry: Registry = REGISTRY):
    """Refuse a file Parley must not open, before a byte of it is written or a row of it is read.

    Returns the file's version, whether the full checks still have to run
    in the background, and whether the file is one this Parley checked and
    closed cleanly, unchanged since (``checked_files``): such a file gets the
    schema and version checks only (``check_openable`` with no SQLite check),
    none of the row, integrity or search-index checks below. Otherwise,
    whatever the file's size:

    1. the schema must be exactly Parley's (nothing in the file is run before that);
    2. every row passes the fast SQL check (``row_guard``: types, finite
       numbers, colours, dates, ids, references, rowids), so the window never
       reads a row it could crash on.

    SQLite's integrity_check and the full row check (the JSON import's rules)
    then run here too, except for a large file opened for writing that is
    already in WAL mode (switching a file to WAL writes to it): that one gets
    quick_check here and the full checks in a background process that
    writes wait for. A read-only open (an export) gets integrity_check and
    the fast check only: the sheet and CSV read nothing the fast check does
    not cover, and the JSON export checks every row as it writes them
    (``write_json``), so that what it writes always imports again (on the
    240,000-position workspace a read-only open takes 2.5 s, not 14 s).
    """
    if path.exists() and checked_files.is_unchanged_since_checked(path, registry):
        version = check_openable(path, check="none")
        if version is not None and version.has_schema and version.user_version == schema.SCHEMA_VERSION:
            return version, False, True
    from core.store.documents import check_rows_of_file  # imported only when there are rows to check
    from core.store.row_guard import check_file_rows_quickly
    from core.store.file_access import is_wal_mode

    large = path.exists() and path.stat().st_size > file_checks.FULL_CHECK_BYTES
    in_background = large and not read_only and is_wal_mode(path)
    version = check_openable(path, check="quick" if in_background else "full")
    if version is None or not version.has_schema:
        return version, False, False
    if in_background and version.user_version < schema.SCHEMA_VERSION:  # an upgrade is a write
        check_openable(path, check="full")
        in_background = False
    if read_only and version.user_version < schema.SCHEMA_VERSION:
        # A read-only open cannot upgrade it, and today's row rules do not fit its tables.
        raise _older_parley(path)
    if in_background or read_only:
        check_file_rows_quickly(path, registry)
    else:
        check_rows_of_file(path, version, registry)  # the fast check, then the full one
    return version, in_background, False


def second_reader(workspace: Workspace) -> Workspace:
    """A read-only connection of its own to a workspace this process has open (and so has checked).

    For a worker thread that reads the workspace (an export, a merge's plan,
    Save As) while the window keeps its own connection: SQLite gives the
    reader a consistent view of what was committed, and the checks of
    opening are not run again. The caller closes it, in the thread that made it.
    """
    conn = sqlite3.connect(read_only_uri(workspace.path), uri=True)
    conn.text_factory = lenient_text
    return Workspace(workspace.path, Database(conn, execute_plugins=False), read_only=True,
                     registry=workspace.registry)


def open_briefly(path: str | os.PathLike, registry: Registry = REGISTRY) -> Workspace:
    """Open a workspace read-only for a command that reads it for a moment and writes nothing.

    As ``open_workspace(path, read_only=True)``, but it leaves no ``-wal`` or
    ``-shm`` beside an idle file (``file_access.read_only_uri``).
    """
    path = Path(path)
    _check_before_opening(path, True, registry)
    return _open_read_only(path, registry, leave_no_files=True)


def _older_parley(path: Path) -> WorkspaceError:
    """A read-only open cannot upgrade an older file: the window does it, once."""
    return WorkspaceError(translate("Workspace", "{path} was made by an older Parley; open it in the window once to upgrade it.").format(path=path.name))


def _open_read_only(path: Path, registry: Registry = REGISTRY, leave_no_files: bool = False) -> Workspace:
    if not path.exists():
        raise WorkspaceError(translate("Workspace", "no workspace at {path}").format(path=path))
    if not path.is_file() or path.stat().st_size == 0:  # /dev/null, an empty file: not made by any Parley
        raise NotAWorkspaceError(translate("Workspace", "{path} is empty, not a Parley workspace.").format(path=path.name))
    conn = sqlite3.connect(read_only_uri(path, leave_no_files), uri=True)
    conn.text_factory = lenient_text
    db = Database(conn, execute_plugins=False)
    if schema.migrations.pending(db):
        conn.close()
        raise _older_parley(path)
    return Workspace(path, db, read_only=True, registry=registry)
