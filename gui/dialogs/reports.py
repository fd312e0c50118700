"""Workspace → Reports…: the reports by date and title, opened in the viewer, or added from a file or pasted text.

The list and form are the generic records dialog's; this adds "Open" (the
report viewer) and "Add from File or Pasted Text…". A report is read by
``core.reports`` and stored with its text exactly as extracted
(``core.edits.citing``), as one undoable step. A file that cannot be read
gives one line under the form and stores nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.domain.records import Report
from core.edits.citing import EditRefused, adding_report, report_from_text
from core.reports import ReportFileError, read_pasted_text, read_report_file
from core.reports.model import one_line

from gui.dialogs.records import RecordsDialog
from gui.i18n import translate
from gui.theme import show_as_error

REPORT_PATTERNS = "*.txt *.html *.htm *.pdf *.docx"


def file_filter() -> str:
    """The file dialog's filter: the descriptions translated, the patterns as they are."""
    return (translate("AddReportDialog", "Reports") + f" ({REPORT_PATTERNS});;"
            + translate("AddReportDialog", "All files") + " (*)")


class ReportsDialog(RecordsDialog):
    """The generic list and form for reports, with Open and Add from file or pasted text."""

    def __init__(self, session, parent=None, open_report=None):
        super().__init__(session, Report, parent)
        self.open_report = open_report or getattr(parent, "open_report", None)  # (report_id, owner=...)
        self.open_button = QPushButton(translate("ReportsDialog", "&Open"))
        self.open_button.setObjectName("openReport")
        self.open_button.setToolTip(translate("ReportsDialog",
                                              "Read the report in the viewer, and cite passages from it"))
        self.open_button.clicked.connect(self.open_current)
        self.import_button = QPushButton(translate("ReportsDialog", "Add from &File or Pasted Text…"))
        self.import_button.setObjectName("addReportFromText")
        self.import_button.clicked.connect(self.add_from_text)
        self.import_button.setEnabled(not session.workspace.read_only)
        extra = QHBoxLayout()
        extra.addWidget(self.open_button)
        extra.addWidget(self.import_button)
        self.layout().insertLayout(1, extra)
        self.setTabOrder(self.delete_button, self.open_button)  # the row under the list, before the form
        self.setTabOrder(self.open_button, self.import_button)
        self.open_button.setAccessibleDescription(self.open_button.toolTip())
        self.import_button.setAccessibleDescription(translate(
            "ReportsDialog", "Reads a report from a file or pasted text and stores it"))
        self.list.itemDoubleClicked.connect(lambda _item: self.open_current())
        self._show_current(self.list.currentItem())

    def _show_current(self, item, _previous=None) -> None:
        super()._show_current(item, _previous)
        if hasattr(self, "open_button"):
            self.open_button.setEnabled(self.current is not None and self.open_report is not None)

    def open_current(self):
        if self.current is None or self.open_report is None:
            return None
        return self.open_report(self.current.id, owner=self)

    def add_from_text(self) -> AddReportDialog:
        dialog = AddReportDialog(self.session, self)
        dialog.added.connect(lambda report_id: self.reload(report_id))
        dialog.open()
        return dialog


class AddReportDialog(QDialog):
    """Read a report from a file or pasted text, choose its outlet, and store it."""

    added = Signal(str)  # the new report's id

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("AddReportDialog", "Add a Report — Parley"))
        self.resize(640, 460)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("pastedReport")
        self.paste.setPlaceholderText(translate(
            "AddReportDialog", "Paste the report's text here, or choose a file (.txt, .html, .pdf, .docx)."))
        self.paste.setTabChangesFocus(True)  # Tab leaves the box (a report is pasted, not typed with tabs)
        self.outlet = QComboBox()
        self.outlet.setObjectName("reportOutlet")
        self.outlet.setAccessibleName(translate("AddReportDialog", "Outlet"))
        self.outlet.setAccessibleDescription(translate("AddReportDialog", "Who published the report"))
        self.paste.setAccessibleName(translate("AddReportDialog", "Report text"))
        self.paste.setAccessibleDescription(translate("AddReportDialog",
                                                      "Paste the report's text here, or choose a file"))
        for outlet_id, label in session.choice_list("outlets"):
            self.outlet.addItem(label, outlet_id)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        show_as_error(self.problem)
        choose = QPushButton(translate("AddReportDialog", "Choose &File…"))
        choose.clicked.connect(self.choose_file)
        add = QPushButton(translate("AddReportDialog", "&Add Pasted Text"))
        add.clicked.connect(self.add_pasted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        outlet_row = QHBoxLayout()
        outlet_label = QLabel(translate("AddReportDialog", "Outlet:"))
        outlet_label.setBuddy(self.outlet)
        outlet_row.addWidget(outlet_label)
        outlet_row.addWidget(self.outlet, 1)
        actions = QHBoxLayout()
        actions.addWidget(choose)
        actions.addStretch(1)
        actions.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paste, 1)
        layout.addLayout(outlet_row)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("AddReportDialog", "Add a report from a file"), "",
                                              file_filter())
        if path:
            self.add_file(path)

    def add_file(self, path) -> bool:
        try:
            read = read_report_file(path)
        except ReportFileError as error:
            self.problem.setText(translate("AddReportDialog", "Not added: {reason}").format(reason=error))
            return False
        return self._store(read, one_line(Path(path).name))

    def add_pasted(self) -> bool:
        try:
            read = read_pasted_text(self.paste.toPlainText())
        except ReportFileError as error:
            self.problem.setText(translate("AddReportDialog", "Not added: {reason}").format(reason=error))
            return False
        return self._store(read)

    def _store(self, read, file_name: str = "") -> bool:
        report = report_from_text(read, self.session.today(), self.session.snapshot.outlets.values(), file_name)
        chosen = self.outlet.currentData()
        if chosen is not None:
            report.outlet_id = chosen
        try:
            changes = adding_report(report)
        except EditRefused as refusal:
            self.problem.setText(translate("AddReportDialog", "Not added: {reason}").format(reason=refusal))
            return False
        if not self.session.push(changes):
            return False
        self.added.emit(report.id)
        self.accept()
        return True
