"""The whole text of a table cell, in a window of its own (View → Show Full Text of Cell, F3 or Space).

A full-height row stops at ``TableLayout.FULL_ROW_LINES`` lines and a
compact one at three; this shows everything the cell holds, as plain text
that can be selected and copied, without leaving the keyboard.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

from core.domain.labels import stance_text, status_label

from gui.i18n import translate
from gui.table.model import CELL_ROLE, KIND_ROLE, ROW_ROLE


def cell_full_text(index, party_names: dict[str, str]) -> tuple[str, str]:
    """(title, text) of everything the cell at ``index`` holds; ('', '') for none."""
    if not index.isValid():
        return "", ""
    kind, row = index.data(KIND_ROLE), index.data(ROW_ROLE)
    if row is None:
        return "", ""
    if kind == "party":
        cell = index.data(CELL_ROLE)
        position = cell.position
        parts = [stance_text(position)]
        if cell.value_text:
            parts.append(translate("FullText", "Figure: {figure}").format(figure=cell.value_text))
        if position is not None and position.summary:
            parts.append(position.summary)
        return f"{cell.party.name} — {row.issue.name}", "\n\n".join(parts)
    if kind in ("status", "common"):
        status = row.status
        parts = [translate("FullText", "Status: {status}").format(status=status_label(status, party_names))]
        if status is not None and status.common_ground:
            parts.append(translate("FullText", "Common ground: {text}").format(text=status.common_ground))
        if status is not None and status.note:
            parts.append(translate("FullText", "Note: {text}").format(text=status.note))
        return translate("FullText", "Status — {issue}").format(issue=row.issue.name), "\n\n".join(parts)
    return row.issue.name, "\n\n".join(p for p in (row.issue.name, row.issue.description, row.gap_text) if p)


class FullTextDialog(QDialog):
    """A read-only, selectable view of one cell's text; Escape or Close shuts it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fullTextDialog")
        self.resize(560, 360)
        self.text = QPlainTextEdit()
        self.text.setObjectName("fullText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("FullText", "Full text of the cell"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def show_text(self, title: str, text: str) -> None:
        self.setWindowTitle(translate("FullText", "{title} — Parley").format(title=title))
        self.text.setPlainText(text)
        self.show()
        self.raise_()
        self.activateWindow()
