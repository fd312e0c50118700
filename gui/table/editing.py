"""Editing the selected cell, and the lists the edit forms choose from.

A party's cell edits its position at the round shown (or records a new one
there); the status and common-ground cells edit the issue's status; the
issue cell opens the issues list. Every edit reaches the store through the
window's undo stack (``MainWindow.push``).
"""

from __future__ import annotations

from datetime import date

from core.edits.changes import deletion
from core.edits.rules import nothing_to_delete, position_to_delete, status_to_delete

from gui.table.model import CELL_ROLE, KIND_ROLE, ROW_ROLE
from gui.dialogs.position import PositionDialog
from gui.dialogs.record_fields import label_of
from gui.dialogs.records import RecordsDialog
from gui.dialogs.status import StatusDialog


class CellEditing:
    def __init__(self, window):
        self.window = window

    def edit_dialog(self):
        """The dialog that edits the selected cell at the round shown, or None."""
        index = self.window.table.currentIndex()
        round_ = self.window.current_round()
        if not index.isValid() or round_ is None:
            return None
        kind, row = index.data(KIND_ROLE), index.data(ROW_ROLE)
        if kind == "party":
            return PositionDialog(self.window, row, index.data(CELL_ROLE), round_)
        if kind in ("status", "common"):
            return StatusDialog(self.window, row, round_)
        return None

    def edit_current(self) -> None:
        if self.window.workspace.read_only:  # double-click and Enter arrive here too, not only the menu
            self.window.statusBar().showMessage(self.window.read_only_banner.text(), 8000)
            return
        index = self.window.table.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "issue":
            dialog = RecordsDialog(self.window, type(index.data(ROW_ROLE).issue))
            dialog.reload(index.data(ROW_ROLE).issue.id)
            dialog.open()
            return
        dialog = self.edit_dialog()
        if dialog is None:
            if self.window.current_round() is None:
                self.window.report_error("No round yet", "Add a round (Workspace → Rounds…) before recording positions.")
            return
        dialog.open()

    def delete_current(self) -> None:
        """Delete the position or status recorded at the round shown (undoable)."""
        index = self.window.table.currentIndex()
        round_ = self.window.current_round()
        if not index.isValid() or round_ is None:
            return
        kind, row = index.data(KIND_ROLE), index.data(ROW_ROLE)
        if kind == "party":
            cell = index.data(CELL_ROLE)
            verdict = position_to_delete(round_, row.issue, cell.party, cell.position, cell.reported_round)
        elif kind in ("status", "common"):
            verdict = status_to_delete(round_, row.issue, row.status, row.status_round)
        else:
            verdict = nothing_to_delete(round_)
        if verdict.record is None:
            self.window.statusBar().showMessage(verdict.text, 4000)
            return
        self.window.push(deletion(self.window.workspace, verdict.record, verdict.text))

    def manage(self, cls) -> RecordsDialog:
        dialog = RecordsDialog(self.window, cls)
        dialog.open()
        return dialog

    def choice_list(self, name: str) -> list[tuple]:
        """Options for reference fields: '—' (none) first, then the records by name."""
        records = {
            "parties": self.window.snapshot.parties,
            "tracks": self.window.snapshot.tracks,
            "people": list(self.window.snapshot.people.values()),
            "sources": list(self.window.snapshot.sources.values()),
        }[name]
        return [(None, "—"), *((r.id, label_of(r)) for r in records)]

    @staticmethod
    def today() -> str:
        return date.today().isoformat()
