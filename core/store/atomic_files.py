"""Write a file whole or not at all: a temporary sibling, fsync, then a rename.

Every file Parley writes for the user (exports, imported workspaces, restored
workspaces, backups, screenshots) goes through here, so that a crash, a kill
or a full disk never leaves a half-written file at the target or touches an
earlier one.

The temporary file sits in the target's folder (a rename is only atomic
within one file system) and its name says what it is and who wrote it:
``.NAME.PID.RANDOM.partial``. A process killed before its rename leaves that
file behind; ``sweep_partials`` removes such files whose writer is no longer
running, and Parley calls it on the folders it writes to, so litter from a
kill is gone by the next run.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from core.i18n import translate

PARTIAL_SUFFIX = ".partial"
PRIVATE = 0o600


def temporary_sibling(target: Path) -> Path:
    """A fresh name for a temporary file beside ``target`` that ``sweep_partials`` recognises."""
    target = Path(target)
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def fsync_path(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable. Folders cannot be opened on Windows; there the rename is already journalled."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_atomically(temporary: Path, target: Path, mode: int = PRIVATE) -> None:
    """Move a finished temporary file into place: its mode, fsync, rename, fsync of the folder."""
    temporary, target = Path(temporary), Path(target)
    os.chmod(temporary, mode)
    fsync_path(temporary)
    os.replace(temporary, target)
    _fsync_folder(target.parent)


@contextmanager
def atomic_target(target: Path, mode: int = PRIVATE, create: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on any failure it is removed.

    The target's folder is swept first of what a killed writer left there,
    so every writer cleans up where it writes. The yielded file does not
    exist yet unless ``create``, which makes it empty and private (0600) for
    a writer that would otherwise create it with looser permissions (a PDF
    writer, an image); an SQLite connection or ``os.open`` creates it itself.
    ``mode`` is applied at the rename.
    """
    target = Path(target)
    sweep_partials(target.parent)
    temporary = temporary_sibling(target)
    try:
        if create:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        yield temporary
        replace_atomically(temporary, target, mode)
    finally:
        for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal"),
                         Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)


def write_atomically(target: Path, write: Callable[[Path], None], mode: int = PRIVATE) -> None:
    """Call ``write(temporary_path)`` and put what it wrote at ``target``, whole, or leave nothing."""
    with atomic_target(target, mode) as temporary:
        write(temporary)


def write_bytes_atomically(target: Path, data: bytes, mode: int = PRIVATE) -> None:
    def write(path: Path) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)

    write_atomically(target, write, mode)


def write_export(target: Path, data: bytes) -> None:
    """Write an exported file whole to ``target`` (private, 0600); a missing folder is said in words."""
    target = Path(target)
    if not target.parent.exists():
        raise OSError(translate("AtomicFiles", "the folder {parent} does not exist").format(parent=target.parent))
    write_bytes_atomically(target, data)


def _writer_pid(name: str) -> int | None:
    """The process id in ``.NAME.PID.RANDOM.partial`` (and its SQLite journals and its
    workspace lock ``..NAME.PID.RANDOM.partial.lock``, see ``locking.lock_path``), or None."""
    if name.startswith("..") and name.endswith(PARTIAL_SUFFIX + ".lock"):
        name = name[1: -len(".lock")]
    for journal in ("-journal", "-wal", "-shm"):
        if name.endswith(journal):
            name = name[: -len(journal)]
    if not (name.startswith(".") and name.endswith(PARTIAL_SUFFIX)):
        return None
    parts = name[: -len(PARTIAL_SUFFIX)].rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def sweep_partials(folder: Path) -> list[Path]:
    """Remove temporary files in ``folder`` left by writers that are no longer running.

    A file whose writer is still running (another Parley exporting right now)
    is left alone. Returns what was removed; a folder that cannot be read is
    passed over silently, since this is housekeeping, never the user's task.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        pid = _writer_pid(entry.name)
        if pid is None or pid == os.getpid():
            continue
        import psutil  # here, not at start-up: few folders hold a partial file (~9 ms of a cold start)

        if psutil.pid_exists(pid):
            continue
        try:
            if entry.is_symlink() or entry.is_file():
                entry.unlink()
                removed.append(entry)
        except OSError:
            pass  # gone already, or not ours to remove
    return removed
