"""File → Export History…: the register of exported sheets, newest first.

What was handed out, when, of which round and since which, under which
marking: the register ``core.sheet.register`` keeps in the workspace. It is
read-only here; the export dialog's "The last sheet" reads the same rows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from core.domain.records import SheetExport
from core.i18n import QT_TRANSLATE_NOOP

from gui.i18n import translate

COLUMNS = (
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "Exported (UTC)"),
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "Format"),
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "File"),
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "Round"),
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "Changes since"),
    QT_TRANSLATE_NOOP("ExportHistoryDialog", "Marking"),
)


class ExportHistoryDialog(QDialog):
    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExportHistoryDialog", "Export history — Parley"))
        self.setObjectName("exportHistoryDialog")
        self.resize(900, 420)
        entries = list(reversed(workspace.all(SheetExport)))
        self.table = QTableWidget(len(entries), len(COLUMNS))
        self.table.setObjectName("exportHistory")
        self.table.setHorizontalHeaderLabels([translate("ExportHistoryDialog", column) for column in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            values = (entry.exported_at.replace("T", " ").removesuffix("Z"), entry.format.upper(), entry.file_name,
                      entry.round_name or translate("ExportHistoryDialog", "all rounds"),
                      entry.since_round_name or "—", entry.marking or translate("ExportHistoryDialog", "none"))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        note = (translate("ExportHistoryDialog", "Every export from this window and from parley export is listed "
                          "here, except those made while the workspace was read-only or open elsewhere.") if entries
                else translate("ExportHistoryDialog", "Every export from this window and from parley export is "
                               "listed here. Nothing has been exported from this workspace yet."))
        label = QLabel(note)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
