"""File menu work: new, open, recent, save as, import, export, merge, drops.

Every failure is reported in plain words and leaves both the open workspace
and the files on disk as they were. Interchange and merge code is imported
when first used, not at start-up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from core.store.backups import save_copy
from core.store.file_access import open_or_read_only
from core.store.workspace import WorkspaceError, open_workspace

from gui.window_settings import app_settings, sync_settings

WORKSPACE_FILTER = "Parley workspaces (*.parley);;All files (*)"
JSON_FILTER = "Parley JSON (*.json)"
OPENABLE = (".parley", ".sqlite", ".db")
RECENT_KEY = "files/recent"
RECENT_MAX = 8


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
                raise WorkspaceError(f"{path} does not exist")
            return open_or_read_only(path)  # a read-only folder or file opens read-only, with a banner

        return self._show("The workspace was not opened", make)

    def new_workspace(self, path: Path) -> bool:
        """Create an empty workspace at ``path`` (never over an existing file) and show it."""
        def make():
            if Path(path).exists():
                raise WorkspaceError(f"{Path(path).name} exists already; choose another name")
            return open_workspace(path)

        return self._show("The workspace was not created", make)

    def save_as(self, target: Path) -> bool:
        """Copy the workspace through SQLite's backup API, then carry on in the copy."""
        target = Path(target)

        def make():
            save_copy(self.session.workspace, target)
            return open_workspace(target)

        return self._show("The workspace was not saved", make)

    def import_json(self, source: Path, target: Path) -> bool:
        """Create ``target`` from a JSON export; a bad file leaves nothing behind."""
        from core.interchange.json_document import import_new_workspace, read_document

        def make():
            import_new_workspace(read_document(source), target)
            return open_workspace(target)

        return self._show(f"{Path(source).name} was not imported", make)

    def _recorded(self, fmt: str, target: Path) -> None:
        """Add an export to the workspace's register and say it was written (and why it was not recorded)."""
        from core.sheet.register import entry_for, write_entry

        problem = write_entry(self.session.workspace, entry_for(None, fmt, target))
        self._say(f"Exported {Path(target).name}." + (f" Note: {problem}." if problem else ""),
                  8000 if problem else 5000)

    def export_json(self, target: Path) -> bool:
        from core.interchange.json_document import write_json

        try:
            write_json(self.session.workspace, target)
        except (OSError, sqlite3.Error) as exc:
            self._fail("The JSON file was not written", exc)
            return False
        self._recorded("json", target)
        return True

    def export_csv(self, target: Path) -> bool:
        from core.sheet.csv_export import write_csv

        try:
            write_csv(self.session.snapshot, target)
        except OSError as exc:
            self._fail("The CSV file was not written", exc)
            return False
        self._recorded("csv", target)
        return True

    def export_xlsx(self, target: Path) -> bool:
        from core.sheet.xlsx_export import write_xlsx

        try:
            write_xlsx(self.session.snapshot, target)
        except OSError as exc:
            self._fail("The Excel workbook was not written", exc)
            return False
        self._recorded("xlsx", target)
        return True

    def export_history_dialog(self):
        """File → Export History…: the register of exported sheets."""
        from gui.dialogs.export_history import ExportHistoryDialog

        dialog = ExportHistoryDialog(self.session.workspace, self.parent)
        dialog.open()
        return dialog

    def merge_from(self, path: Path):
        """Plan a merge with ``path`` and show the review dialog; None if the file cannot be read."""
        from core.interchange.received import read_other
        from core.interchange.json_document import DocumentError
        from core.interchange.merge import plan_merge

        from gui.dialogs.merge import MergeDialog

        try:
            plan = plan_merge(self.session.workspace, read_other(Path(path)))
        except (DocumentError, WorkspaceError, OSError, sqlite3.Error) as exc:
            self._fail(f"{Path(path).name} was not merged", exc)
            return None
        dialog = MergeDialog(self.session, plan, Path(path), self.parent)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Path) -> bool:
        """Close the workspace, put ``backup`` in its place (current state saved first), reopen it."""
        from core.store import backups

        path = self.session.workspace.path
        self.close_workspace()
        try:
            previous = backups.restore(backup, path)
        except (OSError, sqlite3.Error, WorkspaceError) as exc:
            self._fail("Nothing was restored", exc)
            self.open_path(path)
            return False
        if self.open_path(path):
            kept = f"; the previous state is in {previous.name}" if previous else ""
            self._say(f"Restored {backups.describe(backup)}{kept}.", 10000)
            return True
        return False

    def restore_dialog(self):
        from gui.dialogs.recovery import RestoreDialog

        try:
            dialog = RestoreDialog(self.session.workspace.path, self.restore_backup, self.parent)
        except OSError as exc:  # the backups folder is a symlink, or cannot be read
            self._fail("The backups could not be listed", exc)
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

    def open_or_import(self, path: Path) -> bool:
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
        name, _ = QFileDialog.getSaveFileName(self.parent, "New workspace", self._folder(), WORKSPACE_FILTER)
        if name:
            self.new_workspace(Path(name if name.endswith(".parley") else f"{name}.parley"))

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Open workspace", self._folder(), WORKSPACE_FILTER)
        if name:
            self.open_path(Path(name))

    def save_as_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Save workspace as", self._folder(), WORKSPACE_FILTER)
        if name:
            self.save_as(Path(name if name.endswith(".parley") else f"{name}.parley"))

    def import_dialog(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self.parent, "Import JSON", self._folder(), JSON_FILTER)
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(self.parent, "New workspace for the import",
                                                str(Path(source).with_suffix(".parley")), WORKSPACE_FILTER)
        if target:
            self.import_json(Path(source), Path(target))

    def export_json_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Export JSON",
                                              str(self.session.workspace.path.with_suffix(".json")), JSON_FILTER)
        if name:
            self.export_json(Path(name))

    def export_csv_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Export CSV",
                                              str(self.session.workspace.path.with_suffix(".csv")), "CSV (*.csv)")
        if name:
            self.export_csv(Path(name))

    def export_xlsx_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.parent, "Export Excel workbook",
                                              str(self.session.workspace.path.with_suffix(".xlsx")),
                                              "Excel workbooks (*.xlsx)")
        if name:
            self.export_xlsx(Path(name if name.lower().endswith(".xlsx") else f"{name}.xlsx"))

    def merge_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.parent, "Merge workspace or JSON", self._folder(),
                                              "Parley workspaces and JSON (*.parley *.json);;All files (*)")
        if name:
            self.merge_from(Path(name))
