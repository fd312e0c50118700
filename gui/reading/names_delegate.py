"""Editing the review table's cells: party, speaker and issue from a list, or a new name typed in.

A name cell opens an editable combo box holding the workspace's names and
those the other proposals use; what the analyst types that matches none of
them is a new record, created (after one confirmation) when the statements
are filed. The other text cells edit in a plain line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate

from gui.reading.proposals import NAME_COLUMNS


class NamesDelegate(QStyledItemDelegate):
    def __init__(self, names: Callable[[int], list[str]], parent=None):
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        if index.column() not in NAME_COLUMNS:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(self.names(index.column()))
        completer = box.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setEditText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.lineEdit().selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
