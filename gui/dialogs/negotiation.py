"""Edit → Negotiation…: the title and description printed at the head of every sheet.

What a save changes (and whether it may) is ``core.edits.negotiation``'s
rule; the dialog collects the two texts and pushes the ChangeSet, so the
edit is one step on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from core.edits.negotiation import TITLE_LIMIT, negotiation_edit

from gui.i18n import translate
from gui.theme import show_as_error


class NegotiationDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("NegotiationDialog", "Negotiation — Parley"))
        self.setObjectName("negotiationDialog")
        self.resize(560, 320)
        negotiation = session.workspace.negotiation()
        self.title_edit = QLineEdit(negotiation.title)
        self.title_edit.setObjectName("negotiationTitle")
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.title_edit.setAccessibleName(translate("NegotiationDialog", "Negotiation title"))
        self.description_edit = QPlainTextEdit(negotiation.description)
        self.description_edit.setObjectName("negotiationDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(translate("NegotiationDialog", "Negotiation description"))
        hint = QLabel(translate("NegotiationDialog", "Both are printed at the head of every sheet."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        show_as_error(self.problems)
        form = QFormLayout()
        title_label = QLabel(translate("NegotiationDialog", "&Title:"))
        title_label.setBuddy(self.title_edit)
        description_label = QLabel(translate("NegotiationDialog", "&Description:"))
        description_label.setBuddy(self.description_edit)
        form.addRow(title_label, self.title_edit)
        form.addRow(description_label, self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save as one undoable step; a refused edit is explained and the dialog stays open."""
        edit = negotiation_edit(self.session.workspace, self.title_edit.text(), self.description_edit.toPlainText())
        if edit.problems:
            self.problems.setText(translate("NegotiationDialog", "Not saved: {problems}").format(
                problems=" ".join(edit.problems)))
            return
        if self.session.push(edit.changes):
            super().accept()
