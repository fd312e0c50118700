"""Edit one party's position on one issue at the round shown.

A position already reported at this round is edited in place. Otherwise the
dialog records a new position at this round, prefilled from the latest
earlier one, so the history of what was said stays intact.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from core.edits.changes import insertion, modification
from core.domain.records import Position, new_id
from core.domain.validation import problems_with

from gui.dialogs.forms import Form
from gui.dialogs.record_fields import FIELDS


class RecordDialog(QDialog):
    """A form for one record with OK/Cancel; OK pushes one undoable change."""

    def __init__(self, session, record, is_new: bool, title: str, heading: str, parent=None):
        """``session``: where the form's choices come from and where OK pushes the change."""
        super().__init__(parent)
        self.session = session
        self.original = record
        self.is_new = is_new
        self.setWindowTitle(title)
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.form = Form(FIELDS[type(record)], session.choice_list)
        self.form.load(record)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #C62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def extra_changes(self, record) -> list:
        return []

    def accept(self) -> None:
        record, problems = self.form.read(self.original)
        problems += problems_with(record)
        if problems:
            self.problems.setText("Not saved: " + " ".join(problems))
            return
        extra = self.extra_changes(record)
        if record == self.original and not self.is_new and not extra:
            super().accept()
            return
        changes = insertion(record) if self.is_new else modification(self.original, record)
        changes.changes.extend(extra)
        changes.text = self.change_text()
        if self.session.push(changes):
            super().accept()

    def change_text(self) -> str:
        return "Edit"


class PositionDialog(RecordDialog):
    def __init__(self, session, row, cell, round_, parent=None):
        existing = cell.position if cell.reported_round and cell.reported_round.id == round_.id else None
        if existing is not None:
            record, is_new = existing, False
            heading = f"{cell.party.name} on “{row.issue.name}”, as reported at {round_.name} ({round_.date})."
        else:
            base = cell.position or Position(source_id=session.default_source_id())
            record = replace(base, id=new_id(), issue_id=row.issue.id, party_id=cell.party.id, round_id=round_.id)
            if cell.position is None:
                record = replace(record, stated=True)
            is_new = True
            earlier = f", starting from what was said at {cell.reported_round.name}" if cell.position else ""
            heading = f"New position of {cell.party.name} on “{row.issue.name}” at {round_.name} ({round_.date}){earlier}."
        super().__init__(session, record, is_new, "Position — Parley", heading, parent)
        self.party_name = cell.party.name
        self.issue_name = row.issue.name

    def change_text(self) -> str:
        verb = "Record" if self.is_new else "Edit"
        return f"{verb} {self.party_name}'s position on {self.issue_name}"
