"""Long work off the window's thread: one job at a time, with its stage, a Cancel and a busy cursor.

A ``Task`` runs ``job(progress)`` in a thread of its own and hands the
result (or the exception) back to the window's thread through queued
signals, so the event loop keeps turning: the window repaints, the
progress dialog moves and Cancel can be pressed. The job calls
``progress(stage, done, total)`` as it goes; that shows the stage and,
when the user has pressed Cancel, raises ``Cancelled`` there, at a point
the job chose because nothing is half-done at it (the atomic writers
remove a file that was not finished). A stage passed with
``cancellable=False`` is past the point of no return: Cancel is greyed
out and the job finishes.

A job that writes to the open workspace, or replaces it, runs
window-modal: the window cannot be edited meanwhile (``Session.busy``
refuses a push too). Exports run modeless, on a connection of their own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from gui.i18n import translate

SHOW_AFTER_MS = 300  # quick jobs finish without a dialog flashing up


class Cancelled(Exception):
    """The user pressed Cancel; the job stopped where nothing was half-done."""


class Progress:
    """What a job calls to say where it is; it raises ``Cancelled`` once Cancel was pressed."""

    def __init__(self, task: Task):
        self._task = task

    def __call__(self, stage: str, done: int = 0, total: int = 0, cancellable: bool = True) -> None:
        if cancellable and self._task.cancel_requested.is_set():
            raise Cancelled()
        self._task._reported.emit(stage, done, total, cancellable)

    def counter(self, stage: str) -> Callable[[int, int], None]:
        """A ``progress(done, total)`` callback for core functions that count rows, as ``stage``."""
        return lambda done, total: self(stage, done, total)


class Task(QObject):
    """One job in a worker thread, shown with a progress dialog and a busy cursor.

    ``on_done(result)`` and ``on_failed(exception)`` run in the window's
    thread; ``Cancelled`` goes to ``on_failed`` too. ``wait()`` runs the
    event loop until the job has ended (for tests and for closing).
    """

    _reported = Signal(str, int, int, bool)
    _succeeded = Signal(object)
    _raised = Signal(object)
    ended = Signal(bool)  # True when on_done ran

    def __init__(self, parent_widget, title: str, job: Callable[[Progress], object],
                 on_done: Callable[[object], None], on_failed: Callable[[BaseException], None],
                 modal: bool = True):
        super().__init__()  # owned by whoever keeps the Task (one at a time), not by the window: no pile-up
        self.title = title
        self.job = job
        self.on_done = on_done
        self.on_failed = on_failed
        self.modal = modal
        self.cancel_requested = threading.Event()
        self.stages: list[str] = []  # every stage reported, in order (tests read them)
        self.outcome: bool | None = None
        self.result = None
        self.started_at = 0.0
        self.worker_done_at = 0.0  # when the worker thread finished (the window's part follows)
        self.thread: threading.Thread | None = None
        self.dialog = QProgressDialog(f"{title}…", translate("Task", "Cancel"), 0, 0, parent_widget)
        self.dialog.setWindowTitle(translate("Task", "{job} — Parley").format(job=title))
        self.dialog.setObjectName("taskProgress")
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
        self.dialog.canceled.disconnect()  # Cancel asks the job to stop; the dialog stays until it has
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)
        self._reported.connect(self._show_stage)
        self._succeeded.connect(self._done)
        self._raised.connect(self._failed)

    # -- running --------------------------------------------------------
    def start(self) -> Task:
        self.started_at = time.perf_counter()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._show_timer.start(SHOW_AFTER_MS)
        progress = Progress(self)

        def run() -> None:
            try:
                result = self.job(progress)
            except BaseException as exc:  # noqa: BLE001 - handed to the window, never lost
                self.worker_done_at = time.perf_counter()
                self._raised.emit(exc)
            else:
                self.worker_done_at = time.perf_counter()
                self._succeeded.emit(result)

        self.thread = threading.Thread(target=run, name=f"parley-{self.title}", daemon=True)
        self.thread.start()
        return self

    @property
    def running(self) -> bool:
        return self.outcome is None and self.thread is not None

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next point where nothing is half-done."""
        if self.outcome is None:
            self.cancel_requested.set()
            self.dialog.setLabelText(translate("Task", "Cancelling…"))

    def wait(self, timeout_s: float = 120.0) -> bool:
        """Run the event loop until the job has ended; True if it succeeded."""
        if self.outcome is None:
            loop = QEventLoop()
            self.ended.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            if self.outcome is None:
                loop.exec()
        return bool(self.outcome)

    def join(self) -> None:
        """Block until the worker thread is gone (closing the window waits for a job so)."""
        if self.thread is not None:
            self.thread.join()

    # -- in the window's thread ---------------------------------------------
    @Slot()
    def _show_dialog(self) -> None:
        if self.outcome is None:
            self.dialog.show()

    @Slot(str, int, int, bool)
    def _show_stage(self, stage: str, done: int, total: int, cancellable: bool) -> None:
        if self.outcome is not None:
            return
        if not self.stages or self.stages[-1] != stage:
            self.stages.append(stage)
        if not self.cancel_requested.is_set():
            self.dialog.setLabelText(f"{stage}…")
        self.dialog.setMaximum(max(0, total))
        if total:
            self.dialog.setValue(min(done, total))
        for button in self.dialog.findChildren(QPushButton):  # past the point of no return: no Cancel
            button.setEnabled(cancellable and not self.cancel_requested.is_set())

    def _finish(self, outcome: bool) -> None:
        self.outcome = outcome
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        QApplication.restoreOverrideCursor()

    @Slot(object)
    def _done(self, result) -> None:
        self.result = result
        self._finish(True)
        try:
            self.on_done(result)
        finally:
            self.ended.emit(True)

    @Slot(object)
    def _failed(self, exc) -> None:
        self._finish(False)
        try:
            self.on_failed(exc)
        finally:
            self.ended.emit(False)
