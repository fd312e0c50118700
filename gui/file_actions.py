"""File menu work: new, open, recent, save as, import, export, merge, drops.

Every failure is reported in plain words and leaves both the open workspace
and the files on disk as they were. Interchange and merge code is imported
when first used, not at start-up. Import, export, merge, Save As and restore
run in a worker (``gui.workers.Task``): each returns its ``Task`` (None when
another job still runs), whose ``wait()`` says whether it succeeded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from core.store.backups import save_copy
from core.store.file_access import open_or_read_only
from core.store.workspace import WorkspaceError, open_workspace, second_reader

from gui.i18n import translate
from gui.window_settings import app_settings, sync_settings
from gui.workers import Cancelled, Task



def workspace_filter() -> str:
    """The file dialogs' filter: the descriptions translated, the patterns not."""
    return (translate("FileActions", "Parley workspaces") + " (*.parley);;"
            + translate("FileActions", "All files") + " (*)")


def json_filter() -> str:
    return translate("FileActions", "Parley JSON") + " (*.json)"


OPENABLE = (".parley", ".sqlite", ".db")
RECENT_KEY = "files/recent"
RECENT_MAX = 8


def opening(path: Path) -> str:
    return translate("FileActions", "Opening {name}").format(name=Path(path).name)


def writing(path: Path) -> str:
    return translate("FileActions", "Writing {name}").format(name=Path(path).name)


def reading_and_checking(path: Path) -> str:
    return translate("FileActions", "Reading and checking {name}").format(name=Path(path).name)


class FileActions:
    """File menu work for one session.

    ``parent`` owns the file dialogs; ``switch_workspace(workspace)`` shows
    another workspace; ``close_workspace()`` closes the open one (waiting for
    a backup in progress) before a restore replaces its file.
    """

    def __init__(self, session, parent, switch_workspace, close_workspace):
        self.session = session
        self.parent = parent
        self.switch_workspace = switch_workspace
        self.close_workspace = close_workspace
        self.task: Task | None = None  # the job running in a worker, if any (one at a time)
        self.merge_dialog = None

    # -- helpers ------------------------------------------------------
    def _fail(self, what: str, exc: Exception) -> None:
        self.session.report_error(what, str(exc) or type(exc).__name__)

    def _say(self, text: str, ms: int) -> None:
        self.session.message.emit(text, ms)

    def remember(self, path: Path) -> None:
        settings = app_settings()
        recent = [p for p in (settings.value(RECENT_KEY, [], type=list) or []) if p != str(path)]
        settings.setValue(RECENT_KEY, [str(path), *recent][:RECENT_MAX])
        sync_settings(settings)

    def recent(self) -> list[str]:
        return list(app_settings().value(RECENT_KEY, [], type=list) or [])

    def recent_others(self) -> list[str]:
        """Recent workspaces other than the one open (the File → Open Recent menu)."""
        return [p for p in self.recent() if p != str(self.session.workspace.path)]

    def default_workspace(self) -> Path | None:
        """The default workspace, when it exists and is not the one open (Open Recent always offers it)."""
        from core.store.paths import default_workspace_path

        path = default_workspace_path(create_dir=False)
        if path.exists() and path != Path(self.session.workspace.path):
            return path
        return None

    # -- long work, in a worker (gui.workers) -------------------------------
    def _run(self, title: str, job, on_done, failure: str, modal: bool = True) -> Task | None:
        """Run ``job(progress)`` in a worker; ``on_done(result)`` afterwards, or ``failure`` in words.

        A modal job writes to or replaces the open workspace: the window and
        ``Session.push`` are held off until it ends. One job at a time.
        """
        if self.task is not None and self.task.running:
            self._say(translate("FileActions", "{job} is still running; try again when it has finished.").format(
                job=self.task.title), 6000)
            return None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._say(translate("FileActions", "{job}: cancelled; nothing was changed.").format(job=title), 8000)
            else:
                self._fail(failure, exc)

        def done(result) -> None:
            self.session.busy = ""
            on_done(result)

        def ended(_ok: bool) -> None:
            self.session.busy = ""

        self.task = Task(self.parent, title, job, done, failed, modal=modal)
        self.task.ended.connect(ended)
        if modal:
            self.session.busy = title
        return self.task.start()

    def wait(self) -> None:
        """Block until a running job's thread is gone (the window waits so before it closes)."""
        if self.task is not None:
            self.task.join()

    # -- workspaces ---------------------------------------------------
    def _show(self, failure: str, make_workspace) -> bool:
        """Switch the window to what ``make_workspace()`` opens, or report why it could not."""
        from core.interchange.json_document import DocumentError

        try:
            workspace = make_workspace()
        except (DocumentError, WorkspaceError, OSError, sqlite3.Error) as exc:
            self._fail(failure, exc)
            return False
        self.switch_workspace(workspace)
        return True

    def open_path(self, path: Path) -> bool:
        def make():
            if not Path(path).exists():
                raise WorkspaceError(translate("FileActions", "{path} does not exist").format(path=path))
            return open_or_read_only(path)  # a read-only folder or file opens read-only, with a banner

        return self._show(translate("FileActions", "The workspace was not opened"), make)

    def new_workspace(self, path: Path) -> bool:
        """Create an empty workspace at ``path`` (never over an existing file) and show it."""
        def make():
            if Path(path).exists():
                raise WorkspaceError(translate("FileActions", "{name} exists already; choose another name").format(
                    name=Path(path).name))
            return open_workspace(path)

        return self._show(translate("FileActions", "The workspace was not created"), make)

    def save_as(self, target: Path) -> Task | None:
        """Copy the workspace through SQLite's backup API (in a worker), then carry on in the copy."""
        target = Path(target)
        workspace = self.session.workspace

        def job(progress):
            progress(translate("FileActions", "Copying {name} to {target}").format(name=workspace.path.name,
                                                                                   target=target.name))
            reader = second_reader(workspace)
            try:
                save_copy(reader, target)
            finally:
                reader.close()
            progress(opening(target), cancellable=False)
            return open_workspace(target)

        return self._run(translate("FileActions", "Save As"), job, self.switch_workspace,
                         translate("FileActions", "The workspace was not saved"))

    def import_json(self, source: Path, target: Path) -> Task | None:
        """Create ``target`` from a JSON export (in a worker); a bad or cancelled file leaves nothing behind."""
        source, target = Path(source), Path(target)

        def job(progress):
            from core.interchange.json_document import import_new_workspace, read_document

            progress(reading_and_checking(source))
            document = read_document(source)
            progress(writing(target))
            import_new_workspace(document, target, progress=progress.counter(writing(target)))
            progress(opening(target), cancellable=False)
            return open_workspace(target)

        return self._run(translate("FileActions", "Import {name}").format(name=source.name), job, self.switch_workspace,
                         translate("FileActions", "{name} was not imported").format(name=source.name))

    def _recorded(self, fmt: str, target: Path) -> None:
        """Add an export to the workspace's register and say it was written (and why it was not recorded)."""
        from core.sheet.register import entry_for, write_entry

        problem = write_entry(self.session.workspace, entry_for(None, fmt, target))
        said = translate("FileActions", "Exported {name}.").format(name=Path(target).name)
        if problem:
            said += " " + translate("FileActions", "Note: {problem}.").format(problem=problem)
        self._say(said, 8000 if problem else 5000)

    def export_json(self, target: Path) -> Task | None:
        """Write a JSON export in a worker, from a connection of its own (the window stays usable)."""
        workspace = self.session.workspace

        def job(progress):
            from core.interchange.json_document import write_json

            reader = second_reader(workspace)
            try:
                write_json(reader, target, stage=progress)
            finally:
                reader.close()

        return self._run(translate("FileActions", "Export JSON"), job, lambda _: self._recorded("json", target),
                         translate("FileActions", "The JSON file was not written"), modal=False)

    def export_csv(self, target: Path) -> Task | None:
        snapshot = self.session.snapshot  # never changed in place: an edit makes a new one

        def job(progress):
            from core.sheet.csv_export import write_csv

            progress(writing(target))
            write_csv(snapshot, target)

        return self._run(translate("FileActions", "Export CSV"), job, lambda _: self._recorded("csv", target),
                         translate("FileActions", "The CSV file was not written"), modal=False)

    def export_xlsx(self, target: Path) -> Task | None:
        snapshot = self.session.snapshot

        def job(progress):
            from core.sheet.xlsx_export import write_xlsx

            progress(writing(target))
            write_xlsx(snapshot, target)

        return self._run(translate("FileActions", "Export Excel"), job, lambda _: self._recorded("xlsx", target),
                         translate("FileActions", "The Excel workbook was not written"), modal=False)

    def export_history_dialog(self):
        """File → Export History…: the register of exported sheets."""
        from gui.dialogs.export_history import ExportHistoryDialog

        dialog = ExportHistoryDialog(self.session.workspace, self.parent)
        dialog.open()
        return dialog

    def merge_from(self, path: Path) -> Task | None:
        """Plan a merge with ``path`` in a worker, then show the review dialog (``task.result`` once done)."""
        path = Path(path)
        workspace = self.session.workspace

        def job(progress):
            from core.interchange.merge import plan_merge
            from core.interchange.received import read_other

            progress(reading_and_checking(path))
            other = read_other(path)
            progress(translate("FileActions", "Comparing {name} with this workspace").format(name=path.name))
            reader = second_reader(workspace)
            try:
                return plan_merge(reader, other)
            finally:
                reader.close()

        def review(plan):
            from gui.dialogs.merge import MergeDialog

            dialog = MergeDialog(self.session, plan, path, self.parent)
            dialog.open()
            self.task.result = dialog
            self.merge_dialog = dialog

        return self._run(translate("FileActions", "Merge {name}").format(name=path.name), job, review,
                         translate("FileActions", "{name} was not merged").format(name=path.name))

    def restore_backup(self, backup: Path) -> Task | None:
        """Close the workspace, put ``backup`` in its place (current state saved first), reopen it."""
        from core.store import backups

        path = self.session.workspace.path
        if self.task is not None and self.task.running:
            self._say(translate("FileActions", "{job} is still running; try again when it has finished.").format(
                job=self.task.title), 6000)
            return None
        self.close_workspace()

        def job(progress):  # no Cancel: the check and the swap are one call (whole or not at all)
            progress(translate("FileActions", "Checking the backup of {when} and putting it in place").format(
                when=backups.describe(backup)), cancellable=False)
            previous = backups.restore(backup, path)
            progress(opening(path), cancellable=False)
            return previous, open_workspace(path)

        def done(result) -> None:
            previous, workspace = result
            self.switch_workspace(workspace)
            when = backups.describe(backup)
            if previous:
                said = translate("FileActions", "Restored {when}; the previous state is in {name}.").format(
                    when=when, name=previous.name)
            else:
                said = translate("FileActions", "Restored {when}.").format(when=when)
            self._say(said, 10000)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._say(translate("FileActions", "Restore cancelled; nothing was restored."), 8000)
            else:
                self._fail(translate("FileActions", "Nothing was restored"), exc)
            self.open_path(path)

        title = translate("FileActions", "Restore from backup")
        self.task = Task(self.parent, title, job, done, failed)
        self.task.ended.connect(lambda _ok: setattr(self.session, "busy", ""))
        self.session.busy = title
        return self.task.start()

    def restore_dialog(self):
        from gui.dialogs.recovery import RestoreDialog

        try:
            dialog = RestoreDialog(self.session.workspace.path, self.restore_backup, self.parent)
        except OSError as exc:  # the backups folder is a symlink, or cannot be read
            self._fail(translate("FileActions", "The backups could not be listed"), exc)
            return None
        dialog.open()
        return dialog

    # -- drops --------------------------------------------------------
    @staticmethod
    def droppable(mime) -> Path | None:
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in (*OPENABLE, ".json"):
                return path
        return None

    def open_or_import(self, path: Path):
        if path.suffix.lower() == ".json":
            target = path.with_suffix(".parley")
            n = 2
            while target.exists():
                target = path.with_name(f"{path.stem} ({n}).parley")
                n += 1
            return self.import_json(path, target)
        return self.open_path(path)

    # -- dialogs ------------------------------------------------------
    def _folder(self) -> str:
        return str(self.session.workspace.path.parent)

    def new_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "New workspace"), self._folder(),
                                              workspace_filter())
        if name:
            self.new_workspace(Path(name if name.endswith(".parley") else f"{name}.parley"))

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent, translate("FileActions", "Open workspace"), self._folder(),
                                              workspace_filter())
        if name:
            self.open_path(Path(name))

    def save_as_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "Save workspace as"),
                                              self._folder(), workspace_filter())
        if name:
            self.save_as(Path(name if name.endswith(".parley") else f"{name}.parley"))

    def import_dialog(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self.parent, translate("FileActions", "Import JSON"), self._folder(),
                                                json_filter())
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "New workspace for the import"),
                                                str(Path(source).with_suffix(".parley")), workspace_filter())
        if target:
            self.import_json(Path(source), Path(target))

    def export_json_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "Export JSON"),
                                              str(self.session.workspace.path.with_suffix(".json")), json_filter())
        if name:
            self.export_json(Path(name))

    def export_csv_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "Export CSV"),
                                              str(self.session.workspace.path.with_suffix(".csv")), "CSV (*.csv)")
        if name:
            self.export_csv(Path(name))

    def export_xlsx_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, translate("FileActions", "Export Excel workbook"),
                                              str(self.session.workspace.path.with_suffix(".xlsx")),
                                              translate("FileActions", "Excel workbooks") + " (*.xlsx)")
        if name:
            self.export_xlsx(Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx"))

    def merge_dialog(self) -> None:
        both = (translate("FileActions", "Parley workspaces and JSON") + " (*.parley *.json);;"
                + translate("FileActions", "All files") + " (*)")
        name, _ = QFileDialog.getOpenFileName(self.parent, translate("FileActions", "Merge workspace or JSON"),
                                              self._folder(), both)
        if name:
            self.merge_from(Path(name))
