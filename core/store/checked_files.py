"""Workspaces this Parley checked in full and closed cleanly, so that reopening one unchanged skips the checks.

Every file is untrusted until its rows pass (``documents``, ``row_guard``),
and on the 240,000-position workspace those checks take seconds before the
window can read a row. Yet the common case is an analyst reopening the file
Parley itself closed yesterday, unchanged since. So when a workspace that
passed every check closes cleanly (``Workspace.close``: committed,
checkpointed, no ``-wal`` left), its *stamp* is kept in the data directory's
``checked-files.json``: the resolved path, size, mtime, inode and device
(``st_ino``/``st_dev``: on Windows the file index and volume serial that
Python fills in), the status-change time where it means one (POSIX, not
Windows, where ``st_ctime`` is the creation time), the rules it was checked
with (``rules_fingerprint``) and a hash of the SQLite header and the first
and last pages. Opening a file whose stamp matches exactly, with no unsaved
``-wal`` or hot ``-journal`` beside it, skips the row checks; anything else
(replaced, touched, copied, restored, written by another tool, a crash
before the clean close) gets the full checks.

Only a change by ordinary means is detected: a tool that writes the file in
place, keeps its size and first and last pages, and then sets its mtime back
is not (its status-change time still moves on POSIX). This is a record of
Parley's own closes, not a signature.

One race is closed by hand: a write landing in the same tick of the file
system's clock as Parley's close would give the file the very mtime the stamp
holds. A stamp whose mtime is that fresh therefore sets the file's mtime a
microsecond back first (a whole tick on a coarse file system such as FAT),
which no later write can produce.

The record is the user's data, but it is never trusted: one that does not
parse as this module wrote it is ignored (one line on stderr, once) and
rewritten at the next clean close. It keeps the last ``KEEP`` files.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

from filelock import FileLock, Timeout

from core.domain.records import field_names
from core.domain.registry import REGISTRY, Registry
from core.store.atomic_files import PARTIAL_SUFFIX, write_bytes_atomically
from core.store.locking import real_path
from core.store.paths import data_dir

RECORD_NAME = "checked-files.json"
RECORD_FORMAT = "parley-checked-files"
RECORD_VERSION = 1
KEEP = 50
RECORD_MAX_BYTES = 1024 * 1024  # 50 stamps take some 20 KB: anything far larger is not ours
# A file whose mtime is this close to now could share it with a write still to come (FAT keeps 2 s).
RACY_NS = 3_000_000_000
NUDGES_NS = (1_000, 2_000_000_000)  # a microsecond back; a whole FAT tick where that rounds away

# The code whose rules a stamp vouches for: a Parley with other rules checks the file again.
RULE_MODULES = ("core/store/row_guard.py", "core/store/documents.py", "core/store/file_checks.py",
                "core/store/schema_guard.py", "core/store/schema.py", "core/domain/document.py",
                "core/domain/validation.py", "core/domain/records.py", "core/domain/registry.py")
ROOT = Path(__file__).resolve().parents[2]

_warned = False


@dataclass(frozen=True)
class Stamp:
    path: str
    size: int
    mtime_ns: int
    ctime_ns: int | None  # status change (POSIX); None on Windows
    inode: int
    device: int
    pages: str  # hash of the header's 100 bytes, the first page and the last page
    rules: str


def record_path(create: bool = False) -> Path:
    return data_dir(create=create) / RECORD_NAME


def stamp_of(path: str | os.PathLike, rules: str) -> Stamp | None:
    """The stamp of the file at ``path`` now, or None if it cannot be read as an SQLite file."""
    real = real_path(path)
    try:
        with open(real, "rb") as fh:
            status = os.fstat(fh.fileno())
            header = fh.read(100)
            if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
                return None
            page_size = int.from_bytes(header[16:18], "big")
            page_size = 65536 if page_size == 1 else page_size
            if page_size < 512:
                return None
            digest = hashlib.sha256(header)
            fh.seek(0)
            digest.update(fh.read(page_size))
            fh.seek(max(0, (status.st_size // page_size - 1) * page_size))
            digest.update(fh.read(page_size))
    except OSError:
        return None
    return Stamp(str(real), status.st_size, status.st_mtime_ns, _status_change(status),
                 status.st_ino, status.st_dev, digest.hexdigest(), rules)


def _status_change(status: os.stat_result) -> int | None:
    return None if os.name == "nt" else status.st_ctime_ns


def has_unsaved_journal(path: str | os.PathLike) -> bool:
    """A non-empty ``-wal`` or ``-journal`` beside the file: its content is not all in the file."""
    real = real_path(path)
    for suffix in ("-wal", "-journal"):
        try:
            if os.stat(f"{real}{suffix}").st_size > 0:
                return True
        except FileNotFoundError:
            continue
        except OSError:
            return True
    return False


def is_unchanged_since_checked(path: str | os.PathLike, registry: Registry = REGISTRY) -> bool:
    """True when this Parley closed the file cleanly after every check passed, and nothing changed it since."""
    real = real_path(path)
    stamps = _read_record(create=False)
    kept = stamps.get(str(real))
    if kept is None or has_unsaved_journal(real):
        return False
    now = stamp_of(real, rules_fingerprint(_tables_of(registry)))
    return now is not None and now == kept and not has_unsaved_journal(real)


def record_checked(path: str | os.PathLike, registry: Registry = REGISTRY) -> None:
    """Keep the stamp of a workspace that passed every check and has just been closed cleanly."""
    real = real_path(path)
    if real.name.endswith(PARTIAL_SUFFIX):  # a workspace being built under a temporary name (an import):
        return  # the rename into place changes its path and status time, so its stamp could never match
    rules = rules_fingerprint(_tables_of(registry))
    stamp = stamp_of(real, rules)
    if stamp is None or has_unsaved_journal(real):
        forget(real)
        return
    with _record_lock() as locked:
        if not locked:
            return
        stamps = _read_record(create=True)
        kept = stamps.pop(stamp.path, None)
        if kept != stamp:  # unchanged since its last stamp, its mtime is out of reach already
            stamp = _settled(real, stamp, rules)
        if stamp is not None:
            stamps[stamp.path] = stamp  # the newest last: the oldest go first
        _write_record(list(stamps.values())[-KEEP:])


def forget(path: str | os.PathLike) -> None:
    """Drop the stamp of a file whose checks did not all pass (or that was closed uncleanly).

    Tidiness more than safety: such a file no longer matches its old stamp.
    """
    real = str(real_path(path))
    if real not in _read_record(create=False):
        return
    with _record_lock() as locked:
        stamps = _read_record(create=False)
        if locked and stamps.pop(real, None) is not None:
            _write_record(list(stamps.values()))


@contextmanager
def _record_lock() -> Iterator[bool]:
    """Two Parleys closing at once take turns at the record; if the other one hangs, this stamp is skipped."""
    lock = FileLock(record_path(create=True).with_name(f".{RECORD_NAME}.lock"), timeout=2, mode=0o600,
                    thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _settled(real: Path, stamp: Stamp, rules: str) -> Stamp | None:
    """The stamp after moving a fresh mtime out of reach of later writes (see the module's docstring)."""
    if time.time_ns() - stamp.mtime_ns >= RACY_NS:  # a time ahead of this clock (a file server's) counts as fresh
        return stamp
    try:
        status = os.stat(real)
        for nudge in NUDGES_NS:
            os.utime(real, ns=(status.st_atime_ns, stamp.mtime_ns - nudge))
            settled = stamp_of(real, rules)
            if settled is not None and settled.mtime_ns < stamp.mtime_ns:
                return settled if settled.size == stamp.size and settled.pages == stamp.pages else None
    except OSError:
        pass  # not the owner (another user's shared file may be written but not re-dated): no stamp
    return None  # or the file system keeps no time Parley can rely on


def _tables_of(registry: Registry) -> tuple:
    return tuple((table.name, field_names(table.record)) for table in registry)


@lru_cache(maxsize=8)
def rules_fingerprint(tables: tuple) -> str:
    """A hash of the checking code and the tables checked: new rules mean old stamps no longer count."""
    digest = hashlib.sha256(repr(tables).encode())
    for name in RULE_MODULES:
        try:
            digest.update((ROOT / name).read_bytes())
        except OSError:
            digest.update(os.urandom(16))  # code not readable (a frozen build): no stamp ever matches
    return digest.hexdigest()


def _read_record(create: bool) -> dict[str, Stamp]:
    """The stamps kept, by path; a missing record is empty, a damaged or foreign one is ignored."""
    try:
        path = record_path(create=create)
        if not path.exists():
            return {}
        with open(path, "rb") as fh:
            data = fh.read(RECORD_MAX_BYTES + 1)
        if len(data) > RECORD_MAX_BYTES:
            raise ValueError("too large")
        stamps = _parsed(json.loads(data))
    except (OSError, ValueError, TypeError, KeyError, RecursionError) as exc:
        _warn(exc)
        return {}
    return {stamp.path: stamp for stamp in stamps}


def _parsed(document) -> list[Stamp]:
    """The stamps in a record exactly as ``_write_record`` writes it; anything else raises ValueError."""
    if not isinstance(document, dict) or document.get("format") != RECORD_FORMAT \
            or document.get("version") != RECORD_VERSION or not isinstance(document.get("files"), list):
        raise ValueError("not a record of checked files")
    names = [field.name for field in fields(Stamp)]
    stamps = []
    for entry in document["files"]:
        if not isinstance(entry, dict) or sorted(entry) != sorted(names):
            raise ValueError("an entry of unknown shape")
        for name in names:
            value = entry[name]
            wanted = str if name in ("path", "pages", "rules") else int
            if not (isinstance(value, wanted) and not isinstance(value, bool)
                    or name == "ctime_ns" and value is None):
                raise ValueError(f"{name} is not a {wanted.__name__}")
        stamps.append(Stamp(**entry))
    return stamps


def _write_record(stamps: list[Stamp]) -> None:
    """Write the stamps whose files are still there (a workspace built under a temporary name and
    linked into place, as the seed is, leaves one behind)."""
    stamps = [stamp for stamp in stamps if os.path.lexists(stamp.path)]
    document = {"format": RECORD_FORMAT, "version": RECORD_VERSION, "files": [asdict(s) for s in stamps]}
    write_bytes_atomically(record_path(create=True), json.dumps(document, indent=1).encode())


def _warn(exc: BaseException) -> None:
    """One line, once per process: the record is a cache, and losing it only means checking again."""
    global _warned
    if not _warned:
        _warned = True
        # English, as the command line's notes: a diagnostic, kept out of the catalogue other work edits.
        print(f"Parley: the record of checked workspaces ({RECORD_NAME}) was ignored "
              f"({' '.join(str(exc).split())[:120]}); workspaces will be checked in full.", file=sys.stderr)
