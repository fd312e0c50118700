"""The full check of a large workspace, run beside the window while it shows it.

SQLite's ``integrity_check`` and the row check take seconds on a large file
(see ``file_checks.FULL_CHECK_BYTES``), too long to wait for before the
window appears. A large file is therefore opened after ``quick_check``, and
the full checks run in a child process (``python -m core.store.background_check
FILE``) on a read-only connection of its own: a thread would share Python's
lock with the window and slow its start (measured: 6.6 s became 13-19 s on
the 240,000-position workspace). Every write (``Workspace.transaction``)
waits for the check first, and a file that fails is never written to: the
write raises the check's one-line error.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from core.i18n import translate
from core.store.file_checks import DamagedWorkspaceError, WorkspaceError

ROOT = Path(__file__).resolve().parents[2]


class BackgroundCheck:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.error: WorkspaceError | None = None
        self._cancelled = False
        self._process = subprocess.Popen(
            [sys.executable, "-m", "core.store.background_check", str(self.path.resolve())],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace")
        _lower_priority(self._process.pid)
        self._thread = threading.Thread(target=self._collect, name="parley-full-check", daemon=True)
        self._thread.start()

    def _collect(self) -> None:
        _, err = self._process.communicate()
        if self._process.returncode == 0:
            return
        lines = err.strip().splitlines()
        if self._cancelled:
            self.error = WorkspaceError(translate("BackgroundCheck", "The check of {path} was stopped; nothing was written to it.").format(path=self.path.name))
        elif self._process.returncode == 1 and lines:
            self.error = DamagedWorkspaceError(lines[-1])
        else:
            self.error = DamagedWorkspaceError(translate("BackgroundCheck", "{path} could not be checked (status {returncode}); nothing was written to it.").format(path=self.path.name, returncode=self._process.returncode))

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the check has finished; raise its error if the file failed it."""
        self._thread.join()
        if self.error is not None:
            raise type(self.error)(str(self.error))

    def cancel(self) -> None:
        """Stop a check still running (the workspace is being closed)."""
        self._cancelled = True
        if self._process.poll() is None:
            self._process.kill()
        self._thread.join()


def _lower_priority(pid: int) -> None:
    """Let the window have the processor first: the check is not urgent until the first write."""
    import psutil

    try:
        psutil.Process(pid).nice(psutil.IDLE_PRIORITY_CLASS if sys.platform == "win32" else 19)
    except (psutil.Error, OSError):
        pass  # the check runs at normal priority: slower start, same result


def check_file(path: Path) -> None:
    """integrity_check and the row check, on a read-only connection; raises a WorkspaceError."""
    import sqlite3

    from sqlite_utils import Database

    from core.store.file_access import read_only_uri
    from core.store.file_checks import _quick_check, lenient_text
    from core.store.documents import FILE_FAULTS, checked_rows
    from core.store.workspace import Workspace

    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    try:
        conn.text_factory = lenient_text
        _quick_check(conn, path, full=True)
        checked_rows(Workspace(path, Database(conn, execute_plugins=False), read_only=True), path.name)
    except FILE_FAULTS as exc:
        raise DamagedWorkspaceError(translate("BackgroundCheck", "{path} could not be checked ({exc}); nothing was written to it.").format(path=path.name, exc=exc)) \
            from exc
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    try:
        check_file(Path(argv[0]))
    except WorkspaceError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
