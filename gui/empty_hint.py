"""What an empty workspace says in place of the table: how to begin.

Shown over the table's viewport while the workspace has no issues or no
parties (not when a search or filter merely hides every row: the filter
bar says so then). A plain-text label, so nothing in it is markup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from gui.i18n import translate


def hint() -> str:
    """The hint, in the interface's language (the menu names in it are the translated menus')."""
    return translate("EmptyHint",
                     "This workspace is empty. To begin:\n\n"
                     "• add the parties (Workspace → Parties…, Ctrl+1), the issues "
                     "(Workspace → Issues…, Ctrl+3) and a round (Workspace → Rounds…, Ctrl+4), "
                     "then select a cell and press F2 to file a position;\n\n"
                     "• or read a report (Ctrl+R) and file the statements it proposes;\n\n"
                     "• or open, import or merge a colleague's workspace (File menu, or drop the file here).")


class EmptyHint(QObject):
    """Keeps a hint label centred over ``table``'s viewport, visible while the workspace is empty."""

    def __init__(self, table, session):
        super().__init__(table)
        self.session = session
        self.viewport = table.viewport()
        self.label = QLabel(hint(), self.viewport)
        self.label.setObjectName("emptyWorkspaceHint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("EmptyHint", "How to begin"))
        self.label.setMargin(24)
        self.viewport.installEventFilter(self)
        session.changed.connect(lambda _changes: self.update())
        self.update()

    def is_empty(self) -> bool:
        snapshot = self.session.snapshot
        return not snapshot.issues or not snapshot.parties

    def update(self) -> None:
        self.label.setVisible(self.is_empty())
        self._place()

    def _place(self) -> None:
        width = min(640, max(200, self.viewport.width() - 40))
        self.label.setFixedWidth(width)
        self.label.adjustSize()
        self.label.move(max(0, (self.viewport.width() - width) // 2),
                        max(0, (self.viewport.height() - self.label.height()) // 3))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.viewport and event.type() == QEvent.Type.Resize:
            self._place()
        return False
