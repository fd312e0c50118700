"""The comparison as a Qt table: track header rows, then one row per issue.

Columns: the issue, one per shown party, the status and the common ground.
The model only reads a ``core.compare.comparison.Comparison``; building one (for a
round, a set of parties, a search) is ``core``'s work.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from core.compare.comparison import Cell, Comparison, Row
from core.domain.labels import change_mark, stance_text, status_label
from core.domain.records import Track

from gui.i18n import translate
from gui.plain import plain_tooltip
from gui.table import spoken
from gui.table.cell_reports import ReportsMark, reports_mark, reports_tooltip
from gui.theme import status_background

ROLE = int(Qt.ItemDataRole.UserRole)
KIND_ROLE = ROLE + 1  # 'track', 'issue', 'party', 'status', 'common'
CELL_ROLE = ROLE + 2  # core Cell for party columns
ROW_ROLE = ROLE + 3  # core Row for issue rows
SPOKEN_ROLES = {int(Qt.ItemDataRole.AccessibleTextRole): 0, int(Qt.ItemDataRole.AccessibleDescriptionRole): 1}
VALUE_ROLE = ROLE + 4  # formatted number of a party cell
CHANGED_ROLE = ROLE + 5  # '', 'new' or 'changed' since the previous round
HIT_ROLE = ROLE + 9  # True when a search hit lies in this cell
PAINT_ROLE = ROLE + 10  # everything the delegate draws, in one call (a Paint)
READ_AHEAD = 40  # rows whose records a paint reads at once (a tall screen of compact rows)

class Paint(NamedTuple):
    """What one cell shows, fetched by the delegate in a single data() call.

    Painting a cell otherwise takes some eight calls into Python (the style's
    own roles and ours); one call per cell keeps repaints after a round switch
    or a search cheap.
    """

    kind: str  # 'track', 'issue', 'party', 'status', 'common'
    text: str
    value: str = ""  # a party's figure, or an issue's gap
    mark: str = ""  # '', 'new' or 'changed'
    state: str = ""  # a party cell's 'stated', 'not_stated' or 'none'
    colour: str = ""  # a party's colour
    hit: bool = False  # a search matched this position
    status: str | None = None  # a status cell's key, for its tint
    reports: ReportsMark | None = None  # a party cell's '3 reports · B2' line (gui.table.cell_reports)


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._entries: list[Track | Row | None] = []
        self._party_names: dict[str, str] = {}
        self._hits: set[str] = set()
        self._marks: dict[str, ReportsMark | None] = {}  # reports line by position id, until the next feed
        self._read_rows: set[int] = set()  # rows whose records were read ahead (_read_ahead), until the next feed

    # -- feeding ------------------------------------------------------
    def set_comparison(self, comparison: Comparison, party_names: dict[str, str],
                       hit_position_ids: set[str] | None = None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._marks = {}
        self._read_rows = set()
        self._party_names = party_names
        self._hits = hit_position_ids or set()
        self._entries = []
        current_track = object()
        for row in comparison.rows:
            if row.track is not current_track:
                current_track = row.track
                self._entries.append(row.track)  # None for issues without a track
            self._entries.append(row)
        self.endResetModel()

    def update_rows(self, comparison: Comparison, issue_ids, hit_position_ids=None) -> bool:
        """Take ``comparison`` and repaint only ``issue_ids``' rows (``dataChanged``, no reset).

        Only when it has the same parties and the same issues in the same
        order as the comparison shown (an edit inside rows); returns False
        otherwise, and the caller resets with ``set_comparison``.
        """
        old = self._comparison
        if (old is None or [p.id for p in old.parties] != [p.id for p in comparison.parties]
                or len(old.rows) != len(comparison.rows)
                or any(a.issue.id != b.issue.id or a.track is not b.track for a, b in zip(old.rows, comparison.rows))):
            return False
        self._comparison = comparison
        self._marks = {}
        self._read_rows = set()
        self._hits = hit_position_ids or set()
        rows = iter(comparison.rows)
        self._entries = [next(rows) if isinstance(entry, Row) else entry for entry in self._entries]
        last = self.columnCount() - 1
        for row in sorted(self.row_for_issue(issue_id) for issue_id in issue_ids):
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def comparison(self) -> Comparison | None:
        return self._comparison

    def party_column(self, party_id: str) -> int:
        for n, party in enumerate(self._parties()):
            if party.id == party_id:
                return n + 1
        return -1

    def status_column(self) -> int:
        return len(self._parties()) + 1

    def common_column(self) -> int:
        return len(self._parties()) + 2

    def is_track_row(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and not isinstance(self._entries[row], Row)

    def row_for_issue(self, issue_id: str) -> int:
        for n, entry in enumerate(self._entries):
            if isinstance(entry, Row) and entry.issue.id == issue_id:
                return n
        return -1

    def issue_row(self, row: int) -> Row | None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        return entry if isinstance(entry, Row) else None

    def _parties(self):
        return self._comparison.parties if self._comparison else []

    # -- QAbstractTableModel -----------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._parties()) + 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        parties = self._parties()
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("ComparisonModel", "Issue")
            if 1 <= section <= len(parties):
                return parties[section - 1].name
            if section == len(parties) + 1:
                return translate("ComparisonModel", "Status")
            if section == len(parties) + 2:
                return translate("ComparisonModel", "Common ground")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_track_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        if role == PAINT_ROLE:
            return self.paint_data(index.row(), index.column())
        if role in SPOKEN_ROLES:  # what a screen reader says (gui.table.spoken)
            return self.spoken(index.row(), index.column())[SPOKEN_ROLES[role]]
        entry = self._entries[index.row()]
        column = index.column()
        if not isinstance(entry, Row):
            return self._track_data(entry, column, role)
        parties = self._parties()
        if column == 0:
            return self._issue_data(entry, role)
        if 1 <= column <= len(parties):
            return self._cell_data(entry, entry.cells[column - 1], role)
        if column == len(parties) + 1:
            return self._status_data(entry, role)
        if column == len(parties) + 2:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = entry.status.common_ground if entry.status else ""
                return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
            if role == KIND_ROLE:
                return "common"
            if role == ROW_ROLE:
                return entry
        return None

    def paint_data(self, row: int, column: int) -> Paint:
        if row not in self._read_rows:
            self._read_ahead(row)
        entry = self._entries[row]
        if not isinstance(entry, Row):
            return Paint("track", entry.name if entry else translate("ComparisonModel", "No track"))
        parties = self._parties()
        if column == 0:
            return Paint("issue", entry.issue.name, value=entry.gap_text)
        if 1 <= column <= len(parties):
            cell = entry.cells[column - 1]
            position = cell.position
            return Paint("party", stance_text(position), cell.value_text, change_mark(cell.changed, cell.previous),
                         cell.state, cell.party.colour,
                         self._is_hit(cell),
                         reports=self._reports_mark(position))
        if column == len(parties) + 1:
            return Paint("status", status_label(entry.status, self._party_names),
                         mark=change_mark(entry.status_changed, entry.previous_status),
                         status=entry.status.status if entry.status else None)
        return Paint("common", entry.status.common_ground if entry.status else "")

    def _read_ahead(self, row: int) -> None:
        """Read the positions (and their citations) of this row and the next screenful in a few
        queries: painting a screen otherwise read each of its cells' records one query at a time."""
        rows = range(max(0, row - 5), min(len(self._entries), row + READ_AHEAD))
        self._read_rows.update(rows)
        issue_rows = [entry for entry in map(self._entries.__getitem__, rows) if isinstance(entry, Row)]
        comparison = self._comparison
        if not issue_rows or comparison is None:
            return
        cells = [cell for entry in issue_rows for cell in entry.cells]
        store = next((cell.store for cell in cells if cell.store is not None), None)
        if store is None:
            return
        store.load(rowid for cell in cells for rowid in (cell.rowid, cell.previous_rowid))
        if hasattr(comparison.citations, "load"):
            comparison.citations.load(cell.position.id for cell in cells if cell.rowid is not None
                                      and cell.position is not None)

    def spoken(self, row: int, column: int) -> tuple[str, str]:
        """The cell's accessible text and description."""
        entry = self._entries[row]
        if not isinstance(entry, Row):
            return spoken.track_text(entry) if column == 0 else ("", "")
        parties = self._parties()
        if column == 0:
            return spoken.issue_text(entry)
        if 1 <= column <= len(parties):
            cell = entry.cells[column - 1]
            reports = reports_tooltip(self._comparison, cell.position) if cell.position is not None else ""
            return spoken.party_text(entry, cell, reports)
        if column == len(parties) + 1:
            return spoken.status_text(entry, self._party_names)
        return spoken.common_ground_text(entry)

    def _is_hit(self, cell: Cell) -> bool:
        """Whether a search matched the cell's position (hits hold rowids: ``search_index.PositionHits``)."""
        if cell.rowid is None or not self._hits:
            return False
        if hasattr(self._hits, "rowids"):
            return cell.rowid in self._hits
        position = cell.position
        return position is not None and position.id in self._hits

    def _reports_mark(self, position) -> ReportsMark | None:
        """The cell's reports line, worked out once per position until the comparison changes."""
        if position is None:
            return None
        if position.id not in self._marks:
            self._marks[position.id] = reports_mark(self._comparison, position)
        return self._marks[position.id]

    def _track_data(self, track: Track | None, column: int, role):
        if role == KIND_ROLE:
            return "track"
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return track.name if track else translate("ComparisonModel", "No track")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _issue_data(self, row: Row, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.issue.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(row.issue.description)
        if role == KIND_ROLE:
            return "issue"
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return row.gap_text
        return None

    def _cell_data(self, row: Row, cell: Cell, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return stance_text(cell.position)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole stance, a row may cut it short, and its reports
            if cell.position is None:
                return None
            reports = reports_tooltip(self._comparison, cell.position)
            parts = [stance_text(cell.position), cell.value_text, cell.position.summary, reports]
            return plain_tooltip("\n\n".join(p for p in parts if p))
        if role == KIND_ROLE:
            return "party"
        if role == CELL_ROLE:
            return cell
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return cell.value_text
        if role == CHANGED_ROLE:
            return change_mark(cell.changed, cell.previous)
        if role == HIT_ROLE:
            return self._is_hit(cell)
        return None

    def _status_data(self, row: Row, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(row.status, self._party_names)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.status is None:
                return None
            parts = [status_label(row.status, self._party_names), row.status.note]
            return plain_tooltip("\n\n".join(p for p in parts if p))
        if role == Qt.ItemDataRole.BackgroundRole and row.status:
            return status_background(row.status.status, QApplication.palette())
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.Text)
        if role == KIND_ROLE:
            return "status"
        if role == ROW_ROLE:
            return row
        if role == CHANGED_ROLE:
            return change_mark(row.status_changed, row.previous_status)
        return None
