"""Editing the selected cell, and the lists the edit forms choose from.

A party's cell edits its position at the round shown (or records a new one
there); the status and common-ground cells edit the issue's status; the
issue cell opens the issues list. Every edit reaches the store through the
session's undo stack (``Session.push``).

The dialogs are imported when first opened, not with the window: the
position dialog brings the figure reader and with it the reading engine
(~50 ms of every cold start, for a form the user may not open).
"""

from __future__ import annotations

from core.domain.records import Report
from core.edits.changes import deletion
from core.edits.rules import nothing_to_delete, position_to_delete, status_to_delete

from gui.i18n import translate
from gui.table.model import CELL_ROLE, KIND_ROLE, ROW_ROLE


class CellEditing:
    """Edits the table's current cell.

    ``current_round()`` is the round shown; ``read_only_text()`` says why the
    workspace cannot be edited; ``parent`` owns the dialogs.
    """

    def __init__(self, session, table, current_round, read_only_text, parent):
        self.session = session
        self.table = table
        self.current_round = current_round
        self.read_only_text = read_only_text
        self.parent = parent

    def edit_dialog(self):
        """The dialog that edits the selected cell at the round shown, or None."""
        index = self.table.currentIndex()
        round_ = self.current_round()
        if not index.isValid() or round_ is None:
            return None
        kind, row = index.data(KIND_ROLE), index.data(ROW_ROLE)
        if kind == "party":
            from gui.dialogs.position import PositionDialog

            return PositionDialog(self.session, row, index.data(CELL_ROLE), round_, self.parent)
        if kind in ("status", "common"):
            from gui.dialogs.status import StatusDialog

            return StatusDialog(self.session, row, round_, self.parent)
        return None

    def edit_current(self) -> None:
        if self.session.workspace.read_only:  # double-click and Enter arrive here too, not only the menu
            self.session.message.emit(self.read_only_text(), 8000)
            return
        index = self.table.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "issue":
            from gui.dialogs.records import RecordsDialog

            dialog = RecordsDialog(self.session, type(index.data(ROW_ROLE).issue), self.parent)
            dialog.reload(index.data(ROW_ROLE).issue.id)
            dialog.open()
            return
        dialog = self.edit_dialog()
        if dialog is None:
            if self.current_round() is None:
                self.session.report_error(translate("CellEditing", "No round yet"),
                                          translate("CellEditing",
                                                    "Add a round (Workspace → Rounds…) before recording positions."))
            return
        dialog.open()

    def delete_current(self) -> None:
        """Delete the position or status recorded at the round shown (undoable)."""
        index = self.table.currentIndex()
        round_ = self.current_round()
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
            self.session.message.emit(verdict.text, 4000)
            return
        self.session.push(deletion(self.session.workspace, verdict.record, verdict.text))

    def manage(self, cls):
        """Workspace → Parties… and the other lists: the records dialog for ``cls`` (the reports' own for Report)."""
        if cls is Report:
            from gui.dialogs.reports import ReportsDialog

            dialog = ReportsDialog(self.session, self.parent)
        else:
            from gui.dialogs.records import RecordsDialog

            dialog = RecordsDialog(self.session, cls, self.parent)
        dialog.open()
        return dialog

    def choice_list(self, name: str) -> list[tuple]:
        """Options for reference fields (kept here for callers of the table's editing)."""
        return self.session.choice_list(name)

    def today(self) -> str:
        return self.session.today()
