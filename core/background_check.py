"""The full check of a large workspace, run in a thread while the window shows it.

SQLite's ``integrity_check`` and the row check take seconds on a large file
(see ``file_checks.FULL_CHECK_BYTES``), too long to wait for before the
window appears. A large file is therefore opened after ``quick_check``, and
this thread runs the full checks on a read-only connection of its own.
Every write (``Workspace.transaction``) waits for it first, and a file that
fails is never written to: the write raises the check's one-line error.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from .file_checks import DamagedWorkspaceError, WorkspaceError, _quick_check


class BackgroundCheck:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.error: WorkspaceError | None = None
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="parley-full-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from .received import FILE_FAULTS, checked_rows
        from .file_checks import lenient_text
        from .store import Workspace
        from sqlite_utils import Database

        try:
            conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
            self._connection = conn
            try:
                conn.text_factory = lenient_text
                _quick_check(conn, self.path, full=True)
                checked_rows(Workspace(self.path, Database(conn, execute_plugins=False), read_only=True),
                             self.path.name)
            finally:
                self._connection = None
                conn.close()
        except WorkspaceError as exc:
            self.error = exc
        except FILE_FAULTS as exc:
            self.error = DamagedWorkspaceError(f"{self.path.name} could not be checked ({exc}); "
                                               "nothing was written to it.")
        if self._cancelled and self.error is None:
            self.error = WorkspaceError(f"The check of {self.path.name} was stopped; nothing was written to it.")

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the check has finished; raise its error if the file failed it."""
        self._thread.join()
        if self.error is not None:
            raise type(self.error)(str(self.error))

    def cancel(self) -> None:
        """Stop a check still running (the workspace is being closed).

        An SQL step stops at once; the row check in Python may run on for a
        few seconds in its daemon thread, on its own read-only connection,
        and its result is dropped: closing does not wait for it.
        """
        self._cancelled = True
        conn = self._connection
        if conn is not None:
            try:
                conn.interrupt()
            except sqlite3.Error:
                pass
        self._thread.join(timeout=1)
