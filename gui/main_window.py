"""The main window: the comparison table, round selector, filters, detail pane.

Edits go widget → dialog → ``ChangeSet`` → ``Session.push`` → ``StoreCommand``
on the undo stack → store transaction → the snapshot follows → the session's
``changed`` signal, on which the window repaints the rows an edit touched (or
rebuilds the table when issues, tracks, parties or rounds changed). Nothing
needs saving: every command is committed.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
)

from core.edits.changes import ChangeSet
from core.domain.labels import status_counts_text
from core.store.workspace import Workspace

from gui.backup_scheduler import BackupScheduler
from gui.table.delegate import CellDelegate
from gui.table.layout import TableLayout
from gui.changes_view import make_changes_dock
from gui.table.model import CELL_ROLE, KIND_ROLE, ROW_ROLE, ComparisonModel
from gui.detail_pane import DetailPane, evidence_lines
from gui.table.editing import CellEditing
from gui.empty_hint import EmptyHint
from gui.file_actions import FileActions
from gui.filter_bar import FilterBar
from gui.i18n import translate
from gui.menus import build_actions
from gui.read_only import show_read_only_state, with_banner
from gui.session import Changes, Session
from gui.window_settings import restore_window, save_window


def dropped_report(mime):
    """The first dropped local file that looks like a report (.txt .html .pdf .docx), or None."""
    from pathlib import Path

    from gui.reading.dialog import REPORT_SUFFIXES

    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in REPORT_SUFFIXES:
            return Path(url.toLocalFile())
    return None


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.setObjectName("parleyMainWindow")
        self.last_error: tuple[str, str] | None = None
        self.session = Session(workspace, self.report_error, self)
        self.session.changed.connect(self._on_changed)
        self.session.message.connect(self.statusBar().showMessage)
        self.search_hits: set[str] = set()
        self.search_issues: set[str] | None = None
        self.search_rounds: frozenset[str] = frozenset()  # rounds whose notes match the search
        self.search_reports: frozenset[str] = frozenset()
        self.report_viewer = None
        self._detail_key: tuple | None = None
        self._changes_key: tuple | None = None
        self.setWindowTitle(translate("MainWindow", "{name} — Parley").format(name=workspace.path.name))
        self.setAcceptDrops(True)

        self.model = ComparisonModel(self)
        self.table = self._make_table()
        self.table_layout = TableLayout(self.table, self.model, self.table.itemDelegate(), self)
        self.issue_row_height = self.table_layout.compact_height
        self.track_row_height = self.table_layout.track_height
        self.full_text_dialog = None
        self.detail = DetailPane()
        self.detail.citation_opened.connect(self.open_citation)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1060, 340])
        central, self.read_only_banner = with_banner(self.splitter)
        self.setCentralWidget(central)

        self.changes_dock, self.changes_view = make_changes_dock(self)
        self.changes_dock.visibilityChanged.connect(lambda _visible: self._update_changes())

        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundSelector")
        self.round_combo.setToolTip(translate("MainWindow", "Show positions as they stood at this round"))
        self.round_combo.setAccessibleName(translate("MainWindow", "Round"))
        self.round_combo.setAccessibleDescription(self.round_combo.toolTip())
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_bar = FilterBar()
        self.file_actions = FileActions(self.session, self, self.switch_workspace, self.close_workspace)
        self.editing = CellEditing(self.session, self.table, self.current_round, self.read_only_banner.text, self)
        build_actions(self)
        self._build_toolbars()
        self._set_tab_order()
        show_read_only_state(self)

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._fill_rounds()
        self.round_combo.currentIndexChanged.connect(self.refresh)
        self.show_observers.toggled.connect(self._parties_changed)
        self.filter_bar.changed.connect(self._search_changed)
        # the passage index a search of report text needs is built while the user types (passage_index)
        self.filter_bar.search.textEdited.connect(lambda _text: self.snapshot.passages.build_in_background())
        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.table.activated.connect(lambda _index: self.editing.edit_current())
        restore_window(self)
        self._parties_changed()
        self._select_first_cell()
        self.backups = BackupScheduler(self.session)
        self.empty_hint = EmptyHint(self.table, self.session)  # how to begin, over an empty table
        self.file_actions.remember(workspace.path)  # so File → Open Recent offers it once another is open

    # -- the session, as the tests and older callers know it -------------
    @property
    def workspace(self):
        return self.session.workspace

    @property
    def snapshot(self):
        return self.session.snapshot

    @property
    def undo_stack(self):
        return self.session.undo_stack

    def push(self, changes: ChangeSet) -> bool:
        """Apply ``changes`` as one undoable command; False if the store refused it."""
        return self.session.push(changes)

    # -- construction -------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("comparisonTable")
        table.setAccessibleName(translate("MainWindow", "Comparison"))
        table.setAccessibleDescription(translate("MainWindow", "Each issue's row: the parties' positions at the round "
                                                             "shown, the status and the common ground"))
        table.setModel(self.model)
        table.setItemDelegate(CellDelegate(table))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setHighlightSections(False)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), table, context=Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.show_full_text)  # Space on a cell, as F3 anywhere in the window
        space.setWhatsThis(translate("MainWindow", "Show Full Text of Cell (on the table)"))
        return table

    def _build_toolbars(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Comparison"))
        toolbar.setObjectName("comparisonToolbar")
        toolbar.setMovable(False)
        round_label = QLabel(" " + translate("MainWindow", "&Round:") + " ")
        round_label.setBuddy(self.round_combo)
        toolbar.addWidget(round_label)
        toolbar.addWidget(self.round_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.show_observers)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_button)
        toolbar.addAction(self.redo_button)
        self.addToolBar(toolbar)
        self.addToolBarBreak()
        filters = QToolBar(translate("MainWindow", "Search and filters"))
        filters.setObjectName("filterToolbar")
        filters.setMovable(False)
        filters.addWidget(self.filter_bar)
        self.addToolBar(filters)
        for bar in (toolbar, filters):  # the » button Qt shows when the window is too narrow for the bar
            more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None:
                more.setAccessibleName(translate("MainWindow", "More of the {toolbar} toolbar").format(
                    toolbar=bar.windowTitle().lower()))

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: the round, the search and filters, then the table and its detail.

        (Made in the order the widgets were built, Tab went from the table to the toolbars.)
        """
        bar = self.filter_bar
        chain = [self.round_combo, bar.search, bar.track, bar.status, bar.party, bar.no_stated, self.table,
                 self.detail]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def _fill_rounds(self) -> None:
        chosen = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self.snapshot.rounds:
            place = f", {r.place}" if r.place else ""
            self.round_combo.addItem(f"{r.name} — {r.date}{place}", r.id)
        index = self.round_combo.findData(chosen)
        self.round_combo.setCurrentIndex(index if index >= 0 else self.round_combo.count() - 1)
        self.round_combo.blockSignals(False)

    def _select_first_cell(self) -> None:
        for row in range(self.model.rowCount()):
            if not self.model.is_track_row(row):
                self.table.setCurrentIndex(self.model.index(row, 1 if self.model.columnCount() > 3 else 0))
                return

    # -- rounds, parties, filters -------------------------------------
    def step_round(self, step: int) -> None:
        index = self.round_combo.currentIndex() + step
        if 0 <= index < self.round_combo.count():
            self.round_combo.setCurrentIndex(index)

    def current_round_id(self) -> str | None:
        return self.round_combo.currentData()

    def current_round(self):
        return self.snapshot.rounds_by_id.get(self.current_round_id() or "")

    def select_round(self, round_id: str) -> None:
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def shown_party_ids(self) -> list[str]:
        return self.snapshot.default_party_ids(include_non_parties=self.show_observers.isChecked())

    def party_names(self) -> dict[str, str]:
        return self.session.party_names()

    def _parties_changed(self) -> None:
        shown = set(self.shown_party_ids())
        self.filter_bar.set_choices(self.snapshot.tracks, [p for p in self.snapshot.parties if p.id in shown])
        self.refresh()

    def _search_changed(self) -> None:
        self._run_search()
        self.refresh()

    def _run_search(self) -> None:
        """Query the full-text index once; refreshes reuse the result until text or data change."""
        query = self.filter_bar.query()
        if query:
            result = self.snapshot.search(self.workspace, query)
            self.search_hits, self.search_issues = result.position_ids, result.issue_ids
            self.search_rounds = result.round_ids
            self.search_reports = result.report_ids
        else:
            self.search_hits, self.search_issues = set(), None
            self.search_rounds, self.search_reports = frozenset(), frozenset()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _on_changed(self, changes: Changes) -> None:
        """Follow the session: repaint the rows an edit touched, or rebuild what it may have moved."""
        viewer = self.report_viewer
        if changes.workspace_replaced and viewer is not None and shiboken6.isValid(viewer):
            viewer.close()  # it reads the old workspace
        if changes.touches("positions", "issue_status", "issues", "rounds", "reports", "citations"):  # search reads
            self._run_search()
        if changes.touches("rounds"):
            self._fill_rounds()
        if changes.touches("parties", "tracks"):
            self._parties_changed()
        elif not (changes.only_rows() and self._update_rows(changes.issue_ids)):
            self.refresh()

    def _comparison(self):
        return self.snapshot.compare(self.current_round_id(), self.shown_party_ids(),
                                     row_filter=self.filter_bar.row_filter(self.search_issues))

    def _update_rows(self, issue_ids) -> bool:
        """Repaint the rows of ``issue_ids`` alone; False when the rows shown would change (then refresh)."""
        if not self.model.update_rows(self._comparison(), issue_ids, self.search_hits):
            return False
        self.table_layout.rows_changed(self.model.row_for_issue(issue_id) for issue_id in issue_ids)
        self._update_counts()
        self._show_detail(self.table.currentIndex())
        self._update_changes(issue_ids)
        return True

    def refresh(self) -> None:
        """Rebuild the comparison for the chosen round, parties and filters, keeping the selection."""
        current = self.table.currentIndex()
        keep = (self.model.issue_row(current.row()), current.column()) if current.isValid() else (None, 0)
        self.model.set_comparison(self._comparison(), self.party_names(), self.search_hits)
        self._layout_table()
        if keep[0] is not None:
            row = self.model.row_for_issue(keep[0].issue.id)
            if row >= 0:
                column = min(keep[1], self.model.columnCount() - 1)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_counts()
        self._show_detail(self.table.currentIndex())
        self._update_changes()

    def _layout_table(self) -> None:
        """Span the track rows and size every row afresh (row numbers move with each search or filter)."""
        self.table_layout.apply()

    def set_full_rows(self, full: bool) -> None:
        """View → Full-Height Rows: rows grow to fit their text (up to a limit), or all stay compact."""
        self.table_layout.set_full_rows(full)

    def show_full_text(self):
        """View → Show Full Text of Cell (F3, or Space on the table): everything the current cell holds."""
        from gui.full_text import FullTextDialog, cell_full_text

        title, text = cell_full_text(self.table.currentIndex(), self.party_names())
        if not title:
            return None
        if self.full_text_dialog is None:
            self.full_text_dialog = FullTextDialog(self)
        self.full_text_dialog.show_text(title, text)
        return self.full_text_dialog

    def _update_counts(self) -> None:
        comparison = self.model.comparison()
        shown = status_counts_text(comparison.status_counts(), ", ")  # core's words, translated there
        round_name = comparison.round.name if comparison.round else translate("MainWindow", "no round")
        total = len(self.snapshot.issues)
        if self.filter_bar.is_active():
            issues = translate("MainWindow", "{shown} of {total} issues").format(shown=len(comparison.rows),
                                                                                 total=total)
        else:
            issues = translate("MainWindow", "{total} issues").format(total=total)
        hits = ""
        if self.filter_bar.query():
            reports = len(self.search_reports)
            hits = " · " + translate("MainWindow", "{count} matching positions").format(count=len(self.search_hits))
            hits += " · " + (translate("MainWindow", "{count} matching reports") if reports != 1 else
                             translate("MainWindow", "{count} matching report")).format(count=reports)
            rounds = [r.name for r in self.snapshot.rounds if r.id in self.search_rounds]
            if rounds:
                hits += " · " + translate("MainWindow", "notes of {rounds} match").format(rounds=", ".join(rounds))
        self.counts_label.setText(translate("MainWindow", "{issues}{hits} · {round}: {counts}").format(
            issues=issues, hits=hits, round=round_name, counts=shown))

    def _update_changes(self, issue_ids=None) -> None:
        """Refill the changes view when it is open and the data or the round changed (not on a search).

        ``issue_ids``: the one change since the view was last filled touched
        only these issues' rows (then only their moves are worked out again).
        """
        key = (self.session.data_version, self.current_round_id())
        if self.changes_dock.isVisible() and key != self._changes_key:
            follows = issue_ids is not None and self._changes_key == (key[0] - 1, key[1])
            self._changes_key = key
            self.changes_view.show_changes(self.snapshot, self.current_round_id(), issue_ids if follows else None)

    # -- detail -------------------------------------------------------
    def _show_detail(self, index) -> None:
        """Fill the detail pane for ``index``, unless it already shows exactly that."""
        kind = index.data(KIND_ROLE) if index.isValid() else None
        row = index.data(ROW_ROLE) if index.isValid() else None
        cell = index.data(CELL_ROLE) if kind == "party" else None
        key = (self.session.data_version, self.current_round_id(), kind, row.issue.id if row else None,
               cell.party.id if cell else None)
        if key == self._detail_key:
            return
        self._detail_key = key
        if not index.isValid():
            self.detail.show_nothing()
            return
        comparison = self.model.comparison()
        if kind == "party":
            self.detail.show_cell(row, cell, comparison,
                                  self.snapshot.value_history(row.issue.id, cell.party.id))
        elif kind in ("status", "common"):
            self.detail.show_status(row, self.party_names(), evidence_lines(self.snapshot, row, self.party_names()))
        elif kind == "issue":
            self.detail.show_issue(row)
        else:
            self.detail.show_nothing()

    # -- reports --------------------------------------------------------
    def open_citation(self, citation, position=None):
        """Open the report a citation quotes, at its passage, for citing more for the same position."""
        return self.open_report(citation.report_id, (citation.passage_start, citation.passage_end),
                                position.id if position is not None else citation.position_id)

    def open_report(self, report_id: str, passage: tuple[int, int] | None = None, position_id: str | None = None,
                    owner=None):
        """Show a report in the viewer; without a position, new citations go to the selected cell's.

        ``owner``: the window the viewer belongs to (the Reports list, so that
        list's modality does not block it); the main window otherwise.
        """
        from gui.report_viewer import ReportViewer

        if position_id is None:
            index = self.table.currentIndex()
            cell = index.data(CELL_ROLE) if index.isValid() and index.data(KIND_ROLE) == "party" else None
            position_id = cell.position.id if cell is not None and cell.position is not None else None
        if self.report_viewer is not None and shiboken6.isValid(self.report_viewer):  # one viewer at a time
            self.report_viewer.close()
            self.report_viewer.deleteLater()
        self.report_viewer = ReportViewer(self.session, report_id, passage, position_id, owner or self)
        self.report_viewer.show()
        return self.report_viewer

    # -- editing ------------------------------------------------------
    def report_error(self, title: str, text: str) -> None:
        """Say what went wrong without blocking (tests read ``last_error``)."""
        self.last_error = (title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def actions_by_name(self, names) -> list:
        return [a for a in self.findChildren(QAction) if a.objectName() in names]

    def edit_negotiation(self):
        """Edit → Negotiation…: the title and description every sheet prints (undoable)."""
        from gui.dialogs.negotiation import NegotiationDialog

        if self.workspace.read_only:
            self.session.message.emit(self.read_only_banner.text(), 8000)
            return None
        dialog = NegotiationDialog(self.session, self)
        dialog.open()
        return dialog

    def export_sheet(self, fmt: str = "pdf"):
        from gui.dialogs.export import ExportDialog

        comparison = self.model.comparison()
        shown = {row.issue.id for row in comparison.rows} if comparison else None
        dialog = ExportDialog(self.session, self.current_round_id(), self.shown_party_ids(), shown,
                              self.filter_bar.is_active(), self, fmt)
        dialog.open()
        return dialog

    def reload(self) -> None:
        """Re-read the workspace (after a change made outside the window's own edits)."""
        self.session.reload()

    def switch_workspace(self, workspace: Workspace) -> None:
        """Show another workspace: the current one is committed and closed, the undo history cleared."""
        if getattr(self, "backups", None) is not None:
            self.backups.wait()
        self.filter_bar.blockSignals(True)  # the reload below rebuilds the table once
        self.filter_bar.clear()
        self.filter_bar.blockSignals(False)
        self.session.replace(workspace)
        show_read_only_state(self)
        self.backups.start("on-open")
        self._select_first_cell()
        self.file_actions.remember(workspace.path)

    # -- reading a report ----------------------------------------------
    def read_report(self, path=None):
        """File → Read Report… (or a report dropped on the window): the review dialog, opened non-modal."""
        from gui.reading.dialog import ReadReportDialog

        dialog = ReadReportDialog(self.session, self, path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reading_dialog = dialog
        return dialog

    # -- files: drag and drop -------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.file_actions.droppable(event.mimeData()) or dropped_report(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        report = dropped_report(event.mimeData())
        if report is not None and not self.workspace.read_only:
            event.acceptProposedAction()
            self.read_report(report)
            return
        path = self.file_actions.droppable(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.file_actions.open_or_import(path)

    # -- closing ------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        save_window(self)
        self.table_layout.save()
        self.close_workspace()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        """Commit and close the store before Qt tears down (PySide6 can crash at exit)."""
        self.file_actions.wait()  # a job in a worker may be reading the workspace
        if getattr(self, "backups", None) is not None:
            self.backups.wait()
        self.session.close()
