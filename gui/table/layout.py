"""How the comparison table is laid out: row heights, spans, column widths.

Rows. Track rows are one line and span the table. Issue rows are either
*compact* (three lines, every row the same height) or *full* (the default):
a full row grows to fit its tallest cell, up to ``FULL_ROW_LINES`` lines in
a cell (the stance, then its figure on one or two of them). Eight lines
hold the seed's longest stances with four parties in a 1400-px window, and
keep one row from ever filling most of a laptop screen; text beyond them ends in "…", and its whole is in
the cell's tooltip, in the detail pane and one key away (View → Show Full
Text of Cell, F3 or Space). The choice is in the View menu and remembered.

Full rows are measured lazily: only rows scrolled into view (and a quarter
screen beyond) are measured, each once until its text or the column widths change,
so a round switch or a search on 2,000 issues does not lay out 12,000 cells.

Columns can all be resized by dragging (the common-ground column takes what
is left); the widths the user sets are remembered per column (issue,
status, common ground, and each party by id) and kept across refreshes.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView

from gui.window_settings import app_settings, sync_settings

WIDTHS_KEY = "table/columnWidths"
FULL_ROWS_KEY = "view/fullRows"
COMPACT_LINES = 3
ISSUE_WIDTH, STATUS_WIDTH, MIN_WIDTH = 200, 150, 60


class TableLayout(QObject):
    FULL_ROW_LINES = 8  # the limit of a full row, in lines of a cell (see the module docstring)

    def __init__(self, table, model, delegate, parent=None):
        super().__init__(parent)
        self.table, self.model, self.delegate = table, model, delegate
        line = table.fontMetrics().lineSpacing()
        self.compact_height = line * COMPACT_LINES + 14
        self.track_height = line + 12
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.compact_height)
        settings = app_settings()
        self.full_rows = settings.value(FULL_ROWS_KEY, True, type=bool)
        self.widths = self._read_widths(settings.value(WIDTHS_KEY, "", type=str))
        self.delegate.max_lines = self.FULL_ROW_LINES if self.full_rows else COMPACT_LINES
        self._fitted: set[int] = set()
        self._columns: tuple = ()
        self._applying = False
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_visible)
        self._save_timer = QTimer(self, singleShot=True, interval=800)
        self._save_timer.timeout.connect(self.save)
        header = table.horizontalHeader()
        header.sectionResized.connect(self._column_resized)
        table.verticalScrollBar().valueChanged.connect(self._fit_timer.start)
        table.verticalScrollBar().rangeChanged.connect(self._fit_timer.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Columns the user never sized share the width the window gives the table."""
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._size_columns(only_defaults=True)
            self._fit_timer.start()
        return False

    @staticmethod
    def _read_widths(text: str) -> dict[str, int]:
        """Widths saved earlier; anything malformed is ignored (settings are a convenience)."""
        try:
            found = json.loads(text) if text else {}
        except ValueError:
            return {}
        if not isinstance(found, dict):
            return {}
        return {str(k): int(v) for k, v in found.items()
                if isinstance(v, int) and not isinstance(v, bool) and MIN_WIDTH <= v <= 4000}

    # -- columns ------------------------------------------------------
    def column_keys(self) -> tuple[str, ...]:
        comparison = self.model.comparison()
        parties = tuple(f"party:{p.id}" for p in comparison.parties) if comparison else ()
        return ("issue", *parties, "status", "common")

    def _apply_columns(self) -> None:
        """Give the columns their remembered (or default) widths when the set of columns changed."""
        keys = self.column_keys()
        header = self.table.horizontalHeader()
        for column in range(len(keys) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # common ground takes what is left
        if keys == self._columns:
            return
        self._columns = keys
        self._size_columns(only_defaults=False)

    def _size_columns(self, only_defaults: bool) -> None:
        """Remembered widths as they were; the others share the viewport (issue and status fixed)."""
        keys = self._columns
        if not keys:
            return
        header = self.table.horizontalHeader()
        available = max(self.table.viewport().width(), 600)
        defaults = {"issue": ISSUE_WIDTH, "status": STATUS_WIDTH}
        taken = sum(self.widths.get(k, defaults.get(k, 0)) for k in keys[:-1])
        free = [k for k in keys if k not in self.widths and k not in defaults]  # parties and common ground
        share = max(MIN_WIDTH, (available - taken) // max(1, len(free)))
        self._applying = True
        try:
            for column, key in enumerate(keys[:-1]):
                if only_defaults and key in self.widths:
                    continue
                header.resizeSection(column, self.widths.get(key, defaults.get(key, share)))
        finally:
            self._applying = False
        self.fit_visible()  # at once, so a window shown (or grabbed) right away is already right

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        self._fitted.clear()  # wrapping changed: measure again
        keys = self._columns
        if self._applying:
            return  # _size_columns measures once it has set every width
        self.fit_visible()  # a user's drag: the rows follow it as it goes (a screenful of cells)
        if not (0 <= column < len(keys) - 1):
            return  # the stretched last column follows the window, not the user
        self.widths[keys[column]] = new
        self._save_timer.start()

    def save(self) -> None:
        settings = app_settings()
        settings.setValue(WIDTHS_KEY, json.dumps(self.widths))
        settings.setValue(FULL_ROWS_KEY, self.full_rows)
        sync_settings(settings)

    # -- rows ---------------------------------------------------------
    def apply(self) -> None:
        """After the model was reset: spans, every row's height (row numbers move), the columns."""
        self.table.clearSpans()
        header = self.table.verticalHeader()
        columns = self.model.columnCount()
        for row in range(self.model.rowCount()):
            if self.model.is_track_row(row):
                self.table.setSpan(row, 0, 1, columns)
                header.resizeSection(row, self.track_height)
            else:
                header.resizeSection(row, self.compact_height)
        self._fitted.clear()
        self._apply_columns()
        self.fit_visible()

    def rows_changed(self, rows) -> None:
        """Rows whose text changed in place (an edit): measure them again."""
        self._fitted.difference_update(rows)
        self._fit_timer.start()

    def set_full_rows(self, full: bool) -> None:
        self.full_rows = bool(full)
        self.delegate.max_lines = self.FULL_ROW_LINES if self.full_rows else COMPACT_LINES
        self.save()
        self.apply()
        self.table.viewport().update()

    def row_height(self, row: int) -> int:
        """The height row ``row`` needs in full mode: its tallest cell, never below a compact row."""
        font = self.table.font()
        needed = max((self.delegate.height_for(self.model.index(row, column), self.table.columnWidth(column), font)
                      for column in range(self.model.columnCount())), default=0.0)
        return max(self.compact_height, int(needed + 0.999))

    def fit_visible(self) -> None:
        """Measure the issue rows in view and a quarter screen beyond (each once until it changes)."""
        if not self.full_rows or self.model.rowCount() == 0:
            return
        header = self.table.verticalHeader()
        viewport = self.table.viewport().height()
        top = max(0, self.table.rowAt(0))
        limit = viewport + viewport // 4  # and a little beyond: scrolling measures the rest as it comes
        row, used = top, 0
        count = self.model.rowCount()
        while row < count and used < limit:
            if row not in self._fitted and not self.model.is_track_row(row):
                self._fitted.add(row)
                height = self.row_height(row)
                if header.sectionSize(row) != height:
                    header.resizeSection(row, height)
            used += header.sectionSize(row)
            row += 1
