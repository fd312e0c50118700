"""Copies of a workspace, made with SQLite's backup API and verified.

Never a raw file copy of an open database (it can catch a half-written
page); the backup API copies a consistent snapshot even while the workspace
is open. Each copy is checked with ``PRAGMA integrity_check``, written whole
or not at all through ``atomic_files`` and kept private (0600); the oldest
are removed past ``KEEP`` per workspace.

A workspace's backups are found by its identity, not its file name: the
name of each copy carries a hash of the workspace's real path (symlinks
resolved), ``talks.ws-1a2b3c4d5e6f.20261126-201540-123456.before-merge.parley``,
so ``a/talks.parley`` and ``b/talks.parley`` never rotate away or restore
each other's copies. Copies named the older way (``talks.STAMP.REASON.parley``)
are still offered to the workspace whose negotiation they hold.

The backups folder is the user's alone (0700, tightened if found looser),
and a symbolic link there, or the folder being one, is refused, never
followed.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from core.i18n import translate
from core.store.atomic_files import PRIVATE, atomic_target, sweep_partials
from core.store.file_access import connect_read_only, disk_full_message, is_disk_full, refuse_read_only
from core.store.locking import WorkspaceLock, real_path
from core.store.paths import data_dir

KEEP = 20
STAMP = "%Y%m%d-%H%M%S-%f"
STAMPED = re.compile(r"\d{8}-\d{6}-\d{6}\.[A-Za-z0-9_-]+\.parley")  # what follows a backup's prefix


class BackupError(OSError):
    """A copy could not be written or did not verify."""


# -- copying ----------------------------------------------------------------
def _copy_into(source: sqlite3.Connection, temporary: Path) -> None:
    """Copy ``source`` into the new file ``temporary`` and check the copy whole."""
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))  # private from the start
    destination = sqlite3.connect(temporary)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        result = destination.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        destination.close()
    if result != "ok":
        detail = " ".join(result.replace("*** in database main ***", "").split())[:160]
        raise BackupError(translate("Backups", "the copy of the workspace did not pass SQLite's integrity check ({detail}); the workspace itself may be damaged").format(detail=detail))


def _explained(exc: Exception, target: Path) -> BackupError:
    """The error to report for a copy that failed: a full disk, damage, or the system's own words."""
    if is_disk_full(exc):
        return BackupError(disk_full_message(target.parent))
    if isinstance(exc, sqlite3.DatabaseError):
        return BackupError(translate("Backups", "the copy of the workspace did not pass SQLite's integrity check ({exc}); the workspace itself may be damaged").format(exc=exc))
    return BackupError(translate("Backups", "{target} could not be written ({value}); nothing was changed").format(target=target.name, value=getattr(exc, 'strerror', None) or exc))


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database to ``target``, verified, mode 0600, whole or not at all."""
    target = Path(target)
    try:
        with atomic_target(target) as temporary:
            _copy_into(source, temporary)
    except BackupError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise _explained(exc, target) from exc


# -- the backups folder -------------------------------------------------------
def backup_dir() -> Path:
    """The private backups folder, swept of a killed copier's temporary files."""
    path = data_dir() / "backups"
    if path.is_symlink():
        raise BackupError(translate("Backups", "{path} is a symbolic link; Parley keeps backups only in a real folder there. Nothing was changed.").format(path=path))
    path.mkdir(mode=0o700, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    sweep_partials(path)
    return path


def workspace_key(path: Path) -> str:
    """The identity of the workspace at ``path``: a hash of its real path."""
    real = os.path.normcase(str(real_path(path)))
    return "ws-" + hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _prefix(path: Path) -> str:
    return f"{real_path(path).stem}.{workspace_key(path)}."


def _stamp(path: Path) -> str:
    parts = path.name.split(".")
    return parts[-3] if len(parts) >= 3 else ""


def _files_in_backup_dir() -> list[Path]:
    """Regular files only: a symlink in the folder is never listed, so never read or restored."""
    with os.scandir(backup_dir()) as entries:
        return [Path(e.path) for e in entries if e.is_file(follow_symlinks=False) and e.name.endswith(".parley")]


def _own(path: Path, files: list[Path]) -> list[Path]:
    prefix = _prefix(path)
    return [p for p in files if p.name.startswith(prefix) and STAMPED.fullmatch(p.name[len(prefix):])]


def made_at(path: Path) -> float:
    """When a backup was made, as a timestamp: the earlier of the time in its name and its
    modification time, and never later than now.

    A name is only text: a planted ``talks.20991231-235959-000000.manual.parley``
    would otherwise always be "newest". Neither a future stamp nor a future
    modification time moves a copy ahead of one made now.
    """
    now = datetime.now().timestamp()
    try:
        modified = path.stat(follow_symlinks=False).st_mtime  # type: ignore[call-arg]
    except (OSError, TypeError):
        modified = now
    try:
        named = datetime.strptime(_stamp(path), STAMP).timestamp()
    except (ValueError, OverflowError, OSError):
        named = modified
    return min(named, modified, now)


def backups_of(path: Path) -> list[Path]:
    """The backups of the workspace at ``path``, newest first (by ``made_at``)."""
    files = _files_in_backup_dir()
    found = _own(path, files) + _legacy(path, files)
    return sorted(found, key=made_at, reverse=True)


def rotate(path: Path, keep: int = KEEP) -> None:
    """Keep the newest ``keep`` copies of this workspace (older-style copies are never removed)."""
    for old in sorted(_own(path, _files_in_backup_dir()), key=made_at, reverse=True)[keep:]:
        old.unlink(missing_ok=True)


# -- copies named the older way, by file name only --------------------------------
def _negotiation_id(path: Path) -> str | None:
    """The id of the negotiation a file holds, read without trusting the file, or None."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.set_progress_handler(lambda: 1, 200_000)  # a hostile file cannot make this hang
        row = conn.execute("SELECT id FROM negotiation ORDER BY rowid LIMIT 1").fetchone()
        return row[0] if row and isinstance(row[0], str) else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _legacy(path: Path, files: list[Path]) -> list[Path]:
    """Older copies named ``STEM.STAMP.REASON.parley`` that belong to this workspace without doubt.

    They are this workspace's when they hold its negotiation (read from its
    newest keyed copy, else from the file); when neither can be read, only
    when every such copy holds one and the same negotiation.
    """
    stem = real_path(path).stem + "."
    candidates = [p for p in files if p.name.startswith(stem) and STAMPED.fullmatch(p.name[len(stem):])]
    if not candidates:
        return []
    own = sorted(_own(path, files), key=_stamp, reverse=True)
    mine = _negotiation_id(own[0]) if own else None
    if mine is None and real_path(path).exists():
        mine = _negotiation_id(real_path(path))
    ids = {p: _negotiation_id(p) for p in candidates}
    if mine is None:
        held = set(ids.values())
        return candidates if len(held) == 1 and None not in held else []
    return [p for p, negotiation in ids.items() if negotiation == mine]


# -- making and checking copies -------------------------------------------------
def save_copy(workspace, target: Path) -> None:
    """Save As: a verified copy of the open ``workspace`` at ``target`` (never the file it is)."""
    from core.store.file_checks import WorkspaceError

    if Path(target).resolve() == Path(workspace.path).resolve():
        raise WorkspaceError(translate("Backups", "that is the workspace already open"))
    copy_database(workspace.db.conn, target)


def backup(workspace, reason: str) -> Path:
    """A verified copy of ``workspace`` in the data directory's backups folder."""
    return backup_connection(workspace.db.conn, workspace.path, reason)


def backup_connection(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime(STAMP)
    target = backup_dir() / f"{_prefix(path)}{stamp}.{reason}.parley"
    copy_database(conn, target)
    rotate(path)
    return target


def backup_file(path: Path, reason: str) -> Path:
    """Back up a workspace through a connection of its own (safe from another thread)."""
    conn = connect_read_only(path)
    try:
        return backup_connection(conn, path, reason)
    finally:
        conn.close()


def refuse_unusable_backup(path: Path) -> None:
    """Raise BackupError, in one line, unless ``path`` passes exactly the checks a workspace being
    opened passes: the schema guard, integrity_check and every row (``documents.check_whole_file``).
    A symbolic link is never read."""
    from core.store.documents import check_whole_file
    from core.store.file_checks import WorkspaceError

    path = Path(path)
    if path.is_symlink():
        raise BackupError(translate("Backups", "{path} is a symbolic link; Parley never restores through one. Nothing was restored.").format(path=path.name))
    try:
        check_whole_file(path)
    except WorkspaceError as exc:
        reason = re.sub(r"[;.]? *(it was (not opened and was )?left unchanged|nothing was \w+)\.?$", "", str(exc))
        raise BackupError(translate("Backups", "{reason}; it cannot be restored, and nothing was restored").format(reason=reason)) from None
    except OSError as exc:
        raise BackupError(translate("Backups", "{path} cannot be read ({value}); nothing was restored").format(path=path.name, value=exc.strerror or exc)) from None


def verified(path: Path) -> bool:
    """True when ``path`` passes every check a workspace being opened passes (``refuse_unusable_backup``)."""
    try:
        refuse_unusable_backup(path)
    except BackupError:
        return False
    return True


def newest_good_backup(path: Path) -> Path | None:
    return next((p for p in backups_of(path) if verified(p)), None)


def describe(path: Path) -> str:
    """'2026-11-26 20:15:40 · before-merge' from a backup's name."""
    parts = path.name.split(".")
    try:
        when = datetime.strptime(parts[-3], STAMP).strftime("%Y-%m-%d %H:%M:%S")
        return f"{when} · {parts[-2]}"
    except (ValueError, IndexError):
        return path.name


# -- putting a copy back ------------------------------------------------------------
def set_aside(path: Path) -> Path:
    """Rename a damaged workspace (the real file, and its journal files) to NAME.damaged, never over another file."""
    path = real_path(path)
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


def _fold_journal(path: Path) -> None:
    """Checkpoint a workspace's WAL into it, so the file alone is whole (the caller holds its lock)."""
    if not Path(f"{path}-wal").exists():
        return
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection to close removes -wal and -shm
    except sqlite3.Error:
        pass  # a damaged file: its journal is removed below, as before


def restore(backup_path: Path, workspace_path: Path) -> Path | None:
    """Put a backup that passes every check of opening in place of the workspace; returns the copy
    made of the current file.

    Through a symlink, the real file is restored and the link kept. The
    current workspace is backed up first (so a restore can itself be undone
    by restoring that copy). The copy is written beside the real file and
    renamed over it, so a kill leaves the old workspace or the restored one,
    whole, and a temporary file the next writer sweeps. It takes the
    workspace's lock: under an open window it fails with nothing changed.
    """
    backup_path, workspace_path = Path(backup_path), Path(workspace_path)
    refuse_unusable_backup(backup_path)
    real = real_path(workspace_path)
    refuse_read_only(real)
    lock = WorkspaceLock(workspace_path)
    lock.acquire()
    try:
        current = backup_file(real, "before-restore") if real.exists() else None
        _fold_journal(real)
        source = connect_read_only(backup_path)
        try:
            with atomic_target(real) as temporary:
                _copy_into(source, temporary)
                for suffix in ("-wal", "-shm"):  # a stale journal must not meet the restored file
                    Path(f"{real}{suffix}").unlink(missing_ok=True)
        except BackupError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise _explained(exc, real) from exc
        finally:
            source.close()
    finally:
        lock.release()
    return current
