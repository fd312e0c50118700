"""Edit one party's position on one issue at the round shown.

Which record that edits (the one reported at this round, or a new one
prefilled from the latest earlier one) and the heading that says so come
from ``core.edits.rules.position_at_round``; the dialog shows the form and
pushes the rule's ChangeSet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from core.domain.validation import problems_with
from core.edits.rules import Draft, position_at_round

from gui.dialogs.forms import Form
from gui.dialogs.record_fields import FIELDS


class RecordDialog(QDialog):
    """A form for one record with OK/Cancel; OK pushes one undoable change."""

    def __init__(self, session, draft: Draft, title: str, parent=None):
        """``session``: where the form's choices come from and where OK pushes the change."""
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self.original = draft.record
        self.is_new = draft.is_new
        self.setWindowTitle(title)
        self.heading = QLabel(draft.heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.form = Form(FIELDS[type(draft.record)], session.choice_list)
        self.form.load(draft.record)
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

    def changes(self, record):
        """The rule's ChangeSet for the record as the form has it."""
        return self.draft.changes(record)

    def accept(self) -> None:
        record, problems = self.form.read(self.original)
        problems += problems_with(record)
        if problems:
            self.problems.setText("Not saved: " + " ".join(problems))
            return
        changes = self.changes(record)
        if not changes.changes or self.session.push(changes):  # nothing changed: close, as OK does
            super().accept()


class PositionDialog(RecordDialog):
    def __init__(self, session, row, cell, round_, parent=None):
        draft = position_at_round(round_, row.issue, cell.party, cell.position, cell.reported_round)
        super().__init__(session, draft, "Position — Parley", parent)
