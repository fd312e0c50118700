"""Automatic backups while the window is open: one on open, then daily.

Each runs in a background thread through a connection of its own (SQLite's
backup API reads a consistent snapshot while the window keeps writing), so a
large workspace never freezes the window. Closing waits for a running copy.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal

from core.store.backups import backup_file

from gui.i18n import translate

DAY = 24 * 60 * 60


class BackupScheduler(QObject):
    finished = Signal(str)  # the backup's path, or an error message starting with "!"

    def __init__(self, session, first_delay_ms: int = 1500):
        """``session``: whose ``workspace`` to copy and whose ``report_error`` says a copy failed."""
        super().__init__(session)
        self.session = session
        self.thread: threading.Thread | None = None
        self.last_backup = 0.0
        # A child timer, not QTimer.singleShot with a lambda: it dies with the session (and its window).
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(lambda: self.start("on-open"))
        self.first.start(first_delay_ms)
        self.daily = QTimer(self)
        self.daily.setInterval(60 * 60 * 1000)
        self.daily.timeout.connect(self._maybe_daily)
        self.daily.start()
        self.finished.connect(self._report)

    def _maybe_daily(self) -> None:
        if time.time() - self.last_backup >= DAY:
            self.start("daily")

    def start(self, reason: str) -> None:
        workspace = self.session.workspace
        if workspace is None or (self.thread is not None and self.thread.is_alive()):
            return
        path = workspace.path

        def run() -> None:
            try:
                self.finished.emit(str(backup_file(path, reason)))
            except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
                self.finished.emit(f"!{exc}")

        self.last_backup = time.time()
        self.thread = threading.Thread(target=run, name=f"parley-backup-{reason}")
        self.thread.start()

    def _report(self, result: str) -> None:
        """A failed copy is worth a warning: its integrity check is the full check of the workspace."""
        if result.startswith("!"):
            self.session.report_error(
                translate("BackupScheduler", "The automatic backup failed"),
                translate("BackupScheduler", "{error}. Earlier backups are kept: "
                                             "File → Restore from Backup…").format(error=result[1:]))

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()

