"""The main window: the comparison table, the round selector, the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
)

from core.comparison import Snapshot
from core.domain import STATUS_LABELS
from core.store import Workspace

from .cell_delegate import CellDelegate
from .comparison_model import CELL_ROLE, KIND_ROLE, ROW_ROLE, ComparisonModel
from .detail_pane import DetailPane, source_text


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.snapshot = Snapshot(workspace)
        self.setWindowTitle(f"{workspace.path.name} — Parley")

        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = self.table.fontMetrics().lineSpacing()
        self.issue_row_height = line * 3 + 14
        self.track_row_height = line + 12
        self.table.verticalHeader().setDefaultSectionSize(self.issue_row_height)
        self.table.horizontalHeader().setHighlightSections(False)

        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1060, 340])
        self.setCentralWidget(self.splitter)

        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundSelector")
        self.round_combo.setToolTip("Show positions as they stood at this round")
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_observers = QAction("Show &observers, mediators and hosts", self)
        self.show_observers.setCheckable(True)
        self._build_menus_and_toolbar()

        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._fill_rounds()
        self.round_combo.currentIndexChanged.connect(self.refresh)
        self.show_observers.toggled.connect(self.refresh)
        self.table.selectionModel().currentChanged.connect(self._show_detail)
        self.refresh()
        self._select_first_cell()

    # -- construction -------------------------------------------------
    def _build_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.show_observers)
        previous_round = QAction("&Previous round", self)
        previous_round.setShortcut(QKeySequence("Ctrl+["))
        previous_round.triggered.connect(lambda: self._step_round(-1))
        next_round = QAction("&Next round", self)
        next_round.setShortcut(QKeySequence("Ctrl+]"))
        next_round.triggered.connect(lambda: self._step_round(1))
        view_menu.addActions([previous_round, next_round])

        toolbar = QToolBar("Comparison")
        toolbar.setObjectName("comparisonToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Round: "))
        toolbar.addWidget(self.round_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.show_observers)
        self.addToolBar(toolbar)

    def _fill_rounds(self) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self.snapshot.rounds:
            place = f", {r.place}" if r.place else ""
            self.round_combo.addItem(f"{r.name} — {r.date}{place}", r.id)
        self.round_combo.setCurrentIndex(self.round_combo.count() - 1)
        self.round_combo.blockSignals(False)

    def _select_first_cell(self) -> None:
        for row in range(self.model.rowCount()):
            if not self.model.is_track_row(row):
                self.table.setCurrentIndex(self.model.index(row, 1 if self.model.columnCount() > 3 else 0))
                return

    def _step_round(self, step: int) -> None:
        index = self.round_combo.currentIndex() + step
        if 0 <= index < self.round_combo.count():
            self.round_combo.setCurrentIndex(index)

    def reload(self) -> None:
        """Re-read the workspace (after a change made outside the window's own edits)."""
        round_id = self.current_round_id()
        self.snapshot = Snapshot(self.workspace)
        self._fill_rounds()
        if round_id:
            self.select_round(round_id)
        self.refresh()

    # -- state --------------------------------------------------------
    def current_round_id(self) -> str | None:
        return self.round_combo.currentData()

    def select_round(self, round_id: str) -> None:
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)

    def shown_party_ids(self) -> list[str]:
        return self.snapshot.default_party_ids(include_non_parties=self.show_observers.isChecked())

    def party_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.snapshot.parties}

    def refresh(self) -> None:
        """Rebuild the comparison for the chosen round and parties, keeping the selection."""
        current = self.table.currentIndex()
        keep = (self.model.issue_row(current.row()), current.column()) if current.isValid() else (None, 0)
        comparison = self.snapshot.compare(self.current_round_id(), self.shown_party_ids())
        self.model.set_comparison(comparison, self.party_names())
        self._layout_table()
        if keep[0] is not None:
            row = self.model.row_for_issue(keep[0].issue.id)
            if row >= 0:
                column = min(keep[1], self.model.columnCount() - 1)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self._update_counts()
        self._show_detail(self.table.currentIndex())

    def _layout_table(self) -> None:
        self.table.clearSpans()
        header = self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            if self.model.is_track_row(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
                header.resizeSection(row, self.track_row_height)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        horizontal.resizeSection(0, 200)
        for column in range(1, self.model.status_column()):
            horizontal.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        horizontal.setSectionResizeMode(self.model.status_column(), QHeaderView.ResizeMode.Interactive)
        horizontal.resizeSection(self.model.status_column(), 150)
        horizontal.setSectionResizeMode(self.model.common_column(), QHeaderView.ResizeMode.Stretch)

    def _update_counts(self) -> None:
        comparison = self.model.comparison()
        counts = comparison.status_counts()
        shown = ", ".join(f"{counts[key]} {STATUS_LABELS[key].lower()}" for key in ("agreed", "narrowing", "open", "opposed"))
        round_name = comparison.round.name if comparison.round else "no round"
        self.counts_label.setText(f"{len(comparison.rows)} issues · {round_name}: {shown}")

    # -- detail -------------------------------------------------------
    def _show_detail(self, index) -> None:
        if not index.isValid():
            self.detail.show_nothing()
            return
        kind = index.data(KIND_ROLE)
        row = index.data(ROW_ROLE)
        comparison = self.model.comparison()
        if kind == "party":
            self.detail.show_cell(row, index.data(CELL_ROLE), comparison)
        elif kind in ("status", "common"):
            self.detail.show_status(row, self.party_names(), self._evidence_lines(row))
        elif kind == "issue":
            self.detail.show_issue(row)
        else:
            self.detail.show_nothing()

    def _evidence_lines(self, row) -> list[str]:
        if row.status is None:
            return []
        names = self.party_names()
        lines = []
        for item in self.snapshot.evidence_by_status.get(row.status.id, []):
            position = self.snapshot.positions_by_id.get(item.position_id or "")
            if position is not None:
                lines.append(f"• {names.get(position.party_id, '?')}: {position.stance}")
            source = self.snapshot.sources.get(item.source_id or "")
            if source is not None:
                lines.append(f"• Source: {source_text(source)}")
        return lines

    def closeEvent(self, event) -> None:
        self.close_workspace()
        super().closeEvent(event)

    def close_workspace(self) -> None:
        """Commit and close the store before Qt tears down (PySide6 can crash at exit)."""
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
