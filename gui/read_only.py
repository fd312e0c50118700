"""A workspace Parley may read but not write: the window says so and turns editing off.

A workspace in a read-only folder (a share, a mounted archive) or a
read-only file is opened for reading (``core.store.file_access.open_or_read_only``).
The banner names the reason; every action that would write to the workspace
is disabled, and ``Session.push`` refuses edits that arrive another way.
Searching, exports and Save As (to a folder you can write) still work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.store.file_access import why_not_writable

from gui.i18n import translate

# objectNames of the actions that write to the open workspace (gui/menus.py names them)
EDITING_ACTIONS = ("editCell", "deleteCell", "mergeWorkspace", "restoreBackup", "manageParties", "manageTracks",
                   "manageIssues", "manageRounds", "managePeople", "manageOutlets", "manageReports",
                   "editNegotiation", "readReport")


def with_banner(central: QWidget) -> tuple[QWidget, QLabel]:
    """``central`` under a hidden banner; returns the container and the banner."""
    banner = QLabel()
    banner.setObjectName("readOnlyBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel#readOnlyBanner { background: #fff4ce; color: #3b2f00; padding: 6px 10px; "
                         "border-bottom: 1px solid #e0c060; }")
    banner.hide()
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(central, 1)
    return container, banner


def read_only_text(workspace) -> str:
    reason = why_not_writable(workspace.path) or translate("ReadOnly", "it was opened for reading only")
    return translate("ReadOnly", "Read-only: {reason}. You can look, search and export; editing, merging and "
                                 "restoring are off. To edit, save a copy in a folder you can write to "
                                 "(File → Save As…).").format(reason=reason)


def refusal(workspace) -> str:
    reason = why_not_writable(workspace.path) or translate("ReadOnly", "opened for reading")
    return translate("ReadOnly", "{name} is read-only here: {reason}.").format(name=workspace.path.name, reason=reason)


def show_read_only_state(window) -> None:
    """Banner, title and editing actions for the workspace the window shows now."""
    read_only = window.workspace is not None and window.workspace.read_only
    window.read_only_banner.setText(read_only_text(window.workspace) if read_only else "")
    window.read_only_banner.setVisible(read_only)
    for action in window.actions_by_name(EDITING_ACTIONS):
        action.setEnabled(not read_only)
    if window.workspace is not None:
        title = (translate("ReadOnly", "{name} (read-only) — Parley") if read_only else
                 translate("MainWindow", "{name} — Parley"))
        window.setWindowTitle(title.format(name=window.workspace.path.name))
