"""Help → Keyboard Shortcuts: every shortcut the window answers to, read from its actions.

The list is built each time from the window's own ``QAction``s (and its
``QShortcut``s), so it cannot go stale when a shortcut is added or moved.
Keys are shown in the platform's own notation (⌘ on macOS).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from gui.i18n import translate


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_of(action: QAction) -> str:
    """The menu an action sits in ('View'), or '' for one only a toolbar or a key reaches."""
    for widget in action.associatedObjects():
        title = getattr(widget, "title", None)
        if callable(title) and title():
            return _plain(title())
    return ""


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(what, menu, keys) for every action and shortcut of ``window`` that has a key, in menu-bar order."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        what = _plain(action.text()) or action.objectName()
        rows.append((what, menu_of(action),
                     ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)))
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if not key.isEmpty():
            rows.append((shortcut.whatsThis() or shortcut.objectName() or translate("ShortcutsDialog", "Shortcut"), "",
                         key.toString(QKeySequence.SequenceFormat.NativeText)))
    menus = [_plain(a.text()) for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    order = {title: n for n, title in enumerate(menus)}
    return sorted(rows, key=lambda row: (order.get(row[1], len(order)), row[0]))


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts — Parley"))
        self.resize(620, 560)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutList")
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "Command"),
                                              translate("ShortcutsDialog", "Menu"),
                                              translate("ShortcutsDialog", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches Close; the arrow keys move in the list
        self.table.setAccessibleDescription(translate("ShortcutsDialog", "Each command, its menu and its keys"))
        for n, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(n, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
