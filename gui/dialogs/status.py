"""Edit an issue's status at the round shown, with the evidence behind it.

Which status that edits, the evidence it may cite (and which is ticked at
first) and the evidence rows a save adds or removes all come from
``core.edits.rules.status_at_round``; the dialog lists the choices and
collects the ticks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from core.edits.rules import status_at_round

from gui.dialogs.position import RecordDialog
from gui.i18n import translate


class StatusDialog(RecordDialog):
    def __init__(self, session, row, round_, parent=None):
        draft = status_at_round(round_, row.issue, row.status, row.status_round, session.snapshot)
        super().__init__(session, draft, translate("StatusDialog", "Issue status — Parley"), parent)
        label = QLabel(translate("StatusDialog", "Evidence (tick the positions and reports behind this status):"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.setAccessibleName(translate("StatusDialog", "Evidence"))
        self.evidence.setAccessibleDescription(translate("StatusDialog",
                                                         "Tick the positions and reports behind this status"))
        label.setBuddy(self.evidence)
        for choice in draft.choices:
            self._add_item(choice.text, choice.key, choice.ticked)
        self.layout().insertWidget(2, label)
        self.layout().insertWidget(3, self.evidence)
        self.setTabOrder(self.form.editors["note"], self.evidence)  # the list sits above OK, so Tab reaches it first

    def _add_item(self, text: str, key: tuple, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.evidence.addItem(item)

    def ticked(self) -> set[tuple]:
        return {
            self.evidence.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.evidence.count())
            if self.evidence.item(n).checkState() == Qt.CheckState.Checked
        }

    def changes(self, record):
        return self.draft.changes_with_evidence(record, self.ticked())
