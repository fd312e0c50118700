"""File → Read Report…: paste or open a report, review the proposed statements, file the accepted ones.

Two pages. The first takes the report: pasted text, or a file (.txt .html
.pdf .docx, also dropped on the main window); a file that cannot be read gets
one line under the text box. The second is the review: the report on the
left, read-only, each proposed statement highlighted (green once accepted,
the selected one stronger); the proposals on the right as an editable table,
with the report's title, outlet and grade and the round to file at above it.

Everything works from the keyboard: Space accepts or rejects the selected
proposal, Ctrl+Shift+A accepts all, F2 (or typing) edits a cell, Tab moves
along the row, Ctrl+Enter reads the pasted text and then files the accepted
statements. New parties, people and issues are confirmed once, in one list,
before anything is written; the filing is one ChangeSet, one undo step.

Reading calls the engine directly: it takes under 300 ms for 2,000 words once
the morphology dictionaries are loaded, which the application starts doing in
a background thread after the window shows (``gui.reading.warm``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.grades import RELIABILITY_LABELS
from core.i18n import translate as core_translate
from core.edits.entry import EntryMemory
from core.reading import read_report
from core.reading.filing import FilingError, NewRound, file_report
from core.reading.from_workspace import gazetteer_of
from core.reports import ReportFileError, ReportText, read_pasted_text, read_report_file

from gui.i18n import translate
from gui.reading.names_delegate import NamesDelegate
from gui.reading.report_view import ReportView
from gui.reading.proposals import (ACCEPT, CONFIDENCE, FIGURES, ISSUE, PARTY, QUOTE, SPEAKER, STANCE, ProposalModel,
                                  column_title)
from gui.theme import show_as_error

REPORT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".pdf", ".docx")
REPORT_PATTERNS = "*.txt *.html *.htm *.pdf *.docx"
NEW_ROUND = "new"


def report_filter() -> str:
    """The file dialog's filter: the descriptions translated, the patterns never."""
    return (translate("ReadReportDialog", "Reports ({patterns})").format(patterns=REPORT_PATTERNS) + ";;"
            + translate("ReadReportDialog", "All files ({patterns})").format(patterns="*"))


def review_hint() -> str:
    return translate("ReadReportDialog", "Space accepts or rejects · Ctrl+Shift+A accepts all · F2 or typing edits · "
                                         "Ctrl+Enter files the accepted statements")


class ReviewTable(QTableView):
    """The proposals table: Space toggles the current row's acceptance instead of starting an edit."""

    def __init__(self, model: ProposalModel, parent=None):
        super().__init__(parent)
        self.setModel(model)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and self.state() != self.State.EditingState:
            self.model().toggle(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def commit_open_editor(self) -> None:
        """Keep what is typed in a cell still being edited (Ctrl+Enter files without Enter first)."""
        widget = QApplication.focusWidget()
        while widget is not None and widget.parentWidget() is not self.viewport():
            widget = widget.parentWidget()
        if widget is not None and self.state() == self.State.EditingState:
            self.itemDelegate().commitData.emit(widget)
            self.itemDelegate().closeEditor.emit(widget, QAbstractItemDelegate.EndEditHint.NoHint)


class ReadReportDialog(QDialog):
    def __init__(self, session, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.session = session
        self.report: ReportText | None = None
        self.filing = None  # the last Filing pushed (tests and the status line read it)
        self.setWindowTitle(translate("ReadReportDialog", "Read Report — Parley"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._input_page())
        self.pages.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.go_on)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.accept_all)
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_file_dialog)
        self.resize(1400, 860)
        if path is not None:
            self.open_path(path)

    # -- page 1: the report ---------------------------------------------
    def _input_page(self) -> QWidget:
        page = QWidget()
        self.paste_box = QPlainTextEdit()
        self.paste_box.setObjectName("pastedReport")
        self.paste_box.setPlaceholderText(translate("ReadReportDialog", "Paste a report's text here (Ctrl+V), then press "
                                                    "Ctrl+Enter to read it. Or open a file: .txt, .html, .pdf, "
                                                    ".docx (Ctrl+O)."))
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.setAccessibleName(translate("ReadReportDialog", "Report text"))
        self.paste_box.setAccessibleDescription(translate("ReadReportDialog",
                                                          "Paste a report's text here, then press Ctrl+Enter to read it"))
        self.input_problem = _problem_label("inputProblem")
        open_button = QPushButton(translate("ReadReportDialog", "&Open File…"))
        open_button.clicked.connect(self.open_file_dialog)
        read_button = QPushButton(translate("ReadReportDialog", "&Read"))
        read_button.setDefault(False)
        read_button.clicked.connect(self.read_pasted)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(read_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_buddy(translate("ReadReportDialog", "The report to read:"), self.paste_box))
        layout.addWidget(self.paste_box, 1)
        layout.addWidget(self.input_problem)
        layout.addLayout(buttons)
        return page

    def go_on(self) -> None:
        """Ctrl+Enter: read the pasted text on the first page, file the accepted statements on the second."""
        if self.pages.currentIndex() == 0:
            self.read_pasted()
        else:
            self.file_accepted()

    def read_pasted(self) -> None:
        try:
            report = read_pasted_text(self.paste_box.toPlainText())
        except ReportFileError as error:
            self.input_problem.setText(str(error))
            return
        self.show_report(report)

    def open_file_dialog(self) -> None:
        if self.pages.currentIndex() != 0:
            return
        folder = str(self.session.workspace.path.parent) if self.session.workspace else ""
        name, _ = QFileDialog.getOpenFileName(self, translate("ReadReportDialog", "Open a report"), folder,
                                              report_filter())
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Read a report file; a file that cannot be read leaves one line under the text box."""
        try:
            report = read_report_file(path)
        except ReportFileError as error:
            self.pages.setCurrentIndex(0)
            self.input_problem.setText(str(error))
            return False
        self.show_report(report)
        return True

    # -- page 2: the review -----------------------------------------------
    def _review_page(self) -> QWidget:
        page = QWidget()
        self.report_view = ReportView()
        self.model = ProposalModel(self)
        self.table = ReviewTable(self.model)
        self.table.setObjectName("proposals")
        self.table.setAccessibleName(translate("ReadReportDialog", "Statements found"))
        self.table.setAccessibleDescription(translate("ReadReportDialog", "One row per statement read from the report; "
                                                                          "accept the rows to file"))
        self.report_view.setAccessibleName(translate("ReadReportDialog", "Report"))
        self.report_view.setAccessibleDescription(translate("ReadReportDialog",
                                                            "The report's text, with the passage of the selected statement"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setWordWrap(True)
        self.delegate = NamesDelegate(self._names, self.table)
        self.table.setItemDelegate(self.delegate)
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # some styles draw headers bold: measure as if they all did
        room = QFontMetrics(bold)
        for column, width in ((ACCEPT, 28), (PARTY, 90), (SPEAKER, 125), (ISSUE, 145), (STANCE, 300),
                              (QUOTE, 150), (FIGURES, 115), (CONFIDENCE, 40)):
            # a translated heading ("Певність" for "Sure") is never cut: the column is at least its width
            header.resizeSection(column, max(width, room.horizontalAdvance(column_title(column)) + 14))
        header.setSectionResizeMode(STANCE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 10)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self.show_passage(current.row()))
        self.model.dataChanged.connect(lambda *_: self.highlight())
        self.model.accepted_changed.connect(self._count_accepted)

        self.title_edit = QLineEdit()
        self.outlet_edit = QLineEdit()
        self.outlet_edit.setPlaceholderText(translate("ReadReportDialog", "who published it (found by name, or created)"))
        self.grade_combo = QComboBox()
        for letter, words in RELIABILITY_LABELS.items():
            self.grade_combo.addItem(f"{letter} — {core_translate('Reliability', words)}", letter)
        self.grade_combo.setCurrentIndex(self.grade_combo.findData("F"))
        self.grade_combo.setToolTip(translate("ReadReportDialog", "The grade a new outlet is created with; "
                                                                 "an outlet already known keeps its own"))
        self.grade_combo.setAccessibleName(translate("ReadReportDialog", "New outlet's reliability"))
        self.grade_combo.setAccessibleDescription(self.grade_combo.toolTip())
        self.outlet_edit.setAccessibleName(translate("ReadReportDialog", "Outlet"))
        self.title_edit.setAccessibleName(translate("ReadReportDialog", "Title"))
        self.published_edit = QLineEdit()
        self.published_edit.setPlaceholderText(translate("ReadReportDialog", "YYYY-MM-DD"))
        self.published_edit.setAccessibleName(translate("ReadReportDialog", "Published"))
        self.published_edit.setAccessibleDescription(translate("ReadReportDialog",
                                                               "The date the report was published, as YYYY-MM-DD"))
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("fileAtRound")
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.round_combo.setAccessibleName(translate("ReadReportDialog", "Round"))
        self.round_combo.setAccessibleDescription(translate("ReadReportDialog", "The round the accepted statements are filed at"))
        self.new_round_name = QLineEdit()
        self.new_round_name.setPlaceholderText(translate("ReadReportDialog", "new round's name"))
        self.new_round_name.setAccessibleName(translate("ReadReportDialog", "New round's name"))
        self.new_round_date = QLineEdit()
        self.new_round_date.setPlaceholderText(translate("ReadReportDialog", "YYYY-MM-DD"))
        self.new_round_date.setAccessibleName(translate("ReadReportDialog", "New round's date"))
        self.new_round_date.setAccessibleDescription(translate("ReadReportDialog", "The new round's date, as YYYY-MM-DD"))
        round_line = QHBoxLayout()
        round_line.addWidget(self.round_combo, 2)
        round_line.addWidget(self.new_round_name, 2)
        round_line.addWidget(self.new_round_date, 1)
        form = QFormLayout()
        form.addRow(translate("ReadReportDialog", "&Title:"), self.title_edit)
        outlet_line = QHBoxLayout()
        outlet_line.addWidget(self.outlet_edit, 3)
        outlet_line.addWidget(self.grade_combo, 2)
        form.addRow(_buddy(translate("ReadReportDialog", "O&utlet:"), self.outlet_edit), outlet_line)
        form.addRow(translate("ReadReportDialog", "&Published:"), self.published_edit)
        form.addRow(_buddy(translate("ReadReportDialog", "&Round:"), self.round_combo), round_line)

        self.review_problem = _problem_label("reviewProblem")
        self.count_label = QLabel()
        hint = QLabel(review_hint())
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        file_button = QPushButton(translate("ReadReportDialog", "&File Accepted"))
        file_button.clicked.connect(self.file_accepted)
        close_button = QPushButton(translate("ReadReportDialog", "Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(file_button)
        buttons.addWidget(close_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.review_problem)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.report_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 1040])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def show_report(self, report: ReportText) -> None:
        """Read ``report`` and show its proposals for review."""
        self.report = report
        snapshot = self.session.snapshot
        reading = read_report(report.text, gazetteer_of(snapshot), published=report.published or None,
                              language=report.language or None)
        parties = {p.id: p.name for p in snapshot.parties}
        known = {p.name.casefold(): parties.get(p.party_id or "", "") for p in snapshot.people.values()}
        self.model.load(reading.statements, report.text, reading.language, report.published or None, known,
                        [issue.name for issue in snapshot.issues])
        self.report_view.show_text(report.text)
        self.title_edit.setText(report.title)
        self.outlet_edit.setText(report.outlet)
        self.published_edit.setText(report.published)
        self._fill_rounds(reading.round, report.published)
        self.review_problem.clear()
        self.pages.setCurrentIndex(1)
        self.highlight()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, PARTY))
        else:
            self.review_problem.setText(translate("ReadReportDialog", "No statements were found in this report."))

    def _fill_rounds(self, guessed: str | None, published: str) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_ in self.session.snapshot.rounds:
            self.round_combo.addItem(f"{round_.name} — {round_.date}", round_.id)
        self.round_combo.addItem(translate("ReadReportDialog", "New round…"), NEW_ROUND)
        chosen = next((n for n, r in enumerate(self.session.snapshot.rounds) if r.name == guessed), None)
        if chosen is None:
            chosen = self.round_combo.count() - 1 if not self.session.snapshot.rounds else self.round_combo.count() - 2
        self.round_combo.setCurrentIndex(chosen)
        self.round_combo.blockSignals(False)
        self.new_round_name.setText(translate("ReadReportDialog", "Round {number}").format(
            number=len(self.session.snapshot.rounds) + 1))
        self.new_round_date.setText(published or self.session.today())
        self._round_chosen()

    def _round_chosen(self) -> None:
        new = self.round_combo.currentData() == NEW_ROUND
        self.new_round_name.setVisible(new)
        self.new_round_date.setVisible(new)

    def _names(self, column: int) -> list[str]:
        """What a name cell offers: the workspace's names, then those the proposals already use."""
        snapshot = self.session.snapshot
        if column == PARTY:
            names = [p.name for p in snapshot.parties]
        elif column == SPEAKER:
            names = [p.name for p in snapshot.people.values()]
        else:
            names = [i.name for i in snapshot.issues]
        return list(dict.fromkeys([*names, *self.model.names(column)]))

    # -- highlighting -------------------------------------------------------
    def show_passage(self, row: int) -> None:
        """Scroll the report to the selected proposal's passage."""
        if 0 <= row < self.model.rowCount():
            statement = self.model.rows[row].statement
            self.report_view.scroll_to(statement.start, statement.end)
            self.highlight()

    def highlight(self) -> None:
        if self.report is not None:
            spans = [(p.statement.start, p.statement.end, p.accepted) for p in self.model.rows]
            self.report_view.highlight(spans, self.table.currentIndex().row())

    # -- accepting and filing -------------------------------------------------
    def accept_all(self) -> None:
        if self.pages.currentIndex() == 1:
            self.model.set_accepted(range(self.model.rowCount()), True)

    def _count_accepted(self) -> None:
        self.count_label.setText(translate("ReadReportDialog", "{accepted} of {total} accepted").format(
            accepted=len(self.model.accepted_rows()), total=self.model.rowCount()))

    def _round(self):
        if self.round_combo.currentData() != NEW_ROUND:
            return self.round_combo.currentData()
        return NewRound(self.new_round_name.text().strip(), self.new_round_date.text().strip())

    def file_accepted(self) -> bool:
        """Check, confirm new records once, then push one ChangeSet; False if nothing was filed."""
        if self.report is None:
            return False
        self.table.commit_open_editor()
        statements = self.model.accepted()
        if not statements:
            self.review_problem.setText(translate("ReadReportDialog",
                                                   "Nothing is accepted yet: Space accepts the selected statement."))
            return False
        accepted_rows = self.model.accepted_rows()
        report = ReportText(text=self.report.text, title=" ".join(self.title_edit.text().split()),
                            outlet=" ".join(self.outlet_edit.text().split()), url=self.report.url,
                            published=self.published_edit.text().strip(), language=self.report.language,
                            source_format=self.report.source_format)
        try:
            filing = file_report(self.session.snapshot, report, self._round(), statements,
                                 today=self.session.today(), outlet_reliability=self.grade_combo.currentData())
        except FilingError as error:
            self.review_problem.setText(translate("ReadReportDialog", "Not filed: {reason}").format(reason=error))
            self._select_statement(str(error), accepted_rows)
            return False
        if not self._confirm_new(filing):
            return False
        if not self.session.push(filing.changes):
            return False
        self.filing = filing
        # the next position entered by hand starts from this report and round
        self.session.entry_memory = EntryMemory(filing.report_id, filing.round_id, report.published or None)
        if hasattr(self.parent(), "select_round"):
            self.parent().select_round(filing.round_id)  # show what was filed
        self.session.message.emit(translate("ReadReportDialog", "{summary} from “{title}”.").format(
            summary=filing.summary(), title=filing.title), 10000)
        self.accept()
        return True

    def _select_statement(self, message: str, accepted_rows: list[int]) -> None:
        """'Statement 3 needs a party': select the third accepted row.

        Only the number is read (the word before it may be core's translation of "Statement").
        """
        words = message.split()
        if len(words) > 1 and words[1].rstrip(":").isdigit():
            number = int(words[1].rstrip(":")) - 1
            if 0 <= number < len(accepted_rows):
                self.table.setCurrentIndex(self.model.index(accepted_rows[number], PARTY))

    def _confirm_new(self, filing) -> bool:
        lines = [f"{title}: {', '.join(names)}" for title, names in
                 ((translate("ReadReportDialog", "Parties"), filing.new_parties),
                  (translate("ReadReportDialog", "People"), filing.new_people),
                  (translate("ReadReportDialog", "Issues"), filing.new_issues))
                 if names]
        if not lines:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("ReadReportDialog", "Create new records?"),
                          translate("ReadReportDialog", "Filing creates these records:") + "\n\n" + "\n".join(lines),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setObjectName("confirmNewRecords")
        return box.exec() == QMessageBox.StandardButton.Yes


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter focuses ``widget`` (a row holding a layout gets no buddy by itself)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    show_as_error(label)
    return label
