"""When a workspace cannot be opened: say why, and offer the newest good backup.

A damaged file is renamed to NAME.damaged only when the user chooses to
restore; otherwise nothing on disk is changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from core.store import backups
from core.store.workspace import DamagedWorkspaceError, NotAWorkspaceError

from gui.i18n import translate


def offer_recovery(path: Path, error: Exception, parent=None) -> bool:
    """Ask whether to restore the newest good backup; True when it was restored."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Parley")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("Recovery", "{name} could not be opened.").format(name=path.name) + f"\n\n{error}")
    good = backups.newest_good_backup(path)
    if good is None or not isinstance(error, DamagedWorkspaceError | NotAWorkspaceError):
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(translate("Recovery", "The newest good backup is from {when}. Restoring renames the "
                                                 "damaged file to {name}.damaged and puts the backup in its "
                                                 "place.").format(when=backups.describe(good), name=path.name))
    restore = box.addButton(translate("Recovery", "Set aside and restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Recovery", "Quit, changing nothing"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    backups.set_aside(path)
    backups.restore(good, path)
    return True


class RestoreDialog(QDialog):
    """File → Restore from Backup…: the workspace's backups, newest first."""

    def __init__(self, workspace_path: Path, restore, parent=None):
        """``restore(backup_path) -> bool`` puts the chosen backup in place of ``workspace_path``."""
        super().__init__(parent)
        self.restore = restore
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup — Parley"))
        self.resize(640, 380)
        text = QLabel(translate("RestoreDialog", "Backups of {name}, newest first. Restoring puts the chosen copy "
                                                 "in place of the workspace; the workspace as it is now is backed "
                                                 "up first.").format(name=workspace_path.name))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(translate("RestoreDialog", "Backups"))
        self.list.setAccessibleDescription(translate("RestoreDialog", "Backups of {name}, newest first").format(
            name=workspace_path.name))
        for path in backups.backups_of(workspace_path):
            item = QListWidgetItem(translate("RestoreDialog", "{when}    ({size} KiB)").format(
                when=backups.describe(path), size=path.stat().st_size // 1024))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(translate("RestoreDialog", "Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.restore(Path(item.data(Qt.ItemDataRole.UserRole))):
            super().accept()
